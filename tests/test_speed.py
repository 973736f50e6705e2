"""The shortcuts that make extraction fast give what the plain rules give.

Each shortcut is compared with the slow path it replaces: the cleaning of text already in
NFC with cleaning cluster by cluster, the trie of ``PhraseMatcher`` with a scan of the
phrases, and the plain-word shortcuts of ``sentence_items`` (lower-case and capitalised words
that begin no lexicon phrase, alone or with the next word; units only looked for at such a
phrase) with every rule tried,
and the idle-word shortcut of ``read_people`` with every item read by the rules.
"""

import random
import re
import unicodedata
from pathlib import Path

import pytest

from kg.extract import _shouting, people, read_sentences
from kg.extract.mentions import lex, sentence_items
from kg.extract.people import read_people
from kg.extract.tokens import PhraseMatcher, _run_on, _without_footnote, key_of, tokenize
from kg.io import read_inputs
from kg.model import Article
from kg.text import clean, split_sentences
from kg.text.clean import _WORD, Cleaned, _clean_clusters, _pieces, _retone

ROOT = Path(__file__).resolve().parents[1]
VNTC = ROOT.parent / "shared" / "corpus" / "vntc"


def _corpus_sample(step: int = 5) -> list[Article]:
    if not VNTC.is_dir():
        pytest.skip(f"{VNTC} is not there")
    articles = [a for a in read_inputs([str(VNTC)]) if isinstance(a, Article)]
    return articles[::step]


def _clean_slowly(raw: str) -> Cleaned:
    """The cleaning as it was before the shortcuts: every cluster normalised, every word retoned."""
    parts, starts, ends = [], [], []
    for piece, s, e in _pieces(raw):
        decoded = (e - s) != len(piece) or piece != raw[s:e]
        _clean_clusters(piece, s, decoded, parts, starts, ends)
    text = "".join(parts)
    out, pos = [], 0
    for m in _WORD.finditer(text):
        new = _retone(m.group(0)) if len(m.group(0)) >= 2 else m.group(0)
        if len(new) == len(m.group(0)):
            out += [text[pos:m.start()], new]
            pos = m.end()
    retoned = "".join(out) + text[pos:]
    return Cleaned(retoned if len(retoned) == len(text) else text, starts, ends, raw)


def test_clean_shortcut_on_awkward_text():
    rnd = random.Random(7)
    pieces = [*"aoueyAOUEYqQ \n\t.,&;", "hoà", "thuỷ", "Uỷ", "ư", "ơ", "ặ", "\u0300", "\u0301", "\u0323",
              "\u0302", "\u200b", "\u00ad", "\ufeff", "\u00a0", "&amp;", "&nbsp;", "&#769;",
              "leftcenterrightdel", "\u212b", "\u1100", "\u1161", "\n\u0301", "\u2adc", "x\u0301"]
    texts = ["", "Khánh Hoà", unicodedata.normalize("NFD", "Đảng uỷ Khánh Hoà\nthuỷ")]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        fast, slow = clean(text), _clean_slowly(text)
        assert (fast.text, fast.starts, fast.ends) == (slow.text, slow.starts, slow.ends), repr(text)


def test_clean_shortcut_on_the_corpus():
    for a in _corpus_sample(10):
        for text in (a.text, unicodedata.normalize("NFD", a.text)):
            fast, slow = clean(text), _clean_slowly(text)
            assert (fast.text, fast.starts, fast.ends) == (slow.text, slow.starts, slow.ends), a.id


def _scan_match(phrases: dict, tokens, i):
    """Longest match by trying every phrase (the first given wins among equal ones)."""
    best = None
    for phrase, value in phrases.items():
        k = key_of(phrase)
        if k and tuple(t.low for t in tokens[i:i + len(k)]) == k and (best is None or len(k) > best[0] - i):
            best = (i + len(k), value)
    return best


def test_phrase_matcher_is_the_longest_match():
    phrases = {"bí thư": 1, "Bí thư Đảng ủy": 2, "bí thư đảng": 3, "BÍ THƯ": 4, "chính ủy": 5, "ủy": 6}
    m = PhraseMatcher(phrases)
    tokens = tokenize("Bí thư Đảng ủy, Chính ủy bí thư đảng và bí thư ủy")
    for i in range(len(tokens) + 1):
        assert m.match(tokens, i) == _scan_match(phrases, tokens, i), i


def test_phrase_matcher_openings_are_where_a_phrase_can_match():
    phrases = {"bí thư": 1, "Bí thư Đảng ủy": 2, "ủy": 3, "chính ủy": 4}
    whole, pairs = PhraseMatcher(phrases).openings()
    assert whole == {"ủy"} and pairs == {("bí", "thư"), ("chính", "ủy")}


class _Everything:
    def __contains__(self, _word):
        return True


def test_plain_word_shortcut_gives_what_the_rules_give(monkeypatch):
    sentences = [s.text for a in _corpus_sample() for s in split_sentences(clean(a.text).text)]
    fast = [sentence_items(s) for s in sentences]
    monkeypatch.setattr(lex(), "first_words", _Everything())  # no word is plain: every rule is tried
    monkeypatch.setattr(lex(), "lower_first_words", _Everything())
    for name in ("whole", "pairs", "lower_whole", "lower_pairs"):  # nor begins a phrase with the next
        monkeypatch.setattr(lex(), name, _Everything())
    slow = [sentence_items(s) for s in sentences]
    assert fast == slow


def test_items_ending_at_a_token_are_those_a_scan_finds():
    # (found by bisection in the ends of the items, which sentence_items makes in text order)
    for a in _corpus_sample():
        for r in read_sentences(clean(a.text)):
            ends = [it.end for it in r.items]
            assert ends == sorted(ends), r.sentence.text
            for j in range(len(r.tokens) + 1):
                assert r.items_ending(j) == [it for it in r.items if it.end == j]


def test_idle_word_shortcut_of_read_people_gives_what_the_rules_give(monkeypatch):
    items = [sentence_items(s.text) for a in _corpus_sample() for s in split_sentences(clean(a.text).text)]
    fast = [read_people(its) for its in items]
    monkeypatch.setattr(people, "_NO_OP_WHEN_IDLE", frozenset())  # every item goes through the rules
    slow = [read_people(its) for its in items]
    assert fast == slow


# The token pattern as first written: a word with its joiners, or one other non-space character.
_PLAIN_TOKEN = re.compile(r"\w+(?:[.&'’/]\w+|(?<=[A-ZĐ0-9])-(?=[A-ZĐ0-9])\w+)*|[^\w\s]")


def test_tokens_are_those_of_the_plain_pattern():
    rnd = random.Random(3)
    alphabet = [*"aZĐ09 -.&'’/_\t\n,;đẠ", "\u00a0", "\u2028", "\x1c", "\x85", "\u0301", "²", "Ⅳ", "TP.HCM", "LĐ-TB-XH"]
    texts = ["Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy (TCHC) - KH&CN 31A-6226"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25))) for _ in range(20000)]
    for text in texts:
        # ... less a footnote's number stuck to a word ("Trung ương3"), which is no part of it, and cut at
        # a full stop that runs two sentences together ("Hà Nội.Tháng")
        words = [(_without_footnote(w), m.start() + a) for m in _PLAIN_TOKEN.finditer(text)
                 for a, w in _run_on(m.group())]
        assert [(t.text, t.start, t.end, t.low) for t in tokenize(text)] == \
            [(w, start, start + len(w), w.casefold()) for w, start in words], repr(text)


def _shouting_slowly(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def test_shouting_shortcut_gives_what_the_count_gives():
    sentences = [s.text for a in _corpus_sample() for s in split_sentences(clean(a.text).text)]
    sentences += ["BỘ CHÍNH TRỊ CHẤP THUẬN ĐỀ NGHỊ CỦA BAN CHẤP HÀNH", "BỘ CHÍNH TRỊ chấp thuận", "nhtgc " * 3,
                  "THÀNH PHỐ HỒ CHÍ MINH nghe", "ABCDEFGHIJKLMnopq", ""]
    assert [_shouting(s) for s in sentences] == [_shouting_slowly(s) for s in sentences]


def test_the_cycle_collector_is_paused_only_while_an_article_is_read():
    import gc
    import threading

    from kg.extract import extract_article
    from kg.gcpause import gc_paused
    from kg.rdf import article_quads

    seen = []
    with gc_paused():
        with gc_paused():
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())  # an outer pause still open
    assert seen == [False, False] and gc.isenabled()
    article = Article(id="a", text="Đại tá Trần Văn Bình, Chính ủy Sư đoàn 309 chủ trì hội nghị.")
    article_quads(extract_article(article), article)
    assert gc.isenabled()
    threads = [threading.Thread(target=lambda: [extract_article(article) for _ in range(20)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.isenabled()
    gc.disable()
    try:
        extract_article(article)  # a caller who turned it off keeps it off
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_written_forms_of_do_are_all_that_casefold_to_it():
    import sys

    from kg.extract.people import _DO

    assert {chr(c) for c in range(sys.maxunicode + 1) if chr(c).casefold() in ("d", "o", "do")} == set("dDoO")
    assert _DO == {a + b for a in "dD" for b in "oO"}


def test_short_texts_tokens_are_remembered_in_a_new_list():
    # (tokenize keeps the tokens of short texts: a name tokenized again gives equal tokens, in a list
    # of its own that a caller may change)
    first = tokenize("Bộ Tư lệnh Quân khu 7")
    first.append("changed")
    again = tokenize("Bộ Tư lệnh Quân khu 7")
    assert again is not first and "changed" not in again
    assert [(t.text, t.start, t.end) for t in again] == [("Bộ", 0, 2), ("Tư", 3, 5), ("lệnh", 6, 10),
                                                          ("Quân", 11, 15), ("khu", 16, 19), ("7", 20, 21)]
    long_text = "Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy, Chính ủy Bộ Tư lệnh Quân khu 7 chủ trì hội nghị"
    assert len(long_text) > 60 and tokenize(long_text) == tokenize(long_text)
