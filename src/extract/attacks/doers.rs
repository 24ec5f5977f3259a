//! Who did it: perpetrators named near the attack words, claims of responsibility,
//! accusations ("blamed on", "accused of") and suspects.

use super::*;

/// Nouns for the one who did it, before or in apposition to a name.
pub(super) const DOER_NOUNS: &[&str] = &[
    "bomber",
    "bombers",
    "gunman",
    "gunmen",
    "attacker",
    "attackers",
    "assailant",
    "assailants",
    "shooter",
    "suspect",
    "suspects",
    "killer",
    "accused",
    "hijacker",
    "kidnapper",
    "militant",
    "perpetrator",
    "mastermind",
    "ringleader",
    "assassin",
    "terrorist",
    "accomplice",
    "co-conspirator",
];

/// Verbs of a court or a charge that make their subject the doer ("was convicted of").
pub(super) const CHARGED: &[&str] = &[
    "charged",
    "convicted",
    "sentenced",
    "indicted",
    "accused",
    "arrested",
    "detained",
    "jailed",
    "executed",
    "pleaded",
    "confessed",
    "admitted",
    "identified",
];

/// True when the doer noun at `d` tells of another attack than `attack`: "Oklahoma City
/// bomber X" in a story of a bombing elsewhere, "kidnapper X" in a story of a bombing. A place
/// that the attack's own sentences name is no elsewhere: "the Boston Marathon bomber" of a
/// bombing placed at a restaurant near the marathon's finish line.
pub(super) fn doer_elsewhere(
    doc: &Doc<'_>,
    keys: &[String],
    places: &Places,
    attack: &Attack,
    d: usize,
) -> bool {
    if matches!(keys[d].as_str(), "kidnapper" | "hijacker")
        && !matches!(
            attack.attack_type,
            Some(AttackType::Kidnapping | AttackType::Hijacking | AttackType::HostageTaking)
        )
    {
        return true;
    }
    let Some(location) = attack.location else {
        return false;
    };
    let mut here = places.chain(location);
    for s in &doc.sentences {
        if attack.evidence.contains(&s.span) {
            here.extend(places.in_range(s.first, s.end).map(|m| m.place));
        }
    }
    places
        .in_range(d.saturating_sub(5), d)
        .filter(|m| m.end == d)
        .any(|m| !here.contains(&m.place) && !places.chain(m.place).contains(&location))
}

/// The named people an article makes the attackers of `attack`, by the words around their
/// names: anywhere in the article, or only in the given sentences (for an earlier attack
/// cited for context).
pub(super) fn named_perpetrators(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &Actors,
    places: &Places,
    attack: &Attack,
    only: Option<&[usize]>,
) -> Vec<ActorId> {
    let mut out = Vec::new();
    for m in &actors.mentions {
        let a = &actors.actors[m.actor.0];
        if !a.named || a.kind != ActorKind::Person || out.contains(&m.actor) {
            continue;
        }
        let sent = doc.tokens[m.first].sent;
        if only.is_some_and(|only| !only.contains(&sent)) {
            continue;
        }
        let Some(s) = doc.sentence_of(m.first).copied() else {
            continue;
        };
        // Before: "suicide bomber Salman Abedi", "suspect X", "the accused, X".
        let from = m.first.saturating_sub(3).max(s.first);
        let before = &keys[from..m.first];
        let noun_at = before
            .iter()
            .rev()
            .take_while(|w| w.as_str() != "," || before.len() < 3)
            .position(|w| DOER_NOUNS.contains(&w.as_str()))
            .map(|back| m.first - 1 - back)
            // "the bomber approached the Dara Penn café": a verb or an article between the
            // noun and the name leads to another phrase.
            .filter(|&d| {
                keys[d + 1..m.first].iter().all(|w| {
                    !matches!(w.as_str(), "the" | "a" | "an")
                        && !LEXICONS
                            .word_class(w)
                            .is_some_and(|c| c.verb && !c.noun && !c.adj)
                })
            });
        if noun_at.is_some_and(|d| doer_elsewhere(doc, keys, places, attack, d)) {
            continue;
        }
        let noun_before = noun_at.is_some();
        // "his accomplice, X", "the suicide bomber, X".
        let noun_before = noun_before
            || m.first >= s.first + 3
                && keys[m.first - 1] == ","
                && DOER_NOUNS.contains(&keys[m.first - 2].as_str())
                && keys[m.first.saturating_sub(5).max(s.first)..m.first - 2]
                    .iter()
                    .any(|w| matches!(w.as_str(), "his" | "her" | "their" | "the"));
        // After: ", the bomber", ", a suspected gunman", ", who carried out the attack".
        let after = &keys[m.end..(m.end + 6).min(s.end)];
        let noun_after = after.first().is_some_and(|w| w == ",")
            && after
                .iter()
                .skip(1)
                .take(4)
                .any(|w| DOER_NOUNS.contains(&w.as_str()))
            && !after
                .iter()
                .skip(1)
                .take(4)
                .any(|w| matches!(w.as_str(), "of" | "for" | "by"));
        // "who opened fire", not "who opened the trial".
        let did = after.first().is_some_and(|w| w == ",")
            && after.get(1).is_some_and(|w| w == "who")
            && after
                .iter()
                .enumerate()
                .skip(2)
                .any(|(j, w)| match w.as_str() {
                    "carried" | "detonated" | "planted" | "staged" | "masterminded"
                    | "orchestrated" | "planned" => true,
                    "opened" => keys.get(m.end + j + 1).is_some_and(|x| x == "fire"),
                    _ => false,
                });
        // "X was convicted of the bombing", "X pleaded guilty", "X is behind the attack";
        // "his brother, X, was convicted".
        let mut k = m.end;
        if m.first > s.first && keys[m.first - 1] == "," && keys.get(k).is_some_and(|w| w == ",") {
            k += 1;
        }
        let start = k;
        let k = past_auxiliaries(keys, start, s.end);
        let court = k > start && keys.get(k).is_some_and(|w| CHARGED.contains(&w.as_str()))
            || keys
                .get(m.end)
                .is_some_and(|w| matches!(w.as_str(), "pleaded" | "confessed"));
        // The deed may come after the time and the count ("was convicted on all counts
        // Wednesday in the 2013 marathon bombings"); the words of a charge come close.
        let court = court
            && (k..(k + 12).min(s.end)).any(|j| {
                LEXICONS
                    .longest(doc, keys, j, |e| matches!(e, Entry::Attack(..)))
                    .is_some()
                    || j < k + 8
                        && matches!(
                            keys[j].as_str(),
                            "guilty" | "murder" | "terrorism" | "plot" | "plotting"
                        )
            });
        let behind = k > start
            && keys.get(k).is_some_and(|w| w == "behind")
            && (k..(k + 4).min(s.end)).any(|j| {
                LEXICONS
                    .longest(doc, keys, j, |e| matches!(e, Entry::Attack(..)))
                    .is_some()
            });
        // "X was named as the suicide bomber", "police identified the attacker who killed four
        // people as X", "identified two of the attackers as brothers X and Y".
        let mut a = m.end;
        if keys.get(a).is_some_and(|w| w == ",") {
            a += 1;
        }
        let named_after = matches!(keys.get(a).map(String::as_str), Some("was" | "were"))
            && matches!(
                keys.get(a + 1).map(String::as_str),
                Some("named" | "identified")
            )
            && keys.get(a + 2).is_some_and(|w| w == "as")
            && keys[a + 3..(a + 7).min(s.end).max(a + 3)]
                .iter()
                .any(|w| DOER_NOUNS.contains(&w.as_str()));
        let as_at = (m.first.saturating_sub(2).max(s.first)..m.first).find(|&j| keys[j] == "as");
        let named_before = as_at.is_some_and(|j| {
            (j.saturating_sub(14).max(s.first)..j)
                .find(|&v| matches!(keys[v].as_str(), "identified" | "named"))
                .is_some_and(|v| {
                    keys[v + 1..j]
                        .iter()
                        .any(|w| DOER_NOUNS.contains(&w.as_str()))
                })
        });
        if noun_before || noun_after || did || court || behind || named_after || named_before {
            out.push(m.actor);
        }
    }
    // The people coordinated with a doer share the deed: "X and his older brother, Y, set off
    // the bombs", "brothers X, left, and Y are accused of".
    let people: Vec<&Mention> = actors
        .mentions
        .iter()
        .filter(|m| {
            let a = &actors.actors[m.actor.0];
            a.named && a.kind == ActorKind::Person
        })
        .collect();
    loop {
        let before = out.len();
        for pair in people.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.end > b.first || doc.tokens[a.end.min(b.first)].sent != doc.tokens[b.first].sent {
                continue;
            }
            let between = &keys[a.end..b.first];
            let joined = between.len() <= 7
                && between.iter().any(|w| w == "and")
                && between.iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "," | "and"
                            | "his"
                            | "her"
                            | "their"
                            | "older"
                            | "younger"
                            | "elder"
                            | "late"
                            | "left"
                            | "right"
                            | "brother"
                            | "sister"
                            | "cousin"
                            | "accomplice"
                            | "fellow"
                    )
                });
            if !joined || a.actor == b.actor {
                continue;
            }
            for (x, y) in [(a.actor, b.actor), (b.actor, a.actor)] {
                if out.contains(&x) && !out.contains(&y) {
                    out.push(y);
                }
            }
        }
        if out.len() == before {
            break;
        }
    }
    out
}

/// "X claimed responsibility for …": X claimed the attack.
pub(super) fn claims(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, found: &mut Found) {
    for (si, s) in doc.sentences.clone().into_iter().enumerate() {
        let words = &keys[s.first..s.end];
        let lex = &*LEXICONS;
        // "claimed responsibility", "claimed the attack", "claimed in a statement that its
        // fighters had killed nine soldiers".
        let attack_word_in = |from: usize, to: usize| {
            (from..to.min(s.end)).any(|j| {
                lex.longest(doc, keys, j, |e| matches!(e, Entry::Attack(..)))
                    .is_some()
                    || HARM_VERBS.contains(&keys[j].as_str())
            })
        };
        let Some(pos) = (0..words.len().saturating_sub(1)).find(|&p| {
            let w = words[p].as_str();
            let claim = CLAIM.contains(&w) || w == "claiming";
            let at = s.first + p;
            // "X said in a statement that its fighters had carried out the attack".
            let own_fighters = matches!(w, "said" | "says" | "stated" | "announced")
                && words[p + 1..]
                    .iter()
                    .take(8)
                    .position(|x| x == "that")
                    .is_some_and(|q| {
                        let t = at + 1 + q + 1;
                        keys.get(t).is_some_and(|x| x == "its" || x == "their")
                            && (t + 1..(t + 4).min(s.end))
                                .any(|j| is_attacker_noun(lex, keys, j).is_some())
                            && attack_word_in(t + 2, t + 10)
                    });
            // "X is claiming it was behind the attack", "X said that they were behind it".
            let behind = (claim || matches!(w, "said" | "says" | "stated" | "announced")) && {
                let mut t = at + 1;
                if keys.get(t).is_some_and(|x| x == "that") {
                    t += 1;
                }
                keys.get(t).is_some_and(|x| x == "it" || x == "they")
                    && keys
                        .get(t + 1)
                        .is_some_and(|x| matches!(x.as_str(), "was" | "were" | "is" | "are"))
                    && keys.get(t + 2).is_some_and(|x| x == "behind")
                    && (attack_word_in(t + 3, t + 7)
                        || keys.get(t + 3).is_some_and(|x| x == "it" || x == "them"))
            };
            own_fighters
                || behind
                || claim
                    && (matches!(words[p + 1].as_str(), "responsibility" | "credit")
                        || (matches!(w, "claimed" | "claims" | "claiming")
                            && (attack_word_in(at + 1, at + 4)
                                || (words[p + 1..].iter().take(6).any(|x| x == "that")
                                    && attack_word_in(at + 2, at + 14)))))
        }) else {
            continue;
        };
        let verb = s.first + pos;
        let target = found.sentence_attack[si].or(found.main);
        let Some(target) = target else { continue };
        // The claimant: the subject right before the verb; else the first actor of the
        // sentence that no preposition governs (the subject before an apposition: "the
        // front, a leftist group, claimed"), not "calls to the police".
        let claims = |m: &Mention| {
            actors.actors[m.actor.0].kind.is_organization()
                || actors.actors[m.actor.0].kind == ActorKind::Person
        };
        let mentions = actors.mention_in(s.first, verb);
        let mut subject_end = verb;
        while subject_end > s.first && roles::BRIDGE.contains(&keys[subject_end - 1].as_str()) {
            subject_end -= 1;
        }
        let governed = |m: &Mention| {
            let mut b = m.first;
            while b > s.first && matches!(keys[b - 1].as_str(), "the" | "a" | "an") {
                b -= 1;
            }
            b > s.first
                && matches!(
                    keys[b - 1].as_str(),
                    "to" | "of"
                        | "from"
                        | "through"
                        | "with"
                        | "by"
                        | "for"
                        | "at"
                        | "in"
                        | "on"
                        | "against"
                        | "according"
                )
        };
        let mut claimant = mentions
            .iter()
            .find(|m| m.end == subject_end && claims(m))
            .or_else(|| mentions.iter().find(|m| claims(m) && !governed(m)))
            .map(|m| m.actor);
        if claimant.is_none() {
            let mut a = verb;
            while a > s.first && !matches!(keys[a - 1].as_str(), "," | ";") {
                a -= 1;
            }
            claimant = actors.resolve(doc, keys, a, verb).map(|x| x.0);
        }
        if let Some(c) = claimant {
            let attack = &mut found.attacks[target];
            if !attack.claimed_by.contains(&c) {
                attack.claimed_by.push(c);
            }
            if !attack.perpetrators.contains(&c) && actors.actors[c.0].kind == ActorKind::ArmedGroup
            {
                attack.perpetrators.push(c);
            }
        }
    }
    accusations(doc, keys, actors, found);
    suspects(doc, keys, actors, found);
    leaders_groups(keys, actors, found);
}

/// The group whose leader or member did the deed did it too: "cartel boss X ordered the
/// assassination" (the group named right before the boss, leader, chief, head, commander or
/// member).
pub(super) fn leaders_groups(keys: &[String], actors: &Actors, found: &mut Found) {
    for attack in &mut found.attacks {
        let mut groups = Vec::new();
        for &p in &attack.perpetrators {
            if actors.actors[p.0].kind != ActorKind::Person {
                continue;
            }
            for m in actors
                .mentions
                .iter()
                .filter(|m| m.actor == p && m.first >= 2)
            {
                let role = keys[m.first - 1].as_str();
                if !matches!(
                    role,
                    "boss" | "leader" | "chief" | "head" | "commander" | "member" | "kingpin"
                ) {
                    continue;
                }
                if let Some(g) = actors.mentions.iter().find(|g| {
                    g.end == m.first - 1 && actors.actors[g.actor.0].kind == ActorKind::ArmedGroup
                }) {
                    if !groups.contains(&g.actor) {
                        groups.push(g.actor);
                    }
                }
            }
        }
        for g in groups {
            if !attack.perpetrators.contains(&g) && !attack.victims.contains(&g) {
                attack.perpetrators.push(g);
            }
        }
    }
}

/// Words for the deed an accusation names, besides the attack words and harm verbs.
pub(super) const CRIME_WORDS: &[&str] = &[
    "crime",
    "crimes",
    "death",
    "deaths",
    "killing",
    "murder",
    "murders",
    "massacre",
    "assassination",
    "incident",
    "incidents",
    "action",
    "actions",
    "murdering",
    "assassinating",
    "kidnapping",
];

/// True when tokens `from..to` name a deed one can be blamed for: an attack word, a harm verb
/// or a word of crime.
pub(super) fn deed_in(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    from: usize,
    to: usize,
) -> bool {
    (from..to).any(|j| {
        lex.longest(doc, keys, j, |e| matches!(e, Entry::Attack(..)))
            .is_some()
            || HARM_VERBS.contains(&keys[j].as_str())
            || CRIME_WORDS.contains(&keys[j].as_str())
    })
}

/// Who the text holds responsible: "blamed on X", "blamed X for", "attributed to X",
/// "attributing the attack to X", "accused X of the crime", "X is responsible for the
/// attacks", "X is behind the attack", "carried out by X or Y", "perpetrated by X".
pub(super) fn accusations(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, found: &mut Found) {
    let lex = &*LEXICONS;
    let deed_in = |from: usize, to: usize| deed_in(doc, keys, lex, from, to);
    // Who may be held responsible: groups, forces and other organisations, named people.
    let accusable = |actors: &Actors, id: ActorId| {
        let a = &actors.actors[id.0];
        a.named
            && a.kind != ActorKind::MediaOrganization
            && (a.kind.is_organization() || a.kind == ActorKind::Person)
    };
    for (si, s) in doc.sentences.clone().into_iter().enumerate() {
        // "denied that it was responsible", "did not carry out": not an accusation.
        let denied = |upto: usize| {
            keys[s.first..upto].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "denied" | "denies" | "deny" | "denying" | "not" | "never" | "rejected"
                )
            })
        };
        let Some(target) = found.sentence_attack[si].or(found.main) else {
            continue;
        };
        let mut named: Vec<ActorId> = Vec::new();
        let mut described: Vec<(usize, usize)> = Vec::new();
        for k in s.first..s.end {
            let w = keys[k].as_str();
            // The span after the cue where the accused stand, and whether the subject before
            // the cue is the accused instead.
            let (from, to, subject) = match w {
                "blamed" | "attributed" | "attributing" | "attribute" | "attributes"
                    if keys
                        .get(k + 1)
                        .is_some_and(|x| matches!(x.as_str(), "on" | "to")) =>
                {
                    (k + 2, k + 24, false)
                }
                "attributed" | "attributing" | "attribute" | "attributes" => {
                    match (k + 1..(k + 8).min(s.end)).find(|&j| keys[j] == "to") {
                        Some(j) if deed_in(k + 1, j) => (j + 1, j + 24, false),
                        _ => continue,
                    }
                }
                "blamed" | "blames" | "blaming" | "blame" => {
                    // "has been blamed, according to some reports, on X": over the aside.
                    let aside = keys.get(k + 1).is_some_and(|x| x == ",");
                    let from = (k + 3..(k + 12).min(s.end))
                        .find(|&j| aside && keys[j] == "on" && keys[j - 1] == ",")
                        .map_or(k + 1, |on| on + 1);
                    (from, from + 23, false)
                }
                "accused" | "accuses" | "accusing" | "accuse" => {
                    // "accused X of the crime"; "the accused" is a noun.
                    if k > s.first && matches!(keys[k - 1].as_str(), "the" | "an") {
                        continue;
                    }
                    match (k + 1..(k + 16).min(s.end)).find(|&j| keys[j] == "of") {
                        Some(j) if deed_in(j + 1, (j + 8).min(s.end)) => (k + 1, j, false),
                        _ => continue,
                    }
                }
                // "hold the government and the high command responsible for this attack".
                "hold" | "holds" | "held" | "holding" => {
                    match (k + 2..(k + 14).min(s.end)).find(|&j| keys[j] == "responsible") {
                        Some(j) if deed_in(j + 1, (j + 10).min(s.end)) => (k + 1, j, false),
                        _ => continue,
                    }
                }
                "responsible" | "behind" if deed_in(k + 1, (k + 10).min(s.end)) => (k, k, true),
                // "X ordered the assassination of", "X planned the attack".
                "ordered" | "planned" | "masterminded" | "directed" | "organized"
                    if (k + 1..(k + 4).min(s.end)).any(|j| {
                        lex.longest(doc, keys, j, |e| matches!(e, Entry::Attack(..)))
                            .is_some()
                            || matches!(keys[j].as_str(), "murder" | "massacre" | "killing")
                    }) =>
                {
                    (k, k, true)
                }
                // "carried out by X", "the killing had been ordered by X and Y".
                "carried" | "perpetrated" | "committed" | "staged" | "masterminded" | "ordered"
                | "planned" | "organized" | "directed" => {
                    let by = (k + 1..(k + 3).min(s.end)).find(|&j| keys[j] == "by");
                    match by {
                        Some(j) if deed_in(s.first, k) || deed_in(k, (k + 1).min(s.end)) => {
                            (j + 1, j + 24, false)
                        }
                        _ => continue,
                    }
                }
                _ => continue,
            };
            if denied(k) {
                continue;
            }
            if subject {
                // The subject before "is/are/was (probably) responsible" or "behind".
                let mut b = k;
                while b > s.first
                    && matches!(
                        keys[b - 1].as_str(),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "being"
                            | "likely"
                            | "probably"
                            | "possibly"
                            | "presumably"
                            | "allegedly"
                            | "may"
                            | "might"
                            | "could"
                            | "directly"
                            | "solely"
                    )
                {
                    b -= 1;
                }
                if b == k && matches!(keys[k].as_str(), "responsible" | "behind") {
                    continue;
                }
                // An apposition before the verb: "X and Y, the world's biggest drug
                // traffickers, \"are behind this criminal attack\"".
                if b > s.first && keys[b - 1] == "\"" {
                    b -= 1;
                }
                // "the chief of the gang, X, ordered the assassination": the name in
                // apposition.
                if b > s.first + 1
                    && keys[b - 1] == ","
                    && actors.mentions.iter().any(|m| m.end == b - 1)
                {
                    b -= 1;
                } else if b > s.first && keys[b - 1] == "," {
                    if let Some(open) = (b.saturating_sub(10).max(s.first)..b - 1)
                        .rev()
                        .find(|&j| keys[j] == ",")
                    {
                        b = open;
                    }
                }
                // The subject and the names coordinated with it.
                let mut end = b;
                while let Some(m) = actors
                    .mentions
                    .iter()
                    .find(|m| {
                        m.end == end
                            // "the front (fmln) is behind", and the acronym alone.
                            || (m.end + 3 == end || m.end + 1 == end) && keys[end - 1] == ")"
                    })
                    .copied()
                {
                    if accusable(actors, m.actor) && !named.contains(&m.actor) {
                        named.push(m.actor);
                    }
                    end = m.first;
                    if end > s.first && matches!(keys[end - 1].as_str(), "and" | ",") {
                        end -= 1;
                        if end > s.first && keys[end - 1] == "," {
                            end -= 1;
                        }
                    } else {
                        break;
                    }
                }
                continue;
            }
            // The accused: the names in the span, joined by "and", "or" and commas, until the
            // first word that is neither a name nor a joiner.
            let to = to.min(s.end);
            // The next name within a few words, none of them a comma: "by the maoist
            // \"shining path\" group or the guevarist \"tupac amaru\" movement".
            let next_name = |j: usize| {
                actors
                    .mentions
                    .iter()
                    .filter(|m| m.first >= j && m.first < (j + 4).min(to))
                    .find(|m| {
                        !keys[j..m.first]
                            .iter()
                            .any(|x| matches!(x.as_str(), "," | ";" | "." | "by" | "of"))
                    })
                    .copied()
            };
            let mut j = from;
            while let Some(m) = next_name(j) {
                // "hold X's government responsible": the possessor is not the accused.
                if keys.get(m.end).is_some_and(|w| w == "'s") {
                    break;
                }
                if accusable(actors, m.actor) && !named.contains(&m.actor) {
                    named.push(m.actor);
                }
                j = m.end;
                // A parenthesised acronym, a closing quote, a trailing "group".
                while j < to && matches!(keys[j].as_str(), "\"" | "group" | "groups") {
                    j += 1;
                }
                if j < to && keys[j] == "(" {
                    if let Some(close) = (j..(j + 6).min(to)).find(|&x| keys[x] == ")") {
                        j = close + 1;
                    }
                }
                if j < to && matches!(keys[j].as_str(), "and" | "or" | ",") {
                    j += 1;
                } else {
                    break;
                }
            }
            // No name right there: a description of the doers ("attributed the attacks to
            // drug traffickers"), or the groups its members belong to ("to members of the
            // 17th front of the revolutionary armed forces").
            if j == from {
                let Some(np) = roles::np_at(doc, keys, lex, from).filter(|np| np.first <= from + 1)
                else {
                    continue;
                };
                let close = (np.first..(np.first + 14).min(to))
                    .find(|&x| matches!(keys[x].as_str(), "," | ";" | "." | "and" | "or"))
                    .unwrap_or(to.min(np.first + 14));
                let groups: Vec<ActorId> = actors
                    .mention_in(np.first, close)
                    .iter()
                    .filter(|m| {
                        matches!(
                            actors.actors[m.actor.0].kind,
                            ActorKind::ArmedGroup | ActorKind::SecurityForce
                        )
                    })
                    .map(|m| m.actor)
                    .collect();
                for id in groups {
                    if !named.contains(&id) {
                        named.push(id);
                    }
                }
                // "carried out by uniformed men": the deed done by them makes any people
                // doers; a blame names attackers only.
                let done_by = matches!(
                    w,
                    "carried" | "perpetrated" | "committed" | "staged" | "masterminded"
                );
                let people = done_by
                    && lex
                        .longest_ending(keys, np.head, |e| {
                            matches!(
                                e,
                                Entry::PersonNoun(
                                    NounKind::Person | NounKind::Attacker | NounKind::Security
                                )
                            )
                        })
                        .is_some();
                let doers = |np: Np| {
                    is_attacker_noun(lex, keys, np.head).is_some()
                        || people
                        || matches!(
                            keys[np.head].as_str(),
                            "members" | "elements" | "gang" | "gangs" | "squad" | "squads"
                        )
                };
                if doers(np) {
                    described.push((np.first, np.end.min(close)));
                    // "blamed on guerrillas and drug trafficking gangs".
                    for c in roles::conjuncts_after(doc, keys, lex, np) {
                        if c.end <= to && doers(c) {
                            described.push((c.first, c.end));
                        }
                    }
                }
            }
        }
        for (a, b) in described {
            let id = actors.describe(doc, keys, a, b, ActorKind::Person);
            if !named.contains(&id) {
                named.push(id);
            }
        }
        for id in named {
            let attack = &mut found.attacks[target];
            if !attack.perpetrators.contains(&id)
                && !attack.victims.contains(&id)
                && !attack.claimed_by.contains(&id)
            {
                attack.perpetrators.push(id);
            }
        }
    }
}

/// People described as suspected, accused, charged or arrested for the deed: "three persons
/// suspected of participating in the attack", "the soldiers accused of murdering the priests",
/// "the arrest of 45 soldiers and 2 officers for killing six clergymen", "two suspects in this
/// attack". Named people are `named_perpetrators`' part.
pub(super) fn suspects(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, found: &mut Found) {
    let lex = &*LEXICONS;
    let deed_in = |from: usize, to: usize| deed_in(doc, keys, lex, from, to);
    // People nouns only: "persons", "soldiers", "men", "gunmen" — not "the government".
    let people = |actors: &Actors, np: Np| {
        lex.longest_ending(keys, np.head, |e| {
            matches!(
                e,
                Entry::PersonNoun(NounKind::Person | NounKind::Attacker | NounKind::Security)
            )
        })
        .is_some()
            && actors
                .mention_in(np.first, np.end)
                .iter()
                .all(|m| !actors.actors[m.actor.0].named)
    };
    for (si, s) in doc.sentences.clone().into_iter().enumerate() {
        let Some(target) = found.sentence_attack[si].or(found.main) else {
            continue;
        };
        let mut accused: Vec<Np> = Vec::new();
        for k in s.first..s.end {
            let next = keys.get(k + 1).map_or("", String::as_str);
            match keys[k].as_str() {
                "accused" | "suspected" | "charged" | "convicted" | "arrested" | "indicted"
                    if matches!(next, "of" | "with" | "for" | "in")
                        && deed_in(k + 2, (k + 8).min(s.end)) =>
                {
                    let mut b = k;
                    while b > s.first
                        && matches!(
                            keys[b - 1].as_str(),
                            "was"
                                | "were"
                                | "is"
                                | "are"
                                | "been"
                                | "being"
                                | "have"
                                | "has"
                                | "had"
                                | "also"
                        )
                    {
                        b -= 1;
                    }
                    if b > s.first
                        && !matches!(keys[b - 1].as_str(), "the" | "an" | "not" | "never")
                    {
                        accused.extend(roles::np_before(doc, keys, lex, b));
                    }
                }
                "arrest" | "arrests" | "detention" if next == "of" => {
                    if let Some(np) = roles::np_at(doc, keys, lex, k + 2) {
                        let mut nps = vec![np];
                        nps.extend(roles::conjuncts_after(doc, keys, lex, np));
                        let last = nps.iter().map(|n| n.end).max().unwrap_or(np.end);
                        if keys.get(last).is_some_and(|w| w == "for")
                            && deed_in(last + 1, (last + 4).min(s.end))
                        {
                            accused.extend(nps);
                        }
                    }
                }
                "suspects" | "suspect"
                    if matches!(next, "in" | "of") && deed_in(k + 2, (k + 5).min(s.end)) =>
                {
                    accused.extend(roles::np_before(doc, keys, lex, k + 1));
                }
                _ => {}
            }
        }
        for np in accused {
            if !people(actors, np) {
                continue;
            }
            let id = actors.describe(doc, keys, np.first, np.end, ActorKind::Person);
            let attack = &mut found.attacks[target];
            if !attack.perpetrators.contains(&id) && !attack.victims.contains(&id) {
                attack.perpetrators.push(id);
            }
        }
    }
}
