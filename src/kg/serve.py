"""``kg serve``: a store as a read-only SPARQL 1.1 endpoint, with the standard library only.

``GET`` or ``POST`` ``/query`` (or ``/sparql``) with ``query=`` as a URL or form parameter,
or ``POST`` with a ``application/sparql-query`` body. Results of SELECT and ASK as SPARQL
JSON (default), CSV, TSV or XML, chosen by the ``Accept`` header (or ``format=json|csv|
tsv|xml``); CONSTRUCT and DESCRIBE as N-Triples (also sent for ``text/turtle``, of which it
is a subset). Every update is refused with 403: the ``/update`` path, an ``update=``
parameter and an ``application/sparql-update`` body. It binds to 127.0.0.1 unless told
otherwise. ::

    with open_store("kg-store", read_only=True) as store:
        serve(store, "127.0.0.1", 7878)          # until Ctrl-C

Tests use :func:`make_server` on port 0 and ``serve_forever`` in a thread.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, URIRef

from kg.store import QueryResult, Store, StoreError, term_to_json
from kg.store.remote import query_form

__all__ = ["DEFAULT_PORT", "make_server", "results_body", "serve", "serve_in_thread"]

DEFAULT_PORT = 7878
QUERY_PATHS = ("/query", "/sparql")
MAX_BODY = 16 * 1024 * 1024

_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_ACCEPT = [
    ("application/sparql-results+json", "json"), ("application/json", "json"),
    ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
]


def _nt(term) -> str:
    from kg.store.embedded import to_ox

    return str(to_ox(term))


def _pick_format(accept: str, explicit: str | None) -> str:
    """The results format: ``format=`` if given, else the first one the Accept header
    names with q > 0 (in the header's order of preference), else JSON."""
    if explicit:
        return explicit if explicit in _TYPES else "json"
    prefs = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        prefs.append((-q, i, bits[0].lower()))
    for _q, _i, mime in sorted(prefs):
        if _q == 0:
            continue
        for known, fmt in _ACCEPT:
            if mime == known:
                return fmt
    return "json"


def _csv_value(term) -> str:
    return "" if term is None else str(term)


def results_body(result: QueryResult, fmt: str) -> bytes:
    """A SELECT or ASK result in the SPARQL 1.1 results format ``fmt``."""
    if fmt == "json":
        return json.dumps(result.to_sparql_json(), ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in result.vars]
        out.append("</head>")
        if result.boolean is not None:
            out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
        else:
            out.append("<results>")
            for row in result.terms:
                out.append("<result>")
                for v, t in zip(result.vars, row):
                    if t is None:
                        continue
                    if isinstance(t, URIRef):
                        cell = f"<uri>{escape(str(t))}</uri>"
                    elif isinstance(t, BNode):
                        cell = f"<bnode>{escape(str(t))}</bnode>"
                    else:
                        j = term_to_json(t)
                        attrs = ""
                        if "xml:lang" in j:
                            attrs = f" xml:lang={quoteattr(j['xml:lang'])}"
                        elif "datatype" in j:
                            attrs = f" datatype={quoteattr(j['datatype'])}"
                        cell = f"<literal{attrs}>{escape(str(t))}</literal>"
                    out.append(f"<binding name={quoteattr(v)}>{cell}</binding>")
                out.append("</result>")
            out.append("</results>")
        out.append("</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if result.boolean is not None:  # no standard CSV/TSV for ASK: the word
        return (b"true\n" if result.boolean else b"false\n")
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.vars)
        for row in result.terms:
            w.writerow([_csv_value(t) for t in row])
    else:  # tsv: terms in Turtle/N-Triples syntax
        buf.write("\t".join("?" + v for v in result.vars) + "\n")
        for row in result.terms:
            buf.write("\t".join("" if t is None else _nt(t) for t in row) + "\n")
    return buf.getvalue().encode("utf-8")


def triples_body(result: QueryResult) -> bytes:
    """The triples of a CONSTRUCT or DESCRIBE result as N-Triples."""
    return "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in result.terms).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-serve"
    store: Store  # set on the subclass made by make_server
    quiet: bool = True

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)

    # -- answers
    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip("\n") + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _refuse_update(self) -> None:
        self._text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")

    # -- requests
    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        self._dispatch(url.path, params, None)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE if length > 0 else HTTPStatus.BAD_REQUEST,
                       f"a request body of at most {MAX_BODY} bytes, with a Content-Length")
            return
        body = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        direct = None
        if ctype == "application/sparql-update":
            self._refuse_update()
            return
        if ctype == "application/sparql-query":
            direct = body.decode("utf-8", "replace")
        elif ctype in ("application/x-www-form-urlencoded", ""):
            for k, v in urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        else:
            self._text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                       "send application/sparql-query or application/x-www-form-urlencoded (query=...)")
            return
        self._dispatch(url.path, params, direct)

    def do_PUT(self) -> None:
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT

    def _dispatch(self, path: str, params: dict, direct: str | None) -> None:
        path = path.rstrip("/") or "/"
        if path in ("/update", "/store", "/data") or "update" in params:
            self._refuse_update()
            return
        if path not in QUERY_PATHS:
            self._text(HTTPStatus.NOT_FOUND, f"no such path {path}; SPARQL queries go to /query or /sparql")
            return
        queries = params.get("query", [])
        if direct is not None:
            queries = [direct, *queries]
        if len(queries) != 1:
            self._text(HTTPStatus.BAD_REQUEST, "give exactly one query (query=... or an "
                       "application/sparql-query body)")
            return
        sparql = queries[0]
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._text(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported; "
                       "use GRAPH in the query")
            return
        try:
            form, _ = query_form(sparql)
        except StoreError as err:
            if "update" in str(err):
                self._refuse_update()
            else:
                self._text(HTTPStatus.BAD_REQUEST, str(err))
            return
        try:
            result = self.store.query(sparql)
        except StoreError as err:
            self._text(HTTPStatus.BAD_REQUEST, str(err))
            return
        except Exception as err:  # noqa: BLE001 - one bad query must not stop the server
            self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"{type(err).__name__}: {err}")
            return
        explicit = (params.get("format") or [None])[0]
        accept = self.headers.get("Accept") or ""
        if form in ("CONSTRUCT", "DESCRIBE"):
            ctype = "text/turtle" if "turtle" in accept and "n-triples" not in accept else "application/n-triples"
            self._send(HTTPStatus.OK, triples_body(result), f"{ctype}; charset=utf-8")
            return
        fmt = _pick_format(accept, explicit)
        self._send(HTTPStatus.OK, results_body(result, fmt), f"{_TYPES[fmt]}; charset=utf-8")


def make_server(store: Store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
                quiet: bool = True) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries on ``store`` (not started: call
    ``serve_forever()``; ``port=0`` picks a free port, see ``server.server_address``)."""
    handler = type("KgSparqlHandler", (_Handler,), {"store": store, "quiet": quiet})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve(store: Store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, quiet: bool = False) -> None:
    """Serve ``store`` until interrupted."""
    server = make_server(store, host, port, quiet=quiet)
    h, p = server.server_address[:2]
    shown = f"[{h}]" if ":" in str(h) else h
    print(f"kg: serving {store.location} read-only at http://{shown}:{p}/query (Ctrl-C to stop)",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def serve_in_thread(store: Store, host: str = "127.0.0.1", port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start a server in a daemon thread; returns it and its query URL (for tests and notebooks).
    Stop it with ``server.shutdown(); server.server_close()``."""
    server = make_server(store, host, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    h, p = server.server_address[:2]
    return server, f"http://{h}:{p}/query"

