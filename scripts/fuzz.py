"""Fuzz reading, splitting and extraction for a given time; exit non-zero on the first crash.

Run with: .venv/bin/python scripts/fuzz.py [--minutes 10]

Besides the small inputs, ``fuzz_big`` reads and splits inputs of up to 2 MB (a stretch
of text repeated) and fails if that takes more than 10 s.

A crash is any exception other than factdiff's own InputError, or a broken invariant:
every span must point into the text as read (``text[start:end]`` is the sentence or the
detail's words). Hypothesis generates the input from raw bytes, from any Unicode, and
from a news-like vocabulary (numbers in digits and words, dates, weekdays, quotes,
negations, right-to-left and CJK script, emoji, control characters) that reaches deep
into the extractors; it shrinks a crash to a small example and prints it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdiff.errors import InputError
from factdiff.extract import extract_details
from factdiff.read import decode, parse_article
from factdiff.split import split_sentences

NEWS_WORDS = """Putin Lukashenko Minsk Kyiv Belarus Russia Ukraine the a of in on at to from and
but not never no has have had will would might could may said says told according denied
visit talks war troops soldiers people killed wounded first second third 52nd last next
one two three four ten twelve twenty hundred thousand million billion half quarter
nearly about almost more than less at least some dozens hundreds years months weeks days
hours year month week day Monday Tuesday Sunday December January June 2019 2022 19 3
3.5 10 9,000 85 1,500 $5bn £3m 12% 0.5 per cent percent km miles since ago earlier
later early late mid- spring summer last week this year President Minister "quoted
words" “curly quotes” ‘single’ — – - ( ) [1] [2] . , ; : ! ? … ' " 1990s 20th
Mr. Dr. U.S. e.g. Inc. St. No. 5 vs. a.m. p.m.""".split()
ODD = ["\n", "\n\n", "\r\n", "\t", "  ", "\x07", "\x1b", "\x0c", "\u200b", "\u202e",
       "بوتين زار مينسك", "普京访问明斯克", "📣", "🇧🇾", "e\u0301", "ﬁ", "Ⅻ", "٣", "𝟑"]  # fmt: skip

news_text = st.lists(
    st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(ODD), st.text(max_size=3)),
    max_size=120,
).map(lambda parts: " ".join(parts))
any_text = st.one_of(news_text, st.text(max_size=400))
days = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
FUZZ = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@FUZZ
@given(st.binary(max_size=600))
def fuzz_decode(data: bytes) -> None:
    try:
        text, encoding, _ = decode(data)
    except InputError:
        return
    assert isinstance(text, str) and encoding


@FUZZ
@given(any_text, any_text)
def fuzz_read_and_split(title: str, body: str) -> None:
    text = f"{title}\n\n{body}"
    try:
        article = parse_article(text, source_id="a")
    except InputError:
        return
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(text)
    for line in article.set_aside:
        assert text[line.start : line.end] == line.text
    for sentence in split_sentences(article):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text


@FUZZ
@given(any_text, st.integers(0, 10_000), days)
def fuzz_extract(sentence: str, offset: int, day: dt.date | None) -> None:
    for detail in extract_details(sentence, offset=offset, reference=day):
        start, end = detail.start - offset, detail.end - offset
        assert 0 <= start <= end <= len(sentence), detail
        assert sentence[start:end] == detail.text, detail


# Up to 2 MB, the most factdiff reads: a drawn stretch of text repeated, with or without
# paragraph breaks, so that one paragraph of 2 MB or 500,000 "Mr." come up.
big_text = st.tuples(
    st.one_of(news_text, st.sampled_from(["Mr. ", "w", "1" * 50 + " ", "U.S. ", "“A.” "])),
    st.integers(1, 2_000_000),
    st.booleans(),
).map(
    lambda t: ((t[0] or "x") + ("\n\n" if t[2] else "")) * min(t[1], 2_000_000 // max(1, len(t[0])))
)
BIG = settings(FUZZ, max_examples=10)
# What a 2 MB article may take to be read and split: the 10 s it may take whole (2 MB of
# "Mr. " takes about 3 s on this 2-core machine when nothing else runs).
BIG_SECONDS = 10


@BIG
@given(big_text)
def fuzz_big(body: str) -> None:
    text = f"Title\n\n{body}"[:2_000_000]
    started = time.monotonic()
    try:
        article = parse_article(text, source_id="a")
    except InputError:
        return
    sentences = split_sentences(article)
    assert time.monotonic() - started < BIG_SECONDS, f"{len(text):,} characters too slow"
    for sentence in sentences[:50]:
        assert text[sentence.start : sentence.end] == sentence.text


TARGETS = (fuzz_decode, fuzz_read_and_split, fuzz_extract, fuzz_big)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10, help="how long to run (default 10)")
    minutes = parser.parse_args().minutes
    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < minutes * 60:
        for target in TARGETS:
            target()
        rounds += 1
        elapsed = time.monotonic() - started
        print(f"round {rounds}: {rounds * 300} examples per target, {elapsed:.0f} s", flush=True)
    examples = rounds * (300 * (len(TARGETS) - 1) + BIG.max_examples)
    print(f"no crash in {examples:,} examples over {elapsed / 60:.1f} minutes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
