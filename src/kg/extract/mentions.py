"""Mentions in one sentence: ranks, posts (title + organisation), organisations,
person names, honorifics, cues and separators, in text order.

The recogniser is rule-based and reads all its words from the lexicons
(``kg/lexicons/*.tsv``); this module holds only the shapes of the phrases.

>>> items = sentence_items("Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy, Chính ủy Tổng cục Hậu cần chủ trì hội nghị.")
>>> [(i.kind, i.text) for i in items if i.kind in ("rank", "name", "post")]
[('rank', 'Trung tướng'), ('name', 'Đỗ Văn Thiện'), ('post', 'Bí thư Đảng ủy'), ('post', 'Chính ủy Tổng cục Hậu cần')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg import lexicons
from kg.extract.tokens import PhraseMatcher, Token, key_of, tokenize

# Lower-case words that never belong inside a name, title tail or organisation: verbs and
# function words that end the phrase they follow (lexicons/stop_words.tsv).
STOP_WORDS = frozenset(lexicons.column("stop_words", "word"))
# Lower-case words that introduce a place inside an organisation name ("Công an tỉnh An Giang").
PLACE_WORDS = ("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn",
               "khu vực", "miền", "số")
# Words a lower-case stretch inside an organisation name never crosses ("Đảng bộ lần thứ VIII").
_NO_BRIDGE = frozenset({"lần", "thứ", "nhiệm", "kỳ", "khóa", "và"})


@dataclass(slots=True)
class Item:
    kind: str  # rank, post, org, person, short, honorific, cue, marker, sep, word
    start: int  # token indexes in the sentence, end exclusive
    end: int
    text: str
    value: object = None  # rank name, role, status ...
    title: str | None = None  # posts: the title
    org: str | None = None  # posts: the organisation as written
    org_item: Item | None = None
    complete: bool = False  # posts: a title complete in itself
    extra: dict = field(default_factory=dict)


class _Lex:
    """Lexicons compiled into matchers, once per process."""

    def __init__(self):
        self.ranks = PhraseMatcher({r["rank"]: r["rank"] for r in lexicons.load("ranks")})
        self.post_abbreviations = {r["abbreviation"]: r for r in lexicons.load("post_abbreviations")}
        posts = {}
        for r in lexicons.load("posts"):
            posts[r["title"]] = r["kind"]
        self.posts = PhraseMatcher(posts)
        self.units = PhraseMatcher({r["word"]: r["needs_name"] == "yes" for r in lexicons.load("units")})
        self.levels = {key_of(r["word"]): int(r["level"]) for r in lexicons.load("units")}
        known_names = {r["name"].casefold() for r in lexicons.load("organizations")}
        self.unit_abbreviations = frozenset(
            r["abbreviation"] for r in lexicons.load("abbreviations")
            if r["expansion"].casefold() in known_names and r["abbreviation"].isupper())
        self.upper_only = frozenset(r["word"].casefold() for r in lexicons.load("units")
                                    if len(r["word"]) > 1 and r["word"].isupper())
        self.orgs = PhraseMatcher({r["name"]: r["name"] for r in lexicons.load("organizations")})
        self.exact_case_orgs = frozenset(r["name"] for r in lexicons.load("organizations")
                                         if r.get("case") == "exact")
        self.context_orgs = frozenset(r["name"] for r in lexicons.load("organizations")
                                      if r.get("standalone") == "no")
        self.places = PhraseMatcher({r["place"]: r["place"] for r in lexicons.load("places")})
        self.honorifics = PhraseMatcher({r["form"]: r["canonical"] for r in lexicons.load("honorifics")})
        self.person_cues = PhraseMatcher({r["cue"]: r["kind"] for r in lexicons.load("person_cues")})
        self.markers = PhraseMatcher({r["marker"]: r["status"] for r in lexicons.load("status_markers")})
        self.org_words = PhraseMatcher({r["phrase"]: r["lowercase"] == "yes" for r in lexicons.load("org_words")})
        self.place_words = PhraseMatcher({w: w for w in PLACE_WORDS})
        self.honorific_forms = {r["form"].casefold(): r["canonical"] for r in lexicons.load("honorifics")}
        self.family = frozenset(n.casefold() for n in lexicons.column("family_names", "name"))
        # (keep this last) every casefolded word that a phrase of a lexicon above begins with
        matchers = [m for m in vars(self).values() if isinstance(m, PhraseMatcher)]
        self.first_words = frozenset().union(*(m.first_words for m in matchers),
                                             (a.casefold() for a in self.post_abbreviations))


@lru_cache(maxsize=1)
def lex() -> _Lex:
    return _Lex()


def _text(sentence: str, tokens: list[Token], i: int, j: int) -> str:
    return sentence[tokens[i].start:tokens[j - 1].end]


def _name_run(tokens: list[Token], i: int, L: _Lex) -> int:
    """End of a run of capitalised name syllables starting at ``i`` (``i`` when none)."""
    j = i
    while j < len(tokens) and j - i < 5 and tokens[j].is_name_part:
        if j > i and (L.posts.match(tokens, j) and tokens[j].is_cap or L.ranks.match(tokens, j)
                      or L.person_cues.match(tokens, j) and not tokens[j].is_cap):
            break
        if j > i and _unit_start(tokens, j, L) and org_end(tokens, j, L) > j:
            break
        j += 1
    return j


def unit_level(tokens: list[Token], i: int, L: _Lex | None = None) -> int:
    """How high the unit whose name starts at ``i`` stands (1 = national body; ``level`` in units.tsv)."""
    L = L or lex()
    m = L.units.match(tokens, i)
    if m:
        return L.levels[tuple(t.low for t in tokens[i:m[0]])]
    return 1 if L.orgs.match(tokens, i) else 9


def _unit_start(tokens: list[Token], i: int, L: _Lex, lower: bool = False):
    """(end, needs_name) where a capitalised unit word or known organisation starts at ``i``."""
    if i >= len(tokens) or not (tokens[i].is_cap or lower):
        return None
    if tokens[i].low in L.upper_only and not tokens[i].is_upper:
        return None
    if tokens[i].text in L.unit_abbreviations:
        return i + 1, False  # "TCHC": the abbreviation of a body the lexicon knows
    known = L.orgs.match(tokens, i)
    if known and known[1] in L.exact_case_orgs and \
            " ".join(t.text for t in tokens[i:known[0]]) != known[1]:
        known = None  # "Tuổi Trẻ" the newspaper, not "tuổi trẻ" (youth)
    if known and known[1] in L.context_orgs:
        e = known[0]
        before = tokens[i - 1].low if i else ""
        after = tokens[e].low if e < len(tokens) else ""
        if not (before in ("của", ",", "và") and after in (",", "và")) and L.units.match(tokens, i) is None:
            return None
        if not (before in ("của", ",", "và") and after in (",", "và")):
            known = None
    if known:
        return known[0], False
    return L.units.match(tokens, i)


def _looks_like_person(tokens: list[Token], i: int, j: int, L: _Lex) -> bool:
    return j - i >= 2 and tokens[i].low in L.family and not L.places.match(tokens, i)


def org_end(tokens: list[Token], i: int, L: _Lex | None = None, lower: bool = False) -> int:
    """End of an organisation phrase starting at ``i`` (``i`` when there is none).

    A unit word or a known organisation, continued by capitalised words, numbers, places
    introduced by a place word, joiners ("và", "-") between capitalised parts, and short
    lower-case stretches that lead to a capitalised part ("Bệnh viện đa khoa trung tâm An Giang").
    """
    L = L or lex()
    start = _unit_start(tokens, i, L, lower)
    if not start:
        return i
    j, needs_name = start
    if lower and not tokens[i].is_cap and not (j < len(tokens) and (tokens[j].is_cap or tokens[j].is_number)):
        return i
    base = j
    n = len(tokens)
    after_place = False
    has_place = False
    while j < n:
        t = tokens[j]
        words = L.org_words.match(tokens, j)
        if words and j > i and (t.is_cap or words[1]):
            j = words[0]
            continue
        if t.is_cap or t.is_number:
            if L.ranks.match(tokens, j) or L.honorifics.match(tokens, j):
                break
            post = L.posts.match(tokens, j)
            if post and not _unit_start(tokens, j, L):
                break
            run = _name_run(tokens, j, L)
            if j >= base and (not after_place or run - j >= 3) and _looks_like_person(tokens, j, run, L) \
                    and (run >= n or not tokens[run].is_cap):
                break
            after_place = False
            has_place = has_place or bool(L.places.match(tokens, j))
            inner = _unit_start(tokens, j, L)
            j = inner[0] if inner else j + 1  # a unit named inside ("Đảng ủy Bộ Công an") is whole
            continue
        pw = L.place_words.match(tokens, j)
        if pw and pw[0] < n and (tokens[pw[0]].is_cap or tokens[pw[0]].is_number):
            j = pw[0]
            after_place = True
            continue
        if pw and j > base - 1 and tokens[pw[0] - 1].low != "số" and (
                pw[0] >= n or not tokens[pw[0]].is_word or tokens[pw[0]].low in STOP_WORDS):
            j = pw[0]
            break
        if t.text in "-–" and j + 1 < n and tokens[j + 1].is_cap and j > base - 1:
            j += 1
            continue
        if t.low == "và" and j + 1 < n and tokens[j + 1].is_cap and not _unit_start(tokens, j + 1, L):
            j += 1
            continue
        if t.is_word and not t.is_cap and t.low not in STOP_WORDS and j > base - 1:
            # a short lower-case stretch is kept when it leads to a capitalised part
            k = j
            while k < n and k - j < 6 and tokens[k].is_word and not tokens[k].is_cap \
                    and tokens[k].low not in STOP_WORDS and tokens[k].low not in _NO_BRIDGE \
                    and not L.place_words.match(tokens, k):
                k += 1
            # ... and the capitalised part is a place or a name of two or more words, not a
            # lone given name after a verb ("Công an Hà Nội bắt giữ Sơn")
            target_ok = k < n and tokens[k].is_cap and not _unit_start(tokens, k, L) \
                and not L.ranks.match(tokens, k) and not L.posts.match(tokens, k) \
                and (L.places.match(tokens, k) or L.org_words.match(tokens, k) or tokens[k].is_upper
                     or k + 1 < n and (tokens[k + 1].is_cap or tokens[k + 1].is_number))
            if target_ok and _looks_like_person(tokens, k, _name_run(tokens, k, L), L):
                target_ok = False  # "Công an quận bắt quả tang Nguyễn Văn Sơn"
            if k > j and not has_place and (target_ok or k < n and L.place_words.match(tokens, k)):
                j = k
                continue
            break
        break
    while j > base and tokens[j - 1].text in "-–":
        j -= 1
    if needs_name and j == base:
        return i
    return j


def _bare_unit_end(tokens: list[Token], i: int, L: _Lex) -> int:
    """End of a unit word used alone as a back-reference ("Chủ nhiệm Tổng cục", "Công an tỉnh")."""
    m = L.units.match(tokens, i) if i < len(tokens) and tokens[i].is_cap else None
    if not m:
        return i
    j = m[0]
    pw = L.place_words.match(tokens, j)
    if pw and (pw[0] >= len(tokens) or not (tokens[pw[0]].is_cap or tokens[pw[0]].is_number)):
        j = pw[0]
    return j


def _dept_tail(tokens: list[Token], i: int, L: _Lex) -> int:
    """End of a functional department after a title ("Trưởng phòng Cảnh sát hình sự").

    A lower-case department ("phó giám đốc phụ trách vận dụng") is kept only where a
    unit or a person's name follows it.
    """
    n = len(tokens)
    if i >= n or not tokens[i].is_word or _unit_start(tokens, i, L) or L.places.match(tokens, i):
        return i
    if tokens[i].text.isdigit():
        return i + 1  # "Trưởng phòng 3": the number of the department is part of the title
    if (len(tokens[i].text) > 1 and tokens[i].is_upper or any(c.isdigit() for c in tokens[i].text)) \
            and not (i + 1 < n and _unit_start(tokens, i + 1, L)):
        # an abbreviation or a code names a unit ("Giám đốc TOEIC Việt Nam"), unless a unit
        # follows it ("Trưởng phòng CSGT Công an TP Đà Nẵng")
        return i
    if not tokens[i].is_cap:
        j = i
        while j < n and j - i < 6 and tokens[j].is_word and not tokens[j].is_cap \
                and tokens[j].low not in STOP_WORDS:
            j += 1
        if j > i and j < n and (org_end(tokens, j, L) > j or _looks_like_person(tokens, j, _name_run(tokens, j, L), L)):
            return j
        return i
    run = _name_run(tokens, i, L)
    if _looks_like_person(tokens, i, run, L):
        return i
    j = i
    while j < n:
        t = tokens[j]
        if _unit_start(tokens, j, L) or L.place_words.match(tokens, j) and j > i:
            break
        if L.person_cues.match(tokens, j) and not t.is_cap:
            break
        if t.is_word and (t.is_cap or t.low not in STOP_WORDS) and not L.posts.match(tokens, j):
            j += 1
            continue
        if t.low == "và" and j + 1 < n and not tokens[j + 1].is_cap:
            j += 1
            continue
        if t.text in "-–" and j + 1 < n and tokens[j + 1].is_cap and not _unit_start(tokens, j + 1, L):
            j += 1
            continue
        break
    return j


def sentence_items(sentence: str, tokens: list[Token] | None = None) -> list[Item]:
    """The mentions of one sentence in order (see the module docstring)."""
    L = lex()
    tokens = tokens if tokens is not None else tokenize(sentence)
    items: list[Item] = []
    n = len(tokens)
    i = 0

    def add(kind, a, b, **kw):
        items.append(Item(kind, a, b, _text(sentence, tokens, a, b), **kw))

    while i < n:
        t = tokens[i]
        if not t.is_word:
            items.append(Item("sep", i, i + 1, t.text, value=t.text))
            i += 1
            continue
        if not t.is_cap and t.low not in L.first_words and "." not in t.text:
            # Half the words of a sentence are lower-case words that begin no lexicon phrase
            # (no post, rank, unit, marker, cue ...) and hold no abbreviated honorific: every
            # rule below needs one of those, so they are plain words, found without trying
            # each rule. A new rule for such words must come before this one
            # (tests/test_speed.py checks the shortcut against the rules on the corpus).
            items.append(Item("word", i, i + 1, t.text))
            i += 1
            continue
        abbr = L.post_abbreviations.get(t.text)
        if abbr:
            # "Phan Diễn (UVBCT)": a post written as one abbreviation
            org_item = Item("org", i, i + 1, abbr["org"])
            add("post", i, i + 1, title=abbr["title"], org=abbr["org"], org_item=org_item)
            i += 1
            continue
        m = L.markers.match(tokens, i)
        if m and m[0] < n and (L.posts.match(tokens, m[0]) or tokens[m[0]].text == ":"
                               or m[1] == "acting" and _unit_start(tokens, m[0], L)):
            status = m[1]
            if m[1] == "acting" and not L.posts.match(tokens, m[0]):
                # "phụ trách Công an tỉnh B": the title is "Phụ trách" itself
                e = org_end(tokens, m[0], L)
                if e > m[0]:
                    org = _text(sentence, tokens, m[0], e)
                    add("post", i, e, title=_text(sentence, tokens, i, m[0]), org=org, value="acting")
                    i = e
                    continue
            add("marker", i, m[0], value=status)
            i = m[0]
            continue
        m = L.ranks.match(tokens, i)
        if m:
            after = m[0]
            branch = L.org_words.match(tokens, after) if after < n else None
            if branch and branch[0] < n and tokens[branch[0]].is_name_part:
                after = branch[0]
            title = L.honorifics.match(tokens, after) if after < n else None
            if title and title[0] < n and tokens[title[0]].is_name_part:
                after = title[0]
            if after < n and (tokens[after].is_name_part or tokens[after].text == ":"):
                add("rank", i, after, value=m[1])
                i = after
                continue
            if i > 0 and tokens[i - 1].low in ("xuống", "lên", "hàm", "("):
                add("rank", i, m[0], value=m[1], extra={"change": True})
                i = m[0]
                continue
        parts = t.text.split(".")
        if len(parts) > 1 and all(L.honorific_forms.get(p.casefold()) for p in parts) and i + 1 < n \
                and (tokens[i + 1].is_name_part or tokens[i + 1].text in ",-"):
            for p in parts:
                add("honorific", i, i + 1, value=L.honorific_forms[p.casefold()])
            i += 1
            continue
        m = L.honorifics.match(tokens, i)
        if m and t.is_cap and m[0] < n and (tokens[m[0]].is_name_part or tokens[m[0]].text in ",.-"):
            add("honorific", i, m[0], value=m[1])
            i = m[0]
            continue
        m = L.posts.match(tokens, i)
        if m and not (t.is_cap or m[0] - i >= 2) and _unit_start(tokens, m[0], L) is None:
            m = None  # a lower-case one-word title ("phó") only right before its unit
        if m:
            end, kind = m
            title_end = _dept_tail(tokens, end, L) if kind == "department" else end
            if end - i >= 2 and tokens[end - 1].is_cap and L.units.match(tokens, end - 1):
                unit_org = org_end(tokens, end - 1, L)
                if unit_org > end and org_end(tokens, title_end, L) == title_end:
                    end, title_end = end - 1, end - 1
            org_stop = org_end(tokens, title_end, L)
            if org_stop == title_end:
                # "Cục trưởng cục Đường sắt": a lower-case unit word right after the title
                org_stop = org_end(tokens, title_end, L, lower=True)
            backref = False
            if org_stop == title_end and kind != "complete":
                org_stop = _bare_unit_end(tokens, title_end, L)
                backref = org_stop > title_end
            if kind == "unit" and org_stop == title_end:
                pass  # a bare "Trưởng"/"Phó" without its unit is not a post
            else:
                title = _text(sentence, tokens, i, title_end)
                org = _text(sentence, tokens, title_end, org_stop) if org_stop > title_end else None
                org_item = Item("org", title_end, org_stop, org) if org else None
                if org_item is not None and backref:
                    org_item.extra["backref"] = True
                add("post", i, org_stop, title=title, org=org, org_item=org_item,
                    complete=kind == "complete")
                i = org_stop
                continue
        e = org_end(tokens, i, L)
        if e > i:
            add("org", i, e)
            i = e
            continue
        m = L.places.match(tokens, i)
        if m and t.is_cap:
            add("place", i, m[0])
            i = m[0]
            continue
        m = L.person_cues.match(tokens, i)
        if m and m[0] < n and tokens[m[0]].is_name_part and (
                not t.is_cap or m[1] == "address" or tokens[m[0]].low in L.family):
            add("cue", i, m[0], value=m[1])
            i = m[0]
            continue
        if t.is_name_part:
            j = _name_run(tokens, i, L)
            if j - i >= 3 and t.low not in L.family and tokens[i + 1].low in L.family:
                # "tổng giám đốc Sawaco Võ Dũng": the name starts at the family name
                add("word", i, i + 1)
                i += 1
                continue
            if j - i >= 2:
                add("name", i, j)
            else:
                add("short", i, j)
            i = j
            continue
        add("word", i, i + 1)
        i += 1
    return items


def is_title_phrase(text: str) -> bool:
    """Whether ``text`` starts with a post title of the lexicon."""
    toks = tokenize(text)
    return bool(toks and lex().posts.match(toks, 0))


__all__ = ["Item", "is_title_phrase", "key_of", "org_end", "sentence_items"]
