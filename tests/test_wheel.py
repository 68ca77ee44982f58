"""An installed wheel works without the repository around it.

The ontology, shapes, queries, gazetteer and bundled corpus are edited at the top of the
repository; the wheel must carry them (pyproject.toml maps them under unikg/data/), and
default output must land in the current folder, not in site-packages. The wheel is built
from a copy of the sources and run with `python -S`, so the editable install's import hook
(a .pth file) cannot bring the checkout back in.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "unikg", "loaders", "ontology", "shapes", "queries",
           "graph_data/reference", "graph_data/documents")


@pytest.fixture(scope="module")
def wheel_dir(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(origin, src / name)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "--no-index", "-q", "-w", str(out), str(src)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = out.glob("unikg-*.whl")
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    return site


def run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    # -S: no site-packages processing, so only the unpacked wheel and the dependencies are seen
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), sysconfig.get_paths()["purelib"]]))
    return subprocess.run([sys.executable, "-S", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_wheel_carries_the_shipped_folders(wheel_dir):
    data = wheel_dir / "unikg" / "data"
    assert (data / "ontology" / "unikg.ttl").is_file()
    assert sorted(p.name for p in (data / "queries").glob("*.rq")) == sorted(p.name for p in (REPO / "queries").glob("*.rq"))
    assert sorted(p.name for p in (data / "shapes").iterdir()) == sorted(
        p.name for p in (REPO / "shapes").iterdir() if p.suffix in (".ttl", ".rq"))
    assert (data / "reference" / "gazetteer.tsv.gz").is_file()
    assert len(list((data / "documents").glob("*.txt"))) == len(list((REPO / "graph_data" / "documents").glob("*.txt")))


def test_installed_package_builds_queries_and_validates_outside_the_repository(wheel_dir, tmp_path):
    where = run(wheel_dir, tmp_path, "-c", "import unikg.locations as l; print(l.__file__); print(l.CHECKOUT)")
    assert where.returncode == 0, where.stderr
    module_file, checkout = where.stdout.split()
    assert Path(module_file).is_relative_to(wheel_dir) and checkout == "None"

    built = run(wheel_dir, tmp_path, "-m", "unikg", "build")
    assert built.returncode == 0, built.stderr[-3000:]
    store = tmp_path / "graph_data" / "store"
    assert store.is_dir(), "the default store goes under the current folder"
    assert not (wheel_dir / "graph_data").exists(), "nothing is written into the installed package"

    docs = run(wheel_dir, tmp_path, "-m", "unikg", "query", "documents", "--format", "json")
    assert docs.returncode == 0, docs.stderr[-3000:]
    files = {b["file"]["value"] for b in json.loads(docs.stdout)["results"]["bindings"]}
    assert files == {p.name for p in (REPO / "graph_data" / "documents").glob("*.txt")}

    inst = run(wheel_dir, tmp_path, "-m", "unikg", "query", "institutions", "--format", "json")
    rows = json.loads(inst.stdout)["results"]["bindings"]
    assert any("ror" in r for r in rows), "the shipped gazetteer links institutions to ROR"

    valid = run(wheel_dir, tmp_path, "-m", "unikg", "validate")
    assert valid.returncode == 0, valid.stdout[-2000:] + valid.stderr[-2000:]
