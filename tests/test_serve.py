"""`kg serve`: the embedded store as a read-only SPARQL 1.1 endpoint (standard library only)."""

import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from kg.cli import main
from kg.queries import list_saved, query_params, run_saved
from kg.serve import make_server
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles"
PARAMS = {"org": "tong cuc hau can", "name": "do van thien", "title": "Chính ủy", "date": "2030-01-01"}
NAMES = "SELECT ?p ?name WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?name } } ORDER BY ?name ?p"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    assert main(["ingest", str(SAMPLE), "--store", str(path), "--quiet"]) == 0
    return path


@pytest.fixture(scope="module")
def endpoint(store_path):
    import threading

    store = open_store(store_path, read_only=True)
    server = make_server(store, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/query"
    server.shutdown()
    server.server_close()
    store.close()


def http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def test_binds_to_loopback_by_default(store_path):
    with open_store(store_path, read_only=True) as store:
        server = make_server(store, port=0)
        try:
            assert server.server_address[0] == "127.0.0.1"
        finally:
            server.server_close()


def test_sparqlwrapper_select_gives_the_embedded_rows(endpoint, store_path):
    sw = SPARQLWrapper(endpoint)
    sw.setQuery(NAMES)
    sw.setReturnFormat(JSON)
    got = sw.query().convert()
    rows = [(b["p"]["value"], b["name"]["value"]) for b in got["results"]["bindings"]]
    with open_store(store_path, read_only=True) as store:
        assert rows == store.query(NAMES).rows
    assert rows
    sw.setMethod(POST)
    assert sw.query().convert() == got


def test_every_saved_query_through_the_endpoint(endpoint, store_path):
    with open_store(store_path, read_only=True) as local, open_store(endpoint=endpoint) as remote:
        for name in list_saved():
            params = {k: PARAMS[k] for k in query_params(name)}
            a, b = run_saved(local, name, params), run_saved(remote, name, params)
            assert a.vars == b.vars and a.rows == b.rows, name
            assert a.rows or name not in ("posts", "persons", "org-members"), name


def test_other_result_formats(endpoint, store_path):
    with open_store(store_path, read_only=True) as store:
        n = len(store.query(NAMES).rows)
    sw = SPARQLWrapper(endpoint)
    sw.setQuery(NAMES)
    sw.setReturnFormat(CSV)
    rows = list(csv.reader(io.StringIO(sw.query().convert().decode("utf-8"))))
    assert rows[0] == ["p", "name"] and len(rows) == n + 1
    sw.setReturnFormat(XML)
    doc = sw.query().convert()  # an xml.dom document
    assert len(doc.getElementsByTagName("result")) == n
    status, ctype, body = http(endpoint + "?" + urllib.parse.urlencode({"query": NAMES}),
                               headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and ctype.startswith("text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?p\t?name"
    status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "ASK { GRAPH ?g { ?s ?p ?o } }"}))
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    sw = SPARQLWrapper(endpoint.replace("/query", "/sparql"))
    sw.setQuery("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s a <https://w3id.org/vnkg/ontology#Event> ; ?p ?o } }")
    sw.setReturnFormat(TURTLE)
    text = sw.query().response.read().decode("utf-8")
    assert "<https://w3id.org/vnkg/ontology#Event>" in text and text.rstrip().endswith(" .")


def test_updates_are_refused_with_403(endpoint, store_path):
    base = endpoint.rsplit("/", 1)[0]
    drop = "DROP ALL"
    cases = [
        (base + "/update", drop.encode(), {"Content-Type": "application/sparql-update"}),
        (endpoint, drop.encode(), {"Content-Type": "application/sparql-update"}),
        (endpoint, urllib.parse.urlencode({"update": drop}).encode(),
         {"Content-Type": "application/x-www-form-urlencoded"}),
        (endpoint + "?" + urllib.parse.urlencode({"update": drop}), None, {}),
        (endpoint, urllib.parse.urlencode({"query": drop}).encode(),
         {"Content-Type": "application/x-www-form-urlencoded"}),
    ]
    for url, data, headers in cases:
        assert http(url, data, headers)[0] == 403, url
    assert http(base + "/store?default", b"<a:b> <a:c> <a:d> .", {"Content-Type": "application/n-triples"},
                method="PUT")[0] == 403
    sw = SPARQLWrapper(endpoint, updateEndpoint=base + "/update")
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <a:b> <a:c> <a:d> }")
    with pytest.raises(Exception, match="403|Forbidden"):
        sw.query()
    with open_store(store_path, read_only=True) as store:
        assert store.stats()["articles"] == 1


def test_bad_requests(endpoint):
    base = endpoint.rsplit("/", 1)[0]
    status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE {"}))
    assert status == 400 and b"invalid" in body
    assert http(endpoint)[0] == 400
    assert http(base + "/nothing")[0] == 404


def test_kg_query_with_endpoint_on_it(endpoint, capsys):
    code = main(["query", "--name", "posts", "--endpoint", endpoint, "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Đỗ Văn Thiện" in out and len(out.splitlines()) >= 4
    code = main(["ingest", str(SAMPLE), "--endpoint", endpoint, "--quiet"])  # read-only: the write fails
    out, err = capsys.readouterr()
    assert code in (0, 1)
    if code == 1:
        assert "403" in err and len(err.strip().splitlines()) == 1


def test_kg_serve_command(store_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_path),
                             "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": NAMES})
        deadline = time.monotonic() + 20
        while True:
            try:
                status, _, body = http(url)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        assert status == 200 and json.loads(body)["results"]["bindings"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "read-only" in proc.stderr.read()
