"""`unikg serve` on 127.0.0.1 over the hand-made dataset: the SPARQL protocol with a real
client (SPARQLWrapper) in every result format, status codes for malformed queries, refused
and accepted updates, time limits, oversize bodies and the row cap, dereferenceable IRIs,
escaping, and the home and query pages in headless Chromium."""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from test_publish import fixture_store
import rdflib
import rdflib.compare
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from unikg.serve import ServeConfig, add_parser, make_server, negotiate

DATA = Path(__file__).parent / "data" / "publish" / "dataset.trig"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = "<script>alert(1)</script>"
UNIVERSITIES = """PREFIX unikg: <https://w3id.org/unikg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?u ?label WHERE { ?u a unikg:University ; rdfs:label ?label } ORDER BY ?u ?label"""
CONSTRUCT = """PREFIX unikg: <https://w3id.org/unikg/ontology#>
CONSTRUCT { ?a unikg:collaboratesWith ?b } WHERE { ?a unikg:collaboratesWith ?b }"""
# a join of every triple with every triple with every triple: streams rows for minutes
HEAVY_STREAM = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# an aggregate: pyoxigraph computes it fully before the first row (a few seconds here)
HEAVY_AGGREGATE = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . "
                   "{ SELECT ?g WHERE { ?g ?h ?i } LIMIT 40 } }")




@pytest.fixture(scope="module")
def start():
    """Start servers on free ports in threads; all are shut down after the module."""
    running = []

    def _start(store: ox.Store | None = None, **config) -> str:
        config.setdefault("quiet", True)
        server = make_server(store if store is not None else fixture_store(), "127.0.0.1", 0, ServeConfig(**config))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        running.append(server)
        host, port = server.server_address[:2]
        return f"http://{host}:{port}"

    yield _start
    for server in running:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def url(start) -> str:
    return start(timeout=20, max_rows=1000, max_body=20_000)


def http(method: str, url: str, body: bytes | None = None, headers: dict | None = None, follow: bool = True):
    """(status, headers, body) of one request; errors are answers too."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client(url: str, query: str, fmt) -> SPARQLWrapper:
    c = SPARQLWrapper(url + "/sparql")
    c.setQuery(query)
    c.setReturnFormat(fmt)
    return c


def expected_rows() -> list[tuple[str, str]]:
    store = fixture_store()
    return [(s["u"].value, s["label"].value) for s in store.query(UNIVERSITIES, use_default_graph_as_union=True)]


# ---------------------------------------------------------------- SPARQL protocol, every format


def test_select_as_json_with_sparqlwrapper(url):
    data = client(url, UNIVERSITIES, JSON).queryAndConvert()
    rows = [(b["u"]["value"], b["label"]["value"]) for b in data["results"]["bindings"]]
    assert rows == expected_rows()
    assert f"Tigris {HOSTILE} College" in [r[1] for r in rows]
    assert "دانشگاه صنعتی البرز" in [r[1] for r in rows]   # union default graph: labels from every graph
    langs = {b["label"].get("xml:lang") for b in data["results"]["bindings"]}
    assert {"en", "fa", "ru"} <= langs


def test_select_as_xml_with_sparqlwrapper(url):
    doc = client(url, UNIVERSITIES, XML).queryAndConvert()
    results = doc.getElementsByTagName("result")
    assert len(results) == len(expected_rows())
    literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert f"Tigris {HOSTILE} College" in literals


@pytest.mark.parametrize("fmt,delimiter", [(CSV, ","), (TSV, "\t")])
def test_select_as_csv_and_tsv_with_sparqlwrapper(url, fmt, delimiter):
    text = client(url, UNIVERSITIES, fmt).queryAndConvert()
    text = text.decode() if isinstance(text, bytes) else text
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"' if fmt == CSV else "\x00"))
    if fmt == CSV:
        assert rows[0] == ["u", "label"]
        assert [tuple(r) for r in rows[1:]] == expected_rows()
    else:
        assert rows[0] == ["?u", "?label"]
        want = [(f"<{u}>", str(ox.Literal(lab, language=lang)) if lang else f'"{lab}"')
                for (u, lab), lang in zip(expected_rows(), _langs())]
        assert [tuple(r) for r in rows[1:]] == want


def _langs() -> list[str | None]:
    store = fixture_store()
    return [s["label"].language for s in store.query(UNIVERSITIES, use_default_graph_as_union=True)]


def test_construct_as_turtle_and_jsonld_with_sparqlwrapper(url):
    turtle = client(url, CONSTRUCT, TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=turtle, format="turtle") if isinstance(turtle, (bytes, str)) else turtle
    store = fixture_store()
    expected = {tuple(t) for t in store.query(CONSTRUCT, use_default_graph_as_union=True)}
    assert len(graph) == len(expected) == 6
    jsonld = client(url, CONSTRUCT, JSONLD).queryAndConvert()
    other = rdflib.Graph().parse(data=jsonld, format="json-ld") if isinstance(jsonld, (bytes, str)) else jsonld
    assert rdflib.compare.isomorphic(rdflib.Graph() + graph, rdflib.Graph() + other)


def test_construct_as_ntriples_by_accept(url):
    status, headers, body = http("GET", url + "/sparql?" + urllib.parse.urlencode({"query": CONSTRUCT}),
                                 headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) == 6


@pytest.mark.parametrize("method", [POST, POSTDIRECTLY])
def test_post_form_and_direct_query(url, method):
    c = client(url, UNIVERSITIES, JSON)
    c.setMethod(POST)
    c.setRequestMethod(method)  # URL-encoded form, or application/sparql-query in the body
    rows = c.queryAndConvert()["results"]["bindings"]
    assert len(rows) == len(expected_rows())


def test_ask_and_named_graph_selection(url):
    ask = "ASK { GRAPH <https://w3id.org/unikg/id/document/pub-fa> { ?a a <https://w3id.org/unikg/ontology#MemorandumOfUnderstanding> } }"
    assert client(url, ask, JSON).queryAndConvert()["boolean"] is True
    # default-graph-uri replaces the union: only the English document's graph is queried
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/unikg/ontology#Agreement> }",
                                "default-graph-uri": "https://w3id.org/unikg/id/document/pub-en"})
    status, _, body = http("GET", f"{url}/sparql?{q}", headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "0"


def test_a_browser_following_a_query_link_gets_the_query_page(url):
    q = urllib.parse.urlencode({"query": UNIVERSITIES})
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    status, headers, _ = http("GET", f"{url}/sparql?{q}", headers={"Accept": browser}, follow=False)
    assert status == 303 and headers["Location"] == f"/query-ui?{q}"
    status, _, body = http("GET", f"{url}/sparql?{q}", headers={"Accept": browser})
    assert status == 200 and f"{len(expected_rows())} row(s)" in body.decode()


def test_accept_negotiation_honours_q_values():
    offered = {"text/csv": "csv", "application/sparql-results+json": "json"}
    assert negotiate("text/csv;q=0.2, application/sparql-results+json", offered, "json") == "json"
    assert negotiate("text/csv, application/sparql-results+json;q=0.5", offered, "json") == "csv"
    assert negotiate("image/png", offered, "json") is None
    assert negotiate("image/png, */*;q=0.1", offered, "json") == "json"


# ---------------------------------------------------------------- errors and limits


def test_malformed_query_is_400_with_the_parser_message(url):
    status, headers, body = http("GET", url + "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x"}))
    assert status == 400
    assert body.decode().startswith("malformed query:") and re.search(r"\d+:\d+", body.decode())
    with pytest.raises(QueryBadFormed):
        client(url, "SELEKT * WHERE {}", JSON).queryAndConvert()


def test_updates_are_refused_by_a_read_only_server(url):
    update = b"INSERT DATA { <urn:x> <urn:p> <urn:o> }"
    status, _, body = http("POST", url + "/sparql", update, {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body
    form = urllib.parse.urlencode({"update": update.decode()}).encode()
    assert http("POST", url + "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    put = http("PUT", url + "/store?graph=urn:g", b"<urn:x> <urn:p> <urn:o> .", {"Content-Type": "application/n-triples"})
    assert put[0] == 403
    assert http("DELETE", url + "/store?graph=https://w3id.org/unikg/id/document/pub-en")[0] == 403
    # the graph is untouched
    ask = urllib.parse.urlencode({"query": "ASK { <urn:x> ?p ?o }"})
    assert json.loads(http("GET", f"{url}/sparql?{ask}")[2])["boolean"] is False


def test_updates_with_the_token_are_accepted(start):
    u = start(allow_updates=True, token="s3cret")
    update = b"INSERT DATA { GRAPH <urn:g> { <urn:x> <urn:p> \"new\" } }"
    h = {"Content-Type": "application/sparql-update"}
    assert http("POST", u + "/sparql", update, h)[0] == 401
    assert http("POST", u + "/sparql", update, {**h, "Authorization": "Bearer wrong"})[0] == 401
    assert http("POST", u + "/sparql", update, {**h, "Authorization": "Bearer s3cret"})[0] == 200
    ask = urllib.parse.urlencode({"query": 'ASK { <urn:x> <urn:p> "new" }'})
    assert json.loads(http("GET", f"{u}/sparql?{ask}")[2])["boolean"] is True
    # Graph Store Protocol: PUT creates (201), GET reads it back, DELETE drops it
    auth = {"Authorization": "Bearer s3cret"}
    put = http("PUT", u + "/store?graph=urn:h", b"<urn:a> <urn:b> <urn:c> .",
               {**auth, "Content-Type": "application/n-triples"})
    assert put[0] == 201
    status, _, body = http("GET", u + "/store?graph=urn:h", headers={"Accept": "application/n-triples"})
    assert status == 200 and body.strip() == b"<urn:a> <urn:b> <urn:c> ."
    assert http("DELETE", u + "/store?graph=urn:h", headers=auth)[0] == 204
    assert http("GET", u + "/store?graph=urn:h")[0] == 404


def test_publish_upload_into_a_writable_server(start):
    from unikg.publish import upload
    empty = ox.Store()
    u = start(store=empty, allow_updates=True, token="tok")
    source = fixture_store()
    sent = upload(source, u + "/store", token="tok")
    assert len(sent) == 4 and len(empty) == len(source)
    q = urllib.parse.urlencode({"query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"})
    rows = json.loads(http("GET", f"{u}/sparql?{q}")[2])["results"]["bindings"]
    assert {r["g"]["value"]: int(r["n"]["value"]) for r in rows} == {
        g.value: sum(1 for _ in source.quads_for_pattern(None, None, None, g)) for g in source.named_graphs()}


def test_a_streaming_query_past_the_time_limit_gets_503_and_stops(start):
    u = start(timeout=0.3, max_rows=10**9, max_running=1)
    t0 = time.monotonic()
    status, _, body = http("POST", u + "/sparql", urllib.parse.urlencode({"query": HEAVY_STREAM}).encode(),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 503 and b"time limit" in body
    assert time.monotonic() - t0 < 5
    # with a single worker slot, a new query can only run if the abandoned worker stopped
    time.sleep(0.3)
    ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    assert http("GET", f"{u}/sparql?{ask}")[0] == 200


def test_an_aggregate_past_the_time_limit_holds_its_slot_until_done(start):
    u = start(timeout=0.2, max_running=1)
    form = urllib.parse.urlencode({"query": HEAVY_AGGREGATE}).encode()
    h = {"Content-Type": "application/x-www-form-urlencoded"}
    assert http("POST", u + "/sparql", form, h)[0] == 503
    ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    status, headers, body = http("GET", f"{u}/sparql?{ask}")
    assert status == 503 and b"busy" in body and headers["Retry-After"]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # the slot comes back once pyoxigraph finishes
        if http("GET", f"{u}/sparql?{ask}")[0] == 200:
            break
        time.sleep(0.25)
    else:
        pytest.fail("the worker slot never came back")


def test_row_cap_truncates_and_flags(start):
    u = start(max_rows=3)
    q = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    status, headers, body = http("GET", f"{u}/sparql?{q}", headers={"Accept": "application/sparql-results+json"})
    data = json.loads(body)
    assert status == 200 and len(data["results"]["bindings"]) == 3 and data["truncated"] is True
    assert headers["X-Unikg-Truncated"] == "max-rows=3"
    q = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s a <https://w3id.org/unikg/ontology#Person> }"})
    status, headers, body = http("GET", f"{u}/sparql?{q}", headers={"Accept": "application/sparql-results+json"})
    assert "truncated" not in json.loads(body) and headers.get("X-Unikg-Truncated") is None


def test_ordered_pages_and_the_row_cap_follow_the_query_order(start):
    """The endpoint sorts a final ORDER BY itself (unikg.ordering): the rows, the page
    and the rows kept under the cap are those Oxigraph's own sort gives."""
    u = start(max_rows=4)
    text = ("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER (!ISBLANK(?s) && !ISBLANK(?o)) } "
            "ORDER BY DESC(?p) ?s ?o")
    native = [tuple(map(str, row)) for row in fixture_store().query(text + " LIMIT 6 OFFSET 3",
                                                                   use_default_graph_as_union=True)]
    assert len(native) == 6
    for query, want in ((text + " LIMIT 3 OFFSET 3", native[:3]), (text + " OFFSET 3", native[:4])):
        q = urllib.parse.urlencode({"query": query})
        status, _, body = http("GET", f"{u}/sparql?{q}", headers={"Accept": "application/sparql-results+json"})
        got = [tuple(str(_term(b[v])) for v in ("s", "p", "o")) for b in json.loads(body)["results"]["bindings"]]
        assert status == 200 and got == want


def _term(binding: dict):
    if binding["type"] == "uri":
        return ox.NamedNode(binding["value"])
    if "xml:lang" in binding:
        return ox.Literal(binding["value"], language=binding["xml:lang"])
    return ox.Literal(binding["value"], datatype=ox.NamedNode(binding.get("datatype", "http://www.w3.org/2001/XMLSchema#string")))


def test_an_ordered_query_past_the_time_limit_gets_503(start):
    u = start(timeout=0.3, max_rows=10**9, max_running=1)
    form = urllib.parse.urlencode({"query": HEAVY_STREAM + " ORDER BY ?a"}).encode()
    t0 = time.monotonic()
    status, _, body = http("POST", u + "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 503 and b"time limit" in body and time.monotonic() - t0 < 5


def test_too_large_body_is_413(url):
    query = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 30_000
    status, _, body = http("POST", url + "/sparql", query.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 413 and b"20000" in body


# ---------------------------------------------------------------- linked data


INST = "/id/institution/x-5c81pt00"


def test_resource_iri_redirects_by_accept(url):
    for accept, suffix in (("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", ".html"), ("text/turtle", ".ttl"),
                           ("application/ld+json", ".jsonld"), ("application/n-triples", ".nt")):
        status, headers, _ = http("GET", url + INST, headers={"Accept": accept}, follow=False)
        assert status == 303 and headers["Location"] == INST + suffix and headers["Vary"] == "Accept"
    assert http("GET", url + "/id/institution/no-such-thing")[0] == 404
    # an encoded line break is neither an IRI nor a way to inject a header
    status, headers, _ = http("GET", url + "/id/x%0d%0aSet-Cookie:%20a=b", follow=False)
    assert status == 404 and headers.get("Set-Cookie") is None


def test_resource_as_html_escapes_document_text(url):
    status, headers, body = http("GET", url + INST, headers={"Accept": "text/html"})
    text = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert HOSTILE not in text and "Tigris &lt;script&gt;alert(1)&lt;/script&gt; College" in text
    assert "script-src" not in headers["Content-Security-Policy"] and "default-src 'none'" in headers["Content-Security-Policy"]
    assert text.count("<script") == 1 and '<script type="application/ld+json">' in text
    assert "Observers from <mark>Tigris &lt;script&gt;alert(1)&lt;/script&gt; College</mark> &amp; friends" in text


def test_resource_as_turtle_jsonld_and_ntriples(url):
    subject = rdflib.URIRef("https://w3id.org/unikg/id" + INST[3:])
    label = rdflib.Literal(f"Tigris {HOSTILE} College", lang="en")
    graphs = []
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")):
        status, headers, body = http("GET", url + INST, headers={"Accept": accept})
        assert status == 200 and headers["Content-Type"].startswith(accept)
        g = rdflib.Graph().parse(data=body, format=fmt)
        assert (subject, rdflib.RDFS.label, label) in g
        # the evidence record comes with it
        assert any("Observers from Tigris" in str(o) for o in g.objects(None, rdflib.URIRef("https://w3id.org/unikg/ontology#sentence")))
        graphs.append(g)
    assert rdflib.compare.isomorphic(graphs[0], graphs[1]) and rdflib.compare.isomorphic(graphs[0], graphs[2])


def test_search_over_labels_in_all_languages(url):
    def search(q: str) -> str:
        return http("GET", url + "/search?" + urllib.parse.urlencode({"q": q}))[2].decode()
    assert 'href="/id/institution/ror-0alborz01"' in search("alborz POLYTECHNIC")
    assert 'href="/id/institution/ror-0alborz01"' in search("صنعتي البرز")       # Arabic yeh for Persian yeh
    assert 'href="/id/institution/ror-0uralmi02"' in search("Уральский")
    # the institution comes before the agreement whose generated label repeats its name
    both = search("البرز")
    assert 0 <= both.index('href="/id/institution/ror-0alborz01"') < both.index('href="/id/agreement/pub-fa-1"')
    hostile = search("<script>")
    assert HOSTILE not in hostile and "&lt;script&gt;" in hostile
    assert "No label matches" in search("zzzz-nothing")


def test_query_page_lists_named_queries_and_runs_one(url):
    text = http("GET", url + "/query-ui?example=institutions")[2].decode()
    assert "?institution ?label ?country ?ror ?document" in text   # the example's text in the textarea
    assert 'href="/query-ui?example=collaborations"' in text
    q = urllib.parse.urlencode({"query": UNIVERSITIES})
    text = http("GET", f"{url}/query-ui?{q}")[2].decode()
    assert f"{len(expected_rows())} row(s)" in text and "Tigris &lt;script&gt;" in text and HOSTILE not in text
    # an IRI with a script scheme in the results is shown, never made a link
    q = urllib.parse.urlencode({"query": 'SELECT ?x WHERE { BIND(IRI("javascript:alert(1)") AS ?x) }'})
    text = http("GET", f"{url}/query-ui?{q}")[2].decode()
    assert "1 row(s)" in text and "javascript:alert(1)" in text and 'href="javascript:' not in text


def test_home_ontology_void_and_network(start, url, tmp_path):
    home = http("GET", url + "/")[2].decode()
    assert 'action="/search"' in home and "/sparql" in home and 'href="/id/institution/ror-0alborz01"' in home
    onto = http("GET", url + "/ontology")[2].decode()
    assert 'id="SigningCeremony"' in onto and "церемония подписания" in onto
    status, _, body = http("GET", url + "/void.ttl")
    void = rdflib.Graph().parse(data=body, format="turtle")
    assert status == 200 and len(list(void.subjects(rdflib.RDF.type, rdflib.URIRef("http://rdfs.org/ns/void#Linkset")))) == 2
    from unikg.publish import NETWORK_CANDIDATES
    if any(p.exists() for p in NETWORK_CANDIDATES):  # `unikg network` has drawn the page
        assert http("GET", url + "/network")[0] == 200 and 'href="/network"' in home
    else:
        assert http("GET", url + "/network")[0] == 404 and 'href="/network"' not in home
    page = tmp_path / "network.html"
    page.write_text("<!DOCTYPE html><title>net</title><p id=net>collaboration network</p>")
    u = start(network_page=page)
    assert b"collaboration network" in http("GET", u + "/network")[2]
    assert 'href="/network"' in http("GET", u + "/")[2].decode()


# ---------------------------------------------------------------- headless Chromium


def chromium(url: str, tmp_path: Path, *extra: str) -> str:
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed")
    run = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", "--no-first-run",
                          f"--user-data-dir={tmp_path / 'chromium-profile'}", *extra, url],
                         capture_output=True, text=True, timeout=120)
    return run.stdout


def test_home_page_in_chromium(url, tmp_path):
    dom = chromium(url + "/", tmp_path, "--dump-dom")
    assert "unikg: relations between universities" in dom
    assert 'name="q"' in dom and "Alborz Polytechnic University" in dom
    assert "Tigris &lt;script&gt;alert(1)&lt;/script&gt; College" in dom   # text, not an element
    shot = tmp_path / "home.png"
    chromium(url + "/", tmp_path, f"--screenshot={shot}", "--window-size=1200,800")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_query_page_in_chromium(url, tmp_path):
    page = f"{url}/query-ui?" + urllib.parse.urlencode({"query": UNIVERSITIES})
    dom = chromium(page, tmp_path, "--dump-dom")
    assert "Example queries" in dom and 'id="results"' in dom
    assert dom.count("<tr>") == len(expected_rows()) + 1
    shot = tmp_path / "query.png"
    chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=1200,800")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("UNIKG_KEEP_SCREENSHOTS"):
        shutil.copy(shot, os.environ["UNIKG_KEEP_SCREENSHOTS"])


# ---------------------------------------------------------------- command line


def test_cli_serves_an_on_disk_store(tmp_path):
    disk = fixture_store(str(tmp_path / "store"))
    del disk  # release the lock: the server opens the store read-only
    script = ("import argparse, sys\nfrom unikg.serve import add_parser\n"
              "ap = argparse.ArgumentParser(prog='unikg'); add_parser(ap.add_subparsers())\n"
              "args = ap.parse_args(sys.argv[1:]); sys.exit(args.func(args))\n")
    proc = subprocess.Popen([sys.executable, "-c", script, "serve", "--store", str(tmp_path / "store"), "--port", "0",
                             "--quiet", "--max-rows", "2"],
                            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line
        u = f"http://127.0.0.1:{match.group(1)}"
        data = client(u, UNIVERSITIES, JSON).queryAndConvert()
        assert len(data["results"]["bindings"]) == 2 and data["truncated"] is True
        # opened read-only: even a token would not make it writable
        assert http("POST", u + "/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"})[0] == 403
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_cli_refuses_updates_without_a_token(tmp_path, capsys):
    ap = argparse.ArgumentParser(prog="unikg")
    add_parser(ap.add_subparsers())
    args = ap.parse_args(["serve", "--allow-updates", "--store", str(tmp_path / "none")])
    env = os.environ.pop("UNIKG_TOKEN", None)
    try:
        assert args.func(args) == 2
    finally:
        if env is not None:
            os.environ["UNIKG_TOKEN"] = env
    assert "needs a token" in capsys.readouterr().err
