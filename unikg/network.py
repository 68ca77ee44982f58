"""Collaboration networks for policy analysts: read the graph through SPARQL into networkx.

Three plain graphs come out of the store (or a SPARQL endpoint):

- the institution network (`load_network`): an edge when two institutions take part in the
  same event or are parties to the same agreement; edge attributes `weight` (distinct events
  and agreements), `vias`, `kinds`, `years`, `topics`, `documents`, `first_year`, `last_year`;
  node attributes `label`, `labels`, `country`, `ror`, `type`, `lat`, `lon`;
- the country network (`country_network`) folded from it;
- the bipartite institution–event/agreement graph (`bipartite_network`).

Metrics (`institution_metrics`, `communities`, `yearly`) are plain functions over plain
graphs; `unikg.network_export.write_outputs` writes the files. `add_parser` registers the
`unikg network` command.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import networkx as nx

UNIKG = "https://w3id.org/unikg/ontology#"
TOPIC = "https://w3id.org/unikg/topic/"
ROR = "https://ror.org/"
DEFAULT_SEED = 42
AGREEMENT_KINDS = {"Agreement", "MemorandumOfUnderstanding", "CooperationAgreement", "JointProgramme", "ActionPlan"}
EVENT_KINDS = {"Event", "Meeting", "Visit", "Conference", "SigningCeremony"}
# labels in this order of preference name a node in pictures and tables
LABEL_LANGS = ("en", "ru", "fa", "ar")
# betweenness from every node costs about n*(n+m) steps; above this budget sample k sources
BETWEENNESS_BUDGET = 10_000_000
MIN_SAMPLE = 32


class NetworkError(Exception):
    """A network request that cannot be answered; the message says what to fix."""


# ---------------------------------------------------------------- reading the graph

@dataclass
class Link:
    """One event or agreement relating institutions."""
    iri: str
    kind: str                       # the most specific class, e.g. Meeting
    category: str                   # "event" or "agreement"
    document: str
    date: str | None = None
    topics: set[str] = field(default_factory=set)
    institutions: set[str] = field(default_factory=set)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date and re.match(r"\d{4}", self.date) else None


@dataclass
class NetworkData:
    links: dict[str, Link]
    institutions: dict[str, dict[str, Any]]   # IRI -> node attributes


@dataclass(frozen=True)
class Filters:
    """Which partnerships to keep. Empty fields keep everything.

    A year range drops events and agreements without a known year. `countries` keeps the
    partnerships that involve at least one institution of those countries. `ego` (an IRI,
    a ROR id or words of a label) keeps the institutions within `radius` steps of it."""
    year_from: int | None = None
    year_to: int | None = None
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    ego: str | None = None
    radius: int = 1

    def describe(self) -> str:
        parts = []
        if self.year_from is not None or self.year_to is not None:
            parts.append(f"years {self.year_from or '…'}–{self.year_to or '…'}")
        for name in ("countries", "topics", "kinds"):
            if getattr(self, name):
                parts.append(f"{name} {', '.join(getattr(self, name))}")
        if self.ego:
            parts.append(f"ego {self.ego!r} radius {self.radius}")
        return "; ".join(parts) or "none"


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _runner(source: Any) -> Callable[[str], dict]:
    """A function running SELECT text on `source`: a pyoxigraph Store, a store directory or
    a SPARQL endpoint URL."""
    import pyoxigraph as ox

    from unikg.query import run_local, run_remote
    if isinstance(source, ox.Store):
        return lambda text: run_local(source, text)
    text = str(source)
    if re.match(r"https?://", text):
        return lambda q: run_remote(text, q)
    from unikg.store import open_store
    store = open_store(Path(text), read_only=True)
    return lambda q: run_local(store, q)


def _rows(run: Callable[[str], dict], name: str) -> list[dict[str, dict]]:
    from unikg.query import load_query
    return run(load_query(name).text)["results"]["bindings"]


def read_network_data(source: Any) -> NetworkData:
    """Events, agreements and institutions of `source` through the network-*.rq queries."""
    run = _runner(source)
    links: dict[str, Link] = {}
    types: dict[str, set[str]] = defaultdict(set)
    for row in _rows(run, "network-edges"):
        via = row["via"]["value"]
        kind = _local(row["type"]["value"])
        if kind not in AGREEMENT_KINDS | EVENT_KINDS:
            continue
        types[via].add(kind)
        link = links.get(via)
        if link is None:
            link = links[via] = Link(via, kind, "", row["document"]["value"])
        link.institutions.add(row["institution"]["value"])
        date = row.get("date", {}).get("value")
        if date and (link.date is None or date < link.date):
            link.date = date
    for via, kinds in types.items():
        # a class of its own beats the generic Event/Agreement it may also be typed with
        specific = sorted(kinds - {"Event", "Agreement"}) or sorted(kinds)
        links[via].kind = specific[0]
        links[via].category = "agreement" if specific[0] in AGREEMENT_KINDS else "event"

    topics: dict[str, set[str]] = defaultdict(set)
    for row in _rows(run, "network-topics"):
        topics[row["item"]["value"]].add(_local(row["topic"]["value"]))
    for link in links.values():
        link.topics = set(topics.get(link.iri) or topics.get(link.document) or ())

    institutions: dict[str, dict[str, Any]] = {}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows(run, "network-institutions"):
        iri = row["institution"]["value"]
        attrs = institutions.setdefault(iri, {})
        if "label" in row:
            labels[iri].setdefault(row["label"].get("xml:lang", ""), row["label"]["value"])
        if "name" in row:
            attrs["name"] = row["name"]["value"]
        if "country" in row:
            attrs["country"] = row["country"]["value"]
        if "ror" in row:
            attrs["ror"] = row["ror"]["value"]
        if "class" in row:
            cls = _local(row["class"]["value"])
            # a subclass (University, ...) beats the generic Institution
            if cls != "Institution" or "type" not in attrs:
                attrs["type"] = cls
        for key in ("lat", "lon"):
            if key in row:
                try:
                    attrs[key] = float(row[key]["value"])
                except ValueError:
                    pass
    for iri, attrs in institutions.items():
        by_lang = labels.get(iri, {})
        # the registry's display name first: ROR lists former names among the labels
        attrs["label"] = attrs.pop("name", None) or next(
            (by_lang[lang] for lang in (*LABEL_LANGS, "") if lang in by_lang), next(iter(by_lang.values()), _local(iri)))
        attrs["labels"] = sorted(f"{lang}:{text}" if lang else text for lang, text in by_lang.items())
    return NetworkData(links, institutions)


# ---------------------------------------------------------------- building graphs

def _norm_kind(kind: str) -> str:
    return kind.replace("_", "").replace("-", "").casefold()


def _keep_link(link: Link, f: Filters) -> bool:
    if f.year_from is not None or f.year_to is not None:
        if link.year is None:
            return False
        if f.year_from is not None and link.year < f.year_from:
            return False
        if f.year_to is not None and link.year > f.year_to:
            return False
    if f.topics:
        wanted = {_local(t).casefold() for t in f.topics}
        if not {t.casefold() for t in link.topics} & wanted:
            return False
    if f.kinds:
        wanted = {_norm_kind(k) for k in f.kinds}
        if not {_norm_kind(link.kind), link.category} & wanted:
            return False
    return True


def institution_network(data: NetworkData, filters: Filters | None = None) -> nx.Graph:
    """Project events and agreements onto institution pairs, then apply `filters`."""
    f = filters or Filters()
    G = nx.Graph()
    pairs: dict[tuple[str, str], list[Link]] = defaultdict(list)
    for link in data.links.values():
        if not _keep_link(link, f):
            continue
        members = sorted(link.institutions)
        for iri in members:
            if iri not in G:
                G.add_node(iri, **_node_attrs(iri, data))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs[(a, b)].append(link)
    for (a, b), links in pairs.items():
        G.add_edge(a, b, **_edge_attrs(links))
    if f.countries:
        codes = {c.upper() for c in f.countries}
        drop = [(a, b) for a, b in G.edges
                if G.nodes[a].get("country") not in codes and G.nodes[b].get("country") not in codes]
        G.remove_edges_from(drop)
        G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0 and G.nodes[n].get("country") not in codes])
    if f.ego:
        centre = find_institution(G, f.ego)
        G = nx.ego_graph(G, centre, radius=f.radius).copy()
        G.graph["ego"] = centre
    G.graph["filters"] = f.describe()
    return G


def _node_attrs(iri: str, data: NetworkData) -> dict[str, Any]:
    return dict(data.institutions.get(iri) or {"label": _local(iri), "labels": []})


def _edge_attrs(links: list[Link]) -> dict[str, Any]:
    years = sorted({l.year for l in links if l.year is not None})
    return {
        "weight": len({l.iri for l in links}),
        "vias": sorted({l.iri for l in links}),
        "kinds": sorted({l.kind for l in links}),
        "years": years,
        "topics": sorted(set().union(*(l.topics for l in links))),
        "documents": sorted({l.document for l in links}),
        "first_year": years[0] if years else None,
        "last_year": years[-1] if years else None,
    }


def bipartite_network(data: NetworkData, filters: Filters | None = None) -> nx.Graph:
    """Institutions (bipartite=0) linked to the events and agreements (bipartite=1) they take part in.

    The year, topic and kind filters apply to the events and agreements; the country and
    ego filters keep the events and agreements of the institutions the institution network keeps."""
    f = filters or Filters()
    keep = set(institution_network(data, f)) if (f.countries or f.ego) else None
    B = nx.Graph()
    for link in data.links.values():
        if not _keep_link(link, f):
            continue
        members = link.institutions if keep is None else link.institutions & keep
        if not members:
            continue
        B.add_node(link.iri, bipartite=1, label=f"{link.kind} {link.date or ''}".strip(), kind=link.kind,
                   category=link.category, year=link.year, document=link.document, topics=sorted(link.topics))
        for iri in members:
            B.add_node(iri, bipartite=0, **_node_attrs(iri, data))
            B.add_edge(iri, link.iri)
    return B


def load_network(source: Any, filters: Filters | None = None) -> nx.Graph:
    """The institution network of a store, store directory or SPARQL endpoint URL."""
    return institution_network(read_network_data(source), filters)


def find_institution(G: nx.Graph, query: str) -> str:
    """The node named by `query`: its IRI, its ROR id or IRI, or words of one of its labels."""
    from loaders.normalise import fold
    q = query.strip()
    if q in G:
        return q
    ror_id = q.rsplit("/", 1)[-1].removeprefix("ror-")
    by_ror = [n for n, d in G.nodes(data=True)
              if (d.get("ror") or "").rsplit("/", 1)[-1] == ror_id or n.endswith(f"/ror-{ror_id}")]
    if len(by_ror) == 1:
        return by_ror[0]
    words = fold(q)
    if not words:
        raise NetworkError(f"no institution named {query!r} in the network")
    names = {n: {fold(d.get("label", ""))} | {fold(l.split(":", 1)[-1]) for l in d.get("labels", [])}
             for n, d in G.nodes(data=True)}
    exact = [n for n, ns in names.items() if words in ns]
    found = exact or [n for n, ns in names.items() if any(words in s for s in ns)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NetworkError(f"no institution in the network matches {query!r} (give an IRI, a ROR id or words of a label)")
    listed = "; ".join(f"{G.nodes[n].get('label')} <{n}>" for n in sorted(found)[:10])
    raise NetworkError(f"{len(found)} institutions match {query!r}, name one by IRI: {listed}")


# ---------------------------------------------------------------- metrics

def pagerank(G: nx.Graph, alpha: float = 0.85, weight: str | None = "weight",
             tol: float = 1.0e-10, max_iter: int = 200) -> dict[Any, float]:
    """PageRank by power iteration on numpy arrays.

    networkx's own pagerank needs scipy, which unikg does not depend on; numpy comes with
    matplotlib. Dangling nodes spread their rank evenly, as networkx does."""
    import numpy as np
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    src, dst, w = [], [], []
    for a, b, d in G.edges(data=True):
        x = float(d.get(weight, 1.0)) if weight else 1.0
        ia, ib = index[a], index[b]
        src.append(ia); dst.append(ib); w.append(x)
        if ia != ib:
            src.append(ib); dst.append(ia); w.append(x)
    src_a, dst_a, w_a = np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64), np.array(w, dtype=float)
    out = np.bincount(src_a, weights=w_a, minlength=n)
    dangling = out == 0
    share = np.divide(w_a, out[src_a], out=np.zeros_like(w_a), where=out[src_a] > 0)
    r = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = alpha * np.bincount(dst_a, weights=r[src_a] * share, minlength=n)
        new += (alpha * r[dangling].sum() + 1.0 - alpha) / n
        if np.abs(new - r).sum() < n * tol:
            r = new
            break
        r = new
    return {v: float(r[i]) for i, v in enumerate(nodes)}


def betweenness_sample_size(G: nx.Graph, budget: int = BETWEENNESS_BUDGET) -> int | None:
    """None (exact) when every source fits in the budget, else the number of sources to sample."""
    n, m = G.number_of_nodes(), G.number_of_edges()
    k = max(MIN_SAMPLE, budget // max(1, n + m))
    return None if k >= n else k


def institution_metrics(G: nx.Graph, betweenness_k: int | None | str = "auto",
                        seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Per-node metrics and the graph's cut points.

    Returns {"nodes": {node: {degree, weighted_degree, betweenness, pagerank, clustering,
    articulation_point}}, "articulation_points": [...], "bridges": [(a, b), ...],
    "betweenness": {"exact": bool, "k": int | None}}. Betweenness is normalised and counts
    shortest paths by hops; `betweenness_k="auto"` samples sources on large graphs (the
    result says so), an integer forces a sample of that size, None forces the exact value."""
    k = betweenness_sample_size(G) if betweenness_k == "auto" else betweenness_k
    if k is not None and k >= G.number_of_nodes():
        k = None
    between = nx.betweenness_centrality(G, k=k, seed=seed if k else None, normalized=True)
    ranks = pagerank(G)
    clustering = nx.clustering(G)
    simple = G if nx.number_of_selfloops(G) == 0 else nx.Graph((a, b) for a, b in G.edges if a != b)
    cut_nodes = set(nx.articulation_points(simple))
    bridges = sorted(tuple(sorted(e)) for e in nx.bridges(simple))
    nodes = {
        v: {
            "degree": G.degree(v),
            "weighted_degree": G.degree(v, weight="weight"),
            # float() throughout: networkx gives int 0 for some nodes, and GEXF types a column by its first value
            "betweenness": float(between[v]),
            "pagerank": float(ranks[v]),
            "clustering": float(clustering[v]),
            "articulation_point": v in cut_nodes,
        }
        for v in G
    }
    return {"nodes": nodes, "articulation_points": sorted(cut_nodes), "bridges": bridges,
            "betweenness": {"exact": k is None, "k": k}}


@dataclass
class Communities:
    groups: list[list[Any]]          # biggest first; the index is the community number
    modularity: float
    seed: int

    @property
    def membership(self) -> dict[Any, int]:
        return {v: i for i, group in enumerate(self.groups) for v in group}


def communities(G: nx.Graph, seed: int = DEFAULT_SEED, weight: str = "weight", resolution: float = 1.0) -> Communities:
    """Louvain communities (fixed seed, so runs repeat) and their modularity."""
    if G.number_of_edges() == 0:
        groups = [[v] for v in sorted(G, key=str)]
        return Communities(groups, 0.0, seed)
    found = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    groups = sorted((sorted(c, key=str) for c in found), key=lambda g: (-len(g), str(g[0])))
    q = nx.community.modularity(G, found, weight=weight, resolution=resolution)
    return Communities(groups, q, seed)


def country_network(G: nx.Graph) -> nx.Graph:
    """Countries linked by their institutions' partnerships (a self-loop for domestic ones).

    Edge attributes: weight (distinct events and agreements), pairs (institution pairs),
    documents, years. Institutions without a country are left out."""
    C = nx.Graph()
    acc: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for v, d in G.nodes(data=True):
        code = d.get("country")
        if code:
            if code not in C:
                C.add_node(code, label=code, institutions=0)
            C.nodes[code]["institutions"] += 1
    for a, b, d in G.edges(data=True):
        ca, cb = G.nodes[a].get("country"), G.nodes[b].get("country")
        if not ca or not cb:
            continue
        key = tuple(sorted((ca, cb)))
        acc[key]["vias"].update(d.get("vias") or [f"{a}|{b}"])
        acc[key]["pairs"].add((a, b))
        acc[key]["documents"].update(d.get("documents", []))
        acc[key]["years"].update(d.get("years", []))
    for (ca, cb), s in acc.items():
        C.add_edge(ca, cb, weight=len(s["vias"]), pairs=len(s["pairs"]), documents=len(s["documents"]),
                   years=sorted(s["years"]))
    return C


def yearly(G: nx.Graph) -> list[dict[str, Any]]:
    """Per year: active institutions and partnerships, partnerships seen for the first time,
    the cumulative count and the density of that year's network. Undated edges are left out."""
    by_year: dict[int, set] = defaultdict(set)
    for a, b, d in G.edges(data=True):
        for y in d.get("years", []):
            by_year[y].add((a, b))
    seen: set = set()
    out = []
    for year in sorted(by_year):
        edges = by_year[year]
        nodes = {v for e in edges for v in e}
        new = edges - seen
        seen |= edges
        n = len(nodes)
        out.append({"year": year, "nodes": n, "edges": len(edges), "new_partnerships": len(new),
                    "cumulative_partnerships": len(seen),
                    "density": (2 * len(edges) / (n * (n - 1))) if n > 1 else 0.0})
    return out


def summary(G: nx.Graph, metrics: dict[str, Any], comms: Communities) -> dict[str, Any]:
    """Whole-graph numbers for metrics.json and the command's report."""
    n = G.number_of_nodes()
    return {
        "nodes": n, "edges": G.number_of_edges(),
        "density": nx.density(G) if n > 1 else 0.0,
        "components": nx.number_connected_components(G) if n else 0,
        "communities": len(comms.groups), "modularity": comms.modularity, "seed": comms.seed,
        "betweenness": metrics["betweenness"],
        "articulation_points": len(metrics["articulation_points"]), "bridges": len(metrics["bridges"]),
        "filters": G.graph.get("filters", "none"),
    }


# ---------------------------------------------------------------- command line

def _year_range(text: str) -> tuple[int | None, int | None]:
    m = re.fullmatch(r"\s*(\d{4})?\s*(?:(-|–|\.\.)\s*(\d{4})?)?\s*", text)
    if not m or not (m.group(1) or m.group(3)):
        raise argparse.ArgumentTypeError(f"expected YEAR, FROM-TO, FROM- or -TO, got {text!r}")
    start = int(m.group(1)) if m.group(1) else None
    end = int(m.group(3)) if m.group(3) else (start if not m.group(2) else None)
    return start, end


def _split(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `unikg network` on an argparse subparsers object."""
    from unikg.store import DEFAULT_STORE
    p = subparsers.add_parser(
        "network", help="collaboration network: metrics, communities, Gephi exports, picture, map",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read the graph through SPARQL into networkx: institutions linked when they share an "
                    "event or an agreement. Compute degree, weighted degree, betweenness, PageRank, "
                    "clustering, Louvain communities (fixed seed) with modularity, articulation points, "
                    "bridges and per-year growth, and write them with the network into --out DIR.",
        epilog="files written into --out DIR:\n"
               "  institutions.gexf, institutions.graphml  the institution network with metrics (Gephi, Cytoscape)\n"
               "  countries.gexf                           the country network\n"
               "  bipartite.gexf                           institutions and their events/agreements\n"
               "  metrics.csv, communities.csv, yearly.csv tables; metrics.json: all of it\n"
               "  network.png                              picture (top nodes by weighted degree)\n"
               "  network.html                             interactive network and world map (works offline)\n"
               "  metrics.trig                             with --rdf-graph: the metrics as RDF\n\n"
               "example: unikg network --out out/network --years 2023-2025 --country IR")
    p.add_argument("--store", type=Path, default=DEFAULT_STORE, metavar="DIR", help="the graph store to read")
    p.add_argument("--endpoint", metavar="URL", help="read from this SPARQL endpoint instead of the store")
    p.add_argument("--out", type=Path, default=Path("network"), metavar="DIR",
                   help="where to write the files (default: ./network)")
    g = p.add_argument_group("filters")
    g.add_argument("--years", type=_year_range, metavar="FROM-TO",
                   help="keep events and agreements of these years (2024, 2023-2025, 2023-, -2024); drops undated ones")
    g.add_argument("--country", action="append", default=[], metavar="CC",
                   help="keep partnerships involving an institution of this ISO country (repeatable or comma-separated)")
    g.add_argument("--topic", action="append", default=[], metavar="TOPIC",
                   help="keep events and agreements about this topic, e.g. StudentExchange (repeatable)")
    g.add_argument("--kind", action="append", default=[], metavar="KIND",
                   help="keep this class of event or agreement (Meeting, Visit, Conference, SigningCeremony, "
                        "MemorandumOfUnderstanding, ...) or 'event' / 'agreement' (repeatable)")
    g.add_argument("--ego", metavar="INSTITUTION",
                   help="keep one institution's neighbourhood: its IRI, ROR id or words of its name")
    g.add_argument("--radius", type=int, default=1, metavar="N", help="steps around --ego (default 1)")
    m = p.add_argument_group("metrics and pictures")
    m.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"seed for Louvain and sampling (default {DEFAULT_SEED})")
    m.add_argument("--betweenness-k", type=int, metavar="K",
                   help="sample K source nodes for betweenness (default: exact on small graphs, sampled on large ones; 0: exact)")
    m.add_argument("--color-by", choices=["community", "country"], default="community",
                   help="node colour in network.png and the first view of network.html")
    m.add_argument("--labels", type=int, default=15, metavar="N", help="label the top N nodes in network.png (default 15)")
    m.add_argument("--draw-max", type=int, default=150, metavar="N",
                   help="draw at most N nodes (by weighted degree) in network.png (default 150)")
    m.add_argument("--html-max", type=int, default=400, metavar="N",
                   help="show at most N nodes (by weighted degree) in network.html (default 400)")
    m.add_argument("--no-pictures", action="store_true", help="skip network.png and network.html")
    m.add_argument("--rdf-graph", nargs="?", const="https://w3id.org/unikg/graph/network", metavar="IRI",
                   help="also write the metrics as RDF (metrics.trig) and, with a local store, into this "
                        "named graph of it (default IRI: https://w3id.org/unikg/graph/network)")
    p.set_defaults(func=cmd_network)
    return p


def filters_from_args(args) -> Filters:
    start, end = args.years or (None, None)
    return Filters(year_from=start, year_to=end, countries=tuple(c.upper() for c in _split(args.country)),
                   topics=_split(args.topic), kinds=_split(args.kind), ego=args.ego, radius=args.radius)


def cmd_network(args) -> int:
    from unikg.network_export import write_outputs
    source = args.endpoint or args.store
    if args.rdf_graph and not args.endpoint:
        # the store is opened once, writable, so the metrics graph can go back into it
        from unikg.store import open_store
        if not (Path(args.store) / "CURRENT").exists():
            open_store(args.store, read_only=True)          # raises the usual "run unikg build" error
        source = open_store(args.store)
    filters = filters_from_args(args)
    try:
        data = read_network_data(source)
        G = institution_network(data, filters)
        B = bipartite_network(data, filters)
    except NetworkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    data_store = source if not isinstance(source, (str, Path)) else None
    k: int | None | str = "auto" if args.betweenness_k is None else (args.betweenness_k or None)
    report = write_outputs(G, args.out, seed=args.seed, betweenness_k=k, color_by=args.color_by,
                           top_labels=args.labels, draw_max=args.draw_max, html_max=args.html_max,
                           pictures=not args.no_pictures, rdf_graph=args.rdf_graph, store=data_store,
                           bipartite=B)
    s = report["summary"]
    between = s["betweenness"]
    print(f"institutions   {s['nodes']}\npartnerships   {s['edges']}\ndensity        {s['density']:.4f}\n"
          f"components     {s['components']}\ncommunities    {s['communities']} (Louvain, seed {s['seed']}, "
          f"modularity {s['modularity']:.3f})\n"
          f"betweenness    {'exact' if between['exact'] else 'sampled from %d sources' % between['k']}\n"
          f"cut points     {s['articulation_points']} articulation points, {s['bridges']} bridges\n"
          f"filters        {s['filters']}")
    if report["top"]:
        print("hubs           by weighted degree (events and agreements shared, summed over partners)")
    for row in report["top"]:
        print(f"  {row['weighted_degree']:>4}  {row['label']} [{row.get('country') or '?'}]")
    print(f"written        {', '.join(sorted(p.name for p in report['files']))} in {args.out}")
    return 0
