"""SHACL shapes: what kg writes conforms; broken graphs are rejected."""

import doctest
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import kg.validate
from kg.model import Article
from kg.ontology import FOAF, KG, OA, ORG, RDF, SKOS, shapes_graph
from kg.rdf import article_quads
from kg.validate import validate_quads

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = "tong-cuc-hau-can-so-ket-2023"


def seed_quads():
    result = json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))
    text = (ROOT / "data" / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    return article_quads(result, Article(id=SEED, text=text, published="2023-07-12"))


def first(quads, cls):
    return next(q[0] for q in quads if q[1] == RDF.type and q[2] == cls)


def without(quads, node, prop):
    return [q for q in quads if not (q[0] == node and q[1] == prop)]


def replaced(quads, node, prop, value):
    return without(quads, node, prop) + [(node, prop, value, quads[0][3])]


def test_doctests():
    assert doctest.testmod(kg.validate).failed == 0


def test_shapes_parse_and_target_the_facts():
    g = shapes_graph()
    targets = set(g.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert {KG.Holding, KG.Participation, KG.Directive, KG.Task, FOAF.Person, KG.Evidence} <= targets


def test_the_seed_graph_conforms():
    conforms, report = validate_quads(seed_quads())
    assert conforms, report


def test_a_graph_with_evidence_spans_and_odd_values_conforms():
    result = json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))
    result["persons"][0]["rank"] = "Đại sứ"  # outside the scheme: kept as text
    result["persons"][0]["mentions"] = [{"start": 32, "end": 44, "text": "Đỗ Văn Thiện"}]
    result["persons"][0]["posts"][0]["evidence"] = {"start": 20, "end": 105}
    result["events"][0]["date"] = "sáng 22/11"  # not ISO: kept as text
    result["directives"][0]["document"] = {"kind": "Chỉ thị", "number": "260 CT/QUTW"}
    result["directives"][0]["issuer"] = "o1"
    conforms, report = validate_quads(article_quads(result, Article(id=SEED, text="")))
    assert conforms, report


def test_rejects_a_holding_with_no_person():
    quads = seed_quads()
    h = first(quads, KG.Holding)
    conforms, report = validate_quads(without(quads, h, ORG.member))
    assert not conforms
    assert "exactly one person" in report


def test_rejects_a_holding_with_two_persons():
    quads = seed_quads()
    h = first(quads, KG.Holding)
    member = next(q[2] for q in quads if q[0] == h and q[1] == ORG.member)
    other = next(q[0] for q in quads if q[1] == RDF.type and q[2] == FOAF.Person and q[0] != member)
    conforms, _ = validate_quads(quads + [(h, ORG.member, other, quads[0][3])])
    assert not conforms


@pytest.mark.parametrize("rank", [
    KG["rank-nguyen-soai"],                          # not defined at all
    URIRef("https://example.org/ranks#general"),     # someone else's concept
    Literal("Trung tướng"),                          # a string, not the concept
])
def test_rejects_a_rank_outside_the_scheme(rank):
    quads = seed_quads()
    p = first(quads, FOAF.Person)
    bad = replaced(quads, p, KG.hasRank, rank)
    if isinstance(rank, URIRef) and "example.org" in str(rank):
        g = quads[0][3]
        bad += [(rank, RDF.type, SKOS.Concept, g),
                (rank, SKOS.inScheme, URIRef("https://example.org/ranks"), g)]
    conforms, report = validate_quads(bad)
    assert not conforms
    assert "RankScheme" in report


@pytest.mark.parametrize("cls", [KG.Holding, KG.Participation, KG.Directive, KG.Task])
def test_rejects_a_fact_with_no_provenance(cls):
    quads = seed_quads()
    node = first(quads, cls)
    conforms, report = validate_quads(without(quads, node, KG.evidence))
    assert not conforms
    assert "no provenance" in report


def test_rejects_evidence_that_names_no_article():
    quads = seed_quads()
    ev = first(quads, KG.Evidence)
    conforms, _ = validate_quads(without(quads, ev, OA.hasSource))
    assert not conforms


@pytest.mark.parametrize("status", ["retired", "Current", ""])
def test_rejects_a_status_outside_the_codes(status):
    quads = seed_quads()
    conforms, report = validate_quads(replaced(quads, first(quads, KG.Holding), KG.status, Literal(status)))
    assert not conforms
    assert "current, former, acting" in report


@pytest.mark.parametrize("role", ["boss", "Chair", "chủ trì"])
def test_rejects_a_role_outside_the_codes(role):
    quads = seed_quads()
    node = first(quads, KG.Participation)
    conforms, report = validate_quads(replaced(quads, node, KG.role, Literal(role)))
    assert not conforms
    assert "chair, attendee" in report


def test_every_code_is_accepted():
    quads = seed_quads()
    h, p = first(quads, KG.Holding), first(quads, KG.Participation)
    for status in ("current", "former", "acting"):
        assert validate_quads(replaced(quads, h, KG.status, Literal(status)))[0], status
    for role in ("chair", "attendee", "presenter", "speaker", "director", "leader", "host", "guest"):
        assert validate_quads(replaced(quads, p, KG.role, Literal(role)))[0], role
