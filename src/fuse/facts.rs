//! What fusion reads from the store: attacks, actors, places and publication dates, as plain
//! values. Only quad patterns over those nodes are read, never whole article graphs or article
//! files, so fusing after one more article costs a look at its peers' summaries, not their text.

use super::FUSION_GRAPH;
use crate::ontology::{dct, ng, owl, rdfs};
use crate::store::{GraphStore, StoreError};
use jiff::civil::Date;
use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};

/// The four actor roles of an attack, in a fixed order.
pub(crate) const ROLES: [oxigraph::model::NamedNodeRef<'static>; 4] =
    [ng::PERPETRATOR, ng::CLAIMED_BY, ng::VICTIM, ng::RESPONDER];

/// One per-article attack.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct AttackFacts {
    pub(crate) iri: String,
    /// The article (its IRI, which is also its graph name).
    pub(crate) article: String,
    pub(crate) labels: BTreeSet<String>,
    pub(crate) cited: bool,
    pub(crate) places: BTreeSet<String>,
    pub(crate) dates: BTreeSet<Date>,
    pub(crate) date_texts: BTreeSet<String>,
    /// Attack-type concept IRIs.
    pub(crate) types: BTreeSet<String>,
    /// Actor IRIs per role, in the order of [`ROLES`].
    pub(crate) roles: [BTreeSet<String>; 4],
    pub(crate) weapons: BTreeSet<String>,
    pub(crate) weapon_texts: BTreeSet<String>,
    /// Labels of its targets.
    pub(crate) targets: BTreeSet<String>,
}

/// One actor node, over every article graph that describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ActorFacts {
    pub(crate) iri: String,
    /// Class IRIs.
    pub(crate) types: BTreeSet<String>,
    pub(crate) labels: BTreeSet<String>,
    pub(crate) aliases: BTreeSet<String>,
    pub(crate) titles: BTreeSet<String>,
    pub(crate) same_as: BTreeSet<String>,
    pub(crate) articles: BTreeSet<String>,
}

impl ActorFacts {
    pub(crate) fn described(&self) -> bool {
        self.types.contains(ng::DESCRIBED_ACTOR.as_str())
    }

    pub(crate) fn person(&self) -> bool {
        self.types.contains(ng::PERSON.as_str())
    }

    pub(crate) fn armed_group(&self) -> bool {
        self.types.contains(ng::ARMED_GROUP.as_str())
    }
}

/// One place node: its labels, parents and GeoNames / Wikidata IRIs, over all graphs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PlaceFacts {
    pub(crate) labels: BTreeSet<String>,
    pub(crate) parents: BTreeSet<String>,
    pub(crate) same_as: BTreeSet<String>,
}

/// Everything fusion looks at, keyed and sorted by IRI so that the result depends on the set
/// of articles only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Facts {
    /// Article IRI → publication date, when known.
    pub(crate) articles: BTreeMap<String, Option<Date>>,
    pub(crate) attacks: BTreeMap<String, AttackFacts>,
    pub(crate) actors: BTreeMap<String, ActorFacts>,
    pub(crate) places: BTreeMap<String, PlaceFacts>,
    /// Place identity → (how many places contain it, a label).
    pub(crate) identities: BTreeMap<String, (usize, String)>,
}

fn named(term: &Term) -> Option<&str> {
    match term {
        Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

fn literal(term: &Term) -> Option<&str> {
    match term {
        Term::Literal(l) => Some(l.value()),
        _ => None,
    }
}

fn subject(quad: &Quad) -> Option<&NamedNode> {
    match &quad.subject {
        NamedOrBlankNode::NamedNode(n) => Some(n),
        _ => None,
    }
}

fn graph(quad: &Quad) -> Option<&NamedNode> {
    match &quad.graph_name {
        GraphName::NamedNode(n) => Some(n),
        _ => None,
    }
}

/// The date of an `xsd:date` or `xsd:dateTime` lexical form.
pub(crate) fn parse_date(value: &str) -> Option<Date> {
    value.get(..10)?.parse().ok()
}

impl Facts {
    /// Reads the facts of every article graph of the store (the fusion graph excluded).
    pub(crate) fn read(store: &GraphStore) -> Result<Self, StoreError> {
        let mut facts = Self::default();
        // Articles: a graph is an article graph when it types its own name ng:Article.
        for quad in store.quads_matching(None, Some(rdf::TYPE), Some(ng::ARTICLE.into()), None) {
            let quad = quad?;
            if let (Some(s), Some(g)) = (subject(&quad), graph(&quad)) {
                if s == g {
                    facts.articles.insert(s.as_str().to_owned(), None);
                }
            }
        }
        let articles: Vec<String> = facts.articles.keys().cloned().collect();
        for article in &articles {
            let node = NamedNode::new_unchecked(article.as_str());
            let mut issued = None;
            for quad in store.quads_matching(
                Some(node.as_ref()),
                Some(dct::ISSUED),
                None,
                Some(node.as_ref()),
            ) {
                let quad = quad?;
                issued = issued.or_else(|| literal(&quad.object).and_then(parse_date));
            }
            facts.articles.insert(article.clone(), issued);
        }

        // Attacks, per article graph.
        for quad in store.quads_matching(None, Some(rdf::TYPE), Some(ng::ATTACK.into()), None) {
            let quad = quad?;
            let (Some(s), Some(g)) = (subject(&quad), graph(&quad)) else {
                continue;
            };
            if g.as_ref() == FUSION_GRAPH || !facts.articles.contains_key(g.as_str()) {
                continue;
            }
            let attack = facts.read_attack(store, s, g)?;
            facts.attacks.insert(attack.iri.clone(), attack);
        }

        // Actors, merged over the article graphs that describe them.
        for quad in store.quads_matching(None, Some(rdf::TYPE), Some(ng::ACTOR.into()), None) {
            let quad = quad?;
            let (Some(s), Some(g)) = (subject(&quad), graph(&quad)) else {
                continue;
            };
            if g.as_ref() == FUSION_GRAPH || !facts.articles.contains_key(g.as_str()) {
                continue;
            }
            let actor = facts
                .actors
                .entry(s.as_str().to_owned())
                .or_insert_with(|| ActorFacts {
                    iri: s.as_str().to_owned(),
                    ..ActorFacts::default()
                });
            actor.articles.insert(g.as_str().to_owned());
            for q in store.quads_matching(Some(s.as_ref()), None, None, Some(g.as_ref())) {
                let q = q?;
                let p = q.predicate.as_ref();
                if p == rdf::TYPE {
                    actor.types.extend(named(&q.object).map(str::to_owned));
                } else if p == rdfs::LABEL {
                    actor.labels.extend(literal(&q.object).map(str::to_owned));
                } else if p == ng::ALIAS {
                    actor.aliases.extend(literal(&q.object).map(str::to_owned));
                } else if p == ng::TITLE {
                    actor.titles.extend(literal(&q.object).map(str::to_owned));
                } else if p == owl::SAME_AS {
                    actor.same_as.extend(named(&q.object).map(str::to_owned));
                }
            }
        }

        // Places: every place an attack names, and the places containing them.
        let mut todo: Vec<String> = facts
            .attacks
            .values()
            .flat_map(|a| a.places.iter().cloned())
            .collect();
        while let Some(place) = todo.pop() {
            if facts.places.contains_key(&place) {
                continue;
            }
            let node = NamedNode::new_unchecked(place.as_str());
            let mut p = PlaceFacts::default();
            for q in store.quads_matching(Some(node.as_ref()), None, None, None) {
                let q = q?;
                if graph(&q).is_some_and(|g| g.as_ref() == FUSION_GRAPH) {
                    continue;
                }
                let pred = q.predicate.as_ref();
                if pred == rdfs::LABEL {
                    p.labels.extend(literal(&q.object).map(str::to_owned));
                } else if pred == ng::WITHIN {
                    p.parents.extend(named(&q.object).map(str::to_owned));
                } else if pred == owl::SAME_AS {
                    p.same_as.extend(named(&q.object).map(str::to_owned));
                }
            }
            todo.extend(p.parents.iter().cloned());
            facts.places.insert(place, p);
        }
        facts.index_places();
        Ok(facts)
    }

    fn read_attack(
        &self,
        store: &GraphStore,
        s: &NamedNode,
        g: &NamedNode,
    ) -> Result<AttackFacts, StoreError> {
        let mut a = AttackFacts {
            iri: s.as_str().to_owned(),
            article: g.as_str().to_owned(),
            ..AttackFacts::default()
        };
        let mut targets = Vec::new();
        for q in store.quads_matching(Some(s.as_ref()), None, None, Some(g.as_ref())) {
            let q = q?;
            let p = q.predicate.as_ref();
            let o = &q.object;
            if p == rdfs::LABEL {
                a.labels.extend(literal(o).map(str::to_owned));
            } else if p == ng::CITED {
                a.cited |= literal(o) == Some("true");
            } else if p == ng::LOCATION {
                a.places.extend(named(o).map(str::to_owned));
            } else if p == ng::DATE {
                a.dates.extend(literal(o).and_then(parse_date));
            } else if p == ng::DATE_TEXT {
                a.date_texts.extend(literal(o).map(str::to_owned));
            } else if p == ng::ATTACK_TYPE {
                a.types.extend(named(o).map(str::to_owned));
            } else if p == ng::WEAPON {
                a.weapons.extend(named(o).map(str::to_owned));
            } else if p == ng::WEAPON_TEXT {
                a.weapon_texts.extend(literal(o).map(str::to_owned));
            } else if p == ng::TARGET_PROP {
                targets.extend(named(o).map(str::to_owned));
            } else if let Some(i) = ROLES.iter().position(|r| *r == p) {
                a.roles[i].extend(named(o).map(str::to_owned));
            }
        }
        for t in targets {
            let node = NamedNode::new_unchecked(t);
            for q in store.quads_matching(
                Some(node.as_ref()),
                Some(rdfs::LABEL),
                None,
                Some(g.as_ref()),
            ) {
                a.targets.extend(literal(&q?.object).map(str::to_owned));
            }
        }
        Ok(a)
    }

    /// Indexes places by identity, once all are read.
    fn index_places(&mut self) {
        let ids: Vec<(String, String)> = self
            .places
            .keys()
            .map(|p| (self.place_identity(p), p.clone()))
            .collect();
        for (id, p) in ids {
            let depth = self.ancestors(&p).len();
            let label = self.place_label(&p).to_owned();
            let e = self.identities.entry(id).or_insert((depth, label));
            e.0 = e.0.max(depth);
        }
    }

    /// How many places contain a place identity (0 for a country).
    pub(crate) fn depth(&self, identity: &str) -> usize {
        self.identities.get(identity).map_or(0, |e| e.0)
    }

    /// A label of a place identity.
    pub(crate) fn identity_label(&self, identity: &str) -> &str {
        self.identities.get(identity).map_or("", |e| e.1.as_str())
    }

    /// The GeoNames-or-IRI identity of a place: two place nodes with the same GeoNames IRI
    /// are one place.
    pub(crate) fn place_identity(&self, place: &str) -> String {
        self.places
            .get(place)
            .and_then(|p| {
                p.same_as
                    .iter()
                    .find(|s| s.starts_with("https://sws.geonames.org/"))
            })
            .cloned()
            .unwrap_or_else(|| place.to_owned())
    }

    /// Every place containing `place` (transitively), as identities, without `place` itself.
    pub(crate) fn ancestors(&self, place: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut todo: Vec<&str> = vec![place];
        let mut seen = BTreeSet::new();
        while let Some(p) = todo.pop() {
            if !seen.insert(p.to_owned()) {
                continue;
            }
            if let Some(facts) = self.places.get(p) {
                for parent in &facts.parents {
                    out.insert(self.place_identity(parent));
                    todo.push(parent);
                }
            }
        }
        out.remove(&self.place_identity(place));
        out
    }

    /// True for a named site (a building, street or square): a place without a GeoNames id.
    pub(crate) fn is_site(&self, place: &str) -> bool {
        self.places.get(place).is_none_or(|p| {
            !p.same_as
                .iter()
                .any(|s| s.starts_with("https://sws.geonames.org/"))
        })
    }

    /// One label of a place (the smallest, for a stable choice).
    pub(crate) fn place_label(&self, place: &str) -> &str {
        self.places
            .get(place)
            .and_then(|p| p.labels.first())
            .map_or("", String::as_str)
    }
}
