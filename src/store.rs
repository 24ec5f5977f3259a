//! The boundary around Oxigraph: an on-disk store holding one named graph per article.

use crate::graph::ArticleGraph;
use crate::ontology::{dct, ng, nif};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode,
    NamedOrBlankNodeRef, Quad, Term, TermRef,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store directory could not be opened.
    #[error("cannot open the store at {}: {source}", path.display())]
    Open {
        /// The directory.
        path: PathBuf,
        /// The cause.
        source: oxigraph::store::StorageError,
    },
    /// There is no store at that path.
    #[error("no store at {} (run `newsgraph ingest --store {}` first)", path.display(), path.display())]
    Missing {
        /// The directory.
        path: PathBuf,
    },
    /// Reading or writing failed.
    #[error("store error: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    /// The query does not parse.
    #[error("malformed query: {0}")]
    Syntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    /// The query failed while running.
    #[error("query failed: {0}")]
    Evaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    /// The update failed while running.
    #[error("update failed: {0}")]
    Update(#[from] oxigraph::sparql::UpdateEvaluationError),
}

impl StoreError {
    /// True when the query was stopped by its cancellation token (a timeout, say).
    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        matches!(
            self,
            Self::Evaluation(oxigraph::sparql::QueryEvaluationError::Cancelled)
        )
    }
}

/// An Oxigraph store with newsgraph's conventions: one named graph per article, queries over
/// the union of all graphs.
pub struct GraphStore {
    store: Store,
}

impl GraphStore {
    /// Opens (creating if needed) the store in `path` for reading and writing.
    ///
    /// # Errors
    /// When RocksDB cannot open the directory (for instance another process holds it).
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Store::open(path)
            .map(|store| Self { store })
            .map_err(|source| StoreError::Open {
                path: path.to_owned(),
                source,
            })
    }

    /// Opens an existing store for reading only; several readers may share it.
    ///
    /// # Errors
    /// When there is no store in `path` or it cannot be opened.
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing {
                path: path.to_owned(),
            });
        }
        Store::open_read_only(path)
            .map(|store| Self { store })
            .map_err(|source| StoreError::Open {
                path: path.to_owned(),
                source,
            })
    }

    /// An in-memory store, for tests and pipelines that need no disk.
    ///
    /// # Errors
    /// Never in practice; Oxigraph's constructor is fallible.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(Self {
            store: Store::new()?,
        })
    }

    /// The underlying Oxigraph store.
    #[must_use]
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// Replaces the named graph `graph.name` by `graph.quads`, in one transaction: readers see
    /// the old graph or the new one, never half of either.
    ///
    /// # Errors
    /// When the write fails; the store then still holds the old graph.
    pub fn replace_graph(&self, graph: &ArticleGraph) -> Result<(), StoreError> {
        self.replace_named_graph(graph.name.as_ref(), &graph.quads)
    }

    /// Replaces any named graph by the given quads (which must all be in that graph).
    ///
    /// # Errors
    /// When the write fails; the store then still holds the old graph.
    pub fn replace_named_graph(
        &self,
        name: NamedNodeRef<'_>,
        quads: &[Quad],
    ) -> Result<(), StoreError> {
        let mut transaction = self.store.start_transaction()?;
        transaction.clear_graph(name)?;
        transaction.insert_named_graph(name);
        transaction.extend(quads.iter());
        transaction.commit()?;
        Ok(())
    }

    /// Makes the named graph hold exactly the given quads (which must all be in that graph),
    /// writing only the difference with what it holds now, in one transaction. For a graph
    /// rewritten often with few changes (the fusion graph after one more article) this costs
    /// the changes, not the graph.
    ///
    /// # Errors
    /// When reading or writing fails; the store then still holds the old graph.
    pub fn update_named_graph(
        &self,
        name: NamedNodeRef<'_>,
        quads: &[Quad],
    ) -> Result<(), StoreError> {
        let wanted: std::collections::HashSet<&Quad> = quads.iter().collect();
        let mut present = std::collections::HashSet::new();
        let mut stale = Vec::new();
        for quad in self.graph_quads(name) {
            let quad = quad?;
            if wanted.contains(&quad) {
                present.insert(quad);
            } else {
                stale.push(quad);
            }
        }
        let mut transaction = self.store.start_transaction()?;
        transaction.insert_named_graph(name);
        for quad in &stale {
            transaction.remove(quad);
        }
        transaction.extend(quads.iter().filter(|q| !present.contains(*q)));
        transaction.commit()?;
        Ok(())
    }

    /// Removes a named graph and its quads.
    ///
    /// # Errors
    /// When the write fails.
    pub fn remove_graph(&self, name: NamedNodeRef<'_>) -> Result<(), StoreError> {
        let mut transaction = self.store.start_transaction()?;
        transaction.remove_named_graph(name)?;
        transaction.commit()?;
        Ok(())
    }

    /// Flushes writes to disk.
    ///
    /// # Errors
    /// When RocksDB fails.
    pub fn flush(&self) -> Result<(), StoreError> {
        Ok(self.store.flush()?)
    }

    /// Runs a SPARQL query whose default graph is the union of all graphs.
    ///
    /// # Errors
    /// When the query does not parse or fails.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_with(sparql, evaluator())
    }

    /// Like [`GraphStore::query`], with evaluator options (a cancellation token, say).
    ///
    /// # Errors
    /// When the query does not parse or fails.
    pub fn query_with(
        &self,
        sparql: &str,
        evaluator: SparqlEvaluator,
    ) -> Result<QueryResults<'static>, StoreError> {
        self.query_in(sparql, evaluator, None)
    }

    /// Like [`GraphStore::query_with`], over the dataset a SPARQL protocol request names
    /// (`default-graph-uri`, `named-graph-uri`), which then replaces the query's own FROM
    /// clauses, as the protocol says. `None` keeps the query's dataset, or the union of all
    /// graphs when it names none.
    ///
    /// # Errors
    /// When the query does not parse or fails.
    pub fn query_in(
        &self,
        sparql: &str,
        evaluator: SparqlEvaluator,
        dataset: Option<&Dataset>,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = evaluator.parse_query(sparql)?;
        if let Some(dataset) = dataset {
            let spec = prepared.dataset_mut();
            spec.set_default_graph(
                dataset
                    .default_graphs
                    .iter()
                    .cloned()
                    .map(GraphName::from)
                    .collect(),
            );
            spec.set_available_named_graphs(
                dataset
                    .named_graphs
                    .iter()
                    .cloned()
                    .map(NamedOrBlankNode::from)
                    .collect(),
            );
        } else if prepared.dataset().is_default_dataset() {
            // Only set the union default when the query names no dataset of its own (FROM …).
            prepared.dataset_mut().set_default_graph_as_union();
        }
        Ok(prepared.on_store(&self.store).execute()?)
    }

    /// Runs a SPARQL update (the store must have been opened for writing).
    ///
    /// # Errors
    /// When the update does not parse or fails; Oxigraph applies an update in one
    /// transaction, so a failed update changes nothing.
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        evaluator()
            .parse_update(sparql)?
            .on_store(&self.store)
            .execute()?;
        Ok(())
    }

    /// True when the store holds a named graph of that name.
    ///
    /// # Errors
    /// When reading fails.
    pub fn contains_graph(&self, name: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        Ok(self.store.contains_named_graph(name)?)
    }

    /// Every quad, in Oxigraph's order (not stable: exports sort).
    pub fn quads(&self) -> impl Iterator<Item = Result<Quad, StoreError>> + 'static {
        self.store
            .iter()
            .map(|q| q.map(restore_datatype).map_err(StoreError::from))
    }

    /// The quads of one named graph.
    pub fn graph_quads(
        &self,
        name: NamedNodeRef<'_>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + 'static {
        self.store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(name)))
            .map(|q| q.map(restore_datatype).map_err(StoreError::from))
    }

    /// The quads matching a pattern (`None` matches anything), in Oxigraph's order. This is
    /// how fusion reads the few facts it needs (attacks, actors, places) without whole graphs.
    pub fn quads_matching(
        &self,
        subject: Option<NamedNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<TermRef<'_>>,
        graph: Option<NamedNodeRef<'_>>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + 'static {
        self.store
            .quads_for_pattern(
                subject.map(NamedOrBlankNodeRef::NamedNode),
                predicate,
                object,
                graph.map(GraphNameRef::NamedNode),
            )
            .map(|q| q.map(restore_datatype).map_err(StoreError::from))
    }

    /// The names of all named graphs, sorted.
    ///
    /// # Errors
    /// When reading fails.
    pub fn graph_names(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut names = Vec::new();
        for name in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(n) = name? {
                names.push(n);
            }
        }
        names.sort();
        Ok(names)
    }

    /// The IRI of the article with this identifier, when stored.
    ///
    /// # Errors
    /// When reading fails.
    pub fn article_iri(&self, id: &str) -> Result<Option<NamedNode>, StoreError> {
        let id = oxigraph::model::Literal::new_simple_literal(id);
        for quad in self.store.quads_for_pattern(
            None,
            Some(dct::IDENTIFIER),
            Some(id.as_ref().into()),
            None,
        ) {
            let quad = quad?;
            if let NamedOrBlankNode::NamedNode(s) = quad.subject {
                let typed = self.store.contains(oxigraph::model::QuadRef::new(
                    &s,
                    rdf::TYPE,
                    ng::ARTICLE,
                    quad.graph_name.as_ref(),
                ))?;
                if typed {
                    return Ok(Some(s));
                }
            }
        }
        Ok(None)
    }

    /// Number of quads.
    ///
    /// # Errors
    /// When reading fails.
    pub fn len(&self) -> Result<usize, StoreError> {
        Ok(self.store.len()?)
    }

    /// True when the store holds no quad.
    ///
    /// # Errors
    /// When reading fails.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.store.is_empty()?)
    }
}

/// Gives NIF offsets back their declared datatype.
///
/// Oxigraph stores every derived integer type as `xsd:integer` (oxigraph issue 1413), so an
/// `xsd:nonNegativeInteger` written by `graph` comes back as `xsd:integer`. The vocabulary
/// (and SHACL shapes) declare `nif:beginIndex` and `nif:endIndex` as non-negative integers, so
/// everything read out of the store is mended here, in one place.
fn restore_datatype(mut quad: Quad) -> Quad {
    if quad.predicate == nif::BEGIN_INDEX || quad.predicate == nif::END_INDEX {
        if let Term::Literal(lit) = &quad.object {
            if lit.datatype() == xsd::INTEGER && !lit.value().starts_with('-') {
                quad.object =
                    Literal::new_typed_literal(lit.value(), xsd::NON_NEGATIVE_INTEGER).into();
            }
        }
    }
    quad
}

/// A SPARQL evaluator that knows the vocabulary's prefixes, so queries may use `ng:`, `rdfs:`,
/// `dct:` … without declaring them (a query's own PREFIX declarations still win).
pub fn evaluator() -> SparqlEvaluator {
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, iri) in crate::ontology::PREFIXES {
        evaluator = evaluator
            .with_prefix(*prefix, *iri)
            .unwrap_or_else(|_| unreachable!("constant prefix {prefix}"));
    }
    evaluator
}

/// The graphs a query reads when a protocol request names them (SPARQL 1.1 Protocol §2.1.4):
/// the default graph is the merge of `default_graphs` and `GRAPH` sees only `named_graphs`;
/// either may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    /// Graphs merged into the default graph.
    pub default_graphs: Vec<NamedNode>,
    /// The named graphs visible to `GRAPH`.
    pub named_graphs: Vec<NamedNode>,
}

/// Per-class and per-article counts of a store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// (class local name, count of distinct nodes), in a fixed order.
    pub classes: Vec<(String, u64)>,
    /// One row per article: identifier, attacks, actors, casualty figures, statements, triples.
    pub articles: Vec<ArticleStats>,
}

/// Counts for one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleStats {
    /// The article's identifier.
    pub id: String,
    /// Attacks.
    pub attacks: u64,
    /// Actors.
    pub actors: u64,
    /// Casualty figures.
    pub casualties: u64,
    /// Statements.
    pub statements: u64,
    /// Triples in its graph.
    pub triples: u64,
}

impl GraphStore {
    /// Counts per class (over the union of graphs) and per article.
    ///
    /// # Errors
    /// When a query fails.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let classes = [
            ("Article", ng::ARTICLE),
            ("Attack", ng::ATTACK),
            ("Actor", ng::ACTOR),
            ("Person", ng::PERSON),
            ("Organization", ng::ORGANIZATION),
            ("ArmedGroup", ng::ARMED_GROUP),
            ("SecurityForce", ng::SECURITY_FORCE),
            ("GovernmentBody", ng::GOVERNMENT_BODY),
            ("MediaOrganization", ng::MEDIA_ORGANIZATION),
            ("DescribedActor", ng::DESCRIBED_ACTOR),
            ("CanonicalAttack", ng::CANONICAL_ATTACK),
            ("CanonicalActor", ng::CANONICAL_ACTOR),
            ("Place", ng::PLACE),
            ("Target", ng::TARGET),
            ("Casualty", ng::CASUALTY),
            ("Statement", ng::STATEMENT),
        ];
        let mut out = Stats::default();
        for (name, class) in classes {
            let q = format!(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{}> }}",
                class.as_str()
            );
            out.classes.push((name.to_owned(), self.single_count(&q)?));
        }
        let q = format!(
            "SELECT ?id ?g WHERE {{ GRAPH ?g {{ ?g a <{}> ; <{}> ?id }} }} ORDER BY ?id",
            ng::ARTICLE.as_str(),
            dct::IDENTIFIER.as_str()
        );
        if let QueryResults::Solutions(rows) = self.query(&q)? {
            for row in rows {
                let row = row?;
                let (Some(Term::Literal(id)), Some(Term::NamedNode(g))) =
                    (row.get("id"), row.get("g"))
                else {
                    continue;
                };
                let count = |class: NamedNodeRef<'_>| -> Result<u64, StoreError> {
                    self.single_count(&format!(
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH <{}> {{ ?s a <{}> }} }}",
                        g.as_str(),
                        class.as_str()
                    ))
                };
                out.articles.push(ArticleStats {
                    id: id.value().to_owned(),
                    attacks: count(ng::ATTACK)?,
                    actors: count(ng::ACTOR)?,
                    casualties: count(ng::CASUALTY)?,
                    statements: count(ng::STATEMENT)?,
                    triples: self.single_count(&format!(
                        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}",
                        g.as_str()
                    ))?,
                });
            }
        }
        Ok(out)
    }

    fn single_count(&self, sparql: &str) -> Result<u64, StoreError> {
        if let QueryResults::Solutions(mut rows) = self.query(sparql)? {
            if let Some(row) = rows.next() {
                if let Some(Term::Literal(n)) = row?.get("n") {
                    return Ok(n.value().parse().unwrap_or(0));
                }
            }
        }
        Ok(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_keep_their_datatype_through_the_store() {
        let store = GraphStore::in_memory().unwrap();
        let g = NamedNode::new("urn:example:g").unwrap();
        let s = NamedNode::new("urn:example:e").unwrap();
        let offset = Literal::new_typed_literal("7", xsd::NON_NEGATIVE_INTEGER);
        let quads = [
            Quad::new(
                s.clone(),
                nif::BEGIN_INDEX,
                offset.clone(),
                GraphName::NamedNode(g.clone()),
            ),
            Quad::new(
                s,
                ng::COUNT,
                Literal::new_typed_literal("7", xsd::INTEGER),
                GraphName::NamedNode(g.clone()),
            ),
        ];
        store.replace_named_graph(g.as_ref(), &quads).unwrap();
        let mut back: Vec<Quad> = store.graph_quads(g.as_ref()).map(Result::unwrap).collect();
        back.sort_by_key(ToString::to_string);
        let mut expected = quads.to_vec();
        expected.sort_by_key(ToString::to_string);
        assert_eq!(back, expected);
        assert_eq!(store.quads().count(), 2);
    }

    #[test]
    fn updating_a_graph_leaves_exactly_the_new_quads() {
        let store = GraphStore::in_memory().unwrap();
        let g = NamedNode::new("urn:example:g").unwrap();
        let q = |s: &str, o: &str| {
            Quad::new(
                NamedNode::new(s).unwrap(),
                ng::LOCATION,
                NamedNode::new(o).unwrap(),
                GraphName::NamedNode(g.clone()),
            )
        };
        store
            .update_named_graph(g.as_ref(), &[q("urn:a", "urn:x"), q("urn:b", "urn:y")])
            .unwrap();
        store
            .update_named_graph(g.as_ref(), &[q("urn:b", "urn:y"), q("urn:c", "urn:z")])
            .unwrap();
        let mut back: Vec<String> = store
            .graph_quads(g.as_ref())
            .map(|q| q.unwrap().to_string())
            .collect();
        back.sort();
        let mut expected = vec![
            q("urn:b", "urn:y").to_string(),
            q("urn:c", "urn:z").to_string(),
        ];
        expected.sort();
        assert_eq!(back, expected);
    }
}
