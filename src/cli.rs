//! The command line: clap types, turning flags into library calls, printing and exit codes —
//! and nothing else.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use newsgraph::{
    Article, Counts, Extraction, Format, FusionStats, GraphStore, Inputs, IriMinter, extract, fuse,
    fused_view, ontology, sorted_quads, to_quads, write_quads,
};
use oxigraph::model::{GraphName, Quad, Term};
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use std::io::{self, IsTerminal, Read, Write};
use std::net::ToSocketAddrs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const AFTER_HELP: &str = "\
Examples:
  newsgraph ingest articles/
  newsgraph query 'SELECT ?label WHERE { ?a a ng:Attack ; rdfs:label ?label }'
  newsgraph export --format turtle --output graph.ttl
  newsgraph extract article.txt --format nquads > article.nq";

/// Turn news reports of violent attacks into a linked-data knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, after_help = AFTER_HELP)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read articles, extract attacks, actors, figures and statements, and store them
    #[command(after_help = "\
Inputs: .txt (the file name is the article id), .jsonl/.ndjson (one article per line: id, text,
optional title, url, published), .json (one article or an array), .html/.htm, directories (read
recursively in sorted order) and - for standard input.

Each article becomes one named graph; ingesting it again replaces that graph in one transaction.
Then fusion runs (see `newsgraph fuse --help`) unless --no-fuse is given, which leaves the
fusion graph as it was until the next `newsgraph fuse`. The exit code is 0 only when every
input was read and stored.

Examples:
  newsgraph ingest articles/
  newsgraph ingest --store wire.db --base https://example.org/ng/ wire.jsonl
  newsgraph ingest --no-fuse day1/ && newsgraph ingest day2/
  cat article.txt | newsgraph ingest -")]
    Ingest(IngestArgs),
    /// Fuse the attacks and actors of all stored articles into canonical ones
    #[command(after_help = "\
Reports of the same event from several articles become one canonical attack (ng:CanonicalAttack)
with ng:fusedFrom each per-article attack, ng:reportedIn each article and the keys that matched
(ng:matchedKey, ng:fusionReason); name variants of one actor become one canonical actor. Attacks
fuse when their places agree in the gazetteer hierarchy (site within city within country), their
dates, attack types and perpetrators are compatible, and nothing known on both sides conflicts.
The result lives in the named graph <https://w3id.org/newsgraph/fusion>; article graphs are never
changed. It is recomputed from the stored facts (not the article files), so the same articles
always give the same graph, whatever the ingest order. `ingest` runs this by itself.

Examples:
  newsgraph fuse --store wire.db
  newsgraph query --file queries/figures_by_canonical_attack.rq")]
    Fuse(FuseArgs),
    /// Extract and write RDF to standard output, without a store
    #[command(after_help = "\
N-Quads (the default) and N-Triples are written article by article, so any corpus streams
through; the other formats are sorted as a whole. Shards extracted on several machines merge by
plain union: IRIs depend only on the input.

Examples:
  newsgraph extract article.txt
  newsgraph extract --format turtle articles/ > articles.ttl")]
    Extract(ExtractArgs),
    /// Run a SPARQL query over the union of all graphs
    #[command(after_help = "\
The prefixes ng:, dct:, prov:, nif:, owl:, rdf:, rdfs:, xsd:, skos:, sem:, schema: and foaf: are
predeclared. SELECT and ASK results print as a table on a terminal and as TSV otherwise (or as
--results asks); CONSTRUCT and DESCRIBE print RDF (--format, Turtle by default).

Examples:
  newsgraph query 'SELECT ?a ?label WHERE { ?a a ng:Attack ; rdfs:label ?label }'
  newsgraph query --file queries/casualties_by_source.rq --results csv
  echo 'ASK { ?s a ng:Attack }' | newsgraph query -")]
    Query(QueryArgs),
    /// Write the store (or one article) in an RDF format
    #[command(after_help = "\
Turtle, N-Triples, RDF/XML and JSON-LD carry the union of the graphs; TriG and N-Quads keep one
named graph per article. The output is sorted: the same store always gives the same bytes.

Examples:
  newsgraph export --format turtle --output graph.ttl
  newsgraph export --format nquads | python3 score.py --gold gold/ --pred -
  newsgraph export --article report-17 --format trig
  newsgraph export --fused --format turtle --output events.ttl

--fused writes the canonical view only: canonical attacks and actors, the places and source
articles they name, and every report's figures and statements attached to the canonical attack
(with their own article as prov:wasDerivedFrom), all in the fusion graph.")]
    Export(ExportArgs),
    /// Count nodes per class and per article
    #[command(after_help = "Example:\n  newsgraph stats --store wire.db")]
    Stats(StoreArgs),
    /// Print the vocabulary (OWL, Turtle), its SHACL shapes or its JSON-LD context
    #[command(
        after_help = "Examples:\n  newsgraph ontology > newsgraph.ttl\n  newsgraph ontology --shapes > shapes.ttl"
    )]
    Ontology(OntologyArgs),
    /// Serve the store over HTTP: a SPARQL endpoint, the Graph Store Protocol and a query page
    #[command(after_help = "\
Endpoints: / (the query page), /query (SPARQL 1.1 Protocol: GET ?query=, POST form-encoded or
application/sparql-query), /store (Graph Store Protocol, reading: ?graph=IRI, ?default, or the
whole dataset), /update (refused unless --allow-update). Results are negotiated by Accept
(JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads) or ?format=csv.
The default graph of a query is the union of all graphs.

The store is opened read-only, as it is when the server starts: other readers may share it,
and articles ingested meanwhile appear after a restart. With --allow-update it is opened for
writing (no other process may then open it) and /update accepts SPARQL updates that carry
`Authorization: Bearer <token>`.

Examples:
  newsgraph serve --store news.db
  curl -H 'Accept: text/csv' --data-urlencode query@queries/attacks.rq http://127.0.0.1:7879/query
  NEWSGRAPH_UPDATE_TOKEN=$(openssl rand -hex 16) newsgraph serve --allow-update --bind 127.0.0.1:8000")]
    Serve(ServeArgs),
    /// Send every named graph to a remote SPARQL 1.1 store, replacing it there
    #[command(after_help = "\
Each named graph of the store (one per article, and any other, such as the fusion graph) is
sent in its own request and replaces the graph of the same name at the target: with
--graph-store (the default) as `PUT URL?graph=NAME`, with --update as `DROP SILENT GRAPH;
INSERT DATA` to a SPARQL Update endpoint. Connection failures, timeouts and HTTP 408, 425,
429, 502, 503, 504 are retried with exponential back-off; anything else stops the push with
the server's message. Pushing again is harmless: the graphs are replaced, not added to.

Targets:
  Oxigraph   --to http://host:7878/store              --update: http://host:7878/update
  Fuseki     --to http://host:3030/DATASET/data       --update: http://host:3030/DATASET/update
  GraphDB    --to http://host:7200/repositories/REPO/rdf-graphs/service   --update: …/statements
  Virtuoso   --update --to http://host:8890/sparql-auth
  Neptune    --to https://host:8182/sparql/gsp/       --update: https://host:8182/sparql

Examples:
  newsgraph push --store news.db --to http://127.0.0.1:7878/store
  newsgraph push --update --to http://127.0.0.1:3030/news/update --header \"Authorization: Basic $(printf admin:pw | base64)\"")]
    Push(PushArgs),
}

#[derive(Debug, Args)]
struct StoreArgs {
    /// The store directory
    #[arg(
        long,
        default_value = "newsgraph.db",
        value_name = "DIR",
        env = "NEWSGRAPH_STORE"
    )]
    store: PathBuf,
}

#[derive(Debug, Args)]
struct IngestArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Mint IRIs under this base instead of `urn:uuid:`
    #[arg(long, value_name = "IRI")]
    base: Option<String>,
    /// Refuse articles longer than this many bytes
    #[arg(long, value_name = "BYTES", default_value_t = newsgraph::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
    /// Do not update the fusion graph after ingesting
    #[arg(long)]
    no_fuse: bool,
    /// Files, directories, or - for standard input
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
struct FuseArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Mint canonical IRIs under this base instead of `urn:uuid:` (use the base of `ingest`)
    #[arg(long, value_name = "IRI")]
    base: Option<String>,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// Output format
    #[arg(long, short, default_value = "nquads", value_parser = parse_format)]
    format: Format,
    /// Mint IRIs under this base instead of `urn:uuid:`
    #[arg(long, value_name = "IRI")]
    base: Option<String>,
    /// Refuse articles longer than this many bytes
    #[arg(long, value_name = "BYTES", default_value_t = newsgraph::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Files, directories, or - for standard input
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ResultsFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Debug, Args)]
struct QueryArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The query text, or - to read it from standard input
    #[arg(
        value_name = "QUERY",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    query: Option<String>,
    /// Read the query from a file
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// How to print SELECT and ASK results (default: table on a terminal, TSV otherwise)
    #[arg(long, value_enum)]
    results: Option<ResultsFormat>,
    /// RDF format for CONSTRUCT and DESCRIBE results
    #[arg(long, short, default_value = "turtle", value_parser = parse_format)]
    format: Format,
}

#[derive(Debug, Args)]
struct ExportArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Output format
    #[arg(long, short, default_value = "turtle", value_parser = parse_format)]
    format: Format,
    /// Only this article (its identifier)
    #[arg(long, value_name = "ID", conflicts_with = "fused")]
    article: Option<String>,
    /// Only the canonical view: canonical attacks and actors with every report's figures
    #[arg(long)]
    fused: bool,
    /// Write to this file (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct OntologyArgs {
    /// Print the SHACL shapes instead
    #[arg(long, conflicts_with = "context")]
    shapes: bool,
    /// Print the JSON-LD context instead
    #[arg(long)]
    context: bool,
}

#[derive(Debug, Args)]
struct ServeArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Address to listen on, host:port (repeat for several); loopback only by default
    #[arg(long, value_name = "ADDR", default_value = newsgraph::DEFAULT_BIND)]
    bind: Vec<String>,
    /// Cancel a query running longer than this (30s, 500ms, 2m; plain numbers are seconds)
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_duration)]
    timeout: Duration,
    /// Refuse a result of more than this many solutions or triples
    #[arg(long, value_name = "N", default_value_t = newsgraph::Limits::default().max_results)]
    max_results: usize,
    /// Queries evaluated at once; more wait their turn [default: the number of cores, at least 2]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    max_running: Option<u16>,
    /// Accept SPARQL updates at /update from clients holding the token (opens the store for
    /// writing)
    #[arg(long, requires = "update_token")]
    allow_update: bool,
    /// The bearer token updates must carry (needs --allow-update)
    #[arg(
        long,
        value_name = "TOKEN",
        env = "NEWSGRAPH_UPDATE_TOKEN",
        hide_env_values = true
    )]
    update_token: Option<String>,
    /// Print no access log
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct PushArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The remote endpoint: Graph Store Protocol (default) or SPARQL Update (--update)
    #[arg(long, value_name = "URL")]
    to: String,
    /// Send graphs with the Graph Store Protocol, PUT URL?graph=NAME (the default)
    #[arg(long, conflicts_with = "update")]
    graph_store: bool,
    /// Send graphs as SPARQL updates, POST URL
    #[arg(long)]
    update: bool,
    /// An extra request header, `Name: value` (repeatable), e.g. for authentication
    #[arg(long, short = 'H', value_name = "HEADER")]
    header: Vec<String>,
    /// Retries of a graph after a transient failure
    #[arg(long, value_name = "N", default_value_t = newsgraph::PushOptions::default().retries)]
    retries: u32,
    /// Time allowed for one request (30s, 2m; plain numbers are seconds)
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_duration)]
    timeout: Duration,
    /// Print only the summary
    #[arg(long, short)]
    quiet: bool,
}

/// `30s`, `500ms`, `2m` or a plain number of seconds.
fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{s}` is not a duration (try 30s, 500ms or 2m)"))?;
    let seconds = match unit.trim() {
        "" | "s" => value,
        "ms" => value / 1000.0,
        "m" | "min" => value * 60.0,
        other => return Err(format!("unknown unit `{other}` (use ms, s or m)")),
    };
    Duration::try_from_secs_f64(seconds)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| format!("`{s}` is not a positive duration"))
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

/// Runs the command line and returns the process exit code.
pub(crate) fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `… | head` closes the pipe early: that is not an error worth a message.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause.downcast_ref::<newsgraph::ExportError>().is_some_and(|e| matches!(e, newsgraph::ExportError::Io(io) if io.kind() == io::ErrorKind::BrokenPipe))
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest(args) => ingest(&args),
        Command::Fuse(args) => fuse_cmd(&args),
        Command::Extract(args) => extract_cmd(&args),
        Command::Query(args) => query(&args),
        Command::Export(args) => export(&args),
        Command::Stats(args) => stats(&args),
        Command::Serve(args) => serve(&args),
        Command::Push(args) => push(&args),
        Command::Ontology(args) => {
            let text = if args.shapes {
                ontology::SHAPES_TTL
            } else if args.context {
                newsgraph::CONTEXT_JSONLD
            } else {
                ontology::ONTOLOGY_TTL
            };
            io::stdout().lock().write_all(text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn minter(base: Option<&str>) -> Result<IriMinter> {
    match base {
        Some(base) => {
            IriMinter::with_base(base).with_context(|| format!("invalid base IRI `{base}`"))
        }
        None => Ok(IriMinter::new()),
    }
}

/// Extracts one article; a bug that panics on it is reported with the article's file and
/// line, and the rest of the batch goes on (nothing of it is stored).
fn guarded_extract(article: &Article) -> Option<Extraction> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(article))) {
        Ok(extraction) => Some(extraction),
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            eprintln!(
                "error: {}: extraction failed on this article (a bug in newsgraph; please report it): {why}",
                article.origin
            );
            None
        }
    }
}

fn ingest(args: &IngestArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let minter = minter(args.base.as_deref())?;
    let store = GraphStore::open(&args.store.store)?;
    let progress = indicatif::ProgressBar::new_spinner();
    progress.set_draw_target(if args.quiet || !io::stderr().is_terminal() {
        indicatif::ProgressDrawTarget::hidden()
    } else {
        indicatif::ProgressDrawTarget::stderr_with_hz(8)
    });
    let mut totals = Counts::default();
    let (mut articles, mut failed) = (0usize, 0usize);
    for item in Inputs::new(args.paths.iter().cloned()).with_max_bytes(args.max_bytes) {
        let article = match item {
            Ok(article) => article,
            Err(err) => {
                failed += 1;
                progress.suspend(|| eprintln!("error: {err}"));
                continue;
            }
        };
        let Some(extraction) = guarded_extract(&article) else {
            failed += 1;
            continue;
        };
        let graph = to_quads(&article, &extraction, &minter);
        if let Err(err) = store.replace_graph(&graph) {
            failed += 1;
            progress.suspend(|| eprintln!("error: {}: {err}", article.origin));
            continue;
        }
        articles += 1;
        totals += graph.counts;
        progress.set_message(format!("{articles} articles, {} triples", totals.triples));
        progress.tick();
    }
    progress.finish_and_clear();
    if !args.quiet {
        eprintln!(
            "ingested {articles} article{} ({failed} failed): {} attacks, {} actors, {} casualty figures, {} statements, {} triples in {:.2} s",
            if articles == 1 { "" } else { "s" },
            totals.attacks,
            totals.actors,
            totals.casualties,
            totals.statements,
            totals.triples,
            started.elapsed().as_secs_f64()
        );
    }
    if !args.no_fuse {
        let started = Instant::now();
        let stats = fuse(&store, &minter).context("fusion failed")?;
        if !args.quiet {
            print_fusion(&stats, started);
        }
    }
    store.flush()?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_fusion(stats: &FusionStats, started: Instant) {
    eprintln!(
        "fused {} attacks into {} canonical attacks and {} actors into {} canonical actors ({} quads) in {:.2} s",
        stats.attacks,
        stats.canonical_attacks,
        stats.actors,
        stats.canonical_actors,
        stats.quads,
        started.elapsed().as_secs_f64()
    );
}

fn fuse_cmd(args: &FuseArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let minter = minter(args.base.as_deref())?;
    let store = GraphStore::open(&args.store.store)?;
    let stats = fuse(&store, &minter).context("fusion failed")?;
    store.flush()?;
    if !args.quiet {
        print_fusion(&stats, started);
    }
    Ok(ExitCode::SUCCESS)
}

fn extract_cmd(args: &ExtractArgs) -> Result<ExitCode> {
    let minter = minter(args.base.as_deref())?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let streaming = matches!(args.format, Format::NQuads | Format::NTriples);
    let mut all: Vec<Quad> = Vec::new();
    let mut failed = 0usize;
    for item in Inputs::new(args.paths.iter().cloned()).with_max_bytes(args.max_bytes) {
        let article = match item {
            Ok(article) => article,
            Err(err) => {
                failed += 1;
                eprintln!("error: {err}");
                continue;
            }
        };
        let Some(extraction) = guarded_extract(&article) else {
            failed += 1;
            continue;
        };
        let graph = to_quads(&article, &extraction, &minter);
        if streaming {
            write_quads(graph.quads, args.format, &mut out)?;
        } else {
            all.extend(graph.quads);
        }
    }
    if !streaming {
        write_quads(all, args.format, &mut out)?;
    }
    out.flush()?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn read_query(args: &QueryArgs) -> Result<String> {
    if let Some(file) = &args.file {
        return std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()));
    }
    match args.query.as_deref() {
        Some("-") | None => {
            let mut text = String::new();
            io::stdin()
                .read_to_string(&mut text)
                .context("cannot read the query from standard input")?;
            Ok(text)
        }
        Some(text) => Ok(text.to_owned()),
    }
}

fn query(args: &QueryArgs) -> Result<ExitCode> {
    let sparql = read_query(args)?;
    let store = GraphStore::open_read_only(&args.store.store)?;
    let results = store.query(&sparql)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let format = args.results.unwrap_or(if io::stdout().is_terminal() {
        ResultsFormat::Table
    } else {
        ResultsFormat::Tsv
    });
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            if format == ResultsFormat::Table {
                let mut rows = Vec::new();
                for solution in solutions {
                    let solution = solution?;
                    rows.push(
                        variables
                            .iter()
                            .map(|v| solution.get(v).map(compact_term).unwrap_or_default())
                            .collect(),
                    );
                }
                let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
                write_table(&mut out, &header, &rows)?;
            } else {
                let mut ser = QueryResultsSerializer::from_format(results_format(format))
                    .serialize_solutions_to_writer(&mut out, variables)?;
                for solution in solutions {
                    ser.serialize(&solution?)?;
                }
                ser.finish()?;
            }
        }
        QueryResults::Boolean(value) => {
            if format == ResultsFormat::Table {
                writeln!(out, "{value}")?;
            } else {
                QueryResultsSerializer::from_format(results_format(format))
                    .serialize_boolean_to_writer(&mut out, value)?;
            }
        }
        QueryResults::Graph(triples) => {
            let mut quads = Vec::new();
            for t in triples {
                let t = t?;
                quads.push(Quad::new(
                    t.subject,
                    t.predicate,
                    t.object,
                    GraphName::DefaultGraph,
                ));
            }
            write_quads(quads, args.format, &mut out)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn results_format(format: ResultsFormat) -> QueryResultsFormat {
    match format {
        ResultsFormat::Csv => QueryResultsFormat::Csv,
        ResultsFormat::Json => QueryResultsFormat::Json,
        ResultsFormat::Xml => QueryResultsFormat::Xml,
        ResultsFormat::Tsv | ResultsFormat::Table => QueryResultsFormat::Tsv,
    }
}

/// A term as a person reads it: prefixed names for known namespaces, plain literal values.
fn compact_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            for (prefix, ns) in ontology::PREFIXES {
                if let Some(local) = n.as_str().strip_prefix(ns) {
                    return format!("{prefix}:{local}");
                }
            }
            n.as_str().to_owned()
        }
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

fn write_table(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    const MAX: usize = 60;
    let clip = |s: &str| -> String {
        let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if one_line.chars().count() > MAX {
            format!("{}…", one_line.chars().take(MAX - 1).collect::<String>())
        } else {
            one_line
        }
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clip(c)).collect())
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cols: &[String]| -> String {
        cols.iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join(" │ ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .join("─┼─")
    )?;
    for row in &cells {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

fn export(args: &ExportArgs) -> Result<ExitCode> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let quads: Vec<Quad> = match &args.article {
        None if args.fused => fused_view(&store)?,
        Some(id) => {
            let Some(iri) = store.article_iri(id)? else {
                bail!("no article `{id}` in {}", args.store.store.display())
            };
            store.graph_quads(iri.as_ref()).collect::<Result<_, _>>()?
        }
        None => store.quads().collect::<Result<_, _>>()?,
    };
    match &args.output {
        Some(path) => write_atomically(path, |file| {
            Ok(write_quads(sorted_quads(quads), args.format, file)?)
        })?,
        None => {
            let stdout = io::stdout();
            write_quads(quads, args.format, stdout.lock())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes to a temporary file next to `path`, then renames it: a reader never sees half a file.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::File::create(&tmp)
        .with_context(|| format!("cannot create {}", tmp.display()))
        .and_then(|mut file| {
            write(&mut file)?;
            file.sync_all()?;
            Ok(())
        })
        .and_then(|()| {
            std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn serve(args: &ServeArgs) -> Result<ExitCode> {
    let mut addrs = Vec::new();
    for bind in &args.bind {
        let resolved = bind
            .to_socket_addrs()
            .with_context(|| format!("cannot resolve --bind {bind} (expected host:port)"))?;
        addrs.extend(resolved);
    }
    let token = if args.allow_update {
        match args.update_token.as_deref().map(str::trim) {
            Some(token) if !token.is_empty() => Some(token.to_owned()),
            _ => {
                bail!("--allow-update needs a non-empty --update-token (or NEWSGRAPH_UPDATE_TOKEN)")
            }
        }
    } else {
        None
    };
    let store = if token.is_some() {
        GraphStore::open(&args.store.store)?
    } else {
        GraphStore::open_read_only(&args.store.store)?
    };
    let mut limits = newsgraph::Limits {
        timeout: args.timeout,
        max_results: args.max_results,
        ..newsgraph::Limits::default()
    };
    if let Some(n) = args.max_running {
        limits.max_running = usize::from(n);
    }
    let access_log: Option<newsgraph::AccessLog> =
        (!args.quiet).then(|| -> newsgraph::AccessLog {
            Box::new(|r: &newsgraph::AccessRecord| {
                eprintln!(
                    "{} {} {} {} B {:.1} ms",
                    r.method,
                    r.path,
                    r.status,
                    r.bytes,
                    r.elapsed.as_secs_f64() * 1000.0
                );
            })
        });
    let updates = token.is_some();
    let endpoint = newsgraph::Endpoint::new(
        store,
        newsgraph::ServeOptions {
            limits,
            update_token: token,
            access_log,
        },
    );
    let listening = endpoint.spawn(&addrs)?;
    for addr in listening.addrs() {
        if !addr.ip().is_loopback() {
            eprintln!(
                "warning: listening on {addr}, beyond this machine: whoever reaches it can query the store"
            );
        }
    }
    let base = listening
        .addrs()
        .first()
        .map(|a| format!("http://{a}"))
        .unwrap_or_default();
    eprintln!(
        "serving {} ({}) at {base}/  —  SPARQL endpoint {base}/query, graph store {base}/store{}",
        args.store.store.display(),
        if updates { "read-write" } else { "read-only" },
        if updates {
            format!(", updates {base}/update")
        } else {
            String::new()
        }
    );
    eprintln!(
        "limits: {:.1} s per query, {} results, {} queries at once; Ctrl-C stops",
        limits.timeout.as_secs_f64(),
        limits.max_results,
        limits.max_running
    );
    listening.join()?;
    Ok(ExitCode::SUCCESS)
}

fn push(args: &PushArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let headers = args
        .header
        .iter()
        .map(|h| match h.split_once(':') {
            Some((name, value)) => Ok((name.trim().to_owned(), value.trim().to_owned())),
            None => bail!("invalid --header `{h}` (expected `Name: value`)"),
        })
        .collect::<Result<Vec<_>>>()?;
    let options = newsgraph::PushOptions {
        method: if args.update {
            newsgraph::PushMethod::Update
        } else {
            newsgraph::PushMethod::GraphStore
        },
        headers,
        retries: args.retries,
        timeout: args.timeout,
        ..newsgraph::PushOptions::default()
    };
    let pusher = newsgraph::Pusher::new(&args.to, options)?;
    let store = GraphStore::open_read_only(&args.store.store)?;
    let (mut graphs, mut triples, mut bytes) = (0usize, 0usize, 0usize);
    let result = newsgraph::push_store(&store, &pusher, |sent| {
        graphs += 1;
        triples += sent.triples;
        bytes += sent.bytes;
        if !args.quiet {
            let retried = if sent.attempts > 1 {
                format!(", {} attempts", sent.attempts)
            } else {
                String::new()
            };
            eprintln!(
                "sent <{}>: {} triples, {} bytes in {:.0} ms{retried}",
                sent.graph.as_str(),
                sent.triples,
                sent.bytes,
                sent.elapsed.as_secs_f64() * 1000.0
            );
        }
    });
    eprintln!(
        "pushed {graphs} graph{}, {triples} triples ({bytes} bytes) to {} in {:.2} s",
        if graphs == 1 { "" } else { "s" },
        args.to,
        started.elapsed().as_secs_f64()
    );
    result?;
    Ok(ExitCode::SUCCESS)
}

fn stats(args: &StoreArgs) -> Result<ExitCode> {
    let store = GraphStore::open_read_only(&args.store)?;
    let stats = store.stats()?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let header = vec!["class".to_owned(), "nodes".to_owned()];
    let rows: Vec<Vec<String>> = stats
        .classes
        .iter()
        .map(|(c, n)| vec![format!("ng:{c}"), n.to_string()])
        .collect();
    write_table(&mut out, &header, &rows)?;
    writeln!(out)?;
    let header: Vec<String> = [
        "article",
        "attacks",
        "actors",
        "casualties",
        "statements",
        "triples",
    ]
    .map(str::to_owned)
    .to_vec();
    let rows: Vec<Vec<String>> = stats
        .articles
        .iter()
        .map(|a| {
            vec![
                a.id.clone(),
                a.attacks.to_string(),
                a.actors.to_string(),
                a.casualties.to_string(),
                a.statements.to_string(),
                a.triples.to_string(),
            ]
        })
        .collect();
    write_table(&mut out, &header, &rows)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_or_without_a_unit() {
        let cases = [
            ("30", Some(30_000)),
            ("30s", Some(30_000)),
            ("1.5s", Some(1_500)),
            ("500ms", Some(500)),
            ("2m", Some(120_000)),
            (" 10 s ", Some(10_000)),
            ("0", None),
            ("-1s", None),
            ("fast", None),
            ("3h", None),
        ];
        for (text, millis) in cases {
            let parsed = parse_duration(text)
                .ok()
                .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
            assert_eq!(parsed, millis, "{text:?}");
        }
    }
}
