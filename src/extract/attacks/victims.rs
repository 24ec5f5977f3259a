//! Named victims: people the text says were killed, wounded, kidnapped or held.

use super::*;

pub(super) fn victims(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &Actors,
    sentences: &[usize],
    attack: &mut Attack,
) {
    const HARM: &[&str] = &[
        "killed",
        "shot",
        "wounded",
        "injured",
        "kidnapped",
        "kidnaped",
        "abducted",
        "murdered",
        "assassinated",
        "died",
        "slain",
        "stabbed",
        "executed",
        "hurt",
        "massacred",
        "tortured",
        "beheaded",
        "seized",
        "gunned",
        "machinegunned",
        "machine-gunned",
        "ambushed",
        "martyred",
        // "were taken hostage", "is held hostage".
        "hostage",
        "hostages",
    ];
    const HARM_OF: &[&str] = &[
        "murder",
        "murders",
        "assassination",
        "assassinations",
        "killing",
        "killings",
        "death",
        "deaths",
        "kidnapping",
        "kidnaping",
        "abduction",
        "shooting",
        "massacre",
        "life",
        "seizure",
    ];
    // Words between a harm word and the name it governs: titles and descriptions ("the death
    // of salvadoran leftist leader X", "killed attorney general X").
    let bare = |w: &str| {
        !matches!(
            w,
            "," | ";" | "." | ":" | "and" | "or" | "by" | "who" | "which" | "that" | "said"
        )
    };
    for &si in sentences {
        let s = doc.sentences[si];
        let people: Vec<Mention> = actors
            .mention_in(s.first, s.end)
            .into_iter()
            .filter(|m| {
                let a = &actors.actors[m.actor.0];
                a.kind == ActorKind::Person && a.named
            })
            .collect();
        // Chains of coordinated names: "X and Y", "X, Y, and Z", "X, a teacher, and Y".
        let mut chains: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < people.len() {
            let mut j = i;
            while j + 1 < people.len() {
                let between = &keys[people[j].end..people[j + 1].first];
                let joined = match between {
                    [a] => a == "and" || a == ",",
                    [a, b] => a == "," && b == "and",
                    // "X of milan and Y", "X of rome, Y".
                    [of, _, j] | [of, _, _, j] if of == "of" && (j == "and" || j == ",") => true,
                    // "X, 8, chinese student Y, 23, and Z": ages and a short description.
                    [c1, age, c2, rest @ ..]
                        if c1 == ","
                            && c2 == ","
                            && age.chars().all(|c| c.is_ascii_digit())
                            && rest.len() <= 4
                            && !rest.iter().skip(1).any(|w| {
                                matches!(
                                    w.as_str(),
                                    "," | "." | ";" | "and" | "said" | "says" | "by"
                                ) || HARM.contains(&w.as_str())
                            })
                            // "X, 45, whose son-in-law Y was shot": Y's kin, not a second
                            // victim.
                            && !rest.iter().any(|w| {
                                matches!(w.as_str(), "whose" | "who" | "whom")
                            }) =>
                    {
                        true
                    }
                    [a, rest @ ..] if a == "," && rest.len() <= 12 => {
                        // An apposition closed by ", and" or "and".
                        let n = rest.len();
                        rest[n - 1] == "and"
                            && !rest[..n - 1].iter().any(|w| {
                                matches!(w.as_str(), "." | ";" | "said" | "says" | "and" | "by")
                                    || HARM.contains(&w.as_str())
                            })
                    }
                    _ => false,
                };
                if !joined {
                    break;
                }
                j += 1;
            }
            chains.push((i, j));
            i = j + 1;
        }
        for (ci, cj) in chains {
            let first = people[ci].first;
            let mut after_at = people[cj].end;
            // "X of Rome, …": where the person is from.
            if keys.get(after_at).is_some_and(|w| w == "of")
                && keys.get(after_at + 2).is_some_and(|w| w == ",")
            {
                after_at += 2;
            }
            // "X, who was an adviser to the commission, was shot": over a relative clause that
            // does not itself tell the harm.
            if keys.get(after_at).is_some_and(|w| w == ",")
                && keys.get(after_at + 1).is_some_and(|w| w == "who")
            {
                if let Some(close) = (after_at + 2..(after_at + 30).min(s.end))
                    .take_while(|&k| !matches!(keys[k].as_str(), "." | ";"))
                    .find(|&k| keys[k] == ",")
                {
                    if !keys[after_at + 2..close]
                        .iter()
                        .any(|w| HARM.contains(&w.as_str()))
                    {
                        after_at = close + 1;
                    }
                }
            }
            // Skip an apposition after the last name: "X, a 26-year-old teacher, was killed".
            if keys.get(after_at).is_some_and(|w| w == ",") {
                if let Some(close) = (after_at + 1..(after_at + 14).min(s.end))
                    .take_while(|&k| !matches!(keys[k].as_str(), "who" | "whose" | "which"))
                    .find(|&k| {
                        matches!(
                            keys[k].as_str(),
                            "," | "was" | "were" | "have" | "has" | "had"
                        )
                    })
                {
                    after_at = if keys[close] == "," { close + 1 } else { close };
                }
            }
            let after = &keys[after_at.min(s.end)..(after_at + 5).min(s.end)];
            let passive = after
                .iter()
                .position(|w| {
                    matches!(
                        w.as_str(),
                        "was" | "were" | "is" | "are" | "had" | "has" | "have"
                    )
                })
                .is_some_and(|p| {
                    // Only adverbs between the name and its auxiliary: "X was killed", "X
                    // and Y have also been kidnapped", not "X said 20 people were wounded".
                    after[..p].iter().all(|w| {
                        matches!(
                            w.as_str(),
                            "also"
                                | "reportedly"
                                | "allegedly"
                                | "later"
                                | "then"
                                | "both"
                                // "X, who was killed in a machinegun attack".
                                | ","
                                | "who"
                        )
                    }) && after
                        .get(p + 1..)
                        .is_some_and(|r| r.iter().take(3).any(|w| HARM.contains(&w.as_str())))
                });
            // "X died", "X, who died in the attack", "X, who was killed", "X was among the
            // dead".
            // "X, the former head of the group who was killed by U.S. forces": a relative
            // clause after an apposition.
            let apposed_harm = keys.get(people[cj].end).is_some_and(|w| w == ",")
                && (people[cj].end + 1..(people[cj].end + 12).min(s.end))
                    .take_while(|&k| !matches!(keys[k].as_str(), "," | "." | ";"))
                    .find(|&k| keys[k] == "who")
                    .is_some_and(|w| {
                        let r = &keys[w + 1..(w + 4).min(s.end)];
                        r.first().is_some_and(|v| v == "died")
                            || r.first()
                                .is_some_and(|v| matches!(v.as_str(), "was" | "were"))
                                && r[1..].iter().any(|h| HARM.contains(&h.as_str()))
                    });
            let died = apposed_harm
                || after.first().is_some_and(|w| w == "died")
                || matches!(after, [c, who, w, ..] if c == "," && who == "who" && w == "died")
                // "X, 26, who died in the blast": the relative clause after an age.
                || matches!(after, [who, w, ..] if who == "who" && w == "died")
                || matches!(after, [c, who, was, w, ..]
                    if c == "," && who == "who" && matches!(was.as_str(), "was" | "were")
                        && HARM.contains(&w.as_str()))
                || matches!(after, [c, w, ..] if c == "," && w == "died")
                || matches!(after, [was, among, ..]
                    if matches!(was.as_str(), "was" | "were") && among == "among")
                    && keys[after_at + 2..(after_at + 7).min(s.end)]
                        .iter()
                        .any(|w| CASUALTY_WORDS.contains(&w.as_str()));
            // "killing three people – X, 8, Y, 23, and Z", "82 people, including X", "among the
            // dead: 54-year-old X".
            let mut p = first;
            if p > s.first && keys[p - 1].ends_with("-year-old") {
                p -= 1;
            }
            // "including a local commander, X": a short description before the name.
            if p > s.first + 2 && keys[p - 1] == "," {
                if let Some(inc) = (p.saturating_sub(6).max(s.first)..p - 1)
                    .rev()
                    .take_while(|&k| bare(&keys[k]))
                    .find(|&k| keys[k] == "including")
                {
                    p = inc + 1;
                }
            }
            let listed = p > s.first + 1
                && matches!(keys[p - 1].as_str(), "-" | ":" | "including")
                && keys[(p - 1).saturating_sub(6).max(s.first)..p - 1]
                    .iter()
                    .any(|w| HARM.contains(&w.as_str()) || CASUALTY_WORDS.contains(&w.as_str()));
            // "killed X", "killing X", "the gun used to kill officer X": a harm verb with the
            // name as its object.
            let harm_verb = |k: usize| {
                let w = keys[k].as_str();
                HARM.contains(&w) && w != "died"
                    || HARM_ING.contains(&w) && !(k > s.first && keys[k - 1] == "without")
                    || w == "kill"
                        && k >= s.first + 2
                        && keys[k - 1] == "to"
                        && keys[k - 2] == "used"
            };
            // Back from the first name over its title and description, at most five words.
            let mut b = first;
            while b > s.first && first - b < 7 && bare(&keys[b - 1]) {
                if harm_verb(b - 1) {
                    break;
                }
                // "identified the attacker who killed four people near Parliament as X": a
                // preposition other than "of" leads to another phrase, not to a title.
                if matches!(
                    keys[b - 1].as_str(),
                    "as" | "near" | "at" | "in" | "from" | "with" | "to" | "for" | "outside"
                ) {
                    break;
                }
                b -= 1;
                // "the murder of national fire department director colonel X": the
                // preposition after a harm or attack word closes the walk; one inside a
                // title goes on ("the attack against supreme court of justice president X").
                if matches!(keys[b].as_str(), "of" | "against" | "on")
                    && (b == s.first
                        || HARM_OF.contains(&keys[b - 1].as_str())
                        || keys[b] != "of"
                        || LEXICONS.org_word(&keys[b - 1]).is_none())
                {
                    break;
                }
            }
            // "killed murder suspect X" names who was killed; "wounding bomber X" not a victim.
            let attacker_described = (b..first).any(|k| {
                LEXICONS
                    .longest_ending(keys, k, |e| {
                        matches!(e, Entry::PersonNoun(NounKind::Attacker))
                    })
                    .is_some()
            });
            let object = !attacker_described
                && ((b > s.first && harm_verb(b - 1))
                    || (b < first && harm_verb(b))
                    || (b..first).any(|k| {
                        k > s.first
                            && matches!(keys[k].as_str(), "of" | "against" | "on")
                            && (HARM_OF.contains(&keys[k - 1].as_str())
                                || (keys[k] != "of"
                                    && matches!(keys[k - 1].as_str(), "attack" | "attacks")))
                    }));
            // "X, who was killed in the attack along with Y": Y shared the harm.
            let along = first >= s.first + 2
                && keys[first - 1] == "with"
                && matches!(keys[first - 2].as_str(), "along" | "together")
                && keys[(first - 2).saturating_sub(10).max(s.first)..first - 2]
                    .iter()
                    .any(|w| HARM.contains(&w.as_str()));
            // "the victims were identified as X and Y", "the radio lists the kidnap victims as
            // \"X, professor of …, and Y\"".
            let quoted = first > s.first && keys[first - 1] == "\"";
            let at = if quoted { first - 1 } else { first };
            let identified = at >= s.first + 2
                && keys[at - 1] == "as"
                && matches!(
                    keys[at - 2].as_str(),
                    "identified" | "named" | "listed" | "lists" | "list" | "victims" | "hostages"
                )
                && keys[s.first..first].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "victim" | "victims" | "dead" | "hostages" | "bodies"
                    )
                });
            // "an assassination attempt against X", "X survived an attempt on his life": X
            // was the target; a victim only when the text says X was harmed.
            let attempted = (b..first).any(|k| {
                k > s.first
                    && matches!(keys[k].as_str(), "against" | "on")
                    && matches!(keys[k - 1].as_str(), "attempt" | "attempts")
            }) || {
                let last = people[cj].end;
                keys.get(last).is_some_and(|w| w == "survived")
                    && keys[last..(last + 6).min(s.end)]
                        .iter()
                        .any(|w| matches!(w.as_str(), "attempt" | "attack" | "attacks" | "bombing"))
            };
            if attempted && !(passive || died || object || identified || listed || along) {
                for m in &people[ci..=cj] {
                    add_target(
                        &mut attack.targets,
                        Target {
                            label: actors.actors[m.actor.0].name.clone(),
                            span: doc.span_of(m.first, m.end),
                        },
                    );
                }
                continue;
            }
            if !(passive || died || object || identified || listed || along) {
                continue;
            }
            for m in &people[ci..=cj] {
                if !attack.victims.contains(&m.actor) && !attack.perpetrators.contains(&m.actor) {
                    attack.victims.push(m.actor);
                }
            }
        }
    }
}

/// The harm verbs in the gerund, before their object: "killing X".
pub(super) const HARM_ING: &[&str] = &[
    "killing",
    "wounding",
    "injuring",
    "murdering",
    "assassinating",
    "stabbing",
    "kidnapping",
    "kidnaping",
    "abducting",
    "beheading",
];

/// Words for the harmed as a group, or the harm in the gerund: "among the dead", "killing
/// three people – X, Y and Z".
pub(super) const CASUALTY_WORDS: &[&str] = &[
    "dead",
    "injured",
    "wounded",
    "killed",
    "victims",
    "casualties",
    "killing",
    "wounding",
    "injuring",
];
