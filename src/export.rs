//! Writing quads in the RDF formats, in a deterministic order.
//!
//! Oxigraph's dump order follows its indexes and is not stable across stores, so every writer
//! here sorts first: the same quads always give the same bytes. Turtle, N-Triples, RDF/XML and
//! JSON-LD carry the union of the graphs (a triple in several graphs is written once); TriG and
//! N-Quads keep the named graphs. Turtle and TriG are pretty: prefixes and grouped subjects.
//! JSON-LD is compacted with the published context `ontology/context.jsonld`.

use crate::ontology::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{Literal, NamedOrBlankNode, Quad, Term, Triple};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::str::FromStr;

/// The JSON-LD context of the vocabulary, as published in `ontology/context.jsonld`.
pub const CONTEXT_JSONLD: &str = include_str!("../ontology/context.jsonld");

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Turtle (union of graphs).
    Turtle,
    /// N-Triples (union of graphs).
    NTriples,
    /// N-Quads (named graphs kept).
    NQuads,
    /// TriG (named graphs kept).
    TriG,
    /// RDF/XML (union of graphs).
    RdfXml,
    /// JSON-LD, compacted with the newsgraph context (union of graphs).
    JsonLd,
}

impl Format {
    /// All formats, in the order they are listed to users.
    pub const ALL: [Self; 6] = [
        Self::Turtle,
        Self::NTriples,
        Self::NQuads,
        Self::TriG,
        Self::RdfXml,
        Self::JsonLd,
    ];

    /// The name used on the command line.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Turtle => "turtle",
            Self::NTriples => "ntriples",
            Self::NQuads => "nquads",
            Self::TriG => "trig",
            Self::RdfXml => "rdfxml",
            Self::JsonLd => "jsonld",
        }
    }

    /// The IANA media type.
    #[must_use]
    pub const fn media_type(self) -> &'static str {
        match self {
            Self::Turtle => "text/turtle",
            Self::NTriples => "application/n-triples",
            Self::NQuads => "application/n-quads",
            Self::TriG => "application/trig",
            Self::RdfXml => "application/rdf+xml",
            Self::JsonLd => "application/ld+json",
        }
    }

    /// The usual file extension.
    #[must_use]
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Turtle => "ttl",
            Self::NTriples => "nt",
            Self::NQuads => "nq",
            Self::TriG => "trig",
            Self::RdfXml => "rdf",
            Self::JsonLd => "jsonld",
        }
    }

    /// True when the format keeps named graphs.
    #[must_use]
    pub const fn keeps_graphs(self) -> bool {
        matches!(self, Self::NQuads | Self::TriG)
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "turtle" | "ttl" => Ok(Self::Turtle),
            "ntriples" | "n-triples" | "nt" => Ok(Self::NTriples),
            "nquads" | "n-quads" | "nq" => Ok(Self::NQuads),
            "trig" => Ok(Self::TriG),
            "rdfxml" | "rdf/xml" | "xml" | "rdf" => Ok(Self::RdfXml),
            "jsonld" | "json-ld" => Ok(Self::JsonLd),
            other => Err(format!(
                "unknown RDF format `{other}` (expected one of: {})",
                Self::ALL.map(Self::name).join(", ")
            )),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why writing failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output could not be written.
    #[error("cannot write the output: {0}")]
    Io(#[from] io::Error),
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// The sort key of a triple: subject, then `rdf:type` before other predicates, then the rest.
fn triple_key(t: &Triple) -> (String, bool, String, String) {
    (
        t.subject.to_string(),
        t.predicate != rdf::TYPE,
        t.predicate.to_string(),
        t.object.to_string(),
    )
}

/// Sorts quads (graph, subject, type first, predicate, object) and drops duplicates.
#[must_use]
pub fn sorted_quads(quads: impl IntoIterator<Item = Quad>) -> Vec<Quad> {
    let mut quads: Vec<Quad> = quads.into_iter().collect();
    quads.sort_by_cached_key(|q| {
        (
            q.graph_name.to_string(),
            triple_key(&Triple::new(
                q.subject.clone(),
                q.predicate.clone(),
                q.object.clone(),
            )),
        )
    });
    quads.dedup();
    quads
}

/// The union of the graphs: the distinct triples, sorted.
#[must_use]
pub fn sorted_triples(quads: impl IntoIterator<Item = Quad>) -> Vec<Triple> {
    let mut triples: Vec<Triple> = quads.into_iter().map(Triple::from).collect();
    triples.sort_by_cached_key(triple_key);
    triples.dedup();
    triples
}

/// Writes the quads in `format`, sorted, to `out`.
///
/// # Errors
/// When writing fails (a closed pipe included: the caller decides whether that is an error).
pub fn write_quads(
    quads: impl IntoIterator<Item = Quad>,
    format: Format,
    out: impl Write,
) -> Result<(), ExportError> {
    let mut out = io::BufWriter::new(out);
    match format {
        Format::NQuads | Format::NTriples => {
            // Line-oriented formats are written as canonical N-Quads (RDFC-1.0, by sophia):
            // sorted lines, canonical escapes, and canonical labels should a blank node ever
            // appear.
            let mut nquads = Vec::new();
            {
                let mut ser = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut nquads);
                for q in quads {
                    if format == Format::NQuads {
                        ser.serialize_quad(&q)?;
                    } else {
                        ser.serialize_triple(&Triple::from(q))?;
                    }
                }
                ser.finish()?;
            }
            canonical_nquads(&nquads, &mut out)?;
        }
        Format::TriG => {
            let quads = sorted_quads(quads);
            let mut ser = serializer(RdfFormat::TriG).for_writer(&mut out);
            for q in &quads {
                ser.serialize_quad(q)?;
            }
            ser.finish()?;
        }
        Format::Turtle | Format::RdfXml => {
            let triples = sorted_triples(quads);
            let rdf_format = if format == Format::Turtle {
                RdfFormat::Turtle
            } else {
                RdfFormat::RdfXml
            };
            let mut ser = serializer(rdf_format).for_writer(&mut out);
            for t in &triples {
                ser.serialize_triple(t)?;
            }
            ser.finish()?;
        }
        Format::JsonLd => {
            let doc = compact_jsonld(&sorted_triples(quads));
            serde_json::to_writer_pretty(&mut out, &doc).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}

fn serializer(format: RdfFormat) -> RdfSerializer {
    let mut ser = RdfSerializer::from_format(format);
    if matches!(
        format,
        RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::RdfXml
    ) {
        for (prefix, iri) in PREFIXES {
            ser = ser
                .with_prefix(*prefix, *iri)
                .unwrap_or_else(|_| unreachable!("constant prefix {prefix}"));
        }
    }
    ser
}

/// Rewrites N-Quads as canonical N-Quads (RDFC-1.0): duplicates dropped, lines sorted.
fn canonical_nquads(nquads: &[u8], out: &mut impl Write) -> io::Result<()> {
    use sophia::api::source::QuadSource;
    let text = std::str::from_utf8(nquads).map_err(io::Error::other)?;
    let dataset: sophia::inmem::dataset::LightDataset = sophia::turtle::parser::nq::parse_str(text)
        .collect_quads()
        .map_err(|e| io::Error::other(e.to_string()))?;
    // Normalised into memory first, so that a failing writer (a closed pipe) reports its own
    // error kind.
    let mut canonical = Vec::with_capacity(nquads.len());
    sophia::c14n::rdfc10::normalize(&dataset, &mut canonical)
        .map_err(|e| io::Error::other(e.to_string()))?;
    out.write_all(&canonical)
}

/// How the context maps one property.
#[derive(Debug, Clone)]
struct TermDef {
    term: String,
    /// `Some("@id")` for IRIs, `Some(datatype IRI)` for coerced literals, `None` for strings.
    coerce: Option<String>,
}

/// The terms of the published context, by full IRI, and its prefixes.
struct Context {
    json: Value,
    properties: BTreeMap<String, TermDef>,
    classes: BTreeMap<String, String>,
    prefixes: Vec<(String, String)>,
}

impl Context {
    fn load() -> Self {
        let json: Value = serde_json::from_str(CONTEXT_JSONLD)
            .unwrap_or_else(|e| unreachable!("the shipped context is JSON: {e}"));
        let ctx = json
            .get("@context")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut prefixes: Vec<(String, String)> = ctx
            .iter()
            .filter_map(|(k, v)| {
                let iri = v.as_str()?;
                (iri.ends_with(['#', '/']) && iri.contains("://"))
                    .then(|| (k.clone(), iri.to_owned()))
            })
            .collect();
        // Longest namespace first, so the most specific prefix wins.
        prefixes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
        let expand = |s: &str| -> String {
            if let Some((p, local)) = s.split_once(':') {
                if let Some((_, ns)) = prefixes.iter().find(|(name, _)| name == p) {
                    return format!("{ns}{local}");
                }
            }
            s.to_owned()
        };
        let mut properties = BTreeMap::new();
        let mut classes = BTreeMap::new();
        for (term, def) in &ctx {
            if term.starts_with('@') || prefixes.iter().any(|(p, _)| p == term) {
                continue;
            }
            match def {
                Value::String(iri) => {
                    let full = expand(iri);
                    if term.starts_with(char::is_uppercase) {
                        classes.insert(full, term.clone());
                    } else {
                        properties.insert(
                            full,
                            TermDef {
                                term: term.clone(),
                                coerce: None,
                            },
                        );
                    }
                }
                Value::Object(obj) => {
                    if let Some(iri) = obj.get("@id").and_then(Value::as_str) {
                        let coerce = obj.get("@type").and_then(Value::as_str).map(|t| {
                            if t.starts_with('@') {
                                t.to_owned()
                            } else {
                                expand(t)
                            }
                        });
                        properties.insert(
                            expand(iri),
                            TermDef {
                                term: term.clone(),
                                coerce,
                            },
                        );
                    }
                }
                _ => {}
            }
        }
        Self {
            json: Value::Object(ctx),
            properties,
            classes,
            prefixes,
        }
    }

    fn compact_iri(&self, iri: &str) -> String {
        for (prefix, ns) in &self.prefixes {
            if let Some(local) = iri.strip_prefix(ns.as_str()) {
                if !local.is_empty()
                    && local
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                {
                    return format!("{prefix}:{local}");
                }
            }
        }
        iri.to_owned()
    }
}

fn literal_value(lit: &Literal) -> Value {
    let mut obj = Map::new();
    obj.insert("@value".into(), Value::String(lit.value().to_owned()));
    if let Some(lang) = lit.language() {
        obj.insert("@language".into(), Value::String(lang.to_owned()));
    } else if lit.datatype() != xsd::STRING {
        obj.insert(
            "@type".into(),
            Value::String(lit.datatype().as_str().to_owned()),
        );
    }
    Value::Object(obj)
}

fn node_id(term: &Term, ctx: &Context) -> Option<String> {
    match term {
        Term::NamedNode(n) => Some(ctx.compact_iri(n.as_str())),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        _ => None,
    }
}

/// Compact JSON-LD of sorted triples: one node object per subject, keys in sorted order.
fn compact_jsonld(triples: &[Triple]) -> Value {
    let ctx = Context::load();
    let mut nodes: Vec<Value> = Vec::new();
    let mut current: Option<(String, Map<String, Value>)> = None;
    for t in triples {
        let subject = match &t.subject {
            NamedOrBlankNode::NamedNode(n) => ctx.compact_iri(n.as_str()),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
            #[allow(
                unreachable_patterns,
                reason = "triple terms exist only with the rdf-12 feature"
            )]
            _ => continue,
        };
        if current.as_ref().is_none_or(|(s, _)| *s != subject) {
            if let Some((_, obj)) = current.take() {
                nodes.push(Value::Object(obj));
            }
            let mut obj = Map::new();
            obj.insert("@id".into(), Value::String(subject.clone()));
            current = Some((subject, obj));
        }
        let Some((_, obj)) = current.as_mut() else {
            continue;
        };
        let (key, value) = if t.predicate == rdf::TYPE {
            let value = match &t.object {
                Term::NamedNode(n) => Value::String(
                    ctx.classes
                        .get(n.as_str())
                        .cloned()
                        .unwrap_or_else(|| ctx.compact_iri(n.as_str())),
                ),
                _ => continue,
            };
            ("@type".to_owned(), value)
        } else if let Some(def) = ctx.properties.get(t.predicate.as_str()) {
            let value = match (&def.coerce, &t.object) {
                (Some(c), term) if c == "@id" => match node_id(term, &ctx) {
                    Some(id) => Value::String(id),
                    None => match term {
                        Term::Literal(l) => literal_value(l),
                        _ => continue,
                    },
                },
                (Some(dt), Term::Literal(l)) if l.datatype().as_str() == dt => {
                    Value::String(l.value().to_owned())
                }
                (None, Term::Literal(l))
                    if l.datatype() == xsd::STRING && l.language().is_none() =>
                {
                    Value::String(l.value().to_owned())
                }
                (_, Term::Literal(l)) => literal_value(l),
                (_, term) => match node_id(term, &ctx) {
                    Some(id) => serde_json::json!({ "@id": id }),
                    None => continue,
                },
            };
            (def.term.clone(), value)
        } else {
            let value = match &t.object {
                Term::Literal(l) => literal_value(l),
                term => match node_id(term, &ctx) {
                    Some(id) => serde_json::json!({ "@id": id }),
                    None => continue,
                },
            };
            (ctx.compact_iri(t.predicate.as_str()), value)
        };
        match obj.get_mut(&key) {
            None => {
                obj.insert(key, value);
            }
            Some(Value::Array(values)) => values.push(value),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, value]);
            }
        }
    }
    if let Some((_, obj)) = current {
        nodes.push(Value::Object(obj));
    }
    serde_json::json!({ "@context": ctx.json, "@graph": nodes })
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, NamedNode};

    fn quad(s: &str, p: &str, o: Term, g: Option<&str>) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(s),
            NamedNode::new_unchecked(p),
            o,
            g.map_or(GraphName::DefaultGraph, |g| {
                NamedNode::new_unchecked(g).into()
            }),
        )
    }

    fn sample() -> Vec<Quad> {
        let ng = crate::ontology::NG;
        vec![
            quad(
                "urn:x:b",
                &format!("{ng}count"),
                Literal::new_typed_literal("5", xsd::INTEGER).into(),
                Some("urn:g:1"),
            ),
            quad(
                "urn:x:a",
                rdf::TYPE.as_str(),
                NamedNode::new_unchecked(format!("{ng}Attack")).into(),
                Some("urn:g:1"),
            ),
            quad(
                "urn:x:a",
                "http://www.w3.org/2000/01/rdf-schema#label",
                Literal::new_simple_literal("A").into(),
                Some("urn:g:2"),
            ),
            quad(
                "urn:x:a",
                "http://www.w3.org/2000/01/rdf-schema#label",
                Literal::new_simple_literal("A").into(),
                Some("urn:g:1"),
            ),
            quad(
                "urn:x:b",
                &format!("{ng}kind"),
                NamedNode::new_unchecked(format!("{ng}Killed")).into(),
                Some("urn:g:1"),
            ),
        ]
    }

    fn write(format: Format, quads: Vec<Quad>) -> String {
        let mut out = Vec::new();
        write_quads(quads, format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn output_does_not_depend_on_input_order() {
        for format in Format::ALL {
            let mut reversed = sample();
            reversed.reverse();
            assert_eq!(write(format, sample()), write(format, reversed), "{format}");
        }
    }

    #[test]
    fn union_formats_write_a_shared_triple_once() {
        let nt = write(Format::NTriples, sample());
        assert_eq!(nt.matches("rdf-schema#label").count(), 1);
        let nq = write(Format::NQuads, sample());
        assert_eq!(nq.matches("rdf-schema#label").count(), 2);
    }

    #[test]
    fn turtle_is_pretty() {
        let ttl = write(Format::Turtle, sample());
        assert!(
            ttl.contains("@prefix ng: <https://w3id.org/newsgraph/ns#>"),
            "{ttl}"
        );
        assert!(ttl.contains("a ng:Attack"), "{ttl}");
        assert!(ttl.contains(" ;\n"), "subjects are grouped: {ttl}");
    }

    #[test]
    fn jsonld_is_compacted_with_the_context() {
        let json: Value = serde_json::from_str(&write(Format::JsonLd, sample())).unwrap();
        let graph = json["@graph"].as_array().unwrap();
        assert_eq!(graph[0]["@id"], "urn:x:a");
        assert_eq!(graph[0]["@type"], "Attack");
        assert_eq!(graph[0]["label"], "A");
        assert_eq!(graph[1]["count"], "5");
        assert_eq!(graph[1]["kind"], "ng:Killed");
        assert_eq!(json["@context"]["ng"], crate::ontology::NG);
    }

    #[test]
    fn format_names_parse() {
        for format in Format::ALL {
            assert_eq!(format.name().parse::<Format>(), Ok(format));
        }
        assert!("csv".parse::<Format>().is_err());
    }
}
