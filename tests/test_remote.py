"""The store on a real SPARQL 1.1 server: `oxigraph serve` on a free loopback port.

The tests skip when the `oxigraph` binary (PyPI package `oxigraph`) is missing, unless
KG_REQUIRE_SERVER=1, which CI sets.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.cli import main
from kg.queries import list_saved, query_params, run_saved
from kg.store import StoreError, open_store
from kg.store.remote import RemoteStore, sibling_urls, substitute

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles"
SEED_ID = "tong-cuc-hau-can-so-ket-2023"

#: parameters for the saved queries that take some; each finds rows in the sample
PARAMS = {
    "org": "tong cuc hau can",
    "name": "do van thien",
    "title": "Chính ủy",
    "date": "2030-01-01",
}
#: the saved queries of the CLI contract: each finds rows in the sample
DOCUMENTED = {"persons", "posts", "organizations", "event-roles", "directives", "org-members",
              "person-timeline", "post-holders"}
ALIAS_TEXT = ("Hà Nội, ngày 5/1/2024. Trung tướng Nguyễn Văn An, Chính ủy Tổng cục Kỹ thuật (TCKT), "
              "chủ trì hội nghị. Trung tướng Nguyễn Văn An yêu cầu TCKT tiếp tục thực hiện nhiệm vụ.")
INJECTIONS = [
    'x" } UNION { ?s ?p ?o } #',
    "x' } UNION { ?s ?p ?o }",
    '"""\n} UNION { GRAPH ?g { ?s ?p ?o } }\n"""',
    "} UNION {",
    'tổng cục hậu cần"\n) } DROP ALL ; #',
    "\\\" . } ?x ?y ?z { \\",
    "{{}}<http://x>",
]


def oxigraph_binary() -> str | None:
    near = Path(sys.executable).parent / "oxigraph"
    if near.exists():
        return str(near)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = oxigraph_binary()
    if binary is None:
        if os.environ.get("KG_REQUIRE_SERVER") == "1":
            pytest.fail("KG_REQUIRE_SERVER=1 but no oxigraph binary (pip install oxigraph)")
        pytest.skip("no oxigraph binary (pip install oxigraph); set KG_REQUIRE_SERVER=1 to fail instead")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_until_up(url, proc)
        yield url
    finally:
        proc.terminate()  # SIGTERM
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture()
def endpoint(server):
    """The server, emptied before each test."""
    req = urllib.request.Request(server.rsplit("/", 1)[0] + "/update", data=b"DROP ALL", method="POST",
                                 headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(req, timeout=10).close()
    return server


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    path = tmp_path_factory.mktemp("embedded") / "store"
    assert main(["ingest", str(SAMPLE), "--store", str(path), "--quiet"]) == 0
    return path


def params_for(name):
    return {k: PARAMS[k] for k in query_params(name)}


def test_sibling_urls_and_overrides():
    assert sibling_urls("http://h:7878/query")[:2] == ("http://h:7878/update", "http://h:7878/store")
    assert sibling_urls("http://h:3030/ds/query")[:2] == ("http://h:3030/ds/update", "http://h:3030/ds/data")
    s = RemoteStore("http://h:7878/query", update_endpoint="http://u/up", gsp_endpoint="http://g/st")
    assert (s.update_endpoint, s.gsp_endpoint) == ("http://u/up", "http://g/st")


def test_substitute_leaves_strings_iris_and_comments_alone():
    q = 'SELECT ?x WHERE { ?s <http://a#?x> "?x" . # ?x\n ?s ?p ?x }'
    assert substitute(q, {"x": "v"}) == 'SELECT ("v" AS ?x) WHERE { ?s <http://a#?x> "?x" . # ?x\n ?s ?p "v" }'


def test_substitute_binds_a_sub_select_through_its_projection():
    # as Oxigraph's substitutions do: the sub-SELECT projects ?k, so it is bound inside it (in its
    # projection, body and GROUP BY); the outer SELECT receives ?k from it and keeps the plain name
    q = "SELECT ?k ?n WHERE { { SELECT ?k (COUNT(*) AS ?n) WHERE { ?s <p:k> ?k } GROUP BY ?k } } ORDER BY ?k"
    assert substitute(q, {"k": "a"}) == ('SELECT ?k ?n WHERE { { SELECT ("a" AS ?k) (COUNT(*) AS ?n) WHERE '
                                         '{ ?s <p:k> "a" } GROUP BY ("a") } } ORDER BY ("a")')


def test_ingest_then_every_saved_query_gives_the_same_rows(endpoint, embedded, capsys):
    code, out, err = run(capsys, "ingest", SAMPLE, "--endpoint", endpoint, "--quiet")
    assert code == 0, err
    assert "1 added" in out
    assert "/update" in err and "/store" in err  # the sibling URLs found, reported once
    assert err.count("/update") == 1
    with open_store(embedded, read_only=True) as local, open_store(endpoint=endpoint) as remote:
        for name in list_saved():
            params = params_for(name)
            a = run_saved(local, name, params)
            b = run_saved(remote, name, params)
            assert a.vars == b.vars, name
            assert a.rows or name not in DOCUMENTED, f"{name} finds nothing in the sample with {params}"
            assert sorted(a.rows, key=repr) == sorted(b.rows, key=repr), name
            assert a.rows == b.rows, f"{name}: the same ORDER BY gives the same order"
        assert remote.stats() == local.stats()
        assert remote.article_ids() == [SEED_ID]
    # the CLI's JSON output is the same too
    for name in ("posts", "org-members"):
        extra = [a for k, v in params_for(name).items() for a in ("--param", f"{k}={v}")]
        local_json = run(capsys, "query", "--name", name, *extra, "--store", embedded, "--format", "json")[1]
        remote_json = run(capsys, "query", "--name", name, *extra, "--endpoint", endpoint, "--format", "json")[1]
        assert json.loads(local_json) == json.loads(remote_json)


def test_reingest_adds_nothing_and_export_matches(endpoint, embedded, capsys):
    assert run(capsys, "ingest", SAMPLE, "--endpoint", endpoint, "--quiet")[0] == 0
    code, out, _ = run(capsys, "ingest", SAMPLE, "--endpoint", endpoint, "--quiet")
    assert code == 0
    assert "(+0)" in out and "1 unchanged" in out
    remote_nq = run(capsys, "export", "--format", "nq", "--endpoint", endpoint)[1]
    local_nq = run(capsys, "export", "--format", "nq", "--store", embedded)[1]
    assert set(remote_nq.splitlines()) == set(local_nq.splitlines())
    for fmt in ("ttl", "trig", "jsonld"):
        code, out, err = run(capsys, "export", "--format", fmt, "--endpoint", endpoint)
        assert code == 0 and "Đỗ Văn Thiện" in out, (fmt, err)
    code, out, _ = run(capsys, "validate", "--endpoint", endpoint)
    assert code == 0, out


def test_graph_and_stats_read_the_server(endpoint, capsys, tmp_path):
    assert run(capsys, "ingest", SAMPLE, "--endpoint", endpoint, "--quiet")[0] == 0
    out_html = tmp_path / "g.html"
    code, _out, err = run(capsys, "graph", "--endpoint", endpoint, "--out", out_html)
    assert code == 0, err
    assert "Đỗ Văn Thiện" in out_html.read_text(encoding="utf-8")


def test_remove(endpoint, capsys):
    assert run(capsys, "ingest", SAMPLE, "--endpoint", endpoint, "--quiet")[0] == 0
    code, out, _ = run(capsys, "remove", SEED_ID, "--endpoint", endpoint)
    assert code == 0 and f"removed {SEED_ID}" in out
    code, out, _ = run(capsys, "stats", "--endpoint", endpoint)
    assert code == 0
    stats = dict(line.split(": ") for line in out.splitlines())
    assert stats["articles"] == "0" and stats["article_triples"] == "0" and stats["persons"] == "0"
    code, _, err = run(capsys, "remove", SEED_ID, "--endpoint", endpoint)
    assert code == 1 and "no such article" in err


def test_parameters_are_terms_not_text(endpoint, capsys, tmp_path):
    """An alias match (a FILTER inside a UNION branch) works remotely, and injections find nothing."""
    src = tmp_path / "alias.jsonl"
    src.write_text(json.dumps({"id": "alias-1", "text": ALIAS_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    local_path = tmp_path / "local"
    for target in (("--endpoint", endpoint), ("--store", local_path)):
        assert run(capsys, "ingest", SAMPLE, src, *target, "--quiet")[0] == 0
    with open_store(local_path, read_only=True) as local, open_store(endpoint=endpoint) as remote:
        a = run_saved(local, "org-members", {"org": "tckt"})
        b = run_saved(remote, "org-members", {"org": "tckt"})
        assert a.rows and a.rows == b.rows
        for value in INJECTIONS:
            for name in ("org-members", "person-timeline", "post-holders"):
                params = {k: value for k in query_params(name)}
                assert run_saved(remote, name, params).rows == [], (name, value)
                assert run_saved(local, name, params).rows == [], (name, value)
        assert remote.stats()["articles"] == 2  # and nothing was dropped
    code, out, err = run(capsys, "query", "--name", "org-members", "--param", f"org={INJECTIONS[0]}",
                         "--endpoint", endpoint, "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[1:] == []


def test_server_down_is_one_line_and_exit_1(capsys):
    down = f"http://127.0.0.1:{free_port()}/query"
    for argv in (("stats",), ("query", "--name", "persons"), ("ingest", SAMPLE, "--quiet"),
                 ("export", "--format", "nq"), ("remove", SEED_ID)):
        code, _, err = run(capsys, *argv, "--endpoint", down)
        lines = [line for line in err.splitlines() if line.strip()]
        assert code == 1, argv
        assert len(lines) == 1 and "cannot reach" in lines[0] and down in lines[0], (argv, err)


def test_kg_endpoint_environment_variable(endpoint, capsys, monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    monkeypatch.setenv("KG_ENDPOINT", endpoint)
    assert run(capsys, "ingest", SAMPLE, "--quiet")[0] == 0
    code, out, _ = run(capsys, "query", "--name", "persons", "--format", "csv")
    assert code == 0 and "Đỗ Văn Thiện" in out


def test_a_failed_write_is_retried_then_reported_and_nothing_is_half_written(endpoint, capsys):
    wrong = endpoint.rsplit("/", 1)[0] + "/nowhere"
    code, _, err = run(capsys, "ingest", SAMPLE, "--endpoint", endpoint, "--update-endpoint", wrong, "--quiet")
    assert code == 1
    assert "tried twice" in err and wrong in err
    with open_store(endpoint=endpoint) as remote:
        assert remote.article_ids() == []
        assert remote.stats()["article_triples"] == 0


def test_bad_query_and_timeout_are_store_errors(endpoint):
    remote = RemoteStore(endpoint)
    with pytest.raises(StoreError, match="invalid SPARQL"):
        remote.query("SELECT * WHERE {")
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        slow = RemoteStore(f"http://127.0.0.1:{silent.getsockname()[1]}/query", timeout=0.5)
        with pytest.raises(StoreError, match="no answer within"):
            slow.query("ASK {}")
