"""Page furniture (loaders/furniture.py): the lines of a page that are not the story."""
import pytest

from loaders.furniture import counter_or_menu, noise_line, related_heading
from loaders.normalise import normalise_text


def norm(line: str) -> str:
    return normalise_text(line)[0]


@pytest.mark.parametrize("line", [
    "Read also", "RELATED STORIES", "Related news: Hilltop students win a robotics cup",
    "More news from the campus", "You may also like:",
    "Читайте также:", "Другие новости по теме:", "Ещё новости", "еще новости", "Похожие материалы",
    "اخبار مرتبط:", "خبرهای مرتبط", "پربازدیدترین اخبار", "سایر اخبار",
    "اقرأ أيضا: جامعة الساحل تستقبل وفدا", "اقرا ايضا", "أخبار ذات صلة", "اخبار ذات صلة",
    "آخر الأخبار", "اخر الاخبار",
])
def test_headings_of_other_stories_in_four_languages(line):
    assert related_heading(norm(line))


@pytest.mark.parametrize("line", [
    # a sentence of the story that merely opens with a heading word
    "Related efforts in Ulan-Ude include a shared laboratory for cold-climate materials.",
    "Read more about the scholarship in the admissions section of the site, the dean added.",
    # a heading word later in the line is not a heading
    "The rector said: read also the joint report.",
    "Relatedly, the two universities will exchange librarians.",
])
def test_story_lines_are_not_headings(line):
    assert not related_heading(norm(line))


@pytest.mark.parametrize("line", [
    "Photo: press office", "(Фото: пресс-служба университета)", "© 2024 Hilltop University",
    "Tags: exchange, Hilltop University, Lakeside University", "Теги: международное сотрудничество",
    "منبع: روابط عمومی دانشگاه", "صورة من اللقاء", "Copyright Lakeside University",
    "Home > News > International", "تعداد بازدید : ۱۲۳", "Просмотров: 240",
])
def test_credits_tags_counters_and_menus_are_noise(line):
    assert noise_line(norm(line))


@pytest.mark.parametrize("line", [
    "Hilltop University and Lakeside University signed a memorandum on student exchange.",
    "The visit took place on 12 May 2024 | the delegation was led by the vice-rector.",
    "Photographers from both universities will hold a joint exhibition in June.",
])
def test_story_sentences_are_not_noise(line):
    assert not noise_line(norm(line))


def test_a_long_line_with_separators_is_no_menu():
    sentence = ("The partners agreed on three points | exchange of students for one semester each year | "
                "joint supervision of doctoral theses in chemistry and physics | a summer school in 2025 "
                "at the coastal campus with twenty places for each side")
    assert len(sentence) > 160 and not counter_or_menu(sentence)
    assert counter_or_menu("About | Admission | News | Contact")
