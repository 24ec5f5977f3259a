#!/usr/bin/env python3
"""`newsgraph push` into a real Oxigraph server (PyPI's `oxigraph`, its own `oxigraph serve`)
on loopback, by the Graph Store Protocol and by SPARQL Update: every named graph arrives
whole, a second push replaces rather than adds, and the triples counted on the server are
those of the local store. A store that fails transiently is retried; one that refuses stops
the push with its message."""
import json
import shutil
import sys
import tempfile
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from common import BIN, ROOT, Server, check, finish, free_port, run, store_with

COUNT_BY_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def counts(endpoint):
    """{graph: triples} by a SPARQL query to `endpoint`."""
    request = urllib.request.Request(endpoint, data=COUNT_BY_GRAPH.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    rows = json.load(urllib.request.urlopen(request, timeout=30))["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def oxigraph_server(location):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    return Server([exe, "serve", "--location", location, "--bind", f"127.0.0.1:{port}"], base + "/query?query=ASK%7B%7D", "oxigraph serve"), base


class Flaky(BaseHTTPRequestHandler):
    """Answers each graph's first PUT with 503 (Retry-After: 0), the second with 204; refuses
    everything with 400 when `refuse` is set."""
    seen = {}
    refuse = False

    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        graph = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("graph", [""])[0]
        attempt = Flaky.seen[graph] = Flaky.seen.get(graph, 0) + 1
        if Flaky.refuse:
            self.send_response(400)
            message = b"this store takes no such graph"
        elif attempt == 1:
            self.send_response(503)
            self.send_header("Retry-After", "0")
            message = b"busy"
        else:
            self.send_response(204 if body else 400)
            message = b""
        self.send_header("Content-Length", str(len(message)))
        self.end_headers()
        self.wfile.write(message)

    def log_message(self, *args):
        pass


def main():
    store = store_with(ROOT / "examples/westgate")
    local = counts_local(store)
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-push-"))

    server, base = oxigraph_server(tmp / "gsp")
    with server:
        proc = run("push", "--store", store, "--to", base + "/store")
        report = proc.stderr.decode()
        remote = counts(base + "/query")
        check(remote == local, f"--graph-store: Oxigraph holds the {len(local)} graphs, {sum(remote.values())} triples, as the local store")
        check(f"pushed {len(local)} graphs, {sum(local.values())} triples" in report, f"push reports what it sent: {report.strip().splitlines()[-1]}")
        run("push", "--quiet", "--store", store, "--to", base + "/store")
        check(counts(base + "/query") == local, "a second push replaces the graphs (no triple counted twice)")

    server, base = oxigraph_server(tmp / "update")
    with server:
        run("push", "--quiet", "--update", "--store", store, "--to", base + "/update")
        check(counts(base + "/query") == local, "--update: the same graphs and triples")
        run("push", "--quiet", "--update", "--store", store, "--to", base + "/update")
        check(counts(base + "/query") == local, "--update twice: still the same")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        target = f"http://127.0.0.1:{httpd.server_address[1]}/store"
        proc = run("push", "--store", store, "--to", target, check=False)
        report = proc.stderr.decode()
        check(proc.returncode == 0 and report.count("2 attempts") == len(local),
              f"a 503 is retried and the push succeeds ({report.count('2 attempts')} graphs took 2 attempts)")
        Flaky.refuse, Flaky.seen = True, {}
        proc = run("push", "--store", store, "--to", target, check=False)
        report = proc.stderr.decode()
        check(proc.returncode != 0 and "HTTP 400" in report and "this store takes no such graph" in report
              and sum(Flaky.seen.values()) == 1,
              "a 400 stops the push at once with the server's message")
    finally:
        httpd.shutdown()

    proc = run("push", "--store", store, "--to", f"http://127.0.0.1:{free_port()}/store", "--retries", "1", check=False)
    check(proc.returncode != 0 and "after 2 attempt(s)" in proc.stderr.decode(),
          "an unreachable store is retried, then reported")
    finish()


def counts_local(store):
    proc = run("query", "--store", store, "--results", "json", COUNT_BY_GRAPH)
    rows = json.loads(proc.stdout)["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


if __name__ == "__main__":
    main()
