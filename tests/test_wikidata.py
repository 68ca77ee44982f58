"""Wikidata reconciliation against a local Oxigraph server loaded with a small fictional
Wikidata-shaped fixture (tests/data/wikidata/fixture.ttl) - never against the real Wikidata."""
from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path

import pytest

from loaders.model import Document, Evidence, Institution, Link
from test_endpoint import free_port, running_oxigraph
from unikg.query import upload_dataset
from unikg.rdf import document_quads, institution_iri
from unikg.wikidata import USER_AGENT, Reconciler, reconcile

FIXTURE = Path(__file__).parent / "data" / "wikidata" / "fixture.ttl"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    with running_oxigraph(tmp_path_factory.mktemp("wikidata")) as base_url:
        upload_dataset(base_url, FIXTURE.read_bytes(), "application/trig")
        yield base_url + "/query"


def dead_endpoint() -> str:
    return f"http://127.0.0.1:{free_port()}/query"   # nothing listens there


def rec(endpoint, tmp_path=None, **kw) -> Reconciler:
    return Reconciler(endpoint, tmp_path / "wd.json" if tmp_path else None, pause=0, timeout=10, **kw)


def test_an_exact_label_in_its_language_is_a_match(endpoint):
    cand = rec(endpoint).match("دانشگاه نورثفیلد", "fa")
    assert cand is not None and cand.qid == "Q999000010"
    assert cand.country == "NL"
    assert (cand.lat, cand.lng) == (-3.25, 12.5)
    assert cand.ror == "https://ror.org/00zz00z00"
    assert {lang for _, lang in cand.labels} == {"en", "fa", "ru", "ar"}


def test_aliases_and_subclasses_of_university_count(endpoint):
    r = rec(endpoint)
    assert r.match("NFU", "en").qid == "Q999000010"
    assert r.match("Лейксайдский технологический институт", "ru").qid == "Q999000011"


def test_no_match_is_forced(endpoint):
    r = rec(endpoint)
    assert r.match("Saint Anne University Hospital", "en") is None   # a hospital
    assert r.match("Northfield", "en") is None                        # a town
    assert r.match("Northfield University", "fa") is None             # the label is English, not Persian
    assert r.match("Northfield Universty", "en") is None              # no fuzzy spelling
    assert r.errors == []


def test_two_items_of_one_name_are_ambiguous_unless_the_country_decides(endpoint):
    r = rec(endpoint)
    assert r.match("Riverton University", "en") is None
    assert r.match("Riverton University", "en", country="SL").qid == "Q999000013"
    assert r.match("Riverton University", "en", country="XX") is None


def test_the_same_name_is_never_asked_twice(endpoint, tmp_path):
    first = rec(endpoint, tmp_path)
    first.candidates([("Northfield University", "en"), ("Nowhere College", "en")])
    assert first.asked == 2
    cache = json.loads((tmp_path / "wd.json").read_text(encoding="utf-8"))
    assert cache["en|Nowhere College"] == []          # "nothing found" is remembered too
    # a second build, with the endpoint gone: everything comes from the cache
    second = rec(dead_endpoint(), tmp_path)
    assert second.match("Northfield University", "en").qid == "Q999000010"
    assert second.match("Nowhere College", "en") is None
    assert second.asked == 0 and second.errors == []


def test_reconcile_names(endpoint, tmp_path):
    found, errors = reconcile(["Northfield University", ("جامعة نورثفيلد", "ar"), "Nowhere College"],
                              endpoint, tmp_path / "wd.json", pause=0)
    assert errors == []
    assert found["Northfield University"].qid == "Q999000010"
    assert found["جامعة نورثفيلد"].qid == "Q999000010"   # Arabic script, language given
    assert found["Nowhere College"] is None


def test_an_unreachable_endpoint_is_reported_not_raised(tmp_path):
    r = rec(dead_endpoint(), tmp_path)
    assert r.match("Northfield University", "en") is None
    assert r.match("Riverton University", "en") is None
    assert len(r.errors) == 1 and "cannot query" in r.errors[0]   # asked once, then stopped
    assert not (tmp_path / "wd.json").exists()                     # failures are not cached


class _Slow(http.server.BaseHTTPRequestHandler):
    agents: list[str] = []
    delay = 0.0

    def do_GET(self):  # noqa: N802 - the http.server name
        type(self).agents.append(self.headers.get("User-Agent", ""))
        time.sleep(type(self).delay)
        body = json.dumps({"head": {"vars": []}, "results": {"bindings": []}}).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass   # the client gave up (the timeout test)

    def log_message(self, *args):
        pass


@pytest.fixture()
def fake_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Slow.agents, _Slow.delay = [], 0.0
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_requests_name_the_project_and_time_out(fake_server):
    r = Reconciler(fake_server, None, pause=0, timeout=1)
    assert r.match("Northfield University", "en") is None and r.errors == []
    assert _Slow.agents == [USER_AGENT] and "unikg" in USER_AGENT
    _Slow.delay = 3
    r = Reconciler(fake_server, None, pause=0, timeout=1)
    t0 = time.monotonic()
    assert r.match("Riverton University", "en") is None
    assert time.monotonic() - t0 < 2.5
    assert len(r.errors) == 1


def _doc(*insts: Institution) -> Document:
    text = "x" * 40
    doc = Document(path=Path("w.txt"), id="w", file_name="w.txt", text=text, content_hash="w", lang="fa")
    for inst in insts:
        inst.evidence = [Evidence(0, 5, text[:5], text)]
    doc.institutions = list(insts)
    return doc


def test_linking_a_document(endpoint):
    known = Link(id="curated:already", name="Already Linked")
    doc = _doc(Institution("i1", "دانشگاه نورثفیلد", "fa", kind="University"),
               Institution("i2", "Riverton University", "en"),
               Institution("i3", "Nowhere College", "en", link=known))
    r = rec(endpoint)
    r.link(doc)
    i1, i2, i3 = doc.institutions
    assert i1.link.wikidata == "Q999000010" and i1.country == "NL" and i1.link.method == "wikidata"
    assert i2.link is None          # ambiguous: left alone
    assert i3.link is known         # the gazetteer's link is never replaced
    assert r.linked == 1 and any(w.startswith("wikidata: i1") for w in doc.warnings)
    assert institution_iri(i1).value.endswith("/institution/q999000010")
    _, _, reference = document_quads(doc)
    assert any(q.object.value == "http://www.wikidata.org/entity/Q999000010" for q in reference)


def test_a_ror_id_the_gazetteer_knows_gives_the_gazetteer_record(endpoint):
    class Gazetteer:   # the one method Reconciler uses
        def get(self, id):
            return Link(id=id, ror=id, name="Northfield University") if id == "https://ror.org/00zz00z00" else None

    doc = _doc(Institution("i1", "Нортфилдский университет", "ru"))
    rec(endpoint, gazetteer=Gazetteer()).link(doc)
    assert doc.institutions[0].link.ror == "https://ror.org/00zz00z00"
    assert institution_iri(doc.institutions[0]).value.endswith("/institution/ror-00zz00z00")


def test_the_cache_lives_beside_the_store(tmp_path):
    from unikg.wikidata import cache_path_for
    assert cache_path_for(tmp_path / "store") == tmp_path / "store.wikidata.json"


def test_unikg_build_reconciles_unknown_institutions_when_asked(endpoint, tmp_path):
    """`unikg build --reconcile-wikidata`: the gazetteer does not know Northfield University,
    the (fixture) Wikidata does; off by default, on with the switch."""
    import subprocess
    import sys

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "northfield.txt").write_text(
        "Northfield University and the University of Tehran signed a memorandum of understanding "
        "on joint research on 4 March 2024.\n", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent

    def build(store: str, *extra: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "unikg", "build", str(docs), "--store", str(tmp_path / store),
                               "--quiet", *extra], capture_output=True, text=True, cwd=root, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout

    assert "through Wikidata" not in build("plain")
    out = build("reconciled", "--reconcile-wikidata", "--wikidata-endpoint", endpoint)
    assert "1 through Wikidata" in out
    dump = subprocess.run([sys.executable, "-m", "unikg", "dump", "--store", str(tmp_path / "reconciled")],
                          capture_output=True, text=True, cwd=root, timeout=120).stdout
    assert "<http://www.wikidata.org/entity/Q999000010>" in dump
    assert (tmp_path / "reconciled.wikidata.json").exists() or any(tmp_path.glob("*wikidata*.json"))
