"""Regression floors: extraction quality on the development gold must not fall below what
has been reached (scores from `kg eval`, the scorer of shared/tools/score.py)."""

import json
from pathlib import Path

import pytest

from kg.evaluate import score
from kg.extract import extract_article
from kg.io import read_inputs
from kg.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# F1 floors, a little under the scores measured when they were set.
FLOORS = {
    "shared": {"persons": 0.96, "ranks": 0.98, "posts": 0.88, "posts_org": 0.73, "posts_status": 0.70,
               "organizations": 0.73, "event_roles": 0.57, "directives": 0.36, "authors": 0.78},
    "tuning": {"persons": 0.92, "ranks": 0.92, "posts": 0.72, "posts_org": 0.47, "organizations": 0.59},
}
GOLD = {"shared": SHARED / "gold", "tuning": ROOT / "data" / "gold" / "tuning"}


def _gold(folder: Path) -> dict:
    docs = {}
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        docs[doc["article"]["id"]] = doc
    return docs


@pytest.fixture(scope="module")
def predictions():
    wanted = set()
    for folder in GOLD.values():
        wanted |= set(_gold(folder))
    out = {}
    for item in read_inputs([SHARED / "corpus"]):
        if isinstance(item, Article) and item.id in wanted and item.id not in out:
            out[item.id] = extract_article(item)
    return out


@pytest.mark.parametrize("which", sorted(FLOORS))
def test_scores_stay_above_their_floors(which, predictions):
    gold = _gold(GOLD[which])
    table = score(gold, predictions)
    low = {k: table[k]["f1"] for k, floor in FLOORS[which].items() if table[k]["f1"] < floor}
    assert not low, f"{which}: below the floor: {low}"
