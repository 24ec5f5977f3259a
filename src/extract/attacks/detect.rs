//! Which words report an attack, and when they do not: word lists for sports, accidents,
//! fiction, disease, nature and words meant in words, the violent context a weak word needs,
//! and the year tying an attack word to an earlier attack.

use super::*;

pub(super) const SPORTS: &[&str] = &[
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
    "sprinter",
    "sprinters",
    "sprint",
    "relay",
    "hurdles",
    "laps",
    "podium",
    "olympic",
    "medal",
    "medallist",
    "medalist",
    "boxing",
    "boxer",
    "bout",
    "heavyweight",
    "knockout",
    "tennis",
    "aces",
    "seeded",
    "semifinal",
    "semi-final",
    "quarterfinal",
    "quarter-final",
    "golfer",
    "peloton",
];

/// Words of an accident rather than an attack, near an explosion.
pub(super) const ACCIDENT: &[&str] = &[
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
pub(super) const FICTION: &[&str] = &[
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
pub(super) const FICTION_MARKERS: &[&str] = &[
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
    "audience",
    "audiences",
    "played",
    "director",
    "cast",
    "production",
    "extras",
    "special-effects",
    "premiere",
];

/// Words of computer crime: its "attackers" hold data "hostage" and hurt no one.
pub(super) const CYBER: &[&str] = &[
    "ransomware",
    "malware",
    "cyberattack",
    "cyberattacks",
    "cyber-attack",
    "cyber-attacks",
    "cyber",
    "cybersecurity",
    "hacker",
    "hackers",
    "hacked",
    "hacking",
    "phishing",
];

/// Words of drills and war games: their "assault" and "strike" are practice.
pub(super) const EXERCISE: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "live-fire",
    "wargames",
    "maneuvers",
    "manoeuvres",
    "mock",
    "simulated",
];

/// Words of hunting game: its rifles, shots and injuries harm no one by attack.
pub(super) const HUNTING: &[&str] = &["hunter", "hunters", "hunting", "deer"];

/// What attacks a body without being anyone: "the virus attacks the lungs".
pub(super) const DISEASE: &[&str] = &[
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

/// Words of a search by the police, near a raid.
pub(super) const POLICE_RAID: &[&str] = &[
    "police",
    "officers",
    "sheriff",
    "deputies",
    "detectives",
    "investigators",
    "customs",
    "warrant",
    "warrants",
    "drug",
    "drugs",
    "counterfeit",
    "seized",
    "seize",
    "seizes",
    "seizure",
    "arrests",
    "cocaine",
    "heroin",
    "narcotics",
    "contraband",
];

/// Industries whose "mine" is a pit, not a weapon.
pub(super) const MINING: &[&str] = &[
    "coal", "gold", "copper", "salt", "diamond", "tin", "iron", "uranium", "silver", "jade",
    "lithium",
];

/// True for "mine" in "coal mine", "a mine collapse", "the mine where miners …": the word
/// names a pit.
pub(super) fn mining_site(keys: &[String], k: usize) -> bool {
    matches!(keys[k].as_str(), "mine" | "mines")
        && (k > 0 && MINING.contains(&keys[k - 1].as_str())
            || keys.get(k + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "collapse"
                        | "collapsed"
                        | "shaft"
                        | "shafts"
                        | "pit"
                        | "tunnel"
                        | "tunnels"
                        | "operator"
                        | "owner"
                        | "workers"
                        | "disaster"
                        | "cave-in"
                        | "flooded"
                )
            })
            || keys[k.saturating_sub(12)..(k + 12).min(keys.len())]
                .iter()
                .any(|w| matches!(w.as_str(), "miners" | "miner" | "mining")))
}
pub(super) const NEGATIVE_BEFORE: &[&str] = &[
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
    "takeover",
    "malware",
    "phishing",
    "hacking",
    "ddos",
    "denial-of-service",
];

/// Forces of nature: a wildfire, a flood or a quake burns, destroys and kills without an
/// attacker.
pub(super) const NATURAL: &[&str] = &[
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
pub(super) const TREND: &[&str] = &[
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
pub(super) const REHEARSAL: &[&str] = &[
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
pub(super) const HYPOTHETICAL: &[&str] = &[
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
pub(super) const CLAIM: &[&str] = &[
    "claimed", "claims", "claim", "asserted", "took", "accepted", "admitted",
];

pub(super) fn trigger_at(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    i: usize,
) -> Option<Trigger> {
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
/// Without `attack_words` (a whole story or sentence judged apart from its attack words) other
/// attack words do not count, an acid or a fire bomb does, and a bare "held" does not.
#[expect(
    clippy::too_many_arguments,
    reason = "the shared state of one extraction"
)]
pub(super) fn violent_context(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    actors: &Actors,
    first: usize,
    end: usize,
    skip: (usize, usize),
    casualties_count: bool,
    attack_words: bool,
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
        if is_attacker_noun(lex, keys, k).is_some() {
            return true;
        }
        if mining_site(keys, k) || flop(doc, keys, lex, k) || idea_killed(doc, keys, lex, k) {
            k += 1;
            continue;
        }
        if let Some((e, entry)) = lex.longest(doc, keys, k, |x| {
            matches!(
                x,
                Entry::Weapon(_) | Entry::PersonNoun(NounKind::Attacker) | Entry::Casualty(..)
            ) || attack_words && matches!(x, Entry::Attack(..))
        }) {
            let relevant = match entry {
                // "police ruled out arson", "no evidence of a bombing".
                _ if denied(keys, doc.sentences[doc.tokens[k].sent].first, k) => false,
                // "the bomb squad", "a bomb scare": no weapon used.
                Entry::Weapon(w) => {
                    // An acid or a fire bomb is a weapon in a story; near one word it may
                    // be a spill or a blaze.
                    !matches!(w, Weapon::Vehicle)
                        && (!attack_words || !matches!(w, Weapon::Chemical | Weapon::Incendiary))
                        && !keys.get(e).is_some_and(|n| {
                            matches!(
                                n.as_str(),
                                "squad" | "squads" | "disposal" | "scare" | "threat" | "threats"
                            )
                        })
                }
                // Across a whole story "holding" or "held" alone is no hostage: "held a
                // news conference", "holding copies of the deeds".
                Entry::Casualty(crate::event::CasualtyKind::Hostage, _)
                    if !attack_words
                        && !keys[k..e].iter().any(|w| {
                            ["hostage", "captiv", "kidnap", "abduct"]
                                .iter()
                                .any(|p| w.starts_with(p))
                        }) =>
                {
                    false
                }
                Entry::Casualty(kind, _) => {
                    casualties_count
                        && !crate::extract::casualties::precautionary(keys, e)
                        && matches!(
                            kind,
                            crate::event::CasualtyKind::Killed
                                | crate::event::CasualtyKind::Injured
                                | crate::event::CasualtyKind::Hostage
                        )
                }
                Entry::Attack(_, strong) => {
                    attack_words
                        && (strong
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
                            ))
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
pub(super) enum Harmed {
    People,
    Facility,
    Aimed,
}

pub(super) fn window(doc: &Doc<'_>, sent: usize, radius: usize) -> (usize, usize) {
    let a = doc.sentences[sent.saturating_sub(radius)].first;
    let b = doc.sentences[(sent + radius).min(doc.sentences.len() - 1)].end;
    (a, b)
}

/// How many of the words of `list` a document uses.
pub(super) fn distinct_words(keys: &[String], list: &[&str]) -> usize {
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
    // One word of computer crime may be an aside ("the agency's cyber unit"); two make the
    // story's subject.
    let cyber_doc = distinct_words(keys, CYBER) >= 2;
    // So with drills: "urged residents to exercise caution" is no drill.
    let exercise_doc = distinct_words(keys, EXERCISE) >= 2;
    let has_casualty = |s: &Sentence| {
        (s.first..s.end).any(|k| {
            !idea_killed(doc, keys, lex, k)
                && lex
                    .longest(doc, keys, k, |e| {
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
    // "panic attacks", "a heart attack": after such words a bare "the attacks" is the
    // illness again unless its sentence names a weapon or an attacker.
    let medical_attack = keys.windows(2).any(|w| {
        matches!(w[1].as_str(), "attack" | "attacks")
            && matches!(
                w[0].as_str(),
                "panic" | "heart" | "asthma" | "anxiety" | "migraine" | "gout"
            )
    });
    // A story that tells of an attack of the distant past (a siege of 1266).
    let historic_doc = words.iter().any(|t| {
        let s = doc.sentences[doc.tokens[t.first].sent];
        historic(doc, keys, &s)
    });
    // "attack from the gun", "the starting gun": a race's start.
    let start_gun = |k: usize| {
        keys[k] == "gun"
            && k >= 2
            && (keys[k - 1] == "starting" || keys[k - 1] == "the" && keys[k - 2] == "from")
    };
    // A weapon or a death in the sentence: violence even in a match report ("a grenade thrown
    // into a bar where fans watched a Premier League match killed two").
    let deadly = |s: &Sentence| {
        (s.first..s.end).any(|k| {
            !start_gun(k)
                && lex
                    .longest(doc, keys, k, |e| {
                        matches!(
                            e,
                            Entry::Weapon(_) | Entry::Casualty(CasualtyKind::Killed, _)
                        )
                    })
                    .is_some()
        })
    };
    for t in words {
        let sent = doc.tokens[t.first].sent;
        let s = doc.sentences[sent];
        let sentence_words = &keys[s.first..s.end];
        if sentence_words.iter().any(|w| SPORTS.contains(&w.as_str())) && !deadly(&s) {
            continue;
        }
        if t.first > 0 && NEGATIVE_BEFORE.contains(&keys[t.first - 1].as_str()) {
            continue;
        }
        // Ransomware "attackers" who held a hospital's systems "hostage": without a weapon or
        // a death in its sentence, an attack word of a story of computer crime is no violence.
        if cyber_doc && !deadly(&s) {
            continue;
        }
        // "a mock amphibious assault", "the sinking exercise": practice, unless someone died
        // or was hurt.
        if exercise_doc
            && sentence_words
                .iter()
                .any(|w| EXERCISE.contains(&w.as_str()))
            && !has_casualty(&s)
        {
            continue;
        }
        // "his rival went on the attack": a debate's attack.
        if t.first >= 3
            && keys[t.first - 2] == "on"
            && keys[t.first - 1] == "the"
            && matches!(
                keys[t.first - 3].as_str(),
                "go" | "goes" | "going" | "went" | "gone" | "come" | "came"
            )
        {
            continue;
        }
        // "the singer stormed across the stage", "stormed out of the meeting": an angry walk.
        if matches!(keys[t.first].as_str(), "stormed" | "storming" | "storms")
            && keys.get(t.end).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "across" | "out" | "off" | "away" | "onto" | "back" | "past"
                )
            })
        {
            continue;
        }
        // "the blast chiller", "a blast furnace": a machine named after a blast of air.
        if keys[t.first] == "blast"
            && t.end == t.first + 1
            && keys.get(t.end).is_some_and(|w| match lex.word_class(w) {
                Some(c) => c.noun && !c.verb && c.noun_class == Some(NounClass::Artifact),
                // A machine WordNet lacks: "chiller".
                None => w.len() > 4 && w.ends_with("er") && w.chars().all(char::is_alphabetic),
            })
        {
            continue;
        }
        // "police raided a warehouse and seized fake handbags", "dawn drug raids net 11
        // arrests": a search by the police (named before the raid), unless someone is killed
        // or hurt or attackers are named.
        let before_raid = &keys[t.first.saturating_sub(20).max(s.first)..t.first];
        if matches!(
            keys[t.first].as_str(),
            "raid" | "raids" | "raided" | "raiding"
        ) && before_raid
            .iter()
            .any(|w| POLICE_RAID.contains(&w.as_str()))
            && !before_raid.iter().any(|w| w == "armed")
            && !has_casualty(&s)
            && !(s.first..s.end).any(|k| is_attacker_noun(lex, keys, k).is_some())
        {
            continue;
        }
        // "the comedy is killing it": doing well.
        if matches!(
            keys[t.first].as_str(),
            "killing" | "kill" | "kills" | "killed"
        ) && keys.get(t.end).is_some_and(|w| w == "it")
        {
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
        if medical_attack
            && !t.strong
            && matches!(keys[t.first].as_str(), "attack" | "attacks")
            && !(s.first..s.end).any(|k| {
                lex.longest(doc, keys, k, |e| matches!(e, Entry::Weapon(_)))
                    .is_some()
                    || is_attacker_noun(lex, keys, k).is_some()
            })
        {
            continue;
        }
        if sports_doc && !deadly(&s) {
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
        if idea_killed(doc, keys, lex, t.first) {
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
            && !violent_context(doc, keys, lex, actors, a, b, (t.first, t.end), !blast, true)
        {
            continue;
        }
        // A siege of 1266, "medieval siege warfare": history, not news of an attack.
        if historic(doc, keys, &s) {
            continue;
        }
        // In a story of an animal's attack even "a massacre" needs a weapon, an attacker or
        // harmed people in its own sentence: "It was a massacre out there," said the rancher
        // whose sheep the wolves killed.
        if (t.strong && animal_attack || historic_doc)
            && !violent_context(
                doc,
                keys,
                lex,
                actors,
                s.first,
                s.end,
                (t.first, t.end),
                true,
                false,
            )
        {
            continue;
        }
        out.push(t);
    }
    // The later passes look only at sentences without an attack word yet, and never at a
    // match report, an accident or a storm.
    let open_sentence = |out: &[Trigger], si: usize, s: &Sentence| {
        let words = &keys[s.first..s.end];
        let sports = words.iter().any(|w| SPORTS.contains(&w.as_str()));
        let fiction = fiction_doc
            && words
                .iter()
                .any(|w| FICTION.contains(&w.as_str()) || FICTION_MARKERS.contains(&w.as_str()));
        !out.iter().any(|t| doc.tokens[t.first].sent == si)
            && (!sports || deadly(s))
            && (!fiction || has_casualty(s))
            && (!cyber_doc || deadly(s))
            && !words.iter().any(|w| {
                ACCIDENT.contains(&w.as_str())
                    || NATURAL.contains(&w.as_str())
                    || HUNTING.contains(&w.as_str())
            })
            && (!exercise_doc
                || !words.iter().any(|w| EXERCISE.contains(&w.as_str()))
                || has_casualty(s))
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
            if mining_site(keys, k) || flop(doc, keys, lex, k) {
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
                    // "fired rocket-propelled grenades at a police camp", "fired shots at".
                    if keys[k] == "fired" {
                        let mut w = a;
                        while w < s.end && w < a + 3 && !matches!(keys[w].as_str(), "at" | "on") {
                            w += 1;
                        }
                        let weapon = (a..w).any(|j| {
                            lex.longest(doc, keys, j, |e| matches!(e, Entry::Weapon(_)))
                                .is_some()
                                || matches!(keys[j].as_str(), "shots" | "rounds" | "bullets")
                        });
                        if weapon && w > a {
                            a = w;
                        }
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
        // "This is a real grenade lobbed into the final stretch," a professor said of a
        // campaign: a quoted grenade that hurts no one is a figure of speech.
        if quoted(doc, keys, k) && !has_casualty(s) {
            continue;
        }
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
                true,
            )
        })
    {
        out.clear();
    }
    // A document that names no weapon, attacker, armed group or harmed person besides its
    // attack words uses them in words, when they are weak or often said in words: a company
    // "under siege", a rival who "ambushed" a candidate in a debate. "The assassination of
    // the candidate" needs nothing more.
    if out.iter().all(|t| {
        !t.strong
            || matches!(
                keys[t.first].as_str(),
                "ambush"
                    | "ambushed"
                    | "ambushes"
                    | "massacre"
                    | "siege"
                    | "raid"
                    | "raided"
                    | "blitz"
                    | "onslaught"
                    | "bombardment"
                    | "bombarded"
            )
    }) && !violent_context(doc, keys, lex, actors, 0, keys.len(), (0, 0), true, false)
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
pub(super) fn accidental(keys: &[String], t: &Trigger) -> bool {
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
pub(super) fn figurative(
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
    ) && roles::np_at(
        doc,
        keys,
        lex,
        t.end + usize::from(keys.get(t.end).is_some_and(|w| w == "on")),
    )
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
    // "shares were shot down 18 percent", "sales shot up 5%": a figure moved.
    if keys[t.first..t.end]
        .iter()
        .any(|w| matches!(w.as_str(), "shot" | "shoot" | "shoots"))
        && keys[t.end..(t.end + 4).min(s.end)]
            .iter()
            .any(|w| matches!(w.as_str(), "percent" | "%" | "per" | "points"))
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
pub(super) const CARRIERS: &[&str] = &[
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
pub(super) const PURSE: &[&str] = &[
    "purse", "coffers", "fund", "funds", "savings", "pension", "pensions", "reserves", "treasury",
    "market", "markets", "shares", "stock", "stocks",
];

/// True for an attack word an animal did: "a shark attack", "attacked by a brown bear".
pub(super) fn animal_agent(
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
pub(super) fn quoted(doc: &Doc<'_>, keys: &[String], i: usize) -> bool {
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
pub(super) const DEBATED: &[&str] = &[
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
pub(super) fn abstract_noun(lex: &Lexicons, w: &str) -> bool {
    !matches!(w, "life" | "lives")
        && lex
            .word_class(w)
            .is_some_and(|c| c.noun_class == Some(NounClass::Abstract))
}

/// True for "bomb" or "bombed" said of a failure: "shares in the company bombed", "the film
/// bombed".
pub(super) fn flop(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, k: usize) -> bool {
    if !matches!(keys[k].as_str(), "bombed" | "bombs" | "bomb") {
        return false;
    }
    // "bombed at the box office", "bombed at launch", "bombed commercially".
    if keys.get(k + 1).is_some_and(|w| w == "at")
        && (keys[k + 2..(k + 5).min(keys.len())]
            .windows(2)
            .any(|w| w[0] == "box" && w[1] == "office")
            || keys
                .get(k + 2)
                .is_some_and(|w| matches!(w.as_str(), "launch" | "release" | "retail")))
        || keys
            .get(k + 1)
            .is_some_and(|w| matches!(w.as_str(), "commercially" | "critically"))
    {
        return true;
    }
    let first = doc.sentences[doc.tokens[k].sent].first;
    // "'Iron Vanguard' bombs": a title in quotation marks fails.
    let opened = |q: char| (first..k - 1).any(|j| keys[j].starts_with(q));
    if k > first
        && matches!(keys[k].as_str(), "bombed" | "bombs")
        && (doc.tokens[k - 1].kind == TokKind::Quote
            || ['\'', '’']
                .iter()
                .any(|&q| keys[k - 1].ends_with(q) && (opened(q) || opened('‘'))))
    {
        return true;
    }
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
        // "the game bombed": a show, a game or a launch fails; nobody bombs with one.
        np.head >= first
            && (abstract_noun(lex, &keys[np.head])
                || lex.word_class(&keys[np.head]).is_some_and(|c| {
                    matches!(c.noun_class, Some(NounClass::Act | NounClass::Possession))
                }))
    })
}

/// Words of the distant past.
const HISTORIC: &[&str] = &[
    "medieval",
    "mediaeval",
    "ancient",
    "trebuchet",
    "trebuchets",
];

/// True for a sentence set in the distant past: a year before 1800 or a word of the middle
/// ages.
pub(super) fn historic(doc: &Doc<'_>, keys: &[String], s: &Sentence) -> bool {
    (s.first..s.end).any(|k| {
        HISTORIC.contains(&keys[k].as_str())
            || matches!(
                dates::parse_at(doc, k).map(|t| t.value),
                Some(TimeValue::Year(y)) if y < 1800
            )
    })
}

/// True for "kill" said of a plan or an idea: "the publisher kills the sequel deal", "killed
/// the bill".
pub(super) fn idea_killed(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, k: usize) -> bool {
    matches!(keys[k].as_str(), "kill" | "kills" | "killed")
        && (keys.get(k + 1).is_some_and(|w| w == "off")
            || roles::np_at(doc, keys, lex, k + 1).is_some_and(|np| {
                np.first == k + 1
                    && !matches!(keys[np.head].as_str(), "life" | "lives")
                    && lex.word_class(&keys[np.head]).is_some_and(|c| {
                        matches!(
                            c.noun_class,
                            Some(NounClass::Abstract | NounClass::Act | NounClass::Possession)
                        )
                    })
            }))
}

/// True when the phrase after an attack word at `at` is an idea, a quality or a matter of
/// politics: "an attack on freedom", "a blistering attack on the government's budget".
pub(super) fn verbal_object(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, at: usize) -> bool {
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
pub(super) fn weapon_class_modifier(keys: &[String], lex: &Lexicons, t: &Trigger) -> bool {
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
pub(super) fn denied(keys: &[String], sentence_first: usize, at: usize) -> bool {
    // "lightning, not arson", "there was no attack", "not a bombing".
    let mut b = at;
    if b > sentence_first && matches!(keys[b - 1].as_str(), "a" | "an") {
        b -= 1;
    }
    if b > sentence_first && matches!(keys[b - 1].as_str(), "not" | "no") {
        return true;
    }
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
pub(super) fn label_noun(w: &str) -> &'static str {
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
pub(super) fn trigger_year(
    doc: &Doc<'_>,
    keys: &[String],
    t: &Trigger,
) -> Option<(i16, usize, usize)> {
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
