//! Every evidence node of every example: its anchor is the article text between its offsets
//! (counted in code points).

use crate::support::{example_store, examples};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

#[test]
fn anchors_match_the_text_between_their_offsets() {
    let store = example_store();
    let q = "SELECT ?id ?b ?e ?anchor WHERE { GRAPH ?g { ?x ng:evidence ?ev . ?ev nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor . ?art a ng:Article ; dct:identifier ?id } }";
    let QueryResults::Solutions(rows) = store.query(q).unwrap() else {
        panic!("select")
    };
    let mut checked = 0;
    for row in rows {
        let row = row.unwrap();
        let text_of = |v: &str| match row.get(v) {
            Some(Term::Literal(l)) => l.value().to_owned(),
            other => panic!("{v}: {other:?}"),
        };
        let id = text_of("id");
        let (b, e): (usize, usize) = (text_of("b").parse().unwrap(), text_of("e").parse().unwrap());
        let text = std::fs::read_to_string(examples().join(format!("{id}.txt"))).unwrap();
        let between: String = text.chars().skip(b).take(e - b).collect();
        assert_eq!(between, text_of("anchor"), "{id} [{b}, {e})");
        assert!(e > b);
        checked += 1;
    }
    assert!(checked > 100, "only {checked} evidence nodes");
}

#[test]
fn every_extracted_node_has_evidence_and_a_source() {
    let store = example_store();
    // Extracted nodes are those of article graphs; canonical nodes of the fusion graph point at
    // the nodes they fuse instead.
    let q = "SELECT ?x WHERE { GRAPH ?g { ?x a ?c . ?g a ng:Article } VALUES ?c { ng:Attack ng:Actor ng:Casualty ng:Statement ng:Target } FILTER NOT EXISTS { ?x ng:evidence ?e ; prov:wasDerivedFrom ?a } }";
    let QueryResults::Solutions(rows) = store.query(q).unwrap() else {
        panic!("select")
    };
    let missing: Vec<_> = rows
        .map(|r| r.unwrap().get("x").unwrap().to_string())
        .collect();
    assert!(missing.is_empty(), "without evidence: {missing:?}");
}

#[test]
fn canonical_nodes_point_at_what_they_fuse() {
    let store = example_store();
    let q = "SELECT ?x WHERE { ?x a ?c . VALUES ?c { ng:CanonicalAttack ng:CanonicalActor } FILTER NOT EXISTS { ?x ng:fusedFrom ?m ; ng:reportedIn ?a . ?a a ng:Article } }";
    let QueryResults::Solutions(rows) = store.query(q).unwrap() else {
        panic!("select")
    };
    assert_eq!(rows.count(), 0);
}
