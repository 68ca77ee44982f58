"""Build the graph: documents -> facts (loaders) -> RDF (unikg.rdf) -> store -> validation."""
from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from loaders.pipeline import pipe
from loaders.read import find_documents
from loaders.resources import Resources
from unikg import store as st
from unikg.locations import shipped
from unikg.rdf import document_quads

DEFAULT_DOCS = shipped("graph_data/documents")


@dataclass
class BuildReport:
    documents: int = 0                      # documents read and written
    unchanged: int = 0                      # skipped because their content hash is already in the store
    failed: list[str] = field(default_factory=list)   # one message per failed document
    warnings: list[str] = field(default_factory=list)
    linking: Counter = field(default_factory=Counter)  # linked / new institution mentions
    stats: dict[str, int] = field(default_factory=dict)
    validation: object | None = None        # unikg.validate.ValidationReport
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed and (self.validation is None or self.validation.conforms)

    def summary(self) -> str:
        lines = [f"documents read     {self.documents}" + (f" (+{self.unchanged} unchanged, skipped)" if self.unchanged else "")]
        if self.failed:
            lines.append(f"documents failed   {len(self.failed)}")
            lines += [f"  - {msg}" for msg in self.failed]
        s = self.stats
        for key in ("institutions", "persons", "events", "agreements"):
            lines.append(f"{key:<18} {s.get(key, 0)}")
        lines.append(f"{'triples':<18} {s.get('quads', 0)} in {s.get('named graphs', 0)} named graphs")
        total = self.linking["linked"] + self.linking["new"]
        if total:
            lines.append(f"{'linking':<18} {self.linking['linked']}/{total} institution mentions linked to the gazetteer, "
                         f"{self.linking['new']} new ({self.linking['ambiguous']} of them ambiguous)"
                         + (f", {self.linking['wikidata']} through Wikidata" if "wikidata" in self.linking else ""))
        if self.validation is not None:
            v = self.validation
            lines.append(f"{'validation':<18} " + ("conforms" if v.conforms else f"{len(v.violations)} violation(s): run `unikg validate`"))
        lines.append(f"{'time':<18} {self.seconds:.1f} s")
        return "\n".join(lines)


class _Writer:
    """Writes document graphs to the store in batches.

    A document whose graph is not in the store yet is queued and written with many others
    by `Store.bulk_extend` (three times faster than a transaction, and it does not hold
    the batch in memory twice). A bulk write may stop partway, so the content hashes, the
    marks by which the next build skips a document as unchanged, are held back and written
    after the batch in one small transaction: a document cut short by a crash has no hash
    and the next build redoes it (its graph then exists, so it is replaced). A document
    already in the store is replaced at once by `replace_graph` (DROP + INSERT in one
    transaction), so a rebuild never shows it half-old, half-new. Reference facts are
    shared, so they are collected as a set and added per batch.
    """

    BATCH_QUADS = 200_000   # ~1,000 documents: bounded memory, few transactions

    def __init__(self, store, existing: set[str]):
        self.store = store
        self.existing = existing
        self.queue: list = []
        self.reference: set = set()
        self.written: list = []
        self.queued: set[str] = set()

    def add(self, graph, quads, reference) -> None:
        if graph.value in self.existing:
            if graph.value in self.queued:
                self.flush()   # its queued version must be in the store before it is replaced
            st.replace_graph(self.store, graph, quads)
        else:
            self.queue += quads
            self.queued.add(graph.value)
            self.existing.add(graph.value)   # the same IRI again in this run must replace, not merge
        self.reference.update(reference)
        self.written.append(graph)
        if len(self.queue) >= self.BATCH_QUADS:
            self.flush()

    def flush(self) -> None:
        if self.queue:
            marks = [q for q in self.queue if q.predicate == st.CONTENT_HASH]
            self.store.bulk_extend(q for q in self.queue if q.predicate != st.CONTENT_HASH)
            self.store.extend(marks)
            self.queue = []
            self.queued = set()
        if self.reference:
            self.store.extend(self.reference)
            self.reference = set()
        # Without a flush the written batches stay in memory (~190 MB per 200k quads, so
        # ~1.9 GB for 10,000 articles); with it the build's main process stays near 0.5 GB.
        self.store.flush()


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""  # unreadable: let the reader report it


class FileHashes:
    """SHA-256 of document files, remembered by (size, mtime) in a JSON file beside the store.

    The content hash decides whether a document changed; this only spares reading the
    10,000 files a rebuild did not touch (git's index does the same). A file whose mtime
    is within two seconds of the save is not remembered, as it could still change within
    the clock's resolution. A missing or unreadable cache file just means hashing anew.
    """

    RACY_NS = 2_000_000_000

    def __init__(self, path: Path):
        self.path = path
        try:
            self.known = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(self.known, dict):
                self.known = {}
        except (OSError, ValueError):
            self.known = {}
        self.seen: dict[str, list] = {}

    def sha256(self, path: Path) -> str:
        try:
            st_ = path.stat()
        except OSError:
            return ""
        key = str(path.resolve())
        entry = self.known.get(key)
        if isinstance(entry, list) and len(entry) == 3 and entry[:2] == [st_.st_size, st_.st_mtime_ns]:
            digest = entry[2]
        else:
            digest = _sha256(path)
        if digest:
            self.seen[key] = [st_.st_size, st_.st_mtime_ns, digest]
        return digest

    def save(self) -> None:
        """Keep the files seen in this build (others may have moved or gone)."""
        now = time.time_ns()
        entries = {k: v for k, v in self.seen.items() if now - v[1] > self.RACY_NS}
        try:
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(entries), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass   # a cache that cannot be written costs the next build some reading, nothing else


def build(inputs: list[Path] | None = None, store_path: Path = st.DEFAULT_STORE, *, workers: int = 1,
          validate: bool = True, force: bool = False, progress: bool | None = None,
          resources: Resources | None = None, wikidata_endpoint: str | None = None) -> BuildReport:
    """Read `inputs` (files or folders), extract, and write each document's graph.

    Unchanged documents (same content hash as in the store) are skipped unless `force`.
    With `wikidata_endpoint`, institutions the gazetteer does not know are looked up there
    by exact label (online, cached beside the store; off by default).
    """
    t0 = time.perf_counter()
    report = BuildReport()
    paths, errors = find_documents([Path(p) for p in (inputs or [DEFAULT_DOCS])])
    report.failed += errors
    store = st.open_store(store_path)
    try:
        st.load_ontology(store)
        known = set() if force else set(st.document_hashes(store).items())
        hashes = FileHashes(st.beside(store_path, ".files.json"))
        todo = []
        for path in paths:
            if (path.name, hashes.sha256(path)) in known:
                report.unchanged += 1  # same file, same bytes: its graph is already right
                continue
            todo.append(path)
        hashes.save()
        before = {g.value for g in store.named_graphs()}
        results = pipe(todo, n_process=workers, resources=resources)
        bar = tqdm(results, total=len(todo), unit="doc", desc="build", file=sys.stderr, smoothing=0.1,
                   disable=None if progress is None else not progress)
        writer = _Writer(store, before)
        reconciler = None
        if wikidata_endpoint:
            from unikg.wikidata import Reconciler, cache_path_for
            reconciler = Reconciler(wikidata_endpoint, cache_path_for(store_path),
                                    gazetteer=(resources or Resources()).gazetteer)
        for path, doc, error in bar:
            if error:
                report.failed.append(error)
                continue
            if reconciler:
                reconciler.link(doc)
            graph, quads, reference = document_quads(doc)
            writer.add(graph, quads, reference)
            report.documents += 1
            report.warnings += [f"{doc.file_name}: {w}" for w in doc.warnings]
            for inst in doc.institutions:
                report.linking["linked" if inst.link else "new"] += 1
            report.linking["ambiguous"] += sum(w.startswith("ambiguous:") for w in doc.warnings)
        writer.flush()
        store.flush()
        if reconciler:
            report.warnings += reconciler.errors
            report.linking["wikidata"] = reconciler.linked
        report.stats = st.stats(store)
        if validate:
            from unikg.validate import validate_documents, validate_store
            # A store that held documents before is validated where it changed (plus the
            # graph-wide queries); a fresh store, or a forced rebuild, in full.
            if before - {st.ONTOLOGY_GRAPH.value, st.REFERENCE_GRAPH.value} and not force:
                report.validation = validate_documents(store, writer.written)
            else:
                report.validation = validate_store(store)
    finally:
        del store
    report.seconds = time.perf_counter() - t0
    return report
