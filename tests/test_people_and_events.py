"""Officials in many shapes, forums of many universities, multi-day dates: sentences written
for these tests (never copied from the evaluation articles)."""
from __future__ import annotations

from loaders.agreements import find_agreements
from loaders.dateline import dateline_of
from loaders.events import find_events
from loaders.normalise import fold, normalise_text
from loaders.officials import find_officials
from loaders.sentences import split_sentences
from test_events import make_doc
from test_institutions import extract as extract_institutions, names, res  # noqa: F401 - the shared fixture
from test_officials import extract, officials


def extract_split(text: str, lang: str, res):
    """Institutions, sentences (the pipeline's splitter knows "أ.د."), then officials."""
    doc = extract_institutions(text, lang, res)
    split_sentences(doc)
    find_officials(doc, res)
    return doc


# ---------------------------------------------------------------- ministers and embassies

def test_deputy_minister_without_portfolio_works_for_the_ministry_named_before(res):
    doc = extract("Делегация Томского государственного университета побывала в Министерстве образования "
                  "Республики Узбекистан. Заместитель министра Бахтиёр Рахимович Каримов рассказал о программах.",
                  "ru", res)
    role, inst, _ = officials(doc)[fold("Бахтиёр Рахимович Каримов")]
    assert inst is not None and inst.startswith(fold("Министерство"))


def test_deputy_minister_in_the_sentence_that_names_the_ministry(res):
    doc = extract("The delegation of Lakeside University was received at the Ministry of Higher Education of "
                  "Malaysia by Deputy Minister Ahmad Zulkifli Hamid.", "en", res)
    assert officials(doc)[fold("Ahmad Zulkifli Hamid")][1] == fold("Ministry of Higher Education of Malaysia")


def test_a_deputy_of_the_minister_by_portfolio_and_the_abbreviated_country(res):
    doc = extract("Форум открыли Министерство науки и высшего образования Российской Федерации и Министерство "
                  "науки Республики Казахстан. С приветствием выступил заместитель министра науки и высшего "
                  "образования РФ Олег Павлович Сидоров.", "ru", res)
    inst = officials(doc)[fold("Олег Павлович Сидоров")][1]
    assert inst == fold("Министерство науки и высшего образования Российской Федерации")
    # the participle before the ministry ("организованный") is not part of its name either
    doc = extract("Конкурс, организованный Министерством культуры Российской Федерации, прошёл в мае.", "ru", res)
    assert names(doc) == [fold("Министерство культуры Российской Федерации")]


def test_persian_deputy_of_the_minister_works_for_the_ministry(res):
    doc = extract("هیئت دانشگاه تبریز در وزارت علوم، تحقیقات و فناوری با دکتر رضا کاظمی، معاون پژوهشی وزیر علوم، "
                  "دیدار کرد.", "fa", res)
    assert officials(doc)[fold("رضا کاظمی")][1].startswith(fold("وزارت علوم"))


def test_english_ambassador_of_a_country_to_another_before_his_titles(res):
    doc = extract("The rector was accompanied by the Ambassador of Malaysia to Iran, H.E. Mr. Azlan Mohd Noor, "
                  "and the first secretary of the Embassy of Malaysia in Tehran.", "en", res)
    embassy = [i for i in doc.institutions if i.country == "MY" and i.kind == "GovernmentBody"]
    assert len(embassy) == 1
    assert officials(doc)[fold("Azlan Mohd Noor")][1] == fold(embassy[0].name)
    # the host city after the country names the mission too
    assert any("Tehran" in label for label, _ in embassy[0].labels) or "Tehran" in embassy[0].name


def test_arabic_his_countrys_embassy_is_the_ambassadors(res):
    doc = extract("استقبل رئيس جامعة حلب سفير جمهورية بيلاروس السيد إيفان كوزلوف، وأبدى السفير استعداد "
                  "سفارة بلاده لدعم التعاون.", "ar", res)
    embassies = [i for i in doc.institutions if i.kind == "GovernmentBody"]
    assert len(embassies) == 1 and embassies[0].country == "BY"


def test_academic_posts_next_to_an_ambassador_are_the_universitys(res):
    doc = extract("استقبل رئيس جامعة حلب الدكتور سامر عيسى سفير روسيا السيد إيفان كوزلوف، بحضور نائب "
                  "رئيس الجامعة للشؤون العلمية الدكتورة هالة خوري، وعميد كلية الصيدلة الدكتور وائل حداد.", "ar", res)
    got = officials(doc)
    assert got[fold("هالة خوري")][1] == fold("جامعة حلب")
    assert got[fold("وائل حداد")][1] == fold("جامعة حلب")


# ---------------------------------------------------------------- names and titles

def test_russian_initials_after_an_acronym_and_the_first_name_later(res):
    doc = extract("Во встрече участвовали проректор по МД УрФУ В. К. Смирнов и гости из Ирана. "
                  "Виктор Смирнов предложил обмен студентами.", "ru", res)
    assert [p.names for p in doc.persons if "Смирнов" in p.name]
    person = next(p for p in doc.persons if "Смирнов" in p.name)
    assert {fold(n) for n in person.names} >= {fold("В. К. Смирнов"), fold("Виктор Смирнов")}
    assert doc.institution(doc.posts[0].institution).name.startswith("Уральск") or \
        fold(doc.institution(doc.posts[0].institution).name) == fold("УрФУ")


def test_initials_match_a_first_name_and_patronymic_not_a_first_name_and_surname(res):
    doc = extract("В делегацию вошли проректор ТПУ Е. С. Волкова и декан ТПУ Ержан Сапаров.", "ru", res)
    people = {fold(p.name) for p in doc.persons}
    assert len(doc.persons) == 2 and fold("Ержан Сапаров") in people


def test_a_post_told_again_without_its_institution_is_not_a_second_post(res):
    doc = extract_split("Делегацию ТПУ возглавил ректор Томского политехнического университета Андрей Петров. "
                  "В состав делегации вошла проректор по МД Е. С. Волкова. На следующий день проректор по международной деятельности Е. С. Волкова провела встречу с "
                  "проректором Казахского национального технического университета Асель Беккали.", "ru", res)
    volkova = next(p for p in doc.persons if "Волкова" in p.name)
    insts = {fold(doc.institution(x.institution).name) for x in doc.posts if x.person == volkova.key}
    assert insts == {fold("Томский политехнический университет")}


def test_arabic_ranks_and_a_compound_first_name(res):
    doc = extract_split("استقبل رئيس جامعة البصرة وفد جامعة أنقرة التركية برئاسة نائب رئيس الجامعة أ.د. محمد أمين "
                  "أوزتورك، بحضور معاون رئيس الجامعة للشؤون الإدارية أ.م.د. سلوى كاظم الربيعي.", "ar", res)
    got = officials(doc)
    assert fold("محمد أمين أوزتورك") in got and fold("سلوى كاظم الربيعي") in got
    # those "in the presence of" the reception, of "the university", are the host's
    assert got[fold("سلوى كاظم الربيعي")][1] == fold("جامعة البصرة")
    assert got[fold("محمد أمين أوزتورك")][1].startswith(fold("جامعة أنقرة"))


def test_arabic_post_with_the_article_and_the_side_of_each_list(res):
    doc = extract("عقد اجتماع بين جامعة حلب والجامعة الروسية الحكومية، شارك فيه من الجانب السوري الدكتور سمير "
                  "نجار ومدير العلاقات الدولية الدكتور فادي حمدان، ومن الجانب الروسي النائب الأول لرئيس الجامعة "
                  "الروسية الحكومية الدكتور إيغور بتروف.", "ar", res)
    got = officials(doc)
    assert got[fold("فادي حمدان")][1] == fold("جامعة حلب")
    assert got[fold("إيغور بتروف")][1] == fold("الجامعة الروسية الحكومية")


def test_afghan_university_word_and_the_clerical_title(res):
    doc = extract("در این نشست حجت‌الاسلام والمسلمین علی رضایی، مسئول نهاد نمایندگی در دانشگاه تبریز و پوهاند "
                  "احمد نوری، سرپرست پوهنتون کابل حضور داشتند. نشست دانشگاه تبریز و دانشگاه کابل برگزار شد.",
                  "fa", res)
    got = officials(doc)
    assert got[fold("علی رضایی")][1] == fold("دانشگاه تبریز")
    # "پوهنتون کابل" and "دانشگاه کابل" are one university
    assert got[fold("احمد نوری")][1] is not None and fold("کابل") in got[fold("احمد نوری")][1]
    assert len([i for i in doc.institutions if fold("کابل") in fold(i.name)]) == 1


def test_english_delegation_that_included_members_is_theirs(res):
    doc = extract_split("A delegation from Lakeside University (LU) visited Hilltop University on 3 May 2024. The "
                  "delegation, which included Vice-Rector Prof. Dr. Ayse Demir and the Dean of the Faculty of "
                  "Science, Prof. Dr. Kemal Arslan, was received by Hilltop University Provost Dr. Mary Brown.",
                  "en", res)
    got = officials(doc)
    assert got[fold("Ayse Demir")][1] == fold("Lakeside University")
    assert got[fold("Kemal Arslan")][1] == fold("Lakeside University")
    assert got[fold("Mary Brown")][1] == fold("Hilltop University")


def test_english_post_with_a_colon_and_its_institution_after(res):
    doc = extract_split("The MoU was signed in the presence of the acting Deputy Vice-Chancellor: Teaching and Learning "
                  "at Lakeside University, Prof. Thandi Nkosi.", "en", res)
    assert officials(doc)[fold("Thandi Nkosi")][1] == fold("Lakeside University")


def test_russian_side_goes_on_through_its_list(res):
    doc = extract("В Кубанском государственном университете прошла встреча с представителями Университета в "
                  "Белграде (Сербия). Сербскую сторону представляли проректор Марко Петрович и руководитель "
                  "отдела университета Ана Николич.", "ru", res)
    got = officials(doc)
    serbian = got[fold("Ана Николич")][1]
    assert serbian == got[fold("Марко Петрович")][1] and serbian != fold("Кубанский государственный университет")
    # "Университета в Белграде" is one name, not a bare "Университет"
    assert fold("Университет") not in names(doc)


# ---------------------------------------------------------------- institutions

def test_arabic_foreign_name_of_two_words_with_its_country_adjective(res):
    doc = extract_institutions("استقبل رئيس الجامعة وفد جامعة هاينريش هاينه الألمانية.", "ar", res)
    inst = next(i for i in doc.institutions if fold("هاينه") in fold(i.name))
    assert inst.country == "DE"


def test_arabic_definite_name_with_state_after_the_country_adjective(res):
    doc = extract_institutions("عقد اجتماع مع الجامعة الروسية الحكومية للعلوم الإنسانية.", "ar", res)
    assert fold("الجامعة الروسية الحكومية") in names(doc)


def test_a_college_named_by_its_field_and_a_state_are_no_institutions(res):
    doc = extract_institutions("Prof. Omar Saleh, Dean of the College of Engineering, met the guests.", "en", res)
    assert names(doc) == []
    doc = extract_institutions("Многие профессора учились в Советском Союзе и в Казанском университете.", "ru", res)
    assert fold("Советский Союз") not in names(doc)


# ---------------------------------------------------------------- dates and events

def test_dateline_with_a_credit_after_the_date():
    text = "News\nHome / News / Research\nA title that is long enough here\n{}\n\nThe story."
    assert dateline_of(normalise_text(text.format("Posted on 25.10.2024 by the Office of "
                                                  "International Cooperation"))[0], "en") == "2024-10-25"
    assert dateline_of(normalise_text(text.format("17 May 2024 - Lakeside Communications"))[0], "en") \
        == "2024-05-17"
    assert dateline_of(normalise_text(text.format("17 May 2024 - Rector visits the new campus today"))[0],
                       "en") is None


def test_a_forum_dated_in_a_sentence_about_it_and_a_signing_on_its_second_day():
    text = ("Lakeside and Hilltop deepen ties at the regional forum\n"
            "Lakeside University and Hilltop University signed an MoU during the second Regional Forum, held "
            "at Lakeside from 14-16 May 2024.\n"
            "The MoU was signed on 15 May by the rectors of Lakeside University and Hilltop University.")
    doc = make_doc(text, {"i1": ["Lakeside University", "Lakeside"], "i2": ["Hilltop University"]},
                   dateline="2024-05-17", lang="en")
    find_events(doc, None)
    starts = {(e.start, e.end) for e in doc.events}
    assert ("2024-05-14", "2024-05-16") in starts and ("2024-05-15", None) in starts


def test_arabic_forum_word_and_its_listed_attendees_are_not_partners():
    text = ("اختتمت بجامعة الشرق أعمال الملتقى الأول لرؤساء الجامعات الذي نظمته الجامعة بالتعاون مع جامعة الغرب "
            "خلال الفترة من 3 إلى 5 مارس 2024.\n"
            "وشهد الملتقى حضور ممثلين عن جامعة الشمال من الجانب الأول، وجامعة الجنوب من الجانب الثاني.")
    doc = make_doc(text, {"i1": ["جامعة الشرق"], "i2": ["جامعة الغرب"], "i3": ["جامعة الشمال"],
                          "i4": ["جامعة الجنوب"]}, dateline="2024-03-07", lang="ar")
    find_events(doc, None)
    forum = [e for e in doc.events if e.type == "Conference"]
    assert forum and forum[0].start == "2024-03-03" and set(forum[0].participants) == {"i1", "i2"}


def test_two_signings_in_one_sentence_pair_their_own_parties():
    text = ("وفي اليوم الثاني، الثلاثاء 5 مارس 2024، وقع رئيسا جامعة الشرق وجامعة الغرب مذكرة تفاهم، "
            "كما وقع الدكتور سالم علي، رئيس جامعة الشمال، والأستاذة الدكتورة منى حسن، رئيسة جامعة الجنوب، "
            "اتفاقية تعاون أكاديمي.")
    names_ = {"i1": ["جامعة الشرق"], "i2": ["جامعة الغرب"], "i3": ["جامعة الشمال"], "i4": ["جامعة الجنوب"]}
    doc = make_doc(text, names_, lang="ar", posts=[("سالم علي", "رئيس جامعة الشمال", "i3"),
                                                   ("منى حسن", "رئيسة جامعة الجنوب", "i4")])
    find_events(doc, None)
    find_agreements(doc, None)
    assert sorted(sorted(e.participants) for e in doc.events) == [["i1", "i2"], ["i3", "i4"]]
    assert sorted((a.type, sorted(a.parties)) for a in doc.agreements) == \
        [("CooperationAgreement", ["i3", "i4"]), ("MemorandumOfUnderstanding", ["i1", "i2"])]


# ---------------------------------------------------------------- agreements

def test_persian_draft_to_be_made_ready_for_signing_is_planned():
    text = ("هیئت دانشگاه ساحل از دانشگاه البرز بازدید کرد.\n"
            "دو طرف توافق کردند پیش نویس تفاهم نامه همکاری ظرف یک ماه تهیه و برای امضا آماده شود.")
    doc = make_doc(text, {"i1": ["دانشگاه البرز"], "i2": ["دانشگاه ساحل"]}, lang="fa")
    find_events(doc, None)
    find_agreements(doc, None)
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_arabic_visit_to_sign_and_the_sides_of_the_drafting_sentence():
    text = ("عقد اجتماع عبر الفيديو بين جامعة الشرق وجامعة الغرب. واتفق الطرفان على صياغة اتفاقية تعاون جديدة.\n"
            "ومن المقرر أن يزور وفد من جامعة الشرق مدينة الغرب في الشهر القادم لتوقيع الاتفاقية.")
    doc = make_doc(text, {"i1": ["جامعة الشرق"], "i2": ["جامعة الغرب"]}, lang="ar")
    find_events(doc, None)
    find_agreements(doc, None)
    assert [(a.status, sorted(a.parties)) for a in doc.agreements] == [("planned", ["i1", "i2"])]


def test_a_draft_agreement_after_a_signed_one_is_another_agreement():
    text = ("Северный университет и Приморский университет подписали соглашение о сотрудничестве.\n"
            "По итогам форума стороны подписали более 80 соглашений и меморандумов.\n"
            "Проректор Северного университета провела встречу с коллегами из Южного университета. "
            "Договорились, что проект соглашения будет подготовлен до конца года.")
    doc = make_doc(text, {"i1": ["Северный университет", "Северного университета"],
                          "i2": ["Приморский университет"], "i3": ["Южного университета"]}, lang="ru")
    find_events(doc, None)
    find_agreements(doc, None)
    got = sorted((a.type, a.status, sorted(a.parties)) for a in doc.agreements)
    assert ("CooperationAgreement", "signed", ["i1", "i2"]) in got
    assert ("CooperationAgreement", "planned", ["i1", "i3"]) in got
    assert not any(t == "MemorandumOfUnderstanding" for t, _, _ in got)


# ---------------------------------------------------------------- topics

def _topics(text, names, lang):
    from loaders.topics import find_topics
    doc = make_doc(text, names, lang=lang)
    find_events(doc, None)
    find_agreements(doc, None)
    find_topics(doc, None)
    return {t.code for t in doc.topics}


def test_topics_told_in_other_words():
    ar = {"i1": ["جامعة الشمال"], "i2": ["جامعة الجنوب"]}
    assert "OnlineEducation" in _topics("عقد اجتماع بين جامعة الشمال وجامعة الجنوب ناقش تنظيم دورات تدريبية عن بعد "
                                        "للأساتذة.", ar, "ar")
    assert "JointDegree" in _topics("التقى رئيس جامعة الشمال برئيس جامعة الجنوب وبحثا إطلاق برامج ماجستير "
                                    "مشتركة.", ar, "ar")
    assert "StudentExchange" in _topics("استقبلت جامعة الشمال وفد جامعة الجنوب وبحث الجانبان إمكانية استقبال "
                                        "طلبة الدراسات العليا في المختبرات.", ar, "ar")
    en = {"i1": ["Lakeside University"], "i2": ["Hilltop University"]}
    got = _topics("Lakeside University and Hilltop University met on Monday. Their researchers have co-authored "
                  "more than 50 papers, and Hilltop University will open its online short courses to Lakeside "
                  "University students.", en, "en")
    assert {"JointPublication", "OnlineEducation"} <= got
    ru = {"i1": ["Северный университет"], "i2": ["Приморского университета"]}
    assert "StaffExchange" in _topics("Северный университет провёл встречу с делегацией Приморского университета. "
                                      "Обсуждались стажировки иракских преподавателей.", ru, "ru")
    fa = {"i1": ["دانشگاه البرز"], "i2": ["دانشگاه ساحل"]}
    assert "Training" in _topics("نشست دانشگاه البرز و دانشگاه ساحل برگزار شد و دو طرف درباره برگزاری دوره های "
                                 "آموزش مجازی برای استادان گفت و گو کردند.", fa, "fa")


def test_persian_noun_of_a_compound_verb_ends_a_name(res):
    doc = extract_institutions("از جمله شرکت کنندگان می توان به دانشگاه تبریز اشاره کرد.", "fa", res)
    assert names(doc) == [fold("دانشگاه تبریز")]


def test_a_meeting_told_undated_in_a_stay_of_days_is_dated_by_the_sentence_about_it():
    text = ("Hilltop University delegation visits Lakeside University\n"
            "A delegation of Hilltop University visited Lakeside University from 3 to 5 May 2024.\n"
            "On the last day the delegation met officials of the Ministry of Education. "
            "The meeting, held on 5 May 2024, covered scholarships for graduate students.")
    doc = make_doc(text, {"i1": ["Hilltop University"], "i2": ["Lakeside University"],
                          "i3": ["Ministry of Education"]}, lang="en", kinds={"i3": "GovernmentBody"})
    find_events(doc, None)
    assert ("2024-05-03", "2024-05-05") in {(e.start, e.end) for e in doc.events}
    day = [e for e in doc.events if e.start == "2024-05-05" and e.end is None]
    assert day and "i3" in day[0].participants and "i2" not in day[0].participants


def test_the_second_day_of_a_forum_of_several_days_dates_the_signing():
    text = ("Lakeside University and Hilltop University at the regional forum\n"
            "The regional forum was held at Lakeside University from 19 to 21 June 2024. "
            "On the second day Lakeside University and Hilltop University signed a memorandum of understanding.")
    doc = make_doc(text, {"i1": ["Lakeside University"], "i2": ["Hilltop University"]}, lang="en")
    find_events(doc, None)
    assert ("2024-06-20", None) in {(e.start, e.end) for e in doc.events}
    # a day past the event's days dates nothing
    doc = make_doc(text.replace("from 19 to 21 June", "on 19 June"), {"i1": ["Lakeside University"],
                                                                      "i2": ["Hilltop University"]}, lang="en")
    find_events(doc, None)
    assert "2024-06-20" not in {e.start for e in doc.events}


def test_who_accompanies_the_guests_is_of_their_side():
    text = ("Lakeside University delegation in the capital\n"
            "On 4 June 2024 the Lakeside University delegation, accompanied by the Ambassador of Norway, Erik "
            "Hansen, was received at the Ministry of Education by Deputy Minister Kari Berg.")
    doc = make_doc(text, {"i1": ["Lakeside University"], "i2": ["Ambassador of Norway"],
                          "i3": ["Ministry of Education"]}, lang="en",
                   kinds={"i2": "GovernmentBody", "i3": "GovernmentBody"},
                   posts=[("Erik Hansen", "Ambassador of Norway", "i2"), ("Kari Berg", "Deputy Minister", "i3")])
    find_events(doc, None)
    # the embassy goes with the guests: one meeting of the three, not a visit to each
    assert [sorted(e.participants) for e in doc.events] == [["i1", "i2", "i3"]]
