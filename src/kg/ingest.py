"""Ingest: read -> extract -> RDF -> store, atomic per article.

An article whose content hash (text and metadata) and extractor version are already in the
store is skipped, so re-ingesting a corpus adds nothing; a changed article replaces its
named graph in one transaction.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.extract import EXTRACTOR_VERSION, extract_article
from kg.io import read_inputs
from kg.model import Article, InputError
from kg.rdf import article_quads
from kg.resolve import resolve_needed, resolve_store
from kg.store import Store


@dataclass
class Summary:
    articles: int = 0  # articles read
    added: int = 0  # new or replaced in the store
    unchanged: int = 0
    failed: int = 0
    triples: int = 0  # triples in the store afterwards
    triples_added: int = 0
    persons: int = 0
    organizations: int = 0
    events: int = 0
    directives: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            (f"articles: {self.articles} ({self.added} added or replaced, {self.unchanged} unchanged, "
             f"{self.failed} failed)"),
            f"triples: {self.triples} ({self.triples_added:+d})",
            f"persons: {self.persons}",
            f"organizations: {self.organizations}",
            f"events: {self.events}",
            f"directives: {self.directives}",
            f"seconds: {self.seconds:.2f}",
        ]


def version_hash(article: Article) -> str:
    """The hash that decides whether an article must be extracted again."""
    return f"{article.content_hash}:{EXTRACTOR_VERSION}"


def ingest(paths: Iterable[str], store: Store, progress: bool = True,
           on_error: Callable[[str], None] | None = None) -> Summary:
    """Add the articles under ``paths`` to ``store``; bad inputs are reported and skipped."""
    t0 = time.perf_counter()
    summary = Summary()
    before = store.stats().get("triples", 0)
    report = on_error or (lambda msg: print(f"kg: {msg}", file=sys.stderr))
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, disable=None, leave=False)
    try:
        for item in read_inputs(paths):
            if bar is not None:
                bar.update(1)
            if isinstance(item, InputError):
                summary.failed += 1
                summary.errors.append(str(item))
                report(str(item))
                continue
            summary.articles += 1
            digest = version_hash(item)
            if store.has_article(item.id, digest):
                summary.unchanged += 1
                continue
            try:
                result = extract_article(item)
                quads = article_quads(result, item)
            except Exception as err:  # noqa: BLE001 - an extractor bug must not stop a whole corpus
                summary.failed += 1
                msg = f"{item.source or item.id}: extraction failed: {type(err).__name__}: {err}"
                summary.errors.append(msg)
                report(msg)
                continue
            store.put_article(item.id, digest, quads)
            summary.added += 1
    finally:
        if bar is not None:
            bar.close()
    if summary.added or resolve_needed(store):
        resolve_store(store)  # the resolution graph is recomputed from the article graphs
    stats = store.stats()
    summary.triples = stats.get("triples", 0)
    summary.triples_added = summary.triples - before
    summary.persons = stats.get("persons", 0)
    summary.organizations = stats.get("organizations", 0)
    summary.events = stats.get("events", 0)
    summary.directives = stats.get("directives", 0)
    summary.seconds = time.perf_counter() - t0
    return summary
