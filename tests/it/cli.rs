//! The command line end to end: ingest, export, query, stats, bad input, pipes.

use crate::support::{examples, newsgraph, stderr, stdout};
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn ingest_twice_gives_identical_exports() {
    let dir = tempfile::tempdir().unwrap();
    let ex = examples();
    let ex = ex.to_str().unwrap();
    let first = newsgraph(&["ingest", "--store", "a.db", ex], dir.path());
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("ingested 3 articles (0 failed)"),
        "{}",
        stderr(&first)
    );
    for format in ["turtle", "nquads", "trig", "ntriples", "rdfxml", "jsonld"] {
        let before = newsgraph(
            &["export", "--store", "a.db", "--format", format],
            dir.path(),
        );
        assert!(before.status.success(), "{}", stderr(&before));
        let again = newsgraph(&["ingest", "--quiet", "--store", "a.db", ex], dir.path());
        assert!(again.status.success());
        let after = newsgraph(
            &["export", "--store", "a.db", "--format", format],
            dir.path(),
        );
        assert_eq!(
            before.stdout, after.stdout,
            "{format} export changed after re-ingest"
        );
        assert!(!before.stdout.is_empty());
    }
    // A second store built in another order holds the same bytes.
    let files: Vec<String> = std::fs::read_dir(ex)
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_owned())
        .collect();
    let mut reversed = files.clone();
    reversed.sort();
    reversed.reverse();
    let mut args = vec!["ingest", "--quiet", "--store", "b.db"];
    args.extend(reversed.iter().map(String::as_str));
    assert!(newsgraph(&args, dir.path()).status.success());
    let a = newsgraph(
        &["export", "--store", "a.db", "--format", "nquads"],
        dir.path(),
    );
    let b = newsgraph(
        &["export", "--store", "b.db", "--format", "nquads"],
        dir.path(),
    );
    assert_eq!(a.stdout, b.stdout, "ingest order changed the export");
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    std::fs::write(p.join("latin1.txt"), b"Caf\xe9 bombing in the capital").unwrap();
    std::fs::write(
        p.join("wire.jsonl"),
        "{\"id\": \"good-1\", \"text\": \"Gunmen attacked a market, killing five people, police said.\"}\n\
         {\"id\": \"broken\", \"text\": \"unterminated\n\
         {\"id\": \"good-2\", \"text\": \"A bomb exploded at a bus station, wounding 12 people.\"}\n",
    )
    .unwrap();
    let out = newsgraph(
        &[
            "ingest",
            "--store",
            "s.db",
            "binary.txt",
            "latin1.txt",
            "wire.jsonl",
            "missing.txt",
        ],
        p,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("binary.txt") && err.contains("binary data"),
        "{err}"
    );
    assert!(
        err.contains("latin1.txt") && err.contains("not UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("wire.jsonl:2") && err.contains("malformed JSON"),
        "{err}"
    );
    assert!(err.contains("missing.txt"), "{err}");
    assert!(err.contains("ingested 2 articles (4 failed)"), "{err}");
    let ids = newsgraph(
        &[
            "query",
            "--store",
            "s.db",
            "--results",
            "csv",
            "SELECT ?id WHERE { ?a a ng:Article ; dct:identifier ?id } ORDER BY ?id",
        ],
        p,
    );
    assert!(ids.status.success(), "{}", stderr(&ids));
    assert_eq!(stdout(&ids).replace('\r', ""), "id\ngood-1\ngood-2\n");
}

#[test]
fn query_formats_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let ex = examples();
    assert!(
        newsgraph(
            &["ingest", "--quiet", "--store", "s.db", ex.to_str().unwrap()],
            dir.path()
        )
        .status
        .success()
    );
    let ask = newsgraph(
        &[
            "query",
            "--store",
            "s.db",
            "--results",
            "json",
            "ASK { ?a a ng:Attack }",
        ],
        dir.path(),
    );
    assert!(
        stdout(&ask).contains("\"boolean\":true"),
        "{}",
        stdout(&ask)
    );
    let table = newsgraph(
        &[
            "query",
            "--store",
            "s.db",
            "--results",
            "table",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a a ng:Article }",
        ],
        dir.path(),
    );
    assert!(
        stdout(&table).contains("(1 row)") && stdout(&table).lines().any(|l| l.trim() == "3"),
        "{}",
        stdout(&table)
    );
    let xml = newsgraph(
        &[
            "query",
            "--store",
            "s.db",
            "--results",
            "xml",
            "SELECT ?a WHERE { ?a a ng:Article } LIMIT 1",
        ],
        dir.path(),
    );
    assert!(stdout(&xml).contains("<sparql"), "{}", stdout(&xml));
    let construct = newsgraph(
        &[
            "query",
            "--store",
            "s.db",
            "CONSTRUCT { ?a a ng:Attack } WHERE { ?a a ng:Attack }",
        ],
        dir.path(),
    );
    assert!(
        stdout(&construct).contains("a ng:Attack"),
        "{}",
        stdout(&construct)
    );
    let bad = newsgraph(&["query", "--store", "s.db", "SELECT WHERE {"], dir.path());
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("malformed query"), "{}", stderr(&bad));
    let missing = newsgraph(&["query", "--store", "nowhere.db", "ASK {}"], dir.path());
    assert!(
        stderr(&missing).contains("no store at nowhere.db"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn export_to_a_file_and_one_article() {
    let dir = tempfile::tempdir().unwrap();
    let ex = examples();
    assert!(
        newsgraph(
            &["ingest", "--quiet", "--store", "s.db", ex.to_str().unwrap()],
            dir.path()
        )
        .status
        .success()
    );
    let out = newsgraph(
        &[
            "export",
            "--store",
            "s.db",
            "--format",
            "trig",
            "--article",
            "001_ceb287e282cf059d",
            "--output",
            "one.trig",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let trig = std::fs::read_to_string(dir.path().join("one.trig")).unwrap();
    assert!(trig.contains("001_ceb287e282cf059d") && !trig.contains("000_9fc0760624e66e9f"));
    let none = newsgraph(
        &["export", "--store", "s.db", "--article", "nope"],
        dir.path(),
    );
    assert!(!none.status.success() && stderr(&none).contains("no article `nope`"));
    let stats = newsgraph(&["stats", "--store", "s.db"], dir.path());
    assert!(
        stdout(&stats).contains("ng:Attack") && stdout(&stats).contains("002_c371cda573db0721"),
        "{}",
        stdout(&stats)
    );
}

#[test]
fn extract_streams_rdf_without_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["extract", "--format", "turtle", "-"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Gunmen stormed a hotel in Mogadishu, killing 12 people, police said.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let ttl = String::from_utf8(out.stdout).unwrap();
    assert!(
        ttl.contains("a ng:Attack") && ttl.contains("\"stdin\""),
        "{ttl}"
    );
    assert!(
        !dir.path().join("newsgraph.db").exists(),
        "extract must not create a store"
    );
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let ex = examples();
    assert!(
        newsgraph(
            &["ingest", "--quiet", "--store", "s.db", ex.to_str().unwrap()],
            dir.path()
        )
        .status
        .success()
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["export", "--store", "s.db", "--format", "ntriples"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn help_has_examples_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in [
        "ingest", "extract", "query", "export", "stats", "ontology", "fuse",
    ] {
        let out = newsgraph(&[cmd, "--help"], dir.path());
        assert!(out.status.success());
        assert!(
            stdout(&out).contains("Example"),
            "{cmd} --help has no example"
        );
    }
    let ontology = newsgraph(&["ontology"], dir.path());
    assert!(stdout(&ontology).contains("ng:Casualty"));
}
