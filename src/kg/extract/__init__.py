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

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from operator import attrgetter

from kg import lexicons
from kg.extract.abbreviations import expansions, is_abbreviation, stands_for
from kg.extract.authors import find_authors
from kg.extract.directives import read_directives
from kg.extract.events import read_events
from kg.extract.mentions import (
    _LOWER_CASE_UNITS,
    STOP_WORDS,
    Item,
    _foreign_word,
    lex,
    org_end,
    sentence_items,
    unit_level,
)
from kg.extract.people import PersonMention, _department_title, read_people, title_references
from kg.extract.tokens import PhraseMatcher, Token, tokenize
from kg.gcpause import gc_paused
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

    def items_ending(self, j: int) -> list[Item]:
        """The items that end at token ``j``.

        A lookup per verb, not a scan of every item, keeps a long sentence with many verbs
        linear. The items are in text order, each one starting where the one before ended (or
        further on), so their ends never go down: the items ending at ``j`` are found by
        bisection in the list of the ends, made once per sentence without a Python step per item.
        """
        ends = self._ends
        k = bisect_left(ends, j)
        return self.items[k:bisect_right(ends, j, k)]

    @cached_property
    def _ends(self) -> list[int]:
        return list(map(_END_OF, self.items))

    @cached_property
    def words(self) -> frozenset[str]:
        """The casefolded tokens of the sentence. A rule that needs some words ("chỉ đạo của") tests
        them here first, and passes over the many sentences without them with no step per token."""
        return frozenset(map(_LOW_OF, self.tokens))


_END_OF = attrgetter("end")
_LOW_OF = attrgetter("low")


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
    # In capitals, fewer than a fifth of the letters (so of the characters) are lower-case. Where
    # the most common lower-case letters of Vietnamese alone make a fifth, the sentence is not:
    # str.count finds that for nine sentences in ten, faster than anything that looks at each
    # character.
    if 5 * sum(map(text.count, "nhtgc")) >= len(text):
        return False
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
    """The key of a name with "TP" read as "thành phố" ("Công an thành phố" ~ "Công an TP HCM") and "Q."
    as "quận" ("UBND quận" ~ "UBND Q.Hai Bà Trưng")."""
    return " ".join("thành phố" if w in ("tp", "tp.") else "quận" if w == "q." else
                    "quận " + w[2:] if w.startswith("q.") and w[2:3].isalpha() else w for w in key(text).split())


@lru_cache(maxsize=16384)
def key(text: str) -> str:
    # (cached: the registry asks again and again for the keys of the same few names)
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
        self.head_mentions: list[tuple[str, int, str]] = []  # (title key, start, org) of posts merged away

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
        keys = {_place_key(bare), _place_key(_expand_unit_word(bare))}
        found = [o["name"] for o in self.orgs.values()
                 if any(_place_key(n).startswith(k + " ") for k in keys for n in (o["name"], _expand_unit_word(o["name"])))]
        return found[-1] if found else bare

    def expand_places(self, places_short: dict[str, str]) -> None:
        """"Tỉnh ủy KG", "UBND huyện PQ" where the article writes "tỉnh Kiên Giang (KG)", "huyện Phú Quốc
        (PQ)": the place's initials written out, the body named in full."""
        if not places_short:
            return
        for k, o in list(self.orgs.items()):
            words = o["name"].split()
            if k in self.aliases or not any(w in places_short for w in words[1:]):
                continue
            full = " ".join([words[0], *(places_short.get(w, w) for w in words[1:])])
            target = self.org(full, parent=o["parent"])
            self.aliases[k] = key(target["name"])

    def apply_aliases(self) -> None:
        """Abbreviations explained anywhere in the article stand for their full name everywhere.

        Explained means in a parenthesis after the full name, or spelled by the initials of
        an organisation the article names in full ("Bộ GTVT" where "Bộ Giao thông Vận tải"
        is written).
        """
        for short, full in expansions([o["name"] for o in self.orgs.values()]).items():
            # ... not "phòng CSĐT" where the article also writes "Phòng CSĐT Công an tỉnh B": a department
            # is the one written with its unit
            if key(short) not in self.aliases and not (key(short).split()[0] in _department_words()
                                                       and any(k.startswith(key(short) + " ") for k in self.orgs)):
                self.add_alias(full, short)
        for o in list(self.orgs.values()):
            # "Chủ tịch QH" where the article writes "Quốc hội": a whole name of two initials, too short to
            # read by initials alone, stands for the one full name they spell if the lexicon knows both
            name = o["name"]
            if " " in name or not is_abbreviation(name) or key(name) in self.aliases or not _known_org(name):
                continue
            found = [f["name"] for f in self.orgs.values() if f is not o and _known_org(f["name"])
                     and stands_for(name, f["name"], whole=True)]
            if len(found) == 1:
                self.add_alias(found[0], name)
        self._write_out_explained_heads()
        for short, full in [*self.shortened_names().items(), *self.place_word_variants().items(),
                            *self.bare_place_word_variants().items(),
                            *self.country_variants().items(), *self.qualified_unit_variants().items(),
                            *self.bare_unit_word_variants().items(), *self.unit_word_spellings().items()]:
            if key(short) not in self.aliases:
                self.aliases[key(short)] = key(full)
        for k, o in self.orgs.items():
            # "Phòng PC13" where the article wrote "Phòng Cảnh sát quản lý hành chính (PC13)"
            toks = tokenize(o["name"])
            unit = lex().units.match(toks, 0)
            if k not in self.aliases and unit and unit[0] < len(toks):
                full = self.aliases.get(key(o["name"][toks[unit[0]].start:]))
                head = " ".join(t.low for t in toks[:unit[0]])
                if full and full != k and full.startswith(head + " "):
                    self.aliases[k] = full
        self._follow_alias_chains()
        for o in self.orgs.values():
            # "Văn phòng PMU 18" where the article explains "Ban quản lý các dự án 18 (PMU 18)": a unit word
            # run together with an abbreviation the article explains is a part of that body
            words = o["name"].split()
            if o["parent"] is None and len(words) > 1:
                for n in range(1, len(words)):
                    target = self.aliases.get(key(" ".join(words[n:])))
                    toks = tokenize(" ".join(words[:n]))
                    unit = lex().units.match(toks, 0)
                    if target in self.orgs and target != key(o["name"]) and unit and unit[0] == len(toks) \
                            and toks[-1].low in _department_words():
                        o["parent"] = self.orgs[target]["name"]
                        break
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

    def _write_out_explained_heads(self) -> None:
        """"CA tỉnh Bình Thuận" where the article explains "Bộ Công an (CA)", "CQĐT Bộ CA" where it explains
        "Cơ quan Điều tra (CQĐT)" and "Bộ Công an (Bộ CA)": an abbreviation the article explains that begins a
        longer name is written out by the words of its full name that its initials spell ("Công an", "Cơ quan
        Điều tra"), and so is the rest where it is itself a name the article explains. The name so written out
        is the body's name (the abbreviated one an alias); where it is the explained body and the unit the
        article places it in ("Cơ quan Điều tra, Bộ Công an"), it is that body."""
        for k, o in list(self.orgs.items()):
            first, _, rest = o["name"].partition(" ")
            if k in self.aliases or not rest or not is_abbreviation(first) or key(first) not in self.aliases:
                continue
            full = self.orgs.get(self.aliases[key(first)])
            if full is None:
                continue
            words = full["name"].split()
            n = len([c for c in first if c.isalpha()])
            if len(words) < n or not stands_for(first, " ".join(words[-n:]), whole=True):
                continue
            rest_full = self.orgs.get(self.aliases.get(key(rest), key(rest)))
            written = " ".join([*words[-n:], rest_full["name"] if rest_full else rest])
            if full["parent"] and key(written) == key(" ".join(words[-n:]) + " " + full["parent"]):
                target = key(full["name"])
            else:
                target = self.aliases.get(key(written), key(written))
            if target == k:
                continue
            if target not in self.orgs:
                self.orgs[target] = {"id": o["id"], "name": written, "aliases": [], "parent": o["parent"],
                                     "mentions": []}
            if o["name"] not in self.orgs[target]["aliases"]:
                self.orgs[target]["aliases"].append(o["name"])
            self.aliases[k] = target

    def qualified_unit_variants(self) -> dict[str, str]:
        """"Cơ quan điều tra" (or "Cơ quan điều tra Hà Nội") where the article names one "Cơ quan Cảnh sát điều
        tra Hà Nội": a unit word written without the capitalised qualifier inside it, alone or with its place,
        stands for the one body the article names with that qualifier (and its place or unit after it)."""
        out = {}
        keys = {k: self.aliases.get(k, k) for k in self.orgs}
        for k, o in self.orgs.items():
            if k in self.aliases or o["parent"] is not None or _known_org(o["name"]):
                continue
            toks = tokenize(o["name"])
            unit = lex().units.match(toks, 0)
            if not unit or unit[0] < 2 or unit[0] < len(toks) and not self._place_or_unit(
                    key(o["name"][toks[unit[0]].start:]), {}):
                continue
            xs = [t.low for t in toks]
            found = set()
            for k2, o2 in self.orgs.items():
                if keys[k2] == k or k2 in self.aliases:
                    continue
                t2 = tokenize(o2["name"])
                ys = [t.low for t in t2]
                for i in range(1, unit[0]):
                    if len(ys) <= len(xs) or ys[:i] != xs[:i] or not t2[i].is_cap:
                        continue
                    j = next((j for j in range(i + 1, len(ys) - len(xs) + i + 1) if ys[j:j + len(xs) - i] == xs[i:]),
                             None)
                    tail = key(o2["name"][t2[j + len(xs) - i].start:]) if j is not None and j + len(xs) - i < len(ys) \
                        else ""
                    if j is not None and (not tail or self._place_or_unit(tail, keys)):
                        found.add(keys[k2])
            if len(found) == 1:
                target = self.orgs.get(found.pop())
                if target is not None:
                    out[o["name"]] = target["name"]
        return out

    def bare_unit_word_variants(self) -> dict[str, str]:
        """"Trung tâm", "Sở" written alone after the article named "Trung tâm Nuôi dưỡng X", "Sở Tư pháp tỉnh
        B": a unit word that needs a name of its own, written alone, is the one body of that unit word the article
        named before it."""
        out = {}
        order = {k: n for n, k in enumerate(self.orgs)}
        for k, o in self.orgs.items():
            toks = tokenize(o["name"])
            unit = lex().units.match(toks, 0)
            if k in self.aliases or not unit or unit[0] != len(toks) or not unit[1] or o["parent"] is not None:
                continue
            found = {self.aliases.get(k2, k2) for k2 in self.orgs
                     if k2.startswith(k + " ") and order[k2] < order[k]}
            later = any(k2.startswith(k + " ") and order[k2] > order[k] for k2 in self.orgs)
            if len(found) == 1 and not later:
                target = self.orgs.get(found.pop())
                if target is not None and target["parent"] != o["name"]:
                    out[o["name"]] = target["name"]
        return out

    def unit_word_spellings(self) -> dict[str, str]:
        """"VKSND tối cao" and "Viện KSND tối cao", "Công ty CP Hòa Bình" and "Công ty cổ phần Hòa Bình": one
        body written with its unit word spelled two ways the lexicon gives for the same kind of unit; the
        name written first stands for both."""
        first: dict[tuple[str, str], tuple[str, str]] = {}
        out = {}
        for k, o in self.orgs.items():
            toks = tokenize(o["name"])
            unit = lex().units.match(toks, 0)
            if k in self.aliases or not unit or unit[0] == len(toks) or o["parent"] is not None:
                continue
            word = o["name"][:toks[unit[0] - 1].end]
            gloss = _unit_glosses().get(key(word))
            loose = (gloss, key(o["name"][toks[unit[0]].start:]))
            if gloss is None:
                continue
            if loose not in first:
                first[loose] = (o["name"], word)
                continue
            name, word0 = first[loose]
            # ... spellings of one unit word ("VKSND", "Viện KSND" for "Viện Kiểm sát nhân dân"), not two kinds
            # of unit the lexicon glosses alike ("Sư đoàn", "Phòng"); "Cty" and "Công ty": place_word_variants
            if key(name) != k and key(_expand_unit_word(name)) != key(_expand_unit_word(o["name"])) \
                    and any(all(w == f or stands_for(w, f, whole=True) for w in (word, word0))
                            for f in _unit_spellings().get(gloss, ())):
                out[o["name"]] = name
        return out

    def _follow_alias_chains(self) -> None:
        """"Công an TP" -> "Công an thành phố" (its unit word spelled out) -> "Công an TP Thanh Hóa" (the
        one longer name it begins): a short name stands for the end of the chain, the full name."""
        for k in list(self.aliases):
            seen = {k}
            target = self.aliases[k]
            while target in self.aliases and target not in seen and self.aliases[target] in self.orgs:
                seen.add(target)
                target = self.aliases[target]
            self.aliases[k] = target

    def shortened_names(self) -> dict[str, str]:
        """"Công an tỉnh", "UBND TP" where the article also names "Công an tỉnh Lâm Đồng",
        "UBND TP HCM": a name cut short stands for the one longer name it begins."""
        out = {}
        keys = {k: _place_key(o["name"]) for k, o in self.orgs.items()}
        order = {k: n for n, k in enumerate(self.orgs)}
        for k, o in self.orgs.items():
            if k in self.aliases:
                continue
            if not _generic_name(o["name"]):
                # "Xí nghiệp Đầu máy" after "Xí nghiệp Đầu máy Hà Nội", "đội CSĐT" after "đội CSĐT Công an TP
                # Thanh Hóa": a unit's name cut short of its place or of the unit it belongs to (written
                # after the full name, or before it where only a place is cut: "Bệnh viện Ung bướu" in a headline,
                # "Bệnh viện Ung bướu TPHCM" in the lead, if it has a name of its own: not "Huyện ủy"; never a body the
                # lexicon knows: "Bộ Chính trị")
                # ... or of the lower-case words that end a long name written before it ("Công ty Tiếp thị"
                # after "Công ty Tiếp thị đầu tư Nông nghiệp và phát triển nông thôn")
                longer = {self.aliases.get(k2, k2): pk for k2, pk in keys.items()
                          if pk.startswith(keys[k] + " ") and self._place_or_unit(pk[len(keys[k]) + 1:], keys)} \
                    or {self.aliases.get(k2, k2): pk for k2, pk in keys.items()
                        if pk.startswith(keys[k] + " ") and self._lower_case_tail(k2, k, order)}
                if len(longer) == 1 and lex().units.match(tokenize(o["name"]), 0) and not _known_org(o["name"]) \
                        and all(order.get(k2, 0) < order[k] or self._place_or_unit(pk[len(keys[k]) + 1:], {})
                                and not _bare_unit_word(o["name"]) for k2, pk in longer.items()):
                    target = self.orgs.get(next(iter(longer)))
                    if target is not None and o["parent"] is None:
                        out[o["name"]] = target["name"]
                elif o["parent"] is None and not lex().units.match(tokenize(o["name"]), 0) \
                        and not is_abbreviation(o["name"]) and unit_level(tokenize(o["name"]), 0) >= 3:
                    # "Thảo Cầm Viên" where the article also writes "Thảo Cầm Viên Sài Gòn": an institution
                    # named with no unit word, cut short of the home place that ends its one longer name (not
                    # a country: "Quốc hội" and "Quốc hội Lào", "Honda" and "Honda Việt Nam" are two bodies;
                    # not a national body the lexicon knows: "Quốc hội TPHCM" is a delegation)
                    placed = {self.aliases.get(k2, k2) for k2, pk in keys.items()
                              if pk.startswith(keys[k] + " ") and _is_home_place(pk[len(keys[k]) + 1:])}
                    target = self.orgs.get(placed.pop()) if len(placed) == 1 else None
                    if target is not None and target["parent"] is None:
                        out[o["name"]] = target["name"]
                continue
            longer = {self.aliases.get(k2, k2) for k2, pk in keys.items() if pk.startswith(keys[k] + " ")}
            if not longer:
                # "Công an thành phố" where the article names "Công an Hà Nội": the unit and a place
                unit = _unit_of_city_or_province(o["name"])
                # ... not "Công an Ba Đình" where the article also writes "Công an quận Ba Đình"
                word = keys[k][len(unit) + 1:] if unit else ""
                longer = {self.aliases.get(k2, k2) for k2, pk in keys.items()
                          if unit and pk.startswith(unit + " ") and _is_place(pk[len(unit) + 1:])
                          and not any(pk2.startswith(unit + " ") and pk2.endswith(" " + pk[len(unit) + 1:])
                                      and pk2[len(unit) + 1:len(pk2) - len(pk) + len(unit)] not in ("", word)
                                      for pk2 in keys.values())}
            if len(longer) > 1 and len({keys.get(x) for x in longer}) == 1:
                longer = {min(longer, key=lambda x: order.get(x, len(order)))}  # "Công an Q.Hai Bà Trưng", "Công
                # an quận Hai Bà Trưng": one body, the name written first
            if len(longer) == 1:
                target = self.orgs.get(longer.pop())
                if target is not None and target["parent"] != o["name"] and o["parent"] != target["name"]:
                    out[o["name"]] = target["name"]
        return out

    def bare_place_word_variants(self) -> dict[str, str]:
        """"Sở Xây dựng TP" and "Sở Xây dựng", "Sở Xây dựng" and "Sở Xây dựng thành phố": one body written
        with and without a bare place word after its name (the place left unsaid); the name written
        first stands for both. Never a bare unit word ("Công an" and "Công an tỉnh")."""
        out = {}
        order = {k: n for n, k in enumerate(self.orgs)}
        for k, o in self.orgs.items():
            if k in self.aliases:
                continue
            toks = tokenize(o["name"])
            for start in range(1, len(toks)):
                pw = lex().place_words.match(toks, start)
                if pw and pw[0] == len(toks) and pw[1] in _UNIT_PLACE_WORDS:
                    break
            else:
                continue
            short = key(o["name"][:toks[start].start])
            if short not in self.orgs or short in self.aliases or _bare_unit_word(self.orgs[short]["name"]) \
                    or self.orgs[short]["parent"] != o["parent"]:
                continue
            first, later = (short, k) if order[short] < order[k] else (k, short)
            out[self.orgs[later]["name"]] = self.orgs[first]["name"]
        return out

    def country_variants(self) -> dict[str, str]:
        """"Ủy ban TƯ Mặt trận Tổ quốc Việt Nam" and "Ủy ban TƯ Mặt trận Tổ quốc VN": one body, the
        country written out and in initials; the name written first stands for both."""
        first: dict[str, str] = {}
        out = {}
        for k, o in self.orgs.items():
            if k in self.aliases:
                continue
            words = k.split()
            if "vn" not in words and "việt nam" not in k:
                continue
            loose = " ".join("việt nam" if w == "vn" else w for w in words)
            if loose in first:
                out[o["name"]] = first[loose]
            else:
                first[loose] = o["name"]
        return out

    def _lower_case_tail(self, longer: str, short: str, order: dict[str, int]) -> bool:
        """The name ``longer``, written before ``short``, is ``short`` (a unit word and a capitalised name) and
        two or more words after it, the first lower-case: not the stray word of "Ban Bí thư Trung ương Đảng
        liên", a function word ("Bộ GD- ĐT về quy hoạch") or a place ("Công an Nghệ An và Hà Nội")."""
        full, name = self.orgs[longer]["name"], self.orgs[short]["name"]
        if order[longer] > order[short] or not full.startswith(name + " "):
            return False
        tail, toks = tokenize(full[len(name) + 1:]), tokenize(name)
        unit = lex().units.match(toks, 0)
        return len(tail) > 1 and tail[0].text[:1].islower() and tail[0].low not in STOP_WORDS \
            and unit is not None and unit[0] < len(toks) and toks[unit[0]].is_cap \
            and not any(lex().places.match(tail, i) for i in range(len(tail)))

    @staticmethod
    def _place_or_unit(rest: str, keys: dict[str, str]) -> bool:
        """``rest`` (a key) is a place ("hà nội", "vn"), or a place word and a place, or a unit the article names."""
        if rest in _COUNTRY or _is_place(rest) or rest in keys.values():
            return True
        toks = tokenize(rest)
        pw = lex().place_words.match(toks, 0)
        return pw is not None and pw[0] < len(toks) and _is_place(rest[toks[pw[0]].start:])

    def place_word_variants(self) -> dict[str, str]:
        """"Công an Đồng Nai" and "Công an tỉnh Đồng Nai", "CA TP Hà Nội" and "Công an Hà Nội": one
        body written with and without the place word after its unit word. The name a post
        gives it stands for both, else the name written first; never where the place word tells
        two bodies apart (a province's and a district's police of the same name)."""
        in_posts = {key(post["org"]) for p in self.persons.values() for post in p["posts"] if post["org"]}

        def _in_posts(name: str) -> bool:
            # a post's organisation, or the unit that ends one ("Phòng CSGT Công an Tiền Giang")
            k = key(name)
            return k in in_posts or any(o.endswith(" " + k) for o in in_posts)

        groups: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for k, o in self.orgs.items():
            if k in self.aliases:
                continue
            loose = _without_place_word(o["name"])
            if loose:
                groups.setdefault(loose[0], []).append((o["name"], loose[1]))
        out = {}
        for names in groups.values():
            if len(names) < 2 or len({word for _, word in names if word}) > 1:
                continue
            # ... "Công ty 621" rather than "Cty 621": the name in full, as the annotation lists it
            # ... "Công an tỉnh Đồng Nai" rather than "Công an Đồng Nai": the name with its place word
            names.sort(key=lambda n: (not _in_posts(n[0]), _expand_unit_word(n[0]) != n[0], not n[1]))
            out.update({n: names[0][0] for n, _ in names[1:]})
        return out

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

    def _full_name_ending(self, k: str) -> str | None:
        """"bà Thu Hằng" after "bà Nguyễn Thị Thu Hằng", "trung tá Hoàng Mai" after "Phạm Hoàng Mai": a
        name of two words that ends the one longer name of the article is that person, named short."""
        if k in self.persons:
            return None
        initials = [k2 for k2 in self.persons if " ".join(w for w in k2.split() if len(w.rstrip(".")) > 1) == k]
        if len(initials) == 1:
            return initials[0]  # "Noah Zaring" after "Noah A. Zaring": the name without the middle initial
        if k.count(" ") != 1:
            return None
        found = [k2 for k2 in self.persons if k2.endswith(" " + k) and k2.count(" ") >= 2]
        return found[0] if len(found) == 1 else None

    def _run_on(self, k: str) -> str | None:
        """"Thứ trưởng Trần Đình Khiển Vấn đề PMU 18 ...", a caption run on into its question, where the
        article names "Trần Đình Khiển": a name of three or more words and one word more is that person.
        Named first run on ("Phó Giám đốc Sở ông Nguyễn Đình Hòa Tỉnh sẽ ..." in a headline), the person is
        renamed when the name is written alone."""
        words = k.split()
        if len(words) >= 4 and " ".join(words[:-1]) in self.persons:
            return " ".join(words[:-1])
        if len(words) >= 3 and k not in self.persons:
            longer = [k2 for k2 in self.persons if k2.startswith(k + " ") and k2.count(" ") == len(words)]
            if len(longer) == 1:
                p = self.persons.pop(longer[0])
                self.persons[k] = p
                p["name"] = _title(" ".join(p["name"].split()[:len(words)]))
                return k
        return None

    def _fit_mentions(self, p: dict) -> None:
        """A name run on by a word (:meth:`_run_on`): its mentions cover the name, not the word after it."""
        words = len(p["name"].split())
        raw = self.cleaned.raw
        for m in p["mentions"]:
            pieces = list(re.finditer(r"\S+", raw[m["start"]:m["end"]]))
            if len(pieces) > words:
                m["end"] = m["start"] + pieces[words - 1].end()

    def person(self, pm: PersonMention, reading: SentenceReading) -> dict | None:
        if pm.pronoun:
            # "Bà từng kinh qua các chức vụ X": the posts of the person last named, no mention of a name
            p = self.recent[-1] if self.recent else None
            if p is not None:
                self.add_posts(p, pm, reading)
            return None
        run_on = None
        if pm.short:
            p = self.resolve_short(pm.name)
            if p is None or pm.joined and sum(key(x["name"]).split()[-1] == key(pm.name)
                                              for x in self.persons.values()) > 1:
                # a given name only joined to a list ("anh Hồng và Chiêu") is read only where it can be
                # one person of the article alone
                return None
        else:
            k = key(pm.name)
            full = self._full_name_ending(k)
            run_on = None if full else self._run_on(k)
            k = full or run_on or k
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
        if run_on:
            self._fit_mentions(p)
        if p in self.recent:
            self.recent.remove(p)
        self.recent.append(p)
        self.add_posts(p, pm, reading)
        return p

    def add_posts(self, p: dict, pm: PersonMention, reading: SentenceReading) -> None:
        for post in pm.posts:
            post.title = self.title_aliases.get(post.title, post.title)
            org = post.org
            if org and post.backref:
                full = self.resolve_backref(org)
                # "Thủ tướng X, Chủ tịch hội đồng": a lower-case unit word is the body named before, if any
                org = full if full != org or org[0].isupper() else None
            if org:
                org = self.org(org, reading.sentence)["name"]
            entry = {"title": post.title, "org": org, "status": post.status}
            same = [x for x in p["posts"] if key(x["title"]) == key(post.title)
                    and (x["org"] is None or org is None or _same_unit(x["org"], org))]
            if same:
                if post.status == "former" and post.prefixed:
                    # "nguyên thứ trưởng A" in the body, "thứ trưởng Bộ X" elsewhere: the title written
                    # as past holds for every mention of the same post
                    same[0]["status"] = "former"
                if same[0]["org"] is None and org or org and _bare_unit_word(same[0]["org"]) \
                        and key(org).startswith(key(same[0]["org"]) + " "):
                    # "Bí thư Huyện ủy" in the lead, "Bí thư Huyện ủy huyện Cầu Ngang" later: the full name
                    same[0]["org"] = org
                elif org and key(same[0]["org"]) != key(org):
                    # the same unit written otherwise: still a head named here, for a deputy named bare
                    self.head_mentions.append((key(post.title), self.span(reading.sentence)["start"], same[0]["org"]))
                    if post.status == "former":
                        same[0]["status"] = "former"  # as when aliases make two posts one (_drop_shortened_posts)
                continue
            if org is None and any(key(x["title"] + " " + (x["org"] or "")).startswith(key(post.title) + " ")
                                   for x in p["posts"]):
                # "Bộ trưởng Lê Văn A" after "Bộ trưởng Công an Lê Văn A", "Giám đốc chi nhánh A" after "A,
                # Giám đốc Chi nhánh X": the same post, shortened
                continue
            entry["evidence"] = self.span(reading.sentence)
            p["posts"].append(entry)


@lru_cache(maxsize=8192)
def _unit_words(name: str) -> str:
    return " ".join(key(name).replace("-", " ").replace("–", " ").split())


def _same_unit(a: str, b: str) -> bool:
    """"Ủy ban Thể dục - Thể thao" and "Ủy ban Thể dục thể thao"; "Đội CSĐT" and "Đội CSĐT Công an quận":
    the same unit, written with or without its dash, or once with the unit above it."""
    a, b = _unit_words(a), _unit_words(b)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


_PLACE_INITIALS = re.compile(r"\(([A-ZĐ]{2,4})\)")


_BRACKETED_INITIALS = re.compile(r"\(([^\W\d_]{2,6})\)")


def unit_word_abbreviations(text: str) -> dict[str, str]:
    """"cơ quan điều tra (CQĐT)": a body the lexicon names by its unit word alone, written lower-case with its
    initials in brackets; the initials stand for the unit word, capitalised ("CQĐT" -> "Cơ quan điều tra")."""
    out = {}
    for m in _BRACKETED_INITIALS.finditer(text):
        abbr = m.group(1)
        n = sum(map(str.isalpha, abbr))
        if not is_abbreviation(abbr) or abbr in out:
            continue
        words = text[max(0, m.start() - 80):m.start()].split()[-n:]
        if len(words) < n or not all(w.isalpha() and w.islower() for w in words):
            continue
        phrase = " ".join(words)
        toks = tokenize(phrase)
        unit = lex().units.match(toks, 0)
        full = phrase[0].upper() + phrase[1:]
        if unit is not None and unit[0] == len(toks) and not unit[1] and stands_for(abbr, full, whole=True):
            out[abbr] = full
    return out


def place_abbreviations(text: str) -> dict[str, str]:
    """"huyện Phú Quốc (PQ)", "Công an tỉnh Kiên Giang (KG)": initials in brackets that spell the place
    written just before them -> that place."""
    out = {}
    for m in _PLACE_INITIALS.finditer(text):
        letters = m.group(1)
        words = text[max(0, m.start() - 80):m.start()].split()[-len(letters):]
        if len(words) == len(letters) and all(w[:1].isupper() for w in words) \
                and "".join(w[0] for w in words) == letters and _is_place(" ".join(words)):
            out[letters] = " ".join(words)
    return out


def _case_name(items: list[Item], k: int) -> bool:
    """The organisation at ``k`` names a case: "vụ án PMU 18"; "vụ PMU 18" (lower-case "vụ", a case) when
    nothing follows the name in its phrase ("vụ Trạm 4, Phòng CSGT ... phát giấy mời": the body acts)."""
    before = [x.text for x in items[max(0, k - 2):k]]
    if before == ["vụ", "án"]:
        return True
    after = items[k + 1] if k + 1 < len(items) else None
    return before[-1:] == ["vụ"] and (after is None or after.kind == "sep" and after.value in ".;:)!?\"”")


@lru_cache(maxsize=8192)
def _known_org(name: str) -> bool:
    """Whether the lexicon names a body that ``name`` begins with, whole words ("Ban Chấp hành Trung ương Đảng ...")."""
    toks = tokenize(name)
    known = lex().orgs.match(toks, 0)
    return known is not None and known[0] >= len(toks) - 2


@cache
def _unit_glosses() -> dict[str, str]:
    """The key of each unit word -> its English gloss: the kind of unit, the same for its spellings."""
    return {" ".join(t.low for t in tokenize(r["word"])): r["english"] for r in lexicons.load("units")}


@cache
def _unit_spellings() -> dict[str, tuple[str, ...]]:
    """The English gloss of a kind of unit -> the unit words the lexicon spells it with."""
    out: dict[str, tuple[str, ...]] = {}
    for r in lexicons.load("units"):
        out[r["english"]] = (*out.get(r["english"], ()), r["word"])
    return out


@cache
def _unit_expansions() -> dict[str, str]:
    return {r["abbreviation"]: r["expansion"] for r in lexicons.load("abbreviations")}


@lru_cache(maxsize=8192)
def _expand_unit_word(name: str) -> str:
    """"BV" -> "Bệnh viện", "CA tỉnh" -> "Công an tỉnh": the abbreviated unit word written out."""
    first, _, rest = name.partition(" ")
    full = _unit_expansions().get(first)
    return f"{full} {rest}".strip() if full else name


@lru_cache(maxsize=8192)
def _unit_of_city_or_province(name: str) -> str | None:
    """"công an" for "Công an tỉnh", "ubnd" for "UBND TP": the unit words before a final province
    or city word; None for other names."""
    L = lex()
    toks = tokenize(name)
    unit = L.units.match(toks, 0)
    place = L.place_words.match(toks, unit[0]) if unit else None
    if place is None or place[0] != len(toks) or place[1] not in ("tỉnh", "thành phố", "tp", "tp."):
        return None
    return " ".join(t.low for t in toks[:unit[0]])


@lru_cache(maxsize=8192)
def _without_place_word(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(the key of ``name`` without the place words right after its unit words, those place
    words) where a name follows a unit word ("Cơ quan CSĐT Công an tỉnh Đồng Nai" -> ("cơ quan
    cảnh sát điều tra công an đồng nai", ("tỉnh",))); "TP" and "Q." read as "thành phố" and "quận"."""
    L = lex()
    toks = tokenize(_expand_unit_word(name))
    if not L.units.match(toks, 0):
        return None
    words: list[str] = []
    places: list[str] = []
    j = 0
    while j < len(toks):
        unit = L.units.match(toks, j) if j == 0 or toks[j].is_cap else None
        if not unit:
            words.append(toks[j].low)
            j += 1
            continue
        words += [t.low for t in toks[j:unit[0]]]
        j = unit[0]
        if j >= len(toks):
            return None
        low = toks[j].low
        if low.startswith("q.") and len(low) > 2:
            places.append("quận")  # "Q.Hai Bà Trưng"
            words.append(low[2:])
            j += 1
            continue
        pw = L.place_words.match(toks, j)
        if pw and pw[0] < len(toks) and toks[pw[0]].is_word and pw[1] in _UNIT_PLACE_WORDS:
            places.append(_UNIT_PLACE_WORDS[pw[1]])
            j = pw[0]
        elif not (toks[j].is_cap or toks[j].is_number):
            return None
    return " ".join(words), tuple(places)


# The country written short after a unit's name ("Tổng Công ty Đường sắt VN").
_COUNTRY = frozenset({"vn", "việt nam"})

# place words that may stand between a unit word and its place's name, and the word each stands for
_UNIT_PLACE_WORDS = {"thành phố": "thành phố", "tp": "thành phố", "tp.": "thành phố", "tỉnh": "tỉnh",
                     "quận": "quận", "huyện": "huyện", "q": "quận", "q.": "quận"}


@lru_cache(maxsize=1024)
def _bare_unit_word(name: str) -> bool:
    """The name is a unit word alone ("Huyện ủy", "Sở"), naming no unit of its own."""
    toks = tokenize(name)
    unit = lex().units.match(toks, 0)
    return unit is not None and unit[0] == len(toks)


@lru_cache(maxsize=8192)
def _is_place(text: str) -> bool:
    """Whether ``text`` is one place the lexicon knows ("hà nội")."""
    toks = tokenize(text)
    m = lex().places.match(toks, 0)
    return m is not None and m[0] == len(toks)


@cache
def _countries() -> frozenset[str]:
    return frozenset(" ".join(t.low for t in tokenize(r["place"])) for r in lexicons.load("places") if r["country"])


def _is_home_place(text: str) -> bool:
    """A place the lexicon knows that is not a country ("sài gòn", "quảng nam"; not "lào", "việt nam")."""
    return _is_place(text) and text not in _countries()


@lru_cache(maxsize=8192)
def _generic_name(name: str, city: bool = True) -> bool:
    """A unit word and a place word with no name of its own ("Công an tỉnh", "UBND TP").

    A bare unit word is not one: "Bộ trưởng Công an" is the minister, not the city's police.
    """
    L = lex()
    toks = tokenize(name)
    unit = L.units.match(toks, 0)
    if not unit:
        return False
    m = L.place_words.match(toks, unit[0])
    return m is not None and m[0] == len(toks) and (city or m[1] not in ("tp", "tp."))


def _title(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() if w.isupper() and len(w) > 1 else w for w in name.split())


# Middle names that never end a full name: "Nguyễn Văn" is a name cut short.
_MIDDLE_ONLY = frozenset({"văn", "thị"})


@cache
def _birth_order_words() -> frozenset[str]:
    return frozenset(r["word"].casefold() for r in lexicons.load("birth_order"))


def _keep_person(pm: PersonMention, reading: SentenceReading) -> bool:
    if pm.short:
        return True
    if pm.item.extra.get("capitals") and not pm.licensed:
        return False  # words in capitals are a person only after a rank, post or cue ("MÙA XUÂN TÂY NGUYÊN")
    last = pm.name.split()[-1]
    if len(last) == 1 or last.casefold() in _MIDDLE_ONLY:
        return False  # initials ("Nguyễn Văn B") and cut names are not persons
    words = pm.name.split()
    if len(words) == 2 and words[0].casefold() in _birth_order_words():
        return False  # "ông Sáu Bi", "Năm Cam": a birth-order nickname, not a full name
    toks = reading.tokens
    first = toks[pm.item.start].low
    # "Tán Văn Sự": a rarer family name, but the middle name "Văn"/"Thị" marks a person
    middle = pm.item.end - pm.item.start >= 3 and toks[pm.item.start + 1].low in _MIDDLE_ONLY
    return pm.licensed or first in lex().family or middle or _subject_of_person_verb(toks, pm.item.end)


# Words between a subject and its verb ("A đã từ chức", "A vừa được bầu").
_BEFORE_VERB = frozenset({"đã", "vừa", "mới", "sẽ", "chính", "thức"})


def _subject_of_person_verb(toks: list, j: int) -> bool:
    """A verb only a person is the subject of follows ("Sergio Ramos được bầu ...", "Bill Gross từ chức")."""
    while j < len(toks) and toks[j].low in _BEFORE_VERB:
        j += 1
    return bool(lex().person_verbs.match(toks, j))


@gc_paused()  # (nearly all it makes is freed by reference counting when it returns: see kg.gcpause)
def extract_article(article: Article) -> dict:
    """All facts of one article (see ``extraction.schema.json``)."""
    cleaned = clean(article.text)
    readings = read_sentences(cleaned)
    reg = Registry(cleaned)
    places_short = place_abbreviations(cleaned.text)
    person_refs: list[list[tuple[PersonMention, dict]]] = []
    unnamed: dict[str, int] = {}  # a title last written for a holder the article does not name: sentence index
    for idx, r in enumerate(readings):
        for k, it in enumerate(r.items):
            if it.kind not in ("org", "post"):
                continue  # only organisations and posts name units or are explained
            full = it.text if it.kind == "org" else it.org if it.kind == "post" else None
            abbr = _explained_abbreviation(r.items, k, r)
            if abbr and abbr in places_short:
                abbr = None  # "Công an tỉnh Kiên Giang (KG)": the initials of the place, not of the body
            if abbr and full and _code_name(full) and not _code_name(abbr):
                # "Vụ phó Vụ 1 (Vụ Chống tham nhũng) thuộc Văn phòng Chính phủ": the code, then the name
                reg.org(abbr, r.sentence, parent=_adjacent_parent(r.items, k, r))
                reg.add_alias(abbr, full)
                abbr = None
            if abbr and it.kind == "post" and it.org_item is not None:
                full = _explained_part(it.org_item, r) or full
            if abbr and full:
                full = _initials_of_tail(full, abbr)
            tail = _name_after_abbreviation(r.items, k, r) if full and abbr else None
            if tail:
                # "Ban Kinh tế - Ngân sách (KT-NS) HĐND TP": one body, named around its abbreviation
                # ... unless the two make a body the lexicon knows ("Ban Chấp hành Trung ương Đảng")
                whole = tail.extra.get("whole") or _known_org(f"{full} {tail.text}")
                reg.org(f"{full} {tail.text}", r.sentence,
                        parent=tail.text if tail.kind == "org" and not whole else _belongs_to(r.items, tail))
                reg.add_alias(f"{full} {tail.text}", full)
                full = f"{full} {tail.text}"
            if full and abbr:
                reg.add_alias(full, abbr)
            elif it.kind == "post" and abbr and not it.org:
                reg.title_aliases[abbr] = it.title
            if it.kind == "org" and not tail and _case_name(r.items, k) \
                    and reg.aliases.get(key(it.text), key(it.text)) not in reg.orgs:
                pass  # "vụ án PMU 18": the case named after the body, not the body acting
            elif it.kind == "org" and not tail:
                reg.org(it.text, r.sentence, parent=_adjacent_parent(r.items, k, r) or _inner_parent(it, r))
                if it.extra.get("child"):
                    reg.org(it.extra["child"], r.sentence, parent=it.text)
            elif it.kind == "post" and it.org and not (it.org_item and it.org_item.extra.get("backref")) \
                    and not it.extra.get("department"):
                parent = _adjacent_parent(r.items, k, r) or _inner_parent(it.org_item, r) if it.org_item else None
                body = _body_of(it, r)
                if body:
                    # "Chủ nhiệm Ủy ban Pháp luật của Quốc hội A": the body after "của" is the parent
                    parent = parent or body
                    reg.org(body, r.sentence)
                board = _board_acting(r.items, k)
                unit = _unit_of_committee(it.org) if board else None
                if not unit:
                    reg.org(it.org, r.sentence, parent=parent)
                if board:
                    # "Thường trực UBND TPHCM đã nghe ...": the standing board of the body acts; "thường vụ
                    # Đảng ủy Tổng cục Cảnh sát đã họp": the unit's Party committee stays in the name, the
                    # unit is the parent
                    reg.org(f"{it.title} {it.org}", r.sentence, parent=unit or it.org)
        refs = []
        for pm in r.people:
            p = reg.person(pm, r) if _keep_person(pm, r) else None
            if p is not None:
                refs.append((pm, p))
            elif pm.short and pm.posts and not pm.pronoun:
                # "Bộ trưởng Giao thông vận tải cũng đã có công điện ...": a title whose holder is not named
                unnamed.update((key(post.title), idx) for post in pm.posts)
        for pm in title_references(r.items):
            if unnamed.get(key(pm.name), -3) >= idx - 2:
                continue  # "... Bộ trưởng yêu cầu ...": that unnamed minister, not the one named before
            p = reg.resolve_title(pm.name)
            if p is not None:
                refs.append((pm, p))
            else:
                # "Bộ trưởng Giao thông vận tải cũng đã có công điện" names no holder: a bare
                # "Bộ trưởng" just after it is that minister too, whoever else holds a "Bộ trưởng" post
                words = pm.name.split()
                unnamed.update((key(" ".join(words[:n])), idx) for n in range(2, len(words) + 1))
        refs.sort(key=lambda ref: ref[0].item.start)
        for pm, p in refs:
            if _dismissed_bare(r.items, pm):
                for post in p["posts"]:
                    post["status"] = "former" if post["status"] == "current" else post["status"]
        person_refs.append(refs)
    reg.expand_places(places_short)
    for abbr, full in unit_word_abbreviations(cleaned.text).items():
        if key(abbr) not in reg.aliases and any(k == key(abbr) or k.startswith(key(abbr) + " ") for k in reg.orgs):
            # ... the unit the text places the initials in ("CQĐT (Bộ Công an)") is the body's
            reg.org(full, parent=reg.orgs[key(abbr)]["parent"] if key(abbr) in reg.orgs else None)
            reg.add_alias(full, abbr)
    reg.apply_aliases()
    _own_unit_after_title(reg)
    _department_in_title(reg)
    _department_of_named_unit(reg)
    _departments_listed_by_their_head(reg)
    _council_boards(reg)
    _head_of_board(reg)
    _department_kept_in_title(reg)
    _spelled_out_titles(reg)
    _drop_shortened_posts(reg)
    assign_implicit_orgs(reg)
    _unit_place_out_of_title(reg)
    person_refs = _by_full_name(person_refs, reg)
    authors = find_authors(cleaned.text.split("\n"))
    author_keys = {key(a) for a in authors}
    events = read_events(readings, person_refs, reg, article.published)
    directives = read_directives(readings, person_refs, reg, events)
    # a byline's name is the author's, unless the story also names that person acting in it
    # (a rank, a post, a role in an event, a directive): then both are kept
    acting = {part["person"] for e in events for part in e["participants"]}
    acting |= {d["issuer"] for d in directives} | {a for d in directives for a in d.get("addressees", [])}
    persons = [p for p in reg.persons.values()
               if key(p["name"]) not in author_keys or p["rank"] or p["posts"] or p["id"] in acting]
    organizations = _named_organizations(reg, persons, events, directives)
    return {
        "article": {"id": article.id, "source": article.source, "title": article.title,
                    "published": article.published, "authors": authors},
        "persons": persons,
        "organizations": organizations,
        "events": events,
        "directives": directives,
        "extractor": {"name": "kg", "version": EXTRACTOR_VERSION},
    }


# words between a subject and its verb that keep the verb's time ("ông A đã bị cách chức")
_PAST_GLUE = frozenset({"đã", "cũng", "còn", "vừa", "mới"})
# a dismissal done to the subject ("bị cách chức", "được miễn nhiệm", "thôi giữ chức"), not one asked
# for or announced ("xin từ chức", "Bộ trưởng A từ chức" in a headline while A stays on)
_DONE_TO_SUBJECT = frozenset({"bị", "được", "thôi"})
# words that open a time or cause after a verb, not the post it takes ("bị cách chức sau vụ án")
_ADVERBIAL_START = frozenset({"sau", "vì", "do", "từ", "vào", "ngày", "năm", "hồi", "trong"})


@lru_cache(maxsize=1)
def _bare_dismissals() -> tuple[tuple[str, ...], ...]:
    """The wordings after a subject that make its post former ("bị cách chức", "được miễn nhiệm"); with
    nothing after them, they take away the posts the subject holds."""
    rows = lexicons.load("status_markers")
    return tuple(tuple(key(r["marker"]).split()) for r in rows
                 if r["status"] == "former" and r["after_subject"] == "yes"
                 and r["marker"].split()[0] in _DONE_TO_SUBJECT)


def _dismissed_bare(items: list[Item], pm: PersonMention) -> bool:
    """"ông B bị cách chức, điều động ...", "A (giám đốc X, bị cách chức sau vụ án)": a dismissal that
    names no post takes away the posts the person holds so far."""
    after = max(pm.item.end, pm.end)
    k = next((n for n, it in enumerate(items) if it.start >= after), len(items))
    if k < len(items) and after > pm.item.end and items[k].kind == "sep" and items[k].text == ",":
        k += 1  # past the person's posts: "A, Giám đốc X, bị cách chức."
    starts = [k]
    aside = next((n for n, it in enumerate(items) if it.start >= pm.item.end), len(items))
    if pm.posts and aside < len(items) and items[aside].kind == "sep" and items[aside].text == "(":
        # past the posts of the aside: "A (giám đốc X, bị cách chức sau vụ án)"
        j = aside + 1
        while j < len(items) and (items[j].kind in ("post", "org", "rank")
                                  or items[j].kind == "sep" and items[j].text in ",-–"):
            j += 1
        if j > aside + 2 and items[j - 1].kind == "sep" and items[j - 1].text == ",":
            starts.append(j)
    return any(_dismissal_at(items, k) for k in starts)


def _dismissal_at(items: list[Item], k: int) -> bool:
    """A dismissal that names no post is written at ``k`` (past "đã", "cũng", ...)."""
    while k < len(items) and items[k].kind == "word" and items[k].text.casefold() in _PAST_GLUE:
        k += 1
    if k >= len(items) or items[k].kind != "word" or key(items[k].text) not in _DONE_TO_SUBJECT:
        return False  # (every wording begins with one of these: most persons are followed by none)
    for words in _bare_dismissals():
        end = k + len(words)
        if end <= len(items) and all(items[k + n].kind == "word" and key(items[k + n].text) == w
                                     for n, w in enumerate(words)) \
                and (end == len(items) or items[end].kind == "sep" and items[end].text in ",.;)"
                     or items[end].kind == "word" and items[end].text.casefold() in _ADVERBIAL_START):
            return True
    return False


@cache
def _unit_type_titles() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """Titles that name their own type of unit ("Tổ trưởng" of a "Tổ", "Đội phó" of an "Đội"), as words,
    longest first, with their unit words (posts.tsv's unit column)."""
    rows = [(tuple(key(r["title"]).split()), tuple(tuple(key(u).split()) for u in r["unit"].split("|") if u))
            for r in lexicons.load("posts") if r.get("unit")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _own_unit_after_title(reg: Registry) -> None:
    """"Tổ trưởng Tổ khẩn nguy", "Đội phó Đội cơ động": a title that names its own type of unit stops
    there, and the unit of that type named after it is the post's organisation (annotation: "Cục
    trưởng" + "Cục X"). Not where a unit is named after it: "đội phó đội cảnh sát hình sự Công an
    quận B" is a functional department of that unit, kept in the title ("Phó trưởng phòng Cảnh sát
    kinh tế" + "Công an tỉnh B")."""
    for p in reg.persons.values():
        for post in p["posts"]:
            words, k = post["title"].split(), key(post["title"]).split()
            if post["org"] or len(words) != len(k):
                continue
            for title, units in _unit_type_titles():
                n = len(title)
                unit = next((u for u in units if len(k) > n + len(u) and tuple(k[n:n + len(u)]) == u), None)
                if tuple(k[:n]) != title or unit is None:
                    continue
                post["title"], post["org"] = " ".join(words[:n]), reg.org(" ".join(words[n:]))["name"]
                break


def _department_in_title(reg: Registry) -> None:
    """"trưởng Phòng X (PC13) Công an TP": a post whose organisation is a department written run
    together with its unit keeps the department in the title and takes the unit (annotation: the
    whole stays listed, with that unit as its parent)."""
    for p in reg.persons.values():
        for post in p["posts"]:
            o = reg.orgs.get(key(post["org"])) if post["org"] else None
            parent = o and o["parent"]
            org = post["org"]
            if not parent:
                continue
            # the unit as the department's name ends, or an abbreviation of it the article explains
            tails = [key(parent), *(k for k, v in reg.aliases.items() if v == key(parent))]
            tail = next((t for t in tails if key(org).endswith(" " + t)), None)
            if not tail:
                continue
            head = " ".join(org.split()[:len(key(org).split()) - len(tail.split())])
            words = head.split()
            if words[0].casefold() in ("ban", "đoàn"):
                # "Trưởng Ban Kinh tế - Ngân sách HĐND TP", "trưởng Đoàn Đại biểu Quốc hội tỉnh B": a
                # council's board and a delegation are bodies of their own
                continue
            same = words[0].casefold() == post["title"].split()[-1].casefold()
            if _department_title(post["title"], head) or same and _department_kind(post["title"]):
                post["title"] = " ".join([post["title"], *(words[1:] if same else words)])
                post["org"] = parent


@cache
def _department_words() -> frozenset[str]:
    """The words of functional departments ("phòng", "khoa"), from the department titles "Trưởng X" of
    posts.tsv; not "ban" nor "đoàn": a council's board and a delegation are bodies of their own."""
    out = set()
    for r in lexicons.load("posts"):
        words = key(r["title"]).split()
        if r.get("kind") == "department" and len(words) == 2 and words[0] == "trưởng":
            out.add(words[1])
    return frozenset(out - {"ban", "đoàn"})


def _department_of_named_unit(reg: Registry) -> None:
    """"Trưởng phòng Tiếp dân", "điều tra viên phòng CSĐT" with no unit, where the article names that
    department with its unit ("Phòng Tiếp dân UBND TP Đ", "phó phòng CSĐT Công an tỉnh B"): the department
    stays in the title, the one unit the article gives it is the organisation."""
    words = _department_words()
    merged: dict[str, tuple[str, str]] = {}  # bare department key -> (its name with its unit, as written)
    for p in reg.persons.values():
        for post in p["posts"]:
            title, org = post["title"], post["org"]
            if org:
                o = reg.orgs.get(key(org))
                if o is None or o["parent"] or key(org).split()[0] not in words or len(org.split()) < 2:
                    continue
                dept = org
                same = key(title).split()[-1] == key(org).split()[0]
                whole = " ".join([title, *(org.split()[1:] if same else org.split())])
            else:
                ws = title.split()
                at = next((n for n in range(1, len(ws) - 1) if ws[n].casefold() in words), None)
                if at is None or not _department_kind(" ".join(ws[:at + 1])):
                    continue
                dept, whole = " ".join(ws[at:]), title
            d = key(dept)
            units = set()
            for k, o in reg.orgs.items():
                tail = k[len(d) + 1:] if k.startswith(d + " ") else None
                if tail and o["parent"] and key(o["parent"]) in (tail, reg.aliases.get(tail)):
                    units.add(key(o["parent"]))
            for q in reg.persons.values():
                for x in q["posts"]:
                    if x is not post and x["org"] and key(x["title"]).endswith(" " + d):
                        units.add(reg.aliases.get(key(x["org"]), key(x["org"])))
            if len(units) != 1 or units & {key(dept)}:
                continue
            unit = reg.orgs.get(units.pop())
            if unit is None:
                continue
            post["title"], post["org"] = whole, unit["name"]
            full = reg.orgs.get(f"{d} {key(unit['name'])}")
            if org and full is not None and d != key(full["name"]):
                merged[d] = (full["name"], org)
    for d, (full, bare) in merged.items():
        # the department named bare is the one named with its unit
        if d in reg.orgs:
            reg.orgs[key(full)]["mentions"].extend(reg.orgs.pop(d)["mentions"][:20])
        reg.add_alias(full, bare)


def _departments_listed_by_their_head(reg: Registry) -> None:
    """"Tổng giám đốc Tổng công ty X A phê bình 4 cán bộ: B, Trưởng ban Tổ chức cán bộ; C, Trưởng phòng Kỹ
    thuật": heads of departments listed after the head of one unit (the only unit of a post before the
    colon) are heads of that unit's departments (not a council's boards: bodies of their own)."""
    words = _department_words() | {"ban"}
    for p in reg.persons.values():
        for post in p["posts"]:
            title, org = post["title"], post["org"]
            o = reg.orgs.get(key(org)) if org else None
            if org and (o is None or o["parent"]):
                continue
            ws = key(title).split()
            same = bool(org) and ws[-1] == key(org).split()[0]
            whole = " ".join([title, *(org.split()[1:] if same else org.split())]) if org else title
            w = key(whole).split()
            at = 2 if w[:2] == ["phó", "trưởng"] else 1
            if len(w) <= at + 1 or w[0] not in ("trưởng", "phó") or w[at] not in words:
                continue
            text = post.get("evidence", {}).get("text", "")
            colon, here = text.find(":"), text.find(p["name"])
            if not 0 <= colon < here:
                continue
            units = {key(x["org"]) for q in reg.persons.values() if q is not p for x in q["posts"]
                     if x["org"] and x.get("evidence", {}).get("text") == text
                     and 0 <= text.find(q["name"]) < colon}
            if len(units) != 1:
                continue
            unit = reg.orgs.get(units.pop())
            if unit is None or unit["parent"] or key(unit["name"]).split()[0] in words \
                    or key(unit["name"]).startswith(_COUNCILS):
                continue
            post["title"], post["org"] = whole, unit["name"]
            if o is not None and all(m["text"] == text for m in o["mentions"]):
                reg.orgs.pop(key(org), None)  # named only as this department


def _department_kept_in_title(reg: Registry) -> None:
    """"Phó phòng" + "Phòng Cảnh sát điều tra", "Trưởng phòng PC 14" where the article writes "Phòng X (PC
    14) - Công an tỉnh B": a functional department stays in the title and the unit it belongs to (the
    parent the article gives it) is the organisation, else none (annotation: "Phó trưởng phòng Cảnh sát
    kinh tế" + "Công an tỉnh B"); the department stays listed. A code the article explains is written
    out. Not a board ("Ban") nor a delegation: bodies of their own."""
    words = _department_words()
    for p in reg.persons.values():
        for post in p["posts"]:
            title, org = post["title"], post["org"]
            ws = title.split()
            at = next((n for n in range(1, len(ws) - 1) if ws[n].casefold() in words), None)
            code = " ".join(ws[at + 1:]) if at is not None else ""
            if org is None and at is not None and _department_kind(" ".join(ws[:at + 1])) \
                    and _code(code.replace(" ", "")):
                # "Trưởng phòng PC 14": the department the article names with that code
                k = reg.aliases.get(key(f"{ws[at]} {code}")) or reg.aliases.get(key(code)) \
                    or reg.aliases.get(key(code.replace(" ", "")))
                o = reg.orgs.get(k) if k else None
                if o is None:
                    # ... or his own post read with it ("nguyên Trưởng phòng X (PC 13) Công an B")
                    head = key(" ".join(ws[:at + 1]))
                    same = [x for x in p["posts"] if x is not post and key(x["title"]).startswith(head + " ")
                            and re.search(r"\(\s*" + re.escape(code), x.get("evidence", {}).get("text", ""))]
                    if len(same) == 1:
                        post["title"], post["org"] = same[0]["title"], same[0]["org"]
                    continue
                if key(o["name"]).split()[0] != ws[at].casefold() or len(o["name"].split()) < 2:
                    continue
                post["title"] = " ".join([*ws[:at + 1], *o["name"].split()[1:]])
                post["org"] = o["parent"]
                continue
            if not org or not _department_kind(title) or key(title).split()[-1] not in words:
                continue
            o = reg.orgs.get(reg.aliases.get(key(org), key(org)))
            name = o["name"] if o is not None else org
            if key(name).split()[0] != key(title).split()[-1] or len(name.split()) < 2:
                continue
            m = lex().units.match(tokenize(name), 0)
            if m is not None and m[0] > 1:
                continue  # a unit type of its own ("Phòng Công chứng số 3"), units.tsv's longer unit word
            post["title"] = " ".join([*ws[:-1], ws[-1].casefold() if ws[0][:1].isupper() else ws[-1],
                                      *name.split()[1:]])
            post["org"] = o["parent"] if o is not None else None
        seen = set()
        for post in list(p["posts"]):
            k = (key(post["title"]), key(post["org"] or ""), post["status"])
            if k in seen:
                p["posts"].remove(post)
            seen.add(k)


def _unit_place_out_of_title(reg: Registry) -> None:
    """"Phó trưởng phòng Cảnh sát giao thông đường bộ tỉnh Vĩnh Long" + "Công an tỉnh Vĩnh Long": the
    place a department's name ends with is its unit's, said once, with the unit ("Phó trưởng phòng Cảnh
    sát giao thông đường bộ" + "Công an tỉnh Vĩnh Long")."""
    words = _department_words()
    for p in reg.persons.values():
        for post in p["posts"]:
            if not post["org"]:
                continue
            ws, k = post["title"].split(), key(post["title"]).split()
            at = next((n for n in range(1, len(k) - 1) if k[n] in words), None)
            if at is None or len(ws) != len(k) or not _department_kind(" ".join(ws[:at + 1])):
                continue
            unit = key(post["org"])
            for n in range(max(at + 2, len(k) - 4), len(k)):
                # a name ("Hà Nội", "tỉnh Vĩnh Long"), not a field's last word
                named = ws[n][:1].isupper() or n + 1 < len(k) and ws[n + 1][:1].isupper()
                if named and unit.endswith(" " + " ".join(k[n:])):
                    post["title"] = " ".join(ws[:n])
                    break


# Elected bodies whose boards ("Ban Dân nguyện", "Ban Kinh tế - Ngân sách") are bodies of their own.
_COUNCILS = ("quốc hội", "hđnd", "hội đồng nhân dân")


def _council_boards(reg: Registry) -> None:
    """"Phó ban Dân nguyện của Quốc hội": the board of an elected body is a body of its own, under it
    (title "Phó ban", organisation "Ban Dân nguyện", parent "Quốc hội"), unlike a Party department
    ("Trưởng ban Tổ chức" + "Trung ương")."""
    for p in reg.persons.values():
        for post in p["posts"]:
            if not post["org"] or not key(post["org"]).startswith(_COUNCILS):
                continue
            toks = tokenize(post["title"])
            m = lex().posts.match(toks, 0)
            if m is None or m[1] != "department" or m[0] == len(toks) or toks[m[0] - 1].low != "ban" \
                    or not toks[m[0]].is_cap:
                continue
            board = "Ban " + post["title"][toks[m[0]].start:]
            if f'{post["title"]} {post["org"]}' in post.get("evidence", {}).get("text", ""):
                # "Trưởng Ban Pháp chế HĐND TP": the board written run together with its council is named
                # whole (annotation: sub-units written run together), the council its parent
                board = f'{board} {post["org"]}'
            reg.org(board, parent=post["org"])
            post["title"], post["org"] = post["title"][:toks[m[0] - 1].end], board


def _spelled_out_titles(reg: Registry) -> None:
    """"ĐB Nguyễn Văn A" where the article writes "đại biểu" in full: a title written as initials is the one
    title of the article they spell (abbreviations are expanded where the article gives the full form),
    with the unit that title's posts share (two or more)."""
    posts = [post for p in reg.persons.values() for post in p["posts"]]
    full = {}
    for post in posts:
        if not is_abbreviation(post["title"]):
            full.setdefault(key(post["title"]), []).append(post)
    for post in posts:
        t = post["title"]
        if post["org"] or " " in t or not is_abbreviation(t):
            continue
        found = [k for k in full if " " in k and stands_for(t, k, whole=True)]
        if len(found) != 1:
            continue
        spelled = full[found[0]]
        post["title"] = spelled[0]["title"][:1].upper() + spelled[0]["title"][1:]
        orgs = {x["org"] for x in spelled}
        if len(orgs) == 1 and len(spelled) > 1:  # one holder's unit may be his own ("đại biểu QH TP.HCM")
            post["org"] = orgs.pop()


@cache
def _head_titles_by_unit() -> frozenset[tuple[str, str]]:
    """(bare head word, unit word) pairs whose join is a department title of posts.tsv: ("trưởng", "ban")
    for "Trưởng ban", ("phó trưởng", "phòng") for "Phó Trưởng phòng"."""
    out = set()
    for r in lexicons.load("posts"):
        unit = key(r.get("unit") or "")
        words = key(r["title"])
        if r.get("kind") == "department" and unit and words.endswith(" " + unit):
            out.add((words[: -len(unit) - 1], unit))
    return frozenset(out)


def _head_of_board(reg: Registry) -> None:
    """"Phó Ban Văn hóa-Xã hội HĐND TP", "phó trưởng Ban Tư tưởng - văn hóa T.Ư": a bare head word before
    a board or division named by the plain unit word "Ban"/"Phòng" is the department title "Phó ban"
    (annotation: "Trưởng ban" + "Ban X"), unlike a unit type of its own ("Trưởng" + "Ban Chỉ đạo X",
    "Trưởng" + "Công an huyện B"), which units.tsv lists as a longer unit word."""
    pairs = _head_titles_by_unit()
    L = lex()
    for p in reg.persons.values():
        for post in p["posts"]:
            if not post["org"] or (key(post["title"]), key(post["org"].split()[0])) not in pairs:
                continue
            toks = tokenize(post["org"])
            m = L.units.match(toks, 0)
            if m is not None and m[0] == 1 and len(toks) > 1:
                post["title"] = f"{post['title']} {post['org'].split()[0]}"


@lru_cache(maxsize=1024)
def _department_kind(title: str) -> bool:
    """The whole title is one of a functional department ("Trưởng phòng", "Phó ban")."""
    toks = tokenize(title)
    m = lex().posts.match(toks, 0)
    return m is not None and m[0] == len(toks) and m[1] == "department"


def _drop_shortened_posts(reg: Registry) -> None:
    """"Chính thức miễn nhiệm Bộ trưởng Lê Huy Ngọ" (the headline), then "Bộ trưởng Nông nghiệp và Phát
    triển nông thôn ... ông Lê Huy Ngọ": a title without its unit that begins another post of the same
    person is that post, shortened, whichever is written first (Registry.person drops it when it comes later)."""
    for p in reg.persons.values():
        if len(p["posts"]) < 2:
            continue
        whole = [key(x["title"] + " " + (x["org"] or "")) for x in p["posts"]]
        for k, x in enumerate(p["posts"]):
            if whole[k] in whole[:k]:
                first = p["posts"][whole.index(whole[k])]
                if x["status"] == "former":
                    first["status"] = "former"  # the same post once aliases apply
                if x["org"] and x.get("evidence"):
                    reg.head_mentions.append((key(x["title"]), x["evidence"]["start"], first["org"]))
        p["posts"] = [x for k, x in enumerate(p["posts"]) if whole[k] not in whole[:k]  # the same once aliases apply
                      and (x["org"] or not any(w.startswith(key(x["title"]) + " ") for w in whole))]


@cache
def _family_names() -> frozenset[str]:
    return frozenset(key(n) for n in lexicons.column("family_names", "name"))


def _by_full_name(person_refs: list[list[tuple]], reg: Registry) -> list[list[tuple]]:
    """"bà Tâm Đan đề nghị ..." after "bà Trần Thị Tâm Đan, Chủ nhiệm ...": a name without its family name,
    no post nor rank of its own, that ends the full name of exactly one other person of the article stands
    for that person in the roles and directives it takes."""
    people = list(reg.persons.values())
    full: dict[str, dict] = {}
    for p in people:
        words = key(p["name"]).split()
        if p["posts"] or p["rank"] or not words or words[0] in _family_names():
            continue
        tail = " " + " ".join(words)
        longer = [q for q in people if q is not p and key(q["name"]).endswith(tail)]
        if len(longer) == 1:
            full[p["id"]] = longer[0]
    if not full:
        return person_refs
    return [[(pm, full.get(p["id"], p)) for pm, p in refs] for refs in person_refs]


def _named_organizations(reg: Registry, persons: list[dict], events: list[dict],
                         directives: list[dict]) -> list[dict]:
    """The organisations, without generic phrases ("lãnh đạo Công an tỉnh") that nothing refers to.

    A generic name stays where a post, a parent, an event or a directive uses it: then it is
    the only name the article gives that body. "UBND TP", "Sở GTCC TP" are names: city papers
    write "TP" for their own city.
    """
    used = {key(post["org"]) for p in persons for post in p["posts"] if post["org"]}
    used |= {key(o["parent"]) for o in reg.orgs.values() if o["parent"]}
    refs = {e.get("organizer") for e in events}
    for d in directives:
        refs |= {d.get("issuer"), *d.get("addressees", [])}
    return [o for o in reg.orgs.values()
            if (not _generic_name(o["name"], city=False) and not _common_phrase_at_starts(o))
            or key(o["name"]) in used or o["id"] in refs]


# What may stand before a sentence's first word: the end of the sentence before, a colon, a dash, a quote
# (not a bracket: "(Cục cảnh sát kinh tế)" after a person names the unit).
_STARTS = ".:!?-–—“\"'…"


def _common_phrase_at_starts(o: dict) -> bool:
    """"Cơ quan điều tra cho biết ...", "Ban chuyên án đã ...": a unit word and lower-case words only,
    capitalised only because a sentence begins with it, is the common phrase, no name (not one the text
    binds to its unit: "Cơ quan điều tra của Bộ Công an")."""
    name = o["name"]
    toks = tokenize(name)
    if o["parent"] or len(toks) < 2 or not toks[0].is_cap or any(t.is_cap or t.is_number or not t.is_word for t in toks[1:]) \
            or not (unit := lex().units.match(toks, 0)):
        return False
    end = next((j for j in range(unit[0], len(toks)) if (pw := lex().place_words.match(toks, j)) and pw[0] == len(toks)),
               len(toks))
    if end - unit[0] > 4:
        return False  # ... a short one, a bare place word aside ("Phòng cảnh sát giao thông thành phố"): "Ban chỉ đạo
        # trung ương phòng chống tham nhũng" is a name
    seen = False
    for m in o["mentions"]:
        text = m.get("text", "")
        for found in re.finditer(re.escape(name), text):
            before = text[:found.start()].rstrip()
            if before and before[-1] not in _STARTS:
                return False  # "Ngay hôm đó, Cơ quan điều tra đã ...": written as a name
            seen = True
    return seen


@cache
def _not_unit_of_title() -> frozenset[str]:
    """Bodies named with a unit word that its titles never mean: "Bộ Chính trị" has no "Bộ trưởng"."""
    return frozenset(key(r["name"]) for r in lexicons.load("organizations") if r.get("unit_titles") == "no")


def _split_field_title(post: dict, reg: Registry, unit_of: dict) -> None:
    """"Bộ trưởng Giao thông Vận tải" where the article names the "Bộ Giao thông Vận tải": the
    title and that unit; not a functional department ("Phó phòng Cảnh sát điều tra": the department stays
    in the title)."""
    words = key(post["title"]).split()
    for n in range(len(words) - 1, 0, -1):
        head, field = " ".join(words[:n]), " ".join(words[n:])
        for u in unit_of.get(head, ()):
            if u in _department_words():
                continue
            o = reg.orgs.get(reg.aliases.get(f"{u} {field}", f"{u} {field}"))
            if o is not None:
                post["title"] = " ".join(post["title"].split()[:n])
                post["org"] = o["name"]
                return


def _in_headline(org: dict, reg: Registry) -> bool:
    """The article's first line is a headline (short) and names ``org`` (or an alias of it)."""
    line = reg.cleaned.text.lstrip().split("\n", 1)[0]
    if len(line) > 160:
        return False
    names = [org["name"], *org["aliases"]]
    return any(key(n) in key(line) for n in names)


def assign_implicit_orgs(reg: Registry) -> None:
    """A title that names its unit type ("Thứ trưởng" -> a Bộ) takes the one such unit the article names.

    Only where the article names exactly one organisation of that type; never a guess
    between several (how often each is named says little: a story about one ministry
    quotes the police investigating it more often than the ministry). The unit types of each
    title are the ``unit`` column of posts.tsv ("HĐND|Quốc hội").
    """
    unit_of = lex().title_units
    held = {key(post["org"]) for p in reg.persons.values() for post in p["posts"] if post["org"]}
    for p in reg.persons.values():
        for post in p["posts"]:
            if not post["org"]:
                _split_field_title(post, reg, unit_of)
            if not post["org"]:
                _unit_named_with_title(post, reg)
            # "Phó Tổng cục trưởng phụ trách phía Nam": the portfolio does not change the unit type
            units = unit_of.get(key(post["title"]).split(" phụ trách ")[0]) or _department_units(post["title"])
            if not post["org"]:
                _bare_unit_word_after_title(post, reg, units or _sentence_units().get(key(post["title"]), ()))
            if post["org"] or not units:
                continue
            # the unit's type as its name or an alias gives it ("Ban Quản lý các dự án 18 (PMU 18)")
            found = [o for o in reg.orgs.values() if key(o["name"]) not in _not_unit_of_title()
                     and any(key(n) == u or key(n).startswith(u + " ") for u in units for n in (o["name"], *o["aliases"]))]
            if found and key(post["title"]) in _near_titles():
                # a title that heads bodies of many kinds ("Chủ tịch"): only a unit the article has named
                # before it ("... Quốc hội lúng túng. Chủ tịch A chỉ đạo"), never one named only after it
                # ("viếng Chủ tịch Hồ Chí Minh ... lãnh đạo Đảng, Nhà nước, Quốc hội")
                found = _named_just_before(found, post, passage=None)
            if len(found) > 1:
                # several such units: the one named in the sentence that gives the post, if only one
                # is, else the one the headline names (the unit the story is about)
                sentence = key(post.get("evidence", {}).get("text", ""))
                here = [o for o in found if any(key(n) in sentence for n in (o["name"], *o["aliases"]))]
                if not here:
                    # "ứng cử viên trong ngành ngoại giao (gồm Thứ trưởng A ...)": the ministry of the
                    # sector ("ngành") the sentence names
                    here = [o for o in found if key(o["name"]).startswith("bộ ")
                            and re.search(r"\bngành " + re.escape(key(o["name"])[3:]) + r"\b", sentence)]
                several = here if len(here) > 1 else []
                found = here or [o for o in found if _in_headline(o, reg)] or _named_just_before(found, post)
                if len(found) != 1:
                    # several named in the sentence itself: the one in which the article names someone's post
                    # ("Bộ trưởng Bộ GTVT A ... lãnh đạo Bộ GTVT, đại diện Bộ Nội vụ ... Thứ trưởng B"); only
                    # named elsewhere in the article, too weak a sign (a wrong unit more often than not)
                    found = [o for o in several if key(o["name"]) in held]
            if len(found) == 1:
                post["org"] = found[0]["name"]
    _deputy_of_the_head(reg)


@cache
def _sentence_units() -> dict[str, tuple[str, ...]]:
    """Titles that head units of many kinds ("Giám đốc") -> those kinds (sentence_units.tsv)."""
    return {key(r["title"]): tuple(key(u) for u in r["unit"].split("|")) for r in lexicons.load("sentence_units")}


def _unit_named_with_title(post: dict, reg: Registry) -> None:
    """"tàu của Công ty Tây Nam ... nên Giám đốc Nguyễn Hữu Dũng biết": a title that heads units of many
    kinds takes the one unit of those kinds its sentence names before it; none there, the one named in
    the passage just before the sentence ("lập Công ty TNHH X. ... vợ là A làm giám đốc"). Two or
    more: no guess; a unit named only after the title is another party ("Giám đốc A ký hợp đồng với
    Công ty B"), never its unit."""
    units = _sentence_units().get(key(post["title"]).split(" phụ trách ")[0])
    ev = post.get("evidence")
    if not units or not ev:
        return
    kinds = [o for o in reg.orgs.values() if key(o["name"]) not in _not_unit_of_title()
             and any(key(n).startswith(u + " ") for u in units for n in (o["name"], *o["aliases"]))]
    if not kinds:
        return
    text = key(ev["text"])
    at = text.find(key(post["title"]))
    if at < 0:
        return
    here = [o for o in kinds
            if any(0 <= text.find(key(n)) < at for n in (o["name"], *o["aliases"]))]
    if not here:
        here = [o for o in kinds if any(0 < ev["start"] - m["start"] <= _PASSAGE for m in o["mentions"])]
    if len(here) == 1:
        post["org"] = here[0]["name"]


def _bare_unit_word_after_title(post: dict, reg: Registry, units: tuple[str, ...]) -> None:
    """"Cô A, phó hiệu trưởng trường, cho biết": the type of the title's unit written alone after it
    (no name) is the one unit of that type the article has named before; two or more: no guess."""
    ev = post.get("evidence")
    if not units or not ev:
        return
    m = re.search(re.escape(post["title"]) + r"\s+(\w+(?:\s\w+)?)\s*[,.;:)]", ev["text"], re.IGNORECASE)
    if not m:
        return
    word = key(m.group(1))
    if word not in units:
        word = word.split()[0]
        if word not in units or m.group(1).split()[1][0].isupper():
            return  # "Giám đốc Sở Tài chính" cut short: a name, not the bare type
    found = [o for o in reg.orgs.values() if key(o["name"]) not in _not_unit_of_title()
             and any(key(n).startswith(word + " ") for n in (o["name"], *o["aliases"]))
             and any(0 < ev["start"] - x["start"] for x in o["mentions"])]
    if len(found) == 1:
        post["org"] = found[0]["name"]


@cache
def _near_titles() -> frozenset[str]:
    """Titles whose unit is only the one named just before them (posts.tsv ``near``)."""
    return frozenset(key(r["title"]) for r in lexicons.load("posts") if r.get("near") == "yes")


@cache
def _field_units() -> PhraseMatcher:
    """Fields of work -> the type of unit whose departments they name ("cảnh sát giao thông" -> "Công an")."""
    return PhraseMatcher({r["phrase"]: key(r["unit"]) for r in lexicons.load("org_words") if r.get("unit")})


@lru_cache(maxsize=1024)
def _department_units(title: str) -> tuple[str, ...]:
    """"Trưởng phòng Cảnh sát giao thông", "Phó phòng CSĐT": a department named by a field of work that
    belongs to one type of unit (the police) -> that unit type, as posts.tsv's ``unit`` column gives."""
    toks = tokenize(title)
    m = lex().posts.match(toks, 0)
    if m is None or m[1] != "department" or m[0] >= len(toks):
        return ()
    field = toks[m[0]:]
    if len(field) == 1 and _code(field[0].text):
        # "Trưởng phòng PC13": a department's code, whose letters tell the type of unit (department_codes.tsv)
        unit = _department_codes().get(field[0].text.rstrip("0123456789"))
        return (unit,) if unit else ()
    expansion = _abbreviation_expansions().get(field[0].text)
    if expansion:
        field = tokenize(expansion)  # "CSGT" -> "Cảnh sát giao thông"
    unit = _field_units().match(field, 0)
    return (unit[1],) if unit else ()


@cache
def _department_codes() -> dict[str, str]:
    """The letters of departments' codes -> the type of unit they belong to ("PC" -> "công an")."""
    return {r["prefix"]: key(r["unit"]) for r in lexicons.load("department_codes")}


@cache
def _lexicon_parents() -> dict[str, str]:
    """Known bodies -> the body the lexicon places them under (organizations.tsv ``parent``)."""
    return {r["name"]: r["parent"] for r in lexicons.load("organizations") if r.get("parent")}


@cache
def _abbreviation_expansions() -> dict[str, str]:
    return {r["abbreviation"]: r["expansion"] for r in lexicons.load("abbreviations")}


# How far back (characters) a unit named before a bare title, or a head named with a unit before a
# deputy named bare, lends it to that title.
_PASSAGE = 600


def _named_just_before(found: list[dict], post: dict, passage: int | None = _PASSAGE) -> list[dict]:
    """"Bộ NN-PTNT tổ chức hội nghị ... Bộ trưởng A phát biểu": the one such unit named in the
    passage just before the post (several there: no guess); ``passage`` None: anywhere before it."""
    at = post.get("evidence", {}).get("start")
    if at is None:
        return []
    return [o for o in found if any(0 <= at - m["start"] and (passage is None or at - m["start"] <= passage)
                                    for m in o["mentions"])]


def _deputy_of_the_head(reg: Registry) -> None:
    """"Ông A, Giám đốc Công ty X. ... Phó giám đốc B cho biết": a deputy's bare title takes the unit
    of the one head of that title named with a unit shortly before (the same passage of the story)."""
    heads: dict[str, list[tuple[int, str]]] = {}
    for p in reg.persons.values():
        for post in p["posts"]:
            if post["org"] and post.get("evidence"):
                heads.setdefault(key(post["title"]), []).append((post["evidence"]["start"], post["org"]))
    for title, start, org in reg.head_mentions:
        heads.setdefault(title, []).append((start, org))
    for p in reg.persons.values():
        for post in p["posts"]:
            title = key(post["title"])
            if post["org"] or not title.startswith("phó ") or not post.get("evidence") \
                    or _complete_title(post["title"]):
                continue
            at = post["evidence"]["start"]
            near = {org for start, org in heads.get(title[4:], ()) if 0 <= at - start <= _PASSAGE}
            if len(near) == 1:
                post["org"] = near.pop()


@lru_cache(maxsize=1024)
def _complete_title(title: str) -> bool:
    """A title complete in itself ("Phó Thủ tướng"), which names no unit."""
    toks = tokenize(title)
    m = lex().posts.match(toks, 0)
    return m is not None and m[0] == len(toks) and m[1] == "complete"


def _explained_abbreviation(items: list[Item], k: int, r: SentenceReading | None = None) -> str | None:
    """The "(TCHC)" or "(KH& CN)" that follows the organisation at ``k``, if any."""
    close = _abbreviation_close(items, k)
    if close is None:
        return None
    if close == k + 3:
        return items[k + 2].text
    text = r.sentence.text[r.tokens[items[k + 2].start].start:r.tokens[items[close - 1].end - 1].end]
    return text.replace(" ", "")


@cache
def _board_titles() -> frozenset[str]:
    """Titles that also name the board of their holders ("Thường trực", "Thường vụ"; posts.tsv ``body``)."""
    return frozenset(key(r["title"]) for r in lexicons.load("posts") if r.get("body") == "yes")


def _board_acting(items: list[Item], k: int) -> bool:
    """The post at ``k`` is a board's title and its unit, with no holder, as the subject of a verb."""
    it = items[k]
    if key(it.title or "") not in _board_titles():
        return False
    prev = items[k - 1] if k else None
    nxt = items[k + 1] if k + 1 < len(items) else None
    if not (nxt is not None and nxt.kind == "word" and nxt.start == it.end and not nxt.text[0].isupper()
            and (prev is None or prev.kind == "sep" and prev.value in ",:;(" or prev.kind in ("word", "short"))):
        return False
    for before in reversed(items[:k]):
        if before.kind == "sep" and before.value in ".;:":
            break
        if before.kind in ("name", "post", "rank", "cue", "honorific"):
            return False  # "Ông Phan Diễn, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã đọc": a post of his
    return True


def _initials_of_tail(full: str, abbr: str) -> str:
    """"Ủy ban Thường vụ Quốc hội (QH)": initials that spell only the last syllables of the name, a
    body the lexicon knows, stand for that body ("Quốc hội"); else for the whole name."""
    words = full.split()
    letters = "".join(c for c in abbr if c.isalpha())
    if len(letters) < 2 or not letters.isupper() or len(letters) >= len(words):
        return full
    tail = " ".join(words[-len(letters):])
    if "".join(w[0] for w in tail.split()).upper() == letters and tail[0].isupper() and _known_org(tail):
        return tail
    return full


def _body_of(it: Item, r: SentenceReading) -> str | None:
    """The body written after "của" inside a post ("Chủ nhiệm Ủy ban X của Quốc hội"), if any."""
    org = it.org_item
    toks = r.tokens
    if org is None or it.end <= org.end + 1 or toks[org.end].low != "của":
        return None
    return r.sentence.text[toks[org.end + 1].start:toks[it.end - 1].end]


def _explained_part(org: Item, r: SentenceReading) -> str | None:
    """"phó văn phòng Ban quản lý các dự án 18 (PMU 18)": after a unit word written in lower case
    with its title, the initials explain the capitalised unit named inside, not the office of it."""
    toks = r.tokens
    if toks[org.start].is_cap:
        return None
    L = lex()
    for j in range(org.start + 1, org.end):
        if toks[j].is_cap and (L.units.match(toks, j) or L.orgs.match(toks, j)) and org_end(toks, j, L) == org.end:
            return r.sentence.text[toks[j].start:toks[org.end - 1].end]
    return None


def _abbreviation_close(items: list[Item], k: int) -> int | None:
    """Index of the ")" of an abbreviation in parentheses right after item ``k``."""
    if k + 3 >= len(items) or items[k + 1].kind != "sep" or items[k + 1].value != "(":
        return None
    if k + 5 < len(items) and items[k + 3].kind == "sep" and items[k + 3].value == "," \
            and items[k + 4].kind == "org" and items[k + 5].value == ")" and _code(items[k + 2].text):
        return k + 3  # "(PC13, Công an tỉnh B)": the code, then the parent
    own = items[k].text if items[k].kind == "org" else items[k].org
    if k + 3 < len(items) and items[k + 3].kind == "sep" and items[k + 3].value == ")" and items[k + 2].kind == "org" \
            and own and _code_name(own) != _code_name(items[k + 2].text) \
            and own.split()[0].casefold() == items[k + 2].text.split()[0].casefold():
        return k + 3  # "Vụ Thực hành quyền công tố ... (Vụ 1A)", "Vụ 1 (Vụ Chống tham nhũng)": a unit and its code
    if k + 3 < len(items) and items[k + 3].kind == "sep" and items[k + 3].value == ")" and items[k + 2].kind == "org" \
            and own and _unit_word_and_initials(own, items[k + 2].text):
        return k + 3  # "Công ty Thanh niên xung phong TP.HCM (Cty TNXP)": the unit word short, then initials
    for close in range(k + 3, min(k + 6, len(items))):
        if items[close].kind == "sep" and items[close].value == ")":
            inner = " ".join(x.text for x in items[k + 2:close])
            if close == k + 3 and items[k].kind == "org" and items[k + 2].kind in ("word", "short") \
                    and inner[:1].isupper() and _foreign_word(inner) and not _is_place(inner):
                return close  # "Tổng công ty Cấp nước Sài Gòn (Sawaco)": a brand name, not initials
            letters = [c for c in inner if c.isalpha()]
            if letters and all(c.isupper() for c in letters) and len(inner) <= 12 \
                    and all(x.kind != "sep" or x.text in "&-" for x in items[k + 2:close]):
                return close
            return None
    return None


@lru_cache(maxsize=4096)
def _unit_word_and_initials(full: str, short: str) -> bool:
    """"Cty TNXP" for "Công ty Thanh niên xung phong": the unit word (abbreviated or not) the full name
    begins with, then initials in capitals only."""
    first, _, rest = short.partition(" ")
    expanded = _unit_expansions().get(first, first)
    letters = [c for c in rest if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and key(full).startswith(key(expanded) + " ") \
        and len(key(full)) > len(key(short))


def _belongs_to(items: list[Item], tail: Item) -> str | None:
    """"Bệnh viện (BV) Quân y 17 thuộc Quân khu 5": the unit named after "thuộc" right after the name."""
    t = next((x for x, it in enumerate(items) if it.end == tail.end), None)
    if t is None or t + 2 >= len(items) or items[t + 1].text.casefold() != "thuộc":
        return None
    nxt = items[t + 2]
    return nxt.text if nxt.kind == "org" and nxt.start == items[t + 1].end else None


def _name_after_abbreviation(items: list[Item], k: int, r: SentenceReading) -> Item | None:
    """The higher unit or place written right after "(KT-NS)" that still belongs to the name."""
    close = _abbreviation_close(items, k)
    if close is None or close + 1 >= len(items) or items[close].value != ")":
        return None
    nxt = items[close + 1]
    toks = r.tokens
    words = lex().org_words.match(toks, nxt.start)
    if nxt.start == items[close].end and nxt.kind == "word" and words and words[1]:
        # "Ủy ban An toàn giao thông (ATGT) quốc gia"
        return Item("word", nxt.start, words[0], r.sentence.text[toks[nxt.start].start:toks[words[0] - 1].end])
    if nxt.start == items[close].end and nxt.kind in ("name", "short") and toks[nxt.start].low not in lex().family \
            and items[k].kind == "org" and (close + 2 >= len(items) or items[close + 2].kind in ("sep", "word")):
        if words and words[0] > nxt.end:
            # "Hội đồng Chức danh giáo sư (GS) Nhà nước": a field of work, its first syllable capitalised;
            # "Bệnh viện (BV) Quân y 17": and the unit's number
            end = words[0] + (words[0] < len(toks) and toks[words[0]].text.isdigit())
            return Item("word", nxt.start, end, r.sentence.text[toks[nxt.start].start:toks[end - 1].end])
        return nxt  # "Trung tâm Giải trí và Sinh thái (GT&ST) Thuận Thảo": the proper name after the initials
    if nxt.start != items[close].end or nxt.kind not in ("org", "place"):
        return None
    own = items[k] if items[k].kind == "org" else items[k].org_item
    if own is None or nxt.kind == "org" and unit_level(toks, nxt.start) >= unit_level(toks, own.start):
        return None
    end = nxt.end
    if end + 1 < len(toks) and toks[end].low in ("khóa", "khoá") and toks[end + 1].text.isalnum() \
            and (toks[end + 1].text.isdigit() or toks[end + 1].is_upper):
        end += 2  # "Ban Chấp hành (BCH) Trung ương Đảng khóa IX": the committee of that term
        return Item("org", nxt.start, end, r.sentence.text[toks[nxt.start].start:toks[end - 1].end],
                    extra={"whole": True})
    return nxt


# Party committees of a unit are named after it ("Đảng ủy Công an tỉnh B") but do not sit under it.
_COMMITTEES = frozenset({"đảng", "thường"})


def _unit_of_committee(name: str) -> str | None:
    """"Đảng ủy Tổng cục Cảnh sát" -> "Tổng cục Cảnh sát": the unit whose Party committee is named."""
    toks = tokenize(name)
    if len(toks) < 3 or (toks[0].low, toks[1].low) not in (("đảng", "ủy"), ("đảng", "uỷ")):
        return None
    L = lex()
    return name[toks[2].start:] if toks[2].is_cap and (L.units.match(toks, 2) or L.orgs.match(toks, 2)) \
        and org_end(toks, 2, L) == len(toks) else None


def _inner_parent(it: Item | None, r: SentenceReading) -> str | None:
    """"Phòng Cảnh sát kinh tế Công an tỉnh B": a higher unit named inside is the parent."""
    if it is None or r.tokens[it.start].low in _COMMITTEES:
        return None
    L = lex()
    toks = r.tokens
    known = L.orgs.match(toks, it.start)
    if known and known[0] == it.end:
        # a body of its own name ("Văn phòng Chính phủ"), not a unit inside another, unless the lexicon
        # places it under the body its name ends with ("Ủy ban Thường vụ Quốc hội": of the Quốc hội)
        parent = _lexicon_parents().get(known[1])
        return parent if parent and key(it.text).endswith(" " + key(parent)) else None
    outer = unit_level(toks, it.start, L)
    own_word = L.units.match(toks, it.start)
    for j in range(it.start + 1, it.end):
        if own_word and j == own_word[0] and not L.units.match(toks, j):
            continue  # "Báo Người Lao Động": named after a body, not inside it
        if toks[j].is_cap and (L.units.match(toks, j) or L.orgs.match(toks, j)) and unit_level(toks, j, L) < outer:
            e = org_end(toks, j, L)
            # "VPĐD báo Thanh Niên": the newspaper, with its unit word in lower case
            a = j - 1 if j - 1 > it.start and toks[j - 1].low in _LOWER_CASE_UNITS and not toks[j - 1].is_cap else j
            if e == it.end:
                return r.sentence.text[toks[a].start:toks[it.end - 1].end]
            if own_word and e < it.end and toks[e].low == "tại" \
                    and tuple(t.low for t in toks[it.start:own_word[0]]) in L.located:
                # "Văn phòng đại diện Ủy ban Chứng khoán Nhà nước tại TP HCM": the body whose office it is
                return r.sentence.text[toks[a].start:toks[e - 1].end]
        lower_unit = L.units.match(toks, j) if not toks[j].is_cap else None
        if lower_unit and lower_unit[0] - j >= 2 and j >= (own_word[0] if own_word else it.start + 1) \
                and org_end(toks, j, L, lower=True) == it.end and unit_level(toks, j, L) < outer:
            # "Phòng cảnh sát giao thông công an tỉnh B": the higher unit in lower case, with its place
            # (a unit word of two words or more: "bộ", "hội" end other words, "đường bộ", "xã hội")
            return r.sentence.text[toks[j].start:toks[it.end - 1].end]
    return None


def _code_name(text: str) -> bool:
    """A unit named by its number or code ("Vụ 1A", "Phòng 3", "Cục C14")."""
    words = text.split()
    return 2 <= len(words) <= 3 and any(c.isdigit() for c in words[-1]) and bool(lex().units.match(tokenize(text), 0))


def _code(text: str) -> bool:
    """A department's code: capitals and digits ("C14", "PC13", "PA25")."""
    return any(c.isdigit() for c in text) and all(c.isdigit() or c.isupper() for c in text)


def _adjacent_parent(items: list[Item], k: int, r: SentenceReading) -> str | None:
    """"Cục X, Bộ Y", "Cục X (Bộ Y)" or "Cục X (C14 - Bộ Y)": the higher unit right after is the parent.

    Item ``k`` is the organisation, or a post whose organisation it is.
    """
    own = items[k] if items[k].kind == "org" else items[k].org_item
    if own is not None and own.extra.get("listed"):
        return None  # "các Cục Đường bộ, Đường sắt, ..., Sở Y tế": one of a list of units
    close = _abbreviation_close(items, k)
    if close is not None and items[close].value == ")":
        k = close  # "Cơ quan Cảnh sát điều tra (CQĐT), Bộ Công an": past the abbreviation
    if own is not None and k + 5 < len(items) and items[k + 1].kind == "sep" and items[k + 1].value in ",(" \
            and items[k + 2].text.casefold() == "đơn" and items[k + 3].text.casefold() == "vị" \
            and items[k + 4].text.casefold() in ("thuộc", "trực"):
        k += 3  # "Công ty X, đơn vị thuộc Tổng công ty Y", "Bệnh viện X (đơn vị trực thuộc Sở Y tế)"
    if own is not None and k + 3 < len(items) and items[k + 1].kind == "sep" and items[k + 1].value in ",(" \
            and items[k + 2].text.casefold() in ("thuộc", "trực"):
        k += 1  # "Xí nghiệp Cơ giới, thuộc Công ty Tân Cảng", "Bệnh viện X (thuộc Sở Y tế)"
    if own is not None and k + 3 < len(items) and items[k + 1].text.casefold() == "trực" \
            and items[k + 2].text.casefold() == "thuộc":
        k += 1  # "Ban Quản lý dự án 18 trực thuộc Bộ GTVT"
    if own is not None and k + 2 < len(items) and items[k + 1].text.casefold() in ("thuộc", "của"):
        nxt = items[k + 2]  # "Bệnh viện C17 thuộc Quân khu 5", "BQL Dự án của Tổng công ty X"
        if nxt.kind != "org" or nxt.start != items[k + 1].end:
            return None
        lower, upper = unit_level(r.tokens, own.start), unit_level(r.tokens, nxt.start)
        # "thuộc" says the belonging itself, so a unit of the same rank may hold it ("Trường Đại
        # học X thuộc Đại học Quốc gia"); "của" also names owners and partners, so only a higher one
        return nxt.text if upper < lower or upper == lower < 9 and items[k + 1].text.casefold() == "thuộc" \
            else None
    if own is None or k + 2 >= len(items) or items[k + 1].kind != "sep" or items[k + 1].value not in ",(-–":
        return None
    after = k + 2
    if items[k + 1].value == "(" and k + 4 < len(items) and items[k + 3].kind == "sep" \
            and items[k + 3].value in "-–," and _code(items[k + 2].text):
        after = k + 4  # "(C14 - Bộ Công an)", "(PC13, Công an tỉnh B)": the department's code, then its parent
    nxt = items[after]
    if nxt.kind != "org":
        return None
    if items[k + 1].value == "(" and not (after + 1 < len(items) and items[after + 1].value == ")"):
        return None
    if items[k + 1].value == "," and after + 1 < len(items) and items[after + 1].kind == "sep" \
            and items[after + 1].value == ",":
        return None  # a list of units, not a unit and its parent
    upper = unit_level(r.tokens, nxt.start)
    if nxt.end - nxt.start > 2 and r.tokens[nxt.start].low == r.tokens[own.start].low \
            and key(" ".join(t.text for t in r.tokens[nxt.end - 2:nxt.end])) in _NATIONAL:
        # "Viện Địa chất, Viện Khoa học và Công nghệ Việt Nam": of two units of one type, the one
        # named for the country stands higher (but not as high as a ministry)
        upper -= 0.5
    if upper < unit_level(r.tokens, own.start):
        return nxt.text
    return None


# The country's name ending a body's name ("... Việt Nam"), which makes it a national one.
_NATIONAL = frozenset({key("Việt Nam"), key("Quốc gia")})
