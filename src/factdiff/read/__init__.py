"""Read an article: decode it, find its title and date line, set boilerplate aside, keep footnotes.

read_article(path)            -> Article, from a file
parse_article(text, ...)      -> Article, from text already in memory
classify_line(line)           -> the reason a line is boilerplate, or None
outlet_in(line)               -> the outlet a boilerplate line or wire dateline names, or None
date_line(line)               -> the ISO day a publication date line gives, or None

dateline.py  the publication date line ("Published: 19 Dec 2022 10:32 GMT")
files.py     regular_file_bytes(...): a regular file's bytes, refusing FIFOs and files too large

The first line that is not boilerplate is the title, set aside from the text compared;
an article that is nothing but its title (a headline) is compared by its title.
Every span in the returned Article is an offset into ``Article.text``, the text
exactly as read and decoded (only a leading byte-order mark is dropped).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import charset_normalizer

from ..errors import InputError
from ..models import Article, Paragraph, Reference, SetAside
from ..text.lexicon import words
from .dateline import date_line
from .files import limited_bytes, regular_file_bytes

# The largest file read: a long feature is 50 KB. Longer articles are refused by their
# number of sentences (compare.MAX_SENTENCES); this bounds what is read into memory.
MAX_BYTES = 2_000_000
_LIMIT = f"factdiff compares articles of up to {MAX_BYTES // 1_000_000} MB"
# File formats that are not plain text, by their first bytes.
_NOT_TEXT = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt document is one)"),
    (b"\xd0\xcf\x11\xe0", "a Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
# Byte-order marks, UTF-32 before UTF-16, whose mark begins the same way.
_BYTE_ORDER_MARKS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# A guessed encoding whose text is more than this share of control characters is wrong.
_MOST_CONTROL = 0.01

# A footnote line: "[1] Pjotr Sauer, “Putin’s Mission to Minsk …”, The Guardian".
FOOTNOTE = re.compile(r"\[(\d{1,3})\]\s*(\S.*)")

# Boilerplate lines, each pattern matched against the stripped line, case-insensitively.
# They are checked only on short lines or lines without a sentence ending, so that an
# article sentence that happens to begin "Similar posts ..." is never dropped.
_BOILERPLATE_RULES = (
    (r"powered by\b.{0,60}", "sponsor line"),
    (
        r"(similar|related|recommended|popular|more|latest) (posts|articles|stories|news|reading)\W*",
        "related links",
    ),
    (
        r"(read more|also read|read also|see also|advertisement|sponsored( content)?)\b.{0,80}",
        "related links",
    ),
    (r"this (post|article|page|story) is (also )?available in\b.*", "language menu"),
    (
        r".{0,40}\b(is|are) now on (telegram|whatsapp|twitter|x|facebook|instagram|youtube|google news)\b.*",
        "share prompt",
    ),
    (r".{0,60}\bclick here to (join|subscribe|follow|read|sign up)\b.*", "share prompt"),
    (
        r"(share|tweet|e-?mail|print|copy link)( (this|on) \w+)?( article| story| post)?\W*",
        "share prompt",
    ),
    (
        r"(follow|subscribe to|sign up for|join) (us|our (newsletter|channel))\b.{0,80}",
        "share prompt",
    ),
    (r"(©|\(c\)|copyright\b).{0,120}", "copyright line"),
    (r"(photo|image|file photo|pictured|caption)\s*[:|].*", "photo caption"),
    # A caption credits an agency after a bar: "... with Vladimir Putin | Reuters".
    (
        r".{0,200}\|\s*(reuters|ap|afp|getty images|epa|tass|ria novosti|shutterstock|[A-Z][\w.&' -]{1,30})\s*",
        "photo caption",
    ),
)
_BOILERPLATE = tuple((re.compile(p, re.IGNORECASE), reason) for p, reason in _BOILERPLATE_RULES)
# An outlet's name as lines name it: capitalised words, "&", "." and "'" ("The Week",
# "Al Jazeera", "AP", "Reuters", "The Wall Street Journal").
_OUTLET = r"(?P<outlet>[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|the|and|de))*)"
_OUTLET_LINES = (
    # "📣 The Week is now on Telegram. Click here ..."
    (re.compile(r"\W*" + _OUTLET + r" (?:is|are) now on \w"), "share prompt"),
    # "© 2022 The Week. All rights reserved", "Copyright (c) 2019-2022 Reuters"
    (
        re.compile(
            r"(?i:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
            + _OUTLET
        ),
        "copyright line",
    ),
    # A wire dateline: "MINSK, Dec 19 (Reuters) – Russian President ..."
    (
        re.compile(r"[A-Z][A-Z .'-]{1,30}(?:,[^()\n]{0,25})?\s*\(" + _OUTLET + r"\)\s*[-–—:]"),
        "dateline",
    ),
)
# Words an outlet's name never ends with; a copyright line goes on "… Ltd. All rights".
_NOT_OUTLET_END = words("outlet-name-never-ends")
# How many opening lines may hold the date line ("Published: 19 Dec 2022 10:32 GMT").
_DATE_LINE_WINDOW = 6
# How many closing lines may hold an author biography.
_BIO_WINDOW = 6
_NAME_LINE = re.compile(r"(?:[A-ZÀ-ÞİĞŞÇÖÜ][\w'’.-]*\s+){1,4}[A-ZÀ-ÞİĞŞÇÖÜ][\w'’.-]*")


# The name that stands for standard input, as a path argument.
STDIN = "-"
_URL = re.compile(r"(?i)^(https?|ftp):/")
# An HTML page rather than its text: a doctype or the page's own elements near the top.
_HTML_PAGE = re.compile(r"(?i)^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)")
# A UTF-8 file may carry a few bad bytes (a copy-paste gone wrong): read them as U+FFFD
# and say where, rather than re-guess the whole file in another encoding.
_MOST_BAD_BYTES = 16


def read_article(path: str | Path, *, source_id: str | None = None) -> Article:
    """Return the article in the file at ``path`` (``-``: standard input), or raise
    InputError saying why it cannot be read."""
    shown = str(path)
    if _URL.match(shown):
        raise InputError(
            f"{shown}: factdiff does not fetch web pages; save the article's text to a file "
            "(your browser's Save as… Text, or copy and paste it) and compare that file"
        )
    if shown == STDIN:
        data = limited_bytes(sys.stdin.buffer, shown, most=MAX_BYTES, limit=_LIMIT)
        path = Path("stdin")
    else:
        path = Path(path)
        data = _read_file(path)
    text, encoding, notes = decode(data, path=shown)
    if _HTML_PAGE.match(text[:2000]):
        raise InputError(
            f"{shown}: is an HTML page, not an article's text; save the page as text (your "
            "browser's Save as… Text, or copy and paste the article) and compare that"
        )
    article = parse_article(text, source_id=source_id or path.stem, path=shown, encoding=encoding)
    return replace(article, notes=notes) if notes else article


def _read_file(path: Path) -> bytes:
    """Return the bytes of a regular file, refusing FIFOs, devices and files over the limit."""
    return regular_file_bytes(
        path,
        what="an article",
        most=MAX_BYTES,
        limit=_LIMIT,
        hint=f"; save the article to a file, or give {STDIN} to read it from standard input",
    )


def decode(data: bytes, *, path: Path | str = "<text>") -> tuple[str, str, tuple[str, ...]]:
    """Return ``data`` decoded, the encoding it was read in and notes on how, or raise
    InputError.

    UTF-8 is tried first; a byte-order mark says UTF-8, UTF-16 or UTF-32 and is dropped;
    UTF-8 text with a few bad bytes is read as UTF-8 with each bad byte replaced (the note
    names their offsets); other text (Windows-1252, Latin-1, Cyrillic code pages) is
    recognised by charset-normalizer. Files that start like a document or image format are
    refused by name, and so is anything that decodes to control characters rather than text.
    """
    for signature, what in _NOT_TEXT:
        if data.startswith(signature):
            raise InputError(f"{path}: looks like {what}, not text; save the article as plain text")
    for bom, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding, ()
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{path}: starts with a {encoding} byte-order mark but is not {encoding} "
                    f"text (offset {error.start + len(bom)})"
                ) from None
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as error:
        first_bad = error.start
    if mended := _utf8_with_bad_bytes(data):
        text, offsets = mended
        where = ("byte " if len(offsets) == 1 else "bytes ") + ", ".join(map(str, offsets))
        note = f"{path}: not UTF-8 at {where}; read as UTF-8 with each shown as \ufffd"
        return text, "utf-8", (note,)
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise InputError(
            f"{path}: is not UTF-8 text (byte 0x{data[first_bad]:02x} at offset {first_bad}) "
            "and no other text encoding fits it"
        )
    text = str(guess)
    if _control_share(text) > _MOST_CONTROL:
        raise InputError(f"{path}: looks like a binary file, not text")
    return text, guess.encoding, ()


def _utf8_with_bad_bytes(data: bytes) -> tuple[str, list[int]] | None:
    """Return UTF-8 text with its few bad bytes replaced and their offsets, or None when
    the bytes look like another encoding (more bad bytes than good non-ASCII characters).

    >>> text, offsets = _utf8_with_bad_bytes("Kyiv’s “war” ".encode() + bytes([255]) + b" ends")
    >>> offsets, text[-6:]
    ([19], '\ufffd ends')
    >>> _utf8_with_bad_bytes("Kyiv’s war".encode("cp1252")) is None
    True
    """
    offsets: list[int] = []
    position = 0
    while len(offsets) <= _MOST_BAD_BYTES:
        try:
            data[position:].decode("utf-8")
            break
        except UnicodeDecodeError as error:
            offsets.append(position + error.start)
            position += error.end
    else:
        return None
    text = data.decode("utf-8", errors="replace")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return (text, offsets) if good >= len(offsets) else None


def _control_share(text: str) -> float:
    """Return the share of characters that are control characters other than white space."""
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls / max(len(text), 1)


def parse_article(
    text: str, *, source_id: str, path: str = "<text>", encoding: str = "utf-8"
) -> Article:
    """Return the article held in ``text``: title, paragraphs, boilerplate and references found.

    >>> headline = parse_article("Demjanjuk dead at 91\\n", source_id="a")
    >>> headline.title, [headline.text[p.start : p.end] for p in headline.paragraphs]
    ('Demjanjuk dead at 91', ['Demjanjuk dead at 91'])
    """
    if not text.strip():
        raise InputError(f"{path}: is empty" if not text else f"{path}: holds only white space")
    lines = list(_lines(text))
    set_aside: list[SetAside] = []
    references: list[Reference] = []
    kept: list[tuple[int, int]] = []
    bio_start = _author_bio_start(text, lines)
    date = None
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if number >= bio_start:
            set_aside.append(SetAside(start, end, line, "author biography"))
        elif (
            number < _DATE_LINE_WINDOW
            and date is None
            and (date := date_line(" ".join(line.split())))
        ):
            set_aside.append(SetAside(start, end, line, "date line"))
        elif footnote := FOOTNOTE.fullmatch(line):
            references.append(
                Reference(
                    source_id, footnote[1], footnote[2].strip(), start + footnote.start(2), end
                )
            )
        elif reason := classify_line(line):
            set_aside.append(SetAside(start, end, line, reason))
        else:
            kept.append((start, end))
    if not kept:
        raise InputError(f"{path}: has no text besides boilerplate")
    title_start, title_end = kept[0]
    title = text[title_start:title_end]
    if len(kept) > 1:
        # The title heads the text and is no statement of it; an article that is only a
        # title (a headline) is compared by its title, which is then its one paragraph.
        kept.pop(0)
        set_aside.append(SetAside(title_start, title_end, title, "title"))
    set_aside.sort(key=lambda s: s.start)
    outlet, outlet_origin = _find_outlet(set_aside, text[slice(*kept[0])])
    return Article(
        id=source_id,
        path=path,
        title=title,
        text=text,
        paragraphs=tuple(_paragraphs(text, kept)),
        set_aside=tuple(set_aside),
        references=tuple(references),
        date=date,
        date_origin="date line" if date else None,
        outlet=outlet,
        outlet_origin=outlet_origin,
        encoding=encoding,
    )


def outlet_in(line: str) -> tuple[str, str] | None:
    """Return the outlet a line names and the kind of line, or None.

    >>> outlet_in("📣 The Week is now on Telegram. Click here to join our channel")
    ('The Week', 'share prompt')
    >>> outlet_in("© 2022 Guardian News & Media Limited. All rights reserved.")
    ('Guardian News & Media', 'copyright line')
    >>> outlet_in("MINSK, Dec 19 (Reuters) - Russian President Vladimir Putin arrived")
    ('Reuters', 'dateline')
    >>> outlet_in("Putin will fly to Belarus on Monday.") is None
    True
    """
    for pattern, origin in _OUTLET_LINES:
        if match := pattern.match(" ".join(line.split())):
            # A name runs to the end of its sentence: "… Limited. All rights reserved".
            words = re.split(r"[.:](?:\s|$)", match["outlet"])[0].split()
            while words and words[-1] in _NOT_OUTLET_END:
                words.pop()
            if words:
                return " ".join(words).rstrip("."), origin
    return None


def _find_outlet(set_aside: list[SetAside], first_paragraph: str) -> tuple[str | None, str | None]:
    """Return the outlet named by a boilerplate line or the wire dateline, and its origin."""
    for line in set_aside:
        if line.reason in ("share prompt", "copyright line") and (found := outlet_in(line.text)):
            return found
    if (found := outlet_in(first_paragraph)) and found[1] == "dateline":
        return found
    return None, None


def classify_line(line: str) -> str | None:
    """Return why ``line`` is boilerplate, or None if it may hold article text.

    >>> classify_line("Similar Posts")
    'related links'
    >>> classify_line("putin lukashenko Alexander Lukashenko (left) with Vladimir Putin | Reuters")
    'photo caption'
    >>> classify_line("Putin will fly to Belarus on Monday.") is None
    True
    """
    line = " ".join(line.split())  # two spaces or a tab between words change nothing
    if len(line.split()) > 40:
        return None
    for pattern, reason in _BOILERPLATE:
        if pattern.fullmatch(line):
            return reason
    return None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield the span of every non-blank line, stripped of surrounding white space."""
    for match in re.finditer(r"[^\r\n]+", text):
        line = match[0]
        if line.strip():
            start = match.start() + len(line) - len(line.lstrip())
            end = match.end() - (len(line) - len(line.rstrip()))
            yield start, end


def _paragraphs(text: str, lines: list[tuple[int, int]]) -> Iterator[Paragraph]:
    """Yield paragraphs: runs of kept lines not separated by a blank line or a dropped line."""
    run_start, run_end = lines[0]
    for start, end in lines[1:]:
        between = text[run_end:start]
        if between.count("\n") <= 1 and not between.strip():
            run_end = end
            continue
        yield Paragraph(run_start, run_end)
        run_start, run_end = start, end
    yield Paragraph(run_start, run_end)


def _author_bio_start(text: str, lines: list[tuple[int, int]]) -> int:
    """Return the index of the line where a closing author biography starts, or len(lines).

    A biography is a short name line near the end of the article, with no sentence
    ending, that the next line begins with again: "Jane Doe" / "Jane Doe is a reporter ...".
    """
    for number in range(max(0, len(lines) - _BIO_WINDOW), len(lines) - 1):
        name = text[slice(*lines[number])]
        if not _NAME_LINE.fullmatch(name):
            continue
        following = text[slice(*lines[number + 1])].split()
        if [w.casefold() for w in name.split()[:2]] == [w.casefold() for w in following[:2]]:
            return number
    return len(lines)
