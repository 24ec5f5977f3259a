//! Who did what to whom, with what: the arguments of an attack word, read off its sentence.
//!
//! Around an attack word or a harm verb ("killed", "kidnapped") this finds the *agent* (the
//! subject of an active verb, "by …" after a passive one or an attack noun), the *patient*
//! (the object of an active verb, the subject of a passive one, "attack on …", "murder of …",
//! "explosion at …") and the *instrument* ("with …"), each as a noun phrase. What a phrase
//! is — a person, a group, a thing — is for the caller to decide from its head.
//!
//! A noun phrase is cut from the tokens with a small grammar: an optional determiner, then
//! numbers and modifiers, then a head, and "of" + noun phrase after a relational head
//! ("members of the front", "headquarters of the police"). Which words may stand in a noun
//! phrase comes from the lexicons and from WordNet's parts of speech (`word_classes.tsv`):
//! a word that is only a verb ends the phrase, a word unknown to both (a name, a rare noun) is
//! taken as a noun. This works the same on lower-case wire copy, where capitals tell nothing.

use super::dates;
use super::lexicon::{Entry, Lexicons, NounClass, Pos};
use super::text::{Doc, TokKind};

/// A noun phrase: tokens `first..end`, its head at `head`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Np {
    /// First token (after any determiner).
    pub(crate) first: usize,
    /// One past the last token.
    pub(crate) end: usize,
    /// The head noun.
    pub(crate) head: usize,
}

/// What an argument is to its attack word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Who did it.
    Agent,
    /// Whom or what it was done to.
    Patient,
    /// What it was done with.
    Instrument,
}

/// One argument of one attack word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Arg {
    /// Its role.
    pub(crate) role: Role,
    /// Its words.
    pub(crate) np: Np,
}

/// Determiners that are not part of a description's words.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your",
];

/// Words that never stand in a noun phrase: prepositions, conjunctions, pronouns, auxiliaries,
/// wh-words and the adverbs of news style. WordNet leaves most of them out; some it lists as
/// rare nouns ("in", "who", "will"), which is why they are named here.
const CLOSED: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "into",
    "onto",
    "near",
    "outside",
    "inside",
    "against",
    "during",
    "after",
    "before",
    "since",
    "until",
    "through",
    "across",
    "along",
    "among",
    "between",
    "behind",
    "beneath",
    "beside",
    "under",
    "over",
    "via",
    "around",
    "toward",
    "towards",
    "upon",
    "within",
    "without",
    "about",
    "amid",
    "despite",
    "per",
    "and",
    "or",
    "but",
    "nor",
    "yet",
    "so",
    "as",
    "than",
    "if",
    "because",
    "while",
    "when",
    "where",
    "whether",
    "although",
    "though",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "who",
    "whom",
    "which",
    "what",
    "whose",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "not",
    "also",
    "very",
    "then",
    "there",
    "here",
    "now",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "ago",
    "later",
    "earlier",
    "reportedly",
    "allegedly",
    "apparently",
    "just",
    "even",
    "only",
    "still",
    "already",
    "again",
    "too",
    "himself",
    "herself",
    "itself",
    "themselves",
    "said",
    "says",
    "told",
    "according",
    "how",
    "why",
    "all",
    "each",
    "both",
    "either",
    "neither",
    "no",
    "not",
    "none",
    "nothing",
];

/// Heads that take their "of" phrase into the noun phrase.
const RELATIONAL: &[&str] = &[
    "member",
    "members",
    "group",
    "groups",
    "unit",
    "units",
    "band",
    "bands",
    "column",
    "columns",
    "squad",
    "squads",
    "commando",
    "commandos",
    "cell",
    "cells",
    "faction",
    "wing",
    "headquarters",
    "office",
    "offices",
    "home",
    "homes",
    "house",
    "houses",
    "residence",
    "branch",
    "branches",
    "building",
    "buildings",
    "facilities",
    "installations",
    "embassy",
    "consulate",
    "station",
    "garrison",
    "base",
    "bases",
    "convoy",
    "patrol",
    "patrols",
    "supporters",
    "followers",
    "leader",
    "leaders",
    "militants",
    "fighters",
    "soldiers",
    "troops",
    "agents",
    "officers",
    "number",
    "kg",
    "kilograms",
    "kilos",
    "pounds",
    "lbs",
    "tons",
    "sticks",
    "charges",
    "load",
    "loads",
    "rounds",
    "cases",
    "boxes",
];

/// Words that join a verb to its object without being part of it ("blew up the station",
/// "opened fire on the crowd", "set fire to the bus").
const PARTICLES: &[&str] = &[
    "up", "down", "off", "out", "fire", "on", "at", "to", "against", "into",
];

/// Adverbs and auxiliaries that may stand between a subject and its verb.
pub(crate) const BRIDGE: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "been",
    "also",
    "allegedly",
    "reportedly",
    "apparently",
    "then",
    "later",
    "again",
    "first",
    "once",
    "twice",
    "repeatedly",
    "simultaneously",
    "brutally",
    "deliberately",
    "indiscriminately",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "subsequently",
    "this",
    "last",
    "early",
    "late",
    "morning",
    "afternoon",
    "evening",
    "night",
    "who",
    "which",
    "that",
];

/// Words of the time of day or week that may stand between a verb and its place phrase.
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "early",
    "late",
    "last",
    "this",
];

const BE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "got", "get",
];

/// Parts of a thing that stand for the thing itself when struck: "damaged the windows of the
/// consulate" struck the consulate.
pub(crate) const PARTS: &[&str] = &[
    "windows",
    "window",
    "shelves",
    "facade",
    "facing",
    "walls",
    "wall",
    "roof",
    "doors",
    "door",
    "gate",
    "gates",
    "entrance",
    "fence",
    "glass",
    "premises",
    "grounds",
    "floor",
    "floors",
    "windshield",
    "glasses",
    "masonry",
    "cockpit",
    "fuselage",
];

/// The phrase a patient stands for: the whole after "of" when it names a part of it.
fn whole_of(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, np: Np) -> Np {
    if PARTS.contains(&keys[np.head].as_str())
        && np.end == np.head + 1
        && keys.get(np.end).is_some_and(|w| w == "of")
    {
        if let Some(inner) = np_at(doc, keys, lex, np.end + 1) {
            return inner;
        }
    }
    np
}

/// Where "by" + agent starts after a verb or attack noun: within a few words, over a
/// time phrase or a parenthesis ("murdered last Friday (17 November) by uniformed men"),
/// never past a clause boundary.
/// Nouns after "by" that say how, not who: "killed nine peasants by mistake".
const BY_MANNER: &[&str] = &[
    "mistake",
    "accident",
    "error",
    "chance",
    "force",
    "car",
    "bus",
    "plane",
    "helicopter",
    "boat",
    "foot",
    "phone",
    "telephone",
    "radio",
    "hand",
];

fn by_after(keys: &[String], end: usize, sentence_end: usize) -> Option<usize> {
    let mut k = end;
    let mut words = 0;
    while k < sentence_end && words < 6 {
        match keys[k].as_str() {
            // "by mistake", "by car": a manner or a means, not an agent.
            "by" if keys
                .get(k + 1)
                .is_some_and(|w| BY_MANNER.contains(&w.as_str())) =>
            {
                return None;
            }
            "by" => return Some(k),
            "," | ";" | "." | "and" | "that" | "which" | "who" | "when" => return None,
            "(" => {
                let close = (k + 1..(k + 8).min(sentence_end)).find(|&j| keys[j] == ")")?;
                k = close + 1;
                continue;
            }
            _ => {}
        }
        words += 1;
        k += 1;
    }
    None
}

/// True for a word of a closed class or a determiner: it never stands in a noun phrase.
pub(crate) fn is_function_word(w: &str) -> bool {
    CLOSED.contains(&w) || DETERMINERS.contains(&w)
}

/// True for a token that may stand in a noun phrase.
fn nominal(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    match t.kind {
        // A number of a date or a clock time says when, not who or what: "1 november",
        // "48 hours", "at 0300".
        TokKind::Number => {
            let next = keys.get(i + 1).map_or("", String::as_str);
            !(keys[i].len() == 4 && keys[i].starts_with('0')
                || dates::month(next).is_some()
                || matches!(
                    next,
                    "hours" | "hour" | "minutes" | "days" | "weeks" | "months" | "years" | "gmt"
                ))
        }
        TokKind::Word => {
            let w = keys[i].as_str();
            // A month after a day number: "1 november".
            if dates::month(w).is_some() && i > 0 && doc.tokens[i - 1].kind == TokKind::Number {
                return false;
            }
            if w == "'s" {
                // A possessive inside the phrase: "the country's principal security organization".
                return i + 1 < keys.len() && doc.tokens[i + 1].sent == t.sent;
            }
            if is_function_word(w) {
                return false;
            }
            if lex
                .longest(doc, keys, i, |e| matches!(e, Entry::Speech))
                .is_some_and(|(e, _)| e == i + 1)
            {
                return false;
            }
            match lex.word_class(w) {
                // Unknown to WordNet's common words: a name or a rare noun ("guerrillas").
                None => true,
                Some(c) => {
                    if !(c.noun || c.adj) {
                        // An adverb modifying the adjective after it: "heavily armed men".
                        return c.adv
                            && w.ends_with("ly")
                            && i + 1 < keys.len()
                            && doc.tokens[i + 1].sent == t.sent
                            && lex.word_class(&keys[i + 1]).is_some_and(|n| n.adj);
                    }
                    // A verb form that is mostly a verb ("injured", "reported") ends the
                    // phrase unless it modifies a noun right after it ("injured people").
                    if c.usual == Pos::Verb && (w.ends_with("ed") || w.ends_with("ing")) {
                        // "the mariscal building,": a thing ending the phrase is its head.
                        let thing_head = w.ends_with("ing")
                            && c.noun
                            && matches!(
                                c.noun_class,
                                Some(NounClass::Artifact | NounClass::Location)
                            )
                            && keys.get(i + 1).is_none_or(|n| {
                                CLOSED.contains(&n.as_str())
                                    || doc.tokens[i + 1].kind == TokKind::Punct
                            });
                        return thing_head
                            || i + 1 < keys.len()
                                && doc.tokens[i + 1].sent == t.sent
                                && head_like(doc, keys, lex, i + 1);
                    }
                    true
                }
            }
        }
        TokKind::Quote | TokKind::Punct => {
            // Hyphens glued between words are part of the words; a dash between spaces is not.
            keys[i] == "-"
                && i > 0
                && i + 1 < keys.len()
                && doc.tokens[i - 1].span.end == t.span.start
                && t.span.end == doc.tokens[i + 1].span.start
        }
    }
}

/// True for a token that can head a noun phrase: a noun, a number, or an unknown word.
fn head_like(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    match t.kind {
        TokKind::Number => true,
        TokKind::Word => {
            let w = keys[i].as_str();
            if is_function_word(w) || w == "'s" {
                return false;
            }
            lex.word_class(w)
                .is_none_or(|c| c.noun && !(c.usual == Pos::Verb && w.ends_with("ed")))
        }
        _ => false,
    }
}

/// The noun phrase starting at token `i` (a determiner there is skipped), at most `limit`
/// tokens long, within the sentence.
pub(crate) fn np_at(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, i: usize) -> Option<Np> {
    let sent = doc.tokens.get(i)?.sent;
    let s_end = doc.sentences[sent].end;
    let mut first = i;
    loop {
        while first < s_end && DETERMINERS.contains(&keys[first].as_str()) {
            first += 1;
        }
        // "at least ten buses", "in front of the embassy": the phrase is what follows.
        match (
            keys.get(first).map(String::as_str),
            keys.get(first + 1).map(String::as_str),
        ) {
            (Some("least" | "most"), _) => first += 1,
            (
                Some("front" | "top" | "side" | "outskirts" | "vicinity" | "middle" | "rear"),
                Some("of"),
            ) => {
                first += 2;
            }
            _ => break,
        }
    }
    let mut end = first;
    while end < s_end && end < first + 8 && nominal(doc, keys, lex, end) {
        end += 1;
    }
    // The head is the last head-like word that is mostly a noun ("a truck full of
    // policemen": the truck) or names a facility ("the oil terminal"), else the last
    // head-like word.
    let head = (first..end)
        .rev()
        .find(|&k| {
            head_like(doc, keys, lex, k)
                && (lex.word_class(&keys[k]).is_none_or(|c| c.usual != Pos::Adj)
                    || lex.entries(&keys[k..=k]).contains(&Entry::Facility))
        })
        .or_else(|| (first..end).rev().find(|&k| head_like(doc, keys, lex, k)))?;
    let mut np = Np {
        first,
        end: head + 1,
        head,
    };
    // "members of the front": a relational head takes its "of" phrase.
    if RELATIONAL.contains(&keys[head].as_str()) && keys.get(np.end).is_some_and(|w| w == "of") {
        if let Some(inner) = np_at(doc, keys, lex, np.end + 1) {
            if inner.end <= s_end {
                np.end = inner.end;
            }
        }
    }
    // A parenthesised acronym right after the phrase: "… liberation front (fmln)".
    if keys.get(np.end).is_some_and(|w| w == "(")
        && keys.get(np.end + 2).is_some_and(|w| w == ")")
        && doc.tokens[np.end + 1].kind == TokKind::Word
    {
        np.end += 3;
    }
    Some(np)
}

/// The noun phrase ending just before token `end` (a subject), reaching back at most eight
/// tokens, with a determiner before it skipped.
pub(crate) fn np_before(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, end: usize) -> Option<Np> {
    if end == 0 {
        return None;
    }
    let sent = doc.tokens.get(end - 1)?.sent;
    let s_first = doc.sentences[sent].first;
    let mut last = end;
    // A closing parenthesis of an acronym: "(fmln) attacked".
    if last >= s_first + 3 && keys[last - 1] == ")" && keys[last - 3] == "(" {
        last -= 3;
    }
    if last == s_first || !head_like(doc, keys, lex, last - 1) {
        return None;
    }
    let head = last - 1;
    let mut first = head;
    while first > s_first && head - first < 7 && nominal(doc, keys, lex, first - 1) {
        first -= 1;
    }
    // "members of the fmln attacked": reach over "of" to a relational head.
    let mut k = first;
    while k > s_first && DETERMINERS.contains(&keys[k - 1].as_str()) {
        k -= 1;
    }
    if k > s_first + 1 && keys[k - 1] == "of" && RELATIONAL.contains(&keys[k - 2].as_str()) {
        let rel = k - 2;
        let mut f = rel;
        while f > s_first && rel - f < 4 && nominal(doc, keys, lex, f - 1) {
            f -= 1;
        }
        return Some(Np {
            first: f,
            end,
            head: rel,
        });
    }
    Some(Np { first, end, head })
}

/// The noun phrases coordinated after `np`: "the presidential residence, the sheraton hotel,
/// and the electoral council", "a radio station and a drugstore", "buses as well as houses".
pub(crate) fn conjuncts_after(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, np: Np) -> Vec<Np> {
    let mut out = Vec::new();
    let Some(s) = doc.sentence_of(np.first).copied() else {
        return out;
    };
    let mut last = np;
    while out.len() < 8 {
        let mut j = last.end;
        // Past a trailing modifier of the last phrase: "a truck full of policemen, as well
        // as buses".
        if keys.get(j + 1).is_some_and(|w| w == "of")
            && lex
                .word_class(&keys[j])
                .is_some_and(|c| c.usual == Pos::Adj)
        {
            match np_at(doc, keys, lex, j + 2) {
                Some(inner) if inner.end <= s.end => j = inner.end,
                _ => break,
            }
        }
        // Past a place phrase of the last one, when a joiner follows it: "a church in the
        // capital, and a bank".
        if keys
            .get(j)
            .is_some_and(|w| matches!(w.as_str(), "in" | "at" | "near" | "on"))
        {
            if let Some(inner) = np_at(doc, keys, lex, j + 1) {
                if inner.end < s.end
                    && matches!(keys[inner.end].as_str(), "," | "and")
                    && inner.first <= j + 2
                {
                    j = inner.end;
                }
            }
        }
        let mut joined = false;
        // "the state bank (not further identified); the mariscal building".
        let mut aside = false;
        if keys.get(j).is_some_and(|w| w == "(") {
            match (j + 1..(j + 8).min(s.end)).find(|&x| keys[x] == ")") {
                Some(close) => {
                    j = close + 1;
                    aside = true;
                }
                None => break,
            }
        }
        // "and so on" after a comma, "the state bank (not further identified);".
        if keys.get(j).is_some_and(|w| w == "," || aside && w == ";") {
            j += 1;
            joined = true;
        }
        if keys.get(j).is_some_and(|w| w == "and" || w == "or") {
            j += 1;
            joined = true;
        } else if keys.get(j).is_some_and(|w| w == "as")
            && keys.get(j + 1).is_some_and(|w| w == "well")
            && keys.get(j + 2).is_some_and(|w| w == "as")
        {
            j += 3;
            joined = true;
        }
        if !joined || j >= s.end {
            break;
        }
        // A verb after the joiner starts a new clause: "attacked the post and killed two".
        if lex
            .word_class(&keys[j])
            .is_some_and(|c| c.verb && (!c.noun || c.usual == Pos::Verb))
            || keys[j].ends_with("ing")
                && lex
                    .word_class(&keys[j])
                    .is_none_or(|c| c.usual == Pos::Verb)
        {
            break;
        }
        let Some(next) = np_at(doc, keys, lex, j) else {
            break;
        };
        if next.end > s.end || next.first > j + 2 {
            break;
        }
        out.push(next);
        last = next;
    }
    out
}

/// The noun phrases a dash or colon after `np` (and a place phrase of it) lists.
fn spelled_out(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, np: Np) -> Vec<Np> {
    let Some(s) = doc.sentence_of(np.first).copied() else {
        return Vec::new();
    };
    let mut j = np.end;
    if keys
        .get(j)
        .is_some_and(|w| matches!(w.as_str(), "on" | "in" | "at" | "near"))
    {
        match np_at(doc, keys, lex, j + 1) {
            Some(inner) if inner.end < s.end => j = inner.end,
            _ => return Vec::new(),
        }
    }
    let mut k = j;
    while k < s.end && k < j + 2 && matches!(keys[k].as_str(), "-" | "--" | "—" | "–" | ":") {
        k += 1;
    }
    if k == j || k >= s.end {
        return Vec::new();
    }
    let Some(first) = np_at(doc, keys, lex, k).filter(|n| n.first <= k + 1) else {
        return Vec::new();
    };
    let mut out = vec![first];
    out.extend(conjuncts_after(doc, keys, lex, first));
    out
}

/// The noun phrases coordinated before `np`: "bank branches and shops were attacked".
fn conjuncts_before(doc: &Doc<'_>, keys: &[String], lex: &Lexicons, np: Np) -> Vec<Np> {
    let mut out = Vec::new();
    let Some(s) = doc.sentence_of(np.first).copied() else {
        return out;
    };
    let mut first = np.first;
    while first > 0 && DETERMINERS.contains(&keys[first - 1].as_str()) {
        first -= 1;
    }
    while out.len() < 8 && first > s.first + 1 {
        let mut j = first;
        if keys[j - 1] == "and" || keys[j - 1] == "or" {
            j -= 1;
            if j > s.first && keys[j - 1] == "," {
                j -= 1;
            }
        } else if keys[j - 1] == "," {
            j -= 1;
        } else {
            break;
        }
        let Some(prev) = np_before(doc, keys, lex, j) else {
            break;
        };
        out.push(prev);
        first = prev.first;
        while first > s.first && DETERMINERS.contains(&keys[first - 1].as_str()) {
            first -= 1;
        }
    }
    out
}

/// The subject ending before an apposition that closes with a comma right before token `k`
/// ("X, 26,", "his brother, Y,"), and the apposition when it is a noun phrase rather than an
/// age.
fn subject_over_apposition(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    k: usize,
) -> Option<(Np, Option<Np>)> {
    let s_first = doc.sentences[doc.tokens.get(k.checked_sub(1)?)?.sent].first;
    if k < s_first + 4 || keys[k - 1] != "," {
        return None;
    }
    let close = k - 1;
    let open = (close.saturating_sub(6).max(s_first + 1)..close)
        .rev()
        .find(|&j| keys[j] == ",")?;
    let inner = open + 1..close;
    let age = inner.len() == 1 && super::number::is_age(&keys[inner.start]);
    let apposition = if age {
        None
    } else {
        let np = np_at(doc, keys, lex, inner.start).filter(|np| np.end == close)?;
        Some(np)
    };
    let before = np_before(doc, keys, lex, open)?;
    Some((before, apposition))
}

/// How an attack word is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    Active,
    Passive,
    Noun,
}

const IRREGULAR_PARTICIPLES: &[&str] = &[
    "shot", "hit", "struck", "set", "blew", "blown", "threw", "thrown", "burnt", "slain",
    "stabbed", "fired", "opened", "took", "taken", "seized", "held", "shaken", "shook",
];

fn voice(keys: &[String], first: usize, end: usize) -> Voice {
    let w = keys[first].as_str();
    let last = keys[end - 1].as_str();
    let verb = w.ends_with("ed")
        || last.ends_with("ed")
        || IRREGULAR_PARTICIPLES.contains(&w)
        || (w.ends_with("ing")
            && !matches!(
                w,
                "bombing"
                    | "shooting"
                    | "killing"
                    | "kidnapping"
                    | "bombings"
                    | "shootings"
                    | "killings"
                    | "kidnappings"
                    | "wounding"
            ));
    if !verb {
        return Voice::Noun;
    }
    // "were killed", "was reportedly kidnapped", "had been shot".
    let mut k = first;
    while k > 0
        && matches!(
            keys[k - 1].as_str(),
            "reportedly"
                | "allegedly"
                | "brutally"
                | "also"
                | "later"
                | "then"
                | "apparently"
                | "seriously"
                | "critically"
                | "fatally"
        )
    {
        k -= 1;
    }
    if k > 0 && BE.contains(&keys[k - 1].as_str()) {
        return Voice::Passive;
    }
    // "a police chief was killed and several officers wounded in the blast": a harm verb
    // with no object after it is a passive without its auxiliary.
    let harm = matches!(
        keys[end - 1].as_str(),
        "killed" | "wounded" | "injured" | "hurt" | "kidnapped" | "kidnaped" | "abducted"
    );
    let no_object = keys.get(end).is_none_or(|w| {
        matches!(
            w.as_str(),
            "in" | "by" | "at" | "on" | "during" | "when" | "while" | "after" | "," | "." | "and"
        )
    });
    if harm && no_object {
        Voice::Passive
    } else {
        Voice::Active
    }
}

/// The arguments of the attack word or harm verb at tokens `first..end`.
pub(crate) fn arguments(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    first: usize,
    end: usize,
) -> Vec<Arg> {
    let mut out = Vec::new();
    let Some(sentence) = doc.sentence_of(first).copied() else {
        return out;
    };
    let push = |out: &mut Vec<Arg>, role, np: Option<Np>| {
        if let Some(np) = np {
            if !out.iter().any(|a: &Arg| a.role == role && a.np == np) {
                out.push(Arg { role, np });
            }
        }
    };
    // "by …" within a few words after the word (passives and nouns).
    let by = by_after(keys, end, sentence.end);
    let mut voice = voice(keys, first, end);
    // "the priests murdered last Friday by uniformed men", "a bomb planted by unidentified
    // persons": a participle with its "by" agent is a passive without the auxiliary.
    if voice == Voice::Active && by.is_some() && keys[end - 1].ends_with("ed") {
        voice = Voice::Passive;
    }
    match voice {
        Voice::Active => {
            let mut k = first;
            loop {
                if k > sentence.first && BRIDGE.contains(&keys[k - 1].as_str()) {
                    k -= 1;
                // "X are believed to have set off the bombs", "X is said to have planted".
                } else if k >= sentence.first + 3
                    && keys[k - 1] == "to"
                    && matches!(
                        keys[k - 2].as_str(),
                        "believed" | "thought" | "said" | "alleged" | "suspected" | "reported"
                    )
                    && matches!(keys[k - 3].as_str(), "is" | "are" | "was" | "were")
                {
                    k -= 3;
                } else {
                    break;
                }
            }
            let mut subject = np_before(doc, keys, lex, k);
            // "X, 26, placed a bomb", "his brother, Y, planted": the subject before an age or
            // an apposition set off by commas, and the apposition too.
            if subject.is_none() {
                if let Some((before, apposition)) = subject_over_apposition(doc, keys, lex, k) {
                    subject = Some(before);
                    push(&mut out, Role::Agent, apposition);
                }
            }
            push(&mut out, Role::Agent, subject);
            // "X and Y attacked", "X and his brother Y planted".
            if let Some(s) = subject {
                let mut f = s.first;
                while f > sentence.first && DETERMINERS.contains(&keys[f - 1].as_str()) {
                    f -= 1;
                }
                if f >= sentence.first + 2 && keys[f - 1] == "and" {
                    push(&mut out, Role::Agent, np_before(doc, keys, lex, f - 1));
                }
            }
            let mut o = end;
            // "to" joins only "set fire to": "taking the injured to the hospital" has none.
            while o < sentence.end
                && o < end + 3
                && PARTICLES.contains(&keys[o].as_str())
                && (keys[o] != "to" || keys[o - 1] == "fire")
            {
                o += 1;
            }
            // "exploded wednesday morning outside a police building": over the time.
            let mut t = o;
            while t < sentence.end
                && t < o + 3
                && (TIME_WORDS.contains(&keys[t].as_str()) || dates::weekday(&keys[t]).is_some())
            {
                t += 1;
            }
            if t > o
                && keys.get(t).is_some_and(|w| {
                    matches!(w.as_str(), "at" | "outside" | "inside" | "near" | "in")
                })
            {
                o = t;
            }
            if o < sentence.end && !matches!(keys[o].as_str(), "," | "." | ";") {
                let object = np_at(doc, keys, lex, o);
                // "exploded outside the embassy", "went off in a market": the place.
                let place = object.is_none()
                    && matches!(
                        keys[o].as_str(),
                        "at" | "outside" | "inside" | "near" | "in" | "behind"
                    );
                let patient = if place {
                    np_at(doc, keys, lex, o + 1)
                } else {
                    object
                }
                .map(|p| whole_of(doc, keys, lex, p));
                push(&mut out, Role::Patient, patient);
                if let Some(p) = patient {
                    let list = conjuncts_after(doc, keys, lex, p);
                    let last = list.last().copied().unwrap_or(p);
                    for c in list {
                        push(&mut out, Role::Patient, Some(c));
                    }
                    // "burned three vehicles on the highway -- an ambulance, a fuel truck
                    // and a station wagon": the things the dash spells out.
                    for c in spelled_out(doc, keys, lex, last) {
                        push(&mut out, Role::Patient, Some(c));
                    }
                }
            }
        }
        Voice::Passive => {
            let mut k = first;
            while k > sentence.first && !BE.contains(&keys[k - 1].as_str()) {
                k -= 1;
            }
            // No auxiliary right before it ("… and several officers wounded in"): the subject
            // is right before the verb.
            if first - k > 3 || k == sentence.first {
                k = first;
            }
            // Skip the auxiliary chain: "had been", "were".
            while k > sentence.first
                && (BE.contains(&keys[k - 1].as_str())
                    || matches!(
                        keys[k - 1].as_str(),
                        "had" | "has" | "have" | "also" | "reportedly"
                    )
                    // "a device presumably abandoned by the front".
                    || keys[k - 1].ends_with("ly")
                        && lex.word_class(&keys[k - 1]).is_some_and(|c| c.usual == Pos::Adv))
            {
                k -= 1;
            }
            // "a bomb, planted by unidentified persons, exploded": a participle set off by a
            // comma says more of the phrase before it.
            if k == first && k > sentence.first + 1 && keys[k - 1] == "," && by.is_some() {
                k -= 1;
            }
            let mut subject = np_before(doc, keys, lex, k);
            // "all labor union offices in the capital were looted": the subject before the
            // place phrase.
            if let Some(p) = subject {
                let mut b = p.first;
                while b > sentence.first && DETERMINERS.contains(&keys[b - 1].as_str()) {
                    b -= 1;
                }
                if b > sentence.first + 1
                    && matches!(keys[b - 1].as_str(), "in" | "at" | "near" | "on")
                {
                    if let Some(before) = np_before(doc, keys, lex, b - 1) {
                        subject = Some(before);
                        push(&mut out, Role::Patient, Some(p));
                    }
                }
            }
            push(&mut out, Role::Patient, subject);
            if let Some(p) = subject {
                for c in conjuncts_before(doc, keys, lex, p) {
                    push(&mut out, Role::Patient, Some(c));
                }
            }
            if let Some(b) = by {
                push(&mut out, Role::Agent, np_at(doc, keys, lex, b + 1));
            }
        }
        Voice::Noun => {
            if let Some(b) = by {
                push(&mut out, Role::Agent, np_at(doc, keys, lex, b + 1));
            }
            if let Some(p) = keys.get(end).map(String::as_str) {
                if matches!(
                    p,
                    "on" | "against" | "of" | "at" | "targeting" | "inside" | "outside" | "near"
                ) && end + 1 < sentence.end
                {
                    let patient =
                        np_at(doc, keys, lex, end + 1).map(|p| whole_of(doc, keys, lex, p));
                    push(&mut out, Role::Patient, patient);
                    if let Some(p) = patient {
                        for c in conjuncts_after(doc, keys, lex, p) {
                            push(&mut out, Role::Patient, Some(c));
                        }
                    }
                }
            }
        }
    }
    // "… with dynamite", "armed with rifles".
    if let Some(w) = (end..(end + 10).min(sentence.end))
        .take_while(|&k| !matches!(keys[k].as_str(), ";" | "." | "—"))
        .find(|&k| keys[k] == "with")
    {
        push(&mut out, Role::Instrument, np_at(doc, keys, lex, w + 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{LEXICONS, doc_keys};
    use super::*;

    fn text_of(doc: &Doc<'_>, np: Np) -> String {
        doc.slice(np.first, np.end).to_owned()
    }

    /// The arguments of the first word `word` of `text`, as (role, words).
    fn args(text: &str, word: &str) -> Vec<(Role, String)> {
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let i = keys.iter().position(|k| k == word).expect("word in text");
        arguments(&doc, &keys, &LEXICONS, i, i + 1)
            .into_iter()
            .map(|a| (a.role, text_of(&doc, a.np)))
            .collect()
    }

    #[test]
    fn agents_and_patients_of_verbs_and_nouns() {
        use Role::*;
        type Case = (&'static str, &'static str, &'static [(Role, &'static str)]);
        let cases: &[Case] = &[
            (
                "urban guerrillas attacked a power substation in the capital.",
                "attacked",
                &[(Agent, "urban guerrillas"), (Patient, "power substation")],
            ),
            (
                "Three heavily armed men stormed the Grand Plaza Hotel on Friday.",
                "stormed",
                &[
                    (Agent, "Three heavily armed men"),
                    (Patient, "Grand Plaza Hotel"),
                ],
            ),
            (
                "the mayor was kidnapped by members of the people's liberation army.",
                "kidnapped",
                &[
                    (Patient, "mayor"),
                    (Agent, "members of the people's liberation army"),
                ],
            ),
            (
                "The attack on the police station was carried out by two gunmen.",
                "attack",
                &[(Patient, "police station")],
            ),
            (
                "the terrorists dynamited the electric tower with 20 kg of dynamite.",
                "dynamited",
                &[
                    (Agent, "terrorists"),
                    (Patient, "electric tower"),
                    (Instrument, "20 kg of dynamite"),
                ],
            ),
            (
                "Militants blew up a gas pipeline near the border.",
                "blew",
                &[(Agent, "Militants"), (Patient, "gas pipeline")],
            ),
            (
                "a car bomb exploded outside the embassy, police said.",
                "exploded",
                &[(Agent, "car bomb"), (Patient, "embassy")],
            ),
            (
                "a truck rigged with dynamite exploded wednesday morning outside a federal police building.",
                "exploded",
                &[(Patient, "federal police building")],
            ),
            (
                "all labor union offices in the capital were looted.",
                "looted",
                &[(Patient, "labor union offices")],
            ),
            (
                "the priests murdered last friday (17 november) by uniformed men were buried.",
                "murdered",
                &[(Agent, "uniformed men")],
            ),
            (
                "Prosecutors say Varek, 20, and his brother, Tamas, 26, placed two bombs.",
                "placed",
                &[(Agent, "Tamas")],
            ),
            (
                "Tamas and his brother Varek placed two bombs.",
                "placed",
                &[(Agent, "Tamas"), (Agent, "brother Varek")],
            ),
            (
                "Police said the brothers are believed to have set off two bombs.",
                "set",
                &[(Agent, "brothers")],
            ),
            (
                "He said his brother, Tamas, planted the bombs.",
                "planted",
                &[(Agent, "brother"), (Agent, "Tamas")],
            ),
        ];
        for (text, word, want) in cases {
            let got = args(text, word);
            for (role, words) in *want {
                assert!(
                    got.iter().any(|(r, w)| r == role && w == words),
                    "{text}: want {role:?} {words:?}, got {got:?}"
                );
            }
        }
    }

    #[test]
    fn coordinated_patients() {
        use Role::*;
        let got = args(
            "terrorists bombed a radio station and a drugstore in the town.",
            "bombed",
        );
        assert!(got.contains(&(Patient, "radio station".into())), "{got:?}");
        assert!(got.contains(&(Patient, "drugstore".into())), "{got:?}");
        type Case = (&'static str, &'static str, &'static [&'static str]);
        let lists: &[Case] = &[
            (
                "the rebels attacked the presidential residence, the sheraton hotel, and the central electoral council.",
                "attacked",
                &[
                    "presidential residence",
                    "sheraton hotel",
                    "central electoral council",
                ],
            ),
            (
                "the explosion damaged the windows of a book store, the state bank, the mariscal building, and other shops.",
                "damaged",
                &[
                    "book store",
                    "state bank",
                    "mariscal building",
                    "other shops",
                ],
            ),
            (
                "the guerrillas burned three vehicles on the highway -- a hospital ambulance, a fuel truck full of gasoline, and a station wagon.",
                "burned",
                &["hospital ambulance", "fuel truck", "station wagon"],
            ),
            (
                "the blast damaged the state bank (not further identified); the mariscal building, and other shops.",
                "damaged",
                &["mariscal building"],
            ),
        ];
        for (text, word, want) in lists {
            let got = args(text, word);
            for w in *want {
                assert!(got.contains(&(Patient, (*w).into())), "{w}: {got:?}");
            }
        }
        let got = args("banks and shops were attacked in the capital.", "attacked");
        assert!(got.contains(&(Patient, "banks".into())), "{got:?}");
        // A harm verb without its auxiliary: the officers are hurt, not hurting.
        let got = args(
            "a police chief was killed and several officers wounded in a bomb explosion.",
            "wounded",
        );
        assert!(
            got.contains(&(Patient, "several officers".into())),
            "{got:?}"
        );
        assert!(!got.iter().any(|(r, _)| *r == Agent), "{got:?}");
        // A second verb is a new clause, not a second patient.
        let got = args(
            "gunmen attacked the post and killed two soldiers.",
            "attacked",
        );
        assert!(!got.iter().any(|(_, w)| w.contains("soldiers")), "{got:?}");
    }

    #[test]
    fn noun_phrases_stop_at_verbs_and_function_words() {
        let doc = Doc::new("the guerrillas killed two soldiers and wounded a peasant.");
        let keys = doc_keys(&doc);
        let np = np_at(&doc, &keys, &LEXICONS, 0).expect("np");
        assert_eq!(text_of(&doc, np), "guerrillas");
        let np = np_at(&doc, &keys, &LEXICONS, 3).expect("np");
        assert_eq!(text_of(&doc, np), "two soldiers");
    }
}
