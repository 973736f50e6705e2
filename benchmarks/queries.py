"""Every saved query on a store of about 1M triples: kg's embedded store against rdflib.

Builds (or reuses, with ``--store``) an embedded store from synthetic articles until it holds
about ``--triples`` triples, loads the same quads into an rdflib ``Dataset`` in memory, and
runs each saved query on both with the same parameters (bound by substitution, as kg does;
the row counts are checked to agree). kg: median of 3 runs after one warm-up; rdflib: one
run, stopped after ``--timeout`` seconds (its SPARQL engine is pure Python).

    python benchmarks/queries.py [--triples 1000000] [--timeout 120] [--store PATH]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth
from rdflib import Dataset, Literal

from kg.ingest import ingest
from kg.queries import _projected, list_saved, query_params, run_saved, saved_query
from kg.rdf import name_key
from kg.store import open_store
from kg.store.remote import substitute


class Timeout(BaseException):  # not caught by the engine's own "except Exception"
    pass


def _alarm(_signum, _frame):
    raise Timeout


def bindings_for(name: str, params: dict) -> dict:
    """The bindings kg.queries.run_saved makes for these parameters."""
    projected = _projected(saved_query(name))
    out = {}
    for key, value in params.items():
        if f"{key}_text" in projected:
            out[f"{key}_text"] = Literal(value)
        if f"{key}_key" in projected:
            out[f"{key}_key"] = Literal(name_key(value))
    return out


def build_store(path: Path, target: int, jobs: int, work: Path) -> float:
    """Ingest synthetic articles into ``path`` until about ``target`` triples; returns seconds."""
    sample = synth.write_jsonl(50, work / "synth-50.jsonl")
    probe = work / "probe-store"
    shutil.rmtree(probe, ignore_errors=True)
    with open_store(probe) as s:
        base = s.stats()["triples"]
        ingest([str(sample)], s, progress=False, jobs=1)
        per = (s.stats()["triples"] - base) / 50
    shutil.rmtree(probe, ignore_errors=True)
    n = max(50, int((target - base) / per))
    jsonl = synth.write_jsonl(n, work / f"synth-{n}.jsonl")
    t0 = time.perf_counter()
    with open_store(path) as s:
        ingest([str(jsonl)], s, progress=False, jobs=jobs)
    return time.perf_counter() - t0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per rdflib query")
    ap.add_argument("--store", help="an existing store to use instead of building one")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--queries", help="only these saved queries (comma-separated; default all)")
    ap.add_argument("--skip", default="", help="saved queries to leave out (comma-separated)")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kg-bench"))
    args = ap.parse_args(argv)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    if args.store:
        path = Path(args.store)
    else:
        path = work / f"queries-store-{args.triples}"
        if not path.exists():
            secs = build_store(path, args.triples, args.jobs, work)
            print(f"# built {path} from synthetic articles in {secs:.0f} s", flush=True)
    store = open_store(path, read_only=True)
    stats = store.stats()
    print(f"# store: {stats['triples']:,} triples, {stats['articles']:,} articles, {stats['persons']:,} "
          f"persons; load average {os.getloadavg()[0]:.1f}", flush=True)

    persons = run_saved(store, "persons")
    name = persons.dicts()[len(persons.rows) // 2]["name"]
    posts = run_saved(store, "posts").dicts()
    holding = posts[len(posts) // 2]
    params = {"name": name, "org": holding["org"], "title": holding["title"], "date": "2030-01-01"}
    print(f"# parameters: {params}", flush=True)

    t0 = time.perf_counter()
    nq = store.dump("nq")
    t_dump = time.perf_counter() - t0
    rss0 = rss_mb()
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ds = Dataset()
        ds.parse(data=nq, format="nquads")
    t_load = time.perf_counter() - t0
    n_quads = nq.count(b"\n")
    del nq
    print(f"# rdflib Dataset: {n_quads:,} quads parsed in {t_load:.1f} s (kg dump {t_dump:.1f} s); "
          f"peak RSS {rss0:.0f} MB before, {rss_mb():.0f} MB after", flush=True)

    print(f"{'query':<18} {'rows':>7} {'kg ms':>9} {'rdflib ms':>11} {'rdflib/kg':>10}", flush=True)
    signal.signal(signal.SIGALRM, _alarm)
    ratios = []
    names = args.queries.split(",") if args.queries else list_saved()
    for qname in [q for q in names if q not in args.skip.split(",")]:
        p = {k: params[k] for k in query_params(qname)}
        run_saved(store, qname, p)  # warm-up
        kg_times = []
        for _ in range(3):
            t0 = time.perf_counter()
            res = run_saved(store, qname, p)
            kg_times.append(time.perf_counter() - t0)
        kg_ms = 1000 * statistics.median(kg_times)
        text = substitute(saved_query(qname), bindings_for(qname, p))
        signal.setitimer(signal.ITIMER_REAL, args.timeout)
        t0 = time.perf_counter()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rows = list(ds.query(text))
            rd_ms = 1000 * (time.perf_counter() - t0)
            signal.setitimer(signal.ITIMER_REAL, 0)
            agree = "" if len(rows) == len(res.rows) else f"  (rdflib gave {len(rows)} rows)"
            ratios.append(rd_ms / kg_ms)
            print(f"{qname:<18} {len(res.rows):>7} {kg_ms:>9.1f} {rd_ms:>11.0f} {rd_ms / kg_ms:>9.0f}x{agree}",
                  flush=True)
        except Exception as err:  # noqa: BLE001 - rdflib's engine fails on some queries
            signal.setitimer(signal.ITIMER_REAL, 0)
            why = f"{type(err).__name__}: {' '.join(str(err).split())[:60]}"
            print(f"{qname:<18} {len(res.rows):>7} {kg_ms:>9.1f} {'failed':>11} {'-':>10}  (rdflib: {why})",
                  flush=True)
        except Timeout:
            print(f"{qname:<18} {len(res.rows):>7} {kg_ms:>9.1f} {'>' + str(int(args.timeout * 1000)):>11} "
                  f"{'>' + str(int(args.timeout * 1000 / kg_ms)):>9}x", flush=True)
    signal.setitimer(signal.ITIMER_REAL, 0)
    if ratios:
        print(f"# geometric mean of rdflib/kg over the queries rdflib finished: "
              f"{statistics.geometric_mean(ratios):.0f}x; peak RSS of this process {rss_mb():.0f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
