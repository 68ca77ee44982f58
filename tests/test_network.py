"""Network analysis: metrics on graphs whose answers are known, loading from a small TriG
dataset, exports read back with networkx, the command line and the HTML page in Chromium."""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from unikg.network import (Filters, NetworkError, add_parser, betweenness_sample_size, bipartite_network,
                           communities, country_network, find_institution, institution_metrics,
                           institution_network, load_network, pagerank, read_network_data, yearly)
from unikg.network_export import annotate, flatten, write_outputs

ID = "https://w3id.org/unikg/id/"
A, B, C, D, E = (f"{ID}institution/{x}" for x in
                 ("ror-0aaaa0001", "ror-0bbbb0002", "c-lotus-polytechnic", "d-tigris-college", "e-lonely-institute"))

# Invented institutions following docs/graph-model.md. doc-n1 (2023): a meeting of A, B, C
# and a memorandum of A and B. doc-n2: a visit of A to D, dated only by the document's
# dateline (2024) and about the document's topic. doc-n3: a conference of B and C with a
# partial date that has no year. doc-n4: an event with one participant (E, isolated).
TRIG = """
@prefix unikg:   <https://w3id.org/unikg/ontology#> .
@prefix topic:   <https://w3id.org/unikg/topic/> .
@prefix id:      <https://w3id.org/unikg/id/> .
@prefix schema:  <https://schema.org/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

id:document\\/doc-n1 {
  id:document\\/doc-n1 a unikg:Document ; dcterms:date "2023-05-04"^^xsd:date ; unikg:topic topic:JointResearch .
  id:institution\\/ror-0aaaa0001 a unikg:University ; rdfs:label "Alborz Institute of Technology"@en ;
      unikg:countryCode "IR" .
  id:institution\\/ror-0bbbb0002 a unikg:University ; rdfs:label "Белозерский университет"@ru ;
      unikg:countryCode "RU" .
  id:institution\\/c-lotus-polytechnic a unikg:University ; rdfs:label "Lotus Polytechnic"@en ;
      unikg:countryCode "CN" .
  id:event\\/doc-n1-1 a unikg:Meeting ; unikg:startDate "2023-05-02"^^xsd:date ;
      unikg:participant id:institution\\/ror-0aaaa0001, id:institution\\/ror-0bbbb0002, id:institution\\/c-lotus-polytechnic .
  id:agreement\\/doc-n1-1 a unikg:MemorandumOfUnderstanding ; unikg:date "2023-05-03"^^xsd:date ;
      unikg:party id:institution\\/ror-0aaaa0001, id:institution\\/ror-0bbbb0002 ; unikg:topic topic:StudentExchange .
}
id:document\\/doc-n2 {
  id:document\\/doc-n2 a unikg:Document ; dcterms:date "2024-02-10"^^xsd:date ; unikg:topic topic:Healthcare .
  id:institution\\/ror-0aaaa0001 a unikg:University ; rdfs:label "دانشگاه صنعتی البرز"@fa ; unikg:countryCode "IR" .
  id:institution\\/d-tigris-college a unikg:University ; rdfs:label "Tigris Medical College"@en ;
      unikg:countryCode "IQ" .
  id:event\\/doc-n2-1 a unikg:Visit ;
      unikg:participant id:institution\\/ror-0aaaa0001, id:institution\\/d-tigris-college .
}
id:document\\/doc-n3 {
  id:document\\/doc-n3 a unikg:Document .
  id:event\\/doc-n3-1 a unikg:Conference ; unikg:partialDate "--06-10"^^xsd:gMonthDay ;
      unikg:participant id:institution\\/ror-0bbbb0002, id:institution\\/c-lotus-polytechnic .
}
id:document\\/doc-n4 {
  id:document\\/doc-n4 a unikg:Document ; dcterms:date "2022-01-01"^^xsd:date .
  id:institution\\/e-lonely-institute a unikg:ResearchInstitute ; rdfs:label "Lonely Institute"@en ;
      unikg:countryCode "IR" .
  id:event\\/doc-n4-1 a unikg:Meeting ; unikg:participant id:institution\\/e-lonely-institute .
}
<https://w3id.org/unikg/graph/reference> {
  id:institution\\/ror-0aaaa0001 rdfs:label "Alborz Institute of Technology"@en ;
      skos:exactMatch <https://ror.org/0aaaa0001> ;
      schema:latitude "35.7"^^xsd:double ; schema:longitude "51.4"^^xsd:double .
  id:institution\\/ror-0bbbb0002 skos:exactMatch <https://ror.org/0bbbb0002> ;
      schema:latitude "60.0"^^xsd:double ; schema:longitude "37.8"^^xsd:double .
}
"""


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(TRIG.encode(), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def G(store) -> nx.Graph:
    return load_network(store)


def two_cliques() -> nx.Graph:
    G = nx.Graph()
    G.add_edges_from((a, b) for a in range(5) for b in range(a + 1, 5))
    G.add_edges_from((a, b) for a in range(5, 10) for b in range(a + 1, 10))
    G.add_edge(4, 5)
    nx.set_edge_attributes(G, 1, "weight")
    return G


# ---------------------------------------------------------------- metrics with known answers

def test_path_betweenness_is_exact_on_small_graphs():
    m = institution_metrics(nx.path_graph(5))
    # node i lies on i*(4-i) of the 6 pairs of other nodes
    assert [round(m["nodes"][v]["betweenness"], 6) for v in range(5)] == [0, 0.5, round(4 / 6, 6), 0.5, 0]
    assert m["betweenness"] == {"exact": True, "k": None}
    assert m["articulation_points"] == [1, 2, 3]
    assert m["bridges"] == [(0, 1), (1, 2), (2, 3), (3, 4)]


def test_star_degree_pagerank_and_cut_points():
    star = nx.star_graph(5)                      # centre 0, leaves 1..5
    m = institution_metrics(star)
    assert m["nodes"][0]["degree"] == 5 and all(m["nodes"][v]["degree"] == 1 for v in range(1, 6))
    assert m["nodes"][0]["weighted_degree"] == 5
    assert m["articulation_points"] == [0]
    assert len(m["bridges"]) == 5
    assert all(m["nodes"][v]["clustering"] == 0 for v in star)
    # c = 0.15/6 + 0.85*5*l and l = 0.15/6 + 0.85*c/5  =>  c = 0.13125/0.2775
    assert m["nodes"][0]["pagerank"] == pytest.approx(0.13125 / 0.2775, abs=1e-8)
    assert m["nodes"][1]["pagerank"] == pytest.approx((1 - 0.13125 / 0.2775) / 5, abs=1e-8)


def test_pagerank_matches_networkx_reference_with_weights_and_isolates():
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    G = nx.gnm_random_graph(40, 90, seed=3)
    for i, (a, b) in enumerate(G.edges):
        G.edges[a, b]["weight"] = 1 + i % 4
    G.add_node("isolated")
    ours, theirs = pagerank(G), _pagerank_python(G, tol=1e-12, max_iter=500)
    assert sum(ours.values()) == pytest.approx(1.0)
    assert all(ours[v] == pytest.approx(theirs[v], abs=1e-7) for v in G)


def test_two_cliques_joined_by_a_bridge():
    G = two_cliques()
    c = communities(G, seed=42)
    assert sorted(map(sorted, c.groups)) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    assert c.modularity == pytest.approx(nx.community.modularity(G, c.groups))
    assert c.modularity > 0.4
    assert communities(G, seed=42).groups == c.groups            # the seed makes runs repeat
    m = institution_metrics(G)
    assert m["bridges"] == [(4, 5)]
    assert m["articulation_points"] == [4, 5]
    assert max(m["nodes"], key=lambda v: m["nodes"][v]["betweenness"]) in (4, 5)
    assert m["nodes"][0]["clustering"] == 1.0 and m["nodes"][4]["clustering"] < 1.0


def test_betweenness_is_sampled_on_large_graphs_and_says_so():
    G = nx.gnm_random_graph(60, 200, seed=1)
    m = institution_metrics(G, betweenness_k=10, seed=1)
    assert m["betweenness"] == {"exact": False, "k": 10}
    assert institution_metrics(G, betweenness_k=10, seed=1)["nodes"] == m["nodes"]
    assert betweenness_sample_size(G) is None
    k = betweenness_sample_size(G, budget=60 * 30)
    assert k is not None and k < 60


def test_yearly_counts_new_partnerships_and_density():
    G = nx.Graph()
    G.add_edge("a", "b", years=[2020, 2021])
    G.add_edge("b", "c", years=[2021])
    G.add_edge("c", "d", years=[])
    assert yearly(G) == [
        {"year": 2020, "nodes": 2, "edges": 1, "new_partnerships": 1, "cumulative_partnerships": 1, "density": 1.0},
        {"year": 2021, "nodes": 3, "edges": 2, "new_partnerships": 1, "cumulative_partnerships": 2,
         "density": 2 * 2 / (3 * 2)},
    ]


# ---------------------------------------------------------------- loading from RDF

def test_edges_weights_years_kinds_topics_from_the_dataset(G):
    assert set(G) == {A, B, C, D, E}
    assert {frozenset(e) for e in G.edges} == {frozenset(p) for p in [(A, B), (A, C), (B, C), (A, D)]}
    ab = G.edges[A, B]
    assert ab["weight"] == 2
    assert ab["kinds"] == ["Meeting", "MemorandumOfUnderstanding"]
    assert ab["years"] == [2023]
    # the meeting has no topic of its own and takes its document's
    assert ab["topics"] == ["JointResearch", "StudentExchange"]
    assert ab["documents"] == [f"{ID}document/doc-n1"]
    assert G.edges[B, C]["weight"] == 2 and G.edges[B, C]["years"] == [2023]   # the conference has no year
    ad = G.edges[A, D]
    assert (ad["weight"], ad["kinds"], ad["years"], ad["topics"]) == (1, ["Visit"], [2024], ["Healthcare"])
    assert G.degree(E) == 0


def test_node_attributes_from_document_and_reference_graphs(G):
    a = G.nodes[A]
    assert a["label"] == "Alborz Institute of Technology"        # English preferred
    assert "fa:دانشگاه صنعتی البرز" in a["labels"]
    assert (a["country"], a["ror"], a["type"], a["lat"], a["lon"]) == ("IR", "https://ror.org/0aaaa0001",
                                                                       "University", 35.7, 51.4)
    assert G.nodes[B]["label"] == "Белозерский университет"
    assert "lat" not in G.nodes[C]


@pytest.mark.parametrize("filters, edges", [
    (Filters(year_from=2024, year_to=2024), {(A, D)}),
    (Filters(year_from=2023, year_to=2023), {(A, B), (A, C), (B, C)}),
    (Filters(countries=("IQ",)), {(A, D)}),
    (Filters(topics=("StudentExchange",)), {(A, B)}),
    (Filters(kinds=("agreement",)), {(A, B)}),
    (Filters(kinds=("Conference", "visit")), {(B, C), (A, D)}),
    (Filters(ego="Tigris"), {(A, D)}),
    (Filters(ego="0aaaa0001"), {(A, B), (A, C), (B, C), (A, D)}),
    (Filters(ego=D, radius=2), {(A, B), (A, C), (B, C), (A, D)}),
])
def test_filters(store, filters, edges):
    H = load_network(store, filters)
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in edges}
    assert set(H) == {v for e in edges for v in e}


def test_filtered_weight_counts_only_the_kept_links(store):
    assert load_network(store, Filters(kinds=("Meeting",))).edges[A, B]["weight"] == 1


def test_ego_lookup_by_ror_iri_and_errors(G):
    assert find_institution(G, "https://ror.org/0bbbb0002") == B
    assert find_institution(G, "белозерский") == B
    with pytest.raises(NetworkError, match="match"):
        find_institution(G, "nowhere university")
    with pytest.raises(NetworkError, match="2 institutions match"):
        find_institution(G, "institute")       # Alborz Institute and Lonely Institute


def test_country_network(G):
    Cn = country_network(G)
    assert {frozenset(e): d["weight"] for *e, d in Cn.edges(data=True)} == {
        frozenset({"IR", "RU"}): 2, frozenset({"IR", "CN"}): 1, frozenset({"RU", "CN"}): 2, frozenset({"IR", "IQ"}): 1}
    assert Cn.nodes["IR"]["institutions"] == 2


def test_bipartite_network(store):
    Bp = bipartite_network(read_network_data(store))
    vias = {v for v, d in Bp.nodes(data=True) if d["bipartite"] == 1}
    assert vias == {f"{ID}event/doc-n1-1", f"{ID}agreement/doc-n1-1", f"{ID}event/doc-n2-1",
                    f"{ID}event/doc-n3-1", f"{ID}event/doc-n4-1"}
    assert set(Bp[f"{ID}event/doc-n1-1"]) == {A, B, C}
    assert Bp.number_of_edges() == 3 + 2 + 2 + 2 + 1


# ---------------------------------------------------------------- exports

def _same(read: nx.Graph, expected: nx.Graph) -> None:
    assert set(read) == set(map(str, expected))
    assert {frozenset(map(str, e)) for e in read.edges} == {frozenset(map(str, e)) for e in expected.edges}
    for v, d in expected.nodes(data=True):
        got = read.nodes[str(v)]
        for k, x in d.items():
            assert got[k] == (pytest.approx(x) if isinstance(x, float) else x), (v, k)
    for a, b, d in expected.edges(data=True):
        got = read.edges[str(a), str(b)]
        for k, x in d.items():
            assert got[k] == x, (a, b, k)


@pytest.fixture(scope="module")
def written(G, store, tmp_path_factory):
    out = tmp_path_factory.mktemp("network")
    report = write_outputs(G, out, bipartite=bipartite_network(read_network_data(store)),
                           rdf_graph="https://w3id.org/unikg/graph/network", store=store)
    return out, report


def test_outputs_are_written(written):
    out, report = written
    for name in ("institutions.gexf", "institutions.graphml", "countries.gexf", "metrics.csv", "communities.csv",
                 "metrics.json", "network.png", "network.html", "yearly.csv", "bipartite.gexf", "metrics.trig"):
        assert (out / name).stat().st_size > 0, name
    assert {p.name for p in report["files"]} >= {"institutions.gexf", "network.html"}


def test_gexf_and_graphml_read_back_the_same(G, written):
    out, report = written
    expected = flatten(annotate(G, report["metrics"], report["communities"]))
    _same(nx.read_gexf(out / "institutions.gexf"), expected)
    _same(nx.read_graphml(out / "institutions.graphml"), expected)
    assert nx.read_graphml(out / "institutions.graphml").edges[A, B]["years"] == "2023"
    _same(nx.read_gexf(out / "countries.gexf"), flatten(country_network(G)))


def test_tables(G, written):
    out, report = written
    rows = list(csv.DictReader((out / "metrics.csv").open(encoding="utf-8")))
    assert [r["institution"] for r in rows][0] == A                 # biggest weighted degree first
    assert {r["institution"] for r in rows} == set(G)
    assert int(next(r for r in rows if r["institution"] == A)["weighted_degree"]) == 4
    groups: dict[str, set] = {}
    for r in csv.DictReader((out / "communities.csv").open(encoding="utf-8")):
        groups.setdefault(r["community"], set()).add(r["institution"])
    assert sorted(map(sorted, groups.values())) == sorted(map(sorted, report["communities"].groups))
    doc = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert doc["summary"]["nodes"] == 5 and doc["summary"]["edges"] == 4
    assert [y["year"] for y in doc["yearly"]] == [2023, 2024]
    assert {x["institution"] for x in doc["articulation_points"]} == {A}


def test_metrics_as_rdf_in_their_own_graph(store, written):
    rows = list(store.query("""SELECT ?d WHERE { GRAPH <https://w3id.org/unikg/graph/network> {
        <%s> <https://w3id.org/unikg/network#degree> ?d } }""" % A))
    assert [r["d"].value for r in rows] == ["3"]
    parsed = list(ox.parse(path=str(written[0] / "metrics.trig"), format=ox.RdfFormat.TRIG))
    assert {q.graph_name.value for q in parsed} == {"https://w3id.org/unikg/graph/network"}


# ---------------------------------------------------------------- command line

def _cli() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="unikg")
    add_parser(ap.add_subparsers(dest="command"))
    return ap


def test_help_documents_every_option(capsys):
    with pytest.raises(SystemExit):
        _cli().parse_args(["network", "--help"])
    text = capsys.readouterr().out
    for option in ("--store", "--endpoint", "--out", "--years", "--country", "--topic", "--kind", "--ego",
                   "--radius", "--seed", "--betweenness-k", "--color-by", "--labels", "--draw-max", "--html-max",
                   "--no-pictures", "--rdf-graph", "institutions.gexf", "network.html"):
        assert option in text, option


def test_command_on_a_store_directory(tmp_path, capsys):
    on_disk = ox.Store(str(tmp_path / "store"))
    on_disk.load(TRIG.encode(), format=ox.RdfFormat.TRIG)
    on_disk.flush()
    del on_disk
    args = _cli().parse_args(["network", "--store", str(tmp_path / "store"), "--out", str(tmp_path / "out"),
                              "--years", "2023", "--country", "ir,ru", "--no-pictures"])
    assert args.func(args) == 0
    printed = capsys.readouterr().out
    assert "partnerships   3" in printed and "years 2023–2023" in printed
    assert printed.index("hubs           by weighted degree") < printed.index("written")
    written = nx.read_graphml(tmp_path / "out" / "institutions.graphml")
    assert {frozenset(e) for e in written.edges} == {frozenset(p) for p in [(A, B), (A, C), (B, C)]}
    assert not (tmp_path / "out" / "network.png").exists()
    args = _cli().parse_args(["network", "--store", str(tmp_path / "store"), "--out", str(tmp_path / "o2"),
                              "--ego", "institute"])
    assert args.func(args) == 2
    assert "name one by IRI" in capsys.readouterr().err


def test_year_option_forms():
    ap = _cli()
    assert ap.parse_args(["network", "--years", "2021-2023"]).years == (2021, 2023)
    assert ap.parse_args(["network", "--years", "2022-"]).years == (2022, None)
    assert ap.parse_args(["network", "--years", "-2022"]).years == (None, 2022)
    with pytest.raises(SystemExit):
        ap.parse_args(["network", "--years", "last year"])


# ---------------------------------------------------------------- the page in a browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync", "--no-first-run",
                           f"--user-data-dir={tmp / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_html_page_runs_in_headless_chromium(G, written, tmp_path):
    page = (written[0] / "network.html").resolve()
    assert "http://" not in page.read_text(encoding="utf-8").replace("http://www.w3.org/2000/svg", "")
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert 'data-ready="1"' in dom                       # the script ran to its end
    assert '<div id="errors"></div>' in dom              # and reported no error
    assert dom.count('class="node"') == G.number_of_nodes()
    for v in G:
        assert f'data-id="{v}"' in dom
    # A and B have coordinates; E has none and stands at the mean of its country's (A)
    assert dom.count('class="site"') == 2 and dom.count('class="site approx"') == 1
    assert dom.count('class="land"') > 10                # the world outline was drawn
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,800", page.as_uri())
    import matplotlib.image
    pixels = matplotlib.image.imread(str(shot))
    assert pixels.shape[:2] == (800, 1200)
    assert pixels[..., :3].std() > 0.05                  # not a blank page
    assert len({tuple(p) for p in pixels[::7, ::7, :3].reshape(-1, 3).round(2).tolist()}) > 20


def test_the_same_network_through_a_real_sparql_endpoint(G, tmp_path):
    """`unikg network --endpoint`: the Oxigraph server, loaded over HTTP with the same data,
    gives the same nodes, edges and edge attributes as the local store."""
    from test_endpoint import running_oxigraph
    from unikg.query import upload_dataset

    with running_oxigraph(tmp_path) as base_url:
        upload_dataset(base_url, TRIG.encode(), "application/trig")
        remote = load_network(base_url + "/query")
    assert set(remote.nodes) == set(G.nodes)
    assert {frozenset(e) for e in remote.edges} == {frozenset(e) for e in G.edges}
    for a, b in G.edges:
        for key in ("weight", "kinds", "years", "topics"):
            assert remote.edges[a, b][key] == G.edges[a, b][key], (a, b, key)


def test_the_biggest_component_gets_the_room_of_the_picture():
    from unikg.network_export import _packed_layout
    G = nx.barabasi_albert_graph(80, 2, seed=3)
    for i in range(12):                                   # small components: triangles and pairs
        G.add_edges_from([(f"t{i}a", f"t{i}b"), (f"t{i}b", f"t{i}c"), (f"t{i}a", f"t{i}c")])
    for i in range(6):
        G.add_edge(f"p{i}a", f"p{i}b")
    pos = _packed_layout(G, seed=42)
    assert set(pos) == set(G)

    def box(nodes):
        xs, ys = [pos[v][0] for v in nodes], [pos[v][1] for v in nodes]
        return min(xs), min(ys), max(xs), max(ys)

    big = box(range(80))
    small = [box(c) for c in nx.connected_components(G) if 0 not in c]
    whole = box(G)
    area = lambda b: (b[2] - b[0]) * (b[3] - b[1])
    assert area(big) >= 0.3 * area(whole)        # rows of equal cells gave it under a tenth
    # the small ones beside it, not over it
    assert all(b[0] > big[2] or b[3] < big[1] for b in small)
