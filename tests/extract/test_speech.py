"""Tests for factdiff.extract.speech: quotes, attributions and the roles of their sources.

Inverted cues, studies and courts: test_speech_sources.py; resolving "he":
test_speech_resolution.py.
"""

import pytest

from factdiff.extract.speech import find_attributions, find_quotes


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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nancy Pelosi, D-Calif., said the bill would fail.", "Nancy Pelosi"),
        ('Rep. Michael McCaul, R-Texas, said "somebody should have seen this cable."', "Michael McCaul"),
        ("Gov. Rick Perry of Texas on Tuesday said he would back the policy.", "Rick Perry of Texas"),
    ],
)  # fmt: skip
def test_a_party_label_or_a_weekday_is_never_the_speaker(text, source):
    assert sources(text)[0][0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"Sheriff Arpaio knows the struggle," said Gov. Perry.', "Perry"),
        ("The bill passed, said Rep. Nancy Pelosi.", "Nancy Pelosi"),
    ],
)
def test_an_abbreviated_title_is_no_name(text, source):
    assert [s for s, _, _ in sources(text)] == [source]
