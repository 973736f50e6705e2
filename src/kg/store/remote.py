"""A remote SPARQL 1.1 server as a store.

* **Queries** go to the query URL through SPARQLWrapper (SPARQL JSON results for SELECT and
  ASK, Turtle for CONSTRUCT/DESCRIBE), parsed into rdflib terms exactly as the embedded store
  gives them, so a saved query returns the same rows from both.
* **Parameters** are bound as escaped RDF terms, never as text a user typed: every use of a
  bound variable is replaced by the term in N-Triples syntax (escaped by Oxigraph), and in the
  SELECT clause by ``(TERM AS ?var)``. This is the substitution semantics of the embedded
  store (Oxigraph's ``substitutions``): a ``VALUES`` block at the top of the WHERE clause
  (:func:`values_block`) is joined *after* nested groups are evaluated, so a ``FILTER`` inside
  a ``UNION`` branch would not see the value.
* **Writes** are SPARQL 1.1 Update requests: replacing an article is one request (``DROP
  SILENT GRAPH`` + ``INSERT DATA`` of the graph and its ingest record), which Oxigraph and
  Fuseki apply as one transaction, so the server never holds half an article. A failed
  write is retried once and then raised as :class:`~kg.store.StoreError`.
* **Reading everything** (``dump``, ``quads``) is a Graph Store protocol ``GET`` of the whole
  dataset as N-Quads where the server offers it, else a SELECT over every graph.

The update and Graph Store URLs default to the siblings of the query URL: Oxigraph serves
``/query``, ``/update`` and ``/store`` at its root; Fuseki ``/DATASET/query`` (or
``/sparql``), ``/DATASET/update`` and ``/DATASET/data``.

>>> sibling_urls("http://127.0.0.1:7878/query")
('http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store', 'Oxigraph')
>>> sibling_urls("http://localhost:3030/kg/sparql")
('http://localhost:3030/kg/update', 'http://localhost:3030/kg/data', 'Fuseki')
>>> substitute('SELECT ?x ?n WHERE { ?s <p:n> ?n FILTER(?n = ?x) } ORDER BY ?x', {"x": 'a"}'})
'SELECT ("a\\\\"}" AS ?x) ?n WHERE { ?s <p:n> ?n FILTER(?n = "a\\\\"}") } ORDER BY ("a\\\\"}")'
"""

from __future__ import annotations

import ast
import json
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.ontology import ARTICLE_GRAPH_BASE, FOAF, INGEST_GRAPH, KG, ONTOLOGY_GRAPH, ORG, RDF, XSD
from kg.store import FORMATS, Binding, QueryResult, Store, StoreError, as_term

__all__ = ["RemoteStore", "query_form", "sibling_urls", "substitute", "values_block"]

_XSD_STRING = str(XSD.string)
DEFAULT_TIMEOUT = 60.0


def _nt(term: Node) -> str:
    from kg.store.embedded import to_ox

    return str(to_ox(term))


def values_block(bindings: Mapping[str, Binding]) -> str:
    """A SPARQL ``VALUES`` block binding each variable to one escaped RDF term.

    >>> values_block({"org": 'x" } UNION { ?s ?p ?o }'})
    'VALUES (?org) { ("x\\\\" } UNION { ?s ?p ?o }") }'
    """
    names = [k.lstrip("?$") for k in bindings]
    for n in names:
        if not n.replace("_", "a").isalnum():
            raise ValueError(f"not a SPARQL variable name: {n!r}")
    terms = " ".join(_nt(as_term(v)) for v in bindings.values())
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}"


# --- binding parameters by substitution -----------------------------------------------

_TOKEN = re.compile(
    r'(?P<comment>#[^\n]*)'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*')"
    r'|(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)'
    r'|(?P<word>[A-Za-z_][A-Za-z0-9_\-]*)'
    r'|(?P<space>\s+)'
    r'|(?P<other>.)',
    re.DOTALL,
)


def substitute(sparql: str, bindings: Mapping[str, Binding]) -> str:
    """The query with each bound variable replaced by its escaped RDF term.

    In a projection the variable becomes ``(TERM AS ?var)`` so it stays a result column;
    in GROUP BY, HAVING and ORDER BY it becomes ``(TERM)``. A sub-SELECT that projects the
    variable binds it the same way, and the SELECT around it then keeps the plain ``?var``
    it receives (Oxigraph's substitutions reach a sub-SELECT through its projection too).
    Strings, IRIs and comments of the query are left alone.

    >>> substitute('SELECT ?k ?n WHERE { { SELECT ?k (COUNT(*) AS ?n) WHERE { ?s <p:k> ?k } '
    ...            'GROUP BY ?k } }', {"k": "a"})
    'SELECT ?k ?n WHERE { { SELECT ("a" AS ?k) (COUNT(*) AS ?n) WHERE { ?s <p:k> "a" } GROUP BY ("a") } }'
    """
    terms = {}
    for k, v in bindings.items():
        name = k.lstrip("?$")
        if not name.replace("_", "a").isalnum():
            raise ValueError(f"not a SPARQL variable name: {name!r}")
        terms[name] = _nt(as_term(v))
    if not terms:
        return sparql
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(sparql)]
    inner = _projected_by_subselects(tokens)
    out: list[str] = []
    depth = 0  # braces
    select_depth = 0  # depth of the SELECT whose projection is being read
    in_projection = False
    in_modifier = False  # GROUP BY / HAVING / ORDER BY of a (sub-)query
    proj_parens = 0
    prev = ""  # the last token that is not space or a comment
    for kind, token in tokens:
        text = token
        if kind == "word":
            up = text.upper()
            if up == "SELECT":
                in_projection, proj_parens, select_depth, in_modifier = True, 0, depth, False
            elif up == "WHERE":
                in_projection = False
            elif up in ("GROUP", "HAVING", "ORDER"):
                in_modifier = True
        elif kind == "other":
            if text == "{":
                in_projection = in_modifier = False
                depth += 1
            elif text == "}":
                in_modifier = False
                depth -= 1
            elif text == "(" and in_projection:
                proj_parens += 1
            elif text == ")" and in_projection:
                proj_parens -= 1
        elif kind == "var" and text[1:] in terms:
            if prev.upper() == "AS":
                raise StoreError(f"cannot bind ?{text[1:]}: the query assigns it with AS")
            term = terms[text[1:]]
            if in_projection and proj_parens == 0:
                if not (select_depth == 0 and text[1:] in inner):
                    text = f"({term} AS {text})"
            elif in_modifier:
                text = f"({term})"
            else:
                text = term
        if kind not in ("space", "comment"):
            prev = token
        out.append(text)
    return "".join(out)


def _projected_by_subselects(tokens: list[tuple[str, str]]) -> set[str]:
    """Names of the variables a SELECT nested in braces projects without an expression."""
    names: set[str] = set()
    depth, reading, parens = 0, False, 0
    for kind, text in tokens:
        if kind == "word" and text.upper() == "SELECT":
            reading, parens = depth > 0, 0
        elif kind == "word" and text.upper() == "WHERE":
            reading = False
        elif kind == "other" and text in "{}":
            reading = False
            depth += 1 if text == "{" else -1
        elif kind == "other" and text in "()" and reading:
            parens += 1 if text == "(" else -1
        elif kind == "var" and reading and parens == 0:
            names.add(text[1:])
    return names


_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def query_form(sparql: str) -> tuple[str, str]:
    """``(form, text without comments)``: the form is SELECT, ASK, CONSTRUCT or DESCRIBE.

    Found from the tokens, so a word in a comment or a string (``# addressee``) is no
    keyword (SPARQLWrapper's own guess takes "addressee" in a comment for ADD).

    >>> query_form("# addressee\\nSELECT * WHERE { ?s ?p 'DROP' }")[0]
    'SELECT'
    """
    form = None
    out = []
    for m in _TOKEN.finditer(sparql):
        if m.lastgroup == "comment":
            continue
        out.append(m.group())
        if form is None and m.lastgroup == "word":
            up = m.group().upper()
            if up in _FORMS:
                form = up
            elif up in _UPDATES:
                raise StoreError(f"this is a SPARQL update ({up}), not a query; kg sends only queries here")
    if form is None:
        raise StoreError("invalid SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form, "".join(out)


# --- endpoints ------------------------------------------------------------------------

def sibling_urls(endpoint: str) -> tuple[str, str | None, str]:
    """``(update URL, Graph Store URL or None, convention)`` found from a query URL."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")

    def url(p: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    if last in ("query", "sparql"):
        if head == "":
            return url("/update"), url("/store"), "Oxigraph"
        return url(f"{head}/update"), url(f"{head}/data"), "Fuseki"
    return endpoint, None, "same URL"


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _from_json(b: dict) -> Node:
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return Literal(value, lang=b["xml:lang"])
        dt = b.get("datatype")
        if dt and dt != _XSD_STRING:
            return Literal(value, datatype=URIRef(dt))
        return Literal(value)
    raise StoreError(f"the server sent a term of unknown type {kind!r}")


class RemoteStore(Store):
    """A SPARQL 1.1 server: ``endpoint`` is its query URL.

    ``update_endpoint`` and ``gsp_endpoint`` default to the siblings of the query URL (see
    :func:`sibling_urls`), reported once on stderr when first used. ``timeout`` (seconds)
    bounds every request.
    """

    def __init__(self, endpoint: str, update_endpoint: str | None = None, gsp_endpoint: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, report=None):
        if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
            raise StoreError(f"endpoint {endpoint}: not an http(s) URL")
        self.location = endpoint
        self.endpoint = endpoint
        self.timeout = timeout
        upd, gsp, convention = sibling_urls(endpoint)
        self._found = []
        if update_endpoint is None:
            self._found.append(f"updates to {upd}")
        if gsp_endpoint is None and gsp is not None:
            self._found.append(f"Graph Store at {gsp}")
        self._convention = convention
        self.update_endpoint = update_endpoint or upd
        self.gsp_endpoint = gsp_endpoint or gsp
        self._report = report or (lambda msg: print(f"kg: {msg}", file=sys.stderr))
        self._reported = False
        self._ontology_checked = False
        self._last_type = ""

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    def _report_urls(self) -> None:
        if self._found and not self._reported:
            self._reported = True
            self._report(f"endpoint {self.endpoint}: {', '.join(self._found)} (the {self._convention} "
                         "convention; --update-endpoint/--gsp-endpoint to change)")

    # -- HTTP
    def _fail(self, what: str, url: str, err: BaseException) -> StoreError:
        if isinstance(err, urllib.error.HTTPError):
            try:
                body = err.read().decode("utf-8", "replace")
            except Exception:  # noqa: BLE001
                body = ""
            detail = f"HTTP {err.code} {err.reason}" + (f": {_one_line(body, 200)}" if body.strip() else "")
            return StoreError(f"{what} {url} failed: {detail}")
        if isinstance(err, (TimeoutError, socket.timeout)) or "timed out" in str(err):
            return StoreError(f"{what} {url}: no answer within {self.timeout:g} s")
        if isinstance(err, urllib.error.URLError):
            return StoreError(f"cannot reach {url}: {_one_line(err.reason)}")
        return StoreError(f"{what} {url} failed: {_one_line(err)}")

    def _http(self, method: str, url: str, data: bytes | None = None, headers: dict | None = None,
              what: str = "request to") -> bytes:
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                self._last_type = resp.headers.get("Content-Type", "")
                return resp.read()
        except (urllib.error.URLError, OSError, ValueError) as err:
            raise self._fail(what, url, err) from None

    def _write(self, sparql_update: str) -> None:
        """One SPARQL update, retried once; raises StoreError if both attempts fail."""
        data = sparql_update.encode("utf-8")
        headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
        try:
            self._http("POST", self.update_endpoint, data, headers, what="update at")
        except StoreError as first:
            try:
                self._http("POST", self.update_endpoint, data, headers, what="update at")
            except StoreError as second:
                raise StoreError(f"{second} (tried twice; this write was not applied)") from first
        self._report_urls()

    #: what :mod:`kg.resolve` calls to record a graph's version
    _update = _write

    def replace_graph(self, graph: URIRef, quads: Iterable[tuple]) -> None:
        """Replace one named graph (such as the resolution graph) on the server: a Graph Store
        ``PUT`` of N-Triples where there is a Graph Store URL (the server swaps the graph in
        one step), else one SPARQL update. Retried once; StoreError if both attempts fail."""
        body = "".join(f"{_nt(q[0])} {_nt(q[1])} {_nt(q[2])} .\n" for q in quads)
        if not self.gsp_endpoint or not body:
            inner = body.replace(" .\n", " .\n  ")
            self._write(f"DROP SILENT GRAPH {_nt(graph)}"
                        + (f" ;\nINSERT DATA {{ GRAPH {_nt(graph)} {{ {inner} }} }}" if body else ""))
            return
        url = self.gsp_endpoint + ("&" if "?" in self.gsp_endpoint else "?") + urllib.parse.urlencode(
            {"graph": str(graph)})
        data = body.encode("utf-8")
        headers = {"Content-Type": "application/n-triples"}
        try:
            self._http("PUT", url, data, headers, what="Graph Store PUT at")
        except StoreError as first:
            try:
                self._http("PUT", url, data, headers, what="Graph Store PUT at")
            except StoreError as second:
                raise StoreError(f"{second} (tried twice; graph {graph} was not replaced)") from first
        self._report_urls()

    def _select(self, sparql: str) -> QueryResult:
        return self.query(sparql)

    def _ask(self, sparql: str) -> bool:
        return bool(self.query(sparql).boolean)

    # -- the ontology graph, written with the first article
    def _ensure_ontology(self) -> None:
        if self._ontology_checked:
            return
        import hashlib

        from kg.ontology import ontology_graph, ontology_text

        digest = hashlib.sha256(ontology_text().encode("utf-8")).hexdigest()
        o, i = _nt(ONTOLOGY_GRAPH), _nt(INGEST_GRAPH)
        if not self._ask(f"ASK {{ GRAPH {i} {{ {o} {_nt(KG.contentHash)} {_nt(Literal(digest))} }} }}"):
            body = " .\n".join(f"{_nt(s)} {_nt(p)} {_nt(ob)}" for s, p, ob in ontology_graph())
            self._write(
                f"DROP SILENT GRAPH {o} ;\n"
                f"DELETE WHERE {{ GRAPH {i} {{ {o} ?p ?v }} }} ;\n"
                f"INSERT DATA {{ GRAPH {o} {{ {body} }}\n"
                f"  GRAPH {i} {{ {o} {_nt(KG.contentHash)} {_nt(Literal(digest))} }} }}"
            )
        self._ontology_checked = True

    # -- articles
    def put_article(self, article_id: str, content_hash: str, quads: Iterable[tuple]) -> int:
        from kg.store.embedded import article_update

        self._ensure_ontology()
        update, count = article_update(article_id, content_hash, quads)
        try:
            self._write(update)
        except StoreError as err:
            raise StoreError(f"article {article_id}: {err}") from None
        return count

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        from kg.store.embedded import article_ask

        return self._ask(article_ask(article_id, content_hash))

    def remove_article(self, article_id: str) -> bool:
        from kg.rdf import article_graph_iri
        from kg.store.embedded import article_removal

        gn = _nt(article_graph_iri(article_id))
        existed = self.has_article(article_id) or self._ask(f"ASK {{ GRAPH {gn} {{ ?s ?p ?o }} }}")
        self._write(article_removal(article_id))
        return existed

    def article_ids(self) -> list[str]:
        r = self.query(f"SELECT ?id WHERE {{ GRAPH {_nt(INGEST_GRAPH)} {{ ?g {_nt(KG.articleId)} ?id }} }} "
                       "ORDER BY ?id")
        return [row[0] for row in r.rows]

    # -- reading
    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        form, text = query_form(substitute(sparql, bindings or {}))
        sw = SPARQLWrapper(self.endpoint)
        sw.setMethod(POST)
        sw.setTimeout(max(1, round(self.timeout)))
        sw.setQuery(text)
        sw.queryType = form  # not SPARQLWrapper's guess from the text
        graph_result = form in ("CONSTRUCT", "DESCRIBE")
        sw.setReturnFormat(TURTLE if graph_result else JSON)
        try:
            resp = sw.query().response
            body = resp.read()
            ctype = resp.headers.get("Content-Type", "") if hasattr(resp, "headers") else ""
        except SPARQLWrapperException as err:
            response = err.args[0].split("Response:", 1)[1].strip() if "Response:" in err.args[0] else ""
            if response.startswith(("b'", 'b"')):
                try:
                    response = ast.literal_eval(response).decode("utf-8", "replace")
                except (ValueError, SyntaxError):
                    pass
            detail = _one_line(response, 200) or err.msg
            if isinstance(err, QueryBadFormed):
                raise StoreError(f"invalid SPARQL query (server {self.endpoint}): {detail}") from None
            raise StoreError(f"query at {self.endpoint} failed: {err.msg}: {detail}") from None
        except (urllib.error.URLError, OSError, ValueError) as err:
            raise self._fail("query at", self.endpoint, err) from None
        if graph_result:
            fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
            try:
                triples = list(ox.parse(body, format=fmt))
            except SyntaxError as err:
                raise StoreError(f"query at {self.endpoint}: unreadable answer: {_one_line(err)}") from None
            from kg.store.embedded import from_ox

            return QueryResult(["subject", "predicate", "object"],
                               [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in triples])
        try:
            doc = json.loads(body)
        except ValueError:
            raise StoreError(f"query at {self.endpoint}: the answer is not SPARQL JSON results "
                             f"({_one_line(body[:120].decode('utf-8', 'replace'))})") from None
        if "boolean" in doc:
            return QueryResult([], [], bool(doc["boolean"]))
        names = list(doc.get("head", {}).get("vars", []))
        rows = []
        for b in doc.get("results", {}).get("bindings", []):
            rows.append(tuple(_from_json(b[n]) if n in b else None for n in names))
        return QueryResult(names, rows)

    def _nquads(self) -> bytes:
        """Every quad on the server as N-Quads."""
        if self.gsp_endpoint:
            try:
                data = self._http("GET", self.gsp_endpoint, headers={"Accept": "application/n-quads"},
                                  what="Graph Store GET at")
                if "n-quads" in self._last_type:  # else not a Graph Store of the whole dataset
                    self._report_urls()
                    return data
            except StoreError:
                pass  # no Graph Store here, or not of the whole dataset: ask with SPARQL
        r = self.query("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        lines = []
        for s, p, o, g in r.terms:
            lines.append(f"{_nt(s)} {_nt(p)} {_nt(o)}" + (f" {_nt(g)}" if g is not None else "") + " .\n")
        return "".join(lines).encode("utf-8")

    def _local_copy(self):
        from kg.store.embedded import EmbeddedStore

        st = ox.Store()
        st.bulk_load(self._nquads(), format=ox.RdfFormat.N_QUADS)
        copy = EmbeddedStore.__new__(EmbeddedStore)  # a read view over the copy, without the ontology step
        copy.path, copy.location, copy.read_only, copy._s = None, f"copy of {self.endpoint}", True, st
        return copy

    def quads(self) -> Iterator[tuple]:
        yield from self._local_copy().quads()

    def dump(self, fmt: str) -> bytes:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        return self._local_copy().dump(fmt)

    def stats(self) -> dict[str, int]:
        in_articles = f"FILTER(STRSTARTS(STR(?g), {_nt(Literal(ARTICLE_GRAPH_BASE))}))"
        types = {"persons": FOAF.Person, "organizations": ORG.Organization, "events": KG.Event,
                 "directives": KG.Directive, "holdings": KG.Holding, "tasks": KG.Task}
        parts = [
            "{ SELECT (COUNT(*) AS ?triples) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }",
            f"{{ SELECT (COUNT(*) AS ?article_triples) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {in_articles} }} }}",
            (f"{{ SELECT (COUNT(DISTINCT ?id) AS ?articles) WHERE {{ GRAPH {_nt(INGEST_GRAPH)} "
            f"{{ ?a {_nt(KG.articleId)} ?id }} }} }}"),
        ]
        for name, cls in types.items():
            parts.append(f"{{ SELECT (COUNT(DISTINCT ?x) AS ?{name}) WHERE {{ GRAPH ?g "
                         f"{{ ?x {_nt(RDF.type)} {_nt(cls)} }} {in_articles} }} }}")
        r = self.query("SELECT * WHERE { " + " ".join(parts) + " }")
        row = dict(zip(r.vars, r.rows[0])) if r.rows else {}
        order = ["articles", "triples", "article_triples", *types]
        return {k: int(row.get(k) or 0) for k in order}

    def close(self) -> None:
        pass
