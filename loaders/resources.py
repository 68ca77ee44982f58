"""Heavy resources (gazetteer index, Russian NER models), built once and passed in.

Each worker process builds its own `Resources` once; components receive it and never
load models themselves.
"""
from __future__ import annotations

import os
import sys
from functools import cached_property
from pathlib import Path

from unikg.locations import shipped

REFERENCE_DIR = shipped("graph_data/reference")


class Resources:
    def __init__(self, reference_dir: Path | None = None, use_ner: bool = True):
        self.reference_dir = Path(reference_dir) if reference_dir else REFERENCE_DIR
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
        single_threaded_numpy()
        from loaders.russian import RussianNLP
        return RussianNLP()


def single_threaded_numpy() -> None:
    """Ask numpy's BLAS for one thread, if numpy is not loaded yet (the setting is read once).

    natasha's NER multiplies small matrices; OpenBLAS's extra threads only spin there. With
    one extraction process per core they spun against the other worker: a 2-worker build
    used 50% more CPU and ran a third slower. An explicit setting in the environment wins.
    """
    if "numpy" in sys.modules:
        return
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
