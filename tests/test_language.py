"""Dominant language of documents and snippets."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.language import detect_language, language_of
from loaders.model import Document
from loaders.normalise import normalise


@pytest.mark.parametrize("text, lang", [
    ("دانشگاه ما امروز میزبان هیئتی از یک دانشگاه خارجی بود و دو طرف درباره همکاری گفتگو کردند.", "fa"),
    ("استقبل رئيس الجامعة وفداً من الكلية، وبحث الجانبان سبل التعاون العلمي في مجال البحث.", "ar"),
    ("Ректор университета встретился с делегацией и обсудил программы обмена.", "ru"),
    ("The rector met the visiting delegation and discussed exchange programmes.", "en"),
    # Persian with English names and an acronym stays Persian
    ("رئیس دانشگاه با Prof. John Smith از University of Example (UoE) دیدار و گفتگو کرد.", "fa"),
    # Russian with an English conference title stays Russian
    ("Делегация приняла участие в конференции Global Education Forum в Пекине и провела переговоры.", "ru"),
    # Arabic text that contains no Persian letters but many Arabic function words
    ("قال العميد إن الكلية التي تأسست حديثاً تسعى إلى التعاون مع الجامعات في هذا المجال.", "ar"),
    # Persian without پ چ ژ گ: function words decide
    ("این نشست با حضور رئیس دانشکده در محل دانشکده برای بررسی برنامه ها برقرار شد.", "fa"),
])
def test_language_of(text, lang):
    assert language_of(text) == lang


def test_language_of_a_text_without_letters_is_none():
    assert language_of("12.05.2024 — 10:30 !!!") is None
    assert language_of("") is None


def test_language_of_normalised_arabic_snippet():
    # after normalisation ي/ك become ی/ک; the ة and Arabic words still decide
    assert language_of("وقعت الجامعة مذکرة تفاهم مع کلیة الطب فی بغداد") == "ar"


def test_detect_language_sets_doc_lang():
    doc = Document(path=Path("x.txt"), text="Университет и колледж подписали соглашение.")
    normalise(doc)
    detect_language(doc, None)
    assert doc.lang == "ru"


def test_persian_typed_with_arabic_yeh_and_kaf_stays_persian():
    # old Windows-1256 Persian text uses ي and ك; they must not make it Arabic
    text = "دانشگاه ما با يك دانشگاه خارجي تفاهم‌نامه همكاري امضا كرد و اين همكاري ادامه دارد."
    assert language_of(text) == "fa"


def test_arabic_with_many_proper_names_in_latin_letters_stays_arabic():
    text = "وقعت جامعة بغداد مذكرة تفاهم مع University of Example Science and Technology في العاصمة."
    assert language_of(text) == "ar"
