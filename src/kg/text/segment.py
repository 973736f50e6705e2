"""Split cleaned text into paragraphs and sentences.

>>> [s.text for s in split_sentences("Ông A chủ trì. Ông B dự.\\nẢnh: H. Dũng")]
['Ông A chủ trì.', 'Ông B dự.', 'Ảnh: H. Dũng']
>>> [s.text for s in split_sentences("Ông dự Đại hội Đảng lần thứ X. Ông B dự.")]
['Ông dự Đại hội Đảng lần thứ X.', 'Ông B dự.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned text: ``text == cleaned[start:end]``."""

    start: int
    end: int
    text: str
    paragraph: int


# A sentence ends at . ! ? … (and closing quotes/brackets) followed by a space and
# something that starts a sentence. A dot after a capital letter, or a capital consonant and a
# lower-case one, is an initial or an abbreviation ("H. Dũng", "Th. Hà", "TP. Hồ Chí Minh"), not
# an end; a two-letter word with a vowel ends a sentence like any other ("tỉnh Long An. Ông ...").
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-ZĐÀ-Ỹ0-9])")
_ABBREV = re.compile(r"(?:^|\s)(?:[A-ZĐ]|[B-DF-HJ-NP-TV-ZĐ][b-df-hj-np-tv-zđ]|TP|Tp|TS|GS|PGS|ThS|BS|St|Th|NXB)\.$")
# A one-letter Roman numeral after an ordinal's word ("Đại hội Đảng lần thứ X.", "Quốc hội khóa X.", "Đại hội X.")
# is a number, no initial: the dot after it ends the sentence.
_ROMAN_ORDINAL = re.compile(r"(?:^|\s)(?:thứ|khóa|khoá|hội|lần)\s+[IVX]\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs are lines; inside a line, sentences end at terminal punctuation."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        start = 0
        for m in _END.finditer(line):
            # look only at the few characters before the dot: the whole prefix would make
            # a long line quadratic
            if _ABBREV.search(line, max(0, m.end() - 8), m.end()) \
                    and not _ROMAN_ORDINAL.search(line, max(0, m.end() - 12), m.end()):
                continue
            _add(out, line, line_start, start, m.end(), para)
            start = m.end()
        _add(out, line, line_start, start, len(line), para)
        para += 1
    return out


def _add(out: list[Sentence], line: str, offset: int, start: int, end: int, para: int) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(offset + start, offset + end, line[start:end], para))
