"""Tests of display values: a detail's value and a source's label as a report shows them."""

import pytest

from factdiff.models import Detail, Kind
from factdiff.render.display import format_value, source_label


@pytest.mark.parametrize(
    ("detail", "shown"),
    [
        (Detail(Kind.DURATION, "three years", 0, 11, 3, "year"), "3 years"),
        (Detail(Kind.DURATION, "three and a half years", 0, 22, 3.5, "year"), "3.5 years"),
        (Detail(Kind.DURATION, "a year", 0, 6, 1, "year"), "1 year"),
        (Detail(Kind.DATE, "December 19, 2022", 0, 17, "2022-12-19"), "2022-12-19"),
        (Detail(Kind.WEEKDAY, "Monday", 0, 6, "monday"), "Monday"),
        (Detail(Kind.WEEKDAY, "Monday", 0, 6, 0), "Monday"),
        (Detail(Kind.DURATION, "nearly 10 months", 0, 16, (9, 10), "month"), "9–10 months"),
        (Detail(Kind.QUANTITY, "over 22", 0, 7, (22, float("inf"))), "≥ 22"),
        (Detail(Kind.QUANTITY, "under 5", 0, 7, (float("-inf"), 5)), "≤ 5"),
        (Detail(Kind.QUANTITY, "85 miles", 0, 8, 85, "mile"), "85 miles"),
        (Detail(Kind.QUANTITY, "12 percent", 0, 10, 12, "%"), "12%"),
        (Detail(Kind.QUANTITY, "142,000", 0, 7, 142000), "142,000"),
        (Detail(Kind.RANK, "52nd", 0, 4, 52), "52nd"),
        (Detail(Kind.PLACE, "Minsk", 0, 5, "Minsk"), "Minsk"),
        (Detail(Kind.QUANTITY, "three aircraft", 0, 14, 3, "aircraft"), "3 aircraft"),
        (Detail(Kind.QUANTITY, "12 batches", 0, 10, 12, "batch"), "12 batches"),
        (Detail(Kind.QUANTITY, "1,200 people", 0, 12, 1200, "person"), "1,200 people"),
        (Detail(Kind.QUANTITY, "300 sq mi", 0, 9, 300, "square mile"), "300 square miles"),
        # Numbers no article gives, but a detail may be built with: shown by their size.
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**400 + 10**398, "tank"), "1.01 × 10⁴⁰⁰ tanks"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**5000, "tank"), "1 × 10⁵⁰⁰⁰ tanks"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**100_000 - 1), "1 × 10¹⁰⁰⁰⁰⁰"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 10**30 - 1), f"{10**30 - 1:,}"),
        (Detail(Kind.QUANTITY, "many", 0, 4, 2.5e300), "2.5 × 10³⁰⁰"),
        (Detail(Kind.RANK, "last", 0, 4, 10**5000), "1 × 10⁵⁰⁰⁰"),
    ],
)
def test_format_value(detail, shown):
    assert format_value(detail) == shown


@pytest.mark.parametrize(
    ("index", "label"), [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (701, "ZZ")]
)
def test_source_label(index, label):
    assert source_label(index) == label


def test_source_label_refuses_negative_index():
    with pytest.raises(ValueError, match="-1"):
        source_label(-1)
