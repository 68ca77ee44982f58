"""SHACL Core constraints compiled to SPARQL SELECT queries and run in Oxigraph.

pyshacl walks an in-memory rdflib copy of the graph node by node (two to three and a half
minutes for a million triples on the development machine); each constraint here becomes one
query over the store that returns only the offending (focus node, value) pairs, so
Oxigraph's indexes do the work (about 20 s for the same million triples).

    compiled = compile_shapes(shapes_graph)        # rdflib.Graph, sh:sparql taken out or not
    for check, focus, value in run_checks(store, compiled):
        ...                                        # one SHACL validation result each
    compiled.fallbacks                             # shapes left to pyshacl, with the reason

The queries run over the union default graph, which must also hold the ontology, so that
`sh:targetClass` and `sh:class` follow `rdf:type/rdfs:subClassOf*` as pyshacl does with
the ontology mixed into its data graph.

What is compiled (everything else makes the shape fall back, see `Fallback`):

* targets: `sh:targetClass`, `sh:targetNode`, `sh:targetSubjectsOf`, `sh:targetObjectsOf`,
  and implicit class targets (a shape that is also an `rdfs:Class`/`owl:Class`);
* property shapes whose `sh:path` is a predicate IRI;
* `sh:class`, `sh:datatype`, `sh:nodeKind`, `sh:minCount`, `sh:maxCount`,
  `sh:min/maxInclusive`, `sh:min/maxExclusive`, `sh:min/maxLength`, `sh:pattern` with
  `sh:flags` i and m, `sh:languageIn`, `sh:uniqueLang`, `sh:in`, `sh:hasValue`,
  `sh:node`, `sh:or`, `sh:and`, `sh:not`, `sh:xone`, `sh:deactivated`.

"Does value v conform to shape S" (`sh:node`, `sh:or` ...) is compiled recursively into
one boolean SPARQL expression made of `EXISTS` / `NOT EXISTS` blocks. Where SHACL leaves
a choice open, pyshacl (the reference engine) decides: a literal whose lexical form does
not fit its datatype is judged by rdflib, as pyshacl does, `sh:languageIn` matches the
whole tag or its first subtag, and a comparison that cannot be made is a violation.
One deliberate difference: `sh:pattern` is SPARQL `REGEX` (XPath semantics, as the SHACL
spec says), so `$` does not match before a final newline as Python's `re` (pyshacl) does.
Patterns the two dialects read differently or that Oxigraph cannot compile fall back.
"""
from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

import pyoxigraph as ox
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

TYPE_PATH = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
# Predicates on a shape that are not constraints (or are read together with one).
_NOT_CONSTRAINTS = {RDF.type, SH.message, SH.severity, SH.deactivated, SH.name, SH.description,
                    SH.order, SH.group, SH.defaultValue, SH.path, SH.property, SH.flags, *_TARGETS}
# Parameters that make sense once per shape; pyshacl refuses a second value.
_SINGLE = {SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.flags, SH.languageIn, SH.uniqueLang,
           SH.deactivated, SH.path}
# Constraints on the value nodes one at a time: each is a boolean expression over one node.
_VALUE = {SH["class"], SH.datatype, SH.nodeKind, SH.minInclusive, SH.maxInclusive, SH.minExclusive,
          SH.maxExclusive, SH.minLength, SH.maxLength, SH.pattern, SH.languageIn, SH["in"], SH.node,
          SH["or"], SH["and"], SH["not"], SH.xone}
# On a property shape these look at all values of the focus node together.
_PER_FOCUS = {SH.minCount, SH.maxCount, SH.hasValue, SH.uniqueLang}

_COMPONENT = {
    SH["class"]: SH.ClassConstraintComponent, SH.datatype: SH.DatatypeConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent, SH.minCount: SH.MinCountConstraintComponent,
    SH.maxCount: SH.MaxCountConstraintComponent, SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH.maxInclusive: SH.MaxInclusiveConstraintComponent, SH.minExclusive: SH.MinExclusiveConstraintComponent,
    SH.maxExclusive: SH.MaxExclusiveConstraintComponent, SH.minLength: SH.MinLengthConstraintComponent,
    SH.maxLength: SH.MaxLengthConstraintComponent, SH.pattern: SH.PatternConstraintComponent,
    SH.languageIn: SH.LanguageInConstraintComponent, SH.uniqueLang: SH.UniqueLangConstraintComponent,
    SH["in"]: SH.InConstraintComponent, SH.hasValue: SH.HasValueConstraintComponent,
    SH.node: SH.NodeConstraintComponent, SH["or"]: SH.OrConstraintComponent,
    SH["and"]: SH.AndConstraintComponent, SH["not"]: SH.NotConstraintComponent,
    SH.xone: SH.XoneConstraintComponent,
}

_NODE_KINDS = {
    SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))", SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_COMPARISON = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}

# Stand-in for "this literal is ill-typed for its datatype": rdflib decides that, so the
# literals are looked up before the queries run (`ill_typed_literals`) and put in here.
_ILL = "__illtyped__"
_ILL_RE = re.compile(_ILL + r"\(<([^>]*)>, (\?\w+)\)")

# For these datatypes pyshacl also checks the Python type of the parsed value.
_VALUE_TYPES = {XSD.integer: int, XSD.float: float, XSD.decimal: Decimal, XSD.boolean: bool,
                XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


class Unsupported(Exception):
    """Something in a shape that this compiler does not translate."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape as a query; each row (?this, maybe ?value) is a result."""
    source: rdflib.term.Node            # sh:sourceShape of the results
    component: rdflib.URIRef            # sh:sourceConstraintComponent
    path: rdflib.URIRef | None          # sh:resultPath (property shapes)
    severity: rdflib.URIRef
    message: str
    query: str


@dataclass(frozen=True)
class Fallback:
    """A shape left to pyshacl. `parent`: the node shape whose targets it runs on, if any."""
    shape: rdflib.term.Node
    parent: rdflib.term.Node | None
    reason: str

    def text(self) -> str:
        where = f" (property of {_text(self.parent)})" if self.parent is not None else ""
        return f"{_text(self.shape)}{where}: {self.reason}"


@dataclass
class Compiled:
    checks: list[Check]
    fallbacks: list[Fallback]
    shapes: rdflib.Graph
    # datatype -> predicates: the checks need the ill-typed literals of that datatype among
    # the objects of those predicates
    datatypes: dict = field(default_factory=dict)
    literal_targets: set = field(default_factory=set)

    def fallback_graph(self) -> rdflib.Graph | None:
        """The shapes graph with targets only on the shapes that fall back, for pyshacl; None if none do."""
        if not self.fallbacks:
            return None
        g = rdflib.Graph()
        for triple in self.shapes:
            g.add(triple)
        whole = {f.shape for f in self.fallbacks if f.parent is None}
        for shape in _top_level_shapes(self.shapes):
            if shape in whole:
                continue
            for target in _TARGETS + (SH.target,):
                g.remove((shape, target, None))
            for cls in _implicit_class_types(self.shapes):
                g.remove((shape, RDF.type, cls))
        for f in self.fallbacks:
            if f.parent is None:
                continue
            # A node shape of its own with the parent's targets and just this property shape.
            holder = rdflib.BNode()
            g.add((holder, RDF.type, SH.NodeShape))
            g.add((holder, SH.property, f.shape))
            for target in _TARGETS + (SH.target,):
                for value in self.shapes.objects(f.parent, target):
                    g.add((holder, target, value))
            if _is_implicit_class(self.shapes, f.parent):
                g.add((holder, SH.targetClass, f.parent))
        return g


# ---------------------------------------------------------------- compiling

def compile_shapes(shapes: rdflib.Graph) -> Compiled:
    """Every targeted shape of `shapes` as checks, or as a fallback with the reason."""
    c = _Compiler(shapes)
    checks: list[Check] = []
    fallbacks: list[Fallback] = []
    for shape in _top_level_shapes(shapes):
        try:
            if c.deactivated(shape):
                continue
            focus = c.focus(shape)
            if c.path(shape) is not None:
                checks += c.property_checks(shape, focus)
                continue
            checks += c.node_checks(shape, focus)
        except Unsupported as exc:
            fallbacks.append(Fallback(shape, None, str(exc)))
            continue
        for prop in sorted(shapes.objects(shape, SH.property), key=str):
            try:
                if not c.deactivated(prop):
                    checks += c.property_checks(prop, focus)
            except Unsupported as exc:
                fallbacks.append(Fallback(prop, shape, str(exc)))
    return Compiled(checks, fallbacks, shapes, c.datatypes, c.literal_targets)


def _top_level_shapes(g: rdflib.Graph) -> list:
    shapes = {s for target in _TARGETS + (SH.target,) for s in g.subjects(target, None)}
    shapes |= {s for s in g.subjects(RDF.type, None) if _is_implicit_class(g, s) and _is_shape(g, s)}
    return sorted(shapes, key=lambda s: (isinstance(s, rdflib.BNode), str(s)))


def _implicit_class_types(g: rdflib.Graph) -> set:
    return {RDFS.Class, OWL.Class} | set(g.subjects(RDFS.subClassOf, RDFS.Class))


def _is_implicit_class(g: rdflib.Graph, node) -> bool:
    return bool(set(g.objects(node, RDF.type)) & _implicit_class_types(g))


def _is_shape(g: rdflib.Graph, node) -> bool:
    types = set(g.objects(node, RDF.type))
    return bool(types & {SH.NodeShape, SH.PropertyShape}) or any(
        (node, p, None) in g for p in (SH.property, SH.node, SH.path))


class _Compiler:
    def __init__(self, g: rdflib.Graph):
        self.g = g
        self.n = 0
        self.stack: list = []
        self.datatypes: dict = {}          # datatype -> predicates whose objects it is checked on
        self.sources: set = set()          # predicates the node being compiled is an object of
        self.focus_sources: set = set()    # the same for the focus nodes of the current shape
        self.literal_targets: set = set()
        # Parameters of SHACL-SPARQL constraint components declared in the shapes graph.
        self.custom = {p for comp in g.subjects(RDF.type, SH.ConstraintComponent)
                       for param in g.objects(comp, SH.parameter) for p in g.objects(param, SH.path)}

    # -------------------------------------------------- reading the shapes graph

    def var(self) -> str:
        self.n += 1
        return f"?v{self.n}"

    def values(self, shape, pred) -> list:
        found = sorted(self.g.objects(shape, pred), key=lambda t: (type(t).__name__, str(t)))
        if len(found) > 1 and pred in _SINGLE:
            raise Unsupported(f"{_text(pred)} given {len(found)} times")
        return found

    def deactivated(self, shape) -> bool:
        found = self.values(shape, SH.deactivated)
        if not found:
            return False
        if not isinstance(found[0], rdflib.Literal) or not isinstance(found[0].value, bool):
            raise Unsupported("sh:deactivated is not a boolean")
        return found[0].value

    def path(self, shape):
        found = self.values(shape, SH.path)
        if not found:
            return None
        if not isinstance(found[0], rdflib.URIRef):
            raise Unsupported("sh:path is not a predicate IRI")
        return found[0]

    def constraints(self, shape) -> list[tuple]:
        """(parameter, value) for each constraint on `shape`; Unsupported for what is unknown."""
        if self.values(shape, SH.sparql):
            raise Unsupported("sh:sparql constraint left in the shapes graph")
        out = []
        for pred in sorted(set(self.g.predicates(shape, None)), key=str):
            if pred in _NOT_CONSTRAINTS:
                continue
            if pred in self.custom:
                raise Unsupported(f"parameter {_text(pred)} of a SHACL-SPARQL constraint component")
            if pred in _COMPONENT:
                out += [(pred, value) for value in self.values(shape, pred)]
            elif str(pred).startswith(str(SH)):
                raise Unsupported(f"{_text(pred)} is not compiled")
        if self.values(shape, SH.flags) and not self.values(shape, SH.pattern):
            raise Unsupported("sh:flags without sh:pattern")
        return out

    def items(self, node) -> list:
        try:
            return list(rdflib.collection.Collection(self.g, node))
        except Exception as exc:   # a broken RDF list: let pyshacl say what is wrong
            raise Unsupported(f"not an RDF list: {exc}") from None

    # -------------------------------------------------- targets

    def focus(self, shape) -> str:
        """A group binding ?this to each focus node of `shape`, once."""
        if self.values(shape, SH.target):
            raise Unsupported("sh:target (SPARQL-based target)")
        branches = []
        # Only sh:targetObjectsOf (and literal sh:targetNode) can make a literal a focus node.
        self.focus_sources = set(self.values(shape, SH.targetObjectsOf))
        classes = list(self.values(shape, SH.targetClass))
        if _is_implicit_class(self.g, shape):
            classes.append(shape)
        for cls in classes:
            branches.append(f"{{ ?this {TYPE_PATH} {_term(cls)} }}")
        nodes = self.values(shape, SH.targetNode)
        if nodes:
            self.literal_targets |= {n for n in nodes if isinstance(n, rdflib.Literal)}
            branches.append("{ VALUES ?this { " + " ".join(_term(n) for n in nodes) + " } }")
        for pred in self.values(shape, SH.targetSubjectsOf):
            branches.append(f"{{ ?this {_term(pred)} ?t_ }}")
        for pred in self.values(shape, SH.targetObjectsOf):
            branches.append(f"{{ ?t_ {_term(pred)} ?this }}")
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(branches) + " } }"

    # -------------------------------------------------- top-level checks

    def node_checks(self, shape, focus: str) -> list[Check]:
        checks = []
        for pred, value in self.constraints(shape):
            if pred in _PER_FOCUS - {SH.hasValue}:
                raise Unsupported(f"{_text(pred)} on a node shape")
            self.stack, self.sources = [shape], self.focus_sources
            ok = self.value_ok(pred, value, "?this")
            self.stack = []
            # The value node of a node shape is the focus node; sh:hasValue reports none.
            project = "?this" if pred == SH.hasValue else "?this (?this AS ?value)"
            if pred == SH["class"]:
                # MINUS: one anti-join with the instances, not a path walk per focus node (7x faster)
                query = f"SELECT DISTINCT {project} WHERE {{ {focus} MINUS {{ ?this {TYPE_PATH} {_term(value)} }} }}"
            else:
                query = f"SELECT DISTINCT {project} WHERE {{ {focus} FILTER (!{ok}) }}"
            checks.append(self.check(shape, pred, None, query))
        return checks

    def property_checks(self, shape, focus: str) -> list[Check]:
        path = self.path(shape)
        if self.values(shape, SH.property):
            raise Unsupported("sh:property on a property shape")
        p = _term(path)
        checks = []
        for pred, value in self.constraints(shape):
            if pred == SH.minCount:
                n = _count(value)
                if n == 0:
                    continue
                if n == 1:
                    # MINUS on ?this: one anti-join, not a probe per focus node
                    query = f"SELECT DISTINCT ?this WHERE {{ {focus} MINUS {{ ?this {p} ?value }} }}"
                else:
                    query = (f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {p} ?value }} }} "
                             f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {n})")
            elif pred == SH.maxCount:
                query = (f"SELECT ?this WHERE {{ {focus} ?this {p} ?value }} "
                         f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {_count(value)})")
            elif pred == SH.hasValue:
                query = f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {p} {_term(value)} }} }}"
            elif pred == SH.uniqueLang:
                if not _true(value):
                    continue
                # One result per focus node and language used by two values (tags compared lower-case).
                query = (f"SELECT ?this WHERE {{ {focus} ?this {p} ?value FILTER (LANG(?value) != \"\") }} "
                         f"GROUP BY ?this (LCASE(LANG(?value)) AS ?lang) HAVING (COUNT(DISTINCT ?value) > 1)")
            else:
                self.stack, self.sources = [shape], {path}
                ok = self.value_ok(pred, value, "?value")
                self.stack = []
                test = (f"MINUS {{ ?value {TYPE_PATH} {_term(value)} }}" if pred == SH["class"]
                        else f"FILTER (!{ok})")
                query = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {p} ?value . {test} }}"
            checks.append(self.check(shape, pred, path, query))
        return checks

    def check(self, shape, pred, path, query: str) -> Check:
        severity = self.values(shape, SH.severity)
        messages = sorted(str(m) for m in self.g.objects(shape, SH.message))
        return Check(source=shape, component=_COMPONENT[pred], path=path,
                     severity=severity[0] if severity else SH.Violation,
                     message="; ".join(messages) or _generic_message(pred, self.g, shape),
                     query=query)

    # -------------------------------------------------- conditions on one node

    def value_ok(self, pred, value, v: str) -> str:
        """A SPARQL expression, never an error, true when node `v` satisfies the constraint."""
        if pred == SH["class"]:
            return f"EXISTS {{ {v} {TYPE_PATH} {_term(value)} }}"
        if pred == SH.datatype:
            return self.datatype_ok(value, v)
        if pred == SH.nodeKind:
            if value not in _NODE_KINDS:
                raise Unsupported(f"sh:nodeKind {_text(value)}")
            return _NODE_KINDS[value].format(v=v)
        if pred in _COMPARISON:
            if not isinstance(value, rdflib.Literal):
                raise Unsupported(f"{_text(pred)} needs a literal")
            return f"COALESCE({v} {_COMPARISON[pred]} {_term(value)}, false)"
        if pred in (SH.minLength, SH.maxLength):
            n = _count(value)
            if pred == SH.minLength and n == 0:
                return "true"
            op = ">=" if pred == SH.minLength else "<="
            return f"(!isBlank({v}) && STRLEN(STR({v})) {op} {n})"
        if pred == SH.pattern:
            return self.pattern_ok(value, v)
        if pred == SH.languageIn:
            tags = self.items(value)
            if not all(isinstance(t, rdflib.Literal) for t in tags):
                raise Unsupported("sh:languageIn with a non-literal")
            tags = sorted({str(t).lower() for t in tags})
            if "*" in tags:
                return f"(isLiteral({v}) && LANG({v}) != \"\")"
            listed = ", ".join(_string(t) for t in tags) if tags else ""
            if not tags:
                return "false"
            # pyshacl: the whole tag, or its first subtag, in the list (case-insensitive)
            return (f"(isLiteral({v}) && LANG({v}) != \"\" && (LCASE(LANG({v})) IN ({listed}) || "
                    f"LCASE(STRBEFORE(CONCAT(LANG({v}), \"-\"), \"-\")) IN ({listed})))")
        if pred == SH["in"]:
            members = self.items(value)
            if not members:
                return "false"
            return "(" + " || ".join(f"sameTerm({v}, {_term(m)})" for m in members) + ")"
        if pred == SH.hasValue:
            return f"sameTerm({v}, {_term(value)})"
        if pred == SH.node:
            return self.conforms(value, v)
        if pred in (SH["or"], SH["and"], SH.xone):
            members = self.items(value)
            if not members:
                raise Unsupported(f"empty {_text(pred)} list")
            parts = [self.conforms(m, v) for m in members]
            if pred == SH.xone:
                return "((" + " + ".join(f"IF({c}, 1, 0)" for c in parts) + ") = 1)"
            return "(" + (" || " if pred == SH["or"] else " && ").join(parts) + ")"
        if pred == SH["not"]:
            return f"(!{self.conforms(value, v)})"
        raise Unsupported(f"{_text(pred)} is not compiled")

    def datatype_ok(self, dt, v: str) -> str:
        if not isinstance(dt, rdflib.URIRef):
            raise Unsupported("sh:datatype is not an IRI")
        if dt == RDFS.Literal:
            return f"isLiteral({v})"         # pyshacl: every literal is an rdfs:Literal
        if dt == RDFS.Datatype:
            raise Unsupported("sh:datatype rdfs:Datatype")
        if dt == RDF.langString:
            return f"(isLiteral({v}) && LANG({v}) != \"\")"
        test = f"isLiteral({v}) && DATATYPE({v}) = {_term(dt)}"
        if _judged_by_rdflib(dt):
            self.datatypes.setdefault(dt, set()).update(self.sources)
            test += f" && !{_ILL}({_term(dt)}, {v})"
        return f"({test})"

    def pattern_ok(self, pattern, v: str) -> str:
        flags = self.values(self.stack[-1], SH.flags) if self.stack else []
        flag_text = str(flags[0]) if flags else ""
        if set(flag_text.lower()) - {"i", "m"}:
            raise Unsupported(f"sh:flags {flag_text!r} (pyshacl reads only i and m)")
        text = str(pattern)
        if _regex_differs(text):
            raise Unsupported(f"sh:pattern {text!r} reads differently in Python and SPARQL: {_regex_differs(text)}")
        try:
            re.compile(text)
        except re.error:
            raise Unsupported(f"sh:pattern {text!r} does not compile in Python") from None
        if not _oxigraph_compiles(text, flag_text.lower()):
            raise Unsupported(f"sh:pattern {text!r} does not compile in Oxigraph")
        flag_arg = f", {_string(flag_text.lower())}" if flag_text else ""
        return f"(!isBlank({v}) && COALESCE(REGEX(STR({v}), {_string(text)}{flag_arg}), false))"

    def conforms(self, shape, v: str) -> str:
        """True when node `v` conforms to `shape` (its targets ignored): all of its constraints hold."""
        if isinstance(shape, rdflib.Literal):
            raise Unsupported("a literal where a shape is expected")
        if self.deactivated(shape):
            return "true"
        if shape in self.stack:
            raise Unsupported("recursive shapes")
        self.stack.append(shape)
        try:
            path = self.path(shape)
            parts = []
            if path is None:
                for pred, value in self.constraints(shape):
                    if pred in _PER_FOCUS - {SH.hasValue}:
                        raise Unsupported(f"{_text(pred)} on a node shape")
                    parts.append(self.value_ok(pred, value, v))
                for prop in sorted(self.g.objects(shape, SH.property), key=str):
                    parts.append(self.conforms(prop, v))
            else:
                if self.values(shape, SH.property):
                    raise Unsupported("sh:property on a property shape")
                parts = self.property_holds(shape, path, v)
        finally:
            self.stack.pop()
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def property_holds(self, shape, path, x: str) -> list[str]:
        """Conditions for focus `x` to satisfy property shape `shape`."""
        p = _term(path)
        parts, value_tests = [], []
        w = self.var()
        outer, self.sources = self.sources, {path}
        for pred, value in self.constraints(shape):
            if pred == SH.minCount:
                n = _count(value)
                if n == 1:
                    parts.append(f"EXISTS {{ {x} {p} {w} }}")
                elif n > 1:
                    parts.append(f"EXISTS {{ SELECT {x} WHERE {{ {x} {p} {w} }} GROUP BY {x} "
                                 f"HAVING (COUNT(DISTINCT {w}) >= {n}) }}")
            elif pred == SH.maxCount:
                n = _count(value)
                if n == 0:
                    parts.append(f"NOT EXISTS {{ {x} {p} {w} }}")
                elif n == 1:
                    w2 = self.var()
                    parts.append(f"NOT EXISTS {{ {x} {p} {w} , {w2} FILTER (!sameTerm({w}, {w2})) }}")
                else:
                    parts.append(f"NOT EXISTS {{ SELECT {x} WHERE {{ {x} {p} {w} }} GROUP BY {x} "
                                 f"HAVING (COUNT(DISTINCT {w}) > {n}) }}")
            elif pred == SH.hasValue:
                parts.append(f"EXISTS {{ {x} {p} {_term(value)} }}")
            elif pred == SH.uniqueLang:
                if _true(value):
                    w2 = self.var()
                    parts.append(f"NOT EXISTS {{ {x} {p} {w} , {w2} FILTER (!sameTerm({w}, {w2}) && "
                                 f"LANG({w}) != \"\" && LCASE(LANG({w})) = LCASE(LANG({w2}))) }}")
            else:
                value_tests.append(self.value_ok(pred, value, w))
        if value_tests:
            parts.append(f"NOT EXISTS {{ {x} {p} {w} FILTER (!({' && '.join(value_tests)})) }}")
        self.sources = outer
        return parts


# ---------------------------------------------------------------- running

def run_checks(store: ox.Store, compiled: Compiled):
    """Yield (check, focus term, value term or None) for every result, check by check."""
    ill = ill_typed_literals(store, compiled)
    for check in compiled.checks:
        query = _ILL_RE.sub(lambda m: _ill_test(ill.get(m.group(1), ()), m.group(2)), check.query)
        solutions = store.query(query, use_default_graph_as_union=True)
        has_value = any(var.value == "value" for var in solutions.variables)
        for row in solutions:
            yield check, row["this"], row["value"] if has_value else None


def ill_typed_literals(store: ox.Store, compiled: Compiled) -> dict[str, list]:
    """datatype IRI -> the literals of that datatype in the store that rdflib finds ill-typed."""
    found: dict[str, list] = {}
    for dt, preds in sorted(compiled.datatypes.items()):
        # Only where the checks look: the objects of these predicates (one scan each: with
        # VALUES over several predicates Oxigraph is slower than the scans one by one).
        candidates = {_ox_literal(t) for t in compiled.literal_targets if t.datatype == dt}
        for pred in sorted(preds):
            query = (f"SELECT DISTINCT ?v WHERE {{ ?s {_term(pred)} ?v "
                     f"FILTER (isLiteral(?v) && DATATYPE(?v) = {_term(dt)}) }}")
            candidates.update(row["v"] for row in store.query(query, use_default_graph_as_union=True))
        bad = sorted((lit for lit in candidates if ill_typed(lit)), key=str)
        if bad:
            found[str(dt)] = bad
    return found


def ill_typed(lit: ox.Literal) -> bool:
    """Whether pyshacl would find `lit` not to match its own datatype: rdflib cannot read its
    lexical form, or reads it as a value of the wrong Python type."""
    dt = rdflib.URIRef(lit.datatype.value)
    # rdflib warns, and logs a traceback, for each lexical form it cannot read: expected here
    rdflib_log = logging.getLogger("rdflib.term")
    level = rdflib_log.level
    rdflib_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = rdflib.Literal(lit.value, datatype=dt)
    finally:
        rdflib_log.setLevel(level)
    if parsed.ill_typed:
        return True
    expected = _VALUE_TYPES.get(dt)
    return expected is not None and not isinstance(parsed.value, expected)


def _ill_test(literals, var: str) -> str:
    if not literals:
        return "false"
    return "(" + " || ".join(f"sameTerm({var}, {lit})" for lit in literals) + ")"


# ---------------------------------------------------------------- helpers

def _judged_by_rdflib(dt) -> bool:
    """rdflib parses literals of this datatype, so it can find one ill-typed."""
    return rdflib.term.XSDToPython.get(dt) is not None


def _regex_differs(pattern: str) -> str | None:
    """What in `pattern` Python's re (pyshacl) and Oxigraph's REGEX read differently, if anything."""
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt in tuple("ZAGzpPcCiI") or nxt.isdigit() and nxt != "0":
                return f"escape \\{nxt}"   # anchors, categories, XML name classes, back-references
            i += 2
            continue
        if in_class:
            if ch == "[" or pattern[i:i + 2] in ("&&", "--", "~~"):
                return "nested class or class operation"   # XPath subtraction, Rust set operations
            if ch == "]" and not pattern[i - 1] == "[" and not pattern[i - 2:i] == "[^":
                in_class = False
        elif ch == "[":
            in_class = True
        elif pattern[i:i + 2] == "(?" and pattern[i + 2:i + 3] != ":":
            return "group extension (?...)"   # lookaround, named groups, inline flags
        i += 1
    return None


def _oxigraph_compiles(pattern: str, flags: str) -> bool:
    args = _string(pattern) + (f", {_string(flags)}" if flags else "")
    rows = list(ox.Store().query(f"SELECT (REGEX(\"\", {args}) AS ?ok) WHERE {{}}"))
    return bool(rows) and rows[0]["ok"] is not None


def _count(value) -> int:
    if not isinstance(value, rdflib.Literal) or not isinstance(value.value, int) or value.value < 0:
        raise Unsupported(f"{value!r} is not a count")
    return int(value.value)


def _true(value) -> bool:
    if not isinstance(value, rdflib.Literal) or not isinstance(value.value, bool):
        raise Unsupported(f"{value!r} is not a boolean")
    return value.value


def _ox_literal(term: rdflib.Literal) -> ox.Literal:
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


def _term(term) -> str:
    """An rdflib term of the shapes graph as SPARQL (N-Triples syntax)."""
    if isinstance(term, rdflib.URIRef):
        return str(ox.NamedNode(str(term)))
    if isinstance(term, rdflib.Literal):
        return str(_ox_literal(term))
    raise Unsupported("a blank node where a value is expected")


def _string(text: str) -> str:
    return str(ox.Literal(text))


def _text(term) -> str:
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    ns = str(SH)
    return "sh:" + str(term)[len(ns):] if str(term).startswith(ns) else str(term)


def _generic_message(pred, g: rdflib.Graph, shape) -> str:
    """For a shape without sh:message (ours all have one)."""
    values = ", ".join(sorted(_text(v) for v in g.objects(shape, pred)))
    return f"{_text(pred).split('#')[-1]} {values} not satisfied"
