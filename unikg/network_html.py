"""A self-contained interactive page: the network beside a world map of the institutions.

Everything is inline (data as JSON, a small force layout and an equirectangular map drawn
into SVG by our own script), so the page opens offline and from a file:// URL. The world
outline is a deliberately coarse hand-made polygon set (a few hundred points): enough to
recognise the continents, not a cartographic source.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from typing import Any

import networkx as nx

# (lon, lat) rings. LAND first, then WATER drawn over it (inland seas the land rings enclose).
LAND = [
    # North America
    [(-168, 66), (-162, 70), (-140, 70), (-125, 70), (-95, 72), (-80, 73), (-62, 66), (-55, 52), (-66, 45),
     (-70, 42), (-76, 35), (-81, 31), (-80, 25), (-82, 29), (-90, 30), (-97, 27), (-97, 22), (-92, 18), (-87, 21),
     (-88, 16), (-83, 10), (-80, 8), (-78, 8), (-83, 8), (-86, 12), (-92, 14), (-96, 16), (-105, 20), (-110, 23),
     (-112, 29), (-117, 32), (-121, 35), (-124, 40), (-124, 47), (-127, 51), (-133, 56), (-140, 60), (-148, 61),
     (-154, 58), (-158, 56), (-165, 55), (-162, 60), (-166, 62), (-168, 66)],
    # Greenland
    [(-73, 78), (-60, 82), (-30, 83), (-20, 80), (-20, 70), (-30, 68), (-42, 60), (-50, 64), (-55, 70), (-60, 76),
     (-73, 78)],
    # South America
    [(-78, 8), (-72, 12), (-62, 10), (-52, 5), (-50, 0), (-44, -2), (-35, -5), (-35, -9), (-39, -15), (-40, -22),
     (-48, -26), (-53, -34), (-58, -38), (-62, -40), (-65, -45), (-68, -50), (-69, -55), (-73, -53), (-75, -47),
     (-73, -40), (-72, -30), (-71, -18), (-76, -14), (-81, -6), (-80, -1), (-78, 2), (-78, 8)],
    # Eurasia, from Portugal along the north coast, down the east and south coasts, back by the Mediterranean
    [(-9, 37), (-9, 43), (-2, 43.5), (-1.5, 46.5), (-4.5, 48.5), (2, 51), (5, 53), (8, 54), (8, 57), (10.5, 57.7),
     (12, 55.5), (13, 54.5), (20, 54.5), (21, 57), (24, 59.5), (30, 60), (22, 60.5), (21, 63), (25, 65.5),
     (21, 66), (17, 62), (18.5, 60), (16, 56.2), (12.6, 56), (11, 59), (8, 58), (5, 59), (5, 62), (14, 68),
     (20, 70), (28, 71), (33, 69.5), (41, 67), (44, 68.5), (53, 68.5), (60, 69), (68, 72), (72, 72.5),
     (80, 73.5), (90, 75.5), (100, 77), (105, 78), (112, 76), (120, 73), (130, 71), (140, 72), (150, 71),
     (160, 70), (170, 70), (180, 68.5), (180, 65), (170, 60), (163, 60), (160, 53), (156, 51), (156, 58),
     (150, 59.5), (142, 59), (137, 54), (141, 52), (140, 47.5), (135, 43), (130, 42.5), (129, 35.5),
     (126, 34.5), (126, 38), (124.5, 40), (121, 39), (122, 40.5), (118, 39), (120, 37), (119.5, 35),
     (121.5, 32), (122, 30), (119.5, 25.5), (116, 22.8), (111, 21.5), (109.6, 21.6), (106.5, 20), (106, 18),
     (108.5, 15), (109, 11.5), (105, 8.6), (104.8, 10.4), (102.5, 12.5), (100, 13.5), (99.2, 10), (100.3, 6.5),
     (103, 5), (104, 1.3), (101, 2.5), (98.5, 8), (98, 16), (94.5, 16), (94, 19), (92, 22), (90, 22),
     (87, 21.5), (86.5, 20), (80, 15.5), (80, 10.5), (77.5, 8), (76, 10), (73, 17), (72.8, 21), (70, 22.5),
     (67, 24.8), (62, 25.2), (57.5, 25.8), (56.3, 27.2), (52, 27.8), (50, 30), (48, 29.5), (48.5, 28),
     (50.2, 26.5), (51.5, 24.3), (54, 24.2), (56.4, 26.2), (57.5, 23.8), (59.8, 22.5), (57, 18.9), (55, 17),
     (52, 15.8), (45, 12.8), (43.3, 12.7), (42.6, 16), (39, 21.5), (35, 28), (34.5, 27.8), (32.6, 29.9),
     (34.3, 31.2), (35, 33), (36, 35.5), (36, 36.8), (32, 36.2), (30, 36.2), (27, 37), (26.5, 39.5), (26, 41),
     (24, 40.5), (23, 39), (22.5, 36.5), (21, 38.5), (19.5, 41.5), (19, 42.5), (15, 45.3), (13.7, 45.7),
     (12.3, 45), (13.5, 43.5), (16, 41.5), (18.5, 40.2), (16, 38), (15.7, 40), (12.5, 41.7), (10, 44),
     (8.6, 44.3), (6.5, 43.1), (3.2, 43.3), (3.2, 41.9), (0.8, 41), (-0.3, 39.4), (-0.7, 37.6), (-2, 36.7),
     (-5.5, 36), (-6.3, 36.8), (-7.5, 37.2), (-9, 37)],
    # Africa
    [(-17, 21), (-16, 24), (-13, 27.5), (-9.8, 29.5), (-9.5, 32.5), (-6.8, 34), (-5.5, 35.8), (-2, 35.1),
     (3, 36.8), (10, 37.2), (11, 35), (10, 34), (11, 33), (15, 32.3), (19, 30.3), (20, 32), (25, 31.8),
     (29, 30.9), (32.3, 31.3), (32.6, 29.9), (35.5, 24), (37.3, 21), (38.5, 18), (39.5, 15.5), (43.3, 12.5),
     (44, 10.5), (51.2, 11.8), (51, 10.4), (48, 4.5), (43, -1), (40, -3), (39, -6), (39.5, -10), (40.5, -15),
     (35, -20), (35.5, -24), (32.9, -26), (32, -29), (27.9, -33.3), (22, -34.2), (18.5, -34), (18, -31),
     (15, -27), (14.5, -22.5), (11.8, -17), (13.6, -11.5), (12, -6), (9, -1), (9.5, 3.5), (8.5, 4.5), (6, 4.3),
     (2, 6.3), (-2, 4.8), (-7.5, 4.4), (-12, 7), (-15, 11), (-17, 14.6), (-16.5, 19), (-17, 21)],
    [(44, -25), (47, -25), (50.5, -15.5), (49.3, -12), (44.5, -16), (44, -25)],                    # Madagascar
    [(114, -22), (114, -26), (115, -34), (118, -35), (123.5, -33.9), (131, -31.5), (135, -34.7), (138, -35.5),
     (140, -38), (144, -38.2), (150, -37.5), (153, -32), (153.5, -25), (150, -22), (146, -19), (145.3, -14.9),
     (142.5, -10.7), (141.5, -13.5), (140.8, -17.4), (137, -15.8), (135.8, -12.2), (131, -11.3), (129.5, -14.9),
     (126, -14), (122, -17), (121, -19.5), (114, -22)],                                             # Australia
    [(-5.7, 50), (1.5, 51), (1.7, 52.7), (0, 53.5), (-1.6, 55.5), (-2, 57.6), (-3, 58.6), (-5, 58.6),
     (-6.2, 56.8), (-4.9, 55), (-3, 54.5), (-3, 53.4), (-4.6, 53.3), (-4.2, 52.3), (-5.3, 51.7), (-3, 51.4),
     (-5.7, 50)],                                                                                   # Great Britain
    [(-6, 52.2), (-6, 54), (-7.5, 55.3), (-10, 54), (-10.4, 51.8), (-6, 52.2)],                     # Ireland
    [(-22, 64), (-22, 66.3), (-16, 66.5), (-13.5, 65), (-18, 63.4), (-22, 64)],                     # Iceland
    [(130, 31), (131.5, 31.5), (132, 34), (135, 33.5), (137, 34.5), (140, 35), (141, 38), (142, 40),
     (141.5, 41.5), (140, 41.5), (139.8, 40), (140, 38), (137, 37), (136, 35.8), (133, 35.5), (130.8, 34),
     (130, 31)],                                                                                    # Japan
    [(140, 41.5), (141.5, 42.5), (145.5, 43.2), (142, 45.5), (140, 43), (140, 41.5)],               # Hokkaido
    [(95.3, 5.6), (97.5, 5.2), (100.5, 2), (104, -1), (106, -3), (106, -5.9), (102, -4), (99, -1), (95.3, 5.6)],
    [(109, 1.5), (111, -3), (114.5, -4), (116.5, -2.5), (118, 1), (119, 5), (117, 7), (115, 5), (111.5, 2.5),
     (109, 1.5)],                                                                                   # Borneo
    [(105.5, -6.7), (110, -6.9), (114.5, -7.7), (114.4, -8.7), (110, -8.2), (105.5, -6.7)],         # Java
    [(131, -1), (135, -3.3), (138, -1.6), (141, -2.6), (145.7, -4.8), (147.8, -6.2), (150, -10.5), (146, -8.2),
     (143.5, -9), (141, -9.1), (138, -8.3), (137.6, -5.3), (133, -4), (131, -1)],                   # New Guinea
    [(172.7, -34.5), (174.5, -36.5), (178.5, -37.7), (177, -39.5), (175, -41.5), (173.8, -39.2), (174.5, -37),
     (172.7, -34.5)],
    [(172.7, -40.5), (174.3, -41.7), (172.8, -43.8), (171, -45.5), (169, -46.7), (166.5, -46), (168, -44),
     (172.7, -40.5)],
    [(120.2, 22.6), (121.9, 25.1), (121.5, 22), (120.2, 22.6)],                                    # Taiwan
    [(79.8, 8), (80, 9.8), (81.8, 7.5), (80.6, 5.9), (79.8, 8)],                                   # Sri Lanka
    [(120, 18.5), (122.3, 18.4), (122, 14), (124, 12.5), (126, 9), (125.5, 6), (122, 7), (121, 12.5),
     (120, 14.5), (120, 18.5)],                                                                     # Philippines
]
WATER = [
    [(47, 44.5), (50, 46.7), (53, 46.7), (53, 42), (54, 40.5), (53.9, 37.3), (51, 36.7), (49, 37.6), (49.5, 40.2),
     (47.5, 42.5), (47, 44.5)],                                                                     # Caspian Sea
    [(28, 41.2), (28, 43.5), (30.5, 46.5), (33.5, 44.5), (36.5, 45.3), (38, 47), (39.5, 47), (38, 44.5),
     (41.5, 41.5), (36, 41.7), (31, 41.1), (28, 41.2)],                                             # Black Sea
    [(-95, 58.7), (-92.5, 57), (-82.5, 55), (-79, 51.5), (-79, 55), (-77, 60), (-78, 62.5), (-86, 63.5),
     (-94, 61), (-95, 58.7)],                                                                       # Hudson Bay
]


def page_data(H: nx.Graph, info: dict[str, Any], years: list[dict[str, Any]], *, max_nodes: int = 400,
              color_by: str = "community") -> dict[str, Any]:
    """What the page's script draws: the top nodes by weighted degree and the edges among them.

    An institution without coordinates is placed at the mean position of the placed
    institutions of its country (marked approximate); with none, it is listed as unplaced."""
    def wdeg(v: Any) -> float:
        return H.nodes[v].get("weighted_degree", H.degree(v, weight="weight"))
    ranked = sorted(H, key=lambda v: (-wdeg(v), str(v)))[:max_nodes]
    keep = set(ranked)
    where: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for v, d in H.nodes(data=True):
        if d.get("lat") is not None and d.get("lon") is not None and d.get("country"):
            where[d["country"]].append((d["lat"], d["lon"]))
    nodes = []
    index = {}
    for i, v in enumerate(ranked):
        d = H.nodes[v]
        lat, lon, approx = d.get("lat"), d.get("lon"), False
        if (lat is None or lon is None) and where.get(d.get("country")):
            pts = where[d["country"]]
            lat, lon, approx = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts), True
        index[v] = i
        nodes.append({
            "id": v, "label": d.get("label", str(v)), "country": d.get("country") or "",
            "type": d.get("type") or "", "ror": d.get("ror") or "",
            "lat": lat, "lon": lon, "approx": approx,
            "degree": H.degree(v), "wdeg": wdeg(v), "community": d.get("community", -1),
            "betweenness": round(float(d.get("betweenness", 0.0)), 6),
            "pagerank": round(float(d.get("pagerank", 0.0)), 6),
            "clustering": round(float(d.get("clustering", 0.0)), 4),
            "cut": bool(d.get("articulation_point", False)),
        })
    edges = [{"s": index[a], "t": index[b], "w": d.get("weight", 1), "years": d.get("years", []),
              "kinds": d.get("kinds", []), "topics": d.get("topics", [])}
             for a, b, d in H.edges(data=True) if a in keep and b in keep and a != b]
    return {"nodes": nodes, "edges": edges, "summary": info, "yearly": years, "colorBy": color_by,
            "total": {"nodes": H.number_of_nodes(), "edges": H.number_of_edges()},
            "land": LAND, "water": WATER}


def render_html(H: nx.Graph, info: dict[str, Any], years: list[dict[str, Any]], *, max_nodes: int = 400,
                color_by: str = "community", title: str = "University collaboration network") -> str:
    data = page_data(H, info, years, max_nodes=max_nodes, color_by=color_by)
    # "</" would end the script element early; JSON allows the escaped slash
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return (_PAGE.replace("__TITLE__", html.escape(title))
            .replace("__DATA__", payload)
            .replace("__SCRIPT__", _SCRIPT))


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
 body { font: 13px/1.4 system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
 header { padding: 8px 14px; background: #fff; border-bottom: 1px solid #ddd; }
 h1 { font-size: 17px; margin: 0 0 4px; }
 h2 { font-size: 13px; margin: 4px 0; color: #555; }
 .controls { display: flex; gap: 14px; flex-wrap: wrap; align-items: center; }
 main { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; padding: 8px; }
 section { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: 4px 8px; }
 svg { width: 100%; height: auto; display: block; }
 .link { stroke: #999; stroke-opacity: .45; }
 .arc { stroke: #c0392b; stroke-opacity: .35; fill: none; }
 .node, .site { stroke: #fff; stroke-width: 1; cursor: pointer; }
 .site.approx { stroke: #333; stroke-dasharray: 2 1; }
 .label { font-size: 9px; pointer-events: none; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
 .dim { opacity: .12; }
 .hot { stroke: #000; stroke-width: 2; }
 .land { fill: #e4e0d6; stroke: #c9c3b4; stroke-width: .5; }
 .water { fill: #eef3f7; stroke: #c9c3b4; stroke-width: .5; }
 .ocean { fill: #eef3f7; }
 .graticule { stroke: #cdd6de; stroke-width: .4; fill: none; }
 #info { padding: 6px 14px; min-height: 40px; }
 #legend span { display: inline-block; margin-right: 10px; }
 #legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 3px; }
 table { border-collapse: collapse; font-size: 12px; }
 td, th { padding: 1px 6px; text-align: left; border-bottom: 1px solid #eee; }
 #errors { color: #b00; }
</style>
</head>
<body>
<header>
 <h1>__TITLE__</h1>
 <div id="summary"></div>
 <div class="controls">
  <label>Colour by <select id="colorBy"><option value="community">community</option><option value="country">country</option></select></label>
  <label>Years <input id="yearFrom" type="range"> <input id="yearTo" type="range"> <span id="yearLabel"></span></label>
  <label>Find <input id="search" type="search" placeholder="institution name"></label>
  <span id="legend"></span>
 </div>
</header>
<main>
 <section><h2>Network</h2><svg id="net" viewBox="0 0 600 520" role="img" aria-label="collaboration network"></svg></section>
 <section><h2>Map</h2><svg id="map" viewBox="0 0 720 290" role="img" aria-label="world map of institutions"></svg>
  <div id="unplaced"></div><h2>Partnerships per year</h2><svg id="years" viewBox="0 0 720 110"></svg></section>
</main>
<div id="info">Click an institution to see its partners.</div>
<div id="top"></div>
<div id="errors"></div>
<script id="data" type="application/json">__DATA__</script>
<script>
__SCRIPT__
</script>
</body>
</html>
"""

_SCRIPT = r"""
"use strict";
window.addEventListener("error", function (e) {
  document.getElementById("errors").textContent += "error: " + e.message + "\n";
});
(function () {
  const D = JSON.parse(document.getElementById("data").textContent);
  const NS = "http://www.w3.org/2000/svg";
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                   "#17becf", "#bcbd22", "#7f7f7f"];
  const OTHER = "#bbbbbb";
  const nodes = D.nodes, edges = D.edges;
  const adj = nodes.map(() => []);
  edges.forEach((e, i) => { adj[e.s].push(i); adj[e.t].push(i); });

  function el(tag, attrs, parent) {
    const x = document.createElementNS(NS, tag);
    for (const k in attrs) x.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(x);
    return x;
  }
  function fmt(x, n) { return Number(x).toFixed(n); }

  // ------------------------------------------------ summary and top table
  const S = D.summary;
  let text = D.total.nodes + " institutions, " + D.total.edges + " partnerships, " + S.communities +
    " communities (Louvain, modularity " + fmt(S.modularity, 3) + "), betweenness " +
    (S.betweenness.exact ? "exact" : "sampled from " + S.betweenness.k + " sources") + "; filters: " + S.filters;
  if (nodes.length < D.total.nodes) text += "; showing the top " + nodes.length + " by weighted degree";
  document.getElementById("summary").textContent = text;

  // ------------------------------------------------ colours
  let colourOf = () => OTHER;
  function recolour(by) {
    const count = {};
    nodes.forEach(n => { const k = by === "country" ? (n.country || "?") : n.community; count[k] = (count[k] || 0) + 1; });
    const keys = Object.keys(count).sort((a, b) => count[b] - count[a] || (a < b ? -1 : 1)).slice(0, PALETTE.length);
    const map = {};
    keys.forEach((k, i) => { map[k] = PALETTE[i]; });
    colourOf = n => map[by === "country" ? (n.country || "?") : n.community] || OTHER;
    document.querySelectorAll("circle[data-i]").forEach(c => c.setAttribute("fill", colourOf(nodes[+c.dataset.i])));
    const legend = document.getElementById("legend");
    legend.textContent = "";
    keys.forEach(k => {
      const s = document.createElement("span");
      const i = document.createElement("i");
      i.style.background = map[k];
      s.appendChild(i);
      s.appendChild(document.createTextNode(by === "country" ? k : "community " + k));
      legend.appendChild(s);
    });
  }

  // ------------------------------------------------ force layout
  // Each connected component is laid out on its own, in pixels, and the components are then
  // packed in rows: one simulation over a disconnected graph pushes the components apart,
  // and scaling that back into the panel squeezed every cluster into a blot. Forces of
  // Fruchterman-Reingold (repulsion k²/d, attraction d²/k along a link), the repulsion
  // weighted by both nodes' degrees as in ForceAtlas2 (a hub keeps its many partners apart,
  // a clique opens into a ring), and a weak gravity toward the component's centre. A last
  // pass pushes apart node circles and label boxes (measured) that still overlap.
  const LINK = 70;      // pixels, the length of a link in a small component
  const GRAVITY = 0.05; // keeps loosely attached nodes near their component
  const PAD = 3;        // pixels kept free between two circles, a circle and a label, two labels
  function layout(nodes, adj, edges, rad, lab) {
    // lab[i]: null, or the [width, height, top] of node i's label, which is drawn centred on the node's height
    const n = nodes.length, x = new Float64Array(n), y = new Float64Array(n), side = new Int8Array(n).fill(1);
    const deg = adj.map(a => a.length), dx = new Float64Array(n), dy = new Float64Array(n);
    const other = (e, v) => edges[e].s === v ? edges[e].t : edges[e].s;
    const seen = new Uint8Array(n), comps = [];
    for (let s = 0; s < n; s++) {       // components by breadth-first search, in rank order
      if (seen[s]) continue;
      const c = [s]; seen[s] = 1;
      for (let k = 0; k < c.length; k++) for (const e of adj[c[k]]) {
        const o = other(e, c[k]);
        if (!seen[o]) { seen[o] = 1; c.push(o); }
      }
      comps.push(c);
    }

    function simulate(c) {
      const m = c.length;
      // the length of a link: LINK in small components, shorter in big ones (down to about
      // two hub circles) so that hundreds of nodes do not need thousands of pixels
      const k = Math.max(28, LINK * Math.min(1, Math.sqrt(30 / m)));
      // start on a circle, in rank order: the same picture every time, and no node starts
      // inside the others (a clique started from a spiral stays a wheel around its first node)
      const r0 = k * Math.max(1, m / 8);
      c.forEach((v, i) => { x[v] = r0 * Math.cos(2 * Math.PI * i / m); y[v] = r0 * Math.sin(2 * Math.PI * i / m); });
      if (m === 1) return;
      const links = [];
      c.forEach(v => adj[v].forEach(e => { if (edges[e].s === v) links.push(edges[e]); }));
      const iters = m > 250 ? 250 : 400, t0 = k * Math.sqrt(m) / 2;
      for (let it = 0; it < iters; it++) {
        const temp = t0 * (1 - it / iters) + 0.5;
        let cx = 0, cy = 0;
        for (const v of c) { dx[v] = 0; dy[v] = 0; cx += x[v] / m; cy += y[v] / m; }
        for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) {
          const u = c[a], v = c[b], ux = x[u] - x[v], uy = y[u] - y[v];
          const f = k * k * Math.sqrt((1 + deg[u]) * (1 + deg[v])) / (ux * ux + uy * uy + 0.01);
          dx[u] += ux * f; dy[u] += uy * f; dx[v] -= ux * f; dy[v] -= uy * f;
        }
        for (const e of links) {       // a link of many events and agreements pulls harder
          const ux = x[e.s] - x[e.t], uy = y[e.s] - y[e.t];
          const f = Math.sqrt(ux * ux + uy * uy) / k * (1 + 0.5 * Math.log(e.w));
          dx[e.s] -= ux * f; dy[e.s] -= uy * f; dx[e.t] += ux * f; dy[e.t] += uy * f;
        }
        for (const v of c) {
          const gx = cx - x[v], gy = cy - y[v], g = GRAVITY * k * (1 + deg[v]) / (Math.sqrt(gx * gx + gy * gy) + 1e-9);
          dx[v] += gx * g; dy[v] += gy * g;
          const d = Math.sqrt(dx[v] * dx[v] + dy[v] * dy[v]) + 1e-9, step = Math.min(d, temp);
          x[v] += dx[v] / d * step; y[v] += dy[v] / d * step;
        }
      }
      // a label points away from the node's partners, so it does not lie over their links
      for (const v of c) {
        if (!deg[v]) continue;
        let mx = 0;
        for (const e of adj[v]) mx += x[other(e, v)] / deg[v];
        side[v] = x[v] >= mx ? 1 : -1;
      }
    }

    // the boxes of node v: its circle, and its label beside it
    function boxes(v) {
      const r = rad[v] + PAD / 2, out = [[x[v] - r, y[v] - r, x[v] + r, y[v] + r]];
      if (lab[v]) {
        const [w, h] = lab[v], x0 = side[v] > 0 ? x[v] + rad[v] + 3 : x[v] - rad[v] - 3 - w;
        out.push([x0 - PAD / 2, y[v] - h / 2 - PAD / 2, x0 + w + PAD / 2, y[v] + h / 2 + PAD / 2]);
      }
      return out;
    }
    function separate(c) {
      for (let pass = 0; pass < 500; pass++) {
        let moved = false;
        for (let a = 0; a < c.length; a++) for (let b = a + 1; b < c.length; b++) {
          const u = c[a], v = c[b];
          let ux = x[v] - x[u], uy = y[v] - y[u], d = Math.sqrt(ux * ux + uy * uy);
          const need = rad[u] + rad[v] + PAD;
          if (d < need) {                // circles: apart along the line of their centres
            if (d < 1e-6) { ux = Math.cos(a + 2 * b); uy = Math.sin(a + 2 * b); d = 1; }
            const push = (need - d) / 2 + 0.01;
            x[u] -= ux / d * push; y[u] -= uy / d * push; x[v] += ux / d * push; y[v] += uy / d * push;
            moved = true;
          }
          if (!lab[u] && !lab[v]) continue;
          let P = boxes(u), Q = boxes(v);
          for (let p = 0; p < P.length; p++) for (let q = 0; q < Q.length; q++) {
            if (p === 0 && q === 0) continue;                 // circle against circle: done above
            const A = P[p], B = Q[q];
            const ox = Math.min(A[2], B[2]) - Math.max(A[0], B[0]), oy = Math.min(A[3], B[3]) - Math.max(A[1], B[1]);
            if (ox <= 0 || oy <= 0) continue;
            // a label box against anything: apart along the axis of the smaller overlap
            if (ox < oy) {
              const s = (A[0] + A[2] <= B[0] + B[2] ? 1 : -1) * (ox / 2 + 0.01);
              x[u] -= s; x[v] += s;
            } else {
              const s = (A[1] + A[3] <= B[1] + B[3] ? 1 : -1) * (oy / 2 + 0.01);
              y[u] -= s; y[v] += s;
            }
            P = boxes(u); Q = boxes(v);
            moved = true;
          }
        }
        if (!moved) break;
      }
    }

    const GAP = 24, parts = comps.map(c => {
      simulate(c); separate(c);
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const v of c) for (const B of boxes(v)) {
        x0 = Math.min(x0, B[0]); y0 = Math.min(y0, B[1]); x1 = Math.max(x1, B[2]); y1 = Math.max(y1, B[3]);
      }
      return {c, x0, y0, w: x1 - x0, h: y1 - y0};
    }).sort((p, q) => q.c.length - p.c.length);   // stable: ties stay in rank order
    // rows about as wide as the panel's shape asks for the total area
    const area = parts.reduce((s, p) => s + (p.w + GAP) * (p.h + GAP), 0);
    const rowW = Math.max(560, Math.sqrt(area * 600 / 520), ...parts.map(p => p.w));
    let px = 0, py = 0, rowH = 0, W = 0;
    for (const p of parts) {
      if (px > 0 && px + p.w > rowW) { px = 0; py += rowH + GAP; rowH = 0; }
      for (const v of p.c) { x[v] += px - p.x0; y[v] += py - p.y0; }
      px += p.w + GAP; rowH = Math.max(rowH, p.h); W = Math.max(W, px - GAP);
    }
    const H = py + rowH, M = 10;
    // the panel's 600 x 520 at least, so that a small network is not blown up; a big one
    // gets a bigger view box, which the browser scales down to the panel as a whole
    const vw = Math.max(600, W + 2 * M), vh = Math.max(520, H + 2 * M);
    for (let v = 0; v < n; v++) { x[v] += (vw - W) / 2; y[v] += (vh - H) / 2; }
    return {x, y, side, viewBox: [0, 0, vw, vh]};
  }

  const maxDeg = Math.max(1, ...nodes.map(n => n.degree));
  const radius = n => 3 + 9 * Math.sqrt(n.degree / maxDeg);
  // a label inside a list or sentence is isolated, so that a Persian or Arabic name does not
  // reorder the punctuation and the names around it
  const iso = s => "\u2068" + s + "\u2069";
  function tip(n) {
    return iso(n.label) + (n.country ? " [" + n.country + "]" : "") + "\npartners " + n.degree + ", links " + n.wdeg +
      "\nbetweenness " + fmt(n.betweenness, 4) + ", PageRank " + fmt(n.pagerank, 4) + "\ncommunity " + n.community +
      (n.cut ? "\narticulation point" : "");
  }

  // ------------------------------------------------ network view
  const net = document.getElementById("net");
  const gl = el("g", {}, net), gn = el("g", {}, net), gt = el("g", {}, net);
  // the labels are written first and measured, so that the layout keeps room for them
  const LABELLED = 12;
  const texts = nodes.slice(0, LABELLED).map((n, i) => {
    const t = el("text", {class: "label", x: 0, y: 0, "data-i": i}, gt);
    t.textContent = n.label.length > 34 ? n.label.slice(0, 33).replace(/[\s\u200c\u200d]+$/, "") + "…" : n.label;
    return t;
  });
  const lab = nodes.map((n, i) => {
    if (i >= texts.length) return null;
    let b = null;
    try { b = texts[i].getBBox(); } catch (e) { b = null; }
    // not rendered (a hidden panel): estimate from the length
    return b && b.width > 0 ? [b.width, b.height, b.y] : [texts[i].textContent.length * 5.5, 12, -9];
  });
  const L = layout(nodes, adj, edges, nodes.map(radius), lab), nx = L.x, ny = L.y;
  net.setAttribute("viewBox", L.viewBox.join(" "));
  const lines = edges.map(e => el("line", {class: "link", x1: nx[e.s], y1: ny[e.s], x2: nx[e.t], y2: ny[e.t],
                                           "stroke-width": Math.min(6, 0.6 + Math.log(1 + e.w))}, gl));
  const circles = nodes.map((n, i) => {
    const c = el("circle", {class: "node", cx: nx[i], cy: ny[i], r: radius(n), "data-i": i, "data-id": n.id}, gn);
    el("title", {}, c).textContent = tip(n);
    return c;
  });
  texts.forEach((t, i) => {
    const r = radius(nodes[i]), right = L.side[i] > 0;
    t.setAttribute("x", right ? nx[i] + r + 3 : nx[i] - r - 3);
    t.setAttribute("y", ny[i] - lab[i][2] - lab[i][1] / 2);    // the box's middle on the node's
    t.setAttribute("text-anchor", right ? "start" : "end");
  });

  // ------------------------------------------------ map view (equirectangular, latitudes 85 N to 60 S)
  const map = document.getElementById("map");
  const MW = 720, LAT0 = 85, LAT1 = -60, MH = 290;
  const px = lon => (lon + 180) / 360 * MW, py = lat => (LAT0 - lat) / (LAT0 - LAT1) * MH;
  el("rect", {class: "ocean", x: 0, y: 0, width: MW, height: MH}, map);
  const ring = pts => "M" + pts.map(p => fmt(px(p[0]), 1) + "," + fmt(py(p[1]), 1)).join("L") + "Z";
  D.land.forEach(r => el("path", {class: "land", d: ring(r)}, map));
  D.water.forEach(r => el("path", {class: "water", d: ring(r)}, map));
  let grid = "";
  for (let lon = -180; lon <= 180; lon += 30) grid += "M" + px(lon) + "," + py(LAT0) + "V" + py(LAT1);
  for (let lat = -60; lat <= 80; lat += 20) grid += "M0," + fmt(py(lat), 1) + "H" + MW;
  el("path", {class: "graticule", d: grid}, map);
  const ga = el("g", {}, map), gs = el("g", {}, map);
  const placed = n => n.lat !== null && n.lon !== null && n.lat !== undefined;
  const arcs = edges.map(e => {
    const a = nodes[e.s], b = nodes[e.t];
    if (!placed(a) || !placed(b)) return null;
    return el("line", {class: "arc", x1: px(a.lon), y1: py(a.lat), x2: px(b.lon), y2: py(b.lat),
                       "stroke-width": Math.min(4, 0.5 + Math.log(1 + e.w))}, ga);
  });
  const sites = nodes.map((n, i) => {
    if (!placed(n)) return null;
    const c = el("circle", {class: "site" + (n.approx ? " approx" : ""), cx: px(n.lon), cy: py(n.lat),
                            r: Math.max(2.5, radius(n) * 0.6), "data-i": i, "data-id": n.id}, gs);
    el("title", {}, c).textContent = tip(n) + (n.approx ? "\n(position: mean of its country's institutions)" : "");
    return c;
  });
  const unplaced = nodes.filter(n => !placed(n));
  document.getElementById("unplaced").textContent = unplaced.length ?
    "Not on the map (no coordinates): " + unplaced.map(n => iso(n.label)).join("; ") : "";

  // ------------------------------------------------ yearly bars
  const ys = document.getElementById("years"), Y = D.yearly;
  if (Y.length) {
    const top = Math.max(1, ...Y.map(r => r.edges)), bw = Math.min(60, 700 / Y.length);
    Y.forEach((r, i) => {
      const h = 80 * r.edges / top, hn = 80 * r.new_partnerships / top, x0 = 10 + i * bw;
      el("rect", {x: x0, y: 90 - h, width: bw - 4, height: h, fill: "#9ecae1"}, ys);
      el("rect", {x: x0, y: 90 - hn, width: bw - 4, height: hn, fill: "#3182bd"}, ys);
      el("title", {}, el("rect", {x: x0, y: 10, width: bw - 4, height: 80, fill: "transparent"}, ys)).textContent =
        r.year + ": " + r.edges + " partnerships active, " + r.new_partnerships + " new, " + r.nodes + " institutions";
      el("text", {x: x0, y: 104, "font-size": 9}, ys).textContent = r.year;
    });
  } else {
    el("text", {x: 10, y: 50, "font-size": 11}, ys).textContent = "no dated events or agreements";
  }

  // ------------------------------------------------ top table
  const tbl = document.createElement("table");
  tbl.innerHTML = "<tr><th>institution</th><th>country</th><th>partners</th><th>links</th><th>betweenness</th><th>PageRank</th><th>community</th></tr>";
  nodes.slice(0, 15).forEach(n => {
    const tr = tbl.insertRow();
    [n.label, n.country, n.degree, n.wdeg, fmt(n.betweenness, 4), fmt(n.pagerank, 4), n.community]
      .forEach(v => { const td = tr.insertCell(); td.textContent = v; td.dir = "auto"; });
  });
  document.getElementById("top").appendChild(tbl);

  // ------------------------------------------------ interaction: highlight, years, search
  let yFrom = -Infinity, yTo = Infinity, selected = -1;
  const edgeOn = e => !isFinite(yFrom) && !isFinite(yTo) ? true : e.years.some(y => y >= yFrom && y <= yTo);
  function refresh() {
    const on = edges.map(edgeOn), hot = new Set();
    if (selected >= 0) { hot.add(selected); adj[selected].forEach(i => { if (on[i]) { hot.add(edges[i].s); hot.add(edges[i].t); } }); }
    const active = new Set();
    edges.forEach((e, i) => { if (on[i]) { active.add(e.s); active.add(e.t); } });
    edges.forEach((e, i) => {
      const dim = !on[i] || (selected >= 0 && e.s !== selected && e.t !== selected);
      lines[i].classList.toggle("dim", dim);
      if (arcs[i]) arcs[i].classList.toggle("dim", dim);
    });
    nodes.forEach((n, i) => {
      const dim = (selected >= 0 && !hot.has(i)) || (edges.length > 0 && isFinite(yFrom) && !active.has(i));
      circles[i].classList.toggle("dim", dim); circles[i].classList.toggle("hot", i === selected);
      if (sites[i]) { sites[i].classList.toggle("dim", dim); sites[i].classList.toggle("hot", i === selected); }
    });
  }
  function select(i) {
    selected = i === selected ? -1 : i;
    const info = document.getElementById("info");
    if (selected < 0) { info.textContent = "Click an institution to see its partners."; refresh(); return; }
    const n = nodes[selected];
    const partners = adj[selected].map(k => {
      const e = edges[k], o = nodes[e.s === selected ? e.t : e.s];
      return iso(o.label) + " (" + e.w + (e.years.length ? ", " + e.years.join(" ") : "") + ")";
    });
    info.textContent = tip(n).replace(/\n/g, "; ") + (n.ror ? "; " + n.ror : "") + " — partners: " + partners.join("; ");
    refresh();
  }
  [net, map].forEach(svg => svg.addEventListener("click", ev => {
    const t = ev.target;
    if (t.dataset && t.dataset.i !== undefined) select(+t.dataset.i);
  }));
  const allYears = Y.map(r => r.year), yf = document.getElementById("yearFrom"), yt = document.getElementById("yearTo");
  if (allYears.length) {
    const lo = Math.min(...allYears), hi = Math.max(...allYears);
    [yf, yt].forEach(s => { s.min = lo; s.max = hi; s.step = 1; });
    yf.value = lo; yt.value = hi;
    const update = () => {
      let a = +yf.value, b = +yt.value;
      if (a > b) [a, b] = [b, a];
      const all = a === lo && b === hi;
      yFrom = all ? -Infinity : a; yTo = all ? Infinity : b;
      document.getElementById("yearLabel").textContent = all ? "all years" : a + "–" + b;
      refresh();
    };
    yf.addEventListener("input", update); yt.addEventListener("input", update); update();
  } else {
    yf.disabled = yt.disabled = true;
    document.getElementById("yearLabel").textContent = "no dated links";
  }
  document.getElementById("search").addEventListener("input", ev => {
    const q = ev.target.value.trim().toLowerCase();
    if (!q) { selected = -1; refresh(); return; }
    const i = nodes.findIndex(n => n.label.toLowerCase().includes(q) || n.id.toLowerCase().includes(q));
    if (i >= 0 && i !== selected) select(i);
  });
  const picker = document.getElementById("colorBy");
  picker.value = D.colorBy;
  picker.addEventListener("change", () => recolour(picker.value));
  recolour(D.colorBy);
  document.body.dataset.ready = "1";
})();
"""
