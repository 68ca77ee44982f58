"""The named queries give the same rows as their plain formulations.

Several queries are written for Oxigraph's planner (class sets looked up in the index,
facts of shared resources read once, pairs joined on hash tables, MINUS instead of
FILTER NOT EXISTS). `tests/data/queries/reference/` keeps the plain formulations they
replaced; each is run beside the named query on the bundled corpus, on the hand-made
dataset and on that dataset with subclasses declared by the ontology graph, and the rows
must be the same multiset (row order is the engine's where ORDER BY leaves ties).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from unikg.query import bind, load_query, run_local

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = sorted((ROOT / "tests" / "data" / "queries" / "reference").glob("*.rq"))
# GROUP_CONCAT joins values in an order SPARQL leaves open
CONCATENATED = {"participants": "; ", "labels": " | "}

UNIKG = "https://w3id.org/unikg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
ONTOLOGY = ox.NamedNode("https://w3id.org/unikg/graph/ontology")
DOC_A = ox.NamedNode("https://w3id.org/unikg/id/document/doc-a")
DOC_B = ox.NamedNode("https://w3id.org/unikg/id/document/doc-b")


def rows(results: dict) -> Counter:
    out = Counter()
    for binding in results["results"]["bindings"]:
        row = []
        for name in results["head"]["vars"]:
            term = binding.get(name)
            if term is not None and name in CONCATENATED:
                sep = CONCATENATED[name]
                term = dict(term, value=sep.join(sorted(term["value"].split(sep))))
            row.append(json.dumps(term, sort_keys=True, ensure_ascii=False))
        out[tuple(row)] += 1
    return out


def same_rows(store: ox.Store, name: str, params: dict[str, str]) -> None:
    named, plain = load_query(name), load_query(str(ROOT / "tests/data/queries/reference" / f"{name}.rq"))
    values = {k: v for k, v in params.items() if named.param(k)}
    got, want = run_local(store, bind(named, values)), run_local(store, bind(plain, values))
    assert got["head"]["vars"] == want["head"]["vars"]
    assert rows(got) == rows(want), f"{name} {values}"


def parameter_sets(name: str, base: dict[str, str]) -> list[dict[str, str]]:
    """Default parameters, the required ones from `base`, and each optional one set."""
    query = load_query(name)
    required = {p.name: base[p.name] for p in query.params if p.required}
    sets = [required]
    for p in query.params:
        if not p.required and p.name in base:
            sets.append({**required, p.name: base[p.name]})
    return sets


def test_every_rewritten_query_has_its_plain_formulation():
    assert len(REFERENCE) >= 10
    for path in REFERENCE:
        assert load_query(path.stem).returns == load_query(str(path)).returns


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> ox.Store:
    """The bundled corpus, built as `unikg build` does it."""
    from unikg.build import build
    path = tmp_path_factory.mktemp("bundled") / "store"
    build([ROOT / "graph_data" / "documents"], path, validate=False, progress=False)
    return ox.Store.read_only(str(path))


def _bundled_params(store: ox.Store) -> list[dict[str, str]]:
    """Values found in the bundled graph: a collaborating pair, its countries, a year."""
    row = next(iter(store.query(
        "PREFIX unikg: <https://w3id.org/unikg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?a ?b ?ca ?cb ?label WHERE { GRAPH ?g { ?v unikg:participant ?a , ?b } FILTER (?a != ?b) "
        "?a unikg:countryCode ?ca . ?b unikg:countryCode ?cb . ?a rdfs:label ?label } "
        "ORDER BY ?a ?b ?label LIMIT 1", use_default_graph_as_union=True)))
    words = row["label"].value.split()[-1]
    iris = {"institution": row["a"].value, "a": row["a"].value, "b": row["b"].value,
            "country_a": row["ca"].value, "country_b": row["cb"].value, "country": row["ca"].value,
            "year_from": "2023", "year_to": "2024", "role": "rector"}
    return [iris, {**iris, "institution": words, "a": words, "country_b": row["ca"].value}]


@pytest.mark.parametrize("name", [p.stem for p in REFERENCE])
def test_same_rows_on_the_bundled_corpus(bundled, name):
    for base in _bundled_params(bundled):
        for params in parameter_sets(name, base):
            same_rows(bundled, name, params)


def _test_dataset_params(query_params: dict) -> list[dict[str, str]]:
    first = {k: v for values in query_params.values() for k, v in values.items()}
    first.update(country="IR", year_from="2025", year_to="2024", role="rector")
    return [first, {**first, "institution": "https://w3id.org/unikg/id/institution/x-5e1d0a9c",
                    "a": "zagros", "b": "https://ror.org/00volga22", "country": "RU", "role": "декан"}]


@pytest.mark.parametrize("name", [p.stem for p in REFERENCE])
def test_same_rows_on_the_hand_made_dataset(query_store, query_params, name):
    for base in _test_dataset_params(query_params):
        for params in parameter_sets(name, base):
            same_rows(query_store, name, params)


@pytest.fixture
def with_subclasses(query_store) -> ox.Store:
    """The hand-made dataset with classes the fixed lists do not name: a workshop (a kind of
    meeting), a framework agreement and a technical university, each used beside the
    broader class it lies below."""
    def u(local: str) -> ox.NamedNode:
        return ox.NamedNode(UNIKG + local)
    for narrower, broader in (("Workshop", "Meeting"), ("FrameworkAgreement", "CooperationAgreement"),
                              ("TechnicalUniversity", "University")):
        query_store.add(ox.Quad(u(narrower), SUBCLASS, u(broader), ONTOLOGY))
    for subject, cls, graph in (("event/doc-a-1", "Workshop", DOC_A), ("agreement/doc-b-1", "FrameworkAgreement", DOC_B),
                                ("institution/ror-00zagros1", "TechnicalUniversity", DOC_A)):
        query_store.add(ox.Quad(ox.NamedNode("https://w3id.org/unikg/id/" + subject), RDF_TYPE, u(cls), graph))
    return query_store


@pytest.mark.parametrize("name", [p.stem for p in REFERENCE])
def test_same_rows_with_subclasses_declared_by_the_ontology(with_subclasses, query_params, name):
    for base in _test_dataset_params(query_params):
        for params in parameter_sets(name, base):
            same_rows(with_subclasses, name, params)


def test_the_most_specific_declared_subclass_is_reported(with_subclasses):
    def types(name: str, var: str, local: str) -> set[str]:
        got = run_local(with_subclasses, bind(load_query(name), {}))["results"]["bindings"]
        return {b["type"]["value"].rsplit("#", 1)[1] for b in got if b[var]["value"].endswith("/" + local)}
    assert types("events", "event", "doc-a-1") == {"Workshop"}           # not Meeting as well
    assert types("agreements", "agreement", "doc-b-1") == {"FrameworkAgreement"}
    institutions = run_local(with_subclasses, bind(load_query("institutions"), {}))["results"]["bindings"]
    assert any(b["institution"]["value"].endswith("ror-00zagros1") for b in institutions)
