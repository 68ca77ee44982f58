"""The W3C SHACL Core test suite (tests/data/w3c-shacl-core/) through the SPARQL validation engine.

Every test's expected report is compared with ours: conformance, and the results as
(focus node, result path, value, source shape, constraint component, severity), blank nodes
masked. Tests whose shapes the compiler does not translate pass through the pyshacl
fallback; the list of them is pinned below, so a shape that stops compiling is noticed.
"""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import XSD

from unikg.validate import validate_store

SUITE = Path(__file__).parent / "data" / "w3c-shacl-core"

# What the compiler leaves to pyshacl: other path kinds, sh:closed, property pairs,
# qualified value shapes, and sh:datatype rdfs:Datatype-like corners.
FALLING_BACK = {
    "node/closed-001", "node/closed-002", "node/disjoint-001", "node/equals-001", "node/qualified-001",
    "property/disjoint-001", "property/equals-001", "property/lessThan-001", "property/lessThan-002",
    "property/lessThanOrEquals-001", "property/qualifiedMinCountDisjoint-001",
    "property/qualifiedValueShape-001", "property/qualifiedValueShapesDisjoint-001",
    "path/path-alternative-001", "path/path-complex-001", "path/path-complex-002", "path/path-inverse-001",
    "path/path-oneOrMore-001", "path/path-sequence-001", "path/path-sequence-002",
    "path/path-sequence-duplicate-001", "path/path-strange-001", "path/path-strange-002",
    "path/path-zeroOrMore-001", "path/path-zeroOrOne-001", "property/property-001",
}


# Where pyshacl, the reference engine, reads the spec otherwise; the SPARQL engine follows
# pyshacl there (the two engines give the same reports), so these compare with pyshacl.
PYSHACL_DIFFERS = {
    "property/uniqueLang-002": 'pyshacl takes sh:uniqueLang "1"^^xsd:boolean for true',
}


def _tests() -> list[Path]:
    return sorted(p for p in SUITE.rglob("*.ttl") if "sht:Validate" in p.read_text(encoding="utf-8"))


def _mask(term):
    """A comparable form of an rdflib or Oxigraph term (or of a term's text); blank nodes masked."""
    if term is None:
        return None
    if isinstance(term, (rdflib.BNode, ox.BlankNode)) or str(term).startswith("_:"):
        return "_:"
    if isinstance(term, rdflib.Literal):
        return _mask(ox.Literal(str(term), language=term.language) if term.language else
                     ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string))))
    if isinstance(term, ox.Literal):
        return (term.value, term.language or term.datatype.value)
    return term.value if isinstance(term, ox.NamedNode) else str(term)


RESULTS = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX mf: <http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#>
PREFIX sht: <http://www.w3.org/ns/shacl-test#>
SELECT ?data ?shapes ?conforms ?focus ?path ?value ?shape ?component ?severity WHERE {
  ?entry a sht:Validate ; mf:action [ sht:dataGraph ?data ; sht:shapesGraph ?shapes ] ; mf:result ?report .
  ?report sh:conforms ?conforms .
  OPTIONAL { ?report sh:result ?r . ?r sh:focusNode ?focus ; sh:sourceConstraintComponent ?component ;
             sh:resultSeverity ?severity .
             OPTIONAL { ?r sh:resultPath ?path } OPTIONAL { ?r sh:value ?value } OPTIONAL { ?r sh:sourceShape ?shape } }
}"""


def _manifest(test: Path):
    """(data file, shapes file, conforms, expected results), read by Oxigraph: the expected
    values then have the form the data's literals take in the store (Oxigraph stores
    "4.0"^^xsd:decimal as "4", "5"^^xsd:byte as "5"^^xsd:integer)."""
    store = ox.Store()
    store.load(path=str(test), format=ox.RdfFormat.TURTLE, base_iri=test.absolute().as_uri())
    rows = list(store.query(RESULTS))
    expected = Counter(tuple(_mask(row[k]) for k in ("focus", "path", "value", "shape", "component"))
                       + (row["severity"].value.split("#")[-1],) for row in rows if row["focus"] is not None)
    first = rows[0]
    return (Path(first["data"].value.removeprefix("file://")), Path(first["shapes"].value.removeprefix("file://")),
            first["conforms"].value == "true", expected)


@pytest.mark.parametrize("test", _tests(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_w3c_core(tmp_path, test):
    data_file, shapes_file, conforms, expected = _manifest(test)

    folder = tmp_path / "shapes"
    folder.mkdir()
    shutil.copy(shapes_file, folder / shapes_file.name)
    (tmp_path / "ontology.ttl").write_text("", encoding="utf-8")
    store = ox.Store()
    # The same base IRI as the shapes graph is parsed with, for the few relative IRIs.
    base = (folder / shapes_file.name).absolute().as_uri() if data_file == shapes_file else data_file.as_uri()
    store.load(path=str(data_file), format=ox.RdfFormat.TURTLE, base_iri=base, to_graph=ox.NamedNode("urn:x:data"))

    report = validate_store(store, folder, tmp_path / "ontology.ttl", engine="sparql")
    name = f"{test.parent.name}/{test.stem}"
    assert bool(report.fallbacks) == (name in FALLING_BACK), report.fallbacks
    got = Counter((_mask(v.focus_term), _mask(v.path), _mask(v.value_term), _mask(v.source), v.component,
                   v.severity) for v in report.violations)
    if name in PYSHACL_DIFFERS:
        reference = validate_store(store, folder, tmp_path / "ontology.ttl", engine="pyshacl")
        conforms = reference.conforms
        expected = Counter((_mask(v.focus_term), _mask(v.path), _mask(v.value_term), _mask(v.source), v.component,
                            v.severity) for v in reference.violations)
        assert conforms != _manifest(test)[2], f"pyshacl now follows the suite on {name}: drop it from PYSHACL_DIFFERS"
    assert report.conforms == conforms
    assert got == expected, report.text()
