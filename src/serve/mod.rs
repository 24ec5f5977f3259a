//! `newsgraph serve`: a SPARQL 1.1 Protocol endpoint, the Graph Store Protocol for reading
//! and a query page, over a [`GraphStore`].
//!
//! | path | what |
//! |---|---|
//! | `/` | the query page (`/assets/…` its bundle, `/examples.json` the queries of `queries/`) |
//! | `/query` | SPARQL queries: `GET ?query=`, `POST` form-encoded or `application/sparql-query` |
//! | `/update` | SPARQL updates, refused unless the endpoint was given an update token |
//! | `/store` | Graph Store Protocol, reading only: `?graph=IRI`, `?default`, or the dataset |
//!
//! The default graph of a query (and `/store?default`) is the union of all graphs, as on
//! the command line.
//!
//! Every result is serialised into memory before the status line is written. That costs the
//! memory of one result (bounded by [`Limits::max_results`]) and buys honest status codes: a
//! result over the size limit, a timeout or an evaluation error half-way through becomes an
//! error document, never a 200 with a truncated body.
//!
//! Queries run on their own thread, cancelled through Oxigraph's cancellation token when
//! they pass [`Limits::timeout`]. The answer (503) goes out at the deadline, whatever the
//! query is doing. The thread stops at the evaluator's next look at the token: Oxigraph
//! looks whenever it reads the store, which for most queries is within milliseconds, but a
//! cross product of three or more unrelated patterns combines rows in memory for a long
//! while between reads. So a cancelled query gives its slot to the next one at once, yet
//! counts among the "stopping" ones until its thread has ended, and while
//! [`Limits::max_running`] of them are stopping new queries are refused: a burst of
//! pathological queries costs CPU for a while, never the server.

mod negotiate;
mod page;

use crate::export::{Format, write_quads};
use crate::store::{Dataset, GraphStore, StoreError, evaluator};
use oxhttp::model::header::{
    ACCEPT, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_MAX_AGE, ALLOW, AUTHORIZATION, CACHE_CONTROL,
    CONTENT_TYPE, HeaderName, HeaderValue, RETRY_AFTER, VARY, WWW_AUTHENTICATE,
};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxhttp::{ListeningServer, Server};
use oxigraph::model::{GraphName, NamedNode, Quad};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use sha2::{Digest, Sha256};
use std::io::{self, Read};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, mpsc};
use std::time::{Duration, Instant};

/// The address `serve` listens on unless told otherwise: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:7879";

/// What one request may cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock time a query may run before it is cancelled (HTTP 503).
    pub timeout: Duration,
    /// Solutions (or triples, or quads for `/store`) one response may hold (HTTP 503 past it).
    pub max_results: usize,
    /// Queries evaluated at once; more wait for a slot, within their timeout. Also the number
    /// of cancelled queries that may still be stopping before new ones are refused (HTTP 503
    /// with `Retry-After`).
    pub max_running: usize,
    /// Bytes of a request body (HTTP 413 past it).
    pub max_request_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(30),
            max_results: 100_000,
            max_running: std::thread::available_parallelism()
                .map_or(2, std::num::NonZero::get)
                .max(2),
            max_request_bytes: 32 << 20,
        }
    }
}

/// One answered request, for an access log.
#[derive(Debug, Clone)]
pub struct AccessRecord {
    /// The HTTP method.
    pub method: String,
    /// The path, without the query string (which may hold a long query).
    pub path: String,
    /// The status sent.
    pub status: u16,
    /// Bytes of the response body.
    pub bytes: usize,
    /// Time from the request's arrival to the response.
    pub elapsed: Duration,
}

/// A callback given every answered request.
pub type AccessLog = Box<dyn Fn(&AccessRecord) + Send + Sync>;

/// How the endpoint behaves.
#[derive(Default)]
pub struct ServeOptions {
    /// Limits on each request.
    pub limits: Limits,
    /// When set, `/update` accepts updates carrying `Authorization: Bearer <token>`; when
    /// `None` the endpoint is read-only. The store must then be open for writing.
    pub update_token: Option<String>,
    /// Called after each request.
    pub access_log: Option<AccessLog>,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// No address to listen on.
    #[error("no address to listen on")]
    NoAddress,
    /// An address could not be bound.
    #[error("cannot listen on {addrs}: {source}")]
    Bind {
        /// The addresses asked for.
        addrs: String,
        /// The cause.
        source: io::Error,
    },
}

/// The SPARQL endpoint over one store; cheap to clone, shared by the connection threads.
#[derive(Clone)]
pub struct Endpoint {
    inner: Arc<Inner>,
}

struct Inner {
    store: GraphStore,
    limits: Limits,
    /// SHA-256 of the update token: comparing digests takes the same time whatever the guess.
    token_digest: Option<[u8; 32]>,
    slots: Slots,
    access_log: Option<AccessLog>,
}

/// A running server; [`Listening::join`] blocks while it serves.
pub struct Listening {
    server: ListeningServer,
    addrs: Vec<SocketAddr>,
}

impl Listening {
    /// The addresses it listens on.
    #[must_use]
    pub fn addrs(&self) -> &[SocketAddr] {
        &self.addrs
    }

    /// Serves until the process ends.
    ///
    /// # Errors
    /// When a listener thread dies.
    pub fn join(self) -> io::Result<()> {
        self.server.join()
    }
}

/// The media types of query results (SELECT, ASK), in the order of preference.
const RESULTS_OFFERS: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];

/// The media types of graphs (CONSTRUCT, DESCRIBE, `/store?graph=`), in the order of
/// preference.
const GRAPH_OFFERS: &[(&str, Format)] = &[
    ("text/turtle", Format::Turtle),
    ("application/x-turtle", Format::Turtle),
    ("application/n-triples", Format::NTriples),
    ("application/ld+json", Format::JsonLd),
    ("application/json", Format::JsonLd),
    ("application/rdf+xml", Format::RdfXml),
    ("application/xml", Format::RdfXml),
    ("text/xml", Format::RdfXml),
    ("application/trig", Format::TriG),
    ("application/n-quads", Format::NQuads),
];

/// The media types of a whole dataset (`/store` without a graph): formats with named graphs
/// first.
const DATASET_OFFERS: &[(&str, Format)] = &[
    ("application/trig", Format::TriG),
    ("application/n-quads", Format::NQuads),
    ("text/turtle", Format::Turtle),
    ("application/n-triples", Format::NTriples),
    ("application/ld+json", Format::JsonLd),
    ("application/json", Format::JsonLd),
    ("application/rdf+xml", Format::RdfXml),
    ("application/xml", Format::RdfXml),
];

/// Short names accepted by the `format` parameter (handy in a browser's address bar), as
/// the media type they stand for.
fn format_parameter(name: &str) -> Option<&'static str> {
    Some(match name.to_ascii_lowercase().as_str() {
        "json" | "srj" => "application/sparql-results+json",
        "xml" | "srx" => "application/sparql-results+xml",
        "csv" => "text/csv",
        "tsv" => "text/tab-separated-values",
        other => match other.parse::<Format>() {
            Ok(format) => format.media_type(),
            Err(_) => return None,
        },
    })
}

/// A response body with its media type.
struct Reply {
    media_type: &'static str,
    body: Vec<u8>,
}

/// Why a request got no result: each becomes an HTTP status and a plain-text error document.
#[derive(Debug)]
enum Problem {
    BadRequest(String),
    Syntax(String),
    NotFound(String),
    MethodNotAllowed(&'static str),
    Unsupported(String),
    NotAcceptable(
        &'static [(&'static str, QueryResultsFormat)],
        &'static [(&'static str, Format)],
    ),
    TooLarge(usize),
    ReadOnly,
    Unauthorized,
    RequestTooLarge(usize),
    Busy(String),
    TimedOut(Duration),
    Failed(String),
}

impl Problem {
    fn from_store(err: StoreError, limits: &Limits) -> Self {
        match err {
            StoreError::Syntax(e) => Self::Syntax(e.to_string()),
            err if err.is_cancelled() => Self::TimedOut(limits.timeout),
            err => Self::Failed(err.to_string()),
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) | Self::Syntax(_) => StatusCode::BAD_REQUEST,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Unsupported(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::NotAcceptable(..) => StatusCode::NOT_ACCEPTABLE,
            Self::ReadOnly => StatusCode::FORBIDDEN,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::RequestTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooLarge(_) | Self::Busy(_) | Self::TimedOut(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Self::Failed(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message(&self) -> String {
        match self {
            Self::BadRequest(m) | Self::NotFound(m) | Self::Unsupported(m) | Self::Failed(m) => {
                m.clone()
            }
            Self::Syntax(m) => format!("malformed query: {m}"),
            Self::MethodNotAllowed(allow) => format!("method not allowed here (allowed: {allow})"),
            Self::NotAcceptable(results, graphs) => {
                let types: Vec<&str> = results
                    .iter()
                    .map(|(t, _)| *t)
                    .chain(graphs.iter().map(|(t, _)| *t))
                    .collect();
                format!("none of the accepted media types can be written; available: {}", types.join(", "))
            }
            Self::TooLarge(max) => format!(
                "the result holds more than {max} solutions or triples, the limit of this endpoint (serve --max-results); add a LIMIT or narrow the query"
            ),
            Self::ReadOnly => "this endpoint is read-only: updates are accepted only when the server is started with --allow-update and a token".to_owned(),
            Self::Unauthorized => "updates need the header `Authorization: Bearer <token>` with the token the server was started with".to_owned(),
            Self::RequestTooLarge(max) => format!("the request body is over {max} bytes"),
            Self::Busy(why) => why.clone(),
            Self::TimedOut(timeout) => format!(
                "the query ran longer than {:.1} s, the limit of this endpoint (serve --timeout), and was cancelled",
                timeout.as_secs_f64()
            ),
        }
    }

    fn into_response(self) -> Response<Body> {
        let mut response = text(self.status(), format!("{}\n", self.message()));
        let headers = response.headers_mut();
        match self {
            Self::MethodNotAllowed(allow) => {
                headers.insert(ALLOW, HeaderValue::from_static(allow));
            }
            Self::Unauthorized => {
                headers.insert(
                    WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"newsgraph\""),
                );
            }
            Self::Busy(_) => {
                headers.insert(RETRY_AFTER, HeaderValue::from_static("1"));
            }
            _ => {}
        }
        response
    }
}

fn text(status: StatusCode, body: String) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

fn ok(reply: Reply) -> Response<Body> {
    let mut response = Response::new(Body::from(reply.body));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(reply.media_type));
    response
}

/// Admission of queries: at most `max` evaluate at once (others wait, within their
/// deadline), and while `max` cancelled ones are still stopping, new ones are refused.
#[derive(Default)]
struct Slots {
    state: Mutex<SlotState>,
    freed: Condvar,
}

#[derive(Default)]
struct SlotState {
    active: usize,
    stopping: usize,
}

/// One query's hold on a slot. Its flags change only under the lock of [`Slots`].
#[derive(Debug, Default)]
struct Ticket {
    finished: AtomicBool,
    abandoned: AtomicBool,
}

impl Slots {
    fn lock(&self) -> MutexGuard<'_, SlotState> {
        // The counters stay consistent even if a holder panicked: each change is one step.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn acquire(&self, max: usize, deadline: Instant) -> Result<Arc<Ticket>, Problem> {
        let mut state = self.lock();
        loop {
            if state.stopping >= max {
                return Err(Problem::Busy(format!(
                    "{} cancelled queries are still stopping (serve --max-running); try again shortly",
                    state.stopping
                )));
            }
            if state.active < max {
                state.active += 1;
                return Ok(Arc::default());
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(Problem::Busy(format!(
                    "all {max} query slots stayed busy for the whole timeout (serve --max-running); try again shortly"
                )));
            }
            state = self
                .freed
                .wait_timeout(state, deadline - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// The query thread ends.
    fn release(&self, ticket: &Ticket) {
        let mut state = self.lock();
        ticket.finished.store(true, Ordering::Relaxed);
        if ticket.abandoned.load(Ordering::Relaxed) {
            state.stopping -= 1;
        } else {
            state.active -= 1;
        }
        self.freed.notify_all();
    }

    /// The deadline passed: the query, cancelled, no longer holds an active slot.
    fn abandon(&self, ticket: &Ticket) {
        let mut state = self.lock();
        if !ticket.finished.load(Ordering::Relaxed) {
            ticket.abandoned.store(true, Ordering::Relaxed);
            state.active -= 1;
            state.stopping += 1;
            self.freed.notify_all();
        }
    }

    #[cfg(test)]
    fn counts(&self) -> (usize, usize) {
        let state = self.lock();
        (state.active, state.stopping)
    }
}

/// Releases a query's slot when its thread ends, however it ends.
struct Release(Arc<Inner>, Arc<Ticket>);

impl Drop for Release {
    fn drop(&mut self) {
        self.0.slots.release(&self.1);
    }
}

/// A request's parameters: the URL's query string, then a form body's fields.
type Params = Vec<(String, String)>;

fn url_params(request: &Request<Body>) -> Params {
    form_urlencoded::parse(request.uri().query().unwrap_or_default().as_bytes())
        .into_owned()
        .collect()
}

fn param<'a>(params: &'a Params, name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The media type of the request body, lower case, without parameters.
fn content_type(request: &Request<Body>) -> String {
    request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

impl Endpoint {
    /// An endpoint over `store`. A store opened read-only serves queries; give an update
    /// token only with a store open for writing.
    #[must_use]
    pub fn new(store: GraphStore, options: ServeOptions) -> Self {
        Self {
            inner: Arc::new(Inner {
                store,
                limits: options.limits,
                token_digest: options
                    .update_token
                    .map(|token| Sha256::digest(token.as_bytes()).into()),
                slots: Slots::default(),
                access_log: options.access_log,
            }),
        }
    }

    /// Starts listening on `addrs` (each bound separately) on background threads.
    ///
    /// # Errors
    /// When there is no address or one cannot be bound (in use, not allowed).
    pub fn spawn(self, addrs: &[SocketAddr]) -> Result<Listening, ServeError> {
        if addrs.is_empty() {
            return Err(ServeError::NoAddress);
        }
        let endpoint = self.clone();
        let mut server = Server::new(move |request| endpoint.handle(request))
            // A socket read or write that stalls this long drops the connection (an idle
            // keep-alive one, or a client that stopped reading).
            .with_global_timeout(Duration::from_secs(60).max(self.inner.limits.timeout))
            .with_max_concurrent_connections(128)
            .with_server_name(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
            .unwrap_or_else(|_| unreachable!("constant server name"));
        for addr in addrs {
            server = server.bind(*addr);
        }
        let server = server.spawn().map_err(|source| ServeError::Bind {
            addrs: addrs
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            source,
        })?;
        Ok(Listening {
            server,
            addrs: addrs.to_vec(),
        })
    }

    /// Answers one request (the whole HTTP side of the endpoint, without sockets).
    pub(crate) fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let started = Instant::now();
        let mut response = self.route(request).unwrap_or_else(Problem::into_response);
        let headers = response.headers_mut();
        // Any origin may read: the data is public to whoever reaches the socket, and browser
        // tools (YASGUI, notebooks) call endpoints from their own origin. No credentials.
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        if let Some(log) = &self.inner.access_log {
            log(&AccessRecord {
                method: request.method().to_string(),
                path: request.uri().path().to_owned(),
                status: response.status().as_u16(),
                bytes: response
                    .body()
                    .len()
                    .and_then(|n| usize::try_from(n).ok())
                    .unwrap_or(0),
                elapsed: started.elapsed(),
            });
        }
        if request.method() == Method::HEAD {
            *response.body_mut() = Body::empty();
        }
        response
    }

    fn route(&self, request: &mut Request<Body>) -> Result<Response<Body>, Problem> {
        let path = request.uri().path().to_owned();
        if request.method() == Method::OPTIONS {
            return Ok(preflight());
        }
        let readable = matches!(*request.method(), Method::GET | Method::HEAD);
        match path.as_str() {
            "/query" => self.query(request),
            "/update" => self.update(request),
            "/store" if readable => self.graph_store(request),
            "/store" => Err(Problem::MethodNotAllowed("GET, HEAD, OPTIONS")),
            "/examples.json" if readable => Ok(ok(Reply {
                media_type: "application/json",
                body: page::examples_json().into_bytes(),
            })),
            _ => match page::asset(&path) {
                Some(asset) if readable => {
                    let mut response = ok(Reply {
                        media_type: asset.media_type,
                        body: asset.bytes.to_vec(),
                    });
                    let headers = response.headers_mut();
                    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                    headers.insert(
                        HeaderName::from_static("x-content-type-options"),
                        HeaderValue::from_static("nosniff"),
                    );
                    if path == "/" || path == "/index.html" {
                        // The page runs only its own bundled code; CodeMirror adds <style>
                        // elements, hence the inline styles.
                        headers.insert(
                            HeaderName::from_static("content-security-policy"),
                            HeaderValue::from_static(
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
                            ),
                        );
                    }
                    Ok(response)
                }
                Some(_) => Err(Problem::MethodNotAllowed("GET, HEAD, OPTIONS")),
                None => Err(Problem::NotFound(format!(
                    "nothing at {path}: the endpoint is /query, the graph store /store, the page /"
                ))),
            },
        }
    }

    fn read_body(&self, request: &mut Request<Body>) -> Result<Vec<u8>, Problem> {
        let max = self.inner.limits.max_request_bytes;
        let mut body = Vec::new();
        request
            .body_mut()
            .take(u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1))
            .read_to_end(&mut body)
            .map_err(|e| Problem::BadRequest(format!("cannot read the request body: {e}")))?;
        if body.len() > max {
            return Err(Problem::RequestTooLarge(max));
        }
        Ok(body)
    }

    /// The operation text and the parameters of a protocol request: from the URL for GET,
    /// from a form body, or the whole body of the direct POST form (`media_type`).
    fn operation(
        &self,
        request: &mut Request<Body>,
        field: &str,
        media_type: &str,
    ) -> Result<(String, Params), Problem> {
        let mut params = url_params(request);
        let text = if matches!(*request.method(), Method::GET | Method::HEAD) {
            param(&params, field).map(str::to_owned)
        } else {
            let kind = content_type(request);
            let body = self.read_body(request)?;
            if kind == "application/x-www-form-urlencoded" {
                params.extend(form_urlencoded::parse(&body).into_owned());
                param(&params, field).map(str::to_owned)
            } else if kind == media_type {
                Some(
                    String::from_utf8(body).map_err(|_| {
                        Problem::BadRequest("the request body is not UTF-8".to_owned())
                    })?,
                )
            } else {
                return Err(Problem::Unsupported(format!(
                    "send the {field} as application/x-www-form-urlencoded (field `{field}`) or as {media_type}, not `{kind}`"
                )));
            }
        };
        let text = text.ok_or_else(|| {
            Problem::BadRequest(format!(
                "no {field}: pass it as the `{field}` parameter, or POST it as {media_type}"
            ))
        })?;
        Ok((text, params))
    }

    fn query(&self, request: &mut Request<Body>) -> Result<Response<Body>, Problem> {
        if !matches!(*request.method(), Method::GET | Method::HEAD | Method::POST) {
            return Err(Problem::MethodNotAllowed("GET, HEAD, POST, OPTIONS"));
        }
        let (sparql, params) = self.operation(request, "query", "application/sparql-query")?;
        let dataset = dataset(&params)?;
        let accept = accept(request, &params)?;
        let mut response = ok(self.run_query(sparql, dataset, accept)?);
        response
            .headers_mut()
            .insert(VARY, HeaderValue::from_static("Accept"));
        Ok(response)
    }

    /// Runs a query on its own thread, waiting at most the timeout for it.
    fn run_query(
        &self,
        sparql: String,
        dataset: Option<Dataset>,
        accept: Option<String>,
    ) -> Result<Reply, Problem> {
        let limits = self.inner.limits;
        let deadline = Instant::now() + limits.timeout;
        let ticket = self.inner.slots.acquire(limits.max_running, deadline)?;
        let release = Release(Arc::clone(&self.inner), Arc::clone(&ticket));
        let token = CancellationToken::new();
        let worker_token = token.clone();
        let (sender, receiver) = mpsc::sync_channel(1);
        std::thread::Builder::new()
            .name("newsgraph query".to_owned())
            .spawn(move || {
                let inner = &release.0;
                let result = evaluate(
                    &inner.store,
                    &sparql,
                    dataset.as_ref(),
                    accept.as_deref(),
                    &inner.limits,
                    worker_token,
                );
                // The receiver is gone when the query timed out: nobody wants the result.
                let _ = sender.send(result);
                drop(release);
            })
            .map_err(|e| Problem::Failed(format!("cannot start a query thread: {e}")))?;
        match receiver.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                token.cancel();
                self.inner.slots.abandon(&ticket);
                Err(Problem::TimedOut(limits.timeout))
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err(Problem::Failed("the query thread failed".to_owned()))
            }
        }
    }

    fn update(&self, request: &mut Request<Body>) -> Result<Response<Body>, Problem> {
        if request.method() != Method::POST {
            return Err(Problem::MethodNotAllowed("POST, OPTIONS"));
        }
        let Some(expected) = &self.inner.token_digest else {
            return Err(Problem::ReadOnly);
        };
        // The token is checked before the body is read: nothing from an unauthenticated
        // client is parsed.
        let given = request
            .headers()
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                let (scheme, token) = v.trim().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
            })
            .map(|token| <[u8; 32]>::from(Sha256::digest(token.as_bytes())));
        if given.as_ref() != Some(expected) {
            return Err(Problem::Unauthorized);
        }
        let (sparql, _) = self.operation(request, "update", "application/sparql-update")?;
        match self.inner.store.update(&sparql) {
            Ok(()) => {
                let mut response = Response::new(Body::empty());
                *response.status_mut() = StatusCode::NO_CONTENT;
                Ok(response)
            }
            Err(StoreError::Syntax(e)) => {
                Err(Problem::BadRequest(format!("malformed update: {e}")))
            }
            Err(e) => Err(Problem::Failed(e.to_string())),
        }
    }

    fn graph_store(&self, request: &Request<Body>) -> Result<Response<Body>, Problem> {
        let params = url_params(request);
        let accept = accept(request, &params)?;
        let store = &self.inner.store;
        let max = self.inner.limits.max_results;
        let (quads, offers): (Vec<Quad>, &[(&str, Format)]) =
            if let Some(iri) = param(&params, "graph") {
                let name = NamedNode::new(iri)
                    .map_err(|e| Problem::BadRequest(format!("invalid graph IRI <{iri}>: {e}")))?;
                let found = store
                    .contains_graph(name.as_ref())
                    .map_err(|e| Problem::Failed(e.to_string()))?;
                if !found {
                    return Err(Problem::NotFound(format!("no graph <{iri}> in this store")));
                }
                (
                    collect(store.graph_quads(name.as_ref()), max, true)?,
                    GRAPH_OFFERS,
                )
            } else if param(&params, "default").is_some() {
                (collect(store.quads(), max, true)?, GRAPH_OFFERS)
            } else {
                (collect(store.quads(), max, false)?, DATASET_OFFERS)
            };
        let format = negotiate::choose(accept.as_deref(), offers)
            .ok_or(Problem::NotAcceptable(&[], offers))?;
        let mut body = Vec::new();
        write_quads(quads, format, &mut body).map_err(|e| Problem::Failed(e.to_string()))?;
        let mut response = ok(Reply {
            media_type: format.media_type(),
            body,
        });
        response
            .headers_mut()
            .insert(VARY, HeaderValue::from_static("Accept"));
        Ok(response)
    }
}

/// Collects at most `max` quads, moved into the default graph when `as_graph` (a graph is
/// asked for, not the dataset).
fn collect(
    quads: impl Iterator<Item = Result<Quad, StoreError>>,
    max: usize,
    as_graph: bool,
) -> Result<Vec<Quad>, Problem> {
    let mut out = Vec::new();
    for quad in quads {
        let mut quad = quad.map_err(|e| Problem::Failed(e.to_string()))?;
        if out.len() == max {
            return Err(Problem::TooLarge(max));
        }
        if as_graph {
            quad.graph_name = GraphName::DefaultGraph;
        }
        out.push(quad);
    }
    Ok(out)
}

/// The answer to a CORS preflight: any origin, the methods and headers the protocol uses.
///
/// oxhttp 0.3 drops `Access-Control-Allow-Methods` from what it writes (it files the header
/// among the forbidden request headers). Browsers then allow the CORS-safelisted methods,
/// GET, HEAD and POST, which are all the protocol needs; `Access-Control-Allow-Headers` lets
/// them send `Content-Type: application/sparql-query` and `Authorization`.
fn preflight() -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    let headers = response.headers_mut();
    headers.insert(
        ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, HEAD, POST, OPTIONS"),
    );
    headers.insert(
        ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("Accept, Authorization, Content-Type"),
    );
    headers.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
    response
}

/// The `Accept` header, or the media type a `format` parameter names (which wins).
fn accept(request: &Request<Body>, params: &Params) -> Result<Option<String>, Problem> {
    if let Some(name) = param(params, "format") {
        return match format_parameter(name) {
            Some(media_type) => Ok(Some(media_type.to_owned())),
            None if name.contains('/') => Ok(Some(name.to_owned())),
            None => Err(Problem::BadRequest(format!("unknown format `{name}`"))),
        };
    }
    Ok(request
        .headers()
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned))
}

/// The dataset named by `default-graph-uri` and `named-graph-uri`, if any.
fn dataset(params: &Params) -> Result<Option<Dataset>, Problem> {
    let iris = |name: &str| -> Result<Vec<NamedNode>, Problem> {
        params
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, iri)| {
                NamedNode::new(iri.as_str())
                    .map_err(|e| Problem::BadRequest(format!("invalid {name} <{iri}>: {e}")))
            })
            .collect()
    };
    let dataset = Dataset {
        default_graphs: iris("default-graph-uri")?,
        named_graphs: iris("named-graph-uri")?,
    };
    Ok((!dataset.default_graphs.is_empty() || !dataset.named_graphs.is_empty()).then_some(dataset))
}

/// Evaluates and serialises one query, counting solutions (or triples) against the limit.
fn evaluate(
    store: &GraphStore,
    sparql: &str,
    dataset: Option<&Dataset>,
    accept: Option<&str>,
    limits: &Limits,
    token: CancellationToken,
) -> Result<Reply, Problem> {
    let failed = |e: &dyn std::fmt::Display| Problem::Failed(e.to_string());
    let results = store
        .query_in(sparql, evaluator().with_cancellation_token(token), dataset)
        .map_err(|e| Problem::from_store(e, limits))?;
    let from_eval = |e: oxigraph::sparql::QueryEvaluationError| {
        Problem::from_store(StoreError::Evaluation(e), limits)
    };
    match results {
        QueryResults::Solutions(solutions) => {
            let format = negotiate::choose(accept, RESULTS_OFFERS)
                .ok_or(Problem::NotAcceptable(RESULTS_OFFERS, &[]))?;
            let mut body = Vec::new();
            let mut serializer = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(&mut body, solutions.variables().to_vec())
                .map_err(|e| failed(&e))?;
            for (count, solution) in solutions.enumerate() {
                let solution = solution.map_err(from_eval)?;
                if count == limits.max_results {
                    return Err(Problem::TooLarge(limits.max_results));
                }
                serializer.serialize(&solution).map_err(|e| failed(&e))?;
            }
            serializer.finish().map_err(|e| failed(&e))?;
            Ok(Reply {
                media_type: format.media_type(),
                body,
            })
        }
        QueryResults::Boolean(value) => {
            let format = negotiate::choose(accept, RESULTS_OFFERS)
                .ok_or(Problem::NotAcceptable(RESULTS_OFFERS, &[]))?;
            let mut body = Vec::new();
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut body, value)
                .map_err(|e| failed(&e))?;
            Ok(Reply {
                media_type: format.media_type(),
                body,
            })
        }
        QueryResults::Graph(triples) => {
            let format = negotiate::choose(accept, GRAPH_OFFERS)
                .ok_or(Problem::NotAcceptable(&[], GRAPH_OFFERS))?;
            let mut quads = Vec::new();
            for triple in triples {
                let triple = triple.map_err(from_eval)?;
                if quads.len() == limits.max_results {
                    return Err(Problem::TooLarge(limits.max_results));
                }
                quads.push(triple.in_graph(GraphName::DefaultGraph));
            }
            let mut body = Vec::new();
            // The same sorted writers as `export`: JSON-LD is compacted with the context.
            write_quads(quads, format, &mut body).map_err(|e| failed(&e))?;
            Ok(Reply {
                media_type: format.media_type(),
                body,
            })
        }
    }
}

#[cfg(test)]
mod tests;
