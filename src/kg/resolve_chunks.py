"""The resolution graph written in bounded chunks, and only where new articles touch it.

:mod:`kg.resolve` decides which per-article nodes are one entity; this module feeds it from
the store a chunk of name keys at a time (``CHUNK_KEYS``) and writes the result, so the writer's memory
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
    DCTERMS,
    FOAF,
    GRAPH_BASE,
    INGEST_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    ORG,
    RDF,
    RESOLUTION_GRAPH,
    SKOS,
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
CHUNK_KEYS = 1000

_PERSON_IRI = str(DATA) + "person/"
_ORG_IRI = str(DATA) + "org/"
_RES = f"<{RESOLUTION_GRAPH}>"
# property IRIs as the query rows give them
_TYPE, _ID, _ISSUED = str(RDF.type), str(KG.articleId), str(DCTERMS.issued)
_LABEL, _KEY, _ALIAS, _PARENT = str(SKOS.prefLabel), str(KG.nameKey), str(SKOS.altLabel), str(ORG.subOrganizationOf)
_NAME, _RANK = str(FOAF.name), str(KG.hasRank)
_TITLE, _STATUS, _ORG, _ROLE = str(KG.title), str(KG.status), str(ORG.organization), str(ORG.role)
_ASOF, _START, _END = str(KG.asOf), str(KG.startDate), str(KG.endDate)


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
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
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

# the listed properties of the unit nodes of these keys (types and labels of their parents),
# and the article of their graphs
_Q_ORG_PROPS = _PREFIXES + """
SELECT ?g ?o ?pred ?v WHERE {
  VALUES ?key { %s }
  GRAPH ?g { ?o kg:nameKey ?key ; a ?t . ?o ?pred ?v }
  FILTER(sameTerm(?t, org:Organization)
         && ?pred IN (skos:prefLabel, kg:nameKey, skos:altLabel, org:subOrganizationOf))
}"""

_Q_ORG_PARENTS = _PREFIXES + """
SELECT ?parent ?pred ?v WHERE {
  VALUES ?key { %s }
  GRAPH ?g { ?o kg:nameKey ?key ; a ?t ; org:subOrganizationOf ?parent . ?parent ?pred ?v }
  FILTER(sameTerm(?t, org:Organization) && ?pred IN (rdf:type, skos:prefLabel, kg:nameKey))
}"""

_Q_ORG_ARTICLES = _PREFIXES + """
SELECT DISTINCT ?g ?art ?pred ?v WHERE {
  VALUES ?key { %s }
  GRAPH ?g { ?o kg:nameKey ?key ; a ?t . ?art kg:articleId ?aid . ?art ?pred ?v }
  FILTER(sameTerm(?t, org:Organization) && ?pred IN (rdf:type, kg:articleId, dcterms:issued))
}"""

_Q_PARENT_EDGES = _PREFIXES + f"""
SELECT ?o ?c ?parent ?pc WHERE {{
  VALUES ?key {{ %s }}
  {{ GRAPH ?g {{ ?o kg:nameKey ?key ; a ?t }} }}
  UNION
  {{ GRAPH ?g {{ ?p0 kg:nameKey ?key ; a ?t . ?o org:subOrganizationOf ?p0 }} }}
  FILTER(sameTerm(?t, org:Organization))
  GRAPH ?g {{ ?o org:subOrganizationOf ?parent }}
  GRAPH {_RES} {{ ?o owl:sameAs ?c }}
  OPTIONAL {{ GRAPH {_RES} {{ ?parent owl:sameAs ?pc }} }}
}}"""

_Q_PERSON_PROPS = _PREFIXES + """
SELECT ?g ?p ?pred ?v WHERE {
  VALUES ?key { %s }
  GRAPH ?g { ?p kg:nameKey ?key ; a ?t . ?p ?pred ?v }
  FILTER(sameTerm(?t, foaf:Person) && ?pred IN (foaf:name, kg:nameKey, kg:hasRank))
}"""

_Q_PERSON_ARTICLES = _Q_ORG_ARTICLES.replace("org:Organization", "foaf:Person")

_Q_HOLDING_PROPS = _PREFIXES + """
SELECT ?p ?h ?pred ?v WHERE {
  VALUES ?key { %s }
  GRAPH ?g { ?p kg:nameKey ?key ; a ?t . ?h org:member ?p . ?h ?pred ?v }
  FILTER(sameTerm(?t, foaf:Person) && ?pred IN (rdf:type, kg:title, kg:status, org:organization, org:role,
                                                  kg:asOf, kg:startDate, kg:endDate))
}"""

# the unit nodes these persons hold posts in: their name key and label, their canonical unit
_Q_UNIT_PROPS = _PREFIXES + """
SELECT DISTINCT ?o ?pred ?v WHERE {
  VALUES ?key { %s }
  GRAPH ?g { ?p kg:nameKey ?key ; a ?t . ?h org:member ?p ; org:organization ?o . ?o ?pred ?v }
  FILTER(sameTerm(?t, foaf:Person) && ?pred IN (kg:nameKey, skos:prefLabel))
}"""

_Q_UNIT_CANONICALS = _PREFIXES + f"""
SELECT DISTINCT ?o ?c WHERE {{
  VALUES ?key {{ %s }}
  GRAPH ?g {{ ?p kg:nameKey ?key ; a ?t . ?h org:member ?p ; org:organization ?o }}
  FILTER(sameTerm(?t, foaf:Person))
  GRAPH {_RES} {{ ?o owl:sameAs ?c }}
}}"""

# labels and parents of canonical units (VALUES of IRIs)
_Q_CANONICAL_UNITS = _PREFIXES + f"""
SELECT ?c ?pred ?v WHERE {{
  VALUES ?c {{ %s }}
  GRAPH {_RES} {{ ?c ?pred ?v }}
  FILTER(?pred IN (skos:prefLabel, org:subOrganizationOf))
}}"""

# evidence of a demotion, on the person or on one of its holdings
_Q_DEMOTED = _PREFIXES + """
SELECT DISTINCT ?p WHERE {
  VALUES ?key { %s }
  { GRAPH ?g { ?p kg:nameKey ?key ; a ?t ; kg:evidence ?e . ?e kg:sentence ?s } }
  UNION
  { GRAPH ?g { ?p kg:nameKey ?key ; a ?t . ?h org:member ?p ; kg:evidence ?e . ?e kg:sentence ?s } }
  FILTER(sameTerm(?t, foaf:Person) && (CONTAINS(LCASE(?s), "giáng cấp") || CONTAINS(LCASE(?s), "giáng chức")
         || CONTAINS(LCASE(?s), "giáng quân hàm")))
}"""

# persons holding posts in units of these keys or in their sub-units: their units may have
# another canonical node, label or parent after the units are resolved again
_Q_HOLDER_KEYS = _PREFIXES + """
SELECT DISTINCT ?pkey WHERE {
  VALUES ?key { %s }
  { GRAPH ?g { ?o kg:nameKey ?key ; a ?t . ?h org:organization ?o ; org:member ?p . ?p kg:nameKey ?pkey } }
  UNION
  { GRAPH ?g { ?o kg:nameKey ?key ; a ?t . ?child org:subOrganizationOf ?o .
                ?h org:organization ?child ; org:member ?p . ?p kg:nameKey ?pkey } }
  FILTER(sameTerm(?t, org:Organization))
}"""

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
    _release(store)


def _release(store) -> None:
    """Keep the embedded store's memory tables to one step's writes, and its table readers to
    one step's reads: a chunk reads its keys' nodes all over the store, and the scans of every
    name key read all of it (measured at 34,000 articles: +190 MB that stayed until released)."""
    flush = getattr(store, "flush", None)
    if callable(flush):
        flush(release=True)


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

def _articles(store, template: str, keys: list[str]) -> dict[str, tuple[str, str | None]]:
    """Graph -> (article id, publication date) for the graphs of these keys' nodes."""
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for g, _art, pred, v in _rows(store, template, keys):
        props[g][pred].append(v)
    out = {}
    for g, p in props.items():
        if str(KG.Article) in p[_TYPE] and p[_ID]:
            out[g] = (min(p[_ID]), min(p[_ISSUED]) if p[_ISSUED] else None)
    return out


def _node_props(store, template: str, keys: list[str]) -> tuple[dict, dict[str, str]]:
    """Node -> predicate -> values, and node -> the article graph it is in, from (g, node, p, v) rows."""
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    graph: dict[str, str] = {}
    for g, node, pred, v in _rows(store, template, keys):
        props[node][pred].append(v)
        graph[node] = g
    return props, graph


def _org_nodes(store, keys: list[str]) -> list[OrgNode]:
    """The unit nodes of these name keys, as :func:`kg.resolve.compute_resolution` reads them."""
    arts = _articles(store, _Q_ORG_ARTICLES, keys)
    props, graph = _node_props(store, _Q_ORG_PROPS, keys)
    parents: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for parent, pred, v in _rows(store, _Q_ORG_PARENTS, keys):
        parents[parent][pred].append(v)
    nodes = []
    for o, p in props.items():
        if graph[o] not in arts or not p[_LABEL] or not p[_KEY]:
            continue
        n = OrgNode(o, arts[graph[o]][0], min(p[_LABEL]), min(p[_KEY]))
        if p[_PARENT]:
            n.parent = min(p[_PARENT])  # one parent per node: the first by IRI
            pp = parents.get(n.parent)
            if pp and str(ORG.Organization) in pp[_TYPE] and pp[_LABEL] and pp[_KEY]:
                n.parent_key, n.parent_label = min(pp[_KEY]), min(pp[_LABEL])
        n.aliases = sorted(p[_ALIAS])
        nodes.append(n)
    return sorted(nodes, key=lambda n: n.iri)


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


def _resolve_units(store, chunks: list[list[str]], ctx, summary: ResolveSummary, empty: bool) -> None:
    for keys in chunks:
        if not empty:
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

def _resolve_people(store, keys: list[str], orders: dict[str, int], rank_words: dict[int, str],
                    summary: ResolveSummary, empty: bool) -> None:
    if not empty:
        store._update(_drop_canonicals("CanonicalPerson", keys))
    arts = _articles(store, _Q_PERSON_ARTICLES, keys)
    props, graph = _node_props(store, _Q_PERSON_PROPS, keys)
    persons: dict[str, PersonNode] = {}
    for p, pp in props.items():
        if graph[p] not in arts or not pp[_NAME] or not pp[_KEY]:
            continue
        aid, issued = arts[graph[p]]
        n = persons[p] = PersonNode(p, aid, min(pp[_NAME]), min(pp[_KEY]), (issued or "")[:10] or None)
        ranks = [orders[rc] for rc in pp[_RANK] if rc in orders]
        n.rank = max(ranks) if ranks else None
    unit_props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for o, pred, v in _rows(store, _Q_UNIT_PROPS, keys):
        unit_props[o][pred].append(v)
    canon_of = dict(_rows(store, _Q_UNIT_CANONICALS, keys))
    canon_props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    canonicals = sorted(set(canon_of.values()))
    for part in _chunks(canonicals):
        for c, pred, v in store.query(_Q_CANONICAL_UNITS % " ".join(f"<{c}>" for c in part)).rows:
            canon_props[c][pred].append(v)
    parents = sorted({pc for c in canonicals for pc in canon_props[c][_PARENT]} - set(canonicals))
    for part in _chunks(parents):
        for c, pred, v in store.query(_Q_CANONICAL_UNITS % " ".join(f"<{c}>" for c in part)).rows:
            canon_props[c][pred].append(v)
    org_labels = {c: min(cp[_LABEL]) for c, cp in canon_props.items() if cp[_LABEL]}
    hprops: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    member: dict[str, str] = {}
    for p, h, pred, v in _rows(store, _Q_HOLDING_PROPS, keys):
        hprops[h][pred].append(v)
        member[h] = p
    holdings: dict[str, dict] = {}
    for h, hp in sorted(hprops.items()):
        n = persons.get(member[h])
        if n is None or str(KG.Holding) not in hp[_TYPE] or not hp[_TITLE] or not hp[_STATUS]:
            continue
        for o in hp[_ORG]:
            c = canon_of.get(o)
            if c is None:
                continue  # not a unit node
            n.units.add(c)
            n.units.update(canon_props[c][_PARENT])
            up = unit_props[o]
            if not (is_generic_org(min(up[_KEY], default="")) or is_truncated_org(min(up[_LABEL], default=""))):
                n.specific.add(c)
        # the index post-holder-at reads: one unit, one role, one status per holding
        c = canon_of.get(min(hp[_ORG], default=""))
        if c is None or not hp[_ROLE]:
            continue
        status = min(hp[_STATUS])
        issued = (arts[graph[member[h]]][1] or "")[:10] or None
        as_of = min(hp[_ASOF], default=None)
        since = min(hp[_START], default=None) or as_of or issued
        until = min(hp[_END], default=None) or ((as_of or issued) if status == "former" else None)
        holdings[h] = {"p": member[h], "unit": c, "role": min(hp[_ROLE]), "status": status,
                       "since": since, "until": until}
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
        if e["since"]:
            quads.append((node, KG.heldSince, Literal(e["since"]), g))
        if e["until"]:
            quads.append((node, KG.heldUntil, Literal(e["until"]), g))
    _insert(store, quads)
    summary.persons += len(clusters)
    summary.person_nodes += len(persons)
    summary.holdings += len(holdings)


# ---------------------------------------------------------------- the run

_Q_CANONICAL_KEYS = _PREFIXES + f"""
SELECT DISTINCT ?key WHERE {{ GRAPH {_RES} {{ ?c a kg:%s ; kg:nameKey ?key }} }}"""


def _drop_stale(store, org_keys: set[str], person_keys: set[str]) -> None:
    """Delete the canonical nodes whose name keys no article carries any more."""
    for kind, keys in (("CanonicalOrganization", org_keys), ("CanonicalPerson", person_keys)):
        stale = sorted({k for (k,) in store.query(_Q_CANONICAL_KEYS % kind).rows} - keys)
        for chunk in _chunks(stale):
            store._update(_drop_canonicals(kind, chunk))


def resolve_store(store, touched: Touched | None = None) -> ResolveSummary:
    """Bring the resolution graph of ``store`` up to date: for the name keys in ``touched``
    only (and what depends on them), or everything when ``touched`` is None, when the graph
    is missing or made by another version, or when the units' context changed."""
    ctx, org_keys = org_context_of(store)
    _release(store)
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
        # no DROP GRAPH: Oxigraph deletes a graph in one transaction held in memory (143 MB
        # and 8 s for the resolution graph of 2,000 articles); each chunk replaces its own
        # canonical nodes instead, and those of name keys no longer in any article go last
        for k in org_keys:
            buckets[ctx.bucket(k)].append(k)
        person_keys = sorted(k for (k,) in store.query(_Q_PERSON_KEYS).rows)
        _release(store)
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
    # a first load has nothing to delete: the deletes would cost a query per chunk for nothing
    empty = not store.query(f"ASK {{ GRAPH {_RES} {{ ?s ?p ?o }} }}").boolean
    _resolve_units(store, list(_org_chunks(buckets)), ctx, summary, empty)
    orders = {rc: int(o) for rc, o in store.query(_Q_RANK_ORDERS).rows}
    rank_words: dict[int, str] = {}
    for order, word in _rank_words_of_ontology():
        rank_words.setdefault(order, word)
    for keys in _chunks(person_keys):
        _resolve_people(store, keys, orders, rank_words, summary, empty)
    if full and not empty:
        _drop_stale(store, set(org_keys), set(person_keys))
    _record(store, CONTEXT_RECORD, digest)
    _record(store, RESOLUTION_GRAPH, RESOLVER_VERSION)
    _ensure_lexicon_graph(store)
    return summary
