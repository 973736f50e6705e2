"""Two `kg ingest` processes on one embedded store at once: they take turns (`--wait`), or the
second refuses in one clear line (`--wait 0`); the store is never corrupt and the final graph
equals that of a serial run. Readers work beside a writer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VNTC = ROOT.parent / "shared" / "corpus" / "vntc"
KG = Path(sys.executable).parent / "kg"
ENV = {**os.environ, "KG_STORE": ""}


@pytest.fixture(scope="module", autouse=True)
def frozen_code(tmp_path_factory):
    """Run `kg` from a copy of the package, so that edits to the live source tree made while
    the test runs cannot make two runs differ."""
    snap = tmp_path_factory.mktemp("code")
    shutil.copytree(ROOT / "src" / "kg", snap / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    ENV["PYTHONPATH"] = str(snap)
    yield snap
    ENV.pop("PYTHONPATH", None)


def kg(*argv) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *map(str, argv)], capture_output=True, text=True, check=False, env=ENV)


def start(*argv) -> subprocess.Popen:
    return subprocess.Popen([str(KG), *map(str, argv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=ENV)


def nquads(store: Path) -> set[str]:
    proc = kg("export", "--format", "nq", "--store", store)
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.splitlines())


def wait_until_open(store: Path, proc: subprocess.Popen, seconds: float = 30.0) -> bool:
    """True once ``proc`` has created the store (it holds the lock from then on), False if it ended."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if (store / "CURRENT").exists():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture(scope="module")
def halves(tmp_path_factory):
    base = tmp_path_factory.mktemp("conc")
    files = sorted(VNTC.glob("*/*.txt"))[1::15][:36]
    a, b = base / "a", base / "b"
    a.mkdir()
    b.mkdir()
    for f in files[:24]:
        shutil.copy(f, a / f.name)
    for f in files[18:]:  # six articles in both halves
        shutil.copy(f, b / f.name)
    return a, b


@pytest.fixture(scope="module")
def serial(halves, tmp_path_factory):
    store = tmp_path_factory.mktemp("serial") / "store"
    for half in halves:
        proc = kg("ingest", half, "--store", store, "--quiet")
        assert proc.returncode == 0, proc.stderr
    return nquads(store)


def test_two_writers_take_turns_and_give_the_serial_graph(halves, serial, tmp_path):
    store = tmp_path / "store"
    first = start("ingest", halves[0], "--store", store, "--quiet", "--wait", "60")
    assert wait_until_open(store, first)
    second = start("ingest", halves[1], "--store", store, "--quiet", "--wait", "60")
    reader = kg("stats", "--store", store)  # a reader beside the writer
    out1, err1 = first.communicate(timeout=120)
    out2, err2 = second.communicate(timeout=120)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert reader.returncode == 0, reader.stderr
    assert "articles: 24 (24 added" in out1
    assert "articles: 18 (12 added or replaced, 6 unchanged" in out2  # it waited for the first
    assert kg("validate", "--store", store).returncode == 0
    assert nquads(store) == serial


def test_with_wait_0_the_second_writer_refuses_in_one_line(halves, tmp_path):
    store = tmp_path / "store"
    first = start("ingest", halves[0], "--store", store, "--quiet")
    assert wait_until_open(store, first)
    second = kg("ingest", halves[1], "--store", store, "--quiet", "--wait", "0")
    still_running = first.poll() is None
    _, err1 = first.communicate(timeout=120)
    assert first.returncode == 0, err1
    assert still_running, "the first ingest ended before the second started: make the corpus larger"
    assert second.returncode == 1
    assert second.stdout == ""
    assert second.stderr.splitlines() == [f"kg: store {store} is in use by another kg process"]
    alone = tmp_path / "alone"
    assert kg("ingest", halves[0], "--store", alone, "--quiet").returncode == 0
    assert nquads(store) == nquads(alone)  # the refused run left no trace
    assert kg("validate", "--store", store).returncode == 0


@pytest.mark.slow
def test_a_waiting_writer_gives_up_after_wait_seconds(halves, tmp_path):
    store = tmp_path / "store"
    first = start("ingest", halves[0], "--store", store, "--quiet")
    assert wait_until_open(store, first)
    t0 = time.monotonic()
    second = kg("ingest", halves[1], "--store", store, "--quiet", "--wait", "0.5")
    waited = time.monotonic() - t0
    first_still_running = first.poll() is None
    first.communicate(timeout=120)
    assert first.returncode == 0
    if first_still_running:
        assert second.returncode == 1 and "in use by another kg process" in second.stderr
        assert waited >= 0.5
    assert kg("validate", "--store", store).returncode == 0


HALF_WRITTEN = """PREFIX kg: <https://w3id.org/vnkg/ontology#>
SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?a a kg:Article }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/vnkg/graph/ingest> { ?g kg:articleId ?id } }
}"""


def test_readers_beside_a_writer_see_whole_articles(halves, serial, tmp_path):
    store = tmp_path / "store"
    assert kg("ingest", halves[0], "--store", store, "--quiet").returncode == 0
    writer = start("ingest", halves[1], "--store", store, "--quiet")
    assert wait_until_open(store, writer) or writer.returncode == 0
    seen = 0
    while writer.poll() is None:
        proc = kg("query", HALF_WRITTEN, "--store", store, "--format", "csv")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.splitlines() == ["n", "0"]  # no article graph without its ingest record
        seen += 1
    _, err = writer.communicate()
    assert writer.returncode == 0, err
    assert seen >= 1
    assert nquads(store) == serial
