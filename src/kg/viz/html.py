"""The interactive, offline HTML graph (one self-contained file).

* :func:`write_graph_html` — run the saved queries on a store and write the page.
* :func:`write_html` — write the page for a graph you already have (notebooks, tests).
* :func:`render_html` — the page as a string.

The page inlines vis-network 9.1.2 as shipped inside pyvis 0.3.2 (``cdn_resources="in_line"``
uses the same files) with a template of our own: pyvis's template links Bootstrap from a CDN
and switches tooltips to an ``innerHTML`` popup when a title contains "href", so neither is
used. Building through ``pyvis.network.Network.add_node/add_edge`` is also avoided: both
test membership in lists, which is quadratic for graphs of thousands of nodes.

Safety: node and edge data (names, facts, article sentences) travel as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, and the
page's own script puts them into the DOM with ``textContent`` only. A
Content-Security-Policy allows only the page's two inline scripts (by hash) and no fetches.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment
from markupsafe import Markup

from kg.viz import _template
from kg.viz.network import (
    EDGE_VI,
    NODE_KINDS,
    build_network,
    focus_subgraph,
    lexicon_glosses,
    query_results,
)

#: Above this many nodes the page stops physics once the layout is stable.
BIG_GRAPH = 1000
#: Above this many nodes vis-network's improvedLayout is switched off (it is slow and warns).
IMPROVED_LAYOUT_MAX = 100

KIND_STYLE: dict[str, dict[str, str]] = {
    "person": {"color": "#2563eb", "border": "#1e3a8a", "shape": "dot"},
    "organization": {"color": "#16a34a", "border": "#14532d", "shape": "box"},
    "post": {"color": "#f59e0b", "border": "#92400e", "shape": "diamond"},
    "event": {"color": "#dc2626", "border": "#7f1d1d", "shape": "triangle"},
    "directive": {"color": "#7c3aed", "border": "#4c1d95", "shape": "square"},
}
EDGE_COLOR = {
    "holds": "#64748b",
    "in": "#16a34a",
    "part_of": "#15803d",
    "role": "#dc2626",
    "issues": "#7c3aed",
    "to": "#a78bfa",
}
DEFAULT_TITLE = "Đồ thị tri thức: cán bộ, chức vụ, đơn vị, sự kiện, chỉ đạo"

MAX_LABEL = 60
MAX_FACTS = 40
MAX_SENTENCES = 8
MAX_ARTICLES = 20

_REMOTE_SRC = re.compile(r"""\bsrc\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
_REMOTE_LINK = re.compile(r"""<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
_DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">.*?</script>', re.DOTALL)
_REMOTE_TAG = re.compile(
    r"""<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>"""
    r"""|<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script\s*>""",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- assets


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as bundled in pyvis (the files ``cdn_resources="in_line"`` inlines)."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # Neither may close its element early; neither does in pyvis 0.3.2, keep it that way.
    if re.search(r"</script|<!--", js, re.IGNORECASE) or re.search(r"</style", css, re.IGNORECASE):
        raise RuntimeError("vis-network bundled with pyvis cannot be inlined safely")
    return js, css


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(autoescape=True, keep_trailing_newline=True)


def json_for_script(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>``, ``&``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def strip_remote_resources(html: str) -> str:
    """Remove ``<link href=//...>`` and ``<script src=//...></script>`` tags (e.g. pyvis's Bootstrap)."""
    return _REMOTE_TAG.sub("", html)


def remote_references(html: str) -> list[str]:
    """Every ``src=`` / ``<link href=`` in ``html`` that points to the network (should be empty).

    The JSON data block is left out: article text may well say ``src=http://...``, and
    there it is inert data.
    """
    html = _DATA_BLOCK.sub("", html)
    found = [m.group(0) for m in _REMOTE_SRC.finditer(html)]
    found += [m.group(0) for m in _REMOTE_LINK.finditer(html)]
    return found


# --------------------------------------------------------------------------- data for the page


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def _info(label: str, subtitle: str, d: Mapping[str, Any]) -> dict[str, Any]:
    sentences = list(d.get("sentences") or [])
    rec: dict[str, Any] = {"label": label, "subtitle": subtitle}
    if d.get("gloss"):
        rec["gloss"] = str(d["gloss"])
    if d.get("facts"):
        rec["facts"] = [str(f) for f in d["facts"][:MAX_FACTS]]
    if sentences:
        rec["sentences"] = [str(s) for s in sentences[:MAX_SENTENCES]]
        if len(sentences) > MAX_SENTENCES:
            rec["more"] = len(sentences) - MAX_SENTENCES
    if d.get("articles"):
        rec["articles"] = [str(a) for a in d["articles"][:MAX_ARTICLES]]
    return rec


def initial_positions(G: nx.MultiDiGraph, spacing: float = 110.0) -> dict[Any, tuple[float, float]]:
    """A cheap starting layout for big graphs, in pure Python and linear time.

    Each connected component is laid out radially around its best-connected node (rings by
    distance, angles shared out by subtree size), and the components are packed in rows,
    biggest first. vis-network's physics then only has to tidy up, which it does in a few
    dozen iterations, instead of untangling thousands of randomly placed nodes.
    """
    U = nx.Graph(G)  # undirected, no parallel edges
    placed: list[tuple[float, dict[Any, tuple[float, float]]]] = []
    for comp in nx.connected_components(U):
        root = max(comp, key=lambda n: (U.degree(n), str(n)))
        children: dict[Any, list] = {root: []}
        depth = {root: 0}
        order = [root]
        for parent, child in nx.bfs_edges(U, root, sort_neighbors=lambda ns: sorted(ns, key=str)):
            children[parent].append(child)
            children[child] = []
            depth[child] = depth[parent] + 1
            order.append(child)
        weight: dict[Any, int] = {}
        for node in reversed(order):
            weight[node] = max(1, sum(weight[c] for c in children[node]))
        pos = {root: (0.0, 0.0)}
        span = {root: (0.0, 2 * math.pi)}
        for node in order:
            lo, hi = span[node]
            for c in children[node]:
                share = (hi - lo) * weight[c] / weight[node]
                span[c] = (lo, lo + share)
                angle, radius = lo + share / 2, depth[c] * spacing
                pos[c] = (radius * math.cos(angle), radius * math.sin(angle))
                lo += share
        radius = max(depth.values()) * spacing + spacing / 2
        placed.append((radius, pos))
    placed.sort(key=lambda rp: -rp[0])
    total = sum((2 * r) ** 2 for r, _ in placed)
    width = max(math.sqrt(total) * 1.1, 2 * placed[0][0]) if placed else 0.0
    out: dict[Any, tuple[float, float]] = {}
    x = y = row = 0.0
    for radius, pos in placed:
        if x > 0 and x + 2 * radius > width:
            x, y, row = 0.0, y + row, 0.0
        cx, cy = x + radius, y + radius
        for node, (px, py) in pos.items():
            out[node] = (round(cx + px - width / 2, 1), round(cy + py, 1))
        x += 2 * radius
        row = max(row, 2 * radius)
    return out


def _iterations(n: int) -> int:
    """Layout iterations; above IMPROVED_LAYOUT_MAX nodes the graph starts from
    :func:`initial_positions`, so fewer suffice (headless Chromium without a GPU manages
    about 6,500 nodes x 50 iterations in 10 s)."""
    if n <= IMPROVED_LAYOUT_MAX:
        return 600
    if n <= BIG_GRAPH:
        return 200
    return max(40, min(150, 300_000 // n))


def page_data(G: nx.MultiDiGraph, title: str = DEFAULT_TITLE) -> dict[str, Any]:
    """The JSON the page reads: vis nodes/edges (no ``title``), options, and text-only info."""
    n, m = G.number_of_nodes(), G.number_of_edges()
    big = n > BIG_GRAPH
    positions = initial_positions(G) if n > IMPROVED_LAYOUT_MAX else {}
    vis_nodes, node_info = [], {}
    for node_id, d in G.nodes(data=True):
        kind = d.get("kind", "organization")
        style = KIND_STYLE.get(kind, KIND_STYLE["organization"])
        label = str(d.get("label") or node_id)
        vn: dict[str, Any] = {
            "id": node_id,
            "label": _short(label),
            "kind": kind,
            "shape": style["shape"],
            "color": {
                "background": style["color"],
                "border": style["border"],
                "highlight": {"background": style["color"], "border": "#000000"},
                "hover": {"background": style["color"], "border": "#000000"},
            },
        }
        if kind == "organization":
            vn["font"] = {"color": "#ffffff"}
        if node_id in positions:
            vn["x"], vn["y"] = positions[node_id]
        if d.get("focus"):
            vn["borderWidth"] = 4
            vn["size"] = 30
        vis_nodes.append(vn)
        vi, en = NODE_KINDS.get(kind, (kind, kind))
        node_info[node_id] = _info(label, f"{vi} · {en}", d)

    vis_edges, edge_info = [], {}
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        eid = f"e{i}"
        kind = d.get("kind", "")
        label = str(d.get("label") or EDGE_VI.get(kind, kind))
        ve: dict[str, Any] = {
            "id": eid,
            "from": u,
            "to": v,
            "kind": kind,
            "arrows": "to",
            "color": {"color": EDGE_COLOR.get(kind, "#94a3b8"), "highlight": "#000000", "hover": "#000000"},
        }
        if not big:
            ve["label"] = _short(label)
        if d.get("status") == "former":
            ve["dashes"] = True
        if kind == "part_of":
            ve["width"] = 2
        vis_edges.append(ve)
        code = d.get("status") or d.get("role") or kind
        src, dst = G.nodes[u].get("label", u), G.nodes[v].get("label", v)
        edge_label = f"{src} → {label} → {dst}".replace("\n", " ")
        edge_info[eid] = _info(edge_label, f"{label} · {code}", d)

    counts = Counter(d.get("kind") for _, d in G.nodes(data=True))
    options = {
        "autoResize": True,
        "nodes": {
            "font": {"size": 14, "face": "system-ui, sans-serif"},
            "borderWidth": 1,
            "size": 18,
            "widthConstraint": {"maximum": 220},  # long labels wrap instead of running off
        },
        "edges": {
            "font": {"size": 10, "align": "middle", "color": "#475569", "strokeWidth": 3},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if big else {"enabled": True, "type": "dynamic"},
            "width": 1,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 100,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": True,
        },
        "layout": {"improvedLayout": n <= IMPROVED_LAYOUT_MAX, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 120,
                "springConstant": 0.05,
                "avoidOverlap": 0 if big else 0.4,
            },
            "minVelocity": 1.0,
            "stabilization": {
                "enabled": True,
                "iterations": _iterations(n),
                "updateInterval": 50 if big else 25,
                "fit": True,
            },
        },
    }
    return {
        "title": title,
        "summary": f"{n} nút · {m} cạnh",
        "big": big,
        "kinds": {k: {"vi": vi, "en": en, **KIND_STYLE[k]} for k, (vi, en) in NODE_KINDS.items()},
        "counts": dict(counts),
        "nodes": vis_nodes,
        "edges": vis_edges,
        "options": options,
        "info": {"nodes": node_info, "edges": edge_info},
    }


# --------------------------------------------------------------------------- rendering


def render_html(G: nx.MultiDiGraph, title: str = DEFAULT_TITLE) -> str:
    """The self-contained page for ``G`` (as built by :func:`kg.viz.network.build_network`)."""
    data = page_data(G, title)
    vis_js, vis_css = _vis_assets()
    app_js = _template.APP_JS
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    kinds = [
        {"kind": k, "vi": vi, "en": en, "count": data["counts"].get(k, 0), **KIND_STYLE[k]}
        for k, (vi, en) in NODE_KINDS.items()
    ]
    html = (
        _environment()
        .from_string(_template.PAGE)
        .render(
            title=title,
            summary=data["summary"],
            csp=Markup(csp),  # our own constant: hashes and keywords only
            kinds=kinds,
            vis_css=Markup(vis_css),
            page_css=Markup(_template.PAGE_CSS),
            vis_js=Markup(vis_js),
            app_js=Markup(app_js),
            data_json=Markup(json_for_script(data)),
        )
    )
    html = strip_remote_resources(html)
    bad = remote_references(html)
    if bad:  # pragma: no cover - guards the template itself
        raise RuntimeError(f"the page would load from the network: {bad[:3]}")
    return html


def _atomic_write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return len(data)


def write_html(G: nx.MultiDiGraph, out_path: str | os.PathLike, title: str = DEFAULT_TITLE) -> dict[str, int]:
    """Write the page for ``G`` atomically; returns ``{"nodes", "edges", "bytes"}``."""
    size = _atomic_write(Path(out_path), render_html(G, title))
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "bytes": size}


def write_graph_html(
    store: Any,
    out_path: str | os.PathLike,
    focus: str | None = None,
    depth: int = 2,
    glosses: Mapping[str, str] | None = None,
    title: str | None = None,
) -> dict[str, int]:
    """Write the interactive graph of ``store`` to ``out_path``; returns ``{"nodes", "edges", "bytes"}``.

    With ``focus``, only the neighbourhood (``depth`` steps) of the persons/organisations
    so named (diacritics and case optional) is drawn; raises
    :class:`kg.viz.network.FocusNotFound` when there is none. ``glosses`` maps Vietnamese
    terms to English for the tooltips; by default the lexicons' glosses
    (:func:`kg.lexicons.glosses`), ``{}`` for none.
    """
    if glosses is None:
        glosses = lexicon_glosses()
    G = build_network(query_results(store), glosses=glosses)
    if focus:
        G = focus_subgraph(G, focus, depth)
        names = sorted({str(d.get("label")) for _, d in G.nodes(data=True) if d.get("focus")})
        shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        title = title or f"{DEFAULT_TITLE} — quanh {shown} (độ sâu {depth})"
    return write_html(G, out_path, title or DEFAULT_TITLE)
