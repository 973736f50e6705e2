"""kg.io.read_inputs: the reading stage (txt, html, jsonl; directories; every bad input reported once)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kg.io import read_inputs
from kg.io.decode import decode_bytes, legacy_encoding, sniff_utf16
from kg.io.htmlpage import iso_date, parse_html
from kg.model import Article, InputError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "tong-cuc-hau-can-so-ket-2023.txt"
VNTC = Path(__file__).parents[2] / "shared" / "corpus" / "vntc" / "chinh-tri-xa-hoi" / "xh-nld-4257.txt"

VI = "Trung tướng Đỗ Văn Thiện chủ trì hội nghị. Người lao động được hưởng quyền lợi.\n"
VNI = "Ñaïi hoäi Ñaûng laàn thöù XII cuûa Vieät Nam. Ngöôøi lao ñoäng ñöôïc höôûng quyeàn lôïi.\n"
TCVN3 = "§¹i héi §¶ng lÇn thø XII cña ViÖt Nam. Ng\xadêi lao ®éng ®\xadîc h\xadëng quyÒn lîi.\n"


def cp1258(text: str) -> bytes:
    """Unicode -> Windows-1258 bytes (tone marks as separate combining characters, as the code page has them)."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- .txt -----------------------------------------------------------------------------------------


def test_seed_article_reads_exactly():
    [article] = list(read_inputs([str(SEED)]))
    assert isinstance(article, Article)
    assert article.id == "tong-cuc-hau-can-so-ket-2023"
    assert article.text == SEED.read_bytes().decode("utf-8")
    assert article.text.startswith("leftcenterrightdel\n\nTrung tướng Đỗ Văn Thiện")
    assert article.source == str(SEED)
    assert article.url is article.title is article.published is None


def test_vntc_utf16_file_decodes_after_the_bom_and_keeps_crlf():
    data = VNTC.read_bytes()
    assert data[:2] == b"\xff\xfe"
    [article] = list(read_inputs([VNTC]))
    assert isinstance(article, Article)
    assert article.id == "xh-nld-4257"
    assert article.text == data[2:].decode("utf-16-le")
    with open(VNTC, encoding="utf-16", newline="") as stream:
        assert article.text == stream.read()
    assert not article.text.startswith("\ufeff")  # offset 0 is the first character after the BOM
    assert article.text.startswith(" Tập trung")
    assert "\r\n" in article.text
    assert article.source == str(VNTC)


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + VI.encode("utf-8"),
    b"\xff\xfe" + VI.encode("utf-16-le"),
    b"\xfe\xff" + VI.encode("utf-16-be"),
    VI.encode("utf-16-le"),  # no BOM: the NUL bytes give it away
    VI.encode("utf-16-be"),
    VI.encode("utf-8"),
], ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf8"])
def test_txt_encodings(tmp_path, data):
    path = write(tmp_path / "a.txt", data)
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article), article
    assert article.text == VI


def test_crlf_and_other_characters_are_kept_exactly(tmp_path):
    text = "Dòng một\r\nDòng hai\r\n\r\nĐoạn\u00a0ba\rcuối\n"
    path = write(tmp_path / "crlf.txt", text)
    [article] = list(read_inputs([path]))
    assert article.text == text
    assert article.text.index("Dòng hai") == len("Dòng một\r\n")  # '\r\n' counts two characters


@pytest.mark.parametrize("name, data, expected", [
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary or undecodable: NUL byte at byte 8"),
    ("bad.txt", b"abc\xff\xfe\x80 def", "binary or undecodable: invalid UTF-8 at byte 3"),
    ("odd16.txt", b"\xff\xfeA\x00B", "binary or undecodable: invalid UTF-16 at byte 4"),
    ("empty.txt", b"", "empty article"),
    ("blank.txt", b" \r\n\t\r\n\xc2\xa0\n", "empty article"),
    ("bom-only.txt", b"\xef\xbb\xbf", "empty article"),
    ("cp1258.txt", cp1258(VI * 3), "legacy Vietnamese encoding: looks like Windows-1258, not UTF-8"),
    ("vni.txt", VNI.encode("latin-1"), "legacy Vietnamese encoding: looks like VNI-Windows, not UTF-8"),
    ("tcvn3.txt", TCVN3.encode("latin-1"), "legacy Vietnamese encoding: looks like TCVN3 (ABC), not UTF-8"),
    ("vni-moji.txt", VNI.encode("utf-8"), "legacy Vietnamese encoding: the text looks like VNI-Windows"),
    ("tcvn3-moji.txt", TCVN3.encode("utf-8"), "legacy Vietnamese encoding: the text looks like TCVN3 (ABC)"),
    ("cp1258-moji.txt", cp1258(VI * 3).decode("latin-1").encode("utf-8"),
     "legacy Vietnamese encoding: the text looks like Windows-1258"),
])
def test_broken_txt_gives_one_error_and_the_others_still_read(tmp_path, name, data, expected):
    good1 = write(tmp_path / "a-good.txt", VI)
    bad = write(tmp_path / name, data)
    good2 = write(tmp_path / "z-good.txt", VI)
    articles, errors = split(read_inputs([good1, bad, good2]))
    assert [a.id for a in articles] == ["a-good", "z-good"]
    [error] = errors
    message = str(error)
    assert message.startswith(f"{bad}: ")
    assert expected in message
    assert "\n" not in message
    if "legacy" in expected:
        assert "kg needs" in message and "UTF-8 or UTF-16" in message


def test_legacy_check_has_no_false_alarm_on_real_text():
    assert legacy_encoding(SEED.read_text(encoding="utf-8")) is None
    corpus = sorted(VNTC.parent.glob("*.txt"))[:60]
    assert corpus
    for path in corpus:
        assert legacy_encoding(decode_bytes(path.read_bytes(), str(path))) is None, path
    # a few foreign letters in an otherwise English text are not a legacy encoding
    assert legacy_encoding("Señor Müller from España visited Hà Nội. " * 20) is None


def test_legacy_message_gives_an_example_word():
    name, word = legacy_encoding(VNI)
    assert (name, word) == ("VNI-Windows", "Ñaïi")
    assert sniff_utf16(b"\x89PNG\x00\x00\x00\x0dIHDR") is None


# --- directories and paths ------------------------------------------------------------------------


def test_directory_walk_is_sorted_recursive_and_skips_hidden_and_other_kinds(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "b.txt", "B " + VI)
    write(corpus / "a.txt", "A " + VI)
    write(corpus / "sub" / "c.htm", "<article><p>C bài viết</p></article>")
    write(corpus / "sub" / "deeper" / "d.TXT", "D " + VI)
    write(corpus / "e.jsonl", json.dumps({"id": "e1", "text": "E " + VI}) + "\n")
    write(corpus / "notes.md", "# not an article")
    write(corpus / "gold.json", "{}")
    write(corpus / "x.ann", "T1\tPER 0 4\tTrung")
    write(corpus / ".hidden.txt", "hidden")
    write(corpus / ".git" / "inside.txt", "hidden dir")
    write(corpus / "sub" / ".cache" / "f.txt", "hidden dir below")
    items = list(read_inputs([str(corpus)]))
    assert all(isinstance(i, Article) for i in items), items
    assert [a.id for a in items] == ["a", "b", "e1", "c", "d"]
    assert [a.source for a in items] == [
        str(corpus / "a.txt"), str(corpus / "b.txt"), str(corpus / "e.jsonl"),
        str(corpus / "sub" / "c.htm"), str(corpus / "sub" / "deeper" / "d.TXT"),
    ]


def test_source_is_the_path_as_given(tmp_path, monkeypatch):
    write(tmp_path / "dir" / "a.txt", VI)
    monkeypatch.chdir(tmp_path)
    [from_file] = list(read_inputs(["./dir/a.txt"]))
    assert from_file.source == "./dir/a.txt"
    [from_dir] = list(read_inputs("dir/"))  # a single path is accepted too
    assert from_dir.source == "dir/a.txt"


def test_missing_path_and_explicit_unsupported_file(tmp_path):
    good = write(tmp_path / "good.txt", VI)
    notes = write(tmp_path / "notes.md", "# notes")
    bare = write(tmp_path / "README", "readme")
    missing = tmp_path / "nope.txt"
    articles, errors = split(read_inputs([missing, notes, good, bare]))
    assert [a.id for a in articles] == ["good"]
    assert [str(e) for e in errors] == [
        f"{missing}: no such file or directory",
        f"{notes}: unsupported file type '.md'; expected .txt, .html, .htm or .jsonl",
        f"{bare}: unsupported file type (no extension); expected .txt, .html, .htm or .jsonl",
    ]


def test_duplicate_ids_are_reported_and_skipped(tmp_path):
    first = write(tmp_path / "a" / "x1.txt", VI)
    second = write(tmp_path / "b" / "x1.txt", "other " + VI)
    jsonl = write(tmp_path / "c.jsonl", json.dumps({"id": "x1", "text": VI}) + "\n"
                  + json.dumps({"id": "j", "text": VI}) + "\n" + json.dumps({"id": "j", "text": VI}) + "\n")
    articles, errors = split(read_inputs([tmp_path]))
    assert [(a.id, a.source) for a in articles] == [("x1", str(first)), ("j", str(jsonl))]
    assert [str(e) for e in errors] == [
        f"{second}: duplicate article id 'x1' (first seen in {first}), skipped",
        f"{jsonl}:1: duplicate article id 'x1' (first seen in {first}), skipped",
        f"{jsonl}:3: duplicate article id 'j' (first seen in {jsonl}:2), skipped",
    ]


def test_every_broken_form_in_one_directory(tmp_path):
    write(tmp_path / "ok1.txt", VI)
    write(tmp_path / "ok2.html", "<html><body><article><p>Bài viết</p></article></body></html>")
    write(tmp_path / "ok3.jsonl", json.dumps({"id": "ok3", "text": VI}) + "\n{bad\n")
    broken = {
        "b1.txt": b"\x00\x01\x02\x03binary\x00\xff",
        "b2.txt": b"abc\xff",
        "b3.txt": b"   \n",
        "b4.txt": cp1258(VI * 3),
        "b5.txt": VNI.encode("utf-8"),
        "b6.html": "<html><head><title>Trống</title></head><body><nav>menu</nav></body></html>",
    }
    for name, data in broken.items():
        write(tmp_path / name, data)
    articles, errors = split(read_inputs([tmp_path]))
    assert sorted(a.id for a in articles) == ["ok1", "ok2", "ok3"]
    assert sorted(str(e).split(": ")[0] for e in errors) == sorted(
        [str(tmp_path / n) for n in broken] + [f"{tmp_path / 'ok3.jsonl'}:2"])


# --- .jsonl ---------------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": VI, "url": "https://x.vn/a1", "title": "Tin A",
                    "published": "2023-07-18", "extra": 1}, ensure_ascii=False),
        "",
        "   ",
        "{not json",
        json.dumps({"text": VI}),
        json.dumps({"id": "a5"}),
        json.dumps({"id": 5, "text": VI}),
        json.dumps({"id": "a7", "text": "  \r\n "}),
        json.dumps(["a8", VI]),
        json.dumps({"id": "a9", "text": VI, "url": 9}),
        json.dumps({"id": "a10", "text": VI, "published": "18/07/2023"}),
        json.dumps({"id": "a11", "text": VNI}),
        json.dumps({"id": "a12", "text": "Dòng\r\nhai", "title": None, "published": "2023-07-18T08:00:00+07:00"}),
    ]
    path = write(tmp_path / "news.jsonl", "\r\n".join(lines) + "\r\n")
    articles, errors = split(read_inputs([path]))
    assert [a.id for a in articles] == ["a1", "a12"]
    a1, a12 = articles
    assert (a1.text, a1.url, a1.title, a1.published, a1.source) == (VI, "https://x.vn/a1", "Tin A",
                                                                    "2023-07-18", str(path))
    assert a12.text == "Dòng\r\nhai" and a12.title is None and a12.published == "2023-07-18T08:00:00+07:00"
    messages = [str(e) for e in errors]
    assert [m.split(": ")[0] for m in messages] == [f"{path}:{n}" for n in (4, 5, 6, 7, 8, 9, 10, 11, 12)]
    assert "not valid JSON" in messages[0]
    assert "missing required field 'id'" in messages[1]
    assert "missing required field 'text'" in messages[2]
    assert "field 'id' must be a string, not number" in messages[3]
    assert "empty text" in messages[4]
    assert "not a JSON object" in messages[5]
    assert "field 'url' must be a string or null" in messages[6]
    assert "not an ISO 8601 date: '18/07/2023'" in messages[7]
    assert "VNI-Windows" in messages[8]
    assert all("\n" not in m for m in messages)


def test_jsonl_undecodable_line_bom_utf16_and_empty(tmp_path):
    good = json.dumps({"id": "g", "text": VI}, ensure_ascii=False).encode("utf-8")
    path = write(tmp_path / "mixed.jsonl", b"\xef\xbb\xbf" + good + b"\n" + b'{"id": "b", "text": "\xff"}\n')
    articles, errors = split(read_inputs([path]))
    assert [a.id for a in articles] == ["g"]
    offset = 3 + len(good) + 1 + len(b'{"id": "b", "text": "')
    assert [str(e) for e in errors] == [f"{path}:2: binary or undecodable: invalid UTF-8 at byte {offset}"]

    wide = write(tmp_path / "wide.jsonl", (good.decode("utf-8") + "\r\n").encode("utf-16"))
    [article] = list(read_inputs([wide]))
    assert article.text == VI

    empty = write(tmp_path / "empty.jsonl", "\n\n")
    assert [str(e) for e in read_inputs([empty])] == [f"{empty}: empty file: no articles"]


# --- .html ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Tiêu đề trong title | Báo QĐND</title>
<meta property="og:title" content="Tổng cục Hậu cần sơ kết &amp; triển khai">
<meta property="og:url" content="https://www.qdnd.vn/og-url">
<link rel="canonical" href="https://www.qdnd.vn/bai-viet-123">
<meta property="article:published_time" content="2023-07-18T08:30:00+07:00">
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head><body>
<header><p>Trang chủ — Chính trị — Quân sự — Kinh tế — Văn hóa — Xã hội — Pháp luật</p></header>
<nav><ul><li>Menu một</li><li>Menu hai</li></ul></nav>
<div class="teasers"><article><p>Tin liên quan ngắn</p></article></div>
<article class="detail">
  <h1>Tổng cục Hậu cần sơ kết</h1>
  <!-- a comment that is not text -->
  <p>Sáng 18-7, <b>Trung tướng</b> Đỗ Văn Thiện
     chủ trì hội nghị.</p>
  <p>Đồng chí yêu cầu &quot;các cơ quan&quot; tiếp tục&nbsp;thực hiện &#273;úng.<br>Dòng sau br.</p>
  <aside><p>Quảng cáo</p></aside>
  <script>document.write("x")</script>
  <figure><img src="a.jpg" alt="ảnh"><figcaption>Toàn cảnh hội nghị.</figcaption></figure>
  <p>Tin, ảnh: KIM ANH</p>
</article>
<aside><p>Tin đọc nhiều: một bài rất dài khác không phải bài chính của trang này.</p></aside>
<footer><p>Bản quyền thuộc Báo Quân đội nhân dân. Mọi hình thức sao chép phải được đồng ý.</p></footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    path = write(tmp_path / "qdnd-123.html", PAGE)
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article), article
    assert article.id == "qdnd-123"
    assert article.text == (
        "Tổng cục Hậu cần sơ kết\n\n"
        "Sáng 18-7, Trung tướng Đỗ Văn Thiện chủ trì hội nghị.\n\n"
        "Đồng chí yêu cầu \"các cơ quan\" tiếp tục\u00a0thực hiện đúng.\n\n"
        "Dòng sau br.\n\n"
        "Toàn cảnh hội nghị.\n\n"
        "Tin, ảnh: KIM ANH"
    )
    assert article.title == "Tổng cục Hậu cần sơ kết & triển khai"
    assert article.url == "https://www.qdnd.vn/bai-viet-123"
    assert article.published == "2023-07-18T08:30:00+07:00"
    assert article.source == str(path)


def test_html_without_article_takes_the_block_with_most_paragraph_text():
    page = parse_html("""<html><head><title> Tiêu   đề
        trang </title><meta name="pubdate" content="2023-07-19">
        <meta property="og:url" content="https://x.vn/og"></head><body>
        <div id="menu"><p>Trang chủ</p><p>Liên hệ</p></div>
        <div id="content"><p>Đoạn một của bài viết chính, khá dài để thắng.</p>
        <p>Đoạn hai của bài viết chính.</p></div>
        <div id="side"><p>Tin khác</p></div></body></html>""")
    assert page.text == "Đoạn một của bài viết chính, khá dài để thắng.\n\nĐoạn hai của bài viết chính."
    assert page.title == "Tiêu đề trang"
    assert page.published == "2023-07-19"
    assert page.url == "https://x.vn/og"


@pytest.mark.parametrize("head, body, published", [
    (('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},'
      ' {"@type": "NewsArticle", "datePublished": "2023-07-20T10:00:00+07:00"}]}</script>'), "",
     "2023-07-20T10:00:00+07:00"),
    ("", '<time datetime="2023-07-21">21/7/2023</time>', "2023-07-21"),
    ('<script type="application/ld+json">{broken json</script>', "", None),
])
def test_html_published_from_json_ld_and_time(head, body, published):
    page = parse_html(f"<html><head>{head}</head><body><article>{body}<p>Nội dung.</p></article></body></html>")
    assert page.published == published
    assert page.text.endswith("Nội dung.")


def test_broken_html_does_not_crash(tmp_path):
    markup = ("<html><body><div><p>Một <b>đậm <i>nghiêng</b> tiếp</i><p>Hai</span></div></div></div>"
              "<![if !supportLists]>x<![endif]><![foo bar]><table><tr><td>Ô một<td>Ô hai</table>"
              "<p>Ba &amp c &#8212; &bogus; <a href='x' <p>Bốn</p><div") + "<div>" * 5000
    path = write(tmp_path / "broken.htm", markup)
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article), article
    assert "Một đậm nghiêng tiếp" in article.text
    assert "Ô một\n\nÔ hai" in article.text


def test_html_empty_page_and_declared_charset(tmp_path):
    empty = write(tmp_path / "empty.html", "<html><head><title>T</title></head><body><nav>Menu</nav></body></html>")
    [error] = list(read_inputs([empty]))
    assert isinstance(error, InputError)
    assert str(error) == f"{empty}: empty article (no main text found in the page)"

    legacy = write(tmp_path / "cp1258.html", b'<html><head><meta charset="windows-1258"></head><body><p>'
                   + cp1258(VI) + b"</p></body></html>")
    [article] = list(read_inputs([legacy]))
    assert isinstance(article, Article), article
    assert unicodedata.normalize("NFC", article.text) == VI.strip()

    vni_font = write(tmp_path / "vni.html", b"<html><body><p>" + VNI.encode("latin-1") + b"</p></body></html>")
    [error] = list(read_inputs([vni_font]))
    assert isinstance(error, InputError) and "VNI-Windows" in str(error)


def test_iso_date():
    assert iso_date("2023-07-18") == "2023-07-18"
    assert iso_date("2023-07-18 08:30:00") == "2023-07-18T08:30:00"
    assert iso_date("2023-07-18T08:30:00Z") == "2023-07-18T08:30:00Z"
    assert iso_date("18/07/2023 08:30") == "2023-07-18"
    assert iso_date("Thứ Ba, 18/07/2023") == "2023-07-18"
    assert iso_date("hôm qua") is None
    assert iso_date("") is None
