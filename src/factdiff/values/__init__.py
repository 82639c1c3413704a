"""Detail values: read, measured, compared by slot and written, each in one place.

dates    parse_date, date_span, date_precision, format_date, the calendar arithmetic
         (month_span, month_shift, add_months, iso_interval, part_interval,
         season_interval), MONTH_NAMES, WEEKDAYS, PARTS, SEASONS, and the dates a text
         writes (written_dates, iso_date, MONTHS and the regex fragments FULL_MONTH_PATTERN,
         YEAR_PATTERN, PART_PATTERN, RELATIVE_WEEKDAY_PATTERN)
numbers  format_number ("1,500", the same in tables and notes), format_range, format_amount,
         format_rank, with_unit, ordinal
units    measure, dimension, UNITS, BASE_UNITS: a quantity in its dimension's base unit
slots    detail_slot: what a detail describes ("duration", "quantity of length")

Extraction writes values (ISO dates, numbers and intervals, units), judging compares
them and the reports show them; each reads and writes them through this package, so
that a date is parsed one way and a number written one way.
"""

from .dates import (
    FULL_MONTH_PATTERN,
    MONTH_NAMES,
    MONTHS,
    PART_PATTERN,
    PARTS,
    RELATIVE_WEEKDAY_PATTERN,
    SEASONS,
    WEEKDAYS,
    YEAR_PATTERN,
    PartialDate,
    WrittenDate,
    add_months,
    date_precision,
    date_span,
    format_date,
    iso_date,
    iso_interval,
    month_shift,
    month_span,
    parse_date,
    part_interval,
    season_interval,
    written_dates,
)
from .numbers import format_amount, format_number, format_range, format_rank, ordinal, with_unit
from .slots import detail_slot
from .units import BASE_UNITS, UNITS, Unit, dimension, measure

__all__ = [
    "BASE_UNITS",
    "FULL_MONTH_PATTERN",
    "MONTHS",
    "MONTH_NAMES",
    "PARTS",
    "PART_PATTERN",
    "RELATIVE_WEEKDAY_PATTERN",
    "SEASONS",
    "UNITS",
    "WEEKDAYS",
    "YEAR_PATTERN",
    "PartialDate",
    "Unit",
    "WrittenDate",
    "add_months",
    "date_precision",
    "date_span",
    "detail_slot",
    "dimension",
    "format_amount",
    "format_date",
    "format_number",
    "format_range",
    "format_rank",
    "iso_date",
    "iso_interval",
    "measure",
    "month_shift",
    "month_span",
    "ordinal",
    "parse_date",
    "part_interval",
    "season_interval",
    "with_unit",
    "written_dates",
]
