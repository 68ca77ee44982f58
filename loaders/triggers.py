"""Trigger lexicons for events, agreements and their status, per language.

Every pattern is written as it reads and passed through `normalise_text`, so Arabic letter
forms (ي ك ى) match the Persian forms that `doc.norm` holds and a zero-width non-joiner
may be written as a space. Patterns are generic vocabulary (event nouns, signing verbs,
modal and future markers); nothing here names an institution or a person.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders import lexicon as L
from loaders.normalise import normalise_text


def rx(*patterns: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """One compiled alternation of `patterns`, normalised like `doc.norm`.

    An Arabic word with the article may carry a clitic conjunction or preposition written
    onto it ("والطلبة", "بالتعاون"), so `\bال` also matches after و ف ب ل."""
    def prep(p: str) -> str:
        p = normalise_text(p)[0]
        return p.replace(r"\b(?:ال)?", r"\b(?:[وفبل]?ال)?").replace(r"\bال", r"\b[وفبل]?ال")
    return re.compile("|".join(f"(?:{prep(p)})" for p in patterns), flags)


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def _script(pattern: str) -> str | None:
    """"a" (Arabic script), "c" (Cyrillic) or "l" (Latin) of a pattern's letters; None when it has none."""
    letters = re.sub(r"\\.", "", pattern)
    for code, found in (("a", _ARABIC_SCRIPT), ("c", _CYRILLIC), ("l", _LATIN)):
        if found.search(letters):
            return code
    return None


@lru_cache(maxsize=512)
def scripts_of(text: str) -> tuple[str, ...]:
    """The scripts a text is written in (cached: every pattern of a sentence asks)."""
    return tuple(code for code, found in (("a", _ARABIC_SCRIPT), ("c", _CYRILLIC), ("l", _LATIN))
                 if found.search(text))


class ScriptRx:
    """`rx` split by script: a sentence is searched only with the patterns of the scripts it is
    written in (a Russian sentence never tries the Persian and Arabic alternatives). Matches are
    those of `rx` on a one-script text; `finditer` and `search` are all the callers use."""

    def __init__(self, *patterns: str, flags: int = re.IGNORECASE):
        parts: dict[str | None, list[str]] = {}
        for p in patterns:
            parts.setdefault(_script(p), []).append(p)
        every = parts.pop(None, [])
        self._by_script = {code: rx(*(ps + every), flags=flags) for code, ps in parts.items()}
        self._every = rx(*every, flags=flags) if every else None
        self.pattern = rx(*patterns, flags=flags).pattern

    def _patterns(self, text: str) -> list[re.Pattern]:
        out = [p for code in scripts_of(text) if (p := self._by_script.get(code)) is not None]
        if not out and self._every is not None:
            out = [self._every]
        return out

    def finditer(self, text: str):
        pats = self._patterns(text)
        if len(pats) == 1:
            return pats[0].finditer(text)
        return iter(sorted((m for p in pats for m in p.finditer(text)), key=lambda m: m.start()))

    def search(self, text: str):
        for p in self._patterns(text):
            m = p.search(text)
            if m:
                return m
        return None


# ---------------------------------------------------------------- events

EVENT_TRIGGERS: dict[str, re.Pattern] = {
    "Meeting": rx(
        r"\bنشست(?:ی|های|ها)?\b", r"\bجلسه(?:ای|ی)?\b", r"\bجلسات\b", r"\bدیدار\b", r"\bملاقات\b",
        r"\bگفت ?و ?گو\b", r"\bگفتگو\b", r"\bمذاکرات?\b", r"\bمیزگرد\b",
        r"\bвстреч\w*", r"\bпереговор\w*", r"\bдоговорились\b", r"\bзаседани\w*", r"\bсовещани\w*", r"\bкругл\w+ стол\w*",
        r"\bmeetings?\b", r"\bmet\b", r"\bmeets\b", r"\btalks\b", r"\bround ?table\b", r"\bvideo ?conferenc\w*",
        # ceremonies and openings gather the partners too (typed as meetings: no class of their own)
        r"\bceremony\b", r"\binaugurat\w*", r"\bopening\b",
        # opening something built together: "opened a joint research laboratory"
        r"\bopened (?:a|an|the|their|its) (?:new )?(?:joint )?(?:[\w-]+ ){0,2}(?:laborator(?:y|ies)|lab|centre|center|office|institute|school)\b", r"\bцеремони\w*", r"\bторжественн\w+ открыти\w*",
        r"\bمراسم(?:ی)?\b", r"\bآیین\b", r"\bافتتاح\w*", r"\bحفل\b", r"\b(?:ال)?حفل\b",
        r"\bвидеоконференци\w*",
        r"\b(?:ال)?اجتماع\w*", r"\b[وفبل]?لقاء(?:ات)?\b", r"\bاللقاء\b", r"\bاستقبل\w*", r"\bالتقى\b", r"\bمباحثات\b",
    ),
    "Visit": rx(
        r"\bبازدید\w*", r"\bسفر(?:ی|ش)?\b", r"\bهی[ئا]ت(?:ی)?\b(?! ?علمی)(?! ?مدیره)(?! ?امنا)(?! ?رئیسه)",
        r"\bвизит\w*", r"\bпосети\w*", r"\bпосещени\w*", r"\bделегаци\w*", r"\bприбыл\w*", r"\bпобывал\w*",
        r"\bvisit(?:s|ed|ing|ors?)?\b(?! (?:professors?|scholars?|fellows?|faculty|researchers?|lecturers?|our website))",
        r"\bdelegations?\b", r"\btrip\b",
        r"\bcourtesy (?:call|visit)s?\b", r"\bcalled on\b", r"\bpaid a call\b",   # protocol visits
        # receiving a guest: "hosted Professor X", "received H.E. the Ambassador", "welcomed Dr X"
        r"\b(?:received|receives|welcomed|welcomes|hosted|hosts)\s+(?:H\.E\.\s+)?(?:the\s+)?"
        r"(?:Professor|Prof\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Dato['’]?|Datuk|Ambassador|President|Rector|Vice-|Minister)(?=\s)",
        r"\bزار(?:ت|وا)?\b", r"\b[یت]زور\b", r"\b[وفبل]?زیار\w*", r"\b(?:ال)?زیار\w*", r"\b[وفبل]?وفد\w*", r"\bالوفد\b",
    ),
    # singular only: "joint conferences", "همایش های مشترک" name a kind of activity, not an event
    "Conference": rx(
        r"\bکنفرانس(?:ی)?\b(?! ?ها)", r"\bهمایش(?:ی)?\b(?! ?ها)", r"\bسمینار(?:ی)?\b(?! ?ها)", r"\bاجلاس\b", r"\bوبینار\b",
        r"\bвебинар\w*", r"\bwebinar\b",
        r"\bконференци(?:я|ю|ей|и)\b", r"\bфорум(?:а|е|ом)?\b", r"\bсимпозиум(?:а|е|ом)?\b", r"\bконгресс(?:а|е|ом)?\b",
        r"\bсаммит(?:а|е|ом)?\b",
        r"\bconference\b", r"\bforum\b", r"\bsummit\b", r"\bsymposium\b", r"\bcongress\b",
        # a workshop held together is an event of the partners (one, not "workshops" as an activity)
        r"\bworkshop\b", r"\b(?:ال)?ورشة (?:ال)?عمل\b", r"\bالورشة\b", r"\bکارگاه آموزشی\b(?! ?ها)",
        r"\bсеминар(?:а|е|ом)?\b",
        # a summer or winter school held together gathers the partners for days (no class of its own)
        r"\b(?:летн|зимн)(?:яя|юю|ей|ие|их) (?:\w+ )?школ(?:а|у|ы|е|ой)\b", r"\b(?:summer|winter) school\b(?!s)",
        r"\bمدرسه (?:تابستانی|زمستانی)\b(?! ?ها)", r"\b(?:ال)?مدرسة (?:ال)?(?:صيفية|شتوية)\b",
        r"\b(?:ال)?مؤتمر\b", r"\bمؤتمرا\b", r"\bندوة\b",   # ("مؤتمرا دوليا": the accusative)
        r"\bالندوة\b", r"\b(?:ال)?ملتقى\b", r"\b(?:ال)?منتدى\b",
    ),
}
# Delegation words: a visit only when nothing else in the sentence names the event
# ("the delegation took part in the conference" tells a conference).
WEAK_VISIT = rx(r"^هی[ئا]ت", r"^делегаци", r"^delegation", r"^وفد", r"^الوفد")
# Order in which a sentence's triggers decide its event type (the most specific first).
TYPE_PRIORITY = ("SigningCeremony", "Visit", "Conference", "Meeting")

# Signing, as done (not as intended: PLANNED decides that).
SIGNED = rx(
    r"امضا(?:ی)?\b", r"\bمنعقد", r"\bانعقاد\b",
    r"\bподписа\w*", r"\bподписыва\w*", r"\bзаключ(?:ил|ила|или|ен|ено|ена|ён)\w*",
    r"\bскреп\w* (?:\w+ )?подпис\w*",   # "скрепили подписями", "скреплён подписями сторон"
    r"\bsign(?:s|ed|ing)?\b", r"\bentered into\b", r"\binked\b", r"\bconcluded\b",
    # "formalised their ties through an MoU", "an MoU that lapsed / expired": one signed (and done)
    r"\bformali[sz]ed\b", r"\b(?:lapsed|expired)\b",
    r"\b[وفبل]?توقیع\b", r"\bالتوقیع\b", r"\bأبرم\w*", r"\bابرام\b",
    r"\b[وف]?(?:ی|ت)?وقع(?:ان|ا|ت|وا)?(?:ها|ه|هما)?\b",   # "ووقعها" (and signed it): a conjunction and an object
)

# Signing denied: "no agreement was signed", "документы не подписывались", "لم يتم توقيع".
NOT_SIGNED = rx(
    r"\bno (?:[\w-]+ ){0,2}(?:agreements?|memorand\w+|MoUs?|documents?|contracts?)\b(?: \w+){0,3} (?:was|were|has been|have been|had been|is|are) (?:yet )?signed\b",
    r"\b(?:was|were|has|have|had|is|are) not (?:yet )?(?:been )?signed\b", r"\bdid not sign\b", r"\bwithout signing\b",
    r"\bне (?:был[оаи]? )?(?:подписа|подписыва|заключ)\w*", r"\bбез подписани\w*",
    r"امضا ن(?:شد|شده|کرد|کردند|رسید)", r"\bبه امضا نرسید",
    r"\b[وف]?لم (?:یتم |تتم )?(?:\S+ ){0,3}?(?:ت|ی)?وقی?ع\w*", r"\bدون (?:ال)?توقیع\b",
)
# A future or intended event or agreement ("next meeting", "to be signed").
FUTURE = rx(
    r"\bبعدی\b", r"\bآتی\b", r"\bپیش ?رو(?:ی)?\b", r"قرار (?:است|شد)", r"مقرر (?:شد|است|گردید)",
    r"برگزار (?:خواهد|شود)", r"(?<!به )\bدعوت (?:از|کرد|نمود)",
    # "سفارت آماده است مقدمات سفر هیئتی ... را فراهم کند": ready to arrange a trip, one still to come
    # (arranged already, "مقدمات ... فراهم شد", is past)
    r"\bمقدمات [^.]{0,60}?فراهم (?:کند|کنند|شود|سازد|خواهد)",
    r"\bследующ\w*", r"\bсостоится\b", r"\bсостоятся\b", r"\bпредстоящ\w*", r"\bпланиру\w*",
    r"\bпригласил\w*", r"\bприглашает\b", r"\bбудет проведен\w*", r"\bпройд[её]т\b",
    r"\bnext\b", r"\bupcoming\b", r"\bwill (?:be held|take place|host|hold|organi[sz]e)\b", r"\bdue to\b",
    r"\bis scheduled\b", r"\bare scheduled\b", r"\bplanned for\b", r"\binvited\b", r"\binvites\b",
    # "plan first joint summer school" (a headline's verb), "provisionally scheduled for July"
    r"\bplans? (?=(?:a|an|the|their|its|first|second|new|joint)\b)", r"\bscheduled for\b",
    r"\b(?:provisionally|tentatively)\b",
    r"\bto (?:hold|organi[sz]e|host|convene)\b", r"\b(?:провести|организовать|проведени\w+ в (?:19|20)\d\d)\b",
    r"\bعلی (?:عقد|إقامة|اقامة|تنظیم)\b",
    r"\bالقادم\w*", r"\bالمقبل\w*", r"\bسیعقد\b", r"\bستعقد\b", r"\bستقام\b", r"\bسیقام\b", r"\bدعا\b",
    r"\b(?:ستنظم|سینظم|ستستضیف|سیستضیف)\b",   # "ستنظم الجامعتان ندوة": will organise, will host
    # "الزيارة المرتقبة", "expected to be signed during the visit": an awaited event
    r"\bالمرتقب\w*", r"\bمرتقب\w*",
    r"\b(?:is|are) expected to (?:be (?:signed|held|organi[sz]ed)|take place|visit)\b",   # ("... is expected to boost": no)
)
# Taking part, attending, welcoming: a sentence that names who was at the event.
PARTICIPATION = rx(
    r"\bحضور (?:داشت|یافت)", r"\bشرکت (?:کرد|داشت)", r"\bنمایندگان\b", r"\bمیهمان\w*", r"\bمهمان\w*", r"\bاستقبال\b",
    r"\bпринял\w* участие\b", r"\bучаств\w*", r"\bприехал\w*", r"\bприбыл\w*", r"\bприсутствова\w*", r"\bпредставител\w*", r"\bгост\w*",
    r"\btook part\b", r"\btaking part\b", r"\b(?:was|were) accompanied by\b", r"\bpresent (?:were|was)\b", r"\bparticipat\w*", r"\battend\w*", r"\bjoined\b", r"\bwelcom\w*", r"\bguests?\b",
    r"\brepresentatives?\b", r"\bdelegates\b",
    # "Rectors and vice-rectors of X, Y and Z discussed ...": the heads of several universities
    r"\b(?:rectors|presidents|vice-chancellors|vice-rectors|heads|leaders)(?: and [\w-]+)? of\b",
    r"\bректор(?:ы|ов)\b", r"\bруководител(?:и|ей)\b", r"\bرؤسای\b", r"\bرؤساء\b",
    r"\bشارک\w*", r"\bبمشارکة\b", r"\bحضر\w*", r"\bممثل\w*", r"\bاستقبل\w*",
    # a plenary or keynote speaker takes part: "С пленарным докладом выступил ...", "gave the keynote"
    r"\bпленарн\w+ доклад\w*", r"\bkeynote\b", r"\bplenary (?:talk|lecture|address|speech|report)\b",
    r"\bسخنرانی (?:کلیدی|اصلی)\b", r"\b(?:ال)?محاضرة (?:ال)?رئیسیة\b",
)
# A past event told as background ("founded in", "earlier", "previously").
BACKGROUND = rx(
    r"\bپیش از این\b", r"\bقبلا\b", r"\bتا?سیس شد", r"\bتأسیس شد", r"\bیادآور\w*",
    r"\bучрежден\w*", r"\bоснован\w*", r"\bранее\b", r"\bв прошлом году\b", r"\bнапомним\b",
    r"\bfounded\b", r"\bestablished in\b", r"\bearlier\b", r"\bpreviously\b", r"\blast year\b",
    r"\bas a reminder\b",
    r"\bتأسست\b", r"\bسابقا\b", r"\bالعام الماضی\b",
)
# "also": a further meeting on the same trip ("the rector also met the head of X").
ALSO = rx(r"\balso\b", r"\bтакже\b", r"\bкроме того\b", r"\bهمچنین\b", r"\bنیز\b", r"\bکما\b", r"\bأیضا\b", r"\bایضا\b")
# A sentence that opens with a later time of the same day ("that afternoon, ...", "later the same
# day"): what it tells is another event of that day, not more of the one told before.
SAME_DAY_OPENING = rx(
    r"^\s*(?:عصر|بعدازظهر|بعد از ظهر|شب|غروب) (?:همان|آن) روز\b",
    r"^\s*(?:later|in the afternoon of|on the evening of|that) (?:that|the same)? ?(?:day|afternoon|evening)\b",
    r"^\s*(?:вечером|днём|днем|позднее|позже) (?:того же|в тот же) дня\b|^\s*(?:вечером|днём|днем) того же дня\b",
    r"^\s*(?:و)?(?:في )?(?:مساء|عصر|ظهر) (?:اليوم|ذلك اليوم) (?:نفسه|ذاته)?",
)
# Words that point back at the meeting itself ("in this meeting"), not at a trip.
MEETING_ANAPHOR = rx(
    r"\bاین (?:نشست|جلسه|دیدار|ملاقات)", r"\b(?:this|the same) (?:meeting|talks)\b", r"\bthe (?:meeting|session|talks) (?:was|were) (?:also )?attended\b",
    # the ceremony or conference itself: "نیز در این مراسم / همایش", "also at the ceremony"
    r"\bاین (?:مراسم|همایش|کنفرانس|آیین)", r"\b(?:this|the same|the) (?:ceremony|conference|forum)\b",
    r"\b(?:в ходе|во время|на) (?:церемони|конференци|форум)\w*", r"\bخلال (?:الحفل|المؤتمر|الندوة)", r"\bهذا (?:الحفل|المؤتمر)\b",
    r"\b(?:в ходе|во время|в начале|в конце|по итогам) (?:\w+ )?(?:встреч|переговор|заседани)",
    # "на встрече также присутствовал ...", "at the meeting", "در این دیدار": who else was there
    r"\bна (?:этой |данной )?(?:встрече|переговорах|заседании|совещании)\b", r"\bat the (?:meeting|talks)\b",
    r"\bخلال (?:اللقاء|الاجتماع)", r"\bهذا اللقاء\b",
)
# Words that point back at an event already told ("in this meeting", "during the visit").
ANAPHOR = rx(
    r"\bاین (?:نشست|جلسه|دیدار|سفر|بازدید|ملاقات|همایش)", r"\bدر ادامه\b",
    r"\b(?:в ходе|во время|в рамках|по итогам|завершая|в начале|в конце) (?:\w+ )?(?:встреч|визит|переговор|заседани|поездк)",
    r"\b(?:this|the) (?:meeting|visit|talks|trip)\b", r"\bduring the\b",
    r"\bخلال (?:اللقاء|الزیارة|الاجتماع)", r"\bهذا اللقاء\b",
)

# Days named relative to the document's own date: offset in days, or a weekday (0 = Monday).
TODAY = rx(r"\btoday\b", r"\bсегодня\b", r"\bامروز\b", r"\bالیوم\b")
# "held this week": the page's own date is the closest day the text gives
THIS_WEEK = rx(r"\bthis week\b", r"\bна этой неделе\b", r"\bاین هفته\b", r"\bهذا (?:ال)?أسبوع\b", r"\bهذا الاسبوع\b")
# "the day before, 13 November, ...": an event of the eve, dated before the one the story tells
DAY_BEFORE = rx(r"\bнакануне\b", r"\bthe (?:day|evening) before\b", r"\bthe previous day\b", r"\ba day earlier\b",
                r"\bروز قبل\b", r"\bشب قبل\b", r"\bفی الیوم السابق\b", r"\bقبل ذلک بیوم\b", r"\bعشیة\b")
YESTERDAY = rx(r"\byesterday\b", r"\bвчера\b", r"\bدیروز\b", r"\bأمس\b", r"\bامس\b")
WEEKDAYS = [
    (rx(r"\bmonday\b", r"\bпонедельник\w*", r"\bدوشنبه\b", r"\bالاثنین\b", r"\bالإثنین\b"), 0),
    (rx(r"\btuesday\b", r"\bвторник\w*", r"\bسه ?شنبه\b", r"\bالثلاثاء\b"), 1),
    (rx(r"\bwednesday\b", r"\bсреду\b", r"\bсреда\b", r"\bچهار ?شنبه\b", r"\bالأربعاء\b", r"\bالاربعاء\b"), 2),
    (rx(r"\bthursday\b", r"\bчетверг\w*", r"\bپنج ?شنبه\b", r"\bالخمیس\b"), 3),
    (rx(r"\bfriday\b", r"\bпятниц\w*", r"\bجمعه\b", r"\bالجمعة\b"), 4),
    (rx(r"\bsaturday\b", r"\bсуббот\w*", r"(?<!سه )(?<!چهار )(?<!پنج )(?<!یک )(?<!دو)(?<!سه)(?<!چهار)(?<!پنج)(?<!یک)\bشنبه\b", r"\bالسبت\b"), 5),
    (rx(r"\bsunday\b", r"\bвоскресень\w*", r"\bیک ?شنبه\b", r"\bالأحد\b", r"\bالاحد\b"), 6),
]

# ---------------------------------------------------------------- event format and place

HYBRID = rx(r"ترکیبی", r"\bhybrid\b", r"\bгибридн\w*", r"\bсмешанн\w+ формат\w*", r"\bهجین\b", r"\bمدمج\b")
ONLINE = rx(r"آنلاین", r"\bمجازی\b", r"وبینار", r"ویدئو ?کنفرانس", r"\bonline\b", r"\bvirtual(?:ly)?\b",
            r"\bvideo ?conferenc\w*", r"\bvia zoom\b", r"\bонлайн\b", r"\bдистанционн\w*", r"\bвидеоконференц\w*",
            r"\bвиртуальн\w*", r"عن بعد", r"\bافتراضی\w*", r"\bمرئی\b")
IN_PERSON = rx(r"\bحضوری\b", r"\bin person\b", r"\bin-person\b", r"\bочно\b", r"\bочн\w+ формат\w*", r"\bوجاهی\b")
PLACE = rx(
    r"در (?:محل|سالن|تالار|ساختمان)\s[^,.;:\n]{3,60}?(?=\s(?:برگزار|دیدار|به امضا|رسید|با حضور)|[,.;\n]|$)",
    r"\((?:г\.|город)\s?[^)\n]{2,40}\)", r"\bв (?:г\.\s?|городе\s)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?е\b",
    r"\bin (?:the city of )?(?!(?:" + "|".join(L.EN_MONTHS + L.EN_WEEKDAYS) + r")\b)[A-Z][a-z]+(?:,? [A-Z][a-z]+)?\b(?=[,.;]| on\b| at\b)",
    r"\bفی (?:مقر|قاعة)\s[^,.;\n]{3,50}",
    flags=0,
)

# ---------------------------------------------------------------- delegations and hosts

# A delegation word right before the institution that sends it ("delegation from X",
# "делегация ЛГТУ", "هیئتی از دانشگاه X", "وفد من جامعة X").
DELEGATION_BEFORE = rx(
    r"\bهی[ئا]ت(?:ی)?(?: مشترک| نمایندگی| عالی ?رتبه)?(?: از)?\s*$", r"\bدر راس هی[ئا]تی از\s*$",
    r"\bделегаци\w*(?: из)?\s*$", r"\bкоманд\w*\s*$", r"\bпредставител\w+(?: из)?\s*$",
    # whose delegation told after a dash: "делегация двух вузов Ирака — X и Y", "a delegation of two universities: X and Y"
    r"\bделегаци\w* (?:[\w-]+ ){1,4}[—–:-]\s*$", r"\bdelegation of (?:[\w-]+ ){1,4}(?:universities|institutions)\s*[—–:,-]\s*$",
    r"\bdelegation (?:from|of)\s+(?:the\s+)?$", r"\bteam (?:from|of)\s+(?:the\s+)?$", r"\bvisitors from\s+(?:the\s+)?$",
    r"\bوفد(?:ا)?(?: من| رفیع المستوی من)?\s*$",
    # who goes along with the guests is of their side: "accompanied by the Ambassador of X"
    r"\baccompanied by (?:the\s+)?(?:[\w-]+\s+){0,3}$", r"\bв сопровождении (?:\S+\s+){0,4}$",
)
# An institution word followed by a delegation word ("HSE delegation", "X's delegation").
DELEGATION_AFTER = rx(r"^\s*(?:'s)?\s*(?:delegation|team)\b", flags=re.IGNORECASE)
# An institution that receives: "visit to X", "at X", "به X آمد", "از X بازدید".
HOST_BEFORE = rx(
    r"\bvisit(?:ed|ing|s)? (?:to )?(?:the )?$", r"\b(?:talks |meeting |met )?at (?:the )?$", r"\bhosted by (?:the )?$",
    r"\bв главном корпусе\s*$", r"\bна базе\s*$", r"\bпосетил\w*\s*$", r"\bв стенах\s*$", r"(?:^|\s)в\s*$",
    r"\bمیزبانی\s*$", r"\bزار\w* (?:[^\s,.]+ ){0,8}$", r"(?:^|\s)در\s*$", r"(?:^|\s)فی\s*$", r"\bheld at (?:the )?$",
    flags=re.IGNORECASE,
)
HOST_AFTER = rx(r"^\s*(?:آمد|سفر کرد|رفت)", r"^\s*(?:بازدید|دیدن)", r"^\s*میزبان", flags=0)
# The receiving side named as the subject of a welcoming verb: "X (XU) welcomed/hosted
# delegations ...", "X принял делегацию", "استقبلت جامعة X وفدا" (the Arabic verb comes first).
HOST_WELCOMES_AFTER = rx(r"^\s*(?:\([^()\n]{1,15}\)\s*)?(?:has\s+)?(?:welcomed|welcomes|hosted|hosts|received)\b",
                         r"^\s*(?:\([^()\n]{1,15}\)\s*)?(?:принял[аи]?|принимает|встретил[аи]?)\b")
HOST_WELCOMES_BEFORE = rx(r"\b[وف]?استقبل(?:ت)?\s+(?:ال)?$")
# Several delegations received at once: each came on its own, the guests are not related to
# each other by the visit ("delegations from five partner universities", "الوفود", "هیئت های")
SEVERAL_DELEGATIONS = rx(r"\bdelegations\b", r"\bделегаций\b", r"\bделегациями\b", r"\bهی[ئا]ت ?های\b",
                         r"\bوفود\b", r"\bseparate (?:bilateral )?(?:talks|meetings)\b", r"\beach held\b")

# Mentions in passing: sponsors, frames and credits are not participants.
# ("in cooperation with" is not here: two universities organising together both act; a
# ministry "in cooperation with" is left out by the government rule in loaders.events.)
PASSING_BEFORE = rx(
    r"با (?:حمایت|پشتیبانی)\s*$", r"به حمایت\s*$", r"تحت (?:نظر|حمایت)\s*$", r"(?:عکس|منبع)\s*:\s*$",
    r"\bпри (?:поддержке|содействии|финансовой поддержке)\s*$", r"\bколлеги\w*\s*$", r"\bпод эгидой\s*$",
    r"\b(?:with the support of|supported by|endorsed by|arranged through|funded by|sponsored by|"
    r"under the auspices of|courtesy of)\s+(?:the\s+)?$",
    r"\bانسجاما مع (?:\S+ ){0,2}$", r"\bبدعم(?: من)?\s*$", r"\bبرعایة\s*$", r"\bتحت رعایة\s*$",
    # a forum's attendees only listed ("participants also included X, Y and Z"): present, not partners
    r"\b(?:speakers|participants|attendees|delegates)\s+(?:also\s+)?(?:came\s+from|included)\s+(?:the\s+)?$",
    r"\bсреди участников\s+(?:\w+\s+)?(?:были|был|была)\s+(?:также\s+)?$",
    r"\bحضور ممثلین عن\s*$", r"\bاز جمله شرکت ?کنندگان (?:می ?توان )?به\s*$",
)
GOVERNMENT = rx(r"\bминистерств\w*", r"\bминобр\w*", r"\bпосольств\w*", r"\bконсульств\w*",
                r"\bministry\b", r"\bembassy\b", r"\bconsulate\b", r"\bوزارت\b", r"\bسفارت\b",
                r"\bوزارة\b", r"\bسفارة\b")

# Several bilateral meetings in one word ("held meetings with X and Y", "провёл встречи с").
PLURAL_MEETINGS = rx(r"\bmeetings\b", r"\bвстречи\b", r"\bдیدار ?های\b", r"\bدیدار ?ها\b", r"\bنشست ?های\b",
                     r"\bلقاءات\b", r"\bاجتماعات\b")
# Where a clause ends inside a sentence: "..., с X обсуждались", "..., while Y".
CLAUSE_BREAK = rx(r"[;:]", r",\s+(?=(?:с|со|а|но|тогда как|while|but|whereas|with|و|با|اما|ولی|مع|بینما)\s)",
                  # Arabic writes "and" onto the next word: "...، وستعمل الجامعتان" (not "..., وجامعة X")
                  # (nor before a title: "...، والأستاذة الدكتورة X" goes on with the list of signers)
                  r",\s*(?=و(?!(?:ال)?(?:جامعة|کلیة|وزارة|مرکز|معهد|هیئة|مؤسسة|شرکة|أکادیمیة|اکادیمیة)\b)"
                  r"(?!(?:ال)?(?:أستاذ|استاذ|دکتور|سید|مهندس|بروفیسور)\w*\b)[^\W\d]{3,})",
                  # "X توقع اتفاقية مع Y وتبحث مع Z ...": "and" + a present verb + "with" starts another clause
                  r"\s+(?=و[تی][^\W\d]{2,} مع\s)",
                  # "...، كما وقّع X وY اتفاقية": a second signing, "as ... also signed"
                  r",\s*(?=كما\s)",
                  # reported speech after a participle: "...، مشيرا إلى أن ..."
                  r",\s*(?=(?:مشیرا|مشیرة|مؤکدا|مؤکدة|مضیفا|مضیفة|لافتا|لافتة|موضحا|موضحة)\b)",
                  # Persian ends a clause with its verb: "... امضا کرد و با X گفت و گو کرد"
                  r"(?:(?<=\sکرد)|(?<=\sکردند)|(?<=\sشد)|(?<=\sشدند)|(?<=\sنمود)|(?<=\sنمودند)|(?<=\sگردید)"
                  r"|(?<=\sرسید)|(?<=\sداد)|(?<=\sدادند))\s+(?=و\s)")

# ---------------------------------------------------------------- agreements

# A sentence that counts the agreements it names ("signed two documents: an agreement ... and an
# agreement ..."): each agreement word of it is one of them.
COUNTED_AGREEMENTS = rx(
    r"\b(?:two|three|both) (?:[\w-]+ )?(?:agreements|documents|memoranda|MoUs|contracts)\b",
    r"\b(?:два|две|три|двух|трех|трёх) (?:\w+ )?(?:документ|соглашени|договор|меморандум)\w*",
    r"\b(?:دو|سه) (?:سند|تفاهم ?نامه|موافقت ?نامه|قرارداد)", r"\b(?:اتفاقیتین|مذکرتی|مذکرتین|وثیقتین)\b",
)
# Several agreements in one word ("signed memoranda with X and Y"): one with each partner.
# "with" right before a partner's name: "signed an MoU with X and held talks with Y"
WITH_BEFORE = rx(r"(?:^|\s)(?:with|با|مع|со?)\s+(?:the\s+)?$")
PLURAL_AGREEMENTS = rx(r"\bmemoranda\b", r"\bMoUs\b", r"\bagreements\b", r"\bмеморандумы\b", r"\bмеморандумов\b",
                       r"\bсоглашений\b", r"\bتفاهم ?نامه ?ها(?:یی|ی)?\b", r"\bقرارداد ?ها(?:یی|ی)?\b",
                       r"\bیادداشت های تفاهم\b",
                       r"\bمذکرات\b", r"\bاتفاقیات\b")

AGREEMENT_TRIGGERS: dict[str, re.Pattern] = {
    "MemorandumOfUnderstanding": rx(
        # ("نامه تفاهم همکاری": the letter of understanding with its words the other way round)
        r"\bتفاهم ?نامه\w*", r"\bیادداشت(?:های)? تفاهم\b", r"\bنامه(?: ?های)? تفاهم\b", r"\bмеморандум\w*",
        r"\bmemorand(?:um|a)(?: of understanding)?\b(?! of agreement)", r"\bMoUs?\b", r"\b[وفبل]?مذکر(?:ة|ات|تی|تا|تین)? (?:ال)?تفاهم\b", r"\bالمذکرة\b",
    ),
    "CooperationAgreement": rx(
        r"\bقرارداد\w*", r"\bموافقت ?نامه\w*", r"\bتوافق ?نامه\w*", r"\bسند(?: ?های)? همکاری\b",
        r"\bсоглашени\w*", r"\bдоговор(?:а|е|у|ом|ы|ов)?\b",
        # (a "Memorandum of Agreement", MoA, binds more than an MoU: a cooperation agreement)
        r"\bmemorand(?:um|a) of agreement\b", r"\b(?-i:MoAs?)\b",
        r"\bagreements?\b", r"\b[وفبل]?اتفاقی(?:ة|ات)\b", r"\bالاتفاقی(?:ة|ات)\b",
        # "a draft trilateral research framework": the framework the partners sign, said without "agreement"
        r"\b(?:bilateral|trilateral|tripartite|quadrilateral)(?: research| cooperation| partnership)? framework\b(?! programme)",
    ),
    "JointProgramme": rx(
        r"\b(?:double|dual|joint)[- ](?:degree|diploma)s?(?: programmes?| programs?)?",
        r"\b(?:joint|dual|double) (?:PhD|doctoral|master['’]?s|MSc|MBA|bachelor['’]?s) (?:degree |training |study |research )?program(?:me)?s?\b",
        r"\bjoint summer (?:school )?program(?:me)?s?\b",   # "within the joint summer programme": one the partners run
        r"\b(?:joint|dual|double) (?:PhD|doctoral|master['’]?s|MSc|bachelor['’]?s) degrees?\b",
        # "a joint East African doctoral training network": the partners' shared doctoral training
        r"\bjoint (?:[\w-]+ ){0,3}(?:PhD|doctoral) training networks?\b",
        r"\bдвойн\w+ диплом\w*", r"\bпрограмм\w+ совместной подготовки\b", r"\bпрограмм\w+ (?:\w+ )?двух дипломов\b",
        # a scholarship the two fund together: "joint scholarship", "совместная стипендия", "بورسیه مشترک"
        r"\bjoint scholarships?(?: programmes?| programs?)?\b", r"\bсовместн\w+ стипенди\w+",
        # fellowships the two run together: "a joint postdoctoral fellowship scheme"
        r"\bjoint (?:postdoctoral |doctoral |research )?fellowships?(?: schemes?| programmes?| programs?)\b",
        r"\bco-?funded scholarships?(?: schemes?| programmes?| programs?)?\b",
        # a course the two run together every year: "have run a joint summer course since 2021"
        r"\bjoint (?:summer|winter) (?:courses?|schools?)\b",
        r"\bبورسیه(?: ?های)? (?:تحصیلی )?مشترک\b", r"\bمنح(?:ة)? (?:دراسية )?مشتركة\b",
        # "совместную магистерскую программу": a degree-level adjective may stand between
        r"\bсовместн\w+ (?:(?:магистерск|бакалаврск|аспирантск|докторск|образовательн)\w+ )?программ\w*",
        # the degree level named without "programme": "договор о совместной аспирантуре"
        r"\b(?:сетев|совместн)\w+ (?:магистратур|аспирантур|докторантур|бакалавриат)\w*",   # "о сетевой магистратуре"
        r"\bсетев\w+ (?:форм\w+ )?(?:реализаци\w+ )?(?:(?:образовательн|магистерск|бакалаврск|аспирантск)\w+ )?программ\w*",
        r"\bدوره(?:های)? دو ?مدرکی\b",
        # a joint degree course: "دوره مشترک کارشناسی ارشد", "دوره دکتری مشترک"
        r"\bدوره(?: ?های)? (?:مشترک (?:کارشناسی|دکتری|دکترا)|(?:کارشناسی ارشد|کارشناسی|دکتری|دکترا) مشترک)\b", r"\bبرنامه(?:های)? (?:آموزشی )?مشترک\b",
        # "برنامه کارشناسی ارشد مشترک": the degree level between
        r"\bبرنامه(?: ?های)? (?:کارشناسی ارشد|کارشناسی|دکتری|دکترا) مشترک\b",
        # a dual course: "دوره کارشناسی ارشد دوگانه", "دوره دوگانه"
        r"\bدوره(?: ?های)? (?:(?:کارشناسی ارشد|کارشناسی|دکتری|دکترا) )?دو ?گانه\b",
        r"\b(?:کارشناسی ارشد|کارشناسی|دکتری|دکترا) دو ?گانه\b",   # "موافقت نامه کارشناسی ارشد دوگانه"
        # the degree named without "programme": "the joint M.Sc. in X", "a double master's degree"
        r"\b(?:joint|dual|double)[- ](?:M\.?Sc\.?|M\.?A\.|MBA|M\.?Eng\.?|Ph\.?D\.?|master['’]?s|bachelor['’]?s)(?= (?:degree|in|programme|program|agreement)\b)",
        r"\bبرنامج (?:دراسی |ماجستیر |دکتوراه |بکالوریوس )?مشترک\b",
        # the definite form: "برنامج الماجستير المشترك" (the joint master's programme)
        r"\bبرنامج (?:ال)?(?:ماجستیر|دکتوراه|بکالوریوس) المشترک\b", r"\bالشهادة المزدوجة\b", r"\bشهادة مزدوجة\b",
        # "برامج دراسات عليا مشتركة": plural, with the degree level between
        r"\bبرامج (?:(?:ال)?دراسات (?:ال)?علیا |دراسیة |أکادیمیة |اکادیمیة |تعلیمیة |ماجستیر |دکتوراه )?مشترکة\b",
        r"\bبرنامج (?:ال)?دراسات (?:ال)?علیا (?:ال)?مشترک\b",
        r"\b(?:ال)?(?:درجة|درجات|شهادات) (?:ال)?(?:علمیة )?(?:ال)?مزدوجة\b",
        # "الماستر المزدوج" (a double master's), "برنامج الإشراف المشترك" (theses supervised together)
        r"\b(?:ال)?(?:ماستر|ماجستیر) (?:ال)?مزدوج\b", r"\bبرنامج (?:ال)?إشراف (?:ال)?مشترک\b",
        r"\bjoint (?:PhD |doctoral )?(?:co-)?supervision (?:programmes?|programs?|scheme)\b",
    ),
    "ActionPlan": rx(
        r"\bплан\w* (?:совместн\w+ )?мероприятий\b", r"\bдорожн\w+ карт\w*", r"\baction plans?\b", r"\broad ?maps?\b",
        # a plan of joint work: "план совместных научных исследований", "a joint research plan"
        r"\bплан\w* совместн\w+ (?:научн\w+ |исследовательск\w+ )?(?:исследовани|работ|проект)\w*", r"\bjoint (?:research|work) plans?\b",
        r"\bنقشه راه\b", r"\bبرنامه عملیاتی\b", r"\bبرنامه (?:اقدام|عمل)(?: مشترک)?\b", r"\bدورنامه\b", r"\bخطة عمل\b", r"\bخارطة طریق\b",
        # the plan that puts an agreement into effect: "برنامج تنفيذي", "برنامه اجرایی", "implementation plan"
        # (the accusative of an indefinite noun ends in alef: "أن يعد برنامجا تنفيذيا")
        r"\b(?:ال)?برنامجا? (?:ال)?تنفيذيا?\b", r"\b(?:ال)?خطة (?:ال)?تنفيذية\b", r"\bبرنامه(?: ?های)? اجرایی\b",
        r"\bimplementation plans?\b", r"\bplan\w* реализации\b",
        r"\b(?:annual|yearly|joint|detailed|common) work ?plans?\b",   # "will prepare an annual work plan"
    ),
    # Founding a consortium or alliance of institutions (an agreement of no subtype).
    "Agreement": rx(
        r"(?:ایجاد|تشکیل|تاسیس)(?: یک)? (?:مجموعه مشترک\w*|کنسرسیوم|اتحادیه|ائتلاف|شبکه)",
        r"\bсоздани\w+ (?:консорциум\w*|ассоциаци\w*|альянс\w*|сет\w+ университет\w*)",
        r"\b(?:create|establish|form)(?:s|ed|ing)? (?:a |an )?(?:consortium|alliance|network of universities)",
        # a network named in title case to be founded: "would set up a Coastal Universities Research Network"
        r"\b(?:will|would|to) (?:jointly )?(?:set up|create|establish|form|launch) (?:a |an )?(?:(?-i:[A-Z])[\w-]* ){1,5}(?-i:Network|Consortium|Alliance)\b",
        r"\bتأسیس (?:اتحاد|تحالف|شبکة)",
    ),
}
# Joining an association, consortium or network: a membership, an agreement of no subtype
MEMBERSHIP = rx(
    r"\b(?:вош(?:ёл|ел|ла|ли|ло)|включ\w+|принят\w*) в (?:состав|число членов|члены) (?:\w+ ){0,2}"
    r"(?:ассоциаци|консорциум|альянс|союз|сет)\w*",
    r"\bстал\w* (?:полноправн\w+ |новым |)член\w* (?:\w+ ){0,2}(?:ассоциаци|консорциум|альянс|союз|сет)\w*",
    r"\bвступ\w+ в (?:\w+ ){0,2}(?:ассоциаци|консорциум|альянс|союз)\w*",
    r"\b(?:joined|has joined|(?:became|become|becoming) (?:a |an )?(?:full |new |associate )?member of|admitted (?:as a member )?"
    r"(?:to|into)) (?:the )?(?:[\w-]+ ){0,4}?(?:association|consortium|alliance|network|union|league)\b",
    r"\bبه عضویت (?:\S+ )?(?:انجمن|اتحادیه|کنسرسیوم|شبکه|ائتلاف)",
    r"\bانضم\w* (?:إلى|الى) (?:\S+ )?(?:ال)?(?:رابطة|اتحاد|شبكة|تحالف|جمعية)",
)
# The draft of an agreement: one not signed yet ("проект соглашения будет подготовлен").
DRAFT_OF_AGREEMENT = rx(r"\bпроект\w* (?:соглашени|меморандум|договор)\w*", r"\bdraft (?:agreement|memorandum|MoU)\b",
                        r"\b(?:drafting|to draft|be drafted)\b", r"\bپیش ?نویس\b", r"\b[وفبل]?(?:ال)?صیاغة\b")
# Intended, not done: overrides a signing verb in the same sentence ("to be drafted and signed").
PLANNED_STRONG = rx(
    # made ready "for signing", a visit "to sign" ("پیش‌نویس تفاهم‌نامه ... برای امضا آماده شود")
    r"\bبرای امضا\b", r"\bلتوقیع\b",
    r"\bباید\b", r"\bپیشنهاد\w*", r"مقرر (?:شد|است|گردید)", r"\b[وف]?(?:اقترح|مقترح)\w*",
    # drafting the agreement itself (not "the MoU provides for preparing textbooks")
    r"\b(?:تدوین|تهیه|تنظیم) (?:پیش ?نویس )?(?:[^\s,.]+ )?(?:تفاهم|برنامه|قرارداد|موافقت|نقشه|سند)",
    r"\b(?:подготовк|разработк)\w* (?:проекта |текста )?(?:соглашени|меморандум|договор|дорожн|план)\w*",
    r"\b(?:drafting|preparation|preparing|development) (?:of )?(?:an? |the )?(?:\w+ )?(?:agreement|memorandum|MoU|plan|roadmap)", r"قرار (?:است|شد)", r"(?:تدوین|تهیه|امضا|منعقد|عقد) (?:شود|گردد)",
    # the subjunctive of the active ("که ... یک تفاهم نامه امضا کنند": that they sign one), not "امضا کردند"
    r"\b(?:امضا|منعقد) (?:کنند|کنیم|کند|نمایند|نماییم)\b",
    r"\bخواهد\b", r"\bخواهند\b", r"برنامه ریزی", r"\bعقد\b(?! (?:شد|گردید|کردند))", r"\bدر آینده\b",
    r"\bбудет подписан\w*", r"\bбуд(?:ет|ут) (?:подписан|заключ)\w*", r"\bпланиру\w*", r"\bнамерен\w*",
    r"\bстанет\b", r"\bпредлож\w*", r"\bрассчитыва\w*", r"\bв перспективе\b",
    r"\bto be signed\b", r"\bwill be (?:signed|concluded|drafted)\b", r"\b(?:is|are) to be (?:launched|introduced|opened|established|created)\b",
    # "discussed a future memorandum of understanding": one still to be made
    r"\b(?:a|an|the) (?:possible |potential )?future (?:[\w-]+ ){0,2}(?:agreements?|memorand\w+|MoUs?)\b",
    # a draft is not signed yet: "a draft MoU", "проект договора", "مسودة مذكرة", "پیش نویس تفاهم نامه"
    r"\bdraft (?:[\w-]+ ){0,2}(?:agreements?|memorand\w+|MoUs?|contracts?|frameworks?)\b",
    r"\bпроект\w* (?:\w+ )?(?:договор|соглашени|меморандум|контракт)\w*", r"\b[وفبل]?(?:ال)?مسودة\b", r"\bپیش ?نویس\b",
    r"\bwill be (?:launched|introduced|opened|established)\b", r"\bбуд(?:ет|ут) (?:запущен|открыт|создан)\w*",
    r"\bسی(?:تم|ت) (?:إطلاق|اطلاق|افتتاح)\b", r"\bplan(?:s|ned)? to\b", r"\bpropos\w*", r"\bworking towards?\b", r"\bintend\w*",
    r"\bagreed to (?:sign|draft|prepare|conclude|draw up|work out|formulate|develop|finali[sz]e)\b", r"\bto finali[sz]e\b", r"\bto (?:draft|draw up)\b",
    r"\bwill (?:draw up|draft|prepare|work out|finali[sz]e)\b",   # "the deans will draw up a timetable"
    r"\bto prepare (?:an? |the )?(?:[\w-]+ ){0,2}(?:agreements?|memorand\w+|MoUs?|plan|roadmap)\b", r"\bwill sign\b",
    r"\bسیتم\b", r"\bمن المقرر\b", r"\bسوف\b", r"\bس(?:ی|ت)وقع\w*", r"\bمستقبلا\b",
    r"\bподготов(?:ить|ят|ит)\b", r"\bразработа(?:ть|ют|ет)\b", r"\bподписать\b", r"\bзаключить\b", r"\bto sign\b",
    # ("واتفق الطرفان على أن يعد": the subject may stand between)
    r"\b[وف]?اتفق\w*(?: (?:ال)?(?:طرفان|جانبان|جامعتان))? علی\b", r"\b[وفبل]?(?:ال)?(?:إعداد|اعداد|تحضیر)\b",
    # the nouns of intent: "الاتفاق على صياغة مذكرة", "صياغة" (drafting)
    r"\b[وفبل]?(?:ال)?اتفاق علی\b", r"\b[وفبل]?(?:ال)?صیاغة\b",
    # prospects and possibilities: "перспективы подписания", "possibility of signing"
    r"\bперспектив\w*", r"\bвозможност\w*", r"\bprospects?\b", r"\bpossib\w*", r"\bآمادگی\b", r"\bإمکانیة\b",
    r"\bامکانیة\b",
    # hopes and aims: "hope to develop joint degree programmes", "بررسی امکان راه اندازی"
    r"\bhop(?:e|es|ed|ing)\b", r"\bexpect\w*", r"\baim(?:s|ed|ing)? (?:to|at)\b", r"\bwith the aim of\b", r"\bseek\w*",
    r"\bto (?:develop|launch|create|establish|introduce|explore)\b",
    r"\bнадеют\w*", r"\bперейти к\b", r"\bобсудили (?:возможност|перспектив)\w*",
    r"\bامیدوار\w*", r"\bامکان\b", r"\bنأمل\b", r"\bیأمل\b", r"\bتطمح\b",
    # welcoming a signing still to come, and the months ahead: "ترحب بتوقيع مذكرة ... خلال الأشهر المقبلة"
    r"\b(?:ت|ی)رحب\b", r"\bخلال (?:ال)?(?:أشهر|اشهر|أسابیع|اسابیع|فترة|الفترة) (?:ال)?(?:مقبلة|قادمة)\b",
    r"\bin the (?:coming|next few) (?:weeks|months)\b", r"\bв ближайш\w+ (?:месяц|недел)\w*",
)
# A joint programme opened and running ("launched a double degree programme", "запустили
# программу", "the first cohort started"): an active programme, not only a signed text.
PROGRAMME_LAUNCHED = rx(
    r"\blaunched\b", r"\binaugurated\b", r"\bзапусти(?:ли|л|ла)\b", r"\bоткры(?:ли|л|ла)\b",
    r"راه ?اندازی (?:شد|کرد|کردند|گردید)", r"\bأطلق(?:ت|ا|وا)?\b", r"\bدشن(?:ت|ا|وا)?\b",
    r"\bfirst (?:cohort|intake|students)\b", r"\b(?:has|have) (?:started|opened)\b",
    r"\b(?:نخستین|اولین) (?:دانشجویان|دوره)\b", r"\bперв\w+ (?:набор|студент|магистрант|выпуск)\w*",
    # the present of a headline: "X and Y launch joint master's programme" (not "to launch", "will launch")
    r"(?<!\bto )(?<!\bwill )(?<!\bcan )(?<!\bmay )(?<!\bcould )(?<!\bwould )(?<!\bshall )(?<!\bmight )(?<!\bshould )"
    r"\blaunch(?:es)? (?:an? |the |their |its )?(?:new |first )?(?:joint|double|dual)\b",
)
# A launch told as intended ("is to be launched in 2025"): checked before PROGRAMME_LAUNCHED.
PROGRAMME_TO_LAUNCH = rx(
    r"\bto be (?:launched|introduced|opened|established)\b", r"\bwill be (?:launched|introduced|opened)\b",
    r"\bбуд(?:ет|ут) (?:запущен|открыт)\w*", r"راه ?اندازی (?:خواهد|شود|می ?شود)", r"\bسی(?:تم|ت) (?:إطلاق|اطلاق)\b",
    # its first students still to come: "is expected to admit its first students in 2027"
    r"\b(?:is|are) (?:expected|due|set|scheduled|planned) to (?:admit|enrol|enroll|accept|welcome|start|open|begin)\b",
    r"\bwill (?:admit|enrol|enroll|accept|welcome) (?:its|their) first\b", r"\bприм(?:ет|ут) первых\b",
    # "её запуск запланирован на сентябрь", "its launch is planned for 2026"
    r"\bзапуск\w* (?:\w+ )?(?:запланирован|намечен|планируется)\w*", r"\blaunch (?:is )?(?:planned|scheduled) for\b",
)
# Renewing or extending an agreement: the agreement exists already (active).
RENEWAL = rx(
    # English only of an agreement ("renewed interest", "extended stay" say nothing about one)
    r"\b(?:renew|extend)(?:al|ed|ing|s)? (?:of )?(?:the |their |its |this )?(?:existing )?(?:[\w-]+ ){0,2}(?:agreement|memorand\w+|MoU|partnership)",
    r"\b(?:agreement|memorand\w+|MoU|partnership) (?:[\w-]+ ){0,5}(?:was|were|has been|have been|is|will be) (?:renewed|extended)\b",
    r"\bextension of (?:the |their |its )?(?:existing )?(?:\w+ )?(?:agreement|memorandum|MoU)",
    r"\bпродл(?:ени|ить|ил|ят|ен)\w*", r"\bпролонгаци\w*", r"\bتمدید\b", r"\bتجدید\b",
    r"\b(?:ال)?تمدید\b", r"\b(?:ال)?تجدید\b",
    r"\b[بل](?:تجدید|تمدید)(?:ها|ه)\b",   # "بتمديدها": renewing it (the clitic and the pronoun written on)
)
# A renewal done in the story (not one agreed on or hoped for): "have renewed", "was extended",
# "продлили", "تمدید شد", "تم تجديد".
RENEWED = rx(
    # (a headline's present: "X renews agreement with Y")
    r"(?<!be )\b(?:renewed|extended|renews)\b", r"\brenewal (?:\w+ ){0,3}was signed\b",
    r"\bпродлил[аи]?\b", r"\bпродлен[оаы]?\b", r"\bпродлён\b", r"\bпролонгирован\w*",
    r"\bتمدید (?:شد|شده است|گردید|کرد|کردند|نمودند)\b",
    r"\bتمدید و (?:امضا|مبادله) (?:شد|گردید)\b",   # "renewed and signed"
    r"\b(?:تم|جرى) (?:ال)?(?:تجدید|تمدید)\b", r"\b(?:جدد|جددت|جددتا|مدد|مددت)\b",
    # signing the renewal: "وقّع الجانبان على تجديد الاتفاقية", "عقب توقيع تجديد المذكرة"
    r"\b[وف]?(?:وقع|وقعا|وقعت|وقعتا)\b(?: \S+){0,6} علی (?:ال)?(?:تجدید|تمدید)\b", r"\bتوقیع (?:علی )?(?:ال)?(?:تجدید|تمدید)\b",
)
# A renewal decided or hoped for, not yet done: the running agreement, and a new signing to come.
RENEWAL_TO_COME = rx(
    r"\b(?:agreed|decided|plans?|planned|intends?|will|would|to) (?:\w+ ){0,2}(?:renew|extend)(?:ed)?\b",
    r"\b(?:renewal|extension) (?:\w+ ){0,4}(?:is|are) (?:planned|expected|under discussion|being prepared)\b",
    r"\bпродлить\b", r"\bпролонгировать\b", r"\bбудет продл[её]н\w*", r"\bо продлении\b",
    r"\bتمدید (?:خواهد شد|شود|کنند|کند|خواهند کرد)\b", r"\bبرای تمدید\b",
    r"\bبا تمدید (?:\S+ ){0,6}?موافقت\b",   # "agreed to its renewal for five more years"
    r"\b(?:سیتم|سوف یتم|سیجری) (?:ال)?(?:تجدید|تمدید)\b",
    # directing or recommending it be renewed: "موصيا بتمديدها", "أوصى بتمديد الاتفاقية"
    r"\b(?:موجها|وجه|وجهت|یوجه|أوصی|اوصی|أوصت|اوصت|موصیا) ب(?:ال)?(?:تجدید|تمدید)\w*", r"(?<!قابلة )(?<!قابل )\b(?:علی |ل)(?:ال)?(?:تجدید|تمدید)\b",
)
# "аналогичная программа", "a similar programme": another joint programme like one told before.
SIMILAR_PROGRAMME = rx(
    r"\b(?:аналогичн|подобн|такую же|такая же)\w* (?:\w+ )?программ\w*", r"\b(?:a )?similar (?:joint )?program(?:me)?s?\b",
    r"\bsuch a (?:joint )?program(?:me)?\b", r"\bبرنامه(?: ?های)? مشابه\b", r"\bدوره(?: ?های)? مشابه\b",
    r"\bبرنامج مماثل\b", r"\bبرامج مماثلة\b",
)
# An exchange programme or agreement: an agreement only once it is signed or running.
EXCHANGE_PROGRAMME = rx(
    r"\bexchange (?:programmes?|programs?|agreements?|scheme)\b", r"\bпрограмм\w+ (?:академического )?обмен\w*",
    r"\bпрограмм\w+ (?:академической )?мобильности\b",   # "подписали программу академической мобильности"
    r"\b(?:semester|student) exchange\b(?! of)",
    # a scholarship scheme, an internship programme or a language chair that runs between the two
    # ("the doctoral scholarship scheme, under which ... since 2016", "программа стажировок, которую
    # X и Y реализуют с 2021 года", "کرسی آموزش زبان فارسی که از سال ۱۳۹۶ در دانشگاه X دایر است")
    r"\b(?:doctoral |PhD |postgraduate )?scholarship (?:scheme|programme|program)\b",
    r"\bпрограмм\w+ стажиров\w*", r"\bکرسی (?:آموزش )?زبان\b",
    # a summer internship the two run for students ("already run a summer research internship")
    r"\b(?:summer|winter) (?:research )?internships?(?: programmes?| programs?| scheme)?\b",
    r"\bبرنامه(?: ?های)? تبادل\b", r"\bبرنامج (?:ال)?تبادل\b",
    # "a partnership between X and Y that has been in place since 2019": running only
    r"\bpartnership between\b",
    # a research project the two run ("مشروع البحث الجاري بين جامعة X وجامعة Y"): running only
    r"\b(?:ال)?مشروع (?:ال)?(?:بحث|بحثی) (?:ال)?(?:مشترک )?(?:ال)?(?:جاری|قائم) بین\b",
)
# A joint programme set as a concrete aim ("discussed launching", "proposed a joint PhD
# programme"): planned, unlike a bare wish for "joint programmes" (a topic only).
PROGRAMME_INTENT = rx(
    r"\blaunch(?:ing|es)?\b", r"\bpropos\w*", r"\bestablish(?:ing)?\b", r"\bintroduc(?:e|ing)\b",
    r"\bзапуск\w*", r"\bоткрыти\w*", r"\bсоздани\w*", r"\bпредлож\w*",
    r"راه ?اندازی", r"\bپیشنهاد\w*", r"\bإطلاق\b", r"\bاطلاق\b", r"\bاستحداث\b",
    # preparing or working towards a programme: "agreed to work towards a joint PhD programme",
    # "договорились разработать совместную программу", "العمل على إعداد برنامج مشترك"
    # (a hope "to develop joint programmes" stays a wish: the intent must be agreed or worked on)
    r"\bwork(?:ing|s)? towards?\b",
    # "proposed extending the partnership into a double-degree programme": growing it into one
    # (what is grown stands between: "turned to a new initiative" is no programme)
    r"\b(?:extend|develop|grow|expand|upgrad)(?:ing|ed|s|e)? (?:(?:[\w-]+ ){0,3}into|(?:[\w-]+ ){1,3}to an?)\b",
    r"\b(?:agreed|decided|committed) to (?:develop|design|set up|create|offer|explore|open|launch|start|introduce|establish)\b",
    r"\b(?:открыть|запустить|создать|организовать)\b",   # "договорились открыть совместную программу"
    r"\bобсуждал(?:ась|ся|ись)\b",   # "обсуждалась совместная программа": a programme proposed, talked over
    # "suggested that both partners design a joint MSc": the partners as its makers
    r"\b(?:universities|institutions|sides|partners|parties) (?:would |will |should |could )?(?:jointly )?(?:develop|design|prepare)\b",
    r"\b(?:are|is|am) (?:now |currently )?(?:designing|developing|preparing|planning)\b",
    r"\b(?:will|would|shall) (?:(?:now|jointly|together|next|also|then|soon|further) ){0,2}"
    r"(?:prepare|develop|design|set up|create)\b",
    r"\bразработ\w*", r"\bподготов(?:ить|ят|ит)\b", r"\bطراحی\b", r"\bتدوین\b",
    # drafting it: "پیش نویس برنامه ... تهیه شود", "to draft a joint programme"
    r"\bپیش ?نویس\b", r"\bdraft(?:ing)?\b",
    r"\b[وفبل]?(?:ال)?(?:إعداد|اعداد|إنشاء|انشاء|إطلاق|اطلاق|استحداث|تحضیر)\b",
)
PLANNED_WEAK = rx(r"\bwill\b", r"\bwould\b", r"\bбуд(?:ет|ут)\b", r"\bشود\b", r"\bآماده\b", r"\bпотенциальн\w*")
ACTIVE = rx(
    r"\bреализу(?:ется|ются|ем)\b", r"\bдейству(?:ет|ют|ющ\w*)\b", r"\bуспешно работа\w*",
    r"\bongoing\b", r"\bcurrently running\b",
    # "нас связывает соглашение ..., в рамках которого уже идут обмены": one that binds, under which work goes on
    r"\bсвязыва\w+ (?:\w+ ){0,2}(?:соглашени|меморандум)\w*", r"\bуже (?:ид[уеё]т|вед[уеё]тся|реализу\w+)\b",
    # "the joint programme run by the two institutes", "the double degree offered jointly by"
    r"\b(?:program(?:me)?s?|degrees?|M\.?Sc\.?) (?:(?:currently|now|already|successfully) )?(?:run|offered|taught|delivered) (?:jointly )?by\b",
    r"\b(?:is|are) (?:already |now )?(?:up and )?running\b", r"\bin force\b", r"\bhas been running\b", r"\bruns since\b",
    # "they have run a joint fellowship scheme, which currently supports six fellows"
    r"\b(?:have|has) (?:jointly |successfully )?run\b", r"\bcurrently supports?\b", r"\bin place since\b",
    r"در حال اجرا", r"(?<!العام )(?<!الشهر )(?<!السنة )\bالجاری\b",   # ("العام الجاري": this year)
    # "اتفاقية التعاون القائمة بين ...": the agreement that stands (of an agreement only)
    r"\b(?:[وبل]?ال)?(?:اتفاقية|اتفاقيات|مذكرة|مذكرات)(?: \S+){0,3} (?:ال)?قائمة\b", r"\bساری المفعول\b", r"\b(?:ال)?ساری(?:ة)?\b",
    # "the existing agreement", "действующее соглашение", "تفاهم نامه موجود"
    # (only of an agreement: "existing facilities", "امکانات موجود" say nothing about one)
    r"\b(?:existing|current) (?:[\w-]+ ){0,2}(?:agreements?|memorand\w+|MoUs?|partnership|exchange programmes?)\b",
    r"\b(?:تفاهم ?نامه|قرارداد|موافقت ?نامه)(?: ?های)? (?:همکاری )?(?:موجود|فعلی)\b",
    # in force since a year: "has had an agreement since 2018", "с 2018 года", "از سال 1397"
    r"\bsince (?:19|20)\d\d\b", r"\bс (?:19|20)\d\d года\b", r"\bاز سال \d{4}\b", r"\bمنذ (?:عام )?\d{4}\b",
    # what has run "since the signing of the MoU": "с момента подписания", "از زمان امضای", "منذ توقيع"
    r"\bsince (?:the )?signing of\b", r"\bс момента подписания\b", r"\bاز زمان امضای\b", r"\bمنذ (?:ال)?توقیع\b",
    # students in it now: "with 25 students enrolled", "already includes", "обучаются", "يضم حاليا"
    r"\b(?:students|learners) (?:are |now )?enrolled\b", r"\benrolled (?:students|in)\b",
    r"\balready (?:includes?|runs?|offers?|has)\b", r"\bуже обучаются\b", r"\bобучаются\b",
    r"در حال تحصیل", r"\bیضم حالیا\b", r"\b[تی]نفذ(?:ه|ها)\b",
)
# Told as still binding after its signing ("signed in 2016, продолжает действовать", "which
# remains in force until 2029", "امضا شده و همچنان اعتبار دارد"): a running agreement, whatever
# year it was signed in.
STILL_IN_FORCE = rx(
    r"\bremains? (?:valid|in (?:force|effect))\b", r"\b(?:is|are) still (?:valid|in (?:force|effect))\b",
    r"\bоста[её]тся в силе\b", r"\bостаются в силе\b", r"\bпродолжа(?:ет|ют) действовать\b",
    r"\bпо-прежнему действу\w*", r"\bсохраня(?:ет|ют) (?:свою )?силу\b",
    r"\bдейству\w+ (?:по настоящее время|до сих пор|и сегодня|по сей день)\b",   # "... and in force to this day"
    r"\bهمچنان (?:معتبر|اعتبار دارد|برقرار|در حال اجرا)", r"\bهم ?اکنون (?:نیز |هم )?در حال اجرا", r"\bاجرای (?:آن|این تفاهم ?نامه) (?:\S+ )?متوقف نشد",
    r"\b(?:ما|لا) (?:تزال|زالت|یزال|زال) (?:ساری|ساریة|نافذ|نافذة|قائم|قائمة)\b",
)
# The anniversary of an agreement or programme: it has run since ("отметили десятилетие
# соглашения", "the tenth anniversary of the MoU", "سالگرد امضای تفاهم نامه", "ذكرى توقيع الاتفاقية").
ANNIVERSARY = rx(
    r"\banniversary of\b", r"\b(?:\d+|[\w-]+)(?:st|nd|rd|th)? anniversary\b",
    r"\b(?:\d+-?)?\w*(?:летие|летия|летию|летием)\b", r"\bгодовщин\w*", r"\bюбиле\w*",
    r"\bسالگرد\b", r"\b(?:ال)?ذكرى\b",
)
# An agreement referred to as the frame of what the text tells ("run under the universities'
# partnership agreement", "в рамках соглашения", "در چارچوب تفاهم نامه", "في إطار الاتفاقية"):
# it exists already. Matched against the words just before the agreement word.
FRAMEWORK = rx(
    r"\b(?:under|within(?: the framework of)?|as part of|in the framework of) (?:the |their |its |this |a |an )?"
    r"(?:[\w'’-]+ ){0,3}$",
    r"\bв рамках (?:\w+ ){0,2}$", r"\bсогласно (?:\w+ ){0,2}$",
    r"\bدر (?:چارچوب|قالب) (?:[^\s]+ ){0,2}$", r"\b(?:في إطار|فی اطار|ضمن|بموجب) (?:[^\s]+ ){0,2}$",
)
# A sentence that describes one institution, not a cooperation ("founded in 1878", "one of
# the oldest"): the fields it names are not topics of cooperation.
SELF_DESCRIPTION = rx(
    r"\bfounded in\b", r"\bestablished in\b", r"\branked\b", r"\bis one of\b", r"\bis among\b",
    r"\bявляется одн\w+ из\b", r"\bоснован\w* в \d{4}", r"\bвходит в (?:число|рейтинг)\b",
    r"\bاز (?:قدیمی ?ترین|بزرگترین|برترین) ", r"\bتاسیس شده\b", r"\bرتبه\b",
    r"\bتأسست\b", r"\bمن أقدم\b", r"\bمن أعرق\b",
    # the host presenting itself to its guests: "briefed the guests on the University's schools",
    # "рассказал делегации о программах университета", "عرض برامج الجامعة"
    r"\b(?:briefed|introduced|acquainted) (?:the )?(?:guests|delegation|visitors|delegates) (?:on|to|with) (?:the university's|its)\b",
    r"\bрассказал\w* (?:гостям|делегации|делегатам) об?\b", r"\b(?:عرض|استعرض) برامج الجامعة\b",
)
