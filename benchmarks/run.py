"""Benchmarks: build throughput, store load and named queries (Oxigraph vs rdflib), validation, memory.

    python benchmarks/run.py                      # the full set (long: 10,000 docs, 1M triples)
    python benchmarks/run.py --quick              # 200 docs, 20k triples: a smoke run in a minute or two
    python benchmarks/run.py --docs 1000,10000 --workers 1,2 --triples 100k,1M --only build,store,validate

Every measurement runs in a fresh subprocess (`run.py --child KIND ...`) that reports its
figures and its peak resident memory (getrusage: its own and its largest worker's), so
one measurement's memory and caches never leak into the next. Synthetic corpora come
from `benchmarks/generate.py` and are cached in --work (default benchmarks/.work).
Triple sets are built by replicating the graphs of a built synthetic corpus under new
document IRIs (entities stay shared, as in a real archive where the same universities
recur), plus the ontology and reference graphs once.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def _size(text: str) -> int:
    text = text.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * mult)


def _human(n: float) -> str:
    return f"{n / 1e6:g}M" if n >= 1e6 else f"{n / 1e3:g}k" if n >= 1e3 else str(int(n))


def _peak_mb() -> dict:
    # VmHWM, not getrusage(RUSAGE_SELF): Linux carries ru_maxrss across exec, so a child
    # would report the parent's peak whenever that is larger. Workers are forked from
    # here, so RUSAGE_CHILDREN gives the largest worker's peak.
    try:
        status = Path("/proc/self/status").read_text()
        me = int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(me), "worker_peak_mb": round(kids)}


def _pss_kb(pid: int) -> int:
    """Proportional set size of a process: pages shared with forked workers counted once overall."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
        return int(text.split("\nPss:")[1].split()[0])
    except (OSError, IndexError, ValueError):
        return 0


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            kids = [int(k) for t in Path(f"/proc/{p}/task").iterdir()
                    for k in (t / "children").read_text().split()]
        except OSError:
            kids = []
        out += kids
        todo += kids
    return out


class TreeMemory:
    """Samples the summed PSS of this process and its workers; `peak_mb` is the largest sum.

    The per-process peaks of `_peak_mb` cannot be added up (they need not coincide); this
    is the figure to hold against a memory budget for the whole build.
    """

    def __init__(self, every: float = 0.5):
        import threading
        self.peak_kb, self.every = 0, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self.every):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in [me, *_descendants(me)]))

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> int:
        return round(self.peak_kb / 1024)


# ---------------------------------------------------------------- children (one measurement each)

def child_build(docs: str, store: str, workers: int) -> dict:
    from unikg.build import build
    n = len(list(Path(docs).glob("*.txt")))
    t = time.perf_counter()
    with TreeMemory() as memory:
        report = build([Path(docs)], Path(store), workers=workers, validate=False, progress=False)
    seconds = time.perf_counter() - t
    return {"docs": n, "built": report.documents, "failed": len(report.failed), "seconds": seconds,
            "docs_per_s": n / seconds, "quads": report.stats.get("quads", 0), "tree_peak_mb": memory.peak_mb}


def child_rebuild(docs: str, store: str) -> dict:
    """Change one document of the corpus, then build again: only it is re-extracted and validated."""
    from unikg.build import build
    target = sorted(Path(docs).glob("*.txt"))[len(list(Path(docs).glob("*.txt"))) // 2]
    original = target.read_bytes()
    target.write_bytes(original + f"\nUpdated {time.time()}.\n".encode())
    try:
        t = time.perf_counter()
        report = build([Path(docs)], Path(store), workers=1, validate=True, progress=False)
        seconds = time.perf_counter() - t
    finally:
        target.write_bytes(original)
    return {"seconds": seconds, "rebuilt": report.documents, "unchanged": report.unchanged,
            "conforms": report.validation.conforms if report.validation else None}


def make_triples(source_store: str, n: int, out: Path) -> int:
    """Write an N-Quads file of about `n` quads by replicating the source store's document graphs."""
    import pyoxigraph as ox
    from unikg.rdf import ONTOLOGY_GRAPH, REFERENCE_GRAPH
    src = ox.Store.read_only(source_store)
    fixed = [ONTOLOGY_GRAPH, REFERENCE_GRAPH]
    docs = [g for g in src.named_graphs() if g not in fixed]
    dumps = {g.value: src.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g).decode() for g in docs}
    written, subjects = 0, set()
    with out.open("w", encoding="utf-8") as f:
        k = 0
        while written < n and dumps:
            for iri, text in dumps.items():
                if written >= n:
                    break
                slug = iri.rsplit("/", 1)[1]
                new = f"{slug}-r{k}" if k else slug
                # The slug names the document and its events, agreements and evidence. One
                # pass: replacing `/slug>` and then `/slug-` renamed the document node a
                # second time (slug-r1-r1), so it no longer matched its graph's name.
                body = re.sub(rf"/{re.escape(slug)}(?=[>-])", f"/{new}", text) if k else text
                graph = f"<{iri.rsplit('/', 1)[0]}/{new}>"
                lines = [line for line in body.splitlines() if line]
                f.write("".join(line[:-1] + graph + " .\n" for line in lines))
                subjects.update(line.split(" ", 1)[0] for line in lines)
                written += len(lines)
            k += 1
        # Reference facts only about resources of the documents written: a subset of the
        # corpus must not leave institutions without their documents (a false violation).
        for q in src.quads_for_pattern(None, None, None, REFERENCE_GRAPH):
            if str(q.subject) in subjects or not isinstance(q.subject, ox.NamedNode) \
                    or "/country/" in q.subject.value:
                f.write(f"{q.subject} {q.predicate} {q.object} {REFERENCE_GRAPH} .\n")
                written += 1
        for q in src.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH):
            f.write(f"{q.subject} {q.predicate} {q.object} {ONTOLOGY_GRAPH} .\n")
            written += 1
    return written


def _params(store) -> dict:
    """Values for the required query parameters, taken from the data."""
    row = next(iter(store.query(
        "PREFIX unikg: <https://w3id.org/unikg/ontology#> SELECT ?a ?b ?ca ?cb WHERE { "
        "?a unikg:collaboratesWith ?b . ?a unikg:countryCode ?ca . ?b unikg:countryCode ?cb } LIMIT 1",
        use_default_graph_as_union=True)))
    return {"institution": row["a"].value, "a": row["a"].value, "b": row["b"].value,
            "country_a": row["ca"].value, "country_b": row["cb"].value,
            "country": row["ca"].value, "year": "2022"}


def _timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def _stats(times: list[float]) -> dict:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"median_ms": statistics.median(times) * 1000, "p95_ms": p95 * 1000}


# Listing queries return rows in proportion to the archive; they are also timed as a user
# pages them: the first PAGE rows, in the query's own order.
PAGE = 100


def _bound_text(q, params: dict) -> str:
    from unikg.query import bind
    return bind(q, {p.name: params[p.name] for p in q.params if p.required and p.name in params})


def child_store(nquads: str, repeat: int) -> dict:
    """Load into an on-disk Oxigraph store, then time every named query.

    A run is what `unikg query` does before formatting: `unikg.query.select_local`, every
    row's terms decoded and a final ORDER BY on variables applied in Python
    (`unikg.ordering`), without converting rows to JSON; queries of more than PAGE rows
    are also timed for their first page (LIMIT PAGE after the query's ORDER BY)."""
    import tempfile
    import pyoxigraph as ox
    from unikg.query import list_queries, page, select_local
    tmp = tempfile.mkdtemp(prefix="unikg-bench-")
    try:
        store = ox.Store(tmp)
        t = time.perf_counter()
        store.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
        load = time.perf_counter() - t
        n = len(store)
        params = _params(store)
        out = {"quads": n, "load_s": load, "triples_per_s": n / load, "queries": {}}

        def rows(text: str) -> int:
            return len(select_local(store, text)[1])

        # What returning a term costs by itself: pyoxigraph reads each IRI and long literal
        # of a result from disk. A query's rows x columns x this is a floor under its time.
        scan = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 50000"
        scanned = rows(scan)
        out["decode_us_per_term"] = statistics.median(_timed(lambda: rows(scan), repeat)) / (4 * scanned) * 1e6

        for q in list_queries():
            text = _bound_text(q, params)
            names, found = select_local(store, text)   # warm-up: the first run pays for the disk cache
            count = len(found)
            result = {"rows": count, "columns": len(names), **_stats(_timed(lambda: rows(text), repeat))}
            if count > PAGE:
                first = page(text, PAGE)
                rows(first)
                result["page"] = _stats(_timed(lambda: rows(first), repeat))
            out["queries"][q.name] = result
        del store
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class _Timeout(Exception):
    pass


def child_rdflib(nquads: str, repeat: int, timeout: float) -> dict:
    """The same data and query texts on rdflib's in-memory Dataset (union default graph),
    each run iterating every row, like the Oxigraph side."""
    import rdflib
    import pyoxigraph as ox
    from unikg.query import list_queries, page
    ds = rdflib.Dataset(default_union=True)
    t = time.perf_counter()
    ds.parse(nquads, format="nquads")
    load = time.perf_counter() - t
    n = len(ds)
    small = ox.Store()   # only to pick the same parameter values as the Oxigraph run
    small.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
    params = _params(small)
    del small

    def alarm(*_):
        raise _Timeout()
    signal.signal(signal.SIGALRM, alarm)

    def timed(text: str) -> tuple[int | None, dict]:
        """(rows, timings); the time limit covers the runs of one text together."""
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            count = sum(1 for _ in ds.query(text))   # warm-up, as on the Oxigraph side
            return count, _stats(_timed(lambda: sum(1 for _ in ds.query(text)), repeat))
        except _Timeout:
            return None, {"median_ms": None, "timeout_s": timeout}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    out = {"quads": n, "load_s": load, "triples_per_s": n / load, "queries": {}}
    for q in list_queries():
        text = _bound_text(q, params)
        count, result = timed(text)
        if count is None or count > PAGE:
            result["page"] = timed(page(text, PAGE))[1]
        out["queries"][q.name] = result
    return out


def child_validate(nquads: str, mode: str) -> dict:
    """On the triple set: `full` (`validate_store`, the SPARQL engine), `full-pyshacl` (the same
    with pyshacl, the reference engine) or `document` (`validate_documents` on one graph)."""
    import tempfile
    import pyoxigraph as ox
    from unikg.rdf import ONTOLOGY_GRAPH, REFERENCE_GRAPH
    from unikg.validate import validate_documents, validate_store
    tmp = tempfile.mkdtemp(prefix="unikg-bench-")
    try:
        store = ox.Store(tmp)
        store.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
        n = len(store)
        t = time.perf_counter()
        if mode in ("full", "full-pyshacl"):
            report = validate_store(store, engine="pyshacl" if mode == "full-pyshacl" else "sparql")
        else:
            graph = next(g for g in store.named_graphs() if g not in (ONTOLOGY_GRAPH, REFERENCE_GRAPH))
            report = validate_documents(store, [graph])
        seconds = time.perf_counter() - t
        del store
        return {"quads": n, "seconds": seconds, "results": len(report.violations),
                "fallbacks": len(report.fallbacks)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CHILDREN = {"build": child_build, "rebuild": child_rebuild, "store": child_store,
            "rdflib": child_rdflib, "validate": child_validate}


def run_child(kind: str, *args, timeout: float | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, *map(str, args)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the benchmarks

def corpus(work: Path, n: int, seed: int) -> Path:
    from benchmarks.generate import generate
    out = work / f"corpus-{n}-s{seed}"
    if len(list(out.glob("*.txt"))) != n:
        shutil.rmtree(out, ignore_errors=True)
        generate(out, n, seed)
    return out


def _row(cells, widths) -> str:
    return "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def _table(title: str, head: list[str], rows: list[list]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)] if rows else [len(h) for h in head]
    print(f"\n## {title}\n")
    print(_row(head, widths))
    print(_row(["-" * w for w in widths], widths))
    for r in rows:
        print(_row(r, widths))
    sys.stdout.flush()


def bench_build(work: Path, sizes: list[int], workers: list[int], seed: int) -> Path | None:
    rows, last_store = [], None
    for n in sizes:
        docs = corpus(work, n, seed)
        for w in workers:
            store = work / f"store-{n}-w{w}"
            shutil.rmtree(store, ignore_errors=True)
            r = run_child("build", docs, store, w)
            if "error" in r:
                rows.append([n, w, r["error"], "", "", "", ""])
                continue
            rows.append([n, w, f"{r['seconds']:.1f}", f"{r['docs_per_s']:.1f}", _human(r["quads"]),
                         f"{r['peak_mb']} / {r['worker_peak_mb']}", r["tree_peak_mb"]])
            last_store = store
    _table("Build (read, extract, link, RDF, store; no validation)",
           ["docs", "workers", "seconds", "docs/s", "quads", "peak MB (main / largest worker)",
            "peak MB, all processes (PSS)"], rows)
    if last_store is not None:
        n = sizes[-1]
        r = run_child("rebuild", corpus(work, n, seed), last_store)
        cells = [[n, r.get("error", f"{r.get('seconds', 0):.2f}"), r.get("rebuilt", ""), r.get("unchanged", ""),
                  r.get("conforms", ""), r.get("peak_mb", "")]]
        _table("Incremental rebuild after changing one document (with validation of what changed)",
               ["docs in store", "seconds", "rebuilt", "unchanged", "conforms", "peak MB"], cells)
    return last_store


def bench_store(work: Path, source: Path, sizes: list[int], repeat: int, rdflib_timeout: float,
                validate: bool, store: bool, full_timeout: float) -> None:
    for n in sizes:
        nq = work / f"triples-{_human(n)}.nq"
        if not nq.exists():
            make_triples(str(source), n, nq)
        if store:
            ox_r = run_child("store", nq, repeat)
            rl_r = run_child("rdflib", nq, max(1, repeat // 10), rdflib_timeout)
            if "error" in ox_r:
                print(f"\nstore at {_human(n)}: {ox_r['error']}")
                continue
            rl_load = "" if "error" in rl_r else f"{rl_r['triples_per_s']:,.0f}"
            _table(f"Store load at {_human(ox_r['quads'])} quads",
                   ["engine", "load s", "triples/s", "peak MB"],
                   [["oxigraph (on disk, bulk_load)", f"{ox_r['load_s']:.1f}", f"{ox_r['triples_per_s']:,.0f}", ox_r["peak_mb"]],
                    ["rdflib Dataset (memory)", rl_r.get("error", f"{rl_r.get('load_s', 0):.1f}"), rl_load, rl_r.get("peak_mb", "")]])
            def cells(s: dict, other: dict) -> list[str]:
                rmed = other.get("median_ms")
                rcell = f"{rmed:.1f}" if rmed is not None else (f">{other['timeout_s']:.0f}s" if "timeout_s" in other else "-")
                ratio = f"{rmed / s['median_ms']:.0f}x" if rmed else (
                    f">{other['timeout_s'] * 1000 / s['median_ms']:.0f}x" if "timeout_s" in other else "-")
                return [f"{s['median_ms']:.1f}", f"{s['p95_ms']:.1f}", rcell, ratio]

            runs = f"oxigraph {repeat} runs, rdflib {max(1, repeat // 10)}"
            per_term = ox_r["decode_us_per_term"]
            full, first = [], []
            for name, s in ox_r["queries"].items():
                other = rl_r.get("queries", {}).get(name, {})
                floor = s["rows"] * s["columns"] * per_term / 1000
                full.append([name, s["rows"], *cells(s, other), f"{floor:.0f}"])
                if "page" in s:
                    first.append([name, s["rows"], *cells(s["page"], other.get("page", {}))])
            head = ["query", "rows", "oxigraph median", "oxigraph p95", "rdflib median", "ratio"]
            _table(f"Named queries at {_human(ox_r['quads'])} quads, every row of the full result "
                   f"(ms; {runs}; default parameters, required ones taken from the data; `decode floor`: "
                   f"rows x columns x {per_term:.2f} µs, what pyoxigraph takes to return one term of a "
                   f"plain scan here)", head + ["decode floor"], full)
            _table(f"Listing queries at {_human(ox_r['quads'])} quads, first page: the first {PAGE} rows "
                   f"in the query's order (LIMIT {PAGE}; ms; {runs}); `rows` is the full result's size",
                   head, first)
        if validate:
            rows = []
            for label, mode, timeout in (
                    ("full, SPARQL engine (SHACL Core as SPARQL in Oxigraph)", "full", full_timeout),
                    ("full, pyshacl engine (reference; rdflib copy of all graphs)", "full-pyshacl", full_timeout),
                    ("one changed document (SPARQL engine) + graph-wide queries", "document", None)):
                r = run_child("validate", nq, mode, timeout=timeout)
                digits = 2 if mode == "document" else 1
                rows.append([label, r.get("error", f"{r.get('seconds', 0):.{digits}f}"), r.get("results", ""),
                             r.get("fallbacks", ""), r.get("peak_mb", "")])
            _table(f"Validation at {_human(n)} quads",
                   ["mode", "seconds", "results", "shapes left to pyshacl", "peak MB"], rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", default="1000,10000", help="corpus sizes for the build benchmark")
    ap.add_argument("--workers", default="1,2", help="worker process counts")
    ap.add_argument("--triples", default="100k,1M", help="triple-set sizes for store, queries and validation")
    ap.add_argument("--only", default="build,store,validate", help="which of build,store,validate to run")
    ap.add_argument("--repeat", type=int, default=20, help="runs per query on Oxigraph (rdflib runs a tenth)")
    ap.add_argument("--rdflib-timeout", type=float, default=30, help="seconds per rdflib query before giving up")
    ap.add_argument("--full-timeout", type=float, default=1800, help="seconds for full validation before giving up")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=HERE / ".work", help="corpora, stores and triple files")
    ap.add_argument("--quick", action="store_true", help="small sizes: --docs 200 --workers 1,2 --triples 20k --repeat 5")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        kind, rest = args.child[0], args.child[1:]
        conv = {"build": (str, str, int), "rebuild": (str, str), "store": (str, int),
                "rdflib": (str, int, float), "validate": (str, str)}[kind]
        result = CHILDREN[kind](*(c(v) for c, v in zip(conv, rest)))
        result.update(_peak_mb())
        print(json.dumps(result))
        return 0
    if args.quick:
        args.docs, args.triples, args.repeat = "200", "20k", 5
    only = set(args.only.split(","))
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [_size(s) for s in args.docs.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    print(f"# unikg benchmarks — {os.cpu_count()} cores, python {sys.version.split()[0]}, "
          f"{time.strftime('%Y-%m-%d %H:%M')}")
    source = None
    if "build" in only:
        source = bench_build(args.work, sizes, workers, args.seed)
    if only & {"store", "validate"}:
        if source is None:   # a corpus store to replicate; 1,000 documents give enough variety
            n = min(sizes)
            source = args.work / f"store-{n}-src"
            if not (source / "CURRENT").exists():
                run_child("build", corpus(args.work, n, args.seed), source, max(workers))
        bench_store(args.work, source, [_size(s) for s in args.triples.split(",")], args.repeat,
                    args.rdflib_timeout, "validate" in only, "store" in only, args.full_timeout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
