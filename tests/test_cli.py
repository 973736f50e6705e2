"""The command line as users and outside scripts call it (shared/spec/cli.md)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "data" / "articles"
SEED_ID = "tong-cuc-hau-can-so-ket-2023"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def store(tmp_path, capsys):
    path = tmp_path / "store"
    code, _, err = run(capsys, "ingest", SAMPLE, "--store", path, "--quiet")
    assert code == 0, err
    return path


def test_ingest_prints_a_summary_and_query_lists_roles(store, capsys):
    code, out, _ = run(capsys, "query", "--name", "event-roles", "--store", store, "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("event,kind,person,name,role,article")
    rows = {(r.split(",")[3], r.split(",")[4]) for r in lines[1:]}
    assert ("Đỗ Văn Thiện", "chair") in rows
    assert ("Lê Tất Cường", "presenter") in rows


def test_posts_query_lists_the_three_posts(store, capsys):
    code, out, _ = run(capsys, "query", "--name", "posts", "--store", store, "--format", "json")
    assert code == 0
    rows = json.loads(out)["results"]["bindings"]
    posts = {(r["name"]["value"], r["title"]["value"], r["org"]["value"], r["status"]["value"]) for r in rows}
    assert posts == {
        ("Đỗ Văn Thiện", "Bí thư Đảng ủy", "Tổng cục Hậu cần", "current"),
        ("Đỗ Văn Thiện", "Chính ủy", "Tổng cục Hậu cần", "current"),
        ("Lê Tất Cường", "Chủ nhiệm Chính trị", "Tổng cục Hậu cần", "current"),
    }


def test_reingest_adds_nothing_and_validate_passes(store, capsys):
    code, out, _ = run(capsys, "ingest", SAMPLE, "--store", store, "--quiet")
    assert code == 0
    assert "triples:" in out and "(+0)" in out
    assert "1 unchanged" in out
    code, out, _ = run(capsys, "validate", "--store", store)
    assert code == 0, out


@pytest.mark.parametrize("make", ["empty", "binary", "missing"])
def test_bad_input_one_line_error_exit_1_store_unchanged(store, tmp_path, capsys, make):
    before = run(capsys, "export", "--format", "nq", "--store", store)[1]
    bad = tmp_path / f"bad-{make}.txt"
    if make == "empty":
        bad.write_bytes(b"")
    elif make == "binary":
        bad.write_bytes(bytes(range(256)) * 4)
    code, _, err = run(capsys, "ingest", bad, "--store", store, "--quiet")
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and bad.name in lines[0]
    after = run(capsys, "export", "--format", "nq", "--store", store)[1]
    assert sorted(after.splitlines()) == sorted(before.splitlines())


def test_bad_input_beside_good_input_still_ingests_the_good(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE / f"{SEED_ID}.txt", folder)
    (folder / "empty.txt").write_text("   \n")
    code, out, err = run(capsys, "ingest", folder, "--store", tmp_path / "s", "--quiet")
    assert code == 1
    assert "empty.txt" in err
    assert "articles: 1" in out


def test_extract_single_article_prints_json(capsys):
    code, out, _ = run(capsys, "extract", SAMPLE / f"{SEED_ID}.txt")
    assert code == 0
    doc = json.loads(out)
    assert doc["article"]["id"] == SEED_ID
    assert [p["name"] for p in doc["persons"]] == ["Đỗ Văn Thiện", "Lê Tất Cường"]


def test_eval_on_the_seed_gold_is_perfect(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(SHARED / "gold" / f"{SEED_ID}.json", gold)
    code, out, _ = run(capsys, "eval", gold, SAMPLE, "--json")
    assert code == 0
    scores = json.loads(out)["scores"]
    for kind in ("persons", "ranks", "posts", "posts_org", "posts_status", "organizations", "event_roles",
                 "directives", "addressees", "authors"):
        assert scores[kind]["f1"] == 1.0, kind
    assert scores["tasks"]["f1"] >= 0.85


def test_eval_lists_the_facts_it_got_wrong(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    doc = json.loads((SHARED / "gold" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    doc["persons"].append({"id": "px", "name": "Hà Văn Khuyết", "rank": None, "honorifics": [], "posts": [],
                           "mentions": []})
    (gold / f"{SEED_ID}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "eval", gold, SAMPLE, "--errors", "persons,posts")
    assert code == 0
    assert out.splitlines()[-1].split("\t")[:3] == [SEED_ID, "persons", "missed"]
    code, out, _ = run(capsys, "eval", gold, SAMPLE, "--errors", "persons", "--json")
    assert [e["error"] for e in json.loads(out)["errors"]] == ["missed"]
    code, _, err = run(capsys, "eval", gold, SAMPLE, "--errors", "people")
    assert code == 1 and "people" in err


def test_eval_names_gold_articles_without_text(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(SHARED / "gold" / "xh-nld-4257.json", gold)
    code, _, err = run(capsys, "eval", gold, SAMPLE)
    assert code == 1 and "xh-nld-4257" in err


def test_usage_errors_exit_2(capsys, tmp_path):
    assert run(capsys, "query", "--store", tmp_path)[0] == 2
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2


def test_query_param_is_bound_not_spliced(store, capsys):
    hostile = 'x" } UNION { ?s ?p ?o } #\n'
    code, out, err = run(capsys, "query", "--name", "org-members", "--param", f"org={hostile}",
                         "--store", store, "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[1:] == []


def test_console_script_runs(tmp_path):
    kg = Path(sys.executable).parent / "kg"
    proc = subprocess.run([str(kg), "extract", str(tmp_path / "nope.txt")], capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "nope.txt" in proc.stderr


def test_eval_lists_missed_and_extra_tasks(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    doc = json.loads((SHARED / "gold" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    directive = doc["directives"][0]
    directive["tasks"].append("trồng thêm mười nghìn cây xanh ven sông")
    (gold / f"{SEED_ID}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "eval", gold, SAMPLE, "--errors", "tasks", "--json")
    assert code == 0
    missed = [e for e in json.loads(out)["errors"] if e["error"] == "missed"]
    assert missed[-1]["kind"] == "tasks"
    assert missed[-1]["fact"][1] == "trồng thêm mười nghìn cây xanh ven sông"
