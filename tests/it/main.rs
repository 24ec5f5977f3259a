//! Integration tests, compiled into one binary: the CLI end to end, golden graphs, evidence
//! offsets, fusion across articles, the shipped queries, determinism, the server and push
//! between servers.
#![expect(clippy::unwrap_used, reason = "a failed unwrap is a failed test")]

mod cli;
mod detection;
mod evidence;
mod fusion;
mod golden;
mod queries;
mod serve;
mod support;
