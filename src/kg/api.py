"""The Python API for notebooks and scripts: open or build a store, query it into pandas,
take the graph as :mod:`networkx`, draw it with matplotlib or embed the offline HTML page.

>>> import kg.api as kg
>>> store = kg.build_sample_store()          # the bundled sample, in a temporary store
>>> kg.query_df(store, "event-roles")[["name", "role"]].sort_values("name").values.tolist()
[['Lê Tất Cường', 'presenter'], ['Đỗ Văn Thiện', 'chair']]
>>> kg.query_df(store, "person-timeline", name="do van thien")["title"].tolist()
['Bí thư Đảng ủy', 'Chính ủy']
>>> G = kg.graph(store, org="Tổng cục Hậu cần")   # the unit, its sub-units, posts, people
>>> sorted(d["label"] for _, d in G.nodes(data=True) if d["kind"] == "person")
['Lê Tất Cường', 'Đỗ Văn Thiện']
>>> kg.html(G).startswith('<div class="kg-graph"><iframe srcdoc=')
True
>>> store.close()

pandas and matplotlib are optional (``pip install 'kg[notebook]'``); they are imported only
by :func:`query_df` and :func:`draw`.

The graph is the one ``kg graph`` draws (:func:`kg.viz.network.build_network` over the saved
queries ``persons``, ``posts``, ``organizations``, ``event-roles`` and ``directives``), with
the same choices of what to show:

* ``focus=NAME, depth=N``: a person's or unit's neighbourhood (:func:`kg.viz.focus_subgraph`);
* ``org=NAME``: a unit, its sub-units at any depth, their posts and the people who hold or
  held them, and the directives the units give or receive (:func:`kg.viz.org_subgraph`);
* ``since=``/``until=`` (``YYYY-MM-DD``, both inclusive): only the rows dated inside the
  window. A holding is dated by its ``kg:asOf``, an event by its ``kg:eventDate``, anything
  else (and those without their own date) by its article's publication date; rows with no
  date at all are left out unless ``keep_undated=True``.
"""

from __future__ import annotations

import html as _html
import os
import re
import shutil
import tempfile
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.store import Store
from kg.viz.network import FocusNotFound

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = [
    "MAX_NODES",
    "FocusNotFound",
    "GraphTooBig",
    "NothingToDraw",
    "build_sample_store",
    "check_size",
    "draw",
    "graph",
    "html",
    "open_store",
    "query_df",
    "sample_path",
]

#: Above this many nodes the HTML page is no longer useful to look at (vis-network's layout
#: takes tens of seconds and the picture is a hairball): ``kg graph`` and :func:`html`
#: refuse and suggest a focus. The whole VNTC corpus (725 articles) draws about 6,500.
MAX_NODES = 10_000

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ARTICLE_DATES = """
PREFIX kg:      <https://w3id.org/vnkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?article ?issued WHERE {
  GRAPH ?g { ?a a kg:Article ; kg:articleId ?article ; dcterms:issued ?issued }
}
"""
#: per saved query, the column holding the row's own date (else the article's date counts)
_DATE_COLUMN = {"posts": "as_of", "event-roles": "date"}


class NothingToDraw(LookupError):
    """The graph asked for is empty (no row inside the date window)."""


class GraphTooBig(ValueError):
    """The graph has more nodes than a page can usefully draw."""


# --------------------------------------------------------------------------- stores


def open_store(path: str | os.PathLike | None = None, endpoint: str | None = None,
               read_only: bool = True) -> Store:
    """Open the embedded store at ``path`` or a SPARQL server at ``endpoint``.

    With neither: ``$KG_STORE``, else ``$KG_ENDPOINT``, else ``./kg-store``. By default an
    embedded store is opened read-only, as a snapshot that works beside a ``kg ingest``
    writing to it (it must exist); ``read_only=False`` opens it for writing (creating it),
    holding its lock until :meth:`Store.close`. Use it as a context manager::

        with open_store("kg-store") as store:
            df = query_df(store, "posts")
    """
    from kg.store import open_store as _open

    if endpoint is not None:
        return _open(None, endpoint)
    return _open(path, None, read_only=read_only)


def sample_path() -> Path:
    """The bundled sample articles (the repository's ``data/articles``).

    Looked up inside the package first (``kg/data/articles``, for an installation that
    ships it) and then in the source checkout the package runs from; never outside it.
    """
    packaged = resources.files("kg").joinpath("data", "articles")
    candidates = [Path(str(packaged))]
    root = Path(__file__).resolve().parents[2]  # src/kg/api.py -> the checkout
    if (root / "pyproject.toml").is_file():
        candidates.append(root / "data" / "articles")
    for path in candidates:
        if path.is_dir() and any(path.glob("*.txt")):
            return path
    raise FileNotFoundError("the bundled sample (data/articles) is not part of this installation; "
                            "use open_store() on a store built with 'kg ingest'")


@dataclass
class _TempDir:
    path: str

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def build_sample_store(path: str | os.PathLike | None = None, extra: Iterable[str | os.PathLike] = (),
                       progress: bool = False) -> Store:
    """A store holding the bundled sample (and the articles under ``extra``), open for writing.

    Without ``path`` the store lives in a temporary directory that is removed once the
    store is garbage-collected or the interpreter exits. Articles already in the store
    unchanged are skipped, so calling it again on the same ``path`` is cheap. Bad inputs
    under ``extra`` are reported on stderr and skipped, as by ``kg ingest``.
    """
    from kg.ingest import ingest
    from kg.store import open_store as _open

    tmp = None
    if path is None:
        tmp = _TempDir(tempfile.mkdtemp(prefix="kg-sample-"))
        path = Path(tmp.path) / "store"
    store = _open(path, None)
    if tmp is not None:
        weakref.finalize(store, tmp.remove)
    try:
        ingest([str(sample_path()), *(str(p) for p in extra)], store, progress=progress)
    except BaseException:
        store.close()
        raise
    return store


# --------------------------------------------------------------------------- queries


def _pandas():
    try:
        import pandas
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise ImportError("query_df needs pandas: pip install 'kg[notebook]'") from err
    return pandas


def query_df(store: Store, name_or_sparql: str, /, **params: str) -> pd.DataFrame:
    """A saved query (by name) or a SPARQL SELECT/ASK as a :class:`pandas.DataFrame`.

    ``params`` are the saved query's parameters (``org=...``, ``name=...``), bound as
    literals, never pasted into the query; for SPARQL text they bind variables of the
    SELECT clause. Cells are strings, or ``None`` where a variable is unbound. An ASK query
    gives one column ``boolean``.
    """
    pandas = _pandas()
    text = name_or_sparql.strip()
    if re.fullmatch(r"[a-z0-9][a-z0-9-]*", text):
        from kg.queries import run_saved

        result = run_saved(store, text, params)
    else:
        result = store.query(text, params or None)
    if result.boolean is not None:
        return pandas.DataFrame({"boolean": [result.boolean]})
    return pandas.DataFrame(result.rows, columns=list(result.vars), dtype=object)


# --------------------------------------------------------------------------- graph


def _as_date(value: str | date | None, what: str) -> str | None:
    """``YYYY-MM-DD`` for a date, a datetime or such a string; None for None.

    >>> _as_date("2023-07-01", "since"), _as_date(date(2023, 7, 1), "until")
    ('2023-07-01', '2023-07-01')
    >>> _as_date("1/7/2023", "since")
    Traceback (most recent call last):
    ...
    ValueError: since: a date is YYYY-MM-DD, not '1/7/2023'
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise ValueError(f"{what}: a date is YYYY-MM-DD, not {value!r}")


def _in_window(value: str | None, since: str | None, until: str | None) -> bool | None:
    """Whether a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``...) is inside the window;
    None when there is no date. A partial date is inside when it overlaps the window.

    >>> _in_window("2023-07-12", "2023-01-01", None), _in_window("2022-12-31T08:00", "2023-01-01", None)
    (True, False)
    >>> _in_window("2023-07", "2023-07-15", "2023-08-01"), _in_window(None, "2023-01-01", None)
    (True, None)
    """
    if not value:
        return None
    day = value.strip()[:10]
    if not _DATE.match(day):
        return None
    n = len(day)
    if since and day < since[:n]:
        return False
    return not (until and day > until[:n])


def _article_dates(store: Store) -> dict[str, str]:
    out: dict[str, str] = {}
    for article, issued in store.query(_ARTICLE_DATES).rows:
        if article and issued:
            out.setdefault(article, issued)
    return out


class _Rows:
    """A QueryResult-like table (``.vars``, ``.rows``) with some rows left out."""

    def __init__(self, vars_: list[str], rows: list[tuple]):
        self.vars, self.rows = vars_, rows


def _window(results: Mapping[str, Any], article_dates: Mapping[str, str], since: str | None,
            until: str | None, keep_undated: bool) -> dict[str, Any]:
    out = {}
    for name, result in results.items():
        names = [str(v).lstrip("?$") for v in result.vars]
        own = names.index(_DATE_COLUMN[name]) if _DATE_COLUMN.get(name) in names else None
        art = names.index("article") if "article" in names else None
        kept = []
        for row in result.rows:
            when = row[own] if own is not None else None
            if not when and art is not None:
                when = article_dates.get(row[art] or "")
            inside = _in_window(when, since, until)
            if inside or (inside is None and keep_undated):
                kept.append(row)
        out[name] = _Rows(names, kept)
    return out


def _describe_window(since: str | None, until: str | None) -> str:
    if since and until:
        return f"from {since} to {until}"
    return f"since {since}" if since else f"until {until}"


def graph(store: Store, focus: str | None = None, depth: int = 2, org: str | None = None,
          since: str | date | None = None, until: str | date | None = None, *,
          keep_undated: bool = False, glosses: Mapping[str, str] | None = None) -> nx.MultiDiGraph:
    """The knowledge graph of ``store`` as a :class:`networkx.MultiDiGraph` (what ``kg graph`` draws).

    Nodes have ``kind`` (person, organization, post, event, directive), ``label``, ``gloss``
    (English), ``facts``, ``sentences`` and ``articles``; edges ``kind`` (holds, in,
    part_of, role, issues, to) and ``label`` (see :mod:`kg.viz.network`). The date window,
    ``org`` and ``focus`` narrow it, in that order (see the module's docstring); the nodes
    they were asked for carry ``focus=True``. ``G.graph["title"]`` says what was drawn.

    Raises :class:`FocusNotFound` when ``focus``/``org`` names nothing in the graph,
    :class:`NothingToDraw` when no row falls inside the window, :class:`ValueError` for a
    bad date or depth. ``glosses``: Vietnamese -> English for tooltips (default: the
    lexicons'; ``{}`` for none).
    """
    from kg.viz.html import DEFAULT_TITLE
    from kg.viz.network import build_network, focus_subgraph, lexicon_glosses, org_subgraph, query_results

    start, end = _as_date(since, "since"), _as_date(until, "until")
    if start and end and start > end:
        raise ValueError(f"since {start} is after until {end}")
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    results = query_results(store)
    title = DEFAULT_TITLE
    if start or end:
        results = _window(results, _article_dates(store), start, end, keep_undated)
        if not any(r.rows for r in results.values()):
            raise NothingToDraw(f"nothing in the graph is dated {_describe_window(start, end)}"
                                + ("" if keep_undated else " (undated facts are left out)"))
        title += f" — {_describe_window(start, end)}"
    G = build_network(results, glosses=lexicon_glosses() if glosses is None else glosses)
    if org:
        G = org_subgraph(G, org)
        title += f" — {_shown(G)} và đơn vị trực thuộc"
    if focus:
        if org:
            for n in G:
                G.nodes[n].pop("focus", None)
        G = focus_subgraph(G, focus, depth)
        title += f" — quanh {_shown(G)} (độ sâu {depth})"
    G.graph["title"] = title
    return G


def _shown(G: nx.MultiDiGraph) -> str:
    names = sorted({str(d.get("label")) for _, d in G.nodes(data=True) if d.get("focus")})
    return ", ".join(names[:3]) + (" …" if len(names) > 3 else "")


def check_size(G: nx.MultiDiGraph, max_nodes: int | None = MAX_NODES) -> None:
    """Raise :class:`GraphTooBig` when ``G`` has more than ``max_nodes`` nodes (None or 0: no limit)."""
    n = G.number_of_nodes()
    if max_nodes and n > max_nodes:
        raise GraphTooBig(f"the graph has {n} nodes, more than {max_nodes} can be drawn usefully: "
                          "narrow it with a focus (a person or unit), an org or a date window")


# --------------------------------------------------------------------------- pictures

_MPL_SHAPE = {"dot": "o", "box": "s", "diamond": "D", "triangle": "^", "square": "s"}


def draw(G: nx.MultiDiGraph, ax: Axes | None = None, *, labels: bool | None = None, seed: int = 7,
         legend: bool = True) -> Axes:
    """Draw ``G`` with matplotlib (the page's colours and shapes per kind); returns the axes.

    Labels are drawn for graphs of up to 80 nodes unless ``labels`` says otherwise. The
    layout is networkx's spring layout with a fixed ``seed``, so a drawing is repeatable.
    """
    try:
        import matplotlib.pyplot as plt
    except ImportError as err:  # pragma: no cover - depends on the installation
        raise ImportError("draw needs matplotlib: pip install 'kg[notebook]'") from err
    from kg.viz.html import EDGE_COLOR, KIND_STYLE
    from kg.viz.network import NODE_KINDS

    if ax is None:
        _, ax = plt.subplots(figsize=(10, 7))
    n = G.number_of_nodes()
    pos = nx.spring_layout(G, seed=seed, k=None if n < 3 else 1.5 / n ** 0.5,
                           iterations=50 if n <= 2000 else 20)
    for kind, (vi, en) in NODE_KINDS.items():
        nodes = [v for v, d in G.nodes(data=True) if d.get("kind") == kind]
        if not nodes:
            continue
        style = KIND_STYLE[kind]
        big = [v for v in nodes if G.nodes[v].get("focus")]
        nx.draw_networkx_nodes(G, pos, nodelist=nodes, ax=ax, node_shape=_MPL_SHAPE[style["shape"]],
                               node_color=style["color"], edgecolors=style["border"],
                               node_size=300 if n <= 80 else 40, label=f"{vi} · {en} ({len(nodes)})")
        if big:
            nx.draw_networkx_nodes(G, pos, nodelist=big, ax=ax, node_shape=_MPL_SHAPE[style["shape"]],
                                   node_color=style["color"], edgecolors="#000000", linewidths=2.5,
                                   node_size=500 if n <= 80 else 120)
    if G.number_of_edges():
        colors = [EDGE_COLOR.get(d.get("kind"), "#94a3b8") for _, _, d in G.edges(data=True)]
        nx.draw_networkx_edges(G, pos, ax=ax, edge_color=colors, alpha=0.7, arrows=True,
                               arrowsize=10 if n <= 80 else 5, width=1.0 if n <= 80 else 0.4)
    if labels if labels is not None else n <= 80:
        short = {}
        for v, d in G.nodes(data=True):
            text = str(d.get("label") or v).split("\n")[0]
            short[v] = text if len(text) <= 28 else text[:27] + "…"
        nx.draw_networkx_labels(G, pos, labels=short, ax=ax, font_size=8)
    if legend and n:
        ax.legend(loc="best", fontsize=8, markerscale=0.6)
    ax.set_title(G.graph.get("title", ""), fontsize=9)
    ax.set_axis_off()
    return ax


def html(store_or_graph: Store | nx.MultiDiGraph, focus: str | None = None, depth: int = 2,
         org: str | None = None, since: str | date | None = None, until: str | date | None = None, *,
         keep_undated: bool = False, title: str | None = None, iframe: bool = True, height: int = 600,
         max_nodes: int | None = MAX_NODES) -> str:
    """The offline HTML page of a store's graph (as :func:`graph` selects it) or of a graph.

    With ``iframe=True`` (the default) the page comes inside an ``<iframe srcdoc=...>``
    (sandboxed: scripts only; in a ``<div class="kg-graph">``) for ``IPython.display.HTML``: the page keeps its own styles,
    scripts and Content-Security-Policy and nothing leaks into the notebook. With
    ``iframe=False`` it is the page itself, as ``kg graph`` writes it. A graph can be
    narrowed by ``focus`` and ``org`` but not by dates (give the store for that). Raises
    :class:`GraphTooBig` above ``max_nodes`` nodes (None or 0: no limit).
    """
    from kg.viz.html import DEFAULT_TITLE, render_html
    from kg.viz.network import focus_subgraph, org_subgraph

    if isinstance(store_or_graph, nx.Graph):
        if since or until:
            raise ValueError("a date window needs the store, not a graph")
        G = store_or_graph
        if org:
            G = org_subgraph(G, org)
        if focus:
            G = focus_subgraph(G, focus, depth)
    else:
        G = graph(store_or_graph, focus=focus, depth=depth, org=org, since=since, until=until,
                  keep_undated=keep_undated)
    check_size(G, max_nodes)
    page = render_html(G, title or G.graph.get("title") or DEFAULT_TITLE)
    if not iframe:
        return page
    # in a <div>: IPython.display.HTML warns about a bare <iframe>
    return (f'<div class="kg-graph"><iframe srcdoc="{_html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'title="{_html.escape(title or G.graph.get("title") or DEFAULT_TITLE, quote=True)}" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #cbd5e1"></iframe></div>')
