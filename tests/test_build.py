"""The build: batched writes keep per-document replace semantics; rebuilds touch and
validate only what changed."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from loaders.resources import Resources
from unikg import build as b
from unikg import store as st
from unikg import validate as v

EX = "https://example.org/"


def graph(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + "graph/" + name)


def quads(g: ox.NamedNode, n: int, tag: str = "v") -> list[ox.Quad]:
    return [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"), ox.Literal(f"{tag}{i}"), g) for i in range(n)]


def in_graph(store, g) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(None, None, None, g)}


def test_writer_batches_new_documents_and_replaces_existing_ones(tmp_path, monkeypatch):
    store = st.open_store(tmp_path / "store")
    st.replace_graph(store, graph("old"), quads(graph("old"), 3, "old"))
    monkeypatch.setattr(b._Writer, "BATCH_QUADS", 5)
    w = b._Writer(store, {graph("old").value})
    w.add(graph("a"), quads(graph("a"), 2), [])
    assert not in_graph(store, graph("a"))          # queued, not yet written
    w.add(graph("old"), quads(graph("old"), 1, "new"), [])
    assert in_graph(store, graph("old")) == {"new0"}   # an existing graph is replaced at once
    w.add(graph("b"), quads(graph("b"), 4), [])        # the batch passes BATCH_QUADS: written
    assert in_graph(store, graph("a")) == {"v0", "v1"}
    assert in_graph(store, graph("b")) == {"v0", "v1", "v2", "v3"}
    assert [g.value for g in w.written] == [graph(n).value for n in ("a", "old", "b")]


def test_a_document_queued_then_seen_again_is_replaced_not_merged(tmp_path):
    store = st.open_store(tmp_path / "store")
    w = b._Writer(store, set())
    w.add(graph("a"), quads(graph("a"), 3, "first"), [])
    w.add(graph("a"), quads(graph("a"), 1, "second"), [])
    w.flush()
    assert in_graph(store, graph("a")) == {"second0"}


def test_reference_facts_shared_by_documents_are_written_once(tmp_path):
    store = st.open_store(tmp_path / "store")
    ref = ox.NamedNode(EX + "graph/reference")
    fact = ox.Quad(ox.NamedNode(EX + "x"), ox.NamedNode(EX + "p"), ox.Literal("r"), ref)
    w = b._Writer(store, set())
    w.add(graph("a"), [], [fact])
    w.add(graph("b"), [], [fact])
    w.flush()
    assert len(list(store.quads_for_pattern(None, None, None, ref))) == 1


class _BulkWriteCutShort:
    """A store whose bulk write stops after its first quad, as a crash would leave it."""

    def __init__(self, store):
        self.store = store

    def bulk_extend(self, quads):
        self.store.extend([next(iter(quads))])
        raise OSError("disk full")

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_batch_cut_short_leaves_no_content_hash_so_the_next_build_redoes_it(tmp_path):
    store = st.open_store(tmp_path / "store")
    g = graph("a")
    doc = [ox.Quad(g, ox.NamedNode(st.UNIKG + "fileName"), ox.Literal("a.txt"), g),
           ox.Quad(g, st.CONTENT_HASH, ox.Literal("abc"), g),
           *quads(g, 3)]
    w = b._Writer(_BulkWriteCutShort(store), set())
    w.add(g, doc, [])
    with pytest.raises(OSError):
        w.flush()
    assert in_graph(store, g)                                   # part of the document was written...
    assert not list(store.quads_for_pattern(None, st.CONTENT_HASH, None, None))   # ...but not its hash
    w = b._Writer(store, set())
    w.add(graph("b"), [ox.Quad(graph("b"), st.CONTENT_HASH, ox.Literal("def"), graph("b")), *quads(graph("b"), 2)], [])
    w.flush()
    assert [q.object.value for q in store.quads_for_pattern(None, st.CONTENT_HASH, None, None)] == ["def"]


ARTICLE = ("The University of Tehran and Tomsk State University signed a memorandum of understanding "
           "on March 3, 2023. The memorandum covers {topic}.\n")


@pytest.fixture(scope="module")
def resources():
    return Resources(use_ner=False)   # English articles only: no Russian models to load


def test_rebuild_reprocesses_and_validates_only_the_changed_document(tmp_path, resources, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, topic in (("one", "student exchange"), ("two", "joint research"), ("three", "summer schools")):
        (docs / f"{name}.txt").write_text(ARTICLE.format(topic=topic), encoding="utf-8")
    store_dir = tmp_path / "store"
    first = b.build([docs], store_dir, resources=resources, progress=False)
    assert first.documents == 3 and not first.failed
    assert first.validation is not None

    again = b.build([docs], store_dir, resources=resources, progress=False)
    assert (again.documents, again.unchanged) == (0, 3)

    (docs / "two.txt").write_text(ARTICLE.format(topic="online education"), encoding="utf-8")
    seen = {}
    real = v.validate_documents

    def per_document(store, graphs, **kw):
        seen["graphs"] = [g.value for g in graphs]
        return real(store, graphs, **kw)
    monkeypatch.setattr(v, "validate_documents", per_document)
    monkeypatch.setattr(v, "validate_store", lambda *a, **k: pytest.fail("a one-document rebuild validated everything"))
    third = b.build([docs], store_dir, resources=resources, progress=False)
    assert (third.documents, third.unchanged) == (1, 2)
    assert len(seen["graphs"]) == 1 and seen["graphs"][0].endswith("/two")
    store = st.open_store(store_dir, read_only=True)
    topics = {row["t"].value.rsplit("/", 1)[1] for row in store.query(
        f"SELECT ?t WHERE {{ GRAPH <{seen['graphs'][0]}> {{ ?d <https://w3id.org/unikg/ontology#topic> ?t }} }}")}
    assert "OnlineEducation" in topics and "JointResearch" not in topics   # replaced, not merged


# ---------------------------------------------------------------- validation of changed graphs

DOC_A = ox.NamedNode("https://w3id.org/unikg/id/document/doc-a")
ROLE = ox.NamedNode("http://www.w3.org/ns/org#role")


@pytest.fixture
def dataset_store(query_dataset):
    store = ox.Store()
    store.load(path=str(query_dataset), format=ox.RdfFormat.TRIG)
    store.load(path=str(v.ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(v.ONTOLOGY_GRAPH))
    return store


def _other_documents(store) -> list[ox.NamedNode]:
    return [g for g in store.named_graphs() if "/document/" in g.value and g != DOC_A]


def _keys(report) -> set:
    return {(x.focus, x.path, x.source) for x in report.violations}


def test_per_document_validation_finds_what_full_validation_finds_in_that_document(dataset_store):
    full = _keys(v.validate_store(dataset_store))
    one = _keys(v.validate_documents(dataset_store, [DOC_A]))
    assert one <= full
    # the dataset's made-up content hash is a violation of doc-a: both must report it
    assert {k for k in full if k[0] == DOC_A.value} and {k for k in full if k[0] == DOC_A.value} <= one


def test_per_document_validation_sees_its_own_graph_only(dataset_store):
    # Break doc-a with a core SHACL violation (a membership without its role) that no
    # graph-wide quality query checks.
    broken = [q for q in dataset_store.quads_for_pattern(None, ROLE, None, DOC_A)]
    assert broken
    for q in broken:
        dataset_store.remove(q)
    report = v.validate_documents(dataset_store, [DOC_A])
    assert not report.conforms
    assert any(x.path == ROLE.value for x in report.violations)
    others = _other_documents(dataset_store)
    assert others and not any(x.path == ROLE.value for x in v.validate_documents(dataset_store, others).violations)


def test_quality_queries_check_the_resources_of_the_changed_graphs(dataset_store):
    inst = ox.NamedNode("https://w3id.org/unikg/id/institution/ror-00zagros1")
    other = _other_documents(dataset_store)[0]
    dataset_store.add(ox.Quad(inst, ox.NamedNode("https://w3id.org/unikg/ontology#collaboratesWith"), inst, DOC_A))

    def found(report):
        return any(x.source == "self-collaboration-violation.rq" and x.focus == inst.value for x in report.violations)
    assert found(v.validate_documents(dataset_store, [DOC_A]))
    assert found(v.validate_store(dataset_store))
    # the institution is described in doc-a only: a change elsewhere cannot have broken it
    assert not found(v.validate_documents(dataset_store, [other]))


def test_extraction_asks_numpy_for_one_blas_thread_unless_told_otherwise(tmp_path):
    import subprocess
    import sys
    probe = ("import sys; from loaders.resources import single_threaded_numpy; single_threaded_numpy(); "
             "import os; print(os.environ['OPENBLAS_NUM_THREADS'], 'numpy' in sys.modules)")
    env = {k: v for k, v in __import__("os").environ.items() if not k.endswith("_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False"]
    env["OPENBLAS_NUM_THREADS"] = "4"
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["4", "False"]


def test_file_hashes_are_reused_by_size_and_mtime_and_recomputed_when_either_changes(tmp_path):
    import hashlib
    import json
    import os
    doc = tmp_path / "a.txt"
    doc.write_text("first version", encoding="utf-8")
    old = doc.stat().st_mtime_ns - 10_000_000_000   # well before now: not racy
    os.utime(doc, ns=(old, old))
    cache = tmp_path / "store.files.json"
    hashes = b.FileHashes(cache)
    assert hashes.sha256(doc) == hashlib.sha256(b"first version").hexdigest()
    hashes.save()
    saved = json.loads(cache.read_text())
    saved[str(doc.resolve())][2] = "remembered"           # proves the file is not read again
    cache.write_text(json.dumps(saved))
    assert b.FileHashes(cache).sha256(doc) == "remembered"
    doc.write_text("second, longer version", encoding="utf-8")
    os.utime(doc, ns=(old, old))                          # same mtime, other size: read again
    assert b.FileHashes(cache).sha256(doc) == hashlib.sha256(b"second, longer version").hexdigest()


def test_a_file_modified_just_now_is_not_remembered_and_a_broken_cache_is_ignored(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("fresh", encoding="utf-8")
    cache = tmp_path / "store.files.json"
    cache.write_text("{not json", encoding="utf-8")
    hashes = b.FileHashes(cache)
    assert hashes.sha256(doc)                 # hashed despite the broken cache
    hashes.save()
    assert __import__("json").loads(cache.read_text()) == {}   # within the clock's resolution: not kept
    assert b.FileHashes(cache).sha256(tmp_path / "missing.txt") == ""
