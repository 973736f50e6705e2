"""Normalise raw article text while keeping a map back to raw offsets.

What cleaning does, in order:

* HTML entities left by scrapers are decoded (``KH&amp;CN`` -> ``KH&CN``);
* Unicode NFC, so decomposed (NFD) input gives the same text as composed input;
* the traditional tone-mark placement (``hoà`` -> ``hòa``, ``Uỷ`` -> ``Ủy``), the form the
  lexicons and the gold use;
* non-breaking and other exotic spaces become plain spaces, zero-width characters go;
* the scraper marker ``leftcenterrightdel`` (it precedes photo captions) becomes a
  paragraph break, so a caption is a sentence of its own.

>>> c = clean("Trung tướng Đỗ Văn Thiện, Bí thư Đảng uỷ&nbsp;Tổng cục")
>>> c.text
'Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy Tổng cục'
>>> c.raw_span(26, 39)
(26, 39)
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Modern placement puts the tone on the second vowel of final "oa", "oe", "uy"; the
# traditional one (used by the lexicons and gold) on the first: hoà -> hòa, thuỷ -> thủy.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_MOVABLE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![^\W\d_])",
)
_PAIRS = {"o": "ae", "u": "y"}

_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                             "\u200a\u202f\u205f\u3000\t\x0b\x0c"), " ")
_SPACE_CHARS = frozenset(map(chr, _SPACES))
# (a search for them reads a text in C without making a string per character, as a set test over the text does)
_SPACE_CHAR = re.compile("[" + "".join(map(re.escape, sorted(_SPACE_CHARS))) + "]")
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
SCRAPER_MARKERS = ("leftcenterrightdel",)


@dataclass
class Cleaned:
    """Cleaned text with, for each character, the raw span it came from."""

    text: str
    starts: list[int]
    ends: list[int]
    raw: str

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets (end exclusive) of the cleaned span ``[start, end)``."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _pieces(raw: str):
    """Yield (text, raw_start, raw_end): entities decoded, markers turned into breaks."""
    pos = 0
    pattern = re.compile(_ENTITY.pattern + "|" + "|".join(SCRAPER_MARKERS))
    for m in pattern.finditer(raw):
        if m.start() > pos:
            yield raw[pos:m.start()], pos, m.start()
        token = m.group(0)
        if token in SCRAPER_MARKERS:
            yield "\n", m.start(), m.end()
        else:
            decoded = html.unescape(token)
            yield decoded, m.start(), m.end()
        pos = m.end()
    if pos < len(raw):
        yield raw[pos:], pos, len(raw)


def _clusters(text: str, offset: int, whole: bool):
    """Split into base + combining-mark clusters, each with its raw span."""
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        if whole:
            yield text[i:j], offset, offset + len(text)
        else:
            yield text[i:j], offset + i, offset + j
        i = j


def _retone(word_text: str) -> str:
    def move(m: re.Match) -> str:
        first, second, tone = m.group(1), m.group(2), m.group(3)
        if second.lower() not in _PAIRS[first.lower()]:
            return m.group(0)
        return first + tone + second

    decomposed = unicodedata.normalize("NFD", word_text)
    return unicodedata.normalize("NFC", _MOVABLE.sub(move, decomposed))


def clean(raw: str) -> Cleaned:
    """Clean ``raw`` (see the module docstring) and keep the offset map."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for piece, s, e in _pieces(raw):
        decoded = (e - s) != len(piece) or piece != raw[s:e]
        if decoded:
            _clean_clusters(piece, s, True, parts, starts, ends)
        elif _plain(piece):
            _copy(piece, s, parts, starts, ends)
        else:
            # line by line, so that one odd character does not slow the whole text down
            for line in _lines(piece):
                if _plain(line):
                    _copy(line, s, parts, starts, ends)
                else:
                    _clean_clusters(line, s, False, parts, starts, ends)
                s += len(line)
    text = "".join(parts)
    retoned = _retone_text(text)
    if len(retoned) == len(text):
        text = retoned
    return Cleaned(text=text, starts=starts, ends=ends, raw=raw)


def _clean_clusters(text: str, offset: int, whole: bool, parts: list[str], starts: list[int],
                    ends: list[int]) -> None:
    """Clean ``text`` cluster by cluster: NFC, exotic spaces to spaces, zero-width characters out."""
    for cluster, cs, ce in _clusters(text, offset, whole):
        norm = unicodedata.normalize("NFC", cluster)
        for ch in norm:
            if ch in _DROP:
                continue
            parts.append(ch.translate(_SPACES))
            starts.append(cs)
            ends.append(ce)


def _plain(text: str) -> bool:
    """Whether cleaning leaves ``text`` as it is, but for the spaces: it is in NFC (so each of
    its characters is, cluster by cluster) and has no combining mark or character to drop."""
    chars = set(text)
    return unicodedata.is_normalized("NFC", text) and _DROP.isdisjoint(chars) \
        and not any(map(unicodedata.combining, chars))


def _copy(text: str, offset: int, parts: list[str], starts: list[int], ends: list[int]) -> None:
    """Clean a plain ``text`` (see :func:`_plain`): each character maps to the raw one at its
    place, so the text is copied whole instead of one Python step per character."""
    parts.append(text if _SPACE_CHAR.search(text) is None else text.translate(_SPACES))
    starts.extend(range(offset, offset + len(text)))
    ends.extend(range(offset + 1, offset + len(text) + 1))


def _lines(text: str) -> list[str]:
    """``text`` cut after each line break that no combining mark follows (the line break and
    the mark are one cluster, which must not be cut)."""
    chunks = text.split("\n")
    lines = [chunks[0]]
    for chunk in chunks[1:]:
        if chunk and unicodedata.combining(chunk[0]):
            lines[-1] += "\n" + chunk
        else:
            lines[-1] += "\n"
            lines.append(chunk)
    return lines


_WORD = re.compile(r"[^\W\d_]+")
# In NFC text only a word with a bare o/u right before a vowel whose decomposition starts
# with a tone ("oà" = o, a, grave) can have its tone moved: the others are left as they are,
# so only the words around such a pair are retoned. The precomposed vowels are all in the
# Latin blocks.
_TONED = "".join(c for c in map(chr, range(0xC0, 0x1F00))
                 if re.match("[aAeEyY][" + _TONES + "]", unicodedata.normalize("NFD", c)))
_MOVABLE_PAIR = re.compile("[oOuU][" + _TONED + "]")


def _retone_text(text: str) -> str:
    """Apply the traditional tone placement word by word (length is unchanged in NFC)."""
    if unicodedata.is_normalized("NFC", text):
        words = (_word_around(text, m.start()) for m in _MOVABLE_PAIR.finditer(text))
    else:
        words = (m.span() for m in _WORD.finditer(text))
    out = []
    pos = done = 0
    for start, end in words:
        if start < done:
            continue  # a second pair in a word already seen
        done = end
        word = text[start:end]
        if len(word) >= 2:
            new = _retone(word)
            if len(new) == len(word):
                out.append(text[pos:start])
                out.append(new)
                pos = end
    out.append(text[pos:])
    return "".join(out)


def _word_around(text: str, i: int) -> tuple[int, int]:
    """The span of the word (a run of letters, as ``_WORD`` reads it) around the letter at ``i``."""
    start = i
    while start and text[start - 1].isalnum() and not text[start - 1].isdecimal():  # [^\W\d_]
        start -= 1
    return start, _WORD.match(text, i).end()


def normalize(text: str) -> str:
    """Cleaned form of a short string (names, titles) without the offset map.

    >>> normalize("Phó Chủ tịch UBND tỉnh Khánh Hoà")
    'Phó Chủ tịch UBND tỉnh Khánh Hòa'
    """
    return clean(text).text
