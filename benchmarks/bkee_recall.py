"""Recall of kg's persons and posts on the position events of BKEE (dev, and train for information).

BKEE (``../shared/corpus/bkee``) annotates Start-position, End-position, Elect and Nominate
events with their Person-Arg, Position-Arg and Entity-Arg. ``kg.bkee`` turns them into facts;
this script runs kg's extractor on the de-segmented articles that have such events and counts:

* person recall: a gold person that looks like a name (at least two capitalised syllables,
  read from the Person-Arg text: "ông Phạm_Văn_Vọng" -> "Phạm Văn Vọng") is found among kg's
  persons of that article, compared by the scorer's normalised key, kg's name equal to the
  gold name or the gold name ending with it ("Zimbabwe Robert Mugabe" / "Robert Mugabe");
* person+position recall: kg also has a post for that person whose title+org words cover at
  least half of the gold Position-Arg words.

Precision is not meaningful: BKEE annotates only event arguments. Usage::

    .venv/bin/python benchmarks/bkee_recall.py [--bkee ../shared/corpus/bkee] [--misses 15]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from kg import lexicons
from kg.bkee import has_position_events, position_facts, read_split, to_article
from kg.evaluate import key
from kg.extract import extract_article
from kg.extract.mentions import lex
from kg.extract.tokens import tokenize
from kg.text.clean import normalize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BKEE = ROOT.parent / "shared" / "corpus" / "bkee"
TARGETS = {"person": 0.90, "person+position": 0.70}
_SPLIT = re.compile(r"\s(?:[(),;:]|-|và)\s|\s[(),;:]")
# Words before a position that say when, not what ("nguyên Bí thư", "tân Chủ tịch").
_POSITION_PREFIXES = ("nguyên", "cựu", "tân", "quyền")


def _cap(token: str) -> bool:
    return all(s[:1].isupper() for s in token.split("_") if s) and any(c.isalpha() for c in token)


def _acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


_NOT_PERSON_BEFORE = frozenset(lexicons.column("non_person_before", "word"))


def _drop_lexicon_words(run: list[str]) -> list[str]:
    """A capitalised run without its title, rank and status words; a unit word ends the run
    ("Sở Ngoại_Vụ" is an organisation, "Nguyên Bí_thư" a status and a title)."""
    L = lex()
    toks = tokenize(" ".join(" ".join(t.split("_")) for t in run))
    out, j = [], 0
    while j < len(toks) and L.person_cues.match(toks, j):  # "Ông" at the start of a sentence
        j = L.person_cues.match(toks, j)[0]
    while j < len(toks):
        if L.units.match(toks, j):
            break
        m = L.posts.match(toks, j) or L.ranks.match(toks, j) or L.markers.match(toks, j)
        if m and m[0] == j + 1 and any(w.casefold() in L.family for w in out):
            m = None  # "Nguyễn Đức Quyền", "Nguyễn Công Trưởng": one word after a family name is a given name
        if m:
            j = m[0]
            continue
        out.append(toks[j].text)
        j += 1
    return out


def gold_names(person_text: str) -> list[str]:
    """The names in a Person-Arg text (underscores already spaces is fine too): runs of capitalised
    words of at least two syllables, cut to start at a family name where one is in the run; the
    first segment (before a comma, parenthesis, dash) that holds one; "A và B" gives both.

    >>> gold_names("Phó chủ_tịch tỉnh Thanh_Hoá Ngô_Văn_Tuấn")
    ['Ngô Văn Tuấn']
    >>> gold_names("ông Phạm_Sỹ_Quý ( Giám_đốc Sở Tài_nguyên )")
    ['Phạm Sỹ Quý']
    >>> gold_names("Nguyễn_Đức_Quyền"), gold_names("ông Nguyễn_Công_Trưởng")
    (['Nguyễn Đức Quyền'], ['Nguyễn Công Trưởng'])
    >>> gold_names("bà Nga"), gold_names("Tổng_thống Zimbabwe Robert_Mugabe")
    ([], ['Zimbabwe Robert Mugabe'])
    """
    family = lex().family
    places = {key(p) for p in lexicons.column("places", "place")}
    text = normalize(person_text.replace("\u00a0", " "))
    out: list[str] = []
    for segment in re.split(r"\s+(?:và)\s+", text):
        for part in _SPLIT.split(" " + segment + " "):
            runs, run = [], []
            prev = ""
            for tok in part.split():
                if _cap(tok) and not _acronym(tok) and not (not run and prev in _NOT_PERSON_BEFORE):
                    run.append(tok)
                else:
                    runs.append(run)
                    run = []
                    prev = tok.split("_")[-1].casefold()
            runs.append(run)
            found = []
            for run in runs:
                run = _drop_lexicon_words(run)
                starts = [i for i, t in enumerate(run) if t.casefold() in family]
                if starts:
                    run = run[starts[0]:]
                name = " ".join(run)
                if len(name.split()) >= 2 and key(name) not in places:
                    found.append(name)
            if found:
                out.append(found[-1])
                break
    return out


def name_matches(gold: str, kg_name: str) -> bool:
    g, k = key(gold), key(kg_name)
    return bool(k) and (g == k or g.endswith(" " + k))


def position_words(position: str) -> set[str]:
    """The words of a gold position, without its term ("nhiệm kỳ 2010-2015") and numbers."""
    words = key(position).split()
    for j in range(len(words) - 1):
        if words[j:j + 2] == ["nhiệm", "kỳ"]:
            words = words[:j]
            break
    return {w for w in words if not w.isdigit()}


def position_covered(position: str, post: dict) -> float:
    gold = position_words(position)
    mine = set(key(f"{post['title']} {post.get('org') or ''}").split())
    return len(gold & mine) / len(gold) if gold else 0.0


def _title_head(position: str) -> str | None:
    """The lexicon post title at the start of a gold position (after "nguyên", "tân" ...), if any."""
    toks = tokenize(normalize(position))
    while toks and toks[0].low in _POSITION_PREFIXES:
        toks = toks[1:]
    m = lex().posts.match(toks, 0)
    return " ".join(t.text for t in toks[:m[0]]) if m else None


def _context(text: str, name: str) -> tuple[str, str]:
    """(class, words) of what stands just before the name in the article."""
    i = text.find(name)
    before = text[:i].split()
    if not before or before[-1] in ".!?:":
        return "at the start of a sentence", ""
    words = " ".join(before[-2:])
    prev = before[-1]
    if prev.casefold() in {c.casefold() for c in lexicons.column("person_cues", "cue")}:
        return "after a cue (ông, bà ...)", words
    toks = tokenize(normalize(words))
    if any(lex().posts.match(toks, j) or lex().ranks.match(toks, j) for j in range(len(toks))):
        return "after a known title or rank", words
    if prev[:1].isupper():
        return "after a capitalised word (title/org/place not known)", words
    if not prev[:1].isalnum():
        return f"after '{prev}'", words
    return "after lower-case words", words


def person_miss_kind(name: str, text: str, kg_names: list[str]) -> tuple[str, str]:
    """(kind, context words) of a gold person kg did not find."""
    g = key(name).split()
    for k in kg_names:
        kw = key(k).split()
        if kw and (kw[-1] == g[-1] or g[0] == kw[0]):
            return "name extent differs (kg has a longer/shorter name)", f"kg: {k}"
    if text.find(name) < 0:
        return "name not in the text as annotated (spelling/segmentation)", ""
    foreign = name.split()[0].casefold() not in lex().family
    where, words = _context(text, name)
    origin = "no family name (foreign or given name only)" if foreign else "Vietnamese"
    return f"{origin}: not found, {where}", f"after '{words}'"


def _written_after(text: str, start: int | None) -> str:
    """How the position is introduced: the word before it ("làm", "chức", ",", a name ...)."""
    if start is None:
        return "?"
    before = text[:start].split()
    if not before:
        return "<start>"
    prev = before[-1]
    if prev[:1].isupper() and len(prev) > 1:
        return "a name/capitalised word (apposition)"
    return f"'{prev.casefold()}'"


def position_miss_kind(position: str, posts: list[dict], after: str) -> str:
    head = _title_head(position)
    lexicon = "title in posts.tsv" if head else "title NOT in posts.tsv"
    if not posts:
        state = "kg has no post"
    elif head is not None and key(head) in {key(p["title"]) for p in posts}:
        state = "kg title right, org words missing"
    else:
        state = "kg has other posts"
    return f"{state}; {lexicon}; written after {after}"


def run_split(folder: Path) -> dict:
    docs = [d for d in read_split(folder) if has_position_events(d)]
    persons_gold, pos_gold = {}, {}
    crashes: list[str] = []
    per_doc = {}
    for doc in docs:
        article = to_article(doc)
        try:
            result = extract_article(article)
        except Exception as err:  # noqa: BLE001 -- an extractor bug: count it, keep going
            crashes.append(f"{doc.id}: {type(err).__name__}: {err}")
            result = {"persons": []}
        per_doc[doc.id] = (article, result)
        for fact in position_facts(doc):
            for name in gold_names(fact.person):
                persons_gold.setdefault((doc.id, key(name)), (name, fact))
                if fact.position:
                    pos_gold.setdefault((doc.id, key(name), key(fact.position)), (name, fact))
    hits = Counter()
    misses: Counter = Counter()
    examples: dict[str, str] = {}

    def miss(kind: str, example: str) -> None:
        misses[kind] += 1
        examples.setdefault(kind, example)

    for (doc_id, _), (name, _fact) in persons_gold.items():
        article, result = per_doc[doc_id]
        found = [p for p in result["persons"] if name_matches(name, p["name"])]
        if found:
            hits["person"] += 1
        else:
            kind, context = person_miss_kind(name, article.text, [p["name"] for p in result["persons"]])
            miss("person: " + kind, f"{doc_id}: {name} ({context})" if context else f"{doc_id}: {name}")
    for (doc_id, _, _), (name, fact) in pos_gold.items():
        article, result = per_doc[doc_id]
        found = [p for p in result["persons"] if name_matches(name, p["name"])]
        posts = [post for p in found for post in p["posts"]]
        if any(position_covered(fact.position, post) >= 0.5 for post in posts):
            hits["person+position"] += 1
        elif found:
            kg_posts = "; ".join(f"{p['title']} | {p.get('org') or '-'}" for p in posts) or "none"
            after = _written_after(article.text, fact.position_start)
            miss("position: " + position_miss_kind(fact.position, posts, after),
                 f"{doc_id}: {name} — gold '{fact.position}' — kg: {kg_posts}")
        else:
            miss("position: person not found (see the person misses)", f"{doc_id}: {name}")
    return {"docs": len(docs), "person": (hits["person"], len(persons_gold)),
            "person+position": (hits["person+position"], len(pos_gold)), "misses": misses,
            "examples": examples, "crashes": crashes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bkee", type=Path, default=DEFAULT_BKEE, help="the BKEE folder (with dev/ and train/)")
    ap.add_argument("--misses", type=int, default=15, help="how many kinds of misses to list")
    ap.add_argument("--splits", nargs="+", default=["dev", "train"])
    args = ap.parse_args(argv)
    if not (args.bkee / "dev").is_dir():
        print(f"bkee_recall: {args.bkee}: no dev/ folder here", file=sys.stderr)
        return 1
    for split in args.splits:
        r = run_split(args.bkee / split)
        print(f"== {split}: {r['docs']} articles with position events")
        for what in ("person", "person+position"):
            tp, n = r[what]
            rec = tp / n if n else 0.0
            print(f"{what:<17} recall {rec:.3f}  ({tp}/{n})  target {TARGETS[what]:.2f}")
        for crash in r["crashes"]:
            print(f"kg crashed on {crash}")
        print(f"most frequent kinds of misses ({split}):")
        for kind, count in r["misses"].most_common(args.misses):
            print(f"{count:>4}  {kind}\n        e.g. {r['examples'][kind]}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
