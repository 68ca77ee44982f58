"""The extraction pipeline: a document is filled step by step by small components.

Each component is a plain function `component(doc, resources) -> None` in a module of
its own. `Pipeline` runs them in order on one document; `pipe` runs a batch, in this
process or across worker processes (each worker builds its `Resources` once).

    python -m loaders.pipeline FILE...      # print the extracted facts as JSON
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

from loaders.model import Document, DocumentError
from loaders.resources import Resources

Component = Callable[[Document, Resources], None]


def default_components() -> list[Component]:
    """The components in the order they run. Imported here so a worker imports them once."""
    from loaders.normalise import normalise
    from loaders.language import detect_language
    from loaders.sentences import split_sentences
    from loaders.dateline import find_dateline
    from loaders.institutions import find_institutions
    from loaders.resolve import resolve_institutions
    from loaders.officials import find_officials
    from loaders.events import find_events
    from loaders.agreements import find_agreements
    from loaders.topics import find_topics
    return [normalise, detect_language, split_sentences, find_dateline, find_institutions,
            resolve_institutions, find_officials, find_events, find_agreements, find_topics]


class Pipeline:
    def __init__(self, resources: Resources | None = None, components: list[Component] | None = None):
        self.resources = resources or Resources()
        self.components = components if components is not None else default_components()

    def __call__(self, path: Path) -> Document:
        """Read and extract one file. Raises DocumentError for an unreadable file."""
        from loaders.read import read_document
        doc = read_document(Path(path))
        for component in self.components:
            component(doc, self.resources)
        return doc


# ---- batches: one switch (n_process) between in-process and worker processes

_worker: Pipeline | None = None


def _init_worker(reference_dir: str | None, use_ner: bool) -> None:
    global _worker
    _worker = Pipeline(Resources(Path(reference_dir) if reference_dir else None, use_ner=use_ner))


def _run_one(path: Path) -> tuple[Path, Document | None, str | None]:
    try:
        return path, _worker(path), None
    except DocumentError as exc:
        return path, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return path, None, f"{path}: extraction failed ({type(exc).__name__}: {exc})"


def pipe(paths: Iterable[Path], n_process: int = 1, resources: Resources | None = None
         ) -> Iterator[tuple[Path, Document | None, str | None]]:
    """Yield (path, document or None, error message or None) for each path, in order."""
    global _worker
    paths = list(paths)
    res = resources or Resources()
    if n_process <= 1 or len(paths) < 2:
        _worker = Pipeline(res)
        yield from map(_run_one, paths)
        return
    ref = str(res.reference_dir) if res.reference_dir else None
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker,
                             initargs=(ref, res.use_ner)) as pool:
        # chunks keep inter-process traffic low on large corpora
        yield from pool.map(_run_one, paths, chunksize=max(1, min(32, len(paths) // (n_process * 4) or 1)))


def to_json(doc: Document) -> dict:
    """The facts of a document as plain JSON, for review (`unikg extract`)."""
    data = asdict(doc)
    for key in ("raw", "norm", "offsets", "sentences", "text"):
        data.pop(key, None)
    data["path"] = str(doc.path)
    return data


if __name__ == "__main__":
    for path, doc, error in pipe([Path(p) for p in sys.argv[1:]], n_process=int(os.environ.get("UNIKG_WORKERS", "1"))):
        if error:
            print(error, file=sys.stderr)
        else:
            print(json.dumps(to_json(doc), ensure_ascii=False, indent=1))
