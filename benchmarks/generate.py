"""Synthetic corpus: university news articles in fa, ru, en and ar, with their gold.

    python benchmarks/generate.py OUT --n 1000 --seed 1 --langs fa,ru,en,ar

Writes OUT/NAME.txt and OUT/NAME.gold.json (the format of ../shared/eval/GOLD_FORMAT.md),
so that `python ../shared/eval/score.py OUT --cli "python -m unikg"` measures quality at
scale and `benchmarks/run.py` measures speed on text shaped like real press releases.

Institutions come from the gazetteer (ROR records and curated rows that have a name in the
article's language); persons, posts, dates (Jalali for Persian), events, agreements and
topics are drawn at random from a fixed seed. Every sentence here is written for this
generator. Filler paragraphs bring an article to about 400 words; they name no institution,
person, date or cooperation area, so the gold stays exactly what the templates put in.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.dates import gregorian_to_jalali  # noqa: E402
from loaders.gazetteer import ACRONYM, LABEL, Gazetteer  # noqa: E402
from loaders.resources import REFERENCE_DIR  # noqa: E402

LANGS = ("fa", "ru", "en", "ar")
KINDS = ("visit", "meeting", "mou", "programme", "conference")
TARGET_WORDS = 400

# ---------------------------------------------------------------- institutions

# Russian: a name is usable when it is leading adjectives then one of these heads, so the
# generator can put it in the genitive and accusative itself.
_RU_HEADS = {  # nominative -> (genitive, accusative)
    "университет": ("университета", "университет"), "институт": ("института", "институт"),
    "академия": ("академии", "академию"), "консерватория": ("консерватории", "консерваторию"),
    "школа": ("школы", "школу"), "лицей": ("лицея", "лицей"),
}
_RU_ADJ = {  # ending -> (genitive, accusative); masculine inanimate accusative = nominative
    "ый": ("ого", "ый"), "ий": ("ого", "ий"), "ой": ("ого", "ой"),
    "ая": ("ой", "ую"), "яя": ("ей", "юю"),
}
_RU_SOFT = "гкхжчшщ"  # -ий after these takes -ого too, after н/others -его


def ru_decline(name: str, case: str) -> str | None:
    """`name` in the genitive or accusative, or None when its shape is not one we know."""
    if case == "nom":
        return name
    k = 0 if case == "gen" else 1
    words = name.split(" ")
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in _RU_HEADS:
            form = _RU_HEADS[low][k]
            out.append(form[0].upper() + form[1:] if w[0].isupper() else form)
            return " ".join(out + words[i + 1:])
        ending = low[-2:]
        if ending not in _RU_ADJ or not w.isalpha():
            return None
        new = _RU_ADJ[ending][k]
        if ending == "ий" and k == 0 and len(low) > 2 and low[-3] not in _RU_SOFT:
            new = "его"   # синий -> синего
        out.append(w[:-2] + new)
    return None


@dataclass
class Institution:
    name: str                 # the form written in the article (nominative)
    country: str | None
    aliases: list[str]        # for the gold: the name, its English names, acronyms
    ror: str | None = None


def _is_university(name: str, lang: str) -> bool:
    words = {"fa": ("دانشگاه",), "ar": ("جامعة",), "en": ("University",), "ru": ("университет", "академия", "институт")}
    return any(w in name for w in words[lang]) if lang != "ru" else any(w in name.lower() for w in words[lang])


def institution_pools(gaz: Gazetteer, langs) -> dict[str, list[Institution]]:
    """Per language, the education records with a label in it (curated rows first)."""
    pools: dict[str, list[Institution]] = {lang: [] for lang in langs}
    for n in range(len(gaz)):
        rec = gaz.record(n)
        if "education" not in rec.types or not rec.country:
            continue
        english = [v for v, lang, t in rec.names if lang == "en" and t != ACRONYM] or [rec.display]
        acronyms = [v for v, _, t in rec.names if t == ACRONYM]
        for lang in langs:
            labels = [v for v, l, t in rec.names if l == lang and t == LABEL]
            if not labels:
                continue
            name = labels[0]
            if not _is_university(name, lang) or len(name) > 70 or "(" in name:
                continue
            if lang == "ru" and (ru_decline(name, "gen") is None or ru_decline(name, "acc") is None):
                continue
            others = [v for v, l, t in rec.names if l == lang and v != name and t != ACRONYM]
            aliases = list(dict.fromkeys([name, *others, *english, rec.display, *acronyms]))
            pools[lang].append(Institution(name, rec.country, aliases,
                                           rec.id if rec.id.startswith("https://ror.org/") else None))
    return pools


# ---------------------------------------------------------------- persons, posts, topics, dates

PERSONS = {
    "fa": (["محمد", "علی", "حسین", "رضا", "مهدی", "زهرا", "مریم", "فاطمه", "احمد", "حمید", "سعید", "مجید", "نرگس", "بهزاد"],
           ["رضایی", "احمدی", "محمدی", "کریمی", "حسینی", "موسوی", "جعفری", "صادقی", "نوری", "کاظمی", "رحیمی", "عباسی", "طاهری", "شریفی"]),
    "ru": (["Иван", "Алексей", "Сергей", "Дмитрий", "Андрей", "Михаил", "Николай", "Олег", "Павел", "Владимир", "Евгений", "Юрий"],
           ["Петров", "Смирнов", "Кузнецов", "Попов", "Волков", "Соколов", "Лебедев", "Морозов", "Новиков", "Федоров", "Егоров", "Орлов"]),
    "en": (["James", "Sarah", "Michael", "Emily", "David", "Laura", "Robert", "Anna", "Thomas", "Helen", "Peter", "Grace"],
           ["Whitfield", "Harrington", "Caldwell", "Pemberton", "Ashworth", "Bramley", "Fairbanks", "Lockwood", "Merriweather", "Thornton", "Kingsley", "Radcliffe"]),
    "ar": (["أحمد", "محمد", "علي", "خالد", "عمر", "يوسف", "حسن", "سامي", "ليلى", "نور", "كريم", "زياد"],
           ["الجبوري", "العبيدي", "الحسيني", "السعدي", "النجار", "الخطيب", "المصري", "الربيعي", "الزبيدي", "الشمري", "الدليمي", "الكبيسي"]),
}
TITLES = {"fa": "دکتر", "ru": "профессор", "en": "Professor", "ar": "الدكتور"}

# (post written before the institution name, the post as the gold gives it, English role)
POSTS = {
    "fa": [("رئیس", "رئیس دانشگاه", "president"), ("معاون بین‌الملل", "معاون بین‌الملل دانشگاه", "vice president")],
    "ru": [("ректор", "ректор", "rector"), ("проректор по международной деятельности",
                                           "проректор по международной деятельности", "vice-rector")],
    "en": [("President of", "President", "president"), ("Vice-President for International Affairs of",
                                                        "Vice-President for International Affairs", "vice president")],
    "ar": [("رئيس", "رئيس الجامعة", "president"), ("نائب رئيس", "نائب رئيس الجامعة", "vice president")],
}

TOPICS = {
    "fa": {"StudentExchange": "تبادل دانشجو", "StaffExchange": "تبادل استاد", "JointResearch": "انجام پژوهش‌های مشترک",
           "JointPublication": "انتشار مقالات مشترک", "Training": "برگزاری دوره‌های آموزشی کوتاه‌مدت",
           "OnlineEducation": "آموزش مجازی", "SummerSchool": "برگزاری مدرسه تابستانی", "Scholarship": "اعطای بورسیه تحصیلی",
           "Culture": "همکاری‌های فرهنگی"},
    "ru": {"StudentExchange": "обмен студентами", "StaffExchange": "обмен преподавателями",
           "JointResearch": "совместные научные исследования", "JointPublication": "совместные публикации",
           "Training": "программы повышения квалификации", "OnlineEducation": "онлайн-обучение",
           "SummerSchool": "летние школы", "Scholarship": "стипендиальные программы", "Culture": "культурное сотрудничество"},
    "en": {"StudentExchange": "student exchange", "StaffExchange": "staff exchange", "JointResearch": "joint research projects",
           "JointPublication": "joint publications", "Training": "short training courses", "OnlineEducation": "online education",
           "SummerSchool": "summer schools", "Scholarship": "scholarships", "Culture": "cultural cooperation"},
    "ar": {"StudentExchange": "تبادل الطلبة", "StaffExchange": "تبادل أعضاء هيئة التدريس", "JointResearch": "البحث العلمي المشترك",
           "JointPublication": "النشر العلمي المشترك", "Training": "الدورات التدريبية", "OnlineEducation": "التعليم الإلكتروني",
           "SummerSchool": "المدارس الصيفية", "Scholarship": "المنح الدراسية", "Culture": "التعاون الثقافي"},
}
AND = {"fa": " و ", "ru": " и ", "en": " and ", "ar": " و"}

JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AR_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def write_date(day: dt.date, lang: str, rng: random.Random) -> str:
    if lang == "fa":
        y, m, d = gregorian_to_jalali(day.isoformat())
        text = f"{d} {JALALI_MONTHS[m - 1]} {y}"
        return text.translate(FA_DIGITS) if rng.random() < 0.5 else text
    if lang == "ru":
        return f"{day.day} {RU_MONTHS[day.month - 1]} {day.year} года"
    if lang == "en":
        return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}" if rng.random() < 0.5 \
            else f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {AR_MONTHS[day.month - 1]} {day.year}"


def ru_instrumental(name: str) -> str:
    """A male first name and surname of PERSONS["ru"] in the instrumental (с кем?)."""
    first, last = name.split(" ")
    first = first[:-1] + "ем" if first.endswith("й") else first + "ом"
    return f"{first} {last}ым"


# ---------------------------------------------------------------- articles

@dataclass
class Person:
    name: str
    titled: str
    post: tuple[str, str, str]
    inst: int


@dataclass
class Facts:
    insts: list[Institution]
    persons: list[Person]
    day: dt.date
    end: dt.date | None
    topics: list[str]
    event: str
    agreement: tuple[str, str] | None = None   # (type, status)
    text: str = ""
    extra: list[str] = field(default_factory=list)


def _list(items: list[str], lang: str) -> str:
    if len(items) == 1:
        return items[0]
    sep = "، " if lang in ("fa", "ar") else ", "
    return sep.join(items[:-1]) + AND[lang] + items[-1]


def _the(name: str, lang: str) -> str:
    """English: "President of the University of X" but "President of X University"."""
    return "the " + name if lang == "en" and name.startswith("University ") else name


def _lead(f: Facts, lang: str, kind: str, dates: tuple[str, str | None]) -> list[str]:
    """The paragraphs that carry the facts, one template per (language, kind)."""
    a, b = f.insts[0].name, f.insts[1].name
    pa, pb = f.persons
    when, until = dates
    topics = _list([TOPICS[lang][t] for t in f.topics], lang)
    post_a = f"{pa.post[0]} {_the(a, lang)}"
    post_b = f"{pb.post[0]} {_the(b, lang)}"
    if lang == "en":
        return {
            "visit": [f"A delegation from {a} led by {pa.titled}, {post_a}, visited {b} on {when}.",
                      f"The guests were received by {pb.titled}, {post_b}, who presented the campus and its laboratories. "
                      f"The two sides discussed {topics}."],
            "meeting": [f"{pa.titled}, {post_a}, met {pb.titled}, {post_b}, on {when} to review cooperation between the two universities.",
                        f"At the meeting the parties discussed {topics} and agreed to set up a working group."],
            "mou": [f"{a} and {b} signed a memorandum of understanding on {when}.",
                    f"The memorandum was signed by {pa.titled}, {post_a}, and {pb.titled}, {post_b}. "
                    f"It covers {topics}."],
            "programme": [f"{a} and {b} agreed on {when} to launch a joint master's programme with a double degree.",
                          f"The decision was taken at a meeting of {pa.titled}, {post_a}, and {pb.titled}, {post_b}, "
                          f"who also discussed {topics}."],
            "conference": [f"{a} hosted an international conference from {when} to {until}, co-organised with "
                           + _list([i.name for i in f.insts[1:]], lang) + ".",
                           f"The conference was opened by {pa.titled}, {post_a}, and {pb.titled}, {post_b}. "
                           f"Sessions dealt with {topics}."],
        }[kind]
    if lang == "ru":
        ga, gb = ru_decline(a, "gen"), ru_decline(b, "gen")
        acc_b = ru_decline(b, "acc")
        pa_post, pb_post = f"{pa.post[0]} {ga}", f"{pb.post[0]} {gb}"
        cap = pa_post[0].upper() + pa_post[1:]
        return {
            "visit": [f"{when} делегация {ga} во главе с {pa.post[0]}ом {ru_instrumental(pa.name)} посетила {acc_b}."
                      if pa.post[2] == "rector" else
                      f"{when} {pa_post} {pa.name} во главе делегации посетил {acc_b}.",
                      f"Гостей принял {pb_post} {pb.name}. Стороны обсудили {topics}."],
            "meeting": [f"{when} {pa_post} {pa.name} провёл встречу с коллегами из {gb}.",
                        f"Во встрече участвовал {pb_post} {pb.name}. Обсуждались {topics}."],
            "mou": [f"{a} и {b} {when} подписали меморандум о взаимопонимании.",
                    f"Документ подписали {pa_post} {pa.name} и {pb_post} {pb.name}. Меморандум охватывает {topics}."],
            "programme": [f"{a} и {b} {when} договорились открыть совместную магистерскую программу двойного диплома.",
                          f"{cap} {pa.name} и {pb_post} {pb.name} также обсудили {topics}."],
            "conference": [f"С {when} по {until} {a} провёл международную конференцию совместно с коллегами из "
                           + _list([ru_decline(i.name, "gen") for i in f.insts[1:]], lang) + ".",
                           f"Конференцию открыли {pa_post} {pa.name} и {pb_post} {pb.name}. Темы секций: {topics}."],
        }[kind]
    if lang == "fa":
        return {
            "visit": [f"هیئتی از {a} به سرپرستی {pa.titled}، {post_a}، در تاریخ {when} از {b} بازدید کرد.",
                      f"در این بازدید {pb.titled}، {post_b}، از میهمانان استقبال کرد و دو طرف درباره {topics} گفت‌وگو کردند."],
            "meeting": [f"{pa.titled}، {post_a}، در تاریخ {when} با {pb.titled}، {post_b}، دیدار و گفت‌وگو کرد.",
                        f"در این نشست دو طرف درباره {topics} تبادل نظر کردند و بر تشکیل کارگروه مشترک تأکید شد."],
            "mou": [f"تفاهم‌نامه همکاری میان {a} و {b} در تاریخ {when} امضا شد.",
                    f"این تفاهم‌نامه به امضای {pa.titled}، {post_a}، و {pb.titled}، {post_b}، رسید و {topics} را در بر می‌گیرد."],
            "programme": [f"{a} و {b} در تاریخ {when} توافق کردند دوره کارشناسی ارشد مشترک با مدرک دوگانه راه‌اندازی کنند.",
                          f"این توافق در نشست {pa.titled}، {post_a}، و {pb.titled}، {post_b}، حاصل شد و درباره {topics} نیز گفت‌وگو شد."],
            "conference": [f"همایش بین‌المللی با میزبانی {a} و همکاری " + _list([i.name for i in f.insts[1:]], lang)
                           + f" از {when} تا {until} برگزار شد.",
                           f"{pa.titled}، {post_a}، و {pb.titled}، {post_b}، در آیین افتتاحیه سخنرانی کردند. محورهای همایش {topics} بود."],
        }[kind]
    return {  # ar
        "visit": [f"زار وفد من {a} برئاسة {pa.titled}، {post_a}، {b} بتاريخ {when}.",
                  f"واستقبل الوفد {pb.titled}، {post_b}، وبحث الجانبان {topics}."],
        "meeting": [f"التقى {pa.titled}، {post_a}، بتاريخ {when} {pb.titled}، {post_b}.",
                    f"وناقش الجانبان خلال اللقاء {topics} واتفقا على تشكيل لجنة مشتركة."],
        "mou": [f"وقعت {a} و{b} مذكرة تفاهم بتاريخ {when}.",
                f"ووقع المذكرة {pa.titled}، {post_a}، و{pb.titled}، {post_b}، وتشمل {topics}."],
        "programme": [f"اتفقت {a} و{b} بتاريخ {when} على إطلاق برنامج ماجستير مشترك بشهادة مزدوجة.",
                      f"وجاء الاتفاق خلال اجتماع {pa.titled}، {post_a}، و{pb.titled}، {post_b}، الذي تناول أيضا {topics}."],
        "conference": [f"استضافت {a} مؤتمرا دوليا من {when} إلى {until} بالتعاون مع "
                       + _list([i.name for i in f.insts[1:]], lang) + ".",
                       f"وافتتح المؤتمر {pa.titled}، {post_a}، و{pb.titled}، {post_b}، وتناولت الجلسات {topics}."],
    }[kind]


# Filler: press-release paragraphs with no institution, person, date or cooperation area.
FILLER = {
    "en": [
        "The campus, laid out around a central square with a clock tower, has been extended several times over the past decades. New lecture halls were added on the eastern side, and the old library building now houses a reading room that stays open late in the evening during examination periods.",
        "Visitors were shown the botanical garden, where students from several faculties look after plots of native plants. The garden is also a favourite place for families at the weekend, and the grounds staff organise guided walks in spring and autumn.",
        "The city is known for its covered market, its river embankment and its museums. Hotels near the old town were fully booked during the week, and the local transport company added extra buses on the routes that connect the railway station with the campus.",
        "According to the press office, the programme of the day included a tour of the new sports complex, a lunch in the staff canteen and an evening concert by the student choir. Photographs of the day are published in the gallery section of the website.",
        "Both sides noted that the number of applications has grown steadily and that the admission office is preparing a new online form. The office reminds applicants that documents must be translated and certified before they are submitted.",
        "The press office thanks the photographers and volunteers who helped on the day. Journalists who need further details, pictures in high resolution or the full text of the speeches can write to the communications department, which answers requests within two working days.",
        "In the afternoon the guests walked through the historic quarter, where several buildings from the nineteenth century have been restored. Local guides explained how the streets were rebuilt after a flood and how the old bridge became the symbol of the city.",
        "The weather was mild and sunny, and the ceremony on the central square drew a large crowd. A small exhibition of books written by members of the faculty was displayed in the foyer, together with posters that tell the history of the first graduating class.",
        "Students who took part in the day as volunteers received certificates at a short ceremony in the assembly hall. Several of them said that meeting guests from abroad had been the most memorable part of their year, and that they hoped to take part again next season.",
    ],
    "ru": [
        "Кампус расположен в зелёной части города, рядом с набережной. За последние годы здесь построили новый учебный корпус, отремонтировали общежития и открыли читальный зал, который работает до позднего вечера во время сессии.",
        "Гостям показали ботанический сад, музей истории вуза и спортивный комплекс с бассейном. Экскурсию провели волонтёры студенческого совета, которые рассказали о традициях и праздниках, отмечаемых на кампусе каждый год.",
        "Город известен своими набережными, старинными храмами и театрами. Во время визита погода была солнечной, и после официальной части гости прогулялись по историческому центру и посетили краеведческий музей.",
        "По словам пресс-службы, в программу дня также вошли обед в столовой для сотрудников и вечерний концерт студенческого хора. Фотографии с мероприятия опубликованы в разделе новостей на официальном сайте.",
        "Приёмная комиссия напоминает, что документы иностранных абитуриентов принимаются в электронном виде. Перевод документов на русский язык должен быть заверен нотариально, а справки о здоровье оформляются заранее.",
        "Пресс-служба благодарит фотографов и волонтёров, помогавших в организации. Журналисты могут запросить подробности, фотографии в высоком разрешении и тексты выступлений в отделе по связям с общественностью.",
        "После официальной части участники осмотрели старый корпус, построенный в позапрошлом веке. Экскурсовод рассказал, как здание восстанавливали после пожара и почему его фасад стал символом города.",
        "На площади перед главным входом прошла небольшая выставка книг, написанных сотрудниками, а также фотографий из архива. Посетители могли оставить отзыв в книге гостей, которая хранится в музее.",
        "Студенты-волонтёры, помогавшие гостям в течение всего дня, получили благодарственные письма на небольшой церемонии в актовом зале. Многие из них признались, что общение с иностранными гостями стало для них самым ярким событием учебного года, и пообещали участвовать в подобных мероприятиях и в следующем сезоне.",
        "Вечером для участников организовали ужин в ресторане на набережной, где выступил местный фольклорный ансамбль. Гости попробовали блюда региональной кухни, а организаторы вручили каждому памятный альбом с видами города, его парков, мостов и старинных улиц.",
        "Кроме того, гости посетили новую столовую, открытую в прошлом месяце на первом этаже главного корпуса. Она рассчитана на четыреста мест, работает с раннего утра и предлагает блюда разных национальных кухонь, что особенно ценят иностранные студенты, живущие в общежитиях неподалёку.",
        "Напомним, что в этом году в городе завершилась реконструкция центрального парка, куда студенты часто приходят после занятий. Там появились новые велосипедные дорожки, площадки для настольного тенниса и летняя сцена, на которой по выходным выступают самодеятельные коллективы.",
    ],
    "fa": [
        "پردیس اصلی در بخش سرسبز شهر قرار دارد و در سال‌های اخیر ساختمان‌های آموزشی تازه‌ای در آن ساخته شده است. کتابخانه مرکزی نیز بازسازی شده و سالن مطالعه آن در ایام امتحانات تا پاسی از شب باز است.",
        "میهمانان از باغ گیاه‌شناسی، موزه تاریخ دانشگاه و مجموعه ورزشی بازدید کردند. راهنمایی این بازدید را گروهی از دانشجویان داوطلب بر عهده داشتند که درباره آیین‌ها و جشن‌های سالانه پردیس توضیح دادند.",
        "این شهر به بازار سرپوشیده، پل‌های تاریخی و باغ‌های قدیمی خود شناخته می‌شود. هوا در روزهای برنامه آفتابی و معتدل بود و میهمانان پس از پایان بخش رسمی در بافت تاریخی شهر قدم زدند.",
        "به گزارش روابط عمومی، برنامه روز شامل ناهار در سالن غذاخوری کارکنان و اجرای گروه موسیقی دانشجویی در شامگاه بود. تصاویر این برنامه در بخش گزارش تصویری پایگاه اطلاع‌رسانی منتشر شده است.",
        "اداره پذیرش یادآوری می‌کند که مدارک متقاضیان باید پیش از ارسال ترجمه و تأیید شود. فرم‌های تازه ثبت‌نام به‌زودی در سامانه قرار می‌گیرد و متقاضیان می‌توانند وضعیت پرونده خود را در همان سامانه پیگیری کنند.",
        "روابط عمومی از عکاسان و داوطلبانی که در برگزاری برنامه یاری کردند قدردانی می‌کند. خبرنگاران برای دریافت جزئیات بیشتر، تصاویر با کیفیت بالا و متن کامل سخنرانی‌ها می‌توانند با این اداره تماس بگیرند.",
        "پس از بخش رسمی، حاضران از ساختمان قدیمی که نزدیک به صد سال پیش ساخته شده است دیدن کردند. راهنما توضیح داد که این بنا چگونه پس از زلزله مرمت شد و چرا نمای آن به نماد شهر تبدیل شده است.",
        "در سرسرای ساختمان اصلی نمایشگاه کوچکی از کتاب‌های تألیف‌شده و عکس‌های قدیمی برپا بود. بازدیدکنندگان می‌توانستند نظر خود را در دفتر یادبود بنویسند که در موزه نگهداری می‌شود.",
        "دانشجویان داوطلبی که در طول روز میهمانان را همراهی کردند، در آیینی کوتاه در تالار اجتماعات لوح سپاس دریافت کردند. بسیاری از آنان گفتند که آشنایی با میهمانان خارجی به‌یادماندنی‌ترین بخش سال تحصیلی‌شان بوده و امیدوارند در برنامه‌های آینده نیز حضور داشته باشند.",
        "شامگاه همان روز ضیافت شامی در رستورانی کنار رودخانه برگزار شد و گروه موسیقی محلی قطعاتی را اجرا کرد. میهمانان با غذاهای سنتی منطقه آشنا شدند و برگزارکنندگان آلبومی از تصاویر پل‌ها، باغ‌ها و کوچه‌های قدیمی شهر به آنان هدیه دادند.",
        "همچنین میهمانان از سالن غذاخوری تازه‌ای دیدن کردند که ماه گذشته در طبقه همکف ساختمان مرکزی گشایش یافت. این سالن چهارصد صندلی دارد، از صبح زود باز است و غذاهای گوناگونی عرضه می‌کند که مورد استقبال دانشجویان ساکن خوابگاه‌های مجاور قرار گرفته است.",
        "یادآوری می‌شود که بازسازی بوستان مرکزی شهر امسال به پایان رسید و دانشجویان پس از کلاس‌ها زیاد به آنجا می‌روند. در این بوستان مسیر دوچرخه‌سواری، میزهای تنیس روی میز و صحنه‌ای تابستانی ساخته شده که گروه‌های هنری آخر هفته‌ها در آن برنامه اجرا می‌کنند.",
    ],
    "ar": [
        "يقع الحرم الرئيسي في منطقة خضراء من المدينة، وقد شهد خلال السنوات الأخيرة إنشاء مبان دراسية جديدة. كما جرى تجديد المكتبة المركزية التي تبقى قاعة المطالعة فيها مفتوحة حتى ساعات متأخرة خلال فترة الامتحانات.",
        "وتجول الضيوف في الحديقة النباتية ومتحف تاريخ الحرم والمجمع الرياضي. وتولى مجموعة من الطلبة المتطوعين مرافقة الزوار، وشرحوا لهم التقاليد والاحتفالات التي تقام في الحرم كل عام.",
        "وتشتهر المدينة بأسواقها المسقوفة وجسورها القديمة وحدائقها العامة. وكان الطقس معتدلا ومشمسا، فتجول الضيوف بعد انتهاء الجزء الرسمي في الأحياء القديمة وزاروا المتحف المحلي.",
        "وبحسب المكتب الإعلامي، تضمن برنامج اليوم غداء في مطعم العاملين وحفلا مسائيا لفرقة الموسيقى الطلابية. ونشرت صور الفعالية في قسم الأخبار على الموقع الرسمي.",
        "وتذكر دائرة القبول المتقدمين بضرورة ترجمة الوثائق وتصديقها قبل إرسالها. وستتاح استمارات التسجيل الجديدة قريبا على البوابة الإلكترونية، ويمكن للمتقدمين متابعة طلباتهم من خلالها.",
        "ويشكر المكتب الإعلامي المصورين والمتطوعين الذين أسهموا في تنظيم الفعالية. ويمكن للصحفيين طلب التفاصيل والصور عالية الدقة والنصوص الكاملة للكلمات من قسم العلاقات العامة.",
        "وبعد انتهاء الجزء الرسمي، زار الحاضرون المبنى القديم الذي شيد قبل نحو قرن. وأوضح المرشد كيف جرى ترميم المبنى بعد الفيضان ولماذا أصبحت واجهته رمزا للمدينة.",
        "وأقيم في بهو المبنى الرئيسي معرض صغير للكتب التي ألفها العاملون وللصور القديمة من الأرشيف. وكان بوسع الزوار تدوين انطباعاتهم في سجل الزوار المحفوظ في المتحف.",
        "وتسلم الطلبة المتطوعون الذين رافقوا الضيوف طوال اليوم شهادات شكر في حفل قصير أقيم في قاعة الاحتفالات. وقال كثير منهم إن التعرف إلى الضيوف القادمين من الخارج كان أجمل ما في عامهم الدراسي، وأعربوا عن أملهم في المشاركة مجددا في الفعاليات المقبلة.",
        "وفي المساء أقيم عشاء للضيوف في مطعم يطل على النهر، وقدمت فرقة محلية عروضا من التراث الشعبي. وتعرف الضيوف إلى أطباق المطبخ المحلي، وقدم المنظمون لكل منهم ألبوما يضم صورا لجسور المدينة وحدائقها وأزقتها القديمة.",
        "كما زار الضيوف المطعم الجديد الذي افتتح الشهر الماضي في الطابق الأرضي من المبنى الرئيسي. ويتسع المطعم لأربعمئة مقعد ويفتح أبوابه منذ الصباح الباكر ويقدم أطباقا متنوعة، وهو ما لقي استحسان الطلبة المقيمين في الأقسام الداخلية القريبة.",
        "يذكر أن أعمال تأهيل الحديقة المركزية في المدينة اكتملت هذا العام، وهي مقصد الطلبة بعد انتهاء المحاضرات. وقد أضيفت إليها مسارات للدراجات وطاولات لتنس الطاولة ومسرح صيفي تقدم عليه الفرق الفنية عروضها في عطلة نهاية الأسبوع.",
    ],
}

HEADLINES = {
    "en": {"visit": "Delegation visit strengthens ties", "meeting": "Leaders meet to review cooperation",
           "mou": "Memorandum of understanding signed", "programme": "New joint master's programme agreed",
           "conference": "International conference opens"},
    "ru": {"visit": "Визит делегации укрепил связи", "meeting": "Руководители обсудили сотрудничество",
           "mou": "Подписан меморандум", "programme": "Новая совместная программа", "conference": "Открылась международная конференция"},
    "fa": {"visit": "بازدید هیئت و گسترش همکاری‌ها", "meeting": "دیدار و گفت‌وگو برای توسعه همکاری",
           "mou": "امضای تفاهم‌نامه همکاری", "programme": "توافق برای دوره مشترک", "conference": "برگزاری همایش بین‌المللی"},
    "ar": {"visit": "زيارة وفد لتعزيز العلاقات", "meeting": "لقاء لبحث التعاون", "mou": "توقيع مذكرة تفاهم",
           "programme": "اتفاق على برنامج مشترك", "conference": "افتتاح مؤتمر دولي"},
}

EVENT_OF = {"visit": "Visit", "meeting": "Meeting", "mou": "SigningCeremony", "programme": "Meeting", "conference": "Conference"}


def _person(rng: random.Random, lang: str, inst: int, used: set[str]) -> Person:
    firsts, lasts = PERSONS[lang]
    while True:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name not in used:
            used.add(name)
            break
    return Person(name, f"{TITLES[lang]} {name}" if lang != "ru" else name, rng.choice(POSTS[lang]), inst)


def article(rng: random.Random, lang: str, pool: list[Institution], name: str) -> tuple[str, dict]:
    """One article (text) and its gold."""
    kind = rng.choice(KINDS)
    n_inst = rng.choice((3, 3, 2)) if kind == "conference" else 2
    insts = rng.sample(pool, n_inst)
    while len({i.name for i in insts}) < n_inst:
        insts = rng.sample(pool, n_inst)
    used: set[str] = set()
    persons = [_person(rng, lang, 0, used), _person(rng, lang, 1, used)]
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    end = day + dt.timedelta(days=rng.randint(1, 3)) if kind == "conference" else None
    topics = rng.sample(sorted(TOPICS[lang]), rng.randint(1, 3))
    f = Facts(insts, persons, day, end, topics, EVENT_OF[kind])
    dates = (write_date(day, lang, rng), write_date(end, lang, rng) if end else None)
    paragraphs = [HEADLINES[lang][kind], *_lead(f, lang, kind, dates)]
    filler = FILLER[lang][:]
    rng.shuffle(filler)
    words = sum(len(p.split()) for p in paragraphs)
    for p in filler:
        if words >= TARGET_WORDS:
            break
        paragraphs.append(p)
        words += len(p.split())
    text = "\n\n".join(paragraphs) + "\n"

    ids = "ABCDEFG"
    institutions = []
    for i, inst in enumerate(insts):
        entry = {"id": ids[i], "aliases": inst.aliases, "country": inst.country}
        if inst.ror:
            entry["ror"] = inst.ror
        institutions.append(entry)
    officials = [{"names": list(dict.fromkeys([p.name, p.titled])), "institution": ids[p.inst],
                  "role": p.post[1], "role_en": p.post[2]} for p in persons]
    topic_codes = sorted(set(topics) | ({"JointDegree"} if kind == "programme" else set()))
    gold = {
        "document": name,
        "language": lang,
        "institutions": institutions,
        "collaborations": [list(pair) for pair in combinations(ids[:n_inst], 2)],
        "officials": officials,
        "events": [{"type": f.event, "start": day.isoformat(), "end": end.isoformat() if end else None, "primary": True}],
        "agreements": [],
        "topics": topic_codes,
    }
    if kind == "mou":
        gold["agreements"].append({"type": "MemorandumOfUnderstanding", "status": "signed", "parties": ["A", "B"]})
    elif kind == "programme":
        gold["agreements"].append({"type": "JointProgramme", "status": "planned", "parties": ["A", "B"]})
    return text, gold


def generate(out: Path, n: int, seed: int = 1, langs=LANGS, gazetteer: Gazetteer | None = None) -> list[Path]:
    """Write `n` articles (languages in turn) and their gold into `out`; returns the text paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    gaz = gazetteer or Gazetteer.load(REFERENCE_DIR)
    pools = institution_pools(gaz, langs)
    for lang in langs:
        if len(pools[lang]) < 3:
            raise SystemExit(f"the gazetteer has too few {lang} university names ({len(pools[lang])})")
        pools[lang].sort(key=lambda i: i.name)   # deterministic whatever the record order
    rng = random.Random(seed)
    paths = []
    for k in range(n):
        lang = langs[k % len(langs)]
        name = f"synth-{lang}-{k:06d}.txt"
        text, gold = article(rng, lang, pools[lang], name)
        path = out / name
        path.write_text(text, encoding="utf-8")
        (out / name.replace(".txt", ".gold.json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--langs", default=",".join(LANGS), help="comma-separated, from fa,ru,en,ar")
    args = ap.parse_args(argv)
    langs = tuple(lang for lang in args.langs.split(",") if lang)
    if not langs or set(langs) - set(LANGS):
        ap.error(f"--langs: choose from {','.join(LANGS)}")
    paths = generate(args.out, args.n, args.seed, langs)
    print(f"{len(paths)} articles written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
