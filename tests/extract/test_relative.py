"""Tests for factdiff.extract.relative: times resolved against the day an article speaks from."""

import dataclasses
import datetime
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.extract.relative import (
    PARTS,
    SEASONS,
    WEEKDAYS,
    find_relative,
    part_interval,
    resolve_phrase,
    season_interval,
)
from factdiff.extract.times import date_span, find_times, resolve_times
from factdiff.models import Detail, Kind


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


# --- weekdays -------------------------------------------------------------------------------

# The week of Monday 2022-12-19: a bare weekday names the Wednesday nearest the day written,
# or the next one when its clause speaks of the future.
PAST_WEDNESDAY = "Councillors approved the plan on Wednesday."
FUTURE_WEDNESDAY = "Councillors will vote on the plan on Wednesday."


@pytest.mark.parametrize(
    ("reference", "past", "future"),
    [
        ("2022-12-19", "2022-12-21", "2022-12-21"),  # Monday: 2 days ahead, 5 back
        ("2022-12-20", "2022-12-21", "2022-12-21"),  # Tuesday: 1 ahead, 6 back
        ("2022-12-21", "2022-12-21", "2022-12-21"),  # Wednesday: the day itself
        ("2022-12-22", "2022-12-21", "2022-12-28"),  # Thursday: 1 back, 6 ahead
        ("2022-12-23", "2022-12-21", "2022-12-28"),  # Friday: 2 back, 5 ahead
        ("2022-12-24", "2022-12-21", "2022-12-28"),  # Saturday: 3 back, 4 ahead: tense
        ("2022-12-25", "2022-12-21", "2022-12-28"),  # Sunday: 4 back, 3 ahead: tense
        ("2022-12-26", "2022-12-28", "2022-12-28"),  # Monday: 2 ahead, 5 back
    ],
)
def test_a_weekday_names_the_nearest_one(reference, past, future):
    assert resolved(PAST_WEDNESDAY, reference) == [("date", "Wednesday", past, "Wednesday")]
    assert resolved(FUTURE_WEDNESDAY, reference) == [("date", "Wednesday", future, "Wednesday")]


@pytest.mark.parametrize(
    ("text", "reference", "dates"),
    [
        # the nearer one, whatever the tense
        ("Putin will fly to Belarus on Monday, his first", "2022-12-18", ["2022-12-19"]),
        ("Peskov had made a statement on Friday.", "2022-12-18", ["2022-12-16"]),
        ("Putin flew to Minsk on Monday.", MONDAY, ["2022-12-19"]),  # the day itself
        ("Putin will fly to Belarus on Monday, his first", MONDAY, ["2022-12-19"]),
        ("Putin is due to arrive on Sunday.", MONDAY, ["2022-12-25"]),  # the future: ahead
        ("Putin flew to Minsk on Monday.", "2023-01-01", ["2023-01-02"]),  # 1 ahead, 6 back
        ("On Wednesday, councillors approved a cap on rents that will run for two years",
         "2022-12-22", ["2022-12-21"]),
        ("Alcaraz will climb to No. 4 when the new rankings are published on Monday.",
         "2022-12-24", ["2022-12-26"]),
        ("Putin will fly on Thursday.", "2024-02-27", ["2024-02-29"]),
        # about as near either way (3 and 4 days; Friday and Thursday on a Monday): tense
        ("Putin flew to Minsk on Friday.", MONDAY, ["2022-12-16"]),
        ("Putin flew home on Thursday.", MONDAY, ["2022-12-15"]),
        ("Putin will fly to Minsk on Friday.", MONDAY, ["2022-12-23"]),
        ("Putin is to visit Minsk on Thursday.", MONDAY, ["2022-12-22"]),
        ("Putin is due to arrive on Friday.", MONDAY, ["2022-12-23"]),
        ("Putin is expected to arrive on Thursday", MONDAY, ["2022-12-22"]),
        ("Putin plans to visit on Thursday", MONDAY, ["2022-12-22"]),
        ("The next round of talks is on Friday", MONDAY, ["2022-12-23"]),
        ("Talks are scheduled for Friday", MONDAY, ["2022-12-23"]),
        ("He’ll land on Friday", MONDAY, ["2022-12-23"]),
        ("He said he would land on Friday", MONDAY, ["2022-12-23"]),
        ("The strike could have come on Friday", MONDAY, ["2022-12-16"]),
        ("Putin will visit Minsk, Grodno and Brest on Friday", MONDAY, ["2022-12-23"]),
        ("Putin will visit Minsk, then flew home on Friday", MONDAY, ["2022-12-16"]),
        ("Putin, who arrived on Sunday, will meet Lukashenko on Thursday.", MONDAY,
         ["2022-12-18", "2022-12-22"]),
        ("Lukashenko said on Friday that Putin will come", MONDAY, ["2022-12-16"]),
        ("Talks will end; Putin flew home on Friday", MONDAY, ["2022-12-16"]),
        ("Alcaraz will climb to No. 4 when the new rankings are published on Monday.",
         "2022-12-22", ["2022-12-26"]),  # "No. 4" does not end the clause
        ("Putin flew on Wednesday.", "2023-01-01", ["2022-12-28"]),
        ("Putin will fly on Wednesday.", "2023-01-01", ["2023-01-04"]),
        ("Putin will fly on Sunday.", "2023-01-01", ["2023-01-01"]),
        ("Putin flew on Tuesday.", "2024-03-01", ["2024-02-27"]),
        # a time opening the sentence takes the tense of its own clause, never a later one
        ("On Wednesday, councillors approved a cap on rents that will run for two years",
         "2022-12-25", ["2022-12-21"]),
        ("On Friday, Putin will fly to Minsk.", MONDAY, ["2022-12-23"]),
        ("On Friday, Putin flew to Minsk.", MONDAY, ["2022-12-16"]),
        ("On Friday, councillors approved a cap, which will run for two years, officials said.",
         MONDAY, ["2022-12-16"]),
        ("On Friday, Putin, who arrived on Sunday, will meet Lukashenko.", MONDAY,
         ["2022-12-23", "2022-12-18"]),
        ("On Friday, Lukashenko said Putin will come.", MONDAY, ["2022-12-16"]),
        ("On Friday, Lukashenko told reporters that Putin will come.", MONDAY, ["2022-12-16"]),
        ("On Friday, when the talks end, Putin will fly home.", MONDAY, ["2022-12-23"]),
        ("On Friday, Putin and Lukashenko will meet.", MONDAY, ["2022-12-23"]),
        ("On Friday, the council approved the cap and will review it in a year.", MONDAY,
         ["2022-12-16"]),
        ("On Friday, the council approved the cap but the mayor will veto it.", MONDAY,
         ["2022-12-16"]),
        ("On Friday, the council approved the cap, and the mayor will veto it.", MONDAY,
         ["2022-12-16"]),
        # possessives: a weekday like any other
        ("Verstappen won Sunday's Grand Prix in Abu Dhabi.", "2022-12-20", ["2022-12-18"]),
        ("Tuesday night's cup replay was called off.", "2022-12-22", ["2022-12-20"]),
        ("Monday's meeting will decide the budget.", "2022-12-22", ["2022-12-26"]),
        ("Monday’s meeting decided the budget.", "2022-12-22", ["2022-12-19"]),
        ("Friday's vote, which will be close, was called off.", MONDAY, ["2022-12-16"]),
    ],
)  # fmt: skip
def test_weekdays_become_dates(text, reference, dates):
    found = resolved(text, reference)
    assert [value for _, _, value, _ in found] == dates
    for kind, words, value, qualifier in found:
        assert kind == "date"
        assert qualifier == words == WEEKDAYS[day(str(value)).weekday()]


def test_weekday_without_its_sentence_takes_the_past_when_both_are_as_near():
    friday = Detail(Kind.WEEKDAY, "Friday", 12, 18, "Friday")  # 3 days back, 4 ahead
    (done,) = resolve_times([friday], reference=day(MONDAY))
    assert done == Detail(Kind.DATE, "Friday", 12, 18, "2022-12-16", qualifier="Friday")
    wednesday = Detail(Kind.WEEKDAY, "Wednesday", 0, 9, "Wednesday")  # 2 ahead, 5 back
    (done,) = resolve_times([wednesday], reference=day(MONDAY))
    assert done.value == "2022-12-21"


def test_weekdays_in_the_plural_are_left_alone():
    assert resolved("They met on Mondays", MONDAY) == [("weekday", "Mondays", "Monday", None)]


@settings(max_examples=200, deadline=None)
@given(
    st.dates(datetime.date(1, 1, 8), datetime.date(9999, 12, 24)),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(["{} he flew on {}.", "{} he will fly on {}.", "On {1}, {0} he will fly."]),
)
def test_a_weekday_lies_within_a_week_and_the_future_lies_ahead(reference, name, form):
    text = form.format("Then", name)
    [(kind, _, value, _)] = resolved(text, reference.isoformat())
    when = day(str(value))
    assert kind == "date" and WEEKDAYS[when.weekday()] == name
    offset = (when - reference).days
    if "will" in form:
        assert 0 <= offset <= 6
    else:  # the other occurrence lies 7 - |offset| days away: never more than a day nearer
        assert -4 <= offset <= 4


# --- dates without a year -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "value", "qualifier"),
    [
        # the past: the latest on or before the reference, whose own month counts
        ("Russia launched its invasion in February.", MONDAY, "2022-02", None),
        ("The war began in April, officials said.", MONDAY, "2022-04", None),
        ("Prices rose in December", MONDAY, "2022-12", None),
        ("Prices rose in November", MONDAY, "2022-11", None),
        ("The deal was signed on December 19", MONDAY, "2022-12-19", None),
        ("The deal was signed on December 20", MONDAY, "2021-12-20", None),
        ("The deal was signed on January 5", MONDAY, "2022-01-05", None),
        ("The deal was signed on 19 Dec", "2023-01-10", "2022-12-19", None),
        ("Talks resumed in early September", "2023-11-17", "2023-09-01/2023-09-10", "early"),
        ("It opened in mid-February", MONDAY, "2022-02-11/2022-02-20", "mid"),
        ("It opened in late February", "2024-12-19", "2024-02-21/2024-02-29", "late"),
        ("It opened in late December", MONDAY, "2022-12-21/2022-12-31", "late"),
        ("It fell on February 29", "2024-03-01", "2024-02-29", None),
        ("It fell on February 29", "2025-01-10", "2024-02-29", None),
        ("In February, Russia invaded.", MONDAY, "2022-02", None),
        ("In February, councillors approved a cap that will run for two years", MONDAY,
         "2022-02", None),
        ("The attack could have come in January", MONDAY, "2022-01", None),
        # the future: the first on or after the reference
        ("The factory will reopen in early February", "2024-01-10", "2024-02-01/2024-02-10",
         "early"),
        ("The factory will reopen in late March", "2024-01-10", "2024-03-21/2024-03-31", "late"),
        ("The factory is scheduled to reopen on February 3", "2024-01-10", "2024-02-03", None),
        ("Russia would likely have another go at Kyiv, likely in early February",
         MONDAY, "2023-02-01/2023-02-10", "early"),
        ("Putin may come in May.", MONDAY, "2023-05", None),
        ("An offensive might come in March", MONDAY, "2023-03", None),
        ("The vote is to take place in June", MONDAY, "2023-06", None),
        ("The vote is due to take place in June", MONDAY, "2023-06", None),
        ("The talks are expected to end in January", MONDAY, "2023-01", None),
        ("Berlin plans to open it in January", MONDAY, "2023-01", None),
        ("The next vote is in October", MONDAY, "2023-10", None),
        ("He said he would resign in March", MONDAY, "2023-03", None),
        ("He said he wouldn't resign in March", MONDAY, "2023-03", None),
        ("The team will climb to No. 4 in March", MONDAY, "2023-03", None),
        ("In February, the factory will reopen.", MONDAY, "2023-02", None),
        ("It will reopen in December", MONDAY, "2022-12", None),
        ("It will reopen on December 19", MONDAY, "2022-12-19", None),
        ("It will reopen on December 18", MONDAY, "2023-12-18", None),
        ("It will reopen on February 29", "2023-09-01", "2024-02-29", None),
    ],
)  # fmt: skip
def test_dates_without_a_year_take_their_year_from_the_tense(text, reference, value, qualifier):
    [(kind, _, found, how)] = resolved(text, reference)
    assert (kind, found, how) == ("date", value, qualifier)


def test_future_cues_reach_across_a_list():
    text = (
        "The offensive could likely come from the east, south or even from Belarus "
        "as early as January."
    )
    assert resolved(text, MONDAY) == [("date", "January", "2023-01", None)]


def test_the_seed_sentence_reads_as_future_throughout():
    text = "Russia would likely have another go at Kyiv, likely in early February or March."
    assert resolved(text, MONDAY) == [
        ("date", "early February", "2023-02-01/2023-02-10", "early"),
        ("date", "March", "2023-03", None),
    ]


def test_a_past_clause_after_a_future_one_stays_in_the_past():
    text = "Talks will resume, officials said, after they collapsed in February."
    assert resolved(text, MONDAY) == [("date", "February", "2022-02", None)]


def test_without_its_sentence_a_month_is_taken_as_past():
    month = Detail(Kind.DATE, "early February", 3, 17, "--02", qualifier="early")
    (done,) = resolve_times([month], reference=day(MONDAY))
    assert done == dataclasses.replace(month, value="2022-02-01/2022-02-10")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("It fell on February 29", "2022-09-01"),  # no February 29 in 2021 or 2022
        ("It fell on February 29", "2023-03-01"),
        ("It will fall on February 29", "2022-03-01"),  # none in 2022 or 2023
    ],
)
def test_a_leap_day_outside_the_year_around_is_left_alone(text, reference):
    assert resolved(text, reference) == [("date", "February 29", "--02-29", None)]


# --- a weekday beside a date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "dates"),
    [
        # a day without a year takes the year in which it falls on the weekday
        ("Voters go to the polls on Tuesday, November 5.", "2024-10-30", ["2024-11-05"] * 2),
        ("The ship sank on Monday, December 12.", "2022-12-13", ["2022-12-12"] * 2),
        ("It struck on Wednesday morning, March 11", "2020-03-11", ["2020-03-11"] * 2),
        ("It struck on Wednesday 11 March", "2020-03-11", ["2020-03-11"] * 2),
        ("It will open on Friday, January 6", MONDAY, ["2023-01-06"] * 2),
        ("It opened on Thursday, January 6", MONDAY, ["2022-01-06"] * 2),
        # a day with its year: the weekday takes it, however far from the reference
        ("Putin flew in on Monday, December 19, 2022", "2023-05-01", ["2022-12-19"] * 2),
        # a weekday the date does not fall on: each is resolved on its own
        ("Putin flew in on Tuesday, December 19, 2022", "2022-12-20",
         ["2022-12-20", "2022-12-19"]),
        ("The vote was on Friday, November 5", "2024-11-02", ["2024-11-01", "2023-11-05"]),
        # not beside: words between
        ("Putin flew in on Monday and left December 20", MONDAY, ["2022-12-19", "2021-12-20"]),
    ],
)  # fmt: skip
def test_a_weekday_beside_a_date_names_the_same_day(text, reference, dates):
    assert [value for _, _, value, _ in resolved(text, reference)] == dates


def test_weekdays_in_the_plural_are_not_beside_a_date():
    assert resolved("on Mondays, December 12", "2022-12-13") == [
        ("weekday", "Mondays", "Monday", None),
        ("date", "December 12", "2022-12-12", None),
    ]


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
