"""Bylines and photo credits: the authors of the article, not officials.

>>> find_authors(["Tin, ảnh: KIM ANH"])
['Kim Anh']
>>> find_authors(["Chung cư Sư Vạn Hạnh Ảnh: B. Trung Phát triển"])
['B. Trung']
"""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"(?:^|\s)(?:Tin(?:,| và)? ảnh|Bài(?:,| và)? ảnh|Tin|Bài|Ảnh|Nhóm PV|PV)\s*:\s*"
    r"((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\.?\s?){1,4})"
)
_NAME_PART = re.compile(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\.?")
_ALONE = re.compile(r"^\s*((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\.?\s?){1,4})\s*$")


def _title_case(name: str) -> str:
    parts = []
    for part in name.split():
        if "." in part and part.upper() == part:
            sub = part.split(".")
            parts.append(".".join(s[:1] + s[1:].lower() for s in sub))
        else:
            parts.append(part[:1] + part[1:].lower() if part.isupper() else part)
    return " ".join(parts)


def _trim(name: str) -> str:
    words = name.split()
    # a credit is followed by running text: keep the upper-case or initial-like prefix
    out = []
    for w in words:
        if out and not (w.isupper() or w.endswith(".") or out[-1].endswith(".")) and len(out) >= 2:
            break
        if out and w[:1].isupper() and not w.isupper() and not out[-1].endswith(".") and \
                all(x.isupper() for x in out):
            break
        out.append(w)
    return " ".join(out).strip()


def find_authors(lines: list[str]) -> list[str]:
    """Authors from credit lines anywhere and a name alone on the last line."""
    found: list[str] = []
    for line in lines:
        for m in _CREDIT.finditer(line):
            name = _trim(m.group(1).strip())
            if name and any(c.isalpha() for c in name):
                found.append(_title_case(name.rstrip(".")) if name.isupper() else name)
    if lines:
        last = lines[-1].strip()
        m = _ALONE.match(last)
        if m and last.isupper() and len(last) <= 40 and not found:
            found.append(_title_case(m.group(1).strip()))
    seen, out = set(), []
    for a in found:
        if a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return out
