"""`unikg publish`: the published folder is complete, every file parses with a second
parser and gives the same triples, pages escape document text, and the upload through the
Graph Store Protocol puts every named graph on a real Oxigraph server."""
from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare

from unikg import pages
from unikg.publish import DUMPS, add_parser, publish, union_triples, upload
from unikg.rdf import REFERENCE_GRAPH
from unikg.store import load_ontology

DATA = Path(__file__).parent / "data" / "publish" / "dataset.trig"
RAPPER = shutil.which("rapper")
OXIGRAPH = shutil.which("oxigraph") or str(Path(__import__("sys").executable).parent / "oxigraph")
HOSTILE = "<script>alert(1)</script>"
SCRIPT_INST = "https://w3id.org/unikg/id/institution/x-5c81pt00"


def fixture_store(path: str | None = None) -> ox.Store:
    store = ox.Store(path) if path else ox.Store()
    store.load(path=str(DATA), format=ox.RdfFormat.TRIG)
    load_ontology(store)
    return store


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return fixture_store()


@pytest.fixture(scope="module")
def out(store, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("published")
    publish(store, folder, site_url="https://example.org/unikg/", endpoint="https://example.org/unikg/sparql")
    return folder


def ntriples_set(data: bytes) -> set[str]:
    return {str(t) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}


def ground(lines: set[str]) -> set[str]:
    return {line for line in lines if "_:" not in line}


def expected_union(store) -> set[str]:
    return {str(t) for t in union_triples(store)}


def rapper(path: Path, syntax: str) -> bytes:
    run = subprocess.run([RAPPER, "-q", "-i", syntax, "-o", "ntriples", str(path), "http://example.org/base/"],
                         capture_output=True, check=True)
    return run.stdout


# ---------------------------------------------------------------- the folder


def test_published_folder_is_complete(out, store):
    expected = {"index.html", "void.ttl", "context.jsonld", "dataset.ttl", "dataset.nt", "dataset.nq",
                "dataset.jsonld", "dataset.rdf", "ontology/unikg.ttl", "ontology/unikg.rdf", "ontology/index.html",
                "validation/report.txt", "validation/report.ttl"}
    present = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert expected <= present
    kinds = pages.resources_by_kind(store)
    assert {k: len(v) for k, v in kinds.items()} == {"institution": 3, "person": 1, "event": 1, "agreement": 1}
    for iris in kinds.values():
        for iri in iris:
            rel = "id/" + iri.split("/id/", 1)[1]
            assert rel + ".html" in present and rel + ".ttl" in present
    # no page for memberships or evidence: they are shown on the pages of what they describe
    assert not any(p.startswith(("id/membership", "id/evidence")) for p in present)


@pytest.mark.skipif(RAPPER is None, reason="rapper (raptor2-utils) is not installed")
@pytest.mark.parametrize("name,syntax", [("dataset.ttl", "turtle"), ("dataset.nt", "ntriples"), ("dataset.rdf", "rdfxml")])
def test_union_dumps_reread_by_rapper_give_the_same_triples(out, store, name, syntax):
    want = expected_union(store)
    got = ntriples_set(rapper(out / name, syntax))
    assert len(got) == len(want) == len(union_triples(store))
    assert ground(got) == ground(want)
    # the ontology's blank nodes (owl:AllDisjointClasses, RDF lists) survive as blank nodes
    assert len(got - ground(got)) == len(want - ground(want)) > 0


@pytest.mark.parametrize("name,fmt", [("dataset.ttl", "turtle"), ("dataset.rdf", "xml"), ("dataset.nt", "nt")])
def test_union_dumps_isomorphic_in_rdflib(out, store, name, fmt):
    theirs = rdflib.Graph().parse(out / name, format=fmt)
    ours = rdflib.Graph().parse(data=ox.serialize(union_triples(store), format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    assert len(theirs) == len(ours)
    assert rdflib.compare.isomorphic(theirs, ours)


def _quad_lines(quads) -> set[str]:
    return {str(q) for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}


def _rdflib_quads(ds: rdflib.Dataset) -> set[tuple]:
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads()
            if not isinstance(s, rdflib.BNode) and not isinstance(o, rdflib.BNode)}


@pytest.mark.parametrize("name,fmt,oxfmt", [("dataset.nq", "nquads", ox.RdfFormat.N_QUADS),
                                            ("dataset.jsonld", "json-ld", ox.RdfFormat.JSON_LD)])
def test_dataset_dumps_keep_named_graphs_in_both_parsers(out, store, name, fmt, oxfmt):
    want = _quad_lines(store)
    by_oxigraph = _quad_lines(ox.parse(path=str(out / name), format=oxfmt))
    assert len(by_oxigraph) == len(want)
    assert ground(by_oxigraph) == ground(want)
    ds = rdflib.Dataset()
    ds.parse(out / name, format=fmt)
    by_rdflib = _rdflib_quads(ds)
    reference = rdflib.Dataset()
    reference.parse(data=ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    assert by_rdflib == _rdflib_quads(reference)
    assert sum(1 for _ in ds.quads()) == len(want)
    graphs = {str(g) for _, _, _, g in ds.quads()}
    assert {"https://w3id.org/unikg/id/document/pub-en", "https://w3id.org/unikg/id/document/pub-fa",
            REFERENCE_GRAPH.value, "https://w3id.org/unikg/graph/ontology"} <= graphs


def test_jsonld_context_file_is_the_dump_context(out):
    context = json.loads((out / "context.jsonld").read_text())
    dump = json.loads((out / "dataset.jsonld").read_text())
    assert context["@context"] == dump["@context"]
    assert context["@context"]["unikg"] == "https://w3id.org/unikg/ontology#"


def test_large_dumps_are_gzipped_and_still_parse(store, tmp_path):
    publish(store, tmp_path, gzip_over=2000, with_pages=False)
    for name, fmt, _media, _graphs in DUMPS:
        assert not (tmp_path / name).exists()
        data = gzip.decompress((tmp_path / (name + ".gz")).read_bytes())
        if fmt is None:
            fmt = ox.RdfFormat.JSON_LD
        parsed = list(ox.parse(data, format=fmt))
        assert len({str(t) for t in parsed}) == (len(_quad_lines(store)) if name in ("dataset.nq", "dataset.jsonld")
                                                 else len(union_triples(store)))
    void = rdflib.Graph().parse(tmp_path / "void.ttl")
    dumps = {str(o) for o in void.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#dataDump"))}
    assert any(d.endswith("dataset.nt.gz") for d in dumps)
    assert (rdflib.URIRef("https://www.iana.org/assignments/media-types/application/gzip")
            in set(void.objects(None, rdflib.URIRef("http://www.w3.org/ns/dcat#compressFormat"))))


# ---------------------------------------------------------------- VoID / DCAT

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


def test_void_describes_counts_partitions_links_and_distributions(out, store):
    g = rdflib.Graph().parse(out / "void.ttl")
    ds = rdflib.URIRef("https://w3id.org/unikg/id/dataset")
    assert (ds, rdflib.RDF.type, VOID.Dataset) in g and (ds, rdflib.RDF.type, DCAT.Dataset) in g
    assert int(g.value(ds, VOID.triples)) == len(union_triples(store))
    assert str(g.value(ds, VOID.sparqlEndpoint)) == "https://example.org/unikg/sparql"
    assert g.value(ds, DCT.license) is not None
    sources = {str(s) for s in g.objects(ds, DCT.source)}
    assert {"https://w3id.org/unikg/id/document/pub-en", "https://ror.org/"} <= sources
    examples = {str(e) for e in g.objects(ds, VOID.exampleResource)}
    assert SCRIPT_INST in examples or any("/institution/" in e for e in examples)

    classes = {str(g.value(p, VOID["class"])): int(g.value(p, VOID.entities)) for p in g.objects(ds, VOID.classPartition)}
    assert classes["https://w3id.org/unikg/ontology#University"] == 2
    assert classes["https://w3id.org/unikg/ontology#Person"] == 1
    props = {str(g.value(p, VOID.property)): int(g.value(p, VOID.triples)) for p in g.objects(ds, VOID.propertyPartition)}
    assert props["http://www.w3.org/2004/02/skos/core#exactMatch"] == 3
    assert sum(props.values()) == len(union_triples(store))

    linksets = {str(g.value(ls, VOID.objectsTarget)): int(g.value(ls, VOID.triples))
                for ls in g.subjects(rdflib.RDF.type, VOID.Linkset)}
    assert linksets == {"https://ror.org/": 2, "https://www.wikidata.org/": 1}

    sizes = {}
    for dist in g.objects(ds, DCAT.distribution):
        url = str(g.value(dist, DCAT.downloadURL))
        sizes[url.removeprefix("https://example.org/unikg/")] = int(g.value(dist, DCAT.byteSize))
    for name in ("dataset.ttl", "dataset.nt", "dataset.nq", "dataset.jsonld", "dataset.rdf", "ontology/unikg.ttl"):
        assert sizes[name] == (out / name).stat().st_size


# ---------------------------------------------------------------- ontology and validation


@pytest.mark.skipif(RAPPER is None, reason="rapper (raptor2-utils) is not installed")
def test_ontology_files_parse_to_the_same_triples(out):
    ttl = ntriples_set(rapper(out / "ontology" / "unikg.ttl", "turtle"))
    rdf = ntriples_set(rapper(out / "ontology" / "unikg.rdf", "rdfxml"))
    assert len(ttl) == len(rdf) > 500
    assert ground(ttl) == ground(rdf)


def test_ontology_documentation_lists_terms_with_their_labels(out):
    text = (out / "ontology" / "index.html").read_text()
    for local in ("Institution", "University", "Meeting", "MemorandumOfUnderstanding", "participant", "startDate",
                  "signed", "StudentExchange"):
        assert f'id="{local}"' in text
    assert "دانشگاه" in text and "университет" in text and "An institution of higher education" in text
    assert 'href="#Event"' in text  # superclass links inside the page


def test_validation_report_is_published(out):
    pytest.importorskip("unikg.validate")
    report = rdflib.Graph().parse(out / "validation" / "report.ttl")
    conforms = list(report.objects(None, rdflib.URIRef("http://www.w3.org/ns/shacl#conforms")))
    assert conforms == [rdflib.Literal(True)]
    assert (out / "validation" / "report.txt").read_text().strip()


# ---------------------------------------------------------------- pages


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.scripts, self._in, self.json = [], [], None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "script":
            self.scripts.append(a.get("type"))
            self._in = a.get("type")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None

    def handle_data(self, data):
        if self._in == "application/ld+json":
            self.json.append(data)


def test_pages_escape_document_text_and_embed_the_same_data(out, store):
    page = out / "id" / "institution" / "x-5c81pt00.html"
    text = page.read_text()
    assert HOSTILE not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    parser = _Links()
    parser.feed(text)
    assert parser.scripts == ["application/ld+json"]   # the hostile label made no script element
    embedded = "".join(parser.json)
    assert "</" not in embedded and "<script" not in embedded
    data = json.loads(embedded)
    got = rdflib.Graph().parse(data=json.dumps(data), format="json-ld")
    want = rdflib.Graph().parse(data=ox.serialize(pages.describe(store, SCRIPT_INST), format=ox.RdfFormat.N_TRIPLES).decode(),
                                format="nt")
    assert len(got) == len(want) > 5 and rdflib.compare.isomorphic(got, want)
    assert (rdflib.URIRef(SCRIPT_INST), rdflib.RDFS.label, rdflib.Literal(f"Tigris {HOSTILE} College", lang="en")) in got
    # the page's Turtle twin holds the same description
    twin = rdflib.Graph().parse(page.with_suffix(".ttl"))
    assert rdflib.compare.isomorphic(twin, want)


def test_pages_show_facts_evidence_and_links(out):
    text = (out / "id" / "institution" / "ror-0alborz01.html").read_text()
    assert "دانشگاه صنعتی البرز" in text and "Политехнический университет Альборз" in text
    assert "<mark>Alborz Polytechnic University</mark> met the Ural Mining Institute online" in text
    assert "Leila Navabi" in text and "President" in text                     # officials
    assert 'href="https://ror.org/0alborz01"' in text                          # external link
    assert 'href="../event/pub-en-1.html"' in text and 'href="../agreement/pub-fa-1.html"' in text
    person = (out / "id" / "person" / "p-navabi.html").read_text()
    assert 'href="../institution/ror-0alborz01.html"' in person


def test_every_relative_link_in_the_folder_resolves(out):
    for page in out.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text())
        for href in parser.hrefs:
            if re.match(r"[a-z]+:", href) or href.startswith("#"):
                continue
            target = (page.parent / href.split("#", 1)[0]).resolve()
            assert target.exists(), f"{page.relative_to(out)} links to missing {href}"


def test_script_json_cannot_close_the_element():
    text = pages.script_json({"x": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><!-- & \u2028"}


# ---------------------------------------------------------------- upload and command line


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server binary is not installed")
    port = _free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the oxigraph server did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _remote_graph_counts(url: str) -> dict[str, int]:
    from SPARQLWrapper import JSON, SPARQLWrapper
    client = SPARQLWrapper(url + "/query")
    client.setQuery("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def _local_graph_counts(store) -> dict[str, int]:
    return {g.value: sum(1 for _ in store.quads_for_pattern(None, None, None, g)) for g in store.named_graphs()}


def test_upload_puts_every_named_graph_on_an_oxigraph_server(oxigraph_server, store):
    sent = upload(store, oxigraph_server + "/store")
    assert "https://w3id.org/unikg/id/document/pub-en" in sent and len(sent) == 4
    assert _remote_graph_counts(oxigraph_server) == _local_graph_counts(store)
    # PUT replaces: uploading twice leaves the same graphs, not doubled ones
    upload(store, oxigraph_server + "/store")
    assert _remote_graph_counts(oxigraph_server) == _local_graph_counts(store)


def _cli(argv):
    ap = argparse.ArgumentParser(prog="unikg")
    add_parser(ap.add_subparsers(dest="command"))
    args = ap.parse_args(argv)
    return args.func(args)


def test_cli_publishes_a_store_folder_and_uploads(oxigraph_server, tmp_path, capsys):
    disk = fixture_store(str(tmp_path / "store"))
    expected = _local_graph_counts(disk)
    del disk  # release the store's lock so the command can open it
    assert _cli(["publish", str(tmp_path / "site"), "--store", str(tmp_path / "store"), "--to",
                 oxigraph_server + "/store"]) == 0
    assert "6 resource pages" in capsys.readouterr().out
    assert (tmp_path / "site" / "id" / "event" / "pub-en-1.html").exists()
    assert _remote_graph_counts(oxigraph_server) == expected


def test_cli_reports_an_unreachable_graph_store(tmp_path, capsys):
    disk = fixture_store(str(tmp_path / "store"))
    del disk
    port = _free_port()  # nothing listens there
    assert _cli(["publish", "--store", str(tmp_path / "store"), "--to", f"http://127.0.0.1:{port}/store"]) == 2
    assert "cannot reach the Graph Store service" in capsys.readouterr().err


def check_every_file_parses(folder: Path) -> dict[str, int]:
    """Parse each published file by its kind; returns how many of each kind were read."""
    seen: dict[str, int] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.name[:-3] if path.name.endswith(".gz") else path.name
        data = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
        kind = name.rsplit(".", 1)[-1]
        if kind in ("ttl", "nt", "rdf", "nq"):
            fmt = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdf": ox.RdfFormat.RDF_XML,
                   "nq": ox.RdfFormat.N_QUADS}[kind]
            assert list(ox.parse(data, format=fmt)) or name == "report.ttl", path
        elif kind == "jsonld":
            json.loads(data)
            if name != "context.jsonld":
                assert list(ox.parse(data, format=ox.RdfFormat.JSON_LD)), path
        elif kind == "html":
            parser = _Links()
            parser.feed(data.decode("utf-8"))
            if path.parent.parent.name == "id":  # resource pages carry their data as JSON-LD
                assert list(ox.parse("".join(parser.json).encode(), format=ox.RdfFormat.JSON_LD)), path
        elif kind == "txt":
            assert data.strip(), path
        else:
            raise AssertionError(f"unexpected file {path}")
        seen[kind] = seen.get(kind, 0) + 1
    return seen


def test_every_file_in_the_folder_parses(out):
    seen = check_every_file_parses(out)
    assert seen["html"] == 6 + 2 and seen["ttl"] >= 6 + 4 and seen["jsonld"] == 2
