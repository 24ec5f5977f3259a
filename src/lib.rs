//! newsgraph turns news reports of violent attacks into a linked-data knowledge graph.
//!
//! Data flows one way:
//!
//! ```text
//! read (article) ─▶ extract ─▶ map (graph) ─▶ load (store) ─▶ fuse ─▶ query / export
//! ```
//!
//! ```no_run
//! use newsgraph::{GraphStore, Inputs, IriMinter, extract, fuse, to_quads};
//!
//! let store = GraphStore::open("newsgraph.db".as_ref())?;
//! let minter = IriMinter::new();
//! for article in Inputs::new(["articles/"]) {
//!     let article = article?;
//!     let graph = to_quads(&article, &extract(&article), &minter);
//!     store.replace_graph(&graph)?;
//! }
//! // One canonical attack per real event, across articles, in its own graph.
//! fuse(&store, &minter)?;
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

mod article;
mod event;
mod export;
mod extract;
mod fuse;
mod graph;
pub mod ontology;
mod push;
mod serve;
mod span;
mod store;

pub use article::{Article, DEFAULT_MAX_BYTES, Inputs, Origin, Published, ReadError};
pub use event::{
    Actor, ActorId, ActorKind, Attack, AttackId, AttackType, Casualty, CasualtyKind, Diagnostic,
    Extraction, Place, PlaceId, PlaceKind, Qualifier, Statement, StatementKind, Target, Weapon,
    WeaponMention,
};
pub use export::{CONTEXT_JSONLD, ExportError, Format, sorted_quads, sorted_triples, write_quads};
pub use extract::extract;
pub use fuse::{FUSION_GRAPH, FuseError, FusionStats, fuse, fused_view, fusion_quads};
pub use graph::{ArticleGraph, Counts, IriMinter, to_quads};
pub use push::{MAX_BACKOFF, PushError, PushMethod, PushOptions, Pushed, Pusher, push_store};
pub use serve::{
    AccessLog, AccessRecord, DEFAULT_BIND, Endpoint, Limits, Listening, ServeError, ServeOptions,
};
pub use span::{CharOffsets, Span};
pub use store::{ArticleStats, Dataset, GraphStore, Stats, StoreError, evaluator};
