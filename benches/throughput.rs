//! Extraction and ingest throughput, and peak memory, on the benchmark corpora.
//!
//! `cargo bench --bench throughput` prints articles/s, words/s and MB/s for extraction alone,
//! for extraction + mapping to quads, and for a full ingest into an on-disk store, with the
//! process's peak resident memory. Corpora: `NEWSGRAPH_BENCH` (default `../shared/bench`):
//! the MUC-4 dev texts, the WikiEvents articles and the Westgate examples.

use newsgraph::{GraphStore, Inputs, IriMinter, extract, to_quads};
use std::path::PathBuf;
use std::time::Instant;

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

fn main() {
    let bench = std::env::var_os("NEWSGRAPH_BENCH").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"),
        PathBuf::from,
    );
    // MUC-4 dev is {docid, doctext}: turn it into articles on the fly.
    let muc: Vec<newsgraph::Article> = std::fs::read_to_string(bench.join("muc4/dev.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| newsgraph::Article {
            id: v["docid"].as_str().unwrap_or("").to_owned(),
            title: None,
            url: None,
            published: None,
            text: v["doctext"].as_str().unwrap_or("").to_owned(),
            origin: newsgraph::Origin {
                path: "muc4/dev.jsonl".into(),
                line: None,
            },
        })
        .collect();
    let mut corpus: Vec<newsgraph::Article> = muc;
    for path in [
        bench.join("wikievents/articles.jsonl"),
        bench.join("westgate"),
    ] {
        corpus.extend(Inputs::new([path]).filter_map(Result::ok));
    }
    if corpus.is_empty() {
        eprintln!("no corpus found under {}", bench.display());
        return;
    }
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    let words: usize = corpus
        .iter()
        .map(|a| a.text.split_whitespace().count())
        .sum();
    println!(
        "corpus: {} articles, {words} words, {:.2} MB",
        corpus.len(),
        bytes as f64 / 1e6
    );
    // Warm the lexicons (built once per process) outside the timings.
    let t = Instant::now();
    let _ = extract(&corpus[0]);
    println!("lexicons loaded in {:.3} s", t.elapsed().as_secs_f64());

    let rounds = 5;
    let report = |name: &str, secs: f64| {
        let n = (corpus.len() * rounds) as f64;
        println!(
            "{name:<22} {:>9.0} articles/s {:>11.0} words/s {:>7.2} MB/s",
            n / secs,
            (words * rounds) as f64 / secs,
            (bytes * rounds) as f64 / 1e6 / secs
        );
    };
    let t = Instant::now();
    let mut facts = 0usize;
    for _ in 0..rounds {
        for a in &corpus {
            let e = extract(a);
            facts += e.attacks.len() + e.actors.len() + e.casualties.len() + e.statements.len();
        }
    }
    report("extract", t.elapsed().as_secs_f64());
    let minter = IriMinter::new();
    let t = Instant::now();
    let mut quads = 0usize;
    for _ in 0..rounds {
        for a in &corpus {
            quads += to_quads(a, &extract(a), &minter).quads.len();
        }
    }
    report("extract + map", t.elapsed().as_secs_f64());
    let dir = tempfile::tempdir().expect("temp dir");
    let store = GraphStore::open(&dir.path().join("bench.db")).expect("store");
    let t = Instant::now();
    for _ in 0..rounds {
        for a in &corpus {
            store
                .replace_graph(&to_quads(a, &extract(a), &minter))
                .expect("stored");
        }
    }
    store.flush().expect("flush");
    report("ingest (on disk)", t.elapsed().as_secs_f64());
    println!(
        "facts per round: {}, quads per round: {}",
        facts / rounds,
        quads / rounds
    );
    println!("peak resident memory: {:.1} MiB", peak_rss_mib());
}
