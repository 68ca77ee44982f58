"""network.png: Persian and Arabic labels drawn shaped and right to left, every script with
glyphs in the font, whatever the local matplotlib configuration prefers."""
from __future__ import annotations

import unicodedata
import warnings

import matplotlib

matplotlib.use("Agg")

import networkx as nx
import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure

from unikg.network_export import draw_png

INST = "https://w3id.org/unikg/id/institution/"
FA = "دانشگاه صنعتی البرز"          # Alborz University of Technology
AR = "جامعة بغداد"                 # University of Baghdad
RU = "Белозерский университет"


def forms(*names: str) -> str:
    return "".join(" " if n == "SPACE" else unicodedata.lookup(f"ARABIC LETTER {n} FORM") for n in names)


# What a reader sees, written out left to right in Unicode presentation forms: every letter
# in the form its neighbours give it, worked out by hand from the joining rules (alef, dal,
# reh, zain, teh marbuta never join the letter after them), and the words in reverse order.
FA_SEEN = forms("ZAIN ISOLATED", "REH FINAL", "BEH MEDIAL", "LAM INITIAL", "ALEF ISOLATED", "SPACE",
                "FARSI YEH FINAL", "TEH MEDIAL", "AIN MEDIAL", "NOON MEDIAL", "SAD INITIAL", "SPACE",
                "HEH ISOLATED", "ALEF FINAL", "GAF MEDIAL", "SHEEN MEDIAL", "NOON INITIAL", "ALEF ISOLATED",
                "DAL ISOLATED")
AR_SEEN = forms("DAL ISOLATED", "ALEF ISOLATED", "DAL FINAL", "GHAIN MEDIAL", "BEH INITIAL", "SPACE",
                "TEH MARBUTA FINAL", "AIN MEDIAL", "MEEM INITIAL", "ALEF FINAL", "JEEM INITIAL")
LTR = "\u202d{}\u202c"      # LEFT-TO-RIGHT OVERRIDE ... POP: draw the characters in the order given


def isolated(ch: str) -> str:
    """The isolated form of an Arabic-script letter, as a renderer without shaping draws it."""
    try:
        return unicodedata.lookup(unicodedata.name(ch) + " ISOLATED FORM")
    except KeyError:
        return ch


def graph(labels: dict[str, str | tuple[str, list[str]]]) -> nx.Graph:
    """A cycle through the institutions, each with its label (and other labels)."""
    G = nx.Graph()
    for name, label in labels.items():
        text, others = (label, []) if isinstance(label, str) else label
        G.add_node(INST + name, label=text, labels=others)
    names = list(G)
    G.add_edges_from((a, b, {"weight": 1}) for a, b in zip(names, names[1:] + names[:1]))
    return G


@pytest.fixture
def drawn(monkeypatch) -> list[tuple[str, font_manager.FontProperties]]:
    """Every string the Agg renderer is asked to draw, with its font properties."""
    calls: list[tuple[str, font_manager.FontProperties]] = []
    original = RendererAgg.draw_text

    def spy(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        calls.append((s, prop.copy()))
        return original(self, gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
    monkeypatch.setattr(RendererAgg, "draw_text", spy)
    return calls


def pixels(text: str, prop: font_manager.FontProperties) -> np.ndarray:
    """Grey levels of `text` drawn alone with `prop`, as the picture's renderer draws it."""
    fig = Figure(figsize=(6, 0.8), dpi=100)
    FigureCanvasAgg(fig)
    fig.text(0.02, 0.3, text, fontproperties=prop)
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., :3].mean(axis=2)


def test_the_expectations_are_presentation_forms_in_reverse_order():
    # the hand-written forms are those of the labels' letters, last letter first
    for label, seen in ((FA, FA_SEEN), (AR, AR_SEEN)):
        assert all(ch == " " or 0xFB50 <= ord(ch) <= 0xFEFF for ch in seen)
        base = "".join(unicodedata.normalize("NFKC", ch) for ch in reversed(seen))
        assert base == label


@pytest.mark.parametrize("label, seen", [(FA, FA_SEEN), (AR, AR_SEEN)], ids=["persian", "arabic"])
def test_arabic_script_label_is_drawn_joined_and_right_to_left(tmp_path, drawn, label, seen):
    G = graph({"a": label, "b": RU, "c": "Lotus Polytechnic"})
    draw_png(G, tmp_path / "network.png", title="")
    # the one string in Arabic script drawn, whatever form the code hands it to matplotlib in
    arabic = [(s, prop) for s, prop in drawn if any(0x0600 <= ord(ch) <= 0x06FF or 0xFB50 <= ord(ch) <= 0xFEFF for ch in s)]
    assert len(arabic) == 1, arabic
    text, prop = arabic[0][0], arabic[0][1].copy()
    # the picture names its font: DejaVu Sans (shipped with matplotlib) has Arabic glyphs
    assert font_manager.findfont(prop).endswith("DejaVuSans.ttf")
    prop.set_size(24)                   # shaping does not depend on the size; the differences show more
    as_drawn = pixels(text, prop)
    assert (as_drawn < 128).sum() > 200                                   # something was drawn
    assert np.abs(as_drawn - pixels(LTR.format(seen), prop)).mean() < 0.5, "not the joined, right-to-left form"
    # and the picture can tell: each wrong way of drawing the label looks different
    apart = "".join(isolated(ch) for ch in label)
    for wrong in (apart,           # letters apart, left to right: what matplotlib < 3.11 drew
                  apart[::-1],     # letters apart, right to left: reordered but not shaped
                  label):          # joined but left to right: shaped but not reordered
        assert np.abs(as_drawn - pixels(LTR.format(wrong), prop)).mean() > 5


def test_labels_in_four_scripts_draw_without_missing_glyphs(tmp_path, drawn):
    G = graph({
        "fa": FA, "ar": "جَامِعَة البَصْرَة", "ru": RU, "zwnj": "دانشگاه پلی‌تکنیک تهران",
        "en": "Lipetsk State Technical University", "digits": "دانشگاه ۱۳ آبان",
        # no glyphs for Chinese in the font: another label, else the IRI's last segment
        "tsinghua": ("清华大学", ["zh:清华大学", "ru:Университет Цинхуа", "en:Tsinghua University"]),
        "zh-only": ("浙江大学", ["zh:浙江大学"]),
        "long": "دانشگاه علوم پزشکی و خدمات بهداشتی درمانی تبریز",
    })
    # a local preference for a font without Arabic letters must not reach the picture
    with matplotlib.rc_context({"font.family": "serif", "font.serif": ["DejaVu Serif"]}):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            draw_png(G, tmp_path / "network.png", title="دانشگاه / Университет / University")
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing
    texts = {s for s, _ in drawn}
    assert {FA, RU, "جَامِعَة البَصْرَة", "دانشگاه پلی‌تکنیک تهران", "دانشگاه ۱۳ آبان"} <= texts
    assert "Tsinghua University" in texts and "zh-only" in texts
    assert not any("清" in s or "浙" in s for s in texts)
    long = [s for s in texts if s.startswith("دانشگاه علوم")]
    assert long and long[0].endswith("…") and not long[0][:-1].endswith(" ")
    assert (tmp_path / "network.png").stat().st_size > 0


def test_a_font_without_arabic_glyphs_would_be_noticed(tmp_path):
    """The warning the test above looks for is what matplotlib gives for a missing glyph."""
    fig = Figure()
    FigureCanvasAgg(fig)
    fig.text(0.1, 0.5, FA, family="DejaVu Serif")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(tmp_path / "serif.png")
    assert any("missing from font" in str(w.message) for w in caught)
