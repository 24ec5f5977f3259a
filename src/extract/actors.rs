//! Actors: people, armed groups, security forces, government bodies, media and other
//! organisations, found by lexicons, titles, name shapes and the words around them, and merged
//! within the article ("Amina Wanjiru Odhiambo", "Amina Odhiambo" and "Odhiambo" are one person).
//!
//! In cased text a name is a run of capitalised words; lexicons (armed groups, media, known
//! organisations, titles and ranks, first names, countries and their nationality words) and
//! the name's last word ("… Forces", "… Ministry") say what it is. In text without capitals
//! only lexicons and titles find actors ("colonel luis arturo isaacs").
//!
//! Descriptions ("officials", "a U.S. State Department official", "the presidential office")
//! are not names: they become actors only when another extractor needs them as a speaker,
//! reporter or responder, through [`Actors::resolve`], and are marked unnamed.

use super::lexicon::{Entry, LEXICONS, Lexicons, NounKind, OrgWordPos, Pos};
use super::text::{Doc, TokKind, undot};
use crate::event::{Actor, ActorId, ActorKind};
use std::collections::HashMap;

/// Where an actor is mentioned: tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) actor: ActorId,
}

/// A name found in the text, before merging.
#[derive(Debug, Clone)]
struct Candidate {
    first: usize,
    end: usize,
    kind: ActorKind,
    known: Option<usize>,
    titles: Vec<String>,
}

/// The actors of one article and their mentions.
#[derive(Debug)]
pub(crate) struct Actors {
    pub(crate) actors: Vec<Actor>,
    /// Sorted by first token.
    pub(crate) mentions: Vec<Mention>,
    /// The normalised name tokens of each actor's forms.
    forms: Vec<Vec<Vec<String>>>,
}

const CONNECTORS: &[&str] = &[
    "of", "for", "the", "de", "del", "della", "di", "da", "dos", "du", "des", "la", "le", "von",
    "van", "der", "den", "bin", "ibn", "al", "el", "es", "y", "on", "&",
];
const PRONOUNS_PERSON: &[&str] = &["he", "she", "him", "her"];
const PRONOUNS_GROUP: &[&str] = &["it", "they", "its", "their"];
const GROUP_NOUNS: &[&str] = &[
    "group",
    "militia",
    "militants",
    "movement",
    "organization",
    "organisation",
    "rebels",
    "insurgents",
    "network",
    "faction",
];

/// Words before a surname that are no part of a person's name.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "prof"];

fn is_time_word(w: &str) -> bool {
    super::dates::month(w).is_some() && w != "may" || super::dates::weekday(w).is_some()
}

/// The name-carrying tokens of a name: lower case, without periods, nationality words folded
/// to their country and "the" dropped — so "Nigeria’s Red Cross" and "Nigerian Red Cross" agree.
fn name_key_tokens(lex: &Lexicons, words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "the" | "'s" | "of" | "a" | "an"))
        .map(|w| {
            let k = vec![w.clone()];
            match lex.entries(&k).iter().find_map(|e| match e {
                Entry::Demonym(c) => Some(*c),
                _ => None,
            }) {
                Some(c) => undot(&super::text::normalize(&lex.countries[c].name)),
                None => w.clone(),
            }
        })
        .collect()
}

impl Actors {
    /// Finds the named actors of a document.
    pub(crate) fn find(doc: &Doc<'_>, keys: &[String]) -> Self {
        let lex = &*LEXICONS;
        let mut candidates = Vec::new();
        let mut covered = vec![false; doc.tokens.len()];
        if doc.cased {
            cased_candidates(doc, keys, lex, &mut candidates, &mut covered);
        } else {
            uncased_candidates(doc, keys, lex, &mut candidates, &mut covered);
        }
        let mut actors = Self {
            actors: Vec::new(),
            mentions: Vec::new(),
            forms: Vec::new(),
        };
        actors.merge(doc, keys, lex, candidates);
        actors.surname_mentions(doc, keys, &covered);
        actors.mentions.sort_by_key(|m| (m.first, m.end));
        actors.mentions.dedup();
        actors.link_affiliations(doc, keys, lex);
        actors
    }

    fn merge(
        &mut self,
        doc: &Doc<'_>,
        keys: &[String],
        lex: &Lexicons,
        mut candidates: Vec<Candidate>,
    ) {
        // Longest names first, so shorter forms attach to the fullest one. An honorific is
        // no part of the name: "Mr. Ostrinov" is a short form of "Varek Ostrinov".
        let mut candidates: Vec<(Candidate, Vec<String>, bool)> = candidates
            .drain(..)
            .map(|c| {
                let mut tokens = name_key_tokens(lex, &keys[c.first..c.end]);
                let honorific = c.kind == ActorKind::Person
                    && tokens.len() > 1
                    && HONORIFICS.contains(&undot(&tokens[0]).as_str());
                if honorific {
                    tokens.remove(0);
                }
                (c, tokens, honorific)
            })
            .collect();
        candidates.sort_by(|(a, ta, _), (b, tb, _)| {
            tb.len()
                .cmp(&ta.len())
                .then((b.end - b.first).cmp(&(a.end - a.first)))
                .then(a.first.cmp(&b.first))
        });
        let mut by_known: HashMap<usize, usize> = HashMap::new();
        for (c, tokens, honorific) in candidates {
            if tokens.is_empty() {
                continue;
            }
            let words: Vec<String> = keys[c.first..c.end].to_vec();
            let surface = doc.slice(c.first, c.end).trim().to_owned();
            let existing = if let Some(k) = c.known.and_then(|k| by_known.get(&k)) {
                Some(*k)
            } else {
                let matching = self.actors.iter().enumerate().filter(|(idx, a)| {
                    let same_family = a.kind == c.kind
                        || (a.kind.is_organization()
                            && c.kind.is_organization()
                            && c.known.is_none());
                    same_family
                        && self.forms[*idx].iter().any(|f| {
                            let contains = tokens.iter().all(|t| f.contains(t));
                            let same_last = f.last() == tokens.last();
                            contains && (same_last || a.kind.is_organization())
                        })
                });
                let all: Vec<usize> = matching.map(|(idx, _)| idx).collect();
                // "Mr. Ostrinov" when two Ostrinovs are named in full is neither for sure; a
                // bare "Ostrinov" is the one named last before it ("Dalim Ostrinov … Varek
                // Ostrinov … Ostrinov said").
                let at = doc.tokens[c.first].span.start;
                let nearest_before = || {
                    all.iter()
                        .filter_map(|&idx| {
                            self.actors[idx]
                                .mentions
                                .iter()
                                .filter(|m| m.start < at)
                                .map(|m| m.start)
                                .max()
                                .map(|start| (start, idx))
                        })
                        .max()
                        .map(|(_, idx)| idx)
                };
                match all.as_slice() {
                    [] => self.given_name_of(&tokens, c.kind),
                    [one] => Some(*one),
                    _ if honorific => None,
                    [first, ..] => nearest_before().or(Some(*first)),
                }
            };
            let id = if let Some(idx) = existing {
                let actor = &mut self.actors[idx];
                if actor.name != surface
                    && !actor
                        .aliases
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(&surface))
                    && !actor.name.eq_ignore_ascii_case(&surface)
                {
                    actor.aliases.push(surface);
                }
                for t in c.titles {
                    if !actor.titles.contains(&t) {
                        actor.titles.push(t);
                    }
                }
                actor.mentions.push(doc.span_of(c.first, c.end));
                self.forms[idx].push(tokens);
                idx
            } else {
                let (key, wikidata) = match c.known {
                    Some(k) if c.end - c.first == lex_len(lex, k, &words) => (
                        format!("lexicon:{}", lex.actors[k].name.to_lowercase()),
                        lex.actors[k].wikidata.clone(),
                    ),
                    _ => (tokens.join(" "), None),
                };
                self.actors.push(Actor {
                    kind: c.kind,
                    name: surface,
                    aliases: Vec::new(),
                    titles: c.titles,
                    affiliation: None,
                    named: true,
                    key,
                    wikidata,
                    mentions: vec![doc.span_of(c.first, c.end)],
                });
                self.forms.push(vec![tokens]);
                if let Some(k) = c.known {
                    by_known.insert(k, self.actors.len() - 1);
                }
                self.actors.len() - 1
            };
            self.mentions.push(Mention {
                first: c.first,
                end: c.end,
                actor: ActorId(id),
            });
        }
        // Mentions in text order define the evidence order.
        for actor in &mut self.actors {
            actor.mentions.sort();
        }
    }

    /// The one person named in full whose given name is this lone word: "Varek" after "Varek
    /// Ostrinov" (families in the news go by given names). Not when two share it, nor for a
    /// word that is a town, a country or a common word.
    fn given_name_of(&self, tokens: &[String], kind: ActorKind) -> Option<usize> {
        let [word] = tokens else { return None };
        if kind != ActorKind::Person || !given_name_like(word) {
            return None;
        }
        let mut found = self.actors.iter().enumerate().filter(|(idx, a)| {
            a.kind == ActorKind::Person
                && self.forms[*idx]
                    .iter()
                    .any(|f| f.len() > 1 && f.first() == Some(word))
        });
        let first = found.next().map(|(idx, _)| idx);
        if found.next().is_some() { None } else { first }
    }

    /// A capitalised word that is the last name (or the first word) of exactly one person is
    /// a mention of that person ("Odhiambo" after "Amina Wanjiru Odhiambo").
    fn surname_mentions(&mut self, doc: &Doc<'_>, keys: &[String], covered: &[bool]) {
        let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
        for (idx, actor) in self.actors.iter().enumerate() {
            if actor.kind != ActorKind::Person {
                continue;
            }
            for form in &self.forms[idx] {
                // "Corleto Vinluan Jr." is "Vinluan".
                let last = form.iter().rev().find(|w| {
                    !matches!(
                        w.as_str(),
                        "jr" | "sr" | "ii" | "iii" | "iv" | "jr." | "sr."
                    )
                });
                if let Some(last) = last {
                    by_word.entry(last.as_str()).or_default().push(idx);
                }
                // "Varek" after "Varek Ostrinov": families in the news go by given names.
                // Not a town's own name, though: "Boston" in "Boston Marathon".
                if let [first, _, ..] = form.as_slice() {
                    if given_name_like(first) {
                        by_word.entry(first.as_str()).or_default().push(idx);
                    }
                }
            }
        }
        for list in by_word.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        let mut new = Vec::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if covered.get(i).copied().unwrap_or(true) || t.kind != TokKind::Word {
                continue;
            }
            if doc.cased && !t.cap {
                continue;
            }
            // "the elder Ostrinov", "the younger Bush": one of a family, maybe not the one
            // named in full.
            if i > 0 && matches!(keys[i - 1].as_str(), "elder" | "younger" | "older") {
                continue;
            }
            if let Some([idx]) = by_word.get(keys[i].as_str()).map(Vec::as_slice) {
                new.push((i, *idx));
            }
        }
        for (i, idx) in new {
            let span = doc.span_of(i, i + 1);
            let surface = span.text(doc.text).to_owned();
            let actor = &mut self.actors[idx];
            if !actor.aliases.contains(&surface) && actor.name != surface {
                actor.aliases.push(surface);
            }
            actor.mentions.push(span);
            self.mentions.push(Mention {
                first: i,
                end: i + 1,
                actor: ActorId(idx),
            });
        }
        for actor in &mut self.actors {
            actor.mentions.sort();
            actor.mentions.dedup();
        }
    }

    /// "X, head of the Brookings Institution’s …", "X, an employee of Tuskys", "X of the Ghana Red
    /// Cross": the organisation after the person is its affiliation.
    fn link_affiliations(&mut self, doc: &Doc<'_>, keys: &[String], lex: &Lexicons) {
        let mentions = self.mentions.clone();
        for m in &mentions {
            if self.actors[m.actor.0].kind != ActorKind::Person
                || self.actors[m.actor.0].affiliation.is_some()
            {
                continue;
            }
            let sent_end = doc.sentence_of(m.first).map_or(doc.tokens.len(), |s| s.end);
            let mut j = m.end;
            let direct_of = keys.get(j).is_some_and(|k| k == "of");
            if !(direct_of || keys.get(j).is_some_and(|k| k == ",")) {
                continue;
            }
            j += 1;
            // Look a few words ahead for "of"/"at"/"for" followed by an organisation mention.
            let limit = (j + 8).min(sent_end);
            let mut title_words = Vec::new();
            let mut found = None;
            let mut k = if direct_of { m.end } else { j };
            while k < limit {
                let w = keys[k].as_str();
                if matches!(
                    w,
                    "," | "." | ";" | "“" | "”" | "\"" | "said" | "who" | "told"
                ) {
                    break;
                }
                if matches!(w, "of" | "at" | "for" | "with") {
                    // The organisation mention that starts after the preposition (skipping "the").
                    let mut s = k + 1;
                    if keys.get(s).is_some_and(|x| x == "the") {
                        s += 1;
                    }
                    // A possessive chain: "the Brookings Institution’s John L. Thornton China Center"
                    // — the last organisation of the chain is the affiliation.
                    let mut last_org = None;
                    let mut cursor = s;
                    while let Some(om) = mentions.iter().find(|o| o.first == cursor) {
                        if !self.actors[om.actor.0].kind.is_organization() {
                            break;
                        }
                        last_org = Some(om.actor);
                        if keys.get(om.end).is_some_and(|x| x == "'s") {
                            cursor = om.end + 1;
                        } else {
                            break;
                        }
                    }
                    found = last_org;
                    break;
                }
                if !matches!(w, "a" | "an" | "the") {
                    title_words.push(k);
                }
                k += 1;
            }
            if let Some(org) = found {
                let actor = &mut self.actors[m.actor.0];
                actor.affiliation = Some(org);
                // "head of", "spokesman for": a title when the words before the preposition are one.
                if let (Some(&a), Some(&b)) = (title_words.first(), title_words.last()) {
                    let phrase = keys[a..=b].to_vec();
                    let is_title = lex
                        .entries(&phrase)
                        .iter()
                        .any(|e| matches!(e, Entry::Title(_)))
                        || matches!(
                            keys[b].as_str(),
                            "head"
                                | "director"
                                | "chief"
                                | "founder"
                                | "chairman"
                                | "leader"
                                | "spokesman"
                                | "spokeswoman"
                                | "president"
                                | "commander"
                        );
                    if is_title {
                        let title = doc.slice(a, b + 1).to_owned();
                        if !actor.titles.contains(&title) {
                            actor.titles.push(title);
                        }
                    }
                }
            }
        }
    }

    /// The actor mentioned exactly at tokens `first..end`, or inside them.
    pub(crate) fn mention_in(&self, first: usize, end: usize) -> Vec<Mention> {
        self.mentions
            .iter()
            .filter(|m| m.first >= first && m.end <= end)
            .copied()
            .collect()
    }

    /// The last actor of the kinds `want` accepts mentioned before token `before`, within
    /// `max_back` sentences.
    pub(crate) fn last_before(
        &self,
        doc: &Doc<'_>,
        before: usize,
        max_back: usize,
        want: impl Fn(&Actor) -> bool,
    ) -> Option<ActorId> {
        let sent = doc
            .tokens
            .get(before)
            .map_or(doc.sentences.len(), |t| t.sent);
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.end <= before)
            .take_while(|m| sent.saturating_sub(doc.tokens[m.first].sent) <= max_back)
            .find(|m| want(&self.actors[m.actor.0]))
            .map(|m| m.actor)
    }

    /// Resolves a noun phrase (a speaker, a reporter of a figure) to an actor: a name in it, a
    /// pronoun's antecedent, a definite description's antecedent, or else a new described
    /// actor. Returns the actor and, for pronouns, a confidence below 1.
    pub(crate) fn resolve(
        &mut self,
        doc: &Doc<'_>,
        keys: &[String],
        first: usize,
        end: usize,
    ) -> Option<(ActorId, Option<f64>)> {
        let lex = &*LEXICONS;
        // Trim punctuation and leading function words.
        let mut a = first;
        let mut b = end;
        while a < b
            && (!doc.tokens[a].is_wordlike()
                || matches!(keys[a].as_str(), "and" | "but" | "while" | "as" | "in"))
        {
            a += 1;
        }
        while b > a && !doc.tokens[b - 1].is_wordlike() {
            b -= 1;
        }
        if a >= b {
            return None;
        }
        // Cut post-modifiers: "a U.S. official familiar with the situation, who spoke …".
        let mut cut = a + 1;
        while cut < b
            && !matches!(
                keys[cut].as_str(),
                "who"
                    | "which"
                    | "familiar"
                    | "with"
                    | "from"
                    | "that"
                    | ","
                    | "speaking"
                    | "in"
                    | "on"
                    | "at"
                    | "whose"
                    | "("
            )
        {
            cut += 1;
        }
        let b = cut;
        if b - a > 12 {
            return None;
        }
        // Coordination: each conjunct is resolved (so a later "the official" finds its
        // antecedent); the first one that resolves is the answer.
        let in_name = |k: usize| self.mentions.iter().any(|m| m.first < k && k < m.end);
        if let Some(pos) = (a + 1..b).find(|&k| keys[k] == "and" && !in_name(k)) {
            let first = self.resolve(doc, keys, a, pos);
            let second = self.resolve(doc, keys, pos + 1, b);
            return first.or(second);
        }
        let inside = self.mention_in(a, b);
        let head = keys[b - 1].as_str();
        let head_noun = lex.entries(&keys[b - 1..b]).iter().find_map(|e| match e {
            Entry::PersonNoun(k) => Some(*k),
            _ => None,
        });
        // A named person in the phrase is the speaker ("military spokesman Colonel Daniel Mwangi").
        if let Some(m) = inside
            .iter()
            .find(|m| self.actors[m.actor.0].kind == ActorKind::Person)
        {
            return Some((m.actor, None));
        }
        // A single pronoun.
        if b - a == 1 {
            if PRONOUNS_PERSON.contains(&head) {
                return self.pronoun(doc, a).map(|id| (id, Some(0.8)));
            }
            if PRONOUNS_GROUP.contains(&head) {
                return self
                    .last_before(doc, a, 3, |x| x.kind.is_organization() && x.named)
                    .map(|id| (id, Some(0.7)));
            }
        }
        // An organisation named in the phrase, unless the phrase is headed by a person noun
        // ("a U.S. State Department official" is a person of that department).
        if let Some(m) = inside
            .iter()
            .rev()
            .find(|m| self.actors[m.actor.0].kind.is_organization())
        {
            if m.end < b && head_noun == Some(NounKind::Person) {
                let org = m.actor;
                let id = self.describe(doc, keys, a, b, ActorKind::Person);
                if self.actors[id.0].affiliation.is_none() {
                    self.actors[id.0].affiliation = Some(org);
                }
                return Some((id, None));
            }
            return Some((m.actor, None));
        }
        // "the militia", "the group", "the center", "the official": an earlier actor of that kind.
        if keys[a] == "the" && b - a <= 3 {
            // "the force said": the police force named before.
            if matches!(head, "force" | "constabulary") {
                if let Some(id) = self.last_before(doc, a, 40, |x| {
                    x.named && x.kind == ActorKind::SecurityForce
                }) {
                    return Some((id, Some(0.9)));
                }
            }
            if GROUP_NOUNS.contains(&head) {
                if let Some(id) = self.last_before(doc, a, 40, |x| x.kind == ActorKind::ArmedGroup)
                {
                    return Some((id, Some(0.9)));
                }
            }
            if let Some(id) = self.last_before(doc, a, 40, |x| {
                x.named
                    && x.kind.is_organization()
                    && x.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head))
            }) {
                return Some((id, Some(0.9)));
            }
            if let Some(id) = self.last_before(doc, a, 8, |x| {
                !x.named
                    && x.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head))
            }) {
                return Some((id, Some(0.9)));
            }
            if let Some(id) = self.last_before(doc, a, 40, |x| {
                x.kind == ActorKind::Person
                    && x.titles.iter().any(|t| t.to_lowercase().ends_with(head))
            }) {
                return Some((id, Some(0.9)));
            }
        }
        // A description: only with a head noun that describes people or authorities.
        let kind = match head_noun {
            Some(NounKind::Person | NounKind::Attacker) => ActorKind::Person,
            Some(NounKind::Security) => ActorKind::SecurityForce,
            Some(NounKind::Government) => ActorKind::GovernmentBody,
            None => return None,
        };
        Some((self.describe(doc, keys, a, b, kind), None))
    }

    /// The person a "he"/"she" at token `at` refers to, when there is one clear candidate: the
    /// persons of the nearest preceding sentences that mention any.
    fn pronoun(&self, doc: &Doc<'_>, at: usize) -> Option<ActorId> {
        let sent = doc.tokens.get(at)?.sent;
        for back in 0..=3usize {
            let Some(s) = sent.checked_sub(back) else {
                break;
            };
            let span = doc.sentences[s];
            let limit = if back == 0 { at } else { span.end };
            let mut persons: Vec<ActorId> = self
                .mentions
                .iter()
                .filter(|m| {
                    m.first >= span.first
                        && m.end <= limit
                        && self.actors[m.actor.0].kind == ActorKind::Person
                        && self.actors[m.actor.0].named
                })
                .map(|m| m.actor)
                .collect();
            persons.dedup();
            let mut distinct = persons.clone();
            distinct.sort_unstable();
            distinct.dedup();
            match distinct.len() {
                0 => {}
                1 => return distinct.first().copied(),
                // Several people: the sentence's subject (its first person) when it is also the
                // last one mentioned, else nobody.
                _ => {
                    return (persons.first() == persons.last()).then(|| persons[0]);
                }
            }
        }
        None
    }

    /// A described (unnamed) actor for tokens `a..b`; the same words in one article give the
    /// same actor.
    pub(crate) fn describe(
        &mut self,
        doc: &Doc<'_>,
        keys: &[String],
        a: usize,
        b: usize,
        kind: ActorKind,
    ) -> ActorId {
        let mut s = a;
        // "the so-called X": the writer's distance is no part of the name.
        while s < b
            && matches!(
                keys[s].as_str(),
                "the"
                    | "a"
                    | "an"
                    | "some"
                    | "several"
                    | "other"
                    | "many"
                    | "so-called"
                    | "self-styled"
            )
        {
            s += 1;
        }
        let s = s.min(b.saturating_sub(1));
        let label = doc.slice(s, b).to_owned();
        let key = keys[s..b].join(" ");
        if let Some(idx) = self
            .actors
            .iter()
            .position(|x| !x.named && x.key == key && x.kind == kind)
        {
            self.actors[idx].mentions.push(doc.span_of(s, b));
            self.mentions.push(Mention {
                first: s,
                end: b,
                actor: ActorId(idx),
            });
            self.mentions.sort_by_key(|m| (m.first, m.end));
            return ActorId(idx);
        }
        self.actors.push(Actor {
            kind,
            name: label,
            aliases: Vec::new(),
            titles: Vec::new(),
            affiliation: None,
            named: false,
            key,
            wikidata: None,
            mentions: vec![doc.span_of(s, b)],
        });
        self.forms.push(Vec::new());
        let id = ActorId(self.actors.len() - 1);
        self.mentions.push(Mention {
            first: s,
            end: b,
            actor: id,
        });
        self.mentions.sort_by_key(|m| (m.first, m.end));
        id
    }
}

/// A first word of a person's name that may stand alone for them: not a town's own name
/// ("Boston" in "Boston Marathon"), a country, a demonym or a common word.
fn given_name_like(word: &str) -> bool {
    let town = LEXICONS
        .entries(std::slice::from_ref(&word.to_owned()))
        .iter()
        .any(|e| match e {
            Entry::Place(p) => LEXICONS.places[*p].own_name(word),
            Entry::Country(_) | Entry::Demonym(_) => true,
            _ => false,
        });
    !town && !LEXICONS.is_common(word, 5000)
}

/// The number of tokens of lexicon actor `k`'s form that matched `words`, or 0.
fn lex_len(lex: &Lexicons, k: usize, words: &[String]) -> usize {
    if lex.entries(words).contains(&Entry::Actor(k)) {
        words.len()
    } else {
        0
    }
}

fn cap_like(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if t.kind != TokKind::Word {
        return false;
    }
    if t.cap {
        return true;
    }
    // "al-Nusra", "el-Sisi", "ad-Dawla": a lower-case article joined to a capitalised name.
    let w = t.span.text(doc.text);
    [
        "al-", "el-", "ad-", "as-", "an-", "ash-", "ar-", "at-", "ul-", "bin-", "abu-",
    ]
    .iter()
    .any(|p| {
        w.len() > p.len()
            && w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
            && w.get(p.len()..)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
    })
}

fn is_org_word(lex: &Lexicons, w: &str) -> bool {
    lex.org_word(w).is_some()
}

fn has_title(lex: &Lexicons, doc: &Doc<'_>, keys: &[String], first: usize, end: usize) -> bool {
    (first..end).any(|i| {
        lex.longest(doc, keys, i, |e| matches!(e, Entry::Title(_)))
            .is_some_and(|(e, _)| e <= end)
    })
}

/// Runs of capitalised words (with "of", "for", "the" inside organisation names and titles).
fn runs(doc: &Doc<'_>, keys: &[String], lex: &Lexicons) -> Vec<(usize, usize)> {
    let n = doc.tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !cap_like(doc, i) {
            i += 1;
            continue;
        }
        let start = i;
        let sent = doc.tokens[i].sent;
        let mut j = i + 1;
        loop {
            if j < n && doc.tokens[j].sent == sent && cap_like(doc, j) {
                j += 1;
                continue;
            }
            // A connector inside an organisation name or title: "Ministry of the Interior",
            // "Agency for International Development", "Secretary of State".
            if j + 1 < n && doc.tokens[j].sent == sent && CONNECTORS.contains(&keys[j].as_str()) {
                let orgish = (start..j).any(|k| is_org_word(lex, &keys[k]))
                    || has_title(lex, doc, keys, start, j);
                let particle = matches!(
                    keys[j].as_str(),
                    "de" | "del"
                        | "della"
                        | "di"
                        | "da"
                        | "dos"
                        | "du"
                        | "von"
                        | "van"
                        | "der"
                        | "den"
                        | "bin"
                        | "ibn"
                        | "al"
                        | "el"
                        | "es"
                        | "y"
                );
                let mut k = j + 1;
                if keys[j] == "of" && keys.get(k).is_some_and(|x| x == "the") {
                    k += 1;
                }
                if (orgish || particle) && k < n && doc.tokens[k].sent == sent && cap_like(doc, k) {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        out.push((start, j));
        i = j;
    }
    out
}

fn demonym_or_country(lex: &Lexicons, keys: &[String], i: usize) -> bool {
    lex.entries(&keys[i..=i])
        .iter()
        .any(|e| matches!(e, Entry::Demonym(_) | Entry::Country(_)))
}

/// Kind of an organisation name from its words, if they make it one.
fn org_kind(lex: &Lexicons, keys: &[String], first: usize, end: usize) -> Option<ActorKind> {
    let words = &keys[first..end];
    // "Liberation", "Revolutionary", "Jihad" anywhere make an armed group.
    if let Some(kind) = words.iter().find_map(|w| match lex.org_word(w) {
        Some((k, OrgWordPos::Any)) if k == ActorKind::ArmedGroup => Some(k),
        _ => None,
    }) {
        return Some(kind);
    }
    let head = lex
        .org_word(words.last()?)
        .filter(|(_, p)| *p != OrgWordPos::First)
        .map(|(k, _)| k);
    let first_word = lex
        .org_word(&words[0])
        .filter(|(_, p)| *p != OrgWordPos::Head)
        .map(|(k, _)| k);
    let any = words.iter().find_map(|w| {
        lex.org_word(w)
            .filter(|(_, p)| *p == OrgWordPos::Any)
            .map(|(k, _)| k)
    });
    let kind = head.or(first_word).or(any)?;
    // A national body with a generic head ("National Disaster Operations Center") is a
    // government body; so is a security force's parent ministry.
    if kind == ActorKind::Organization
        && words.iter().take(2).any(|w| {
            matches!(
                w.as_str(),
                "national" | "federal" | "presidential" | "state" | "royal"
            )
        })
        && words.len() >= 3
    {
        return Some(ActorKind::GovernmentBody);
    }
    Some(kind)
}

/// True when an age stands in apposition right after token `e`: ", 29," or ", a 29-year-old".
fn aged_after(keys: &[String], e: usize) -> bool {
    let at = |k: usize| keys.get(e + k).map(String::as_str);
    at(0) == Some(",")
        && (at(1).is_some_and(super::number::is_age) && at(2) == Some(",")
            || matches!(at(1), Some("a" | "an")) && at(2).is_some_and(|w| w.ends_with("-year-old")))
}

fn person_noun_near(
    lex: &Lexicons,
    doc: &Doc<'_>,
    keys: &[String],
    from: usize,
    to: usize,
) -> bool {
    (from..to.min(keys.len())).any(|k| {
        lex.entries(&keys[k..=k]).iter().any(|e| {
            matches!(
                e,
                Entry::PersonNoun(_) | Entry::Title(_) | Entry::Demonym(_)
            )
        }) || matches!(
            keys[k].as_str(),
            "head" | "director" | "founder" | "owner" | "who" | "aged"
        ) || keys[k].ends_with("-year-old")
            || doc.tokens[k].kind == TokKind::Number && keys.get(k + 1).is_some_and(|x| x == ",")
    })
}

/// "bomber Varek Ostrinov", "26-year-old Tamas Ostrinov", "exchange student Ilyas Berkov": a
/// lower-case noun for a person, or an age, right before a capitalised run makes it a name
/// even when its first word is no given name we know.
fn described_before(lex: &Lexicons, doc: &Doc<'_>, keys: &[String], s: usize) -> bool {
    if s == 0 || doc.tokens[s - 1].sent != doc.tokens[s].sent {
        return false;
    }
    // Capitals only where a sentence opens: "Bomber X planted …".
    if doc.tokens[s - 1].cap && doc.sentences[doc.tokens[s - 1].sent].first != s - 1 {
        return false;
    }
    let w = keys[s - 1].as_str();
    w.ends_with("-year-old")
        || lex
            .entries(&keys[s - 1..s])
            .iter()
            .any(|x| matches!(x, Entry::PersonNoun(NounKind::Person | NounKind::Attacker)))
            && !matches!(w, "people" | "persons" | "civilians" | "others")
}

/// What only people do, right after a capitalised run: "X pleaded guilty", "X was convicted",
/// "X has been arrested", "X was born in".
fn person_predicate(keys: &[String], e: usize, sent_end: usize) -> bool {
    const DONE_TO: &[&str] = &[
        "convicted",
        "sentenced",
        "arrested",
        "charged",
        "indicted",
        "born",
        "detained",
        "executed",
        "jailed",
        "acquitted",
        "radicalized",
        "radicalised",
        "extradited",
        "accused",
        "suspected",
    ];
    let Some(first) = keys.get(e).filter(|_| e < sent_end) else {
        return false;
    };
    // "X and his older brother", "X's lawyer": kin and company are people's.
    let kin = |from: usize| {
        (from..(from + 3).min(sent_end)).any(|k| {
            LEXICONS
                .entries(&keys[k..=k])
                .iter()
                .any(|x| matches!(x, Entry::PersonNoun(NounKind::Person)))
        })
    };
    if first == "and"
        && keys
            .get(e + 1)
            .is_some_and(|w| matches!(w.as_str(), "his" | "her"))
        && kin(e + 2)
        || first == "'s" && kin(e + 1)
    {
        return true;
    }
    if matches!(
        first.as_str(),
        "pleaded" | "confessed" | "apologized" | "apologised" | "testified"
    ) {
        return true;
    }
    let k = past_auxiliaries(keys, e, sent_end);
    k > e && keys.get(k).is_some_and(|w| DONE_TO.contains(&w.as_str()))
}

/// The first token from `from` (before `end`) past at most three auxiliaries and adverbs of a
/// passive or perfect: "was", "has been later", "were allegedly". Equal to `from` when none.
pub(crate) fn past_auxiliaries(keys: &[String], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end
        && k < from + 3
        && matches!(
            keys[k].as_str(),
            "was" | "were" | "is" | "are" | "has" | "had" | "been" | "later" | "also" | "allegedly"
        )
    {
        k += 1;
    }
    k
}

fn speech_adjacent(
    lex: &Lexicons,
    doc: &Doc<'_>,
    keys: &[String],
    first: usize,
    end: usize,
) -> bool {
    let after = lex
        .longest(doc, keys, end, |e| matches!(e, Entry::Speech))
        .is_some();
    // "said John Smith", "said John Smith of the Red Cross", but not "officials say Boston
    // Marathon bombing suspect X told": there the run goes on into a lower-case noun phrase.
    let continues = end < doc.tokens.len()
        && doc.tokens[end].kind == TokKind::Word
        && !doc.tokens[end].cap
        && !super::roles::is_function_word(&keys[end])
        && keys[end] != "last";
    let before = first >= 1
        && !(doc.cased && continues)
        && lex
            .longest(doc, keys, first - 1, |e| matches!(e, Entry::Speech))
            .is_some_and(|(e, _)| e == first);
    after || before
}

fn cased_candidates(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    out: &mut Vec<Candidate>,
    covered: &mut [bool],
) {
    for (run_start, run_end) in runs(doc, keys, lex) {
        let mut s = run_start;
        let mut e = run_end;
        // Trim determiners, time words and capitalised common words that only open the sentence.
        while s < e {
            let w = keys[s].as_str();
            let sentence_start = doc.sentence_of(s).is_some_and(|x| x.first == s)
                || (s > 0
                    && matches!(doc.tokens[s - 1].kind, TokKind::Quote)
                    && doc.sentence_of(s - 1).is_some_and(|x| x.first == s - 1));
            let known_here = lex
                .longest(doc, keys, s, |x| {
                    matches!(x, Entry::Actor(_) | Entry::Title(_))
                })
                .is_some();
            let strip = matches!(w, "the" | "a" | "an")
                || is_time_word(w)
                || (sentence_start
                    && lex.is_common(w, 5000)
                    && !lex.is_first_name(w)
                    && !known_here
                    && !is_org_word(lex, w)
                    && !demonym_or_country(lex, keys, s))
                || matches!(w, "former" | "then" | "late" | "acting" | "interim" | "ex")
                // "Italian-Moroccan Youssef Zaghba": a compound of demonyms describes him.
                || (w.contains('-')
                    && w.split('-').all(|part| {
                        lex.entries(&[part.to_owned()])
                            .iter()
                            .any(|x| matches!(x, Entry::Demonym(_)))
                    }));
            if !strip {
                break;
            }
            s += 1;
        }
        while e > s
            && (is_time_word(&keys[e - 1])
                || matches!(keys[e - 1].as_str(), "the" | "of" | "for" | "and"))
        {
            e -= 1;
        }
        if s >= e {
            continue;
        }
        classify_run(doc, keys, lex, s, e, out, covered);
    }
}

fn classify_run(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    s: usize,
    e: usize,
    out: &mut Vec<Candidate>,
    covered: &mut [bool],
) {
    // Hashtags and handles are channels of a speaker, not actors ("#Riverside", "@Press").
    if keys[s].starts_with('#') || keys[s].starts_with('@') {
        return;
    }
    // "Bomber X …", "Witness X …": a noun for people opening the sentence describes the
    // name after it.
    if e - s >= 3
        && doc.sentences[doc.tokens[s].sent].first == s
        && !lex.is_first_name(&keys[s])
        && lex
            .entries(&keys[s..=s])
            .iter()
            .any(|x| matches!(x, Entry::PersonNoun(NounKind::Person | NounKind::Attacker)))
    {
        classify_run(doc, keys, lex, s + 1, e, out, covered);
        return;
    }
    // A known actor (lexicon) covering the run, possibly after nationality words
    // ("Nigerian Red Cross" keeps its whole form).
    let mut k = s;
    while k < e && demonym_or_country(lex, keys, k) {
        k += 1;
    }
    for start in [s, k] {
        if start >= e {
            continue;
        }
        if let Some((end, idx)) = lex.actor_at(doc, keys, start) {
            // "the Islamic State group": a known name may go on in lower case.
            if end == e || end > e && start == s {
                let kind = lex.actors[idx].kind;
                let exact = start == s;
                let e = end.max(e);
                out.push(Candidate {
                    first: s,
                    end: e,
                    kind,
                    known: exact.then_some(idx),
                    titles: Vec::new(),
                });
                covered[s..e].iter_mut().for_each(|c| *c = true);
                return;
            }
        }
    }
    // A lexicon actor at the start followed by more words: handle it alone, then the rest.
    if let Some((end, idx)) = lex.actor_at(doc, keys, s) {
        if end < e && org_kind(lex, keys, s, e).is_none() {
            out.push(Candidate {
                first: s,
                end,
                kind: lex.actors[idx].kind,
                known: Some(idx),
                titles: Vec::new(),
            });
            covered[s..end].iter_mut().for_each(|c| *c = true);
            classify_run(doc, keys, lex, end, e, out, covered);
            return;
        }
    }
    // A place name alone is not an actor, unless an age follows it: towns have none
    // ("Campbell, a 29-year-old manager", "Campbell, 29,"). A town's old or other name
    // may still name a person by the usual cues ("his brother, Ivan,").
    let mut other_place_name = false;
    if let Some((end, _)) = lex.longest(doc, keys, s, |x| {
        matches!(x, Entry::Place(_) | Entry::Country(_) | Entry::Demonym(_))
    }) {
        if end == e && !aged_after(keys, e) {
            other_place_name = e - s == 1
                && lex.entries(&keys[s..e]).iter().all(|x| match x {
                    Entry::Place(p) => !lex.places[*p].own_name(&keys[s]),
                    _ => false,
                });
            if !other_place_name {
                return;
            }
        }
    }
    // Named after a noun for a group: "the militant group Ahlu Sunnah Wa-Jama", "a militia
    // called Jaish al-Adl".
    if doc.cased && e - s <= 6 {
        let noun_at = match keys.get(s.wrapping_sub(1)).map(String::as_str) {
            Some("called" | "named") if s >= 2 => s - 2,
            _ => s.wrapping_sub(1),
        };
        if noun_at < s
            && !doc.tokens[noun_at].cap
            && matches!(
                keys[noun_at].as_str(),
                "group"
                    | "militia"
                    | "movement"
                    | "faction"
                    | "outfit"
                    | "organisation"
                    | "organization"
            )
        {
            let armed = matches!(keys[noun_at].as_str(), "militia" | "outfit")
                || keys[noun_at.saturating_sub(2)..noun_at].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "militant"
                            | "rebel"
                            | "jihadist"
                            | "extremist"
                            | "armed"
                            | "insurgent"
                            | "terrorist"
                            | "islamist"
                            | "separatist"
                            | "fighters"
                    )
                });
            out.push(Candidate {
                first: s,
                end: e,
                kind: if armed {
                    ActorKind::ArmedGroup
                } else {
                    ActorKind::Organization
                },
                known: None,
                titles: Vec::new(),
            });
            covered[s..e].iter_mut().for_each(|c| *c = true);
            return;
        }
    }
    // Organisations by their words.
    if let Some(kind) = org_kind(lex, keys, s, e) {
        // A site ("Riverside Premier Shopping Mall") is a place, not an organisation.
        if lex
            .longest(doc, keys, e - 1, |x| matches!(x, Entry::Facility))
            .is_some()
            && !matches!(
                kind,
                ActorKind::GovernmentBody | ActorKind::SecurityForce | ActorKind::MediaOrganization
            )
            && !matches!(
                keys[e - 1].as_str(),
                "center" | "centre" | "university" | "college" | "institute" | "bank" | "church"
            )
        {
            return;
        }
        if e - s == 1 && lex.is_common(&keys[s], 20_000) {
            return;
        }
        // "Nigerian Interior Ministry": the whole run. But "President X" never ends in an org word.
        out.push(Candidate {
            first: s,
            end: e,
            kind,
            known: None,
            titles: Vec::new(),
        });
        covered[s..e].iter_mut().for_each(|c| *c = true);
        return;
    }
    // Titles: "Interior Minister Amina Odhiambo", "Colonel Daniel Mwangi".
    let mut title: Option<(usize, usize)> = None;
    let mut i = s;
    while i < e {
        if let Some((end, _)) = lex.longest(doc, keys, i, |x| matches!(x, Entry::Title(_))) {
            if end < e {
                title = Some((title.map_or(i, |(a, _)| a), end));
                i = end;
                continue;
            }
        }
        if title.is_some() {
            break;
        }
        i += 1;
    }
    let mut titles = Vec::new();
    let mut name_start = s;
    if let Some((ts, te)) = title {
        // The title's own words start after nationality words and "Former".
        let mut a = s;
        while a < ts && demonym_or_country(lex, keys, a) {
            a += 1;
        }
        titles.push(doc.slice(a, te).to_owned());
        name_start = te;
    }
    // Lower-case title words just before the run: "military spokesman Colonel Daniel Mwangi".
    let p = s;
    if p > 0 && doc.tokens[p - 1].kind == TokKind::Word && !doc.tokens[p - 1].cap {
        let found = (p.saturating_sub(3)..p).find_map(|q| {
            lex.longest(doc, keys, q, |x| matches!(x, Entry::Title(_)))
                .filter(|(end, _)| *end == p)
                .map(|_| q)
        });
        if let Some(q) = found {
            let mut q2 = q;
            while q2 > 0
                && matches!(
                    keys[q2 - 1].as_str(),
                    "military"
                        | "police"
                        | "army"
                        | "government"
                        | "senior"
                        | "deputy"
                        | "chief"
                        | "top"
                )
            {
                q2 -= 1;
            }
            titles.insert(0, doc.slice(q2, p).to_owned());
        }
    }
    let name_len = e - name_start;
    if name_len == 0 || name_len > 5 {
        return;
    }
    let first_word = keys[name_start].as_str();
    let all_name_like = (name_start..e)
        .all(|k| doc.tokens[k].cap || CONNECTORS.contains(&keys[k].as_str()) || cap_like(doc, k));
    if !all_name_like {
        return;
    }
    let has_place = (name_start..e).any(|k| {
        lex.longest(doc, keys, k, |x| {
            matches!(x, Entry::Country(_) | Entry::Demonym(_))
        })
        .is_some()
    });
    let common_words = (name_start..e)
        .filter(|&k| lex.is_common(&keys[k], 3000) && !lex.is_first_name(&keys[k]))
        .count();
    let first_name = lex.is_first_name(first_word) && !lex.is_common(first_word, 300);
    let titled = !titles.is_empty();
    let sent_end = doc.sentence_of(e - 1).map_or(doc.tokens.len(), |x| x.end);
    // ", a teacher", ", 29,", ", who": not a new clause (", officials said", ", as residents
    // feared", ", martyred and several policemen").
    let clause_after = keys.get(e + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "as" | "and" | "but" | "while" | "when" | "where" | "after" | "before" | "since"
        ) || w.ends_with("ed")
    }) || (e + 2..(e + 6).min(sent_end)).any(|k| {
        matches!(
            keys[k].as_str(),
            "said" | "say" | "says" | "told" | "were" | "are" | "have" | "had"
        ) && lex
            .entries(&keys[k - 1..k])
            .iter()
            .any(|x| matches!(x, Entry::PersonNoun(_)))
    });
    let apposition = keys.get(e).is_some_and(|x| x == ",")
        && !clause_after
        && person_noun_near(lex, doc, keys, e + 1, (e + 6).min(sent_end));
    let speaks = speech_adjacent(lex, doc, keys, name_start, e);
    let described = name_start == s && described_before(lex, doc, keys, s);
    let acted = person_predicate(keys, e, sent_end);
    // "the village's mayor, Hamadoun Cissé": a title or person noun right before the comma.
    let apposition = apposition
        || (name_start >= 3
            && keys[name_start - 1] == ","
            && person_noun_near(lex, doc, keys, name_start.saturating_sub(4), name_start - 1));
    // "John Smith", "Peter Miller": a given name and a surname that is also a common word.
    // Only two capitalised words, the second no word of organisations, places or sites
    // ("Grace Church", "Jordan River").
    let common_surname = name_len == 2
        && common_words == 1
        && first_name
        && doc.tokens[e - 1].cap
        && lex.is_common(&keys[e - 1], 3000)
        && lex.org_word(&keys[e - 1]).is_none()
        && lex
            .entries(&keys[name_start..e])
            .iter()
            .chain(lex.entries(&keys[e - 1..e]).iter())
            .all(|x| !matches!(x, Entry::Facility | Entry::Place(_) | Entry::Country(_)));
    let person = if name_len == 1 {
        // One word is a person only with a title ("President Obama") or, when not a common
        // word, an apposition; surnames of known people are linked later.
        // "General Hospital" is a site, not a general.
        let site = lex.entries(&keys[name_start..e]).contains(&Entry::Facility);
        (titled || apposition && !lex.is_common(first_word, 20_000)) && !has_place && !site
    } else {
        !has_place
            && (common_words == 0 || common_surname)
            && (first_name || titled || apposition || speaks || described || acted)
    };
    if person {
        out.push(Candidate {
            first: name_start,
            end: e,
            kind: ActorKind::Person,
            known: None,
            titles,
        });
        covered[name_start..e].iter_mut().for_each(|c| *c = true);
        return;
    }
    if other_place_name {
        return;
    }
    // A one-word name described as a business or employer: "Tuskys, a supermarket",
    // "an employee at Javabean".
    if name_len == 1 && !lex.is_common(first_word, 20_000) && !has_place {
        let employer = name_start >= 2
            && matches!(keys[name_start - 1].as_str(), "of" | "at" | "for")
            // "residents of Sokoura" names a place, not an employer.
            && !matches!(
                keys[name_start - 2].as_str(),
                "residents" | "resident" | "people" | "villagers" | "inhabitants" | "citizens" | "natives" | "native"
            )
            && lex
                .entries(&keys[name_start - 2..name_start - 1])
                .iter()
                .any(|x| matches!(x, Entry::PersonNoun(NounKind::Person)));
        let business = keys.get(e).is_some_and(|x| x == ",")
            && (e + 1..(e + 5).min(sent_end)).any(|k| {
                matches!(
                    keys[k].as_str(),
                    "supermarket"
                        | "company"
                        | "firm"
                        | "chain"
                        | "retailer"
                        | "business"
                        | "store"
                        | "restaurant"
                        | "cafe"
                        | "hotel"
                        | "bank"
                        | "group"
                        | "organization"
                        | "organisation"
                        | "charity"
                        | "agency"
                        | "newspaper"
                        | "broadcaster"
                        | "station"
                )
            });
        if employer || business {
            out.push(Candidate {
                first: name_start,
                end: e,
                kind: ActorKind::Organization,
                known: None,
                titles: Vec::new(),
            });
            covered[name_start..e].iter_mut().for_each(|c| *c = true);
        }
    }
}

/// Text without capitals: lexicon actors, and people introduced by a title or a first name.
fn uncased_candidates(
    doc: &Doc<'_>,
    keys: &[String],
    lex: &Lexicons,
    out: &mut Vec<Candidate>,
    covered: &mut [bool],
) {
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some((end, Entry::Actor(idx))) =
            lex.longest(doc, keys, i, |x| matches!(x, Entry::Actor(_)))
        {
            // A one-word alias that is also a common word ("nation", "who", "is") is too risky
            // without capitals to tell the name from the word.
            let risky = end == i + 1 && lex.is_common(&keys[i], 20_000);
            if !risky {
                out.push(Candidate {
                    first: i,
                    end,
                    kind: lex.actors[idx].kind,
                    known: Some(idx),
                    titles: Vec::new(),
                });
                covered[i..end].iter_mut().for_each(|c| *c = true);
                i = end;
                continue;
            }
        }
        let title = lex.longest(doc, keys, i, |x| matches!(x, Entry::Title(_)));
        let name_start = title.map_or(i, |(end, _)| end);
        // Name words: given names, or words that are not common English. Inside a name a
        // word that is also a town is still a surname ("jose antonio rodriguez porth").
        let is_name_word = |k: usize, inside: bool| {
            doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word)
                && keys[k] != "'s"
                && (lex.is_first_name(&keys[k]) && !lex.is_common(&keys[k], 2000)
                    || !lex.is_common(&keys[k], 20_000))
                && lex
                    .longest(doc, keys, k, |x| match x {
                        Entry::Place(_) => !inside,
                        Entry::Country(_) | Entry::Demonym(_) | Entry::Actor(_) => true,
                        _ => false,
                    })
                    .is_none()
                && !is_time_word(&keys[k])
                // Not a word of the domain ("guerrillas", "bombs") nor a verb ("sabotaged"):
                // in lower-case copy they end the name.
                && lex
                    .longest(doc, keys, k, |x| {
                        matches!(
                            x,
                            Entry::PersonNoun(_)
                                | Entry::Attack(..)
                                | Entry::Weapon(_)
                                | Entry::Casualty(..)
                                | Entry::Facility
                        )
                    })
                    .is_none()
                && lex
                    .word_class(&keys[k])
                    .is_none_or(|c| c.usual != Pos::Verb)
        };
        // A given name that is also a town opens a name when a name word follows it ("david
        // lecky": David is a city in Panama).
        let first_is_given = lex.is_first_name(&keys[name_start.min(n - 1)])
            && !lex.is_common(&keys[name_start.min(n - 1)], 2000);
        let given_first = name_start + 1 < n
            && first_is_given
            && lex
                .longest(doc, keys, name_start, |x| {
                    matches!(x, Entry::Place(_) | Entry::Country(_))
                })
                .is_none_or(|(e, _)| e == name_start + 1)
            && keys[name_start + 1] != "'s"
            // "san teresa hospital": a town before a given name is a place's name.
            && !lex.is_first_name(&keys[name_start + 1])
            && is_name_word(name_start + 1, true);
        let mut end = name_start;
        while end < n
            && end - name_start < 4
            && (is_name_word(
                end,
                (end > name_start && lex.is_first_name(&keys[name_start]))
                    || (end == name_start && given_first)
                    || (title.is_some() && lex.is_first_name(&keys[end])),
            ) || (end > name_start
                && matches!(keys[end].as_str(), "de" | "del" | "la" | "y")
                && is_name_word(end + 1, true)))
        {
            end += 1;
        }
        let len = end - name_start;
        if len >= 1 && (title.is_some() || (len >= 2 && first_is_given)) {
            let titles = title
                .map(|_| vec![doc.slice(i, name_start).to_owned()])
                .unwrap_or_default();
            out.push(Candidate {
                first: name_start,
                end,
                kind: ActorKind::Person,
                known: None,
                titles,
            });
            covered[name_start..end].iter_mut().for_each(|c| *c = true);
            i = end;
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::doc_keys;
    use super::*;

    fn actors(text: &str) -> Vec<(String, ActorKind, Vec<String>, Vec<String>)> {
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let found = Actors::find(&doc, &keys);
        found
            .actors
            .into_iter()
            .map(|a| (a.name, a.kind, a.aliases, a.titles))
            .collect()
    }

    fn names(text: &str) -> Vec<(String, ActorKind)> {
        actors(text)
            .into_iter()
            .map(|(n, k, _, _)| (n, k))
            .collect()
    }

    #[test]
    fn titled_people_and_their_titles() {
        let found = actors(
            "Nigeria’s Interior Cabinet Secretary Samuel Mwangi said on Sunday that the toll rose.",
        );
        assert_eq!(found[0].0, "Samuel Mwangi");
        assert_eq!(found[0].1, ActorKind::Person);
        assert_eq!(found[0].3, ["Interior Cabinet Secretary"]);
        let found =
            actors("Former Ghanaian Prime Minister Anna Kovacs told reporters she was safe.");
        assert_eq!(
            (found[0].0.as_str(), found[0].3[0].as_str()),
            ("Anna Kovacs", "Prime Minister")
        );
    }

    #[test]
    fn a_compound_demonym_is_no_part_of_the_name() {
        let found = names("The third attacker, Italian-Moroccan Youssef Zaghba, was named.");
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "Youssef Zaghba" && *k == ActorKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn surnames_and_short_forms_merge_into_the_fullest_name() {
        let found = actors(
            "Samuel Ade Mwangi spoke first. Later Samuel Mwangi said more. Mwangi then left.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Samuel Ade Mwangi");
        assert_eq!(found[0].2, ["Samuel Mwangi", "Mwangi"]);
        // "The elder Mwangi" may be another of the family.
        let found = actors("Samuel Ade Mwangi spoke first. The elder Mwangi died in 2001.");
        assert!(found.iter().all(|a| a.2.is_empty()), "{found:?}");
    }

    #[test]
    fn a_lone_given_name_is_the_one_person_named_in_full_with_it() {
        let found = actors(
            "Varek Ostrinov and his brother Dalim Ostrinov were charged. Varek, 26, died later.",
        );
        let varek = found.iter().find(|a| a.0 == "Varek Ostrinov");
        assert!(
            varek.is_some_and(|a| a.2.contains(&"Varek".to_owned())),
            "{found:?}"
        );
        assert!(found.iter().all(|a| a.0 != "Varek"), "{found:?}");
        // Two people with the given name: neither for sure.
        let found = actors("Varek Ostrinov met Varek Halden on Monday. Varek, 26, said no.");
        assert!(
            found.iter().all(|a| !a.2.contains(&"Varek".to_owned())),
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_two_share_is_the_one_named_last_before_it() {
        let found = actors(
            "Dalim Ostrinov was killed in 2013. His brother Varek Ostrinov was charged on Monday. Ostrinov, 21, denied it.",
        );
        let aliases = |name: &str| {
            found
                .iter()
                .find(|a| a.0 == name)
                .map(|a| a.2.clone())
                .unwrap_or_default()
        };
        assert_eq!(aliases("Varek Ostrinov"), ["Ostrinov"], "{found:?}");
        assert!(aliases("Dalim Ostrinov").is_empty(), "{found:?}");
    }

    #[test]
    fn an_honorific_and_a_surname_are_a_short_form() {
        // Either order: the full name is the label.
        for text in [
            "Police named Daniel Ostrinov. Officials say Mr. Ostrinov set off the bomb.",
            "Officials say Mr. Ostrinov set off the bomb. Police named him as Daniel Ostrinov.",
        ] {
            let found = actors(text);
            let people: Vec<_> = found.iter().filter(|a| a.1 == ActorKind::Person).collect();
            assert_eq!(people.len(), 1, "{text}: {found:?}");
            assert_eq!(people[0].0, "Daniel Ostrinov", "{text}");
            assert!(
                people[0].2.iter().all(|a| a.ends_with("Ostrinov")) && !people[0].2.is_empty(),
                "{text}: {found:?}"
            );
        }
        // Two of the family named in full: "Mr. Ostrinov" may be either.
        let found = actors(
            "Daniel Ostrinov and Peter Ostrinov were charged. Mr. Ostrinov said he was innocent.",
        );
        assert!(found.iter().all(|a| a.2.is_empty()), "{found:?}");
    }

    #[test]
    fn unknown_given_names_by_what_is_said_of_them() {
        for (text, name) in [
            (
                "The court heard from bomber Varek Ostrinov on Monday.",
                "Varek Ostrinov",
            ),
            (
                "Police found 26-year-old Varek Ostrinov in a shed.",
                "Varek Ostrinov",
            ),
            (
                "Later, Varek Ostrinov was convicted on all counts.",
                "Varek Ostrinov",
            ),
            (
                "Prosecutors say Varek Ostrinov and his older brother fled.",
                "Varek Ostrinov",
            ),
            (
                "A judge read Varek Ostrinov's brother the charges.",
                "Varek Ostrinov",
            ),
            ("On Friday Varek Ostrinov pleaded guilty.", "Varek Ostrinov"),
            // A noun for people opening the sentence.
            (
                "Bomber Varek Ostrinov planted the device.",
                "Varek Ostrinov",
            ),
            // One word, by an age in apposition, even when a town bears the name.
            (
                "The blast killed Ostrinov, a 29-year-old manager.",
                "Ostrinov",
            ),
            ("The blast killed Campbell, 29, and two others.", "Campbell"),
        ] {
            let found = names(text);
            assert!(
                found.contains(&(name.to_owned(), ActorKind::Person)),
                "{text}: {found:?}"
            );
        }
        // The given name alone then names the person, unless it is a town's own name.
        let found = actors("Police found bomber Varek Ostrinov. Varek told them little.");
        assert_eq!(found[0].2, ["Varek"], "{found:?}");
        let found = actors("Officers arrested bomber Boston Ostrinov. Boston was calm.");
        assert!(found[0].2.is_empty(), "{found:?}");
        // A capitalised run with none of those cues stays unnamed.
        assert!(names("Varek Ostrinov opened at noon.").is_empty());
        // A speech verb before a run that goes on into a lower-case phrase names no speaker.
        let found = names("Officials say Riverton Marathon bombing suspects planned more.");
        assert!(
            !found.iter().any(|(_, kind)| *kind == ActorKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn surnames_that_are_common_words() {
        for (text, name) in [
            (
                "A bomb exploded on Monday, killing Daniel Smith.",
                "Daniel Smith",
            ),
            ("Witness Anna Miller saw the blast.", "Anna Miller"),
            (
                "Residents said Daniel Baker had left early.",
                "Daniel Baker",
            ),
        ] {
            let found = names(text);
            assert!(
                found.contains(&(name.to_owned(), ActorKind::Person)),
                "{text}: {found:?}"
            );
        }
        // A given name that is also another name of a town, by an apposition to kin.
        let found = names("Tamar Velkov and his younger brother, Ivan, set off the bombs.");
        assert!(
            found.contains(&("Ivan".to_owned(), ActorKind::Person)),
            "{found:?}"
        );
        // A site or a place word after a given name names no person.
        for text in [
            "Worshippers fled Grace Church on Sunday.",
            "The Jordan River flooded.",
        ] {
            let found = names(text);
            assert!(
                !found.iter().any(|(_, k)| *k == ActorKind::Person),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn groups_named_after_a_noun_for_a_group() {
        let found = names("Fighters from the militant group Ahlu Varek Jama burned the market.");
        assert!(
            found.contains(&("Ahlu Varek Jama".into(), ActorKind::ArmedGroup)),
            "{found:?}"
        );
        let found = names("Fighters from the group Ahlu Varek Jama burned the market.");
        assert!(
            found.contains(&("Ahlu Varek Jama".into(), ActorKind::Organization)),
            "{found:?}"
        );
    }

    #[test]
    fn a_new_clause_after_a_comma_is_no_apposition() {
        for text in [
            "A soldier was killed in the province of Varekistan, officials said.",
            "The wounded were taken to the hospital in Varekton, as residents feared more attacks.",
            "\"Colonel Tokhi, police chief of Varekistan, martyred and policemen were wounded.\"",
            "Some of the injured were taken to the General Hospital in Steelhouse Lane.",
        ] {
            let found = names(text);
            assert!(
                !found.iter().any(|(n, k)| *k == ActorKind::Person
                    && matches!(n.as_str(), "Varekistan" | "Varekton" | "Hospital")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn organisations_by_lexicon_and_by_their_words() {
        let found = names(
            "The Ruritania Defence Forces and the Ministry of the Interior met Reuters and al-Nusra in a hall.",
        );
        assert!(
            found.contains(&("Ruritania Defence Forces".into(), ActorKind::SecurityForce)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Ministry of the Interior".into(), ActorKind::GovernmentBody)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Reuters".into(), ActorKind::MediaOrganization)),
            "{found:?}"
        );
        assert!(
            found.contains(&("al-Nusra".into(), ActorKind::ArmedGroup)),
            "{found:?}"
        );
    }

    #[test]
    fn sentence_openers_places_and_sites_are_not_actors() {
        let found = names(
            "Earlier Sunday, gunmen stormed the Grand Plaza Hotel in Lagos. Witnesses said Nigeria was calm.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn apposition_makes_people_and_employers() {
        let found = actors(
            "“We ran,” said Amara Quist, an employee of Zentrafoods, a supermarket inside the mall.",
        );
        assert!(
            found
                .iter()
                .any(|a| a.0 == "Amara Quist" && a.1 == ActorKind::Person),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|a| a.0 == "Zentrafoods" && a.1 == ActorKind::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn affiliation_and_title_from_apposition() {
        let doc = Doc::new("said Peter Quill, head of the Atlantic Council’s Nova Africa Center.");
        let keys = doc_keys(&doc);
        let found = Actors::find(&doc, &keys);
        let person = found
            .actors
            .iter()
            .find(|a| a.name == "Peter Quill")
            .expect("person");
        let org = person.affiliation.map(|a| found.actors[a.0].name.clone());
        assert_eq!(org.as_deref(), Some("Nova Africa Center"));
        assert_eq!(person.titles, ["head"]);
    }

    #[test]
    fn short_acronyms_need_capitals_in_cased_text() {
        let found = names("Ana Quiroga said the ANA had left. The WHO said so.");
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "Ana Quiroga" && *k == ActorKind::Person),
            "{found:?}"
        );
        assert!(found.iter().any(|(n, _)| n == "ANA"), "{found:?}");
    }

    #[test]
    fn lower_case_text_finds_lexicon_and_titled_actors() {
        let found =
            names("the fmln said colonel luis arturo isaacs and president cerezo met reporters.");
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "fmln" && *k == ActorKind::ArmedGroup),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "luis arturo isaacs" && *k == ActorKind::Person),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "cerezo" && *k == ActorKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn lower_case_given_names_that_are_towns_open_names() {
        // David is a city in Panama; San Salvador is a city, and no given name with a surname.
        let found = names(
            "the victims were identified as david lecky and james arthur donnelly of san salvador.",
        );
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "david lecky" && *k == ActorKind::Person),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(n, _)| n.contains("salvador")),
            "{found:?}"
        );
        let found = names("fighting raged around san teresa hospital all day.");
        assert!(
            !found.iter().any(|(n, _)| n.contains("teresa")),
            "{found:?}"
        );
    }

    #[test]
    fn a_writers_distance_is_no_part_of_a_description() {
        let doc = Doc::new("they were kidnapped by the so-called workers command.");
        let keys = doc_keys(&doc);
        let mut found = Actors::find(&doc, &keys);
        let first = keys.iter().position(|k| k == "the").expect("the");
        let id = found.describe(&doc, &keys, first, keys.len() - 1, ActorKind::Person);
        assert_eq!(found.actors[id.0].name, "workers command");
    }
}
