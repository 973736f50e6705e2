"""Pausing Python's cycle collector while one article is read.

Extracting an article makes thousands of small objects (tokens, items, mentions,
quads), nearly all freed as soon as the article is done, by reference counting: they make no
reference cycles that would wait for the cycle collector. Yet the collector runs after every
few hundred new objects and walks all those still alive, and the article's own tokens and
items are alive until the article is done: it spent about 15% of the CPU time of extraction
finding nothing to free. While an article is read it is paused; whatever garbage the article
left in cycles is collected by the next run after it (so memory stays bounded by one
article's cycles).

>>> import gc
>>> with gc_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # the pauses open now (nested calls, or threads extracting at once)
_resume = False  # whether the collector ran when the first of them began


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cycle collector is paused inside (as a decorator: during each call), and runs again
    when the last pause open ends, unless it was off before the first began."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
