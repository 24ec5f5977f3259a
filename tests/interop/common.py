"""Helpers shared by the interop checks: the binary, a temporary store, the bench kit."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = os.environ.get("NEWSGRAPH_BIN") or str(
    Path(os.environ.get("CARGO_TARGET_DIR", Path.home() / ".cache/newsgraph-target")) / "release/newsgraph"
)
BENCH = Path(os.environ.get("NEWSGRAPH_BENCH", ROOT.parent / "shared" / "bench"))
FAILURES = []


def run(*args, stdin=None, check=True):
    """Run newsgraph with arguments; return the completed process (bytes)."""
    proc = subprocess.run([BIN, *map(str, args)], input=stdin, capture_output=True)
    if check and proc.returncode != 0:
        sys.exit(f"newsgraph {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return proc


def store_with(*inputs):
    """A temporary store holding the given inputs; returns its path (the directory lives on)."""
    path = Path(tempfile.mkdtemp(prefix="newsgraph-")) / "store"
    run("ingest", "--quiet", "--store", path, *inputs)
    return path


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        FAILURES.append(message)


def finish():
    if FAILURES:
        sys.exit(f"{len(FAILURES)} check(s) failed")
