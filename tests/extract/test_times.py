"""Tests for factdiff.extract.times: dates, weekdays and relative dates."""

import datetime
import itertools

import pytest
from hypothesis import given, settings

from factdiff.extract.times import find_times
from factdiff.models import Kind
from factdiff.values import date_span, iso_date

from ..strategies import DATE_TEXTS


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
    assert read("in mid-2019") == [("date", "mid-2019", "2019-05-01/2019-08-31", "mid")]


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


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Verstappen won Sunday's Grand Prix", "Sunday"),
        ("Tuesday night's cup replay was called off", "Tuesday"),
        ("after Monday's meeting", "Monday"),
        ("after Monday’s meeting", "Monday"),
    ],
)
def test_possessive_weekdays_span_the_name(text, day):
    assert read(text) == [("weekday", day, day, None)]


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
    assert iso_date(0, 1) is None  # there is no year 0


# --- more absolute forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("on 19 Dec he", "19 Dec", "--12-19"),
        ("on December 19th he", "December 19th", "--12-19"),
        ("on December 19th, 2022, he", "December 19th, 2022", "2022-12-19"),
        ("the 19th of December 2022", "19th of December 2022", "2022-12-19"),
        ("on Sept. 5, 2021", "Sept. 5, 2021", "2021-09-05"),
        ("on 5 Sept 2021", "5 Sept 2021", "2021-09-05"),
        ("on Dec 19 2022", "Dec 19 2022", "2022-12-19"),
        ("19.12.2022", "19.12.2022", "2022-12-19"),
        ("5.6.2022", "5.6.2022", "2022-06-05"),
        ("June 2019", "June 2019", "2019-06"),
    ],
)
def test_more_absolute_dates(text, words, value):
    assert read(text) == [("date", words, value, None)]


@pytest.mark.parametrize(
    ("text", "words", "value", "qualifier"),
    [
        # a part of a year: its thirds by month
        ("in early 2019", "early 2019", "2019-01-01/2019-04-30", "early"),
        ("in mid-2021", "mid-2021", "2021-05-01/2021-08-31", "mid"),
        ("in mid 2021", "mid 2021", "2021-05-01/2021-08-31", "mid"),
        ("by late 2021", "late 2021", "2021-09-01/2021-12-31", "late"),
        ("in Late 2022", "Late 2022", "2022-09-01/2022-12-31", "late"),
        # a part of a month with its year: days 1-10, 11-20, 21 to the end
        ("in early February 2023", "early February 2023", "2023-02-01/2023-02-10", "early"),
        ("in mid-February 2023", "mid-February 2023", "2023-02-11/2023-02-20", "mid"),
        ("in late February 2023", "late February 2023", "2023-02-21/2023-02-28", "late"),
        ("in late February 2024", "late February 2024", "2024-02-21/2024-02-29", "late"),
        ("in late April, 2022", "late April, 2022", "2022-04-21/2022-04-30", "late"),
        ("by late Dec. 2022", "late Dec. 2022", "2022-12-21/2022-12-31", "late"),
        ("in early May 2021", "early May 2021", "2021-05-01/2021-05-10", "early"),
        # seasons: meteorological, northern hemisphere
        ("in the spring of 2020", "spring of 2020", "2020-03-01/2020-05-31", "spring"),
        ("in the summer of 2020", "summer of 2020", "2020-06-01/2020-08-31", "summer"),
        ("in autumn 2021", "autumn 2021", "2021-09-01/2021-11-30", "autumn"),
        ("in the autumn of 2021", "autumn of 2021", "2021-09-01/2021-11-30", "autumn"),
        ("by the fall of 2020", "fall of 2020", "2020-09-01/2020-11-30", "autumn"),
        ("Winter 2021 was cold", "Winter 2021", "2021-12-01/2022-02-28", "winter"),
        ("in the winter of 2023", "winter of 2023", "2023-12-01/2024-02-29", "winter"),
        # without a year: the month, until resolved against the article's date
        ("in early February", "early February", "--02", "early"),
        ("in mid-March", "mid-March", "--03", "mid"),
        ("in late May", "late May", "--05", "late"),
    ],
)
def test_qualified_dates(text, words, value, qualifier):
    assert read(text) == [("date", words, value, qualifier)]
    if not value.startswith("--"):
        assert date_span(value) is not None


@pytest.mark.parametrize(
    ("wide", "narrow"),
    [
        ("late 2022", "December 2022"),
        ("late 2022", "September 2022"),
        ("early 2019", "April 2019"),
        ("mid-2021", "May 2021"),
        ("the autumn of 2021", "October 2021"),
        ("the winter of 2021", "February 2022"),
        ("early February 2023", "February 3, 2023"),
        ("late February 2024", "February 29, 2024"),
    ],
)
def test_qualified_dates_hold_what_lies_in_them(wide, narrow):
    [(first, last)] = (date_span(str(d.value)) for d in find_times(wide))
    [(start, end)] = (date_span(str(d.value)) for d in find_times(narrow))
    assert first <= start and end <= last


@pytest.mark.parametrize(
    ("wide", "other"),
    [
        ("late 2022", "February 2022"),
        ("late 2022", "August 2022"),
        ("early 2019", "May 2019"),
        ("the autumn of 2021", "May 2021"),
        ("the winter of 2021", "February 2021"),  # winter 2021 is December 2021 to February 2022
        ("early February 2023", "February 11, 2023"),
        ("mid-February 2023", "late February 2023"),
    ],
)
def test_qualified_dates_leave_out_what_lies_outside(wide, other):
    [(first, last)] = (date_span(str(d.value)) for d in find_times(wide))
    [(start, end)] = (date_span(str(d.value)) for d in find_times(other))
    assert end < first or last < start


def test_weekday_before_a_date_is_its_own_detail():
    assert read("on Monday, December 19") == [
        ("weekday", "Monday", "Monday", None),
        ("date", "December 19", "--12-19", None),
    ]


# --- since ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("in power since June 2019", "since June 2019", "2019-06"),
        ("since 2019", "since 2019", "2019"),
        ("the first since 2019", "since 2019", "2019"),
        ("Since December 19, 2022, he", "Since December 19, 2022", "2022-12-19"),
        ("ever since 19 Dec", "since 19 Dec", "--12-19"),
        ("since early 2019", "since early 2019", "2019-01-01/2019-04-30"),
        ("since the summer of 2020", "since the summer of 2020", "2020-06-01/2020-08-31"),
        ("since late February 2022", "since late February 2022", "2022-02-21/2022-02-28"),
        ("since June", "since June", "--06"),
    ],
)
def test_since_dates(text, words, value):
    assert read(text) == [("date", words, value, "since")]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Since the 2020 Protests, the", "2020", "2020"),  # dates the protests
        ("in 2019, since then", "2019", "2019"),
        ("since, in 2019,", "2019", "2019"),
    ],
)
def test_not_since_dates(text, words, value):
    assert read(text) == [("date", words, value, None)]


def test_since_respects_taken_spans():
    assert find_times("since 2019", taken=[(0, 5)]) == []


# --- relative dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Putin said today", "today", "today"),
        ("Today, Putin said", "Today", "today"),
        ("Putin arrived yesterday", "yesterday", "yesterday"),
        ("he will arrive tomorrow", "tomorrow", "tomorrow"),
        ("he spoke last night", "last night", "last night"),
        ("he speaks tonight", "tonight", "tonight"),
        ("he spoke this morning", "this morning", "this morning"),
        ("the day before yesterday", "the day before yesterday", "the day before yesterday"),
        ("the day after tomorrow", "the day after tomorrow", "the day after tomorrow"),
        ("on the day before the summit", "the day before", "the day before"),
        ("on the previous day", "the previous day", "the day before"),
        ("on the following day", "the following day", "the day after"),
        ("deployed to Belarus last week.", "last week", "last week"),
        ("this week", "this week", "this week"),
        ("next week", "next week", "next week"),
        ("last weekend", "last weekend", "last weekend"),
        ("this weekend", "this weekend", "this weekend"),
        ("Last month the", "Last month", "last month"),
        ("this month", "this month", "this month"),
        ("next month", "next month", "next month"),
        ("last year's war", "last year", "last year"),
        ("this year", "this year", "this year"),
        ("next year", "next year", "next year"),
        ("in the last week", "last week", "past week"),
        ("over the past month", "past month", "past month"),
        ("in the past year", "past year", "past year"),
        ("last Friday", "last Friday", "last Friday"),
        ("Last Monday", "Last Monday", "last Monday"),
        ("next Sunday", "next Sunday", "next Sunday"),
        ("this Wednesday", "this Wednesday", "this Wednesday"),
        ("10 months ago", "10 months ago", "10 months ago"),
        ("ten months ago", "ten months ago", "10 months ago"),
        ("a year ago", "a year ago", "1 year ago"),
        ("An hour and a day ago", "a day ago", "1 day ago"),
        ("one week ago", "one week ago", "1 week ago"),
        ("twenty-five years ago", "twenty-five years ago", "25 years ago"),
        ("two and a half years ago", "two and a half years ago", "2.5 years ago"),
        ("a year and a half ago", "a year and a half ago", "1.5 years ago"),
        ("3 days ago", "3 days ago", "3 days ago"),
        ("earlier this week", "earlier this week", "earlier this week"),
        ("Earlier this month", "Earlier this month", "earlier this month"),
        ("earlier this year", "earlier this year", "earlier this year"),
        ("later this month", "later this month", "later this month"),
        ("later this year", "later this year", "later this year"),
        ("warned in recent days that", "recent days", "recent days"),
        ("in recent weeks", "recent weeks", "recent weeks"),
        ("over recent months", "recent months", "recent months"),
        ("in the past three days", "past three days", "past 3 days"),
        ("over the last two weeks", "last two weeks", "past 2 weeks"),
        ("in the past 24 hours", "past 24 hours", "past 24 hours"),
        ("within the past 6 months", "past 6 months", "past 6 months"),
        ("fighting in the past day", "past day", "past day"),
        ("early this month", "early this month", "early this month"),
        ("in mid-this year", "mid-this year", "mid this year"),
        ("Late last year, the", "Late last year", "late last year"),
        ("by late next month", "late next month", "late next month"),
        ("in early next year", "early next year", "early next year"),
    ],
)
def test_relative_dates(text, words, value):
    assert read(text) == [("date", words, value, "relative")]


@pytest.mark.parametrize(
    "text",
    [
        "for the past three years",  # a duration, for numbers.py
        "for the past two weeks",
        "has spent the past four years in London",  # without in/over/...: a duration too
        "last three days",
        "the last day of the summit",
        "the last year of the war",
        "the last week of the war",  # the final week, not the week before
        "Russia Today reported",  # a name
        "a monday ago",
        "several days ago",
        "last friday",  # weekdays are capitalised
        "1,000 years ago",
    ],
)
def test_not_relative_dates(text):
    assert [d for d in find_times(text) if d.qualifier == "relative"] == []


def test_weekday_stays_a_weekday_unless_last_next_or_this():
    assert read("on Friday and last Friday") == [
        ("weekday", "Friday", "Friday", None),
        ("date", "last Friday", "last Friday", "relative"),
    ]


def test_relative_dates_beside_other_dates():
    assert read("Last year, on 19 December 2022, and ten months ago") == [
        ("date", "Last year", "last year", "relative"),
        ("date", "19 December 2022", "2022-12-19", None),
        ("date", "ten months ago", "10 months ago", "relative"),
    ]


# --- date spans -----------------------------------------------------------------------------


def d(text: str) -> datetime.date:
    """Return the date of an ISO day."""
    return datetime.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2022-12-19", "2022-12-19", "2022-12-19"),
        ("2022-12", "2022-12-01", "2022-12-31"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2022", "2022-01-01", "2022-12-31"),
        ("2022-12-12/2022-12-18", "2022-12-12", "2022-12-18"),
        ("2021/2022-03", "2021-01-01", "2022-03-31"),
    ],
)
def test_date_span(value, first, last):
    assert date_span(value) == (d(first), d(last))


@pytest.mark.parametrize(
    "value",
    ["--12-19", "--02", "2022-02-30", "2022-13", "last week", "", "22", "2022-12-18/2022-12-12",
     "2022-12-19/", "0000", "2022-12-19T10:00"],
)  # fmt: skip
def test_date_span_of_what_is_not_a_whole_date(value):
    assert date_span(value) is None


def test_date_span_wants_a_string():
    with pytest.raises(TypeError, match="2022"):
        date_span(2022)  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(DATE_TEXTS)
def test_find_times_never_raises_and_slices_its_text(text):
    details = find_times(text)
    for detail in details:
        assert text[detail.start : detail.end] == detail.text
        assert detail.text
        value = str(detail.value)
        if detail.kind is Kind.DATE and detail.qualifier != "relative" and value[:2] != "--":
            assert date_span(value) is not None, detail
    spans = [(detail.start, detail.end) for detail in details]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
