"""Extraction result -> quads: deterministic IRIs, one graph per article, provenance."""

import copy
import doctest
import json
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

import kg.ontology as ont
import kg.rdf
from kg.model import Article
from kg.ontology import DATA, DCTERMS, FOAF, KG, OA, ORG, PROV, RDF
from kg.rdf import EXTRACTOR_VERSION, article_graph_iri, article_iri, article_quads, name_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = "tong-cuc-hau-can-so-ket-2023"


def seed(**article_fields):
    result = json.loads((SHARED / "gold" / f"{SEED}.json").read_text(encoding="utf-8"))
    text = (ROOT / "data" / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    fields = {"id": SEED, "text": text, "source": f"data/articles/{SEED}.txt", **article_fields}
    return result, Article(**fields)


def graph(quads) -> Graph:
    g = Graph()
    for s, p, o, _ in quads:
        g.add((s, p, o))
    return g


def person(g: Graph, name: str) -> URIRef:
    (node,) = list(g.subjects(FOAF.name, Literal(name)))
    return node


def test_doctests():
    assert doctest.testmod(kg.rdf).failed == 0


def test_same_input_gives_identical_quads():
    result, article = seed()
    first = article_quads(result, article)
    again = article_quads(copy.deepcopy(result), Article(**vars(article)))
    assert first == again
    assert len(first) == len(set(first)) > 100


def test_one_named_graph_per_article_and_no_blank_nodes():
    result, article = seed()
    quads = article_quads(result, article)
    assert {q[3] for q in quads} == {article_graph_iri(SEED)}
    assert str(article_graph_iri(SEED)) == f"https://w3id.org/vnkg/graph/article/{SEED}"
    assert not any(isinstance(t, BNode) for q in quads for t in q)
    assert all(str(t).startswith(("https://w3id.org/vnkg/", "http://")) for q in quads
               for t in q if isinstance(t, URIRef))


def test_iris_depend_on_article_and_content():
    result, article = seed()
    g1 = graph(article_quads(result, article))
    other = Article(id="other-article", text=article.text)
    result2 = copy.deepcopy(result)
    result2["article"]["id"] = "other-article"
    g2 = graph(article_quads(result2, other))
    # per-article person nodes: the same name in another article is another node ...
    assert person(g1, "Đỗ Văn Thiện") != person(g2, "Đỗ Văn Thiện")
    # ... with the same name key for a later resolution step
    assert g1.value(person(g1, "Đỗ Văn Thiện"), KG.nameKey) == Literal("do van thien")
    assert g2.value(person(g2, "Đỗ Văn Thiện"), KG.nameKey) == Literal("do van thien")
    # a holding's IRI changes with its status
    result3 = copy.deepcopy(result)
    result3["persons"][1]["posts"][0]["status"] = "former"
    h1 = set(g1.subjects(RDF.type, KG.Holding))
    h3 = set(graph(article_quads(result3, article)).subjects(RDF.type, KG.Holding))
    assert len(h1 & h3) == 2 and len(h1 | h3) == 4
    assert all(str(h).startswith(str(DATA) + "holding/") for h in h1)


def test_name_key():
    assert name_key("Đỗ Văn Thiện") == "do van thien"
    assert name_key("ĐỖ VĂN THIỆN") == "do van thien"
    assert name_key("Tổng cục Hậu cần") == "tong cuc hau can"
    assert name_key("Nguyễn Thị Thủy") == name_key("Nguyễn Thị Thuỷ")  # tone mark placement


def test_article_node():
    result, article = seed(published="2023-07-12T08:30:00+07:00", url="https://www.qdnd.vn/a-1",
                           title="Tổng cục Hậu cần sơ kết")
    g = graph(article_quads(result, article))
    a = article_iri(SEED)
    assert (a, RDF.type, KG.Article) in g
    assert g.value(a, KG.articleId) == Literal(SEED)
    assert g.value(a, KG.contentHash) == Literal(article.content_hash)
    assert g.value(a, KG.extractorVersion) == Literal(EXTRACTOR_VERSION)
    assert g.value(a, DCTERMS.title) == Literal("Tổng cục Hậu cần sơ kết")
    assert g.value(a, DCTERMS.issued).datatype == ont.XSD.dateTime
    assert g.value(a, FOAF.page) == URIRef("https://www.qdnd.vn/a-1")
    assert g.value(a, KG.byline) == Literal("Kim Anh")
    # holdings speak for the article's date
    assert {g.value(h, KG.asOf) for h in g.subjects(RDF.type, KG.Holding)} == {
        Literal("2023-07-12", datatype=ont.XSD.date)}
    # every fact node derives from the article
    for cls in (FOAF.Person, KG.Holding, KG.Participation, KG.Directive, KG.Task, KG.Event):
        for node in g.subjects(RDF.type, cls):
            assert (node, PROV.wasDerivedFrom, a) in g


def test_persons_ranks_and_holdings():
    result, article = seed()
    g = graph(article_quads(result, article))
    thien, cuong = person(g, "Đỗ Văn Thiện"), person(g, "Lê Tất Cường")
    assert g.value(thien, KG.hasRank) == KG["rank-trung-tuong"]
    assert g.value(cuong, KG.hasRank) == KG["rank-thieu-tuong"]
    holdings = {(g.value(h, ORG.member), str(g.value(h, KG.title)), str(g.value(h, KG.status)))
                for h in g.subjects(RDF.type, KG.Holding)}
    assert holdings == {(thien, "Bí thư Đảng ủy", "current"), (thien, "Chính ủy", "current"),
                        (cuong, "Chủ nhiệm Chính trị", "current")}
    (org,) = list(g.subjects(KG.nameKey, Literal("tong cuc hau can")))
    for h in g.subjects(RDF.type, KG.Holding):
        post = g.value(h, KG.post)
        assert (post, RDF.type, ORG.Post) in g
        assert g.value(post, ORG.postIn) == org == g.value(h, ORG.organization)
        assert (g.value(h, ORG.member), ORG.holds, post) in g
        assert (post, ORG.heldBy, g.value(h, ORG.member)) in g
    # the shortcut never carries status: nothing hangs off org:holds but the post
    assert len(set(g.objects(thien, ORG.holds))) == 2


def test_former_holding_has_no_holds_shortcut():
    result, article = seed()
    result["persons"][1]["posts"][0]["status"] = "former"
    g = graph(article_quads(result, article))
    cuong = person(g, "Lê Tất Cường")
    assert list(g.objects(cuong, ORG.holds)) == []
    (h,) = list(g.subjects(ORG.member, cuong))
    assert g.value(h, KG.status) == Literal("former")


def test_provenance_found_in_the_text_when_the_result_has_no_spans():
    result, article = seed()
    g = graph(article_quads(result, article))
    for cls in (KG.Holding, KG.Participation, KG.Directive, KG.Task, FOAF.Person):
        for node in g.subjects(RDF.type, cls):
            evs = list(g.objects(node, KG.evidence))
            assert evs, (cls, node)
            for ev in evs:
                assert g.value(ev, OA.hasSource) == article_iri(SEED)
                assert g.value(ev, KG.locatedBy) == Literal("search")
                sentence = str(g.value(ev, KG.sentence))
                pos = next(s for s in g.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g)
                start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
                assert article.text[start:end] == sentence
    thien = person(g, "Đỗ Văn Thiện")
    (chair,) = [p for p in g.subjects(KG.role, Literal("chair"))]
    assert g.value(chair, KG.participant) == thien
    chair_sentence = str(g.value(g.value(chair, KG.evidence), KG.sentence))
    assert "Đỗ Văn Thiện" in chair_sentence and "chủ trì" in chair_sentence
    (presenter,) = list(g.subjects(KG.role, Literal("presenter")))
    assert "trình bày" in str(g.value(g.value(presenter, KG.evidence), KG.sentence))


def test_provenance_from_the_extractor_spans():
    result, article = seed()
    start = article.text.index("Trung tướng Đỗ Văn Thiện, Bí thư")
    end = article.text.index("hội nghị.", start) + len("hội nghị.")
    span = {"start": start, "end": end, "text": article.text[start:end]}
    result["persons"][0]["posts"][1]["evidence"] = span
    result["persons"][0]["mentions"] = [{"start": start + 12, "end": start + 24, "text": span["text"]}]
    result["directives"][0]["evidence"] = {"start": 5, "end": 9}
    g = graph(article_quads(result, article))
    (h,) = [h for h in g.subjects(KG.title, Literal("Chính ủy")) if (h, RDF.type, KG.Holding) in g]
    ev = g.value(h, KG.evidence)
    assert g.value(ev, KG.locatedBy) == Literal("extractor")
    assert g.value(ev, KG.sentence) == Literal(span["text"])
    pos = URIRef(f"{ev}/position")
    assert (int(g.value(pos, OA.start)), int(g.value(pos, OA.end))) == (start, end)
    assert g.value(URIRef(f"{ev}/quote"), OA.exact) == Literal(span["text"])
    # a mention span: the exact quote is the name, the sentence is the span's text
    mention = g.value(person(g, "Đỗ Văn Thiện"), KG.evidence)
    assert g.value(URIRef(f"{mention}/quote"), OA.exact) == Literal("Đỗ Văn Thiện")
    assert g.value(mention, KG.sentence) == Literal(span["text"])
    # a span without text: the sentence around it
    (d,) = list(g.subjects(RDF.type, KG.Directive))
    assert g.value(g.value(d, KG.evidence), KG.sentence) is not None


def test_evidence_points_at_the_article_when_nothing_is_found():
    result, _ = seed()
    g = graph(article_quads(result, Article(id=SEED, text="")))
    for h in g.subjects(RDF.type, KG.Holding):
        ev = g.value(h, KG.evidence)
        assert g.value(ev, OA.hasSource) == article_iri(SEED)
        assert g.value(ev, KG.locatedBy) == Literal("article")
        assert list(g.objects(ev, OA.hasSelector)) == []


def test_event_and_directive():
    result, article = seed()
    g = graph(article_quads(result, article))
    (event,) = list(g.subjects(RDF.type, KG.Event))
    assert g.value(event, KG.eventKind) == Literal("Hội nghị")
    (d,) = list(g.subjects(RDF.type, KG.Directive))
    assert g.value(d, KG.issuer) == person(g, "Đỗ Văn Thiện")
    assert g.value(d, KG.verb) == Literal("yêu cầu")
    assert g.value(d, KG.addressee) == Literal("các cơ quan, đơn vị")
    assert g.value(d, KG.addresseeOrg) is None
    assert g.value(d, KG.givenAt) == event
    assert g.value(d, KG.period) == Literal("6 tháng cuối năm")
    tasks = sorted((int(g.value(t, KG.taskIndex)), str(g.value(t, KG.taskText)))
                   for t in g.objects(d, KG.hasTask))
    assert [i for i, _ in tasks] == list(range(1, 10))
    assert [t for _, t in tasks] == result["directives"][0]["tasks"]


def test_directive_by_an_organisation_with_a_document_and_an_addressee_org():
    result, article = seed()
    result["directives"][0].update(issuer="o2", addressees=["Tổng cục Hậu cần"],
                                   document={"kind": "Chỉ thị", "number": "260 CT/QUTW", "title": None})
    g = graph(article_quads(result, article))
    (d,) = list(g.subjects(RDF.type, KG.Directive))
    assert g.value(g.value(d, KG.issuer), KG.nameKey) == Literal("quan uy trung uong")
    assert g.value(g.value(d, KG.addresseeOrg), KG.nameKey) == Literal("tong cuc hau can")
    doc = g.value(d, KG.document)
    assert g.value(doc, KG.documentNumber) == Literal("260 CT/QUTW")


def test_unknown_rank_is_kept_as_text():
    result, article = seed()
    result["persons"][0]["rank"] = "Đại sứ"
    g = graph(article_quads(result, article))
    thien = person(g, "Đỗ Văn Thiện")
    assert g.value(thien, KG.hasRank) is None
    assert g.value(thien, KG.rankText) == Literal("Đại sứ")


def test_organisation_parents_and_aliases():
    result, article = seed()
    result["organizations"][0].update(parent="Bộ Quốc phòng", aliases=["TCHC"])
    g = graph(article_quads(result, article))
    (tchc,) = list(g.subjects(KG.nameKey, Literal("tong cuc hau can")))
    parent = g.value(tchc, ORG.subOrganizationOf)
    assert g.value(parent, KG.nameKey) == Literal("bo quoc phong")
    assert (parent, RDF.type, ORG.Organization) in g


@pytest.mark.parametrize("change, message", [
    (lambda r: r["events"][0]["participants"].append({"person": "p9", "role": "chair"}), "p9"),
    (lambda r: r["events"][0]["participants"][0].update(role="boss"), "boss"),
    (lambda r: r["persons"][0]["posts"][0].update(status="retired"), "retired"),
    (lambda r: r["directives"][0].update(issuer="x1"), "x1"),
    (lambda r: r["directives"][0].update(event="e7"), "e7"),
])
def test_bad_results_are_refused(change, message):
    result, article = seed()
    change(result)
    with pytest.raises(ValueError, match=message):
        article_quads(result, article)


def test_minted_iris_hash_each_part_in_nfc():
    # (the joined parts are normalised at once: the separator never composes with a neighbour)
    import hashlib
    import random
    import unicodedata

    from kg.rdf import _mint

    rnd = random.Random(5)
    alphabet = ["a", "o", "A", "\u0301", "\u0300", "\u0323", "\u0302", "\u031b", "ư", "ơ", "Đ", "\u1100", "\u1161",
                "\u11a8", "\u0338", "=", " ", "\x1f"]
    for _ in range(3000):
        parts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(0, 4))]
        parts.append(None)
        text = "".join(unicodedata.normalize("NFC", "" if p is None else p) + "\x1f" for p in ("a1", "org", *parts))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        assert _mint("org", "a1", *parts) == DATA[f"org/{digest}"], parts


def test_fast_terms_are_rdflib_terms():
    # kg.rdf makes plain literals and minted IRIs without rdflib's constructors (for speed):
    # they must be the very terms the constructors make
    from kg.rdf import _FAST_LITERALS, _known_iri, _literal, _mint

    assert _FAST_LITERALS  # this rdflib's literals are made the fast way (else the constructor is used)
    for text in ["Đại tá Nguyễn Văn A", "", " x ", "1", "2024-05-02", "a\nb \"c\""]:
        fast, slow = _literal(text), Literal(text)
        assert type(fast) is Literal and fast == slow and hash(fast) == hash(slow)
        assert (fast.language, fast.datatype, fast.value, fast.ill_typed) == \
               (slow.language, slow.datatype, slow.value, slow.ill_typed)
        assert fast.n3() == slow.n3()
    iri = _mint("person", "a1", "Nguyễn Văn A")
    assert type(iri) is URIRef and iri == URIRef(str(iri)) and hash(iri) == hash(URIRef(str(iri)))
    assert type(_known_iri(f"{iri}/quote")) is URIRef
