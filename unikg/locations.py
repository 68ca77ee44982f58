"""Where unikg finds the files it ships and where it writes when no path is given.

In a source checkout (and an editable install) the shipped files are the repository's
top-level folders: `ontology/`, `shapes/`, `queries/`, `graph_data/reference/` and the bundled
corpus `graph_data/documents/`, the sources of truth that are edited there. A wheel carries
copies of them under `unikg/data/` (mapped in pyproject.toml), because an installed package
has no repository around it. Output (the store, network pages) goes under the checkout's
`graph_data/` when there is one, else under `graph_data/` in the current folder: never into
site-packages.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_WHEEL_DATA = PACKAGE_DIR / "data"
# A checkout is recognised by its pyproject.toml next to the package.
CHECKOUT = PACKAGE_DIR.parent if (PACKAGE_DIR.parent / "pyproject.toml").is_file() else None

# repository folder -> its place under unikg/data/ in a wheel
SHIPPED = {
    "ontology": "ontology",
    "shapes": "shapes",
    "queries": "queries",
    "graph_data/reference": "reference",
    "graph_data/documents": "documents",
}


def shipped(folder: str) -> Path:
    """The folder of shipped files named by its repository path, e.g. "shapes"."""
    if folder not in SHIPPED:
        raise KeyError(f"{folder!r} is not shipped; shipped folders: {', '.join(SHIPPED)}")
    if CHECKOUT is not None:
        return CHECKOUT / folder
    return _WHEEL_DATA / SHIPPED[folder]


def workspace() -> Path:
    """The folder whose graph_data/ receives default output."""
    return CHECKOUT if CHECKOUT is not None else Path.cwd()
