"""Hostile and broken input through the command line: nothing lost, nobody fooled.

Every input kind (.txt, .html, .jsonl) in every broken form either is read correctly or gives
one error line on stderr naming the file (and line or byte), exit status 1, while the other
inputs of the same run are still extracted and ingested. Also: NFD and modern tone marks give
the same facts as NFC with offsets into the text as given, a 50 MB file, very long lines,
article ids that would escape the output folder, and saved-query parameters that try to
change the query (CLI level; tests/test_queries.py and tests/test_remote.py hold the API ones).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract import extract_article
from kg.io import read_inputs
from kg.io.decode import MAX_ARTICLE_CHARS
from kg.model import Article
from kg.text.clean import normalize

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "data" / "articles" / "tong-cuc-hau-can-so-ket-2023.txt"
SEED = SEED_PATH.read_text(encoding="utf-8")
VNTC = ROOT.parent / "shared" / "corpus" / "vntc" / "chinh-tri-xa-hoi"

VNI = "Ñaïi hoäi Ñaûng laàn thöù XII cuûa Vieät Nam. Ngöôøi lao ñoäng ñöôïc höôûng quyeàn lôïi.\n" * 3
TCVN3 = "§¹i héi §¶ng lÇn thø XII cña ViÖt Nam. Ng\xadêi lao ®éng ®\xadîc h\xadëng quyÒn lîi.\n" * 3
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def cp1258(text: str) -> bytes:
    """Unicode -> Windows-1258 bytes (tone marks as combining characters after the letter)."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258", errors="replace")


def modern_tones(text: str) -> str:
    """The 'modern' tone placement: hòa -> hoà, thủy -> thuỷ, Ủy -> Uỷ (what many sites write)."""
    t = unicodedata.normalize("NFD", text)
    t = re.sub(f"(?<![qQ])([oO])([{_TONES}])([aAeE])(?![^\\W\\d_])", r"\1\3\2", t)
    t = re.sub(f"(?<![qQ])([uU])([{_TONES}])([yY])(?![^\\W\\d_])", r"\1\3\2", t)
    return unicodedata.normalize("NFC", t)


def page(text: str, title: str = "Tin") -> str:
    paras = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            "<script>var s = '<p>Đại tướng Giả Mạo chủ trì</p>'; document.write(s);</script>"
            "<style>p { color: red }</style></head><body><nav><p>Trang chủ</p></nav>"
            f"<article>{paras}</article></body></html>")


def jline(article_id: str, text: str, **extra) -> str:
    return json.dumps({"id": article_id, "text": text, **extra}, ensure_ascii=False)


def facts(result: dict) -> dict:
    """The extraction result without offsets, sentences and local ids: what must not change."""
    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k not in ("start", "end", "text", "source", "id")}
        if isinstance(o, list):
            return [strip(x) for x in o]
        return o
    return strip({k: v for k, v in result.items() if k != "article"})


def spans(result: dict):
    """(kind, expected text or None, span) for every offset the result carries."""
    for p in result["persons"]:
        for m in p.get("mentions", []):
            yield "mention", p["name"], m
        for post in p.get("posts", []):
            if post.get("evidence"):
                yield "evidence", None, post["evidence"]
    for o in result["organizations"]:
        for m in o.get("mentions", []):
            yield "org", None, m
    for d in result["directives"]:
        if d.get("evidence"):
            yield "evidence", None, d["evidence"]
    for e in result["events"]:
        for part in e["participants"]:
            if part.get("evidence"):
                yield "evidence", None, part["evidence"]


def assert_offsets_point_at_the_text(result: dict, raw: str) -> None:
    n = 0
    for kind, name, span in spans(result):
        start, end = span["start"], span["end"]
        assert 0 <= start <= end <= len(raw), (kind, span)
        piece = raw[start:end]
        if kind == "mention":  # the name as written: in full, or the given name alone ("ông Ninh")
            written = " ".join(normalize(piece).casefold().split())
            assert written and f" {written}" in f" {' '.join(name.casefold().split())}", (piece, name)
        elif span.get("text"):
            assert normalize(piece) == span["text"] or normalize(piece) in span["text"], (piece, span["text"])
        n += 1
    assert n > 0


def finishes_within(seconds: float, code: str) -> bool:
    """Whether Python ``code`` (run in a child process, killed when late) finishes within ``seconds``."""
    try:
        subprocess.run([sys.executable, "-c", code], check=True, timeout=seconds, capture_output=True)
    except subprocess.TimeoutExpired:
        return False
    return True


# --- the matrix: every kind in every broken form, in one run ------------------------------------

S1 = SEED
S2 = SEED.replace("Đỗ Văn Thiện", "Phạm Văn Hùng").replace("Lê Tất Cường", "Ngô Đức Long")

GOOD = {  # file -> article ids it must give
    "a-seed.txt": (S1.encode("utf-8"), ["a-seed"]),
    "b-utf16-nobom.txt": (S2.encode("utf-16-le"), ["b-utf16-nobom"]),
    "c-utf16be-nobom.txt": (S2.encode("utf-16-be"), ["c-utf16be-nobom"]),
    "d-nfd.txt": (unicodedata.normalize("NFD", S1).encode("utf-8"), ["d-nfd"]),
    "e-modern-tones.txt": (modern_tones(S1).encode("utf-8"), ["e-modern-tones"]),
    "f-long-line.txt": (((S2.replace("\n", " ") + " ") * 20).encode("utf-8"), ["f-long-line"]),
    "g-crlf-bom.txt": (b"\xef\xbb\xbf" + S1.replace("\n", "\r\n").encode("utf-8"), ["g-crlf-bom"]),
    "h-page.html": (page(S1).encode("utf-8"), ["h-page"]),
    "i-page-utf16-nobom.html": (page(S2).encode("utf-16-le"), ["i-page-utf16-nobom"]),
    "j-page-nfd.htm": (unicodedata.normalize("NFD", page(S1)).encode("utf-8"), ["j-page-nfd"]),
    "k-page-cp1258-declared.html": (cp1258(page(S2).replace("charset='utf-8'", "charset='windows-1258'")),
                                    ["k-page-cp1258-declared"]),
    "l-broken-tags.html": (("<html><body><div><p>Một <b>đậm <i>nghiêng</b></i><p>" + S1.replace("\n", "</p><p>")
                            + "</span></div></div><script>alert('x')</script><![if !x]><a href='x' <p>Bốn"
                            + "<div>" * 3000).encode("utf-8"), ["l-broken-tags"]),
    "m-news.jsonl": (("\n".join([
        jline("m1", S1, title="Tin một", published="2023-07-12"),
        "{not json",
        jline("m3", S2),
        "",
        json.dumps({"id": "m5", "text": S1}),  # ASCII escapes
        "[" * 100_000,  # nested too deeply for Python's JSON parser
        '{"id": "m7", "text": "x", "n": ' + "9" * 5000 + "}",  # an integer Python refuses to convert
        jline("m8", "Trung tướng Đỗ\u0000 Văn Thiện chủ trì hội nghị."),  # NUL as a JSON escape
        jline("m9", VNI),
        jline("a-seed", S2),  # an id a .txt file already gave
        jline("m11", unicodedata.normalize("NFD", S2)),
        jline("m3", S1),  # an id this file already gave
        jline("bad\nid", S1),
        jline("m14", (S1.replace("\n", " ") + " ") * 20),
    ]) + "\n").encode("utf-8"), ["m1", "m3", "m5", "m11", "m14"]),
    "o-cp1258-line.jsonl": ((jline("o1", S2) + "\n").encode("utf-8") + b'{"id": "o2", "text": "'
                            + cp1258(S1[:400].replace("\n", " ")) + b'"}\n', ["o1"]),
    "n-news-utf16-nobom.jsonl": ((jline("n1", S2) + "\r\n" + "{bad\r\n").encode("utf-16-le"), ["n1"]),
}

BAD = {  # file -> (bytes, [(where suffix, message part), ...])
    "t-empty.txt": (b"", [("", "empty article")]),
    "t-blank.txt": (b" \r\n\t\n\xc2\xa0\n", [("", "empty article")]),
    "t-binary.txt": (bytes(range(256)) * 64, [("", "binary or undecodable: NUL byte at byte 0")]),
    "t-nul.txt": (S1.encode("utf-8")[:300] + b"\x00" + S1.encode("utf-8")[300:],
                  [("", "binary or undecodable: NUL byte at byte 300")]),
    "t-controls.txt": (bytes(range(1, 32)) * 50, [("", "binary or undecodable")]),
    "t-invalid-utf8.txt": (S1[:100].encode("utf-8") + b"\xff\xfe\xfa" + S1[100:].encode("utf-8"),
                           [("", (f"binary or undecodable: invalid UTF-8 at byte {len(S1[:100].encode('utf-8'))} "
                                 "(the rest is UTF-8"))]),
    "t-cp1258.txt": (cp1258(S1), [("", "legacy Vietnamese encoding: looks like Windows-1258")]),
    "t-vni-bytes.txt": (VNI.encode("latin-1"), [("", "legacy Vietnamese encoding: looks like VNI-Windows")]),
    "t-tcvn3-bytes.txt": (TCVN3.encode("latin-1"), [("", "legacy Vietnamese encoding: looks like TCVN3")]),
    "t-vni-mojibake.txt": (VNI.encode("utf-8"), [("", "the text looks like VNI-Windows read as Latin-1")]),
    "t-tcvn3-mojibake.txt": (TCVN3.encode("utf-8"), [("", "the text looks like TCVN3 (ABC) read as Latin-1")]),
    "t-cp1258-mojibake.txt": (cp1258(S1).decode("latin-1").encode("utf-8"),
                              [("", "the text looks like Windows-1258 read as Latin-1")]),
    "u-empty.html": (b"", [("", "empty article")]),
    "u-blank.html": (b"  \n\n ", [("", "empty article")]),
    "u-binary.html": (bytes(range(256)) * 64, [("", "binary or undecodable")]),
    "u-nul.html": (page(S1).encode("utf-8").replace(b"<article>", b"<article>\x00"),
                   [("", "binary or undecodable: NUL byte at byte")]),
    "u-scripts-only.html": (b"<html><head><script>var a = '<p>" + S1.encode("utf-8")[:200]
                            + b"</p>';</script></head><body><nav>menu</nav></body></html>",
                            [("", "empty article (no main text found in the page)")]),
    "u-cp1258-undeclared.html": (b"<html><body><p>" + cp1258(S1) + b"</p></body></html>",
                                 [("", "legacy Vietnamese encoding: looks like Windows-1258")]),
    "u-vni.html": (b"<html><body><p>" + VNI.encode("utf-8") + b"</p></body></html>",
                   [("", "VNI-Windows")]),
    "u-tcvn3.html": (b"<html><body><p>" + TCVN3.encode("latin-1") + b"</p></body></html>", [("", "TCVN3")]),
    "v-empty.jsonl": (b"", [("", "empty file: no articles")]),
    "v-blank.jsonl": (b"\n  \n\t\n", [("", "empty file: no articles")]),
    "v-binary.jsonl": (bytes(range(256)) * 64, [("", "binary or undecodable: NUL byte at byte 0")]),
}
M = "m-news.jsonl"
BAD_LINES = [  # errors inside good files: (file, where suffix, message part)
    (M, ":2", "not valid JSON"),
    (M, ":6", "not valid JSON: nested too deeply"),
    (M, ":7", "not valid JSON"),
    (M, ":8", "binary or undecodable: NUL character"),
    (M, ":9", "VNI-Windows"),
    (M, ":10", "duplicate article id 'a-seed'"),
    (M, ":12", "duplicate article id 'm3'"),
    (M, ":13", "field 'id' holds control characters"),
    ("n-news-utf16-nobom.jsonl", ":2", "not valid JSON"),
    ("o-cp1258-line.jsonl", ":2", "legacy Vietnamese encoding: looks like Windows-1258"),
    ("z-dup/a-seed.txt", "", "duplicate article id 'a-seed'"),
    ("z-dup/h-page.txt", "", "duplicate article id 'h-page'"),
]


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    for name, (data, _) in {**GOOD, **BAD}.items():
        (folder / name).write_bytes(data)
    (folder / "z-dup").mkdir()
    (folder / "z-dup" / "a-seed.txt").write_text(S2, encoding="utf-8")  # same id as a-seed.txt
    (folder / "z-dup" / "h-page.txt").write_text(S2, encoding="utf-8")  # same id as h-page.html
    return folder


def expected_ids() -> set[str]:
    return {i for _, ids in GOOD.values() for i in ids}


def expected_errors(folder: Path) -> dict[str, str]:
    out = {}
    for name, (_, wanted) in BAD.items():
        for suffix, part in wanted:
            out[f"{folder / name}{suffix}"] = part
    for name, suffix, part in BAD_LINES:
        out[f"{folder / name}{suffix}"] = part
    return out


def check_errors(err: str, folder: Path) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    wanted = expected_errors(folder)
    got = {}
    for line in lines:
        assert line.startswith("kg: "), line
        where = line[4:].split(": ", 1)[0]
        assert where not in got, f"two errors for {where}"
        got[where] = line
    assert set(got) == set(wanted), (sorted(set(got) ^ set(wanted)))
    for where, part in wanted.items():
        assert part in got[where], (where, got[where])


def test_the_input_matrix_through_kg_extract(matrix, tmp_path, capsys):
    out = tmp_path / "out"
    code, _, err = run(capsys, "extract", matrix, "--out", out)
    assert code == 1
    check_errors(err, matrix)
    written = {p.stem for p in out.glob("*.json")}
    assert written == expected_ids()
    for ident in written:
        doc = json.loads((out / f"{ident}.json").read_text(encoding="utf-8"))
        assert doc["article"]["id"] == ident
        names = {p["name"] for p in doc["persons"]}
        assert names & {"Đỗ Văn Thiện", "Phạm Văn Hùng"}, (ident, names)
    # script text is never article text
    page_doc = json.loads((out / "h-page.json").read_text(encoding="utf-8"))
    assert "Giả Mạo" not in json.dumps(page_doc, ensure_ascii=False)


def test_the_input_matrix_through_kg_ingest(matrix, tmp_path, capsys):
    store = tmp_path / "store"
    code, out, err = run(capsys, "ingest", matrix, "--store", store, "--quiet")
    assert code == 1
    check_errors(err, matrix)
    assert f"articles: {len(expected_ids())} " in out
    code, out, _ = run(capsys, "query", "SELECT ?id WHERE { GRAPH <https://w3id.org/vnkg/graph/ingest> "
                       "{ ?g <https://w3id.org/vnkg/ontology#articleId> ?id } }", "--store", store, "--format", "csv")
    assert code == 0
    assert set(out.splitlines()[1:]) == expected_ids()
    assert run(capsys, "validate", "--store", store)[0] == 0
    before = run(capsys, "export", "--format", "nq", "--store", store)[1]
    code, out, err = run(capsys, "ingest", matrix, "--store", store, "--quiet")  # again: the same errors, no change
    assert code == 1 and "(+0)" in out
    check_errors(err, matrix)
    assert run(capsys, "export", "--format", "nq", "--store", store)[1] == before


def test_each_input_kind_alone_in_each_broken_form(tmp_path, capsys):
    """A broken file named alone: exactly one line naming it, exit 1, nothing written."""
    for name, (data, wanted) in BAD.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, out, err = run(capsys, "extract", path)
        lines = err.splitlines()
        assert code == 1 and out == "", name
        assert len(lines) == len(wanted) == 1 and lines[0].startswith(f"kg: {path}"), (name, lines)
        assert wanted[0][1] in lines[0], (name, lines)


# --- the same facts from NFC, NFD and mixed tone marks, offsets into the text as given -----------

def _variants(text: str) -> dict[str, str]:
    modern = modern_tones(text)
    return {
        "nfd": unicodedata.normalize("NFD", text),
        "modern": modern,
        "nfd-modern": unicodedata.normalize("NFD", modern),
        # some words one way, some the other: a line modern, the next one traditional
        "mixed": "\n".join(m if i % 2 else t for i, (t, m) in enumerate(zip(text.split("\n"), modern.split("\n"),
                                                                                 strict=True))),
        "crlf": text.replace("\n", "\r\n"),
        "nbsp-entities": text.replace("Hậu cần", "Hậu&nbsp;cần"),
    }


def _vntc_texts(n: int) -> list[Article]:
    out = []
    for item in read_inputs(sorted(VNTC.glob("*.txt"))[:n]):
        if isinstance(item, Article):
            out.append(item)
    return out


@pytest.mark.parametrize("variant", list(_variants("x")))
def test_normalisation_variants_give_the_same_facts(variant):
    articles = [Article("seed", SEED)] + _vntc_texts(6)
    for base in articles:
        reference = extract_article(base)
        text = _variants(base.text)[variant]
        result = extract_article(Article(base.id, text))
        assert facts(result) == facts(reference), (variant, base.id)
        if result["persons"]:
            assert_offsets_point_at_the_text(result, text)


def test_nfd_offsets_count_the_input_characters():
    text = unicodedata.normalize("NFD", SEED)
    assert len(text) > len(SEED)
    result = extract_article(Article("nfd", text))
    thien = next(p for p in result["persons"] if p["name"] == "Đỗ Văn Thiện")
    first = thien["mentions"][0]
    assert text[first["start"]:first["end"]] == unicodedata.normalize("NFD", "Đỗ Văn Thiện")
    assert_offsets_point_at_the_text(result, text)


def test_html_offsets_count_the_extracted_main_text(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(unicodedata.normalize("NFD", page(SEED)), encoding="utf-8")
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article)
    result = extract_article(article)
    assert {p["name"] for p in result["persons"]} >= {"Đỗ Văn Thiện", "Lê Tất Cường"}
    assert_offsets_point_at_the_text(result, article.text)


# --- big files and long lines -------------------------------------------------------------------

@pytest.mark.slow
def test_a_50_mb_file_of_each_kind_is_refused_in_one_line_and_the_rest_goes_on(tmp_path, capsys):
    folder = tmp_path / "big"
    folder.mkdir()
    reps = 50 * 1024 * 1024 // len(SEED.encode("utf-8")) + 1
    with open(folder / "big.txt", "w", encoding="utf-8") as f:
        f.writelines(SEED for _ in range(reps))
    with open(folder / "big.html", "w", encoding="utf-8") as f:
        f.write("<html><body><article>")
        f.writelines("<p>" + SEED.replace("\n", "</p><p>") + "</p>" for _ in range(reps))
        f.write("</article></body></html>")
    with open(folder / "big.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "huge", "text": SEED * reps}, ensure_ascii=False) + "\n")
        f.write(jline("after-huge", SEED) + "\n")
    (folder / "small.txt").write_text(S2, encoding="utf-8")
    assert (folder / "big.txt").stat().st_size > 50 * 1024 * 1024
    code, out, err = run(capsys, "ingest", folder, "--store", tmp_path / "s", "--quiet")
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 3, lines
    assert lines[0].startswith(f"kg: {folder / 'big.html'}: article too large")
    assert lines[1].startswith(f"kg: {folder / 'big.jsonl'}:1: article too large")
    assert lines[2].startswith(f"kg: {folder / 'big.txt'}: article too large")
    assert f"{MAX_ARTICLE_CHARS:,}" in lines[2]
    assert "articles: 2 (2 added" in out


def test_files_above_the_size_limit_are_refused_before_reading(tmp_path, capsys, monkeypatch):
    import kg.io

    monkeypatch.setattr(kg.io, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.html"
    big.write_bytes(page(SEED).encode("utf-8"))
    small = tmp_path / "small.txt"
    small.write_text(SEED[:600], encoding="utf-8")
    code, _, err = run(capsys, "extract", big, small, "--out", tmp_path / "out")
    assert code == 1
    assert err.splitlines() == [(f"kg: {big}: file too large: {big.stat().st_size:,} bytes (kg reads .txt and .html "
                                 "files of at most 1,000 bytes; give a corpus as JSONL)")]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["small.json"]


def test_very_long_lines_are_read_with_offsets(tmp_path, capsys):
    line = (SEED.replace("\n", " ") + " ") * 30  # ~110,000 characters, no line break
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    code, out, err = run(capsys, "extract", path)
    assert code == 0, err
    result = json.loads(out)
    thien = next(p for p in result["persons"] if p["name"] == "Đỗ Văn Thiện")
    assert len(thien["mentions"]) >= 30
    assert_offsets_point_at_the_text(result, line)


@pytest.mark.slow
def test_sentence_splitting_is_linear_in_the_line_length():
    code = ("from pathlib import Path; from kg.text import split_sentences; "
            f"seed = Path({str(SEED_PATH)!r}).read_text(encoding='utf-8'); "
            "line = (seed.replace('\\n', ' ') + ' ') * 100; "  # ~370,000 characters, ~1,900 sentences
            "assert len(split_sentences(line)) > 1500")
    assert finishes_within(4, code)  # about 0.02 s (plus start-up) when linear; a minute when quadratic


@pytest.mark.slow
def test_a_long_sentence_with_many_directive_verbs_is_not_quadratic():
    code = ("from kg.extract import extract_article; from kg.model import Article; "
            "extract_article(Article('verbs', 'Đồng chí yêu cầu các cơ quan ' * 8000))")  # 232,000 characters
    assert finishes_within(10, code)  # about 2 s when linear, 20 s and more when quadratic


# --- ids that would leave the output folder -----------------------------------------------------

def test_jsonl_ids_cannot_write_outside_the_output_folder(tmp_path, capsys):
    src = tmp_path / "ids.jsonl"
    ids = ["../../escaped", "/abs/path", "a\\b", ".hidden", "50%", "x" * 300, "ok-id"]
    src.write_text("\n".join(jline(i, SEED) for i in ids) + "\n", encoding="utf-8")
    out = tmp_path / "deep" / "out"
    code, _, err = run(capsys, "extract", src, "--out", out)
    assert code == 1  # the 300-character id cannot be a file name
    lines = err.splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and "File name too long" in lines[0]
    assert sorted(p.name for p in tmp_path.rglob("*.json")) == sorted(
        ["%2E.%2F..%2Fescaped.json", "%2Fabs%2Fpath.json", "a%5Cb.json", "%2Ehidden.json", "50%25.json",
         "ok-id.json"])
    assert all(p.parent == out for p in tmp_path.rglob("*.json"))
    doc = json.loads((out / "%2E.%2F..%2Fescaped.json").read_text(encoding="utf-8"))
    assert doc["article"]["id"] == "../../escaped"


def test_out_that_is_a_file_is_one_line(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    code, _, err = run(capsys, "extract", SEED_PATH, "--out", target / "sub")
    assert code == 1 and len(err.splitlines()) == 1 and str(target) in err


def test_an_extractor_crash_is_reported_and_the_other_inputs_go_on(tmp_path, capsys, monkeypatch):
    import kg.extract
    import kg.ingest

    real = kg.extract.extract_article

    def flaky(article):
        if article.id == "boom":
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(kg.extract, "extract_article", flaky)
    monkeypatch.setattr(kg.ingest, "extract_article", flaky)
    src = tmp_path / "two.jsonl"
    src.write_text(jline("boom", SEED) + "\n" + jline("fine", SEED) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", src, "--out", tmp_path / "out")
    assert code == 1
    assert err.splitlines() == [f"kg: {src}: extraction failed: IndexError: list index out of range"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["fine.json"]
    code, out, err = run(capsys, "ingest", src, "--store", tmp_path / "s", "--quiet")
    assert code == 1 and "extraction failed" in err and "articles: 2 (1 added" in out


# --- saved-query parameters that try to change the query (CLI, embedded store) ------------------

HOSTILE_VALUES = [
    '"', "'", '"""', "'''", "\\", "\\\\", "\\u0022", "#", "# } UNION { ?s ?p ?o }",
    "} UNION { GRAPH ?g { ?s ?p ?o } }", "{", "}", "{}", "}}}}", "x\n} UNION {\n?s ?p ?o\n#",
    'x"@en', 'x"^^<http://www.w3.org/2001/XMLSchema#string>', "<http://example.org/x>", "?org_key",
    "$org_text", "); DROP ALL; #", "\" . } ; CLEAR ALL ; INSERT DATA { <a:b> <a:c> <a:d> } #",
    "\r\n", "\t", "=", "a=b=c", "" , " ", "\u202e", "\x00", "\ud7ff\ue000\ufffd", "x" * 10_000,
]
PARAMETRISED = {"org-members": ["org"], "person-timeline": ["name"], "post-holders": ["title", "org"]}
LEGIT = {"org": "tong cuc hau can", "name": "do van thien", "title": "Chính ủy"}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("inj") / "store"
    assert main(["ingest", str(SEED_PATH), "--store", str(path), "--quiet"]) == 0
    return path


def _nq(capsys, store) -> list[str]:
    code, out, _ = run(capsys, "export", "--format", "nq", "--store", store)
    assert code == 0
    return sorted(out.splitlines())


def test_hostile_parameter_values_are_only_strings(seed_store, capsys):
    before = _nq(capsys, seed_store)
    for name, keys in PARAMETRISED.items():
        code, out, err = run(capsys, "query", "--name", name, *[x for k in keys for x in ("--param", f"{k}={LEGIT[k]}")],
                             "--store", seed_store, "--format", "json")
        assert code == 0, err
        assert json.loads(out)["results"]["bindings"], name  # the legitimate value finds rows
        for value in HOSTILE_VALUES:
            for hostile in keys:  # one hostile parameter, the others legitimate
                params = [x for k in keys for x in ("--param", f"{k}={value if k == hostile else LEGIT[k]}")]
                code, out, err = run(capsys, "query", "--name", name, *params, "--store", seed_store,
                                     "--format", "json")
                assert code == 0, (name, value, err)
                rows = json.loads(out)["results"]["bindings"]
                assert rows == [], (name, hostile, value, rows[:1])
    assert _nq(capsys, seed_store) == before  # and nothing was written


def test_a_legitimate_value_with_a_hostile_tail_finds_no_more_than_the_value(seed_store, capsys):
    def rows(value):
        code, out, err = run(capsys, "query", "--name", "org-members", "--param", f"org={value}",
                             "--store", seed_store, "--format", "csv")
        assert code == 0, err
        return out.splitlines()[1:]

    clean = rows("Tổng cục Hậu cần")
    assert len(clean) == 3
    for tail in ('" } UNION { GRAPH ?g { ?person ?p ?name } } #', "\n} UNION {\n", "\\\" #", "'}"):
        assert rows("Tổng cục Hậu cần" + tail) in (clean, [])


@pytest.mark.parametrize("pair, message", [
    ("org} UNION {=x", "no parameter"),
    ("?org_key=x", "no parameter"),
    ("org", "KEY=VALUE"),
])
def test_hostile_parameter_names_are_usage_errors(seed_store, capsys, pair, message):
    code, out, err = run(capsys, "query", "--name", "org-members", "--param", pair, "--store", seed_store)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err


# --- the remote store's textual substitution is as safe as Oxigraph's own -----------------------

@pytest.fixture(scope="module")
def embedded_seed(seed_store):
    from kg.store import open_store

    store = open_store(seed_store, read_only=True)
    yield store
    store.close()


def test_remote_substitution_gives_the_embedded_rows_for_any_value(embedded_seed):
    """kg.store.remote binds parameters by rewriting the query text; for every value (hostile ones,
    and Hypothesis' random strings) the rewritten text run by Oxigraph gives exactly the rows of
    Oxigraph's own substitution."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from rdflib import Literal

    from kg.queries import saved_query
    from kg.rdf import name_key
    from kg.store.remote import substitute

    def same_rows(name: str, key: str, value: str) -> None:
        sparql = saved_query(name)
        params = {k: (value if k == key else LEGIT[k]) for k in PARAMETRISED[name]}
        bindings = {}
        for k, v in params.items():
            if f"?{k}_text" in sparql:
                bindings[f"{k}_text"] = Literal(v)
            if f"?{k}_key" in sparql:
                bindings[f"{k}_key"] = Literal(name_key(v))
        expected = embedded_seed.query(sparql, bindings)
        rewritten = embedded_seed.query(substitute(sparql, bindings))
        assert rewritten.rows == expected.rows, (name, key, value)

    for name, keys in PARAMETRISED.items():
        for key in keys:
            for value in [*HOSTILE_VALUES, LEGIT[key]]:
                same_rows(name, key, value)

    @settings(max_examples=150, deadline=None, derandomize=True)
    @given(st.sampled_from(sorted(PARAMETRISED)), st.text(alphabet=st.sampled_from('"\'\\{}#?$<>()\n\r .;@^_-=xX')
                                                          | st.characters(), max_size=40))
    def prop(name, value):
        same_rows(name, PARAMETRISED[name][0], value)

    prop()
