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
use super::places::{PlaceMention, Places};
use super::roles::{self, Arg, Np, Role};
use super::text::{Doc, Sentence, TokKind};
use crate::event::{
    ActorId, ActorKind, Attack, AttackType, CasualtyKind, PlaceId, PlaceKind, Target, Weapon,
    WeaponMention,
};
use jiff::civil::Date;
use std::collections::BTreeMap;

mod arguments;
mod detect;
mod doers;
mod setting;
mod victims;

use arguments::*;
use detect::*;
use doers::*;
use setting::*;
use victims::*;

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
    let mut other_places = split_by_place(doc, keys, places, &mut main_triggers);
    other_places.extend(split_separate(doc, keys, &mut main_triggers));
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
    // Whoever did it is no victim of it, even when harmed later (shot by the police).
    for attack in &mut found.attacks {
        let doers = attack.perpetrators.clone();
        attack.victims.retain(|v| !doers.contains(v));
        attack.perpetrators = distinct_doers(actors, &attack.perpetrators);
    }
    found
}

/// The doers of one attack without descriptions that another one repeats with only a count
/// or a hedge: "gunmen" beside "five gunmen", "suspect" beside "possible suspect". Other
/// words may tell another group: "guerrillas" beside "urban guerrillas".
fn distinct_doers(actors: &Actors, doers: &[ActorId]) -> Vec<ActorId> {
    let words = |id: &ActorId| -> Vec<String> {
        actors.actors[id.0]
            .name
            .to_lowercase()
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let only_more = |extra: &str| {
        super::number::is_number_word(extra)
            || matches!(
                extra,
                "possible" | "suspected" | "alleged" | "unidentified" | "unknown" | "several"
            )
    };
    doers
        .iter()
        .filter(|&x| {
            let actor = &actors.actors[x.0];
            let wx = words(x);
            actor.named
                || !doers.iter().any(|y| {
                    let other = &actors.actors[y.0];
                    let wy = words(y);
                    y != x
                        && !other.named
                        && other.kind == actor.kind
                        && wy.len() > wx.len()
                        && wx.iter().all(|w| wy.contains(w))
                        && wy.iter().filter(|w| !wx.contains(w)).all(|w| only_more(w))
                })
        })
        .copied()
        .collect()
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
    // After: "in X" within the clause; "on a police post on the outskirts of X", "shelled the
    // southern city of X".
    let mut k = t.end;
    while k < s.end && k < t.end + 12 {
        if matches!(
            keys[k].as_str(),
            "," | ";" | "which" | "that" | "who" | "when" | "and"
        ) {
            break;
        }
        let of_place = keys[k] == "of"
            && k > 0
            && matches!(
                keys[k - 1].as_str(),
                "outskirts" | "city" | "town" | "village" | "centre" | "center" | "suburbs"
            );
        if of_place || matches!(keys[k].as_str(), "in" | "at" | "near" | "outside") {
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
    // Fronted: "Hours later, in neighbouring Lamu county, militants fired on a police camp".
    places
        .in_range(s.first, t.first)
        .filter(|m| {
            m.first > s.first
                && matches!(keys[m.first - 1].as_str(), "in" | "near")
                && keys.get(m.end).is_some_and(|w| w == ",")
                // The clause's subject, then the attack word: not "In Washington, the
                // secretary issued a statement saying that the attack …".
                && t.first <= m.end + 5
                && (m.end + 1..t.first).all(|k| {
                    keys[k] != ","
                        && LEXICONS
                            .longest(doc, keys, k, |e| matches!(e, Entry::Speech))
                            .is_none()
                })
        })
        .last()
        .map(|m| m.place)
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

/// True when a sentence says it tells of another event than the story's: "In a separate
/// incident, …", "Separately, a fuel tanker explosion killed 86 people".
pub(crate) fn separate_sentence(keys: &[String], s: &Sentence) -> bool {
    keys[s.first..s.end.min(s.first + 6)]
        .windows(2)
        .any(|w| w[0] == "separate" && matches!(w[1].as_str(), "incident" | "attack" | "attacks"))
        || keys.get(s.first).is_some_and(|w| w == "separately")
}

/// Takes out of `main` the attack words of sentences that say they tell of another attack ("In
/// a separate incident, a soldier was killed when a drone …"), one group per sentence, unless
/// that would leave the main attack without a word.
fn split_separate(
    doc: &Doc<'_>,
    keys: &[String],
    main: &mut Vec<Trigger>,
) -> Vec<(Vec<Trigger>, bool)> {
    let separate = |t: &Trigger| separate_sentence(keys, &doc.sentences[doc.tokens[t.first].sent]);
    if main.iter().all(separate) {
        return Vec::new();
    }
    let mut groups: Vec<(usize, Vec<Trigger>)> = Vec::new();
    main.retain(|t| {
        if !separate(t) {
            return true;
        }
        let sent = doc.tokens[t.first].sent;
        match groups.iter_mut().find(|g| g.0 == sent) {
            Some(g) => g.1.push(*t),
            None => groups.push((sent, vec![*t])),
        }
        false
    });
    groups.into_iter().map(|(_, ts)| (ts, false)).collect()
}

/// Takes out of `main` the attack words placed in another city than the main attack's, grouped
/// by that place; each group says whether the text puts it earlier.
fn split_by_place(
    doc: &Doc<'_>,
    keys: &[String],
    places: &Places,
    main: &mut Vec<Trigger>,
) -> Vec<(Vec<Trigger>, bool)> {
    // The town of a place, else its region ("Lamu county").
    let city_of = |p: PlaceId| {
        let chain = places.chain(p);
        chain
            .iter()
            .find(|q| places.places[q.0].kind == PlaceKind::City)
            .or_else(|| {
                chain
                    .iter()
                    .find(|q| places.places[q.0].kind == PlaceKind::Region)
            })
            .copied()
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
            // A region that holds the main attack's town is no other place.
            Some(c) if c != main_city && !places.chain(main_city).contains(&c) => {
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
            // "an Anna Holt concert" attacked: a name modifying the head names no victim.
            let modifier = m.end <= arg.np.head;
            // Whom an attempt was made on is its target (see `victims`).
            let span = doc.span_of(m.first, m.end);
            let targeted = attack.targets.iter().any(|t| t.span == span);
            if a.named
                && !targeted
                && a.kind == ActorKind::Person
                && !owner
                && !modifier
                && !attack.victims.contains(&m.actor)
                && !attack.perpetrators.contains(&m.actor)
            {
                attack.victims.push(m.actor);
            }
        }
    }

    // Named people the text makes the attackers: "bomber Salman Abedi", "X, the gunman",
    // "X was convicted of the bombing", "X is behind the attack".
    // A doer harmed later ("X and his brother Y set off the bombs … Y was killed in a
    // shootout with police") is a perpetrator, not a victim, of this attack.
    let only = year.map(|_| sentences.as_slice());
    for id in named_perpetrators(doc, keys, actors, places, &attack, only) {
        attack.victims.retain(|v| *v != id);
        if !attack.perpetrators.contains(&id) {
            attack.perpetrators.push(id);
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
            "The suicide attack at a Mira Holt concert left 22 people dead.",
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
            // Denied, a flop, a kitchen machine, doing well, an illness, a race, a police search.
            "Lightning, not arson, sparked the wildfire. No one was injured, and there was no attack, officials stressed.",
            "The $210 million epic bombed at the box office over its opening weekend.",
            "He had a meltdown when his panna cottas refused to set, accusing the blast chiller of sabotage.",
            "The animated comedy is killing it, earning $48 million in its second weekend.",
            "She had her first panic attack at 19. Recurrent attacks can make people fear another episode, and she learned the attacks could not hurt her.",
            "The sprinter set a world record and took the medal on the podium. \"I knew I had to attack from the gun,\" she said.",
            "Police and customs officers raided a warehouse on Tuesday and seized 40,000 counterfeit handbags.",
            "The champion was taken to hospital as a precaution after a relentless assault on his body in the ninth round.",
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
            // A raid in which people are killed.
            "Police raided the compound at dawn, and gunmen inside killed two officers.",
            "Armed men raided a police station overnight and made off with rifles, police said.",
            // A grenade in a bar where fans watched a match.
            "Two people were killed when an assailant threw a grenade into a sports bar where fans were watching a Premier League match.",
        ] {
            assert_eq!(attacks(text).len(), 1, "{text}: {:?}", attacks(text));
        }
    }

    #[test]
    fn attacks_in_other_towns_are_their_own() {
        for text in [
            "A bomb exploded in Kano on Monday, killing four people. Gunmen opened fire on a bus in Maiduguri, killing two.",
            // A place fronted before the attack's clause, and shots fired with their weapon
            // named.
            "A bomb exploded in Kano on Monday, killing four people. Hours later, in Maiduguri, gunmen fired rockets at a police camp.",
            "A bomb exploded in Kano on Monday, killing four people. Two men opened fire on a police post on the outskirts of Maiduguri, killing three officers.",
        ] {
            let found = attacks(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
        }
        // A sentence that says it tells of another attack.
        let found = attacks(
            "A car bomb exploded outside a police station in Kano on Tuesday, killing two. In a separate incident, a soldier was killed when a drone dropped a bomb on an army base.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        // Where the speaker is tells nothing of where the attack was.
        let found = attacks(
            "A bomb exploded in Kano on Monday, killing four people. In Lagos, the minister issued a statement saying that the attack was evil.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
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
    fn a_cited_attack_has_the_doers_its_own_sentences_name() {
        let text = "Convicted bomber Varek Ostrinov carried out the 2013 bombing in Lagos that killed three people, his lawyer said. The appeal opened in 2016.";
        let (found, actors) = extracted(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].cited);
        assert_eq!(names(&actors, &found[0].perpetrators), ["varek ostrinov"]);
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
            "A bomb killed three people at the fair. Defense attorney Mira Holt, who opened the trial last month, spoke on Monday.",
            "A bomb exploded at the fair. Then a second bomber approached the Dara Penn café.",
        ] {
            let (_, perpetrators) = people(text);
            assert!(perpetrators.is_empty(), "{text}: {perpetrators:?}");
        }
        // A doer killed later by the police is no victim of the attack.
        let (victims, perpetrators) = people(
            "Two bombs exploded at the fair. Varek Ostrinov and his brother, Tamas Ostrinov, were convicted of the bombing. Tamas Ostrinov was later killed by police.",
        );
        assert!(victims.is_empty(), "{victims:?}");
        assert!(
            perpetrators.contains(&"tamas ostrinov".to_owned()),
            "{perpetrators:?}"
        );
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
            // A later bare description is no second doer.
            (
                "five gunmen attacked a bus in the city. witnesses said gunmen opened fire on the bus.",
                &["five gunmen"],
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
