"""Fuzzing extract_article: random text and mutated real sentences.

Properties, for every input:

1. extract_article never raises;
2. every offset lies inside the text: a person's mention ``text[start:end]`` is the name as
   written (in full or the given name alone; case, spacing, NFC/NFD and tone placement
   aside), evidence spans lie within the raw text;
3. the result validates against ``extraction.schema.json``;
4. NFD input gives the same facts as NFC input (offsets aside).

``benchmarks/fuzz.py`` runs the same properties over 10,000 and more cases.
"""

from __future__ import annotations

import json
import random
import unicodedata
from functools import cache
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_article
from kg.io import read_inputs
from kg.model import Article
from kg.text.clean import normalize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCHEMA_PATH = SHARED / "spec" / "extraction.schema.json"
VNTC = SHARED / "corpus" / "vntc"

VI_LETTERS = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
              "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
              "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ")
PUNCT = " ,.;:!?-–—()[]\"'“”‘’…/&#%\n\r\t\u00a0\u200b\ufeff"
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
WORDS = ("Trung tướng", "Thiếu tướng", "Đại tá", "Đại tướng", "Chính ủy", "Bí thư Đảng ủy", "Tư lệnh", "Phó",
         "nguyên", "Quyền", "Tổng cục Hậu cần", "Quân khu 7", "Bộ Quốc phòng", "Công an tỉnh", "chủ trì",
         "dự", "phát biểu", "yêu cầu", "chỉ đạo", "đề nghị", "các cơ quan, đơn vị", "hội nghị", "Lễ",
         "Đỗ Văn Thiện", "Nguyễn Văn An", "ông", "bà", "đồng chí", "GS.TS", "(TCHC)", "Tin, ảnh:", "KIM ANH",
         "leftcenterrightdel", "&amp;", "&nbsp;", "Thủ tướng", "Chủ tịch UBND tỉnh Khánh Hoà", "Uỷ ban")


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def validator():
    cls = jsonschema.validators.validator_for(schema())
    return cls(schema())


@cache
def sentences() -> tuple[str, ...]:
    """Real sentences: the seed and the first VNTC articles of each folder (UTF-16 files)."""
    paths = [ROOT / "data" / "articles"]
    for folder in sorted(p for p in VNTC.iterdir() if p.is_dir()):
        paths += sorted(folder.glob("*.txt"))[:15]
    out = []
    for item in read_inputs(paths):
        if isinstance(item, Article):
            for line in item.text.splitlines():
                out += [s.strip() + "." for s in line.split(". ") if len(s.strip()) > 20]
    return tuple(out)


# --- the properties ------------------------------------------------------------------------------

def _key(text: str) -> str:
    """Case, spacing and normalisation aside; a stray combining mark that NFC cannot attach
    (a second tone on 'ỹ̃') is not part of the name."""
    return " ".join("".join(c for c in normalize(text) if not unicodedata.combining(c)).casefold().split())


def facts(result: dict) -> dict:
    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k not in ("start", "end", "text", "id", "source")}
        if isinstance(o, list):
            return [strip(x) for x in o]
        return o
    return strip({k: v for k, v in result.items() if k != "article"})


def problems(text: str) -> list[str]:
    """What is wrong with extracting ``text`` (empty when every property holds)."""
    try:
        result = extract_article(Article("fuzz", text))
    except Exception as err:  # noqa: BLE001 - the property is that nothing is raised
        return [f"raised {type(err).__name__}: {err}"]
    out = []
    errors = sorted(validator().iter_errors(result), key=str)
    if errors:
        out.append(f"schema: {errors[0].message} at {list(errors[0].absolute_path)}")

    def inside(where: str, span: dict) -> bool:
        ok = 0 <= span["start"] <= span["end"] <= len(text)
        if not ok:
            out.append(f"{where}: span {span['start']}-{span['end']} outside the text ({len(text)})")
        return ok

    for p in result["persons"]:
        for m in p.get("mentions", []):
            if inside("mention", m):
                written = _key(text[m["start"]:m["end"]])
                name = _key(p["name"])
                if not written or not f" {name}".endswith(f" {written}") and written != name:
                    out.append(f"mention {text[m['start']:m['end']]!r} is not the name {p['name']!r}")
        for post in p.get("posts", []):
            if post.get("evidence"):
                inside("post evidence", post["evidence"])
    for o in result["organizations"]:
        for m in o.get("mentions", []):
            inside("organisation mention", m)
    for d in result["directives"]:
        if d.get("evidence"):
            inside("directive evidence", d["evidence"])
    for e in result["events"]:
        for part in e["participants"]:
            if part.get("evidence"):
                inside("participant evidence", part["evidence"])
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    if nfd != text or nfc != text:
        try:
            a = extract_article(Article("fuzz", nfc))
            b = extract_article(Article("fuzz", nfd))
        except Exception as err:  # noqa: BLE001
            return [*out, f"raised on the NFC or NFD form: {type(err).__name__}: {err}"]
        if facts(a) != facts(b):
            out.append("NFC and NFD give different facts")
    return out


# --- the cases -----------------------------------------------------------------------------------

def mutate(rnd: random.Random, text: str) -> str:
    """One to four random edits of a real sentence."""
    for _ in range(rnd.randint(1, 4)):
        n = len(text)
        i, j = sorted((rnd.randint(0, n), rnd.randint(0, n)))
        op = rnd.randrange(11)
        if op == 0:  # delete a stretch
            text = text[:i] + text[j:]
        elif op == 1:  # insert a known word
            text = text[:i] + rnd.choice(WORDS) + text[i:]
        elif op == 2:  # insert random characters
            text = text[:i] + "".join(rnd.choice(VI_LETTERS + PUNCT + COMBINING) for _ in range(rnd.randint(1, 5))) \
                + text[i:]
        elif op == 3:  # upper- or lower-case a stretch
            text = text[:i] + (text[i:j].upper() if rnd.random() < 0.5 else text[i:j].lower()) + text[j:]
        elif op == 4:  # decompose a stretch
            text = text[:i] + unicodedata.normalize("NFD", text[i:j]) + text[j:]
        elif op == 5:  # another sentence
            text = text + rnd.choice((" ", "\n", "\r\n", "")) + rnd.choice(sentences())
        elif op == 6:  # duplicate a stretch
            text = text[:j] + text[i:j] + text[j:]
        elif op == 7:  # punctuation in the middle
            text = text[:i] + rnd.choice(",.;:()\"-\n") + text[i:]
        elif op == 8:  # cut
            text = text[i:j] if j > i else text
        elif op == 9:  # swap two stretches
            k = rnd.randint(j, n)
            text = text[:i] + text[j:k] + text[i:j] + text[k:]
        else:  # the modern tone placement on a stretch
            part = unicodedata.normalize("NFD", text[i:j])
            for a, b in (("o\u0300a", "oa\u0300"), ("o\u0301a", "oa\u0301"), ("u\u0309y", "uy\u0309"),
                         ("U\u0309y", "Uy\u0309"), ("o\u0323e", "oe\u0323")):
                part = part.replace(a, b)
            text = text[:i] + unicodedata.normalize("NFC", part) + text[j:]
    return text


def random_text(rnd: random.Random) -> str:
    """Text from Vietnamese letters, known words, punctuation and combining marks."""
    parts = []
    for _ in range(rnd.randint(0, 30)):
        r = rnd.random()
        if r < 0.3:
            parts.append(rnd.choice(WORDS))
        elif r < 0.8:
            parts.append("".join(rnd.choice(VI_LETTERS) for _ in range(rnd.randint(1, 8))))
        elif r < 0.95:
            parts.append(rnd.choice(PUNCT))
        else:
            parts.append(chr(rnd.randint(1, 0x2FFF)))
    return " ".join(parts) if rnd.random() < 0.7 else "".join(parts)


def paragraph(rnd: random.Random) -> str:
    """Three to eight consecutive real sentences (a directive and its follow-up tasks, an event
    and its roles), joined as the article has them or across lines."""
    pool = sentences()
    i = rnd.randrange(len(pool))
    return rnd.choice((" ", "\n", "\r\n")).join(pool[i:i + rnd.randint(3, 8)])


def make_case(rnd: random.Random) -> str:
    r = rnd.random()
    if r < 0.2:
        return mutate(rnd, paragraph(rnd))
    if r < 0.65:
        base = rnd.choice(sentences())
        if rnd.random() < 0.3:
            base += " " + rnd.choice(sentences())
        return mutate(rnd, base)
    return random_text(rnd)


# --- the tests -----------------------------------------------------------------------------------

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.randoms(use_true_random=False))
def test_mutated_real_sentences(rnd):
    base = rnd.choice(sentences())
    assert problems(mutate(rnd, base)) == []


@SETTINGS
@given(st.randoms(use_true_random=False))
def test_mutated_real_paragraphs(rnd):
    assert problems(mutate(rnd, paragraph(rnd))) == []


@SETTINGS
@given(st.text(alphabet=st.sampled_from(VI_LETTERS + PUNCT + COMBINING) | st.characters(), max_size=200))
def test_random_text(text):
    assert problems(text) == []


@SETTINGS
@given(st.lists(st.sampled_from(WORDS) | st.sampled_from(list(PUNCT)), max_size=25).map(" ".join))
def test_random_word_salad(text):
    assert problems(text) == []


def test_the_pool_holds_real_sentences():
    pool = sentences()
    assert len(pool) > 300
    assert any("Trung tướng Đỗ Văn Thiện" in s for s in pool)


# --- the readers: any bytes give articles or one-line errors naming the file --------------------

_SAMPLE_TEXT = "Trung tướng Đỗ Văn Thiện, Chính ủy Tổng cục Hậu cần chủ trì hội nghị.\n"
_BYTES = st.one_of(
    st.binary(max_size=400),
    st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "cp1258", "latin-1"]).flatmap(
        lambda enc: st.text(alphabet=st.sampled_from(VI_LETTERS + PUNCT + "{}\"[]:,0\\"), max_size=120).map(
            lambda t: (t + _SAMPLE_TEXT).encode(enc, errors="replace"))),
    st.lists(st.sampled_from([b'{"id": "a", "text": "x"}', b'{"id": 1}', b"{", b"", b"\xff", b"\x00",
                              json.dumps({"id": "b", "text": _SAMPLE_TEXT}, ensure_ascii=False).encode(),
                              b"<p>", b"</article>", b"<script>", _SAMPLE_TEXT.encode()]),
             max_size=12).map(b"\n".join),
)


@SETTINGS
@given(_BYTES, st.sampled_from([".txt", ".html", ".jsonl"]))
def test_any_bytes_give_articles_or_one_line_errors(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    items = list(read_inputs([path]))
    assert items
    for item in items:
        if isinstance(item, Article):
            assert item.text.strip() and "\x00" not in item.text
            assert problems(item.text) == []
        else:
            message = str(item)
            assert message.startswith(str(path)) and "\n" not in message and "\r" not in message, message
