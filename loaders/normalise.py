"""Script normalisation that keeps a map back to the original offsets.

`normalise_text` is what the extractors read: Arabic letter forms become Persian ones,
Persian and Arabic digits become ASCII, the zero-width non-joiner becomes a space (so
"بین‌الملل" and a scraped "بین الملل" look alike), marks, tatweel and direction marks
disappear, and runs of spaces collapse. Every character of the result remembers the
original character it came from, so evidence always points at the original text.

`fold` is harsher and only for comparing names (gazetteer keys, merging mentions):
case, hamza and ta-marbuta variants, punctuation and ё are folded away.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# One original character -> replacement (may be empty to drop it).
_LETTERS = {
    "ۀ": "ه",
    "ي": "ی", "ى": "ی", "ك": "ک", "ٱ": "ا",
    "\u200c": " ", "\u200b": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u202a": "", "\u202b": "",
    "\u202c": "", "\u202d": "", "\u202e": "", "\ufeff": "", "\u0640": "", "\u00ad": "",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
    "\u2028": "\n", "\u2029": "\n", "\r": "",
}
_DIGITS = {c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")} | {c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}


def _map_char(ch: str) -> str:
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _PUNCT:
        return _PUNCT[ch]
    if "\u064b" <= ch <= "\u065f" or ch == "\u0670":  # Arabic harakat, shadda, superscript alef
        return ""
    if ord(ch) < 0x80:
        return ch
    cat = unicodedata.category(ch)
    if cat == "Mn":
        return ""
    if cat == "Zs":
        return " "
    # Presentation forms and compatibility characters (ﻻ, ﷲ, full-width letters) -> NFKC.
    return unicodedata.normalize("NFKC", ch)


# _map_char's answers, filled as characters are met (a few hundred distinct ones per corpus).
_MAPPED: dict[str, str] = {}


def normalise_text(text: str) -> tuple[str, list[int]]:
    """Return (normalised text, offsets) with offsets[i] = original index of norm[i].

    `offsets` has one extra entry at the end (len(text)) so spans map with offsets[end].
    """
    out: list[str] = []
    offsets: list[int] = []
    cache = _MAPPED
    # NFC first would break the offset map, so compose per character instead.
    for i, ch in enumerate(text):
        rep = cache.get(ch)
        if rep is None:
            rep = cache[ch] = _map_char(ch)
        for r in rep:
            if r == " " and (not out or out[-1] in " \n"):
                continue  # collapse runs of spaces, no space at line start
            if r == "\n" and out and out[-1] == " ":
                out[-1] = "\n"  # drop a trailing space before a line break
                offsets[-1] = i
                continue
            out.append(r)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def normalise(doc, resources=None) -> None:
    """Pipeline component: fill `doc.norm` and `doc.offsets` from `doc.text`."""
    doc.norm, doc.offsets = normalise_text(doc.text)


_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ؤ": "و", "ئ": "ی", "ى": "ی", "ي": "ی",
    "ك": "ک", "ۀ": "ه", "ё": "е", "Ё": "Е", "‐": "-", "–": "-", "—": "-",
})


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Comparison key for names: script variants, case, marks and punctuation folded."""
    s, _ = normalise_text(text or "")
    s = s.translate(_FOLD)
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
    s = s.casefold()
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return " ".join(s.split())
