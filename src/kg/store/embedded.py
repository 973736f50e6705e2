"""The embedded, persistent store: a pyoxigraph (RocksDB) directory.

Writes are SPARQL updates, and one update is one transaction in Oxigraph: replacing an
article (drop its graph, insert the new quads, update its ingest record) either happens
completely or not at all. Query parameters go through Oxigraph's ``substitutions``
(SEP-0007), so they are RDF terms and never part of the query text; Oxigraph requires a
substituted variable to be in the SELECT clause.

>>> store = EmbeddedStore(None)            # in memory
>>> store.stats()["articles"]
0
>>> store.query("SELECT ?n WHERE { BIND(STRLEN(?s) AS ?n) }", {"s": "Chính ủy"})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.store.StoreError: cannot run the query: ...SELECT projection
>>> store.query("SELECT ?s ?n WHERE { BIND(STRLEN(?s) AS ?n) }", {"s": "Chính ủy"}).rows
[('Chính ủy', '8')]
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node

from kg.ontology import (
    ARTICLE_GRAPH_BASE,
    FOAF,
    INGEST_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    ORG,
    PREFIXES,
    RDF,
    XSD,
    ontology_graph,
    ontology_text,
)
from kg.rdf import EXTRACTOR_VERSION, article_graph_iri
from kg.store import FORMATS, Binding, QueryResult, Store, StoreError, StoreInUseError, as_term

try:
    import fcntl
except ImportError:  # Windows: RocksDB's lock alone
    fcntl = None

__all__ = ["EmbeddedStore", "from_ox", "to_ox"]

_XSD_STRING = str(XSD.string)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term.

    >>> str(to_ox(Literal("a\\"b", lang="vi")))
    '"a\\\\"b"@vi'
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term) -> Node | None:
    """A pyoxigraph term as an rdflib term (None for the default graph or an unbound value)."""
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term: {term!r}")


def _nt(term: Node) -> str:
    """A term in N-Triples syntax, escaped by Oxigraph (valid inside SPARQL)."""
    return str(to_ox(term))


# The SPARQL that writes, checks and removes one article: the same text serves the embedded
# store and any remote server, so both keep the same graph and the same ingest record.

def _article_triples(article_id: str, quads: Iterable[tuple]) -> Iterator[tuple]:
    """The (s, p, o) of ``quads``, all of which must be in the article's graph (or in none)."""
    g = article_graph_iri(article_id)
    for q in quads:
        if len(q) > 3 and q[3] is not None and q[3] != g:
            raise ValueError(f"article {article_id}: a quad is in graph {q[3]}, not {g}")
        yield q[0], q[1], q[2]


def _ingest_record(article_id: str, content_hash: str) -> tuple[tuple[URIRef, Literal], ...]:
    """The (predicate, value) pairs the ingest graph keeps about an article's graph."""
    return ((KG.articleId, Literal(article_id)), (KG.contentHash, Literal(content_hash)),
            (KG.extractorVersion, Literal(EXTRACTOR_VERSION)))


def article_update(article_id: str, content_hash: str, quads: Iterable[tuple]) -> tuple[str, int]:
    """(SPARQL Update that replaces the article's named graph and ingest record, triple count)."""
    lines = [f"{_nt(s)} {_nt(p)} {_nt(o)}" for s, p, o in _article_triples(article_id, quads)]
    gn, i = _nt(article_graph_iri(article_id)), _nt(INGEST_GRAPH)
    record = f"{gn} " + " ; ".join(f"{_nt(p)} {_nt(v)}" for p, v in _ingest_record(article_id, content_hash))
    body = " .\n".join(lines)
    update = (f"DROP SILENT GRAPH {gn} ;\n"
              f"DELETE WHERE {{ GRAPH {i} {{ {gn} ?p ?v }} }} ;\n"
              f"INSERT DATA {{ GRAPH {gn} {{ {body} }}\n  GRAPH {i} {{ {record} }} }}")
    return update, len(lines)


def article_quad_list(article_id: str, content_hash: str, quads: Iterable[tuple]) -> list[ox.Quad]:
    """The article's quads in its named graph, then its ingest record, as pyoxigraph quads
    (what :func:`article_update` inserts)."""
    gx, ix = to_ox(article_graph_iri(article_id)), to_ox(INGEST_GRAPH)
    out = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), gx) for s, p, o in _article_triples(article_id, quads)]
    out += [ox.Quad(gx, to_ox(p), to_ox(v), ix) for p, v in _ingest_record(article_id, content_hash)]
    return out


def article_ask(article_id: str, content_hash: str | None = None) -> str:
    """ASK whether the article is stored (with this content hash and extractor version, if given)."""
    gn, i = _nt(article_graph_iri(article_id)), _nt(INGEST_GRAPH)
    if content_hash is None:
        return f"ASK {{ GRAPH {i} {{ {gn} {_nt(KG.articleId)} ?id }} }}"
    return (f"ASK {{ GRAPH {i} {{ {gn} {_nt(KG.contentHash)} {_nt(Literal(content_hash))} ; "
            f"{_nt(KG.extractorVersion)} {_nt(Literal(EXTRACTOR_VERSION))} }} }}")


def article_removal(article_id: str) -> str:
    """SPARQL Update that drops the article's named graph and its ingest record."""
    gn, i = _nt(article_graph_iri(article_id)), _nt(INGEST_GRAPH)
    return f"DROP SILENT GRAPH {gn} ;\nDELETE WHERE {{ GRAPH {i} {{ {gn} ?p ?v }} }}"


def _return_freed_memory() -> None:
    """Give the memory RocksDB freed back to the system. glibc keeps freed blocks in its
    per-thread arenas, and RocksDB's many threads leave them fragmented: without this the
    process's RSS stays at its highest (measured: 109 MB after closing, 37 MB after)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def _is_lock_error(err: OSError) -> bool:
    msg = str(err)
    return "LOCK" in msg or "lock" in msg.lower()


#: the file in a store's directory that kg writers lock (see EmbeddedStore._take_writer_lock)
WRITER_LOCK = "kg-writer.lock"
_WRITERS: set[str] = set()  # the stores this process has open for writing

#: articles written between two flushes of RocksDB's memory tables
FLUSH_EVERY = 100
#: articles written between two reopenings that free RocksDB's table readers (a multiple of FLUSH_EVERY)
RELEASE_EVERY = 500
#: table files RocksDB may keep open, each with its index and filter blocks in memory (None: all of
#: them, pyoxigraph's default). An opt-in bound: at 100,000 articles (579 table files) a bound of
#: 256 changed neither the peak memory nor the time of the resolution's reads
#: (benchmarks/open_tables_memory.py, docs/scaling.md), so the default stays pyoxigraph's.
MAX_OPEN_TABLES: int | None = None
#: seconds a reopening waits for RocksDB's lock (only where kg's own lock is unavailable can
#: another process take the store in the meantime)
RELEASE_WAIT = 60.0


@contextlib.contextmanager
def _open_files_limit(tables: int | None) -> Iterator[None]:
    """Lower the process's open-file limit while pyoxigraph opens a store.

    pyoxigraph offers no RocksDB options; it sets ``max_open_files`` to the open-file limit
    minus 48 at the moment it opens the store, and keeps that afterwards. So the limit is
    lowered for the opening only, and never below what the process already uses."""
    try:
        import resource
    except ImportError:  # not POSIX
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        in_use = len(os.listdir("/proc/self/fd"))
    except OSError:
        in_use = 256
    want = max(tables + 48, in_use + 64, 96) if tables is not None else soft
    if soft != resource.RLIM_INFINITY and want >= soft:
        yield
        return
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


class EmbeddedStore(Store):
    """A pyoxigraph store in the directory ``path`` (in memory when ``path`` is None)."""

    def __init__(self, path: Path | str | None, *, read_only: bool = False, wait: float = 0.0):
        self.path = Path(path) if path is not None else None
        self.location = str(self.path) if self.path is not None else ":memory:"
        self.read_only = read_only
        self._writes = 0
        self._writer_lock: int | None = None
        if path is not None and not read_only:
            self._take_writer_lock(wait)
        try:
            self._s: ox.Store | None = self._open(wait)
        except BaseException:
            self._drop_writer_lock()
            raise
        if not read_only:
            self._ensure_ontology()

    # -- the writer's own lock
    def _take_writer_lock(self, wait: float) -> None:
        """Hold ``kg-writer.lock`` in the store's directory for as long as this store is open.

        RocksDB's own lock is released whenever the store is reopened to free memory
        (:meth:`flush`); this one is not, so another kg writer cannot slip in between and
        interleave its articles with this ingest's. The kernel releases it if the process dies.
        """
        if fcntl is None:  # not POSIX: RocksDB's lock alone
            return
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store {self.path} is not a directory")
        key = str(self.path.resolve())
        if key in _WRITERS:
            raise StoreInUseError(f"store {self.path} is already open in this process")
        self.path.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path / WRITER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() < deadline:
                    time.sleep(0.1)
                    continue
                os.close(fd)
                raise StoreInUseError(f"store {self.path} is in use by another kg process") from None
        self._writer_lock = fd
        _WRITERS.add(key)

    def __del__(self) -> None:
        # a store dropped without close() lets go of its lock, as its RocksDB store does
        with contextlib.suppress(Exception):  # the interpreter may be shutting down
            self._drop_writer_lock()

    def _drop_writer_lock(self) -> None:
        if getattr(self, "_writer_lock", None) is not None:
            _WRITERS.discard(str(self.path.resolve()))
            os.close(self._writer_lock)  # closing the descriptor releases the lock
            self._writer_lock = None

    # -- opening and closing
    def _open(self, wait: float) -> ox.Store:
        if self.path is None:
            if self.read_only:
                raise StoreError("an in-memory store cannot be opened read-only")
            return ox.Store()
        if self.read_only and not self.path.is_dir():
            raise StoreError(f"store {self.path} does not exist")
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store {self.path} is not a directory")
        deadline = time.monotonic() + max(wait, 0.0)
        snapshot_tries = 20
        while True:
            try:
                with _open_files_limit(MAX_OPEN_TABLES):
                    if self.read_only:
                        return ox.Store.read_only(str(self.path))
                    return ox.Store(str(self.path))
            except (RuntimeError, OSError) as err:
                # A read-only snapshot opened while the writer compacts or flushes may list a
                # table or log file that is already gone (pyoxigraph raises either type); a
                # moment later the snapshot is whole.
                if self.read_only and snapshot_tries and "No such file" in str(err):
                    snapshot_tries -= 1
                    time.sleep(0.05)
                    continue
                if isinstance(err, RuntimeError):
                    raise StoreError(f"store {self.path} cannot be opened: "
                                     f"{' '.join(str(err).split())[:200]}") from None
                if not _is_lock_error(err):
                    raise StoreError(f"store {self.path} cannot be opened: {err}") from None
                if time.monotonic() < deadline:
                    time.sleep(0.1)
                    continue
                if "current process" in str(err):
                    raise StoreInUseError(f"store {self.path} is already open in this process") from None
                raise StoreInUseError(f"store {self.path} is in use by another kg process") from None

    def close(self) -> None:
        if self._s is not None:
            if not self.read_only:
                self._s.flush()
            self._s = None  # dropping the last reference releases the RocksDB lock
        self._drop_writer_lock()

    @property
    def _store(self) -> ox.Store:
        if self._s is None:
            raise StoreError(f"store {self.location} is closed")
        return self._s

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")
        return self._store

    def _update(self, sparql_update: str) -> None:
        """Run one SPARQL update: one transaction, applied completely or not at all."""
        store = self._writable()
        try:
            store.update(sparql_update)
        except (SyntaxError, RuntimeError, OSError) as err:
            raise StoreError(f"store {self.location}: the write failed and nothing was changed: {err}") from None

    def _extend(self, quads: list[ox.Quad]) -> None:
        """Add ``quads`` in one transaction: all of them or none."""
        store = self._writable()
        try:
            store.extend(quads)
        except (RuntimeError, OSError) as err:
            raise StoreError(f"store {self.location}: the write failed and nothing was changed: {err}") from None

    def _ask(self, sparql: str) -> bool:
        return bool(self._store.query(sparql))

    # -- the ontology graph
    def _ensure_ontology(self) -> None:
        digest = hashlib.sha256(ontology_text().encode("utf-8")).hexdigest()
        o, i = _nt(ONTOLOGY_GRAPH), _nt(INGEST_GRAPH)
        if self._ask(f"ASK {{ GRAPH {i} {{ {o} {_nt(KG.contentHash)} {_nt(Literal(digest))} }} }}"):
            return
        body = " .\n".join(f"{_nt(s)} {_nt(p)} {_nt(ob)}" for s, p, ob in ontology_graph())
        self._update(
            f"DROP SILENT GRAPH {o} ;\n"
            f"DELETE WHERE {{ GRAPH {i} {{ {o} ?p ?v }} }} ;\n"
            f"INSERT DATA {{ GRAPH {o} {{ {body} }}\n"
            f"  GRAPH {i} {{ {o} {_nt(KG.contentHash)} {_nt(Literal(digest))} }} }}"
        )

    # -- articles
    def put_article(self, article_id: str, content_hash: str, quads: Iterable[tuple]) -> int:
        if self._stored(article_id):
            update, count = article_update(article_id, content_hash, quads)
            self._update(update)
        else:
            # A new article needs no drop: adding its quads in one transaction is atomic too,
            # and skips writing and parsing a SPARQL update (measured: 13.4 -> 11.4 ms per article).
            new = article_quad_list(article_id, content_hash, quads)
            self._extend(new)
            count = len(new) - len(_ingest_record(article_id, content_hash))
        self._writes += 1
        if self._writes % FLUSH_EVERY == 0:
            # RocksDB keeps written data in memory tables until they fill up; flushing them
            # every few hundred articles keeps the writer's memory bounded by that batch
            # (measured: 329 MB instead of 897 MB peak RSS for 1,500 articles), not the corpus.
            self.flush(release=self._writes % RELEASE_EVERY == 0)
        return count

    def flush(self, release: bool = False) -> None:
        """Write RocksDB's memory tables to disk: they otherwise grow to several write
        buffers per index before RocksDB flushes them itself.

        With ``release``, also close and reopen the store (70 ms): RocksDB keeps the index
        and filter blocks of every table file it has opened, which grow with the store
        (~10 MB per 1,000 articles) and which nothing else frees. The caller must hold no
        query result that is still being read."""
        if self.read_only:
            return
        self._store.flush()
        if release and self.path is not None:
            self._s = None  # the last reference: RocksDB closes and releases its lock
            _return_freed_memory()
            self._s = self._open(wait=RELEASE_WAIT)

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        return self._ask(article_ask(article_id, content_hash))

    def _stored(self, article_id: str) -> bool:
        """The article has an ingest record or a named graph (a graph without its record is
        only possible in a store written by something else)."""
        return self.has_article(article_id) or self._store.contains_named_graph(to_ox(article_graph_iri(article_id)))

    def remove_article(self, article_id: str) -> bool:
        existed = self._stored(article_id)
        self._update(article_removal(article_id))
        return existed

    def article_ids(self) -> list[str]:
        r = self._store.query(
            f"SELECT ?id WHERE {{ GRAPH {_nt(INGEST_GRAPH)} {{ ?g {_nt(KG.articleId)} ?id }} }} ORDER BY ?id")
        return [sol["id"].value for sol in r]

    # -- reading
    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        subs = {ox.Variable(k.lstrip("?$")): to_ox(as_term(v)) for k, v in (bindings or {}).items()}
        try:
            res = self._store.query(sparql, substitutions=subs or None)
            if isinstance(res, ox.QueryBoolean):
                return QueryResult([], [], bool(res))
            if isinstance(res, ox.QuerySolutions):
                names = [v.value for v in res.variables]
                return QueryResult(names, [tuple(from_ox(sol[n]) for n in names) for sol in res])
            return QueryResult(["subject", "predicate", "object"],
                               [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in res])
        except SyntaxError as err:
            raise StoreError(f"invalid SPARQL query: {err}") from None
        except (RuntimeError, OSError) as err:
            raise StoreError(f"cannot run the query: {err}") from None

    def quads(self) -> Iterator[tuple]:
        for q in self._store:
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)

    def dump(self, fmt: str) -> bytes:
        s = self._store
        if fmt == "nq":
            return s.dump(format=ox.RdfFormat.N_QUADS)
        if fmt == "trig":
            return s.dump(format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        if fmt == "ttl":
            triples = s.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
                              "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")
            return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        if fmt == "jsonld":
            with warnings.catch_warnings():  # rdflib 7.x's own JSON-LD code uses deprecated calls
                warnings.simplefilter("ignore", DeprecationWarning)
                ds = Dataset()
                ds.parse(data=s.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
                return ds.serialize(format="json-ld", context=PREFIXES, indent=2).encode("utf-8")
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")

    def stats(self) -> dict[str, int]:
        in_articles = f"FILTER(STRSTARTS(STR(?g), {_nt(Literal(ARTICLE_GRAPH_BASE))}))"

        def count(pattern: str, what: str = "DISTINCT ?x") -> int:
            r = self._store.query(f"SELECT (COUNT({what}) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} "
                                  f"{in_articles} }}")
            return int(next(iter(r))["n"].value)

        def typed(cls: URIRef) -> int:
            return count(f"?x {_nt(RDF.type)} {_nt(cls)}")

        return {
            "articles": len(self.article_ids()),
            "triples": len(self._store),
            "article_triples": count("?s ?p ?o", "*"),
            "persons": typed(FOAF.Person),
            "organizations": typed(ORG.Organization),
            "events": typed(KG.Event),
            "directives": typed(KG.Directive),
            "holdings": typed(KG.Holding),
            "tasks": typed(KG.Task),
        }

    def __repr__(self) -> str:
        return f"EmbeddedStore({self.location!r}{', read_only=True' if self.read_only else ''})"
