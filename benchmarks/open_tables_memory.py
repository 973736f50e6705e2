"""Peak memory and time of the resolution's reads of a large store, against the number of
table files RocksDB may keep open (``kg.store.embedded.MAX_OPEN_TABLES``).

RocksDB holds the index and filter blocks of every table file it has open; pyoxigraph lets it
keep all of them by default, so on a large store a scan of the whole store (the resolution's
scans of every name key) brings them all into memory. Each setting runs in a fresh process
that opens the store read-only and runs what a full resolution reads first: the scans of all
organisation keys, aliases and person keys, then ``--chunks`` chunks of the per-key queries.

    python benchmarks/open_tables_memory.py STORE_DIR [--limits 0,512,256,128] [--chunks 20]

0 stands for pyoxigraph's default (no bound).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def probe(store_dir: str, limit: int, chunks: int) -> dict:
    from kg.resolve_chunks import (
        _Q_ALIASES,
        _Q_HOLDING_PROPS,
        _Q_ORG_KEYS,
        _Q_PERSON_KEYS,
        _Q_PERSON_PROPS,
        CHUNK_KEYS,
        _rows,
    )
    from kg.store import embedded

    embedded.MAX_OPEN_TABLES = limit or None
    store = embedded.EmbeddedStore(store_dir, read_only=True)
    opened = _peak_mb()
    t0 = time.perf_counter()
    org_keys = len(store.query(_Q_ORG_KEYS).rows)
    aliases = len(store.query(_Q_ALIASES).rows)
    person_keys = sorted(k for (k,) in store.query(_Q_PERSON_KEYS).rows)
    scans = time.perf_counter() - t0
    after_scans = _peak_mb()
    t1 = time.perf_counter()
    step = max(len(person_keys) // max(chunks, 1), CHUNK_KEYS)
    rows = 0
    for i in range(0, min(len(person_keys), step * chunks), step):
        keys = person_keys[i:i + CHUNK_KEYS]
        rows += len(_rows(store, _Q_PERSON_PROPS, keys)) + len(_rows(store, _Q_HOLDING_PROPS, keys))
    store.close()
    return {"limit": limit, "org_keys": org_keys, "aliases": aliases, "person_keys": len(person_keys),
            "scans_s": scans, "chunks_s": time.perf_counter() - t1, "chunk_rows": rows,
            "rss_opened_mb": opened, "rss_after_scans_mb": after_scans, "rss_peak_mb": _peak_mb()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store")
    ap.add_argument("--limits", default="0,512,256,128")
    ap.add_argument("--chunks", type=int, default=20)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one is not None:
        print(json.dumps(probe(args.store, args.one, args.chunks)))
        return 0
    print(f"{'open tables':>11} {'scans s':>8} {'chunks s':>8} {'RSS opened MB':>13} {'after scans MB':>14} "
          f"{'peak MB':>8}", flush=True)
    for limit in [int(x) for x in args.limits.split(",")]:
        out = subprocess.run([sys.executable, __file__, args.store, "--one", str(limit), "--chunks", str(args.chunks)],
                             stdout=subprocess.PIPE, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{(limit or 'all'):>11} {r['scans_s']:>8.1f} {r['chunks_s']:>8.1f} {r['rss_opened_mb']:>13.0f} "
              f"{r['rss_after_scans_mb']:>14.0f} {r['rss_peak_mb']:>8.0f}", flush=True)
    print(f"# {r['person_keys']:,} person keys, {r['org_keys']:,} unit keys, {r['aliases']:,} aliases; "
          f"{args.chunks} chunks of the person queries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
