"""Agreements from sentences written for these tests: type, status, parties, merging."""
from __future__ import annotations

from loaders.agreements import find_agreements
from loaders.events import find_events
from test_events import make_doc


def run(text, names, **kw):
    doc = make_doc(text, names, **kw)
    find_events(doc, None)
    find_agreements(doc, None)
    return doc


FA = {"i1": ["دانشگاه البرز"], "i2": ["دانشگاه ساحل"]}
EN = {"i1": ["Lakeside University", "LU"], "i2": ["Hilltop University"]}
RU = {"i1": ["Северный университет", "Северного университета"], "i2": ["Приморский университет", "Приморским университетом"]}


def test_persian_memorandum_to_be_drafted_is_planned():
    doc = run("نشست دانشگاه البرز و دانشگاه ساحل برگزار شد. "
              "مقرر شد تفاهم نامه همکاری میان دو دانشگاه تهیه و امضا شود.", FA, lang="fa")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]
    assert set(doc.agreements[0].parties) == {"i1", "i2"}


def test_one_memorandum_told_in_many_sentences_is_one_signed_agreement():
    text = ("LU signs MoU with Hilltop University\n"
            "Lakeside University signed a memorandum of understanding with Hilltop University on 2 May 2023.\n"
            "Under the MoU, the two universities will exchange students. The agreement runs for five years.")
    doc = run(text, EN, lang="en")
    assert len(doc.agreements) == 1
    agr = doc.agreements[0]
    assert (agr.type, agr.status, agr.date) == ("MemorandumOfUnderstanding", "signed", "2023-05-02")
    assert set(agr.parties) == {"i1", "i2"}
    assert agr.event == next(e.key for e in doc.events if e.type == "SigningCeremony")


def test_running_double_degree_programme_is_active():
    text = ("Делегация Северного университета посетила Приморский университет. "
            "С 2019 года вузы успешно реализуют программу двойного диплома, которая реализуется на английском языке.")
    doc = run(text, RU, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]


def test_joint_programmes_as_a_wish_are_not_an_agreement():
    text = ("Северный университет и Приморский университет провели переговоры. "
            "Стороны обсудили перспективы совместных образовательных программ и научных проектов.")
    doc = run(text, RU, lang="ru")
    assert doc.agreements == []


def test_agreement_on_a_double_degree_programme_is_a_joint_programme():
    text = ("Северный университет подписал с Приморским университетом соглашение о реализации "
            "программы двойного диплома по физике.")
    doc = run(text, RU, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "signed")]


def test_between_the_two_sides_takes_the_parties_of_the_event():
    text = ("زار رئيس جامعة الشمال جامعة الجنوب.\n"
            "واختتم اللقاء بتوقيع مذكرة تفاهم بين الطرفين.")
    doc = run(text, {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "signed")]
    assert set(doc.agreements[0].parties) == {"i1", "i2"}


def test_cooperation_wish_without_an_agreement_word_is_nothing():
    doc = run("Lakeside University and Hilltop University met and agreed to expand cooperation in research.", EN,
              lang="en")
    assert doc.agreements == []


def test_signed_memorandum_and_wished_programmes_in_one_sentence():
    doc = run("Lakeside University signed an MoU with Hilltop University and both hope to develop joint degree "
              "programmes in the coming years.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "signed")]


def test_roadmap_to_be_prepared_is_a_planned_action_plan():
    doc = run("Lakeside University and Hilltop University held talks. The parties plan to adopt a roadmap "
              "of joint activities.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("ActionPlan", "planned")]


def test_a_single_institution_gets_no_agreement():
    doc = run("Lakeside University signed a memorandum of understanding.", {"i1": ["Lakeside University"]}, lang="en")
    assert doc.agreements == []


def test_memoranda_with_two_partners_are_two_agreements_and_no_partner_pair():
    text = ("Lakeside University signed memoranda of understanding with Hilltop University and Riverside College "
            "on 9 May 2022.")
    doc = run(text, {**EN, "i3": ["Riverside College"]}, lang="en")
    assert sorted(sorted(a.parties) for a in doc.agreements) == [["i1", "i2"], ["i1", "i3"]]
    related = {frozenset(e.participants) for e in doc.events}
    assert frozenset({"i2", "i3"}) not in related and all(len(p) == 2 for p in related)


def test_russian_agreement_to_be_prepared_is_planned_with_the_visitor():
    text = ("Делегация Северного университета посетила Приморский университет. "
            "На встрече стороны договорились подготовить соглашение о сотрудничестве.")
    doc = run(text, RU, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("CooperationAgreement", "planned")]
    assert set(doc.agreements[0].parties) == {"i1", "i2"}


def test_what_an_agreement_provides_for_is_not_a_second_agreement():
    text = ("Северный университет и Приморский университет подписали соглашение о программе двойного диплома. "
            "Кроме того, соглашение предусматривает подготовку учебников и разработку курсов.")
    doc = run(text, RU, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "signed")]


def test_persian_action_plan_to_be_drafted():
    text = ("نشست دانشگاه البرز و دانشگاه ساحل برگزار شد و دو طرف بر تدوین برنامه عملیاتی همکاری ها تاکید کردند.")
    doc = run(text, FA, lang="fa")
    assert [(a.type, a.status) for a in doc.agreements] == [("ActionPlan", "planned")]


def test_prospects_of_signing_are_planned():
    text = ("15 марта 2023 года в Северном университете прошла встреча с делегацией Приморского университета. "
            "Стороны обсудили перспективы подписания меморандума о взаимопонимании.")
    doc = run(text, {"i1": ["Северном университете"], "i2": ["Приморского университета"]}, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]
    assert [e.type for e in doc.events] == ["Meeting"]


def test_joint_programme_launched_is_active_and_one_to_launch_is_planned():
    # launched: the programme runs (active), not only a signed text
    doc = run("Lakeside University and Hilltop University launched a double degree programme in law.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]
    doc = run("Северный университет и Приморский университет обсудили запуск программы двойных дипломов.",
              {"i1": ["Северный университет"], "i2": ["Приморский университет"]}, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]
    # a bare wish for joint programmes stays a topic
    doc = run("Lakeside University and Hilltop University hope to develop joint degree programmes.", EN, lang="en")
    assert doc.agreements == []


def test_the_agreement_told_again_with_will_is_no_new_planned_agreement():
    doc = run("Lakeside University signed an MoU with Hilltop University on 2 May 2023. "
              "Under the agreement, Hilltop University will offer internships to LU students.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "signed")]


def test_proposed_joint_phd_programme_is_planned():
    doc = run("Lakeside University and Hilltop University proposed a joint PhD programme in ecology.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_network_programme_contract_and_agreement_on_a_double_degree():
    doc = run("Северный университет и Приморский университет заключили договор о сетевой форме реализации "
              "образовательной программы.", {"i1": ["Северный университет"], "i2": ["Приморский университет"]}, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "signed")]
    doc = run("Lakeside University and Hilltop University agreed to sign an agreement on a double degree in law.",
              EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_persian_cooperation_document_to_be_finalised_is_planned():
    doc = run("هیئت دانشگاه البرز از دانشگاه ساحل بازدید کرد. مقرر شد سند همکاری دو دانشگاه تا سه ماه آینده نهایی شود.",
              FA, lang="fa")
    assert [(a.type, a.status) for a in doc.agreements] == [("CooperationAgreement", "planned")]


def test_launched_joint_masters_with_first_cohort_is_an_active_programme_in_four_languages():
    doc = run("Lakeside University and Hilltop University have launched a joint Master's programme in marine biology, "
              "with the first cohort starting this month.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]
    assert set(doc.agreements[0].parties) == {"i1", "i2"}
    doc = run("Северный университет и Приморский университет запустили совместную магистерскую программу по экологии.",
              {"i1": ["Северный университет"], "i2": ["Приморский университет"]}, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]
    doc = run("برنامه آموزشی مشترک کارشناسی ارشد علوم دریایی دانشگاه البرز و دانشگاه ساحل با حضور معاونان آموزشی "
              "دو دانشگاه در مراسمی راه اندازی شد.", FA, lang="fa")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]
    doc = run("أطلقت جامعة الشمال وجامعة الجنوب برنامج ماجستير مشترك في علوم البحار.",
              {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]


def test_programme_to_be_launched_under_a_signed_memorandum_is_planned():
    doc = run("Lakeside University signed a memorandum of understanding with Hilltop University on 2 May 2023. "
              "Under the memorandum, a dual PhD programme in geology is to be launched next year.", EN, lang="en")
    assert sorted((a.type, a.status) for a in doc.agreements) == [
        ("JointProgramme", "planned"), ("MemorandumOfUnderstanding", "signed")]


def test_russian_signed_memorandum_and_discussed_double_diploma_master_programme_are_two_agreements():
    doc = run("Стороны обсудили открытие совместной магистерской программы по химии с выдачей двух дипломов. "
              "По итогам встречи Северный университет и Приморский университет подписали меморандум.",
              {"i1": ["Северный университет"], "i2": ["Приморский университет"]}, lang="ru")
    assert sorted((a.type, a.status) for a in doc.agreements) == [
        ("JointProgramme", "planned"), ("MemorandumOfUnderstanding", "signed")]


def test_an_existing_agreement_to_be_renewed_runs_and_its_renewal_is_planned():
    # (GOLD_FORMAT: planned = to be signed; the agreement that is renewed is running meanwhile)
    doc = run("در دیدار روسای دانشگاه البرز و دانشگاه ساحل قرار شد تفاهم نامه همکاری دو دانشگاه که دو سال پیش "
              "منعقد شده بود تمدید شود.", FA, lang="fa")
    assert sorted((a.type, a.status) for a in doc.agreements) == [
        ("MemorandumOfUnderstanding", "active"), ("MemorandumOfUnderstanding", "planned")]
    doc = run("Северный университет и Приморский университет договорились продлить действующее соглашение.",
              {"i1": ["Северный университет"], "i2": ["Приморский университет"]}, lang="ru")
    assert sorted(a.status for a in doc.agreements) == ["active", "planned"]
    doc = run("اتفقت جامعة الشمال وجامعة الجنوب على تجديد مذكرة التفاهم السارية بينهما.",
              {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert sorted(a.status for a in doc.agreements) == ["active", "planned"]


def test_arabic_signing_the_renewal_is_a_renewal_done_and_renewable_is_no_renewal():
    names = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}
    doc = run("وقّع رئيسا جامعة الشمال وجامعة الجنوب على تجديد مذكرة التفاهم بين الجامعتين لثلاث سنوات.",
              names, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "signed")]
    doc = run("تعمل جامعة الشمال وجامعة الجنوب بموجب مذكرة تفاهم سارية قابلة للتجديد.", names, lang="ar")
    assert [a.status for a in doc.agreements] == ["active"]


def test_an_existing_agreement_talked_about_is_active_only():
    doc = run("ناقشت جامعة الشمال وجامعة الجنوب تفعيل الاتفاقية السارية بينهما.",
              {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert [a.status for a in doc.agreements] == ["active"]
    doc = run("Lakeside University and Hilltop University reviewed the existing agreement on staff mobility.", EN, lang="en")
    assert [a.status for a in doc.agreements] == ["active"]


def test_agreement_renewed_in_the_story_is_signed_once():
    # (GOLD_FORMAT: signed = signed in or before the text; the renewal is signed in it)
    text = ("Lakeside University and Hilltop University renew exchange agreement\n"
            "Lakeside University and Hilltop University have renewed their exchange agreement for three years. "
            "The agreement was first signed in 2015, and the renewal was signed online on 3 March 2024.")
    doc = run(text, EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("CooperationAgreement", "signed")]
    assert [e.type for e in doc.events if e.primary] == ["SigningCeremony"]
    # Persian puts the renewing verb at the end of a long clause
    doc = run("تفاهم نامه همکاری دانشگاه البرز و دانشگاه ساحل که سه سال پیش در شهر ساحلی امضا شده بود، "
              "روز دوشنبه در جلسه ای با حضور روسای دو دانشگاه و معاونان آموزشی آنها برای چهار سال دیگر تمدید شد.",
              FA, lang="fa")
    assert [a.status for a in doc.agreements] == ["signed"]
    doc = run("Северный университет и Приморский университет продлили соглашение о сотрудничестве ещё на пять лет.",
              {"i1": ["Северный университет"], "i2": ["Приморский университет"]}, lang="ru")
    assert [a.status for a in doc.agreements] == ["signed"]


def test_agreement_only_to_be_renewed_is_running_with_its_renewal_planned():
    doc = run("Lakeside University and Hilltop University said their exchange agreement will be renewed next year.",
              EN, lang="en")
    assert sorted(a.status for a in doc.agreements) == ["active", "planned"]


def test_a_headline_that_renews_an_agreement_tells_the_one_renewed():
    text = ("Lakeside University renews agreement with Hilltop University\n"
            "The presidents of Lakeside University and Hilltop University renewed their memorandum of "
            "understanding on 4 March 2025 for another five years.")
    doc = run(text, EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "signed")]


def test_agreement_said_not_to_be_signed_is_none():
    doc = run("The Hilltop University delegation visited Lakeside University on 4 May 2023. No agreement was "
              "signed during the visit, but both sides hope to cooperate.", EN, lang="en")
    assert doc.agreements == []
    assert all(e.type != "SigningCeremony" for e in doc.events)
    doc = run("Делегация Северного университета посетила Приморский университет. Соглашение в ходе визита "
              "не подписывалось.", RU, lang="ru")
    assert doc.agreements == []


def test_status_comes_from_the_clause_of_the_agreement_word():
    text = ("Северный университет и Приморский университет договорились разработать дорожную карту по "
            "созданию совместных образовательных программ, а с Западным университетом подписали соглашение "
            "об академической мобильности.")
    doc = run(text, {**RU, "i3": ["Западным университетом"]}, lang="ru")
    got = sorted((a.type, a.status, tuple(sorted(a.parties))) for a in doc.agreements)
    assert got == [("ActionPlan", "planned", ("i1", "i2")), ("CooperationAgreement", "signed", ("i1", "i3"))]


def test_joint_programme_worked_towards_or_to_be_prepared_is_planned():
    doc = run("Lakeside University signed an MoU with Hilltop University. The two also agreed to work towards a "
              "joint PhD programme in physics.", EN, lang="en")
    assert sorted((a.type, a.status) for a in doc.agreements) == [
        ("JointProgramme", "planned"), ("MemorandumOfUnderstanding", "signed")]
    doc = run("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم، وستعمل الجامعتان على إعداد برنامج مشترك "
              "للدراسات العليا.", {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert sorted((a.type, a.status) for a in doc.agreements) == [
        ("JointProgramme", "planned"), ("MemorandumOfUnderstanding", "signed")]
    doc = run("بحثت جامعة الشمال وجامعة الجنوب إمكانية استحداث برامج دراسات عليا مشتركة في الفيزياء.",
              {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_a_similar_programme_with_another_partner_is_a_second_programme():
    text = ("Северный университет и Приморский университет подписали соглашение о программе двойного диплома. "
            "С 2020 года у Северного университета действует аналогичная программа с Западным университетом.")
    doc = run(text, {"i1": ["Северный университет", "Северного университета"], "i2": ["Приморский университет"],
                     "i3": ["Западным университетом"]}, lang="ru")
    got = sorted((a.type, a.status, tuple(sorted(a.parties))) for a in doc.agreements)
    assert got == [("JointProgramme", "active", ("i1", "i3")), ("JointProgramme", "signed", ("i1", "i2"))]
    # without a programme told before, "a similar programme" is nothing
    doc = run("Lakeside University runs a similar programme with Hilltop University.", EN, lang="en")
    assert doc.agreements == []


def test_arabic_denial_covers_its_own_agreement_word_only():
    doc = run("ولم يتم خلال الزيارة توقيع أي اتفاقية بين جامعة الشمال وجامعة الجنوب، على أن تعمل الجامعتان "
              "على إعداد مذكرة تفاهم.", {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_arabic_programme_to_be_prepared_with_a_clitic_preposition():
    doc = run("وقعت جامعة الشمال وجامعة الجنوب اتفاقية تعاون. وأوضح رئيس جامعة الشمال أن الاتفاقية تتضمن "
              "التحضير لإطلاق برنامج ماجستير مشترك، مشيرا إلى أن الجامعة تتعاون مع جامعة الوسط.",
              {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"], "i3": ["جامعة الوسط"]}, lang="ar")
    got = sorted((a.type, a.status, tuple(sorted(a.parties))) for a in doc.agreements)
    assert got == [("CooperationAgreement", "signed", ("i1", "i2")), ("JointProgramme", "planned", ("i1", "i2"))]


def test_persian_memoranda_signed_by_a_president_with_two_partners():
    text = ("دکتر رضا کمالی، رئیس دانشگاه البرز در حاشیه همایش تفاهم نامه هایی با دانشگاه ساحل و دانشگاه کوهستان "
            "امضا کرد و با رئیس دانشگاه دشت درباره راه اندازی دوره دکتری مشترک گفت و گو کرد.")
    names = {"i1": ["دانشگاه البرز"], "i2": ["دانشگاه ساحل"], "i3": ["دانشگاه کوهستان"], "i4": ["دانشگاه دشت"]}
    doc = run(text, names, lang="fa", posts=[("رضا کمالی", "رئیس دانشگاه البرز", "i1")])
    got = sorted((a.type, a.status, tuple(sorted(a.parties))) for a in doc.agreements)
    assert got == [("JointProgramme", "planned", ("i1", "i4")),
                   ("MemorandumOfUnderstanding", "signed", ("i1", "i2")),
                   ("MemorandumOfUnderstanding", "signed", ("i1", "i3"))]


def test_an_agreement_in_force_since_an_earlier_year_is_another_one():
    text = ("Lakeside University and Hilltop University signed a research agreement on 4 May 2023. "
            "Their student admission agreement, in force since 2019, brought 80 students to Lakeside.")
    doc = run(text, EN, lang="en", dateline="2023-05-05")
    assert sorted(a.status for a in doc.agreements) == ["active", "signed"]
    # the same year: one agreement told twice
    text = ("Lakeside University and Hilltop University signed an agreement in 2019. "
            "The agreement, in force since 2019, brought 80 students to Lakeside.")
    assert len(run(text, EN, lang="en").agreements) == 1


def test_network_master_programme_launched_is_active():
    text = ("Северный университет и Приморский университет запустили сетевую магистерскую программу.\n"
            "Вузы подписали договор о сетевой форме реализации магистерской программы по химии. "
            "Первые магистранты уже приступили к занятиям.")
    doc = run(text, RU, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]


def test_arabic_agreement_to_draft_a_memorandum_is_planned():
    doc = run("استقبلت جامعة الشمال وفد جامعة الجنوب، وجرى خلال اللقاء الاتفاق على صياغة مذكرة تفاهم.",
              {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_running_double_degree_with_enrolled_students_is_active():
    doc = run("Lakeside University hosted Hilltop University. Their partnership already includes a dual degree "
              "programme in physics with 20 students enrolled.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]
    doc = run("بحثت جامعة الشمال وجامعة الجنوب توسيع برنامج الدرجة المزدوجة في الصيدلة الذي تنفذه الجامعتان "
              "منذ عام 2020.", {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]


def test_agreement_named_as_the_frame_of_a_course_exists_already():
    text = ("Lakeside University and Hilltop University announce a summer school.\n"
            "The two-week course, run under the universities' partnership agreement, starts in July.")
    doc = run(text, EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("CooperationAgreement", "active")]
    # told of an agreement the text named before, the frame changes nothing
    text = ("Lakeside University and Hilltop University met on 3 May 2023 and agreed to draft a memorandum.\n"
            "Under the memorandum, Hilltop University will host Lakeside students.")
    doc = run(text, EN, lang="en")
    assert [a.status for a in doc.agreements] == ["planned"]


def test_anniversary_of_a_programme_is_active_and_a_new_one_to_launch_is_another():
    text = ("В Северном университете отметили десятилетие соглашения о программе двойных дипломов "
            "с Приморским университетом. Стороны договорились подготовить запуск совместной магистерской "
            "программы Северного университета и Приморского университета.")
    doc = run(text, {"i1": RU["i1"] + ["Северном университете"], "i2": RU["i2"] + ["Приморского университета"]},
              lang="ru")
    assert sorted((a.type, a.status) for a in doc.agreements) == [("JointProgramme", "active"),
                                                                  ("JointProgramme", "planned")]


def test_arabic_executive_programme_is_an_action_plan():
    doc = run("وقعت جامعة الشمال وجامعة الجنوب مذكرة تفاهم، وستعمل الجامعتان على إعداد برنامج تنفيذي للمذكرة.",
              {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}, lang="ar")
    assert ("ActionPlan", "planned") in [(a.type, a.status) for a in doc.agreements]


def test_english_programme_being_designed_is_planned():
    text = ("Lakeside University signed a framework agreement with Hilltop University last year.\n"
            "We are designing a dual-degree master's programme with Hilltop University.")
    doc = run(text, EN, lang="en")
    assert ("JointProgramme", "planned") in [(a.type, a.status) for a in doc.agreements]


def test_agreed_to_explore_a_joint_phd_programme_is_planned():
    doc = run("Lakeside University and Hilltop University met on 20 May 2024 and agreed to explore a joint PhD "
              "programme in energy engineering.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_russian_agreed_to_open_a_double_degree_programme_is_planned():
    doc = run("Северный университет и Приморский университет 8 января 2023 года договорились открыть совместную "
              "магистерскую программу двойного диплома.",
              {"i1": ["Северный университет"], "i2": ["Приморский университет"]}, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_programme_whose_first_students_are_still_expected_is_planned():
    doc = run("Lakeside University and Hilltop University signed a cooperation agreement on 4 May 2025. "
              "They also agreed to prepare a joint master's programme, which is expected to admit its first "
              "students in 2027.", EN, lang="en")
    got = {(a.type, a.status) for a in doc.agreements}
    assert ("JointProgramme", "planned") in got and ("JointProgramme", "active") not in got


def test_an_embassy_whose_diplomat_only_attended_is_left_out():
    # (h8 failure class: "the counsellor of the embassy was also present" is no act of the embassy)
    text = ("Lakeside University and Hilltop University signed a memorandum of understanding on 3 May 2024. "
            "A counsellor of the Embassy of Ruritania also attended.")
    names = dict(EN, i3=["Embassy of Ruritania"])
    doc = make_doc(text, names, lang="en", kinds={"i3": "GovernmentBody"})
    find_events(doc, None)
    find_agreements(doc, None)
    assert [i.key for i in doc.institutions] == ["i1", "i2"]


def test_an_embassy_that_signs_stays():
    text = "Lakeside University and the Embassy of Ruritania signed a memorandum of understanding on 3 May 2024."
    doc = make_doc(text, {"i1": ["Lakeside University"], "i3": ["Embassy of Ruritania"]}, lang="en",
                   kinds={"i3": "GovernmentBody"})
    find_events(doc, None)
    find_agreements(doc, None)
    assert {i.key for i in doc.institutions} == {"i1", "i3"}


def test_persian_draft_of_a_joint_masters_programme_is_planned():
    text = ("دانشگاه البرز و دانشگاه ساحل توافق کردند پیش نویس برنامه کارشناسی ارشد مشترک در رشته "
            "مهندسی آب تا پایان سال تهیه شود.")
    doc = run(text, FA, lang="fa")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_russian_programme_that_the_partners_will_develop_is_planned():
    text = ("Северный университет и Приморский университет подписали соглашение 3 мая 2024 г. Первым "
            "проектом станет совместная магистерская программа «Морская логистика», которую разработают "
            "Северный университет и Приморский университет.")
    doc = run(text, RU, lang="ru")
    assert ("JointProgramme", "planned") in [(a.type, a.status) for a in doc.agreements]


def test_arabic_trilateral_cooperation_agreement_launching_a_programme_is_one_signed_agreement():
    names = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"], "i3": ["جامعة الوسط"]}
    doc = run("وقعت جامعة الشمال وجامعة الجنوب وجامعة الوسط، يوم الخميس 14 مارس 2024 في مدينة فاس، "
              "اتفاقية تعاون ثلاثية لإطلاق برنامج ماجستير مشترك في علوم البيئة.", names, lang="ar")
    assert [a.status for a in doc.agreements] == ["signed"]
    assert set(doc.agreements[0].parties) == {"i1", "i2", "i3"}


def test_an_embassy_whose_unnamed_ambassador_only_attended_is_left_out():
    # (h10 failure class: "The Ambassador of X attended the ceremony" is no act of the embassy)
    text = ("Lakeside University and Hilltop University signed a memorandum of understanding on 3 May 2024. "
            "The Ambassador of Ruritania to Utopia attended the ceremony.")
    names = dict(EN, i3=["Embassy of Ruritania", "Ambassador of Ruritania"])
    doc = make_doc(text, names, lang="en", kinds={"i3": "GovernmentBody"})
    find_events(doc, None)
    find_agreements(doc, None)
    assert [i.key for i in doc.institutions] == ["i1", "i2"]
    # an ambassador who speaks makes the embassy act
    text2 = text.replace("attended the ceremony.", "attended the ceremony and said the memorandum was welcome.")
    doc = make_doc(text2, names, lang="en", kinds={"i3": "GovernmentBody"})
    find_events(doc, None)
    find_agreements(doc, None)
    assert "i3" in [i.key for i in doc.institutions]


def test_arabic_memorandum_welcomed_for_the_coming_months_is_planned():
    AR = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}
    text = ("زار وفد من جامعة الشمال جامعة الجنوب يوم الأحد 2 مارس 2025. "
            "وأكد رئيس جامعة الجنوب أن الجامعة ترحب بتوقيع مذكرة تفاهم مع جامعة الشمال خلال الأشهر المقبلة.")
    doc = run(text, AR, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_english_memorandum_to_be_concluded_in_the_coming_months_is_planned():
    text = ("Lakeside University hosted a delegation of Hilltop University on 2 March 2025. "
            "A memorandum of understanding between the two universities is on the table in the coming months.")
    doc = run(text, EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_english_headline_in_the_present_launch_is_the_running_programme():
    # (h10 failure class: "X and Y launch joint master's programme" as the title of a launched programme)
    text = ("Lakeside University and Hilltop University launch joint master's programme\n"
            "Lakeside University and Hilltop University have launched a joint master's degree programme in "
            "marine biology, with the first cohort starting on 1 September 2024.")
    doc = run(text, EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]
    # an intention stays one
    doc = run("Lakeside University and Hilltop University met on 2 May 2024 and agreed to launch a joint "
              "master's programme.", EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


# ---- h11 failure classes (agreements theme): sentences written for these tests

def test_agreement_signed_in_an_earlier_year_is_a_signed_agreement_of_its_own():
    text = ("Lakeside University and Hilltop University signed a cooperation agreement on 3 March 2025.\n"
            "The agreement builds on a 2018 memorandum of understanding between the two universities.")
    doc = run(text, EN, lang="en", dateline="2025-03-03")
    assert sorted((a.type, a.status) for a in doc.agreements) == [
        ("CooperationAgreement", "signed"), ("MemorandumOfUnderstanding", "signed")]
    # the frame of today's work, dated by its year: the old treaty, not today's agreement
    text = ("Северный университет и Приморский университет подписали соглашение 2 марта 2025 года. "
            "С Приморским университетом мы работаем в рамках договора 2016 года, сказал ректор.")
    doc = run(text, RU, lang="ru", dateline="2025-03-03")
    assert [a.status for a in doc.agreements] == ["signed", "signed"]
    # without a year it stays the frame of the one told
    doc = run(text.replace("договора 2016 года", "договора"), RU, lang="ru", dateline="2025-03-03")
    assert [a.status for a in doc.agreements] == ["signed"]


def test_agreement_first_signed_in_an_earlier_year_and_renewed_is_one():
    text = ("Lakeside University and Hilltop University renewed their exchange agreement on 3 March 2025.\n"
            "Since the agreement was first signed in 2015, forty students have taken part.")
    doc = run(text, EN, lang="en", dateline="2025-03-03")
    assert len(doc.agreements) == 1


def test_running_agreement_signed_in_an_earlier_year_stays_active():
    text = ("Делегация Северного университета посетила Приморский университет 2 марта 2025 года. "
            "Стороны отметили реализацию действующего соглашения, подписанного в 2020 году.")
    doc = run(text, RU, lang="ru", dateline="2025-03-03")
    assert [a.status for a in doc.agreements] == ["active"]


def test_memorandum_that_will_be_signed_is_planned():
    text = ("Lakeside University hosted Hilltop University on 3 March 2025. Both sides agreed that a "
            "memorandum of understanding on a joint laboratory will be signed during the next visit.")
    doc = run(text, EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_draft_agreements_are_planned():
    AR = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}
    text = "استقبلت جامعة الشمال وفدا من جامعة الجنوب، وتم بحث مسودة مذكرة تفاهم بين الجامعتين."
    doc = run(text, AR, lang="ar")
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]
    text = ("Северный университет и Приморский университет провели переговоры. Стороны подготовили "
            "проект договора о сетевой магистерской программе по химии.")
    doc = run(text, RU, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "planned")]


def test_joint_degree_named_without_the_word_programme_runs():
    text = ("Hilltop University delegates visited Lakeside University on 3 March 2025 to review the joint "
            "master's programme run by the two universities. The joint M.Sc. in Ocean Science, launched in "
            "2020, currently has 30 students enrolled.")
    doc = run(text, EN, lang="en")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]


def test_persian_dual_degree_course_running_since_a_year_is_active():
    text = ("هیئتی از دانشگاه ساحل از دانشگاه البرز بازدید کرد. "
            "دوره کارشناسی ارشد دوگانه شیمی دو دانشگاه از سال ۲۰۱۸ اجرا می شود.")
    doc = run(text, FA, lang="fa")
    assert [(a.type, a.status) for a in doc.agreements] == [("JointProgramme", "active")]


def test_arabic_executive_programme_in_the_accusative_is_a_planned_action_plan():
    AR = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}
    text = ("وقعت جامعة الشمال مذكرة تفاهم مع جامعة الجنوب يوم الأحد 2 مارس 2025. "
            "واتفق الطرفان على أن يعد مكتبا التعاون برنامجاً تنفيذياً للمذكرة خلال شهرين.")
    doc = run(text, AR, lang="ar")
    assert sorted((a.type, a.status) for a in doc.agreements) == [
        ("ActionPlan", "planned"), ("MemorandumOfUnderstanding", "signed")]


def test_sentence_that_counts_two_agreements_gives_two():
    text = ("В ходе визита 3 марта 2025 года было подписано два документа: соглашение между Северным "
            "университетом и Приморским университетом и соглашение между физическими факультетами "
            "Северного университета и Приморского университета.")
    doc = run(text, RU, lang="ru")
    assert [(a.type, a.status) for a in doc.agreements] == [("CooperationAgreement", "signed")] * 2
    # without the count, the two words of one sentence are one agreement
    doc = run(text.replace("было подписано два документа:", "было подписано"), RU, lang="ru")
    assert len(doc.agreements) == 1


def test_ministry_an_agreement_is_made_with_is_a_party_one_named_around_it_is_not():
    names = dict(RU, i3=["Министерством просвещения", "Министерства просвещения"])
    text = ("Северный университет подписал 3 марта 2025 года соглашение с Министерством просвещения.")
    doc = run(text, names, lang="ru", kinds={"i3": "GovernmentBody"})
    assert [set(a.parties) for a in doc.agreements] == [{"i1", "i3"}]
    names = dict(FA, i3=["وزارت علوم"])
    text = ("تفاهم نامه همکاری دانشگاه البرز و دانشگاه ساحل روز دوشنبه امضا شد. "
            "امضای این تفاهم نامه در چارچوب سیاست های وزارت علوم انجام شده است.")
    doc = run(text, names, lang="fa", kinds={"i3": "GovernmentBody"})
    assert [set(a.parties) for a in doc.agreements] == [{"i1", "i2"}]


def test_arabic_and_present_verb_with_starts_another_strand():
    # (h11: "X توقع اتفاقية مع Y وتبحث مع Z مسودة مذكرة": Z is no party to the signed agreement)
    AR = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"], "i3": ["جامعة الوسط"]}
    text = "جامعة الشمال توقع اتفاقية تعاون مع جامعة الجنوب وتبحث مع جامعة الوسط مسودة مذكرة تفاهم"
    doc = run(text, AR, lang="ar")
    got = sorted((a.type, a.status, frozenset(a.parties)) for a in doc.agreements)
    assert got == [("CooperationAgreement", "signed", frozenset({"i1", "i2"})),
                   ("MemorandumOfUnderstanding", "planned", frozenset({"i1", "i3"}))]
