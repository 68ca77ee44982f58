"""Running the whole pipeline on a test's own text and looking into the Document it gives
(shared by the extraction tests written from the held-out rounds)."""
from __future__ import annotations

from loaders.normalise import fold
from loaders.pipeline import Pipeline


def run(tmp_path, text: str, res):
    """The Document the pipeline makes of `text`, read from a file as a build reads it."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return Pipeline(res)(path)


def labels(inst) -> set[str]:
    """An institution's name and labels, folded."""
    return {fold(inst.name)} | {fold(x[0]) for x in inst.labels}


def inst_named(doc, name: str):
    return next((i for i in doc.institutions if fold(name) in labels(i)), None)


def inst_of(doc, person_name: str) -> str | None:
    """The folded name of the institution of the person's (first) post."""
    for post in doc.posts:
        if fold(doc.person(post.person).name) == fold(person_name):
            inst = doc.institution(post.institution)
            return fold(inst.name) if inst else None
    return None


def names(doc) -> set[str]:
    return {fold(i.name) for i in doc.institutions}
