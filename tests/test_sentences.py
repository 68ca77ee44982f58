"""Sentence splitting over normalised text."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.model import Document
from loaders.normalise import normalise
from loaders.sentences import sentence_spans, split_sentences


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # Russian initials, with and without spaces, and abbreviations
    ("Встречу провёл проф. А.Б. Смирнов. Гости осмотрели кампус.",
     ["Встречу провёл проф. А.Б. Смирнов.", "Гости осмотрели кампус."]),
    ("Делегацию возглавила и. о. ректора В.Г  Орлова из г. Самары. Визит длился два дня.",
     ["Делегацию возглавила и. о. ректора В.Г  Орлова из г. Самары.", "Визит длился два дня."]),
    ("Это вуз им. Н.Э. Петрова, т.е. технический университет. Он основан давно.",
     ["Это вуз им. Н.Э. Петрова, т.е. технический университет.", "Он основан давно."]),
    ("Обсуждали гранты, стажировки и т.д. Затем подписали план.",
     ["Обсуждали гранты, стажировки и т.д.", "Затем подписали план."]),
    # English titles, initials and acronyms
    ("Dr. Jane Roe and Prof. K. L. Mehta met Mr. Brown at St. Anne's College. They agreed.",
     ["Dr. Jane Roe and Prof. K. L. Mehta met Mr. Brown at St. Anne's College.", "They agreed."]),
    ("The U.S. team visited. A. Kumar spoke first.",
     ["The U.S. team visited.", "A. Kumar spoke first."]),
    # numbers and dates
    ("Enrolment rose by 7.5 per cent in 2019. The plan runs to 01.02.2026 and beyond!",
     ["Enrolment rose by 7.5 per cent in 2019.", "The plan runs to 01.02.2026 and beyond!"]),
    ("نشست در تاریخ 98/7/15 برگزار شد. سپس بازدید انجام شد.",
     ["نشست در تاریخ 98/7/15 برگزار شد.", "سپس بازدید انجام شد."]),
    # Persian: question mark, semicolon, and a full stop glued to the next word
    ("آیا همکاری ادامه دارد? بله; برنامه تمدید شد .طرفین به توافق رسیدند.",
     ["آیا همکاری ادامه دارد?", "بله;", "برنامه تمدید شد .", "طرفین به توافق رسیدند."]),
    ("جلسه پایان یافت.اهداف بعدی تعیین شد",
     ["جلسه پایان یافت.", "اهداف بعدی تعیین شد"]),
    # Arabic full stop and a closing quotation mark after the full stop
    ("قال العميد «نرحب بالتعاون.» ثم غادر الوفد۔ وانتهى اللقاء",
     ["قال العميد «نرحب بالتعاون.»", "ثم غادر الوفد۔", "وانتهى اللقاء"]),
    # an ellipsis goes on before a lower-case word, ends before a capital
    ("They discussed labs... and libraries. Then... Nothing else.",
     ["They discussed labs... and libraries.", "Then...", "Nothing else."]),
    # an unknown abbreviation followed by a lower-case word
    ("The fee is approx. ten dollars per cert. copy. Next.",
     ["The fee is approx. ten dollars per cert. copy.", "Next."]),
    # a site address is not a sentence end
    ("Photos: example.edu.ru. More news.", ["Photos: example.edu.ru.", "More news."]),
])
def test_sentences(text, expected):
    assert sents(text) == expected


def test_line_breaks_and_list_items_split_and_markers_are_left_out():
    text = "Agreed points:\n1. exchange of staff;\n2) joint labs\n- summer school\n— летняя школа\n\nEnd"
    assert sents(text) == ["Agreed points:", "exchange of staff;", "joint labs", "summer school",
                           "летняя школа", "End"]


def test_spans_are_ordered_trimmed_and_do_not_overlap():
    text = "  First one.   Second one!  \n\n  Third?  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!", "Third?"]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


def test_split_sentences_fills_the_document_over_norm():
    doc = Document(path=Path("x.txt"), text="Визит\u00a0прошёл успешно.  Стороны\u200cдовольны.")
    normalise(doc)
    split_sentences(doc, None)
    assert [doc.norm[s.start:s.end] for s in doc.sentences] == ["Визит прошёл успешно.", "Стороны довольны."]
    # evidence maps a sentence back to the original text
    assert doc.evidence(doc.sentences[1].start, doc.sentences[1].end).sentence == "Стороны\u200cдовольны."


@pytest.mark.parametrize("text, expected", [
    # a full stop inside a Markdown link does not end the sentence
    ("[برای دیدن تصاویر کلیک کنید.](#)", ["[برای دیدن تصاویر کلیک کنید.](#)"]),
    # a question mark in brackets followed by a lower-case word goes on
    ("He asked (really?) and left. Then what? Nothing!", ["He asked (really?) and left.", "Then what?", "Nothing!"]),
    ("Great!!! The end.", ["Great!!!", "The end."]),
    ("Is it «ready?» Yes.", ["Is it «ready?»", "Yes."]),
])
def test_terminators_with_closing_marks(text, expected):
    assert sents(text) == expected


def test_arabic_abbreviated_titles_do_not_end_a_sentence():
    assert sents("زار أ.د. سعيد الكلية. ثم التقى د. محمد بالوفد.") == [
        "زار أ.د. سعيد الكلية.", "ثم التقى د. محمد بالوفد."]
    assert sents("التقى د.محمد بالوفد.") == ["التقى د.محمد بالوفد."]


def test_persian_list_markers_and_a_range_that_is_not_a_marker():
    assert sents("1- اجرای پروژه\n2 - بررسی طرح\nالف) مورد اول\n5 - 7 октября прошла встреча.") == [
        "اجرای پروژه", "بررسی طرح", "مورد اول", "5 - 7 октября прошла встреча."]


def test_amount_abbreviations_end_a_sentence_before_a_capital():
    assert sents("Грант составил 5 млн руб. В следующем году сумма вырастет.") == [
        "Грант составил 5 млн руб.", "В следующем году сумма вырастет."]
    assert sents("Проект шёл в 2019–2020 гг. Затем его продлили.") == [
        "Проект шёл в 2019–2020 гг.", "Затем его продлили."]
    assert sents("Бюджет 3 тыс. руб. на человека.") == ["Бюджет 3 тыс. руб. на человека."]


def test_persian_sentences_glued_after_a_number_or_an_exclamation():
    assert sents("این طرح در سال 1398.سپس تمدید شد") == ["این طرح در سال 1398.", "سپس تمدید شد"]
    assert sents("چه دیدار خوبی بود!سپس بازدید شد") == ["چه دیدار خوبی بود!", "سپس بازدید شد"]
    assert sents("Version 2.5 of the plan. Yahoo!Japan") == ["Version 2.5 of the plan.", "Yahoo!Japan"]


def test_malaysian_company_form_and_title_do_not_end_a_sentence():
    # (h11: "... (Malaysia) Sdn. Bhd. today signed", "Prof. Datuk Ts. Dr. X")
    text = ("Lakeside University and Nimbus (Malaysia) Sdn. Bhd. today signed an agreement. "
            "It was signed by Prof. Datuk Ts. Dr. Amir Hasan. The firm is Nimbus Sdn. Bhd. Its office is in Johor.")
    assert sents(text) == ["Lakeside University and Nimbus (Malaysia) Sdn. Bhd. today signed an agreement.",
                           "It was signed by Prof. Datuk Ts. Dr. Amir Hasan.", "The firm is Nimbus Sdn. Bhd.",
                           "Its office is in Johor."]
