//! Each shipped query runs on the example store and returns the rows it promises.

use crate::support::{example_store, fusion_case, root, store_with};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::BTreeMap;

type Row = BTreeMap<String, String>;

fn run(name: &str) -> Vec<Row> {
    run_on(name, &example_store())
}

fn run_on(name: &str, store: &newsgraph::GraphStore) -> Vec<Row> {
    let sparql = std::fs::read_to_string(root().join("queries").join(name)).unwrap();
    assert!(sparql.starts_with('#'), "{name} has no header comment");
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
            "canonical_attacks.rq",
            "casualties_by_source.rq",
            "conflicting_figures.rq",
            "evidence.rq",
            "figure_summary.rq",
            "figures_by_canonical_attack.rq",
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

#[test]
fn canonical_attacks() {
    let rows = run("canonical_attacks.rq");
    assert_eq!(rows.len(), 3, "{rows:#?}");
    let first = &rows[0];
    assert_eq!(get(first, "reports"), "3", "{rows:#?}");
    assert_eq!(get(first, "cited"), "false");
    assert!(get(first, "keys").contains("PlaceKey"), "{first:#?}");
    assert!(
        get(first, "reason").starts_with("fused from 3 reports"),
        "{first:#?}"
    );
    assert!(
        rows[1..]
            .iter()
            .all(|r| get(r, "reports") == "1" && get(r, "cited") == "true"),
        "{rows:#?}"
    );
}

#[test]
fn figures_by_canonical_attack() {
    let rows = run("figures_by_canonical_attack.rq");
    let westgate: Vec<&Row> = rows
        .iter()
        .filter(|r| get(r, "attack").contains("Westgate") && get(r, "kind") == "killed")
        .collect();
    let canonical: BTreeMap<&str, ()> =
        westgate.iter().map(|r| (get(r, "canonical"), ())).collect();
    assert_eq!(canonical.len(), 1, "one canonical attack: {westgate:#?}");
    for (n, who) in [("68", "Red Cross"), ("59", "Lenku"), ("100", "shabab")] {
        assert!(
            westgate.iter().any(|r| get(r, "count") == n
                && get(r, "reporter")
                    .to_lowercase()
                    .contains(&who.to_lowercase())),
            "{n} by {who}: {westgate:#?}"
        );
    }
    let articles: BTreeMap<&str, ()> = westgate.iter().map(|r| (get(r, "article"), ())).collect();
    assert_eq!(
        articles.len(),
        3,
        "figures of all three reports: {westgate:#?}"
    );
    // The canonical reporter name joins the name variants of the three reports.
    assert!(
        westgate
            .iter()
            .filter(|r| get(r, "count") == "59" && !get(r, "reporter").is_empty())
            .all(|r| get(r, "reporter") == "Joseph Ole Lenku"),
        "{westgate:#?}"
    );
}

#[test]
fn figure_summary() {
    let rows = run("figure_summary.rq");
    let killed = rows
        .iter()
        .find(|r| get(r, "attack").contains("Westgate") && get(r, "kind") == "killed")
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert_eq!(get(killed, "highest"), "100", "{killed:#?}");
    assert_eq!(get(killed, "disagree"), "true", "{killed:#?}");
    assert!(
        get(killed, "lowest").parse::<u32>().unwrap() <= 59,
        "{killed:#?}"
    );
    assert_eq!(
        get(killed, "conservative"),
        get(killed, "lowest"),
        "{killed:#?}"
    );
    assert_eq!(
        get(killed, "latest"),
        "",
        "undated articles have no latest figure"
    );
    let injured = rows
        .iter()
        .find(|r| get(r, "attack").contains("Westgate") && get(r, "kind") == "injured")
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert_eq!(get(injured, "disagree"), "false", "{injured:#?}");
    assert_eq!(get(injured, "conservative"), "175");

    // Dated reports: the latest figure and the sources' latest figures.
    let store = store_with(&[fusion_case("granularity")]);
    let rows = run_on("figure_summary.rq", &store);
    let killed = rows
        .iter()
        .find(|r| get(r, "kind") == "killed")
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert_eq!(get(killed, "figures"), "3", "{killed:#?}");
    assert_eq!(get(killed, "lowest"), "23");
    assert_eq!(get(killed, "highest"), "35");
    assert_eq!(get(killed, "latestAsOf"), "2021-03-13");
    assert_eq!(get(killed, "conservative"), "23");
    assert_eq!(get(killed, "disagree"), "true");
}
