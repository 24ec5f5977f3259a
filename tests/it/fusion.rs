//! Fusion across articles: one canonical attack per event, distinct events apart, actor name
//! variants fused, and a fusion graph that depends on the set of articles only.

use crate::support::{examples, fusion_case, newsgraph, stderr, store_with};
use newsgraph::{FUSION_GRAPH, Format, GraphStore, fused_view, write_quads};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One canonical attack: its label, whether it is only ever cited, and the identifiers of the
/// articles of its members.
#[derive(Debug)]
struct Canonical {
    iri: String,
    label: String,
    cited: bool,
    articles: BTreeSet<String>,
}

fn value(t: Option<&Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_owned(),
        Some(Term::NamedNode(n)) => n.as_str().to_owned(),
        _ => String::new(),
    }
}

fn rows(store: &GraphStore, sparql: &str) -> Vec<Vec<String>> {
    let QueryResults::Solutions(solutions) = store.query(sparql).unwrap() else {
        panic!("not a SELECT")
    };
    let vars: Vec<_> = solutions.variables().to_vec();
    solutions
        .map(|s| {
            let s = s.unwrap();
            vars.iter().map(|v| value(s.get(v))).collect()
        })
        .collect()
}

fn canonical_attacks(store: &GraphStore) -> Vec<Canonical> {
    let mut out: Vec<Canonical> = Vec::new();
    for r in rows(
        store,
        "SELECT ?c ?l ?cited ?id WHERE { ?c a ng:CanonicalAttack ; rdfs:label ?l ; ng:fusedFrom ?a .
           ?a prov:wasDerivedFrom/dct:identifier ?id .
           OPTIONAL { ?c ng:cited ?x } BIND(COALESCE(?x, false) AS ?cited) } ORDER BY ?c ?id",
    ) {
        match out.last_mut() {
            Some(c) if c.iri == r[0] => {
                c.articles.insert(r[3].clone());
            }
            _ => out.push(Canonical {
                iri: r[0].clone(),
                label: r[1].clone(),
                cited: r[2] == "true",
                articles: [r[3].clone()].into(),
            }),
        }
    }
    out
}

fn ids(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn westgate_reports_give_one_canonical_attack_with_every_figure() {
    let store = store_with(&[examples()]);
    let canonical = canonical_attacks(&store);
    let main: Vec<&Canonical> = canonical.iter().filter(|c| !c.cited).collect();
    assert_eq!(main.len(), 1, "{canonical:#?}");
    let westgate = main[0];
    assert_eq!(
        westgate.articles,
        ids(&[
            "000_9fc0760624e66e9f",
            "001_ceb287e282cf059d",
            "002_c371cda573db0721"
        ])
    );
    // The 1998 and 2010 attacks cited for context stay apart, each its own canonical attack.
    let cited: Vec<&str> = canonical
        .iter()
        .filter(|c| c.cited)
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(cited.len(), 2, "{canonical:#?}");
    assert!(cited.iter().any(|l| l.contains("1998")), "{cited:?}");
    assert!(cited.iter().any(|l| l.contains("2010")), "{cited:?}");

    // Every report's figures hang from the canonical attack, each with its source.
    let figures = rows(
        &store,
        &format!(
            "SELECT ?kind ?n ?who WHERE {{ <{}> ng:fusedFrom ?a . ?f ng:attack ?a ; ng:kind ?k ; ng:count ?n ;
               prov:wasDerivedFrom ?art . BIND(LCASE(STRAFTER(STR(?k), \"#\")) AS ?kind)
               OPTIONAL {{ GRAPH ?art {{ ?f ng:reportedBy ?r . ?r rdfs:label ?who }} }} }}",
            westgate.iri
        ),
    );
    let has = |kind: &str, n: &str, who: &str| {
        figures
            .iter()
            .any(|r| r[0] == kind && r[1] == n && r[2].to_lowercase().contains(&who.to_lowercase()))
    };
    assert!(has("killed", "68", "Red Cross"), "{figures:#?}");
    assert!(has("killed", "59", "Lenku"), "{figures:#?}");
    assert!(has("killed", "100", "shabab"), "{figures:#?}");
    assert!(has("injured", "175", ""), "{figures:#?}");

    // The canonical attack carries the merged slots and why it was fused.
    let slots = rows(
        &store,
        &format!(
            "SELECT ?perp ?key ?reason WHERE {{ <{0}> ng:perpetrator ?p ; ng:matchedKey ?k ; ng:fusionReason ?reason .
               ?p a ng:CanonicalActor ; rdfs:label ?perp . BIND(STRAFTER(STR(?k), \"#\") AS ?key) }}",
            westgate.iri
        ),
    );
    assert!(
        slots.iter().any(|r| r[0].to_lowercase().contains("shabab")),
        "{slots:#?}"
    );
    let keys: BTreeSet<&str> = slots.iter().map(|r| r[1].as_str()).collect();
    assert!(
        keys.contains("PlaceKey") && keys.contains("PerpetratorKey"),
        "{keys:?}"
    );
}

#[test]
fn actor_name_variants_are_one_canonical_actor() {
    let store = store_with(&[examples()]);
    let lenku = rows(
        &store,
        "SELECT ?c ?name WHERE { ?c a ng:CanonicalActor ; ng:fusedFrom ?x . ?x rdfs:label ?name .
           FILTER(CONTAINS(?name, \"Lenku\")) }",
    );
    let nodes: BTreeSet<&str> = lenku.iter().map(|r| r[0].as_str()).collect();
    let names: BTreeSet<&str> = lenku.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(nodes.len(), 1, "{lenku:#?}");
    assert!(
        names.contains("Joseph Ole Lenku") && names.contains("Joseph Lenku"),
        "{names:?}"
    );

    // A surname alone with the same title joins; another person of that surname stays apart.
    let store = store_with(&[fusion_case("granularity")]);
    let sani = rows(
        &store,
        "SELECT ?c ?name WHERE { ?c a ng:CanonicalActor ; ng:fusedFrom ?x . ?x rdfs:label ?name .
           FILTER(CONTAINS(?name, \"Sani\")) } ORDER BY ?name",
    );
    let of = |name: &str| {
        sani.iter()
            .find(|r| r[1] == name)
            .map(|r| r[0].clone())
            .unwrap_or_else(|| panic!("no {name}: {sani:#?}"))
    };
    assert_eq!(of("Abubakar Umar Sani"), of("Abubakar Sani"));
    assert_eq!(of("Abubakar Umar Sani"), of("Sani"));
    assert_ne!(of("Abubakar Umar Sani"), of("Fatima Sani"));
}

#[test]
fn one_event_at_site_city_and_country_level_is_one_attack() {
    let store = store_with(&[fusion_case("granularity")]);
    let canonical = canonical_attacks(&store);
    assert_eq!(canonical.len(), 1, "{canonical:#?}");
    assert_eq!(
        canonical[0].articles,
        ids(&[
            "granularity-market-city",
            "granularity-market-site",
            "market-country"
        ])
    );
}

#[test]
fn distinct_events_in_one_city_or_on_one_day_stay_apart() {
    let store = store_with(&[fusion_case("days_apart")]);
    let canonical = canonical_attacks(&store);
    let groups: BTreeSet<BTreeSet<String>> = canonical.iter().map(|c| c.articles.clone()).collect();
    let expected: BTreeSet<BTreeSet<String>> = [
        ids(&["days-apart-checkpoint", "days-apart-checkpoint-followup"]),
        ids(&["days-apart-hotel"]),
        ids(&["days-apart-baidoa"]),
    ]
    .into();
    assert_eq!(groups, expected, "{canonical:#?}");
}

#[test]
fn relative_dates_resolve_to_one_event_and_a_cited_one_stays_apart() {
    let store = store_with(&[fusion_case("relative_dates")]);
    let canonical = canonical_attacks(&store);
    let main: Vec<&Canonical> = canonical.iter().filter(|c| !c.cited).collect();
    assert_eq!(main.len(), 1, "{canonical:#?}");
    assert_eq!(
        main[0].articles,
        ids(&["relative-today", "relative-weekday", "relative-yesterday"])
    );
    assert!(
        canonical
            .iter()
            .any(|c| c.cited && c.label.contains("2014")),
        "{canonical:#?}"
    );
}

#[test]
fn every_attack_and_named_actor_has_exactly_one_canonical_node() {
    let store = store_with(&[examples(), fusion_case("granularity")]);
    for class in ["Attack", "Actor"] {
        let orphans = rows(
            &store,
            &format!(
                "SELECT ?x (COUNT(DISTINCT ?c) AS ?n) WHERE {{
                   GRAPH ?g {{ ?x a ng:{class} . ?g a ng:Article }}
                   FILTER NOT EXISTS {{ GRAPH ?g {{ ?x a ng:DescribedActor }} }}
                   OPTIONAL {{ ?c ng:fusedFrom ?x }} }} GROUP BY ?x HAVING (COUNT(DISTINCT ?c) != 1)"
            ),
        );
        assert!(orphans.is_empty(), "{class}: {orphans:#?}");
    }
}

fn files(dirs: &[PathBuf]) -> Vec<String> {
    let mut out: Vec<String> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path().to_str().unwrap().to_owned())
        .collect();
    out.sort();
    out
}

fn ingest_each(dir: &Path, store: &str, files: &[&String]) {
    for f in files {
        let out = newsgraph(&["ingest", "--quiet", "--store", store, f], dir);
        assert!(out.status.success(), "{}", stderr(&out));
    }
}

fn export(dir: &Path, store: &str, extra: &[&str]) -> Vec<u8> {
    let mut args = vec!["export", "--store", store, "--format", "nquads"];
    args.extend(extra);
    let out = newsgraph(&args, dir);
    assert!(out.status.success(), "{}", stderr(&out));
    out.stdout
}

#[test]
fn ingest_order_and_increments_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let all = files(&[
        examples(),
        fusion_case("granularity"),
        fusion_case("days_apart"),
    ]);
    let refs: Vec<&String> = all.iter().collect();
    // All at once.
    let mut args = vec!["ingest", "--quiet", "--store", "all.db"];
    args.extend(all.iter().map(String::as_str));
    assert!(newsgraph(&args, p).status.success());
    // One article at a time, in order and in reverse, each ingest fusing again.
    ingest_each(p, "forward.db", &refs);
    let mut reversed = refs.clone();
    reversed.reverse();
    ingest_each(p, "reversed.db", &reversed);
    // A rotation: the last third first.
    let mut rotated = refs.clone();
    rotated.rotate_left(2 * refs.len() / 3);
    ingest_each(p, "rotated.db", &rotated);
    // Without fusing, then fusing once.
    let mut args = vec!["ingest", "--quiet", "--no-fuse", "--store", "late.db"];
    args.extend(all.iter().map(String::as_str));
    assert!(newsgraph(&args, p).status.success());
    assert!(
        newsgraph(&["fuse", "--quiet", "--store", "late.db"], p)
            .status
            .success()
    );
    let expected = export(p, "all.db", &[]);
    assert!(
        String::from_utf8_lossy(&expected).contains(FUSION_GRAPH.as_str()),
        "the export holds the fusion graph"
    );
    for store in ["forward.db", "reversed.db", "rotated.db", "late.db"] {
        assert!(
            export(p, store, &[]) == expected,
            "{store}: the export differs from ingesting all at once"
        );
        assert!(export(p, store, &["--fused"]) == export(p, "all.db", &["--fused"]));
    }
}

#[test]
fn fused_view_is_self_contained_and_exports_in_every_format() {
    let store = store_with(&[examples()]);
    let view = fused_view(&store).unwrap();
    assert!(
        view.iter()
            .all(|q| q.graph_name.to_string() == format!("<{}>", FUSION_GRAPH.as_str()))
    );
    let text: String = view.iter().map(|q| format!("{q}\n")).collect();
    // Figures point at the canonical attack, never at a per-article attack.
    let canonical: BTreeSet<String> = view
        .iter()
        .filter(|q| q.object.to_string().ends_with("#CanonicalAttack>"))
        .map(|q| q.subject.to_string())
        .collect();
    let targets: BTreeSet<String> = view
        .iter()
        .filter(|q| q.predicate.as_str().ends_with("#attack"))
        .map(|q| q.object.to_string())
        .collect();
    assert!(
        !targets.is_empty() && targets.is_subset(&canonical),
        "{targets:?}"
    );
    assert!(
        text.contains("\"68\""),
        "the Red Cross figure is in the view"
    );
    for format in Format::ALL {
        let mut out = Vec::new();
        write_quads(view.clone(), format, &mut out).unwrap();
        assert!(!out.is_empty(), "{format}");
    }
}
