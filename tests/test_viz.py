"""kg.viz: the networkx graph from saved-query rows and the offline HTML page (no browser)."""

from __future__ import annotations

import csv
import json
import re
import sys
import types
from dataclasses import dataclass, field
from html.parser import HTMLParser

import networkx as nx
import pytest

from kg.viz.html import BIG_GRAPH, initial_positions, page_data, render_html, write_graph_html, write_html
from kg.viz.network import FocusNotFound, build_network, find_nodes, focus_subgraph, fold, to_csv, to_graphml

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ART = "xh-nld-0001"
P, O = "urn:test:person/", "urn:test:org/"
S_THIEN = "Trung tướng Đỗ Văn Thiện, Chính ủy Tổng cục Hậu cần chủ trì hội nghị."


@dataclass
class FakeResult:
    vars: list[str]
    rows: list[tuple] = field(default_factory=list)


def results(payload: str = PAYLOAD) -> dict[str, FakeResult]:
    return {
        "persons": FakeResult(
            ["person", "name", "rank"],
            [
                (P + "thien", "Đỗ Văn Thiện", "Trung tướng"),
                (P + "cuong", "Lê Tất Cường", "Thiếu tướng"),
                (P + "x", 'Nguyễn "Văn" </script>', None),
            ],
        ),
        "organizations": FakeResult(
            ["org", "name", "parent"],
            [
                (O + "tchc", "Tổng cục Hậu cần", O + "bqp"),
                (O + "bqp", "Bộ Quốc phòng", None),
                (O + "cuc", "Cục Quân nhu", "Tổng cục Hậu cần"),  # parent given by name
            ],
        ),
        "posts": FakeResult(
            ["person", "name", "title", "org", "status", "article", "sentence"],
            [
                (P + "thien", "Đỗ Văn Thiện", "Chính ủy", O + "tchc", "current", ART, S_THIEN),
                (P + "thien", "Đỗ Văn Thiện", "Bí thư Đảng ủy", O + "tchc", "current", ART, S_THIEN),
                (P + "cuong", "Lê Tất Cường", "Chủ nhiệm Chính trị", O + "tchc", "current", ART, payload),
                (
                    P + "cuong",
                    "Lê Tất Cường",
                    "Cục trưởng",
                    "Cục Quân nhu",
                    "former",
                    ART,
                    None,
                ),  # org by name
                (
                    P + "x",
                    'Nguyễn "Văn" </script>',
                    "Trưởng phòng",
                    "javascript:alert(1)",
                    "acting",
                    ART,
                    None,
                ),
            ],
        ),
        "event-roles": FakeResult(
            ["event", "kind", "person", "name", "role", "article", "sentence"],
            [
                ("urn:test:event/hn", "Hội nghị", P + "thien", "Đỗ Văn Thiện", "chair", ART, S_THIEN),
                ("urn:test:event/hn", "Hội nghị", P + "cuong", "Lê Tất Cường", "presenter", ART, payload),
            ],
        ),
        "directives": FakeResult(
            ["directive", "issuer", "issuer_name", "addressee", "task", "article", "sentence"],
            [
                (
                    "urn:test:dir/1",
                    P + "thien",
                    "Đỗ Văn Thiện",
                    "Cục Quân nhu",
                    "làm tốt công tác hậu cần",
                    ART,
                    None,
                ),
                ("urn:test:dir/1", P + "thien", "Đỗ Văn Thiện", "các cơ quan, đơn vị", payload, ART, payload),
            ],
        ),
    }


# persons 3, orgs 3 + 1 ("javascript:alert(1)" by name), posts 5, event 1, directive 1
EXPECTED_KINDS = {"person": 3, "organization": 4, "post": 5, "event": 1, "directive": 1}


def data_block(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert m, "no data block"
    return json.loads(m.group(1))


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


# --------------------------------------------------------------------------- the graph


def test_node_and_edge_counts_by_kind():
    G = build_network(results())
    kinds = {}
    for _, d in G.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    assert kinds == EXPECTED_KINDS
    assert G.number_of_nodes() == sum(EXPECTED_KINDS.values())
    edge_kinds = sorted(d["kind"] for _, _, d in G.edges(data=True))
    # holds 5, in 5, part_of 2, role 2, issues 1, to 1 (only "Cục Quân nhu" is an organisation)
    assert edge_kinds == sorted(
        ["holds"] * 5 + ["in"] * 5 + ["part_of"] * 2 + ["role"] * 2 + ["issues", "to"]
    )


def test_attributes_status_and_sentences():
    G = build_network(results())
    thien = G.nodes[P + "thien"]
    assert thien["label"] == "Đỗ Văn Thiện" and thien["kind"] == "person"
    assert "Cấp bậc: Trung tướng" in thien["facts"]
    assert S_THIEN in thien["sentences"] and ART in thien["articles"]
    former = [d for u, _, d in G.edges(P + "cuong", data=True) if d.get("status") == "former"]
    assert len(former) == 1 and former[0]["label"] == "nguyên"
    assert G.has_edge(O + "cuc", O + "tchc")  # parent by name resolved to the IRI
    assert G.has_edge("urn:test:dir/1", O + "cuc")
    post = G.nodes[f"post:chính ủy@{O}tchc"]
    assert post["title"] == "Chính ủy" and post["label"] == "Chính ủy\nTổng cục Hậu cần"


def test_glosses_are_optional_and_used():
    G = build_network(results())
    assert G.nodes[P + "thien"]["gloss"] is None
    G = build_network(
        results(),
        glosses={
            "trung tướng": "Lieutenant General",
            "Chính ủy": "Political Commissar",
            "Tổng cục Hậu cần": "General Department of Logistics",
        },
    )
    assert G.nodes[P + "thien"]["gloss"] == "Lieutenant General"
    assert (
        G.nodes[f"post:chính ủy@{O}tchc"]["gloss"] == "Political Commissar, General Department of Logistics"
    )
    assert "Cấp bậc: Trung tướng (Lieutenant General)" in G.nodes[P + "thien"]["facts"]


def test_missing_queries_and_extra_columns():
    G = build_network(
        {"persons": FakeResult(["?person", "?name", "?rank", "?extra"], [("urn:p", "A", None, "z")])}
    )
    assert list(G.nodes) == ["urn:p"]
    assert build_network({}).number_of_nodes() == 0


# --------------------------------------------------------------------------- focus


def test_focus_diacritics_and_case_insensitive():
    G = build_network(results())
    assert fold("ĐỖ VĂN THIỆN") == "do van thien"
    H = focus_subgraph(G, "do van THIEN", depth=1)
    assert P + "thien" in H and H.nodes[P + "thien"].get("focus")
    assert "urn:test:event/hn" in H and "urn:test:dir/1" in H
    assert P + "cuong" not in H  # two steps away (through the event)
    H2 = focus_subgraph(G, "Đỗ Văn Thiện", depth=2)
    assert P + "cuong" in H2 and O + "tchc" in H2
    assert set(focus_subgraph(G, "do van thien", depth=0)) == {P + "thien"}


def test_focus_on_organisation_and_not_found():
    G = build_network(results())
    assert find_nodes(G, "tong cuc hau can") == [O + "tchc"]
    H = focus_subgraph(G, "Tổng cục Hậu cần", depth=1)
    assert O + "bqp" in H and O + "cuc" in H and P + "thien" not in H
    with pytest.raises(FocusNotFound):
        focus_subgraph(G, "Không Có Ai", 2)
    with pytest.raises(ValueError):
        focus_subgraph(G, "thien", -1)


# --------------------------------------------------------------------------- the page


def test_page_loads_nothing_from_the_network():
    html = render_html(build_network(results()))
    assert not re.search(r"""\bsrc\s*=\s*["']?\s*(https?:)?//""", html, re.IGNORECASE)
    assert not re.search(r"""<link\b[^>]*\bhref\s*=\s*["']?\s*(https?:)?//""", html, re.IGNORECASE)
    assert "bootstrap" not in html.lower()
    for tag, attrs in [t for t in _tags(html) if t[0] in ("script", "link", "img", "iframe")]:
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    assert "default-src 'none'" in html  # CSP: no fetches, only the page's own scripts


def _tags(html: str) -> list[tuple[str, dict]]:
    p = Tags()
    p.feed(html)
    return p.tags


def test_malicious_text_stays_text():
    html = render_html(build_network(results()))
    # never as a live tag or attribute
    assert "<script>alert" not in html
    assert "<img" not in html.lower()
    assert "</script><img" not in html
    assert 'Nguyễn "Văn" </script>' not in html
    tags = _tags(html)
    assert [t for t, _ in tags].count("img") == 0
    scripts = [a for t, a in tags if t == "script"]
    assert scripts == [{"type": "application/json", "id": "kg-data"}, {}, {}]
    assert not any(k.startswith("on") for _, a in tags for k in a)
    # ... but present, as data, for the tooltips to show with textContent
    data = data_block(html)
    info = data["info"]["nodes"][P + "cuong"]
    assert PAYLOAD in info["sentences"]
    assert data["info"]["nodes"][P + "x"]["label"] == 'Nguyễn "Văn" </script>'
    assert all("title" not in n for n in data["nodes"])  # no vis/pyvis HTML tooltips
    app = html.split('id="kg-data">', 1)[1]
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app.split("<script>", 2)[2]


def test_urls_in_article_text_are_inert_data():
    text = 'ảnh <img src="https://evil.example/x.png"> và src=https://evil.example/a.js <link href=//x>'
    html = render_html(build_network(results(payload=text)))  # must not be taken for a remote resource
    assert text not in html and "evil.example" in html
    assert not [a for t, a in _tags(html) if "src" in a or "href" in a]
    assert text in data_block(html)["info"]["nodes"][P + "cuong"]["sentences"]


def test_node_count_and_kinds_in_page():
    G = build_network(results())
    data = data_block(render_html(G, title="T <b>x</b>"))
    assert len(data["nodes"]) == sum(EXPECTED_KINDS.values())
    assert len(data["edges"]) == G.number_of_edges()
    assert data["counts"] == EXPECTED_KINDS
    assert {n["kind"] for n in data["nodes"]} == set(EXPECTED_KINDS)
    assert data["options"]["layout"]["improvedLayout"] is True and data["big"] is False


def test_title_is_escaped():
    html = render_html(build_network(results()), title="T <b>x</b>")
    assert "<title>T &lt;b&gt;x&lt;/b&gt;</title>" in html


def test_big_graph_options():
    G = nx.MultiDiGraph()
    for i in range(BIG_GRAPH + 1):
        G.add_node(f"n{i}", kind="person", label=f"P {i}", facts=[], sentences=[], articles=[])
    for i in range(BIG_GRAPH):
        G.add_edge(f"n{i}", f"n{i + 1}", kind="role", label="dự")
    data = page_data(G)
    assert data["big"] is True
    assert data["options"]["layout"]["improvedLayout"] is False
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert "label" not in data["edges"][0]
    assert all("x" in n and "y" in n for n in data["nodes"])  # starts from a cheap layout


def test_initial_positions_cover_every_node_and_separate_components():
    G = nx.MultiDiGraph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("a", "d"), ("x", "y")])
    G.add_node("lonely")
    pos = initial_positions(G, spacing=100)
    assert set(pos) == set(G)
    assert pos["a"] != pos["b"] and pos["x"] != pos["y"]
    # the big component's nodes are within its radius of its centre; the others are outside
    ax, ay = pos["a"]
    assert all(((pos[n][0] - ax) ** 2 + (pos[n][1] - ay) ** 2) ** 0.5 <= 100.01 for n in "bd")
    assert all(((pos[n][0] - ax) ** 2 + (pos[n][1] - ay) ** 2) ** 0.5 >= 100 for n in ("x", "y", "lonely"))


def test_empty_graph_renders():
    html = render_html(nx.MultiDiGraph())
    assert data_block(html)["nodes"] == []


def test_write_html_atomic(tmp_path):
    out = tmp_path / "sub" / "graph.html"
    stats = write_html(build_network(results()), out)
    assert stats["nodes"] == sum(EXPECTED_KINDS.values())
    assert stats["bytes"] == out.stat().st_size
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.html"]


def test_write_graph_html_runs_the_saved_queries(tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("kg.queries")

    def run_saved(store, name, params):
        calls.append((store, name, params))
        return results()[name]

    fake.run_saved = run_saved
    monkeypatch.setitem(sys.modules, "kg.queries", fake)
    stats = write_graph_html("STORE", tmp_path / "g.html")
    assert sorted(c[1] for c in calls) == sorted(
        ["persons", "posts", "organizations", "event-roles", "directives"]
    )
    assert all(c[0] == "STORE" and c[2] == {} for c in calls)
    assert stats["nodes"] == sum(EXPECTED_KINDS.values())
    focused = write_graph_html("STORE", tmp_path / "f.html", focus="le tat cuong", depth=1)
    assert focused["nodes"] < stats["nodes"]
    assert "Lê Tất Cường" in (tmp_path / "f.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- exports


def test_graphml_and_csv(tmp_path):
    G = build_network(results())
    to_graphml(G, tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml")
    assert H.number_of_nodes() == G.number_of_nodes()
    to_csv(G, tmp_path / "nodes.csv", tmp_path / "edges.csv")
    with (tmp_path / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == G.number_of_nodes()
    assert any(PAYLOAD in r["sentences"] for r in rows)
    with (tmp_path / "edges.csv").open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == G.number_of_edges()


def test_export_table_graphml_and_csv(tmp_path, monkeypatch):
    fake = types.ModuleType("kg.queries")
    fake.run_saved = lambda store, name, params: results()[name]
    monkeypatch.setitem(sys.modules, "kg.queries", fake)
    from kg.viz import export_table

    G = build_network(results())
    export_table("STORE", "graphml", tmp_path / "g.graphml", glosses={})
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == G.number_of_nodes()
    data = export_table("STORE", "csv", tmp_path / "g.csv")
    assert (tmp_path / "g.csv").read_bytes() == data
    with (tmp_path / "g.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    isolated = [n for n in G if G.degree(n) == 0]
    assert len(rows) == G.number_of_edges() + len(isolated)
    assert {r["relation"] for r in rows} >= {"holds", "in", "part_of", "role", "issues", "to"}
    with pytest.raises(ValueError):
        export_table("STORE", "xlsx", tmp_path / "g.xlsx")


def test_graphml_drops_characters_xml_cannot_hold(tmp_path):
    import networkx as nx

    from kg.viz.network import to_graphml

    G = nx.MultiDiGraph()
    G.add_node("p1", kind="person", label="Đỗ\x01 Văn Thiện", sentences=["câu\x02 nguồn"])
    to_graphml(G, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["p1"]["label"] == "Đỗ Văn Thiện"
