"""SHACL validation of a store against ``ontology/shapes.ttl``.

The data graph is the union of every graph of the store plus the ontology (so the rank
scheme and the class hierarchy are there even when a remote store lacks them).
"""

from __future__ import annotations

from collections.abc import Iterable

from pyshacl import validate as _shacl_validate
from rdflib import Graph

from kg.ontology import ontology_graph, shapes_graph

__all__ = ["validate_graph", "validate_quads", "validate_store"]


def validate_graph(data: Graph) -> tuple[bool, str]:
    """Validate an rdflib graph (which must include the ontology) against the shapes.

    >>> from rdflib import Literal
    >>> from kg.ontology import FOAF, KG, RDF, DATA
    >>> g = ontology_graph()
    >>> p = DATA["person/x"]
    >>> for t in [(p, RDF.type, FOAF.Person), (p, FOAF.name, Literal("A")), (p, KG.hasRank, KG["rank-x"])]:
    ...     _ = g.add(t)
    >>> validate_graph(g)[0]
    False
    """
    conforms, _report_graph, report_text = _shacl_validate(
        data, shacl_graph=shapes_graph(), inference="none", advanced=False, allow_warnings=False,
    )
    return bool(conforms), str(report_text)


def validate_quads(quads: Iterable[tuple]) -> tuple[bool, str]:
    """Validate quads (or triples) together with the ontology, as one union graph."""
    g = ontology_graph()
    for q in quads:
        g.add((q[0], q[1], q[2]))
    return validate_graph(g)


def validate_store(store) -> tuple[bool, str]:
    """``(conforms, report_text)`` for everything in ``store`` (a :class:`kg.store.Store`)."""
    return validate_quads(store.quads())


