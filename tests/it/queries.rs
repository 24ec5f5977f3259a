//! Each shipped query runs on the example store and returns the rows it promises.

use crate::support::{example_store, root};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::BTreeMap;

type Row = BTreeMap<String, String>;

fn run(name: &str) -> Vec<Row> {
    let sparql = std::fs::read_to_string(root().join("queries").join(name)).unwrap();
    assert!(sparql.starts_with('#'), "{name} has no header comment");
    let store = example_store();
    let QueryResults::Solutions(rows) = store
        .query(&sparql)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
    else {
        panic!("{name} is not a SELECT")
    };
    rows.map(|r| {
        let r = r.unwrap();
        r.iter()
            .map(|(v, t)| {
                let value = match t {
                    Term::Literal(l) => l.value().to_owned(),
                    other => other.to_string(),
                };
                (v.as_str().to_owned(), value)
            })
            .collect()
    })
    .collect()
}

fn has(rows: &[Row], pred: impl Fn(&Row) -> bool) -> bool {
    rows.iter().any(pred)
}

fn get<'a>(row: &'a Row, key: &str) -> &'a str {
    row.get(key).map_or("", String::as_str)
}

#[test]
fn every_query_file_is_tested() {
    let mut names: Vec<String> = std::fs::read_dir(root().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "actors_by_role.rq",
            "attacks.rq",
            "casualties_by_source.rq",
            "conflicting_figures.rq",
            "evidence.rq",
            "who_said_what.rq"
        ]
    );
}

#[test]
fn casualties_by_source() {
    let rows = run("casualties_by_source.rq");
    assert!(
        has(&rows, |r| get(r, "count") == "68"
            && get(r, "kind") == "killed"
            && get(r, "reporter").contains("Red Cross")),
        "{rows:#?}"
    );
    assert!(
        has(&rows, |r| get(r, "count") == "59"
            && get(r, "reporter").contains("Lenku")),
        "{rows:#?}"
    );
    assert!(
        has(&rows, |r| get(r, "count") == "100"
            && get(r, "reporter").to_lowercase().contains("shabab")),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .all(|r| !get(r, "article").is_empty() && !get(r, "attack").is_empty())
    );
}

#[test]
fn who_said_what() {
    let rows = run("who_said_what.rq");
    assert!(
        has(&rows, |r| get(r, "speaker") == "Peter Pham"
            && get(r, "quote").starts_with("The attack is more likely")),
        "{rows:#?}"
    );
    assert!(has(&rows, |r| get(r, "channel") == "Twitter"), "{rows:#?}");
    assert!(has(&rows, |r| get(r, "kind") == "reported"), "{rows:#?}");
}

#[test]
fn actors_by_role() {
    let rows = run("actors_by_role.rq");
    assert!(
        has(&rows, |r| get(r, "role") == "perpetrator"
            && get(r, "actor").to_lowercase().contains("shabab")),
        "{rows:#?}"
    );
    assert!(
        has(&rows, |r| get(r, "role") == "speaker"
            && get(r, "type") == "Person"),
        "{rows:#?}"
    );
    assert!(
        has(&rows, |r| get(r, "role") == "source of a figure"),
        "{rows:#?}"
    );
}

#[test]
fn attacks_with_place_date_and_perpetrator() {
    let rows = run("attacks.rq");
    let main: Vec<&Row> = rows.iter().filter(|r| get(r, "cited") == "false").collect();
    assert_eq!(main.len(), 3, "one main attack per article: {rows:#?}");
    assert!(
        main.iter().all(|r| get(r, "place").contains("Nairobi")
            || get(r, "within").contains("Nairobi")
            || get(r, "within").contains("Kenya")),
        "{rows:#?}"
    );
    assert!(
        has(&rows, |r| get(r, "cited") == "true"
            && get(r, "dateText") == "1998"),
        "{rows:#?}"
    );
    assert!(
        has(&rows, |r| get(r, "perpetrators")
            .to_lowercase()
            .contains("shabab")),
        "{rows:#?}"
    );
}

#[test]
fn evidence_for_facts() {
    let rows = run("evidence.rq");
    assert!(rows.len() > 100);
    assert!(
        has(&rows, |r| get(r, "class") == "Casualty"
            && get(r, "words").contains("68")),
        "{rows:#?}"
    );
    assert!(rows.iter().all(
        |r| get(r, "begin").parse::<usize>().unwrap() < get(r, "end").parse::<usize>().unwrap()
    ));
}

#[test]
fn conflicting_figures() {
    let rows = run("conflicting_figures.rq");
    assert!(
        has(&rows, |r| get(r, "kind") == "killed"
            && get(r, "count1") == "59"
            && get(r, "count2") == "100"),
        "{rows:#?}"
    );
}
