"""Candidate post titles learned from the slots where known titles appear (``kg lexicon --candidates``).

kg's titles come from ``lexicons/posts.tsv``. Articles write a post in a few fixed slots
around a person and an organisation, so the words found in those slots that are *not* a
known title are likely titles the lexicon lacks:

* A: ``<Rank/cue> <Name>, <X> <Org>`` -- "Trung tướng Lê Văn Ba, Đặc phái viên Ngân hàng Nhà nước";
* B: ``<X> <Org> <Rank>? <Name>`` -- "Đặc phái viên Ngân hàng Nhà nước Lê Văn Ba";
* C: ``<X> <Place> <Rank>? <Name>`` -- "Thủ lĩnh Mỹ George Bush".

In A the comma may also be a dash or an opening parenthesis. X is one to four words, none
of them a verb or function word (``stop_words.tsv``), a number, a place word, a rank, a status
marker or a cue; in slots B and C it starts with a capital letter and does not follow a cue
("anh Bình ...") or a title ("Vụ phó Xuất nhập khẩu Bộ ..."). This module
reads the lexicons and the mention recogniser (:mod:`kg.extract.mentions`) and changes nothing.

>>> found = find_candidates([Article("a", "Ông Lê Văn Ba, Đặc phái viên Ngân hàng Nhà nước, và "
...                                        "Đặc phái viên Ngân hàng Nhà nước Trần Văn Ca đã họp.")])
>>> [(c.title, c.count) for c in found]
[('Đặc phái viên', 2)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg import lexicons
from kg.extract.mentions import STOP_WORDS, Item, lex, sentence_items
from kg.extract.tokens import Token, tokenize
from kg.model import Article
from kg.text import clean, split_sentences

MAX_WORDS = 4
# Items that may never be inside X.
_BLOCKING = frozenset({"post", "rank", "marker", "cue", "honorific", "org", "place", "sep", "name"})
# Words that start an X which is not a title ("đồng chí", "cả", ...): the first word of X is skipped
# if it is one of these; they are read from the lexicons where there is one.
_LEADING_NOISE = frozenset({"đồng", "chí", "cả", "cùng", "hiện", "là", "tân", "cựu", "và"})
# Words of relation and place that are never part of a title ("thuộc", "cách", "phía").
_RELATIONS = frozenset({"và", "thuộc", "cách", "phía", "gần", "bên", "giữa", "như", "ngoài", "trên", "dưới"})
_NOT_PERSON_BEFORE = frozenset(lexicons.column("non_person_before", "word"))


@dataclass
class Candidate:
    """A word group found in a title slot, with how often and one sentence it was found in."""

    title: str  # the most frequent way it was written
    count: int
    example: str
    patterns: set[str] = field(default_factory=set)


def _usable(tok: Token, cap_stop_ok: bool = False) -> bool:
    """Whether a word can be part of a title; a capitalised stop word only where ``cap_stop_ok``
    (after "<Name>," the slot is bounded: "Tùy viên quân sự")."""
    L = lex()
    stop = tok.low in STOP_WORDS and not (cap_stop_ok and tok.is_cap)
    return (tok.is_word and tok.text.isalpha() and not stop and tok.low not in _RELATIONS
            and not L.places.match([tok], 0)
            and not L.place_words.match([tok], 0) and tok.low not in _NOT_PERSON_BEFORE)


def _covered(items: list[Item], a: int, b: int) -> bool:
    """Whether a blocking item overlaps tokens ``[a, b)``."""
    return any(it.kind in _BLOCKING and it.start < b and it.end > a for it in items)


def _known_title(tokens: list[Token], a: int, b: int) -> bool:
    """X is a title of posts.tsv (or an abbreviation of one) as a whole."""
    m = lex().posts.match(tokens[a:b], 0)
    abbreviations = getattr(lex(), "post_abbreviations", {})
    return bool(m and m[0] == b - a) or b - a == 1 and tokens[a].text in abbreviations


def _is_name(it: Item, tokens: list[Token]) -> bool:
    return it.kind == "name" and tokens[it.start].low in lex().family


def sentence_candidates(text: str) -> list[tuple[str, str]]:
    """(X, slot) pairs of one sentence.

    >>> sentence_candidates("Đại tá Lê Văn Ba - Tùy viên quân sự Bộ Chỉ huy Quân sự tỉnh Nghệ An phát biểu.")
    [('Tùy viên quân sự', 'A')]
    >>> sentence_candidates("Thủ lĩnh Mỹ George Bush và Đặc phái viên Ngân hàng Nhà nước Trần Văn Ca gặp nhau.")
    [('Thủ lĩnh', 'C'), ('Đặc phái viên', 'B')]
    """
    tokens = tokenize(text)
    items = sentence_items(text, tokens)
    out: list[tuple[str, str]] = []
    for k, it in enumerate(items):
        if it.kind == "name":
            x = _after_name(items, k, tokens)
            if x:
                out.append((x, "A"))
        if it.kind not in ("org", "place"):
            continue
        # B, C: <X> <Org|Place> <rank>? <Name>
        nxt = k + 1
        if nxt < len(items) and items[nxt].kind == "rank":
            nxt += 1
        if nxt < len(items) and items[nxt].kind == "name":
            a = it.start
            while a > 0 and it.start - (a - 1) <= MAX_WORDS and _usable(tokens[a - 1]) \
                    and not _covered(items, a - 1, a):
                a -= 1
            before = _item_before(items, a)
            if before is not None and before.kind in ("cue", "post", "honorific", "rank"):
                continue
            x = _x_of(tokens, items, a, it.start, capital=True)
            if x:
                out.append((x, "B" if it.kind == "org" else "C"))
    return out


def _item_before(items: list[Item], token: int) -> Item | None:
    """The item that ends right at token index ``token``."""
    for it in items:
        if it.end == token:
            return it
    return None


def _after_name(items: list[Item], k: int, tokens: list[Token]) -> str | None:
    """A: X in "<rank/cue>? <Name> , <X> <Org>" (or "<X>," after a licensed name).

    A bare unit title right after X ("Tùy viên quân sự Bộ ...", read as the post "phó Bộ ...")
    is the end of X.
    """
    name = items[k]
    before = items[k - 1] if k else None
    if before is not None and before.text.casefold() in _NOT_PERSON_BEFORE:
        return None  # "đường Trần Hưng Đạo, cách ..."
    licensed = before is not None and before.kind in ("rank", "cue", "honorific")
    if not (licensed or _is_name(name, tokens)):
        return None
    if k + 2 >= len(items) or items[k + 1].kind != "sep" or items[k + 1].value not in ",-–(":
        return None
    a = items[k + 1].end
    j = k + 2
    while j < len(items) and items[j].kind not in _BLOCKING:
        j += 1
    stop = items[j] if j < len(items) else None
    if stop is not None and stop.kind == "org":
        end = stop.start - 1 if tokens[stop.start - 1].low == "của" else stop.start  # "<X> của <Org>"
        return _x_of(tokens, items, a, end, capital=False, bounded=True)
    if stop is not None and stop.kind == "post" and stop.org and j > k + 2 and not tokens[stop.start].is_cap \
            and lex().posts.match(tokens, stop.start)[0] == stop.start + 1:
        return _x_of(tokens, items, a, stop.start + 1, capital=False, tail=1, bounded=True)
    if licensed and items[k + 1].value != "(" and (stop is None or stop.kind == "sep" and stop.value in ",.;"):
        # "<Rank> <Name>, <X>, ...": a title without its unit; two words at least, or an
        # abbreviation ("PV"), so that nicknames and source tags stay out
        end = stop.start if stop is not None else len(tokens)
        if end - a >= 2 or end - a == 1 and tokens[a].is_upper and len(tokens[a].text) >= 2:
            return _x_of(tokens, items, a, end, capital=True, bounded=True)
    return None


def _x_of(tokens: list[Token], items: list[Item], a: int, b: int, capital: bool, tail: int = 0,
          bounded: bool = False) -> str | None:
    """The words ``[a, b)`` if they can be a title (the last ``tail`` of them a bare unit title)."""
    while a < b and tokens[a].low in _LEADING_NOISE:
        a += 1
    if a >= b - tail or b - a > MAX_WORDS:
        return None
    if capital and not tokens[a].is_cap:
        return None
    if not all(_usable(t, bounded) for t in tokens[a:b]) or _covered(items, a, b - tail) or _known_title(tokens, a, b):
        return None
    if lex().person_cues.match(tokens, a) or lex().family.isdisjoint({tokens[a].low}) is False:
        return None  # "ông ...", or a name cut short
    return " ".join(t.text for t in tokens[a:b])


def find_candidates(articles: Iterable[Article]) -> list[Candidate]:
    """Candidates over all articles, most frequent first (ties by title)."""
    counts: Counter = Counter()
    forms: dict[str, Counter] = {}
    examples: dict[str, str] = {}
    patterns: dict[str, set[str]] = {}
    for article in articles:
        cleaned = clean(article.text)
        for s in split_sentences(cleaned.text):
            for x, pattern in sentence_candidates(s.text):
                k = x.casefold()
                counts[k] += 1
                forms.setdefault(k, Counter())[x] += 1
                examples.setdefault(k, " ".join(s.text.split()))
                patterns.setdefault(k, set()).add(pattern)
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return [Candidate(forms[k].most_common(1)[0][0], counts[k], examples[k], patterns[k]) for k in ranked]


def format_candidates(candidates: list[Candidate], width: int = 200) -> str:
    """TSV lines: count, title, patterns, example sentence (cut to ``width`` characters)."""
    lines = ["count\ttitle\tslots\texample"]
    for c in candidates:
        example = c.example if len(c.example) <= width else c.example[:width - 3] + "..."
        lines.append(f"{c.count}\t{c.title}\t{''.join(sorted(c.patterns))}\t{example}")
    return "\n".join(lines)
