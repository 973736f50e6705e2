"""Saved SPARQL queries: one ``<name>.rq`` file each in this package.

Every saved query reads the article graphs through ``GRAPH ?g { ... }``, so it behaves
the same in the embedded store and on a remote server whatever its default graph. The
file's comment header documents the columns and the parameters; a parameter is declared
with a line ``# @param NAME  description``.

Parameters are bound as RDF literals through the store (never pasted into the query
text). A parameter ``NAME`` binds the variable ``?NAME_text`` to the value as given and
``?NAME_key`` to its name key (:func:`kg.rdf.name_key`: case and diacritics removed),
whichever of the two the query projects (Oxigraph's substitution needs the variable in
the SELECT clause); both are removed from the result.

>>> list_saved()[:3]
['directives', 'event-roles', 'org-members']
>>> query_params("org-members")
{'org': "the organisation's name, or one of its aliases; case and diacritics do not matter"}
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import resources

from rdflib import Literal

from kg.rdf import name_key
from kg.store import QueryResult, Store

__all__ = ["QueryParamError", "describe", "list_saved", "query_params", "run_saved", "saved_query"]

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PARAM = re.compile(r"^#\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:?\s*(.*)$")


class QueryParamError(ValueError):
    """An unknown saved query, or a missing or unknown parameter (a usage error)."""


def _files():
    return resources.files(__name__)


def list_saved() -> list[str]:
    """The names of the saved queries, sorted."""
    return sorted(f.name[:-3] for f in _files().iterdir() if f.name.endswith(".rq"))


def saved_query(name: str) -> str:
    """The SPARQL text of a saved query.

    >>> "GRAPH ?g" in saved_query("posts")
    True
    """
    if not _NAME.match(name) or name not in list_saved():
        raise QueryParamError(f"no saved query {name!r}; saved queries: {', '.join(list_saved())}")
    return _files().joinpath(f"{name}.rq").read_text(encoding="utf-8")


def describe(name: str) -> str:
    """The first line of the query's comment header, without its name.

    >>> describe("event-roles")
    'who took part in which event, in what role; one row per participation.'
    """
    first = saved_query(name).splitlines()[0].lstrip("#").strip()
    return first.split(":", 1)[1].strip() if first.startswith(name + ":") else first


def query_params(name: str) -> dict[str, str]:
    """The parameters of a saved query with their descriptions (all are required)."""
    out = {}
    for line in saved_query(name).splitlines():
        m = _PARAM.match(line.strip())
        if m:
            out[m.group(1)] = m.group(2).strip()
    return out


def _projected(sparql: str) -> set[str]:
    body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    m = re.search(r"\bSELECT\b(.*?)(\bWHERE\b|\{)", body, re.DOTALL | re.IGNORECASE)
    return set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", m.group(1))) if m else set()


def run_saved(store: Store, name: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a saved query with its parameters bound as literals.

    Raises :class:`QueryParamError` for an unknown query, a missing parameter or one the
    query does not take.
    """
    sparql = saved_query(name)
    declared = query_params(name)
    params = dict(params or {})
    unknown = sorted(set(params) - set(declared))
    if unknown:
        takes = ", ".join(declared) if declared else "no parameters"
        raise QueryParamError(f"query {name} has no parameter {unknown[0]!r} (it takes {takes})")
    missing = [k for k in declared if k not in params]
    if missing:
        need = " ".join(f"--param {k}=..." for k in missing)
        raise QueryParamError(f"query {name} needs {need}")
    projected = _projected(sparql)
    bindings = {}
    for key, value in params.items():
        if f"{key}_text" in projected:
            bindings[f"{key}_text"] = Literal(value)
        if f"{key}_key" in projected:
            bindings[f"{key}_key"] = Literal(name_key(value))
    return store.query(sparql, bindings).drop(bindings)
