"""Tests for factdiff.extract.numerals: numbers in words and digits, singular and plural."""

import datetime as dt

import pytest

from factdiff.extract import extract_details
from factdiff.extract.numbers import find_numbers
from factdiff.extract.numerals import MAX_DIGITS, parse_number
from factdiff.text.morphology import plural, singular


def read(text: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, unit) for each numeric detail of ``text``."""
    return [(d.kind.value, d.text, d.value, d.unit) for d in find_numbers(text)]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three and a half", 3.5),
        ("twenty-five", 25),
        ("two hundred and forty", 240),
        ("1,200", 1200),
        ("1.2 million", 1_200_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a quarter", 0.25),
        ("ten", 10),
        ("Three", 3),
        ("a hundred and fifty", 150),
        ("nineteen hundred", 1900),
        ("five hundred and twenty-five thousand", 525_000),
        ("4bn", 4_000_000_000),
        ("three quarters", 0.75),
        ("one and a half", 1.5),
        ("a half", 0.5),
        # The scale multiplies the whole number before it; a half after it is of the scale.
        ("two and a half million", 2_500_000),
        ("one and a quarter billion", 1_250_000_000),
        ("a million and a half", 1_500_000),
        ("two million and a half", 2_500_000),
        ("a dozen and a half", 18),
    ],
)
def test_parse_number_reads_words_and_digits(words, value):
    assert parse_number(words) == value


def test_parse_number_returns_int_when_whole():
    assert isinstance(parse_number("1.0 million"), int)
    assert isinstance(parse_number("three and a half"), float)


@pytest.mark.parametrize(
    "words",
    [
        "",
        "warplanes",
        "two three",
        "twenty twenty",
        "and",
        "a",
        "hundred and",
        "1,20",
        "one hundred and two hundred",
    ],
)
def test_parse_number_rejects_non_numbers(words):
    assert parse_number(words) is None


def test_parse_number_rejects_non_strings():
    with pytest.raises(TypeError, match="words must be a string: 3"):
        parse_number(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("noun", "one"),
    [
        ("warplanes", "warplane"),
        ("people", "person"),
        ("countries", "country"),
        ("boxes", "box"),
        ("years", "year"),
        ("percent", "percent"),
        ("Russian-backed", "russian-backed"),
        ("aircraft", "aircraft"),
        ("aircrafts", "aircraft"),
        ("batches", "batch"),
        ("batchs", "batch"),
        ("buses", "bus"),
        ("viruses", "virus"),
    ],
)
def test_singular(noun, one):
    assert singular(noun) == one


def digits(count: int) -> str:
    return ("1234567890" * (count // 10 + 1))[:count]


def test_numbers_are_read_up_to_their_most_digits():
    assert parse_number("9" * MAX_DIGITS) == 10**MAX_DIGITS - 1
    assert parse_number("9" * (MAX_DIGITS + 1)) is None
    assert parse_number("1," + ",".join(["000"] * 33)) == 10**99  # commas are no digits
    assert parse_number("0." + "5" * MAX_DIGITS) is None  # nor is the point
    assert read(f"lost {'9' * MAX_DIGITS} tanks")[0][2] == 10**MAX_DIGITS - 1


@pytest.mark.parametrize("count", [400, 5_000, 100_000])
@pytest.mark.parametrize(
    "sentence",
    [
        "The army lost {n} tanks.",
        "Some {n}.5 people came, about {n} more.",
        "The deal is worth ${n}bn, or {n} million dollars.",
        "Between {n} and {n}9 people came.",
        "They waited {n} years and {n} months.",
        "It ranked {n}th among {n} runners, number {n} on the chart.",
        "It happened {n} years ago, in the past {n} days.",
    ],
)
def test_a_number_of_absurdly_many_digits_is_no_figure(sentence, count):
    # Read, it overflowed a float (400 digits) or could not be written out (5,000).
    text = sentence.format(n=digits(count))
    details = extract_details(text, reference=dt.date(2022, 12, 19))
    assert not [d for d in details if digits(30) in d.text]


@pytest.mark.parametrize(
    ("one", "many"),
    [
        ("tank", "tanks"),
        ("aircraft", "aircraft"),
        ("batch", "batches"),
        ("person", "people"),
        ("child", "children"),
        ("country", "countries"),
        ("day", "days"),
        ("bus", "buses"),
        ("box", "boxes"),
        ("crisis", "crises"),
        ("series", "series"),
        ("square mile", "square miles"),
        ("basis point", "basis points"),
        ("fighter-jet", "fighter-jets"),
    ],
)
def test_plural_is_what_singular_reads_back(one, many):
    assert plural(one) == many
    assert singular(many) == one
