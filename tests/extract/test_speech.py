"""Tests for factdiff.extract.speech: quotes, attributions and the resolution of speakers."""

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdiff.compare import statements_of
from factdiff.extract import resolve_people
from factdiff.extract.speech import (
    find_attributions,
    find_quotes,
    find_speech,
    resolve_speakers,
)
from factdiff.models import OVERLAY_KINDS, Detail, Kind, Statement
from factdiff.read import read_article

THE_WEEK = Path(__file__).parents[2] / "seeds" / "theweek-putin-flies-to-minsk.txt"


def quotes(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Return (words, speaker, verb, audience) for each quote of ``text``."""
    return [(d.value, d.speaker, d.qualifier, d.audience) for d in find_quotes(text)]


def sources(text: str) -> list[tuple[str, str, str | None]]:
    """Return (source, cue, audience) for each attribution of ``text``."""
    return [(d.value, d.qualifier, d.audience) for d in find_attributions(text)]


# --- quotes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The risks are really high," political scientist Yauheni Preiherman, director of '
            "the Minsk Dialogue Council on International Relations, told The Wall Street Journal.",
            [
                (
                    "The risks are really high",
                    "Yauheni Preiherman",
                    "tell",
                    "The Wall Street Journal",
                )
            ],
        ),
        (
            "“We will not surrender,” said Moshes.",
            [("We will not surrender", "Moshes", "say", None)],
        ),
        (
            'Moshes said: "The situation is escalating."',
            [("The situation is escalating", "Moshes", "say", None)],
        ),
        (
            '"Ukraine’s hands will be tied," he told The Wall Street Journal.',
            [("Ukraine’s hands will be tied", "he", "tell", "The Wall Street Journal")],
        ),
        (
            '"It was like a bomb went off," a witness to the explosion told the BBC.',
            [("It was like a bomb went off", "witness to the explosion", "tell", "BBC")],
        ),
        (
            '"The ceasefire is holding," the UN envoy told reporters in Geneva.',
            [("The ceasefire is holding", "UN envoy", "tell", "reporters")],
        ),
        (
            '"Our air defences worked," the regional governor, Oleh Marchenko, said.',
            [("Our air defences worked", "Oleh Marchenko", "say", None)],
        ),
        (
            "Amina Yusuf, 54, said: “We have lost everything.”",
            [("We have lost everything", "Amina Yusuf", "say", None)],
        ),
        (
            "'We are not going anywhere,' the striking nurses chanted outside the hospital.",
            [("We are not going anywhere", "striking nurses", "chant", None)],
        ),
        (
            'The coach described the 4-0 defeat as "unacceptable".',
            [("unacceptable", "coach", "describe", None)],
        ),
        (
            'Judge Ellen Marsh called the defendant\'s conduct "reckless but not malicious".',
            [("reckless but not malicious", "Ellen Marsh", "call", None)],
        ),
    ],
)
def test_quotes_with_their_speaker_verb_and_audience(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Lukashenko had made a statement on Friday that the situation was "escalating."',
            "Lukashenko",
        ),
        ('Lagarde said inflation was "still too high" but falling.', "Lagarde"),
        (
            "According to Arkady Moshes, a policy analyst, the joint efforts are "
            '"calculated" to give the idea that Minsk could enter the war.',
            "Arkady Moshes",
        ),
        (
            "the country is considered by the international media as Russia’s “closest ally.”",
            "international media",
        ),
        ('The "special operation" will go on, Peskov said.', "Peskov"),
    ],
)
def test_a_scare_quote_takes_its_speaker_from_the_sentence(text, speaker):
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker


def test_a_quote_spans_its_marks_and_its_value_drops_a_trailing_comma():
    text = '"The risks are really high,\n  even so," he said.'
    (quote,) = find_quotes(text)
    end = text.index(" he said")
    assert (quote.start, quote.end) == (0, end)
    assert quote.text == text[:end]
    assert quote.value == "The risks are really high, even so"


def test_a_nested_quote_is_part_of_the_outer_one():
    text = "\"He told me, 'Get out now, the water is rising,'\" said one resident."
    assert quotes(text) == [
        ("He told me, 'Get out now, the water is rising,'", "one resident", "say", None)
    ]


def test_nested_curly_quotes():
    text = "“My commander said, ‘Hold the line,’ and we did,” the soldier recalled."
    assert quotes(text) == [
        ("My commander said, ‘Hold the line,’ and we did", "soldier", "recall", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Belarus started exercises on Belarus’ border with Ukraine.",
        "Putin's visit to Minsk and Lukashenko’s support.",
        "He said he don’t know and won't say.",
        "The boys' school in the '90s.",
        "Ukraine.”[6]",  # a stray closing mark
        '"We are strong. We will win',  # a quote left open
        "",
    ],
)
def test_apostrophes_and_unpaired_marks_make_no_quote(text):
    assert find_quotes(text) == []


def test_a_single_quoted_phrase_is_a_quote():
    assert quotes("The so-called ‘special operation’ continued.") == [
        ("special operation", None, None, None)
    ]


def test_a_quote_without_a_cue_has_no_speaker():
    assert quotes('The "special operation" continued.') == [("special operation", None, None, None)]


def test_cues_inside_a_quote_are_the_quoted_words():
    text = '"Moshes told me nothing," the analyst said.'
    assert sources(text) == [("analyst", "say", None)]


# --- attributions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops moved, according to the ISW.", [("ISW", "according to", None)]),
        (
            "According to the US Institute for the Study of War (ISW), the Kremlin tried.",
            [("US Institute for the Study of War", "according to", None)],
        ),
        (
            "Ukraine has also repeatedly warned in recent days that Russian forces may attack.",
            [("Ukraine", "warn", None)],
        ),
        (
            "Nitekim Analysts suggest that the visit may be an attempt.",
            [("Analysts", "suggest", None)],
        ),
        (
            "Political analysts have suggested that the visit was an attempt.",
            [("Political analysts", "suggest", None)],
        ),
        ("It was a ploy, Moshes told reporters.", [("Moshes", "tell", "reporters")]),
        ("Belarus is ready, said Moshes.", [("Moshes", "say", None)]),
        ("Gaza's health ministry said 12 people died.", [("Gaza's health ministry", "say", None)]),
        ("The mayor of Mariupol said the city held.", [("mayor of Mariupol", "say", None)]),
        (
            "The NATO secretary-general said no troops would go.",
            [("NATO secretary-general", "say", None)],
        ),
        ("The BLS reported a fall.", [("BLS", "report", None)]),
        ("The vaccine is safe, the Treasury said.", [("Treasury", "say", None)]),
        (
            "Forty were killed, the AP reported, citing local officials.",
            [("AP", "report", None), ("local officials", "cite", None)],
        ),
        ("The ministry denied that troops had crossed.", [("ministry", "deny", None)]),
        ("Lukashenko had stated that he would stay out.", [("Lukashenko", "state", None)]),
        ("The talks went well, he said to reporters.", [("he", "say", "reporters")]),
        ("Washington accused Moscow of violating the treaty.", [("Washington", "accuse", None)]),
        ("It is a catastrophe, said Dr. Sara Lind of the Red Cross.", [("Sara Lind", "say", None)]),
        (
            "Prices rose, according to the Confederation of British Industry.",
            [("Confederation of British Industry", "according to", None)],
        ),
    ],
)
def test_attributions(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "That said, military analysts also see the manoeuvring as a ploy.",
        "Military analysts also see the manoeuvring as a ploy.",
        "The company might announce further job cuts.",
        "He is said to be ill.",
        "No group has claimed responsibility for the bombing.",
        "The reported deal fell through.",
        "The drills added to fears of an offensive.",
        "Troops in Belarus said nothing.",
        "Putin called Lukashenko on Monday.",
        "The minister never replied to the letter.",
        "As expected, the talks failed.",
    ],
)
def test_no_attribution(text):
    assert find_attributions(text) == []


# --- roles ----------------------------------------------------------------------------------


def roles(text: str) -> list[tuple[str, str | None, str]]:
    """Return (source, role, span) for each attribution of ``text``."""
    return [(d.value, d.about, d.text) for d in find_attributions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten died in Kherson, regional governor Yaroslav Yanushkevych said.",
            [
                (
                    "Yaroslav Yanushkevych",
                    "regional governor",
                    "regional governor Yaroslav Yanushkevych said",
                )
            ],
        ),
        (
            "Political scientist Yauheni Preiherman, director of the Minsk Dialogue Council, "
            "told reporters that the risks were high.",
            [
                (
                    "Yauheni Preiherman",
                    "political scientist",
                    "Political scientist Yauheni Preiherman, director of the Minsk Dialogue "
                    "Council, told",
                )
            ],
        ),
        (
            "Our air defences worked, the regional governor, Oleh Marchenko, said.",
            [
                (
                    "Oleh Marchenko",
                    "regional governor",
                    "the regional governor, Oleh Marchenko, said",
                )
            ],
        ),
        (
            "Russian President Vladimir Putin said the talks failed.",
            [("Vladimir Putin", "russian president", "Russian President Vladimir Putin said")],
        ),
        (
            "The talks failed, said opposition leader Maria Costa.",
            [("Maria Costa", "opposition leader", "said opposition leader Maria Costa")],
        ),
        (
            "The talks failed, according to Kremlin spokesman Dmitry Peskov.",
            [
                (
                    "Dmitry Peskov",
                    "kremlin spokesman",
                    "according to Kremlin spokesman Dmitry Peskov",
                )
            ],
        ),
        (
            "The talks failed, according to Dmitry Peskov, the Kremlin spokesman.",
            [("Dmitry Peskov", "kremlin spokesman", "according to Dmitry Peskov")],
        ),
        (
            "Arkady Moshes, a policy analyst, said the moves are calculated.",
            [("Arkady Moshes", "policy analyst", "Arkady Moshes, a policy analyst, said")],
        ),
        (
            "Oleh Marchenko, governor of the Odesa region, said the port was hit.",
            [
                (
                    "Oleh Marchenko",
                    "governor of the odesa region",
                    "Oleh Marchenko, governor of the Odesa region, said",
                )
            ],
        ),
        # no role: a form of address, an age, no name, a name without a title
        ("It is a catastrophe, said Dr. Sara Lind.", [("Sara Lind", None, "said Dr. Sara Lind")]),
        ("Amina Yusuf, 54, said it was over.", [("Amina Yusuf", None, "Amina Yusuf, 54, said")]),
        (
            "Nine were killed, according to the regional governor.",
            [("regional governor", None, "according to the regional governor")],
        ),
        (
            "According to Arkady Moshes, the efforts are calculated.",
            [("Arkady Moshes", None, "According to Arkady Moshes")],
        ),
        ("It was a ploy, Moshes told reporters.", [("Moshes", None, "Moshes told")]),
        # a name in apposition after the role, after the verb
        (
            "It was a dark day, said the parliamentary speaker, Tomas Lind, after the vote.",
            [("Tomas Lind", "parliamentary speaker", "said the parliamentary speaker, Tomas Lind")],
        ),
        (
            "It was a dark day, said the parliamentary speaker, Tomas Lind.",
            [("Tomas Lind", "parliamentary speaker", "said the parliamentary speaker, Tomas Lind")],
        ),
        (
            "The port was hit, according to the regional governor, Oleh Marchenko, who visited.",
            [
                (
                    "Oleh Marchenko",
                    "regional governor",
                    "according to the regional governor, Oleh Marchenko",
                )
            ],
        ),
        (
            "The port was hit, said the mayor of Odesa, Andriy Kovalenko, on Friday.",
            [
                (
                    "Andriy Kovalenko",
                    "mayor of odesa",
                    "said the mayor of Odesa, Andriy Kovalenko",
                )
            ],
        ),
        (
            "The striker is injured, said the club's manager, Erik Berg.",
            [("Erik Berg", "club's manager", "said the club's manager, Erik Berg")],
        ),
        (
            "The club's manager, Erik Berg, said the striker is injured.",
            [("Erik Berg", "club's manager", "The club's manager, Erik Berg, said")],
        ),
        (
            "The talks failed, said the minister, Dr. Sara Lind.",
            [("Sara Lind", "minister", "said the minister, Dr. Sara Lind")],
        ),
        # what follows the comma is no name of the role
        (
            "The talks failed, said the official, Reuters reported.",
            [("official", None, "said the official"), ("Reuters", None, "Reuters reported")],
        ),
        (
            "The talks failed, said the minister, John Smith and others.",
            [("minister", None, "said the minister")],
        ),
    ],
)
def test_a_source_keeps_its_role(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The risks are really high," political scientist Yauheni Preiherman, director of '
            "the Minsk Dialogue Council on International Relations, told The Wall Street Journal.",
            ("Yauheni Preiherman", "political scientist"),
        ),
        (
            '"We will not be intimidated," said Finance Minister Lena Hoff.',
            ("Lena Hoff", "finance minister"),
        ),
        (
            '"Our air defences worked," Governor Oleh Marchenko said.',
            ("Oleh Marchenko", "governor"),
        ),
        ('Judge Ellen Marsh called it "reckless".', ("Ellen Marsh", "judge")),
        ('"It is high," Moshes told reporters.', ("Moshes", None)),
        ('"It is high," the analyst said.', ("analyst", None)),
        (
            '"This is a dark day," said the parliamentary speaker, Tomas Lind, after the vote.',
            ("Tomas Lind", "parliamentary speaker"),
        ),
        (
            '"This is a dark day," said the parliamentary speaker, Tomas Lind.',
            ("Tomas Lind", "parliamentary speaker"),
        ),
    ],
)
def test_a_quote_keeps_its_speaker_role(text, expected):
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.about) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Twelve died, Gaza's health ministry said.", "Gaza's health ministry"),
        ("Russian forces advanced, Ukraine's General Staff said.", "Ukraine's General Staff"),
        ("Ukraine's military said it shot down 20 drones.", "Ukraine's military"),
        ('"We are ready to talk," Iran\'s foreign minister said.', "Iran's foreign minister"),
        ("The fire was deliberate, the building's owner said.", "building's owner"),
        # a lowercase possessive before a role: the value ends in the role, no name
        (
            "The club's manager said the striker would miss the rest of the season.",
            "club's manager",
        ),
        (
            "The striker will miss the rest of the season, the club's medical director said.",
            "club's medical director",
        ),
        ("The city's mayor said the tram line would reach the airport.", "city's mayor"),
        ('The company\'s founder said the layoffs were "a painful step".', "company's founder"),
        ("The victim's mother said she was relieved.", "victim's mother"),
        ("The team's physiotherapist said the injury was minor.", "team's physiotherapist"),
    ],
)
def test_a_possessive_source_is_kept_as_written(text, source):
    (attribution,) = find_attributions(text)
    assert (attribution.value, attribution.about) == (source, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defender has not signed, his agent said.", [("agent", "say", None)]),
        ("According to his agent, the defender has not signed.", [("agent", "according to", None)]),
        ("The striker is fit, the coach said.", [("coach", "say", None)]),
        ('"It is over," she told her lawyer.', [("she", "tell", "lawyer")]),
        ('"It is over," she told her on Monday.', [("she", "tell", "her")]),
        ("He told his aides the war was over.", [("he", "tell", "aides")]),
    ],
)
def test_sources_and_audiences_named_by_a_role(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government's decision added to fears of a recession.",
        "The central bank's order added to the pressure.",
        "The club's stadium said nothing about the game.",
    ],
)
def test_no_source_named_by_a_possessive(text):
    assert find_attributions(text) == []


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


# --- resolving speakers ---------------------------------------------------------------------


def statement(source: str, index: int, text: str, *people: tuple[str, str]) -> Statement:
    """Return a statement of ``text`` with the people given as (words, full name) and its speech."""
    details = [
        Detail(Kind.PERSON, words, text.index(words), text.index(words) + len(words), value)
        for words, value in people
    ]
    details += find_quotes(text) + find_attributions(text)
    return Statement(source, index, 0, len(text), text, tuple(details))


def speakers(statements) -> list[list[str]]:
    """Return each statement's quote speakers and attribution sources."""
    return [
        [
            d.speaker if d.kind is Kind.QUOTE else d.value
            for d in s.details
            if d.kind in OVERLAY_KINDS
        ]
        for s in statements
    ]


def test_a_pronoun_takes_the_person_named_in_the_sentences_before():
    resolved = resolve_speakers(
        [
            statement(
                "a",
                0,
                "According to Arkady Moshes, the moves are a ploy.",
                ("Arkady Moshes", "Arkady Moshes"),
            ),
            statement("a", 1, "Minsk is in a hard place."),
            statement("a", 2, '"Ukraine is tied," he told The Wall Street Journal.'),
        ]
    )
    assert speakers(resolved) == [["Arkady Moshes"], [], ["Arkady Moshes", "Arkady Moshes"]]


def test_a_pronoun_prefers_a_person_not_named_after_a_preposition():
    text = "Though Lukashenko met with Putin, he said security will be a topic."
    resolved = resolve_speakers(
        [
            statement(
                "a", 0, text, ("Lukashenko", "Alexander Lukashenko"), ("Putin", "Vladimir Putin")
            )
        ]
    )
    assert speakers(resolved) == [["Alexander Lukashenko"]]


def test_a_pronoun_looks_back_three_sentences_only():
    resolved = resolve_speakers(
        [
            statement("a", 0, "Moshes spoke first.", ("Moshes", "Arkady Moshes")),
            statement("a", 1, "Nothing happened."),
            statement("a", 2, "Nothing else happened."),
            statement("a", 3, "Still nothing."),
            statement("a", 4, "It is over, he said."),
        ]
    )
    assert speakers(resolved)[-1] == ["he"]


def test_a_pronoun_never_takes_a_name_from_another_source():
    resolved = resolve_speakers(
        [
            statement("a", 0, "Moshes spoke.", ("Moshes", "Arkady Moshes")),
            statement("b", 0, "It is over, he said."),
        ]
    )
    assert speakers(resolved) == [[], ["he"]]


def test_they_takes_a_group_and_he_a_person():
    resolved = resolve_speakers(
        [
            statement(
                "a", 0, "Analysts suggest that Moshes is right.", ("Moshes", "Arkady Moshes")
            ),
            statement("a", 1, "It is a ploy, they said."),
        ]
    )
    assert speakers(resolved) == [["Analysts"], ["Analysts"]]


def test_a_surname_speaker_takes_the_full_name_of_its_article():
    resolved = resolve_speakers(
        [
            statement(
                "a",
                0,
                "Russian President Vladimir Putin flew in.",
                ("Vladimir Putin", "Vladimir Putin"),
            ),
            statement("a", 1, "The visit matters, Putin said.", ("Putin", "Vladimir Putin")),
            statement("a", 2, "It is calm, Lukashenko said."),
        ]
    )
    assert speakers(resolved) == [[], ["Vladimir Putin"], ["Lukashenko"]]


def test_statements_of_a_source_must_be_consecutive_and_in_order():
    a0, b0, a1 = statement("a", 0, "One."), statement("b", 0, "Two."), statement("a", 1, "Three.")
    with pytest.raises(ValueError, match="'a' are not consecutive"):
        resolve_speakers([a0, b0, a1])
    with pytest.raises(ValueError, match="out of order: index 0 after 1"):
        resolve_speakers([a1, a0])
    with pytest.raises(TypeError, match="Statement objects"):
        resolve_speakers(["text"])


def test_statements_without_pronouns_come_back_unchanged():
    given_statements = [statement("a", 0, "Moshes said it.", ("Moshes", "Moshes"))]
    assert resolve_speakers(given_statements) == given_statements


# --- the seed -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def the_week() -> list[Statement]:
    """Return The Week's statements with speech read and speakers resolved."""
    read = [
        dataclasses.replace(s, details=tuple(d for d in s.details if d.kind not in OVERLAY_KINDS))
        for s in statements_of(read_article(THE_WEEK))
    ]
    with_speech = [
        dataclasses.replace(
            s,
            details=s.details
            + tuple(
                dataclasses.replace(d, start=d.start + s.start, end=d.end + s.start)
                for d in find_quotes(s.text) + find_attributions(s.text)
            ),
        )
        for s in resolve_people(read)
    ]
    return resolve_speakers(with_speech)


def seed_quote(statements: list[Statement], opening: str) -> Detail:
    """Return the quote whose words start with ``opening``."""
    (quote,) = [
        d
        for s in statements
        for d in s.details
        if d.kind is Kind.QUOTE and str(d.value).startswith(opening)
    ]
    return quote


def test_seed_preiherman_told_the_wall_street_journal(the_week):
    quote = seed_quote(the_week, "The risks are really high")
    assert (quote.speaker, quote.audience, quote.qualifier) == (
        "Yauheni Preiherman",
        "The Wall Street Journal",
        "tell",
    )


def test_seed_speakers_keep_their_roles(the_week):
    assert seed_quote(the_week, "The risks are really high").about == "political scientist"
    assert seed_quote(the_week, "calculated").about.startswith("policy analyst and researcher")


def test_seed_he_who_told_the_wall_street_journal_is_moshes(the_week):
    quote = seed_quote(the_week, "As long as there is this joint grouping")
    assert (quote.speaker, quote.audience) == ("Arkady Moshes", "The Wall Street Journal")
    (attribution,) = [
        d for s in the_week for d in s.details if d.kind is Kind.ATTRIBUTION and d.text == "he told"
    ]
    assert attribution.value == "Arkady Moshes"


def test_seed_calculated_is_moshes_word(the_week):
    assert seed_quote(the_week, "calculated").speaker == "Arkady Moshes"


def test_seed_escalating_is_lukashenko_word(the_week):
    assert seed_quote(the_week, "escalating").speaker == "Alexander Lukashenko"


def test_seed_spans_are_offsets_into_the_article(the_week):
    text = read_article(THE_WEEK).text
    for detail in (d for s in the_week for d in s.details if d.kind in OVERLAY_KINDS):
        assert text[detail.start : detail.end] == detail.text


def test_seed_attributions(the_week):
    found = {
        (d.value, d.qualifier) for s in the_week for d in s.details if d.kind is Kind.ATTRIBUTION
    }
    assert found == {
        ("Alexander Lukashenko", "state"),
        ("Alexander Lukashenko", "say"),
        ("Ukraine", "state"),
        ("Yauheni Preiherman", "tell"),
        ("Minsk", "announce"),
        ("Belarus Defence Ministry", "according to"),
        ("Arkady Moshes", "according to"),
        ("Arkady Moshes", "tell"),
    }


def test_find_speech_reads_once_what_quotes_and_attributions_read_apart():
    sentences = [s.text for s in statements_of(read_article(THE_WEEK))]
    for text in sentences:
        assert find_speech(text) == find_quotes(text) + find_attributions(text), text
    assert any(find_speech(text) for text in sentences)
