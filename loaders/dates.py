"""Dates written in the text, in any of the calendars and languages of the sources.

`find_dates` reads normalised text (`doc.norm`: ASCII digits, Persian letter forms) and
returns one `DateMention` per date or date range, with Gregorian ISO dates. It knows

- numeric dates: ISO "2024-04-12", "18.09.2023", "10/1/2022", Jalali "1403/05/29", "94/1/24";
- day-month(-year) with month names in English, Russian, Persian (Jalali months and the
  Persian spellings of Gregorian ones) and Arabic (Levantine, Egyptian and Hijri months);
- English month-first dates "August 22, 2023";
- ranges: "11-15 September 2023", "с 11 по 15 сентября", "from 4 to 7 October",
  "از ۱۱ تا ۱۵ مهر", "30 September - 2 October 2023";
- month and year alone ("September 2023" -> partial "2023-09").

A date without a year is resolved only from what the caller knows (`default_year`, or the
document's own date `reference`); otherwise it stays partial. A year is never guessed.
Hijri dates are converted with the tabular calendar (a day off at times) and dropped when
they only restate the Gregorian date written next to them.
It also reads raw text with ASCII digits; Persian and Arabic digits need `normalise_text`.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

import jdatetime

from loaders import lexicon as L
from loaders.normalise import normalise_text


@dataclass
class DateMention:
    start: int                     # offsets into the text given to find_dates
    end: int
    start_date: str | None         # ISO YYYY-MM-DD (Gregorian) when fully known
    end_date: str | None = None    # last day of a range
    partial: str | None = None     # "--MM-DD" (Gregorian, no year) or "YYYY-MM" (no day)
    calendar: str = "gregorian"    # the calendar the text uses: gregorian, jalali, hijri
    partial_end: str | None = None  # "--MM-DD" of the last day of a range without a year
    original: str | None = None    # the date in its own calendar, e.g. "1397-11-03", "--07-12"


# ---------------------------------------------------------------- conversions

def jalali_to_gregorian(y: int, m: int, d: int) -> str:
    """ISO Gregorian date of a Jalali date; ValueError when the Jalali date does not exist."""
    return jdatetime.date(y, m, d).togregorian().isoformat()


def gregorian_to_jalali(iso: str) -> tuple[int, int, int]:
    g = _dt.date.fromisoformat(iso)
    j = jdatetime.date.fromgregorian(date=g)
    return j.year, j.month, j.day


def hijri_to_gregorian(y: int, m: int, d: int) -> str:
    """ISO Gregorian date of a Hijri date by the tabular (arithmetical) Islamic calendar.

    Official calendars (Umm al-Qura, sighting) can differ from it by a day or two.
    """
    if not (1 <= m <= 12 and 1 <= d <= 30) or y < 1:
        raise ValueError(f"no Hijri date {y}-{m}-{d}")
    jdn = d + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440 - 1
    return _dt.date.fromordinal(jdn - 1721425).isoformat()


def _gregorian(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _jalali(y: int, m: int, d: int) -> str | None:
    try:
        return jalali_to_gregorian(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------- month names

def _variants(*names: str) -> list[str]:
    out = []
    for n in names:
        out += [n, n.upper()] if n[0].isupper() else [n]
    return out


_EN = {
    1: _variants("January", "Jan"), 2: _variants("February", "Feb"), 3: _variants("March", "Mar"),
    4: _variants("April", "Apr"), 5: _variants("May"), 6: _variants("June", "Jun"),
    7: _variants("July", "Jul"), 8: _variants("August", "Aug"), 9: _variants("September", "Sept", "Sep"),
    10: _variants("October", "Oct"), 11: _variants("November", "Nov"), 12: _variants("December", "Dec"),
}
# Russian: nominative, genitive, prepositional, and the usual abbreviations.
_RU = {
    1: ["январь", "января", "январе", "янв"], 2: ["февраль", "февраля", "феврале", "февр", "фев"],
    3: ["март", "марта", "марте", "мар"], 4: ["апрель", "апреля", "апреле", "апр"],
    5: ["май", "мая", "мае"], 6: ["июнь", "июня", "июне", "июн"], 7: ["июль", "июля", "июле", "июл"],
    8: ["август", "августа", "августе", "авг"], 9: ["сентябрь", "сентября", "сентябре", "сент", "сен"],
    10: ["октябрь", "октября", "октябре", "окт"], 11: ["ноябрь", "ноября", "ноябре", "нояб", "ноя"],
    12: ["декабрь", "декабря", "декабре", "дек"],
}
_RU = {m: names + [n.capitalize() for n in names] for m, names in _RU.items()}
# Jalali months, spelled as after normalise_text (ی, ک; ZWNJ as a space).
_JALALI = {
    1: ["فروردین"], 2: ["اردیبهشت", "اردی بهشت"], 3: ["خرداد"], 4: ["تیر"], 5: ["مرداد", "امرداد"],
    6: ["شهریور"], 7: ["مهر"], 8: ["آبان"], 9: ["آذر"], 10: ["دی"], 11: ["بهمن"], 12: ["اسفند"],
}
# Gregorian months written in Persian. "مه"/"می" are also common words: see _AMBIGUOUS.
_FA_GREG = {
    1: ["ژانویه", "ژانویه ی", "ژانویهٔ"], 2: ["فوریه"], 3: ["مارس"], 4: ["آوریل", "آپریل"], 5: ["مه", "می"],
    6: ["ژوئن", "جون"], 7: ["ژوئیه", "جولای"], 8: ["اوت", "آگوست", "اگوست"], 9: ["سپتامبر"],
    10: ["اکتبر"], 11: ["نوامبر"], 12: ["دسامبر"],
}
# Arabic Gregorian months (Levantine/Iraqi and Egyptian names), normalised spelling.
_AR_GREG = {
    1: ["کانون الثانی", "ینایر"], 2: ["شباط", "فبرایر", "فبرایر"], 3: ["آذار", "اذار", "مارس"],
    4: ["نیسان", "أبریل", "ابریل", "إبریل"], 5: ["أیار", "ایار", "مایو"], 6: ["حزیران", "یونیو", "یونیه"],
    7: ["تموز", "یولیو", "یولیه"], 8: ["آب", "أغسطس", "اغسطس"], 9: ["أیلول", "ایلول", "سبتمبر"],
    10: ["تشرین الأول", "تشرین الاول", "أکتوبر", "اکتوبر"], 11: ["تشرین الثانی", "نوفمبر"],
    12: ["کانون الأول", "کانون الاول", "دیسمبر"],
}
# Maghreb spellings: Moroccan names taken from French ("نونبر", "شتنبر", "غشت") and the
# Algerian/Tunisian French forms ("جانفي", "أفريل", "جوان", "جويلية").
for _num, _names in {
    1: ["جانفی"], 2: ["فیفری"], 4: ["أفریل", "افریل"], 5: ["مای"], 6: ["جوان"],
    7: ["یولیوز", "جویلیة", "جویلیه"], 8: ["غشت", "أوت", "اوت"], 9: ["شتنبر"], 11: ["نونبر"],
    12: ["دجنبر", "دیسنبر"],
}.items():
    _AR_GREG[_num] = _AR_GREG[_num] + _names
_HIJRI = {
    1: ["محرم"], 2: ["صفر"], 3: ["ربیع الأول", "ربیع الاول"], 4: ["ربیع الآخر", "ربیع الثانی", "ربیع الاخر"],
    5: ["جمادی الأولی", "جمادی الاولی", "جمادی الأول", "جمادی الاول"],
    6: ["جمادی الآخرة", "جمادی الاخرة", "جمادی الثانیة", "جمادی الآخر"], 7: ["رجب"], 8: ["شعبان"],
    9: ["رمضان"], 10: ["شوال"], 11: ["ذو القعدة", "ذی القعدة"], 12: ["ذو الحجة", "ذی الحجة"],
}
# Month words that are also everyday words: only taken with a year after them (and "May",
# "Mar" only month-first: "5 May" is a date, "May 5 students" is not).
_AMBIGUOUS = {"مه", "می", "May", "MAY", "Mar", "MAR", "آب", "صفر"}
# ... except in the language whose month it is, where a day before it is enough.
_UNAMBIGUOUS_IN = {"ar": {"آب"}}


_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "янв", "февр", "фев", "мар", "апр", "июн", "июл", "авг", "сент", "сен", "окт",
                  "нояб", "ноя", "дек"}


def _spellings(word: str) -> set[str]:
    """The word as `normalise_text` spells it (ی, ک) and in Arabic letters (ي, ك), so that
    normalised and raw text both match."""
    norm = normalise_text(word)[0]
    return {word, norm, norm.replace("ی", "ي").replace("ک", "ك")}


def _table(calendar: str, months: dict[int, list[str]]) -> dict[str, tuple[int, str]]:
    table = {}
    for num, names in months.items():
        for name in names:
            for spelling in _spellings(name):
                table[spelling] = (num, calendar)
                if name.lower() in _ABBREVIATIONS:
                    table[spelling + "."] = (num, calendar)  # the dot belongs to the abbreviation
    return table


_EN_NAMES = _table("gregorian", _EN)     # the only ones written month-first ("August 22")
_GREG_NAMES = _EN_NAMES | _table("gregorian", _RU)
_FA_GREG_NAMES = _table("gregorian", _FA_GREG)
_AR_GREG_NAMES = _table("gregorian", _AR_GREG)
_JALALI_NAMES = _table("jalali", _JALALI)
_HIJRI_NAMES = _table("hijri", _HIJRI)


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# ---------------------------------------------------------------- Persian ordinal days

_FA_UNITS = {"یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "سیوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6,
             "هفتم": 7, "هشتم": 8, "نهم": 9}
_FA_ORDINALS = dict(_FA_UNITS) | {
    "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15,
    "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هفتدهم": 17, "هجدهم": 18, "هیجدهم": 18,
    "هژدهم": 18, "نوزدهم": 19, "بیستم": 20, "سی ام": 30, "سیام": 30, "سی اُم": 30,
}
_FA_ORD_RE = (r"(?:(?:بیست|سی)\s?و\s?(?:" + _alternation(_FA_UNITS) + r")|"
              + _alternation(_FA_ORDINALS) + ")")


def _fa_ordinal(word: str) -> int | None:
    word = " ".join(word.split())
    if word in _FA_ORDINALS:
        return _FA_ORDINALS[word]
    m = re.fullmatch(r"(بیست|سی)\s?و\s?(\S+)", word)
    if m and m.group(2) in _FA_UNITS:
        return (20 if m.group(1) == "بیست" else 30) + _FA_UNITS[m.group(2)]
    return None


# Arabic ordinal days, used as "الثاني عشر من أيلول" (the twelfth of September).
_AR_UNITS = ["الأول", "الثانی", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]


def _arabic_ordinals() -> dict[str, int]:
    table = {"العاشر": 10, "العشرین": 20, "العشرون": 20, "الثلاثین": 30, "الثلاثون": 30, "الاول": 1}
    for n, unit in enumerate(_AR_UNITS, 1):
        table[unit] = n
        table[f"{'الحادی' if n == 1 else unit} عشر"] = 10 + n
        for name in ("العشرین", "العشرون"):
            for joint in (" و", " و "):
                table[f"{'الحادی' if n == 1 else unit}{joint}{name}"] = 20 + n
    for name in ("الثلاثین", "الثلاثون"):
        for joint in (" و", " و "):
            table[f"الحادی{joint}{name}"] = 31
    return {spelling: n for word, n in table.items() for spelling in _spellings(word)}


_AR_ORDINALS = _arabic_ordinals()
_AR_ORD_RE = "(?:" + _alternation(_AR_ORDINALS) + ")"


def _day_value(text: str) -> int | None:
    text = " ".join(text.split())
    if text.isdigit():
        return int(text)
    if text in _AR_ORDINALS:
        return _AR_ORDINALS[text]
    return _fa_ordinal(text)


# ---------------------------------------------------------------- patterns

_NB = r"(?<![\w./:-])"               # not glued to a preceding number, word or date part
_NA = r"(?![\w]|[./-]\d)"            # not followed by more of a number or word
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DAY_EN = _DAY + r"(?:st|nd|rd|th|-го|\s?ام)?"    # 22nd, Russian 22-го, Persian ۲۲ام
_YEAR = r"(?:1[3-4]\d\d|1[89]\d\d|20\d\d)"
_YEAR_SUFFIX = (r"(?:\s*(?:года|год|г\.|г(?!\w))|\s*(?:م|میلادی|ه ش|ه\.ش\.?|هجری شمسی|هجری خورشیدی|"
                r"شمسی|خورشیدی|هـ|ه\.ق\.?|هجری قمری|هجری|ه)(?!\w))?")  # "هـ" is "ه" once tatweel goes
# Words between the two days of a range. "and"/"и"/"و" join two days ("11 и 12 сентября"):
# taken as a range of the event's days.
_TO_WORDS = ["to", "until", "till", "through", "and", "по", "до", "и", "تا", "الی", "لغایت", "و",
             "إلى", "الى", "حتى", "وحتى", "لغاية", "ولغاية"]
_RANGE_TO = (r"(?:\s*[-–—]\s*|\s+(?:"
             + _alternation({s for w in _TO_WORDS for s in _spellings(w)}) + r")\s+"
             # "يومي 14 و15 تشرين الثاني": the Arabic "and" written onto the second day
             + r"|\s+و(?=[0-9۰-۹٠-٩]))")
# the second day of a range may carry its weekday: "Tuesday 21 and Wednesday 22 January",
# "الثلاثاء 21 والأربعاء 22 كانون الثاني" (the Arabic "and" written onto the weekday)
# (and Persian: "از یکشنبه ۲۲ تا سه‌شنبه ۲۴ مهر")
_SECOND_WEEKDAY = r"(?:(?:" + "|".join(L.EN_WEEKDAYS + sorted(L.FA_WEEKDAYS, key=len, reverse=True)) + r"),?\s+)?"
_RANGE_TO_WEEKDAY = (r"(?:\s+و(?:" + _alternation({s for w in L.AR_WEEKDAYS for s in _spellings(w)}) + r")\s+)")
_FROM_WORDS = ["from", "From", "between", "Between", "с", "С", "со", "Со", "между", "Между", "از", "من", "بین",
               "للفترة من", "خلال الفترة من", "في الفترة من", "в период с", "в период со"]
_FROM = r"(?:(?:" + _alternation({s for w in _FROM_WORDS for s in _spellings(w)}) + r")\s+)?"
_OF = r"(?:\s+of|\s+من\s+شهر|\s+من|\s+شهر)?"     # "12 of May", Arabic "12 من شهر أيلول"


def _month_re(names: dict[str, tuple[int, str]]) -> str:
    return "(?:" + _alternation(names) + ")"


def _patterns(lang: str | None):
    """(regex, kind) pairs for the month-name tables that fit the language."""
    tables = [_GREG_NAMES]
    if lang in (None, "fa"):
        tables += [_JALALI_NAMES, _FA_GREG_NAMES]
    if lang in (None, "ar"):
        tables += [_AR_GREG_NAMES, _HIJRI_NAMES]
    names = {}
    for t in tables:
        for k, v in t.items():
            names.setdefault(k, v)
    month = "(?P<m>" + _month_re(names) + r")(?:\s?ماه)?"
    month2 = "(?P<m2>" + _month_re(names) + r")(?:\s?ماه)?"
    day = rf"(?P<d>{_DAY_EN}|{_FA_ORD_RE})"
    day2 = rf"(?P<d2>{_DAY_EN}|{_FA_ORD_RE})"
    # "سال ۱۴۰۲", Arabic "من عام 2023", "لعام 2023"
    year = rf"(?:,?\s*(?:سال\s|(?:من\s)?(?:عام|سنة|لعام|لسنة)\s)?(?P<y>{_YEAR}){_YEAR_SUFFIX})"
    year1 = rf"(?:,?\s*(?P<y1>{_YEAR}){_YEAR_SUFFIX})"
    return names, [
        # 30 September - 2 October 2023 / с 30 сентября по 2 октября
        (re.compile(rf"{_NB}{_FROM}{day}(?:{_OF})?\s*(?P<m1>{_month_re(names)})(?:\s?ماه)?{year1}?"
                    rf"{_RANGE_TO}{day2}{_OF}\s*{month2}{year}?{_NA}"), "dm-dm"),
        # September 30 - October 2, 2023
        (re.compile(rf"{_NB}{_FROM}(?P<m1>{_month_re(_EN_NAMES)})\s+{day}{_RANGE_TO}"
                    rf"{month2}\s+{day2}{year}?{_NA}"), "md-md"),
        # 11-15 September 2023 / с 11 по 15 сентября 2023 года / از ۱۱ تا ۱۵ مهر
        (re.compile(rf"{_NB}{_FROM}{day}(?:{_RANGE_TO}{_SECOND_WEEKDAY}|{_RANGE_TO_WEEKDAY}){day2}{_OF}\s*{month}{year}?{_NA}"),
         "dd-m"),
        # September 11-15, 2023
        (re.compile(rf"{_NB}{_FROM}(?P<m>{_month_re(_EN_NAMES)})\s+{day}{_RANGE_TO}{day2}{year}?{_NA}"),
         "m-dd"),
        # 22 August 2023 / 5 декабря / بیست و نهم مرداد ماه 1403 / the 5th of May
        (re.compile(rf"{_NB}(?:the\s+)?{day}{_OF}\s*{month}{year}?{_NA}"), "dm"),
        # الثاني عشر من أيلول 2023 (Arabic ordinal day)
        (re.compile(rf"{_NB}(?P<d>{_AR_ORD_RE})\s+من\s+(?:شهر\s+)?{month}{year}?{_NA}"), "dm"),
        # «18» апреля 2024 г. (Russian official style)
        (re.compile(rf"[«\"]{day}[»\"]\s*{month}{year}?{_NA}"), "dm"),
        # August 22, 2023
        (re.compile(rf"{_NB}(?P<m>{_month_re(_EN_NAMES)})\s+{day}{year}?{_NA}"), "md"),
        # September 2023 / в сентябре 2023 года / اسفند ۱۴۰۲
        (re.compile(rf"{_NB}{month}(?:\s+of)?{year}{_NA}"), "my"),
    ]


# Compiled on first use per language: the tables make large alternations (~0.2 s each),
# and a rebuild of one English article should not compile the Persian and Arabic ones.
_LANGS = (None, "fa", "ar", "ru", "en")
_patterns_for = lru_cache(maxsize=None)(_patterns)

_NUMERIC = [
    # 2024-04-12, 1403/05/29
    (re.compile(r"(?<![\w./-])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
                r"(?![.-]\d)(?:(?=T\d)|(?![\w/]))"), "ymd"),      # also 2024-04-12T10:00
    # 18.09.2023, 10/1/2022, 29/05/1403
    (re.compile(r"(?<![\w./-])(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?![\w/]|[.-]\d)"), "dmy"),
    # 94/1/24 (Persian short Jalali)
    (re.compile(r"(?<![\w./-])(?P<y>\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\w/]|[.-]\d)"), "yymd"),
    # 18.09.23 (Russian short year; two digits each, dots only)
    (re.compile(r"(?<![\w./-])(?P<d>\d\d)\.(?P<m>\d\d)\.(?P<y>\d\d)(?![\w/]|[.-]\d)"), "dmyy"),
    # 11-15.09.2023 (days of one month)
    (re.compile(r"(?<![\w./-])(?P<d>\d{1,2})\s*[-–—]\s*(?P<d2>\d{1,2})(?P<s>[./])(?P<m>\d{1,2})(?P=s)"
                r"(?P<y>\d{4})(?![\w/]|[.-]\d)"), "dd.m.y"),
    # 30.09-02.10.2023 / 30.09.2023-02.10.2023
    (re.compile(r"(?<![\w./-])(?P<d>\d{1,2})(?P<s>[./])(?P<m1>\d{1,2})(?:(?P=s)(?P<y1>\d{4}))?\s*[-–—]\s*"
                r"(?P<d2>\d{1,2})(?P=s)(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?![\w/]|[.-]\d)"), "dm-dm.y"),
]


# ---------------------------------------------------------------- resolution

# A report dates past events, so a date without a year is the latest occurrence up to the
# document's date; announcements ("the next meeting on 15 March") look a few months ahead.
_AHEAD = _dt.timedelta(days=125)   # about four months


def _resolve_year(month: int, day: int, calendar: str, default_year: int | None,
                  reference: str | None) -> str | None:
    """ISO date of a month-day written without a year, or None when it cannot be known."""
    if calendar == "gregorian":
        if reference:
            ref = _dt.date.fromisoformat(reference)
            for y in (ref.year + 1, ref.year, ref.year - 1):
                iso = _gregorian(y, month, day)
                if iso and _dt.date.fromisoformat(iso) <= ref + _AHEAD:
                    return iso
            return None
        if default_year:
            return _gregorian(default_year, month, day)
        return None
    if calendar == "jalali":
        if reference:
            ref = _dt.date.fromisoformat(reference)
            jy = gregorian_to_jalali(reference)[0]
            for y in (jy + 1, jy, jy - 1):
                iso = _jalali(y, month, day)
                if iso and _dt.date.fromisoformat(iso) <= ref + _AHEAD:
                    return iso
            return None
        if default_year:
            # the Jalali year whose (month, day) falls in the Gregorian default year
            for y in (default_year - 621, default_year - 622):
                iso = _jalali(y, month, day)
                if iso and iso.startswith(str(default_year)):
                    return iso
        return None
    return None


def _make(calendar: str, y: int | None, m: int, d: int | None, default_year, reference
          ) -> tuple[str | None, str | None, str | None]:
    """(start_date, partial, original) for one date of a mention."""
    if d is None:
        if y is None:
            return None, None, None
        return None, (f"{y:04d}-{m:02d}" if calendar == "gregorian" else None), f"{y:04d}-{m:02d}"
    if y is not None:
        conv = {"gregorian": _gregorian, "jalali": _jalali, "hijri": _hijri}[calendar]
        return conv(y, m, d), None, f"{y:04d}-{m:02d}-{d:02d}"
    iso = _resolve_year(m, d, calendar, default_year, reference)
    partial = f"--{m:02d}-{d:02d}" if calendar == "gregorian" and iso is None else None
    return iso, partial, f"--{m:02d}-{d:02d}"


def _hijri(y: int, m: int, d: int) -> str | None:
    try:
        return hijri_to_gregorian(y, m, d)
    except ValueError:
        return None


def _valid_day(calendar: str, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    if calendar == "jalali":
        return d <= (31 if m <= 6 else 30)
    if calendar == "hijri":
        return d <= 30
    return d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


def _year_fits(calendar: str, y: int | None) -> bool:
    if y is None:
        return True
    if calendar == "gregorian":
        return 1800 <= y <= 2100
    if calendar == "jalali":
        return 1250 <= y <= 1499
    return 1300 <= y <= 1500


# ---------------------------------------------------------------- the finder

_PERIOD_BEFORE = re.compile(r"(?:نیمه|دهه|هفته|فصل|مرحله|نوبت|ترم|نیمسال|نیم سال)\s*$")

def find_dates(text: str, lang: str | None = None, default_year: int | None = None,
               reference: str | None = None, restated: bool = False) -> list[DateMention]:
    """Every date mention of `text`, in order, non-overlapping.

    `default_year`: Gregorian year for dates written without one (the document's year).
    `reference`: the document's own ISO date; when given it decides the year of a date
    without one (the latest occurrence not after it, or at most about four months after).
    `restated`: also return a Hijri date written next to the Gregorian date it restates
    (left out by default: the Gregorian one is exact).
    """
    names, patterns = _patterns_for(lang if lang in _LANGS else None)
    # (length, priority, mention): the longest reading of a stretch of text wins
    candidates: list[tuple[int, int, DateMention]] = []

    for prio, (rx, kind) in enumerate(patterns):
        for m in rx.finditer(text):
            mention = _from_names(m, kind, names, lang, default_year, reference)
            if mention:
                candidates.append((m.end() - m.start(), -prio, mention))
    for rx, kind in _NUMERIC:
        for m in rx.finditer(text):
            mention = _from_numbers(m, kind, lang)
            if mention:
                candidates.append((m.end() - m.start(), 1, mention))

    chosen: list[DateMention] = []
    taken = bytearray(len(text) + 1)   # characters already inside a chosen mention
    for _, _, mention in sorted(candidates, key=lambda c: (c[0], c[1], -c[2].start), reverse=True):
        if any(taken[mention.start:mention.end]):
            continue
        chosen.append(mention)
        taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    chosen.sort(key=lambda x: x.start)
    if restated:
        return chosen
    # "12 رجب 1445 هـ الموافق 24 كانون الثاني 2024": the Hijri date restates the Gregorian
    # one, and our Hijri conversion may be a day off
    return [m for m in chosen if m.calendar != "hijri" or not any(
        o.calendar == "gregorian" and o.start_date and (0 <= o.start - m.end <= 20 or 0 <= m.start - o.end <= 20)
        for o in chosen)]


def _int(m: re.Match, group: str) -> int | None:
    try:
        value = m.group(group)
    except IndexError:
        return None
    if value is None:
        return None
    if value[0].isdigit():
        value = re.sub(r"(?:st|nd|rd|th|-го|\s?ام)$", "", value)
    return _day_value(value)


def _from_names(m: re.Match, kind: str, names, lang, default_year, reference) -> DateMention | None:
    gd = m.groupdict()
    month_name = gd.get("m") or gd.get("m2")
    month, calendar = names[month_name]
    y = int(gd["y"]) if gd.get("y") else None
    d = _int(m, "d") if "d" in gd else None
    d2 = _int(m, "d2") if "d2" in gd else None
    first_month = month
    if gd.get("m1"):
        first_month, cal1 = names[gd["m1"]]
        if cal1 != calendar:
            return None
    y1 = int(gd["y1"]) if gd.get("y1") else y
    if not _year_fits(calendar, y) or not _year_fits(calendar, y1):
        return None
    # a month that is also an everyday word needs a year right after it, or (Latin
    # script) a day before it: "5 May" but not "May 5 students"
    if month_name in _AMBIGUOUS and y is None and (
            kind in ("md", "m-dd", "md-md")
            or not month_name.isascii() and month_name not in _UNAMBIGUOUS_IN.get(lang, ())):
        return None
    # "نیمه اول اسفند" (the first half of Esfand), "هفته دوم مهر": an ordinal of a period
    if _PERIOD_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return None
    if kind == "my":
        start, partial, original = _make(calendar, y, month, None, default_year, reference)
        return DateMention(m.start(), m.end(), None, None, partial, calendar, original=original)
    if d is None or not _valid_day(calendar, first_month, d):
        return None
    if d2 is not None and not _valid_day(calendar, month, d2):
        return None
    if d2 is not None and first_month == month and d2 <= d:
        return None  # "5-3 May" is not a range
    if calendar == "hijri" and y is None:
        return DateMention(m.start(), m.end(), None, calendar="hijri", original=f"--{month:02d}-{d:02d}")
    if d2 is None:
        start, partial, original = _make(calendar, y, month, d, default_year, reference)
        return DateMention(m.start(), m.end(), start, None, partial, calendar, original=original)
    # a range: the year written after it belongs to both ends unless the first has its own
    y_first = y1 if y1 is not None else y
    if y_first is not None and y is not None and first_month > month and y_first == y and not gd.get("y1"):
        y_first = y - 1  # "28 December - 3 January 2024"
    end, end_partial, _ = _make(calendar, y, month, d2, default_year, reference)
    start, partial, original = _make(calendar, y_first, first_month, d, default_year, reference)
    if start and end and start > end:
        start_year = int(start[:4]) - 1  # resolved ranges across the new year
        start, partial, original = _make(calendar, None, first_month, d, start_year, None)
    return DateMention(m.start(), m.end(), start, end, partial, calendar,
                       partial_end=end_partial if end is None else None, original=original)


def _from_numbers(m: re.Match, kind: str, lang: str | None) -> DateMention | None:
    gd = m.groupdict()
    y, mo, d = int(gd["y"]), int(gd["m"]), int(gd["d"])
    if kind == "dmyy":
        if lang in ("fa", "ar"):
            return None   # there "94/1/24"-style dates are year-first
        y += 2000 if y <= _dt.date.today().year % 100 + 1 else 1900
    if kind == "yymd":
        if lang not in ("fa", None) or (lang is None and y <= 31):
            return None  # outside Persian text "24/1/94" style dates are day-first
        y += 1300 if y >= 50 else 1400
        if y > 1430:
            return None
    if 1250 <= y <= 1499:
        calendar = "jalali"
    elif 1800 <= y <= 2100:
        calendar = "gregorian"
    else:
        return None
    convert = _jalali if calendar == "jalali" else _gregorian
    if kind in ("dd.m.y", "dm-dm.y"):
        d2 = int(gd["d2"])
        mo1 = int(gd["m1"]) if gd.get("m1") else mo
        y1 = int(gd["y1"]) if gd.get("y1") else (y - 1 if mo1 > mo else y)
        if not (_valid_day(calendar, mo1, d) and _valid_day(calendar, mo, d2)):
            return None
        start, end = convert(y1, mo1, d), convert(y, mo, d2)
        if start is None or end is None or start >= end:
            return None
        return DateMention(m.start(), m.end(), start, end, None, calendar, original=f"{y1:04d}-{mo1:02d}-{d:02d}")
    if kind == "dmy" and calendar == "gregorian" and mo > 12 and d <= 12:
        d, mo = mo, d   # month-first (US) writing: 04/22/2024
    if not _valid_day(calendar, mo, d):
        return None
    iso = convert(y, mo, d)
    if iso is None:
        return None
    return DateMention(m.start(), m.end(), iso, None, None, calendar, original=f"{y:04d}-{mo:02d}-{d:02d}")
