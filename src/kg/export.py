"""Export a store as RDF: Turtle (all graphs merged), TriG, N-Quads or JSON-LD.

GraphML and CSV are drawings of the graph, not RDF; they live in :mod:`kg.viz`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.store import FORMATS, Store

__all__ = ["EXPORT_FORMATS", "export"]

#: the formats :func:`export` writes
EXPORT_FORMATS = FORMATS


def export(store: Store, fmt: str, out: str | os.PathLike | None = None) -> bytes:
    """Serialise the whole store as ``fmt`` (``ttl``, ``trig``, ``nq``, ``jsonld``).

    Returns the bytes; with ``out``, also writes them there (through a temporary file in
    the same directory, so a reader never sees half a file).

    >>> from kg.store.embedded import EmbeddedStore
    >>> export(EmbeddedStore(None), "nq").startswith(b"<")
    True
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    data = store.dump(fmt)
    if out is not None:
        path = Path(out)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return data
