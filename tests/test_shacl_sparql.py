"""unikg.shacl_sparql: the SHACL Core compiler, component by component, on tiny shapes graphs.

Each case gives shapes, data and the results expected (focus, value, constraint component),
written by hand from the SHACL spec and pyshacl's reading of it; the SPARQL engine must give
exactly those, and the same results as pyshacl. Then the fallback: a shape the compiler does
not translate is checked by pyshacl, and the report says so.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import SH

from test_validation_engines import results
from unikg.shacl_sparql import _regex_differs, compile_shapes, ill_typed
from unikg.validate import validate_store

EX = "http://example.org/"
HEAD = """
@prefix ex:   <http://example.org/> .
@prefix sh:   <http://www.w3.org/ns/shacl#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
# The ontology validation mixes in: sh:targetClass and sh:class follow rdfs:subClassOf.
ONTOLOGY = HEAD + "ex:SubA rdfs:subClassOf ex:A . ex:SubB rdfs:subClassOf ex:B ."


def run(tmp_path: Path, shapes: str, data: str | dict, expect_fallback: bool = False):
    """Both engines on `data` (Turtle, or {graph name: Turtle}) loaded into a store."""
    folder = tmp_path / "shapes"
    folder.mkdir(exist_ok=True)
    (folder / "shapes.ttl").write_text(HEAD + shapes, encoding="utf-8")
    ontology = tmp_path / "ontology.ttl"
    ontology.write_text(ONTOLOGY, encoding="utf-8")
    store = ox.Store()
    for name, text in (data.items() if isinstance(data, dict) else [("g1", data)]):
        store.load((HEAD + text).encode(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(EX + name))
    sparql = validate_store(store, folder, ontology, engine="sparql")
    reference = validate_store(store, folder, ontology, engine="pyshacl")
    assert bool(sparql.fallbacks) == expect_fallback, sparql.fallbacks
    # Messages only where the shape has one: without, each engine words its own.
    def same(report):
        return Counter(key if "sh:message" in shapes else key[:-1] for key in results(report))
    assert same(sparql) == same(reference), (sparql.text(), reference.text())
    assert sparql.conforms == reference.conforms == (not sparql.violations)
    return sparql


def found(report) -> set:
    def short(t):
        if t is None:
            return None
        return "_:" if t.startswith("_:") else t[len(EX):] if t.startswith(EX) else t
    return {(short(v.focus), short(v.value), v.component.split("#")[1].replace("ConstraintComponent", ""))
            for v in report.violations}


A = "ex:S a sh:NodeShape ; sh:targetClass ex:A ; sh:property ex:S-p . ex:S-p sh:path ex:p ; "   # + constraints .

CASES = {
    "class": (
        A + "sh:class ex:B .",
        """ex:a1 a ex:A ; ex:p ex:b1 , ex:c1 , "lit" . ex:b1 a ex:SubB . ex:c1 a ex:C .
           ex:a2 a ex:SubA ; ex:p ex:untyped .""",
        {("a1", "c1", "Class"), ("a1", "lit", "Class"), ("a2", "untyped", "Class")}),
    "class-on-node-shape": (
        "ex:S a sh:NodeShape ; sh:targetClass ex:A ; sh:class ex:B .",
        "ex:a1 a ex:A , ex:SubB . ex:a2 a ex:A .",
        {("a2", "a2", "Class")}),
    "datatype-date-ill-typed": (
        A + "sh:datatype xsd:date .",
        """ex:a1 a ex:A ; ex:p "2025-01-01"^^xsd:date , "abc"^^xsd:date , "2025-01-02" , ex:x , "2025-01-03"@en .""",
        {("a1", "abc", "Datatype"), ("a1", "2025-01-02", "Datatype"), ("a1", "x", "Datatype"),
         ("a1", "2025-01-03", "Datatype")}),
    "datatype-integer-boolean": (
        A + "sh:datatype xsd:integer . ex:S sh:property [ sh:path ex:q ; sh:datatype xsd:boolean ] .",
        """ex:a1 a ex:A ; ex:p 5 , "x1"^^xsd:integer , 5.0 ; ex:q true , "tRue"^^xsd:boolean , "maybe"^^xsd:boolean .""",
        {("a1", "x1", "Datatype"), ("a1", "5", "Datatype"), ("a1", "tRue", "Datatype"),
         ("a1", "maybe", "Datatype")}),
    "datatype-strings": (
        A + "sh:datatype rdf:langString . ex:S sh:property [ sh:path ex:q ; sh:datatype xsd:string ] , "
            "[ sh:path ex:r ; sh:datatype rdfs:Literal ] .",
        """ex:a1 a ex:A ; ex:p "a"@en , "b" ; ex:q "c" , "d"@en , 5 ; ex:r "e" , 6 , ex:f .""",
        {("a1", "b", "Datatype"), ("a1", "d", "Datatype"), ("a1", "5", "Datatype"), ("a1", "f", "Datatype")}),
    "node-kind": (
        """ex:S a sh:NodeShape ; sh:targetClass ex:A ;
             sh:property [ sh:path ex:iri ; sh:nodeKind sh:IRI ] , [ sh:path ex:lit ; sh:nodeKind sh:Literal ] ,
                         [ sh:path ex:bn ; sh:nodeKind sh:BlankNode ] , [ sh:path ex:bi ; sh:nodeKind sh:BlankNodeOrIRI ] ,
                         [ sh:path ex:bl ; sh:nodeKind sh:BlankNodeOrLiteral ] , [ sh:path ex:il ; sh:nodeKind sh:IRIOrLiteral ] .""",
        """ex:a1 a ex:A ; ex:iri ex:x , "l1" ; ex:lit "l2" , ex:y ; ex:bn [] , ex:z ; ex:bi [] , ex:w , "l3" ;
             ex:bl [] , "l4" , ex:v ; ex:il ex:u , "l5" , [] .""",
        {("a1", "l1", "NodeKind"), ("a1", "y", "NodeKind"), ("a1", "z", "NodeKind"), ("a1", "l3", "NodeKind"),
         ("a1", "v", "NodeKind"), ("a1", "_:", "NodeKind")}),
    "counts": (
        A + "sh:minCount 2 ; sh:maxCount 3 . ex:S sh:property [ sh:path ex:q ; sh:minCount 1 ; sh:maxCount 1 ] .",
        """ex:a1 a ex:A ; ex:p 1 ; ex:q 1 . ex:a2 a ex:A ; ex:p 1 , 2 , 3 , 4 ; ex:q 1 , 2 .
           ex:a3 a ex:A ; ex:p 1 , 2 .""",
        {("a1", None, "MinCount"), ("a2", None, "MaxCount"), ("a3", None, "MinCount")}),
    "ranges": (
        A + "sh:minInclusive 0 ; sh:maxExclusive 10 .",
        """ex:a1 a ex:A ; ex:p 0 , 10 , -1 , 9.5 , "5"^^xsd:double , "abc" , ex:x , "x"^^xsd:integer , "5"^^xsd:string .""",
        {("a1", "10", "MaxExclusive"), ("a1", "-1", "MinInclusive")}
        | {(f, v, c) for f, v in [("a1", "abc"), ("a1", "x"), ("a1", "x"), ("a1", "5")]
           for c in ("MinInclusive", "MaxExclusive")}),
    "date-ranges": (
        A + 'sh:minExclusive "2020-01-01"^^xsd:date ; sh:maxInclusive "2020-12-31"^^xsd:date .',
        """ex:a1 a ex:A ; ex:p "2020-01-01"^^xsd:date , "2020-12-31"^^xsd:date , "2021-01-01"^^xsd:date ,
             "2020-06-01T00:00:00"^^xsd:dateTime .""",
        {("a1", "2020-01-01", "MinExclusive"), ("a1", "2021-01-01", "MaxInclusive"),
         ("a1", "2020-06-01T00:00:00", "MinExclusive"), ("a1", "2020-06-01T00:00:00", "MaxInclusive")}),
    "lengths": (
        A + "sh:minLength 2 ; sh:maxLength 3 .",
        """ex:a1 a ex:A ; ex:p "ab" , "a" , "abcd" , 12 , ex:ab , [] .""",
        {("a1", "a", "MinLength"), ("a1", "abcd", "MaxLength"), ("a1", "ab", "MaxLength"),
         ("a1", "_:", "MinLength"), ("a1", "_:", "MaxLength")}),
    "pattern-with-flags": (
        A + 'sh:pattern "^ab+$" ; sh:flags "i" . ex:S sh:property [ sh:path ex:q ; sh:pattern "^1\\\\d$" ] .',
        """ex:a1 a ex:A ; ex:p "ABB" , "ac" , ex:abb , [] ; ex:q 12 , 21 , "1x" .""",
        {("a1", "ac", "Pattern"), ("a1", "abb", "Pattern"), ("a1", "_:", "Pattern"), ("a1", "21", "Pattern"),
         ("a1", "1x", "Pattern")}),
    "language-in-and-unique-lang": (
        A + 'sh:languageIn ( "en" "fa" ) . ex:S sh:property [ sh:path ex:q ; sh:uniqueLang true ] .',
        """ex:a1 a ex:A ; ex:p "x"@en , "y"@EN-us , "z"@ru , "w" , ex:v ; ex:q "a"@en , "b"@EN , "c"@fr , "d" , "e" .
           ex:a2 a ex:A ; ex:q "a"@en , "b"@fr , "c"@fr .""",
        {("a1", "z", "LanguageIn"), ("a1", "w", "LanguageIn"), ("a1", "v", "LanguageIn"),
         ("a1", None, "UniqueLang"), ("a2", None, "UniqueLang")}),
    "in": (
        A + 'sh:in ( ex:x "y" 1 ) .',
        """ex:a1 a ex:A ; ex:p ex:x , "y" , 1 , "1" , ex:z , "y"@en .""",
        {("a1", "1", "In"), ("a1", "z", "In"), ("a1", "y", "In")}),
    "has-value": (
        A + "sh:hasValue ex:x . ex:T sh:targetNode ex:x , ex:y ; sh:hasValue ex:x .",
        "ex:a1 a ex:A ; ex:p ex:x , ex:y . ex:a2 a ex:A ; ex:p ex:y . ex:a3 a ex:A .",
        {("a2", None, "HasValue"), ("a3", None, "HasValue"), ("y", None, "HasValue")}),
    "node": (
        A + "sh:node ex:T . ex:T a sh:NodeShape ; sh:class ex:B ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .",
        """ex:a1 a ex:A ; ex:p ex:v1 , ex:v2 , ex:v3 , "lit" . ex:v1 a ex:B ; ex:q 1 . ex:v2 a ex:SubB . ex:v3 ex:q 1 .""",
        {("a1", "v2", "Node"), ("a1", "v3", "Node"), ("a1", "lit", "Node")}),
    "logic": (
        """ex:S a sh:NodeShape ; sh:targetClass ex:A ;
             sh:property [ sh:path ex:or ; sh:or ( [ sh:datatype xsd:integer ] [ sh:class ex:B ] ) ] ,
                         [ sh:path ex:and ; sh:and ( [ sh:minLength 2 ] [ sh:maxLength 3 ] ) ] ,
                         [ sh:path ex:not ; sh:not [ sh:class ex:B ] ] ,
                         [ sh:path ex:xone ; sh:xone ( [ sh:class ex:B ] [ sh:class ex:C ] ) ] .""",
        """ex:a1 a ex:A ; ex:or 5 , ex:b1 , "x" ; ex:and "ab" , "a" , "abcd" ; ex:not ex:b1 , ex:c1 ;
             ex:xone ex:b1 , ex:c1 , ex:bc , ex:n .
           ex:b1 a ex:SubB . ex:c1 a ex:C . ex:bc a ex:B , ex:C .""",
        {("a1", "x", "Or"), ("a1", "a", "And"), ("a1", "abcd", "And"), ("a1", "b1", "Not"),
         ("a1", "bc", "Xone"), ("a1", "n", "Xone")}),
    "or-of-class-and-property-shape-on-node-shape": (
        """ex:S a sh:NodeShape ; sh:targetClass ex:A ;
             sh:or ( [ sh:class ex:B ] [ sh:path ex:label ; sh:minCount 1 ] ) .""",
        """ex:a1 a ex:A , ex:B . ex:a2 a ex:A ; ex:label "x" . ex:a3 a ex:A .""",
        {("a3", "a3", "Or")}),
    "targets": (
        """ex:N sh:targetNode ex:absent , ex:n1 ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .
           ex:Subj sh:targetSubjectsOf ex:s ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .
           ex:Obj sh:targetObjectsOf ex:o ; sh:nodeKind sh:IRI .
           ex:Cls a rdfs:Class , sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .""",
        """ex:n1 ex:p 1 . ex:s1 ex:s 1 . ex:s2 ex:s 2 ; ex:p 1 . ex:x ex:o ex:y , "lit" . ex:i1 a ex:Cls .""",
        {("absent", None, "MinCount"), ("s1", None, "MinCount"), ("lit", "lit", "NodeKind"),
         ("i1", None, "MinCount")}),
    "deactivated": (
        A + """sh:minCount 1 ; sh:deactivated true .
           ex:S sh:property [ sh:path ex:q ; sh:node ex:Off ] . ex:Off sh:class ex:B ; sh:deactivated true .
           ex:Gone sh:targetClass ex:A ; sh:deactivated true ; sh:property [ sh:path ex:r ; sh:minCount 1 ] .""",
        "ex:a1 a ex:A ; ex:q ex:c1 .",
        set()),
    "severity-and-messages": (
        A + 'sh:minCount 1 ; sh:severity sh:Warning ; sh:message "needs p"@en , "p nötig"@de .',
        "ex:a1 a ex:A .",
        {("a1", None, "MinCount")}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_component(tmp_path, name):
    shapes, data, expected = CASES[name]
    assert found(run(tmp_path, shapes, data)) == expected


def test_severity_and_messages_are_the_shapes(tmp_path):
    shapes, data, _ = CASES["severity-and-messages"]
    (v,) = run(tmp_path, shapes, data).violations
    assert (v.severity, v.message, v.source, v.path) == ("Warning", "needs p; p nötig", EX + "S-p", EX + "p")


def test_values_are_counted_once_across_named_graphs(tmp_path):
    # The union default graph gives a triple once per graph that holds it.
    shapes = A + "sh:minCount 2 ; sh:maxCount 1 ."
    same = "ex:a1 a ex:A ; ex:p 1 ."
    assert found(run(tmp_path, shapes, {"g1": same, "g2": same})) == {("a1", None, "MinCount")}
    split = {"g1": "ex:a1 a ex:A ; ex:p 1 .", "g2": "ex:a1 ex:p 2 ."}
    assert found(run(tmp_path, shapes, split)) == {("a1", None, "MaxCount")}


def test_ill_typed_is_what_rdflib_says():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    def lit(text, dt):
        return ox.Literal(text, datatype=ox.NamedNode(xsd + dt))
    assert ill_typed(lit("abc", "date")) and ill_typed(lit("x1", "integer")) and ill_typed(lit("tRue", "boolean"))
    assert not ill_typed(lit("2025-01-01", "date")) and not ill_typed(lit("-3", "integer"))
    # rdflib reads Python's int syntax, so pyshacl does too; no check for the g* types
    assert not ill_typed(lit("1_000", "integer")) and not ill_typed(lit("2025-13", "gYearMonth"))


def test_every_check_of_the_project_shapes_is_compiled():
    from unikg.validate import SHAPES_DIR, _shapes_graph, _take_sparql_constraints
    shapes = _shapes_graph(SHAPES_DIR)
    _take_sparql_constraints(shapes)
    compiled = compile_shapes(shapes)
    assert compiled.fallbacks == []
    assert {c.component for c in compiled.checks} >= {
        SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent, SH.ClassConstraintComponent,
        SH.DatatypeConstraintComponent, SH.NodeKindConstraintComponent, SH.PatternConstraintComponent,
        SH.MinInclusiveConstraintComponent, SH.MaxInclusiveConstraintComponent, SH.MinLengthConstraintComponent,
        SH.InConstraintComponent, SH.NodeConstraintComponent, SH.OrConstraintComponent}
    # and the queries are SPARQL that Oxigraph accepts
    store = ox.Store()
    for check in compiled.checks:
        list(store.query(check.query.replace("__illtyped__(", "sameTerm(")))


# ---------------------------------------------------------------- what falls back to pyshacl

FALLBACKS = {
    "inverse-path": ("ex:S sh:targetClass ex:A ; sh:property ex:S-p . ex:S-p sh:path [ sh:inversePath ex:p ] ; "
                     "sh:minCount 1 .", "ex:a1 a ex:A . ex:a2 a ex:A . ex:x ex:p ex:a2 .",
                     "sh:path is not a predicate IRI", {("a1", None, "MinCount")}),
    "closed": ("ex:S sh:targetClass ex:A ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ; "
               "sh:property ex:S-p . ex:S-p sh:path ex:p .", "ex:a1 a ex:A ; ex:p 1 ; ex:q 2 .",
               "sh:closed is not compiled", {("a1", "2", "Closed")}),
    "qualified": (A + "sh:qualifiedValueShape [ sh:class ex:B ] ; sh:qualifiedMinCount 1 .",
                  "ex:a1 a ex:A ; ex:p ex:c . ex:a2 a ex:A ; ex:p ex:b . ex:b a ex:B .",
                  "is not compiled", {("a1", None, "QualifiedMinCount")}),
    "lookahead-pattern": (A + 'sh:pattern "^(?=a)[a-z]+$" .', 'ex:a1 a ex:A ; ex:p "abc" , "bc" .',
                          "reads differently in Python and SPARQL", {("a1", "bc", "Pattern")}),
    "sparql-target": ("ex:S sh:target [ a sh:SPARQLTarget ; sh:select \"SELECT ?this WHERE { ?this a ex:A }\" ] ; "
                      "sh:property [ sh:path ex:p ; sh:minCount 1 ] .", "ex:a1 a ex:A .",
                      "sh:target", set()),
}


@pytest.mark.parametrize("name", list(FALLBACKS))
def test_what_is_not_compiled_is_checked_by_pyshacl_and_named(tmp_path, name):
    shapes, data, reason, expected = FALLBACKS[name]
    # a sibling that compiles, to see that only the one shape falls back
    shapes += " ex:Other sh:targetClass ex:A ; sh:property [ sh:path ex:r ; sh:hasValue ex:never ] ."
    report = run(tmp_path, shapes, data, expect_fallback=True)
    assert len(report.fallbacks) == 1 and reason in report.fallbacks[0], report.fallbacks
    assert "Checked by pyshacl, not compiled to SPARQL:" in report.text()
    sibling = {(f, v, c) for f, v, c in found(report) if c == "HasValue"}
    assert sibling == {(f, None, "HasValue") for f in ("a1", "a2") if f"ex:{f} a ex:A" in data}
    assert found(report) - sibling == expected


def test_fallback_of_one_property_shape_keeps_its_siblings_compiled():
    g = rdflib.Graph().parse(data=HEAD + A + "sh:minCount 1 . ex:S sh:property [ sh:path [ sh:inversePath ex:q ] ; "
                             "sh:minCount 1 ] .", format="turtle")
    compiled = compile_shapes(g)
    assert [f.parent for f in compiled.fallbacks] == [rdflib.URIRef(EX + "S")]
    assert [c.source for c in compiled.checks] == [rdflib.URIRef(EX + "S-p")]
    fallback = compiled.fallback_graph()
    # pyshacl gets the one property shape under a node shape with the parent's targets; the
    # compiled shape keeps no targets there, so pyshacl does not check it a second time
    assert (rdflib.URIRef(EX + "S"), SH.targetClass, None) not in fallback
    holders = set(fallback.subjects(SH.property, compiled.fallbacks[0].shape))
    assert len(holders) == 2 and any((h, SH.targetClass, rdflib.URIRef(EX + "A")) in fallback for h in holders)


def test_recursive_shapes_fall_back():
    g = rdflib.Graph().parse(data=HEAD + A + "sh:node ex:T . ex:T sh:property [ sh:path ex:p ; sh:node ex:T ] .",
                             format="turtle")
    (fallback,) = compile_shapes(g).fallbacks
    assert fallback.reason == "recursive shapes"


@pytest.mark.parametrize("pattern, differs", [
    ("^[a-z]{2,3}(-[A-Za-z0-9]+)*$", False), ("^(https://ror\\.org/0[a-z0-9]{8})$", False), ("[]a]", False),
    ("(?:ab)+", False), ("[a-z-[aeiou]]", True), ("\\d+\\Z", True), ("(?=a)", True), ("(a)\\1", True),
    ("[[a]]", True), ("\\p{L}", True)])
def test_patterns_read_differently_by_python_and_sparql_are_spotted(pattern, differs):
    assert bool(_regex_differs(pattern)) == differs
