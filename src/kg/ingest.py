"""Ingest: read -> extract -> RDF -> store, atomic per article.

An article whose content hash (text and metadata) and extractor version are already in the
store is skipped, so re-ingesting a corpus adds nothing; a changed article replaces its
named graph in one transaction.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.extract import EXTRACTOR_VERSION, extract_article
from kg.io import read_inputs
from kg.model import Article, InputError
from kg.rdf import article_quads
from kg.resolve import resolve_needed, resolve_store
from kg.resolve_chunks import Touched, article_keys, touched_by
from kg.store import Store


@dataclass
class Summary:
    articles: int = 0  # articles read
    added: int = 0  # new or replaced in the store
    unchanged: int = 0
    failed: int = 0
    triples: int = 0  # triples in the store afterwards
    triples_added: int = 0
    persons: int = 0
    organizations: int = 0
    events: int = 0
    directives: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            (f"articles: {self.articles} ({self.added} added or replaced, {self.unchanged} unchanged, "
             f"{self.failed} failed)"),
            f"triples: {self.triples} ({self.triples_added:+d})",
            f"persons: {self.persons}",
            f"organizations: {self.organizations}",
            f"events: {self.events}",
            f"directives: {self.directives}",
            f"seconds: {self.seconds:.2f}",
        ]


@dataclass(frozen=True)
class _Unchanged:
    id: str


def version_hash(article: Article) -> str:
    """The hash that decides whether an article must be extracted again."""
    return f"{article.content_hash}:{EXTRACTOR_VERSION}"


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _extract(item: Article) -> tuple[bool, list | str]:
    """Extraction and RDF of one article: ``(True, quads)`` or ``(False, error message)``.
    Module-level so worker processes can run it."""
    try:
        return True, article_quads(extract_article(item), item)
    except Exception as err:  # noqa: BLE001 - an extractor bug must not stop a whole corpus
        return False, f"{item.source or item.id}: extraction failed: {type(err).__name__}: {err}"


def _exit_with_parent() -> None:
    """In a worker process: exit as soon as the ingesting process is gone. Killed (SIGKILL,
    out of memory), it cannot tell its workers, which would otherwise wait for work forever."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kg-exit-with-parent", daemon=True).start()


#: articles handed to the workers at a time, per worker (bounds memory on any corpus size)
BATCH_PER_JOB = 32


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extracted(todo: Iterator, jobs: int) -> Iterator[tuple]:
    """``(item, ok, quads_or_message)`` for each item of ``todo`` in input order, ``item``
    being an Article to write or anything else to pass through. With ``jobs > 1`` the
    articles are extracted in that many processes, a batch ahead of the caller (who
    writes), so extraction and writing overlap."""
    if jobs <= 1:
        for item in todo:
            yield (item, *_extract(item)) if isinstance(item, Article) else (item, True, None)
        return
    batches = _batches(todo, jobs * BATCH_PER_JOB)
    first = next(batches, None)
    if first is None:
        return
    n_articles = sum(isinstance(x, Article) for x in first)
    if len(first) < jobs * BATCH_PER_JOB and n_articles < 2 * jobs:  # too few to pay for a pool
        yield from _extracted(iter(first), 1)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if "forkserver" in mp.get_all_start_methods():
        # workers come from a clean server process, not forked from this one (which has the
        # store's RocksDB threads running); the server imports kg once
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.ingest"])
    else:
        ctx = mp.get_context("spawn")

    def submit(pool, batch):
        arts = [x for x in batch if isinstance(x, Article)]
        chunk = max(1, len(arts) // (jobs * 4))
        return batch, pool.map(_extract, arts, chunksize=chunk)

    with ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent) as pool:
        ahead = submit(pool, first)
        for batch in batches:
            current, ahead = ahead, submit(pool, batch)
            yield from _merge(*current)
        yield from _merge(*ahead)


def _merge(batch: list, results: Iterator) -> Iterator[tuple]:
    for item in batch:
        yield (item, *next(results)) if isinstance(item, Article) else (item, True, None)


def ingest(paths: Iterable[str], store: Store, progress: bool = True,
           on_error: Callable[[str], None] | None = None, jobs: int | None = None,
           dask: str | None = None) -> Summary:
    """Add the articles under ``paths`` to ``store``; bad inputs are reported and skipped.

    ``jobs`` processes extract the articles (default: one per core; 1 extracts in this
    process); this process alone writes, in input order, so the store ends the same
    whatever ``jobs`` is.

    ``dask`` (a scheduler address, ``tcp://HOST:PORT``) extracts on that Dask cluster
    instead of local processes (``jobs`` is then unused; this process still writes alone, in
    input order). It needs the extra ``kg[dask]``: :class:`kg.distributed.DaskUnavailable`
    without it, :class:`kg.distributed.DaskError` if the scheduler cannot be reached.
    """
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    t0 = time.perf_counter()
    summary = Summary()
    before = store.stats().get("triples", 0)
    report = on_error or (lambda msg: print(f"kg: {msg}", file=sys.stderr))
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, disable=None, leave=False)
    def todo() -> Iterator:
        """Articles to extract; input errors and unchanged articles pass through as such."""
        for item in read_inputs(paths):
            if isinstance(item, Article) and store.has_article(item.id, version_hash(item)):
                yield _Unchanged(item.id)
            else:
                yield item

    touched = Touched()  # name keys of the articles written, old and new versions
    client = None
    try:
        if dask:
            from kg.distributed import dask_client, extract_stream

            client = dask_client(dask)
            extracted = extract_stream(todo(), client)
        else:
            extracted = _extracted(todo(), jobs)
        for item, ok, quads in extracted:
            if bar is not None:
                bar.update(1)
            if isinstance(item, InputError):
                summary.failed += 1
                summary.errors.append(str(item))
                report(str(item))
                continue
            summary.articles += 1
            if isinstance(item, _Unchanged):
                summary.unchanged += 1
                continue
            if not ok:
                summary.failed += 1
                summary.errors.append(quads)
                report(quads)
                continue
            touched.update(article_keys(store, item.id))
            touched.update(touched_by(quads))
            store.put_article(item.id, version_hash(item), quads)
            summary.added += 1
    finally:
        if bar is not None:
            bar.close()
        if client is not None:
            client.close()
    if summary.added or resolve_needed(store):
        # the resolution graph follows the article graphs: only the clusters of the name keys
        # written are recomputed (everything when the graph is missing or out of date)
        resolve_store(store, touched)
    stats = store.stats()
    summary.triples = stats.get("triples", 0)
    summary.triples_added = summary.triples - before
    summary.persons = stats.get("persons", 0)
    summary.organizations = stats.get("organizations", 0)
    summary.events = stats.get("events", 0)
    summary.directives = stats.get("directives", 0)
    summary.seconds = time.perf_counter() - t0
    return summary
