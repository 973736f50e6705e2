"""Graph outputs: the networkx graph built from the saved queries, the offline HTML page,
and GraphML/CSV tables of the same graph.

>>> from kg.viz import build_network, focus_subgraph, write_graph_html  # doctest: +SKIP
"""

from kg.viz.html import render_html, write_graph_html, write_html
from kg.viz.network import (
    NODE_KINDS,
    SAVED_QUERIES,
    FocusNotFound,
    build_network,
    find_nodes,
    focus_subgraph,
    fold,
    lexicon_glosses,
    org_subgraph,
    query_results,
    to_csv,
    to_graphml,
)
from kg.viz.tables import export_table, graph_csv, graph_table

__all__ = [
    "NODE_KINDS",
    "SAVED_QUERIES",
    "FocusNotFound",
    "build_network",
    "export_table",
    "find_nodes",
    "focus_subgraph",
    "fold",
    "graph_csv",
    "graph_table",
    "lexicon_glosses",
    "org_subgraph",
    "query_results",
    "render_html",
    "to_csv",
    "to_graphml",
    "write_graph_html",
    "write_html",
]
