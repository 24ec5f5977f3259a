//! The lexicons and the gazetteer, loaded once from the data files under `src/extract/data/`
//! (compiled into the binary with `include_str!`; `data/README.md` says where each came from).
//!
//! Every multi-word entry is tokenised with the same tokenizer as the articles and stored in
//! one phrase table keyed by its first token, so a lookup at a token is a hash probe followed by
//! a few comparisons, longest entry first.

use super::text::{Doc, TokKind, normalize, undot};
use crate::event::{ActorKind, AttackType, CasualtyKind, Weapon};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("data/countries.tsv");
const PLACES: &str = include_str!("data/places.tsv");
const FIRST_NAMES: &str = include_str!("data/first_names.txt");
const COMMON_WORDS: &str = include_str!("data/common_words.txt");
const ARMED_GROUPS: &str = include_str!("data/armed_groups.tsv");
const MEDIA: &str = include_str!("data/media.tsv");
const TITLES: &str = include_str!("data/titles.tsv");
const ORGANIZATIONS: &str = include_str!("data/organizations.tsv");
const WEAPONS: &str = include_str!("data/weapons.tsv");
const ATTACK_WORDS: &str = include_str!("data/attack_words.tsv");
const CASUALTY_WORDS: &str = include_str!("data/casualty_words.tsv");
const SPEECH_VERBS: &str = include_str!("data/speech_verbs.txt");
const PERSON_NOUNS: &str = include_str!("data/person_nouns.tsv");
const ORG_WORDS: &str = include_str!("data/org_words.tsv");
const FACILITIES: &str = include_str!("data/facilities.txt");
const WORD_CLASSES: &str = include_str!("data/word_classes.tsv");

/// A country of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Country {
    /// English name.
    pub(crate) name: String,
    /// GeoNames id.
    pub(crate) geonames: u64,
    /// Wikidata id, where the source dataset holds it.
    pub(crate) wikidata: Option<String>,
}

/// A city or first-level division of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct GeoPlace {
    /// GeoNames id.
    pub(crate) geonames: u64,
    /// Name.
    pub(crate) name: String,
    /// City or first-level division.
    pub(crate) is_city: bool,
    /// Country (index into `countries`).
    pub(crate) country: Option<usize>,
    /// Population.
    pub(crate) population: u64,
    /// Its name in lower case without diacritics.
    folded: String,
}

impl GeoPlace {
    /// Whether a word is this place's own name, diacritics aside ("jalalabad" for
    /// Jalālābād), rather than one of its other names ("ivan" for Eyvān).
    pub(crate) fn own_name(&self, word: &str) -> bool {
        self.folded == super::text::fold(word)
    }
}

/// A named organisation or group of a lexicon.
#[derive(Debug, Clone)]
pub(crate) struct KnownActor {
    /// Canonical name.
    pub(crate) name: String,
    /// Kind.
    pub(crate) kind: ActorKind,
    /// Wikidata id, when verified.
    pub(crate) wikidata: Option<String>,
}

/// What a title or rank is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// Government office.
    Government,
    /// Military rank or post.
    Military,
    /// Police rank.
    Police,
    /// Religious title.
    Religious,
    /// Post in an organisation.
    Organisation,
    /// Judicial office.
    Judicial,
}

/// How a casualty word sits relative to its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// After the number ("68 dead").
    After,
    /// Before it ("killing 68").
    Before,
    /// Either.
    Both,
}

/// What a head noun of a description is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NounKind {
    /// People in general.
    Person,
    /// Security forces.
    Security,
    /// Authorities.
    Government,
    /// Attackers.
    Attacker,
}

/// A part of speech, as WordNet has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    /// Noun.
    Noun,
    /// Verb.
    Verb,
    /// Adjective.
    Adj,
    /// Adverb.
    Adv,
}

/// The lexicographer class of a noun's first sense (WordNet's `noun.*` files), where it tells
/// something about a role: people, groups, things and places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NounClass {
    /// `noun.person`: soldiers, priest, man.
    Person,
    /// `noun.group`: troops, people, army, government.
    Group,
    /// `noun.artifact`: building, car, bomb, tower.
    Artifact,
    /// `noun.location`: residence, area, town.
    Location,
    /// `noun.act` and `noun.event`: attack, explosion, meeting.
    Act,
    /// Ideas, words and qualities (`noun.communication`, `noun.cognition`, `noun.attribute`,
    /// `noun.feeling`, `noun.state`, ...): policy, record, film, freedom. What can be attacked
    /// only in words.
    Abstract,
    /// `noun.possession`: shares, budget, property.
    Possession,
    /// `noun.animal`: bear, shark, dog.
    Animal,
    /// Any other class.
    Other,
}

/// What WordNet says of a common word: the parts of speech it (or a word it inflects) has,
/// the usual one, and the class of its first noun sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordClass {
    /// Can be a noun.
    pub(crate) noun: bool,
    /// Can be a verb.
    pub(crate) verb: bool,
    /// Can be an adjective.
    pub(crate) adj: bool,
    /// Can be an adverb.
    pub(crate) adv: bool,
    /// The part of speech most often tagged.
    pub(crate) usual: Pos,
    /// The class of its first noun sense.
    pub(crate) noun_class: Option<NounClass>,
}

/// Where an organisation word sits in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrgWordPos {
    /// Last word.
    Head,
    /// First word.
    First,
    /// Anywhere.
    Any,
}

/// One meaning of a lexicon phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A country name (index into `countries`).
    Country(usize),
    /// A nationality word of a country.
    Demonym(usize),
    /// A city or division (index into `places`).
    Place(usize),
    /// A known actor (index into `actors`).
    Actor(usize),
    /// A title or rank.
    Title(TitleKind),
    /// A weapon word.
    Weapon(Weapon),
    /// An attack word: type and whether it is strong on its own.
    Attack(AttackType, bool),
    /// A casualty word.
    Casualty(CasualtyKind, Position),
    /// A speech verb.
    Speech,
    /// A noun heading a description of people.
    PersonNoun(NounKind),
    /// A facility noun.
    Facility,
}

#[derive(Debug)]
struct Phrase {
    rest: Vec<String>,
    entries: Vec<Entry>,
}

/// All lexicons.
#[derive(Debug)]
pub(crate) struct Lexicons {
    common: HashMap<String, usize>,
    first_names: HashSet<String>,
    /// Countries.
    pub(crate) countries: Vec<Country>,
    /// Cities and divisions.
    pub(crate) places: Vec<GeoPlace>,
    /// Known actors.
    pub(crate) actors: Vec<KnownActor>,
    org_words: HashMap<String, (ActorKind, OrgWordPos)>,
    word_classes: HashMap<String, WordClass>,
    weapon_acts: HashSet<Vec<String>>,
    acronyms: HashSet<String>,
    phrases: HashMap<String, Vec<Phrase>>,
}

/// The lexicons, built on first use.
pub(crate) static LEXICONS: LazyLock<Lexicons> = LazyLock::new(Lexicons::load);

/// Data lines: not blank, not comments, split on tabs.
fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn split_list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The lookup keys of a phrase: its tokens, normalised and without abbreviation periods.
#[must_use]
pub(crate) fn phrase_keys(phrase: &str) -> Vec<String> {
    let doc = Doc::new(phrase);
    doc.tokens.iter().map(|t| undot(&t.norm)).collect()
}

impl Lexicons {
    fn load() -> Self {
        let mut lex = Self {
            common: HashMap::new(),
            first_names: HashSet::new(),
            countries: Vec::new(),
            places: Vec::new(),
            actors: Vec::new(),
            org_words: HashMap::new(),
            word_classes: HashMap::new(),
            weapon_acts: HashSet::new(),
            acronyms: HashSet::new(),
            phrases: HashMap::new(),
        };
        for (rank, word) in COMMON_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .enumerate()
        {
            lex.common.entry(normalize(word.trim())).or_insert(rank);
        }
        lex.first_names = FIRST_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(normalize)
            .collect();

        let mut country_by_iso = HashMap::new();
        for row in rows(COUNTRIES) {
            let (Some(iso2), Some(name), Some(id)) = (row.first(), row.get(1), row.get(2)) else {
                continue;
            };
            let Ok(geonames) = id.parse() else { continue };
            let idx = lex.countries.len();
            country_by_iso.insert((*iso2).to_owned(), idx);
            lex.countries.push(Country {
                name: (*name).to_owned(),
                geonames,
                wikidata: row
                    .get(3)
                    .filter(|q| !q.is_empty())
                    .map(|q| (*q).to_owned()),
            });
            lex.add(name, Entry::Country(idx));
            for alt in split_list(row.get(4)) {
                lex.add(alt, Entry::Country(idx));
            }
            for demonym in split_list(row.get(5)) {
                lex.add(demonym, Entry::Demonym(idx));
            }
        }
        for row in rows(PLACES) {
            let (Some(id), Some(name), Some(kind), Some(iso2)) =
                (row.first(), row.get(1), row.get(2), row.get(3))
            else {
                continue;
            };
            let Ok(geonames) = id.parse() else { continue };
            let idx = lex.places.len();
            lex.places.push(GeoPlace {
                geonames,
                name: (*name).to_owned(),
                is_city: *kind == "city",
                country: country_by_iso.get(*iso2).copied(),
                population: row.get(4).and_then(|p| p.parse().ok()).unwrap_or(0),
                folded: super::text::fold(name),
            });
            lex.add(name, Entry::Place(idx));
            // An alternate name made only of common words ("The Bank" for Portsmouth, New
            // Hampshire) would make every "the bank" a town.
            for alt in split_list(row.get(5)) {
                let common = alt
                    .split_whitespace()
                    .all(|w| lex.is_common(&w.to_lowercase(), 20_000));
                if !common {
                    lex.add(alt, Entry::Place(idx));
                }
            }
        }
        for row in rows(ARMED_GROUPS) {
            let Some(name) = row.first() else { continue };
            let wikidata = row
                .get(2)
                .filter(|q| q.starts_with('Q'))
                .map(|q| (*q).to_owned());
            lex.add_actor(
                name,
                ActorKind::ArmedGroup,
                wikidata,
                split_list(row.get(1)),
            );
        }
        for row in rows(MEDIA) {
            let Some(name) = row.first() else { continue };
            lex.add_actor(
                name,
                ActorKind::MediaOrganization,
                None,
                split_list(row.get(1)),
            );
        }
        for row in rows(ORGANIZATIONS) {
            let (Some(name), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let kind = match *kind {
                "government" => ActorKind::GovernmentBody,
                "security" => ActorKind::SecurityForce,
                "armed" => ActorKind::ArmedGroup,
                "media" => ActorKind::MediaOrganization,
                _ => ActorKind::Organization,
            };
            lex.add_actor(name, kind, None, split_list(row.get(2)));
        }
        for row in rows(TITLES) {
            let Some(title) = row.first() else { continue };
            let kind = match row.get(1).copied().unwrap_or("") {
                "military" => TitleKind::Military,
                "police" => TitleKind::Police,
                "religious" => TitleKind::Religious,
                "organisation" | "organization" => TitleKind::Organisation,
                "judicial" => TitleKind::Judicial,
                _ => TitleKind::Government,
            };
            lex.add(title, Entry::Title(kind));
            for abbr in split_list(row.get(2)) {
                lex.add(abbr, Entry::Title(kind));
            }
        }
        for row in rows(WEAPONS) {
            let (Some(phrase), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let weapon = match *kind {
                "Firearm" => Weapon::Firearm,
                "Explosive" => Weapon::Explosive,
                "Grenade" => Weapon::Grenade,
                "Rocket" => Weapon::Rocket,
                "Incendiary" => Weapon::Incendiary,
                "Melee" => Weapon::Melee,
                "Vehicle" => Weapon::Vehicle,
                "Chemical" => Weapon::Chemical,
                _ => Weapon::Other,
            };
            lex.add(phrase, Entry::Weapon(weapon));
            if row.get(2) == Some(&"act") {
                lex.weapon_acts.insert(phrase_keys(phrase));
            }
        }
        for row in rows(ATTACK_WORDS) {
            let (Some(phrase), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let attack_type = match *kind {
                "Bombing" => AttackType::Bombing,
                "ArmedAssault" => AttackType::ArmedAssault,
                "Assassination" => AttackType::Assassination,
                "HostageTaking" => AttackType::HostageTaking,
                "Kidnapping" => AttackType::Kidnapping,
                "Hijacking" => AttackType::Hijacking,
                "Arson" => AttackType::Arson,
                _ => AttackType::Other,
            };
            lex.add(
                phrase,
                Entry::Attack(attack_type, row.get(2) == Some(&"strong")),
            );
        }
        for row in rows(CASUALTY_WORDS) {
            let (Some(phrase), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let kind = match *kind {
                "killed" => CasualtyKind::Killed,
                "injured" => CasualtyKind::Injured,
                "missing" => CasualtyKind::Missing,
                "hostage" => CasualtyKind::Hostage,
                "rescued" => CasualtyKind::Rescued,
                _ => CasualtyKind::Arrested,
            };
            let position = match row.get(2).copied() {
                Some("after") => Position::After,
                Some("before") => Position::Before,
                _ => Position::Both,
            };
            lex.add(phrase, Entry::Casualty(kind, position));
        }
        for verb in SPEECH_VERBS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            lex.add(verb.trim(), Entry::Speech);
        }
        for row in rows(PERSON_NOUNS) {
            let (Some(noun), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let kind = match *kind {
                "security" => NounKind::Security,
                "government" => NounKind::Government,
                "attacker" => NounKind::Attacker,
                _ => NounKind::Person,
            };
            lex.add(noun, Entry::PersonNoun(kind));
        }
        for row in rows(ORG_WORDS) {
            let (Some(word), Some(kind), Some(pos)) = (row.first(), row.get(1), row.get(2)) else {
                continue;
            };
            let kind = match *kind {
                "armed" => ActorKind::ArmedGroup,
                "security" => ActorKind::SecurityForce,
                "government" => ActorKind::GovernmentBody,
                "media" => ActorKind::MediaOrganization,
                _ => ActorKind::Organization,
            };
            let pos = match *pos {
                "first" => OrgWordPos::First,
                "any" => OrgWordPos::Any,
                _ => OrgWordPos::Head,
            };
            lex.org_words.insert(undot(&normalize(word)), (kind, pos));
        }
        for facility in FACILITIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            lex.add(facility.trim(), Entry::Facility);
        }
        for row in rows(WORD_CLASSES) {
            let (Some(word), Some(pos), Some(usual), Some(class)) =
                (row.first(), row.get(1), row.get(2), row.get(3))
            else {
                continue;
            };
            let usual = match *usual {
                "v" => Pos::Verb,
                "a" => Pos::Adj,
                "r" => Pos::Adv,
                _ => Pos::Noun,
            };
            let noun_class = match *class {
                "-" => None,
                "person" => Some(NounClass::Person),
                "group" => Some(NounClass::Group),
                "artifact" => Some(NounClass::Artifact),
                "location" => Some(NounClass::Location),
                "act" | "event" => Some(NounClass::Act),
                "communication" | "cognition" | "attribute" | "feeling" | "motive" | "state" => {
                    Some(NounClass::Abstract)
                }
                "possession" => Some(NounClass::Possession),
                "animal" => Some(NounClass::Animal),
                _ => Some(NounClass::Other),
            };
            lex.word_classes.insert(
                normalize(word),
                WordClass {
                    noun: pos.contains('n'),
                    verb: pos.contains('v'),
                    adj: pos.contains('a'),
                    adv: pos.contains('r'),
                    usual,
                    noun_class,
                },
            );
        }
        for phrases in lex.phrases.values_mut() {
            // Longest first, so the first match found is the longest.
            phrases.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
        lex
    }

    fn add_actor<'a>(
        &mut self,
        name: &'a str,
        kind: ActorKind,
        wikidata: Option<String>,
        aliases: impl Iterator<Item = &'a str>,
    ) {
        let idx = self.actors.len();
        self.actors.push(KnownActor {
            name: name.to_owned(),
            kind,
            wikidata,
        });
        for form in std::iter::once(name).chain(aliases) {
            self.add(form, Entry::Actor(idx));
            // "ANA", "IS", "ETA": in cased text only the capitals make the name.
            let letters = form.chars().filter(|c| c.is_alphabetic()).count();
            if !form.contains(' ') && letters >= 2 && !form.chars().any(char::is_lowercase) {
                self.acronyms.insert(undot(&normalize(form)));
            }
        }
    }

    fn add(&mut self, phrase: &str, entry: Entry) {
        let mut keys = phrase_keys(phrase);
        if keys.is_empty() {
            return;
        }
        let first = keys.remove(0);
        let list = self.phrases.entry(first).or_default();
        if let Some(p) = list.iter_mut().find(|p| p.rest == keys) {
            if !p.entries.contains(&entry) {
                p.entries.push(entry);
            }
        } else {
            list.push(Phrase {
                rest: keys,
                entries: vec![entry],
            });
        }
    }

    /// The longest phrase starting at token `i` with an entry that `want` accepts: the end
    /// token (exclusive) and that entry. Phrases never cross a sentence boundary.
    pub(crate) fn longest(
        &self,
        doc: &Doc<'_>,
        keys: &[String],
        i: usize,
        want: impl Fn(&Entry) -> bool,
    ) -> Option<(usize, Entry)> {
        let first = keys.get(i)?;
        let sent = doc.tokens.get(i)?.sent;
        let candidates = self.phrases.get(first)?;
        for phrase in candidates {
            let end = i + 1 + phrase.rest.len();
            if end > keys.len() || doc.tokens[end - 1].sent != sent {
                continue;
            }
            if phrase
                .rest
                .iter()
                .zip(&keys[i + 1..end])
                .all(|(a, b)| a == b)
            {
                if let Some(e) = phrase.entries.iter().find(|e| want(e)) {
                    return Some((end, *e));
                }
            }
        }
        None
    }

    /// The start of the longest phrase ending at token `last` (inclusive) with an entry that
    /// `want` accepts (phrases of up to four tokens).
    pub(crate) fn longest_ending(
        &self,
        keys: &[String],
        last: usize,
        want: impl Fn(&Entry) -> bool,
    ) -> Option<usize> {
        (last.saturating_sub(3)..=last)
            .find(|&start| self.entries(&keys[start..=last]).iter().any(&want))
    }

    /// Every entry of the exact phrase `keys`.
    #[must_use]
    pub(crate) fn entries(&self, keys: &[String]) -> &[Entry] {
        let Some((first, rest)) = keys.split_first() else {
            return &[];
        };
        self.phrases
            .get(first)
            .and_then(|list| list.iter().find(|p| p.rest == rest))
            .map_or(&[], |p| p.entries.as_slice())
    }

    /// The frequency rank of a common English word (0 = most frequent), if it is one.
    #[must_use]
    pub(crate) fn common_rank(&self, word: &str) -> Option<usize> {
        self.common.get(word).copied()
    }

    /// True for a word among the `n` most frequent English words.
    #[must_use]
    pub(crate) fn is_common(&self, word: &str, n: usize) -> bool {
        self.common_rank(word).is_some_and(|r| r < n)
    }

    /// True for a given name.
    #[must_use]
    pub(crate) fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// The known actor whose name starts at token `i`, as (end, actor index). A one-word
    /// acronym of the lexicon of up to three letters ("ANA", "IS") matches cased text only in
    /// capitals: "Ana" is a given name there.
    #[must_use]
    pub(crate) fn actor_at(
        &self,
        doc: &Doc<'_>,
        keys: &[String],
        i: usize,
    ) -> Option<(usize, usize)> {
        let (end, entry) = self.longest(doc, keys, i, |x| matches!(x, Entry::Actor(_)))?;
        let Entry::Actor(idx) = entry else {
            return None;
        };
        // Longer ones are written as words too ("Nato", "Isis").
        if end == i + 1
            && doc.cased
            && keys[i].chars().count() <= 3
            && self.acronyms.contains(&keys[i])
        {
            let surface = doc.tokens[i].span.text(doc.text);
            if surface.chars().any(char::is_lowercase) {
                return None;
            }
        }
        Some((end, idx))
    }

    /// True for a weapon phrase that names the act ("gunfire", "bombing"), not the instrument.
    #[must_use]
    pub(crate) fn is_weapon_act(&self, keys: &[String]) -> bool {
        self.weapon_acts.contains(keys)
    }

    /// What WordNet says of a common word; `None` for function words, names and rare words.
    #[must_use]
    pub(crate) fn word_class(&self, word: &str) -> Option<WordClass> {
        self.word_classes.get(word).copied()
    }

    /// The organisation kind a word gives a name, and where it must sit.
    #[must_use]
    pub(crate) fn org_word(&self, word: &str) -> Option<(ActorKind, OrgWordPos)> {
        self.org_words.get(word).copied()
    }
}

/// The lookup keys of every token of a document.
#[must_use]
pub(crate) fn doc_keys(doc: &Doc<'_>) -> Vec<String> {
    doc.tokens
        .iter()
        .map(|t| {
            if t.kind == TokKind::Word {
                undot(&t.norm)
            } else {
                t.norm.clone()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load_and_find_phrases() {
        let lex = &*LEXICONS;
        assert!(lex.countries.len() > 200);
        assert!(lex.places.len() > 20_000);
        assert!(lex.is_first_name("joseph"));
        assert!(lex.is_common("the", 10));
        let text = "strapped with grenades and AK-47 rifles in Lagos, Nigeria";
        let doc = Doc::new(text);
        let keys = doc_keys(&doc);
        let grenade = doc
            .tokens
            .iter()
            .position(|t| t.norm == "grenades")
            .unwrap();
        assert!(matches!(
            lex.longest(&doc, &keys, grenade, |e| matches!(e, Entry::Weapon(_))),
            Some((_, Entry::Weapon(Weapon::Grenade)))
        ));
        let ak = doc.tokens.iter().position(|t| t.norm == "ak-47").unwrap();
        let (end, _) = lex
            .longest(&doc, &keys, ak, |e| matches!(e, Entry::Weapon(_)))
            .unwrap();
        assert_eq!(doc.slice(ak, end), "AK-47");
        let lagos = doc.tokens.iter().position(|t| t.norm == "lagos").unwrap();
        assert!(
            lex.longest(&doc, &keys, lagos, |e| matches!(e, Entry::Place(_)))
                .is_some()
        );
        let nigeria = doc.tokens.iter().position(|t| t.norm == "nigeria").unwrap();
        assert!(
            lex.longest(&doc, &keys, nigeria, |e| matches!(e, Entry::Country(_)))
                .is_some()
        );
    }

    #[test]
    fn dotted_abbreviations_match_their_plain_form() {
        let lex = &*LEXICONS;
        let doc = Doc::new("the U.S. said");
        let keys = doc_keys(&doc);
        assert!(
            lex.longest(&doc, &keys, 1, |e| matches!(e, Entry::Country(_)))
                .is_some()
        );
    }
}
