"""Plain data types shared by the stages.

The extraction result itself is a JSON-ready ``dict`` in the form of
``extraction.schema.json`` (see :func:`kg.extract.extract_article`); only the input
article needs a type of its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One input article as read from a file or a JSONL line.

    >>> Article(id="a1", text="Trung tướng Đỗ Văn Thiện").content_hash[:8]
    '991eada1'
    """

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text and metadata: an article whose hash is unchanged is not re-ingested."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.url or "", self.title or "", self.published or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


class InputError(Exception):
    """A bad input: ``str(err)`` is the one-line message that names the file (and line or byte)."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")
