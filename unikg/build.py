"""Build the graph: documents -> facts (loaders) -> RDF (unikg.rdf) -> store -> validation."""
from __future__ import annotations

import hashlib
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
from unikg.rdf import document_quads

DEFAULT_DOCS = st.ROOT / "graph_data" / "documents"


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
                         f"{self.linking['new']} new ({self.linking['ambiguous']} of them ambiguous)")
        if self.validation is not None:
            v = self.validation
            lines.append(f"{'validation':<18} " + ("conforms" if v.conforms else f"{len(v.violations)} violation(s): run `unikg validate`"))
        lines.append(f"{'time':<18} {self.seconds:.1f} s")
        return "\n".join(lines)


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""  # unreadable: let the reader report it


def build(inputs: list[Path] | None = None, store_path: Path = st.DEFAULT_STORE, *, workers: int = 1,
          validate: bool = True, force: bool = False, progress: bool | None = None,
          resources: Resources | None = None) -> BuildReport:
    """Read `inputs` (files or folders), extract, and write each document's graph.

    Unchanged documents (same content hash as in the store) are skipped unless `force`.
    """
    t0 = time.perf_counter()
    report = BuildReport()
    paths, errors = find_documents([Path(p) for p in (inputs or [DEFAULT_DOCS])])
    report.failed += errors
    store = st.open_store(store_path)
    try:
        st.load_ontology(store)
        known = set() if force else set(st.document_hashes(store).items())
        todo = []
        for path in paths:
            if (path.name, _sha256(path)) in known:
                report.unchanged += 1  # same file, same bytes: its graph is already right
                continue
            todo.append(path)
        results = pipe(todo, n_process=workers, resources=resources)
        bar = tqdm(results, total=len(todo), unit="doc", desc="build", file=sys.stderr,
                   disable=None if progress is None else not progress)
        for path, doc, error in bar:
            if error:
                report.failed.append(error)
                continue
            graph, quads, reference = document_quads(doc)
            st.replace_graph(store, graph, quads)
            st.add_reference(store, reference)
            report.documents += 1
            report.warnings += [f"{doc.file_name}: {w}" for w in doc.warnings]
            for inst in doc.institutions:
                report.linking["linked" if inst.link else "new"] += 1
            report.linking["ambiguous"] += sum(w.startswith("ambiguous:") for w in doc.warnings)
        store.flush()
        report.stats = st.stats(store)
        if validate:
            from unikg.validate import validate_store
            report.validation = validate_store(store)
    finally:
        del store
    report.seconds = time.perf_counter() - t0
    return report
