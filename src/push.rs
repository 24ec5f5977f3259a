//! `newsgraph push`: sends every named graph of a store to a remote SPARQL 1.1 store,
//! replacing the graph of the same name there.
//!
//! Two ways in, because stores differ in what they open to writers:
//!
//! - the **Graph Store Protocol** (the default): `PUT <url>?graph=<name>` with the graph as
//!   the body. One request per graph, and the store replaces the graph itself.
//! - **SPARQL Update**: `POST <url>` with `DROP SILENT GRAPH <name> ; INSERT DATA { GRAPH
//!   <name> { … } }`, one request per graph, which stores run as one transaction.
//!
//! Every named graph goes, whatever its kind (article graphs and any other a later stage
//! writes), so a push is the whole store. Pushing is idempotent: a failed push is mended by
//! running it again.
//!
//! Transient failures (the connection refused or cut, a timeout, HTTP 408, 425, 429, 502,
//! 503, 504) are retried with exponential back-off, honouring `Retry-After`; any other
//! refusal stops the push at once, with the server's own message.

use crate::export::{Format, write_quads};
use crate::store::{GraphStore, StoreError};
use oxigraph::model::{NamedNode, Quad};
use std::time::{Duration, Instant};

/// How graphs are written to the remote store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PushMethod {
    /// Graph Store Protocol: `PUT url?graph=…`.
    #[default]
    GraphStore,
    /// SPARQL 1.1 Update: `POST url` with `DROP SILENT GRAPH …; INSERT DATA …`.
    Update,
}

/// How to push.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// Graph Store Protocol or SPARQL Update.
    pub method: PushMethod,
    /// Extra headers on every request (`Authorization`, say).
    pub headers: Vec<(String, String)>,
    /// Retries of a graph after a transient failure (0: one attempt).
    pub retries: u32,
    /// The first back-off; it doubles with each retry, up to [`MAX_BACKOFF`].
    pub backoff: Duration,
    /// Time allowed for one request, connection included.
    pub timeout: Duration,
}

impl Default for PushOptions {
    fn default() -> Self {
        Self {
            method: PushMethod::default(),
            headers: Vec::new(),
            retries: 4,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(60),
        }
    }
}

/// The longest wait between two attempts, whatever the back-off or `Retry-After` say.
pub const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// One graph sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pushed {
    /// The graph's name.
    pub graph: NamedNode,
    /// Its triples.
    pub triples: usize,
    /// Bytes of the request body.
    pub bytes: usize,
    /// Attempts it took (1 when the first succeeded).
    pub attempts: u32,
    /// Time from the first attempt to the accepted one.
    pub elapsed: Duration,
}

/// Why a push stopped.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    /// The target is not an http(s) URL.
    #[error("invalid target `{url}`: {reason}")]
    Url {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A header given is not a valid HTTP header.
    #[error("invalid header `{0}` (expected `Name: value`)")]
    Header(String),
    /// Reading the local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing a graph as N-Triples failed.
    #[error("cannot serialise a graph: {0}")]
    Serialize(#[from] crate::export::ExportError),
    /// The remote store refused the graph.
    #[error("{url} refused graph {graph} with HTTP {status}: {message}")]
    Refused {
        /// The request URL.
        url: String,
        /// The graph.
        graph: NamedNode,
        /// The HTTP status.
        status: u16,
        /// The start of the response body.
        message: String,
    },
    /// The remote store could not be reached, even after the retries.
    #[error("cannot send graph {graph} to {url} after {attempts} attempt(s): {message}")]
    Unreachable {
        /// The request URL.
        url: String,
        /// The graph.
        graph: NamedNode,
        /// Attempts made.
        attempts: u32,
        /// The last transport error.
        message: String,
    },
}

/// What one request attempt came to.
enum Outcome {
    Accepted,
    /// Worth another try, after the server's `Retry-After` when it gave one.
    Transient(String, Option<Duration>),
    Refused(u16, String),
}

/// Sends graphs to one remote store.
pub struct Pusher {
    agent: ureq::Agent,
    target: String,
    options: PushOptions,
}

impl Pusher {
    /// A pusher to `target`: the Graph Store Protocol endpoint (Oxigraph's `…/store`,
    /// Fuseki's `…/dataset/data`) or the SPARQL Update endpoint (`…/update`), as
    /// `options.method` says.
    ///
    /// # Errors
    /// When the target is not an http(s) URL or a header is invalid.
    pub fn new(target: &str, options: PushOptions) -> Result<Self, PushError> {
        let invalid = |reason: &str| PushError::Url {
            url: target.to_owned(),
            reason: reason.to_owned(),
        };
        let uri: ureq::http::Uri = target.parse().map_err(|_| invalid("not a URL"))?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.host().is_none() {
            return Err(invalid("expected http://host… or https://host…"));
        }
        for (name, value) in &options.headers {
            let valid = ureq::http::HeaderName::try_from(name.as_str()).is_ok()
                && ureq::http::HeaderValue::try_from(value.as_str()).is_ok();
            if !valid {
                return Err(PushError::Header(format!("{name}: {value}")));
            }
        }
        let agent = ureq::Agent::config_builder()
            // Statuses are outcomes to classify, not errors.
            .http_status_as_error(false)
            // A PUT or POST is not replayed to another address behind the user's back.
            .max_redirects(0)
            .timeout_global(Some(options.timeout))
            .user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Ok(Self {
            agent,
            target: target.to_owned(),
            options,
        })
    }

    /// Replaces the graph `name` of the remote store by `quads` (whose graph names are
    /// ignored), retrying transient failures.
    ///
    /// # Errors
    /// When the store refuses the graph, or stays unreachable through the retries.
    pub fn push_graph(&self, name: &NamedNode, quads: Vec<Quad>) -> Result<Pushed, PushError> {
        let triples = quads.len();
        let mut ntriples = Vec::new();
        write_quads(quads, Format::NTriples, &mut ntriples)?;
        let ntriples = String::from_utf8_lossy(&ntriples).into_owned();
        let (url, media_type, body) = match self.options.method {
            // N-Triples is a subset of Turtle: labelled as Turtle, every store reads it.
            PushMethod::GraphStore => (graph_url(&self.target, name), "text/turtle", ntriples),
            PushMethod::Update => (
                self.target.clone(),
                "application/sparql-update",
                update_text(name, &ntriples),
            ),
        };
        let started = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            match self.attempt(&url, media_type, &body) {
                Outcome::Accepted => {
                    return Ok(Pushed {
                        graph: name.clone(),
                        triples,
                        bytes: body.len(),
                        attempts,
                        elapsed: started.elapsed(),
                    });
                }
                Outcome::Refused(status, message) => {
                    return Err(PushError::Refused {
                        url,
                        graph: name.clone(),
                        status,
                        message,
                    });
                }
                Outcome::Transient(message, retry_after) => {
                    if attempts > self.options.retries {
                        return Err(PushError::Unreachable {
                            url,
                            graph: name.clone(),
                            attempts,
                            message,
                        });
                    }
                    std::thread::sleep(backoff(self.options.backoff, attempts, retry_after));
                }
            }
        }
    }

    fn attempt(&self, url: &str, media_type: &str, body: &str) -> Outcome {
        let request = match self.options.method {
            PushMethod::GraphStore => self.agent.put(url),
            PushMethod::Update => self.agent.post(url),
        };
        let mut request = request.content_type(media_type);
        for (name, value) in &self.options.headers {
            request = request.header(name.as_str(), value.as_str());
        }
        match request.send(body) {
            Ok(mut response) => {
                let status = response.status().as_u16();
                if (200..300).contains(&status) {
                    return Outcome::Accepted;
                }
                let retry_after = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                let text = response
                    .body_mut()
                    .with_config()
                    .limit(64 * 1024)
                    .read_to_string()
                    .unwrap_or_default();
                let mut message: String = text.trim().chars().take(500).collect();
                if message.is_empty() {
                    message = response
                        .status()
                        .canonical_reason()
                        .unwrap_or("no message")
                        .to_owned();
                }
                if let Some(location) = response.headers().get("location") {
                    message = format!(
                        "{message} (redirected to {}: push to that URL)",
                        location.to_str().unwrap_or("?")
                    );
                }
                if is_transient_status(status) {
                    Outcome::Transient(format!("HTTP {status}: {message}"), retry_after)
                } else {
                    Outcome::Refused(status, message)
                }
            }
            Err(err) if is_transient_error(&err) => Outcome::Transient(err.to_string(), None),
            Err(err) => Outcome::Refused(0, err.to_string()),
        }
    }
}

/// Statuses that say "not now" rather than "no".
fn is_transient_status(status: u16) -> bool {
    matches!(status, 408 | 425 | 429 | 502 | 503 | 504)
}

/// Transport errors worth another try: the server may be starting, restarting or
/// overloaded. A host name that does not resolve is taken as a typo and fails at once.
fn is_transient_error(err: &ureq::Error) -> bool {
    matches!(
        err,
        ureq::Error::Io(_) | ureq::Error::Timeout(_) | ureq::Error::ConnectionFailed
    )
}

/// The wait before attempt `attempts + 1`: `Retry-After` when given, else `first` doubled
/// per retry; never over [`MAX_BACKOFF`].
fn backoff(first: Duration, attempts: u32, retry_after: Option<Duration>) -> Duration {
    let doubled = first.saturating_mul(1 << attempts.saturating_sub(1).min(16));
    retry_after.unwrap_or(doubled).min(MAX_BACKOFF)
}

/// `target` with `graph=<name>` added to its query string.
fn graph_url(target: &str, name: &NamedNode) -> String {
    let encoded: String = form_urlencoded::byte_serialize(name.as_str().as_bytes()).collect();
    let (base, fragment) = match target.split_once('#') {
        Some((base, fragment)) => (base, Some(fragment)),
        None => (target, None),
    };
    let separator = if !base.contains('?') {
        "?"
    } else if base.ends_with(['?', '&']) {
        ""
    } else {
        "&"
    };
    let mut url = format!("{base}{separator}graph={encoded}");
    if let Some(fragment) = fragment {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

/// The update replacing graph `name` by the N-Triples `ntriples` (valid inside `INSERT
/// DATA`: N-Triples terms are SPARQL terms, and there are no blank nodes).
fn update_text(name: &NamedNode, ntriples: &str) -> String {
    format!("DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{ntriples}}} }}\n")
}

/// Pushes every named graph of `store`, in name order, calling `on_graph` after each; stops
/// at the first graph that cannot be sent.
///
/// # Errors
/// When reading the store fails or a graph cannot be sent (the graphs before it are sent).
pub fn push_store(
    store: &GraphStore,
    pusher: &Pusher,
    mut on_graph: impl FnMut(&Pushed),
) -> Result<Vec<Pushed>, PushError> {
    let mut pushed = Vec::new();
    for name in store.graph_names()? {
        let quads: Vec<Quad> = store.graph_quads(name.as_ref()).collect::<Result<_, _>>()?;
        let sent = pusher.push_graph(&name, quads)?;
        on_graph(&sent);
        pushed.push(sent);
    }
    Ok(pushed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal};

    fn name() -> NamedNode {
        NamedNode::new("urn:uuid:8dff18a4-6344-5130-ab0d-fee0721aa91c").unwrap()
    }

    #[test]
    fn graph_urls_keep_the_targets_own_parameters() {
        let g = "graph=urn%3Auuid%3A8dff18a4-6344-5130-ab0d-fee0721aa91c";
        let cases = [
            ("http://h:7878/store", format!("http://h:7878/store?{g}")),
            ("http://h/ds/data?x=1", format!("http://h/ds/data?x=1&{g}")),
            ("http://h/ds/data?", format!("http://h/ds/data?{g}")),
            ("http://h/s#frag", format!("http://h/s?{g}#frag")),
        ];
        for (target, expected) in cases {
            assert_eq!(graph_url(target, &name()), expected);
        }
    }

    #[test]
    fn the_update_parses_and_replaces_the_graph() {
        let quads = vec![Quad::new(
            NamedNode::new("urn:x:s").unwrap(),
            NamedNode::new("urn:x:p").unwrap(),
            Literal::new_language_tagged_literal("say \"hi\"\n", "en").unwrap(),
            GraphName::DefaultGraph,
        )];
        let mut nt = Vec::new();
        write_quads(quads, Format::NTriples, &mut nt).unwrap();
        let text = update_text(&name(), std::str::from_utf8(&nt).unwrap());
        let store = GraphStore::in_memory().unwrap();
        store.update(&text).unwrap();
        store.update(&text).unwrap();
        assert_eq!(
            store.graph_quads(name().as_ref()).count(),
            1,
            "replaced, not added"
        );
    }

    #[test]
    fn back_off_doubles_up_to_the_cap_and_follows_retry_after() {
        let first = Duration::from_millis(500);
        let waits: Vec<u64> = (1..=5)
            .map(|n| backoff(first, n, None).as_millis().try_into().unwrap())
            .collect();
        assert_eq!(waits, [500, 1000, 2000, 4000, 8000]);
        assert_eq!(backoff(first, 40, None), MAX_BACKOFF);
        assert_eq!(
            backoff(first, 1, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(
            backoff(first, 1, Some(Duration::from_secs(3600))),
            MAX_BACKOFF
        );
    }

    #[test]
    fn only_not_now_statuses_are_retried() {
        for status in [408, 429, 502, 503, 504] {
            assert!(is_transient_status(status), "{status}");
        }
        for status in [400, 401, 403, 404, 405, 415, 500] {
            assert!(!is_transient_status(status), "{status}");
        }
    }

    #[test]
    fn targets_must_be_http_urls_and_headers_valid() {
        let options = PushOptions::default;
        assert!(Pusher::new("http://127.0.0.1:7878/store", options()).is_ok());
        assert!(Pusher::new("https://db.example.org/sparql", options()).is_ok());
        for bad in ["127.0.0.1:7878/store", "ftp://h/x", "not a url", "http://"] {
            assert!(
                matches!(Pusher::new(bad, options()), Err(PushError::Url { .. })),
                "{bad}"
            );
        }
        let bad_header = PushOptions {
            headers: vec![("Bad Name".into(), "x".into())],
            ..options()
        };
        assert!(matches!(
            Pusher::new("http://h/store", bad_header),
            Err(PushError::Header(_))
        ));
    }

    #[test]
    fn an_unreachable_store_is_retried_then_reported() {
        // A port nobody listens on: bind one, learn its number, close it.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let pusher = Pusher::new(
            &format!("http://127.0.0.1:{port}/store"),
            PushOptions {
                retries: 2,
                backoff: Duration::from_millis(1),
                ..PushOptions::default()
            },
        )
        .unwrap();
        match pusher.push_graph(&name(), Vec::new()) {
            Err(PushError::Unreachable { attempts, .. }) => assert_eq!(attempts, 3),
            other => panic!("{other:?}"),
        }
    }
}
