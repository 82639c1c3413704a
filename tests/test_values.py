"""Tests for factdiff.values.dates: the parts of years and months, the seasons, written dates."""

import datetime
import itertools

import pytest

from factdiff.judge.relations import relate
from factdiff.models import Detail, Kind
from factdiff.render.display import format_value
from factdiff.values import (
    PARTS,
    SEASONS,
    date_span,
    part_interval,
    season_interval,
    written_dates,
)


def day(text: str) -> datetime.date:
    """Return the date of an ISO day."""
    return datetime.date.fromisoformat(text)


# --- parts of years and months, seasons -----------------------------------------------------


@pytest.mark.parametrize("year", [2022, 2023, 2024, 2100])
def test_parts_of_a_year_and_its_months_tile_it(year):
    spans = [date_span(part_interval(part, year)) for part in PARTS]
    for month in range(1, 13):
        spans_of_month = [date_span(part_interval(part, year, month)) for part in PARTS]
        assert spans_of_month[0][0] == datetime.date(year, month, 1)
        assert date_span(f"{year}-{month:02d}")[1] == spans_of_month[-1][1]
        for (_, last), (first, _) in itertools.pairwise(spans_of_month):
            assert first - last == datetime.timedelta(days=1)
    assert (spans[0][0], spans[-1][1]) == date_span(str(year))
    for (_, last), (first, _) in itertools.pairwise(spans):
        assert first - last == datetime.timedelta(days=1)


def test_seasons_tile_the_year_from_march():
    spans = [date_span(season_interval(season, 2023)) for season in SEASONS]
    assert spans[0][0] == day("2023-03-01")
    assert spans[-1][1] == day("2024-02-29")
    for (_, last), (first, _) in itertools.pairwise(spans):
        assert first - last == datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: part_interval("end", 2022), "end"),
        (lambda: season_interval("monsoon", 2022), "monsoon"),
    ],
)
def test_parts_and_seasons_name_a_bad_word(call, message):
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize("year", [0, 10000])
def test_parts_and_seasons_out_of_range_are_none(year):
    assert part_interval("late", year) is None
    assert part_interval("late", year, 12) is None
    assert season_interval("winter", year) is None
    assert season_interval("winter", 9999) is None  # it would end in 10000


def test_a_number_reads_the_same_in_a_table_and_in_a_note():
    a = Detail(Kind.QUANTITY, "1,500 soldiers", 0, 14, 1500, "soldier")
    b = Detail(Kind.QUANTITY, "1,800 soldiers", 0, 14, 1800, "soldier")
    _, note = relate(a, b)
    assert format_value(a) == "1,500 soldiers" and "1,500 vs 1,800" in note


# --- dates as a text writes them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("December 19, 2022", [("December 19, 2022", "2022-12-19", None)]),
        ("Sept. 3rd, 2021", [("Sept. 3rd, 2021", "2021-09-03", None)]),
        (
            "19th of December 2022",
            [("19th of December 2022", "2022-12-19", None), ("December 2022", "2022-12", None)],
        ),
        ("2022-12-19 or 19.12.2022", [("2022-12-19", "2022-12-19", None), ("19.12.2022", "2022-12-19", None)]),
        ("19/12/2022, 12/19/2022, 05/06/2022", [("19/12/2022", "2022-12-19", None), ("12/19/2022", "2022-12-19", None)]),
        ("mid-June of 2019", [("mid-June of 2019", "2019-06-11/2019-06-20", "mid")]),
        ("Dec 19 and 19 Dec", [("Dec 19", "--12-19", None), ("19 Dec", "--12-19", None)]),
        ("31 February 2022, May 2022", [("February 2022", "2022-02", None), ("May 2022", "2022-05", None)]),
        ("in 2022 and in May; 2022-13-01", []),
    ],
)  # fmt: skip
def test_written_dates(text, found):
    assert [(text[d.start : d.end], d.value, d.qualifier) for d in written_dates(text)] == found
