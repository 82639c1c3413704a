"""Reading: decoding, title, date line, boilerplate set aside, footnotes kept as references."""

import io
import itertools
import json
import os
import sys

import pytest
from hypothesis import given, settings

from factdiff import cli, read_facts
from factdiff.errors import InputError
from factdiff.read import classify_line, date_line, parse_article, read_article
from factdiff.values import date_span

from .conftest import BELARUS, THE_WEEK
from .strategies import DATE_TEXTS


def reasons(article):
    return {s.text: s.reason for s in article.set_aside}


def test_the_week_title_skips_the_sponsor_line():
    article = read_article(THE_WEEK)
    assert (
        article.title
        == "Putin flies to Minsk to meet Lukashenko amid fears that Belarus could join offensive"
    )
    assert reasons(article)["Powered by"] == "sponsor line"


def test_the_week_boilerplate_is_set_aside():
    found = reasons(read_article(THE_WEEK))
    caption = "putin lukashenko Alexander Lukashenko (left) with Vladimir Putin | Reuters"
    assert found[caption] == "photo caption"
    telegram = [text for text, reason in found.items() if "Telegram" in text]
    assert len(telegram) == 1 and found[telegram[0]] == "share prompt"


def test_belarus_boilerplate_and_author_biography_are_set_aside():
    article = read_article(BELARUS)
    found = reasons(article)
    assert article.title == "Putin Visits Minsk: The Choice of Belarus"
    assert found["Similar Posts"] == "related links"
    assert found["This post is also available in: Türkçe Русский"] == "language menu"
    biography = [text for text, reason in found.items() if reason == "author biography"]
    assert biography[0] == "Sevinç İrem BALCI"
    assert biography[1].startswith("Sevinç İrem Balcı, Orta Doğu")


def test_footnotes_become_references_not_paragraphs():
    article = read_article(BELARUS)
    assert [r.label for r in article.references] == ["1", "2", "3", "4", "5", "6"]
    assert article.references[0].text.startswith("Pjotr Sauer, “Putin’s Mission to Minsk")
    assert all(article.text[r.start : r.end] == r.text for r in article.references)
    body = " ".join(article.text[p.start : p.end] for p in article.paragraphs)
    assert "Pjotr Sauer" not in body and "Orta Doğu" not in body


def test_every_span_points_into_the_text_as_read():
    article = read_article(BELARUS)
    for part in article.set_aside:
        assert article.text[part.start : part.end] == part.text
    kept = [(p.start, p.end) for p in article.paragraphs] + [
        (s.start, s.end) for s in article.set_aside
    ]
    kept += [(r.start, r.end) for r in article.references]
    kept.sort()
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(kept))


def test_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle\n\nA sentence here.".encode())
    article = read_article(path)
    assert article.title == "Title"
    assert article.text.startswith("Title")


def test_windows_line_endings_keep_offsets(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nFirst line here.\r\nSecond paragraph.\r\n")
    article = read_article(path)
    assert [article.text[p.start : p.end] for p in article.paragraphs] == [
        "First line here.\r\nSecond paragraph."
    ]


def test_paragraphs_are_separated_by_blank_lines():
    article = parse_article("Title\n\nOne. Two\nstill two.\n\nThree.", source_id="x")
    assert [article.text[p.start : p.end] for p in article.paragraphs] == [
        "One. Two\nstill two.",
        "Three.",
    ]


def test_the_title_of_an_article_is_set_aside_not_compared():
    text = "Putin in Minsk\n\nPutin flew to Minsk on Monday.\n"
    article = parse_article(text, source_id="x")
    assert article.title == "Putin in Minsk"
    assert reasons(article) == {"Putin in Minsk": "title"}
    assert [text[p.start : p.end] for p in article.paragraphs] == ["Putin flew to Minsk on Monday."]


@pytest.mark.parametrize(
    "text",
    [
        "Former Nazi death camp guard Demjanjuk dead at 91",
        "Former Nazi death camp guard Demjanjuk dead at 91\n",
        "\n\n   Former Nazi death camp guard Demjanjuk dead at 91  \r\n\n",
        "Share this article\nFormer Nazi death camp guard Demjanjuk dead at 91\nAdvertisement\n",
    ],
    ids=["bare", "line", "padded", "between boilerplate"],
)
def test_a_headline_alone_is_compared_by_its_title(text):
    article = parse_article(text, source_id="x")
    headline = "Former Nazi death camp guard Demjanjuk dead at 91"
    assert article.title == headline
    [paragraph] = article.paragraphs
    assert text[paragraph.start : paragraph.end] == headline  # offsets exact into the file
    assert "title" not in reasons(article).values()  # not shown twice in the appendix


def test_a_headline_file_is_one_sentence_to_compare(tmp_path):
    path = tmp_path / "headline.txt"
    path.write_bytes("\ufeffTom Finney dies at 91\r\n".encode())
    source = read_facts(path)
    assert source.article.title == "Tom Finney dies at 91"
    assert [s.text for s in source.statements] == ["Tom Finney dies at 91"]
    assert source.article.text[source.statements[0].start : source.statements[0].end] == (
        "Tom Finney dies at 91"
    )


def test_two_headlines_are_compared_end_to_end(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Former Nazi death camp guard Demjanjuk dead at 91\n", encoding="utf-8")
    b.write_text(
        "John Demjanjuk, convicted Nazi death camp guard, dies aged 92\n", encoding="utf-8"
    )
    report = tmp_path / "report.json"
    assert cli.main(["compare", str(a), str(b), "-o", str(report), "-q"]) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [s["title"] for s in data["sources"]] == [
        "Former Nazi death camp guard Demjanjuk dead at 91",
        "John Demjanjuk, convicted Nazi death camp guard, dies aged 92",
    ]
    differing = {
        (mention["source"], mention["value"])
        for finding in data["findings"]
        if finding["verdict"] == "discrepancy"
        for detail in finding["details"]
        if detail["status"] == "different"
        for mention in detail["mentions"]
    }
    assert differing == {("a", 91), ("b", 92)}
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"  \n\t\n", "holds only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", r"looks like a ZIP archive \(a .docx"),
        (b"Title\n\nSome\x00text.", "contains NUL bytes"),
        (b"\xff\xfeT\x00i\x00t", "starts with a utf-16-le byte-order mark but is not utf-16-le"),
        (b"Similar Posts\n", "no text besides boilerplate"),
        (b"\r\n \n", "holds only white space"),
    ],
)
def test_bad_files_are_refused_with_the_reason(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as raised:
        read_article(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize(
    ("encoding", "recognised"),
    [
        ("utf-8", {"utf-8"}),
        ("cp1252", {"cp1252", "cp1250", "latin_1", "iso8859_15"}),
        ("latin-1", {"cp1252", "cp1250", "latin_1", "iso8859_15"}),
        ("utf-16", {"utf-16-le"}),
        ("utf-8-sig", {"utf-8"}),
        ("cp1251", {"cp1251", "koi8_r", "mac_cyrillic", "iso8859_5"}),
    ],
)
def test_text_in_other_encodings_is_read_right(tmp_path, encoding, recognised):
    text = (
        "Café talks in Minsk\n\n"
        "The “résumé” of the talks came on Monday – three and a half years after the last."
        " Lukashenko said the meeting went well, and the ministers agreed to meet again.\n"
    )
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("–", "-")
    if encoding == "cp1251":
        text = (
            "Путин в Минске\n\nПрезидент России Владимир Путин прилетел в Минск в понедельник."
            " Это его первый визит в Беларусь за три с половиной года, сообщил Кремль.\n"
        )
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert article.text == text
    assert article.encoding in recognised


def test_a_file_too_large_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(50_000_000)  # sparse: nothing is written
    with pytest.raises(InputError, match=r"is 50.0 MB; factdiff compares articles of up to 2 MB"):
        read_article(path)


def test_missing_file_and_directory_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


@pytest.mark.parametrize(
    "line",
    [
        "Related Articles",
        "Read more: Putin's war in numbers",
        "Share this article",
        "Photo: Alexander Lukashenko in Minsk",
        "Follow us on Twitter for updates",
    ],
)
def test_common_boilerplate_lines_are_recognised(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Similar posts about the war appeared on Russian channels, the ministry said, and were removed within hours.",
        "Putin will fly to Belarus on Monday.",
        "Analysts compared the two figures | which one is right?" + " It matters." * 40,
    ],
)
def test_article_sentences_are_not_boilerplate(line):
    assert classify_line(line) is None


def test_a_date_line_gives_the_article_its_date():
    text = "Putin flies to Minsk\nPublished: 19 Dec 2022 10:32 GMT\n\nPutin will fly to Belarus on Monday.\n"
    article = parse_article(text, source_id="a")
    assert (article.date, article.date_origin) == ("2022-12-19", "date line")
    assert [(s.text, s.reason) for s in article.set_aside][1] == (
        "Published: 19 Dec 2022 10:32 GMT",
        "date line",
    )
    assert all("Published" not in text[p.start : p.end] for p in article.paragraphs)


def test_a_date_inside_a_sentence_is_not_a_date_line():
    text = "Title\n\nPutin visited Minsk on December 19, 2022.\n"
    assert parse_article(text, source_id="a").date is None


def test_the_week_is_named_by_its_share_prompt():
    article = read_article(THE_WEEK)
    assert (article.outlet, article.outlet_origin) == ("The Week", "share prompt")
    assert read_article(BELARUS).outlet is None


@pytest.mark.parametrize(
    ("text", "outlet", "origin"),
    [
        (
            "Title\n\nPutin flew to Minsk on Monday.\n\n© 2022 The Kyiv Independent. All rights reserved.\n",
            "The Kyiv Independent",
            "copyright line",
        ),
        (
            "Title\n\nPutin flew to Minsk on Monday.\n\nCopyright (c) 2019-2022 Reuters\n",
            "Reuters",
            "copyright line",
        ),
        (
            "Title\n\nMINSK, Dec 19 (Reuters) - Putin flew to Minsk on Monday.\n",
            "Reuters",
            "dateline",
        ),
        (
            "Title\n\nPutin flew to Minsk on Monday (Reuters) - or so it seemed.\n",
            None,
            None,
        ),
        ("Title\n\nThe Week said Putin flew to Minsk on Monday.\n", None, None),
    ],
)
def test_an_outlet_is_read_from_copyright_lines_and_datelines(text, outlet, origin):
    article = parse_article(text, source_id="a")
    assert (article.outlet, article.outlet_origin) == (outlet, origin)
    if origin == "copyright line":
        assert [s.reason for s in article.set_aside][-1] == "copyright line"


def test_standard_input_is_read_up_to_the_limit(monkeypatch):
    text = THE_WEEK.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    article = read_article("-", source_id="stdin")
    assert (article.id, article.path, article.text) == ("stdin", "-", text.decode())
    endless = io.BytesIO(b"word " * 500_000)  # 2.5 MB, more than the limit
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(endless))
    with pytest.raises(InputError, match="-: is over 2 MB"):
        read_article("-")


def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is a FIFO"):
        read_article(fifo)  # opened without blocking: no writer will ever come


def test_a_few_bad_bytes_keep_the_file_utf8_and_are_noted(tmp_path):
    path = tmp_path / "damaged.txt"
    good = "Putin’s visit\n\nPutin flew to Minsk on Monday, “his first visit in years”.\n"
    path.write_bytes(good.encode()[:20] + b"\x9d" + good.encode()[20:])
    article = read_article(path)
    assert article.encoding == "utf-8"
    assert "Put\ufffdin flew to Minsk" in article.text
    assert article.notes == (
        f"{path}: not UTF-8 at byte 20; read as UTF-8 with each shown as \ufffd",
    )


def test_an_article_in_another_encoding_is_still_recognised(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(
        "Putin’s visit\n\nPutin flew to Minsk on Monday, “his first”.\n".encode("cp1252")
    )
    article = read_article(path)
    assert article.encoding != "utf-8" and "Putin’s" in article.text and not article.notes


# --- date lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "December 19, 2022",
        "19 December 2022",
        "  Dec. 19, 2022  ",
        "Published: 19 Dec 2022 10:32 GMT",
        "Updated Monday 19 December 2022",
        "Mon 19 Dec 2022 14.05 GMT",
        "Last modified on Mon 19 Dec 2022 14.05 GMT",
        "By Jane Doe | December 19, 2022",
        "By Jane Doe and John Smith • 19 December 2022",
        "Monday, December 19, 2022 - 10:32 a.m. ET",
        "Published On 19 Dec 2022",
        "December 19, 2022 at 2:05 pm EST",
        "2022-12-19",
        "2022-12-19T10:32:00+00:00",
        "19.12.2022",
        "19.12.2022, 10:32 UTC+3",
        "19/12/2022",
        "Published 19 Dec 2022, updated 20 Dec 2022",
    ],
)
def test_date_lines(line):
    assert date_line(line) == "2022-12-19"


@pytest.mark.parametrize(
    "line",
    [
        "Putin visited Minsk on December 19, 2022.",
        "On December 19, 2022, Putin flew to Minsk",
        "December 19",
        "Published: 19 Dec 10:32 GMT",
        "December 2022",
        "2022",
        "Monday",
        "By Jane Doe",
        "10:32 GMT",
        "",
        "Putin flies to Minsk",
        "Putin | 19 Dec 2022",
        "Updated 19 Dec 2022 and last week",
        "05/06/2022",
        "31 February 2022",
        "December 19, 2022 (photo: Reuters)",
    ],
)
def test_not_date_lines(line):
    assert date_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Last Friday 19 Dec 2022",
        "Updated 19 Dec 2022 since 19 December 2022",
        "Mid-December 19, 2022",
        "19 Dec 20, 2022 pm",
        "Published: 2022 19 Dec 2022",
        "Published: summer 2022 | 19 Dec 2022",
    ],
)
def test_a_partial_or_relative_date_spoils_a_date_line(line):
    # "last Friday" is relative; "19 Dec" before "Dec 20, 2022" is a day without its year.
    assert date_line(line) is None


def test_date_line_wants_a_string():
    with pytest.raises(TypeError, match="None"):
        date_line(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(DATE_TEXTS)
def test_date_line_never_raises(text):
    value = date_line(text)
    assert value is None or date_span(value) is not None
