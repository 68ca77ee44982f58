"""Two-university visits: delegation lists, hosts, coordinated names, page units, round-ups of
several meetings, and the agreements and topics of such pages (texts written for these tests)."""
from __future__ import annotations

import pytest

from loaders.furniture import related_heading
from loaders.normalise import fold
from loaders.resources import Resources
from pipeline_documents import inst_of, labels, names, run
from test_institutions import extract as extract_institutions, res  # noqa: F401 - the shared fixture


@pytest.fixture(scope="module")
def full_res() -> Resources:
    """With the reference table: for what depends on linking."""
    return Resources()


def agreements(doc) -> list[tuple[str, str, set[str]]]:
    return [(a.type, a.status, {fold(doc.institution(k).name) for k in a.parties}) for a in doc.agreements]


def topics(doc) -> set[str]:
    return {t.code for t in doc.topics}


# ---------------------------------------------------------------- names

def test_russian_university_named_for_aviation_fields_goes_on_past_the_head(res):
    doc = extract_institutions("Вчера делегация Казанского университета авиации и машиностроения посетила "
                               "Томский политехнический университет.", "ru", res)
    assert any("авиации и машиностроения" in n for n in (fold(i.name) for i in doc.institutions))


def test_russian_latin_short_form_in_brackets_names_the_university_in_a_post(tmp_path, res):
    doc = run(tmp_path, "Делегация Томского политехнического университета побывала в Уханьском технологическом "
                        "университете (WUT).\n\nГостей принял вице-президент WUT профессор Ли Минхао.", res)
    assert inst_of(doc, "Ли Минхао") == fold("Уханьский технологический университет")


def test_russian_brand_in_quotes_after_a_product_is_no_institution(res):
    doc = extract_institutions("Студенты осмотрели цех, где собирают пассажирские лайнеры «Союз» для "
                               "региональных линий.", "ru", res)
    assert not doc.institutions


def test_arabic_name_with_its_field_after_lil_is_not_cut_to_a_shorter_form(res):
    doc = extract_institutions("وقعت جامعة القاهرة مذكرة تفاهم مع جامعة طوكيو للعلوم الزراعية. وزار الوفد "
                               "لاحقا جامعة طوكيو.", "ar", res)
    got = {n for i in doc.institutions for n in labels(i)}
    assert fold("جامعة طوكيو للعلوم الزراعية") in got


def test_english_two_names_sharing_a_head_word_in_a_headline(res):
    doc = extract_institutions("Uppsala and Leiden University sign exchange pact\n\nUppsala University on Monday "
                               "received a delegation from Leiden University.", "en", res)
    got = names(doc) if hasattr(doc, "institutions") else set()
    assert fold("Uppsala and Leiden University") not in set(got)
    assert fold("Leiden University") in set(got)


# ---------------------------------------------------------------- units of the page's universities

def test_english_body_named_by_a_university_s_full_name_is_its_unit(res):
    doc = extract_institutions("Egerton University welcomed guests from Wageningen University. Field trials will "
                               "run at the Egerton University Dairy Research Institute Njoro (EUDRIN).", "en", res)
    assert all("Dairy" not in i.name for i in doc.institutions)


def test_english_college_with_a_dean_is_a_unit(res):
    doc = extract_institutions("The team from Kyoto University included Prof. Aiko Tanaka, Dean of the College of "
                               "Marine Ecology and Aquaculture.", "en", res)
    assert all("Marine" not in i.name for i in doc.institutions)


def test_english_institute_a_lecturer_works_at_is_a_unit(res):
    doc = extract_institutions("A delegation from Universiti Putra Malaysia visited Chiang Mai University. It "
                               "included Dr. Farah Aziz, a senior lecturer at the Institute of Tropical "
                               "Forestry Studies (ITFS).", "en", res)
    assert all("Tropical" not in i.name for i in doc.institutions)


def test_arabic_hospital_and_centre_toured_are_units(res):
    doc = extract_institutions("زار وفد جامعة أنقرة جامعة اليرموك، وجال الوفد في مستشفى الأمير حسن الجامعي "
                               "ومركز الدراسات البيئية، واطلع على مختبراتها.", "ar", res)
    assert {fold(i.name) for i in doc.institutions} == {fold("جامعة أنقرة"), fold("جامعة اليرموك")}


def test_arabic_centre_in_it_is_a_unit_of_the_university_before(res):
    doc = extract_institutions("وخلال اليوم الثاني توجه الوفد إلى جامعة طوكيو واطلع على متحفها ومركز "
                               "الدراسات الآسيوية فيها.", "ar", res)
    assert all("الآسيوية" not in i.name for i in doc.institutions)


def test_more_from_heading_is_page_furniture():
    assert related_heading("More from Campus News")
    assert not related_heading("More from the two universities will join the programme next year as partners")


# ---------------------------------------------------------------- whose officials

def test_english_masthead_in_capitals_is_the_page_s_own_institution(tmp_path, res):
    doc = run(tmp_path, "UNIVERSITY OF GHANA\nHome > News > Events\n\nKyoto University team explores ties with UG\n\n"
                        "A delegation from Kyoto University yesterday called on the University of Ghana. They "
                        "were welcomed by the Vice-Chancellor, Prof. Kwame Asante Boateng.", res)
    assert inst_of(doc, "Kwame Asante Boateng") == fold("University of Ghana")


def test_english_engineer_title_does_not_end_the_sentence(tmp_path, res):
    doc = run(tmp_path, "A team from Universiti Malaya travelled to Surabaya. Guests were received at Airlangga "
                        "University's medical faculty by its Rector, Prof. Dr. Ir. Budi Santoso Wibowo.", res)
    assert inst_of(doc, "Budi Santoso Wibowo") == fold("Airlangga University")


def test_english_programme_officer_is_a_post(tmp_path, res):
    doc = run(tmp_path, "The visitors from Seoul National University were led by Prof. Kim Minjun, Vice President "
                        "of Seoul National University, and included Ms. Park Jiyeon, Programme Officer for Student "
                        "Mobility.", res)
    assert inst_of(doc, "Park Jiyeon") == fold("Seoul National University")


def test_english_semicolon_list_of_a_team_named_by_its_country(tmp_path, full_res):
    doc = run(tmp_path, "Stellenbosch University hosted a delegation from Utrecht University on Monday.\n\n"
                        "The Dutch team included Prof. Anouk Visser, Dean of the Faculty of Law; Dr. Sander "
                        "Bakker, Head of the International Office; and two researchers.", full_res)
    assert inst_of(doc, "Sander Bakker") == fold("Utrecht University")


def test_russian_members_after_it_belong_to_the_delegation_named_by_its_adjective(tmp_path, res):
    doc = run(tmp_path, "Вчера Томский государственный университет принимал делегацию Ханойского "
                        "университета.\n\nВьетнамскую делегацию возглавил проректор Ханойского университета "
                        "Нгуен Ван Тхань. В неё вошли декан химического факультета Чан Тхи Лан и "
                        "руководитель пресс-службы Фам Минь Дык.", res)
    assert inst_of(doc, "Фам Минь Дык") == fold("Ханойский университет")


# ---------------------------------------------------------------- round-ups, agreements

def test_round_up_headline_pairs_the_page_s_university_with_each_partner(tmp_path, res):
    doc = run(tmp_path, "دانشگاه تبریز - اخبار\n\nمرور هفته دانشگاه تبریز: تفاهم‌نامه‌ای تازه با دانشگاه گنجه "
                        "و جلسه‌ای آنلاین با دانشگاه ایروان\n\nروز دوشنبه هیئتی از دانشگاه گنجه به ریاست دکتر "
                        "کامران علی‌اف، رئیس این دانشگاه، از دانشگاه تبریز بازدید کرد.\n\n"
                        "پس از گفت‌وگوها، تفاهم‌نامه‌ای میان دو دانشگاه امضا شد.\n\n"
                        "روز چهارشنبه نیز جلسه آنلاین معاونان دانشگاه تبریز و دانشگاه ایروان برگزار شد.", res)
    ganja, yerevan = fold("دانشگاه گنجه"), fold("دانشگاه ایروان")
    for ev in doc.events:
        got = {fold(doc.institution(k).name) for k in ev.participants}
        assert not {ganja, yerevan} <= got
    mou = [a for a in agreements(doc) if a[0] == "MemorandumOfUnderstanding"]
    assert mou and all(yerevan not in a[2] for a in mou)


def test_memorandum_of_agreement_lapsed_memorandum_and_a_plan_to_draw_up(tmp_path, res):
    doc = run(tmp_path, "A delegation from Universiti Malaya visited Gadjah Mada University on 3 and 4 June.\n\n"
                        "The two universities had formalised their ties in 2019 with a memorandum of understanding "
                        "that expired last year.\n\nOn 4 June both rectors signed a memorandum of agreement "
                        "(MoA). Under the MoA, the partners will exchange lecturers.\n\n"
                        "By December the two deans will draw up a joint implementation plan.", res)
    got = {(t, s) for t, s, _ in agreements(doc)}
    assert ("MemorandumOfUnderstanding", "signed") in got
    assert ("CooperationAgreement", "signed") in got
    assert ("ActionPlan", "planned") in got


# ---------------------------------------------------------------- topics

def test_topics_of_courses_for_technicians_cultures_and_co_publishing(tmp_path, res):
    doc = run(tmp_path, "Lund University hosted a delegation from the University of Dar es Salaam on Monday. The "
                        "two universities signed an agreement under which they will co-publish in peer-reviewed "
                        "journals. Lund will offer short courses for laboratory technicians from Dar es Salaam, and "
                        "the partners plan a summer school on Swahili and Nordic cultures.", res)
    assert {"JointPublication", "Training", "Culture"} <= topics(doc)


def test_arabic_language_teaching_programme_is_culture(tmp_path, res):
    doc = run(tmp_path, "زار وفد جامعة الملك عبدالعزيز جامعة أوساكا، واستعرض الجانبان برنامج تعليم اللغة "
                        "اليابانية لطلبة الجامعة السعودية القائم منذ عام 2019، ووقعا مذكرة تفاهم.", res)
    assert "Culture" in topics(doc)


def test_persian_online_classes_are_online_education(tmp_path, res):
    doc = run(tmp_path, "در نشست مجازی دانشگاه تبریز و دانشگاه دولتی ایروان، دو طرف درباره ارائه درس‌های "
                        "آنلاین برای دانشجویان کارشناسی و امضای تفاهم‌نامه همکاری گفت‌وگو کردند.", res)
    assert "OnlineEducation" in topics(doc)


# ---------------------------------------------------------------- linking a bare ministry

def test_bare_ministry_links_only_to_the_state_of_a_party(tmp_path, full_res):
    saudi = run(tmp_path, "وقعت جامعة الملك عبدالعزيز مذكرة تفاهم مع جامعة أوساكا، بحضور مدير عام الابتعاث في "
                          "وزارة التعليم الدكتور سالم بن فهد الغامدي.", full_res)
    ministry = next(i for i in saudi.institutions if fold(i.name) == fold("وزارة التعليم"))
    assert ministry.link is not None and ministry.link.country == "SA"
    egypt = run(tmp_path, "وقعت جامعة عين شمس مذكرة تفاهم مع جامعة أوساكا، بحضور ممثل وزارة التعليم الدكتور "
                          "حسام الدين منصور.", full_res)
    for inst in egypt.institutions:
        if fold(inst.name) == fold("وزارة التعليم"):
            assert inst.link is None or inst.link.country != "SA"


def test_russian_language_internships_of_students_in_the_partner_s_city(tmp_path, res):
    doc = run(tmp_path, "Ректор Томского политехнического университета и президент Уханьского технологического "
                        "университета подписали соглашение о сотрудничестве. В его рамках студенты из Уханя будут "
                        "проходить языковые стажировки в Томске, а преподаватели — вести совместные семинары.", res)
    got = topics(doc)
    assert {"StudentExchange", "Culture"} <= got and "Training" not in got


def test_russian_device_built_together_and_a_section_at_a_conference(tmp_path, res):
    doc = run(tmp_path, "Томский политехнический университет и Уханьский технологический университет подписали "
                        "соглашение о совместной разработке малого исследовательского спутника. Ректор предложил "
                        "провести на осенней конференции совместную секцию по робототехнике.", res)
    assert {"JointResearch", "AcademicEvents"} <= topics(doc)


def test_arabic_sending_two_teachers_is_staff_exchange(tmp_path, res):
    doc = run(tmp_path, "وقعت جامعة اليرموك مذكرة تفاهم مع جامعة أنقرة، ورحبت جامعة أنقرة بإيفاد أستاذين إلى "
                        "إربد العام المقبل.", res)
    assert "StaffExchange" in topics(doc)
