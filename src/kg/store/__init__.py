"""Stores: an embedded persistent Oxigraph store (default) or a remote SPARQL 1.1 server.

Both keep one named graph per article (see :mod:`kg.rdf`), the ontology and rank scheme
in a graph of their own (:data:`kg.ontology.ONTOLOGY_GRAPH`), and a bookkeeping graph
(:data:`kg.ontology.INGEST_GRAPH`) with each article graph's content hash and extractor
version. ::

    with open_store("kg-store") as store:
        if not store.has_article(article.id, article.content_hash):
            store.put_article(article.id, article.content_hash, article_quads(result, article))
        print(store.query("SELECT ...", {"name": "Đỗ Văn Thiện"}).rows)

Values given as ``bindings`` are bound as RDF terms (a ``str`` becomes a plain literal),
never pasted into the query text.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.ontology import XSD

__all__ = [
    "DEFAULT_STORE_PATH",
    "FORMATS",
    "QueryResult",
    "Store",
    "StoreError",
    "StoreInUseError",
    "open_store",
    "term_to_json",
]

#: where the embedded store lives unless told otherwise (or ``$KG_STORE``)
DEFAULT_STORE_PATH = "kg-store"
#: formats of :meth:`Store.dump`
FORMATS = ("ttl", "trig", "nq", "jsonld")

Binding = Node | str


class StoreError(Exception):
    """A problem with the store: ``str(err)`` is a one-line message for the user."""


class StoreInUseError(StoreError):
    """Another process holds the embedded store."""


def term_to_json(term: Node) -> dict:
    """A term in the SPARQL 1.1 JSON results format.

    >>> term_to_json(Literal("Chính ủy"))
    {'type': 'literal', 'value': 'Chính ủy'}
    >>> term_to_json(Literal("Trung tướng", lang="vi"))
    {'type': 'literal', 'value': 'Trung tướng', 'xml:lang': 'vi'}
    >>> term_to_json(URIRef("https://w3id.org/vnkg/id/person/1"))
    {'type': 'uri', 'value': 'https://w3id.org/vnkg/id/person/1'}
    """
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            out["datatype"] = str(term.datatype)
        return out
    raise TypeError(f"not an RDF term: {term!r}")


@dataclass
class QueryResult:
    """The result of a query.

    ``vars`` are the column names, ``terms`` the rows as rdflib terms (None where a
    variable is unbound), ``rows`` the same rows as Python strings. An ASK query gives no
    rows and ``boolean``.

    >>> r = QueryResult(["name", "rank"], [(Literal("Đỗ Văn Thiện"), None)])
    >>> r.rows
    [('Đỗ Văn Thiện', None)]
    >>> r.to_sparql_json()["results"]["bindings"]
    [{'name': {'type': 'literal', 'value': 'Đỗ Văn Thiện'}}]
    """

    vars: list[str]
    terms: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    rows: list[tuple[str | None, ...]] = field(init=False)

    def __post_init__(self) -> None:
        self.rows = [tuple(None if t is None else str(t) for t in row) for row in self.terms]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[str | None, ...]]:
        return iter(self.rows)

    def dicts(self) -> list[dict[str, str | None]]:
        """The rows as dicts keyed by column name."""
        return [dict(zip(self.vars, row)) for row in self.rows]

    def drop(self, names: Iterable[str]) -> QueryResult:
        """The same result without the columns ``names``."""
        names = set(names)
        keep = [i for i, v in enumerate(self.vars) if v not in names]
        return QueryResult([self.vars[i] for i in keep],
                           [tuple(row[i] for i in keep) for row in self.terms], self.boolean)

    def to_sparql_json(self) -> dict:
        """The SPARQL 1.1 Query Results JSON Format (as a dict ready for ``json.dumps``)."""
        if self.boolean is not None:
            return {"head": {}, "boolean": self.boolean}
        bindings = [
            {v: term_to_json(t) for v, t in zip(self.vars, row) if t is not None}
            for row in self.terms
        ]
        return {"head": {"vars": list(self.vars)}, "results": {"bindings": bindings}}


def as_term(value: Binding) -> Node:
    """A binding value as an RDF term: rdflib terms as they are, ``str`` as a plain literal.

    >>> as_term('x" } UNION { ?s ?p ?o') == Literal('x" } UNION { ?s ?p ?o')
    True
    """
    if isinstance(value, (URIRef, BNode, Literal)):
        return value
    if isinstance(value, str):
        return Literal(value)
    raise TypeError(f"a binding must be an rdflib term or a str, not {type(value).__name__}")


class Store(ABC):
    """What every store offers. Quads are rdflib terms ``(s, p, o, g)``; ``g`` is None for
    the default graph."""

    location: str

    @abstractmethod
    def put_article(self, article_id: str, content_hash: str, quads: Iterable[tuple]) -> int:
        """Replace the article's named graph with ``quads`` and record ``content_hash`` and the
        extractor version, all in one transaction. Returns the number of quads written."""

    @abstractmethod
    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """Whether the article is stored (with this content hash and the current extractor
        version, when ``content_hash`` is given)."""

    @abstractmethod
    def remove_article(self, article_id: str) -> bool:
        """Drop the article's graph and record; True if it was there."""

    @abstractmethod
    def article_ids(self) -> list[str]:
        """Ids of the stored articles, sorted."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        """Run a SPARQL query. ``bindings`` maps variable names (without ``?``) to values that
        are bound as RDF terms; a bound variable must appear in the SELECT clause."""

    @abstractmethod
    def dump(self, fmt: str) -> bytes:
        """The whole store as ``ttl`` (all graphs merged), ``trig``, ``nq`` or ``jsonld``."""

    @abstractmethod
    def quads(self) -> Iterator[tuple]:
        """Every quad of the store, as rdflib terms."""

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Counts: articles, triples (every quad in the store), article_triples, persons,
        organizations, events, directives, holdings, tasks."""

    @abstractmethod
    def close(self) -> None:
        """Release the store (and its lock)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(path: str | os.PathLike | None = None, endpoint: str | None = None, *,
               read_only: bool = False, wait: float = 0.0, update_endpoint: str | None = None,
               gsp_endpoint: str | None = None) -> Store:
    """Open the embedded store at ``path`` or a remote server at ``endpoint``.

    With neither: ``$KG_STORE`` if set, else ``$KG_ENDPOINT`` if set, else ``./kg-store``.
    An embedded store is locked by the process that opens it read-write; another process
    then waits up to ``wait`` seconds and gets :class:`StoreInUseError`. ``read_only=True``
    opens a snapshot that works while another process holds the lock. ``update_endpoint``
    and ``gsp_endpoint`` override a remote server's write URLs (see :mod:`kg.store.remote`).
    """
    if path is not None and endpoint is not None:
        raise ValueError("give a store path or an endpoint, not both")
    if path is None and endpoint is None:
        if os.environ.get("KG_STORE"):
            path = os.environ["KG_STORE"]
        elif os.environ.get("KG_ENDPOINT"):
            endpoint = os.environ["KG_ENDPOINT"]
        else:
            path = DEFAULT_STORE_PATH
    if endpoint is not None:
        from kg.store.remote import RemoteStore

        return RemoteStore(endpoint, update_endpoint=update_endpoint, gsp_endpoint=gsp_endpoint)
    from kg.store.embedded import EmbeddedStore

    return EmbeddedStore(Path(path), read_only=read_only, wait=wait)
