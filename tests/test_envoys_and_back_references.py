"""Consuls and embassies, "we" and "with it", in texts written for these tests (whole pipeline)."""
from __future__ import annotations

from loaders.normalise import fold
from pipeline_documents import inst_of, labels, run
from test_institutions import extract as extract_institutions, res  # noqa: F401 - the shared fixture


# ---------------------------------------------------------------- envoys

def test_persian_consul_general_acts_for_a_consulate_named_with_its_city(tmp_path, res):
    doc = run(tmp_path, "به گزارش روابط عمومی دانشگاه البرز، آقای کاوه مرادی، سفیر جمهوری قزاقستان، و آقای "
                        "سامان رحیمی، سرکنسول جمهوری قزاقستان در مشهد، روز دوشنبه با رئیس دانشگاه البرز دیدار کردند.",
              res)
    consulates = [i for i in doc.institutions if fold(i.name).startswith(fold("سرکنسولگری"))]
    assert len(consulates) == 1 and consulates[0].country == "KZ"
    assert fold("سرکنسولگری جمهوری قزاقستان در مشهد") in labels(consulates[0])
    assert inst_of(doc, "سامان رحیمی") == fold(consulates[0].name)
    assert inst_of(doc, "کاوه مرادی").startswith(fold("سفارت"))


def test_arabic_consul_at_the_embassy_is_the_embassy_s(tmp_path, res):
    doc = run(tmp_path, "استقبل رئيس جامعة الساحل الدكتور فادي سليمان اليوم سفير جمهورية كازاخستان السيد نور "
                        "بكوف، يرافقه القنصل في السفارة السيد أرمان تاييف، لبحث التعاون الأكاديمي.", res)
    embassy = inst_of(doc, "نور بكوف")
    assert embassy is not None and embassy != fold("جامعة الساحل")
    assert inst_of(doc, "أرمان تاييف") == embassy


def test_persian_embassy_named_with_the_city_it_sits_in(res):
    doc = extract_institutions("هیئت دانشگاه البرز با هماهنگی سفارت جمهوری اسلامی ایران در باکو از دانشگاه دولتی "
                        "گنجه بازدید کرد.", "fa", res)
    embassy = next(i for i in doc.institutions if fold(i.name).startswith(fold("سفارت")))
    assert fold("سفارت جمهوری اسلامی ایران در باکو") in labels(embassy)


def test_persian_academic_posts_after_an_embassy_go_to_the_page_s_university(tmp_path, res):
    doc = run(tmp_path, "هیئتی از دانشگاه البرز به ریاست دکتر نادر امینی، رئیس دانشگاه، از دانشگاه آنکارا بازدید کرد.\n\n"
                        "در این سفر که با هماهنگی سفارت جمهوری اسلامی ایران در آنکارا انجام شد، دکتر لیلا کاظمی، "
                        "رئیس دانشکده علوم پایه، و مهندس پیمان شریفی، مدیر دفتر همکاری‌های بین‌المللی دانشگاه، "
                        "رئیس دانشگاه البرز را همراهی می‌کردند.", res)
    assert inst_of(doc, "لیلا کاظمی") == fold("دانشگاه البرز")
    assert inst_of(doc, "پیمان شریفی") == fold("دانشگاه البرز")


# ---------------------------------------------------------------- Persian prose that names nothing

def test_persian_central_office_and_a_draft_to_be_prepared_are_no_institutions(tmp_path, res):
    doc = run(tmp_path, "سفیر جمهوری قزاقستان با حضور در سازمان مرکزی دانشگاه با رئیس دانشگاه البرز دیدار کرد. "
                        "مقرر شد پیش‌نویس تفاهم‌نامه میان دانشگاه البرز و دانشگاه دولتی گنجه با هماهنگی دفتر "
                        "همکاری‌های بین‌المللی دانشگاه تهیه شود.", res)
    got = {fold(i.name) for i in doc.institutions}
    assert not any(n.startswith(fold("سازمان مرکزی")) for n in got)
    assert not any(fold("تهیه") in n for n in got)
    assert fold("دانشگاه دولتی گنجه") in got


# ---------------------------------------------------------------- Russian: names, "we", "with it"

def test_russian_honorific_name_with_a_particle_stops_before_the_speaker(tmp_path, res):
    doc = run(tmp_path, "В Северном федеральном университете прошла конференция. С докладом выступил профессор "
                        "Степного национального университета имени аль-Бируни Данияр Омаров.", res)
    names = {fold(i.name) for i in doc.institutions}
    assert fold("Степной национальный университет имени аль-Бируни") in names
    assert inst_of(doc, "Данияр Омаров") == fold("Степной национальный университет имени аль-Бируни")


def test_russian_interview_we_with_it_and_then(tmp_path, res):
    doc = run(tmp_path, "Интервью ректора Северного федерального университета\n\n"
                        "— С какими партнёрами вы работаете?\n\n"
                        "— С Приморским университетом мы сотрудничаем давно. В 2020 году запустили совместную "
                        "магистерскую программу по химии.\n\n"
                        "— А ещё?\n\n"
                        "— В мае 2023 года наша делегация побывала в Университете Оазис. Тогда мы вместе с президентом "
                        "университета Карим Саидом подписали меморандум о взаимопонимании.\n\n"
                        "— А в Азии?\n\n"
                        "— Да, Горный университет в Монголии. С ним у нас действует программа двойных дипломов.", res)
    keys = {fold(i.name): i.key for i in doc.institutions}
    north, oasis = keys[fold("Северный федеральный университет")], keys[fold("Университет Оазис")]
    coast, mountain = keys[fold("Приморский университет")], keys[fold("Горный университет")]
    assert inst_of(doc, "Карим Саид") == fold("Университет Оазис")
    got = {(a.status, frozenset(a.parties)) for a in doc.agreements}
    assert ("signed", frozenset({north, oasis})) in got
    assert ("active", frozenset({north, mountain})) in got
    assert ("active", frozenset({north, coast})) in got
    # the signing "then" is the delegation's visit told before, not another partner's event
    for e in doc.events:
        assert not {oasis, coast} <= set(e.participants)
    visit = next(e for e in doc.events if oasis in e.participants)
    assert north in visit.participants


# ---------------------------------------------------------------- memberships, new agreements, scholarships

def test_joining_an_association_is_a_membership_agreement_made_in_the_story():
    from test_agreements import run as run_agreements
    names = {"i1": ["Северный университет"], "i2": ["Ассоциация горных университетов", "Ассоциации горных университетов"]}
    doc = run_agreements("Северный университет вошёл в состав Ассоциации горных университетов. "
                         "Решение приняли на общем собрании.", names, lang="ru")
    assert [(a.type, a.status, set(a.parties)) for a in doc.agreements] == [("Agreement", "signed", {"i1", "i2"})]
    # one only sought is planned; joining a meeting is no membership
    doc = run_agreements("Lakeside University plans to become a member of the Hilltop Network next year.",
                         {"i1": ["Lakeside University"], "i2": ["Hilltop Network"]}, lang="en")
    assert [a.status for a in doc.agreements] == ["planned"]
    doc = run_agreements("Lakeside University joined the round table of Hilltop University.",
                         {"i1": ["Lakeside University"], "i2": ["Hilltop University"]}, lang="en")
    assert doc.agreements == []


def test_membership_told_as_the_agreement_signed_next_is_that_agreement():
    from test_agreements import run as run_agreements
    names = {"i1": ["Северный университет"], "i2": ["Консорциума морских университетов"]}
    doc = run_agreements("Северный университет стал членом Консорциума морских университетов. "
                         "Соответствующее соглашение подписали ректоры.", names, lang="ru")
    assert [a.type for a in doc.agreements] == ["CooperationAgreement"]


def test_a_new_memorandum_beside_the_existing_agreement_is_planned_and_apart():
    from test_agreements import run as run_agreements, EN
    doc = run_agreements("Lakeside University hosted Hilltop University on 3 June 2024. It was agreed that the existing "
                         "exchange agreement between the two universities, in place since 2018, would be extended and "
                         "that a new memorandum of understanding on joint research would be prepared.", EN, lang="en")
    got = sorted((a.type, a.status) for a in doc.agreements)
    assert got == [("CooperationAgreement", "active"), ("MemorandumOfUnderstanding", "planned")]


def test_launched_joint_scholarship_is_a_running_programme():
    from test_agreements import run as run_agreements, EN
    doc = run_agreements("Lakeside University and Hilltop University launch joint scholarship for engineering students\n"
                         "The two universities have launched a scholarship that funds ten students each year.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]


def test_other_announcements_heading_is_a_list_of_other_stories():
    from loaders.furniture import related_heading
    from loaders.normalise import normalise_text
    assert related_heading(normalise_text("Other announcements:")[0])
    assert not related_heading(normalise_text("Other announcements were made by the rector during the visit to the "
                                              "partner campus.")[0])


# ---------------------------------------------------------------- topics

def test_topics_of_courses_given_online_summer_courses_workshops_and_medicine():
    from test_topics import topics, FA, AR, RU, EN
    got = topics("نشست دانشگاه البرز و دانشگاه ساحل برگزار شد. برگزاری دوره‌های آموزش زبان عربی به صورت آنلاین، "
                 "دوره‌های مشترک تابستانی و کارگاه مشترک درباره آب پیشنهاد شد و دوره‌های پزشکی مشترک بررسی شد.", FA, lang="fa")
    assert {"OnlineEducation", "SummerSchool", "AcademicEvents", "Healthcare"} <= got
    got = topics("التقى رئيس جامعة الشمال وفد جامعة الجنوب وبحثا التعاون في الهندسة والطب البشري، "
                 "وتنظيم ندوة سنوية مشتركة.", AR, lang="ar")
    assert {"Healthcare", "AcademicEvents"} <= got
    got = topics("В Северном университете прошла конференция при участии Приморского университета. "
                 "Следующая, пятая конференция пройдёт в Приморске.", RU, lang="ru")
    assert "AcademicEvents" in got
    got = topics("Lakeside University hosted a delegation of Hilltop University on 3 May 2024. The two universities "
                 "agreed to go on exchanging lecturers.", EN, lang="en")
    assert "StaffExchange" in got


def test_plenary_speaker_s_university_takes_part_in_the_conference():
    from test_agreements import run as run_events
    names = {"i1": ["Северном университете"], "i2": ["Приморским университетом"], "i3": ["Горного университета"]}
    doc = run_events("5 мая 2024 года в Северном университете прошла конференция, организованная вместе с "
                     "Приморским университетом.\n\nС пленарным докладом выступил профессор Горного университета.",
                     names, lang="ru")
    conference = next(e for e in doc.events if e.type == "Conference")
    assert "i3" in conference.participants


def test_arabic_father_is_a_title_before_a_president_s_name(tmp_path, res):
    doc = run(tmp_path, "وقعت جامعة الساحل وجامعة الجبل اتفاقية تعاون بحضور رئيس جامعة الساحل الأب جوزيف حداد، "
                        "ورئيس جامعة الجبل الدكتور سمير عيسى.", res)
    assert inst_of(doc, "جوزيف حداد") == fold("جامعة الساحل")


def test_breadcrumb_with_angle_quotes_is_a_menu():
    from loaders.furniture import counter_or_menu
    from loaders.normalise import normalise_text
    assert counter_or_menu(normalise_text("الصفحة الرئيسية ‹ الأخبار ‹ التعاون الدولي")[0])
    assert not counter_or_menu(normalise_text("وقعت الجامعتان اتفاقية تعاون في مجال البحث العلمي والتبادل الطلابي.")[0])


def test_signing_told_after_the_date_line_and_lead_is_the_day_s_event(tmp_path, res):
    doc = run(tmp_path, "جامعة الساحل - الموقع الرسمي\n\nالصفحة الرئيسية ‹ الأخبار ‹ التعاون الدولي\n\n"
                        "إطلاق برنامج منح مشترك بين جامعة الساحل وجامعة الجبل\n\n"
                        "بيروت، الخميس 12 تشرين الأول 2023\n\n"
                        "أطلقت جامعة الساحل وجامعة الجبل برنامج منح دراسية جديداً لطلاب الدكتوراه.\n\n"
                        "وجرى توقيع اتفاقية البرنامج في حرم الجامعة بحضور رئيس جامعة الساحل الدكتور سمير عيسى.\n\n"
                        "وأعلن الدكتور عيسى أن النتائج تعلن في كانون الثاني 2024، كما ستنظم الجامعتان ندوة سنوية مشتركة.",
              res)
    primary = [e for e in doc.events if e.primary]
    assert [(e.type, e.start) for e in primary] == [("SigningCeremony", "2023-10-12")]
