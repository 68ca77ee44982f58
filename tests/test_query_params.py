"""bind() gives a parameter its value in every group of the query that uses it.

The outermost WHERE group always gets the `VALUES ?param { term }` block (optional
parameters are tested there with BOUND); a nested group that uses the variable itself
(a UNION branch, an OPTIONAL, a FILTER EXISTS, a subquery's WHERE group) gets it too, so
that the value reaches places a join with the outer block does not: a BIND or a FILTER in
a nested group, a subquery the planner evaluates on its own.
"""
from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

from unikg.query import NamedQuery, Param, bind, load_query, run_local

INSTITUTION = "https://w3id.org/unikg/id/institution/ror-00zagros1"


def named(text: str, *params: Param) -> NamedQuery:
    return NamedQuery("t", None, text, "t", "", list(params), [])


def values(results: dict, name: str) -> Counter:
    return Counter(b[name]["value"] if name in b else None for b in results["results"]["bindings"])


N = Param("n", "integer", True, "")
WORDS = Param("w", "string", False, "")


def test_nested_groups_that_use_the_parameter_get_its_value():
    text = ("SELECT ?x WHERE {\n"
            "  { BIND (?n * 2 AS ?x) }\n"
            "  UNION { SELECT ?x WHERE { BIND (?n + 1 AS ?x) } }\n"
            "  UNION { SELECT (?n AS ?x) WHERE { } }\n"
            "}")
    bound = bind(named(text, N), {"n": "5"})
    term = '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    block = f"VALUES ?n {{ {term} }}"
    assert bound.count(block) == 4          # outermost, branch, two subquery WHERE groups
    assert bound.startswith(f"SELECT ?x WHERE {{\n  {block}\n")
    assert f"{{ {block} BIND (?n * 2 AS ?x) }}" in bound
    assert f"{{ SELECT ?x WHERE {{ {block} BIND (?n + 1 AS ?x) }} }}" in bound
    # a subquery that uses the parameter only in its projection gets it in its WHERE group
    assert f"{{ SELECT (?n AS ?x) WHERE {{ {block} }} }}" in bound
    got = run_local(ox.Store(), bound)
    assert values(got, "x") == Counter({"10": 1, "6": 1, "5": 1})


def test_groups_that_do_not_use_the_parameter_are_left_as_written():
    text = ("SELECT ?x WHERE { ?x ?p ?o OPTIONAL { ?x ?q ?r } { SELECT ?x WHERE { ?x ?p ?n } } "
            "FILTER (?n > 1) }")
    bound = bind(named(text, N), {"n": "2"})
    assert bound.count("VALUES ?n") == 2    # the outermost group and the subquery using ?n
    assert "OPTIONAL { ?x ?q ?r }" in bound
    # a query using its parameters only in its outermost group reads as before
    timeline = load_query("timeline")
    text = bind(timeline, {"year_from": "2024"})
    assert text.count("VALUES ?year_from") == 1
    assert text.replace('  VALUES ?year_from { "2024"^^<http://www.w3.org/2001/XMLSchema#integer> }\n', "", 1) \
        .replace("WHERE {\n\n", "WHERE {\n", 1) == timeline.text


def test_values_blocks_templates_and_unbound_parameters_are_not_touched():
    text = ("CONSTRUCT { ?s ?p ?n } WHERE { VALUES ?s { <http://e/s> } "
            "{ SELECT ?p WHERE { VALUES (?p ?q) { (<http://e/p> UNDEF) } } } FILTER (BOUND(?n)) }")
    query = named(text, N, WORDS)
    bound = bind(query, {"n": "3"})
    assert bound.startswith("CONSTRUCT { ?s ?p ?n } WHERE {")          # the template is not a group
    assert "VALUES ?w" not in bound                                    # not given: stays unbound
    assert "VALUES ?s { <http://e/s> }" in bound and "{ (<http://e/p> UNDEF) }" in bound
    assert bound.count("VALUES ?n") == 1
    assert bind(named(text, WORDS), {}) == text


def test_the_value_reaches_filter_exists_and_optional_groups(query_store):
    text = ("SELECT ?name ?given WHERE { ?org <http://www.w3.org/2000/01/rdf-schema#label> ?name "
            "FILTER EXISTS { FILTER (sameTerm(?org, ?i)) } "
            "OPTIONAL { BIND (STR(?i) AS ?given) } }")
    query = named(text, Param("i", "institution", True, ""))
    got = run_local(query_store, bind(query, {"i": INSTITUTION}))
    assert set(values(got, "name")) == {"Zagros University of Technology", "دانشگاه صنعتی زاگرس"}
    assert set(values(got, "given")) == {INSTITUTION}


def test_a_value_that_looks_like_sparql_stays_one_literal_in_every_group(query_store):
    attack = '"} } UNION { ?s ?p ?o } #'
    text = bind(load_query("officials-of-institution"), {"institution": attack})
    assert text.count('"\\"} } UNION { ?s ?p ?o } #"') == text.count("VALUES ?institution") >= 3
    assert run_local(query_store, text)["results"]["bindings"] == []


@pytest.mark.parametrize("name, params", [
    ("officials-of-institution", {"institution": INSTITUTION}),
    ("officials-of-institution", {"institution": "https://ror.org/00zagros1"}),
    ("officials-of-institution", {"institution": "zagros"}),
    ("institution-profile", {"institution": "https://ror.org/00volga22"}),
    ("institution-profile", {"institution": "VOLGA"}),
    ("evidence-for-pair", {"a": "https://ror.org/00zagros1", "b": "volga"}),
])
def test_the_institution_queries_match_iris_links_and_words(query_store, name, params):
    got = run_local(query_store, bind(load_query(name), params))["results"]["bindings"]
    assert got
    column = {"officials-of-institution": "organization", "institution-profile": "org",
              "evidence-for-pair": "institutionA"}[name]
    assert {row[column]["value"].rsplit("/", 1)[1] for row in got} \
        <= {"ror-00zagros1", "ror-00volga22"}


def test_collaborations_between_countries_reads_the_countries_in_its_subqueries(query_store):
    text = bind(load_query("collaborations-between-countries"), {"country_a": "IR", "country_b": "RU"})
    assert 'WHERE { VALUES ?country_a { "IR" } ?a unikg:countryCode ?country_a }' in text
    assert 'WHERE { VALUES ?country_b { "RU" } ?b unikg:countryCode ?country_b }' in text
