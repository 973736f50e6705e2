"""`kg ingest/extract --dask ADDR`: extraction on a Dask cluster (a scheduler and two worker
processes on loopback) gives the same store and the same JSON as the local path.

Skipped when dask.distributed is not installed, unless KG_REQUIRE_DASK=1 (CI sets it).
"""

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from helpers import mixed_corpus

from kg.cli import main
from kg.io import read_inputs
from kg.model import Article, InputError

ROOT = Path(__file__).resolve().parents[1]

HAVE_DASK = importlib.util.find_spec("distributed") is not None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """24 VNTC articles, the sample, and one bad input among them."""
    return mixed_corpus(tmp_path_factory.mktemp("corpus"), 24)


@pytest.fixture(scope="module")
def scheduler():
    """The address of a local cluster: a scheduler and two single-threaded worker processes."""
    if not HAVE_DASK:
        if os.environ.get("KG_REQUIRE_DASK") == "1":
            pytest.fail("KG_REQUIRE_DASK=1 but dask.distributed is not installed (pip install -e '.[test]')")
        pytest.skip("dask.distributed not installed (pip install 'kg[dask]'); set KG_REQUIRE_DASK=1 to fail instead")
    import distributed

    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0",
                                  ) as cluster:
        yield cluster.scheduler_address


def nq_lines(capsys, store) -> list[str]:
    assert main(["export", "--format", "nq", "--store", str(store)]) == 0
    return sorted(capsys.readouterr().out.splitlines())


def test_ingest_on_dask_gives_the_same_store(corpus, scheduler, tmp_path, capsys):
    outs = {}
    for name, extra in (("local", ["--jobs", "1"]), ("dask", ["--dask", scheduler])):
        code = main(["ingest", str(corpus), "--store", str(tmp_path / name), "--quiet", *extra])
        out, err = capsys.readouterr()
        assert code == 1, err  # the empty file
        assert err.count("m-empty.txt") == 1
        outs[name] = [line for line in out.splitlines() if not line.startswith("seconds")]
    assert outs["local"] == outs["dask"]
    assert "articles: 25 (25 added or replaced, 0 unchanged, 1 failed)" in outs["dask"][0]
    assert nq_lines(capsys, tmp_path / "local") == nq_lines(capsys, tmp_path / "dask")
    # again: nothing to extract, nothing added
    code = main(["ingest", str(corpus), "--store", str(tmp_path / "dask"), "--quiet", "--dask", scheduler])
    out = capsys.readouterr().out
    assert code == 1 and "(+0)" in out and "25 unchanged" in out


def test_extract_on_dask_gives_the_same_json(corpus, scheduler, tmp_path, capsys):
    errs = {}
    for name, extra in (("local", []), ("dask", ["--dask", scheduler])):
        code = main(["extract", str(corpus), "--out", str(tmp_path / name), *extra])
        errs[name] = capsys.readouterr().err
        assert code == 1
    assert errs["local"] == errs["dask"] and "m-empty.txt" in errs["dask"]
    local = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert len(local) == 25
    assert local == sorted(p.name for p in (tmp_path / "dask").iterdir())
    for name in local:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_nquads_shards_hold_the_article_graphs(corpus, scheduler, tmp_path, capsys):
    import pyoxigraph as ox

    store = tmp_path / "store"
    assert main(["ingest", str(corpus), "--store", str(store), "--jobs", "1", "--quiet"]) == 1
    capsys.readouterr()
    exported = set(ox.parse("\n".join(nq_lines(capsys, store)), format=ox.RdfFormat.N_QUADS))
    out = tmp_path / "nq"
    code = main(["extract", str(corpus), "--dask", scheduler, "--nquads-out", str(out), "--shard-size", "10"])
    assert code == 1 and "m-empty.txt" in capsys.readouterr().err
    files = sorted(out.iterdir())
    assert [f.name for f in files] == ["shard-00000.nq", "shard-00001.nq", "shard-00002.nq"]
    shards = set()
    for f in files:
        shards |= set(ox.parse(path=str(f), format=ox.RdfFormat.N_QUADS))
    assert shards <= exported
    graphs = {q.graph_name.value for q in exported - shards}  # what only a store has
    assert all(g.rsplit("/", 1)[1] in ("resolution", "lexicon", "ontology", "ingest") for g in graphs), graphs


def test_input_order_with_small_shards(corpus, scheduler):
    from kg.distributed import extract_with_dask

    expected = [(x.id if isinstance(x, Article) else str(x)) for x in read_inputs([corpus])]
    got = []
    for item, ok, payload in extract_with_dask([corpus], scheduler, shard_size=3, in_flight=2, kind="results"):
        if isinstance(item, InputError):
            assert not ok and payload == str(item)
            got.append(payload)
        else:
            assert ok and payload["article"]["id"] == item.id
            got.append(item.id)
    assert got == expected


def test_missing_dask_is_one_line_naming_the_extra(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    for argv in (["ingest", str(corpus), "--store", str(tmp_path / "s"), "--dask", "tcp://127.0.0.1:1"],
                 ["extract", str(corpus), "--dask", "tcp://127.0.0.1:1"]):
        assert main(argv) == 1
        _out, err = capsys.readouterr()
        assert err.count("\n") == 1 and "pip install 'kg[dask]'" in err, err
    assert not (tmp_path / "s").exists()  # checked before the store is made


def test_nquads_out_needs_dask(corpus, tmp_path, capsys):
    assert main(["extract", str(corpus), "--nquads-out", str(tmp_path / "nq")]) == 2
    assert "--dask" in capsys.readouterr().err
