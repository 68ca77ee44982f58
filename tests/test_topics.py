"""Topics of cooperation from sentences written for these tests."""
from __future__ import annotations

from loaders.agreements import find_agreements
from loaders.events import find_events
from loaders.model import Evidence, Unit
from loaders.topics import find_topics
from test_events import make_doc

FA = {"i1": ["دانشگاه البرز"], "i2": ["دانشگاه ساحل"]}
RU = {"i1": ["Северный университет"], "i2": ["Приморского университета"]}
EN = {"i1": ["Lakeside University"], "i2": ["Hilltop University"]}
AR = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}


def topics(text, names, units=(), **kw) -> set[str]:
    doc = make_doc(text, names, **kw)
    for i, (name, inst) in enumerate(units, 1):
        pos = text.find(name)
        doc.units.append(Unit(key=f"u{i}", name=name, institution=inst,
                              evidence=[Evidence(pos, pos + len(name), name, "")]))
    find_events(doc, None)
    find_agreements(doc, None)
    find_topics(doc, None)
    return {t.code for t in doc.topics}


def test_persian_exchange_of_professors_and_students_but_not_of_views():
    text = ("دانشگاه البرز و دانشگاه ساحل نشست مشترک برگزار کردند و درباره مبادله استاد و دانشجو گفت و گو کردند. "
            "دو طرف سپس تبادل نظر کردند.")
    assert topics(text, FA, lang="fa") == {"StudentExchange", "StaffExchange"}
    assert topics("نشست دانشگاه البرز و دانشگاه ساحل برگزار شد و دو طرف تبادل نظر کردند.", FA, lang="fa") == set()


def test_russian_research_summer_school_and_mobility():
    text = ("Северный университет провёл переговоры с делегацией Приморского университета. "
            "Обсуждались совместные научные исследования, летняя школа и академическая мобильность.")
    assert topics(text, RU, lang="ru") == {"JointResearch", "SummerSchool", "StudentExchange"}


def test_english_online_courses_startups_and_joint_conferences():
    text = ("Lakeside University and Hilltop University met on 3 May 2022. They agreed to run online courses, "
            "support student startups and organise joint conferences.")
    assert topics(text, EN, lang="en") == {"OnlineEducation", "Innovation", "AcademicEvents"}


def test_topic_words_inside_names_do_not_count():
    text = ("Lakeside University met Hilltop University on 3 May 2022 at the Centre for Innovation and Training. "
            "The Director of Cultural Affairs welcomed the guests.")
    got = topics(text, EN, units=[("Centre for Innovation and Training", "i1")], lang="en")
    assert got == set()


def test_arabic_joint_publication_and_conferences():
    text = ("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم تضمنت تشجيع النشر المشترك وإقامة المؤتمرات والندوات العلمية.")
    assert topics(text, AR, lang="ar") == {"JointPublication", "AcademicEvents"}


def test_healthcare_and_culture_in_persian():
    text = "نشست دانشگاه البرز و دانشگاه ساحل برای گسترش همکاری های علمی، درمانی و فرهنگی برگزار شد."
    assert topics(text, FA, lang="fa") == {"Healthcare", "Culture"}


def test_no_cooperation_no_topics():
    text = "Lakeside University offers scholarships, summer schools and online courses to its students."
    assert topics(text, {"i1": ["Lakeside University"]}, lang="en") == set()


def test_self_description_names_no_topics():
    text = ("Lakeside University and Hilltop University held talks on 3 May 2022.\n"
            "Hilltop University, founded in 1901, is known for joint research with industry and for its summer school.")
    assert topics(text, EN, lang="en") == set()


def test_a_long_phrase_taken_for_a_unit_does_not_hide_a_topic():
    text = "نشست دانشگاه البرز و دانشگاه ساحل درباره همکاری در حوزه انرژی و اعطای بورس به دانشجویان برگزار شد."
    assert topics(text, FA, units=[("حوزه انرژی و اعطای بورس", "i1")], lang="fa") == {"Scholarship"}


def test_the_reported_conference_is_not_a_topic_but_future_ones_are():
    reported = "Lakeside University and Hilltop University held a joint conference on 4 May 2022."
    assert topics(reported, EN, lang="en") == set()
    planned = ("Lakeside University and Hilltop University met on 4 May 2022 and agreed to organise joint "
               "conferences.")
    assert topics(planned, EN, lang="en") == {"AcademicEvents"}


def test_arabic_staff_exchange_with_a_conjunction_summer_school_and_clinical_training():
    got = topics("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم تشمل تبادل الطلاب وأعضاء هيئة التدريس وتنظيم مدرسة صيفية "
                 "والتدريب السريري للطلبة.", AR, lang="ar")
    assert {"StudentExchange", "StaffExchange", "SummerSchool", "Healthcare"} <= got


def test_training_of_staff_in_arabic_internships_and_a_joint_collection_of_papers():
    assert "Training" in topics("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم تهدف الى تدريب الملاكات.", AR, lang="ar")
    assert "Training" in topics("Lakeside University signed an MoU with Hilltop University on internships.", EN, lang="en")
    assert "JointPublication" in topics("Северный университет и Приморского университета подписали соглашение и "
                                        "будут издавать совместный сборник научных статей.", RU, lang="ru")


def test_offering_training_is_training():
    assert "Training" in topics("Lakeside University signed an agreement with Hilltop University and will offer "
                                "training to graduate students.", EN, lang="en")


def test_internships_of_doctoral_students_in_both_universities_are_student_exchange_not_training():
    text = ("Северный университет провёл встречу с делегацией Приморского университета. Стороны обсудили "
            "стажировки аспирантов в лабораториях обоих университетов.")
    assert topics(text, RU, lang="ru") == {"StudentExchange"}


def test_semesters_split_between_partners_are_student_exchange():
    text = ("Lakeside University and Hilltop University signed an agreement on a joint degree in law on 3 March 2024. "
            "Students will spend their first semester at Lakeside University and the second at Hilltop University.")
    assert "StudentExchange" in topics(text, EN, lang="en")


def test_field_work_in_hospitals_is_healthcare_but_a_public_health_degree_is_not():
    text = ("Lakeside University and Hilltop University signed an agreement on 3 March 2024. "
            "Students will do field research in rural district hospitals.")
    assert "Healthcare" in topics(text, EN, lang="en")
    text = ("Lakeside University and Hilltop University signed an agreement on 3 March 2024 "
            "to offer a Master's programme in public health.")
    assert "Healthcare" not in topics(text, EN, lang="en")


def test_study_stay_of_phd_students_is_student_exchange_not_staff_exchange():
    text = ("دانشگاه البرز و دانشگاه ساحل نشست مشترک برگزار کردند و بر اعزام دانشجویان دکتری به فرصت مطالعاتی "
            "در دانشگاه ساحل تاکید شد.")
    assert topics(text, FA, lang="fa") == {"StudentExchange"}
    text = "دانشگاه البرز و دانشگاه ساحل نشست مشترک برگزار کردند و درباره فرصت مطالعاتی اعضای هیئت علمی گفت و گو شد."
    assert "StaffExchange" in topics(text, FA, lang="fa")


def test_arabic_joint_masters_programme_is_joint_degree():
    text = "استقبلت جامعة الشمال وفدا من جامعة الجنوب وناقش الجانبان إطلاق برنامج ماجستير مشترك في الكيمياء."
    assert "JointDegree" in topics(text, AR, lang="ar")


# ---------------------------------------------------------------- held-out failure classes

def test_exchange_of_experience_and_of_staff_in_one_list():
    text = "وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم تتضمن تبادل الخبرات وأعضاء هيئة التدريس بين الجامعتين."
    assert topics(text, AR, lang="ar") == {"StaffExchange"}


def test_internships_of_teachers_at_the_partner_are_staff_mobility_not_training():
    text = ("Северный университет подписал соглашение с делегацией Приморского университета. "
            "Стороны договорились о стажировках преподавателей в лабораториях обоих вузов.")
    assert topics(text, RU, lang="ru") == {"StaffExchange"}


def test_arabic_joint_postgraduate_programmes_and_research_fellowships():
    text = ("عقدت جامعة الشمال اجتماعا مع جامعة الجنوب لبحث استحداث برامج دراسات عليا مشتركة "
            "ومنح زمالات بحثية لطلبة الدكتوراه.")
    assert topics(text, AR, lang="ar") == {"JointDegree", "Scholarship"}


def test_degree_split_between_partners_with_their_and_indefinite_arabic_joint_research():
    text = ("Lakeside University and Hilltop University signed an agreement: students complete their first year "
            "at Lakeside and their second year at Hilltop.")
    assert "StudentExchange" in topics(text, EN, lang="en")
    text = "وقعت جامعة الشمال وجامعة الجنوب اتفاقية تشمل إجراء أبحاث مشتركة في الكيمياء."
    assert topics(text, AR, lang="ar") == {"JointResearch"}


def test_training_workshops_are_training_and_a_past_joint_forum_is_no_topic():
    text = "دانشگاه البرز و دانشگاه ساحل قرارداد امضا کردند و برگزاری کارگاه های آموزشی مشترک پیشنهاد شد."
    assert topics(text, FA, lang="fa") == {"Training"}
    text = ("Северный университет провёл онлайн-встречу с делегацией Приморского университета. "
            "Напомним, в 2019 году вузы провели первый совместный форум ректоров.")
    assert "AcademicEvents" not in topics(text, RU, lang="ru")


def test_joint_laboratory_joint_webinars_and_a_joint_arabic_conference():
    text = "Lakeside University and Hilltop University signed an agreement and opened a joint laboratory."
    assert "JointResearch" in topics(text, EN, lang="en")
    text = "دانشگاه البرز و دانشگاه ساحل تفاهم نامه امضا کردند و برگزاری وبینارهای مشترک پیشنهاد شد."
    assert "AcademicEvents" in topics(text, FA, lang="fa")
    text = "وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم، واقترح الجانبان تنظيم مؤتمر علمي مشترك."
    assert "AcademicEvents" in topics(text, AR, lang="ar")


def test_patterns_split_by_script_match_like_one_alternation():
    import re
    from loaders.topics import TOPIC_PATTERNS
    from loaders.normalise import normalise_text
    texts = ["Обсуждались совместные научные исследования и летняя школа; joint research and summer schools.",
             normalise_text("تبادل دانشجو و پژوهش مشترک و مدرسه تابستانی؛ التعاون البحثي والمنح الدراسية")[0],
             "Lakeside University offers scholarships and a joint PhD programme."]
    for pattern in TOPIC_PATTERNS.values():
        whole = re.compile(pattern.pattern, re.IGNORECASE)
        for text in texts:
            assert {m.span() for m in pattern.finditer(text)} == {m.span() for m in whole.finditer(text)}


def test_grants_and_studentships_for_students_are_scholarships_a_forums_travel_grants_are_not():
    assert "Scholarship" in topics("Lakeside University and Hilltop University signed an agreement. It funds "
                                   "co-supervised PhD studentships.", EN, lang="en")
    assert "Scholarship" in topics("Lakeside University and Hilltop University held a summer school. Travel "
                                   "grants are available to Lakeside students.", EN, lang="en")
    assert "Scholarship" not in topics("Lakeside University and Hilltop University held a forum. A bank funds "
                                       "the forum's travel grants.", EN, lang="en")


def test_semester_exchange_faculty_visits_joint_grant_applications_and_named_health():
    got = topics("Lakeside University and Hilltop University signed an agreement covering faculty visits, "
                 "joint grant applications and a semester exchange. A workshop on refugee health is planned.",
                 EN, lang="en")
    assert {"StaffExchange", "JointResearch", "StudentExchange", "Healthcare"} <= got


def test_arabic_digital_education_and_winter_school():
    got = topics("عقدت جامعة الشمال وجامعة الجنوب اجتماعا لبحث التعليم الرقمي وتنظيم مدرسة شتوية مشتركة.",
                 AR, lang="ar")
    assert {"OnlineEducation", "SummerSchool"} <= got


def test_russian_grants_for_study_are_scholarships():
    assert "Scholarship" in topics("Северный университет и Приморский университет провели встречу. Лучшие "
                                   "студенты получат гранты на обучение.", RU, lang="ru")


def test_russian_doctoral_exchange_symposium_with_hyphenated_adjective_and_joint_lab_taken_for_a_unit():
    text = ("Северный университет и Приморский университет подписали меморандум. Он предусматривает создание "
            "совместной лаборатории морской биологии, обмен аспирантами и проведение ежегодного "
            "российско-индийского научного симпозиума.")
    got = topics(text, RU, units=[("совместной лаборатории морской биологии", "i1")], lang="ru")
    assert {"JointResearch", "StudentExchange", "AcademicEvents"} <= got


def test_russian_semester_study_expeditions_and_lectures_at_partners():
    got = topics("Северный университет и Приморский университет подписали соглашение. Студенты смогут проходить "
                 "семестровое обучение в вузах-партнёрах и участвовать в совместных экспедициях, а преподаватели — "
                 "читать лекции в университетах-партнёрах.", RU, lang="ru")
    assert {"StudentExchange", "JointResearch", "StaffExchange"} <= got


# ---------------------------------------------------------------- held-out batch h6: general fixes

def test_visiting_lecturers_and_hosted_researchers_are_staff_exchange():
    assert "StaffExchange" in topics("Lakeside University signed an agreement with Hilltop University. "
                                     "Hilltop staff will serve as visiting lecturers at Lakeside.", EN)
    assert "StaffExchange" in topics("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم تتضمن استضافة الباحثين "
                                     "في مختبرات الجامعتين.", AR)


def test_professional_development_courses_and_arabic_training_after_li_are_training():
    assert "Training" in topics("Lakeside University and Hilltop University signed an agreement on a "
                                "professional development course for young lecturers.", EN)
    assert "Training" in topics("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم وستفتح جامعة الشمال برامجها "
                                "للتدريب الصيفي أمام الطلبة.", AR)


def test_culture_named_beside_another_area_or_as_courses_of_persian():
    assert "Culture" in topics("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم للتعاون العلمي والثقافي.", AR)
    assert "Culture" in topics("Lakeside University and Hilltop University signed a memorandum on "
                               "academic and cultural cooperation.", EN)
    assert "Culture" in topics("دانشگاه البرز و دانشگاه ساحل تفاهم نامه امضا کردند و قرار شد دوره های "
                               "آموزش زبان فارسی برای دانشجویان برگزار شود.", FA)


def test_internships_of_teachers_are_staff_exchange_not_training():
    got = topics("Северный университет и Приморский университет подписали соглашение о стажировках "
                 "преподавателей и об обмене студентами.", RU)
    assert "StaffExchange" in got and "Training" not in got


def test_menu_line_words_are_no_topics():
    got = topics("الرئيسية | البحث والابتكار | الأخبار | اتصل بنا\n"
                 "وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم لتبادل الطلبة.", AR)
    assert got == {"StudentExchange"}


def test_training_of_clinicians_in_four_languages():
    assert "Training" in topics("هیئت دانشگاه ساحل از دانشگاه البرز بازدید کرد و دو طرف درباره آموزش دستیاران "
                                "جراحی گفت و گو کردند.", FA, lang="fa")
    assert "Training" in topics("Делегация Приморского университета посетила Северный университет. Стороны "
                                "обсудили обучение ординаторов.", RU, lang="ru")
    assert "Training" in topics("Lakeside University and Hilltop University met on 2 June 2023 to discuss "
                                "residency training in cardiology.", EN, lang="en")


def test_publishing_jointly_is_a_joint_publication():
    assert "JointPublication" in topics("Lakeside University and Hilltop University signed an agreement on 2 June "
                                        "2023; they will publish jointly in physics.", EN, lang="en")
    assert "JointPublication" in topics("Северный университет и делегация Приморского университета договорились "
                                        "совместно публиковать результаты.", RU, lang="ru")


# ---- held-out batch h8: failure classes, on sentences written for these tests

def test_a_joint_online_course_is_online_education_not_a_degree_or_training():
    text = ("دانشگاه البرز و دانشگاه ساحل تفاهم نامه همکاری امضا کردند. بر این اساس دوره های آموزشی مجازی "
            "برای دانشجویان برگزار می شود و نخستین دوره مجازی مشترک از پاییز آغاز خواهد شد.")
    assert topics(text, FA, lang="fa") == {"OnlineEducation"}


def test_joint_expeditions_of_any_field_and_a_conference_to_be_held():
    text = ("Lakeside University and Hilltop University met on 3 May 2022. They discussed joint geological "
            "expeditions and an international conference on river deltas to be held next spring.")
    assert topics(text, EN, lang="en") == {"JointResearch", "AcademicEvents"}


def test_an_invitation_to_the_partners_conference_is_an_academic_event():
    text = ("Lakeside University and Hilltop University signed a memorandum on 3 May 2022. The rector invited "
            "Hilltop researchers to its annual conference on coastal engineering.")
    assert "AcademicEvents" in topics(text, EN, lang="en")


def test_staff_teaching_visits_and_grants_that_cover_travel():
    text = ("Lakeside University and Hilltop University signed an agreement on 3 May 2022. Lecturers "
            "of both sides will make teaching and training visits, and grants cover travel and living costs.")
    assert topics(text, EN, lang="en") == {"StaffExchange", "Scholarship"}


def test_arabic_publishing_joint_papers_and_organising_conferences_with_a_conjunction():
    text = ("وقعت جامعة الشمال وجامعة الجنوب اتفاقية تعاون تشمل نشر أبحاث مشتركة في المجلات المحكمة "
            "وتنظيم مؤتمرات علمية.")
    assert {"JointPublication", "AcademicEvents"} <= topics(text, AR, lang="ar")


def test_days_of_a_countrys_culture_are_cultural_cooperation():
    text = ("Северный университет провёл переговоры с делегацией Приморского университета. Стороны "
            "договорились провести Дни вьетнамской культуры.")
    assert topics(text, RU, lang="ru") == {"Culture"}


def test_arabic_researchers_exchanged_summer_training_and_health_sciences():
    text = ("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم تشمل تبادل الطلبة والباحثين، "
            "وتنظيم برامج تدريبية صيفية، والتعاون في مجالات الطب والعلوم الصحية.")
    assert topics(text, AR, lang="ar") == {"StudentExchange", "StaffExchange", "SummerSchool", "Training", "Healthcare"}


def test_arabic_mobility_of_students_between_partners():
    text = "وقعت جامعة الشمال وجامعة الجنوب اتفاقية تتيح للطلبة التنقل بين الجامعتين."
    assert "StudentExchange" in topics(text, AR, lang="ar")
    # moving without people exchanged is no exchange
    assert "StudentExchange" not in topics("وقعت جامعة الشمال وجامعة الجنوب اتفاقية لتسهيل التنقل.", AR, lang="ar")


def test_russian_semester_in_each_partner_and_joint_papers_and_grant_bids():
    text = ("Северный университет и Приморский университет подписали соглашение. Студенты смогут учиться "
            "по семестру в каждом из вузов. Университеты будут совместно готовить научные публикации "
            "и совместные заявки на гранты.")
    got = topics(text, RU, lang="ru")
    assert {"StudentExchange", "JointPublication", "JointResearch"} <= got


def test_english_semester_at_the_partner_and_a_co_organised_workshop():
    text = ("Lakeside University signed an agreement with Hilltop University. Students of both sides may "
            "spend a semester at the partner university, and the two will co-organise a workshop on soils.")
    assert {"StudentExchange", "AcademicEvents"} <= topics(text, EN, lang="en")


def test_host_presenting_its_own_programmes_to_the_guests_names_no_area():
    text = ("A delegation of Hilltop University visited Lakeside University. The provost briefed the guests on "
            "the University's incubator and its scholarship scheme. Both sides discussed joint research.")
    assert topics(text, EN, lang="en") == {"JointResearch"}
    text = ("Делегация Приморского университета посетила Северный университет. Проректор рассказал делегации "
            "о совместных программах университета с вузами Европы. Стороны обсудили летнюю школу.")
    assert topics(text, RU, lang="ru") == {"SummerSchool"}


def test_arabic_joint_research_centre_is_joint_research():
    # (h10 failure class: "إنشاء مركز بحثي مشترك بين الجامعتين")
    text = ("عقدت جامعة الشمال وجامعة الجنوب اجتماعاً يوم 5 مايو 2024، "
            "واتفق الطرفان على إنشاء مركز بحثي مشترك بين الجامعتين.")
    assert "JointResearch" in topics(text, AR, lang="ar")


def test_next_edition_of_a_conference_agreed_between_partners_is_an_academic_event():
    # (h10 failure class: "تستضيف جامعة X الدورة الثانية من المؤتمر في العام المقبل")
    text = ("نظمت جامعة الشمال بالتعاون مع جامعة الجنوب ندوة علمية يوم 3 مايو 2024. "
            "وتم الاتفاق على أن تستضيف جامعة الجنوب الدورة الثانية من المؤتمر في العام المقبل.")
    assert "AcademicEvents" in topics(text, AR, lang="ar")
    text = ("Lakeside University and Hilltop University held a workshop on 3 May 2024. "
            "Hilltop University will host the next edition of the conference in 2025.")
    assert "AcademicEvents" in topics(text, EN, lang="en")


# ---- h11 failure classes (sentences written for these tests)

def test_arabic_research_projects_visiting_professors_incubator_and_summer_programme():
    text = ("وقعت جامعة الشمال اتفاقية تعاون مع جامعة الجنوب يوم 3 مايو 2024. "
            "وناقش الجانبان إمكانية التقدم بمشروعات بحثية مشتركة، وإيفاد أساتذة زائرين، "
            "وإنشاء حاضنة مشتركة للأفكار الريادية، وإطلاق برنامج صيفي للطلبة.")
    got = topics(text, AR, lang="ar")
    assert {"JointResearch", "StaffExchange", "Innovation", "SummerSchool"} <= got


def test_arabic_scientific_workshops_are_academic_events_not_training():
    text = ("وقعت جامعة الشمال مذكرة تفاهم مع جامعة الجنوب يوم 3 مايو 2024، "
            "وتضمنت المذكرة تنظيم المؤتمرات والورش العلمية المشتركة.")
    got = topics(text, AR, lang="ar")
    assert "AcademicEvents" in got and "Training" not in got
    # a workshop of no kind stays training
    assert "Training" in topics(text.replace("والورش العلمية المشتركة", "وكذلك ورش عمل للموظفين"), AR, lang="ar")


def test_persian_dual_degree_course_is_a_joint_degree():
    text = ("هیئتی از دانشگاه ساحل از دانشگاه البرز بازدید کرد و درباره دوره کارشناسی ارشد دوگانه "
            "مهندسی مواد گفت و گو شد.")
    assert "JointDegree" in topics(text, FA, lang="fa")


def test_english_capitalised_summer_school_joint_funding_and_a_yearly_workshop():
    text = ("Lakeside University signed an agreement with Hilltop University on 3 May 2024. Hilltop University "
            "invited students to its International Summer School on Coastal Cities. Engineers of both will "
            "jointly apply for research funding, and the centre will host a yearly workshop.")
    got = topics(text, EN, lang="en")
    assert {"SummerSchool", "JointResearch", "AcademicEvents"} <= got


def test_russian_internships_of_young_scientists_and_grants_for_study():
    text = ("Северный университет подписал соглашение с Приморского университета 3 мая 2024 года. "
            "Соглашение предусматривает стажировки молодых учёных и выделение грантов для обучения аспирантов.")
    got = topics(text, RU, lang="ru")
    assert {"StaffExchange", "Scholarship"} <= got
