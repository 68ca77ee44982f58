"""The on-disk graph store: pyoxigraph, one named graph per document.

Replacing a document's graph is a single SPARQL update (DROP + INSERT DATA), which
Oxigraph applies as one transaction: a rebuilt document is either as it was or fully
rebuilt, never half-written and never duplicated. New documents are bulk-written by the
build, their content hashes last (see `unikg.build`), so one cut short is redone next time.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from unikg.locations import shipped, workspace
from unikg.rdf import ONTOLOGY_GRAPH, REFERENCE_GRAPH, UNIKG

ONTOLOGY_PATH = shipped("ontology") / "unikg.ttl"
DEFAULT_STORE = workspace() / "graph_data" / "store"
# A document graph's mark of the file bytes it was built from (`document_hashes`).
CONTENT_HASH = ox.NamedNode(UNIKG + "contentHash")


class StoreError(Exception):
    """The store cannot be opened or written; the message says what to do."""


def open_store(path: Path, read_only: bool = False) -> ox.Store:
    path = Path(path)
    if read_only:
        if not (path / "CURRENT").exists():
            raise StoreError(f"no graph store at {path}: run `unikg build` first (or pass --store DIR)")
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc
    path.mkdir(parents=True, exist_ok=True)
    try:
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path} for writing ({exc}); "
                         "is another unikg process (build or serve) using it?") from exc


def _block(quads: Iterable[ox.Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def replace_graph(store: ox.Store, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
    """Atomically replace the content of one named graph."""
    body = _block(quads)
    update = f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}" if body \
        else f"DROP SILENT GRAPH {graph}"
    store.update(update)


def add_reference(store: ox.Store, quads: list[ox.Quad]) -> None:
    """Reference facts are shared by documents: add them (set semantics, no duplicates)."""
    if quads:
        store.update(f"INSERT DATA {{ GRAPH {REFERENCE_GRAPH} {{\n{_block(quads)}\n}} }}")


def load_ontology(store: ox.Store, path: Path = ONTOLOGY_PATH) -> int:
    """(Re)load the ontology into its own graph; returns its triple count."""
    if not path.exists():
        raise StoreError(f"ontology file missing: {path}")
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    replace_graph(store, ONTOLOGY_GRAPH, [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in triples])
    return len(triples)


def document_hashes(store: ox.Store) -> dict[str, str]:
    """File name -> content hash of the file each document graph was built from."""
    rows = store.query(
        # The hash first: only document graphs carry one, so the join starts from the
        # smallest set (3x faster at 10,000 documents than starting from the type).
        f"SELECT ?f ?h WHERE {{ GRAPH ?g {{ ?g {CONTENT_HASH} ?h ; <{UNIKG}fileName> ?f }} }}")
    return {row["f"].value: row["h"].value for row in rows}


def remove_document(store: ox.Store, graph: ox.NamedNode) -> None:
    store.update(f"DROP SILENT GRAPH {graph}")


def beside(store_path: Path, suffix: str) -> Path:
    """A file of ours next to the store (not inside it: the store directory belongs to Oxigraph)."""
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + suffix)


def triple_count(store: ox.Store) -> int:
    return len(store)


_STATS_CLASSES = {"documents": "Document", "institutions": "Institution", "units": "Unit", "persons": "Person",
                  "memberships": "Membership", "events": "Event", "agreements": "Agreement", "evidence": "Evidence"}


def stats(store: ox.Store) -> dict[str, int]:
    """Distinct resources per class (subclasses included, all graphs), named graphs and quads."""
    # One grouped query, not one per class: a single pass over the typed resources.
    classes = " ".join(f"<{UNIKG}{c}>" for c in _STATS_CLASSES.values())
    rows = store.query(
        f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {classes} }} "
        f"GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?t <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c }} "
        f"GRAPH ?g {{ ?s a ?t }} }} GROUP BY ?c")
    found = {row["c"].value[len(UNIKG):]: int(row["n"].value) for row in rows}
    out = {key: found.get(cls, 0) for key, cls in _STATS_CLASSES.items()}
    out["named graphs"] = sum(1 for _ in store.named_graphs())
    out["quads"] = triple_count(store)
    return out
