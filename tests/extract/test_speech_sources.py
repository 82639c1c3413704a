"""Tests for factdiff.extract.speech: inverted cues, studies, courts and attributions' spans."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.extract.speech import find_attributions, find_quotes
from factdiff.models import Kind


def sources(text: str) -> list[tuple[str, str, str | None]]:
    """Return (source, cue, audience) for each attribution of ``text``."""
    return [(d.value, d.qualifier, d.audience) for d in find_attributions(text)]


# --- inverted cues: "…, said X" ends its clause ----------------------------------------------


def cues(text: str) -> list[tuple[str, str, str | None]]:
    """Return (span, source, role) for each attribution of ``text``."""
    return [(d.text, d.value, d.about) for d in find_attributions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source before the verb, with a role after a name's possessive
        (
            "Ana Ribeiro, Portugal's environment minister, said the dam on the Tua river "
            "would be decommissioned by 2030.",
            [
                (
                    "Ana Ribeiro, Portugal's environment minister, said",
                    "Ana Ribeiro",
                    "Portugal's environment minister",
                )
            ],
        ),
        (
            "Portugal's environment minister Ana Ribeiro said the dam would close.",
            [
                (
                    "Portugal's environment minister Ana Ribeiro said",
                    "Ana Ribeiro",
                    "Portugal's environment minister",
                )
            ],
        ),
        (
            "The dam will close, said Portugal's environment minister, Ana Ribeiro.",
            [
                (
                    "said Portugal's environment minister, Ana Ribeiro",
                    "Ana Ribeiro",
                    "Portugal's environment minister",
                )
            ],
        ),
        (
            "The dam will close, said Portugal's environment minister.",
            [("said Portugal's environment minister", "Portugal's environment minister", None)],
        ),
        # the inverted source ends the clause, or a comma, a subordinate clause or a
        # phrase of time or place without a verb follows it
        ("The dam will close, said the minister.", [("said the minister", "minister", None)]),
        (
            "The dam will close, said the minister on Tuesday.",
            [("said the minister", "minister", None)],
        ),
        (
            "The dam will close, said the minister in a televised address.",
            [("said the minister", "minister", None)],
        ),
        (
            "The dam will close, said Ana Ribeiro, adding that work would start in May.",
            [("said Ana Ribeiro", "Ana Ribeiro", None)],
        ),
        (
            "It is over, said the minister after the vote was counted.",
            [("said the minister", "minister", None)],
        ),
        (
            "Last year, said the report, the dam on the river collapsed.",
            [("said the report", "report", None)],
        ),
    ],
)
def test_an_inverted_source_ends_its_clause(text, expected):
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun after "said" is the subject of a reported clause without "that"
        "However, said the dam would be closed by 2030.",
        "In the end, said the government has approved the plan.",
        "As expected, said the dam on the Tua river would be decommissioned.",
        "As expected, said the dam on the Tua river collapsed.",
        "Last year, said the ministry 20 people died.",
        "In Lisbon, said that the dam would close.",
    ],
)
def test_no_inverted_source_before_a_verb(text):
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Twelve died, according to Gaza's health ministry.", "Gaza's health ministry"),
        ("According to Ukraine's General Staff, troops advanced.", "Ukraine's General Staff"),
    ],
)
def test_a_possessive_after_the_cue_opens_the_source(text, source):
    (attribution,) = find_attributions(text)
    assert attribution.value == source


# --- studies and their authors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A study by Imperial College London found that microplastics were present in "
            "every sample.",
            [
                (
                    "A study by Imperial College London found that",
                    "Imperial College London",
                    "find",
                    None,
                )
            ],
        ),
        (
            "Microplastics are everywhere, according to a study by the University of Oxford.",
            [
                (
                    "according to a study by the University of Oxford",
                    "University of Oxford",
                    "according to",
                    None,
                )
            ],
        ),
        (
            "A report by Amnesty International said the prisoners were tortured.",
            [
                (
                    "A report by Amnesty International said",
                    "Amnesty International",
                    "say",
                    None,
                )
            ],
        ),
        (
            "Research from the University of Leeds suggests that sleep matters.",
            [
                (
                    "Research from the University of Leeds suggests that",
                    "University of Leeds",
                    "suggest",
                    None,
                )
            ],
        ),
        # researchers at a named place: the place is the source, the researchers its role
        (
            "Researchers at the Karolinska Institute found that the drug reduced deaths.",
            [
                (
                    "Researchers at the Karolinska Institute found that",
                    "Karolinska Institute",
                    "find",
                    "researchers",
                )
            ],
        ),
        (
            "Researchers at the Karolinska Institute, who led the study, found microplastics "
            "in every sample tested.",
            [
                (
                    "Researchers at the Karolinska Institute, who led the study, found",
                    "Karolinska Institute",
                    "find",
                    "researchers",
                )
            ],
        ),
        (
            "The study, led by researchers at the University of Oslo, found that "
            "microplastics were present in every sample.",
            [
                (
                    "The study, led by researchers at the University of Oslo, found that",
                    "University of Oslo",
                    "find",
                    "researchers",
                )
            ],
        ),
        (
            "A study by researchers at Imperial College London found that the drug works.",
            [
                (
                    "A study by researchers at Imperial College London found that",
                    "Imperial College London",
                    "find",
                    "researchers",
                )
            ],
        ),
        (
            "The drug works, according to scientists at the University of Oxford.",
            [
                (
                    "according to scientists at the University of Oxford",
                    "University of Oxford",
                    "according to",
                    "scientists",
                )
            ],
        ),
        (
            "A survey conducted by Ipsos Mori found that most voters were undecided.",
            [
                (
                    "A survey conducted by Ipsos Mori found that",
                    "Ipsos Mori",
                    "find",
                    None,
                )
            ],
        ),
        # no name of the author: the study is the source, as written
        (
            "A new study found that coffee is good for the heart.",
            [("A new study found that", "new study", "find", None)],
        ),
        (
            "Researchers at the university found that the drug works.",
            [
                (
                    "Researchers at the university found that",
                    "Researchers at the university",
                    "find",
                    None,
                )
            ],
        ),
    ],
)
def test_a_study_names_its_author_as_the_source(text, expected):
    assert [(d.text, d.value, d.qualifier, d.about) for d in find_attributions(text)] == expected


# --- courts and the sides of a case ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defence argued that the evidence was unreliable.", [("defence", "argue", None)]),
        ("Prosecutors argued that he had planned the attack.", [("Prosecutors", "argue", None)]),
        ("The prosecution said the defendant had lied.", [("prosecution", "say", None)]),
        ("The judge ruled that the contract was void.", [("judge", "rule", None)]),
        ("The Supreme Court ruled in favour of the union.", [("Supreme Court", "rule", None)]),
        ("The jury found him guilty of fraud.", [("jury", "find", None)]),
        ("The jury found that he had acted alone.", [("jury", "find", None)]),
        ("The inquiry concluded that the fire was preventable.", [("inquiry", "conclude", None)]),
        ("He claimed the money was a loan.", [("he", "claim", None)]),
        ("The company insisted it had done nothing wrong.", [("company", "insist", None)]),
        ("She maintained that she was innocent.", [("she", "maintain", None)]),
        ("She maintained she was innocent.", [("she", "maintain", None)]),
        ("He has always maintained his innocence.", [("he", "maintain", None)]),
        ("The lawsuit alleged that the firm hid losses.", [("lawsuit", "allege", None)]),
        ("The witness testified that she saw the car.", [("witness", "testify", None)]),
        ("Police found that the lock had been broken.", [("Police", "find", None)]),
        ("The defendants insisted they were innocent.", [("defendants", "insist", None)]),
    ],
)
def test_courts_and_the_sides_of_a_case_are_sources(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "found", "ruled", "maintained", "concluded" report only a clause or a finding
        "Police found a body in the river.",
        "They found the bodies on Monday.",
        "He was found guilty of fraud.",
        "The junta ruled the country for decades.",
        "The council maintained the roads.",
        "The talks concluded on Friday.",
        "The company maintained its forecast.",
    ],
)
def test_no_finding_without_a_clause_or_a_finder(text):
    assert find_attributions(text) == []


def test_an_attribution_spans_its_source_and_its_cue():
    text = "Troops crossed, the ISW said, according to Reuters."
    spans = [(d.text, d.start, d.end) for d in find_attributions(text)]
    assert spans == [("the ISW said", 16, 28), ("according to Reuters", 30, 50)]
    assert all(text[start:end] == words for words, start, end in spans)


def test_a_quote_gets_an_attribution_for_its_speaker():
    text = '"It is high," Moshes told The Wall Street Journal.'
    (attribution,) = find_attributions(text)
    assert (attribution.text, attribution.value, attribution.audience) == (
        "Moshes told",
        "Moshes",
        "The Wall Street Journal",
    )


def test_a_cue_inside_a_taken_span_is_not_read():
    text = "Troops moved, Moshes said."
    assert sources(text) == [("Moshes", "say", None)]
    assert find_attributions(text, taken=[(21, 25)]) == []


@given(st.text(alphabet="\"“”‘’' ,.:ahesidtolMUTNko", max_size=60))
def test_any_text_gives_spans_that_match_it(text):
    for detail in find_quotes(text) + find_attributions(text):
        assert text[detail.start : detail.end] == detail.text
        assert detail.kind in (Kind.QUOTE, Kind.ATTRIBUTION)


def test_text_must_be_a_string():
    with pytest.raises(TypeError, match="text must be a string"):
        find_quotes(None)
