"""Arabic university pages of many origins and events of three or more parties, in texts
written for these tests (whole pipeline unless said otherwise)."""
from __future__ import annotations

from loaders.dates import find_dates
from loaders.normalise import fold, normalise_text
from pipeline_documents import inst_named, inst_of, labels, run
from test_institutions import extract, res  # noqa: F401 - the shared fixture


def topics(doc) -> set[str]:
    return {t.code for t in doc.topics}


# ---------------------------------------------------------------- Arabic names

def test_arabic_name_goes_on_with_and_the_field(res):
    doc = extract("التقى وكيل وزارة التعليم العالي وفد جامعة النهرين. وعقد الاجتماع في مقر وزارة التعليم العالي "
                  "والبحث العلمي ببغداد.", "ar", res)
    ministry = inst_named(doc, "وزارة التعليم العالي والبحث العلمي")
    assert ministry is not None


def test_arabic_national_body_named_by_its_field(res):
    doc = extract("وقّعت جامعة الجوف والمركز الوطني للبحوث الزراعية والمجلس الأعلى للجامعات مذكرة تفاهم. "
                  "وناقش المجلس العلمي للكلية الخطة.", "ar", res)
    got = {fold(i.name) for i in doc.institutions}
    assert fold("المركز الوطني للبحوث الزراعية") in got
    assert fold("المجلس الأعلى للجامعات") in got
    assert not any(n.startswith(fold("المجلس العلمي")) for n in got)


def test_arabic_foreign_name_of_two_words_is_not_cut_by_its_shorter_use(res):
    doc = extract("اتفاقية بين جامعة الرافدين وجامعة نوفا كاريل في علوم المياه\n\n"
                  "وقّعت جامعة الرافدين وجامعة نوفا كاريل الفرنسية اليوم اتفاقية تعاون.", "ar", res)
    assert inst_named(doc, "جامعة نوفا كاريل") is not None


def test_arabic_university_named_after_a_person_and_its_city(res):
    doc = extract("جامعة عبد الكريم بوزيد - وهران\n\nاستقبلت جامعة وهران وفدا من جامعة لورين الفرنسية.", "ar", res)
    got = [fold(i.name) for i in doc.institutions]
    assert not any(n == fold("جامعة عبد الكريم") for n in got)
    assert len([n for n in got if fold("لورين") not in n]) == 1


def test_arabic_conference_centre_is_a_place(res):
    doc = extract("افتتحت جامعة الجوف في مركز المؤتمرات بالمدينة الجامعية ملتقى مع جامعة الملك فيصل.", "ar", res)
    assert not any(fold(i.name).startswith(fold("مركز")) for i in doc.institutions)


def test_arabic_the_university_of_a_country_is_the_one_named_with_that_adjective(tmp_path, res):
    doc = run(tmp_path, "وقعت جامعة الجوف وجامعة شيان جياوتونغ الصينية مذكرة تفاهم. ووقّع المذكرة عن جامعة الجوف "
                        "رئيسها الدكتور سعد ناصر الحربي، وعن الجامعة الصينية نائب رئيسها البروفيسور وانغ لي مينغ.", res)
    unis = [fold(i.name) for i in doc.institutions]
    assert fold("الجامعة الصينية") not in unis
    assert inst_of(doc, "وانغ لي مينغ") == fold("جامعة شيان جياوتونغ الصينية")


def test_ambassador_s_embassy_is_named_with_the_host_country_too(tmp_path, res):
    doc = run(tmp_path, "وقّعت جامعة الجوف وجامعة لورين الفرنسية اتفاقية تعاون بحضور سفير فرنسا في الأردن.", res)
    embassy = next(i for i in doc.institutions if fold(i.name).startswith(fold("سفارة")))
    assert fold("سفارة فرنسا في الأردن") in labels(embassy)
    doc = extract("The delegation attended a reception hosted by the British Embassy in Muscat.", "en", res)
    embassy = next(i for i in doc.institutions if "Embassy" in i.name)
    assert fold("British Embassy in Muscat") in labels(embassy)


# ---------------------------------------------------------------- Arabic officials

def test_arabic_post_of_the_side_it_represents(tmp_path, res):
    doc = run(tmp_path, "جامعة الجوف\n\nوقّعت جامعة الجوف والمجلس الوطني للبحوث العلمية وجامعة لورين الفرنسية "
                        "اتفاقية تعاون ثلاثية. مثّل الجامعة في التوقيع رئيسها الدكتور سعد ناصر الحربي، ومثّل المجلس "
                        "أمينه العام الدكتور فادي حنا، فيما وقّعت عن الجانب الفرنسي نائبة رئيس جامعة لورين "
                        "البروفسورة كلير دوبون.", res)
    assert inst_of(doc, "سعد ناصر الحربي") == fold("جامعة الجوف")
    assert inst_of(doc, "فادي حنا") == fold("المجلس الوطني للبحوث العلمية")


def test_arabic_post_with_a_preposition_of_the_ministry(tmp_path, res):
    doc = run(tmp_path, "في مقر وزارة التعليم العالي والبحث العلمي، التقى رئيس جامعة الكوفة الدكتور علي حسن "
                        "الجبوري بوكيل الوزارة لشؤون البحث العلمي الدكتور سامي كريم العبيدي.", res)
    assert inst_of(doc, "سامي كريم العبيدي") == fold("وزارة التعليم العالي والبحث العلمي")


def test_arabic_name_ends_before_what_the_verb_takes(tmp_path, res):
    doc = run(tmp_path, "واستعرض نائب رئيس جامعة الجوف الدكتور ماجد سالم حصيلة المشروع المشترك مع جامعة لورين. "
                        "وألقى رئيس جامعة لورين البروفيسور جان ماري كلمة في الافتتاح.", res)
    persons = {fold(p.name) for p in doc.persons}
    assert fold("ماجد سالم") in persons and fold("جان ماري") in persons


# ---------------------------------------------------------------- English ministries and posts

def test_english_ministry_after_a_possessive_keeps_its_fields(tmp_path, res):
    doc = run(tmp_path, "The Vice-Chancellor of Lakeside University met the Undersecretary for Higher Education "
                        "at Oman's Ministry of Higher Education, Research and Innovation (MoHERI), Dr Huda bint "
                        "Salim Al-Rawahi, in Muscat.", res)
    ministry = inst_named(doc, "Ministry of Higher Education, Research and Innovation")
    assert ministry is not None
    assert inst_of(doc, "Huda bint Salim Al-Rawahi") == fold(ministry.name)


def test_english_double_post_before_a_titled_name(tmp_path, res):
    doc = run(tmp_path, "Lakeside University signed an agreement with Hilltop University after a visit by "
                      "Lakeside's Vice-Chancellor and Chief Executive, Professor Mark Dennison.", res)
    assert {p.name for p in doc.persons} == {"Mark Dennison"}


def test_english_college_named_by_fields_is_a_unit(res):
    doc = extract("Dr Sara Lin, Dean of the College of Engineering and Physical Sciences at Lakeside University, "
                  "opened the workshop.", "en", res)
    assert [i.name for i in doc.institutions] == ["Lakeside University"]


# ---------------------------------------------------------------- dates

def test_range_with_the_weekday_of_the_second_day():
    got = find_dates(normalise_text("held on Monday 3 and Tuesday 4 March 2025 at the campus")[0], "en")
    assert [(d.start_date, d.end_date) for d in got] == [("2025-03-03", "2025-03-04")]
    got = find_dates(normalise_text("يومي الاثنين 3 والثلاثاء 4 آذار 2025")[0], "ar")
    assert [(d.start_date, d.end_date) for d in got] == [("2025-03-03", "2025-03-04")]
    # weekdays are often written without the hamza
    got = find_dates(normalise_text("يومي الثلاثاء 4 والاربعاء 5 آذار 2025")[0], "ar")
    assert [(d.start_date, d.end_date) for d in got] == [("2025-03-04", "2025-03-05")]


# ---------------------------------------------------------------- agreements

def test_draft_trilateral_framework_and_a_running_summer_internship(tmp_path, res):
    doc = run(tmp_path, "Lakeside University, Hilltop University and Riverside University held a workshop on "
                        "12 May 2025. The workshop closed with the partners agreeing a draft trilateral research "
                        "framework. Lakeside University and Hilltop University already run a summer research "
                        "internship that has brought students to partner laboratories since 2021.", res)
    got = {(a.status, len(a.parties)) for a in doc.agreements}
    assert ("planned", 3) in got and ("active", 2) in got


def test_arabic_running_double_master_and_co_supervision_programme(tmp_path, res):
    doc = run(tmp_path, "وقّعت جامعة الجوف وجامعة لورين الفرنسية اتفاقية تعاون. وتستند الاتفاقية إلى الماستر "
                        "المزدوج الذي تديره جامعة الجوف وجامعة لورين منذ عام 2019.\n\n"
                        "وأشار إلى أن برنامج الإشراف المشترك على طلبة الدكتوراه القائم بين جامعة الجوف وجامعة "
                        "الملك فيصل منذ عام 2020 يضم عشرة طلاب.", res)
    active = [a for a in doc.agreements if a.status == "active"]
    assert len(active) == 2


def test_arabic_running_research_project_is_an_agreement(tmp_path, res):
    doc = run(tmp_path, "عقد ممثلو جامعة الجوف وجامعة لورين الفرنسية جلسة عمل يوم 3 آذار 2025. واستعرض الجانبان "
                        "مشروع البحث الجاري بين جامعة الجوف وجامعة لورين منذ عام 2023.", res)
    assert any(a.status == "active" for a in doc.agreements)


def test_russian_trilateral_agreement_on_a_network_master_is_one_programme(tmp_path, res):
    doc = run(tmp_path, "Северный университет\n\nСеверный университет, Южный университет и Горный университет подписали трёхстороннее "
                        "соглашение о сетевой магистратуре.\n\n"
                        "12 марта 2025 года состоялась церемония подписания трёхстороннего соглашения между "
                        "Северным университетом, Южным университетом и Горным университетом.\n\n"
                        "«С Южным университетом нас связывает соглашение о сотрудничестве 2021 года, в рамках "
                        "которого уже идут обмены аспирантами», — отметил ректор.", res)
    got = sorted((a.status, a.type, len(a.parties)) for a in doc.agreements)
    assert got == [("active", "CooperationAgreement", 2), ("signed", "JointProgramme", 3)]


# ---------------------------------------------------------------- Russian names

def test_russian_numbered_university_and_its_acronyms(tmp_path, res):
    doc = run(tmp_path, "СГТУ-ОТИ — Северный государственный технический университет\n\n"
                        "В Алжире подписано соглашение между Северным государственным техническим университетом – "
                        "ОТИ и Университетом Оран-2 имени Мохамеда Будиафа. Подписи поставили ректор СГТУ-ОТИ "
                        "Иван Петрович Соколов и ректор Университета Оран-2 Карим Бенали.", res)
    unis = [i for i in doc.institutions if i.kind == "University"]
    assert len(unis) == 2
    assert inst_of(doc, "Иван Петрович Соколов") == fold("Северный государственный технический университет")
    assert inst_of(doc, "Карим Бенали") == fold("Университет Оран-2 имени Мохамеда Будиафа")


def test_russian_ministry_named_by_country_and_by_the_state(tmp_path, res):
    doc = run(tmp_path, "Делегация Северного университета провела переговоры в Министерстве высшего образования "
                        "Сирии.\n\nВо вторник, 17 сентября 2024 года, делегация Северного университета приняла участие "
                        "в трёхсторонней встрече в Министерстве высшего образования и научных исследований Сирийской "
                        "Арабской Республики с университетом Тишрин.", res)
    ministries = [i for i in doc.institutions if i.kind == "GovernmentBody"]
    assert len(ministries) == 1
    meeting = next(e for e in doc.events if e.primary)
    assert ministries[0].key in meeting.participants and len(meeting.participants) == 3


# ---------------------------------------------------------------- Persian

def test_persian_plural_head_before_prose_names_nothing(res):
    doc = extract("دانشگاه البرز آماده پذیرش دانشجویان از دانشگاه های اقلیم و اجرای طرح های پژوهشی مشترک است.",
                  "fa", res)
    assert [fold(i.name) for i in doc.institutions] == [fold("دانشگاه البرز")]


# ---------------------------------------------------------------- topics

def test_arabic_topics_of_labs_workshops_grants_editions_and_cultural_weeks(tmp_path, res):
    doc = run(tmp_path, "وقّعت جامعة الجوف وجامعة لورين الفرنسية مذكرة تفاهم يوم 3 آذار 2025 تنص على إنشاء معمل "
                        "بحثي مشترك، وتنظيم ورشة تدريبية للتدريسيين، وتخصيص عشر منح للباحثين، وإحياء الأسابيع "
                        "الثقافية، وإنجاز أطروحات للدكتوراه بإشراف مزدوج، وتنقل طلبة الدكتوراه بين المخابر، "
                        "على أن تحتضن جامعة لورين الطبعة الرابعة من الملتقى.", res)
    assert {"JointResearch", "Training", "Scholarship", "Culture", "JointDegree", "StudentExchange",
            "AcademicEvents"} <= topics(doc)


def test_arabic_jointly_supervised_theses_are_research_not_a_degree(tmp_path, res):
    # double supervision ("cotutelle") gives a degree from each side; joint supervision does not
    doc = run(tmp_path, "وقّعت جامعة الجوف وجامعة لورين الفرنسية مذكرة تفاهم يوم 3 آذار 2025 تدعو إلى "
                        "الإشراف المشترك على أطاريح الدكتوراه في علوم المياه.", res)
    assert "JointResearch" in topics(doc) and "JointDegree" not in topics(doc)


def test_persian_topics_of_a_language_chair_and_reversed_joint_projects(tmp_path, res):
    doc = run(tmp_path, "رئیس دانشگاه البرز روز دوشنبه ۳ اردیبهشت ۱۴۰۳ با هیئت دانشگاه حلب دیدار کرد و از کرسی "
                        "آموزش زبان فارسی در دانشگاه حلب و طرح های مشترک پژوهشی دو دانشگاه سخن گفت و پیشنهاد کرد "
                        "همایش مشترکی برگزار شود.", res)
    assert {"Culture", "JointResearch", "AcademicEvents"} <= topics(doc)


def test_english_annual_trilateral_symposium_and_internship_at_the_partner(tmp_path, res):
    doc = run(tmp_path, "Lakeside University, Hilltop University and Riverside University signed a memorandum on "
                        "12 May 2025 that foresees an annual trilateral symposium. Lakeside University already runs "
                        "a summer internship that has brought thirty students to Hilltop laboratories.", res)
    assert "AcademicEvents" in topics(doc)
    assert "Training" not in topics(doc)


def test_running_scholarship_scheme_funded_by_a_ministry(tmp_path, res):
    doc = run(tmp_path, "Lakeside University\n\nOn 3 March 2025 the Vice-Chancellor of Lakeside University met the "
                        "Minister at the Ministry of Higher Education and Research (MoHER) and the President of "
                        "Hilltop University. The meeting also reviewed the MoHER-funded doctoral scholarship scheme, "
                        "under which graduates have studied at Lakeside University since 2015.", res)
    ministry = inst_named(doc, "Ministry of Higher Education and Research")
    lakeside = inst_named(doc, "Lakeside University")
    assert any(a.status == "active" and set(a.parties) == {ministry.key, lakeside.key} for a in doc.agreements)


def test_persian_running_language_chair_and_a_draft_for_a_joint_master(tmp_path, res):
    doc = run(tmp_path, "هیئتی از دانشگاه حلب روز دوشنبه ۳ اردیبهشت ۱۴۰۳ با رئیس دانشگاه البرز دیدار کرد. رئیس "
                        "دانشگاه البرز به کرسی آموزش زبان فارسی که از سال ۱۳۹۵ در دانشگاه حلب دایر است اشاره کرد. "
                        "مقرر شد پیش‌نویس تفاهم‌نامه‌ای برای راه‌اندازی دوره کارشناسی ارشد مشترک تهیه شود.", res)
    got = sorted(a.status for a in doc.agreements)
    assert got == ["active", "planned"]


def test_russian_running_internship_programme_and_joint_publications(tmp_path, res):
    doc = run(tmp_path, "Воронежский университет\n\n17 сентября 2024 года делегация Северного университета провела "
                        "переговоры с университетом Тишрин. Стороны подвели итоги программы стажировок для "
                        "преподавателей, которую Северный университет и университет Тишрин реализуют с 2020 года. "
                        "Ректор предложил дополнить программу совместными полевыми исследованиями и публикациями.", res)
    assert any(a.status == "active" for a in doc.agreements)
    assert "JointPublication" in topics(doc)


def test_the_trip_whose_days_hold_the_signing_is_an_event_too(tmp_path, res):
    doc = run(tmp_path, "Северный университет\n\n13 марта 2025 г.\n\n"
                        "В Алжире состоялась церемония подписания соглашения между Северным университетом и "
                        "Университетом Оран-2. Документ подписан 12 марта 2025 года.\n\n"
                        "Подписание стало главным событием поездки делегации, находившейся в Алжире с 10 по 14 марта.",
              res)
    got = {(e.type, e.start, e.end) for e in doc.events}
    assert ("Visit", "2025-03-10", "2025-03-14") in got
    assert any(t == "SigningCeremony" and s == "2025-03-12" for t, s, _ in got)
