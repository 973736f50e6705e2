"""The knowledge graph as a :mod:`networkx` graph, built from the saved queries' rows.

:func:`build_network` turns the results of the five saved queries (``persons``, ``posts``,
``organizations``, ``event-roles``, ``directives``; see ``spec/cli.md``) into a
``networkx.MultiDiGraph`` that the HTML page, GraphML and CSV exports share.

Nodes (attribute ``kind``):

========================  ==============================================================
``person``                id = the person's IRI; ``label`` = the name as extracted
``organization``          one node per name (the queries give organisations by name, and
                          each article mints its own IRI): id = the first IRI seen for the
                          name, or ``org:<name>`` for a name no ``organizations`` row has
``post``                  title + organisation, id ``post:<title>@<org id>``; shared by
                          everyone who holds (or held) that post
``event``                 id = the event's IRI; label = its name or kind
``directive``             id = the directive's IRI; label = verb/“Chỉ đạo” + first task
========================  ==============================================================

Every node has ``kind``, ``label`` (Vietnamese, as extracted), ``name``, ``gloss``
(English, from the optional ``glosses`` mapping, else ``None``), ``facts`` (short
Vietnamese lines for tooltips), ``sentences`` (source sentences, where the queries give a
``sentence`` column) and ``articles`` (article ids).

Edges (attribute ``kind``; ``label`` in Vietnamese): person ``holds`` post (``status`` on
the edge), post ``in`` organisation, organisation ``part_of`` parent, person ``role``
event (``role``), person/organisation ``issues`` directive, directive ``to`` organisation
(only where an addressee's name matches an organisation). Edges carry ``articles`` and
``sentences`` as well.

Everything here is plain data: no HTML. Text is escaped (or set as text) only where it is
put into a page, in :mod:`kg.viz.html`.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

#: The node kinds, in legend order, with their Vietnamese and English names.
NODE_KINDS: dict[str, tuple[str, str]] = {
    "person": ("Người", "person"),
    "organization": ("Đơn vị", "organisation"),
    "post": ("Chức vụ", "post"),
    "event": ("Sự kiện", "event"),
    "directive": ("Chỉ đạo", "directive"),
}

#: The saved queries the graph is built from.
SAVED_QUERIES = ("persons", "posts", "organizations", "event-roles", "directives")

# The schema's codes (spec/extraction.schema.json) in Vietnamese, for edge labels.
# These are codes of our own schema, not lexicon glosses.
STATUS_VI = {"current": "đương nhiệm", "former": "nguyên", "acting": "quyền"}
ROLE_VI = {
    "chair": "chủ trì",
    "attendee": "dự",
    "presenter": "trình bày",
    "speaker": "phát biểu",
    "director": "dự và chỉ đạo",
    "leader": "trưởng đoàn",
    "host": "đón tiếp",
    "guest": "khách mời",
}
EDGE_VI = {
    "holds": "giữ chức",
    "in": "thuộc",
    "part_of": "trực thuộc",
    "role": "tham gia",
    "issues": "ra chỉ đạo",
    "to": "giao cho",
}

_WS = re.compile(r"\s+")
_IRI = re.compile(r"^(?:https?://|urn:)\S+$")  # anything else in an org column is a name


class FocusNotFound(LookupError):
    """No person or organisation in the graph has the name asked for."""


# --------------------------------------------------------------------------- text helpers


def fold(text: str | None) -> str:
    """Diacritics- and case-insensitive form of a name, for searching.

    >>> fold("Đỗ Văn  Thiện") == fold("do van thien")
    True
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFD", text)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D")
    return _WS.sub(" ", s).strip().casefold()


def _key(text: str | None) -> str:
    """Exact-match key: NFC, case and spacing ignored, diacritics kept."""
    if not text:
        return ""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def _looks_like_iri(value: str) -> bool:
    return bool(_IRI.match(value))


def _local_name(iri: str) -> str:
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return tail or iri


def _rows(result: Any) -> list[dict[str, str | None]]:
    """Rows of a QueryResult-like object (``.vars``, ``.rows``) as dicts; ``None`` -> []."""
    if result is None:
        return []
    names = [str(v).lstrip("?$") for v in result.vars]
    out = []
    for row in result.rows:
        d: dict[str, str | None] = {}
        for name, value in zip(names, row):
            if value is None:
                d[name] = None
            else:
                value = str(value).strip()
                d[name] = value or None
        out.append(d)
    return out


def _add_unique(items: list, value: Any) -> None:
    if value and value not in items:
        items.append(value)


# --------------------------------------------------------------------------- builder


class _Builder:
    def __init__(self, glosses: Mapping[str, str] | None):
        self.G = nx.MultiDiGraph()
        self.glosses = {_key(k): v for k, v in (glosses or {}).items() if k and v}
        self.org_by_key: dict[str, str] = {}
        self.org_by_fold: dict[str, set[str]] = {}
        self.org_iri: dict[str, str] = {}  # every organisation IRI -> its node

    # glosses ---------------------------------------------------------------
    def gloss(self, term: str | None) -> str | None:
        if not term:
            return None
        return self.glosses.get(_key(term))

    def with_gloss(self, term: str) -> str:
        g = self.gloss(term)
        return f"{term} ({g})" if g else term

    # nodes -----------------------------------------------------------------
    def node(self, node_id: str, kind: str, label: str, **attrs: Any) -> dict:
        G = self.G
        if node_id not in G:
            G.add_node(
                node_id,
                kind=kind,
                label=label,
                name=label,
                gloss=None,
                facts=[],
                sentences=[],
                articles=[],
                **attrs,
            )
        data = G.nodes[node_id]
        if data.get("label") in (None, "", node_id, _local_name(node_id)) and label:
            data["label"] = data["name"] = label
        return data

    def note(self, data: dict, fact: str | None = None, row: Mapping | None = None) -> None:
        if fact:
            _add_unique(data["facts"], fact)
        if row is not None:
            _add_unique(data["sentences"], row.get("sentence"))
            _add_unique(data["articles"], row.get("article"))

    def edge(self, u: str, v: str, kind: str, label: str, row: Mapping | None = None, **attrs: Any) -> None:
        discriminator = attrs.get("status") or attrs.get("role") or ""
        key = f"{kind}:{discriminator}" if discriminator else kind
        if self.G.has_edge(u, v, key):
            data = self.G.edges[u, v, key]
        else:
            self.G.add_edge(u, v, key=key, kind=kind, label=label, sentences=[], articles=[], **attrs)
            data = self.G.edges[u, v, key]
        if row is not None:
            _add_unique(data["sentences"], row.get("sentence"))
            _add_unique(data["articles"], row.get("article"))

    def person(self, iri: str | None, name: str | None) -> str | None:
        if not iri and not name:
            return None
        node_id = iri or f"person:{_key(name)}"
        self.node(node_id, "person", name or _local_name(node_id))
        return node_id

    def register_org(self, node_id: str, name: str) -> None:
        self.org_by_key.setdefault(_key(name), node_id)
        self.org_by_fold.setdefault(fold(name), set()).add(node_id)

    def find_org(self, value: str | None) -> str | None:
        """The organisation node whose IRI, id, name or alias is ``value``, or None."""
        if not value:
            return None
        if value in self.org_iri:
            return self.org_iri[value]
        if value in self.G and self.G.nodes[value]["kind"] == "organization":
            return value
        hit = self.org_by_key.get(_key(value))
        if hit:
            return hit
        folded = self.org_by_fold.get(fold(value), set())
        return next(iter(folded)) if len(folded) == 1 else None

    def org(self, value: str | None, name: str | None = None) -> str | None:
        """The organisation node for an IRI or a name, created when unknown."""
        if not value:
            return None
        found = self.find_org(value)
        if found is None and name:
            found = self.find_org(name)
        if found:
            if name:
                self.node(found, "organization", name)
            return found
        if _looks_like_iri(value):
            node_id, label = value, name or _local_name(value)
        else:
            node_id, label = f"org:{_key(value)}", value
        data = self.node(node_id, "organization", label)
        data["gloss"] = self.gloss(label)
        self.register_org(node_id, label)
        return node_id

    # the five queries --------------------------------------------------------
    def organizations(self, rows: list[dict]) -> None:
        # The saved queries name organisations (posts.org, organizations.parent, addressees)
        # rather than give their IRIs, and each article mints its own IRI for a unit; so
        # organisations are one node per name: the first IRI seen for a name is the node.
        for r in rows:  # first every organisation, so that parents given by name resolve
            iri = r.get("org")
            if not iri:
                continue
            name = r.get("name") or _local_name(iri)
            node_id = self.org_iri.get(iri) or self.org_by_key.get(_key(name)) or iri
            self.org_iri[iri] = node_id
            data = self.node(node_id, "organization", name)
            data["gloss"] = data.get("gloss") or self.gloss(name)
            self.register_org(node_id, name)
            self.note(data, row=r)
            for alias in (r.get("aliases") or "").split(";"):
                alias = alias.strip()
                if alias and _key(alias) != _key(data["label"]):
                    self.register_org(node_id, alias)
                    self.note(data, f"Tên khác: {alias}")
        for r in rows:
            if r.get("org") and r.get("parent"):
                child_id = self.org_iri[r["org"]]
                parent = self.org(r["parent"], r.get("parent_name"))
                if parent and parent != child_id:
                    self.edge(child_id, parent, "part_of", EDGE_VI["part_of"], r)
                    child, par = self.G.nodes[child_id], self.G.nodes[parent]
                    self.note(child, f"Trực thuộc: {self.with_gloss(par['label'])}")
                    self.note(par, f"Đơn vị trực thuộc: {child['label']}")

    def rank(self, pid: str, rank: str | None, rank_en: str | None = None) -> None:
        if not rank:
            return
        data = self.G.nodes[pid]
        ranks = data.setdefault("ranks", [])
        _add_unique(ranks, rank)
        data["rank"] = ranks[0]
        english = self.gloss(rank) or rank_en
        data["gloss"] = data.get("gloss") or english
        self.note(data, f"Cấp bậc: {rank} ({english})" if english else f"Cấp bậc: {rank}")

    def persons(self, rows: list[dict]) -> None:
        for r in rows:
            pid = self.person(r.get("person"), r.get("name"))
            if pid is None:
                continue
            self.note(self.G.nodes[pid], row=r)
            self.rank(pid, r.get("rank"), r.get("rank_en"))

    def posts(self, rows: list[dict]) -> None:
        for r in rows:
            pid = self.person(r.get("person"), r.get("name"))
            title = r.get("title")
            if pid is None or not title:
                continue
            oid = self.org(r.get("org"), r.get("org_name"))
            org_label = self.G.nodes[oid]["label"] if oid else None
            post_id = f"post:{_key(title)}@{oid or ''}"
            label = f"{title}\n{org_label}" if org_label else title
            post = self.node(post_id, "post", label, title=title, org=oid)
            if post.get("gloss") is None:
                parts = [self.gloss(title), self.gloss(org_label) if org_label else None]
                if parts[0]:
                    post["gloss"] = ", ".join(p for p in parts if p)
            status = r.get("status") or "current"
            status_vi = STATUS_VI.get(status, status)
            self.rank(pid, r.get("rank"))
            person = self.G.nodes[pid]
            when = f", {r['as_of']}" if r.get("as_of") else ""
            self.note(
                person,
                f"Chức vụ: {self.with_gloss(title)}"
                + (f", {self.with_gloss(org_label)}" if org_label else "")
                + f" ({status_vi}{when})",
                r,
            )
            self.note(post, f"{person['label']} ({status_vi})", r)
            if oid:
                self.note(post, f"Đơn vị: {self.with_gloss(org_label)}")
            label_vi = EDGE_VI["holds"] if status == "current" else status_vi
            self.edge(pid, post_id, "holds", label_vi, r, status=status)
            if oid:
                self.edge(post_id, oid, "in", EDGE_VI["in"], r)
                self.note(self.G.nodes[oid], f"Chức vụ: {person['label']} — {title}", None)

    def event_roles(self, rows: list[dict]) -> None:
        for r in rows:
            eid = r.get("event")
            if not eid:
                continue
            kind = r.get("kind")
            name = r.get("event_name") or r.get("label") or kind or _local_name(eid)
            ev = self.node(eid, "event", name)
            if kind:
                ev["event_kind"] = kind
                ev["gloss"] = ev.get("gloss") or self.gloss(kind)
                self.note(ev, f"Loại: {self.with_gloss(kind)}")
            if r.get("date"):
                self.note(ev, f"Ngày: {r['date']}")
            self.note(ev, row=r)
            pid = self.person(r.get("person"), r.get("name"))
            if pid is None:
                continue
            role = r.get("role")
            role_vi = ROLE_VI.get(role or "", role or EDGE_VI["role"])
            person = self.G.nodes[pid]
            self.note(ev, f"{person['label']}: {role_vi}" + (f" ({role})" if role else ""))
            self.note(person, f"{name}: {role_vi}", r)
            self.edge(pid, eid, "role", role_vi, r, role=role)

    def directives(self, rows: list[dict]) -> None:
        for r in rows:
            did = r.get("directive")
            if not did:
                continue
            verb = r.get("verb")
            task = r.get("task")
            head = verb or "Chỉ đạo"
            label = head
            if task:
                short = task if len(task) <= 36 else task[:35].rstrip() + "…"
                label = f"{head}: {short}"
            d = self.node(did, "directive", label)
            if verb:
                d["gloss"] = d.get("gloss") or self.gloss(verb)
            issuer = r.get("issuer")
            issuer_name = r.get("issuer_name")
            src = None
            if issuer and self.find_org(issuer):
                src = self.org(issuer, issuer_name)
            elif issuer or issuer_name:
                src = self.person(issuer, issuer_name)
            if src:
                self.note(d, f"Người ra chỉ đạo: {self.G.nodes[src]['label']}")
                self.edge(src, did, "issues", verb or EDGE_VI["issues"], r)
            for addressee in (r.get("addressee") or "").split(";"):  # several: "a; b"
                addressee = addressee.strip()
                if not addressee:
                    continue
                self.note(d, f"Đối tượng: {addressee}")
                target = self.find_org(addressee)
                if target:
                    self.edge(did, target, "to", EDGE_VI["to"], r)
                    self.note(self.G.nodes[target], f"Nhận chỉ đạo: {label}")
            if task:
                self.note(d, f"Nhiệm vụ: {task}")
            for extra, prefix in (("period", "Thời hạn"), ("document", "Văn bản")):
                if r.get(extra):
                    self.note(d, f"{prefix}: {r[extra]}")
            self.note(d, row=r)
            if src and self.G.nodes[src]["kind"] == "person" and task:
                self.note(self.G.nodes[src], f"Chỉ đạo: {task}", r)


def build_network(results: Mapping[str, Any], glosses: Mapping[str, str] | None = None) -> nx.MultiDiGraph:
    """Build the graph from saved-query results (``name -> QueryResult``).

    ``results`` maps query names (:data:`SAVED_QUERIES`) to objects with ``.vars`` and
    ``.rows``; missing queries are treated as empty. ``posts.org``, ``organizations.parent``
    and ``directives.addressee`` (several separated by "; ") may be organisation names or
    IRIs. Extra columns are used where known (``sentence``, ``rank_en``, ``aliases``,
    ``as_of``, ``event_name``, ``date``, ``verb``, ``period``, ``document``, ``org_name``,
    ``parent_name``) and ignored otherwise. ``glosses`` maps Vietnamese terms
    (ranks, titles, organisation names, event kinds, verbs) to English; it is matched
    ignoring case and spacing.
    """
    b = _Builder(glosses)
    b.organizations(_rows(results.get("organizations")))
    b.persons(_rows(results.get("persons")))
    b.posts(_rows(results.get("posts")))
    b.event_roles(_rows(results.get("event-roles")))
    b.directives(_rows(results.get("directives")))
    return b.G


def query_results(store: Any) -> dict[str, Any]:
    """Run the five saved queries the graph needs (``kg.queries.run_saved``) on ``store``."""
    from kg.queries import run_saved

    return {name: run_saved(store, name, {}) for name in SAVED_QUERIES}


def lexicon_glosses() -> dict[str, str]:
    """English glosses of ranks, titles, unit words, event kinds ... from :mod:`kg.lexicons`."""
    try:
        from kg.lexicons import glosses
    except ImportError:  # pragma: no cover - the lexicons are part of the package
        return {}
    return dict(glosses())


# --------------------------------------------------------------------------- focus


def find_nodes(G: nx.MultiDiGraph, name: str, kinds: Iterable[str] = ("person", "organization")) -> list[str]:
    """Nodes of the given kinds whose name or label matches ``name``.

    Diacritics, case and spacing are ignored. Exact matches win; otherwise every node whose
    name contains ``name`` is returned.
    """
    wanted = fold(name)
    if not wanted:
        return []
    kinds = set(kinds)
    exact, partial = [], []
    for n, d in G.nodes(data=True):
        if d.get("kind") not in kinds:
            continue
        names = {fold(d.get("name")), fold(d.get("label"))}
        if wanted in names:
            exact.append(n)
        elif any(wanted in s for s in names):
            partial.append(n)
    return exact or partial


def focus_subgraph(G: nx.MultiDiGraph, name: str, depth: int = 2) -> nx.MultiDiGraph:
    """The neighbourhood (``depth`` steps, either direction) of the persons/organisations named ``name``.

    Raises :class:`FocusNotFound` when no person or organisation matches. Depth 2 from a
    person reaches their posts and the posts' organisations, events and directives.
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    centres = find_nodes(G, name)
    if not centres:
        raise FocusNotFound(f"no person or organisation named {name!r} in the graph")
    U = G.to_undirected(as_view=True)
    keep: set[str] = set()
    for c in centres:
        keep.update(nx.single_source_shortest_path_length(U, c, cutoff=depth))
    H = G.subgraph(keep).copy()
    for c in centres:
        H.nodes[c]["focus"] = True
    return H


def org_subgraph(G: nx.MultiDiGraph, name: str) -> nx.MultiDiGraph:
    """A unit named ``name`` with its sub-units (any depth), their posts and the people who
    hold (or held) them, and the directives the units issue or receive.

    Diacritics and case are ignored (as in :func:`find_nodes`; exact names win over names
    that contain ``name``). Sub-units are the organisations with a chain of ``part_of``
    edges up to the unit. Raises :class:`FocusNotFound` when no organisation matches; the
    matched units get ``focus=True``.
    """
    centres = find_nodes(G, name, kinds=("organization",))
    if not centres:
        raise FocusNotFound(f"no organisation named {name!r} in the graph")
    units: set[str] = set()
    todo = list(centres)
    while todo:  # down the part_of edges (child -> parent), so against their direction
        unit = todo.pop()
        if unit in units:
            continue
        units.add(unit)
        todo.extend(u for u, _, d in G.in_edges(unit, data=True) if d.get("kind") == "part_of")
    keep = set(units)
    for unit in units:
        for u, _, d in G.in_edges(unit, data=True):
            if d.get("kind") == "in":  # a post in the unit, and its holders
                keep.add(u)
                keep.update(p for p, _, e in G.in_edges(u, data=True) if e.get("kind") == "holds")
            elif d.get("kind") == "to":  # a directive addressed to the unit
                keep.add(u)
        keep.update(v for _, v, d in G.out_edges(unit, data=True) if d.get("kind") == "issues")
    H = G.subgraph(keep).copy()
    for c in centres:
        H.nodes[c]["focus"] = True
    return H


# --------------------------------------------------------------------------- exports


# Characters XML 1.0 cannot hold: a stray control character in an article would make the
# GraphML file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple | set):
        value = "\n".join(str(v) for v in value)
    if value is None:
        return ""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def to_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write GraphML; list attributes become newline-joined strings, ``None`` empty strings."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in d.items()})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _flat(b) for a, b in d.items()})
    nx.write_graphml(H, os.fspath(path))


NODE_COLUMNS = ("id", "kind", "label", "gloss", "facts", "sentences", "articles")
EDGE_COLUMNS = ("source", "target", "kind", "label", "status", "role", "sentences", "articles")


def to_csv(
    G: nx.MultiDiGraph,
    nodes_path: str | os.PathLike | io.TextIOBase,
    edges_path: str | os.PathLike | io.TextIOBase,
) -> None:
    """Write two CSV files (nodes, edges); lists are joined with newlines."""

    def write(target, header, rows):
        if isinstance(target, str | os.PathLike):
            with Path(target).open("w", encoding="utf-8", newline="") as fh:
                write(fh, header, rows)
            return
        w = csv.writer(target)
        w.writerow(header)
        w.writerows(rows)

    write(
        nodes_path,
        NODE_COLUMNS,
        ([n] + [_flat(d.get(c)) for c in NODE_COLUMNS[1:]] for n, d in G.nodes(data=True)),
    )
    write(
        edges_path,
        EDGE_COLUMNS,
        ([u, v] + [_flat(d.get(c)) for c in EDGE_COLUMNS[2:]] for u, v, d in G.edges(data=True)),
    )
