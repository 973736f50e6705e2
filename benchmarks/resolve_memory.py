"""Time and peak memory of a full cross-article resolution of an existing embedded store.

The resolution is the part of an ingest that reads across articles (every person and unit of
the name keys it recomputes); after a first load it runs over every key. This measures that
worst case on a store already built, e.g. the one ``ingest_scale.py`` leaves behind when it is
stopped, without ingesting again:

    python benchmarks/resolve_memory.py STORE_DIR

It prints the articles and quads in the store, the seconds and CPU seconds of the
resolution, the canonical persons and units it wrote, and the process's peak RSS before and
after it (``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", help="an embedded store directory (it is modified: its resolution graph is rewritten)")
    args = ap.parse_args(argv)
    from kg.resolve_chunks import resolve_store
    from kg.store.embedded import EmbeddedStore

    store = EmbeddedStore(args.store)
    articles = len(store.article_ids())
    quads = len(store._store)
    before = _peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    summary = resolve_store(store, None)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    store.close()
    print(f"articles {articles}, quads {quads:,}")
    print(f"full resolution: {seconds:.1f} s, {cpu:.1f} CPU s ({1000 * cpu / max(articles, 1):.1f} ms per article); "
          f"{summary.persons} canonical persons of {summary.person_nodes} nodes, "
          f"{summary.orgs} canonical units of {summary.org_nodes} nodes")
    print(f"peak RSS: {before:.0f} MB after opening, {_peak_mb():.0f} MB after the resolution")
    return 0


if __name__ == "__main__":
    sys.exit(main())
