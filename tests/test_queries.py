"""Saved queries on the seed article: columns, answers, parameters, injection."""

import doctest
import json
import re
from pathlib import Path

import pytest

import kg.queries
from kg.model import Article
from kg.ontology import PREFIXES
from kg.queries import QueryParamError, list_saved, query_params, run_saved, saved_query
from kg.rdf import article_quads
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = "tong-cuc-hau-can-so-ket-2023"
REQUIRED = ["persons", "posts", "organizations", "event-roles", "directives", "org-members"]


def spec_columns() -> dict[str, list[str]]:
    """The saved-query table of shared/spec/cli.md: name -> columns."""
    out = {}
    for line in (SHARED / "spec" / "cli.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([a-z-]+)`[^|]*\|\s*([a-z_, ]+?)\s*(—.*)?\|$", line)
        if m:
            out[m.group(1)] = [c.strip() for c in m.group(2).split(",")]
    return out


def seed(article_id=SEED):
    result = json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))
    result["article"]["id"] = article_id
    text = (ROOT / "data" / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    article = Article(id=article_id, text=text, published="2023-07-12")
    return article, article_quads(result, article)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("queries") / "store")
    article, quads = seed()
    s.put_article(article.id, article.content_hash, quads)
    yield s
    s.close()


def test_doctests():
    assert doctest.testmod(kg.queries).failed == 0


def test_the_saved_queries_exist():
    assert set(REQUIRED) <= set(list_saved())


def test_columns_follow_the_spec(store):
    spec = spec_columns()
    assert set(REQUIRED) <= set(spec), spec
    for name in list_saved():
        params = {k: "x" for k in query_params(name)}
        cols = run_saved(store, name, params).vars
        if name in spec:
            assert cols[: len(spec[name])] == spec[name], name


def test_queries_read_through_named_graphs_and_use_the_ontology_prefixes():
    for name in list_saved():
        q = saved_query(name)
        assert "GRAPH ?g" in q, name
        assert q.startswith(f"# {name}:"), name
        for prefix, iri in re.findall(r"PREFIX\s+(\w+):\s*<([^>]+)>", q):
            assert PREFIXES[prefix] == iri, (name, prefix)


def test_params_are_documented():
    assert query_params("org-members").keys() == {"org"}
    assert query_params("person-timeline").keys() == {"name"}
    assert query_params("post-holders").keys() == {"title", "org"}
    assert query_params("posts") == {}


def test_event_roles(store):
    r = run_saved(store, "event-roles", {})
    rows = {(d["name"], d["role"]) for d in r.dicts()}
    assert rows == {("Đỗ Văn Thiện", "chair"), ("Lê Tất Cường", "presenter")}
    for d in r.dicts():
        assert d["kind"] == "Hội nghị"
        assert d["article"] == SEED
        assert d["event_name"].startswith("Hội nghị sơ kết")
        assert d["name"] in d["sentence"]


def test_posts(store):
    r = run_saved(store, "posts", {})
    rows = {(d["name"], d["title"], d["org"], d["status"], d["article"]) for d in r.dicts()}
    assert rows == {
        ("Đỗ Văn Thiện", "Bí thư Đảng ủy", "Tổng cục Hậu cần", "current", SEED),
        ("Đỗ Văn Thiện", "Chính ủy", "Tổng cục Hậu cần", "current", SEED),
        ("Lê Tất Cường", "Chủ nhiệm Chính trị", "Tổng cục Hậu cần", "current", SEED),
    }
    for d in r.dicts():
        assert d["person"].startswith("https://w3id.org/vnkg/id/person/")
        assert d["title"] in d["sentence"] and d["name"] in d["sentence"]
        assert d["as_of"] == "2023-07-12"


def test_persons(store):
    r = run_saved(store, "persons", {})
    assert {(d["name"], d["rank"], d["rank_en"]) for d in r.dicts()} == {
        ("Đỗ Văn Thiện", "Trung tướng", "Lieutenant General"),
        ("Lê Tất Cường", "Thiếu tướng", "Major General"),
    }


def test_organizations(store):
    r = run_saved(store, "organizations", {})
    assert sorted(d["name"] for d in r.dicts()) == ["Quân ủy Trung ương", "Trung ương", "Tổng cục Hậu cần"]
    assert all(d["parent"] is None for d in r.dicts())


def test_directives(store):
    r = run_saved(store, "directives", {})
    assert len(r) == 9
    d = r.dicts()
    assert [x["task_index"] for x in d] == [str(i) for i in range(1, 10)]
    assert {x["issuer_name"] for x in d} == {"Đỗ Văn Thiện"}
    assert {x["addressee"] for x in d} == {"các cơ quan, đơn vị"}
    assert d[0]["task"].startswith("quán triệt")
    assert all(x["sentence"] for x in d)


@pytest.mark.parametrize("org", ["Tổng cục Hậu cần", "tổng cục hậu cần", "TONG CUC HAU CAN", " tong  cuc hau can "])
def test_org_members(store, org):
    r = run_saved(store, "org-members", {"org": org})
    assert r.vars[:5] == ["person", "name", "rank", "title", "status"]
    assert "org_key" not in r.vars and "org_text" not in r.vars
    assert {(d["name"], d["rank"], d["title"]) for d in r.dicts()} == {
        ("Đỗ Văn Thiện", "Trung tướng", "Bí thư Đảng ủy"),
        ("Đỗ Văn Thiện", "Trung tướng", "Chính ủy"),
        ("Lê Tất Cường", "Thiếu tướng", "Chủ nhiệm Chính trị"),
    }


def test_org_members_of_an_org_without_members(store):
    assert run_saved(store, "org-members", {"org": "Quân ủy Trung ương"}).rows == []


def test_person_timeline_and_post_holders(store):
    r = run_saved(store, "person-timeline", {"name": "do van thien"})
    assert {(d["date"], d["title"]) for d in r.dicts()} == {("2023-07-12", "Bí thư Đảng ủy"),
                                                           ("2023-07-12", "Chính ủy")}
    r = run_saved(store, "post-holders", {"title": "chính ủy", "org": "Tổng cục Hậu cần"})
    assert [d["name"] for d in r.dicts()] == ["Đỗ Văn Thiện"]


EVIL = [
    '" } UNION { GRAPH ?g { ?person ?p ?name } } #',
    "x' } UNION { ?s ?p ?o }",
    "} UNION {",
    "{ } }",
    'Tổng cục Hậu cần"\n} UNION { GRAPH ?g { ?person a ?name } }\n#',
    "tong cuc hau can\" . ?o ?p ?v . #",
    "\\",
    "?org_key",
]


@pytest.mark.parametrize("value", EVIL)
def test_parameter_values_cannot_change_the_query(store, value, monkeypatch):
    seen = []
    real = type(store).query

    def spy(self, sparql, bindings=None):
        seen.append((sparql, dict(bindings or {})))
        return real(self, sparql, bindings)

    monkeypatch.setattr(type(store), "query", spy)
    r = run_saved(store, "org-members", {"org": value})
    assert r.rows == []
    ((sparql, bindings),) = seen
    assert sparql == saved_query("org-members")  # the text sent is the saved text
    assert str(bindings["org_text"]) == value


def test_punctuation_in_a_value_is_only_text(store):
    # the name key ignores punctuation, so this still names the organisation - and no more
    clean = run_saved(store, "org-members", {"org": "Tổng cục Hậu cần"}).rows
    assert run_saved(store, "org-members", {"org": 'Tổng cục Hậu cần" } { #'}).rows == clean
    assert len(clean) == 3


def test_parameter_errors(store):
    with pytest.raises(QueryParamError, match="needs --param org="):
        run_saved(store, "org-members", {})
    with pytest.raises(QueryParamError, match="no parameter 'name'"):
        run_saved(store, "posts", {"name": "x"})
    with pytest.raises(QueryParamError, match="no saved query"):
        saved_query("../persons")
    with pytest.raises(QueryParamError, match="no saved query"):
        run_saved(store, "nothing", {})


def test_the_article_column_tells_articles_apart(tmp_path):
    with open_store(tmp_path / "two") as s:
        for aid in (SEED, "ban-sao"):
            article, quads = seed(aid)
            s.put_article(article.id, article.content_hash, quads)
        r = run_saved(s, "posts", {})
        assert len(r) == 6
        assert sorted({d["article"] for d in r.dicts()}) == ["ban-sao", SEED]
        assert len(run_saved(s, "org-members", {"org": "Tổng cục Hậu cần"})) == 6
        assert len(run_saved(s, "person-timeline", {"name": "Lê Tất Cường"})) == 2
