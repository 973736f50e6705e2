"""kg.api: the notebook/script API, and the `kg graph` options built on it (--org, --since,
--until, --keep-undated, --max-nodes)."""

from __future__ import annotations

import doctest
import json
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import networkx as nx
import pytest

import kg
import kg.api
from kg.api import (
    GraphTooBig,
    NothingToDraw,
    build_sample_store,
    draw,
    graph,
    html,
    open_store,
    query_df,
    sample_path,
)
from kg.cli import main
from kg.queries import QueryParamError
from kg.store import StoreError
from kg.viz import FocusNotFound, build_network, org_subgraph

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "tong-cuc-hau-can-so-ket-2023.txt"
THIEN, CUONG = "Đỗ Văn Thiện", "Lê Tất Cường"


@pytest.fixture(scope="module")
def store():
    s = build_sample_store()
    yield s
    s.close()


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory):
    """The seed article again, published 2023-07-12 (so its holdings are dated)."""
    src = tmp_path_factory.mktemp("dated") / "dated.jsonl"
    text = SEED.read_text(encoding="utf-8")
    src.write_text(json.dumps({"id": "seed-dated", "text": text, "published": "2023-07-12"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    from kg.ingest import ingest
    from kg.store import open_store as raw_open

    s = raw_open(tmp_path_factory.mktemp("dated-store") / "store")
    summary = ingest([str(src)], s, progress=False)
    assert summary.added == 1, summary.errors
    yield s
    s.close()


def test_doctests():
    assert doctest.testmod(kg.api).failed == 0


def test_lazy_reexports():
    assert kg.query_df is query_df and kg.graph is graph and kg.build_sample_store is build_sample_store
    with pytest.raises(AttributeError):
        kg.no_such_thing  # noqa: B018


def test_sample_path_is_the_bundled_sample():
    path = sample_path()
    assert path == ROOT / "data" / "articles"
    assert "shared" not in path.parts


def test_query_df_saved_queries(store):
    posts = query_df(store, "posts")
    assert list(posts.columns[:6]) == ["person", "name", "title", "org", "status", "article"]
    assert set(zip(posts["name"], posts["title"])) == {
        (THIEN, "Bí thư Đảng ủy"), (THIEN, "Chính ủy"), (CUONG, "Chủ nhiệm Chính trị")}
    members = query_df(store, "org-members", org="tong cuc hau can")
    assert set(members["name"]) == {THIEN, CUONG}
    assert "org_key" not in members.columns  # bound parameters are dropped
    timeline = query_df(store, "person-timeline", name="ĐỖ VĂN THIỆN")
    assert set(timeline["rank"]) == {"Trung tướng"}
    with pytest.raises(QueryParamError):
        query_df(store, "person-timeline")
    with pytest.raises(QueryParamError):
        query_df(store, "no-such-query")


def test_query_df_sparql_with_bound_literal(store):
    q = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
           SELECT ?p ?name WHERE { GRAPH ?g { ?p foaf:name ?name } }"""
    df = query_df(store, q, name=CUONG)
    assert len(df) >= 1 and set(df["name"]) == {CUONG}
    ask = query_df(store, "ASK { GRAPH ?g { ?s ?p ?o } }")
    assert ask["boolean"].tolist() == [True]
    empty = query_df(store, q, name='x" } UNION { ?p ?q ?name')
    assert empty.empty and list(empty.columns) == ["p", "name"]


def test_open_store_read_only_beside_a_writer(tmp_path):
    path = tmp_path / "store"
    writer = build_sample_store(path)  # holds the lock
    try:
        with open_store(path) as reader:  # read-only snapshot by default
            assert reader.article_ids() == ["tong-cuc-hau-can-so-ket-2023"]
    finally:
        writer.close()
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing")


def test_build_sample_store_twice_is_unchanged(tmp_path):
    path = tmp_path / "store"
    build_sample_store(path).close()
    s = build_sample_store(path)
    try:
        assert s.stats()["articles"] == 1
    finally:
        s.close()


def test_graph_whole_focus_and_org(store):
    G = graph(store)
    assert isinstance(G, nx.MultiDiGraph)
    kinds = {d["kind"] for _, d in G.nodes(data=True)}
    assert kinds == {"person", "organization", "post", "event", "directive"}
    assert G.number_of_edges() >= 9
    H = graph(store, focus="le tat cuong", depth=1)
    assert {d["kind"] for _, d in H.nodes(data=True)} == {"person", "post", "event"}
    assert "Lê Tất Cường" in H.graph["title"]
    O = graph(store, org="Tổng cục Hậu cần")
    kinds = sorted(d["kind"] for _, d in O.nodes(data=True))
    assert kinds == ["organization", "person", "person", "post", "post", "post"]
    assert [d["label"] for _, d in O.nodes(data=True) if d.get("focus")] == ["Tổng cục Hậu cần"]
    with pytest.raises(FocusNotFound, match="no organisation named"):
        graph(store, org="Cục Quân nhu")
    with pytest.raises(FocusNotFound):
        graph(store, focus="Nguyễn Văn A")
    with pytest.raises(ValueError):
        graph(store, depth=-1)


@dataclass
class Rows:
    vars: list[str]
    rows: list[tuple] = field(default_factory=list)


def test_org_subgraph_takes_sub_units_at_any_depth_and_their_people():
    G = build_network({
        "organizations": Rows(["org", "name", "parent"], [
            ("urn:o:bqp", "Bộ Quốc phòng", None),
            ("urn:o:tchc", "Tổng cục Hậu cần", "Bộ Quốc phòng"),
            ("urn:o:cqn", "Cục Quân nhu", "Tổng cục Hậu cần"),
            ("urn:o:kho", "Kho K1", "Cục Quân nhu"),
            ("urn:o:other", "Quân khu 7", "Bộ Quốc phòng"),
        ]),
        "posts": Rows(["person", "name", "title", "org", "status"], [
            ("urn:p:a", "Nguyễn Văn A", "Cục trưởng", "Cục Quân nhu", "current"),
            ("urn:p:b", "Trần Văn B", "Chủ nhiệm Kho", "Kho K1", "former"),
            ("urn:p:c", "Lê Văn C", "Tư lệnh", "Quân khu 7", "current"),
        ]),
        "directives": Rows(["directive", "issuer", "issuer_name", "addressee", "task"], [
            ("urn:d:1", "urn:p:c", "Lê Văn C", "Kho K1", "kiểm kê"),
        ]),
    }, glosses={})
    H = org_subgraph(G, "tong cuc hau can")
    labels = {d["label"].split("\n")[0] for _, d in H.nodes(data=True)}
    assert {"Tổng cục Hậu cần", "Cục Quân nhu", "Kho K1", "Nguyễn Văn A", "Trần Văn B"} <= labels
    assert "Quân khu 7" not in labels and "Lê Văn C" not in labels and "Bộ Quốc phòng" not in labels
    assert any(d["kind"] == "directive" for _, d in H.nodes(data=True))  # addressed to Kho K1


def test_date_window(store, dated_store):
    with pytest.raises(NothingToDraw):  # the bundled sample has no date
        graph(store, since="2023-01-01")
    n = graph(store).number_of_nodes()
    assert graph(store, since="2023-01-01", keep_undated=True).number_of_nodes() == n
    inside = graph(dated_store, since="2023-07-01", until="2023-07-31")
    assert {THIEN, CUONG} <= {d["label"] for _, d in inside.nodes(data=True)}
    assert "2023-07-01" in inside.graph["title"]
    assert graph(dated_store, until="2023-07-12").number_of_nodes() == inside.number_of_nodes()
    with pytest.raises(NothingToDraw):
        graph(dated_store, since="2023-07-13")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        graph(dated_store, since="12/7/2023")
    with pytest.raises(ValueError, match="after"):
        graph(dated_store, since="2024-01-01", until="2023-01-01")


def test_window_uses_the_rows_own_dates_first():
    results = {
        "posts": Rows(["person", "name", "title", "org", "status", "article", "as_of"], [
            ("urn:p:a", "A", "Cục trưởng", "Cục X", "current", "a1", "2020-05-01"),
            ("urn:p:b", "B", "Cục trưởng", "Cục X", "former", "a2", None),  # article a2: 2023
            ("urn:p:c", "C", "Cục trưởng", "Cục X", "current", "a3", None),  # no date at all
        ]),
        "event-roles": Rows(["event", "kind", "person", "name", "role", "article", "date"], [
            ("urn:e:1", "Hội nghị", "urn:p:a", "A", "chair", "a2", "2019-01-01"),
        ]),
    }
    dates = {"a1": "2023-03-03", "a2": "2023-03-03T00:00:00"}
    got = kg.api._window(results, dates, "2023-01-01", None, keep_undated=False)
    assert [r[1] for r in got["posts"].rows] == ["B"] and got["event-roles"].rows == []
    got = kg.api._window(results, dates, None, "2020-12-31", keep_undated=True)
    assert [r[1] for r in got["posts"].rows] == ["A", "C"] and len(got["event-roles"].rows) == 1


def test_draw(store):
    import matplotlib.pyplot as plt

    ax = draw(graph(store))
    assert ax.get_title().startswith("Đồ thị")
    assert ax.get_legend() is not None
    _fig, ax2 = plt.subplots()
    assert draw(nx.MultiDiGraph(), ax=ax2) is ax2  # an empty graph draws nothing, no error
    plt.close("all")


def test_html(store):
    frame = html(store, org="tong cuc hau can", height=400)
    assert frame.startswith('<div class="kg-graph"><iframe srcdoc="') and 'sandbox="allow-scripts"' in frame
    assert "height:400px" in frame and "<script" not in frame  # the page is escaped inside
    page = html(graph(store), iframe=False)
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "http://" not in page.split('id="kg-data"')[0].replace("http://www.w3.org", "")
    with pytest.raises(GraphTooBig, match=r"has \d+ nodes"):
        html(store, max_nodes=3)
    with pytest.raises(ValueError, match="store"):
        html(graph(store), since="2023-01-01")
    assert "Lê Tất Cường" in html(graph(store), focus="Lê Tất Cường", iframe=False)


# --------------------------------------------------------------------------- kg graph


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "store"
    build_sample_store(path).close()
    return path


def test_kg_graph_org_and_errors(store_path, tmp_path, capsys):
    out = tmp_path / "g.html"
    with open_store(store_path) as s:
        n, m = graph(s).number_of_nodes(), graph(s).number_of_edges()
    code, text, err = run(capsys, "graph", "--store", store_path, "--out", out, "--org", "tong cuc hau can")
    assert code == 0, err
    assert text.strip() == f"wrote {out}: 6 nodes, 6 edges, {out.stat().st_size} bytes"
    code, _, err = run(capsys, "graph", "--store", store_path, "--out", out, "--org", "Cục Quân nhu")
    assert code == 1 and len(err.splitlines()) == 1 and "--org 'Cục Quân nhu'" in err
    code, _, err = run(capsys, "graph", "--store", store_path, "--out", out, "--focus", "nobody")
    assert code == 1 and len(err.splitlines()) == 1 and "--focus 'nobody'" in err
    code, _, err = run(capsys, "graph", "--store", store_path, "--out", out, "--max-nodes", "5")
    assert code == 1 and len(err.splitlines()) == 1
    assert f"{n} nodes" in err and "--focus" in err and "--org" in err
    code, text, err = run(capsys, "graph", "--store", store_path, "--out", out, "--max-nodes", "0")
    assert code == 0 and f"{n} nodes, {m} edges" in text


def test_kg_graph_date_window(store_path, tmp_path, capsys):
    out = tmp_path / "g.html"
    code, _, err = run(capsys, "graph", "--store", store_path, "--out", out, "--since", "2023-01-01")
    assert code == 1 and len(err.splitlines()) == 1 and "dated since 2023-01-01" in err
    code, text, err = run(capsys, "graph", "--store", store_path, "--out", out, "--since", "2023-01-01",
                          "--until", "2023-12-31", "--keep-undated")
    assert code == 0 and "wrote" in text
    code, _, err = run(capsys, "graph", "--store", store_path, "--out", out, "--until", "31/12/2023")
    assert code == 2 and err.startswith("kg: --until") and len(err.splitlines()) == 1
