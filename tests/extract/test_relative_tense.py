"""Tests for factdiff.extract.relative's tense: weekdays and dates without a year, resolved."""

import dataclasses
import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.extract.relative import WEEKDAYS
from factdiff.extract.times import resolve_times
from factdiff.models import Detail, Kind

from .test_relative import MONDAY, day, resolved

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
