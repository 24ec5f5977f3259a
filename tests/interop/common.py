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


def free_port():
    """A loopback port nobody listens on now (the kernel's pick, released for the server)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A server process on loopback, started for a check and killed at its end, even when
    the check fails: `with Server([...], url) as server: ...`."""

    def __init__(self, argv, ready_url, name):
        self.argv, self.ready_url, self.name = [str(a) for a in argv], ready_url, name
        self.proc = None
        self.log = tempfile.TemporaryFile()

    def __enter__(self):
        import time
        import urllib.error
        import urllib.request

        self.proc = subprocess.Popen(self.argv, stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(200):  # up to 20 s
            if self.proc.poll() is not None:
                break
            try:
                urllib.request.urlopen(self.ready_url, timeout=2).read()
                return self
            except urllib.error.HTTPError:
                return self  # it answers, if only with an error status
            except OSError:
                time.sleep(0.1)
        self.__exit__(None, None, None)
        sys.exit(f"{self.name} did not start:\n{self.output()}")

    def output(self):
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        return False


def serve(store, *extra):
    """`newsgraph serve` on a free loopback port; returns (Server, base URL)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    return Server([BIN, "serve", "--store", store, "--bind", f"127.0.0.1:{port}", *extra], base + "/examples.json", "newsgraph serve"), base
