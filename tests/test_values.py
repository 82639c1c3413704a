"""Tests for factdiff.values.dates: the parts of years and months, and the seasons."""

import datetime
import itertools

import pytest

from factdiff.judge.relations import relate
from factdiff.models import Detail, Kind
from factdiff.render.display import format_value
from factdiff.values import PARTS, SEASONS, date_span, part_interval, season_interval


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
