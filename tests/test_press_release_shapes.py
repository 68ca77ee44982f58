"""Shapes of ordinary press releases, in texts written for these tests (whole pipeline): "the Russian
university" for the one Russian party, the definite Arabic joint master's, agreements "between the
two universities", signed years ago "and now being implemented", a Persian subjunctive "that they
sign", short names in quotes, delegation member lists under a heading, institutes toured on a visit."""
from __future__ import annotations

from loaders.normalise import fold
from pipeline_documents import inst_of, names, run
from test_institutions import extract as extract_institutions, res  # noqa: F401 - the shared fixture


# ---------------------------------------------------------------- agreements

def test_arabic_russian_university_by_its_country_is_a_party_of_the_definite_joint_master_s(tmp_path, res):
    doc = run(tmp_path, "عقد اليوم في مبنى جامعة الساحل اجتماع بين رئيس جامعة الساحل الدكتور فادي سليمان ونائب "
                        "رئيس جامعة نيفا التقنية في سانت بطرسبورغ الدكتور إيفان بتروف.\n\n"
                        "وفي ختام الاجتماع تم الاتفاق على أن تعد جامعة الساحل والجامعة الروسية مسودة اتفاقية "
                        "برنامج الماجستير المشترك خلال شهرين.", res)
    neva = next(i for i in doc.institutions if fold(i.name).startswith(fold("جامعة نيفا")))
    assert neva.country == "RU"   # "سانت بطرسبورغ" (with waw) is the Russian city
    assert len(doc.institutions) == 2   # "الجامعة الروسية" is that one
    assert [(a.type, a.status, len(a.parties)) for a in doc.agreements] == [("JointProgramme", "planned", 2)]


def test_persian_mou_between_the_two_universities_signed_years_ago_and_running_now(tmp_path, res):
    doc = run(tmp_path, "رئیس دانشگاه دولتی آستانه روز شنبه در ساختمان وزارت علوم، تحقیقات و فناوری با دکتر "
                        "بهرام نیک‌نام، معاون وزیر علوم، و دکتر رضا توانا، رئیس دانشگاه البرز، دیدار کرد.\n\n"
                        "رئیس دانشگاه البرز با یادآوری تفاهم‌نامه‌ای که سال ۱۳۹۸ میان دو دانشگاه امضا شده و "
                        "هم‌اکنون در حال اجراست، گفت که همکاری باید گسترش یابد.", res)
    mou = [a for a in doc.agreements if a.type == "MemorandumOfUnderstanding"]
    assert len(mou) == 1 and mou[0].status == "active"
    kinds = {doc.institution(k).kind for k in mou[0].parties}
    assert len(mou[0].parties) == 2 and "GovernmentBody" not in kinds


def test_persian_proposal_that_two_universities_sign_an_mou_is_planned(tmp_path, res):
    doc = run(tmp_path, "رئیس دانشگاه البرز روز دوشنبه با رئیس دانشگاه دولتی آستانه دیدار کرد. وی افزود: پیشنهاد "
                        "ما این است که دانشگاه البرز و دانشگاه دولتی آستانه یک تفاهم‌نامه جامع امضا کنند که "
                        "تبادل دانشجو را در بر بگیرد.", res)
    assert [(a.type, a.status) for a in doc.agreements] == [("MemorandumOfUnderstanding", "planned")]


def test_persian_trip_the_embassy_is_ready_to_arrange_is_no_event_of_today(tmp_path, res):
    doc = run(tmp_path, "سفیر جمهوری قزاقستان روز پنجشنبه ۱۲ مهرماه ۱۴۰۳ با رئیس دانشگاه البرز دیدار کرد.\n\n"
                        "سفیر نیز اظهار داشت که سفارت آماده است مقدمات سفر هیئتی از دانشگاه دولتی آستانه به کرج "
                        "را فراهم کند.", res)
    primary = [e for e in doc.events if e.primary]
    astana = next(i.key for i in doc.institutions if fold(i.name) == fold("دانشگاه دولتی آستانه"))
    assert primary and all(astana not in e.participants for e in primary)


# ---------------------------------------------------------------- institutions

def test_russian_short_name_in_quotes_is_the_same_university(tmp_path, res):
    doc = run(tmp_path, "Делегация Гомельского аграрного университета провела встречу с руководством Северного "
                        "технического университета «СЕВТЕХ». Проректор СЕВТЕХ Иван Петрович Орлов рассказал о "
                        "лабораториях.", res)
    sevtech = [i for i in doc.institutions if "СЕВТЕХ" in i.name or any("СЕВТЕХ" in t for t, _ in i.labels)]
    assert len(sevtech) == 1


def test_russian_name_opening_with_a_country_adjective_is_of_that_country(res):
    doc = extract_institutions("Делегация Белорусского университета пищевых технологий и связи посетила Томск.",
                               "ru", res)
    inst = next(i for i in doc.institutions if fold(i.name).startswith(fold("Белорусский")))
    assert inst.country == "BY"


def test_russian_institutes_toured_in_the_visit_programme_are_units(res):
    doc = extract_institutions("С 3 по 5 мая Северный федеральный университет принимал делегацию Ташкентского "
                               "аграрного университета. Программа визита включала переговоры, посещение Института "
                               "почвоведения им. А. Б. Иванова и Института цифровых технологий.", "ru", res)
    assert not any(fold(i.name).startswith(fold("Институт")) for i in doc.institutions)


def test_english_institute_toured_before_leaving_is_the_host_s_unit(res):
    doc = extract_institutions("Lakeside University hosted a delegation from Hilltop University on 8 July 2024. "
                               "Before leaving, the delegation toured the Lakeside Centre for Solar Power and the "
                               "Institute of Coastal Engineering.", "en", res)
    assert fold("Institute of Coastal Engineering") not in names(doc)


# ---------------------------------------------------------------- delegation member lists

def test_persian_delegation_list_members_are_of_the_delegation_s_university(tmp_path, res):
    doc = run(tmp_path, "به گزارش روابط عمومی وزارت علوم، تحقیقات و فناوری، رئیس دانشگاه فنی تاشکند "
                        "روز شنبه در ساختمان وزارت با دکتر بهرام نیک‌نام، معاون وزیر علوم، و دکتر رضا توانا، "
                        "رئیس دانشگاه تهران، دیدار کرد.\n\n"
                        "اعضای هیئت ازبکستانی عبارت بودند از:\n"
                        "- دکتر آیدار نورلان، رئیس دانشگاه فنی تاشکند\n"
                        "- دکتر سائوله بیک، معاون امور بین‌الملل\n"
                        "- دکتر مراد اسپان، رئیس دانشکده زبان‌ها\n", res)
    assert inst_of(doc, "سائوله بیک") == fold("دانشگاه فنی تاشکند")   # not the ministry that reports
    assert inst_of(doc, "مراد اسپان") == fold("دانشگاه فنی تاشکند")


def test_arabic_delegation_list_institute_is_a_unit_and_its_director_the_university_s(tmp_path, res):
    doc = run(tmp_path, "استقبل الدكتور فادي سليمان، رئيس جامعة الساحل، يوم الثلاثاء ١٨ مارس ٢٠٢٥ وفداً من جامعة "
                        "الفولغا الفيدرالية بمدينة قازان الروسية.\n\n"
                        "وضم الوفد الروسي كلاً من:\n"
                        "- السيدة آنا بتروفا، نائب رئيس جامعة الفولغا الفيدرالية للعلاقات الدولية\n"
                        "- الدكتور إيفان سميرنوف، مدير معهد الكيمياء التطبيقية\n"
                        "- السيدة أولغا إيفانوفا، مديرة مركز اللغة الروسية للطلاب الأجانب\n", res)
    assert not any(fold(i.name).startswith((fold("معهد"), fold("مركز"))) for i in doc.institutions)
    assert inst_of(doc, "إيفان سميرنوف") == fold("جامعة الفولغا الفيدرالية")
    assert inst_of(doc, "أولغا إيفانوفا") == fold("جامعة الفولغا الفيدرالية")


def test_arabic_director_in_the_ministry_is_the_ministry_s(tmp_path, res):
    doc = run(tmp_path, "عقد اليوم في مبنى وزارة التعليم العالي بدمشق اجتماع بين رئيس جامعة الساحل الدكتور فادي "
                        "سليمان ووفد من جامعة نيفا التقنية.\n\n"
                        "وحضر الاجتماع مدير العلاقات الدولية في الوزارة الدكتورة سلمى عادل الحسن، ونائب رئيس "
                        "جامعة الساحل للشؤون العلمية الدكتور ماهر نبيل حداد.", res)
    assert inst_of(doc, "سلمى عادل الحسن") == fold("وزارة التعليم العالي")
    assert inst_of(doc, "ماهر نبيل حداد") == fold("جامعة الساحل")


def test_generic_university_phrases_are_no_names(res):
    doc = extract_institutions("ورحب الدكتور فادي سليمان بالوفد، مبيناً أن جامعة الساحل، بوصفها جامعة متخصصة في "
                               "الدراسات العليا، تستقبل طلاباً من جامعة النهرين.", "ar", res)
    assert fold("جامعة متخصصة") not in names(doc)
    doc = extract_institutions("در ادامه، دکتر آیدار نورلان از تجربه دانشگاه متبوعش در آموزش مجازی سخن گفت و "
                               "دانشگاه البرز آمادگی خود را اعلام کرد.", "fa", res)
    assert not any(fold("متبوع") in n for n in names(doc))
