"""The iSTS-2016 number evaluation: its gold derived from hand-written .wa snippets, its
number reader, its split, and its scoring arithmetic."""

import pytest

from bench import ists_gold, ists_numbers
from bench.ists_gold import (
    DISCREPANCY,
    NONE,
    Alignment,
    WaPair,
    has_number,
    mechanical_label,
    numbers_in,
    parse_wa,
    split_of,
)
from bench.ists_numbers import Outcome, flag, score

WA = """<sentence id="7" status="">
// US drone strike kills 5 militants in Pakistan
// Drone strike kills four suspected militants in Pakistan
<source>
1 US :
2 drone :
3 strike :
4 kills :
5 5 :
6 militants :
7 in :
8 Pakistan :
</source>
<translation>
1 Drone :
2 strike :
3 kills :
4 four :
5 suspected :
6 militants :
7 in :
8 Pakistan :
</translation>
<alignment>
4 <==> 3 // EQUI // 5 // kills <==> kills
1 2 3 <==> 1 2 // SPE1 // 4 // US drone strike <==> Drone strike
7 8 <==> 7 8 // EQUI // 5 // in Pakistan <==> in Pakistan
5 6 <==> 4 5 6 // SIMI_FACT // 4 // 5 militants <==> four suspected militants
</alignment>
</sentence>


<sentence id="8" status="">
// 2 dead , 11 hurt
// Two dead
<source>
1 2 :
2 dead :
3 , :
4 11 :
5 hurt :
</source>
<translation>
1 Two :
2 dead :
</translation>
<alignment>
1 2 <==> 1 2 // EQUI // 5 // 2 dead <==> Two dead
4 5 <==> 0 // NOALI // 0 // 11 hurt <==> -not aligned-
0 <==> 0 // NOALI // 0 // , <==> -not aligned-
</alignment>
</sentence>
"""


def pair(a: str, b: str, *alignments: tuple[str, str, str]) -> WaPair:
    """Return a pair of tokenised headlines with chunks aligned by their words."""
    tokens_a, tokens_b = tuple(a.split()), tuple(b.split())

    def numbers(tokens, chunk):
        words = chunk.split()
        for start in range(len(tokens)):
            if list(tokens[start : start + len(words)]) == words:
                return tuple(range(start + 1, start + 1 + len(words)))
        raise AssertionError(f"{chunk!r} is not in {tokens}")

    return WaPair(
        1,
        tokens_a,
        tokens_b,
        tuple(
            Alignment(numbers(tokens_a, x), numbers(tokens_b, y), kind, "4", x, y)
            for x, y, kind in alignments
        ),
    )


def test_a_wa_file_is_read_into_pairs_with_their_chunk_alignments():
    first, second = parse_wa(WA)
    assert (first.index, first.a[4], first.b[3]) == (7, "5", "four")
    assert [(x.a, x.b, x.type, x.aligned) for x in first.alignments][-1] == (
        (5, 6),
        (4, 5, 6),
        "SIMI_FACT",
        True,
    )
    assert [(x.a, x.b, x.aligned) for x in second.alignments[1:]] == [
        ((4, 5), (), False),
        ((), (), False),
    ]


def test_differing_numbers_in_aligned_chunks_are_a_candidate_discrepancy():
    first, second = parse_wa(WA)
    label, reason = mechanical_label(first)
    assert label == DISCREPANCY and "5 vs four" in reason and "SIMI_FACT" in reason
    # 2 = Two in the aligned chunks; "11 hurt" is unaligned, so no discrepancy
    assert mechanical_label(second) == (NONE, "aligned chunks give equal numbers: 2 vs Two")


@pytest.mark.parametrize(
    ("a", "b", "alignments", "expected"),
    [
        # a vague value that includes the exact one
        ("Dozens killed", "38 killed", [("Dozens", "38", "SPE2")], NONE),
        # a vague value that cannot include it
        ("Hundreds hurt", "Around 100 hurt", [("Hundreds", "Around 100", "SIMI")], DISCREPANCY),
        # two floors, as two tolls at two times
        (
            "At least 22 dead",
            "At least 89 dead",
            [("At least 22", "At least 89", "SIMI")],
            DISCREPANCY,
        ),
        # a floor the exact value passes
        ("toll passes 500", "toll climbs to 580", [("500", "to 580", "SIMI")], NONE),
        # a number aligned with a chunk that has none
        ("5 militants killed", "militants killed", [("5 militants", "militants", "SPE1")], NONE),
        # a count and a rank never meet
        ("third test", "3 tests", [("third test", "3 tests", "SIMI")], NONE),
        # ranks that differ
        (
            "wins third term",
            "wins fourth term",
            [("third term", "fourth term", "SIMI")],
            DISCREPANCY,
        ),
        # scales, in words and glued
        ("$ 30 billion link", "$ 30bn link", [("$ 30 billion link", "$ 30bn link", "EQUI")], NONE),
    ],
)
def test_the_mechanical_label_compares_values_by_class_and_interval(a, b, alignments, expected):
    assert mechanical_label(pair(a, b, *alignments))[0] == expected


@pytest.mark.parametrize(
    ("headline", "numbers"),
    [
        ("Pictures of the day : 7 August 2013", []),  # a date: day and year
        ("News summary for March 11", []),
        ("Cryptic crossword-Saturday 27th April", []),
        ("Obama to speak at 1:15 p.m. EDT", []),
        ("Tokyo to host 2020 Olympic Games", []),
        ("Magnitude-6 .0 quake jolts Santa Cruz Islands", ["Magnitude-6"]),
        ("Thirty-Seven Dead", ["Thirty-Seven"]),
        ("Tens of thousands protest", ["Tens of thousands"]),
        ("Asian stocks hit three-week highs", ["three-week"]),
        ("no one hurt as G20 meets in Q3", []),
        ("Boeing 787 catches fire", ["787"]),
        ("China 's 1st Free Trade Zone", ["1st"]),
    ],
)
def test_numbers_are_read_without_years_dates_or_clock_times(headline, numbers):
    tokens = headline.split()
    assert [n.text for n in numbers_in(tokens)] == numbers
    assert has_number(tokens) == bool(numbers)


def test_the_split_is_fixed_and_near_half():
    splits = [split_of(n) for n in range(1, 757)]
    assert splits == [split_of(n) for n in range(1, 757)]
    assert 0.4 < splits.count("held-out") / len(splits) < 0.6


def test_recall_and_false_alarms_count_pairs_by_their_gold_label():
    outcomes = [
        Outcome(1, DISCREPANCY, "5 vs 4"),
        Outcome(2, DISCREPANCY, "6 vs 9"),
        Outcome(3, DISCREPANCY, None),
        Outcome(4, NONE, "1 vs 2"),
        *(Outcome(n, NONE, None) for n in range(5, 9)),
    ]
    scores = score(outcomes, resamples=500)
    assert (scores.discrepancies, scores.found, scores.nones, scores.false_alarms) == (3, 2, 5, 1)
    assert scores.recall.value == pytest.approx(2 / 3)
    assert scores.false_alarm_rate.value == pytest.approx(1 / 5)
    for figure in (scores.recall, scores.false_alarm_rate):
        assert 0 <= figure.low <= figure.value <= figure.high <= 1
    assert score(outcomes, resamples=500) == scores  # the seed is fixed


def test_a_class_with_no_pairs_has_no_figure():
    scores = score([Outcome(1, NONE, None), Outcome(2, NONE, None)], resamples=50)
    assert scores.recall.value is None and scores.recall.low is None
    assert (scores.false_alarm_rate.value, scores.false_alarm_rate.high) == (0.0, 0.0)


def test_factdiff_flags_a_number_two_headlines_give_two_values():
    differing, _ = flag("Roadside bomb kills 5 in Kabul", "Roadside bomb kills 7 in Kabul")
    assert differing == "5 vs 7"
    assert flag("Roadside bomb kills 5 in Kabul", "Roadside bomb kills five in Kabul")[0] is None


@pytest.mark.usefixtures("built_corpus")
def test_every_selected_training_pair_has_one_read_label():
    selected = {p.index for p in ists_gold.selected(ists_gold.training_pairs())}
    labels = ists_gold.load_labels()
    assert set(labels) == selected and len(selected) >= 100
    for label in labels.values():
        assert label.gold in (DISCREPANCY, NONE) and label.reason and label.by.startswith("read")
        assert (
            label.mechanical
            == mechanical_label(
                next(p for p in ists_gold.training_pairs() if p.index == label.pair)
            )[0]
        )


@pytest.mark.usefixtures("built_corpus")
def test_the_document_says_how_it_was_made_and_lists_the_failures():
    outcomes = (Outcome(3, DISCREPANCY, None), Outcome(65, NONE, "6.9 vs 5.6"))
    result = ists_numbers.Result("dev", outcomes, score(outcomes, resamples=20), frozenset({""}))
    text = ists_numbers.document([result])
    assert "python -m bench.ists_numbers --docs" in text and "never opened" in text
    assert "**miss**, pair 3:" in text and "**false alarm**, pair 65:" in text
    assert ists_gold.RULES in text
