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
    doc = run(tmp_path, "ПРИМОРСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ\nУниверситет | Абитуриентам | Наука | Новости\n\n"
                        "10.10.2024\n\nДелегация Северного федерального университета посетила Приморский "
                        "государственный университет.", res)
    assert not any(n.count(fold("университет")) > 1 for n in names(doc))


# ---------------------------------------------------------------- agreements still in force

def test_russian_agreement_signed_years_ago_that_still_runs_is_active(tmp_path, res):
    doc = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                        "федеральный университет. Соглашение о сотрудничестве между университетами, подписанное "
                        "в 2015 году, продолжает действовать, и на его основе проходят стажировки.", res)
    assert ("CooperationAgreement", "active") in agreements(doc)
    assert ("CooperationAgreement", "signed") not in agreements(doc)


def test_english_memorandum_first_signed_years_ago_remains_in_force(tmp_path, res):
    doc = run(tmp_path, "LAKESIDE, 4 December 2024 - Lakeside University hosted a delegation of Hilltop University "
                        "today. The two universities first signed a memorandum of understanding in 2018, which "
                        "remains in force until 2028.", res)
    assert agreements(doc) == [("MemorandumOfUnderstanding", "active")]


def test_persian_memorandum_signed_and_still_valid_is_active(tmp_path, res):
    doc = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد. "
                        "نخستین تفاهم‌نامه همکاری دو دانشگاه در سال ۱۳۹۵ امضا شده و همچنان اعتبار دارد.", res)
    assert agreements(doc) == [("MemorandumOfUnderstanding", "active")]


def test_arabic_agreement_signed_in_a_past_year_with_the_parties_between(tmp_path, res):
    doc = run(tmp_path, "حلب – الخميس ٢١ تشرين الثاني ٢٠٢٤\n\nاستقبل رئيس جامعة الساحل وفدًا من جامعة سانت بطرسبورغ "
                        "الحكومية. وأوضح الرئيس أن اتفاقية التعاون العلمي الموقعة بين جامعة الساحل وجامعة سانت "
                        "بطرسبورغ عام ٢٠٠٩ لم تُلغَ، لكنها شهدت فتورًا خلال السنوات الماضية.", res)
    assert agreements(doc) == [("CooperationAgreement", "signed")]


# ---------------------------------------------------------------- the agreement of a joint programme

def test_double_degree_agreement_is_one_joint_programme(tmp_path, res):
    doc = run(tmp_path, "LAKESIDE, 3 March 2025 - Lakeside University and Hilltop University today signed a "
                        "double-degree agreement in chemistry.", res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_joint_phd_agreement_told_again_as_the_new_agreement(tmp_path, res):
    doc = run(tmp_path, "Lakeside University and Hilltop University sign joint PhD agreement\n\n"
                        "LAKESIDE, 3 March 2025 - Lakeside University and Hilltop University today signed an "
                        "agreement to run a joint doctoral programme in geology. Under the new agreement, "
                        "candidates will be supervised by academics from both universities.", res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_russian_contract_on_a_two_diploma_programme_is_a_joint_programme(tmp_path, res):
    doc = run(tmp_path, "13.03.2025\n\n12 марта Северный федеральный университет посетила делегация Приморского "
                        "государственного университета. Главным итогом визита стало подписание договора о "
                        "реализации образовательной программы двух дипломов магистратуры по направлению «Химия».",
              res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_persian_agreement_carrying_out_a_dual_master_and_the_signed_agreement_told_again(tmp_path, res):
    doc = run(tmp_path, "سه‌شنبه ۲۲ آبان ۱۴۰۳\n\nهیئتی از دانشگاه ساحل روز دوشنبه با رئیس دانشگاه البرز دیدار "
                        "کرد و در پایان این دیدار موافقت‌نامه اجرای دوره مشترک کارشناسی ارشد دوگانه در رشته "
                        "شیمی به امضای طرفین رسید. بر اساس موافقت‌نامه امضاشده، دانشجویان سال نخست را در البرز "
                        "می‌گذرانند و پایان‌نامه آنان با راهنمایی مشترک استادان دو دانشگاه تدوین می‌شود.", res)
    assert agreements(doc) == [("JointProgramme", "signed")]


def test_russian_programme_running_past_a_relative_clause_and_a_plan_of_joint_events(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Приморский "
                        "государственный университет. «Программа совместной подготовки инженеров, по которой "
                        "студенты учатся два года в одном городе и два года в другом, действует уже пять лет», — "
                        "сказал ректор. Стороны договорились подготовить к маю план совместных мероприятий.", res)
    assert ("JointProgramme", "active") in agreements(doc)
    assert ("ActionPlan", "planned") in agreements(doc)


def test_arabic_plan_proposed_to_include_work_that_runs_stays_planned(tmp_path, res):
    doc = run(tmp_path, "حلب – الخميس ٢١ تشرين الثاني ٢٠٢٤\n\nاستقبل رئيس جامعة الساحل وفدًا من جامعة سانت "
                        "بطرسبورغ الحكومية. واتفق الجانبان على إعداد خطة تنفيذية للعامين المقبلين.\n\n"
                        "وقدّمت نائبة الرئيس عرضًا، مقترحةً أن تشمل الخطة التنفيذية مشاركة باحثين في أعمال "
                        "التنقيب التي تنفذها الجامعة.", res)
    assert agreements(doc) == [("ActionPlan", "planned")]


# ---------------------------------------------------------------- ministries and their people

def test_russian_participle_before_a_ministry_is_not_its_name(tmp_path, res):
    doc = run(tmp_path, "13.03.2025\n\n12 марта Северный федеральный университет посетила делегация. Анна Петрова, "
                        "представляющая Министерство высшего образования и научных исследований Египта, сообщила "
                        "о стипендиях.", res)
    ministry = inst_named(doc, "Министерство высшего образования и научных исследований Египта")
    assert ministry is not None
    assert not any(fold("представля") in n for n in names(doc))


def test_russian_deputy_minister_of_a_portfolio_listed_with_commas(tmp_path, res):
    doc = run(tmp_path, "29 мая 2025\n\n28 мая Северный федеральный университет принимал делегацию, которую "
                        "возглавил заместитель министра высшего образования, науки и инноваций Республики "
                        "Узбекистан Тимур Алишерович Каримов. Отдельно обсуждался вопрос о выделении "
                        "министерством стипендий для аспирантов.", res)
    assert (inst_of(doc, "Тимур Алишерович Каримов") or "").startswith(fold("Министерство высшего образования"))
    assert not any(fold("стипенд") in n for n in names(doc))


def test_russian_assistant_minister_with_a_portfolio_of_his_own(tmp_path, res):
    doc = run(tmp_path, "13.03.2025\n\n12 марта Северный федеральный университет посетила делегация. В её состав "
                        "вошли помощник министра высшего образования и научных исследований Египта по "
                        "международным связям Нур Ахмед Саид и декан Ильдар Маратович Гарипов. Нур Саид, "
                        "представляющая Министерство высшего образования и научных исследований Египта, "
                        "рассказала о стипендиях.", res)
    assert (inst_of(doc, "Нур Ахмед Саид") or "").startswith(fold("Министерство высшего образования"))


def test_russian_embassy_in_a_country_written_with_vo(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nПредставители Северного федерального университета посетили Посольство "
                        "России во Вьетнаме.", res)
    assert inst_named(doc, "Посольство России во Вьетнаме") is not None


def test_russian_side_listed_after_took_part_goes_to_the_university_not_the_ministry(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Ханойский "
                        "университет науки и технологий. С вьетнамской стороны во встрече приняли участие "
                        "президент университета профессор Ле Ван Тхань, вице-президент по научной работе Фам Тхи "
                        "Лан и декан Школы энергетики Чан Куок Бао.\n\n27 февраля представители делегации "
                        "провели консультации в Министерстве образования и подготовки кадров Вьетнама.", res)
    hanoi = fold("Ханойский университет науки и технологий")
    assert inst_of(doc, "Фам Тхи Лан") == hanoi
    assert inst_of(doc, "Чан Куок Бао") == hanoi


def test_bare_title_of_a_person_with_a_post_is_no_second_post(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Ханойский "
                        "университет науки и технологий. С вьетнамской стороны во встрече принял участие президент "
                        "университета профессор Ле Ван Тхань. Профессор Ле Ван Тхань, сам выпускник Северного "
                        "федерального университета, напомнил о давних связях.", res)
    person = next(p for p in doc.persons if fold(p.name) == fold("Ле Ван Тхань"))
    assert len([p for p in doc.posts if p.person == person.key]) == 1


# ---------------------------------------------------------------- where a name ends

def test_arabic_verbal_noun_after_a_university_is_not_its_name(tmp_path, res):
    doc = run(tmp_path, "عمّان – الثلاثاء ١٥ نيسان ٢٠٢٥\n\nوقع رئيس الجامعة الأردنية البرنامج الذي يتيح لطلبة "
                        "جامعة قازان الالتحاق بفصل دراسي كامل.", res)
    assert fold("جامعة قازان") in names(doc)
    assert not any(fold("الالتحاق") in n for n in names(doc))


def test_persian_bound_for_ends_a_university_name(tmp_path, res):
    doc = run(tmp_path, "۱۶ اردیبهشت ۱۴۰۴\n\nهیئت عراقی با رئیس دانشگاه البرز دیدار کرد. این هیئت فردا برای "
                        "دیدار با مسئولان دانشگاه صنعتی ساحل عازم این دانشگاه خواهد شد.", res)
    assert not any(fold("عازم") in n for n in names(doc))


def test_persian_teaching_hospital_is_a_unit_of_the_medical_university(tmp_path, res):
    doc = run(tmp_path, "۱۲ مهر ۱۴۰۳\n\nرئیس دانشگاه علوم پزشکی تبریز با هیئتی از دانشگاه پزشکی دولتی ایروان "
                        "دیدار کرد. دو طرف از برگزاری دوره های مشترک جراحی قلب در بیمارستان شهید مدنی سخن گفتند.", res)
    assert not any(n.startswith(fold("بیمارستان")) for n in names(doc))

# ---------------------------------------------------------------- delegations listed member by member

def test_delegation_list_under_a_heading_naming_the_institution(tmp_path, res):
    doc = run(tmp_path, "LAKESIDE, 4 December 2024 - Lakeside University (LU) and Hilltop University (HU) today "
                        "signed a memorandum of understanding.\n\nThe visiting HU delegation comprised:\n\n"
                        "• Professor Mina Rahimi, Dean of the School of Nursing;\n"
                        "• Ms. Sara Karimi, Senior Officer for International Students.\n\n"
                        "LU was represented by Professor John Tan, Deputy Vice-Chancellor.", res)
    hilltop = fold("Hilltop University")
    assert inst_of(doc, "Mina Rahimi") == hilltop
    assert inst_of(doc, "Sara Karimi") == hilltop


def test_persian_deputy_minister_of_a_republic_works_at_the_ministry_named_without_it(tmp_path, res):
    doc = run(tmp_path, "۱۲ مهر ۱۴۰۳\n\nرئیس دانشگاه علوم پزشکی تبریز به ارمنستان سفر کرد و از دانشگاه پزشکی دولتی "
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
                       "الحكومية، واتفق الجانبان على إيفاد طلبة روس لدورات اللغة العربية في الجامعة.", res)
    assert {"Culture", "StudentExchange"} <= topics(ar)
    ru = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                       "федеральный университет. Стороны обсудили развитие преподавания русского языка как "
                       "иностранного для преподавателей приморского вуза.", res)
    assert "Culture" in topics(ru)
    fa = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد و دو طرف "
                       "درباره اعزام استادان برای تدریس زبان فارسی در دانشگاه ساحل گفت‌وگو کردند.", res)
    assert "Culture" in topics(fa)
    # (a language summer school is a school only)
    school = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                           "федеральный университет. Студенты Северного университета ежегодно участвуют в летней "
                           "школе по китайскому языку.", res)
    assert "Culture" not in topics(school)


def test_terms_and_research_stays_of_students_at_the_partner(tmp_path, res):
    fa = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد. چند نفر از "
                       "دانشجویان دکتری دانشگاه البرز دوره‌های پژوهشی کوتاه‌مدت خود را در آزمایشگاه‌های دانشگاه "
                       "ساحل گذرانده‌اند.", res)
    assert "StudentExchange" in topics(fa)
    en = run(tmp_path, "LAKESIDE, 4 December 2024 - Lakeside University hosted a delegation of Hilltop University "
                       "today to sign an agreement. Six Lakeside students have completed research attachments "
                       "at Hilltop University.", res)
    assert "StudentExchange" in topics(en)
    ar = run(tmp_path, "عمّان – الثلاثاء ١٥ نيسان ٢٠٢٥\n\nوقعت الجامعة الأردنية وجامعة قازان الفيدرالية اليوم مذكرة "
                       "تفاهم تتيح لطلبة جامعة قازان الالتحاق بفصل دراسي كامل في الجامعة الأردنية.", res)
    assert "StudentExchange" in topics(ar)


def test_quotas_teachers_reading_courses_and_joint_papers(tmp_path, res):
    ru = run(tmp_path, "29 мая 2025\n\nДелегация Приморского государственного университета посетила Северный "
                       "федеральный университет. Обсуждались квоты на обучение по линии правительства и "
                       "возможность привлекать преподавателей Северного университета к чтению курсов в Приморье.",
             res)
    assert {"Scholarship", "StaffExchange"} <= topics(ru)
    placements = run(tmp_path, "10.10.2024\n\nДелегация Приморского государственного университета посетила Северный "
                               "федеральный университет. Проректор предложила организовать для студентов приморского "
                               "вуза короткие исследовательские практики в лабораториях Северного университета.", res)
    assert "StudentExchange" in topics(placements)
    fa = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد. بیش از ده "
                       "مقاله مشترک حاصل همکاری دو دانشگاه است.", res)
    assert "JointPublication" in topics(fa)


def test_persian_centre_that_can_offer_online_courses_is_no_unit_name(tmp_path, res):
    doc = run(tmp_path, "دوشنبه ۷ مهر ۱۴۰۴\n\nهیئتی از دانشگاه ساحل با رئیس دانشگاه البرز دیدار کرد و موافقت‌نامه "
                        "راه‌اندازی مرکز زبان فارسی امضا شد. انتظار داریم این مرکز بتواند دوره‌های مجازی را نیز "
                        "ارائه کند.", res)
    assert "OnlineEducation" in topics(doc)
    assert not any(fold("بتواند") in fold(u.name) for u in doc.units)


def test_agreement_in_force_beside_an_old_one_and_a_partnership_grown_into_a_double_degree(tmp_path, res):
    doc = run(tmp_path, "ANKARA, 18 September 2025 - A delegation of Lakeside University visited Hilltop University "
                        "on 17 September. Relations between Lakeside University and Hilltop University go back to a "
                        "bilateral agreement signed in 2012; an Erasmus+ inter-institutional agreement between the "
                        "two universities is also currently in force.\n\nThe rector of Hilltop University proposed "
                        "extending the partnership into a double-degree master's programme in physics. Both sides "
                        "agreed to draft the curriculum, with the aim of signing the programme agreement in spring "
                        "2026.", res)
    assert agreements(doc) == [("CooperationAgreement", "active"), ("CooperationAgreement", "signed"),
                               ("JointProgramme", "planned")]


def test_arabic_assistant_minister_for_his_own_affairs_works_at_the_ministry(tmp_path, res):
    doc = run(tmp_path, "حلب – الخميس ٢١ تشرين الثاني ٢٠٢٤\n\nوفد من جامعة سانت بطرسبورغ الحكومية في جامعة الساحل "
                        "ووزارة التعليم العالي\n\nبحث رئيس جامعة الساحل الدكتور سامي النجار مع وفد جامعة سانت "
                        "بطرسبورغ الحكومية سبل التعاون، وذلك بحضور معاون وزير التعليم العالي والبحث العلمي لشؤون "
                        "البحث العلمي الدكتور نبيل حسن الأحمد.\n\nوفي لقاء منفصل في مقر وزارة التعليم العالي "
                        "والبحث العلمي أكد الأحمد دعم الوزارة للتعاون.", res)
    assert (inst_of(doc, "نبيل حسن الأحمد") or "").startswith(fold("وزارة التعليم العالي"))


def test_delegation_staff_listed_with_expert_interpreter_and_officer_posts(tmp_path, res):
    fa = run(tmp_path, "سه‌شنبه ۲۲ آبان ۱۴۰۳\n\nهیئتی از دانشگاه فدرال اورال روز دوشنبه با رئیس دانشگاه البرز دیدار "
                       "کرد. اعضای هیئت عبارت بودند از:\n"
                       "- دکتر ماکسیم پتروف، معاون بین‌الملل دانشگاه فدرال اورال؛\n"
                       "- خانم آنا ایوانوا، کارشناس ارشد دفتر پذیرش دانشجویان خارجی؛\n"
                       "- آقای ایگور سمیونوف، مترجم هیئت.", res)
    ural = fold("دانشگاه فدرال اورال")
    assert inst_of(fa, "آنا ایوانوا") == ural
    assert inst_of(fa, "ایگور سمیونوف") == ural
    ar = run(tmp_path, "عمّان – الثلاثاء ١٥ نيسان ٢٠٢٥\n\nاستقبل رئيس الجامعة الأردنية وفدًا من جامعة قازان الفيدرالية. "
                       "وتألف الوفد الروسي من:\n"
                       "- الأستاذ الدكتور رستم فاضلوف، نائب رئيس جامعة قازان الفيدرالية للشؤون الدولية؛\n"
                       "- السيدة ليلى صابروفا، مسؤولة مكتب التعاون مع الدول العربية.", res)
    assert inst_of(ar, "ليلى صابروفا") == fold("جامعة قازان الفيدرالية")


def test_plan_of_joint_events_names_a_plan_and_co_organised_events_are_an_area(tmp_path, res):
    ru = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Приморский "
                       "государственный университет. Стороны договорились подготовить к маю план совместных "
                       "мероприятий.", res)
    assert "AcademicEvents" not in topics(ru)
    en = run(tmp_path, "LAKESIDE, 4 December 2024 - Lakeside University and Hilltop University today signed a "
                       "memorandum of understanding covering joint research and the co-organisation of academic "
                       "events.", res)
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
    doc = run(tmp_path, "عمّان – الثلاثاء ١٥ نيسان ٢٠٢٥\n\nوقعت الجامعة الأردنية وجامعة قازان الفيدرالية اليوم مذكرة "
                        "تفاهم تستقبل بموجبها جامعة قازان طلبة أردنيين في برنامجها الصيفي للغة الروسية.", res)
    assert "SummerSchool" in topics(doc)


def test_russian_academic_mobility_programme_signed_is_an_agreement(tmp_path, res):
    doc = run(tmp_path, "28.02.2025\n\nДелегация Северного федерального университета посетила Приморский "
                        "государственный университет. По итогам встречи ректоры подписали новую программу "
                        "академической мобильности на 2025–2028 годы.", res)
    assert ("Agreement", "signed") in agreements(doc)


def test_persian_professors_holding_courses_at_the_partner_are_staff_mobility(tmp_path, res):
    doc = run(tmp_path, "۱۲ مهر ۱۴۰۳\n\nدانشگاه علوم پزشکی تبریز و دانشگاه پزشکی دولتی ایروان تفاهم نامه همکاری "
                        "امضا کردند. بر اساس این تفاهم نامه استادان دانشگاه علوم پزشکی تبریز هر سال دوره های کوتاه "
                        "آموزشی را در ایروان برگزار می کنند.", res)
    assert "StaffExchange" in topics(doc)
