//! Attacks: detected from the words that report violence, split into the main attack and the
//! earlier attacks an article cites (by their years), with place, date, perpetrators,
//! claims, weapons, targets, named victims and responders.
//!
//! A weak word ("attack", "explosion", "raid") counts only with violent context near it
//! (attackers, weapons, armed groups, another attack word, casualties) and never in a sports,
//! medical or cyber context; a story about an earthquake, a crash or a match gets no attack.
//! No word counts when it is meant in words ("ambushed by a question"), in fiction (a film
//! review), of an animal or a disease, or of an explosion the story puts down to an accident.

use super::actors::{Actors, Mention, past_auxiliaries};
use super::dates::{self, TimeValue};
use super::lexicon::{Entry, LEXICONS, Lexicons, NounClass, NounKind, Pos};
use super::places::Places;
use super::roles::{self, Arg, Np, Role};
use super::text::{Doc, TokKind};
use crate::event::{
    ActorId, ActorKind, Attack, AttackType, CasualtyKind, PlaceId, PlaceKind, Target, Weapon,
    WeaponMention,
};
use jiff::civil::Date;
use std::collections::BTreeMap;

/// A word reporting an attack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trigger {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) attack_type: AttackType,
    pub(crate) strong: bool,
}

/// The attacks of an article and which sentences report each.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) attacks: Vec<Attack>,
    /// For each sentence, the attack it reports, if any.
    pub(crate) sentence_attack: Vec<Option<usize>>,
    /// Each attack word's first token and its attack, in text order: a sentence may tell of
    /// two attacks ("the deadliest since February 2019, when a bombing killed 40").
    pub(crate) trigger_attack: Vec<(usize, usize)>,
    /// Index of the main attack, if the article reports one.
    pub(crate) main: Option<usize>,
}

const SPORTS: &[&str] = &[
    "match",
    "goal",
    "goals",
    "striker",
    "football",
    "soccer",
    "basketball",
    "league",
    "season",
    "coach",
    "tournament",
    "scored",
    "midfielder",
    "defender",
    "penalty",
    "championship",
    "quarterback",
    "innings",
    "wicket",
    "playoff",
    "playoffs",
    "rugby",
    "cricket",
    "premier",
    "touchdown",
    "offense",
    "offence",
    "half-time",
    "halftime",
    "header",
    "rebound",
    "referee",
    "goalkeeper",
    "equaliser",
    "equalizer",
    "hat-trick",
    "midfield",
    "kick-off",
    "chess",
    "grandmaster",
    "checkmate",
];

/// Words of an accident rather than an attack, near an explosion.
const ACCIDENT: &[&str] = &[
    "accident",
    "accidental",
    "accidentally",
    "leak",
    "methane",
    "malfunction",
    "faulty",
    "short-circuit",
    "boiler",
    "firedamp",
    "blast furnace",
    "furnace",
    "refinery",
    "fireworks",
    "leaking",
    "welding",
    "spark",
    "demolition",
    "test",
    "anomaly",
];

/// Words of films, books, games and the stage: a review or an actor's obituary tells of
/// raids and sieges that nobody suffered. Three of them make a story one about fiction.
const FICTION: &[&str] = &[
    "film",
    "films",
    "movie",
    "movies",
    "thriller",
    "novel",
    "novels",
    "screenplay",
    "actor",
    "actors",
    "actress",
    "starring",
    "starred",
    "filmed",
    "multiplayer",
    "gameplay",
    "gamers",
    "players",
    "episode",
    "episodes",
    "sequel",
    "sitcom",
    "drama",
    "viewers",
    "studio",
];

/// Words that, in a story about fiction, put a sentence in the fiction: "in his most famous
/// role", "the actors shoot most scenes".
const FICTION_MARKERS: &[&str] = &[
    "role",
    "roles",
    "scene",
    "scenes",
    "screen",
    "plot",
    "character",
    "characters",
    "game",
    "games",
    "series",
    "script",
    "ratings",
    "critics",
    "review",
];

/// What attacks a body without being anyone: "the virus attacks the lungs".
const DISEASE: &[&str] = &[
    "virus",
    "viruses",
    "bacteria",
    "bacterium",
    "disease",
    "diseases",
    "infection",
    "cancer",
    "immune",
    "pathogen",
    "parasite",
    "parasites",
    "fungus",
    "tumour",
    "tumours",
    "tumor",
    "tumors",
    "t-cells",
];

/// Industries whose "mine" is a pit, not a weapon.
const MINING: &[&str] = &[
    "coal", "gold", "copper", "salt", "diamond", "tin", "iron", "uranium", "silver", "jade",
    "lithium",
];

/// True for "mine" in "coal mine": the word names a pit.
fn mining_site(keys: &[String], k: usize) -> bool {
    matches!(keys[k].as_str(), "mine" | "mines") && k > 0 && MINING.contains(&keys[k - 1].as_str())
}
const NEGATIVE_BEFORE: &[&str] = &[
    "heart",
    "panic",
    "asthma",
    "anxiety",
    "cyber",
    "verbal",
    "personal",
    "political",
    "counter",
    "ransomware",
    "malware",
    "phishing",
    "hacking",
    "ddos",
    "denial-of-service",
];

/// Forces of nature: a wildfire, a flood or a quake burns, destroys and kills without an
/// attacker.
const NATURAL: &[&str] = &[
    "wildfire",
    "wildfires",
    "bushfire",
    "bushfires",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "earthquake",
    "quake",
    "floods",
    "flooding",
    "landslide",
    "landslides",
    "avalanche",
    "lightning",
    "eruption",
    "tsunami",
    // Not "storm": gunmen storm hotels.
    "cyclone",
    "blizzard",
    "drought",
    "heatwave",
];

/// Verbs and nouns of statistics: "assaults fell by 18 percent".
const TREND: &[&str] = &[
    "fell",
    "rose",
    "dropped",
    "declined",
    "increased",
    "decreased",
    "doubled",
    "halved",
    "percent",
    "statistics",
];

/// Words of rehearsal before an attack word: officers who "practise shooting", troops who
/// "simulate an ambush".
const REHEARSAL: &[&str] = &[
    "practise",
    "practice",
    "practising",
    "practicing",
    "rehearse",
    "rehearsing",
    "simulate",
    "simulated",
    "simulating",
    "mock",
];
const HYPOTHETICAL: &[&str] = &[
    "more",
    "future",
    "possible",
    "potential",
    "further",
    "numerous",
    "smaller",
    "any",
    "prevent",
    "preventing",
    "threat",
    "threats",
    "new",
    "similar",
    "such",
    "repeated",
    "frequent",
    "planning",
    "plotting",
    "foil",
    "foiled",
];
const CLAIM: &[&str] = &[
    "claimed", "claims", "claim", "asserted", "took", "accepted", "admitted",
];

fn trigger_at(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, i: usize) -> Option<Trigger> {
    let (end, entry) = lex.longest(doc, keys, i, |e| matches!(e, Entry::Attack(..)))?;
    let Entry::Attack(attack_type, strong) = entry else {
        return None;
    };
    Some(Trigger {
        first: i,
        end,
        attack_type,
        strong,
    })
}

/// True when tokens `first..end` hold violent context other than the trigger at `skip`.
#[expect(
    clippy::too_many_arguments,
    reason = "the shared state of one extraction"
)]
fn violent_context(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &Actors,
    first: usize,
    end: usize,
    skip: (usize, usize),
    casualties_count: bool,
) -> bool {
    let mut k = first;
    while k < end {
        if k >= skip.0 && k < skip.1 {
            k += 1;
            continue;
        }
        let w = keys[k].as_str();
        if w.starts_with("terror")
            || matches!(
                w,
                "militant"
                    | "militants"
                    | "suicide"
                    | "insurgent"
                    | "insurgents"
                    | "jihadist"
                    | "jihadists"
                    | "extremist"
                    | "extremists"
            )
        {
            return true;
        }
        if mining_site(keys, k) || flop(doc, keys, lex, k) {
            k += 1;
            continue;
        }
        if let Some((e, entry)) = lex.longest(doc, keys, k, |x| {
            matches!(
                x,
                Entry::Weapon(_)
                    | Entry::PersonNoun(NounKind::Attacker)
                    | Entry::Attack(..)
                    | Entry::Casualty(..)
            )
        }) {
            let relevant = match entry {
                // "police ruled out arson", "no evidence of a bombing".
                _ if denied(keys, doc.sentences[doc.tokens[k].sent].first, k) => false,
                // "the bomb squad", "a bomb scare": no weapon used.
                Entry::Weapon(w) => {
                    !matches!(w, Weapon::Vehicle | Weapon::Chemical | Weapon::Incendiary)
                        && !keys.get(e).is_some_and(|n| {
                            matches!(
                                n.as_str(),
                                "squad" | "squads" | "disposal" | "scare" | "threat" | "threats"
                            )
                        })
                }
                Entry::Casualty(kind, _) => {
                    casualties_count
                        && matches!(
                            kind,
                            crate::event::CasualtyKind::Killed
                                | crate::event::CasualtyKind::Injured
                                | crate::event::CasualtyKind::Hostage
                        )
                }
                Entry::Attack(_, strong) => {
                    strong
                        || !matches!(
                            keys[k].as_str(),
                            "blast"
                                | "blasts"
                                | "explosion"
                                | "explosions"
                                | "exploded"
                                | "detonated"
                                | "blew"
                                | "blown"
                        )
                }
                _ => true,
            };
            if relevant {
                return true;
            }
            k = e;
            continue;
        }
        k += 1;
    }
    actors
        .mention_in(first, end)
        .iter()
        .any(|m| actors.actors[m.actor.0].kind == ActorKind::ArmedGroup)
}

/// What an armed agent's verb must have harmed to tell of an attack without an attack word.
#[derive(Clone, Copy)]
enum Harmed {
    People,
    Facility,
    Aimed,
}

fn window(doc: &Doc<'_>, sent: usize, radius: usize) -> (usize, usize) {
    let a = doc.sentences[sent.saturating_sub(radius)].first;
    let b = doc.sentences[(sent + radius).min(doc.sentences.len() - 1)].end;
    (a, b)
}

/// How many of the words of `list` a document uses.
fn distinct_words(keys: &[String], list: &[&str]) -> usize {
    let mut found: Vec<&str> = keys
        .iter()
        .map(String::as_str)
        .filter(|w| list.contains(w))
        .collect();
    found.sort_unstable();
    found.dedup();
    found.len()
}

/// The accepted triggers of a document.
pub(crate) fn triggers(doc: &Doc<'_>, keys: &[String], actors: &Actors) -> Vec<Trigger> {
    let lex = &*LEXICONS;
    let mut out = Vec::new();
    // A match report: its "attack", "shot" and "stabbed in the rebound" are football; only a
    // sentence with a weapon or a death is violence there.
    let sports_doc = distinct_words(keys, SPORTS) >= 3;
    let fiction_doc = distinct_words(keys, FICTION) >= 3;
    let has_casualty = |s: &super::text::Sentence| {
        (s.first..s.end).any(|k| {
            lex.longest(doc, keys, k, |e| {
                matches!(
                    e,
                    Entry::Casualty(CasualtyKind::Killed | CasualtyKind::Injured, _)
                )
            })
            .is_some()
        })
    };
    // An explosion the story puts down to an accident ("a gas explosion", "the warehouse of
    // fireworks exploded") is what its later "the blast" refers to.
    // Every attack word, once: the checks below look at them all before judging each.
    let mut words = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match trigger_at(doc, keys, lex, i) {
            Some(t) => {
                i = t.end;
                words.push(t);
            }
            None => i += 1,
        }
    }
    let accidental_blast = words.iter().any(|t| {
        t.attack_type == AttackType::Bombing
            && !t.strong
            && (accidental(keys, t) || {
                let s = doc.sentences[doc.tokens[t.first].sent];
                keys[s.first..s.end]
                    .iter()
                    .any(|w| ACCIDENT.contains(&w.as_str()))
            })
    });
    // An animal's attack ("attacked by a brown bear", "a shark attack") is what the story's
    // later "the attack" refers to.
    let animal_attack = words
        .iter()
        .any(|t| animal_agent(doc, keys, lex, actors, t));
    for t in words {
        let sent = doc.tokens[t.first].sent;
        let s = doc.sentences[sent];
        let sentence_words = &keys[s.first..s.end];
        if sentence_words
            .iter()
            .filter(|w| SPORTS.contains(&w.as_str()))
            .count()
            >= 1
        {
            continue;
        }
        if t.first > 0 && NEGATIVE_BEFORE.contains(&keys[t.first - 1].as_str()) {
            continue;
        }
        // "…, killing seven workers": the participle tells what something else did; only the
        // noun ("the killing of", "a terrorist killing") reports an attack of its own.
        if keys[t.first] == "killing"
            && keys.get(t.end).is_none_or(|w| w != "of")
            && (t.first == s.first
                || matches!(
                    keys[t.first - 1].as_str(),
                    "," | "and"
                        | "by"
                        | "in"
                        | "after"
                        | "while"
                        | "before"
                        | "for"
                        | "from"
                        | "of"
                        | "without"
                ))
        {
            continue;
        }
        // A review: the film's hijacking, the game's air strikes. A sentence that counts dead
        // or wounded still tells of real violence (a shooting at a film's premiere).
        if fiction_doc
            && sentence_words
                .iter()
                .any(|w| FICTION.contains(&w.as_str()) || FICTION_MARKERS.contains(&w.as_str()))
            && !has_casualty(&s)
        {
            continue;
        }
        // "the virus attacks the respiratory system".
        if !t.strong
            && matches!(
                keys[t.first].as_str(),
                "attack" | "attacks" | "attacked" | "attacking" | "assault" | "assaults"
            )
            && sentence_words.iter().any(|w| DISEASE.contains(&w.as_str()))
        {
            continue;
        }
        if sports_doc
            && !(s.first..s.end).any(|k| {
                lex.longest(doc, keys, k, |e| {
                    matches!(
                        e,
                        Entry::Weapon(_) | Entry::Casualty(CasualtyKind::Killed, _)
                    )
                })
                .is_some()
            })
        {
            continue;
        }
        // "more attacks", "numerous smaller attacks": no single event.
        let before = &keys[t.first.saturating_sub(3).max(s.first)..t.first];
        if before.iter().any(|w| HYPOTHETICAL.contains(&w.as_str())) && !t.strong {
            continue;
        }
        if before.iter().any(|w| REHEARSAL.contains(&w.as_str())) {
            continue;
        }
        // "attacked the policy", "an attack on his record", "attack helicopters": words or a
        // kind of machine, not violence.
        if matches!(
            keys[t.first].as_str(),
            "attack" | "attacks" | "attacked" | "attacking" | "assault" | "assaults"
        ) && (verbal_object(doc, keys, lex, t.end) || weapon_class_modifier(keys, lex, &t))
        {
            continue;
        }
        if figurative(doc, keys, lex, actors, &t) {
            continue;
        }
        // "police have ruled out arson", "no evidence of a bombing": the attack denied.
        if denied(keys, s.first, t.first) {
            continue;
        }
        if flop(doc, keys, lex, t.first) {
            continue;
        }
        // "a wildfire has burned 80 homes".
        if !t.strong && sentence_words.iter().any(|w| NATURAL.contains(&w.as_str())) {
            continue;
        }
        let (a, b) = window(doc, sent, 1);
        // An explosion is an attack only with signs of intent nearby (a bomb, attackers, a
        // group): gas explosions kill people too.
        let blast = t.attack_type == AttackType::Bombing && !t.strong;
        if blast
            && sentence_words
                .iter()
                .any(|w| ACCIDENT.contains(&w.as_str()))
        {
            continue;
        }
        if blast && accidental(keys, &t) {
            continue;
        }
        // "an envelope she was opening exploded", "a suitcase blew up": what carried the
        // charge was made to.
        let carried = blast
            && (t.first.saturating_sub(8).max(s.first)..t.first)
                .any(|k| CARRIERS.contains(&keys[k].as_str()));
        // After an accidental explosion, "the blast" needs signs of intent in its own
        // sentence, and so does "the attack" after an animal's.
        let (a, b) = if blast && accidental_blast || !t.strong && animal_attack {
            (s.first, s.end)
        } else {
            (a, b)
        };
        if !t.strong
            && !carried
            && !violent_context(doc, keys, lex, actors, a, b, (t.first, t.end), !blast)
        {
            continue;
        }
        out.push(t);
    }
    // The later passes look only at sentences without an attack word yet, and never at a
    // match report, an accident or a storm.
    let open_sentence = |out: &[Trigger], si: usize, s: &super::text::Sentence| {
        !out.iter().any(|t| doc.tokens[t.first].sent == si)
            && !keys[s.first..s.end].iter().any(|w| {
                SPORTS.contains(&w.as_str())
                    || ACCIDENT.contains(&w.as_str())
                    || NATURAL.contains(&w.as_str())
            })
    };
    // A sentence that kills or wounds people with a bomb or a gun reports an attack even
    // without an attack word: "15 civilians were killed when their vehicle hit a roadside
    // bomb". The weapon stands for the attack word.
    for (si, s) in doc.sentences.iter().enumerate() {
        if !open_sentence(&out, si, s) {
            continue;
        }
        if !has_casualty(s) {
            continue;
        }
        let mut k = s.first;
        while k < s.end {
            if mining_site(keys, k) {
                k += 1;
                continue;
            }
            if let Some((e, Entry::Weapon(w))) =
                lex.longest(doc, keys, k, |x| matches!(x, Entry::Weapon(_)))
            {
                let attack_type = match w {
                    Weapon::Explosive | Weapon::Grenade | Weapon::Rocket => {
                        Some(AttackType::Bombing)
                    }
                    Weapon::Firearm => Some(AttackType::ArmedAssault),
                    Weapon::Melee => Some(AttackType::ArmedAssault),
                    _ => None,
                };
                // "bomb squad", "gun laws": the word modifies something else.
                let modifier = keys.get(e).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "squad"
                            | "disposal"
                            | "laws"
                            | "law"
                            | "control"
                            | "threat"
                            | "scare"
                            | "attack"
                            | "attacks"
                    )
                });
                if let (Some(attack_type), false) =
                    (attack_type, modifier || lex.is_weapon_act(&keys[k..e]))
                {
                    out.push(Trigger {
                        first: k,
                        end: e,
                        attack_type,
                        strong: true,
                    });
                    break;
                }
                k = e;
                continue;
            }
            k += 1;
        }
    }
    // Armed men who kill or abduct people attack them, with or without an attack word:
    // "army troops killed nine peasants", "guerrillas kidnapped two engineers". Whoever harms
    // the attackers (police who shot the gunman) is the response, not an attack.
    for (si, s) in doc.sentences.iter().enumerate() {
        if !open_sentence(&out, si, s) {
            continue;
        }
        for k in s.first..s.end {
            // What the verb must have done for the armed men's deed to be an attack: harmed
            // people, struck a facility ("the eln destroyed the oil terminal"), or aimed shots
            // ("armed individuals shot repeatedly at the newspaper's offices").
            let (attack_type, needs) = match keys[k].as_str() {
                "killed" | "murdered" | "massacred" | "executed" | "machinegunned" => {
                    (AttackType::ArmedAssault, Harmed::People)
                }
                "kidnapped" | "kidnaped" | "abducted" => (AttackType::Kidnapping, Harmed::People),
                "burned" | "burnt" | "torched" => (AttackType::Arson, Harmed::Facility),
                "destroyed" => (AttackType::Other, Harmed::Facility),
                "shot" | "fired" => {
                    let mut a = k + 1;
                    while a < s.end && keys[a].ends_with("ly") {
                        a += 1;
                    }
                    if keys
                        .get(a)
                        .is_some_and(|w| matches!(w.as_str(), "at" | "on" | "upon"))
                    {
                        (AttackType::ArmedAssault, Harmed::Aimed)
                    } else if keys[k] == "shot" {
                        // "armed men shot the mayor dead".
                        (AttackType::ArmedAssault, Harmed::People)
                    } else {
                        continue;
                    }
                }
                "stabbed" | "beheaded" | "gunned" => (AttackType::ArmedAssault, Harmed::People),
                _ => continue,
            };
            let args = roles::arguments(doc, keys, lex, k, k + 1);
            let armed = |np: Np| {
                lex.longest_ending(keys, np.head, |e| {
                    matches!(
                        e,
                        Entry::PersonNoun(NounKind::Attacker | NounKind::Security)
                    )
                })
                .is_some()
                    // "three heavily armed men", "masked men".
                    || np.head > np.first
                        && keys[np.first..np.head]
                            .iter()
                            .any(|w| matches!(w.as_str(), "armed" | "masked" | "hooded"))
                        && lex
                            .longest_ending(keys, np.head, |e| {
                                matches!(e, Entry::PersonNoun(NounKind::Person))
                            })
                            .is_some()
                    || actors.mention_in(np.first, np.end).iter().any(|m| {
                        matches!(
                            actors.actors[m.actor.0].kind,
                            ActorKind::ArmedGroup | ActorKind::SecurityForce
                        )
                    })
            };
            let agent = args.iter().any(|a| a.role == Role::Agent && armed(a.np));
            // Forces that destroy or fire at things are fighting or policing: only
            // attackers' deeds on things are attacks here.
            let attackers = args.iter().any(|a| {
                a.role == Role::Agent
                    && (lex
                        .longest_ending(keys, a.np.head, |e| {
                            matches!(e, Entry::PersonNoun(NounKind::Attacker))
                        })
                        .is_some()
                        || actors
                            .mention_in(a.np.first, a.np.end)
                            .iter()
                            .any(|m| actors.actors[m.actor.0].kind == ActorKind::ArmedGroup))
            });
            let people_harmed = args.iter().any(|a| {
                a.role == Role::Patient
                    && !armed(a.np)
                    && (lex
                        .longest_ending(keys, a.np.head, |e| matches!(e, Entry::PersonNoun(_)))
                        .is_some()
                        || actors
                            .mention_in(a.np.first, a.np.end)
                            .iter()
                            .any(|m| actors.actors[m.actor.0].kind == ActorKind::Person))
            });
            let facility_struck = args.iter().any(|a| {
                a.role == Role::Patient
                    && lex
                        .longest_ending(keys, a.np.head, |e| matches!(e, Entry::Facility))
                        .is_some()
            });
            let done = match needs {
                Harmed::People => people_harmed,
                Harmed::Facility => attackers && facility_struck,
                Harmed::Aimed => attackers,
            };
            if agent && done {
                out.push(Trigger {
                    first: k,
                    end: k + 1,
                    attack_type,
                    strong: true,
                });
                break;
            }
        }
    }
    // A bomb or grenade thrown, hurled, planted or set off reports a bombing, whether or not
    // it hurt anyone: "two men threw a bomb at the offices", "a grenade was hurled at the
    // police station".
    for (si, s) in doc.sentences.iter().enumerate() {
        if !open_sentence(&out, si, s) {
            continue;
        }
        let Some(k) = (s.first..s.end).find(|&k| {
            !matches!(keys[k].as_str(), "left" | "abandoned") && placed_weapon(doc, keys, lex, k)
        }) else {
            continue;
        };
        let weapon_of = |w: fn(Weapon) -> bool| {
            (s.first..s.end).any(|j| {
                matches!(
                    lex.longest(doc, keys, j, |e| matches!(e, Entry::Weapon(_))),
                    Some((_, Entry::Weapon(x))) if w(x)
                )
            })
        };
        let explosive =
            weapon_of(|w| matches!(w, Weapon::Explosive | Weapon::Grenade | Weapon::Incendiary));
        // "a corrosive liquid was thrown at her": acid thrown at someone.
        let thrown_at = matches!(keys[k].as_str(), "threw" | "thrown" | "hurled")
            && (k + 1..(k + 6).min(s.end)).any(|j| keys[j] == "at")
            && weapon_of(|w| w == Weapon::Chemical);
        if explosive || thrown_at {
            out.push(Trigger {
                first: k,
                end: k + 1,
                attack_type: if explosive {
                    AttackType::Bombing
                } else {
                    AttackType::ArmedAssault
                },
                strong: true,
            });
        }
    }
    // Shots fired at people who were killed or wounded: "a vessel which fired automatic
    // weapons … one man was killed", "gunmen fired on the car; two died".
    for (si, s) in doc.sentences.iter().enumerate() {
        if !open_sentence(&out, si, s) {
            continue;
        }
        let Some(k) = (s.first..s.end).find(|&k| {
            matches!(keys[k].as_str(), "fired" | "firing")
                && (keys
                    .get(k + 1)
                    .is_some_and(|w| matches!(w.as_str(), "on" | "at" | "upon" | "shots"))
                    || (k + 1..(k + 4).min(s.end)).any(|j| {
                        matches!(
                            lex.longest(doc, keys, j, |e| matches!(e, Entry::Weapon(_))),
                            Some((_, Entry::Weapon(Weapon::Firearm)))
                        )
                    }))
        }) else {
            continue;
        };
        let last = (si + 2).min(doc.sentences.len() - 1);
        let harmed = (s.first..doc.sentences[last].end).any(|j| {
            matches!(
                keys[j].as_str(),
                "killed" | "wounded" | "injured" | "died" | "dead" | "kidnapped" | "kidnaped"
            )
        });
        if harmed {
            out.push(Trigger {
                first: k,
                end: k + 1,
                attack_type: AttackType::ArmedAssault,
                strong: true,
            });
        }
    }
    // A document whose only attack words are quoted and which tells of nothing violent besides
    // uses them as figures of speech: "it was a massacre for investors," a trader said.
    if out.iter().all(|t| quoted(doc, keys, t.first))
        && !out.iter().any(|t| {
            violent_context(
                doc,
                keys,
                lex,
                actors,
                0,
                keys.len(),
                (t.first, t.end),
                true,
            )
        })
    {
        out.clear();
    }
    // A headline whose story tells of no attack does not make one alone: "minister ambushed
    // over rail delays" above a story of a radio interview.
    // A story that counts dead or wounded, or names a weapon, still tells of the headline's
    // attack in other words.
    let headline = doc.sentences.iter().filter(|s| s.para == 0).count();
    let body: Vec<_> = doc.sentences.iter().filter(|s| s.para > 0).collect();
    let quiet_body = || {
        body.iter().all(|s| {
            !has_casualty(s)
                && !(s.first..s.end).any(|k| {
                    // Not a car: every story has one.
                    lex.longest(
                        doc,
                        keys,
                        k,
                        |e| matches!(e, Entry::Weapon(w) if *w != Weapon::Vehicle),
                    )
                    .is_some()
                })
        })
    };
    if headline == 1
        && body.len() >= 2
        && out
            .iter()
            .all(|t| doc.sentences[doc.tokens[t.first].sent].para == 0)
        && quiet_body()
    {
        out.clear();
    }
    out.sort_by_key(|t| t.first);
    out
}

/// True for an explosion named by what blew up by accident: "a gas explosion", "the boiler
/// exploded", and the bomb squad's own "controlled explosion".
fn accidental(keys: &[String], t: &Trigger) -> bool {
    t.first > 0
        && matches!(
            keys[t.first - 1].as_str(),
            "gas"
                | "boiler"
                | "factory"
                | "warehouse"
                | "mine"
                | "volcanic"
                | "accidental"
                | "industrial"
                | "chemical"
                | "pipeline"
                | "tanker"
                | "controlled"
        )
}

/// True when an attack word is meant in words, or tells of what no person did: "ambushed by a
/// question", "attacked by a brown bear", "the script had been murdered", "raid the public
/// purse", "shooting itself in the foot", "the devices set fire to furniture", "reported
/// assaults fell".
fn figurative(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &Actors,
    t: &Trigger,
) -> bool {
    let s = doc.sentences[doc.tokens[t.first].sent];
    // "ambushed by a question", "attacked over his remarks": words did it.
    if keys
        .get(t.end)
        .filter(|w| matches!(w.as_str(), "by" | "over"))
        .and_then(|_| roles::np_at(doc, keys, lex, t.end + 1))
        .is_some_and(|np| abstract_noun(lex, &keys[np.head]))
    {
        return true;
    }
    if animal_agent(doc, keys, lex, actors, t) {
        return true;
    }
    // "the script had been murdered in the edit": a passive whose subject is words.
    let mut aux = t.first;
    while aux > s.first
        && matches!(
            keys[aux - 1].as_str(),
            "been" | "was" | "were" | "is" | "are" | "be" | "being" | "had" | "has" | "have" | "\""
        )
    {
        aux -= 1;
    }
    if aux < t.first
        && roles::np_before(doc, keys, lex, aux)
            .is_some_and(|np| np.end == aux && abstract_noun(lex, &keys[np.head]))
    {
        return true;
    }
    // "a campaign to raid the public purse".
    if matches!(
        keys[t.first].as_str(),
        "raid" | "raided" | "raiding" | "raids"
    ) && roles::np_at(doc, keys, lex, t.end)
        .is_some_and(|np| PURSE.contains(&keys[np.head].as_str()))
    {
        return true;
    }
    // "shooting itself in the foot".
    if keys.get(t.end).is_some_and(|w| {
        matches!(
            w.as_str(),
            "himself" | "herself" | "itself" | "themselves" | "yourself" | "ourselves"
        )
    }) && keys
        .get(t.end + 1..t.end + 4)
        .is_some_and(|w| w == ["in", "the", "foot"])
    {
        return true;
    }
    // "a fire in which the devices set fire to furniture": a thing, not a person, lit it.
    if t.attack_type == AttackType::Arson
        && !t.strong
        && roles::np_before(doc, keys, lex, t.first).is_some_and(|np| {
            np.end == t.first
                && lex
                    .word_class(&keys[np.head])
                    .is_some_and(|c| c.noun_class == Some(NounClass::Artifact))
                && lex
                    .longest_ending(keys, np.head, |e| matches!(e, Entry::Weapon(_)))
                    .is_none()
        })
    {
        return true;
    }
    // "reported assaults fell by 18 percent": a count of many, no event. The trend is
    // said of the attack word itself, a few words on.
    if !t.strong
        && keys[t.end - 1].ends_with('s')
        && keys[t.end..(t.end + 6).min(s.end)]
            .iter()
            .any(|w| TREND.contains(&w.as_str()))
    {
        return true;
    }
    false
}

/// What a bomb is hidden in or sent as: an envelope or a suitcase that explodes was made to.
const CARRIERS: &[&str] = &[
    "envelope",
    "envelopes",
    "parcel",
    "parcels",
    "package",
    "packages",
    "suitcase",
    "suitcases",
    "backpack",
    "backpacks",
    "rucksack",
    "rucksacks",
];

/// What is raided only for its money: "raid the public purse", "raided the pension fund".
const PURSE: &[&str] = &[
    "purse", "coffers", "fund", "funds", "savings", "pension", "pensions", "reserves", "treasury",
];

/// True for an attack word an animal did: "a shark attack", "attacked by a brown bear".
fn animal_agent(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &Actors,
    t: &Trigger,
) -> bool {
    // "Drones" are weapons before they are bees, and the "Tamil Tiger" attack is the rebels'.
    let animal = |k: usize| {
        actors.mentions.iter().all(|m| !(m.first <= k && k < m.end))
            && lex
                .word_class(&keys[k])
                .is_some_and(|c| c.noun_class == Some(NounClass::Animal))
            && lex
                .longest_ending(keys, k, |e| matches!(e, Entry::Weapon(_)))
                .is_none()
    };
    t.first > 0 && animal(t.first - 1)
        || keys.get(t.end).is_some_and(|w| w == "by")
            && roles::np_at(doc, keys, lex, t.end + 1).is_some_and(|np| animal(np.head))
}

/// True when token `i` is inside double quotation marks opened in its paragraph.
fn quoted(doc: &Doc<'_>, keys: &[String], i: usize) -> bool {
    let at = doc.tokens[i].span.start;
    let Some(para) = doc.paragraphs.iter().find(|p| p.start <= at && at < p.end) else {
        return false;
    };
    (doc.token_at(para.start)..i)
        .filter(|&k| doc.tokens[k].kind == TokKind::Quote && keys[k] == "\"")
        .count()
        % 2
        == 1
}

/// What politicians attack: "attacked the policy", "an attack on the government's budget".
const DEBATED: &[&str] = &[
    "policy",
    "policies",
    "plan",
    "plans",
    "decision",
    "remarks",
    "comments",
    "record",
    "critics",
    "rival",
    "rivals",
    "opponents",
    "proposal",
    "bill",
    "budget",
    "media",
    "press",
];

/// True for a noun of ideas, words or qualities: what is attacked only in words. "Life" is
/// not one: an attack on someone's life is an attempt to kill.
fn abstract_noun(lex: &Lexicons, w: &str) -> bool {
    !matches!(w, "life" | "lives")
        && lex
            .word_class(w)
            .is_some_and(|c| c.noun_class == Some(NounClass::Abstract))
}

/// True for "bomb" or "bombed" said of a failure: "shares in the company bombed", "the film
/// bombed".
fn flop(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, k: usize) -> bool {
    if !matches!(keys[k].as_str(), "bombed" | "bombs" | "bomb") {
        return false;
    }
    let first = doc.sentences[doc.tokens[k].sent].first;
    roles::np_before(doc, keys, lex, k).is_some_and(|np| {
        if np.end != k {
            return false;
        }
        // "shares in the chipmaker bombed": the subject's head is before its "in" phrase.
        let mut before = np.first.checked_sub(1);
        while let Some(p) =
            before.filter(|&p| p > first && matches!(keys[p].as_str(), "the" | "a" | "an"))
        {
            before = p.checked_sub(1);
        }
        let np = match before {
            Some(p) if p > first && matches!(keys[p].as_str(), "in" | "of") => {
                roles::np_before(doc, keys, lex, p).unwrap_or(np)
            }
            _ => np,
        };
        np.head >= first
            && (abstract_noun(lex, &keys[np.head])
                || lex
                    .word_class(&keys[np.head])
                    .is_some_and(|c| c.noun_class == Some(NounClass::Possession)))
    })
}

/// True when the phrase after an attack word at `at` is an idea, a quality or a matter of
/// politics: "an attack on freedom", "a blistering attack on the government's budget".
fn verbal_object(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, at: usize) -> bool {
    let start = if keys
        .get(at)
        .is_some_and(|w| matches!(w.as_str(), "on" | "against" | "upon"))
    {
        at + 1
    } else {
        at
    };
    let Some(mut np) = roles::np_at(doc, keys, lex, start) else {
        return false;
    };
    // "the government's budget": the owner's possession is what is attacked.
    while keys.get(np.end).is_some_and(|w| w == "'s") {
        match roles::np_at(doc, keys, lex, np.end + 1) {
            Some(next) => np = next,
            None => break,
        }
    }
    abstract_noun(lex, &keys[np.head]) || DEBATED.contains(&keys[np.head].as_str())
}

/// True for "attack" naming the kind of a machine or an animal: "attack helicopters", "attack
/// dogs".
fn weapon_class_modifier(keys: &[String], lex: &Lexicons, t: &Trigger) -> bool {
    keys[t.first] == "attack"
        && t.end == t.first + 1
        && keys.get(t.end).is_some_and(|n| {
            lex.word_class(n)
                .is_some_and(|c| c.usual == Pos::Noun && c.noun_class == Some(NounClass::Artifact))
                || matches!(n.as_str(), "dog" | "dogs")
        })
}

/// True when the words before an attack word at `at` deny it: "police have ruled out arson",
/// "there was no evidence of a bombing".
fn denied(keys: &[String], sentence_first: usize, at: usize) -> bool {
    let from = at.saturating_sub(5).max(sentence_first);
    (from..at).any(|k| {
        let next = keys.get(k + 1).map(String::as_str);
        let after = keys.get(k + 2).map(String::as_str);
        matches!(
            (keys[k].as_str(), next),
            ("ruled" | "rule" | "rules" | "ruling", Some("out"))
        ) || keys[k] == "no"
            && matches!(next, Some("evidence" | "sign" | "signs" | "indication"))
            && after == Some("of")
    })
}

/// The noun used in a label for a trigger word.
fn label_noun(w: &str) -> &'static str {
    // A weapon standing for the attack word: "a roadside bomb", "an IED", "grenades".
    let last = w.rsplit(' ').next().unwrap_or(w);
    if matches!(
        last,
        "bomb"
            | "bombs"
            | "device"
            | "devices"
            | "ied"
            | "ieds"
            | "explosives"
            | "explosive"
            | "mine"
            | "mines"
            | "landmine"
            | "grenade"
            | "grenades"
            | "rocket"
            | "rockets"
            | "mortar"
            | "mortars"
            | "dynamite"
    ) {
        return "bombing";
    }
    if matches!(
        last,
        "gun" | "guns" | "rifle" | "rifles" | "pistol" | "firearm" | "firearms"
    ) {
        return "shooting";
    }
    match w {
        "bombing" | "bombed" | "bomb attack" | "car bomb" | "car bombing" | "bomb blast"
        | "suicide bombing" | "bomb exploded" | "bomb went off" | "bombs exploded" => "bombing",
        "bombings" | "bomb attacks" | "suicide bombings" => "bombings",
        "shooting" | "opened fire" | "open fire" | "shot dead" | "gunned down" | "gun attack"
        | "mass shooting" => "shooting",
        "shootings" => "shootings",
        "massacre" | "massacred" => "massacre",
        "ambush" | "ambushed" => "ambush",
        "siege" => "siege",
        "standoff" => "standoff",
        "kidnapping" | "kidnapped" | "kidnap" | "abduction" | "abducted" => "kidnapping",
        "hijacking" | "hijacked" => "hijacking",
        "assassination" | "assassinated" | "assassination attempt" => "assassination",
        "arson" | "arson attack" | "set fire" | "set on fire" | "torched" | "burned" | "burnt" => {
            "arson"
        }
        "blast" | "explosion" | "exploded" | "detonated" | "blew up" | "blown up" => "bombing",
        "blasts" | "explosions" => "bombings",
        "stabbing" | "stabbed" | "knife attack" => "stabbing",
        "attacks" | "terror attacks" | "terrorist attacks" => "attacks",
        _ => "attack",
    }
}

/// The year a trigger is tied to by a year close to it in its sentence ("the 1998 bombings",
/// "twin bombings … in 1998").
fn trigger_year(doc: &Doc<'_>, keys: &[String], t: &Trigger) -> Option<(i16, usize, usize)> {
    let s = doc.sentences[doc.tokens[t.first].sent];
    // A year modifying the attack word: "the 1998 U.S. Embassy bombings".
    let before = dates::find(doc, t.first.saturating_sub(4).max(s.first), t.first)
        .into_iter()
        .filter_map(|x| x.value.year().map(|y| (y, x.first, x.end)))
        .next_back();
    if before.is_some() {
        return before;
    }
    // "since February 2019, when a suicide car bombing in Pulwama killed 40": the date
    // clause before "when" dates the attack word after it.
    if let Some(when) = (s.first..t.first)
        .rev()
        .take(8)
        .find(|&k| keys[k] == "when")
    {
        if when > s.first && keys[when - 1] == "," {
            let dated = dates::find(doc, when.saturating_sub(6).max(s.first), when - 1)
                .into_iter()
                .filter_map(|x| x.value.year().map(|y| (y, x.first, x.end)))
                .next_back();
            if dated.is_some() {
                return dated;
            }
        }
    }
    // A year after it in the same stretch of the sentence: "twin bombings … in 1998". A
    // comparison ("the deadliest attack since the 1998 bombings") ties the year to another
    // attack, not this one.
    let to = (t.end + 18).min(s.end);
    let mut k = t.end;
    while k < to {
        if matches!(
            keys[k].as_str(),
            "since" | "than" | "after" | "before" | ";" | "—"
        ) {
            return None;
        }
        if let Some(x) = dates::parse_at(doc, k) {
            // Only a date phrase of the attack ("in 1998", "on 7 August 1998"), not a year
            // modifying something else ("the 2011 operation").
            let dated = k > 0 && matches!(keys[k - 1].as_str(), "in" | "on" | "during");
            if let (Some(y), true) = (x.value.year(), dated) {
                return Some((y, x.first, x.end));
            }
            k = x.end;
            continue;
        }
        k += 1;
    }
    None
}

/// Finds the attacks.
pub(crate) fn find(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &mut Actors,
    places: &Places,
    published: Option<Date>,
) -> Found {
    let lex = &*LEXICONS;
    let triggers = triggers(doc, keys, actors);
    let mut found = Found {
        sentence_attack: vec![None; doc.sentences.len()],
        ..Found::default()
    };
    if triggers.is_empty() {
        return found;
    }
    // The article's own year: from its publication date, else the latest year it mentions.
    let max_year = (0..doc.tokens.len())
        .filter_map(|i| dates::year(doc, i))
        .max();
    let doc_year = published.map(|d| d.year()).or(max_year);

    // Group triggers: cited attacks by year, everything else the main attack.
    let mut main_triggers = Vec::new();
    let mut cited: BTreeMap<i16, Vec<(Trigger, usize, usize)>> = BTreeMap::new();
    let years: Vec<Option<(i16, usize, usize)>> = triggers
        .iter()
        .map(|t| trigger_year(doc, keys, t))
        .collect();
    // Without a publication date, an attack word with a year is an earlier attack when the
    // article also reports an attack without one (the news of the day) or a later year.
    let undated_main = years.iter().any(Option::is_none);
    for (t, year) in triggers.iter().zip(years) {
        match year {
            Some((y, a, b))
                if published.is_some_and(|p| y < p.year())
                    || (published.is_none()
                        && (undated_main || doc_year.is_some_and(|d| y < d))) =>
            {
                cited.entry(y).or_default().push((*t, a, b));
            }
            _ => main_triggers.push(*t),
        }
    }
    let other_places = split_by_place(doc, keys, places, &mut main_triggers);
    if !main_triggers.is_empty() {
        // Harm verbs outside the attack words' sentences ("the mayor was later murdered")
        // tell of the main attack too, unless their sentence reports a cited one.
        let cited_sentences: Vec<usize> = cited
            .values()
            .flatten()
            .map(|(t, ..)| doc.tokens[t.first].sent)
            .collect();
        let mut harm_sentences: Vec<usize> = (0..doc.sentences.len())
            .filter(|si| !cited_sentences.contains(si))
            .filter(|&si| {
                let s = doc.sentences[si];
                let words = &keys[s.first..s.end];
                words.iter().any(|w| HARM_VERBS.contains(&w.as_str()))
                    // "The victims were identified as …".
                    || (words.iter().any(|w| {
                        matches!(w.as_str(), "identified" | "named" | "listed" | "lists")
                    }) && words.iter().any(|w| w == "victims" || w == "victim"))
                    // "Unidentified persons placed 11 bombs in bank branches".
                    || (s.first..s.end).any(|k| placed_weapon(doc, keys, lex, k))
                    // "condemned the murder of the former judge X", "were taken hostage".
                    || words.windows(2).any(|w| {
                        matches!(w[0].as_str(), "taken" | "held" | "holding" | "took")
                            && matches!(w[1].as_str(), "hostage" | "hostages")
                            || w[1] == "of"
                                && matches!(
                                w[0].as_str(),
                                "murder" | "assassination" | "killing" | "kidnapping"
                                    | "kidnaping" | "abduction" | "massacre" | "death"
                                    | "seizure"
                            )
                    })
            })
            .collect();
        // "They affected the cultural institute, a church and a bank": a verb of damage
        // tells of the attack in the sentence before it or its own.
        let trigger_sentences: Vec<usize> = main_triggers
            .iter()
            .map(|t| doc.tokens[t.first].sent)
            .collect();
        for si in 0..doc.sentences.len() {
            let s = doc.sentences[si];
            let told = |j: usize| trigger_sentences.contains(&j) || harm_sentences.contains(&j);
            if !harm_sentences.contains(&si)
                && !cited_sentences.contains(&si)
                && (told(si) || si > 0 && told(si - 1))
                && keys[s.first..s.end]
                    .iter()
                    .any(|w| DAMAGE_VERBS.contains(&w.as_str()))
            {
                harm_sentences.push(si);
            }
        }
        harm_sentences.sort_unstable();
        let mut attack = build(
            doc,
            keys,
            lex,
            actors,
            places,
            &main_triggers,
            None,
            published,
            &harm_sentences,
        );
        // "The attackers returned to the border": a definite noun for the doers of an attack
        // anywhere outside a cited attack's sentences names the main attack's perpetrators.
        for (si, sentence) in doc.sentences.iter().enumerate() {
            if cited_sentences.contains(&si) {
                continue;
            }
            for k in sentence.first + 1..sentence.end {
                if keys[k - 1] == "the"
                    && ATTACKER_ROLE_NOUNS.contains(&keys[k].as_str())
                    && keys.get(k + 1).is_none_or(|w| w != "'s")
                {
                    let id = actors.describe(doc, keys, k, k + 1, ActorKind::Person);
                    if !attack.perpetrators.contains(&id) && !attack.victims.contains(&id) {
                        attack.perpetrators.push(id);
                    }
                }
            }
        }
        found.main = Some(0);
        for t in &main_triggers {
            found.sentence_attack[doc.tokens[t.first].sent] = Some(0);
            found.trigger_attack.push((t.first, 0));
        }
        found.attacks.push(attack);
        // Attack words placed in another town than the main attack's are another attack: a
        // component of the day's violence, or (with "last month", "last Saturday's") an
        // earlier one cited for context.
        for (ts, earlier) in other_places {
            let mut attack = build(doc, keys, lex, actors, places, &ts, None, published, &[]);
            attack.cited = earlier;
            let idx = found.attacks.len();
            for t in &ts {
                found.sentence_attack[doc.tokens[t.first].sent] = Some(idx);
                found.trigger_attack.push((t.first, idx));
            }
            found.attacks.push(attack);
        }
    }
    for (year, ts) in cited {
        let triggers: Vec<Trigger> = ts.iter().map(|x| x.0).collect();
        let (yf, ye) = (ts[0].1, ts[0].2);
        let mut attack = build(
            doc,
            keys,
            lex,
            actors,
            places,
            &triggers,
            Some(year),
            published,
            &[],
        );
        attack.cited = true;
        attack.date_text = Some((doc.slice(yf, ye).to_owned(), doc.span_of(yf, ye)));
        if let Some(TimeValue::Date(d)) = dates::parse_at(doc, yf).map(|x| x.value) {
            attack.date = Some(d);
        }
        let idx = found.attacks.len();
        for t in &triggers {
            found.sentence_attack[doc.tokens[t.first].sent] = Some(idx);
            found.trigger_attack.push((t.first, idx));
        }
        found.attacks.push(attack);
    }
    found.trigger_attack.sort_unstable();
    // Responsibility claims name the attack of their sentence, else the main one.
    claims(doc, keys, actors, &mut found);
    definite_forms(doc, keys, actors, &found);
    found
}

/// "A suicide bomber struck the market … The bomber mixed into the crowd": a definite noun
/// that repeats the last word of a described doer's description refers back to that doer, so
/// its words are another form of the doer's name.
fn definite_forms(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, found: &Found) {
    let mut doers: Vec<ActorId> = found
        .attacks
        .iter()
        .flat_map(|a| a.perpetrators.iter().copied())
        .filter(|id| {
            let a = &actors.actors[id.0];
            !a.named && a.kind == ActorKind::Person && a.key.contains(' ')
        })
        .collect();
    doers.sort_unstable_by_key(|id| id.0);
    doers.dedup();
    // Only a head that one doer's description ends with tells whom it refers to.
    let head_of = |actors: &Actors, id: ActorId| {
        actors.actors[id.0]
            .key
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    for &id in &doers {
        let head = head_of(actors, id);
        if doers
            .iter()
            .any(|&other| other != id && head_of(actors, other) == head)
        {
            continue;
        }
        let first_mention = actors.actors[id.0].mentions.first().map(|m| m.start);
        for k in 0..keys.len().saturating_sub(1) {
            if keys[k] != "the" || keys[k + 1] != head {
                continue;
            }
            // After the description it refers back to, and not a modifier ("the bomber
            // jacket").
            let after = first_mention.is_some_and(|start| doc.tokens[k].span.start > start);
            let ends = keys
                .get(k + 2)
                .is_none_or(|w| roles::is_function_word(w) || !w.chars().all(char::is_alphabetic));
            if after && ends {
                let surface = doc.slice(k + 1, k + 2).to_owned();
                let actor = &mut actors.actors[id.0];
                if actor.name != surface && !actor.aliases.contains(&surface) {
                    actor.aliases.push(surface);
                }
            }
        }
    }
}

/// The city or site an attack word names in its own clause: a modifier ("the Manchester
/// bombing", "last Saturday's bomb in Brixton") or "in/at/near X" after it.
fn local_place(doc: &Doc<'_>, keys: &[String], places: &Places, t: &Trigger) -> Option<PlaceId> {
    let s = doc.sentences[doc.tokens[t.first].sent];
    let specific = |m: &&super::places::PlaceMention| {
        matches!(
            places.places[m.place.0].kind,
            PlaceKind::City | PlaceKind::Site
        )
    };
    // Before: a place ending at most two words before the attack word, with nothing but
    // modifiers between ("the Manchester Arena suicide bombing").
    if let Some(m) = places
        .in_range(t.first.saturating_sub(4).max(s.first), t.first)
        .filter(specific)
        .last()
    {
        if (m.end..t.first).all(|k| {
            matches!(
                keys[k].as_str(),
                "'s" | "suicide"
                    | "car"
                    | "truck"
                    | "bomb"
                    | "terror"
                    | "terrorist"
                    | "arena"
                    | "concert"
                    | "market"
                    | "mosque"
                    | "church"
            )
        }) {
            return Some(m.place);
        }
    }
    // After: "in X" within the clause.
    let mut k = t.end;
    while k < s.end && k < t.end + 8 {
        if matches!(
            keys[k].as_str(),
            "," | ";" | "which" | "that" | "who" | "when" | "and"
        ) {
            break;
        }
        if matches!(keys[k].as_str(), "in" | "at" | "near" | "outside") {
            if let Some(m) = places
                .in_range(k + 1, (k + 4).min(s.end))
                .find(|m| m.first == k + 1)
            {
                if specific(&m) {
                    return Some(m.place);
                }
            }
        }
        k += 1;
    }
    None
}

/// True when the words near an attack word put it before the day's news: "last month",
/// "last Saturday's", "weeks ago", "earlier this year" (but not "last night").
fn earlier_cue(doc: &Doc<'_>, keys: &[String], t: &Trigger) -> bool {
    let s = doc.sentences[doc.tokens[t.first].sent];
    let from = t.first.saturating_sub(6).max(s.first);
    let to = (t.end + 10).min(s.end);
    (from..to).any(|k| {
        let next = keys.get(k + 1).map_or("", String::as_str);
        match keys[k].as_str() {
            "last" | "previous" => {
                matches!(
                    next,
                    "week" | "month" | "year" | "spring" | "summer" | "autumn" | "winter"
                ) || dates::weekday(next).is_some()
                    || dates::month(next).is_some()
            }
            "ago" => true,
            "earlier" => next == "this",
            _ => false,
        }
    })
}

/// Takes out of `main` the attack words placed in another city than the main attack's, grouped
/// by that place; each group says whether the text puts it earlier.
fn split_by_place(
    doc: &Doc<'_>,
    keys: &[String],
    places: &Places,
    main: &mut Vec<Trigger>,
) -> Vec<(Vec<Trigger>, bool)> {
    let city_of = |p: PlaceId| {
        places
            .chain(p)
            .into_iter()
            .find(|q| places.places[q.0].kind == PlaceKind::City)
    };
    let located: Vec<(Trigger, Option<PlaceId>)> = main
        .iter()
        .map(|t| (*t, local_place(doc, keys, places, t)))
        .collect();
    // The main attack's city: that of the first attack word that names one.
    let Some(main_city) = located.iter().find_map(|(_, p)| p.and_then(city_of)) else {
        return Vec::new();
    };
    let mut groups: Vec<(PlaceId, Vec<Trigger>, bool)> = Vec::new();
    let mut kept = Vec::new();
    for (t, p) in located {
        let city = p.and_then(city_of);
        match city {
            Some(c) if c != main_city => {
                let earlier = earlier_cue(doc, keys, &t);
                if let Some(g) = groups.iter_mut().find(|g| g.0 == c) {
                    g.1.push(t);
                    g.2 |= earlier;
                } else {
                    groups.push((c, vec![t], earlier));
                }
            }
            _ => kept.push(t),
        }
    }
    *main = kept;
    groups
        .into_iter()
        .map(|(_, ts, earlier)| (ts, earlier))
        .collect()
}

#[expect(
    clippy::too_many_arguments,
    reason = "the shared state of one extraction"
)]
fn build(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &mut Actors,
    places: &Places,
    triggers: &[Trigger],
    year: Option<i16>,
    published: Option<Date>,
    harm_sentences: &[usize],
) -> Attack {
    let sentences: Vec<usize> = {
        let mut v: Vec<usize> = triggers.iter().map(|t| doc.tokens[t.first].sent).collect();
        v.dedup();
        v
    };
    let evidence: Vec<_> = sentences.iter().map(|&s| doc.sentences[s].span).collect();
    // Attack type: the most frequent among strong triggers, else among all.
    let mut counts: BTreeMap<AttackType, usize> = BTreeMap::new();
    for t in triggers {
        *counts.entry(t.attack_type).or_default() += if t.strong { 2 } else { 1 };
    }
    let attack_type = counts
        .iter()
        .filter(|(t, _)| **t != AttackType::Other)
        .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
        .map(|(t, _)| *t)
        .or(Some(AttackType::Other));
    let noun = {
        let mut nouns: BTreeMap<&str, usize> = BTreeMap::new();
        for t in triggers {
            *nouns
                .entry(label_noun(&keys[t.first..t.end].join(" ")))
                .or_default() += 1;
        }
        nouns
            .into_iter()
            .max_by_key(|(n, c)| (*c, *n == "attack"))
            .map_or("attack", |(n, _)| n)
    };

    // Location.
    let location = if year.is_some() {
        // A cited attack: the first city named after one of its words, else the nearest place.
        triggers
            .iter()
            .find_map(|t| {
                let s = doc.sentences[doc.tokens[t.first].sent];
                places
                    .in_range(t.end, s.end)
                    .map(|m| m.place)
                    .find(|p| places.places[p.0].kind == PlaceKind::City)
            })
            .or_else(|| {
                triggers.iter().find_map(|t| {
                    let s = doc.sentences[doc.tokens[t.first].sent];
                    places
                        .in_range(t.end, s.end)
                        .map(|m| m.place)
                        .next()
                        .or_else(|| places.in_range(s.first, t.first).map(|m| m.place).last())
                })
            })
    } else {
        main_location(doc, keys, places, &sentences, harm_sentences)
    };

    let mut attack = Attack::new(String::new(), evidence.first().copied().unwrap_or_default());
    attack.evidence = evidence;
    attack.attack_type = attack_type;
    attack.location = location;
    let place_name = location.map(|p| places.places[p.0].name.clone());
    attack.label = match (year, place_name) {
        (Some(y), Some(p)) => format!("{y} {p} {noun}"),
        (Some(y), None) => format!("{y} {noun}"),
        (None, Some(p)) => format!("{p} {noun}"),
        (None, None) => {
            let mut n = noun.to_owned();
            if let Some(c) = n.get_mut(..1) {
                c.make_ascii_uppercase();
            }
            n
        }
    };

    if year.is_none() {
        date(doc, keys, &sentences, triggers, published, &mut attack);
    }

    // Perpetrators: the subject of an attack word ("al-Nusra gunmen stormed", "the militia
    // also orchestrated twin bombings"), the agent after "by", a group naming the attack ("an
    // al-Nusra attack").
    for t in triggers {
        for id in perpetrators_of(doc, keys, lex, actors, t) {
            if !attack.perpetrators.contains(&id) {
                attack.perpetrators.push(id);
            }
        }
    }
    // The arguments of every attack word and harm verb of the attack's sentences: agents are
    // perpetrators, patients are victims (named people) or targets (things and places).
    let mut arg_sentences = sentences.clone();
    arg_sentences.extend(harm_sentences.iter().filter(|s| !sentences.contains(s)));
    arg_sentences.sort_unstable();
    let args = sentence_arguments(doc, keys, lex, &arg_sentences);
    for arg in args.iter().filter(|a| a.role == Role::Agent) {
        for id in agent_actors(doc, keys, lex, actors, arg.np) {
            if !attack.perpetrators.contains(&id) {
                attack.perpetrators.push(id);
            }
        }
    }

    // Weapons: in the attack's sentences and in sentences about the attackers.
    let mut weapon_sentences = sentences.clone();
    if year.is_none() {
        for (si, s) in doc.sentences.iter().enumerate() {
            if (s.first..s.end).any(|k| {
                lex.entries(&keys[k..=k])
                    .iter()
                    .any(|e| matches!(e, Entry::PersonNoun(NounKind::Attacker)))
            }) && !weapon_sentences.contains(&si)
            {
                weapon_sentences.push(si);
            }
        }
    }
    weapon_sentences.sort_unstable();
    for &si in &weapon_sentences {
        let s = doc.sentences[si];
        let mut k = s.first;
        while k < s.end {
            if let Some((e, Entry::Weapon(w))) =
                lex.longest(doc, keys, k, |x| matches!(x, Entry::Weapon(_)))
            {
                // Merge adjacent weapon words ("AK-47 rifles"); skip words used as modifiers of
                // something else ("bullet holes", "bomb squad").
                let mut end = e;
                while let Some((e2, _)) =
                    lex.longest(doc, keys, end, |x| matches!(x, Entry::Weapon(_)))
                {
                    end = e2;
                }
                let next = keys.get(end).map_or("", String::as_str);
                let modifier = matches!(
                    next,
                    "holes"
                        | "wounds"
                        | "squad"
                        | "disposal"
                        | "threat"
                        | "threats"
                        | "scare"
                        | "maker"
                        | "makers"
                        | "factory"
                        | "control"
                        | "laws"
                        | "law"
                        | "violence"
                        | "shop"
                        | "owners"
                        | "owner"
                        | "sniffing"
                        | "proof"
                        | "dealer"
                        | "crime"
                );
                let vehicle_only = w == Weapon::Vehicle;
                // Arms seized, confiscated, stolen or traded are booty or goods, not what the
                // attack was done with: "the rebels stole the policemen's weapons: 8 rifles, 2
                // guns", over the whole list of its clause.
                let clause = (s.first..k)
                    .rev()
                    .find(|&j| keys[j] == ";")
                    .map_or(s.first, |j| j + 1);
                let booty_word = |j: usize| BOOTY_WORDS.contains(&keys[j].as_str());
                // Before it in its clause, or after it in the passive: "fertilizer, explosives
                // and watches were seized in the search".
                let clause_end = (end..s.end).find(|&j| keys[j] == ";").unwrap_or(s.end);
                let booty = (clause..k).any(booty_word)
                    || (end..clause_end.min(end + 8)).any(|j| {
                        booty_word(j)
                            && j > end
                            && matches!(keys[j - 1].as_str(), "were" | "was" | "been")
                    });
                // "an improvised explosive device (IED)": the short form in brackets is the
                // same weapon in other words.
                let short_form = k >= 2
                    && keys[k - 1] == "("
                    && keys.get(end).is_some_and(|w| w == ")")
                    && attack
                        .weapons
                        .iter()
                        .any(|x| x.span.end == doc.tokens[k - 2].span.end);
                if !modifier && !vehicle_only && !booty && !short_form {
                    let text = doc.slice(k, end).to_owned();
                    // One mention per weapon: "bomb" and "bombs" are the same words.
                    let lemma = singular(&keys[k..end].join(" "));
                    if !attack.weapons.iter().any(|x| {
                        x.text.eq_ignore_ascii_case(&text)
                            || singular(&super::text::normalize(&x.text)) == lemma
                    }) {
                        attack.weapons.push(WeaponMention {
                            weapon: w,
                            text,
                            span: doc.span_of(k, end),
                            act: lex.is_weapon_act(&keys[k..end]),
                        });
                    }
                }
                k = end;
                continue;
            }
            k += 1;
        }
    }

    // Targets: what follows "attack on", "attacked", "stormed", "bombings of" … when it is a
    // facility or a named site.
    for t in triggers {
        let s = doc.sentences[doc.tokens[t.first].sent];
        let mut k = t.end;
        let word = keys[t.end - 1].as_str();
        let verb = word.ends_with("ed")
            || matches!(
                word,
                "blew up" | "set fire" | "set on fire" | "hit" | "struck" | "burnt"
            );
        if matches!(
            keys.get(k).map(String::as_str),
            Some("on" | "against" | "at" | "of" | "in" | "inside" | "near" | "outside" | "to")
        ) {
            k += 1;
        } else if !verb {
            // A noun takes its target through a preposition ("an attack on …") only.
            continue;
        }
        // "attacked the guards at a power substation": past the people to where they were.
        let target = target_at(doc, keys, lex, places, k, s.end).or_else(|| {
            let np = roles::np_at(doc, keys, lex, k)?;
            let people = lex
                .longest_ending(keys, np.head, |e| matches!(e, Entry::PersonNoun(_)))
                .is_some();
            (people
                && keys
                    .get(np.end)
                    .is_some_and(|w| matches!(w.as_str(), "at" | "inside")))
            .then(|| target_at(doc, keys, lex, places, np.end + 1, s.end))
            .flatten()
        });
        if let Some(target) = target {
            add_target(&mut attack.targets, target);
        }
    }

    // "the explosion caused serious damage to the embassy building and to nearby
    // structures"; "the presidential residence was the target of an attack".
    for &si in &arg_sentences {
        let s = doc.sentences[si];
        for k in s.first..s.end {
            let found = match keys[k].as_str() {
                "damage" | "damages" if keys.get(k + 1).is_some_and(|w| w == "to") => {
                    let mut found = Vec::new();
                    let mut at = k + 2;
                    while let Some(target) = target_at(doc, keys, lex, places, at, s.end) {
                        let end = doc.token_at(target.span.end);
                        found.push(target);
                        // "… and to nearby structures", "…, to the bank".
                        match (keys.get(end).map(String::as_str), keys.get(end + 1)) {
                            (Some("and" | ","), Some(w)) if w == "to" => at = end + 2,
                            _ => break,
                        }
                    }
                    found
                }
                "target" | "targets" if keys.get(k + 1).is_some_and(|w| w == "of") => {
                    // "was the target", "were targets", "had also been the target".
                    let is_be = |j: usize| {
                        matches!(keys[j].as_str(), "was" | "were" | "is" | "are" | "been")
                    };
                    let Some(mut be) = (k.saturating_sub(2).max(s.first)..k).find(|&j| is_be(j))
                    else {
                        continue;
                    };
                    while be > s.first
                        && matches!(keys[be - 1].as_str(), "have" | "has" | "had" | "also")
                    {
                        be -= 1;
                    }
                    // The subject right before the verb, else the one opening the sentence
                    // ("the residence located in the escalon neighborhood was target of").
                    [
                        roles::np_before(doc, keys, lex, be),
                        roles::np_at(doc, keys, lex, s.first),
                    ]
                    .into_iter()
                    .flatten()
                    .filter(|np| np.end <= be)
                    .find_map(|np| patient_target(doc, keys, lex, actors, places, np))
                    .into_iter()
                    .collect()
                }
                _ => Vec::new(),
            };
            for target in found {
                add_target(&mut attack.targets, target);
            }
        }
    }

    for arg in args.iter().filter(|a| a.role == Role::Patient) {
        if let Some(target) = patient_target(doc, keys, lex, actors, places, arg.np) {
            let head = keys[arg.np.head].as_str();
            if !attack.targets.iter().any(|x| {
                x.label.eq_ignore_ascii_case(&target.label)
                    || x.label.to_lowercase().rsplit(' ').next() == Some(head)
            }) {
                attack.targets.push(target);
            }
        }
    }
    // "the Madrid train bombings", "the Old Bailey bombing": what was struck, named before
    // the attack word (unless a fuller phrase already names it: "an airlines plane blew up").
    for t in triggers {
        if let Some(target) = modifier_target(doc, keys, lex, places, t) {
            let head = target.label.to_lowercase();
            let head = head.rsplit(' ').next().unwrap_or_default().to_owned();
            if !attack
                .targets
                .iter()
                .any(|x| x.label.to_lowercase().rsplit(' ').next() == Some(head.as_str()))
            {
                add_target(&mut attack.targets, target);
            }
        }
    }

    // Named victims: people killed, wounded, kidnapped or murdered.
    victims(doc, keys, actors, &arg_sentences, &mut attack);
    for arg in args.iter().filter(|a| a.role == Role::Patient) {
        for m in actors.mention_in(arg.np.first, arg.np.end) {
            let a = &actors.actors[m.actor.0];
            // "minister X's residence" struck: the owner is no victim.
            let owner = keys.get(m.end).is_some_and(|w| w == "'s");
            // Whom an attempt was made on is its target (see `victims`).
            let span = doc.span_of(m.first, m.end);
            let targeted = attack.targets.iter().any(|t| t.span == span);
            if a.named
                && !targeted
                && a.kind == ActorKind::Person
                && !owner
                && !attack.victims.contains(&m.actor)
                && !attack.perpetrators.contains(&m.actor)
            {
                attack.victims.push(m.actor);
            }
        }
    }

    // Named people the text makes the attackers: "bomber Salman Abedi", "X, the gunman",
    // "X was convicted of the bombing", "X is behind the attack".
    if year.is_none() {
        for id in named_perpetrators(doc, keys, actors, places, &attack) {
            if !attack.perpetrators.contains(&id) && !attack.victims.contains(&id) {
                attack.perpetrators.push(id);
            }
        }
    }

    // Responders: security forces named in the article, for the main attack.
    if year.is_none() {
        let mut responders: Vec<ActorId> = Vec::new();
        for m in &actors.mentions {
            let a = &actors.actors[m.actor.0];
            if a.named
                && a.kind == ActorKind::SecurityForce
                && !attack.perpetrators.contains(&m.actor)
                && !responders.contains(&m.actor)
            {
                responders.push(m.actor);
            }
        }
        attack.responders = responders;
    }
    attack
}

/// A phrase with its last word made singular ("car bombs" → "car bomb"), for comparing
/// mentions of the same thing.
fn singular(phrase: &str) -> String {
    let (rest, last) = phrase
        .rsplit_once(' ')
        .map_or(("", phrase), |(a, b)| (a, b));
    let last = if let Some(stem) = last.strip_suffix("ies") {
        format!("{stem}y")
    } else if last.ends_with("ss") || last.len() < 4 {
        last.to_owned()
    } else if let Some(stem) = last
        .strip_suffix("es")
        .filter(|s| s.ends_with("ch") || s.ends_with("sh") || s.ends_with('x'))
    {
        stem.to_owned()
    } else {
        last.strip_suffix('s').unwrap_or(last).to_owned()
    };
    if rest.is_empty() {
        last
    } else {
        format!("{rest} {last}")
    }
}

/// Nouns for the one who did it, before or in apposition to a name.
const DOER_NOUNS: &[&str] = &[
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
const CHARGED: &[&str] = &[
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
/// bomber X" in a story of a bombing elsewhere, "kidnapper X" in a story of a bombing.
fn doer_elsewhere(keys: &[String], places: &Places, attack: &Attack, d: usize) -> bool {
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
    let here = places.chain(location);
    places
        .in_range(d.saturating_sub(5), d)
        .filter(|m| m.end == d)
        .any(|m| !here.contains(&m.place) && !places.chain(m.place).contains(&location))
}

/// The named people an article makes the attackers of `attack`, by the words around their
/// names.
fn named_perpetrators(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &Actors,
    places: &Places,
    attack: &Attack,
) -> Vec<ActorId> {
    let mut out = Vec::new();
    for m in &actors.mentions {
        let a = &actors.actors[m.actor.0];
        if !a.named || a.kind != ActorKind::Person || out.contains(&m.actor) {
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
            .map(|back| m.first - 1 - back);
        if noun_at.is_some_and(|d| doer_elsewhere(keys, places, attack, d)) {
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
        let did = after.first().is_some_and(|w| w == ",")
            && after.get(1).is_some_and(|w| w == "who")
            && after.iter().skip(2).any(|w| {
                matches!(
                    w.as_str(),
                    "carried"
                        | "detonated"
                        | "planted"
                        | "opened"
                        | "staged"
                        | "masterminded"
                        | "orchestrated"
                        | "planned"
                )
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

/// Harm verbs: besides the attack words, the verbs whose arguments are attackers and victims.
const HARM_VERBS: &[&str] = &[
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
const EVALUATIVE: &[&str] = &[
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
const KIND_MODIFIERS: &[&str] = &[
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
const ATTACKER_ROLE_NOUNS: &[&str] = &[
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
const DAMAGE_VERBS: &[&str] = &[
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
const PLACE_VERBS: &[&str] = &[
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
fn placed_weapon(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, k: usize) -> bool {
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
fn sentence_arguments(
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
fn agent_actors(
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
fn patient_target(
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
fn modifier_target(
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
const VEHICLES: &[&str] = &[
    "train", "trains", "bus", "buses", "subway", "metro", "tube", "plane", "airliner", "ferry",
    "tram",
];

/// Adds a target unless one of the same words is there already.
fn add_target(targets: &mut Vec<Target>, target: Target) {
    if !targets
        .iter()
        .any(|x| x.label.eq_ignore_ascii_case(&target.label))
    {
        targets.push(target);
    }
}

/// The end of a facility's target phrase ending at `stop`, taking whose it is when `bare`:
/// "the offices of the local development corporation", "the residence of colonel X" (a
/// described facility, "the finish line of the race", is whole without). None when the words
/// name a person by office instead ("the supreme court of justice president X").
fn with_owner(
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
const WHERE_NOUNS: &[&str] = &[
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
const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "various", "some", "many", "numerous", "dozens", "hundreds", "other", "another", "both", "all",
];

/// Words between a subject and the attack word it did, besides the adverbs and auxiliaries of
/// `roles::BRIDGE`: determiners, modifiers of the attack and verbs of carrying out ("staged",
/// "launched").
const ATTACK_BRIDGE: &[&str] = &[
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

fn is_attacker_noun(lex: &Lexicons, keys: &[String], i: usize) -> Option<usize> {
    lex.longest_ending(keys, i, |e| {
        matches!(e, Entry::PersonNoun(NounKind::Attacker))
    })
}

/// The start of an attacker noun phrase with one modifier word before the noun ("urban
/// guerrillas", "armed men"), when that word is a common word and not a function word.
fn with_modifier(
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
fn perpetrators_of(
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
fn target_at(
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

/// The end of a dateline ("KABUL, Afghanistan —", "MOGADISHU (Reuters) -"): the token after
/// its dash, or 0 when the text opens without one. A dateline says where the reporter is.
fn dateline_end(doc: &Doc<'_>, places: &Places) -> usize {
    let Some(m) = places.mentions.first().filter(|m| m.first == 0) else {
        return 0;
    };
    (m.end..(m.end + 8).min(doc.tokens.len()))
        .find(|&k| matches!(doc.norm(k), "—" | "–" | "-" | "--"))
        .map_or(0, |k| k + 1)
}

fn main_location(
    doc: &Doc<'_>,
    keys: &[String],
    places: &Places,
    sentences: &[usize],
    harm_sentences: &[usize],
) -> Option<PlaceId> {
    let dateline = dateline_end(doc, places);
    let in_sentence = |s: usize| {
        let span = doc.sentences[s];
        places.in_range(span.first.max(dateline), span.end)
    };
    // "the injured were rushed to the General Hospital": where the harmed were taken.
    let taken_to = |m: &super::places::PlaceMention| {
        let mut k = m.first;
        while k > 0 && matches!(keys[k - 1].as_str(), "the" | "a" | "nearby" | "local") {
            k -= 1;
        }
        k > 0
            && keys[k - 1] == "to"
            && keys[k.saturating_sub(8)..k - 1]
                .iter()
                .any(|w| TRANSPORT_VERBS.contains(&w.as_str()))
    };
    // A named site in the attack's sentences is the most specific place.
    for &s in sentences {
        if let Some(m) = in_sentence(s)
            .find(|m| places.places[m.place.0].kind == PlaceKind::Site && !taken_to(m))
        {
            return Some(m.place);
        }
    }
    // Else a city: in the attack's sentences, then in the sentences of its harm ("14 soldiers
    // were killed at the camp in Sokoura"), then the dateline, then the most mentioned.
    for &s in sentences.iter().chain(harm_sentences) {
        if let Some(m) = in_sentence(s).find(|m| places.places[m.place.0].kind == PlaceKind::City) {
            return Some(m.place);
        }
    }
    // A division named in the attack's sentences ("in the Mopti region") says more of where
    // it was than a dateline, which says where the reporter was.
    for &s in sentences.iter().chain(harm_sentences) {
        if let Some(m) = in_sentence(s).find(|m| {
            places.places[m.place.0].kind == PlaceKind::Region
                && places.places[m.place.0].geonames.is_none()
        }) {
            return Some(m.place);
        }
    }
    if let Some(m) = places
        .mentions
        .first()
        .filter(|m| m.first <= 2 && places.places[m.place.0].kind == PlaceKind::City)
    {
        return Some(m.place);
    }
    // Then a region or country of the attack's sentences, then the article's most mentioned
    // country, region or city — in that order: a city named once in passing is no evidence.
    for &s in sentences {
        let span = doc.sentences[s];
        // "in Afghanistan's northern Kunduz province": the region before its country.
        if let Some(m) = places
            .in_range(span.first, span.end)
            .find(|m| places.places[m.place.0].kind == PlaceKind::Region)
            .or_else(|| places.in_range(span.first, span.end).next())
        {
            return Some(m.place);
        }
    }
    let mut counts: BTreeMap<usize, (usize, usize, usize)> = BTreeMap::new();
    for (order, m) in places.mentions.iter().enumerate() {
        if taken_to(m) {
            continue;
        }
        let rank = match places.places[m.place.0].kind {
            PlaceKind::Country => 3,
            PlaceKind::Region => 2,
            PlaceKind::City => 1,
            PlaceKind::Site => 0,
        };
        let e = counts
            .entry(m.place.0)
            .or_insert((0, rank, usize::MAX - order));
        e.0 += 1;
    }
    counts
        .iter()
        .max_by_key(|(_, v)| **v)
        .map(|(p, _)| PlaceId(*p))
}

fn date(
    doc: &Doc<'_>,
    keys: &[String],
    sentences: &[usize],
    triggers: &[Trigger],
    published: Option<Date>,
    attack: &mut Attack,
) {
    const ONSET: &[&str] = &[
        "began",
        "begun",
        "launched",
        "started",
        "erupted",
        "assaulting",
        "attacked",
        "stormed",
        "struck",
        "opened",
        "exploded",
        "detonated",
        "killed",
        "ambushed",
        "kidnapped",
        "abducted",
        "occurred",
        "happened",
        "hit",
    ];
    let mut best: Option<(i32, usize, dates::TimeExpr)> = None;
    for &si in sentences {
        let s = doc.sentences[si];
        let onset = keys[s.first..s.end]
            .iter()
            .any(|w| ONSET.contains(&w.as_str()) || w == "attack");
        for t in dates::find(doc, s.first, s.end) {
            if matches!(t.value, TimeValue::Vague | TimeValue::Year(_)) {
                continue;
            }
            // "the deadliest since February 2019, when …": the date of another attack.
            let other = t.first > 0
                && keys[t.first - 1] == "since"
                && keys.get(t.end).is_some_and(|w| w == ",")
                && keys.get(t.end + 1).is_some_and(|w| w == "when");
            if other {
                continue;
            }
            let near = triggers
                .iter()
                .any(|tr| tr.first.abs_diff(t.first) <= 8 && doc.tokens[tr.first].sent == si);
            let on = t.first > 0 && matches!(keys[t.first - 1].as_str(), "on" | "since" | "of");
            let score = i32::from(onset) * 2 + i32::from(near) + i32::from(on);
            if score < 2 {
                continue;
            }
            if best.as_ref().is_none_or(|(b, _, _)| score > *b) {
                best = Some((score, t.first, t));
            }
        }
    }
    if let Some((_, _, t)) = best {
        // "Saturday’s" → "Saturday".
        let mut end = t.end;
        if keys[end - 1] == "'s" {
            end -= 1;
        }
        attack.date_text = Some((
            doc.slice(t.first, end).to_owned(),
            doc.span_of(t.first, end),
        ));
        attack.date = t.value.resolve(published);
    }
}

fn victims(
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

/// Verbs of taking the harmed somewhere: "rushed to hospital".
const TRANSPORT_VERBS: &[&str] = &[
    "taken",
    "taking",
    "took",
    "rushed",
    "ferried",
    "ferrying",
    "brought",
    "transported",
    "evacuated",
    "admitted",
    "airlifted",
    "carried",
    "moved",
];

/// Words of arms taken, traded or held rather than used: "the rebels stole the policemen's
/// weapons", "charges of possessing explosives".
const BOOTY_WORDS: &[&str] = &[
    "confiscated",
    "seized",
    "stole",
    "stolen",
    "seizure",
    "confiscation",
    "surrendered",
    "cache",
    "caches",
    "arsenal",
    "captured",
    "recovered",
    "sold",
    "bought",
    "purchased",
    "delivered",
    "smuggled",
    "shipment",
    "shipments",
    "possessing",
    "possession",
];

/// The harm verbs in the gerund, before their object: "killing X".
const HARM_ING: &[&str] = &[
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
const CASUALTY_WORDS: &[&str] = &[
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

/// "X claimed responsibility for …": X claimed the attack.
fn claims(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, found: &mut Found) {
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
fn leaders_groups(keys: &[String], actors: &Actors, found: &mut Found) {
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
const CRIME_WORDS: &[&str] = &[
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
fn deed_in(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, from: usize, to: usize) -> bool {
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
fn accusations(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, found: &mut Found) {
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
fn suspects(doc: &Doc<'_>, keys: &[String], actors: &mut Actors, found: &mut Found) {
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

#[cfg(test)]
mod tests {
    use super::super::lexicon::doc_keys;
    use super::*;

    /// The attacks of `text`, with the actors they point at.
    fn extracted(text: &str) -> (Vec<Attack>, Actors) {
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let mut actors = Actors::find(&doc, &keys);
        let places = Places::find(&doc, &keys, &actors);
        let attacks = find(&doc, &keys, &mut actors, &places, None).attacks;
        (attacks, actors)
    }

    fn attacks(text: &str) -> Vec<Attack> {
        extracted(text).0
    }

    /// The lower-case names of some actors.
    fn names(actors: &Actors, ids: &[ActorId]) -> Vec<String> {
        ids.iter()
            .map(|id| actors.actors[id.0].name.to_lowercase())
            .collect()
    }

    #[test]
    fn violent_attacks_are_found() {
        for text in [
            "Gunmen stormed a hotel in Mogadishu on Friday, killing five people.",
            "A suicide bomber blew himself up at a market in Kabul.",
            "Militants ambushed a police convoy near Peshawar.",
            "Rebels kidnapped three aid workers in eastern Congo.",
            "An attack on a village killed 12 people, officials said.",
            "Nine civilians were killed when their minibus hit a roadside bomb in Helmand.",
            "army troops killed nine peasants near the border on 17 august.",
            "a boat was intercepted by a vessel which fired automatic weapons. the pilot was killed.",
            "guerrillas destroyed the oil terminal near the port.",
            "several armed individuals shot repeatedly at the newspaper's offices.",
            "two men threw a bomb at the offices.",
            "unidentified individuals hurled a grenade at the police station.",
            "three heavily armed men shot the mayor dead.",
            "masked men stabbed two guards.",
            // Acid thrown, a bomb in the post or in luggage.
            "A woman was left with serious burns after a corrosive liquid was thrown at her in the high street.",
            "An employee was injured when an envelope she was opening exploded in the post room.",
            "The explosion at the ferry terminal was caused by a homemade device, investigators said.",
        ] {
            assert_eq!(attacks(text).len(), 1, "{text}");
        }
        // The bomb squad's work is no attack.
        assert!(
            attacks("the bomb squad detonated the suspicious package in a controlled explosion.")
                .is_empty()
        );
        // Shots fired with nobody harmed tell of no attack here; a fired employee neither.
        assert!(attacks("Soldiers fired shots into the air to disperse the crowd.").is_empty());
        assert!(attacks("The bank fired its chief executive on Monday.").is_empty());
        // "The attackers" anywhere in the story did the main attack.
        let (_, perpetrators) = people(
            "Gunmen opened fire on a bus in Kano, killing two people. Police said the attackers fled on motorcycles.",
        );
        assert!(
            perpetrators.iter().any(|p| p == "attackers"),
            "{perpetrators:?}"
        );
        // The response to the attackers is no attack of its own, nor is fighting them.
        assert!(attacks("Soldiers killed three militants in the hills.").is_empty());
        assert!(attacks("The army destroyed a rebel camp in the hills.").is_empty());
    }

    /// The main attack's victims and perpetrators, by name.
    fn people(text: &str) -> (Vec<String>, Vec<String>) {
        let (found, actors) = extracted(text);
        let a = found
            .first()
            .unwrap_or_else(|| panic!("an attack in {text}"));
        (names(&actors, &a.victims), names(&actors, &a.perpetrators))
    }

    /// A text and the names that must be found in it.
    type Case = (&'static str, &'static [&'static str]);

    /// Asserts that each case's wanted names are among those `found` gives for its text.
    fn assert_found(cases: &[Case], found: impl Fn(&str) -> Vec<String>) {
        for (text, want) in cases {
            let got = found(text);
            for w in *want {
                assert!(got.iter().any(|g| g == w), "{text}: {w} not in {got:?}");
            }
        }
    }

    fn victims_in(text: &str) -> Vec<String> {
        people(text).0
    }

    fn perpetrators_in(text: &str) -> Vec<String> {
        people(text).1
    }

    /// The labels of every attack's targets.
    fn targets_in(text: &str) -> Vec<String> {
        attacks(text)
            .iter()
            .flat_map(|a| a.targets.iter().map(|t| t.label.clone()))
            .collect()
    }

    #[test]
    fn named_victims_in_their_wordings() {
        let cases: &[Case] = &[
            (
                "the bomb exploded in the square. erika sullivan and christopher anderson, a 26-year-old teacher at the american school, have been killed.",
                &["erika sullivan", "christopher anderson"],
            ),
            (
                "guerrillas kidnaped businessman carlos enrique ferreyros on 2 december.",
                &["carlos enrique ferreyros"],
            ),
            (
                "unions condemned the kidnapping and assassination of eduardo antonio lopez palencia, a student.",
                &["eduardo antonio lopez palencia"],
            ),
            (
                "president cristiani condemned the murder of national fire department director colonel roberto armando rivera escobar, who was killed in a machinegun attack this morning.",
                &["roberto armando rivera escobar"],
            ),
            (
                "Gunmen opened fire on the convoy. The victims were identified as David Lecky and James Arthur Donnelly.",
                &["david lecky", "james arthur donnelly"],
            ),
            (
                "A bomb exploded in Kano. The two engineers, Samuel Okafor of Lagos and John Mensah of Accra, together with a driver, were taken hostage.",
                &["samuel okafor", "john mensah"],
            ),
            (
                "the minister condemned the attack. samuel okafor, who was an adviser to the peace commission, was shot to death by gunmen at a crossroads.",
                &["samuel okafor"],
            ),
            (
                "the rebels denied that they directed an attack against supreme court of justice president samuel ade okafor.",
                &["samuel ade okafor"],
            ),
            (
                "guerrillas kidnapped two u.s. citizens in medellin. the victims were identified as david lecky, director of the columbus school, and james arthur donnelly.",
                &["david lecky", "james arthur donnelly"],
            ),
            (
                "two u.s. citizens were kidnapped in medellin. a radio network lists the kidnap victims as \"david lecky, professor of the columbus school, and james arthur donnelly.\"",
                &["david lecky", "james arthur donnelly"],
            ),
            (
                "Two bombs exploded at the fair, killing three people – Anna Berg, 8, Polish student Maria Nowak, 23, and Ruth Kelly, 29 – and wounding 60 others.",
                &["anna berg", "maria nowak", "ruth kelly"],
            ),
            (
                "A fire engulfed the compound after the bombing, killing 80 people, including David Hallam.",
                &["david hallam"],
            ),
            (
                "The bombing killed four people. The parents of 8-year-old Anna Berg, who died in the attack, spoke.",
                &["anna berg"],
            ),
            (
                "The bombing killed four people. His wife, Maria Nowak, was among the 30 people injured.",
                &["maria nowak"],
            ),
            (
                "A car bomb exploded in the market. Two people riding the vehicle, identified as Peter Hallam and John Weller, died as a result of the explosion.",
                &["peter hallam", "john weller"],
            ),
            (
                "A bomb exploded at the finish line. The bomb killed Campbell, a 29-year-old restaurant manager.",
                &["campbell"],
            ),
            (
                "A dozen militants also died in the drone strike, including a local commander, Sheraz Bakhan.",
                &["sheraz bakhan"],
            ),
            (
                "The brothers bombed the race. The gun was later used to kill campus police officer Sevan Kollier.",
                &["sevan kollier"],
            ),
            (
                "Gunmen attacked the convoy, killing the provincial governor Peter Hallam.",
                &["peter hallam"],
            ),
            (
                "Mira Holt, who was killed in the attack along with Dara Penn, was 29.",
                &["mira holt", "dara penn"],
            ),
            // A relative clause after an apposition, and kin before a name.
            (
                "The messages praise Marek Zolin, the former head of the group who was killed by a U.S. drone strike in Yemen in 2011.",
                &["marek zolin"],
            ),
            (
                "Rina Calder, 45, whose son-in-law Ibrak Todoran was fatally shot by FBI agents in Florida, spoke outside the court.",
                &["ibrak todoran"],
            ),
            (
                "Police said the bombers struck the market. Tamar Velkov, 26, who died in the blast, was buried on Friday.",
                &["tamar velkov"],
            ),
        ];
        assert_found(cases, victims_in);
        // No victims: an attacker after a harm verb, a harm denied, the owner of a house struck,
        // the one named as the killer.
        for text in [
            "Police identified the attacker who killed four people near the parliament as Kaled Marsood, a Briton.",
            "Gunmen attacked the convoy. Soldiers returned fire, wounding the gunman Peter Hallam.",
            "Two drones exploded near the stand without injuring President Peter Hallam.",
            "guerrillas attacked the residence of the minister and bombed mauricio stubig's house.",
        ] {
            let (victims, _) = people(text);
            assert!(victims.is_empty(), "{text}: {victims:?}");
        }
    }

    #[test]
    fn accused_and_blamed_groups_are_perpetrators() {
        let cases: &[Case] = &[
            (
                "the attack in which five soldiers were killed at the border has been blamed, according to some reports, on guerrillas and drug gangs.",
                &["guerrillas", "drug gangs"],
            ),
            (
                "the president condemned the terrorist killing of the attorney general and accused the farabundo marti national liberation front (fmln) of the crime.",
                &["farabundo marti national liberation front"],
            ),
            (
                "a bomb destroyed the embassy. police said the attacks could have been carried out by the maoist \"shining path\" group or the guevarist \"tupac amaru revolutionary movement\" (mrta) group.",
                &["shining path", "tupac amaru revolutionary movement"],
            ),
            (
                "A car bomb exploded outside the ministry. The government said the Islamic State was responsible for the attack.",
                &["islamic state"],
            ),
            (
                "a car bomb exploded outside the ministry. the minister said that pablo escobar gaviria and gonzalo rodriguez gacha, the world's biggest drug traffickers, \"are behind this criminal attack.\"",
                &["pablo escobar gaviria", "gonzalo rodriguez gacha"],
            ),
            (
                "the general said that cartel boss pablo escobar gaviria ordered the assassination of the candidate.",
                &["pablo escobar gaviria"],
            ),
            (
                "A car bomb exploded in Kano. Police said the killing had been ordered by Samuel Okafor and John Mensah.",
                &["samuel okafor", "john mensah"],
            ),
            (
                "The chief of the criminal gang, Samuel Okafor, ordered the assassination of the mayor.",
                &["samuel okafor"],
            ),
            (
                "a bomb exploded at a bank in the city. the authorities attribute the attacks to drug traffickers.",
                &["drug traffickers"],
            ),
            (
                "five soldiers were killed in the attack, which the authorities attributed to members of the 17th front of the revolutionary armed forces of colombia (farc).",
                &[
                    "members of the 17th front",
                    "revolutionary armed forces of colombia",
                ],
            ),
            (
                "two peasants were killed when they set off a mine. they set off an explosive device presumably abandoned by the fmln.",
                &["fmln"],
            ),
            (
                "two missionaries were shot to death last night by a group of terrorists from the armed forces of liberation.",
                &["armed forces of liberation"],
            ),
            (
                "a bomb destroyed the union offices. the union said it holds the shining path and the tupac amaru revolutionary movement responsible for the bombing.",
                &["shining path", "tupac amaru revolutionary movement"],
            ),
            // The people of a group.
            (
                "members of the farabundo marti national liberation front (fmln) attacked an electric power substation.",
                &["members of the farabundo marti national liberation front"],
            ),
            // A group that says its fighters did it claims the attack.
            (
                "Gunmen stormed a bus station on Friday, killing nine people. The Balochistan Liberation Army (BLA), a separatist group, said in an emailed statement that its fighters had carried out the attack.",
                &["balochistan liberation army"],
            ),
            // A deed carried out by people makes them the doers, whatever they are called.
            (
                "the rebels mourned the killing of six of their members, carried out by uniformed men in lagos on monday.",
                &["uniformed men"],
            ),
        ];
        assert_found(cases, perpetrators_in);
        // Described attackers in lower-case copy, nothing more.
        let (_, perpetrators) =
            people("urban guerrillas sabotaged pylons and transformers in the city.");
        assert_eq!(perpetrators, ["urban guerrillas"]);
        // An acronym alone before "are behind".
        let (_, perpetrators) = people(
            "A roadside bomb killed three soldiers on Monday. Officials said the Bangsamoro Islamic Freedom Fighters (BIFF) are behind the attack.",
        );
        assert!(!perpetrators.is_empty(), "{perpetrators:?}");
        // The police who end the attack are the response, not its perpetrators.
        let (_, perpetrators) = people(
            "A gunman who held 12 people hostage in a municipal office was shot dead by police special forces on Tuesday night.",
        );
        assert!(
            !perpetrators.iter().any(|p| p.contains("police")),
            "{perpetrators:?}"
        );
        // A denial holds no one responsible.
        let (_, perpetrators) = people(
            "A bomb exploded outside the ministry. The Shining Path denied that it was responsible for the attack.",
        );
        assert!(perpetrators.is_empty(), "{perpetrators:?}");
    }

    #[test]
    fn non_violent_stories_have_no_attack() {
        for text in [
            "The striker led the attack and scored two goals in the second half of the match.",
            "The senator attacked the budget proposal in a speech on Monday.",
            "He died of a heart attack at his home, his family said.",
            "An earthquake killed 50 people and destroyed hundreds of houses.",
            "A gas explosion at the factory injured four workers, the fire service said.",
            "A train crash near the capital left 20 people dead.",
            "A methane explosion at a coal mine killed 11 miners, the worst accident in years.",
            "A gas explosion tore through a steelworks on Tuesday, killing seven workers and injuring 23.",
            "The coach praised his players after the match. \"We were braver in attack at half-time,\" he said. The striker stabbed in the rebound and shot wide.",
            // Attacks in words, and a fire nobody set.
            "Senator Ana Velt launched a blistering attack on the government's budget, calling it \"a bomb waiting to go off\" for families.",
            "The minister's attack on the reform plan drew applause from his party.",
            "A fire at a warehouse killed six workers on Monday. Police have ruled out arson.",
            "There was no evidence of a bombing, the investigators said after the blast at the plant.",
            // A weapon's kind, a failure, a figure of speech.
            "Troops, tanks and attack helicopters took part in the annual drills near the border.",
            "Shares in the chipmaker bombed on Tuesday after a profit warning.",
            "Tech firm shares bomb after profit warning. \"It was a massacre for investors,\" said one trader.",
            // Attacks on computers, and nature's damage.
            "A ransomware attack crippled the computer systems of three hospitals on Monday.",
            "A wildfire has burned 10,000 hectares and destroyed 80 homes. Three firefighters were injured.",
            // A disease, and an explosion that later sentences call "the blast".
            "The virus, which attacks the lungs of cattle, has killed 4,000 cows.",
            "A gas explosion wrecked a house in Tarnow, killing two people. The blast shattered windows along the street.",
            "Two workers were killed when a fireworks warehouse exploded. The explosion sent smoke over the town. A spark set off the stored rockets, investigators said.",
            // Fiction: a film, a game, an actor's role.
            "The new thriller follows a pilot whose plane is hijacked by armed robbers. The actors shoot most scenes in a real cockpit, and the director filmed the explosions on a set.",
            "In the game, players storm fortified buildings, ambush patrols and call in air strikes. The multiplayer mode lets 64 players battle at once, and gamers can download it on Monday.",
            "The actor starred in 40 films. In his most famous role he led a daring raid on an enemy airfield.",
            // A storm's name, a chess game, a rehearsal, a rocket's failed test.
            "A storm that forecasters called a bomb cyclone battered the coast, killing two people when trees fell on their cars.",
            "Chess: young challenger's attack stuns the world champion",
            "Officers will practise shooting at moving targets at the new range.",
            "An uncrewed rocket exploded on its launch pad during an engine test, destroying a satellite.",
            // An animal, a tumour, words, money, statistics, a faulty thing.
            "Shark Attack Leaves Surfer Injured",
            "A hiker was attacked by a brown bear on a remote trail. \"It was a defensive attack by a mother protecting her young,\" said the ranger.",
            "The T-cells launch a targeted assault on the tumour, the researcher said.",
            "The minister was ambushed by a question about his commute, and his party said he was shooting himself in the foot.",
            "Critics said the script had been \"murdered in the edit\".",
            "He waged a campaign to raid the public purse, the prosecutor said.",
            "Reported assaults fell from 4,210 to 3,460, and there were no knife-related deaths.",
            "In four cases the devices set fire to furniture, and 11 users suffered minor burns.",
            // A headline over a story that tells of no attack.
            "Minister ambushed over rail delays\n\nThe minister gave a radio interview on Tuesday. He said the trains would improve.",
        ] {
            assert!(attacks(text).is_empty(), "{text}: {:?}", attacks(text));
        }
        // The same words meant as violence: an attack on a life, bomb attacks on properties, a
        // quoted massacre with the dead counted.
        for text in [
            "Gunmen staged an attack on the minister's life near the parliament, police said.",
            "Terrorists staged three bomb attacks against U.S. properties in the capital.",
            "\"It was a massacre,\" a survivor said after gunmen killed 12 villagers.",
            // The rebels named after an animal.
            "A Tamil Tiger attack on the army camp killed 12 soldiers.",
            // The headline's attack, told in the story without an attack word.
            "Bombing kills five in Tarnow\n\nFive people died on Monday near the market. Police sealed off the area.",
            // Real violence at a film's screening, told in a story full of films and actors.
            "The film's premiere was cut short. A gunman opened fire at the screening of the movie, killing 12 people. The actors were not in the theatre.",
            // An accidental blast does not make a later bombing one.
            "A gas explosion wrecked a house in Tarnow on Monday. On Friday a bomb exploded outside the police station, and militants said they had planted it.",
        ] {
            assert_eq!(attacks(text).len(), 1, "{text}: {:?}", attacks(text));
        }
    }

    #[test]
    fn cited_attacks_are_split_by_year() {
        let text = "Gunmen attacked a mall in Lagos on Saturday, killing 60 people. It was the deadliest attack since the 1998 embassy bombings in Lagos, which killed more than 200 people.";
        let found = attacks(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(!found[0].cited);
        assert!(found[1].cited);
        assert!(found[1].label.starts_with("1998"), "{}", found[1].label);
        assert_eq!(
            found[1].date_text.as_ref().map(|d| d.0.as_str()),
            Some("1998")
        );
    }

    #[test]
    fn targets_of_damage_and_of_placed_weapons() {
        let cases: &[Case] = &[
            // Named before the attack word.
            (
                "The Madrid train bombings of 2004 killed 191 people.",
                &["train"],
            ),
            (
                "The 1974 Birmingham pub bombings killed 21 people.",
                &["pub"],
            ),
            ("The embassy bombings killed 200 people.", &["embassy"]),
            (
                "a car bomb exploded today in kano. the blast hit a truck full of policemen, as well as several public buses and houses.",
                &["truck", "public buses", "houses"],
            ),
            (
                "gunmen staged three bomb attacks in accra. they affected a cultural institute, a church in the capital, and a branch of a bank.",
                &["cultural institute", "church", "branch of a bank"],
            ),
            (
                "police said that unidentified persons placed 11 bombs in various government bank branches. seven of the bombs exploded.",
                &["government bank branches"],
            ),
            (
                "a bomb exploded in the capital today and damaged the windows of the consulate.",
                &["consulate"],
            ),
            (
                "terrorists claimed that an airlines plane blew up in midair, killing all 107 passengers.",
                &["airlines plane"],
            ),
            (
                "a bomb exploded in santiago last night. the explosion caused serious damage to the salvadoran embassy building and to nearby structures.",
                &["salvadoran embassy building", "nearby structures"],
            ),
            (
                "gunmen opened fire in the capital tonight. the presidential residence located in the escalon neighborhood was the target of an attack.",
                &["presidential residence"],
            ),
            (
                "a policeman was wounded today when urban guerrillas attacked the guards at a power substation in the capital.",
                &["power substation"],
            ),
            (
                "a car bomb exploded in lima. meanwhile, two bombs were thrown at a ussr embassy vehicle parked nearby.",
                &["ussr embassy vehicle"],
            ),
        ];
        assert_found(cases, targets_in);
        // A city, a weapon or a day before the attack word is no target.
        for text in [
            "The Paris attacks killed 130 people.",
            "A roadside bomb attack killed 12 soldiers.",
            "The deadly Saturday bombing killed 12 people.",
        ] {
            assert!(
                targets_in(text).is_empty(),
                "{text}: {:?}",
                targets_in(text)
            );
        }
        let (_, perpetrators) = people(
            "police said that unidentified persons placed 11 bombs in various bank branches in kano. seven of the bombs exploded.",
        );
        assert_eq!(perpetrators, ["unidentified persons"]);
        let (_, perpetrators) = people(
            "the priests murdered last friday (17 november) by uniformed men were buried in the capital.",
        );
        assert_eq!(perpetrators, ["uniformed men"]);
        let (found, actors) = extracted(
            "the front part of the plane and the cockpit were burned when a bomb, planted by unidentified persons, exploded.",
        );
        assert_eq!(
            names(&actors, &found[0].perpetrators),
            ["unidentified persons"]
        );
        assert!(
            found[0].targets.iter().all(|t| t.label != "cockpit"),
            "{:?}",
            found[0].targets
        );
    }

    #[test]
    fn targets_take_their_owner_and_leave_places_and_people() {
        type Without = (
            &'static str,
            &'static [&'static str],
            &'static [&'static str],
        );
        let cases: &[Without] = &[
            (
                "in huaraz the terrorists set fire to the offices of the local development corporation.",
                &["offices of the local development corporation"],
                &["offices"],
            ),
            (
                "a car bomb exploded at the finish line of the race in kano, killing two people.",
                &["finish line"],
                &["finish line of the race"],
            ),
            (
                "a bomb exploded in the peruvian town of yunguyo, killing two people.",
                &[],
                &["peruvian town", "peruvian town of yunguyo"],
            ),
            (
                "rebels denied that they directed an attack against supreme court of justice president mauricio gutierrez castro.",
                &[],
                &[
                    "supreme court",
                    "supreme court of justice president mauricio gutierrez castro",
                ],
            ),
            (
                "the national guard murdered university student mario flores near the port.",
                &[],
                &["university"],
            ),
            (
                "guerrillas attacked a residential neighborhood in the north of the capital, killing four people.",
                &[],
                &["residential neighborhood"],
            ),
        ];
        for (text, want, not) in cases {
            let targets = targets_in(text);
            for w in *want {
                assert!(
                    targets.iter().any(|t| t == w),
                    "{text}: {w} not in {targets:?}"
                );
            }
            for n in *not {
                assert!(
                    !targets.iter().any(|t| t == n),
                    "{text}: {n} in {targets:?}"
                );
            }
        }
        // Where the harmed were taken is neither target nor place of the attack.
        let text = "A bomb exploded in the pub, killing 21 people. Cabs helped by ferrying some of the injured to the General Hospital.";
        let found = attacks(text);
        let targets: Vec<&str> = found[0].targets.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(targets, ["pub"]);
        assert_eq!(found[0].location, None);
        // Whom an attempt was made on is its target, and no victim unless harmed.
        for text in [
            "Two drones exploded during the parade in an assassination attempt against President Peter Hallam.",
            "President Peter Hallam survived an assassination attempt when two drones exploded at the parade.",
        ] {
            let (found, actors) = extracted(text);
            let targets: Vec<&str> = found[0].targets.iter().map(|t| t.label.as_str()).collect();
            assert!(targets.contains(&"Peter Hallam"), "{text}: {targets:?}");
            assert!(names(&actors, &found[0].victims).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_kind_of_an_attack_names_no_doer() {
        for text in [
            "a policeman was killed during the terrorist attack in the city.",
            "a treasury police member was killed in a rebel attack in san miguel.",
            "eight minors were wounded in guerrilla attacks on the capital.",
        ] {
            let (_, perpetrators) = people(text);
            assert!(perpetrators.is_empty(), "{text}: {perpetrators:?}");
        }
        let (_, perpetrators) = people("rebels attacked a police post in the city.");
        assert_eq!(perpetrators, ["rebels"]);
    }

    #[test]
    fn people_convicted_and_those_coordinated_with_them_are_perpetrators() {
        let cases: &[Case] = &[
            (
                "Two bombs exploded at the fair. Varek Ostrinov was convicted on all counts Wednesday in the 2019 fair bombings.",
                &["varek ostrinov"],
            ),
            (
                "Two bombs exploded at the fair. Varek Ostrinov and his older brother, Tamas, were convicted of the bombing.",
                &["varek ostrinov", "tamas"],
            ),
            (
                "A bomb exploded at the fair. Brothers Tamas Ostrinov, left, and Varek Ostrinov are accused of carrying out the fair bombing.",
                &["tamas ostrinov", "varek ostrinov"],
            ),
            (
                "Bombs killed 30 people at the station. Police identified the attacker who set off the first bomb as John Weller.",
                &["john weller"],
            ),
            (
                "Bombs killed 30 people at the airport. His brother, John Weller, was named as the suicide bomber in the metro attack.",
                &["john weller"],
            ),
            (
                "The bombing was an act of terror by army veteran Peter Hallam and his accomplice, John Weller. It killed 40 people.",
                &["peter hallam", "john weller"],
            ),
        ];
        assert_found(cases, perpetrators_in);
        // Who sets off a bomb placed it; who sets off a mine trips it.
        let (_, perpetrators) =
            people("Tamas Ostrinov set off the first bomb near the finish line, killing two.");
        assert_eq!(perpetrators, ["tamas ostrinov"]);
        // No doers: who trips a mine, someone arrested near a force's name.
        for text in [
            "Two peasants were killed when Peter Hallam and John Weller set off a mine in the hills.",
            "A bomb killed three people at the fair. John Weller was arrested on Friday by members of the Joint Terrorism Task Force.",
        ] {
            let (_, perpetrators) = people(text);
            assert!(perpetrators.is_empty(), "{text}: {perpetrators:?}");
        }
        // Doers of other attacks, named by their titles: another city's bomber, a kidnapper.
        let (_, perpetrators) = people(
            "A bomb killed three people in Boston on Monday, and bomber Tamas Ostrinov was charged. Only two men were executed before him: Oklahoma City bomber Peter Hallam and kidnapper John Weller.",
        );
        assert_eq!(perpetrators, ["tamas ostrinov"]);
    }

    #[test]
    fn the_group_of_a_leader_who_did_the_deed_did_it() {
        let (found, actors) = extracted(
            "police said that cali cartel boss juan perez ordered the assassination of a senator.",
        );
        let perpetrators = names(&actors, &found[0].perpetrators);
        assert!(
            perpetrators.contains(&"cali cartel".to_owned()),
            "{perpetrators:?}"
        );
    }

    #[test]
    fn people_suspected_accused_or_arrested_for_the_deed_are_perpetrators() {
        let cases: &[Case] = &[
            (
                "Police identified the attacker who killed four people near the parliament as Kaled Marsood, a Briton.",
                &["attacker", "kaled marsood"],
            ),
            (
                "The brothers also shot dead a university patrol officer while trying to flee.",
                &["brothers"],
            ),
            (
                "Two suicide bombers blew themselves up in a crowded cafe in Tripoli.",
                &["two suicide bombers"],
            ),
            (
                "a car bomb exploded outside the headquarters. three persons suspected of participating in the attack were released.",
                &["three persons"],
            ),
            (
                "six priests were shot dead in the capital on 16 november. the soldiers accused of murdering the priests will be tried.",
                &["soldiers"],
            ),
            (
                "six priests were murdered on 16 november. the president announced the arrest of 45 soldiers and 2 officers for killing the priests.",
                &["45 soldiers", "2 officers"],
            ),
            (
                "gunmen attacked a bus in the city. the police have arrested two suspects in this attack.",
                &["two suspects"],
            ),
        ];
        assert_found(cases, perpetrators_in);
        // The government is no suspect, and a denial accuses nobody.
        let (_, perpetrators) = people(
            "a car bomb exploded outside the ministry, killing two people. the government was not accused of the attack.",
        );
        assert!(perpetrators.is_empty(), "{perpetrators:?}");
    }

    #[test]
    fn soldiers_who_kill_civilians_and_their_force_are_perpetrators() {
        // "by mistake" says how, and leaves the sentence active.
        let (_, perpetrators) = people(
            "sources reported today that guatemalan army troops killed nine peasants by mistake on 17 august.",
        );
        assert_eq!(perpetrators, ["guatemalan army troops", "guatemalan army"]);
    }

    #[test]
    fn seized_arms_are_no_weapons_and_parts_no_targets() {
        let found = attacks(
            "guerrillas dynamited a police truck near the town. the rebels then stole the policemen's weapons, which consisted of 8 rifles and 2 guns.",
        );
        let weapons: Vec<&str> = found[0].weapons.iter().map(|w| w.text.as_str()).collect();
        assert!(!weapons.contains(&"rifles"), "{weapons:?}");
        // Over a long list, and arms traded rather than used.
        let found = attacks(
            "guerrillas dynamited a police truck near the town. troops confiscated 13 ar-15 rifles, 10 m-16 rifles, 1 heavy-caliber mortar, 2 grenades, and explosives. the 20,000 rifles were sold to the army last year.",
        );
        let weapons: Vec<&str> = found[0].weapons.iter().map(|w| w.text.as_str()).collect();
        for booty in [
            "ar-15 rifles",
            "heavy-caliber mortar",
            "grenades",
            "explosives",
            "rifles",
        ] {
            assert!(!weapons.contains(&booty), "{weapons:?}");
        }
        // Arms seized, after them in the passive, and arms held.
        let found = attacks(
            "A bomb killed 20 people at the shrine. Fertilizer, pipes and grenades were seized in the raid. The suspect faces charges of possessing rifles.",
        );
        let weapons: Vec<&str> = found[0].weapons.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(weapons, ["bomb"]);
        // The weapon that names the kind of an attack is its weapon.
        let found = attacks(
            "the colonel was killed in a machinegun attack this morning. the army condemned the bomb attacks on the university.",
        );
        let weapons: Vec<&str> = found[0].weapons.iter().map(|w| w.text.as_str()).collect();
        assert!(
            weapons.contains(&"machinegun") && weapons.contains(&"bomb"),
            "{weapons:?}"
        );
        // A short form in brackets is the same weapon, written once.
        let found = attacks(
            "Two soldiers were wounded by an improvised explosive device (IED) near the base.",
        );
        let weapons: Vec<&str> = found[0].weapons.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(weapons, ["improvised explosive device"]);
        let found = attacks("a bomb exploded at the embassy and shattered the windows.");
        let targets: Vec<&str> = found[0].targets.iter().map(|t| t.label.as_str()).collect();
        assert!(!targets.contains(&"windows"), "{targets:?}");
    }

    #[test]
    fn a_definite_noun_refers_back_to_the_described_doer() {
        let text = "A suicide bomber blew himself up at a market in Manbij, killing 19 people. The bomber had mixed into a crowd outside the restaurant.";
        let (found, actors) = extracted(text);
        let doer = &actors.actors[found[0].perpetrators[0].0];
        assert_eq!(doer.name, "suicide bomber");
        assert_eq!(doer.aliases, ["bomber"]);
        // Two doers that end alike leave "the bomber" to neither.
        let text = "A suicide bomber blew himself up at the gate. A second car bomber struck the market. The bomber was 19.";
        let (found, actors) = extracted(text);
        for a in &found {
            for p in &a.perpetrators {
                assert!(
                    actors.actors[p.0].aliases.is_empty(),
                    "{:?}",
                    actors.actors[p.0]
                );
            }
        }
    }

    #[test]
    fn the_claimant_is_the_subject_of_the_claim() {
        let text = "a senator was kidnapped in kano. hours later, through anonymous calls to the metropolitan police, the extraditables claimed responsibility for the kidnapping.";
        let (found, actors) = extracted(text);
        assert_eq!(names(&actors, &found[0].claimed_by), ["the extraditables"]);
        // A claim to have been behind it, by a known group whose name goes on in lower case.
        for text in [
            "A bomb killed 22 people at the arena. Islamic State is claiming it was behind the attack.",
            "A bomb killed 22 people at the arena. The Islamic State group said it was behind the bombing.",
        ] {
            let (found, actors) = extracted(text);
            let claimed = names(&actors, &found[0].claimed_by);
            assert!(
                claimed.len() == 1 && claimed[0].starts_with("islamic state"),
                "{text}: {claimed:?}"
            );
        }
    }

    #[test]
    fn slots_of_the_main_attack() {
        let text = "The attackers, armed with grenades and AK-47 rifles, launched their attack on the Grand Plaza Hotel in Lagos on Saturday. Al-Nusra claimed responsibility for the attack.";
        let found = attacks(text);
        let a = &found[0];
        let weapons: Vec<&str> = a.weapons.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(weapons, ["grenades", "AK-47 rifles"]);
        assert_eq!(
            a.targets
                .iter()
                .map(|t| t.label.as_str())
                .collect::<Vec<_>>(),
            ["Grand Plaza Hotel"]
        );
        assert_eq!(a.date_text.as_ref().map(|d| d.0.as_str()), Some("Saturday"));
        assert_eq!(a.claimed_by.len(), 1);
        assert_eq!(a.attack_type, Some(AttackType::Other));
    }
}
