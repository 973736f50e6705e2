"""Persons and organisations: kg against a baseline built on underthesea's NER, on the development gold.

underthesea (GPLv3) is only a comparison baseline, never a dependency of kg: this script
installs nothing; install it into the development environment yourself with

    .venv/bin/pip install underthesea        (or: .venv/bin/pip install -e '.[baseline]')

The baseline takes underthesea's ``ner`` over each sentence (``sent_tokenize``): B-PER/I-PER
runs are persons, B-ORG/I-ORG runs organisations. Both extractors run on the same gold
articles (``../shared/gold/*.json``, texts at ``../shared/<article.source>`` read with
``kg.io.read_inputs``) in the same process; the scores come from ``kg.evaluate.score`` and the
throughputs (articles per second of wall time and per CPU second of this process, text
reading excluded, model loading excluded and shown apart) are measured in this run. Usage::

    .venv/bin/python benchmarks/underthesea_baseline.py [--gold ../shared/gold] [--shared ../shared] [--kg-runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import unicodedata
from pathlib import Path

from kg.evaluate import key, score
from kg.extract import extract_article
from kg.io import read_inputs
from kg.model import Article, InputError

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KINDS = ("persons", "organizations")
INSTALL_HINT = ("underthesea is not installed; it is only a comparison baseline (GPLv3), install it into "
                "the development environment with: .venv/bin/pip install underthesea")


def load_gold(gold_dir: Path) -> dict[str, dict]:
    gold = {}
    for path in sorted(gold_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        gold[(doc.get("article") or {}).get("id") or path.stem] = doc
    return gold


def load_articles(gold: dict[str, dict], shared: Path) -> list[Article]:
    paths = [shared / doc["article"]["source"] for doc in gold.values() if doc.get("article", {}).get("source")]
    articles = []
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            print(f"underthesea_baseline: {item}", file=sys.stderr)
        elif item.id in gold:
            articles.append(item)
    return articles


def entities(tagged: list[tuple], label: str) -> list[str]:
    """Runs of B-/I-``label`` words of one tagged sentence, as written.

    >>> entities([("Ông", "N", "B-NP", "O"), ("Đỗ Văn", "Np", "B-NP", "B-PER"), ("Thiện", "Np", "I-NP", "I-PER")], "PER")
    ['Đỗ Văn Thiện']
    """
    out, run = [], []
    for row in tagged:
        word, tag = row[0], row[-1]
        if tag == f"B-{label}" or tag == f"I-{label}" and not run:
            if run:
                out.append(" ".join(run))
            run = [word]
        elif tag == f"I-{label}":
            run.append(word)
        else:
            if run:
                out.append(" ".join(run))
            run = []
    if run:
        out.append(" ".join(run))
    return out


def baseline_extract(article: Article, ner, sent_tokenize) -> dict:
    """The persons and organisations underthesea's NER finds, in the form of the extraction schema."""
    text = unicodedata.normalize("NFC", article.text)
    persons: dict[str, dict] = {}
    orgs: dict[str, dict] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        for sentence in sent_tokenize(line):
            tagged = ner(sentence)
            for name in entities(tagged, "PER"):
                persons.setdefault(key(name), {"id": f"p{len(persons) + 1}", "name": name})
            for name in entities(tagged, "ORG"):
                orgs.setdefault(key(name), {"id": f"o{len(orgs) + 1}", "name": name})
    return {"article": {"id": article.id}, "persons": list(persons.values()),
            "organizations": list(orgs.values())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the folder article.source paths start from")
    ap.add_argument("--kg-runs", type=int, default=5, help="kg's time is the median of this many runs")
    args = ap.parse_args(argv)
    try:
        t0 = time.perf_counter()
        from underthesea import ner, sent_tokenize

        ner("Ông Nguyễn Văn An làm việc tại Hà Nội.")  # load the model before timing
        load_seconds = time.perf_counter() - t0
    except ImportError:
        print(f"underthesea_baseline: {INSTALL_HINT}", file=sys.stderr)
        return 1
    gold = load_gold(args.gold)
    if not gold:
        print(f"underthesea_baseline: {args.gold}: no gold files", file=sys.stderr)
        return 1
    articles = load_articles(gold, args.shared)
    extract_article(Article(id="warm-up", text="Đại tá Trần Văn Bình chủ trì."))  # lexicons loaded

    # kg takes a fraction of a second over the gold articles: the median of a few runs
    runs = [timed(lambda: {a.id: extract_article(a) for a in articles}) for _ in range(args.kg_runs)]
    kg_pred = runs[0][0]
    kg_wall, kg_cpu = statistics.median(r[1] for r in runs), statistics.median(r[2] for r in runs)
    base_pred, base_wall, base_cpu = timed(lambda: {a.id: baseline_extract(a, ner, sent_tokenize) for a in articles})

    kg_table, base_table = score(gold, kg_pred), score(gold, base_pred)
    print(f"{len(articles)} gold articles ({len(gold)} gold files) from {args.gold}")
    print(f"{'fact':<15}{'':<4}{'kg P':>7}{'kg R':>7}{'kg F1':>7}   {'ut P':>7}{'ut R':>7}{'ut F1':>7}   gold")
    for kind in KINDS:
        k, b = kg_table[kind], base_table[kind]
        print(f"{kind:<15}{'':<4}{k['precision']:>7.3f}{k['recall']:>7.3f}{k['f1']:>7.3f}   "
              f"{b['precision']:>7.3f}{b['recall']:>7.3f}{b['f1']:>7.3f}   {k['gold']}")
    n = len(articles)
    print(f"model load {load_seconds:.1f} s (wall), apart from the figures below; kg: median of {args.kg_runs} runs")
    for what, kg_s, base_s, unit in (("wall time", kg_wall, base_wall, "articles/s"),
                                     ("CPU time", kg_cpu, base_cpu, "articles/CPU-s")):
        kg_rate, base_rate = rate(n, kg_s), rate(n, base_s)
        print(f"throughput, {what:<9}  kg {kg_rate:8.1f} {unit} ({kg_s:6.2f} s)   underthesea baseline "
              f"{base_rate:6.1f} {unit} ({base_s:6.2f} s)   ratio kg/baseline {kg_rate / base_rate:6.1f}x")
    return 0


def timed(fn):
    """(fn(), wall seconds, CPU seconds of this process): CPU time is what other load on the
    machine disturbs least."""
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w0, time.process_time() - c0


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


if __name__ == "__main__":
    sys.exit(main())
