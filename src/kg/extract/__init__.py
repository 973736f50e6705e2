"""Extraction: one article -> the facts it states, in the form of ``extraction.schema.json``.

The pipeline is a row of small components, each with one input and one output:

    clean -> split_sentences -> tokenize -> sentence_items (mentions)
          -> read_people -> read_events -> read_directives -> assemble

>>> from kg.model import Article
>>> r = extract_article(Article(id="a", text="Đại tá Trần Văn Bình, Chính ủy Sư đoàn 309 chủ trì hội nghị."))
>>> [(p["name"], p["rank"], p["posts"][0]["title"], p["posts"][0]["org"]) for p in r["persons"]]
[('Trần Văn Bình', 'Đại tá', 'Chính ủy', 'Sư đoàn 309')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg import lexicons
from kg.extract.authors import find_authors
from kg.extract.directives import read_directives
from kg.extract.events import read_events
from kg.extract.mentions import Item, lex, org_end, sentence_items, unit_level
from kg.extract.people import PersonMention, read_people, title_references
from kg.extract.tokens import Token, tokenize
from kg.model import Article
from kg.text import Sentence, clean, split_sentences
from kg.text.clean import Cleaned

EXTRACTOR_VERSION = "0.1.0"


@dataclass
class SentenceReading:
    """What the mention and people stages read from one sentence."""

    sentence: Sentence
    tokens: list[Token]
    items: list[Item]
    people: list[PersonMention]


def read_sentences(cleaned: Cleaned) -> list[SentenceReading]:
    out = []
    for s in split_sentences(cleaned.text):
        tokens = tokenize(s.text)
        if _shouting(s.text):
            # a headline in capitals repeats the story; its words cannot be told apart
            out.append(SentenceReading(s, tokens, [], []))
            continue
        items = sentence_items(s.text, tokens)
        out.append(SentenceReading(s, tokens, items, read_people(items)))
    return out


def _shouting(text: str) -> bool:
    """A sentence written in capitals ("BỘ CHÍNH TRỊ CHẤP THUẬN ...")."""
    # Counted without building lists, and the upper-case characters (no fewer than the upper-case
    # letters) first: most sentences have too few of them to be capitals, whatever their length.
    upper = sum(map(str.isupper, text))
    if upper <= 0.8 * 12:
        return False
    letters = sum(map(str.isalpha, text))
    if letters < 12 or upper <= 0.8 * letters:
        return False
    return sum(map(str.isupper, filter(str.isalpha, text))) > 0.8 * letters


def _place_key(text: str) -> str:
    """The key of a name with "TP" read as "thành phố" ("Công an thành phố" ~ "Công an TP HCM")."""
    return " ".join("thành phố" if w in ("tp", "tp.") else w for w in key(text).split())


def key(text: str) -> str:
    return " ".join(text.casefold().split())


class Registry:
    """Article-level entities: persons by name, organisations by name, with local ids."""

    def __init__(self, cleaned: Cleaned):
        self.cleaned = cleaned
        self.persons: dict[str, dict] = {}
        self.orgs: dict[str, dict] = {}
        self.aliases: dict[str, str] = {}  # key of an abbreviation the article explains -> org key
        self.recent: list[dict] = []  # persons in the order of their latest mention
        self.title_aliases: dict[str, str] = {}  # "ĐB" -> "Đại biểu" where the article explains it

    def span(self, sent: Sentence, a: int | None = None, b: int | None = None) -> dict:
        start = sent.start + (a if a is not None else 0)
        end = sent.start + (b if b is not None else len(sent.text))
        rs, re_ = self.cleaned.raw_span(start, end)
        return {"start": rs, "end": re_, "text": sent.text}

    def org(self, name: str, sent: Sentence | None = None, parent: str | None = None) -> dict:
        k = self.aliases.get(key(name), key(name))
        if k not in self.orgs:
            self.orgs[k] = {"id": f"o{len(self.orgs) + 1}", "name": name, "aliases": [], "parent": None,
                            "mentions": []}
        o = self.orgs[k]
        if parent and not o["parent"] and key(parent) != k:
            o["parent"] = self.org(parent, sent)["name"]
        if sent is not None and len(o["mentions"]) < 20:
            o["mentions"].append(self.span(sent))
        return o

    def add_alias(self, full: str, abbreviation: str) -> None:
        """"Tổng cục Hậu cần (TCHC)": later mentions of TCHC are the Tổng cục Hậu cần."""
        o = self.org(full)
        if key(abbreviation) != key(full) and abbreviation not in o["aliases"]:
            o["aliases"].append(abbreviation)
            self.aliases[key(abbreviation)] = key(full)

    def resolve_backref(self, bare: str) -> str:
        """"Tổng cục" after "Tổng cục Hậu cần" was named -> "Tổng cục Hậu cần"; else as written."""
        k = _place_key(bare)
        found = [o["name"] for o in self.orgs.values() if _place_key(o["name"]).startswith(k + " ")]
        return found[-1] if found else bare

    def apply_aliases(self) -> None:
        """Abbreviations explained anywhere in the article stand for their full name everywhere."""
        for p in self.persons.values():
            for post in p["posts"]:
                if post["org"] and key(post["org"]) in self.aliases:
                    post["org"] = self.orgs[self.aliases[key(post["org"])]]["name"]
        for k in list(self.orgs):
            if k in self.aliases and self.aliases[k] in self.orgs and self.aliases[k] != k:
                full = self.orgs[self.aliases[k]]
                full["mentions"].extend(self.orgs.pop(k)["mentions"][:20])
        for o in self.orgs.values():
            if o["parent"] and key(o["parent"]) in self.aliases:
                o["parent"] = self.orgs[self.aliases[key(o["parent"])]]["name"]

    def resolve_title(self, title: str) -> dict | None:
        """"Thủ tướng" used alone -> the person of the article last mentioned with that title."""
        k = key(title)
        for p in reversed(self.recent):
            if any(key(x["title"]) == k or key(x["title"]).startswith(k + " ") for x in p["posts"]):
                return p
        return None

    def resolve_short(self, given: str) -> dict | None:
        """A given name alone ("ông Dũng") -> the one person of the article it can be."""
        g = key(given)
        found = [p for p in self.persons.values() if key(p["name"]).split()[-1] == g]
        return found[-1] if len(found) >= 1 else None

    def person(self, pm: PersonMention, reading: SentenceReading) -> dict | None:
        if pm.short:
            p = self.resolve_short(pm.name)
            if p is None:
                return None
        else:
            k = key(pm.name)
            if k not in self.persons:
                self.persons[k] = {"id": f"p{len(self.persons) + 1}", "name": _title(pm.name), "rank": None,
                                   "honorifics": [], "posts": [], "mentions": []}
            p = self.persons[k]
        if pm.rank:
            p["rank"] = pm.rank
        for h in pm.honorifics:
            if h not in p["honorifics"]:
                p["honorifics"].append(h)
        toks = reading.tokens
        a, b = toks[pm.item.start].start, toks[pm.item.end - 1].end
        p["mentions"].append(self.span(reading.sentence, a, b))
        if p in self.recent:
            self.recent.remove(p)
        self.recent.append(p)
        for post in pm.posts:
            post.title = self.title_aliases.get(post.title, post.title)
            org = post.org
            if org and post.backref:
                org = self.resolve_backref(org)
            if org:
                org = self.org(org, reading.sentence)["name"]
            entry = {"title": post.title, "org": org, "status": post.status}
            same = [x for x in p["posts"] if key(x["title"]) == key(post.title)
                    and (x["org"] is None or org is None or key(x["org"]) == key(org))]
            if same:
                if same[0]["org"] is None and org:
                    same[0]["org"] = org
                continue
            entry["evidence"] = self.span(reading.sentence)
            p["posts"].append(entry)
        return p


def _title(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() if w.isupper() and len(w) > 1 else w for w in name.split())


# Middle names that never end a full name: "Nguyễn Văn" is a name cut short.
_MIDDLE_ONLY = frozenset({"văn", "thị"})


def _keep_person(pm: PersonMention, reading: SentenceReading) -> bool:
    if pm.short:
        return True
    last = pm.name.split()[-1]
    if len(last) == 1 or last.casefold() in _MIDDLE_ONLY:
        return False  # initials ("Nguyễn Văn B") and cut names are not persons
    toks = reading.tokens
    first = toks[pm.item.start].low
    # "Tán Văn Sự": a rarer family name, but the middle name "Văn"/"Thị" marks a person
    middle = pm.item.end - pm.item.start >= 3 and toks[pm.item.start + 1].low in _MIDDLE_ONLY
    return pm.licensed or first in lex().family or middle


def extract_article(article: Article) -> dict:
    """All facts of one article (see ``extraction.schema.json``)."""
    cleaned = clean(article.text)
    readings = read_sentences(cleaned)
    reg = Registry(cleaned)
    person_refs: list[list[tuple[PersonMention, dict]]] = []
    for r in readings:
        for k, it in enumerate(r.items):
            if it.kind not in ("org", "post"):
                continue  # only organisations and posts name units or are explained
            full = it.text if it.kind == "org" else it.org if it.kind == "post" else None
            abbr = _explained_abbreviation(r.items, k)
            if full and abbr:
                reg.add_alias(full, abbr)
            elif it.kind == "post" and abbr and not it.org:
                reg.title_aliases[abbr] = it.title
            if it.kind == "org":
                reg.org(it.text, r.sentence, parent=_inner_parent(it, r) or _adjacent_parent(r.items, k, r))
                if it.extra.get("child"):
                    reg.org(it.extra["child"], r.sentence, parent=it.text)
            elif it.kind == "post" and it.org and not (it.org_item and it.org_item.extra.get("backref")):
                reg.org(it.org, r.sentence, parent=_inner_parent(it.org_item, r) if it.org_item else None)
        refs = []
        for pm in r.people:
            if not _keep_person(pm, r):
                continue
            p = reg.person(pm, r)
            if p is not None:
                refs.append((pm, p))
        for pm in title_references(r.items):
            p = reg.resolve_title(pm.name)
            if p is not None:
                refs.append((pm, p))
        refs.sort(key=lambda ref: ref[0].item.start)
        person_refs.append(refs)
    reg.apply_aliases()
    assign_implicit_orgs(reg)
    authors = find_authors(cleaned.text.split("\n"))
    author_keys = {key(a) for a in authors}
    events = read_events(readings, person_refs, reg, article.published)
    directives = read_directives(readings, person_refs, reg, events)
    persons = [p for p in reg.persons.values() if key(p["name"]) not in author_keys]
    return {
        "article": {"id": article.id, "source": article.source, "title": article.title,
                    "published": article.published, "authors": authors},
        "persons": persons,
        "organizations": list(reg.orgs.values()),
        "events": events,
        "directives": directives,
        "extractor": {"name": "kg", "version": EXTRACTOR_VERSION},
    }


@cache
def _title_units() -> dict[str, str]:
    """Title key -> the unit type it names ("thứ trưởng" -> "Bộ"), from posts.tsv."""
    return {key(r["title"]): r["unit"] for r in lexicons.load("posts") if r.get("unit")}


def assign_implicit_orgs(reg: Registry) -> None:
    """A title that names its unit type ("Thứ trưởng" -> a Bộ) takes the one such unit the article names.

    Only where the article names exactly one organisation of that type; never a guess
    between several. The unit type of each title is the ``unit`` column of posts.tsv.
    """
    unit_of = _title_units()
    for p in reg.persons.values():
        for post in p["posts"]:
            unit = unit_of.get(key(post["title"]))
            if post["org"] or not unit:
                continue
            candidates = [o["name"] for o in reg.orgs.values() if key(o["name"]).startswith(key(unit) + " ")]
            if len(candidates) == 1:
                post["org"] = candidates[0]


def _explained_abbreviation(items: list[Item], k: int) -> str | None:
    """The "(TCHC)" that follows the organisation at ``k``, if any."""
    if k + 3 < len(items) and items[k + 1].kind == "sep" and items[k + 1].value == "(" \
            and items[k + 3].kind == "sep" and items[k + 3].value == ")":
        inner = items[k + 2]
        letters = [c for c in inner.text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(inner.text) <= 12:
            return inner.text
    return None


# Party committees of a unit are named after it ("Đảng ủy Công an tỉnh B") but do not sit under it.
_COMMITTEES = frozenset({"đảng", "thường"})


def _inner_parent(it: Item | None, r: SentenceReading) -> str | None:
    """"Phòng Cảnh sát kinh tế Công an tỉnh B": a higher unit named inside is the parent."""
    if it is None or r.tokens[it.start].low in _COMMITTEES:
        return None
    L = lex()
    toks = r.tokens
    known = L.orgs.match(toks, it.start)
    if known and known[0] == it.end:
        return None  # a body of its own name ("Văn phòng Chính phủ"), not a unit inside another
    outer = unit_level(toks, it.start, L)
    for j in range(it.start + 1, it.end):
        if toks[j].is_cap and (L.units.match(toks, j) or L.orgs.match(toks, j)) \
                and org_end(toks, j, L) == it.end and unit_level(toks, j, L) < outer:
            return r.sentence.text[toks[j].start:toks[it.end - 1].end]
    return None


def _adjacent_parent(items: list[Item], k: int, r: SentenceReading) -> str | None:
    """"Cục X, Bộ Y" or "Cục X (Bộ Y)": the higher unit right after is the parent."""
    if k + 2 >= len(items) or items[k + 1].kind != "sep" or items[k + 1].value not in ",(":
        return None
    nxt = items[k + 2]
    if nxt.kind != "org":
        return None
    if items[k + 1].value == "(" and not (k + 3 < len(items) and items[k + 3].value == ")"):
        return None
    if items[k + 1].value == "," and k + 3 < len(items) and items[k + 3].kind == "sep" and items[k + 3].value == ",":
        return None  # a list of units, not a unit and its parent
    if unit_level(r.tokens, nxt.start) < unit_level(r.tokens, items[k].start):
        return nxt.text
    return None
