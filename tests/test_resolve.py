"""The resolve stage: linking a document's institutions and merging duplicate mentions."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from loaders.gazetteer import Gazetteer
from loaders.model import Agreement, Document, Event, Institution, Post, Unit
from loaders.resolve import resolve_institutions
from unikg.reference import build


def rec(rid, names, country, city):
    return {"id": "https://ror.org/" + rid,
            "names": [{"value": v, "lang": l, "types": [t]} for v, l, t in names],
            "types": ["education"], "country": country, "city": city, "lat": None, "lng": None,
            "wikidata": [], "established": None, "domains": [], "relationships": []}


class Res:
    def __init__(self, gazetteer):
        self.gazetteer = gazetteer


@pytest.fixture(scope="module")
def resources(tmp_path_factory):
    d = tmp_path_factory.mktemp("ref")
    with gzip.open(d / "ror.jsonl.gz", "wt", encoding="utf-8") as fh:
        for r in [
            rec("0aaaaaa01", [("Far Eastern Federal University", None, "label"),
                              ("Дальневосточный федеральный университет", "ru", "label"),
                              ("ДВФУ", "ru", "acronym"), ("FEFU", None, "acronym")], "RU", "Vladivostok"),
            rec("0aaaaaa02", [("Ho Chi Minh City University of Technology", None, "label"),
                              ("HCMUT", None, "acronym")], "VN", "Ho Chi Minh City"),
        ]:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    build([d / "ror.jsonl.gz"], d)
    return Res(Gazetteer.load(d))


def doc_with(*institutions) -> Document:
    return Document(path=Path("x.txt"), lang="ru", institutions=list(institutions))


def test_links_and_fills_country(resources):
    doc = doc_with(Institution("i1", "Дальневосточный федеральный университет", lang="ru"),
                   Institution("i2", "Университет Нигде", lang="ru"))
    resolve_institutions(doc, resources)
    i1, i2 = doc.institutions
    assert i1.link.ror == "https://ror.org/0aaaaaa01" and i1.country == "RU"
    assert i2.link is None and i2.country is None
    assert not any(w.startswith("merged:") for w in doc.warnings)


def test_other_labels_are_tried(resources):
    inst = Institution("i1", "Университет в Хошимине", lang="ru",
                       labels=[("Ho Chi Minh City University of Technology", "en")])
    doc = doc_with(inst)
    resolve_institutions(doc, resources)
    assert inst.link.id == "https://ror.org/0aaaaaa02" and inst.country == "VN"


def test_merges_same_record_and_rewrites_references(resources):
    doc = doc_with(
        Institution("i1", "Дальневосточный федеральный университет", lang="ru", kind="University"),
        Institution("i2", "Ho Chi Minh City University of Technology", lang="en"),
        Institution("i3", "Far Eastern Federal University", lang="en"),
    )
    doc.units = [Unit("u1", "Школа экономики", institution="i3")]
    doc.posts = [Post(person="p1", institution="i3", label="ректор")]
    doc.events = [Event("e1", "Meeting", participants=["i1", "i3", "i2"], host="i3")]
    doc.agreements = [Agreement("a1", "MemorandumOfUnderstanding", "signed", parties=["i3", "i2"])]
    resolve_institutions(doc, resources)
    assert [i.key for i in doc.institutions] == ["i1", "i2"]
    assert doc.units[0].institution == "i1" and doc.posts[0].institution == "i1"
    assert doc.events[0].participants == ["i1", "i2"] and doc.events[0].host == "i1"
    assert doc.agreements[0].parties == ["i1", "i2"]
    assert ("Far Eastern Federal University", "en") in doc.institutions[0].labels
    assert doc.institutions[0].kind == "University"
    merged = [w for w in doc.warnings if w.startswith("merged:")]
    assert len(merged) == 1 and "i3" in merged[0] and "0aaaaaa01" in merged[0]


def test_merges_unlinked_by_folded_name_and_acronym(resources):
    doc = doc_with(
        Institution("i1", "Университет Нигде", lang="ru", acronym="УН"),
        Institution("i2", "университет нигде", lang="ru"),     # same name, other case
        Institution("i3", "УН", lang="ru"),                      # its acronym
        Institution("i4", "Другой университет", lang="ru"),
    )
    doc.events = [Event("e1", "Visit", participants=["i3", "i4"])]
    resolve_institutions(doc, resources)
    assert [i.key for i in doc.institutions] == ["i1", "i4"]
    assert doc.events[0].participants == ["i1", "i4"]
    assert sum(w.startswith("merged:") for w in doc.warnings) == 2


def test_acronym_mention_merges_with_linked_full_name(resources):
    doc = doc_with(Institution("i1", "ДВФУ", lang="ru"),
                   Institution("i2", "Дальневосточного федерального университета", lang="ru"))
    resolve_institutions(doc, resources)
    assert len(doc.institutions) == 1
    assert doc.institutions[0].link.id == "https://ror.org/0aaaaaa01"


def test_two_records_never_merge(resources):
    doc = doc_with(Institution("i1", "FEFU", lang="en", acronym="FEFU"),
                   Institution("i2", "HCMUT", lang="en", acronym="FEFU"))   # a wrong acronym from the text
    resolve_institutions(doc, resources)
    assert [i.link.id[-2:] for i in doc.institutions] == ["01", "02"]


def test_works_without_gazetteer():
    doc = doc_with(Institution("i1", "A University"), Institution("i2", "a  university"))
    resolve_institutions(doc, None)
    assert len(doc.institutions) == 1


def test_ambiguous_names_are_reported(tmp_path):
    with gzip.open(tmp_path / "r.jsonl.gz", "wt", encoding="utf-8") as fh:
        for rid, country in (("0eeeeee01", "CN"), ("0eeeeee02", "US")):
            fh.write(json.dumps(rec(rid, [("Northeastern University", None, "label")], country, "x")) + "\n")
    build([tmp_path / "r.jsonl.gz"], tmp_path)
    doc = doc_with(Institution("i1", "Northeastern University", lang="en"),
                   Institution("i2", "Northeastern University", lang="en", country="US"))
    resolve_institutions(doc, Res(Gazetteer.load(tmp_path)))
    # i1 alone is ambiguous; i2's country decides, and the same name in the same document is
    # the same institution, so i1 ends up with i2's link (said so, and not counted ambiguous).
    assert [w.split(":")[0] for w in doc.warnings] == ["merged", "resolved"]
    assert len(doc.institutions) == 1 and doc.institutions[0].link.id.endswith("0eeeeee02")


def test_unlinked_name_of_a_linked_record_merges_only_when_unique(tmp_path):
    with gzip.open(tmp_path / "r.jsonl.gz", "wt", encoding="utf-8") as fh:
        for rid, name in (("0fffffff1", "University of Hyderabad"), ("0fffffff2", "University of Halabja")):
            fh.write(json.dumps(rec(rid, [(name, None, "label"), ("UoH", None, "acronym")], "IN", "x")) + "\n")
    build([tmp_path / "r.jsonl.gz"], tmp_path)
    res = Res(Gazetteer.load(tmp_path))
    # "UoH" alone is ambiguous in the gazetteer, but beside one UoH record it is that one.
    doc = doc_with(Institution("i1", "University of Hyderabad", lang="en"), Institution("i2", "UoH", lang="en"))
    resolve_institutions(doc, res)
    assert [i.key for i in doc.institutions] == ["i1"]
    doc = doc_with(Institution("i1", "University of Hyderabad", lang="en"),
                   Institution("i2", "University of Halabja", lang="en"), Institution("i3", "UoH", lang="en"))
    resolve_institutions(doc, res)
    assert [i.key for i in doc.institutions] == ["i1", "i2", "i3"]


def test_the_linked_record_decides_the_country(resources):
    # the extractor guessed the country of the other party; the record's name match wins
    inst = Institution("i1", "Дальневосточный федеральный университет", lang="ru", country="VN")
    doc = doc_with(inst)
    resolve_institutions(doc, resources)
    assert inst.link.ror == "https://ror.org/0aaaaaa01" and inst.country == "RU"
    assert any(w.startswith("country: i1") and "VN" in w for w in doc.warnings)


def test_an_ambiguous_form_merged_into_a_linked_one_is_not_counted_ambiguous(tmp_path):
    d = tmp_path
    with gzip.open(d / "ror.jsonl.gz", "wt", encoding="utf-8") as fh:
        for rid, country, other in (("0eeeeee01", "CN", ("Северо-Восточный университет", "ru", "label")),
                                    ("0eeeeee02", "US", None)):
            names = [("Northeastern University", None, "label")] + ([other] if other else [])
            fh.write(json.dumps(rec(rid, names, country, "x"), ensure_ascii=False) + "\n")
    build([d / "ror.jsonl.gz"], d)
    doc = doc_with(Institution("i1", "Northeastern University", lang="en"),
                   Institution("i2", "Северо-Восточный университет", lang="ru"))
    resolve_institutions(doc, Res(Gazetteer.load(d)))
    assert [i.link.ror for i in doc.institutions] == ["https://ror.org/0eeeeee01"]
    assert not any(w.startswith("ambiguous:") for w in doc.warnings)
    assert any(w.startswith("resolved: i1") for w in doc.warnings)
    # alone, it stays unlinked and is said to be ambiguous
    doc = doc_with(Institution("i1", "Northeastern University", lang="en"))
    resolve_institutions(doc, Res(Gazetteer.load(d)))
    assert doc.institutions[0].link is None and doc.warnings[0].startswith("ambiguous: i1")


def test_a_name_with_whom_it_is_named_after_links_to_the_record_without_it(resources):
    doc = doc_with(Institution("i1", "Дальневосточный федеральный университет имени Ивана Седова", lang="ru"),
                   Institution("i2", "Ho Chi Minh City University of Technology named after Le Van Thu", lang="en"))
    resolve_institutions(doc, resources)
    assert [i.link.ror if i.link else None for i in doc.institutions] == [
        "https://ror.org/0aaaaaa01", "https://ror.org/0aaaaaa02"]


def test_name_that_ends_with_its_own_acronym_links_without_it(tmp_path):
    with gzip.open(tmp_path / "ror.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rec("0aaaaaa09", [("Institute for Coastal Engineering Studies", None, "label")],
                                "NL", "Delft"), ensure_ascii=False) + "\n")
    build([tmp_path / "ror.jsonl.gz"], tmp_path)
    doc = Document(path=Path("x.txt"), lang="en",
                   institutions=[Institution("i1", "Institute for Coastal Engineering Studies ICES", lang="en")])
    resolve_institutions(doc, Res(Gazetteer.load(tmp_path)))
    assert doc.institutions[0].link is not None and doc.institutions[0].link.id.endswith("0aaaaaa09")


def test_acronym_with_syllable_spells_the_full_name_named_after_the_same_one():
    # (h11: "КазНУ имени аль-Фараби" in the headline beside the full name in the story)
    doc = doc_with(Institution("i1", "ВостНУ имени Ибн Сины", lang="ru", acronym="ВостНУ"),
                   Institution("i2", "Восточный национальный университет имени Ибн Сины", lang="ru"))
    resolve_institutions(doc, None)
    assert [i.key for i in doc.institutions] == ["i1"]
    # named after someone else: two universities
    doc = doc_with(Institution("i1", "ВостНУ имени Ибн Сины", lang="ru", acronym="ВостНУ"),
                   Institution("i2", "Восточный национальный университет имени Абая", lang="ru"))
    resolve_institutions(doc, None)
    assert len(doc.institutions) == 2
    # an acronym that does not spell it
    doc = doc_with(Institution("i1", "ЗапНУ", lang="ru", acronym="ЗапНУ"),
                   Institution("i2", "Восточный национальный университет", lang="ru"))
    resolve_institutions(doc, None)
    assert len(doc.institutions) == 2


def test_a_record_found_by_the_acronym_alone_must_not_contradict_the_full_name(tmp_path):
    with gzip.open(tmp_path / "ror.jsonl.gz", "wt", encoding="utf-8") as fh:
        for r in [rec("0aaaaaa11", [("Credit Rating Network", None, "label"), ("CRN", None, "acronym")], "GB", "Leeds"),
                  rec("0aaaaaa12", [("Dniester Valley State University", None, "label"),
                                    ("Днестровский государственный университет", "ru", "label"),
                                    ("ДГУ", "ru", "acronym")], "MD", "Tiraspol")]:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    build([tmp_path / "ror.jsonl.gz"], tmp_path)
    res = Res(Gazetteer.load(tmp_path))
    other = Document(path=Path("x.txt"), lang="en",
                     institutions=[Institution("i1", "Caspian Rivers Network", lang="en", acronym="CRN")])
    resolve_institutions(other, res)
    assert other.institutions[0].link is None
    # the acronym of a full name the record does carry (here in another case form) still links
    same = Document(path=Path("x.txt"), lang="ru",
                    institutions=[Institution("i1", "Днестровского государственного университета", lang="ru",
                                              acronym="ДГУ")])
    resolve_institutions(same, res)
    assert same.institutions[0].link is not None and same.institutions[0].link.id.endswith("0aaaaaa12")
