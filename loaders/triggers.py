"""Trigger lexicons for events, agreements and their status, per language.

Every pattern is written as it reads and passed through `normalise_text`, so Arabic letter
forms (ي ك ى) match the Persian forms that `doc.norm` holds and a zero-width non-joiner
may be written as a space. Patterns are generic vocabulary (event nouns, signing verbs,
modal and future markers); nothing here names an institution or a person.
"""
from __future__ import annotations

import re

from loaders.normalise import normalise_text


def rx(*patterns: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """One compiled alternation of `patterns`, normalised like `doc.norm`."""
    return re.compile("|".join(f"(?:{normalise_text(p)[0]})" for p in patterns), flags)


# ---------------------------------------------------------------- events

EVENT_TRIGGERS: dict[str, re.Pattern] = {
    "Meeting": rx(
        r"\bنشست(?:ی|های|ها)?\b", r"\bجلسه(?:ای|ی)?\b", r"\bجلسات\b", r"\bدیدار\b", r"\bملاقات\b",
        r"\bگفت ?و ?گو\b", r"\bگفتگو\b", r"\bمذاکرات?\b", r"\bمیزگرد\b",
        r"\bвстреч\w*", r"\bпереговор\w*", r"\bзаседани\w*", r"\bсовещани\w*", r"\bкругл\w+ стол\w*",
        r"\bmeetings?\b", r"\bmet\b", r"\bmeets\b", r"\btalks\b", r"\bround ?table\b",
        r"\bاجتماع\w*", r"\bلقاء\b", r"\bاللقاء\b", r"\bاستقبل\w*", r"\bالتقى\b", r"\bمباحثات\b",
    ),
    "Visit": rx(
        r"\bبازدید\w*", r"\bسفر(?:ی|ش)?\b", r"\bهی[ئا]ت(?:ی)?\b(?! ?علمی)(?! ?مدیره)(?! ?امنا)(?! ?رئیسه)",
        r"\bвизит\w*", r"\bпосети\w*", r"\bпосещени\w*", r"\bделегаци\w*", r"\bприбыл\w*",
        r"\bvisit(?:s|ed|ing|ors?)?\b", r"\bdelegations?\b", r"\btrip\b",
        r"\bزار(?:ت|وا)?\b", r"\bزیار\w*", r"\bوفد\w*", r"\bالوفد\b",
    ),
    "Conference": rx(
        r"\bکنفرانس\w*", r"\bهمایش\w*", r"\bسمینار\w*", r"\bاجلاس\w*", r"\bوبینار\w*",
        r"\bконференци\w*", r"\bфорум\w*", r"\bсимпозиум\w*", r"\bконгресс\w*", r"\bсаммит\w*",
        r"\bconferences?\b", r"\bforums?\b", r"\bsummits?\b", r"\bsymposi(?:um|a)\b", r"\bcongress\b",
        r"\bمؤتمر\w*", r"\bالمؤتمر\w*", r"\bندوة\b", r"\bالندوة\b", r"\bملتقى\b", r"\bمنتدى\b",
    ),
}
# Order in which a sentence's triggers decide its event type (the most specific first).
TYPE_PRIORITY = ("SigningCeremony", "Visit", "Conference", "Meeting")

# Signing, as done (not as intended: PLANNED decides that).
SIGNED = rx(
    r"امضا(?:ی)?\b", r"\bمنعقد", r"\bانعقاد\b",
    r"\bподписа\w*", r"\bподписыва\w*", r"\bзаключ(?:ил|ила|или|ен|ено|ена|ён)\w*",
    r"\bsign(?:s|ed|ing)?\b", r"\bentered into\b", r"\binked\b", r"\bconcluded\b",
    r"\bتوقیع\b", r"\bبتوقیع\b", r"\bالتوقیع\b", r"\b(?:ی|ت)?وقع(?:ان|ا|ت|وا)?\b", r"\bأبرم\w*", r"\bابرام\b",
)

# A future or intended event or agreement ("next meeting", "to be signed").
FUTURE = rx(
    r"\bبعدی\b", r"\bآتی\b", r"\bپیش ?رو(?:ی)?\b", r"قرار (?:است|شد)", r"مقرر (?:شد|است|گردید)",
    r"برگزار (?:خواهد|شود)", r"\bدعوت\b",
    r"\bследующ\w*", r"\bсостоится\b", r"\bпредстоящ\w*", r"\bпланиру\w*", r"\bпригла\w*",
    r"\bnext\b", r"\bupcoming\b", r"\bwill (?:be held|take place|host)\b", r"\bdue to\b", r"\binvit\w*",
    r"\bالقادم\w*", r"\bالمقبل\w*", r"\bسیعقد\b", r"\bستقام\b", r"\bسیقام\b", r"\bدعا\b", r"\bدعوة\b",
)
# A past event told as background ("founded in", "earlier", "previously").
BACKGROUND = rx(
    r"\bپیش از این\b", r"\bقبلا\b", r"\bتاسیس\b", r"\bتأسیس\b",
    r"\bучрежден\w*", r"\bоснован\w*", r"\bранее\b", r"\bв прошлом году\b",
    r"\bfounded\b", r"\bestablished in\b", r"\bearlier\b", r"\bpreviously\b", r"\blast year\b",
    r"\bتأسست\b", r"\bسابقا\b", r"\bالعام الماضی\b",
)
# Words that point back at an event already told ("in this meeting", "during the visit").
ANAPHOR = rx(
    r"\bاین (?:نشست|جلسه|دیدار|سفر|بازدید|ملاقات|همایش)", r"\bدر ادامه\b",
    r"\b(?:в ходе|во время|в рамках|по итогам|завершая|в начале|в конце) (?:\w+ )?(?:встреч|визит|переговор|заседани|поездк)",
    r"\b(?:this|the) (?:meeting|visit|talks|trip)\b", r"\bduring the\b",
    r"\bخلال (?:اللقاء|الزیارة|الاجتماع)", r"\bهذا اللقاء\b",
)

# ---------------------------------------------------------------- event format and place

HYBRID = rx(r"ترکیبی", r"\bhybrid\b", r"\bгибридн\w*", r"\bсмешанн\w+ формат\w*", r"\bهجین\b", r"\bمدمج\b")
ONLINE = rx(r"آنلاین", r"\bمجازی\b", r"وبینار", r"ویدئو ?کنفرانس", r"\bonline\b", r"\bvirtual(?:ly)?\b",
            r"\bvideo ?conferenc\w*", r"\bvia zoom\b", r"\bонлайн\b", r"\bдистанционн\w*", r"\bвидеоконференц\w*",
            r"\bвиртуальн\w*", r"عن بعد", r"\bافتراضی\w*", r"\bمرئی\b")
IN_PERSON = rx(r"\bحضوری\b", r"\bin person\b", r"\bin-person\b", r"\bочно\b", r"\bочн\w+ формат\w*", r"\bحضوری\b",
               r"\bوجاهی\b")
PLACE = rx(
    r"در (?:محل|سالن|تالار|ساختمان)\s[^,.;:\n]{3,60}?(?=\s(?:برگزار|دیدار|به امضا|رسید|با حضور)|[,.;\n]|$)",
    r"\((?:г\.|город)\s?[^)\n]{2,40}\)", r"\bв (?:г\.\s?|городе\s)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?е\b",
    r"\bin (?:the city of )?[A-Z][a-z]+(?:,? [A-Z][a-z]+)?\b(?=[,.;]| on\b| at\b)",
    r"\bفی (?:مقر|قاعة)\s[^,.;\n]{3,50}",
    flags=0,
)

# ---------------------------------------------------------------- delegations and hosts

# A delegation word right before the institution that sends it ("delegation from X",
# "делегация ЛГТУ", "هیئتی از دانشگاه X", "وفد من جامعة X").
DELEGATION_BEFORE = rx(
    r"\bهی[ئا]ت(?:ی)?(?: مشترک| نمایندگی| عالی ?رتبه)?(?: از)?\s*$", r"\bدر راس هی[ئا]تی از\s*$",
    r"\bделегаци\w*(?: из)?\s*$", r"\bкоманд\w*\s*$", r"\bпредставител\w+(?: из)?\s*$",
    r"\bdelegation (?:from|of)\s+(?:the\s+)?$", r"\bteam (?:from|of)\s+(?:the\s+)?$", r"\bvisitors from\s+(?:the\s+)?$",
    r"\bوفد(?:ا)?(?: من| رفیع المستوی من)?\s*$",
)
# An institution word followed by a delegation word ("HSE delegation", "X's delegation").
DELEGATION_AFTER = rx(r"^\s*(?:'s)?\s*(?:delegation|team)\b", flags=re.IGNORECASE)
# An institution that receives: "visit to X", "at X", "به X آمد", "از X بازدید".
HOST_BEFORE = rx(
    r"\bvisit(?:ed|ing|s)? (?:to )?(?:the )?$", r"\b(?:talks |meeting |met )?at (?:the )?$", r"\bhosted by (?:the )?$",
    r"\bв главном корпусе\s*$", r"\bна базе\s*$", r"\bпосетил\w*\s*$", r"\bв стенах\s*$",
    r"\bمیزبانی\s*$", r"\bزار\w* (?:[^\s,.]+ ){0,8}$",
    flags=re.IGNORECASE,
)
HOST_AFTER = rx(r"^\s*(?:آمد|سفر کرد|رفت)", r"^\s*(?:بازدید|دیدن)", r"^\s*میزبان", flags=0)

# Mentions in passing: sponsors, frames and credits are not participants.
PASSING_BEFORE = rx(
    r"با (?:همکاری|حمایت|پشتیبانی)\s*$", r"به حمایت\s*$", r"تحت (?:نظر|حمایت)\s*$", r"(?:عکس|منبع)\s*:\s*$",
    r"\bпри (?:поддержке|содействии|финансовой поддержке)\s*$", r"\bколлеги\w*\s*$", r"\bпод эгидой\s*$",
    r"\b(?:with the support of|supported by|endorsed by|arranged through|funded by|sponsored by|"
    r"under the auspices of|courtesy of|in cooperation with|in collaboration with)\s+(?:the\s+)?$",
    r"\bانسجاما مع (?:\S+ ){0,2}$", r"\bبدعم(?: من)?\s*$", r"\bبرعایة\s*$", r"\bتحت رعایة\s*$",
)
GOVERNMENT = rx(r"\bминистерств\w*", r"\bминобр\w*", r"\bпосольств\w*", r"\bконсульств\w*",
                r"\bministry\b", r"\bembassy\b", r"\bconsulate\b", r"\bوزارت\b", r"\bسفارت\b",
                r"\bوزارة\b", r"\bسفارة\b")

# ---------------------------------------------------------------- page noise

# A line that is a credit, a caption or a link, not part of the story.
NOISE_LINE = rx(
    r"^\s*\(?\s*(?:фото|photo|photos|source|источник|©|عکس|منبع|تصویر|صورة|المصدر|for further information|"
    r"tags|теги|برچسب)\b", r"^\s*©", r"^\s*\[?جهت مشاهده", r"^\s*click\b", r"^\s*\(?\s*صورة",
    r"^\s*пресс-служба\b", r"^\s*главная\s*/",
)
# A line after which the page lists other news.
RELATED = rx(
    r"^\s*(?:читайте также|другие новости|related news|related articles|see also|read also|read more|"
    r"اقرا ایضا|اقرأ أیضا|اخبار مرتبط|مطالب مرتبط|خبرهای مرتبط)",
)

# ---------------------------------------------------------------- agreements

AGREEMENT_TRIGGERS: dict[str, re.Pattern] = {
    "MemorandumOfUnderstanding": rx(
        r"\bتفاهم ?نامه\w*", r"\bیادداشت(?:های)? تفاهم\b", r"\bмеморандум\w*",
        r"\bmemorand(?:um|a)(?: of understanding)?\b", r"\bMoUs?\b", r"\bمذکرة? (?:ال)?تفاهم\b", r"\bالمذکرة\b",
    ),
    "CooperationAgreement": rx(
        r"\bقرارداد\w*", r"\bموافقت ?نامه\w*", r"\bتوافق ?نامه\w*",
        r"\bсоглашени\w*", r"\bдоговор(?:а|е|у|ом|ы|ов)?\b",
        r"\bagreements?\b(?! (?:that|with the view))", r"\bاتفاقی(?:ة|ات)\b", r"\bالاتفاقی(?:ة|ات)\b",
    ),
    "JointProgramme": rx(
        r"\b(?:double|dual|joint)[- ](?:degree|diploma)s?(?: programmes?| programs?)?",
        r"\bдвойн\w+ диплом\w*", r"\bсовместн\w+ (?:образовательн\w+ )?программ\w*",
        r"\bدوره(?:های)? دو ?مدرکی\b", r"\bبرنامه(?:های)? (?:آموزشی )?مشترک\b",
        r"\bبرنامج (?:دراسی )?مشترک\b", r"\bالشهادة المزدوجة\b", r"\bشهادة مزدوجة\b",
    ),
    "ActionPlan": rx(
        r"\bплан\w* мероприятий\b", r"\bдорожн\w+ карт\w*", r"\baction plans?\b", r"\broad ?maps?\b",
        r"\bنقشه راه\b", r"\bبرنامه عملیاتی\b", r"\bدورنامه\b", r"\bخطة عمل\b", r"\bخارطة طریق\b",
    ),
    # Founding a consortium or alliance of institutions (an agreement of no subtype).
    "Agreement": rx(
        r"(?:ایجاد|تشکیل|تاسیس)(?: یک)? (?:مجموعه مشترک\w*|کنسرسیوم|اتحادیه|ائتلاف|شبکه)",
        r"\bсоздани\w+ (?:консорциум\w*|ассоциаци\w*|альянс\w*|сет\w+ университет\w*)",
        r"\b(?:create|establish|form)(?:s|ed|ing)? (?:a |an )?(?:consortium|alliance|network of universities)",
        r"\bتأسیس (?:اتحاد|تحالف|شبکة)",
    ),
}
# Intended, not done: overrides a signing verb in the same sentence ("to be drafted and signed").
PLANNED_STRONG = rx(
    r"\bباید\b", r"مقرر (?:شد|است|گردید)", r"قرار (?:است|شد)", r"(?:تدوین|تهیه|امضا|منعقد|عقد) (?:شود|گردد)",
    r"\bخواهد\b", r"\bخواهند\b", r"برنامه ریزی", r"\bعقد\b(?! (?:شد|گردید|کردند))", r"\bدر آینده\b",
    r"\bбудет подписан\w*", r"\bбуд(?:ет|ут) (?:подписан|заключ)\w*", r"\bпланиру\w*", r"\bнамерен\w*",
    r"\bстанет\b", r"\bпредлож\w*", r"\bрассчитыва\w*", r"\bв перспективе\b", r"\bподготовк\w+ (?:проекта|соглашени|меморандум)",
    r"\bto be signed\b", r"\bplan(?:s|ned)? to\b", r"\bpropos\w*", r"\bworking towards?\b", r"\bintend\w*",
    r"\bagreed to (?:sign|draft|prepare|conclude)\b", r"\bto draft\b", r"\bwill sign\b",
    r"\bسیتم\b", r"\bمن المقرر\b", r"\bسوف\b", r"\bس(?:ی|ت)وقع\w*", r"\bمستقبلا\b",
)
PLANNED_WEAK = rx(r"\bwill\b", r"\bwould\b", r"\bбуд(?:ет|ут)\b", r"\bشود\b", r"\bآماده\b", r"\bпотенциальн\w*")
ACTIVE = rx(
    r"\bреализу(?:ется|ются|ем)\b", r"\bдейству(?:ет|ют|ющ\w*)\b", r"\bуспешно работа\w*",
    r"\bongoing\b", r"\bcurrently running\b", r"\bin force\b", r"\bhas been running\b", r"\bruns since\b",
    r"در حال اجرا", r"\bالجاری\b", r"\bساری المفعول\b",
)
# "between the two universities", "двух вузов", "الطرفين": parties are the event's.
BOTH_SIDES = rx(
    r"\bدو (?:دانشگاه|طرف|مجموعه|موسسه)\b", r"\bطرفین\b", r"\bдвух (?:вузов|университетов|сторон)\b",
    r"\bсторон\w*\b", r"\bпартн[её]р\w*", r"\bboth (?:universities|institutions|sides|parties)\b",
    r"\bthe two (?:universities|institutions|sides)\b", r"\bالطرفین\b", r"\bالجانبین\b", r"\bالمؤسستین\b",
)
