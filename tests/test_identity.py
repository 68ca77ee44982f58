"""Cross-document person identity: the identity key, the person IRI and the merge record."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from loaders.model import Document, Evidence, Institution, Link, Person, Post
from loaders.persons_identity import merge_reasons, person_key
from unikg.rdf import UNIKG, document_quads, person_iri

# ---------------------------------------------------------------- the key of a name


@pytest.mark.parametrize("a, b", [
    ("احمد غبان", "احمد الغبان"),                               # the article on a token
    ("الدكتور احمد الغبان", "احمد غبان"),                       # a title
    ("دکتر محمد حسین زاده", "محمد حسین‌زاده"),                  # a surname suffix apart / with ZWNJ
    ("محمد حسینزاده", "محمد حسین زاده"),
    ("بهمن نقی پور", "بهمن نقیپور"),
    ("Лилия Александровна Загеева", "Л. А. Загеева"),           # initials for the full names
    ("Лилия Александровна Загеева", "Загеевой Л.А."),           # a case form, initials after
    ("Загеева Лилия Александровна", "Л. А. Загеевой"),          # the official order
    ("Садовничий Виктор Антонович", "В. А. Садовничего"),
    ("Михаилом Гординым", "Михаил Гордин"),
    ("Prof. Ahmed Al-Ghabban", "Ahmed Ghabban"),
    ("Dr. Jane K. Okello", "J. Okello"),
])
def test_variants_of_one_name_have_one_key(a, b):
    assert person_key(a) is not None
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a, b", [
    ("احمد غبان", "محمود غبان"),            # another first name
    ("Лилия Загеева", "Ольга Загеева"),
    ("Ahmed Ghabban", "Ghabban"),           # a surname alone is never merged with a full name
    ("Ahmed Ghabban", "Ahmed Ghaban"),      # no fuzzy spelling
    ("Ahmed Ghabban", "احمد غبان"),         # no transliteration guessed
])
def test_different_names_have_different_keys(a, b):
    assert person_key(a) != person_key(b)


def test_a_name_of_titles_only_has_no_key():
    assert person_key("الدكتور") is None
    assert person_key("Prof. Dr.") is None


def test_merge_reasons_say_why():
    notes = merge_reasons(["الدكتور احمد الغبان", "احمد غبان"])
    assert len(notes) == 1 and "article ال ignored" in notes[0] and "title stripped" in notes[0]
    notes = merge_reasons(["Лилия Александровна Загеева", "Л. А. Загеевой"])
    assert "Russian case form" in notes[0] and "initial agrees with the first name" in notes[0]
    assert merge_reasons(["Ann Rivers"]) == []


# ---------------------------------------------------------------- IRIs across documents

TEXT = "x" * 200
UOT = Link(id="https://ror.org/01w1ehb86", ror="https://ror.org/01w1ehb86", name="University of Technology - Iraq",
           country="IQ")


def _doc(doc_id: str, person: Person, link: Link | None, inst_name: str = "الجامعة التكنولوجية") -> Document:
    doc = Document(path=Path(f"{doc_id}.txt"), id=doc_id, file_name=f"{doc_id}.txt", text=TEXT, content_hash=doc_id,
                   lang="ar")
    ev = [Evidence(0, 10, TEXT[:10], TEXT[:50])]
    doc.institutions = [Institution("i1", inst_name, "ar", kind="University", link=link, evidence=ev)]
    person.evidence = ev
    doc.persons = [person]
    doc.posts = [Post(person.key, "i1", "رئيس الجامعة", "president", evidence=ev)]
    return doc


def _persons(*docs: Document) -> tuple[ox.Store, set[str]]:
    store = ox.Store()
    for doc in docs:
        _, quads, reference = document_quads(doc)
        store.extend(quads)
        store.extend(reference)
    rows = store.query(f"SELECT DISTINCT ?p WHERE {{ ?p a <{UNIKG}Person> }}", use_default_graph_as_union=True)
    return store, {r["p"].value for r in rows}


def test_one_person_in_two_documents_is_one_iri():
    a = _doc("a", Person("p1", "احمد الغبان", ["احمد الغبان"], "ar"), UOT)
    b = _doc("b", Person("p1", "احمد غبان", ["احمد غبان", "غبان"], "ar"), UOT)
    store, persons = _persons(a, b)
    assert len(persons) == 1
    names = {str(r["n"].value) for r in store.query(
        "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }", use_default_graph_as_union=True)}
    assert names == {"احمد الغبان", "احمد غبان", "غبان"}
    keys = {str(r["k"].value) for r in store.query(
        f"SELECT ?k WHERE {{ ?p <{UNIKG}identityKey> ?k }}", use_default_graph_as_union=True)}
    assert keys == {"غبان|ا|https://w3id.org/unikg/id/institution/ror-01w1ehb86"}


def test_the_same_name_at_another_institution_is_another_person():
    other = Link(id="https://ror.org/00840ea57", ror="https://ror.org/00840ea57", name="University of Basrah",
                 country="IQ")
    a = _doc("a", Person("p1", "احمد الغبان", ["احمد الغبان"], "ar"), UOT)
    b = _doc("b", Person("p1", "احمد الغبان", ["احمد الغبان"], "ar"), other, "جامعة البصرة")
    assert len(_persons(a, b)[1]) == 2


def test_an_unlinked_institution_meets_by_its_folded_name():
    a = _doc("a", Person("p1", "Лилия Александровна Загеева", [], "ru"), None, "Волжский институт")
    b = _doc("b", Person("p1", "Л. А. Загеевой", [], "ru"), None, "Волжский институт")
    assert len(_persons(a, b)[1]) == 1


def test_merges_are_recorded_in_the_graph_and_the_warnings():
    doc = _doc("a", Person("p1", "الدكتور احمد الغبان", ["الدكتور احمد الغبان", "الغبان"], "ar"), UOT)
    # a second person of the same document with the same key (the extractor kept them apart)
    doc.persons.append(Person("p2", "احمد غبان", ["احمد غبان"], "ar", evidence=doc.persons[0].evidence))
    doc.posts.append(Post("p2", "i1", "رئيس الجامعة", "president", evidence=doc.persons[0].evidence))
    store, persons = _persons(doc)
    assert len(persons) == 1
    notes = [str(r["n"].value) for r in store.query(
        f"SELECT ?n WHERE {{ GRAPH ?g {{ ?p <{UNIKG}mergeNote> ?n }} }}")]
    assert any("«الغبان»" in n and "surname alone" in n for n in notes)
    assert any("(p2)" in n and "same identity key" in n for n in notes)
    merged = [w for w in doc.warnings if w.startswith("merged: person")]
    assert len(merged) == 2
    document_quads(doc)   # writing the document again adds no second line
    assert len([w for w in doc.warnings if w.startswith("merged: person")]) == 2


def test_person_iri_is_stable():
    from pyoxigraph import NamedNode
    org = NamedNode("https://w3id.org/unikg/id/institution/ror-01w1ehb86")
    p = Person("p1", "احمد الغبان", ["احمد الغبان"], "ar")
    assert person_iri(p, org) == person_iri(Person("p9", "احمد غبان", [], "ar"), org)
    assert person_iri(p, org) != person_iri(p, NamedNode("https://w3id.org/unikg/id/institution/x-1"))


# ---------------------------------------------------------------- the real pipeline

# Two short documents written for this test: the same president, once with the article.
DOC_A = ("بغداد - استقبل الدكتور احمد الغبان، رئيس الجامعة التكنولوجية، وفدا من جامعة البصرة يوم الاثنين "
         "لبحث التعاون العلمي بين الجامعتين.\n")
DOC_B = ("بغداد - زار الدكتور احمد غبان، رئيس الجامعة التكنولوجية، جامعة بغداد امس وناقش مع رئيسها "
         "مجالات التبادل الطلابي.\n")


def test_pipeline_gives_one_person_for_two_documents(tmp_path):
    from loaders.pipeline import pipe
    from loaders.resources import Resources
    for name, text in (("a.txt", DOC_A), ("b.txt", DOC_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = [doc for _, doc, err in pipe(sorted(tmp_path.glob("*.txt")), resources=Resources(use_ner=False))]
    assert all(doc is not None for doc in docs)
    store, persons = _persons(*docs)
    assert len(persons) == 1, persons


def test_a_first_name_and_patronymic_alone_do_not_decide_the_key():
    from loaders.persons_identity import best_key
    assert person_key("Лилия Александровна") is None
    assert best_key(["Лилия Александровна", "Л.А. Загеева"]) == person_key("Лилия Александровна Загеева")
