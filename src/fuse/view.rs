//! The canonical view (`newsgraph export --fused`): one node per real attack and actor, with
//! every report's figures and statements hanging from it, and nothing per-article besides.
//!
//! It is the fusion graph plus what makes it readable on its own: the places it names (with
//! their `ng:within` chain and GeoNames links), the source articles' metadata, and each
//! member attack's casualty figures and statements with their evidence, their `ng:attack` /
//! `ng:about` pointing at the canonical attack and their reporters and speakers at canonical
//! actors (described actors, which are never fused, come along as they are). Figures keep their
//! own IRIs and `prov:wasDerivedFrom` their article, so which source said what stays visible.
//! Everything is written in the fusion graph, and the view validates against the shapes on its
//! own; it is computed at export time, never stored, so the store keeps exactly one
//! `ng:attack` per figure.

use super::{FUSION_GRAPH, FuseError};
use crate::ontology::{dct, ng, owl, rdfs};
use crate::store::GraphStore;
use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};

fn named(term: &Term) -> Option<&NamedNode> {
    match term {
        Term::NamedNode(n) => Some(n),
        _ => None,
    }
}

fn regraph(mut quad: Quad) -> Quad {
    quad.graph_name = GraphName::NamedNode(FUSION_GRAPH.into_owned());
    quad
}

/// The canonical view of the store, sorted: see the module documentation.
///
/// # Errors
/// When reading the store fails.
pub fn fused_view(store: &GraphStore) -> Result<Vec<Quad>, FuseError> {
    let read = FuseError::Read;
    let fusion: Vec<Quad> = store
        .quads_matching(None, None, None, Some(FUSION_GRAPH))
        .collect::<Result<_, _>>()
        .map_err(read)?;
    let mut canonical_attacks = BTreeSet::new();
    for q in &fusion {
        if q.predicate == rdf::TYPE && named(&q.object).is_some_and(|o| *o == ng::CANONICAL_ATTACK)
        {
            if let NamedOrBlankNode::NamedNode(s) = &q.subject {
                canonical_attacks.insert(s.clone());
            }
        }
    }
    let mut canonical_of: BTreeMap<NamedNode, NamedNode> = BTreeMap::new();
    let mut members: Vec<NamedNode> = Vec::new();
    let mut places: Vec<NamedNode> = Vec::new();
    let mut articles: BTreeSet<NamedNode> = BTreeSet::new();
    for q in &fusion {
        let (NamedOrBlankNode::NamedNode(s), Some(o)) = (&q.subject, named(&q.object)) else {
            continue;
        };
        if q.predicate == ng::FUSED_FROM {
            canonical_of.insert(o.clone(), s.clone());
            if canonical_attacks.contains(s) {
                members.push(o.clone());
            }
        } else if q.predicate == ng::LOCATION {
            places.push(o.clone());
        } else if q.predicate == ng::REPORTED_IN {
            articles.insert(o.clone());
        }
    }
    let mut out: Vec<Quad> = fusion;

    // Places and the places containing them.
    let mut seen = BTreeSet::new();
    while let Some(p) = places.pop() {
        if !seen.insert(p.clone()) {
            continue;
        }
        for q in store.quads_matching(Some(p.as_ref()), None, None, None) {
            let q = q.map_err(read)?;
            if q.graph_name == GraphName::NamedNode(FUSION_GRAPH.into_owned()) {
                continue;
            }
            if [rdf::TYPE, rdfs::LABEL, ng::WITHIN, owl::SAME_AS].contains(&q.predicate.as_ref()) {
                if q.predicate == ng::WITHIN {
                    places.extend(named(&q.object).cloned());
                }
                out.push(regraph(q));
            }
        }
    }

    // The source articles' metadata, from their own graphs.
    for a in &articles {
        for q in store.quads_matching(Some(a.as_ref()), None, None, Some(a.as_ref())) {
            let q = q.map_err(read)?;
            if [
                rdf::TYPE,
                dct::IDENTIFIER,
                dct::TITLE,
                dct::SOURCE,
                dct::ISSUED,
                ng::SHA256,
            ]
            .contains(&q.predicate.as_ref())
            {
                out.push(regraph(q));
            }
        }
    }

    // Figures and statements of the member attacks, re-pointed at canonical nodes; the
    // described actors and evidence they need.
    let mut todo: Vec<(NamedNode, NamedNode)> = Vec::new();
    for m in &members {
        for p in [ng::ATTACK_PROP, ng::ABOUT] {
            for q in store.quads_matching(None, Some(p), Some(m.as_ref().into()), None) {
                let q = q.map_err(read)?;
                if let (NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g)) =
                    (&q.subject, &q.graph_name)
                {
                    todo.push((s.clone(), g.clone()));
                }
            }
        }
    }
    let rewritten: [NamedNodeRef<'_>; 5] = [
        ng::ATTACK_PROP,
        ng::ABOUT,
        ng::REPORTED_BY,
        ng::SPEAKER,
        ng::AFFILIATION,
    ];
    let mut copied = BTreeSet::new();
    while let Some((node, g)) = todo.pop() {
        if !copied.insert((node.clone(), g.clone())) {
            continue;
        }
        for q in store.quads_matching(Some(node.as_ref()), None, None, Some(g.as_ref())) {
            let mut q = q.map_err(read)?;
            if let Some(o) = named(&q.object).cloned() {
                if rewritten.contains(&q.predicate.as_ref()) {
                    match canonical_of.get(&o) {
                        Some(c) => q.object = c.clone().into(),
                        None if q.predicate == ng::ATTACK_PROP || q.predicate == ng::ABOUT => {
                            // About an attack of no canonical node (fused before it was
                            // ingested): left out rather than dangling.
                            continue;
                        }
                        None => todo.push((o, g.clone())),
                    }
                } else if q.predicate == ng::EVIDENCE {
                    todo.push((o, g.clone()));
                }
            }
            out.push(regraph(q));
        }
    }
    out.sort_by_cached_key(ToString::to_string);
    out.dedup();
    Ok(out)
}
