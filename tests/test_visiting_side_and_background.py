"""Guests' and hosts' sides, ministries and embassies of visiting officials, short forms of a
university's name, and background agreements, in texts written for these tests (whole pipeline)."""
from __future__ import annotations

from loaders.normalise import fold
from pipeline_documents import labels, run
from test_institutions import res  # noqa: F401 - the shared fixture


def inst_of(doc, person_name: str) -> set[str]:
    """All the names of the institution of the person's post."""
    for post in doc.posts:
        if fold(doc.person(post.person).name) == fold(person_name):
            inst = doc.institution(post.institution)
            return labels(inst) if inst else set()
    return set()


def having(doc, name: str):
    return [i for i in doc.institutions if fold(name) in labels(i)]


def pairs(doc) -> set[frozenset]:
    return {frozenset((a, b)) for e in doc.events if e.primary
            for a in e.participants for b in e.participants if a != b}


# ---------------------------------------------------------------- ministries and embassies

def test_arabic_ministry_portfolio_is_not_cut_by_the_headline_s_short_form(tmp_path, res):
    doc = run(tmp_path, "جامعة الفرات تستقبل وفدا بحضور ممثل وزارة التعليم العالي\n\n"
                        "استقبلت جامعة الفرات اليوم وفدا من جامعة تبريز، فيما مثّل وزارة التعليم العالي والبحث "
                        "العلمي الدكتور سامر جواد المدير العام لدائرة البعثات.", res)
    assert having(doc, "وزارة التعليم العالي والبحث العلمي")


def test_arabic_ambassador_written_with_and_makes_his_embassy_named_with_the_host(tmp_path, res):
    doc = run(tmp_path, "استقبل رئيس جامعة الفرات الدكتور علي حسن، وسفير جمهورية فرنسا لدى العراق السيد جان "
                        "دوبوا، لبحث التعاون الأكاديمي.", res)
    embassy = having(doc, "سفارة جمهورية فرنسا لدى العراق")
    assert embassy and embassy[0].country == "FR"


def test_russian_ambassador_s_embassy_named_with_the_host_state(tmp_path, res):
    doc = run(tmp_path, "В Волжском университете прошла встреча. В Казань приехал Чрезвычайный и Полномочный "
                        "Посол Республики Узбекистан в Российской Федерации Алишер Каримов.", res)
    assert having(doc, "Посольство Республики Узбекистан в Российской Федерации")


def test_russian_deputy_minister_of_a_state_speaks_for_his_ministry(tmp_path, res):
    doc = run(tmp_path, "В Волжском университете прошла встреча. Гостей принимал ректор Олег Смирнов. На переговоры "
                        "приехали заместитель министра высшего образования Республики Узбекистан Алишер Каримов "
                        "и ректор Самаркандского аграрного университета Бахтияр Юсупов.", res)
    ministry = having(doc, "Министерство высшего образования Республики Узбекистан")
    assert ministry and ministry[0].country == "UZ"
    assert fold("Министерство высшего образования Республики Узбекистан") in inst_of(doc, "Алишер Каримов")


def test_officials_who_came_make_their_missions_parties_of_the_visit(tmp_path, res):
    doc = run(tmp_path, "Во вторник в Волжском университете прошла встреча с делегацией Республики Узбекистан. "
                        "В Казань приехали Посол Республики Узбекистан в Российской Федерации Алишер Каримов и "
                        "ректор Самаркандского аграрного университета Бахтияр Юсупов.\n\n"
                        "По итогам встречи Волжский университет и Самаркандский аграрный университет подписали "
                        "соглашение о сотрудничестве.", res)
    embassy = having(doc, "Посольство Республики Узбекистан")
    assert embassy
    assert any(embassy[0].key in p for p in pairs(doc))


# ---------------------------------------------------------------- short forms of one university

def test_russian_acronym_spelling_the_short_form_the_page_writes():
    from loaders.model import Institution
    from loaders.resolve import _acronym_spells
    short = Institution("i1", "КурГУ", "ru", acronym="КурГУ")
    full = Institution("i2", "Курский государственный национальный исследовательский университет", "ru",
                       labels=[("Курский госуниверситет", "ru")])
    assert _acronym_spells(short, full)
    assert not _acronym_spells(short, Institution("i3", "Курский государственный национальный исследовательский "
                                                        "университет", "ru"))


def test_russian_acronym_of_a_longer_name_with_the_same_namesake(tmp_path, res):
    doc = run(tmp_path, "ВНГУ им. П. С. Зимина\n\n"
                        "Во вторник в Волжском государственном университете им. П. С. Зимина прошла встреча с делегацией "
                        "Самаркандского аграрного университета. Со стороны ВНГУ в переговорах участвовал ректор "
                        "Олег Смирнов.", res)
    volga = having(doc, "ВНГУ им. П. С. Зимина")
    assert len(volga) == 1 and any("зимина" in x and x.startswith(fold("Волжск")) for x in labels(volga[0]))


def test_russian_university_called_by_its_namesake_s_adjective(tmp_path, res):
    doc = run(tmp_path, "Российский государственный аграрный университет им. К. А. Зимирязева\n\n"
                        "Зимирязевский университет и Самаркандский аграрный университет подвели итоги года. "
                        "5 февраля прошла встреча руководства Российского государственного аграрного университета "
                        "им. К. А. Зимирязева и Самаркандского аграрного университета.", res)
    adjective = having(doc, "Зимирязевский университет")
    assert len(adjective) == 1 and any("зимирязева" in x for x in labels(adjective[0]))


# ---------------------------------------------------------------- whose official

def test_russian_guests_led_by_are_the_visiting_university_s(tmp_path, res):
    doc = run(tmp_path, "14 марта Курский государственный университет принял делегацию Самаркандского аграрного "
                        "университета. Гостей из Узбекистана возглавил проректор по науке Рустам Ахмедов.", res)
    assert fold("Самаркандский аграрный университет") in inst_of(doc, "Рустам Ахмедов")


def test_russian_post_ending_in_a_unit_in_another_case_goes_to_the_unit_s_university(tmp_path, res):
    doc = run(tmp_path, "14 марта Курский государственный университет принял делегацию Самаркандского аграрного "
                        "университета. На факультете экономики Курского государственного университета уже учатся "
                        "студенты из Узбекистана. Детали обсуждали декан факультета экономики Анна Лебедева "
                        "и декан агрономического факультета Самаркандского аграрного университета Бахтияр Юсупов.",
              res)
    assert fold("Курский государственный университет") in inst_of(doc, "Анна Лебедева")


def test_russian_side_told_by_country_adjective_with_from(tmp_path, res):
    doc = run(tmp_path, "5 февраля состоялась видеоконференция руководства Московского аграрного университета (Россия) и "
                        "Шанхайского морского университета (КНР). С российской стороны во встрече участвовал "
                        "проректор по международной деятельности Павел Зуев, с китайской — заместитель ректора "
                        "Шанхайского морского университета Лю Вэй.", res)
    assert fold("Московский аграрный университет") in inst_of(doc, "Павел Зуев")


def test_english_guests_led_by_and_included_are_the_visiting_team_s(tmp_path, res):
    doc = run(tmp_path, "Eastfield University\n\nA team from the University of Northbridge spent Tuesday on the "
                        "campus of Eastfield University.\n\nThe guests were led by Prof. Mara Lind, Vice-Rector for "
                        "Research, and included Prof. Olav Berg, Dean of the Faculty of Law. They were welcomed by "
                        "the Vice-Chancellor, Prof. Sunil Rao.", res)
    assert fold("Eastfield University") in inst_of(doc, "Sunil Rao")
    assert fold("University of Northbridge") in inst_of(doc, "Mara Lind")
    assert fold("University of Northbridge") in inst_of(doc, "Olav Berg")


# ---------------------------------------------------------------- agreements

def test_russian_contract_on_a_joint_doctorate_is_a_planned_joint_programme(tmp_path, res):
    doc = run(tmp_path, "5 февраля прошла встреча руководства Курского государственного университета и Шанхайского "
                        "морского университета. Стороны решили подготовить договор о совместной аспирантуре.", res)
    assert ("JointProgramme", "planned") in {(a.type, a.status) for a in doc.agreements}


def test_russian_agreement_between_the_parties_on_a_network_programme_is_that_programme(tmp_path, res):
    doc = run(tmp_path, "Во вторник в Волжском университете прошла встреча с делегацией Самаркандского университета. "
                        "Итогом стало подписание соглашения между Волжским университетом и Самаркандским "
                        "университетом о реализации сетевой магистерской программы.", res)
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "signed")]


def test_english_agreed_to_finalise_a_memorandum_is_planned(tmp_path, res):
    doc = run(tmp_path, "A delegation from the University of Northbridge visited Eastfield University on Tuesday. "
                        "At the end of the meeting the two universities agreed to finalise a Memorandum of "
                        "Understanding by the end of the year.", res)
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


# ---------------------------------------------------------------- page furniture and topics

def test_more_on_the_topic_and_other_news_headings_are_lists_of_other_stories():
    from loaders.furniture import related_heading
    from loaders.normalise import normalise_text
    assert related_heading(normalise_text("Ещё по теме:")[0])
    assert related_heading(normalise_text("خبرهای دیگر:")[0])


def test_topics_of_language_courses_grants_special_issues_and_a_semester_abroad():
    from test_topics import topics, FA, AR, EN
    ar = "اجتمع رئيس جامعة الشمال مع وفد جامعة الجنوب، "
    assert "Culture" in topics(ar + "واتفق الجانبان على افتتاح دورات لتعليم اللغة الفرنسية في كلية الآداب.", AR)
    # a field in a list of areas, or the subject of a summer school, is no cultural cooperation
    assert "Culture" not in topics(ar + "وبحثا التعاون في مجالات الطب والهندسة وتعليم اللغة الروسية.", AR)
    assert "Culture" not in topics(ar + "واتفقا على تنظيم مدرسة صيفية سنوية لتعليم اللغة الروسية.", AR)
    assert "Scholarship" in topics(ar + "وأشار إلى أن الحكومة خصصت منحًا لطلبة الدكتوراه في الجامعات الفرنسية.", AR)
    assert "JointPublication" in topics("دانشگاه البرز و دانشگاه ساحل نشست مشترک برگزار کردند و انتشار "
                                        "ویژه‌نامه‌ای مشترک در یک نشریه علمی پیشنهاد شد.", FA)
    assert "StudentExchange" in topics("Lakeside University met Hilltop University; Lakeside is keen to send "
                                       "master's students to Hilltop for a semester.", EN)


def test_draft_contract_told_after_a_planned_double_degree_is_that_programme(tmp_path, res):
    doc = run(tmp_path, "14 марта Курский государственный университет принял делегацию Самаркандского аграрного "
                        "университета. Итогом переговоров стала договорённость разработать программу двойного диплома "
                        "магистратуры. Проект договора стороны намерены согласовать к началу мая.", res)
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_namesake_with_a_rank_is_no_person(tmp_path, res):
    doc = run(tmp_path, "Во вторник в Волжском университете прошла встреча с делегацией. В Казань приехали ректор "
                        "Самаркандского аграрного университета имени академика Р. Р. Шредера Бахтияр Юсупов и "
                        "проректор Олег Смирнов.", res)
    assert {fold(doc.person(p.person).name) for p in doc.posts} == {fold("Бахтияр Юсупов"), fold("Олег Смирнов")}


def test_topics_of_a_term_and_lectures_at_the_partner_and_counted_papers_and_students():
    from test_topics import topics, AR, RU
    ru = "Северный университет и делегация Приморского университета провели переговоры. "
    assert "StudentExchange" in topics(ru + "Гости хотят, чтобы их магистранты проводили в Архангельске семестр.", RU)
    assert "StaffExchange" in topics(ru + "Преподаватели будут читать лекции в Архангельске, а северные "
                                          "преподаватели читали курсы в Находке.", RU)
    ar = "التقى رئيس جامعة الشمال وفد جامعة الجنوب، "
    assert "JointPublication" in topics(ar + "واستعرض الجانبان ما تحقق، إذ نشر باحثو الجامعتين أكثر من عشرين بحثًا "
                                             "مشتركًا.", AR)
    assert "StudentExchange" in topics(ar + "واستفاد أكثر من ثلاثين طالبًا من برنامج التبادل.", AR)


def test_co_supervising_postgraduate_research_is_joint_research():
    from test_topics import topics, EN
    assert "JointResearch" in topics("Lakeside University signed an MoU with Hilltop University; the two will "
                                     "co-supervise postgraduate research.", EN)


def test_arabic_director_general_after_the_name_and_a_cultural_attache(tmp_path, res):
    doc = run(tmp_path, "استقبل رئيس جامعة الفرات الدكتور علي حسن وفدا، فيما مثّل وزارة التعليم العالي والبحث العلمي "
                        "الدكتور سامر جواد المدير العام لدائرة البعثات والعلاقات الثقافية. وشهد الاجتماع حضور الملحق "
                        "الثقافي في السفارة الفرنسية السيدة ماري دوبوا.", res)
    assert fold("وزارة التعليم العالي والبحث العلمي") in inst_of(doc, "سامر جواد")
    assert fold("السفارة الفرنسية") in inst_of(doc, "ماري دوبوا")


def test_english_name_without_a_title_who_heads_an_office(tmp_path, res):
    doc = run(tmp_path, "Eastfield University hosted a delegation from Northbridge University. With the rector travelled "
                        "Olav Berg, who heads the International Office of Northbridge University.", res)
    assert fold("Northbridge University") in inst_of(doc, "Olav Berg")
    assert [p.role for p in doc.posts] == ["head"]
