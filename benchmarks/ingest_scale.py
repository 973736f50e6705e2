"""Ingest of N synthetic articles into an embedded (on-disk) store: time and peak memory.

Each N runs in a fresh process (so its peak RSS is its own) that ingests N articles from
``synth.py`` into a new store with ``kg.ingest.ingest(..., jobs=J)``. It reports the whole
time, the part spent recomputing the cross-article resolution graph, the triples, the
store's size on disk and the peak RSS (``resource.getrusage``) of the writer and of the
extraction workers. Then it fits time = a * N^b over the sizes and projects 1M articles.

    python benchmarks/ingest_scale.py [--sizes 500,1000,2000,4000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth


def _du(path: Path) -> int:
    """Bytes of the store's table files (RocksDB *.sst), without its write-ahead log."""
    return sum(f.stat().st_size for f in path.rglob("*.sst"))


def one(n: int, jsonl: str, store_dir: str, jobs: int) -> dict:
    """Ingest ``jsonl`` into a new store at ``store_dir`` (in this process)."""
    import kg.ingest
    from kg.store import open_store

    resolve_seconds = 0.0
    real_resolve = kg.ingest.resolve_store

    def timed_resolve(store, touched=None):
        nonlocal resolve_seconds
        t = time.perf_counter()
        try:
            return real_resolve(store, touched)
        finally:
            resolve_seconds += time.perf_counter() - t

    kg.ingest.resolve_store = timed_resolve
    t0 = time.perf_counter()
    with open_store(store_dir) as store:
        put, written = store.put_article, 0

        def put_and_report(*args):
            # a line on stderr every 10,000 articles: a long run can be followed (and projected)
            nonlocal written
            written += 1
            if written % 10_000 == 0:
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"# {written} articles written, {time.perf_counter() - t0:.0f} s, "
                      f"writer peak RSS {rss:.0f} MB", file=sys.stderr, flush=True)
            return put(*args)

        store.put_article = put_and_report
        summary = kg.ingest.ingest([jsonl], store, progress=False, jobs=jobs)
        stats = store.stats()
    seconds = time.perf_counter() - t0
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "n": n, "added": summary.added, "failed": summary.failed, "seconds": seconds,
        "resolve_seconds": resolve_seconds, "triples": stats["triples"], "persons": stats["persons"],
        "disk_mb": _du(Path(store_dir)) / 1e6, "rss_main_mb": me.ru_maxrss / 1024,
        "rss_workers_mb": kids.ru_maxrss / 1024, "cpu_seconds": me.ru_utime + me.ru_stime + kids.ru_utime
        + kids.ru_stime,
    }


def fit_power(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least squares of log t = log a + b log N."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return math.exp(my - b * mx), b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="500,1000,2000,4000")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kg-bench"))
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--jsonl", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.jsonl, args.store, args.jobs)))
        return 0
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    print(f"# ingest of N synthetic articles into a new on-disk store, kg ingest --jobs {args.jobs}; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}", flush=True)
    print(f"{'N':>7} {'seconds':>8} {'ms/article':>10} {'vs first':>8} {'resolve s':>9} {'triples':>9} "
          f"{'SST MB':>8} {'RSS writer MB':>13} {'RSS worker MB':>13} {'CPU s':>7}", flush=True)
    rows = []
    for n in sizes:
        jsonl = synth.write_jsonl(n, work / f"synth-{n}.jsonl")
        store = work / f"scale-store-{n}"
        shutil.rmtree(store, ignore_errors=True)
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--jsonl", str(jsonl), "--store",
                              str(store), "--jobs", str(args.jobs)], stdout=subprocess.PIPE, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        shutil.rmtree(store, ignore_errors=True)
        rows.append(r)
        per = 1000 * r["seconds"] / n
        first = 1000 * rows[0]["seconds"] / rows[0]["n"]
        print(f"{n:>7} {r['seconds']:>8.1f} {per:>10.2f} {per / first:>7.2f}x {r['resolve_seconds']:>9.1f} "
              f"{r['triples']:>9} {r['disk_mb']:>8.1f} {r['rss_main_mb']:>13.0f} {r['rss_workers_mb']:>13.0f} "
              f"{r['cpu_seconds']:>7.1f}", flush=True)
    if len(rows) >= 2:
        _a, b = fit_power([(r["n"], r["seconds"]) for r in rows])
        ar, br = fit_power([(r["n"], max(r["resolve_seconds"], 1e-3)) for r in rows])
        rest = [(r["n"], r["seconds"] - r["resolve_seconds"]) for r in rows]
        ae, be = fit_power(rest)
        big = 1_000_000
        tpt = rows[-1]["triples"] / rows[-1]["n"]
        print(f"# fit: total time ~ N^{b:.2f}; extraction + writing ~ N^{be:.2f}; resolution ~ N^{br:.2f}")
        print(f"# projection for {big:,} articles on this machine: extraction + writing "
              f"{ae * big ** be / 3600:.1f} h, resolution recomputed once at the end {ar * big ** br / 3600:.1f} h; "
              f"~{tpt * big / 1e6:.0f}M triples, ~{rows[-1]['disk_mb'] / rows[-1]['n'] * big / 1e3:.0f} GB of tables")
        cpu = rows[-1]["cpu_seconds"] / rows[-1]["n"]
        print(f"# by CPU time ({1000 * cpu:.1f} ms of CPU per article at N={rows[-1]['n']}): "
              f"{cpu * big / 3600:.1f} CPU hours for {big:,} articles, "
              f"{cpu * big / 3600 / (os.cpu_count() or 1):.1f} h on {os.cpu_count()} idle cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
