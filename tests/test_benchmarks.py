"""The synthetic corpus generator writes well-formed articles whose gold matches the text,
and the benchmark's triple sets follow the graph model. (No timing here: see benchmarks/run.py.)"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import generate as gen  # noqa: E402
from benchmarks import run  # noqa: E402
from loaders.dates import jalali_to_gregorian  # noqa: E402
from loaders.resources import Resources  # noqa: E402

GOLD_KEYS = {"document", "language", "institutions", "collaborations", "officials", "events", "agreements", "topics"}
TOPICS = {"StudentExchange", "StaffExchange", "JointDegree", "JointResearch", "JointPublication", "Training",
          "OnlineEducation", "Innovation", "SummerSchool", "Scholarship", "AcademicEvents", "Healthcare", "Culture"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    paths = gen.generate(out, 24, seed=7, gazetteer=Resources().gazetteer)
    return out, paths


def _gold(path: Path) -> dict:
    return json.loads(path.with_name(path.name.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))


def test_every_article_has_gold_in_the_gold_format(corpus):
    out, paths = corpus
    assert len(paths) == 24 and len(list(out.glob("*.gold.json"))) == 24
    assert {_gold(p)["language"] for p in paths} == set(gen.LANGS)
    for p in paths:
        gold = _gold(p)
        assert set(gold) == GOLD_KEYS and gold["document"] == p.name
        ids = [i["id"] for i in gold["institutions"]]
        assert len(ids) == len(set(ids)) >= 2
        assert all(re.fullmatch(r"[A-Z]{2}", i["country"]) for i in gold["institutions"])
        assert all(set(pair) <= set(ids) and pair[0] != pair[1] for pair in gold["collaborations"])
        assert all(o["institution"] in ids for o in gold["officials"])
        assert all(set(a["parties"]) <= set(ids) for a in gold["agreements"])
        assert set(gold["topics"]) <= TOPICS and gold["topics"]
        words = len(p.read_text(encoding="utf-8").split())
        assert 300 <= words <= 600, (p.name, words)


def _forms(name: str, lang: str, inflect) -> set[str]:
    return {name} | ({f for f in (inflect(name, c) for c in ("gen", "acc")) if f} if lang == "ru" else set())


def test_the_gold_names_what_the_text_says(corpus):
    _, paths = corpus
    for p in paths:
        text, gold = p.read_text(encoding="utf-8"), _gold(p)
        lang = gold["language"]
        for inst in gold["institutions"]:
            # the first alias is the name written, in the dictionary form; Russian text may decline it
            assert any(f in text for f in _forms(inst["aliases"][0], lang, gen.ru_decline)), (p.name, inst["aliases"][0])
        for off in gold["officials"]:
            name = off["names"][0]
            assert name in text or (lang == "ru" and gen.ru_instrumental(name) in text), (p.name, name)
        for code in gold["topics"]:
            if code != "JointDegree":   # stated by the programme template's own words
                assert gen.TOPICS[lang][code] in text, (p.name, code)
        assert gold["events"][0]["primary"] and gold["events"][0]["start"]


def test_persian_dates_are_jalali_and_the_gold_has_them_in_gregorian(corpus):
    _, paths = corpus
    months = "|".join(gen.JALALI_MONTHS)
    checked = 0
    for p in paths:
        gold = _gold(p)
        if gold["language"] != "fa":
            continue
        text = p.read_text(encoding="utf-8").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
        d, month, y = re.search(rf"(\d+) ({months}) (\d{{4}})", text).groups()
        assert jalali_to_gregorian(int(y), gen.JALALI_MONTHS.index(month) + 1, int(d)) == gold["events"][0]["start"]
        checked += 1
    assert checked


def test_the_same_seed_gives_the_same_corpus(corpus, tmp_path):
    _, paths = corpus
    again = gen.generate(tmp_path / "a", 4, seed=7, gazetteer=Resources().gazetteer)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in paths[:4]]
    other = gen.generate(tmp_path / "b", 4, seed=8, gazetteer=Resources().gazetteer)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in paths[:4]]


@pytest.mark.parametrize("name,case,expected", [
    ("Томский государственный университет", "gen", "Томского государственного университета"),
    ("Российская академия", "gen", "Российской академии"),
    ("Российская академия", "acc", "Российскую академию"),
    ("Уральский федеральный университет имени Б. Н. Ельцина", "gen",
     "Уральского федерального университета имени Б. Н. Ельцина"),
    ("Синий институт", "gen", "Синего института"),
    ("Университет ИТМО", "gen", "Университета ИТМО"),
    ("МГУ", "gen", None),
])
def test_russian_names_are_declined(name, case, expected):
    assert gen.ru_decline(name, case) == expected


def test_replicated_triples_keep_documents_apart_and_reference_facts_attached(tmp_path):
    unikg, ident = "https://w3id.org/unikg/ontology#", "https://w3id.org/unikg/id/"
    src = ox.Store(str(tmp_path / "src"))
    inst = ox.NamedNode(ident + "institution/x")
    ref = ox.NamedNode("https://w3id.org/unikg/graph/reference")
    for slug in ("doc-1", "doc-2"):
        g = ox.NamedNode(ident + "document/" + slug)
        ev = ox.NamedNode(f"{ident}event/{slug}-1")
        src.extend([ox.Quad(g, ox.NamedNode(unikg + "fileName"), ox.Literal(slug + ".txt"), g),
                    ox.Quad(ev, ox.NamedNode(unikg + "participant"), inst, g),
                    ox.Quad(inst, ox.NamedNode(unikg + "mentionedIn"), g, g)])
    src.add(ox.Quad(inst, ox.NamedNode(unikg + "countryCode"), ox.Literal("IR"), ref))
    src.add(ox.Quad(ox.NamedNode(ident + "institution/unused"), ox.NamedNode(unikg + "countryCode"),
                    ox.Literal("RU"), ref))
    src.flush()
    del src
    out = tmp_path / "t.nq"
    written = run.make_triples(str(tmp_path / "src"), 10, out)
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    assert len(store) == written >= 10
    docs = {g.value for g in store.named_graphs() if "/document/" in g.value}
    assert len(docs) == 4 and ident + "document/doc-1-r1" in docs
    # each replica's event is its own resource, in its own graph
    events = {q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(unikg + "participant"), None, None)}
    assert ident + "event/doc-1-r1-1" in events and len(events) == 4
    # reference facts only for resources the written documents mention
    ref_subjects = {q.subject.value for q in store.quads_for_pattern(None, None, None, ref)}
    assert ref_subjects == {inst.value}
