"""`unikg serve`: a SPARQL 1.1 endpoint and linked-data server over the graph store.

Built on the standard library's ThreadingHTTPServer (one thread per request). Routes:

- `/sparql`: SPARQL 1.1 Protocol (GET ?query=, POST form-urlencoded, POST
  application/sparql-query); the default graph is the union of all graphs unless the
  request names `default-graph-uri`. Updates (POST application/sparql-update or update=)
  are refused with 403 unless the server runs with `--allow-updates --token T` and the
  request carries `Authorization: Bearer T`.
- `/store`: SPARQL 1.1 Graph Store HTTP Protocol (GET reads; PUT/POST/DELETE gated as updates).
- `/id/...`: dereferenceable resource IRIs (303 See Other to `.html`, `.ttl`, `.jsonld` or
  `.nt` by the Accept header).
- `/` home, `/search?q=`, `/query-ui`, `/ontology`, `/void.ttl`, `/network`.

Time limit: pyoxigraph cannot cancel a running query. Each query runs in a worker thread
(pyoxigraph releases the GIL while it evaluates). The request thread waits `timeout`
seconds and then answers 503; the worker checks the deadline between result rows, so a
streaming query stops at its next row, while a query that computes everything before its
first row (ORDER BY, GROUP BY) runs on until that row and is then dropped. At most
`max_running` workers exist at once, counting such abandoned ones, so runaway queries cannot
pile up: a query arriving when all are busy gets 503 at once.
"""
from __future__ import annotations

import argparse
import csv
import hmac
import io
import json
import os
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape, quoteattr

import pyoxigraph as ox

from unikg import pages
from unikg.pages import esc
from unikg.query import apply_order, split_order_by, term_to_json
from unikg.rdf import ONTOLOGY_GRAPH, TOPIC, UNIKG, XSD, base_iri
from unikg.store import DEFAULT_STORE, ONTOLOGY_PATH

RESULT_TYPES = {  # media type -> result format of SELECT/ASK
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {  # media type -> format of CONSTRUCT/DESCRIBE and of resource descriptions
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "application/ld+json": "jsonld", "application/n-triples": "nt", "text/plain": "nt",
    "application/rdf+xml": "rdfxml",
}
FORMAT_PARAM = {  # the `format`/`output` parameter that clients such as SPARQLWrapper send
    "json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
    "json-ld": "jsonld", "jsonld": "jsonld", "n-triples": "nt", "nt": "nt", "rdf+xml": "rdfxml", "rdfxml": "rdfxml",
}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
         "jsonld": "application/ld+json", "nt": "application/n-triples", "rdfxml": "application/rdf+xml",
         "html": "text/html"}
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
SUFFIX = {"html": "html", "ttl": "turtle", "jsonld": "jsonld", "nt": "nt", "rdf": "rdfxml"}
UPLOAD_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
                  "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD,
                  "text/plain": ox.RdfFormat.N_TRIPLES}
# pages render only trusted markup plus escaped text; this header is the second line of defence
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'"


@dataclass
class ServeConfig:
    timeout: float = 30.0             # seconds per query
    max_rows: int = 10_000            # result rows (or triples) before truncation
    max_body: int = 1_000_000         # bytes of a request body
    max_running: int = 4              # query worker threads at once, abandoned ones included
    allow_updates: bool = False
    token: str | None = None
    network_page: Path | None = None
    queries_dir: Path | None = None
    quiet: bool = False


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


@dataclass
class Outcome:
    kind: str                          # "solutions", "boolean" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    triples: list[ox.Triple] = field(default_factory=list)
    boolean: bool = False
    truncated: bool = False
    seconds: float = 0.0


# ---------------------------------------------------------------- the endpoint logic


class Endpoint:
    """Query, update and search over one pyoxigraph store, with the limits of `config`."""

    def __init__(self, store: ox.Store, config: ServeConfig | None = None):
        self.store = store
        self.config = config or ServeConfig()
        self._slots = threading.BoundedSemaphore(self.config.max_running)
        self._write = threading.Lock()
        self._index: list[tuple[str, str, ox.Literal]] | None = None

    # -- queries

    def run(self, text: str, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> Outcome:
        if not self._slots.acquire(blocking=False):
            raise HttpError(503, f"the server is busy: {self.config.max_running} queries are running (queries past "
                            "their time limit may still be finishing); try again shortly", {"Retry-After": "5"})
        box: dict[str, Any] = {}
        done, cancel = threading.Event(), threading.Event()
        deadline = time.monotonic() + self.config.timeout

        def work() -> None:
            try:
                box["outcome"] = self._evaluate(text, deadline, cancel, default_graphs, named_graphs)
            except BaseException as exc:  # handed to the request thread
                # without its traceback: the frames hold pyoxigraph's result iterator, which
                # must be dropped on this thread, not wherever the exception is collected
                box["error"] = exc.with_traceback(None)
            finally:
                self._slots.release()
                done.set()

        threading.Thread(target=work, name="sparql-query", daemon=True).start()
        if not done.wait(self.config.timeout):
            cancel.set()
            raise HttpError(503, f"query time limit exceeded: the query ran longer than {self.config.timeout:g} s "
                            "(the server's --timeout); make it more selective or add a LIMIT")
        if "error" in box:
            raise box["error"]
        return box["outcome"]

    def _evaluate(self, text, deadline, cancel, default_graphs, named_graphs) -> Outcome:
        kwargs: dict[str, Any] = {}
        started = time.monotonic()
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]

        def expired() -> bool:
            return cancel.is_set() or time.monotonic() > deadline

        def take(items, cap: int | None) -> tuple[list, bool]:
            """The items up to `cap` (None: all) and whether more were left; the time limit
            is checked between items."""
            kept: list = []
            for item in items:
                if expired():
                    raise HttpError(503, "query time limit exceeded")
                if cap is not None and len(kept) >= cap:
                    return kept, True
                kept.append(item)
            return kept, False

        limit = self.config.max_rows
        # a final ORDER BY on variables is sorted here, as `unikg query` does (unikg.ordering):
        # every row is needed before the cap applies
        plan = split_order_by(text)
        if plan is not None:
            answer = self._query(plan.unordered, kwargs)
            names = [v.value for v in answer.variables]
            ordered = apply_order(plan, names, take(map(tuple, answer), None)[0])
            if ordered is not None:
                return Outcome("solutions", variables=names, rows=ordered[:limit],
                               truncated=len(ordered) > limit, seconds=time.monotonic() - started)
        answer = self._query(text, kwargs)
        if isinstance(answer, ox.QueryBoolean):
            return Outcome("boolean", boolean=bool(answer), seconds=time.monotonic() - started)
        if isinstance(answer, ox.QuerySolutions):
            out = Outcome("solutions", variables=[v.value for v in answer.variables])
            out.rows, out.truncated = take(map(tuple, answer), limit)
        else:
            out = Outcome("graph")
            out.triples, out.truncated = take(answer, limit)
        out.seconds = time.monotonic() - started
        return out

    def _query(self, text: str, kwargs: dict[str, Any]):
        try:
            return self.store.query(text, **kwargs)
        except SyntaxError as exc:
            raise HttpError(400, f"malformed query: {exc}") from None
        except ValueError as exc:
            raise HttpError(400, f"bad request: {exc}") from None

    # -- writes

    def check_write(self, authorization: str | None) -> None:
        if not self.config.allow_updates or not self.config.token:
            raise HttpError(403, "this endpoint is read-only: updates and Graph Store writes are refused "
                            "(start the server with --allow-updates --token T to accept them)")
        expected = f"Bearer {self.config.token}"
        if not authorization or not hmac.compare_digest(authorization.strip().encode(), expected.encode()):
            raise HttpError(401, "updates need the header 'Authorization: Bearer TOKEN' with the server's token",
                            {"WWW-Authenticate": 'Bearer realm="unikg"'})

    def update(self, text: str) -> None:
        with self._write:
            try:
                self.store.update(text)
            except SyntaxError as exc:
                raise HttpError(400, f"malformed update: {exc}") from None
            except OSError as exc:
                raise HttpError(500, f"the update failed: {exc}") from None
            self._index = None

    def replace_graph(self, graph: ox.NamedNode | None, triples: list[ox.Triple], replace: bool) -> None:
        """Graph Store PUT (replace=True) or POST (add) of `graph` (None: the default graph)."""
        target = graph or ox.DefaultGraph()
        quads = [ox.Quad(t.subject, t.predicate, t.object, target) for t in triples]
        with self._write:
            if replace and graph is not None:
                from unikg.store import replace_graph
                replace_graph(self.store, graph, quads)  # one DROP + INSERT DATA transaction
            else:
                if replace:
                    self.store.clear_graph(target)
                self.store.extend(quads)
            self._index = None

    def drop_graph(self, graph: ox.NamedNode | None) -> bool:
        with self._write:
            if graph is None:
                self.store.clear_graph(ox.DefaultGraph())
            elif self.store.contains_named_graph(graph):
                self.store.remove_graph(graph)
            else:
                return False
            self._index = None
            return True

    # -- search

    def search(self, text: str, limit: int = 100) -> list[tuple[str, ox.Literal, list[str]]]:
        """Resources whose label (any language) contains the words, compared folded:
        case, Arabic/Persian letter variants, diacritics and ZWNJ do not matter."""
        fold = _folder()
        key = fold(text)
        if not key:
            return []
        index = self._index
        if index is None:
            index = []
            for p in pages.LABEL_PROPS:
                for q in self.store.quads_for_pattern(None, ox.NamedNode(p), None, None):
                    if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal):
                        index.append((fold(q.object.value), q.subject.value, q.object))
            self._index = index
        hits: dict[str, tuple[ox.Literal, int]] = {}
        for folded, iri, lit in index:
            if key in folded:
                rank = 0 if folded == key else 1 if folded.startswith(key) else 2
                if iri not in hits or rank < hits[iri][1]:
                    hits[iri] = (lit, rank)
        # exact before prefix before substring; then institutions and people before the
        # events and agreements whose generated labels repeat their names
        kinds = {k: n for n, k in enumerate(("institution", "person"))}
        ordered = sorted(hits.items(), key=lambda kv: (kv[1][1], kinds.get(pages.resource_kind(kv[0]) or "", 9),
                                                      kv[1][0].value))[:limit]
        type_p = ox.NamedNode(pages.RDF + "type")
        return [(iri, lit, sorted({q.object.value for q in self.store.quads_for_pattern(ox.NamedNode(iri), type_p, None, None)}))
                for iri, (lit, _) in ordered]


def _folder():
    try:
        from loaders.normalise import fold
        return fold
    except ImportError:  # the loaders package is optional for a server over a built store
        return lambda s: " ".join(s.casefold().split())


# ---------------------------------------------------------------- result serialisation


def results_json(out: Outcome) -> dict[str, Any]:
    if out.kind == "boolean":
        return {"head": {}, "boolean": out.boolean}
    bindings = [{v: term_to_json(t) for v, t in zip(out.variables, row) if t is not None} for row in out.rows]
    data: dict[str, Any] = {"head": {"vars": out.variables}, "results": {"bindings": bindings}}
    if out.truncated:
        data["truncated"] = True  # extra member; SPARQL JSON readers ignore what they do not know
    return data


def _term_xml(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_term_xml(term.subject)}</subject><predicate>{_term_xml(term.predicate)}"
                f"</predicate><object>{_term_xml(term.object)}</object></triple>")
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
    if term.datatype.value != XSD + "string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(term.value)}</literal>"


def results_xml(out: Outcome) -> str:
    head = "".join(f"<variable name={quoteattr(v)}/>" for v in out.variables)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
             f"<head>{head}</head>"]
    if out.kind == "boolean":
        parts.append(f"<boolean>{'true' if out.boolean else 'false'}</boolean>")
    else:
        parts.append("<results>")
        for row in out.rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                            for v, t in zip(out.variables, row) if t is not None)
            parts.append(f"<result>{cells}</result>")
        parts.append("</results>")
    parts.append("</sparql>\n")
    return "\n".join(parts)


def results_csv(out: Outcome) -> str:
    """SPARQL 1.1 CSV: plain values (IRIs and lexical forms), CRLF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if out.kind == "boolean":
        writer.writerows([["boolean"], ["true" if out.boolean else "false"]])
        return buf.getvalue()
    writer.writerow(out.variables)
    for row in out.rows:
        writer.writerow(["" if t is None else f"_:{t.value}" if isinstance(t, ox.BlankNode) else
                         str(t) if isinstance(t, ox.Triple) else t.value for t in row])
    return buf.getvalue()


def results_tsv(out: Outcome) -> str:
    """SPARQL 1.1 TSV: terms in Turtle/N-Triples syntax, which escapes tabs and newlines."""
    if out.kind == "boolean":
        return f"?boolean\n{'true' if out.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in out.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in out.rows]
    return "\n".join(lines) + "\n"


def graph_bytes(triples: list[ox.Triple], fmt: str) -> bytes:
    if fmt == "jsonld":
        return json.dumps(pages.to_jsonld(triples), ensure_ascii=False, indent=1).encode("utf-8")
    prefixes = None if fmt == "nt" else {**pages.PREFIXES, "id": base_iri()}
    return ox.serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes)


def negotiate(accept: str | None, offered: dict[str, str], default: str) -> str | None:
    """The format for an Accept header (q-values honoured); None when nothing offered fits."""
    if not accept or not accept.strip():
        return default
    choices = []
    for position, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media, q = parts[0].lower(), 1.0
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            choices.append((-q, position, media))
    for _, _, media in sorted(choices):
        if media in offered:
            return offered[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


# ---------------------------------------------------------------- HTTP


class UnikgServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, endpoint: Endpoint):
        self.endpoint = endpoint
        super().__init__(address, Handler)


class Handler(BaseHTTPRequestHandler):
    server_version = "unikg"
    server: UnikgServer

    # -- plumbing

    @property
    def ep(self) -> Endpoint:
        return self.server.endpoint

    def log_message(self, format: str, *args: Any) -> None:
        if not self.ep.config.quiet:
            super().log_message(format, *args)

    def send(self, status: int, body: bytes | str, media: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        charset = "; charset=utf-8" if media.startswith("text/") or media.endswith(("json", "xml")) else ""
        self.send_header("Content-Type", media + charset)
        self.send_header("Content-Length", str(len(data)))
        if media == "text/html":
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def fail(self, error: HttpError) -> None:
        self.send(error.status, error.message + "\n", "text/plain", error.headers)

    def body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding"):
                raise HttpError(411, "send the request body with a Content-Length header")
            return b""
        try:
            size = int(length)
        except ValueError:
            raise HttpError(400, "Content-Length is not a number") from None
        if size > self.ep.config.max_body:
            self.close_connection = True  # the body stays unread
            raise HttpError(413, f"request body of {size} bytes is larger than the limit of "
                            f"{self.ep.config.max_body} bytes (the server's --max-body)")
        return self.rfile.read(size)

    def route(self) -> tuple[str, dict[str, list[str]]]:
        parsed = urllib.parse.urlsplit(self.path)
        return urllib.parse.unquote(parsed.path), urllib.parse.parse_qs(parsed.query, keep_blank_values=True)

    def dispatch(self) -> None:
        try:
            path, params = self.route()
            handler = self.routes().get(path)
            if handler is None and path.startswith("/id/"):
                handler = self.resource
            elif handler is None and self.command in ("GET", "HEAD") and path.startswith(_base_path()):
                handler = self.resource
            if handler is None:
                raise HttpError(404, f"nothing at {path}; see / for what this server offers")
            handler(path, params)
        except HttpError as exc:
            self.fail(exc)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception as exc:  # a bug must not kill the connection silently
            self.fail(HttpError(500, f"internal error: {type(exc).__name__}: {exc}"))

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = dispatch

    def routes(self):
        return {"/": self.home, "/index.html": self.home, "/sparql": self.sparql, "/store": self.graph_store,
                "/search": self.search, "/query-ui": self.query_ui, "/ontology": self.ontology,
                "/ontology.ttl": self.ontology_ttl, "/void.ttl": self.void, "/network": self.network,
                "/network.html": self.network}

    def only(self, *methods: str) -> None:
        if self.command not in methods:
            raise HttpError(405, f"{self.command} is not allowed here", {"Allow": ", ".join(methods)})

    # -- SPARQL protocol

    def sparql(self, path: str, params: dict[str, list[str]]) -> None:
        self.only("GET", "POST", "HEAD")
        query = update = None
        if self.command == "POST":
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            raw = self.body()
            if media == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
                params = {**params, **form}
                query, update = _first(form, "query"), _first(form, "update")
            elif media == "application/sparql-query":
                query = raw.decode("utf-8")
            elif media == "application/sparql-update":
                update = raw.decode("utf-8")
            else:
                raise HttpError(415, "POST a form (application/x-www-form-urlencoded), application/sparql-query "
                                "or application/sparql-update")
        else:
            query = _first(params, "query")
            if _first(params, "update") is not None:
                raise HttpError(405, "updates must be POSTed", {"Allow": "POST"})
        if update is not None:
            self.ep.check_write(self.headers.get("Authorization"))
            self.ep.update(update)
            self.send(200, "update applied\n", "text/plain")
            return
        if query is None:
            self.send(303, "", "text/plain", {"Location": "/query-ui"})
            return
        wanted = FORMAT_PARAM.get((_first(params, "format") or _first(params, "output") or "").lower())
        if self.command == "GET" and wanted is None and \
                negotiate(self.headers.get("Accept"), {"text/html": "html", **RESULT_TYPES, **GRAPH_TYPES}, "") == "html":
            # a person following a link to a query: show it on the query page instead of raw JSON
            self.send(303, "", "text/plain", {"Location": "/query-ui?" + urllib.parse.urlencode({"query": query}),
                                              "Vary": "Accept"})
            return
        outcome = self.ep.run(query, params.get("default-graph-uri"), params.get("named-graph-uri"))
        headers = {"Vary": "Accept"}
        if outcome.truncated:
            headers["X-Unikg-Truncated"] = f"max-rows={self.ep.config.max_rows}"
        if outcome.kind == "graph":
            fmt = wanted if wanted in ("turtle", "jsonld", "nt", "rdfxml") else "rdfxml" if wanted == "xml" else \
                negotiate(self.headers.get("Accept"), GRAPH_TYPES, "turtle")
            if fmt is None:
                raise HttpError(406, "CONSTRUCT and DESCRIBE results are offered as " + ", ".join(sorted(GRAPH_TYPES)))
            self.send(200, graph_bytes(outcome.triples, fmt), MEDIA[fmt], headers)
            return
        fmt = wanted if wanted in ("json", "xml", "csv", "tsv") else \
            negotiate(self.headers.get("Accept"), RESULT_TYPES, "json")
        if fmt is None:
            raise HttpError(406, "SELECT and ASK results are offered as " + ", ".join(sorted(RESULT_TYPES)))
        body = {"json": lambda o: json.dumps(results_json(o), ensure_ascii=False), "xml": results_xml,
                "csv": results_csv, "tsv": results_tsv}[fmt](outcome)
        self.send(200, body, MEDIA[fmt], headers)

    # -- Graph Store protocol

    def graph_store(self, path: str, params: dict[str, list[str]]) -> None:
        self.only("GET", "HEAD", "PUT", "POST", "DELETE")
        graph_param = _first(params, "graph")
        if graph_param is None and "default" not in params and self.command != "GET":
            raise HttpError(400, "name the graph: ?graph=IRI or ?default")
        try:
            graph = ox.NamedNode(graph_param) if graph_param is not None else None
        except ValueError as exc:
            raise HttpError(400, f"?graph is not an IRI: {exc}") from None
        if self.command in ("GET", "HEAD"):
            if graph is None and "default" not in params:
                self.send(200, ox.serialize(self.ep.store, format=ox.RdfFormat.N_QUADS), "application/n-quads")
                return
            if graph is not None and not self.ep.store.contains_named_graph(graph):
                raise HttpError(404, f"no graph {graph.value}")
            fmt = negotiate(self.headers.get("Accept"), GRAPH_TYPES, "turtle") or "turtle"
            triples = [ox.Triple(q.subject, q.predicate, q.object)
                       for q in self.ep.store.quads_for_pattern(None, None, None, graph or ox.DefaultGraph())]
            self.send(200, graph_bytes(triples, fmt), MEDIA[fmt])
            return
        self.ep.check_write(self.headers.get("Authorization"))
        if self.command == "DELETE":
            if not self.ep.drop_graph(graph):
                raise HttpError(404, f"no graph {graph_param}")
            self.send(204, b"", "text/plain")
            return
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media not in UPLOAD_FORMATS:
            raise HttpError(415, "send the graph as " + ", ".join(sorted(UPLOAD_FORMATS)))
        try:
            triples = list(ox.parse(self.body(), format=UPLOAD_FORMATS[media]))
        except SyntaxError as exc:
            raise HttpError(400, f"the graph does not parse: {exc}") from None
        existed = graph is None or self.ep.store.contains_named_graph(graph)
        self.ep.replace_graph(graph, triples, replace=self.command == "PUT")
        self.send(204 if existed else 201, b"", "text/plain")

    # -- linked data

    def resource(self, path: str, params: dict[str, list[str]]) -> None:
        self.only("GET", "HEAD")
        rest = path[len("/id/"):] if path.startswith("/id/") else path[len(_base_path()):]
        stem, dot, ext = rest.rpartition(".")
        fmt = SUFFIX.get(ext) if dot else None
        iri = base_iri() + (stem if fmt else rest)
        if fmt and not pages.exists(self.ep.store, iri):  # a dot that is part of the name
            fmt, iri = None, base_iri() + rest
        if iri == base_iri() + "dataset":  # the VoID dataset IRI
            self.send(303, "", "text/plain", {"Location": "/void.ttl", "Vary": "Accept"})
            return
        if not pages.exists(self.ep.store, iri):
            raise HttpError(404, f"no resource {iri} in this graph")
        if fmt is None:
            # httpRange-14: the IRI names a thing, not a document; 303 to a document about it
            accept = self.headers.get("Accept")
            fmt = negotiate(accept, {**GRAPH_TYPES, "text/html": "html", "application/xhtml+xml": "html"}, "html") or "html"
            ext = next(k for k, v in SUFFIX.items() if v == fmt)
            location = "/id/" + urllib.parse.quote(rest, safe="/-._~")
            self.send(303, "", "text/plain", {"Location": f"{location}.{ext}", "Vary": "Accept"})
            return
        if fmt == "html":
            local = "/id/" + urllib.parse.quote(stem, safe="/-._~")
            alternates = {name: (f"{local}.{ext}", MEDIA[SUFFIX[ext]])
                          for name, ext in (("Turtle", "ttl"), ("JSON-LD", "jsonld"), ("N-Triples", "nt"), ("RDF/XML", "rdf"))}
            self.send(200, pages.resource_html(self.ep.store, iri, _server_link, alternates=alternates,
                                               nav=self.nav()), "text/html")
            return
        self.send(200, graph_bytes(pages.describe(self.ep.store, iri), fmt), MEDIA[fmt],
                  {"Link": f'<{iri}>; rel="describes"'})

    # -- pages

    def nav(self) -> dict[str, str]:
        nav = {"home": "/", "query": "/query-ui", "ontology": "/ontology"}
        if self.network_path():
            nav["network"] = "/network"
        return nav

    def network_path(self) -> Path | None:
        from unikg.publish import NETWORK_CANDIDATES
        page = self.ep.config.network_page
        if page is not None:
            return page if Path(page).exists() else None
        return next((p for p in NETWORK_CANDIDATES if p.exists()), None)

    def home(self, path, params) -> None:
        self.only("GET", "HEAD")
        from unikg.store import stats
        store = self.ep.store
        try:
            counts = stats(store)
        except Exception:  # counting subclasses needs the ontology graph; show the raw size instead
            counts = {"quads": len(store)}
        labels = pages.Labels(store)
        c = self.ep.config
        body = ("<h1>unikg: relations between universities</h1>"
                "<p>A knowledge graph of meetings, visits, conferences and agreements between universities, "
                "extracted from their news in Persian, Russian, English and Arabic; every fact links to the "
                "sentence it was read from. Resource IRIs under "
                f"<code>{esc(base_iri())}</code> are served here under <code>/id/</code>.</p>"
                '<form class="search" action="/search" method="get"><label>Search names in any language: '
                '<input type="search" name="q" id="home-search"></label> <button type="submit">Search</button></form>'
                "<h2>The dataset</h2>" + pages.stats_table(counts) +
                "<h2>Access</h2><ul>"
                '<li>SPARQL 1.1 endpoint: <code>/sparql</code> (GET or POST; results as JSON, XML, CSV, TSV; '
                'graphs as Turtle, JSON-LD, N-Triples) — <a href="/query-ui">query page with examples</a></li>'
                f"<li>limits: {c.timeout:g} s per query, {c.max_rows} result rows, {c.max_body} bytes per request; "
                f"{'updates accepted with the token' if c.allow_updates else 'read-only'}</li>"
                '<li><a href="/void.ttl">VoID and DCAT description</a> · <a href="/ontology">ontology documentation</a>'
                + (' · <a href="/network">collaboration network</a>' if self.network_path() else "") + "</li></ul>"
                + pages.listing_html(store, pages.PAGE_KINDS, _server_link, labels, limit=50))
        self.send(200, pages.layout("unikg", body, nav=self.nav()), "text/html")

    def search(self, path, params) -> None:
        self.only("GET", "HEAD")
        q = _first(params, "q") or ""
        hits = self.ep.search(q)
        labels = pages.Labels(self.ep.store)
        body = (f'<h1>Search</h1><form class="search" action="/search" method="get"><input type="search" name="q" '
                f'value="{esc(q)}"> <button type="submit">Search</button></form>'
                + pages.search_results_html(q, hits, labels, _server_link))
        self.send(200, pages.layout(f"search: {q}", body, nav=self.nav()), "text/html")

    def query_ui(self, path, params) -> None:
        self.only("GET", "HEAD")
        from unikg.query import QueryError, list_queries
        try:
            examples = list_queries(self.ep.config.queries_dir)
        except QueryError as exc:
            examples, example_error = [], str(exc)
        else:
            example_error = ""
        text = _first(params, "query")
        chosen = next((q for q in examples if q.name == _first(params, "example")), None)
        if text is None:
            text = chosen.text if chosen else "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10"
        result = ""
        if _first(params, "query") is not None:
            try:
                outcome = self.ep.run(text)
                if outcome.kind == "graph":
                    result = f"<pre>{esc(graph_bytes(outcome.triples, 'turtle').decode('utf-8'))}</pre>"
                else:
                    result = pages.results_table_html(results_json(outcome), outcome.truncated, _server_link)
                result = f'<h2 id="results">Results</h2><p class="small">{outcome.seconds:.3f} s</p>{result}'
            except HttpError as exc:
                result = f'<h2 id="results">Error</h2><p class="error" id="error">{esc(exc.message)}</p>'
        items = "".join(f'<li><a href="/query-ui?example={urllib.parse.quote(q.name)}" title="{esc(q.description)}">'
                        f"{esc(q.name)}</a> — {esc(q.title)}</li>" for q in examples)
        body = ("<h1>SPARQL query</h1>"
                '<p>The default graph is the union of all graphs (use <code>GRAPH ?g</code> to ask which document '
                'says it). Programs should use the endpoint at <code>/sparql</code>.</p>'
                '<form id="query-form" action="/query-ui" method="get">'
                f'<textarea name="query" rows="16" spellcheck="false" aria-label="SPARQL query">{esc(text)}</textarea>'
                '<p><button type="submit">Run query</button></p></form>' + result +
                f"<h2>Example queries</h2>{'<p>' + esc(example_error) + '</p>' if example_error else ''}"
                f'<ul class="examples">{items}</ul>')
        self.send(200, pages.layout("SPARQL query", body, nav=self.nav()), "text/html")

    def _ontology_triples(self) -> list[ox.Triple]:
        triples = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in self.ep.store.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH)]
        return triples or list(ox.parse(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE))

    def ontology(self, path, params) -> None:
        self.only("GET", "HEAD")
        self.send(200, pages.ontology_html(self._ontology_triples(), nav=self.nav(),
                                           formats={"Turtle": "/ontology.ttl"}), "text/html")

    def ontology_ttl(self, path, params) -> None:
        self.only("GET", "HEAD")
        self.send(200, graph_bytes(self._ontology_triples(), "turtle"), "text/turtle")

    def void(self, path, params) -> None:
        self.only("GET", "HEAD")
        from unikg.publish import void_turtle
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        self.send(200, void_turtle(self.ep.store, endpoint=f"http://{host}/sparql"), "text/turtle")

    def network(self, path, params) -> None:
        self.only("GET", "HEAD")
        page = self.network_path()
        if page is None:
            raise HttpError(404, "no network page: run `unikg network` to draw it (or start with --network-page FILE)")
        data = Path(page).read_bytes()
        # the network page is our own generated file and may carry its own scripts: no CSP here
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def _first(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


def _base_path() -> str:
    return urllib.parse.urlsplit(base_iri()).path or "/"


def _server_link(iri: str) -> str | None:
    base = base_iri()
    if iri.startswith(base) and len(iri) > len(base):
        return "/id/" + urllib.parse.quote(iri[len(base):], safe="/-._~")
    if iri.startswith((UNIKG, TOPIC)):
        return "/ontology#" + pages.local_name(iri)
    return None


# ---------------------------------------------------------------- starting


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 8000,
                config: ServeConfig | None = None) -> UnikgServer:
    """A server bound to host:port (port 0: a free one, see .server_address); call
    .serve_forever() to run it and .shutdown() from another thread to stop it."""
    return UnikgServer((host, port), Endpoint(store, config))


def cmd_serve(args) -> int:
    from unikg.store import open_store
    token = args.token or os.environ.get("UNIKG_TOKEN")
    if args.allow_updates and not token:
        print("error: --allow-updates needs a token: --token T or the environment variable UNIKG_TOKEN", file=sys.stderr)
        return 2
    store = open_store(args.store, read_only=not args.allow_updates)
    config = ServeConfig(timeout=args.timeout, max_rows=args.max_rows, max_body=args.max_body,
                         max_running=args.max_running, allow_updates=args.allow_updates, token=token,
                         network_page=args.network_page, quiet=args.quiet)
    try:
        server = make_server(store, args.host, args.port, config)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port} ({exc.strerror or exc}); "
              "is another server using the port? (try --port)", file=sys.stderr)
        return 2
    host, port = server.server_address[:2]
    print(f"unikg serving {args.store} at http://{host}:{port}/ (SPARQL: /sparql; "
          f"{'updates with token' if args.allow_updates else 'read-only'}); Ctrl-C stops", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve", help="serve a SPARQL endpoint, resource pages and search over the store",
        description="HTTP server over the graph store: SPARQL 1.1 Protocol at /sparql, Graph Store Protocol at "
        "/store, dereferenceable resource IRIs under /id/ (HTML or RDF by Accept), a home page with search, a "
        "query page with the named queries, the ontology documentation and the network page. Read-only "
        "unless started with --allow-updates and a token. See docs/publishing.md.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--store", type=Path, default=DEFAULT_STORE, metavar="DIR", help="the graph store to serve")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S",
                   help="time limit per query in seconds; past it the client gets 503 (default 30)")
    p.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                   help="result rows (or triples) returned at most; more are cut and flagged with the "
                   "X-Unikg-Truncated header and \"truncated\": true in JSON (default 10000)")
    p.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES",
                   help="largest request body; larger gets 413 (default 1000000)")
    p.add_argument("--max-running", type=int, default=4, metavar="N",
                   help="queries evaluated at once, including ones past their time limit; more get 503 (default 4)")
    p.add_argument("--allow-updates", action="store_true",
                   help="accept SPARQL Update and Graph Store writes from requests with the token")
    p.add_argument("--token", metavar="T", help="the bearer token for updates (or set UNIKG_TOKEN)")
    p.add_argument("--network-page", type=Path, metavar="FILE", help="the network page to serve at /network")
    p.add_argument("--quiet", action="store_true", help="do not log requests")
    p.set_defaults(func=cmd_serve)
    return p
