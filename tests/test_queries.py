"""Named queries on the hand-made dataset (tests/data/queries/dataset.trig): the query
contract of DESIGN.md, the analyst queries, safe parameter binding, result formats."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pyoxigraph as ox
import pytest

from unikg.query import (NamedQuery, Param, QueryError, bind, is_ordered, list_queries, load_query, page,
                         parse_header, run_local, where_group_start)
from unikg.results import compact_iri, format_results

CONTRACT = {
    "documents": ["document", "file"],
    "institutions": ["institution", "label", "country", "ror", "document"],
    "collaborations": ["a", "b", "via", "document"],
    "officials": ["person", "name", "role", "institution", "document"],
    "events": ["event", "type", "start", "end", "document"],
    "agreements": ["agreement", "type", "status", "party", "document"],
    "topics": ["document", "topic"],
}

ZAGROS, VOLGA = "id:institution/ror-00zagros1", "id:institution/ror-00volga22"
NILE, CASPIAN = "id:institution/x-5e1d0a9c", "id:institution/caspian-medical-university"
DOC_A, DOC_B = "id:document/doc-a", "id:document/doc-b"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def _short(term: dict | None) -> str | None:
    if term is None:
        return None
    return compact_iri(term["value"]) if term["type"] == "uri" else term["value"]


def table(results: dict, *names: str) -> Counter:
    """The rows as a multiset of tuples (IRIs compacted), so duplicates count."""
    names = names or tuple(results["head"]["vars"])
    return Counter(tuple(_short(b.get(n)) for n in names) for b in results["results"]["bindings"])


def run(store, name: str, **params: str) -> dict:
    return run_local(store, bind(load_query(name), params))


# ---------------------------------------------------------------- every query

ALL = list_queries()


def test_the_contract_and_at_least_ten_analyst_queries_exist():
    names = {q.name for q in ALL}
    assert set(CONTRACT) <= names
    assert len(names - set(CONTRACT)) >= 10


@pytest.mark.parametrize("query", ALL, ids=[q.name for q in ALL])
def test_query_runs_and_returns_its_declared_variables(query, query_store, query_params):
    assert query.title and query.description and query.returns
    results = run_local(query_store, bind(query, query_params.get(query.name, {})))
    assert results["head"]["vars"] == query.returns
    assert results["results"]["bindings"], f"{query.name} found nothing in the dataset"


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_queries_return_exactly_the_design_variables(name, query_store):
    assert load_query(name).returns == CONTRACT[name]
    assert load_query(name).params == []
    assert run(query_store, name)["head"]["vars"] == CONTRACT[name]


# ---------------------------------------------------------------- the query contract

def test_documents(query_store):
    assert table(run(query_store, "documents")) == Counter({(DOC_A, "doc-a.txt"): 1, (DOC_B, "doc-b.txt"): 1})


def test_institutions_one_row_per_label_from_all_graphs(query_store):
    got = table(run(query_store, "institutions"))
    ror_z, ror_v = "ror:00zagros1", "ror:00volga22"
    assert got == Counter([
        (ZAGROS, "Zagros University of Technology", "IR", ror_z, DOC_A),
        (ZAGROS, "ZUT", "IR", ror_z, DOC_A),
        (ZAGROS, "دانشگاه صنعتی زاگرس", "IR", ror_z, DOC_A),      # only in the reference graph
        (VOLGA, "Volga State Academy of Sciences", "RU", ror_v, DOC_A),
        (VOLGA, "Поволжская государственная академия наук", "RU", ror_v, DOC_A),
        (VOLGA, "Volga State Academy of Sciences", "RU", ror_v, DOC_B),
        (VOLGA, "Поволжская государственная академия наук", "RU", ror_v, DOC_B),
        (NILE, "Институт технологий дельты Нила", "EG", None, DOC_B),
        (NILE, "NDIT", "EG", None, DOC_B),
        (CASPIAN, "Каспийский медицинский университет", "IR", None, DOC_B),
    ])


def test_institutions_terms_keep_language_tags_and_plain_country_codes(query_store):
    rows = run(query_store, "institutions")["results"]["bindings"]
    persian = next(r for r in rows if r["label"]["value"] == "دانشگاه صنعتی زاگرس")
    assert persian["label"] == {"type": "literal", "value": "دانشگاه صنعتی زاگرس", "xml:lang": "fa"}
    assert persian["country"] == {"type": "literal", "value": "IR"}
    assert persian["ror"] == {"type": "uri", "value": "https://ror.org/00zagros1"}


def test_collaborations_each_unordered_pair_once_per_via(query_store):
    assert table(run(query_store, "collaborations")) == Counter([
        (VOLGA, ZAGROS, "id:agreement/doc-a-1", DOC_A),
        (VOLGA, ZAGROS, "id:event/doc-a-1", DOC_A),
        (CASPIAN, NILE, "id:agreement/doc-b-1", DOC_B),
        (VOLGA, NILE, "id:agreement/doc-b-2", DOC_B),
        (CASPIAN, VOLGA, "id:event/doc-b-1", DOC_B),
        (CASPIAN, NILE, "id:event/doc-b-1", DOC_B),
        (VOLGA, NILE, "id:event/doc-b-1", DOC_B),
        (CASPIAN, VOLGA, "id:event/doc-b-2", DOC_B),
    ])


def test_officials(query_store):
    sokolova = "id:person/p-sokolova"
    assert table(run(query_store, "officials")) == Counter([
        ("id:person/p-kamali", "Reza Kamali", "President", ZAGROS, DOC_A),
        (sokolova, "Irina Sokolova", "Rector", VOLGA, DOC_A),
        (sokolova, "Ирина Соколова", "Rector", VOLGA, DOC_A),
        (sokolova, "Irina Sokolova", "ректор", VOLGA, DOC_B),
        (sokolova, "Ирина Соколова", "ректор", VOLGA, DOC_B),
        ("id:person/p-haddad", "Амр Хаддад", "декан инженерного факультета", NILE, DOC_B),
    ])


def test_events_most_specific_type_and_dates(query_store):
    results = run(query_store, "events")
    assert table(results) == Counter([
        ("id:event/doc-a-1", "unikg:Meeting", "2024-03-12", "2024-03-13", DOC_A),
        ("id:event/doc-b-1", "unikg:Conference", "2025-05-20", "2025-05-22", DOC_B),
        ("id:event/doc-b-2", "unikg:Visit", None, None, DOC_B),     # a partial date only
    ])
    dated = [b for b in results["results"]["bindings"] if "start" in b]
    assert {b["start"]["datatype"] for b in dated} == {XSD_DATE}


def test_agreements_type_status_and_parties(query_store):
    assert table(run(query_store, "agreements")) == Counter([
        ("id:agreement/doc-a-1", "unikg:MemorandumOfUnderstanding", "unikg:signed", ZAGROS, DOC_A),
        ("id:agreement/doc-a-1", "unikg:MemorandumOfUnderstanding", "unikg:signed", VOLGA, DOC_A),
        ("id:agreement/doc-b-1", "unikg:CooperationAgreement", "unikg:planned", NILE, DOC_B),
        ("id:agreement/doc-b-1", "unikg:CooperationAgreement", "unikg:planned", CASPIAN, DOC_B),
        ("id:agreement/doc-b-2", "unikg:Agreement", "unikg:active", VOLGA, DOC_B),
        ("id:agreement/doc-b-2", "unikg:Agreement", "unikg:active", NILE, DOC_B),
    ])


def test_topics(query_store):
    assert table(run(query_store, "topics")) == Counter([
        (DOC_A, "topic:JointResearch"), (DOC_A, "topic:StudentExchange"),
        (DOC_B, "topic:Healthcare"), (DOC_B, "topic:Training"),
    ])


def test_contract_queries_do_not_need_the_ontology_graph(query_store):
    query_store.remove_graph(ox.NamedNode("https://w3id.org/unikg/graph/ontology"))
    assert sum(table(run(query_store, "institutions")).values()) == 10
    assert set(table(run(query_store, "events"), "type")) == {("unikg:Meeting",), ("unikg:Conference",), ("unikg:Visit",)}
    assert sum(table(run(query_store, "agreements")).values()) == 6


def test_a_generic_type_beside_a_specific_one_is_not_reported(query_store):
    ont, doc = "https://w3id.org/unikg/ontology#", ox.NamedNode("https://w3id.org/unikg/id/document/doc-a")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for subject, generic in (("event/doc-a-1", "Event"), ("agreement/doc-a-1", "Agreement")):
        query_store.add(ox.Quad(ox.NamedNode("https://w3id.org/unikg/id/" + subject), rdf_type,
                                ox.NamedNode(ont + generic), doc))
    assert set(table(run(query_store, "events"), "event", "type")) == {
        ("id:event/doc-a-1", "unikg:Meeting"), ("id:event/doc-b-1", "unikg:Conference"),
        ("id:event/doc-b-2", "unikg:Visit")}
    assert ("id:agreement/doc-a-1", "unikg:Agreement") not in table(run(query_store, "agreements"), "agreement", "type")


# ---------------------------------------------------------------- analyst queries

def test_collaborations_between_countries(query_store):
    got = table(run(query_store, "collaborations-between-countries", country_a="ir", country_b="RU"), "a", "b", "via")
    assert got == Counter([(ZAGROS, VOLGA, "id:agreement/doc-a-1"), (ZAGROS, VOLGA, "id:event/doc-a-1"),
                           (CASPIAN, VOLGA, "id:event/doc-b-1"), (CASPIAN, VOLGA, "id:event/doc-b-2")])
    swapped = table(run(query_store, "collaborations-between-countries", country_a="RU", country_b="IR"), "b", "a", "via")
    assert swapped == got
    labels = table(run(query_store, "collaborations-between-countries", country_a="EG", country_b="IR"), "aLabel", "bLabel")
    assert set(labels) == {("Институт технологий дельты Нила", "Каспийский медицинский университет")}
    # Zagros and Caspian (both IR) never meet
    assert table(run(query_store, "collaborations-between-countries", country_a="IR", country_b="IR")) == Counter()


def test_partners_ranked(query_store):
    ranked = table(run(query_store, "partners-ranked"), "institution", "partners", "documents")
    assert ranked == Counter([(VOLGA, "3", "2"), (NILE, "2", "1"), (CASPIAN, "2", "1"), (ZAGROS, "1", "1")])
    first = run(query_store, "partners-ranked")["results"]["bindings"][0]
    assert first["label"]["value"] == "Volga State Academy of Sciences"
    iranian = run(query_store, "partners-ranked", country="ir")["results"]["bindings"]
    assert [_short(b["institution"]) for b in iranian] == [CASPIAN, ZAGROS]


def test_events_per_year(query_store):
    assert table(run(query_store, "events-per-year")) == Counter([
        ("2024", "unikg:Meeting", "1"), ("2025", "unikg:Conference", "1"), (None, "unikg:Visit", "1")])


def test_agreements_by_status(query_store):
    assert table(run(query_store, "agreements-by-status")) == Counter([
        ("unikg:active", "unikg:Agreement", "1"), ("unikg:planned", "unikg:CooperationAgreement", "1"),
        ("unikg:signed", "unikg:MemorandumOfUnderstanding", "1")])


@pytest.mark.parametrize("institution, person", [
    ("volga", "id:person/p-sokolova"),                                     # words of a label
    ("ndit", "id:person/p-haddad"),                                        # an acronym
    ("https://w3id.org/unikg/id/institution/x-5e1d0a9c", "id:person/p-haddad"),
    ("https://ror.org/00zagros1", "id:person/p-kamali"),                   # the ROR IRI
])
def test_officials_of_institution(query_store, institution, person):
    got = table(run(query_store, "officials-of-institution", institution=institution), "person")
    assert set(got) == {(person,)}


def test_topics_per_country_pair(query_store):
    pair = table(run(query_store, "topics-per-country-pair", country_a="RU", country_b="ir"),
                 "countryA", "countryB", "topic", "documents")
    assert pair == Counter([("IR", "RU", "topic:Healthcare", "1"), ("IR", "RU", "topic:JointResearch", "1"),
                            ("IR", "RU", "topic:StudentExchange", "1"), ("IR", "RU", "topic:Training", "1")])
    everything = table(run(query_store, "topics-per-country-pair"), "countryA", "countryB")
    assert set(everything) == {("EG", "IR"), ("EG", "RU"), ("IR", "RU")}


def test_evidence_for_pair(query_store):
    got = run(query_store, "evidence-for-pair", a="https://ror.org/00volga22", b="нила")
    assert table(got, "institutionA", "institutionB", "via") == Counter([
        (VOLGA, NILE, "id:agreement/doc-b-2"), (VOLGA, NILE, "id:event/doc-b-1")])
    sentences = {b["sentence"]["value"] for b in got["results"]["bindings"]}
    assert "Академию и институт связывает действующая договорённость." in sentences
    # the same evidence whichever institution comes first
    swapped = run(query_store, "evidence-for-pair", a="Нила", b="https://ror.org/00volga22")
    assert set(table(swapped, "via", "sentence")) == set(table(got, "via", "sentence"))


def test_institution_profile(query_store):
    (row,) = run(query_store, "institution-profile", institution="Volga State")["results"]["bindings"]
    assert _short(row["org"]) == VOLGA
    assert row["label"]["value"] == "Volga State Academy of Sciences"
    assert _short(row["ror"]) == "ror:00volga22" and "wikidata" not in row
    assert {k: row[k]["value"] for k in ("documents", "events", "agreements", "partners", "officials")} == {
        "documents": "2", "events": "3", "agreements": "2", "partners": "3", "officials": "1"}
    (caspian,) = run(query_store, "institution-profile", institution="каспийский")["results"]["bindings"]
    assert {k: caspian[k]["value"] for k in ("events", "agreements", "partners", "officials")} == {
        "events": "2", "agreements": "1", "partners": "2", "officials": "0"}
    assert "ror" not in caspian
    (zagros,) = run(query_store, "institution-profile", institution="https://ror.org/00zagros1")["results"]["bindings"]
    assert zagros["wikidata"]["value"] == "http://www.wikidata.org/entity/Q99000001"
    assert set(zagros["labels"]["value"].split(" | ")) == {"Zagros University of Technology", "دانشگاه صنعتی زاگرس"}


def test_country_network(query_store):
    assert table(run(query_store, "country-network")) == Counter([
        ("IR", "RU", "2", "4", "2"), ("EG", "IR", "1", "2", "1"), ("EG", "RU", "1", "2", "1")])


def test_timeline_in_date_order_and_year_range(query_store):
    rows = run(query_store, "timeline")["results"]["bindings"]
    assert [(b["start"]["value"], _short(b["type"])) for b in rows] == [
        ("2024-03-12", "unikg:Meeting"), ("2025-05-20", "unikg:Conference")]
    assert set(rows[0]["participants"]["value"].split("; ")) == {
        "Zagros University of Technology", "Volga State Academy of Sciences"}
    assert table(run(query_store, "timeline", year_from="2025"), "event") == Counter([("id:event/doc-b-1",)])
    assert table(run(query_store, "timeline", year_to="2024"), "event") == Counter([("id:event/doc-a-1",)])
    assert table(run(query_store, "timeline", year_from="2026")) == Counter()


def test_unlinked_institutions(query_store):
    assert set(table(run(query_store, "unlinked-institutions"), "institution")) == {(NILE,), (CASPIAN,)}
    assert table(run(query_store, "unlinked-institutions", country="EG"), "institution", "countryCode") == Counter(
        [(NILE, "EG")])


def test_persons_by_role(query_store):
    assert set(table(run(query_store, "persons-by-role", role="Rector"), "person")) == {("id:person/p-sokolova",)}
    assert set(table(run(query_store, "persons-by-role", role="декан"), "person")) == {("id:person/p-haddad",)}
    assert sum(table(run(query_store, "persons-by-role")).values()) == 6


# ---------------------------------------------------------------- loading and headers

def test_headers_are_parsed_into_params_and_returns():
    timeline = load_query("timeline")
    assert timeline.title == "Timeline"
    assert [(p.name, p.type, p.required) for p in timeline.params] == [
        ("year_from", "integer", False), ("year_to", "integer", False)]
    assert timeline.returns == ["start", "end", "event", "type", "label", "participants", "document"]
    assert "adds the multilingual ROR names" in load_query("institutions").description   # continuation lines joined
    assert "\n" not in load_query("institutions").description


def test_unknown_query_name_lists_the_available_ones():
    with pytest.raises(QueryError) as err:
        load_query("institutes")
    assert "institutions" in str(err.value) and "timeline" in str(err.value)


def test_load_query_from_a_path(tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\n# description: a test\n"
                    "# param: year  integer  optional  the year,\n#   as four digits\n"
                    "# returns: ?x\nSELECT ?x WHERE { BIND(1 AS ?x) }\n", encoding="utf-8")
    query = load_query(str(path))
    assert (query.name, query.title, query.returns) == ("mine", "Mine", ["x"])
    assert query.params == [Param("year", "integer", False, "the year, as four digits")]


def test_a_plain_query_file_of_the_user_needs_no_header(tmp_path):
    path = tmp_path / "who-signed.rq"
    path.write_text("# Which agreements were signed: a quick look.\nSELECT ?x WHERE { BIND(1 AS ?x) }\n",
                    encoding="utf-8")
    query = load_query(str(path))
    assert (query.name, query.title, query.params) == ("who-signed", "who-signed", [])
    assert query.description == "Which agreements were signed: a quick look."


def test_a_user_file_with_a_header_is_still_checked(tmp_path):
    path = tmp_path / "typo.rq"
    path.write_text("# param: year  integr  optional  the year\nSELECT * {}\n", encoding="utf-8")
    with pytest.raises(QueryError, match="integr"):
        load_query(str(path))
    path.write_text("# param: year  integer  optional  the year\nSELECT * {}\n", encoding="utf-8")
    assert load_query(str(path)).title == "typo"


def test_a_query_file_that_is_not_text_is_named_in_the_error(tmp_path):
    path = tmp_path / "binary.rq"
    path.write_bytes(b"\xff\xfe\x00SELECT")
    with pytest.raises(QueryError, match="binary.rq"):
        load_query(str(path))


@pytest.mark.parametrize("header, complaint", [
    ("# description: no title\n", "title"),
    ("# title: T\n# param: x  colour  required  what\n", "colour"),
    ("# title: T\n# param: x  string  maybe  what\n", "maybe"),
    ("# title: T\n# returns: x y\n", "?name"),
    ("# title: T\n# author: me\n", "author"),
])
def test_malformed_headers_are_rejected(header, complaint):
    with pytest.raises(QueryError, match=complaint.replace("?", r"\?")):
        parse_header(header + "SELECT * {}\n")


# ---------------------------------------------------------------- binding

def test_bind_writes_values_at_the_start_of_the_where_group():
    query = load_query("collaborations-between-countries")
    text = bind(query, {"country_a": "ir", "country_b": "RU"})
    head, _, body = text.partition("WHERE {")
    assert body.lstrip().startswith('VALUES ?country_a { "IR" }\n  VALUES ?country_b { "RU" }')
    assert head == query.text.partition("WHERE {")[0]


@pytest.mark.parametrize("value", ['IR" } ; DROP ALL ; #', "IRN", "I", "1R", ""])
def test_bind_rejects_bad_country_codes(value):
    with pytest.raises(QueryError, match="country_a"):
        bind(load_query("collaborations-between-countries"), {"country_a": value, "country_b": "RU"})


@pytest.mark.parametrize("value", ["https://ror.org/x y", "https://ror.org/x> } ; DROP ALL ; #",
                                   'http://example.org/"x"', "urn:a b"])
def test_bind_rejects_iris_that_do_not_parse(value):
    with pytest.raises(QueryError, match="institution"):
        bind(load_query("officials-of-institution"), {"institution": value})


@pytest.mark.parametrize("value", ["2024 }", "twenty", "20.5", ""])
def test_bind_rejects_non_integers(value):
    with pytest.raises(QueryError, match="year_from"):
        bind(load_query("timeline"), {"year_from": value})


def test_injected_text_stays_a_literal_and_changes_nothing(query_store):
    size = len(query_store)
    attack = 'x" } } ; DROP ALL ; INSERT DATA { <http://e/s> <http://e/p> "o" } #'
    text = bind(load_query("persons-by-role"), {"role": attack})
    assert text.count("DROP ALL") == 1
    assert '"x\\" } } ; DROP ALL ; INSERT DATA { <http://e/s> <http://e/p> \\"o\\" } #"' in text
    assert run_local(query_store, text)["results"]["bindings"] == []
    assert len(query_store) == size
    # words of a label are a literal too, even when they look like SPARQL
    assert table(run(query_store, "officials-of-institution", institution="} UNION { ?s ?p ?o")) == Counter()


def test_bind_names_unknown_and_missing_parameters():
    query = load_query("collaborations-between-countries")
    with pytest.raises(QueryError, match="colour"):
        bind(query, {"country_a": "IR", "country_b": "RU", "colour": "red"})
    with pytest.raises(QueryError, match="country_b"):
        bind(query, {"country_a": "IR"})
    with pytest.raises(QueryError, match="no parameter limit"):
        bind(load_query("documents"), {"limit": "3"})


def test_optional_parameters_left_out_stay_unbound():
    query = load_query("timeline")
    assert bind(query, {}) == query.text
    assert "?year_to {" not in bind(query, {"year_from": "2024"})


def test_where_group_is_found_past_comments_strings_iris_and_subqueries(query_store):
    text = ('# SELECT * WHERE { a comment }\nPREFIX ex: <http://example.org/#where>\n'
            'SELECT ?x ?s WHERE { BIND("where { }" AS ?s) { SELECT ?x WHERE { VALUES ?x { 1 2 } } } }')
    query = NamedQuery("t", None, text, "t", "", [Param("x", "integer", True, "")], ["x", "s"])
    assert text[where_group_start(text) - 10:where_group_start(text)] == "?s WHERE {"
    bound = run_local(query_store, bind(query, {"x": "2"}))
    assert table(bound) == Counter([("2", "where { }")])


def test_construct_and_ask_bind_into_their_where_group(query_store):
    construct = "CONSTRUCT { ?x ?x ?x } WHERE { ?x ?p ?o }"
    assert construct[:where_group_start(construct)].endswith("WHERE {")
    ask = NamedQuery("t", None, "ASK { FILTER(?n > 1) }", "t", "", [Param("n", "integer", True, "")], [])
    assert run_local(query_store, bind(ask, {"n": "2"})) == {"head": {}, "boolean": True}
    assert run_local(query_store, bind(ask, {"n": "0"})) == {"head": {}, "boolean": False}


def test_run_local_reports_syntax_errors_and_graph_results(query_store):
    with pytest.raises(QueryError, match="syntax"):
        run_local(query_store, "SELEC ?x WHERE {}")
    with pytest.raises(QueryError, match="SELECT and ASK"):
        run_local(query_store, "CONSTRUCT WHERE { ?s ?p ?o }")


def test_blank_nodes_and_typed_literals_convert_to_w3c_terms(query_store):
    got = run_local(query_store, 'SELECT ?b ?n ?s WHERE { BIND(BNODE() AS ?b) BIND(3 AS ?n) BIND("s" AS ?s) }')
    row = got["results"]["bindings"][0]
    assert row["b"]["type"] == "bnode" and row["b"]["value"]
    assert row["n"] == {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert row["s"] == {"type": "literal", "value": "s"}


# ---------------------------------------------------------------- paging

@pytest.mark.parametrize("query", [q for q in ALL if q.returns and is_ordered(q.text)], ids=lambda q: q.name)
def test_pages_of_an_ordered_query_add_up_to_its_rows(query, query_store, query_params):
    text = bind(query, query_params.get(query.name, {}))
    everything = run_local(query_store, text)["results"]["bindings"]
    pages = [run_local(query_store, page(text, 2, k))["results"]["bindings"] for k in range(0, len(everything) + 2, 2)]
    assert [row for p in pages for row in p] == everything
    assert run_local(query_store, page(text, offset=1))["results"]["bindings"] == everything[1:]
    assert run_local(query_store, page(text, 0))["results"]["bindings"] == []


def test_page_adds_limit_and_offset_after_the_order_and_before_a_trailing_values_block():
    text = bind(load_query("timeline"), {"year_from": "2024"})
    assert page(text) == text
    assert page(text, 10, 20).endswith("ORDER BY ?start ?event ?type ?end ?document\nLIMIT 10\nOFFSET 20\n")
    trailing = "SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x\nVALUES ?x { <http://e/x> }"
    assert page(trailing, 5) == "SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x\nLIMIT 5\nVALUES ?x { <http://e/x> }"
    assert is_ordered(text) and not is_ordered(load_query("network-topics").text)


@pytest.mark.parametrize("text, limit, offset, complaint", [
    ("SELECT ?x WHERE { ?x ?p ?o }", -1, None, "limit"),
    ("SELECT ?x WHERE { ?x ?p ?o }", None, True, "offset"),
    ("SELECT ?x WHERE { ?x ?p ?o }", "10", None, "limit"),
    ("SELECT ?x WHERE { ?x ?p ?o } LIMIT 3", 10, None, "LIMIT or OFFSET of its own"),
    ("ASK { ?x ?p ?o }", 10, None, "only SELECT"),
])
def test_page_refuses_what_it_cannot_page(text, limit, offset, complaint):
    with pytest.raises(QueryError, match=complaint):
        page(text, limit, offset)


def test_a_limit_inside_a_subquery_is_not_the_query_s_own():
    text = load_query("events").text      # its class set is a subquery with a LIMIT
    assert "LIMIT 1000" in text
    assert page(text, 5).endswith("LIMIT 5\n")


def test_command_line_pages_with_limit_and_offset_and_gives_all_rows_without(tmp_path, query_dataset):
    import subprocess
    import sys
    store = ox.Store(str(tmp_path / "store"))
    store.load(path=str(query_dataset), format=ox.RdfFormat.TRIG)
    store.flush()
    del store

    def files(*extra: str) -> list[str]:
        proc = subprocess.run([sys.executable, "-m", "unikg", "query", "documents", "--store", str(tmp_path / "store"),
                               "--format", "json", *extra], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return [b["file"]["value"] for b in json.loads(proc.stdout)["results"]["bindings"]]
    assert files() == ["doc-a.txt", "doc-b.txt"]
    assert files("--limit", "1") == ["doc-a.txt"]
    assert files("--limit", "1", "--offset", "1") == ["doc-b.txt"]


# ---------------------------------------------------------------- formats

AWKWARD = {
    "head": {"vars": ["s", "label", "n", "b"]},
    "results": {"bindings": [
        {"s": {"type": "uri", "value": "https://w3id.org/unikg/id/institution/x-1"},
         "label": {"type": "literal", "value": 'Univ, "North"\nCampus\tB', "xml:lang": "en"},
         "n": {"type": "literal", "value": "5", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
         "b": {"type": "bnode", "value": "b0"}},
        {"s": {"type": "uri", "value": "http://example.org/other"}},
    ]},
}


def test_json_is_the_w3c_structure(query_store):
    results = run(query_store, "institutions")
    parsed = json.loads(format_results(results, "json"))
    assert parsed == results
    assert parsed["head"]["vars"] == CONTRACT["institutions"]
    assert all(set(term) <= {"type", "value", "xml:lang", "datatype"}
               for row in parsed["results"]["bindings"] for term in row.values())
    assert json.loads(format_results(AWKWARD, "json")) == AWKWARD


def test_json_puts_one_binding_on_each_line_and_keeps_empty_results_valid():
    lines = format_results(AWKWARD, "json").splitlines()
    assert len(lines) == 2 + len(AWKWARD["results"]["bindings"]) + 1
    assert [json.loads(line.strip().rstrip(",")) for line in lines[2:-1]] == AWKWARD["results"]["bindings"]
    empty = {"head": {"vars": ["s"]}, "results": {"bindings": []}}
    assert json.loads(format_results(empty, "json")) == empty


def test_table_pads_by_terminal_columns_not_characters():
    # a Persian word with a combining mark, a wide CJK name and plain ASCII line up
    names = ["دانشگاهِ تهران", "北京大学", "Tomsk"]
    results = {"head": {"vars": ["label", "n"]}, "results": {"bindings": [
        {"label": {"type": "literal", "value": name}, "n": {"type": "literal", "value": "1"}}
        for name in names]}}
    rows = format_results(results, "table").splitlines()[2:5]
    widths = [14 - 1, 8, 5]    # the kasra takes no column, each CJK character two
    assert [row.index("1") for row in rows] == [max(widths) + 2 + (len(name) - w)
                                                for name, w in zip(names, widths)]


def test_csv_quotes_commas_quotes_and_newlines():
    text = format_results(AWKWARD, "csv")
    assert text == ('s,label,n,b\r\n'
                    'https://w3id.org/unikg/id/institution/x-1,"Univ, ""North""\nCampus\tB",5,_:b0\r\n'
                    'http://example.org/other,,,\r\n')
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["s", "label", "n", "b"],
        ["https://w3id.org/unikg/id/institution/x-1", 'Univ, "North"\nCampus\tB', "5", "_:b0"],
        ["http://example.org/other", "", "", ""]]


def test_tsv_writes_terms_in_sparql_syntax():
    lines = format_results(AWKWARD, "tsv").split("\n")
    assert lines[0] == "?s\t?label\t?n\t?b"
    assert lines[1] == ('<https://w3id.org/unikg/id/institution/x-1>\t"Univ, \\"North\\"\\nCampus\\tB"@en\t'
                        '"5"^^<http://www.w3.org/2001/XMLSchema#integer>\t_:b0')
    assert lines[2] == "<http://example.org/other>\t\t\t"
    assert lines[3:] == [""]


def test_table_aligns_columns_and_compacts_iris(query_store):
    text = format_results(run(query_store, "documents"), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["?document", "?file"]
    assert lines[2].split() == ["id:document/doc-a", "doc-a.txt"]
    assert lines[3].split() == ["id:document/doc-b", "doc-b.txt"]
    second_column = lines[1].index("  -") + 2
    assert lines[0].index("?file") == lines[2].index("doc-a.txt") == lines[3].index("doc-b.txt") == second_column
    assert lines[-1] == "(2 rows)"


def test_table_keeps_one_line_per_row_and_shows_language():
    lines = format_results(AWKWARD, "table").splitlines()
    assert len(lines) == 5
    assert 'Univ, "North" Campus B @en' in lines[2] and "id:institution/x-1" in lines[2]
    assert lines[3].startswith("<http://example.org/other>")


def test_ask_results_in_every_format():
    yes = {"head": {}, "boolean": True}
    assert json.loads(format_results(yes, "json")) == yes
    assert format_results(yes, "table") == "true\n"
    assert format_results({"head": {}, "boolean": False}, "csv") == "false\r\n"


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="table, json, csv, tsv"):
        format_results(AWKWARD, "xml")
