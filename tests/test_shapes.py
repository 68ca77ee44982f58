"""The SHACL shapes and quality queries of shapes/, run through unikg.validate.

tests/data/shapes/valid.trig is a graph written by hand to docs/graph-model.md; it must
conform. Each broken variant changes one thing in it (a SPARQL update) and must produce
exactly the expected violations, no more.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SH

from unikg.validate import (ONTOLOGY_GRAPH, ONTOLOGY_PATH, SHAPES_DIR, ValidationReport,
                            validate_graph, validate_store, violation_queries)

VALID = Path(__file__).parent / "data" / "shapes" / "valid.trig"
S = "https://w3id.org/unikg/shapes#"
ID = "https://w3id.org/unikg/id/"

NBU = ID + "institution/ror-0nbu12345"
ALBORZ = ID + "institution/x-5f2c9a1e"
VISIT = ID + "event/northbridge-alborz-1"
PLANNED_VISIT = ID + "event/kaspian-northbridge-2"
MOU = ID + "agreement/northbridge-alborz-1"
DEAN = ID + "membership/a0c4e2b7"
PRESIDENT = ID + "membership/f19d3c58"
EVIDENCE = ID + "evidence/northbridge-alborz-4"
KARAJ = ID + "place/9c1b22aa"

PREFIXES = """
PREFIX unikg:  <https://w3id.org/unikg/ontology#>
PREFIX topic:  <https://w3id.org/unikg/topic/>
PREFIX org:    <http://www.w3.org/ns/org#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
"""


def replace(subject: str, prop: str, old: str, new: str) -> str:
    """A SPARQL update replacing one value in whichever graph holds it."""
    return (f"DELETE {{ GRAPH ?g {{ <{subject}> {prop} {old} }} }} "
            f"INSERT {{ GRAPH ?g {{ <{subject}> {prop} {new} }} }} "
            f"WHERE {{ GRAPH ?g {{ <{subject}> {prop} {old} }} }}")


def delete(subject: str, prop: str) -> str:
    return f"DELETE WHERE {{ GRAPH ?g {{ <{subject}> {prop} ?o }} }}"


def insert(subject: str, prop: str, value: str, graph: str = ID + "document/northbridge-alborz") -> str:
    return f"INSERT DATA {{ GRAPH <{graph}> {{ <{subject}> {prop} {value} }} }}"


# (id, update, expected violations as (source, focus)) -- the source is the shape IRI or
# the .rq file name; where a SHACL shape and a quality query both catch the mistake, both
# are expected.
BROKEN = [
    ("missing-label", delete(ALBORZ, "rdfs:label"),
     [(S + "Institution-label", ALBORZ), ("institution-without-label-violation.rq", ALBORZ)]),
    ("label-without-language", replace(ALBORZ, "rdfs:label", '"University of North Alborz"@en',
                                       '"University of North Alborz"'),
     [(S + "Institution-label", ALBORZ)]),
    ("bad-country-code", replace(ALBORZ, "unikg:countryCode", '"IR"', '"Iran"'),
     [(S + "Institution-countryCode", ALBORZ)]),
    ("country-disagrees-with-code", replace(ALBORZ, "unikg:country", f"<{ID}country/IR>", f"<{ID}country/RU>"),
     [(S + "InstitutionCountryAgrees", ALBORZ)]),
    ("end-before-start", replace(VISIT, "unikg:endDate", '"2025-05-13"^^xsd:date', '"2025-05-10"^^xsd:date'),
     [(S + "EventDateOrder", VISIT), ("event-end-before-start-violation.rq", VISIT)]),
    ("agreement-with-one-party", f"DELETE DATA {{ GRAPH <{ID}document/northbridge-alborz> {{ <{MOU}> unikg:party <{ALBORZ}> }} }}",
     [(S + "AgreementParties", MOU)]),
    ("agreement-parties-same-ror", insert(ALBORZ, "skos:exactMatch", "<https://ror.org/0nbu12345>",
                                          graph="https://w3id.org/unikg/graph/reference"),
     [(S + "AgreementParties", MOU)]),
    ("self-collaboration", insert(NBU, "unikg:collaboratesWith", f"<{NBU}>"),
     [(S + "NoSelfCollaboration", NBU), ("self-collaboration-violation.rq", NBU)]),
    ("string-for-date", replace(VISIT, "unikg:startDate", '"2025-05-12"^^xsd:date', '"2025-05-12"'),
     [(S + "Event-startDate", VISIT)]),
    ("membership-without-member", delete(DEAN, "org:member"),
     [(S + "Membership-member", DEAN), ("membership-without-person-violation.rq", DEAN)]),
    ("event-without-provenance", delete(VISIT, "prov:wasDerivedFrom"),
     [(S + "Event-derivedFrom", VISIT)]),
    ("event-without-evidence", delete(VISIT, "unikg:evidence"),
     [(S + "Event-evidence", VISIT)]),
    ("bad-status", replace(MOU, "unikg:status", "unikg:signed", "unikg:concluded"),
     [(S + "Agreement-status", MOU)]),
    ("empty-evidence-span", replace(EVIDENCE, "unikg:endOffset", "134", "123"),
     [(S + "EvidenceSpan", EVIDENCE)]),
    ("orphan-evidence", replace(EVIDENCE, "prov:wasDerivedFrom", f"<{ID}document/northbridge-alborz>",
                                f"<{ID}document/not-read>"),
     [(S + "Evidence-derivedFrom", EVIDENCE), ("orphan-evidence-violation.rq", EVIDENCE)]),
    ("role-not-a-role", replace(DEAN, "org:role", "unikg:dean", "unikg:chairman"),
     [(S + "Membership-role", DEAN)]),
    ("topic-outside-scheme", replace(VISIT, "unikg:topic", "topic:StudentExchange", "topic:Football"),
     [(S + "Event-topic", VISIT)]),
    ("host-not-participant", f"DELETE DATA {{ GRAPH <{ID}document/northbridge-alborz> {{ <{VISIT}> unikg:participant <{ALBORZ}> }} }}",
     [(S + "EventHostParticipates", VISIT)]),
    ("plain-event-class", replace(PLANNED_VISIT, "a", "unikg:Visit", "unikg:Event"),
     [(S + "Event", PLANNED_VISIT)]),
    ("unit-of-another-institution", insert(PRESIDENT, "unikg:unit", f"<{ID}unit/3b9e10c2>"),
     [(S + "MembershipUnitOfOrganization", PRESIDENT)]),
    ("partial-date-as-string", replace(PLANNED_VISIT, "unikg:partialDate", '"2025-09"^^xsd:gYearMonth', '"2025-09"'),
     [(S + "Event-partialDate", PLANNED_VISIT)]),
    ("place-without-label", delete(KARAJ, "rdfs:label"),
     [(S + "Place", KARAJ)]),
    ("latitude-out-of-range", replace(NBU, "schema:latitude", '"52.2053"^^xsd:double', '"152.2"^^xsd:double'),
     [(S + "Institution-latitude", NBU)]),
    ("exact-match-not-ror-or-wikidata", insert(NBU, "skos:exactMatch", "<https://example.org/nbu>"),
     [(S + "Institution-exactMatch", NBU)]),
]


def valid_store(with_ontology: bool = False) -> ox.Store:
    store = ox.Store()
    store.load(path=str(VALID), format=ox.RdfFormat.TRIG)
    if with_ontology:
        store.load(path=str(ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    return store


def shape_messages() -> dict[str, str]:
    """shape IRI -> the sh:message written for it (on a SPARQL shape: its constraint's)."""
    shapes = rdflib.Graph().parse(str(SHAPES_DIR / "unikg-shapes.ttl"), format="turtle")
    messages = {str(s): str(m) for s, m in shapes.subject_objects(SH.message) if isinstance(s, rdflib.URIRef)}
    for shape, constraint in shapes.subject_objects(SH.sparql):
        messages[str(shape)] = str(shapes.value(constraint, SH.message))
    return messages


def found(report: ValidationReport) -> Counter:
    return Counter((v.source, v.focus) for v in report.violations)


# (engine, sparql_in_store): the SHACL Core constraints compiled to SPARQL (the default) or
# run by pyshacl; the SHACL-SPARQL constraints in Oxigraph or left to pyshacl.
ENGINES = [pytest.param("sparql", True, id="sparql-engine"), pytest.param("pyshacl", True, id="pyshacl-engine"),
           pytest.param("pyshacl", False, id="pyshacl-engine-pyshacl-sparql")]


@pytest.mark.parametrize("engine, sparql_in_store", ENGINES)
def test_valid_graph_conforms(engine, sparql_in_store):
    report = validate_store(valid_store(), engine=engine, sparql_in_store=sparql_in_store)
    assert report.violations == [], report.text()
    assert report.conforms
    assert report.text() == "Conforms: no violations."
    assert report.fallbacks == []


def test_sparql_engine_leaves_sparql_constraints_it_is_not_given_to_pyshacl_and_says_so():
    report = validate_store(valid_store(), engine="sparql", sparql_in_store=False)
    assert report.conforms
    assert {f.split(": ")[0] for f in report.fallbacks} == SPARQL_SHAPES
    assert "Checked by pyshacl, not compiled to SPARQL:" in report.text()


# The SHACL Core constraints and the SHACL-SPARQL constraints run in Oxigraph by default;
# pyshacl is the reference the fast paths must agree with: the cases that a SPARQL
# constraint catches also run with pyshacl doing everything (and test_validation_engines.py
# checks that both engines give the same results on every case).
SPARQL_SHAPES = {S + name for name in ("NoSelfCollaboration", "InstitutionCountryAgrees", "EventDateOrder",
                                       "EventHostParticipates", "AgreementParties", "EvidenceSpan",
                                       "MembershipUnitOfOrganization")}
CASES = [pytest.param(update, expected, engine, in_store,
                      id=f"{name}-{engine}" + ("" if in_store else "-pyshacl-sparql"))
         for name, update, expected in BROKEN
         for engine, in_store in ([("sparql", True)]
                                  + ([("pyshacl", False)] if {src for src, _ in expected} & SPARQL_SHAPES else []))]


def test_every_sparql_constraint_has_a_broken_case():
    shapes = rdflib.Graph().parse(str(SHAPES_DIR / "unikg-shapes.ttl"), format="turtle")
    assert {str(s) for s in shapes.subjects(SH.sparql, None)} == SPARQL_SHAPES
    assert SPARQL_SHAPES <= {src for _, _, expected in BROKEN for src, _ in expected}


@pytest.mark.parametrize("update, expected, engine, sparql_in_store", CASES)
def test_broken_variant_gives_exactly_the_expected_violations(update, expected, engine, sparql_in_store):
    store = valid_store()
    store.update(PREFIXES + update)
    report = validate_store(store, engine=engine, sparql_in_store=sparql_in_store)
    assert not report.conforms
    assert found(report) == Counter(expected), report.text()
    messages = shape_messages()
    for v in report.violations:
        assert v.severity == "Violation"
        # Every result carries the human message written in shapes/ for its rule.
        if v.source.startswith(S):
            assert v.message == messages[v.source], v
        else:
            assert v.message and not v.message.startswith("http"), v


def test_messages_come_from_the_shapes():
    store = valid_store()
    store.update(PREFIXES + replace(ALBORZ, "unikg:countryCode", '"IR"', '"Iran"'))
    (v,) = validate_store(store).violations
    assert v.message.startswith("An institution has at most one unikg:countryCode, an ISO 3166-1 alpha-2 code")
    assert v.path == "https://w3id.org/unikg/ontology#countryCode"
    assert v.value == "Iran"


def test_store_that_holds_the_ontology_gives_the_same_report():
    # A built store carries the ontology in its own graph; the queries then run on it directly.
    store = valid_store(with_ontology=True)
    assert validate_store(store).conforms
    store.update(PREFIXES + delete(ALBORZ, "rdfs:label"))
    assert found(validate_store(store)) == Counter(
        [(S + "Institution-label", ALBORZ), ("institution-without-label-violation.rq", ALBORZ)])


def test_validate_graph_matches_validate_store():
    store = valid_store()
    store.update(PREFIXES + replace(VISIT, "unikg:endDate", '"2025-05-13"^^xsd:date', '"2025-05-10"^^xsd:date'))
    data = rdflib.Graph()
    for graph in [ox.DefaultGraph(), *store.named_graphs()]:
        data.parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph), format="nt")
    size = len(data)
    assert found(validate_graph(data)) == found(validate_store(store))
    assert len(data) == size, "validate_graph must not change its input"


def test_report_text_groups_and_counts():
    store = valid_store()
    store.update(PREFIXES + delete(ALBORZ, "rdfs:label") + " ; "
                 + delete(NBU, "rdfs:label"))
    text = validate_store(store).text()
    assert text.splitlines()[0] == "Does not conform: 4 results (4 Violation)."
    assert "[Violation] shape:Institution-label (2): An institution needs at least one rdfs:label" in text
    assert "[Violation] institution-without-label-violation.rq (2): An institution has no rdfs:label." in text
    assert "    id:institution/x-5f2c9a1e  rdfs:label" in text


def test_report_turtle_holds_every_result():
    store = valid_store()
    store.update(PREFIXES + insert(NBU, "unikg:collaboratesWith", f"<{NBU}>"))
    report = validate_store(store)
    graph = rdflib.Graph().parse(data=report.to_turtle(), format="turtle")
    results = list(graph.subjects(RDF.type, SH.ValidationResult))
    assert len(results) == len(report.violations) == 2
    assert (None, SH.conforms, rdflib.Literal(False)) in graph
    assert {graph.value(r, SH.focusNode) for r in results} == {rdflib.URIRef(NBU)}
    # The shape's result names its shape; the query's result names the query.
    assert {graph.value(r, SH.sourceShape) for r in results} == {rdflib.URIRef(S + "NoSelfCollaboration"), None}
    assert {graph.value(r, SH.sourceConstraint) for r in results} == {
        rdflib.URIRef(S + "self-collaboration-violation.rq"), None}


def test_violation_query_finds_a_row_only_in_the_broken_graph():
    query = (SHAPES_DIR / "self-collaboration-violation.rq").read_text(encoding="utf-8")
    store = valid_store(with_ontology=True)
    assert list(store.query(query, use_default_graph_as_union=True)) == []
    store.update(PREFIXES + insert(NBU, "unikg:collaboratesWith", f"<{NBU}>"))
    rows = list(store.query(query, use_default_graph_as_union=True))
    assert [row["focus"].value for row in rows] == [NBU]


def test_every_violation_query_is_silent_on_the_valid_graph():
    store = valid_store(with_ontology=True)
    names = [p.name for p in violation_queries()]
    assert {"institution-without-label-violation.rq", "event-end-before-start-violation.rq",
            "self-collaboration-violation.rq", "orphan-evidence-violation.rq",
            "membership-without-person-violation.rq"} <= set(names)
    for path in violation_queries():
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), f"{path.name} lacks its comment header"
        assert list(store.query(text, use_default_graph_as_union=True)) == [], path.name


def test_every_shape_and_constraint_is_documented():
    shapes = rdflib.Graph()
    for path in SHAPES_DIR.glob("*.ttl"):
        shapes.parse(str(path), format="turtle")
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.objects(None, SH.property))
    constraints = set(shapes.objects(None, SH.sparql))
    assert len(node_shapes) >= 10 and len(property_shapes) >= 40 and len(constraints) >= 5
    for node in node_shapes | property_shapes | constraints:
        named = (node, SH.name, None) in shapes or (node, RDFS.comment, None) in shapes
        if node in constraints:
            named = True  # a SPARQL constraint is described by its shape's rdfs:comment
        assert named, f"{node} has neither sh:name nor rdfs:comment"
    for node in property_shapes | constraints:
        assert (node, SH.message, None) in shapes, f"{node} has no sh:message"
    for node in node_shapes:
        constraints_of_node = list(shapes.objects(node, SH.sparql))
        has_message = (node, SH.message, None) in shapes or (
            constraints_of_node and all((c, SH.message, None) in shapes for c in constraints_of_node))
        assert has_message, f"{node} has no sh:message"


def test_country_codes_follow_iso_pattern_on_countries_too():
    store = valid_store()
    store.update(PREFIXES + replace(ID + "country/RU", "unikg:countryCode", '"RU"', '"ru"'))
    assert found(validate_store(store)) == Counter([(S + "Country-countryCode", ID + "country/RU")])


def test_report_graph_keeps_the_datatype_of_values():
    store = valid_store()
    store.update(PREFIXES + replace(VISIT, "unikg:endDate", '"2025-05-13"^^xsd:date', '"2025-05-10"^^xsd:date'))
    graph = rdflib.Graph().parse(data=validate_store(store).to_turtle(), format="turtle")
    values = set(graph.objects(None, SH.value))
    assert values == {rdflib.Literal("2025-05-10", datatype=rdflib.XSD.date)}
