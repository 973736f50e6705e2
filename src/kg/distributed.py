"""Extraction on a Dask cluster (the optional extra ``kg[dask]``).

This process reads the inputs (:func:`kg.io.read_inputs`), cuts the articles into shards and
sends them to the workers of a Dask scheduler; each worker runs ``extract_article`` (and
``article_quads``) on its shard and sends the results back. At most ``in_flight`` shards are
out at a time, so memory stays bounded whatever the corpus size, and the results come back
in input order: ``kg ingest --dask ADDR`` writes them with its one local writer, so the store
ends the same as with ``--jobs 1``.

The workers need kg (the same version) and its dependencies installed; they read no files:
the articles travel with the shards. Start a cluster with ``dask scheduler`` and
``dask worker tcp://HOST:8786`` on each machine (see docs/scaling.md).

dask is imported only when a function here runs; without it they raise
:class:`DaskUnavailable` (one line naming the extra).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.io import read_inputs
from kg.model import Article, InputError

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "DaskError",
    "DaskUnavailable",
    "dask_client",
    "extract_stream",
    "extract_with_dask",
    "write_nquads_shards",
]

#: articles per shard sent to a worker
DEFAULT_SHARD_SIZE = 32

MISSING = "Dask is not installed: pip install 'kg[dask]' (or 'dask[distributed]')"


class DaskUnavailable(RuntimeError):
    """dask.distributed cannot be imported."""


class DaskError(RuntimeError):
    """The scheduler cannot be reached (one line naming its address)."""


def _distributed():
    try:
        import distributed
    except ImportError as err:
        raise DaskUnavailable(MISSING) from err
    return distributed


def dask_client(scheduler_address: str, timeout: float = 10.0):
    """A ``distributed.Client`` connected to ``scheduler_address`` (``tcp://HOST:PORT``)."""
    distributed = _distributed()
    try:
        return distributed.Client(scheduler_address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        msg = " ".join(str(err).split())[:200]
        raise DaskError(f"cannot reach the Dask scheduler at {scheduler_address}: {type(err).__name__}: "
                        f"{msg}") from err


# --- what a worker runs (module-level, so workers import them by name) -------------------

def _shard_quads(articles: list[Article]) -> list[tuple[bool, list | str]]:
    """``(True, quads)`` or ``(False, message)`` per article: what ``kg ingest`` writes."""
    from kg.ingest import _extract

    return [_extract(a) for a in articles]


def _shard_results(articles: list[Article]) -> list[tuple[bool, dict | str]]:
    """``(True, extraction result)`` or ``(False, message)`` per article: what ``kg extract`` prints."""
    from kg.extract import extract_article

    out = []
    for a in articles:
        try:
            out.append((True, extract_article(a)))
        except Exception as err:  # noqa: BLE001 - an extractor bug must not stop the other inputs
            out.append((False, (f"{a.source or a.id}: extraction failed: {type(err).__name__}: "
                               f"{' '.join(str(err).split())[:200]}")))
    return out


def _shard_nquads(articles: list[Article]) -> list[tuple[bool, str]]:
    """``(True, N-Quads text)`` or ``(False, message)`` per article: the article's named graph
    and its ingest record (as ``put_article`` writes them), ready for a bulk loader."""
    import pyoxigraph as ox

    from kg.ingest import _extract, version_hash
    from kg.store.embedded import article_quad_list

    out = []
    for a in articles:
        ok, quads = _extract(a)
        if not ok:
            out.append((False, quads))
            continue
        nq = ox.serialize(article_quad_list(a.id, version_hash(a), quads), format=ox.RdfFormat.N_QUADS)
        out.append((True, nq.decode("utf-8")))
    return out


WORKS: dict[str, Callable] = {"quads": _shard_quads, "results": _shard_results, "nquads": _shard_nquads}


# --- this process: shards out, results back in order ----------------------------------

def _shards(items: Iterator, size: int) -> Iterator[list]:
    """Consecutive runs of items holding ``size`` articles each (other items ride along)."""
    shard, n = [], 0
    for item in items:
        shard.append(item)
        n += isinstance(item, Article)
        if n >= size:
            yield shard
            shard, n = [], 0
    if shard:
        yield shard


def extract_stream(items: Iterable, client, kind: str = "quads", shard_size: int = DEFAULT_SHARD_SIZE,
                   in_flight: int | None = None) -> Iterator[tuple]:
    """``(item, ok, payload)`` for each of ``items`` in input order, the articles extracted on
    the Dask cluster of ``client``: ``payload`` is what :data:`WORKS` ``[kind]`` gives for an
    Article (or an error message with ``ok`` False); any other item (an InputError, an
    unchanged-article marker) passes through as ``(item, True, None)``.

    At most ``in_flight`` shards (default: two per worker thread, at least 2) are on the
    cluster at a time. A shard whose task fails (a worker lost too often) reports each of its
    articles as failed, and the rest goes on.
    """
    work = WORKS[kind]
    if in_flight is None:
        try:
            threads = sum(client.nthreads().values())
        except Exception:  # noqa: BLE001 - a scheduler that will not say: a small default
            threads = 1
        in_flight = max(2, 2 * threads)
    pending: deque = deque()

    def collect(shard: list, future) -> Iterator[tuple]:
        arts = [x for x in shard if isinstance(x, Article)]
        try:
            results = iter(future.result() if future is not None else ())
        except Exception as err:  # noqa: BLE001 - reported per article below
            msg = f"{type(err).__name__}: {' '.join(str(err).split())[:200]}"
            results = iter([(False, f"{a.source or a.id}: extraction failed on the Dask cluster: {msg}")
                            for a in arts])
        finally:
            if future is not None:
                future.release()
        for item in shard:
            yield (item, *next(results)) if isinstance(item, Article) else (item, True, None)

    for shard in _shards(iter(items), max(1, int(shard_size))):
        arts = [x for x in shard if isinstance(x, Article)]
        future = client.submit(work, arts, pure=False) if arts else None
        pending.append((shard, future))
        while len(pending) >= in_flight:
            yield from collect(*pending.popleft())
    while pending:
        yield from collect(*pending.popleft())


def extract_with_dask(paths: Iterable[str | os.PathLike], scheduler_address: str,
                      shard_size: int = DEFAULT_SHARD_SIZE, kind: str = "quads",
                      in_flight: int | None = None) -> Iterator[tuple]:
    """``(item, ok, payload)`` for each input read from ``paths``, in input order, extracted
    on the Dask scheduler at ``scheduler_address``.

    ``item`` is an :class:`~kg.model.Article` (``payload``: its quads for ``kind="quads"``,
    its extraction result for ``"results"``, its N-Quads text for ``"nquads"``; or with
    ``ok`` False the one-line error) or an :class:`~kg.model.InputError` (``ok`` False,
    ``payload`` its message), as the local path reports them.
    """
    client = dask_client(scheduler_address)
    try:
        for item, ok, payload in extract_stream(read_inputs(paths), client, kind, shard_size, in_flight):
            if isinstance(item, InputError):
                yield item, False, str(item)
            else:
                yield item, ok, payload
    finally:
        client.close()


def write_nquads_shards(paths: Iterable[str | os.PathLike], scheduler_address: str, out_dir: str | os.PathLike,
                        shard_size: int = 1000, on_error: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Extract on the cluster and write ``out_dir/shard-00000.nq``, … (``shard_size`` articles
    each, input order) for a server's bulk loader: each article's named graph and its ingest
    record. Returns ``(articles written, failures)``; failures go to ``on_error``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = failed = n_shard = in_shard = 0
    fh = None

    def close() -> None:
        nonlocal fh, n_shard
        if fh is not None:
            fh.close()
            tmp = out / f".shard-{n_shard:05d}.nq.part"
            tmp.replace(out / f"shard-{n_shard:05d}.nq")
            fh, n_shard = None, n_shard + 1

    try:
        for _item, ok, payload in extract_with_dask(paths, scheduler_address, kind="nquads"):
            if not ok:
                failed += 1
                if on_error is not None:
                    on_error(payload)
                continue
            if fh is None:
                fh = open(out / f".shard-{n_shard:05d}.nq.part", "w", encoding="utf-8")  # noqa: SIM115
                in_shard = 0
            fh.write(payload)
            written += 1
            in_shard += 1
            if in_shard >= shard_size:
                close()
        close()
    finally:
        if fh is not None:
            fh.close()
    return written, failed
