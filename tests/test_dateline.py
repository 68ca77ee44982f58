"""Title and the document's own date."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.dateline import dateline_of, find_dateline, title_of
from loaders.language import detect_language
from loaders.model import Document
from loaders.normalise import normalise


def run(text: str) -> Document:
    doc = Document(path=Path("x.txt"), text=text)
    normalise(doc)
    detect_language(doc, None)
    find_dateline(doc, None)
    return doc


@pytest.mark.parametrize("text, dateline", [
    # a bare date line (with a time) above or below the title
    ("Two universities agree on a joint lab\n\n14.02.2022 09:15\n\nThe rectors met on Monday.", "2022-02-14"),
    ("30.11.2025\n\nВузы подписали соглашение\n\nРектор встретился с гостями.", "2025-11-30"),
    ("Опубликовано: 03.10.2021\nВузы подписали соглашение\nТекст новости.", "2021-10-03"),
    # news openings "CITY, DATE —"
    ("Universities sign accord\n\nLAGOS, 2021-06-30 — The two universities met.", "2021-06-30"),
    ("Universities sign accord\n\nCAIRO, March 9, 2019 — The two universities met.", "2019-03-09"),
    ("Universities sign accord\n\nNAIROBI (Reuters), 14 July 2016 – The rectors met.", "2016-07-14"),
    # Persian date lines, Jalali converted
    ("دیدار دو دانشگاه\n۱۴۰۱/۰۲/۱۰ - ۱۱:۴۵\nرئیس دانشگاه با هیئت خارجی دیدار کرد.", "2022-04-30"),
    ("دیدار دو دانشگاه\nتاریخ انتشار: شنبه ۱۲ آذر ۱۴۰۱\nرئیس دانشگاه با هیئت دیدار کرد.", "2022-12-03"),
    # an Arabic date line
    ("الجامعة تستقبل وفداً\nالأحد 14 تشرين الثاني 2021\nاستقبل رئيس الجامعة وفداً من الكلية.", "2021-11-14"),
    # a footer timestamp at the end
    ("Вузы подписали соглашение\n\nРектор встретился с гостями.\n\nДата публикации: 12.12.2019", "2019-12-12"),
])
def test_dateline(text, dateline):
    assert run(text).dateline == dateline


@pytest.mark.parametrize("text", [
    # a date inside the story is an event date, not the dateline
    ("Universities sign accord\n\nThe two universities met on 5 May 2019 in Rome and "
     "signed a memorandum on research and exchange."),
    # a date without a year gives no dateline
    "Вузы подписали соглашение\n\n5 декабря в главном корпусе прошла встреча.",
    "Вузы подписали соглашение\n\nТекст.\n\n© Университет, 2001–2024",
    # a date far down the page, not at the top or the end
    "T\n" + "Paragraph.\n" * 8 + "12.05.2020\n" + "Paragraph.\n" * 5,
])
def test_no_dateline(text):
    assert run(text).dateline is None


def test_title_is_first_non_empty_line_without_markdown_links():
    assert run("\n\n  [Two universities sign an accord](#)  \n\nBody.").title == "Two universities sign an accord"
    assert run("## Heading words\nBody.").title == "Heading words"


def test_title_skips_a_leading_date_line():
    doc = run("18.03.2024\n\nРектор встретился с делегацией\n\nТекст.")
    assert doc.title == "Ректор встретился с делегацией" and doc.dateline == "2024-03-18"


def test_title_keeps_the_original_spelling():
    # the title comes from the original text (ZWNJ kept), the dateline from the normalised one
    doc = run("تفاهم‌نامه دو دانشگاه\nمتن خبر.")
    assert doc.title == "تفاهم‌نامه دو دانشگاه"


def test_functions_on_plain_strings():
    assert title_of("\n  \nFirst line\nsecond") == "First line"
    assert dateline_of("Title\nBERLIN, 2020-01-02 — Text") == "2020-01-02"
    assert dateline_of("") is None
