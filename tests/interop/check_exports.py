#!/usr/bin/env python3
"""Every export format of the examples parses with rdflib; Turtle and RDF/XML with rapper; the
Turtle export validates against ontology/shapes.ttl with pyshacl; exports are byte-stable. The
same for the canonical view (`export --fused`), which must validate on its own."""
import subprocess
import tempfile
import warnings
from pathlib import Path

import rdflib
from pyshacl import validate

from common import ROOT, check, finish, run, store_with

warnings.simplefilter("ignore", DeprecationWarning)

RDFLIB = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "rdfxml": "xml", "jsonld": "json-ld"}


def main():
    store = store_with(ROOT / "examples/westgate")
    out = Path(tempfile.mkdtemp(prefix="newsgraph-export-"))
    sizes = {}
    for fmt, rdflib_fmt in RDFLIB.items():
        data = run("export", "--store", store, "--format", fmt).stdout
        (out / f"export.{fmt}").write_bytes(data)
        again = run("export", "--store", store, "--format", fmt).stdout
        check(data == again, f"{fmt}: two exports are byte-identical")
        ds = rdflib.Dataset()
        try:
            ds.parse(data=data.decode("utf-8"), format=rdflib_fmt)
            n = len(list(ds.quads((None, None, None, None))))
            sizes[fmt] = n
            check(n > 0, f"{fmt}: rdflib parses {n} statements")
        except Exception as err:  # rdflib raises many kinds
            check(False, f"{fmt}: rdflib cannot parse: {err}")
        check(b"_:" not in data or fmt == "jsonld" and b'"_:' not in data, f"{fmt}: no blank nodes")
    union = {sizes.get(f) for f in ("turtle", "ntriples", "rdfxml", "jsonld")}
    check(len(union) == 1, f"union formats agree on the number of triples: {sizes}")
    check(sizes.get("nquads") == sizes.get("trig"), "N-Quads and TriG agree on the number of quads")

    for fmt, syntax in (("turtle", "turtle"), ("rdfxml", "rdfxml")):
        proc = subprocess.run(["rapper", "-q", "-i", syntax, "-c", str(out / f"export.{fmt}")], capture_output=True, text=True)
        check(proc.returncode == 0, f"{fmt}: rapper parses it ({proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else 'ok'})")

    fused = {}
    for fmt, rdflib_fmt in RDFLIB.items():
        data = run("export", "--fused", "--store", store, "--format", fmt).stdout
        (out / f"fused.{fmt}").write_bytes(data)
        check(data == run("export", "--fused", "--store", store, "--format", fmt).stdout, f"fused {fmt}: byte-identical twice")
        ds = rdflib.Dataset()
        try:
            ds.parse(data=data.decode("utf-8"), format=rdflib_fmt)
            fused[fmt] = len(list(ds.quads((None, None, None, None))))
            check(fused[fmt] > 0, f"fused {fmt}: rdflib parses {fused[fmt]} statements")
        except Exception as err:  # rdflib raises many kinds
            check(False, f"fused {fmt}: rdflib cannot parse: {err}")
    check(len({fused.get(f) for f in ("turtle", "ntriples", "rdfxml", "jsonld", "nquads", "trig")}) == 1,
          f"fused formats agree on the number of statements: {fused}")

    shapes = rdflib.Graph().parse(ROOT / "ontology/shapes.ttl", format="turtle")
    for name in ("export", "fused"):
        data = rdflib.Graph().parse(out / f"{name}.turtle", format="turtle")
        conforms, _, report = validate(data, shacl_graph=shapes, inference="none")
        check(conforms, f"the Turtle {name} conforms to ontology/shapes.ttl" + ("" if conforms else "\n" + report[:3000]))
    rdflib.Graph().parse(ROOT / "ontology/newsgraph.ttl", format="turtle")
    check(True, "ontology/newsgraph.ttl parses with rdflib")
    finish()


if __name__ == "__main__":
    main()
