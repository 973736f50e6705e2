"""Abbreviated organisation names and the full names they stand for, by initials.

Articles name a body in full once ("Bộ Giao thông Vận tải", "Sở Quy hoạch - Kiến trúc")
and by its initials elsewhere ("Bộ GTVT", "Sở QHKT"), often without the parenthesis
that would say so. The initials of the full name's syllables, joiners ("và", "-", "&")
left out, spell the abbreviation; the words around it are the same.

>>> stands_for("Bộ GTVT", "Bộ Giao thông Vận tải")
True
>>> stands_for("Sở KH&CN TPHCM", "Sở Khoa học và Công nghệ TPHCM")
True
>>> stands_for("Ban KT-NS", "Ban Kinh tế - Ngân sách HĐND TP")
True
>>> stands_for("Bộ GTVT", "Bộ Giáo dục và Đào tạo")
False
>>> stands_for("UBND tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum")
True
>>> stands_for("BCH Trung ương", "Ban Chấp hành Trung ương Đảng khóa IX")
True
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from kg.extract.tokens import tokenize

# Words and signs an abbreviation leaves out ("Khoa học và Công nghệ" -> "KH&CN").
_SKIPPED = frozenset({"và", "-", "–", "&", ","})


def _base(letter: str) -> str:
    """The letter without its tone and vowel marks ("Ủ" -> "U"); "Đ" stays "Đ"."""
    return unicodedata.normalize("NFD", letter.upper())[0]


def _letters(abbreviation: str) -> str:
    return "".join(c for c in abbreviation if c.isalpha())


def is_abbreviation(word: str) -> bool:
    """Two or more letters, all upper-case ("GTVT", "KT-NS", "KH&CN"), not a Roman numeral."""
    letters = _letters(word)
    return len(letters) >= 2 and letters.isupper() and not set(letters) <= set("IVXLC")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(name))


def _abbreviation_ends(words: list[str], k: int) -> list[int]:
    """Where an abbreviation starting at ``words[k]`` may end ("KH", "&", "CN", then "TPHCM")."""
    ends, j = [], k
    while j < len(words) and (is_abbreviation(words[j]) or words[j] in ("&", "-") and j > k):
        j += 1
        if words[j - 1] not in ("&", "-"):
            ends.append(j)
    return ends


def _initials_end(words: list[str], k: int, letters: str) -> int | None:
    """Where the syllables from ``words[k]`` whose initials spell ``letters`` end, or None."""
    j, got = k, 0
    while j < len(words) and got < len(letters):
        w = words[j]
        if w.casefold() in _SKIPPED:
            j += 1
            continue
        if not w[:1].isalpha() or _base(w[0]) != _base(letters[got]):
            return None
        got += 1
        j += 1
    return j if got == len(letters) else None


def stands_for(short: str, full: str, whole: bool = False) -> bool:
    """Whether ``short`` abbreviates part of ``full`` and agrees with it word for word elsewhere;
    ``whole``: also two initials for the whole name ("QH" for "Quốc hội"), which the caller confirms."""
    a, f = _words(short), _words(full)
    for k, w in enumerate(a):
        if not is_abbreviation(w):
            continue
        if [x.casefold() for x in a[:k]] != [x.casefold() for x in f[:k]]:
            return False
        for after in _abbreviation_ends(a, k):
            end = _initials_end(f, k, "".join(_letters(x) for x in a[k:after]))
            if end is None or end - k < 2:
                continue
            rest, full_rest = [x.casefold() for x in a[after:]], [x.casefold() for x in f[end:]]
            # an abbreviated unit word ("BV", "UBND") must be followed by the same name
            # the rest may be cut short too ("BCH Trung ương" for "Ban Chấp hành Trung ương Đảng khóa IX")
            # ... and initials of the whole name are three letters or more ("CQĐT" for "Cơ quan điều tra")
            if rest == full_rest[:len(rest)] and (rest or k or (whole or end - k >= 3) and end == len(f)):
                return True
        return False
    return False


def expansions(names: list[str]) -> dict[str, str]:
    """Abbreviated name -> the one full name among ``names`` it stands for.

    >>> expansions(["Bộ GTVT", "Bộ Giao thông Vận tải", "Công an tỉnh"])
    {'Bộ GTVT': 'Bộ Giao thông Vận tải'}
    """
    words = {n: _words(n) for n in names}
    # the names an abbreviation can stand for share its first word, or begin with the word it
    # abbreviates: either way their first letters are the same (indexed, so an article naming
    # many units does not compare every name with every other)
    by_initial: dict[str, list[str]] = {}
    for n, w in words.items():
        if w:
            by_initial.setdefault(_base(w[0][0]), []).append(n)
    out = {}
    for short in names:
        w = words[short]
        if not any(is_abbreviation(x) for x in w):
            continue
        found = {f for f in by_initial[_base(w[0][0])] if f != short and stands_for(short, f)}
        if len(found) == 1:
            out[short] = found.pop()
    return out
