"""Shared fixtures: the hand-made query dataset (tests/data/queries/) loaded in a store,
and parameter values that every named query with required parameters can run with."""
from __future__ import annotations

from pathlib import Path

import pytest

QUERY_DATASET = Path(__file__).parent / "data" / "queries" / "dataset.trig"


@pytest.fixture(scope="session")
def query_dataset() -> Path:
    return QUERY_DATASET


@pytest.fixture
def query_store(query_dataset):
    """A fresh in-memory store holding the query dataset (tests may change it)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(query_dataset), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="session")
def query_params() -> dict[str, dict[str, str]]:
    """Values for the required parameters of the named queries, matching the dataset."""
    return {
        "collaborations-between-countries": {"country_a": "IR", "country_b": "RU"},
        "officials-of-institution": {"institution": "volga"},
        "evidence-for-pair": {"a": "https://ror.org/00volga22", "b": "Нила"},
        "institution-profile": {"institution": "https://ror.org/00zagros1"},
    }
