//! Golden cases: `tests/golden/<case>/input.*` extracted and compared with `expected.ttl` by
//! graph isomorphism (sophia). Regenerate with `NEWSGRAPH_BLESS=1 cargo test --release golden`
//! and review the diff.

use crate::support::root;
use newsgraph::{Format, Inputs, IriMinter, extract, to_quads, write_quads};
use sophia::api::prelude::*;
use sophia::api::quad::Spog;
use sophia::api::term::SimpleTerm;
use sophia::isomorphism::isomorphic_graphs;
use sophia::turtle::parser::turtle;

type Triples = Vec<[SimpleTerm<'static>; 3]>;

fn parse(ttl: &str) -> Triples {
    turtle::parse_str(ttl)
        .collect_triples()
        .expect("valid Turtle")
}

#[test]
fn golden_cases() {
    let dir = root().join("tests/golden");
    let bless = std::env::var_os("NEWSGRAPH_BLESS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 4, "golden cases missing");
    let mut failures = Vec::new();
    for case in cases {
        let input = std::fs::read_dir(&case)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_stem().is_some_and(|s| s == "input"))
            .expect("an input file");
        let mut quads = Vec::new();
        for article in Inputs::new([input]) {
            let article = article.unwrap();
            quads.extend(to_quads(&article, &extract(&article), &IriMinter::new()).quads);
        }
        let mut out = Vec::new();
        write_quads(quads, Format::Turtle, &mut out).unwrap();
        let actual = String::from_utf8(out).unwrap();
        let expected_path = case.join("expected.ttl");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if !isomorphic_graphs(&parse(&actual), &parse(&expected)).unwrap() {
            std::fs::write(case.join("actual.ttl"), &actual).unwrap();
            failures.push(case.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(
        failures.is_empty(),
        "golden cases differ (see actual.ttl beside expected.ttl): {failures:?}"
    );
}

#[test]
fn jsonld_export_is_the_same_graph_as_ntriples() {
    let store = crate::support::example_store();
    let quads: Vec<_> = store.quads().collect::<Result<_, _>>().unwrap();
    let mut jsonld = Vec::new();
    write_quads(quads.clone(), Format::JsonLd, &mut jsonld).unwrap();
    let mut nt = Vec::new();
    write_quads(quads, Format::NTriples, &mut nt).unwrap();
    let from_jsonld: Vec<Spog<SimpleTerm<'static>>> =
        sophia::jsonld::parser::parse_str(std::str::from_utf8(&jsonld).unwrap())
            .collect_quads()
            .expect("our JSON-LD parses");
    let from_jsonld: Triples = from_jsonld.into_iter().map(|(t, _)| t).collect();
    let from_nt: Triples = sophia::turtle::parser::nt::parse_str(std::str::from_utf8(&nt).unwrap())
        .collect_triples()
        .unwrap();
    assert_eq!(from_jsonld.len(), from_nt.len());
    assert!(
        isomorphic_graphs(&from_jsonld, &from_nt).unwrap(),
        "JSON-LD and N-Triples differ"
    );
}

#[test]
fn nquads_lines_are_in_canonical_order() {
    let store = crate::support::example_store();
    let quads: Vec<_> = store.quads().collect::<Result<_, _>>().unwrap();
    let mut nq = Vec::new();
    write_quads(quads, Format::NQuads, &mut nq).unwrap();
    let text = String::from_utf8(nq).unwrap();
    let dataset: sophia::inmem::dataset::LightDataset =
        sophia::turtle::parser::nq::parse_str(&text)
            .collect_quads()
            .unwrap();
    let mut canonical = Vec::new();
    sophia::c14n::rdfc10::normalize(&dataset, &mut canonical).unwrap();
    assert_eq!(
        text,
        String::from_utf8(canonical).unwrap(),
        "N-Quads export is not RDFC-1.0 canonical"
    );
}
