"""The document's title and its own date (the dateline).

The title is the first line that is not blank and not only a date. The dateline is a full
date that the page gives for itself: a line near the top that holds little but a date
("18.09.2023 00:22", "Опубликовано: 05.03.2026", "۱۴۰۳/۰۵/۲۹ - ۱۰:۳۰"), a news opening
"CITY, DATE —" ("NEW DELHI, 2024-04-12 —"), or a date-only footer line at the end. Dates
inside the story are events, not the dateline, and are left to the event extractor.
"""
from __future__ import annotations

import re

from loaders.dates import DateMention, find_dates
from loaders.normalise import normalise_text
from loaders.sentences import sentence_spans

_HEAD_LINES = 5
_LABELLED_EXTRA = 4   # further lines where a line labelled "Date:" is still the page's date
_DATE_LABEL = re.compile(r"(?i)\s*(?:date|published(?: on)?|posted(?: on)?|дата(?: публикации)?|опубликовано|"
                         r"تاریخ(?: انتشار| النشر)?|تاريخ(?: النشر)?)\s*:")
_TAIL_LINES = 3
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|ق\.?ظ|ب\.?ظ|ص|م))?")
# Weekdays: with word boundaries in Latin and Cyrillic ("Sun" is no "Sunway"); the Persian
# and Arabic forms with both yeh letters and with and without hamza.
_WEEKDAYS_WORDS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
                   "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье")
_WEEKDAYS_FA_AR = ("شنبه|یکشنبه|یک شنبه|دوشنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج شنبه|جمعه|"
                   "الأحد|الاحد|الاثنين|الإثنين|الاثنین|الإثنین|الثلاثاء|الأربعاء|الاربعاء|الخميس|الخمیس|"
                   "الجمعة|السبت")
# Words a date line may carry besides the date: labels and weekdays.
_LABELS = re.compile(
    r"(?i)\b(?:published|posted|updated|last|on|date|dated|at|by|news|опубликовано|обновлено|дата|"
    r"публикации|размещено|" + _WEEKDAYS_WORDS + r")\b|"
    r"(?:تاریخ|انتشار|خبر|کد|نشر|تاريخ|النشر|الموافق|روز|یوم|مورخ|" + _WEEKDAYS_FA_AR + ")"
)
_BYLINE = re.compile(r"(?i)(?:^|\W)(?:by|posted by|author|автор|نویسنده|بقلم|كتب|کتب)(?:\W|$)")
# "NEW DELHI, 2024-04-12 —": a short place, a comma (or dash), the date, then a dash or colon.
# The place may carry an abbreviated state or country: "DURHAM, N.C., DATE —", "ST. PAUL, Minn., DATE".
# after a date: "by" and an author or office, or a dash and a short source
_CREDIT = re.compile(r"\s+(?:[Bb]y\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&-]*)){0,6}"
                     r"|[-–—]\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})\s*$")
_CITY_PREFIX = re.compile(r"^\s*[^\W\d](?:[^\n,:;.!?]|(?<=[A-Z])\.){0,40}?(?:,\s*(?:[A-Z][a-z]{0,4}\.?){1,3})?"
                          r"(?:\s*\([^)\n]{1,30}\))?\s*[,،/\-–—]\s*$")
_AFTER_DATE = re.compile(r"^\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-–—:|/,]|\(|$)")   # "/PRNewswire/ --"
# "Новосибирск, 3 июля 2023 г. В НГУ ...": the story starts on the same line after "г."
# (only after a short place name: "Он был в Москве, 3 июля 2023 г. Затем" is a sentence)
_AFTER_DATE_RU = re.compile(r"^\s*(?:г|года)?\s*\.\s+(?=[А-ЯЁ])")
# "Tbilisi, 9 February 2026. Ivane ... signed": the same, a full stop after the year
_AFTER_DATE_STOP = re.compile(r"^\s*\.\s+(?=[A-Z])")
_ENDS_YEAR_RU = re.compile(r"(?:\bг|\bгода)\.\s*$")
# "KUALA LUMPUR, Friday 14 June 2024 –": a weekday may stand between the place and the date
_WEEKDAY_TAIL = re.compile(
    r"(?i)(?<=[,،/\-–—\s])\s*(?:" + _WEEKDAYS_WORDS + "|" + _WEEKDAYS_FA_AR + r")\.?\s*,?\s*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _full(mention: DateMention) -> bool:
    return mention.start_date is not None and mention.original is not None \
        and not mention.original.startswith("--")


_CALENDAR_ORDER = {"gregorian": 0, "jalali": 1, "hijri": 2}  # Hijri is converted approximately


def _date_only(line: str, mentions: list[DateMention]) -> DateMention | None:
    """The date of a line that holds nothing but a full date, a time and labels."""
    full = [m for m in mentions if _full(m)]
    if not full:
        return None
    rest = line
    for m in sorted(full, key=lambda m: m.start, reverse=True):
        rest = rest[:m.start] + " " + rest[m.end:]
    first = min(full, key=lambda m: m.start)
    credit = _CREDIT.match(line, max(m.end for m in full))
    if credit and not re.search(r"[^\W\d_]", _LABELS.sub(" ", line[:first.start])):
        # "Posted on 25.10.2024 by the Office of International Cooperation", "17 May 2024 -
        # Wits Communications": the date, then who wrote it (an office's name may be long)
        rest = rest[:len(rest) - (len(line) - credit.start())]
    rest = _LABELS.sub(" ", _TIME.sub(" ", rest))
    words = re.findall(r"[^\W\d_]+", rest)
    # a byline may name its author: "By Staff Reporter | 12 May 2021"
    limit = 4 if _BYLINE.search(line) else 1
    if len(words) > limit:
        return None
    # "12 رجب 1445 هـ الموافق 24 كانون الثاني 2024": the Gregorian one is exact
    return min(full, key=lambda m: _CALENDAR_ORDER.get(m.calendar, 3))


def _opening(line: str, mentions: list[DateMention]) -> DateMention | None:
    """The date of a "CITY, DATE —" news opening."""
    for m in mentions:
        if not _full(m):
            continue
        before = _WEEKDAY_TAIL.sub(" ", line[:m.start])
        after = line[m.end:]
        if _CITY_PREFIX.match(before) and (_AFTER_DATE.match(after) or (
                (_AFTER_DATE_RU.match(after) or _AFTER_DATE_STOP.match(after)
                 or (_ENDS_YEAR_RU.search(line[:m.end]) and re.match(r"\s+[А-ЯЁ]", after)))
                and len(before.split()) <= 3)):
            return m
    return None


_SEPARATOR = re.compile(r"\s[/>»›|]\s")
_TITLE_MAX = 250


def title_of(text: str) -> str | None:
    """First non-empty line that is not a bare date, without Markdown link syntax.

    Page furniture above the headline is skipped: a date line, a breadcrumb trail
    ("Home / News / International") and a one- or two-word section label followed by a
    longer line. A first line that is a whole paragraph is cut to its first sentence.
    """
    lines = []
    for start, end in _lines(text):
        line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text[start:end])).strip().lstrip("#").strip()
        if line:
            lines.append(line)
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if _is_date_line(line) or _is_breadcrumb(line):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if len(line.split()) <= 2 and len(following.split()) >= 4 and not _is_date_line(following):
            continue
        return _shorten(line)
    return _shorten(lines[0]) if lines else None


def _is_breadcrumb(line: str) -> bool:
    """"Home / News / International", "Новости / Наука": a trail of short section names."""
    parts = _SEPARATOR.split(line)
    return len(parts) >= 3 or (len(parts) == 2 and len(line.split()) <= 5)


def _is_date_line(line: str) -> bool:
    norm = normalise_text(line)[0]
    return _date_only(norm, find_dates(norm, restated=True)) is not None


def _shorten(line: str) -> str:
    if len(line) <= _TITLE_MAX:
        return line
    s, e = sentence_spans(line)[0]
    line = line[s:e]
    if len(line) <= _TITLE_MAX:
        return line
    return line[:_TITLE_MAX].rsplit(" ", 1)[0] + "…"


# Page furniture shares the date's line: "DATE | کد خبر: 123 | تعداد بازدید: 45", "Новости | DATE"
_FIELD_SEPARATOR = re.compile(r"\s*[|•·]\s*")


def _date_field(line: str, lang: str | None, mentions: list[DateMention] | None = None) -> DateMention | None:
    """The date of a line that holds nothing but a date, or of one of its "|"-separated fields."""
    if mentions is None:
        mentions = find_dates(line, lang, restated=True)
    found = _date_only(line, mentions)
    if found or not mentions or not _FIELD_SEPARATOR.search(line):
        return found
    for field in _FIELD_SEPARATOR.split(line):
        found = _date_only(field, find_dates(field, lang, restated=True))
        if found:
            return found
    return None


def header_date(norm: str, lang: str | None = None) -> str | None:
    """The date the page prints above its story (a date line or a "|"-separated field of the
    first lines), or None: a dateline read only from a footer or metadata is not one."""
    for start, end in _lines(norm)[:_HEAD_LINES]:
        line = norm[start:end]
        mentions = find_dates(line, lang, restated=True)
        found = _date_field(line, lang, mentions)   # (a date-only line first)
        if found:
            return found.start_date
    return None


def dateline_of(norm: str, lang: str | None = None) -> str | None:
    """ISO date the document gives for itself, or None."""
    lines = _lines(norm)
    head = lines[:_HEAD_LINES]
    tail = [ln for ln in lines[-_TAIL_LINES:] if ln not in head]
    for start, end in head:
        line = norm[start:end]
        mentions = find_dates(line, lang, restated=True)
        found = _date_only(line, mentions) or _opening(line, mentions) or _date_field(line, lang, mentions)
        if found:
            return found.start_date
    # "Date: 4 June 2024" under a long header (menus, a share bar, the title, a byline): a line
    # labelled as the date a few lines further down
    for start, end in lines[_HEAD_LINES:_HEAD_LINES + _LABELLED_EXTRA]:
        if _DATE_LABEL.match(norm, start, end):
            found = _date_field(norm[start:end], lang)
            if found:
                return found.start_date
    for start, end in reversed(tail):
        found = _date_field(norm[start:end], lang)
        if found:
            return found.start_date
    return None


def find_dateline(doc, resources=None) -> None:
    """Pipeline component: set `doc.title` (original text) and `doc.dateline` (ISO).

    A dateline already set by the reader (an HTML page's published-date metadata) is kept:
    the page's own declaration beats reading it off the text.
    """
    doc.title = title_of(doc.text or doc.norm)
    doc.dateline = doc.dateline or dateline_of(doc.norm or doc.text, doc.lang)
