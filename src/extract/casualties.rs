//! Casualty figures: a number, the people it counts, what happened to them, who said so and
//! when — one figure per source and number: conflicting figures all stay, and only the same
//! figure told again (a headline's "kill 12" above "left 12 dead, police said") is one.
//!
//! A figure is a count (see `number`) tied to a casualty word by one of three shapes:
//! - after: "68 people had been killed", "175 wounded", "close to 50 still missing",
//!   "No Americans were believed to be among the dead";
//! - before: "killing more than 200 people", "rescued about 1,000 people", "the death toll rose
//!   to 68";
//! - inside: "two wounded soldiers were carried out".
//!
//! Whatever the count heads must be people ("30 hours" is not a figure), and a count of
//! attackers with no casualty word ("10 to 15 attackers remained") is not one either.

use super::actors::Actors;
use super::dates::{self, TimeValue};
use super::lexicon::{Entry, LEXICONS, Lexicons, NounClass, NounKind, Pos, Position};
use super::number::{self, Count};
use super::statements;
use super::text::{Doc, TokKind};
use crate::event::{ActorId, AttackId, Casualty, CasualtyKind, Qualifier};
use jiff::civil::Date;

/// The auxiliaries of a passive or perfect verb: "were killed", "have died".
const BE_HAVE: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being",
];

/// True when a noun phrase that could be a verb's object starts at `i`: a number or a
/// determiner ("killed seven people", "shot a police officer", "wounded the driver").
fn object_at(doc: &Doc<'_>, keys: &[String], i: usize) -> bool {
    i < keys.len()
        && (number::parse_at(doc, i).is_some()
            || matches!(
                keys[i].as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "its"
            ))
}

const AUX: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "reportedly",
    "reported",
    "confirmed",
    "believed",
    "feared",
    "said",
    "thought",
    "known",
    "to",
    "still",
    "also",
    "later",
    "all",
    "now",
    "so",
    "far",
    "initially",
    "officially",
    "presumed",
    "feared",
    "listed",
    "as",
    "either",
    "or",
    "apparently",
    "allegedly",
    "likely",
    "probably",
    "seriously",
    "critically",
    "badly",
    "slightly",
    "fatally",
    "left",
    "remain",
    "remained",
    "remains",
    "being",
    "not",
    "may",
    "might",
    "could",
    "would",
    "will",
    "more",
    "others",
];
const TOLL_GAP: &[&str] = &[
    "rose",
    "risen",
    "climbed",
    "reached",
    "stood",
    "stands",
    "is",
    "was",
    "has",
    "had",
    "jumped",
    "increased",
    "at",
    "to",
    "of",
    "now",
    "risen",
    "hit",
    "passed",
    "topped",
    "officially",
    "reportedly",
];

fn casualty_at(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    i: usize,
) -> Option<(usize, CasualtyKind, Position)> {
    // "five counts of attempted murder", "a plot to kill": a deed tried or planned harms no
    // one.
    let tried = |w: &str| {
        matches!(
            w,
            "attempted"
                | "attempt"
                | "attempting"
                | "tried"
                | "trying"
                | "plot"
                | "plotted"
                | "plotting"
                | "conspiracy"
                | "conspiring"
        )
    };
    if i > 0 && tried(&keys[i - 1]) || i > 1 && keys[i - 1] == "to" && tried(&keys[i - 2]) {
        return None;
    }
    if taken_away(keys, i) {
        return Some((i + 1, CasualtyKind::Hostage, Position::After));
    }
    match lex.longest(doc, keys, i, |e| matches!(e, Entry::Casualty(..))) {
        Some((end, Entry::Casualty(CasualtyKind::Injured, _))) if precautionary(keys, end) => None,
        Some((end, Entry::Casualty(kind, pos))) => Some((end, kind, pos)),
        _ => None,
    }
}

/// "81 pupils had been taken", "more than 100 children were taken from the school": people
/// taken, with no place they were taken to and no one who took them to safety, were
/// abducted. Not "taken to hospital", "taken from the scene by ambulance", "taken by police".
/// Not a lexicon entry: there a bare "taken" would count as violence when detecting attacks.
fn taken_away(keys: &[String], i: usize) -> bool {
    if keys.get(i).is_none_or(|w| w != "taken")
        || i == 0
        || !matches!(keys[i - 1].as_str(), "been" | "were" | "was" | "being")
    {
        return false;
    }
    let next = keys.get(i + 1).map_or(".", String::as_str);
    if !matches!(next, "from" | "by" | "," | "." | ";" | "and" | "\"" | "'") {
        return false;
    }
    !keys[i + 1..(i + 8).min(keys.len())].iter().any(|w| {
        matches!(
            w.as_str(),
            "hospital"
                | "hospitals"
                | "clinic"
                | "ambulance"
                | "ambulances"
                | "helicopter"
                | "scene"
                | "rubble"
                | "wreckage"
                | "safety"
                | "morgue"
                | "mortuary"
                | "police"
                | "authorities"
                | "officers"
                | "soldiers"
                | "troops"
                | "custody"
                | "to"
                | "into"
        )
    })
}

/// Participles that open a phrase of their own after a noun for people ("three men suspected
/// of helping the bomber").
const PARTICIPLES: &[&str] = &[
    "known",
    "suspected",
    "accused",
    "wanted",
    "believed",
    "thought",
];

/// "taken to hospital as a precaution", "for observation": an injury word that tells of no
/// injury, ending at `end`.
pub(crate) fn precautionary(keys: &[String], end: usize) -> bool {
    keys[end..(end + 4).min(keys.len())]
        .iter()
        .any(|w| matches!(w.as_str(), "precaution" | "observation" | "checks"))
}

fn person_noun(lex: &Lexicons, keys: &[String], i: usize) -> Option<NounKind> {
    lex.entries(&keys[i..=i])
        .iter()
        .find_map(|e| match e {
            Entry::PersonNoun(k) => Some(*k),
            Entry::Demonym(_) => Some(NounKind::Person),
            _ => None,
        })
        // Any other noun whose first sense is a person: "fishermen", "captives", "pilgrims".
        .or_else(|| {
            lex.word_class(&keys[i])
                .filter(|c| c.noun && c.usual == Pos::Noun)
                .and_then(|c| (c.noun_class == Some(NounClass::Person)).then_some(NounKind::Person))
        })
}

/// The noun phrase after a count: words up to a casualty word, an auxiliary or a break. Returns
/// its end and whether its head is a word for people (an empty phrase counts as people).
struct NounPhrase {
    end: usize,
    people: bool,
    empty: bool,
    /// A casualty adjective inside it ("two wounded soldiers").
    adjective: Option<CasualtyKind>,
    /// A casualty noun heading it ("two bodies", "68 deaths").
    noun_kind: Option<CasualtyKind>,
}

fn noun_phrase(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    start: usize,
    limit: usize,
) -> NounPhrase {
    let mut j = start;
    let mut adjective = None;
    let mut last_word = None;
    // "dozens of people", "two of the hostages".
    let mut partitive = false;
    if keys.get(j).is_some_and(|w| w == "of") {
        j += 1;
        partitive = true;
        if keys
            .get(j)
            .is_some_and(|w| matches!(w.as_str(), "the" | "them" | "those" | "whom"))
        {
            j += 1;
        }
    }
    // "three of the wounded later died": the casualty word names the group the count is
    // taken from; what happened to them comes after (or, failing that, is the word itself).
    if partitive && j < limit {
        if let Some((end, kind, _)) = casualty_at(doc, keys, lex, j) {
            let noun_follows =
                (end..(end + 2).min(limit)).any(|k| person_noun(lex, keys, k).is_some());
            if !noun_follows {
                return NounPhrase {
                    end,
                    people: true,
                    empty: false,
                    adjective: None,
                    noun_kind: Some(kind),
                };
            }
        }
    }
    while j < limit && j - start < 6 {
        let t = &doc.tokens[j];
        if t.kind != TokKind::Word || AUX.contains(&keys[j].as_str()) {
            break;
        }
        // "put the death toll at nine late Wednesday": a time ends the phrase.
        let time_at = |k: usize| k < limit && dates::parse_at(doc, k).is_some();
        // Not a time that names the people: "a night watchman".
        if time_at(j) && person_noun(lex, keys, j + 1).is_none()
            || matches!(keys[j].as_str(), "late" | "early") && time_at(j + 1)
        {
            break;
        }
        // "Hundreds mourn teenager killed in …": a verb ends the phrase, and the count is its
        // subject, not the one killed.
        if lex
            .word_class(&keys[j])
            .is_some_and(|c| c.verb && !c.noun && !c.adj)
            && casualty_at(doc, keys, lex, j).is_none()
        {
            break;
        }
        // "three men suspected of helping the bomber": a participle after the people noun
        // opens a phrase of its own.
        if PARTICIPLES.contains(&keys[j].as_str())
            && last_word.is_some_and(|h| person_noun(lex, keys, h).is_some())
        {
            break;
        }
        // "seven members of the national guard were harmed", "three survivors of the bombing
        // were wounded": the people noun heads the phrase; its "of" phrase runs to the verb.
        if keys[j] == "of" && last_word.is_some_and(|h| person_noun(lex, keys, h).is_some()) {
            let verb = (j + 1..(j + 7).min(limit)).find(|&k| {
                AUX.contains(&keys[k].as_str()) || casualty_at(doc, keys, lex, k).is_some()
            });
            if let Some(v) = verb.filter(|&v| {
                keys[j + 1..v]
                    .iter()
                    .all(|w| !matches!(w.as_str(), "," | "and" | "who" | "which" | "that"))
            }) {
                return NounPhrase {
                    end: v,
                    people: true,
                    empty: false,
                    adjective,
                    noun_kind: None,
                };
            }
            // No verb after it: the phrase ends with its head ("among the dead were three
            // members of the security forces").
            return NounPhrase {
                end: j,
                people: true,
                empty: false,
                adjective,
                noun_kind: None,
            };
        }
        if matches!(
            keys[j].as_str(),
            "and"
                | "but"
                | "in"
                | "on"
                | "at"
                | "from"
                | "who"
                | "which"
                | "that"
                | "after"
                | "during"
                | "with"
                | "by"
                | "when"
                | "while"
                | "the"
                | "a"
                | "an"
        ) {
            break;
        }
        if let Some((end, kind, _)) = casualty_at(doc, keys, lex, j) {
            // An adjective when a noun for people follows ("wounded attacker").
            let noun_follows =
                (end..(end + 3).min(limit)).any(|k| person_noun(lex, keys, k).is_some());
            // Not a verb with its counted object: "a suicide bomber killed seven people". A
            // noun is no adjective: "a death penalty expert", "a hostage negotiator".
            let modifies = lex.word_class(&keys[j]).is_some_and(|c| c.adj || c.verb);
            if noun_follows
                && modifies
                && !object_at(doc, keys, end)
                && end < limit
                && doc.tokens[end].kind == TokKind::Word
                && !AUX.contains(&keys[end].as_str())
            {
                adjective = Some(kind);
                j = end;
                continue;
            }
            // A noun before another noun is an ordinary word of the phrase: "a death penalty
            // expert", "a hostage negotiator".
            let compound = !modifies
                && end < limit
                && lex
                    .word_class(&keys[end])
                    .is_some_and(|c| c.noun && !c.verb);
            if compound {
                last_word = Some(end - 1);
                j = end;
                continue;
            }
            // A casualty noun heads the phrase: "two bodies", "68 deaths".
            if matches!(
                keys[j].as_str(),
                "bodies"
                    | "dead bodies"
                    | "deaths"
                    | "fatalities"
                    | "hostages"
                    | "hostage"
                    | "injuries"
                    | "dead"
            ) && last_word.is_none()
            {
                return NounPhrase {
                    end,
                    people: true,
                    empty: false,
                    adjective,
                    noun_kind: Some(kind),
                };
            }
            break;
        }
        last_word = Some(j);
        j += 1;
    }
    match last_word {
        None => NounPhrase {
            end: j,
            people: true,
            empty: true,
            adjective,
            noun_kind: None,
        },
        Some(h) => {
            // "two brown bear cubs": young animals, not people.
            let animal = (start..h).any(|k| {
                lex.word_class(&keys[k])
                    .is_some_and(|c| c.noun && !c.adj && c.noun_class == Some(NounClass::Animal))
            });
            let people = person_noun(lex, keys, h).is_some() && !animal
                || matches!(keys[h].as_str(), "others" | "more" | "people" | "persons");
            NounPhrase {
                end: j,
                people,
                empty: false,
                adjective,
                noun_kind: None,
            }
        }
    }
}

/// True when tokens `first..end` name a period a tally runs over: "in the first half of this
/// year", "in the same period", "in the six months to June 30", "over the past two years",
/// "since January 2009", "so far this year".
fn tally_period(keys: &[String], first: usize, end: usize) -> bool {
    let w = &keys[first..end];
    w.windows(2).any(|p| {
        matches!(
            p[0].as_str(),
            "first" | "second" | "past" | "last" | "previous" | "same"
        ) && matches!(p[1].as_str(), "half" | "period" | "quarter" | "decade")
    }) || w.iter().enumerate().any(|(i, x)| {
        matches!(x.as_str(), "months" | "years" | "weeks")
            && w[i.saturating_sub(3)..i]
                .iter()
                .any(|y| matches!(y.as_str(), "in" | "over" | "during" | "within"))
            && w[i.saturating_sub(3)..i]
                .iter()
                .any(|y| matches!(y.as_str(), "the" | "past" | "last" | "first"))
    }) || (0..w.len().saturating_sub(1)).any(|i| {
        // Not "the deadliest since March, when gunmen killed 14": one attack, dated.
        w[i] == "since"
            && (dates::month(&w[i + 1]).is_some()
                || w[i + 1].len() == 4 && w[i + 1].chars().all(|c| c.is_ascii_digit()))
            && !w[i + 2..(i + 6).min(w.len())].iter().any(|x| x == "when")
    }) || w
        .windows(3)
        .any(|p| p[0] == "so" && p[1] == "far" && p[2] == "this")
}

/// A figure found in a sentence, before its attack and source are set.
struct Raw {
    count: Count,
    kind: CasualtyKind,
    np: (usize, usize),
}

/// A count at `i`, or "a" and "an" as a weak count of one: "a wounded attacker", "including a
/// child". Only tight patterns around it make a weak count a figure.
fn count_at(doc: &Doc<'_>, keys: &[String], i: usize) -> Option<Count> {
    number::parse_at(doc, i).or_else(|| {
        matches!(keys[i].as_str(), "a" | "an").then_some(Count {
            first: i,
            end: i + 1,
            count: 1,
            max: None,
            qualifier: Qualifier::Exact,
            weak: true,
        })
    })
}

fn figures_in_sentence(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    first: usize,
    end: usize,
) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    // "3,812 civilians were killed in the first half of this year", "since January 2009": a
    // tally over a period counts many attacks, not one.
    if tally_period(keys, first, end) {
        return out;
    }
    let mut i = first;
    while i < end {
        // A year or a date is not a count, nor is the day in it ("the April 15 bombings").
        if let Some(t) = dates::parse_at(doc, i).filter(|t| {
            matches!(
                t.value,
                TimeValue::Year(_)
                    | TimeValue::Date(_)
                    | TimeValue::MonthDay(..)
                    | TimeValue::MonthYear(..)
            )
        }) {
            i = t.end.max(i + 1);
            continue;
        }
        // "No one was injured", "nobody was hurt": zero. The number grammar leaves "no one"
        // out; here it counts only with a casualty word, as every count does, so "no one
        // claimed the attack" gives no figure.
        let nobody = match (keys[i].as_str(), keys.get(i + 1).map(String::as_str)) {
            ("no", Some("one")) => Some(i + 2),
            ("nobody", _) => Some(i + 1),
            _ => None,
        };
        let count = nobody.map(|e| Count {
            first: i,
            end: e,
            count: 0,
            max: None,
            qualifier: Qualifier::Exact,
            weak: false,
        });
        let count = count.or_else(|| count_at(doc, keys, i));
        let Some(count) = count.filter(|c| c.end <= end) else {
            i += 1;
            continue;
        };
        // "The suspect, 31, remains in custody": an age between commas after a person.
        let age = count.first > first + 1
            && keys[count.first - 1] == ","
            && keys.get(count.end).is_some_and(|w| w == ",")
            && count.end == count.first + 1
            && keys[count.first].chars().all(|c| c.is_ascii_digit())
            && count.count < 120
            && doc.tokens[count.first - 2].kind == TokKind::Word;
        if age {
            i = count.end;
            continue;
        }
        // "a further eight people": the count is the number after "further".
        if count.weak
            && keys.get(count.end).is_some_and(|w| w == "further")
            && number::parse_at(doc, count.end + 1).is_some()
        {
            i += 1;
            continue;
        }
        let np = noun_phrase(doc, keys, lex, count.end, end);
        if count.weak && (np.empty || !np.people) {
            i += 1;
            continue;
        }
        let mut kind = None;
        // Where to look for the next count: after a participle's phrase that this figure
        // spans ("three men suspected of killing a policeman were arrested").
        let mut resume = count.end;
        if np.people {
            // After: auxiliaries, then a casualty word; over a list of who is included
            // ("15 civilians, including six women and eight children, were killed") and over
            // a count joined to this one ("four women and one child were among the killed").
            let mut k = np.end;
            if keys.get(k).is_some_and(|w| w == ",")
                && keys.get(k + 1).is_some_and(|w| w == "including")
            {
                if let Some(close) = (k + 2..(k + 14).min(end)).find(|&j| keys[j] == ",") {
                    k = close + 1;
                }
            } else if keys.get(k).is_some_and(|w| w == "and") && k + 1 < end {
                if let Some(next) = number::parse_at(doc, k + 1).filter(|c| c.end <= end) {
                    let np2 = noun_phrase(doc, keys, lex, next.end, end);
                    if np2.people && !np2.empty {
                        k = np2.end;
                    }
                }
            }
            // Over an apposition or where they are from, to the verb: "Two of the victims, a
            // man in his sixties and a woman in her twenties, were in a serious condition", "a
            // 34-year-old man from Bradford was being held in custody".
            let aux_at = |j: usize| j < end && AUX.contains(&keys[j].as_str());
            if keys.get(k).is_some_and(|w| w == ",") {
                if let Some(close) = (k + 1..(k + 14).min(end)).find(|&j| keys[j] == ",") {
                    let plain = (k + 1..close).all(|j| {
                        !AUX.contains(&keys[j].as_str())
                            && casualty_at(doc, keys, lex, j).is_none()
                            && lex
                                .longest(doc, keys, j, |x| matches!(x, Entry::Speech))
                                .is_none()
                    });
                    if plain && close > k + 1 && aux_at(close + 1) {
                        k = close + 1;
                    }
                }
            } else if keys.get(k).is_some_and(|w| w == "from") {
                let mut j = k + 1;
                while j < end && j < k + 4 && doc.tokens[j].cap {
                    j += 1;
                }
                if j > k + 1 && aux_at(j) {
                    k = j;
                }
            } else if keys.get(k).is_some_and(|w| w == "in")
                && keys
                    .get(k + 1)
                    .is_some_and(|w| matches!(w.as_str(), "his" | "her" | "their"))
                && keys.get(k + 2).is_some_and(|w| {
                    w.ends_with('s')
                        && (w.trim_end_matches('s').chars().all(|c| c.is_ascii_digit())
                            || w.ends_with("ties")
                            || w == "teens")
                })
            {
                // "A woman in her 30s died at the scene".
                k += 3;
            } else if keys
                .get(k)
                .is_some_and(|w| PARTICIPLES.contains(&w.as_str()))
            {
                // "three men suspected of helping the bomber had been detained": over the
                // participle's phrase to the verb that tells the harm.
                // The first auxiliary with a harm after it: "as" in "acting as informants"
                // is none.
                if let Some(v) = (k + 1..(k + 10).min(end))
                    .take_while(|&j| !matches!(keys[j].as_str(), "," | ";" | "who" | "which"))
                    .find(|&j| {
                        aux_at(j)
                            && (j..(j + 4).min(end))
                                .any(|h| casualty_at(doc, keys, lex, h).is_some())
                    })
                {
                    k = v;
                    resume = v;
                }
            }
            let after = k;
            while k < end
                && k - after < 8
                && (AUX.contains(&keys[k].as_str())
                    || matches!(keys[k].as_str(), "among" | "those")
                    // "were critically wounded", "was fatally shot".
                    || keys[k].len() > 4 && keys[k].ends_with("ly"))
                && casualty_at(doc, keys, lex, k).is_none()
            {
                k += 1;
            }
            // "a suicide bomber killed seven people": a verb with a count as its object
            // counts the object, not the subject.
            // So is one with a noun phrase as its object: "the two brothers also fatally
            // shot a police officer". Not after an auxiliary: "two were shot dead a day later".
            let active = (after..k).all(|j| !BE_HAVE.contains(&keys[j].as_str()));
            if let Some((_, kd, _)) = casualty_at(doc, keys, lex, k).filter(|(e, _, p)| {
                *p != Position::Before
                    && !(k == after && number::parse_at(doc, *e).is_some())
                    && !(active && *p == Position::Both && object_at(doc, keys, *e))
            }) {
                kind = Some(kd);
            }
            // "killed 100 people", "the death toll rose to 68", "injured another 264",
            // "arrested a suspect", "among the dead were six women".
            if kind.is_none() {
                let mut b = count.first;
                let mut more = false;
                if b > first && keys[b - 1] == "another" {
                    b -= 1;
                    more = true;
                } else if b > first + 1 && keys[b - 2] == "a" && keys[b - 1] == "further" {
                    b -= 2;
                    more = true;
                }
                let after_were =
                    b > first + 1 && matches!(keys[b - 1].as_str(), "were" | "was") && !count.weak;
                if after_were {
                    b -= 1;
                }
                while b > first && TOLL_GAP.contains(&keys[b - 1].as_str()) && count.first - b < 4 {
                    b -= 1;
                }
                for start in b.saturating_sub(6).max(first)..b {
                    if let Some((e, kd, pos)) = casualty_at(doc, keys, lex, start) {
                        let among = e == b && after_were && keys[start] == "among";
                        let gap_ok = (e == count.first
                            || e == b && more
                            || among
                            || (e == b
                                && b < count.first
                                && !count.weak
                                && keys[start..e].iter().any(|w| w == "toll")))
                            && (!count.weak || e == count.first && !np.empty);
                        if gap_ok && (pos != Position::After || among) {
                            kind = Some(kd);
                            break;
                        }
                    }
                }
            }
            // "The death toll from a bombing that targeted a police truck in Quetta rose to
            // 14": a toll verb right before the count, its toll further back in the sentence
            // with no other count between.
            // So does "the number of wounded": "had risen to 18 and the number of wounded to
            // 42", "put the number of injured at 38".
            if kind.is_none() && !count.weak {
                let verb = (count.first.saturating_sub(3).max(first)..count.first).any(|k| {
                    matches!(
                        keys[k].as_str(),
                        "rose" | "risen" | "climbed" | "reached" | "jumped" | "increased"
                    )
                });
                let to_at =
                    count.first > first && matches!(keys[count.first - 1].as_str(), "to" | "at");
                if verb || to_at {
                    let before: Vec<usize> = (first..count.first)
                        .rev()
                        .take(30)
                        .take_while(|&k| {
                            keys[k] != ";"
                                && number::parse_at(doc, k).is_none_or(|c| c.end > count.first)
                        })
                        .collect();
                    let toll = before.iter().find(|&&k| keys[k] == "toll").and_then(|&k| {
                        casualty_at(doc, keys, lex, k.saturating_sub(1))
                            .or_else(|| casualty_at(doc, keys, lex, k))
                    });
                    // "the number of wounded", "the number of people killed".
                    let number_of = || {
                        before.iter().find_map(|&k| {
                            (keys[k] == "number" && keys.get(k + 1).is_some_and(|w| w == "of"))
                                .then(|| {
                                    (k + 2..(k + 5).min(count.first))
                                        .find_map(|j| casualty_at(doc, keys, lex, j))
                                })
                                .flatten()
                        })
                    };
                    if let Some((_, kd, _)) = toll.or_else(number_of) {
                        kind = Some(kd);
                    }
                }
            }
            // "killed two police officers and three civilians": a count joined to the one
            // before shares its kind.
            // A weak count joins only with "and": "six police officers and a priest", not
            // the apposition in "Two of the victims, a man in his sixties, …".
            if kind.is_none()
                && (!count.weak || count.first > first && keys[count.first - 1] == "and")
            {
                let mut j = count.first;
                if j > first && keys[j - 1] == "and" {
                    j -= 1;
                }
                if j > first && keys[j - 1] == "," {
                    j -= 1;
                }
                if j < count.first {
                    if let Some(prev) = out.last().filter(|r| r.np.1 == j) {
                        kind = Some(prev.kind);
                    }
                }
            }
            if kind.is_none() {
                kind = np.noun_kind.or(np.adjective);
            }
        }
        if let Some(kind) = kind {
            if !out.iter().any(|r| r.count.first == count.first) {
                out.push(Raw {
                    count,
                    kind,
                    np: (count.end, np.end),
                });
                subsets(doc, keys, lex, kind, np.end, end, &mut out);
            }
            i = resume.max(i + 1);
            continue;
        }
        i += 1;
    }
    out.sort_by_key(|r| r.count.first);
    out
}

/// The subsets a figure lists: "15 civilians were killed, including six women and eight
/// children" gives killed 6 (women) and killed 8 (children) besides killed 15.
fn subsets(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    kind: CasualtyKind,
    from: usize,
    end: usize,
    out: &mut Vec<Raw>,
) {
    // "19 of the wounded remained in hospital, four of them in critical condition", "… two
    // of whom lost a leg": a share of the figure after a comma or a dash.
    if let Some(count) = (from..end.min(from + 12))
        .filter(|&k| k > from && matches!(keys[k - 1].as_str(), "," | "-" | "–" | "—"))
        .find_map(|k| number::parse_at(doc, k).filter(|c| !c.weak && c.end + 2 <= end))
        .filter(|c| keys[c.end] == "of" && matches!(keys[c.end + 1].as_str(), "them" | "whom"))
    {
        if !out.iter().any(|r| r.count.first == count.first) {
            let np = (count.end, count.end + 2);
            out.push(Raw { count, kind, np });
        }
    }
    // The cue belongs to this figure only before another count: "killed two rangers and
    // injured a dozen people, including four schoolchildren" lists the injured.
    let Some(cue) = (from..end.min(from + 12))
        .take_while(|&k| k == from || number::parse_at(doc, k).is_none_or(|c| c.weak))
        .find(|&k| {
            keys[k] == "including"
                || (keys[k] == "among" && keys.get(k + 1).is_some_and(|w| w == "them"))
        })
    else {
        return;
    };
    let mut k = cue + if keys[cue] == "among" { 2 } else { 1 };
    while k < end {
        // "including a child": a weak count here has its people noun, checked below.
        let Some(count) = count_at(doc, keys, k).filter(|c| c.end <= end) else {
            break;
        };
        let np = noun_phrase(doc, keys, lex, count.end, end);
        if np.empty || !np.people {
            break;
        }
        if !out.iter().any(|r| r.count.first == count.first) {
            out.push(Raw {
                count,
                kind,
                np: (count.end, np.end),
            });
        }
        k = np.end;
        if !keys
            .get(k)
            .is_some_and(|w| matches!(w.as_str(), "and" | ","))
        {
            break;
        }
        k += 1;
        if keys.get(k).is_some_and(|w| w == "and") {
            k += 1;
        }
    }
}

/// The source of a figure in a sentence: "according to X", the subject of a speech verb before
/// it, a post-posed "…, X said", or the speaker of the quotation it sits in.
fn reporter(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &mut Actors,
    first: usize,
    end: usize,
    at: usize,
    quotes: &[statements::Found],
) -> Option<ActorId> {
    let lex = &*LEXICONS;
    // Inside a quotation: its speaker.
    let pos = doc.tokens[at].span.start;
    if let Some(q) = quotes.iter().find(|q| {
        q.span.start <= pos
            && pos < q.span.end
            && q.kind == crate::event::StatementKind::DirectQuote
    }) {
        if let Some(s) = q.speaker {
            return Some(s);
        }
    }
    // "according to X".
    for k in first..end.saturating_sub(1) {
        if keys[k] == "according" && keys[k + 1] == "to" {
            let mut e = k + 2;
            while e < end && !matches!(keys[e].as_str(), "," | "." | ";") {
                e += 1;
            }
            if let Some((id, _)) = actors.resolve(doc, keys, k + 2, e) {
                return Some(id);
            }
        }
    }
    // The subject of the nearest speech verb before the figure.
    let mut verbs = Vec::new();
    let mut k = first;
    while k < at {
        if let Some((e, Entry::Speech)) = lex.longest(doc, keys, k, |x| matches!(x, Entry::Speech))
        {
            if keys[k] != "according" && keys[k] != "reported" {
                verbs.push(k);
            }
            k = e;
            continue;
        }
        // "Local officials put the number of lives lost at 20", "police gave a toll of 12":
        // whoever puts or gives a toll tells it.
        if matches!(
            keys[k].as_str(),
            "put" | "puts" | "putting" | "gave" | "give" | "gives" | "giving"
        ) && (k + 1..(k + 5).min(at)).any(|j| {
            matches!(
                keys[j].as_str(),
                "toll" | "number" | "figure" | "tally" | "count"
            )
        }) {
            verbs.push(k);
        }
        k += 1;
    }
    for &v in verbs.iter().rev() {
        for (a, b) in statements::subject_candidates(doc, keys, actors, v, first) {
            if let Some((id, _)) = actors.resolve(doc, keys, a, b) {
                return Some(id);
            }
        }
    }
    // "…, the official said." / "…, said X."
    let mut k = at;
    while k < end {
        if let Some((e, Entry::Speech)) = lex.longest(doc, keys, k, |x| matches!(x, Entry::Speech))
        {
            if keys[k] == "according" || keys[k] == "reported" {
                k = e;
                continue;
            }
            if keys[k - 1] == "," {
                let mut b = e;
                while b < end && !matches!(keys[b].as_str(), "," | "." | ";" | "in" | "on") {
                    b += 1;
                }
                if let Some((id, _)) = actors.resolve(doc, keys, e, b) {
                    return Some(id);
                }
            }
            let mut a = k;
            while a > at && !matches!(keys[a - 1].as_str(), "," | ";") {
                a -= 1;
            }
            if a > at {
                if let Some((id, _)) = actors.resolve(doc, keys, a, k) {
                    return Some(id);
                }
            }
            break;
        }
        k += 1;
    }
    None
}

/// Finds the figures of a document and ties each to its attack.
pub(crate) fn find(
    doc: &Doc<'_>,
    keys: &[String],
    actors: &mut Actors,
    found: &super::attacks::Found,
    quotes: &[statements::Found],
    published: Option<Date>,
) -> Vec<Casualty> {
    let lex = &*LEXICONS;
    let mut out = Vec::new();
    let (sentence_attack, trigger_attack, main) =
        (&found.sentence_attack, &found.trigger_attack, found.main);
    for (si, sent) in doc.sentences.clone().into_iter().enumerate() {
        let own = sentence_attack.get(si).copied().flatten();
        // "Separately, a fuel tanker explosion killed 86 people": another event, and no
        // attack word of its own to make it an attack.
        if own.is_none() && super::attacks::separate_sentence(keys, &sent) {
            continue;
        }
        let Some(sentence_default) = own.or(main) else {
            continue;
        };
        let in_sentence: Vec<(usize, usize)> = trigger_attack
            .iter()
            .copied()
            .filter(|&(t, _)| t >= sent.first && t < sent.end)
            .collect();
        for raw in figures_in_sentence(doc, keys, lex, sent.first, sent.end) {
            // A sentence that tells of two attacks: the figure counts for the attack word
            // nearest before it ("… since 2019, when a bombing killed 40"), else the first
            // after it.
            let attack = in_sentence
                .iter()
                .rev()
                .find(|&&(t, _)| t < raw.count.first)
                .or_else(|| in_sentence.first())
                .map_or(sentence_default, |&(_, a)| a);
            let count_span = doc.span_of(raw.count.first, raw.count.end);
            let reported_by = reporter(
                doc,
                keys,
                actors,
                sent.first,
                sent.end,
                raw.count.first,
                quotes,
            );
            let description = {
                let (a, b) = raw.np;
                let mut a = a;
                while a < b
                    && matches!(
                        keys[a].as_str(),
                        "of" | "the" | "them" | "whom" | "those" | "more" | "other" | "others"
                    )
                {
                    a += 1;
                }
                // "four dead victims", "two wounded soldiers": the kind says the harm.
                while a + 1 < b
                    && matches!(
                        keys[a].as_str(),
                        "dead" | "wounded" | "injured" | "killed" | "missing"
                    )
                {
                    a += 1;
                }
                let text = doc.slice(a, b).trim().to_owned();
                (!text.is_empty()
                    && !matches!(
                        text.to_lowercase().as_str(),
                        "people"
                            | "persons"
                            | "others"
                            | "person"
                            | "bodies"
                            | "dead bodies"
                            | "deaths"
                            | "fatalities"
                            | "hostages"
                            | "injuries"
                            | "dead"
                            | "victims"
                            | "casualties"
                    ))
                .then_some(text)
            };
            let times = dates::find(doc, sent.first, sent.end);
            let as_of = times.first().map(|t| {
                let mut end = t.end;
                if keys[end - 1] == "'s" {
                    end -= 1;
                }
                (
                    doc.slice(t.first, end).to_owned(),
                    t.value.resolve(published),
                )
            });
            let (count, max) = (raw.count.count, raw.count.max);
            out.push(Casualty {
                attack: AttackId(attack),
                kind: raw.kind,
                count: Some(count),
                max_count: max,
                qualifier: raw.count.qualifier,
                count_text: count_span.text(doc.text).to_owned(),
                count_span,
                reported_by,
                victim_description: description,
                as_of_text: as_of.as_ref().map(|a| a.0.clone()),
                as_of: as_of.and_then(|a| a.1),
                evidence: sent.span,
            });
        }
    }
    drop_repeats(out)
}

/// The same figure told again is one figure: "Gunmen kill 12 at bar" in the headline and
/// "an attack that left 12 dead, the prosecutor's office said" below it. A figure repeats
/// another of the same attack when its kind, numbers, qualifier and description are the same,
/// and its time and source are the same or untold; the telling that says more stays.
/// Two sources that give the same number are two figures.
fn drop_repeats(figures: Vec<Casualty>) -> Vec<Casualty> {
    let same = |a: &Casualty, b: &Casualty| {
        a.attack == b.attack
            && a.kind == b.kind
            && a.count == b.count
            && a.max_count == b.max_count
            && a.qualifier == b.qualifier
            && a.victim_description == b.victim_description
            && (a.as_of_text == b.as_of_text || a.as_of_text.is_none() || b.as_of_text.is_none())
    };
    // Of two tellings, the one that says more: its source, else its time.
    let says_more = |a: &Casualty, b: &Casualty| {
        (a.reported_by.is_some(), a.as_of_text.is_some())
            > (b.reported_by.is_some(), b.as_of_text.is_some())
    };
    let mut kept: Vec<Casualty> = Vec::new();
    for figure in figures {
        if let Some(earlier) = kept.iter_mut().find(|k| {
            same(k, &figure)
                && (k.reported_by == figure.reported_by
                    || k.reported_by.is_none()
                    || figure.reported_by.is_none())
        }) {
            if says_more(&figure, earlier) {
                *earlier = figure;
            }
        } else {
            kept.push(figure);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::doc_keys;
    use super::*;

    fn figures(text: &str) -> Vec<(CasualtyKind, u64, Option<u64>, String)> {
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let lex = &*LEXICONS;
        let mut out = Vec::new();
        for s in &doc.sentences {
            for r in figures_in_sentence(&doc, &keys, lex, s.first, s.end) {
                out.push((
                    r.kind,
                    r.count.count,
                    r.count.max,
                    doc.slice(r.count.first, r.count.end).to_owned(),
                ));
            }
        }
        out
    }

    /// One row per wording: the sentence and the figures it gives.
    #[test]
    fn casualty_wordings() {
        use CasualtyKind::*;
        type Figure = (CasualtyKind, u64, &'static str);
        let cases: &[(&str, &[Figure])] = &[
            ("The standoff left 64 dead.", &[(Killed, 64, "64")]),
            (
                "No one was injured in the second blast.",
                &[(Injured, 0, "No one")],
            ),
            ("Nobody was hurt.", &[(Injured, 0, "Nobody")]),
            (
                "It was the deadliest attack since February 2019, when a car bombing killed 40 police.",
                &[(Killed, 40, "40")],
            ),
            (
                "At least 15 civilians, including six women and eight children, were killed.",
                &[
                    (Killed, 15, "At least 15"),
                    (Killed, 6, "six"),
                    (Killed, 8, "eight"),
                ],
            ),
            (
                "Four women and one child were among the killed.",
                &[(Killed, 4, "Four"), (Killed, 1, "one")],
            ),
            (
                "Seven members of the guard were harmed in the attack.",
                &[(Injured, 7, "Seven")],
            ),
            (
                "Three survivors were severely wounded in the attack.",
                &[(Injured, 3, "Three")],
            ),
            (
                "The blasts killed three people and injured another 264.",
                &[(Killed, 3, "three"), (Injured, 264, "264")],
            ),
            (
                "Among the dead were six women and eight children.",
                &[(Killed, 6, "six"), (Killed, 8, "eight")],
            ),
            (
                "Police arrested a suspect on Saturday.",
                &[(Arrested, 1, "a")],
            ),
            (
                "Gunmen kidnapped 276 schoolgirls from their school.",
                &[(Hostage, 276, "276")],
            ),
            (
                "At least 15 civilians were killed, including six women and eight children.",
                &[
                    (Killed, 15, "At least 15"),
                    (Killed, 6, "six"),
                    (Killed, 8, "eight"),
                ],
            ),
            (
                "Three of the wounded later died in hospital.",
                &[(Killed, 3, "Three")],
            ),
            (
                "Two of the dead were police officers.",
                &[(Killed, 2, "Two")],
            ),
            ("64 people had been killed.", &[(Killed, 64, "64")]),
            (
                "Gunmen killed two police officers and three civilians on Monday.",
                &[(Killed, 2, "two"), (Killed, 3, "three")],
            ),
            (
                "57 people have been killed and some 140 injured in the attack.",
                &[(Killed, 57, "57"), (Injured, 140, "some 140")],
            ),
            (
                "Another 140 people were injured, while up to 25 people had been held hostage.",
                &[(Injured, 140, "140"), (Hostage, 25, "up to 25")],
            ),
            (
                "There were also 140 wounded, with close to 45 still missing.",
                &[(Injured, 140, "140"), (Missing, 45, "close to 45")],
            ),
            (
                "49 people had been reported missing.",
                &[(Missing, 49, "49")],
            ),
            (
                "Forces had rescued about 900 people from the hotel.",
                &[(Rescued, 900, "about 900")],
            ),
            (
                "No Americans were believed to be among the dead.",
                &[(Killed, 0, "No")],
            ),
            (
                "Three U.S. citizens were reported injured.",
                &[(Injured, 3, "Three")],
            ),
            (
                "Two wounded soldiers were carried out of the mall.",
                &[(Injured, 2, "Two")],
            ),
            (
                "Outside the entrance, two bodies lay on the ground.",
                &[(Killed, 2, "two")],
            ),
            (
                "A wounded attacker had been taken into custody.",
                &[(Arrested, 1, "A")],
            ),
            (
                "The bombings killed more than 200 people.",
                &[(Killed, 200, "more than 200")],
            ),
            (
                "The death toll rose to 64 on Sunday.",
                &[(Killed, 64, "64")],
            ),
            // People taken, and nowhere they were taken to.
            (
                "More than 100 children had been taken from the school, a village official said.",
                &[(Hostage, 100, "More than 100")],
            ),
            (
                "By our records, 31 girls had been taken.",
                &[(Hostage, 31, "31")],
            ),
            (
                "Four wounded men were taken to hospital.",
                &[(Injured, 4, "Four")],
            ),
            ("Two people were taken from the scene by ambulance.", &[]),
            // The noun of the deed with "of"; not a deed only tried.
            (
                "He was charged with five counts of attempted murder of police officers.",
                &[],
            ),
            ("They were accused of a plot to kill 20 tourists.", &[]),
            (
                "The 2014 abduction of 276 girls from Chibok drew attention.",
                &[(Hostage, 276, "276")],
            ),
            (
                "The killing of three soldiers and the release of 14 hostages followed.",
                &[(Killed, 3, "three"), (Rescued, 14, "14")],
            ),
            (
                "They announced the arrest of two suspects.",
                &[(Arrested, 2, "two")],
            ),
            (
                "Police arrested at least five suspects.",
                &[(Arrested, 5, "at least five")],
            ),
            ("Gunmen kidnapped 12 aid workers.", &[(Hostage, 12, "12")]),
            ("Dozens of people were wounded.", &[(Injured, 24, "Dozens")]),
            (
                "Officials said 10–15 people were missing.",
                &[(Missing, 10, "10–15")],
            ),
            (
                "Nearly 40 civilians died in the raid.",
                &[(Killed, 40, "Nearly 40")],
            ),
            (
                "The blast claimed the lives of 22 people.",
                &[(Killed, 22, "22")],
            ),
            ("Eight people lost their lives.", &[(Killed, 8, "Eight")]),
            ("Seven hostages were freed.", &[(Rescued, 7, "Seven")]),
            (
                "Minutes later a suicide bomber killed seven people.",
                &[(Killed, 7, "seven")],
            ),
            (
                "A second blast rocked the station, injuring a further eight people.",
                &[(Injured, 8, "eight")],
            ),
            // A share of a figure after a comma or a dash.
            (
                "He said 19 of the wounded remained in hospital, four of them in critical condition.",
                &[(Injured, 19, "19"), (Injured, 4, "four")],
            ),
            (
                "The gunmen killed 20 people, 12 of them children.",
                &[(Killed, 20, "20"), (Killed, 12, "12")],
            ),
            // Over an apposition, or where they are from, to the verb.
            (
                "Two of the victims, a man in his sixties and a woman in her twenties, were in a serious condition.",
                &[(Injured, 2, "Two")],
            ),
            (
                "A 34-year-old man from Bradford was being held in custody.",
                &[(Arrested, 1, "A")],
            ),
            (
                "Five people were stabbed outside the station and two women were stabbed to death.",
                &[(Injured, 5, "Five"), (Killed, 2, "two")],
            ),
            // A list of who is included belongs to the figure before it; a participle's
            // phrase and an age phrase between a count and its verb.
            (
                "A bomb killed two rangers and injured a dozen people, including four schoolchildren.",
                &[
                    (Killed, 2, "two"),
                    (Injured, 12, "a dozen"),
                    (Injured, 4, "four"),
                ],
            ),
            (
                "Three men suspected of killing a policeman were arrested on Monday.",
                &[(Arrested, 3, "Three")],
            ),
            ("A woman in her 30s died at the scene.", &[(Killed, 1, "A")]),
            // The words of South Asian copy for the dead.
            (
                "In the incident, six police personnel embraced martyrdom, and two soldiers were martyred.",
                &[(Killed, 6, "six"), (Killed, 2, "two")],
            ),
            // A toll far before its verb; a time after the count.
            (
                "The death toll from a bombing that targeted a police truck in the city rose to 14 on Thursday.",
                &[(Killed, 14, "14")],
            ),
            (
                "The spokesman had initially put the death toll at nine late Wednesday.",
                &[(Killed, 9, "nine")],
            ),
            // The number of the wounded, with its verb or after another toll's.
            (
                "The ministry said the death toll had risen to 18 and the number of wounded to 42.",
                &[(Killed, 18, "18"), (Injured, 42, "42")],
            ),
            (
                "The city's disaster office later put the number of injured at 38.",
                &[(Injured, 38, "38")],
            ),
            (
                "The number of people killed in the attack climbed to 20.",
                &[(Killed, 20, "20")],
            ),
            // Any noun whose first sense is a person; an "of" phrase after it without a verb.
            (
                "Militants abducted five fishermen from two boats.",
                &[(Hostage, 5, "five")],
            ),
            (
                "Troops had freed 13 of the captives.",
                &[(Rescued, 13, "13")],
            ),
            (
                "Among the dead were three members of the security forces.",
                &[(Killed, 3, "three")],
            ),
            (
                "Five soldiers were killed and two others sustained injuries.",
                &[(Killed, 5, "Five"), (Injured, 2, "two")],
            ),
            (
                "Three people were taken to hospital with stab wounds.",
                &[(Injured, 3, "Three")],
            ),
            (
                "The car bomb tore through a market, claiming the lives of at least 18 people.",
                &[(Killed, 18, "at least 18")],
            ),
            (
                "They killed five men, two of whom had been beheaded. Three others remain in captivity.",
                &[
                    (Killed, 5, "five"),
                    (Killed, 2, "two"),
                    (Hostage, 3, "Three"),
                ],
            ),
            // The subject of an active verb with its own object is no figure.
            (
                "The two brothers also fatally shot a police officer.",
                &[(Killed, 1, "a")],
            ),
            ("Three gunmen shot dead a guard.", &[(Killed, 1, "a")]),
            (
                "They were accused of shooting dead a police officer.",
                &[(Killed, 1, "a")],
            ),
            (
                "The brothers shot to death a university patrol officer.",
                &[(Killed, 1, "a")],
            ),
            ("Two soldiers were shot dead.", &[(Killed, 2, "Two")]),
            ("A night watchman was shot dead.", &[(Killed, 1, "A")]),
            (
                "At least 10 others suffered gunshot wounds. Three of them were treated for injuries.",
                &[(Injured, 10, "At least 10"), (Injured, 3, "Three")],
            ),
            (
                "Rebels killed between 20 and 25 people.",
                &[(Killed, 20, "between 20 and 25")],
            ),
            (
                "Four people suspected of acting as informants had been arrested.",
                &[(Arrested, 4, "Four")],
            ),
        ];
        for (text, expected) in cases {
            let got = figures(text);
            let got: Vec<(CasualtyKind, u64, &str)> = got
                .iter()
                .map(|(k, n, _, s)| (*k, *n, s.as_str()))
                .collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    #[test]
    fn counts_that_are_not_casualties() {
        for text in [
            "10 to 15 attackers remained inside the shopping center.",
            "More than 30 hours have now passed.",
            "The mall has 80 shops and 3 floors.",
            "The attack happened in 1998.",
            "A 13-year-old girl watched.",
            "Dozens of Western aid agencies are based in the country.",
            "His father says the April 15 bombings claim his son was killed by the police.",
            "No one claimed responsibility for the bombing.",
            "At least 3,812 civilians were killed in the first half of this year.",
            "More than 32,600 civilians have died since January 2009, the mission said.",
            "Pro-government forces killed 717 people in the six months to June 30.",
            "Police attacked a village.",
            // The count is who mourns, not who was killed.
            "Hundreds mourn teenager killed in gang shooting",
            // A casualty noun before a noun for people is no adjective.
            "Mira Holt, a death penalty expert, said the jury would struggle.",
            "A hostage negotiator arrived at noon.",
            // Another count between the toll and its verb.
            "The death toll from strikes on 12 towns rose sharply.",
            "The champion was taken to hospital as a precaution.",
            "The suspect, 31, remains in custody on suspicion of attempted murder.",
            // Young animals are no people.
            "Two rescued brown bear cubs arrived at the zoo.",
        ] {
            assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
        }
    }

    #[test]
    fn ranges_keep_both_bounds() {
        let got = figures("Between 10 and 15 people were killed.");
        assert_eq!(got[0].1, 10);
        assert_eq!(got[0].2, Some(15));
    }
}
