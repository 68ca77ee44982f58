"""Page furniture: the lines of a scraped news page that are not the story.

Credits and captions, view counters and menus, and the headings of lists of other stories
("Read also", "Читайте также", "اخبار مرتبط", "أخبار ذات صلة"). The event and institution
extractors both skip these lines, each in its own way (events drop everything below a
related-stories heading; institutions drop the listed headlines up to the next paragraph),
so the patterns live here once for the four languages.
"""
from __future__ import annotations

import re

from loaders.triggers import rx

# A line that credits, captions, tags or links rather than reports.
CREDIT_LINE = rx(
    r"^\s*\(?\s*(?:фото|photo|photos|source|источник|©|\(c\)|copyright|عکس|منبع|تصویر|المصدر|"
    r"for further information|tags|теги|برچسب)\b",
    r"^\s*©", r"^\s*\(?\s*صورة", r"^\s*\[?جهت مشاهده", r"^\s*click\b", r"^\s*пресс-служба\b", r"^\s*главная\s*/",
)

# Headings of lists of other stories, at the start of a line.
_RELATED = rx(
    r"^\s*(?:"
    r"read also|read more|see also|related|more news|other news|latest news|recent news|more stories|(?:recent|latest) (?:posts|stories|articles)|"
    r"you may also like|other (?:announcements|stories|articles)|more announcements|more from|"
    r"most popular|most read|popular news|популярное|популярные новости|самое читаемое|"
    r"(?:читайте|смотрите|см\.|читать) также|другие новости|последние новости|похожие новости|похожие материалы|новости по теме|"
    r"е[щш][её] (?:новости|по теме)|(?:материалы|статьи|публикации) по теме|"
    r"اخبار مرتبط|مطالب مرتبط|خبرهای مرتبط|بیشتر بخوانید|پربازدیدترین|آخرین اخبار|اخبار مشابه|سایر اخبار|"
    r"(?:اخبار|مطالب|خبرهای) (?:پربازدید|پر بازدید|پرطرفدار|برگزیده|دیگر)|"
    # (Arabic is written with and without hamza on the alef)
    r"[اأ]قر[اأ] [اأ]يضا|[اأ]خبار [اأ]خرى|[اآ]خر ال[اأ]خبار|[اأ]حدث ال[اأ]خبار|"
    r"(?:ال)?(?:[اأ]خبار|مقالات|مواضيع|موضوعات) (?:ذات (?:ال)?(?:صلة|علاقة)|مشابهة|متعلقة|مرتبطة)"
    r")\b",
)
# What a heading may have before its colon or the end of the line ("Другие новости по теме:",
# "Related news: <a headline>"): a sentence that merely starts with "Related" is longer.
_HEADING_WORDS = 6
_HEADING_END = re.compile(r"[:：|»]|\s[-–—]\s")


def related_heading(line: str) -> bool:
    """Is `line` (normalised like doc.norm) a heading over a list of other stories?"""
    if not _RELATED.match(line):
        return False
    return len(_HEADING_END.split(line, 1)[0].split()) <= _HEADING_WORDS


# A view counter or a news code anywhere on a short line ("تعداد بازدید" is no visit).
_COUNTER = rx(r"\b(?:تعداد )?بازدید\s*:", r"\bکد (?:خبر|مطلب)\s*:", r"\bعدد (?:ال)?مشاهدات\b",
              r"\bпросмотр(?:ов|ы)?\s*:", r"\bviews?\s*:\s*\d", r"\bпросмотров\b\s*\d")
# Separators of a menu, a breadcrumb trail or a header of fields: "Home > News > Corporate",
# "About | Admission | News", "Tuesday, 17 Oct 2023 | 4:12 PM | By: ...". A slash counts with
# spaces around it only ("17/10/2023" is a date).
_MENU_SEPARATOR = re.compile(r"\s*\|\s*|\s+[>»›‹«</•]\s+|\s+\\\s+")
# Only short lines can be counters or menus: a paragraph is no page furniture.
_SHORT_LINE = 160


def _menu(line: str) -> bool:
    """A line of three or more short fields between separators: navigation, not a sentence."""
    parts = [p for p in _MENU_SEPARATOR.split(line.strip()) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 6 for p in parts)


def counter_or_menu(line: str) -> bool:
    return len(line) <= _SHORT_LINE and (bool(_COUNTER.search(line)) or _menu(line))


def noise_line(line: str) -> bool:
    """A line that is furniture by itself (not counting the lists under a heading)."""
    return bool(CREDIT_LINE.search(line)) or related_heading(line) or counter_or_menu(line)
