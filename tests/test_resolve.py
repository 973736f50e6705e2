"""Cross-article resolution on a constructed set of articles (tests/data/resolution/).

The articles (JSONL with ``published`` dates; names and units invented) hold a promotion
(Đại tá -> Thiếu tướng in one unit), a transfer (Quân khu 7 -> Quân khu 9), three namesakes
"Nguyễn Văn Hùng" with conflicting ranks and units, a succession (Tư lệnh Quân khu 7), an
abbreviation ("Tổng cục Hậu cần (TCHC)" / "TCHC"), a unit written in lower case, and
"Tổng cục Hậu cần - Kỹ thuật", a different unit from "Tổng cục Hậu cần". ``truth.json``
says which mentions are the same entity; merge precision and recall are counted over pairs
of per-article nodes.
"""

from __future__ import annotations

import doctest
import itertools
import json
from pathlib import Path

import pytest

import kg.resolve
from kg.ingest import ingest
from kg.io import read_inputs
from kg.model import Article
from kg.ontology import RESOLUTION_GRAPH
from kg.queries import run_saved
from kg.rdf import article_quads
from kg.resolve import compute_resolution, explain, format_explain, lexicon_quads, resolve_store
from kg.store.embedded import EmbeddedStore

DATA = Path(__file__).parent / "data" / "resolution"
TRUTH = json.loads((DATA / "truth.json").read_text(encoding="utf-8"))
OVERRIDES = json.loads((DATA / "extracted.json").read_text(encoding="utf-8"))

_NODES = f"""
PREFIX kg: <https://w3id.org/vnkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?aid ?key ?canon ?kind WHERE {{
  GRAPH ?g {{
    ?n a ?kind . ?art a kg:Article ; kg:articleId ?aid .
    OPTIONAL {{ ?n <http://xmlns.com/foaf/0.1/name> ?pname }}
    OPTIONAL {{ ?n <http://www.w3.org/2004/02/skos/core#prefLabel> ?oname }}
  }}
  BIND(LCASE(COALESCE(?pname, ?oname)) AS ?key)
  GRAPH <{RESOLUTION_GRAPH}> {{ ?n owl:sameAs ?canon }}
  FILTER(?kind IN (<http://xmlns.com/foaf/0.1/Person>, <http://www.w3.org/ns/org#Organization>))
}}"""


def _put_overrides(store) -> None:
    """Store the hand-made extraction results of the articles the extractor cannot read yet."""
    for item in read_inputs([str(DATA)]):
        if isinstance(item, Article) and item.id in OVERRIDES:
            result = {k: v for k, v in OVERRIDES[item.id].items() if not k.startswith("_")}
            from kg.ingest import version_hash

            store.put_article(item.id, version_hash(item), article_quads(result, item))
    resolve_store(store)


@pytest.fixture(scope="module")
def store():
    s = EmbeddedStore(None)
    summary = ingest([str(DATA)], s, progress=False)
    assert summary.failed == 0 and summary.added == 14
    _put_overrides(s)
    yield s
    s.close()


def _pairs(store, kind: str, truth: dict) -> tuple[float, float, list]:
    label = {}
    for entity, mentions in truth.items():
        for aid, name in mentions:
            label[(aid, name.lower())] = entity  # the name as written: two names may share a key
    # only the mentions the truth lists are judged: a name the extractor cut short ("Bộ Tư
    # lệnh Quân") is an extraction error, not a resolution one
    nodes = [(aid, key, canon) for aid, key, canon, k in store.query(_NODES).rows
             if k.endswith(kind) and (aid, key) in label]
    tp = fp = fn = 0
    errors = []
    for (a1, k1, c1), (a2, k2, c2) in itertools.combinations(nodes, 2):
        t1, t2 = label.get((a1, k1)), label.get((a2, k2))
        same_truth = t1 is not None and t1 == t2
        same_pred = c1 == c2
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
        if same_truth != same_pred:
            errors.append(((a1, k1), (a2, k2), "merged" if same_pred else "split"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, errors


def test_person_merges_precision_recall(store):
    precision, recall, errors = _pairs(store, "Person", TRUTH["persons"])
    assert precision >= 0.95, errors
    assert recall >= 0.90, errors


def test_org_merges_precision_recall(store):
    precision, recall, errors = _pairs(store, "Organization", TRUTH["organizations"])
    assert precision >= 0.95, errors
    assert recall >= 0.90, errors


def test_namesakes_stay_apart_and_promotion_transfer_merge(store):
    hung = [e for e in explain(store, "nguyen van hung") if e["kind"] == "person"]
    assert len(hung) == 3
    by_articles = sorted(sorted(m["article"] for m in e["members"]) for e in hung)
    assert ["res-2019-qk7-tongket", "res-2021-qk7-thangquanham", "res-2023-qk9-tongket"] in by_articles
    assert ["res-2022-su309-huanluyen", "res-2024-su309-tongket"] in by_articles
    text = format_explain(hung)
    assert "shared unit Quân khu 7" in text and "Đại tá (2019-03-02) -> Thiếu tướng (2021-06-10)" in text
    assert "a transfer" in text


def test_civilians_without_ranks_and_names_that_differ_in_diacritics(store):
    people = {e["name"]: e for e in explain(store, "tran van an") if e["kind"] == "person"}
    assert set(people) == {"Trần Văn Ân", "Trần Văn An"}  # one key, two names
    assert len(people["Trần Văn Ân"]["members"]) == 2  # two posts, no rank: nothing against
    assert len(people["Trần Văn An"]["members"]) == 1


def test_abbreviation_lower_case_and_different_unit(store):
    tchc = [e for e in explain(store, "Tổng cục Hậu cần") if e["kind"] == "organization"]
    assert len(tchc) == 1
    names = {m["name"] for m in tchc[0]["members"]}
    assert names == {"Tổng cục Hậu cần", "TCHC"}
    assert any("'TCHC'" in r and "abbreviation" in r for r in tchc[0]["reasons"])
    assert explain(store, "TCHC")[0]["iri"] == tchc[0]["iri"]
    qk7 = [e for e in explain(store, "QUAN KHU 7") if e["kind"] == "organization"]
    assert len(qk7) == 1 and {m["name"] for m in qk7[0]["members"]} == {"Quân khu 7", "quân khu 7"}
    other = explain(store, "Tổng cục Hậu cần - Kỹ thuật")
    assert len(other) == 1 and other[0]["iri"] != tchc[0]["iri"]


def test_person_timeline_one_person_in_date_order(store):
    r = run_saved(store, "person-timeline", {"name": "Do Van Thien"})
    assert r.vars[:7] == ["date", "name", "rank", "title", "org", "status", "article"]
    rows = r.dicts()
    assert len({row["person"] for row in rows}) == 1
    assert [row["date"] for row in rows] == sorted(row["date"] for row in rows)
    assert [(row["date"], row["rank"]) for row in rows] == [
        ("2019-11-20", "Thiếu tướng"), ("2020-05-14", "Thiếu tướng"), ("2023-12-08", "Trung tướng")]
    assert {row["org"] for row in rows} == {"Tổng cục Hậu cần"}  # "TCHC" shows as its unit
    hung = run_saved(store, "person-timeline", {"name": "nguyễn văn hùng"}).dicts()
    assert len({row["person"] for row in hung}) == 3


def test_post_holders_succession(store):
    rows = run_saved(store, "post-holders", {"title": "tu lenh", "org": "Quân khu 7"}).dicts()
    seq = [(row["date"], row["name"], row["status"]) for row in rows]
    assert seq == [("2019-03-02", "Lê Đức Thành", "current"), ("2021-06-10", "Lê Đức Thành", "current"),
                   ("2022-08-05", "Lê Đức Thành", "former"), ("2022-08-05", "Phạm Minh Khôi", "current")]
    assert len({row["person"] for row in rows}) == 2
    chu_nhiem = run_saved(store, "post-holders", {"title": "Chủ nhiệm", "org": "TCHC"}).dicts()
    assert [row["date"] for row in chu_nhiem] == ["2019-11-20", "2020-05-14", "2023-12-08"]


def test_post_holder_at(store):
    def at(day: str, title: str = "Tư lệnh", org: str = "quan khu 7") -> list[str]:
        return [row["name"] for row in run_saved(
            store, "post-holder-at", {"title": title, "org": org, "date": day}).dicts()]

    assert at("2020-01-01") == ["Lê Đức Thành"]
    assert at("2023-01-01") == ["Phạm Minh Khôi"]
    assert at("2018-01-01") == []
    assert at("2022-01-01", "Chính ủy") == ["Trần Quang Bình"]


def test_post_holder_at_bound_in_the_text_gives_the_same_rows(store):
    # the query has a sub-SELECT: a remote endpoint gets the values written into the text
    # (kg.store.remote.substitute), the embedded store through Oxigraph's substitutions
    from rdflib import Literal

    from kg.queries import saved_query
    from kg.rdf import name_key
    from kg.store.remote import substitute

    sparql = saved_query("post-holder-at")
    for title, org, day in [("Tư lệnh", "quan khu 7", "2020-01-01"), ("Tư lệnh", "Quân khu 7", "2023-01-01"),
                            ("Chính ủy", "quan khu 7", "2022-01-01"), ("Chủ nhiệm", "TCHC", "2024-01-01")]:
        bindings = {"title_key": Literal(name_key(title)), "org_key": Literal(name_key(org)),
                    "org_text": Literal(org), "date_text": Literal(day)}
        native = store.query(sparql, bindings).rows
        assert native, (title, org, day)
        assert store.query(substitute(sparql, bindings)).rows == native


def test_reingest_adds_nothing(store):
    before = store.stats()["triples"]
    summary = ingest([str(DATA)], store, progress=False)
    assert summary.added == 0 and summary.triples_added == 0
    resolve_store(store)
    assert store.stats()["triples"] == before


def test_resolution_is_deterministic(store):
    a = sorted(map(str, compute_resolution(store).quads()))
    b = sorted(map(str, compute_resolution(store).quads()))
    assert a == b


def test_labels_for_lexicon_words(store):
    r = store.query("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?en WHERE { GRAPH ?g { <https://w3id.org/vnkg/id/role/chinh-uy> rdfs:label ?en
        FILTER(LANG(?en) = "en") } }""")
    assert r.rows == [("Political Commissar",)]
    assert len(lexicon_quads()) > 300


def test_remove_recomputes_resolution():
    s = EmbeddedStore(None)
    ingest([str(DATA)], s, progress=False)
    _put_overrides(s)
    assert len([e for e in explain(s, "Phạm Minh Khôi") if e["kind"] == "person"]) == 1
    assert s.remove_article("res-2022-qk7-bangiao")
    resolve_store(s)
    assert explain(s, "Phạm Minh Khôi") == []
    thanh = explain(s, "Lê Đức Thành")
    assert len(thanh) == 1 and len(thanh[0]["members"]) == 2
    s.close()


def test_graph_with_resolution_validates(store):
    from kg.validate import validate_store

    conforms, report = validate_store(store)
    assert conforms, report


def test_doctests():
    assert doctest.testmod(kg.resolve).failed == 0


def test_holding_start_and_end_dates():
    from kg.ontology import KG, XSD

    text = ("Đại tá Lê Văn Cường được bổ nhiệm giữ chức Chính ủy Sư đoàn 7. "
            "Ông Phan Văn Dũng giữ chức Giám đốc Sở Tư pháp từ năm 2014.")
    art = Article(id="period", text=text, published="2024-05-02")
    result = {"article": {"id": "period"}, "organizations": [], "events": [], "directives": [],
              "persons": [
                  {"id": "p1", "name": "Lê Văn Cường", "rank": "Đại tá",
                   "posts": [{"title": "Chính ủy", "org": "Sư đoàn 7"}]},
                  {"id": "p2", "name": "Phan Văn Dũng",
                   "posts": [{"title": "Giám đốc", "org": "Sở Tư pháp"}]},
                  {"id": "p3", "name": "Hà Văn E",
                   "posts": [{"title": "Cục trưởng", "start": "2019-07", "end": "2023-01-15"}]}]}
    quads = article_quads(result, art)
    starts = sorted(str(o) for _s, p, o, _g in quads if p == KG.startDate)
    ends = [o for _s, p, o, _g in quads if p == KG.endDate]
    assert starts == ["2014", "2019-07", "2024-05-02"]
    assert [str(e) for e in ends] == ["2023-01-15"] and ends[0].datatype == XSD.date
    ranks_dated = [o for s, p, o, _g in quads if p == KG.asOf and "/person/" in str(s)]
    assert [str(d) for d in ranks_dated] == ["2024-05-02"]  # the rank's date


def test_cli_explain_query_and_remove(tmp_path, capsys):
    from kg.cli import main

    store = str(tmp_path / "store")
    (tmp_path / "store").mkdir()
    assert main(["ingest", str(DATA), "--store", store, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["explain", "Do Van Thien", "--store", store]) == 0
    out = capsys.readouterr().out
    assert out.startswith("person Đỗ Văn Thiện") and "evidence:" in out and "res-2019-tchc-hoinghi" in out
    assert main(["query", "--name", "post-holder-at", "--param", "title=Tư lệnh", "--param", "org=Quân khu 7",
                 "--param", "date=2020-01-01", "--store", store, "--format", "csv"]) == 0
    assert "Lê Đức Thành" in capsys.readouterr().out
    assert main(["remove", "res-2022-qk7-bangiao", "--store", store]) == 0
    capsys.readouterr()
    assert main(["explain", "Phạm Minh Khôi", "--store", store]) == 1
    assert main(["explain", "nobody at all", "--store", store]) == 1


def test_timeline_with_diacritics_means_that_name(store):
    one = run_saved(store, "person-timeline", {"name": "Trần Văn Ân"}).dicts()
    both = run_saved(store, "person-timeline", {"name": "TRAN VAN AN"}).dicts()
    assert {r["name"] for r in one} == {"Trần Văn Ân"}
    assert {r["name"] for r in both} == {"Trần Văn Ân", "Trần Văn An"}


def test_changed_article_replaces_its_graph_and_resolution(tmp_path):
    s = EmbeddedStore(None)
    line = {"id": "chg", "published": "2023-01-05",
            "text": "Thiếu tướng Lý Văn Khoa, Phó Tư lệnh Quân khu 5 dự hội nghị."}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([str(path), str(DATA / "articles-2019-2021.jsonl")], s, progress=False)
    assert [e["kind"] for e in explain(s, "Ly Van Khoa")] == ["person"]
    line["text"] = line["text"].replace("Lý Văn Khoa", "Lý Văn Khải")
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = ingest([str(path)], s, progress=False)
    assert summary.added == 1
    assert explain(s, "Ly Van Khoa") == [] and len(explain(s, "Lý Văn Khải")) == 1
    s.close()


def test_rank_down_needs_a_stated_demotion():
    from kg.resolve import PersonNode, _resolve_persons

    def node(iri, article, date, rank, demoted=False):
        return PersonNode(iri, article, "Hà Văn Bảo", "ha van bao", date, rank, demoted)

    apart = _resolve_persons([node("a", "a1", "2020-01-01", 14), node("b", "a2", "2022-01-01", 13)], {}, {})
    assert len(apart) == 2  # Đại tá in 2020, Thượng tá in 2022: two people
    one = _resolve_persons([node("a", "a1", "2020-01-01", 14), node("b", "a2", "2022-01-01", 13, True)], {}, {})
    assert len(one) == 1  # ... unless the later article states a demotion ("giáng cấp bậc hàm")


def test_hierarchy_between_canonical_units(store):
    r = store.query(f"""PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?child ?parent WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{
          ?c org:subOrganizationOf ?p . ?c skos:prefLabel ?child . ?p skos:prefLabel ?parent }} }}""")
    assert ("Trung đoàn 4", "Sư đoàn 5") in r.rows


# ---------------------------------------------------------------- bounded, incremental resolution

_INDEX = ("resolvedPerson", "resolvedUnit", "heldSince", "heldUntil")


def _resolution_graph(store) -> set[tuple]:
    return {(s, p, o) for s, p, o, g in store.quads() if g == RESOLUTION_GRAPH}


def _articles(*names):
    return [str(DATA / n) for n in names]


def test_chunked_resolution_equals_the_whole_store_computation(store, monkeypatch):
    import kg.resolve_chunks

    monkeypatch.setattr(kg.resolve_chunks, "CHUNK_KEYS", 3)  # many chunks on a small corpus
    summary = resolve_store(store)
    assert summary.full
    written = {(s, p, o) for s, p, o in _resolution_graph(store) if str(p).rsplit("#", 1)[-1] not in _INDEX}
    index = _resolution_graph(store) - written
    from rdflib import URIRef
    reference = {(s, p, o) for s, p, o, _g in compute_resolution(store).quads()}
    # the index repeats each holding's role and status
    written = {t for t in written if t[1] not in (URIRef("http://www.w3.org/ns/org#role"),
                                                  URIRef("https://w3id.org/vnkg/ontology#status"))}
    assert written == reference
    assert index and all(str(s).startswith("https://w3id.org/vnkg/id/holding/") for s, _p, _o in index)


def test_incremental_resolution_equals_a_full_recompute(tmp_path, monkeypatch):
    import kg.resolve_chunks

    monkeypatch.setattr(kg.resolve_chunks, "CHUNK_KEYS", 5)
    files = sorted(p.name for p in DATA.glob("*.jsonl"))
    assert len(files) >= 2
    s = EmbeddedStore(None)
    ingest(_articles(files[0]), s, progress=False)  # first batch: a full computation
    calls = []
    real = kg.resolve_chunks.resolve_store
    monkeypatch.setattr("kg.ingest.resolve_store", lambda st, t=None: calls.append(real(st, t)) or calls[-1])
    ingest(_articles(*files[1:]), s, progress=False)  # the others: only the keys they touch
    assert calls and not calls[-1].full
    incremental = _resolution_graph(s)
    assert resolve_store(s).full
    assert _resolution_graph(s) == incremental
    # the same articles again: nothing is written, nothing changes
    before = sorted(map(str, s.quads()))
    summary = ingest(_articles(*files), s, progress=False)
    assert summary.added == 0 and sorted(map(str, s.quads())) == before
    # a removal resolves only its keys again, and gives what a full recompute gives
    from kg.resolve_chunks import article_keys

    touched = article_keys(s, "res-2022-qk7-bangiao")
    assert touched.persons and touched.orgs
    assert s.remove_article("res-2022-qk7-bangiao")
    assert not resolve_store(s, touched).full
    after_removal = _resolution_graph(s)
    resolve_store(s)
    assert _resolution_graph(s) == after_removal
    assert explain(s, "Phạm Minh Khôi") == []
    s.close()


def test_an_interrupted_resolution_is_recomputed_in_full(tmp_path, monkeypatch):
    import kg.resolve_chunks
    from kg.resolve import resolve_needed

    s = EmbeddedStore(None)
    ingest([str(DATA)], s, progress=False)
    full = _resolution_graph(s)

    def crash(*_a, **_k):
        raise RuntimeError("killed")

    monkeypatch.setattr(kg.resolve_chunks, "_resolve_people", crash)
    with pytest.raises(RuntimeError):
        resolve_store(s, kg.resolve_chunks.Touched({"do van thien"}, set()))
    assert resolve_needed(s)
    monkeypatch.undo()
    assert resolve_store(s, kg.resolve_chunks.Touched({"do van thien"}, set())).full
    assert _resolution_graph(s) == full
    s.close()
