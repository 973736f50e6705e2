"""The README's accuracy table: F1 per fact type on each development gold set, from one run.

Sets: the shared gold (``../shared/gold``), our tuning half, our checking half (never tuned
on) and all of them together. Each article is extracted once; the scores come from
``kg.evaluate.score``, the scorer of ``shared/tools/score.py``. Usage::

    .venv/bin/python benchmarks/quality_table.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.evaluate import score
from kg.extract import extract_article
from kg.io import read_inputs
from kg.model import Article

ROOT = Path(__file__).resolve().parent.parent


def load_gold(folder: Path) -> dict[str, dict]:
    docs = {}
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        docs[doc["article"]["id"]] = doc
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    sets = {
        "shared gold ({0})": load_gold(args.shared / "gold"),
        "tuning ({0})": load_gold(ROOT / "data" / "gold" / "tuning"),
        "checking ({0}, never tuned on)": load_gold(ROOT / "data" / "gold" / "checking"),
    }
    everything = {k: v for docs in sets.values() for k, v in docs.items()}
    sets["all ({0})"] = everything
    pred = {}
    for item in read_inputs([args.shared / "corpus"]):
        if isinstance(item, Article) and item.id in everything and item.id not in pred:
            pred[item.id] = extract_article(item)
    tables = {name.format(len(docs)): score(docs, pred) for name, docs in sets.items()}
    print("| fact | " + " | ".join(tables) + " |")
    print("| --- |" + " ---: |" * len(tables))
    for kind in next(iter(tables.values())):
        print(f"| {kind} | " + " | ".join(f"{t[kind]['f1']:.3f}" for t in tables.values()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
