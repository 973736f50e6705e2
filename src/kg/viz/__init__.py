"""Graph outputs: the networkx graph built from the saved queries, and the offline HTML page.

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
    to_csv,
    to_graphml,
)

__all__ = [
    "NODE_KINDS",
    "SAVED_QUERIES",
    "FocusNotFound",
    "build_network",
    "find_nodes",
    "focus_subgraph",
    "fold",
    "render_html",
    "to_csv",
    "to_graphml",
    "write_graph_html",
    "write_html",
]
