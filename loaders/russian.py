"""Russian NLP: natasha's segmenter, morphology and NER, built once per process.

`Resources.natasha` builds one `RussianNLP` lazily; extractors call it for named
entities, morphology of single words and dictionary forms of names (Russian news
writes names in every case: "Липецкого государственного технического университета",
"Л.А. Загеевой").
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from pymorphy2.analyzer import Parse as _PymorphyParse


def _inflect(parse, grams: set[str]):
    """Inflect with OpenCorpora grammemes (natasha's MorphForm.inflect wants UD ones)."""
    try:
        return _PymorphyParse.inflect(parse, grams)
    except (ValueError, KeyError):
        return None


class RussianNLP:
    def __init__(self) -> None:
        from natasha import (Doc, MorphVocab, NamesExtractor, NewsEmbedding, NewsMorphTagger,
                             NewsNERTagger, Segmenter)
        import pymorphy2_dicts_ru
        # pymorphy2 finds its dictionary through pkg_resources, which setuptools 81+ no longer
        # ships; naming the dictionary's folder (pymorphy2's documented variable) skips that.
        os.environ.setdefault("PYMORPHY2_DICT_PATH", pymorphy2_dicts_ru.get_path())
        self._Doc = Doc
        self.segmenter = Segmenter()
        self.morph_vocab = MorphVocab()     # a pymorphy2 MorphAnalyzer that works on this Python
        emb = NewsEmbedding()
        self.morph_tagger = NewsMorphTagger(emb)
        self.ner_tagger = NewsNERTagger(emb)
        self.names_extractor = NamesExtractor(self.morph_vocab)
        self._parse = lru_cache(maxsize=50000)(self.morph_vocab.parse)
        self._last = None
        self._tags = lru_cache(maxsize=50000)(self._word_tags)

    # ---------------------------------------------------------------- whole texts
    def analyse(self, text: str):
        """natasha Doc with tokens (morph tags) and NER spans. The last text's analysis is
        kept: the institution and official extractors read the same document."""
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        doc = self._Doc(text)
        doc.segment(self.segmenter)
        # natasha's contextual morph tagger costs more than the rest together (~100 ms for
        # 200 words); the dictionary's readings of each word are enough for name grammar
        for tok in doc.tokens:
            tok.pos, tok.feats = self.word_tags(tok.text)
        doc.tag_ner(self.ner_tagger)
        self._last = (text, doc)
        return doc

    def word_tags(self, word: str) -> tuple[str, dict]:
        """UD part of speech and features of a word out of context (the likeliest reading;
        Case=Gen when a reading of that part of speech is genitive)."""
        return self._tags(word)

    def _word_tags(self, word: str) -> tuple[str, dict]:
        if not any(ch.isalnum() for ch in word):
            return "PUNCT", {}
        parses = self._parse(word)
        if not parses:
            return "X", {}
        best = parses[0]
        pos = best.pos
        feats = dict(best.feats)
        if pos == "NOUN" and word[:1].isupper() and {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(best.tag.grammemes):
            pos = "PROPN"
        if any(p.pos == best.pos and "gent" in p.tag for p in parses[:6]):
            feats["Case"] = "Gen"
        return pos, feats

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, type, normal form) of the PER, ORG and LOC spans of a text."""
        doc = self.analyse(text)
        out = []
        for span in doc.spans:
            span.normalize(self.morph_vocab)
            normal = span.normal or span.text
            if span.type == "PER":
                normal = self.person_nominative(span.text, [t.feats for t in span.tokens])
            out.append((span.start, span.stop, span.type, normal))
        return out

    # ---------------------------------------------------------------- words
    def parse(self, word: str):
        return self._parse(word)

    def lemma(self, word: str) -> str:
        parses = self._parse(word)
        return parses[0].normal_form if parses else word.lower()

    def is_adjective(self, word: str) -> bool:
        return any(p.tag.POS in ("ADJF", "PRTF") for p in self._parse(word)[:3])

    # ---------------------------------------------------------------- names of organisations
    def nominative(self, phrase: str) -> str:
        """Dictionary form of an organisation name: the leading adjectives and the head noun
        go to the nominative (agreeing in gender), the rest (genitive tail, "имени ...",
        "при ...") stays as written."""
        tokens = phrase.split()
        if not tokens:
            return phrase
        # "Казанского (Приволжского) федерального университета": an adjective in brackets is
        # declined like the others, its brackets kept
        wraps = [(t[:len(t) - len(t.lstrip("("))], t[len(t.rstrip(")")):]) for t in tokens]
        bare = [t.strip("()") or t for t in tokens]
        if any(a or b for a, b in wraps) and all(bare):
            inner = self.nominative(" ".join(bare)).split()
            if len(inner) == len(tokens):
                return " ".join(a + w + b for (a, b), w in zip(wraps, inner))
        head_i = None
        for i, tok in enumerate(tokens):
            if not self._adjective_like(tok):
                head_i = i
                break
        if head_i is None:
            return phrase
        head = tokens[head_i]
        hp = self._noun_parse(head)
        if hp is None:
            return phrase
        number = "plur" if "plur" in hp.tag and "Pltm" not in hp.tag else "sing"
        head_nom = _inflect(hp, {"nomn", number}) or _inflect(hp, {"nomn"})
        gender = hp.tag.gender or "masc"
        out = []
        for tok in tokens[:head_i]:
            out.append(self._inflect_adj(tok, gender, number))
        out.append(_keep_case(head, head_nom.word if head_nom else head))
        out.extend(tokens[head_i + 1:])
        return " ".join(out)

    def post_nominative(self, label: str, head_re) -> str:
        """Dictionary form of a post label: "первым проректором по науке ТПУ" -> "первый
        проректор по науке ТПУ". The first word that `head_re` matches is the head; it and the
        words before it go to the nominative singular, the rest (its objects) stays."""
        tokens = label.split()
        head_i = next((i for i, t in enumerate(tokens) if head_re.match(t)), None)
        if head_i is None or any(t.lower().rstrip(".") in ("и.о", "о", "врио", "и") for t in tokens[:head_i]):
            return label   # "и.о. ректора": the genitive belongs to the acting post
        head = tokens[head_i]
        if self._adjective_like(head):   # "заведующим кафедрой": a participle heads the post
            return " ".join([self._inflect_adj(t, "masc", "sing") for t in tokens[:head_i + 1]]
                            + tokens[head_i + 1:])
        hp = self._noun_parse(head)
        if hp is None or hp.tag.POS != "NOUN":
            return label
        nom = _inflect(hp, {"nomn", "sing"})
        gender = hp.tag.gender or "masc"
        out = [self._inflect_adj(t, gender, "sing") if self._adjective_like(t) else t for t in tokens[:head_i]]
        out.append(_keep_case(head, nom.word if nom else head))
        return " ".join(out + tokens[head_i + 1:])

    def _adjective_like(self, tok: str) -> bool:
        if "-" in tok:   # "Северо-восточный": the last part carries the ending
            tok = tok.rsplit("-", 1)[1]
        parses = self._parse(tok)
        if not parses:
            return False
        best = parses[0]
        if best.tag.POS in ("ADJF", "PRTF"):
            return True
        # unknown toponymic adjectives ("Шэньянским") get a noun guess first at times
        return any(p.tag.POS == "ADJF" for p in parses[:3]) and re.search(
            r"(ий|ый|ой|ого|ему|ому|им|ым|ом|ем|ая|ой|ую|ее|ое|их|ых|ими|ыми|ей)$", tok.lower()) is not None

    def _noun_parse(self, tok: str):
        parses = self._parse(tok)
        for p in parses:
            if p.tag.POS == "NOUN":
                return p
        return parses[0] if parses else None

    def _inflect_adj(self, tok: str, gender: str, number: str) -> str:
        prefix = ""
        if "-" in tok:
            prefix, tok = tok.rsplit("-", 1)
            prefix += "-"
        for p in self._parse(tok):
            if p.tag.POS in ("ADJF", "PRTF"):
                grams = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender}
                f = _inflect(p, grams)
                if f:
                    return prefix + _keep_case(tok, f.word)
        return prefix + tok

    # ---------------------------------------------------------------- names of persons
    def person_nominative(self, text: str, feats: list[dict] | None = None, oblique: bool = False) -> str:
        """Nominative of a person's name as written ("И.П. Мазура" -> "И.П. Мазур",
        "Л.А  Загеевой" -> "Л.А. Загеева", "Лилии Александровны" -> "Лилия Александровна").
        `oblique`: the context shows the name is not in the nominative (it follows a post
        in the genitive), so a form that could be nominative is not kept as it is."""
        text = re.sub(r"\s+", " ", text).strip()
        # initials: "Л.А" -> "Л.А." ; keep them glued to each other
        text = re.sub(r"\b([А-ЯЁA-Z])\.\s?([А-ЯЁA-Z])\.?(?=\s)", r"\1.\2.", text)
        words = text.split(" ")
        # Out of context a form like "Сидорова" may be a woman's nominative or a man's
        # genitive: only a first name settles the gender
        gender = None
        # a patronymic tells it for sure, in any case ("Бекмуратовна", "Сергеевны", "Олеговичу"):
        # a foreign first name may read as a Russian one of the other gender ("Сауле" as "Саул")
        for w in words[1:]:
            fem = re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ич)(на|ны|не|ну|ной|ною)", w)
            masc = re.fullmatch(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв)?ич(а|у|ем|е)?", w) if len(w) > 5 else None
            if (fem and fem.group(1) == "на") or (masc and not masc.group(1)):
                # a patronymic in the nominative: the whole name is ("Айнуре Тимуровна Бекова"
                # is not the dative of "Айнура")
                return text
            if fem:
                gender = "Fem"
            elif masc:
                gender = "Masc"
        # a first name tells the gender best ("Ильшата Гафурова" is a man's genitive)
        for w in (words[:-1] if gender is None else []):
            # (singular readings only: "Тхань" is no plural or vocative of "Тханя")
            names = [p for p in self._parse(w) if "Name" in p.tag and p.tag.gender in ("masc", "femn")
                     and "sing" in p.tag and "voct" not in p.tag]
            if w[:1].isupper() and names:
                gender = "Masc" if names[0].tag.gender == "masc" else "Fem"
                break
        out = []
        for w in words:
            if re.fullmatch(r"([А-ЯЁA-Z]\.)+", w) or not re.search(r"[а-яё]", w):
                out.append(w)
                continue
            out.append(self._name_word_nominative(w, gender, oblique))
        return " ".join(out)

    def _name_word_nominative(self, word: str, gender: str | None, oblique: bool = False) -> str:
        low = word.lower()
        if low.endswith(("зода", "заде", "ых")) and len(low) > 5:
            return word   # Tajik "-зода", Persian "-заде", Russian "Сизых": surnames that do not decline
        want = {"Fem": "femn", "Masc": "masc"}.get(gender or "")
        # singular name readings only: "Хасанов" is a surname, not the plural of "Хасан"
        parses = [p for p in self._parse(word) if p.tag.POS == "NOUN" and "sing" in p.tag and
                  ({"Surn", "Name", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")))]
        # a form that can be a nominative is kept as written ("Чернышева" may be a woman's
        # nominative or a man's genitive; the text's own form is the safer guess)
        if want:
            # (no reading of that gender: a foreign name or surname, kept as written rather
            # than turned into a name of the other gender, "Сауле" -> "Саул")
            parses = [p for p in parses if p.tag.gender == want or "ms-f" in p.tag]
        if oblique:
            parses = [p for p in parses if "nomn" not in p.tag] or parses
        if any("nomn" in p.tag for p in parses):
            return word
        for p in parses:
            f = _inflect(p, {"nomn", "sing"})
            if f:
                return _keep_case(word, f.word)
        # unknown surnames: the regular endings of Russian surnames
        if gender == "Fem" or want is None:
            for old, new in (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"),
                             ("ыной", "ына"), ("ской", "ская"), ("цкой", "цкая")):
                if low.endswith(old):
                    return word[: -len(old)] + new
        if gender == "Masc":
            for old, new in (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ского", "ский"),
                             ("ому", ""), ("ым", "")):
                if low.endswith(old) and new:
                    return word[: -len(old)] + new
        return word


def _keep_case(original: str, form: str) -> str:
    """Give `form` (lower case from pymorphy) the capitalisation of `original`."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form
