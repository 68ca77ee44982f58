"""Long pages with background paragraphs, several agreements of different status, ministries
as parties and delegations listed member by member, in texts written for these tests (whole pipeline)."""
from __future__ import annotations

from loaders.normalise import fold
from pipeline_documents import inst_named, inst_of, names, run
from test_institutions import res  # noqa: F401 - the shared fixture


def agreements(doc) -> list[tuple[str, str]]:
    return sorted((a.type, a.status) for a in doc.agreements)


# ---------------------------------------------------------------- page furniture

def test_russian_see_also_list_is_furniture(tmp_path, res):
    doc = run(tmp_path, "12.03.2025\n\nДелегация Северного федерального университета посетила Приморский "
                        "государственный университет.\n\nСмотрите также:\n"
                        "• Приморский университет принял делегацию Горного технического университета\n"
                        "• Студенты завершили обучение\n", res)
    assert not any("горн" in n for n in names(doc))


def test_russian_header_over_a_menu_line_is_no_university(tmp_path, res):
    doc = run(tmp_path, "ПРИМОРСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ\nУниверситет | Поступающим | Исследования | Пресс-центр\n\n"
                        "10.10.2024\n\nДелегация Северного федерального университета посетила Приморский "
                        "государственный университет.", res)
    assert not any(n.count(fold("университет")) > 1 for n in names(doc))


# ---------------------------------------------------------------- agreements still in force

def test_russian_agreement_signed_years_ago_that_still_runs_is_active(tmp_path, res):
    doc = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                        "федеральный университет. Подписанное в 2016 году соглашение о сотрудничестве двух вузов "
                        "продолжает действовать: по нему каждый семестр организуются стажировки.", res)
    assert ("CooperationAgreement", "active") in agreements(doc)
    assert ("CooperationAgreement", "signed") not in agreements(doc)


def test_english_memorandum_first_signed_years_ago_remains_in_force(tmp_path, res):
    doc = run(tmp_path, "LAKESIDE, 4 December 2024 - Lakeside University hosted a delegation of Hilltop University "
                        "today. Their memorandum of understanding, first signed in 2017, remains in force through "
                        "2027.", res)
    assert agreements(doc) == [("MemorandumOfUnderstanding", "active")]


def test_persian_memorandum_signed_and_still_valid_is_active(tmp_path, res):
    doc = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد. "
                        "تفاهم‌نامه همکاری میان این دو دانشگاه که نخستین بار سال ۱۳۹۶ به امضا رسید، همچنان معتبر است.",
              res)
    assert agreements(doc) == [("MemorandumOfUnderstanding", "active")]


def test_arabic_agreement_signed_in_a_past_year_with_the_parties_between(tmp_path, res):
    doc = run(tmp_path, "حلب – الخميس ٢١ تشرين الثاني ٢٠٢٤\n\nاستقبل رئيس جامعة الساحل وفدًا من جامعة سانت بطرسبورغ "
                        "الحكومية. وقال الرئيس إن اتفاقية التعاون الأكاديمي الموقعة بين جامعة الساحل وجامعة سانت "
                        "بطرسبورغ عام ٢٠١١ تراجع العمل بها في الأعوام الأخيرة.", res)
    assert agreements(doc) == [("CooperationAgreement", "signed")]


# ---------------------------------------------------------------- the agreement of a joint programme

def test_double_degree_agreement_is_one_joint_programme(tmp_path, res):
    doc = run(tmp_path, "LAKESIDE, 3 March 2025 - Lakeside University and Hilltop University today signed a "
                        "double-degree agreement in chemistry.", res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_joint_phd_agreement_told_again_as_the_new_agreement(tmp_path, res):
    doc = run(tmp_path, "Lakeside University and Hilltop University sign joint PhD agreement\n\n"
                        "LAKESIDE, 3 March 2025 - Lakeside University and Hilltop University today signed an "
                        "agreement to launch a joint PhD programme in geology. Under the new agreement, every "
                        "doctoral candidate will have one supervisor at each university.", res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_russian_contract_on_a_two_diploma_programme_is_a_joint_programme(tmp_path, res):
    doc = run(tmp_path, "13.03.2025\n\n12 марта Северный федеральный университет посетила делегация Приморского "
                        "государственного университета. По итогам переговоров ректоры подписали договор о запуске "
                        "магистерской программы двух дипломов по прикладной математике.", res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_persian_agreement_carrying_out_a_dual_master_and_the_signed_agreement_told_again(tmp_path, res):
    doc = run(tmp_path, "چهارشنبه ۱۵ آذر ۱۴۰۲\n\nرئیس دانشگاه البرز روز سه‌شنبه میزبان هیئتی از دانشگاه ساحل بود "
                        "و دو طرف موافقت‌نامه اجرای دوره کارشناسی ارشد دوگانه مهندسی مواد را امضا کردند. طبق "
                        "موافقت‌نامه امضاشده، هر دانشجو یک سال در ساحل و یک سال در البرز درس می‌خواند و از هر "
                        "دانشگاه یک استاد راهنما خواهد داشت.", res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_russian_programme_running_past_a_relative_clause_and_a_plan_of_joint_events(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Приморский "
                        "государственный университет. «Программа совместной подготовки геологов, по которой "
                        "студенты три года проводят в Архангельске и год во Владивостоке, действует уже шесть "
                        "лет», — отметил проректор. Стороны договорились подготовить к "
                        "сентябрю план совместных мероприятий.", res)
    assert ("JointProgramme", "active") in agreements(doc)
    assert ("ActionPlan", "planned") in agreements(doc)


def test_arabic_plan_proposed_to_include_work_that_runs_stays_planned(tmp_path, res):
    doc = run(tmp_path, "حلب – الأحد ٦ تشرين الأول ٢٠٢٤\n\nاستقبل رئيس جامعة الساحل وفدًا من جامعة سانت "
                        "بطرسبورغ الحكومية. واتفق الجانبان على إعداد خطة تنفيذية تغطي الأعوام الثلاثة المقبلة.\n\n"
                        "وعرض عميد كلية العلوم مقترحًا بأن تتضمن الخطة التنفيذية إشراك طلبة الدكتوراه في المسوحات "
                        "الميدانية التي تنفذها الكلية.", res)
    assert agreements(doc) == [("ActionPlan", "planned")]


# ---------------------------------------------------------------- ministries and their people

def test_russian_participle_before_a_ministry_is_not_its_name(tmp_path, res):
    doc = run(tmp_path, "13.03.2025\n\n12 марта Северный федеральный университет посетила делегация. Асель Жумабекова, "
                        "представляющая Министерство науки и высшего образования Республики Казахстан, рассказала "
                        "о грантах для магистрантов.", res)
    ministry = inst_named(doc, "Министерство науки и высшего образования Республики Казахстан")
    assert ministry is not None
    assert not any(fold("представля") in n for n in names(doc))


def test_russian_deputy_minister_of_a_portfolio_listed_with_commas(tmp_path, res):
    doc = run(tmp_path, "29 мая 2025\n\nДелегацию, прибывшую 28 мая в Северный федеральный университет, возглавлял "
                        "заместитель министра образования, науки и технологий Республики Таджикистан Бахтиёр "
                        "Саидович Рахимзода. Кроме того, стороны обсудили выделение министерством стипендий для "
                        "магистрантов из Душанбе.", res)
    assert (inst_of(doc, "Бахтиёр Саидович Рахимзода") or "").startswith(fold("Министерство образования, науки"))
    assert not any(fold("стипенд") in n for n in names(doc))


def test_russian_assistant_minister_with_a_portfolio_of_his_own(tmp_path, res):
    doc = run(tmp_path, "13.03.2025\n\n12 марта Северный федеральный университет посетила делегация. В её состав "
                        "вошли помощник министра образования и исследований Германии по международным "
                        "связям Амир Рашид Бенали и декан Ильдар Маратович Гарипов. Амир Бенали, представляющий "
                        "Министерство образования и исследований Германии, рассказал о грантах.", res)
    assert (inst_of(doc, "Амир Рашид Бенали") or "").startswith(fold("Министерство образования и исследований"))


def test_russian_embassy_in_a_country_written_with_vo(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nНа прошлой неделе делегация Северного федерального университета посетила "
                        "Посольство России во Франции.", res)
    assert inst_named(doc, "Посольство России во Франции") is not None


def test_russian_side_listed_after_took_part_goes_to_the_university_not_the_ministry(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Ханойский "
                        "национальный университет. С вьетнамской стороны в переговорах приняли участие ректор "
                        "университета профессор Чыонг Минь Дык, проректор по учебной работе Ву Тхи Хоа и директор "
                        "Института морских наук До Ван Лонг.\n\n26 февраля делегация встретилась с руководством "
                        "Министерства образования и подготовки кадров Социалистической Республики Вьетнам.", res)
    hanoi = fold("Ханойский национальный университет")
    assert inst_of(doc, "Ву Тхи Хоа") == hanoi
    assert inst_of(doc, "До Ван Лонг") == hanoi


def test_bare_title_of_a_person_with_a_post_is_no_second_post(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Ханойский "
                        "национальный университет. С вьетнамской стороны в переговорах принял участие ректор "
                        "университета профессор Чыонг Минь Дык. Профессор Чыонг Минь Дык, который когда-то защитил "
                        "диссертацию в Архангельске, вспомнил годы учёбы.", res)
    person = next(p for p in doc.persons if fold(p.name) == fold("Чыонг Минь Дык"))
    assert len([p for p in doc.posts if p.person == person.key]) == 1


# ---------------------------------------------------------------- where a name ends

def test_arabic_verbal_noun_after_a_university_is_not_its_name(tmp_path, res):
    doc = run(tmp_path, "معان – الأربعاء ٧ أيار ٢٠٢٥\n\nأقر رئيس جامعة الحسين بن طلال اتفاقًا يسمح لطلبة "
                        "جامعة نوفوسيبيرسك الالتحاق بدورات الماجستير في الكيمياء.", res)
    assert fold("جامعة نوفوسيبيرسك") in names(doc)
    assert not any(fold("الالتحاق") in n for n in names(doc))


def test_persian_bound_for_ends_a_university_name(tmp_path, res):
    doc = run(tmp_path, "۱۶ اردیبهشت ۱۴۰۴\n\nهیئت اردنی روز یکشنبه با رئیس دانشگاه البرز گفت‌وگو کرد. قرار است "
                        "اعضای هیئت روز سه‌شنبه برای بازدید از آزمایشگاه‌های دانشگاه صنعتی ساحل عازم آن شهر شوند.",
              res)
    assert not any(fold("عازم") in n for n in names(doc))


def test_persian_teaching_hospital_is_a_unit_of_the_medical_university(tmp_path, res):
    doc = run(tmp_path, "۱۲ مهر ۱۴۰۳\n\nرئیس دانشگاه علوم پزشکی تبریز با هیئتی از دانشگاه پزشکی دولتی ایروان "
                        "دیدار کرد. دو طرف از برگزاری دوره های مشترک جراحی قلب در بیمارستان شهید مدنی سخن گفتند.", res)
    assert not any(n.startswith(fold("بیمارستان")) for n in names(doc))

# ---------------------------------------------------------------- delegations listed member by member

def test_delegation_list_under_a_heading_naming_the_institution(tmp_path, res):
    doc = run(tmp_path, "LAKESIDE, 4 December 2024 - Lakeside University (LU) and Hilltop University (HU) today "
                        "concluded a memorandum of understanding.\n\nThe visiting HU delegation comprised:\n\n"
                        "• Professor Mina Rahimi, Head of the Faculty of Pharmacy;\n"
                        "• Ms. Sara Karimi, Senior Officer for Partnerships and Mobility.\n\n"
                        "LU was represented by Professor John Tan, Deputy Vice-Chancellor.", res)
    hilltop = fold("Hilltop University")
    assert inst_of(doc, "Mina Rahimi") == hilltop
    assert inst_of(doc, "Sara Karimi") == hilltop


def test_persian_deputy_minister_of_a_republic_works_at_the_ministry_named_without_it(tmp_path, res):
    doc = run(tmp_path, "۱۲ مهر ۱۴۰۳\n\nرئیس دانشگاه علوم پزشکی تبریز در سفری به ارمنستان از دانشگاه پزشکی دولتی "
                        "ایروان بازدید کرد. او سپس با دکتر آرمن سرکیسیان، معاون وزیر بهداشت جمهوری ارمنستان، در "
                        "ساختمان وزارت بهداشت گفت و گو کرد. به گفته سرکیسیان وزارت بهداشت ارمنستان از این همکاری "
                        "حمایت می کند.", res)
    assert (inst_of(doc, "آرمن سرکیسیان") or "").startswith(fold("وزارت بهداشت"))


def test_ministry_naming_its_state_is_not_the_record_of_another_state():
    from loaders.model import Institution, Link
    from loaders.resolve import _of_another_state
    inst = Institution(key="i1", name="وزارت بهداشت ارمنستان", kind="GovernmentBody")
    assert _of_another_state(inst, Link(id="x", country="IR"))
    assert not _of_another_state(inst, Link(id="x", country="AM"))
    # a label may come from a misread clause ("the ministry considers Armenia (را) a partner"):
    # only the name itself decides
    inst = Institution(key="i1", name="وزارت علوم", kind="GovernmentBody", labels=[("وزارت علوم ارمنستان", "fa")])
    assert not _of_another_state(inst, Link(id="x", country="IR"))


# ---------------------------------------------------------------- areas of cooperation

def topics(doc) -> set[str]:
    return {t.code for t in doc.topics}


def test_language_courses_for_the_partner_are_culture(tmp_path, res):
    ar = run(tmp_path, "حلب – الخميس ٢١ تشرين الثاني ٢٠٢٤\n\nاستقبل رئيس جامعة الساحل وفدًا من جامعة سانت بطرسبورغ "
                       "الحكومية، وبحث الطرفان إيفاد طلبة من سانت بطرسبورغ لدورات اللغة العربية التي تنظمها "
                       "كلية الآداب.", res)
    assert {"Culture", "StudentExchange"} <= topics(ar)
    ru = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                       "федеральный университет. Речь шла и о помощи в преподавании русского языка студентам из "
                       "Китая, которые учатся в приморском вузе.", res)
    assert "Culture" in topics(ru)
    fa = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد و دو طرف "
                       "درباره اعزام استادان برای تدریس زبان فارسی در دانشگاه ساحل گفت‌وگو کردند.", res)
    assert "Culture" in topics(fa)
    # (a language summer school is a school only)
    school = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                           "федеральный университет. Каждое лето группа студентов Северного университета едет в "
                           "летнюю школу по корейскому языку.", res)
    assert "Culture" not in topics(school)


def test_terms_and_research_stays_of_students_at_the_partner(tmp_path, res):
    fa = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد. تاکنون هشت "
                       "دانشجوی کارشناسی ارشد البرز یک دوره پژوهشی سه‌ماهه را در مرکز تحقیقات دانشگاه ساحل "
                       "گذرانده‌اند.", res)
    assert "StudentExchange" in topics(fa)
    en = run(tmp_path, "LAKESIDE, 4 December 2024 - Lakeside University hosted a delegation of Hilltop University "
                       "today to sign an agreement. Six Lakeside students have completed research attachments "
                       "at Hilltop University.", res)
    assert "StudentExchange" in topics(en)
    ar = run(tmp_path, "معان – الأربعاء ٧ أيار ٢٠٢٥\n\nوقعت جامعة الحسين بن طلال وجامعة نوفوسيبيرسك الحكومية مذكرة تفاهم "
                       "يقضي بموجبها طلبة من نوفوسيبيرسك فصلًا دراسيًا في معان.", res)
    assert "StudentExchange" in topics(ar)


def test_quotas_teachers_reading_courses_and_joint_papers(tmp_path, res):
    ru = run(tmp_path, "29 мая 2025\n\nДелегация Приморского государственного университета посетила Северный "
                       "федеральный университет. Речь шла о государственных квотах на обучение иностранцев, а "
                       "также о том, чтобы привлекать преподавателей Северного университета к чтению лекций в "
                       "Уссурийске.", res)
    assert {"Scholarship", "StaffExchange"} <= topics(ru)
    placements = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                               "федеральный университет. Декан биологического факультета пригласила магистрантов "
                               "из Архангельска на короткие исследовательские практики в Приморье.", res)
    assert "StudentExchange" in topics(placements)
    fa = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد. پژوهشگران "
                       "دو دانشگاه تاکنون هفت مقاله مشترک منتشر کرده‌اند.", res)
    assert "JointPublication" in topics(fa)


def test_persian_centre_that_can_offer_online_courses_is_no_unit_name(tmp_path, res):
    doc = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد و تفاهم‌نامه "
                        "تأسیس مرکز آموزش زبان فارسی امضا شد. رئیس دانشگاه ساحل گفت امیدواریم این مرکز بتواند "
                        "به زودی دوره‌های مجازی هم برگزار کند.", res)
    assert "OnlineEducation" in topics(doc)
    assert not any(fold("بتواند") in fold(u.name) for u in doc.units)


def test_agreement_in_force_beside_an_old_one_and_a_partnership_grown_into_a_double_degree(tmp_path, res):
    doc = run(tmp_path, "IZMIR, 9 October 2025 - A delegation of Lakeside University visited Hilltop University "
                        "on 8 October. The partnership of Lakeside University and Hilltop University dates from a "
                        "bilateral cooperation agreement signed in 2013; at present, an Erasmus+ inter-institutional "
                        "agreement linking both universities is in force as well.\n\nHilltop University's rector proposed "
                        "extending their partnership into a double-degree programme at master's level in economics. "
                        "Both sides agreed to draft a joint curriculum first, aiming to sign the programme agreement "
                        "by autumn 2026.", res)
    assert agreements(doc) == [("CooperationAgreement", "active"), ("CooperationAgreement", "signed"),
                               ("JointProgramme", "planned")]


def test_arabic_assistant_minister_for_his_own_affairs_works_at_the_ministry(tmp_path, res):
    doc = run(tmp_path, "حلب – الأحد ٦ تشرين الأول ٢٠٢٤\n\nجامعة الساحل ووزارة التربية والتعليم تستقبلان وفد جامعة "
                        "سانت بطرسبورغ الحكومية\n\nناقش رئيس جامعة الساحل الدكتور مازن القاسم مع وفد جامعة سانت "
                        "بطرسبورغ الحكومية آفاق التعاون، بمشاركة معاون وزير التربية والتعليم لشؤون التعليم المهني "
                        "الدكتور وائل سعيد الخطيب.\n\nوخلال اجتماع لاحق في مبنى وزارة التربية والتعليم شدد "
                        "الخطيب على دعم الوزارة لهذا التعاون.", res)
    assert (inst_of(doc, "وائل سعيد الخطيب") or "").startswith(fold("وزارة التربية والتعليم"))


def test_delegation_staff_listed_with_expert_interpreter_and_officer_posts(tmp_path, res):
    fa = run(tmp_path, "چهارشنبه ۱۵ آذر ۱۴۰۲\n\nهیئتی از دانشگاه دولتی ورونژ روز سه‌شنبه با رئیس دانشگاه البرز دیدار "
                       "کرد. اعضای هیئت عبارت بودند از:\n"
                       "- دکتر سرگئی واسیلیف، مدیر روابط خارجی دانشگاه دولتی ورونژ؛\n"
                       "- خانم الگا نیکولایوا، کارشناس ارشد اداره امور دانشجویان بین‌المللی؛\n"
                       "- آقای دمیتری اورلوف، مترجم هیئت.", res)
    voronezh = fold("دانشگاه دولتی ورونژ")
    assert inst_of(fa, "الگا نیکولایوا") == voronezh
    assert inst_of(fa, "دمیتری اورلوف") == voronezh
    ar = run(tmp_path, "معان – الأربعاء ٧ أيار ٢٠٢٥\n\nاستقبل رئيس جامعة الحسين بن طلال وفدًا من جامعة نوفوسيبيرسك الحكومية. "
                       "وضم الوفد الروسي كلًا من:\n"
                       "- الأستاذ الدكتور أندريه سوكولوف، نائب رئيس جامعة نوفوسيبيرسك الحكومية للعلاقات الخارجية؛\n"
                       "- السيدة مارينا كوزنيتسوفا، مسؤولة قسم استقطاب الطلبة الأجانب.", res)
    assert inst_of(ar, "مارينا كوزنيتسوفا") == fold("جامعة نوفوسيبيرسك الحكومية")


def test_plan_of_joint_events_names_a_plan_and_co_organised_events_are_an_area(tmp_path, res):
    ru = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Приморский "
                       "государственный университет. Стороны договорились подготовить к маю план совместных "
                       "мероприятий.", res)
    assert "AcademicEvents" not in topics(ru)
    en = run(tmp_path, "LAKESIDE, 4 December 2024 - Under a memorandum of understanding agreed today, Lakeside "
                       "University and Hilltop University will pursue shared laboratory projects and the "
                       "co-organisation of conferences.", res)
    assert "AcademicEvents" in topics(en)


def test_russian_rectors_listed_with_their_universities_acronyms_in_brackets(tmp_path, res):
    doc = run(tmp_path, "29 мая 2025\n\n28 мая Северный федеральный университет принимал делегацию. В Москву прибыли "
                        "ректор Самаркандского государственного университета (СамГУ) Рустам Алишерович Каримов и "
                        "ректор Бухарского государственного университета (БухГУ) Дилноза Рашидовна Юсупова.", res)
    assert inst_of(doc, "Дилноза Рашидовна Юсупова") == fold("Бухарский государственный университет")
    assert inst_of(doc, "Рустам Алишерович Каримов") == fold("Самаркандский государственный университет")


def test_campus_in_a_coordinator_post_is_no_person(tmp_path, res):
    doc = run(tmp_path, "ANKARA, 18 September 2025 - A delegation of Lakeside University visited Hilltop University. "
                        "The delegation included Dr. Can Demir, Coordinator of the Lakeside University Northern "
                        "Lake Campus exchange programmes.", res)
    assert not any("Campus" in p.name for p in doc.persons)
    assert inst_of(doc, "Can Demir") == fold("Lakeside University")


def test_arabic_summer_programme_with_a_possessive(tmp_path, res):
    doc = run(tmp_path, "معان – الأربعاء ٧ أيار ٢٠٢٥\n\nوقعت جامعة الحسين بن طلال وجامعة نوفوسيبيرسك الحكومية مذكرة تفاهم "
                        "تستضيف بموجبها جامعة نوفوسيبيرسك كل عام مجموعة من طلبة معان ضمن برنامجها الصيفي للرياضيات.", res)
    assert "SummerSchool" in topics(doc)


def test_russian_academic_mobility_programme_signed_is_an_agreement(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Приморский "
                        "государственный университет. В завершение визита ректоры подписали программу "
                        "академической мобильности студентов и преподавателей до 2027 года.", res)
    assert ("Agreement", "signed") in agreements(doc)


def test_persian_professors_holding_courses_at_the_partner_are_staff_mobility(tmp_path, res):
    doc = run(tmp_path, "۱۲ مهر ۱۴۰۳\n\nدانشگاه علوم پزشکی تبریز و دانشگاه پزشکی دولتی ایروان تفاهم نامه همکاری "
                        "امضا کردند. طبق این سند، استادان دانشگاه علوم پزشکی تبریز سالی دو بار دوره های آموزشی "
                        "فشرده را در ایروان برگزار می کنند.", res)
    assert "StaffExchange" in topics(doc)
