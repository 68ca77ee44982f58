"""The on-disk store: graphs are replaced atomically, never duplicated."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from unikg import store as st

G = ox.NamedNode("https://example.org/graph/doc1")


def quads(n: int, graph=G) -> list[ox.Quad]:
    return [ox.Quad(ox.NamedNode(f"https://example.org/s{i}"), ox.NamedNode("https://example.org/p"),
                    ox.Literal(f"value \"{i}\" with \\ and\nnewline", language="en"), graph) for i in range(n)]


def test_replacing_a_graph_twice_leaves_one_copy(tmp_path):
    store = st.open_store(tmp_path / "store")
    st.replace_graph(store, G, quads(5))
    st.replace_graph(store, G, quads(5))
    assert len(store) == 5
    st.replace_graph(store, G, quads(3))
    assert len(store) == 3
    # literals with quotes, backslashes and newlines survive the update text round trip
    assert {q.object.value for q in store} == {f"value \"{i}\" with \\ and\nnewline" for i in range(3)}


def test_a_failed_replacement_leaves_the_previous_graph(tmp_path, monkeypatch):
    store = st.open_store(tmp_path / "store")
    st.replace_graph(store, G, quads(4))
    # make the update text invalid half-way through: DROP has been parsed, INSERT fails ...
    original = st._block
    monkeypatch.setattr(st, "_block", lambda qs: original(qs) + "\n<oops")
    with pytest.raises(SyntaxError):
        st.replace_graph(store, G, quads(7))
    # ... and nothing of the update is applied: the old graph is intact, not dropped
    assert len(store) == 4


def test_read_only_open_of_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(st.StoreError, match="unikg build"):
        st.open_store(tmp_path / "nowhere", read_only=True)


def test_other_graphs_are_untouched_by_a_replacement(tmp_path):
    store = st.open_store(tmp_path / "store")
    other = ox.NamedNode("https://example.org/graph/doc2")
    st.replace_graph(store, G, quads(2))
    st.replace_graph(store, other, quads(3, other))
    st.replace_graph(store, G, [])
    assert {q.graph_name for q in store} == {other}
    assert len(store) == 3
