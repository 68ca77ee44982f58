"""ontology/unikg.ttl: complete for docs/graph-model.md, labelled, aligned, OWL 2 DL, consistent."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from loaders.model import AGREEMENT_TYPES, EVENT_TYPES, INSTITUTION_KINDS, ROLES, TOPICS
from unikg.validate import ONTOLOGY_PATH

REPO = Path(__file__).resolve().parent.parent
GRAPH_MODEL = REPO / "docs" / "graph-model.md"
VALID_DATA = Path(__file__).parent / "data" / "shapes" / "valid.trig"

# A plain namespace: rdflib's XSD object warns when pytest probes module attributes.
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")
UNIKG = rdflib.Namespace("https://w3id.org/unikg/ontology#")
TOPIC = rdflib.Namespace("https://w3id.org/unikg/topic/")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ONTOLOGY_IRI = rdflib.URIRef("https://w3id.org/unikg/ontology")
SCHEME = rdflib.URIRef("https://w3id.org/unikg/topic/")

PERSIAN = re.compile(r"[\u0600-\u06FF]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
BUILT_IN = (str(RDF), str(RDFS), str(OWL), str(XSD))

needs_java = pytest.mark.skipif(shutil.which("java") is None,
                                reason="HermiT (owlready2's reasoner) needs a `java` on PATH")


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(str(ONTOLOGY_PATH), format="turtle")


def declared(g: rdflib.Graph, kind) -> set:
    return set(g.subjects(RDF.type, kind))


def langs(g: rdflib.Graph, node, prop) -> dict[str, str]:
    return {lit.language: str(lit) for lit in g.objects(node, prop) if isinstance(lit, rdflib.Literal)}


# ---------------------------------------------------------------- header and labels

def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert langs(onto, ONTOLOGY_IRI, DCTERMS.title).get("en")
    assert len(langs(onto, ONTOLOGY_IRI, DCTERMS.description).get("en", "")) > 100
    assert isinstance(onto.value(ONTOLOGY_IRI, DCTERMS.license), rdflib.URIRef)
    assert str(onto.value(ONTOLOGY_IRI, DCTERMS.creator)) == "unikg contributors"
    assert not list(onto.objects(ONTOLOGY_IRI, OWL.imports)), "external vocabularies are declared, not imported"


def test_every_unikg_term_is_labelled_in_three_languages_and_defined(onto):
    terms = {t for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
             for t in declared(onto, kind) if str(t).startswith(str(UNIKG))}
    assert len(terms) >= 50
    for term in terms:
        labels = langs(onto, term, RDFS.label)
        assert {"en", "fa", "ru"} <= labels.keys(), f"{term} lacks a label: has {sorted(labels)}"
        assert PERSIAN.search(labels["fa"]), f"{term}: the fa label is not in Persian script"
        assert CYRILLIC.search(labels["ru"]), f"{term}: the ru label is not in Cyrillic"
        assert not CYRILLIC.search(labels["en"]) and not PERSIAN.search(labels["en"])
        assert langs(onto, term, SKOS.definition).get("en"), f"{term} lacks an English skos:definition"


# ---------------------------------------------------------------- the contract

def test_every_term_of_the_graph_model_is_declared(onto):
    """Each prefixed name docs/graph-model.md uses names something the ontology declares."""
    text = GRAPH_MODEL.read_text(encoding="utf-8")
    names = set(re.findall(r"`?\b(unikg|org|foaf|schema|prov|skos|dcterms):([A-Za-z_][\w]*)", text))
    ns = {"unikg": UNIKG, "org": ORG, "foaf": FOAF, "schema": SCHEMA, "prov": PROV,
          "skos": rdflib.Namespace(str(SKOS)), "dcterms": rdflib.Namespace(str(DCTERMS))}
    individuals = declared(onto, OWL.NamedIndividual)
    known = set().union(*(declared(onto, k) for k in DECLARATIONS)) | individuals
    missing = sorted(f"{p}:{n}" for p, n in names if ns[p][n] not in known)
    assert len(names) > 40
    assert missing == []


def test_fixed_names_of_the_design(onto):
    for name in EVENT_TYPES:
        assert (UNIKG[name], RDFS.subClassOf, UNIKG.Event) in onto
    for name in AGREEMENT_TYPES:
        if name != "Agreement":
            assert (UNIKG[name], RDFS.subClassOf, UNIKG.Agreement) in onto
    for name in INSTITUTION_KINDS:
        if name != "Institution":
            assert (UNIKG[name], RDFS.subClassOf, UNIKG.Institution) in onto
    statuses = set(onto.subjects(RDF.type, UNIKG.AgreementStatus))
    assert statuses == {UNIKG.signed, UNIKG.planned, UNIKG.active}
    different = [m for node in onto.subjects(RDF.type, OWL.AllDifferent)
                 for m in rdflib.collection.Collection(onto, onto.value(node, OWL.distinctMembers))]
    assert statuses <= set(different)


def test_event_classes_are_pairwise_disjoint(onto):
    groups = [set(rdflib.collection.Collection(onto, onto.value(node, OWL.members)))
              for node in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert {UNIKG[name] for name in EVENT_TYPES} in groups


def test_topic_scheme(onto):
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in onto
    concepts = set(onto.subjects(SKOS.inScheme, SCHEME))
    assert concepts == {TOPIC[code] for code in TOPICS}
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in onto
        assert (concept, RDF.type, OWL.NamedIndividual) in onto
        labels = langs(onto, concept, SKOS.prefLabel)
        assert {"en", "fa", "ru"} <= labels.keys(), concept
        assert PERSIAN.search(labels["fa"]) and CYRILLIC.search(labels["ru"])
        assert langs(onto, concept, SKOS.definition).get("en"), concept


def test_one_role_individual_per_role_code(onto):
    roles = set(onto.subjects(RDF.type, UNIKG.Role))
    assert roles == {UNIKG[code] for code in ROLES}
    for role in roles:
        assert (role, RDF.type, OWL.NamedIndividual) in onto
        labels = langs(onto, role, RDFS.label)
        assert {"en", "fa", "ru"} <= labels.keys(), role
        assert PERSIAN.search(labels["fa"]) and CYRILLIC.search(labels["ru"])


ALIGNMENTS = [
    (UNIKG.Institution, RDFS.subClassOf, ORG.FormalOrganization),
    (UNIKG.Unit, RDFS.subClassOf, ORG.OrganizationalUnit),
    (UNIKG.Person, RDFS.subClassOf, FOAF.Person),
    (UNIKG.Membership, RDFS.subClassOf, ORG.Membership),
    (UNIKG.Role, RDFS.subClassOf, ORG.Role),
    (UNIKG.Post, RDFS.subClassOf, ORG.Post),
    (UNIKG.Event, RDFS.subClassOf, SCHEMA.Event),
    (UNIKG.Agreement, RDFS.subClassOf, PROV.Entity),
    (UNIKG.Evidence, RDFS.subClassOf, PROV.Entity),
    (UNIKG.Document, RDFS.subClassOf, FOAF.Document),
    (UNIKG.Document, RDFS.subClassOf, PROV.Entity),
    (UNIKG.Place, RDFS.subClassOf, SCHEMA.Place),
    (UNIKG.Country, RDFS.subClassOf, UNIKG.Place),
    (UNIKG.startDate, RDFS.subPropertyOf, SCHEMA.startDate),
    (UNIKG.endDate, RDFS.subPropertyOf, SCHEMA.endDate),
    (UNIKG.host, RDFS.subPropertyOf, UNIKG.participant),
    (UNIKG.topic, RDFS.subPropertyOf, DCTERMS.subject),
    (UNIKG.mentionedIn, RDFS.subPropertyOf, DCTERMS.isReferencedBy),
    (UNIKG.collaboratesWith, RDF.type, OWL.SymmetricProperty),
    (UNIKG.collaboratesWith, RDF.type, OWL.IrreflexiveProperty),
]


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: f"{t[0].split('#')[-1]}-{t[2].split('/')[-1]}")
def test_alignment_to_standards(onto, triple):
    assert triple in onto


# ---------------------------------------------------------------- OWL 2 DL, structurally

def test_terms_are_declared_once_and_used_as_declared(onto):
    """The RDF-level conditions of OWL 2 DL that a typo or a careless reuse breaks."""
    kinds = {}
    for kind in DECLARATIONS:
        for term in declared(onto, kind):
            if isinstance(term, rdflib.URIRef):
                kinds.setdefault(term, set()).add(kind)
    # OWL 2 DL forbids an IRI to be two kinds of property (punning a class is allowed).
    for term, ks in kinds.items():
        assert len(ks - {OWL.Class}) <= 1, f"{term} is declared as {sorted(ks)}"
    properties = {t for t, ks in kinds.items() if ks - {OWL.Class}}
    classes = {t for t, ks in kinds.items() if OWL.Class in ks}
    for s, p, o in onto:
        if not str(p).startswith(BUILT_IN):
            assert p in properties, f"predicate {p} is not declared"
        if p == RDF.type and isinstance(o, rdflib.URIRef) and not str(o).startswith(BUILT_IN):
            assert o in classes, f"class {o} (type of {s}) is not declared"
        if p in (RDFS.subClassOf, RDFS.domain) and isinstance(o, rdflib.URIRef):
            assert o in classes, f"{o} is used as a class but not declared"
        if p == RDFS.subPropertyOf:
            assert kinds[s] - {OWL.Class} == kinds[o] - {OWL.Class}, f"{s} and {o} are different kinds"
    # An irreflexive property must be simple: not transitive, no property chain.
    for prop in onto.subjects(RDF.type, OWL.IrreflexiveProperty):
        assert (prop, RDF.type, OWL.TransitiveProperty) not in onto
        assert (prop, OWL.propertyChainAxiom, None) not in onto


# The OWL 2 DL profile checker of the OWL API, which owlready2 ships inside HermiT.jar.
DL_CHECK_JAVA = """
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class DLCheck {
    public static void main(String[] args) throws Exception {
        OWLOntology ontology = OWLManager.createOWLOntologyManager()
            .loadOntologyFromOntologyDocument(new File(args[0]));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        for (OWLProfileViolation v : report.getViolations()) System.out.println("VIOLATION " + v);
        System.out.println("AXIOMS " + ontology.getAxiomCount());
        System.out.println(report.isInProfile() ? "IN-PROFILE" : "NOT-IN-PROFILE");
    }
}
"""


@pytest.fixture(scope="module")
def dl_check(tmp_path_factory):
    """A function running the OWL API's OWL 2 DL profile check on a Turtle file."""
    owlready2 = pytest.importorskip("owlready2")
    if shutil.which("javac") is None or shutil.which("java") is None:
        pytest.skip("the OWL 2 DL profile check needs `javac` and `java` on PATH")
    jar = Path(owlready2.__file__).parent / "hermit" / "HermiT.jar"
    work = tmp_path_factory.mktemp("dlcheck")
    (work / "DLCheck.java").write_text(DL_CHECK_JAVA, encoding="utf-8")
    subprocess.run(["javac", "-cp", str(jar), "DLCheck.java"], cwd=work, check=True, capture_output=True)

    def check(path: Path) -> list[str]:
        proc = subprocess.run(["java", "-cp", f"{jar}:{work}", "DLCheck", str(path)],
                              capture_output=True, text=True, timeout=300, check=True)
        return proc.stdout.splitlines()
    return check


def test_ontology_is_in_the_owl2_dl_profile(dl_check):
    lines = dl_check(ONTOLOGY_PATH)
    assert [line for line in lines if line.startswith("VIOLATION")] == []
    assert lines[-1] == "IN-PROFILE"
    assert int(lines[-2].split()[1]) > 500  # the file was really read


def test_profile_check_rejects_an_irreflexive_transitive_property(dl_check, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(ONTOLOGY_PATH.read_text(encoding="utf-8")
                   + "\nunikg:collaboratesWith a owl:TransitiveProperty .\n", encoding="utf-8")
    lines = dl_check(bad)
    assert lines[-1] == "NOT-IN-PROFILE"
    assert any("non-simple property" in line for line in lines)


def test_date_properties_have_no_out_of_profile_ranges(onto):
    # xsd:date and the g* types are outside the OWL 2 datatype map.
    for rng in onto.objects(None, RDFS.range):
        assert rng not in (XSD.date, XSD.gYearMonth, XSD.gMonthDay), rng


# ---------------------------------------------------------------- HermiT

def load_in_owlready(graph: rdflib.Graph, tmp_path: Path):
    """A fresh owlready2 world holding `graph` (owlready2 reads N-Triples, not Turtle)."""
    owlready2 = pytest.importorskip("owlready2")
    path = tmp_path / "ontology.nt"
    graph.serialize(str(path), format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    return owlready2, world


def unsatisfiable(world) -> set[str]:
    # owlready2 lists owl:Nothing among the classes equivalent to owl:Nothing.
    return {c.iri for c in world.inconsistent_classes()} - {str(OWL.Nothing)}


def reason(graph: rdflib.Graph, tmp_path: Path):
    owlready2, world = load_in_owlready(graph, tmp_path)
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return world


@needs_java
def test_hermit_finds_the_ontology_consistent_and_every_class_satisfiable(onto, tmp_path):
    world = reason(onto, tmp_path)
    assert unsatisfiable(world) == set()


@needs_java
def test_hermit_finds_the_valid_data_consistent_with_the_ontology(onto, tmp_path):
    # Domains, ranges and disjointness of the ontology agree with the graph model's data.
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(VALID_DATA), format=ox.RdfFormat.TRIG)
    data = rdflib.Graph()
    for name in store.named_graphs():
        data.parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name), format="nt")
    assert len(data) > 200
    graph = rdflib.Graph()
    graph += onto
    for s, p, o in data:
        # HermiT has no xsd:date (outside OWL 2); the values do not take part in the axioms.
        if isinstance(o, rdflib.Literal) and o.datatype in (XSD.date, XSD.gYearMonth, XSD.gMonthDay):
            continue
        graph.add((s, p, o))
    world = reason(graph, tmp_path)
    assert unsatisfiable(world) == set()


EX = rdflib.Namespace("https://example.org/test#")
INCONSISTENT = {
    "meeting-and-visit": [(EX.e, RDF.type, OWL.NamedIndividual), (EX.e, RDF.type, UNIKG.Meeting),
                          (EX.e, RDF.type, UNIKG.Visit)],
    "institution-collaborates-with-itself": [(EX.i, RDF.type, OWL.NamedIndividual), (EX.i, RDF.type, UNIKG.University),
                                             (EX.i, UNIKG.collaboratesWith, EX.i)],
    "person-as-participant": [(EX.p, RDF.type, OWL.NamedIndividual), (EX.p, RDF.type, UNIKG.Person),
                              (EX.e, RDF.type, OWL.NamedIndividual), (EX.e, UNIKG.participant, EX.p)],
    "unknown-status": [(EX.s, RDF.type, OWL.NamedIndividual), (EX.s, RDF.type, UNIKG.AgreementStatus),
                       (EX.s, OWL.differentFrom, UNIKG.signed), (EX.s, OWL.differentFrom, UNIKG.planned),
                       (EX.s, OWL.differentFrom, UNIKG.active)],
}


@needs_java
@pytest.mark.parametrize("name", sorted(INCONSISTENT))
def test_hermit_reports_a_contradicting_extension_inconsistent(onto, tmp_path, name):
    graph = rdflib.Graph()
    graph += onto
    for triple in INCONSISTENT[name]:
        graph.add(triple)
    owlready2, world = load_in_owlready(graph, tmp_path)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)


@needs_java
def test_hermit_reports_an_unsatisfiable_class(onto, tmp_path):
    graph = rdflib.Graph()
    graph += onto
    graph.add((EX.MeetingVisit, RDF.type, OWL.Class))
    graph.add((EX.MeetingVisit, RDFS.subClassOf, UNIKG.Meeting))
    graph.add((EX.MeetingVisit, RDFS.subClassOf, UNIKG.Visit))
    world = reason(graph, tmp_path)
    assert unsatisfiable(world) == {str(EX.MeetingVisit)}
