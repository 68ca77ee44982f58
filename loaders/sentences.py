"""Sentence boundaries over `doc.norm`.

A sentence ends at . ! ? ; (the normaliser has turned ؟ and ؛ into ? and ;), at the
Arabic full stop ۔, at a line break, and before a list item. A full stop does not end a
sentence after an initial ("И.П. Мазур", "B. J. Rao"), a known abbreviation ("проф.",
"г.", "Dr."), inside a number or date ("12.4", "18.09.2023"), or before a lower-case word.
Spans are trimmed of whitespace and of the list marker that opens a line.
"""
from __future__ import annotations

import re

from loaders.model import Sentence

# Abbreviations after which a full stop never ends a sentence (compared lower-cased).
_ABBREVIATIONS = {
    # Russian
    "г", "гг", "им", "проф", "доц", "акад", "зав", "зам", "канд", "докт", "ул", "пр-т", "просп",
    "обл", "р-н", "пос", "ст", "стр", "рис", "табл", "см", "напр",
    "каф", "ин-т", "ун-т", "чл.-корр", "корр", "англ", "лат", "тел", "вып", "ред", "гос", "илл",
    "янв", "фев", "февр", "мар", "апр", "авг", "сен", "сент", "окт", "нояб", "дек", "ок", "ср",
    # English
    "dr", "prof", "mr", "mrs", "ms", "st", "jr", "sr", "vs", "no", "nos", "vol", "pp", "fig",
    "inc", "ltd", "co", "corp", "gen", "gov", "sen", "rep", "hon", "rev", "capt", "col", "lt",
    "mt", "ave", "dept", "univ", "assoc", "asst", "approx", "est", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "e.g", "i.e", "cf", "al", "eng", "sc", "phd", "ph.d", "tel", "ext",
    # Malaysian company forms and titles: "Huawei Technologies (Malaysia) Sdn. Bhd.", "Prof. Datuk Ts. Dr."
    "sdn", "pvt", "ts",
    # engineers' and pilgrims' titles before a name: "Prof. Dr. Ir. X" (Indonesia), "Engr. Y", "Hj. Z"
    "ir", "engr", "hj", "hjh",
    # South Asian and Malay abbreviations of "Muhammad" that open a name: "Md. Karim Uddin", "Mohd. Faiz"
    "md", "mohd", "muhd", "mst",
}
# Abbreviations that may also close a sentence: they end one when a capital follows.
_CLOSING = {"т.д", "т.п", "др", "пр", "etc", "и т.д", "и т.п", "тыс", "млн", "млрд", "руб", "гг",
            "коп", "долл", "bhd", "pte"}

_TERMINATORS = ".!?;…۔؟؛"
_CLOSERS = "\"'»”’)]}›"
# A list marker at the start of a line: bullets, dashes, "1.", "1)", "а)", "(1)".
# Persian lists also use "1-" and "الف)"; "5 - 7 октября" (a range) is no marker.
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•·▪●◦–—]|\(?\d{1,2}[.)](?!\d)|\(?[a-zа-я][)]|\d{1,2}\s?[-–](?=[ \t]+\D)"
                          r"|(?:الف|ب|ج|د)\s?[)-])[ \t]+")
_OPENERS = "\"'«“‘([{‹"
# Letters with dots between them: initials and short abbreviations ("И.П", "U.S", "т.е").
_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
# How far around a full stop the rules look; keeps the splitter linear on huge lines.
_WINDOW = 80


def _cased_letter(ch: str) -> bool:
    return ch.isalpha() and ch.lower() != ch.upper()


def _inside_guillemets(line: str, i: int) -> bool:
    """Is line[i] between a « and its », both near it?"""
    before = line[max(0, i - _WINDOW):i]
    after = line[i + 1:i + _WINDOW]
    close, opn = after.find("»"), after.find("«")
    return before.rfind("«") > before.rfind("»") and close >= 0 and (opn < 0 or close < opn)


def _ends_here(line: str, i: int) -> bool:
    """Whether the terminator at line[i] ends a sentence."""
    ch = line[i]
    nxt = line[i + 1] if i + 1 < len(line) else ""
    if ch in ";۔؛":
        # a title in guillemets with a semicolon in it («زبان فارسی؛ پیوندها ...») goes on
        return not _inside_guillemets(line, i)
    if nxt and nxt in _CLOSERS:
        # after the closing marks comes a space or the line end; else it is inside
        # something: "[see photos.](#)", "(really?)."
        j = i + 1
        while j < len(line) and line[j] in _CLOSERS:
            j += 1
        if j < len(line) and not line[j].isspace() and line[j] not in _TERMINATORS:
            return False
    if ch in "!?…؟":
        if nxt and not nxt.isspace() and nxt not in _CLOSERS and nxt not in _TERMINATORS:
            # "Yahoo!Japan", "?id=3"; but Persian and Arabic glue the next sentence on
            return nxt.isalpha() and not _cased_letter(nxt)
        rest = line[i + 1:i + _WINDOW].lstrip(_CLOSERS + _TERMINATORS + " ")
        # "(really?) and then": a lower-case word goes on with the sentence
        return not (rest and _cased_letter(rest[0]) and rest[0].islower())
    # "." from here on
    if nxt and nxt.isalnum():
        prev = line[i - 1] if i else ""
        # Persian and Arabic writers often glue the full stop to the next word
        # ("ارائه داد .طرفین", "نماید.اهداف"); cased scripts glue only in names,
        # numbers, URLs and initials ("12.4", "bsu.by", "И.П.").
        word = re.search(r"[^\W\d_]*$", line[max(0, i - _WINDOW):i]).group()
        return nxt.isalpha() and not _cased_letter(nxt) and not _cased_letter(prev) \
            and (len(word) >= 2 or prev == " " or prev.isdigit())
    if nxt == ".":
        return False          # the last dot of "..." decides
    before = line[max(0, i - _WINDOW):i]
    rest = line[i + 1:i + _WINDOW].lstrip(_CLOSERS + " ")
    first = rest[:1]
    capital_next = bool(first) and _cased_letter(first) and first.isupper()
    if before.endswith(".."):
        return capital_next   # an ellipsis ends a sentence only before a capital
    words = before.split()
    token = words[-1].lstrip(_OPENERS) if words else ""
    low = token.lower()
    if low in _CLOSING or (len(words) > 1 and f"{words[-2]} {low}".lower() in _CLOSING):
        return capital_next
    if len(token) == 1 and token.isalpha():
        return False          # an initial: "K. N. Toosi", "и. о. ректора", Arabic "د." (Dr)
    if low in _ABBREVIATIONS:
        return False
    if _INITIALS.fullmatch(token):
        return False          # "И.П. Мазур", "U.S. Navy", "т.е. мы"
    # a sentence of English or Russian does not go on with a lower-case word
    if first and _cased_letter(first) and first.islower():
        return False
    return True


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    m = _LIST_MARKER.match(line)
    if m and m.end() < len(line):
        pos = m.end()
    start = pos
    i = pos
    n = len(line)
    while i < n:
        if line[i] in _TERMINATORS and _ends_here(line, i):
            j = i + 1
            while j < n and (line[j] in _TERMINATORS or line[j] in _CLOSERS):
                j += 1
            spans.append((start, j))
            start = i = j
            continue
        i += 1
    spans.append((start, n))
    out = []
    for s, e in spans:
        seg = line[s:e]
        stripped = seg.strip()
        if not stripped or all(c in _TERMINATORS + _CLOSERS for c in stripped):
            continue
        s += len(seg) - len(seg.lstrip())
        e -= len(seg) - len(seg.rstrip())
        out.append((offset + s, offset + e))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order, trimmed, non-overlapping."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend(_split_line(line, offset))
        offset += len(line) + 1
    return spans


def split_sentences(doc, resources=None) -> None:
    """Pipeline component: fill `doc.sentences` over `doc.norm`."""
    doc.sentences = [Sentence(s, e) for s, e in sentence_spans(doc.norm)]
