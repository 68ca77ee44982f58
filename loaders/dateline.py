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

_HEAD_LINES = 5
_TAIL_LINES = 3
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|ق\.?ظ|ب\.?ظ|ص|م))?")
# Words a date line may carry besides the date: labels and weekdays.
_LABELS = re.compile(
    r"(?i)\b(?:published|posted|updated|last|on|date|dated|at|by|опубликовано|обновлено|дата|"
    r"публикации|размещено|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b|"
    r"(?:تاریخ|انتشار|خبر|کد|شنبه|یکشنبه|یک شنبه|دوشنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج شنبه|جمعه|"
    r"نشر|تاريخ|النشر|الأحد|الاثنین|الإثنین|الثلاثاء|الأربعاء|الخمیس|الجمعة|السبت|روز|یوم|مورخ)"
)
# "NEW DELHI, 2024-04-12 —": a short place, a comma, the date, then a dash or colon.
_CITY_PREFIX = re.compile(r"^\s*[^\W\d][^\n,:;.!?]{0,40}?(?:\s*\([^)\n]{1,30}\))?\s*[,،/]\s*$")
_AFTER_DATE = re.compile(r"^\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-–—:|]|\(|$)")


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


def _date_only(line: str, mentions: list[DateMention], offset: int) -> DateMention | None:
    """The date of a line that holds nothing but a full date, a time and labels."""
    full = [m for m in mentions if _full(m)]
    if not full:
        return None
    rest = line
    for m in sorted(full, key=lambda m: m.start, reverse=True):
        rest = rest[:m.start - offset] + " " + rest[m.end - offset:]
    rest = _LABELS.sub(" ", _TIME.sub(" ", rest))
    words = [w for w in re.findall(r"[^\W\d_]+", rest)]
    if len(words) > 1:
        return None
    return full[0]


def _opening(line: str, mentions: list[DateMention], offset: int) -> DateMention | None:
    """The date of a "CITY, DATE —" news opening."""
    for m in mentions:
        if not _full(m):
            continue
        before = line[:m.start - offset]
        after = line[m.end - offset:]
        if _CITY_PREFIX.match(before) and _AFTER_DATE.match(after):
            return m
    return None


def title_of(text: str) -> str | None:
    """First non-empty line that is not a bare date, without Markdown link syntax."""
    for start, end in _lines(text):
        line = _MD_LINK.sub(r"\1", text[start:end]).strip().lstrip("#").strip()
        if not line:
            continue
        if _date_only(line, find_dates(line), 0):
            continue
        return line
    return None


def dateline_of(norm: str, lang: str | None = None) -> str | None:
    """ISO date the document gives for itself, or None."""
    lines = _lines(norm)
    head = lines[:_HEAD_LINES]
    tail = [ln for ln in lines[-_TAIL_LINES:] if ln not in head]
    for start, end in head:
        line = norm[start:end]
        mentions = [_shift(m, start) for m in find_dates(line, lang)]
        found = _date_only(line, mentions, start) or _opening(line, mentions, start)
        if found:
            return found.start_date
    for start, end in reversed(tail):
        line = norm[start:end]
        mentions = [_shift(m, start) for m in find_dates(line, lang)]
        found = _date_only(line, mentions, start)
        if found:
            return found.start_date
    return None


def _shift(m: DateMention, offset: int) -> DateMention:
    m.start += offset
    m.end += offset
    return m


def find_dateline(doc, resources=None) -> None:
    """Pipeline component: set `doc.title` (original text) and `doc.dateline` (ISO)."""
    doc.title = title_of(doc.text or doc.norm)
    doc.dateline = dateline_of(doc.norm or doc.text, doc.lang)
