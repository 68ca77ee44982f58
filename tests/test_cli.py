"""The command line end to end, as a user runs it: build the bundled corpus, query, validate."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
from test_queries import CONTRACT  # DESIGN.md: named query -> variables the evaluation reads


def unikg(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "unikg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"unikg {' '.join(args)} -> {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The bundled corpus built into a fresh store, as `unikg build` does it."""
    tmp = tmp_path_factory.mktemp("cli")
    store = tmp / "store"
    proc = unikg("build", str(ROOT / "graph_data" / "documents"), "--store", str(store), "--quiet")
    return store, proc


def query_json(store: Path, name: str, *params: str) -> dict:
    args = ["query", name, "--store", str(store), "--format", "json"]
    for p in params:
        args += ["--param", p]
    return json.loads(unikg(*args, check=True).stdout)


def test_build_prints_the_summary_and_conforms(built):
    store, proc = built
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for word in ("documents read", "institutions", "persons", "events", "agreements", "triples",
                 "validation", "conforms", "time"):
        assert word in proc.stdout
    assert "documents read     5" in proc.stdout


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_queries_give_w3c_json_with_the_design_variables(built, name):
    store, _ = built
    data = query_json(store, name)
    assert data["head"]["vars"] == CONTRACT[name]
    assert isinstance(data["results"]["bindings"], list)


def test_documents_query_lists_the_five_bundled_files(built):
    store, _ = built
    rows = query_json(store, "documents")["results"]["bindings"]
    assert sorted(r["file"]["value"] for r in rows) == [f"seed-00{i}.txt" for i in range(5)]


def test_every_named_query_runs_on_the_built_store(built):
    store, _ = built
    listing = unikg("query", "--list", check=True).stdout.splitlines()
    names = [line.split()[0] for line in listing if line.strip()]
    assert set(CONTRACT) <= set(names) and len(names) >= len(CONTRACT) + 8
    for line in listing:
        name = line.split()[0]
        if "=…" in line:  # has required parameters: skip here, test_queries covers them
            continue
        proc = unikg("query", name, "--store", str(store), "--format", "csv")
        assert proc.returncode == 0, f"{name}: {proc.stderr}"
        header = next(csv.reader(io.StringIO(proc.stdout)))
        assert header and all(header)


def test_the_page_that_names_no_institution_yields_none(built):
    store, _ = built
    rows = query_json(store, "institutions")["results"]["bindings"]
    docs = {r["document"]["value"].rsplit("/", 1)[-1] for r in rows}
    assert "seed-004" not in docs
    assert {"seed-000", "seed-001", "seed-002", "seed-003"} <= docs


def test_validate_reports_conformance(built):
    store, _ = built
    proc = unikg("validate", "--store", str(store))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "conforms" in proc.stdout.lower()


def test_rebuilding_does_not_duplicate_and_unchanged_documents_are_skipped(built, tmp_path):
    store, _ = built
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    before = json.loads(unikg("stats", "--store", str(copy), "--format", "json", check=True).stdout)
    proc = unikg("build", str(ROOT / "graph_data" / "documents"), "--store", str(copy), "--quiet", check=True)
    assert "5 unchanged" in proc.stdout
    forced = unikg("build", str(ROOT / "graph_data" / "documents"), "--store", str(copy), "--quiet", "--force",
                   check=True)
    assert "unchanged" not in forced.stdout
    after = json.loads(unikg("stats", "--store", str(copy), "--format", "json", check=True).stdout)
    assert after == before


def test_a_bad_document_is_reported_and_the_others_are_built(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "graph_data" / "documents" / "seed-003.txt", docs)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    proc = unikg("build", str(docs), "--store", str(tmp_path / "store"), "--quiet")
    assert proc.returncode == 1
    assert "documents failed   2" in proc.stdout
    assert "empty.txt" in proc.stdout and "binary.txt" in proc.stdout
    rows = query_json(tmp_path / "store", "documents")["results"]["bindings"]
    assert [r["file"]["value"] for r in rows] == ["seed-003.txt"]


def test_errors_are_one_line_with_what_to_do(tmp_path):
    proc = unikg("query", "institutions", "--store", str(tmp_path / "missing"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "unikg build" in proc.stderr
    proc = unikg("query", "no-such-query", "--store", str(tmp_path))
    assert proc.returncode == 2 and "institutions" in proc.stderr  # lists the names that exist
    proc = unikg("query", "institutions", "--param", "oops")
    assert proc.returncode == 2 and "NAME=VALUE" in proc.stderr


def test_help_lists_every_command():
    out = unikg("--help", check=True).stdout
    for cmd in ("build", "validate", "query", "stats", "extract", "reference"):
        assert cmd in out
