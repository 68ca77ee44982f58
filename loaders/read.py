"""Finding input files and turning one into a `Document` with clean text.

Press pages arrive as copy-pasted text, Markdown or saved HTML, in whatever encoding the
site or editor used. `read_document` decodes them (BOMs, UTF-8, UTF-16, the Windows code
pages of Persian/Arabic and Russian), strips markup and page furniture, and fills
`Document.text`, which every later offset refers to. Unreadable input raises
`DocumentError` with a message that names the file and says what to do.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from loaders.model import Document, DocumentError

SUFFIXES = (".txt", ".md", ".html", ".htm")
# A folder of articles may carry its own notes; read them only when named explicitly.
_PROJECT_FILE = re.compile(r"(?i)(?:readme|license|licence|changelog|contributing)(?:\.[a-z]+)?$")
_HTML_SUFFIXES = (".html", ".htm")


# ---------------------------------------------------------------- finding files

def find_documents(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Expand files and folders (recursively) into a sorted list of document files.

    In folders, hidden entries and README/LICENSE/CHANGELOG files are passed over.
    Returns (files, errors): one error message per path that does not exist or is not a
    supported document; the other paths are still expanded.
    """
    found: dict[Path, Path] = {}   # resolved path -> path as given, so a file is read once
    errors: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            base = path.resolve()   # once per folder: resolving each of 10,000 files took seconds
            for folder, dirs, files in os.walk(path):
                # hidden folders (.git, .ipynb_checkpoints) hold no articles
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                rel = Path(folder).relative_to(path)
                for name in files:
                    if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES or _PROJECT_FILE.match(name):
                        continue
                    found.setdefault(base / rel / name, Path(folder) / name)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                found.setdefault(path.resolve(), path)
            else:
                errors.append(f"{path}: not a supported document type "
                              f"(use {', '.join(SUFFIXES)})")
        else:
            errors.append(f"{path}: no such file or directory")
    return sorted(found.values()), errors


# ---------------------------------------------------------------- ids

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def document_id(file_name: str) -> str:
    """Stable ASCII slug of a file name without its extension, safe inside an IRI.

    A name that is not plain ASCII gets a short hash of the full name appended, so two
    Persian names that transliterate to the same (or an empty) slug stay distinct.
    """
    stem = unicodedata.normalize("NFC", Path(file_name).stem)
    out = []
    for ch in stem.lower():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        else:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode())
    slug = re.sub(r"[^a-z0-9]+", "-", "".join(out)).strip("-")[:80].strip("-")
    if stem.isascii() and slug:
        return slug
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else f"doc-{digest}"


# ---------------------------------------------------------------- decoding

# Formats that are not text; naming them tells the user what to convert.
_MAGIC = (
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP/Office file"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\xd0\xcf\x11\xe0", "an old Office file"),
    (b"{\\rtf", "an RTF file"), (b"\x1f\x8b", "a gzip archive"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
# Single-byte code pages tried when the bytes are not UTF-8, with a prior that favours the
# code pages the sources actually use (KOI8-R is rare today; short texts are ambiguous).
_CODEPAGES = {"cp1256": 0.3, "cp1251": 0.3, "cp1252": 0.15, "koi8_r": 0.0}
_ALLOWED_CONTROLS = set("\t\n\r\f\v\x1b")


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    return bad / max(1, len(text))


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM: NUL bytes sit (almost) only on one parity."""
    if len(raw) % 2:
        return None
    even = raw[0::2].count(0)
    odd = raw[1::2].count(0)
    if even + odd == 0:
        return None
    for codec, hits, misses in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if hits >= 0.9 * (hits + misses):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if _control_share(text) < 0.01:
                return text
    return None


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x0400 <= o <= 0x04FF:
        return "cyrl"
    if 0x0600 <= o <= 0x06FF or 0x200C <= o <= 0x200D:
        return "arab"
    if ch.isalpha() and (ch.isascii() or 0x00C0 <= o <= 0x024F):
        return "latn"
    return None


_WORD = re.compile(r"[^\W\d_]+")


def _plausibility(text: str) -> float:
    """Share of non-ASCII words that look like real words of one script.

    A wrong code page yields words that mix scripts (Arabic letters with é and à when
    Russian is read as Windows-1256), mix case inside a word (Persian read as
    Windows-1251 alternates upper- and lower-case Cyrillic) or are made of accented
    Latin letters only (Cyrillic read as Windows-1252).
    """
    good = total = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        total += 1
        scripts = {_script(ch) for ch in word}
        if len(scripts) != 1 or None in scripts:
            continue
        script = scripts.pop()
        if script == "cyrl" and any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
            continue
        if script == "latn" and sum(not ch.isascii() for ch in word) * 2 > len(word):
            continue
        good += 1
    return good / total if total else 1.0  # only punctuation is non-ASCII: nothing wrong


# The ten most frequent letters of each script's languages make up most of real text;
# a wrong code page scatters letters over rare ones (KOI8-R read as Windows-1256).
_COMMON = {"cyrl": set("оеаинтсрвлОЕАИНТСРВЛ"), "arab": set("الیيومنرهدبتک"),
           "latn": set("etaoinshrdlETAOINSHRDL")}


def _common_share(text: str) -> float:
    counts: dict[str, int] = {}
    common = 0
    for ch in text:
        script = _script(ch) if not ch.isascii() or ch.isalpha() else None
        if script:
            counts[script] = counts.get(script, 0) + 1
            common += ch in _COMMON[script]
    total = sum(counts.values())
    return common / total if total else 0.0


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
# Share of bytes that may be broken in an otherwise UTF-8 file (a cut multi-byte letter at
# the end of a scrape, one pasted Windows quote) before we stop calling it UTF-8.
_UTF8_DAMAGE = 0.002


def decode_bytes(raw: bytes, name: str = "document") -> str:
    """Decode raw bytes to text, or raise DocumentError naming `name`."""
    return _decode(raw, name)[0]


def _decode(raw: bytes, name: str) -> tuple[str, str | None]:
    """(text, warning or None)."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise DocumentError(f"{name}: this is {what}, not text; convert it to .txt, .md or .html first")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec), None
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{name}: starts with a {codec} byte-order mark but is not valid "
                                    f"{codec} ({exc.reason} at byte {exc.start}); re-save it as UTF-8") from None
    if b"\x00" in raw:
        text = _utf16_without_bom(raw)
        if text is not None:
            return text, None
        raise DocumentError(f"{name}: looks like a binary file (NUL bytes that are not UTF-16 text); "
                            f"give a text, Markdown or HTML file")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    repaired = raw.decode("utf-8", errors="replace")
    damaged = repaired.count("\ufffd")
    letters = sum(ord(ch) > 0x7F for ch in repaired) - damaged
    # real UTF-8 letters around a few broken bytes; a code-page file has none
    if letters >= 10 * damaged and damaged <= max(1, _UTF8_DAMAGE * len(raw)):
        return repaired, f"{name}: {damaged} invalid UTF-8 byte sequence(s) replaced by U+FFFD"
    candidates = dict(_CODEPAGES)
    # a saved web page names its encoding: a strong hint, still checked like the others
    declared = _META_CHARSET.search(raw[:4096])
    if declared:
        codec = declared.group(1).decode("ascii", "ignore").lower()
        if codec.replace("-", "").replace("_", "") not in ("utf8", "utf16"):
            candidates = {codec: 0.6} | candidates
    best, best_score = None, 0.0
    for codec, prior in candidates.items():
        try:
            text = raw.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
        score = _plausibility(text) + _common_share(text) + prior
        if score > best_score + 0.05:  # earlier code pages win near-ties
            best, best_score = text, score
    if best is None or best_score < 1.2:
        raise DocumentError(f"{name}: cannot decode the text (not UTF-8, UTF-16, Windows-1256, "
                            f"Windows-1251 or Windows-1252); re-save it as UTF-8")
    return best, None


# ---------------------------------------------------------------- HTML

_CODE = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"}
# Page furniture around the article.
_FURNITURE = {"nav", "header", "footer", "aside", "menu", "form", "button", "select", "textarea",
              "label", "dialog"}
# Inside <article>/<main> a header or footer is the article's own (title, date, byline).
_OWN_IN_ARTICLE = {"header", "footer"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
          "tr", "table", "thead", "tbody", "tfoot", "section", "article", "main", "blockquote", "pre",
          "figure", "figcaption", "hr", "address", "caption", "details", "summary", "center",
          "header", "footer", "title", "time", "form", "fieldset", "legend"}
_CELL = {"td", "th"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param",
         "source", "track", "wbr"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Marks around link text while parsing, to find lines that are only links (menus).
_A_OPEN, _A_CLOSE = "\x01", "\x02"


class _TextExtractor(HTMLParser):
    def __init__(self, skip: set[str]):
        super().__init__(convert_charrefs=True)
        self.skip = skip
        self.parts: list[str] = []
        self.stack: list[str] = []       # open elements, to know skip depth and containers
        self.skipping = 0
        self.pre = 0

    def _open_skip(self, tag: str, attrs) -> bool:
        if tag in self.skip:
            return not (tag in _OWN_IN_ARTICLE and ("article" in self.stack or "main" in self.stack))
        attrs = dict(attrs)
        return ("hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true"
                or bool(_HIDDEN_STYLE.search(attrs.get("style") or "")))

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if not self.skipping and tag in _BLOCK:
                self.parts.append("\n")
            return
        if self.skipping or self._open_skip(tag, attrs):
            self.skipping += 1
            self.stack.append(tag)
            return
        self.stack.append(tag)
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append("\t")
        elif tag == "a":
            self.parts.append(_A_OPEN)
        if tag == "li":
            self.parts.append("- ")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return  # stray end tag in broken markup
        # close everything opened after it (unclosed <p>, <li> ...)
        while self.stack:
            top = self.stack.pop()
            if self.skipping:
                self.skipping -= 1
            else:
                if top == "pre":
                    self.pre -= 1
                elif top == "a":
                    self.parts.append(_A_CLOSE)
            if top == tag:
                break
        if not self.skipping and tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skipping:
            return
        data = data.replace(_A_OPEN, "").replace(_A_CLOSE, "")
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.parts.append(data)


def _link_share(line: str) -> tuple[int, float]:
    """(number of links, share of the line's letters inside links)."""
    inside = depth = links = total = 0
    for ch in line:
        if ch == _A_OPEN:
            depth += 1
            links += 1
        elif ch == _A_CLOSE:
            depth = max(0, depth - 1)
        elif not ch.isspace():
            total += 1
            inside += depth > 0
    return links, inside / total if total else 0.0


def _tidy_lines(text: str) -> str:
    lines = []
    for line in text.replace("\t", " ").split("\n"):
        links, share = _link_share(line)
        if links >= 2 and share >= 0.7:
            continue  # a menu, tag cloud or list of related links, not article text
        line = line.replace(_A_OPEN, "").replace(_A_CLOSE, "")
        lines.append(re.sub(r" {2,}", " ", line.strip(" ")))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _extract(markup: str, skip: set[str]) -> str:
    parser = _TextExtractor(skip)
    parser.feed(markup)
    parser.close()
    return _tidy_lines("".join(parser.parts))


def html_to_text(markup: str) -> str:
    """Visible article text of an HTML page: one block element per line.

    Code, hidden elements and page furniture (navigation, site header and footer,
    sidebars, forms) go, and so do lines that are nothing but links.
    """
    text = _extract(markup, _CODE | _FURNITURE)
    if len(text) < 500:
        # ASP.NET pages wrap the whole page in one <form>
        wider = _extract(markup, _CODE | (_FURNITURE - {"form", "label"}))
        if len(wider) > 3 * len(text) + 20:
            text = wider
    if len(text.strip()) < 20:
        # broken markup (a <header> never closed) can swallow the page: keep all but code
        wider = _extract(markup, _CODE)
        if len(wider) > len(text):
            text = wider
    return text


_PUBLISHED_KEYS = (r"(?:article:published_time|og:published_time|datePublished|date|pubdate|publishdate|"
                   r"publish[_-]date|dc\.date\.issued|dc\.date|dcterms\.created|dcterms\.issued)")
_PUBLISHED = [
    re.compile(r"<meta\s[^>]*(?:property|name|itemprop)\s*=\s*[\"']" + _PUBLISHED_KEYS
               + r"[\"'][^>]*?content\s*=\s*[\"']([^\"']+)", re.I),
    re.compile(r"<meta\s[^>]*?content\s*=\s*[\"']([^\"']+)[\"'][^>]*(?:property|name|itemprop)\s*=\s*[\"']"
               + _PUBLISHED_KEYS + r"[\"']", re.I),
    re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\""),                              # JSON-LD
    re.compile(r"<time\s[^>]*(?:itemprop\s*=\s*[\"']datePublished[\"']|pubdate)[^>]*datetime\s*=\s*[\"']([^\"']+)",
               re.I),
]
_ISO_DAY = re.compile(r"\A\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")


def html_published_date(markup: str) -> str | None:
    """The publication date a page declares in its metadata (ISO), or None."""
    head = markup[:200_000]   # metadata sits in the head; no need to scan a huge page
    for pattern in _PUBLISHED:
        for m in pattern.finditer(head):
            day = _ISO_DAY.match(m.group(1))
            if day:
                try:
                    return _dt.date(*map(int, day.groups())).isoformat()
                except ValueError:
                    continue
    return None


# ---------------------------------------------------------------- Markdown

_URL = r"\((?:[^()\n]|\([^()\n]*\))*\)"      # (url "title"), one level of parentheses inside
_MD_RULES = [
    (re.compile(r"!\[[^\]\n]*\]" + _URL), ""),                           # images
    (re.compile(r"!\[[^\]\n]*\]\[[^\]\n]*\]"), ""),
    (re.compile(r"\[([^\]\n]*)\]" + _URL), r"\1"),                       # [text](url)
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),                 # [text][ref]
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),                        # <http://...>
    (re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M), ""),            # [ref]: url
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$", re.M), ""),   # rules, setext underlines
    (re.compile(r"^ {0,3}>[ \t]?", re.M), ""),                            # blockquotes
    (re.compile(r"^([ \t]*)[*+][ \t]+", re.M), r"\1- "),                 # bullets -> "- "
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),               # strong
    (re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=[^\s\\])\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_\\])_(?=\S)([^_\n]+?)(?<=[^\s\\])_(?![\w_])"), r"\1"),     # _em_, not snake_case
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"`+([^`\n]*)`+"), r"\1"),
    (re.compile(r"<br\s*/?>", re.I), "\n"),
    (re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?/?>"), ""),      # inline HTML tags
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),               # backslash escapes
]
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_KEYS = re.compile(r"^(title|date|published|pubdate)\s*:\s*[\"']?(.*?)[\"']?\s*$", re.I | re.M)


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain text: links keep their text, images and markers go.

    YAML front matter is dropped except its title and date, which become the first lines
    (where the title and dateline are looked for).
    """
    text = markdown
    front = _FRONT_MATTER.match(text)
    if front:
        keep = [value for _, value in sorted(_FRONT_KEYS.findall(front.group(1)),
                                             key=lambda kv: kv[0].lower() != "title") if value]
        text = "\n".join(keep) + ("\n\n" if keep else "") + text[front.end():]
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return re.sub(r"\n{3,}", "\n\n", text)


# ---------------------------------------------------------------- reading

# A .txt that holds a saved page or a fragment of one ("<div class=...><p>...</p>").
_BLOCK_TAG = r"(?:div|p|article|section|table|h[1-6])"
_LOOKS_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|"
                         rf"<{_BLOCK_TAG}[\s>](?=.*</{_BLOCK_TAG}>))", re.I | re.S)


def read_document(path: Path, max_bytes: int = 5_000_000) -> Document:
    """Read one file into a Document (path, file_name, id, raw, content_hash, text).

    For an HTML page that declares its publication date in its metadata, `dateline` is
    set too (the dateline component keeps it).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder; give the files in it (or use find_documents)")
    if size > max_bytes:
        raise DocumentError(f"{path}: file is {size:,} bytes, over the limit of {max_bytes:,}; "
                            f"split it into articles or raise the limit")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if not raw.strip():
        raise DocumentError(f"{path}: the file is empty; remove it or add the article text")
    decoded, warning = _decode(raw, str(path))
    # a DOS end-of-file mark is not content
    decoded = decoded.rstrip("\x1a")
    if _control_share(decoded) >= 0.01:
        raise DocumentError(f"{path}: looks like a binary file (control characters in the text); "
                            f"give a text, Markdown or HTML file")
    decoded = decoded.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not decoded.strip():
        raise DocumentError(f"{path}: the file is empty; remove it or add the article text")
    suffix = path.suffix.lower()
    dateline = None
    if suffix in _HTML_SUFFIXES or _LOOKS_HTML.match(decoded):
        text = html_to_text(decoded)
        dateline = html_published_date(decoded)
    elif suffix == ".md":
        text = markdown_to_text(decoded)
    else:
        text = decoded
    if not text.strip():
        raise DocumentError(f"{path}: no text left after removing markup; check that the page "
                            f"holds the article and not only navigation or scripts")
    return Document(
        path=path,
        id=document_id(path.name),
        file_name=path.name,
        raw=raw,
        content_hash=hashlib.sha256(raw).hexdigest(),
        text=text,
        dateline=dateline,
        warnings=[warning] if warning else [],
    )
