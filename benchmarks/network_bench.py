"""Time `unikg network`'s default metrics path on a synthetic graph.

20,000 institutions and 200,000 partnerships in 100 regional clusters (80 % of the links
inside a cluster), then the default metrics (sampled betweenness), communities, yearly
counts and every output file. Target: under 60 s on a 2-core machine.

    /work/venv/bin/python benchmarks/network_bench.py [--nodes N] [--edges M] [--no-outputs]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time

import networkx as nx

from unikg.network import communities, institution_metrics, yearly
from unikg.network_export import write_outputs


def synthetic(n: int, m: int, seed: int = 1) -> nx.Graph:
    rng = random.Random(seed)
    G = nx.Graph()
    for i in range(n):
        G.add_node(f"inst-{i}", label=f"Institution {i}", country=f"C{i % 50:02d}",
                   lat=rng.uniform(-50, 70), lon=rng.uniform(-170, 170))
    edges = 0
    while edges < m:
        a = rng.randrange(n)
        b = (a // 200) * 200 + rng.randrange(200) if rng.random() < 0.8 else rng.randrange(n)
        u, v = f"inst-{a}", f"inst-{b}"
        if a == b or G.has_edge(u, v):
            continue
        year = rng.randrange(2015, 2026)
        G.add_edge(u, v, weight=rng.randint(1, 3), years=[year], kinds=["Meeting"], topics=[], documents=[])
        edges += 1
    return G


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--edges", type=int, default=200_000)
    ap.add_argument("--no-outputs", action="store_true", help="time the metrics only")
    args = ap.parse_args()
    t0 = time.perf_counter()
    G = synthetic(args.nodes, args.edges)
    t1 = time.perf_counter()
    print(f"synthetic graph      {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, {t1 - t0:.1f} s")
    m = institution_metrics(G)
    t2 = time.perf_counter()
    b = m["betweenness"]
    print(f"metrics              {t2 - t1:.1f} s (betweenness {'exact' if b['exact'] else 'sampled, k=%d' % b['k']})")
    c = communities(G)
    t3 = time.perf_counter()
    print(f"louvain + modularity {t3 - t2:.1f} s ({len(c.groups)} communities, modularity {c.modularity:.3f})")
    yearly(G)
    t4 = time.perf_counter()
    print(f"yearly               {t4 - t3:.1f} s")
    total = t4 - t1
    if not args.no_outputs:
        with tempfile.TemporaryDirectory() as out:
            write_outputs(G, out, metrics=m, comms=c)
        t5 = time.perf_counter()
        print(f"outputs (all files)  {t5 - t4:.1f} s")
        total = t5 - t1
    print(f"total (without building the synthetic graph) {total:.1f} s  target < 60 s")


if __name__ == "__main__":
    main()
