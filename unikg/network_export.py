"""Write a network and its metrics to files: GEXF, GraphML, CSV, JSON, PNG, HTML, RDF.

GEXF and GraphML hold scalar attributes only, so list attributes (years, kinds, topics,
documents, vias) are written as `;`-separated strings and missing values are left out;
`flatten` is that conversion, and reading an export back with networkx gives `flatten(G)`.
"""
from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import networkx as nx

from unikg.network import (DEFAULT_SEED, LABEL_LANGS, Communities, _local, communities, country_network,
                           institution_metrics, summary, yearly)

NET = "https://w3id.org/unikg/network#"
SEP = ";"
METRIC_FIELDS = ["institution", "label", "country", "ror", "type", "degree", "weighted_degree", "betweenness",
                 "pagerank", "clustering", "community", "articulation_point", "lat", "lon"]


def flatten(G: nx.Graph) -> nx.Graph:
    """A copy with list attributes joined by `;` and None values dropped (what GEXF/GraphML hold)."""
    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in attrs.items():
            if v is None:
                continue
            out[k] = SEP.join(map(str, v)) if isinstance(v, (list, tuple, set)) else v
        return out
    H = G.__class__()
    H.graph.update(clean(G.graph))
    H.add_nodes_from((n, clean(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((a, b, clean(d)) for a, b, d in G.edges(data=True))
    return H


def annotate(G: nx.Graph, metrics: dict[str, Any], comms: Communities) -> nx.Graph:
    """A copy of G whose nodes carry their metrics and community number."""
    H = G.copy()
    member = comms.membership
    for v, values in metrics["nodes"].items():
        H.nodes[v].update(values)
        H.nodes[v]["community"] = member.get(v, -1)
    return H


def metric_rows(H: nx.Graph) -> list[dict[str, Any]]:
    """One row per institution of an annotated graph, biggest weighted degree first."""
    rows = []
    for v, d in H.nodes(data=True):
        row = {k: d.get(k) for k in METRIC_FIELDS[1:]}
        row["institution"] = v
        rows.append(row)
    rows.sort(key=lambda r: (-r["weighted_degree"], -r["degree"], str(r["label"])))
    return rows


def _write_csv(path: Path, rows: list[dict[str, Any]], fields: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in fields})


def write_outputs(G: nx.Graph, out_dir: Path | str, *, seed: int = DEFAULT_SEED,
                  betweenness_k: int | None | str = "auto", metrics: dict[str, Any] | None = None,
                  comms: Communities | None = None, color_by: str = "community", top_labels: int = 15,
                  draw_max: int = 150, html_max: int = 400, pictures: bool = True,
                  rdf_graph: str | None = None, store: Any = None, bipartite: nx.Graph | None = None,
                  title: str = "University collaboration network") -> dict[str, Any]:
    """Compute what is missing and write every output file into `out_dir`.

    Returns {"summary": whole-graph numbers, "files": [paths], "top": the ten biggest rows,
    "metrics": ..., "communities": ...}."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics = metrics or institution_metrics(G, betweenness_k=betweenness_k, seed=seed)
    comms = comms or communities(G, seed=seed)
    H = annotate(G, metrics, comms)
    C = country_network(G)
    years = yearly(G)
    info = summary(G, metrics, comms)
    rows = metric_rows(H)
    files: list[Path] = []

    flat = flatten(H)
    nx.write_gexf(flat, out / "institutions.gexf")
    nx.write_graphml(flat, out / "institutions.graphml")
    nx.write_gexf(flatten(C), out / "countries.gexf")
    files += [out / "institutions.gexf", out / "institutions.graphml", out / "countries.gexf"]
    if bipartite is not None:
        nx.write_gexf(flatten(bipartite), out / "bipartite.gexf")
        files.append(out / "bipartite.gexf")

    _write_csv(out / "metrics.csv", rows, METRIC_FIELDS)
    member_rows = sorted(rows, key=lambda r: (r["community"], -r["weighted_degree"], str(r["label"])))
    _write_csv(out / "communities.csv", member_rows,
               ["community", "institution", "label", "country", "degree", "weighted_degree"])
    _write_csv(out / "yearly.csv", years,
               ["year", "nodes", "edges", "new_partnerships", "cumulative_partnerships", "density"])
    files += [out / "metrics.csv", out / "communities.csv", out / "yearly.csv"]

    label = {v: H.nodes[v].get("label", v) for v in H}
    document = {
        "summary": info,
        "yearly": years,
        "communities": [{"community": i, "size": len(g),
                         "countries": dict(Counter(H.nodes[v].get("country") or "?" for v in g).most_common()),
                         "top": [label[v] for v in sorted(g, key=lambda v: -H.nodes[v]["weighted_degree"])[:5]]}
                        for i, g in enumerate(comms.groups)],
        "articulation_points": [{"institution": v, "label": label[v]} for v in metrics["articulation_points"]],
        "bridges": [{"a": a, "b": b, "labels": [label[a], label[b]]} for a, b in metrics["bridges"]],
        "countries": {"nodes": [{"country": c, **d} for c, d in C.nodes(data=True)],
                      "edges": [{"a": a, "b": b, **d} for a, b, d in C.edges(data=True)]},
        "institutions": rows,
    }
    (out / "metrics.json").write_text(json.dumps(document, ensure_ascii=False, indent=1, default=str),
                                      encoding="utf-8")
    files.append(out / "metrics.json")

    if pictures:
        draw_png(H, out / "network.png", color_by=color_by, top_labels=top_labels, max_nodes=draw_max,
                 seed=seed, title=title, info=info)
        from unikg.network_html import render_html
        (out / "network.html").write_text(
            render_html(H, info, years, color_by=color_by, max_nodes=html_max, title=title), encoding="utf-8")
        files += [out / "network.png", out / "network.html"]

    if rdf_graph:
        path = out / "metrics.trig"
        quads = metrics_quads(H, comms, info, rdf_graph)
        write_trig(quads, path)
        files.append(path)
        if store is not None:
            from pyoxigraph import NamedNode
            from unikg.store import replace_graph
            replace_graph(store, NamedNode(rdf_graph), quads)
            store.flush()
    return {"summary": info, "files": files, "top": rows[:10], "metrics": metrics, "communities": comms}


# ---------------------------------------------------------------- picture

# Matplotlib ships DejaVu Sans, which has Latin, Cyrillic, Persian and Arabic glyphs; naming it
# keeps the picture the same whatever a local matplotlibrc prefers. Matplotlib >= 3.11 shapes
# Arabic script and orders right-to-left runs itself (libraqm), so labels go in as written:
# reshaping them beforehand (arabic-reshaper, python-bidi) would reverse them a second time.
FONT = "DejaVu Sans"
_LANG_PREFIX = re.compile(r"([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*):(.*)", re.S)    # "fa:دانشگاه ..." in `labels`


def _palette(n: int) -> list[tuple]:
    from matplotlib import colormaps
    base = colormaps["tab10"].colors
    return [base[i % len(base)] for i in range(n)]


def _packed_layout(S: nx.Graph, seed: int) -> dict:
    """Spring layout per connected component: the biggest on the left over the full height,
    the others packed in a grid beside it, biggest first.

    One spring layout over a disconnected graph throws the components to the corners and
    squeezes each into a dot; laying them out apart keeps every cluster readable. Rows of
    equal cells gave a 120-node component the room of a few triangles."""
    parts = sorted(nx.connected_components(S), key=lambda c: (-len(c), min(map(str, c))))

    def place(nodes, x: float, y: float, size: float) -> None:
        """Lay the component out in the square of side `size` whose top left corner is (x, y)."""
        sub = S.subgraph(nodes)
        local = nx.spring_layout(sub, seed=seed, k=1.2 / len(nodes) ** 0.5, iterations=100) \
            if len(nodes) > 1 else {next(iter(nodes)): (0.0, 0.0)}
        for v, (px, py) in local.items():
            pos[v] = (x + size / 2 + px * size * 0.45, y - size / 2 + py * size * 0.45)

    pos: dict = {}
    main = 1.0 + len(parts[0]) ** 0.5          # area grows with the component
    place(parts[0], 0.0, 0.0, main)
    rest = parts[1:]
    if not rest:
        return pos
    # the grid beside it fills its height and takes at most 0.4 of its width: rows enough
    # that ceil(n / rows) columns fit, and no cell bigger than the component needs
    rows = max(1, math.ceil((len(rest) / 0.4) ** 0.5))
    cell = min(main / rows, (1.0 + len(rest[0]) ** 0.5) * 1.3)
    x0 = main * 1.05
    for i, nodes in enumerate(rest):
        col, row = divmod(i, rows)
        place(nodes, x0 + col * cell, -row * cell, cell / 1.3)
    return pos


def draw_png(H: nx.Graph, path: Path, *, color_by: str = "community", top_labels: int = 15,
             max_nodes: int = 150, seed: int = DEFAULT_SEED, title: str = "", info: dict | None = None) -> Path:
    """Nodes coloured by community or country, sized by degree, the top nodes labelled.

    Only the `max_nodes` nodes of biggest weighted degree are drawn: a picture of thousands
    of nodes is unreadable, and the title says how many are shown."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with plt.rc_context({"font.family": [FONT]}):     # the title and the legend
        return _draw_png(H, path, color_by=color_by, top_labels=top_labels, max_nodes=max_nodes, seed=seed,
                         title=title, info=info)


def _draw_png(H: nx.Graph, path: Path, *, color_by: str, top_labels: int, max_nodes: int, seed: int,
              title: str, info: dict | None) -> Path:
    import matplotlib.pyplot as plt

    ranked = sorted(H, key=lambda v: (-H.nodes[v].get("weighted_degree", H.degree(v, weight="weight")), str(v)))
    keep = ranked[:max_nodes]
    S = H.subgraph(keep)
    fig, ax = plt.subplots(figsize=(12, 9), dpi=110)
    ax.set_axis_off()
    if S.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no institutions match", ha="center", va="center", fontsize=16)
        fig.savefig(path)
        plt.close(fig)
        return path
    pos = _packed_layout(S, seed)
    ax.margins(x=0.12, y=0.05)    # room for the labels of the outermost nodes

    key = (lambda v: S.nodes[v].get("community", -1)) if color_by == "community" \
        else (lambda v: S.nodes[v].get("country") or "?")
    # biggest group first, ties by name, as the HTML page orders them: the colours agree
    groups = [g for g, _ in sorted(Counter(key(v) for v in S).items(), key=lambda kv: (-kv[1], str(kv[0])))]
    shown = groups[:10]
    colours = dict(zip(shown, _palette(len(shown))))
    grey = (0.7, 0.7, 0.7)
    node_colour = [colours.get(key(v), grey) for v in S]
    biggest = max(1, max(H.degree(u) for u in S))
    sizes = [40 + 760 * H.degree(v) / biggest for v in S]

    weights = [d.get("weight", 1) for _, _, d in S.edges(data=True)]
    wmax = max(weights, default=1)
    nx.draw_networkx_edges(S, pos, ax=ax, width=[0.4 + 2.6 * w / wmax for w in weights],
                           edge_color="#888888", alpha=0.5)
    nx.draw_networkx_nodes(S, pos, ax=ax, node_size=sizes, node_color=node_colour,
                           edgecolors="white", linewidths=0.8)
    glyphs = _font_glyphs()
    labelled = {v: _short(_drawable_label(S, v, glyphs)) for v in keep[:top_labels]}
    nx.draw_networkx_labels(S, pos, labels=labelled, ax=ax, font_size=8, font_family=FONT,
                            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.75})
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=colours[g],
                          label=(f"community {g}" if color_by == "community" else str(g))) for g in shown]
    if len(groups) > len(shown):
        handles.append(plt.Line2D([], [], marker="o", linestyle="", color=grey, label="other"))
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    info = info or {}
    note = f"{H.number_of_nodes()} institutions, {H.number_of_edges()} partnerships"
    if S.number_of_nodes() < H.number_of_nodes():
        note += f"; showing the top {S.number_of_nodes()} by weighted degree"
    if "modularity" in info:
        note += f"; {info['communities']} communities, modularity {info['modularity']:.2f}"
    ax.set_title(f"{title}\n{note}" if title else note, fontsize=11)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def _short(text: str, n: int = 38) -> str:
    # no space or zero-width joiner/non-joiner left dangling before the ellipsis
    return text if len(text) <= n else text[: n - 1].rstrip(" \u200c\u200d") + "…"


def _font_glyphs() -> set[int]:
    """The code points FONT has a glyph for."""
    from matplotlib import font_manager
    path = font_manager.findfont(font_manager.FontProperties(family=FONT), fallback_to_default=False)
    return set(font_manager.get_font(path).get_charmap())


def _drawable(text: str, glyphs: set[int]) -> bool:
    # format characters (ZWNJ in Persian words, direction marks) are drawn as nothing
    return all(ord(ch) in glyphs or unicodedata.category(ch) == "Cf" for ch in text)


def _drawable_label(G: nx.Graph, v: Any, glyphs: set[int]) -> str:
    """The node's label if the font can draw it, else its first other label that it can (English,
    Russian, Persian, Arabic first), else the last segment of its IRI.

    A label the font lacks glyphs for would be drawn as empty boxes; a Chinese name, say, may
    have an English or Russian alternative among the labels."""
    d = G.nodes[v]
    label = d.get("label") or str(v)
    if _drawable(label, glyphs):
        return label
    others = []
    for item in d.get("labels") or []:
        m = _LANG_PREFIX.fullmatch(item)
        lang, text = (m.group(1).lower(), m.group(2)) if m else ("", item)
        rank = LABEL_LANGS.index(lang) if lang in LABEL_LANGS else len(LABEL_LANGS)
        others.append((rank, text))
    for _, text in sorted(others, key=lambda o: o[0]):
        if text and _drawable(text, glyphs):
            return text
    return "".join(ch if _drawable(ch, glyphs) else "?" for ch in _local(str(v)))


# ---------------------------------------------------------------- RDF

def metrics_quads(H: nx.Graph, comms: Communities, info: dict[str, Any], graph: str) -> list:
    """The metrics of an annotated graph as quads of the named graph `graph`.

    Terms live in their own namespace (`https://w3id.org/unikg/network#`) so that the
    analysis never mixes with the ontology's facts."""
    from pyoxigraph import Literal, NamedNode, Quad
    XSD = "http://www.w3.org/2001/XMLSchema#"
    g = NamedNode(graph)
    run = NamedNode(graph.rstrip("/#") + "#analysis")
    a = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def p(local: str) -> NamedNode:
        return NamedNode(NET + local)

    def lit(value: Any) -> Literal:
        if isinstance(value, bool):
            return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
        if isinstance(value, int):
            return Literal(str(value), datatype=NamedNode(XSD + "integer"))
        if isinstance(value, float):
            return Literal(repr(value), datatype=NamedNode(XSD + "double"))
        return Literal(str(value))

    quads = [
        Quad(run, a, p("NetworkAnalysis"), g),
        Quad(run, NamedNode("http://www.w3.org/ns/prov#generatedAtTime"),
             Literal(datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                     datatype=NamedNode(XSD + "dateTime")), g),
        Quad(run, p("nodes"), lit(info["nodes"]), g),
        Quad(run, p("edges"), lit(info["edges"]), g),
        Quad(run, p("modularity"), lit(float(info["modularity"])), g),
        Quad(run, p("seed"), lit(info["seed"]), g),
        Quad(run, p("betweennessExact"), lit(bool(info["betweenness"]["exact"])), g),
        Quad(run, p("filters"), lit(info["filters"]), g),
    ]
    community_iri = [NamedNode(f"{graph.rstrip('/#')}/community/{i}") for i in range(len(comms.groups))]
    for i, iri in enumerate(community_iri):
        quads += [Quad(iri, a, p("Community"), g), Quad(iri, p("analysis"), run, g),
                  Quad(iri, p("size"), lit(len(comms.groups[i])), g)]
    fields = {"degree": "degree", "weighted_degree": "weightedDegree", "betweenness": "betweenness",
              "pagerank": "pageRank", "clustering": "clustering", "articulation_point": "articulationPoint"}
    for v, d in H.nodes(data=True):
        node = NamedNode(v)
        for key, local in fields.items():
            value = d[key]
            quads.append(Quad(node, p(local), lit(float(value) if key in ("betweenness", "pagerank", "clustering")
                                                  else value), g))
        if d.get("community", -1) >= 0:
            quads.append(Quad(node, p("community"), community_iri[d["community"]], g))
    return quads


def write_trig(quads: list, path: Path) -> None:
    import pyoxigraph as ox
    ox.serialize(quads, output=str(path), format=ox.RdfFormat.TRIG,
                 prefixes={"net": NET, "xsd": "http://www.w3.org/2001/XMLSchema#"})
