"""Ministries named with their state, acronyms and country adjectives standing for a name,
running agreements and areas of cooperation, in texts written for these tests."""
from __future__ import annotations

from loaders.normalise import fold
from pipeline_documents import inst_of, labels, names, run
from test_institutions import extract, res  # noqa: F401 - the shared fixture


# ---------------------------------------------------------------- Russian names

def test_russian_ministry_with_a_listed_portfolio_and_its_state(res):
    doc = extract("Делегация Казанского федерального университета провела переговоры в Министерстве культуры, "
                  "спорта и туризма Азербайджанской Республики.", "ru", res)
    ministry = next(i for i in doc.institutions if fold(i.name).startswith(fold("Министерство")))
    assert fold(ministry.name) == fold("Министерство культуры, спорта и туризма Азербайджанской Республики")
    assert ministry.country == "AZ"


def test_russian_title_acronym_before_a_dash_names_the_university(res):
    doc = extract("ЛЭТИ — Санкт-Петербургский государственный электротехнический университет\n\n"
                  "ЛЭТИ и Университет Гранады договорились о стажировках.", "ru", res)
    leti = [i for i in doc.institutions if fold("ЛЭТИ") in labels(i)]
    assert len(leti) == 1 and fold("Санкт-Петербургский государственный электротехнический университет") in labels(leti[0])


def test_russian_country_adjective_opening_a_sentence_refers_back(tmp_path, res):
    doc = run(tmp_path, "Томский политехнический университет 5 марта 2024 года провёл онлайн-встречу с Университетом "
                        "Индонезии. Индонезийский университет представляла проректор по международной работе Деви "
                        "Сантосо.", res)
    assert fold("Индонезийский университет") not in names(doc)
    assert inst_of(doc, "Деви Сантосо") == fold("Университет Индонезии")


# ---------------------------------------------------------------- Persian and Arabic prose

def test_persian_word_before_a_present_light_verb_is_no_name(res):
    doc = extract("هزینه سفر دانشجویان دانشگاه البرز از بودجه دانشگاه پرداخت می‌شود.", "fa", res)
    assert not any(fold("پرداخت") in n for n in names(doc))


def test_persian_institute_of_that_university_is_a_unit(tmp_path, res):
    doc = run(tmp_path, "نشست دانشگاه البرز و دانشگاه دولتی کازان روز ۱۰ مهر ۱۴۰۳ برگزار شد. از سوی دانشگاه روسی، "
                        "ایوان پتروف، رئیس مؤسسه زبان‌شناسی آن دانشگاه، نیز شرکت داشت.", res)
    assert not any(n.startswith(fold("مؤسسه")) for n in names(doc))


def test_persian_running_memorandum_and_an_action_plan_sent_for_signature(tmp_path, res):
    doc = run(tmp_path, "نشست مجازی دانشگاه البرز و دانشگاه دولتی کازان روز ۱۰ مهر ۱۴۰۳ برگزار شد. رئیس دانشگاه البرز "
                        "گفت تفاهم‌نامه‌ای که سال ۱۴۰۰ میان دو دانشگاه امضا شد به برگزاری سه کارگاه "
                        "رسیده است و این تفاهم‌نامه هم‌اکنون نیز در حال اجراست. مقرر شد پیش‌نویس برنامه اقدام مشترک "
                        "آماده و برای امضا به دانشگاه کازان فرستاده شود.", res)
    got = sorted((a.type, a.status) for a in doc.agreements)
    assert got == [("ActionPlan", "planned"), ("MemorandumOfUnderstanding", "active")]


def test_arabic_centre_for_teaching_a_language_is_described_not_named(tmp_path, res):
    doc = run(tmp_path, "استقبلت جامعة بغداد يوم 5 آذار 2024 وفدا من جامعة سانت بطرسبرغ الحكومية. وتطمح جامعة بغداد "
                        "إلى إنشاء مركز لتعليم اللغة الروسية للطلبة.", res)
    assert not any(n.startswith(fold("مركز")) for n in names(doc))
    assert "Culture" in {t.code for t in doc.topics}


def test_arabic_institute_toured_in_a_list_of_places_is_the_host_s(res):
    doc = extract("زار وفد جامعة بغداد جامعة سانت بطرسبرغ الحكومية، وجال الوفد في مكتبة الجامعة ومختبرات معهد "
                  "الفيزياء التطبيقية.", "ar", res)
    assert not any(n.startswith(fold("معهد")) for n in names(doc))


def test_arabic_agreement_with_a_clitic_preposition_is_running():
    from test_agreements import run as run_agreements
    doc = run_agreements("وأوضح الرئيس أن جامعة بغداد ترتبط مع جامعة البصرة باتفاقية تعاون سارية منذ 2019.",
                         {"i1": ["جامعة بغداد"], "i2": ["جامعة البصرة"]}, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("CooperationAgreement", "active")]


def test_russian_plan_of_joint_projects_is_an_action_plan():
    from test_agreements import run as run_agreements, RU
    doc = run_agreements("Северный университет принял делегацию, которую возглавил ректор. Стороны договорились "
                         "разработать план совместных научных проектов с Приморским университетом.", RU, lang="ru")
    assert ("ActionPlan", "planned") in [(a.type, a.status) for a in doc.agreements]


# ---------------------------------------------------------------- English posts and bodies

def test_english_posts_with_a_possessive_owner_and_a_three_word_name(tmp_path, res):
    doc = run(tmp_path, "On 3 June 2024 Lakeside University hosted a delegation of Hilltop University. \"We are "
                        "pleased,\" said Olga Petrovna Ivanova, Hilltop's Director of the International Office. The "
                        "guests later met Lakeside's Vice Rector for Research Pavel Sergeevich Orlov.", res)
    assert inst_of(doc, "Olga Petrovna Ivanova") == fold("Hilltop University")
    assert inst_of(doc, "Pavel Sergeevich Orlov") == fold("Lakeside University")


def test_english_state_bureau_abroad_attends_the_meeting(tmp_path, res):
    doc = run(tmp_path, "On 3 June 2024 Lakeside University and Hilltop University held a working meeting on joint "
                        "research.\n\nThe session was also attended by Dr. Samir Haddad, Cultural Counsellor and Head "
                        "of the Jordanian Cultural Bureau in Ankara.", res)
    bureau = next(i for i in doc.institutions if "Bureau" in i.name)
    assert bureau.country == "JO" and fold("Jordanian Cultural Bureau in Ankara") in labels(bureau)
    assert inst_of(doc, "Samir Haddad") == fold(bureau.name)
    meeting = next(e for e in doc.events if bureau.key in e.participants)
    assert len(set(meeting.participants)) == 3


def test_persian_inline_delegation_list_belongs_to_the_guests(tmp_path, res):
    doc = run(tmp_path, "هیئتی از دانشگاه دولتی کازان روز ۱۰ مهر ۱۴۰۳ از دانشگاه البرز بازدید کرد.\n\nبه گزارش روابط "
                        "عمومی دانشگاه البرز، اعضای هیئت روسی عبارت بودند از: دکتر ایوان پتروف، رئیس دانشکده شیمی؛ دکتر آنا سمیونوا، مدیر دفتر همکاری‌های "
                        "بین‌المللی.", res)
    assert inst_of(doc, "ایوان پتروف") == fold("دانشگاه دولتی کازان")
    assert inst_of(doc, "آنا سمیونوا") == fold("دانشگاه دولتی کازان")


# ---------------------------------------------------------------- areas of cooperation

def _topics(tmp_path, text, res) -> set[str]:
    return {t.code for t in run(tmp_path, text, res).topics}


def test_online_module_and_a_stay_of_foreign_students(tmp_path, res):
    got = _topics(tmp_path, "Северный университет 5 марта 2024 года провёл онлайн-встречу с Университетом Индонезии. "
                            "Стороны обсудили совместный онлайн-модуль по робототехнике. В Северном университете уже "
                            "прошли стажировку шесть индонезийских студентов.", res)
    assert {"OnlineEducation", "StudentExchange"} <= got and "Training" not in got


def test_partner_teachers_on_internships_and_a_language_taught(tmp_path, res):
    got = _topics(tmp_path, "Северный университет 5 марта 2024 года принял делегацию Университета Индонезии. На кафедрах "
                            "Северного университета ежегодно обучаются русскому языку индонезийские студенты, а "
                            "преподаватели Университета Индонезии проходят стажировки в лабораториях.", res)
    assert {"StaffExchange", "Culture"} <= got and "Training" not in got


def test_english_named_fellowship_staff_stays_course_for_staff_and_next_edition(tmp_path, res):
    got = _topics(tmp_path, "On 3 June 2024 Lakeside University and Hilltop University signed an agreement. Lakeside "
                            "will fund two Lakeside Doctoral Fellowships, host three postdocs for research stays and "
                            "run a short course on microscopy for Hilltop laboratory staff. Selected talks will "
                            "appear as papers published in a special issue next spring, and the fourth edition of the "
                            "annual symposium will follow in 2026. Both sides value their joint studies on soil.", res)
    assert {"Scholarship", "StaffExchange", "Training", "JointPublication", "AcademicEvents", "JointResearch"} <= got


def test_arabic_conferences_in_the_dual_and_a_long_degree_subject(tmp_path, res):
    got = _topics(tmp_path, "عقدت جامعة بغداد يوم 5 آذار 2024 اجتماعا مع جامعة البصرة لدراسة إطلاق ماجستير مشترك "
                            "في علوم البيانات وتطبيقاتها في الرعاية الصحية. وأثمر التعاون عن تنظيم مؤتمرين مشتركين.", res)
    assert "AcademicEvents" in got and "Healthcare" not in got


def test_persian_course_taught_online_and_a_short_language_course(tmp_path, res):
    got = _topics(tmp_path, "نشست دانشگاه البرز و دانشگاه دولتی کازان روز ۱۰ مهر ۱۴۰۳ برگزار شد. دو طرف پیشنهاد کردند "
                            "یک درس مشترک برخط برای دانشجویان طراحی شود و یک دوره کوتاه زبان روسی نیز برگزار شود.", res)
    assert {"OnlineEducation", "Culture"} <= got


# ---------------------------------------------------------------- Arabic: renewal to come, names

def test_arabic_renewal_directed_far_after_the_memorandum_is_planned_beside_the_running_one(tmp_path, res):
    doc = run(tmp_path, "استقبل رئيس جامعة بغداد يوم 5 آذار 2024 وفد جامعة البصرة. وذكر الرئيس أن مذكرة التفاهم "
                        "التي وقعتها جامعة بغداد وجامعة البصرة سنة 2018 لا تزال سارية، وقد أسفرت عن تبادل عدد من "
                        "الباحثين في مجال الهندسة، موصيا بتجديدها ثلاث سنوات أخرى.", res)
    got = sorted((a.type, a.status) for a in doc.agreements)
    assert got == [("MemorandumOfUnderstanding", "active"), ("MemorandumOfUnderstanding", "planned")]


def test_arabic_centre_named_by_the_university_s_word_is_its_unit(tmp_path, res):
    doc = run(tmp_path, "استقبلت جامعة القاهرة يوم 5 آذار 2024 وفد جامعة البصرة، واتفق الجانبان على دورات للطلبة في "
                        "مركز القاهرة للدراسات اللغوية.", res)
    assert not any(n.startswith(fold("مركز")) for n in names(doc))


def test_arabic_name_with_a_servant_of_part_in_the_middle_keeps_its_family_name(tmp_path, res):
    doc = run(tmp_path, "عقدت جامعة بغداد يوم 5 آذار 2024 اجتماعا بحضور الدكتور سالم عبد الكريم ناصر، عميد كلية "
                        "الهندسة في جامعة بغداد، مع وفد جامعة البصرة.", res)
    assert inst_of(doc, "سالم عبد الكريم ناصر") == fold("جامعة بغداد")


# ---------------------------------------------------------------- delegations, schools, programmes

def test_russian_members_listed_in_the_delegation_are_the_delegation_s(tmp_path, res):
    doc = run(tmp_path, "5 марта 2024 года Северный университет посетила делегация Университета Индонезии во главе с "
                        "ректором Деви Сантосо. В составе делегации были также декан факультета права Агус Прасетьо "
                        "и проректор по науке Рина Вулан.\n\nГостей приветствовал ректор Северного университета "
                        "Олег Петрович Иванов.", res)
    assert inst_of(doc, "Агус Прасетьо") == fold("Университет Индонезии")
    assert inst_of(doc, "Рина Вулан") == fold("Университет Индонезии")


def test_russian_country_s_higher_school_is_no_institution(res):
    doc = extract("«Сербская высшая школа быстро меняется», — отметил ректор Белградского университета.", "ru", res)
    assert not any(fold("школа") in n for n in names(doc))


def test_russian_programme_talked_over_and_a_supplement_to_a_binding_memorandum():
    from test_agreements import run as run_agreements, RU
    doc = run_agreements("Северный университет и Приморский университет провели встречу. Вузы связывает меморандум, "
                         "подписанный в 2021 году. Отдельно обсуждалась программа двойных дипломов по химии. Стороны "
                         "подготовят дополнительное соглашение к меморандуму.", RU, lang="ru")
    got = sorted((a.type, a.status) for a in doc.agreements)
    assert got == [("CooperationAgreement", "planned"), ("JointProgramme", "planned"),
                   ("MemorandumOfUnderstanding", "active")]


def test_english_memorandum_of_agreement_a_joint_summer_programme_and_a_proposed_degree():
    from test_agreements import run as run_agreements, EN
    doc = run_agreements("On 3 June 2024 a Memorandum of Agreement (MoA) was signed by Lakeside University and "
                         "Hilltop University. The summer course, which both universities have run since 2019 under their joint "
                         "summer programme, will grow. Its dean suggested that both partners "
                         "design a double master's degree in geology.", EN, lang="en")
    got = sorted((a.type, a.status) for a in doc.agreements)
    assert got == [("CooperationAgreement", "signed"), ("JointProgramme", "active"), ("JointProgramme", "planned")]


def test_english_network_to_be_set_up_is_planned_and_no_institution(tmp_path, res):
    doc = run(tmp_path, "On 3 June 2024 Lakeside University and Hilltop University held a joint symposium. At its close "
                        "the rectors said both sides plan to set up a Coastal Universities Marine Data Network.", res)
    assert not any("Network" in i.name for i in doc.institutions)
    assert ("Agreement", "planned") in [(a.type, a.status) for a in doc.agreements]


def test_labelled_date_line_below_a_long_header():
    from loaders.dateline import dateline_of
    text = ("LU | Lakeside University\nHome > News\nShare: Facebook | X\n\nLakeside and Hilltop sign agreement\n\n"
            "By: Press Office\nDate: 4 June 2024\n\nLAKESIDE, 3 June – The universities signed an agreement.\n\n"
            "It covers student exchange.\n\nIt runs for five years.\n\nRelated news:\n- Lakeside hosts a fair")
    assert dateline_of(text, "en") == "2024-06-04"


def test_persian_untitled_name_after_the_side_phrase(tmp_path, res):
    doc = run(tmp_path, "نشست دانشگاه البرز و دانشگاه دولتی کازان روز ۱۰ مهر ۱۴۰۳ برگزار شد. از طرف دانشگاه کازان، "
                        "ماریا ایگورونا سوکولوا، معاون رئیس دانشگاه در امور پژوهشی، سخن گفت.", res)
    assert inst_of(doc, "ماریا ایگورونا سوکولوا") == fold("دانشگاه دولتی کازان")


def test_persian_today_with_the_date_outweighs_a_weekday_told_later(tmp_path, res):
    doc = run(tmp_path, "دانشگاه البرز\nچهارشنبه ۱۱ مهر ۱۴۰۳\n\nهیئت دانشگاه دولتی کازان امروز چهارشنبه یازدهم مهر با "
                        "رئیس دانشگاه البرز دیدار کرد.\n\nهیئت روسی پیش از این دیدار، روز سه‌شنبه با مسئولان وزارت "
                        "علوم گفت‌وگو کرده بود.", res)
    primary = [e for e in doc.events if e.primary]
    assert primary and primary[0].start == "2024-10-02"


def test_english_institute_the_delegation_also_visited_is_the_host_s(res):
    doc = extract("On 3 June 2024 a delegation of Hilltop University came to Lakeside University. On the second "
                  "day the guests also visited the Institute for Marine Ecology (IME) and the campus farm.", "en", res)
    assert not any("Institute" in i.name or i.name == "IME" for i in doc.institutions)
