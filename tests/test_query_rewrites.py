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


# ---------------------------------------------------------------- institution parameters

# The queries that take an institution find what it names before reading anything else
# (an IRI: the institution's own or one it links to with skos:exactMatch; otherwise words
# of a label, case-insensitively). Each kind of value must give the rows of the plain
# formulation, which tests every candidate row in a FILTER.
INSTITUTION_QUERIES = ("evidence-for-pair", "institution-profile", "officials-of-institution")
ID = "https://w3id.org/unikg/id/institution/"
ZAGROS, VOLGA, NILE = ID + "ror-00zagros1", ID + "ror-00volga22", ID + "x-5e1d0a9c"
HAND_MADE_INSTITUTIONS = [
    ZAGROS, VOLGA, NILE,                                # the institutions' own IRIs
    "https://ror.org/00volga22", "https://ror.org/00zagros1",   # ROR IRIs
    "http://www.wikidata.org/entity/Q99000001",         # another skos:exactMatch link
    "volga", "ZUT", "zut", "НИЛА", "university", "наук",  # words, any case, any script
    "https://ror.org/00nothing", "urn:x-none:1", "no such words",
]
HAND_MADE_PAIRS = [
    (ZAGROS, VOLGA), ("https://ror.org/00volga22", ZAGROS), ("zut", "https://ror.org/00volga22"),
    ("Нила", "каспийский"), ("наук", "нила"), (VOLGA, "academy"), ("a", "a"), ("а", "а"),
    (NILE, "https://ror.org/00nothing"), ("no such words", VOLGA),
]


def _institution_params(name: str, institutions: list[str], pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    if name == "evidence-for-pair":
        return [{"a": a, "b": b} for a, b in pairs]
    return [{"institution": value} for value in institutions]


def _rows_in_all(store: ox.Store, name: str, params: list[dict[str, str]]) -> int:
    """Checks each parameter set against the plain formulation; the rows found in all."""
    for values in params:
        same_rows(store, name, values)
    return sum(len(run_local(store, bind(load_query(name), values))["results"]["bindings"]) for values in params)


@pytest.mark.parametrize("name", INSTITUTION_QUERIES)
def test_every_kind_of_institution_value_gives_the_plain_rows(query_store, name):
    params = _institution_params(name, HAND_MADE_INSTITUTIONS, HAND_MADE_PAIRS)
    assert _rows_in_all(query_store, name, params) > 0


@pytest.mark.parametrize("name", INSTITUTION_QUERIES)
def test_every_kind_of_institution_value_gives_the_plain_rows_with_subclasses(with_subclasses, name):
    params = _institution_params(name, HAND_MADE_INSTITUTIONS, HAND_MADE_PAIRS)
    assert _rows_in_all(with_subclasses, name, params) > 0


def _bundled_institutions(store: ox.Store) -> tuple[list[str], list[tuple[str, str]]]:
    """An institution of the bundled corpus with a ROR link, posts and a partner: its IRI,
    its ROR IRI, its acronym, a word of its label; and pairs of it with the partner."""
    row = next(iter(store.query(
        "PREFIX unikg: <https://w3id.org/unikg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX org: <http://www.w3.org/ns/org#> "
        "SELECT ?a ?ror ?b (SAMPLE(?acronym) AS ?short) (SAMPLE(?name) AS ?label) WHERE { "
        "  GRAPH ?g { ?v unikg:participant ?a , ?b } FILTER (!sameTerm(?a, ?b)) "
        "  ?a skos:exactMatch ?ror FILTER STRSTARTS(STR(?ror), 'https://ror.org/') "
        "  FILTER EXISTS { ?m org:organization ?a } ?a rdfs:label ?name "
        "  OPTIONAL { ?a skos:altLabel ?acronym } } "
        "GROUP BY ?a ?ror ?b ORDER BY ?a ?b LIMIT 1", use_default_graph_as_union=True)))
    a, ror, b = row["a"].value, row["ror"].value, row["b"].value
    word = max(row["label"].value.split(), key=len).upper()
    words = [word] + ([row["short"].value.lower()] if row["short"] is not None else [])
    return [a, ror, *words], [(a, b), (ror, b), (b, ror), (words[-1], b), (word, word)]


@pytest.mark.parametrize("name", INSTITUTION_QUERIES)
def test_every_kind_of_institution_value_gives_the_plain_rows_on_the_bundled_corpus(bundled, name):
    institutions, pairs = _bundled_institutions(bundled)
    assert _rows_in_all(bundled, name, _institution_params(name, institutions, pairs)) > 0


EDGE_CASES = """
@prefix unikg: <https://w3id.org/unikg/ontology#> .
@prefix id:    <https://w3id.org/unikg/id/> .
@prefix org:   <http://www.w3.org/ns/org#> .
@prefix foaf:  <http://xmlns.com/foaf/0.1/> .
@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .

<https://w3id.org/unikg/graph/ontology> {
  unikg:TechnicalUniversity rdfs:subClassOf unikg:University .
  unikg:University rdfs:subClassOf unikg:Institution .
}
id:document\\/x {
  id:institution\\/alpha a unikg:University ; unikg:mentionedIn id:document\\/x ;
    rdfs:label "Alpha University"@en, "Альфа"@ru ; skos:altLabel "AU" ; unikg:countryCode "IR" ;
    skos:exactMatch <https://ror.org/0alpha001>, <http://www.wikidata.org/entity/Q1> .
  id:institution\\/beta a unikg:ResearchInstitute ; unikg:mentionedIn id:document\\/x ;
    rdfs:label "Beta Institute"@en, "Бета"@ru ; skos:altLabel "not https://ror.org/0alpha001" .
  id:unit\\/gamma a unikg:Unit ; unikg:mentionedIn id:document\\/x ; rdfs:label "Alpha Unit"@en ;
    skos:altLabel "formerly https://ror.org/0alpha001" .
  id:institution\\/epsilon a unikg:University ; rdfs:label "Epsilon College"@en .
  id:institution\\/delta a unikg:University ; rdfs:label "Delta Tech"@en .
  id:event\\/x-1 unikg:participant id:institution\\/alpha, id:institution\\/beta, id:unit\\/gamma ;
    unikg:evidence id:evidence\\/x-1, id:evidence\\/x-2, id:evidence\\/x-3 .
  id:evidence\\/x-1 unikg:sentence "Alpha met Beta." ; unikg:quote "Alpha", "Beta" ; unikg:startOffset 5 .
  id:evidence\\/x-2 unikg:quote "a quote without a sentence" ; unikg:startOffset 1 .
  id:evidence\\/x-3 unikg:sentence "Beta went on." , "Beta went on, again." .
  id:event\\/x-2 unikg:participant id:institution\\/alpha, id:institution\\/beta .
  id:agreement\\/x-1 unikg:party id:institution\\/alpha, id:institution\\/beta ;
    unikg:evidence id:evidence\\/x-4 .
  id:evidence\\/x-4 unikg:sentence "They signed." ; unikg:startOffset 40 .
  id:membership\\/x-1 org:member id:person\\/p1 ; org:organization id:institution\\/alpha ;
    unikg:postLabel "Rector"@en ; org:role unikg:rector .
  id:membership\\/x-2 org:member id:person\\/p2 ; org:organization id:unit\\/gamma ; unikg:postLabel "Head" .
  id:person\\/p1 foaf:name "P One" .
  id:person\\/p2 foaf:name "P Two" .
}
id:document\\/y {
  id:institution\\/delta a unikg:TechnicalUniversity ; unikg:mentionedIn id:document\\/y .
  id:institution\\/alpha a unikg:University ; unikg:mentionedIn id:document\\/y .
  id:event\\/y-1 unikg:participant id:institution\\/alpha, id:institution\\/delta ;
    unikg:evidence id:evidence\\/x-1 .
  id:evidence\\/x-1 unikg:sentence "Alpha met Delta." .
  id:membership\\/y-1 org:member id:person\\/p1 ; org:organization id:institution\\/delta ;
    unikg:postLabel "Dean"@en .
  id:person\\/p1 foaf:name "P One", "П. Один"@ru .
  id:membership\\/x-1 org:role unikg:president .
  id:institution\\/epsilon unikg:mentionedIn id:document\\/x .
}
"""


@pytest.fixture
def edge_cases() -> ox.Store:
    """Evidence without a sentence, with two quotes or two sentences, in two graphs; an
    event without evidence beside evidence of others; a unit whose labels match an
    institution's words and the text of its ROR IRI; institutions typed in one graph and
    mentioned in another; a post whose role another graph states."""
    store = ox.Store()
    store.load(EDGE_CASES.encode(), format=ox.RdfFormat.TRIG)
    return store


@pytest.mark.parametrize("name", INSTITUTION_QUERIES)
def test_institution_values_give_the_plain_rows_in_edge_cases(edge_cases, name):
    alpha, beta, delta = ID + "alpha", ID + "beta", ID + "delta"
    institutions = [alpha, beta, delta, ID + "epsilon", "https://w3id.org/unikg/id/unit/gamma",
                    "https://ror.org/0alpha001", "http://www.wikidata.org/entity/Q1",
                    "alpha", "ALPHA UNIT", "au", "бета", "tech", "t"]
    pairs = [(alpha, beta), (beta, alpha), ("https://ror.org/0alpha001", "Бета"), ("alpha", "alpha"),
             ("au", delta), ("t", "t"), ("http://www.wikidata.org/entity/Q1", "https://ror.org/0alpha001")]
    assert _rows_in_all(edge_cases, name, _institution_params(name, institutions, pairs)) > 0
