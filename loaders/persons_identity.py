"""Cross-document identity of persons: a canonical key for a person's name.

Documents are built one at a time (and rebuilt alone when they change), so two documents
can only meet at the same person if the IRI is a function of what each says on its own.
`person_key` is that function: the folded surname and the initial of the first name.
`unikg.rdf` hashes it together with the institution IRI, so a person is merged across
documents only when

- the name variants agree: titles and honorifics stripped, the Arabic article ال on a
  token ignored ("احمد غبان" = "احمد الغبان"), "Al-"/"El-" particles in Latin ignored,
  Russian case endings folded ("Загеевой" = "Загеева"), a Persian surname suffix written
  apart or glued ("حسین زاده" = "حسینزاده"), and a first name agreeing with its initial
  ("Л. А. Загеева" = "Лилия Александровна Загеева");
- and the institution is the same (the caller's part).

What is never merged: a surname alone with a full name (no first name to compare), the same
name at two institutions, and names in two scripts (no transliteration is guessed).
The price of comparing initials: two officials of one institution sharing a surname and a
first initial would become one person; the merge record (`merge_reasons`, written to the
graph by `unikg.rdf`) keeps every form seen so such a case can be found and split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import lexicon as L
from loaders.normalise import fold

# Every word of a title or honorific, folded: "حجت الاسلام" strips both words.
_TITLE_WORDS = {w for t in (L.FA_TITLES | L.AR_TITLES | L.RU_TITLES | L.EN_TITLES) for w in fold(t).split()}
_TITLE_WORDS |= {fold(w) for w in ("سیده", "حاج", "حاجی", "شیخ", "آیت", "الله", "السید", "الحاج",
                                    "mr", "mrs", "ms", "dr", "prof", "professor", "sir")}
_LATIN_PARTICLES = {"al", "el", "ul"}
# Persian surname endings that are written glued, with a ZWNJ or with a space.
_FA_SUFFIXES = {fold(s) for s in ("زاده", "پور", "نژاد", "فر", "نیا", "راد", "منش", "خواه", "دوست", "وند",
                                  "آبادی", "فرد", "کیا", "مهر", "لو")}
# Russian case endings of surnames and first names, longest first; the stem keeps >= 4 letters.
# Folded like the names are ("й" loses its breve: "ой" is "ои").
_RU_ENDINGS = sorted({fold(e) for e in ("ого", "ому", "его", "ему", "ыми", "ими", "ой", "ей", "ую", "ым", "им", "ом", "ем", "ых", "их",
                      "ая", "ий", "ый", "а", "у", "е", "ы", "ю", "я")}, key=len, reverse=True)
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|ич)(?:а|у|ем|ом|е|ы|ои|еи|ну|ны)?$")
_CYRILLIC = re.compile(r"[а-я]")


@dataclass(frozen=True)
class NameKey:
    surname: str          # folded, article and case endings removed
    initial: str          # first letter of the first name, "" when the text gives none

    def __str__(self) -> str:
        return f"{self.surname}|{self.initial}"


def _ru_stem(token: str) -> str:
    for end in _RU_ENDINGS:
        if token.endswith(end) and len(token) - len(end) >= 4:
            return token[: -len(end)]
    return token


def name_tokens(name: str) -> list[str]:
    """Folded words of a name without titles; the Arabic article and Latin "al-" dropped."""
    out = []
    for t in fold(name).split():
        if t in _TITLE_WORDS or t in _LATIN_PARTICLES:
            continue
        if t.startswith("ال") and len(t) > 4:
            t = t[2:]   # "الغبان" = "غبان": the article is written or not
        out.append(t)
    # a Persian surname suffix written apart joins its stem: "حسین زاده" -> "حسینزاده"
    joined: list[str] = []
    for t in out:
        if joined and t in _FA_SUFFIXES:
            joined[-1] += t
        else:
            joined.append(t)
    return joined


def person_key(name: str) -> NameKey | None:
    """The identity key of a person's name, or None when nothing of a name is left."""
    toks = name_tokens(name)
    if not toks:
        return None
    if len(toks) == 1:
        return NameKey(_ru_stem(toks[0]) if _CYRILLIC.match(toks[0]) else toks[0], "")
    if any(_CYRILLIC.match(t) for t in toks):
        full = [t for t in toks if len(t) > 1]
        initials = [t for t in toks if len(t) == 1]
        if initials and len(full) == 1:
            # "Л. А. Загеева", "Загеева Л. А.": the initials are the first name and patronymic
            return NameKey(_ru_stem(full[0]), initials[0])
        pat = next((i for i, t in enumerate(toks) if i > 0 and _PATRONYMIC.search(t)), None)
        if pat is not None:
            # "Лилия Александровна Загеева" or the official order "Загеева Лилия Александровна"
            first = pat - 1
            rest = [t for i, t in enumerate(toks) if i not in (first, pat)]
            # "Лилия Александровна" alone has no surname: nothing to meet another document at
            return NameKey(_ru_stem(rest[0]), toks[first][0]) if rest else None
        return NameKey(_ru_stem(toks[-1]), toks[0][0])
    if len(toks[-1]) == 1:
        return NameKey(toks[0], toks[-1])   # "Smith J." - the initial after the surname
    return NameKey(toks[-1], toks[0][0])


def best_key(names: list[str]) -> NameKey | None:
    """The key of the fullest form among a person's names (one with a first name wins)."""
    keyed = [(k, n) for k, n in ((person_key(n), n) for n in names) if k is not None]
    if not keyed:
        return None
    return max(keyed, key=lambda kn: (bool(kn[0].initial), len(name_tokens(kn[1])), len(kn[1])))[0]


def merge_reasons(names: list[str]) -> list[str]:
    """Why the name forms of one person go together: one line per form beside the fullest."""
    full = max(names, key=lambda n: (len(name_tokens(n)), len(n)), default=None)
    key = person_key(full) if full else None
    out = []
    for n in dict.fromkeys(names):
        k = person_key(n)
        if n == full or key is None:
            continue
        if k is None or k.surname != key.surname:
            out.append(f"«{n}» = «{full}»: grouped by the extractor")
            continue
        why = []
        raw = [t for t in fold(n).split() + fold(full).split()]
        if "".join(fold(n).split()) == "".join(fold(full).split()):
            why.append("written glued or apart")
        if any(t in _TITLE_WORDS for t in raw):
            why.append("title stripped")
        if any(t.startswith("ال") and len(t) > 4 for t in raw):
            why.append("article ال ignored")
        if _CYRILLIC.match(key.surname) and not ({t for t in fold(n).split()} & {t for t in fold(full).split()
                                                                                if len(t) > 1}):
            why.append("Russian case form")
        if not k.initial:
            why.append("surname alone")
        elif any(len(t) == 1 for t in name_tokens(n)) != any(len(t) == 1 for t in name_tokens(full)):
            why.append("initial agrees with the first name")
        out.append(f"«{n}» = «{full}»: same surname" + "".join(", " + w for w in why))
    return out
