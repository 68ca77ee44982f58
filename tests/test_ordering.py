"""ORDER BY applied in Python (`unikg.ordering`, `unikg.query.split_order_by`) gives the
order Oxigraph gives, and hands back to Oxigraph what it cannot order itself."""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from unikg.ordering import column_keys, sort_rows
from unikg.query import bind, list_queries, run_local, select_local, split_order_by

ROOT = Path(__file__).resolve().parent.parent
XSD = "http://www.w3.org/2001/XMLSchema#"


def iri(local: str) -> ox.NamedNode:
    return ox.NamedNode(f"https://example.org/{local}")


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


# ---------------------------------------------------------------- the text split

def test_split_takes_the_keys_and_the_modifiers_after_them():
    plan = split_order_by("SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY ?a DESC(?b) asc($a) LIMIT 10 OFFSET 20")
    assert plan.keys == [("a", False), ("b", True), ("a", False)]
    assert (plan.limit, plan.offset) == (10, 20)
    assert "ORDER" not in plan.unordered and "LIMIT" not in plan.unordered
    assert plan.unordered.strip() == "SELECT ?a ?b WHERE { ?a ?p ?b }"


def test_split_keeps_a_trailing_values_block_and_skips_comments():
    text = "SELECT ?a WHERE { ?a ?p ?o }\nORDER BY ?a # by name\n  OFFSET 3\nVALUES ?a { <https://example.org/x> }"
    plan = split_order_by(text)
    assert plan.keys == [("a", False)] and plan.offset == 3 and plan.limit is None
    assert plan.unordered.rstrip().endswith("VALUES ?a { <https://example.org/x> }")


@pytest.mark.parametrize("text", [
    "SELECT ?a WHERE { ?a ?p ?o }",                                        # no order
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY STR(?a)",                       # an expression
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY DESC(COUNT(?o))",
    "SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?o",                            # not returned
    "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a LIMIT 2 } }",   # inner only
    "ASK { ?a ?p ?o }",
    "CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o } ORDER BY ?a",
])
def test_split_leaves_other_queries_to_the_engine(text):
    assert split_order_by(text) is None


def test_split_accepts_a_key_bound_by_an_aggregate_and_select_star():
    assert split_order_by("SELECT ?a (COUNT(?o) AS ?n) WHERE { ?a ?p ?o } GROUP BY ?a ORDER BY DESC(?n) ?a").keys \
        == [("n", True), ("a", False)]
    assert split_order_by("SELECT * WHERE { ?a ?p ?o } ORDER BY ?o").keys == [("o", False)]


# ---------------------------------------------------------------- the keys

def test_kinds_of_terms_come_in_sparql_order():
    terms = [typed("3", "integer"), iri("b"), None, ox.BlankNode("x1"), iri("a")]
    rows = [(t,) for t in terms]
    got = sort_rows(["v"], rows, [("v", False)])
    assert [r[0] for r in got] == [None, ox.BlankNode("x1"), iri("a"), iri("b"), typed("3", "integer")]


def test_numbers_sort_by_value_and_strings_by_code_point():
    numbers = [typed("10", "integer"), typed("9", "integer"), typed("9.5", "decimal"), typed("-1e1", "double")]
    assert [r[0].value for r in sort_rows(["n"], [(t,) for t in numbers], [("n", False)])] == ["-1e1", "9", "9.5", "10"]
    words = [ox.Literal("b"), ox.Literal("B"), ox.Literal("ä"), ox.Literal("a")]
    assert [r[0].value for r in sort_rows(["s"], [(t,) for t in words], [("s", False)])] == ["B", "a", "b", "ä"]


def test_descending_keys_and_ties_keep_the_engine_order():
    rows = [(iri("x"), typed("1", "integer")), (iri("y"), typed("2", "integer")),
            (iri("z"), typed("1", "integer")), (iri("w"), typed("2", "integer"))]
    got = sort_rows(["s", "n"], rows, [("n", True)])
    assert [r[0] for r in got] == [iri("y"), iri("w"), iri("x"), iri("z")]


@pytest.mark.parametrize("column", [
    [typed("1", "integer"), ox.Literal("1")],                               # numbers with strings
    [typed("2024-01-01T10:00:00", "dateTime"), typed("2024-01-02T09:00:00", "dateTime")],
    [typed("2024-01-01+03:30", "date"), typed("2024-01-01", "date")],      # a time zone
    [typed("NaN", "double"), typed("1", "double")],
    [typed("one", "integer")],                                             # not a number
    [typed("1", "int")],                                                   # derived types: left to the engine
    [typed("17.97", "decimal"), typed("17.97", "double")],                 # compared as doubles by Oxigraph
])
def test_columns_this_module_does_not_order_are_refused(column):
    assert sort_rows(["v"], [(t,) for t in column], [("v", False)]) is None


def test_an_iri_column_is_keyed_by_its_text_with_unbound_first():
    assert column_keys([iri("b"), None, iri("a")]) == ["https://example.org/b", "", "https://example.org/a"]


# ---------------------------------------------------------------- against Oxigraph

def _random_term(rng: random.Random, kind: str):
    if rng.random() < 0.1:
        return None
    if kind == "iri":
        return iri(rng.choice(["a", "b", "ab", "B", "а", "z/1", "z/10", "z/9"]))
    if kind == "number":
        # quarters and eighths are doubles exactly, so every value can be ordered here
        return rng.choice([typed(str(rng.randint(-20, 20)), "integer"), typed(f"{rng.randint(-80, 80) / 4:.2f}", "decimal"),
                           typed(f"{rng.randint(-160, 160) / 8:.3e}", "double")])
    if kind == "text":
        value = rng.choice(["", "a", "A", "ab", "b", "دانشگاه", "университет", "Ünï", "a b"])
        return rng.choice([ox.Literal(value), ox.Literal(value, language=rng.choice(["en", "fa", "ru"])),
                           typed(f"20{rng.randint(10, 30)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "date")])
    return rng.choice([iri("m"), ox.Literal("m"), typed("7", "integer")])   # mixed kinds: Oxigraph sorts


def _values_query(rows: list[tuple], order: str) -> str:
    def cell(term):
        return "UNDEF" if term is None else str(term)
    body = " ".join("(" + " ".join(cell(t) for t in row) + ")" for row in rows)
    return f"SELECT ?x ?y ?z WHERE {{ VALUES (?x ?y ?z) {{ {body} }} }} ORDER BY {order}"


def _keyed(rows, names, keys):
    at = {n: i for i, n in enumerate(names)}
    return [tuple(str(r[at[k]]) for k, _ in keys) for r in rows]


@pytest.mark.parametrize("seed", range(12))
def test_the_order_is_oxigraphs_on_random_rows(seed):
    rng = random.Random(seed)
    # the last seeds mix kinds in a column, which Oxigraph then sorts itself
    kinds = rng.choices(["iri", "number", "text"] + (["mixed"] if seed >= 9 else []), k=3)
    rows = [tuple(_random_term(rng, kind) for kind in kinds) for _ in range(60)]
    order = " ".join(rng.choice(["?{}", "DESC(?{})"]).format(v) for v in rng.sample(["x", "y", "z"], 3))
    text = _values_query(rows, order)
    store = ox.Store()
    native = [tuple(s) for s in store.query(text)]
    names, mine = select_local(store, text)
    keys = split_order_by(text).keys
    assert (sort_rows(names, mine, keys) is None) == ("mixed" in kinds)
    assert _keyed(mine, names, keys) == _keyed(native, names, keys)   # rows equal on every key may swap
    assert Counter(map(str, mine)) == Counter(map(str, native))


def test_a_limit_and_offset_page_the_sorted_rows():
    rows = [(iri(f"p{i:02d}"), typed(str(i % 7), "integer"), ox.Literal("t")) for i in range(40)]
    store = ox.Store()
    whole = select_local(store, _values_query(rows, "DESC(?y) ?x"))[1]
    page = select_local(store, _values_query(rows, "DESC(?y) ?x") + " LIMIT 5 OFFSET 12")[1]
    assert page == whole[12:17]
    native = [tuple(s) for s in store.query(_values_query(rows, "DESC(?y) ?x") + " LIMIT 5 OFFSET 12")]
    assert page == native


def test_a_column_it_cannot_order_is_sorted_by_oxigraph():
    rows = [(typed(v, "dateTime"), iri("a"), ox.Literal("t")) for v in
            ("2024-05-01T10:00:00Z", "2024-05-01T09:00:00-05:00", "2023-12-31T23:00:00Z")]
    text = _values_query(rows, "?x")
    store = ox.Store()
    # chronological (09:00-05:00 is 14:00 UTC), not the order of the text
    assert [r[0].value for r in select_local(store, text)[1]] == \
        ["2023-12-31T23:00:00Z", "2024-05-01T10:00:00Z", "2024-05-01T09:00:00-05:00"]


# ---------------------------------------------------------------- the named queries

@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> ox.Store:
    from unikg.build import build
    path = tmp_path_factory.mktemp("bundled-order") / "store"
    build([ROOT / "graph_data" / "documents"], path, validate=False, progress=False)
    return ox.Store.read_only(str(path))


def _check_named_queries(store: ox.Store, params: dict[str, dict[str, str]]) -> int:
    checked = 0
    for query in list_queries():
        if any(p.required for p in query.params) and query.name not in params:
            continue
        text = bind(query, params.get(query.name, {}))
        plan = split_order_by(text)
        if plan is None:
            continue
        native = [tuple(s) for s in store.query(text, use_default_graph_as_union=True)]
        names, mine = select_local(store, text)
        assert _keyed(mine, names, plan.keys) == _keyed(native, names, plan.keys), query.name
        assert Counter(map(str, mine)) == Counter(map(str, native)), query.name
        checked += bool(native)
    return checked


def test_named_queries_keep_oxigraphs_order_on_the_hand_made_dataset(query_store, query_params):
    assert _check_named_queries(query_store, query_params) >= 15


def test_named_queries_keep_oxigraphs_order_on_the_bundled_corpus(bundled):
    row = next(iter(bundled.query(
        "PREFIX unikg: <https://w3id.org/unikg/ontology#> SELECT ?a ?b WHERE { GRAPH ?g { ?v unikg:participant ?a , ?b } "
        "FILTER (?a != ?b) } ORDER BY ?a ?b LIMIT 1", use_default_graph_as_union=True)))
    a, b = row["a"].value, row["b"].value
    params = {"collaborations-between-countries": {"country_a": "IR", "country_b": "RU"},
              "officials-of-institution": {"institution": a}, "institution-profile": {"institution": a},
              "evidence-for-pair": {"a": a, "b": b}}
    assert _check_named_queries(bundled, params) >= 15


def test_run_local_returns_the_sorted_rows_as_json(query_store):
    text = "SELECT ?s WHERE { ?s a ?c } ORDER BY DESC(?s) LIMIT 2"
    got = [b["s"]["value"] for b in run_local(query_store, text)["results"]["bindings"]]
    native = [s["s"].value for s in query_store.query(text, use_default_graph_as_union=True)]
    assert got == native and len(got) == 2
