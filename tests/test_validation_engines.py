"""The two validation engines give the same report: SHACL Core compiled to SPARQL and run in
Oxigraph (`engine="sparql"`, the default) and pyshacl (`engine="pyshacl"`, the reference).

Compared on every hand-made broken graph of test_shapes.py, on the bundled corpus built
from scratch, and on random corruptions of both, generated from what the shapes say
(drop a required value, add a second value where one is allowed, wrong or ill-typed
datatype, value outside sh:in, wrong class ...). No timings here: see benchmarks/run.py.
"""
from __future__ import annotations

import random
import subprocess
import sys
import warnings
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SH, XSD

from test_shapes import BROKEN, PREFIXES, valid_store
from unikg import store as st
from unikg.build import DEFAULT_DOCS, build
from unikg.validate import SHAPES_DIR, validate_documents, validate_store

ROOT = Path(__file__).resolve().parent.parent
RDFS_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


def results(report) -> Counter:
    """Everything a result says, blank node labels aside (each engine names them its own way)."""
    def text(t):
        return "_:" if t is not None and t.startswith("_:") else t
    return Counter((text(v.focus), text(v.path), text(_as_rdflib_reads_it(v)), text(v.source), v.severity, v.component,
                    v.message) for v in report.violations)


def _as_rdflib_reads_it(v) -> str | None:
    """The value's text after rdflib's parsing: pyshacl sees the graph through rdflib, which
    rewrites some lexical forms ("not a value"^^xsd:boolean becomes "false"); the SPARQL
    engine reports the literal as stored."""
    term = v.value_term
    if isinstance(term, ox.Literal) and not term.language:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return str(rdflib.Literal(term.value, datatype=term.datatype.value))
    return v.value


def both(store: ox.Store, **kw):
    sparql = validate_store(store, engine="sparql", **kw)
    reference = validate_store(store, engine="pyshacl", **kw)
    assert sparql.fallbacks == [], sparql.fallbacks
    return sparql, reference


@pytest.mark.parametrize("update", [pytest.param(update, id=name) for name, update, _ in BROKEN])
def test_engines_agree_on_every_broken_variant(update):
    store = valid_store()
    store.update(PREFIXES + update)
    sparql, reference = both(store)
    assert not reference.conforms and not sparql.conforms
    assert results(sparql) == results(reference)


def test_report_text_and_graph_are_the_same_for_both_engines():
    store = valid_store()
    store.update(PREFIXES + BROKEN[0][1] + " ; " + BROKEN[4][1] + " ; " + BROKEN[12][1])
    sparql, reference = both(store)
    assert sparql.text() == reference.text()
    a = rdflib.Graph().parse(data=sparql.to_turtle(), format="turtle")
    b = rdflib.Graph().parse(data=reference.to_turtle(), format="turtle")
    assert isomorphic(a, b)
    # every result names its constraint component, the date keeps its datatype
    components = set(a.objects(None, SH.sourceConstraintComponent))
    assert {SH.MinCountConstraintComponent, SH.SPARQLConstraintComponent} <= components
    assert rdflib.Literal("2025-05-10", datatype=XSD.date) in set(a.objects(None, SH.value))


# ---------------------------------------------------------------- the bundled corpus

@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """The bundled documents built into a fresh store (not validated by the build)."""
    path = tmp_path_factory.mktemp("engines") / "store"
    report = build([DEFAULT_DOCS], path, validate=False, progress=False)
    assert report.documents and not report.failed
    store = st.open_store(path)
    yield path, store
    del store


def copy_of(store: ox.Store) -> ox.Store:
    copy = ox.Store()
    copy.load(store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    return copy


def test_engines_agree_on_the_bundled_corpus(corpus_store):
    _, store = corpus_store
    sparql, reference = both(store)
    assert reference.conforms, reference.text()
    assert sparql.conforms and results(sparql) == results(reference) == Counter()


def test_cli_validate_with_either_engine(corpus_store):
    path, _ = corpus_store
    out = {}
    for engine in ("sparql", "pyshacl"):
        proc = subprocess.run([sys.executable, "-m", "unikg", "validate", "--store", str(path), "--engine", engine],
                              capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        out[engine] = proc.stdout
    assert out["sparql"] == out["pyshacl"] == "Conforms: no violations.\n"


def test_per_document_validation_engines_agree(corpus_store):
    _, built = corpus_store
    store = copy_of(built)
    # the document graph with the most facts (one of the bundled articles yields none)
    doc = max((g for g in store.named_graphs() if "/document/" in g.value),
              key=lambda g: (len(list(store.quads_for_pattern(None, None, None, g))), g.value))
    store.update(PREFIXES + f"DELETE WHERE {{ GRAPH <{doc.value}> {{ ?m a unikg:Membership ; org:role ?r }} }} ; "
                 f"DELETE WHERE {{ GRAPH <{doc.value}> {{ ?e unikg:startOffset ?o }} }}")
    sparql = validate_documents(store, [doc], engine="sparql")
    reference = validate_documents(store, [doc], engine="pyshacl")
    assert not reference.conforms
    assert results(sparql) == results(reference)


# ---------------------------------------------------------------- random corruptions

KINDS = ("drop", "extra", "datatype", "ill-typed", "in", "class", "pattern", "range", "node-kind",
         "min-length", "node", "retype")
JUDGED = {XSD.date, XSD.integer, XSD.double, XSD.boolean, XSD.dateTime, XSD.decimal}   # rdflib parses these
NOT_IN_LIST = "<https://example.org/not-in-the-list>"


def _shape_rules(shapes: rdflib.Graph) -> list[tuple[rdflib.URIRef, rdflib.URIRef, dict]]:
    """(target class, path, {constraint parameter: value}) for every targeted property shape."""
    rules = []
    for node, cls in shapes.subject_objects(SH.targetClass):
        props = list(shapes.objects(node, SH.property)) + ([node] if (node, SH.path, None) in shapes else [])
        for prop in props:
            path = shapes.value(prop, SH.path)
            if isinstance(path, rdflib.URIRef):
                rules.append((cls, path, {p: o for p, o in shapes.predicate_objects(prop)}))
    return sorted(rules, key=str)


def _n3(term) -> str:
    return str(term) if isinstance(term, (ox.NamedNode, ox.Literal)) else f"<{term}>"


class Corrupter:
    """Random changes that break what a shape says, as SPARQL updates on a store."""

    def __init__(self, store: ox.Store, seed: int):
        self.store = store
        self.rng = random.Random(seed)
        shapes = rdflib.Graph().parse(str(SHAPES_DIR / "unikg-shapes.ttl"), format="turtle")
        self.rules = _shape_rules(shapes)
        self.node_rules = [(cls, node) for node, cls in shapes.subject_objects(SH.targetClass)
                           if (node, SH["or"], None) in shapes]
        self.applied: list[str] = []

    def rows(self, query: str) -> list:
        return list(self.store.query(query, use_default_graph_as_union=True))

    def instances(self, cls) -> list:
        return sorted({r["x"] for r in self.rows(f"SELECT ?x WHERE {{ ?x a/{RDFS_SUBCLASS}* <{cls}> }}")}, key=str)

    def replace(self, focus, path, old, new: str) -> None:
        self.store.update(f"DELETE {{ GRAPH ?g {{ {_n3(focus)} <{path}> {_n3(old)} }} }} "
                          f"INSERT {{ GRAPH ?g {{ {_n3(focus)} <{path}> {new} }} }} "
                          f"WHERE {{ GRAPH ?g {{ {_n3(focus)} <{path}> {_n3(old)} }} }}")

    def corrupt(self, kind: str | None = None) -> str:
        """Apply one corruption (of `kind` if it applies somewhere); its description."""
        wanted = kind
        for attempt in range(300):
            kind = wanted if wanted and attempt < 100 else self.rng.choice(KINDS)
            if kind == "retype":
                cls, _node = self.rng.choice(self.node_rules)
                nodes = self.instances(cls)
                if nodes:
                    focus = self.rng.choice(nodes)
                    self.store.update(f"DELETE {{ GRAPH ?g {{ {_n3(focus)} a ?t }} }} INSERT {{ GRAPH ?g {{ {_n3(focus)} a <{cls}> }} }} "
                                      f"WHERE {{ GRAPH ?g {{ {_n3(focus)} a ?t }} }}")
                    return self._done(kind, focus, RDF.type)
                continue
            cls, path, rule = self.rng.choice(self.rules)
            nodes = self.instances(cls)
            if not nodes:
                continue
            focus = self.rng.choice(nodes)
            values = sorted({r["v"] for r in self.rows(f"SELECT ?v WHERE {{ {_n3(focus)} <{path}> ?v }}")}, key=str)
            old = self.rng.choice(values) if values else None
            new = self._new_value(kind, rule, old)
            if kind == "drop" and values and int(rule.get(SH.minCount, 0)) >= 1:
                self.store.update(f"DELETE WHERE {{ GRAPH ?g {{ {_n3(focus)} <{path}> ?v }} }}")
            elif kind == "extra" and values and SH.maxCount in rule and new is not None:
                graph = self.rows(f"SELECT ?g WHERE {{ GRAPH ?g {{ {_n3(focus)} <{path}> ?v }} }}")[0]["g"]
                self.store.update(f"INSERT DATA {{ GRAPH {_n3(graph)} {{ {_n3(focus)} <{path}> {new} }} }}")
            elif kind not in ("drop", "extra") and old is not None and new is not None:
                self.replace(focus, path, old, new)
            else:
                continue
            return self._done(kind, focus, path)
        raise AssertionError("no corruption applies")

    def _done(self, kind, focus, path) -> str:
        self.applied.append(kind)
        return f"{kind} {focus} {path}"

    def _new_value(self, kind: str, rule: dict, old) -> str | None:
        dt = rule.get(SH.datatype)
        if kind == "extra":
            # a second, distinct value that satisfies everything else
            if SH["in"] in rule:
                return None
            if SH["class"] in rule:
                others = [x for x in self.instances(rule[SH["class"]]) if x != old]
                return _n3(self.rng.choice(others)) if others else None
            if dt in (XSD.date, XSD.integer, XSD.double, XSD.boolean):
                candidates = {XSD.date: '"1999-01-02"', XSD.integer: '"4321"', XSD.double: '"12.5"',
                              XSD.boolean: '"false"' if str(old) != '"false"^^<%s>' % XSD.boolean else '"true"'}
                return candidates[dt] + f"^^<{dt}>"
            if SH.pattern in rule or SH.node in rule or SH.hasValue in rule:
                return None
            return '"a second value"@en' if dt == RDF.langString else '"a second value"'
        if kind == "datatype" and dt is not None:
            return '"42"^^<http://www.w3.org/2001/XMLSchema#integer>' if dt == XSD.string else '"some text"'
        if kind == "ill-typed" and dt in JUDGED:
            return f'"not a value"^^<{dt}>'
        if kind == "in" and SH["in"] in rule:
            return NOT_IN_LIST
        if kind == "class" and SH["class"] in rule:
            wrong = [x for x in self.instances("https://w3id.org/unikg/ontology#Document")
                     if not self.store.query(f"ASK {{ {_n3(x)} a/{RDFS_SUBCLASS}* <{rule[SH['class']]}> }}",
                                             use_default_graph_as_union=True)]
            return _n3(self.rng.choice(wrong)) if wrong else "<https://example.org/untyped>"
        if kind == "pattern" and SH.pattern in rule:
            return "<https://example.org/x>" if rule.get(SH.nodeKind) == SH.IRI else '"?? not matching"'
        if kind == "range" and (SH.minInclusive in rule or SH.maxInclusive in rule):
            return f'"1000.5"^^<{dt}>' if SH.maxInclusive in rule else f'"-5"^^<{dt or XSD.integer}>'
        if kind == "node-kind" and SH.nodeKind in rule:
            return '"a literal"' if rule[SH.nodeKind] == SH.IRI else "<https://example.org/not-a-literal>"
        if kind == "min-length" and SH.minLength in rule:
            return '""'
        if kind == "node" and SH.node in rule:
            return "<https://example.org/not-a-topic>"
        return None


def _corrupt_and_compare(store: ox.Store, seed: int, n: int) -> list[str]:
    corrupter = Corrupter(store, seed)
    # the first corruption of each seed is of a given kind, so the seeds cover them all
    done = [corrupter.corrupt(KINDS[seed % len(KINDS)] if i == 0 else None) for i in range(n)]
    sparql, reference = both(store)
    assert not reference.conforms, done
    assert results(sparql) == results(reference), done
    return corrupter.applied


@pytest.mark.parametrize("seed", range(12))
def test_engines_agree_on_random_corruptions_of_the_hand_made_graph(seed):
    _corrupt_and_compare(valid_store(with_ontology=True), seed, n=1 + seed % 4)


@pytest.mark.parametrize("seed", range(6))
def test_engines_agree_on_random_corruptions_of_the_bundled_corpus(corpus_store, seed):
    _corrupt_and_compare(copy_of(corpus_store[1]), 100 + seed, n=4)


def test_random_corruptions_cover_every_kind():
    # Each kind applies somewhere in the hand-made graph, so the seeds above exercise them all.
    for kind in KINDS:
        corrupter = Corrupter(valid_store(with_ontology=True), 0)
        corrupter.corrupt(kind)
        assert corrupter.applied == [kind]


# ---------------------------------------------------------------- SHACL-SPARQL constraints, batched

def test_sparql_constraints_run_once_for_all_focus_nodes_only_where_that_means_pre_binding():
    from unikg.validate import _join_safe, _run_sparql_constraints, _shapes_graph, _take_sparql_constraints
    constraints = {c.shape.rsplit("#", 1)[1]: c for c in _take_sparql_constraints(_shapes_graph(SHAPES_DIR))}
    # GROUP BY $this with an OPTIONAL: an agreement without parties has a row only if $this is pre-bound
    assert not _join_safe(constraints["AgreementParties"].query)
    assert all(_join_safe(c.query) for name, c in constraints.items() if name != "AgreementParties")
    prefix = "PREFIX ex: <http://example.org/>\n"
    assert not _join_safe(prefix + "SELECT $this WHERE { OPTIONAL { $this ex:p ?v } FILTER (!BOUND(?v)) }")
    assert not _join_safe(prefix + "SELECT $this ?value WHERE { ?value ex:p ?x FILTER (?x = $this) }")
    assert not _join_safe(prefix + "SELECT ?value WHERE { $this ex:p ?value }")   # $this not projected
    assert _join_safe(prefix + "SELECT DISTINCT $this ?value WHERE { $this ex:p ?value FILTER NOT EXISTS { ?value a ex:C } }")

    # Batched and one query per focus node give the same rows on a graph that breaks them all.
    store = valid_store(with_ontology=True)
    store.update(PREFIXES + " ; ".join(update for name, update, _ in BROKEN if name in (
        "country-disagrees-with-code", "end-before-start", "self-collaboration", "empty-evidence-span",
        "host-not-participant", "unit-of-another-institution", "agreement-with-one-party")))
    every_node = {q.subject for q in store.quads_for_pattern(None, None, None)}
    batched = _run_sparql_constraints(store, list(constraints.values()))
    one_by_one = _run_sparql_constraints(store, list(constraints.values()), only=every_node)
    assert len({v.source for v in batched}) == 7
    assert Counter(batched) == Counter(one_by_one)
