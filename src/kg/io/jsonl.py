"""JSON Lines input: one article per line, read as a stream (large files are fine).

Each line is ``{"id": str, "text": str}`` with optional ``"url"``, ``"title"``,
``"published"`` (ISO 8601), each a string or null; other keys are ignored. Blank lines are
skipped. A bad line gives one :class:`InputError` whose source is ``"file.jsonl:LINE"``, and
the reading goes on with the next line.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

from kg.io.decode import mojibake_problem, sniff_utf16, text_problem, undecodable_utf8
from kg.io.htmlpage import iso_date
from kg.model import Article, InputError

__all__ = ["read_jsonl"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_ID_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_OPTIONAL = ("url", "title", "published")


def read_jsonl(path: Path, source: str) -> Iterator[tuple[Article | InputError, str]]:
    """``(article or error, where)`` for each non-blank line; ``where`` is ``source:LINE``."""
    with open(path, "rb") as stream:
        head = stream.read(1 << 16)
        stream.seek(0)
        codec = None
        for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
            if head.startswith(bom):
                codec = name
                break
        codec = codec or sniff_utf16(head)
        if codec:
            yield from _wide_lines(stream, codec, source)
        else:
            yield from _utf8_lines(stream, source)


def _utf8_lines(stream, source: str) -> Iterator[tuple[Article | InputError, str]]:
    offset = 0
    empty = True
    for number, raw in enumerate(stream, 1):
        start, offset = offset, offset + len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw, start = raw[len(codecs.BOM_UTF8):], start + len(codecs.BOM_UTF8)
        nul = raw.find(b"\x00")
        if nul >= 0:  # binary: one error for the file, no flood of line errors
            yield InputError(source, f"binary or undecodable: NUL byte at byte {start + nul} (line {number})"), source
            return
        where = f"{source}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield undecodable_utf8(raw, start + err.start, where), where
            empty = False
            continue
        if line.strip():
            empty = False
            yield _parse_line(line, where, source), where
    if empty:
        yield InputError(source, "empty file: no articles"), source


def _wide_lines(stream, codec: str, source: str) -> Iterator[tuple[Article | InputError, str]]:
    text = io.TextIOWrapper(stream, encoding=codec, errors="strict", newline="")
    number = 0
    empty = True
    try:
        for line in text:
            number += 1
            if line.strip():
                empty = False
                where = f"{source}:{number}"
                yield _parse_line(line, where, source), where
    except UnicodeDecodeError:
        label = codec.split("-")[0].upper() + "-" + codec.split("-")[1]
        yield InputError(source, f"binary or undecodable: invalid {label} after line {number}"), source
        return
    if empty:
        yield InputError(source, "empty file: no articles"), source


def _parse_line(line: str, where: str, source: str) -> Article | InputError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(where, f"not valid JSON: {err.msg} at column {err.colno}")
    except RecursionError:
        return InputError(where, "not valid JSON: nested too deeply")
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        return InputError(where, f"not valid JSON: {' '.join(str(err).split())[:200]}")
    if not isinstance(obj, dict):
        return InputError(where, f"not a JSON object but a JSON {_json_type(obj)}")
    for key in ("id", "text"):
        if key not in obj:
            return InputError(where, f"missing required field '{key}'")
        if not isinstance(obj[key], str):
            return InputError(where, f"field '{key}' must be a string, not {_json_type(obj[key])}")
    article_id, text = obj["id"], obj["text"]
    if not article_id.strip():
        return InputError(where, "field 'id' is empty")
    if _ID_CONTROL.search(article_id):
        return InputError(where, "field 'id' holds control characters")
    if not text.strip():
        return InputError(where, "empty text")
    optional: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return InputError(where, f"field '{key}' must be a string or null, not {_json_type(value)}")
        optional[key] = (value.strip() or None) if value is not None else None
    for key, value in (("id", article_id), ("text", text), *optional.items()):
        if value and _SURROGATE.search(value):
            return InputError(where, f"field '{key}' holds a lone surrogate (invalid Unicode)")
    published = optional["published"]
    if published is not None:
        normal = iso_date(published)
        if normal is None or normal != published.replace(" ", "T", 1):
            return InputError(where, f"field 'published' is not an ISO 8601 date: {published!r}")
        optional["published"] = normal
    problem = text_problem(text) or mojibake_problem(text)
    if problem:
        return InputError(where, problem)
    return Article(id=article_id, text=text, source=source, **optional)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array",
            dict: "object"}.get(type(value), type(value).__name__)
