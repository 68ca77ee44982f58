"""Topics of cooperation (the 13 concepts of the topic scheme) named in the article.

A topic counts when the text names it as an area of the cooperation discussed, proposed
or agreed: "exchange of students and professors", "совместные научные исследования",
"النشر المشترك". So the patterns want the cooperative phrase (joint, exchange, holding
conferences), not the bare field word ("research", "technology"), and words inside names
(an institution, a unit, a post such as "director of cultural affairs") do not count.
A page that tells no event or agreement between institutions has no topics.
"""
from __future__ import annotations

import re

from loaders import lexicon as L
from loaders.events import TextView, norm_span
from loaders.model import Document, TopicMention
from loaders.triggers import BACKGROUND, SELF_DESCRIPTION, ScriptRx, rx

# Exchange of people: the anchor word, then who is exchanged in the same phrase.
_EXCHANGE = rx(
    r"\bمبادل\w*", r"\bتبادل\w*", r"\bاعزام\b", r"\bобмен\w*", r"\bмобильност\w*", r"\bexchang\w*",
    r"\bmobility\b", r"\b[وفبل]?تبادل\b", r"\bالتبادل\b",
    # Arabic "mobility": "التنقل بين المؤسسات", "الحراك الأكاديمي" (who moves must be near, as for exchange)
    r"\b[وفبل]?(?:ال)?(?:تنقل|حراک)\b",
)
_NOT_PEOPLE = rx(r"\bنظر\b", r"\bاطلاعات\b", r"\bتجربیات\b", r"\bнаш\w*", r"\bмнени\w*", r"\bопыт\w*",
                 r"\bинформаци\w*", r"\bviews\b", r"\bideas\b", r"\bexperience\b", r"\binformation\b",
                 r"\bknowledge\b", r"\bنشان\w*", r"\bالآراء\b", r"\bالخبرات\b")
_STUDENTS = rx(r"\bدانشجو\w*", r"\bстудент\w*", r"\bаспирант\w*", r"\bмагистрант\w*", r"\bstudents?\b",
               r"\b(?:PhD|doctoral|postgraduate) (?:students|candidates)\b", r"\b(?:postgraduate|undergraduate) exchange\b", r"\bالطلب\w*", r"\bطلاب\b", r"\bالطلاب\b",
               r"\b[وفب]?للطلب\w*", r"\b[وفب]?للطلاب\b", r"\b(?:ال)?طلابی(?:ة)?\b",   # "للطلبة": لـ fused with the article
               r"\bطالبا\b")   # counted: "أربعين طالبًا" (the tanween dropped)
_STAFF = rx(r"\bاستاد(?:ان)?\b", r"\bاساتید\b", r"\bهی[ئا]ت علمی\b", r"\bپژوهشگران\b", r"\bпреподавател\w*",
            r"\bсотрудник\w*", r"\bучен\w+\b", r"\bfaculty\b", r"\bstaff\b", r"\bresearchers\b", r"\bprofessors\b",
            r"\bteachers\b", r"\blecturers\b", r"\bالأساتذة\b", r"\bالتدریسی\w*", r"\bأعضاء هیئة التدریس\b",
            r"هی[ئا]ة (?:ال)?تدریس\b",   # "وأعضاء هيئة التدريس": the conjunction written onto the word
            r"\b[وفبل]?(?:ال)?باحثین\b")   # "تبادل الطلاب والباحثين": researchers as the staff exchanged
_ACADEMIC_MOBILITY = rx(r"\bакадемическ\w+ (?:обмен\w*|мобильност\w*)", r"\bмобильност\w*", r"\bacademic (?:exchange|mobility)\b",
                        r"\bmobility\b", r"\bexchange programmes?\b", r"\bexchange programs?\b")

# (split by script: each sentence is searched only with the patterns of its own script)
TOPIC_PATTERNS: dict[str, ScriptRx] = {
    "StudentExchange": ScriptRx(
        # "to send master's students to X for a semester": students sent for a term at the partner
        r"\bsend(?:ing)? (?:[\w'’-]+ ){0,3}?students to (?:[\w-]+ ){1,3}?for (?:a|one|two) (?:semester|term|year)\b",
        # "чтобы его магистранты проводили в Белгороде семестр": a term spent at the partner
        r"\b(?:студент|магистрант|аспирант)\w* (?:[\w-]+ )?(?:провод|провел|провёл|провест)\w* (?:[\w-]+ ){0,3}?семестр\w*",
        r"\bвключ[её]нн\w+ обучени\w*", r"\bstudy abroad\b", r"\bsemester abroad\b",
        r"\b(?:semester|student) exchanges?\b", r"\bexchange semesters?\b", r"\bстуденческ\w+ обмен\w*",
        r"\bстудент\w* [^.]{0,50}(?:в обоих университетах|в каждом из (?:вузов|университетов)|в другой стране|в университете-партн[её]ре|за рубежом|"
        r"в (?:вузах|университетах)-партн[её]рах)", r"\bсеместров\w+ обучени\w*",
        # a degree split between the partners: "first semester in X and the second in Y"
        r"\b(?:first|one|a) (?:semester|year|term) (?:of study )?(?:in|at) [^.]{1,60}? (?:and|while|,) (?:the |their |its )?(?:second|other|next|final|last)\b",
        r"\bперв\w+ (?:семестр|год|курс)\w* [^.]{0,60}?\bвтор(?:ой|ом|ого)\b",
        r"\bstud(?:y|ies|ying|ents?) (?:[\w-]+ ){0,3}at (?:the |a |each other's )?partner (?:university|universities|institution)",
        # "students ... will spend a semester at the partner university"
        r"\bspend (?:at least )?(?:a|one|two|a full) (?:semester|term|(?:academic )?year) (?:[\w-]+ ){0,2}?(?:at|in) (?:the |a |each other's )?(?:partner|host|other)\b",
        r"\bspend (?:at least )?\d{1,2} months (?:[\w-]+ ){0,2}?(?:at|in) (?:the |a |each other's )?(?:partner|host|other)\b",
        # a term spent at the partner ("دانشجو ... یک نیم سال را در X گذرانده اند"), hosting its students
        # (or studied there, or a short research stay: "دوره های کوتاه مدت یک ترمه در دانشگاه X تحصیل کنند",
        # "دوره های پژوهشی کوتاه مدت خود را در آزمایشگاه های X گذرانده اند")
        r"\bدانشجو\w* [^.]{0,60}?(?:نیم ?سال|ترم)\w* [^.]{0,40}?(?:گذراند|تحصیل)\w*",
        r"\bدانشجو\w* [^.]{0,60}?دوره(?: ?های)? پژوهشی [^.]{0,60}?گذراند\w*",
        # "طلبة جامعة X الالتحاق بفصل دراسي كامل في ...": a term at the partner; "إيفاد طلبة" (sending students)
        r"\b[وفبل]?(?:ال)?(?:طلبة|طلاب) [^.]{0,60}?فصل(?:ا)? دراسی(?:ا)?\b",
        r"\b[وفبل]?(?:ال)?(?:إیفاد|ایفاد) (?:\S+ ){0,2}?و?(?:ال)?(?:طلبة|طلاب)\b",
        # "организовать для них короткие исследовательские практики": short research placements of students
        r"\b(?:кратк|коротк)\w+ исследовательск\w+ практик\w*",
        # "students have completed clinical research attachments in X": stays at the partner
        r"\bstudents (?:have |had )?(?:completed|undertaken|done) (?:[\w-]+ ){0,2}(?:research )?(?:attachments|placements)\b",
        r"\bобучени\w+ (?:[\w-]+ ){0,2}(?:аспирант|студент|магистрант)\w* в\b",
        # hosting the partner's (graduate) students: "استقبال طلبة الدراسات العليا من جامعة X"
        r"\bو?(?:استقبال|استضافة) (?:ال)?(?:طلبة|طلاب)\b",   # (and "واستقبال"; "مستعدة لاستقبال" is a readiness)
        r"\bپذیرش دانشجو\w* [^.]{0,40}?از دانشگاه",   # "admitting graduate students from the universities of X"
        r"\b[وفبل]?(?:ال)?(?:تنقل|حراک) (?:ال)?(?:طلبة|طلاب)\b",   # "تنقل طلبة الدكتوراه بين المخابر"
        r"\bترم (?:اول|نخست) [^.]{0,60}?ترم دوم\b", r"\bالفصل (?:الدراسی )?الأول [^.]{0,60}?(?:الفصل )?(?:الدراسی )?الثانی\b",
    ),
    "StaffExchange": ScriptRx(
        # "белгородские преподаватели читали курсы в Ташкенте": teachers lecturing at the partner
        r"\bпреподавател\w* (?:[\w-]+ )?(?:читал|прочита|провод|провел|провёл)\w* (?:[\w-]+ ){0,2}?(?:курс|лекци)\w* во?\b",
        # "استادان دانشگاه X هر سال دوره های کوتاه مدت آموزشی را در بیشکک برگزار می کنند": courses held abroad
        r"\bاستاد(?:ان)? دانشگاه [^.]{0,50}?دوره(?: ?های)? [^.]{0,40}?در [^\s.]+ برگزار",
        # "привлекать преподавателей X к чтению курсов в Ташкенте"
        r"\bпреподавател\w* (?:[\w-]+ ){0,2}к чтению (?:[\w-]+ )?(?:курс|лекци)\w* во?\b",   # "во Владимире"
        r"\bفرصت(?: ?ها| ?های)? مطالعاتی\b", r"\bvisiting[- ](?:professors?|scholars?|faculty|lecturers?|researchers?|fellows?)\b", r"\bاساتید (?:راهنما و مشاور )?مهمان\b",
                        # a guest professor, researchers hosted at the partner's laboratories
                        r"\bاستاد(?:ان)? مدعو\b", r"\b(?:استقبال|استضافة) (?:ال)?(?:باحثین|الباحثین|أساتذة|الأساتذة|تدریسیین|التدریسیین)\b",
                        r"\bприглаш[её]нн\w+ (?:профессор|преподавател)\w*", r"\bsabbatical\w*",
                        r"\b(?:faculty|staff) (?:visits|exchanges?)\b",
                        # "short research visits by academic staff"
                        r"\b(?:research|teaching) visits (?:by|of|for) (?:[\w-]+ ){0,2}(?:staff|faculty|academics|researchers)\b",
                        # "hosting three postdocs on research stays": researchers staying at the partner
                        r"\b(?:postdocs?|postdoctoral (?:researchers|fellows)|researchers|academics) (?:[\w-]+ ){0,3}?research (?:stays|visits)\b",
                        r"\bstaff mobilit(?:y|ies)\b", r"\b(?:teaching|training) (?:and (?:teaching|training) )?(?:visits|mobilit(?:y|ies))\b",
                        r"\bстажиров\w* (?:для )?(?:\w+ )?(?:преподавател|сотрудник|уч[её]н)\w*",
                        # sending visiting professors: "إيفاد أساتذة زائرين"
                        r"\b(?:ال)?أساتذة (?:ال)?زائرین\b", r"\b[وفبل]?(?:ال)?إیفاد (?:ال)?(?:أساتذة|اساتذة|باحثین|تدریسیین|أستاذین|أستاذان)\b",   # (the dual: "two teachers")
                        # teaching at the partner: "преподаватели будут читать лекции в университетах-партнёрах"
                        r"\bпреподавател\w* [^.]{0,20}?(?:читать|чтени\w*|прочитают|читают) лекци\w*",
                        r"\b(?:faculty|staff|professors|lecturers) (?:will |to |can )?(?:teach|lecture|give lectures) at (?:the |each other's )?partner"),
    "JointDegree": ScriptRx(
        r"\bمدارک? مشترک\b", r"\bدو ?مدرکی\b", r"\bمدرک مشترک\b",
        r"\bدوره(?: ?های)? (?:(?:کارشناسی ارشد|کارشناسی|دکتری|دکترا) )?دو ?گانه\b",   # a dual-degree course
        # ("دوره مجازی مشترک": a joint online course is online education, not a degree)
        r"\bدوره(?: ?ها| ?های)? (?!(?:آموزشی )?(?:مجازی|آنلاین|برخط)\b)(?:[^\s,.]+ ){0,2}مشترک\b",
        r"\bдвойн\w+ диплом\w*", r"\bдвух дипломов\b", r"\bсовместн\w+ (?:\w+ )?программ\w*", r"\bсетев\w+ (?:форм\w+ )?(?:реализаци\w+ )?(?:\w+ )?программ\w*",
        r"\bبرنامه(?: ?های)? (?:آموزشی|تحصیلی|درسی) مشترک\b", r"\bдипломы обоих\b",
        # ("joint doctoral supervision": theses supervised together, joint research)
        r"\b(?:joint|dual|double)[- ](?:degree|diploma|master|PhD|doctoral)\w*(?! (?:co-)?supervision)", r"\bjoint (?:PhD|doctoral|master['’]?s|MSc|MBA) (?:degree )?program\w*", r"\bjoint (?:educational |academic |study )?(?:and research )?programmes?\b",
        r"\bjoint (?:educational |academic |study )?programs?\b",
        r"\bالشهاد\w+ المزدوج\w*", r"\bشهاد\w+ مزدوج\w*", r"\b(?:ال)?درج\w+ (?:ال)?مزدوج\w*", r"\bبرامج (?:دراسیة )?مشترکة\b",
        r"\bبرنامج (?:ماجستیر|دکتوراه|بکالوریوس|دراسی) مشترک\b", r"\bبرامج (?:ماجستیر|دکتوراه|بکالوریوس) مشترکة\b",
        r"\bبرامج (?:(?:ال)?دراسات (?:ال)?علیا|أکادیمیة|اکادیمیة|تعلیمیة) مشترکة\b",
        r"\bبرنامج (?:(?:ال)?دراسات (?:ال)?علیا (?:ال)?مشترک|مشترک (?:لل|فی (?:ال)?)دراسات (?:ال)?علیا)\b",
        r"\bبرنامج (?:لل|ل)دراسات (?:ال)?علیا (?:ال)?مشترکة\b",
        # "البرنامج المشترك للدكتوراه", "شهادة من الجامعتين": one degree given by both
        r"\b(?:ال)?برنامج (?:ال)?مشترک (?:لل|ل)(?:دکتوراه|ماجستیر)\b", r"\bشهادة (?:مشترکة|من (?:ال)?جامعتین)\b",
        # theses under double supervision ("cotutelle", "إشراف مزدوج") lead to a degree from each
        # university; theses supervised jointly ("الإشراف المشترك") are joint research
        r"\b[وفبل]{0,2}(?:ال)?إشراف (?:ال)?مزدوج\b",
    ),
    "JointResearch": ScriptRx(
        r"\b(?:پژوهش|تحقیق|تحقیقات)(?: ?ها| ?های)? مشترک\b", r"\b(?:پروژه|طرح)(?: ?ها| ?های)? (?:پژوهشی|تحقیقاتی) مشترک\b",
        r"\bصندوق مشترک (?:تحقیقاتی|پژوهشی)\b", r"\bهمکاری(?: ?های)? (?:\w+(?:,|،| و) ?){0,4}(?:تحقیقاتی|پژوهشی)\b",
        r"\bсовместн\w+ [^.]{0,40}?(?:научн\w+ (?:и \w+ )?(?:исследован|проект)\w*|исследован\w*)",
        r"\bнаучно-исследовательск\w+ (?:сотрудничеств|проект)\w*",
        # "договор о совместной разработке прибора": developing a device together is research
        r"\bсовместн\w+ (?:создани|разработк|проектировани)\w* (?:[\w-]+ ){0,2}\w*(?:спутник|аппарат|прибор|двигател|робот|установк|технологи)\w*",
        r"\bсовместн\w+ [^.]{0,60}?заявк\w+ на (?:\w+ )?грант\w*",
        r"\b(?:joint|collaborative) research\b", r"\bjoint stud(?:y|ies) (?:on|of|into)\b", r"\bco-supervis\w* (?:of )?(?:postgraduate |graduate |doctoral )?research\b", r"\bсовместн\w+ (?:научн\w+ )?экспедици\w*", r"\bjoint (?:[\w-]+ )?expeditions?\b", r"\bjoint (?:grant|funding|research) (?:applications?|proposals?|bids?)\b", r"\bresearch (?:collaboration|cooperation|links|partnerships?|projects)\b",
        r"\bjoint (?:educational and )?research programmes?\b",
        # theses supervised together (h14: co-supervision is joint research, not a joint degree)
        r"\b(?:joint |co-)supervision of (?:[\w-]+ ){0,2}(?:doctoral|PhD|postgraduate|master['’]s) (?:students|candidates|theses|dissertations)\b",
        r"\bjoint (?:doctoral|PhD) (?:co-)?supervision\b",
        # a laboratory run together is joint research
        r"\bjoint (?:research )?(?:laborator(?:y|ies)|lab|research (?:centre|center|institute))\b",
        r"\bсовместн\w+ (?:научн\w+ )?лаборатори\w*", r"\bآزمایشگاه(?: ?های)? مشترک\b", r"\b(?:مختبر|معمل) (?:بحثی )?مشترک\b", r"\b[وفبل]?(?:ال)?مرکز (?:ال)?بحثی (?:ال)?مشترک\b",
        r"(?<!العالی و)(?<!العالی و )\bالبحث العلمی\b", r"\bالبحوث المشترکة\b", r"\bالأبحاث المشترکة\b", r"\b[وفبل]?(?:مشاریع|مشروعات) بحثیة\b", r"\bالتعاون البحثی\b",
        r"\bالبحث التطبیقی\b",
        # applying for funding together: "will jointly apply for research funding"
        r"\bjointly (?:apply|bid) for (?:[\w-]+ ){0,2}(?:funding|grants?)\b",
        r"\bjoint applications? (?:to|for) (?:[\w-]+ ){0,2}(?:research )?(?:funds?|funding|grants?)\b",
        r"\bco-supervised (?:PhD|doctoral|postgraduate|master['’]s) (?:projects|students|theses|dissertations)\b",
        r"\b[وفبل]?(?:أبحاث|ابحاث|بحوث) (?:علمیة )?مشترکة\b",
        r"\b[وفبل]?(?:ال)?(?:مشاریع|مشروعات) (?:ال)?(?:بحث|بحوث) (?:ال)?مشترکة\b",
        # one research project run together, theses (master's and doctoral) supervised together
        r"\b[وفبل]?(?:ال)?مشروع (?:ال)?(?:بحث|بحثی) (?:ال)?(?:مشترک|الجاری|القائم)\b",
        r"\b[وفبل]{0,2}(?:ال)?إشراف (?:ال)?مشترک علی (?:ال)?(?:رسائل|أطروحات|اطروحات|أطاریح|اطاریح)\b",
        r"\b(?:پروژه|طرح)(?: ?ها| ?های)? مشترک (?:پژوهشی|تحقیقاتی)\b",
    ),
    "JointPublication": ScriptRx(
        r"\bانتشار (?:مجلات|مقالات|کتاب)\w*", r"\b(?:مقالات|مقاله(?: ?های)?|انتشارات) مشترک\b", r"\bویژه ?نامه(?: ?ای)? مشترک\b", r"\bتالیف مشترک\b",
        r"\bсовместн\w+ (?:научн\w+ )?(?:стат\w+|публикаци\w*|монографи\w*|сборник\w*)", r"\bсовместн\w+ (?:\w+ ){1,3}и публикаци\w*", r"\bпубликаци\w+ (?:научн\w+ |совместн\w+ )?стат\w*",
        r"\b(?:joint|bilateral|co-authored|collaborative) (?:research |scientific )?publications?\b", r"\bco-publication\w*",
        r"\bco-authored (?:[\w-]+ ){0,3}?(?:papers|articles|publications)\b", r"\bjoint (?:papers|articles)\b",
        r"\bco-author(?:s|ing)? (?:[\w-]+ ){0,2}?(?:papers|articles|publications)\b",
        # the verb rather than the noun: "will publish jointly", "совместно публиковать", "انتشار مشترک"
        r"\bpublish(?:ing)? jointly\b", r"\bjointly publish\w*", r"\bjoint publishing\b", r"\bco-publish\w*",
        r"\bсовместно (?:публик|опублик|изда)\w*", r"\bانتشار مشترک\b",
        r"\bсовместно (?:готовить|подготовить|готовят|подготовят|выпускать|писать) (?:научн\w+ )?(?:публикаци|стать|монографи)\w*",
        r"\bالنشر المشترک\b", r"\b[وفبل]?(?:إصدار|اصدار) (?:عدد|أعداد|اعداد|کتاب|کتب) مشترک\w*",
        # preparing a joint guide or book: "إعداد دليل علمي مشترك"
        r"\b[وفبل]?(?:إعداد|اعداد|تألیف|تالیف) (?:دلیل|کتاب|کتب) (?:علمی )?مشترک\w*",
        # "... به صورت مشترک ... در قالب یک ویژه نامه منتشر شود": published together
        r"\bبه صورت مشترک\b[^.]{0,80}?\bمنتشر\b", r"\bjoint (?:special )?issues?\b", r"\bpublished in a special issue\b", r"\bالنشر العلمی المشترک\b", r"\bالبحوث المنشورة\b",
        r"\b[وفبل]?نشر (?:ال)?(?:أبحاث|ابحاث|بحوث|مقالات|أوراق|اوراق)(?: (?:ال)?علمیة)? (?:ال)?مشترکة\b",
        # "نشر باحثو الجامعتين ما يزيد على خمسة عشر بحثًا مشتركًا": the papers counted after the verb
        r"\b[وفبل]?نشر\w* (?:[^\s.]+ ){0,8}?(?:بحثا|بحوثا|مقالا|مقالات|أبحاثا|ابحاثا) مشترکا?\b",
        # publishing in the partners' journals, the proceedings of a joint meeting
        r"\b[وفبل]?(?:ال)?نشر فی (?:ال)?مجلات\b",
        r"\b[وفبل]?(?:إصدار|اصدار|نشر) أعمال (?:ال)?(?:مؤتمر|ملتقی|ندوة)\b",
    ),
    "Training": ScriptRx(
        r"\bآموزش (?:مداوم|ضمن خدمت)\b", r"\bکارگاه(?: ?های)? آموزشی\b",
        r"\bدوره(?: ?های)? (?:TOT|آموزشی|کوتاه مدت آموزشی|توانمندسازی)\b(?! (?:مجازی|آنلاین|برخط)\b)",
        r"\bتوانمندسازی\b", r"\bدانش ?افزایی\b",
        # courses for the lecturers or staff of a partner (online ones too): training
        r"\bدوره(?: ?های)? (?:آموزش|آموزشی)\b[^.]{0,25}?برای (?:استادان|اساتید|اعضای هی[ئا]ت علمی|کارکنان|مدرسان)\b", r"\bکارآموزی\b", r"\binternships?\b", r"\bстажировк\w+ студент\w*", r"\bcertification (?:training|courses?|programmes?)\b", r"\bповышени\w+ квалификации\b", r"\bтренинг\w*", r"\bстажиров\w*",
        r"\b(?:staff |teacher |faculty )?training (?:programmes?|courses?|for)\b",
        # "a short course on X for the partner's laboratory staff"
        r"\b(?:short )?courses? (?:on|in) (?:[\w-]+ ){0,4}for (?:the )?(?:[\w'’-]+ ){0,2}(?:staff|teachers|technicians|lecturers)\b", r"\b(?:doctoral|postgraduate) training networks?\b",
        r"\b(?:staff|teacher|faculty|professional|joint) training\b", r"\b(?:offer|provide|give)s? (?:\w+ )?training\b", r"\bworkshops\b", r"\bcapacity building\b",
        r"\b(?:ال)?دورات (?:ال)?تدریبیة\b", r"\b(?:ال)?ورش(?:ة|ات) (?:ال)?تدریبیة\b", r"\b(?:ال)?برامج (?:ال)?تدریبیة\b", r"\b(?:ال)?ورش(?: عمل)?\b(?! (?:ال)?علمیة)", r"\bالتدریب\b", r"\b[وفبل]?تدریب\b",
        r"\bللتدریب\b",   # "برامجها للتدريب الصيفي": the article after لـ loses its alif
        r"\bprofessional development (?:courses?|programmes?|programs?|training)\b",
        # training clinicians and staff: "آموزش دستیاران تخصصی", "обучение ординаторов", "residency training"
        r"\bآموزش (?:دستیار|پزشک|پرستار|کارکنان|کادر|مدرس|مربی)\w*", r"\bобучени\w+ (?:ординатор|врач|медсест|персонал)\w*",
        r"\bподготовк\w+ (?:ординатор|врач|медсест)\w*",
        r"\b(?:residency|clinical) training\b",
        # courses the partner runs for one's technicians or staff: "refresher courses for library technicians"
        r"\bcourses?\b[^.]{0,40}?\bfor (?:[\w-]+ ){0,3}?(?:technicians|laboratory staff|librarians|administrative staff)\b",
        r"\btrain(?:s|ing)? (?:of )?(?:a new generation of )?(?:[\w-]+ ){0,2}(?:researchers|scientists|clinician-scientists|clinicians)\b", r"\btraining (?:of|for) (?:\w+ )?(?:doctors|physicians|residents|nurses|clinicians)\b",
    ),
    "OnlineEducation": ScriptRx(
        r"\bدوره(?: ?های)? (?:آنلاین|مجازی|برخط)", r"\bآموزش (?:مجازی|آنلاین|الکترونیکی)\b",
        r"\bدرس(?: ?های| ?ها)? (?:مشترک )?(?:آنلاین|مجازی|برخط)\b",   # a (joint) course taught online
        r"\bонлайн-?(?:курс|обучени|лекци|модул)\w*",
        r"\b(?:преподава|чита|изуча)\w+ онлайн\b",   # "будет преподаваться онлайн"
        r"\bдистанционн\w+ (?:обучени|курс)\w*", r"\bкурс\w* [^.]{0,80}?в (?:том числе )?(?:в )?дистанционном формате\b", r"\bэлектронн\w+ обучени\w*",
        r"\be-learning\b", r"\bdistance (?:learning|education)\b", r"\bMOOCs?\b",
        r"\bonline (?:[\w-]+ ){0,2}?(?:courses?|modules?|lectures?|education|learning|teaching|programmes?|degrees?)\b",
        r"\b(?:ال)?(?:دورات|دورة|محاضرات|تدریس|برامج)\b[^.]{0,30}?\bعن بعد\b",
        r"\b(?:lectures?|courses?|classes|teaching) (?:may |will |can |could )?(?:be )?(?:delivered |held |offered |given )?online\b",
        r"\bالتعلیم (?:الإلکترونی|عن بعد)\b", r"\bمقررات إلکترونیة\b",
        r"\b(?:ال)?تعليم (?:ال)?(?:رقمي|مدمج)\b", r"\b(?:ال)?(?:مساقات|مقررات) (?:ال)?(?:إلكترونية|الكترونية)\b",
        r"\bblended learning\b", r"\bdigital (?:education|learning|teaching)\b", r"\bآموزش (?:ترکیبی|دیجیتال)\b",
        # "دوره‌های آموزش زبان فارسی به صورت آنلاین": the course, then how it is given
        r"\bدوره(?: ?های)? [^.]{0,40}?به صورت (?:آنلاین|مجازی|برخط)\b",
    ),
    "Innovation": ScriptRx(
        r"\bاستارت ?آپ\w*", r"\bشتاب ?دهنده\w*", r"\bدانش ?بنیان\b", r"\bنوآوری\w*", r"\bانتقال فناوری\b",
        r"\bتجاری ?سازی\b", r"\bفناوری(?: ?های)? (?:نوین|جدید)\b", r"\bفناورانه\b",
        r"\bинновац\w*", r"\bстартап\w*", r"\bтрансфер\w* технологи\w*", r"\bакселератор\w*", r"\bтехнологическ\w+ предпринимательств\w*",
        r"\bstart-?ups?\b", r"\binnovation\b", r"\btechnology transfer\b", r"\bincubat\w+", r"\baccelerators?\b",
        r"\bcommerciali[sz]ation\b", r"\bentrepreneurship\b",
        r"\bالابتکار\b", r"\bریادة الأعمال\b", r"\b(?:ال)?حاضن(?:ة|ات)\b", r"\bنقل التکنولوجیا\b",
    ),
    "SummerSchool": ScriptRx(r"\bمدرسه(?: ?های)? تابستانی\b", r"\bлетн\w+ (?:и зимн\w+ )?(?:\w+ )?школ\w*", r"\bsummer schools?\b", r"\bsummer (?:programmes?|programs?|camps?)\b",
                       r"\bwinter schools?\b", r"\bзимн\w+ школ\w*", r"\bالمدرسة الصیفیة\b", r"\bمدارس صیفیة\b",
                       r"\bمدرسة صیفیة\b", r"\b(?:ال)?(?:برامج|برنامج|دورات|دورة)(?: (?:ال)?تدریبیة)? (?:ال)?صیفیة\b", r"\b(?:ال)?برنامج(?:ها|ه)? (?:ال)?صیفی\b", r"\b(?:ال)?مدرس(?:ة|ات) (?:ال)?شتوي(?:ة)?\b", r"\bمدرسه(?: ?های)? زمستانی\b",
                       r"\bدوره(?: ?های)? (?:مشترک )?تابستانی\b"),
    "Scholarship": ScriptRx(r"\bبورس(?:یه)?\b", r"\bстипенди\w*", r"\bквот\w* на обучение\b", r"\bscholarships?\b", r"\bfellowships?\b",
                      # funded study places: "PhD studentships", "travel grants", "гранты на обучение"
                      r"\bstudentships?\b",
                      # (grants of students, not a forum's travel grants for its speakers)
                      r"\b(?:travel|study|mobility|tuition) grants? (?:[\w,.]+ ){0,8}(?:to|for) (?:[\w-]+ ){0,2}students\b",
                      r"\bгрант\w* (?:на|для) (?:обучени\w*|учебу|учёбу|стажировк\w*)", r"\bمنح(?:ة|ا)? دراسیة\b",
                      r"\b(?:ال)?مقاعد (?:ال)?دراسیة (?:ال)?مجانیة\b", r"\bмест\w* (?:[\w-]+ ){0,4}в рамках квот\w*",
                      r"\b(?:mobility )?grants? (?:that |which )?(?:cover|covers|covering) (?:[\w-]+ ){0,2}(?:travel|tuition|subsistence|living)\b",
                      r"\bالمنح الدراسیة\b", r"\b[وفبل]?(?:تمویل|تخصیص|تقدیم|توفیر) (?:\S+ )?منح\b",
                      r"\b[وفبل]?منح(?:ا|ة)? (?:\S+ )?(?:ل|لل)(?:طلبة|طلاب)\b",   # "منحًا (بحثية) لطلبة الدكتوراه"
                      r"\b[وفبل]?(?:ال|لل)?ابتعاث\b",   # study abroad on a (government) scholarship
                      r"\b(?:ال)?زمال(?:ة|ات) (?:ال)?(?:بحثیة|دراسیة|علمیة)\b"),
    "AcademicEvents": ScriptRx(
        r"\b(?:همایش|کنفرانس|سمینار)(?: ?های)? (?:مشترک|علمی مشترک)ی?\b",
        # ("برگزاری کارگاه های آموزشی" is training, not an academic event)
        r"\bبرگزاری (?:مشترک )?(?:همایش|کنفرانس|سمینار|وبینار|کارگاه(?!(?: ?ها| ?های)? آموزشی))\w*",
        r"\bحضور [^.]{0,60}? در (?:نشست|همایش|کنفرانس|سمینار)(?: ?های)? ?(?:پیش ?رو|آتی|آینده)\w*",
        r"\b(?:проведени\w+|организаци\w+|совместн\w+) (?:[\w-]+ ){0,3}(?:конференци|семинар|симпозиум|форум)\w*",
        # "провести на конгрессе совместную секцию": a section of the partners at a conference
        r"\b(?:провести|проведени\w+|организовать) (?:[\w-]+ ){0,5}секци\w*",
        r"\bjoint (?:conferences?|seminars?|symposi\w+|events)\b", r"\bرویداد(?: ?های)? (?:علمی )?مشترک\b",
        # "the co-organisation of academic events"
        r"\b(?:co-?organi[sz](?:ation|ing)|joint organi[sz]ation) of (?:academic |scientific )?(?:events|conferences)\b",
        r"\b(?:an? )?(?:annual|yearly) (?:joint |international |bilateral |trilateral |regional )*(?:conference|seminar|symposium|workshop|forum)\b",
        r"\bсовместн\w+ (?:научн\w+ )?мероприяти\w*",
        r"\b(?:organi[sz]\w*|co-organi[sz]\w*|hold\w*|host\w*|co-host\w*) (?:an? |the )?(?:annual |joint |international |regional )*(?:conference|seminar|symposium|forum|workshop)\b", r"\b(?:organi[sz]\w+|hold\w*|co-host\w*) (?:joint )?(?:international )?(?:conferences|seminars|symposia)\b",
        r"\b(?:المؤتمرات|الندوات)\b",
        # "jointly organise workshops and conferences"
        r"\b(?:organi[sz]\w*|hold\w*|co-host\w*) (?:joint )?(?:workshops|seminars) and (?:conferences|symposia)\b", r"\b[وفبل]?(?:تنظیم|عقد|إقامة|اقامة) (?:ال)?(?:مؤتمرات|ندوات)\b",
        # a conference the partners plan or invite to: "a conference ... to be held in", "invited X to its conference"
        r"\b(?:conference|seminar|symposium|forum) (?:[\w-]+ ){0,8}?to be (?:held|organi[sz]ed|hosted)\b",
        r"\binvit\w+ (?:[\w-]+ ){0,4}?to (?:its|their|the|an?) (?:annual |joint |international )*(?:conference|seminar|symposium|forum)\b",
        r"\b(?:مؤتمر|ندوة|ملتقى)(?:ین)? (?:علمی(?:ة|ین)? |دولی(?:ة|ین)? |سنوی(?:ة|ین)? )?مشترک\w*", r"\bوبینار(?: ?ها| ?های)? مشترک\b",
        r"\bکارگاه(?: ?ها| ?های)? مشترک\w*",
        r"\b(?:مؤتمرات|ندوات) (?:علمیة )?مشترکة\b",
        r"\bال(?:مؤتمر|ندوة|ملتقی) (?:ال)?(?:علمی |دولی )?المشترک\b",
        # the partners' people at a coming conference: "участие китайских коллег в конференции"
        r"\bучасти\w+ (?:[\w-]+ ){0,3}в (?:[\w-]+ ){0,2}конференци\w*",
        # the next edition the partners agree on: "أن تستضيف جامعة X الدورة الثانية من المؤتمر"
        r"\b[وفبل]?(?:ال)?دورة (?:ال)?(?:ثانیة|ثالثة|رابعة|خامسة|مقبلة|قادمة|تالیة) (?:من |ل)(?:ال)?(?:مؤتمر|ندوة|ملتقی|منتدی)",
        # a conference to close the project, to hold: "عقد مؤتمر ختامي" (not a press conference)
        r"\b[وفبل]?(?:تنظیم|عقد|إقامة|اقامة) (?:ال)?(?:مؤتمر|ملتقی|ندوة) (?!(?:ال)?صحفی)(?:ال)?(?:ختامی|سنوی|دولی|علمی|إقلیمی|خلیجی)\w*",
        r"\b(?:organi[sz]e|hold|host)\w* (?:an? |the )?(?:[\w-]+ ){0,6}?(?:conference|symposium|seminar|forum|workshop) (?:every|each) year\b",
        r"\bco-host\w* (?:joint )?workshops\b",
        # "الطبعة الرابعة" (the Maghreb word for an edition), a meeting held every year
        r"\b[وفبل]?(?:ال)?طبعة (?:ال)?(?:ثانیة|ثالثة|رابعة|خامسة|سادسة|مقبلة|قادمة|تالیة)\b",
        r"\b[وفبل]?(?:تنظیم|عقد|إقامة|اقامة) (?:ال)?(?:مؤتمر|ملتقی|ندوة|منتدی)\w* سنویا\b",
        r"\b(?:next|second|third|fourth|fifth|sixth|following) edition of the (?:[\w-]+ ){0,3}(?:conference|forum|symposium|seminar)\b",
        r"\bследующ\w+,? (?:[\w-]+,? ){0,2}(?:конференци|форум|симпозиум|семинар)\w*",
        r"\bدوره (?:بعدی|آینده|آتی) (?:این )?(?:همایش|کنفرانس|سمینار)\b",   # "دوره بعدی همایش" (its next edition)
    ),
    "Healthcare": ScriptRx(
                     # work with patients: "field research in county hospitals", "практика в клиниках"
                     r"\b(?:research|work|training|placements?|rotations?|practice) (?:[\w-]+ ){0,3}in (?:[\w-]+ ){0,3}(?:hospitals?|clinics)\b",
                     r"\b(?:практик|исследовани|стажировк)\w* (?:\w+ ){0,3}в (?:\w+ ){0,2}(?:больниц|клиник|госпитал)\w*",
                     r"\b(?:پژوهش|تحقیق|کارآموزی|کار میدانی)\w* (?:[^\s.]+ ){0,3}در بیمارستان", r"\bفی (?:ال)?مستشفیات\b",r"\bدرمان(?:ی)?\b", r"\bبهداشت(?:ی)?\b(?! درمان و آموزش پزشکی)", r"\bسلامت\b", r"\bздравоохранени\w*",
                     r"\bмедицинск\w+ помощ\w*", r"\bhealth ?care\b", r"\bmedical care\b", r"\bpublic health\b",
                     r"\b(?:refugee|global|mental|maternal|child|community|population|planetary) health\b",
                     r"\bالرعایة الصحیة\b", r"\bالصحة\b", r"\b[وفبل]?(?:ال)?(?:أمراض|امراض)\b",
                     r"\b[وفبل]?(?:ال)?کوادر (?:ال)?طبیة\b", r"\b[وفبل]?(?:ال)?علوم (?:ال)?صحیة\b",
                     # clinical care and treatment: "التدريب السريري", "علاج الأورام", "clinical training"
                     r"\b(?:ال)?سریری\b", r"\b(?:ال)?علاج\b", r"\bclinical\b", r"\bклиническ\w*",
                     # medicine taught together: "دوره‌های پزشکی مشترک", "الطب البشري" (human medicine)
                     r"\bدوره(?: ?های)? پزشکی\b", r"\b[وفبل]?(?:ال)?طب (?:ال)?بشري\b"),
    "Culture": ScriptRx(
        r"\b(?:همکاری|تبادل|روابط|تعامل)(?: ?های)? (?:\w+(?:,|،| و) ?){0,4}فرهنگی\b", r"\bکرسی (?:آموزش )?زبان\b", r"\bکنفوسیوس\b",
        r"\bкультурн\w+ (?:взаимодейств|обмен|сотрудничеств|связ|программ|мероприяти)\w*",
        r"\b(?:гуманитарн\w+ и )?культурн\w+ (?:и \w+ )?сотрудничеств\w*", r"\bинститут\w* конфуци\w*",
        r"\bязыков\w+ стажировк\w*",   # "языковая стажировка": learning the partner's language
        r"\bcultural (?:cooperation|exchange|programmes?|events|activities|interaction)\b", r"\bconfucius institute\b",
        # a school or course on the partners' cultures: "a summer school on Baltic and Nordic cultures"
        r"\b(?:summer|winter) (?:school|course)s? on (?:[\w-]+ ){0,4}?cultures?\b",
        r"\bالتعاون الثقافی\b", r"\bالتبادل الثقافی\b",
        # "للتعاون العلمي والثقافي", "scientific and cultural cooperation": culture as one of the areas
        r"\b(?:لل|ال)?تعاون (?:ال)?\w+ وال?ثقافی\b", r"\b\w+ and cultural (?:cooperation|exchange)\b",
        r"\bнаучн\w+ и культурн\w+ (?:сотрудничеств|обмен)\w*",
        # "Дни иранской культуры", "days of Kazakh culture", "أيام ثقافية", "هفته فرهنگی"
        r"\bдн(?:и|ей|ях|ям) (?:\w+ )?культуры\b", r"\bdays of (?:[\w-]+ )?culture\b", r"\bcultural (?:days|week|festival)\b",
        r"\b(?:ال)?(?:أیام|أسابیع|أسبوع) (?:ال)?ثقافی(?:ة)?\b", r"\b(?:هفته|روزهای) فرهنگی\b", r"\b(?:هفته|روزهای) فرهنگ\b",
        # courses of Persian for the partner's students ("دوره‌های آموزش زبان فارسی")
        # (an online course of Persian is online education alone, h1/h3; its textbooks are culture)
        r"\bدوره(?: ?های)? (?:[^\s.]+ ){0,2}?آموزش زبان (?:و ادبیات )?فارسی\b",
        # teachers of Persian exchanged, chairs of Iranian studies set up
        r"\b(?:استاد|استادان|مدرس|مدرسان)(?: ?های)? زبان (?:و ادبیات )?فارسی\b",
        r"\bکرسی(?: ?های)? (?:مشترک )?(?:ایران ?شناسی|زبان)\b",
        r"\bمنابع (?:درسی|آموزشی) (?:جدید )?(?:زبان )?فارسی\b",
        # courses, places set up "to teach" a language: "دورات لتعليم اللغة الإيطالية", "لدراسة اللغة
        # العربية" (a field in a list, "مجالات الطب وتعليم اللغة", is not culture by itself)
        r"\bل(?:تعلیم|تدریس|دراسة|تعلم) اللغة (?:ال)?\w+یة\b",
        r"\bبرنامج (?:ال)?(?:تعلیم|تدریس) اللغة (?:ال)?\w+یة\b",   # "برنامج تعليم اللغة اليابانية"
        # courses or teaching of a language for the partner: "دورات اللغة العربية", "دورات في اللغة
        # اليابانية", "تعليم اللغتين العربية والصينية", "преподавание русского языка как иностранного" (a
        # language summer school is a school only; "курсы русского языка ... в дистанционном формате"
        # are online education, h14), "تدریس زبان فارسی" (an online course of a language is online
        # education alone, above; a Persian upgrade course, "دوره های دانش افزایی زبان فارسی", is training, h15)
        r"\b[وفبل]?(?:ال)?(?:تعلیم|تدریس) (?:ال)?لغتین\b", r"\b[وفبل]?(?:ال)?دورات (?:فی )?(?:ال)?لغة (?:ال)?\w+یة\b",
        r"\b(?:преподавани|изучени)\w* (?:\w+ )?[а-яё]+ского языка\b", r"\bобуч\w+ [а-яё]+скому языку\b",
        r"\bتدریس زبان (?:و ادبیات )?فارسی\b", r"\bزبان و فرهنگ فارسی\b",
        r"\bدوره(?: ?های)? کوتاه(?: ?مدت)? (?:آموزش )?زبان\b",   # a short language course for the partner's students
    ),
}
# A field as the subject of a degree ("Master's programme in public health"): what is taught,
# not cooperation in health care.
_DEGREE_FIELD_BEFORE = rx(
    r"(?:programm?e?s?|degrees?|master['’]?s?|bachelor['’]?s?|MSc|MPH|PhD|course|school|faculty|department|major)"
    r" (?:[\w'’-]+ ){0,3}(?:in|of|on) $",
    # (lower-case words between: "на факультете МГУ ежегодно изучают ..." is where, not what is taught)
    r"(?:программ\w*|магистратур\w*|направлени\w*|специальност\w*|факультет\w*|кафедр\w*) (?:(?-i:[а-яё-]+) ){0,3}(?:по )?$",
    r"(?:رشته|دوره|دانشکده|کارشناسی|ارشد|دکتری)\w* (?:[^\s.]+ ){0,2}$", r"(?:برنامج|کلیة|تخصص|ماجستیر)\w* (?:[^\s.]+ ){0,2}(?:فی )?$",
    # (a degree's subject may be long: "ماجستير مشترك في علوم البيانات وتطبيقاتها في الصحة")
    r"(?:ماجستیر|دکتوراه|بکالوریوس) (?:[^\s.,]+ ){0,5}فی $",
)
# A school right before a topic word: the topic is what the school teaches
_SCHOOL_BEFORE = rx(r"(?:مدرسة|مدارس)\w* (?:[^\s.]+ ){0,2}$")
# Internships and study stays of students at the partner are student mobility, not training
# ("стажировки аспирантов в лабораториях обоих университетов", "فرصت مطالعاتی دانشجویان دکتری").
_STUDENT_STAY = rx(r"\bстажиров\w*", r"\binternships?\b", r"\bفرصت(?: ?ها| ?های)? مطالعاتی\b")
_NEXT_CLAUSE = re.compile(r",\s+(?:а|но|while|whereas)\s|;")
# "стажировка в Казани": a stay in a (partner's) city named right after it
_IN_CITY = re.compile(r"\s+(?:в|во|in)\s+[А-ЯЁA-Z][а-яёa-z-]+")
_LEARNERS = rx(r"\bстудент\w*", r"\bаспирант\w*", r"\bмагистрант\w*", r"\bstudents?\b", r"\bPhD candidates\b",
               r"\bدانشجو\w*", r"\bالطلب\w*", r"\bطلاب\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?؛]|,\s+(?:а|но|while|but)\s")
_AT_PARTNER = rx(r"\bобоих (?:университет|вуз)\w*", r"\bпартн[её]р\w*", r"\bза рубежом\b", r"\bв (?:университете|вузе) \S+",
                 r"\babroad\b", r"\bat the (?:partner|other)\b", r"\bboth universities\b",
                 r"\bto (?:[\w-]+ ){0,2}laborator(?:y|ies)\b",   # "brought forty students to Tokyo laboratories"
                 r"\bدر دانشگاه\b", r"\bخارج از کشور\b")

# Names that carry a topic themselves: proposing a Confucius Institute or a chair of
# Persian is cultural cooperation, a summer school is one, even when the phrase was
# taken for a unit's name.
NAMED_TOPICS = {"Culture": rx(r"\bکرسی (?:آموزش )?زبان\b", r"\bکنفوسیوس\b", r"\bинститут\w* конфуци\w*", r"\bconfucius institute\b",
                              r"\bمعهد کونفوشیوس\b")}
# A post word just before a topic word: "مدیر امور فرهنگی", "director of cultural affairs".
_POST_BEFORE = rx(r"(?:مدیر|معاون|رئیس|رییس|دبیر|دستیار|director|head|dean|officer|проректор|директор|начальник|"
                  r"руководител|заведующ|مدير|عمید|رئیس|معاون)\w*(?:\s+\S+){0,4}\s*$")
_PLAN_OF = rx(r"\bплан\w*\s+$", r"\bplan of\s+$")
_CAPITALISED = re.compile(r"[A-Z]")
_NAMED_GRANT = re.compile(r"(?:Fellowships?|Scholarships?|Studentships?)")
_SUPERVISED = re.compile(r"(?i)\bsupervision of (?:[\w-]+ ){0,2}$")
_CLAUSE_TURN = rx(r"[،,]\s*(?:وأن|وإن|and that|while)")
_ERASMUS = re.compile(r"\bErasmus\b")
_JOINT_UNIT = re.compile(r"(?i)(?:совместн|joint\b|shared\b)")


# The title of an event in quotes: "المنتدى الإماراتي الصيني «للتعليم العالي والابتكار»", "форум
# «Наука и инновации»", the "Forum on Innovation": its words name the event, not an area.
_EVENT_TITLE = rx(r"(?:المنتدی|الملتقی|المؤتمر|الندوة|مؤتمر|منتدی|ملتقی|همایش|کنفرانس|форум\w*|конференци\w*|"
                  r"симпозиум\w*|conference|forum|symposium)(?:\s+[^\s\"«“]+){0,3}\s*[\"«“]([^\"»”\n]{3,200})[\"»”]",
                  r"[\"«“]((?:المنتدی|الملتقی|المؤتمر|الندوة|همایش|کنفرانس)[^\"»”\n]{3,200})[\"»”]")


def _title_spans(doc: Document) -> list[tuple[int, int]]:
    return [(m.start(g), m.end(g)) for m in _EVENT_TITLE.finditer(doc.norm) for g in (1, 2) if m.group(g)]


def _name_spans(doc: Document) -> list[tuple[int, int]]:
    spans = _title_spans(doc)
    # a long lower-case "unit" is more likely a phrase taken for a name ("حوزه انرژی و اعطای
    # بورس") than a unit, and must not hide the topics it holds
    units = [u for u in doc.units if (len(u.name.split()) <= 4 or u.name[:1].isupper())
             and not _JOINT_UNIT.match(u.name)]   # "совместная лаборатория": run together, not one's unit
    for group in (doc.institutions, units, doc.posts):
        for item in group:
            for ev in item.evidence:
                spans.append(norm_span(doc, ev.start, ev.end))
    return spans


def _exchange_topics(text: str) -> list[tuple[str, int, int]]:
    """StudentExchange / StaffExchange from an exchange word and who is exchanged near it."""
    out = []
    for m in _EXCHANGE.finditer(text):
        a, b = max(0, m.start() - 50), min(len(text), m.end() + 70)
        window = text[a:b]
        after = text[m.end():m.end() + 25]
        # (people may follow in the same list: "exchange of experience and teaching staff")
        listed = text[m.end():m.end() + 45]
        if _NOT_PEOPLE.search(after) and not (_STUDENTS.search(listed) or _STAFF.search(listed)):
            continue  # exchange of views, of experience, of emblems
        # ("staff exchange and joint supervision of doctoral students": the students are supervised)
        students = next((x for x in _STUDENTS.finditer(window)
                         if not _SUPERVISED.search(window, max(0, x.start() - 30), x.start())), None)
        staff = _STAFF.search(window)
        if students:
            out.append(("StudentExchange", m.start(), m.end()))
        if staff:
            out.append(("StaffExchange", m.start(), m.end()))
        # "academic mobility", "exchange programme": students, unless staff are named
        if not students and not staff and _ACADEMIC_MOBILITY.search(text[max(0, m.start() - 20):m.end() + 15]):
            out.append(("StudentExchange", m.start(), m.end()))
    return out


def _student_stay(text: str, s: int, e: int) -> str | None:
    """StudentExchange (StaffExchange) for an internship or study stay of students (of
    teachers) at the partner, else None: a stay at the partner is mobility, not training."""
    if not _STUDENT_STAY.match(text, s):
        return None
    # who stays is first the word right after it: "стажировки преподавателей и обмен студентами"
    right = text[e:e + 30]
    near_learner, near_staff = _LEARNERS.match(right.lstrip(" ")), _STAFF.match(right.lstrip(" "))
    if near_staff and not near_learner:
        return "StaffExchange"
    # (up to the next clause: "студенты проходят стажировки в X, а преподаватели читают лекции")
    nxt = _NEXT_CLAUSE.search(text, e, e + 60)
    around = text[max(0, s - 60):nxt.start() if nxt else e + 60]
    learners, staff = bool(_LEARNERS.search(around)), bool(_STAFF.search(around))
    if learners == staff:
        # both or neither near: the one nearest the stay word stays, if a foreign group or the
        # people of a named university ("стажировку проходят пять вьетнамских студентов")
        return _nearest_visiting_group(text, s, e)
    # Persian: a study stay is one at another university by its nature
    if not (_AT_PARTNER.search(text[e:e + 80]) or _IN_CITY.match(text, e) or "فرصت" in text[s:e]):
        return _nearest_visiting_group(text, s, e)
    return "StudentExchange" if learners else "StaffExchange"


def _nearest_visiting_group(text: str, s: int, e: int) -> str | None:
    """StudentExchange / StaffExchange for the learners or staff nearest the stay word at
    text[s:e] (in its clause), when they come from elsewhere: students with a country's adjective
    ("чилийские аспиранты"), or the people of a named university ("преподаватели Университета X";
    "X foreign teachers did an internship here" is training)."""
    lo, hi = max(0, s - 60), min(len(text), e + 50)
    lo = max([lo] + [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, s)])
    cut = _CLAUSE_BREAK.search(text, e, hi)
    hi = cut.start() if cut else hi
    groups = [(min(abs(m.start() - e), abs(s - m.end())), code, m)
              for code, p in (("StudentExchange", _LEARNERS), ("StaffExchange", _STAFF)) for m in p.finditer(text, lo, hi)]
    if not groups:
        return None
    _, code, m = min(groups, key=lambda g: g[0])
    before = text[max(0, m.start() - 25):m.start()].split()
    after = text[m.end():m.end() + 25].split()
    lang = "ru" if re.match(r"[а-яё]", m.group(), re.I) else "en"
    foreign = code == "StudentExchange" and bool(before) and L.adjective_country(before[-1], lang) is not None
    of_named = bool(after) and after[0][:1].isupper() and lang == "ru"
    return code if foreign or of_named else None


def find_topics(doc: Document, resources=None) -> None:
    """Pipeline component: fill doc.topics; add each topic to the agreements and events
    whose paragraphs name it."""
    doc.topics = []
    if not doc.events and not doc.agreements:
        return  # no cooperation told, no areas of cooperation
    view = TextView(doc)
    names = _name_spans(doc)
    # the conference an article reports (its anchor word) is its event, not an area of cooperation
    told = [norm_span(doc, e.evidence[0].start, e.evidence[0].end) for e in doc.events if e.primary and e.evidence]
    found: dict[str, TopicMention] = {}
    paras: dict[str, set[int]] = {}
    for sent in view.story():
        hits = [(code, m.start(), m.end()) for code, p in TOPIC_PATTERNS.items() for m in p.finditer(sent.text)]
        hits += _exchange_topics(sent.text)
        named = [(code, m.start(), m.end()) for code, p in NAMED_TOPICS.items() for m in p.finditer(sent.text)]
        itself = SELF_DESCRIPTION.search(sent.text) if len(set(sent.actors())) <= 1 else None
        if itself:
            # a university describing itself names its fields, not cooperation areas (up to a
            # clause that turns to what it offers: "..., وأنها مستعدة لاستقبال طلبة في برامج صيفية")
            turn = next((m.end() for m in _CLAUSE_TURN.finditer(sent.text) if m.start() > itself.end()), None)
            hits = [h for h in hits if turn is not None and h[1] >= turn]
        for code, s, e in hits + named:
            a, b = sent.start + s, sent.start + e
            # (a summer school is a cooperation format even when taken for a unit name)
            if (code, s, e) not in named and code != "SummerSchool" and any(ns <= a and b <= ne for ns, ne in names):
                continue  # inside an institution, unit or post name
            if code == "AcademicEvents" and any(ts < b and a < te for ts, te in told):
                continue
            if code == "AcademicEvents" and _PLAN_OF.search(sent.text[max(0, s - 20):s]):
                continue  # "план совместных мероприятий": the name of a plan (an agreement), not events
            if code == "AcademicEvents" and BACKGROUND.search(sent.text):
                continue  # "as a reminder, in 2019 they held a joint forum": a past event, not an area
            if _POST_BEFORE.search(sent.text[max(0, s - 40):s]) and code in ("Culture", "Scholarship", "Innovation", "Training"):
                continue  # "director of cultural affairs", "head of scholarship students"
            # (a named fellowship is a scholarship all the same: "the Rector's Doctoral Fellowships")
            if _CAPITALISED.match(sent.text[s:e]) and s > 0 and code not in ("JointDegree", "SummerSchool") \
                    and not (code == "Scholarship" and _NAMED_GRANT.fullmatch(sent.text[s:e])) \
                    and not (code.endswith("Exchange") and _ERASMUS.search(sent.text[max(0, s - 40):s])):
                # ("Erasmus+ International Credit Mobility": the exchange programme, named)
                continue  # English title case: part of a name ("Research Centre and Innovation")
            if code in ("Healthcare", "Culture") and _DEGREE_FIELD_BEFORE.search(sent.text[max(0, s - 70):s]):
                continue  # "a Master's in public health", "... in teaching Russian": the subject of a degree
            if code == "Culture" and _SCHOOL_BEFORE.search(sent.text[max(0, s - 40):s]):
                continue  # "مدرسة صيفية سنوية لتعليم اللغة الروسية": what a summer school teaches
            code = _student_stay(sent.text, s, e) or code
            mention = found.setdefault(code, TopicMention(code))
            mention.evidence.append(doc.evidence(a, b))
            paras.setdefault(code, set()).add(sent.para)
    doc.topics = list(found.values())
    # the areas named in an agreement's or event's paragraphs are its topics
    for fact in [*doc.agreements, *doc.events]:
        fact_paras = {p for ev in fact.evidence for p in [_para_of(view, doc, ev.start)] if p is not None}
        fact.topics = [c for c in found if paras[c] & fact_paras]


def _para_of(view: TextView, doc: Document, original_start: int) -> int | None:
    s = view.sent_at(norm_span(doc, original_start, original_start)[0])
    return s.para if s else None
