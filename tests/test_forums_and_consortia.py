"""Forums with signings on their days, consortia and joint delegations, in texts written for
these tests (whole pipeline unless said)."""
from __future__ import annotations

from itertools import combinations

from loaders.dates import find_dates
from loaders.furniture import related_heading
from loaders.normalise import fold, normalise_text
from loaders.sentences import sentence_spans
from pipeline_documents import inst_named, inst_of, names, run
from test_institutions import extract as extract_institutions, res  # noqa: F401 - the shared fixture


def pairs(doc) -> set[frozenset]:
    """The institution pairs the graph will hold (events and agreements), as folded names."""
    out = set()
    for members in [e.participants + ([e.host] if e.host else []) for e in doc.events] + \
            [a.parties for a in doc.agreements]:
        keys = sorted(set(members))
        for a, b in combinations(keys, 2):
            out.add(frozenset((fold(doc.institution(a).name), fold(doc.institution(b).name))))
    return out


def pair(a: str, b: str) -> frozenset:
    return frozenset((fold(a), fold(b)))


# ---------------------------------------------------------------- a forum with signings on its second day

_RU_FORUM = (
    "Белгородский государственный университет\n\n"
    "В БелГУ прошёл российско-вьетнамский форум вузов: подписаны два соглашения\n\n"
    "14–15 мая 2025 года Белгородский государственный университет принял III Российско-вьетнамский "
    "форум вузов. В работе форума приняли участие представители 20 университетов двух стран.\n\n"
    "Итогом второго дня стало подписание двух документов. Соглашение о сотрудничестве между "
    "Белгородским государственным университетом и Ханойским университетом подписали ректор БелГУ "
    "Олег Иванович Полухин и ректор Ханойского университета профессор Нгуен Ван Хай.\n\n"
    "Второе соглашение — о совместной магистерской программе — заключили Воронежский государственный "
    "университет и Университет Дананга.\n")


def test_russian_forum_is_the_conference_and_its_day_two_signings_pair_only_the_signatories(tmp_path, res):
    doc = run(tmp_path, _RU_FORUM, res)
    types = {(e.type, e.start, e.end) for e in doc.events}
    assert ("Conference", "2025-05-14", "2025-05-15") in types
    assert ("SigningCeremony", "2025-05-15", None) in types
    got = pairs(doc)
    host, hanoi = "Белгородский государственный университет", "Ханойский университет"
    vsu, danang = "Воронежский государственный университет", "Университет Дананга"
    host, hanoi, vsu, danang = (fold(inst_named(doc, n).name) for n in (host, hanoi, vsu, danang))
    assert frozenset((host, hanoi)) in got and frozenset((vsu, danang)) in got
    assert not got & {frozenset((host, vsu)), frozenset((host, danang)), frozenset((hanoi, vsu)), frozenset((hanoi, danang))}


_AR_FORUM = (
    "جامعة الساحل | المركز الإعلامي\n\n"
    "توقيع مذكرتي تفاهم على هامش الملتقى العربي الآسيوي للتعليم العالي\n\n"
    "اختتمت أعمال الملتقى العربي الآسيوي الثاني للتعليم العالي الذي استضافته جامعة الساحل يومي الأحد "
    "والاثنين 9 و10 مارس 2025، بمشاركة أكثر من عشرين جامعة.\n\n"
    "وشهد اليوم الثاني من الملتقى توقيع مذكرتي تفاهم منفصلتين؛ الأولى بين جامعة الساحل وجامعة كيوتو "
    "اليابانية، وقّعها عن جامعة الساحل الدكتور فادي سليمان رئيس الجامعة.\n\n"
    "أما المذكرة الثانية فجمعت جامعة الواحة وجامعة سيول، ووقّعها الدكتور نادر حسين رئيس جامعة الواحة.\n")


def test_arabic_two_memoranda_of_a_forum_day_each_with_its_own_pair(tmp_path, res):
    doc = run(tmp_path, _AR_FORUM, res)
    sahel, kyoto, waha, seoul = (next(fold(i.name) for i in doc.institutions if fold(i.name).startswith(fold(n)))
                                 for n in ("جامعة الساحل", "جامعة كيوتو", "جامعة الواحة", "جامعة سيول"))
    signed = [a for a in doc.agreements if a.status == "signed" and a.type == "MemorandumOfUnderstanding"]
    parties = {frozenset(fold(doc.institution(k).name) for k in a.parties) for a in signed}
    assert frozenset((sahel, kyoto)) in parties
    assert frozenset((waha, seoul)) in parties
    got = pairs(doc)
    assert frozenset((sahel, seoul)) not in got and frozenset((kyoto, waha)) not in got
    assert {("Conference", "2025-03-09"), ("SigningCeremony", "2025-03-10")} <= {(e.type, e.start) for e in doc.events}


def test_keynote_speaker_who_signs_on_the_sidelines_is_not_a_partner_of_the_co_organiser(tmp_path, res):
    doc = run(tmp_path,
              "Coastal Resilience Conference opens in Accra\n\n"
              "Over 200 researchers met at the University of Ghana from Monday 7 to Wednesday 9 April 2025 for "
              "the third Coastal Resilience Conference, jointly organised by the University of Ghana and the "
              "University of Lagos.\n\n"
              "Keynote addresses included one by Professor Anna Berg, Vice-Rector of Lund University. On the "
              "sidelines of the conference, on Tuesday 8 April 2025, Professor Berg and the University of Ghana "
              "signed a memorandum of understanding between Lund University and the University of Ghana.\n", res)
    got = pairs(doc)
    assert pair("University of Ghana", "University of Lagos") in got
    assert pair("University of Ghana", "Lund University") in got
    assert pair("University of Lagos", "Lund University") not in got


# ---------------------------------------------------------------- Arabic words

def test_arabic_signed_with_its_object_and_this_year_is_no_running_agreement():
    from loaders import triggers as T
    assert T.SIGNED.search(normalise_text("ووقّعها عن الجامعة رئيسها")[0])
    assert not T.ACTIVE.search(normalise_text("زيارة في ربيع العام الجاري")[0])


def test_arabic_kinds_of_bodies_are_no_institutions(res):
    doc = extract_institutions("شاركت جامعة الساحل في اجتماع اتحاد المشروع بحضور أكثر من عشر جامعات ومؤسسة بحثية، "
                               "وتم تدريب عشرين عضو هيئة تدريس في جامعة الواحة.", "ar", res)
    got = names(doc)
    assert fold("جامعة الساحل") in got and fold("جامعة الواحة") in got
    assert not any(n.startswith(fold("مؤسسة")) or n.startswith(fold("هيئة")) or n.startswith(fold("اتحاد"))
                   for n in got)


def test_arabic_related_stories_heading_with_alaqa():
    assert related_heading(normalise_text("أخبار ذات علاقة:")[0])


def test_arabic_signing_verb_with_a_conjunction_keeps_one_agreement(tmp_path, res):
    # "ووقع الاتفاقية" is a signing now; the definite "the agreement" told again is the programme's
    from loaders import triggers as T
    assert T.SIGNED.search(normalise_text("ووقع الاتفاقية رئيسا الجامعتين")[0])
    doc = run(tmp_path, "وقعت جامعة الساحل وجامعة الواحة وجامعة النخيل، يوم الأحد 9 مارس 2025، اتفاقية تعاون "
                        "ثلاثية لإطلاق برنامج ماجستير مشترك في علوم البحار.\n"
                        "ووقع الاتفاقية كل من رئيس جامعة الساحل الدكتور فادي سليمان، ورئيس جامعة الواحة "
                        "الدكتور نادر حسين.\n", res)
    assert len(doc.agreements) == 1


# ---------------------------------------------------------------- Persian

def test_persian_range_with_weekdays_on_both_days():
    text = normalise_text("این هیئت از یکشنبه ۱۲ تا سه‌شنبه ۱۴ آبان‌ماه در تفلیس بود")[0]
    got = find_dates(text, "fa", 2024, "2024-11-10")
    assert [(d.start_date, d.end_date) for d in got] == [("2024-11-02", "2024-11-04")]


def test_semicolon_inside_a_title_in_guillemets_does_not_end_the_sentence():
    text = "همایش «شعر فارسی؛ دیروز و امروز» روز دوشنبه برگزار شد. سپس جلسه‌ای تشکیل شد."
    assert len(sentence_spans(text)) == 2


def test_persian_plural_with_copula_and_a_verb_after_ministry_are_no_names(tmp_path, res):
    doc = run(tmp_path, "رئیس دانشگاه البرز گفت این همایش گامی برای ساختن شبکه‌ای از دانشگاه‌هاست. وی توسعه "
                        "همکاری با دانشگاه دولتی گنجه را از اولویت‌های وزارت دانست.", res)
    got = names(doc)
    assert fold("دانشگاه البرز") in got
    assert not any(fold("هاست") in n or fold("دانست") in n for n in got)


def test_persian_post_of_scientific_and_international_cooperation_goes_to_its_university(tmp_path, res):
    doc = run(tmp_path, "در این سفر، دکتر نادر امینی رئیس دانشگاه البرز، دکتر لیلا کاظمی معاون آموزشی دانشگاه "
                        "گیلان و دکتر پیمان شریفی مدیر همکاری‌های علمی و بین‌المللی دانشگاه البرز، هیئت را "
                        "همراهی می‌کردند.", res)
    assert inst_of(doc, "پیمان شریفی") == fold("دانشگاه البرز")


# ---------------------------------------------------------------- English names and posts

def test_abbreviated_muhammad_opens_a_name_and_a_signature_gives_a_post(tmp_path, res):
    doc = run(tmp_path, "Dhaka, 3 March 2025: The University of Rajshahi and Kathmandu University signed an MoU. "
                        "It was signed by Vice-Chancellor Professor Dr. Md. Anisur Rahman Khan and Professor "
                        "Bina Shrestha.\n\nSd/-\nMd. Karim Uddin\nAssistant Registrar (Public Relations)\n", res)
    persons = {p.name for p in doc.persons}
    assert "Md. Anisur Rahman Khan" in persons
    assert inst_of(doc, "Md. Karim Uddin") == fold("University of Rajshahi")


def test_a_minister_of_a_named_country_makes_his_ministry_act(tmp_path, res):
    doc = run(tmp_path, "A delegation from Kenya, led by the Deputy Minister of Education, Hon. Dr Peter Otieno, "
                        "visited the University of York on Monday 3 March 2025.", res)
    ministry = inst_named(doc, "Ministry of Education")
    assert ministry is not None and ministry.country == "KE"
    assert inst_of(doc, "Peter Otieno") == fold("Ministry of Education")


def test_an_institute_named_after_the_university_s_city_is_its_unit(tmp_path, res):
    doc = run(tmp_path, "A delegation of Makerere University visited the University of York on 3 March 2025. "
                        "The programme included visits to the York Institute for Data Science.", res)
    assert not any("institute" in n for n in names(doc))


def test_a_joint_delegation_listed_with_semicolons_pairs_all_its_members(tmp_path, res):
    doc = run(tmp_path,
              "A high-level delegation from Kenya, led by the Deputy Minister of Education, Hon. Dr Peter Otieno, "
              "spent two days at the University of York.\n\n"
              "The Deputy Minister was accompanied by Professor Ann Wanjiru, Vice-Chancellor of the University of "
              "Nairobi; Professor John Kiprop, Vice-Chancellor of Moi University; and Professor Grace Achieng, "
              "Director of Research at Maseno University. The visitors were welcomed on Tuesday 4 March 2025 by "
              "York's Pro-Vice-Chancellor, Professor Tom Hale.\n\n"
              "The Maseno University delegation also presented its plans for a summer school.\n", res)
    got = pairs(doc)
    assert pair("University of Nairobi", "Moi University") in got
    assert pair("Moi University", "Maseno University") in got
    assert pair("Ministry of Education", "Maseno University") in got


# ---------------------------------------------------------------- topics

def test_topics_of_languages_guides_grants_and_annual_symposia(tmp_path, res):
    from loaders.topics import TOPIC_PATTERNS
    def codes(text):
        t = normalise_text(text)[0]
        return {c for c, p in TOPIC_PATTERNS.items() if p.search(t)}
    assert "Culture" in codes("وتركز المذكرة على تعليم اللغتين الفرنسية والإسبانية")
    assert "Culture" in codes("افتتاح دورات في اللغة الكورية بمركز اللغات")
    assert "Scholarship" in codes("إدراج مقاعد إضافية للابتعاث إلى كوريا")
    assert "Scholarship" in codes("ستخصص منحاً بحثية لطلبة الماجستير")
    assert "JointPublication" in codes("إعداد دليل علمي مشترك حول المياه")
    assert "AcademicEvents" in codes("وعقد مؤتمر ختامي للمشروع في عمان")
    assert "AcademicEvents" not in codes("وعقد مؤتمر صحفي في عمان")
    assert "AcademicEvents" in codes("they will organise a Regional Graduate Symposium every year")
    assert "StaffExchange" in codes("short research visits by academic staff")
    assert "JointResearch" in codes("exploring joint applications to regional research funds")
    assert "JointDegree" in codes("соглашение о программе двух дипломов магистратуры")
    assert "Culture" in codes("راه‌اندازی کرسی‌های مشترک ایران‌شناسی")


# ---------------------------------------------------------------- running and planned programmes, plans

def test_a_fellowship_scheme_run_together_and_a_master_s_to_prepare_are_two_programmes(tmp_path, res):
    doc = run(tmp_path, "The University of Nairobi and the University of York met in York on 4 March 2025. Since "
                        "then, they have run a joint postdoctoral fellowship scheme, which currently supports four "
                        "fellows. The University of Nairobi and the University of York would now prepare a joint "
                        "master's programme in data science.", res)
    got = {(a.type, a.status) for a in doc.agreements}
    assert ("JointProgramme", "active") in got and ("JointProgramme", "planned") in got


def test_an_annual_work_plan_to_prepare_is_an_action_plan(tmp_path, res):
    doc = run(tmp_path, "Colombo, 2 April 2025: The University of Colombo and Kathmandu University signed an MoU "
                        "yesterday. A joint working group will prepare an annual work plan within three months.", res)
    assert ("ActionPlan", "planned") in {(a.type, a.status) for a in doc.agreements}


def test_a_country_before_and_is_not_part_of_the_next_name(res):
    doc = extract_institutions("Universiti Malaya hosted a meeting with Universitas Gadjah Mada (UGM) in Indonesia "
                               "and Chulalongkorn University in Thailand.", "en", res)
    assert fold("Chulalongkorn University") in names(doc)


def test_russian_agreement_about_a_programme_after_a_dash_is_that_programme(tmp_path, res):
    doc = run(tmp_path, _RU_FORUM, res)
    vsu = next(k.key for k in doc.institutions if k.name.startswith("Воронежск"))
    assert [a.type for a in doc.agreements if vsu in a.parties] == ["JointProgramme"]


# ---------------------------------------------------------------- Arabic posts

def test_arabic_acting_head_project_coordinator_and_embassy_secretary(tmp_path, res):
    doc = run(tmp_path, "استقبل رئيس جامعة الساحل الدكتور فادي سليمان سفير اليابان السيد تارو يامادا، ووقع عن "
                        "جامعة الواحة الأستاذ الدكتور نادر حسين القائم بأعمال مدير الجامعة. وترأس الاجتماع منسق "
                        "المشروع في جامعة النخيل البروفيسور خوان غارسيا، وحضر السكرتير الأول في السفارة اليابانية "
                        "السيد كين ساتو.", res)
    assert inst_of(doc, "نادر حسين") == fold("جامعة الواحة")
    assert inst_of(doc, "خوان غارسيا") == fold("جامعة النخيل")
    embassy = inst_of(doc, "كين ساتو")
    assert embassy is not None and embassy == inst_of(doc, "تارو يامادا")


def test_a_country_s_possessive_is_not_its_university_s_short_name(tmp_path, res):
    doc = run(tmp_path, "A delegation of the University of Ghana visited the University of York on 3 March 2025. "
                        "The Government of Ghana's plans for scholarships were presented.", res)
    uni = inst_named(doc, "University of Ghana")
    assert uni is not None and fold("Ghana") not in {fold(x[0]) for x in uni.labels}


def test_a_partnership_in_place_since_a_year_is_a_running_agreement(tmp_path, res):
    doc = run(tmp_path, "A delegation of the University of Ghana visited the University of York on 3 March 2025. "
                        "Discussions built on a partnership between York and the University of Ghana that has been "
                        "in place since 2019.", res)
    assert "active" in {a.status for a in doc.agreements}


def test_more_topic_phrasings():
    from loaders.topics import TOPIC_PATTERNS
    def codes(text):
        t = normalise_text(text)[0]
        return {c for c, p in TOPIC_PATTERNS.items() if p.search(t)}
    got = codes("a partnership that supports joint doctoral supervision in water research")
    assert "JointResearch" in got and "JointDegree" not in got
    assert "OnlineEducation" in codes("часть дисциплин будет преподаваться онлайн")
    assert "AcademicEvents" in codes("پیشنهاد داد دوره بعدی همایش در تبریز برگزار شود")
    assert "StudentExchange" in codes("واستقبال طلبة الدراسات العليا في مختبرات الجامعتين")


def test_words_of_a_forum_s_quoted_title_are_no_topics(tmp_path, res):
    doc = run(tmp_path, "اختتمت أعمال \"المنتدى العربي الآسيوي الثاني للتعليم العالي والابتكار\" الذي استضافته جامعة "
                        "الساحل يومي الأحد والاثنين 9 و10 مارس 2025، ووقعت جامعة الساحل وجامعة الواحة مذكرة تفاهم "
                        "لتبادل الطلبة.", res)
    codes = {t.code for t in doc.topics}
    assert "StudentExchange" in codes and "Innovation" not in codes


def test_a_named_partnership_the_meeting_works_under_is_a_running_agreement(tmp_path, res):
    doc = run(tmp_path, "Universiti Malaya hosted an online meeting on 3 December 2024 with Chulalongkorn University "
                        "to review cooperation under the two universities' Coastal Cities Partnership. Li announced "
                        "ten scholarships under the Malaya Global Partnership Fund.", res)
    running = [a for a in doc.agreements if a.status == "active"]
    assert len(running) == 1 and len(set(running[0].parties)) == 2
