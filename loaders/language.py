"""The dominant language of a document or a snippet: fa, ar, ru or en.

The script with the most words (function words count triple) decides between Arabic
script, Cyrillic and Latin, so a Persian article full of English names stays Persian.
Persian and Arabic share a script; they are told apart by the letters only Persian has
(پ چ ژ گ), letters and words only Arabic uses (ة, إ, الذي, في ...), and frequent function
words of each.
"""
from __future__ import annotations

import re

_PERSIAN_LETTERS = set("پچژگ")
# ة and إ are (nearly) absent from Persian; not ي/ك, which old Persian encodings use, nor
# أ/ؤ, which Persian keeps in words like تأکید and مؤسسه.
_ARABIC_LETTERS = set("ةإ")
# Function words and very frequent nouns, in the spelling after `normalise_text`
# (ي ى -> ی, ك -> ک), so they also work on `doc.norm` snippets.
_PERSIAN_WORDS = {
    "است", "این", "که", "را", "با", "از", "به", "می", "های", "برای", "شد", "کرد", "دانشگاه",
    "آن", "نیز", "بود", "خود", "شده", "دو", "هم", "ها", "ای", "کند", "وی", "بین", "همکاری",
}
_ARABIC_WORDS = {
    "الذی", "التی", "فی", "جامعة", "کلیة", "علی", "إلی", "الی", "هذا", "هذه", "عن", "مع", "من",
    "الجامعة", "قد", "کان", "کانت", "ذلک", "بین", "حیث", "خلال", "وقد", "لقد", "التعاون", "أن", "إن",
}
_WORD = re.compile(r"[\u0600-\u06FF]+")
_UNIFY = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_ANY_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_WORDS = {"the", "and", "of", "in", "to", "a", "with", "for", "on", "is", "was", "by", "at",
                  "from", "that", "will", "has", "have", "are", "were", "an", "as", "its", "their"}
_RUSSIAN_WORDS = {"и", "в", "на", "с", "по", "что", "не", "из", "к", "о", "для", "от", "за", "а",
                  "как", "также", "при", "был", "была", "были", "это", "его", "их", "со", "во"}


def _script_scores(text: str) -> tuple[int, int, int]:
    """Words per script, plus a bonus for the grammar words of its languages.

    Counting words, not letters, and rewarding function words keeps a Persian sentence
    with a long English name in it Persian: the names are nouns, the grammar is Persian.
    """
    arab = cyrl = latn = 0
    for word in _ANY_WORD.findall(text):
        o = ord(word[0])
        if 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFF:
            norm = word.translate(_UNIFY)
            arab += 1 + 2 * (norm in _PERSIAN_WORDS or norm in _ARABIC_WORDS)
        elif 0x0400 <= o <= 0x04FF:
            cyrl += 1 + 2 * (word.lower() in _RUSSIAN_WORDS)
        elif word.isascii() or o <= 0x024F:
            latn += 1 + 2 * (word.lower() in _ENGLISH_WORDS)
    return arab, cyrl, latn


def _persian_or_arabic(text: str) -> str:
    fa = sum(ch in _PERSIAN_LETTERS for ch in text)
    ar = sum(ch in _ARABIC_LETTERS for ch in text)
    words = [w.translate(_UNIFY) for w in _WORD.findall(text)]
    fa += 2 * sum(w in _PERSIAN_WORDS for w in words)
    ar += 2 * sum(w in _ARABIC_WORDS for w in words)
    # the article "ال" starts a large share of Arabic words, far fewer Persian ones
    al = sum(w.startswith("ال") and len(w) > 3 for w in words)
    if words and al / len(words) > 0.15:
        ar += al
    return "ar" if ar > fa else "fa"


def language_of(text: str) -> str | None:
    """'fa', 'ar', 'ru' or 'en' for the letters of `text`; None when it has no letters."""
    arab, cyrl, latn = _script_scores(text or "")
    if not arab and not cyrl and not latn:
        return None
    if arab >= cyrl and arab >= latn:
        return _persian_or_arabic(text)
    return "ru" if cyrl >= latn else "en"


def detect_language(doc, resources=None) -> None:
    """Pipeline component: set `doc.lang` from the original text (it keeps ي/ك vs ی/ک)."""
    doc.lang = language_of(doc.text or doc.norm)
