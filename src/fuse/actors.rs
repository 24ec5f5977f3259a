//! Actor fusion: the same person or organisation named differently across articles.
//!
//! Extraction already gives one node to the same normalised name and kind in every article;
//! what is left is name variants. Rules:
//!
//! - **Persons, full names.** Two names of two words or more are one person when first and
//!   last words agree (an initial matches its word) and the shorter name's words appear in
//!   order in the longer ("Samuel Okafor", "Samuel Ade Okafor"). Different first names are
//!   different people, whatever the surname.
//! - **Persons, surname only.** A one-word name ("Okafor") joins the one cluster whose full
//!   names end with that word *and* which shares a title with it ("Interior Cabinet
//!   Secretary"); with no shared title, or two candidate clusters, it stays apart.
//! - **Organisations.** The same normalised name or alias across kinds (an organisation typed
//!   as a government body in one article), or one word spelt one letter apart in names of
//!   several words ("Defence" / "Defense").
//! - **Anyone.** The same Wikidata IRI.
//!
//! Described actors ("officials") are never fused: a description is not an identity.

use super::cluster::cluster;
use super::facts::{ActorFacts, Facts};
use super::rules::words;
use std::collections::{BTreeMap, BTreeSet};

/// Words that are not part of a person's name.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "prof", "rev", "jr", "sr",
];

/// Title words that say nothing about who holds them.
const GENERIC_TITLE_WORDS: &[&str] = &[
    "the",
    "of",
    "for",
    "and",
    "a",
    "an",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "head",
    "chief",
    "senior",
    "deputy",
    "former",
    "acting",
];

/// Why two actors were fused.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ActorKeys {
    pub(crate) name: bool,
    pub(crate) title: bool,
    pub(crate) same_as: bool,
}

/// One canonical actor: its members (actor IRIs, sorted) and the keys of the merges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ActorCluster {
    pub(crate) members: Vec<String>,
    pub(crate) keys: ActorKeys,
}

/// The canonical actors of a set of facts.
#[derive(Debug, Clone, Default)]
pub(crate) struct ActorFusion {
    pub(crate) clusters: Vec<ActorCluster>,
    /// Actor IRI → index in `clusters`.
    pub(crate) of: BTreeMap<String, usize>,
}

impl ActorFusion {
    /// The canonical id (smallest member IRI) of a named actor.
    pub(crate) fn canonical(&self, actor: &str) -> Option<&str> {
        self.of
            .get(actor)
            .and_then(|&c| self.clusters.get(c))
            .and_then(|c| c.members.first())
            .map(String::as_str)
    }
}

/// Lower-case name words without honorifics.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    words(name)
        .into_iter()
        .filter(|w| !HONORIFICS.contains(&w.as_str()))
        .collect()
}

/// The fullest name of an actor: most words, then most letters, then the first in order.
pub(crate) fn fullest<'a>(names: impl IntoIterator<Item = &'a String>) -> Option<&'a String> {
    names.into_iter().min_by(|a, b| {
        let (wa, wb) = (name_words(a).len(), name_words(b).len());
        wb.cmp(&wa)
            .then(b.chars().count().cmp(&a.chars().count()))
            .then(a.cmp(b))
    })
}

fn word_matches(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() == 1 && b.starts_with(a))
        || (b.chars().count() == 1 && a.starts_with(b))
}

/// Two full names (two words or more) of one person.
pub(crate) fn person_names_match(a: &[String], b: &[String]) -> bool {
    if a.len() < 2 || b.len() < 2 {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.last() != long.last() || !word_matches(&short[0], &long[0]) {
        return false;
    }
    // The shorter name's words in order in the longer one.
    let mut rest = long.iter();
    short
        .iter()
        .all(|w| rest.by_ref().any(|l| word_matches(w, l)))
}

fn title_words(title: &str) -> BTreeSet<String> {
    words(title)
        .into_iter()
        .filter(|w| !GENERIC_TITLE_WORDS.contains(&w.as_str()))
        .collect()
}

/// Two sets of titles share one: the words of one title all in the other's.
pub(crate) fn titles_match(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    a.iter().any(|x| {
        let x = title_words(x);
        b.iter().any(|y| {
            let y = title_words(y);
            !x.is_empty() && !y.is_empty() && (x.is_subset(&y) || y.is_subset(&x))
        })
    })
}

fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// Two organisation names one letter apart in one long word ("Nigeria Defence Forces").
pub(crate) fn org_names_match(a: &[String], b: &[String]) -> bool {
    if a == b {
        return !a.is_empty();
    }
    if a.len() < 2 || a.len() != b.len() {
        return false;
    }
    let differing: Vec<(&String, &String)> = a.iter().zip(b).filter(|(x, y)| x != y).collect();
    matches!(differing.as_slice(), [(x, y)] if x.chars().count() >= 5 && y.chars().count() >= 5 && one_edit(x, y))
}

fn wikidata(actor: &ActorFacts) -> BTreeSet<&String> {
    actor
        .same_as
        .iter()
        .filter(|s| s.starts_with("http://www.wikidata.org/entity/"))
        .collect()
}

/// How strongly two named actors are one, if they are (phase one: full names, Wikidata).
fn actor_link(a: &ActorFacts, b: &ActorFacts) -> Option<(u32, ActorKeys)> {
    if !wikidata(a).is_disjoint(&wikidata(b)) && a.person() == b.person() {
        return Some((
            3,
            ActorKeys {
                same_as: true,
                ..ActorKeys::default()
            },
        ));
    }
    let name = ActorKeys {
        name: true,
        ..ActorKeys::default()
    };
    if a.person() && b.person() {
        let (na, nb) = (
            name_words(fullest(&a.labels)?),
            name_words(fullest(&b.labels)?),
        );
        person_names_match(&na, &nb).then_some((1 + u32::from(na == nb), name))
    } else if !a.person() && !b.person() {
        let names = |x: &ActorFacts| -> Vec<Vec<String>> {
            x.labels
                .iter()
                .chain(&x.aliases)
                .map(|n| words(n).into_iter().filter(|w| w != "the").collect())
                .collect()
        };
        let (na, nb) = (names(a), names(b));
        na.iter()
            .any(|x| nb.iter().any(|y| org_names_match(x, y)))
            .then_some((2, name))
    } else {
        None
    }
}

/// Fuses the named actors of `facts`.
pub(crate) fn fuse_actors(facts: &Facts) -> ActorFusion {
    let actors: Vec<&ActorFacts> = facts.actors.values().filter(|a| !a.described()).collect();
    // Blocks: only actors sharing a surname, a name word or a Wikidata IRI are compared.
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in actors.iter().enumerate() {
        let mut keys = BTreeSet::new();
        for q in wikidata(a) {
            keys.insert(format!("q {q}"));
        }
        if let Some(full) = fullest(&a.labels) {
            let w = name_words(full);
            if a.person() {
                keys.extend(w.last().map(|s| format!("p {s}")));
            } else {
                keys.extend(w.first().map(|s| format!("o {s}")));
                keys.extend(w.last().map(|s| format!("o {s}")));
            }
        }
        for alias in &a.aliases {
            if !a.person() {
                keys.extend(words(alias).first().map(|s| format!("o {s}")));
            }
        }
        for k in keys {
            blocks.entry(k).or_default().push(i);
        }
    }
    let mut links: BTreeMap<(usize, usize), u32> = BTreeMap::new();
    let mut keys: BTreeMap<(usize, usize), ActorKeys> = BTreeMap::new();
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if links.contains_key(&(i, j)) {
                    continue;
                }
                if let Some((score, k)) = actor_link(actors[i], actors[j]) {
                    links.insert((i, j), score);
                    keys.insert((i, j), k);
                }
            }
        }
    }
    // An actor cluster holds only pairwise-linked names: a surname does not chain two people.
    let (mut cluster, merges) = cluster(actors.len(), &links, |x, y| links.contains_key(&(x, y)));
    let mut cluster_keys: BTreeMap<usize, ActorKeys> = BTreeMap::new();
    for (i, j) in merges {
        let k = keys.get(&(i, j)).copied().unwrap_or_default();
        let e = cluster_keys.entry(cluster[i]).or_default();
        e.name |= k.name;
        e.same_as |= k.same_as;
    }

    // Phase two: one-word person names join the single cluster with that surname and a
    // shared title.
    for (i, a) in actors.iter().enumerate() {
        let Some(full) = fullest(&a.labels) else {
            continue;
        };
        let w = name_words(full);
        if !a.person() || w.len() != 1 || a.titles.is_empty() || cluster[i] != i {
            continue;
        }
        let candidates: BTreeSet<usize> = actors
            .iter()
            .enumerate()
            .filter(|(j, b)| {
                *j != i
                    && b.person()
                    && fullest(&b.labels)
                        .map(|n| name_words(n))
                        .is_some_and(|n| n.len() >= 2 && n.last() == w.last())
                    && titles_match(&a.titles, &b.titles)
            })
            .map(|(j, _)| cluster[j])
            .collect();
        if let [c] = candidates.iter().copied().collect::<Vec<_>>().as_slice() {
            if (0..actors.len()).any(|x| cluster[x] == i && x != i) {
                continue;
            }
            let keep = (*c).min(i);
            let gone = (*c).max(i);
            for slot in &mut cluster {
                if *slot == gone {
                    *slot = keep;
                }
            }
            let mut k = cluster_keys.remove(&gone).unwrap_or_default();
            let other = cluster_keys.remove(&keep).unwrap_or_default();
            k.name |= other.name;
            k.same_as |= other.same_as;
            k.title = true;
            cluster_keys.insert(keep, k);
        }
    }

    let mut by_rep: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, &c) in cluster.iter().enumerate() {
        by_rep.entry(c).or_default().push(actors[i].iri.clone());
    }
    let mut out = ActorFusion::default();
    for (rep, mut members) in by_rep {
        members.sort();
        let idx = out.clusters.len();
        for m in &members {
            out.of.insert(m.clone(), idx);
        }
        out.clusters.push(ActorCluster {
            members,
            keys: cluster_keys.get(&rep).copied().unwrap_or_default(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ontology::ng;

    fn w(name: &str) -> Vec<String> {
        name_words(name)
    }

    #[test]
    fn person_name_variants() {
        let cases = [
            ("Samuel Ade Okafor", "Samuel Okafor", true),
            ("Samuel Okafor", "Samuel Okafor", true),
            ("S. Okafor", "Samuel Ade Okafor", true),
            ("Mr. Samuel Okafor", "Samuel Okafor", true),
            ("Samuel Okafor", "Mary Okafor", false),
            ("Okafor", "Samuel Okafor", false),
            ("Samuel Okafor", "Samuel Kamau", false),
            ("Ade Okafor", "Samuel Ade Okafor", false),
        ];
        for (a, b, expected) in cases {
            assert_eq!(person_names_match(&w(a), &w(b)), expected, "{a} / {b}");
            assert_eq!(person_names_match(&w(b), &w(a)), expected, "{b} / {a}");
        }
    }

    #[test]
    fn organisation_name_variants() {
        let cases = [
            ("Nigeria Defence Forces", "Nigeria Defense Forces", true),
            ("Red Cross", "Red Cross", true),
            ("Nigeria Defence Forces", "Ghana Defence Forces", false),
            ("Red Cross", "Red Crescent", false),
            ("AP", "AFP", false),
        ];
        for (a, b, expected) in cases {
            assert_eq!(org_names_match(&words(a), &words(b)), expected, "{a} / {b}");
        }
    }

    #[test]
    fn titles() {
        let t = |items: &[&str]| -> BTreeSet<String> {
            items.iter().map(|s| (*s).to_owned()).collect()
        };
        assert!(titles_match(
            &t(&["Interior Cabinet Secretary"]),
            &t(&["Cabinet Secretary"])
        ));
        assert!(titles_match(&t(&["President"]), &t(&["president"])));
        assert!(!titles_match(&t(&["head"]), &t(&["head"])));
        assert!(!titles_match(&t(&["President"]), &t(&["Prime Minister"])));
    }

    fn person(iri: &str, name: &str, titles: &[&str]) -> ActorFacts {
        ActorFacts {
            iri: iri.to_owned(),
            types: [ng::ACTOR, ng::PERSON]
                .iter()
                .map(|t| t.as_str().to_owned())
                .collect(),
            labels: [name.to_owned()].into(),
            titles: titles.iter().map(|s| (*s).to_owned()).collect(),
            ..ActorFacts::default()
        }
    }

    fn fused(actors: Vec<ActorFacts>) -> Vec<Vec<String>> {
        let mut facts = Facts::default();
        for a in actors {
            facts.actors.insert(a.iri.clone(), a);
        }
        fuse_actors(&facts)
            .clusters
            .into_iter()
            .map(|c| c.members)
            .collect()
    }

    #[test]
    fn surname_with_title_joins_its_one_cluster() {
        let clusters = fused(vec![
            person("a", "Samuel Ade Okafor", &[]),
            person("b", "Samuel Okafor", &["Interior Cabinet Secretary"]),
            person("c", "Okafor", &["Cabinet Secretary"]),
            person("d", "Mary Okafor", &[]),
        ]);
        assert_eq!(clusters, vec![vec!["a", "b", "c"], vec!["d"]]);
    }

    #[test]
    fn surname_without_title_or_with_two_candidates_stays_apart() {
        let clusters = fused(vec![
            person("a", "Samuel Okafor", &[]),
            person("c", "Okafor", &[]),
        ]);
        assert_eq!(clusters.len(), 2);
        let clusters = fused(vec![
            person("a", "Samuel Okafor", &["Secretary"]),
            person("b", "Mary Okafor", &["Secretary"]),
            person("c", "Okafor", &["Secretary"]),
        ]);
        assert_eq!(clusters.len(), 3);
    }
}
