//! Helpers: the example articles, a store built from them, running the binary.

use newsgraph::{GraphStore, Inputs, IriMinter, extract, fuse, to_quads};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn examples() -> PathBuf {
    root().join("examples/westgate")
}

/// An in-memory store holding the example articles, fused as `ingest` does.
pub(crate) fn example_store() -> GraphStore {
    store_with(&[examples()])
}

/// An in-memory store holding the articles of `paths`, fused.
pub(crate) fn store_with(paths: &[PathBuf]) -> GraphStore {
    let store = GraphStore::in_memory().expect("store");
    let minter = IriMinter::new();
    for article in Inputs::new(paths.iter().cloned()) {
        let article = article.expect("readable article");
        store
            .replace_graph(&to_quads(&article, &extract(&article), &minter))
            .expect("stored");
    }
    fuse(&store, &minter).expect("fused");
    store
}

/// The fusion fixtures: `tests/fusion/<case>/`.
pub(crate) fn fusion_case(case: &str) -> PathBuf {
    root().join("tests/fusion").join(case)
}

/// Runs the newsgraph binary.
pub(crate) fn newsgraph(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("runs")
}

pub(crate) fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
