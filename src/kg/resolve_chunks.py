"""The resolution graph written in bounded chunks, and only where new articles touch it.

:mod:`kg.resolve` decides which per-article nodes are one entity; this module feeds it from
the store a few hundred name keys at a time and writes the result, so the writer's memory
depends on the chunk, not on the corpus (the whole-store computation held every person and
unit of the corpus: 276 MB more at 2,000 synthetic articles, growing with N).

Why chunks give the same graph as resolving everything at once:

- a person cluster only ever holds nodes of one name key, so person keys are resolved a
  chunk of keys at a time; what they need of the units (canonical unit, its parents and
  label) is read back from the organisation part of the resolution graph, written first;
- a unit cluster only ever holds nodes of one *bucket* (:meth:`kg.resolve.OrgContext.bucket`:
  the name key with abbreviations written out, joined through aliases), and the buckets come
  from a context that is small whatever the corpus size (the distinct name keys and aliases);
- the parents of canonical units are added in a second pass, once every unit has its
  canonical node.

Incremental: :func:`resolve_store` given the name keys the changed articles carry (their new
and their old version: :func:`article_keys`) deletes and rewrites only the canonical units of
those keys' buckets, then the canonical persons of those keys and of every person who holds a
post in one of those units or their sub-units (their units may have a new canonical node or
label). When the context itself changes (a new abbreviation, an alias that now joins two
names) or the graph is missing or was made by another version, everything is recomputed,
still chunk by chunk. The graph's record in the ingest graph is removed while it is being
rewritten, so an interrupted run leaves a store whose next ingest recomputes it fully.

For each post holding, the resolution graph also keeps its canonical person and unit, role,
status and dates (``kg:resolvedPerson``, ``kg:resolvedUnit``, ``kg:heldSince``,
``kg:heldUntil``), so "who held post P in unit U on date D" is a lookup
(``post-holder-at``), not a comparison of every holding with every other.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.ontology import (
    ARTICLE_GRAPH_BASE,
    DATA,
    GRAPH_BASE,
    INGEST_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    ORG,
    RESOLUTION_GRAPH,
)
from kg.resolve import (
    RESOLVER_VERSION,
    OrgContext,
    OrgNode,
    PersonNode,
    Resolution,
    _ensure_lexicon_graph,
    _nt,
    _rank_words_of_ontology,
    _record,
    _record_ask,
    _resolve_persons,
    is_generic_org,
    is_truncated_org,
    org_clusters,
    resolve_needed,
)

__all__ = ["ResolveSummary", "Touched", "article_keys", "resolve_store", "touched_by"]

#: the subject of the record of the organisation context (abbreviations, alias joins)
CONTEXT_RECORD = URIRef(GRAPH_BASE + "resolution#units")
#: name keys resolved per query; memory and query size grow with it, the number of queries shrinks
CHUNK_KEYS = 400

_PERSON_IRI = str(DATA) + "person/"
_ORG_IRI = str(DATA) + "org/"
_RES = f"<{RESOLUTION_GRAPH}>"


@dataclass
class Touched:
    """Name keys of persons and units that articles added, changed or removed carry."""

    persons: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)

    def update(self, other: Touched) -> None:
        self.persons |= other.persons
        self.orgs |= other.orgs

    def __bool__(self) -> bool:
        return bool(self.persons or self.orgs)


@dataclass
class ResolveSummary:
    """What one run did: ``full`` recompute or not, and the counts it wrote."""

    full: bool
    persons: int = 0  # canonical persons written
    orgs: int = 0  # canonical units written
    person_nodes: int = 0
    org_nodes: int = 0
    holdings: int = 0  # holdings indexed


def touched_by(quads: Iterable[tuple]) -> Touched:
    """The person and unit name keys among an article's quads."""
    t = Touched()
    for q in quads:
        if q[1] == KG.nameKey:
            s = str(q[0])
            if s.startswith(_PERSON_IRI):
                t.persons.add(str(q[2]))
            elif s.startswith(_ORG_IRI):
                t.orgs.add(str(q[2]))
    return t


def article_keys(store, article_id: str) -> Touched:
    """The person and unit name keys the stored version of an article carries (read before
    it is replaced or removed: its old nodes leave their clusters)."""
    from kg.rdf import article_graph_iri

    r = store.query(f"SELECT ?s ?key WHERE {{ GRAPH <{article_graph_iri(article_id)}> "
                    f"{{ ?s <{KG.nameKey}> ?key }} }}")
    return touched_by((URIRef(s), KG.nameKey, k) for s, k in r.rows)


# ---------------------------------------------------------------- queries

_PREFIXES = """PREFIX kg: <https://w3id.org/vnkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_IN_ARTICLES = f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPH_BASE}"))'

# Every chunk query starts from the name keys of VALUES. Oxigraph's optimiser does not take a
# constant type as a cue to start elsewhere when the type is matched through a variable and a
# filter; with `?p a foaf:Person` it scans every person first (66 s against 0.2 s per chunk).

_Q_ORG_KEYS = _PREFIXES + f"""
SELECT DISTINCT ?key WHERE {{ GRAPH ?g {{ ?o a org:Organization ; kg:nameKey ?key }} {_IN_ARTICLES} }}"""

_Q_PERSON_KEYS = _PREFIXES + f"""
SELECT DISTINCT ?key WHERE {{ GRAPH ?g {{ ?p a foaf:Person ; kg:nameKey ?key }} {_IN_ARTICLES} }}"""

_Q_ALIASES = _PREFIXES + f"""
SELECT ?key ?alias (MIN(CONCAT(STR(?o), " ", ?aid)) AS ?first) WHERE {{
  GRAPH ?g {{
    ?o a org:Organization ; skos:prefLabel ?label ; kg:nameKey ?key ; skos:altLabel ?alias .
    ?art a kg:Article ; kg:articleId ?aid .
  }}
  {_IN_ARTICLES}
}} GROUP BY ?key ?alias"""

_Q_ORGS = _PREFIXES + f"""
SELECT ?o ?label ?key ?aid ?parent ?pkey ?plabel WHERE {{
  VALUES ?key {{ %s }}
  GRAPH ?g {{
    ?o kg:nameKey ?key ; a ?t ; skos:prefLabel ?label .
    ?art kg:articleId ?aid ; a ?at .
    OPTIONAL {{
      ?o org:subOrganizationOf ?parent .
      OPTIONAL {{ ?parent kg:nameKey ?pkey ; a ?pt ; skos:prefLabel ?plabel FILTER(sameTerm(?pt, org:Organization)) }}
    }}
  }}
  FILTER(sameTerm(?t, org:Organization) && sameTerm(?at, kg:Article))
  {_IN_ARTICLES}
}}"""

_Q_ORG_ALIASES = _PREFIXES + f"""
SELECT ?o ?alias WHERE {{
  VALUES ?key {{ %s }}
  GRAPH ?g {{ ?o kg:nameKey ?key ; a ?t ; skos:altLabel ?alias }}
  FILTER(sameTerm(?t, org:Organization))
  {_IN_ARTICLES}
}}"""

# child unit node -> its parent node's canonical unit, for children of these keys or whose
# parent has one of these keys
_Q_PARENT_EDGES = _PREFIXES + f"""
SELECT ?o ?c ?parent ?pc WHERE {{
  VALUES ?key {{ %s }}
  {{ GRAPH ?g {{ ?o kg:nameKey ?key ; a ?t }} }}
  UNION
  {{ GRAPH ?g {{ ?p0 kg:nameKey ?key ; a ?t . ?o org:subOrganizationOf ?p0 }} }}
  FILTER(sameTerm(?t, org:Organization))
  {_IN_ARTICLES}
  GRAPH ?g {{ ?o org:subOrganizationOf ?parent }}
  GRAPH {_RES} {{ ?o owl:sameAs ?c }}
  OPTIONAL {{ GRAPH {_RES} {{ ?parent owl:sameAs ?pc }} }}
}}"""

_Q_PERSONS = _PREFIXES + f"""
SELECT ?p ?name ?key ?aid ?issued ?rc WHERE {{
  VALUES ?key {{ %s }}
  GRAPH ?g {{
    ?p kg:nameKey ?key ; a ?t ; foaf:name ?name .
    ?art kg:articleId ?aid ; a ?at .
    OPTIONAL {{ ?art dcterms:issued ?issued }}
    OPTIONAL {{ ?p kg:hasRank ?rc }}
  }}
  FILTER(sameTerm(?t, foaf:Person) && sameTerm(?at, kg:Article))
  {_IN_ARTICLES}
}}"""

_Q_HOLDINGS = _PREFIXES + f"""
SELECT ?p ?h ?title ?status ?o ?okey ?olabel ?role ?as_of ?start ?end ?issued WHERE {{
  VALUES ?key {{ %s }}
  GRAPH ?g {{
    ?p kg:nameKey ?key ; a ?t .
    ?h org:member ?p ; a ?ht ; kg:title ?title ; kg:status ?status .
    ?art kg:articleId ?aid ; a ?at .
    OPTIONAL {{ ?art dcterms:issued ?issued }}
    OPTIONAL {{ ?h org:organization ?o . OPTIONAL {{ ?o kg:nameKey ?okey ; skos:prefLabel ?olabel }} }}
    OPTIONAL {{ ?h org:role ?role }}
    OPTIONAL {{ ?h kg:asOf ?as_of }}
    OPTIONAL {{ ?h kg:startDate ?start }}
    OPTIONAL {{ ?h kg:endDate ?end }}
  }}
  FILTER(sameTerm(?t, foaf:Person) && sameTerm(?ht, kg:Holding) && sameTerm(?at, kg:Article))
  {_IN_ARTICLES}
}}"""

# the canonical unit of each unit node a chunk's persons hold posts in, its label, and its
# parents with their labels
_Q_UNITS = _PREFIXES + f"""
SELECT DISTINCT ?o ?c ?clabel ?pc ?pclabel WHERE {{
  VALUES ?key {{ %s }}
  GRAPH ?g {{ ?p kg:nameKey ?key ; a ?t . ?h org:member ?p ; org:organization ?o }}
  FILTER(sameTerm(?t, foaf:Person))
  {_IN_ARTICLES}
  GRAPH {_RES} {{
    ?o owl:sameAs ?c . ?c skos:prefLabel ?clabel .
    OPTIONAL {{ ?c org:subOrganizationOf ?pc . ?pc skos:prefLabel ?pclabel }}
  }}
}}"""

_Q_DEMOTED = _PREFIXES + f"""
SELECT DISTINCT ?p WHERE {{
  VALUES ?key {{ %s }}
  GRAPH ?g {{
    ?p kg:nameKey ?key ; a ?t .
    {{ ?p kg:evidence/kg:sentence ?s }} UNION {{ ?h org:member ?p ; kg:evidence/kg:sentence ?s }}
    FILTER(CONTAINS(LCASE(?s), "giáng cấp") || CONTAINS(LCASE(?s), "giáng chức")
           || CONTAINS(LCASE(?s), "giáng quân hàm"))
  }}
  FILTER(sameTerm(?t, foaf:Person))
  {_IN_ARTICLES}
}}"""

# persons holding posts in units of these keys or in their sub-units: their units may have
# another canonical node, label or parent after the units are resolved again
_Q_HOLDER_KEYS = _PREFIXES + f"""
SELECT DISTINCT ?pkey WHERE {{
  VALUES ?key {{ %s }}
  {{ GRAPH ?g {{ ?o kg:nameKey ?key ; a ?t . ?h org:organization ?o ; org:member ?p . ?p kg:nameKey ?pkey }} }}
  UNION
  {{ GRAPH ?g {{ ?o kg:nameKey ?key ; a ?t . ?child org:subOrganizationOf ?o .
                ?h org:organization ?child ; org:member ?p . ?p kg:nameKey ?pkey }} }}
  FILTER(sameTerm(?t, org:Organization))
  {_IN_ARTICLES}
}}"""

_Q_RANK_ORDERS = _PREFIXES + f"SELECT ?rc ?order WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?rc kg:rankOrder ?order }} }}"


def _drop_canonicals(kind: str, keys: list[str]) -> str:
    """SPARQL Update that deletes the canonical nodes of ``kind`` with these name keys, the
    links of per-article nodes to them and, for persons, their holdings' index entries."""
    vals = _values(keys)
    canon = (f"VALUES ?key {{ {vals} }} GRAPH {_RES} {{ ?c kg:nameKey ?key ; a ?t }} "
             f"FILTER(sameTerm(?t, kg:{kind}))")
    ops = [f"DELETE {{ GRAPH {_RES} {{ ?x owl:sameAs ?c }} }} WHERE {{ {canon} GRAPH {_RES} {{ ?x owl:sameAs ?c }} }}"]
    if kind == "CanonicalOrganization":
        ops.append(f"DELETE {{ GRAPH {_RES} {{ ?x org:subOrganizationOf ?c }} }} "
                   f"WHERE {{ {canon} GRAPH {_RES} {{ ?x org:subOrganizationOf ?c }} }}")
    else:
        ops.append(f"DELETE {{ GRAPH {_RES} {{ ?h ?hp ?hv }} }} "
                   f"WHERE {{ {canon} GRAPH {_RES} {{ ?h kg:resolvedPerson ?c . ?h ?hp ?hv }} }}")
    ops.append(f"DELETE {{ GRAPH {_RES} {{ ?c ?p ?v }} }} WHERE {{ {canon} GRAPH {_RES} {{ ?c ?p ?v }} }}")
    return _PREFIXES + " ;\n".join(ops)


# ---------------------------------------------------------------- helpers

def _values(keys: Iterable[str]) -> str:
    # json.dumps escapes quotes, backslashes and control characters as SPARQL strings want
    return " ".join(json.dumps(k, ensure_ascii=False) for k in keys)


def _rows(store, template: str, keys: list[str]) -> list[tuple]:
    return store.query(template % _values(keys)).rows


def _chunks(items: list[str], size: int = CHUNK_KEYS) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _insert(store, quads: list[tuple]) -> None:
    """Add quads to the resolution graph, a bounded number per update."""
    step = 20_000
    for i in range(0, len(quads), step):
        body = " .\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)}" for s, p, o, _g in quads[i:i + step])
        store._update(f"INSERT DATA {{ GRAPH {_RES} {{ {body} }} }}")


def _recorded(store, subject: URIRef, value: str) -> bool:
    return bool(store.query(_record_ask(subject, value)).boolean)


def _unrecord(store, subject: URIRef) -> None:
    store._update(f"DELETE WHERE {{ GRAPH {_nt(INGEST_GRAPH)} {{ {_nt(subject)} ?p ?v }} }}")


def org_context_of(store):
    """The organisation context of the whole store (:class:`kg.resolve.OrgContext`), read as
    distinct name keys and (name key, alias) pairs: small whatever the corpus size."""
    keys = [k for (k,) in store.query(_Q_ORG_KEYS).rows]
    aliases = []
    for key, alias, first in store.query(_Q_ALIASES).rows:
        iri, _, aid = first.partition(" ")
        aliases.append((key, alias, iri, aid))
    return OrgContext(keys, aliases), keys


# ---------------------------------------------------------------- units

def _org_nodes(store, keys: list[str]) -> list:
    nodes: dict[str, OrgNode] = {}
    parents: dict[str, tuple] = {}
    for o, label, key, aid, parent, pkey, plabel in _rows(store, _Q_ORGS, keys):
        n = nodes.get(o)
        if n is None:
            n = nodes[o] = OrgNode(o, aid, label, key)
        if parent and (o not in parents or parent < parents[o][0]):
            parents[o] = (parent, pkey, plabel)  # one parent per node: the first by IRI
    for o, (parent, pkey, plabel) in parents.items():
        n = nodes[o]
        n.parent, n.parent_key, n.parent_label = parent, pkey, plabel
    for o, alias in _rows(store, _Q_ORG_ALIASES, keys):
        if o in nodes:
            nodes[o].aliases.append(alias)
    for n in nodes.values():
        n.aliases.sort()
    return sorted(nodes.values(), key=lambda n: n.iri)


def _org_chunks(buckets: dict[str, list[str]]) -> Iterator[list[str]]:
    """Name keys in chunks of whole buckets."""
    chunk: list[str] = []
    for b in sorted(buckets):
        chunk += buckets[b]
        if len(chunk) >= CHUNK_KEYS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _resolve_units(store, chunks: list[list[str]], full: bool, ctx, summary: ResolveSummary) -> None:
    for keys in chunks:
        if not full:
            store._update(_drop_canonicals("CanonicalOrganization", keys))
        nodes = _org_nodes(store, keys)
        clusters = org_clusters(nodes, ctx)
        summary.org_nodes += len(nodes)
        summary.orgs += len(clusters)
        _insert(store, Resolution([], clusters, 0, 0).quads())
    # parents, once every unit of these buckets has its canonical node
    for keys in chunks:
        parent_of: dict[str, tuple[str, str | None, str | None]] = {}
        for o, c, parent, pc in _rows(store, _Q_PARENT_EDGES, keys):
            if o not in parent_of or parent < parent_of[o][0]:
                parent_of[o] = (parent, c, pc)
        edges = {(c, pc) for _p, c, pc in parent_of.values() if pc and pc != c}
        _insert(store, [(URIRef(c), ORG.subOrganizationOf, URIRef(pc), RESOLUTION_GRAPH)
                        for c, pc in sorted(edges)])


# ---------------------------------------------------------------- persons

def _resolve_people(store, keys: list[str], full: bool, orders: dict[str, int], rank_words: dict[int, str],
                    summary: ResolveSummary) -> None:
    if not full:
        store._update(_drop_canonicals("CanonicalPerson", keys))
    persons: dict[str, PersonNode] = {}
    for p, name, key, aid, issued, rc in _rows(store, _Q_PERSONS, keys):
        n = persons.get(p)
        if n is None:
            n = persons[p] = PersonNode(p, aid, name, key, (issued or "")[:10] or None)
        if rc is not None and rc in orders:
            n.rank = max(n.rank or 0, orders[rc])
    units: dict[str, tuple[str, str, set[str]]] = {}  # unit node -> (canonical, label, parents)
    org_labels: dict[str, str] = {}
    for o, c, clabel, pc, pclabel in _rows(store, _Q_UNITS, keys):
        u = units.setdefault(o, (c, clabel, set()))
        org_labels[c] = clabel
        if pc:
            u[2].add(pc)
            org_labels[pc] = pclabel
    holdings: dict[str, dict] = {}
    seen_posts: set[tuple] = set()
    for p, h, title, status, o, okey, olabel, role, as_of, start, end, issued in _rows(store, _Q_HOLDINGS, keys):
        n = persons.get(p)
        if n is None:
            continue
        if (p, h, title, status, o) not in seen_posts:
            seen_posts.add((p, h, title, status, o))
            if o and o in units:
                c, _label, parents = units[o]
                n.units.add(c)
                n.units.update(parents)
                if not (is_generic_org(okey or "") or is_truncated_org(olabel or "")):
                    n.specific.add(c)
        if o and o in units and role:
            e = holdings.setdefault(h, {"p": p, "unit": units[o][0], "role": role, "status": status,
                                        "since": set(), "until": set()})
            since = start or as_of or ((issued or "")[:10] or None)
            if since:
                e["since"].add(since)
            until = end or ((as_of or (issued or "")[:10] or None) if status == "former" else None)
            if until:
                e["until"].add(until)
    for (p,) in _rows(store, _Q_DEMOTED, keys):
        if p in persons:
            persons[p].demoted = True
    clusters = _resolve_persons(sorted(persons.values(), key=lambda n: n.iri), rank_words, org_labels)
    quads = Resolution(clusters, [], 0, 0).quads()
    canon = {m: c.iri for c in clusters for m in c.members}
    g = RESOLUTION_GRAPH
    for h, e in sorted(holdings.items()):
        node = URIRef(h)
        quads += [(node, KG.resolvedPerson, canon[e["p"]], g), (node, KG.resolvedUnit, URIRef(e["unit"]), g),
                  (node, ORG.role, URIRef(e["role"]), g), (node, KG.status, Literal(e["status"]), g)]
        quads += [(node, KG.heldSince, Literal(d), g) for d in sorted(e["since"])]
        quads += [(node, KG.heldUntil, Literal(d), g) for d in sorted(e["until"])]
    _insert(store, quads)
    summary.persons += len(clusters)
    summary.person_nodes += len(persons)
    summary.holdings += len(holdings)


# ---------------------------------------------------------------- the run

def resolve_store(store, touched: Touched | None = None) -> ResolveSummary:
    """Bring the resolution graph of ``store`` up to date: for the name keys in ``touched``
    only (and what depends on them), or everything when ``touched`` is None, when the graph
    is missing or made by another version, or when the units' context changed."""
    ctx, org_keys = org_context_of(store)
    digest = ctx.digest()
    full = (touched is None or resolve_needed(store) or not _recorded(store, CONTEXT_RECORD, digest))
    summary = ResolveSummary(full)
    if not full and not touched:
        return summary
    # while the graph is being rewritten it has no record: if this run is interrupted, the
    # next ingest sees resolve_needed() and recomputes the whole graph
    _unrecord(store, RESOLUTION_GRAPH)
    _unrecord(store, CONTEXT_RECORD)
    buckets: dict[str, list[str]] = defaultdict(list)
    if full:
        store._update(f"DROP SILENT GRAPH {_nt(RESOLUTION_GRAPH)}")
        for k in org_keys:
            buckets[ctx.bucket(k)].append(k)
        person_keys = sorted(k for (k,) in store.query(_Q_PERSON_KEYS).rows)
    else:
        wanted = {ctx.bucket(k) for k in touched.orgs}
        for k in set(org_keys) | touched.orgs:
            b = ctx.bucket(k)
            if b in wanted:
                buckets[b].append(k)
        person_keys_set = set(touched.persons)
        for keys in _org_chunks(buckets):
            person_keys_set.update(k for (k,) in _rows(store, _Q_HOLDER_KEYS, keys))
        person_keys = sorted(person_keys_set)
    for b in buckets.values():
        b.sort()
    _resolve_units(store, list(_org_chunks(buckets)), full, ctx, summary)
    orders = {rc: int(o) for rc, o in store.query(_Q_RANK_ORDERS).rows}
    rank_words: dict[int, str] = {}
    for order, word in _rank_words_of_ontology():
        rank_words.setdefault(order, word)
    for keys in _chunks(person_keys):
        _resolve_people(store, keys, full, orders, rank_words, summary)
    _record(store, CONTEXT_RECORD, digest)
    _record(store, RESOLUTION_GRAPH, RESOLVER_VERSION)
    _ensure_lexicon_graph(store)
    return summary
