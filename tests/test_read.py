"""Reading files: discovery, encodings, markup stripping, errors that say what to do."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from loaders.model import DocumentError
from loaders.read import decode_bytes, document_id, find_documents, html_to_text, markdown_to_text, read_document

PERSIAN = "دانشگاه شهر ما با یک دانشگاه خارجی تفاهم‌نامه همکاری پژوهشی امضا کرد."
ARABIC = "وقّعت الجامعة مذكرة تفاهم مع كلية الهندسة في العاصمة لتطوير البحث العلمي."
RUSSIAN = "Университет подписал соглашение о сотрудничестве с зарубежными партнёрами."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------- find_documents

def test_find_documents_walks_folders_sorted_and_filters_suffixes(tmp_path):
    write(tmp_path, "b.txt", "b")
    write(tmp_path, "a.md", "a")
    write(tmp_path, "sub/c.HTML", "<p>c</p>")
    write(tmp_path, "sub/d.htm", "<p>d</p>")
    write(tmp_path, "sub/e.gold.json", "{}")
    write(tmp_path, ".git/f.txt", "hidden")
    write(tmp_path, "README.md", "about this folder")
    files, errors = find_documents([tmp_path])
    assert errors == []
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.md", "b.txt", "sub/c.HTML", "sub/d.htm"]


def test_a_readme_named_explicitly_is_read(tmp_path):
    readme = write(tmp_path, "README.md", "notes")
    assert find_documents([readme]) == ([readme], [])


def test_find_documents_reports_missing_paths_and_goes_on(tmp_path):
    good = write(tmp_path, "one.txt", "text")
    missing = tmp_path / "nowhere.txt"
    files, errors = find_documents([missing, good, good])
    assert files == [good]
    assert len(errors) == 1 and "nowhere.txt" in errors[0] and "no such file" in errors[0]


def test_find_documents_rejects_an_explicit_unsupported_file(tmp_path):
    pdf = write(tmp_path, "article.pdf", b"%PDF-1.4")
    files, errors = find_documents([pdf])
    assert files == [] and "article.pdf" in errors[0] and ".txt" in errors[0]


# ---------------------------------------------------------------- ids

@pytest.mark.parametrize("name, expected", [
    ("seed-000.txt", "seed-000"),
    ("My Article (2).HTML", "my-article-2"),
    ("a.b.md", "a-b"),
])
def test_document_id_of_ascii_names(name, expected):
    assert document_id(name) == expected


def test_document_id_of_non_ascii_names_is_ascii_with_a_hash():
    ru = document_id("Новости вуза.txt")
    fa = document_id("خبر دانشگاه.txt")
    fa2 = document_id("خبر دانشکده.txt")
    assert ru.startswith("novosti-vuza-") and ru.isascii()
    assert fa.startswith("doc-") and fa.isascii() and fa != fa2
    assert document_id("خبر دانشگاه.txt") == fa  # stable


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("text, codec", [
    (PERSIAN, "utf-8"),
    (PERSIAN, "utf-8-sig"),
    (RUSSIAN, "utf-16"),          # with BOM
    (PERSIAN, "utf-16-le"),       # without BOM
    (RUSSIAN, "utf-16-be"),
    (ARABIC, "cp1256"),
    (RUSSIAN, "cp1251"),
    (PERSIAN.replace("ی", "ي").replace("\u200c", " "), "cp1256"),  # Windows Persian uses Arabic yeh
    ("The “joint” programme starts – café talks", "cp1252"),
])
def test_decoding(tmp_path, text, codec):
    path = write(tmp_path, "doc.txt", text.encode(codec))
    assert read_document(path).text == text


def test_windows_1251_is_not_taken_for_1256_or_the_reverse():
    ru = "Ректор провёл встречу с делегацией. Стороны обсудили обмен студентами."
    ar = "استقبل رئيس الجامعة وفدا من الكلية وبحث الجانبان التعاون"
    assert decode_bytes(ru.encode("cp1251")) == ru
    assert decode_bytes(ar.encode("cp1256")) == ar


def test_document_fields(tmp_path):
    raw = "Title line\r\nBody text.\r\n".encode("utf-8")
    path = write(tmp_path, "Some News.txt", raw)
    doc = read_document(path)
    assert doc.path == path and doc.file_name == "Some News.txt" and doc.id == "some-news"
    assert doc.raw == raw and doc.content_hash == hashlib.sha256(raw).hexdigest()
    assert doc.text == "Title line\nBody text.\n"


# ---------------------------------------------------------------- errors

def test_empty_file_is_an_error_naming_it(tmp_path):
    path = write(tmp_path, "blank.txt", b" \n\n ")
    with pytest.raises(DocumentError, match="blank.txt.*empty"):
        read_document(path)


def test_over_the_size_limit(tmp_path):
    path = write(tmp_path, "big.txt", "x" * 200)
    with pytest.raises(DocumentError, match="big.txt.*limit"):
        read_document(path, max_bytes=100)


@pytest.mark.parametrize("data, what", [
    (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x10" * 20, "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"text with \x01\x02\x03\x04\x05 controls \x06\x07\x08" * 5, "binary"),
])
def test_binary_files(tmp_path, data, what):
    path = write(tmp_path, "thing.txt", data)
    with pytest.raises(DocumentError, match=f"thing.txt.*{what}"):
        read_document(path)


def test_undecodable_bytes(tmp_path):
    path = write(tmp_path, "noise.txt", bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(DocumentError, match="noise.txt.*UTF-8"):
        read_document(path)


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="gone.txt"):
        read_document(tmp_path / "gone.txt")


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Site | News</title><style>p { color: red }</style>
<script>var s = "<p>not text</p>";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header class="site">University portal</header>
<article>
  <header><h1>Two universities sign &amp; agree</h1><time>12.03.2024</time></header>
  <p>The rectors met
     on Tuesday.<br>They signed a memorandum.</p>
  <!-- editor's note: remove later -->
  <ul><li>student exchange</li><li>joint research</ul>
  <form><input name="q"><button>Search</button></form>
</article>
<aside>Most read</aside>
<footer>&copy; 2024 Portal</footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_page_furniture():
    text = html_to_text(PAGE)
    lines = [ln for ln in text.split("\n") if ln]
    assert lines == [
        "Two universities sign & agree", "12.03.2024", "The rectors met on Tuesday.",
        "They signed a memorandum.", "- student exchange", "- joint research",
    ]


def test_html_file_is_cleaned_before_text_is_set(tmp_path):
    path = write(tmp_path, "page.html", PAGE)
    doc = read_document(path)
    assert "Home" not in doc.text and "color" not in doc.text and "editor" not in doc.text
    assert doc.text.startswith("Two universities sign & agree")


def test_html_with_only_scripts_is_an_error(tmp_path):
    path = write(tmp_path, "empty.htm", "<html><body><script>x()</script></body></html>")
    with pytest.raises(DocumentError, match="empty.htm.*no text"):
        read_document(path)


def test_html_with_an_unclosed_header_still_gives_text():
    assert "Body of the story" in html_to_text("<header><h1>Story</h1><p>Body of the story</p>")


def test_txt_file_holding_a_saved_html_page_is_stripped(tmp_path):
    path = write(tmp_path, "saved.txt", "<html><body><p>Hello <b>world</b></p></body></html>")
    assert read_document(path).text == "Hello world"


# ---------------------------------------------------------------- Markdown

def test_markdown_markers_go_and_link_text_stays():
    md = ("# Heading of the item #\n\n![photo](img/a.jpg)\nRead [the report](https://x.org/r) "
          "and **bold** or _light_ words, not snake_case_names.\n* first point\n---\n")
    assert markdown_to_text(md) == (
        "Heading of the item\n\nRead the report and bold or light words, not snake_case_names.\n"
        "- first point\n\n")


def test_plain_text_is_kept_as_is(tmp_path):
    text = "[a link](#) stays in a .txt file\r\n**as written**"
    path = write(tmp_path, "plain.txt", text)
    assert read_document(path).text == "[a link](#) stays in a .txt file\n**as written**"


def test_find_documents_lists_a_file_once_whatever_the_path(tmp_path, monkeypatch):
    path = write(tmp_path, "one.txt", "text")
    monkeypatch.chdir(tmp_path)
    files, errors = find_documents([Path("one.txt"), path, tmp_path])
    assert len(files) == 1 and errors == []


def test_declared_html_charset_is_used(tmp_path):
    body = "<html><head><meta charset=\"windows-1251\"></head><body><p>Ректор и гости</p></body></html>"
    path = write(tmp_path, "page.html", body.encode("cp1251"))
    assert read_document(path).text == "Ректор и гости"


def test_utf8_with_one_broken_byte_is_read_with_a_warning(tmp_path):
    good = ("دانشگاه میزبان هیئت خارجی بود. " * 20).encode("utf-8")
    path = write(tmp_path, "cut.txt", good + "پایان".encode("utf-8")[:-1])
    doc = read_document(path)
    assert doc.text.startswith("دانشگاه میزبان") and doc.text.endswith("\ufffd")
    assert doc.warnings and "cut.txt" in doc.warnings[0]


def test_windows_1252_text_with_a_single_special_character(tmp_path):
    path = write(tmp_path, "dash.txt", "Two campuses – one plan".encode("cp1252"))
    assert read_document(path).text == "Two campuses – one plan"


def test_html_menus_made_of_links_and_hidden_elements_go():
    page = ("<body><div class='menu'><a href='/'>Home</a> | <a href='/n'>News</a> | <a href='/c'>Contact</a></div>"
            "<h1><a href='/item'>Rector visits partner campus</a></h1>"
            "<p>The rector visited the <a href='/p'>partner campus</a> on Monday.</p>"
            "<div style='display: none'>Hidden teaser</div><span hidden>secret</span></body>")
    assert html_to_text(page).split("\n") == [
        "Rector visits partner campus", "", "The rector visited the partner campus on Monday."]


def test_html_page_wrapped_in_one_form_keeps_the_article():
    story = "The two colleges agreed on a shared research programme in marine biology. " * 3
    page = (f"<body><form id='aspnetForm' method='post'><nav><a href='/'>Home</a></nav>"
            f"<input type='text'><h1>Memorandum signed</h1><p>{story}</p></form></body>")
    text = html_to_text(page)
    assert text.startswith("Memorandum signed") and story.strip() in text and "Home" not in text


def test_a_short_article_does_not_bring_back_the_site_navigation():
    page = ("<body><nav><ul><li>Home</li><li>About the university and its many faculties</li>"
            "<li>Admissions for international students and scholarships</li></ul></nav>"
            "<form><label>Search</label><input></form><h1>Visit</h1><p>A short note.</p></body>")
    assert html_to_text(page) == "Visit\n\nA short note."


def test_markdown_front_matter_keeps_title_and_date_only():
    md = "---\nlayout: post\ndate: 2022-03-01\ntitle: \"Joint school opens\"\ntags: [a, b]\n---\nBody text.\n"
    assert markdown_to_text(md) == "Joint school opens\n2022-03-01\n\nBody text.\n"


def test_markdown_links_with_parentheses_html_tags_and_escapes():
    md = ("See [the page](https://example.org/wiki/Campus_(Main) \"title\") and <b>this</b>"
          "<!-- note -->.\nPrice: 5\\*3 \\_raw\\_ values.")
    assert markdown_to_text(md) == "See the page and this.\nPrice: 5*3 _raw_ values."


def test_a_bom_alone_is_an_empty_file(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf\r\n")
    with pytest.raises(DocumentError, match="bom.txt.*empty"):
        read_document(path)


def test_txt_file_holding_an_html_fragment_is_stripped(tmp_path):
    path = write(tmp_path, "fragment.txt", "<div class='news'><h2>Visit</h2><p>Guests &amp; hosts met.</p></div>")
    assert read_document(path).text == "Visit\n\nGuests & hosts met."


def test_txt_starting_with_an_angle_bracket_but_no_markup_stays_text(tmp_path):
    path = write(tmp_path, "quote.txt", "<p> is how a paragraph tag starts, said the teacher.")
    assert read_document(path).text == "<p> is how a paragraph tag starts, said the teacher."


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2021-06-03T08:00:00+04:30">',
    '<meta content="2021-06-03" name="date">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-06-03T08:00"}</script>',
])
def test_html_publication_date_from_metadata(tmp_path, head):
    page = f"<html><head>{head}</head><body><h1>Visit</h1><p>Guests came on Monday.</p></body></html>"
    path = write(tmp_path, "page.html", page)
    assert read_document(path).dateline == "2021-06-03"


def test_html_without_date_metadata_has_no_dateline(tmp_path):
    path = write(tmp_path, "page.html", "<html><head><meta name='author' content='2021-06-03'></head>"
                                        "<body><p>Text.</p></body></html>")
    assert read_document(path).dateline is None


def test_a_wrong_charset_declaration_loses_to_the_bytes(tmp_path):
    body = "<html><head><meta charset='iso-8859-1'></head><body><p>Ректор встретился с гостями.</p></body></html>"
    path = write(tmp_path, "page.html", body.encode("cp1251"))
    assert read_document(path).text == "Ректор встретился с гостями."
