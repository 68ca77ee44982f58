"""Facts -> RDF: IRIs, named graphs, provenance; checked on a document filled by hand."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from loaders.model import Agreement, Document, Event, Evidence, Institution, Link, Person, Post, TopicMention, Unit
from unikg.rdf import REFERENCE_GRAPH, UNIKG, document_quads, institution_iri

TEXT = "Northfield University and the Institute of Lakes met on 3 May 2021. They signed a memorandum."


def ev(start: int, end: int) -> Evidence:
    return Evidence(start, end, TEXT[start:end], TEXT)


def sample_document() -> Document:
    doc = Document(path=Path("x/sample.txt"), id="sample", file_name="sample.txt", text=TEXT,
                   content_hash="abc", lang="en", title="A sample", dateline="2021-05-04")
    doc.institutions = [
        Institution("i1", "Northfield University", "en", kind="University", country="GB", evidence=[ev(0, 21)],
                    link=Link(id="https://ror.org/000test01", ror="https://ror.org/000test01", wikidata="Q1",
                              name="Northfield University", labels=[("NU", None), ("Université de Northfield", "fr")],
                              country="GB", lat=51.5, lng=-0.1)),
        Institution("i2", "Institute of Lakes", "en", kind="ResearchInstitute", evidence=[ev(30, 48)]),
    ]
    doc.units = [Unit("u1", "Faculty of Water", "i2", "en", [ev(30, 48)])]
    doc.persons = [Person("p1", "Ann Rivers", ["Ann Rivers", "Prof. Ann Rivers"], "en", [ev(0, 10)])]
    doc.posts = [Post("p1", "i2", "director", "director", unit="u1", evidence=[ev(0, 10)])]
    doc.events = [Event("e1", "Meeting", start="2021-05-03", participants=["i1", "i2"], attendees=["p1"],
                        format="in_person", evidence=[ev(49, 67)]),
                  Event("e2", "Visit", participants=[], evidence=[ev(0, 5)])]
    doc.agreements = [Agreement("a1", "MemorandumOfUnderstanding", "signed", parties=["i1", "i2"], event="e1",
                                evidence=[ev(74, 94)]),
                      Agreement("a2", "CooperationAgreement", "planned", parties=["i1"], evidence=[ev(0, 5)])]
    doc.topics = [TopicMention("JointResearch", [ev(0, 5)])]
    return doc


@pytest.fixture()
def loaded():
    doc = sample_document()
    graph, quads, reference = document_quads(doc)
    store = ox.Store()
    store.extend(quads)
    store.extend(reference)
    return doc, graph, store


def ask(store, q: str) -> bool:
    return bool(store.query("PREFIX unikg: <%s> " % UNIKG + q, use_default_graph_as_union=True))


def test_every_document_fact_is_in_the_document_graph(loaded):
    doc, graph, store = loaded
    assert graph.value.endswith("/document/sample")
    graphs = {q.graph_name for q in store}
    assert graphs == {graph, REFERENCE_GRAPH}


def test_linked_institution_takes_its_iri_from_ror_and_unlinked_one_from_its_name(loaded):
    doc, graph, store = loaded
    assert institution_iri(doc.institutions[0]).value.endswith("/institution/ror-000test01")
    other = institution_iri(doc.institutions[1])
    assert "/institution/x-" in other.value
    # the same text always yields the same IRI, whatever script variant or case
    again = Institution("k", "INSTITUTE  of lakes", country=doc.institutions[1].country)
    assert institution_iri(again) == other


def test_an_unlinked_name_in_two_countries_is_two_institutions():
    here, there = Institution("a", "Hill University", country="AE"), Institution("b", "Hill University", country="us")
    assert institution_iri(here) != institution_iri(there)
    assert institution_iri(there) == institution_iri(Institution("c", "HILL University", country="US"))
    assert institution_iri(Institution("d", "Hill University")) not in {institution_iri(here), institution_iri(there)}


def test_reference_graph_has_links_labels_and_coordinates(loaded):
    _, _, store = loaded
    assert ask(store, """ASK { GRAPH <https://w3id.org/unikg/graph/reference> {
        ?i <http://www.w3.org/2004/02/skos/core#exactMatch> <https://ror.org/000test01> ,
             <http://www.wikidata.org/entity/Q1> ;
           <http://www.w3.org/2004/02/skos/core#altLabel> "NU" ;
           <http://www.w3.org/2000/01/rdf-schema#label> "Université de Northfield"@fr ;
           <https://schema.org/latitude> ?lat } }""")


def test_a_registry_name_without_a_language_is_an_alternative_label_not_an_english_one():
    doc = sample_document()
    doc.institutions[0].link.labels.append(("Northfield Polytechnic Institute", None))   # a former name
    _, _, reference = document_quads(doc)
    store = ox.Store()
    store.extend(reference)
    assert ask(store, """ASK { ?i <http://www.w3.org/2004/02/skos/core#altLabel> "Northfield Polytechnic Institute" ;
                               <http://www.w3.org/2004/02/skos/core#prefLabel> "Northfield University"@en ;
                               <http://www.w3.org/2000/01/rdf-schema#label> "Northfield University"@en }""")
    assert not ask(store, """ASK { ?i <http://www.w3.org/2000/01/rdf-schema#label> ?l
                                   FILTER (STR(?l) = "Northfield Polytechnic Institute") }""")


def test_event_without_participants_and_agreement_with_one_party_are_not_written(loaded):
    doc, _, store = loaded
    n_events = len(list(store.query("SELECT ?e WHERE { ?e a <%sVisit> }" % UNIKG, use_default_graph_as_union=True)))
    n_agreements = len(list(store.query("SELECT ?a WHERE { ?a a <%sCooperationAgreement> }" % UNIKG,
                                        use_default_graph_as_union=True)))
    assert (n_events, n_agreements) == (0, 0)
    assert any("no participant" in w for w in doc.warnings)
    assert any("fewer than two parties" in w for w in doc.warnings)


def test_facts_carry_provenance_and_evidence(loaded):
    _, graph, store = loaded
    for cls in ("Meeting", "MemorandumOfUnderstanding", "Membership"):
        assert ask(store, f"""ASK {{ ?x a unikg:{cls} ; <http://www.w3.org/ns/prov#wasDerivedFrom> <{graph.value}> ;
                 unikg:evidence ?e . ?e unikg:sentence ?s ; unikg:startOffset ?a ; unikg:endOffset ?b .
                 FILTER(?b > ?a) }}""")


def test_signed_agreement_is_linked_to_its_signing_event_and_collaboration_is_symmetric(loaded):
    _, _, store = loaded
    assert ask(store, "ASK { ?a unikg:status unikg:signed ; unikg:signedAt ?e . ?e a unikg:Meeting ; "
                      "unikg:startDate \"2021-05-03\"^^<http://www.w3.org/2001/XMLSchema#date> }")
    assert ask(store, "ASK { ?x unikg:collaboratesWith ?y . ?y unikg:collaboratesWith ?x . FILTER(?x != ?y) }")
    assert not ask(store, "ASK { ?x unikg:collaboratesWith ?x }")


def test_membership_names_person_post_role_and_unit(loaded):
    _, _, store = loaded
    assert ask(store, """ASK { ?m <http://www.w3.org/ns/org#member> ?p ; <http://www.w3.org/ns/org#role> unikg:director ;
        unikg:postLabel "director"@en ; unikg:unit ?u .
        ?p <http://xmlns.com/foaf/0.1/name> "Prof. Ann Rivers"@en .
        ?u <http://www.w3.org/ns/org#unitOf> ?i }""")
