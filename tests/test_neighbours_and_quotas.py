"""Names of neighbours' universities, renewals, approvals and a day of two meetings, in texts
written for these tests."""
from __future__ import annotations

from loaders.normalise import fold
from pipeline_documents import names as names_of, run
from test_institutions import extract as extract_institutions, names, res  # noqa: F401 - the shared fixture


# ---------------------------------------------------------------- names

def test_russian_university_of_medical_sciences_keeps_its_field(res):
    doc = extract_institutions("Ректор Тебризского университета медицинских наук встретился с делегацией "
                               "Казанского федерального университета.", "ru", res)
    assert fold("Тебризский университет медицинских наук") in names(doc)


def test_arabic_martyr_name_without_the_article_goes_on(res):
    doc = extract_institutions("التقى وفد جامعة الموصل رئيس جامعة شهيد باهنر في كرمان.", "ar", res)
    assert fold("جامعة شهيد باهنر") in names(doc)


def test_arabic_two_word_foreign_name_before_its_field(res):
    doc = extract_institutions("استقبلت جامعة بابل وفدا من جامعة تربيت معلم للعلوم التربوية في طهران.", "ar", res)
    assert fold("جامعة تربيت معلم للعلوم التربوية") in names(doc)


def test_arabic_two_word_foreign_name_closing_a_headline(res):
    doc = extract_institutions("وفد جامعة الموصل يزور جامعة بوعلي سينا\nوصل الوفد اليوم.", "ar", res)
    assert fold("جامعة بوعلي سينا") in names(doc)


def test_arabic_council_hall_and_approval_are_not_in_names(res):
    doc = extract_institutions("وفي قاعة مجلس الجامعة التوقيع على الاتفاق بين جامعة الموصل وجامعة القادسية، على أن "
                               "يرفع إلى وزارة الصحة للمصادقة.", "ar", res)
    got = names(doc)
    assert not any(n.startswith(fold("الجامعة التوقيع")) for n in got)
    assert fold("وزارة الصحة") in got


# ---------------------------------------------------------------- agreements

def _parties(doc, agreement) -> set[str]:
    return {fold(doc.institution(k).name) for k in agreement.parties}


def test_arabic_plan_laid_before_the_ministry_is_the_universities_own(tmp_path, res):
    doc = run(tmp_path, "زار وفد من جامعة الموصل جامعة القادسية يوم الأحد ١٠ تشرين الثاني ٢٠٢٤، واتفق الجانبان على "
                        "إعداد خطة تنفيذية خلال شهرين، على أن تعرض على وزارة الصحة لاعتمادها.", res)
    plans = [a for a in doc.agreements if a.type == "ActionPlan"]
    assert plans and _parties(doc, plans[0]) == {fold("جامعة الموصل"), fold("جامعة القادسية")}


def test_persian_memorandum_renewed_and_signed_in_a_three_way_meeting_is_one(tmp_path, res):
    doc = run(tmp_path, "تفاهم‌نامه دانشگاه البرز و دانشگاه دولتی گنجه تمدید شد\n\nدوشنبه ۱۲ آذر ۱۴۰۳\n\n"
                        "در جلسه‌ای که دکتر رضا نادری، رئیس دانشگاه دولتی گنجه، دکتر مینا فرهادی، رئیس دانشگاه "
                        "البرز، و دکتر سعید امینی، مدیرکل روابط علمی وزارت علوم در آن حضور داشتند، تفاهم‌نامه "
                        "پیشین دو دانشگاه که سال ۱۳۹۶ به امضا رسیده بود، به مدت سه سال تمدید و امضا شد.",
              res)
    mous = [a for a in doc.agreements if a.type == "MemorandumOfUnderstanding"]
    assert [a.status for a in mous] == ["signed"]
    assert _parties(doc, mous[0]) == {fold("دانشگاه البرز"), fold("دانشگاه دولتی گنجه")}


def test_persian_older_memorandum_agreed_to_be_renewed_is_running_and_planned(tmp_path, res):
    doc = run(tmp_path, "دیدار رئیس دانشگاه البرز با هیئت دانشگاه آنکارا\n\nسه‌شنبه ۶ آذر ۱۴۰۳\n\n"
                        "هیئت دانشگاه آنکارا روز دوشنبه ۵ آذر ۱۴۰۳ از دانشگاه البرز بازدید کرد. معاون دانشگاه به "
                        "تفاهم‌نامه دو دانشگاه اشاره کرد که از سال ۱۴۰۱ در حال اجراست.\n\n"
                        "در ادامه، تفاهم‌نامه سال ۱۳۹۷ دانشگاه‌های البرز و آنکارا که مدتش رو به پایان است، "
                        "بررسی شد و هر دو با تمدید سه‌ساله‌اش موافقت کردند؛ نسخه تازه در سفر بعدی امضا می‌شود.", res)
    got = sorted(a.status for a in doc.agreements if a.type == "MemorandumOfUnderstanding")
    assert got == ["active", "active", "planned"]


def test_russian_memorandum_signed_then_in_force_to_this_day_is_running(tmp_path, res):
    doc = run(tmp_path, "15 октября 2024 года состоялась встреча Казанского федерального университета и "
                        "Университета Тегерана. Стороны обсудили меморандум, подписанный в 2021 году и действующий "
                        "по настоящее время.", res)
    assert [a.status for a in doc.agreements if a.type == "MemorandumOfUnderstanding"] == ["active"]


def test_english_memorandum_named_in_the_lead_keeps_its_partner_when_signed_later(tmp_path, res):
    doc = run(tmp_path, "Lakeside University delegation tours Nairobi and Kampala\n\n"
                        "Lakeside University's delegation came home after a trip that yielded a fresh memorandum of "
                        "understanding with the University of Nairobi and talks with Makerere University.\n\n"
                        "In Nairobi the delegation was received on Monday 3 March 2025 by the University of Nairobi.\n\n"
                        "On Tuesday 4 March 2025, the two vice-chancellors signed a three-year memorandum of "
                        "understanding on staff exchange.\n\n"
                        "On Wednesday 5 March 2025 the delegation visited Makerere University in Kampala.", res)
    mous = [a for a in doc.agreements if a.type == "MemorandumOfUnderstanding"]
    assert mous and all(fold("Makerere University") not in _parties(doc, a) for a in mous)


# ---------------------------------------------------------------- a day of two meetings

def test_persian_online_meeting_that_afternoon_is_an_event_of_its_own(tmp_path, res):
    doc = run(tmp_path, "دیدار هیئت دانشگاه واسط و نشست برخط با دانشگاه بلخ در دانشگاه البرز\n\n"
                        "هیئتی از دانشگاه واسط روز دوشنبه ۵ آذر ۱۴۰۳ از دانشگاه البرز بازدید کرد و دو طرف درباره "
                        "آموزش پزشکی گفتگو کردند.\n\n"
                        "عصر همان روز، دانشگاه البرز با دانشگاه بلخ نشست برخطی برگزار کرد.\n\n"
                        "در این نشست، برگزاری دوره‌های مجازی برای استادان بررسی شد.", res)
    keys = {fold(i.name): i.key for i in doc.institutions}
    baghdad, herat = keys[fold("دانشگاه واسط")], keys[fold("دانشگاه بلخ")]
    assert len(doc.events) >= 2
    assert not any({baghdad, herat} <= set(e.participants) for e in doc.events)
    assert fold("دانشگاه بلخ") in names_of(doc)


def test_persian_side_meeting_draft_memorandum_is_not_the_co_organisers_agreement(tmp_path, res):
    doc = run(tmp_path, "همایش مشترک دانشگاه البرز و دانشگاه آنکارا\n\nدوشنبه ۱۲ آذر ۱۴۰۳\n\n"
                        "همایش بین‌المللی آب با همکاری دانشگاه البرز و دانشگاه آنکارا روز یکشنبه ۱۱ آذر برگزار شد. "
                        "رئیس دانشگاه البرز و رئیس دانشگاه آنکارا در حاشیه همایش گفت‌وگو کردند. در پایان، دو رئیس "
                        "توافق کردند که موافقت‌نامه همکاری آموزشی تهیه شود.\n\n"
                        "در حاشیه همایش، دکتر آرمن پطروسیان، معاون دانشگاه دولتی گیومری، با رئیس دانشگاه البرز "
                        "دیدار کرد. طرفین در این گفت‌وگو قرار گذاشتند متن اولیه یک تفاهم‌نامه تا پایان زمستان آماده شود.",
              res)
    keys = {fold(i.name): i.key for i in doc.institutions}
    gyumri = next(k for n, k in keys.items() if fold("گیومری") in n)
    planned = [set(a.parties) for a in doc.agreements if a.status == "planned"]
    assert {keys[fold("دانشگاه البرز")], gyumri} in planned
    assert {keys[fold("دانشگاه البرز")], keys[fold("دانشگاه آنکارا")]} in planned


def test_russian_consul_general_s_consulate_is_named_with_its_volga_city(tmp_path, res):
    doc = run(tmp_path, "Вчера, 5 марта 2025 года, делегация Таджикского национального университета посетила "
                        "Волгоградский государственный университет. На переговорах присутствовал Генеральный консул "
                        "Республики Таджикистан в Волгограде Рустам Саидов.", res)
    consulate = next(i for i in doc.institutions if fold(i.name).startswith(fold("Генеральное консульство")))
    assert fold("Генеральное консульство Республики Таджикистан в Волгограде") in {fold(x[0]) for x in consulate.labels} \
        | {fold(consulate.name)}


def test_arabic_memorandum_of_an_earlier_year_is_apart_from_the_agreement_signed_now(tmp_path, res):
    doc = run(tmp_path, "الأربعاء، 14 أيار 2025\n\n"
                        "وقّعت أمس جامعة البعث وجامعة شيراز اتفاقية تعاون علمي لمدة ثلاث سنوات. وأشار الطرفان "
                        "إلى أن الجامعتين كانتا قد وقعتا مذكرة تفاهم عام 2008 لم تدخل حيز التنفيذ.", res)
    got = sorted((a.type, a.status) for a in doc.agreements)
    assert got == [("CooperationAgreement", "signed"), ("MemorandumOfUnderstanding", "signed")]


def test_arabic_embassy_named_by_adjective_keeps_the_city_it_sits_in(res):
    doc = extract_institutions("وحضر الحفل ممثل عن السفارة التركية في بيروت إلى جانب رئيس جامعة البعث.", "ar", res)
    embassy = next(i for i in doc.institutions if fold(i.name).startswith(fold("السفارة")))
    assert fold("السفارة التركية في بيروت") in {fold(embassy.name)} | {fold(x[0]) for x in embassy.labels}
