"""The ontology file, the rank scheme and the namespaces of kg.ontology."""

import doctest
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import kg.ontology
from kg.model import Article
from kg.ontology import (
    DATA,
    KG,
    ONTOLOGY_GRAPH,
    OWL,
    RDF,
    RDFS,
    SKOS,
    ontology_graph,
    ontology_text,
    ranks,
    shapes_graph,
    shapes_text,
)
from kg.rdf import article_quads

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = "tong-cuc-hau-can-so-ket-2023"


def seed():
    result = json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))
    text = (ROOT / "data" / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    return result, Article(id=SEED, text=text, source=f"data/articles/{SEED}.txt")


def test_doctests():
    assert doctest.testmod(kg.ontology).failed == 0


def test_shipped_files_are_the_repository_files():
    assert ontology_text() == (ROOT / "ontology" / "kg.ttl").read_text(encoding="utf-8")
    assert shapes_text() == (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    assert len(shapes_graph()) > 50


def test_iris():
    assert str(KG) == "https://w3id.org/vnkg/ontology#"
    assert str(DATA) == "https://w3id.org/vnkg/id/"
    assert ONTOLOGY_GRAPH == URIRef("https://w3id.org/vnkg/graph/ontology")


def test_every_class_and_property_is_labelled_and_commented():
    g = ontology_graph()
    terms = [s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
             for s in g.subjects(RDF.type, kind)]
    assert len(terms) > 30
    for t in terms:
        assert str(t).startswith(str(KG)), t
        assert any(lit.language == "en" for lit in g.objects(t, RDFS.label)), t
        assert g.value(t, RDFS.comment) is not None, t


def test_reuses_standard_vocabularies():
    g = ontology_graph()
    assert (KG.Holding, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Membership")) in g
    assert (KG.Article, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in g
    assert (KG.Evidence, RDFS.subClassOf, URIRef("http://www.w3.org/ns/oa#SpecificResource")) in g
    # nothing that W3C ORG / FOAF already has is redefined
    for local in ("Organization", "Post", "Membership", "Person", "name", "holds", "postIn"):
        assert (KG[local], None, None) not in g


RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đô đốc", "Phó Đô đốc",
         "Chuẩn Đô đốc", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy",
         "Trung úy", "Thiếu úy", "Chuẩn úy", "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất", "Binh nhì"]


def test_rank_scheme_is_complete_and_labelled():
    g = ontology_graph()
    concepts = set(g.subjects(SKOS.inScheme, KG.RankScheme))
    assert len(concepts) == len(RANKS) == 21
    assert {r.label_vi for r in ranks()} == set(RANKS)
    for c in concepts:
        assert (c, RDF.type, SKOS.Concept) in g
        langs = {lit.language for lit in g.objects(c, SKOS.prefLabel)}
        assert langs == {"vi", "en"}
        assert g.value(c, SKOS.notation) is not None
        assert isinstance(g.value(c, KG.rankOrder).toPython(), int)
    assert (KG.RankScheme, RDF.type, SKOS.ConceptScheme) in g


def test_rank_order():
    order = {r.label_vi: r.order for r in ranks()}
    army = [r for r in RANKS if "Đô đốc" not in r]
    assert [order[r] for r in army] == sorted((order[r] for r in army), reverse=True)
    assert len({order[r] for r in army}) == len(army)  # strictly ordered
    assert order["Đô đốc"] == order["Thượng tướng"]
    assert order["Phó Đô đốc"] == order["Trung tướng"]
    assert order["Chuẩn Đô đốc"] == order["Thiếu tướng"]
    assert order["Đại tướng"] > order["Đô đốc"] > order["Phó Đô đốc"] > order["Chuẩn Đô đốc"] > order["Đại tá"]


def test_every_kg_term_the_graph_uses_is_declared():
    g = ontology_graph()
    declared = set(g.subjects(RDF.type, None))
    result, article = seed()
    used = set()
    for s, p, o, _ in article_quads(result, article):
        used |= {t for t in (p, o) if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    assert used, "the seed uses kg: terms"
    assert used <= declared, used - declared


def test_saved_queries_use_only_declared_kg_terms():
    from kg.queries import list_saved, saved_query

    g = ontology_graph()
    declared = {str(s)[len(str(KG)):] for s in g.subjects(RDF.type, None) if str(s).startswith(str(KG))}
    import re

    for name in list_saved():
        used = set(re.findall(r"\bkg:([A-Za-z][A-Za-z0-9-]*)", saved_query(name)))
        assert used <= declared, (name, used - declared)


@pytest.mark.parametrize("code", ["current", "former", "acting"])
def test_status_codes_are_documented(code):
    comment = str(ontology_graph().value(KG.status, RDFS.comment))
    assert f"'{code}'" in comment


def test_ontology_language_tags():
    g = ontology_graph()
    assert Literal("Trung tướng", lang="vi") in set(g.objects(KG["rank-trung-tuong"], SKOS.prefLabel))
