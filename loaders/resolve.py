"""Pipeline component: link a document's institutions to the gazetteer and merge duplicates.

Within a document one real institution may be mentioned several times in different forms
("Дальневосточный федеральный университет", "ДВФУ", "FEFU"); the extractor may produce one
Institution per form. Here each is linked (`Gazetteer.match`), and two institutions become
one when they link to the same record, when their folded names are equal, or when one is
the acronym of the other. References in units, posts, events and agreements are rewritten
to the surviving key, and every merge is recorded in `doc.warnings` as a line starting
with "merged:" (the model has no separate field for it); an institution left unlinked
because several records fit equally gets a line starting with "ambiguous:" ("resolved:" when
a merge with another mention of it brought a link after all).

Across documents nothing is merged here: the RDF stage makes an institution's IRI from its
link id, so linking well is what gives one IRI per real institution.
"""
from __future__ import annotations

import re

from loaders import lexicon as L
from loaders.gazetteer import GENERIC_WORDS, HEAD_WORDS, canon_words
from loaders.model import Document, Institution, Link
from loaders.normalise import fold
from loaders.read import _script as char_script

# The extractor's kind when it could not tell; any other kind wins when two mentions merge.
_DEFAULT_KIND = "Institution"


def link_institution(inst: Institution, gazetteer, lang: str | None) -> tuple[Link | None, bool]:
    """The best link for the institution's name, its other labels, then its acronym;
    and whether some form was ambiguous (two records equally good)."""
    best: Link | None = None
    ambiguous = False
    forms = [(inst.name, inst.lang or lang)] + [(t, l or lang) for t, l in inst.labels if t != inst.name]
    if inst.acronym:
        forms.append((inst.acronym, lang))
    for text, text_lang in forms:
        link, status = gazetteer.match_status(text, text_lang, inst.country, inst.acronym)
        ambiguous |= status == "ambiguous"
        if link is not None and link.method == "acronym" and not _acronym_record_fits(inst, link):
            continue
        if link is not None and (best is None or link.score > best.score):
            best = link
            if best.score >= 1.0:
                break
    if best is None:
        # "Национальный университет Узбекистана имени Мирзо Улугбека": the registry may list the
        # name without whom it is named after
        for text, text_lang in forms:
            short = _NAMED_AFTER.sub("", text)
            # "Fraunhofer Institute for Solar Energy Systems ISE": a name that carries its own
            # acronym at the end is listed without it
            acr = _TRAILING_ACRONYM.search(short)
            if acr and len(short.split()) >= 4:
                short = short[:acr.start()]
            if short != text and len(short.split()) >= 2:
                link, status = gazetteer.match_status(short, text_lang, inst.country, inst.acronym)
                if link is not None and (best is None or link.score > best.score):
                    best = link
    if best is None:
        # "جامعة قسنطينة 1": a numbered university (Algeria's are split and numbered) may be
        # listed in one language without its number; the record must carry the same number
        for text, text_lang in forms:
            num = _TRAILING_NUMBER.search(text)
            if num is None or len(text[:num.start()].split()) < 2:
                continue
            link, status = gazetteer.match_status(text[:num.start()], text_lang, inst.country, inst.acronym)
            if link is not None and any(num.group(1) in re.findall(r"\d+", label)
                                        for label in [link.name] + [lab for lab, _ in link.labels]):
                best = link
                break
    return best, ambiguous


# words that say what kind of body a name is, not which one ("... University Network")
_KIND_WORDS = HEAD_WORDS | {"network", "consortium", "alliance", "federation", "league", "forum", "group",
                            "center", "centre", "office", "department", "unit", "program", "programme"}


def _proper_words(name: str) -> set[str]:
    return {w for w in canon_words(fold(name).split()) if w not in GENERIC_WORDS and w not in _KIND_WORDS
            and len(w) > 2 and not w.isdigit()}


def _script(text: str) -> str | None:
    """The script of a name's first letter (the reader's classes; "other" for the rest)."""
    return next((char_script(c) or "other" for c in text if c.isalpha()), None)


def _acronym_record_fits(inst: Institution, link: Link) -> bool:
    """A record found by the acronym alone must not contradict the full name the page wrote
    beside it: "Caspian Rivers Network (CRN)" is not the CRN of a credit-rating network. Where
    the record has names in the script of the full name, one of them must share a proper word
    with it; where it has none, nothing contradicts."""
    written = [n for n in dict.fromkeys([inst.name] + [t for t, _ in inst.labels])
               if n and n != inst.acronym and not (n.isupper() and " " not in n)]
    record = [n for n in [link.name or ""] + [t for t, _ in link.labels] if n and not (n.isupper() and " " not in n)]
    checked = False
    for name in written:
        names = [n for n in record if _script(n) == _script(name)]
        canon = canon_words(fold(name).split())
        if any(canon_words(fold(n).split()) == canon for n in names):
            return True      # a name of generic words only ("Higher School of Economics") said alike
        words = _proper_words(name)
        if not words or not names:
            continue
        if any(words & _proper_words(n) for n in names):
            return True
        checked = True
    return not checked


_NAMED_AFTER = re.compile(r"\s+(?:имени|им\.)\s+.*$|,?\s+named after\s+.*$", re.I)
_TRAILING_ACRONYM = re.compile(r"\s+[A-Z]{2,6}$")
_TRAILING_NUMBER = re.compile(r"\s+(\d{1,2})$")


def _acronym_of(a: Institution, b: Institution) -> bool:
    """Is `a` written as b's acronym (or do both carry the same acronym)?"""
    name_a = fold(a.name).replace(" ", "")
    acr_b = fold(b.acronym or "").replace(" ", "")
    if acr_b and (name_a == acr_b or fold(a.acronym or "").replace(" ", "") == acr_b):
        return True
    words_a, words_b = fold(a.name).split(), fold(b.name).split()
    if acr_b and len(words_a) == 2 and words_b and words_a[0] == words_b[0] and words_a[1] == acr_b:
        return True   # "دانشگاه الفارابی" beside "دانشگاه ملی قزاقستان (الفارابی)": the head and the short name
    return False


def _merge_reason(a: Institution, b: Institution) -> str | None:
    if a.link is not None and b.link is not None:
        # Two different records are two institutions, whatever their names say.
        return f"same gazetteer record {a.link.id}" if a.link.id == b.link.id else None
    names_a = {fold(a.name)} | {fold(t) for t, _ in a.labels}
    if fold(b.name) in names_a:
        return "same folded name"
    if _acronym_of(a, b) or _acronym_of(b, a):
        return "one is the acronym of the other"
    if _quoted_name_of(a, b) or _quoted_name_of(b, a):
        return "one is the name the other gives in quotes"
    return None


_QUOTED = re.compile(r"[«\"“]([^«»\"“”]{2,40})[»\"”]")


def _quoted_name_of(a: Institution, b: Institution) -> bool:
    """Is `a` written as the short name b's full name gives in quotes ("ЛЭТИ" beside
    "... электротехнический университет «ЛЭТИ»")? The quoted name is what the page calls it."""
    if a.link is not None or len(a.name.split()) > 2:
        return False
    quoted = [fold(m.group(1)) for text in [b.name] + [t for t, _ in b.labels] for m in _QUOTED.finditer(text)]
    return fold(a.name) in quoted


def _named_by_link(a: Institution, b: Institution) -> bool:
    """Is unlinked `b` written as one of the names (labels, acronyms) of a's record?"""
    if a.link is None or b.link is not None:
        return False
    name = fold(b.name).replace(" ", "")
    return any(fold(text).replace(" ", "") == name for text, _ in a.link.labels)


def _acronym_spells(a: Institution, b: Institution) -> bool:
    """Is unlinked `a` written with an acronym that spells b's full name ("КазНУ имени аль-Фараби"
    beside "Казахский национальный университет имени аль-Фараби"), named after the same one?"""
    if a.link is not None or not a.acronym or len(a.acronym) < 3 or b.acronym or len(b.name.split()) < 2:
        return False
    from loaders.institutions import _spells   # (institutions does not import this module)
    # the acronym may spell a shorter form the page also writes: "БелГУ" beside "Белгородский
    # госуниверситет" and "Белгородский государственный национальный исследовательский университет"
    after_a, after_b = _NAMED_AFTER.search(a.name), _NAMED_AFTER.search(b.name)
    same_namesake = after_a is not None and after_b is not None and fold(after_a.group()) == fold(after_b.group())
    if not any(_spells(a.acronym, name) for name in [b.name] + [text for text, _ in b.labels]):
        # "ННГУ им. Н. И. Лобачевского" beside "Нижегородский государственный университет им. Н. И.
        # Лобачевского": an acronym of a longer official name, yet the same namesake, first and last letters
        return same_namesake and fold(a.acronym)[:1] == fold(b.name)[:1] \
            and fold(a.acronym)[-1:] == fold(b.name[:after_b.start()].split()[-1])[:1]
    return not after_a or same_namesake


def _named_after_adjective(a: Institution, b: Institution) -> bool:
    """Is `a` written with an adjective of the surname `b` is named after ("Герценовский
    университет" beside "... университет им. А. И. Герцена"), with the same head word?"""
    words_a = a.name.split()
    after = _NAMED_AFTER.search(b.name)
    if len(words_a) != 2 or after is None or a.link is not None:
        return False
    head = words_a[1][:5].lower()
    return L.surname_adjective(words_a[0], after.group().split()[-1]) and head in b.name[:after.start()].lower()


def _absorb(keep: Institution, drop: Institution) -> None:
    seen = {fold(keep.name)} | {fold(t) for t, _ in keep.labels}
    for text, lang in [(drop.name, drop.lang)] + list(drop.labels):
        if fold(text) not in seen:
            keep.labels.append((text, lang))
            seen.add(fold(text))
    keep.acronym = keep.acronym or drop.acronym
    keep.country = keep.country or drop.country
    if keep.kind == _DEFAULT_KIND and drop.kind != _DEFAULT_KIND:
        keep.kind = drop.kind
    if drop.link is not None and (keep.link is None or drop.link.score > keep.link.score):
        keep.link = drop.link
    keep.evidence.extend(drop.evidence)


def _rewrite(doc: Document, old: str, new: str) -> None:
    def fix(keys: list[str]) -> list[str]:
        out: list[str] = []
        for k in keys:
            k = new if k == old else k
            if k not in out:
                out.append(k)
        return out

    for unit in doc.units:
        if unit.institution == old:
            unit.institution = new
    for post in doc.posts:
        if post.institution == old:
            post.institution = new
    for event in doc.events:
        event.participants = fix(event.participants)
        if event.host == old:
            event.host = new
    for agreement in doc.agreements:
        agreement.parties = fix(agreement.parties)


def _settle_country(doc: Document, inst: Institution) -> None:
    """The record is matched by its names (a country hint only narrows ties), so its country
    is the institution's; the text's guess (the country of the sentence or of the other
    party) would give one IRI two countries."""
    if inst.link is None or not inst.link.country or inst.country == inst.link.country:
        return
    if inst.country:
        doc.warnings.append(f"country: {inst.key} ({inst.name}) was read as {inst.country}; "
                            f"its gazetteer record says {inst.link.country}")
    inst.country = inst.link.country


_BARE_HEADS = {fold(w) for w in ("الجامعة", "دانشگاه")}


def _country_anaphor(inst: Institution) -> str | None:
    """The country of an unlinked "the <nationality> university" ("الجامعة الإيرانية", "دانشگاه عراقی")."""
    words = fold(inst.name).split()
    if inst.link is not None or len(words) != 2 or words[0] not in _BARE_HEADS:
        return None
    # the raw words (the adjective tables are not folded); a name whose words are joined by a
    # mark ("دانشگاه‌ملی") folds to two words yet splits to one
    raw = inst.name.split()
    if len(raw) != 2:
        return None
    return L.adjective_country(raw[1], "ar") or L.adjective_country(raw[1], "fa")


def _of_another_state(inst: Institution, link: Link) -> bool:
    """"وزارت بهداشت قرقیزستان" told with the bare "وزارت بهداشت": a ministry or embassy whose
    name states its country is not the record of another state's body of the same name."""
    if inst.kind != "GovernmentBody" or not link.country:
        return False
    named = {L.COUNTRY_NAMES.get(w.casefold()) for w in inst.name.split()} - {None}
    return len(named) == 1 and link.country not in named


def _ministry_of_no_party(doc: Document, inst: Institution) -> bool:
    """A bare "Ministry of Education" (no country in its words) linked to the record of a state
    that neither the text nor any other institution of the page is of: another state's body of
    that name, not the one meant ("وزارة التعليم" on a page about two Egyptian universities)."""
    if inst.kind != "GovernmentBody" or inst.link is None or not inst.link.country:
        return False
    words = inst.name.split()
    said = {L.COUNTRY_NAMES.get(w.casefold()) for w in words} | {L.adjective_country(w, inst.lang or doc.lang or "en")
                                                                 for w in words}
    said -= {None}
    if said:
        return inst.link.country not in said
    others = {i.link.country if i.link is not None else i.country for i in doc.institutions
              if i is not inst and i.kind != "GovernmentBody"} - {None}
    return bool(others) and inst.link.country not in others | {inst.country}


def resolve_institutions(doc: Document, resources) -> None:
    """Link every institution of `doc`, fill countries from links, merge duplicates."""
    gazetteer = resources.gazetteer if resources is not None else None
    ambiguous: list[Institution] = []
    for inst in doc.institutions:
        if gazetteer is not None and inst.link is None:
            inst.link, several = link_institution(inst, gazetteer, doc.lang)
            if inst.link is not None and _of_another_state(inst, inst.link):
                inst.link = None
            if inst.link is None and several:
                ambiguous.append(inst)
    if gazetteer is not None:
        # "делегация вузов Ирака — Мосульского университета и Университета Дохука": a name the
        # text gives no country for may be found in the country of another party it names
        told = {i.link.country for i in doc.institutions if i.link is not None and i.link.country}
        for inst in doc.institutions:
            if inst.link is not None or inst.country or len(told) > 3:
                continue
            found = []
            for iso in sorted(told):
                inst.country = iso
                link, _ = link_institution(inst, gazetteer, doc.lang)
                if link is not None:
                    found.append(link)
            inst.country = None
            if len(found) == 1:
                inst.link = found[0]
        for inst in doc.institutions:
            if _ministry_of_no_party(doc, inst):
                inst.link = None

    kept: list[Institution] = []
    into: dict[str, Institution] = {}   # merged key -> the institution that absorbed it
    for inst in doc.institutions:
        target = next((k for k in kept if _merge_reason(k, inst)), None)
        reason = _merge_reason(target, inst) if target else None
        if target is None:
            # Weaker: the unlinked one is written as a name of the other's record ("DU" beside
            # a linked University of Delhi) - only when exactly one institution fits.
            fits = [k for k in kept if _named_by_link(k, inst) or _named_by_link(inst, k)
                    or _acronym_spells(k, inst) or _acronym_spells(inst, k)
                    or _named_after_adjective(k, inst) or _named_after_adjective(inst, k)]
            if len(fits) == 1:
                target, reason = fits[0], "a name of the linked record"
        if target is None:
            kept.append(inst)
            continue
        _absorb(target, inst)
        _rewrite(doc, inst.key, target.key)
        into[inst.key] = target
        doc.warnings.append(f"merged: {inst.key} ({inst.name}) into {target.key} ({target.name}): {reason}")
    for inst in list(kept):
        # "الجامعة الإيرانية" beside "جامعة الإمام الخميني الدولية": "the Iranian university", with
        # no name of its own and no record, is the one institution of that country the text names
        iso = _country_anaphor(inst)
        if not iso:
            continue
        others = [k for k in kept if k is not inst and (k.country or (k.link and k.link.country)) == iso]
        if len(others) > 1:
            # (one named only further on, "toured X University later", is no antecedent of it)
            first = min((e.start for e in inst.evidence), default=0)
            others = [k for k in others if any(e.start < first for e in k.evidence)]
        if len(others) == 1:
            _rewrite(doc, inst.key, others[0].key)
            # its mentions are mentions of that one (the agreement "X and the Russian university will
            # draft" has both parties), though "the Russian university" is no name of it
            others[0].evidence.extend(inst.evidence)
            kept.remove(inst)
            doc.warnings.append(f"merged: {inst.key} ({inst.name}) into {others[0].key} ({others[0].name}): "
                                "named by its country alone")
    doc.institutions = kept
    for inst in kept:
        _settle_country(doc, inst)

    # Said after merging: an ambiguous form merged into a linked mention is no longer
    # unlinked, and the build counts only "ambiguous:" lines as ambiguous institutions.
    for inst in ambiguous:
        final = into.get(inst.key, inst)
        if final.link is None:
            doc.warnings.append(f"ambiguous: {inst.key} ({inst.name}) names several gazetteer "
                                "records equally well; left unlinked")
        else:
            doc.warnings.append(f"resolved: {inst.key} ({inst.name}) names several gazetteer records "
                                f"equally well; {final.key} is linked through another mention merged with it")
