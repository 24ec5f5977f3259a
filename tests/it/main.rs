//! Integration tests, compiled into one binary: the CLI end to end, golden graphs, evidence
//! offsets, the shipped queries, determinism, the server and push between servers.
#![expect(clippy::unwrap_used, reason = "a failed unwrap is a failed test")]

mod cli;
mod evidence;
mod golden;
mod queries;
mod serve;
mod support;
