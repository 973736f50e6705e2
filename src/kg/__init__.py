"""kg: a knowledge graph of officials, ranks, posts, units, events and directives
from Vietnamese official news.

The pipeline, one module per stage (data flows one way):

    kg.io        path -> Article
    kg.text      raw text -> cleaned text + sentences (with offsets into the raw text)
    kg.extract   Article -> extraction result (dict in the form of spec/extraction.schema.json)
    kg.rdf       extraction result -> RDF quads in one named graph per article
    kg.store     embedded Oxigraph store or a remote SPARQL endpoint
    kg.queries   saved SPARQL queries with bound parameters
    kg.viz       networkx graph and the offline HTML picture
    kg.cli       the command line (thin)
"""

__version__ = "0.1.0"

#: the notebook/script API (:mod:`kg.api`), imported on first use: ``kg.query_df(...)``
_API = ("open_store", "build_sample_store", "query_df", "graph", "draw", "html")


def __getattr__(name: str):
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
