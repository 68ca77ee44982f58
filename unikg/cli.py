"""The `unikg` command line.

Errors a user can fix are printed as one line saying what to do (exit status 2);
a failed validation or failed documents give exit status 1. `--debug` shows tracebacks.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from unikg import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """An error whose message tells the user what to do."""


def _store_arg(p: argparse.ArgumentParser) -> None:
    from unikg.store import DEFAULT_STORE
    p.add_argument("--store", type=Path, default=DEFAULT_STORE, metavar="DIR",
                   help=f"the on-disk graph store (default: {DEFAULT_STORE.relative_to(Path.cwd()) if DEFAULT_STORE.is_relative_to(Path.cwd()) else DEFAULT_STORE})")


def cmd_build(args) -> int:
    from unikg.build import build
    report = build(args.docs or None, args.store, workers=args.workers, validate=not args.no_validate,
                   force=args.force, progress=False if args.quiet else None,
                   wikidata_endpoint=args.wikidata_endpoint if args.reconcile_wikidata else None)
    print(report.summary())
    if args.verbose and report.warnings:
        print("\nwarnings:\n" + "\n".join(f"  {w}" for w in report.warnings))
    if report.failed:
        print(f"\n{len(report.failed)} document(s) failed; the others were built.", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_validate(args) -> int:
    from unikg.store import open_store
    from unikg.validate import validate_store
    store = open_store(args.store, read_only=True)
    report = validate_store(store, engine=args.engine)
    if args.report:
        args.report.write_text(report.to_turtle(), encoding="utf-8")
    print(report.text())
    return EXIT_OK if report.conforms else EXIT_FAILED


def _params(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        if "=" not in pair:
            raise UserError(f"--param needs NAME=VALUE, got {pair!r}")
        k, v = pair.split("=", 1)
        values[k.strip()] = v
    return values


def _rows(text: str) -> int:
    """A --limit or --offset value: a whole number of rows."""
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of rows, got {text!r}")
    return int(text)


def cmd_query(args) -> int:
    from unikg.query import bind, is_ordered, list_queries, load_query, page, run_local, run_remote
    from unikg.results import format_results
    if args.list or not args.query:
        for q in list_queries():
            params = " ".join(f"{p.name}=" + ("…" if p.required else "[…]") for p in q.params)
            print(f"{q.name:32s} {q.title}" + (f"  ({params})" if params else ""))
        return EXIT_OK
    query = load_query(args.query)
    text = page(bind(query, _params(args.param)), args.limit, args.offset)
    if (args.limit is not None or args.offset is not None) and not is_ordered(query.text):
        print(f"note: {query.name} has no ORDER BY; its pages follow the engine's order", file=sys.stderr)
    if args.endpoint:
        results = run_remote(args.endpoint, text, timeout=args.timeout)
    else:
        from unikg.store import open_store
        results = run_local(open_store(args.store, read_only=True), text)
    out = format_results(results, args.format)
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def cmd_stats(args) -> int:
    from unikg.store import open_store, stats
    s = stats(open_store(args.store, read_only=True))
    if args.format == "json":
        print(json.dumps(s, indent=1))
    else:
        for k, v in s.items():
            print(f"{k:<14} {v}")
    return EXIT_OK


def cmd_dump(args) -> int:
    import pyoxigraph as ox
    from unikg.store import open_store
    fmt = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[args.format]
    store = open_store(args.store, read_only=True)
    if args.output:
        store.dump(str(args.output), format=fmt)
    else:
        sys.stdout.buffer.write(store.dump(format=fmt))
    return EXIT_OK


def cmd_extract(args) -> int:
    from loaders.pipeline import pipe, to_json
    from loaders.read import find_documents
    paths, errors = find_documents(args.files)
    status = EXIT_FAILED if errors else EXIT_OK
    for msg in errors:
        print(f"error: {msg}", file=sys.stderr)
    out = []
    for path, doc, error in pipe(paths):
        if error:
            print(f"error: {error}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        out.append(to_json(doc))
    if args.format == "json":
        print(json.dumps(out if len(out) != 1 else out[0], ensure_ascii=False, indent=1))
    else:
        for d in out:
            print(f"# {d['file_name']} ({d['lang']}, {d.get('dateline') or 'no dateline'})")
            for i in d["institutions"]:
                link = (i.get("link") or {}).get("id") or "-"
                print(f"  institution {i['key']}: {i['name']} [{i.get('country') or '?'}] {link}")
            persons = {p["key"]: p["name"] for p in d["persons"]}
            for p in d["posts"]:
                print(f"  official: {persons.get(p['person'])} — {p['label']} ({p['role']}) @ {p['institution']}")
            for e in d["events"]:
                print(f"  event {e['key']}: {e['type']} {e.get('start') or e.get('partial_start') or ''} {e['participants']}")
            for a in d["agreements"]:
                print(f"  agreement {a['key']}: {a['type']} {a['status']} {a['parties']}")
            print("  topics: " + ", ".join(dict.fromkeys(t["code"] for t in d["topics"])))
    return status


def cmd_reference(args) -> int:
    from unikg import reference
    if args.action == "import-ror":
        if not args.file:
            raise UserError("usage: unikg reference import-ror FILE.zip")
        stats = reference.import_ror(args.file, args.out)
    else:
        if not args.ror and not reference.DEFAULT_SOURCE.exists():
            raise UserError("give the ROR records with --ror FILE (the .jsonl.gz extract or a ROR dump .zip)")
        stats = reference.build(args.ror or [], args.out)
    for k, v in (stats or {}).items():
        print(f"{k:<20} {v}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="unikg", description="Build, check and query a knowledge graph of relations "
                                 "between universities from their news articles (fa, ru, en, ar).")
    ap.add_argument("--version", action="version", version=f"unikg {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="read documents, extract facts, write the graph store and validate it",
                       description="Read documents (.txt, .md, .html; files or folders), extract institutions, officials, "
                       "events, agreements and topics, write one named graph per document into the store, validate, "
                       "and print a summary. Unchanged documents are skipped.")
    p.add_argument("docs", nargs="*", type=Path, metavar="DOCS",
                   help="files or folders (default: graph_data/documents)")
    _store_arg(p)
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes (default 1)")
    p.add_argument("--force", action="store_true", help="rebuild documents even when unchanged")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation after the build")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--verbose", action="store_true", help="list extraction warnings")
    p.add_argument("--reconcile-wikidata", action="store_true",
                   help="look institutions the gazetteer does not know up on Wikidata by exact label "
                        "(online, cached beside the store; off by default; use --force to redo stored documents)")
    p.add_argument("--wikidata-endpoint", default="https://query.wikidata.org/sparql", metavar="URL",
                   help="the SPARQL endpoint for --reconcile-wikidata")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("validate", help="check the store against the SHACL shapes (exit 1 on a violation)")
    _store_arg(p)
    p.add_argument("--report", type=Path, metavar="FILE.ttl", help="also write the SHACL report graph as Turtle")
    p.add_argument("--engine", choices=("sparql", "pyshacl"), default="sparql",
                   help="sparql: SHACL Core compiled to SPARQL and run in the store (fast; default); "
                        "pyshacl: the reference implementation over an in-memory copy (slow on large stores)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("query", help="run a named query or a .rq file",
                       description="Run a named query (see --list) or a SPARQL file against the local store or a "
                       "remote SPARQL 1.1 endpoint. Parameters are bound as RDF terms, never pasted into the text.")
    p.add_argument("query", nargs="?", metavar="NAME|FILE.rq")
    _store_arg(p)
    p.add_argument("--endpoint", metavar="URL", help="query this SPARQL endpoint instead of the local store")
    p.add_argument("--format", choices=["table", "json", "csv", "tsv"], default="table",
                   help="table (default), json (W3C SPARQL 1.1 JSON results), csv, tsv")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind a query parameter (repeatable)")
    p.add_argument("--limit", type=_rows, metavar="N", help="at most N rows (a page, in the query's order); default: all")
    p.add_argument("--offset", type=_rows, metavar="K", help="skip the first K rows (with --limit: the next page)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S", help="remote query time limit in seconds")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("stats", help="count documents, institutions, persons, events, agreements and triples")
    _store_arg(p)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("dump", help="write every named graph of the store as N-Quads or TriG")
    _store_arg(p)
    p.add_argument("--format", choices=["nquads", "trig"], default="nquads")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("extract", help="print the facts extracted from documents, with their evidence")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_extract)

    from unikg import network, publish, serve
    network.add_parser(sub)
    publish.add_parser(sub)
    serve.add_parser(sub)

    from loaders.resources import REFERENCE_DIR
    p = sub.add_parser("reference", help="derive the institution gazetteer from ROR data",
                       description="build: derive graph_data/reference from a ROR extract (.jsonl.gz) or a full ROR "
                       "dump (.zip). import-ror FILE.zip: the same from a full ROR dump.")
    p.add_argument("action", nargs="?", choices=["build", "import-ror"], default="build")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE.zip", help="the ROR dump for import-ror")
    p.add_argument("--ror", type=Path, action="append", metavar="FILE",
                   help="ROR records (.jsonl.gz or dump .zip; repeatable; default: ../shared/reference/ror-records.jsonl.gz)")
    p.add_argument("--out", type=Path, default=REFERENCE_DIR, metavar="DIR")
    p.set_defaults(func=cmd_reference)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = parser()
    args = ap.parse_args(argv)
    if not args.command:
        ap.print_help()
        return EXIT_USAGE
    from unikg.network import NetworkError
    from unikg.query import QueryError
    from unikg.store import StoreError
    from loaders.model import DocumentError
    try:
        return args.func(args)
    except (UserError, QueryError, StoreError, NetworkError, DocumentError, FileNotFoundError, PermissionError) as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
