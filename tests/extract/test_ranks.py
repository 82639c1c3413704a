"""Tests for factdiff.extract.ranks: ordinals, superlatives, chart positions, medals, wins.

Ranks are read by find_numbers in the same pass as quantities, so they are tested through it.
"""

import pytest

from factdiff.extract import extract_details
from factdiff.extract.numbers import find_numbers
from factdiff.models import Kind


def read(text: str) -> list[tuple[str, str, object, str | None]]:
    """Return (kind, text, value, unit) for each numeric detail of ``text``."""
    return [(d.kind.value, d.text, d.value, d.unit) for d in find_numbers(text)]


def ranks(text: str) -> list[tuple[str, object, str | None, str | None]]:
    """Return (text, value, unit, about) for each rank of ``text``."""
    return [(d.text, d.value, d.unit, d.about) for d in find_numbers(text) if d.kind is Kind.RANK]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ranks 52nd among 142 countries", [("rank", "52nd among 142 countries", 52, "of 142")]),
        (
            "Russia ranks 2nd and Ukraine 22nd.",
            [("rank", "2nd", 2, None), ("rank", "22nd", 22, None)],
        ),
        ("Belarus ranked third-largest", [("rank", "third-largest", 3, None)]),
        ("came first among 10 countries", [("rank", "first among 10 countries", 1, "of 10")]),
        ("finished second out of twelve", [("rank", "second out of twelve", 2, "of 12")]),
        ("the 21st", [("rank", "21st", 21, None)]),
    ],
)
def test_ranks(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # superlatives after an ordinal
        ("the third-largest carmaker in Europe", ("third-largest", 3, None, "largest")),
        ("Europe's second-largest by throughput", ("second-largest", 2, None, "largest")),
        ("Europe's second largest port", ("second largest", 2, None, "largest")),
        ("the world's second-longest rail tunnel", ("second-longest", 2, None, "longest")),
        ("the country's 2nd-biggest bank", ("2nd-biggest", 2, None, "largest")),
        ("Europe's third most punctual carrier", ("third most punctual", 3, None, "most punctual")),
        ("India's second most populous city", ("second most populous", 2, None, "most populous")),
        ("the second-most populous state", ("second-most populous", 2, None, "most populous")),
        ("the fourth-ranking Republican", ("fourth-ranking", 4, None, "ranking")),
        ("the 2nd-ranked team", ("2nd-ranked", 2, None, "ranking")),
        # superlatives alone are first
        ("the most punctual in Europe", ("most punctual", 1, None, "most punctual")),
        ("India's most populous city", ("most populous", 1, None, "most populous")),
        ("the world's longest rail tunnel", ("longest", 1, None, "longest")),
        ("the city's longest-ever heatwave", ("longest-ever", 1, None, "longest")),
        ("Lagos is Africa's largest city", ("largest", 1, None, "largest")),
        ("the country's biggest bank", ("biggest", 1, None, "largest")),
        ("the busiest airport in Europe", ("busiest", 1, None, "busiest")),
        ("the highest level since 2008", ("highest", 1, None, "highest")),
        ("the fastest-growing major economy", ("fastest-growing", 1, None, "fastest-growing")),
        ("the largest of 27 states", ("largest of 27 states", 1, "of 27", "largest")),
        ("the top-ranked team", ("top-ranked", 1, None, "ranking")),
        ("the highest-ranking officer", ("highest-ranking", 1, None, "ranking")),
        ("the member states' largest economy", ("largest", 1, None, "largest")),
        ("its best result", ("best", 1, None, "best")),
        # finishing positions
        ("She finished fourth in the table", ("fourth", 4, None, "place")),
        ("She finished first", ("first", 1, None, "place")),
        ("the party came second with 38%", ("second", 2, None, "place")),
        ("won 38% of the vote, finishing first", ("first", 1, None, "place")),
        ("The university placed 21st", ("21st", 21, None, "place")),
        ("came 12th", ("12th", 12, None, "place")),
        ("took second place in the final", ("second place", 2, None, "place")),
        ("ended the season in sixth place", ("sixth place", 6, None, "place")),
        ("finished in second place", ("second place", 2, None, "place")),
        ("dropped to 161st place out of 180", ("161st place out of 180", 161, "of 180", "place")),
        ("third-placed Norway", ("third-placed", 3, None, "place")),
        ("Arsenal sit third", ("third", 3, None, "place")),
        ("ranked twelfth in the rankings", ("twelfth", 12, None, None)),
        # chart and sport idioms
        ("Norway topped the medal table", ("topped", 1, None, "place")),
        ("The song topped the UK singles chart", ("topped", 1, None, "place")),
        ("Finland topped the World Happiness Report", ("topped", 1, None, "place")),
        ("hoping to top the charts", ("top", 1, None, "place")),
        ("took the top spot", ("top spot", 1, None, "place")),
        ("finished top of the table", ("top", 1, None, "place")),
        ("The song peaked at number two", ("number two", 2, None, "place")),
        ("The song reached number one", ("number one", 1, None, "place")),
        ("it reached No. 1 in the charts", ("No. 1", 1, None, "place")),
        ("it went to No 3 last week", ("No 3", 3, None, "place")),
        ("the world number one", ("number one", 1, None, "place")),
        ("She won gold in Paris", ("gold", 1, None, "place")),
        ("She won Olympic silver.", ("silver", 2, None, "place")),
        ("The runner took bronze in the marathon", ("bronze", 3, None, "place")),
        ("won the bronze", ("bronze", 3, None, "place")),
        ("a bronze medal", ("bronze medal", 3, None, "place")),
        ("The team were runners-up", ("runners-up", 2, None, "place")),
        ("the runner-up", ("runner-up", 2, None, "place")),
        # ordinals that count a series
        ("the team's first win of the season", ("first win", 1, None, "win")),
        ("the team's second win of the season", ("second win", 2, None, "win")),
        ("its tenth hike in a row", ("tenth hike", 10, None, "increase")),
        ("its ninth consecutive increase", ("ninth consecutive increase", 9, None, "increase")),
        ("its 14th consecutive increase", ("14th consecutive increase", 14, None, "increase")),
        ("in its fourteenth straight hike", ("fourteenth straight hike", 14, None, "increase")),
        ("the bank's third rate rise", ("third rate rise", 3, None, "increase")),
        ("its second reduction this year", ("second reduction", 2, None, "cut")),
        ("the fifth cut in a row", ("fifth cut", 5, None, "cut")),
        ("his second term in office", ("second term", 2, None, "term")),
        ("for the seventh year running", ("seventh year", 7, None, "year")),
        ("for a seventh consecutive year", ("seventh consecutive year", 7, None, "year")),
        ("its third victory in succession", ("third victory", 3, None, "win")),
    ],
)
def test_ranks_say_what_they_rank(text, expected):
    assert ranks(text) == [expected]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("its tenth hike in a row", "its ninth consecutive increase"),
        ("its 14th consecutive increase", "in its fourteenth straight hike"),
        ("the third most punctual carrier", "the most punctual in Europe"),
        ("The runner took bronze", "The runner finished second"),
        ("The song peaked at number two", "The song topped the chart"),
        ("the third-largest in Europe", "Europe's second-largest"),
        ("its third cut in a row", "its second reduction in a row"),
    ],
)
def test_ranks_of_the_same_thing_share_what_they_rank(a, b):
    (first,), (second,) = ranks(a), ranks(b)
    assert first[3] == second[3]


@pytest.mark.parametrize(
    "text",
    [
        "one of the largest banks",
        "among Europe's busiest airports",
        "one of the world's biggest producers",
        "to the best of my knowledge",
        "according to the latest census",
        "she won the most votes",
        "at the most",
        "the economy is the largest.",
        "most trains were cancelled",
        "the most likely outcome",
        "the top table",
        "gold prices rose",
        "won a gold mining licence",
        "cases topped the 100,000 mark",
        "the number of people",
        "the party's number two",
        "a meeting at Number 10",
        "the forest and the harvest",
        "the Budapest talks and the West",
        "a protest over the interest rate",
        "the first half of the year",
        "for the first time in three years",
        "his first visit in three years",
        "the president's first trip abroad since 2019",
        "his first in three years",
        "first-hand accounts",
        "a second-hand car",
        "a third-party app",
        "the Second World War",
        "the 5th Fleet",
        "his 80th birthday",
        "the 21st century",
        "the 75th anniversary",
        "for a second time in a row",
        "the first weeks of the offensive",
        "in the third quarter",
        "a second round in 14 days",
        "at first",
        "First of all, it is necessary",
    ],
)
def test_not_ranks(text):
    assert ranks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The album entered the Billboard 200 at No. 3", ("No. 3", 3, None, "place")),
        ("The single debuted at number two", ("number two", 2, None, "place")),
        ("The song climbed three places to No. 2", ("No. 2", 2, None, "place")),
        ("It slipped back to number four", ("number four", 4, None, "place")),
        ("It moved up to No. 5 this week", ("No. 5", 5, None, "place")),
        ("The album is No. 3 on the Billboard 200", ("No. 3", 3, None, "place")),
        ("the world No. 4", ("No. 4", 4, None, "place")),
        ("She will climb to world No. 4", ("No. 4", 4, None, "place")),
        ("She will rise to fifth in the world rankings", ("fifth", 5, None, "place")),
        ("He fell to 12th.", ("12th", 12, None, "place")),
        ("They moved up to third in the standings", ("third", 3, None, "place")),
        ("She dropped three places to ninth", ("ninth", 9, None, "place")),
        ("Verstappen took pole position", ("pole position", 1, None, "place")),
        ("He will start from pole on Sunday", ("pole", 1, None, "place")),
        ("Norris took pole in Monaco", ("pole", 1, None, "place")),
        ("Hamilton qualified second", ("second", 2, None, "place")),
        ("She qualified third for the final", ("third", 3, None, "place")),
        ("The team were runners-up", ("runners-up", 2, None, "place")),
        ("finished runner-up at the tournament", ("runner-up", 2, None, "place")),
    ],
)
def test_chart_and_standings_positions_are_places(text, expected):
    assert ranks(text) == [expected]


def test_a_chart_move_reads_both_positions():
    assert ranks("The song climbed from No. 8 to No. 3") == [
        ("No. 8", 8, None, "place"),
        ("No. 3", 3, None, "place"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won the 200m final in Paris", ("won", 1, None, "place")),
        ("She won the 200m final", ("won", 1, None, "place")),
        ("The prodigy won the tournament in Wijk aan Zee", ("won", 1, None, "place")),
        ("He won the Monaco Grand Prix on Sunday", ("won", 1, None, "place")),
        ("He won the title.", ("won", 1, None, "place")),
        ("They won the championship", ("won", 1, None, "place")),
        ("The team won the league", ("won", 1, None, "place")),
        ("The team lifted the cup", ("lifted", 1, None, "place")),
        ("She clinched the world title", ("clinched", 1, None, "place")),
        ("She won the race, beating the favourite", ("won", 1, None, "place")),
        ("He won Sunday's final", ("won", 1, None, "place")),
        ("She won the Berlin Marathon on Sunday", ("won", 1, None, "place")),
    ],
)
def test_winning_a_competition_is_first_place(text, expected):
    assert ranks(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He won the election",
        "He won the election on Sunday",
        "The bill won the vote",
        "She won the case",
        "The drug won approval from regulators",
        "The firm won the contract",
        "She won the Nobel Prize",
        "He won the race for mayor",
        "They won the race to build a vaccine",
        "She won the title of best actor",
        "He won the final vote",
        "She won the final-round vote",
        "won four championships in a row",
        "She finished behind the woman who won the race",  # another's win
        "He won the title for the third time",  # counts titles
        "won their first title",
        "the bill moved to third reading",
        "He returned to No. 10 Downing Street",
        "a telegraph pole",
        "the pole vault",
        "the North Pole",
        "it rose to a third term",
        "he qualified for the second round",
    ],
)
def test_wins_and_moves_that_are_not_places(text):
    assert ranks(text) == []


def test_a_win_is_not_read_beside_another_rank():
    assert ranks("She won the final, and he finished second") == [("second", 2, None, "place")]
    assert ranks("She won the final and took gold") == [("gold", 1, None, "place")]


def test_a_win_meets_a_finishing_place():
    (win,), (runner_up,) = ranks("He won the tournament"), ranks("He finished runner-up")
    assert (win[1], win[3]) == (1, "place")
    assert (runner_up[1], runner_up[3]) == (2, "place")


@pytest.mark.parametrize("text", ["No. ¹", "ranked No ² on the chart", "in ¹⁹ years", "the ③rd"])
def test_superscript_and_circled_digits_are_not_numbers(text):
    # str.isdigit() holds for them but int() cannot read them (found by scripts/fuzz.py).
    assert [d for d in extract_details(text) if d.kind in (Kind.RANK, Kind.QUANTITY)] == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("He was named to the No. 2 job at the agency.", (2, "job")),
        ("the party's No. 3 official", (3, "official")),
        ("She holds the No. 2 post.", (2, "post")),
    ],
)
def test_a_numbered_post_is_a_rank_not_a_count(text, rank):
    details = extract_details(text)
    assert [(d.value, d.about) for d in details if d.kind is Kind.RANK] == [rank]
    assert not [d for d in details if d.kind is Kind.QUANTITY]


def test_a_number_after_no_that_counts_people_is_still_a_count():
    assert [d.kind for d in extract_details("No. 2 people came.")] == [Kind.QUANTITY]
