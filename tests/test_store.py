"""The embedded store: atomic replace, skip unchanged, remove, persistence, lock, dumps."""

import copy
import doctest
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal

import kg.store
import kg.store.embedded
import kg.store.remote
from kg.export import export
from kg.model import Article
from kg.ontology import INGEST_GRAPH, KG, ONTOLOGY_GRAPH, ontology_graph
from kg.rdf import article_graph_iri, article_quads
from kg.store import QueryResult, StoreError, StoreInUseError, open_store
from kg.store.embedded import EmbeddedStore
from kg.validate import validate_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = "tong-cuc-hau-can-so-ket-2023"


def seed(article_id=SEED, **fields):
    result = json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))
    result["article"]["id"] = article_id
    text = (ROOT / "data" / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    return result, Article(id=article_id, text=text, **fields)


def put(store, result, article):
    return store.put_article(article.id, article.content_hash, article_quads(result, article))


def graph_quads(store, article_id):
    g = article_graph_iri(article_id)
    return {q for q in store.quads() if q[3] == g}


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture
def mem():
    """The same store in memory, for tests of reading (opening RocksDB on disk costs ~0.2 s)."""
    return EmbeddedStore(None)


def test_doctests():
    for module in (kg.store, kg.store.embedded, kg.store.remote):
        assert doctest.testmod(module).failed == 0, module.__name__


def test_put_and_has_article(store):
    result, article = seed()
    quads = article_quads(result, article)
    assert not store.has_article(SEED, article.content_hash)
    assert store.put_article(SEED, article.content_hash, quads) == len(quads)
    assert store.has_article(SEED, article.content_hash)
    assert store.has_article(SEED)
    assert not store.has_article(SEED, "0" * 64)
    assert store.article_ids() == [SEED]
    # what goes in comes out, term for term
    assert graph_quads(store, SEED) == set(quads)
    s = store.stats()
    assert (s["articles"], s["persons"], s["organizations"], s["events"], s["directives"],
            s["holdings"], s["tasks"]) == (1, 2, 3, 1, 1, 3, 9)
    assert s["article_triples"] == len(quads)


def test_put_twice_adds_nothing(store):
    result, article = seed()
    put(store, result, article)
    before = store.stats()["triples"]
    put(store, result, article)
    assert store.stats()["triples"] == before
    assert store.dump("nq") == store.dump("nq")


def test_replace_with_changed_content_replaces(store):
    result, article = seed()
    put(store, result, article)
    changed = copy.deepcopy(result)
    changed["persons"][1]["rank"] = "Trung tướng"
    changed["persons"][1]["posts"][0]["status"] = "former"
    del changed["directives"][0]["tasks"][3:]
    new_article = Article(id=SEED, text=article.text + "\n", source=article.source)
    new_quads = article_quads(changed, new_article)
    put(store, changed, new_article)
    assert graph_quads(store, SEED) == set(new_quads)
    assert store.has_article(SEED, new_article.content_hash)
    assert not store.has_article(SEED, article.content_hash)
    s = store.stats()
    assert (s["articles"], s["tasks"]) == (1, 3)
    ranks = store.query(f"SELECT ?r WHERE {{ GRAPH ?g {{ ?p <{KG.hasRank}> ?r }} }}").rows
    assert sorted(ranks) == [(str(KG["rank-trung-tuong"]),)] * 2


def test_replace_is_atomic(store, monkeypatch):
    result, article = seed()
    put(store, result, article)
    before = graph_quads(store, SEED)
    real = store._update
    # the update fails at its very end: nothing of it may be applied
    monkeypatch.setattr(store, "_update", lambda text: real(text + " ;\nDROP GRAPH <urn:kg:missing>"))
    changed = copy.deepcopy(result)
    changed["persons"] = changed["persons"][:1]
    changed["events"] = []
    changed["directives"] = []
    other = Article(id=SEED, text="changed")
    with pytest.raises(StoreError, match="nothing was changed"):
        put(store, changed, other)
    assert graph_quads(store, SEED) == before
    assert store.has_article(SEED, article.content_hash)
    assert not store.has_article(SEED, other.content_hash)


def test_two_articles_are_independent(store):
    put(store, *seed())
    put(store, *seed("second-article"))
    first = graph_quads(store, SEED)
    assert store.stats()["articles"] == 2
    assert store.remove_article("second-article")
    assert graph_quads(store, SEED) == first
    assert store.article_ids() == [SEED]


def test_remove_article(store):
    put(store, *seed())
    assert store.remove_article(SEED)
    assert graph_quads(store, SEED) == set()
    assert not store.has_article(SEED)
    s = store.stats()
    assert (s["articles"], s["article_triples"], s["persons"]) == (0, 0, 0)
    assert not store.remove_article(SEED)
    # the ontology stays
    assert any(q[3] == ONTOLOGY_GRAPH for q in store.quads())


def test_put_refuses_quads_of_another_graph(mem):
    result, article = seed()
    quads = article_quads(result, article)
    with pytest.raises(ValueError, match="not"):
        mem.put_article("another-id", article.content_hash, quads)
    assert mem.article_ids() == []


def test_ontology_graph_is_loaded_once(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as s:
        n = sum(1 for q in s.quads() if q[3] == ONTOLOGY_GRAPH)
        total = s.stats()["triples"]
    with open_store(path) as s:
        assert s.stats()["triples"] == total
    assert n == len(ontology_graph())


def test_store_survives_reopen(tmp_path):
    path = tmp_path / "store"
    result, article = seed()
    with open_store(path) as s:
        put(s, result, article)
        rows = s.query("SELECT ?n WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?n } } ORDER BY ?n").rows
    with open_store(path) as s:
        assert s.has_article(SEED, article.content_hash)
        assert s.query("SELECT ?n WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?n } } "
                       "ORDER BY ?n").rows == rows == [("Lê Tất Cường",), ("Đỗ Văn Thiện",)]
    # in a fresh process too
    code = textwrap.dedent(f"""
        from kg.store import open_store
        with open_store({str(path)!r}) as s:
            print(s.stats()["holdings"], s.article_ids())
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.strip() == f"3 ['{SEED}']", out.stderr


def open_from_another_process(path: Path) -> subprocess.CompletedProcess:
    """Open the store for writing in a new process; it prints the StoreInUseError if it gets one."""
    code = textwrap.dedent(f"""
        from kg.store import open_store, StoreInUseError
        try:
            open_store({str(path)!r}, wait=0.3)
        except StoreInUseError as err:
            print(err)
    """)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)


def test_second_process_gets_a_clear_error(tmp_path):
    path = tmp_path / "store"
    with open_store(path):
        out = open_from_another_process(path)
        assert out.stdout.strip() == f"store {path} is in use by another kg process", out.stderr
    # released on close
    out = open_from_another_process(path)
    assert out.stdout.strip() == "" and out.returncode == 0, out.stderr


def test_no_other_writer_gets_in_while_the_writer_reopens_its_store(tmp_path):
    # flush(release=True) closes RocksDB (and its lock) for a moment; kg's own lock stays taken
    path = tmp_path / "store"
    with open_store(path) as s:
        put(s, *seed())
        s._s = None  # the moment between closing and reopening
        out = open_from_another_process(path)
        assert out.stdout.strip() == f"store {path} is in use by another kg process", out.stderr
        s._s = s._open(wait=1)
        s.flush(release=True)  # a real release keeps the store usable
        assert s.article_ids() == [SEED]


def test_second_open_in_one_process_and_read_only(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as s:
        put(s, *seed())
        with pytest.raises(StoreInUseError, match="already open"):
            open_store(path)
        with open_store(path, read_only=True) as ro:
            assert ro.article_ids() == [SEED]
            with pytest.raises(StoreError, match="read-only"):
                ro.remove_article(SEED)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nowhere", read_only=True)


def test_closed_store_says_so(tmp_path):
    s = open_store(tmp_path / "store")
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.stats()


def test_open_store_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    monkeypatch.delenv("KG_ENDPOINT", raising=False)
    with open_store() as s:
        assert Path(s.location) == Path("kg-store")
    assert (tmp_path / "kg-store").is_dir()
    monkeypatch.setenv("KG_STORE", str(tmp_path / "elsewhere"))
    with open_store() as s:
        assert s.location == str(tmp_path / "elsewhere")
    monkeypatch.delenv("KG_STORE")
    monkeypatch.setenv("KG_ENDPOINT", "http://127.0.0.1:1/query")
    remote = open_store()
    assert isinstance(remote, kg.store.remote.RemoteStore)
    with pytest.raises(StoreError, match="cannot reach"):
        remote.query("ASK {}")
    with pytest.raises(ValueError):
        open_store(tmp_path / "x", endpoint="http://127.0.0.1:1/query")


def test_query_bindings_are_terms(mem):
    put(mem, *seed())
    q = ("SELECT ?p ?name WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?name } }")
    assert mem.query(q, {"name": "Đỗ Văn Thiện"}).rows[0][1] == "Đỗ Văn Thiện"
    assert mem.query(q, {"name": Literal("Lê Tất Cường")}).rows[0][1] == "Lê Tất Cường"
    for evil in ['" } ?s ?p ?o . { "', "x\" } UNION { GRAPH ?g { ?p ?q ?name } } #", "a\nb", "{}"]:
        assert mem.query(q, {"name": evil}).rows == []
    assert mem.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean is True
    with pytest.raises(StoreError, match="invalid SPARQL"):
        mem.query("SELECT WHERE {")


def test_query_result_json(mem):
    put(mem, *seed())
    r = mem.query("SELECT ?p ?name ?rank ?none WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?name ; "
                  f"<{KG.hasRank}> ?rc }} GRAPH ?o {{ ?rc <http://www.w3.org/2004/02/skos/core#prefLabel> ?rank }} "
                  "FILTER(LANG(?rank) = 'vi') } ORDER BY ?name")
    assert r.vars == ["p", "name", "rank", "none"]
    assert r.rows[1][1:] == ("Đỗ Văn Thiện", "Trung tướng", None)
    js = r.to_sparql_json()
    assert js["head"]["vars"] == r.vars
    b = js["results"]["bindings"][1]
    assert b["p"]["type"] == "uri"
    assert b["rank"] == {"type": "literal", "value": "Trung tướng", "xml:lang": "vi"}
    assert "none" not in b
    json.dumps(js)
    assert QueryResult([], [], True).to_sparql_json() == {"head": {}, "boolean": True}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own JSON-LD and N-Quads code
@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_dump_and_export(mem, tmp_path, fmt):
    result, article = seed()
    quads = article_quads(result, article)
    put(mem, result, article)
    data = mem.dump(fmt)
    if fmt == "ttl":
        g = Graph().parse(data=data, format="turtle")
        assert all((s, p, o) in g for s, p, o, _ in quads)
    else:
        ds = Dataset()
        ds.parse(data=data, format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt])
        assert len(ds) == mem.stats()["triples"]
        assert {(s, p, o) for s, p, o in ds.graph(article_graph_iri(SEED))} == {q[:3] for q in quads}
        assert ds.graph(INGEST_GRAPH).value(article_graph_iri(SEED), KG.contentHash) == Literal(
            article.content_hash)
    out = tmp_path / f"export.{fmt}"
    assert export(mem, fmt, out) == data
    assert out.read_bytes() == data
    with pytest.raises(ValueError, match="format"):
        export(mem, "graphml", None)


def test_the_store_validates(store):
    result, article = seed()
    put(store, result, article)
    put(store, *seed("second-article"))
    conforms, report = validate_store(store)
    assert conforms, report


def test_in_memory_store(mem):
    put(mem, *seed())
    assert mem.stats()["holdings"] == 3
    assert mem.location == ":memory:"


def test_a_bound_on_open_table_files_reaches_rocksdb(tmp_path, monkeypatch):
    # pyoxigraph takes RocksDB's max_open_files from the open-file limit when it opens a store:
    # with MAX_OPEN_TABLES set, kg lowers that limit for the opening only (and restores it)
    import re
    import resource

    from kg.store import embedded

    monkeypatch.setattr(embedded, "MAX_OPEN_TABLES", 128)
    before = resource.getrlimit(resource.RLIMIT_NOFILE)
    store = embedded.EmbeddedStore(tmp_path / "s")
    store.close()
    assert resource.getrlimit(resource.RLIMIT_NOFILE) == before
    options = max((tmp_path / "s").glob("OPTIONS-*")).read_text()
    opened = [int(v) for v in re.findall(r"max_open_files=(-?\d+)", options)]
    assert opened and all(0 < v <= 128 + 64 + 256 for v in opened)
