"""`kg ingest --jobs N`: extraction in N processes, one writer, the same store as --jobs 1."""

from pathlib import Path

import pytest
from helpers import mixed_corpus

import kg.ingest
from kg.cli import main
from kg.ingest import ingest
from kg.store.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """30 VNTC articles, the sample, and one bad input among them."""
    return mixed_corpus(tmp_path_factory.mktemp("corpus"), 30)


def nq_lines(capsys, store):
    assert main(["export", "--format", "nq", "--store", str(store)]) == 0
    return set(capsys.readouterr().out.splitlines())


def test_jobs_give_the_same_store_through_the_cli(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(kg.ingest, "BATCH_PER_JOB", 4)  # several batches in flight
    outs = {}
    for jobs in (1, 2):
        store = tmp_path / f"store-{jobs}"
        code = main(["ingest", str(corpus), "--store", str(store), "--jobs", str(jobs), "--quiet"])
        out, err = capsys.readouterr()
        assert code == 1  # the empty file
        assert err.count("m-empty.txt") == 1
        outs[jobs] = [line for line in out.splitlines() if not line.startswith("seconds")]
    assert outs[1] == outs[2]
    assert "articles: 31 (31 added or replaced, 0 unchanged, 1 failed)" in outs[1][0]
    assert nq_lines(capsys, tmp_path / "store-1") == nq_lines(capsys, tmp_path / "store-2")
    code = main(["ingest", str(corpus), "--store", str(tmp_path / "store-2"), "--jobs", "2", "--quiet"])
    assert code == 1 and "(+0)" in capsys.readouterr().out


def test_input_order_and_errors_are_kept(corpus, monkeypatch):
    monkeypatch.setattr(kg.ingest, "BATCH_PER_JOB", 3)
    order = {}
    for jobs in (1, 3):
        store = EmbeddedStore(None)
        written = []
        put = store.put_article
        store.put_article = lambda aid, h, q, put=put, written=written: (written.append(aid), put(aid, h, q))[1]
        errors = []
        summary = ingest([str(corpus)], store, progress=False, jobs=jobs, on_error=errors.append)
        order[jobs] = (written, errors, summary.added, summary.failed)
    assert order[1] == order[3]
    assert order[1][0] == sorted(order[1][0])  # the inputs' (sorted) order


def test_default_jobs_is_the_cores():
    assert kg.ingest.default_jobs() >= 1
