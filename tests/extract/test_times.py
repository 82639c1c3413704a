"""Tests for factdiff.extract.times: dates and weekdays."""

import pytest

from factdiff.extract.times import find_times, iso_date
from factdiff.models import Kind


def read(text: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, qualifier) for each time detail of ``text``."""
    return [(d.kind.value, d.text, d.value, d.qualifier) for d in find_times(text)]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("on December 19, 2022, Putin", "December 19, 2022", "2022-12-19"),
        ("on 19 December 2022 he", "19 December 2022", "2022-12-19"),
        ("on Dec. 19, 2022 he", "Dec. 19, 2022", "2022-12-19"),
        ("on 2022-12-19 he", "2022-12-19", "2022-12-19"),
        ("Accession: 20.12.2022)", "20.12.2022", "2022-12-20"),
        ("on 19/12/2022", "19/12/2022", "2022-12-19"),
        ("Assessment, December 19”", "December 19", "--12-19"),
        ("on Dec. 19 he", "Dec. 19", "--12-19"),
        ("the 19th of December", "19th of December", "--12-19"),
        ("in June 2019", "June 2019", "2019-06"),
        ("in 2019", "2019", "2019"),
        ("since 2019", "2019", "2019"),
        ("Since the 2020 Protests, the", "2020", "2020"),
        ("power in 2022 ranks 52nd", "2022", "2022"),
        ("“2022 Belarus Military Strength”", "2022", "2022"),
        ("2022’s winter", "2022", "2022"),
        ("as early as January.", "January", "--01"),
    ],
)
def test_dates(text, words, value):
    assert read(text) == [("date", words, value, None)]


def test_month_with_qualifier():
    assert read("likely in early February or March.") == [
        ("date", "early February", "--02", "early"),
        ("date", "March", "--03", None),
    ]


def test_year_chains_and_ranges():
    assert [d.value for d in find_times("between 2019 and 2021, the 2019-2022 period")] == [
        "2019",
        "2021",
        "2019",
        "2022",
    ]
    assert read("in mid-2019") == [("date", "mid-2019", "2019", "mid")]


@pytest.mark.parametrize(
    "text",
    [
        "2000 people",
        "it rose by 15%, to 1999%",
        "an F-2022 jet",
        "Putin may come",
        "on 05/06/2022",
        "about 1,200 people",
        "a day in late 1",
    ],
)
def test_not_dates(text):
    assert [d for d in find_times(text) if d.kind is Kind.DATE] == []


def test_impossible_day_is_not_read_as_a_day():
    assert [d.value for d in find_times("on 31 February 2022")] == ["2022-02"]


def test_may_is_a_month_only_in_date_context():
    assert read("Putin may come in May.") == [("date", "May", "--05", None)]
    assert read("on May 5") == [("date", "May 5", "--05-05", None)]


@pytest.mark.parametrize("day", ["Monday", "Tuesday", "Friday", "Sunday"])
def test_weekdays(day):
    assert read(f"Putin will fly to Belarus on {day}, his first") == [("weekday", day, day, None)]


def test_weekday_and_date_side_by_side():
    assert read("on Monday, December 19, 2022") == [
        ("weekday", "Monday", "Monday", None),
        ("date", "December 19, 2022", "2022-12-19", None),
    ]


def test_lowercase_weekday_is_not_read():
    assert find_times("a monday morning") == []


def test_taken_spans_are_skipped():
    assert find_times("on Monday", taken=[(3, 9)]) == []


def test_iso_date_validates():
    assert iso_date(2022, 12, 19) == "2022-12-19"
    assert iso_date(2023, 2, 29) is None
    assert iso_date(None, 2, 29) == "--02-29"
    assert iso_date(None, 13) is None
