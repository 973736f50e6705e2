"""Read the BKEE event-extraction corpus (BRAT standoff) and turn its position events into facts.

BKEE (``shared/corpus/bkee``, CC BY-NC 4.0) annotates Vietnamese news, word-segmented (the
syllables of a word joined by ``_``), with entity mentions and events. Only event arguments
are annotated, so it measures recall, not precision. This module is a development aid for
benchmarks (``benchmarks/bkee_recall.py``); kg does not use it at run time.

Start-position, Elect and Nominate events give a current post, End-position a former one:

>>> ann = "T1\\tPER 0 9\\tông Lê_Ba\\nT2\\tEnd-position 10 19\\tmiễn_nhiệm\\n" \\
...       "T3\\tJOB 20 27\\tBí_thư\\nE1\\tEnd-position:T2 Person-Arg:T1 Position-Arg:T3\\n"
>>> doc = parse("d1", "ông Lê_Ba miễn_nhiệm Bí_thư", ann)
>>> [(f.person, f.position, f.status) for f in position_facts(doc)]
[('ông Lê Ba', 'Bí thư', 'former')]
>>> to_article(doc).text
'ông Lê Ba miễn nhiệm Bí thư'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Article

POSITION_EVENTS = {"Start-position": "current", "Elect": "current", "Nominate": "current",
                   "End-position": "former"}
# Entity types an Entity-Arg must have to be read as the organisation of the post.
ORG_TYPES = frozenset({"ORG", "GPE"})

_JOINER = re.compile(r"(?<=\w)_(?=\w)")


@dataclass(frozen=True)
class Span:
    """A ``T`` line: an entity mention or an event trigger."""

    id: str
    type: str
    fragments: tuple[tuple[int, int], ...]  # (start, end) code-point offsets, end exclusive
    text: str  # the covered text as the .ann gives it (underscored)

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass(frozen=True)
class Event:
    """An ``E`` line: the trigger and (role, span) arguments."""

    id: str
    type: str
    trigger: Span
    args: tuple[tuple[str, Span], ...]


@dataclass
class BkeeDoc:
    id: str
    text: str  # the underscored text, exactly as in the .txt (a leading BOM kept)
    spans: dict[str, Span] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class PositionFact:
    """One (person, position, organisation, status) fact of a position event, ``_`` read as spaces."""

    doc_id: str
    event: str  # the event type
    person: str
    position: str | None
    organisation: str | None
    status: str  # current or former
    start: int  # offsets of the person mention in the text
    end: int
    position_start: int | None = None  # offsets of the position mention, where there is one
    position_end: int | None = None


def desegment(text: str) -> str:
    """``_`` between syllables -> space; same length, so offsets are unchanged.

    >>> desegment("Đại_tướng Phùng_Quang_Thanh")
    'Đại tướng Phùng Quang Thanh'
    """
    return _JOINER.sub(" ", text)


def parse(doc_id: str, text: str, ann: str) -> BkeeDoc:
    """A document from its text and the content of its .ann file."""
    doc = BkeeDoc(doc_id, text)
    events = []
    for line in ann.splitlines():
        parts = line.rstrip("\r").split("\t")
        if len(parts) < 2:
            continue
        ident = parts[0].strip()
        if ident.startswith("T") and len(parts) >= 3:
            kind, _, offsets = parts[1].partition(" ")
            fragments = []
            for frag in offsets.split(";"):
                a, b = frag.split()
                fragments.append((int(a), int(b)))
            doc.spans[ident] = Span(ident, kind, tuple(fragments), parts[2])
        elif ident.startswith("E"):
            events.append((ident, parts[1].split()))
    for ident, fields in events:
        if not fields:
            continue
        kind, _, trig = fields[0].partition(":")
        if trig not in doc.spans:
            continue
        args = []
        for arg in fields[1:]:
            role, _, ref = arg.partition(":")
            if ref in doc.spans:
                args.append((role, doc.spans[ref]))
        doc.events.append(Event(ident, kind, doc.spans[trig], tuple(args)))
    return doc


def read_doc(txt_path: str | Path) -> BkeeDoc:
    """The document of ``EV-...-NNNN.txt`` and the .ann beside it (plain UTF-8: a BOM is a character)."""
    txt_path = Path(txt_path)
    text = txt_path.read_text(encoding="utf-8")
    ann_path = txt_path.with_suffix(".ann")
    ann = ann_path.read_text(encoding="utf-8") if ann_path.exists() else ""
    return parse(txt_path.stem, text, ann)


def read_split(directory: str | Path) -> list[BkeeDoc]:
    """All documents of a split folder, sorted by id."""
    return [read_doc(p) for p in sorted(Path(directory).glob("*.txt"))]


def to_article(doc: BkeeDoc) -> Article:
    """The de-segmented text as a kg Article (a BOM becomes a space; the first line is the title)."""
    text = desegment(doc.text.replace("\ufeff", " "))
    first = text.strip().split("\n", 1)[0].strip()
    return Article(id=doc.id, text=text, source=f"bkee/{doc.id}", title=first or None)


def _plain(span: Span | None) -> str | None:
    if span is None:
        return None
    return " ".join(desegment(span.text).split()) or None


def position_facts(doc: BkeeDoc) -> list[PositionFact]:
    """Facts of the Start-position, End-position, Elect and Nominate events of a document.

    ``Person-Arg``/``Position-Arg`` pair with each other, ``Person-Arg2`` with ``Position-Arg2``
    (falling back to the first position); the organisation is the ``Entity-Arg`` when it is an
    ORG or GPE mention (Nominate's ``Agent-Arg`` is who nominates, not the organisation).
    """
    out = []
    for ev in doc.events:
        status = POSITION_EVENTS.get(ev.type)
        if status is None:
            continue
        persons: dict[str, Span] = {}
        positions: dict[str, Span] = {}
        orgs: list[Span] = []
        for role, span in ev.args:
            base, _, n = role.partition("-Arg")
            if base == "Person":
                persons.setdefault(n, span)
            elif base == "Position":
                positions.setdefault(n, span)
            elif base == "Entity" and span.type in ORG_TYPES:
                orgs.append(span)
        org = _plain(orgs[0]) if orgs else None
        for n, person in persons.items():
            position = positions.get(n) or positions.get("")
            out.append(PositionFact(doc.id, ev.type, _plain(person) or "", _plain(position), org, status,
                                    person.start, person.end, position.start if position else None,
                                    position.end if position else None))
    return out


def has_position_events(doc: BkeeDoc) -> bool:
    return any(ev.type in POSITION_EVENTS for ev in doc.events)
