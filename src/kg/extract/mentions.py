"""Mentions in one sentence: ranks, posts (title + organisation), organisations,
person names, honorifics, cues and separators, in text order.

The recogniser is rule-based and reads all its words from the lexicons
(``kg/lexicons/*.tsv``); this module holds only the shapes of the phrases.

>>> items = sentence_items("Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy, Chính ủy Tổng cục Hậu cần chủ trì hội nghị.")
>>> [(i.kind, i.text) for i in items if i.kind in ("rank", "name", "post")]
[('rank', 'Trung tướng'), ('name', 'Đỗ Văn Thiện'), ('post', 'Bí thư Đảng ủy'), ('post', 'Chính ủy Tổng cục Hậu cần')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg import lexicons
from kg.extract.tokens import PhraseMatcher, Token, key_of, tokenize

# Lower-case words that never belong inside a name, title tail or organisation: verbs and
# function words that end the phrase they follow (lexicons/stop_words.tsv).
STOP_WORDS = frozenset(lexicons.column("stop_words", "word"))
# ... of which those that also end the two-syllable first word of a name ("Cục Giám định", "Ban Chỉ đạo")
# quantity words after a number (lexicons/amount_words.tsv): "Công ty Epco 17 triệu" is the company, then
# an amount, not the unit "Công ty Epco 17"
AMOUNT_WORDS = frozenset(w.casefold() for w in lexicons.column("amount_words", "word"))
SECOND_SYLLABLES = frozenset(r["word"] for r in lexicons.load("stop_words") if r.get("second_syllable") == "yes")
# Lower-case words that introduce a place inside an organisation name ("Công an tỉnh An Giang").
PLACE_WORDS = lexicons.column("place_words", "word")
# Place words of an administrative level, which may end a name cut short ("Bệnh viện đa khoa tỉnh").
ADMIN_PLACE_WORDS = frozenset(r["word"] for r in lexicons.load("place_words") if r.get("administrative") == "yes")
# Words a lower-case stretch inside an organisation name never crosses ("Đảng bộ lần thứ VIII").
_NO_BRIDGE = frozenset({"lần", "thứ", "nhiệm", "kỳ", "khóa", "và"})
# A department's code ("C15", "PC14", "A16").
_POLICE_CODE = re.compile(r"[A-ZĐ]{1,3}\d{1,3}[A-Z]?")
# Words that join two field-of-work phrases inside one name ("tội phạm về ma túy").
_JOINERS = frozenset({"và", "về"})


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
        # title key ("thứ trưởng") -> the unit types it names (("bộ",)), the posts.tsv ``unit`` column
        self.title_units = {" ".join(key_of(r["title"])): tuple(" ".join(key_of(u)) for u in r["unit"].split("|"))
                            for r in lexicons.load("posts") if r.get("unit")}
        self.units = PhraseMatcher({r["word"]: r["needs_name"] == "yes" for r in lexicons.load("units")})
        self.levels = {key_of(r["word"]): int(r["level"]) for r in lexicons.load("units")}
        # unit types whose own name is often a person's ("Trường THPT Nguyễn Du")
        self.named_for_people = frozenset(key_of(r["word"]) for r in lexicons.load("units")
                                          if r.get("named_for_people") == "yes")
        # the last word of one-word unit types, as a title ends with it ("Trưởng ga", "Trạm trưởng")
        # the first words of unit types, casefolded, to find a unit written in lower case cheaply
        self.unit_first_low = frozenset(r["word"].split()[0].casefold() for r in lexicons.load("units"))
        self.unit_words_low = frozenset(r["word"].casefold() for r in lexicons.load("units")
                                        if " " not in r["word"] and not r["word"].isupper())
        known_names = {r["name"].casefold() for r in lexicons.load("organizations")}
        self.unit_abbreviations = frozenset(
            r["abbreviation"] for r in lexicons.load("abbreviations")
            if r["expansion"].casefold() in known_names and r["abbreviation"].isupper())
        # unit abbreviations that take a name or number, which may be run together ("PMU18")
        self.numbered_units = frozenset(r["word"].casefold() for r in lexicons.load("units")
                                        if r["word"].isupper() and " " not in r["word"] and r["needs_name"] == "yes")
        # unit types whose name ends with where they are ("Chi nhánh X tại Hà Nội")
        self.located = frozenset(key_of(r["word"]) for r in lexicons.load("units") if r.get("located") == "yes")
        self.upper_only = frozenset(r["word"].casefold() for r in lexicons.load("units")
                                    if len(r["word"]) > 1 and r["word"].isupper())
        self.orgs = PhraseMatcher({r["name"]: r["name"] for r in lexicons.load("organizations")})
        # the fields that name the ministries the lexicon knows ("Nông nghiệp và Phát triển nông thôn")
        self.ministry_fields = frozenset(key_of(r["name"])[1:] for r in lexicons.load("organizations")
                                         if r["name"].startswith("Bộ ") and r.get("unit_titles") != "no")
        self.org_levels = {r["name"]: int(r["level"]) for r in lexicons.load("organizations") if r.get("level")}
        self.not_units = PhraseMatcher({r["phrase"]: True for r in lexicons.load("not_units")})
        self.exact_case_orgs = frozenset(r["name"] for r in lexicons.load("organizations")
                                         if r.get("case") == "exact")
        self.context_orgs = frozenset(r["name"] for r in lexicons.load("organizations")
                                      if r.get("standalone") == "no")
        self.places = PhraseMatcher({r["place"]: r["place"] for r in lexicons.load("places")})
        self.honorifics = PhraseMatcher({r["form"]: r["canonical"] for r in lexicons.load("honorifics")})
        self.person_cues = PhraseMatcher({r["cue"]: r["kind"] for r in lexicons.load("person_cues")})
        self.markers = PhraseMatcher({r["marker"]: r["status"] for r in lexicons.load("status_markers")})
        self.memberships = PhraseMatcher({r["marker"]: r["title"] for r in lexicons.load("membership_markers")})
        # verbs only a person is the subject of ("được bầu", "từ chức"): the name before them is a person's
        self.person_verbs = PhraseMatcher({r["verb"]: r["english"] for r in lexicons.load("person_verbs")})
        self.superseding = frozenset(key_of(r["marker"]) for r in lexicons.load("status_markers")
                                     if r.get("supersedes") == "yes")
        self.after_subject = frozenset(key_of(r["marker"]) for r in lexicons.load("status_markers")
                                       if r.get("after_subject") == "yes")
        self.before_subject = frozenset(key_of(r["marker"]) for r in lexicons.load("status_markers")
                                        if r.get("before_subject") == "yes")
        # the openers of a clause of time before the subject ("Trước khi lên công tác ở X, ông A giữ chức Y":
        # Y is the post A held before)
        self.before_clause = frozenset(key_of(r["marker"]) for r in lexicons.load("status_markers")
                                       if r.get("before_subject") == "clause")
        # the verbs that say which post the subject held then ("lúc đó ông A đang là X"), not a change
        # of post ("lúc đó ông A được bổ nhiệm làm X" tells when A became X)
        self.then_verbs = frozenset(key_of(r["marker"]) for r in lexicons.load("status_markers")
                                    if r.get("before_subject") == "verb")
        self.org_words = PhraseMatcher({r["phrase"]: r["lowercase"] == "yes" for r in lexicons.load("org_words")})
        self.place_words = PhraseMatcher({w: w for w in PLACE_WORDS})
        self.honorific_forms = {r["form"].casefold(): r["canonical"] for r in lexicons.load("honorifics")}
        self.family = frozenset(n.casefold() for n in lexicons.column("family_names", "name"))
        # (keep this last) every casefolded word that a phrase of a lexicon above begins with, or
        # that is an abbreviation of a post or unit: a word not in it starts no phrase and no
        # unit, so the rules that need one are not tried on it (see sentence_items, _unit_start)
        matchers = [m for m in vars(self).values() if isinstance(m, PhraseMatcher)]
        self.first_words = frozenset().union(*(m.first_words for m in matchers),
                                             (a.casefold() for a in self.post_abbreviations),
                                             (a.casefold() for a in self.unit_abbreviations))
        # the first words of what sentence_items reads at a lower-case word: a status marker, a
        # rank, a post, a cue or a lower-case unit word ("theo báo Thanh Niên"); its other
        # phrases (places, honorifics, units, names) begin with a capital
        self.lower_first_words = frozenset().union(
            self.markers.first_words, self.memberships.first_words, self.ranks.first_words, self.posts.first_words,
            self.person_cues.first_words, (a.casefold() for a in self.post_abbreviations), _LOWER_CASE_UNITS)
        # Most of the words in those sets begin a phrase only with some words after them ("các" in
        # "các đồng chí"): where the pair of a word and the next begins no phrase, and the word is
        # no phrase, abbreviation or lower-case unit word by itself, no rule can read a phrase
        # there either (see sentence_items). The words that are a whole phrase, and the pairs of
        # words that begin a longer one, of every matcher above and of those read at a lower-case word:
        lower_matchers = [self.markers, self.memberships, self.ranks, self.posts, self.person_cues]
        self.whole, self.pairs = _openings(matchers, (a.casefold() for a in self.post_abbreviations),
                                           (a.casefold() for a in self.unit_abbreviations))
        self.lower_whole, self.lower_pairs = _openings(lower_matchers, (a.casefold() for a in self.post_abbreviations),
                                                       _LOWER_CASE_UNITS)


def _openings(matchers: list[PhraseMatcher], *whole_words) -> tuple[frozenset, frozenset]:
    """The words that are a phrase of one of ``matchers`` by themselves (or one of ``whole_words``),
    and the pairs of words that begin a longer phrase of one of them."""
    whole, pairs = set(), set()
    for m in matchers:
        w, p = m.openings()
        whole |= w
        pairs |= p
    for words in whole_words:
        whole.update(words)
    return frozenset(whole), frozenset(pairs)


@lru_cache(maxsize=1)
def lex() -> _Lex:
    return _Lex()


def _text(sentence: str, tokens: list[Token], i: int, j: int) -> str:
    return sentence[tokens[i].start:tokens[j - 1].end]


def _rank(tokens: list[Token], j: int, L: _Lex):
    """The rank at ``j``, unless its words are a given name: every syllable capitalised, right after a
    name's syllable and with no name after it ("Bộ trưởng Đỗ Trung Tá," is a name, "Trung tá Lê A" a rank)."""
    m = L.ranks.match(tokens, j)
    if m and j > 0 and tokens[j - 1].is_name_part and not tokens[j - 1].is_upper \
            and all(t.is_cap and not t.is_upper for t in tokens[j:m[0]]) \
            and (m[0] >= len(tokens) or not tokens[m[0]].is_name_part):
        return None
    return m


def _name_run(tokens: list[Token], i: int, L: _Lex) -> int:
    """End of a run of capitalised name syllables starting at ``i`` (``i`` when none)."""
    j = i
    while j < len(tokens) and j - i < 5 and tokens[j].is_name_part:
        # A word that begins no lexicon phrase (most name syllables) starts no title, rank, cue or
        # unit: the run goes on without looking it up.
        starts_phrase = j > i and tokens[j].low in L.first_words
        if starts_phrase and _given_name_like_title(tokens, i, j, L):
            j += 1  # "Nguyễn Công Trưởng, ...": the given name is a title word that names no unit here
            continue
        if starts_phrase and (L.posts.match(tokens, j) and tokens[j].is_cap or _rank(tokens, j, L)
                              or L.person_cues.match(tokens, j) and not tokens[j].is_cap):
            break
        if starts_phrase and _unit_start(tokens, j, L) and org_end(tokens, j, L) > j:
            break
        j += 1
        if j > i + 1 and j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j + 1].text.isalpha() \
                and tokens[j + 1].text.islower() and len(tokens[j + 1].text) <= 3 \
                and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start:
            return j + 2  # "Kim Jong-un": a given name joined by a hyphen
    if j > i + 1 and j + 1 < len(tokens) and len(tokens[j - 1].text) == 1 and tokens[j - 1].is_upper \
            and tokens[j].text == "." and tokens[j + 1].is_cap and tokens[j + 1].is_name_part \
            and tokens[i].low not in L.family:
        # "Noah A. Zaring": a foreign name's middle initial, then the family name
        return _name_run(tokens, j + 1, L)
    if j > i + 1 and j < len(tokens) and not tokens[j].is_cap:
        # "Đoàn Luật sư", "Đoàn Thư ký": the last capital begins a common phrase, not a given name
        word = L.person_cues.match(tokens, j - 1) or L.posts.match(tokens, j - 1)
        if word and word[0] > j:
            return j - 1
    return j


def _given_name_like_title(tokens: list[Token], i: int, j: int, L: _Lex) -> bool:
    """Token ``j`` ends a name begun by a family name at ``i``, though it is a one-word title of a unit
    ("Trưởng"): the title would need its unit next, and no capitalised word follows."""
    if j - i < 2 or tokens[i].low not in L.family or not tokens[j].is_cap:
        return False
    m = L.posts.match(tokens, j)
    return m is not None and m[0] == j + 1 and m[1] == "unit" \
        and (j + 1 >= len(tokens) or tokens[j + 1].low == "và" or not tokens[j + 1].text[:1].isalnum())


def unit_level(tokens: list[Token], i: int, L: _Lex | None = None) -> int:
    """How high the unit whose name starts at ``i`` stands (1 = national body; ``level`` in units.tsv)."""
    L = L or lex()
    m = L.units.match(tokens, i)
    known = L.orgs.match(tokens, i)
    if m and not (known and known[0] > m[0]):
        return L.levels[tuple(t.low for t in tokens[i:m[0]])]
    if known:
        # a body the lexicon names ("Văn phòng Chính phủ") stands high, unless the lexicon places it
        # under a ministry ("Tổng cục Tình báo Bộ Công an")
        return L.org_levels.get(known[1], 1)
    return 9


def _unit_start(tokens: list[Token], i: int, L: _Lex, lower: bool = False):
    """(end, needs_name) where a capitalised unit word or known organisation starts at ``i``."""
    if i >= len(tokens) or not (tokens[i].is_cap or lower):
        return None
    if tokens[i].text[-1].isdigit() and _code_unit(tokens[i].text, L):
        return i + 1, False  # "PMU18": a unit abbreviation and its number written as one word
    if tokens[i].low not in L.first_words:
        return None  # every unit below starts with a lexicon phrase or abbreviation (asked often: fast)
    if tokens[i].low in L.upper_only and not tokens[i].is_upper:
        return None
    if L.not_units.match(tokens, i) and not L.orgs.match(tokens, i):
        return None  # "Báo cáo", "Bộ luật", "Trường hợp": words that begin like a unit
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


_CODE = re.compile(r"([A-ZĐ]{2,})(\d+[A-Z]?)")


def _code_unit(text: str, L: _Lex) -> bool:
    """A unit abbreviation that needs a name, run together with its number ("PMU18")."""
    m = _CODE.fullmatch(text)
    return bool(m) and m.group(1).casefold() in L.numbered_units


def _looks_like_person(tokens: list[Token], i: int, j: int, L: _Lex) -> bool:
    return j - i >= 2 and tokens[i].low in L.family and not L.places.match(tokens, i)


def _list_after(tokens: list[Token], i: int, L: _Lex) -> int | None:
    """Where the people listed after a status marker begin: after "như" or ":" (one or two
    plain words may come first: "chức vụ cao như"), when a name or a rank follows."""
    for j in range(i, min(i + 3, len(tokens) - 1)):
        t = tokens[j]
        if t.low in ("như", ":") and not L.posts.match(tokens, j + 1) \
                and (tokens[j + 1].is_name_part or L.ranks.match(tokens, j + 1)):
            return j + 1
        if t.is_cap or not t.text.isalpha():
            return None
    return None


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
        # "Trưởng công an huyện Trần Đề": a lower-case unit word, then a place word and its name;
        # "trưởng đồn biên phòng cửa khẩu Sông Tiền": past the unit's lower-case field of work
        k = j
        while (words := L.org_words.match(tokens, k)) and words[1]:
            k = words[0]
        pw = L.place_words.match(tokens, k)
        named = k > j and k < len(tokens) and (tokens[k].is_cap or tokens[k].is_number)
        # "phó phòng cảnh sát điều tra công an tỉnh nay là ...": a unit of two words or more and an
        # administrative place word, the place's name left unsaid
        bare = k == j and j - i >= 2 and pw is not None and pw[1] in ADMIN_PLACE_WORDS and _phrase_ends(tokens, pw[0], L)
        if not named and not (pw and pw[0] < len(tokens) and (tokens[pw[0]].is_cap or tokens[pw[0]].is_number)) \
                and not (k > i + 1 and _lower_unit_at(tokens, k, L)) and not bare:
            return i  # ... or inside a unit named after it ("cơ quan CSĐT công an tỉnh B")
    base = j
    wants_name = j if needs_name else -1  # where a unit word that needs its own name ends
    for_people = tuple(t.low for t in tokens[i:j]) in L.named_for_people
    n = len(tokens)
    after_place = False
    has_place = False
    field_end = -1  # where a capitalised field of work ends ("Sở Tài chính| Vật giá")
    lower_field_end = -1  # where a lower-case one ends ("Bệnh viện phụ sản| Từ Dũ")
    while j < n:
        t = tokens[j]
        if t.text == "," and j > base and not has_place:
            listed = _field_list_end(tokens, j, L)
            if listed:
                j = listed  # "Ủy ban Văn hóa - Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"
                continue
        words = L.org_words.match(tokens, j)
        if words and j > i and (t.is_cap or words[1] and not has_place):
            j = words[0]
            field_end = j if t.is_cap else -1
            lower_field_end = -1 if t.is_cap else j
            continue
        if t.is_number and j > base and j + 1 < n and (tokens[j + 1].low in AMOUNT_WORDS or j + 2 < n
                                                       and f"{tokens[j + 1].low} {tokens[j + 2].low}" in AMOUNT_WORDS):
            break  # "Công ty Epco 17 triệu đồng": a number that counts an amount does not name the unit
        if t.is_cap or t.is_number:
            pw = L.place_words.match(tokens, j) if t.is_upper else None
            if pw and pw[0] > j + 1 and pw[0] < n and (tokens[pw[0]].is_cap or tokens[pw[0]].is_number) \
                    and tokens[pw[0]].low not in STOP_WORDS:
                # "UBND TP. Hồ Chí Minh": a place word abbreviated with its dot, then the place (not "UBND TP.
                # Sau khi ...": the dot ends the sentence)
                j = pw[0]
                after_place = True
                continue
            if _rank(tokens, j, L) or L.honorifics.match(tokens, j):
                break
            post = L.posts.match(tokens, j)
            if post and not _unit_start(tokens, j, L):
                break
            run = _name_run(tokens, j, L)
            if j >= base and (not after_place or run - j >= 3) and _looks_like_person(tokens, j, run, L) \
                    and not (j == wants_name and (run - j <= 2 or L.places.match(tokens, j + 2)
                                                  or for_people and run - j <= 4)) \
                    and not (j == lower_field_end and run - j == 2) \
                    and not (after_place and run - j >= 4 and j and tokens[j - 1].is_cap
                             and tokens[j + 1].low in L.family and tokens[j + 1].low not in ("văn", "thị")) \
                    and (run >= n or not tokens[run].is_cap):
                # ... but "quận Hải Châu Nguyễn Đình Chính": a place's last syllable that is also a family name,
                # then a name of three words from the next family name
                break  # ... but "Bệnh viện phụ sản Từ Dũ": a lower-case field, then the unit's name of two words
            if for_people and j == wants_name and 0 < run - j <= 4:
                j = run  # "Trường PTTH Phan Chu Trinh": the whole person's name is the school's
                continue
            place = L.places.match(tokens, j)
            has_place = has_place or bool(place)
            inner = _unit_start(tokens, j, L)
            # a unit named inside ("Đảng ủy Bộ Công an") is whole, and so is a place ("Hà Nội", not
            # "Nội chính")
            first = j
            j = inner[0] if inner else place[0] if place else j + 1
            if inner and inner[1]:
                wants_name = j  # "Ban giám đốc Công ty Mai Linh": the inner unit's own name follows
            if inner:
                field_end = j  # "văn phòng đại diện Ủy ban Chứng khoán": the inner unit's name begins
            if j == first + 1 and not inner and not place and j < n and _second_syllable(tokens, first, j, base, L,
                                                                                         first == field_end):
                j += 1  # "Trung tâm Thu hồi", "và Khai thác": a capitalised word's second syllable
            # "huyện Nam Trà My": the place's name goes on past a syllable that is also a family name
            after_place = after_place and not place and not inner and j < n and tokens[j].is_cap
            continue
        pw = L.place_words.match(tokens, j)
        if pw and pw[0] < n and _department_code(tokens, pw[0]) and pw[1] in ADMIN_PLACE_WORDS:
            j = pw[0]  # "Phòng Cảnh sát Điều tra Công an tỉnh PC 16": the department's code, not the province
            break
        if pw and pw[0] < n and (tokens[pw[0]].is_cap or tokens[pw[0]].is_number):
            j = pw[0]
            after_place = True
            continue
        if pw and j > base - 1 and tokens[pw[0] - 1].low != "số" and (
                pw[0] >= n or not tokens[pw[0]].is_word or tokens[pw[0]].low in STOP_WORDS
                or lower and L.markers.match(tokens, pw[0])):
            j = pw[0]
            break
        if t.text in '"“' and j >= base and _quoted_name_end(tokens, j):
            j = _quoted_name_end(tokens, j)  # 'Công ty TNHH "Hoàng Long"': a quoted name is part of the name
            continue
        if t.text in "-–" and j + 1 < n and tokens[j + 1].is_cap and j > base - 1:
            if j > base and _POLICE_CODE.fullmatch(tokens[j + 1].text) and (j + 2 >= n or not tokens[j + 2].is_cap):
                break  # "Cục Cảnh sát điều tra tội phạm về ... và chức vụ - C15)": the code after the name
            if _unit_start(tokens, j + 1, L) and unit_level(tokens, j + 1, L) < unit_level(tokens, i, L):
                break  # "Cục CSĐT - Bộ Công an": the higher unit after the dash is the parent
            if L.posts.match(tokens, j + 1):
                break  # "Đảng ủy Quân sự Trung ương - Bộ trưởng ...": the next post of a list
            place = L.places.match(tokens, j + 1)
            if place and not has_place and (place[0] >= n or not tokens[place[0]].is_word):
                break  # "UBND quận 12 - TPHCM", "ĐH Cambridge - Anh": the place where the unit is, after a dash
            j += 1
            continue
        if t.text in "-–" or t.low in _JOINERS:
            # "đường bộ - đường sắt", "tội phạm về trật tự xã hội", "bảo vệ và hỗ trợ tư pháp":
            # a joiner inside a name when a field-of-work phrase follows it
            words = L.org_words.match(tokens, j + 1)
            unit = _unit_start(tokens, j + 1, L) if words else None
            # ... not a unit after it ("Cục CSĐT về ... và Phòng X"), but a field of work that begins with a
            # unit's word ("về Phòng, chống tham nhũng")
            if words and j > base and not has_place and tokens[j - 1].is_word \
                    and not (unit and unit[0] >= words[0]):
                j = words[0]
                continue
        if t.low in ("và", "&") and j + 1 < n and tokens[j + 1].is_cap and not _unit_start(tokens, j + 1, L) \
                and not L.not_units.match(tokens, j + 1):
            j += 1
            continue
        if t.is_word and not t.is_cap and j > base - 1 and (t.low not in STOP_WORDS or L.org_words.match(tokens, j)):
            # a short lower-case stretch is kept when it leads to a capitalised part; it may begin with a
            # field of work whose first syllable is also a verb ("Công ty Đầu tư phát triển đường ... VN")
            k = j
            region_end = None  # where a region phrase ends the name ("... giao thông phía Nam,")
            while k < n and k - j < 8 and tokens[k].is_word and not tokens[k].is_cap and not tokens[k].is_number \
                    and tokens[k].low not in _NO_BRIDGE and not L.place_words.match(tokens, k):
                words = L.org_words.match(tokens, k) if k > j else None
                if words and words[0] - k == 2 and tokens[words[0] - 1].is_cap and L.places.match(tokens, words[0] - 1) \
                        is None and (words[0] >= n or not tokens[words[0]].is_word):
                    # "Công ty Tư vấn thiết kế giao thông vận tải phía Nam": a lower-case field, then a
                    # region written with a capital ("phía Nam", "phía Bắc") that closes the phrase
                    region_end = words[0]
                    break
                words = L.org_words.match(tokens, k + 1) if tokens[k].low in _JOINERS and k > j else None
                if words and not any(x.is_cap for x in tokens[k + 1:words[0]]):
                    k = words[0]  # "... án hình sự về trật tự xã hội": a joiner, then a field of work
                    continue
                words = L.org_words.match(tokens, k) if j <= k <= j + 3 else None
                if words and not any(x.is_cap for x in tokens[k:words[0]]) \
                        and any(x.low in STOP_WORDS for x in tokens[k:words[0]]):
                    # "... xây dựng công trình giao thông 6", "Cảng hàng không Cam Ranh": a field of work ("trình",
                    # "không" are stop words)
                    k = words[0]
                    continue
                if tokens[k].low in STOP_WORDS:
                    # "Tổng công ty đầu tư phát triển đường cao tốc Việt Nam": a field of work whose
                    # syllable is also a verb ("phát") goes on; any other such word ends the stretch
                    words = L.org_words.match(tokens, k)
                    if not words or any(x.is_cap for x in tokens[k:words[0]]):
                        break
                    k = words[0]
                    continue
                k += 1
            # ... and the capitalised part is a place or a name of two or more words, not a
            # lone given name after a verb ("Công an Hà Nội bắt giữ Sơn")
            target_ok = k < n and tokens[k].is_cap and not _unit_start(tokens, k, L) \
                and not L.ranks.match(tokens, k) and not L.posts.match(tokens, k) \
                and not (tokens[k].is_upper and L.person_cues.match(tokens, k)) \
                and (L.places.match(tokens, k) or L.org_words.match(tokens, k) or tokens[k].is_upper
                     or k + 1 < n and (tokens[k + 1].is_cap or tokens[k + 1].is_number))
            if target_ok and _looks_like_person(tokens, k, _name_run(tokens, k, L), L):
                # "Công an quận bắt quả tang Nguyễn Văn Sơn"; but a field of work, then a name of two
                # words, is the unit's own name ("Bệnh viện phụ sản Từ Dũ")
                f = j
                while f < k and (words := L.org_words.match(tokens, f)) and words[0] <= k:
                    f = words[0]
                target_ok = f == k and _name_run(tokens, k, L) - k == 2 \
                    and (_name_run(tokens, k, L) >= n or not tokens[_name_run(tokens, k, L)].is_cap)
            pw = L.place_words.match(tokens, k) if k < n else None
            # ... or a place word with its place's name, or the place word ending the name ("Bệnh viện đa
            # khoa trung tâm tỉnh, ..."); "Bộ Quốc phòng tiếp quản khu vực này" is no name
            named_place = pw and (pw[0] < n and (tokens[pw[0]].is_cap or tokens[pw[0]].is_number)
                                  or pw[1] in ADMIN_PLACE_WORDS and (pw[0] >= n or not tokens[pw[0]].is_word
                                                                     or tokens[pw[0]].low in STOP_WORDS))
            # ... or its abbreviation in brackets ("Vụ Thực hành quyền công tố và Kiểm sát điều tra án hình
            # sự về trật tự xã hội (Vụ 1A)"): the whole stretch before it is the name
            initials = k < n and tokens[k].text == "(" and tokens[k - 1].is_word and _initials_in_brackets(tokens, k, L)
            # ... or the higher unit it belongs to, right after a one- or two-word description of the unit
            # ("Ban tổ chức Thành ủy"; not "Sở Y tế tổ chức Hội nghị": a verb after the unit's name)
            higher = k > j == base and k - j <= 2 and k < n and tokens[k].is_cap and _unit_start(tokens, k, L) \
                and unit_level(tokens, k, L) < unit_level(tokens, i, L)
            # ... but a body the lexicon names whole, then a place word ("đại biểu Quốc hội chuyên trách tỉnh
            # Kon Tum"), is that body: the words between qualify the post
            # ... or the number that ends the name of a unit that needs one ("Tổng công ty xây dựng công trình
            # giao thông 6"), the phrase ending there
            numbered = j == wants_name and k < n and tokens[k].is_number and tokens[k].text.isdigit() \
                and (k + 1 >= n or not tokens[k + 1].is_word) and any(L.org_words.match(tokens, f) for f in range(j, k))
            if region_end and not has_place and _fields_only(tokens, j, k, L):
                j = region_end
                break
            known = named_place and not (target_ok or initials or higher) and L.orgs.match(tokens, i)
            if k > j and not has_place and (target_ok or named_place or initials or higher or numbered) \
                    and not (known and known[0] == j):
                j = k
                continue
            close = _quoted_name_end(tokens, k) if k > j and k - j <= 3 and not has_place else None
            f = j
            while close and f < k and (words := L.org_words.match(tokens, f)) and words[0] <= k:
                f = words[0]
            if close and f == k:
                j = close  # 'Ban chuyên án vụ án "Đồi Hoa Mai"': a field of work, then the quoted name
                continue
            if k > j and not has_place and k + 1 < n and tokens[k].low == "và" and tokens[k + 1].is_cap \
                    and not _unit_start(tokens, k + 1, L) and not L.posts.match(tokens, k + 1) \
                    and not _looks_like_person(tokens, k + 1, _name_run(tokens, k + 1, L), L):
                j = k + 1  # "Trung tâm Thu hồi và Khai thác quỹ đất"
                continue
            if k > j and k + 1 < n and tokens[k].low == "của" and not has_place and _of_known_body(tokens, k + 1, L):
                j = k  # "Ủy ban Pháp luật (của Quốc hội)": the name ends before "của"
            break
        break
    while j > base and (tokens[j - 1].text in "-–" or tokens[j - 1].low in _JOINERS):
        j -= 1
    elected = tokens[i].text == "BCH" or i + 1 < n and tokens[i].low == "ban" and tokens[i + 1].low == "chấp"
    if elected and (j > base or not needs_name):
        place = L.place_words.match(tokens, j)
        term = place[0] if place else j  # "Ban Chấp hành Đảng bộ tỉnh khóa XV"
        if term + 1 < n and tokens[term].low in ("khóa", "khoá") and _numeral(tokens[term + 1].text):
            j = term + 2  # "Ban Chấp hành Trung ương Đảng khóa IX": the committee of that term
    if needs_name and j == base and not _named_after_parenthesis(tokens, j):
        return i
    if j > base and j + 1 < n and tokens[j].low == "tại" and tuple(t.low for t in tokens[i:base]) in L.located:
        # "Văn phòng đại diện Ủy ban Chứng khoán Nhà nước tại TP HCM", "Đại sứ quán Việt Nam tại Pháp"
        k = j + 1
        pw = L.place_words.match(tokens, k)
        k = pw[0] if pw and pw[0] < n and tokens[pw[0]].is_cap else k
        place = L.places.match(tokens, k)
        if place:
            return place[0]
        run = _name_run(tokens, k, L) if tokens[k].is_name_part else k
        if run > k and not _looks_like_person(tokens, k, run, L):
            return run
    return j


def _fields_only(tokens: list[Token], j: int, k: int, L: _Lex) -> bool:
    """``tokens[j:k]`` is a run of fields of work (org_words.tsv) and nothing else ("thiết kế giao thông
    vận tải"; not "mở rộng thị trường")."""
    while j < k:
        words = L.org_words.match(tokens, j)
        if not words or words[0] > k:
            return False
        j = words[0]
    return True


def _department_code(tokens: list[Token], j: int) -> bool:
    """A police department's code starts at ``j``: "PC13", "PC 16", "PA 25" (two capitals and a number)."""
    t = tokens[j]
    if not (t.is_upper and t.text.isalnum() and 2 <= sum(c.isalpha() for c in t.text) <= 3):
        return False
    if any(c.isdigit() for c in t.text):
        return bool(_CODE.fullmatch(t.text))
    return j + 1 < len(tokens) and tokens[j + 1].text.isdigit() and len(tokens[j + 1].text) <= 3


def _phrase_ends(tokens: list[Token], j: int, L: _Lex) -> bool:
    """The phrase ends at ``j``: the sentence or a punctuation mark, a verb or function word, a status marker."""
    return j >= len(tokens) or not tokens[j].is_word or tokens[j].low in STOP_WORDS or tokens[j].low == "và" \
        or bool(L.markers.match(tokens, j))


def _quoted_name_end(tokens: list[Token], j: int) -> int | None:
    """End (past the closing quote) of a quoted name of capitalised words or numbers at ``j``."""
    n = len(tokens)
    if j >= n or tokens[j].text not in '"“':
        return None
    close = next((c for c in range(j + 1, min(j + 8, n)) if tokens[c].text in '"”'), None)
    if close and close > j + 1 and all(x.is_cap or x.is_number or x.text in "-&" for x in tokens[j + 1:close]):
        return close + 1
    return None


def _field_word_end(tokens: list[Token], j: int, L: _Lex) -> int | None:
    """End of one capitalised field of work starting at ``j`` ("Thanh niên", "Nhi đồng", "Khoa học
    Công nghệ"): a phrase of org_words.tsv, or a capital and one or two lower-case syllables;
    None where a unit, a place, a post or a person's name starts there."""
    n = len(tokens)
    if j < n and tokens[j].is_word and not tokens[j].is_cap:
        # "Ủy ban Văn hóa, giáo dục, thanh thiếu niên và nhi đồng": a field written in lower case only
        # as a whole phrase of org_words.tsv
        words = L.org_words.match(tokens, j)
        return words[0] if words and not any(t.is_cap for t in tokens[j:words[0]]) else None
    if j >= n or not tokens[j].is_name_part or _unit_start(tokens, j, L) or L.places.match(tokens, j) \
            or L.posts.match(tokens, j) or _looks_like_person(tokens, j, _name_run(tokens, j, L), L):
        return None
    words = L.org_words.match(tokens, j)
    if words:
        return words[0]
    k = j + 1
    while k < n and k - j < 3 and tokens[k].is_word and tokens[k].text.isalpha() and not tokens[k].is_cap \
            and tokens[k].low not in STOP_WORDS and tokens[k].low not in _JOINERS and tokens[k].low not in _NO_BRIDGE:
        k += 1
    return k if k > j + 1 else None


def _field_list_end(tokens: list[Token], j: int, L: _Lex) -> int | None:
    """"Ủy ban Văn hóa - Giáo dục, Thanh niên, Thiếu niên và Nhi đồng": at the comma ``j`` inside a
    name, a list of capitalised fields of work that "và" closes belongs to the name; its end, or None
    (a list of bodies, "Sở Y tế, Sở Tài chính và ...", starts each item with a unit word)."""
    n = len(tokens)
    k = j
    for _ in range(6):
        if k >= n or tokens[k].text != ",":
            return None
        e = _field_word_end(tokens, k + 1, L)
        if e is None:
            return None
        k = e
        if k + 1 < n and tokens[k].low == "và":
            last = _field_word_end(tokens, k + 1, L)
            if last is None or last < n and (tokens[last].is_cap or tokens[last].is_number):
                return None
            return last
    return None


def _initials_in_brackets(tokens: list[Token], k: int, L: _Lex) -> bool:
    """"(CQĐT)", "(KH&CN)", "(Vụ 1A)", "(PC13)" at ``k``: initials or a unit's code that stand for the
    name just written."""
    close = next((c for c in range(k + 2, min(k + 5, len(tokens))) if tokens[c].text == ")"), None)
    if close is None:
        return False
    inner = tokens[k + 1:close]
    if all(t.is_upper or t.text in "&-" for t in inner) and inner[0].is_upper and len(inner[0].text) > 1:
        return True
    unit = L.units.match(tokens, k + 1)
    return bool(unit) and unit[0] == close - 1 and tokens[unit[0]].text[0].isdigit()


def _lower_unit_at(tokens: list[Token], j: int, L: _Lex) -> bool:
    """A named unit written in lower case starts at ``j`` ("công an tỉnh B"): a unit word of two
    words or more, as "bộ", "hội" end other words ("đường bộ", "xã hội")."""
    if j >= len(tokens) or tokens[j].low not in L.unit_first_low or tokens[j].is_cap:
        return False
    u = L.units.match(tokens, j)
    return u is not None and u[0] - j >= 2 and org_end(tokens, j, L, lower=True) > j


def _named_after_parenthesis(tokens: list[Token], j: int) -> bool:
    """"Ban Chấp hành (BCH) Trung ương Đảng": the name comes after the abbreviation in brackets."""
    if j >= len(tokens) or tokens[j].text != "(":
        return False
    close = next((c for c in range(j + 2, min(j + 5, len(tokens))) if tokens[c].text == ")"), None)
    return close is not None and all(t.is_upper or t.text in "&-" for t in tokens[j + 1:close]) \
        and close + 1 < len(tokens) and tokens[close + 1].is_cap


def _named_unit_end(tokens: list[Token], i: int, title_end: int, L: _Lex) -> int:
    """End of the name of the unit a title names by its type ("Trưởng ga Núi Thành",
    "Chủ tịch xã Tiên Lãnh"); ``title_end`` when none is written."""
    n = len(tokens)
    j = title_end
    pw = L.place_words.match(tokens, j)
    if pw and pw[0] < n and tokens[pw[0]].is_cap and L.posts.match(tokens, i) and not tokens[j].is_cap:
        j = pw[0]  # "Chủ tịch xã Tiên Lãnh"
    elif not (title_end - i >= 2 and tokens[title_end - 1].low in L.unit_words_low):
        return title_end
    if j >= n or not tokens[j].is_name_part or tokens[j].low in L.family or _unit_start(tokens, j, L) \
            or L.ranks.match(tokens, j) or L.posts.match(tokens, j) or L.honorifics.match(tokens, j):
        return title_end
    run = _name_run(tokens, j, L)
    if run - j > 3:
        # "Chủ tịch xã Tân Hòa Trần Văn Bình": the place's name, then the holder's from a family name
        place = L.places.match(tokens, j)
        splits = [k for k in range(j + 1, min(j + 4, run - 1)) if tokens[k].low in L.family
                  and tokens[k].low not in ("văn", "thị") and 2 <= run - k <= 4
                  and not (place and k < place[0])]  # "tỉnh Tiền Giang Phan Văn Hà", not "Tiền | Giang ..."
        splits.sort(key=lambda k: run - k != 3)  # a name of three words is the likeliest
        return splits[0] if splits and pw else title_end
    if run < n and tokens[run].is_cap:
        return title_end
    return run


def _field_and_place(tokens: list[Token], i: int, end: int, title_end: int, L: _Lex) -> int:
    """"đồn trưởng biên phòng Vĩnh Xương": a title that names its unit type, then the unit by its
    lower-case field of work and its place's name (not a person's); ``title_end`` when not so."""
    n = len(tokens)
    if title_end >= n or tokens[title_end].is_cap or not L.title_units.get(" ".join(x.low for x in tokens[i:end])):
        return title_end
    words = L.org_words.match(tokens, title_end)
    if not words or not words[1] or words[0] >= n or not tokens[words[0]].is_name_part:
        return title_end
    k = words[0]
    run = _name_run(tokens, k, L)
    if run - k < 2 or _looks_like_person(tokens, k, run, L) or L.posts.match(tokens, k) or L.ranks.match(tokens, k) \
            or run < n and tokens[run].is_cap:
        return title_end
    return run


def _of_known_body(tokens: list[Token], i: int, L: _Lex) -> bool:
    """A national body the lexicon knows starts at ``i`` ("của Quốc hội", "của Chính phủ")."""
    return _known_body_end(tokens, i, L) is not None


def _known_body_end(tokens: list[Token], i: int, L: _Lex) -> int | None:
    if i < len(tokens) and tokens[i].text in L.unit_abbreviations:
        return i + 1  # "của QH"
    known = L.orgs.match(tokens, i)
    return known[0] if known and tokens[i].is_cap and unit_level(tokens, i, L) == 1 else None


def _second_syllable(tokens: list[Token], first: int, j: int, base: int, L: _Lex,
                     after_field: bool = False) -> bool:
    """Whether ``tokens[j]`` ends the two-syllable word that the capitalised ``tokens[first]``
    begins: the first word of a name's description ("Sở Xây dựng", "Trung tâm Thu hồi")."""
    t = tokens[j]
    before = tokens[first - 1] if first else None
    return t.is_word and not t.is_cap and not t.is_number and t.low not in _NO_BRIDGE \
        and (t.low not in STOP_WORDS or t.low in SECOND_SYLLABLES and first == base) \
        and t.low not in _JOINERS and (first == base or after_field or before is not None and before.low in ("và", "-", "–")) \
        and not L.place_words.match(tokens, j) and not L.posts.match(tokens, j) \
        and not L.person_cues.match(tokens, j) and not L.markers.match(tokens, j) \
        and tokens[first].is_name_part and not L.org_words.match(tokens, first) and not tokens[first].is_upper \
        and not L.place_words.match(tokens, first) and not _foreign_word(tokens[first].text)


def _ministry_field_end(tokens: list[Token], i: int, end: int, title_end: int, org_stop: int,
                        L: _Lex) -> int | None:
    """End of "Bộ trưởng Tài chính", "Cục trưởng Cảnh sát kinh tế" where a title that names its
    unit type names the unit by its field instead and the holder's full name follows; None otherwise."""
    units = L.title_units.get(" ".join(x.low for x in tokens[i:end]))
    if not units or title_end >= len(tokens) or not tokens[title_end].is_cap \
            or tokens[title_end].low in {u.split()[0] for u in units}:
        return None
    if "bộ" not in units and (title_end > end or L.units.match(tokens, title_end)):
        return None  # "Trưởng phòng đào tạo ĐH Thủy lợi": a department of the unit named after it
    j = title_end
    known = None  # where the field ends that names a ministry the lexicon knows ("Bộ Nông nghiệp và ...")
    while j < len(tokens) and tokens[j].is_cap and j - title_end < 6:
        # a ministry's field may be named by a unit word ("Công an"); a department's only by its field
        words = L.org_words.match(tokens, j) or ("bộ" in units or None) and L.units.match(tokens, j)
        if not words:
            break
        j = words[0]
        if "bộ" in units and tuple(x.low for x in tokens[title_end:j]) in L.ministry_fields:
            known = j
        if j < len(tokens) and tokens[j].text in "-–" or j < len(tokens) and tokens[j].low == "và":
            j += 1
    if known and known >= org_stop and (known >= len(tokens) or not tokens[known].is_cap):
        # "miễn nhiệm Bộ trưởng Nông nghiệp và Phát triển nông thôn đối với ông A": the ministry's
        # whole field, though no name follows
        return known
    run = _name_run(tokens, j, L)
    if j > title_end and (org_stop <= j) and run - j >= 2 and _looks_like_person(tokens, j, run, L):
        return j
    return None


# a vehicle a title is held on ("trưởng tàu", "phó tàu"), its kind and its code: "tàu khách E1"
_VEHICLE_WORDS = frozenset({"tàu"})
_VEHICLE_KINDS = frozenset({"khách", "hàng"})
_VEHICLE_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}")


def _vehicle_end(tokens: list[Token], title_end: int) -> int | None:
    """End of the train's code after a title held on a train ("trưởng tàu E1", "trưởng tàu khách E1");
    None elsewhere. The train is no organisation."""
    if not title_end or tokens[title_end - 1].low not in _VEHICLE_WORDS:
        return None
    k = title_end + (title_end < len(tokens) and tokens[title_end].low in _VEHICLE_KINDS)
    return k + 1 if k < len(tokens) and _VEHICLE_CODE.fullmatch(tokens[k].text) else None


def _tail_before_holder(tokens: list[Token], title_end: int, org_stop: int, L: _Lex) -> int:
    """"Cục trưởng Cục Quản lý dược Cao Minh Quang", "Giám đốc Xí nghiệp Đầu máy Vũ Văn Đóa": the
    lower-case words between a unit's capitalised name and its holder's full name end the name."""
    if org_stop == title_end:
        return org_stop
    j = org_stop
    while j < len(tokens) and j - org_stop < 3 and tokens[j].is_word and not tokens[j].is_cap \
            and not tokens[j].is_number and tokens[j].low not in STOP_WORDS and tokens[j].low not in _NO_BRIDGE \
            and not L.place_words.match(tokens, j) and not L.markers.match(tokens, j) \
            and not L.person_cues.match(tokens, j):
        j += 1
    run = _name_run(tokens, j, L)
    if j > org_stop and run - j >= 3 and _looks_like_person(tokens, j, run, L):
        return j
    return org_stop


def _holder_named_before(items: list[Item]) -> bool:
    """The post being read follows its holder's name, directly or after other posts ("Ông A, Phó
    Bí thư Tỉnh ủy, Chủ tịch X"), not a name that ends an earlier entry ("A và Chủ tịch X B")."""
    for it in reversed(items):
        if it.kind == "sep" and it.value in ",-–" or it.kind == "post" or it.kind == "word" and it.text == "kiêm":
            continue  # ... or joined to them by "kiêm" (also holding): "A, chủ tịch HĐQT kiêm tổng giám đốc X"
        return it.kind in ("name", "cue", "rank", "honorific")
    return False


def _two_word_holder(tokens: list[Token], title_end: int, org_stop: int, L: _Lex) -> int:
    """"Chủ tịch Hội Nhà báo Việt Nam Hồng Vinh": a holder known by a name of two words, written
    after the unit's name where no one was named before the title; the unit ends before it."""
    a = org_stop - 2
    first, second = tokens[a], tokens[a + 1]
    if not (first.is_name_part and second.is_name_part and len(first.text) > 1 and len(second.text) > 1) \
            or L.places.match(tokens, a) or L.org_words.match(tokens, a) or _unit_start(tokens, a, L) \
            or L.posts.match(tokens, a) or L.honorifics.match(tokens, a):
        return org_stop
    # ... after a place or a field of work that ends the unit's name ("Việt Nam", "Trung ương", "T.Ư")
    if not any(((m := L.places.match(tokens, p)) or (m := L.org_words.match(tokens, p)) and tokens[p].is_cap)
               and m[0] == a for p in range(max(title_end, a - 4), a)):
        return org_stop
    unit = L.units.match(tokens, title_end)
    if unit and tuple(t.low for t in tokens[title_end:unit[0]]) in L.named_for_people:
        return org_stop  # "Trường THPT Lê Lợi": a school named after a person
    return a if org_end(tokens, title_end, L) >= a and a - title_end >= 2 else org_stop


def _portfolio_end(tokens: list[Token], j: int, L: _Lex) -> int:
    """"Phó Giám đốc phụ trách vận dụng", "Phó Tổng cục trưởng phụ trách phía Nam": the portfolio
    named after "phụ trách" belongs to the title, up to the unit or the end of the phrase."""
    n = len(tokens)
    if not (j + 2 < n and tokens[j].low == "phụ" and tokens[j + 1].low == "trách"):
        return j
    k = j + 2
    while k < n and k - j < 7 and tokens[k].is_word and not _unit_start(tokens, k, L) \
            and tokens[k].low not in STOP_WORDS and tokens[k].low not in _JOINERS and not L.posts.match(tokens, k) \
            and not (tokens[k].is_cap and not L.org_words.match(tokens, k) and not L.places.match(tokens, k)
                     and not (k > 0 and L.org_words.match(tokens, k - 1))):
        k += 1
    if k == j + 2:
        return j
    # "Phó Tổng giám đốc phụ trách vận tải và an toàn vận tải Trần Gia Tiến", "... phụ trách đầu máy toa
    # xe, an toàn đầu máy toa xe Ngô Cao Vân": the portfolio goes on over "và" or a comma where lower-case
    # words lead straight to the holder's name
    m = k
    while m < n and m - j < 16 and (tokens[m].low in ("và", ",") and m + 1 < n and tokens[m + 1].is_word
                                    and not tokens[m + 1].is_cap or m > k and tokens[m].is_word
                                    and not tokens[m].is_cap and tokens[m].low not in STOP_WORDS
                                    and not L.posts.match(tokens, m) and not L.person_cues.match(tokens, m)
                                    and not _unit_start(tokens, m, L)):
        m += 1
    if m > k + 1 and m < n and tokens[m].is_cap and tokens[m].low in L.family and tokens[m - 1].is_word:
        return m
    return k


# Unit words often written in lower case before a name, and the words after which they begin
# one ("theo báo Thanh Niên"), not the end of another word ("thông báo", "tình báo").
_LOWER_CASE_UNITS = frozenset({"báo", "công"})
_BEFORE_LOWER_UNIT = frozenset({"của", "cho", "với", "và", "theo", "tại", "trên", "tờ", "cùng", ","})


def _posted_at_end(tokens: list[Token], j: int, L: _Lex) -> int:
    """"Đại sứ VN tại Mỹ", "Đại sứ Pháp tại Việt Nam": an envoy's title goes on over the country that
    sends him and "tại" the country or body he is posted to (posts.tsv kind ``envoy``)."""
    n = len(tokens)

    def country(k: int) -> int | None:
        if k >= n:
            return None
        place = L.places.match(tokens, k)
        if place:
            return place[0]
        return k + 1 if tokens[k].is_upper and tokens[k].text.isalpha() and len(tokens[k].text) >= 2 else None

    sender = country(j)
    if sender is None or sender >= n or tokens[sender].low != "tại":
        return j
    return country(sender + 1) or j


def _numeral(text: str) -> bool:
    """A number or a Roman numeral ("14", "IX")."""
    return text.isdigit() or bool(text) and set(text) <= set("IVXLC")


def _bare_unit_end(tokens: list[Token], i: int, L: _Lex) -> int:
    """End of a unit word used alone as a back-reference ("Chủ nhiệm Tổng cục", "Công an tỉnh")."""
    m = L.units.match(tokens, i) if i < len(tokens) else None
    if m and not tokens[i].is_cap and not _closes_phrase(tokens, m[0]):
        m = None  # lower case only as a whole phrase: "Thủ tướng X, Chủ tịch hội đồng."
    if not m:
        return i
    j = m[0]
    pw = L.place_words.match(tokens, j)
    if pw and (pw[0] >= len(tokens) or not (tokens[pw[0]].is_cap or tokens[pw[0]].is_number)):
        j = pw[0]
    return j


_PHRASE_CLOSE = frozenset({",", ")", ";", "."})


def _closes_phrase(tokens: list[Token], j: int) -> bool:
    """The phrase ends at ``j``: a closing mark, a comma before a capitalised word or the end (not the
    comma inside a phrase: "phó ban phòng, chống tham nhũng")."""
    if j >= len(tokens):
        return True
    if tokens[j].text != ",":
        return tokens[j].text in _PHRASE_CLOSE
    return j + 1 >= len(tokens) or tokens[j + 1].is_cap
_HEAD_WORDS = frozenset({"trưởng", "phó"})


def _in_lower_field(tokens: list[Token], i: int, j: int, L: _Lex) -> bool:
    """``tokens[j]`` (a stop word) is inside a lower-case field of work that begins at or after ``i``
    ("phó phòng hậu cần", "trưởng phòng thiết kế cầu đường": "cần", "cầu" are verbs too)."""
    for s in range(max(i, j - 2), j + 1):
        words = L.org_words.match(tokens, s)
        if words and words[1] and words[0] > j and not any(x.is_cap for x in tokens[s:words[0]]):
            return True
    return False


def _dept_tail(tokens: list[Token], i: int, L: _Lex, unit_title: bool = False) -> int:
    """End of a functional department after a title ("Trưởng phòng Cảnh sát hình sự").

    A lower-case department ("phó giám đốc phụ trách vận dụng") is kept only where a
    unit or a person's name follows it, or, after a title that names a unit type ("Tổ trưởng",
    "Trưởng phòng"), where the phrase closes ("Bùi Văn A (Tổ trưởng tuần tra)").
    """
    n = len(tokens)
    if i >= n or not tokens[i].is_word or _unit_start(tokens, i, L) or L.places.match(tokens, i):
        return i
    if tokens[i].text.isdigit():
        return i + 1  # "Trưởng phòng 3": the number of the department is part of the title
    if (len(tokens[i].text) > 1 and tokens[i].is_upper or any(c.isdigit() for c in tokens[i].text)) \
            and not (i + 1 < n and _unit_start(tokens, i + 1, L)) \
            and not (tokens[i - 1].low in L.unit_words_low and not tokens[i - 1].is_cap):
        # an abbreviation or a code names a unit ("Giám đốc TOEIC Việt Nam"), unless a unit
        # follows it ("Trưởng phòng CSGT Công an TP Đà Nẵng") or the title ends with the
        # department's word ("Phó trưởng phòng CSGT đường bộ")
        return i
    if not tokens[i].is_cap:
        j = i
        while j < n and j - i < 7 and (tokens[j].is_word and not tokens[j].is_cap
                                       and (tokens[j].low not in STOP_WORDS or _in_lower_field(tokens, i, j, L))
                                       or j > i and tokens[j].text in "-–" and j + 1 < n and tokens[j + 1].is_word
                                       and tokens[j + 1].text.islower() and tokens[j - 1].is_word):
            if j > i and _lower_unit_at(tokens, j, L):
                return j  # "trưởng phòng cảnh sát hình sự công an tỉnh B": the unit, in lower case too
            job = L.posts.match(tokens, j) if tokens[j].low in L.posts.first_words else None
            if job and job[0] - j >= 2:
                j = job[0]  # "Trưởng đoàn thư ký Quốc hội": a team named by its members' job ("ký" is a verb too)
                continue
            j += 1  # ... "trưởng Ban tư tưởng - văn hóa Thành ủy": two fields joined by a dash
        while j > i and tokens[j - 1].low in _JOINERS:
            j -= 1  # "làm chủ nhiệm và Trần Đại Minh kiểm tra": "và" joins the next person, no field
        bare = _bare_unit_end(tokens, j, L) if j > i and j < n else j
        if j > i and j < n and (org_end(tokens, j, L) > j or bare > j and (bare >= n or not tokens[bare].is_word)
                                or _looks_like_person(tokens, j, _name_run(tokens, j, L), L)):
            return j  # ... before a unit, named or bare ("Thành ủy."), or the holder's name
        if j > i and j + 1 < n and (tokens[j].low == "của" or tokens[j].text in "-–") \
                and tokens[i - 1].low in L.unit_words_low and org_end(tokens, j + 1, L) > j + 1:
            return j  # "trưởng phòng kế hoạch của BQL các dự án 18": a department, then "của"/a dash and its unit
        if unit_title and j > i and (j >= n or tokens[j].text in _PHRASE_CLOSE):
            return j  # "A, Trưởng phòng kế hoạch, cho biết": the department of a unit-type title
        return i
    run = _name_run(tokens, i, L)
    if _looks_like_person(tokens, i, run, L):
        return i
    j = i
    while j < n:
        t = tokens[j]
        if _unit_start(tokens, j, L) or L.place_words.match(tokens, j) and j > i:
            break
        if j > i and t.is_cap and not tokens[j - 1].is_cap and t.low in L.family \
                and _looks_like_person(tokens, j, run := _name_run(tokens, j, L), L) and run - j >= 3:
            break  # "trưởng phòng Cảnh sát giao thông Huỳnh Bảo Hùng": the holder's name ends the department
        if j > i and _lower_unit_at(tokens, j, L):
            break  # "Trưởng phòng PC14 công an tỉnh B"
        if L.person_cues.match(tokens, j) and not t.is_cap:
            break
        words = L.org_words.match(tokens, j) if j > i and not t.is_cap else None
        if words:
            j = words[0]  # "Phòng Quản lý hành chính": a field of work, though its syllable is a stop word
            continue
        if t.is_word and (t.is_cap or t.low not in STOP_WORDS) and not L.posts.match(tokens, j):
            j += 1
            continue
        if t.low == "và" and j + 1 < n and not tokens[j + 1].is_cap:
            j += 1
            continue
        if t.text in "-–" and j + 1 < n and tokens[j + 1].is_cap and not _unit_start(tokens, j + 1, L) \
                and not L.places.match(tokens, j + 1):
            j += 1  # "Phòng Cảnh sát Giao thông - Trật tự"; not "Phó trưởng phòng CSGT - Nghệ An"
            continue
        words = L.org_words.match(tokens, j + 1) if t.low in _JOINERS and j > i else None
        if words:
            j = words[0]  # "Trưởng phòng CSĐT tội phạm về trật tự xã hội"
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
        if not t.is_cap and "." not in t.text and (
                t.low not in L.lower_first_words
                or t.low not in L.lower_whole and (i + 1 == n or (t.low, tokens[i + 1].low) not in L.lower_pairs)):
            # Half the words of a sentence are lower-case words that begin no phrase the rules
            # below read at a lower-case word (post, rank, marker, cue: L.lower_first_words, or
            # not with the next word: L.lower_pairs) and hold no abbreviated honorific: every
            # rule below needs one of those, so they are plain words, found without trying each
            # rule. A new rule for such words must
            # come before this one (and before the next shortcut, for capitalised words)
            # (tests/test_speed.py checks the shortcut against the rules on the corpus).
            items.append(Item("word", i, i + 1, t.text))
            i += 1
            continue
        if t.is_cap and "." not in t.text and not (t.text[-1].isdigit() and _code_unit(t.text, L)) and (
                t.low not in L.first_words
                or t.low not in L.whole and (i + 1 == n or (t.low, tokens[i + 1].low) not in L.pairs)):
            # Likewise a capitalised word that begins no lexicon phrase (most syllables of names)
            # can only be (the start of) a name, or a plain word: the rules for names, at the end.
            i = _name_or_word(tokens, i, L, add)
            continue
        abbr = L.post_abbreviations.get(t.text)
        if abbr:
            # "Phan Diễn (UVBCT)": a post written as one abbreviation
            org_item = Item("org", i, i + 1, abbr["org"])
            add("post", i, i + 1, title=abbr["title"], org=abbr["org"], org_item=org_item)
            i += 1
            continue
        m = L.memberships.match(tokens, i)
        named_body = m and len(m[1].split()) > 1  # the marker names the body: "bầu vào HĐQT"
        if m and m[0] < n and tokens[m[0]].is_cap and ((e := org_end(tokens, m[0], L)) > m[0] or named_body):
            # "A được bầu vào Ban Bí thư", "bầu vào HĐQT Ngân hàng X": a seat in the body named, as
            # "được bầu làm Ủy viên Ban Bí thư" would say
            add("marker", i, m[0], value="current", extra={"supersedes": False, "after_subject": True})
            org = _text(sentence, tokens, m[0], e) if e > m[0] else None
            add("post", m[0], e, title=m[1], org=org, org_item=Item("org", m[0], e, org) if org else None)
            i = e
            continue
        m = L.markers.match(tokens, i)
        if m and m[0] + 1 < n and tokens[m[0] - 1].low == "chức" and tokens[m[0]].text == "vụ" \
                and L.posts.match(tokens, m[0] + 1):
            m = (m[0] + 1, m[1])  # "giữ chức vụ trưởng công an": "chức vụ" (the post), not the title "vụ trưởng"
        # "2 ông A và B nguyên là 2 phó thủ trưởng ...": a count between the marker and the title
        counted = m and m[0] + 1 < n and tokens[m[0]].text.isdigit() and L.posts.match(tokens, m[0] + 1)
        if m and m[0] < n and items and items[-1].kind == "post" and items[-1].end == i and m[1] == "former" \
                and tokens[i].low in ("lúc", "khi") and tokens[m[0]].is_name_part:
            # "phó Công an huyện B lúc đó là Hoàng Văn A": the title before, held then by the one named
            add("marker", i, m[0], value=m[1], extra={"then": True})
            i = m[0]
            continue
        # "được bổ nhiệm làm Quyền Giám đốc": a marker, then the acting marker of the title
        then_acting = m and m[0] < n and (m2 := L.markers.match(tokens, m[0])) and m2[1] == "acting" \
            and L.posts.match(tokens, m2[0])
        if m and tuple(x.low for x in tokens[i:m[0]]) in L.before_clause:
            # "Trước khi lên công tác ở Văn phòng Chính phủ, ông A giữ chức phó cục trưởng": the clause
            # ends at its comma, the subject follows it; the clause itself is read as usual
            c = next((c for c in range(m[0], min(m[0] + 25, n)) if tokens[c].text in ",.;:()!?\"“”"), n)
            j = c + 1
            cue = L.person_cues.match(tokens, j) if c < n and tokens[c].text == "," and j < n else None
            j = cue[0] if cue else j
            r = L.ranks.match(tokens, j) if j < n and not cue else None
            j = r[0] if r else j
            if c < n and tokens[c].text == "," and j < n and tokens[j].is_name_part \
                    and not L.posts.match(tokens, j) and not L.ranks.match(tokens, j):
                add("marker", i, m[0], value=m[1], extra={"supersedes": False, "after_subject": False,
                                                          "before_subject": True, "clause": True})
                i = m[0]
                continue
            m = None
        if m and tuple(x.low for x in tokens[i:m[0]]) in L.before_subject:
            # "lúc đó ông A là X": the time of the post the subject's verb gives; nothing else
            # ("lúc đó Giám đốc A cho biết" tells when A spoke, not that A was Giám đốc then)
            j = m[0] + (m[0] < n and tokens[m[0]].text == ",")
            c = L.person_cues.match(tokens, j) if j < n else None
            j = c[0] if c else j
            r = L.ranks.match(tokens, j) if j < n and not c else None
            j = r[0] if r else j  # "Trước khi được bổ nhiệm, trung tướng A là X"
            if j < n and tokens[j].is_name_part and not L.posts.match(tokens, j) and not L.ranks.match(tokens, j):
                add("marker", i, m[0], value=m[1], extra={"supersedes": False, "after_subject": False,
                                                          "before_subject": True})
                i = m[0]
                continue
            m = None
        listed = m and m[1] == "former" and _list_after(tokens, m[0], L)
        if listed:
            # "các bị can từng giữ chức vụ cao như A - Giám đốc X, B - ...": the status of each one listed
            add("marker", i, listed, value=m[1], extra={"supersedes": False, "after_subject": False, "list": True})
            i = listed
            continue
        if m and m[0] < n and (L.posts.match(tokens, m[0]) or tokens[m[0]].text == ":" or counted or then_acting
                               or m[1] == "acting" and _unit_start(tokens, m[0], L)
                               or m[1] == "former" and L.ranks.match(tokens, m[0])):
            status = m[1]
            if m[1] == "acting" and not L.posts.match(tokens, m[0]):
                # "phụ trách Công an tỉnh B": the title is "Phụ trách" itself
                e = org_end(tokens, m[0], L)
                if e > m[0]:
                    org = _text(sentence, tokens, m[0], e)
                    add("post", i, e, title=_text(sentence, tokens, i, m[0]), org=org, value="acting")
                    i = e
                    continue
            phrase = tuple(x.low for x in tokens[i:m[0]])
            add("marker", i, m[0], value=status,
                extra={"supersedes": phrase in L.superseding, "after_subject": phrase in L.after_subject,
                       "then_verb": phrase in L.then_verbs and (i == 0 or tokens[i - 1].low != "được")})
            i = m[0] + 1 if counted else m[0]
            continue
        m = _rank(tokens, i, L)
        if m:
            after = m[0]
            branch = L.org_words.match(tokens, after) if after < n else None
            if branch and branch[0] < n and tokens[branch[0]].is_name_part:
                after = branch[0]
            title = L.honorifics.match(tokens, after) if after < n else None
            if title and title[0] < n and tokens[title[0]].is_name_part:
                after = title[0]
            # "trung úy trạm trưởng Bùi Xuân B": a lower-case title between the rank and the name
            if after < n and (tokens[after].is_name_part or tokens[after].text == ":" or _capitals_name(tokens, after, L)
                              or after == m[0] and not tokens[after].is_cap and L.posts.match(tokens, after)):
                add("rank", i, after, value=m[1])
                i = after
                continue
            if i > 0 and tokens[i - 1].low in ("xuống", "lên", "hàm", "bậc", "("):
                add("rank", i, m[0], value=m[1], extra={"change": True})
                i = m[0]
                continue
            after_name = items and items[-1].kind == "sep" and items[-1].value in ",-–" and len(items) >= 2 \
                and items[-2].kind == "name"
            after_marker = items and items[-1].kind == "marker" and items[-1].end == i
            if m[0] < n and (after_marker and tokens[m[0]].text in ",-–"
                             or after_name and (tokens[m[0]].text in ",-–" or L.markers.match(tokens, m[0]))
                             # "A, nguyên thiếu tá trưởng Công an phường B": the rank, then the post
                             or (after_marker or after_name) and L.posts.match(tokens, m[0])):
                # "- nguyên thiếu tá, Đội trưởng ...", "Nguyễn Văn Hiến, Phó Đô đốc, Tư lệnh ..."
                add("rank", i, m[0], value=m[1])
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
        known = L.orgs.match(tokens, i) if m and t.is_cap else None
        if known and known[0] > m[0] and (known[0] >= n or not tokens[known[0]].is_name_part):
            m = None  # "Thường trực Chính phủ": a body the lexicon names, not the title "Thường trực"
        unit = L.units.match(tokens, i) if m and t.is_cap else None
        if unit and unit[0] > m[0]:
            m = None  # "Thường vụ Đảng ủy Tổng cục X", "Đại sứ quán Mỹ": a unit word, not the title
        if m and not t.is_cap and t.low not in ("phó", "tổng") and i + 1 < n and tokens[i + 1].is_cap \
                and L.posts.match(tokens, i + 1):
            m = None  # "vụ Phó Chủ nhiệm": the word "vụ" (case), then the title "Phó Chủ nhiệm"
        inner = L.posts.match(tokens, m[0]) if m and m[0] == i + 1 < n and t.low == "phó" else None
        unit = L.units.match(tokens, m[0]) if inner else None
        if inner and (not unit or inner[0] > unit[0]):
            m = inner  # "Phó Tổng Thanh tra", "Phó trạm trưởng": the deputy of any title
        if m and m[0] - i >= 3:
            # "Phó Bí thư Đảng ủy Quân sự Trung ương", "Bí thư Đảng ủy khối ...": a body the lexicon
            # names or a unit type begins inside the title ("Bí thư Đảng ủy") and goes on past it, so
            # the title ends where the body begins
            # (a unit type only where the word after the title begins no unit: "Bí thư Ban Cán sự Đảng
            # | Bộ GTVT" is not "Đảng bộ")
            unit_ok = not _unit_start(tokens, m[0], L)
            inside = next((p for p in range(i + 2, m[0]) if tokens[p].is_cap
                           and max((L.orgs.match(tokens, p) or (0,))[0],
                                   (unit_ok and L.units.match(tokens, p) or (0,))[0]) > m[0]), None)
            if inside is not None:
                m = (inside, m[1])
        if m and not (t.is_cap or m[0] - i >= 2) and _unit_start(tokens, m[0], L) is None \
                and org_end(tokens, m[0], L, lower=True) == m[0]:
            m = None  # a lower-case one-word title ("phó") only right before its unit ("trưởng công an xã B")
        if m:
            end, kind = m
            # a title that names a unit type: "Trưởng phòng", "Đội phó", "Tổ trưởng", "Trưởng khoa" (the
            # head or deputy of an X: "X trưởng", "Trưởng X")
            unit_title = t.is_cap and (any(tokens[k].low in L.unit_words_low for k in range(i, end))
                                       or end - i == 2 and bool({t.low, tokens[i + 1].low} & _HEAD_WORDS))
            title_end = _dept_tail(tokens, end, L, unit_title) if kind == "department" else end
            title_end = _portfolio_end(tokens, title_end, L)
            if kind == "envoy":
                title_end = _posted_at_end(tokens, title_end, L)
            if title_end + 1 < n and tokens[title_end].text == "thường" and tokens[title_end + 1].low == "trực":
                title_end += 2  # "Thứ trưởng thường trực", "Phó Tổng Thanh tra Nhà nước thường trực": standing
            title_stop = None  # where the title ends when it shares its last word with the unit
            if end - i >= 2 and tokens[end - 1].is_cap and L.units.match(tokens, end - 1):
                unit_org = org_end(tokens, end - 1, L)
                if unit_org > end and org_end(tokens, title_end, L) == title_end:
                    # "Phó Phòng PC13": the title "Phó phòng" of the unit "Phòng PC13"
                    title_stop = end if end == title_end else None
                    end, title_end = end - 1, end - 1
            shared_unit = L.units.match(tokens, end - 1) if end - i >= 2 and not tokens[end - 1].is_cap else None
            if shared_unit and shared_unit[0] > end and title_stop is None:
                unit_org = org_end(tokens, end - 1, L, lower=True)
                if unit_org > shared_unit[0] and org_end(tokens, title_end, L) == title_end:
                    # "Trưởng ban chỉ đạo Nhà nước về du lịch": the title "Trưởng ban" of "Ban chỉ đạo ..."
                    title_stop = end
                    end, title_end = end - 1, end - 1
            numbered = None
            if shared_unit and shared_unit[0] == end == title_end and title_stop is None and kind == "department":
                k = end
                while k < n and k - end < 3 and tokens[k].is_word and tokens[k].text.isalpha() \
                        and not tokens[k].is_cap and tokens[k].low not in STOP_WORDS and tokens[k].low not in _NO_BRIDGE:
                    k += 1
                if k > end and k < n and tokens[k].text.isdigit():
                    # "trưởng ban chuyên án 420": the title "trưởng ban" of the numbered "ban chuyên án 420"
                    title_stop, numbered = end, k + 1
                    end, title_end = end - 1, end - 1
            org_stop = numbered or org_end(tokens, title_end, L)
            if org_stop == title_end:
                # "Cục trưởng cục Đường sắt": a lower-case unit word right after the title
                org_stop = org_end(tokens, title_end, L, lower=True)
            backref = False
            if org_stop == title_end and kind != "complete":
                org_stop = _named_unit_end(tokens, i, title_end, L)
            if org_stop == title_end and kind != "complete":
                org_stop = _field_and_place(tokens, i, end, title_end, L)
            pw = L.place_words.match(tokens, title_end) if org_stop == title_end and kind != "complete" \
                and title_end == end else None
            if pw and not tokens[title_end].is_cap and _looks_like_person(tokens, pw[0], _name_run(tokens, pw[0], L), L) \
                    and _name_run(tokens, pw[0], L) - pw[0] >= 3:
                org_stop = pw[0]  # "Chủ tịch xã Hoàng Văn Dũng": the commune's chairman, named
            if org_stop == title_end and kind != "complete":
                org_stop = _bare_unit_end(tokens, title_end, L)
                units = L.title_units.get(" ".join(x.low for x in tokens[i:end]))
                # "Bộ trưởng Công an": a minister's "Công an" is the ministry, not the police named before
                backref = org_stop > title_end and not (
                    units and tokens[title_end].low not in {u.split()[0] for u in units})
            org_stop = _tail_before_holder(tokens, title_end, org_stop, L)
            if org_stop - title_end >= 4 and not _holder_named_before(items):
                org_stop = _two_word_holder(tokens, title_end, org_stop, L)
            field = _ministry_field_end(tokens, i, end, title_end, org_stop, L)
            if field:
                # "Bộ trưởng Văn hóa Thông tin X", "Bộ trưởng Công an X": the ministry's field is in the title
                add("post", i, field, title=_text(sentence, tokens, i, field), complete=True)
                i = field
                continue
            vehicle = _vehicle_end(tokens, title_end)
            if vehicle:
                # "trưởng tàu khách E1 Nguyễn Đình Chiểu": the train the title is held on, no unit
                add("post", i, vehicle, title=_text(sentence, tokens, i, title_end), complete=kind == "complete")
                i = vehicle
                continue
            if kind == "unit" and org_stop == title_end:
                pass  # a bare "Trưởng"/"Phó" without its unit is not a post
            else:
                title = _text(sentence, tokens, i, title_stop or title_end)
                org = _text(sentence, tokens, title_end, org_stop) if org_stop > title_end else None
                if org and tokens[title_end].is_cap and tokens[title_end - 1].low in L.unit_words_low \
                        and not L.place_words.match(tokens, title_end) and not _unit_start(tokens, title_end, L):
                    # "Trưởng ga Núi Thành": the unit is the ga named Núi Thành
                    org = f"{tokens[title_end - 1].text} {org}"
                org_item = Item("org", title_end, org_stop, org) if org else None
                if org_item is not None and backref:
                    org_item.extra["backref"] = True
                stop = org_stop
                if org and stop + 1 < n and tokens[stop].low == "của" and _of_known_body(tokens, stop + 1, L):
                    # "Chủ nhiệm Ủy ban Pháp luật của Quốc hội Vũ Đức Khiển": the holder comes after
                    stop = _known_body_end(tokens, stop + 1, L)
                add("post", i, stop, title=title, org=org, org_item=org_item,
                    complete=kind == "complete")
                i = stop
                continue
        e = org_end(tokens, i, L)
        if e == i and t.low in _LOWER_CASE_UNITS and i and tokens[i - 1].low in _BEFORE_LOWER_UNIT:
            e = org_end(tokens, i, L, lower=True)  # "theo báo Thanh Niên", "của công an tỉnh Kon Tum"
        if e > i:
            add("org", i, e)
            i = e
            continue
        m = L.places.match(tokens, i)
        if m and t.is_cap:
            after_title = items and items[-1].kind == "post" and not items[-1].org and items[-1].end == i
            # "trung tá Hoàng Mai", "ông Hoàng Mai": after a rank or a form of address, a name
            after_rank = items and items[-1].end == i and (items[-1].kind == "rank" or items[-1].kind == "cue"
                                                           and items[-1].value == "address")
            # "Chủ tịch Hồ Chí Minh": a full name after a title, though a city bears it
            person = (after_title and m[0] - i >= 3 or after_rank and m[0] - i >= 2) and t.low in L.family
            add("name" if person else "place", i, m[0])
            i = m[0]
            continue
        m = L.person_cues.match(tokens, i)
        if m and m[0] < n and (tokens[m[0]].is_name_part or tokens[m[0]].is_upper and tokens[m[0]].low in L.family) \
                and (not t.is_cap or m[1] == "address" or t.is_upper or tokens[m[0]].low in L.family):
            add("cue", i, m[0], value=m[1])
            i = m[0]
            continue
        i = _name_or_word(tokens, i, L, add)
    return _brand_orgs(_shared_unit_word(items, tokens), sentence, tokens)


def _shared_unit_word(items: list[Item], tokens: list[Token]) -> list[Item]:
    """"các Cục Đường bộ, Đường sắt, Hàng không dân dụng": after "các" (plural), a unit word written
    once before a list of fields names one unit of that type per field ("Cục Đường sắt")."""
    if not any(it.kind == "org" and it.start and tokens[it.start - 1].low in _PLURAL_BEFORE_UNIT for it in items):
        return items
    L = lex()
    n = len(tokens)
    spans: dict[int, Item] = {}
    for it in items:
        if it.kind != "org" or not it.start or tokens[it.start - 1].low not in _PLURAL_BEFORE_UNIT:
            continue
        u = L.units.match(tokens, it.start)
        if not u or u[0] != it.start + 1 or L.orgs.match(tokens, it.start) or it.end - it.start < 2:
            continue
        j = it.end
        while j + 1 < n and (tokens[j].text == "," or tokens[j].low == "và") and tokens[j + 1].is_cap \
                and not _unit_start(tokens, j + 1, L) and not L.places.match(tokens, j + 1) \
                and not L.posts.match(tokens, j + 1) and not L.ranks.match(tokens, j + 1) \
                and not _looks_like_person(tokens, j + 1, _name_run(tokens, j + 1, L), L):
            words = L.org_words.match(tokens, j + 1)
            e = words[0] if words else j + 2
            while e < n and e - j < 6 and tokens[e].is_word and tokens[e].text.isalpha() and not _unit_start(tokens, e, L):
                words = L.org_words.match(tokens, e)
                if words:
                    e = words[0]  # "Hàng không dân dụng": a field of work, though "không" is a function word
                    continue
                if tokens[e].low in STOP_WORDS or tokens[e].low in _PLURAL_BEFORE_UNIT or tokens[e].low == "và":
                    break
                e += 1
            text = f"{tokens[it.start].text} {' '.join(t.text for t in tokens[j + 1:e])}"
            spans[j + 1] = Item("org", j + 1, e, text, extra={"listed": True})
            j = e
    if not spans:
        return items
    out, skip_to = [], -1
    for it in items:
        if it.start in spans:
            out.append(spans[it.start])
            skip_to = spans[it.start].end
            continue
        if it.start < skip_to:
            continue
        out.append(it)
    return out


# Words before a unit word that make it the type of several units ("các Cục Đường bộ, Đường sắt").
_PLURAL_BEFORE_UNIT = frozenset({"các", "những"})


def _capitals_name(tokens: list[Token], i: int, L: _Lex) -> bool:
    """A person's name written in capitals starts at ``i`` ("Thượng tá NGUYỄN VĂN BANG")."""
    t = tokens[i]
    return t.low in L.family and len(t.text) > 1 and t.is_upper and t.text.isalpha() and i + 1 < len(tokens) \
        and tokens[i + 1].is_upper and tokens[i + 1].text.isalpha()


def _name_or_word(tokens: list[Token], i: int, L: _Lex, add) -> int:
    """The last rules of :func:`sentence_items`: a person's name starting at ``i``, or a plain
    word; adds the item and returns the index after it."""
    t, n = tokens[i], len(tokens)
    if t.low in L.family and len(t.text) > 1 and t.is_upper and t.text.isalpha():
        j = i + 1
        while j < n and j - i < 5 and tokens[j].is_upper and tokens[j].text.isalpha():
            j += 1
        if j - i >= 2:
            add("name", i, j, extra={"capitals": True})  # "Bị cáo NGUYỄN VĂN HÙNG": a name in capitals
            return j
    if t.is_name_part:
        j = _name_run(tokens, i, L)
        if j - i >= 3 and t.low not in L.family and tokens[i + 1].low in L.family \
                and tokens[i + 1].low not in ("văn", "thị"):
            # "tổng giám đốc Sawaco Võ Dũng": the name starts at the family name
            add("word", i, i + 1)
            return i + 1
        if j - i >= 2:
            add("name", i, j)
        else:
            add("short", i, j)
        return j
    add("word", i, i + 1)
    return i + 1


_VOWELS = frozenset("aăâeêioôơuưyáắấéếíóốớúứýàằầèềìòồờùừỳảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ")


def _foreign_word(word: str) -> bool:
    """Not one Vietnamese syllable: several vowel groups ("Vinaconex", "Sawaco") or letters
    with digits ("PMU18"); a given name ("Dũng", "Quyết") is one syllable.


    >>> [_foreign_word(w) for w in ("Vinaconex", "PMU18", "Dũng", "Nguyễn", "Quyết")]
    [True, True, False, False, False]
    """
    low = word.casefold()
    if any(c.isdigit() for c in low) and any(c.isalpha() for c in low):
        return True
    groups, inside = 0, False
    for c in low:
        vowel = c in _VOWELS
        groups += vowel and not inside
        inside = vowel
    return groups > 1


def _brand_and_place(tokens: list[Token], name: Item) -> bool:
    """"Microsoft Việt Nam", "Autodesk": a foreign brand name of one word, alone or with a place after it."""
    first = tokens[name.start]
    if first.low in lex().family or first.is_upper or not _foreign_word(first.text):
        return False
    if name.end == name.start + 1:
        return True
    place = lex().places.match(tokens, name.start + 1)
    return place is not None and place[0] == name.end


def _post_of_brand(post: Item, brand: Item, sentence: str, tokens: list[Token]) -> Item:
    """The post item widened over ``brand``, which becomes its unit."""
    return Item("post", post.start, brand.end, _text(sentence, tokens, post.start, brand.end), value=post.value,
                title=post.title, org=brand.text, org_item=Item("org", brand.start, brand.end, brand.text))


def _brand_then_holder(items: list[Item], j: int, tokens: list[Token]) -> bool:
    """``items[j]`` is a name that is no person's (no family name first, not all capitals), followed by
    "là" and the holder's cue, rank or honorific: "Masan Consumer là ông A" (the caller checks j + 2
    is an index)."""
    first = tokens[items[j].start]
    return items[j].kind == "name" and first.low not in lex().family and not first.is_upper \
        and items[j + 1].text.casefold() == "là" and items[j + 2].kind in ("cue", "rank", "honorific")


def _brand_orgs(items: list[Item], sentence: str, tokens: list[Token]) -> list[Item]:
    """"tổng giám đốc Sawaco Võ Dũng", "Tổng giám đốc PMU18 Bùi Tiến Dũng": a body known by a
    brand name, written between a title that needs a unit and the holder's name, is the unit."""
    if not any(it.kind == "post" and not it.org for it in items):
        return items  # most sentences: no post without its unit (looked for before copying the items)
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        if it.kind == "post" and not it.org and not it.complete and k + 2 < len(items) \
                and items[k + 1].text.casefold() == "của" and items[k + 2].kind in ("name", "short") \
                and _brand_and_place(tokens, items[k + 2]):
            # "Giám đốc Marketing của Microsoft Việt Nam": a foreign brand (and its country) after "của"
            brand = items[k + 2]
            out.append(_post_of_brand(it, brand, sentence, tokens))
            k += 3
            continue
        if it.kind == "post" and not it.org and not it.complete and k + 3 < len(items) \
                and items[k + 1].start == it.end and _brand_then_holder(items, k + 1, tokens):
            # "Tổng giám đốc Masan Consumer là ông A": a brand of several words, then "là" and the holder
            brand = items[k + 1]
            out.append(_post_of_brand(it, brand, sentence, tokens))
            k += 2
            continue
        if it.kind == "post" and not it.org and not it.complete and k + 1 < len(items) \
                and items[k + 1].kind == "name" and items[k + 1].start == it.end \
                and items[k + 1].end > items[k + 1].start + 1 and _brand_and_place(tokens, items[k + 1]):
            # "tổng giám đốc Petro Việt Nam": a foreign brand word and its country right after a title
            # without its unit is the unit, not a person's name
            out.append(_post_of_brand(it, items[k + 1], sentence, tokens))
            k += 2
            continue
        q = k + 1
        while q < len(items) and items[q].kind == "word" and items[q].text.casefold() in ("hiện", "nay", "tại"):
            q += 1
        if it.kind == "post" and not it.org and not it.complete and q + 3 < len(items) \
                and items[q].text.casefold() == "của" and _brand_then_holder(items, q + 1, tokens):
            # "Tổng giám đốc (hiện nay) của Masan Consumer là ông A": the brand is the unit of the title
            brand = items[q + 1]
            out.extend(items[k:q + 1])
            out.append(Item("org", brand.start, brand.end, brand.text))
            k = q + 2
            continue
        if it.kind == "post" and not it.org and not it.complete and k + 1 < len(items):
            brand = items[k + 1]
            width = 2 if k + 2 < len(items) and tokens[brand.start].is_upper and items[k + 2].start == brand.end \
                and (items[k + 2].text.isdigit() or items[k + 2].kind == "place") else 1  # "PMU 18", "LĐLĐ TPHCM"
            if width == 2:
                brand = Item("word", brand.start, items[k + 2].end,
                             _text(sentence, tokens, brand.start, items[k + 2].end))
            name = items[k + 1 + width] if k + 1 + width < len(items) else brand
            tok = tokens[brand.start]
            if brand.kind in ("word", "short") and items[k + 1].end - items[k + 1].start == 1 and tok.is_cap \
                    and tok.low not in lex().family and not tok.text.isdigit() and brand.start == it.end \
                    and (name.kind == "name" and name.start == brand.end
                         or width == 2 and items[k + 2].text.isdigit()
                         # "Giám đốc TOEIC Việt Nam, ...": a brand and its country, then the phrase ends
                         or width == 2 and (k + 3 >= len(items) or items[k + 3].kind == "sep")
                         or not tok.is_upper and _foreign_word(tok.text)
                         and (brand.end >= len(tokens) or not tokens[brand.end].is_word)):
                out.append(_post_of_brand(it, brand, sentence, tokens))
                k += 1 + width
                continue
        out.append(it)
        k += 1
    return out


def is_title_phrase(text: str) -> bool:
    """Whether ``text`` starts with a post title of the lexicon."""
    toks = tokenize(text)
    return bool(toks and lex().posts.match(toks, 0))


__all__ = ["Item", "is_title_phrase", "key_of", "org_end", "sentence_items"]
