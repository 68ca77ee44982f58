"""`unikg publish`: the graph as linked data files, or uploaded to a remote store.

`publish(store, outdir)` writes (layout in docs/publishing.md):

- dumps: `dataset.ttl`, `dataset.nt`, `dataset.rdf` (the union of all graphs),
  `dataset.nq` and `dataset.jsonld` (named graphs kept), `context.jsonld`; a dump larger
  than `gzip_over` bytes is written gzip-compressed instead (`dataset.nt.gz` ...);
- `void.ttl`: VoID + DCAT description (counts, class and property partitions, licence,
  sources, SPARQL endpoint, example resources, linksets to ROR and Wikidata, distributions);
- `ontology/unikg.ttl`, `ontology/unikg.rdf`, `ontology/index.html` (its documentation);
- `validation/report.ttl` and `validation/report.txt` (SHACL);
- `id/{kind}/{name}.html` (+ `.ttl`) for every institution, person, event and agreement,
  each page with its data embedded as JSON-LD; `index.html` links them all.

`upload(store, url)` PUTs every named graph to a SPARQL 1.1 Graph Store HTTP Protocol
service (`PUT url?graph=G`, body in N-Triples), so a remote store gets the same per-document
graphs.
"""
from __future__ import annotations

import argparse
import gzip
import json
import posixpath
import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox

from unikg import pages
from unikg.pages import PREFIXES, RDF, esc
from unikg.rdf import DCTERMS, ONTOLOGY_GRAPH, SKOS, TOPIC, UNIKG, XSD, base_iri
from unikg.locations import workspace
from unikg.store import DEFAULT_STORE, ONTOLOGY_PATH

GZIP_OVER = 5 * 1024 * 1024
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
FOAF_PAGE = "http://xmlns.com/foaf/0.1/page"
ROR_SPACE = "https://ror.org/"
WIKIDATA_SPACE = "http://www.wikidata.org/entity/"
IANA = "https://www.iana.org/assignments/media-types/"
# where network.py may have written its page (first one found is published)
NETWORK_CANDIDATES = (workspace() / "graph_data" / "network.html", workspace() / "graph_data" / "network" / "network.html")

DUMPS = (  # file name, format, media type, whether named graphs are kept
    ("dataset.ttl", ox.RdfFormat.TURTLE, "text/turtle", False),
    ("dataset.nt", ox.RdfFormat.N_TRIPLES, "application/n-triples", False),
    ("dataset.nq", ox.RdfFormat.N_QUADS, "application/n-quads", True),
    ("dataset.jsonld", None, "application/ld+json", True),
    ("dataset.rdf", ox.RdfFormat.RDF_XML, "application/rdf+xml", False),
)


class PublishError(Exception):
    """Publishing failed for a reason the user can fix; the message says what to do."""


@dataclass
class PublishReport:
    outdir: Path
    files: list[Path] = field(default_factory=list)
    pages: int = 0
    triples: int = 0
    quads: int = 0
    conforms: bool | None = None

    def summary(self) -> str:
        validity = {True: "conforms", False: "has violations", None: "not validated"}[self.conforms]
        return (f"published {len(self.files)} files to {self.outdir}: {self.triples} triples "
                f"({self.quads} quads in named graphs), {self.pages} resource pages; SHACL: {validity}")


def _prefixes() -> dict[str, str]:
    return {**PREFIXES, "void": VOID, "dcat": DCAT, "id": base_iri()}


def default_site_url() -> str:
    """The folder the published files live in: the parent of the resource base."""
    base = base_iri()
    return base[: -len("id/")] if base.endswith("/id/") else base


def union_triples(store: ox.Store) -> list[ox.Triple]:
    """Every triple of every graph once, in a stable order (so dumps are reproducible)."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
    return sorted(triples, key=str)


def _write(path: Path, data: bytes, gzip_over: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if len(data) > gzip_over:
        out = path.with_name(path.name + ".gz")
        # mtime=0: the same graph gives byte-identical files
        with open(out, "wb") as raw, gzip.GzipFile(filename=path.name, mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(data)
        if path.exists():
            path.unlink()
        return out
    gz_old = path.with_name(path.name + ".gz")
    if gz_old.exists():
        gz_old.unlink()
    path.write_bytes(data)
    return path


def _lit(value, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=ox.NamedNode(datatype))
    return ox.Literal(value)


def void_triples(store: ox.Store, triples: list[ox.Triple], *, site_url: str, endpoint: str,
                 license_iri: str, distributions: list[tuple[str, str, int]],
                 examples: list[str]) -> list[ox.Triple]:
    """The VoID + DCAT description of the dataset.

    `distributions`: (file name relative to site_url, media type, size in bytes)."""
    N = ox.NamedNode
    ds = N(base_iri() + "dataset")
    out: list[ox.Triple] = []

    def add(s, p: str, o) -> None:
        out.append(ox.Triple(s, N(p), o))

    add(ds, RDF + "type", N(VOID + "Dataset"))
    add(ds, RDF + "type", N(DCAT + "Dataset"))
    add(ds, DCTERMS + "title", ox.Literal("unikg: relations between universities from the news", language="en"))
    add(ds, DCTERMS + "description", ox.Literal(
        "Institutions, officials, events, agreements and topics of cooperation between universities, "
        "extracted from news articles in Persian, Russian, English and Arabic, each fact with the "
        "sentence it was read from.", language="en"))
    add(ds, DCTERMS + "license", N(license_iri))
    add(ds, DCTERMS + "modified", _lit(datetime.now(timezone.utc).date().isoformat(), XSD + "date"))
    add(ds, FOAF_PAGE, N(site_url))
    add(ds, DCAT + "landingPage", N(site_url))
    add(ds, VOID + "sparqlEndpoint", N(endpoint))
    add(ds, VOID + "uriSpace", ox.Literal(base_iri()))
    add(ds, VOID + "feature", N("http://www.w3.org/ns/formats/N-Quads"))
    for ns in (UNIKG, "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "https://schema.org/",
               "http://www.w3.org/ns/prov#", SKOS, DCTERMS):
        add(ds, VOID + "vocabulary", N(ns))
    for iri in examples:
        add(ds, VOID + "exampleResource", N(iri))

    # sources: the documents the facts were read from, and the reference registries
    for q in store.quads_for_pattern(None, N(RDF + "type"), N(UNIKG + "Document"), None):
        add(ds, DCTERMS + "source", q.subject)
    add(ds, DCTERMS + "source", N(ROR_SPACE))
    add(ds, DCTERMS + "source", N("https://www.wikidata.org/"))

    subjects = {t.subject for t in triples}
    entities = {t.subject for t in triples if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(base_iri())}
    add(ds, VOID + "triples", _lit(len(triples), XSD + "integer"))
    add(ds, VOID + "entities", _lit(len(entities), XSD + "integer"))
    add(ds, VOID + "distinctSubjects", _lit(len(subjects), XSD + "integer"))
    add(ds, VOID + "distinctObjects", _lit(len({t.object for t in triples}), XSD + "integer"))
    by_class: dict[str, set] = {}
    by_prop: dict[str, int] = {}
    for t in triples:
        by_prop[t.predicate.value] = by_prop.get(t.predicate.value, 0) + 1
        if t.predicate.value == RDF + "type" and isinstance(t.object, ox.NamedNode):
            by_class.setdefault(t.object.value, set()).add(t.subject)
    add(ds, VOID + "classes", _lit(len(by_class), XSD + "integer"))
    add(ds, VOID + "properties", _lit(len(by_prop), XSD + "integer"))
    # partitions get IRIs of their own (not blank nodes) so the description is ground
    for n, (cls, members) in enumerate(sorted(by_class.items()), 1):
        part = N(f"{ds.value}/class/{n}")
        add(ds, VOID + "classPartition", part)
        add(part, VOID + "class", N(cls))
        add(part, VOID + "entities", _lit(len(members), XSD + "integer"))
    for n, (prop, count) in enumerate(sorted(by_prop.items()), 1):
        part = N(f"{ds.value}/property/{n}")
        add(ds, VOID + "propertyPartition", part)
        add(part, VOID + "property", N(prop))
        add(part, VOID + "triples", _lit(count, XSD + "integer"))

    # one subset per named graph, so users see what each document contributed
    counts: dict[str, int] = {}
    for q in store:
        if isinstance(q.graph_name, ox.NamedNode):
            counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
    for n, (g, count) in enumerate(sorted(counts.items()), 1):
        sub = N(f"{ds.value}/graph/{n}")
        add(ds, VOID + "subset", sub)
        add(sub, RDF + "type", N(VOID + "Dataset"))
        add(sub, "http://www.w3.org/ns/sparql-service-description#name", N(g))
        add(sub, VOID + "triples", _lit(count, XSD + "integer"))

    for name, space, target in (("ror", ROR_SPACE, "https://ror.org/"), ("wikidata", WIKIDATA_SPACE, "https://www.wikidata.org/")):
        links = {t for t in triples if t.predicate.value == SKOS + "exactMatch"
                 and isinstance(t.object, ox.NamedNode) and t.object.value.startswith(space)}
        ls = N(f"{ds.value}/linkset/{name}")
        add(ds, VOID + "subset", ls)
        add(ls, RDF + "type", N(VOID + "Linkset"))
        add(ls, VOID + "subjectsTarget", ds)
        add(ls, VOID + "objectsTarget", N(target))
        add(ls, VOID + "linkPredicate", N(SKOS + "exactMatch"))
        add(ls, VOID + "triples", _lit(len(links), XSD + "integer"))
        add(N(target), RDF + "type", N(VOID + "Dataset"))
        add(N(target), VOID + "uriSpace", ox.Literal(space))

    for rel, media, size in distributions:
        url = N(urllib.parse.urljoin(site_url, rel))
        dist = N(f"{ds.value}/distribution/{rel.replace('/', '-')}")
        add(ds, VOID + "dataDump", url)
        add(ds, DCAT + "distribution", dist)
        add(dist, RDF + "type", N(DCAT + "Distribution"))
        add(dist, DCAT + "downloadURL", url)
        add(dist, DCAT + "mediaType", N(IANA + media))
        add(dist, DCAT + "byteSize", _lit(size, XSD + "nonNegativeInteger"))
        if rel.endswith(".gz"):
            add(dist, DCAT + "compressFormat", N(IANA + "application/gzip"))
        add(dist, DCTERMS + "license", N(license_iri))

    svc = N(f"{ds.value}/service")
    add(ds, DCAT + "accessService", svc)
    add(svc, RDF + "type", N(DCAT + "DataService"))
    add(svc, DCAT + "endpointURL", N(endpoint))
    add(svc, DCAT + "servesDataset", ds)
    add(svc, DCTERMS + "conformsTo", N("https://www.w3.org/TR/sparql11-protocol/"))
    return out


def void_turtle(store: ox.Store, **kwargs) -> bytes:
    """The VoID description alone (what `unikg serve` answers at /void.ttl)."""
    triples = union_triples(store)
    kwargs.setdefault("site_url", default_site_url())
    kwargs.setdefault("endpoint", kwargs["site_url"] + "sparql")
    kwargs.setdefault("license_iri", DEFAULT_LICENSE)
    kwargs.setdefault("distributions", [])
    kwargs.setdefault("examples", example_resources(store))
    return ox.serialize(void_triples(store, triples, **kwargs), format=ox.RdfFormat.TURTLE, prefixes=_prefixes())


def example_resources(store: ox.Store, n: int = 4) -> list[str]:
    kinds = pages.resources_by_kind(store)
    return [kinds[k][0] for k in pages.PAGE_KINDS if kinds.get(k)][:n]


def page_path(iri: str) -> str | None:
    """Where the page of a resource IRI goes, relative to the output folder."""
    kind = pages.resource_kind(iri)
    if kind not in pages.PAGE_KINDS:
        return None
    rest = iri[len(base_iri()):]
    return "id/" + urllib.parse.quote(rest, safe="/-._~") + ".html"


def static_linker(from_path: str, published: set[str]):
    """Relative links from the page at `from_path` to other pages and to the ontology docs."""
    here = posixpath.dirname(from_path) or "."

    def link(iri: str) -> str | None:
        if iri in published:
            return posixpath.relpath(page_path(iri), here)
        if iri.startswith((UNIKG, TOPIC)):
            return posixpath.relpath("ontology/index.html", here) + "#" + pages.local_name(iri)
        return None
    return link


def _validate(store: ox.Store, outdir: Path) -> tuple[bool | None, list[Path]]:
    folder = outdir / "validation"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        from unikg.validate import validate_store
    except ImportError as exc:  # the validator is another module; publish the rest without it
        (folder / "report.txt").write_text(f"SHACL validation not available: {exc}\n", encoding="utf-8")
        return None, [folder / "report.txt"]
    report = validate_store(store)
    (folder / "report.ttl").write_text(report.to_turtle(), encoding="utf-8")
    (folder / "report.txt").write_text(report.text(), encoding="utf-8")
    return bool(report.conforms), [folder / "report.ttl", folder / "report.txt"]


def _ontology_triples(store: ox.Store) -> list[ox.Triple]:
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH)]
    if triples:
        return triples
    return list(ox.parse(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE))


def _same_ground(a, b) -> bool:
    """Same triples, blank nodes aside (their labels differ from parse to parse)."""
    def key(triples):
        lines = [str(t) for t in triples]
        return {line for line in lines if "_:" not in line}, len(lines)
    return key(a) == key(b)


def publish(store: ox.Store, outdir: Path, *, site_url: str | None = None, endpoint: str | None = None,
            license_iri: str = DEFAULT_LICENSE, gzip_over: int = GZIP_OVER,
            network_page: Path | None = None, with_pages: bool = True) -> PublishReport:
    """Write the linked-data folder for `store` into `outdir` (created if needed)."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    site_url = site_url or default_site_url()
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    endpoint = endpoint or site_url + "sparql"
    report = PublishReport(outdir=outdir)

    triples = union_triples(store)
    quads = sorted((q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)), key=str)
    report.triples, report.quads = len(triples), len(quads)
    distributions = []
    for name, fmt, media, keeps_graphs in DUMPS:
        if fmt is None:
            data = json.dumps(pages.dataset_jsonld(quads), ensure_ascii=False, indent=1).encode("utf-8")
        else:
            data = ox.serialize(quads if keeps_graphs else triples, format=fmt,
                                prefixes=None if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else _prefixes())
        path = _write(outdir / name, data, gzip_over)
        report.files.append(path)
        distributions.append((path.name, media, path.stat().st_size))
    context = outdir / "context.jsonld"
    context.write_text(json.dumps(pages.jsonld_context(), indent=1) + "\n", encoding="utf-8")
    report.files.append(context)

    onto = outdir / "ontology"
    onto.mkdir(exist_ok=True)
    onto_triples = _ontology_triples(store)
    if ONTOLOGY_PATH.exists() and _same_ground(ox.parse(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE), onto_triples):
        shutil.copyfile(ONTOLOGY_PATH, onto / "unikg.ttl")  # the source file, comments kept
    else:  # the store was built with another version of the ontology: publish that one
        (onto / "unikg.ttl").write_bytes(ox.serialize(onto_triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    (onto / "unikg.rdf").write_bytes(ox.serialize(onto_triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES))
    nav_onto = {"home": "../index.html"}
    (onto / "index.html").write_text(pages.ontology_html(onto_triples, nav=nav_onto, search_action=None,
                                                         formats={"Turtle": "unikg.ttl", "RDF/XML": "unikg.rdf"}),
                                     encoding="utf-8")
    report.files += [onto / "unikg.ttl", onto / "unikg.rdf", onto / "index.html"]
    distributions += [("ontology/unikg.ttl", "text/turtle", (onto / "unikg.ttl").stat().st_size),
                      ("ontology/unikg.rdf", "application/rdf+xml", (onto / "unikg.rdf").stat().st_size)]

    report.conforms, files = _validate(store, outdir)
    report.files += files

    kinds = pages.resources_by_kind(store)
    published = {iri for k in pages.PAGE_KINDS for iri in kinds.get(k, [])} if with_pages else set()
    labels = pages.Labels(store, preload=True)
    for iri in sorted(published):
        rel = page_path(iri)
        path = outdir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        link = static_linker(rel, published)
        up = posixpath.relpath(".", posixpath.dirname(rel))
        ttl_name = posixpath.basename(rel)[: -len(".html")] + ".ttl"
        text = pages.resource_html(store, iri, link, labels,
                                   alternates={"Turtle": (ttl_name, "text/turtle")},
                                   nav={"home": f"{up}/index.html", "ontology": f"{up}/ontology/index.html"},
                                   search_action=None)
        path.write_text(text, encoding="utf-8")
        ttl = path.with_name(ttl_name)
        ttl.write_bytes(ox.serialize(pages.describe(store, iri), format=ox.RdfFormat.TURTLE, prefixes=_prefixes()))
        report.files += [path, ttl]
        report.pages += 1

    network = network_page or next((p for p in NETWORK_CANDIDATES if p.exists()), None)
    if network is not None and Path(network).exists():
        shutil.copyfile(network, outdir / "network.html")
        report.files.append(outdir / "network.html")

    void = outdir / "void.ttl"
    void.write_bytes(ox.serialize(
        void_triples(store, triples, site_url=site_url, endpoint=endpoint, license_iri=license_iri,
                     distributions=distributions, examples=example_resources(store)),
        format=ox.RdfFormat.TURTLE, prefixes=_prefixes()))
    report.files.append(void)

    index = outdir / "index.html"
    index.write_text(_index_html(store, report, distributions, site_url, endpoint, license_iri,
                                 published, labels, has_network=(outdir / "network.html").exists()), encoding="utf-8")
    report.files.append(index)
    return report


def _index_html(store, report, distributions, site_url, endpoint, license_iri, published, labels, has_network) -> str:
    from unikg.store import stats
    try:
        counts = stats(store)
    except Exception:  # stats need the ontology graph for subclasses; the page can do without
        counts = {"triples": report.triples}
    dumps = "".join(f'<li><a href="{esc(rel)}">{esc(rel)}</a> <span class="small">{esc(media)}, {size:,} bytes</span></li>'
                    for rel, media, size in distributions)
    links = {"ontology documentation": "ontology/index.html", "VoID and DCAT description": "void.ttl",
             "SHACL validation report": "validation/report.txt", "JSON-LD context": "context.jsonld"}
    if has_network:
        links["collaboration network"] = "network.html"
    body = (f"<h1>unikg: relations between universities</h1>"
            "<p>A knowledge graph of meetings, visits, conferences and agreements between universities, "
            "extracted from their news in Persian, Russian, English and Arabic. Every fact links to the "
            "sentence it was read from.</p>"
            f"<p>SPARQL endpoint: <code>{esc(endpoint)}</code> · licence: <a href=\"{esc(license_iri)}\">{esc(license_iri)}</a></p>"
            f"{pages.stats_table(counts)}<h2>Downloads</h2><ul>{dumps}</ul><ul>"
            + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in links.items()) + "</ul>"
            + pages.listing_html(store, pages.PAGE_KINDS, static_linker("index.html", published), labels))
    return pages.layout("unikg", body, nav={"ontology": "ontology/index.html", "VoID": "void.ttl"}, search_action=None)


# ---------------------------------------------------------------- Graph Store upload


def upload(store: ox.Store, url: str, *, token: str | None = None, timeout: float = 120,
           graphs: list[ox.NamedNode] | None = None) -> list[str]:
    """PUT each named graph to a SPARQL 1.1 Graph Store Protocol service (replacing it there).

    `url` is the service (Oxigraph: http://host:7878/store). Returns the graph IRIs sent."""
    names = graphs if graphs is not None else sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    sent = []
    for g in names:
        body = ox.serialize([ox.Triple(q.subject, q.predicate, q.object)
                             for q in store.quads_for_pattern(None, None, None, g)], format=ox.RdfFormat.N_TRIPLES)
        target = url + ("&" if "?" in url else "?") + urllib.parse.urlencode({"graph": g.value})
        headers = {"Content-Type": "application/n-triples"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(target, data=body, method="PUT", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300]
            raise PublishError(f"{url} refused graph {g.value}: HTTP {exc.code} {detail.strip()}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise PublishError(f"cannot reach the Graph Store service {url} ({getattr(exc, 'reason', exc)}); "
                               "is the server running and is this its graph store URL (Oxigraph: http://HOST:PORT/store)?") from None
        sent.append(g.value)
    return sent


# ---------------------------------------------------------------- command line


def cmd_publish(args) -> int:
    from unikg.store import open_store
    if not args.outdir and not args.to:
        print("error: give an output folder (OUTDIR) or --to URL", file=sys.stderr)
        return 2
    store = open_store(args.store, read_only=True)
    status = 0
    try:
        if args.outdir:
            report = publish(store, args.outdir, site_url=args.site_url, endpoint=args.endpoint,
                             license_iri=args.license, gzip_over=args.gzip_over,
                             network_page=args.network_page, with_pages=not args.no_pages)
            print(report.summary())
            if report.conforms is False:
                print(f"warning: the graph does not conform to the shapes; see {args.outdir / 'validation' / 'report.txt'}",
                      file=sys.stderr)
        if args.to:
            sent = upload(store, args.to, token=args.token, timeout=args.timeout)
            print(f"uploaded {len(sent)} named graphs to {args.to}")
    except PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        status = 2
    return status


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "publish", help="write dumps, VoID, ontology docs and resource pages; or upload to a remote store",
        description="Write the graph as linked data into OUTDIR: dumps in Turtle, N-Triples, N-Quads, JSON-LD and "
        "RDF/XML (gzip-compressed above --gzip-over bytes), a VoID/DCAT description, the ontology (Turtle, "
        "RDF/XML, HTML documentation), the SHACL report and one HTML page per institution, person, event and "
        "agreement. With --to URL, PUT every named graph to a SPARQL 1.1 Graph Store Protocol service. "
        "See docs/publishing.md.")
    p.add_argument("outdir", nargs="?", type=Path, metavar="OUTDIR", help="the folder to write (created if needed)")
    p.add_argument("--store", type=Path, default=DEFAULT_STORE, metavar="DIR", help="the graph store to publish")
    p.add_argument("--to", metavar="URL", help="upload the named graphs to this Graph Store service "
                   "(e.g. http://127.0.0.1:7878/store for Oxigraph)")
    p.add_argument("--token", metavar="T", help="bearer token sent with the upload (Authorization: Bearer T)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="S", help="time limit per uploaded graph (default 120)")
    p.add_argument("--site-url", metavar="URL", help="where OUTDIR will be served; download links in void.ttl "
                   f"(default: the parent of the resource base, {default_site_url()})")
    p.add_argument("--endpoint", metavar="URL", help="the public SPARQL endpoint named in void.ttl (default: SITE/sparql)")
    p.add_argument("--license", default=DEFAULT_LICENSE, metavar="IRI", help=f"licence of the data (default {DEFAULT_LICENSE})")
    p.add_argument("--gzip-over", type=int, default=GZIP_OVER, metavar="BYTES",
                   help=f"compress a dump larger than this (default {GZIP_OVER})")
    p.add_argument("--network-page", type=Path, metavar="FILE", help="the network page to include "
                   "(default: graph_data/network.html or graph_data/network/network.html if present)")
    p.add_argument("--no-pages", action="store_true", help="skip the per-resource HTML pages")
    p.set_defaults(func=cmd_publish)
    return p
