"""Tests for factdiff.extract.relative: times resolved against the day an article speaks from."""

import dataclasses
import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.extract.relative import find_relative, resolve_phrase
from factdiff.extract.times import find_times, resolve_times
from factdiff.models import Detail, Kind
from factdiff.values import date_span


def day(text: str) -> datetime.date:
    """Return the date of an ISO day."""
    return datetime.date.fromisoformat(text)


def resolved(text: str, reference: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, qualifier) of the time details of ``text``, resolved."""
    details = resolve_times(find_times(text), reference=day(reference), text=text)
    return [(d.kind.value, d.text, d.value, d.qualifier) for d in details]


def value_of(phrase: str, reference: str) -> object:
    """Return the value the one relative date of ``phrase`` resolves to."""
    (detail,) = find_times(phrase)
    (done,) = resolve_times([detail], reference=day(reference))
    assert (done.kind, done.text, done.qualifier) == (Kind.DATE, detail.text, "relative")
    return done.value


# --- relative dates -------------------------------------------------------------------------

MONDAY = "2022-12-19"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("today", "2022-12-19"),
        ("tonight", "2022-12-19"),
        ("this morning", "2022-12-19"),
        ("yesterday", "2022-12-18"),
        ("last night", "2022-12-18"),
        ("tomorrow", "2022-12-20"),
        ("the day before yesterday", "2022-12-17"),
        ("the day after tomorrow", "2022-12-21"),
        ("this week", "2022-12-19/2022-12-25"),
        ("last week", "2022-12-12/2022-12-18"),
        ("next week", "2022-12-26/2023-01-01"),
        ("this weekend", "2022-12-24/2022-12-25"),
        ("last weekend", "2022-12-17/2022-12-18"),
        ("next weekend", "2022-12-31/2023-01-01"),
        ("this month", "2022-12"),
        ("last month", "2022-11"),
        ("next month", "2023-01"),
        ("this year", "2022"),
        ("last year", "2021"),
        ("next year", "2023"),
        ("in the past week", "2022-12-12/2022-12-19"),
        ("over the last month", "2022-11-19/2022-12-19"),
        ("in the past year", "2021-12-19/2022-12-19"),
        ("last Friday", "2022-12-16"),
        ("next Friday", "2022-12-23"),
        ("this Friday", "2022-12-23"),
        ("last Monday", "2022-12-12"),  # the reference is a Monday
        ("next Monday", "2022-12-26"),
        ("this Monday", "2022-12-19"),
        ("3 days ago", "2022-12-16"),
        ("two weeks ago", "2022-12-05/2022-12-11"),
        ("10 months ago", "2022-02-01/2022-02-28"),
        ("ten months ago", "2022-02-01/2022-02-28"),
        ("a year ago", "2021-01-01/2021-12-31"),
        ("two and a half years ago", "2020-06-01/2020-06-30"),
        ("earlier this week", "2022-12-19"),  # Monday: the week so far is one day
        ("earlier this month", "2022-12-01/2022-12-19"),
        ("earlier this year", "2022-01-01/2022-12-19"),
        ("later this week", "2022-12-19/2022-12-25"),
        ("later this month", "2022-12-19/2022-12-31"),
        ("later this year", "2022-12-19/2022-12-31"),
        ("in recent days", "2022-12-12/2022-12-19"),
        ("in recent weeks", "2022-11-07/2022-12-19"),
        ("in recent months", "2022-06-19/2022-12-19"),
        ("in the past three days", "2022-12-16/2022-12-19"),
        ("over the past two weeks", "2022-12-05/2022-12-19"),
        ("in the past 24 hours", "2022-12-18/2022-12-19"),
        ("in the last 6 months", "2022-06-19/2022-12-19"),
        ("in the past day", "2022-12-18/2022-12-19"),
        ("early this month", "2022-12-01/2022-12-10"),
        ("in mid-this month", "2022-12-11/2022-12-20"),
        ("late this month", "2022-12-21/2022-12-31"),
        ("late last month", "2022-11-21/2022-11-30"),
        ("early next month", "2023-01-01/2023-01-10"),
        ("early this year", "2022-01-01/2022-04-30"),
        ("late last year", "2021-09-01/2021-12-31"),
        ("mid-next year", "2023-05-01/2023-08-31"),
    ],
)
def test_relative_dates_on_a_monday(phrase, value):
    assert value_of(phrase, MONDAY) == value


@pytest.mark.parametrize(
    ("phrase", "reference", "value"),
    [
        # a year's first day, a Sunday
        ("yesterday", "2023-01-01", "2022-12-31"),
        ("last month", "2023-01-01", "2022-12"),
        ("last year", "2023-01-01", "2022"),
        ("this week", "2023-01-01", "2022-12-26/2023-01-01"),
        ("last week", "2023-01-01", "2022-12-19/2022-12-25"),
        ("this weekend", "2023-01-01", "2022-12-31/2023-01-01"),
        ("10 months ago", "2023-01-01", "2022-03-01/2022-03-31"),
        ("earlier this year", "2023-01-01", "2023-01-01"),
        ("last Sunday", "2023-01-01", "2022-12-25"),
        ("this Sunday", "2023-01-01", "2023-01-01"),
        ("next Sunday", "2023-01-01", "2023-01-08"),
        ("last week", "2023-01-02", "2022-12-26/2023-01-01"),
        # a year's last day, a Saturday
        ("tomorrow", "2022-12-31", "2023-01-01"),
        ("next month", "2022-12-31", "2023-01"),
        ("later this week", "2022-12-31", "2022-12-31/2023-01-01"),
        ("later this year", "2022-12-31", "2022-12-31"),
        # leap years and short months
        ("tomorrow", "2024-02-28", "2024-02-29"),
        ("yesterday", "2024-03-01", "2024-02-29"),
        ("in the past year", "2024-02-29", "2023-02-28/2024-02-29"),
        ("over the past month", "2024-03-31", "2024-02-29/2024-03-31"),
        ("over the past month", "2021-03-31", "2021-02-28/2021-03-31"),
        ("a month ago", "2024-03-31", "2024-02-01/2024-02-29"),
        ("10 months ago", "2024-12-19", "2024-02-01/2024-02-29"),
        ("later this month", "2024-02-29", "2024-02-29"),
        ("this month", "2024-02-29", "2024-02"),
        ("late this month", "2024-02-01", "2024-02-21/2024-02-29"),
        ("late last month", "2024-03-31", "2024-02-21/2024-02-29"),
        ("late last month", "2023-01-05", "2022-12-21/2022-12-31"),
        ("early next month", "2022-12-31", "2023-01-01/2023-01-10"),
        ("late last year", "2023-01-01", "2022-09-01/2022-12-31"),
    ],
)
def test_relative_dates_across_boundaries(phrase, reference, value):
    assert value_of(phrase, reference) == value


@pytest.mark.parametrize("phrase", ["the day before", "the previous day", "the next day"])
def test_dates_relative_to_an_event_are_left_alone(phrase):
    (detail,) = find_relative(phrase)
    assert resolve_times([detail], reference=day(MONDAY)) == (detail,)


def test_resolve_phrase_reads_only_its_own_phrases():
    assert resolve_phrase("a fortnight ago", day(MONDAY)) is None
    assert resolve_phrase("2022-12-19", day(MONDAY)) is None


def test_resolved_values_are_iso_spans():
    for phrase in ("last week", "10 months ago", "last year", "last month", "yesterday"):
        span = date_span(str(value_of(phrase, MONDAY)))
        assert span is not None and span[1] <= day(MONDAY)


# --- elapsed time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "value", "unit"),
    [
        ("since June 2019", MONDAY, (3.47, 3.56), "year"),
        ("the first since 2019", MONDAY, (2.96, 3.97), "year"),
        ("since the summer of 2020", MONDAY, (2.29, 2.55), "year"),
        ("since early 2019", MONDAY, (3.63, 3.97), "year"),
        ("since late February 2022", MONDAY, (9.65, 9.89), "month"),
        ("since early February", MONDAY, (9.65, 10.55), "month"),  # all of February
        ("since June 2022", MONDAY, (5.65, 6.61), "month"),
        ("since June", MONDAY, (5.65, 6.61), "month"),  # the latest June
        ("since December 20", MONDAY, (11.95, 11.96), "month"),  # 2021-12-20
        ("since December 12, 2022", MONDAY, 7.0, "day"),
        ("since December 19, 2022", MONDAY, 0.0, "day"),
        ("since 2022", "2022-03-01", (0.0, 59.0), "day"),  # 29.5 days in the middle
        ("since 2022", "2022-06-01", (0.0, 4.97), "month"),
        ("since 2020", "2024-02-29", (3.16, 4.17), "year"),
    ],
)
def test_since_becomes_elapsed_time(text, reference, value, unit):
    [detail] = find_times(text)
    [done] = resolve_times([detail], reference=day(reference), text=text)
    assert done == dataclasses.replace(
        detail, kind=Kind.DURATION, value=value, unit=unit, qualifier="since"
    )


def test_since_june_2019_holds_three_and_a_half_years():
    [done] = resolve_times(find_times("since June 2019"), reference=day(MONDAY))
    low, high = done.value
    assert low <= 3.5 <= high
    assert high - low < 0.1


def test_since_a_date_after_the_reference_is_left_alone():
    details = find_times("since 2023")
    assert resolve_times(details, reference=day(MONDAY)) == tuple(details)


# --- everything else ------------------------------------------------------------------------


def test_other_details_pass_through():
    details = (
        Detail(Kind.QUANTITY, "300 men", 0, 7, 300, unit="man"),
        Detail(Kind.DURATION, "three years", 8, 19, 3, unit="year"),
        Detail(Kind.DATE, "19 December 2022", 20, 36, "2022-12-19"),
        Detail(Kind.DATE, "June 2019", 37, 46, "2019-06"),
        Detail(Kind.DATE, "mid-2021", 47, 55, "2021-05-01/2021-08-31", qualifier="mid"),
        Detail(Kind.DATE, "autumn 2021", 47, 55, "2021-09-01/2021-11-30", qualifier="autumn"),
        Detail(Kind.PERSON, "Putin", 56, 61, "Vladimir Putin"),
    )
    assert resolve_times(details, reference=day(MONDAY)) == details


def test_resolving_twice_changes_nothing_more():
    text = (
        "Putin, who flew in on Sunday and since June 2019 last week, left in May 10 months ago; "
        "he will return in early February or late 2023, as late last year."
    )
    once = resolve_times(find_times(text), reference=day(MONDAY), text=text)
    assert resolve_times(once, reference=day(MONDAY), text=text) == once


def test_reference_may_be_a_datetime():
    [done] = resolve_times(
        find_relative("yesterday"), reference=datetime.datetime(2022, 12, 19, 23)
    )
    assert done.value == "2022-12-18"


def test_reference_must_be_a_date():
    with pytest.raises(TypeError, match="2022-12-19"):
        resolve_times(find_relative("yesterday"), reference="2022-12-19")  # type: ignore[arg-type]


def test_text_must_hold_the_details():
    with pytest.raises(ValueError, match="0:9"):
        resolve_times(find_relative("yesterday"), reference=day(MONDAY), text="on Friday")


def test_extreme_references_leave_what_cannot_be_resolved():
    text = "yesterday, 3000 years ago, next year and since 2019"
    details = find_times(text)
    done = resolve_times(details, reference=datetime.date(1, 1, 1), text=text)
    assert [d.value for d in done] == ["yesterday", "3000 years ago", "0002", "2019"]
    done = resolve_times(details, reference=datetime.date.max, text=text)
    assert done[2].value == "next year"


# --- properties -----------------------------------------------------------------------------

_WORDS = st.sampled_from(
    "since in the last next this past ago a ten 10 3000 2019 2022 19 Dec. December June May "
    "February 29 Friday Monday early mid- late summer winter of , . ; year years month months "
    "week weeks days today yesterday tomorrow recent earlier later day before after 24 hours "
    "will would could come likely is to due expected On In".split()
)
_TEXTS = st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=14).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.dates())
def test_resolve_times_keeps_text_and_offsets(text, reference):
    details = find_times(text)
    done = resolve_times(details, reference=reference, text=text)
    assert len(done) == len(details)
    for before, after in zip(details, done, strict=True):
        assert (after.text, after.start, after.end) == (before.text, before.start, before.end)
        if after.kind is Kind.DATE and after != before:
            assert date_span(str(after.value)) is not None
        if after.kind is Kind.DURATION:
            low, high = after.value if isinstance(after.value, tuple) else (after.value,) * 2
            assert 0 <= low <= high
