"""Small helpers shared by several test modules (pytest puts this folder on the import path)."""

import shutil
from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.model import Article

ROOT = Path(__file__).resolve().parents[1]
VNTC = ROOT.parent / "shared" / "corpus" / "vntc"
SAMPLE = ROOT / "data" / "articles"


def extract(text: str) -> dict:
    """The extraction result of one invented article."""
    return extract_article(Article(id="t", text=text))


def posts_of(result: dict, name: str) -> list[tuple]:
    """(title, org, status) of each post of the person named ``name``."""
    for p in result["persons"]:
        if p["name"] == name:
            return [(x["title"], x["org"], x["status"]) for x in p["posts"]]
    raise AssertionError(f"{name} not found in {[p['name'] for p in result['persons']]}")


def mixed_corpus(folder: Path, count: int) -> Path:
    """``count`` VNTC articles, the sample, and one bad (empty) input, copied into ``folder``."""
    files = sorted(VNTC.rglob("*.txt"))[:count]
    if len(files) < count:
        pytest.skip(f"no VNTC corpus at {VNTC}")
    for f in files:
        shutil.copy(f, folder / f.name)
    shutil.copy(next(SAMPLE.glob("*.txt")), folder)
    (folder / "m-empty.txt").write_bytes(b"")
    return folder
