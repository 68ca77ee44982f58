"""network.html in headless Chromium: after the page's layout has run, no two node circles
overlap, no label overlaps another label or a circle, and everything is inside the view box,
for the shapes that used to come out cramped (a clique, a hub with many partners, both as two
components of one network). Screenshots are kept in pytest's temporary directory for review."""
from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest

from test_network import CHROMIUM, _chromium
from unikg.network import communities, institution_metrics, summary, yearly
from unikg.network_export import annotate
from unikg.network_html import render_html

INST = "https://w3id.org/unikg/id/institution/"
NAMES = ["Sharif University of Technology", "Amirkabir University of Technology",
         "K. N. Toosi University of Technology", "Iran University of Science and Technology",
         "دانشگاه صنعتی اصفهان", "University of Tehran", "Lipetsk State Technical University",
         "Northeastern University", "Shenyang University of Technology", "جامعة بغداد",
         "Tabriz University of Medical Sciences", "Белгородский государственный технологический университет"]

# appended after the page's own script, which lays the network out before it ends: where
# every circle and label ended up (getBBox measures the label as the browser drew it)
MEASURE = """<script>
(function () {
  const svg = document.getElementById("net");
  const got = {
    viewBox: svg.getAttribute("viewBox").trim().split(/[\\s,]+/).map(Number),
    circles: Array.from(svg.querySelectorAll("circle.node"),
                        c => [+c.getAttribute("cx"), +c.getAttribute("cy"), +c.getAttribute("r")]),
    labels: Array.from(svg.querySelectorAll("text.label"), t => {
      const b = t.getBBox(); return [b.x, b.y, b.width, b.height, t.textContent]; }),
  };
  const out = document.createElement("pre");
  out.id = "measured";
  out.hidden = true;                  // in the DOM dump, not in the screenshot
  out.textContent = JSON.stringify(got);
  document.body.appendChild(out);
})();
</script>
</body>"""


def named(G: nx.Graph, prefix: str, first: int = 0) -> nx.Graph:
    """G with institution IRIs, real-length labels (some Persian, Arabic, Russian) and weights."""
    iri = {v: f"{INST}{prefix}-{i}" for i, v in enumerate(G)}
    H = nx.Graph()
    for i, v in enumerate(G):
        H.add_node(iri[v], label=NAMES[(first + i) % len(NAMES)] + (f" {i}" if i >= len(NAMES) else ""),
                   country="IR", labels=[])
    H.add_edges_from((iri[a], iri[b], {"weight": 1, "years": [2024]}) for a, b in G.edges)
    return H


def clique() -> nx.Graph:
    return named(nx.complete_graph(6), "clique")


def star() -> nx.Graph:
    return named(nx.star_graph(20), "star", first=3)


def page(G: nx.Graph) -> str:
    metrics, comms = institution_metrics(G), communities(G, seed=42)
    return render_html(annotate(G, metrics, comms), summary(G, metrics, comms), yearly(G))


def overlap(a: tuple, b: tuple) -> bool:
    """Two [x, y, width, height] boxes share an area."""
    return min(a[0] + a[2], b[0] + b[2]) > max(a[0], b[0]) and min(a[1] + a[3], b[1] + b[3]) > max(a[1], b[1])


def box_meets_circle(box: tuple, circle: tuple) -> bool:
    x, y, r = circle
    nearest = (min(max(x, box[0]), box[0] + box[2]), min(max(y, box[1]), box[1] + box[3]))
    return math.dist((x, y), nearest) < r


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("make", [clique, star, lambda: nx.union(clique(), star())],
                         ids=["clique-of-6", "star-of-20", "clique-and-star"])
def test_layout_keeps_circles_and_labels_apart(make, tmp_path, request):
    G = make()
    path = tmp_path / "network.html"
    path.write_text(page(G).replace("</body>", MEASURE), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", path.as_uri()).stdout
    assert 'data-ready="1"' in dom and '<div id="errors"></div>' in dom
    got = json.loads(html.unescape(re.search(r'<pre id="measured"[^>]*>(.*?)</pre>', dom, re.S).group(1)))
    circles, labels, (vx, vy, vw, vh) = got["circles"], got["labels"], got["viewBox"]
    assert len(circles) == G.number_of_nodes() and len(labels) == min(12, G.number_of_nodes())

    for i, a in enumerate(circles):
        for b in circles[i + 1:]:
            assert math.dist(a[:2], b[:2]) >= a[2] + b[2], f"circles overlap: {a} {b}"
    for i, a in enumerate(labels):
        assert a[2] > 0 and a[3] > 0, a                       # the label was drawn and measured
        for b in labels[i + 1:]:
            assert not overlap(a, b), f"labels overlap: {a[4]!r} {b[4]!r}"
        for c in circles:
            assert not box_meets_circle(a, c), f"label {a[4]!r} covers the circle at {c}"
    for x, y, r in circles:
        assert vx <= x - r and x + r <= vx + vw and vy <= y - r and y + r <= vy + vh
    for x, y, w, h, text in labels:
        assert vx <= x and x + w <= vx + vw and vy <= y and y + h <= vy + vh, f"label {text!r} is cut off"
    # a clique is drawn as a ring, not a heap: its nodes are well apart
    if G.number_of_nodes() == 6:
        assert min(math.dist(a[:2], b[:2]) for i, a in enumerate(circles) for b in circles[i + 1:]) > 40

    shot = tmp_path / f"{request.node.callspec.id}.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,900", path.as_uri())
    import matplotlib.image
    pixels = matplotlib.image.imread(str(shot))
    assert pixels[..., :3].std() > 0.05
    print(f"screenshot for review: {shot}")
