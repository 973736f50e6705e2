"""The graph drawing as GraphML or CSV (``kg export --format graphml|csv``).

These are the same nodes and edges as the HTML page (:func:`kg.viz.network.build_network`),
not RDF: for RDF use :mod:`kg.export`.

CSV is one file with one row per edge, each end given by id, kind and label, and one row
per node that has no edge (its ``relation`` and ``target`` columns empty), so nothing is
lost. :func:`kg.viz.network.to_csv` writes separate node and edge tables instead.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.viz.network import build_network, lexicon_glosses, query_results, to_graphml

TABLE_FORMATS = ("graphml", "csv")

CSV_COLUMNS = (
    "source",
    "source_kind",
    "source_label",
    "relation",
    "relation_label",
    "target",
    "target_kind",
    "target_label",
    "status",
    "role",
    "articles",
    "sentences",
)


def _join(values: Any) -> str:
    if not values:
        return ""
    if isinstance(values, str):
        return values
    return "\n".join(str(v) for v in values)


def _one_line(text: Any) -> str:
    return " ".join(str(text or "").split())


def graph_csv(G: nx.MultiDiGraph) -> str:
    """The graph as one CSV table (see the module's docstring)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for u, v, d in G.edges(data=True):
        a, b = G.nodes[u], G.nodes[v]
        w.writerow([
            u, a.get("kind", ""), _one_line(a.get("label")),
            d.get("kind", ""), d.get("label", ""),
            v, b.get("kind", ""), _one_line(b.get("label")),
            d.get("status") or "", d.get("role") or "",
            _join(d.get("articles")), _join(d.get("sentences")),
        ])  # fmt: skip
    for n, a in G.nodes(data=True):
        if G.degree(n) == 0:
            w.writerow([n, a.get("kind", ""), _one_line(a.get("label")), "", "", "", "", "", "", "",
                        _join(a.get("articles")), _join(a.get("sentences"))])  # fmt: skip
    return buf.getvalue()


def graph_table(G: nx.MultiDiGraph, fmt: str) -> bytes:
    """``G`` as GraphML or CSV bytes (UTF-8)."""
    if fmt == "csv":
        return graph_csv(G).encode("utf-8")
    if fmt == "graphml":
        with tempfile.TemporaryDirectory(prefix="kg-graphml-") as tmp:
            path = Path(tmp) / "graph.graphml"
            to_graphml(G, path)
            return path.read_bytes()
    raise ValueError(f"unknown table format {fmt!r}: use one of {', '.join(TABLE_FORMATS)}")


def export_table(
    store: Any,
    fmt: str,
    out: str | os.PathLike | None = None,
    glosses: Mapping[str, str] | None = None,
) -> bytes:
    """Write the graph of ``store`` as GraphML or CSV to ``out`` (atomically), or to stdout.

    Returns the bytes written. ``glosses`` as for :func:`kg.viz.html.write_graph_html`
    (default: the lexicons').
    """
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}: use one of {', '.join(TABLE_FORMATS)}")
    G = build_network(query_results(store), glosses=lexicon_glosses() if glosses is None else glosses)
    data = graph_table(G, fmt)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return data
    path = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return data
