"""Heavy resources (gazetteer index, Russian NER models), built once and passed in.

Each worker process builds its own `Resources` once; components receive it and never
load models themselves.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "graph_data"


class Resources:
    def __init__(self, reference_dir: Path | None = None, use_ner: bool = True):
        self.reference_dir = Path(reference_dir) if reference_dir else DATA_DIR / "reference"
        self.use_ner = use_ner

    @cached_property
    def gazetteer(self):
        from loaders.gazetteer import Gazetteer
        return Gazetteer.load(self.reference_dir)

    @cached_property
    def natasha(self):
        """natasha's Russian segmenter, morphology and NER (models ship inside the packages)."""
        if not self.use_ner:
            return None
        from loaders.russian import RussianNLP
        return RussianNLP()
