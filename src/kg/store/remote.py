"""A remote SPARQL 1.1 server as a store (not written yet).

The plan, so the interface stays ready: queries go to the query URL with SPARQLWrapper
(JSON results); ``put_article`` is one SPARQL update (``DROP SILENT GRAPH`` + ``INSERT
DATA`` + the ingest record, which servers such as Oxigraph and Fuseki apply atomically) or a
Graph Store protocol ``PUT ?graph=IRI``; bindings become a ``VALUES`` block of escaped
terms at the top of the WHERE clause (see :func:`values_block`). The update and Graph
Store URLs default to the siblings of the query URL (``.../update``, ``.../store`` for
Oxigraph; ``.../update``, ``.../data`` for Fuseki).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from kg.store import Binding, QueryResult, Store, as_term

__all__ = ["RemoteStore", "values_block"]


def values_block(bindings: Mapping[str, Binding]) -> str:
    """A SPARQL ``VALUES`` block binding each variable to one escaped RDF term.

    >>> values_block({"org": 'x" } UNION { ?s ?p ?o }'})
    'VALUES (?org) { ("x\\\\" } UNION { ?s ?p ?o }") }'
    """
    from kg.store.embedded import to_ox

    names = [k.lstrip("?$") for k in bindings]
    for n in names:
        if not n.replace("_", "a").isalnum():
            raise ValueError(f"not a SPARQL variable name: {n!r}")
    terms = " ".join(str(to_ox(as_term(v))) for v in bindings.values())
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}"


class RemoteStore(Store):
    """A SPARQL 1.1 server (query URL ``endpoint``); not implemented yet."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None, gsp_endpoint: str | None = None):
        self.location = endpoint
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.gsp_endpoint = gsp_endpoint

    def _todo(self):
        raise NotImplementedError(f"remote stores ({self.endpoint}) are not supported yet; "
                                  "use an embedded store (--store PATH)")

    def put_article(self, article_id: str, content_hash: str, quads: Iterable[tuple]) -> int:
        self._todo()

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        self._todo()

    def remove_article(self, article_id: str) -> bool:
        self._todo()

    def article_ids(self) -> list[str]:
        self._todo()

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        self._todo()

    def dump(self, fmt: str) -> bytes:
        self._todo()

    def quads(self) -> Iterator[tuple]:
        self._todo()

    def stats(self) -> dict[str, int]:
        self._todo()

    def close(self) -> None:
        pass
