//! The endpoint's HTTP behaviour, driven through `Endpoint::handle` without sockets, over
//! the example articles.

use super::*;
use crate::{Inputs, IriMinter, extract, to_quads};
use std::sync::OnceLock;

const ATTACKS: &str = "SELECT ?a WHERE { ?a a ng:Attack }";
/// Every triple with every triple with every triple: billions of rows, far beyond any
/// timeout.
const HEAVY: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

fn example_store() -> GraphStore {
    let store = GraphStore::in_memory().unwrap();
    let minter = IriMinter::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/westgate");
    for article in Inputs::new([dir]) {
        let article = article.unwrap();
        store
            .replace_graph(&to_quads(&article, &extract(&article), &minter))
            .unwrap();
    }
    crate::fuse(&store, &minter).unwrap();
    store
}

fn endpoint_with(limits: Limits, token: Option<&str>) -> Endpoint {
    Endpoint::new(
        example_store(),
        ServeOptions {
            limits,
            update_token: token.map(str::to_owned),
            access_log: None,
        },
    )
}

fn endpoint() -> &'static Endpoint {
    static ENDPOINT: OnceLock<Endpoint> = OnceLock::new();
    ENDPOINT.get_or_init(|| endpoint_with(Limits::default(), None))
}

fn encode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

struct Answer {
    status: u16,
    media_type: String,
    headers: oxhttp::model::HeaderMap,
    body: String,
}

fn send(endpoint: &Endpoint, request: Request<Body>) -> Answer {
    let mut request = request;
    let response = endpoint.handle(&mut request);
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let media_type = headers
        .get(CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = response.into_body().to_string().unwrap();
    Answer {
        status,
        media_type,
        headers,
        body,
    }
}

fn get(endpoint: &Endpoint, uri: &str, accept: Option<&str>) -> Answer {
    let mut builder = Request::builder().uri(format!("http://localhost{uri}"));
    if let Some(accept) = accept {
        builder = builder.header(ACCEPT, accept);
    }
    send(endpoint, builder.body(Body::empty()).unwrap())
}

fn post(
    endpoint: &Endpoint,
    uri: &str,
    media_type: &str,
    body: &str,
    auth: Option<&str>,
) -> Answer {
    let mut builder = Request::builder()
        .method(Method::POST)
        .uri(format!("http://localhost{uri}"))
        .header(CONTENT_TYPE, media_type);
    if let Some(auth) = auth {
        builder = builder.header(AUTHORIZATION, auth);
    }
    send(endpoint, builder.body(Body::from(body.to_owned())).unwrap())
}

fn json_rows(answer: &Answer) -> usize {
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    json["results"]["bindings"].as_array().unwrap().len()
}

#[test]
fn the_three_request_forms_give_the_same_rows() {
    let e = endpoint();
    let by_get = get(e, &format!("/query?query={}", encode(ATTACKS)), None);
    assert_eq!(by_get.status, 200, "{}", by_get.body);
    assert_eq!(by_get.media_type, "application/sparql-results+json");
    let rows = json_rows(&by_get);
    assert!(rows >= 3, "{}", by_get.body);
    let by_form = post(
        e,
        "/query",
        "application/x-www-form-urlencoded",
        &format!("query={}", encode(ATTACKS)),
        None,
    );
    assert_eq!(by_form.status, 200, "{}", by_form.body);
    assert_eq!(json_rows(&by_form), rows);
    let direct = post(
        e,
        "/query",
        "application/sparql-query; charset=utf-8",
        ATTACKS,
        None,
    );
    assert_eq!(direct.status, 200, "{}", direct.body);
    assert_eq!(json_rows(&direct), rows);
    assert_eq!(
        by_get.headers.get(ACCESS_CONTROL_ALLOW_ORIGIN).unwrap(),
        "*"
    );
}

#[test]
fn results_follow_the_accept_header_and_the_format_parameter() {
    let e = endpoint();
    let uri = format!("/query?query={}", encode(ATTACKS));
    for (accept, media_type, marker) in [
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            "<sparql",
        ),
        ("text/csv", "text/csv", "a\r\n"),
        (
            "text/tab-separated-values",
            "text/tab-separated-values",
            "?a\n",
        ),
        (
            "application/json",
            "application/sparql-results+json",
            "\"bindings\"",
        ),
    ] {
        let answer = get(e, &uri, Some(accept));
        assert_eq!(answer.status, 200, "{accept}: {}", answer.body);
        assert!(
            answer.media_type.starts_with(media_type),
            "{accept}: {}",
            answer.media_type
        );
        assert!(
            answer.body.starts_with(marker) || answer.body.contains(marker),
            "{accept}: {}",
            answer.body
        );
    }
    let csv = get(e, &format!("{uri}&format=csv"), Some("application/json"));
    assert!(csv.media_type.starts_with("text/csv"), "{}", csv.media_type);
    let refused = get(e, &uri, Some("image/png"));
    assert_eq!(refused.status, 406);
    assert!(refused.body.contains("text/csv"), "{}", refused.body);
    let ask = get(
        e,
        &format!("/query?query={}", encode("ASK { ?a a ng:Attack }")),
        None,
    );
    assert!(ask.body.contains("true"), "{}", ask.body);
}

#[test]
fn graphs_come_in_every_format_with_compact_json_ld() {
    let e = endpoint();
    let uri = format!(
        "/query?query={}",
        encode(
            "CONSTRUCT { ?a a ng:Attack ; ng:perpetrator ?p } WHERE { ?a a ng:Attack ; ng:perpetrator ?p }"
        )
    );
    for format in Format::ALL {
        let answer = get(e, &uri, Some(format.media_type()));
        assert_eq!(answer.status, 200, "{format}: {}", answer.body);
        assert_eq!(answer.media_type, format.media_type());
        assert!(!answer.body.is_empty());
    }
    let jsonld = get(e, &uri, Some("application/ld+json"));
    let json: serde_json::Value = serde_json::from_str(&jsonld.body).unwrap();
    let first = &json["@graph"][0];
    assert_eq!(first["@type"], "Attack", "{first}");
    assert!(first.get("perpetrator").is_some(), "compact keys: {first}");
    assert_eq!(get(e, &uri, None).media_type, "text/turtle");
}

#[test]
fn a_malformed_query_gets_400_with_the_parser_message() {
    let answer = get(
        endpoint(),
        &format!("/query?query={}", encode("SELECT ?x WHERE { ?x ")),
        None,
    );
    assert_eq!(answer.status, 400);
    assert!(answer.media_type.starts_with("text/plain"));
    assert!(
        answer.body.starts_with("malformed query: "),
        "{}",
        answer.body
    );
    // The parser's own words, with where it stopped.
    assert!(answer.body.contains("1:"), "{}", answer.body);
    let missing = get(endpoint(), "/query", None);
    assert_eq!(missing.status, 400);
    assert!(missing.body.contains("no query"), "{}", missing.body);
    let wrong_type = post(endpoint(), "/query", "text/plain", ATTACKS, None);
    assert_eq!(wrong_type.status, 415);
}

#[test]
fn a_heavy_query_is_cancelled_at_the_timeout_and_the_next_one_runs() {
    let limits = Limits {
        timeout: Duration::from_millis(300),
        max_running: 2,
        ..Limits::default()
    };
    let e = endpoint_with(limits, None);
    let heavy = get(&e, &format!("/query?query={}", encode(HEAVY)), None);
    assert_eq!(heavy.status, 503, "{}", heavy.body);
    assert!(heavy.body.contains("--timeout"), "{}", heavy.body);
    // The server answers the next query, though the cancelled one may still be stopping.
    let next = get(&e, &format!("/query?query={}", encode(ATTACKS)), None);
    assert_eq!(next.status, 200, "{}", next.body);
    // And it does stop: its thread ends (bounded wait, not a timing assertion).
    for _ in 0..600 {
        if e.inner.slots.counts() == (0, 0) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "the cancelled query never stopped: {:?}",
        e.inner.slots.counts()
    );
}

#[test]
fn stopping_queries_past_the_limit_turn_new_ones_away() {
    let slots = Slots::default();
    let deadline = Instant::now() + Duration::from_secs(60);
    let first = slots.acquire(1, deadline).unwrap();
    slots.abandon(&first);
    assert_eq!(slots.counts(), (0, 1));
    let refused = slots.acquire(1, deadline).unwrap_err();
    assert!(refused.message().contains("still stopping"), "{refused:?}");
    slots.release(&first);
    let second = slots.acquire(1, deadline).unwrap();
    // A query that finished before its deadline is not abandoned afterwards.
    slots.release(&second);
    slots.abandon(&second);
    assert_eq!(slots.counts(), (0, 0));
    // A full house past the deadline is refused rather than waited for forever.
    let held = slots.acquire(1, deadline).unwrap();
    let late = slots.acquire(1, Instant::now()).unwrap_err();
    assert!(late.message().contains("stayed busy"), "{late:?}");
    slots.release(&held);
}

#[test]
fn a_result_over_the_limit_is_refused_whole() {
    let limits = Limits {
        max_results: 5,
        ..Limits::default()
    };
    let e = endpoint_with(limits, None);
    let answer = get(
        &e,
        &format!("/query?query={}", encode("SELECT * WHERE { ?s ?p ?o }")),
        None,
    );
    assert_eq!(answer.status, 503);
    assert!(answer.body.contains("more than 5"), "{}", answer.body);
    let small = get(
        &e,
        &format!(
            "/query?query={}",
            encode("SELECT * WHERE { ?s ?p ?o } LIMIT 5")
        ),
        None,
    );
    assert_eq!(small.status, 200);
    assert_eq!(json_rows(&small), 5);
    let graph = get(
        &e,
        &format!("/query?query={}", encode("CONSTRUCT WHERE { ?s ?p ?o }")),
        None,
    );
    assert_eq!(graph.status, 503);
    assert_eq!(get(&e, "/store?default", None).status, 503);
}

#[test]
fn updates_need_the_flag_and_the_token() {
    let insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"o\" } }";
    let read_only = post(
        endpoint(),
        "/update",
        "application/sparql-update",
        insert,
        Some("Bearer anything"),
    );
    assert_eq!(read_only.status, 403);
    assert!(
        read_only.body.contains("--allow-update"),
        "{}",
        read_only.body
    );
    // Queries cannot smuggle an update in.
    let as_query = get(
        endpoint(),
        &format!("/query?query={}", encode(insert)),
        None,
    );
    assert_eq!(as_query.status, 400);

    let e = endpoint_with(Limits::default(), Some("s3cret-token"));
    let count = |e: &Endpoint| {
        let answer = get(
            e,
            &format!(
                "/query?query={}",
                encode("SELECT * WHERE { GRAPH <urn:x:g> { ?s ?p ?o } }")
            ),
            None,
        );
        json_rows(&answer)
    };
    for auth in [
        None,
        Some("Bearer wrong"),
        Some("Basic czNjcmV0LXRva2Vu"),
        Some("Bearer"),
    ] {
        let refused = post(&e, "/update", "application/sparql-update", insert, auth);
        assert_eq!(refused.status, 401, "{auth:?}");
        assert!(refused.headers.get(WWW_AUTHENTICATE).is_some());
    }
    assert_eq!(count(&e), 0);
    let accepted = post(
        &e,
        "/update",
        "application/sparql-update",
        insert,
        Some("Bearer s3cret-token"),
    );
    assert_eq!(accepted.status, 204, "{}", accepted.body);
    assert_eq!(count(&e), 1);
    let form = post(
        &e,
        "/update",
        "application/x-www-form-urlencoded",
        &format!("update={}", encode("DROP GRAPH <urn:x:g>")),
        Some("bearer s3cret-token"),
    );
    assert_eq!(form.status, 204, "{}", form.body);
    assert_eq!(count(&e), 0);
    let bad = post(
        &e,
        "/update",
        "application/sparql-update",
        "INSERT NONSENSE",
        Some("Bearer s3cret-token"),
    );
    assert_eq!(bad.status, 400);
}

#[test]
fn the_graph_store_reads_one_graph_the_default_graph_or_the_dataset() {
    let e = endpoint();
    let names = e.inner.store.graph_names().unwrap();
    let name = names[0].as_str();
    let one = get(
        e,
        &format!("/store?graph={}", encode(name)),
        Some("application/n-triples"),
    );
    assert_eq!(one.status, 200, "{}", one.body);
    let expected = e.inner.store.graph_quads(names[0].as_ref()).count();
    assert_eq!(one.body.lines().count(), expected);
    let union = get(e, "/store?default", Some("application/n-triples"));
    assert!(union.body.lines().count() > expected);
    let dataset = get(e, "/store", None);
    assert_eq!(dataset.media_type, "application/trig");
    assert!(
        dataset.body.contains(&format!("<{name}> {{")),
        "named graphs kept"
    );
    assert_eq!(get(e, "/store?graph=urn:x:none", None).status, 404);
    assert_eq!(get(e, "/store?graph=not%20an%20iri", None).status, 400);
    let put = send(
        e,
        Request::builder()
            .method(Method::PUT)
            .uri("http://localhost/store?default")
            .body(Body::empty())
            .unwrap(),
    );
    assert_eq!(put.status, 405);
}

#[test]
fn protocol_dataset_parameters_replace_the_union() {
    let e = endpoint();
    let names = e.inner.store.graph_names().unwrap();
    let q = encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    let count = |uri: String| -> u64 {
        let answer = get(e, &uri, None);
        assert_eq!(answer.status, 200, "{}", answer.body);
        let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        json["results"]["bindings"][0]["n"]["value"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    let one = count(format!(
        "/query?query={q}&default-graph-uri={}",
        encode(names[0].as_str())
    ));
    let expected = e.inner.store.graph_quads(names[0].as_ref()).count() as u64;
    assert_eq!(one, expected);
    assert!(count(format!("/query?query={q}")) > one);
}

#[test]
fn the_page_and_its_examples_are_served() {
    let e = endpoint();
    let page = get(e, "/", Some("text/html"));
    assert_eq!(page.status, 200);
    assert!(page.media_type.starts_with("text/html"));
    assert!(page.headers.get("content-security-policy").is_some());
    let js = get(e, "/assets/app.js", None);
    assert!(js.media_type.starts_with("text/javascript"));
    let examples = get(e, "/examples.json", None);
    let json: serde_json::Value = serde_json::from_str(&examples.body).unwrap();
    assert_eq!(json.as_array().unwrap().len(), page::EXAMPLES.len());
    assert_eq!(get(e, "/nowhere", None).status, 404);
    let preflight = send(
        e,
        Request::builder()
            .method(Method::OPTIONS)
            .uri("http://localhost/query")
            .body(Body::empty())
            .unwrap(),
    );
    assert_eq!(preflight.status, 204);
    assert!(
        preflight
            .headers
            .get(ACCESS_CONTROL_ALLOW_METHODS)
            .unwrap()
            .to_str()
            .unwrap()
            .contains("POST")
    );
    assert_eq!(
        preflight.headers.get(ACCESS_CONTROL_ALLOW_ORIGIN).unwrap(),
        "*"
    );
}

#[test]
fn every_example_query_runs_on_the_endpoint() {
    for (name, query) in page::EXAMPLES {
        let answer = post(
            endpoint(),
            "/query",
            "application/sparql-query",
            query,
            None,
        );
        assert_eq!(answer.status, 200, "{name}: {}", answer.body);
        assert!(json_rows(&answer) > 0, "{name} has rows");
    }
}
