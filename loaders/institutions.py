"""Find the top-level institutions acting in a document, and their units.

Each language has a finder that reads the grammar of institution names around a head
word ("دانشگاه X", "جامعة X", "X государственный университет имени Y", "University of X",
"X University"), gives the name in its dictionary form and notes an acronym or a country
the text states next to it. Mentions of the same institution (a short form, an acronym,
another case, a nickname such as "Политех") are then merged into one `Institution`; a
mention that only names a kind of institution ("این دانشگاه", "два университета",
"the university") is never an institution. Faculties, departments, offices and
institutes that belong to a university become `Unit`s of it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from loaders import dates as _dates
from loaders import lexicon as L
from loaders.furniture import noise_line, related_heading
from loaders.model import Document, Institution, Unit
from loaders.normalise import fold

_n = L.normalised


def _is_city(place: str) -> bool:
    """A place of the gazetteer that is not a country's own name ("وهران", "Kazan")."""
    return bool(L.place_country(place)) and _n(place).casefold() not in L.COUNTRY_NAMES

# ---------------------------------------------------------------- tokens and sentences

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


@dataclass
class Tok:
    start: int
    end: int
    text: str
    nl_before: bool = False   # a line break between this token and the previous one


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    end = len(text) if end is None else end
    out: list[Tok] = []
    prev = start
    for m in _TOKEN.finditer(text, start, end):
        out.append(Tok(m.start(), m.end(), m.group(), "\n" in text[prev:m.start()]))
        prev = m.end()
    return out


def sentence_bounds(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans of doc.norm: the pipeline's when there are, else a plain split."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    out, start = [], 0
    for m in re.finditer(r"[.!?؟](?=\s|$)|\n", doc.norm):
        if m.end() - start > 1:
            out.append((start, m.end()))
        start = m.end()
    if start < len(doc.norm):
        out.append((start, len(doc.norm)))
    return out


def sentence_at(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect_right([b[0] for b in bounds], pos) - 1
    if 0 <= i < len(bounds) and bounds[i][0] <= pos < bounds[i][1] + 1:
        return bounds[i]
    return (pos, pos)


def norm_pos(doc: Document, original: int) -> int:
    """Index in doc.norm of an original offset (evidence stores original offsets)."""
    if not doc.offsets:
        return original
    return max(0, bisect_right(doc.offsets, original) - 1)


def surface(doc: Document, start: int, end: int) -> str:
    """The original text of a norm span, on one line: names are shown as the page wrote them
    (Arabic letters in Arabic, the ZWNJ of Persian), not in the normalised comparison form."""
    a, b = doc.original_span(start, end)
    return re.sub(r"\s+", " ", doc.text[a:b]).strip()


def doc_lang(doc: Document) -> str:
    if doc.lang:
        return doc.lang
    text = doc.norm or doc.text
    counts = {"ru": len(re.findall(r"[\u0400-\u04ff]", text)),
              "en": len(re.findall(r"[A-Za-z]", text)),
              "ar": len(re.findall(r"[ةأإ]|\bال", text)) * 8,
              "fa": len(re.findall(r"[\u0600-\u06ff]", text))}
    if counts["fa"] and counts["ar"] > counts["fa"] * 0.25:
        return "ar"
    return max(counts, key=counts.get)


# ---------------------------------------------------------------- mentions

@dataclass
class Mention:
    start: int
    end: int
    name: str                    # dictionary form
    lang: str
    kind: str = "Institution"
    named: bool = True           # carries a proper name, not just a kind of institution
    country: str | None = None
    acronym: str | None = None   # acronym the text defines next to it
    is_acronym: bool = False
    tokens: frozenset = frozenset()   # comparison tokens (lemmas, folded)
    weak: bool = False           # in a photo credit, footer or "read also" line
    unit_of: int | None = None   # index of the university mention it belongs to
    extra_labels: list[str] = field(default_factory=list)
    tail: str | None = None      # word after an acronym ("ИИТ Бомбея")
    place_tokens: frozenset = frozenset()   # a country written after the name, kept out of `tokens`
    prefix: str = ""             # initials of adjectives before an acronym ("Омский ГАУ" -> "О")
    uses: int = 1                # how often the text writes this acronym
    may_be_unit: bool = False    # a school that is a university alone, a unit before a university
    country_reference: bool = False   # "Чилийский университет ..." opening a sentence: maybe a back reference


# A linked headline: a short line that does not end like a sentence.
_HEADLINE_END = re.compile(r"[.!?؟…:;]\s*$")


def _headline(low: str) -> bool:
    return bool(low) and len(low.split()) <= 16 and not _HEADLINE_END.search(low)


def _noise_spans(doc: Document) -> list[tuple[int, int]]:
    spans, after_header = [], False
    pos = 0
    for line in doc.norm.split("\n"):
        end = pos + len(line)
        low = line.strip().lower()   # doc.norm is normalised already, and so are the patterns
        dashed = low.startswith(("—", "-", "–"))
        # under "Читайте также:" / "RELATED NEWS" every dashed line or bare headline is a link
        # to another story; a line that reads as a paragraph ends the list
        heading = related_heading(low)
        noisy = heading or noise_line(low) or (after_header and (dashed or _headline(low)))
        if heading:
            after_header = True
        elif low and not noisy:
            after_header = False
        if noisy:
            spans.append((pos, end))
        pos = end + 1
    return spans


_PLACE_OPENERS = {",", "(", ")", "-", "–", "—", "in", "at", "в", "г", ".", _n("در"), _n("في"), _n("فی")}


def _country_after(tokens: list[Tok], j: int, limit: int = 6) -> str | None:
    """A country or city named right after a name: ", عراق", "(Вьетнам)", "in Ontario, Canada",
    "در اقلیم کردستان عراق", "(г. Шэньян, Китай)". Only in that position: a place later
    in the sentence says where something happened, not where the institution is."""
    k = j
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
        k += 3   # "Tomsk Polytechnic University (TPU), Russia"
    j = k
    while k < len(tokens) and k - j < 3 and tokens[k].text in _PLACE_OPENERS:
        k += 1
    if k == j or k >= len(tokens) or any(t.nl_before for t in tokens[j:k + 1]):
        return None   # a place on the next line belongs to something else
    texts = [t.text for t in tokens[k:k + limit]]
    best, best_end = None, 0
    for a in range(len(texts)):
        if texts[a] in (".", ";", "!", "?", ")") or (a > 0 and tokens[k + a].nl_before):
            break
        if best and a > best_end + 1:
            break   # "X, Bangalore, supported by UK ...": only "CITY, COUNTRY" goes on after a city
        for width in (4, 3, 2, 1):
            phrase = " ".join(texts[a:a + width])
            iso = L.place_country(phrase)
            if iso:
                if _n(phrase).casefold() in L.COUNTRY_NAMES:
                    return iso   # a country beats the city before it
                best, best_end = best or iso, a + width
                break
    return best


def _country_in(words: list[str]) -> str | None:
    for width in (4, 3, 2, 1):
        for k in range(len(words) - width + 1):
            iso = L.place_country(" ".join(words[k:k + width]))
            if iso:
                return iso
    return None


# ---------------------------------------------------------------- Persian

# Words that end a Persian name: function words, verbs, and the nouns that follow a name in
# news prose (the nominal half of a compound verb ends it too: "... تاکید کرد", "... بازدید نمود")
_FA_STOP = L.word_set("""از به با در را که و برای تا نیز هم این آن ها های هایی ای خود ما شما ایشان وی بر پس
ضمن روز سال ماه طی جهت درباره همراه توسط یا اما ولی چون اگر همواره همچنین سپس گفت گفته است بود هستیم
هست هستند شد شدند کرد کردند نمود نمودند کرده شده گردید رسید آمد آمده رفت رفتند داشت داشتند دارد دارند
باشد باشند شود شوند کند کنند نماید نمایند گیرد گرفت گرفتند دهد داد دادند میباشد می نمی بوده محل سالن
مقر عنوان تحت حضور دیدار نشست جلسه همکاری تفاهم ریاست هیئت هیات تاکید بازدید امضای میان افزود گفتگو
مورد جمع کشورهای چنین یک دو سه چهار پنج دیگر هر همه برخی بسیاری گزارش روابط عمومی شامل ارائه ابراز
تشکر میزبان میزبانی استقبال توضیحاتی توضیحات قرار اعزام برگزار ایجاد توسعه گسترش بررسی امضا انعقاد
دعوت سفر ملاقات شرکت همکاران اعضای دانشجویان اساتید استادان کارکنان مسئولان مسئولین وارد خارج قدردانی
اعلام حمایت آغاز عقد تبادل معرفی پیشنهاد موافقت دریافت کسب صحبت سخنرانی مذاکره رایزنی بین
صبح ظهر عصر شب بامداد امروز دیروز فردا امشب هفته گذشته اخیرا اخیر
متبوع متبوعش متبوعشان متبوعم متبوعمان
تمدید تجدید تصویب تقدیر تبریک تشکیل تعیین پیگیری ارسال تقویت تسهیل تبیین تشریح انجام
آماده آمادگی خواستار پذیرش اشاره
اجرا وابسته منعقد دنبال فراهم برقرار مطرح اعطا
آشنا ساخت ساختند سازد سازند آگاه تهیه خبر عازم بتواند بتوانند تواند توانند
دانست دانستند داند دانند خواند خواندند""".split())   # time words end a name
# (the last lines: nominal halves of compound verbs, "... اجرا می کنیم", "... آشنا ساخت", and "وابسته به"
# (affiliated to), which relates a hospital or institute to the university named next; verbs that close
# a sentence: "... را از اولویت های وزارت دانست" (held it a priority of the ministry))
_FA_AFFAIRS_OF = L.word_set("دانشجویان اساتید استادان کارکنان".split())
# field words a name goes on with after "و" ("علم و صنعت", "کشاورزی و منابع طبیعی")
_FA_FIELD = L.word_set("""علم علوم صنعت فناوری فنون فن تکنولوژی منابع طبیعی آموزش پزشکی درمان بهداشت تحقیقات
پژوهش هنر هنرها معماری مهندسی ادبیات زبان زبانها فرهنگ ارتباطات اقتصاد مدیریت کشاورزی دامپزشکی
توانبخشی بهزیستی ورزش تربیت بدنی معارف اسلامی نفت حمل نقل صنایع معادن تجارت رسانه نوآوری""".split())
# words that say what kind of university it is: a short name is not the same institution
# as a longer one that adds one of these ("دانشگاه اصفهان" vs "دانشگاه صنعتی اصفهان")
_TYPE_WORDS = L.word_set("""صنعتی علوم پزشکی فنی هنر تربیت مدرس کشاورزی آزاد پیام نور علمی کاربردی
технический технологический педагогический медицинский аграрный экономический гуманитарный
лингвистический архитектурный юридический technical technology technological medical
pedagogical agricultural science sciences""".split())
_FA_GENERIC = L.word_set("""صنعتی دولتی آزاد برتر جامع ایرانی خارجی کشور دیگر معتبر بزرگ ملی عراقی چینی
روسی همکار طرف مقابل مادر منطقه استان شهر معتبر بین المللی غیرصنعتی تراز ذکر شده فوق مذکور مربوطه
مقصد مبدا مبدأ هدف مهمان میهمان پذیرنده خارجی داخلی نمونه منتخب پیشرو خصوصی غیرانتفاعی دولتی
جهان دنیا جهانی متبوع مرکزی""".split())   # ("دانشگاه متبوع": the speaker's own university)
_FA_TAKING_PART = L.word_set("کنندگان کننده کنند کرد کردند داشت داشتند نمود نمودند می فعال فعالانه".split())
_FA_OFFICE_OF = L.word_set(["ریاست", "معاونت", "مدیریت", "علمیه"])
_FA_NATIONAL = L.word_set(["ملی", "دولتی", "فدرال"])
_FA_INTERNATIONAL = L.word_set(["بین", "المللی"])   # "بین‌المللی" names as much as it describes
_FA_STATE_WORDS = L.word_set("جمهوری اسلامی خلق دموکراتیک فدرال پادشاهی کشور".split())
_FA_NUMBERS = L.word_set("این آن همین همان دو سه چهار پنج شش هفت هشت نه ده هر چند کدام برخی تمام تمامی همه یک".split())
_FA_POST_WORDS = {p.split()[0] for p, _ in L.FA_POSTS}
_FA_PRESENT_PREFIX = L.word_set(["می", "نمی"])
_FA_LIGHT_VERBS = L.word_set("شود شوند کند کنند گردد گردند نماید نمایند".split())
_FA_AUXILIARIES = L.word_set("می نمی شد شده شدند شود شوند است هستند اند بود بودند خواهد خواهند گردید گردیدند".split())


def _fa_mentions(doc: Document, tokens: list[Tok]) -> list[Mention]:
    out: list[Mention] = []
    heads = dict(L.FA_HEADS)
    multi = [(h.split(), kind) for h, kind in L.FA_MULTI_HEADS.items()]
    i = 0
    while i < len(tokens):
        t = tokens[i]
        kind, hlen = None, 1
        for words, k in multi:
            if [x.text for x in tokens[i:i + len(words)]] == words:
                kind, hlen = k, len(words)
                break
        if kind is None:
            kind = heads.get(t.text)
        if kind is None:   # (a glued plural such as "دانشگاههای" is no head word either)
            i += 1
            continue
        # "این دانشگاه", "دو دانشگاه", "دانشگاه های ...": a kind of institution, not a name
        prev = tokens[i - 1].text if i else ""
        nxt = tokens[i + hlen].text if i + hlen < len(tokens) else ""
        if nxt in ("های",) and kind == "University" and prev not in _FA_NUMBERS:
            listed = _fa_plural_list(tokens, i + hlen + 1, t.text)
            if listed:
                out.extend(listed)
                last = listed[-1].end
                i = next((k for k in range(i, len(tokens)) if tokens[k].start >= last), len(tokens))
                continue
        if prev in _FA_NUMBERS or prev.isdigit() or nxt in ("ها", "های", "هایی", "ای", "ی") or nxt in L.FA_PLURAL_CLITICS:
            i += hlen
            continue
        j = i + hlen
        words: list[Tok] = []
        while j < len(tokens) and len(words) < 8:
            w = tokens[j]
            if w.text == "«" and words and not w.nl_before:
                # "دانشگاه ملی پژوهشی «انستیتو انرژی مسکو»": the kind, then its own name in quotes
                close = next((k for k in range(j + 1, min(j + 7, len(tokens))) if tokens[k].text == "»"), None)
                inner = tokens[j + 1:close] if close else []
                if len(inner) >= 2 and all(re.match(r"\w", x.text) and not x.nl_before for x in inner):
                    words += inner
                    j = close + 1
                break
            if w.nl_before or not re.match(r"\w", w.text) or w.text in L.FA_TITLES or w.text in heads:
                break
            if w.text == _n("و"):
                if j + 1 < len(tokens) and tokens[j + 1].text in _FA_FIELD and not tokens[j + 1].nl_before:
                    words.append(w)
                    j += 1
                    continue
                break
            # "دانشگاه ملی قزاقستان به نام فارابی": "named after" goes on with the name
            if w.text == _n("به") and j + 2 < len(tokens) and tokens[j + 1].text == _n("نام") \
                    and words and re.match(r"\w", tokens[j + 2].text) and tokens[j + 2].text not in _FA_STOP:
                words += [w, tokens[j + 1]]
                j += 2
                continue
            # "بین" ends a name ("... بین دو دانشگاه") except in "بین المللی"
            # ("سازمان امور دانشجویان": after "affairs" the people it serves are part of the name)
            if w.text in _FA_STOP and not (w.text == _n("بین") and j + 1 < len(tokens) and
                                           tokens[j + 1].text == _n("المللی")) \
                    and not (words and words[-1].text == _n("امور") and w.text in _FA_AFFAIRS_OF):
                break
            if w.text in _FA_POST_WORDS or w.text in L.FA_UNITS or w.text.isdigit():
                break
            words.append(w)
            j += 1
        while words and (words[-1].text == _n("و") or words[-1].text in _FA_STOP) \
                and not (len(words) > 1 and words[-2].text == _n("امور") and words[-1].text in _FA_AFFAIRS_OF):
            words.pop()
        # "... دانشگاه پذیرفته می شوند", "دانشگاه سپرده شد": a past participle before its auxiliary
        # is the sentence's verb, not a word of a name
        if words and j < len(tokens) and tokens[j].text in _FA_AUXILIARIES and not tokens[j].nl_before \
                and words[-1].text.endswith((_n("ته"), _n("ده"))):
            words.pop()
        # "... هزینه از بودجه دانشگاه پرداخت می شود": a word before a present-tense light verb is the
        # nominal half of the sentence's compound verb
        if words and j + 1 < len(tokens) and tokens[j].text in _FA_PRESENT_PREFIX and not tokens[j].nl_before \
                and tokens[j + 1].text in _FA_LIGHT_VERBS:
            words.pop()
        if not words or (kind == "Company" and (len(words) < 2 or words[0].text in _FA_TAKING_PART)):
            i += hlen
            continue
        head_text = " ".join(x.text for x in tokens[i:i + hlen])
        name_words = [w.text for w in words]
        name = head_text + " " + " ".join(name_words)
        end = words[-1].end
        country = None
        core_words = list(name_words)
        for width in (3, 2, 1):   # "دانشگاه شیامن چین", "... جمهوری خلق چین"
            if len(core_words) > width:
                tail = " ".join(core_words[-width:])
                if tail.casefold() in L.COUNTRY_NAMES:
                    country = L.COUNTRY_NAMES[tail.casefold()]
                    core_words = core_words[:-width]
                    # "... جمهوری آذربایجان": the words of a state's long name go with it
                    while len(core_words) > 1 and core_words[-1] in _FA_STATE_WORDS:
                        core_words = core_words[:-1]
                    break
        # ("دانشگاه قزاقستانی": "the Kazakh university", a reference to one named elsewhere)
        content = [w for w in core_words if w not in _FA_GENERIC and w != _n("و")
                   and not (len(core_words) == 1 and L.adjective_country(w, "fa"))]
        has_field = any(w in _FA_FIELD for w in content)
        proper = [w for w in content if w not in _FA_FIELD]
        named = bool(proper) or (has_field and (country is not None or _country_in(core_words) is not None)) \
            or (_n("و") in core_words and sum(w in _FA_FIELD for w in core_words) >= 2) \
            or (len(content) >= 2 and not all(w in _TYPE_WORDS for w in content))
        # ("علم و فرهنگ", "صنعت نفت": fields that together name one; "علوم پزشکی" says a kind)
        if kind == "GovernmentBody" and content:
            named = True   # "وزارت علوم": a ministry is named by its field
        if any(w == _n("کشور") for w in name_words) or " ".join(name_words).casefold() in L.COUNTRY_NAMES:
            named = False   # "دانشگاه کشور تاجیکستان", "دانشگاه تاجیکستان": a university of a country
        elif country is not None and core_words and all(w in _FA_NATIONAL for w in core_words):
            named = True    # "دانشگاه ملی تاجیکستان": the national university of a country is one
        m = Mention(t.start, end, name, "fa", kind, named)
        m.country = country or _country_after(tokens, j) or _country_in(core_words)
        # the country written after a name is where it is, not which one it is ("دانشگاه کازان
        # روسیه"), unless the rest only says what kind it is ("دانشگاه علوم پزشکی تاجیکستان")
        ident = core_words if proper else name_words
        m.tokens = frozenset([L.FA_HEAD_SYNONYMS.get(head_text, head_text)] + [w for w in ident if w != _n("و")])
        m.place_tokens = frozenset(name_words) - m.tokens
        if core_words != name_words:
            m.extra_labels.append(head_text + " " + " ".join(core_words))
        out.append(m)
        i = j
    return out


def _fa_plural_list(tokens: list[Tok], j: int, head: str) -> list[Mention]:
    """"دانشگاه‌های بوعلی سینا و بین‌المللی دی‌هشت": a plural head before a list of names is
    one institution per name. Only a list of two or more names that all are names counts;
    "دانشگاه های برتر کشور" or "دانشگاه های ایران و روسیه" is no list of institutions."""
    names: list[list[Tok]] = [[]]
    while j < len(tokens) and len(names) <= 6:
        w = tokens[j]
        if w.nl_before:
            break
        if w.text in (",", _n("و")):
            if not names[-1]:
                break
            names.append([])
            j += 1
            continue
        inside_word = w.text == _n("بین") and j + 1 < len(tokens) and tokens[j + 1].text == _n("المللی")
        if not re.match(r"\w", w.text) or (w.text in _FA_STOP and not inside_word) or w.text in L.FA_TITLES or \
                w.text in _FA_POST_WORDS or w.text in L.FA_HEADS or len(names[-1]) >= 4:
            break
        names[-1].append(w)
        j += 1
    names = [n for n in names if n]
    if len(names) < 2:
        return []
    if j < len(tokens) and tokens[j].text in L.FA_PLURAL_SUFFIXES:
        return []   # "دانشگاه های اقلیم و اجرای طرح های ...": the last item is a plural noun, so prose
    out = []
    for n in names:
        words = [w.text for w in n]
        # every item must be a name: one generic word ("معتبر", "برتر", "جهان") and it is prose
        if any((w in _FA_GENERIC and w not in _FA_INTERNATIONAL) or w in _FA_STATE_WORDS for w in words) \
                or all(w in _FA_FIELD for w in words) \
                or " ".join(words).casefold() in L.COUNTRY_NAMES or L.adjective_country(words[0], "fa"):
            return []
        m = Mention(n[0].start, n[-1].end, head + " " + " ".join(words), "fa", "University", True)
        m.tokens = frozenset([head] + words)
        m.country = _country_in(words)
        out.append(m)
    return out


# ---------------------------------------------------------------- Arabic

_AR_STOP = L.word_set("""في من إلى الى على عن مع بين حيث التي الذي الذين و أو ثم قد لقد خلال عقب بعد قبل منذ
ضمن لدى عند هذه هذا ذلك تلك كما وقد حول عبر نحو لها له التابعة اليوم أمس الماضي الحالي الجاري المقبل
القادم العريقة وفد وفدا وفداً مذكرة اتفاقية بحضور برئاسة يرافقه ترافقه نيابة ممثلا لبحث لمناقشة
للفترة لفترة الفترة لمدة للمدة للعام لعام
المكلف المكلفة المكلفين بالنيابة تأسست تأسس أسست""".split() + L.AR_WEEKDAYS)
# (periods and weekdays end a name: "برعاية الوزارة للفترة من ...", "جامعة X الخميس"; so does
# "in charge of" that goes on with a post: "نائب رئيس الجامعة المكلف بالبحث العلمي")
_AR_POST_WORDS = {p.split()[0] for p, _ in L.AR_POSTS}
# adjectives that say what kind of university, not which ("جامعة حكومية", "الجامعة المضيفة")
_AR_GENERIC = L.word_set("""الحكومية الأهلية العراقية الأخرى المذكورة حكومية أهلية عراقية أجنبية عربية رصينة
عالمية دولية مرموقة المضيفة الشريكة الأم الرصينة العالمية متخصصة المتخصصة""".split())
# "وكيل جامعة X للدراسات العليا", "نائب رئيس جامعة X للبحث العلمي": a post's portfolio, not a name
_AR_PORTFOLIO_END = L.word_set("العليا العلمي".split())
_AR_NAME_END = L.word_set("للشؤون لشؤون للشؤؤن للعلاقات لعلاقات".split())   # "نائب رئيس جامعة X للشؤون الدولية": the post goes on
# the object that follows a name ("أن تستضيف جامعة حلب الدورة الثانية من المؤتمر"): an event, not the name
# a definite verbal noun of the derived forms (VIII "الالتحاق", X "الاستفادة", VII "الانضمام")
# after a name is what it does ("يتيح لطلبة جامعة X الالتحاق بـ"), not part of the name
_AR_VERBAL_NOUN = re.compile(_n(r"^ال[اإ](?:[^\W\d]ت[^\W\d]ا[^\W\d]|ست[^\W\d]{1,2}ا[^\W\d]ة?|ن[^\W\d]{2}ا[^\W\d])$"))
# "في مكتبة الجامعة التدريب على ...": a verbal noun of the pattern "التفعيل" after the definite
# head is what happened there, not a naming adjective
_AR_TAFIL = re.compile(_n(r"^الت[^\W\d]{2}ي[^\W\d]$"))
# "أحيل إلى وزارة X للموافقة": what a body is asked for ends its name
_AR_APPROVAL_PURPOSE = L.word_set("للمصادقة للموافقة للتصديق للاعتماد للإقرار".split())
_AR_EVENT_NOUNS = L.word_set("الدورة الطبعة المؤتمر الندوة الاجتماع اللقاء الزيارة الورشة الملتقى المنتدى".split())
_AR_VENUES = L.word_set("المؤتمرات المعارض".split())   # a conference or exhibition centre: a place, not a body
_AR_PLURAL = L.word_set("الجامعات جامعات الكليات كليات الوزارات المؤسسات المؤسستين الجامعتين".split())


# words after which an Arabic name goes on with a personal name (no article)
# ("شهيد" without the article: a name taken over from Persian, "جامعة شهيد X")
_AR_NAMING = L.word_set("الملك الأمير الامير الإمام الامام السلطان الشهيد شهيد الرئيس أبو أبي أبا".split())
_AR_NASAB = L.word_set("بن بنت ابن".split())
# "أعضاء هيئة التدريس" (teaching staff), "اتحاد المشروع" (the project's consortium): a head word
# that names no body
_AR_NOT_NAME = L.word_set("التدريس التدريسية تدريس الطلبة الطلاب مشروع المشروع".split())
_AR_ACADEMIC = _n("أكاديمية")   # an academy, and the adjective "academic"



# heads that may name an institution in the definite, with naming adjectives ("الجمعية العلمية الملكية")
_AR_DEFINITE_HEADS = {_n(w) for w in ("جمعية", "معهد", "مركز", "أكاديمية", "هيئة", "مؤسسة")}
# "المركز القومي للبحوث", "المجلس الوطني للبحوث العلمية": a national body named by one adjective
# of the state and its field ("for research"); a council only so ("المجلس العلمي" is a unit's)
_AR_STATE_BODY_ADJ = L.word_set(["القومي", "الوطني", "الأعلى", "الاتحادي"])
_AR_STATE_BODY_HEADS = _AR_DEFINITE_HEADS | {_n("مجلس")}


def _ar_definite_name(tokens: list[Tok], i: int, word: str, skip: int) -> tuple[Mention, int] | None:
    """"الجمعية العلمية الملكية", "المعهد الوطني العالي": a definite head with two naming adjectives
    at least (one adjective, "الهيئة التدريسية", "المركز الإعلامي", names a kind, not one), or one
    adjective of the state and a field ("المركز القومي للبحوث", "المجلس الوطني للبحوث العلمية")."""
    if word[:1] in "وفب" and word[1:3] == "ال":
        word, skip = word[1:], skip + 1          # "والجمعية العلمية": "and the society"
    elif word.startswith("لل"):
        word, skip = "ا" + word[1:], skip + 1    # "للجمعية": "for the society"
    if not (word.startswith("ال") and word[2:] in _AR_STATE_BODY_HEADS):
        return None
    adjs: list[Tok] = []
    j = i + 1
    while j < len(tokens) and len(adjs) < 4:
        wt = tokens[j].text
        if tokens[j].nl_before or not wt.startswith("ال") or wt in _AR_STOP or wt in _AR_GENERIC \
                or wt in L.AR_TITLES or wt in _AR_EVENT_NOUNS or wt in _AR_PLURAL or wt in _AR_NOT_NAME \
                or wt == L.AR_UNIVERSITY_ADJ or wt[2:] in L.AR_HEADS:
            break
        adjs.append(tokens[j])
        j += 1
    if len(adjs) == 1 and adjs[0].text in _AR_STATE_BODY_ADJ:
        adjs += _ar_state_body_field(tokens, j)
        j = i + 1 + len(adjs)
    if len(adjs) < 2 or (word[2:] not in _AR_DEFINITE_HEADS and not adjs[1].text.startswith("لل")):
        return None
    names = [a.text for a in adjs]
    m = Mention(tokens[i].start + skip, adjs[-1].end, word + " " + " ".join(names), "ar",
                L.AR_HEADS.get(word[2:], "Institution"), True)
    m.country = next(filter(None, (L.adjective_country(w, "ar") for w in names)), None) or _country_after(tokens, j)
    m.tokens = frozenset([word] + names)
    return m, j


def _ar_state_body_field(tokens: list[Tok], j: int) -> list[Tok]:
    """"للبحوث العلمية" after "المجلس الوطني": the field ("for ...") and its definite adjectives."""
    if j >= len(tokens) or tokens[j].nl_before or not tokens[j].text.startswith("لل") or tokens[j].text in _AR_STOP \
            or tokens[j].text in _AR_NAME_END:
        return []
    field = [tokens[j]]
    for k in range(j + 1, min(j + 3, len(tokens))):
        wt = tokens[k].text
        if tokens[k].nl_before or not wt.startswith("ال") or wt in _AR_STOP or wt in _AR_GENERIC or wt in L.AR_TITLES:
            break
        field.append(tokens[k])
    return field


def _ar_strip_clitic(word: str, heads) -> tuple[str, int]:
    """"وجامعة" -> ("جامعة", 1): a conjunction or preposition written onto the head word."""
    for p in ("و", "ب", "ل", "ف", "وب", "ول"):
        if word.startswith(p) and word[len(p):] in heads:
            return word[len(p):], len(p)
    return word, 0


_AR_STATE_ADJ = L.word_set(["الحكومية", "الوطنية"])
# heads that an indefinite adjective of field describes rather than names ("مؤسسة بحثية", "مركز
# بحثي"); not a company ("شركة هواوي" ends like an adjective) nor a university
_AR_KIND_HEADS = L.word_set(["مركز", "معهد", "مؤسسة", "هيئة", "اتحاد", "جمعية", "رابطة"])
_AR_NISBA_END = re.compile(_n(r"(?:ي|ية)$"))


def _ar_indefinite_purpose(word: str) -> bool:
    """"لتعليم", "لدعم": "for" on a noun without the article says what an indefinite centre or
    institute is for ("لل..." keeps the article of a name: "مركز للدراسات ..."; a place is a name)."""
    return word.startswith(_n("ل")) and not word.startswith(_n("لل")) and len(word) > 3 \
        and not L.place_country(word) and not _is_city(word)


def _ar_indefinite_adjective(word: str) -> bool:
    """"بحثي", "علمية": a relational adjective without the article (not a place such as "دبي")."""
    return not word.startswith(_n("ال")) and bool(_AR_NISBA_END.search(word)) and not L.place_country(word) \
        and not L.adjective_country(word, "ar")


_AR_NUMBER = re.compile(r"^[1-9١-٩]$")
_AR_NUMBER_GOES_ON = re.compile(r"^(?:[/\-.:%٪]|\d)")
_AR_MONTHS = {w for table in (_dates._AR_GREG_NAMES, _dates._HIJRI_NAMES) for w in table}
# words that a day number follows ("يوم 5 مايو"): not part of a name
_AR_TIME_WORDS = L.word_set("يوم يومي عام سنة الساعة رقم العدد المادة".split())


def _ar_number_at(tokens: list[Tok], k: int) -> bool:
    """"1" in "جامعة وهران 1 ...": a one-digit number closing a name, not a day ("1 مايو"), a
    date or a figure ("1/5", "1.5")."""
    if k >= len(tokens) or tokens[k].nl_before or not _AR_NUMBER.match(tokens[k].text):
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return not _AR_NUMBER_GOES_ON.match(nxt) and nxt not in _AR_MONTHS


def _ar_line_end_word(tokens: list[Tok], j: int) -> bool:
    """A plain word (no article, time word, title or post) that closes its line."""
    wt = tokens[j].text
    return (j + 1 >= len(tokens) or tokens[j + 1].nl_before) and not wt.startswith(("ال", "و")) \
        and wt not in _AR_TIME_WORDS and wt not in L.AR_TITLES and wt not in _AR_POST_WORDS


def _ar_name_rest(tokens: list[Tok], j: int) -> list[Tok]:
    """One or two words without the article that end in a city: the rest of a name such as
    "جامعة الإخوة منتوري قسنطينة" (not "جامعة الكوفة وفدا")."""
    rest: list[Tok] = []
    for k in range(j, min(j + 3, len(tokens))):
        w = tokens[k]
        wt = w.text
        if w.nl_before or not re.match(r"\w", wt) or _AR_NUMBER.match(wt):
            break
        if rest and _is_city(wt):
            return rest + [w]   # ("وهران" starts like "and ...")
        if wt.startswith(("ال", "وال", "لل", "و")) or wt in _AR_STOP or wt in L.AR_TITLES or wt in _AR_TIME_WORDS \
                or wt in _AR_POST_WORDS or _ar_strip_clitic(wt, L.AR_HEADS)[0] in L.AR_HEADS:
            break
        rest.append(w)
        if _is_city(wt):
            return rest
        if len(rest) == 2:
            break
    return []


def _ar_mentions(doc: Document, tokens: list[Tok]) -> list[Mention]:
    out: list[Mention] = []
    heads = dict(L.AR_HEADS)
    heads_all = set(heads) | {L.AR_COLLEGE}
    i = 0
    while i < len(tokens):
        t = tokens[i]
        word, skip = _ar_strip_clitic(t.text, heads_all | {L.AR_UNIVERSITY_ADJ})
        definite = word == L.AR_UNIVERSITY_ADJ
        if definite:
            # "الجامعة المستنصرية", "الجامعة التكنولوجية": the definite head with a naming adjective
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            # (with a country adjective it is a name too: "الجامعة الأردنية", "الجامعة اللبنانية")
            if not nxt.startswith("ال") or (nxt in _AR_GENERIC and not L.adjective_country(nxt, "ar")) \
                    or nxt in L.AR_TITLES or nxt in _AR_STOP or tokens[i + 1].nl_before or _AR_TAFIL.match(nxt):
                i += 1
                continue
        elif word not in heads_all:
            found = _ar_definite_name(tokens, i, word, skip)
            if found is not None:
                out.append(found[0])
                i = found[1]
                continue
            i += 1
            continue
        j = i + 1
        words: list[Tok] = []
        while j < len(tokens) and len(words) < 6:
            w = tokens[j]
            wt = w.text
            if w.nl_before or not re.match(r"\w", wt) or wt in L.AR_TITLES or wt in _AR_STOP \
                    or wt in _AR_APPROVAL_PURPOSE:
                break
            if _ar_strip_clitic(wt, heads_all)[0] in heads_all or wt in _AR_POST_WORDS:
                break
            if wt != L.AR_UNIVERSITY_ADJ and _ar_strip_clitic(wt, {L.AR_UNIVERSITY_ADJ})[0] == L.AR_UNIVERSITY_ADJ:
                break   # "جامعة دهوك والجامعة الأردنية": "and the University of ..." starts the next one
            if wt[:1] == "و" and wt[1:3] == "ال" and wt[3:] in _AR_STATE_BODY_HEADS:
                break   # "جامعة X والجمعية العلمية ...", "... والمجلس الوطني ...": "and the society ..." starts the next one
            if words and _ar_number_at(tokens, j) and not _AR_NUMBER.match(words[-1].text):
                words.append(w)   # "جامعة وهران 1", "جامعة الجزائر 2": the number of a split university
                j += 1
                continue
            if words and not (wt.startswith("ال") or wt.startswith("وال") or wt.startswith("لل")):
                prev = words[-1].text
                # "جامعة الإخوة منتوري قسنطينة", "جامعة أبي بكر بلقايد تلمسان": a family name
                # and the city the university is in go on with the name
                rest = _ar_name_rest(tokens, j)
                if rest:
                    words += rest
                    j += len(rest)
                    continue
                # "جامعة الملك سعود", "جامعة الإمام محمد بن سعود": a person's name inside the name
                if prev in _AR_NAMING or wt in _AR_NASAB or prev in _AR_NASAB or prev == _n("عبد"):
                    words.append(w)
                    j += 1
                    continue
                # "جامعة عبد الرحمان ميرة - بجاية": the family name after a first name "عبد X", and
                # the city after a dash
                if len(words) == 2 and words[0].text == _n("عبد") and wt not in _AR_STOP and wt not in L.AR_TITLES \
                        and wt not in _AR_POST_WORDS and not _is_city(wt):
                    words.append(w)
                    j += 1
                    if j + 1 < len(tokens) and tokens[j].text in ("-", "–") and not tokens[j + 1].nl_before \
                            and _is_city(tokens[j + 1].text):
                        words += [tokens[j], tokens[j + 1]]
                        j += 2
                    break
                # a city of two words: "جامعة سانت بطرسبرغ البوليتكنيكية"
                if _is_city(prev + " " + wt):
                    words.append(w)
                    j += 1
                    continue
                # "جامعة السوربون أبوظبي": the city of a branch closes the name
                if _is_city(wt):
                    words.append(w)
                    j += 1
                # "مؤسسة روسكي مير.": a foreign name of two words without the article, at a clause end
                # (or at the end of a headline's line)
                elif not prev.startswith("ال") and len(words) == 1 and wt not in _AR_STOP and (
                        (j + 1 < len(tokens) and tokens[j + 1].text in (".", ",", "؛", ";"))
                        or _ar_line_end_word(tokens, j)):
                    words.append(w)
                    j += 1
                # "جامعة تربيت مدرس للعلوم ...": a foreign name of two words, then the field it is "for"
                elif not prev.startswith("ال") and len(words) == 1 and j + 1 < len(tokens) \
                        and not tokens[j + 1].nl_before and tokens[j + 1].text.startswith(_n("لل")) \
                        and len(tokens[j + 1].text) > 4 and wt not in _AR_STOP and wt not in L.AR_TITLES \
                        and wt not in _AR_POST_WORDS:
                    words.append(w)
                    j += 1
                    continue
                # "جامعة غازي عنتاب التركية": a foreign name of two words, then its country adjective
                # (or the title of the person the post belongs to: "رئيس جامعة غازي عنتاب الأستاذ ...")
                elif not prev.startswith("ال") and len(words) == 1 and j + 1 < len(tokens) \
                        and not tokens[j + 1].nl_before and (L.adjective_country(tokens[j + 1].text, "ar")
                                                             or tokens[j + 1].text in L.AR_TITLES) \
                        and wt not in _AR_STOP and wt not in L.AR_TITLES:
                    if tokens[j + 1].text in L.AR_TITLES:
                        words.append(w)
                        j += 1
                    else:
                        words += [w, tokens[j + 1]]
                        j += 2
                break   # after the first word a name goes on with article words only
            if wt in _AR_PLURAL or wt in _AR_NAME_END or wt in _AR_EVENT_NOUNS or _AR_VERBAL_NOUN.match(wt):
                break
            words.append(w)
            j += 1
        # "جامعة ... للبوليتكنيك في سانت بطرسبرغ": a name that ends with its field ("for X") may
        # go on with the city it is in (one or two words after "في"); ("جامعة الكوفة في النجف"
        # says where a university is, its name ends before "في")
        if words and not definite and words[-1].text.startswith(_n("لل")) and j + 1 < len(tokens) \
                and tokens[j].text == _n("في") and not tokens[j].nl_before and not tokens[j + 1].nl_before:
            city = [tokens[j + 1]]
            if j + 2 < len(tokens) and L.place_country(tokens[j + 1].text + " " + tokens[j + 2].text):
                city.append(tokens[j + 2])
            place = " ".join(x.text for x in city)
            if _is_city(place):
                words += [tokens[j]] + city
                j += 1 + len(city)
        if not words:
            i += 1
            continue
        name_words = [w.text for w in words]
        adj_country, short = None, None
        if len(words) > 1 and L.adjective_country(name_words[-1], "ar") and not definite:
            # "جامعة أستون البريطانية": the country adjective says where; the name without it is a label too
            adj_country = L.adjective_country(name_words[-1], "ar")
            short = word + " " + " ".join(name_words[:-1])
        if name_words[0] in _AR_NOT_NAME:
            i += 1
            continue
        if word == _AR_ACADEMIC and not definite and len(words) == 1 and not L.place_country(name_words[0]) \
                and (_ar_indefinite_adjective(name_words[0]) or name_words[0].endswith(_n("ة"))):
            i += 1
            continue   # "شراكات أكاديمية نوعية": "academic" describing a noun, then another (feminine) adjective
        if definite:
            # "الجامعة البيلاروسية الحكومية" (Belarusian State University): "state" or "national"
            # after a country's adjective is part of the name
            keep = 2 if len(words) > 1 and name_words[1] in _AR_STATE_ADJ and _AR_NISBA_END.search(name_words[0]) \
                else 1
            # "الجامعة الوطنية التقنية البيلاروسية": adjectives of kind, then the country's adjective
            # that closes the name
            for k in range(1, min(len(words), 3)):
                if L.adjective_country(name_words[k], "ar") and not L.adjective_country(name_words[0], "ar") \
                        and all(_AR_NISBA_END.search(x) for x in name_words[:k]):
                    keep = max(keep, k + 1)
                    break
            words, name_words = words[:keep], name_words[:keep]
            j = i + 1 + keep
        is_college = word == L.AR_COLLEGE
        kind = heads.get(word, "University")
        unit = False
        if is_college:
            if L.AR_UNIVERSITY_ADJ in name_words:   # "كلية دجلة الجامعة": a university college
                cut = name_words.index(L.AR_UNIVERSITY_ADJ) + 1
                words, name_words = words[:cut], name_words[:cut]
            else:
                unit = True
        if word == _n("مركز") or word == _n("معهد"):
            kind = "ResearchInstitute"
        name = word + " " + " ".join(name_words)
        generic = all(w in _AR_GENERIC or L.adjective_country(w, "ar") for w in name_words) and not definite
        if word in _AR_KIND_HEADS and not definite and _ar_indefinite_adjective(name_words[0]) \
                and all(_ar_indefinite_adjective(w) or w.startswith(_n("لل")) for w in name_words):
            generic = True   # "مركز بحثي مشترك", "مؤسسة بحثية": a kind of centre or body, not one named
        if word == _n("مركز") and name_words[0] in _AR_VENUES:
            generic = True   # "مركز المؤتمرات بالمدينة الجامعية": the hall an event is held in
        if word in _AR_KIND_HEADS and not definite and _ar_indefinite_purpose(name_words[0]):
            i += 1
            continue   # "إنشاء مركز لتدريب المعلمين": a centre "for training", described, neither named nor a unit
        m = Mention(t.start + skip, words[-1].end, name, "ar", kind, not generic)
        if short:
            m.extra_labels.append(short)
        m.country = adj_country or _country_after(tokens, j) or _country_in(name_words) or next(
            (L.adjective_country(w, "ar") for w in name_words if L.adjective_country(w, "ar")), None)
        m.tokens = frozenset([word] + name_words)
        if unit:
            m.unit_of = -1
        out.append(m)
        i = j
    return out


# ---------------------------------------------------------------- Russian

# ЛГТУ, ТашГТУ, УрФУ, СПбГУ: capitals with at most a few small letters between them
_RU_STATES = {"советский союз"}


def _object_after_ministry(lemma: str, head, tail, lemma_of) -> bool:
    """"выделение министерством стипендий": a lower-case genitive after a lower-case "министерство"
    that is no portfolio (a field or the adjective of one) is the object of the sentence, not its name."""
    return lemma == "министерство" and head.text[:1].islower() and all(w.text[:1].islower() for w in tail) \
        and lemma_of(tail[0]) not in L.RU_FIELDS and lemma_of(tail[0]) not in L.RU_PORTFOLIOS


def _ru_portfolio_list_goes_on(toks, j: int, lemma_of) -> bool:
    """After the comma at toks[j]: lower-case genitives of fields up to an "и" and one more
    ("..., высшего образования и инноваций") carry a ministry's portfolio list on."""
    k = j + 1
    while k < len(toks) and toks[k].text[:1].islower() and toks[k].feats.get("Case") == "Gen" \
            and toks[k].pos in ("NOUN", "ADJ") and lemma_of(toks[k]) not in L.RU_HEADS:
        k += 1
    return k > j + 1 and k + 1 < len(toks) and toks[k].text.lower() == "и" \
        and toks[k + 1].feats.get("Case") == "Gen" and toks[k + 1].text[:1].islower()


def _loose_participle(tok, head) -> bool:
    """A lowercase participle in another case than the head does not qualify it: "Форум,
    организованный Министерством ...": the forum was organised, not the ministry."""
    if tok.pos != "VERB" or not tok.text[:1].islower():
        return False
    # (nor in another gender: "Анна, представляющая Министерство ...": she represents it)
    return any(tok.feats.get(f) is not None and head.feats.get(f) is not None and tok.feats[f] != head.feats[f]
               for f in ("Case", "Gender"))


# (two joined by a hyphen are one name too: "КНИТУ-КАИ", the new and the historical acronym)
_RU_ACRONYM = re.compile(r"^[А-ЯЁ](?:[А-ЯЁ]|[а-яё]{1,3}(?=[А-ЯЁ])){1,7}(?:-[А-ЯЁ]{2,6})?$")
_RU_NOT_ACRONYM = {"ФГБОУ", "ФГАОУ", "ГБОУ", "ВО", "РФ", "США", "КНР", "ОАЭ", "СССР", "СНГ", "ЕС", "ООН",
                   "ЮНЕСКО", "БРИКС", "ШОС", "ИТ", "ВУЗ", "ЕГЭ", "ОГЭ", "НИР", "НИОКР", "ДПО", "ПО", "АНО",
                   "ООО", "ОАО", "ПАО", "ЗАО", "ТВ", "СМИ", "ВВП", "ДНК", "ЕАЭС", "АТЭС", "ИИ", "НИУ", "ФГБУ", "ФГУП"}


def _ru_lemma_tokens(nlp, words: list[str]) -> frozenset:
    out = set()
    for w in words:
        low = w.lower().strip(".")
        if not low or low in {"имени", "им", "и", "при", "по"} or re.fullmatch(r"([а-яё]\.)+", w.lower()):
            continue
        lem = nlp.lemma(low) if nlp else low
        lem = lem.replace("ё", "е")
        if lem in L.RU_INFORMAL:     # "Политех", "госуниверситет": a nickname of the full form
            out.add(L.RU_INFORMAL[lem])
            out.add("университет")
            continue
        if lem == "политехнический":
            lem = "технический"
        out.add(lem)
    return frozenset(out)


def _ru_mentions(doc: Document, nlp) -> list[Mention]:
    if nlp is None:
        return []
    ndoc = nlp.analyse(doc.norm)
    toks = ndoc.tokens
    out: list[Mention] = []
    sent_starts = {s.tokens[0].start for s in ndoc.sents if s.tokens}
    per_tokens = set()
    per_starts = set()   # first tokens of person names of two words or more
    for span in ndoc.spans:
        if span.type == "PER":
            per_tokens.update(t.start for t in span.tokens)
            if len(span.tokens) >= 2:
                per_starts.add(span.tokens[0].start)

    def lemma_of(tok) -> str:
        return nlp.lemma(tok.text.lower()).replace("ё", "е")

    def is_adj(tok) -> bool:
        if tok.text.lower().startswith(("котор", "чей", "чья", "чьё", "чье", "чьи", "чью", "чьей", "чьего", "чьих")):
            return False   # "школу, которую Самарский университет проводит": a relative word, not a name's part
        if tok.pos in ("ADJ",) or (tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part"):
            return True
        return tok.pos in ("PROPN", "NOUN") and nlp.is_adjective(tok.text.split("-")[-1]) and \
            re.search(r"(ий|ый|ой|ого|ему|ому|им|ым|ом|ем|ая|ую|ее|ое|ей)$", tok.text.lower()) is not None

    def named_after(j: int) -> int | None:
        """End index (exclusive) of "имени Н.Э. Баумана" / "им. Ислама Каримова" starting at j."""
        if j >= len(toks) or toks[j].text.lower() not in ("им", "им.", "имени"):
            return None
        k = j + 1
        if k < len(toks) and toks[k].text == ".":
            k += 1
        initials = False
        while k < len(toks) and re.fullmatch(r"([А-ЯЁ]\.?)+|\.", toks[k].text):
            initials = True
            k += 1
        if k >= len(toks) or not (toks[k].text[:1].isupper() or re.match(r"(?:аль|ал|эль|ибн|де|ди|ван|фон)-", toks[k].text)):
            return None   # ("имени аль-Фараби": an Arabic article written in lower case)
        particle = re.match(r"(?:аль|ал|эль|ибн|де|ди|ван|фон)-", toks[k].text) is not None
        k += 1
        # without initials the full name may follow: "имени Ислама Каримова" (both genitive)
        # ("имени аль-Фараби Ерлан Сагындыков": a name with its particle is whole; a person follows)
        if not initials and not particle and k < len(toks) and toks[k].text[:1].isupper() and toks[k].feats.get("Case") == "Gen" \
                and not _RU_ACRONYM.match(toks[k].text):
            k += 1
        return k

    def is_first_name(tok) -> bool:
        # a first name the dictionary knows; unknown capitalised words are guessed as names too
        return nlp.morph_vocab.word_is_known(tok.text.lower()) and \
            any("Name" in p.tag for p in nlp.parse(tok.text)[:3])

    latin_firms: set[str] = set()
    i = 0
    while i < len(toks):
        t = toks[i]
        # ---- acronyms (ЛГТУ, МГТУ им. Н.Э. Баумана, ИИТ Бомбея)
        if _RU_ACRONYM.match(t.text) and t.text not in _RU_NOT_ACRONYM:
            j, end = i + 1, t.stop
            k = named_after(j)
            if k:
                end = toks[k - 1].stop
                j = k
            # "Омский ГАУ": capitalised adjectives before an acronym give its first letters
            k0 = i
            while k0 > 0 and toks[k0 - 1].text[:1].isupper() and is_adj(toks[k0 - 1]) and \
                    toks[k0 - 1].start not in sent_starts:
                k0 -= 1
            start = toks[k0].start
            surface_ = doc.norm[start:end]
            m = Mention(start, end, nlp.nominative(surface_) if k0 < i else surface_, "ru", "University", True,
                        is_acronym=True)
            m.acronym = t.text
            m.prefix = "".join(x.text[0] for x in toks[k0:i])
            m.uses = sum(1 for x in toks if x.text == t.text)
            if j == i + 1 and j < len(toks) and toks[j].text[:1].isupper() and toks[j].feats.get("Case") == "Gen" \
                    and toks[j].start not in per_tokens and toks[j].pos in ("PROPN", "NOUN"):
                m.tail = lemma_of(toks[j])
            out.append(m)
            i = j
            continue
        lemma = lemma_of(t) if t.pos in ("NOUN", "PROPN") else ""
        if lemma not in L.RU_HEADS:
            i += 1
            continue
        if t.feats.get("Number") == "Plur" and lemma not in ("минобрнауки",):
            i += 1
            continue
        # ---- left: the adjectives that agree with the head
        k = i - 1
        while k >= 0 and is_adj(toks[k]) and toks[k].text.lower() not in ("первый", "второй") \
                and not _loose_participle(toks[k], t):
            k -= 1
            # "Казанский (Приволжский) федеральный университет": an adjective in brackets is part of it
            if k >= 2 and toks[k].text == ")" and is_adj(toks[k - 1]) and toks[k - 2].text == "(" \
                    and k >= 3 and is_adj(toks[k - 3]):
                k -= 3
        left = [x for x in toks[k + 1:i] if x.text not in ("(", ")")]
        if not left and i > 0 and t.text[:1].isupper() and t.start not in sent_starts \
                and toks[i - 1].text[:1].isupper() and toks[i - 1].pos in ("PROPN", "NOUN", "X") \
                and not _RU_ACRONYM.match(toks[i - 1].text) and toks[i - 1].text.lower() not in L.RU_TITLES \
                and not (toks[i - 1].start in sent_starts and toks[i - 1].pos == "NOUN") \
                and "\n" not in doc.norm[toks[i - 1].stop:t.start]:   # (not the line above: a header over a menu)
            # "Назарбаев Университет(а)": a proper name before a capitalised head (not a common
            # noun capitalised only as a headline's first word: "Делегация Университета X")
            left = [toks[i - 1]]
        country = None
        while left and L.adjective_country(left[0].text, "ru") and left[0].text[:1].islower():
            country = L.adjective_country(left[0].text, "ru")   # "иранский университет X"
            left = left[1:]
        # ---- right: genitive tail, "имени ...", "при ...", proper names
        j = i + 1
        tail = []
        quoted = None   # "Институт ядерных наук «Винча»": its own name in quotes after the kind
        while j < len(toks):
            w = toks[j]
            low = w.text.lower()
            if w.text in _RU_OPEN_QUOTES and lemma in _RU_QUOTED_NAME_HEADS:
                # (typed quotes too: 'консорциум "Университеты Большого Алтая"')
                close = next((x for x in range(j + 1, min(j + 6, len(toks)))
                              if toks[x].text == _RU_OPEN_QUOTES[w.text]), None)
                if close and close > j + 1 and toks[j + 1].text[:1].isupper() \
                        and "\n" not in doc.norm[w.start:toks[close].stop]:
                    quoted = (w.start, toks[close].stop)
                    j = close + 1
                break
            if low in ("им", "имени", "им."):
                k2 = named_after(j)
                if k2:
                    tail = toks[i + 1:k2]
                    j = k2
                break
            if low == "при" and j + 1 < len(toks):
                k2 = j + 1
                while k2 < len(toks) and is_adj(toks[k2]):
                    k2 += 1
                if k2 < len(toks) and lemma_of(toks[k2]) in L.RU_HEADS:
                    tail = toks[i + 1:k2 + 1]
                    j = k2 + 1
                break
            if low in L.RU_TITLES or low in ("г.", "г"):
                break
            if w.text == "," and lemma == "министерство" and tail and _ru_portfolio_list_goes_on(toks, j, lemma_of):
                tail.append(w)   # "Министерство культуры, спорта и туризма ...": one portfolio list
                j += 1
                continue
            if w.pos == "PUNCT" or "\n" in doc.norm[toks[j - 1].stop:w.start]:
                break
            if j == i + 1 and t.text[:1].isupper() and _RU_ACRONYM.match(w.text) and w.text not in _RU_NOT_ACRONYM:
                tail.append(w)   # "Университет ИТМО": the acronym is the name
                j += 1
                break
            if _RU_ACRONYM.match(w.text) or re.fullmatch(r"[А-ЯЁA-Z]\.?", w.text):
                break   # an acronym or an initial after the name starts something else
            if low in ("в", "во") and lemma == "посольство" and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                tail.append(w)   # "Посольство ... в Российской Федерации", "... во Вьетнаме"
                j += 1
                continue
            if low == "в" and lemma == "университет" and j == i + 1 and not left and t.text[:1].isupper() \
                    and t.start not in sent_starts and j + 1 < len(toks) and L.place_country(toks[j + 1].text):
                tail += [w, toks[j + 1]]   # "Университет в Нови-Саде": a university named by its city
                j += 2
                break
            if low == "в" and lemma == "университет" and tail and tail[-1] is toks[j - 1] and j + 1 < len(toks) \
                    and lemma_of(toks[j - 1]) in L.COUNTRY_NAMES and _is_city(lemma_of(toks[j + 1])) \
                    and L.place_country(toks[j - 1].text) == L.place_country(toks[j + 1].text):
                tail += [w, toks[j + 1]]   # "Национальный университет Страны в Городе": the state's university of that city
                j += 2
                break
            if tail and toks[j - 1].text.lower() == "и" and lemma_of(w) in L.RU_HEADS:
                tail.pop()      # "Министерство X и Министерство Y": two institutions
                break
            if _RU_NUMBERED_NAME.fullmatch(w.text) and (not tail or tail[-1] is toks[j - 1]):
                # "Университет Сетиф-1": a numbered name closes it (a person may follow), unless
                # "имени ..." goes on
                tail.append(w)
                j += 1
                if j < len(toks) and toks[j].text.lower() in ("им", "имени", "им."):
                    continue
                break
            if w.start in per_tokens and is_first_name(w):
                break   # "ректора ... университета Ильшата Гафурова": the person, not the name
            if w.start in per_starts and w.feats.get("Case") != "Gen" and not tail:
                break   # "вице-президент ... университета Чжан Вэйдун": a name the dictionary does not know
            if w.start in per_starts and not tail and lemma == "университет" \
                    and any(x.text[:1].isupper() and lemma_of(x) not in L.RU_GENERIC_ADJ for x in left):
                break   # "президент Иорданского университета Надер Хасан": the name is whole, a person follows
            if w.start in per_starts and tail and tail[-1].start not in per_tokens:
                break   # "президент Университета Лапландии Антти Хейкинен": a person after the name
            if w.text[:1].isupper() and w.pos in ("PROPN", "NOUN", "X", "ADJ") and (
                    w.start not in per_tokens or j == i + 1 or (tail and tail[-1] is toks[j - 1])):
                if w.pos == "ADJ" and w.feats.get("Case") not in ("Gen", None) and toks[j - 1].text != "в":
                    break
                tail.append(w)
                j += 1
                continue
            if w.feats.get("Case") == "Gen" and w.pos in ("NOUN", "ADJ", "PROPN") and not _RU_ACRONYM.match(w.text) \
                    and (lemma != "университет" or w.pos == "PROPN" or tail or lemma_of(w) in L.RU_FIELDS
                         or _ru_field_adjective(toks, j, lemma_of)):
                tail.append(w)
                j += 1
                continue
            if low == "и" and tail and j + 1 < len(toks) and toks[j + 1].feats.get("Case") == "Gen" and \
                    toks[j + 1].pos in ("NOUN", "PROPN", "ADJ") and lemma_of(toks[j + 1]) not in L.RU_HEADS:
                k2 = j + 1
                while k2 < len(toks) and is_adj(toks[k2]):
                    k2 += 1
                if k2 < len(toks) and k2 > j + 1 and lemma_of(toks[k2]) in L.RU_HEADS:
                    break   # "Университет X и Балтийского технического университета": a second institution
                tail.append(w)
                j += 1
                continue
            break
        while tail and tail[-1].text.lower() in ("и", "при", "в", "во"):
            tail.pop()
        # "компания Huawei", "корпорации Siemens": a firm written in Latin letters after its kind
        # is called by that name alone (the kind word is declined, the brand is not)
        if L.RU_HEADS[lemma] == "Company" and tail and not left \
                and all(_LATIN_NAME_WORD.fullmatch(w.text) for w in tail):
            fs, fe = tail[0].start, tail[-1].stop
            m = Mention(fs, fe, doc.norm[fs:fe], "ru", "Company", True)
            m.tokens = frozenset(w.text.lower() for w in tail)
            m.country = country   # "немецкой компанией Siemens"
            out.append(m)
            latin_firms.add(m.name)
            i = max(j, i + 1)
            continue
        words = left + [t] + tail
        start, end = words[0].start, words[-1].stop
        surface = doc.norm[start:end]
        # what makes it a name: a capitalised adjective that is not just the sentence's first
        # word ("Томский", "Белорусский"), a capitalised tail, or a capitalised head
        proper_left = [w for w in left if w.text[:1].isupper() and
                       (lemma_of(w) not in L.RU_GENERIC_ADJ or w.start not in sent_starts)]
        if left and left[0].start in sent_starts and lemma_of(left[0]) in L.RU_GENERIC_ADJ:
            proper_left = [w for w in proper_left if w is not left[0]]
        proper_tail = [w for w in tail if w.text[:1].isupper()]
        head_cap = t.text[:1].isupper() and t.start not in sent_starts and not left
        if head_cap and not tail and i > 0 and toks[i - 1].text in _RU_OPEN_QUOTES:
            head_cap = False   # "самолёты «Сокол»", "газета «Университет»": a brand in quotes, the kind word alone
        named = bool(proper_left or proper_tail or head_cap)
        if lemma in ("министерство", "посольство", "ассоциация", "минобрнауки", "минобразования") and tail \
                and not _object_after_ministry(lemma, t, tail, lemma_of):
            named = True
        if lemma in ("институт", "академия") and left and not tail and not country \
                and all(lemma_of(w) in L.RU_GENERIC_ADJ for w in left):
            # "директор Медицинского института", "Инженерная академия": a kind of institute and
            # no name of its own is a unit of the university the page is about
            named = False
        if lemma == "школа" and (not (proper_left or proper_tail) or (left and left[0].text[:1].islower())):
            named = False   # ("инженерные школы Томска": schools of a city, a name starts with a capital)
        if lemma == "школа" and left and not proper_tail and not country and len(left) == 1 \
                and lemma_of(left[0]) in _RU_SCHOOL_KINDS:
            named = False   # "Исследовательская школа химических технологий": a kind of school, a unit
        if lemma == "школа" and left and not tail and not quoted and all(
                L.adjective_country(w.text, "ru") or lemma_of(w) in L.RU_GENERIC_ADJ
                or w.text.lower().startswith("высш") for w in left):   # ("высшая": the lemma may be "высокий")
            named = False   # "Иранская высшая школа": a country's higher education, no school of its own
        if lemma == "школа" and any(lemma_of(w) in _RU_SEASONS for w in left):
            i = max(j, i + 1)
            continue   # "Сибирская летняя школа": a course the universities hold, not an institution
        name = nlp.nominative(surface)
        if name.lower() in _RU_STATES:
            i = max(j, i + 1)
            continue   # "образование в Советском Союзе": a state, not an institution
        if quoted:
            name = f"{name} «{doc.norm[quoted[0] + 1:quoted[1] - 1]}»"
            end, named = quoted[1], True
            surface = doc.norm[start:end]
        m = Mention(start, end, name, "ru", L.RU_HEADS[lemma], named)
        # "Инженерная школа энергетики ТПУ": a school followed by its university is a unit
        m.may_be_unit = lemma == "школа"
        m.country_reference = lemma == "университет" and len(left) == 1 and not tail and left[0].start in sent_starts \
            and "-" not in left[0].text and bool(country or L.adjective_country(left[0].text, "ru"))
        m.country = country or _country_after_ru(doc.norm, end) or _country_in([w.text for w in tail]) \
            or _ru_city_country(nlp, left) or _ru_name_adjective_country(left) or _ru_state_in_tail(tail)
        m.tokens = _ru_lemma_tokens(nlp, name.split())
        if name != surface:
            m.extra_labels.append(surface)
        # "(РИН)" right after the name defines its acronym
        after = doc.norm[end:end + 14]
        # ("... им. А. Н. Туполева – КАИ": after a dash too)
        ac = re.match(r"\s*\(\s*([А-ЯЁA-Z][А-ЯЁA-Za-z]{1,7})\s*\)|\s*[–—]\s*([А-ЯЁ]{2,7})(?![\w-])", after)
        if ac and (ac.group(1) or ac.group(2)) not in _RU_NOT_ACRONYM and not L.place_country(ac.group(1) or ac.group(2)):
            m.acronym = ac.group(1) or ac.group(2)   # ("(КНР)", "(США)" after a name say where it is)
        m.acronym = m.acronym or _ru_acronym_before(doc.norm, start)
        out.append(m)
        i = max(j, i + 1)
    # "Университет X (UX)": a Latin short form defined in brackets names it wherever it stands
    # ("вице-президент UX"); Cyrillic ones are found as acronyms above
    for acr in {m.acronym for m in out if m.acronym and _LATIN_ACRONYM.fullmatch(m.acronym)}:
        for am in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", doc.norm):
            if not any(x.start <= am.start() < x.end for x in out):
                m = Mention(am.start(), am.end(), acr, "ru", "University", True, is_acronym=True)
                m.acronym = acr
                out.append(m)
    # firms are named in quotes after their kind: "компания «Газпром нефть»", "ПАО «Ростелеком»";
    # the quoted name alone elsewhere ("ОмГТУ и «Газпром нефть»") is the same firm
    firms = set()
    for fm in _RU_FIRM.finditer(doc.norm):
        firms.add(fm.group(1).strip())
        m = Mention(fm.start(1), fm.end(1), fm.group(1).strip(), "ru", "Company", True)
        m.tokens = frozenset(w.lower() for w in fm.group(1).split())
        out.append(m)
    # the Latin name alone elsewhere ("вице-президент Huawei") is the same firm
    for name in latin_firms:
        for qm in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.norm):
            if not any(x.start <= qm.start() < x.end for x in out):
                m = Mention(qm.start(), qm.end(), name, "ru", "Company", True)
                m.tokens = frozenset(w.lower() for w in name.split())
                out.append(m)
    for name in firms:
        for qm in re.finditer("«" + re.escape(name) + "»", doc.norm):
            if not any(x.start == qm.start() + 1 for x in out):
                m = Mention(qm.start() + 1, qm.end() - 1, name, "ru", "Company", True)
                m.tokens = frozenset(w.lower() for w in name.split())
                out.append(m)
    return out


_RU_NUMBERED_NAME = re.compile(r"[А-ЯЁA-Z][\w]*-\d{1,2}")   # "Сетиф-1", "Алжир-3": a split university's number
_RU_SEASONS = {"летний", "зимний", "весенний", "осенний"}
# kinds of a university's schools ("Инженерная школа", "Исследовательская школа"), not names
_RU_SCHOOL_KINDS = {"инженерный", "исследовательский", "научный", "аспирантский", "докторский", "передовой"}
# kinds of institution that may carry their own name in quotes after them ("Институт «Винча»")
_RU_QUOTED_NAME_HEADS = {"институт", "академия", "университет", "фонд", "ассоциация", "консорциум"}
_RU_OPEN_QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")
_LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z0-9&.'-]*")
_RU_FIRM = re.compile(r"(?i:\b(?:компани[яиюей]|корпораци[яиюей]|концерн\w*|холдинг\w*|групп[аыуе] компаний|"
                      r"ПАО|ОАО|АО|ЗАО|ООО|ГК))\s+«([^«»\n]{2,40})»")


def _ru_field_adjective(toks, j: int, lemma_of) -> bool:
    """"университет медицинских наук": a genitive adjective followed by a genitive field starts
    the name's tail (a bare adjective after "университета" does not)."""
    w = toks[j]
    return w.pos == "ADJ" and j + 1 < len(toks) and toks[j + 1].feats.get("Case") == "Gen" \
        and lemma_of(toks[j + 1]) in L.RU_FIELDS


def _ru_city_country(nlp, left) -> str | None:
    """"Ташкентский ... университет", "Томский ...": a name that starts with the adjective of a
    city is in that city's country."""
    for w in left:
        if not w.text[:1].isupper():
            continue
        lemma = nlp.lemma(w.text.lower()).replace("ё", "е")
        if not lemma.endswith("ский"):
            continue
        base = lemma[:-4]
        for cand in (base, base + "ь", base + "а", base + "ск", base + "и"):
            iso = L.place_country(cand)
            if iso:
                return iso
    return None


def _ru_name_adjective_country(left) -> str | None:
    """"Белорусский государственный университет ...": a name that starts with the adjective of
    a country is of that country (the first word only: "... Белорусско-Российский" is another shape)."""
    if not left or not left[0].text[:1].isupper() or "-" in left[0].text:
        return None
    return L.adjective_country(left[0].text, "ru")


# "ОмГУ — Омский государственный университет": a page title that opens with the acronym
_RU_ACRONYM_DASH_BEFORE = re.compile(r"[ \t]*([А-ЯЁ]{2,7})[ \t]*[–—][ \t]*")


def _ru_acronym_before(text: str, start: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    m = _RU_ACRONYM_DASH_BEFORE.fullmatch(text, line_start, start) if start - line_start < 16 else None
    if m and m.group(1) not in _RU_NOT_ACRONYM and not L.place_country(m.group(1)):
        return m.group(1)
    return None


def _ru_state_in_tail(tail) -> str | None:
    """"Министерство ... Кыргызской Республики": a country adjective before a state word at the
    end of the name says whose body it is."""
    for a, b in zip(tail, tail[1:]):
        if b.text.lower() in _RU_STATE_WORDS and a.text[:1].isupper():
            iso = L.adjective_country(a.text, "ru")
            if iso:
                return iso
    return None


def _country_after_ru(text: str, end: int) -> str | None:
    m = re.match(r"\s*\(([^()]{2,60})\)", text[end:end + 64])
    if m:
        parts = [p.strip() for p in re.split(r"[,;]", m.group(1))]
        for p in reversed(parts):
            p = re.sub(r"^г\.\s*", "", p)
            iso = L.place_country(p)
            if iso:
                return iso
    return None


# ---------------------------------------------------------------- English

_EN_POST_START = re.compile(r"(?:The\s+)?(?:Acting\s+|Deputy\s+|Associate\s+|Pro-)?(?:"
                            + "|".join(re.escape(p) for p, _ in L.EN_POSTS) + r")(?:\s+(?:and\s+)?[A-Z][\w\-]*)*")
# the head word in the languages of the institutions' own names
_EN_SAME = {"universiti": "university", "université": "university", "universidad": "university",
            "universität": "university", "universitas": "university", "università": "university",
            "universidade": "university", "universitat": "university", "institut": "institute",
            "instituto": "institute", "politeknik": "polytechnic"}
_EN_ACRONYM_ACTS = re.compile(r"(?<=[A-Z])-(?:funded|backed|sponsored|supported|led|run|hosted)$")
_EN_ACRONYM = re.compile(r"^(?=[A-Z])[A-Za-z]*[A-Z][A-Za-z]*$")


# company heads that are also plain nouns: a head only right after the firm's own name
_EN_WEAK_COMPANY = {"Technologies", "Systems", "Solutions"}
_EN_LEGAL = {"Sdn", "Bhd", "Berhad", "Ltd", "Inc", "LLC", "PLC", "GmbH", "Limited", "Co", "Pvt", "Pte", "Tbk", "PT"}


_EN_NATIONAL = {a for forms in L.COUNTRY_ADJ["en"].values() for a in forms}


def _national_name(words: list[Tok]) -> bool:
    """"Indian Institute of Science", "American University of Beirut": a nationality adjective
    right before "HEAD of/for" is part of the name ("Russian Tomsk University" is not)."""
    return len(words) >= 4 and words[0].text in _EN_NATIONAL and words[1].text in L.EN_HEADS \
        and L.EN_HEADS[words[1].text] != "GovernmentBody" and words[2].text in ("of", "for", "in")


def _cut_at_post(run: list[Tok]) -> list[Tok]:
    """"Hilltop University Deputy Vice-Chancellor Ann Lee", "University of X President Y": a post
    after the head word ends the name (the words after it are the post and its holder)."""
    first = next((k for k, w in enumerate(run) if _unpossessive(w.text) in L.EN_HEADS), None)
    if first is None:
        return run
    for k in range(first + 1, len(run)):
        if run[k].text in ("of", "for", "and", "the", "de", "&"):
            continue
        joined = " ".join(w.text for w in run[k:])
        m = _EN_POST_START.match(joined)
        if m and joined[m.end():m.end() + 1] in ("", " "):
            while k > first + 1 and run[k - 1].text in ("of", "for", "and", "the", "de", "&"):
                k -= 1
            return run[:k]
    return run


# fields of study: a "College of" these names a unit of a university, not a college of its own
_EN_FIELD_WORDS = {"Engineering", "Medicine", "Science", "Sciences", "Arts", "Law", "Business", "Education",
                   "Health", "Humanities", "Agriculture", "Pharmacy", "Dentistry", "Nursing", "Architecture",
                   "Economics", "Management", "Computing", "Information", "Technology", "Social", "Natural",
                   "Medical", "Applied", "Veterinary", "Public", "Policy", "Administration", "Design", "and", "&",
                   "Islamic", "Studies", "Languages", "Literature", "Mathematics", "Physics", "Chemistry",
                   "Physical", "Life", "Earth", "Environmental", "Computer", "Biological"}
_EN_UNIT_HEADS = {"College", "Institute", "School", "Faculty", "Centre", "Center", "Academy"}


_NAME_POSSESSORS = {"King", "Queen", "Women", "People", "Children"}   # "King's College", "People's ... University"
_SAINTS = {"Saint", "St", "St.", "Sainte", "San"}


def _possessive_in_name(tokens: list[Tok], j: int) -> bool:
    """"Saint Peter's University", "King's College London", "People's Friendship University": a
    saint's or a title-word's possessive before a head word is part of the name (tokens[j - 1]
    is the possessive); "Birmingham's College of Engineering" is a unit of Birmingham."""
    if j < 1 or j >= len(tokens):
        return False
    base = re.sub(r"['’]s?$", "", tokens[j - 1].text)
    if base not in _NAME_POSSESSORS and not (j >= 2 and tokens[j - 2].text in _SAINTS):
        return False
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].text[:1].isupper():
        if tokens[k].text in ("University", "College", "Institute"):
            return True
        k += 1
    return False


def _ministry_fields_go_on(run: list[Tok], tokens: list[Tok], j: int) -> bool:
    """A comma inside a ministry's name: "Ministry of Science, Higher Education and Innovation".
    A ministry lists its fields with commas before a final "and"; the comma (tokens[j]) goes
    on with the name when the run is "Ministry of ..." and capitalised words, maybe more
    commas, then "and" and a capitalised word follow on the same line."""
    while run and (run[0].text in ("The", "the") or re.search(r"['’]s$", run[0].text)):
        run = run[1:]   # "The Ministry of Education, Science and Youth" opening a sentence, "Oman's Ministry"
    if not run or run[0].text not in ("Ministry", "Ministries") or len(run) < 3 or run[1].text != "of":
        return False
    k, words = j + 1, 0
    while k < len(tokens) and not tokens[k].nl_before and k - j < 14:
        t = tokens[k].text
        if t[:1].isupper() and re.match(r"\w", t):
            words += 1
        elif t == "," and words:
            words = 0
        elif t in ("and", "&") and words:
            return k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and not tokens[k + 1].nl_before
        else:
            return False
        k += 1
    return False


def _unpossessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _en_mentions(doc: Document, tokens: list[Tok]) -> list[Mention]:
    out: list[Mention] = []
    text = doc.norm
    index_at = {t.start: k for k, t in enumerate(tokens)}
    i = 0
    while i < len(tokens):
        # a run of capitalised words and connectors on one line
        if not tokens[i].text[:1].isupper():
            i += 1
            continue
        j = i
        run: list[Tok] = []
        while j < len(tokens):
            w = tokens[j]
            if run and w.nl_before:
                break
            if w.text in ("of", "for", "and", "the", "de", "&") and run:
                run.append(w)
                j += 1
                continue
            if w.text == "," and _ministry_fields_go_on(run, tokens, j):
                run.append(w)   # "Ministry of Science, Higher Education and Innovation"
                j += 1
                continue
            if w.text[:1].isupper() and re.match(r"\w", w.text):
                run.append(w)
                j += 1
                if re.search(r"['’]s$", w.text) and len(run) > 1 and not _possessive_in_name(tokens, j):
                    break   # "Monash University's Vice-Chancellor": the name ends at the possessive
                continue
            break
        while run and run[-1].text in ("of", "for", "and", "the", "de", "&"):
            run.pop()
        j_end = i + len(run)
        # "University of X and Y Polytechnic University": two names joined by "and"
        splits = [k for k, w in enumerate(run) if w.text in ("and", "&") and
                  any(x.text in L.EN_HEADS for x in run[:k]) and any(x.text in L.EN_HEADS for x in run[k + 1:])]
        # "UGM and Kyushu University": an acronym before "and" is a name of its own
        if len(run) > 2 and run[1].text in ("and", "&") and len(run[0].text) >= 2 and \
                (run[0].text.isupper() or (_EN_ACRONYM.match(run[0].text) and sum(c.isupper() for c in run[0].text) >= 2)):
            # (also a mixed-case acronym: "SamSU and Leipzig University")
            i += 2
            continue
        # "Warwick and University of Hyderabad": words without a head word before "and", then a
        # name that starts with its head, are a short name of their own, not part of this one
        first_and = next((k for k, w in enumerate(run) if w.text in ("and", "&")), None)
        if first_and and not any(_unpossessive(x.text) in L.EN_HEADS for x in run[:first_and]):
            after = [w.text for w in run[first_and + 1:first_and + 3] if w.text != "the"]
            if after and after[0] in L.EN_HEADS and after[0] not in _EN_WEAK_COMPANY:
                i += first_and + 1
                continue
            # "Lakeside and Hilltop University" in a headline, where the story writes "Lakeside
            # University": two names sharing the head word, the first one's elsewhere in full
            last_head = next((w.text for w in reversed(run) if w.text in L.EN_HEADS), None)
            before = " ".join(w.text for w in run[:first_and])
            if last_head and first_and <= 3 and re.search(
                    r"(?<!\w)" + re.escape(before) + r"\s+" + last_head + r"(?!\w)", text):
                i += first_and + 1
                continue
            # "Lakeside University in Kenya and Hilltop University in Ghana": a country before "and"
            # ends a clause of where the one before is, the name starts after "and"
            before = " ".join(w.text for w in run[:first_and])
            if _country_named(before) and i + first_and + 1 < len(tokens):
                i += first_and + 1
                continue
        if splits:
            # "Ministry of Education and Sports and the X Council": the "and" before "the", else the last
            k = next((k for k in splits if k + 1 < len(run) and run[k + 1].text == "the"), splits[-1])
            run = run[:k]
            j_end = i + k
        i = max(j_end + (1 if j_end < len(tokens) and tokens[j_end].text in ("and", "&") else 0), i + 1)
        if not run:
            continue
        run = _cut_at_post(run)
        heads = [k for k, w in enumerate(run) if _unpossessive(w.text) in L.EN_HEADS]
        strong = [k for k in heads if _unpossessive(run[k].text) not in _EN_WEAK_COMPANY]
        heads = strong or heads   # "University of Information Technologies": a field after "of"
        if not heads:
            continue
        # the name ends at its last head word, or after "of X" that follows it
        h = heads[-1]
        end_k = h
        and_the = None
        if h + 1 < len(run) and run[h + 1].text in ("of", "for"):
            end_k = len(run) - 1
            # "the College of Engineering and the X Incubator": "and the" starts another name
            and_the = next((k for k in range(h + 3, len(run) - 1)
                            if run[k].text in ("and", "&") and run[k + 1].text == "the"), None)
            if and_the is not None:
                end_k = and_the - 1
        rest = run[end_k + 1:] if and_the is None else []
        country = None
        if rest and run[h].text.lower() in _EN_SAME and (h == 0 or run[h - 1].text in ("of", "the", "at")):
            end_k, rest = len(run) - 1, []   # "Universiti Malaya": the head comes first in Malay
        if rest:
            rest_text = " ".join(w.text for w in rest)
            country = L.place_country(rest_text)
            acr_after = re.match(r"\s*\(\s*([A-Z][A-Za-z\-]{1,9})\s*\)", text[rest[-1].end:rest[-1].end + 16])
            if len(rest) == 1 and acr_after and _acronym_fits(
                    acr_after.group(1), [w.text for w in run if w.text not in ("of", "the", "and", "&")]):
                end_k, rest = len(run) - 1, []   # "X University Islamabad (XUI)": a city the acronym spells
            elif country is None:
                # "QS World University Rankings": a head word inside another kind of name
                continue
        words = run[:end_k + 1]
        # "Officials of the Ministry of ...", "Vice Chancellor of Makerere University": words
        # before "of" that precede the first head word are not part of the name
        h0 = next(k for k, w in enumerate(words) if _unpossessive(w.text) in L.EN_HEADS)
        cut = [k for k in range(h0) if words[k].text in ("of", "the", "at")]
        if cut:
            words = words[cut[-1] + 1:]
        poss_country = None
        while words and (words[0].text in L.EN_NOT_NAME or words[0].text in ("the", "of")
                         or (re.search(r"['’]s$", words[0].text)
                             and not _possessive_in_name(tokens, index_at[words[0].start] + 1))) \
                and not _national_name(words):
            if re.search(r"['’]s$", words[0].text):   # "Russia's HSE University"
                poss_country = L.place_country(re.sub(r"['’]s$", "", words[0].text))
            words = words[1:]
        if not words:
            continue
        wt = [w.text for w in words]
        head_word = _unpossessive(run[h].text)
        proper = [w for w in wt if w not in L.EN_HEADS and w not in ("of", "for", "and", "the", "de", "&")
                  and w not in _EN_LEGAL   # "(Malaysia) Sdn Bhd": the legal form of a name before
                  and w not in ("National", "State", "International", "Research", "Federal", "Higher", "Public")]
        if not proper:
            continue
        if wt[0] == "College" and len(wt) > 2 and wt[1] == "of" and all(w in _EN_FIELD_WORDS for w in wt[2:]):
            continue   # "Dean of the College of Engineering": a college named by its field is a unit
        if wt[0] == "College" and len(wt) > 2 and wt[1] == "of" and _EN_DEAN_OF.search(text, max(0, words[0].start - 30),
                                                                                     words[0].start):
            continue   # "Dean of the College of Marine Ecology and Aquaculture": a college with a dean is a unit
        kind = L.EN_HEADS[head_word]
        if head_word in _EN_WEAK_COMPANY and any(w.text in ("of", "for", "and", "&") for w in run[:h]):
            continue   # "Faculty of Information Technologies" is a field, "Huawei Technologies" a firm
        if head_word == "School" and "University" not in wt and not any(x in wt for x in ("Higher", "Business")):
            continue   # "School" names a unit unless it is a known kind of school-university
        start, end = words[0].start, (rest[-1].end if rest else words[-1].end)
        name = text[words[0].start:words[-1].end]
        if re.search(r"['’]s$", name):   # "the University of Tehran's summer school"
            name = name[:-2]
            end = min(end, words[0].start + len(name)) if not rest else end
        # possessive country before: "Canada's Western University"
        before = text[max(0, start - 30):start]
        pm = re.search(r"([A-Z][\w ]+?)['’]s\s*$", before)
        if pm and wt[0] in _EN_UNIT_HEADS and poss_country is None \
                and (not L.place_country(pm.group(1).split()[-1])
                     or any(w in L.EN_HEADS for w in pm.group(1).split())):
            # "Birmingham's College of Engineering": a unit of the university before it;
            # "the University of Baghdad's College of ...": a city that ends a university's name
            # is no country's possessive
            continue
        m = Mention(start, end, name, "en", kind, True)
        m.country = country or _country_after(tokens, j_end) or poss_country or \
            (L.place_country(pm.group(1)) if pm else None) \
            or _country_in(wt)
        m.tokens = frozenset(_EN_SAME.get(w.lower(), w.lower()) for w in re.sub(r"['’]s$", "", name).replace(",", " ").split()
                             if w not in ("of", "for", "the", "and", "de", "&"))
        ac = re.match(r"\s*\(\s*([A-Z][A-Za-z\-]{1,9}(?: [A-Z][A-Za-z\-]{1,9})?)\s*\)", text[end:end + 26])
        if ac and all(_EN_ACRONYM.match(w) for w in ac.group(1).split()) \
                and (" " not in ac.group(1) or ac.group(1).split()[0].isupper()) \
                and not L.place_country(ac.group(1)):   # "Leipzig University (Germany)": where, not a short name
            m.acronym = ac.group(1)   # "(TU Delft)": a short form of two words is one too
        out.append(m)
    # acronyms anywhere: resolved later, used only if defined or matched; a short form defined
    # in parentheses may be written in title case ("Universitas Padjadjaran (Unpad)")
    defined = {m.acronym for m in out if m.acronym}
    for acr in (a for a in defined if " " in a):
        for am in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", text):
            m = Mention(am.start(), am.end(), acr, "en", "University", True, is_acronym=True)
            m.acronym = acr
            out.append(m)
    for t in tokens:
        word = re.sub(r"['’]s$", "", t.text)   # "DU's Faculty of ..."
        word = _EN_ACRONYM_ACTS.sub("", word)   # "the MoHERI-funded scheme": the body that funds it
        if _EN_ACRONYM.match(word) and 2 <= len(word) <= 8 \
                and (sum(c.isupper() for c in word) >= 2 or word in defined) \
                and not L.place_country(word.title()):
            m = Mention(t.start, t.start + len(word), word, "en", "University", True, is_acronym=True)
            m.acronym = word
            out.append(m)
    return out


# ---------------------------------------------------------------- merging mentions

def _acronym_fits(acr: str, words: list[str]) -> bool:
    """Do the letters of `acr` spell the words in order (each word gives its first letter and
    maybe more of its letters: ДВФУ = ДальнеВосточный Федеральный Университет)?"""
    acr = acr.lower()
    words = [w.lower() for w in words if w.lower() not in
             {"и", "of", "and", "the", "for", "de", "&", "при", "university"[:0]}]
    if not words or not acr:
        return False

    def go(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(acr)
        if a == len(acr) or acr[a] != words[w][0]:
            return False
        # take 1..n letters from this word: first letter, then a subsequence of the rest
        word = words[w]
        rest_positions = [a + 1]
        k, pos = a + 1, 1
        while k < len(acr):
            idx = word.find(acr[k], pos)
            if idx < 0:
                break
            pos = idx + 1
            k += 1
            rest_positions.append(k)
        return any(go(p, w + 1) for p in rest_positions)

    return go(0, 0)


def _acronym_fits_tail(acr: str, words: list[str]) -> bool:
    """The acronym spells the name without its first one or two words, and what it spells is
    three words at least (a kind of institution with its qualifiers, not a lone word)."""
    return any(len(words) - skip >= 3 and _acronym_fits(acr, words[skip:]) for skip in (1, 2))


def _spells(acr: str, name: str) -> bool:
    """The acronym spells the name, with or without a word in brackets ("КФУ" and "КПФУ" for
    "Казанский (Приволжский) федеральный университет")."""
    words = _name_words_for_acronym(name)
    if _acronym_fits(acr, [w.strip("()") for w in words]):
        return True
    unbracketed = [w for w in words if not (w.startswith("(") and w.endswith(")"))]
    return len(unbracketed) < len(words) and _acronym_fits(acr, unbracketed)


def _name_words_for_acronym(name: str) -> list[str]:
    words = re.split(r"[\s\-]+", name)
    cut = [k for k, w in enumerate(words) if w.lower() in ("имени", "им.", "им", "при", "named")]
    if cut:
        words = words[:cut[0]]
    return [w for w in words if w and not re.fullmatch(r"([А-ЯЁA-Z]\.)+", w)]


class _Cluster:
    def __init__(self, m: Mention, idx: int):
        self.mentions = [m]
        self.idx = [idx]

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def full(self) -> list[Mention]:
        return [m for m in self.mentions if not m.is_acronym and m.named]


def _stem(tok: str) -> str:
    if re.match(r"[а-яё]", tok) and len(tok) > 5:
        return re.sub(r"(ий|ый|ой|ая|ое)$", "", tok)
    return tok


def _same_token(a: str, b: str) -> bool:
    """"хошиминский" ~ "хошимин", "томский" ~ "томск": a place and its adjective."""
    if a == b:
        return True
    a, b = _stem(a), _stem(b)
    return a == b or a == b + "ск" or b == a + "ск"


def _extra_if_subset(small: set[str], big: set[str]) -> set[str] | None:
    """The words of `big` left over when every word of `small` is in it, else None."""
    left = set(big)
    for x in small:
        y = next((y for y in left if _same_token(x, y)), None)
        if y is None:
            return None
        left.discard(y)
    return left


def _status_extra(extra: set[str]) -> bool:
    """Extra words that do not change which institution it is (state, national, a city,
    a person's name...), as opposed to words of kind (technical, medical) or another head
    word ("IIT Madras" and "IIT Madras Research Park" are two)."""
    return not (extra & _TYPE_WORDS) and not (extra & _EN_HEAD_TOKENS)


def _merge(mentions: list[Mention], gazetteer, lang: str, text: str = "") -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    # 1. full names: same folded form or same token set
    for idx, m in enumerate(mentions):
        if m.is_acronym or not m.named:
            continue
        keys = {fold(m.name), "T:" + "|".join(sorted(m.tokens))} | {fold(x) for x in m.extra_labels}
        c = next((by_key[k] for k in keys if k in by_key), None)
        if c is None:
            c = _Cluster(m, idx)
            clusters.append(c)
        else:
            c.mentions.append(m)
            c.idx.append(idx)
        for k in keys:
            by_key.setdefault(k, c)
    # 2. "X (Y)": a name in brackets right after another is another name of it
    for c in list(clusters):
        for d in list(clusters):
            if c is d or d not in clusters or c not in clusters:
                continue
            if any(re.fullmatch(r"\s*\(\s*", text[a.end:b.start] or "x") for a in c.mentions for b in d.mentions
                   if b.start > a.end):
                c.mentions += d.mentions
                c.idx += d.idx
                clusters.remove(d)
    # 3. a shorter name whose words all appear in exactly one longer name
    changed = True
    while changed:
        changed = False
        for c in list(clusters):
            forms = [set(m.tokens) for m in c.full() if m.tokens]
            if not forms:
                continue
            supers = []
            for d in clusters:
                if d is c:
                    continue
                # some form of c is some form of d with words that do not change which one
                # it is ("دانشگاه باکو" in "دانشگاه دولتی باکو"); forms in another language
                # in the same cluster ("(Baku State University)") do not get in the way
                for x in forms:
                    extras = [_extra_if_subset(x, set(y.tokens | y.place_tokens)) for y in d.full()]
                    if any(e is not None and _status_extra(e) for e in extras):
                        supers.append(d)
                        break
            if len(supers) == 1:
                d = supers[0]
                if gazetteer_conflict(c, d, gazetteer, lang):
                    continue
                d.mentions += c.mentions
                d.idx += c.idx
                clusters.remove(c)
                changed = True
                break
    _merge_ministries_named_by_country(clusters, lang)
    # 3. generic mentions that are a prefix of one named cluster join it ("دانشگاه تکنولوژی")
    for idx, m in enumerate(mentions):
        if m.named or m.is_acronym:
            continue
        cands = [c for c in clusters if any(_extra_if_subset(set(m.tokens), set(x.tokens)) for x in c.full())]
        if len(cands) == 1:
            cands[0].mentions.append(m)
            cands[0].idx.append(idx)
    # 4. acronyms: defined next to a name, spelled by a name, or a word of a name ("HSE University")
    for idx, m in enumerate(mentions):
        if not m.is_acronym:
            continue
        acr = m.acronym
        target = None
        # ("КНИТУ-КАИ" where "... – КАИ" was defined: one of its joined acronyms)
        parts = (acr, *acr.split("-")) if acr and "-" in acr else (acr,)
        defined = [c for c in clusters if any(x.acronym in parts for x in c.mentions if not x.is_acronym)]
        if defined:
            target = defined[0]
        else:
            spelled = m.prefix + acr
            fits = [c for c in clusters if any(_spells(spelled, x.name) or
                                               acr in x.name.split() for x in c.full())]
            if not fits and len(acr) >= 3:
                # "KazNU" for "Al-Farabi Kazakh National University", "MSU" for "Lomonosov Moscow
                # State University": an acronym may leave out the honorific name before the rest
                fits = [c for c in clusters if any(_acronym_fits_tail(spelled, _name_words_for_acronym(x.name))
                                                   for x in c.full())]
            if len(fits) == 1:
                target = fits[0]
            elif m.tail:
                # "ИИТ Бомбея" for "Индийский технологический институт Бомбея"
                for c in clusters:
                    for x in c.full():
                        ws = _name_words_for_acronym(x.name)
                        if ws and m.tail in x.tokens and sorted(acr.lower()) == sorted(w[0].lower() for w in ws[:-1]):
                            target = c
        if target is not None:
            target.mentions.append(m)
            target.idx.append(idx)
            continue
        acr_cluster = next((c for c in clusters if c.mentions[0].is_acronym and c.mentions[0].acronym == acr), None)
        if acr_cluster:
            acr_cluster.mentions.append(m)
            acr_cluster.idx.append(idx)
        elif _standalone_acronym(m, gazetteer, lang):
            clusters.append(_Cluster(m, idx))
    if lang == "ru":
        _merge_named_after_adjectives(clusters)
    # 5. names the gazetteer knows as one institution ("دانشگاه تهران" ... "University of Tehran")
    if gazetteer is not None:
        owner: dict[str, _Cluster] = {}
        for c in list(clusters):
            ids = set()
            for name in {m.name for m in c.full()}:
                link = _gaz_match(next(m for m in c.full() if m.name == name), gazetteer)
                if link is not None and link.score >= 0.95 and not link.method.startswith("acronym"):
                    ids.add(link.id)
            target = next((owner[i] for i in ids if i in owner and owner[i] in clusters), None)
            if target is not None and target is not c:
                target.mentions += c.mentions
                target.idx += c.idx
                clusters.remove(c)
                c = target
            for i in ids:
                owner.setdefault(i, c)
    return clusters


_RU_NAMED_AFTER = re.compile(r"(?:имени|им\.)\s+(?:[А-ЯЁ]\.\s?)*([А-ЯЁ][а-яё]{3,})")


def _merge_named_after_adjectives(clusters: list[_Cluster]) -> None:
    """"Тимирязевская академия", "Бауманский университет": the adjective made from the surname
    in another name's "имени К.А. Тимирязева" calls that institution by its short name."""
    owners: dict[str, list[_Cluster]] = {}   # surname -> the clusters named after it
    for d in clusters:
        for m in d.mentions:
            for nm in _RU_NAMED_AFTER.finditer(" ".join([m.name, *m.extra_labels])):
                if d not in owners.setdefault(nm.group(1), []):
                    owners[nm.group(1)].append(d)
    if not owners:
        return
    for c in list(clusters):
        words = [m.name.split() for m in c.full()]
        if not words or any(len(w) != 2 for w in words):
            continue
        target: list[_Cluster] = []
        for surname, named in owners.items():
            if L.surname_adjective(words[0][0], surname):
                target += [d for d in named if d not in target]
        if len(target) == 1 and target[0] is not c:
            target[0].mentions += c.mentions
            target[0].idx += c.idx
            clusters.remove(c)


def _country_core(m: Mention, lang: str) -> tuple[frozenset, frozenset]:
    """(words of the name without its country, countries those words name): "Министерство
    высшего образования Сирии" and "... Сирийской Арабской Республики" name one country."""
    core, isos = set(), set()
    for t in m.tokens | m.place_tokens:
        iso = L.place_country(t) or L.adjective_country(t, lang)
        if iso:
            isos.add(iso)
        elif fold(_n(t)) not in _STATE_WORDS and t not in _RU_STATE_WORDS:
            core.add(t)
    return frozenset(core), frozenset(isos)


def _merge_ministries_named_by_country(clusters: list[_Cluster], lang: str) -> None:
    """A ministry named once with its country's name and once with the state's long adjective
    form ("... Сирии" and "... Сирийской Арабской Республики"), the shorter also leaving out
    fields, is one ministry when its other words are all in exactly one longer one."""
    gov = [c for c in clusters if any(m.kind == "GovernmentBody" and "embassy" not in m.tokens for m in c.full())]
    for c in list(gov):
        cores = [_country_core(m, lang) for m in c.full() if m.tokens]
        supers = [d for d in gov if d is not c and d in clusters and any(
            x[1] and x[1] == y[1] and x[0] < y[0] for x in cores
            for y in (_country_core(m, lang) for m in d.full() if m.tokens))]
        if len(supers) == 1 and c in clusters:
            supers[0].mentions += c.mentions
            supers[0].idx += c.idx
            clusters.remove(c)


def gazetteer_conflict(c: _Cluster, d: _Cluster, gazetteer, lang: str) -> bool:
    """Two clusters that the gazetteer knows as two different institutions stay apart."""
    if gazetteer is None:
        return False
    a, b = _gaz_match(c.full()[0], gazetteer), _gaz_match(d.full()[0], gazetteer)
    return bool(a and b and a.id != b.id and a.score >= 0.9 and b.score >= 0.9)


def _gaz_match(m: Mention, gazetteer):
    if gazetteer is None:
        return None
    try:
        return gazetteer.match(m.name, m.lang, m.country, m.acronym)
    except Exception:  # noqa: BLE001 - a gazetteer failure must not stop extraction
        return None


def _standalone_acronym(m: Mention, gazetteer, lang: str) -> bool:
    """An acronym nobody spelled out is an institution only when it reads like a university's
    (Russian "...У") or the gazetteer knows it."""
    link = _gaz_match(m, gazetteer)
    if link is not None and link.score >= 0.9 and link.method.startswith("acronym"):
        return True
    if m.lang != "ru" or len(m.acronym) < 3:
        return False
    # ...У is a университет, ...И an институт; another one the text uses as a name, twice
    return m.acronym.endswith(("У", "И")) or (len(m.acronym) >= 4 and m.uses >= 2)


# ---------------------------------------------------------------- units

_EN_UNIT_RE = re.compile(
    r"\b(?:(?:Faculty|Department|School|Office|Centre|Center|Kulliyyah|College|Division|Directorate|Institute)"
    r" (?:of|for) [A-Z][\w\-]*(?: (?:and|of|for|&) [A-Z][\w\-]*| [A-Z][\w\-]*)*"
    r"|(?:[A-Z][\w\-]* ){1,4}(?:Centre|Center|Office|Laboratory|Lab))")


def _ar_second_field(tokens: list[Tok], j: int, k: int) -> bool:
    """"والعلوم" in "كلية الآداب والعلوم الإنسانية": "and the ..." after the unit's field, not
    "and the faculty/university ..." that starts another name."""
    w = tokens[j].text
    if j < k + 2 or not w.startswith(_n("وال")) or tokens[j].nl_before:
        return False
    bare = w[1:]
    return bare[2:] not in L.AR_UNITS and bare[2:] not in L.AR_HEADS and bare != L.AR_UNIVERSITY_ADJ \
        and bare[2:] != L.AR_COLLEGE and bare not in _AR_STOP


def _find_units(doc: Document, tokens: list[Tok], lang: str, nlp=None) -> list[tuple[int, int, str]]:
    text = doc.norm
    out = []
    if lang == "en" or re.search(r"[A-Za-z]{4}", text):
        out += [(m.start(), m.end(), m.group()) for m in _EN_UNIT_RE.finditer(text)]
    if lang == "fa":
        stop = _FA_STOP | L.FA_TITLES | set(L.FA_HEADS) | _FA_POST_WORDS
        for k, t in enumerate(tokens):
            if t.text == _n("حوزه") and k + 1 < len(tokens) and tokens[k + 1].text not in _FA_OFFICE_OF:
                continue   # "در حوزه آموزش": a field of work; "حوزه ریاست" is an office
            if t.text in L.FA_UNITS and k + 1 < len(tokens) and tokens[k + 1].text not in ("ها", "های", "ای"):
                j = k + 1
                while j < len(tokens) and j - k <= 7 and re.match(r"\w", tokens[j].text) and not tokens[j].nl_before:
                    w = tokens[j].text
                    nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
                    # "مرکز پژوهش های علمی", "مرکز آموزش و توسعه": a plural or a second field
                    # goes on; "و" before another unit, a title or an institution ends it
                    if w in ("ها", "های") and j > k + 1 and re.match(r"\w", nxt) and nxt not in stop:
                        j += 1
                        continue
                    if w == _n("و") and re.match(r"\w", nxt) and nxt not in stop and nxt not in L.FA_UNITS:
                        j += 1
                        continue
                    if w in stop:
                        break
                    j += 1
                if j > k + 1:
                    out.append((t.start, tokens[j - 1].end, text[t.start:tokens[j - 1].end]))
    if lang == "ar":
        for k, t in enumerate(tokens):
            word, skip = _ar_strip_clitic(t.text, L.AR_UNITS)
            if word in L.AR_UNITS and k + 1 < len(tokens) and not _ar_indefinite_purpose(tokens[k + 1].text):
                j = k + 1
                # ("كلية الآداب والعلوم الإنسانية": a second field joined by "و" goes on with the name)
                while j < len(tokens) and j - k <= 4 and re.match(r"\w", tokens[j].text) and \
                        (j == k + 1 or tokens[j].text.startswith("ال") or _ar_second_field(tokens, j, k)) \
                        and tokens[j].text not in L.AR_TITLES and tokens[j].text != L.AR_UNIVERSITY_ADJ:
                    j += 1
                if j > k + 1 and not (j < len(tokens) and tokens[j].text == L.AR_UNIVERSITY_ADJ):
                    out.append((t.start + skip, tokens[j - 1].end, text[t.start + skip:tokens[j - 1].end]))
    if lang == "ru" and nlp is not None:
        out += _ru_units(doc, nlp)
    return out


_RU_POST_WORD = re.compile(r"(?i)(профессор|доцент|ректор|проректор|директор|декан|заведующ|начальник|руководител)")


def _ru_units(doc: Document, nlp) -> list[tuple[int, int, str]]:
    """"кафедра обработки металлов давлением", "международный отдел", "Институт филологии":
    a unit noun with its adjectives and the genitive (or "по ...") phrase that names it."""
    toks = nlp.analyse(doc.norm).tokens
    out = []
    for i, t in enumerate(toks):
        if t.pos != "NOUN" or t.feats.get("Number") == "Plur" or nlp.lemma(t.text.lower()) not in L.RU_UNITS:
            continue
        k = i
        while k > 0 and toks[k - 1].pos == "ADJ" and toks[k - 1].text[:1].islower():
            k -= 1
        j = i + 1
        after_po = False   # "по русскому языку": the dative phrase after "по" belongs to the name
        while j < len(toks) and j - i <= 8:
            w = toks[j]
            lemma = nlp.lemma(w.text.lower())
            if w.pos == "PUNCT" or "\n" in doc.norm[toks[j - 1].stop:w.start] or w.text[:1].isupper() \
                    or lemma in L.RU_HEADS or lemma == "вуз" or _RU_POST_WORD.match(w.text):
                break   # a name, an institution or a person's post starts here
            if w.text == "по":
                after_po = True
                j += 1
                continue
            if w.pos in ("NOUN", "ADJ") and (w.feats.get("Case") == "Gen" or after_po or
                                             (j > i + 1 and w.feats.get("Case") == "Ins")):
                after_po = after_po and w.pos == "ADJ"
                j += 1
                continue
            if w.text == "и" and j + 1 < len(toks) and toks[j + 1].feats.get("Case") == "Gen":
                j += 1
                continue
            break
        while j > i + 1 and (toks[j - 1].text in ("по", "и") or toks[j - 1].pos == "ADJ"):
            j -= 1   # an adjective whose noun was cut off ("отдел иранского | вуза") goes too
        if j == i + 1 and k == i:
            continue   # a bare "отдел" names no unit
        start, end = toks[k].start, toks[j - 1].stop
        out.append((start, end, nlp.nominative(doc.norm[start:end])))
    return out


# ---------------------------------------------------------------- the component

def _attach_units(mentions: list[Mention], tokens: list[Tok], text: str) -> None:
    """An institute or centre followed by a university in the same phrase is its unit:
    "مؤسسه ... دانشگاه تهران", "موسسه کنفوسیوس در دانشگاه X", "Институт филологии МПГУ"."""
    unis = [k for k, m in enumerate(mentions) if m.kind == "University" and m.named and m.unit_of is None]
    coord = {_n("و"), _n("با"), _n("بین"), _n("میان"), _n("از"), _n("به"), "и", "с", "and", "with", _n("مع")}
    for k, m in enumerate(mentions):
        if (m.kind == "University" and not m.may_be_unit) or m.is_acronym or m.kind == "GovernmentBody":
            continue   # (a ministry or an embassy is no university's unit: "Посол X посетил университет Y")
        for u in unis:
            if u == k:
                continue
            nu = mentions[u]
            if nu.start <= m.end:
                continue
            between = text[m.end:nu.start]
            if re.search(r"[.,;:!?؛،()\n«»\"]", between) or len(between.split()) > 8:
                break
            last = between.split()[-1] if between.split() else ""
            if last in coord:
                break
            if re.search(r"[A-Za-z]", between) and not set(between.lower().split()) <= {"of", "at", "the", "in"}:
                break   # "Institut X visits TU Delft": a verb between, two institutions
            if re.search(r"(?<!\w)[А-ЯЁ][а-яё]", between) or _RU_POST_WORD.search(between) \
                    or any(w in _FA_POST_WORDS or w in _AR_POST_WORDS for w in between.split()):
                break   # "Ректор академии X Иван Петров и проректор университета Y": people between, two institutions
            m.unit_of = u
            break
        if m.unit_of is None:
            _appositive_unit(mentions, unis, k, text)
    # "директор Института информатики и робототехники": an institute or centre named by its
    # fields alone (no proper name, no quotes), whose director is told, is a university's unit
    for m in mentions:
        if m.unit_of is None and m.lang == "ru" and not m.is_acronym and m.kind != "University" \
                and _RU_UNIT_HEAD.match(text, m.start) and _RU_HEAD_OF_UNIT.search(text, max(0, m.start - 30), m.start) \
                and re.fullmatch(r"[а-яё\s,-]+", text[m.start:m.end].split(None, 1)[1] if " " in text[m.start:m.end] else "x"):
            m.unit_of = unis[0] if unis else -1
    # "رئیس پژوهشکده X آن دانشگاه": an institute "of that university" is a unit of the one just named
    for m in mentions:
        if m.unit_of is None and m.lang == "fa" and not m.is_acronym and m.kind not in ("University", "GovernmentBody") \
                and _FA_OF_THAT_UNIVERSITY.match(text, m.end):
            before = [u for u in unis if mentions[u].end <= m.start]
            m.unit_of = max(before, key=lambda u: mentions[u].end) if before else -1
    # "مركز X بالجامعة", "مركز X التابع للجامعة": a centre "of the university" is its unit
    for m in mentions:
        if m.unit_of is None and m.lang == "ar" and not m.is_acronym and m.kind != "GovernmentBody" \
                and _AR_AT_THE_UNIVERSITY.match(text, m.end):
            m.unit_of = unis[0] if unis else -1
        # "وزار الوفد مركز الدراسات X", "جولة في مركز X": a centre toured on a visit, with no
        # institution of its own named after it, is the host's
        elif m.unit_of is None and m.lang == "ar" and unis and m.kind in ("ResearchInstitute", "Institution") \
                and text[m.start:m.start + 1] != _n("ا") and (_AR_TOURED.search(text, max(0, m.start - 25), m.start)
                                                             or _AR_TOURED_IN_CLAUSE.search(text, max(0, m.start - 90), m.start)
                                                             or _AR_TOURED_LIST.search(text, max(0, m.start - 90), m.start)) \
                and not re.match(r"\s*(?:في\s+|ب|ل|التابع\S*\s+ل)?\S*" + _n("جامعة"), text[m.end:m.end + 20]):
            m.unit_of = unis[0]
        elif m.unit_of is None and m.lang == "ar" and m.kind != "GovernmentBody" and not m.is_acronym \
                and _AR_IN_IT.match(text, m.end):
            before = [u for u in unis if mentions[u].end <= m.start and not re.search(r"[.\n]", text[mentions[u].end:m.start])]
            if before:
                m.unit_of = before[-1]
        # "Программа визита включала ... посещение Химического института ... и Института X": an
        # institute toured on the visit (a stop of its programme, not "посетили Институт X", which may
        # be an institution of its own) is the host's (English "toured": _EN_TOURED below)
        elif m.unit_of is None and m.lang == "ru" and unis and m.kind == "ResearchInstitute" \
                and _TOURED.search(text, max(0, m.start - 200), m.start) \
                and not any(m.end <= o.start < m.end + 30 and _OWNER_GAP.fullmatch(text, m.end, o.start)
                            for o in mentions):
            m.unit_of = unis[0]
    # "welcome researchers to its Institute of Water Studies": an institute "its" or "our" is a
    # unit of the university spoken of (the page's first), no institution of its own
    for m in mentions:
        if m.unit_of is None and m.lang == "en" and unis and not m.is_acronym \
                and m.kind in ("ResearchInstitute", "Institution") and _EN_ITS_BEFORE.search(text, max(0, m.start - 12), m.start):
            m.unit_of = unis[0]
    # "a lecturer at the Institute of Coastal Studies": a head-first institute someone of the page
    # works at, with no university after it, is a unit (of the page's first university)
    for m in mentions:
        if m.unit_of is None and m.lang == "en" and unis and not m.is_acronym and m.kind == "ResearchInstitute" \
                and _EN_HEAD_FIRST_UNIT.match(text, m.start) and _EN_STAFF_AT.search(text, max(0, m.start - 40), m.start) \
                and not _EN_OF_UNIVERSITY.match(text, m.end):
            m.unit_of = unis[0]
    # "the delegation toured the library and the Institute of African Studies": an institute
    # named head first, toured on a visit, with no university after it, is the host's
    for m in mentions:
        if m.unit_of is None and m.lang == "en" and unis and not m.is_acronym and m.kind == "ResearchInstitute" \
                and _EN_HEAD_FIRST_UNIT.match(text, m.start) and _EN_TOURED.search(text, max(0, m.start - 80), m.start) \
                and not _EN_OF_UNIVERSITY.match(text, m.end):
            m.unit_of = unis[0]
    # "the Lakeside Institute for Data Science" beside the University of Lakeside: an institute or
    # centre named by a university's own distinctive word, then its field, is that university's
    for m in mentions:
        if m.unit_of is not None or m.lang != "en" or m.is_acronym or m.kind not in ("ResearchInstitute", "Institution"):
            continue
        first = _EN_NAMED_AFTER_UNIVERSITY.match(m.name)
        if first and first.group(1) not in _EN_UNIVERSITY_WORDS:
            owners = {mentions[u].name: u for u in unis if first.group(1) in mentions[u].name.split()}
            if len(owners) == 1:
                m.unit_of = next(iter(owners.values()))
    # "مركز القاهرة للدراسات" beside "جامعة القاهرة": an Arabic centre or institute named by a
    # university's own word (its name after "جامعة") is that university's
    for m in mentions:
        words = m.name.split()
        if m.unit_of is not None or m.lang != "ar" or m.is_acronym or m.kind not in ("ResearchInstitute", "Institution") \
                or len(words) < 2:
            continue
        owners = {mentions[u].name: u for u in unis if mentions[u].name.split()[1:] == [words[1]]
                  and mentions[u].name.split()[0] == _n("جامعة")}
        if len(owners) == 1:
            m.unit_of = next(iter(owners.values()))
    # "Lakeside University Marine Research Institute": an institute named by a university's full
    # name, then more words, is that university's (no institution of its own)
    for m in mentions:
        if m.unit_of is not None or m.lang != "en" or m.is_acronym or m.kind != "ResearchInstitute":
            continue   # (a research park or a firm of the university's name is a body of its own)
        owners = {mentions[u].name: u for u in unis if mentions[u].kind == "University"
                  and m.name.startswith(mentions[u].name + " ") and len(mentions[u].name.split()) >= 2}
        if len(owners) == 1:
            m.unit_of = next(iter(owners.values()))
    # "Makerere's Principal of the College of Agricultural Sciences": a college or faculty in the
    # post of someone of a university named in the possessive is that university's unit
    for k, m in enumerate(mentions):
        if m.unit_of is not None or m.lang != "en" or m.is_acronym or m.kind == "GovernmentBody" \
                or not _EN_HEAD_FIRST_PART.match(text, m.start):
            continue
        owner = _EN_POSSESSOR_POST.search(text, max(0, m.start - 90), m.start)
        if owner:
            cands = [u for u in unis if u != k and owner.group(1) in mentions[u].name.split()]
            if len(set(mentions[u].name for u in cands)) == 1:
                m.unit_of = cands[0]
    # "- Dr X, director of the Institute of Y" under "The Russian delegation included:": an institute
    # or centre in a delegation's member list is a unit of that delegation's university
    for m in mentions:
        if m.unit_of is None and not m.is_acronym and m.kind in ("ResearchInstitute", "Institution"):
            iso = L.delegation_list_country(text, m.start, m.lang)
            own = [u for u in unis if iso and mentions[u].country == iso]
            if own:
                m.unit_of = own[0]
    # "Институт A и Институт B КФУ", "the Faculty of A and the Faculty of B of X": the university
    # named after the last of two coordinated units of one kind owns the first one too
    for k in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[k], mentions[k + 1]
        if m.unit_of is not None or nxt.unit_of is None or m.is_acronym or m.kind == "GovernmentBody" \
                or (m.kind == "University" and not m.may_be_unit):
            continue
        if m.name.split()[:1] != nxt.name.split()[:1] or m.kind != nxt.kind:
            continue
        if re.fullmatch(r"\s*(?:и|and|و|,)\s*(?:the\s+)?", text[m.end:nxt.start]):
            m.unit_of = nxt.unit_of
    # "بیمارستان X" in a page of one university of medical sciences: an Iranian teaching
    # hospital belongs to the medical university of its city, a unit, not a partner
    medical = [u for u in unis if mentions[u].lang == "fa" and _FA_MEDICAL_UNI in mentions[u].name
               and mentions[u].country == "IR"]
    if len({mentions[u].name for u in medical}) == 1:
        for m in mentions:
            if m.unit_of is None and m.lang == "fa" and m.name.startswith(_FA_HOSPITAL) \
                    and m.country in (None, mentions[medical[0]].country):
                m.unit_of = medical[0]
    # "بجولة في كلية الزراعة ومركز X", "в Институте X, Y институте и на кафедре Z": an institute
    # or centre listed with a faculty or a department is a unit like it (of the first university)
    for m in mentions:
        if m.unit_of is not None or not unis or m.is_acronym \
                or m.kind not in ("ResearchInstitute", "Institution") and not m.may_be_unit:
            continue
        if _UNIT_BEFORE.search(text, max(0, m.start - 60), m.start) \
                or _UNIT_AFTER.match(text[m.end:m.end + 120]):
            m.unit_of = unis[0]


_EN_STAFF_AT = re.compile(r"\b(?:lecturer|researcher|research fellow|fellow|scientist|professor)\s+(?:at|of|from)\s+(?:the\s+)?$",
                          re.I)
_EN_DEAN_OF = re.compile(r"\b(?:Dean|Deputy Dean|Associate Dean|Vice[- ]Dean)\s+of\s+(?:the\s+)?$")
_EN_NAMED_AFTER_UNIVERSITY = re.compile(r"([A-Z][\w'’-]+)\s+(?:Institute|Centre|Center)\s+(?:of|for)\s")
_EN_UNIVERSITY_WORDS = {"University", "State", "National", "Technical", "Technological", "Federal", "Royal", "The",
                        "International", "Medical", "Agricultural", "Polytechnic", "Open", "Research"}
_FA_MEDICAL_UNI, _FA_HOSPITAL = _n("علوم پزشکی"), _n("بیمارستان")
_EN_HEAD_FIRST_PART = re.compile(r"(?:College|Faculty|School|Institute|Centre|Center)\s+(?:of|for)\s")
_EN_POSSESSOR_POST = re.compile(r"(?<![\w-])([A-Z][\w-]+)['’]s\s+(?:[A-Z][\w-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?$")
_EN_TO_BE_FOUNDED = re.compile(r"(?i)\b(?:will|would|to)\s+(?:jointly\s+)?(?:set up|create|establish|form|launch)\s+(?:a|an)\s+$")
_EN_HEAD_FIRST_UNIT = re.compile(r"(?:Institute|Centre|Center)\s+(?:of|for)\s")
# (a delegation that "also visited" an institute on its stay saw one of the host's: "the guests also
# visited the Centre for Marine Studies and the campus farm")
_EN_TOURED = re.compile(r"(?i)(?<!\w)(?:toured|tour of|tours of|(?:delegation|guests|visitors|delegates)\s+also\s+visited)"
                        r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:(?:and|,)\s+)?(?:the\s+)?$")
_EN_OF_UNIVERSITY = re.compile(r"\s*(?:,\s*|\s+(?:of|at)\s+(?:the\s+)?)[A-Z]")
_EN_ITS_BEFORE = re.compile(r"(?<![\w'’])(?:its|our|their)\s+(?:the\s+)?$", re.I)
_RU_UNIT_HEAD = re.compile(r"(?:Институт|Центр|Высш\w+ школ)\w*\s")
_RU_HEAD_OF_UNIT = re.compile(r"(?i)(?<!\w)(?:директор|руководител|заведующ|декан|начальник)\w*\s+$")
_FA_OF_THAT_UNIVERSITY = re.compile(_n(r"\s+(?:آن|این|همان|همین)\s+دانشگاه(?!\w)"))
# "وتجول الضيوف في قاعات الكلية ومكتبتها ومعهد X": places toured, listed in one clause
_AR_TOURED_IN_CLAUSE = re.compile(_n(r"(?<!\w)(?:و?جال(?:وا|ت)?|و?تجول(?:وا|ت)?|جولة)\s+[^.،,؛:!?\n]{0,80}$"))
_AR_TOURED_WORDS = r"(?<!\w)(?:و?زار(?:وا|ت)?(?:\s+(?:ال)?وفد)?|تفقد(?:وا|ت)?|جولة\s+(?:في|على|داخل)|و?جال(?:وا|ت)?(?:\s+(?:ال)?وفد)?\s+في)"
_AR_TOURED = re.compile(_n(_AR_TOURED_WORDS + r"\s+$"))
# "جال الوفد في مستشفى X ومركز Y": the second stop of a list of places toured
_AR_TOURED_LIST = re.compile(_n(_AR_TOURED_WORDS + r"(?:\s+\S+){1,7}\s+و$"))
# (the dots of initials and "им." may stand between: "Института им. А. М. Бутлерова и ...")
_TOURED = re.compile(r"(?<!\w)[Пп]рограмм\w+\s+(?:визита|пребывания)\s+(?:[^.;:!?\n]{0,60}?)посещени\w+"
                     r"\s+(?:(?:[^.;:!?\n]|(?<=\s\w)\.|(?<=\s\w\w)\.){0,90}?\s+и\s+)?$")
_OWNER_GAP = re.compile(r"\s*(?:,\s*)?(?:of|at|in|при|в)?\s*(?:the\s+)?")   # "Institute X of/at Y", "Институт X при Y"
_AR_AT_THE_UNIVERSITY = re.compile(_n(r"\s+(?:(?:ب|في\s+)الجامعة|(?:ال)?تابع(?:ة)?\s+للجامعة)(?!\w)"))
# "متحفها ومركز X فيها": a centre "in it", of the university told just before
_AR_IN_IT = re.compile(_n(r"\s+(?:فيها|فيه|لديها|التابع\s+لها|التابعة\s+لها)(?!\w)"))
_SHORT_IN_BRACKETS = re.compile(r"\s*\(\s*([^\W\d_][^\s()]{2,20})\s*\)")
_UNIT_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(L.normalised(w) for w in ("كلية", "قسم", "عمادة", "مختبر", "مستشفى جامعة")) + r")(?:\s+[^\s،,.؛:()]+){1,4}\s+و$")
_UNIT_AFTER = re.compile(r"(?:,\s*[^,.;:\n()«»]{1,60}?)?\s+и\s+(?:в\s+|во\s+|на\s+)?"
                         r"(?:кафедр|факультет|лаборатори|отдел|департамент)\w*\s")


_UNIT_NOUN = r"(?:faculty|school|institute|college|campus|centre|center|branch|department|kulliyyah)"
# "X (XI), UTM's Kuala Lumpur-based faculty", "X, a research institute of Y": an apposition
# that says what the named institute is part of
_APPOSITION = re.compile(r"\s*(?:\([^)\n]{1,20}\)\s*)?,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
                         + _UNIT_NOUN + r"\s+(?:of|at|within)\s+(?:the\s+)?)?", re.I)
_POSSESSIVE_UNIT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}" + _UNIT_NOUN + r"\b", re.I)


def _appositive_unit(mentions: list[Mention], unis: list[int], k: int, text: str) -> None:
    m = mentions[k]
    for u in unis:
        nu = mentions[u]
        if u == k or nu.start <= m.end or nu.is_acronym and nu.start - m.end < 3:
            continue   # (the acronym in brackets right after the name is the name's own)
        between = _APPOSITION.fullmatch(text, m.end, nu.start)
        if between is None:
            return
        if between.group(0).rstrip().lower().endswith(("of", "at", "within", "the")) \
                or _POSSESSIVE_UNIT.match(text, nu.end):
            m.unit_of = u
        return


def find_institutions(doc: Document, resources) -> None:
    """Pipeline component: fill doc.institutions and doc.units."""
    doc.institutions, doc.units = [], []
    if not doc.norm:
        return
    lang = doc_lang(doc)
    tokens = tokenize(doc.norm)
    # natasha loads only for Russian documents: a Persian batch never pays for its models
    nlp = getattr(resources, "natasha", None) if resources is not None and lang == "ru" else None
    gazetteer = None
    if resources is not None:
        try:
            gazetteer = resources.gazetteer
        except Exception:  # noqa: BLE001 - extraction works without the gazetteer
            gazetteer = None

    mentions: list[Mention] = []
    if lang == "fa":
        mentions += _fa_mentions(doc, tokens)
    elif lang == "ar":
        mentions += _ar_mentions(doc, tokens)
    elif lang == "ru":
        mentions += _ru_mentions(doc, nlp)
    if lang == "en" or re.search(r"\b(University|Institute|College)\b", doc.norm):
        mentions += [m for m in _en_mentions(doc, tokens) if lang == "en" or not m.is_acronym]
    mentions += _gazetteer_mentions(doc, gazetteer, lang, mentions)
    mentions = _embassies(doc, mentions, lang)
    _bureaus_abroad(doc, mentions)
    # "they would set up a Coastal Universities Research Network": a body still to be founded is
    # what the partners agree on (an agreement), not an actor of the story
    mentions = [m for m in mentions if not (m.lang == "en" and m.kind == "Association"
                                            and _EN_TO_BE_FOUNDED.search(doc.norm, max(0, m.start - 60), m.start))]
    # a name never runs across a paragraph break ("Новости\n\nУниверситет": two lines of a header)
    mentions = [m for m in mentions if "\n\n" not in doc.norm[m.start:m.end]]
    mentions.sort(key=lambda m: (m.start, -m.end))
    if lang in ("fa", "ar"):
        _trim_to_known_forms(doc, mentions)
        for m in mentions:
            # "دانشگاه ملی قزاقستان (الفارابی)": one word in brackets after the name is its short
            # name ("دانشگاه الفارابی" further on), unless it says where the institution is
            short = _SHORT_IN_BRACKETS.match(doc.norm, m.end)
            if short and not m.acronym and not m.is_acronym and not L.place_country(short.group(1)):
                m.acronym = short.group(1)

    noise = _noise_spans(doc)
    for m in mentions:
        m.weak = any(a <= m.start < b for a, b in noise)
    _attach_units(mentions, tokens, doc.norm)

    clusters = _merge(mentions, gazetteer, lang, doc.norm)
    # an institute or college that any mention shows to be part of a university is a unit
    clusters = [c for c in clusters if not any(m.unit_of is not None for m in c.mentions)]
    # a cluster made only of weak (credit/footer) mentions or generic mentions is not an actor
    clusters = [c for c in clusters if any(not m.weak for m in c.mentions) and
                any(m.named for m in c.mentions)]
    clusters = _without_firm_programmes(clusters)
    if lang in ("fa", "ar"):
        clusters = _translated_header_lines(doc.norm, clusters)
    if lang == "ar":
        clusters = _country_back_references(clusters)
    if lang == "ru":
        clusters = _ru_country_back_references(clusters)
    _english_short_forms(doc, clusters, tokens)
    clusters.sort(key=lambda c: c.first)

    for n, c in enumerate(clusters, 1):
        doc.institutions.append(_institution(doc, c, f"i{n}", lang))

    # units: explicit unit phrases and institute mentions attached to a university
    _build_units(doc, mentions, tokens, lang, nlp)


def _whole_line(text: str, m: Mention) -> tuple[int, int] | None:
    """(start, end) of the line when the mention fills it alone, else None."""
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.end)
    b = len(text) if b < 0 else b
    return (a, b) if not text[a:m.start].strip() and not text[m.end:b].strip() else None


def _translated_header_lines(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """"دانشگاه X" on one line and "X University" alone on the next (a page header in two
    scripts): the Latin line is the English name of the institution above it."""
    owner: dict[int, _Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            line = _whole_line(text, m)
            if line and not re.search(r"[A-Za-z]", m.name):
                owner[line[1]] = c
    out = []
    for c in clusters:
        lines = [_whole_line(text, m) for m in c.mentions]
        if all(lines) and all(re.fullmatch(r"[A-Za-z][A-Za-z .,'&()-]*", m.name) for m in c.mentions):
            above = {owner.get(line[0] - 1) for line in lines}
            if len(above) == 1 and None not in above and c not in above:
                d = above.pop()
                d.mentions += c.mentions
                d.idx += c.idx
                continue
        out.append(c)
    return out


def _country_back_references(clusters: list[_Cluster]) -> list[_Cluster]:
    """"وعن الجامعة الصينية نائب رئيسها" after "جامعة هواتشونغ الصينية": "the Chinese university"
    is the one university the page names with that country's adjective, not another one
    ("الجامعة الأردنية" alone, with no such university beside it, stays a name)."""
    out = []
    for c in clusters:
        words = [m.name.split() for m in c.mentions if not m.is_acronym]
        adj = words[0][1] if words and len(words[0]) == 2 and words[0][0] == L.AR_UNIVERSITY_ADJ else None
        if adj and L.adjective_country(adj, "ar") and all(w == words[0] for w in words):
            named = [d for d in clusters if d is not c and any(
                m.name.split()[0] in (_n("جامعة"), L.AR_UNIVERSITY_ADJ) and len(m.name.split()) > 2
                and m.name.split()[-1] == adj for m in d.mentions)]
            if len(named) == 1:
                _fold_reference_into(c, named[0])
                continue
        out.append(c)
    return out


def _fold_reference_into(ref: _Cluster, target: _Cluster) -> None:
    """Make the mentions of `ref`, a back reference, mentions of `target`. They take its name:
    a reference is not another name, and must not name or link the institution."""
    first = target.mentions[0]
    for m in ref.mentions:
        m.name, m.tokens, m.extra_labels = first.name, first.tokens, []
    target.mentions += ref.mentions
    target.idx += ref.idx


def _ru_country_back_references(clusters: list[_Cluster]) -> list[_Cluster]:
    """"Чилийский университет предложил ..." after "Университет Сантьяго": a country's adjective and
    a bare head (capitalised only as the sentence's first word) refer back to the one university of
    that country the page names, not to another one."""
    out = []
    for c in clusters:
        words = [m.name.lower().split() for m in c.mentions if not m.is_acronym]
        refs = all(m.country_reference for m in c.mentions)
        iso = L.adjective_country(words[0][0], "ru") if refs and words else None
        if iso:
            same = [d for d in clusters if d is not c and any(
                m.kind == "University" and m.country == iso and not m.is_acronym and len(m.name.split()) >= 2
                and m.name.lower().split() != words[0] for m in d.mentions)]
            if len(same) == 1:
                _fold_reference_into(c, same[0])
                continue
        out.append(c)
    return out


def _without_firm_programmes(clusters: list[_Cluster]) -> list[_Cluster]:
    """"Huawei ICT Academy", "Cisco Networking Academy" beside the firm "Huawei Technologies": an
    academy, centre or institute named by a firm's brand is the firm's programme, not an actor of its
    own (only Latin-script names: a brand is their first word)."""
    brands = {c.mentions[0].name.split()[0] for c in clusters
              if any(m.kind == "Company" for m in c.mentions) and _LATIN_NAME_WORD.fullmatch(c.mentions[0].name.split()[0])}
    if not brands:
        return clusters

    def programme(c: _Cluster) -> bool:
        full = c.full() or c.mentions
        return all(m.kind in ("ResearchInstitute", "Institution") and len(m.name.split()) >= 2
                   and m.name.split()[0] in brands for m in full)
    return [c for c in clusters if not programme(c)]


_STATE_WORDS = {fold(_n(w)) for w in ("جمهوری", "اسلامی", "فدراسیون", "پادشاهی", "خلق", "جمهورية", "الجمهورية",
                                       "الإسلامية", "الاتحادية", "المملكة", "مملكة", "دولة", "the", "of", "Republic",
                                       "Federation", "Kingdom", "Islamic", "People's", "State", "in", "to")}


def _embassy_country(words: list[str], lang: str) -> str | None:
    """The country an embassy belongs to, from the words after (or before) its head:
    "سفارت جمهوری عراق", "السفارة الروسية", "Embassy of the Republic of Iraq", "Посольство Ирана"."""
    for w in words:
        iso = L.adjective_country(w, lang) if lang != "ru" or w[:1].islower() else None
        if iso:
            return iso
    core = [w for w in words if fold(_n(w)) not in _STATE_WORDS]
    for width in range(len(core), 0, -1):
        iso = L.COUNTRY_NAMES.get(_n(" ".join(core[:width])).casefold())
        if iso:
            return iso
    if lang == "ru" and core:
        return L.place_country(core[0])   # "Посольства Ирана": the oblique form of the country
    return None


_HIS_COUNTRY = L.word_set(["بلاده", "بلادها", "کشورش"])
# "Embassy of X in Hanoi": the host place written after the country names the mission too
_EMBASSY_HOST = re.compile(r"\s+(?:in|to)\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")
# "سفارت ... ایران در آنکارا", "السفارة ... لدى العراق" (normalised as the text is: "لدی")
# ("لدى مملكة البحرين": the host state's title before its name)
_EMBASSY_HOST_FA_AR = re.compile(_n(r"\s+(?:در|في|لدى)\s+(?:(?:مملكة|المملكة|دولة|جمهورية|الجمهورية|جمهوری|پادشاهی)\s+)?(\w+)"))
_HOST_AFTER = {"en": _EMBASSY_HOST, "fa": _EMBASSY_HOST_FA_AR, "ar": _EMBASSY_HOST_FA_AR}
_CONSULATE_HOST_RU = re.compile(r"\s+в\s+(\w+)")


# "в Российской Федерации", "в Республике Казахстан", "в России": a host state after "Посол X"
_EMBASSY_HOST_RU = re.compile(r"\s+во?\s+([А-ЯЁ]\w+)(?:\s+([А-ЯЁ]\w+))?")
_EMBASSY_HOST_RU_ONE = re.compile(r"\s+во?\s+([А-ЯЁ]\w+)")


def _embassy_host(lang: str, text: str, end: int, iso: str) -> re.Match | None:
    """The host state written after an ambassador's country ("... لدى العراق", "... в России",
    "... в Российской Федерации"), when it is another country than the ambassador's."""
    if lang != "ru":
        return _foreign_host(_HOST_AFTER.get(lang), text, end, iso)
    host = _EMBASSY_HOST_RU.match(text, end)
    if not host:
        return None
    first, second = host.group(1), host.group(2)
    if second and second.lower() in _RU_STATE_WORDS | {"республике"}:
        country = L.adjective_country(first, "ru") or L.place_country(second)   # "Российской Федерации"
    elif first.lower() in ("республике", "королевстве") and second:
        country = L.place_country(second)   # "в Республике Казахстан"
    else:
        country, second = L.place_country(first), None
    if not country or country == iso:
        return None
    return host if second else _EMBASSY_HOST_RU_ONE.match(text, end)


def _foreign_host(pattern: re.Pattern | None, text: str, end: int, iso: str) -> re.Match | None:
    """The host place written after a mission's country ("Embassy of X in Hanoi", "سفارت ...
    در آنکارا"), when it lies in another country than the mission's own."""
    host = pattern.match(text, end) if pattern else None
    return host if host and (country := L.place_country(host.group(1))) and country != iso else None


_EMBASSY_ADJ = re.compile(r"(?<!\w)(?:ال)?سفارة\s+(ال\w+)|\b(?:the\s+)?([A-Z][a-z]+)\s+Embassy\b|\bEmbassy\s+of\s+"
                          r"((?:the\s+)?(?:[A-Z][\w']*\s+(?:of\s+)?){0,3}[A-Z][\w']*)")


def _bureaus_abroad(doc: Document, mentions: list[Mention]) -> None:
    """"the Kuwaiti Cultural Bureau in London": a state's bureau abroad is of the state its adjective
    names, and the city after it names the mission as an embassy's does."""
    for m in mentions:
        words = m.name.split()
        if m.lang != "en" or len(words) < 2 or words[-1] != "Bureau":
            continue
        iso = L.adjective_country(words[0], "en")
        if iso is None:
            continue
        m.country = iso
        host = _foreign_host(_EMBASSY_HOST, doc.norm, m.end, iso)
        if host:
            m.extra_labels.append(doc.norm[m.start:host.end()])


def _embassies(doc: Document, mentions: list[Mention], lang: str) -> list[Mention]:
    """An embassy is named by its country and by nothing else: keep the embassy mentions that
    say whose they are (one cluster per country), drop the rest ("با پیگیری سفارت تهیه شود")."""
    out, spans = [], []
    unknown_ru, unknown_his = [], []
    for m in mentions:
        words = m.name.split()
        if not words or fold(words[0]) not in L.EMBASSY_WORDS and fold(words[-1]) not in L.EMBASSY_WORDS:
            out.append(m)
            continue
        rest = words[1:] if fold(words[0]) in L.EMBASSY_WORDS else words[:-1]
        iso = _embassy_country(rest, m.lang)
        if iso is None and len(rest) == 1 and rest[0] in _HIS_COUNTRY:
            unknown_his.append(m)   # "سفارة بلاده" (his country's embassy): the ambassador's, below
            continue
        if iso is None:
            if m.lang == "ru" and not any(w.lower() in _RU_STATE_WORDS for w in rest):
                unknown_ru.append(m)   # "советник посольства Шерали Давлатов": a person, not a name
            elif m.lang != "fa":
                out.append(m)   # ("Посольство Российской Федерации": a name the country tables miss)
            continue   # (a Persian head word before a verb names nothing)
        m.named, m.country, m.kind = True, iso, "GovernmentBody"
        m.tokens = frozenset({"embassy", iso.lower()})
        host = _foreign_host(_HOST_AFTER.get(m.lang), doc.norm, m.end, iso)
        if host:
            m.extra_labels.append(doc.norm[m.start:host.end()])   # "Embassy of X in Hanoi"
        out.append(m)
        spans.append((m.start, m.end))
    # "السفارة الروسية", "the Iraqi Embassy": the country as an adjective, which the name finders skip
    for em in _EMBASSY_ADJ.finditer(doc.norm):
        if any(a < em.end() and em.start() < b for a, b in spans):
            continue
        adj = em.group(1) or em.group(2)
        iso = _embassy_country([adj], "ar" if em.group(1) else "en") if adj else \
            _embassy_country(em.group(3).split(), "en")
        if iso is None:
            continue
        start = em.start(2) if em.group(2) else em.start()
        end = em.end()
        # ("the British Embassy in Amman", "السفارة البريطانية في عمان": the city it sits in)
        host = _foreign_host(_EMBASSY_HOST if em.group(1) is None else _HOST_AFTER["ar"], doc.norm, end, iso)
        label = doc.norm[start:host.end()] if host else None
        if host and em.group(3):
            end = host.end()
        m = Mention(start, end, doc.norm[start:end], lang, "GovernmentBody", True)
        if label and host.end() != end:
            m.extra_labels.append(label)
        m.country, m.tokens = iso, frozenset({"embassy", iso.lower()})
        out = [x for x in out if not (x.start < m.end and m.start < x.end)]
        out.append(m)
        spans.append((m.start, m.end))
    out.extend(_embassies_of_ambassadors(doc, lang, spans))
    if lang == "ru":
        out.extend(_ministries_of_ministers(doc, out))
    if lang == "en":
        out.extend(_en_ministries_of_ministers(doc, out))
    # the bare Russian "посольства" of such a page is the one embassy the page names
    countries = {x.country for x in out if x.kind == "GovernmentBody" and "embassy" in x.tokens}
    for m in unknown_his:
        if len(countries) == 1:
            m.named, m.kind, m.country = True, "GovernmentBody", next(iter(countries))
            m.tokens = frozenset({"embassy", m.country.lower()})
            out.append(m)
    for m in unknown_ru:
        if len(countries) == 1:
            m.end = m.start + len(m.name.split()[0])
            m.name, m.named, m.kind = m.name.split()[0], True, "GovernmentBody"
            m.country = next(iter(countries))
            m.tokens = frozenset({"embassy", m.country.lower()})
            m.extra_labels = []
            out.append(m)
    return out


# "Посол Республики X", "Ambassador of X", "سفیر X", "السفير X": the head of a mission (in Arabic
# script also with "and" written on: "وسفير جمهورية X")
_AMBASSADOR_AT = re.compile(_n(r"(?<!\w)(?:[Пп]ос(?:ол|ла|лу|лом)|Ambassador|و?(?:سفیر|سفير|السفير))(?!\w)"))
# words of a state's long name, in the oblique forms that follow "Посол"
# (and the dictionary forms that a name's lemmas give: "Сирийской Арабской Республики")
_RU_STATE_WORDS = {"республики", "республика", "федерации", "королевства", "государства", "исламской",
                   "народной", "демократической", "арабской", "объединенных", "объединённых", "социалистической",
                   "султаната", "эмирата", "эмиратов", "содружества", "союза",
                   "федерация", "королевство", "арабский", "исламский", "народный", "демократический"}
_EMBASSY_WORD = {"ru": "Посольство", "en": "Embassy of", "fa": "سفارت", "ar": "سفارة"}
# "Генеральный консул X", "Consul General of X", "سرکنسول X", "القنصل العام X": the head of a consulate general
_CONSUL_GENERAL_AT = re.compile(_n(r"(?<!\w)(?:[Гг]енеральн(?:ый|ого|ому|ым) консул(?:а|у|ом)?|Consul[- ]General(?: of)?|"
                                   r"و?(?:سرکنسول|القنصل العام))(?!\w)"))
_CONSULATE_WORD = {"ru": "Генеральное консульство", "en": "Consulate General of", "fa": "سرکنسولگری",
                   "ar": "القنصلية العامة"}
_WHERE_WORDS = {fold(_n(w)) for w in ("to", "in", "at", "в", "во", "при", "در", "لدى", "في", "به")}


# "(заместитель) министра образования и науки Республики Таджикистан": a minister's portfolio in
# lower-case genitives, then his state
# (the portfolio's words are in the genitive, also listed with commas: "образования и науки",
# "иностранных дел", "высшего образования, науки и инноваций"; a verb or a
# preposition after "министр" is no portfolio: "министр отметил в Узбекистане")
_MINISTER_OF_STATE = re.compile(r"(?<!\w)[Мм]инистр(?:а|у|ом|е)?\s+"
                                r"((?:(?:[а-яё]+(?:ого|его|ых|их|ой|ей|ии|ия|ий|ы|а|я|и)|дел|и),?\s+){1,6}?)"
                                r"((?:Республики|Королевства|Государства)\s+[А-ЯЁ][\w-]+|Российской\s+Федерации|[А-ЯЁ][\w-]+)")


def _ministries_of_ministers(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A minister of a named state speaks for his ministry, also when the page never names it:
    "заместитель министра образования и науки Республики Таджикистан" makes "Министерство
    образования и науки Республики Таджикистан" (the portfolio is in the genitive either way)."""
    out = []
    for mm in _MINISTER_OF_STATE.finditer(doc.norm):
        state = mm.group(2).split()
        iso = L.place_country(state[-1]) if len(state) == 2 and state[0] != "Российской" else \
            ("RU" if state[0] == "Российской" else L.place_country(state[0]))
        if not iso or any(m.start <= mm.start(1) < m.end for m in mentions):
            continue
        name = "Министерство " + " ".join(mm.group(1).split() + state)
        m = Mention(mm.start(), mm.end(), name, "ru", "GovernmentBody", True, country=iso)
        m.tokens = frozenset(fold(w) for w in name.split() if w != "и")
        out.append(m)
    return out


# "Deputy Minister of Education, Science and Youth of Georgia", "the Deputy Minister of Education,
# Hon. Dr X": the portfolio's capitalised field words (commas and "and" between them), then maybe
# "of" and the state
_EN_FIELD = r"(?:" + "|".join(sorted(L.EN_MINISTRY_FIELDS, key=len, reverse=True)) + r")"
_EN_MINISTER_OF = re.compile(r"\b(?:(?:Deputy|Vice|Assistant|State)\s+)?Minister\s+(?:of|for)\s+"
                             rf"({_EN_FIELD}(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+){_EN_FIELD})*)"
                             r"(?:\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?(?![\w-])")


def _en_ministries_of_ministers(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A minister speaks for his ministry, also when the page never names it: "the Deputy
    Minister of Education" of a delegation "from Ghana" makes "Ministry of Education" of Ghana.
    The state is the one written after the portfolio, else the one country the sentence names
    before the post; with none, nothing (a ministry of an unknown state is no institution)."""
    out = []
    text = doc.norm
    for mm in _EN_MINISTER_OF.finditer(text):
        if any(m.start <= mm.start(1) < m.end for m in mentions):
            continue   # "Minister at the Ministry of ...": the page names it
        iso = _country_named(mm.group(2)) if mm.group(2) else None
        if mm.group(2) and iso is None:
            continue
        if iso is None:
            lo = max(text.rfind(". ", 0, mm.start()), text.rfind("\n", 0, mm.start())) + 1
            before = [c for c in (_country_named(w.group()) or L.adjective_country(w.group(), "en")
                                  for w in re.finditer(r"[A-Z][a-z]+", text[lo:mm.start()])) if c]
            if len(set(before)) != 1:
                continue
            iso = before[0]
        end = mm.end() if mm.group(2) else mm.end(1)
        name = "Ministry of " + text[mm.start(1):end]
        m = Mention(mm.start(), end, name, "en", "GovernmentBody", True, country=iso)
        m.tokens = frozenset(fold(w) for w in re.findall(r"[\w-]+", name) if w not in ("of", "and", "the"))
        out.append(m)
    return out


def _country_named(words: str) -> str | None:
    return L.COUNTRY_NAMES.get(_n(words).casefold())


def _embassies_of_ambassadors(doc: Document, lang: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """An ambassador speaks for his embassy: "Посол Республики Таджикистан в Российской
    Федерации", "Ambassador of Malaysia to Egypt", "سفیر جمهوری عراق", "السفير الروسي لدى
    العراق" make the embassy of that country act, also when the page never writes the word
    "embassy". The country is the one right after the title (the host country comes after
    "в", "to", "در", "لدى"); the label is the embassy's name built on the same words."""
    out = []
    text = doc.norm
    heads = [(am, False) for am in _AMBASSADOR_AT.finditer(text)] + \
        [(am, True) for am in _CONSUL_GENERAL_AT.finditer(text)]
    for am, consulate in heads:
        if any(a <= am.start() < b for a, b in spans):
            continue
        words = list(re.finditer(r"[\w'’-]+", text[am.end():am.end() + 90]))
        iso, last, adjective = None, None, False
        for k, w in enumerate(words[:5]):
            wt = w.group()
            if k == 0 and wt.lower() == "of":
                continue
            if text[am.end():am.end() + w.start()].count("\n") or fold(_n(wt)) in _WHERE_WORDS:
                break   # ("Ambassador to Iraq": the host country, not whose ambassador)
            if wt.lower() == "the" or fold(_n(wt)) in _STATE_WORDS or wt.lower() in _RU_STATE_WORDS:
                continue
            if k <= 1 and L.adjective_country(wt, lang):
                # "السفير الروسي", "سفیر ایرانی": the country as an adjective
                iso, last, adjective = L.adjective_country(wt, lang), k, True
                break
            found = L.COUNTRY_NAMES.get(_n(wt).casefold()) or (L.place_country(wt) if lang == "ru" else None)
            if found:
                iso, last = found, k
                # "Республики Корея", "United Arab Emirates": a second word may still belong
                if k + 1 < len(words) and L.COUNTRY_NAMES.get(_n(wt + " " + words[k + 1].group()).casefold()):
                    last = k + 1
            break
        if iso is None:
            continue
        end = am.end() + words[last].end()
        country_words = surface(doc, am.end(), end)   # (as the page writes it, not the folded form)
        if lang == "en":
            country_words = re.sub(r"^of\s+", "", country_words)
        if adjective and lang == "ar" and not consulate and len(country_words.split()) > 1:
            # "سفير الجمهورية التركية": the state written out, the embassy "of" it (construct form)
            name = "سفارة " + country_words
        elif adjective and lang == "ar":
            # the embassy is feminine: "السفير الروسي" -> "السفارة الروسية"
            adj = country_words if country_words.startswith("ال") else "ال" + country_words
            name = ("القنصلية العامة " if consulate else "السفارة ") + adj + ("ة" if not adj.endswith("ة") else "")
        else:
            name = (_CONSULATE_WORD if consulate else _EMBASSY_WORD).get(lang, "Embassy of") + " " + country_words
        m = Mention(am.start(), end, name, lang, "GovernmentBody", True)
        m.country, m.tokens = iso, frozenset({"consulate" if consulate else "embassy", iso.lower()})
        # "سرکنسول جمهوری آذربایجان در رشت", "Посол X в Российской Федерации": a mission is
        # named by the place it sits in too
        host = _foreign_host(_HOST_AFTER.get(lang, _CONSULATE_HOST_RU), text, end, iso) if consulate \
            else _embassy_host(lang, text, end, iso)
        if host:
            m.extra_labels.append(name + " " + surface(doc, end, host.end()).strip())
        out.append(m)
    return out


def _words(m: Mention) -> list[str]:
    return m.name.split()


# English head words as comparison tokens ("park", "hospital", "academy")
_EN_HEAD_TOKENS = {w.lower() for w in L.EN_HEADS} - {"university", "universiti", "universitas", "université"}
_HEAD_WORDS = ({fold(w) for w in L.FA_HEADS} | {fold(w) for w in L.AR_HEADS} | {fold(w) for w in L.EN_HEADS}
               | {fold(w) for w in L.FA_MULTI_HEADS})


def _has_top_head(surface: str, lang: str) -> bool:
    words = fold(surface).split()
    if any(w in _HEAD_WORDS or w.lstrip("و") in _HEAD_WORDS for w in words):
        return True
    if fold(L.AR_COLLEGE) in words and fold(L.AR_UNIVERSITY_ADJ) in words:
        return True
    # Russian: any case of a head noun ("университета", "академией")
    return any(w.startswith(h[:-1] if len(h) > 5 else h) for w in words for h in L.RU_HEADS if len(h) >= 5)


def _trim_to_known_forms(doc: Document, mentions: list[Mention]) -> None:
    """Where a Persian or Arabic name has no clear end, the document's own shorter uses of
    it tell where it ends: "دانشگاه خوارزمی توضیحاتی" is "دانشگاه خوارزمی" when that form
    occurs alone; a place added at the end ("... تهران", "... بغداد") is kept."""
    forms = {tuple(_words(m)) for m in mentions if not m.is_acronym}
    named_forms = {tuple(_words(m)) for m in mentions if not m.is_acronym and m.named}
    for m in mentions:
        w = tuple(_words(m))
        if m.is_acronym or len(w) < 3:
            continue
        best = None
        for f in forms:
            if len(f) < len(w) and w[:len(f)] == f and len(f) >= 2:
                rest = " ".join(w[len(f):])
                if L.place_country(rest) or L.place_country(w[len(f)]):
                    continue
                if w[len(f):len(f) + 2] == (_n("به"), _n("نام")):
                    continue   # "... به نام فارابی": the name goes on with whom it is named after
                if m.lang == "ar" and len(w) - len(f) == 2 and L.adjective_country(w[-1], "ar"):
                    continue   # "جامعة إكس مرسيليا الفرنسية": a foreign name's second word, then its country
                if m.lang == "ar" and all(x.startswith(("ال", "وال")) for x in w[len(f):]):
                    continue   # "جامعة قازان الفيدرالية", "وزارة التعليم العالي والبحث العلمي": an Arabic
                    # name goes on with definite words only, joined by "and" or not
                if m.lang == "ar" and len(w) - len(f) >= 2 and w[len(f)].startswith(_n("لل")) \
                        and all(x.startswith(("ال", "وال")) for x in w[len(f) + 1:]) \
                        and w[-1] not in _AR_PORTFOLIO_END:
                    continue   # "جامعة طوكيو للعلوم الزراعية": "for <field> <adjective>" makes another
                    # institution of the short form's city (a lone "للدراسة" may be "for study")
                if f in named_forms:
                    best = f if best is None or len(f) > len(best) else best
                else:
                    # a generic short form ("دانشگاه تکنولوژی") that names just one longer institution
                    supers = {g for g in named_forms if len(g) > len(f) and g[:len(f)] == f and g != w}
                    if len(supers) == 1 and (best is None or len(f) > len(best)):
                        best = f
        if best is not None:
            m.name = " ".join(best)
            m.end = m.start + _span_len(doc.norm, m.start, len(best))
            m.tokens = frozenset(x for x in best if x != _n("و"))
            m.named = best in named_forms
            m.extra_labels = []


def _span_len(text: str, start: int, n_words: int) -> int:
    ms = list(re.finditer(r"\S+", text[start:start + 400]))
    return ms[min(n_words, len(ms)) - 1].end() if ms else 0


# A capitalised word right after a name (not a connector, not a legal form, not a bracket)
_INSIDE_LONGER_NAME = re.compile(r" ([A-Z][a-z][\w'’-]*)")
# ... unless it starts a post, a title or a date ("X University President Y", "X University on Monday")
_EN_NOT_LONGER = ({p.split()[0].split("-")[0] for p, _ in L.EN_POSTS} | {t.rstrip(".") for t in L.EN_TITLES}
                  | {"Deputy", "Acting", "Senior", "Pro", "Vice", *L.EN_MONTHS, *L.EN_WEEKDAYS})


def _extend_to_known_name(doc: Document, overlapping: list[Mention], start: int, end: int) -> None:
    """"جامعة عين | شمس": a Persian or Arabic name read short (a second proper word without the
    article) that the gazetteer knows in full, one or two words longer, takes the known end."""
    if len(overlapping) != 1:
        return
    m = overlapping[0]
    extra = doc.norm[m.end:end]
    if m.start != start or end <= m.end or m.is_acronym or not re.fullmatch(r"(?:\s+\w+){1,2}", extra):
        return
    m.end = end
    m.name = " ".join(doc.norm[start:end].split())
    m.tokens = frozenset(m.tokens | set(extra.split()))
    m.named = True


# one or two capitalised words, each maybe after a lower-case particle of a place name
# ("... of Dar es Salaam", "... do Rio de Janeiro")
_KNOWN_NAME_GOES_ON = re.compile(r"(?:\s+(?:(?:es|el|de|da|do|di|del|la|al|ar|as|ad|ur|du|des|dos|das)\s+)?"
                                 r"[A-Z][\w'’-]*){1,2}")


def _extend_to_known_english_name(doc: Document, overlapping: list[Mention], start: int, end: int) -> None:
    """"King's College | London": an English name read short before a capitalised word that
    the gazetteer knows as part of the name takes the known end. Read short, the name can
    match another record's alias (an old name of a university elsewhere)."""
    if len(overlapping) != 1:
        return
    m = overlapping[0]
    extra = doc.norm[m.end:end]
    if m.start != start or end < m.end or m.is_acronym \
            or (extra and not _KNOWN_NAME_GOES_ON.fullmatch(extra)):
        return
    known = " ".join(doc.norm[start:end].split())
    if fold(known) == fold(m.name):
        return
    # Also when the span was read whole but its name lost a trailing city ("... London")
    # that the registry's name holds.
    m.end = end
    m.name = known
    m.tokens = frozenset(m.tokens | {_EN_SAME.get(w, w) for w in fold(known).split()})
    m.named = True


def _extend_to_known_place(doc: Document, overlapping: list[Mention], start: int, end: int) -> None:
    """"Британский университет менеджмента | в Ташкенте": a Russian name whose known form ends
    with where it is ("в Ташкенте", "в Центральной Азии") takes that end."""
    if len(overlapping) != 1:
        return
    m = overlapping[0]
    extra = doc.norm[m.end:end]
    if m.start != start or end <= m.end or m.is_acronym \
            or not re.fullmatch(r"\s+в\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?", extra):
        return
    m.extra_labels.append(doc.norm[m.start:m.end])
    m.end = end
    m.name = m.name + " " + " ".join(extra.split())
    m.tokens = frozenset(m.tokens | {w.lower() for w in extra.split()})


def _gazetteer_mentions(doc, gazetteer, lang, have: list[Mention]) -> list[Mention]:
    if gazetteer is None or not hasattr(gazetteer, "find_in_text"):
        return []
    try:
        found = gazetteer.find_in_text(doc.norm, lang)
    except Exception:  # noqa: BLE001
        return []
    out = []
    plural_heads = re.compile(r"\b(universities|institutes|colleges|университет(ы|ов|ам|ами|ах)|институт(ы|ов|ам|ами|ах))\b"
                              r"|" + _n("دانشگاه ها|دانشگاههای|دانشگاه های|جامعات|الجامعات"), re.I)
    for start, end, link in found:
        overlapping = [m for m in have if m.start <= start < m.end or start <= m.start < end]
        if overlapping and lang in ("fa", "ar"):
            _extend_to_known_name(doc, overlapping, start, end)
        elif overlapping and lang == "en":
            _extend_to_known_english_name(doc, overlapping, start, end)
        elif overlapping and lang == "ru":
            _extend_to_known_place(doc, overlapping, start, end)
        if overlapping:
            continue
        surface = doc.norm[start:end]
        # the gazetteer matches words in any order and case; a name in running text is
        # written as a name: capitalised Latin words, a capital in Cyrillic, no plurals
        latin = re.findall(r"[A-Za-z][\w'’\-]*", surface)
        if latin and any(w[0].islower() and w not in ("of", "for", "and", "the", "de", "in", "at") for w in latin):
            continue
        if re.search(r"[а-яё]", surface, re.I) and not re.search(r"[А-ЯЁ]", surface):
            continue
        if plural_heads.search(surface) or re.search(r"['’]s\b", surface):
            continue
        longer = _INSIDE_LONGER_NAME.match(doc.norm, end) if latin else None
        if longer and not L.place_country(longer.group(1)) and longer.group(1) not in _EN_NOT_LONGER:
            continue   # "QS Asia University Rankings": a registry's name inside another kind of name
        if not (surface.isupper() and " " not in surface) and not _has_top_head(surface, lang):
            continue   # "Centre of Excellence": a unit's name that some registry also holds
        prev = doc.norm[max(0, start - 12):start].split()
        if prev and prev[-1] in _FA_NUMBERS:
            continue
        is_acr = surface.isupper() and " " not in surface
        if is_acr and len(surface) < 3:
            continue   # two capitals are too often something else ("DU" is defined in the text if meant)
        m = Mention(start, end, surface, lang, "University", True, country=link.country, is_acronym=is_acr)
        m.acronym = surface if is_acr else None
        m.tokens = frozenset(_EN_SAME.get(w, w) for w in fold(surface).split())
        out.append(m)
    if lang in ("fa", "ar"):
        _extend_like_elsewhere(doc, have)
    if lang == "en" and hasattr(gazetteer, "match_status"):
        _acronym_and_place_names(doc, gazetteer, have)
    return out


_ACRONYM_THEN_WORD = re.compile(r"\s([A-Z][a-z][\w'’-]+)\b")


def _acronym_and_place_names(doc: Document, gazetteer, mentions: list[Mention]) -> None:
    """"IIT Madras", "TU Delft": an acronym and one capitalised word that the registry knows,
    word for word, as a name of one institution are that name (not the acronym alone, which
    would join a longer name that starts with it, "IIT Madras Research Park")."""
    known: dict[str, bool] = {}
    for m in mentions:
        if not m.is_acronym or m.lang != "en":
            continue
        nxt = _ACRONYM_THEN_WORD.match(doc.norm, m.end)
        if not nxt or nxt.group(1) in L.EN_HEADS:
            continue
        name = m.name + " " + nxt.group(1)
        if name not in known:
            link, _ = gazetteer.match_status(name, "en", None, None)
            known[name] = link is not None and link.method == "exact"
        if known[name]:
            m.end, m.name, m.is_acronym, m.acronym, m.named = nxt.end(1), name, False, None, True
            m.tokens = frozenset(_EN_SAME.get(w, w) for w in fold(name).split())


def _extend_like_elsewhere(doc: Document, mentions: list[Mention]) -> None:
    """"وجامعة عين شمس" in a headline, "جامعة عين شمس" in the story: where the registry
    told the full end of a name read short in one place (the registry's search misses some
    spellings, e.g. a conjunction written onto the head), the same short reading followed
    by the same words elsewhere in the document is that name too."""
    known: dict[str, set[str]] = {}
    for m in mentions:
        words = m.name.split()
        if not m.is_acronym and len(words) >= 2:
            known.setdefault(" ".join(words[:-1]), set()).add(words[-1])
            if len(words) >= 3:
                known.setdefault(" ".join(words[:-2]), set()).add(" ".join(words[-2:]))
    for m in mentions:
        if m.is_acronym:
            continue
        # the longest known end that the text writes after this reading
        for extra in sorted(known.get(m.name, ()), key=len, reverse=True):
            after = re.match(r"\s+" + r"\s+".join(map(re.escape, extra.split())) + r"(?!\w)",
                             doc.norm[m.end:m.end + 80])
            if after:
                m.end += after.end()
                m.name = m.name + " " + extra
                m.tokens = frozenset(m.tokens | set(extra.split()))
                m.named = True
                break


# fields a university is "of" ("University of Technology"): no short name alone
_EN_FIELDS = {"technology", "science", "sciences", "medicine", "medical", "economics", "arts", "education",
              "engineering", "law", "business", "agriculture", "management", "music", "applied", "health",
              "information", "finance", "commerce", "mines", "petroleum", "the"}


def _english_short_forms(doc: Document, clusters: list[_Cluster], tokens: list[Tok]) -> None:
    """"Western" alone after "Western University", "Glasgow's" after "University of Glasgow":
    a one-word name with the head dropped (for "University of X" only in the possessive,
    where X alone is as likely the city)."""
    for c in clusters:
        for m in list(c.full()):
            if m.lang != "en":
                continue
            words = m.name.split()
            forms = ()
            if len(words) == 2 and words[1] in ("University", "Universiti") and words[0] not in L.EN_NOT_NAME \
                    and not L.place_country(words[0]) and not words[0].isupper():
                forms = (words[0], words[0] + "'s", words[0] + "’s")
            elif len(words) == 3 and words[0] == "University" and words[1] == "of" and words[2][:1].isupper() \
                    and not _country_named(words[2]):   # ("the Government of Ghana's plans": the country's)
                forms = (words[2] + "'s", words[2] + "’s")
                if not L.place_country(words[2]) and words[2].lower() not in _EN_FIELDS:
                    # "signed on behalf of Warwick": X alone, where X is no city the lexicon knows
                    # ("in Warwick" stays a place)
                    forms += (words[2],)
            if forms:
                short = re.sub(r"['’]s$", "", forms[-1])
                for t in tokens:
                    if t.text in forms and not any(
                            x.start <= t.start < x.end for x in c.mentions):
                        nxt = doc.norm[t.end:t.end + 12]
                        if nxt.lstrip().startswith("University"):
                            continue
                        if t.text == short and re.search(
                                r"\b(?:in|near|city of|town of)\s+$", doc.norm[max(0, t.start - 12):t.start]):
                            continue   # "a semester in Leipzig": the city ("Leipzig University" too)
                        s = Mention(t.start, t.start + len(short), short, "en", m.kind, True)
                        s.tokens = m.tokens
                        c.mentions.append(s)


def _institution(doc: Document, c: _Cluster, key: str, lang: str) -> Institution:
    full = sorted(c.full(), key=lambda m: m.start) or sorted(c.mentions, key=lambda m: m.start)
    non_weak = [m for m in full if not m.weak] or full
    shown: dict[str, str] = {}   # normalised name -> as written, where the name is the text itself
    for m in c.mentions:
        if m.lang != "ru" and doc.norm[m.start:m.end] == m.name:
            shown.setdefault(m.name, surface(doc, m.start, m.end))
    if lang in ("fa", "ar"):
        counts: dict[str, int] = {}
        for m in non_weak:
            counts[m.name] = counts.get(m.name, 0) + 1
        # the most frequent form in the document's own script; a longer one on a tie
        native = {m.name for m in non_weak if m.lang == lang}
        name = max(counts, key=lambda n: (n in native, counts[n] + (0.5 if len(n.split()) > 2 else 0), -len(n)))
        # the most frequent form; but a form with the country appended loses to the bare one
    else:
        name = max((m.name for m in non_weak), key=lambda n: (len(n.split()), len(n)))
    labels: list[tuple[str, str | None]] = []
    name = shown.get(name, name)
    seen = {fold(name)}
    in_order = sorted(c.mentions, key=lambda m: m.start)
    for m in in_order:
        for form in [shown.get(m.name, m.name)] + m.extra_labels:
            if fold(form) not in seen:
                seen.add(fold(form))
                labels.append((form, m.lang))
    acronym = next((m.acronym for m in c.mentions if m.acronym and not m.is_acronym), None) or \
        next((m.acronym for m in c.mentions if m.is_acronym), None)
    if acronym and fold(acronym) not in seen:
        labels.append((acronym, None))
    # the most frequent country and kind; on a tie the one of the earliest mention (a set's order
    # would change with the hash seed, and the same text would give another graph)
    countries = [m.country for m in in_order if m.country]
    country = max(dict.fromkeys(countries), key=countries.count) if countries else None
    kinds = [m.kind for m in in_order if not m.is_acronym] or ["University"]
    kind = max(dict.fromkeys(kinds), key=kinds.count)
    inst = Institution(key=key, name=name, lang=full[0].lang if full else lang, labels=labels,
                       acronym=acronym, kind=kind, country=country)
    for m in in_order:
        inst.evidence.append(doc.evidence(m.start, m.end))
    return inst


def institution_at(doc: Document, start: int, end: int) -> str | None:
    """Key of the institution with a mention overlapping the norm span [start, end)."""
    for inst in doc.institutions:
        for ev in inst.evidence:
            a, b = norm_pos(doc, ev.start), norm_pos(doc, max(ev.start, ev.end - 1)) + 1
            if a < end and start < b:
                return inst.key
    return None


def _build_units(doc: Document, mentions: list[Mention], tokens: list[Tok], lang: str, nlp=None) -> None:
    spans = _find_units(doc, tokens, lang, nlp)
    for m in mentions:
        if m.unit_of is not None:
            spans.append((m.start, m.end, m.name))
    spans.sort()
    bounds = sentence_bounds(doc)
    host = doc.institutions[0].key if doc.institutions else None
    seen: dict[tuple[str, str], Unit] = {}
    explicit: dict[str, set[str]] = {}   # unit name -> institutions written right next to it
    last_end = -1
    for start, end, name in spans:
        if start < last_end or institution_at(doc, start, end) and not any(
                m.start == start and m.unit_of is not None for m in mentions):
            continue
        last_end = end
        name = surface(doc, start, end) if lang != "ru" or name == doc.norm[start:end] else name.strip()
        inst = _unit_owner_named(doc, start, end)
        if inst:
            explicit.setdefault(fold(name), set()).add(inst)
        elif len(explicit.get(fold(name), ())) == 1:
            # the unit named again alone ("رئیس دانشکده مهندسی شیمی", "the School's dean") is the
            # one the text tied to its institution before, not that of the nearest other one
            inst = next(iter(explicit[fold(name)]))
        inst = inst or _unit_owner(doc, start, end, bounds) or host
        if inst is None:
            continue
        k = (fold(name), inst)
        if k in seen:
            seen[k].evidence.append(doc.evidence(start, end))
            continue
        u = Unit(key=f"u{len(seen) + 1}", name=name, institution=inst, lang=lang,
                 evidence=[doc.evidence(start, end)])
        seen[k] = u
        doc.units.append(u)


def _unit_owner_named(doc: Document, start: int, end: int) -> str | None:
    """The institution written right after a unit phrase ("... دانشگاه تهران", "Институт
    филологии МПГУ") or right before it ("DU's Faculty of ...")."""
    nxt = re.match(r"\s*(?:(?:at|of|in|در|في|,)\s*)?", doc.norm[end:])
    if nxt:
        k = institution_at(doc, end + nxt.end(), end + nxt.end() + 2)
        if k:
            return k
    # "كلية الآداب بالرباط", "دانشکده ... در تبریز": the unit's city points to its institution
    city = _UNIT_IN_CITY.match(doc.norm, end)
    if city:
        words = city.group(1).split()
        iso = L.place_country(" ".join(words)) or L.place_country(words[0])
        if iso and _n(words[0]).casefold() not in L.COUNTRY_NAMES:
            # the institution written with the same city ("جامعة X بالرباط"), else the one of its country
            owners = [i.key for i in doc.institutions if i.kind != "GovernmentBody" and any(
                (c := _UNIT_IN_CITY.match(doc.norm, norm_pos(doc, ev.end - 1) + 1)) and c.group(1).split()[0] == words[0]
                for ev in i.evidence)]
            owners = owners or [i.key for i in doc.institutions if i.kind != "GovernmentBody" and iso in (
                i.country, i.link.country if i.link else None)]
            if len(set(owners)) == 1:
                return owners[0]
    return institution_at(doc, max(0, start - 8), start)


_UNIT_IN_CITY = re.compile(_n(r"\s*(?:ب|في\s+|در\s+)(\w+(?:\s\w+)?)"))


def _unit_owner(doc: Document, start: int, end: int, bounds) -> str | None:
    """The institution a unit phrase belongs to, in its sentence (the caller has asked
    `_unit_owner_named` for one named right after or before it)."""
    after = institution_at(doc, end, min(len(doc.norm), end + 4 + 30))
    s0, s1 = sentence_at(bounds, start)
    best, dist = None, None
    for inst in doc.institutions:
        for ev in inst.evidence:
            p = norm_pos(doc, ev.start)
            if s0 <= p < s1:
                d = abs(p - start)
                if dist is None or d < dist:
                    best, dist = inst.key, d
    return best or (after if after else None)
