"""Extraction result -> RDF quads, one named graph per article.

Everything an article says goes into the article's own named graph
(:func:`article_graph_iri`), the ``kg:Article`` node included. Node IRIs are minted
from a hash of the article id and the fact's own content, so the same extraction of the
same article always gives the same quads, and another article never changes them::

    https://w3id.org/vnkg/id/<kind>/<16 hex digits of SHA-256(article id, kind, content)>

Persons and organisations are per-article nodes carrying ``kg:nameKey`` (see
:func:`name_key`) for a later cross-article resolution step.

>>> from kg.model import Article
>>> art = Article(id="a1", text="Trung tướng Đỗ Văn Thiện chủ trì hội nghị.")
>>> result = {"article": {"id": "a1"}, "organizations": [], "events": [], "directives": [],
...           "persons": [{"id": "p1", "name": "Đỗ Văn Thiện", "rank": "Trung tướng"}]}
>>> quads = article_quads(result, art)
>>> quads == article_quads(result, art)
True
>>> {str(g) for *_, g in quads}
{'https://w3id.org/vnkg/graph/article/a1'}
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.gcpause import gc_paused
from kg.ontology import (
    ARTICLE_GRAPH_BASE,
    DATA,
    DCTERMS,
    FOAF,
    KG,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    ranks,
)


class _Terms:
    """The terms of one of rdflib's vocabularies (``RDF.type``, ``XSD.date``), each made once.

    rdflib's vocabulary classes make and check a new ``URIRef`` at every attribute access,
    which writing the RDF of one article does thousands of times (as ``kg.ontology._Vocabulary``
    does for the kg vocabulary, each term is kept as an attribute once made).
    """

    def __init__(self, vocabulary) -> None:
        self._vocabulary = vocabulary

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._vocabulary, name)
        self.__dict__[name] = term
        return term


DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD = (
    _Terms(v) for v in (DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD))

try:  # the extractor owns its version once it exists
    from kg.extract import EXTRACTOR_VERSION  # type: ignore[attr-defined]
except ImportError:
    EXTRACTOR_VERSION = "0.1.0"

__all__ = [
    "EXTRACTOR_VERSION",
    "ROLE_CODES",
    "STATUS_CODES",
    "Quad",
    "article_graph_iri",
    "article_iri",
    "article_quads",
    "name_key",
    "rank_iri",
    "triples_of",
]

Quad = tuple[Node, Node, Node, URIRef]

#: holding status codes (``kg:status``)
STATUS_CODES = ("current", "former", "acting")
#: participation role codes (``kg:role``)
ROLE_CODES = ("chair", "attendee", "presenter", "speaker", "director", "leader", "host", "guest")

# words that show a role in a sentence; only used to find a sentence when the
# extraction result carries no evidence span for a participation
_ROLE_CUES = {
    "chair": ("chủ trì",),
    "attendee": ("dự",),
    "presenter": ("trình bày", "báo cáo"),
    "speaker": ("phát biểu",),
    "director": ("chỉ đạo",),
    "leader": ("trưởng đoàn", "dẫn đầu"),
    "host": ("đón", "tiếp"),
    "guest": ("khách", "thăm"),
}

_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


@lru_cache(maxsize=1 << 14)  # the same names and titles come back in article after article
def name_key(text: str) -> str:
    """A name normalised for matching: NFC, case folded, diacritics removed, 'Đ' as 'd',
    punctuation as space, spaces collapsed.

    >>> name_key("Đỗ Văn Thiện")
    'do van thien'
    >>> name_key("  Bộ Tư lệnh  Quân khu 7 ")
    'bo tu lenh quan khu 7'
    >>> name_key("Công an TP. Hồ Chí Minh") == name_key("công an tp ho chi minh")
    True
    """
    s = unicodedata.normalize("NFC", text).casefold().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = re.sub(r"[\W_]+", " ", s)
    return " ".join(s.split())


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def article_graph_iri(article_id: str) -> URIRef:
    """The IRI of the named graph that holds one article.

    >>> str(article_graph_iri("tong-cuc-hau-can-so-ket-2023"))
    'https://w3id.org/vnkg/graph/article/tong-cuc-hau-can-so-ket-2023'
    >>> str(article_graph_iri("a b/ç"))
    'https://w3id.org/vnkg/graph/article/a%20b%2F%C3%A7'
    """
    return URIRef(ARTICLE_GRAPH_BASE + quote(article_id, safe=""))


def article_iri(article_id: str) -> URIRef:
    """The IRI of the ``kg:Article`` node.

    >>> str(article_iri("xh-nld-3878"))
    'https://w3id.org/vnkg/id/article/xh-nld-3878'
    """
    return DATA["article/" + quote(article_id, safe="")]


def _mint(kind: str, article_id: str, *parts: object) -> URIRef:
    # SHA-256 of each part in NFC followed by a unit separator, hashed in one go. The separator
    # (U+001F) neither composes nor reorders with any character around it, so the NFC of the
    # joined parts is the parts' NFC joined: normalised once, not part by part.
    text = "\x1f".join(["" if part is None else str(part) for part in (article_id, kind, *parts)]) + "\x1f"
    # the base, a kind and hex digits: a valid IRI, not to be checked again
    return _known_iri(f"{DATA}{kind}/{hashlib.sha256(_nfc(text).encode('utf-8')).hexdigest()[:16]}")


def _known_iri(text: str) -> URIRef:
    """``URIRef(text)`` for a text known to be a valid IRI (a minted one), without the check
    that ``URIRef`` makes of every text."""
    return str.__new__(URIRef, text)


@lru_cache(maxsize=1)
def _rank_index() -> tuple[dict[str, URIRef], dict[str, URIRef]]:
    exact, loose = {}, {}
    for r in ranks():
        exact[" ".join(_nfc(r.label_vi).casefold().split())] = r.iri
        loose[name_key(r.label_vi)] = r.iri
    return exact, loose


def rank_iri(label: str) -> URIRef | None:
    """The concept of ``kg:RankScheme`` for a rank as written, or None.

    >>> str(rank_iri("Chuẩn Đô đốc"))
    'https://w3id.org/vnkg/ontology#rank-chuan-do-doc'
    >>> rank_iri("Đại sứ") is None
    True
    """
    exact, loose = _rank_index()
    return exact.get(" ".join(_nfc(label).casefold().split())) or loose.get(name_key(label))


def _date_literal(value: str | None) -> Literal | None:
    """An ISO 8601 date as a typed literal, or None when it is not one.

    >>> _date_literal("2023-07-12").datatype == XSD.date
    True
    >>> str(_date_literal("2023-07-12 08:00+07:00"))
    '2023-07-12T08:00:00+07:00'
    >>> _date_literal("sáng 22/11") is None
    True
    """
    if not value:
        return None
    s = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            date.fromisoformat(s)
        except ValueError:
            return None
        return Literal(s, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", s):
        try:
            return Literal(datetime.fromisoformat(s).isoformat(), datatype=XSD.dateTime)
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s):
        return Literal(s, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", s):
        return Literal(s, datatype=XSD.gYear)
    return None


def _day(value: str | None) -> Literal | None:
    """The calendar day of an ISO 8601 date or date-time, as xsd:date."""
    if value and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return _date_literal(value.strip()[:10])
    return None


_BOUNDARY = re.compile(r"\n+|[.!?…]+[\"”’)]*\s+")


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text``: a line break ends one, and so does '.',
    '!', '?' or '…' followed by space and a capital letter or a digit.

    >>> t = "Trung tướng A chủ trì. Các đại biểu dự… đông đủ.  Đ/c B: 2 ý kiến.\\nTin: C"
    >>> [t[s:e] for s, e in _sentences(t)]
    ['Trung tướng A chủ trì.', 'Các đại biểu dự… đông đủ.', 'Đ/c B: 2 ý kiến.', 'Tin: C']
    """
    out, pos = [], 0
    for m in [*_BOUNDARY.finditer(text), None]:
        if m is not None and "\n" not in m.group():
            nxt = text[m.end():m.end() + 2].lstrip("\"“‘(")
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
        if m is None:
            end = len(text)
        elif "\n" in m.group():
            end = m.start() + m.group().index("\n")
        else:
            end = m.end()
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            out.append((pos + lead, pos + lead + len(body)))
        if m is not None:
            pos = m.end()
    return out


def _contains(folded: str, word: str) -> bool:
    """Whether ``word`` occurs in ``folded`` as whole words ('dự' is not in 'xây dựng').

    (A regular expression per word would be compiled again and again: task texts are
    many more than the cache of compiled expressions.)

    >>> _contains("xây dựng nhà", "dự"), _contains("dự hội nghị", "dự"), _contains("a_dự", "dự")
    (False, True, False)
    """
    at = folded.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _word_char(folded[at - 1])) and not (end < len(folded) and _word_char(folded[end])):
            return True
        at = folded.find(word, at + 1)
    return False


def _word_char(c: str) -> bool:
    """What ``\\w`` matches in a regular expression over text."""
    return c.isalnum() or c == "_"


_APPOINTED = re.compile(r"(?<!\w)(được bổ nhiệm|bổ nhiệm giữ chức|được giao giữ chức|nhận quyết định bổ nhiệm)(?!\w)")
_DISMISSED = re.compile(r"(?<!\w)(cách chức|cách tất cả các chức vụ|thôi giữ chức|miễn nhiệm|"
                        r"được miễn nhiệm|nghỉ hưu)(?!\w)")
_SINCE_YEAR = re.compile(r"(?<!\w)từ (?:tháng (\d{1,2})[/ -](?:năm )?|năm )((?:19|20)\d\d)(?!\w)")


def _period(post: dict, sentence: str | None, asof: Literal | None,
            name: str = "") -> tuple[Literal | None, Literal | None]:
    """Start and end of a holding: the post's own ``start`` / ``end`` (ISO 8601) when the
    extraction result gives them, else what its sentence says simply and for sure, in the
    order name, cue, title ('Đại tá A được bổ nhiệm giữ chức Chính ủy': starts on the
    article date; 'Ông B bị cách chức Giám đốc Sở', 'thôi giữ chức', 'miễn nhiệm': ends on
    it) or title then 'từ năm 2014' / 'từ tháng 3/2014' with no comma between (start).

    >>> _period({"start": "2014"}, None, None)[0].datatype == XSD.gYear
    True
    >>> d = _date_literal("2024-05-02")
    >>> post = {"title": "Chính ủy"}
    >>> [str(x) for x in _period(post, "Đại tá A được bổ nhiệm giữ chức Chính ủy.", d, "A") if x]
    ['2024-05-02']
    >>> _period({"title": "Giám đốc"}, "Ông B bị cách chức Giám đốc Sở.", d, "B")[1] == d
    True
    >>> _period({"title": "Chủ tịch"}, "Ông A, Chủ tịch UBND, ký quyết định cách chức ông B.", d, "A")
    (None, None)
    >>> str(_period({"title": "Chủ tịch"}, "Ông C giữ chức Chủ tịch UBND từ tháng 3/2014.", d, "C")[0])
    '2014-03'
    >>> _period({"title": "Chủ tịch"}, "Ông C, Chủ tịch UBND, cho biết từ năm 2014 đến nay.", d, "C")
    (None, None)
    """
    start = _date_literal(post.get("start")) if isinstance(post.get("start"), str) else None
    end = _date_literal(post.get("end")) if isinstance(post.get("end"), str) else None
    title = _nfc(post.get("title") or "").casefold().strip()
    if not sentence or start is not None or end is not None or not title:
        return start, end
    folded = _nfc(sentence).casefold()
    who = folded.find(_nfc(name).casefold()) if name else 0
    if who < 0:
        return start, end
    appointed = [m for m in _APPOINTED.finditer(folded) if m.start() >= who]
    dismissed = [m for m in _DISMISSED.finditer(folded) if m.start() >= who]
    if asof is not None and len(appointed) + len(dismissed) == 1 and post.get("status") != "former":
        cue = (appointed or dismissed)[0]
        if folded.find(title, cue.end()) >= 0 and folded.find(title, who) >= cue.end():
            if appointed:
                start = asof
            elif post.get("status") != "acting":
                end = asof
            return start, end
    at = folded.find(title, max(who, 0))
    if at >= 0:
        for m in _SINCE_YEAR.finditer(folded, at + len(title)):
            between = folded[at + len(title):m.start()]
            if "," not in between and ";" not in between and len(between.split()) <= 6:
                month, year = m.groups()
                ok = month and 1 <= int(month) <= 12
                start = _date_literal(f"{year}-{int(month):02d}" if ok else year)
            break
    return start, end


# Making an rdflib Literal is slow (an integer one most of all) and the same values come back
# all the time: a sentence for each fact it supports, statuses, titles, "extractor", offsets.
def _plain_literal(value: str) -> Literal:
    # A plain string literal is what ``Literal(value)`` makes of a str (no language, no
    # datatype, the value itself), made without its general constructor's casting and checks,
    # a third of the cost of writing an article's RDF. It sets rdflib's own fields, so it is
    # used only where it gives exactly rdflib's literal (checked once below, and by
    # tests/test_rdf.py).
    lit = str.__new__(Literal, value)
    lit._language = lit._datatype = lit._ill_typed = None
    lit._value = value
    return lit


def _plain_literals_agree() -> bool:
    """True when this rdflib's ``Literal(str)`` is the literal :func:`_plain_literal` makes."""
    try:
        fast, real = _plain_literal("Chính ủy"), Literal("Chính ủy")
        return (fast == real and hash(fast) == hash(real) and fast.n3() == real.n3()
                and fast.value == real.value and fast.language is None and fast.datatype is None
                and fast.ill_typed == real.ill_typed and fast.toPython() == real.toPython())
    except Exception:  # noqa: BLE001 - another rdflib's fields: use its constructor
        return False


_FAST_LITERALS = _plain_literals_agree()


@lru_cache(maxsize=1 << 14)
def _literal(value: str) -> Literal:
    return _plain_literal(value) if _FAST_LITERALS else Literal(value)


@lru_cache(maxsize=1 << 14)
def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


class _Builder:
    """Collects the quads of one article."""

    def __init__(self, result: dict, article) -> None:
        self.result = result
        self.article = article
        self.aid: str = article.id
        self.g = article_graph_iri(self.aid)
        self.art = article_iri(self.aid)
        self._quads: dict[Quad, None] = {}  # in the order first added, each once
        self._sent: list[tuple[int, int, str]] | None = None
        self._evidence: dict[tuple, URIRef] = {}  # evidence nodes made, by what they say
        self.orgs_by_name: dict[str, URIRef] = {}
        self.orgs_by_key: dict[str, URIRef] = {}
        self.org_names: dict[URIRef, str] = {}

    # -- basics
    def add(self, s: Node, p: Node, o: Node | None) -> None:
        if o is None:
            return
        self._quads.setdefault((s, p, o, self.g))

    def text(self, s: Node, p: Node, value: object) -> None:
        if value is None:
            return
        value = str(value).strip()
        if value:
            self.add(s, p, _literal(value))

    def fact(self, node: URIRef, cls: URIRef, label: str | None) -> None:
        self.add(node, RDF.type, cls)
        self.text(node, RDFS.label, label)
        self.add(node, PROV.wasDerivedFrom, self.art)

    # -- evidence
    def sentences(self) -> list[tuple[int, int, str]]:
        if self._sent is None:
            t = self.article.text or ""
            self._sent = [(s, e, t[s:e]) for s, e in _sentences(t)]
        return self._sent

    def _sentence_around(self, start: int, end: int) -> str | None:
        for s, e, body in self.sentences():
            if s <= start < e or (s < end <= e):
                return body
        return None

    def evidence(self, span: dict | None, anchors: Sequence[Sequence[str]] = (),
                 fallback: URIRef | None = None) -> URIRef:
        """An evidence node: from the extractor's span if there is one, else from the first
        sentence that contains all the words of one of ``anchors``, else ``fallback``, else
        the article as a whole."""
        text = self.article.text or ""
        if span and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
            start, end = span["start"], span["end"]
            exact = text[start:end] if 0 <= start < end <= len(text) else None
            sentence = span.get("text") or self._sentence_around(start, end) or exact
            return self._evidence_node(start, end, exact or sentence, sentence, "extractor")
        for anchor in anchors:
            words = [_nfc(w).casefold() for w in anchor if w and w.strip()]
            if not words:
                continue
            for s, e, body in self.sentences():
                folded = _nfc(body).casefold()
                if all(_contains(folded, w) for w in words):
                    return self._evidence_node(s, e, body, body, "search")
        if fallback is not None:
            return fallback
        return self._evidence_node(None, None, None, None, "article")

    def _evidence_node(self, start, end, exact, sentence, how) -> URIRef:
        # every organisation and post of a sentence has that sentence as evidence: its node
        # and quads are made once (the same quads again would add nothing)
        made = self._evidence.get((start, end, exact, sentence, how))
        if made is not None:
            return made
        ev = _mint("evidence", self.aid, start, end, sentence, how)
        self._evidence[start, end, exact, sentence, how] = ev
        self.add(ev, RDF.type, KG.Evidence)
        self.add(ev, OA.hasSource, self.art)
        self.text(ev, KG.locatedBy, how)
        self.text(ev, KG.sentence, sentence)
        if start is not None and end is not None:
            pos = _known_iri(f"{ev}/position")
            self.add(ev, OA.hasSelector, pos)
            self.add(pos, RDF.type, OA.TextPositionSelector)
            self.add(pos, OA.start, _integer(start))
            self.add(pos, OA.end, _integer(end))
        if exact:
            quote_sel = _known_iri(f"{ev}/quote")
            self.add(ev, OA.hasSelector, quote_sel)
            self.add(quote_sel, RDF.type, OA.TextQuoteSelector)
            self.add(quote_sel, OA.exact, _literal(exact))
        return ev

    # -- article
    def build_article(self) -> None:
        a, meta = self.article, self.result.get("article") or {}
        title = a.title or meta.get("title")
        published = a.published or meta.get("published")
        self.add(self.art, RDF.type, KG.Article)
        self.text(self.art, KG.articleId, self.aid)
        self.text(self.art, RDFS.label, title or self.aid)
        self.text(self.art, KG.source, a.source or meta.get("source"))
        url = a.url or meta.get("url") or meta.get("source")
        if url and _IRI_OK.match(url) and re.match(r"(?i)https?://", url):
            self.add(self.art, FOAF.page, URIRef(url))
        self.text(self.art, DCTERMS.title, title)
        issued = _date_literal(published)
        self.add(self.art, DCTERMS.issued, issued)
        if published and issued is None:
            self.text(self.art, KG.dateText, published)
        self.text(self.art, KG.contentHash, a.content_hash)
        self.text(self.art, KG.extractorVersion, EXTRACTOR_VERSION)
        for author in meta.get("authors") or []:
            self.text(self.art, KG.byline, author)

    # -- organisations
    def org(self, name: str) -> URIRef:
        """The organisation node for a name: an extracted one (by name, alias or key) or a
        new one minted from the name."""
        name = _nfc(name.strip())
        found = self.orgs_by_name.get(name) or self.orgs_by_key.get(name_key(name))
        if found is not None:
            return found
        node = _mint("org", self.aid, name)
        self._declare_org(node, name)
        return node

    def _declare_org(self, node: URIRef, name: str) -> None:
        self.fact(node, ORG.Organization, name)
        self.text(node, SKOS.prefLabel, name)
        key = name_key(name)
        self.text(node, KG.nameKey, key)
        self.orgs_by_name.setdefault(name, node)
        if key:
            self.orgs_by_key.setdefault(key, node)
        self.org_names.setdefault(node, name)

    def build_orgs(self) -> dict[str, URIRef]:
        by_id: dict[str, URIRef] = {}
        entries = self.result.get("organizations") or []
        for o in entries:  # names first, so parents and aliases can refer to any of them
            name = _nfc(o["name"].strip())
            node = self.orgs_by_name.get(name) or _mint("org", self.aid, name)
            self._declare_org(node, name)
            by_id[o["id"]] = node
        for o in entries:
            node = by_id[o["id"]]
            for alias in o.get("aliases") or []:
                self.text(node, SKOS.altLabel, alias)
                self.orgs_by_name.setdefault(_nfc(alias.strip()), node)
            if o.get("parent"):
                self.add(node, ORG.subOrganizationOf, self.org(o["parent"]))
            for m in o.get("mentions") or []:
                self.add(node, KG.evidence, self.evidence(m))
        return by_id

    # -- persons, ranks, posts
    def build_persons(self) -> dict[str, tuple[URIRef, str]]:
        by_id: dict[str, tuple[URIRef, str]] = {}
        asof = _day(self.article.published or (self.result.get("article") or {}).get("published"))
        for p in self.result.get("persons") or []:
            name = _nfc(p["name"].strip())
            node = _mint("person", self.aid, name)
            by_id[p["id"]] = (node, name)
            self.fact(node, FOAF.Person, name)
            self.text(node, FOAF.name, name)
            self.text(node, KG.nameKey, name_key(name))
            rank = (p.get("rank") or "").strip()
            if rank:
                concept = rank_iri(rank)
                if concept is not None:
                    self.add(node, KG.hasRank, concept)
                else:
                    self.text(node, KG.rankText, rank)
                self.add(node, KG.asOf, asof)  # the date the rank is stated for
            for h in p.get("honorifics") or []:
                self.text(node, KG.honorific, h)
            mentions = p.get("mentions") or []
            for m in mentions:
                self.add(node, KG.evidence, self.evidence(m))
            if not mentions:
                anchors = [(f"{rank} {name}",)] if rank else []
                self.add(node, KG.evidence, self.evidence(None, [*anchors, (name,)]))
            for post in p.get("posts") or []:
                self.build_holding(p["id"], node, name, post, asof)
        return by_id

    def build_holding(self, pid: str, person: URIRef, name: str, post: dict, asof) -> None:
        title = _nfc((post.get("title") or "").strip())
        if not title:
            raise ValueError(f"article {self.aid}: person {pid}: a post has no title")
        status = post.get("status") or "current"
        if status not in STATUS_CODES:
            raise ValueError(f"article {self.aid}: person {pid}: status {status!r} is not one of "
                             + ", ".join(STATUS_CODES))
        org_name = _nfc(post["org"].strip()) if post.get("org") and post["org"].strip() else None
        org = self.org(org_name) if org_name else None
        label = f"{title} {self.org_names[org]}" if org is not None else title

        role = DATA["role/" + quote(name_key(title).replace(" ", "-") or "_", safe="-")]
        self.add(role, RDF.type, ORG.Role)
        self.text(role, SKOS.prefLabel, title)
        self.text(role, RDFS.label, title)

        post_node = _mint("post", self.aid, title, org_name)
        self.fact(post_node, ORG.Post, label)
        self.text(post_node, KG.title, title)
        self.add(post_node, ORG.postIn, org)
        self.add(post_node, ORG.role, role)

        h = _mint("holding", self.aid, name, title, org_name, status)
        self.fact(h, KG.Holding, f"{name}: {'nguyên ' if status == 'former' else ''}{label}")
        self.add(h, ORG.member, person)
        self.add(h, KG.post, post_node)
        self.add(h, ORG.organization, org)
        self.add(h, ORG.role, role)
        self.text(h, KG.title, title)
        self.text(h, KG.status, status)
        self.add(h, KG.asOf, asof)
        ev = self.evidence(post.get("evidence"), [(name, title), (name,)])
        self.add(h, KG.evidence, ev)
        start, end = _period(post, self._sentence_of(post, ev), asof, name)
        self.add(h, KG.startDate, start)
        self.add(h, KG.endDate, end)
        if status != "former":
            self.add(person, ORG.holds, post_node)
            self.add(post_node, ORG.heldBy, person)

    def _sentence_of(self, post: dict, ev: URIRef) -> str | None:
        span = post.get("evidence") or {}
        if span.get("text"):
            return span["text"]
        for s, _p, o, _g in self._quads:
            if s == ev and _p == KG.sentence:
                return str(o)
        return None

    # -- events
    def build_events(self, persons: dict[str, tuple[URIRef, str]]) -> dict[str, URIRef]:
        by_id: dict[str, URIRef] = {}
        for e in self.result.get("events") or []:
            parts = []
            for part in e.get("participants") or []:
                if part["person"] not in persons:
                    raise ValueError(f"article {self.aid}: event {e['id']}: participant "
                                     f"{part['person']!r} is not a person id of this result")
                if part["role"] not in ROLE_CODES:
                    raise ValueError(f"article {self.aid}: event {e['id']}: role {part['role']!r} "
                                     "is not one of " + ", ".join(ROLE_CODES))
                parts.append((persons[part["person"]], part["role"], part.get("evidence")))
            kind = (e.get("kind") or "").strip()
            who = sorted(f"{name}\x1e{role}" for (_, name), role, _ in parts)
            node = _mint("event", self.aid, kind, e.get("name"), e.get("date"), e.get("organizer"), *who)
            by_id[e["id"]] = node
            self.fact(node, KG.Event, e.get("name") or kind)
            self.text(node, KG.eventKind, kind)
            when = _date_literal(e.get("date"))
            self.add(node, KG.eventDate, when)
            if e.get("date") and when is None:
                self.text(node, KG.dateText, e["date"])
            if e.get("organizer"):
                self.add(node, KG.organizer, self.org(e["organizer"]))
            for (person, name), role, span in parts:
                pn = _mint("participation", self.aid, node, name, role)
                self.fact(pn, KG.Participation, f"{name}: {role}, {e.get('name') or kind}")
                self.add(pn, KG.participant, person)
                self.add(pn, KG.event, node)
                self.text(pn, KG.role, role)
                anchors = [(name, cue) for cue in _ROLE_CUES[role]] + [(name,)]
                self.add(pn, KG.evidence, self.evidence(span, anchors))
        return by_id

    # -- directives
    def build_directives(self, persons, orgs, events) -> None:
        for d in self.result.get("directives") or []:
            did = d["id"]
            if d["issuer"] in persons:
                issuer, issuer_name = persons[d["issuer"]]
            elif d["issuer"] in orgs:
                issuer = orgs[d["issuer"]]
                issuer_name = self.org_names[issuer]
            else:
                raise ValueError(f"article {self.aid}: directive {did}: issuer {d['issuer']!r} is "
                                 "not a person or organisation id of this result")
            event = None
            if d.get("event"):
                if d["event"] not in events:
                    raise ValueError(f"article {self.aid}: directive {did}: event {d['event']!r} "
                                     "is not an event id of this result")
                event = events[d["event"]]
            doc = d.get("document") or None
            tasks = [t.strip() for t in d.get("tasks") or [] if t and t.strip()]
            addressees = [a.strip() for a in d.get("addressees") or [] if a and a.strip()]
            doc_parts = (doc.get("kind"), doc.get("number"), doc.get("title")) if doc else ()
            node = _mint("directive", self.aid, issuer, d.get("verb"), "\x1e".join(addressees),
                         d.get("period"), event, *doc_parts, "\x1e".join(tasks))
            verb = (d.get("verb") or "").strip()
            self.fact(node, KG.Directive, " ".join(x for x in (issuer_name, verb, ", ".join(addressees)) if x))
            self.add(node, KG.issuer, issuer)
            self.text(node, KG.verb, verb or None)
            for a in addressees:
                self.text(node, KG.addressee, a)
                target = self.orgs_by_name.get(_nfc(a)) or self.orgs_by_key.get(name_key(a))
                self.add(node, KG.addresseeOrg, target)
            self.text(node, KG.period, d.get("period"))
            self.add(node, KG.givenAt, event)
            if doc:
                dn = _mint("document", self.aid, *doc_parts)
                kind, number, title = doc_parts
                self.fact(dn, KG.Document, " ".join(x for x in (kind, number, title) if x) or None)
                self.text(dn, KG.documentKind, kind)
                self.text(dn, KG.documentNumber, number)
                self.text(dn, DCTERMS.title, title)
                self.add(node, KG.document, dn)
            anchors = [(issuer_name, verb)] if verb else []
            if tasks:
                anchors.append((tasks[0],))
            ev = self.evidence(d.get("evidence"), [*anchors, (issuer_name,)])
            self.add(node, KG.evidence, ev)
            for i, task in enumerate(tasks, start=1):
                tn = _mint("task", self.aid, node, i, task)
                self.fact(tn, KG.Task, task if len(task) <= 80 else task[:79] + "…")
                self.text(tn, KG.taskText, task)
                self.add(tn, KG.taskIndex, _integer(i))
                self.add(node, KG.hasTask, tn)
                self.add(tn, KG.evidence, self.evidence(None, [(task,), (task[:40],)], fallback=ev))


@gc_paused()  # (see kg.gcpause)
def article_quads(result: dict, article) -> list[Quad]:
    """The quads (subject, predicate, object, graph) of one article's named graph.

    ``result`` is the extraction result (``extraction.schema.json``); ``article`` the
    :class:`kg.model.Article` it was extracted from (its text is used to find the sentence
    of a fact when the result carries no evidence span). The same input always gives the
    same list. Raises ``ValueError`` when the result refers to an id it does not define or
    uses a status or role outside the codes.
    """
    meta_id = (result.get("article") or {}).get("id")
    if meta_id is not None and meta_id != article.id:
        raise ValueError(f"article {article.id}: the extraction result is for article {meta_id!r}")
    b = _Builder(result, article)
    b.build_article()
    orgs = b.build_orgs()
    persons = b.build_persons()
    events = b.build_events(persons)
    b.build_directives(persons, orgs, events)
    return list(b._quads)


def triples_of(quads: Iterable[Quad]):
    """The (s, p, o) triples of a list of quads (for loading into an rdflib Graph)."""
    return ((s, p, o) for s, p, o, _ in quads)
