"""Date mentions in all the calendars and languages of the sources."""
from __future__ import annotations

import pytest

from loaders.dates import (DateMention, find_dates, gregorian_to_jalali, hijri_to_gregorian,
                           jalali_to_gregorian)
from loaders.normalise import normalise_text


def dates(text: str, lang: str | None = None, **kw) -> list[tuple]:
    """(matched text, start_date, end_date, partial) of every mention in normalised text."""
    norm = normalise_text(text)[0]
    return [(norm[m.start:m.end], m.start_date, m.end_date, m.partial) for m in find_dates(norm, lang, **kw)]


def one(text: str, lang: str | None = None, **kw) -> DateMention:
    norm = normalise_text(text)[0]
    found = find_dates(norm, lang, **kw)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- conversions

@pytest.mark.parametrize("jalali, gregorian", [
    ((1403, 5, 29), "2024-08-19"),
    ((1397, 11, 3), "2019-01-23"),
    ((1394, 1, 24), "2015-04-13"),
    ((1398, 4, 23), "2019-07-14"),
    ((1399, 12, 30), "2021-03-20"),   # leap Esfand
    ((1400, 1, 1), "2021-03-21"),
])
def test_jalali_to_gregorian(jalali, gregorian):
    assert jalali_to_gregorian(*jalali) == gregorian
    assert gregorian_to_jalali(gregorian) == jalali


def test_jalali_to_gregorian_rejects_impossible_dates():
    with pytest.raises(ValueError):
        jalali_to_gregorian(1402, 12, 30)   # 1402 is not a leap year
    with pytest.raises(ValueError):
        jalali_to_gregorian(1402, 7, 31)    # Mehr has 30 days


@pytest.mark.parametrize("hijri, gregorian", [
    ((1445, 9, 1), "2024-03-11"),   # Ramadan 1445 began 11 March 2024 (tabular: 11 March)
    ((1444, 1, 1), "2022-07-30"),
])
def test_hijri_to_gregorian_tabular(hijri, gregorian):
    assert hijri_to_gregorian(*hijri) == gregorian


# ---------------------------------------------------------------- numeric dates

@pytest.mark.parametrize("text, lang, expected", [
    ("Published 2023-11-05 in the bulletin", "en", [("2023-11-05", "2023-11-05", None, None)]),
    ("Опубликовано 07.06.2022 12:30", "ru", [("07.06.2022", "2022-06-07", None, None)]),
    ("في يوم 3/2/2021 عقد اللقاء", "ar", [("3/2/2021", "2021-02-03", None, None)]),
    ("due by 12/25/2024 at the latest", "en", [("12/25/2024", "2024-12-25", None, None)]),
    ("تاریخ انتشار: ۱۴۰۲/۰۸/۱۵", "fa", [("1402/08/15", "2023-11-06", None, None)]),
    ("قرارداد در تاریخ 97/3/12 امضا شد", "fa", [("97/3/12", "2018-06-02", None, None)]),
    ("در تاریخ 15/08/1401 نشست برگزار شد", "fa", [("15/08/1401", "2022-11-06", None, None)]),
])
def test_numeric_dates(text, lang, expected):
    assert dates(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Growth reached 7.5 per cent and 3.5 points", "en"),
    ("Версия 1.2.3 и телефон 8.800.2000", "ru"),
    ("It happened at 10:30 on platform 9", "en"),
    ("سال تحصیلی 1402-1403 آغاز شد", "fa"),
    ("обучение в 2026/2027 учебном году", "ru"),
    ("the 31.02.2023 typo is not a date", "en"),
    ("score 24/1/94 in a table", "en"),            # short year-first form only in Persian
])
def test_things_that_are_not_dates(text, lang):
    assert dates(text, lang) == []


# ---------------------------------------------------------------- English

@pytest.mark.parametrize("text, expected", [
    ("MUMBAI, March 3, 2022 — The institute", ("March 3, 2022", "2022-03-03")),
    ("The forum opened on 14 November 2019 in Oslo.", ("14 November 2019", "2019-11-14")),
    ("signed on the 2nd of February, 2021", ("the 2nd of February, 2021", "2021-02-02")),
    ("held on Sept. 9, 2020 online", ("Sept. 9, 2020", "2020-09-09")),
    ("ACCRA, 5 JUNE 2018 — A delegation", ("5 JUNE 2018", "2018-06-05")),
    ("It ended on 31 May 2021.", ("31 May 2021", "2021-05-31")),
])
def test_english_dates(text, expected):
    assert dates(text, "en") == [(expected[0], expected[1], None, None)]


@pytest.mark.parametrize("text, expected", [
    ("The school ran 3-7 July 2017 at the campus.", ("3-7 July 2017", "2017-07-03", "2017-07-07")),
    ("Talks were held from 9 to 12 March 2015.", ("from 9 to 12 March 2015", "2015-03-09", "2015-03-12")),
    ("The fair runs August 18-20, 2022 downtown.", ("August 18-20, 2022", "2022-08-18", "2022-08-20")),
    ("between 28 February and 2 March 2024", ("between 28 February and 2 March 2024", "2024-02-28", "2024-03-02")),
    ("It lasted from 29 December to 3 January 2020.",
     ("from 29 December to 3 January 2020", "2019-12-29", "2020-01-03")),
])
def test_english_ranges(text, expected):
    assert dates(text, "en") == [(expected[0], expected[1], expected[2], None)]


def test_english_without_year_is_partial_unless_a_year_is_given():
    assert dates("They met on 9 October at noon.", "en") == [("9 October", None, None, "--10-09")]
    assert dates("They met on 9 October at noon.", "en", default_year=2016) == [
        ("9 October", "2016-10-09", None, None)]
    m = one("Talks ran from 4 to 6 June.", "en")
    assert (m.partial, m.partial_end, m.start_date) == ("--06-04", "--06-06", None)


@pytest.mark.parametrize("text", [
    "Students may 2 or 3 times apply.",
    "May 5 students join?",               # month-first "May" needs a year
    "We will march 10 miles.",
    "He was 12 in 2001.",
])
def test_english_words_that_look_like_months(text):
    assert dates(text, "en") == []


def test_month_and_year_only_is_partial():
    assert dates("Launched in September 2023 with partners.", "en") == [
        ("September 2023", None, None, "2023-09")]


# ---------------------------------------------------------------- Russian

@pytest.mark.parametrize("text, expected", [
    ("Конференция прошла 18 апреля 2024 года в Казани.", ("18 апреля 2024 года", "2024-04-18", None)),
    ("Приказ от 1 марта 2019 г. вступил в силу.", ("1 марта 2019 г.", "2019-03-01", None)),
    ("с 12 по 16 сентября 2022 года гости работали", ("с 12 по 16 сентября 2022 года", "2022-09-12", "2022-09-16")),
    ("Школа проходила 2–6 июля 2018 года.", ("2–6 июля 2018 года", "2018-07-02", "2018-07-06")),
    ("С 30 ноября по 2 декабря 2021 года шли переговоры.",
     ("С 30 ноября по 2 декабря 2021 года", "2021-11-30", "2021-12-02")),
])
def test_russian_dates(text, expected):
    assert dates(text, "ru") == [(expected[0], expected[1], expected[2], None)]


def test_russian_without_year():
    assert dates("Встреча состоялась 7 февраля в ректорате.", "ru") == [("7 февраля", None, None, "--02-07")]
    m = one("С 3 по 5 мая гости посетили кампус.", "ru")
    assert (m.partial, m.partial_end) == ("--05-03", "--05-05")
    assert dates("Форум открылся 25 октября.", "ru", default_year=2021) == [
        ("25 октября", "2021-10-25", None, None)]


def test_russian_month_year():
    assert dates("В марте 2022 года вуз открыл центр.", "ru") == [("марте 2022 года", None, None, "2022-03")]


# ---------------------------------------------------------------- Persian (Jalali)

@pytest.mark.parametrize("text, expected", [
    ("این نشست روز شنبه ۱۲ آذر ۱۴۰۱ برگزار شد", ("12 آذر 1401", "2022-12-03")),
    ("در تاریخ پنجشنبه بیست و یکم اسفند ماه ۱۴۰۱ امضا شد", ("بیست و یکم اسفند ماه 1401", "2023-03-12")),
    ("روز چهارشنبه سوم خردادماه ۱۴۰۰ دیدار کردند", ("سوم خردادماه 1400", "2021-05-24")),
    ("یکشنبه، سی‌ام فروردین ۱۴۰۲ میزبان بود", ("سی ام فروردین 1402", "2023-04-19")),
    ("سی و یکم شهریور ماه سال ۱۳۹۹", ("سی و یکم شهریور ماه سال 1399", "2020-09-21")),
    ("مراسم در یازدهم دی ۱۳۹۶ برگزار شد", ("یازدهم دی 1396", "2018-01-01")),
    ("نشست در اول مهر ۱۴۰۰ آغاز شد", ("اول مهر 1400", "2021-09-23")),
    ("پانزدهم بهمن‌ماه ۱۳۹۸ هیئتی آمد", ("پانزدهم بهمن ماه 1398", "2020-02-04")),
    ("در ۷ اردیبهشت ۱۴۰۳ ه.ش امضا شد", ("7 اردیبهشت 1403 ه.ش", "2024-04-26")),
])
def test_persian_jalali_dates(text, expected):
    m = one(text, "fa")
    norm = normalise_text(text)[0]
    assert (norm[m.start:m.end], m.start_date, m.calendar) == (expected[0], expected[1], "jalali")


def test_persian_ranges():
    assert dates("کارگاه از ۱۰ تا ۱۲ آبان ۱۴۰۲ برگزار می‌شود", "fa") == [
        ("از 10 تا 12 آبان 1402", "2023-11-01", "2023-11-03", None)]
    assert dates("از بیستم تا بیست و دوم تیر ۱۴۰۱ در محل دانشگاه", "fa") == [
        ("از بیستم تا بیست و دوم تیر 1401", "2022-07-11", "2022-07-13", None)]


def test_persian_without_year_keeps_the_mention_without_a_date():
    m = one("روز دوشنبه، نهم آبان ماه، هیئتی به دانشگاه آمد", "fa")
    assert (m.start_date, m.partial, m.calendar, m.original) == (None, None, "jalali", "--08-09")


def test_persian_without_year_resolved_from_the_dateline_year():
    # Aban lies in October-November: same Gregorian year as the Jalali year's start
    assert one("نهم آبان ماه", "fa", default_year=2023).start_date == "2023-10-31"
    # Dey 20 lies in January: Jalali year is the Gregorian year minus 622
    assert one("بیستم دی ماه", "fa", default_year=2024).start_date == "2024-01-10"


def test_persian_without_year_resolved_from_the_dateline_date():
    # document dated 2024-02-01 (12 Bahman 1402): Azar 10 is 1402-09-10 = 2023-12-01
    assert one("دهم آذر", "fa", reference="2024-02-01").start_date == "2023-12-01"
    # dated 2024-02-01: Tir 5 of 1403 would be months later, so it is the past one, 1402-04-05
    assert one("پنجم تیر", "fa", reference="2024-02-01").start_date == "2023-06-26"
    # dated 2024-03-10 (20 Esfand 1402): Farvardin 25 in the coming weeks is 1403-01-25, an
    # announcement; a report would not name last spring's day without its year
    assert one("بیست و پنجم فروردین", "fa", reference="2024-03-10").start_date == "2024-04-13"


def test_gregorian_without_year_resolved_from_the_dateline_date():
    assert one("on 28 December", "en", reference="2024-01-05").start_date == "2023-12-28"
    assert one("on 20 January", "en", reference="2024-01-05").start_date == "2024-01-20"   # coming weeks
    # "the next meeting on 15 March", announced in November: four months ahead at most
    assert one("15 марта", "ru", reference="2022-11-14").start_date == "2023-03-15"
    assert one("15 июня", "ru", reference="2022-11-14").start_date == "2022-06-15"


def test_persian_gregorian_month_names():
    assert dates("این کنفرانس در ۱۵ سپتامبر ۲۰۲۳ برگزار شد", "fa") == [("15 سپتامبر 2023", "2023-09-15", None, None)]
    assert dates("۳ مه ۲۰۲۲ در وین", "fa") == [("3 مه 2022", "2022-05-03", None, None)]
    assert dates("برای ۳ می خواهند بیایند", "fa") == []    # "می" is a verb prefix here


@pytest.mark.parametrize("text", [
    "کنسرسیوم بین‌المللی دی‌پنج در شهر ما",    # "D-5", not the month Dey
    "جلسه در نیمه دوم بهمن ماه ادامه می‌یابد",  # second half of a month
    "دکتر بهمن احمدی و دکتر آذر رضایی",          # first names that are month names
    "معاون دوم تیرانداز تیم",
])
def test_persian_words_that_look_like_dates(text):
    assert dates(text, "fa") == []


# ---------------------------------------------------------------- Arabic

@pytest.mark.parametrize("text, expected", [
    ("عقد الاجتماع يوم الأحد 14 تشرين الثاني 2021 في بغداد", ("14 تشرین الثانی 2021", "2021-11-14")),
    ("وقعت المذكرة في 9 أيلول 2019م", ("9 أیلول 2019م", "2019-09-09")),
    ("بتاريخ 22 يناير 2023 استقبلت الكلية", ("22 ینایر 2023", "2023-01-22")),
    ("في 1 آب 2020 زار الوفد", ("1 آب 2020", "2020-08-01")),
    ("١٥ أكتوبر ٢٠٢٢", ("15 أکتوبر 2022", "2022-10-15")),
])
def test_arabic_dates(text, expected):
    assert dates(text, "ar") == [(expected[0], expected[1], None, None)]


def test_arabic_hijri_date_is_marked_hijri():
    m = one("الخميس 5 شعبان 1444 هـ", "ar")
    assert m.calendar == "hijri" and m.start_date == hijri_to_gregorian(1444, 8, 5)


def test_mentions_are_ordered_and_do_not_overlap():
    text = "Signed 2021-05-04; visits on 10 May 2021 and 11-12 June 2021, report 30.06.2021."
    found = find_dates(text, "en")
    assert [text[m.start:m.end] for m in found] == ["2021-05-04", "10 May 2021", "11-12 June 2021", "30.06.2021"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, expected", [
    ("Школа прошла 11-15.09.2023 в Томске", ("11-15.09.2023", "2023-09-11", "2023-09-15")),
    ("Форум 30.09 - 02.10.2023 собрал гостей", ("30.09 - 02.10.2023", "2023-09-30", "2023-10-02")),
    ("Каникулы 30.12.2023-02.01.2024.", ("30.12.2023-02.01.2024", "2023-12-30", "2024-01-02")),
    ("دوره ۱۰-۱۲/۰۸/۱۴۰۲ برگزار شد", ("10-12/08/1402", "2023-11-01", "2023-11-03")),
])
def test_numeric_ranges(text, expected):
    assert dates(text) == [(expected[0], expected[1], expected[2], None)]


def test_a_month_word_that_is_a_noun_in_persian_is_a_month_in_arabic():
    assert dates("في 5 آب زار الوفد الجامعة", "ar") == [("5 آب", None, None, "--08-05")]
    assert dates("۵ آب معدنی خریدند", "fa") == []


def test_iso_date_with_a_time_and_a_quoted_russian_day():
    assert dates("date: 2024-04-12T10:00:00+03:00") == [("2024-04-12", "2024-04-12", None, None)]
    assert dates("Приказ от «18» апреля 2024 г. № 5", "ru") == [("«18» апреля 2024 г.", "2024-04-18", None, None)]


def test_russian_months_are_not_read_month_first():
    assert dates("В сентябре 12 студентов уехали на стажировку.", "ru") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("للفترة من 11 ولغاية 15 أيلول 2023 أقيمت الورشة", "ar", ("للفترة من 11 ولغایة 15 أیلول 2023", "2023-09-11", "2023-09-15")),
    ("من 3 إلى 5 نيسان 2022", "ar", ("من 3 إلی 5 نیسان 2022", "2022-04-03", "2022-04-05")),
    ("دوره از ۱۱ لغایت ۱۳ آبان ۱۴۰۲ برگزار شد", "fa", ("از 11 لغایت 13 آبان 1402", "2023-11-02", "2023-11-04")),
    ("نشست ۲۲ام بهمن ۱۴۰۰ برگزار شد", "fa", ("22ام بهمن 1400", "2022-02-11", None)),
    ("در ۲۹ امرداد ۱۴۰۳", "fa", ("29 امرداد 1403", "2024-08-19", None)),
])
def test_more_connectors_and_spellings(text, lang, expected):
    assert dates(text, lang) == [(expected[0], expected[1], expected[2], None)]


def test_raw_arabic_spelling_is_found_too():
    text = "وقعت في 12 كانون الثاني 2024 مذكرة"
    found = find_dates(text, "ar")
    assert [(text[m.start:m.end], m.start_date) for m in found] == [("12 كانون الثاني 2024", "2024-01-12")]


def test_a_hijri_date_next_to_its_gregorian_equivalent_is_left_out():
    found = dates("الأحد 12 رجب 1445 هـ الموافق 24 كانون الثاني 2024م", "ar")
    assert found == [("24 کانون الثانی 2024م", "2024-01-24", None, None)]


def test_russian_ordinal_day():
    assert dates("Собрание назначено на 12-го апреля 2024 года.", "ru") == [
        ("12-го апреля 2024 года", "2024-04-12", None, None)]


@pytest.mark.parametrize("text, lang, expected", [
    ("از ۲۷ مهر تا ۳ آبان ۱۴۰۲", "fa", ("2023-10-19", "2023-10-25")),
    ("از ۲۷ اسفند تا ۴ فروردین ۱۴۰۲", "fa", ("2023-03-18", "2023-03-24")),   # across the Jalali new year
    ("Dec. 27 – Jan. 4, 2024", "en", ("2023-12-27", "2024-01-04")),
    ("между 6 и 8 мая 2021 года", "ru", ("2021-05-06", "2021-05-08")),
    ("من 27 كانون الأول 2023 إلى 4 كانون الثاني 2024", "ar", ("2023-12-27", "2024-01-04")),
])
def test_ranges_across_months_and_years(text, lang, expected):
    m = one(text, lang)
    assert (m.start_date, m.end_date) == expected


@pytest.mark.parametrize("text, expected", [
    ("عقدت الندوة في الثالث عشر من تشرين الأول 2021", ("الثالث عشر من تشرین الأول 2021", "2021-10-13")),
    ("في الحادي والعشرين من شهر آذار لعام 2022 زار الوفد", ("الحادی والعشرین من شهر آذار لعام 2022", "2022-03-21")),
    ("في 9 من شهر أيار من عام 2019", ("9 من شهر أیار من عام 2019", "2019-05-09")),
])
def test_arabic_ordinal_days_and_month_words(text, expected):
    assert dates(text, "ar") == [(expected[0], expected[1], None, None)]


def test_arabic_month_year_with_the_word_year():
    assert dates("خلال تشرين الثاني من عام 2020 جرى اللقاء", "ar") == [
        ("تشرین الثانی من عام 2020", None, None, "2020-11")]


def test_russian_short_year_date():
    assert dates("Опубликовано 18.10.21 в 10:00", "ru") == [("18.10.21", "2021-10-18", None, None)]
    assert dates("Версия 1.2.3 вышла", "ru") == []


def test_arabic_two_days_with_the_conjunction_written_onto_the_second():
    m = one("عقد المؤتمر يومي 21 و22 آذار 2024 في الجامعة")
    assert (m.start_date, m.end_date) == ("2024-03-21", "2024-03-22")


# Maghreb spellings of the Gregorian months (Moroccan and Algerian/Tunisian forms)
@pytest.mark.parametrize("text, iso", [
    ("انعقد اللقاء يوم الخميس 14 نونبر 2019 بفاس", "2019-11-14"),
    ("في 3 شتنبر 2021 بالدار البيضاء", "2021-09-03"),
    ("بتاريخ 22 غشت 2018", "2018-08-22"),
    ("يوم 9 دجنبر 2020", "2020-12-09"),
    ("يوم 17 جوان 2023 بقسنطينة", "2023-06-17"),
    ("في 5 أفريل 2022 بصفاقس", "2022-04-05"),
    ("بتاريخ 28 جانفي 2024", "2024-01-28"),
])
def test_maghreb_month_names(text, iso):
    assert one(text, "ar").start_date == iso
