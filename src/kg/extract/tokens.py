"""Tokens of a sentence and a longest-match phrase matcher over lexicon phrases.

>>> toks = tokenize("Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy")
>>> [t.text for t in toks]
['Trung', 'tướng', 'Đỗ', 'Văn', 'Thiện', ',', 'Bí', 'thư', 'Đảng', 'ủy']
>>> m = PhraseMatcher({"trung tướng": "rank", "bí thư": "post", "bí thư đảng ủy": "post"})
>>> m.match(toks, 6)
(10, 'post')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Word-internal joiners: "TP.HCM", "KH&CN", "CT/QUTW"; a hyphen only between upper-case
# letters or digits ("LĐ-TB-XH", "31A-6226"), so "tư pháp-Công an" stays two words.
_TOKEN = re.compile(r"\w+(?:[.&'’/]\w+|(?<=[A-ZĐ0-9])-(?=[A-ZĐ0-9])\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets in the sentence's own text
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter ("Thiện", "TPHCM", "Đ")."""
        return self.text[0].isupper()

    @property
    def is_name_part(self) -> bool:
        """A capitalised syllable that can be part of a person's name ("Thiện", "RơMan")."""
        t = self.text
        return t[0].isupper() and t.isalpha() and (len(t) == 1 or not t[1:].isupper() or len(t) == 1)

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_upper(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def key_of(phrase: str) -> tuple[str, ...]:
    """Token key of a lexicon phrase: casefolded token texts."""
    return tuple(t.low for t in tokenize(phrase))


class PhraseMatcher:
    """Longest match of multi-token phrases, case-insensitive."""

    def __init__(self, phrases: dict[str, object]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in phrases.items():
            k = key_of(phrase)
            if k:
                self._by_first.setdefault(k[0], []).append((k, value))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def match(self, tokens: list[Token], i: int):
        """(end index, value) of the longest phrase starting at token ``i``, or None."""
        if i >= len(tokens):
            return None
        for k, value in self._by_first.get(tokens[i].low, ()):
            n = len(k)
            if i + n <= len(tokens) and all(tokens[i + j].low == k[j] for j in range(1, n)):
                return i + n, value
        return None
