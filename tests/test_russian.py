"""Russian morphology: dictionary forms of organisation names and of persons' names."""
from __future__ import annotations

import pytest

from loaders.russian import RussianNLP


@pytest.fixture(scope="module")
def nlp() -> RussianNLP:
    return RussianNLP()


@pytest.mark.parametrize("phrase, expected", [
    ("Казанского федерального университета", "Казанский федеральный университет"),
    ("Омским государственным техническим университетом", "Омский государственный технический университет"),
    ("Уральском федеральном университете", "Уральский федеральный университет"),
    ("Северо-западной академии", "Северо-западная академия"),
    # the tail after the head stays as written
    ("Новосибирского государственного университета имени А.Б. Петрова",
     "Новосибирский государственный университет имени А.Б. Петрова"),
    ("Института проблем управления", "Институт проблем управления"),
    ("Министерством просвещения Республики Казахстан", "Министерство просвещения Республики Казахстан"),
])
def test_nominative_of_organisation_names(nlp, phrase, expected):
    assert nlp.nominative(phrase) == expected


@pytest.mark.parametrize("name, expected", [
    ("О.В. Кузнецовой", "О.В. Кузнецова"),     # a woman's surname in an oblique case
    ("Р.Т  Смирновой", "Р.Т. Смирнова"),       # initials written carelessly
    ("Г.Д. Орлова", "Г.Д. Орлова"),           # may be a nominative: kept as written
    ("Сергея Волкова", "Сергей Волков"),       # the first name says it is a man
    ("Натальи Сергеевны", "Наталья Сергеевна"),
    ("Андрей Соколов", "Андрей Соколов"),
])
def test_person_nominative(nlp, name, expected):
    assert nlp.person_nominative(name) == expected


def test_entities_give_person_spans_in_nominative(nlp):
    text = "Гостей встретил проректор Казанского университета Сергей Волков."
    ents = nlp.entities(text)
    persons = [e for e in ents if e[2] == "PER"]
    assert persons and persons[0][3] == "Сергей Волков"
    start, end = persons[0][:2]
    assert text[start:end] == "Сергей Волков"


def test_analysis_is_reused_for_the_same_text(nlp):
    text = "Ректор Томского университета выступил с докладом."
    assert nlp.analyse(text) is nlp.analyse(text)


@pytest.mark.parametrize("name", ["Нурлан Раджабзода", "Ирина Белых", "Мехди Ахмадзаде"])
def test_indeclinable_surnames_stay_as_written(nlp, name):
    # Tajik "-зода", Persian "-заде" and Russian "-ых" surnames do not decline
    assert nlp.person_nominative(name) == name


# a patronymic settles the gender: a foreign woman's first name is not read as a Russian
# man's name in another case, nor her surname as a man's genitive
@pytest.mark.parametrize("name, expected", [
    ("Динара Ержановна Касымова", "Динара Ержановна Касымова"),
    ("Гульнаре Асхатовне Мусиной", "Гульнара Асхатовна Мусина"),
    ("Айнуре Тимуровна Бекова", "Айнуре Тимуровна Бекова"),
    ("Олжасом Маратовичем Исаевым", "Олжас Маратович Исаев"),
])
def test_person_nominative_gender_from_patronymic(nlp, name, expected):
    assert nlp.person_nominative(name) == expected
