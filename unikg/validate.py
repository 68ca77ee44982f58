"""Check a built graph against the SHACL shapes and the quality queries of `shapes/`.

Two kinds of check, one report:

* the SHACL shapes (`shapes/*.ttl`), run by pyshacl over the union of all graphs of the
  store, with the ontology mixed in so that `sh:targetClass unikg:Institution` also
  reaches `unikg:University` and `sh:class unikg:Role` finds the role individuals;
* the quality queries (`shapes/*-violation.rq`, the ODK habit): SPARQL SELECTs that must
  return no rows. Each row is one violation; the query selects `?focus` (the offending
  resource) and may select `?message`, `?path` and `?value`.

Two engines check the SHACL shapes and give the same report:

* `engine="sparql"` (the default): the SHACL Core constraints are compiled into SPARQL
  queries (`unikg.shacl_sparql`) and run by Oxigraph on the store itself; a shape that uses
  something the compiler does not translate is checked by pyshacl instead, and named in
  `ValidationReport.fallbacks` and the log. At a million triples: ~20 s instead of minutes.
* `engine="pyshacl"`: the reference; pyshacl over an rdflib copy of the union of all graphs.

The SHACL-SPARQL constraints (`sh:sparql`) are run by Oxigraph, one query per focus node
with `$this` substituted, because pyshacl evaluates them with rdflib's SPARQL engine, which
is some ten times slower on a graph of ten thousand triples. `sparql_in_store=False`
leaves them to pyshacl (the tests compare both).

    report = validate_store(store)
    if not report.conforms:
        print(report.text())
"""
from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.namespace import RDF, SH

from unikg.locations import shipped
from unikg.store import ONTOLOGY_PATH

SHAPES_DIR = shipped("shapes")
ONTOLOGY_GRAPH = "https://w3id.org/unikg/graph/ontology"
SHAPES_NS = "https://w3id.org/unikg/shapes#"

# Used to shorten IRIs in the human-readable report only.
_PREFIXES = {
    "shape:": SHAPES_NS,
    "unikg:": "https://w3id.org/unikg/ontology#",
    "id:": "https://w3id.org/unikg/id/",
    "topic:": "https://w3id.org/unikg/topic/",
    "org:": "http://www.w3.org/ns/org#",
    "prov:": "http://www.w3.org/ns/prov#",
    "schema:": "https://schema.org/",
    "foaf:": "http://xmlns.com/foaf/0.1/",
    "skos:": "http://www.w3.org/2004/02/skos/core#",
    "dcterms:": "http://purl.org/dc/terms/",
    "rdfs:": "http://www.w3.org/2000/01/rdf-schema#",
}
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
ENGINES = ("sparql", "pyshacl")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Violation:
    """One failed check. `source` is the shape IRI, or the file name of the .rq query."""
    focus: str
    path: str | None
    message: str
    severity: str = "Violation"   # Violation | Warning | Info
    source: str = ""
    value: str | None = None
    # The RDF terms behind `focus` and `value`, kept for the report graph (a literal's
    # datatype is lost in the text).
    focus_term: object = field(default=None, compare=False, repr=False)
    value_term: object = field(default=None, compare=False, repr=False)
    # sh:sourceConstraintComponent (an IRI); None for a quality query's row.
    component: str | None = None


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    # The SHACL report graph; made from `violations` when None (both engines leave it None,
    # so their report graphs hold the same top-level results).
    graph: rdflib.Graph | None = None
    # Shapes the SPARQL engine left to pyshacl, each with the reason ("shape: reason").
    fallbacks: list[str] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter(v.severity for v in self.violations)

    def text(self) -> str:
        """A human summary: totals, then one block per (severity, source, message)."""
        note = ""
        if self.fallbacks:
            note = "\n\nChecked by pyshacl, not compiled to SPARQL:\n" + "\n".join(
                f"    {_short(f)}" for f in self.fallbacks)
        if not self.violations:
            return "Conforms: no violations." + note
        counts = self.counts()
        by_kind = ", ".join(f"{n} {sev}" for sev, n in sorted(counts.items(), key=lambda kv: _SEVERITY_ORDER.get(kv[0], 9)))
        lines = [f"Does not conform: {len(self.violations)} results ({by_kind})."]
        groups: dict[tuple[str, str, str], list[Violation]] = {}
        for v in self.violations:
            groups.setdefault((v.severity, v.source, v.message), []).append(v)
        for (severity, source, message), items in sorted(
                groups.items(), key=lambda kv: (_SEVERITY_ORDER.get(kv[0][0], 9), kv[0][1], kv[0][2])):
            lines.append("")
            lines.append(f"[{severity}] {_short(source)} ({len(items)}): {message}")
            for v in sorted(items, key=lambda v: (v.focus, v.path or "", v.value or "")):
                detail = _short(v.focus)
                if v.path:
                    detail += f"  {_short(v.path)}"
                if v.value is not None:
                    detail += f"  = {_short(v.value)}"
                lines.append(f"    {detail}")
        return "\n".join(lines) + note

    def add(self, violation: Violation) -> None:
        """Add a result; like pyshacl, any result (of any severity) breaks conformance."""
        self.violations.append(violation)
        self.conforms = False
        if self.graph is not None:
            _add_result(self.graph, violation)

    def to_turtle(self) -> str:
        graph = self.graph if self.graph is not None else _report_graph(self)
        return graph.serialize(format="turtle")


# ---------------------------------------------------------------- entry points

def validate_store(store: ox.Store, shapes_dir: Path = SHAPES_DIR, ontology_path: Path = ONTOLOGY_PATH,
                   *, engine: str = "sparql", sparql_in_store: bool = True) -> ValidationReport:
    """Validate the union of all graphs of `store` (default graph included).

    `engine`: "sparql" runs the SHACL Core constraints as SPARQL queries in the store;
    "pyshacl" runs them with pyshacl over an rdflib copy of the store (the reference; slow).
    `sparql_in_store`: evaluate the SHACL-SPARQL constraints of node shapes with Oxigraph,
    one query per focus node, instead of pyshacl's rdflib engine (same results, much faster).
    """
    _check_engine(engine)
    # The queries follow rdfs:subClassOf, so they need the ontology beside the data.
    query_store = store if _has_ontology(store) else _store_with_ontology(store, ontology_path)
    # The union copy is ours, so pyshacl may mix the ontology into it in place.
    return _validate(lambda: _union_graph(store), query_store, shapes_dir, ontology_path,
                     inplace=True, sparql_in_store=sparql_in_store, engine=engine)


def validate_documents(store: ox.Store, graphs, shapes_dir: Path = SHAPES_DIR,
                       ontology_path: Path = ONTOLOGY_PATH, *, engine: str = "sparql") -> ValidationReport:
    """Validate only the named graphs `graphs` (documents just rebuilt), then the graph-wide queries.

    The SHACL shapes run over those graphs plus what the reference graph says about the
    resources they mention (countries, labels of linked institutions), with the ontology
    mixed in, as in `validate_store`; SHACL-SPARQL constraints run in the store for the
    focus nodes of those graphs; the quality queries (`*-violation.rq`) run over the whole
    store, because they look across documents. The trade-off: a count over several
    documents (two documents giving one institution two countries, say) is seen by
    `validate_store` only. With `engine="sparql"` the SHACL Core constraints run as SPARQL in a
    small in-memory store holding exactly what pyshacl would be given, so both engines see the
    same triples.
    """
    from unikg.rdf import REFERENCE_GRAPH
    _check_engine(engine)
    graphs = [g if isinstance(g, ox.NamedNode) else ox.NamedNode(str(g)) for g in graphs]
    query_store = store if _has_ontology(store) else _store_with_ontology(store, ontology_path)
    nt = b"".join(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) for g in graphs)
    # The reference facts about the resources these graphs name (sh:class needs their types).
    named = {q.object for g in graphs for q in store.quads_for_pattern(None, None, None, g)
             if isinstance(q.object, ox.NamedNode)}
    named |= {q.subject for g in graphs for q in store.quads_for_pattern(None, None, None, g)}
    ref = [ox.Triple(q.subject, q.predicate, q.object) for node in named
           for q in store.quads_for_pattern(node, None, None, REFERENCE_GRAPH)]
    if ref:
        nt += ox.serialize(ref, format=ox.RdfFormat.N_TRIPLES)

    def data() -> rdflib.Graph:
        graph = rdflib.Graph()
        if nt:
            graph.parse(data=nt, format="nt")
        return graph
    shapes = _shapes_graph(shapes_dir)
    constraints = _take_sparql_constraints(shapes)
    if engine == "pyshacl":
        report = _run_shapes(data(), shapes, ontology_path, inplace=True)
    else:
        part = ox.Store()
        if nt:
            part.load(nt, format=ox.RdfFormat.N_TRIPLES)
        part.load(path=str(ontology_path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
        report = _run_compiled(part, shapes, data, ontology_path, inplace=True)
    focus = {q.subject for g in graphs for q in store.quads_for_pattern(None, None, None, g)}
    for violation in _run_sparql_constraints(query_store, constraints, only=focus):
        report.add(violation)
    # The quality queries still look across all graphs, but only at the resources of the
    # changed graphs: each graph describes its own resources, so a change can only break
    # a check whose focus is one of them. (Over the whole store they take seconds at 1M.)
    only = focus if len(focus) <= MAX_VALUES else None
    for violation in _run_violation_queries(query_store, shapes_dir, only=only):
        report.add(violation)
    return report


def validate_graph(data: rdflib.Graph, shapes_dir: Path = SHAPES_DIR, ontology_path: Path = ONTOLOGY_PATH,
                   *, engine: str = "sparql", sparql_in_store: bool = True) -> ValidationReport:
    """Validate one rdflib graph (all its triples, whatever graph they came from); `data` is not changed."""
    _check_engine(engine)
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    store.load(path=str(ontology_path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    return _validate(lambda: data, store, shapes_dir, ontology_path, inplace=False,
                     sparql_in_store=sparql_in_store, engine=engine)


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}; use one of {', '.join(ENGINES)}")


def _validate(data, query_store: ox.Store, shapes_dir: Path, ontology_path: Path,
              inplace: bool, sparql_in_store: bool, engine: str) -> ValidationReport:
    """`data`: a function giving the rdflib graph pyshacl validates (built only if pyshacl runs)."""
    shapes = _shapes_graph(shapes_dir)
    constraints = _take_sparql_constraints(shapes) if sparql_in_store else []
    if engine == "pyshacl":
        report = _run_shapes(data(), shapes, ontology_path, inplace=inplace)
    else:
        report = _run_compiled(query_store, shapes, data, ontology_path, inplace=inplace)
    for violation in _run_sparql_constraints(query_store, constraints):
        report.add(violation)
    for violation in _run_violation_queries(query_store, shapes_dir):
        report.add(violation)
    return report


def violation_queries(shapes_dir: Path = SHAPES_DIR) -> list[Path]:
    """The quality queries, `shapes/*-violation.rq`, in name order."""
    return sorted(Path(shapes_dir).glob("*-violation.rq"))


# ---------------------------------------------------------------- SHACL

def _union_graph(store: ox.Store) -> rdflib.Graph:
    # One N-Triples document for all graphs, parsed once: a blank node shared by two
    # graphs of the store stays one node.
    graphs = [ox.DefaultGraph(), *store.named_graphs()]
    nt = b"".join(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) for g in graphs)
    data = rdflib.Graph()
    if nt:
        data.parse(data=nt, format="nt")
    return data


def _parse(path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(str(path), format="turtle")


def _shapes_graph(shapes_dir: Path) -> rdflib.Graph:
    shapes = rdflib.Graph()
    for path in sorted(Path(shapes_dir).glob("*.ttl")):
        shapes.parse(str(path), format="turtle")
    return shapes


def _run_shapes(data: rdflib.Graph, shapes: rdflib.Graph, ontology_path: Path,
                inplace: bool) -> ValidationReport:
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes, ont_graph=_parse(ontology_path),
        inference="none", inplace=inplace, advanced=False)
    # Only the report's own results: nested sh:detail results (from sh:node) explain a
    # top-level result and would count one mistake several times.
    violations = [_violation_from_result(results, r)
                  for report in results.subjects(RDF.type, SH.ValidationReport)
                  for r in results.objects(report, SH.result)]
    return ValidationReport(conforms=bool(conforms), violations=violations)


def _violation_from_result(results: rdflib.Graph, result) -> Violation:
    source_shape = results.value(result, SH.sourceShape)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    severity = results.value(result, SH.resultSeverity)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    focus = results.value(result, SH.focusNode)
    component = results.value(result, SH.sourceConstraintComponent)
    return Violation(
        focus=_term_text(focus), focus_term=focus, value_term=value,
        path=_term_text(path) if path is not None else None,
        message="; ".join(messages) or str(component),
        severity=_local_name(severity) if severity is not None else "Violation",
        source=_term_text(source_shape) if source_shape is not None else "",
        value=_term_text(value) if value is not None else None,
        component=str(component) if component is not None else None,
    )


def _run_compiled(store: ox.Store, shapes: rdflib.Graph, data, ontology_path: Path,
                  inplace: bool) -> ValidationReport:
    """The SHACL Core constraints as SPARQL in `store` (union default graph, ontology included);
    shapes the compiler does not translate go to pyshacl over `data()`."""
    from unikg.shacl_sparql import compile_shapes, run_checks
    compiled = compile_shapes(shapes)
    violations = []
    for check, focus, value in run_checks(store, compiled):
        violations.append(Violation(
            focus=_ox_text(focus), focus_term=focus, value_term=value,
            path=str(check.path) if check.path is not None else None,
            message=check.message,
            severity=_local_name(check.severity),
            source=_term_text(check.source),
            value=_ox_text(value) if value is not None else None,
            component=str(check.component),
        ))
    fallbacks = [f.text() for f in compiled.fallbacks]
    fallback_shapes = compiled.fallback_graph()
    if fallback_shapes is not None:
        _log.warning("SHACL shapes checked by pyshacl, not compiled to SPARQL: %s", "; ".join(fallbacks))
        violations += _run_shapes(data(), fallback_shapes, ontology_path, inplace=inplace).violations
    return ValidationReport(conforms=not violations, violations=violations, fallbacks=fallbacks)


# ---------------------------------------------------------------- quality queries

def _has_ontology(store: ox.Store) -> bool:
    return bool(store.query(
        "ASK { <https://w3id.org/unikg/ontology#University> "
        "<http://www.w3.org/2000/01/rdf-schema#subClassOf> <https://w3id.org/unikg/ontology#Institution> }",
        use_default_graph_as_union=True))


def _store_with_ontology(store: ox.Store, ontology_path: Path) -> ox.Store:
    copy = ox.Store()
    copy.load(store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    copy.load(path=str(ontology_path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    return copy


def _query_header(text: str) -> str:
    """The first line of the query's comment header, without its `name:` lead."""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            comment = line.lstrip("#").strip()
            if comment:
                return re.sub(r"^[\w-]+:\s*", "", comment)
        elif line:
            break
    return "quality query returned a row"


MAX_VALUES = 20_000   # focus nodes given inline to a query; beyond that, the query runs unrestricted


def _restrict_focus(text: str, only: set) -> str:
    """`text` with `VALUES ?focus { ... }` at the start of its WHERE group."""
    from unikg.query import where_group_start
    at = where_group_start(text)
    values = " ".join(str(n) for n in only if isinstance(n, ox.NamedNode))
    return text[:at] + f"\n  VALUES ?focus {{ {values} }}\n" + text[at:]


def _run_violation_queries(store: ox.Store, shapes_dir: Path, only: set | None = None) -> list[Violation]:
    """`only`: check just these focus nodes (the query still sees every graph)."""
    violations = []
    for path in violation_queries(shapes_dir):
        text = path.read_text(encoding="utf-8")
        default_message = _query_header(text)
        if only is not None:
            text = _restrict_focus(text, only)
        solutions = store.query(text, use_default_graph_as_union=True)
        names = {v.value for v in solutions.variables}
        for row in solutions:
            get = {name: row[name] for name in ("focus", "message", "path", "value") if name in names}
            violations.append(Violation(
                focus=_ox_text(get["focus"]) if get.get("focus") is not None else "",
                focus_term=get.get("focus"), value_term=get.get("value"),
                path=_ox_text(get["path"]) if get.get("path") is not None else None,
                message=get["message"].value if get.get("message") is not None else default_message,
                severity="Violation",
                source=path.name,
                value=_ox_text(get["value"]) if get.get("value") is not None else None,
            ))
    return violations


# ---------------------------------------------------------------- SHACL-SPARQL in Oxigraph

@dataclass(frozen=True)
class _SparqlConstraint:
    shape: str
    target_classes: tuple[str, ...]
    target_nodes: tuple[rdflib.term.Node, ...]
    prologue: str         # the PREFIX lines
    select: str           # $this is pre-bound per focus node, or the query is joined with them
    message: str
    severity: str

    @property
    def query(self) -> str:
        return self.prologue + "\n" + self.select


def _take_sparql_constraints(shapes: rdflib.Graph) -> list[_SparqlConstraint]:
    """Remove from `shapes` the SHACL-SPARQL constraints Oxigraph can run, and return them.

    Only constraints of node shapes whose targets are sh:targetClass / sh:targetNode and
    whose query uses no pre-bound variable but $this; anything else stays with pyshacl.
    """
    taken = []
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        if (shape, SH.path, None) in shapes or (shape, SH.deactivated, rdflib.Literal(True)) in shapes:
            continue
        if (constraint, SH.deactivated, rdflib.Literal(True)) in shapes:
            continue
        targets = set(shapes.predicates(shape, None)) & {
            SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target}
        if not targets or targets - {SH.targetClass, SH.targetNode}:
            continue
        select = shapes.value(constraint, SH.select)
        if select is None or re.search(r"\$(PATH|currentShape|shapesGraph|value)\b", str(select)):
            continue
        if isinstance(shape, rdflib.BNode):
            continue  # a report needs a shape IRI to name the rule
        prefixes = []
        for holder in shapes.objects(constraint, SH.prefixes):
            for decl in shapes.objects(holder, SH.declare):
                prefixes.append(f"PREFIX {shapes.value(decl, SH.prefix)}: <{shapes.value(decl, SH.namespace)}>")
        severity = shapes.value(shape, SH.severity)
        messages = sorted(str(m) for m in shapes.objects(constraint, SH.message)) or \
            sorted(str(m) for m in shapes.objects(shape, SH.message))
        taken.append(_SparqlConstraint(
            shape=str(shape),
            target_classes=tuple(sorted(str(c) for c in shapes.objects(shape, SH.targetClass))),
            target_nodes=tuple(shapes.objects(shape, SH.targetNode)),
            prologue="\n".join(sorted(set(prefixes))), select=str(select),
            message="; ".join(messages) or "SPARQL constraint " + str(shape),
            severity=_local_name(severity) if severity is not None else "Violation",
        ))
        shapes.remove((shape, SH.sparql, constraint))
    return taken


def _focus_nodes(store: ox.Store, constraint: _SparqlConstraint, only: set | None = None) -> list:
    nodes = {_ox_term(n) for n in constraint.target_nodes}
    if only is not None:
        nodes &= only
    # Restricted to a few changed resources, a VALUES block keeps the query off the whole store.
    values = ("VALUES ?this { " + " ".join(str(n) for n in only if isinstance(n, ox.NamedNode)) + " } "
              if only is not None else "")
    for cls in constraint.target_classes:
        query = ("SELECT DISTINCT ?this WHERE { " + values + "?this a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* "
                 f"<{cls}> }}")
        nodes.update(row["this"] for row in store.query(query, use_default_graph_as_union=True))
    return sorted(nodes, key=str)


@functools.lru_cache(maxsize=256)
def _join_safe(query: str) -> bool:
    """Whether evaluating `query` once with $this free, then keeping the rows whose ?this is a
    focus node, gives what pre-binding $this to each focus node in turn gives.

    True for a projection of $this over basic graph patterns and FILTERs (EXISTS included)
    with $this in a triple pattern: every solution then binds ?this itself, and the filters
    see it bound. OPTIONAL, UNION, MINUS, BIND, VALUES, subqueries and aggregates can treat
    an unbound $this differently, so such queries keep the one-query-per-node evaluation.
    """
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    try:
        node = translateQuery(parseQuery(query)).algebra["p"]
    except Exception:   # a query rdflib cannot read: stay on the safe side
        return False
    this = rdflib.Variable("this")
    if node.name in ("Distinct", "Reduced"):
        node = node["p"]
    if node.name != "Project" or this not in node["PV"]:
        return False
    node = node["p"]
    while node.name == "Extend":   # the projected expressions, evaluated on each finished row
        node = node["p"]
    bound = False
    todo = [node]
    while todo:
        node = todo.pop()
        if node.name == "Filter":
            todo.append(node["p"])
        elif node.name == "Join":
            todo += [node["p1"], node["p2"]]
        elif node.name == "BGP":
            bound = bound or any(this in triple for triple in node["triples"])
        else:
            return False
    return bound


def _focus_group(c: _SparqlConstraint) -> str | None:
    """A group binding ?this once to each focus node of `c`; None if there is none."""
    branches = [f"{{ ?this a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{cls}> }}"
                for cls in c.target_classes]
    nodes = {_ox_term(n) for n in c.target_nodes}
    if nodes:
        branches.append("{ VALUES ?this { " + " ".join(str(n) for n in sorted(nodes, key=str)) + " } }")
    if not branches:
        return None
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(branches) + " } }"


def _constraint_rows(store: ox.Store, c: _SparqlConstraint, only: set | None):
    """(focus node, solution, variable names) for each row `c` returns."""
    if only is None and _join_safe(c.query):
        # One query for all focus nodes instead of one per node (at 1M triples: ~1 s, not ~15 s).
        # Not for a few changed nodes: Oxigraph would still evaluate the query over the store.
        focus = _focus_group(c)
        if focus is None:
            return
        solutions = store.query(f"{c.prologue}\nSELECT * WHERE {{ {focus} {{ {c.select} }} }}",
                                use_default_graph_as_union=True)
        names = {v.value for v in solutions.variables}
        for row in sorted(solutions, key=lambda r: str(r["this"])):
            yield row["this"], row, names
        return
    this = ox.Variable("this")
    for node in _focus_nodes(store, c, only):
        # Substitution is SHACL's pre-binding of $this (Oxigraph follows SEP-0007).
        solutions = store.query(c.query, use_default_graph_as_union=True, substitutions={this: node})
        names = {v.value for v in solutions.variables}
        for row in solutions:
            yield node, row, names


def _run_sparql_constraints(store: ox.Store, constraints: list[_SparqlConstraint],
                            only: set | None = None) -> list[Violation]:
    """`only`: restrict the focus nodes to these (the subjects of changed graphs)."""
    violations = []
    for c in constraints:
        for node, row, names in _constraint_rows(store, c, only):
            path = row["path"] if "path" in names else None
            value = row["value"] if "value" in names else None
            violations.append(Violation(
                focus=_ox_text(node), focus_term=node, value_term=value,
                path=_ox_text(path) if path is not None else None,
                message=c.message,
                severity=c.severity,
                source=c.shape,
                value=_ox_text(value) if value is not None else None,
                component=str(SH.SPARQLConstraintComponent),
            ))
    return violations


# ---------------------------------------------------------------- report graph

def _add_result(graph: rdflib.Graph, v: Violation) -> None:
    """Record a result in the SHACL report graph as a sh:ValidationResult."""
    report_node = graph.value(None, RDF.type, SH.ValidationReport)
    if report_node is None:
        report_node = rdflib.BNode()
        graph.add((report_node, RDF.type, SH.ValidationReport))
    graph.set((report_node, SH.conforms, rdflib.Literal(False)))
    result = rdflib.BNode()
    graph.add((report_node, SH.result, result))
    graph.add((result, RDF.type, SH.ValidationResult))
    graph.add((result, SH.focusNode, _rdflib_term(v.focus_term, v.focus)))
    graph.add((result, SH.resultMessage, rdflib.Literal(v.message)))
    graph.add((result, SH.resultSeverity, SH[v.severity]))
    if v.source.endswith(".rq"):
        # A query is not a shape: name it as the constraint, by an IRI in the shapes namespace.
        graph.add((result, SH.sourceConstraint, rdflib.URIRef(SHAPES_NS + v.source)))
    else:
        graph.add((result, SH.sourceShape, _rdflib_term(None, v.source)))
        graph.add((result, SH.sourceConstraintComponent,
                   rdflib.URIRef(v.component) if v.component else SH.SPARQLConstraintComponent))
    if v.path:
        graph.add((result, SH.resultPath, rdflib.URIRef(v.path)))
    if v.value is not None:
        graph.add((result, SH.value, _rdflib_term(v.value_term, v.value)))


def _report_graph(report: ValidationReport) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.bind("sh", SH)
    node = rdflib.BNode()
    graph.add((node, RDF.type, SH.ValidationReport))
    graph.add((node, SH.conforms, rdflib.Literal(report.conforms)))
    for v in report.violations:
        _add_result(graph, v)
    return graph


# ---------------------------------------------------------------- terms as text

def _term_text(term) -> str:
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)


def _ox_text(term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _rdflib_term(term, text: str):
    """The rdflib form of an Oxigraph term; from the text alone when the term is unknown."""
    if isinstance(term, rdflib.term.Identifier):
        return term
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if text.startswith("_:"):
        return rdflib.BNode(text[2:])
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", text):
        return rdflib.URIRef(text)
    return rdflib.Literal(text)


def _ox_term(term):
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    return ox.NamedNode(str(term))


def _local_name(iri) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _short(text: str) -> str:
    for prefix, ns in _PREFIXES.items():
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text
