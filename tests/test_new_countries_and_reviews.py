"""Round h19: names of control systems, state universities of a city, surname adjectives,
acting posts, degrees between a post and a name, sides named by a country adjective,
quoted Persian names, reversed Persian MoU words (texts written for these tests)."""
from __future__ import annotations

from loaders.normalise import fold
from pipeline_documents import names, run
from test_institutions import extract as extract_institutions, res  # noqa: F401 - the shared fixture


def person(doc, name: str):
    """(name as extracted, institution name) of the official whose name contains `name`."""
    for post in doc.posts:
        p = doc.person(post.person)
        if any(fold(name) in fold(n) for n in [p.name, *p.names]):
            inst = doc.institution(post.institution)
            return p.name, (fold(inst.name) if inst else None)
    return None


# ---------------------------------------------------------------- Russian names

def test_russian_university_of_systems_goes_on_with_its_fields(res):
    doc = extract_institutions("Делегация Омского государственного университета систем связи и радиоэлектроники "
                               "посетила Минск.", "ru", res)
    assert fold("Омский государственный университет систем связи и радиоэлектроники") in names(doc)


def test_russian_national_university_of_a_state_in_a_city(res):
    doc = extract_institutions("Институт входит в Национальный университет Казахстана в Караганде с прошлого года.",
                               "ru", res)
    assert any(n.endswith(fold("Казахстана в Караганде")) for n in names(doc))


def test_russian_surname_adjective_is_the_institution_named_after_that_person(res):
    doc = extract_institutions("Меморандум подписан в Северном аграрном университете имени П.И. Сомова. "
                               "Ректор Сомовской академии отметил, что партнёры из Лаоса приедут весной.", "ru", res)
    assert not any(n.startswith(fold("Сомовск")) for n in names(doc))
    assert len(doc.institutions) == 1


# ---------------------------------------------------------------- Russian officials

def test_russian_acting_vice_rector_keeps_a_woman_s_surname(tmp_path, res):
    doc = run(tmp_path, "В Казани прошла встреча. В делегацию Северного аграрного университета вошли и.о. проректора "
                        "по науке Т. В. Журавлёва и декан агрономического факультета Олег Петрович Зуев.", res)
    found = person(doc, "Журавл")
    assert found is not None and fold(found[0]).endswith(fold("Журавлёва"))


def test_russian_fixed_foreign_surname_is_not_declined(tmp_path, res):
    doc = run(tmp_path, "Гостей из Северного аграрного университета принял ректор Ханойского аграрного университета "
                        "профессор Чан Тхань Зунг.", res)
    found = person(doc, "Зунг")
    assert found is not None and fold("Тхань") in fold(found[0])


def test_russian_vice_chancellor_and_degrees_between_post_and_name(tmp_path, res):
    doc = run(tmp_path, "Соглашение подписали ректор Северного аграрного университета, доктор биологических наук, "
                        "профессор Пётр Ильич Соколов и вице-канцлер Университета Найроби профессор Джон Мванги Отиено.\n\n"
                        "Стороны договорились о стажировках.", res)
    found = person(doc, "Соколов")
    assert found is not None and found[1] == fold("Северный аграрный университет")


def test_russian_vice_chancellor_is_a_post(tmp_path, res):
    doc = run(tmp_path, "Меморандум подписали ректор Северного аграрного университета Пётр Ильич Соколов и "
                        "вице-канцлер Университета Найроби профессор Джон Отиено.", res)
    found = person(doc, "Отиено")
    assert found is not None and found[1] is not None and fold("Найроби") in found[1]


# ---------------------------------------------------------------- Persian

def test_persian_side_named_by_country_adjective_gives_its_officials(tmp_path, res):
    doc = run(tmp_path, "نشست مجازی مسئولان دانشگاه البرز و دانشگاه ملی تاجیکستان امروز برگزار شد.\n\n"
                        "از سوی دانشگاه تاجیکی، دکتر رستم نظراف، رئیس دانشکده حقوق، و دکتر فرید کریموف، مدیر دفتر "
                        "روابط بین‌الملل، در نشست حضور داشتند.", res)
    found = person(doc, "فرید کریموف")
    assert found is not None and found[1] == fold("دانشگاه ملی تاجیکستان")


def test_persian_reported_verb_is_no_part_of_a_name(res):
    doc = extract_institutions("او از برنامه‌های تازه گروه زبان دانشگاه ایروان خبر داد.", "fa", res)
    assert fold("دانشگاه ایروان") in names(doc)


def test_persian_kind_then_quoted_name(res):
    doc = extract_institutions("دوره مشترک ما با دانشگاه ملی پژوهشی «انستیتو فیزیک کازان» آغاز شد.", "fa", res)
    assert fold("دانشگاه ملی پژوهشی انستیتو فیزیک کازان") in names(doc)


def test_persian_letter_of_understanding_to_be_finalised_is_planned(tmp_path, res):
    doc = run(tmp_path, "نشست دانشگاه البرز و دانشگاه ملی تاجیکستان امروز برگزار شد. طرفین توافق کردند متن نامه "
                        "تفاهم همکاری تا پایان خرداد نهایی و برای امضا آماده شود.", res)
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_persian_textbooks_of_persian_are_culture(tmp_path, res):
    doc = run(tmp_path, "نشست دانشگاه البرز و دانشگاه ملی تاجیکستان امروز برگزار شد. قرار شد یک دوره آموزش مجازی "
                        "زبان فارسی برای دانشجویان تاجیک برگزار شود و منابع درسی جدید فارسی تدوین شود.", res)
    assert "Culture" in {t.code for t in doc.topics}


# ---------------------------------------------------------------- English

def test_english_headline_plan_and_provisional_date_leave_the_meeting_its_weekday(tmp_path, res):
    doc = run(tmp_path, "Alpha University\n\n12 March 2025\n\n"
                        "Alpha and Beta review student mobility online, plan first joint winter school\n\n"
                        "Senior staff of Alpha University and Beta University met by videoconference on Wednesday "
                        "to review the student mobility of the two universities.\n\n"
                        "They discussed a joint winter school on coastal ecology, provisionally scheduled for "
                        "February 2026 in Beta.", res)
    primary = [e for e in doc.events if e.primary]
    assert primary and primary[0].start == "2025-03-12" and primary[0].type == "Meeting"


def test_english_its_institute_is_a_unit(res):
    doc = extract_institutions("The rector said Alpha University would welcome visiting researchers to its Institute "
                               "of Coastal and Marine Studies next year.", "en", res)
    assert names(doc) == {fold("Alpha University")}


def test_english_institute_toured_on_a_visit_is_a_unit(res):
    doc = extract_institutions("A delegation from Beta University visited Alpha University on Monday. The guests later "
                               "toured the central library and the Institute of Pacific Studies.", "en", res)
    assert fold("Institute of Pacific Studies") not in names(doc)


def test_english_college_in_a_post_after_a_possessive_is_that_university_s_unit(tmp_path, res):
    doc = run(tmp_path, "The forum was co-organised by Alpha University and Beta University. Beta's Principal of the "
                        "College of Veterinary and Animal Sciences, Prof. Ruth Achieng, called for shared data.", res)
    assert fold("College of Veterinary and Animal Sciences") not in names(doc)
    found = person(doc, "Achieng")
    assert found is not None and found[1] == fold("Beta University")


def test_english_catalan_double_surname_and_a_programme_coordinator(tmp_path, res):
    doc = run(tmp_path, "Alpha University and the University of Girona met online. The Girona side was represented by "
                        "Dr. Nuria Vila i Roca, Vice-Rector for Research at the University of Girona, and by "
                        "Prof. Marc Soler, coordinator of the Coastal Studies master's programme.", res)
    found = person(doc, "Vila i Roca")
    assert found is not None and found[0] == "Nuria Vila i Roca"
    assert person(doc, "Marc Soler") is not None


def test_english_postgraduate_exchange_is_student_exchange(tmp_path, res):
    doc = run(tmp_path, "Alpha University received a delegation from Beta University on Monday. The talks covered "
                        "staff and postgraduate exchange between the two law faculties.", res)
    assert "StudentExchange" in {t.code for t in doc.topics}


def test_english_agreement_to_prepare_a_memorandum_is_one_planned_memorandum(tmp_path, res):
    doc = run(tmp_path, "Alpha University\n\n12 May 2025\n\nAlpha University and Beta University held a working "
                        "session that resulted in an agreement to prepare a memorandum of understanding covering "
                        "staff exchange.", res)
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


# ---------------------------------------------------------------- Arabic

def test_arabic_ambassador_of_a_state_written_out_gives_an_embassy_of_it_in_bahrain(tmp_path, res):
    doc = run(tmp_path, "وقع رئيس جامعة البحرين مذكرة تفاهم مع جامعة أنقرة، بحضور سفير الجمهورية التركية لدى "
                        "مملكة البحرين.", res)
    embassy = next(i for i in doc.institutions if i.kind == "GovernmentBody")
    labels = {fold(embassy.name)} | {fold(x[0]) for x in embassy.labels}
    assert fold("سفارة الجمهورية التركية لدى مملكة البحرين") in labels
    assert next(i for i in doc.institutions if fold(i.name) == fold("جامعة البحرين")).country == "BH"


def test_arabic_academic_as_an_adjective_and_founded_are_no_names(res):
    doc = extract_institutions("أكد رئيس جامعة الكويت أن الجامعة تسعى إلى شراكات أكاديمية متميزة مع جامعة أنقرة، "
                               "وهي أول جامعة تأسست في البلاد.", "ar", res)
    assert names(doc) == {fold("جامعة الكويت"), fold("جامعة أنقرة")}


def test_arabic_offer_after_a_self_description_keeps_its_topics(tmp_path, res):
    doc = run(tmp_path, "استقبلت جامعة الكويت وفدا من جامعة أنقرة أمس. واستعرض رئيس الوفد تاريخ جامعة أنقرة التي "
                        "تأسست عام 1946، وأنها مستعدة لاستقبال طلبة في برامج صيفية لتعلم اللغة التركية.", res)
    codes = {t.code for t in doc.topics}
    assert {"SummerSchool", "Culture"} <= codes


def test_russian_degree_abbreviation_between_post_and_name_ends_no_sentence(tmp_path, res):
    doc = run(tmp_path, "Стажировку проведёт директор Института геологии Северного аграрного университета к.т.н. "
                        "Р. А. Климов. Он рассказал о планах партнёров из Лаоса.", res)
    post = next((p for p in doc.posts if "Климов" in doc.person(p.person).name), None)
    assert post is not None and post.role == "director" and "к.т.н" not in post.label


def test_arabic_what_runs_since_the_signing_of_a_memorandum_is_active(tmp_path, res):
    doc = run(tmp_path, "زار وفد جامعة طرابلس جامعة أنقرة، واستعرض الجانبان ما تحقق منذ توقيع مذكرة التفاهم بين "
                        "الجامعتين عام 2019، والتي يدرس بموجبها نحو مئة طالب.", res)
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "active")]


def test_english_joint_supervision_is_research_and_its_students_are_not_exchanged(tmp_path, res):
    doc = run(tmp_path, "Alpha University and Beta University agreed to prepare a memorandum covering staff exchange "
                        "and joint supervision of doctoral students.", res)
    codes = {t.code for t in doc.topics}
    assert "JointResearch" in codes and "StudentExchange" not in codes


def test_english_joint_doctoral_training_network_agreed_is_a_planned_programme(tmp_path, res):
    doc = run(tmp_path, "Alpha University and Beta University have agreed to establish a joint regional doctoral "
                        "training network in coastal engineering.", res)
    assert ("JointProgramme", "planned") in [(a.type, a.status) for a in doc.agreements]
    assert "Training" in {t.code for t in doc.topics}
