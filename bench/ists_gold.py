"""The gold of the iSTS-2016 number evaluation: which headline pairs, and which differ.

parse_wa(text)             -> the pairs of an iSTS alignment (.wa) file, chunks aligned
training_pairs()           -> the training headline pairs of the pinned snapshot
numbers_in(tokens)         -> the numbers of a tokenised headline, with their token numbers
has_number(tokens)         -> whether a headline holds a number (see RULES)
selected(pairs)            -> the pairs whose two headlines both hold a number
mechanical_label(pair)     -> the label the chunk alignment gives: discrepancy or none
load_labels(path)          -> the gold label of every selected pair, read by hand
draft_labels(pairs)        -> the mechanical labels, the draft a reader corrects
split_of(index)            -> "dev" or "held-out", by a fixed hash of the pair's number

The data are the TRAINING headline files of SemEval-2016 task 2 (interpretable STS) at the
snapshot bench/corpus.py pins (``corpus.SNAPSHOTS["ists"]``); the task's test files are
reserved for an independent check and never opened. RULES says how pairs are chosen and
labelled; docs/ists-numbers.md repeats it beside the figures (bench/ists_numbers.py).
The numbers are read here by a reader of its own, not factdiff's, so that the gold does
not lean on what is measured.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .corpus import BENCH, ISTS_TRAIN, _show

WA = ISTS_TRAIN.rsplit("/", 1)[0] + "/STSint.input.headlines.wa"
LABELS = BENCH / "ists_numbers_labels.jsonl"
DISCREPANCY, NONE = "discrepancy", "none"

RULES = """\
- **A number** is a cardinal in digits or words ("5", "1,000", "6.8", "$53m", "four",
  "Thirty-Seven", "200 million"), a vague multiple ("dozens", "hundreds", "tens of
  thousands") or an ordinal ("third", "50th"), since factdiff compares ordinals as ranks.
  Not numbers: a year (a four-digit 1900-2099 with no comma), the day of a date (a number
  beside a month: "March 11", "27th April") and a clock time ("1:15"); factdiff compares
  those as dates. Digits inside names count ("Boeing 787"): they are chances of a false
  alarm, and "G20", "Q3" (letters glued before the digits) do not.
- **Selected pairs**: both headlines hold a number.
- **Mechanical label**: a pair is a candidate discrepancy when a chunk pair the iSTS
  annotators aligned (any type but NOALI) holds a number on each side of one class (count
  or rank) and the values do not match: exact values differ, or the intervals of vague or
  qualified values ("dozens", "at least 38", "more than 1,000") do not overlap (two floors,
  "at least 22" vs "at least 89", match only when equal). Otherwise
  the pair is "none": its aligned chunks give equal numbers, or its numbers lie in chunks
  that are unaligned or aligned with a chunk without a number.
- **Reading** (every selected pair was read; the label file says by whom): a pair is a gold
  discrepancy when both headlines report one event and give one measured thing (a toll, a
  count, an age, a magnitude, a price, a sentence, a rank) two values that cannot both be
  right as written, whether or not the annotators aligned the chunks; tolls given at
  different times ("toll climbs to 15" vs "rises to 11") are a discrepancy in what the
  outlets report, as in bench/LABELLING.md. It is "none" when the numbers agree (rounding,
  a vaguer value that includes the other: "about 60" vs "61", "dozens" vs "38"), when one
  counts a part of what the other counts ("six Australians" among "dozens killed"), when
  they measure different things, or when the headlines report different events (another
  place, other victims, another day: "kills 8 in southern Iraq" vs "kills 14 in northern
  Iraq"). Events are told apart from the two headlines alone, with common knowledge of
  places (Volgograd is in southern Russia): when nothing in them tells two events apart
  ("Iraq violence kills 11" vs "kills seven"; two closes of the Singapore market, no day
  named), they are taken as one, as a reader comparing them would.
- **Flagged**: factdiff reports a discrepancy (``Verdict.DISCREPANCY``, not a possible
  one) with a differing quantity, duration or rank, whichever number it is (a headline
  rarely holds more than two).
- **Split**: a pair is held out when the SHA-256 of ``ists-headlines-<number>`` starts
  with an odd hexadecimal digit; figures on the held-out half are computed once, at the end.
"""


# --- the alignment file ------------------------------------------------------------------


@dataclass(frozen=True)
class Alignment:
    """Two chunks the annotators aligned (or a chunk left alone: type NOALI)."""

    a: tuple[int, ...]  # token numbers in headline 1, from 1; empty for an unaligned chunk
    b: tuple[int, ...]
    type: str  # EQUI, OPPO, SPE1, SPE2, SIMI, REL, NOALI, with _FACT or _POL
    score: str
    a_text: str
    b_text: str

    @property
    def aligned(self) -> bool:
        """Return whether the chunks are aligned to each other."""
        return not self.type.startswith("NOALI") and bool(self.a) and bool(self.b)


@dataclass(frozen=True)
class WaPair:
    """One headline pair: its number (from 1), tokens and chunk alignments."""

    index: int
    a: tuple[str, ...]
    b: tuple[str, ...]
    alignments: tuple[Alignment, ...]


_SENTENCE = re.compile(r'<sentence id="(\d+)"[^>]*>(.*?)</sentence>', re.S)
_TOKENS = re.compile(r"^\d+ (.*) : ?$", re.M)
_ALIGNMENT = re.compile(
    r"^([\d ]+)<==>([\d ]+)//\s*(\S+)\s*//\s*(\S+)\s*//(.*?)<==>(.*?)\s*$", re.M
)


def parse_wa(text: str) -> list[WaPair]:
    """Return the pairs of an iSTS .wa file, in file order.

    >>> [pair] = parse_wa('''<sentence id="3" status="">
    ... // 5 killed
    ... // four killed
    ... <source>
    ... 1 5 :
    ... 2 killed :
    ... </source>
    ... <translation>
    ... 1 four :
    ... 2 killed :
    ... </translation>
    ... <alignment>
    ... 1 <==> 1 // SIMI_FACT // 4 // 5 <==> four
    ... 2 <==> 2 // EQUI // 5 // killed <==> killed
    ... </alignment>
    ... </sentence>''')
    >>> pair.index, pair.a, [(x.a, x.b, x.type) for x in pair.alignments]
    (3, ('5', 'killed'), [((1,), (1,), 'SIMI_FACT'), ((2,), (2,), 'EQUI')])
    """
    pairs = []
    for match in _SENTENCE.finditer(text):
        body = match[2]
        source = body.split("<source>", 1)[1].split("</source>", 1)[0]
        target = body.split("<translation>", 1)[1].split("</translation>", 1)[0]
        block = body.split("<alignment>", 1)[1].split("</alignment>", 1)[0]
        alignments = tuple(
            Alignment(
                tuple(int(n) for n in a.split() if n != "0"),
                tuple(int(n) for n in b.split() if n != "0"),
                kind,
                score,
                a_text.strip(),
                b_text.strip(),
            )
            for a, b, kind, score, a_text, b_text in _ALIGNMENT.findall(block)
        )
        pairs.append(
            WaPair(
                int(match[1]),
                tuple(_TOKENS.findall(source)),
                tuple(_TOKENS.findall(target)),
                alignments,
            )
        )
    return pairs


def training_pairs() -> list[WaPair]:
    """Return the training headline pairs of the pinned snapshot (never the test files)."""
    return parse_wa(_show("ists", WA).decode("utf-8"))


# --- numbers in a tokenised headline -----------------------------------------------------


@dataclass(frozen=True)
class Number:
    """A number of a headline: its first token (from 1), words, class and interval."""

    token: int
    text: str
    rank: bool  # an ordinal; else a count
    low: float
    high: float

    def matches(self, other: Number) -> bool:
        """Return whether two numbers of one class can be the same value; two floors ("at
        least 22", "at least 89") match only when equal, as tolls reported at two times."""
        if self.high == other.high == math.inf:
            return self.low == other.low
        return max(self.low, other.low) <= min(self.high, other.high) + 1e-9


_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUES = {w: i for i, w in enumerate(_SMALL)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_ORDINAL_WORDS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
_VAGUE = {
    "dozen": (12, 12),
    "dozens": (24, 100),
    "scores": (40, 100),
    "hundreds": (200, 1000),
    "thousands": (2000, 10000),
    "millions": (2e6, 1e7),
}
_MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_NOT_ONE_AFTER = {"no", "any", "every", "some", "each"}
_SCORES_BEFORE = {"of", "injured", "killed", "dead", "hurt", "wounded", "more"}
# Words before a number that make its value an interval: (low factor, high factor).
_QUALIFIERS = {
    ("at", "least"): (1, math.inf),
    ("more", "than"): (1, math.inf),
    ("over",): (1, math.inf),
    ("passes",): (1, math.inf),
    ("tops",): (1, math.inf),
    ("up", "to"): (0, 1),
    ("nearly",): (0.9, 1),
    ("almost",): (0.9, 1),
    ("about",): (0.9, 1.1),
    ("around",): (0.9, 1.1),
    ("some",): (0.9, 1.1),
}
_DIGITS = re.compile(
    r"(?:us)?[$£€]?(?P<n>\d{1,3}(?:,\d{3})+|\d+|\d*\.\d+)(?:\.(?P<f>\d+))?"
    r"(?:(?P<ord>st|nd|rd|th)|(?P<scale>bn|mn|[kmb]))?",
    re.I,
)


def numbers_in(tokens: Sequence[str]) -> list[Number]:
    """Return the numbers of a tokenised headline (see RULES), in order.

    >>> [(n.token, n.text, n.low, n.high) for n in numbers_in(
    ...     "Thirty-Seven dead , at least 5 hurt , dozens missing on March 11 , 2013".split())]
    [(1, 'Thirty-Seven', 37, 37), (6, '5', 5.0, inf), (9, 'dozens', 24, 100)]
    >>> [(n.text, n.rank, n.low) for n in numbers_in("Messi nets 300th goal , $53m , 1:15".split())]
    [('300th', True, 300.0), ('$53m', False, 53000000.0)]
    """
    low = [t.lower() for t in tokens]
    found: list[Number] = []
    index = 0
    while index < len(tokens):
        read = _number_at(tokens, low, index)
        if read is None:
            index += 1
            continue
        number, end = read
        if not _is_date_part(low, index, end, number):
            found.append(_qualified(low, number))
        index = end
    return found


def _number_at(tokens: Sequence[str], low: list[str], index: int) -> tuple[Number, int] | None:
    """Return the number starting at token ``index`` (from 0) and the index after it."""
    word = low[index]
    if word in ("tens", "hundreds") and low[index + 1 : index + 3] in (
        ["of", "thousands"],
        ["of", "millions"],
    ):
        scale = 1e3 if low[index + 2] == "thousands" else 1e6
        base = 10 if word == "tens" else 100
        return Number(
            index + 1,
            " ".join(tokens[index : index + 3]),
            False,
            2 * base * scale,
            10 * base * scale,
        ), index + 3
    following = low[index + 1] if index + 1 < len(low) else ""
    if word in _VAGUE and (word != "scores" or following in _SCORES_BEFORE):
        a, b = _VAGUE[word]
        return Number(index + 1, tokens[index], False, a, b), index + 1
    if word in _ORDINAL_WORDS:
        value = _ORDINAL_WORDS[word]
        return Number(index + 1, tokens[index], True, value, value), index + 1
    value = _word_number(word) if word != "one" or _counts_one(low, index) else None
    if value is None:
        return _digits_at(tokens, low, index)
    end = index + 1
    while end < len(low) and low[end] in _SCALES:
        value *= _SCALES[low[end]]
        end += 1
    return Number(index + 1, " ".join(tokens[index:end]), False, value, value), end


def _counts_one(low: list[str], index: int) -> bool:
    """Return whether "one" at ``index`` is a count, not "no one" or "one another"."""
    return not (index and low[index - 1] in _NOT_ONE_AFTER) and low[index + 1 : index + 2] != [
        "another"
    ]


def _word_number(word: str) -> float | None:
    """Return the value of a number in words, one word or joined by a dash ("thirty-seven",
    "three-week")."""
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _SMALL[1:10]:
        return _WORD_VALUES[parts[0]] + _WORD_VALUES[parts[1]]
    if len(parts) == 2 and parts[1].isalpha() and parts[1] not in _WORD_VALUES:
        return _WORD_VALUES.get(parts[0])  # "three-week", "four-year"
    return _WORD_VALUES.get(word) if len(parts) == 1 else None


def _digits_at(tokens: Sequence[str], low: list[str], index: int) -> tuple[Number, int] | None:
    """Return a number in digits at token ``index``: "5", "1,000", "$53m", "6.3-magnitude",
    "300th", "8-10" (the range as one interval), "2-2" (a score: the first number)."""
    token = tokens[index]
    if ":" in token or token.startswith("."):
        return None  # a clock time, or the tail of "6 .0" the tokeniser cut
    parts = token.split("-")
    match = _DIGITS.fullmatch(parts[0]) or _DIGITS.fullmatch(token)
    if match is None and len(parts) == 2 and parts[0].isalpha():
        match, parts = _DIGITS.fullmatch(parts[1]), parts[1:]  # "Magnitude-6"
    if match is None:
        return None
    value = float(match["n"].replace(",", "") + (f".{match['f']}" if match["f"] else ""))
    if match["scale"]:
        value *= _GLUED_SCALES[match["scale"].lower()]
    elif len(parts) == 2 and parts[1].lower() in _GLUED_SCALES:
        value *= _GLUED_SCALES[parts[1].lower()]  # "$250-M"
    end = index + 1
    if end < len(low) and low[end] in _SCALES | _GLUED_SCALES and not match["scale"]:
        value *= (_SCALES | _GLUED_SCALES)[low[end]]  # "38 billion", "$ 38 bn"
        end += 1
    high = value
    if len(parts) == 2 and parts[1].isdigit() and float(parts[1]) > value:
        high = float(parts[1])  # "8-10"
    return Number(index + 1, " ".join(tokens[index:end]), bool(match["ord"]), value, high), end


def _is_date_part(low: list[str], index: int, end: int, number: Number) -> bool:
    """Return whether a number is a year, or the day beside a month ("March 11", "27th April")."""
    text = low[index]
    if re.fullmatch(r"(19|20)\d\d", text):
        return True
    if (
        number.low != number.high
        or number.low > 31
        or not re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", text)
    ):
        return False
    before = low[index - 1].rstrip(".") if index else ""
    after = low[end].rstrip(".") if end < len(low) else ""
    return before in _MONTHS or after in _MONTHS


def _qualified(low: list[str], number: Number) -> Number:
    """Return a number with the interval a qualifier before it gives ("at least 5")."""
    at = number.token - 1
    for words, (low_factor, high_factor) in _QUALIFIERS.items():
        if tuple(low[max(at - len(words), 0) : at]) == words and number.low == number.high:
            return Number(
                number.token,
                number.text,
                number.rank,
                number.low * low_factor,
                number.high * high_factor,
            )
    return number


def has_number(tokens: Sequence[str]) -> bool:
    """Return whether a tokenised headline holds a number (see RULES)."""
    return bool(numbers_in(tokens))


def selected(pairs: Iterable[WaPair]) -> list[WaPair]:
    """Return the pairs whose two headlines both hold a number."""
    return [p for p in pairs if has_number(p.a) and has_number(p.b)]


# --- the mechanical label ----------------------------------------------------------------


def mechanical_label(pair: WaPair) -> tuple[str, str]:
    """Return the label the annotators' chunk alignment gives a pair, and why (see RULES).

    >>> pair = WaPair(3, ("5", "killed"), ("four", "killed"),
    ...               (Alignment((1,), (1,), "SIMI_FACT", "4", "5", "four"),))
    >>> mechanical_label(pair)
    ('discrepancy', 'aligned (SIMI_FACT): "5" <==> "four": 5 vs four')
    """
    numbers_a, numbers_b = numbers_in(pair.a), numbers_in(pair.b)
    equal = []
    for alignment in pair.alignments:
        if not alignment.aligned:
            continue
        in_a = [n for n in numbers_a if n.token in alignment.a]
        in_b = [n for n in numbers_b if n.token in alignment.b]
        for rank in (False, True):
            one = [n for n in in_a if n.rank is rank]
            other = [n for n in in_b if n.rank is rank]
            if not (one and other):
                continue
            chunks = f'aligned ({alignment.type}): "{alignment.a_text}" <==> "{alignment.b_text}"'
            values = f"{', '.join(n.text for n in one)} vs {', '.join(n.text for n in other)}"
            matched = all(any(n.matches(m) for m in other) for n in one) and all(
                any(m.matches(n) for n in one) for m in other
            )
            if not matched:
                return DISCREPANCY, f"{chunks}: {values}"
            equal.append(values)
    if equal:
        return NONE, "aligned chunks give equal numbers: " + "; ".join(equal)
    return NONE, "no aligned chunk pair holds a number on both sides"


# --- the labels --------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A pair's gold label: who gave it, how, and why."""

    pair: int
    gold: str  # DISCREPANCY or NONE
    mechanical: str
    by: str
    reason: str


def load_labels(path: Path = LABELS) -> dict[int, Label]:
    """Return the gold label of every selected pair, by pair number."""
    labels = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            label = Label(**json.loads(line))
            if label.gold not in (DISCREPANCY, NONE) or label.pair in labels:
                raise ValueError(f"{path.name}:{number}: bad or repeated label {line!r}")
            labels[label.pair] = label
    return labels


def draft_labels(pairs: Iterable[WaPair]) -> list[dict]:
    """Return the mechanical label of each pair, as a reader starts from it."""
    return [
        {"pair": p.index, "gold": m, "mechanical": m, "by": "mechanical", "reason": why}
        for p in pairs
        for m, why in [mechanical_label(p)]
    ]


def split_of(index: int) -> str:
    """Return "held-out" when the SHA-256 of the pair's name starts with an odd digit.

    >>> sorted({split_of(n) for n in range(1, 20)})
    ['dev', 'held-out']
    """
    digest = hashlib.sha256(f"ists-headlines-{index}".encode()).hexdigest()
    return "held-out" if int(digest[0], 16) % 2 else "dev"
