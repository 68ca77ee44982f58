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
    "Южный федеральный университет\n\n"
    "В ЮФУ прошёл российско-вьетнамский форум вузов: подписаны два соглашения\n\n"
    "14–15 мая 2025 года Южный федеральный университет принял III Российско-вьетнамский "
    "форум вузов. Участниками форума стали делегации 20 университетов из России и Вьетнама.\n\n"
    "На второй день форума подписаны два документа. Соглашение о сотрудничестве между "
    "Южным федеральным университетом и Ханойским педагогическим университетом подписали ректор ЮФУ "
    "Андрей Викторович Лебедев и ректор Ханойского педагогического университета профессор Ле Тхань Бинь.\n\n"
    "Второе соглашение — о совместной магистерской программе — заключили Кубанский государственный "
    "университет и Университет Кантхо.\n")


def test_russian_forum_is_the_conference_and_its_day_two_signings_pair_only_the_signatories(tmp_path, res):
    doc = run(tmp_path, _RU_FORUM, res)
    types = {(e.type, e.start, e.end) for e in doc.events}
    assert ("Conference", "2025-05-14", "2025-05-15") in types
    assert ("SigningCeremony", "2025-05-15", None) in types
    got = pairs(doc)
    host, hanoi = "Южный федеральный университет", "Ханойский педагогический университет"
    vsu, danang = "Кубанский государственный университет", "Университет Кантхо"
    host, hanoi, vsu, danang = (fold(inst_named(doc, n).name) for n in (host, hanoi, vsu, danang))
    assert frozenset((host, hanoi)) in got and frozenset((vsu, danang)) in got
    assert not got & {frozenset((host, vsu)), frozenset((host, danang)), frozenset((hanoi, vsu)), frozenset((hanoi, danang))}


_AR_FORUM = (
    "جامعة الساحل | المركز الإعلامي\n\n"
    "مذكرتا تفاهم في ختام الملتقى العربي الآسيوي للتعليم العالي\n\n"
    "اختتمت أعمال الملتقى العربي الآسيوي الثاني للتعليم العالي الذي استضافته جامعة الساحل يومي الأحد "
    "والاثنين 9 و10 مارس 2025، بمشاركة أكثر من عشرين جامعة.\n\n"
    "وشهد اليوم الثاني من الملتقى توقيع مذكرتي تفاهم مستقلتين؛ الأولى بين جامعة الساحل وجامعة كيوتو "
    "اليابانية، وقّعها عن جامعة الساحل رئيسها الدكتور فادي سليمان.\n\n"
    "أما المذكرة الثانية فقد جمعت جامعة الواحة مع جامعة سيول، ووقّعها رئيس جامعة الواحة الدكتور نادر حسين.\n")


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
              "Tropical Cities Conference opens in Ibadan\n\n"
              "From Monday 7 to Wednesday 9 April 2025, more than 200 scientists attended the third Tropical "
              "Cities Conference at the University of Ibadan, which the University of Ibadan co-organised with "
              "Obafemi Awolowo University.\n\n"
              "Among the keynote speakers was Professor Anna Berg, Vice-Rector of Uppsala University. On Tuesday "
              "8 April 2025, on the margins of the conference, Professor Berg and the University of Ibadan "
              "concluded a memorandum of understanding linking Uppsala University with the University of "
              "Ibadan.\n", res)
    got = pairs(doc)
    assert pair("University of Ibadan", "Obafemi Awolowo University") in got
    assert pair("University of Ibadan", "Uppsala University") in got
    assert pair("Obafemi Awolowo University", "Uppsala University") not in got


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
    doc = run(tmp_path, "رئیس دانشگاه البرز گفت هدف این نشست پیوند میان پژوهشگران همه این دانشگاه‌هاست. وی "
                        "گسترش روابط با دانشگاه دولتی گنجه را جزو برنامه‌های مهم وزارت دانست.", res)
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
    doc = run(tmp_path, "On Monday 3 March 2025 the University of York received a delegation from Kenya headed by "
                        "Deputy Minister for Education Hon. Prof. Peter Otieno.", res)
    ministry = inst_named(doc, "Ministry of Education")
    assert ministry is not None and ministry.country == "KE"
    assert inst_of(doc, "Peter Otieno") == fold("Ministry of Education")


def test_an_institute_named_after_the_university_s_city_is_its_unit(tmp_path, res):
    doc = run(tmp_path, "A delegation of Gulu University visited the University of York on 3 March 2025. "
                        "The guests also toured the York Institute for Data Science.", res)
    assert not any("institute" in n for n in names(doc))


def test_a_joint_delegation_listed_with_semicolons_pairs_all_its_members(tmp_path, res):
    doc = run(tmp_path,
              "The University of York hosted a delegation from Kenya for two days, headed by Deputy Minister "
              "for Education Hon. Prof. Peter Otieno.\n\n"
              "He was accompanied by Professor Ann Wanjiru, Vice-Chancellor of Kenyatta University; Professor "
              "John Kiprop, Vice-Chancellor of Egerton University; and Professor Grace Achieng, Director of "
              "Research at Pwani University. On Tuesday 4 March 2025 the guests met York's "
              "Pro-Vice-Chancellor, Professor Tom Hale.\n\n"
              "Pwani University also outlined its idea of a joint summer school.\n", res)
    got = pairs(doc)
    assert pair("Kenyatta University", "Egerton University") in got
    assert pair("Egerton University", "Pwani University") in got
    assert pair("Ministry of Education", "Pwani University") in got


# ---------------------------------------------------------------- topics

def test_topics_of_languages_guides_grants_and_annual_symposia(tmp_path, res):
    from loaders.topics import TOPIC_PATTERNS
    def codes(text):
        t = normalise_text(text)[0]
        return {c for c, p in TOPIC_PATTERNS.items() if p.search(t)}
    assert "Culture" in codes("وتشمل المذكرة تعليم اللغتين التركية والفارسية لطلبة الكليتين")
    assert "Culture" in codes("تنظيم دورات في اللغة الألمانية لموظفي الجامعة")
    assert "Scholarship" in codes("زيادة عدد مقاعد الابتعاث المخصصة لليابان")
    assert "Scholarship" in codes("وتقدم الجامعة منحاً مالية لطلبة الدكتوراه المتميزين")
    assert "JointPublication" in codes("تأليف دليل علمي مشترك عن مكافحة التصحر")
    assert "AcademicEvents" in codes("وعقد مؤتمر ختامي في إربد نهاية العام")
    assert "AcademicEvents" not in codes("وعقد مؤتمر صحفي في إربد نهاية العام")
    assert "AcademicEvents" in codes("the partners will host a Coastal Ecology Symposium each year")
    assert "StaffExchange" in codes("three-week research visits by junior academics")
    assert "JointResearch" in codes("they will submit joint applications for national research grants")
    assert "JointDegree" in codes("договор о запуске программы двух дипломов бакалавриата")
    assert "Culture" in codes("تأسیس یک کرسی ایران‌شناسی در دانشگاه میزبان")


# ---------------------------------------------------------------- running and planned programmes, plans

def test_a_fellowship_scheme_run_together_and_a_master_s_to_prepare_are_two_programmes(tmp_path, res):
    doc = run(tmp_path, "The University of Nairobi and the University of York met in York on 4 March 2025. For "
                        "three years the two universities have run a joint fellowship scheme for postdoctoral "
                        "researchers and currently supports six fellows. In addition, the University of Nairobi "
                        "and the University of York would prepare a joint MSc programme in climate science.", res)
    got = {(a.type, a.status) for a in doc.agreements}
    assert ("JointProgramme", "active") in got and ("JointProgramme", "planned") in got


def test_an_annual_work_plan_to_prepare_is_an_action_plan(tmp_path, res):
    doc = run(tmp_path, "Kandy, 2 April 2025: University of Peradeniya and Pokhara University signed an MoU "
                        "yesterday. A joint committee is to draw up an annual work plan by June.", res)
    assert ("ActionPlan", "planned") in {(a.type, a.status) for a in doc.agreements}


def test_a_country_before_and_is_not_part_of_the_next_name(res):
    doc = extract_institutions("Universiti Sains Malaysia held talks with Universitas Airlangga (UNAIR) in Indonesia "
                               "and Mahidol University in Thailand.", "en", res)
    assert fold("Mahidol University") in names(doc)


def test_russian_agreement_about_a_programme_after_a_dash_is_that_programme(tmp_path, res):
    doc = run(tmp_path, _RU_FORUM, res)
    vsu = next(k.key for k in doc.institutions if k.name.startswith("Кубанск"))
    assert [a.type for a in doc.agreements if vsu in a.parties] == ["JointProgramme"]


# ---------------------------------------------------------------- Arabic posts

def test_arabic_acting_head_project_coordinator_and_embassy_secretary(tmp_path, res):
    doc = run(tmp_path, "استقبل رئيس جامعة الساحل الدكتور فادي سليمان سفير كوريا السيد جونغ هو كيم، ووقع عن "
                        "جامعة الواحة الأستاذ الدكتور نادر حسين القائم بأعمال مدير الجامعة. وأدار الجلسة منسق "
                        "المشروع في جامعة النخيل البروفيسور ماركو روسي، وحضر السكرتير الأول في السفارة الكورية "
                        "السيد مين سو لي.", res)
    assert inst_of(doc, "نادر حسين") == fold("جامعة الواحة")
    assert inst_of(doc, "ماركو روسي") == fold("جامعة النخيل")
    embassy = inst_of(doc, "مين سو لي")
    assert embassy is not None and embassy == inst_of(doc, "جونغ هو كيم")


def test_a_country_s_possessive_is_not_its_university_s_short_name(tmp_path, res):
    doc = run(tmp_path, "University of Ghana representatives came to the University of York on 3 March 2025. "
                        "The Government of Ghana's new scholarship scheme was also discussed.", res)
    uni = inst_named(doc, "University of Ghana")
    assert uni is not None and fold("Ghana") not in {fold(x[0]) for x in uni.labels}


def test_a_partnership_in_place_since_a_year_is_a_running_agreement(tmp_path, res):
    doc = run(tmp_path, "Representatives of the University of Zambia came to the University of York on 3 March "
                        "2025. The talks drew on a partnership between York and the University of Zambia, in place "
                        "since 2018.", res)
    assert "active" in {a.status for a in doc.agreements}


def test_more_topic_phrasings():
    from loaders.topics import TOPIC_PATTERNS
    def codes(text):
        t = normalise_text(text)[0]
        return {c for c, p in TOPIC_PATTERNS.items() if p.search(t)}
    got = codes("a partnership offering joint doctoral supervision for marine biologists")
    assert "JointResearch" in got and "JointDegree" not in got
    assert "OnlineEducation" in codes("некоторые курсы магистратуры будут читаться онлайн")
    assert "AcademicEvents" in codes("وی خواست دوره بعدی همایش در شیراز برگزار شود")
    assert "StudentExchange" in codes("واستقبال طلبة الماجستير في معامل كلية الهندسة")


def test_words_of_a_forum_s_quoted_title_are_no_topics(tmp_path, res):
    doc = run(tmp_path, "اختتمت أعمال \"المنتدى العربي الآسيوي الثاني للبحث العلمي والابتكار\" الذي نظمته جامعة "
                        "الساحل يومي الأحد والاثنين 9 و10 مارس 2025، ووقعت جامعة الساحل وجامعة الواحة مذكرة تفاهم "
                        "لتبادل الطلبة.", res)
    codes = {t.code for t in doc.topics}
    assert "StudentExchange" in codes and "Innovation" not in codes


def test_a_named_partnership_the_meeting_works_under_is_a_running_agreement(tmp_path, res):
    doc = run(tmp_path, "Universiti Putra Malaysia hosted an online meeting on 3 December 2024 with Kasetsart "
                        "University to take stock of work done under the two universities' Coastal Cities "
                        "Partnership. Tan announced twelve scholarships under the Putra Global Partnership Fund.", res)
    running = [a for a in doc.agreements if a.status == "active"]
    assert len(running) == 1 and len(set(running[0].parties)) == 2
