"""Tests for factdiff.extract.numbers: durations, their parts, ordinal time units and events."""

import pytest

from factdiff.extract.numbers import EVENTS, duration_event, find_numbers
from factdiff.models import Kind


def read(text: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, unit) for each numeric detail of ``text``."""
    return [(d.kind.value, d.text, d.value, d.unit) for d in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "after three and a half years attracted",
            [("duration", "three and a half years", 3.5, "year")],
        ),
        ("for ten months", [("duration", "ten months", 10, "month")]),
        ("his first visit in three years", [("duration", "three years", 3, "year")]),
        ("a three-year sentence", [("duration", "three-year", 3, "year")]),
        ("half an hour", [("duration", "half an hour", 0.5, "hour")]),
        (
            "2.5 hours and 45 minutes",
            [("duration", "2.5 hours", 2.5, "hour"), ("duration", "45 minutes", 45, "minute")],
        ),
        (
            "3 weeks or one day",
            [("duration", "3 weeks", 3, "week"), ("duration", "one day", 1, "day")],
        ),
        ("two decades", [("duration", "two decades", 2, "decade")]),
        # Reuters writes three and a half "3-1/2".
        ("served 3-1/2 years", [("duration", "3-1/2 years", 3.5, "year")]),
        ("a 2-3/4-hour wait", [("duration", "2-3/4-hour", 2.75, "hour")]),
        (
            "between 1-1/2 and 2-1/2 years",
            [("duration", "between 1-1/2 and 2-1/2 years", (1.5, 2.5), "year")],
        ),
        ("3-3/2 years", []),  # no fraction of a whole: read as no number, as before
        ("3-1/2/4 years", []),
    ],
)
def test_durations_keep_the_unit_as_written(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eight years and eight months", ("eight years and eight months", 8.6667, "year")),
        ("three years and two months", ("three years and two months", 3.1667, "year")),
        ("a year and a half", ("a year and a half", 1.5, "year")),
        ("two years and a quarter", ("two years and a quarter", 2.25, "year")),
        ("an hour and a half", ("an hour and a half", 1.5, "hour")),
        ("two hours and 30 minutes", ("two hours and 30 minutes", 2.5, "hour")),
        ("a week and three days", ("a week and three days", 1.4286, "week")),
        ("a year and two weeks", ("a year and two weeks", 1.0383, "year")),
    ],
)
def test_compound_durations_are_one_duration_in_the_larger_unit(text, expected):
    (detail,) = find_numbers(text)
    assert detail.kind is Kind.DURATION
    assert (detail.text, detail.value, detail.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.5 hours and 45 minutes", ["2.5 hours", "45 minutes"]),
        ("two days and 30 hours", ["two days", "30 hours"]),
        ("a year and 14 months", ["a year", "14 months"]),
        ("two years and three people", ["two years", "three people"]),
        ("three months and two years", ["three months", "two years"]),
    ],
)
def test_parts_that_do_not_fit_their_unit_are_two_details(text, expected):
    assert [d.text for d in find_numbers(text)] == expected


def test_a_qualifier_applies_to_the_whole_compound_duration():
    (detail,) = find_numbers("nearly two years and three months")
    assert (detail.value, detail.unit, detail.qualifier) == ((2.025, 2.25), "year", "nearly")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year of fighting", ("A year", 1, "year", None)),
        ("an hour later", ("an hour", 1, "hour", None)),
        ("wait a fortnight for the result", ("a fortnight", 2, "week", None)),
        ("two fortnights", ("two fortnights", 4, "week", None)),
        ("nearly a fortnight", ("nearly a fortnight", (1.8, 2.0), "week", "nearly")),
        ("nearly a decade", ("nearly a decade", (0.9, 1.0), "decade", "nearly")),
        ("just over a year", ("just over a year", (1.0, 1.1), "year", "just over")),
        ("just under a month", ("just under a month", (0.9, 1.0), "month", "just under")),
        ("a little over a week", ("a little over a week", (1.0, 1.1), "week", "just over")),
        ("two centuries", ("two centuries", 2, "century", None)),
        ("a quarter century", ("a quarter century", 0.25, "century", None)),
    ],
)
def test_a_time_unit_after_a_or_an_is_one_of_it(text, expected):
    (detail,) = find_numbers(text)
    assert detail.kind is Kind.DURATION
    assert (detail.text, detail.value, detail.unit, detail.qualifier) == expected


@pytest.mark.parametrize(
    "text",
    [
        "twice a year",
        "once a week",
        "three times a day",
        "$5bn a year",
        "1.2 million barrels a day",
        "100 a day",
        "a year-long war",
    ],
)
def test_rates_are_not_durations(text):
    assert [d for d in find_numbers(text) if d.kind is Kind.DURATION] == []


@pytest.mark.parametrize(
    ("text", "unit", "low", "high"),
    [
        ("nearly a week", "week", 6 / 7, 1.0),  # six days is nearly a week
        ("about a week", "week", 6 / 7, 8 / 7),
        ("almost a month", "month", 1 - 7 / (365.25 / 12), 1.0),
        ("nearly ten months", "month", 9.0, 10.0),  # large counts keep the 10%
        ("about 100 days", "day", 90.0, 110.0),
        ("nearly a year", "year", 0.9, 1.0),  # a month is less than 10% of a year
    ],
)
def test_nearly_and_about_allow_one_smaller_unit(text, unit, low, high):
    (detail,) = find_numbers(text)
    assert detail.unit == unit
    assert detail.value == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The heatwave is now in its third week.",
            ("in its third week", (2.0, 3.0), "week", None),
        ),
        (
            "as the war enters its tenth month",
            ("its tenth month", (9.0, 10.0), "month", "war"),
        ),
        (
            "the drought, now into its second year",
            ("into its second year", (1.0, 2.0), "year", "drought"),
        ),
        ("in the second year of the war", ("in the second year", (1.0, 2.0), "year", "war")),
        ("the siege, in its 20th day", ("in its 20th day", (19.0, 20.0), "day", "siege")),
        ("in its second fortnight", ("in its second fortnight", (2.0, 4.0), "week", None)),
    ],
)
def test_an_ordinal_time_unit_is_the_interval_it_runs_through(text, expected):
    (detail,) = find_numbers(text)
    assert (detail.kind, detail.qualifier) == (Kind.DURATION, "ordinal")
    assert (detail.text, detail.value, detail.unit, detail.about) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in the first week of March",
        "the first weeks of the offensive",
        "in its first year-long review",
        "in its third quarter",
    ],
)
def test_ordinal_time_units_that_are_dates_or_parts_are_not_durations(text):
    assert [d for d in find_numbers(text) if d.kind is Kind.DURATION] == []


def test_qualified_duration_stays_a_duration():
    (detail,) = find_numbers("for nearly ten months")
    assert (detail.kind, detail.value, detail.unit) == (Kind.DURATION, (9.0, 10.0), "month")


def test_at_least_without_a_number_is_nothing():
    assert find_numbers("at least a hypothetical possibility") == []


@pytest.mark.parametrize(
    ("text", "duration", "event"),
    [
        ("ten months into the war", "ten months", "war"),
        ("his first visit in three years", "three years", "visit"),
        (
            "Putin’s visit to the Belarusian President in Minsk after three and a half years "
            "attracted attention",
            "three and a half years",
            "visit",
        ),
        (
            "Thus, although Lukashenko has managed to stay out of the war for ten months, "
            "there are questions about his ability to do so.",
            "ten months",
            "war",
        ),
        (
            "Putin will fly to Belarus on Monday, his first visit in three years, amid "
            "speculations that he might pressure his war ally",
            "three years",
            "visit",
        ),
        ("ten months of heavy fighting in the east", "ten months", "war"),
        ("two years of Lukashenko's rule", "two years", "rule"),
        ("nearly 10 years of the pandemic", "nearly 10 years", "pandemic"),
        ("after the talks, three years of conflict", "three years", "war"),
        ("a three-year prison sentence", "three-year", "sentence"),
        ("a four-year term", "four-year", "term"),
        ("a 10-day visit", "10-day", "visit"),
        ("a cease-fire lasting 30 days", "30 days", "ceasefire"),
        ("the truce, which lasted two weeks", "two weeks", "ceasefire"),
        ("the lockdown, which began in March, lasted 3 weeks", "3 weeks", "lockdown"),
        ("the conflict that has lasted nine years", "nine years", "war"),
        ("the invasion began two weeks ago", "two weeks", "war"),
        ("sanctions imposed for 10 years", "10 years", "sanction"),
        ("the anti-war protests lasted two weeks", "two weeks", "protest"),
        ("sentenced to five years in prison", "five years", "detention"),
        ("the war has gone on for ten months; talks lasted three days", "three days", "talks"),
        ("the war has gone on for ten months; talks lasted three days", "ten months", "war"),
        ("10-15 years of war", "10-15 years", "war"),
        ("the negotiations took 12 hours", "12 hours", "talks"),
        ("The project was delayed by six months because of", "six months", "delay"),
        ("Supply problems pushed the hospital project back by a year.", "a year", "delay"),
        ("the launch was put back by two weeks", "two weeks", "delay"),
        ("the vote was postponed for a year", "a year", "delay"),
        ("a six-month delay", "six-month", "delay"),
        ("a postponement of three weeks", "three weeks", "delay"),
    ],
)
def test_durations_know_the_event_they_measure(text, duration, event):
    details = {d.text: d for d in find_numbers(text)}
    assert details[duration].kind is Kind.DURATION
    assert details[duration].about == event
    start = text.index(duration)
    assert duration_event(text, start, start + len(duration)) == event


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("for ten days", "ten days"),
        ("for the first time in ten years", "ten years"),
        ("a long-term deal for ten years", "ten years"),
        ("the war ended; for two years nothing changed", "two years"),
        ("the war ended, but for two years nothing changed", "two years"),
        ("he came back by two weeks", "two weeks"),
        ("the bill was pushed back; by two weeks it was law", "two weeks"),
        ("although the talks failed, for two years nothing changed", "two years"),
        ("for two years – the war aside – nothing changed", "two years"),
    ],
)
def test_durations_without_an_event_in_their_clause(text, duration):
    (detail,) = [d for d in find_numbers(text) if d.text == duration]
    assert detail.about is None


def test_quantities_have_no_event():
    assert [d.about for d in find_numbers("three visits and 85 miles of war")] == [None, None]


def test_event_lexicon_folds_to_its_own_names():
    assert set(EVENTS.values()) <= set(EVENTS)


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (0, 99), (5, 2)])
def test_duration_event_checks_the_span(start, end):
    with pytest.raises(ValueError, match="start and end must satisfy"):
        duration_event("ten months", start, end)


def test_duration_event_rejects_non_strings():
    with pytest.raises(TypeError, match="text must be a string: 3"):
        duration_event(3, 0, 1)  # type: ignore[arg-type]
