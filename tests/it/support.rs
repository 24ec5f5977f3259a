//! Helpers: the example articles, a store built from them, running the binary.

use newsgraph::{GraphStore, Inputs, IriMinter, extract, to_quads};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn examples() -> PathBuf {
    root().join("examples/westgate")
}

/// An in-memory store holding the example articles.
pub(crate) fn example_store() -> GraphStore {
    let store = GraphStore::in_memory().expect("store");
    let minter = IriMinter::new();
    for article in Inputs::new([examples()]) {
        let article = article.expect("readable example");
        store
            .replace_graph(&to_quads(&article, &extract(&article), &minter))
            .expect("stored");
    }
    store
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
