"""Lexicons: rank, post, unit, cue and name lists shipped as TSV package data.

Each file has a header row; most rows carry an English gloss. Code never lists these
words itself: add a row to the TSV instead.

>>> [r["rank"] for r in load("ranks")][:2]
['Đại tướng', 'Thượng tướng']
>>> gloss("Chính ủy")
'Political Commissar'
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from kg.text.clean import normalize

NAMES = ("ranks", "posts", "units", "organizations", "honorifics", "person_cues", "family_names",
         "event_kinds", "role_cues", "directive_verbs", "task_verbs", "status_markers", "documents",
         "abbreviations", "places", "org_words", "stop_words", "non_person_before", "interview_cues",
         "post_abbreviations", "addressee_starts", "place_words", "not_units", "membership_markers",
         "department_codes", "person_verbs", "birth_order", "assignment_passives", "amount_words",
         "warrant_acts", "narrative_words", "sentence_units")


@cache
def load(name: str) -> tuple[dict, ...]:
    """Rows of ``lexicons/<name>.tsv`` as dicts, text fields in cleaned (NFC, traditional) form."""
    text = resources.files("kg.lexicons").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: normalize(v or "") for k, v in row.items()} for row in rows)


def column(name: str, col: str) -> tuple[str, ...]:
    """One column of a lexicon."""
    return tuple(row[col] for row in load(name) if row[col])


@cache
def glosses() -> dict[str, str]:
    """Vietnamese term -> English gloss over every lexicon that has one."""
    out: dict[str, str] = {}
    for name in NAMES:
        for row in load(name):
            values = list(row.values())
            if row.get("english"):
                out.setdefault(values[0], row["english"])
    return out


def gloss(term: str) -> str | None:
    """English gloss of a rank, post title, unit word or cue, if a lexicon has it."""
    return glosses().get(normalize(term))
