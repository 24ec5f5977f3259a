//! Fusion across articles: one canonical attack per real event, one canonical actor per real
//! actor, in a named graph of their own ([`FUSION_GRAPH`]).
//!
//! The per-article graphs are never touched. Fusion reads a summary of every attack and actor
//! from the store ([`facts`]), decides which per-article nodes are one ([`rules`] for attacks,
//! [`actors`] for actors, [`cluster`] for the grouping) and writes, for each group, a canonical
//! node with `ng:fusedFrom` its members, `ng:reportedIn` their articles, the keys that matched
//! (`ng:matchedKey`, `ng:fusionReason`) and the slots of its members merged (places, dates,
//! type, perpetrators as canonical actors, weapons). Every per-article attack and every named
//! actor has exactly one canonical node, a group of one included, so that queries need no
//! special case.
//!
//! The fusion graph is a function of the set of articles: facts are read and compared in IRI
//! order, clusters are built greedily, strongest link first, never putting two conflicting
//! attacks together ([`cluster`]), and a canonical node's
//! IRI is the v5 UUID of its smallest member's IRI (so it changes only when a member with a
//! smaller IRI joins). Fusing after each ingest recomputes it from the stored facts, which gives
//! the same bytes as fusing once after ingesting everything.

mod actors;
mod cluster;
mod facts;
mod rules;
mod view;

use crate::event::AttackType;
use crate::graph::IriMinter;
use crate::ontology::{ng, owl, rdfs};
use crate::store::{GraphStore, StoreError};
use actors::{ActorFusion, fullest, fuse_actors};
use facts::{Facts, ROLES};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use rules::{Keys, PlaceRef, Profile, When, link, site_words};
use std::collections::{BTreeMap, BTreeSet, HashSet};

pub use view::fused_view;

/// The name of the graph holding canonical attacks and actors.
pub const FUSION_GRAPH: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/fusion");

/// Why fusion failed.
#[derive(Debug, thiserror::Error)]
pub enum FuseError {
    /// The per-article facts could not be read.
    #[error("cannot read the articles' facts: {0}")]
    Read(#[source] StoreError),
    /// The fusion graph could not be written.
    #[error("cannot write the fusion graph: {0}")]
    Write(#[source] StoreError),
}

/// What one fusion did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FusionStats {
    /// Per-article attacks read.
    pub attacks: usize,
    /// Canonical attacks written.
    pub canonical_attacks: usize,
    /// Named actors read.
    pub actors: usize,
    /// Canonical actors written.
    pub canonical_actors: usize,
    /// Quads in the fusion graph.
    pub quads: usize,
}

/// Recomputes the fusion graph from the articles in the store and updates it in one
/// transaction, writing only what changed.
///
/// # Errors
/// When reading the facts or writing the graph fails; the store then keeps the old fusion graph.
pub fn fuse(store: &GraphStore, minter: &IriMinter) -> Result<FusionStats, FuseError> {
    let (quads, stats) = fusion_quads(store, minter)?;
    store
        .update_named_graph(FUSION_GRAPH, &quads)
        .map_err(FuseError::Write)?;
    Ok(stats)
}

/// The quads of the fusion graph for the articles in the store, sorted, without writing them.
///
/// # Errors
/// When reading the facts fails.
pub fn fusion_quads(
    store: &GraphStore,
    minter: &IriMinter,
) -> Result<(Vec<Quad>, FusionStats), FuseError> {
    let facts = Facts::read(store).map_err(FuseError::Read)?;
    Ok(Fusion::new(&facts).quads(&facts, minter))
}

/// An attack type from its concept IRI.
fn attack_type(iri: &str) -> Option<AttackType> {
    use AttackType::{
        ArmedAssault, Arson, Assassination, Bombing, Hijacking, HostageTaking, Kidnapping, Other,
    };
    [
        (ng::BOMBING, Bombing),
        (ng::ARMED_ASSAULT, ArmedAssault),
        (ng::ASSASSINATION, Assassination),
        (ng::HOSTAGE_TAKING, HostageTaking),
        (ng::KIDNAPPING, Kidnapping),
        (ng::HIJACKING, Hijacking),
        (ng::ARSON, Arson),
        (ng::OTHER_ATTACK, Other),
    ]
    .into_iter()
    .find(|(n, _)| n.as_str() == iri)
    .map(|(_, t)| t)
}

/// One canonical attack: its members (indices into the sorted attacks) and the merge keys.
struct AttackCluster {
    members: Vec<usize>,
    keys: Keys,
}

/// The result of fusing one set of facts.
struct Fusion<'a> {
    attacks: Vec<&'a facts::AttackFacts>,
    profiles: Vec<Profile>,
    clusters: Vec<AttackCluster>,
    actors: ActorFusion,
}

impl<'a> Fusion<'a> {
    fn new(facts: &'a Facts) -> Self {
        let actors = fuse_actors(facts);
        let attacks: Vec<&facts::AttackFacts> = facts.attacks.values().collect();
        let profiles: Vec<Profile> = attacks.iter().map(|a| profile(facts, &actors, a)).collect();
        // Blocks: only attacks under a common top-level place (a country, or a site placed in
        // nothing) can share a place, so only they are compared.
        let mut blocks: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, p) in profiles.iter().enumerate() {
            let mut roots: BTreeSet<&str> = BTreeSet::new();
            for place in &p.places {
                if place.roots.is_empty() {
                    roots.insert(&place.id);
                }
                roots.extend(place.roots.iter().map(String::as_str));
            }
            for r in roots {
                blocks.entry(r).or_default().push(i);
            }
        }
        let mut scores: BTreeMap<(usize, usize), u32> = BTreeMap::new();
        let mut keys: BTreeMap<(usize, usize), Keys> = BTreeMap::new();
        // Pairs that may share a canonical attack; two attacks without a common top-level
        // place never may, so only pairs within a block are candidates.
        let mut compatible: HashSet<(usize, usize)> = HashSet::new();
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        for members in blocks.values() {
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    if !seen.insert((i, j)) || rules::conflict(&profiles[i], &profiles[j]) {
                        continue;
                    }
                    compatible.insert((i, j));
                    if let Some(l) = link(&profiles[i], &profiles[j]) {
                        scores.insert((i, j), l.score);
                        keys.insert((i, j), l.keys);
                    }
                }
            }
        }
        let (cluster, merges) =
            cluster::cluster(attacks.len(), &scores, |x, y| compatible.contains(&(x, y)));
        let mut by_rep: BTreeMap<usize, AttackCluster> = BTreeMap::new();
        for (i, &c) in cluster.iter().enumerate() {
            by_rep
                .entry(c)
                .or_insert_with(|| AttackCluster {
                    members: Vec::new(),
                    keys: Keys::default(),
                })
                .members
                .push(i);
        }
        for (i, j) in merges {
            let k = keys.get(&(i, j)).copied().unwrap_or_default();
            if let Some(c) = by_rep.get_mut(&cluster[i]) {
                c.keys.place |= k.place;
                c.keys.date |= k.date;
                c.keys.attack_type |= k.attack_type;
                c.keys.perpetrator |= k.perpetrator;
                c.keys.target |= k.target;
                c.keys.victim |= k.victim;
            }
        }
        Self {
            attacks,
            profiles,
            clusters: by_rep.into_values().collect(),
            actors,
        }
    }

    fn quads(&self, facts: &Facts, minter: &IriMinter) -> (Vec<Quad>, FusionStats) {
        let mut out = Out::default();
        let actor_iris = self.write_actors(facts, minter, &mut out);
        for cluster in &self.clusters {
            self.write_attack(facts, minter, &actor_iris, cluster, &mut out);
        }
        let mut quads = out.quads;
        quads.sort_by_cached_key(ToString::to_string);
        quads.dedup();
        let stats = FusionStats {
            attacks: self.attacks.len(),
            canonical_attacks: self.clusters.len(),
            actors: self.actors.of.len(),
            canonical_actors: self.actors.clusters.len(),
            quads: quads.len(),
        };
        (quads, stats)
    }

    /// Writes the canonical actors; returns actor IRI → canonical IRI.
    fn write_actors(
        &self,
        facts: &Facts,
        minter: &IriMinter,
        out: &mut Out,
    ) -> BTreeMap<String, NamedNode> {
        let mut iris = BTreeMap::new();
        for cluster in &self.actors.clusters {
            let Some(first) = cluster.members.first() else {
                continue;
            };
            let iri = minter.canonical_actor(first);
            let members: Vec<&facts::ActorFacts> = cluster
                .members
                .iter()
                .filter_map(|m| facts.actors.get(m))
                .collect();
            out.typed(&iri, ng::ACTOR);
            out.typed(&iri, ng::CANONICAL_ACTOR);
            let person = members.iter().any(|m| m.person());
            if person {
                out.typed(&iri, ng::PERSON);
            } else {
                out.typed(&iri, ng::ORGANIZATION);
                // The most common organisation kind among the members, ties in IRI order.
                let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
                for m in &members {
                    for t in &m.types {
                        if [
                            ng::ARMED_GROUP,
                            ng::SECURITY_FORCE,
                            ng::GOVERNMENT_BODY,
                            ng::MEDIA_ORGANIZATION,
                        ]
                        .iter()
                        .any(|k| k.as_str() == t)
                        {
                            *kinds.entry(t).or_default() += 1;
                        }
                    }
                }
                if let Some((kind, _)) = kinds.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                {
                    out.typed(&iri, NamedNodeRef::new_unchecked(kind));
                }
            }
            let labels: BTreeSet<&String> = members.iter().flat_map(|m| &m.labels).collect();
            let label = fullest(labels.iter().copied()).cloned().unwrap_or_default();
            out.string(&iri, rdfs::LABEL, &label);
            let names: BTreeSet<&String> = members
                .iter()
                .flat_map(|m| m.labels.iter().chain(&m.aliases))
                .filter(|n| **n != label)
                .collect();
            for n in names {
                out.string(&iri, ng::ALIAS, n);
            }
            for m in &members {
                for t in &m.titles {
                    out.string(&iri, ng::TITLE, t);
                }
                for s in &m.same_as {
                    out.add(&iri, owl::SAME_AS, NamedNode::new_unchecked(s.as_str()));
                }
                out.add(
                    &iri,
                    ng::FUSED_FROM,
                    NamedNode::new_unchecked(m.iri.as_str()),
                );
                for a in &m.articles {
                    out.add(&iri, ng::REPORTED_IN, NamedNode::new_unchecked(a.as_str()));
                }
                iris.insert(m.iri.clone(), iri.clone());
            }
            if cluster.members.len() > 1 {
                for (on, key) in [
                    (cluster.keys.name, ng::NAME_KEY),
                    (cluster.keys.title, ng::TITLE_KEY),
                    (cluster.keys.same_as, ng::SAME_AS_KEY),
                ] {
                    if on {
                        out.add(&iri, ng::MATCHED_KEY, key.into_owned());
                    }
                }
                let mut reason = format!("fused from {} actor nodes on", cluster.members.len());
                let on: Vec<&str> = [
                    (cluster.keys.name, "name"),
                    (cluster.keys.title, "title"),
                    (cluster.keys.same_as, "Wikidata identity"),
                ]
                .iter()
                .filter(|(b, _)| *b)
                .map(|(_, s)| *s)
                .collect();
                reason.push(' ');
                reason.push_str(&on.join(", "));
                out.string(&iri, ng::FUSION_REASON, &reason);
            }
        }
        iris
    }

    fn write_attack(
        &self,
        facts: &Facts,
        minter: &IriMinter,
        actor_iris: &BTreeMap<String, NamedNode>,
        cluster: &AttackCluster,
        out: &mut Out,
    ) {
        let members: Vec<&facts::AttackFacts> =
            cluster.members.iter().map(|&i| self.attacks[i]).collect();
        let Some(first) = members.first() else {
            return;
        };
        let iri = minter.canonical_attack(&first.iri);
        out.typed(&iri, ng::ATTACK);
        out.typed(&iri, ng::CANONICAL_ATTACK);

        // The label: the most common among main (uncited) members, then the one with the most
        // specific place, then the first in order.
        let main: Vec<&facts::AttackFacts> = {
            let m: Vec<_> = members.iter().copied().filter(|a| !a.cited).collect();
            if m.is_empty() { members.clone() } else { m }
        };
        let mut labels: BTreeMap<&String, (usize, usize)> = BTreeMap::new();
        for a in &main {
            let depth = a
                .places
                .iter()
                .map(|p| facts.ancestors(p).len() + usize::from(facts.is_site(p)))
                .max()
                .unwrap_or(0);
            for l in &a.labels {
                let e = labels.entry(l).or_default();
                e.0 += 1;
                e.1 = e.1.max(depth);
            }
        }
        if let Some((label, _)) = labels.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            out.string(&iri, rdfs::LABEL, label);
        }

        // Places: the most specific ones (those containing no other member's place).
        let places: BTreeSet<&String> = members.iter().flat_map(|a| &a.places).collect();
        let ancestors: BTreeSet<String> = places.iter().flat_map(|p| facts.ancestors(p)).collect();
        for p in &places {
            if !ancestors.contains(&facts.place_identity(p)) {
                out.add(&iri, ng::LOCATION, NamedNode::new_unchecked(p.as_str()));
            }
        }

        // The earliest resolved date (an attack is dated by its start); every date text.
        if let Some(d) = members.iter().flat_map(|a| &a.dates).min() {
            out.add(
                &iri,
                ng::DATE,
                Literal::new_typed_literal(d.to_string(), xsd::DATE),
            );
        }
        for a in &members {
            for t in &a.date_texts {
                out.string(&iri, ng::DATE_TEXT, t);
            }
        }

        // The most common known type; "other" only when nothing else is known.
        let mut types: BTreeMap<&String, usize> = BTreeMap::new();
        for a in &members {
            for t in &a.types {
                *types.entry(t).or_default() += 1;
            }
        }
        let known = types
            .iter()
            .filter(|(t, _)| t.as_str() != ng::OTHER_ATTACK.as_str())
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .or_else(|| types.iter().next());
        if let Some((t, _)) = known {
            out.add(&iri, ng::ATTACK_TYPE, NamedNode::new_unchecked(t.as_str()));
        }
        if members.iter().all(|a| a.cited) {
            out.add(&iri, ng::CITED, Literal::from(true));
        }

        // Actors by role, as canonical actors (described actors stay in their articles).
        for (r, role) in ROLES.iter().enumerate() {
            for a in &members {
                for actor in &a.roles[r] {
                    if let Some(c) = actor_iris.get(actor) {
                        out.add(&iri, *role, c.clone());
                    }
                }
            }
        }
        for a in &members {
            for w in &a.weapons {
                out.add(&iri, ng::WEAPON, NamedNode::new_unchecked(w.as_str()));
            }
            for w in &a.weapon_texts {
                out.string(&iri, ng::WEAPON_TEXT, w);
            }
            out.add(
                &iri,
                ng::FUSED_FROM,
                NamedNode::new_unchecked(a.iri.as_str()),
            );
            out.add(
                &iri,
                ng::REPORTED_IN,
                NamedNode::new_unchecked(a.article.as_str()),
            );
        }

        if members.len() > 1 {
            let k = cluster.keys;
            for (on, key) in [
                (k.place, ng::PLACE_KEY),
                (k.date, ng::DATE_KEY),
                (k.attack_type, ng::ATTACK_TYPE_KEY),
                (k.perpetrator, ng::PERPETRATOR_KEY),
                (k.target, ng::TARGET_KEY),
                (k.victim, ng::VICTIM_KEY),
            ] {
                if on {
                    out.add(&iri, ng::MATCHED_KEY, key.into_owned());
                }
            }
            out.string(&iri, ng::FUSION_REASON, &self.reason(facts, cluster));
        }
    }

    /// A sentence saying on what the members agree: for each key, how many of the member pairs
    /// matched on it, and the place they share.
    fn reason(&self, facts: &Facts, cluster: &AttackCluster) -> String {
        let mut counts = [0usize; 6];
        let mut pairs = 0usize;
        for (x, &i) in cluster.members.iter().enumerate() {
            for &j in &cluster.members[x + 1..] {
                pairs += 1;
                if let Some(l) = link(&self.profiles[i], &self.profiles[j]) {
                    let k = l.keys;
                    for (n, on) in [
                        k.place,
                        k.date,
                        k.attack_type,
                        k.perpetrator,
                        k.target,
                        k.victim,
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        counts[n] += usize::from(on);
                    }
                }
            }
        }
        // The most specific place every member is at or within.
        let mut common: Option<BTreeSet<String>> = None;
        for &i in &cluster.members {
            let here: BTreeSet<String> = self.profiles[i]
                .places
                .iter()
                .flat_map(|p| p.ancestors.iter().cloned().chain([p.id.clone()]))
                .collect();
            common = Some(match common {
                None => here,
                Some(c) => c.intersection(&here).cloned().collect(),
            });
        }
        let place = common
            .unwrap_or_default()
            .into_iter()
            .max_by_key(|id| facts.depth(id))
            .map(|id| facts.identity_label(&id).to_owned())
            .unwrap_or_default();
        let names = [
            "place",
            "date",
            "attack type",
            "perpetrator",
            "target",
            "victim",
        ];
        let parts: Vec<String> = names
            .iter()
            .zip(counts)
            .map(|(n, c)| format!("{n} {c}"))
            .collect();
        format!(
            "fused from {} reports in {} articles; of {pairs} pairs of reports, matching on {}; common place: {place}",
            cluster.members.len(),
            cluster
                .members
                .iter()
                .map(|&i| &self.attacks[i].article)
                .collect::<BTreeSet<_>>()
                .len(),
            parts.join(", ")
        )
    }
}

/// The profile the rules compare: places with their hierarchy, what is known of the date, the
/// types, and perpetrators and victims as canonical actors.
fn profile(facts: &Facts, actors: &ActorFusion, a: &facts::AttackFacts) -> Profile {
    let places = a
        .places
        .iter()
        .map(|p| {
            let ancestors = facts.ancestors(p);
            let roots = ancestors
                .iter()
                .filter(|id| facts.depth(id) == 0)
                .cloned()
                .collect();
            let site = facts.is_site(p);
            PlaceRef {
                id: facts.place_identity(p),
                ancestors,
                roots,
                site,
                words: if site {
                    facts
                        .places
                        .get(p)
                        .map(|f| f.labels.iter().flat_map(|l| site_words(l)).collect())
                        .unwrap_or_default()
                } else {
                    BTreeSet::new()
                },
            }
        })
        .collect();
    let issued = facts.articles.get(&a.article).copied().flatten();
    let when = When::new(
        &a.dates,
        a.date_texts.iter().map(String::as_str),
        a.labels.iter().map(String::as_str),
        a.cited,
        issued,
    );
    let named = |r: usize| -> BTreeSet<String> {
        a.roles[r]
            .iter()
            .filter_map(|x| actors.canonical(x))
            .map(str::to_owned)
            .collect()
    };
    let mut perps = named(0);
    perps.extend(named(1));
    let groups = a.roles[0]
        .iter()
        .chain(&a.roles[1])
        .filter(|x| {
            facts
                .actors
                .get(*x)
                .is_some_and(facts::ActorFacts::armed_group)
        })
        .filter_map(|x| actors.canonical(x))
        .map(str::to_owned)
        .collect();
    Profile {
        article: a.article.clone(),
        cited: a.cited,
        places,
        when,
        types: a.types.iter().filter_map(|t| attack_type(t)).collect(),
        perps,
        groups,
        victims: named(2),
        target_words: a.targets.iter().flat_map(|t| site_words(t)).collect(),
    }
}

/// Quads of the fusion graph under construction.
#[derive(Default)]
struct Out {
    quads: Vec<Quad>,
}

impl Out {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            s.clone(),
            p.into_owned(),
            o.into(),
            GraphName::NamedNode(FUSION_GRAPH.into_owned()),
        ));
    }

    fn typed(&mut self, s: &NamedNode, class: NamedNodeRef<'_>) {
        self.add(s, rdf::TYPE, class.into_owned());
    }

    fn string(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, value: &str) {
        self.add(s, p, Literal::new_simple_literal(value));
    }
}
