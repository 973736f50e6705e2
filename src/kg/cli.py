"""The ``kg`` command line: parse arguments, call the Python API, print, exit.

Exit status: 0 success, 1 a problem with the input or the data, 2 a usage error. Errors
are one line on stderr naming the file (and line or byte where useful).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from kg import __version__

MAX_GRAPH_NODES = 10_000  # kg.api.MAX_NODES, without importing networkx for every command


class UsageError(Exception):
    pass


class DataError(Exception):
    pass


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(32), 127)}
_CONTROL.update({10: "\\n", 13: "\\r", 9: "\\t"})


def _err(msg: str) -> None:
    """One line on stderr, whatever the message holds (a file name may hold a line break)."""
    print(f"kg: {msg.translate(_CONTROL)}", file=sys.stderr)


def _store_args(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--store", metavar="PATH", help="embedded store directory (default ./kg-store or $KG_STORE)")
    g.add_argument("--endpoint", metavar="URL", help="SPARQL 1.1 query URL of a server (or $KG_ENDPOINT)")
    p.add_argument("--update-endpoint", metavar="URL",
                   help="the server's SPARQL Update URL (default: found from the query URL)")
    p.add_argument("--gsp-endpoint", metavar="URL",
                   help="the server's Graph Store protocol URL (default: found from the query URL)")


def _open(args, read_only: bool = False, wait: float = 0.0):
    from kg.store import StoreError, open_store

    try:
        return open_store(args.store, args.endpoint, read_only=read_only, wait=wait,
                          update_endpoint=getattr(args, "update_endpoint", None),
                          gsp_endpoint=getattr(args, "gsp_endpoint", None))
    except StoreError as err:
        raise DataError(str(err)) from err


def _read_only(args) -> bool:
    """Read commands open an existing embedded store as a snapshot (works beside a writer)."""
    import os

    from kg.store import DEFAULT_STORE_PATH

    if args.endpoint or os.environ.get("KG_ENDPOINT") and not args.store:
        return False
    path = Path(args.store or os.environ.get("KG_STORE") or DEFAULT_STORE_PATH)
    if not path.exists():
        raise DataError(f"{path}: no store here yet (run 'kg ingest' first)")
    return True


# --- commands -------------------------------------------------------------------------

def _file_name(article_id: str) -> str:
    """An article id as a file name inside the output folder: path separators, control
    characters and a leading dot are percent-encoded (a JSONL id "../x" stays in the folder).

    >>> _file_name("xh-nld-3878"), _file_name("../../etc/x"), _file_name("a\\\\b%")
    ('xh-nld-3878', '%2E.%2F..%2Fetc%2Fx', 'a%5Cb%25')
    """
    name = "".join(f"%{ord(c):02X}" if c in "/\\%" or ord(c) < 32 or ord(c) == 127 else c for c in article_id)
    return "%2E" + name[1:] if name.startswith(".") else name


def _dask_check(args) -> None:
    """With --dask: dask must be importable (checked before any store or folder is made)."""
    if getattr(args, "dask", None):
        from kg.distributed import DaskUnavailable, _distributed

        try:
            _distributed()
        except DaskUnavailable as err:
            raise DataError(str(err)) from err


def _extract_dask(args) -> int:
    """``kg extract --dask ADDR``: the same outputs as the local path, extracted on the cluster;
    with ``--nquads-out DIR``, N-Quads shards for a server's bulk loader instead."""
    from kg.distributed import extract_with_dask, write_nquads_shards

    if args.nquads_out:
        if args.out:
            raise UsageError("give --out or --nquads-out, not both")
        try:
            written, failed = write_nquads_shards(args.inputs, args.dask, args.nquads_out,
                                                  shard_size=args.shard_size, on_error=_err)
        except OSError as err:
            raise DataError(f"{args.nquads_out}: cannot write: {err.strerror or err}") from err
        print(f"articles: {written} written to {args.nquads_out}, {failed} failed")
        return 1 if failed else 0
    return _write_extractions(extract_with_dask(args.inputs, args.dask, kind="results"), args.out)


def _write_extractions(results, out_arg) -> int:
    """Write ``(article, ok, result or error message)`` triples as ``kg extract`` does: one JSON
    file per article under ``--out``, or the one result (or JSON lines) on stdout."""
    status = 0
    out = Path(out_arg) if out_arg else None
    if out:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise DataError(f"{out}: cannot create the output folder: {err.strerror or err}") from err
    printed = []
    for item, ok, result in results:
        if not ok:
            _err(result)
            status = 1
            continue
        if out:
            target = out / f"{_file_name(item.id)}.json"
            try:
                target.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            except OSError as err:
                _err(f"{target}: cannot write: {err.strerror or err}")
                status = 1
        else:
            printed.append(result)
    if not out:
        if len(printed) == 1:
            print(json.dumps(printed[0], ensure_ascii=False, indent=1))
        else:
            for r in printed:
                print(json.dumps(r, ensure_ascii=False))
    return status


def cmd_extract(args) -> int:
    from kg.extract import extract_article
    from kg.io import read_inputs
    from kg.model import InputError

    _dask_check(args)
    if args.dask:
        return _extract_dask(args)
    if args.nquads_out:
        raise UsageError("--nquads-out goes with --dask SCHEDULER_ADDRESS")

    def local():
        for item in read_inputs(args.inputs):
            if isinstance(item, InputError):
                yield item, False, str(item)
                continue
            try:
                yield item, True, extract_article(item)
            except Exception as err:  # noqa: BLE001 - an extractor bug must not stop the other inputs
                yield item, False, (f"{item.source or item.id}: extraction failed: {type(err).__name__}: "
                                    f"{' '.join(str(err).split())[:200]}")

    return _write_extractions(local(), args.out)


def cmd_ingest(args) -> int:
    from kg.ingest import ingest

    _dask_check(args)
    store = _open(args, wait=args.wait)
    try:
        summary = ingest(args.inputs, store, progress=not args.quiet, jobs=args.jobs, on_error=_err,
                         dask=args.dask)
    finally:
        store.close()
    for line in summary.lines():
        print(line)
    return 1 if summary.failed else 0


def _print_result(result, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(result.to_sparql_json(), ensure_ascii=False, indent=1))
        return
    if result.boolean is not None:
        print("true" if result.boolean else "false")
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(result.vars)
        for row in result.rows:
            w.writerow(["" if v is None else v for v in row])
        return
    from kg.ontology import DATA

    # tables are for people: data IRIs are shown short ("id:person/0a9a..."); csv and json keep them whole
    rows = [["" if v is None else v.replace(str(DATA), "id:") for v in row] for row in result.rows]
    widths = [len(v) for v in result.vars]
    for row in rows:
        widths = [min(max(w, len(c)), 60) for w, c in zip(widths, row)]
    def fmt_row(cells):
        return "  ".join((c if len(c) <= 60 else c[:57] + "...").ljust(w) for c, w in zip(cells, widths)).rstrip()
    print(fmt_row(result.vars))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt_row(row))
    print(f"({len(rows)} rows)")


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise UsageError(f"--param takes KEY=VALUE, not {pair!r}")
        k, v = pair.split("=", 1)
        out[k.strip()] = v
    return out


def cmd_query(args) -> int:
    from kg.queries import QueryParamError, run_saved

    given = [x for x in (args.sparql, args.file, args.name) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of SPARQL, --file FILE.rq or --name NAME")
    params = _params(args.param)
    store = _open(args, read_only=_read_only(args))
    try:
        if args.name:
            try:
                result = run_saved(store, args.name, params)
            except QueryParamError as err:
                raise UsageError(str(err)) from err
        else:
            if params:
                raise UsageError("--param goes with --name (a saved query)")
            if args.file:
                try:
                    text = Path(args.file).read_text(encoding="utf-8")
                except OSError as err:
                    raise DataError(f"{args.file}: {err.strerror or err}") from err
            else:
                text = args.sparql
            try:
                result = store.query(text)
            except Exception as err:
                from kg.store import StoreError

                if isinstance(err, StoreError):
                    raise DataError(str(err)) from err
                raise DataError(f"query failed: {' '.join(str(err).split())[:300]}") from err
    finally:
        store.close()
    _print_result(result, args.format)
    return 0


def cmd_graph(args) -> int:
    from kg.api import GraphTooBig, NothingToDraw, check_size, graph
    from kg.lexicons import glosses
    from kg.viz import FocusNotFound
    from kg.viz.html import write_html

    if args.depth < 0:
        raise UsageError(f"--depth must be 0 or more, not {args.depth}")
    if args.max_nodes < 0:
        raise UsageError(f"--max-nodes must be 0 (no limit) or more, not {args.max_nodes}")
    store = _open(args, read_only=_read_only(args))
    try:
        G = graph(store, focus=args.focus, depth=args.depth, org=args.org, since=args.since,
                  until=args.until, keep_undated=args.keep_undated, glosses=glosses())
    except FocusNotFound as err:
        option = "--org" if args.org and str(err).startswith("no organisation named") else "--focus"
        raise DataError(f"{option} {getattr(args, option[2:])!r}: {err}") from err
    except NothingToDraw as err:
        raise DataError(f"{err}: widen --since/--until or add --keep-undated") from err
    except ValueError as err:  # a bad date or depth
        msg = str(err)
        raise UsageError(f"--{msg}" if msg.startswith(("since", "until")) else msg) from err
    finally:
        store.close()
    try:
        check_size(G, args.max_nodes)
    except GraphTooBig as err:
        raise DataError(f"the graph has {G.number_of_nodes()} nodes, too many to draw usefully "
                        f"(--max-nodes {args.max_nodes}): narrow it with --focus NAME, --org NAME or "
                        "--since/--until, or raise --max-nodes (0: no limit)") from err
    info = write_html(G, args.out, G.graph["title"])
    print(f"wrote {args.out}: {info.get('nodes')} nodes, {info.get('edges')} edges, {info.get('bytes')} bytes")
    return 0


def cmd_export(args) -> int:
    fmt = args.format
    store = _open(args, read_only=_read_only(args))
    try:
        if fmt in ("graphml", "csv"):
            from kg.viz import export_table

            export_table(store, fmt, args.out)
        else:
            from kg.export import export

            data = export(store, fmt, args.out)
            if not args.out:
                sys.stdout.buffer.write(data)
    finally:
        store.close()
    if args.out:
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


def cmd_validate(args) -> int:
    from kg.validate import validate_store

    store = _open(args, read_only=_read_only(args))
    try:
        conforms, report = validate_store(store)
    finally:
        store.close()
    if conforms:
        print("valid: the graph conforms to ontology/shapes.ttl")
        return 0
    print(report)
    _err("the graph does not conform to the shapes (see the report above)")
    return 1


def cmd_stats(args) -> int:
    store = _open(args, read_only=_read_only(args))
    try:
        stats = store.stats()
    finally:
        store.close()
    for k, v in stats.items():
        print(f"{k}: {v}")
    return 0


def cmd_remove(args) -> int:
    store = _open(args, wait=args.wait)
    try:
        from kg.resolve import resolve_store
        from kg.resolve_chunks import article_keys

        touched = article_keys(store, args.article_id)  # its nodes leave their clusters
        removed = store.remove_article(args.article_id)
        if removed:
            resolve_store(store, touched)  # facts only this article supported leave the resolution too
    finally:
        store.close()
    if not removed:
        _err(f"{args.article_id}: no such article in the store")
        return 1
    print(f"removed {args.article_id}")
    return 0


def cmd_explain(args) -> int:
    from kg.resolve import explain, format_explain

    store = _open(args, read_only=_read_only(args))
    try:
        entities = explain(store, args.name)
    finally:
        store.close()
    if not entities:
        _err(f"{args.name}: no person or organisation of that name in the resolution graph")
        return 1
    print(format_explain(entities))
    return 0


def cmd_eval(args) -> int:
    from kg.evaluate import KINDS, differences, format_table, score
    from kg.extract import extract_article
    from kg.io import read_inputs
    from kg.model import InputError

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise DataError(f"{gold_dir}: no such gold folder")
    gold = {}
    for path in sorted(gold_dir.rglob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as err:
            raise DataError(f"{path}: not a gold file: {err}") from err
        ident = (doc.get("article") or {}).get("id") or path.stem
        gold.setdefault(ident, doc)
    if not gold:
        raise DataError(f"{gold_dir}: no gold files")
    pred = {}
    for item in read_inputs(args.inputs):
        if isinstance(item, InputError):
            if "duplicate article id" not in str(item):
                _err(str(item))
            continue
        if item.id in gold and item.id not in pred:
            pred[item.id] = extract_article(item)
    table = score(gold, pred)
    kinds = [k.strip() for k in (args.errors or "").split(",") if k.strip()]
    known = KINDS + ("tasks",)
    unknown = [k for k in kinds if k not in known]
    if unknown:
        raise DataError(f"--errors: unknown fact types {', '.join(unknown)} (known: {', '.join(known)})")
    errors = differences(gold, pred, kinds) if kinds else []
    if args.json:
        out = {"articles": len(gold), "scores": table}
        if kinds:
            out["errors"] = [{"article": a, "kind": k, "error": e, "fact": list(f)} for a, k, e, f in errors]
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print(format_table(table))
        for article, kind, error, fact in errors:
            print(f"{article}\t{kind}\t{error}\t{' | '.join(fact)}")
    missing = sorted(set(gold) - set(pred))
    if missing:
        _err(f"no text under the inputs for {len(missing)} gold articles: {', '.join(missing[:10])}")
        return 1
    return 0


def cmd_lexicon(args) -> int:
    from kg.lexicons import NAMES, load

    if getattr(args, "candidates", False):
        return _lexicon_candidates([args.name, *args.inputs] if args.name else args.inputs, args.min_count)
    if getattr(args, "inputs", None):
        raise UsageError("INPUT paths go with --candidates; 'kg lexicon NAME' prints one lexicon")
    if args.name is None:
        raise UsageError(f"give a lexicon NAME ({', '.join(NAMES)}) or --candidates INPUT...")
    if args.name not in NAMES:
        raise UsageError(f"no lexicon {args.name!r}; lexicons: {', '.join(NAMES)}")
    rows = load(args.name)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    if rows:
        w.writerow(rows[0].keys())
    for row in rows:
        w.writerow(row.values())
    return 0


def _lexicon_candidates(paths: list[str], min_count: int) -> int:
    """``kg lexicon --candidates INPUT...``: new post titles found in the slots of known ones."""
    from kg.candidates import find_candidates, format_candidates
    from kg.io import read_inputs
    from kg.model import InputError

    if not paths:
        raise UsageError("--candidates needs INPUT files or directories to scan")
    failed = False

    def articles():
        nonlocal failed
        for item in read_inputs(paths):
            if isinstance(item, InputError):
                _err(str(item))
                failed = True
            else:
                yield item

    found = [c for c in find_candidates(articles()) if c.count >= min_count]
    print(format_candidates(found))
    return 1 if failed else 0


def cmd_serve(args) -> int:
    import os

    from kg.serve import serve
    from kg.store import DEFAULT_STORE_PATH, StoreError, open_store

    path = Path(args.store or os.environ.get("KG_STORE") or DEFAULT_STORE_PATH)
    if not path.is_dir():
        raise DataError(f"{path}: no store here yet (run 'kg ingest' first)")
    try:
        store = open_store(path, read_only=True)
    except StoreError as err:
        raise DataError(str(err)) from err
    try:
        serve(store, args.host, args.port, quiet=not args.verbose)
    except OSError as err:
        raise DataError(f"cannot listen on {args.host}:{args.port}: {err.strerror or err}") from err
    except KeyboardInterrupt:
        print("kg: stopped", file=sys.stderr)
    finally:
        store.close()
    return 0


# --- parser ---------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Knowledge graph of officials, ranks, posts, units, "
                                "events and directives from Vietnamese official news.")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    s = sub.add_parser("extract", help="extract facts from articles (no store)")
    s.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .html, .jsonl files or directories")
    s.add_argument("--out", metavar="DIR", help="write DIR/<article id>.json per article")
    s.add_argument("--dask", metavar="SCHEDULER_ADDRESS",
                   help="extract on this Dask scheduler's workers (tcp://HOST:PORT; needs kg[dask])")
    s.add_argument("--nquads-out", metavar="DIR",
                   help="with --dask: write DIR/shard-NNNNN.nq (N-Quads for a bulk loader) instead of JSON")
    s.add_argument("--shard-size", type=int, default=1000, metavar="N",
                   help="articles per --nquads-out file (default 1000)")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("ingest", help="extract and add articles to the graph")
    s.add_argument("inputs", nargs="+", metavar="INPUT")
    _store_args(s)
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="extract in N processes (default: one per core; 1: in this process)")
    s.add_argument("--dask", metavar="SCHEDULER_ADDRESS",
                   help="extract on this Dask scheduler's workers instead (tcp://HOST:PORT; needs "
                   "kg[dask]); this process still writes")
    s.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                   help="wait this long for another kg process holding the store (default 30)")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("query", help="run a SPARQL query or a saved query")
    s.add_argument("sparql", nargs="?", metavar="SPARQL")
    s.add_argument("--file", metavar="FILE.rq")
    s.add_argument("--name", metavar="NAME", help="a saved query: persons, posts, organizations, "
                   "event-roles, directives, org-members, person-timeline, post-holders, post-holder-at")
    s.add_argument("--param", action="append", metavar="KEY=VALUE", help="a saved query's parameter")
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    _store_args(s)
    s.set_defaults(func=cmd_query)

    s = sub.add_parser("graph", help="write the interactive HTML graph (works offline)")
    s.add_argument("--out", default="kg-graph.html", metavar="FILE.html")
    s.add_argument("--focus", metavar="NAME", help="only this person's or unit's neighbourhood")
    s.add_argument("--depth", type=int, default=2, metavar="N")
    s.add_argument("--org", metavar="NAME", help="only this unit, its sub-units, their posts and people")
    s.add_argument("--since", metavar="YYYY-MM-DD", help="only holdings, events and articles dated this day or later")
    s.add_argument("--until", metavar="YYYY-MM-DD", help="only holdings, events and articles dated up to this day")
    s.add_argument("--keep-undated", action="store_true", help="with --since/--until, keep what has no date")
    s.add_argument("--max-nodes", type=int, default=MAX_GRAPH_NODES, metavar="N",
                   help=f"refuse to draw more nodes than this (default {MAX_GRAPH_NODES}; 0: no limit)")
    _store_args(s)
    s.set_defaults(func=cmd_graph)

    s = sub.add_parser("export", help="export the graph")
    s.add_argument("--format", choices=("ttl", "trig", "nq", "jsonld", "graphml", "csv"), default="trig")
    s.add_argument("--out", metavar="FILE")
    _store_args(s)
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("eval", help="score extraction against gold annotations")
    s.add_argument("gold_dir", metavar="GOLD_DIR")
    s.add_argument("inputs", nargs="+", metavar="INPUT")
    s.add_argument("--json", action="store_true")
    s.add_argument("--errors", metavar="KINDS",
                   help="also list each missed and extra fact of these types (comma-separated, e.g. posts_org)")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("validate", help="SHACL validation of the graph")
    _store_args(s)
    s.set_defaults(func=cmd_validate)

    s = sub.add_parser("stats", help="counts of what the graph holds")
    _store_args(s)
    s.set_defaults(func=cmd_stats)

    s = sub.add_parser("remove", help="remove an article and its facts")
    s.add_argument("article_id", metavar="ARTICLE_ID")
    _store_args(s)
    s.add_argument("--wait", type=float, default=30.0, metavar="SECONDS")
    s.set_defaults(func=cmd_remove)

    s = sub.add_parser("lexicon", help="print a lexicon (ranks, posts, units, ...)")
    s.add_argument("name", metavar="NAME", nargs="?", help="the lexicon to print (not with --candidates)")
    s.add_argument("inputs", nargs="*", metavar="INPUT", help="with --candidates: articles to scan")
    s.add_argument("--candidates", action="store_true",
                   help="print post titles missing from posts.tsv, found in the title slots of the INPUTs")
    s.add_argument("--min-count", type=int, default=1, metavar="N",
                   help="with --candidates: only candidates seen at least N times (default 1)")
    s.set_defaults(func=cmd_lexicon)

    s = sub.add_parser("serve", help="serve the store as a read-only SPARQL endpoint")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=7878, metavar="N", help="port (default 7878; 0 picks a free one)")
    s.add_argument("--store", metavar="PATH", help="embedded store directory (default ./kg-store or $KG_STORE)")
    s.add_argument("--verbose", action="store_true", help="log every request on stderr")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("explain", help="how a person or unit was resolved across articles")
    s.add_argument("name", metavar="NAME", help="a name; case and diacritics do not matter")
    _store_args(s)
    s.set_defaults(func=cmd_explain)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as err:
        _err(str(err))
        return 2
    except DataError as err:
        _err(str(err))
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:
        from kg.store import StoreError

        if isinstance(err, StoreError):  # a server down, a failed write: one line, exit 1
            _err(str(err))
            return 1
        from kg.distributed import DaskError, DaskUnavailable

        if isinstance(err, (DaskError, DaskUnavailable)):  # no dask, a scheduler not reached
            _err(str(err))
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
