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
    ("Universities sign accord\n\nLIMA, 2 June 2015 /Newswire/ -- The rectors met.", "2015-06-02"),
    # Persian date lines, Jalali converted
    ("دیدار دو دانشگاه\n۱۴۰۱/۰۲/۱۰ - ۱۱:۴۵\nرئیس دانشگاه با هیئت خارجی دیدار کرد.", "2022-04-30"),
    ("دیدار دو دانشگاه\nتاریخ انتشار: شنبه ۱۲ آذر ۱۴۰۱\nرئیس دانشگاه با هیئت دیدار کرد.", "2022-12-03"),
    # an Arabic date line
    ("الجامعة تستقبل وفداً\nالأحد 14 تشرين الثاني 2021\nاستقبل رئيس الجامعة وفداً من الكلية.", "2021-11-14"),
    # a footer timestamp at the end
    ("Вузы подписали соглашение\n\nРектор встретился с гостями.\n\nДата публикации: 12.12.2019", "2019-12-12"),
    # page furniture in "|"-separated fields on the date's line (news code, views, section)
    ("دیدار دو دانشگاه\n۱۳۹۹/۱۱/۰۲ - ۰۹:۱۰ | کد خبر: ۴۴۱ | تعداد بازدید: ۹۸\nمتن خبر.", "2021-01-21"),
    ("الجامعة تستقبل وفداً\nالخميس 3 آب 2023 | عدد المشاهدات: 120\nاستقبل رئيس الجامعة وفداً.", "2023-08-03"),
    ("Rector meets guests\nNews | 04.03.2020 | Views: 17\nThe rector met the guests.", "2020-03-04"),
    ("Вузы подписали соглашение\n\nТекст новости.\n\n12.12.2019 | Просмотров: 40", "2019-12-12"),
])
def test_dateline(text, dateline):
    assert run(text).dateline == dateline


@pytest.mark.parametrize("text", [
    # a date inside the story is an event date, not the dateline
    ("Universities sign accord\n\nThe two universities met on 5 May 2019 in Rome and "
     "signed a memorandum on research and exchange."),
    # a date without a year gives no dateline
    "Вузы подписали соглашение\n\n7 марта в актовом зале состоялась встреча.",
    "Вузы подписали соглашение\n\nТекст.\n\n© Университет, 2001–2024",
    # a date far down the page, not at the top or the end
    "T\n" + "Paragraph.\n" * 8 + "12.05.2020\n" + "Paragraph.\n" * 5,
])
def test_no_dateline(text):
    assert run(text).dateline is None


def test_title_is_first_non_empty_line_without_markdown_links():
    assert run("\n\n  [Two universities sign an accord](#)  \n\nBody.").title == "Two universities sign an accord"
    assert run("## Heading words\nBody.").title == "Heading words"
    assert run("![photo of the campus](img.jpg)\nRector meets guests\nBody.").title == "Rector meets guests"


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


@pytest.mark.parametrize("text, dateline", [
    ("Joint lab opens\nBy Staff Reporter | 12 May 2021\nThe lab opened today.", "2021-05-12"),
    ("Joint lab opens\nPosted on Tuesday, 4 May 2021, 10:30 AM\nThe lab opened today.", "2021-05-04"),
    ("افتتاح آزمایشگاه مشترک\nتهران - ۱۴۰۰/۰۲/۱۴ - متن خبر درباره آزمایشگاه", "2021-05-04"),
    ("افتتاح مختبر مشترك\nبغداد – 4 أيار 2021 – افتتحت الجامعة مختبرا", "2021-05-04"),
])
def test_more_dateline_forms(text, dateline):
    assert run(text).dateline == dateline


def test_a_byline_with_a_long_story_line_is_not_a_dateline():
    doc = run("Joint lab\nThe lab opened by the rector and his guests from abroad on 4 May 2021.\nMore.")
    assert doc.dateline is None


@pytest.mark.parametrize("text, title", [
    ("Home / News / International\nRector hosts a delegation from abroad\nText.", "Rector hosts a delegation from abroad"),
    ("Новости / Наука\nРектор принял делегацию зарубежного вуза\nТекст.", "Ректор принял делегацию зарубежного вуза"),
    ("Home > News > International\nRector hosts a delegation from abroad\nText.", "Rector hosts a delegation from abroad"),
    ("12.01.2022 10:00\nInternational cooperation\nRector hosts a delegation from abroad\nText.",
     "Rector hosts a delegation from abroad"),
    ("۱۴۰۱/۰۲/۱۰\nدیدار رئیس دانشگاه با هیئت خارجی\nمتن.", "دیدار رئیس دانشگاه با هیئت خارجی"),
])
def test_title_skips_page_furniture(text, title):
    assert run(text).title == title


def test_a_title_with_a_slash_is_still_a_title():
    assert run("Students / staff exchange agreed by two large universities\nText.").title == (
        "Students / staff exchange agreed by two large universities")


def test_a_paragraph_as_first_line_gives_its_first_sentence_as_title():
    first = "The rectors of two universities met in the capital to talk about exchanges."
    doc = run(first + " " + "They agreed on many things and signed papers. " * 8 + "\nMore.")
    assert doc.title == first


def test_a_date_line_with_hijri_and_gregorian_dates_gives_the_gregorian_one():
    doc = run("الجامعة تستقبل وفداً\nالأحد 12 رجب 1445 هـ الموافق 24 كانون الثاني 2024\nاستقبل رئيس الجامعة وفداً.")
    assert doc.dateline == "2024-01-24"


def test_a_dateline_set_by_the_reader_is_kept():
    doc = Document(path=Path("x.html"), text="Visit\n12.01.2020\nText.", dateline="2020-01-13")
    normalise(doc)
    find_dateline(doc, None)
    assert doc.dateline == "2020-01-13" and doc.title == "Visit"


def test_short_year_date_line():
    assert run("Вузы подписали соглашение\n11.03.22 15:40\nТекст новости.").dateline == "2022-03-11"


@pytest.mark.parametrize("text, dateline", [
    ("Universities sign accord\n\nPENANG, Friday 7 June 2024 – The two universities met on Wednesday.", "2024-06-07"),
    ("جامعتان توقعان مذكرة\n\nالدوحة، الأحد 3 مارس 2024 - وقعت الجامعتان مذكرة تفاهم.", "2024-03-03"),
])
def test_news_opening_with_a_weekday_before_the_date(text, dateline):
    assert run(text).dateline == dateline


def test_opening_with_state_abbreviation_and_russian_city_line_with_story_on_it():
    assert dateline_of("SPRINGFIELD, Ill., March 4, 2024 — Lakeside University and Hilltop University") == "2024-03-04"
    assert run("Новость\n\nОмск, 5 марта 2024 г. В Северном университете побывала делегация.").dateline == "2024-03-05"
    # a sentence that starts with a place and a date is no dateline
    assert run("Новость\n\nОн был в Омске, 5 марта 2024 г. Затем уехал.").dateline is None


def test_city_date_opening_closed_by_a_full_stop():
    # the story goes on after the full stop in the same line
    assert dateline_of("Tbilisi, 9 February 2026. Two universities signed an agreement.", "en") == "2026-02-09"
    # a date in the middle of a sentence is no opening
    assert dateline_of("He arrived in Paris, 9 February 2026. Then he left for Lyon.", "en") is None


def test_header_date_is_the_date_printed_above_the_story_not_a_footer():
    from loaders.dateline import header_date
    assert header_date("Home | News | Contacts\n14.10.2025 | Views: 486\nTitle of the story\nText.") == "2025-10-14"
    story = "Title of the story\n" + "".join(f"Paragraph {n} of the story goes on.\n" for n in range(6))
    assert header_date(story + "14.10.2025") is None
