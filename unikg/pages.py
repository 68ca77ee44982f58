"""HTML and JSON-LD rendering shared by `unikg publish` (static files) and `unikg serve`.

Every string that can come from a document (labels, names, quotes, sentences, titles)
goes through `esc()` before it reaches HTML, and JSON embedded in a <script> element
goes through `script_json()`, which escapes `<`, `>` and `&` so that no `</script>` can
close the element early. Pages use no external resources (no CDN, no web fonts): they
work offline and from a `file:` URL.

Links between resources are produced by a `Linker` callable (IRI -> href or None) so that
the same page can point at static `.html` files or at the server's dereferenceable paths.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import pyoxigraph as ox

from unikg.rdf import ONTOLOGY_GRAPH, REFERENCE_GRAPH, DCTERMS, FOAF, ORG, PROV, SCHEMA, SKOS, TOPIC, UNIKG, XSD, base_iri

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"

PREFIXES = {
    "unikg": UNIKG, "topic": TOPIC, "org": ORG, "foaf": FOAF, "schema": SCHEMA, "prov": PROV,
    "skos": SKOS, "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD,
}

# the kinds of resources that get a page of their own, by the first segment of their path
PAGE_KINDS = ("institution", "person", "event", "agreement")

LABEL_PROPS = (RDFS + "label", SKOS + "prefLabel", FOAF + "name", SKOS + "altLabel")
RTL = {"fa", "ar", "he", "ur"}

Linker = Callable[[str], "str | None"]


# ---------------------------------------------------------------- escaping


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def script_json(data: Any) -> str:
    """JSON safe inside <script>: `</script>`, `<!--` and `&` cannot appear literally."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# ---------------------------------------------------------------- JSON-LD


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context of the dumps and pages (published as context.jsonld)."""
    return {"@context": {**PREFIXES, "id": base_iri()}}


def _jsonld_value(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return {"@id": term.value}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD + "string":
        return term.value
    # keep the lexical form: "1.50"^^xsd:decimal must not come back as 1.5
    return {"@value": term.value, "@type": curie(term.datatype.value)}


def _node_objects(triples: Iterable[Any]) -> list[dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for t in triples:
        sid = t.subject.value if isinstance(t.subject, ox.NamedNode) else f"_:{t.subject.value}"
        node = nodes.setdefault(sid, {"@id": sid})
        if t.predicate.value == RDF + "type" and not isinstance(t.object, ox.Literal):
            oid = t.object.value if isinstance(t.object, ox.NamedNode) else f"_:{t.object.value}"
            node.setdefault("@type", []).append(curie(oid))
        else:
            node.setdefault(curie(t.predicate.value), []).append(_jsonld_value(t.object))
    return list(nodes.values())


def to_jsonld(triples: Iterable[Any], context: bool = True) -> dict[str, Any]:
    """Triples as a JSON-LD document: one node object per subject, keys as compact IRIs."""
    doc: dict[str, Any] = dict(jsonld_context()) if context else {}
    doc["@graph"] = _node_objects(triples)
    return doc


def dataset_jsonld(quads: Iterable[Any]) -> dict[str, Any]:
    """Quads as JSON-LD with the named graphs kept (a top-level node per named graph)."""
    by_graph: dict[Any, list[Any]] = defaultdict(list)
    for q in quads:
        by_graph[q.graph_name].append(q)
    graphs = []
    for g, qs in by_graph.items():
        if isinstance(g, ox.DefaultGraph):
            graphs.extend(_node_objects(qs))
        else:
            gid = g.value if isinstance(g, ox.NamedNode) else f"_:{g.value}"
            graphs.append({"@id": gid, "@graph": _node_objects(qs)})
    return {**jsonld_context(), "@graph": graphs}


# ---------------------------------------------------------------- reading the store


def _q(store: ox.Store, text: str) -> ox.QuerySolutions:
    return store.query(text, use_default_graph_as_union=True)


def describe(store: ox.Store, iri: str) -> list[ox.Triple]:
    """What a resource's RDF representation holds: its own triples (all graphs, without
    duplicates) and the triples of its evidence records (quote, sentence, offsets)."""
    node = ox.NamedNode(iri)
    seen: dict[ox.Triple, None] = {}
    for q in store.quads_for_pattern(node, None, None, None):
        seen.setdefault(ox.Triple(q.subject, q.predicate, q.object))
    evidence = [t.object for t in seen if t.predicate.value == UNIKG + "evidence" and isinstance(t.object, ox.NamedNode)]
    for ev in evidence:
        for q in store.quads_for_pattern(ev, None, None, None):
            seen.setdefault(ox.Triple(q.subject, q.predicate, q.object))
    return list(seen)


def exists(store: ox.Store, iri: str) -> bool:
    try:
        node = ox.NamedNode(iri)
    except ValueError:  # a request path that is no IRI names nothing here
        return False
    return next(iter(store.quads_for_pattern(node, None, None, None)), None) is not None


def _pick(literals: list[ox.Literal], lang: str = "en") -> ox.Literal | None:
    if not literals:
        return None
    for want in (lang, "", None):
        for lit in literals:
            if want is None or (lit.language or "") == want:
                return lit
    return literals[0]


class Labels:
    """Display labels of IRIs (rdfs:label, skos:prefLabel, foaf:name; English first).

    `preload=True` reads every label once (publishing many pages); otherwise each IRI is
    looked up when first asked for (serving one page)."""

    def __init__(self, store: ox.Store, preload: bool = False):
        self.store = store
        self.cache: dict[str, list[ox.Literal]] = {}
        self.complete = preload
        if preload:
            for group in (LABEL_PROPS[:3], (DCTERMS + "title",), (UNIKG + "fileName",)):
                found: dict[str, list[ox.Literal]] = {}
                for p in group:
                    for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
                        if isinstance(q.object, ox.Literal) and isinstance(q.subject, ox.NamedNode):
                            lits = found.setdefault(q.subject.value, [])
                            if q.object not in lits:
                                lits.append(q.object)
                for iri, lits in found.items():
                    self.cache.setdefault(iri, lits)

    def all(self, iri: str) -> list[ox.Literal]:
        if iri not in self.cache:
            if self.complete:
                return []
            lits: list[ox.Literal] = []
            # documents have no label: their title, else their file name, names them
            for group in (LABEL_PROPS[:3], (DCTERMS + "title",), (UNIKG + "fileName",)):
                for p in group:
                    for q in self.store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(p), None, None):
                        if isinstance(q.object, ox.Literal) and q.object not in lits:
                            lits.append(q.object)
                if lits:
                    break
            self.cache[iri] = lits
        return self.cache[iri]

    def get(self, iri: str) -> ox.Literal | None:
        return _pick(self.all(iri))


# ---------------------------------------------------------------- HTML fragments

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Tahoma,"Noto Sans",sans-serif;margin:0;color:#1d2733;background:#f7f8fa;line-height:1.45}
header{background:#1f3a5f;color:#fff;padding:.6em 1.2em;display:flex;gap:1.2em;align-items:center;flex-wrap:wrap}
header a{color:#fff;text-decoration:none;font-weight:600}header .brand{font-size:1.2em;margin-right:1em}
main{max-width:1100px;margin:0 auto;padding:1em 1.2em 3em}
h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #d5dbe3}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d5dbe3;padding:.35em .5em;vertical-align:top;text-align:start}
th{background:#eef1f5}code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
pre{background:#fff;border:1px solid #d5dbe3;padding:.6em;overflow:auto}
.iri{color:#5a6675;word-break:break-all}.type{display:inline-block;background:#e2ebf6;border-radius:3px;padding:0 .4em;margin-right:.3em;font-size:.9em}
.lang{color:#7a8594;font-size:.8em;margin-left:.2em}.small{color:#5a6675;font-size:.85em}
blockquote{background:#fff;border-left:4px solid #7aa3d6;margin:.6em 0;padding:.4em .8em}
mark{background:#fde68a}form.search input[type=search]{padding:.3em;width:22em;max-width:70vw}
textarea{width:100%;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.stats td:first-child{width:14em}ul.examples{columns:2}
"""


def layout(title: str, body: str, *, nav: dict[str, str] | None = None, head_extra: str = "",
           search_action: str | None = "/search") -> str:
    """A complete page; `title` and nav labels are escaped here, `body` must already be HTML."""
    links = "".join(f'<a href="{esc(href)}">{esc(text)}</a>' for text, href in (nav or {}).items())
    search = ""
    if search_action:
        search = (f'<form class="search" role="search" action="{esc(search_action)}" method="get">'
                  '<input type="search" name="q" placeholder="search labels (en, fa, ru, ar)" aria-label="search">'
                  ' <button type="submit">Search</button></form>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{STYLE}</style>{head_extra}</head>"
            f"<body><header><span class=\"brand\">unikg</span>{links}{search}</header>"
            f"<main>{body}</main></body></html>\n")


def literal_html(lit: ox.Literal) -> str:
    lang = lit.language
    if lang:
        direction = "rtl" if lang.split("-")[0] in RTL else "auto"
        return (f'<span lang="{esc(lang)}" dir="{direction}">{esc(lit.value)}</span>'
                f'<span class="lang">@{esc(lang)}</span>')
    dt = lit.datatype.value
    extra = "" if dt == XSD + "string" else f'<span class="lang">{esc(curie(dt))}</span>'
    return f'<span dir="auto">{esc(lit.value)}</span>{extra}'


def href_for(iri: str, link: Linker | None = None) -> str | None:
    """Where a link to `iri` goes: the linker's page, else the IRI itself when it is a web
    address. Other schemes (javascript:, data:) never become links."""
    href = link(iri) if link else None
    if href is None and iri.startswith(("http://", "https://")):
        href = iri
    return href


def _a(iri: str, text_html: str, link: Linker | None = None, attrs: str = "") -> str:
    href = href_for(iri, link)
    return f'<a href="{esc(href)}"{attrs}>{text_html}</a>' if href else text_html


def term_html(term: Any, labels: Labels, link: Linker) -> str:
    if isinstance(term, ox.Literal):
        return literal_html(term)
    if isinstance(term, ox.BlankNode):
        return f"<code>_:{esc(term.value)}</code>"
    iri = term.value
    label = labels.get(iri)
    text = literal_html(label) if label is not None else esc(curie(iri))
    return _a(iri, text, link)


def resource_kind(iri: str) -> str | None:
    base = base_iri()
    if not iri.startswith(base):
        return None
    kind = iri[len(base):].split("/", 1)[0]
    return kind if "/" in iri[len(base):] else None


def _sentence_html(sentence: str, quote: str) -> str:
    """The sentence with the quoted words marked; each part escaped on its own."""
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return esc(sentence)
    return esc(sentence[:at]) + "<mark>" + esc(quote) + "</mark>" + esc(sentence[at + len(quote):])


def _graph_html(store: ox.Store, g: str, labels: Labels, link: Linker) -> str:
    if not g:
        return "default graph"
    if g == REFERENCE_GRAPH.value:
        return "reference data"
    if g == ONTOLOGY_GRAPH.value:
        return "ontology"
    # a document graph: its file name is short where its title may be a paragraph
    name = _one(store, ox.NamedNode(g), UNIKG + "fileName")
    if name is not None:
        return _a(g, esc(name.value), link, ' dir="auto"')
    return term_html(ox.NamedNode(g), labels, link)


def _one(store: ox.Store, s: Any, p: str) -> Any:
    q = next(iter(store.quads_for_pattern(s, ox.NamedNode(p), None, None)), None)
    return q.object if q else None


def resource_html(store: ox.Store, iri: str, link: Linker, labels: Labels | None = None,
                  alternates: dict[str, str] | None = None, nav: dict[str, str] | None = None,
                  search_action: str | None = "/search") -> str:
    """The page of one resource: types, labels, facts with their source graphs, officials
    or posts, evidence sentences, incoming links, and the same data as JSON-LD."""
    labels = labels or Labels(store)
    node = ox.NamedNode(iri)
    facts: dict[tuple[str, Any], set[str]] = {}
    types: list[str] = []
    names: list[ox.Literal] = []
    evidence: list[ox.NamedNode] = []
    for q in store.quads_for_pattern(node, None, None, None):
        p = q.predicate.value
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        if p == RDF + "type":
            if q.object.value not in types:
                types.append(q.object.value)
        elif p in LABEL_PROPS and isinstance(q.object, ox.Literal):
            if q.object not in names:
                names.append(q.object)
        elif p == UNIKG + "evidence":
            if q.object not in evidence:
                evidence.append(q.object)
        else:
            facts.setdefault((p, q.object), set()).add(g)
    title_lit = _pick(names)
    title = title_lit.value if title_lit is not None else curie(iri)

    out = [f"<h1 dir=\"auto\">{esc(title)}</h1>",
           "<p>" + "".join(_a(t, esc(labels.get(t).value if labels.get(t) else curie(t)), link, ' class="type"')
                           for t in types) + f' <code class="iri">{esc(iri)}</code></p>']
    if alternates:  # name -> (href, media type)
        out.append('<p class="small">This resource as: ' + ", ".join(
            f'<a href="{esc(href)}" type="{esc(mt)}">{esc(name)}</a>' for name, (href, mt) in alternates.items()) + "</p>")
    if names:
        out.append("<h2>Names</h2><ul>" + "".join(f"<li>{literal_html(n)}</li>" for n in names) + "</ul>")

    if facts:
        rows = []
        for (p, o), graphs in sorted(facts.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            plabel = labels.get(p)
            src = ", ".join(_graph_html(store, g, labels, link) for g in sorted(graphs))
            rows.append(f"<tr><th scope=\"row\" title=\"{esc(p)}\">{esc(plabel.value if plabel else curie(p))}</th>"
                        f"<td>{term_html(o, labels, link)}</td><td class=\"small\">{src}</td></tr>")
        out.append("<h2>Facts</h2><table><thead><tr><th>property</th><th>value</th><th>source graph</th></tr></thead>"
                   f"<tbody>{''.join(rows)}</tbody></table>")

    posts = []
    for row in _q(store, f"""SELECT DISTINCT ?who ?org ?post WHERE {{
            ?m <{ORG}member> ?who ; <{ORG}organization> ?org . OPTIONAL {{ ?m <{UNIKG}postLabel> ?post }}
            FILTER (?who = {node} || ?org = {node}) }} ORDER BY STR(?post)"""):
        other = row["org"] if row["who"] == node else row["who"]
        post = literal_html(row["post"]) if row["post"] is not None else ""
        posts.append(f"<li>{term_html(other, labels, link)} — {post}</li>")
    if posts:
        out.append(f"<h2>{'Posts' if UNIKG + 'Person' in types else 'Officials'}</h2><ul>{''.join(posts)}</ul>")

    if evidence:
        items = []
        for ev in evidence:
            sentence = _one(store, ev, UNIKG + "sentence")
            quote = _one(store, ev, UNIKG + "quote")
            doc = _one(store, ev, PROV + "wasDerivedFrom")
            start, end = _one(store, ev, UNIKG + "startOffset"), _one(store, ev, UNIKG + "endOffset")
            file_name = _one(store, doc, UNIKG + "fileName") if doc is not None else None
            lang = _one(store, doc, DCTERMS + "language") if doc is not None else None
            lang_attr = f' lang="{esc(lang.value)}"' if lang is not None else ""
            where = []
            if doc is not None:
                where.append(term_html(doc, labels, link) if not file_name else _a(doc.value, esc(file_name.value), link))
            if start is not None and end is not None:
                where.append(f"characters {esc(start.value)}–{esc(end.value)}")
            items.append(f'<blockquote{lang_attr} dir="auto">'
                         f'{_sentence_html(sentence.value if sentence else "", quote.value if quote else "")}'
                         f'</blockquote><p class="small">{" · ".join(where)}</p>')
        out.append("<h2>Evidence</h2>" + "".join(items))

    incoming: dict[tuple[str, str], None] = {}
    membership = base_iri() + "membership/"
    for q in store.quads_for_pattern(None, None, node, None):
        if isinstance(q.subject, ox.NamedNode) and not q.subject.value.startswith(membership):
            incoming.setdefault((q.subject.value, q.predicate.value))
    if incoming:
        rows = [f"<li>{term_html(ox.NamedNode(s), labels, link)} <span class=\"small\">"
                f"({esc(labels.get(p).value if labels.get(p) else curie(p))})</span></li>"
                for s, p in sorted(incoming)]
        out.append("<h2>Referenced by</h2><ul>" + "".join(rows) + "</ul>")

    data = to_jsonld(describe(store, iri))
    head = f'<script type="application/ld+json">\n{script_json(data)}\n</script>'
    return layout(title, "\n".join(out), nav=nav, head_extra=head, search_action=search_action)


def results_table_html(results: dict[str, Any], truncated: bool = False, link: Linker | None = None) -> str:
    """W3C SPARQL JSON results as an HTML table (every value escaped); IRIs link through
    `link` when it knows them (the server's own resource paths), else to themselves."""
    if "boolean" in results:
        return f"<p>Answer: <strong>{'yes' if results['boolean'] else 'no'}</strong></p>"
    names = results["head"]["vars"]
    head = "".join(f"<th>?{esc(v)}</th>" for v in names)
    rows = []
    for b in results["results"]["bindings"]:
        cells = []
        for v in names:
            t = b.get(v)
            if t is None:
                cells.append("<td></td>")
            elif t["type"] == "uri":
                cells.append(f'<td>{_a(t["value"], esc(curie(t["value"])), link)}</td>')
            else:
                lang = t.get("xml:lang")
                extra = f'<span class="lang">@{esc(lang)}</span>' if lang else ""
                cells.append(f'<td dir="auto">{esc(t["value"])}{extra}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    note = '<p class="small"><strong>Truncated</strong>: the row limit was reached.</p>' if truncated else ""
    return (f"<p class=\"small\">{len(rows)} row(s)</p>{note}<table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


# ---------------------------------------------------------------- ontology documentation

_CHARACTERISTICS = ("FunctionalProperty", "InverseFunctionalProperty", "SymmetricProperty",
                    "AsymmetricProperty", "TransitiveProperty", "ReflexiveProperty", "IrreflexiveProperty")


def ontology_html(triples: Iterable[Any], nav: dict[str, str] | None = None,
                  search_action: str | None = None, formats: dict[str, str] | None = None) -> str:
    """Documentation of the ontology: metadata, classes, properties, individuals and the
    topic scheme, each with its labels in every language, definition and axioms."""
    by_s: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            by_s[t.subject.value][t.predicate.value].append(t.object)
    own = (UNIKG, TOPIC)

    def is_own(iri: str) -> bool:
        return iri.startswith(own)

    def ref(term: Any) -> str:
        if not isinstance(term, ox.NamedNode):
            return "<em>(anonymous)</em>"
        iri = term.value
        if is_own(iri):
            return f'<a href="#{esc(local_name(iri))}">{esc(curie(iri))}</a>'
        return _a(iri, esc(curie(iri)))

    types = {s: {o.value for o in ps.get(RDF + "type", []) if isinstance(o, ox.NamedNode)} for s, ps in by_s.items()}
    onto = next((s for s, ts in types.items() if OWL + "Ontology" in ts), None)
    classes = sorted(s for s, ts in types.items() if OWL + "Class" in ts and is_own(s))
    obj_props = sorted(s for s, ts in types.items() if OWL + "ObjectProperty" in ts and is_own(s))
    data_props = sorted(s for s, ts in types.items() if OWL + "DatatypeProperty" in ts and is_own(s))
    individuals = sorted((s for s, ts in types.items()
                          if is_own(s) and s not in classes and s not in obj_props and s not in data_props
                          and (OWL + "NamedIndividual" in ts or SKOS + "Concept" in ts or SKOS + "ConceptScheme" in ts)),
                         key=lambda s: (sorted(types[s] - {OWL + "NamedIndividual"}), s))
    subclasses: dict[str, list[str]] = defaultdict(list)
    for s, ps in by_s.items():
        for sup in ps.get(RDFS + "subClassOf", []):
            if isinstance(sup, ox.NamedNode):
                subclasses[sup.value].append(s)

    def labels_row(ps: dict[str, list[Any]]) -> str:
        lits = [o for o in ps.get(RDFS + "label", []) + ps.get(SKOS + "prefLabel", []) if isinstance(o, ox.Literal)]
        return ", ".join(literal_html(lit) for lit in lits)

    def entry(s: str, extra: list[tuple[str, str]]) -> str:
        ps = by_s[s]
        rows = [("IRI", f"<code>{esc(s)}</code>"), ("labels", labels_row(ps))]
        for pred in (SKOS + "definition", RDFS + "comment"):
            for o in ps.get(pred, []):
                rows.append(("definition", literal_html(o)))
        rows += [(k, v) for k, v in extra if v]
        body = "".join(f"<tr><th scope=\"row\">{esc(k)}</th><td>{v}</td></tr>" for k, v in rows)
        return f'<section id="{esc(local_name(s))}"><h3>{esc(curie(s))}</h3><table>{body}</table></section>'

    out = []
    if onto:
        ps = by_s[onto]
        title = _pick([o for o in ps.get(DCTERMS + "title", []) if isinstance(o, ox.Literal)])
        out.append(f"<h1>{esc(title.value if title else 'Ontology')}</h1>")
        meta = [("IRI", f"<code>{esc(onto)}</code>")]
        for label, pred in (("version", OWL + "versionInfo"), ("version IRI", OWL + "versionIRI"),
                            ("licence", DCTERMS + "license"), ("creator", DCTERMS + "creator"),
                            ("description", DCTERMS + "description")):
            for o in ps.get(pred, []):
                meta.append((label, ref(o) if isinstance(o, ox.NamedNode) else literal_html(o)))
        if formats:
            meta.append(("download", ", ".join(f'<a href="{esc(h)}">{esc(n)}</a>' for n, h in formats.items())))
        out.append("<table>" + "".join(f"<tr><th scope=\"row\">{esc(k)}</th><td>{v}</td></tr>" for k, v in meta) + "</table>")
    toc = [("Classes", "classes", classes), ("Object properties", "object-properties", obj_props),
           ("Datatype properties", "datatype-properties", data_props), ("Individuals and concepts", "individuals", individuals)]
    out.append("<p>" + " · ".join(f'<a href="#{a}">{esc(t)} ({len(items)})</a>' for t, a, items in toc) + "</p>")

    out.append('<h2 id="classes">Classes</h2>')
    for s in classes:
        ps = by_s[s]
        out.append(entry(s, [("subclass of", ", ".join(ref(o) for o in ps.get(RDFS + "subClassOf", []))),
                             ("subclasses", ", ".join(ref(ox.NamedNode(c)) for c in sorted(subclasses.get(s, [])))),
                             ("equivalent to", ", ".join(ref(o) for o in ps.get(OWL + "equivalentClass", [])))]))
    for title, anchor, props in (("Object properties", "object-properties", obj_props),
                                 ("Datatype properties", "datatype-properties", data_props)):
        out.append(f'<h2 id="{anchor}">{title}</h2>')
        for s in props:
            ps = by_s[s]
            chars = ", ".join(c for c in _CHARACTERISTICS if OWL + c in types[s])
            out.append(entry(s, [("sub-property of", ", ".join(ref(o) for o in ps.get(RDFS + "subPropertyOf", []))),
                                 ("domain", ", ".join(ref(o) for o in ps.get(RDFS + "domain", []))),
                                 ("range", ", ".join(ref(o) for o in ps.get(RDFS + "range", []))),
                                 ("inverse of", ", ".join(ref(o) for o in ps.get(OWL + "inverseOf", []))),
                                 ("characteristics", esc(chars))]))
    out.append('<h2 id="individuals">Individuals and concepts</h2>')
    for s in individuals:
        ps = by_s[s]
        kinds = ", ".join(ref(ox.NamedNode(t)) for t in sorted(types[s] - {OWL + "NamedIndividual"}))
        out.append(entry(s, [("type", kinds),
                             ("in scheme", ", ".join(ref(o) for o in ps.get(SKOS + "inScheme", []))),
                             ("broader", ", ".join(ref(o) for o in ps.get(SKOS + "broader", [])))]))
    return layout("unikg ontology", "\n".join(out), nav=nav, search_action=search_action)


# ---------------------------------------------------------------- home, search, query pages


def stats_table(stats: dict[str, int]) -> str:
    return ('<table class="stats">' + "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in stats.items())
            + "</table>")


def listing_html(store: ox.Store, kinds: Iterable[str], link: Linker, labels: Labels, limit: int = 200) -> str:
    """Lists of the resources that have pages, by kind."""
    parts = []
    for kind, iris in resources_by_kind(store, kinds).items():
        items = [f"<li>{term_html(ox.NamedNode(i), labels, link)}</li>" for i in iris[:limit]]
        more = f'<li class="small">… and {len(iris) - limit} more</li>' if len(iris) > limit else ""
        parts.append(f'<h2 id="{esc(kind)}s">{esc(kind.capitalize())}s ({len(iris)})</h2><ul>{"".join(items)}{more}</ul>')
    return "\n".join(parts)


def resources_by_kind(store: ox.Store, kinds: Iterable[str] = PAGE_KINDS) -> dict[str, list[str]]:
    """IRIs of the typed resources under the base, by the first segment of their path."""
    wanted = set(kinds)
    found: dict[str, set[str]] = {k: set() for k in kinds}
    for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), None, None):
        if isinstance(q.subject, ox.NamedNode):
            kind = resource_kind(q.subject.value)
            if kind in wanted:
                found[kind].add(q.subject.value)
    return {k: sorted(v) for k, v in found.items()}


def search_results_html(query: str, hits: list[tuple[str, ox.Literal, list[str]]], labels: Labels,
                        link: Linker) -> str:
    if not query.strip():
        return "<p>Type words of a name in any language (English, Persian, Russian, Arabic).</p>"
    if not hits:
        return f"<p>No label matches <q>{esc(query)}</q>.</p>"
    items = []
    for iri, lit, types in hits:
        kinds = "".join(f'<span class="type">{esc(labels.get(t).value if labels.get(t) else curie(t))}</span>' for t in types)
        items.append(f"<li>{kinds}{term_html(ox.NamedNode(iri), labels, link)} — matched {literal_html(lit)}</li>")
    return f"<p>{len(hits)} match(es) for <q>{esc(query)}</q>:</p><ul>{''.join(items)}</ul>"
