//! `newsgraph serve` and `newsgraph push` as processes on loopback: one server answers
//! queries over a store of the examples; `push --update` copies that store into a second
//! server started with an update token, and the copy is checked through its endpoint.

use crate::support::{examples, stderr};
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A server process, killed when dropped (a failing test included).
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `newsgraph serve` and waits for its "serving" line (printed once it listens).
fn serve(store: &Path, extra: &[&str]) -> Server {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["serve", "--quiet", "--store"])
        .arg(store)
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    assert!(first.starts_with("serving "), "{first}");
    // Keep reading stderr so that the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    server
}

fn ingest(dir: &Path, name: &str, input: &Path) -> std::path::PathBuf {
    let store = dir.join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["ingest", "--quiet", "--store"])
        .arg(&store)
        .arg(input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    store
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .new_agent()
}

fn select_count(base: &str, query: &str) -> u64 {
    let mut response = agent()
        .post(format!("{base}/query"))
        .header("Accept", "application/sparql-results+json")
        .content_type("application/sparql-query")
        .send(query)
        .unwrap();
    assert_eq!(response.status(), 200);
    let json: serde_json::Value =
        serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap();
    json["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn serve_answers_and_push_copies_a_store_into_another_server() {
    let dir = tempfile::tempdir().unwrap();
    let source = ingest(dir.path(), "source.db", &examples());
    let target = ingest(
        dir.path(),
        "target.db",
        &examples().join("002_c371cda573db0721.txt"),
    );
    let server = serve(&source, &[]);
    let all = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let triples = select_count(&server.base, all);
    assert!(triples > 1000, "{triples}");
    // Three article graphs and the fusion graph.
    let graphs = select_count(
        &server.base,
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    );
    assert_eq!(graphs, 4);

    // Read-only: even a well-formed update is refused.
    let refused = agent()
        .post(format!("{}/update", server.base))
        .content_type("application/sparql-update")
        .send("DROP ALL")
        .unwrap();
    assert_eq!(refused.status(), 403);
    assert_eq!(select_count(&server.base, all), triples);

    let token = "integration-test-token";
    let sink = serve(
        &target,
        &[
            "--allow-update",
            "--update-token",
            token,
            "--timeout",
            "10s",
        ],
    );
    let before = select_count(&sink.base, all);
    assert!(before < triples);
    let push = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["push", "--update", "--store"])
            .arg(&source)
            .args(["--to", &format!("{}/update", sink.base)])
            .args(extra)
            .output()
            .unwrap()
    };
    let unauthorised = push(&["--retries", "0"]);
    assert!(!unauthorised.status.success());
    assert!(
        stderr(&unauthorised).contains("HTTP 401"),
        "{}",
        stderr(&unauthorised)
    );
    assert_eq!(select_count(&sink.base, all), before);

    let auth = format!("Authorization: Bearer {token}");
    for _ in 0..2 {
        let pushed = push(&["--header", &auth]);
        assert!(pushed.status.success(), "{}", stderr(&pushed));
        assert!(
            stderr(&pushed).contains(&format!("pushed {graphs} graphs, {triples} triples")),
            "{}",
            stderr(&pushed)
        );
        // The article the target held is replaced, not doubled: the copy equals the source.
        assert_eq!(select_count(&sink.base, all), triples);
    }
}
