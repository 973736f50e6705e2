"""Cross-article resolution: the per-article person and organisation nodes of the same
real entity are linked to one canonical entity in the resolution graph.

Every article graph holds its own person and organisation nodes (see :mod:`kg.rdf`).
:func:`resolve_store` reads those nodes and their facts from the store (SPARQL), groups
them into clusters and replaces :data:`kg.ontology.RESOLUTION_GRAPH` with::

    <per-article node> owl:sameAs <canonical>             (every node, singletons too)
    <canonical> a kg:CanonicalPerson | kg:CanonicalOrganization ;
        foaf:name / skos:prefLabel, kg:nameKey, skos:altLabel ;
        kg:mergeReason "..."                              (one line per member that joined)
        org:subOrganizationOf <canonical parent>          (organisations, as the articles write it)

Canonical IRIs are ``https://w3id.org/vnkg/id/entity/<person|org>/<16 hex>``, hashed from
the cluster's first member (the smallest member IRI), so the same store always gives the
same resolution graph (re-ingesting adds nothing). The graph is brought up to date after
every ingest and remove, chunk by chunk and only for the name keys the changed articles
carry (:mod:`kg.resolve_chunks`); it is only ever derived from the article graphs, and
:func:`compute_resolution` (everything in memory) is the reference it must equal.

Organisations: the same name key ("Tổng cục Hậu cần" = "tổng cục hậu cần"), once
abbreviations are written out (the abbreviations lexicon, and aliases whose letters are the
initials of the name they explain: "Bộ Giao thông vận tải (GTVT)" makes "Bộ GTVT" the same
unit); an alias that spells the whole name ("Tổng cục Hậu cần (TCHC)") joins the bare
"TCHC" of other articles when it stands for only one full name in the corpus. "Tổng cục Hậu
cần - Kỹ thuật" has another key, so it is another unit. A generic name that depends on its
article ("Công an tỉnh", "Phòng Cảnh sát điều tra", "UBND", a unit word alone) or a name the
extractor cut short ("Bộ Tư lệnh Quân") is merged only under the same parent, or not at all.
Canonical units are org:subOrganizationOf canonical parents as the articles write them.

Persons: the same name key is necessary, never sufficient; the names must also be the
same up to case and tone-mark placement ("Nguyễn Văn Ân" is not "Nguyễn Văn An"; a name
written without any diacritics fits both). Nodes are taken dated first, in date order, bare
mentions last; a node joins the cluster it fits best:
  3. a shared unit (an organisation of a holding, or its parent);
  2. ranks that agree: equal, or not going down over time (a new unit is then a transfer);
  1. nothing against it;
and stays apart when it conflicts with every cluster, or when several fit equally without a
shared unit (the nearest rank breaks a tie of 2). Conflicts: a rank going down over time
(unless the article states a demotion, "giáng cấp"), two ranks on one date, and undated
ranks that differ while the units differ too (or by more than two steps). Units whose names
depend on their article count as unknown, not as different.

>>> str(person_canonical_iri("https://w3id.org/vnkg/id/person/0123")).rsplit("/", 1)[0]
'https://w3id.org/vnkg/id/entity/person'
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Literal, URIRef

from kg.ontology import (
    ARTICLE_GRAPH_BASE,
    DATA,
    DCTERMS,
    FOAF,
    GRAPH_BASE,
    INGEST_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    ORG,
    OWL,
    RDF,
    RDFS,
    RESOLUTION_GRAPH,
    SKOS,
)
from kg.rdf import name_key

__all__ = [
    "LEXICON_GRAPH",
    "Resolution",
    "compute_resolution",
    "explain",
    "lexicon_quads",
    "person_canonical_iri",
    "resolve_needed",
    "resolve_store",
]

#: rdfs:label @vi / @en of every rank, post title and unit-type word of the lexicons
LEXICON_GRAPH = URIRef(GRAPH_BASE + "lexicon")

_PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX org: <{ORG}>
PREFIX foaf: <{FOAF}>
PREFIX skos: <{SKOS}>
PREFIX owl: <{OWL}>
PREFIX dcterms: <{DCTERMS}>
"""
_IN_ARTICLES = f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPH_BASE}"))'

_Q_PERSONS = _PREFIXES + f"""
SELECT ?g ?p ?name ?key ?aid ?issued ?order WHERE {{
  GRAPH ?g {{
    ?p a foaf:Person ; foaf:name ?name ; kg:nameKey ?key .
    ?art a kg:Article ; kg:articleId ?aid .
    OPTIONAL {{ ?art dcterms:issued ?issued }}
  }}
  OPTIONAL {{
    GRAPH ?g {{ ?p kg:hasRank ?rc }}
    GRAPH <{ONTOLOGY_GRAPH}> {{ ?rc kg:rankOrder ?order }}
  }}
  {_IN_ARTICLES}
}}"""

_Q_HOLDINGS = _PREFIXES + f"""
SELECT ?p ?title ?status ?o WHERE {{
  GRAPH ?g {{
    ?h a kg:Holding ; org:member ?p ; kg:title ?title ; kg:status ?status .
    OPTIONAL {{ ?h org:organization ?o }}
  }}
  {_IN_ARTICLES}
}}"""

_Q_DEMOTED = _PREFIXES + f"""
SELECT DISTINCT ?p WHERE {{
  GRAPH ?g {{
    {{ ?p a foaf:Person ; kg:evidence/kg:sentence ?s }}
    UNION {{ ?h org:member ?p ; kg:evidence/kg:sentence ?s }}
    FILTER(CONTAINS(LCASE(?s), "giáng cấp") || CONTAINS(LCASE(?s), "giáng chức")
           || CONTAINS(LCASE(?s), "giáng quân hàm"))
  }}
  {_IN_ARTICLES}
}}"""

_Q_ORGS = _PREFIXES + f"""
SELECT ?g ?o ?label ?key ?aid ?parent WHERE {{
  GRAPH ?g {{
    ?o a org:Organization ; skos:prefLabel ?label ; kg:nameKey ?key .
    ?art a kg:Article ; kg:articleId ?aid .
    OPTIONAL {{ ?o org:subOrganizationOf ?parent }}
  }}
  {_IN_ARTICLES}
}}"""

_Q_ALIASES = _PREFIXES + f"""
SELECT ?o ?alias WHERE {{
  GRAPH ?g {{ ?o a org:Organization ; skos:altLabel ?alias }}
  {_IN_ARTICLES}
}}"""


def _hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def person_canonical_iri(first_member: str) -> URIRef:
    """The canonical person IRI of a cluster whose first (smallest) member IRI is given."""
    return DATA[f"entity/person/{_hex(first_member)}"]


def org_canonical_iri(first_member: str) -> URIRef:
    """The canonical organisation IRI of a cluster whose first member IRI is given."""
    return DATA[f"entity/org/{_hex(first_member)}"]


# ---------------------------------------------------------------- union-find

class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


# ---------------------------------------------------------------- organisations

# unit words whose names depend on their article unless a place or a number follows
_LOCAL_PREFIXES = (
    "cong an", "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "phong", "doi", "ban",
    "tram", "don", "trai", "co quan", "vien kiem sat", "vksnd", "toa an", "tand", "so", "chi cuc",
    "tinh uy", "thanh uy", "huyen uy", "quan uy", "dang uy", "dang bo", "chi nhanh", "van phong",
    "thanh tra", "bo chi huy", "ban chi huy", "trung tam", "benh vien", "truong", "cong ty",
    "ubmttq", "mat tran", "hoi", "xi nghiep", "tieu doan", "dai doi", "trung doan", "lu doan",
    "cuc thue", "cuc hai quan", "cuc thong ke", "kho bac", "ngan hang", "bo doi bien phong",
)
# a name cut short by the extractor ends with the first word of a unit word ("Bộ Tư lệnh Quân")
_DANGLING = ("Quân", "Bộ", "Tổng", "Ban", "Ủy", "Cơ", "Binh", "Sư", "Trung", "Lữ", "Tiểu", "Đại")
_SPECIFIC_MARKERS = ("toi cao", "trung uong", "bo ", "quoc gia", "viet nam", "quoc phong")


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    from kg.lexicons import load

    try:
        return frozenset(name_key(r["place"]) for r in load("places") if r.get("place"))
    except (OSError, KeyError):
        return frozenset()


@lru_cache(maxsize=1)
def _unit_word_keys() -> frozenset[str]:
    from kg.lexicons import load

    try:
        return frozenset(name_key(r["word"]) for r in load("units") if r.get("word"))
    except (OSError, KeyError):
        return frozenset()


def is_truncated_org(label: str) -> bool:
    """Whether a name looks cut short ('Bộ Tư lệnh Quân' of 'Bộ Tư lệnh Quân khu 7').

    >>> is_truncated_org("Bộ Tư lệnh Quân"), is_truncated_org("Bộ Tư lệnh Quân khu 7")
    (True, False)
    """
    words = label.split()
    return len(words) > 1 and words[-1] in _DANGLING


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    from kg.lexicons import load

    try:
        return {name_key(r["abbreviation"]): name_key(r["expansion"])
                for r in load("abbreviations") if r.get("abbreviation") and r.get("expansion")}
    except (OSError, KeyError):
        return {}


@lru_cache(maxsize=65536)
def is_generic_org(key: str) -> bool:
    """Whether an organisation's name only makes sense inside its article.

    >>> is_generic_org("cong an tinh"), is_generic_org("phong canh sat dieu tra")
    (True, True)
    >>> is_generic_org("cong an tinh dong nai"), is_generic_org("tong cuc hau can")
    (False, False)
    >>> is_generic_org("su doan 5"), is_generic_org("vien ksnd toi cao")
    (False, False)
    >>> is_generic_org("cong an tp hcm"), is_generic_org("ubnd thanh pho")
    (False, True)
    """
    if not key or re.search(r"\d", key):
        return False
    if key in _unit_word_keys():
        return True  # a unit word alone ("Quân khu", "Cục")
    padded = f" {key} "
    if not any(padded.startswith(f" {p} ") for p in _LOCAL_PREFIXES):
        return False
    if any(f" {m.strip()} " in padded for m in _SPECIFIC_MARKERS if m.strip()) or " bo " in padded[1:]:
        return False
    if any(f" {p} " in padded for p in _place_keys() if p):
        return False
    # generic when every word is a unit word, a field ("cảnh sát điều tra") or a place type
    return all(w in _generic_words() for w in key.split())


_PLACE_TYPES = ("tinh", "tp", "thanh", "pho", "huyen", "quan", "phuong", "xa", "thi", "tran", "dia",
                "khu", "vuc", "ap", "thon", "lang", "cap")


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    from kg.lexicons import load

    words = set(_PLACE_TYPES)
    for name, col in (("units", "word"), ("org_words", "phrase")):
        try:
            for row in load(name):
                words.update(name_key(row.get(col) or "").split())
        except (OSError, KeyError):
            pass
    for prefix in _LOCAL_PREFIXES:
        words.update(prefix.split())
    return frozenset(words)


@dataclass
class OrgNode:
    iri: str
    article: str
    label: str
    key: str
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent_key: str | None = None  # the parent's name key and label, when it is a unit node
    parent_label: str | None = None


@dataclass
class PersonNode:
    iri: str
    article: str
    name: str
    key: str
    date: str | None = None
    rank: int | None = None
    demoted: bool = False
    units: set[str] = field(default_factory=set)  # org cluster ids (holding orgs and their parents)
    specific: set[str] = field(default_factory=set)  # those whose names do not depend on the article
    unit_labels: dict[str, str] = field(default_factory=dict)
    posts: list[tuple[str, str | None, str]] = field(default_factory=list)  # (title, org label, status)


@dataclass
class Cluster:
    kind: str  # "person" | "org"
    members: list[str]
    label: str
    key: str
    reasons: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    parents: set[str] = field(default_factory=set)  # org clusters' canonical IRIs
    specific: bool = True  # an organisation whose name does not depend on its article

    @property
    def first(self) -> str:
        return min(self.members)

    @property
    def iri(self) -> URIRef:
        return person_canonical_iri(self.first) if self.kind == "person" else org_canonical_iri(self.first)


@dataclass
class Resolution:
    persons: list[Cluster]
    orgs: list[Cluster]
    person_nodes: int
    org_nodes: int

    def quads(self) -> list[tuple]:
        g = RESOLUTION_GRAPH
        out: list[tuple] = []
        for c in self.orgs:
            node = c.iri
            out += [(node, RDF.type, KG.CanonicalOrganization, g),
                    (node, SKOS.prefLabel, Literal(c.label), g),
                    (node, KG.nameKey, Literal(c.key), g)]
            out += [(node, SKOS.altLabel, Literal(a), g) for a in c.aliases]
            out += [(node, ORG.subOrganizationOf, URIRef(p), g) for p in sorted(c.parents)]
            out += [(node, KG.mergeReason, Literal(r), g) for r in c.reasons]
            out += [(URIRef(m), OWL.sameAs, node, g) for m in c.members]
        for c in self.persons:
            node = c.iri
            out += [(node, RDF.type, KG.CanonicalPerson, g),
                    (node, FOAF.name, Literal(c.label), g),
                    (node, KG.nameKey, Literal(c.key), g),
                    (node, SKOS.altLabel, Literal(_plain(c.label)), g)]
            out += [(node, KG.mergeReason, Literal(r), g) for r in c.reasons]
            out += [(URIRef(m), OWL.sameAs, node, g) for m in c.members]
        return out


def _plain(name: str) -> str:
    """The name without diacritics, in its own case ('Đỗ Văn Thiện' -> 'Do Van Thien')."""
    import unicodedata

    s = unicodedata.normalize("NFC", name).replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def _initials_run(letters: str, words: list[str]) -> str | None:
    """The run of ``words`` whose initials spell ``letters`` ('gtvt' in 'bo giao thong van
    tai' gives 'giao thong van tai'), if exactly one does."""
    n = len(letters)
    runs = {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)
            if "".join(w[0] for w in words[i:i + n]) == letters}
    return runs.pop() if len(runs) == 1 else None


def _spells(alias: str, key: str) -> bool:
    """Whether ``alias`` abbreviates the name whose key is ``key``: its letters are the
    initials of all the name's words, or it is in the abbreviations lexicon for it.

    >>> _spells("TCHC", "tong cuc hau can"), _spells("UBTVQH", "quoc hoi"), _spells("C14", "bo cong an")
    (True, False, False)
    """
    ak = name_key(alias)
    letters = ak.replace(" ", "")
    if _abbreviations().get(ak) == key:
        return True
    return letters.isalpha() and letters == "".join(w[0] for w in key.split())


def _expansions(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Abbreviation key -> expansion key: from the abbreviations lexicon, and from the
    aliases articles give whose letters are the initials of words of the full name
    ('Bộ Giao thông vận tải (GTVT)'). An abbreviation with two expansions is dropped.
    ``pairs`` are (name key of a node, one of its aliases)."""
    found: dict[str, set[str]] = defaultdict(set)
    for key, a in pairs:
        words = key.split()
        ak = name_key(a)
        letters = ak.replace(" ", "")
        if len(letters) < 2 or not letters.isalpha() or ak in words:
            continue
        run = _initials_run(letters, words)
        if run and len(run.split()) >= 2:
            found[ak].add(run)
    out = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    for ak, full in _abbreviations().items():
        if "/" in full or not ak or not full:
            continue
        if ak in out and out[ak] != full:
            del out[ak]
        elif ak not in found:
            out[ak] = full
    return out


def _expand(key: str, expansions: dict[str, str]) -> str:
    """A name key with its abbreviations written out.

    >>> _expand("bo gtvt", {"gtvt": "giao thong van tai"})
    'bo giao thong van tai'
    """
    padded = f" {key} "
    for ak in sorted(expansions, key=lambda k: (-len(k), k)):
        if f" {ak} " in padded:
            padded = padded.replace(f" {ak} ", f" {expansions[ak]} ")
    return " ".join(padded.split())


class OrgContext:
    """What organisation resolution needs from the whole corpus, small whatever its size:
    the abbreviations and their expansions, which aliases stand for which full names, and
    which name keys they join. Made from the distinct (name key, alias) pairs and the
    distinct name keys, never from the nodes themselves."""

    def __init__(self, keys: Iterable[str], aliases: Iterable[tuple[str, str, str, str]]) -> None:
        """``keys``: every organisation name key; ``aliases``: (name key, alias, the
        smallest IRI of a node with both, its article id)."""
        aliases = sorted(aliases)
        self.expansions = _expansions((k, a) for k, a, _i, _art in aliases)
        self._full: dict[str, str] = {}
        # which full names does each alias stand for, across the corpus
        self.alias_targets: dict[str, set[str]] = defaultdict(set)
        where: dict[str, tuple[str, str, str]] = {}
        for key, a, iri, art in aliases:
            if not _spells(a, key):
                continue  # 'UBTVQH' is not an abbreviation of 'Quốc hội'
            ak = _expand(name_key(a), self.expansions)
            full = self.full(key)
            if ak and ak != full:
                self.alias_targets[ak].add(full)
                if ak not in where or (iri, a) < where[ak][:2]:
                    where[ak] = (iri, a, art)  # the first node that gives it, as in IRI order
        fulls = {self.full(k) for k in keys}
        self.uf = _Union()
        self.reason_for_key: dict[str, str] = {}
        for ak in sorted(self.alias_targets):
            targets = self.alias_targets[ak]
            if len(targets) == 1 and not is_generic_org(ak):
                (full,) = targets
                if ak in fulls and not is_generic_org(full):
                    self.uf.union(ak, full)
                    _iri, text, art = where[ak]
                    self.reason_for_key[ak] = f"abbreviation '{text}' given in article {art} for the same unit"

    def full(self, key: str) -> str:
        """The name key with abbreviations written out."""
        f = self._full.get(key)
        if f is None:
            f = self._full[key] = _expand(key, self.expansions)
        return f

    def bucket(self, key: str) -> str:
        """Nodes of one cluster always share a bucket: resolving bucket by bucket gives the
        clusters of resolving everything at once."""
        if is_generic_org(key):
            return "\x1f" + self.full(key)  # then grouped under their parents
        return self.uf.find(self.full(key))

    def digest(self) -> str:
        """Changes whenever a bucket or a cluster could change for reasons outside its keys."""
        h = hashlib.sha256()
        for ak in sorted(self.expansions):
            h.update(f"e {ak} {self.expansions[ak]}\n".encode())
        for ak in sorted(self.alias_targets):
            h.update(f"t {ak} {sorted(self.alias_targets[ak])} {self.reason_for_key.get(ak)}\n".encode())
        for k in sorted(self.uf.parent):
            h.update(f"u {k} {self.uf.find(k)}\n".encode())
        return h.hexdigest()

    def group_key(self, n: OrgNode) -> str:
        """Group key: the name key, or the name key under its parent for generic names."""
        if is_truncated_org(n.label):
            return f"{n.key}\x1f{n.iri}"  # stays with its own article
        if is_generic_org(n.key):
            if n.parent_key is None:
                return f"{n.key}\x1f{n.iri}"  # stays with its own article
            return f"{self.full(n.key)}\x1f^{self.full(n.parent_key)}"
        return self.uf.find(self.full(n.key))


def org_context(nodes: list[OrgNode]) -> OrgContext:
    """The context of a list of nodes held in memory."""
    first: dict[tuple[str, str], OrgNode] = {}
    for n in sorted(nodes, key=lambda n: n.iri):
        for a in n.aliases:
            first.setdefault((n.key, a), n)
    return OrgContext({n.key for n in nodes}, [(k, a, n.iri, n.article) for (k, a), n in first.items()])


def org_clusters(nodes: Iterable[OrgNode], ctx: OrgContext) -> list[Cluster]:
    """The clusters of ``nodes`` (whole buckets of them), without their parents."""
    groups: dict[str, list[OrgNode]] = defaultdict(list)
    for n in nodes:
        groups[ctx.group_key(n)].append(n)
    clusters: list[Cluster] = []
    for _root, members in sorted(groups.items(), key=lambda kv: min(m.iri for m in kv[1])):
        members.sort(key=lambda m: (m.article, m.iri))
        full_key = {m.iri: ctx.full(m.key) for m in members}
        # the label: the most common name written in full (no abbreviation, not an alias)
        full = ([m.label for m in members if m.key == full_key[m.iri] and m.key not in ctx.alias_targets]
                or [m.label for m in members if m.key not in ctx.alias_targets] or [m.label for m in members])
        label = _most_common(full)
        reasons = []
        first = members[0]
        for m in members[1:]:
            if m.key == first.key:
                why = f"same name key '{m.key}'"
                if m.label != first.label:
                    why += f" ('{m.label}' / '{first.label}')"
            elif full_key[m.iri] == full_key[first.iri]:
                why = (f"the same name once abbreviations are written out: "
                       f"'{full_key[m.iri]}' ('{m.label}' / '{first.label}')")
            elif full_key[m.iri] in ctx.reason_for_key:
                why = ctx.reason_for_key[full_key[m.iri]]
            else:
                why = f"'{m.label}' and '{first.label}' are one unit by their aliases"
            if is_generic_org(m.key):
                why += f"; same parent '{m.parent_label}'" if m.parent_key is not None else ""
            reasons.append(f"{m.article}: '{m.label}' joins ({why})")
        aliases = sorted({a for m in members for a in m.aliases if _spells(a, m.key)}
                         | {m.label for m in members} - {label})
        c = Cluster("org", [m.iri for m in members], label, name_key(label), reasons, aliases)
        c.specific = not any(is_generic_org(m.key) or is_truncated_org(m.label) for m in members)
        clusters.append(c)
    return clusters


def _resolve_orgs(nodes: list[OrgNode]) -> tuple[list[Cluster], dict[str, int]]:
    """Clusters of organisation nodes (all in memory), and the cluster index of each node IRI."""
    ctx = org_context(nodes)
    clusters = org_clusters(nodes, ctx)
    index = {m: i for i, c in enumerate(clusters) for m in c.members}
    for n in nodes:
        if n.parent and n.parent in index:
            parent = clusters[index[n.parent]]
            child = clusters[index[n.iri]]
            if parent is not child:
                child.parents.add(str(parent.iri))
    return clusters, index


# ---------------------------------------------------------------- persons

@dataclass
class _Group:
    """A person cluster being built."""

    nodes: list[PersonNode] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def units(self) -> set[str]:
        return set().union(*(n.units for n in self.nodes)) if self.nodes else set()

    @property
    def specific(self) -> set[str]:
        return set().union(*(n.specific for n in self.nodes)) if self.nodes else set()


def _rank_check(node: PersonNode, group: _Group) -> tuple[str, int]:
    """('conflict' | 'differs' | 'agrees' | 'unknown', the largest undated rank gap)."""
    if node.rank is None:
        return "unknown", 0
    others = [m for m in group.nodes if m.rank is not None]
    if not others:
        return "unknown", 0
    undated = []
    for m in others:
        if m.rank == node.rank:
            undated.append(0)
            continue
        if m.date and node.date:
            if m.date == node.date:
                return "conflict", 0
            early, late = (m, node) if m.date < node.date else (node, m)
            if early.rank > late.rank and not late.demoted:
                return "conflict", 0
        else:
            undated.append(abs(m.rank - node.rank))
    gap = min(undated) if undated else 0  # the nearest rank the cluster already shows
    return ("differs", gap) if gap else ("agrees", 0)


def _rank_gap(node: PersonNode, group: _Group) -> int:
    """How far the node's rank is from the cluster's nearest-in-time rank (0 when unknown)."""
    ranked = [m for m in group.nodes if m.rank is not None]
    if node.rank is None or not ranked:
        return 0
    nearest = min(ranked, key=lambda m: (abs(_days(m.date) - _days(node.date)), m.iri))
    return abs(node.rank - (nearest.rank or 0))


def _days(d: str | None) -> int:
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d or "")
    if not m:
        return 0
    return int(m.group(1)) * 372 + int(m.group(2) or 1) * 31 + int(m.group(3) or 1)


def _rank_words(orders: dict[int, str], node: PersonNode, group: _Group) -> str:
    seen = sorted({(m.date or "", m.rank) for m in [*group.nodes, node] if m.rank is not None})
    parts = []
    for d, r in seen:
        w = orders.get(r, str(r))
        parts.append(f"{w} ({d})" if d else w)
    return " -> ".join(dict.fromkeys(parts))


@lru_cache(maxsize=65536)
def _name_form(name: str) -> str:
    from kg.text.clean import normalize

    return " ".join(normalize(name).casefold().split())


def _same_name(a: PersonNode, b: PersonNode) -> bool:
    """Equal names up to case and tone-mark placement; a name written without any
    diacritics ('Nguyen Van An') fits every name of its key.

    >>> n = lambda name: PersonNode("x", "a", name, name_key(name))
    >>> _same_name(n("Nguyễn Văn An"), n("NGUYỄN VĂN AN")), _same_name(n("Nguyễn Văn An"), n("Nguyen Van An"))
    (True, True)
    >>> _same_name(n("Nguyễn Văn An"), n("Nguyễn Văn Ân")), _same_name(n("Lê Hoà"), n("Lê Hòa"))
    (False, True)
    """
    fa, fb = _name_form(a.name), _name_form(b.name)
    return fa == fb or fa == a.key or fb == b.key


#: the largest rank difference two undated mentions of one person may show
MAX_UNDATED_RANK_GAP = 2


def _assess(node: PersonNode, group: _Group, orders: dict[int, str],
            org_labels: dict[str, str]) -> tuple[int, str] | None:
    """How strongly ``node`` belongs to ``group`` (same name key): None when they conflict,
    else (score, why): 3 a shared unit, 2 ranks that agree, 1 nothing against."""
    if not all(_same_name(node, m) for m in group.nodes):
        return None  # 'Nguyễn Văn Ân' is not 'Nguyễn Văn An'
    ranks, gap = _rank_check(node, group)
    if ranks == "conflict":
        return None  # a rank going down over time, or two ranks on one day
    shared = node.units & group.units
    # units whose names depend on their article ("Phòng Cảnh sát") are unknown, not different
    both_units = bool(node.specific and group.specific)
    if shared:
        names = ", ".join(sorted(org_labels.get(u, u) for u in shared))
        extra = f"; ranks {_rank_words(orders, node, group)}" if ranks != "unknown" else ""
        return 3, f"same name key; shared unit {names}{extra}"
    if ranks == "differs":
        if both_units or gap > MAX_UNDATED_RANK_GAP:
            return None  # units and ranks both differ: namesakes
        return 1, (f"same name key; ranks {_rank_words(orders, node, group)} without dates, "
                   "no unit against")
    if ranks == "agrees":
        moved = " (units differ: a transfer, or the unit under another name)" if both_units else ""
        return 2, f"same name key; compatible ranks {_rank_words(orders, node, group)}{moved}"
    if both_units:
        return 1, "same name key; no rank evidence, units differ (posts held in turn or at once)"
    return 1, "same name key; nothing conflicts (no rank or unit evidence against)"


def _resolve_persons(nodes: list[PersonNode], orders: dict[int, str],
                     org_labels: dict[str, str]) -> list[Cluster]:
    blocks: dict[str, list[PersonNode]] = defaultdict(list)
    for n in nodes:
        blocks[n.key].append(n)
    clusters: list[Cluster] = []
    for key in sorted(blocks):
        block = blocks[key]
        # informative nodes first (dated first, in date order), then bare mentions
        block.sort(key=lambda n: (not (n.units or n.rank is not None), n.date is None, n.date or "",
                                  n.article, n.iri))
        groups: list[_Group] = []
        for n in block:
            same_article = [g for g in groups
                            if any(m.article == n.article and _same_name(m, n) for m in g.nodes)]
            if same_article:
                g = same_article[0]
                g.nodes.append(n)
                g.reasons.append(f"{n.date or '?'} {n.article}: '{n.name}' joins (same name key in the same article)")
                continue
            scored = []
            for g in groups:
                s = _assess(n, g, orders, org_labels)
                if s is not None:
                    scored.append((s[0], s[1], g))
            chosen = None
            if scored:
                best = max(s for s, _, _ in scored)
                top = [x for x in scored if x[0] == best]
                top.sort(key=lambda x: (-len(n.units & x[2].units), _rank_gap(n, x[2])))
                if len(top) == 1 or best == 3:
                    chosen = top[0]  # several sharing units: the one sharing most, then the first
                elif best == 2 and _rank_gap(n, top[0][2]) < _rank_gap(n, top[1][2]):
                    chosen = top[0]  # the cluster whose rank is nearest to this one's
                # several clusters fit equally without a shared unit: do not guess
            if chosen is None:
                groups.append(_Group([n]))
            else:
                _s, why, g = chosen
                g.nodes.append(n)
                g.reasons.append(f"{n.date or '?'} {n.article}: '{n.name}' joins ({why})")
        for g in groups:
            members = sorted(m.iri for m in g.nodes)
            label = _most_common(m.name for m in g.nodes)
            clusters.append(Cluster("person", members, label, key, g.reasons))
    return clusters


# ---------------------------------------------------------------- reading the store

def _rows(store, sparql: str) -> list[tuple]:
    return store.query(sparql).rows


def compute_resolution(store) -> Resolution:
    """Read the per-article facts from ``store`` and compute the clusters (no writing)."""
    org_nodes: dict[str, OrgNode] = {}
    for _g, o, label, key, aid, parent in _rows(store, _Q_ORGS):
        n = org_nodes.get(o)
        if n is None:
            org_nodes[o] = OrgNode(o, aid, label, key, parent)
        elif parent and (not n.parent or parent < n.parent):
            n.parent = parent  # one parent per node: the first by IRI
    for o, alias in _rows(store, _Q_ALIASES):
        if o in org_nodes:
            org_nodes[o].aliases.append(alias)
    for n in org_nodes.values():
        n.aliases.sort()
        parent = org_nodes.get(n.parent or "")
        if parent is not None:
            n.parent_key, n.parent_label = parent.key, parent.label
    org_list = sorted(org_nodes.values(), key=lambda n: n.iri)
    org_clusters, org_index = _resolve_orgs(org_list)
    org_labels = {str(c.iri): c.label for c in org_clusters}

    persons: dict[str, PersonNode] = {}
    for _g, p, name, key, aid, issued, order in _rows(store, _Q_PERSONS):
        n = persons.get(p)
        if n is None:
            n = persons[p] = PersonNode(p, aid, name, key, (issued or "")[:10] or None)
        if order is not None:
            n.rank = max(n.rank or 0, int(order))
    for p, title, status, o in _rows(store, _Q_HOLDINGS):
        n = persons.get(p)
        if n is None:
            continue
        label = None
        if o and o in org_index:
            c = org_clusters[org_index[o]]
            n.units.add(str(c.iri))
            n.units.update(c.parents)
            if c.specific:
                n.specific.add(str(c.iri))
            label = c.label
        n.posts.append((title, label, status))
    for (p,) in _rows(store, _Q_DEMOTED):
        if p in persons:
            persons[p].demoted = True
    orders = {}
    for r in _rank_words_of_ontology():
        orders.setdefault(r[0], r[1])
    person_clusters = _resolve_persons(sorted(persons.values(), key=lambda n: n.iri), orders, org_labels)
    return Resolution(person_clusters, org_clusters, len(persons), len(org_nodes))


@lru_cache(maxsize=1)
def _rank_words_of_ontology() -> tuple[tuple[int, str], ...]:
    from kg.ontology import ranks

    return tuple((r.order, r.label_vi) for r in ranks())


# ---------------------------------------------------------------- lexicon labels

def lexicon_quads() -> list[tuple]:
    """rdfs:label @vi and @en for every rank, post title and unit-type word of the lexicons.

    Ranks label the concepts of ``kg:RankScheme``; post titles label the ``org:Role`` nodes
    that :mod:`kg.rdf` mints (``kgid:role/<key>``), in ``kg:PostTitleScheme``; unit-type
    words are concepts ``kgid:unit-type/<key>`` of ``kg:UnitTypeScheme``.
    """
    from urllib.parse import quote

    from kg.lexicons import load
    from kg.rdf import rank_iri

    g = LEXICON_GRAPH
    out: list[tuple] = []

    def labels(node: URIRef, vi: str, en: str) -> None:
        out.append((node, RDFS.label, Literal(vi, lang="vi"), g))
        if en:
            out.append((node, RDFS.label, Literal(en, lang="en"), g))

    for row in load("ranks"):
        node = rank_iri(row["rank"]) if row.get("rank") else None
        if node is not None:
            labels(node, row["rank"], row.get("english", ""))
    for row in load("posts"):
        title = row.get("title")
        if not title:
            continue
        node = DATA["role/" + quote(name_key(title).replace(" ", "-") or "_", safe="-")]
        out += [(node, RDF.type, ORG.Role, g), (node, RDF.type, SKOS.Concept, g),
                (node, SKOS.inScheme, KG.PostTitleScheme, g),
                (node, SKOS.prefLabel, Literal(title, lang="vi"), g)]
        labels(node, title, row.get("english", ""))
    for row in load("units"):
        word = row.get("word")
        if not word:
            continue
        node = DATA["unit-type/" + quote(name_key(word).replace(" ", "-") or "_", safe="-")]
        out += [(node, RDF.type, SKOS.Concept, g), (node, SKOS.inScheme, KG.UnitTypeScheme, g),
                (node, SKOS.prefLabel, Literal(word, lang="vi"), g)]
        labels(node, word, row.get("english", ""))
    seen: set = set()
    return [q for q in out if not (q in seen or seen.add(q))]


# ---------------------------------------------------------------- writing

def _nt(term) -> str:
    from kg.store.embedded import to_ox

    return str(to_ox(term))


def _replace_graph(store, graph: URIRef, quads: list[tuple]) -> None:
    """Replace one named graph of ``store`` in one update."""
    replace = getattr(store, "replace_graph", None)
    if callable(replace):
        replace(graph, quads)
        return
    update = getattr(store, "_update", None)
    if not callable(update):
        raise NotImplementedError(f"store {store.location} cannot write graph {graph}")
    body = " .\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)}" for s, p, o, _g in quads)
    gn = _nt(graph)
    text = f"DROP SILENT GRAPH {gn}"
    if body:
        text += f" ;\nINSERT DATA {{ GRAPH {gn} {{ {body} }} }}"
    update(text)


def _lexicon_digest(quads: list[tuple]) -> str:
    h = hashlib.sha256()
    for s, p, o, _g in quads:
        h.update(f"{_nt(s)} {_nt(p)} {_nt(o)}\n".encode())
    return h.hexdigest()


def _ensure_lexicon_graph(store) -> None:
    quads = lexicon_quads()
    digest = _lexicon_digest(quads)
    if store.query(_record_ask(LEXICON_GRAPH, digest)).boolean:
        return
    _replace_graph(store, LEXICON_GRAPH, quads)
    _record(store, LEXICON_GRAPH, digest)


#: recorded in the ingest graph with the resolution; a new version recomputes it
RESOLVER_VERSION = "resolver-2"


def _record_ask(graph: URIRef, value: str) -> str:
    return (f"ASK {{ GRAPH {_nt(INGEST_GRAPH)} {{ {_nt(graph)} {_nt(KG.contentHash)} "
            f"{_nt(Literal(value))} }} }}")


def _record(store, graph: URIRef, value: str) -> None:
    update = getattr(store, "_update", None)
    if callable(update):
        gn, i = _nt(graph), _nt(INGEST_GRAPH)
        update(f"DELETE WHERE {{ GRAPH {i} {{ {gn} ?p ?v }} }} ;\n"
               f"INSERT DATA {{ GRAPH {i} {{ {gn} {_nt(KG.contentHash)} {_nt(Literal(value))} }} }}")


def resolve_needed(store) -> bool:
    """Whether the resolution or lexicon graph is missing or was made by another version."""
    if not store.query(_record_ask(RESOLUTION_GRAPH, RESOLVER_VERSION)).boolean:
        return True
    return not store.query(_record_ask(LEXICON_GRAPH, _lexicon_digest(lexicon_quads()))).boolean


def resolve_store(store, touched=None):
    """Bring the resolution graph of ``store`` (and the lexicon labels graph) up to date,
    chunk by chunk in bounded memory: only what the name keys of ``touched`` (a
    :class:`kg.resolve_chunks.Touched`) reach, or everything when it is None. Returns a
    :class:`kg.resolve_chunks.ResolveSummary`. See :mod:`kg.resolve_chunks`."""
    from kg.resolve_chunks import resolve_store as run

    return run(store, touched)


# ---------------------------------------------------------------- explaining

_Q_FIND = _PREFIXES + f"""
SELECT DISTINCT ?canon ?key WHERE {{
  {{ GRAPH <{RESOLUTION_GRAPH}> {{ ?canon kg:nameKey ?key }} }}
  UNION
  {{ GRAPH ?g {{ ?m kg:nameKey ?key }} GRAPH <{RESOLUTION_GRAPH}> {{ ?m owl:sameAs ?canon }} }}
}}"""

_Q_MEMBERS = _PREFIXES + f"""
SELECT ?canon ?cname ?kind ?member ?mname ?aid ?issued WHERE {{
  VALUES ?canon {{ %s }}
  GRAPH <{RESOLUTION_GRAPH}> {{
    ?canon a ?kind .
    ?member owl:sameAs ?canon .
    OPTIONAL {{ ?canon foaf:name ?pn }}
    OPTIONAL {{ ?canon skos:prefLabel ?on }}
  }}
  BIND(COALESCE(?pn, ?on) AS ?cname)
  GRAPH ?g {{
    ?member kg:nameKey ?mkey .
    ?art a kg:Article ; kg:articleId ?aid .
    OPTIONAL {{ ?member foaf:name ?mpn }}
    OPTIONAL {{ ?member skos:prefLabel ?mon }}
    OPTIONAL {{ ?art dcterms:issued ?issued }}
  }}
  BIND(COALESCE(?mpn, ?mon) AS ?mname)
}}"""

_Q_REASONS = _PREFIXES + f"""
SELECT ?canon ?reason WHERE {{
  VALUES ?canon {{ %s }}
  GRAPH <{RESOLUTION_GRAPH}> {{ ?canon kg:mergeReason ?reason }}
}}"""

_Q_FACTS = _PREFIXES + f"""
SELECT ?member ?rank ?title ?org ?status WHERE {{
  VALUES ?canon {{ %s }}
  GRAPH <{RESOLUTION_GRAPH}> {{ ?member owl:sameAs ?canon }}
  GRAPH ?g {{
    ?member a foaf:Person .
    OPTIONAL {{ ?h org:member ?member ; kg:title ?title ; kg:status ?status .
               OPTIONAL {{ ?h org:organization/skos:prefLabel ?org }} }}
  }}
  OPTIONAL {{
    GRAPH ?g {{ ?member kg:hasRank ?rc }}
    GRAPH <{ONTOLOGY_GRAPH}> {{ ?rc skos:prefLabel ?rank . FILTER(LANG(?rank) = "vi") }}
  }}
}}"""


def explain(store, name: str) -> list[dict]:
    """The canonical entities for ``name`` (case and diacritics do not matter): those whose
    name key it is or one of whose per-article nodes has that name key. Each is a dict:
    iri, name, kind ('person' | 'organization'), members (iri, name, article, date, facts:
    the ranks and posts the article states) and reasons (the evidence of each merge)."""
    found = [c for c, _k in store.query(_Q_FIND, {"key": Literal(name_key(name))}).rows]
    if not found:
        return []
    values = " ".join(_nt(URIRef(c)) for c in sorted(found))  # our own IRIs, never user text
    out: dict[str, dict] = {}
    for canon, cname, kind, member, mname, aid, issued in store.query(_Q_MEMBERS % values).rows:
        e = out.setdefault(canon, {
            "iri": canon, "name": cname,
            "kind": "person" if kind == str(KG.CanonicalPerson) else "organization",
            "members": {}, "reasons": []})
        e["members"].setdefault(member, {"iri": member, "name": mname, "article": aid,
                                         "date": (issued or "")[:10] or None, "facts": []})
    for canon, reason in store.query(_Q_REASONS % values).rows:
        if canon in out:
            out[canon]["reasons"].append(reason)
    for member, rank, title, org, status in store.query(_Q_FACTS % values).rows:
        for e in out.values():
            m = e["members"].get(member)
            if m is None:
                continue
            post = None
            if title:
                post = ("nguyên " if status == "former" else "") + title + (f" {org}" if org else "")
            for fact in (f"rank {rank}" if rank else None, post):
                if fact and fact not in m["facts"]:
                    m["facts"].append(fact)
    result = []
    for e in sorted(out.values(), key=lambda e: (e["kind"] != "person", -len(e["members"]), e["iri"])):
        e["reasons"].sort()
        e["members"] = sorted(e["members"].values(), key=lambda m: (m["date"] or "9999", m["article"]))
        result.append(e)
    return result


def format_explain(entities: list[dict]) -> str:
    """The text ``kg explain`` prints."""
    lines = []
    for e in entities:
        arts = sorted({m["article"] for m in e["members"]})
        lines.append(f"{e['kind']} {e['name']}  <{e['iri']}>  "
                     f"{len(e['members'])} nodes in {len(arts)} articles")
        for m in e["members"]:
            facts = "; ".join(m["facts"])
            lines.append(f"  - {m['date'] or '----------'}  {m['article']}: {m['name']}"
                         + (f"  [{facts}]" if facts else "") + f"  <{m['iri']}>")
        if e["reasons"]:
            lines.append("  evidence:")
            lines += [f"    {r}" for r in e["reasons"]]
        lines.append("")
    return "\n".join(lines).rstrip()

