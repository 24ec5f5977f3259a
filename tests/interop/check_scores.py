#!/usr/bin/env python3
"""Runs the benchmark scorers and fails when a score falls below its floor in
score_floors.json. A floor is the issue's target once the project has reached it, and the
measured level (a guard against regressions) while it has not."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import BENCH, ROOT, check, finish, run, store_with

WORK = Path(tempfile.mkdtemp(prefix="newsgraph-score-"))


def export(*inputs, name):
    store = store_with(*inputs)
    pred = WORK / f"{name}.nq"
    pred.write_bytes(run("export", "--store", store, "--format", "nquads").stdout)
    return pred


def scorer(*args):
    proc = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{args[0]} failed: {proc.stderr}")
    return proc.stdout


def dig(result, path):
    """`actors.type_accuracy.accuracy` → result["actors"]["type_accuracy"]["accuracy"]."""
    for key in path.split("."):
        result = result.get(key) if isinstance(result, dict) else None
    return result


def compare(name, result, floors):
    for path, floor in floors.items():
        value = dig(result, path)
        shown = "missing" if value is None else f"{value:.3f}"
        check(value is not None and value >= floor, f"{name} {path}: {shown} (floor {floor})")


def westgate(floors):
    gold = BENCH / "westgate"
    pred = export(*sorted(gold.glob("*.txt")), name="westgate")
    result = json.loads(scorer(BENCH / "score.py", "--gold", gold, "--pred", pred, "--json"))
    compare("westgate", result["total"], floors)


def corpus(floors):
    """The project's own development set (tests/corpus): real and written articles that are
    not the examples, negative controls among them."""
    gold = ROOT / "tests/corpus"
    pred = export(*sorted(gold.glob("*.txt")), name="corpus")
    result = json.loads(scorer(BENCH / "score.py", "--gold", gold, "--pred", pred, "--json"))
    compare("corpus", result["total"], {k: v for k, v in floors.items() if not k.startswith("negative")})
    attacks = result["negative_controls"]["system_attacks"]
    check(attacks <= floors.get("negative_controls.max_attacks", 0), f"corpus attacks on non-attack stories: {attacks} (at most {floors.get('negative_controls.max_attacks', 0)})")


def muc4(floors):
    muc = BENCH / "muc4"
    articles = WORK / "muc4.articles.jsonl"
    articles.write_text(scorer(muc / "to_articles.py", muc / "dev.jsonl"))
    pred = export(articles, name="muc4")
    predictions = WORK / "muc4.pred.jsonl"
    predictions.write_text(scorer(muc / "rdf_to_muc4.py", pred))
    # The last line of the table is "micro_avg P R F1 …" in percent.
    rows = {line.split()[0]: line.split()[1:] for line in scorer(muc / "score.py", muc / "dev.jsonl", predictions).splitlines() if line.strip()}
    result = {role: {"f1": float(values[2]) / 100} for role, values in rows.items() if len(values) >= 3 and values[2].replace(".", "").isdigit()}
    compare("muc4 dev", result, floors)


def wikievents(floors):
    we = BENCH / "wikievents"
    pred = export(we / "articles.jsonl", name="wikievents")
    result = json.loads(scorer(we / "score.py", "--pred", pred, "--json"))
    compare("wikievents", result, floors)


def main():
    floors = json.loads((ROOT / "tests/interop/score_floors.json").read_text())
    if not BENCH.is_dir():
        sys.exit(f"the benchmark kit is not at {BENCH} (set NEWSGRAPH_BENCH)")
    westgate(floors["westgate"])
    corpus(floors["corpus"])
    muc4(floors["muc4_dev"])
    wikievents(floors["wikievents"])
    finish()


if __name__ == "__main__":
    main()
