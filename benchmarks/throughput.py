"""Extraction throughput against the floor, on real and synthetic articles.

For each corpus, each run times, one after the other in the same process:

* **floor**: read the inputs, decode them and clean the text (``kg.io.read_inputs`` +
  ``kg.text.clean``): what any tool must do before looking at a word;
* **kg**: read + extract + RDF (``extract_article`` and ``article_quads``): everything ingest
  does before the store, in one process;
* **kg -j N**: the same in N processes (``kg ingest --jobs N``'s extraction pipeline).

It prints the median of the runs (default 5) as articles/s and the ratios kg/floor.

    python benchmarks/throughput.py [--runs 5] [--sizes 1000,10000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

from kg.extract import extract_article  # noqa: E402
from kg.ingest import _extracted, default_jobs  # noqa: E402
from kg.io import read_inputs  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.rdf import article_quads  # noqa: E402
from kg.text import clean  # noqa: E402

VNTC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vntc"


def floor(paths: list[str]) -> int:
    n = 0
    for item in read_inputs(paths):
        if isinstance(item, Article):
            clean(item.text)
            n += 1
    return n


def kg_serial(paths: list[str]) -> int:
    n = 0
    for item in read_inputs(paths):
        if isinstance(item, Article):
            article_quads(extract_article(item), item)
            n += 1
    return n


def kg_parallel(paths: list[str], jobs: int) -> int:
    return sum(1 for item, ok, _q in _extracted(read_inputs(paths), jobs) if isinstance(item, Article) and ok)


def timed(fn, *args) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = fn(*args)
    return time.perf_counter() - t0, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000", help="synthetic corpus sizes (comma-separated)")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kg-bench"))
    args = ap.parse_args(argv)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    corpora = []
    if VNTC.is_dir():
        corpora.append(("VNTC (real)", [str(VNTC)]))
    for n in (int(x) for x in args.sizes.split(",") if x):
        corpora.append((f"synthetic {n}", [str(synth.write_jsonl(n, work / f"synth-{n}.jsonl"))]))
    print(f"# {args.runs} runs each, median; {os.cpu_count()} cores; kg -j {args.jobs} = "
          f"{args.jobs} extraction processes; Python {sys.version.split()[0]}", flush=True)
    header = (f"{'corpus':<18} {'articles':>8} {'floor a/s':>10} {'kg a/s':>8} {'kg/floor':>9} "
              f"{'kg -j' + str(args.jobs) + ' a/s':>11} {'-j/floor':>9} {'-j speed-up':>11}")
    print(header)
    for label, paths in corpora:
        times = {"floor": [], "kg": [], "par": []}
        count = 0
        for _ in range(args.runs):
            t, count = timed(floor, paths)
            times["floor"].append(t)
            t, n = timed(kg_serial, paths)
            assert n == count
            times["kg"].append(t)
            t, n = timed(kg_parallel, paths, args.jobs)
            assert n == count, (n, count)
            times["par"].append(t)
        med = {k: statistics.median(v) for k, v in times.items()}
        rate = {k: count / v for k, v in med.items()}
        print(f"{label:<18} {count:>8} {rate['floor']:>10.0f} {rate['kg']:>8.1f} "
              f"{rate['kg'] / rate['floor']:>9.4f} {rate['par']:>11.1f} {rate['par'] / rate['floor']:>9.4f} "
              f"{med['kg'] / med['par']:>10.2f}x", flush=True)
        spread = {k: f"{min(v):.2f}-{max(v):.2f} s" for k, v in times.items()}
        print(f"{'':<18} run times: floor {spread['floor']}, kg {spread['kg']}, kg -j {spread['par']}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
