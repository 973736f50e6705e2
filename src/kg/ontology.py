"""The ontology: namespaces, the IRIs kg mints, and the shipped ``kg.ttl`` / ``shapes.ttl``.

``ontology/kg.ttl`` (package data ``kg/ontology/``) is the single source of the
vocabulary; this module is the single place in the code where IRIs are written down.

>>> str(KG.Holding)
'https://w3id.org/vnkg/ontology#Holding'
>>> str(DATA)
'https://w3id.org/vnkg/id/'
>>> str(ONTOLOGY_GRAPH)
'https://w3id.org/vnkg/graph/ontology'
>>> [r.label_vi for r in ranks()][:3]
['Đại tướng', 'Thượng tướng', 'Đô đốc']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

__all__ = [
    "ARTICLE_GRAPH_BASE",
    "DATA",
    "DCTERMS",
    "FOAF",
    "GRAPH_BASE",
    "INGEST_GRAPH",
    "KG",
    "KGSH",
    "OA",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RESOLUTION_GRAPH",
    "SH",
    "SKOS",
    "XSD",
    "Rank",
    "ontology_graph",
    "ontology_text",
    "ranks",
    "shapes_graph",
    "shapes_text",
]


class _Vocabulary(Namespace):
    """A namespace of fixed names that keeps each term it makes.

    rdflib's ``Namespace`` makes and checks a new ``URIRef`` on every attribute access
    (``KG.Holding``), which writing the RDF of one article does thousands of times; the
    names of a vocabulary are few, so each is made once and kept as an attribute.
    """

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)  # AttributeError for Python's own "__" names
        self.__dict__[name] = term
        return term


#: the kg vocabulary (classes, properties, rank concepts)
KG = _Vocabulary("https://w3id.org/vnkg/ontology#")
#: SHACL shapes of ``shapes.ttl``
KGSH = _Vocabulary("https://w3id.org/vnkg/shapes#")
#: W3C Web Annotation vocabulary (rdflib has no constant for it)
OA = _Vocabulary("http://www.w3.org/ns/oa#")

#: base of the data IRIs kg mints (``DATA["person/<hash>"]``)
DATA = Namespace("https://w3id.org/vnkg/id/")
#: base of the named graph IRIs
GRAPH_BASE = "https://w3id.org/vnkg/graph/"
#: one named graph per article: ``ARTICLE_GRAPH_BASE + <percent-encoded article id>``
ARTICLE_GRAPH_BASE = GRAPH_BASE + "article/"
#: the ontology document's own IRI
ONTOLOGY_IRI = URIRef("https://w3id.org/vnkg/ontology")
#: the named graph holding the ontology and the rank scheme
ONTOLOGY_GRAPH = URIRef(GRAPH_BASE + "ontology")
#: the store's bookkeeping: content hash and extractor version of each article graph
INGEST_GRAPH = URIRef(GRAPH_BASE + "ingest")
#: reserved for cross-article resolution (links from per-article nodes to canonical ones)
RESOLUTION_GRAPH = URIRef(GRAPH_BASE + "resolution")

#: prefixes for serialisations (Turtle, TriG, JSON-LD context)
PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "kgid": str(DATA),
    "org": str(ORG),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "prov": str(PROV),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def _read(name: str) -> str:
    return resources.files("kg").joinpath("ontology", name).read_text(encoding="utf-8")


def ontology_text() -> str:
    """The Turtle text of ``kg.ttl`` as shipped with the package."""
    return _read("kg.ttl")


def shapes_text() -> str:
    """The Turtle text of ``shapes.ttl`` as shipped with the package."""
    return _read("shapes.ttl")


def _bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def ontology_graph() -> Graph:
    """A fresh rdflib graph of the ontology and the rank scheme (``kg.ttl``).

    >>> (KG.Holding, RDFS.subClassOf, ORG.Membership) in ontology_graph()
    True
    """
    return _bind(Graph()).parse(data=ontology_text(), format="turtle")


def shapes_graph() -> Graph:
    """A fresh rdflib graph of the SHACL shapes (``shapes.ttl``)."""
    g = _bind(Graph())
    g.bind("sh", str(SH))
    g.bind("kgsh", str(KGSH))
    return g.parse(data=shapes_text(), format="turtle")


@dataclass(frozen=True)
class Rank:
    """One concept of ``kg:RankScheme``."""

    iri: URIRef
    label_vi: str
    label_en: str
    order: int
    notation: str


@lru_cache(maxsize=1)
def ranks() -> tuple[Rank, ...]:
    """The rank scheme, most senior first (admirals after the equal generals).

    >>> r = {x.label_vi: x for x in ranks()}
    >>> r["Phó Đô đốc"].order == r["Trung tướng"].order
    True
    >>> r["Trung tướng"].label_en, r["Trung tướng"].iri == KG["rank-trung-tuong"]
    ('Lieutenant General', True)
    """
    g = ontology_graph()
    out = []
    for concept in g.subjects(SKOS.inScheme, KG.RankScheme):
        labels = {lit.language: str(lit) for lit in g.objects(concept, SKOS.prefLabel)}
        out.append(Rank(
            iri=URIRef(concept),
            label_vi=labels["vi"],
            label_en=labels["en"],
            order=int(g.value(concept, KG.rankOrder)),
            notation=str(g.value(concept, SKOS.notation)),
        ))
    navy = ("do-doc", "pho-do-doc", "chuan-do-doc")
    return tuple(sorted(out, key=lambda r: (-r.order, r.notation in navy, r.notation)))
