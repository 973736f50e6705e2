"""Bylines and photo credits: the authors of the article, not officials.

>>> find_authors(["Tin, ảnh: KIM ANH"])
['Kim Anh']
>>> find_authors(["Chung cư Sư Vạn Hạnh Ảnh: B. Trung Phát triển"])
['B. Trung']
>>> find_authors(["nỗi lo của các tỉnh miền Tây Ảnh: B.DŨNG Theo Bộ Y tế"])
['B.Dũng']
>>> find_authors(["người dân sống xung quanh tỏ ra rất bất bình. T.Dũng"])
['T.Dũng']
>>> find_authors(["phát biểu tại đại hội - Ảnh: TTXVN (NLĐ)", "(ảnh: L.V.T) Ngày 7-11"])
['L.V.T']
>>> find_authors(["Trong ảnh: Chung cư tái định cư. Ảnh: N.TRIỀU Ông A nói"])
['N.Triều']
>>> find_authors(["Bị cáo D - Ảnh: Minh Luận", "Ảnh: H.V. Hiện đoạn quốc lộ 91", "Ảnh: N.V.H. "])
['Minh Luận', 'H.V. Hiện', 'N.V.H']
>>> find_authors(["mới mong lấp nổi lỗ thủng cầu Văn Thánh 2. DIỆU TÂM"])
['Diệu Tâm']
"""

from __future__ import annotations

import re
import unicodedata

# "Trong ảnh:" (in the photo:) opens a caption, not a credit. The credit's text is read in a
# lookahead so that a caption running on into the next credit does not swallow it.
_CREDIT = re.compile(
    r"(?:^|[\s(\-–])(?<![Tt]rong )(?:[Tt]in(?:,| và)? ảnh|[Bb]ài(?:,| và)? ảnh|Tin|Bài|[Ảả]nh|Nhóm PV|PV)\s*:\s*"
    r"(?=(.{1,60}))"
)
# A signature run on at the end of the last paragraph: "... rất bất bình. T.Dũng", "... 2. DIỆU TÂM"
_SIGNATURE = re.compile(r"[.!?…”\"]\s+((?:[A-ZĐ]\.\s?)+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)\s*$")
_SIGNATURE_CAPS = re.compile(r"[.!?…”\"]\s+((?:[A-ZĐÀ-Ỹ]{2,}\s){1,2}[A-ZĐÀ-Ỹ]{2,})\s*$")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def _has_vowel(word: str) -> bool:
    base = unicodedata.normalize("NFD", word)
    return any(c in _VOWELS for c in base)


def _is_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_case(word: str) -> str:
    """'KIM' -> 'Kim', 'B.DŨNG' -> 'B.Dũng', 'L.V.T' stays."""
    parts = word.split(".")
    return ".".join(p[:1] + p[1:].lower() if len(p) > 1 else p for p in parts)


def _pen_name_rest(rest: list[str]) -> bool:
    """True when the word after a title-case first syllable is the pen name's second one."""
    if not rest:
        return False
    w = rest[0].strip(",;)")
    return (len(w) > 1 and w[0].isupper() and w[1:].islower() and _has_vowel(w)
            and (len(rest) == 1 or not rest[1][:1].islower()))


def _credit_name(text: str) -> str | None:
    """The name at the start of a credit's text, or None when it is not a person's name."""
    words = text.replace("\u00a0", " ").split()
    out: list[str] = []
    for w in words:
        w = w.strip(",;)")
        if not w or not w[0].isupper():
            break
        initial = bool(re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]?", w))
        if out and not (_is_upper(w) and _is_upper(out[-1]) or out[-1].endswith(".")):
            break
        if not initial and "." not in w and not _has_vowel(w):
            return None  # an agency or abbreviation ("TTXVN", "ĐVCC"), not a name
        out.append(w)
        if not _is_upper(w) and not w.endswith("."):
            if len(out) == 1 and _pen_name_rest(words[len(out):]):
                out.append(words[1].strip(",;)"))  # "Ảnh: Minh Luận": a pen name of two syllables
            break  # "B. Trung", "B.Trung": the given name ends the credit
        if len(out) == 4:
            break
    if not out:
        return None
    # "N.V.H." is written "N.V.H" (the full stop closes the sentence); a lone initial keeps its own
    name = " ".join(out).rstrip(".") if not re.fullmatch(r"[A-ZĐ]\.", out[-1]) else " ".join(out)
    if _is_upper(name.replace(".", "")) and any(len(p) > 1 for p in re.split(r"[.\s]", name)):
        name = " ".join(_title_case(w) for w in name.split())
    return name


def find_authors(lines: list[str]) -> list[str]:
    """Authors from credit lines anywhere and a name alone in capitals on the last line."""
    found: list[str] = []
    for line in lines:
        if ":" not in line:
            continue  # every credit has its colon; the pattern is slow to search without one
        for m in _CREDIT.finditer(line):
            name = _credit_name(m.group(1))
            if name:
                found.append(name)
    last = next((line.strip() for line in reversed(lines) if line.strip()), "")
    if not found and last and len(last) <= 40 and _is_upper(last) and re.fullmatch(r"[\w. ]+", last):
        name = _credit_name(last)
        if name:
            found.append(name)
    signed = _SIGNATURE.search(last)
    if signed:
        found.append(signed.group(1))
    else:
        caps = _SIGNATURE_CAPS.search(last)
        if caps and all(_has_vowel(w) for w in caps.group(1).split()):
            found.append(" ".join(_title_case(w) for w in caps.group(1).split()))
    seen, out = set(), []
    for a in found:
        if a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return out
