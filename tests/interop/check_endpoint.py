#!/usr/bin/env python3
"""`newsgraph serve` as third-party clients see it: SPARQLWrapper queries it in every results
format, rdflib parses every graph format it answers (JSON-LD compacted with the published
context), the Graph Store Protocol reads each article graph, and the limits hold: a malformed
query gets 400 with the parser's message, a heavy query 503 at the timeout while the server
goes on answering, an update without the token is refused."""
import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings

import rdflib
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from common import ROOT, check, finish, serve, store_with

warnings.simplefilter("ignore", DeprecationWarning)

ATTACKS = (ROOT / "queries/attacks.rq").read_text()
CONSTRUCT = """PREFIX ng: <https://w3id.org/newsgraph/ns#>
CONSTRUCT { ?a a ng:Attack ; ng:perpetrator ?p ; ng:location ?l } WHERE { ?a a ng:Attack ; ng:perpetrator ?p ; ng:location ?l }"""
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
GRAPH_FORMATS = {
    "text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
    "application/rdf+xml": "xml", "application/trig": "trig", "application/n-quads": "nquads",
}


def http(url, data=None, headers=None, method=None):
    """(status, headers, body) of a request, error statuses included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get_query(base, query, accept):
    return http(f"{base}/query?query={urllib.parse.quote(query)}", headers={"Accept": accept})


def main():
    store = store_with(ROOT / "examples/westgate")
    server, base = serve(store, "--timeout", "1s")
    with server:
        sparql = SPARQLWrapper(base + "/query")
        sparql.setQuery(ATTACKS)
        sparql.setReturnFormat(JSON)
        rows = sparql.query().convert()["results"]["bindings"]
        check(len(rows) == 5 and any(r["attack"]["value"].startswith("Westgate") for r in rows),
              f"SPARQLWrapper (GET, JSON): {len(rows)} attacks")
        sparql.setMethod("POST")
        check(len(sparql.query().convert()["results"]["bindings"]) == len(rows), "SPARQLWrapper (POST form, JSON): same rows")
        sparql.setMethod("GET")
        sparql.setReturnFormat(XML)
        xml = sparql.query().convert()
        check(len(xml.getElementsByTagName("result")) == len(rows), "SPARQLWrapper (XML): same rows")
        for fmt, delimiter in ((CSV, ","), (TSV, "\t")):
            sparql.setReturnFormat(fmt)
            text = sparql.query().convert().decode("utf-8")
            table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
            check(len(table) == len(rows) + 1, f"SPARQLWrapper ({fmt.upper()}): {len(table) - 1} rows and a header")

        status, headers, body = http(base + "/query", data=ATTACKS.encode(),
                                     headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        check(status == 200 and headers["Content-Type"].startswith("text/csv") and body.count(b"\n") == len(rows) + 1,
              "POST application/sparql-query with Accept: text/csv")
        check(headers.get("Access-Control-Allow-Origin") == "*", "CORS: any origin may read")
        status, headers, _ = http(base + "/query", method="OPTIONS", headers={
            "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        allowed = headers.get("Access-Control-Allow-Headers", "").lower()
        check(status == 204 and headers.get("Access-Control-Allow-Origin") == "*" and "content-type" in allowed,
              f"CORS preflight: any origin, headers {allowed!r} (POST and GET are safelisted)")

        counts = set()
        for media_type, rdflib_format in GRAPH_FORMATS.items():
            status, headers, body = get_query(base, CONSTRUCT, media_type)
            ds = rdflib.Dataset()
            try:
                ds.parse(data=body.decode("utf-8"), format=rdflib_format)
                n = len(list(ds.quads((None, None, None, None))))
            except Exception as err:  # rdflib raises many kinds
                n = f"unparsable: {err}"
            counts.add(n)
            check(status == 200 and headers["Content-Type"] == media_type and isinstance(n, int) and n > 0,
                  f"CONSTRUCT as {media_type}: rdflib reads {n} triples")
        check(len(counts) == 1, f"every graph format carries the same triples: {counts}")
        doc = json.loads(get_query(base, CONSTRUCT, "application/ld+json")[2])
        context = json.loads((ROOT / "ontology/context.jsonld").read_text())["@context"]
        check(doc["@context"] == context and any("perpetrator" in node for node in doc["@graph"]),
              "JSON-LD uses the published context: compact keys such as \"perpetrator\"")

        names = [r["g"]["value"] for r in json.loads(get_query(
            base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "application/json")[2])["results"]["bindings"]]
        total = 0
        for name in names:
            status, _, body = http(f"{base}/store?graph={urllib.parse.quote(name)}", headers={"Accept": "text/turtle"})
            graph = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
            expected = int(json.loads(get_query(
                base, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}", "application/json")[2])
                ["results"]["bindings"][0]["n"]["value"])
            total += expected
            check(status == 200 and len(graph) == expected, f"GET /store?graph=<{name}>: {len(graph)} triples")
        status, _, body = http(base + "/store", headers={"Accept": "application/n-quads"})
        check(status == 200 and len(body.splitlines()) == total, f"GET /store: the dataset, {total} quads")
        status, _, _ = http(base + "/store?default", headers={"Accept": "application/rdf+xml"})
        check(status == 200, "GET /store?default as RDF/XML")
        check(http(base + "/store?graph=urn:x:none")[0] == 404, "an unknown graph is 404")

        status, headers, body = get_query(base, "SELECT ?x WHERE { ?x ", "application/json")
        check(status == 400 and body.startswith(b"malformed query: ") and b"1:" in body,
              f"a malformed query is 400 with the parser's message: {body[:70]!r}")

        started = time.monotonic()
        status, _, body = get_query(base, HEAVY, "application/json")
        elapsed = time.monotonic() - started
        check(status == 503 and b"--timeout" in body and elapsed < 5,
              f"a heavy query is cancelled at the 1 s timeout: {status} after {elapsed:.2f} s")
        started = time.monotonic()
        status, _, _ = get_query(base, ATTACKS, "application/json")
        check(status == 200, f"the next query is answered ({(time.monotonic() - started) * 1000:.0f} ms)")

        insert = b"INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"
        status, _, body = http(base + "/update", data=insert, headers={"Content-Type": "application/sparql-update"})
        check(status == 403 and b"--allow-update" in body, "an update to a read-only server is refused (403)")
        status, _, _ = get_query(base, insert.decode(), "application/json")
        check(status == 400, "an update sent as a query does not parse (400)")

    token = "interop-token-1234"
    writable = store_with(ROOT / "examples/westgate/000_9fc0760624e66e9f.txt")
    server, base = serve(writable, "--allow-update", "--update-token", token)
    with server:
        for auth in (None, "Bearer wrong"):
            headers = {"Content-Type": "application/sparql-update", **({"Authorization": auth} if auth else {})}
            status, _, _ = http(base + "/update", data=insert, headers=headers)
            check(status == 401, f"an update with {'a wrong' if auth else 'no'} token is refused (401)")
        status, _, _ = http(base + "/update", data=insert, headers={
            "Content-Type": "application/sparql-update", "Authorization": f"Bearer {token}"})
        status_ask, _, body = get_query(base, "ASK { <urn:x:s> <urn:x:p> <urn:x:o> }", "application/json")
        check(status == 204 and json.loads(body)["boolean"], "an update with the token is applied (204)")
    finish()


if __name__ == "__main__":
    main()
