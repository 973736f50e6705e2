"""The reading stage: files and directories -> :class:`~kg.model.Article` (or :class:`~kg.model.InputError`).

>>> from kg.io import read_inputs
>>> for item in read_inputs(["data/articles"]):               # doctest: +SKIP
...     print(item.id if not isinstance(item, Exception) else f"error: {item}")

- A path is a file or a directory; a directory is walked recursively in sorted order (by
  name, a directory's contents where its name sorts), skipping hidden files and hidden
  directories (names starting with '.') and files that are not ``.txt``, ``.html``,
  ``.htm`` or ``.jsonl``. A file of another kind named explicitly is an error.
- ``.txt``: one article, id = file name without extension, text = the decoded file exactly
  (see :mod:`kg.io.decode`). ``.html``/``.htm``: one article from the page's main text
  (see :mod:`kg.io.htmlpage`). ``.jsonl``: one article per line (see :mod:`kg.io.jsonl`).
- Bad inputs are yielded as :class:`InputError` (``str(err)`` is one line naming the file,
  and the line or byte where it applies) and reading goes on; nothing is raised.
- Article ids are unique in one run: a later article with an id already seen is an error
  and is skipped.
- ``Article.source`` is the path as given (joined with the names found below a directory).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.io.decode import MAX_FILE_BYTES, decode_bytes, mojibake_problem, text_problem
from kg.io.htmlpage import declared_charset, parse_html
from kg.io.jsonl import read_jsonl
from kg.model import Article, InputError

__all__ = ["SUPPORTED_SUFFIXES", "read_html_file", "read_inputs", "read_text_file"]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_NON_SPACE = re.compile(r"\S")


def read_inputs(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> Iterator[Article | InputError]:
    """Articles from files and directories, in order, with one :class:`InputError` per bad input."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: dict[str, str] = {}  # article id -> where it was first read
    for item, where in _read_all(paths):
        if isinstance(item, Article):
            first = seen.get(item.id)
            if first is not None:
                yield InputError(where, f"duplicate article id {item.id!r} (first seen in {first}), skipped")
                continue
            seen[item.id] = where
        yield item


def _read_all(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Article | InputError, str]]:
    for given in paths:
        for found in _expand(os.fspath(given)):
            if isinstance(found, InputError):
                yield found, found.source
            else:
                yield from _read_file(found)


def _expand(source: str) -> Iterator[str | InputError]:
    """The files to read for one given path, or the error about it."""
    if not source:
        yield InputError("''", "no such file or directory (empty path)")
        return
    path = Path(source)
    try:
        if path.is_dir():
            yield from _walk(source, {os.path.realpath(source)})
        elif path.exists():
            if not path.is_file():
                yield InputError(source, "not a regular file or directory")
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
                yield InputError(source, f"unsupported file type {kind}; expected .txt, .html, .htm or .jsonl")
            else:
                yield source
        elif path.is_symlink():
            yield InputError(source, "no such file or directory (broken symbolic link)")
        else:
            yield InputError(source, "no such file or directory")
    except OSError as err:  # e.g. a name too long, a permission denied on a parent
        yield InputError(source, f"cannot read: {err.strerror or err}")


def _walk(directory: str, visited: set[str]) -> Iterator[str | InputError]:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield InputError(directory, f"cannot read directory: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        try:
            if entry.is_dir():
                real = os.path.realpath(path)
                if real not in visited:  # a symbolic link loop is walked once
                    visited.add(real)
                    yield from _walk(path, visited)
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES:
                yield path
        except OSError as err:
            yield InputError(path, f"cannot read: {err.strerror or err}")


def _read_file(source: str) -> Iterator[tuple[Article | InputError, str]]:
    suffix = os.path.splitext(source)[1].lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(Path(source), source)
        elif suffix == ".txt":
            yield read_text_file(source), source
        else:
            yield read_html_file(source), source
    except InputError as err:
        yield err, source
    except OSError as err:
        yield InputError(source, f"cannot read: {err.strerror or err}"), source


def read_text_file(source: str | os.PathLike[str]) -> Article:
    """One ``.txt`` article; raises :class:`InputError` (or ``OSError``) if it cannot be read."""
    source = os.fspath(source)
    path = Path(source)
    text = decode_bytes(_read_bytes(path, source), source)
    if not _NON_SPACE.search(text):
        raise InputError(source, "empty article (no text)")
    _check_legacy(text, source)
    return Article(id=path.stem, text=text, source=source)


def read_html_file(source: str | os.PathLike[str]) -> Article:
    """One ``.html``/``.htm`` page as an article; raises :class:`InputError` (or ``OSError``)."""
    source = os.fspath(source)
    path = Path(source)
    data = _read_bytes(path, source)
    try:
        markup = decode_bytes(data, source)
    except InputError:
        charset = declared_charset(data[:4096])
        if charset is None or charset.replace("_", "-").startswith(("utf-", "utf8", "utf16")):
            raise
        try:  # a page that declares its (non-Unicode) charset is decoded with it
            markup = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise InputError(source, f"binary or undecodable: not UTF-8 nor the declared charset {charset!r}") from None
    try:
        page = parse_html(markup)
    except (AssertionError, ValueError, IndexError, RecursionError) as err:  # last resort, not expected
        raise InputError(source, f"cannot parse HTML: {type(err).__name__}: {err}".splitlines()[0]) from None
    if not _NON_SPACE.search(page.text):
        raise InputError(source, "empty article (no main text found in the page)")
    _check_legacy(page.text, source)
    return Article(id=path.stem, text=page.text, source=source, url=page.url, title=page.title,
                   published=page.published)


def _read_bytes(path: Path, source: str) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(source, f"file too large: {size:,} bytes (kg reads .txt and .html files of at most "
                                 f"{MAX_FILE_BYTES:,} bytes; give a corpus as JSONL)")
    return path.read_bytes()


def _check_legacy(text: str, source: str) -> None:
    problem = text_problem(text) or mojibake_problem(text)
    if problem:
        raise InputError(source, problem)
