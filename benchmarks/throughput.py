"""Extraction throughput against the floor, on real and synthetic articles.

For each corpus, each run times, one after the other in the same process:

* **floor**: read the inputs, decode them and normalise the text to NFC (``kg.io.read_inputs`` +
  ``unicodedata.normalize``): what any tool must do before looking at a word; the issue's
  floor, and the one the goal (kg within 20x per core) is measured against;
* **clean**: the floor plus kg's cleaner (``kg.text.clean``: tone marks, scraper artefacts,
  captions, bylines), the first stage of kg, reported for comparison with earlier sessions
  (which called it the floor);
* **kg**: read + extract + RDF (``extract_article`` and ``article_quads``): everything ingest
  does before the store, in one process;
* **kg -j N**: the same in N processes (``kg ingest --jobs N``'s extraction pipeline).

It prints the median of the runs (default 5) as articles/s and the ratios kg/floor (and
kg/clean, the ratio earlier sessions reported).

    python benchmarks/throughput.py [--runs 5] [--sizes 1000,10000] [--jobs 2] [--serial-above 10000]
                                     [--no-vntc] [--each-run]

``--serial-above N`` skips the ``-j`` runs on corpora larger than N articles, so that five runs
at 100,000 articles fit in a session (the per-core ratio to the floor is the goal; the
parallel speed-up is measured on the smaller corpora).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

from kg.extract import extract_article
from kg.ingest import _extracted, default_jobs
from kg.io import read_inputs
from kg.model import Article
from kg.rdf import article_quads
from kg.text import clean

VNTC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vntc"


def floor(paths: list[str]) -> int:
    n = 0
    for item in read_inputs(paths):
        if isinstance(item, Article):
            unicodedata.normalize("NFC", item.text)
            n += 1
    return n


def floor_clean(paths: list[str]) -> int:
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


def cpu_now() -> float:
    """CPU seconds of this process and of its finished children (the extraction workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn, *args) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, articles)."""
    c0, t0 = cpu_now(), time.perf_counter()
    n = fn(*args)
    return time.perf_counter() - t0, cpu_now() - c0, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000", help="synthetic corpus sizes (comma-separated)")
    ap.add_argument("--large-runs", type=int, default=None, metavar="N",
                    help="runs for synthetic corpora of 10,000 articles or more (default: --runs)")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--no-vntc", action="store_true", help="synthetic corpora only")
    ap.add_argument("--each-run", action="store_true", help="also print every run's times as it ends")
    ap.add_argument("--serial-above", type=int, default=None, metavar="N",
                    help="skip the -j runs on corpora of more than N articles")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kg-bench"))
    args = ap.parse_args(argv)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    corpora = []
    if VNTC.is_dir() and not args.no_vntc:
        corpora.append(("VNTC (real)", [str(VNTC)], args.runs))
    for n in (int(x) for x in args.sizes.split(",") if x):
        runs = args.large_runs if (args.large_runs and n >= 10000) else args.runs
        corpora.append((f"synthetic {n}", [str(synth.write_jsonl(n, work / f"synth-{n}.jsonl"))], runs))
    print(f"# {args.runs} runs each, median; {os.cpu_count()} cores; kg -j {args.jobs} = "
          f"{args.jobs} extraction processes; Python {sys.version.split()[0]}", flush=True)
    print("# a/s = articles per second of wall time (median run); cpu a/s = articles per CPU second "
          "(this process and its workers), which other load on the machine disturbs less")
    header = (f"{'corpus':<16} {'articles':>8} {'floor a/s':>9} {'clean a/s':>9} {'kg a/s':>7} {'kg/floor':>8} "
              f"{'-j' + str(args.jobs) + ' a/s':>8} {'speed-up':>8} | {'floor cpu a/s':>13} {'kg cpu a/s':>10} "
              f"{'floor/kg cpu':>12} {'clean/kg cpu':>12}")
    print(header, flush=True)
    for label, paths, runs in corpora:
        wall = {"floor": [], "clean": [], "kg": [], "par": []}
        cpu = {"floor": [], "clean": [], "kg": [], "par": []}
        count = 0
        steps = [("floor", floor, ()), ("clean", floor_clean, ()), ("kg", kg_serial, ()),
                 ("par", kg_parallel, (args.jobs,))]
        size = int(label.split()[-1]) if label.startswith("synthetic") else 0
        if args.serial_above is not None and size > args.serial_above:
            steps.pop()
            del wall["par"], cpu["par"]
        for run in range(runs):
            for key, fn, extra in steps:
                t, c, n = timed(fn, paths, *extra)
                if key == "floor":
                    count = n
                assert n == count, (key, n, count)
                wall[key].append(t)
                cpu[key].append(c)
            if args.each_run:
                print(f"{'':<16} run {run + 1}: " + ", ".join(
                    f"{k} {wall[k][-1]:.1f} s ({cpu[k][-1]:.1f} CPU s)" for k in wall), flush=True)
        w = {k: count / statistics.median(v) for k, v in wall.items()}
        c = {k: count / statistics.median(v) for k, v in cpu.items()}
        par = f"{w['par']:>8.1f} {w['par'] / w['kg']:>7.2f}x" if "par" in w else f"{'-':>8} {'-':>8}"
        # the goal reads "kg within 20x of the floor": printed as floor/kg (how many times slower)
        print(f"{label:<16} {count:>8} {w['floor']:>9.0f} {w['clean']:>9.0f} {w['kg']:>7.1f} "
              f"{w['kg'] / w['floor']:>8.4f} {par} | {c['floor']:>13.0f} {c['kg']:>10.1f} "
              f"{c['floor'] / c['kg']:>11.1f}x {c['clean'] / c['kg']:>11.1f}x", flush=True)
        spread = ", ".join(f"{k} {min(v):.1f}-{max(v):.1f} s" for k, v in wall.items())
        print(f"{'':<16} {runs} runs, wall time: {spread}; load average now {os.getloadavg()[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
