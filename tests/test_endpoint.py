"""The named queries through a real SPARQL endpoint: the Oxigraph server of the `oxigraph`
package, serving a fresh store on a free local port, loaded over HTTP."""
from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from unikg.query import QueryError, bind, list_queries, run_local, run_remote, upload_dataset


def oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).parent / "oxigraph"
    return str(beside_python) if beside_python.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answering(base_url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(base_url + "/query?query=ASK%7B%7D", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer at {base_url} within {timeout} s")


@contextlib.contextmanager
def running_oxigraph(folder: Path):
    """Start `oxigraph serve` on a free local port; yield its base URL; always stop it."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary (PyPI package `oxigraph`) is not installed")
    port = free_port()
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(folder / "store"), "--bind", f"127.0.0.1:{port}",
         "--union-default-graph"],
        stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base_url, process)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """Base URL of a running `oxigraph serve`; the server is stopped after the module."""
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph")) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def loaded_server(oxigraph_server, query_dataset):
    upload_dataset(oxigraph_server, query_dataset.read_bytes(), "application/trig")
    return oxigraph_server


# GROUP_CONCAT columns: SPARQL leaves the order of the concatenated values to the engine
CONCATENATED = {"labels": " | ", "participants": "; "}


def _rows(results: dict) -> list[str]:
    # compare as sorted JSON rows: the order of rows that tie is up to the engine too
    rows = []
    for row in results["results"]["bindings"]:
        row = {k: dict(v) for k, v in row.items()}
        for name, separator in CONCATENATED.items():
            if name in row:
                row[name]["value"] = separator.join(sorted(row[name]["value"].split(separator)))
        rows.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
    return sorted(rows)


ALL = list_queries()


@pytest.mark.parametrize("query", ALL, ids=[q.name for q in ALL])
def test_remote_results_equal_local_results(query, loaded_server, query_store, query_params):
    text = bind(query, query_params.get(query.name, {}))
    remote = run_remote(loaded_server + "/query", text)
    local = run_local(query_store, text)
    assert remote["head"]["vars"] == local["head"]["vars"] == query.returns
    assert local["results"]["bindings"]
    assert _rows(remote) == _rows(local)


def test_remote_contract_rows(loaded_server):
    text = next(q for q in ALL if q.name == "documents").text
    files = {row["file"]["value"] for row in run_remote(loaded_server + "/query", text)["results"]["bindings"]}
    assert files == {"doc-a.txt", "doc-b.txt"}


def test_remote_ask(loaded_server):
    ask = "ASK { GRAPH ?g { ?s <https://w3id.org/unikg/ontology#fileName> \"doc-b.txt\" } }"
    assert run_remote(loaded_server + "/query", ask) == {"head": {}, "boolean": True}


def test_remote_syntax_error_is_a_query_error(loaded_server):
    with pytest.raises(QueryError, match="refused"):
        run_remote(loaded_server + "/query", "SELEC ?x WHERE {}")


def test_unreachable_endpoint_says_what_to_check():
    with pytest.raises(QueryError, match="running") as err:
        run_remote(f"http://127.0.0.1:{free_port()}/query", "ASK {}", timeout=5)
    assert "127.0.0.1" in str(err.value)


def test_upload_of_broken_data_is_a_query_error(oxigraph_server):
    with pytest.raises(QueryError, match="400"):
        upload_dataset(oxigraph_server, b"<not> <trig", "application/trig")


def test_the_built_corpus_through_a_real_server_gives_the_same_answers_as_the_local_store(tmp_path):
    """`unikg build`, `unikg dump`, upload over HTTP, then `unikg query --endpoint` = local."""
    root = Path(__file__).resolve().parent.parent
    store = tmp_path / "kg"

    def unikg(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "unikg", *args], capture_output=True, cwd=root, timeout=600)
        assert proc.returncode == 0, proc.stderr.decode()
        return proc.stdout.decode()

    unikg("build", str(root / "graph_data" / "documents"), "--store", str(store), "--quiet", "--no-validate")
    unikg("dump", "--store", str(store), "-o", str(tmp_path / "kg.nq"))
    with running_oxigraph(tmp_path) as base_url:
        upload_dataset(base_url, (tmp_path / "kg.nq").read_bytes(), "application/n-quads")
        for name in ("documents", "institutions", "collaborations", "officials", "events", "agreements", "topics"):
            local = json.loads(unikg("query", name, "--store", str(store), "--format", "json"))
            remote = json.loads(unikg("query", name, "--endpoint", base_url + "/query", "--format", "json"))
            assert remote["head"] == local["head"]
            key = lambda b: json.dumps(b, sort_keys=True)  # noqa: E731 - row identity
            assert sorted(map(key, remote["results"]["bindings"])) == sorted(map(key, local["results"]["bindings"]))
            if name in ("documents", "institutions", "collaborations"):
                assert local["results"]["bindings"], f"{name} gave no rows on the bundled corpus"
