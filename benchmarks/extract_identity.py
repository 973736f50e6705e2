"""Reference outputs of the extractor, to check that a speed-up changes nothing.

``--save DIR`` writes, for every article of the inputs (default: the whole shared corpus),
the JSON of ``extract_article`` (``sort_keys``, one line per article) and the sorted
N-Quads of ``article_quads``; ``--check DIR`` computes them again with the current code and
reports the articles whose output differs (exit 1), or that all are identical (exit 0)::

    python benchmarks/extract_identity.py --save /tmp/kg-ref       # with the old code
    python benchmarks/extract_identity.py --check /tmp/kg-ref      # after each change
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kg.extract import extract_article
from kg.io import read_inputs
from kg.model import Article
from kg.rdf import article_quads

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def outputs(paths: list[str]):
    """(article id, extraction JSON, sorted N-Quads text) per article, in input order."""
    for item in read_inputs(paths):
        if not isinstance(item, Article):
            print(f"extract_identity: {item}", file=sys.stderr)
            continue
        result = extract_article(item)
        js = json.dumps(result, sort_keys=True, ensure_ascii=False)
        lines = sorted(" ".join(t.n3() for t in q) + " .\n" for q in article_quads(result, item))
        yield item.id, js, "".join(lines)


def _records(paths: list[str]) -> dict[str, tuple[str, str]]:
    return {aid: (js, nq) for aid, js, nq in outputs(paths)}


def save(out: Path, paths: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with (out / "extract.jsonl").open("w", encoding="utf-8") as fj, \
            (out / "quads.jsonl").open("w", encoding="utf-8") as fq:
        for aid, js, nq in outputs(paths):
            fj.write(json.dumps([aid, js], ensure_ascii=False) + "\n")
            fq.write(json.dumps([aid, nq], ensure_ascii=False) + "\n")
            n += 1
    print(f"saved {n} articles to {out}")
    return 0


def _load(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return dict(json.loads(line) for line in f)


def check(ref: Path, paths: list[str]) -> int:
    want_js, want_nq = _load(ref / "extract.jsonl"), _load(ref / "quads.jsonl")
    bad: list[str] = []
    n = 0
    cpu = time.process_time()
    seen = set()
    for aid, js, nq in outputs(paths):
        n += 1
        seen.add(aid)
        if want_js.get(aid) != js:
            bad.append(f"{aid}: extraction differs")
        if want_nq.get(aid) != nq:
            bad.append(f"{aid}: quads differ")
    cpu = time.process_time() - cpu
    missing = sorted(set(want_js) - seen)
    bad.extend(f"{aid}: missing" for aid in missing)
    for line in bad[:20]:
        print(line)
    status = "IDENTICAL" if not bad else f"{len(bad)} DIFFERENCES"
    print(f"{status}: {n} articles checked against {ref} ({cpu:.1f} CPU s, {1000 * cpu / max(n, 1):.2f} ms/article)")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, metavar="DIR")
    group.add_argument("--check", type=Path, metavar="DIR")
    ap.add_argument("inputs", nargs="*", default=[str(CORPUS)])
    args = ap.parse_args(argv)
    return save(args.save, args.inputs) if args.save else check(args.check, args.inputs)


if __name__ == "__main__":
    sys.exit(main())
