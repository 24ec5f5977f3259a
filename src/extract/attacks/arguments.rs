//! The arguments of the attack words in their sentences: attackers, targets and weapons found
//! through the verb or noun that reports the attack.

use super::*;

/// Harm verbs: besides the attack words, the verbs whose arguments are attackers and victims.
pub(super) const HARM_VERBS: &[&str] = &[
    "killed",
    "kidnaped",
    "gunned",
    "tortured",
    "beheaded",
    "murdered",
    "assassinated",
    "kidnapped",
    "abducted",
    "wounded",
    "injured",
    "shot",
    "executed",
    "massacred",
    "slain",
    "machinegunned",
    "machine-gunned",
    "dynamited",
    "bombed",
    "burned",
    "torched",
    "destroyed",
    "damaged",
    "attacked",
    "ambushed",
    "hijacked",
    "seized",
];

/// Adjectives of judgement that are no part of a description of the doers.
pub(super) const EVALUATIVE: &[&str] = &[
    "despicable",
    "cowardly",
    "brutal",
    "ruthless",
    "heartless",
    "evil",
    "barbaric",
    "callous",
    "vicious",
    "savage",
    "murderous",
    "criminal",
    "cruel",
    "wicked",
    "senseless",
    "heinous",
];

/// Attacker nouns that, singular before an attack word, say what kind of attack it was ("a
/// terrorist attack", "guerrilla attacks"), unlike the doers' own nouns ("gunmen storm").
pub(super) const KIND_MODIFIERS: &[&str] = &[
    "terrorist",
    "terror",
    "guerrilla",
    "guerilla",
    "rebel",
    "insurgent",
    "militant",
    "jihadist",
    "extremist",
    "separatist",
    "subversive",
    "paramilitary",
];

/// Nouns that name people by the attack they did: "the attackers", "the kidnappers".
pub(super) const ATTACKER_ROLE_NOUNS: &[&str] = &[
    "attackers",
    "attacker",
    "assailants",
    "assailant",
    "gunmen",
    "gunman",
    "kidnappers",
    "kidnapper",
    "kidnapers",
    "kidnaper",
    "abductors",
    "hijackers",
    "shooter",
    "shooters",
    "raiders",
];

/// Verbs of damage done to things, read for targets in the sentences of an attack ("the blast
/// hit a truck", "they affected the cultural institute", "offices were looted").
pub(super) const DAMAGE_VERBS: &[&str] = &[
    "hit",
    "struck",
    "affected",
    "looted",
    "ransacked",
    "razed",
    "shook",
    "shaken",
    "rocked",
    "gutted",
    "wrecked",
    "demolished",
];

/// Verbs of putting a weapon somewhere: "placed 11 bombs in bank branches", "threw a
/// grenade at the bus", "a bomb planted by unidentified persons".
pub(super) const PLACE_VERBS: &[&str] = &[
    "placed",
    "set",
    "planted",
    "hurled",
    "threw",
    "thrown",
    "lobbed",
    "detonated",
    "left",
    "abandoned",
];

/// True when token `k` is a verb of placing with a weapon as its object within a few words.
pub(super) fn placed_weapon(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, k: usize) -> bool {
    let s = doc.sentences[doc.tokens[k].sent];
    let weapon_at = |j: usize| {
        lex.longest(doc, keys, j, |e| matches!(e, Entry::Weapon(_)))
            .is_some()
    };
    // "placed a bomb", and "a device presumably abandoned by the front", "two bombs were
    // thrown at a vehicle".
    PLACE_VERBS.contains(&keys[k].as_str())
        && (((k + 1)..(k + 5).min(s.end)).any(weapon_at)
            || keys
                .get(k + 1)
                .is_some_and(|w| matches!(w.as_str(), "by" | "at" | "into" | "against"))
                && (k.saturating_sub(4).max(s.first)..k).any(weapon_at))
}

/// The role arguments of every attack word and harm verb in the given sentences.
pub(super) fn sentence_arguments(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    sentences: &[usize],
) -> Vec<Arg> {
    let mut out = Vec::new();
    for &si in sentences {
        let s = doc.sentences[si];
        let mut k = s.first;
        while k < s.end {
            let end = match lex.longest(doc, keys, k, |e| matches!(e, Entry::Attack(..))) {
                Some((e, _)) => e,
                None if HARM_VERBS.contains(&keys[k].as_str())
                    || DAMAGE_VERBS.contains(&keys[k].as_str())
                    || PLACE_VERBS.contains(&keys[k].as_str()) =>
                {
                    k + 1
                }
                None => {
                    k += 1;
                    continue;
                }
            };
            let mut args = roles::arguments(doc, keys, lex, k, end);
            let weapon_np = |np: Np| {
                lex.longest_ending(keys, np.head, |e| matches!(e, Entry::Weapon(_)))
                    .is_some()
            };
            // "an airliner blew up in midair", "the bus exploded": what blows up without
            // being a weapon is what was struck.
            if matches!(keys[k].as_str(), "exploded" | "blew" | "burst")
                && !keys
                    .get(end)
                    .is_some_and(|w| w != "up" && w != "in" && w != ",")
            {
                let struck: Vec<Arg> = args
                    .iter()
                    .filter(|a| a.role == Role::Agent && !weapon_np(a.np))
                    .map(|a| Arg {
                        role: Role::Patient,
                        np: a.np,
                    })
                    .collect();
                args.extend(struck);
            }
            // A verb of placing tells of an attack only with a weapon as its object; where
            // the weapon went is the target.
            if PLACE_VERBS.contains(&keys[k].as_str()) {
                let weapon = args
                    .iter()
                    .find(|a| a.role == Role::Patient && weapon_np(a.np))
                    .copied();
                // "two peasants were killed when they set off a mine": who sets off a mine,
                // or anything in a "when" clause, trips it rather than places it.
                let tripped = keys[k] == "set"
                    && (weapon.is_some_and(|w| {
                        matches!(
                            keys[w.np.head].as_str(),
                            "mine" | "mines" | "landmine" | "landmines"
                        )
                    }) || keys[k.saturating_sub(6).max(s.first)..k]
                        .iter()
                        .any(|w| w == "when"));
                let Some(weapon) = weapon.filter(|_| !tripped) else {
                    k = end;
                    continue;
                };
                args.retain(|a| a.role != Role::Patient);
                let place_prep = |i: usize| {
                    keys.get(i).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "in" | "at"
                                | "inside"
                                | "outside"
                                | "near"
                                | "under"
                                | "on"
                                | "against"
                                | "into"
                                | "beside"
                        )
                    })
                };
                // "placed a bomb in the bank", and the passive "two bombs were thrown at an
                // embassy vehicle".
                let prep = if weapon.np.first > k && place_prep(weapon.np.end) {
                    Some(weapon.np.end)
                } else if weapon.np.end <= k && place_prep(end) {
                    Some(end)
                } else {
                    None
                };
                if let Some(prep) = prep {
                    if let Some(np) = roles::np_at(doc, keys, lex, prep + 1) {
                        args.push(Arg {
                            role: Role::Patient,
                            np,
                        });
                        for c in roles::conjuncts_after(doc, keys, lex, np) {
                            args.push(Arg {
                                role: Role::Patient,
                                np: c,
                            });
                        }
                    }
                }
            }
            // What is seized or captured is booty or a hostage, not a target: keep only people
            // and names.
            // "officers executed warrants": only people are executed.
            if keys[k] == "executed"
                && args.iter().any(|a| {
                    a.role == Role::Patient
                        && lex.word_class(&keys[a.np.head]).is_some()
                        && lex
                            .longest_ending(keys, a.np.head, |e| matches!(e, Entry::PersonNoun(_)))
                            .is_none()
                })
            {
                k = end;
                continue;
            }
            if matches!(keys[k].as_str(), "seized" | "captured") {
                args.retain(|a| {
                    a.role != Role::Patient
                        || lex.word_class(&keys[a.np.head]).is_none()
                        || lex
                            .longest_ending(keys, a.np.head, |e| matches!(e, Entry::PersonNoun(_)))
                            .is_some()
                });
            }
            // "Police shot dead the gunmen": whoever harms the attackers is the response, not
            // a perpetrator.
            let against_attackers = args.iter().any(|a| {
                a.role == Role::Patient
                    && lex
                        .longest_ending(keys, a.np.head, |e| {
                            matches!(e, Entry::PersonNoun(NounKind::Attacker))
                        })
                        .is_some()
            }) || (
                // "A gunman who held ten people hostage was shot dead by police": the
                // attacker stands before the verb, the police after "by".
                k >= 1
                    && matches!(keys[k - 1].as_str(), "was" | "were" | "been" | "is" | "are")
                    && (s.first..k).any(|j| {
                        lex.longest_ending(keys, j, |e| {
                            matches!(e, Entry::PersonNoun(NounKind::Attacker))
                        })
                        .is_some()
                    })
                    && args.iter().any(|a| {
                        a.role == Role::Agent
                            && (lex
                                .longest_ending(keys, a.np.head, |e| {
                                    matches!(e, Entry::PersonNoun(NounKind::Security))
                                })
                                .is_some()
                                || matches!(
                                    lex.org_word(&keys[a.np.head]),
                                    Some((ActorKind::SecurityForce, _))
                                ))
                    })
            );
            for arg in args {
                if against_attackers && arg.role == Role::Agent {
                    continue;
                }
                if !out.contains(&arg) {
                    out.push(arg);
                }
            }
            k = end;
        }
    }
    out
}

/// The actors an agent phrase names: actors mentioned in it, and a described actor for an
/// attacker or security noun heading it ("urban guerrillas", "three armed men", "soldiers").
pub(super) fn agent_actors(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &mut Actors,
    np: Np,
) -> Vec<ActorId> {
    let mut out = Vec::new();
    let mut head_covered = false;
    for m in actors.mention_in(np.first, np.end) {
        let a = &actors.actors[m.actor.0];
        // Named actors, and forces even when described ("the army", "army troops").
        if a.kind == ActorKind::MediaOrganization
            || !(a.named || a.kind == ActorKind::SecurityForce)
        {
            continue;
        }
        if m.first <= np.head && np.head < m.end {
            head_covered = true;
        }
        out.push(m.actor);
    }
    // "a group of terrorists from the Liberation Front": the group they come from.
    if keys.get(np.end).is_some_and(|w| w == "from") {
        if let Some(m) = actors.mentions.iter().find(|m| {
            m.first > np.end
                && m.first <= np.end + 4
                && np.end < doc.tokens.len()
                && doc.tokens[m.first].sent == doc.tokens[np.end].sent
                && !keys[np.end..m.first]
                    .iter()
                    .any(|w| matches!(w.as_str(), "," | ";" | "." | "and"))
                && actors.actors[m.actor.0].kind == ActorKind::ArmedGroup
        }) {
            out.push(m.actor);
        }
    }
    if head_covered {
        return out;
    }
    // "during the terrorist attack": a singular noun before an attack word says what kind of
    // attack it was, not who did it.
    if np.head + 1 == np.end
        && KIND_MODIFIERS.contains(&keys[np.head].as_str())
        && lex
            .longest(doc, keys, np.end, |e| matches!(e, Entry::Attack(..)))
            .is_some()
    {
        return out;
    }
    // "members of the fmln", "elements of the army": the people of a group that the phrase
    // names.
    if !out.is_empty()
        && matches!(
            keys[np.head].as_str(),
            "members" | "member" | "elements" | "units" | "unit" | "column" | "columns" | "cell"
        )
    {
        // Without the group's acronym after it: "members of the front (fmln)".
        let end = if np.end >= np.first + 4 && keys[np.end - 1] == ")" && keys[np.end - 3] == "(" {
            np.end - 3
        } else {
            np.end
        };
        out.push(actors.describe(doc, keys, np.first, end, ActorKind::Person));
        return out;
    }
    let kind = match lex
        .longest_ending(keys, np.head, |e| matches!(e, Entry::PersonNoun(_)))
        .and_then(|start| {
            lex.entries(&keys[start..=np.head])
                .iter()
                .find_map(|e| match e {
                    Entry::PersonNoun(k) => Some(*k),
                    _ => None,
                })
        }) {
        Some(NounKind::Attacker | NounKind::Security) => Some(ActorKind::Person),
        Some(NounKind::Person) => {
            // People in general do not attack; men, youths and gangs do.
            matches!(
                keys[np.head].as_str(),
                "man"
                    | "men"
                    | "woman"
                    | "persons"
                    | "individuals"
                    | "youths"
                    | "youth"
                    | "teenager"
                    | "teenagers"
                    | "brothers"
                    | "pair"
                    | "duo"
                    | "gang"
                    | "gangs"
                    | "mob"
                    | "squad"
                    | "squads"
            )
            .then_some(ActorKind::Person)
        }
        Some(NounKind::Government) => None,
        None => match lex.org_word(&keys[np.head]) {
            Some((kind @ (ActorKind::SecurityForce | ActorKind::ArmedGroup), _)) => Some(kind),
            _ => None,
        },
    };
    if let Some(kind) = kind {
        // The words of the description, without a trailing parenthesis or the article.
        out.push(actors.describe(doc, keys, np.first, np.end, kind));
        // "guatemalan army troops", "atonal battalion troops": the force the people serve in
        // (no mention of it named it yet, or it would be in `out`).
        let unit = np.head > np.first
            && (matches!(
                lex.org_word(&keys[np.head - 1]),
                Some((ActorKind::SecurityForce | ActorKind::ArmedGroup, _))
            ) || matches!(keys[np.head - 1].as_str(), "battalion" | "detachment"));
        if unit && out.len() == 1 {
            let force = actors.describe(doc, keys, np.first, np.head, ActorKind::SecurityForce);
            out.push(force);
        }
    }
    out
}

/// The target a patient phrase names: a named site, or a facility or other thing.
pub(super) fn patient_target(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &Actors,
    places: &Places,
    np: Np,
) -> Option<Target> {
    // People are victims, not targets; actors (other than places) neither.
    if actors
        .mention_in(np.first, np.end)
        .iter()
        .any(|m| m.first <= np.head && np.head < m.end)
    {
        return None;
    }
    if let Some(m) = places
        .in_range(np.first, np.end)
        .find(|m| places.places[m.place.0].kind == PlaceKind::Site)
    {
        return Some(Target {
            label: doc.slice(m.first, m.end).to_owned(),
            span: doc.span_of(m.first, m.end),
        });
    }
    let head = keys[np.head].as_str();
    let facility_from = lex.longest_ending(keys, np.head, |e| matches!(e, Entry::Facility));
    let facility = facility_from.is_some();
    // A vehicle struck is a target; a vehicle used to ram is the weapon, and is no patient.
    let weapon = lex
        .longest_ending(
            keys,
            np.head,
            |e| matches!(e, Entry::Weapon(w) if *w != Weapon::Vehicle),
        )
        .is_some();
    let person = lex
        .longest_ending(keys, np.head, |e| matches!(e, Entry::PersonNoun(_)))
        .is_some();
    let thing = lex.word_class(head).is_some_and(|c| {
        matches!(
            c.noun_class,
            Some(NounClass::Artifact | NounClass::Location)
        ) && c.noun
    });
    // A title heads a person ("the second secretary of the embassy"); a part of a
    // building ("the windows") is no target of its own.
    let title = lex
        .longest_ending(keys, np.head, |e| matches!(e, Entry::Title(_)))
        .is_some();
    if person
        || weapon
        || title
        || roles::PARTS.contains(&head)
        || !(facility || thing)
        || places.in_range(np.head, np.head + 1).next().is_some()
    {
        return None;
    }
    if facility {
        let sentence_end = doc.sentences[doc.tokens[np.head].sent].end;
        with_owner(doc, keys, lex, np.end, sentence_end, false)?;
    }
    // A place phrase ("the area", "a residential neighborhood") says where, not what; a
    // facility named by more words ("power lines") is a thing.
    if WHERE_NOUNS.contains(&head) && facility_from.is_none_or(|from| from == np.head) {
        return None;
    }
    // A count is not part of what was struck: "six armored vehicles" → "armored vehicles".
    let mut first = np.first;
    while first < np.head
        && (doc.tokens[first].kind == TokKind::Number
            || COUNT_WORDS.contains(&keys[first].as_str()))
    {
        first += 1;
    }
    Some(Target {
        label: doc.slice(first, np.end).to_owned(),
        span: doc.span_of(first, np.end),
    })
}

/// The target named by the words right before an attack word: a facility or a vehicle ("the
/// Madrid train bombings", "the Birmingham pub blasts", "the embassy bombings") or a named
/// site ("the Old Bailey bombing"). A city alone ("the Paris attacks") names where, and a
/// group ("the IRA bombing") who.
pub(super) fn modifier_target(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    places: &Places,
    t: &Trigger,
) -> Option<Target> {
    let s = doc.sentences[doc.tokens[t.first].sent];
    // A title-cased headline capitalises every word: its words make no name.
    let words = (s.first..s.end)
        .filter(|&k| doc.tokens[k].kind == TokKind::Word)
        .count();
    let capitals = (s.first..s.end)
        .filter(|&k| doc.tokens[k].kind == TokKind::Word && doc.tokens[k].cap)
        .count();
    if doc.cased && capitals * 2 > words {
        return None;
    }
    let thing = |k: usize| {
        let w = keys[k].as_str();
        (!doc.cased || !doc.tokens[k].cap)
            && (lex
                .longest(doc, keys, k, |e| matches!(e, Entry::Facility))
                .is_some_and(|(e, _)| e == k + 1)
                || VEHICLES.contains(&w))
            && lex
                .longest(doc, keys, k, |e| {
                    matches!(e, Entry::Weapon(_) | Entry::Attack(..))
                })
                .is_none()
    };
    // The words before the attack word, past its kind ("suicide", "terrorist").
    let mut end = t.first;
    while end > s.first && matches!(keys[end - 1].as_str(), "suicide" | "terrorist" | "terror") {
        end -= 1;
    }
    // A named site right before it.
    if let Some(m) = places
        .in_range(end.saturating_sub(6).max(s.first), end)
        .find(|m| m.end == end)
    {
        return (places.places[m.place.0].kind == PlaceKind::Site).then(|| Target {
            label: doc.slice(m.first, m.end).to_owned(),
            span: doc.span_of(m.first, m.end),
        });
    }
    let mut first = end;
    while first > s.first && end - first < 3 && thing(first - 1) {
        first -= 1;
    }
    (first < end).then(|| Target {
        label: doc.slice(first, end).to_owned(),
        span: doc.span_of(first, end),
    })
}

/// Vehicles struck by an attack named after them: "the train bombings".
pub(super) const VEHICLES: &[&str] = &[
    "train", "trains", "bus", "buses", "subway", "metro", "tube", "plane", "airliner", "ferry",
    "tram",
];

/// Adds a target unless it is there already: the same words, or the same head with fewer or
/// more words around it ("the shrine" after "the Erawan Shrine", "the popular Erawan Hindu
/// Shrine"). Words that tell another one ("another bus", "two buses") make another target.
pub(super) fn add_target(targets: &mut Vec<Target>, target: Target) {
    if !targets.iter().any(|x| same_target(&x.label, &target.label)) {
        targets.push(target);
    }
}

fn same_target(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.to_lowercase())
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let another = |w: &String| {
        super::super::number::is_number_word(w)
            || w.chars().any(|c| c.is_ascii_digit())
            || matches!(
                w.as_str(),
                "another" | "other" | "second" | "third" | "both" | "first" | "each"
            )
    };
    if wa.iter().chain(&wb).any(another) {
        return false;
    }
    let (Some(ha), Some(hb)) = (wa.last(), wb.last()) else {
        return false;
    };
    ha == hb && (wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w)))
}

/// The end of a facility's target phrase ending at `stop`, taking whose it is when `bare`:
/// "the offices of the local development corporation", "the residence of colonel X" (a
/// described facility, "the finish line of the race", is whole without). None when the words
/// name a person by office instead ("the supreme court of justice president X").
pub(super) fn with_owner(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    stop: usize,
    end: usize,
    bare: bool,
) -> Option<usize> {
    if stop >= end || keys[stop] != "of" {
        return Some(stop);
    }
    let Some(inner) = roles::np_at(doc, keys, lex, stop + 1) else {
        return Some(stop);
    };
    let office = (inner.first + 1..inner.end).any(|t| {
        lex.longest(doc, keys, t, |x| matches!(x, Entry::Title(_)))
            .is_some()
    });
    if office {
        return None;
    }
    if bare && inner.end <= end && doc.tokens[inner.head].kind == TokKind::Word {
        Some(inner.end)
    } else {
        Some(stop)
    }
}

/// Nouns of a place phrase that says where rather than what ("the area", "the scene").
pub(super) const WHERE_NOUNS: &[&str] = &[
    "midair",
    "the area",
    "the scene",
    "area",
    "areas",
    "scene",
    "place",
    "site",
    "region",
    "zone",
    "country",
    "city",
    "town",
    "side",
    "way",
    "part",
    "end",
    "front",
    "top",
    "room",
    "floor",
    "line",
    "lines",
    "point",
    "spot",
    "ground",
    "street",
    "streets",
    "road",
    "roads",
    "neighborhood",
    "neighbourhood",
    "neighborhoods",
    "neighbourhoods",
    "village",
    "villages",
    "towns",
    "highway",
    "highways",
    "outskirts",
    "district",
    "province",
    "department",
    "state",
    "capital",
    "territory",
    "world",
    "home",
];

/// Words that count the things struck rather than describe them.
pub(super) const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "various", "some", "many", "numerous", "dozens", "hundreds", "other", "another", "both", "all",
];

/// Words between a subject and the attack word it did, besides the adverbs and auxiliaries of
/// `roles::BRIDGE`: determiners, modifiers of the attack and verbs of carrying out ("staged",
/// "launched").
pub(super) const ATTACK_BRIDGE: &[&str] = &[
    "is",
    "are",
    "a",
    "an",
    "the",
    "their",
    "its",
    "his",
    "her",
    "two",
    "three",
    "several",
    "twin",
    "deadly",
    "coordinated",
    "simultaneous",
    "suicide",
    "recent",
    "new",
    "another",
    "staged",
    "carried",
    "out",
    "launched",
    "orchestrated",
    "conducted",
    "committed",
    "mounted",
    "executed",
    "perpetrated",
    "masterminded",
    "unleashed",
    "waged",
    "leveled",
    "levelled",
    "on",
];

pub(super) fn is_attacker_noun(lex: &Lexicons, keys: &[String], i: usize) -> Option<usize> {
    lex.longest_ending(keys, i, |e| {
        matches!(e, Entry::PersonNoun(NounKind::Attacker))
    })
}

/// The start of an attacker noun phrase with one modifier word before the noun ("urban
/// guerrillas", "armed men"), when that word is a common word and not a function word.
pub(super) fn with_modifier(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    sentence_first: usize,
    noun_start: usize,
) -> usize {
    let b = noun_start;
    if b > sentence_first
        && doc.tokens[b - 1].kind == TokKind::Word
        && !matches!(
            keys[b - 1].as_str(),
            "the" | "a" | "an" | "and" | "by" | "of" | "that" | "who" | "its" | "their"
        )
        && lex.is_common(&keys[b - 1], 20_000)
        // An adjective or a noun ("urban", "armed", "drug"), not "when" or "hours".
        && lex.word_class(&keys[b - 1]).is_some_and(|c| {
            (c.adj || c.noun && c.usual == Pos::Noun)
                && c.usual != Pos::Adv
                && !matches!(
                    keys[b - 1].as_str(),
                    "hours" | "days" | "weeks" | "night" | "morning" | "evening" | "afternoon"
                        | "today" | "tonight" | "yesterday" | "then" | "now" | "later"
                )
        })
    {
        b - 1
    } else {
        b
    }
}

/// The perpetrators of one attack word.
pub(super) fn perpetrators_of(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &mut Actors,
    t: &Trigger,
) -> Vec<ActorId> {
    let mut out = Vec::new();
    let s = doc.sentences[doc.tokens[t.first].sent];
    let is_group = |actors: &Actors, id: ActorId| actors.actors[id.0].kind == ActorKind::ArmedGroup;
    // Walk back over the bridge to the end of the subject.
    let mut k = t.first;
    let mut steps = 0;
    while k > s.first
        && steps < 6
        && (roles::BRIDGE.contains(&keys[k - 1].as_str())
            || ATTACK_BRIDGE.contains(&keys[k - 1].as_str()))
    {
        k -= 1;
        steps += 1;
    }
    // A parenthesised acronym after a name: "… liberation front (fmln) attacked".
    if k > s.first + 2 && keys[k - 1] == ")" {
        if let Some(open) = (s.first..k - 1).rev().take(4).find(|&j| keys[j] == "(") {
            k = open;
        }
    }
    if k > s.first {
        // An attacker noun ends the subject: "gunmen", "al-Qaida operatives".
        if let Some(noun_start) = is_attacker_noun(lex, keys, k - 1) {
            if let Some(m) = actors
                .mentions
                .iter()
                .find(|m| m.end == noun_start && is_group(actors, m.actor))
            {
                out.push(m.actor);
            } else {
                // "a terrorist attack", "guerrilla attacks": a singular noun right before
                // the attack word says what kind of attack, not who did it.
                let kind_of_attack = k == t.first
                    && noun_start + 1 == k
                    && KIND_MODIFIERS.contains(&keys[k - 1].as_str());
                let unsure = matches!(
                    keys[noun_start].as_str(),
                    "suspect" | "suspects" | "individuals" | "criminals"
                );
                if !(kind_of_attack || unsure) {
                    let b = with_modifier(doc, keys, lex, s.first, noun_start);
                    out.push(actors.describe(doc, keys, b, k, ActorKind::Person));
                }
            }
        } else if let Some(m) = actors
            .mentions
            .iter()
            .find(|m| m.end == k && is_group(actors, m.actor))
        {
            out.push(m.actor);
            // "urban guerrillas of the fmln attacked": the described individuals too.
            let mut p = m.first;
            if p > s.first + 1 && keys[p - 1] == "the" {
                p -= 1;
            }
            if p > s.first + 1 && keys[p - 1] == "of" {
                if let Some(noun_start) = is_attacker_noun(lex, keys, p - 2) {
                    let b = with_modifier(doc, keys, lex, s.first, noun_start);
                    out.push(actors.describe(doc, keys, b, p - 1, ActorKind::Person));
                }
            }
        } else if k >= s.first + 2
            && keys[k - 2] == "the"
            && matches!(
                keys[k - 1].as_str(),
                "militia"
                    | "group"
                    | "movement"
                    | "organization"
                    | "organisation"
                    | "rebels"
                    | "insurgents"
                    | "militants"
            )
        {
            if let Some((id, _)) = actors.resolve(doc, keys, k - 2, k) {
                if is_group(actors, id) {
                    out.push(id);
                }
            }
        }
    }
    // "an al-Nusra attack": a group right before the attack word.
    if let Some(m) = actors.mentions.iter().find(|m| {
        (m.end == t.first || m.end + 1 == t.first && keys[m.end] == "'s")
            && is_group(actors, m.actor)
    }) {
        out.push(m.actor);
    }
    // "by al-Nusra", "carried out by gunmen".
    let mut j = t.end;
    while j < s.end && j < t.end + 5 {
        if keys[j] == "by" {
            if let Some(m) = actors
                .mentions
                .iter()
                .find(|m| m.first > j && m.first <= j + 2 && is_group(actors, m.actor))
            {
                out.push(m.actor);
            } else if let Some(e) =
                (j + 1..(j + 5).min(s.end)).find(|&e| is_attacker_noun(lex, keys, e).is_some())
            {
                // The whole noun phrase when the attacker noun modifies its head ("urban
                // guerrilla commandos"), else the noun with one modifier.
                let np = roles::np_at(doc, keys, lex, j + 1)
                    .filter(|np| np.head >= e && is_attacker_noun(lex, keys, np.head).is_some());
                let (start, end) = match np {
                    Some(np) => {
                        // Words of judgement describe the speaker, not the doers
                        // ("despicable perpetrators").
                        let mut first = np.first;
                        while first < np.head && EVALUATIVE.contains(&keys[first].as_str()) {
                            first += 1;
                        }
                        (first, np.head + 1)
                    }
                    None => (is_attacker_noun(lex, keys, e).unwrap_or(e), e + 1),
                };
                out.push(actors.describe(doc, keys, start, end, ActorKind::Person));
            }
            break;
        }
        if matches!(keys[j].as_str(), "," | ";" | "." | "that" | "which") {
            break;
        }
        j += 1;
    }
    out
}

/// The target noun phrase starting at token `k`: determiners and adjectives up to a facility
/// word (at most six words), or a named site.
pub(super) fn target_at(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    places: &Places,
    k: usize,
    end: usize,
) -> Option<Target> {
    let mut a = k;
    while a < end
        && matches!(
            keys[a].as_str(),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "two"
                | "three"
                | "several"
                | "twin"
        )
    {
        a += 1;
    }
    // "at least ten buses", "in front of the embassy", "today outside the offices": what
    // follows is the target.
    loop {
        match (
            keys.get(a).map(String::as_str),
            keys.get(a + 1).map(String::as_str),
        ) {
            (Some("least" | "most" | "today" | "yesterday" | "tonight"), _) if a < end => a += 1,
            (Some("outside" | "inside" | "near"), _) if a < end => a += 1,
            (Some("front" | "vicinity" | "outskirts" | "side" | "rear" | "middle"), Some("of")) => {
                a += 2
            }
            _ => break,
        }
        while a < end && matches!(keys[a].as_str(), "the" | "a" | "an" | "its" | "their") {
            a += 1;
        }
    }
    if let Some(m) = places
        .mentions
        .iter()
        .find(|m| m.first == a && places.places[m.place.0].kind == PlaceKind::Site)
    {
        let label = doc.slice(m.first, m.end).to_owned();
        return Some(Target {
            label,
            span: doc.span_of(m.first, m.end),
        });
    }
    let mut j = a;
    while j < end && j < a + 6 {
        if matches!(
            keys[j].as_str(),
            "," | "."
                | ";"
                | ":"
                | "and"
                | "in"
                | "on"
                | "at"
                | "with"
                | "by"
                | "that"
                | "which"
                | "who"
                | "where"
                | "when"
                | "after"
                | "before"
                | "since"
                | "killing"
                | "wounding"
        ) || !doc.tokens[j].is_wordlike() && keys[j] != "-"
            || doc.tokens[j].kind == TokKind::Number
        {
            break;
        }
        if lex
            .longest(doc, keys, j, |x| {
                matches!(x, Entry::Attack(..) | Entry::Speech | Entry::Casualty(..))
            })
            .is_some()
        {
            break;
        }
        if let Some((e, _)) = lex.longest(doc, keys, j, |x| matches!(x, Entry::Facility)) {
            // Take the longest facility phrase ending the noun phrase.
            let mut stop = e;
            while let Some((e2, _)) = lex.longest(doc, keys, stop, |x| matches!(x, Entry::Facility))
            {
                stop = e2;
            }
            // "university student Mario Flores", "embassy staff": a facility word that
            // modifies a person noun or a title names where the person works.
            // "the peruvian town of yunguyo": a place word says where (a home struck is
            // a target still).
            if stop == e
                && e == j + 1
                && keys[j] != "home"
                && WHERE_NOUNS.contains(&keys[j].as_str())
            {
                return None;
            }
            let names_person = stop < end
                && lex
                    .longest(doc, keys, stop, |x| {
                        matches!(x, Entry::PersonNoun(_) | Entry::Title(_))
                    })
                    .is_some();
            if names_person {
                return None;
            }
            // "the offices of the local development corporation": whose offices they are
            // belongs to what a bare facility word names.
            stop = with_owner(doc, keys, lex, stop, end, stop == a + 1)?;
            if stop <= end {
                let label = doc.slice(a, stop).to_owned();
                return Some(Target {
                    label,
                    span: doc.span_of(a, stop),
                });
            }
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::same_target;

    #[test]
    fn one_target_in_fewer_or_more_words_is_one_target() {
        for (a, b, same) in [
            ("Erawan Shrine", "shrine", true),
            ("Erawan Shrine", "popular Erawan Hindu Shrine", true),
            ("the finish line", "Boston Marathon finish line", true),
            ("Erawan Shrine", "Hindu shrine", false),
            ("bus", "another bus", false),
            ("bus", "two buses", false),
            ("police station", "police car", false),
        ] {
            assert_eq!(same_target(a, b), same, "{a} / {b}");
        }
    }
}
