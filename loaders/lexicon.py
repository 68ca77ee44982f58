"""Word lists per language for institutions, units, titles and posts.

Generic vocabulary only (institution head words, unit words, titles, post words,
country and city names); no names of particular institutions or people. Every entry
is passed through `normalise_text`, so the lists may be written with Arabic or
Persian letter forms alike and still match `doc.norm`.
"""
from __future__ import annotations

import re

from functools import lru_cache

from loaders.normalise import fold, normalise_text


@lru_cache(maxsize=65536)
def normalised(text: str) -> str:
    """A word or phrase as it appears in doc.norm (cached: extractors ask for the same words often)."""
    return normalise_text(text)[0]


def word_set(words) -> frozenset[str]:
    return frozenset(normalised(w) for w in words)


# ---------------------------------------------------------------- "embassy"
# The word in Persian, Arabic (bare and with the article), English and Russian (its
# nominative: a name's head word), folded; and the stems that match it in any case form
# ("посольства", "Посольству") inside a phrase.
EMBASSY_WORDS = frozenset(fold(w) for w in ("سفارت", "سفارة", "السفارة", "Embassy", "посольство"))
EMBASSY_STEMS = tuple(sorted(w[:-1] if w == "посольство" else w for w in EMBASSY_WORDS))


def embassy_word(text: str) -> bool:
    """Does the text hold the word "embassy" in any form ("Посольства", "السفارة")?"""
    return any(w.startswith(EMBASSY_STEMS) for w in fold(text).split())


# ---------------------------------------------------------------- Russian names "имени ..."
# "Тимирязевская академия", "Бауманский", "Герценовский университет": a short name made of an
# adjective of the surname the full name is given after ("... имени К.А. Тимирязева")
_RU_SK_ADJECTIVE = re.compile(r"([а-яё]{4,})ск(?:ий|ая|ое|ого|ой|ую|ом|ому|ему|им)")


def surname_adjective(word: str, surname: str) -> bool:
    """Is `word` an adjective made of `surname`, as written after "имени" ("Тимирязева")?"""
    adjective = _RU_SK_ADJECTIVE.fullmatch(word.lower())
    if adjective is None:
        return False
    base = re.sub(r"[аяуыие]$", "", surname.lower())   # the genitive's ending
    return len(base) >= 4 and adjective.group(1) in (base, base + "ов", base + "ев", base + "ин")


# ---------------------------------------------------------------- institution head words
# word -> kind (loaders.model.INSTITUTION_KINDS)

FA_HEADS = {normalised(k): v for k, v in {
    "دانشگاه": "University", "پژوهشگاه": "ResearchInstitute", "مؤسسه": "ResearchInstitute",
    "موسسه": "ResearchInstitute", "وزارت": "GovernmentBody", "سازمان": "GovernmentBody",
    "انجمن": "Association", "فرهنگستان": "ResearchInstitute", "آکادمی": "ResearchInstitute",
    "بیمارستان": "Institution", "سفارت": "GovernmentBody",
    "شرکت": "Company",   # also "taking part": a firm only with a name of two words or more
    "پوهنتون": "University",   # Dari and Pashto: "پوهنتون هرات" is "دانشگاه هرات"
}.items()}
# head words written differently for the same kind: compared as one ("پوهنتون هرات" = "دانشگاه هرات")
FA_HEAD_SYNONYMS = {normalised("پوهنتون"): normalised("دانشگاه")}
# ("بنیاد" is left out: in running text it mostly means "basis", not "foundation")
# "پارک علم و فناوری" is a multiword head
FA_MULTI_HEADS = {normalised("پارک علم و فناوری"): "Institution", normalised("مجتمع آموزش عالی"): "University",
                  normalised("آموزشکده"): "University"}

AR_HEADS = {normalised(k): v for k, v in {
    "جامعة": "University", "وزارة": "GovernmentBody", "نقابة": "Association", "هيئة": "GovernmentBody",
    "أكاديمية": "ResearchInstitute", "مركز": "ResearchInstitute", "معهد": "ResearchInstitute",
    "اتحاد": "Association", "رابطة": "Association", "جمعية": "Association", "سفارة": "GovernmentBody",
    "مستشفى": "Institution", "شركة": "Company", "مؤسسة": "Institution",
}.items()}
FA_PLURAL_SUFFIXES = word_set(["ها", "های", "هایی"])   # written apart from the noun: "دانشگاه های"
# the plural suffix with a copula or a possessive after it: "شبکه‌ای از دانشگاه‌هاست" (... of universities)
FA_PLURAL_CLITICS = word_set(["هاست", "هایند", "هایش", "هایشان", "هایمان", "هایتان", "هاشان", "هامان"])
# weekday names, as written before a day ("Tuesday 21 and Wednesday 22 January")
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (Persian as normalised: the joining mark of "سه‌شنبه" becomes a space)
FA_WEEKDAYS = ["شنبه", "یک شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "چهار شنبه", "پنجشنبه", "پنج شنبه", "جمعه"]
AR_WEEKDAYS = ["الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت"]
# month names in full: capitalised words that start a date, not a name ("signed in March")
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
# the capitalised field words of a ministry's portfolio ("Education, Science and Youth")
EN_MINISTRY_FIELDS = ["Education", "Higher", "Science", "Sciences", "Scientific", "Research", "Technology",
                      "Innovation", "Youth", "Sports", "Sport", "Culture", "Health", "Training", "Vocational",
                      "Technical", "Labour", "Employment", "Development", "Foreign", "Affairs", "Digital",
                      "Economy", "Trade", "Industry", "Energy", "Environment", "Agriculture", "Finance"]
AR_COLLEGE = normalised("كلية")          # a unit unless followed by "الجامعة" (Iraqi university colleges)
AR_UNIVERSITY_ADJ = normalised("الجامعة")

# Russian head nouns by lemma
RU_HEADS = {
    "университет": "University", "институт": "ResearchInstitute", "академия": "ResearchInstitute",
    "министерство": "GovernmentBody", "ассоциация": "Association", "посольство": "GovernmentBody",
    "колледж": "University", "консерватория": "University", "госуниверситет": "University",
    "политех": "University", "политехник": "University", "минобрнауки": "GovernmentBody",
    "минобразования": "GovernmentBody", "агентство": "GovernmentBody", "фонд": "Institution",
    "корпорация": "Company", "компания": "Company", "больница": "Institution",
    "школа": "University",   # only with a name: "Высшая школа экономики"
    "союз": "Association", "консорциум": "Association", "сеть": "Association",
}
# Adjectives that describe the kind of an institution, not which one it is.
RU_GENERIC_ADJ = {
    "государственный", "национальный", "исследовательский", "федеральный", "технический",
    "технологический", "педагогический", "медицинский", "политехнический", "аграрный",
    "экономический", "гуманитарный", "лингвистический", "архитектурный", "юридический",
    "автономный", "частный", "научный", "высший", "ведущий", "крупный", "международный",
    "новый", "этот", "наш", "ваш", "свой", "другой", "каждый", "любой", "один", "второй",
    "первый", "данный", "зарубежный", "иностранный", "партнёрский", "партнерский", "опорный",
    "классический", "крупнейший", "лучший", "весь", "старейший", "российский", "региональный",
    "многопрофильный", "инженерный", "вузовский", "отечественный", "китайский",
    "ресурсный", "естественный", "мировой", "европейский", "азиатский", "местный",
}
# fields a university can be "of" ("университет науки и технологий", "дружбы народов")
# What a ministry is of, besides the fields above: "министерство здравоохранения", "... иностранных дел"
RU_PORTFOLIOS = {
    "здравоохранение", "просвещение", "исследование", "инновация", "дело", "труд", "спорт", "развитие",
    "энергетика", "энергия", "сельский", "хозяйство", "оборона", "юстиция", "внешний", "иностранный", "высший",
    "общий", "профессиональный", "цифровой", "экономический", "научный",
}
RU_FIELDS = {
    "наука", "технология", "экономика", "право", "культура", "искусство", "информатика", "медицина",
    "финансы", "управление", "сервис", "туризм", "транспорт", "связь", "дружба", "строительство",
    "архитектура", "дизайн", "телекоммуникация", "образование", "педагогика", "менеджмент", "торговля",
    "нефть", "газ", "радиоэлектроника", "природопользование", "путь", "сообщение", "промышленность",
    "система",   # "университет систем управления и радиоэлектроники"
    "авиация", "космонавтика", "астронавтика", "аэронавтика", "приборостроение", "машиностроение",
}
RU_INFORMAL = {"политех": "технический", "госуниверситет": "государственный"}

EN_HEADS = {
    "University": "University", "Universiti": "University", "Universidad": "University",
    "Université": "University", "Universität": "University", "College": "University",
    "Universitas": "University", "Universitat": "University", "Università": "University",
    "Universidade": "University", "Institut": "ResearchInstitute", "Politeknik": "University",
    "Instituto": "ResearchInstitute",
    "Institute": "ResearchInstitute", "Academy": "ResearchInstitute", "Polytechnic": "University",
    "Ministry": "GovernmentBody", "Association": "Association", "Embassy": "GovernmentBody",
    "Council": "GovernmentBody", "Foundation": "Institution", "Agency": "GovernmentBody",
    "Hospital": "Institution", "Consortium": "Association", "Network": "Association",
    "Corporation": "Company", "Company": "Company", "Inc": "Company", "Ltd": "Company",
    "Technologies": "Company", "Systems": "Company", "Solutions": "Company", "Bhd": "Company",
    "Berhad": "Company", "GmbH": "Company", "LLC": "Company", "PLC": "Company", "Limited": "Company",
    "Programme": "GovernmentBody", "Organization": "Institution", "Organisation": "Institution",
    "School": "University", "Park": "Institution",
    "Bureau": "GovernmentBody",   # a state's cultural and educational bureau abroad
}
EN_CONNECT = {"of", "for", "and", "in", "&", "the", "de", "at"}
# Capitalised words that start sentences or describe, never name, an institution
EN_NOT_NAME = {
    "The", "A", "An", "This", "That", "These", "Those", "Our", "Its", "Their", "His", "Her", "Both",
    "Two", "Three", "Each", "Every", "Other", "Many", "Several", "Some", "All", "Any", "At", "In", "On",
    "From", "With", "By", "For", "To", "And", "Under", "Describing", "According", "Later", "Source",
    "Photo", "Read", "For", "Its", "Top", "Leading", "Partner", "Foreign", "Malaysian", "Indian",
    "Russian", "Iranian", "Chinese", "Canadian", "British", "American", "Iraqi", "First", "Second",
    "When", "While", "During", "After", "Before", "Since", "As", "If", "Dr", "Prof", "Mr", "Ms",
}

# ---------------------------------------------------------------- units

FA_UNITS = word_set(["دانشکده", "پوهنځی", "گروه", "دفتر", "مرکز", "اداره", "معاونت", "پردیس", "پژوهشکده",
                 "آزمایشگاه", "کرسی", "انستیتو", "قطب", "کتابخانه", "حوزه", "مدیریت", "اداره کل"])
AR_UNITS = word_set(["كلية", "قسم", "مكتب", "مركز", "شعبة", "وحدة", "دائرة", "مختبر", "عمادة"])
RU_UNITS = {"факультет", "кафедра", "отдел", "управление", "центр", "институт", "школа", "лаборатория",
            "департамент", "служба", "кампус", "филиал", "офис", "отделение", "дирекция"}
EN_UNITS = {"Faculty", "Department", "Office", "Centre", "Center", "Campus", "School", "Kulliyyah",
            "Laboratory", "Lab", "Division", "Directorate", "College"}

# ---------------------------------------------------------------- titles (stripped from names)

FA_TITLES = word_set(["دکتر", "مهندس", "آقای", "آقا", "خانم", "استاد", "پروفسور", "حجت الاسلام",
                  "حجت‌الاسلام", "والمسلمین", "سید", "سرکار", "جناب", "دکتور",
                  # Afghan academic ranks used as titles: professor, associate, assistant...
                  "پوهاند", "پوهنوال", "پوهندوی", "پوهنمل", "پوهنیار"])
AR_TITLES = word_set(["الدكتور", "الدكتورة", "الأستاذ", "الاستاذ", "الأستاذة", "المهندس", "السيد", "السيدة", "الأب",
                  "د.", "أ.د.", "ا.د.", "م.د.", "أ.م.د.", "البروفيسور", "البروفيسورة", "البروفسور", "البروفسورة",
                  "الشيخ"])
RU_TITLES = {"г-н", "г-жа", "господин", "госпожа", "профессор", "доцент", "академик", "доктор", "проф."}
EN_TITLES = {"Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
             "Sir", "Dame", "Tan", "Sri", "Datuk", "Dato", "Dato'", "Emeritus", "Assoc.", "Associate",
             "Hon.", "H.E.", "Hon", "Ir", "Ir.", "Ts", "Ts.", "Hj", "Hj.", "Hjh", "Hjh.", "Haji", "Hajah",
             "Datin", "Tun", "Seri", "Sheikh", "Shaikh", "Sheikha", "Engr", "Engr.", "H.H.", "HE"}

# ---------------------------------------------------------------- posts -> role codes
# (phrase as it starts a post, role). Longer phrases first when matching.

FA_POSTS = [(normalised(p), r) for p, r in [
    ("سرپرست دانشگاه", "acting_rector"), ("قائم مقام", "deputy_director"),
    ("رئیس دانشکده", "dean"), ("رییس دانشکده", "dean"), ("ریيس دانشکده", "dean"),
    ("رئیس گروه", "head_of_department"), ("رییس گروه", "head_of_department"),
    ("مدیر گروه", "head_of_department"),
    ("رئیس دانشگاه", "president"), ("رییس دانشگاه", "president"),
    ("معاون مدیر", "deputy_director"), ("معاون", "vice_president"),
    ("مدیرکل", "director_general"), ("مدیر کل", "director_general"),
    ("مدیرعامل", "director"), ("مدیر عامل", "director"),   # a firm's chief executive
    ("مدیر", "director"), ("رئیس", "head"), ("رییس", "head"), ("ریيس", "head"),
    ("دبیر", "secretary"), ("دستیار", "assistant"), ("سرپرست", "head"), ("مشاور", "assistant"),
    ("استاد", "professor"), ("استادیار", "professor"), ("دانشیار", "professor"),
    ("عضو هیئت علمی", "researcher"), ("عضو هیات علمی", "researcher"), ("وزیر", "official"),
    ("سفیر", "official"), ("رایزن", "official"), ("نماینده", "official"), ("مسئول", "head"), ("مسوول", "head"),
    ("سرکنسول", "official"), ("کنسول", "official"),
    # a delegation's staff listed one by one: "کارشناس ارشد دفتر پذیرش", "مترجم هیئت"
    ("کارشناس ارشد", "other"), ("کارشناس", "other"), ("مترجم", "other"),
]]
AR_POSTS = [(normalised(p), r) for p, r in [
    ("رئيس الجامعة", "president"), ("رئيس جامعة", "president"), ("مساعد رئيس", "assistant"),
    # in the Gulf the head of a university is its "مدير" (director)
    ("مدير الجامعة", "president"), ("مدير جامعة", "president"), ("رئيسة الجامعة", "president"),
    ("رئيسة جامعة", "president"),
    ("نائب رئيس", "vice_president"), ("نائب مدير", "vice_president"), ("نائبة رئيس", "vice_president"),
    ("نائب", "vice_president"), ("معاون العميد", "vice_dean"), ("معاون عميد", "vice_dean"),
    ("عميد", "dean"), ("رئيس قسم", "head_of_department"), ("مدير عام", "director_general"),
    ("مدير", "director"), ("رئيس", "head"), ("مساعد", "assistant"), ("معاون", "vice_president"),
    ("أمين", "secretary"), ("مستشار", "assistant"), ("وزير", "official"), ("سفير", "official"), ("قنصل", "official"),
    # with the article: "المدير العام لدائرة ...", "الملحق الثقافي" (an embassy's cultural attaché)
    ("المدير العام", "director_general"), ("الملحق الثقافي", "official"), ("ملحق ثقافي", "official"),
    ("رئيسة", "head"), ("عميدة", "dean"), ("مديرة", "director"), ("معاونة", "vice_president"),
    ("مساعدة", "assistant"),
    # Saudi and Gulf universities: the "وكيل الجامعة" is a vice-rector
    ("وكيل الجامعة", "vice_president"), ("وكيل جامعة", "vice_president"), ("وكيل", "vice_president"),
    ("وكيلة", "vice_president"),
    # acting head: "القائم بأعمال مدير الجامعة"; an embassy's chargé d'affaires and secretaries
    ("القائم بأعمال مدير الجامعة", "acting_rector"), ("القائم بأعمال رئيس الجامعة", "acting_rector"),
    ("القائم بالأعمال", "official"), ("السكرتير الأول", "official"), ("السكرتير الثاني", "official"),
    ("سكرتير أول", "official"),
    # "منسق المشروع في جامعة X" (the project's coordinator at X)
    ("منسق", "other"), ("منسقة", "other"),
    # "مسؤولة مكتب التعاون مع الدول العربية": the officer in charge of an office
    ("مسؤول", "head"), ("مسؤولة", "head"),
]]
# Russian: lemma of the first word(s) -> role
RU_POSTS = [
    ("и. о. ректора", "acting_rector"), ("и.о. ректора", "acting_rector"), ("и.о.ректора", "acting_rector"),
    ("исполняющий обязанности ректора", "acting_rector"),
    ("первый проректор", "first_vice_rector"), ("проректор", "vice_rector"), ("ректор", "rector"),
    ("вице-канцлер", "vice_chancellor"), ("вице-президент", "vice_president"), ("президент", "president"),
    ("первый заместитель", "deputy_director"), ("заместитель", "deputy_director"),
    ("заведующий кафедрой", "head_of_department"), ("заведующая кафедрой", "head_of_department"),
    ("заведующий", "head"), ("декан", "dean"), ("замдекана", "vice_dean"),
    ("генеральный директор", "director_general"), ("директор", "director"),
    ("начальник", "head"), ("руководитель", "head"), ("глава", "head"), ("председатель", "head"),
    ("советник", "assistant"), ("помощник", "assistant"), ("секретарь", "secretary"),
    ("профессор", "professor"), ("доцент", "professor"), ("научный сотрудник", "researcher"),
    ("министр", "official"), ("посол", "official"), ("консул", "official"), ("канцлер", "chancellor"),
]
EN_POSTS = [
    # a deputy or pro-vice-chancellor is a deputy of the executive head: the vice-president rank
    ("Acting Vice-Chancellor", "vice_chancellor"), ("Pro-Vice-Chancellor", "vice_president"),
    ("Pro Vice-Chancellor", "vice_president"), ("Pro Vice Chancellor", "vice_president"),
    ("Deputy Vice-Chancellor", "vice_president"), ("Deputy Vice Chancellor", "vice_president"),
    ("Assistant Vice-Chancellor", "vice_president"), ("Assistant Vice Chancellor", "vice_president"),
    ("Vice-Chancellor", "vice_chancellor"),
    ("Vice Chancellor", "vice_chancellor"), ("Acting Rector", "acting_rector"),
    ("Pro-Rector", "vice_rector"), ("Prorector", "vice_rector"), ("Deputy Rector", "vice_rector"),
    ("Deputy President", "vice_president"), ("First Vice-Rector", "first_vice_rector"), ("Vice-Rector", "vice_rector"), ("Vice Rector", "vice_rector"),
    ("Associate Vice-President", "vice_president"), ("Vice-President", "vice_president"),
    ("Vice President", "vice_president"), ("Vice-Provost", "vice_provost"), ("Provost", "provost"),
    ("Chancellor", "chancellor"), ("President", "president"), ("Rector", "rector"),
    ("Vice-Principal", "vice_president"), ("Vice Principal", "vice_president"), ("Deputy Principal", "vice_president"),
    ("Principal", "president"),
    ("Registrar", "registrar"), ("Associate Dean", "vice_dean"), ("Deputy Dean", "vice_dean"),
    ("Vice-Dean", "vice_dean"), ("Dean", "dean"), ("Head", "head"), ("Chair", "head"),
    ("Chairman", "head"), ("Chairperson", "head"), ("Director-General", "director_general"),
    ("Director General", "director_general"), ("Deputy Director", "deputy_director"),
    ("Executive Director", "director"), ("Director", "director"), ("Secretary", "secretary"),
    ("Minister", "official"), ("Undersecretary", "official"), ("Under-Secretary", "official"), ("Ambassador", "official"), ("Consul", "official"), ("Attaché", "official"),
    ("Attache", "official"), ("Counsellor", "official"), ("Counselor", "official"),
    ("Cultural Counsellor", "official"), ("Cultural Counselor", "official"), ("Cultural Attaché", "official"), ("Cultural Attache", "official"),
    ("Professor", "professor"), ("Assistant", "assistant"), ("Adviser", "assistant"),
    ("Advisor", "assistant"), ("Chief Executive Officer", "director"), ("Chief Executive", "director"),
    ("Managing Director", "director"), ("Chief Operating Officer", "director"), ("CEO", "director"),
    ("Pro-VC", "vice_president"), ("DVC", "vice_president"), ("VC", "vice_chancellor"),
    # "academic coordinator of the joint programme": a named post of its own
    ("Academic Coordinator", "other"), ("Programme Coordinator", "other"), ("Program Coordinator", "other"),
    ("Coordinator", "other"),   # "coordinator of the X master's programme"
    ("Senior Officer", "other"),   # "Senior Officer for International Students"
    ("Manager", "other"),          # "Manager of the Partnerships Office"
    ("Programme Officer", "other"), ("Program Officer", "other"),   # "Programme Officer for Student Mobility"
]
# a role word inside a post phrase can refine a coarse first-word role
RU_ROLE_BY_OBJECT = {"кафедр": "head_of_department", "факультет": "dean", "отдел": "director",
                     "управлени": "director", "центр": "director", "институт": "director"}
FA_ROLE_BY_OBJECT = [(normalised("دانشکده"), "dean"), (normalised("گروه"), "head_of_department"),
                     (normalised("دفتر"), "director"), (normalised("اداره"), "director"), (normalised("مرکز"), "director"),
                     (normalised("پارک"), "head"), (normalised("دانشگاه"), "president")]
AR_ROLE_BY_OBJECT = [(normalised("كلية"), "dean"), (normalised("قسم"), "head_of_department"), (normalised("جامعة"), "president")]

# ---------------------------------------------------------------- countries and cities -> ISO

COUNTRIES = {
    "IR": ["ایران", "إيران", "Iran", "Иран", "Исламская Республика Иран"],
    "IQ": ["عراق", "العراق", "Iraq", "Ирак", "کردستان عراق", "اقلیم کردستان عراق", "Kurdistan"],
    "RU": ["روسیه", "روسيا", "Russia", "Россия", "Российская Федерация", "Russian Federation"],
    "CN": ["چین", "الصين", "China", "Китай", "جمهوری خلق چین", "КНР"],
    "TJ": ["تاجیکستان", "طاجيكستان", "Tajikistan", "Таджикистан"],
    "IN": ["هند", "الهند", "India", "Индия"],
    "CA": ["کانادا", "كندا", "Canada", "Канада"],
    "BY": ["بلاروس", "بيلاروسيا", "بیلاروس", "Belarus", "Беларусь", "Республика Беларусь", "Белоруссия"],
    "VN": ["ویتنام", "فيتنام", "Vietnam", "Viet Nam", "Вьетнам"],
    "MY": ["مالزی", "ماليزيا", "Malaysia", "Малайзия"],
    "TR": ["ترکیه", "تركيا", "Turkey", "Türkiye", "Турция"],
    "AF": ["افغانستان", "أفغانستان", "Afghanistan", "Афганистан"],
    "PK": ["پاکستان", "باكستان", "Pakistan", "Пакистан"],
    "SY": ["سوریه", "سوريا", "Syria", "Сирия"],
    "LB": ["لبنان", "Lebanon", "Ливан"],
    "EG": ["مصر", "Egypt", "Египет"],
    "SA": ["عربستان", "السعودية", "Saudi Arabia", "Саудовская Аравия"],
    "AE": ["امارات", "الإمارات", "United Arab Emirates", "UAE", "ОАЭ"],
    "JO": ["اردن", "الأردن", "Jordan", "Иордания"],
    "KZ": ["قزاقستان", "كازاخستان", "Kazakhstan", "Казахстан"],
    "UZ": ["ازبکستان", "أوزبكستان", "Uzbekistan", "Узбекистан"],
    "KG": ["قرقیزستان", "Kyrgyzstan", "Киргизия", "Кыргызстан", "Kyrgyz Republic", "Кыргызская Республика",
           "Киргизская Республика"],   # (the state's official name, as ministries write it)
    "TM": ["ترکمنستان", "Turkmenistan", "Туркменистан"],
    "AM": ["ارمنستان", "Armenia", "Армения"], "AZ": ["آذربایجان", "Azerbaijan", "Азербайджан"],
    "GE": ["گرجستان", "Georgia", "Грузия"], "OM": ["عمان", "سلطنة عمان", "Oman", "Оман"],
    "QA": ["قطر", "Qatar", "Катар"], "KW": ["کویت", "الكويت", "Kuwait", "Кувейт"],
    "DE": ["آلمان", "ألمانيا", "Germany", "Германия"], "FR": ["فرانسه", "فرنسا", "France", "Франция"],
    "IT": ["ایتالیا", "إيطاليا", "Italy", "Италия"], "ES": ["اسپانیا", "إسبانيا", "Spain", "Испания"],
    "GB": ["انگلستان", "بریتانیا", "بريطانيا", "United Kingdom", "UK", "Britain", "England", "Великобритания"],
    "US": ["آمریکا", "امریکا", "الولايات المتحدة", "United States", "USA", "США"],
    "JP": ["ژاپن", "اليابان", "Japan", "Япония"], "KR": ["کره جنوبی", "كوريا", "South Korea", "Korea", "Корея"],
    "AU": ["استرالیا", "أستراليا", "Australia", "Австралия"], "BR": ["برزیل", "البرازيل", "Brazil", "Бразилия"],
    "ID": ["اندونزی", "إندونيسيا", "Indonesia", "Индонезия"], "TH": ["تایلند", "تايلاند", "Thailand", "Таиланд"],
    "SG": ["سنگاپور", "سنغافورة", "Singapore", "Сингапур"], "UA": ["اوکراین", "أوكرانيا", "Ukraine", "Украина"],
    "PL": ["لهستان", "بولندا", "Poland", "Польша"], "RS": ["صربستان", "صربيا", "Serbia", "Сербия"],
    "HU": ["مجارستان", "المجر", "Hungary", "Венгрия"], "AT": ["اتریش", "النمسا", "Austria", "Австрия"],
    "CH": ["سوئیس", "سويسرا", "Switzerland", "Швейцария"], "NL": ["هلند", "هولندا", "Netherlands", "Нидерланды"],
    "SE": ["سوئد", "السويد", "Sweden", "Швеция"], "FI": ["فنلاند", "فنلندا", "Finland", "Финляндия"],
    "MN": ["مغولستان", "Mongolia", "Монголия"], "LA": ["لائوس", "Laos", "Лаос"],
    "BD": ["بنگلادش", "بنغلاديش", "Bangladesh", "Бангладеш"], "LK": ["سریلانکا", "Sri Lanka", "Шри-Ланка"],
    "TN": ["تونس", "Tunisia", "Тунис"], "DZ": ["الجزایر", "الجزائر", "Algeria", "Алжир"],
    "MA": ["مراکش", "المغرب", "Morocco", "Марокко"], "LY": ["لیبی", "ليبيا", "Libya", "Ливия"],
    "YE": ["یمن", "اليمن", "Yemen", "Йемен"], "PS": ["فلسطین", "فلسطين", "Palestine", "Палестина"],
    "CU": ["کوبا", "كوبا", "Cuba", "Куба"], "VE": ["ونزوئلا", "فنزويلا", "Venezuela", "Венесуэла"],
    "ZA": ["آفریقای جنوبی", "جنوب أفريقيا", "South Africa", "ЮАР"], "NG": ["نیجریه", "نيجيريا", "Nigeria", "Нигерия"],
    "KE": ["کنیا", "كينيا", "Kenya", "Кения"], "MX": ["مکزیک", "المكسيك", "Mexico", "Мексика"],
    "CO": ["کلمبیا", "كولومبيا", "Colombia", "Колумбия"], "PE": ["پرو", "بيرو", "Peru", "Перу"],
    "BH": ["بحرین", "البحرين", "Bahrain", "Бахрейн"], "SD": ["سودان", "السودان", "Sudan", "Судан"],
    "UG": ["اوگاندا", "أوغندا", "Uganda", "Уганда"], "GH": ["غنا", "غانا", "Ghana", "Гана"],
    "TZ": ["تانزانیا", "تنزانيا", "Tanzania", "Танзания"], "ET": ["اتیوپی", "إثيوبيا", "Ethiopia", "Эфиопия"],
}
CITIES = {
    "IR": ["تهران", "طهران", "Tehran", "Тегеран", "مشهد", "اصفهان", "تبریز", "شیراز", "همدان", "ساری",
           "کرج", "قم", "اهواز", "کرمان", "رشت", "یزد", "زنجان", "سمنان", "مازندران", "گیلان"],
    "IQ": ["بغداد", "Baghdad", "Багдад", "اربیل", "أربيل", "Erbil", "بصره", "البصرة", "موصل", "الموصل",
           "نجف", "النجف", "کربلا", "كربلاء", "زاخو", "دهوک", "دهوك", "سلیمانیه", "السليمانية", "حلبچه", "حلبجة",
           "کوفه", "الكوفة", "Najaf", "Наджаф", "Kufa", "Куфа", "Basra", "Басра", "Mosul", "Мосул",
           "Karbala", "Кербела"],
    "RU": ["Москва", "Moscow", "مسکو", "موسكو", "Санкт-Петербург", "Saint Petersburg", "St Petersburg",
           "Томск", "Tomsk", "Казань", "Kazan", "Новосибирск", "Владивосток", "Липецк", "Екатеринбург",
           "Татарстан", "Tatarstan", "Башкортостан",   # republics that name their own ministries
           "Нижний Новгород", "Самара", "Омск", "Пермь", "Воронеж", "Ростов-на-Дону", "Красноярск", "Иркутск",
           "Астрахань", "Волгоград", "Саратов", "Уфа", "Astrakhan", "Volgograd",   # (the Volga and the Caspian)
           # Persian and Arabic spellings (as in graph_data/reference/places.csv)
           "سن پترزبورگ", "سانت بطرسبرغ", "سانت بطرسبورغ", "سان بطرسبورغ", "کازان", "قازان", "تومسک", "تومسك", "نووسیبیرسک", "نوفوسيبيرسك",
           "یکاترینبورگ", "يكاترينبورغ", "Novosibirsk", "Yekaterinburg", "Vladivostok"],
    "CN": ["Пекин", "Beijing", "پکن", "بكين", "Шанхай", "Shanghai", "شانگهای", "Шэньян", "Shenyang",
           "Аньшань", "Anshan", "Ляонин", "Liaoning", "Харбин", "Harbin", "Xiamen", "شیامن", "Guangzhou",
           "Гуанчжоу", "Wuhan", "Ухань", "Nanjing", "Нанкин", "فوجیان"],
    "IN": ["Delhi", "New Delhi", "Дели", "Нью-Дели", "دهلی", "Mumbai", "Bombay", "Мумбаи", "Бомбей",
           "Hyderabad", "Хайдарабад", "Chennai", "Ченнаи", "Madras", "Kolkata", "Bangalore", "Bengaluru",
           "Kanpur", "Kharagpur", "Roorkee", "Pune"],
    "CA": ["Ontario", "Онтарио", "Toronto", "Торонто", "Montreal", "Vancouver", "Ottawa", "London, Ontario",
           "Quebec", "British Columbia", "Alberta"],
    "BY": ["Минск", "Minsk", "مینسک", "Гомель", "Витебск", "Брест", "Гродно", "Могилёв"],
    "VN": ["Хошимин", "Ho Chi Minh City", "Ханой", "Hanoi", "هوشی مین", "Дананг"],
    "MY": ["Kuala Lumpur", "Куала-Лумпур", "کوالالامپور", "Selangor", "Penang", "Johor"],
    "TJ": ["Душанбе", "Dushanbe", "دوشنبه شهر"],
    "TR": ["Стамбул", "Istanbul", "استانبول", "Ankara", "Анкара", "آنکارا"],
    "KZ": ["Алматы", "Астана", "Almaty", "Astana", "Караганда", "Шымкент"],
    "UZ": ["Ташкент", "Tashkent", "تاشکند", "Самарканд", "Samarkand", "سمرقند", "Бухара", "Bukhara", "بخارا",
           "Наманган", "Андижан", "Фергана"],
    "RS": ["Белград", "Belgrade", "Нови-Сад", "Novi Sad", "Ниш", "Крагуевац"],
    "KG": ["Бишкек", "Bishkek"], "TM": ["Ашхабад", "Ashgabat"], "AZ": ["Баку", "Baku", "باکو"],
    "AM": ["Ереван", "Yerevan", "ایروان", "يريفان"], "GE": ["Тбилиси", "Tbilisi", "تفلیس"],
    "GB": ["London", "Oxford", "Cambridge", "Manchester", "Edinburgh", "Лондон"],
    "US": ["New York", "Boston", "Washington", "California", "Нью-Йорк"],
    "EG": ["Cairo", "القاهرة", "Каир"], "LB": ["Beirut", "بيروت", "بیروت"],
    "PK": ["Islamabad", "Lahore", "Karachi", "Peshawar", "اسلام آباد", "Исламабад"],
    "SY": ["Damascus", "دمشق", "Aleppo", "حلب", "اللاذقية", "Latakia", "حمص", "Homs"], "AF": ["Kabul", "کابل", "كابول", "Herat", "هرات"],
    "AE": ["Abu Dhabi", "أبوظبي", "ابوظبي", "أبو ظبي", "Dubai", "دبي", "Sharjah", "الشارقة", "Al Ain"],
    "SA": ["Riyadh", "الرياض", "Jeddah", "جدة", "Dammam", "الدمام"], "QA": ["Doha", "الدوحة"],
    # Maghreb university towns (Algerian universities are named, and numbered, after them: "جامعة وهران 1")
    "DZ": ["قسنطينة", "Oran", "وهران", "Tlemcen", "تلمسان", "Setif", "Sétif", "سطيف", "Annaba",
           "عنابة", "Batna", "باتنة", "Blida", "البليدة", "Bejaia", "Béjaïa", "بجاية", "Biskra", "بسكرة",
           "Tizi Ouzou", "تيزي وزو", "Ouargla", "ورقلة", "Mostaganem", "مستغانم", "Algiers"],
    "TN": ["Sfax", "صفاقس", "Sousse", "سوسة", "Monastir", "المنستير", "Gabes", "Gabès", "قابس", "Kairouan", "القيروان"],
    "MA": ["Rabat", "الرباط", "Casablanca", "الدار البيضاء", "Fes", "Fès", "فاس", "Kenitra", "القنيطرة",
           "Agadir", "أكادير", "Oujda", "وجدة", "Tetouan", "تطوان"],
    "ID": ["Jakarta", "Bandung", "Yogyakarta", "Surabaya", "Depok"], "KE": ["Nairobi"], "UG": ["Kampala"],
    "FR": ["Paris", "باريس", "پاریس", "Париж", "Marseille", "مرسيليا", "Марсель"],
    "OM": ["Muscat", "مسقط", "Маскат"],
}
# Adjectives of countries (stems/forms) for "иранский университет", "الجامعات العراقية", "دو دانشگاه ایرانی"
COUNTRY_ADJ = {
    "fa": {"IR": ["ایرانی"], "IQ": ["عراقی"], "CN": ["چینی"], "RU": ["روسی"], "TJ": ["تاجیک", "تاجیکی"],
           "IN": ["هندی"], "TR": ["ترکیه ای"], "AF": ["افغانی"], "SY": ["سوری"], "LB": ["لبنانی"],
           "KZ": ["قزاقستانی", "قزاق"], "UZ": ["ازبکستانی", "ازبک"], "AZ": ["آذربایجانی"], "AM": ["ارمنی", "ارمنستانی"],
           "MY": ["مالزیایی", "مالزیائی"], "KG": ["قرقیزستانی", "قرقیزی"], "BY": ["بلاروسی"], "JO": ["اردنی"],
           "EG": ["مصری"], "PK": ["پاکستانی"], "TM": ["ترکمنستانی", "ترکمن"], "OM": ["عمانی"], "QA": ["قطری"]},
    "ar": {"IQ": ["العراقي", "العراقية", "العراقيين", "العراقيون"], "IR": ["الإيراني", "الإيرانية", "الايرانية"],
           "EG": ["المصري", "المصرية"], "SA": ["السعودي", "السعودية"], "SY": ["السوري", "السورية"],
           "LB": ["اللبناني", "اللبنانية"], "JO": ["الأردني", "الأردنية"], "RU": ["الروسي", "الروسية"],
           "CN": ["الصيني", "الصينية"], "GB": ["البريطاني", "البريطانية"], "US": ["الأمريكي", "الأمريكية", "الامريكية"],
           "FR": ["الفرنسي", "الفرنسية"], "DE": ["الألماني", "الألمانية"], "TR": ["التركي", "التركية"],
           "MY": ["الماليزي", "الماليزية"], "AE": ["الإماراتي", "الإماراتية"], "OM": ["العماني", "العمانية"],
           "BY": ["البيلاروسي", "البيلاروسية"], "TN": ["التونسي", "التونسية"], "DZ": ["الجزائري", "الجزائرية"],
           "MA": ["المغربي", "المغربية"]},
    "ru": {"IR": ["иранск"], "IQ": ["иракск"], "RU": ["российск", "русск"], "CN": ["китайск"],
           "IN": ["индийск"], "VN": ["вьетнамск"], "BY": ["белорусск"],
           "TJ": ["таджикск"], "UZ": ["узбекск"], "TR": ["турецк"], "DE": ["германск", "немецк"],
           "FR": ["французск"], "MY": ["малайзийск"], "EG": ["египетск"], "SY": ["сирийск"],
           "AM": ["армянск"], "AZ": ["азербайджанск"], "KG": ["киргизск", "кыргызск"], "MN": ["монгольск"],
           "JP": ["японск"], "KR": ["корейск"], "GB": ["британск"], "US": ["американск"], "CA": ["канадск"],
           "KZ": ["казахстанск", "казахск"], "JO": ["иорданск"], "QA": ["катарск"], "OM": ["оманск"], "SA": ["саудовск"],
           "LB": ["ливанск"], "AF": ["афганск"], "PK": ["пакистанск"], "ID": ["индонезийск"], "TM": ["туркменск"],
           "AU": ["австралийск"], "RS": ["сербск"]},
    "en": {"IR": ["Iranian"], "IQ": ["Iraqi"], "RU": ["Russian"], "CN": ["Chinese"], "IN": ["Indian"],
           "CA": ["Canadian"], "MY": ["Malaysian"], "BY": ["Belarusian"], "VN": ["Vietnamese"],
           "GB": ["British"], "US": ["American"], "TR": ["Turkish"], "EG": ["Egyptian"], "PL": ["Polish"],
           "CZ": ["Czech"], "GH": ["Ghanaian"], "BR": ["Brazilian"], "ID": ["Indonesian"], "KZ": ["Kazakh", "Kazakhstani"],
           "UZ": ["Uzbek"], "TJ": ["Tajik"], "GE": ["Georgian"], "AM": ["Armenian"], "JP": ["Japanese"],
           "KR": ["Korean"], "DZ": ["Algerian"], "MA": ["Moroccan"], "TN": ["Tunisian"], "PK": ["Pakistani"],
           "FI": ["Finnish"], "HU": ["Hungarian"], "IT": ["Italian"], "ES": ["Spanish"], "DE": ["German"],
           "FR": ["French"], "KE": ["Kenyan"], "NG": ["Nigerian"], "UA": ["Ukrainian"], "AZ": ["Azerbaijani"],
           "SY": ["Syrian"], "JO": ["Jordanian"], "RS": ["Serbian"], "MN": ["Mongolian"], "KG": ["Kyrgyz"],
           "BE": ["Belgian"], "NL": ["Dutch"], "UG": ["Ugandan"], "SA": ["Saudi"], "TH": ["Thai"],
           "AU": ["Australian"], "SE": ["Swedish"], "AT": ["Austrian"], "CH": ["Swiss"], "PT": ["Portuguese"],
           "GR": ["Greek"], "TZ": ["Tanzanian"], "RW": ["Rwandan"], "ET": ["Ethiopian"]},
}


def _place_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for table in (CITIES, COUNTRIES):   # countries win over same-spelled cities
        for iso, names in table.items():
            for name in names:
                index[normalised(name).casefold()] = iso
    return index


PLACES = _place_index()
COUNTRY_NAMES = {normalised(name).casefold(): iso for iso, names in COUNTRIES.items() for name in names}


def place_country(text: str) -> str | None:
    """ISO code of a country or city name written in any of the four languages."""
    key = normalised(text).strip().casefold()
    if key in PLACES:
        return PLACES[key]
    # the Arabic article written onto a transliterated place: "Эн-Наджаф", "Эль-Кут", "Al-Najaf"
    art = re.match(r"^(?:э[льнсдртшз]|а[льнсдртшз]|аш|эш|al|an|as|ad|ar|ash|el|en|at|az)-(\w.+)$", key)
    if art and art.group(1) in PLACES:
        return PLACES[art.group(1)]
    # Russian oblique forms of place names: "Бомбея", "Хошимина", "Москве", "Китае"
    for end in ("ой", "ом", "ее", "ии", "ия", "ея", "ы", "а", "е", "у", "и", "я"):
        if key.endswith(end) and len(key) > len(end) + 2:
            stem = key[: -len(end)]
            for cand in (stem, stem + "а", stem + "й", stem + "ь", stem + "я", stem + "и", stem + "ия"):
                if cand in PLACES and any("\u0400" <= c <= "\u04ff" for c in cand):
                    return PLACES[cand]
    return None


def adjective_country(word: str, lang: str) -> str | None:
    """ISO code of a country adjective ("иранского", "العراقية", "ایرانی", "Iranian")."""
    w = normalised(word)
    table = COUNTRY_ADJ.get(lang, {})
    if lang == "ru":
        low = w.casefold()
        for iso, stems in table.items():
            if any(low.startswith(s) for s in stems):
                return iso
        return None
    for iso, forms in table.items():
        if any(w == normalised(f) for f in forms):
            return iso
    return None


# A heading line over a bulleted list of a delegation's members, with the delegation's country
# adjective: "اعضای هیئت ارمنی عبارت بودند از:", "وضم الوفد الروسي كلاً من:", "В составе узбекской
# делегации:", "The Malaysian delegation comprised:" (group 1..4: the adjective).
DELEGATION_LIST_HEAD = re.compile(normalised(
    r"(?:(?:هیئت|هیأت|هیات|وفد)\s+(\w+)|(?:ال)?وفد\s+(ال\w+)|(\w+)\s+делегаци\w*|(?:the\s+)?(?:visiting\s+)?([A-Z]\w+)\s+delegation)"
    r"[^\n:]{0,40}:\s*$"), re.I)
LIST_BULLET = re.compile(r"[ \t]*(?:[-–—•*▪·]|\d{1,2}[.)])\s*")
# the same heading inside a paragraph, its members listed after the colon in the same sentence
# ("The Malaysian delegation comprised: X, dean of ...; Y, director of ...")
DELEGATION_LIST_INLINE = re.compile(DELEGATION_LIST_HEAD.pattern.replace(r":\s*$", r":(?=[^.!?\n]*$)"), re.I)


def delegation_list_heading(text: str, pos: int):
    """The heading match ("The Armenian delegation:", "The visiting X delegation comprised:") above
    the bulleted member list that holds text[pos], with the offset of its line; else None."""
    start = text.rfind("\n", 0, pos) + 1
    if not LIST_BULLET.match(text, start):
        inline = DELEGATION_LIST_INLINE.search(text[start:pos])
        return (inline, start) if inline else None
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1]
        start = prev
        if LIST_BULLET.match(line) or not line.strip():
            continue
        head = DELEGATION_LIST_HEAD.search(line)
        return (head, prev) if head else None
    return None


def delegation_list_country(text: str, pos: int, lang: str) -> str | None:
    """The country of the delegation whose bulleted member list holds text[pos] (its heading line,
    above the bullets, names it by an adjective), else None."""
    found = delegation_list_heading(text, pos)
    word = next((g for g in found[0].groups() if g), None) if found else None
    return adjective_country(word, lang) if word else None
