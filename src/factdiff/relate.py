"""How two details relate: whether they describe the same thing, and if so how they compare.

detail_slot(detail)  -> the name of what a detail describes ("duration", "quantity of length")
meets(a, b)          -> whether two details of one slot describe the same thing
relate(a, b)         -> (Status, note): same, compatible or different, and how far apart
source_key(name)     -> a source's name folded for comparison ("the Kremlin" -> "russia")

The tolerances, all explicit:

==============  ======================================================================
details         rule
==============  ======================================================================
numbers         equal values are ``same``. A qualified value is an interval ("nearly
                10" is [9, 10], "about 1,000" is ±10%, "at least 22" is [22, ∞)):
                intervals that overlap are ``compatible``. Two exact values that differ
                are ``different``, with a note when they are within 5% of each other
                that one may be rounded.
units           values in different units are converted (``units.py``: 85 miles is
                136.8 km; 18 months is 1.5 years) and agree within 1%, the rounding of
                a conversion.
durations       meet only when they measure the same event ("three years" since the
                last visit never meets "ten months" of war) or one event is unknown.
dates           equal values are ``same``; one inside the other ("December 19" in
                "December 2022", "last week" around "December 14") is ``compatible``;
                dates that do not overlap are ``different``. A weekday is compatible
                with a date that falls on it.
quotes          the same words are ``same`` (quote marks, case and punctuation aside);
                one quote inside the other (or its parts around an ellipsis) is
                ``compatible``; quotes that share most words or are both a few words
                long ("escalating" vs "deteriorating") but differ are ``different``;
                unrelated quotes never meet.
attribution     the same source after folding ("the ISW" = "Institute for the Study of
                War", "Kyiv" = "Ukraine", "Moshes" = "Arkady Moshes") is ``same``; an
                unnamed source ("officials") or a name inside the other is
                ``compatible``; two named sources that differ are ``different``; an
                unresolved pronoun never meets.
certainty       the same certainty is ``same``; "will" vs "may" is ``compatible`` with
                a note: a difference in certainty, not a contradiction.
==============  ======================================================================
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re

from .extract.times import WEEKDAYS, date_span
from .models import Detail, Kind, Status
from .text.morphology import plural
from .units import measure

# Places that stand for another in news prose: a capital for its country's government.
PLACE_ALIASES = {
    "Moscow": "Russia",
    "the Kremlin": "Russia",
    "Kremlin": "Russia",
    "Minsk": "Belarus",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Washington": "United States",
    "the White House": "United States",
    "White House": "United States",
    "US": "United States",
    "U.S.": "United States",
    "UK": "United Kingdom",
    "London": "United Kingdom",
    "Downing Street": "United Kingdom",
    "Beijing": "China",
    "Brussels": "European Union",
    "EU": "European Union",
}
# How wire copy names well-known bodies on second reference ("NASA" then "the US space
# agency"), folded by ``source_key``.
SOURCE_DESCRIPTIONS = {
    "nasa": "us space agency",
    "esa": "european space agency",
    "iaea": "un nuclear watchdog",
    "who": "un health agency",
    "world health organization": "un health agency",
    "unhcr": "un refugee agency",
    "unicef": "un children's agency",
    "wfp": "un food agency",
    "imf": "international monetary fund",
    "opec": "oil cartel",
    "fed": "us central bank",
    "federal reserve": "us central bank",
    "ecb": "european central bank",
    "bank of england": "uk central bank",
    "pentagon": "us defense department",
    "fbi": "us federal police",
    "national weather service": "us weather agency",
    "nws": "us weather agency",
    "noaa": "us weather agency",
    "cdc": "us health agency",
    "met office": "uk weather agency",
}
# Two exact values this close (relative difference) may be a rounded and a precise figure.
SMALL_DIFFERENCE = 0.05
# Values converted from different units agree within this relative difference.
CONVERSION_TOLERANCE = 0.01
# Two equal values may differ by float noise only.
EQUAL_TOLERANCE = 1e-9
# Quotes this short (in words) are a word or a phrase picked from one remark: in aligned
# statements, two of them stand for the same words even when they share none
# ("escalating" / "deteriorating", "a painful but necessary step" / "a regrettable mistake").
SHORT_QUOTE = 5
# Quotes sharing this fraction of the shorter one's words are the same quote.
QUOTE_OVERLAP = 0.5
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# Sources that do not name anyone ("officials", "the government", "the authorities"):
# they never contradict a named source.
UNNAMED_SOURCES = frozenset(
    """offic sourc analy expert obser report media diplo witne resid critic spoke person
    people someone insid milit forec meteo gover autho study studi resea scien acade surve
    poll paper revie""".split()
)  # as ``source_words`` folds them: "officials" -> "offic"

_DAY = re.compile(r"(\d{4}|-)-\d{2}-\d{2}")
_MONTH = re.compile(r"(\d{4}|-)-\d{2}")
_YEAR = re.compile(r"\d{4}")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+", re.IGNORECASE)
_ELLIPSIS = re.compile(r"\.\.\.|…")
_NESTED = re.compile(r"[‘'][^‘’']*[’']")
_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)\s*$")
_NAME_STOPWORDS = frozenset({"the", "of", "for", "and", "on", "in", "at", "de", "a"})


def detail_slot(detail: Detail) -> str | None:
    """Return the name of what a detail describes, or None if it is not compared.

    Quantities meet by dimension when their unit converts, else by what they count. A
    relative date not resolved to a calendar date ("last week", no reference) has no slot.

    >>> detail_slot(Detail(Kind.DURATION, "three years", 0, 11, 3, "year"))
    'duration'
    >>> detail_slot(Detail(Kind.DATE, "January", 0, 7, "--01")), detail_slot(Detail(Kind.WEEKDAY, "Monday", 0, 6, "Monday"))
    ('date', 'date')
    >>> detail_slot(Detail(Kind.QUANTITY, "85 miles", 0, 8, 85, "mile"))
    'quantity of length'
    """
    kind = detail.kind
    if kind is Kind.WEEKDAY:
        return "date"
    if kind is Kind.DATE:
        return "date" if date_precision(str(detail.value)) is not None else None
    if kind is Kind.DURATION:
        return "duration"
    if kind is Kind.QUANTITY:
        if not detail.unit:
            return None
        converted = measure(1.0, detail.unit)
        return f"quantity of {converted[1] if converted else detail.unit}"
    if kind in (Kind.RANK, Kind.QUOTE, Kind.ATTRIBUTION):
        return kind.value
    if kind is Kind.MODALITY:
        return f"certainty of {detail.about}" if detail.about else None
    return None


def meets(a: Detail, b: Detail) -> bool:
    """Return whether two details of one slot describe the same thing and may be compared.

    >>> war = Detail(Kind.DURATION, "ten months", 0, 10, 10, "month", about="war")
    >>> visit = Detail(Kind.DURATION, "three years", 0, 11, 3, "year", about="visit")
    >>> meets(war, visit), meets(war, Detail(Kind.DURATION, "a year", 0, 6, 1, "year"))
    (False, True)
    """
    if {a.kind, b.kind} <= {Kind.DATE, Kind.WEEKDAY}:
        return _dates_meet(a, b)
    if a.kind is Kind.RANK and b.kind is Kind.RANK:
        return _agree_or_unknown(a.about, b.about) and _agree_or_unknown(a.unit, b.unit)
    if a.kind is Kind.DURATION and b.kind is Kind.DURATION:
        return _agree_or_unknown(a.about, b.about)
    if a.kind is Kind.QUOTE and b.kind is Kind.QUOTE:
        return not different_speakers(a, b) and _same_quote(str(a.value), str(b.value))
    if a.kind is Kind.ATTRIBUTION and b.kind is Kind.ATTRIBUTION:
        return not ({source_key(str(a.value)), source_key(str(b.value))} & PRONOUNS)
    return True


def _agree_or_unknown(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def relate(a: Detail, b: Detail) -> tuple[Status, str]:
    """Return how two details of the same slot relate, and a note saying how far apart they are.

    >>> three = Detail(Kind.DURATION, "three years", 0, 11, 3, "year")
    >>> relate(three, Detail(Kind.DURATION, "three and a half years", 0, 22, 3.5, "year"))
    (<Status.DIFFERENT: 'different'>, 'differ by 0.5 years (3 vs 3.5)')
    >>> relate(Detail(Kind.WEEKDAY, "Monday", 0, 6, "Monday"),
    ...        Detail(Kind.DATE, "December 19, 2022", 0, 17, "2022-12-19"))
    (<Status.COMPATIBLE: 'compatible'>, '2022-12-19 was a Monday')
    >>> relate(Detail(Kind.QUANTITY, "85 miles", 0, 8, 85, "mile"),
    ...        Detail(Kind.QUANTITY, "137 km", 0, 6, 137, "kilometre"))
    (<Status.COMPATIBLE: 'compatible'>, '85 miles ≈ 137 kilometres')
    """
    kinds = {a.kind, b.kind}
    if kinds <= {Kind.DATE, Kind.WEEKDAY}:
        return _relate_when(a, b)
    if kinds == {Kind.QUOTE}:
        return _relate_quotes(str(a.value), str(b.value))
    if kinds == {Kind.ATTRIBUTION}:
        return _relate_sources(a, b)
    if kinds == {Kind.MODALITY}:
        return _relate_certainty(a, b)
    return _relate_numbers(a, b)


def source_key(name: str) -> str:
    """Return a source's name folded for comparison: no article, no acronym in brackets, aliases.

    >>> source_key("the Kremlin"), source_key("US Institute for the Study of War (ISW)")
    ('russia', 'us institute for the study of war')
    """
    name = _PARENTHESIS.sub("", name.strip())
    name = PLACE_ALIASES.get(name, name)
    if name.lower().startswith("the "):
        name = name[4:]
    name = PLACE_ALIASES.get(name, name)
    return " ".join(_WORD.findall(name.casefold().replace("’", "'")))


# --- numbers -------------------------------------------------------------------------------


def comparable(detail: Detail) -> tuple[float, float]:
    """Return a detail's value as an interval on its dimension's base scale (durations in days)."""
    low, high = _interval(detail)
    scale = _scale(detail)
    return low * scale, high * scale


def _scale(detail: Detail) -> float:
    """Return the size of one of the detail's units in its dimension's base unit, or 1."""
    converted = measure(1.0, detail.unit) if detail.unit else None
    return converted[0] if converted else 1.0


def _interval(detail: Detail) -> tuple[float, float]:
    value = detail.value
    if isinstance(value, tuple):
        return float(value[0]), float(value[1])
    return float(value), float(value)


def _relate_numbers(a: Detail, b: Detail) -> tuple[Status, str]:
    low_a, high_a = comparable(a)
    low_b, high_b = comparable(b)
    if _close(low_a, low_b) and _close(high_a, high_b):
        return Status.SAME, ""
    converted = a.unit != b.unit
    tolerance = CONVERSION_TOLERANCE if converted else EQUAL_TOLERANCE
    if converted and _close(low_a, low_b, tolerance) and _close(high_a, high_b, tolerance):
        return Status.COMPATIBLE, f"{_amount(a)} ≈ {_amount(b)}"
    if low_a <= high_b * (1 + tolerance) and low_b <= high_a * (1 + tolerance):
        return Status.COMPATIBLE, "ranges overlap"
    note = distance_note(a, b)
    exact = not isinstance(a.value, tuple) and not isinstance(b.value, tuple)
    if exact and gap(a, b) <= SMALL_DIFFERENCE:
        note += "; a small difference: one figure may be rounded"
    return Status.DIFFERENT, note


def gap(a: Detail, b: Detail) -> float:
    """Return a rough relative distance between two details' values, for pairing."""
    try:
        low_a, high_a = comparable(a)
        low_b, high_b = comparable(b)
    except (TypeError, ValueError):
        return 0.0 if str(a.value) == str(b.value) else 1.0
    middle_a, middle_b = _middle(low_a, high_a), _middle(low_b, high_b)
    return abs(middle_a - middle_b) / max(abs(middle_a), abs(middle_b), 1e-9)


def _middle(low: float, high: float) -> float:
    return low if math.isinf(high) else (low + high) / 2


def _close(a: float, b: float, tolerance: float = EQUAL_TOLERANCE) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1)


def distance_note(a: Detail, b: Detail) -> str:
    """Say how far apart two numeric details are, in the first one's unit."""
    low_a, high_a = comparable(a)
    low_b, high_b = comparable(b)
    distance = abs(_middle(low_a, high_a) - _middle(low_b, high_b)) / _scale(a)
    if a.unit == "percent":
        unit = " percentage points"
    elif a.unit and a.kind is not Kind.RANK:
        unit = f" {plural(a.unit)}"
    else:
        unit = ""
    values = f"{format_number(a.value)} vs {format_number(b.value)}"
    if a.unit != b.unit and b.unit:
        values = f"{_amount(a)} vs {_amount(b)}"
    return f"differ by {format_number(distance)}{unit} ({values})"


def _amount(detail: Detail) -> str:
    unit = f" {plural(detail.unit)}" if detail.unit else ""
    return f"{format_number(detail.value)}{unit}"


def format_number(value) -> str:
    """Return a number or interval the way a note shows it.

    >>> format_number(3.0), format_number((9, 10.5)), format_number((22, math.inf)), format_number(0.1234)
    ('3', '9–10.5', '22–∞', '0.123')
    """
    if isinstance(value, tuple):
        return "–".join(format_number(v) for v in value)
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:.3g}" if isinstance(value, float) and abs(value) < 1000 else f"{value:,}"


# --- dates ---------------------------------------------------------------------------------


# How precise a date is, by the days it spans: a day, a week, a month, a season, a year.
_PRECISION_DAYS = (1, 10, 31, 124, 366)
# Dates that do not overlap meet when at most this many steps apart in precision: a day
# meets a month ("1 July 2026" / "January 2026"), a month a year, never a day a year.
_PRECISION_GAP = 2


def date_precision(value: str) -> int | None:
    """Return how coarse an ISO date or interval is (0 a day ... 4 a year, 5 longer), or None.

    >>> [date_precision(v) for v in ("2022-12-19", "--12-19", "2022-12-12/2022-12-18", "2022-12", "--02", "2022")]
    [0, 0, 1, 2, 2, 4]
    >>> date_precision("last week") is None
    True
    """
    if _DAY.fullmatch(value):
        days = 1
    elif _MONTH.fullmatch(value):
        days = 31
    elif _YEAR.fullmatch(value):
        days = 366
    elif (span := date_span(value)) is not None:
        days = (span[1] - span[0]).days + 1
    else:
        return None
    return next((n for n, most in enumerate(_PRECISION_DAYS) if days <= most), 5)


def _dates_meet(a: Detail, b: Detail) -> bool:
    """Return whether two dates (or weekdays) may be about the same moment.

    Dates of a statement ("warned in recent days") meet only dates of a statement. Dates
    that overlap always meet; dates that do not meet only when they are about as
    precise ("in 2019" / "in 2020", "June" / "1 July"): a sentence's "2020 protests" is
    no rival to another's "December 19, 2022".
    """
    if a.about != b.about:
        return False  # when a claim was made never meets when its event happens
    if Kind.WEEKDAY in (a.kind, b.kind):
        return True
    first, second = str(a.value), str(b.value)
    span_a, span_b = date_span(first), date_span(second)
    if span_a and span_b and span_a[0] <= span_b[1] and span_b[0] <= span_a[1]:
        return True
    precision_a, precision_b = date_precision(first), date_precision(second)
    if precision_a is None or precision_b is None:
        return False
    return abs(precision_a - precision_b) <= _PRECISION_GAP


def _relate_when(a: Detail, b: Detail) -> tuple[Status, str]:
    """Relate two dates, two weekdays, or a date and a weekday."""
    if a.kind is Kind.WEEKDAY and b.kind is Kind.WEEKDAY:
        if a.value == b.value:
            return Status.SAME, ""
        return Status.DIFFERENT, f"{a.value} vs {b.value}"
    if a.kind is Kind.WEEKDAY or b.kind is Kind.WEEKDAY:
        weekday, date = (a, b) if a.kind is Kind.WEEKDAY else (b, a)
        return _relate_weekday(str(weekday.value), str(date.value))
    first, second = str(a.value), str(b.value)
    if first == second:
        return Status.SAME, ""
    span_a, span_b = date_span(first), date_span(second)
    if span_a is None or span_b is None:
        if _partial_dates_agree(first, second):
            return Status.COMPATIBLE, "one date is less precise"
        return Status.DIFFERENT, f"{first} vs {second}"
    if span_a == span_b:
        return Status.SAME, ""
    if _inside(span_a, span_b) or _inside(span_b, span_a):
        return Status.COMPATIBLE, "one date is less precise"
    if span_a[0] <= span_b[1] and span_b[0] <= span_a[1]:
        return Status.COMPATIBLE, "the periods overlap"
    apart = min(abs((span_a[0] - span_b[1]).days), abs((span_b[0] - span_a[1]).days))
    return Status.DIFFERENT, f"{first} vs {second}, {apart} day{'s' if apart != 1 else ''} apart"


def _relate_weekday(weekday: str, date: str) -> tuple[Status, str]:
    span = date_span(date)
    if span is None:
        return Status.COMPATIBLE, f"{date} may fall on a {weekday}"
    first, last = span
    if first == last:
        actual = WEEKDAYS[first.weekday()]
        if actual == weekday:
            return Status.COMPATIBLE, f"{date} was a {actual}"
        return Status.DIFFERENT, f"{date} was a {actual}, not a {weekday}"
    if (last - first).days >= 6 or any(
        WEEKDAYS[(first + dt.timedelta(days=n)).weekday()] == weekday
        for n in range((last - first).days + 1)
    ):
        return Status.COMPATIBLE, f"{date} includes a {weekday}"
    return Status.DIFFERENT, f"{date} has no {weekday}"


def _inside(inner: tuple[dt.date, dt.date], outer: tuple[dt.date, dt.date]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _partial_dates_agree(a: str, b: str) -> bool:
    """Tell whether two ISO dates, one without its year, can name the same day.

    >>> _partial_dates_agree("2022-12-19", "--12-19"), _partial_dates_agree("--12", "2022-12-19")
    (True, True)
    >>> _partial_dates_agree("--12-19", "2022-12-20")
    False
    """
    if not (a.startswith("--") or b.startswith("--")):
        return a.startswith(b) or b.startswith(a)
    partial, other = (a, b) if a.startswith("--") else (b, a)
    month_day = partial[2:]
    if other.startswith("--"):
        return other[2:].startswith(month_day) or month_day.startswith(other[2:])
    return other[5:].startswith(month_day) or (len(other) == 7 and month_day.startswith(other[5:]))


# --- quotes --------------------------------------------------------------------------------


def _quote_words(value: str) -> list[str]:
    return _WORD.findall(value.casefold().replace("’", "'"))


def _same_quote(first: str, second: str) -> bool:
    """Return whether two quotes in aligned statements stand for the same words.

    Two quotes that frame a nested quote the same way ("My commander said, 'Hold the
    line'") are the same quote, whatever the nested words.

    >>> _same_quote("He said, 'Hold the line at all costs'", "He said, 'Pull back if you have to'")
    True
    """
    a, b = _quote_words(first), _quote_words(second)
    if not a or not b:
        return False
    frame_a, frame_b = _NESTED.sub(" ", first), _NESTED.sub(" ", second)
    if frame_a != first and _quote_words(frame_a) == _quote_words(frame_b):
        return True
    if len(a) <= SHORT_QUOTE and len(b) <= SHORT_QUOTE:
        return True
    shared = len(set(a) & set(b))
    return shared / min(len(set(a)), len(set(b))) >= QUOTE_OVERLAP


def _relate_quotes(a: str, b: str) -> tuple[Status, str]:
    words_a, words_b = _quote_words(a), _quote_words(b)
    if words_a == words_b:
        return Status.SAME, ""
    shorter, longer = sorted((words_a, words_b), key=len)
    if _contains(longer, shorter):
        return Status.COMPATIBLE, "one quotes more of the same words"
    parts = _ELLIPSIS.split(a if words_a is shorter else b)
    pieces = [words for words in map(_quote_words, parts) if words]
    if len(pieces) > 1 and all(_contains(longer, piece) for piece in pieces):
        return Status.COMPATIBLE, "one leaves words out of the same quote"
    return Status.DIFFERENT, "quoted words differ: " + _word_difference(words_a, words_b)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _word_difference(a: list[str], b: list[str]) -> str:
    """Return the first run of words that differ between two quotes, as "x" vs "y"."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            return f"“{' '.join(a[i1:i2])}” vs “{' '.join(b[j1:j2])}”"
    return ""


# --- sources -------------------------------------------------------------------------------


def _relate_sources(a: Detail, b: Detail) -> tuple[Status, str]:
    name_a, name_b = str(a.value), str(b.value)
    key_a, key_b = source_key(name_a), source_key(name_b)
    if key_a == key_b or SOURCE_DESCRIPTIONS.get(key_a, key_a) == SOURCE_DESCRIPTIONS.get(
        key_b, key_b
    ):
        return Status.SAME, ""
    if _acronym_of(name_a, name_b) or _acronym_of(name_b, name_a):
        return Status.SAME, ""
    words_a, words_b = source_words(name_a), source_words(name_b)
    if words_a <= UNNAMED_SOURCES or words_b <= UNNAMED_SOURCES:
        return Status.COMPATIBLE, "one source is not named"
    described_a = words_a | source_words(a.about or "")
    described_b = words_b | source_words(b.about or "")
    if words_a <= described_b or words_b <= described_a:
        return Status.COMPATIBLE, "one names or describes the source more fully"
    return Status.DIFFERENT, f"attributed to {name_a} vs {name_b}"


def different_speakers(a: Detail, b: Detail) -> bool:
    """Tell whether two quotes are known to come from different people.

    >>> mayor = Detail(Kind.QUOTE, "“a”", 0, 3, "a", speaker="Mayor Ana Ruiz")
    >>> ruiz = Detail(Kind.QUOTE, "“b”", 0, 3, "b", speaker="Ruiz")
    >>> owner = Detail(Kind.QUOTE, "“c”", 0, 3, "c", speaker="a shop owner")
    >>> different_speakers(mayor, ruiz), different_speakers(mayor, owner)
    (False, True)
    """
    if not a.speaker or not b.speaker:
        return False
    return not source_words(a.speaker) & source_words(b.speaker)


def source_words(name: str) -> frozenset[str]:
    """Return the words of a source's name or role, folded so that variants compare equal.

    Possessives and function words go, places stand for what they stand for, and words
    of six letters or more keep their first five ("electoral" and "election" agree).

    >>> sorted(source_words("Gaza's health ministry")) == sorted(source_words("the health ministry in Gaza"))
    True
    >>> sorted(source_words("Kyiv")), sorted(source_words("Ukraine's military"))
    (['ukrai'], ['milit', 'ukrai'])
    """
    words = set()
    for position, word in enumerate(_WORD.findall(_ARTICLE.sub("", name.replace("’", "'")))):
        if word.lower().endswith("'s"):
            if word.islower() and position == 0:
                continue  # "the city's mayor" names the mayor, not the city
            word = word[:-2]
        word = PLACE_ALIASES.get(word, word).casefold()
        if word in _NAME_STOPWORDS:
            continue
        for part in word.split():
            words.add(part[:5] if len(part) >= 6 else part)
    return frozenset(words)


def _acronym_of(short: str, name: str) -> bool:
    """Return whether ``short`` is the acronym of ``name`` or the one it gives in brackets.

    >>> _acronym_of("the ISW", "Institute for the Study of War"), _acronym_of("ISW", "US Institute for the Study of War (ISW)")
    (True, True)
    >>> _acronym_of("NATO", "the Pentagon")
    False
    """
    short = short.strip()
    if short.lower().startswith("the "):
        short = short[4:]
    if not (2 <= len(short) <= 8 and short.replace(".", "").isupper()):
        return False
    letters = short.replace(".", "")
    bracket = _PARENTHESIS.search(name)
    if bracket and bracket.group(1).replace(".", "") == letters:
        return True
    words = [
        w for w in _WORD.findall(_PARENTHESIS.sub("", name)) if w.lower() not in _NAME_STOPWORDS
    ]
    initials = "".join(w[0] for w in words).upper()
    return letters in initials and len(letters) >= 2


# --- certainty -----------------------------------------------------------------------------


def _relate_certainty(a: Detail, b: Detail) -> tuple[Status, str]:
    if a.value == b.value:
        return Status.SAME, ""
    return (
        Status.COMPATIBLE,
        f"certainty differs: {a.qualifier or a.value} ({a.value}) vs "
        f"{b.qualifier or b.value} ({b.value})",
    )
