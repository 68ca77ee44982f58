"""The institution gazetteer: ROR records plus curated rows, indexed for matching mentions.

Files in the reference directory (see graph_data/reference/README.md):

- `gazetteer.tsv.gz`  ROR records and their precomputed name keys, written by
  `unikg.reference.build`. Loading is a split of lines into a dict; records are parsed
  only when a match needs them, so the whole table loads in a fraction of a second.
- `curated.csv`       institutions ROR lacks (id `curated:<slug>`), keyed at load time.
- `aliases.csv`       extra names (Persian, Russian, Arabic...) for existing ROR records.
- `places.csv`        city and country names in several scripts, for city-qualified names.

Every name gets up to two keys (see `name_keys`), acronyms one:
  "~" bag of canonical tokens    fold(), then generic words (دانشگاه, университет, University...)
                                 turned into one English word, Russian case endings stripped,
                                 stopwords and initials dropped, sorted: word order and case forms
                                 meet. A query whose folded text equals a name's is "exact".
  "^" + script + generic words   transliteration: the generic words as above, then "_" and the
      + "_" + skeletons          other words reduced to consonant skeletons shared by Latin,
                                 Cyrillic and Persian/Arabic spellings ("Kharazmi", "Харазми",
                                 "خوارزمی" -> "hrzm"), run together. Only names in en/fa/ru/ar
                                 or without a language get one, and a query looks only at names
                                 in the other scripts.
  "A" fold(acronym)

Matching (`Gazetteer.match`) tries, in order: the bag key (exact or word order), a trailing
city/country that agrees with the record, the transliteration key, "ACRONYM University"
brand names, and a bare acronym that is unique among all records. Two records equally good
give None unless the country hint, the acronym or an exact spelling decides.
"""
from __future__ import annotations

import csv
import gzip
import re
from itertools import permutations
from dataclasses import dataclass, field
from pathlib import Path

from loaders.model import Link
from loaders.normalise import fold

ROR_PREFIX = "https://ror.org/"
CURATED_PREFIX = "curated:"
FORMAT = "unikg-gazetteer"
# Bump when the key functions below change: a file written by older code is then re-keyed at load.
KEY_VERSION = "13"
# fold() is not ours; its output on this probe is stored in the file so a change there is noticed.
FOLD_PROBE = "Ёлка ۀ ي ك أإآ ة Université d’Été – K.N. دانشگاه‌ها ٣"

GAZETTEER_FILE = "gazetteer.tsv.gz"
CURATED_FILE = "curated.csv"
ALIASES_FILE = "aliases.csv"
PLACES_FILE = "places.csv"

# Name types, also the preference order when two records share a key.
LABEL, ALIAS, ACRONYM = 0, 1, 2
TYPE_CODES = {"label": LABEL, "alias": ALIAS, "acronym": ACRONYM}
TYPE_LETTERS = "lac"

MIN_SCORE = 0.7          # below this a match is not returned
SCORES = {"exact": 1.0, "inflected": 0.95, "word-order": 0.9, "city-qualified": 0.85, "qualified": 0.8,
          "acronym": 0.8, "transliteration": 0.75}

# ---------------------------------------------------------------- keys

# Generic words of institution names in the four languages -> one English token, so that
# "دانشگاه صنعتی X", "X University of Technology" and "X технологический университет" meet.
# Keys are folded (Arabic ة→ه, ي→ی...), Russian ones stemmed (see `ru_stem`); "" drops the word.
_GENERIC_GROUPS = {
    "university": "university universities univ universitat universite universiteit universidad "
                  "universidade universita universiti universitas uniwersytet دانشگاه "
                  "دانشگاههای جامعه университет вуз",
    "technology": "technology technological technologies صنعتی صنعت فناوری تکنولوژی تکنولوجیا تقنیه "
                  "технологическ технолог",
    "technical": "technical technische فنی техническ",
    "state": "state دولتی حکومیه государственн",
    "medical": "medical medicine medicinal پزشکی طبیه طب медицинск",
    "science": "science sciences scientific علوم علم علمی научн наук",
    "institute": "institute institut instituto موسسه مؤسسه پژوهشگاه معهد институт",
    "college": "college کلیه колледж",
    "academy": "academy akademie academia آکادمی فرهنگستان اکادیمیه академ",
    "school": "school школ مدرسه",
    "higher": "higher высш عالی",
    "national": "national ملی وطنیه национальн",
    "federal": "federal федеральн فدرال فدرالی فیدرال فیدرالی فدرالیه فیدرالیه",
    "research": "research پژوهشی исследовательск",
    "polytechnic": "polytechnic polytechnical politecnico پلیتکنیک политехническ политех",
    "pedagogical": "pedagogical pedagogic педагогическ",
    "agricultural": "agricultural agriculture agrarian کشاورزی زراعیه сельскохозяйственн аграрн",
    "engineering": "engineering مهندسی هندسه инженерн",
    "international": "international المللی دولیه международн",
    "islamic": "islamic اسلامی اسلامیه исламск",
    "economics": "economics economic اقتصاد اقتصادی экономическ экономик",
    "ministry": "ministry وزارت وزاره министерств",
    "park": "park پارک парк",
    "natural": "natural طبیعی",
    "hospital": "hospital بیمارستان مستشفی больниц госпитал",
    "centre": "centre center مرکز центр",
    "foundation": "foundation بنیاد фонд",
    "association": "association انجمن جمعیه ассоциац",
    "council": "council شورا совет",
    "organization": "organization organisation سازمان منظمه организац",
    "agency": "agency آژانس وکاله агентств",
    "company": "company شرکت شرکه компан",
    "library": "library کتابخانه مکتبه библиотек",
    "museum": "museum موزه متحف муз",
    "embassy": "embassy سفارت سفاره посольств",
    "union": "union اتحادیه اتحاد نقابه союз",
    # Disciplines and fields that name many institutions ("... of Management", "управления").
    "management": "management مدیریت اداره управлен менеджмент",
    "law": "law laws حقوق قانون юридическ прав",
    "arts": "arts art هنر فنون искусств художеств",
    "humanities": "humanities انسانی гуманитарн",
    "education": "education educational آموزش تعلیم تربیه образован образовательн",
    "energy": "energy انرژی طاقه энергетическ",
    "petroleum": "petroleum oil نفت нефт нефтегазов",
    "information": "information اطلاعات معلومات информацион",
    "finance": "finance financial مالی مالیه финансов",
    "health": "health بهداشت صحه здравоохранен",
    "physics": "physics physical فیزیک فیزیا физик физическ",
    "chemistry": "chemistry chemical شیمی کیمیا хим химическ",
    "mathematics": "mathematics mathematical ریاضی ریاضیات математик математическ",
    "architecture": "architecture architectural معماری عماره архитектурн",
    "construction": "construction building ساختمان عمران строительн",
    "mining": "mining معدن تعدین горн",
    "transport": "transport transportation حمل نقل транспорт транспортн",
    "sport": "sport sports ورزش ریاضه спорт спортивн",
    "music": "music موسیقی музыкальн",
    "veterinary": "veterinary دامپزشکی بیطری ветеринарн",
    "pharmaceutical": "pharmaceutical pharmacy داروسازی صیدله фармацевтическ",
    "dental": "dental dentistry دندانپزشکی اسنان стоматологическ",
    "languages": "languages linguistic linguistics زبان زبانها لغات лингвистическ языков язык",
    "resources": "resources منابع",
    "": "of the and at in for de du des la le el del di da do und і و در при им имен имени "
        "بین ال "
        # "واحد X" / "X Branch" / "филиал": a branch is named with or without the word;
        # "خدمات بهداشتی درمانی" is the long official form of Iranian medical universities.
        "branch واحد филиал خدمات بهداشتی درمانی named after",
}
GENERIC = {fold(w): canon for canon, words in _GENERIC_GROUPS.items() for w in words.split()}
GENERIC_WORDS = frozenset(c for c in _GENERIC_GROUPS if c)   # the canonical English words
GENERIC.update({"госуниверситет": "state university", "госуниверситета": "state university"})
# Words that head an institution name; find_in_text only reports names that contain one.
HEAD_WORDS = frozenset({"university", "institute", "college", "academy", "school", "polytechnic",
                        "ministry", "park", "hospital", "centre", "conservatory", "laboratory",
                        "observatory", "museum", "library", "foundation", "association",
                        "council", "agency", "organization", "society", "corporation",
                        "company", "bank", "clinic", "embassy", "union"})

# Russian endings as fold() leaves them (й→и), longest first. -ов/-ев are left out on
# purpose: they end nominative surnames (Ломоносов), and stripping them would part
# "Ломоносов" from "Ломоносова".
_RU_ENDINGS = sorted(
    "иями ями ами иеи иях иям ием ого его ому ему ыми ими ым им ои еи ии ыи ая яя ое ее ые ие ых их "
    "ую юю ом ем ам ям ах ях ью ия ию а я о е ы и у ю ь".split(), key=len, reverse=True)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
# Names in other scripts (CJK, Thai, Greek...) cannot meet the four article languages.
_INDEXED_SCRIPT = re.compile(r"^[\sa-z0-9\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff]+$")


def ru_stem(token: str) -> str:
    """Strip one Russian case/adjective ending so oblique forms share the nominative's stem."""
    if len(token) < 4 or not _CYRILLIC.search(token):
        return token
    for end in _RU_ENDINGS:
        if token.endswith(end) and len(token) - len(end) >= 3:
            return token[: -len(end)]
    return token


def _ar_strip(token: str) -> str:
    """Drop the Arabic article (and a leading و "and") so الجامعة and جامعة meet."""
    if token.startswith("وال") and len(token) > 5:
        return token[3:]
    if token.startswith("ال") and len(token) > 4:
        return token[2:]
    return token


def canon_token(token: str) -> str:
    """A folded token as the bag keys see it: generic words in English, stems elsewhere.

    May be empty (stopwords, initials such as the "Н" of "Н. Э. Баумана") or two words.
    """
    if len(token) == 1 and token.isalpha():
        return ""
    if token in GENERIC:
        return GENERIC[token]
    if _CYRILLIC.search(token):
        token = ru_stem(token)
    elif _ARABIC.search(token):
        token = _ar_strip(token)
    return GENERIC.get(token, token)


# Consonant skeletons: one Latin letter per consonant sound, vowels and ambiguous letters
# (و/v/w, ی/y, ع, ь) dropped, so "Kharazmi", "Харазми" and "خوارزمی" all give "hrzm".
_SKEL_LATIN = [("sch", "S"), ("kh", "h"), ("sh", "S"), ("ch", "C"), ("zh", "Z"), ("gh", "q"),
               ("ph", "f"), ("th", "t"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("dj", "j"),
               ("x", "ks"), ("c", "k")]
_SKEL_CHARS = str.maketrans({
    **{c: "" for c in "aeiouyvw"},
    # Cyrillic
    **{c: "" for c in "аеёиоуыэюяйьъв"},
    "б": "b", "г": "g", "д": "d", "ж": "Z", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n",
    "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "h", "ц": "c", "ч": "C", "ш": "S",
    "щ": "S",
    # Persian / Arabic (already folded: ی ک ه)
    **{c: "" for c in "اآأإیيئعءؤوى"},
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "C",
    "ح": "h", "خ": "h", "ه": "h", "ة": "h", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z",
    "ر": "r", "ژ": "Z", "ش": "S", "غ": "q", "ق": "q", "ف": "f", "ک": "k", "ك": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n",
})


def skeleton(token: str) -> str:
    s = token
    if _LATIN.search(s):
        for a, b in _SKEL_LATIN:
            s = s.replace(a, b)
    s = s.replace("дж", "j").replace("тс", "c")   # Cyrillic spellings of j and ts
    s = s.translate(_SKEL_CHARS)
    out = []
    for ch in s:
        if ch.isalnum() and (not out or out[-1] != ch):   # digits stay: "№ 40"
            out.append(ch)
    # A final h is often only a vowel sign: ة/ه of "دراية" (Deraya), "Allameh" / "علامه".
    if len(out) > 2 and out[-1] == "h":
        out.pop()
    return "".join(out)


def canon_words(tokens: list[str]) -> list[str]:
    return [w for t in tokens for w in canon_token(t).split()]


def bag_key(tokens: list[str]) -> str:
    return " ".join(sorted(canon_words(tokens)))


def _cross_parts(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(sorted generic English words, skeletons of the other words in their order)."""
    generic, proper = [], []
    for c in canon_words(tokens):
        if c in GENERIC_WORDS:
            generic.append(c)
        else:
            sk = skeleton(c)
            if sk:
                proper.append(sk)
    return sorted(generic), proper


def _cross_join(generic: list[str], proper) -> str | None:
    joined = "".join(proper)
    return " ".join(generic + ["_" + joined]) if len(joined) >= 2 else None


def cross_key(tokens: list[str]) -> str | None:
    """Generic words in English (sorted) plus "_" and the skeletons of the other words run
    together in their order, so that word breaks do not matter ("بوعلی سینا" / "Bu-Ali Sina");
    None when fewer than two consonants are left."""
    return _cross_join(*_cross_parts(tokens))


# Names an article in Persian, Russian or Arabic transliterates: the English or undeclared
# (usually native/English) name and the four languages'. A Polish "Uniwersytet Wileński"
# is no source for "Ляонинский университет", so other languages get no transliteration key.
_CROSS_LANGS = frozenset({None, "", "en", "fa", "ru", "ar"})


def name_keys(name: str, kind: int, lang: str | None = None) -> list[str]:
    """Index keys of one name (see the module docstring)."""
    f = fold(name)
    if not f or not _INDEXED_SCRIPT.match(f):
        return []
    if kind == ACRONYM:
        return ["A" + f.replace(" ", "")]
    toks = f.split()
    bag = bag_key(toks)
    keys = ["~" + bag] if bag else []
    ck = cross_key(toks) if lang in _CROSS_LANGS else None
    if ck:
        keys.append("^" + script_of(f) + ck)
    return keys


def script_of(folded: str) -> str:
    """"c" Cyrillic, "a" Arabic script, "l" anything else (Latin)."""
    for ch in folded:
        if _CYRILLIC.match(ch):
            return "c"
        if _ARABIC.match(ch):
            return "a"
    return "l"


def cross_lookup_keys(tokens: list[str]) -> list[str]:
    """Transliteration keys of a query: only against names in *other* scripts, since two
    spellings in one script that differ are different names, not transliterations."""
    own = script_of(" ".join(tokens))
    keys = []
    for variant in _query_variants(tokens, own):
        generic, proper = _cross_parts(variant)
        # Languages order proper words differently ("Moscow ... named after Razumovsky" /
        # "Московский ... им. Разумовского"): the query tries every order of up to four.
        orders = permutations(proper) if len(proper) <= 4 else [proper]
        for order in orders:
            ck = _cross_join(generic, order)
            if ck:
                keys += ["^" + s + ck for s in "lca" if s != own]
    return list(dict.fromkeys(keys))


def _query_variants(tokens: list[str], script: str) -> list[list[str]]:
    """Readings of a query to transliterate, the one as written first (at most four):
    - Russian place adjectives: "Азербайджанский" is Azerbaijan + -ский, "Томский" is
      Tomsk + -ий, so a "-ск-" stem is tried with and without "ск";
    - the Arabic article: "الزهرا" is "Alzahra" and "النهرين" is "Nahrain", so it is tried
      kept (written "أل", which the article stripper leaves alone) and dropped;
    - the same in Latin: "Al-Nahrain" / "Alzahra" with and without "al".
    """
    out = [tokens]
    for i, t in enumerate(tokens):
        alt: list[str] | None = None
        if script == "c":
            stem = ru_stem(t)
            if stem != t and stem.endswith("ск") and len(stem) > 5 and t not in GENERIC:
                alt = [stem[:-2]]
        elif script == "a" and t.startswith("ال") and len(t) > 4 and canon_token(t) not in GENERIC_WORDS:
            alt = ["أ" + t[1:]]
        elif script == "l" and t in ("al", "el"):
            alt = []
        elif script == "l" and t[:2] in ("al", "el") and len(t) > 5 and t[2:] not in GENERIC:
            alt = [t[2:]]
        if alt is not None:
            more = [v[:i] + alt + v[i + 1:] for v in out if len(v) == len(tokens)]
            # An Arabic article is written, so the reading that keeps it comes first.
            out = more + out if script == "a" else out + more
        if len(out) >= 4:
            break
    if script == "a" and len(out) < 4 and any("ق" in t for t in tokens):
        # Arabic writes a foreign K with ق as often as with ك ("قازان" is Kazan): the k reading last
        out.append([t.replace("ق", "ک") if canon_token(t) not in GENERIC_WORDS else t for t in tokens])
    return out[:4]


def _country_word_keys(tokens: list[str]) -> list[str]:
    """Latin-script transliteration keys of a name whose one country word (a country written in
    Persian, Arabic or Russian) is put in English: the country's name, then its demonym."""
    from loaders import lexicon as L   # (here: the lexicon is not needed to build the index)
    if script_of(" ".join(tokens)) == "l":
        return []
    keys: list[str] = []
    for i, t in enumerate(tokens):
        iso = L.COUNTRY_NAMES.get(t) or L.COUNTRY_NAMES.get(L.normalised(t).casefold())
        if not iso:
            continue
        english = [n for n in L.COUNTRIES.get(iso, []) if re.fullmatch(r"[A-Za-z][A-Za-z ]+", n)][:1]
        english += [a for a in L.COUNTRY_ADJ.get("en", {}).get(iso, [])][:1]
        for word in english:
            variant = tokens[:i] + fold(word).split() + tokens[i + 1:]
            generic, proper = _cross_parts(variant)
            for order in (permutations(proper) if len(proper) <= 3 else [proper]):
                ck = _cross_join(generic, order)
                if ck and "^l" + ck not in keys:
                    keys.append("^l" + ck)
        break
    return keys


# ---------------------------------------------------------------- records

@dataclass
class Record:
    id: str                                   # full id: ROR IRI or curated:<slug>
    display: str
    country: str | None = None
    city: str | None = None
    lat: float | None = None
    lng: float | None = None
    wikidata: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    names: list[tuple[str, str | None, int]] = field(default_factory=list)  # (value, lang, type)
    source: str | None = None

    def acronyms(self) -> set[str]:
        return {fold(v).replace(" ", "") for v, _, t in self.names if t == ACRONYM}


def short_id(full: str) -> str:
    return full[len(ROR_PREFIX):] if full.startswith(ROR_PREFIX) else full


def full_id(short: str) -> str:
    return short if ":" in short else ROR_PREFIX + short


def _clean(s) -> str:
    return " ".join(str(s).split()) if s is not None else ""


def record_line(rec: Record) -> str:
    """One record as a tab-separated line (the inverse of `parse_record_line`)."""
    names = "\x1e".join(f"{_clean(v)}\x1f{lang or ''}\x1f{TYPE_LETTERS[t]}" for v, lang, t in rec.names)
    return "\t".join([
        short_id(rec.id), rec.country or "", _clean(rec.city),
        "" if rec.lat is None else f"{rec.lat:.5g}", "" if rec.lng is None else f"{rec.lng:.5g}",
        " ".join(rec.wikidata), " ".join(rec.types),
        " ".join(map(short_id, rec.parents)), " ".join(map(short_id, rec.children)),
        _clean(rec.display), names,
    ])


def parse_record_line(line: str) -> Record:
    f = line.split("\t")
    names = []
    for item in f[10].split("\x1e") if f[10] else []:
        v, lang, t = item.split("\x1f")
        names.append((v, lang or None, TYPE_LETTERS.index(t)))
    return Record(
        id=full_id(f[0]), display=f[9], country=f[1] or None, city=f[2] or None,
        lat=float(f[3]) if f[3] else None, lng=float(f[4]) if f[4] else None,
        wikidata=f[5].split(), types=f[6].split(),
        parents=[full_id(x) for x in f[7].split()], children=[full_id(x) for x in f[8].split()],
        names=names, source="ror")


def index_entries(records: list[Record], start: int = 0) -> dict[str, dict[int, int]]:
    """key -> {record number: best name type} for the given records."""
    index: dict[str, dict[int, int]] = {}
    for n, rec in enumerate(records, start):
        for value, lang, kind in rec.names:
            for key in name_keys(value, kind, lang):
                slot = index.setdefault(key, {})
                if slot.get(n, 9) > kind:
                    slot[n] = kind
    return index


def encode_entries(slot: dict[int, int]) -> str:
    return ",".join(str(n * 4 + t) for n, t in sorted(slot.items()))


def header_line(n_records: int, n_keys: int, n_places: int, source: str) -> str:
    return "\t".join([FORMAT, KEY_VERSION, fold(FOLD_PROBE), str(n_records), str(n_keys),
                      str(n_places), _clean(source)])


# ---------------------------------------------------------------- curated tables

def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def read_curated(path: Path) -> list[Record]:
    """Rows of curated.csv as records (see graph_data/reference/README.md for the columns)."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not (row.get("id") or "").strip():
                continue
            names: list[tuple[str, str | None, int]] = []
            for lang in ("en", "fa", "ru", "ar"):
                for v in _split(row.get(f"name_{lang}")):
                    names.append((v, lang, LABEL))
            for item in _split(row.get("other_names")):
                lang, _, v = item.partition(":") if ":" in item[:4] else ("", "", item)
                names.append((v, lang or None, ALIAS))
            for v in _split(row.get("acronyms")):
                names.append((v, None, ACRONYM))
            display = (_split(row.get("name_en")) or [names[0][0] if names else row["id"]])[0]
            out.append(Record(
                id=CURATED_PREFIX + row["id"].strip(), display=display,
                country=(row.get("country") or "").strip().upper() or None,
                city=(row.get("city") or "").strip() or None,
                lat=float(row["lat"]) if (row.get("lat") or "").strip() else None,
                lng=float(row["lng"]) if (row.get("lng") or "").strip() else None,
                wikidata=_split(row.get("wikidata")), types=_split(row.get("types")),
                parents=_split(row.get("parent")), names=names,
                source=(row.get("source") or "").strip() or None))
    return out


def read_aliases(path: Path) -> list[tuple[str, str, str | None, int, str]]:
    """(record id, name, lang, type, source) rows of aliases.csv."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rid, name = (row.get("id") or "").strip(), (row.get("name") or "").strip()
            if rid and name:
                out.append((rid, name, (row.get("lang") or "").strip() or None,
                            TYPE_CODES.get((row.get("type") or "alias").strip(), ALIAS),
                            (row.get("source") or "").strip()))
    return out


def read_places(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """folded place name -> [(kind, country, folded English name)] from places.csv."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            en = (row.get("name_en") or "").strip()
            if not en:
                continue
            value = ((row.get("kind") or "city").strip(), (row.get("country") or "").strip().upper(), fold(en))
            for col in ("name_en", "name_fa", "name_ru", "name_ar", "other_names"):
                for v in _split(row.get(col)):
                    out.setdefault(fold(v), []).append(value)
    return out


# ---------------------------------------------------------------- the gazetteer

_AMBIGUOUS = object()
_TOKEN = re.compile(r"[^\W_]+")
# Capitalised words that look like acronyms but name no institution in a press text.
_NOT_ACRONYMS = frozenset("""mou moa usa uae ussr ceo cfo cto phd msc bsc mba covid sars ngo news
pdf ict gdp sdg sdgs stem faq url www html api cv bbc cnn tv irna isna rss eu un ai it vr ar iso
""".split())
MAX_NAME_TOKENS = 14


# Without a country to agree with, a transliteration match needs this many skeleton
# consonants in its proper words (measured: 98% precision at 4 over ROR's fa/ru/ar labels).
TRANSLIT_MIN_SKELETON = 4


def _proper_length(cross: str) -> int:
    """Consonants in the proper (non-generic) words of a transliteration key."""
    return len(cross.rsplit("_", 1)[-1])


def _nospace(folded: str) -> str:
    return folded.replace(" ", "")


def _looks_like_acronym(name: str) -> bool:
    s = name.replace(".", "").replace(" ", "")
    return 2 <= len(s) <= 10 and s.isalpha() and sum(ch.isupper() for ch in s) >= len(s) - 1


class Gazetteer:
    """ROR + curated institutions, indexed by bag, transliteration and acronym keys."""

    def __init__(self, records: list, index: dict[str, str], places: dict | None = None):
        self._records = records               # raw lines, parsed into Record on first use
        self._index = index                   # key -> "n*4+type,..."
        self._places = places or {}           # folded place -> [(kind, country, folded English)]
        self._ids: dict[str, int] | None = None
        self._redirect: dict[str, str] = {}   # superseded curated id -> ROR id
        self._common: set[str] = set()        # proper words in the names of many records
        self._ror_cities: dict[str, str] = {}  # folded ROR city name -> "CC CC" country codes

    # ---- loading
    @classmethod
    def load(cls, ref_dir: Path) -> "Gazetteer":
        """Read gazetteer.tsv.gz, places.csv, curated.csv and aliases.csv from `ref_dir`."""
        ref_dir = Path(ref_dir)
        records: list = []
        index: dict[str, str] = {}
        common: set[str] = set()
        ror_cities: dict[str, str] = {}
        path = ref_dir / GAZETTEER_FILE
        if path.exists():
            lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
            head = lines[0].split("\t")
            if head[0] != FORMAT:
                raise ValueError(f"{path}: not a unikg gazetteer file; rebuild it with `unikg reference build`")
            n, k, p = int(head[3]), int(head[4]), int(head[5])
            records = lines[1: n + 1]
            at = n + 1
            if head[1] == KEY_VERSION and head[2] == fold(FOLD_PROBE):
                index = dict(zip(lines[at: at + k], lines[at + k: at + 2 * k]))
            else:
                # Keys written by other code: recompute them (slow, but right) rather than miss.
                records = [parse_record_line(r) for r in records]
                index = {key: encode_entries(v) for key, v in index_entries(records).items()}
            at += 2 * k
            ror_cities = dict(zip(lines[at: at + p], lines[at + p: at + 2 * p]))
            common = set(lines[at + 2 * p].split()) if len(lines) > at + 2 * p else set()
        gaz = cls(records, index)
        gaz._common = common
        gaz._ror_cities = ror_cities
        if (ref_dir / PLACES_FILE).exists():
            for key, vals in read_places(ref_dir / PLACES_FILE).items():
                gaz._places.setdefault(key, []).extend(vals)
        if (ref_dir / CURATED_FILE).exists():
            gaz.add_records(read_curated(ref_dir / CURATED_FILE))
        if (ref_dir / ALIASES_FILE).exists():
            for rid, name, lang, kind, _source in read_aliases(ref_dir / ALIASES_FILE):
                n = gaz._number(rid)
                if n is not None:
                    gaz._add_names(n, [(name, lang, kind)])
        return gaz

    def add_records(self, rows: list[Record]) -> None:
        """Add curated records; one whose English name a ROR record of its country now
        carries (after importing a newer ROR dump) only adds its names to that record."""
        for rec in rows:
            ror = self._superseding(rec)
            if ror is not None:
                self._redirect[rec.id] = self.record(ror).id
                self._add_names(ror, [(v, l, ALIAS if t == LABEL else t) for v, l, t in rec.names])
                continue
            self._records.append(rec)
            n = len(self._records) - 1
            if self._ids is not None:
                self._ids[rec.id] = n
            self._add_keys(n, rec.names)

    def _superseding(self, rec: Record) -> int | None:
        for value, lang, kind in rec.names:
            if kind != LABEL or lang != "en":
                continue
            target = _nospace(fold(value))
            for n, _ in self._entries("~" + bag_key(fold(value).split())):
                other = self.record(n)
                if (other.id.startswith(ROR_PREFIX) and other.country == rec.country
                        and any(_nospace(fold(v)) == target for v, _, t in other.names if t != ACRONYM)):
                    return n
        return None

    def _add_keys(self, n: int, names) -> None:
        for value, lang, kind in names:
            for key in name_keys(value, kind, lang):
                code = str(n * 4 + kind)
                old = self._index.get(key)
                self._index[key] = code if not old else old + "," + code

    def _add_names(self, n: int, names) -> None:
        self.record(n).names.extend(names)
        self._add_keys(n, names)

    # ---- records
    def __len__(self) -> int:
        return len(self._records)

    def record(self, n: int) -> Record:
        rec = self._records[n]
        if isinstance(rec, str):
            rec = self._records[n] = parse_record_line(rec)
        return rec

    def _number(self, rid: str) -> int | None:
        if self._ids is None:
            self._ids = {}
            for n, rec in enumerate(self._records):
                key = full_id(rec.split("\t", 1)[0]) if isinstance(rec, str) else rec.id
                self._ids[key] = n
        rid = self._redirect.get(rid, rid)
        return self._ids.get(full_id(rid) if ":" not in rid else rid)

    def link(self, n: int, score: float = 1.0, method: str = "") -> Link:
        rec = self.record(n)
        return Link(
            id=rec.id, ror=rec.id if rec.id.startswith(ROR_PREFIX) else None,
            wikidata=rec.wikidata[0] if rec.wikidata else None, name=rec.display,
            labels=[(v, lang) for v, lang, _ in rec.names], country=rec.country, city=rec.city,
            lat=rec.lat, lng=rec.lng, parent=rec.parents[0] if rec.parents else None,
            score=score, method=method)

    def get(self, id: str) -> Link | None:
        """The record with this id (ROR IRI, bare ROR id or curated:<slug>), or None."""
        n = self._number(id)
        return None if n is None else self.link(n, 1.0, "id")

    def parent_of(self, id: str) -> Link | None:
        n = self._number(id)
        if n is None or not self.record(n).parents:
            return None
        return self.get(self.record(n).parents[0])

    # ---- lookups
    def _entries(self, key: str) -> list[tuple[int, int]]:
        """(record number, best name type) pairs under `key`."""
        raw = self._index.get(key)
        if not raw:
            return []
        best: dict[int, int] = {}
        for code in raw.split(","):
            n, t = divmod(int(code), 4)
            if best.get(n, 9) > t:
                best[n] = t
        return list(best.items())

    def _drop_generic_aliases(self, entries, words: list[str]):
        """An alias whose only proper word is common in ROR names ("Center of Excellence",
        an alias of a cancer centre) names nothing in particular: only labels count then."""
        proper = [w for w in words if w not in GENERIC_WORDS]
        if len(proper) == 1 and proper[0] in self._common:
            return [e for e in entries if e[1] == LABEL]
        return entries

    def _in_order(self, n: int, words: list[str]) -> bool:
        """Has record n a name with these canonical words in this order?"""
        return any(canon_words(fold(v).split()) == words for v, _, t in self.record(n).names if t != ACRONYM)

    def _exact(self, n: int, folded: str) -> bool:
        """Does record n carry a name equal to the folded query (spaces aside)?"""
        target = _nospace(folded)
        return any(_nospace(fold(v)) == target for v, _, t in self.record(n).names if t != ACRONYM)

    def _decide(self, entries, country: str | None = None, acronym: str | None = None,
                strict: bool = False, prefer: set[int] | None = None):
        """One record number, None (nothing) or _AMBIGUOUS among (number, type) entries.

        Ties are broken, in order, by the country hint, the acronym, `prefer` (records
        named exactly as the query) and label over alias. `strict`: the country hint must
        agree (weak methods); otherwise it only narrows.
        """
        if not entries:
            return None
        best: dict[int, int] = {}
        for n, t in entries:
            best[n] = min(t, best.get(n, 9))
        entries = list(best.items())
        if country:
            same = [e for e in entries if self.record(e[0]).country == country]
            if same or strict:
                entries = same
            if not entries:
                return None
        if len(entries) > 1 and acronym:
            acr = _nospace(fold(acronym))
            with_acr = [e for e in entries if acr in self.record(e[0]).acronyms()]
            entries = with_acr or entries
        if len(entries) > 1 and prefer:
            entries = [e for e in entries if e[0] in prefer] or entries
        if len(entries) > 1:
            top = min(t for _, t in entries)
            entries = [e for e in entries if e[1] == top]
        if len(entries) > 1:
            return _AMBIGUOUS
        return entries[0][0]

    def _place(self, folded: str) -> list[tuple[str, str, str]]:
        """(kind, country, folded English name) of the places called `folded`."""
        out = list(self._places.get(folded, ()))
        if folded in self._ror_cities:
            out += [("city", c, folded) for c in self._ror_cities[folded].split()]
        return out

    def _place_agrees(self, n: int, places) -> bool:
        rec = self.record(n)
        city = fold(rec.city or "")
        for kind, country, en in places:
            if kind == "country" and country == rec.country:
                return True
            if kind != "country" and en == city and (not country or country == rec.country):
                return True
        return False

    # ---- matching
    def match(self, name: str, lang: str | None = None, country: str | None = None,
              acronym: str | None = None) -> Link | None:
        """The record `name` stands for, or None when nothing is good enough or two are.

        `country` (ISO alpha-2) narrows ties and must agree for the weak methods;
        `acronym` (defined in the same text) breaks ties and is tried when the name fails.
        `lang` is accepted for symmetry with the extractor; scripts are detected per name.
        """
        return self.match_status(name, lang, country, acronym)[0]

    def match_status(self, name: str, lang: str | None = None, country: str | None = None,
                     acronym: str | None = None) -> tuple[Link | None, str]:
        """`match` plus why: ("linked" | "ambiguous" | "unknown"), for linking statistics."""
        link, ambiguous = self._match(name, country, acronym)
        return link, "linked" if link else "ambiguous" if ambiguous else "unknown"

    def _match(self, name: str, country: str | None, acronym: str | None) -> tuple[Link | None, bool]:
        country = country.upper() if country else None
        folded = fold(name)
        toks = folded.split()
        if not toks:
            return None, False
        found = self._match_tokens(toks, country, acronym)
        if found is None and "," in name:
            found = self._match_qualified(name, country, acronym)
        if found is None:
            found = self._match_brand(name, country)
        # The name itself when it looks like one, else the acronym the text defined for it.
        for acr in ([name] if _looks_like_acronym(name) else []) + ([acronym] if acronym else []):
            if found is not None:
                break
            # A bare acronym must be unique among all records: "IAU" in a French context is
            # not safely the one French record with that acronym. The country only vetoes.
            n = self._decide(self._entries("A" + _nospace(fold(acr))))
            if isinstance(n, int) and (not country or self.record(n).country in (None, country)):
                found = (n, "acronym")
        if found is None or found is _AMBIGUOUS:
            return None, found is _AMBIGUOUS
        n, method = found
        score = SCORES[method]
        rec = self.record(n)
        if country and rec.country and rec.country != country:
            score -= 0.1   # the text says another country: keep a strong match, drop a weak one
        if acronym and method != "acronym" and _nospace(fold(acronym)) in rec.acronyms():
            score = min(1.0, score + 0.05)
        if score < MIN_SCORE:
            return None, False
        return self.link(n, round(score, 3), method), False

    def _name_entries(self, toks: list[str]) -> list[tuple[int, int]]:
        entries = self._drop_generic_aliases(self._entries("~" + bag_key(toks)), canon_words(toks))
        if not entries and len(toks) > 1:
            # Spacing variants: "شیا من" / "شیامن", "North-Eastern" / "Northeastern".
            for i in range(len(toks) - 1):
                joined = toks[:i] + [toks[i] + toks[i + 1]] + toks[i + 2:]
                entries += self._drop_generic_aliases(self._entries("~" + bag_key(joined)),
                                                      canon_words(joined))
        return entries

    def _match_tokens(self, toks: list[str], country, acronym):
        """(record number, method), _AMBIGUOUS or None for a folded, tokenised name."""
        folded = " ".join(toks)
        entries = self._name_entries(toks)
        if entries:
            exact = {n for n, _ in entries if self._exact(n, folded)}
            if all(w in GENERIC_WORDS for w in canon_words(toks)):
                # Generic words only ("University of Technology"): the exact name or nothing.
                entries = [e for e in entries if e[0] in exact]
            n = self._decide(entries, country, acronym, prefer=exact)
            if n is _AMBIGUOUS:
                return _AMBIGUOUS
            if n is not None:
                method = ("exact" if n in exact else
                          "inflected" if self._in_order(n, canon_words(toks)) else "word-order")
                return n, method
        # "دانشگاه خوارزمی تهران", "Xiamen University China": a trailing place that agrees.
        for k in (1, 2):
            if len(toks) <= k + 1:
                break
            places = self._place(" ".join(toks[-k:]))
            if not places:
                continue
            head = toks[:-k]
            for key_entries in (self._name_entries(head),
                                [e for key in cross_lookup_keys(head) for e in self._entries(key)]):
                entries = [e for e in key_entries if self._place_agrees(e[0], places)]
                if entries:
                    n = self._decide(entries, country, acronym)
                    if isinstance(n, int):
                        return n, "city-qualified"
                    break
        keys = cross_lookup_keys(toks)
        # "دانشگاه فناوری مالزی" / "University of Technology Malaysia", "دانشگاه فنی تاجیکستان" /
        # "Tajik Technical University": a country inside a name is no transliteration; its
        # English name or demonym is the reading the registry holds
        keys += [k for k in _country_word_keys(toks) if k not in keys]
        entries = []
        if country:
            entries = [e for key in keys for e in self._entries(key)]
        elif keys and script_of(folded) == "a":
            # Readings with and without the Arabic article: a short one ("موصل" = "msl")
            # is no evidence alone, but still makes a tie with a long one ("lmsl", Limassol).
            long = [e for k in keys if _proper_length(k) >= TRANSLIT_MIN_SKELETON for e in self._entries(k)]
            if long:
                entries = long + [e for k in keys if _proper_length(k) < TRANSLIT_MIN_SKELETON
                                  for e in self._entries(k)]
        elif keys and _proper_length(keys[0]) >= TRANSLIT_MIN_SKELETON:
            # The first key reads the name as written; its length is the evidence on offer.
            entries = [e for key in keys for e in self._entries(key)]
        if entries:
            entries = self._drop_generic_aliases(entries, canon_words(toks))
            n = self._decide(entries, country, acronym, strict=True)
            if isinstance(n, int):
                return n, "transliteration"
        return None

    def _match_qualified(self, name: str, country, acronym):
        """"Western University, Ontario": the part before the comma, checked against the rest."""
        head, tail = name.split(",", 1)
        htoks = fold(head).split()
        if len(htoks) < 2:
            return None
        hit = self._match_tokens(htoks, country, acronym)
        if hit is None or hit is _AMBIGUOUS:
            return None
        n = hit[0]
        places = self._place(fold(tail))
        if places:
            return (n, "city-qualified") if self._place_agrees(n, places) else None
        return n, "qualified"

    def _match_brand(self, name: str, country):
        """"HSE University", "ITMO University": a record's acronym plus generic words its
        names contain, the way universities brand themselves in English."""
        words = name.replace("«", " ").replace("»", " ").split()
        caps = [w for w in words if len(w) >= 2 and _looks_like_acronym(w) and w.upper() == w]
        if len(caps) != 1 or len(words) < 2:
            return None
        rest = {w for t in fold(" ".join(w for w in words if w != caps[0])).split()
                for w in canon_token(t).split()}
        if not rest or not rest <= HEAD_WORDS | GENERIC_WORDS:
            return None
        entries = [e for e in self._entries("A" + _nospace(fold(caps[0])))
                   if any(rest <= set(canon_words(fold(v).split()))
                          for v, _, k in self.record(e[0]).names if k != ACRONYM)]
        n = self._decide(entries, country, strict=True)
        return (n, "acronym") if isinstance(n, int) else None

    # ---- running text
    def find_in_text(self, text: str, lang: str | None = None) -> list[tuple[int, int, Link]]:
        """Spans (start, end, link) of known institution names and safe acronyms in `text`.

        Longest first, non-overlapping, in text order. A name must hold a head word
        (university, institute, ministry...) and a proper word, and must not cross a
        sentence break; an acronym must be 3+ capitals and name one record only.
        Oblique Russian forms are found through the stemmed bag keys.
        """
        spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        folded = [fold(t) for _, _, t in spans]
        canon = [canon_token(f) if f else "" for f in folded]
        # A window needs a head word; most tokens start none within reach, and skipping
        # them spares the window loop (a third of extraction time before).
        heads = [i for i, c in enumerate(canon) if c and not HEAD_WORDS.isdisjoint(c.split())]
        found: list[tuple[int, int, int, int, str]] = []   # (size, i, j, record, method)
        next_head = 0   # index into heads of the first head word at or after token i
        for i in range(len(spans)):
            while next_head < len(heads) and heads[next_head] < i:
                next_head += 1
            if canon[i] and next_head < len(heads) and heads[next_head] - i < MAX_NAME_TOKENS:
                self._windows_at(text, spans, folded, canon, i, heads[next_head], found)
            word = spans[i][2]
            if len(word) >= 3 and word.isupper() and word.isalpha() and folded[i] not in _NOT_ACRONYMS:
                n = self._decide(self._entries("A" + folded[i]))
                if isinstance(n, int):
                    found.append((1, i, i + 1, n, "acronym"))
        found.sort(key=lambda f: (-f[0], f[1]))
        taken = [False] * len(spans)
        out = []
        for _size, i, j, n, method in found:
            if any(taken[i:j]):
                continue
            for k in range(i, j):
                taken[k] = True
            out.append((spans[i][0], spans[j - 1][1], self.link(n, SCORES[method], method)))
        out.sort(key=lambda s: s[0])
        return out

    def _windows_at(self, text: str, spans, folded, canon, i: int, head: int, found: list) -> None:
        """The longest name starting at token i (whose first head word is token `head`), if any."""
        stop = i + 1
        while stop < len(spans) and stop - i < MAX_NAME_TOKENS and self._joinable(text, spans, stop):
            stop += 1
        if head >= stop:
            return   # the head word lies beyond a break
        for j in range(stop, max(i + 1, head), -1):
            if not canon[j - 1]:
                continue   # a name neither starts nor ends with "of", "и", "و"...
            words = [w for c in canon[i:j] for w in c.split()]
            if all(w in GENERIC_WORDS for w in words):
                continue   # (every window here holds the head word at `head`)
            entries = self._drop_generic_aliases(self._entries("~" + " ".join(sorted(words))), words)
            # In running text the words must come in a name's order (case endings aside):
            # "تهران و دانشگاه" or "Hyderabad universities" hold a name's words, not a name.
            entries = [e for e in entries if self._in_order(e[0], words)]
            if not entries:
                continue
            window = " ".join(folded[i:j])
            exact = {n for n, _ in entries if self._exact(n, window)}
            n = self._decide(entries, prefer=exact)
            if isinstance(n, int):
                found.append((j - i, i, j, n, "exact" if n in exact else "inflected"))
            break   # the longest window with entries decides, matched or ambiguous

    @staticmethod
    def _joinable(text: str, spans, k: int) -> bool:
        """May token k continue a name that ends with token k-1? Not across sentence breaks."""
        gap = text[spans[k - 1][1]: spans[k][0]]
        if "\n" in gap:
            return False
        if "." in gap:
            return len(spans[k - 1][2]) <= 2 and gap.count(".") == 1   # initials: "М.В. Ломоносова"
        return all(ch in " -–'’\"«»“”" for ch in gap)
