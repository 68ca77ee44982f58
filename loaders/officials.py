"""Find named persons who hold a post, the post as written, its role and institution.

Names are found per language: after a title (دکتر, الدكتور, Dr., Prof.), as natasha's
PER spans or initials + surname in Russian, or right after a post ("Rector Nikita X").
The post is the phrase next to the name: after it ("دکتر X، رئیس دانشگاه Y", "Dr. X,
Dean of ..."), in brackets ("دکتر X (رییس دانشگاه)") or before it ("ректор МГТУ ... Михаил
Гордин", "عميد كلية ... الدكتور X"). A post names its institution, or the sentence does
(the delegation it belongs to), or the document's own institution does. Different
spellings of one person (title, ال, initials, case, surname alone) become one Person.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from loaders import lexicon as L
from loaders.institutions import (_AR_STOP, _FA_FIELD, _FA_STOP, Tok, _unit_owner_named, doc_lang, institution_at,
                                  norm_pos, sentence_at, sentence_bounds, surface, tokenize)
from loaders.model import Document, Person, Post, Unit
from loaders.normalise import fold

_n = L.normalised


@dataclass
class PMention:
    start: int                  # norm span of the name (title excluded)
    end: int
    name: str                   # name without titles, dictionary form
    lang: str
    title_start: int = -1       # where a title before the name starts
    post: tuple[int, int, str, str] | None = None   # (start, end, label, role)
    inst_hint: tuple[int, int] | None = None        # span that names the institution ("HSE" in "HSE Rector")


# ---------------------------------------------------------------- posts, per language

def _match_post(words: list[str], table, clitic: bool = False) -> tuple[int, str] | None:
    """Longest post phrase of `table` that `words` start with: (number of words, role)."""
    best = None
    if clitic and words:
        firsts = {p.split()[0] for p, _ in table}
        if words[0].startswith(_n("و")) and len(words[0]) > 2 and words[0] not in firsts:
            words = [words[0][1:]] + words[1:]   # "ومساعد": the conjunction written onto the post ("وكيل" is one)
        elif words[0][:1] in ("ب", "ل") and words[0] not in firsts and words[0][1:] in firsts:
            words = [words[0][1:]] + words[1:]   # "التقى ... بوكيل الوزارة": "with" written onto the post
        if words[0].startswith("ال") and words[0][2:] in firsts:
            bare = [words[0][2:]] + words[1:]   # "النائب الأول لرئيس الجامعة": the post with the article
            if words[0] in firsts:
                # "المدير العام" is a post of its own and "المدير التنفيذي" the post "مدير": the longer
                return max(filter(None, (_match_post(words, table), _match_post(bare, table))),
                           key=lambda match: match[0], default=None)
            words = bare
    if clitic and words and words[0] not in firsts:
        # "رئيسها", "مديره العام": the post with a possessive pronoun ("its president")
        for suffix in (_n("ها"), _n("ه")):
            if words[0].endswith(suffix) and words[0][:-len(suffix)] in firsts:
                words = [words[0][:-len(suffix)]] + [w[2:] if w.startswith("ال") else w for w in words[1:2]] \
                    + words[2:]
                break
    for phrase, role in table:
        pw = phrase.split()
        if words[:len(pw)] == pw and (best is None or len(pw) > best[0]):
            best = (len(pw), role)
    return best


def _refine_role(role: str, label: str, lang: str) -> str:
    """"رئیس دانشکده" is a dean, "رئیس گروه" a head of department, "начальник отдела" a director."""
    if role in ("head", "vice_president") and lang == "fa":
        words = label.split()
        for obj, r in L.FA_ROLE_BY_OBJECT:
            if len(words) > 1 and words[1] == obj:
                if role == "head":
                    return r
                return "vice_dean" if r == "dean" else role   # "معاون دانشکده" is a vice-dean
    if role == "head" and lang == "ar":
        words = label.split()
        for obj, r in L.AR_ROLE_BY_OBJECT:
            if len(words) > 1 and (words[1] == obj or words[1] == "ال" + obj):
                return r
    if role in ("head", "director") and lang == "ru":
        low = label.lower()
        for stem, r in L.RU_ROLE_BY_OBJECT.items():
            if stem in low:
                return r
    return role


_FA_POST_STOP = L.word_set("""نیز ضمن با به از را که روز پس سپس هم همچنین حضور دیدار گفت افزود طی جهت
برای تا این آن داشتند رسید کرد کردند نمود نمودند شد است بود آمد داشت گفت
يوم اليوم صباح مساء أمس امس وفدا وفداً بحضور خلال امضا درباره پیرامون همراه
برگزار تمدید""".split())   # Arabic time and visit words end a post; so does a verb's noun ("... برگزار شد")


def _fa_post_right(tokens: list[Tok], j: int, text: str) -> tuple[int, int, str, str] | None:
    """A Persian or Arabic post phrase that starts at token j (after a name)."""
    if j < len(tokens) and tokens[j].nl_before:
        return None   # a list of attendees, one a line: the next line's post is the next person's
    if j < len(tokens) and tokens[j].text in (",", "(", "-", ":"):
        j += 1
    if j >= len(tokens):
        return None
    table = L.FA_POSTS + L.AR_POSTS
    hit = _match_post([t.text for t in tokens[j:j + 4]], table)
    if not hit:
        return None
    k = j + hit[0]
    uni_heads = {_n("دانشگاه"), _n("جامعة")}
    seen_uni = any(t.text in uni_heads for t in tokens[j:k])
    while k < len(tokens) and k - j < 14:
        t = tokens[k]
        if _strip_clitic(t.text) in uni_heads:
            if seen_uni:
                break   # "عميد كلية ... في جامعة الكوفة جامعة بابل": the second one is another clause
            seen_uni = True
        if t.nl_before or not re.match(r"\w", t.text) or t.text in L.FA_TITLES or t.text in L.AR_TITLES:
            break
        if t.text in _FA_POST_STOP:
            break
        # "و" goes on only into another field of the same post ("معاون پژوهش و فناوری");
        # before a title or a name it starts the next person ("... و ویکتور X، رئیس ...")
        if t.text == _n("و") and not (k + 1 < len(tokens) and (tokens[k + 1].text in _FA_FIELD or _international_at(tokens, k + 1))):
            break
        if t.text == _n("در") and k + 1 < len(tokens) and tokens[k + 1].text in (_n("این"), _n("آن")):
            break
        k += 1
    if k == j:
        return None
    start, end = tokens[j].start, tokens[k - 1].end
    label = text[start:end]
    return start, end, label, hit[1]


def _international_at(tokens: list[Tok], k: int) -> bool:
    """"بین‌المللی" (international), split in two by its joining mark: the field of "مدیر همکاری
    های علمی و بین المللی", "معاون آموزشی و بین الملل"."""
    return tokens[k].text == _n("بین") and k + 1 < len(tokens) and tokens[k + 1].text in (_n("المللی"), _n("الملل"))


def _strip_clitic(word: str) -> str:
    return word[1:] if word[:1] in (_n("و"), "ب", "ل") and len(word) > 4 else word


def _fa_post_left(tokens: list[Tok], i: int, text: str, floor: int) -> tuple[int, int, str, str] | None:
    """A post phrase that ends right before token i (the title of a name)."""
    table = L.FA_POSTS + L.AR_POSTS
    best = None
    k = i - 1
    last = i   # the token after the post phrase
    # a post set off by a comma before the name: "معاون آموزشی دانشگاه X، دکتر Y،"
    if k > 0 and tokens[k].text in ("،", ",") and tokens[k].start >= floor and not tokens[k].nl_before:
        k -= 1
        last = i - 1
    crossed_and = False
    while k >= 0 and last - k <= 10 and tokens[k].start >= floor:
        t = tokens[k]
        if t.text == _n("و") and best is None and not crossed_and and k > 0 and tokens[k - 1].text not in L.FA_TITLES:
            # one "and" inside a portfolio: "معاون پژوهش و فناوری دانشگاه X، دکتر Y" (only while
            # no post has been found to its right, so a list of two persons is not joined)
            crossed_and = True
            k -= 1
            continue
        if not re.match(r"\w", t.text) or t.text in L.FA_TITLES or t.text in L.AR_TITLES or \
                t.text in _FA_POST_STOP or t.text == _n("و"):
            break
        hit = _match_post([x.text for x in tokens[k:k + 4]], table, clitic=True)
        if hit:
            best = (k, hit[1])
        if t.nl_before:
            break
        k -= 1
    if best is None:
        return None
    k, role = best
    start, end = tokens[k].start, tokens[last - 1].end
    return start, end, text[start:end], role


# An office "headed by" a person: "معاونت بین الملل دانشگاه به سرپرستی دکتر X" makes X its
# head; the office word gives the post ("معاونت" is the vice-presidency, "مدیریت" the directorate).
_FA_LED_BY = [L.word_set(["به"]), L.word_set(["سرپرستی", "ریاست", "مدیریت"])]
_FA_OFFICES = {_n("معاونت"): "vice_president", _n("مدیریت"): "director", _n("اداره"): "head",
               _n("دفتر"): "head", _n("مرکز"): "head", _n("پژوهشکده"): "head", _n("دانشکده"): "dean"}


def _fa_office_led(tokens: list[Tok], i: int, text: str, floor: int) -> tuple[int, int, str, str] | None:
    """The office named right before "به سرپرستی" + the title at token i: (span, label, role)."""
    if i < 3 or tokens[i - 2].text not in _FA_LED_BY[0] or tokens[i - 1].text not in _FA_LED_BY[1]:
        return None
    end_k = i - 3
    k = end_k
    while k >= 0 and end_k - k < 9 and tokens[k].start >= floor and re.match(r"\w", tokens[k].text) \
            and not tokens[k + 1].nl_before and tokens[k].text not in _FA_POST_STOP:
        if tokens[k].text in _FA_OFFICES:
            start, end = tokens[k].start, tokens[end_k].end
            return start, end, text[start:end], _FA_OFFICES[tokens[k].text]
        k -= 1
    return None


# ---------------------------------------------------------------- Persian and Arabic names

_POST_FIRST = {p.split()[0] for p, _ in L.FA_POSTS + L.AR_POSTS}
_AR_COMPOUND = {_n("الله"), _n("الدين")}   # "عبد الله X", "نور الدين X" go on
_AR_SERVANT_OF = {_n("عبد")}   # "عبد الحميد X": a first name of two words, the second with the article
# Words that end a Persian or Arabic name after a title: function words, verbs, posts,
# institution and unit words. ("على", on, is spelled like the name "علی" once normalised:
# in a name it is the name.)
_NAME_STOP = (set(_FA_STOP) | set(_AR_STOP) | {p.split()[0] for p, _ in L.FA_POSTS + L.AR_POSTS}
              | set(L.FA_HEADS) | set(L.AR_HEADS) | set(L.FA_UNITS) | set(L.AR_UNITS)
              | {L.AR_COLLEGE, _n("و"), _n("حيث"), _n("عقب")}) - {_n("على")}


_FA_NOUN_SUFFIXES = L.FA_PLURAL_SUFFIXES | L.word_set(["ای"])
_POST_CITY_END = re.compile(_n(r"\s+(?:ب|في\s+|در\s+)(\w+)$"))
_AR_NAME_STOP = L.word_set(["أن", "إن", "بأن", "لأن", "أنه", "أنها", "إنه", "إنها"])
# verbal nouns that open what was discussed ("بحث مع الدكتورة X تدريب الأطباء"): never a name word
# (nor the object that a verb before the name takes: "استعرض ... الدكتور X حصيلة المشروع",
# "ألقى ... د. X كلمة", "استعرضت ... Y تجربة بلادها")
_AR_NAME_TOPIC = L.word_set("""تدريب تبادل تعزيز تطوير توسيع إقامة اقامة تنظيم تفعيل سبل آفاق آليات آلية
إمكانية امكانية مجالات أوجه التعاون حصيلة تجربة نتائج أهمية كلمة""".split())
_ITS_HEAD = {fold(_n(w)) for w in ("رئيسها", "رئيسه", "مديرها", "مديره")}
# family names spelled like a title ("السيد", "الشيخ"): a surname when they close a name
_SURNAME_TITLES = L.word_set(["السيد", "الشيخ"])
# academic ranks written after a title: "الأستاذ المساعد" (assistant professor), "الأستاذ المشارك"
_AR_RANKS = L.word_set(["المساعد", "المشارك", "المتمرس"])
_AR_AMIN_POST = L.word_set(["عام", "العام", "سر", "السر", "مجلس", "المجلس", "الجامعة", "جامعة", "الصندوق", "المكتبة"])


def _fa_ar_persons(doc: Document, tokens: list[Tok], lang: str) -> list[PMention]:
    titles = (L.FA_TITLES | L.AR_TITLES) - {_n("استاد"), _n("سید")}
    stops = _NAME_STOP
    out: list[PMention] = []
    title_index: dict[int, int] = {}   # mention -> token index of its title, for the left-post pass
    i = 0
    while i < len(tokens):
        t = tokens[i]
        two = t.text + " " + tokens[i + 1].text if i + 1 < len(tokens) else ""
        # (Arabic writes "and" onto a title: "والبروفيسور", "والدكتورة")
        # (and "with": "التقى الوفد بالدكتورة X", "وبالأستاذ X")
        clitic_title = lang == "ar" and (t.text[:1] in (_n("و"), _n("ب")) and t.text[1:] in titles
                                         or t.text[:2] == _n("وب") and t.text[2:] in titles)
        if not clitic_title and t.text not in titles and two not in titles and not (
                t.text in ("د", "أ") and i + 1 < len(tokens) and tokens[i + 1].text == "."):
            i += 1
            continue
        title_start = t.start
        j = i + 1
        # more titles: "الأستاذ الدكتور", "د. ", and a rank after a title ("الأستاذ المساعد الدكتور")
        while j < len(tokens) and (tokens[j].text in titles or tokens[j].text == "." or
                                   (tokens[j].text in _AR_RANKS and tokens[j - 1].text in titles) or
                                   (tokens[j].text in ("د", "أ", "م") and j + 1 < len(tokens)
                                    and tokens[j + 1].text == ".")):   # "أ.م.د." (assistant professor)
            j += 1
        quoted = j < len(tokens) and tokens[j].text in ("«", '"', "“")
        if quoted:
            j += 1
        k = j
        while k < len(tokens) and k - j < (6 if quoted else 5):
            w = tokens[k]
            if quoted and w.text in ("»", '"', "”"):
                break
            if (k > j and w.nl_before) or not re.match(r"\w", w.text) or w.text.isdigit():
                break
            if not quoted and w.text in stops and lang == "fa" and k > j and _joined_to_next(doc, w):
                k += 1   # "ولی‌زاده", "ایشان‌خواجه‌یف": a stop word joined to the next part is a surname's
                continue
            if lang == "ar" and not quoted and k > j and w.text == _n("أمين") and k + 1 < len(tokens) \
                    and re.match(r"\w", tokens[k + 1].text) and not tokens[k + 1].nl_before \
                    and tokens[k + 1].text not in _AR_AMIN_POST:
                k += 1   # "محمد أمين يلدز": a name ("أمين" is a post only as "أمين عام", "أمين سر")
                continue
            if not quoted and (w.text in stops or w.text in titles):
                nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
                if w.text in _SURNAME_TITLES and k >= j + 2 and (not re.match(r"\w", nxt) or nxt in stops):
                    k += 1   # "الدكتور ماهر حسن السيد،": a family name spelled like a title ends the name
                break
            if not quoted and k > j and w.text[:1] == _n("و") and w.text[1:] in _POST_FIRST:
                break   # "... مجدي ونائب رئيس": the next person's post
            if lang == "fa" and k > j and k + 1 < len(tokens) and tokens[k + 1].text in _FA_NOUN_SUFFIXES \
                    and not tokens[k + 1].nl_before and (k >= j + 2 or tokens[k + 1].text != _n("ای")):
                break   # "... نوری زاده سامانه ای": a word with a plural or indefinite ending is no name
                # (a surname may end in "ای" itself, "خامنه ای": only after a first name and surname)
            if lang == "ar" and k > j and (w.text in _AR_NAME_STOP or w.text in _AR_NAME_TOPIC
                                           or w.text.startswith(_n("وال"))):
                break   # "... باسودان أن", "... محمدي والوفد": the sentence goes on
            # Arabic: a family name with the article ends the name unless another follows
            # ("عبد الهادي المرهج"); the next word is the sentence going on ("السعدي مذكرة")
            if lang == "ar" and k > j and tokens[k - 1].text.startswith("ال") and not w.text.startswith("ال") \
                    and tokens[k - 1].text not in _AR_COMPOUND \
                    and not (k - 2 >= j and tokens[k - 2].text in _AR_SERVANT_OF):
                break   # ("عبد الحميد بوزيد", "سالم عبد الكريم ناصر": the article word after "عبد" is a given name's)
            k += 1
        if k == j:
            i = j
            continue
        start, end = tokens[j].start, tokens[k - 1].end
        m = PMention(start, end, surface(doc, start, end), lang, title_start)
        after = k + 1 if quoted and k < len(tokens) and tokens[k].text in ("»", '"', "”") else k
        m.post = _fa_paren_post(tokens, after, doc.norm) or _fa_post_right(tokens, after, doc.norm)
        if lang == "ar" and m.post and not quoted:
            # "استقبل رئيس جامعة X الدكتور A سفير Y السيد B": a post followed by a title and a
            # name is that next person's (post first, then the title and the name)
            nxt = next((x for x in tokens[k:k + 12] if x.start >= m.post[1]), None)
            if nxt is not None and nxt.text in titles and nxt.start - m.post[1] <= 2:
                m.post = None
        title_index[id(m)] = i
        out.append(m)
        i = k
    out += _fa_ar_untitled(doc, tokens, lang, out)
    out.sort(key=lambda m: m.start)
    # post before the name, where the name has none after it and the phrase is not someone else's
    used = [(m.post[0], m.post[1]) for m in out if m.post]
    prev_end = 0
    for m in out:
        if m.post is None:
            left = _fa_post_left(tokens, title_index[id(m)], doc.norm, prev_end) \
                or _fa_office_led(tokens, title_index[id(m)], doc.norm, prev_end)
            if left and not any(a < left[1] and left[0] < b for a, b in used):
                m.post = left
                used.append((left[0], left[1]))
        prev_end = m.end
    return out


def _joined_to_next(doc: Document, tok: Tok) -> bool:
    """Is the word written onto the next one with a zero-width non-joiner in the original text
    (normalised to a space)?"""
    return tok.end < len(doc.offsets) - 1 and doc.text[doc.offsets[tok.end]] == "\u200c"


_FA_SIDE_WORDS = L.word_set(["سوی", "طرف", "جانب"])


def _fa_ar_untitled(doc: Document, tokens: list[Tok], lang: str, have: list[PMention]) -> list[PMention]:
    """A name without a title, joined by "و" to the person before it and followed by its post:
    "دکتر X، رئیس دانشگاه A و ویکتور سادوونیچی، رئیس دانشگاه B"."""
    out = []
    table = L.FA_POSTS + L.AR_POSTS
    for k in range(3, len(tokens)):
        if tokens[k - 1].text != "," or not _match_post([t.text for t in tokens[k:k + 4]], table):
            continue
        j = k - 2
        while j >= 0 and k - 1 - j <= 3 and re.match(r"\w", tokens[j].text) and tokens[j].text not in _NAME_STOP \
                and tokens[j].text not in L.FA_TITLES and tokens[j].text not in L.AR_TITLES \
                and not tokens[j + 1].nl_before:
            j -= 1
        n = k - 2 - j
        if n < 2 or j < 0 or not (tokens[j].text == _n("و") or _after_side_phrase(tokens, j)) or \
                any(tokens[x].text in _FA_FIELD for x in range(j + 1, k - 1)):
            continue   # "... و علوم زمین، مدیر ...": the end of a list of fields, not a name
        start, end = tokens[j + 1].start, tokens[k - 2].end
        if any(m.start <= start < m.end or start <= m.start < end for m in have) or institution_at(doc, start, end):
            continue
        pm = PMention(start, end, surface(doc, start, end), lang)
        pm.post = _fa_post_right(tokens, k - 1, doc.norm)
        out.append(pm)
    return out


def _after_side_phrase(tokens: list[Tok], j: int) -> bool:
    """Is tokens[j] the comma after "از سوی / از طرف X" (on the side of X) that opens the clause,
    the first of the side's people following ("از سوی دانشگاه میزبان، نام نام، رئیس ...")?"""
    if tokens[j].text != ",":
        return False
    k = j - 1
    while k >= 0 and j - k <= 6 and tokens[k].text not in (",", ".", ":", "؛", ";") and not tokens[k + 1].nl_before:
        k -= 1
    return j - k >= 3 and tokens[k + 1].text == _n("از") and tokens[k + 2].text in _FA_SIDE_WORDS

def _fa_paren_post(tokens: list[Tok], j: int, text: str):
    if j < len(tokens) and tokens[j].text == "(":
        p = _fa_post_right(tokens, j + 1, text)
        if p:
            return p
    return None


# ---------------------------------------------------------------- Russian

_RU_POST_RE = re.compile(
    r"(?<![\w])(и\.\s?о\.\s?ректор|исполняющ\w* обязанности ректор|перв\w* проректор|проректор|ректор|"
    r"вице-канцлер|канцлер|вице-президент|президент|перв\w* заместител|заместител|заведующ|декан|генеральн\w* директор|директор|"
    r"начальник|руководител|глав[аыуеой]\b|председател|советник|помощник|секретар|профессор|доцент|"
    r"министр|посол|консул)\w*", re.I)
_RU_ROLE = [("и. о.", "acting_rector"), ("и.о.", "acting_rector"), ("исполняющ", "acting_rector"),
            ("перв", "first_vice_rector"), ("проректор", "vice_rector"), ("ректор", "rector"),
            ("вице-канцлер", "vice_chancellor"), ("канцлер", "chancellor"),
            ("вице-президент", "vice_president"), ("президент", "president"), ("заместител", "deputy_director"),
            ("заведующ", "head_of_department"), ("декан", "dean"), ("генеральн", "director_general"),
            ("директор", "director"), ("начальник", "head"), ("руководител", "head"), ("глав", "head"),
            ("председател", "head"), ("советник", "assistant"), ("помощник", "assistant"),
            ("секретар", "secretary"), ("профессор", "professor"), ("доцент", "professor"),
            ("министр", "official"), ("посол", "official"), ("консул", "official")]
_RU_NAME_RE = re.compile(
    r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|(?<![\w.])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,2}(?![\w])")
_RU_ACRONYM_WORD = re.compile(r"^[А-ЯЁ](?:[А-ЯЁ]|[а-яё]{1,3}(?=[А-ЯЁ])){1,7}$")   # "КубГУ", "ТПУ", "МГУ"
_RU_TITLE_RE = re.compile(r"(?:\b(?:господин|госпожа|г-н|г-жа|профессор|академик|доктор)\s+)+$", re.I)


def _ru_role(label: str) -> str:
    low = label.lower()
    if low.startswith("перв") and "проректор" in low:
        return "first_vice_rector"
    for stem, role in _RU_ROLE:
        if low.startswith(stem) or (stem in ("и. о.", "и.о.") and stem in low[:6]):
            return _refine_role(role, label, "ru")
    return "other"


def _ru_persons(doc: Document, nlp) -> list[PMention]:
    text = doc.norm
    spans: list[tuple[int, int, list]] = []
    if nlp is not None:
        ndoc = nlp.analyse(text)
        for s in ndoc.spans:
            if s.type == "PER":
                toks = list(s.tokens)
                # "проректор по МД КубГУ А. В. Петренко": the NER may take the university's
                # acronym before the name into the person; the name starts after it
                while len(toks) > 1 and _RU_ACRONYM_WORD.match(toks[0].text):
                    toks = toks[1:]
                spans.append((toks[0].start, s.stop, [t.feats for t in toks]))
        feats_at = {t.start: t.feats for t in ndoc.tokens}
    else:
        feats_at = {}
    for m in _RU_NAME_RE.finditer(text):
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in spans):
            spans.append((m.start(), m.end(), [feats_at.get(m.start() + k.start()) or {}
                                               for k in re.finditer(r"\S+", m.group())]))
    spans += _ru_names_after_institutions(doc, spans)
    spans.sort()
    out = []
    for a, b, feats in spans:
        surface = text[a:b]
        if institution_at(doc, a, b):
            continue   # "Алламе Табатабаи" inside a university's name
        if len(surface.split()) == 1 and not re.match(r"[А-ЯЁ][а-яё]+$", surface):
            continue
        m = PMention(a, b, surface, "ru")
        left = _ru_post_left(text, a)
        m.post = left or _ru_post_right(text, b)
        # a name after a post in an oblique case is in that case too ("профессора Р.Т. Ганиева")
        # ("и.о. проректора Е. А. Сорокина": the post is in the genitive after "и.о.", the name is not)
        oblique = bool(left and nlp and _ru_oblique(nlp, left[2]) and not _RU_ACTING_BEFORE.search(text[max(0, left[0] - 40):left[0]]))
        m.name = nlp.person_nominative(surface, feats, oblique=oblique) if nlp else surface
        out.append(m)
    return out


_RU_NAME_WORD = r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*|(?:аль|ал|эль|ибн|бен|бин|ад|ас|ан|ар|аш|ат|аз|абу)-[А-ЯЁ][а-яё]+)"
_RU_NAME_AFTER = re.compile(r"\s+(" + _RU_NAME_WORD + r"(?:\s+" + _RU_NAME_WORD + r"){1,3})")


def _ru_names_after_institutions(doc: Document, have: list) -> list:
    """"президент Университета Аль-Мустансирия Али Хусейн аль-Джубури": an Arabic name after
    a post and its institution, which the NER reads as part of the organisation. A run of
    capitalised words (and "аль-", "ибн"...) right after an institution mention that a post
    word stands before is a person."""
    text = doc.norm
    out = []
    for inst in doc.institutions:
        for ev in inst.evidence:
            a = norm_pos(doc, ev.start)
            e = a + len(ev.text)
            m = _RU_NAME_AFTER.match(text, e)
            if not m or not _RU_POST_RE.search(text[max(0, a - 60):a].split(",")[-1]):
                continue
            s0, s1 = m.start(1), m.end(1)
            if any(x < s1 and s0 < y for x, y, _ in have) or institution_at(doc, s0, s1) \
                    or any(L.place_country(w) for w in m.group(1).split()):
                continue
            out.append((s0, s1, []))
    # "помощник министра ... по международным связям Имя Фамилия": the post's "по ..." scope
    # ends in lower case and a name the NER does not know follows
    for sc in _RU_POST_SCOPE.finditer(text):
        m = _RU_NAME_AFTER.match(text, sc.end())
        if not m or not _RU_POST_RE.search(text[max(0, sc.start() - 100):sc.start()].split(",")[-1]):
            continue
        s0, s1 = m.start(1), m.end(1)
        if any(x < s1 and s0 < y for x, y, _ in have + out) or institution_at(doc, s0, s1) \
                or any(L.place_country(w) for w in m.group(1).split()):
            continue
        out.append((s0, s1, []))
    return out


_RU_POST_SCOPE = re.compile(r"(?<!\w)по (?:[а-яё-]+ ){0,3}[а-яё-]+(?=\s+[А-ЯЁ])")


def _ru_oblique(nlp, label: str) -> bool:
    """Is the post word of a label in an oblique case ("ректора", "заведующего", "профессора")?"""
    m = _RU_POST_RE.search(label)
    if not m:
        return False
    word = m.group().split()[-1].lower()
    parses = nlp.parse(word)
    return bool(parses) and not any("nomn" in p.tag and "sing" in p.tag for p in parses)


_RU_ACTING_BEFORE = re.compile(r"(?<!\w)(?:и\.\s?о\.|исполняющ\w* обязанности|врио)\s*$", re.I)
_RU_DEGREE_ABBR = re.compile(r"(?<![\w.])[кд]\.\s?[а-яё]{1,4}\.(?:-[а-яё]{1,4}\.)*\s?н\.")   # "к.т.н.", "д.э.н.", "к.г.-м.н."
# academic degrees and titles, nothing else: "доктор экономических наук", "профессор"
_RU_DEGREES_ONLY = re.compile(r"\s*(?:(?:доктор|кандидат)\w*\s+[а-яё-]+\s+наук|профессор\w*|доцент\w*|"
                              r"академик\w*(?:\s+РАН)?|член-корреспондент\w*(?:\s+РАН)?)"
                              r"(?:\s*,?\s*(?:(?:доктор|кандидат)\w*\s+[а-яё-]+\s+наук|профессор\w*|доцент\w*))*\s*", re.I)
_RU_QUOTED = re.compile(r"«[^«»\n]{1,40}»")


# after a comma, lower-case genitives joined by "и" and then a capitalised name ("науки и инноваций
# Республики Узбекистан"): the rest of a list the post began before the comma
_RU_LIST_GOES_ON = re.compile(r"\s*[а-яё]+(?:\s+и\s+[а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ]")


def _ru_post_left(text: str, start: int):
    window_start = max(0, start - 160)
    window = text[window_start:start]
    # the post phrase runs back to a comma, a conjunction, a dash or the sentence start
    cuts = [(0, 0, "")]
    # (a name in quotes is part of the phrase: "директор Института «Винча» Драган Стоянович")
    masked = _RU_QUOTED.sub(lambda q: "x" * len(q.group()), window)
    # (a degree's abbreviation ends in a full stop that ends no sentence: "директор ... к.г.-м.н. П. С. X")
    masked = _RU_DEGREE_ABBR.sub(lambda q: "x" * len(q.group()), masked)
    for m in re.finditer(r"[,;:—–()\n«»]|\s(?:и|а|с|со|от|для|к)\s|(?<![А-ЯЁA-Z])(?<!им)[.!?]\s+(?=[А-ЯЁA-Z]|$)",
                         masked):
        cuts.append((m.start(), m.end(), m.group().strip()))
    cut = cuts[-1][1]
    seg = window[cut:]
    post_end = len(window)
    if _RU_DEGREES_ONLY.fullmatch(seg):
        # "ректор X, доктор экономических наук, профессор Имя": degrees stand between the post and the name
        k = len(cuts) - 1
        while k > 0 and cuts[k][2] == "," and _RU_DEGREES_ONLY.fullmatch(window[cuts[k - 1][1]:cuts[k][0]]):
            k -= 1
        if k > 0 and cuts[k][2] == "," and _RU_POST_RE.search(window[cuts[k - 1][1]:cuts[k][0]]):
            cut, post_end = cuts[k - 1][1], cuts[k][0]
            seg = window[cut:post_end]
    m = _RU_POST_RE.search(seg)
    if not m and cuts[-1][2] == "и" and len(cuts) > 1:
        # "директору Высшей школы экономики и менеджмента УрФУ Н. Н.": the "и" inside a unit's
        # name, unless a person's name stands before it ("ректор Иван Петров и сотрудники ...")
        back = cuts[-2][1]
        m = _RU_POST_RE.search(window[back:])
        if m and not re.search(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+", window[back + m.end():cuts[-1][0]]):
            cut = back
        else:
            m = None
    if not m and not seg.strip() and len(cuts) > 2 and cuts[-1][2] == ")" and cuts[-2][2] == "(" \
            and _RU_ACRONYM_WORD.fullmatch(window[cuts[-2][1]:cuts[-1][0]].strip()):
        # "ректор Международного университета в Ташкенте (МВУТ) Имя Фамилия": the post before the bracketed acronym
        back = cuts[-3][1]
        m = _RU_POST_RE.search(window[back:cuts[-2][0]])
        if m:
            cut, post_end = back, cuts[-2][0]
            seg = window[cut:post_end]
    comma = len(cuts) - 1
    while comma > 1 and cuts[comma][2] == "и" and len(cuts) - comma <= 2:
        comma -= 1
    if not m and comma > 0 and cuts[comma][2] == "," and _RU_LIST_GOES_ON.match(window, cuts[comma][1]):
        # "заместитель министра высшего образования, науки и инноваций Республики X Имя": the
        # comma lists the portfolio's words, the post stands before it
        back = cuts[comma - 1][1]
        m = _RU_POST_RE.search(window[back:cuts[comma][0]])
        if m and not re.search(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+", window[back + m.end():cuts[comma][0]]):
            cut = back
        else:
            m = None
    if not m:
        return None
    p0 = window_start + cut + m.start()
    label = text[p0:window_start + post_end]
    label = _RU_TITLE_RE.sub("", _RU_DEGREE_ABBR.sub("", label).strip()).strip()
    if not label:
        return None
    return p0, p0 + len(label), label, _ru_role(label)


def _ru_post_right(text: str, end: int):
    m = re.match(r"\s*[,—–(-]\s*", text[end:end + 4])
    if not m:
        return None
    p0 = end + m.end()
    pm = _RU_POST_RE.match(text, p0)
    if not pm:
        return None
    stop = re.search(r"[,;.)\n(]", text[p0:p0 + 160])
    p1 = p0 + (stop.start() if stop else min(160, len(text) - p0))
    label = text[p0:p1].strip()
    if _RU_NEXT_PERSON.search(label):
        return None   # "X, ректор Y профессор Z и директор W": the posts of the next persons
    return p0, p0 + len(label), label, _ru_role(label)


# a title and a capitalised name inside what follows a name: the post is the next person's
_RU_NEXT_PERSON = re.compile(r"\s(?:профессор|доцент|академик|доктор|г-н|г-жа)\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+")


# ---------------------------------------------------------------- English

# honorifics of many traditions stand between the academic title and the name: Malaysian
# "Tan Sri", "Datuk", "Dato'", "Ir." (engineer), "Hj." (haji), Gulf "Sheikh", "H.E.", "Hon."
_EN_TITLE = (r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Tan Sri|Toh Puan|Puan Sri|Datuk Seri|Dato' Sri|Dato Sri|"
             r"Datuk|Datin|Dato['’]?|Tun|Ir|Ts|Hj|Hjh|Haji|Hajah|Sheikh|Shaikh|Sheikha|Engr|Eng|Hon|"
             r"Emeritus|Assoc\.? Prof(?:essor)?|Associate Prof(?:essor)?|Assistant Prof(?:essor)?|Asst\.? Prof|"
             r"H\.E|H\.H|HE|Rev|Mx)\.?(?![\w'’])")
# ("Montserrat Puig i Ferrer": the Catalan "i" joins two surnames)
_EN_PARTICLES = r"(?:(?:de|da|del|van|von|der|den|al|el|bin|binti|bint|ibn|le|la|i)\s){1,2}"   # "Rik Van de Walle"
# a lower-case letter of Latin script, accented too ("Méndez", "Çelik", "Łukasz")
_LO = "[a-zß-öø-ÿā-ž]"
_UP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
# ("Md. Karim Uddin", "Mohd. Faiz": the abbreviated "Muhammad" that opens South Asian and Malay names)
_EN_NAME = (r"(?:(?:Md|Mohd|Muhd|Mst)\.\s?)?(?:[A-Z]\.\s?)*" + _UP + _LO + r"[\w'’\-]*(?:\s[A-Z]\.(?:\s?[A-Z]\.)*)?(?:\s(?:" + _EN_PARTICLES +
            r")?(?:[A-Z]\.\s?)*" + _UP + _LO + r"[\w'’\-]*){0,3}")
# (a title may stand in brackets after another: "Prof. (Mrs.) X")
_EN_PERSON_RE = re.compile(rf"(?<![\w])((?:(?:{_EN_TITLE}|\({_EN_TITLE}\))\s+)+)({_EN_NAME})")
_EN_POST_WORDS = sorted((p for p, _ in L.EN_POSTS), key=len, reverse=True)
# after a name the post may be written in lower case ("Dr. X, vice-chancellor of ...")
# "Pro Vice-Chancellor", "Senior Deputy Director": a grade written before a post word
_EN_GRADE = r"(?:(?:Pro|Deputy|Acting|Associate|Assistant|Senior|Interim|Executive|First)[- ])*"
# a comma inside a list of fields that ends with "and" and goes on to its owner: "Director of
# Research, Innovation and Consultancy at X" (not "..., Professor Y and ...": a title starts a name)
_EN_FIELD_WORD = r"(?!(?:Professor|Prof|Dr|Mr|Mrs|Ms|Hon|Sir)\b)[A-Z][a-z]+"
_EN_FIELD_COMMA = (rf",(?=\s+(?:{_EN_FIELD_WORD}\s+){{0,2}}{_EN_FIELD_WORD}(?:,\s+(?:{_EN_FIELD_WORD}\s+){{0,2}}{_EN_FIELD_WORD})*"
                   rf"\s+and\s+{_EN_FIELD_WORD}(?:\s+{_EN_FIELD_WORD})?\s+(?:at|of)\s)")
_EN_POST_RE = re.compile(
    r"(?i:" + _EN_GRADE + "(?:" + "|".join(re.escape(p) for p in _EN_POST_WORDS) + r"))\b"
    r"(?:\s+(?:and|of|the|for|at|in|&|[A-Z][\w\-’']*|\([A-Z][\w ,&\-]*\))|" + _EN_FIELD_COMMA + r")*")   # "(Academic & International)"
_EN_POSTWORD_START = re.compile(_EN_GRADE + r"(?:" + "|".join(re.escape(p) for p in _EN_POST_WORDS) + r")\b")


def _en_role(label: str) -> str:
    # the post as written first ("Pro Vice-Chancellor" is a deputy), then without a grade word
    for text in (label, re.sub(r"^(?:(?:Pro|Senior|Interim|Executive)[- ])+", "", label, flags=re.I)):
        for phrase, role in sorted(L.EN_POSTS, key=lambda x: -len(x[0])):
            if text.lower().startswith(phrase.lower()):
                return role
    return "other"


# words of a portfolio or an office, never of a person's name
_EN_PORTFOLIO = {"Office", "Offices", "Programs", "Programmes", "Program", "Programme", "Affairs", "Relations",
                 "Studies", "Research", "Education", "Innovation", "Development", "Cooperation", "Partnerships",
                 "Engagement", "Services", "Division", "Department", "Unit", "Centre", "Center", "Technology",
                 "Science", "Sciences", "Health", "International", "Academic", "Graduate", "Strategy", "Planning",
                 "Resources", "Communications", "Admissions", "Students", "Culture", "Youth", "Sports", "Labour",
                 "Finance", "Economy", "Trade", "Industry", "Energy", "Environment", "Agriculture",
                 "Campus", "Campuses"}   # "Coordinator of the X Northern Cyprus Campus exchange programmes"


def _en_persons(doc: Document) -> list[PMention]:
    text = doc.norm
    found: list[tuple[int, int, int]] = []   # (title start, name start, name end)
    pre_posts: dict[int, tuple] = {}          # name start -> its post written before it
    its_owner: dict[int, tuple[int, int]] = {}   # name start -> the span that "its" post refers to
    for m in _EN_PERSON_RE.finditer(text):
        found.append((m.start(), m.start(2), _trim_en_name(text, m.start(2), m.end(2))))
    # a post directly before a name without a title: "Rector Nikita Anisimov"
    for m in re.finditer(r"\b(?:" + "|".join(re.escape(p) for p in _EN_POST_WORDS) + r")\s+(" + _EN_NAME + ")",
                         text):
        s = m.start(1)
        if any(a <= s < c for _, a, c in found) or re.match(_EN_TITLE + r"\s", text[s:]):
            continue
        if len(m.group(1).split()) >= 2 and not _EN_POSTWORD_START.match(m.group(1)) \
                and not re.search(r"\b" + _EN_TITLE, m.group(1)):   # "... Officer Mr. X": the title starts the name
            found.append((s, s, _trim_en_name(text, s, m.end(1))))
    # "represented by its Chief Executive Officer, Simon Zhou Jian.": a post of "its" body, a comma and
    # a name without a title that ends the clause
    for m in re.finditer(r"\b(?:its|their|his|her)\s+(?:" + "|".join(re.escape(p) for p in _EN_POST_WORDS)
                         + r")(?:\s+[A-Z][\w-]*){0,3}(?:\s+\([^)\n]{2,60}\))?,\s+(" + _EN_NAME + r")(?=\s*[.,;]|\s*$)",
                         text):
        s = m.start(1)
        if any(a <= s < c for _, a, c in found) or re.match(_EN_TITLE + r"\s", text[s:]):
            continue
        if len(m.group(1).split()) >= 2 and not _EN_POSTWORD_START.match(m.group(1)) \
                and not any(w in L.EN_HEADS or w in _EN_NOT_PERSON or L.place_country(w) for w in m.group(1).split()):
            found.append((s, s, _trim_en_name(text, s, m.end(1))))
            # "... while Huawei Malaysia was represented by its CEO, X": "its" is the subject's
            subject = _REPRESENTED_BY.search(text[max(0, m.start() - 80):m.start()])
            if subject:
                base = max(0, m.start() - 80)
                its_owner[s] = (base + subject.start(1), base + subject.end(1))
    # a post "of" a body written before a name without a title: "Minister of Science, Higher
    # Education and Innovation Aizada Mamatova said": the name is the last two capitalised
    # words before the verb or the punctuation that ends the phrase
    for m in re.finditer(r"\b(?:" + "|".join(re.escape(p) for p in _EN_POST_WORDS) + r")\s+(?:of|for)\s+(?:the\s+)?"
                         r"(?:(?:[A-Z][\w'’-]*|and|of|the|&)[ ,]+){1,10}?"
                         r"(" + _UP + _LO + r"[\w'’-]*\s" + _UP + _LO + r"[\w'’-]*)(?=\s+(?!(?:and|of|the|for)\b)[a-z]|\s*[,.;:]|\s*$)",
                         text):
        s, e = m.start(1), m.end(1)
        words = m.group(1).split()
        before = text[m.start():s].split()
        if any(a <= s < c for _, a, c in found) or any(
                w in L.EN_HEADS or w in _EN_NOT_PERSON or w in L.EN_NOT_NAME or L.place_country(w)
                or _EN_POSTWORD_START.match(w) or w in _EN_PORTFOLIO for w in words):
            continue   # "Rector of Tomsk State University said": the body's own words, no person
        if not before or not before[-1][:1].isupper() or before[-1] in ("The",):
            continue   # "Director of the Office of International Programs": a portfolio after "of"
        if re.match(r"\s+(?:at|in|of|for|to|on|with|from|and|or)\b", text[e:e + 8]):
            continue   # "... International Programs at AUB": the name of an office, not a person
        if institution_at(doc, s, e):
            continue
        s = _en_name_word_before(text, m.start(), s)   # "... for Research Olga Petrovna Ivanova": three words
        found.append((s, s, e))
        label = text[m.start():s].strip().rstrip(",").strip()
        pre_posts[s] = (m.start(), m.start() + len(label), label, _en_role(label))
    # a name without a title followed by its post: "John Okello, Director of ...", "..., who heads the ..."
    for m in re.finditer(r"(?<![\w.])(" + _UP + _LO + r"[\w'’\-]*(?:\s(?:" + _EN_PARTICLES + r")?(?:[A-Z]\.\s?)*"
                         + _UP + _LO + r"[\w'’\-]*){1,3}),"
                         r"\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}['’]s\s+)?"   # ("X, Deakin's Provost")
                         r"(?=(?:" + "|".join(re.escape(p) for p in _EN_POST_WORDS) + r")\b|"
                         r"who\s+(?:" + "|".join(_EN_HEAD_VERBS) + r")\s+the\s)", text):
        s, e = m.start(1), m.end(1)
        words = m.group(1).split()
        if any(a <= s < c for _, a, c in found) or words[0] in L.EN_NOT_NAME or words[0] in _EN_NOT_PERSON \
                or any(w in L.EN_HEADS or w in _EN_NOT_PERSON or L.place_country(w) or re.search(r"['’]s$", w)
                       or _EN_POSTWORD_START.match(w) for w in words) or all(w in _EN_PORTFOLIO for w in words) \
                or _EN_POSTWORD_START.match(m.group(1)):
            continue   # "Glasgow's Principal, Professor ...", "Vice-Chancellor and Chief Executive, Professor ...": a post
        found.append((s, s, e))
    # a signature under a press release: the name alone on a line, its post on the next one
    # ("Sd/-\nMd. Karim Uddin\nDeputy Registrar (Public Relations)")
    for m in _EN_SIGNATURE.finditer(text):
        s, e = m.start(1), m.end(1)
        words = m.group(1).split()
        if len(words) >= 2 and not any(a <= s < c for _, a, c in found) and not any(
                w in L.EN_HEADS or w in _EN_NOT_PERSON or w in L.EN_NOT_NAME or L.place_country(w) for w in words):
            found.append((s, s, e))
            pre_posts[s] = _en_signature_post(text, m.end())
    out = []
    prev_end = 0
    for ts, a, b in sorted(set(found)):
        name = surface(doc, a, b)
        if institution_at(doc, a, b) or len(name) < 2:
            continue
        pm = PMention(a, b, name, "en", ts)
        right = _en_post_right(text, b)
        if right and any(right[0] <= a2 < right[1] for _, a2, _ in found):
            right = None   # "X, Head of the Y Department Z": the post written before the next name is Z's
        pm.post = pre_posts.get(a) or _en_post_paren(text, b) or right \
            or _en_post_left(text, ts, doc, prev_end)
        prev_end = b
        if pm.post and pm.post[0] < ts:
            pm.inst_hint = its_owner.get(a) or _en_owner_before(text, pm.post[0])
        out.append(pm)
    return out


def _en_name_word_before(text: str, floor: int, s: int) -> int:
    """Start of a three-word name ending at a two-word one at s: one more capitalised word before it
    that is no portfolio, post or connecting word and has a portfolio word before it ("Minister
    for Research Olga Petrovna Ivanova")."""
    m = re.search(r"(\S+)\s+(" + _UP + _LO + r"[\w'’-]*)\s+$", text[floor:s])
    if not m or m.group(1) not in _EN_PORTFOLIO or m.group(2) in _EN_PORTFOLIO or _EN_POSTWORD_START.match(m.group(2)) \
            or m.group(2) in L.EN_NOT_NAME or L.place_country(m.group(2)):
        return s
    return floor + m.start(2)


_EN_SIGNATURE = re.compile(r"(?m)^[ \t]*(" + _EN_NAME + r")[ \t]*\n[ \t]*(?=" + _EN_POSTWORD_START.pattern + ")")


def _en_signature_post(text: str, start: int):
    """The post line of a signature: the whole line, a bracketed portfolio too."""
    pm = _EN_POST_RE.match(text, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    label = text[start:end].strip() if pm else ""
    if not label or len(label) > 80:
        return None
    return start, start + len(label), label, _en_role(pm.group())


_REPRESENTED_BY = re.compile(r"\b([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})\s+(?:was|were|is|are)\s+(?:represented|led)\s+by\s+$")
_EN_NOT_PERSON = {*L.EN_WEEKDAYS, *L.EN_MONTHS, "Meanwhile", "However", "Today", "Yesterday", "Earlier", "Also"}


def _trim_en_name(text: str, a: int, b: int) -> int:
    """Drop words of a name that start a post or an institution ("Anisimov and DU ...")."""
    words = list(re.finditer(r"\S+", text[a:b]))
    keep = b
    for w in words[1:]:
        if _EN_POSTWORD_START.match(w.group()) or w.group() in L.EN_HEADS or w.group() in ("At", "In", "The"):
            keep = a + w.start()
            break
    return len(text[:keep].rstrip()) if keep != b else b


def _en_post_paren(text: str, end: int):
    """"Prof. X (Vice Rector for Academic Affairs)": the post in parentheses after the name."""
    m = re.match(r"\s*\(", text[end:end + 3])
    if not m:
        return None
    p0 = end + m.end()
    pm = _EN_POST_RE.match(text, p0)
    close = text.find(")", p0)
    if not pm or close < 0 or close - p0 > 120:
        return None
    label = text[p0:close].strip()
    return p0, p0 + len(label), label, _en_role(label)


def _en_post_right(text: str, end: int):
    # ", Vice-Chancellor of ...", ", Deakin's vice-chancellor" or ", METU Vice President" (the owner first)
    m = re.match(r",\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,4}(?:['’]s|(?<=s)['’])\s+|[A-Z][A-Za-z]{0,6}[A-Z]\s+)?",
                 text[end:end + 60])
    if not m:
        return None
    p0 = end + m.end()
    pm = _EN_POST_RE.match(text, p0)
    if pm and m.group().strip(", ").strip():
        owner = re.match(r",\s+(?:the\s+)?", m.group()).end()
        q0 = end + owner
        label = text[q0:pm.end()].rstrip()
        return q0, q0 + len(label), label, _en_role(pm.group())
    if not pm:
        # ", who heads the International Office of X": the post told with a verb
        who = _EN_WHO_HEADS.match(text, end)
        return (who.start(2), who.end(2), who.group(2), _EN_HEAD_VERBS[who.group(1)]) if who else None
    label = pm.group().rstrip()
    label = re.sub(r"\s+(?:and|of|the|for|at|in|&)$", "", label)
    return p0, p0 + len(label), label, _en_role(label)


_EN_HEAD_VERBS = {"heads": "head", "leads": "head", "chairs": "head", "directs": "director"}
_EN_WHO_HEADS = re.compile(r",\s+who\s+(heads|leads|chairs|directs)\s+the\s+((?:[A-Z][\w'’-]*\s+){0,4}?"
                           r"(?:Office|Department|Centre|Center|Faculty|School|Institute|Division|Unit|Laboratory)"
                           r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and))*)?)")


def _en_post_left(text: str, title_start: int, doc: Document, floor: int = 0):
    # the post of a name is never before the previous name ("X and HSE Rector Dr Y")
    window = text[max(0, floor, title_start - 120):title_start]
    base = title_start - len(window)
    # (the institution's name may be in its own language: "Rector of the Universidad de Salamanca")
    # ("the Ambassador of X to Y, H.E. Mr. Z", "the Deputy Vice-Chancellor: Research and Innovation at W, Prof. Z")
    # ("Undersecretary at the Ministry of Higher Education, Research and Innovation, Dr Z": the comma of
    # a list of fields before "and" stays inside the name)
    m = re.search(r"((?:(?:[A-Z][\w\-’']*:?|of|and|the|for|to|at|de|del|la|des|du|di|do|da|\([A-Za-z &,\-]+\)"
                  r"|,(?=\s+[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)?\s+(?:and|&)\s+[A-Z]))\s*)+),?\s*$", window)
    if not m:
        return None
    seg_start = base + m.start(1)
    seg = text[seg_start:title_start]
    pm = _EN_POSTWORD_START.search(seg)
    if not pm:
        return None
    p0 = seg_start + pm.start()
    label = text[p0:title_start].strip().rstrip(",").strip()
    return p0, p0 + len(label), label, _en_role(label)


def _en_owner_before(text: str, post_start: int) -> tuple[int, int] | None:
    """"HSE Rector", "Western's President": the words before a post name its institution."""
    m = re.search(r"([A-Z][\w\-]*(?:\s[A-Z][\w\-]*)*?)(?:['’]s)?\s+$", text[max(0, post_start - 60):post_start])
    if not m:
        return None
    base = max(0, post_start - 60)
    return base + m.start(1), base + m.end(1)


# ---------------------------------------------------------------- which institution

_HEAD_FOLDS = {fold(h) for h in list(L.FA_HEADS) + list(L.AR_HEADS)} | {fold(_n("پارک"))}
# (the guests are the delegation too: "Гостей из Узбекистана возглавил ...", "The guests were led by")
_LED_BY = re.compile(r"(?i)(?:^|\s)(?:the\s+)?(?:(?:делегаци\w*|гостей(?:\s+из\s+\w+)?)\s+возглави\w*"
                     r"|(?:delegation|group|team|students|guests),?\s+(?:was\s+|were\s+)?(?:led|headed)\s+by)\s*$")
_DELEGATION_INCLUDED = re.compile(r"(?i)\bdelegation,?\s+(?:which\s+)?(?:also\s+)?(?:included|comprised)\s"
                                  # "The guests were led by X, ..., and included Y"
                                  r"|\b(?:delegation|guests|team|group)\s+(?:was|were)\s+(?:led|headed)\s+by\s"
                                  r"[^;\n]{0,120}?\sand\s+(?:also\s+)?included\s"
                                  r"|в\s+состав\s+делегации\s+(?:также\s+)?вош\w*\s"
                                  # "В составе делегации был профессор ...": its members, the delegation told before
                                  r"|в\s+составе\s+делегации\s+(?:также\s+)?(?:был[иа]?|находил\w+)\s"
                                  # "в неё вошли ...": "it" is the delegation of the sentence before
                                  r"|(?:^|\s)[Вв]\s+(?:неё|нее)\s+(?:также\s+)?вош\w*\s")
_LED_TEAM_AFTER = re.compile(r"(?i)\s*,?\s*(?:led|headed)\s+(?:the|a)\s+(?:team|delegation|group)\s+(?:from|of)\s+(?:the\s+)?")
_MEMBERS_OF = re.compile(r"(?i)\bв\s+составе\s+делегации\s+|\bmembers\s+of\s+the\s+delegation\s+(?:of|from)\s+(?:the\s+)?")
_DELEGATION_BACK = 600   # how far back the delegation named before may be told (a paragraph and a sentence)
_DELEGATION_OF = re.compile(r"(?i)\b(?:делегаци\w*|(?:delegation|team|group)\s+(?:of|from)(?:\s+the)?)\s+")
# "وعن المركز مديره", "ومثّل المجلس أمينه العام", "مثّل الجامعة في التوقيع رئيسها": the side the
# post speaks for, named by its bare head word just before
_AR_ON_BEHALF = re.compile(_n(r"(?:^|\s)و?(?:عن|مثل|مثلت)\s+ال(\w+)(?:\s+في\s+\w+)?\s*$"))
_DEF_ARTICLE = fold(_n("ال"))
_IN_FOLDS = {fold(_n(w)) for w in ("في", "فی", "ب")}
_COMPANY_FOLDS = {fold(w) for w in ("компании", "корпорации", "company", "شركة", "الشركة", "شرکت")}
_GENERIC_HEAD_FOLDS = {fold(_n("دانشگاه")), fold(_n("جامعة"))}   # too common to pick one by kind
# a post ending in one of these names no institution of its own: "... دانشگاه", "رئيس الجامعة"
_BARE_FOLDS = {fold(w) for w in ("دانشگاه", "الجامعة", "الكلية", "university", "вуза", "вуз", "университета",
                                 "پارک")}


# posts of the state rather than of a university ("معاون وزیر علوم", "советник посла")
_GOVERNMENT = re.compile(r"\b(" + "|".join(fold(w) for w in (
    "وزیر", "وزارت", "سفیر", "سفارت", "رایزن", "استاندار", "فرماندار", "شهردار", "وزير", "وزارة", "سفير",
    "سفارة", "محافظ", "министр", "министерств", "посол", "посольств", "консул", "губернатор", "мэр",
    "minister", "ministry", "ambassador", "embassy", "consul", "governor", "mayor")) + r")")


_BARE_UNIVERSITY = {fold(w) for w in ("الجامعة", "دانشگاه")}


# "... الجامعة رئيسها", "وفد الجامعة برئاسة رئيسها": the bare "the university" right before "its" post
# ("الجامعة الأردنية رئيسها" names one)
_BARE_UNI_BEFORE_POST = [[w, fold("الجامعة")] for w in ("عن", "وعن", "وفد")] + [[fold("الجامعة"), fold("برئاسة")]]


def _possessive_post(label: str) -> bool:
    """"رئيسها", "مديرها التنفيذي": a post with "its" written onto its first word."""
    first = label.split()[0] if label.split() else ""
    return any(first.endswith(s) and _match_post([first[:-len(s)]], L.AR_POSTS) for s in (_n("ها"), _n("ه")))


def _names_bare_university(label: str) -> bool:
    """"نائب رئيس الجامعة للدراسات العليا", "معاون دانشگاه": the post says "the university" itself."""
    return any(w in _BARE_UNIVERSITY for w in fold(label).split()[1:])


_ITS_OF_COUNTRY = re.compile(r"\bthe ([A-Z][a-z]+) (?:university|institute|institution|delegation|side|partner)\b"
                             r"[^.;]{0,40}\bits\s+$")
_REFERRING_HEADS = {fold(w) for w in ("دانشگاه", "university", "вуза", "вуз", "университета", "университет")}


def _of_country_adjective(doc: Document, last_two: list[str]) -> str | None:
    """The institution a post's last words point to by its country alone ("دانشگاه قزاقستانی",
    "узбекского вуза", "the Kazakh university"), when the text has one institution of it."""
    if len(last_two) != 2:
        return None
    if last_two[0] in _REFERRING_HEADS:
        adj = last_two[1]
    elif last_two[1] in _REFERRING_HEADS:
        adj = last_two[0]
    else:
        return None
    iso = None
    for lang in ("fa", "ru", "en"):
        iso = L.adjective_country(adj, lang)
        if iso:
            break
    if iso is None:
        return None
    of_country = {i.key for i in doc.institutions if i.country == iso}
    return of_country.pop() if len(of_country) == 1 else None


_SAYS_THAT = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(_n(w)) for w in ("إلى أن", "الى أن", "بأن", "that", "что", "که"))
                        + r")(?!\w)")
_NAMED_AFTER = re.compile(r"(?i)(?:\bимени|\bим\.|\bnamed after)\s+(?:[\w.-]+\s+){0,4}$")
# "Институт химии имени А. М. Бутлерова", "университет имени академика М. С. X" (a rank between)
_RIGHT_AFTER_NAMED = re.compile(r"(?i)(?:\bимени|\bим\.)(?:\s+(?:академика|профессора|генерала|маршала|адмирала|"
                                r"писателя|поэта|святого|святителя))?\s*$")
_AMBASSADOR = re.compile(r"(?i)(?<!\w)(?:سفیر|السفير|سفير|посол(?:а|у|ом|е)?|ambassador|"
                         r"(?P<consul>سرکنسول|کنسول|القنصل|قنصل|консул(?:а|у|ом)?|consul(?:[- ]general)?))(?!\w)")
_EMBASSY_IN_POST = re.compile(r"(?i)(?<!\w)(?:سفارت|السفارة|سفارة|посольств\w*|the embassy)(?!\w)")
_WHERE = {fold(_n(w)) for w in ("в", "во", "in", "to", "at", "در", "لدى", "في", "فی", "به")}   # where, not whose


def _embassy_of_ambassador(doc: Document, label: str, lang: str) -> str | None:
    """"سفیر عراق", "السفير الروسي", "посол Ирана", "Ambassador of Iraq": the ambassador belongs
    to the embassy of that country when the text names it."""
    am = _AMBASSADOR.search(label)
    if am is None:
        return None
    words = re.findall(r"[\w'-]+", label[am.end():])[:4]
    iso = None
    for w in words:   # the country right after the word, as an adjective or a name
        if fold(w) in _WHERE:
            break   # "посол Ирана в России", "Ambassador of Malaysia to Egypt": the host country follows
        iso = L.adjective_country(w, lang) if lang != "ru" else None
        iso = iso or L.place_country(w)
        if iso:
            break
    embassies = _embassies_of(doc, iso) if iso else []
    if am.group("consul"):
        # "سرکنسول جمهوری X در رشت": the consulate general of that country, when the text has one;
        # "القنصل في السفارة" (the consul at the embassy): the one embassy the text names
        consulates = [i.key for i in doc.institutions if i.kind == "GovernmentBody" and iso and i.country == iso
                      and fold(i.name.split()[0]) in _CONSULATE_FOLDS]
        if len(consulates) == 1:
            return consulates[0]
        if iso is None and _EMBASSY_IN_POST.search(label[am.end():]):
            embassies = _embassies_of(doc, None)
    return embassies[0] if len(embassies) == 1 else None


def _embassy_in_post(doc: Document, label: str, lang: str) -> str | None:
    """"السكرتير الأول في السفارة اليابانية", "First Secretary at the Embassy of Japan": a post
    at an embassy is that embassy's, of the country the words after it name, else the one
    embassy the text names."""
    em = _EMBASSY_IN_POST.search(label)
    if em is None:
        return None
    iso = None
    for w in re.findall(r"[\w'-]+", label[em.end():])[:3]:
        iso = (L.adjective_country(w, lang) if lang != "ru" else None) or L.place_country(w)
        if iso:
            break
    embassies = _embassies_of(doc, iso)
    return embassies[0] if len(embassies) == 1 else None


def _embassies_of(doc: Document, iso: str | None) -> list[str]:
    """The embassies the text names, of country `iso` (all of them for None)."""
    return [i.key for i in doc.institutions if i.kind == "GovernmentBody"
            and fold(i.name.split()[0]) in _EMBASSY_FOLDS and (iso is None or i.country == iso)]


_MINISTER = re.compile(r"(?i)^(?:(?:deputy|first deputy|vice)[- ])?(?:minister|министр\w*|وزير|وزیر)(?!\w)")
_MINISTRY_FOLDS = {fold(_n(w)) for w in ("Ministry", "министерство", "министерства", "وزارة", "وزارت")}
# (the state's "Republic" is left out of a ministry's short name: "وزارت بهداشت قرقیزستان")
_PORTFOLIO_STOP = {fold(_n(w)) for w in ("of", "and", "the", "for", "и", "по", "و", "&",
                                         "republic", "республики", "جمهوری", "جمهورية", "الجمهورية")}


def _ministry_of_minister(doc: Document, label: str, at: int | None = None, bounds=None) -> str | None:
    """"Minister of Science, Higher Education and Innovation" works for the "Ministry of
    Science, Higher Education and Innovation ..." the page names: the minister's portfolio
    words are all in one ministry's name (Russian words compared by their stems, for case).
    A deputy of the minister ("заместитель министра ...", "معاون ... وزیر علوم") works there too.
    With no portfolio ("Deputy Minister X", "Заместитель министра X"), the ministry the text
    names in the post's sentence or the one before ("... at the Ministry of Y by Deputy Minister X")."""
    label = label.strip()
    m = _MINISTER.match(label) or _MINISTER_IN.search(label)
    if not m:
        return None

    def stems(text: str) -> set[str]:
        text = re.sub(r"(?<!\w)рф(?!\w)", "российской федерации", fold(_n(text)))
        return {w[:5] for w in text.replace(",", " ").replace("،", " ").split() if w not in _PORTFOLIO_STOP}
    ministries = [i for i in doc.institutions if i.kind == "GovernmentBody"
                  and (fold(_n(i.name)).split() or [""])[0] in _MINISTRY_FOLDS]
    # ("помощник министра ... Египта по международным связям": the scope after the state is the
    # deputy's own, not the ministry's portfolio)
    portfolio = label[m.end():]
    state = list(re.finditer(r"(?<!\w)[А-ЯЁA-Z][\w-]+", portfolio))
    if state:
        portfolio = portfolio[:state[-1].end()] + _DEPUTY_SCOPE.sub("", portfolio[state[-1].end():])
    portfolio = stems(_DEPUTY_SCOPE_AFTER.sub("", portfolio))
    if portfolio:
        # (by its name or another label: "وزارة التعليم العالي" also written out "... والبحث العلمي")
        owners = [i.key for i in ministries
                  if any(portfolio <= stems(" ".join(fold(_n(t)).split()[1:])) for t in [i.name] + [x for x, _ in i.labels])]
        return owners[0] if len(owners) == 1 else None
    if at is None or bounds is None or not ministries:
        return None
    s0, s1 = sentence_at(bounds, at)
    p0 = sentence_at(bounds, s0 - 1)[0] if s0 > 0 else s0
    near = [(norm_pos(doc, ev.start), i.key) for i in ministries for ev in i.evidence
            if p0 <= norm_pos(doc, ev.start) < s1]
    before = [x for x in near if x[0] < at]
    if before:
        return max(before)[1]
    return min(near)[1] if near else None


# "معاون وزير التعليم العالي ... لشؤون البحث العلمي", "معاون وزیر ... در امور بین الملل": the same for
# the deputy's own affairs in Arabic and Persian, whatever stands before
_DEPUTY_SCOPE_AFTER = re.compile(_n(r"\s+(?:لشؤون|للشؤون|در امور)\s.*$"))
_DEPUTY_SCOPE = re.compile(r"^\s+(?:по|for)\s+[а-яёa-z\s-]+$")
_MINISTER_IN = re.compile(r"(?i)(?<!\w)(?:minister|министр[аеу]?|وزير|وزیر)(?!\w)")


_ACADEMIC_ROLES = {"president", "vice_president", "rector", "vice_rector", "first_vice_rector", "acting_rector",
                   "dean", "vice_dean", "head_of_department", "professor", "researcher", "chancellor"}
_EMBASSY_FOLDS = L.EMBASSY_WORDS | {"the"}   # a name's first word: "The Embassy of ..." too
_CONSULATE_FOLDS = {fold(w) for w in ("سرکنسولگری", "القنصلية", "Consulate", "Генеральное")}


_WE_WITH = re.compile(r"(?i)(?<!\w)(?:мы|we)\s+(?:[\w-]+\s+){0,2}(?:вместе|совместно|together)\s+(?:со?|with)\s+$")
_IN_PRESENCE = re.compile(r"(?<!\w)بحضور(?!\w)")
# a post whose next words (before the next comma) say "the university": "مدیر دفتر ... و بین‌المللی دانشگاه،"
_UNIVERSITY_OFFICE = re.compile(r"[^،,؛;\n]{0,40}?(?<!\w)(?:دانشگاه|الجامعة|بالجامعة|the university)\s*[،,.]", re.I)

_SIDE_LIST = re.compile(r"(\w+)\s+(?:сторон\w*|делегаци\w*)\s+(?:на переговорах\s+)?(?:представлял\w*|возглав\w*)\s"
                        r"|(\w+)\s+(?:side|delegation|team)\s+(?:was\s+|were\s+)?(?:represented|led|headed)\s+by\s"
                        # "The Dutch team included A, Dean of ...; B, Head of ...": a list in semicolons
                        r"|(\w+)\s+(?:side|delegation|team|group)\s+(?:also\s+)?(?:included|comprised|consisted\s+of)\s"
                        # "С вьетнамской стороны во встрече приняли участие X, Y и Z"
                        r"|(?<!\w)со?\s+(\w+)\s+стороны\s+(?:(?:во|в|на)\s+[\w-]+\s+)?(?:участвовал\w*|присутствовал\w*|приня\w* участие)\s",
                        re.I)
_FA_SIDE = re.compile(_n(r"(?<!\w)(?:از سوی|از طرف|از جانب)\s+(?:دانشگاه|طرف|هیئت|هیات)\s+(\w+)\s*[،,]"))
_AR_SIDE = re.compile(r"(?<!\w)و?(?:من|عن)\s+الجانب\s+(ال\w+)")
_SIDE = re.compile(r"(\w+)\s+(?:сторон\w*|делегаци\w*)\s+(?:на переговорах\s+)?(?:представлял\w*|возглав\w*)\s*$"
                   r"|(\w+)\s+(?:side|delegation|team)\s+(?:was\s+)?(?:represented|led|headed)\s+by\s*$"
                   # "С российской стороны во встрече участвовал ...", "С казахстанской стороны — ..."
                   r"|(?:^|\s)со?\s+(\w+)\s+стороны\s+(?:(?:во|в|на)\s+[\w-]+\s+)?"
                   r"(?:(?:участвовал|присутствовал|выступ)\w*\s*|приня\w* участие\s*|[—–-]\s*)$", re.I)


def _host(doc: Document) -> str | None:
    """The document's own institution: the one whose press office reports, else the first."""
    m = re.search(r"(به گزارش روابط عمومی|پرس-служба|Пресс-служба|إعلام|press office of|Source:)", doc.norm)
    if m:
        k = institution_at(doc, m.end(), m.end() + 60)
        if k:
            return k
    # "استقبلت جامعة X وفداً من جامعة Y", "به میزبانی دانشگاه X": the receiving side is the
    # page's own, also when a headline "delegation of Y visits X" names the guest first
    # (only in the opening: a quote further on, "X receives hundreds of students", is no host)
    opening = doc.norm[:500]
    m = _RECEIVES_BEFORE.search(opening)
    if m and institution_at(doc, m.end(), m.end() + 12):
        return institution_at(doc, m.end(), m.end() + 12)
    m = _RECEIVES_AFTER.search(opening)   # a headline's "جامعة X تستقبل وفدا من جامعة Y"
    if m and institution_at(doc, max(0, m.start() - 3), m.start()):
        return institution_at(doc, max(0, m.start() - 3), m.start())
    masthead = _masthead_institution(doc)
    if masthead:
        return masthead
    return doc.institutions[0].key if doc.institutions else None


def _masthead_institution(doc: Document) -> str | None:
    """"UNIVERSITY OF LAKESIDE" as the page's first line: a site's name in capitals (which the
    name finder reads as no name) is the institution of that name the story tells."""
    for line in doc.norm.split("\n")[:3]:
        line = line.strip()
        if not line or len(line) > 80 or not re.search(r"[^\W\d_]", line) or line != line.upper():
            continue
        folded = fold(line)
        for inst in doc.institutions:
            if folded in {fold(inst.name)} | {fold(t) for t, _ in inst.labels}:
                return inst.key
    return None


_RECEIVES_BEFORE = re.compile(r"(?:^|\s)(?:استقبلت|استقبل|استضافت|استضاف|به میزبانی|با میزبانی)\s+")
_RECEIVES_AFTER = re.compile(r"\s(?:تستقبل|یستقبل|تستضیف|یستضیف)\s")


def _mention_spans(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, institution key, first word of its name) of every institution mention."""
    out = []
    for inst in doc.institutions:
        head = (fold(inst.name).split() or [""])[0]
        for ev in inst.evidence:
            a = norm_pos(doc, ev.start)
            out.append((a, a + max(1, len(ev.text)), inst.key, head))
    return sorted(out)


_PORTFOLIO = re.compile(r",\s+(?:[A-Z][\w-]*|and|&|of|for)(?:\s+(?:[A-Z][\w-]*|and|&|of|for))*,\s+(?:the\s+)?")


def _ends_with_unit(label: str, unit: str) -> bool:
    """Does the (folded) post end with the unit's name, a Russian one in another case ("директор
    института X" and the unit "институт X")? Words agree when they differ in their endings only."""
    if label.endswith(unit):
        return True
    lw, uw = label.split(), unit.split()
    if len(lw) < len(uw) or not re.match(r"[а-яё]", unit):
        return False
    return all(a == b or (len(os.path.commonprefix([a, b])) >= max(4, max(len(a), len(b)) - 3))
               for a, b in zip(lw[-len(uw):], uw))


def _sole_institution_of(doc: Document, iso: str | None) -> str | None:
    """The one (non-government) institution of country `iso` on the page, else None: what a
    delegation named by its country's adjective stands for."""
    owners = {i.key for i in doc.institutions if iso and i.country == iso and i.kind != "GovernmentBody"}
    return owners.pop() if len(owners) == 1 else None


def _delegation_list_owner(doc: Document, pm: PMention) -> str | None:
    """The one (non-government) institution of the country of the delegation whose bulleted
    member list holds the person (the heading above names it by an adjective, or names the
    institution), else None."""
    iso = L.delegation_list_country(doc.norm, pm.start, doc.lang)
    if iso is None:
        # "The visiting HU delegation comprised:": the heading names the institution itself
        found = L.delegation_list_heading(doc.norm, pm.start)
        if found:
            head, line = found
            g = next((k for k in range(1, len(head.groups()) + 1) if head.group(k)), None)
            owner = institution_at(doc, line + head.start(g), line + head.end(g)) if g else None
            return owner
    return _sole_institution_of(doc, iso)


# A delegation named by its country whose members the sentence then lists: "وضم الوفد الروسي ...",
# "The Chinese delegation included ...", "В состав иранской делегации вошли ...",
# "هیئت روسی متشکل از ...". The adjective is the group.
_DELEGATION_CLAUSE = re.compile("|".join(_n(p) for p in (
    r"(?<!\w)(?:و|ف)?(?:ضم|يضم|تضم|شمل|يشمل|تألف|تكون|تشكل)\w* (?:ال)?وفد (\S+)",
    r"\b([A-Z][a-z]+) delegation (?:included|comprised|consisted of|was made up of|was composed of)\b",
    r"\b[Вв] состав (\w+) делегации (?:вошли|входили|вош[её]л)\b",
    r"\b([А-ЯЁа-яё]+ая) делегация (?:состояла из|включала)\b",
    r"(?<!\w)هیئت (\S+) (?:متشکل از|شامل)(?!\w)",
)))
# where another side's list begins in the same sentence: "..., فيما ضم الوفد الأردني ...", "while ..."
_OTHER_SIDE = re.compile(_n(r"(?<!\w)(?:فيما|بينما|في حين|و از (?:سوی|طرف))(?!\w)|\b(?:while|whereas|and on the)\b"
                            r"|\bа (?:со? стороны|от)\b"))


def _delegation_clause_owner(doc: Document, pm: PMention, bounds) -> str | None:
    """The one (non-government) institution of the country of the delegation whose members the
    sentence is listing when it names the person, else None."""
    s0 = max((a for a, b in bounds if a <= pm.start), default=0)
    before = doc.norm[s0:pm.start]
    found = None
    for m in _DELEGATION_CLAUSE.finditer(before):
        found = m
    if found is None or _OTHER_SIDE.search(before, found.end()):
        return None
    return _sole_institution_of(doc, L.adjective_country(next(g for g in found.groups() if g), doc_lang(doc)))


def _list_start(doc: Document, bounds, s0: int) -> int:
    """Where a list the sentence at s0 belongs to starts: items after semicolons are split
    into sentences of their own ("X included A, Dean ...; B, Head ...")."""
    while s0 > 0 and doc.norm[:s0].rstrip().endswith(";"):
        prev = sentence_at(bounds, len(doc.norm[:s0].rstrip()) - 1)[0]
        if prev >= s0:
            break
        s0 = prev
    return s0


def _bare_title_beside_post(label: str, role: str, mentions: list[PMention]) -> bool:
    """A lone academic title ("Профессор", "Professor") said of a person the text gives a post
    elsewhere: no post of its own (the institution near it is only what the sentence names)."""
    return role == "professor" and len(label.split()) == 1 and any(m.post[3] != "professor" for m in mentions)


def _institution_for(doc: Document, pm: PMention, spans, bounds, host) -> str | None:
    listed = _delegation_list_owner(doc, pm) or _delegation_clause_owner(doc, pm, bounds)
    if pm.post:
        p0, p1 = pm.post[0], pm.post[1]
        inside = [k for a, b, k, _ in spans if p0 <= a < p1]
        if inside and listed and doc.institution(inside[0]).kind not in ("University", "GovernmentBody"):
            return listed   # "- X, director of the Institute of Y" in a delegation's list: the delegation's
        if inside:
            return inside[0]
        # "Prof. X, Vice-Chancellor, University of Y": the institution right after the post
        gap = re.match(r"[\s,،]*(?:(?:of|at|in|در|في|фи)\s+)?(?:the\s+)?", doc.norm[p1:p1 + 12])
        right_after = [k for a, b, k, _ in spans if a == p1 + gap.end()]
        # ("برئاسة X نائب رئيس الجامعة للدراسات العليا، الجامعة الأميركية ...": a post that
        # names its own "the university" is not of the next name past a comma, the visit's object)
        if right_after and not (re.search(r"[,،]", gap.group()) and _names_bare_university(pm.post[2])):
            return right_after[0]
        # "Dr X, Vice-President, Research and International, University of Y": the portfolio in
        # capitalised words between commas, then the institution
        portfolio = _PORTFOLIO.match(doc.norm, p1)
        if portfolio:
            after_portfolio = [k for a, b, k, _ in spans if a == portfolio.end()]
            if after_portfolio:
                return after_portfolio[0]
    if listed:
        return listed   # "- Dr X, Vice-Rector for International Affairs" under "The Armenian delegation:"
    if pm.post:
        # "وقع عن الجامعة رئيسها ...، وعن المركز مديره": the side named by "عن" before the post
        side = _AR_ON_BEHALF.search(doc.norm[max(0, pm.post[0] - 45):pm.post[0]])
        if side:
            head = fold(side.group(1))
            owners = [i.key for i in doc.institutions
                      if fold(i.name).split()[0] in (head, fold("ال") + head)]
            if len(set(owners)) == 1:
                return owners[0]
            if len(set(owners)) > 1 and head == fold("جامعة") and host in owners:
                # "ووقع عن الجامعة ...، فيما وقعها عن جامعة X": the bare "the university" is the
                # page's own university, not one of the others of that kind
                return host
    if pm.post and host and _possessive_post(pm.post[2]) \
            and fold(doc.norm[max(0, pm.post[0] - 30):pm.post[0]]).split()[-2:] in _BARE_UNI_BEFORE_POST:
        # "وفد الجامعة برئاسة رئيسها": "its president" of "the university", the page's own
        return host
    if pm.post:
        # "رئیس دانشکده ... دانشگاه قزاقستانی", "декан ... узбекского вуза": the one institution of that country
        k = _of_country_adjective(doc, fold(pm.post[2]).split()[-2:])
        if k:
            return k
        words = fold(pm.post[2]).split()
        for n in range(1, len(words) - 2):
            # "вице-президент египетского вуза по делам аспирантуры": the portfolio after it
            k = _of_country_adjective(doc, words[n:n + 2]) if words[n + 1] in _REFERRING_HEADS else None
            if k:
                return k
    if pm.post:
        # a post ending in a unit the text attached to one institution ("رئیس دانشکده مهندسی شیمی"
        # after "دانشکده مهندسی شیمی دانشگاه X و دانشگاه Y"): that unit's institution
        label = fold(pm.post[2])
        city = _POST_CITY_END.search(pm.post[2])
        if city and L.place_country(city.group(1)):
            label = fold(pm.post[2][:city.start()])   # "عميدة كلية الآداب بالرباط": the unit, then its city
        # (only a unit written next to its institution somewhere: one placed by nearness alone
        # may have been put with an embassy or a guest named in the same sentence)
        owners = {u.institution for u in doc.units if len(fold(u.name).split()) >= 2 and _ends_with_unit(label, fold(u.name))
                  and any(_unit_owner_named(doc, norm_pos(doc, ev.start),
                                            norm_pos(doc, max(ev.start, ev.end - 1)) + 1) == u.institution
                          for ev in u.evidence)}
        if len(owners) == 1:
            return owners.pop()
    if pm.post and pm.post[0] < pm.start:
        # "a delegation from the Polish university led by its Vice-Rector": "its" is the one
        # institution of that country
        its = _ITS_OF_COUNTRY.search(doc.norm, max(0, pm.post[0] - 90), pm.post[0])
        owner = _sole_institution_of(doc, L.adjective_country(its.group(1), "en") if its else None)
        if owner:
            return owner
    if pm.inst_hint:
        k = institution_at(doc, *pm.inst_hint)
        if k:
            return k
        # "Huawei Malaysia CEO": the owner written as a shorter or local form of a firm's name
        first = doc.norm[pm.inst_hint[0]:pm.inst_hint[1]].split()[0]
        owners = {i.key for i in doc.institutions if i.kind == "Company" and i.name.split()[0] == first}
        if len(owners) == 1:
            return owners.pop()
    s0, s1 = sentence_at(bounds, pm.start)
    # the words before the name (and its title), or before a post written first
    lead = pm.post[0] if pm.post and pm.post[0] < pm.start else (pm.title_start if pm.title_start >= 0 else pm.start)
    ar_side = None
    for ar_side in _AR_SIDE.finditer(doc.norm, s0, lead):
        pass
    if ar_side is not None and _IN_PRESENCE.search(doc.norm, ar_side.end(), lead):
        ar_side = None   # "وعن الجانب الإيراني X، بحضور Y": those "in the presence of" are no side's list
    side_lang = "ar"
    if ar_side is None:
        # "از سوی دانشگاه پاکستانی، دکتر X، رئیس ... و دکتر Y": the Persian side before its list
        for ar_side in _FA_SIDE.finditer(doc.norm, s0, lead):
            side_lang = "fa"
    if ar_side is not None:
        # "شارك فيه من الجانب السوري X ومدير ... Y، ومن الجانب البيلاروسي ... Z": the side
        # named last before the person, by its country adjective (a university before a mission)
        iso = L.adjective_country(ar_side.group(1), side_lang)
        of_country = [i for i in doc.institutions if iso and i.country == iso]
        if len(of_country) > 1:
            of_country = [i for i in of_country if i.kind != "GovernmentBody"]
        if len(of_country) == 1:
            return of_country[0].key
    side = _SIDE.search(doc.norm[s0:pm.post[0] if pm.post else pm.start])
    if not side:
        # "Сербскую сторону представляли проректор X и руководитель ... Y": the side goes on to
        # the next person of the list (not past another side: "..., а российскую — Z")
        head = _SIDE_LIST.search(doc.norm, _list_start(doc, bounds, s0), pm.post[0] if pm.post else pm.start)
        stops = r"[—–]|\sа\s|\bwhile\b|\bwhereas\b" if head and head.group(3) else r"[;—–]|\sа\s|\bwhile\b|\bwhereas\b"
        if head and not re.search(stops, doc.norm[head.end():pm.start]):
            side = head
    if side:
        # "Иранскую сторону представлял ...", "the Iranian delegation was led by ...": the one
        # institution of that country
        word = next(g for g in side.groups() if g)
        iso = L.adjective_country(word, "ru" if re.match(r"[а-яё]", word, re.I) else "en")
        of_country = {i.key for i in doc.institutions if iso and i.country == iso}
        if len(of_country) > 1:   # (a university before a ministry or a mission of its country)
            of_country = {k for k in of_country if doc.institution(k).kind != "GovernmentBody"}
        if len(of_country) == 1:
            return of_country.pop()
    # "Professor Z, Dean of ..., led the team from X": the one whose team the person led
    led = _LED_TEAM_AFTER.match(doc.norm, max(pm.end, pm.post[1]) if pm.post else pm.end)
    if led:
        owner = [k for a, b, k, _ in spans if a == led.end()]
        if owner:
            return owner[0]
    # "В составе делегации X в Y побывали декан ... Z": the members of X's delegation
    member = None
    for member in _MEMBERS_OF.finditer(doc.norm, s0, lead):
        pass
    if member is not None:
        owner = [k for a, b, k, _ in spans if a == member.end()]
        if owner:
            return owner[0]
    included = _DELEGATION_INCLUDED.search(doc.norm[s0:lead])
    if _LED_BY.search(doc.norm[s0:lead]) or (
            included and not re.search(r",\s+(?:was|were)\s", doc.norm[s0 + included.end():lead])):
        # ("The delegation, which included Vice-Rector X and the Dean ..., Y, was received by Z":
        # X and Y are the delegation's, Z is not)
        # "Делегацию возглавил ...", "The delegation was led by ...": the delegation named just before
        told = _DELEGATION_OF.finditer(doc.norm[max(0, s0 - _DELEGATION_BACK):s0])
        last_told = None
        for last_told in told:
            pass
        if last_told is not None:
            base = max(0, s0 - _DELEGATION_BACK) + last_told.end()
            owner = [k for a, b, k, _ in spans if base <= a <= base + 3]
            # "a delegation of fifteen students from the University of X": its source a few words on
            phrase = re.match(r"(?:[\w-]+\s+){0,6}?from\s+(?:the\s+)?", doc.norm[base:s0])
            if not owner and phrase:
                owner = [k for a, b, k, _ in spans if a == base + phrase.end()]
            if owner:
                return owner[0]
            # "Монгольскую делегацию возглавил ... В неё вошли ...": the delegation named by
            # its country's adjective is the one (non-government) institution of that country
            adj = re.search(r"(\w+)\s+$", doc.norm[max(0, s0 - _DELEGATION_BACK):base - len(last_told.group())])
            owner = _sole_institution_of(doc, L.adjective_country(adj.group(1), doc.lang) if adj else None)
            if owner:
                return owner
    label_words = fold(pm.post[2]).split() if pm.post else []
    last = label_words[-1] if label_words else ""
    if last in _COMPANY_FOLDS:
        # "директор по персоналу компании", "the company's CEO": the one firm of the text
        firms = {i.key for i in doc.institutions if i.kind == "Company"}
        if len(firms) == 1:
            return firms.pop()
    # "بوكيل الوزارة لشؤون البحث العلمي": the post of "the ministry" (the article on the word after
    # the post word), whatever portfolio follows
    obj = label_words[1] if len(label_words) > 1 else ""
    if obj.startswith(_DEF_ARTICLE) and obj[2:] in _HEAD_FOLDS:
        last = obj[2:]
    elif len(label_words) > 2 and label_words[-2] in _IN_FOLDS and last.startswith(_DEF_ARTICLE) \
            and last[2:] in _HEAD_FOLDS:
        last = last[2:]   # "مدير العلاقات الثقافية في الوزارة": the post "in the ministry"
    if last in _HEAD_FOLDS and last not in _GENERIC_HEAD_FOLDS:
        # "رئیس پژوهشگاه", "رئيس الهيئة": the institution of that kind, nearest before, else the only one
        kind = [(a, k) for a, b, k, head in spans if head == last]
        before = [x for x in kind if s0 <= x[0] < pm.start]
        if before:
            return max(before)[1]
        if len({k for _, k in kind}) == 1:
            return kind[0][1]
    before = [(a, k) for a, b, k, _ in spans if s0 <= a < pm.start]
    if before:
        nearest = max(before)[1]
        kinds = {i.key: i.kind for i in doc.institutions}
        if pm.post and host and kinds.get(host) == "University" and _IN_PRESENCE.search(doc.norm[max(before)[0]:lead]) \
                and (_names_bare_university(pm.post[2]) or (pm.post[2].startswith("و") and any(
                    w in _BARE_UNIVERSITY for w in fold(doc.norm[max(before)[0]:lead]).split()))):
            # ("بحضور معاون رئيس الجامعة ... X ومدير قسم ... Y": the next of that list is the host's too)
            # "استقبل رئيس جامعة X ... وفد جامعة Y برئاسة ...، بحضور معاون رئيس الجامعة ...": those
            # "in the presence of" the reception, of "the university", are the host's
            return host
        if pm.post and (pm.post[3] in _ACADEMIC_ROLES or last in _BARE_FOLDS
                        or _UNIVERSITY_OFFICE.match(doc.norm, pm.post[1])) \
                and kinds.get(nearest) == "GovernmentBody" \
                and L.embassy_word(doc.institution(nearest).name):
            # "استقبل رئيس جامعة X سفير Y ..., بحضور نائب رئيس الجامعة ... وعميد كلية ...": a
            # vice-president or a dean is a university's, not the embassy's named just before
            unis = [x for x in before if kinds.get(x[1]) == "University"]
            if unis:
                return max(unis)[1]
            if host and kinds.get(host) == "University":
                # "در این سفر که با هماهنگی سفارت X انجام شد، دکتر Y، معاون آموزشی، ...": with no
                # university told before in the sentence, the delegation's, the page's own
                return host
        if last in _BARE_FOLDS and len(label_words) <= 4 and kinds.get(nearest) != "University":
            # "میان این دانشگاه و سازمان X ... با حضور Y رئیس دانشگاه": "the university" is the
            # university told before, not the nearer body of another kind
            unis = [x for x in before if kinds.get(x[1]) == "University"]
            if unis:
                return max(unis)[1]
        return nearest
    if last in _BARE_FOLDS and s0 > 0 and _WE_WITH.search(doc.norm, max(s0, lead - 40), lead):
        # "Мы побывали в Университете X. Тогда мы вместе с президентом университета Y ...":
        # "we together with" the head of "the university": the other side, told just before
        p0 = sentence_at(bounds, s0 - 1)[0]
        others = [(a, k) for a, b, k, _ in spans if p0 <= a < s0 and k != host]
        if others:
            return max(others)[1]
    if last in _BARE_FOLDS:
        return host
    if pm.post and host and _names_bare_university(pm.post[2]):
        # "الدكتورة X نائب رئيس الجامعة لشؤون ...، ومن الجانب الإيطالي Y ... جامعة Z": "the
        # university" with none told before it in the sentence is the page's own, not the next one
        return host
    # (not past the next item of a list: "Also present were the Deputy VC, Prof. X, and a
    # representative of the Embassy of Y": X is no man of the embassy)
    after = [(a, k) for a, b, k, _ in spans if pm.end <= a < s1
             and not re.search(r"[,،]\s*(?:and|и|و)\s", doc.norm[pm.end:a])
             and not _SAYS_THAT.search(doc.norm[pm.end:a])]   # ("X إلى أن ...": what X says names others)
    if after:
        return min(after)[1]
    return host


# ---------------------------------------------------------------- merging persons

_TOKEN_TITLES = {fold(t) for t in (L.FA_TITLES | L.AR_TITLES | L.RU_TITLES | L.EN_TITLES)}


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> list[str]:
    toks = [t for t in fold(name).split() if t not in _TOKEN_TITLES]
    # the Arabic article: "الغبان" = "غبان"
    return [t[2:] if t.startswith("ال") and len(t) > 4 else t for t in toks]


# A soft-stem name the dictionary does not know stays declined ("с Ли Вэньбинем"): its case
# forms are the same word as the nominative in "ь"/"й" ("Вэньбинь", "Вэньбиня", "Вэньбинем").
_SOFT_CASE = re.compile(r"^(\w{4,}?)(?:ь|й|я|ю|ем|ём|е|и)$")


def _soft_stem(t: str) -> str:
    m = _SOFT_CASE.match(t) if re.match(r"[а-яё]", t) else None
    return m.group(1) if m else t


def _same_person(a: list[str], b: list[str]) -> bool:
    """b is a shorter way of writing a: a subset of its words, or matching initials."""
    if not a or not b:
        return False
    full_a = [t for t in a if len(t) > 1]
    full_b = [t for t in b if len(t) > 1]
    if full_b and set(full_b) <= set(a):
        return True
    # the same words but one declined: compared by the stem (a soft ending on at least one side)
    if full_b and len(full_b) == len(full_a) and all(
            x == y or (_soft_stem(x) == _soft_stem(y) and (x[-1] in "ьй" or y[-1] in "ьй"))
            for x, y in zip(full_a, full_b)):
        return True
    # "Лилия Александровна" ~ "Л А Загеева": first name and patronymic vs initials
    # (a patronymic it must be: "Ержан Сапаров" is not "Е. С. Волкова")
    ini_a = [t for t in a if len(t) == 1]
    if ini_a and len(full_b) == len(ini_a) == len(b) and [t[0] for t in full_b] == ini_a \
            and not set(full_b) & set(full_a) and _PATRONYMIC.search(full_b[-1]):
        return True
    # "Алексей Петренко" ~ "А. В. Петренко": the same surname, the first name by its initial
    extra = [t for t in full_b if t not in full_a]
    if ini_a and extra and len(extra) < len(full_b) and len(extra) <= len(ini_a) \
            and [t[0] for t in extra] == ini_a[:len(extra)] and full_b[-1] in full_a:
        return True
    return False


_PATRONYMIC = re.compile(r"(?:вич|вна|чна|ична|оглы|кызы|улы|уулу)$")


def find_officials(doc: Document, resources) -> None:
    """Pipeline component: fill doc.persons and doc.posts."""
    doc.persons, doc.posts = [], []
    if not doc.norm:
        return
    lang = doc_lang(doc)
    tokens = tokenize(doc.norm)
    nlp = None
    if lang == "ru" and resources is not None:
        nlp = getattr(resources, "natasha", None)
    if lang in ("fa", "ar"):
        mentions = _fa_ar_persons(doc, tokens, lang)
    elif lang == "ru":
        mentions = _ru_persons(doc, nlp)
    else:
        mentions = _en_persons(doc)
    if lang != "en" and re.search(r"\b(?:Dr|Prof)\.?\s+[A-Z]", doc.norm):
        mentions += _en_persons(doc)

    bounds = sentence_bounds(doc)
    spans = _mention_spans(doc)
    host = _host(doc)
    # "университет имени первого Президента России Б. Н. Ельцина": the person a name honours holds no post
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b, _, _ in spans)
                and not (_NAMED_AFTER.search(doc.norm[max(0, m.start - 60):m.start])
                         and (fold(doc.norm[m.start:m.end]).split()[-1:] != fold(m.name).split()[-1:]
                              or _RIGHT_AFTER_NAMED.search(doc.norm[max(0, m.start - 24):m.start])))]

    # group the mentions into persons: longer names first, shorter forms join them
    groups: list[list[PMention]] = []
    for pm in sorted(mentions, key=lambda m: -len(_name_tokens(m.name))):
        toks = _name_tokens(pm.name)
        if not toks:
            continue
        cands = [g for g in groups if _same_person(_name_tokens(g[0].name), toks)]
        if len(cands) == 1:
            cands[0].append(pm)
        elif not cands:
            groups.append([pm])
        else:
            # ambiguous short form ("Singh" for two Singhs): keep it apart only if it holds a post
            if pm.post:
                groups.append([pm])
    groups.sort(key=lambda g: min(m.start for m in g))

    for g in groups:
        with_post = [m for m in sorted(g, key=lambda m: m.start) if m.post]
        if not with_post:
            continue
        key = f"p{len(doc.persons) + 1}"
        posts: list[Post] = []
        seen_posts = set()
        for m in with_post:
            p0, p1, label, role = m.post
            label = surface(doc, p0, p1).strip(" ,،")   # the post as the page wrote it
            if lang == "ru" and nlp is not None:
                # "подписан ректором ЕНУ": the post in its dictionary form ("ректор ЕНУ")
                label = nlp.post_nominative(label, _RU_POST_RE)
            inst = _institution_for(doc, m, spans, bounds, host)
            if (role == "official" or _GOVERNMENT.search(fold(label))) and \
                    not any(m.post[0] <= a < m.post[1] for a, b, k, _ in spans):
                inst = _embassy_of_ambassador(doc, label, lang) or _embassy_in_post(doc, label, lang) \
                    or _ministry_of_minister(doc, label, p0, bounds)
                if inst is None:
                    continue   # a minister's or an embassy's man of no institution in the text is no official here
            if lang in ("fa", "ar"):
                role = _refine_role(role, label, lang)
                owner = doc.institution(inst)
                if role == "head" and fold(label) in _ITS_HEAD and owner is not None and owner.kind == "University":
                    role = "president"   # "وقع عن الجامعة رئيسها": its head, of a university
            # the same post read again (a photo caption, "VC" for "Vice-Chancellor") is not a second post
            if fold(label) in seen_posts or (role, inst) in seen_posts:
                continue
            if _bare_title_beside_post(label, role, with_post):
                continue   # "Профессор X, сам выпускник Y, ...": the title of one who holds a post told elsewhere
            # "проректор по МД Е. С. Волкова ... проректор по международной деятельности Е. С.
            # Волкова провела встречу с ... University X": the same post told again, naming no
            # institution, is not a post at whatever institution stands near it the second time
            if posts and role != "other" and role in {x.role for x in posts} \
                    and not any(p0 <= a < p1 for a, b, k, _ in spans):
                continue
            seen_posts.update({fold(label), (role, inst)})
            unit = _unit_in(doc, p0, p1, inst)
            posts.append(Post(person=key, institution=inst, label=label, role=role, unit=unit,
                              evidence=[doc.evidence(min(p0, m.start), max(p1, m.end))]))
        if not posts:
            continue
        names = []
        for m in g:
            if m.name not in names:
                names.append(m.name)
        full = max(names, key=lambda n: (len(_name_tokens(n)), len(n)))
        if lang == "fa":
            for v in [v for n in names for v in _fa_suffix_variants(n)]:
                if fold(v) not in {fold(n) for n in names}:
                    names.append(v)
        doc.persons.append(Person(key=key, name=full, names=names, lang=lang,
                                  evidence=[doc.evidence(m.start, m.end) for m in sorted(g, key=lambda m: m.start)]))
        doc.posts.extend(posts)


_FA_SURNAME_SUFFIXES = [_n(x) for x in ("زاده", "پور", "نژاد", "فر", "نیا", "راد", "منش", "خواه", "دوست", "وند",
                                         "آبادی", "فرد", "کیا", "مهر", "لو")]


def _fa_suffix_variants(name: str) -> list[str]:
    """A Persian surname is written glued ("محمدیفر"), with a ZWNJ or with a space
    ("محمدی فر"): the other writings of the same name."""
    out = []
    words = name.split()
    for k, w in enumerate(words):
        plain = w.replace("\u200c", "")
        for suf in _FA_SURNAME_SUFFIXES:
            if plain.endswith(suf) and len(plain) > len(suf) + 2:
                out.append(" ".join(words[:k] + [plain[:-len(suf)] + " " + suf] + words[k + 1:]))
        if k + 1 < len(words) and words[k + 1] in _FA_SURNAME_SUFFIXES:
            out.append(" ".join(words[:k] + [plain + words[k + 1]] + words[k + 2:]))
    return out


def _unit_in(doc: Document, start: int, end: int, inst: str | None) -> str | None:
    """The unit named inside the post at doc.norm[start:end], as a unit of `inst`.

    A unit's owner is read from the institution nearest its name, a post's from the whole
    sentence (a delegation list's heading, "from University X: ..."); where the two differ,
    the post's reading wins, so that the membership's unit is a unit of its organization."""
    for u in doc.units:
        for i, ev in enumerate(u.evidence):
            if start <= norm_pos(doc, ev.start) < end:
                if inst is None or u.institution == inst:
                    return u.key
                return _move_unit_mention(doc, u, i, inst).key
    return None


def _move_unit_mention(doc: Document, unit: Unit, i: int, inst: str) -> Unit:
    """Move the unit's i-th mention to the same-named unit of `inst` (made if need be)."""
    twin = next((u for u in doc.units if u.institution == inst and fold(u.name) == fold(unit.name)), None)
    if twin is None:
        taken, n = {u.key for u in doc.units}, len(doc.units) + 1
        while f"u{n}" in taken:
            n += 1
        twin = Unit(key=f"u{n}", name=unit.name, institution=inst, lang=unit.lang)
        doc.units.append(twin)
    twin.evidence.append(unit.evidence.pop(i))
    if not unit.evidence and not any(p.unit == unit.key for p in doc.posts):
        doc.units.remove(unit)
    return twin
