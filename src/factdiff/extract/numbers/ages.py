"""Ages: "aged 91", "dies at 91", "at the age of 91".

age_at(text, tokens, index)  -> the age at a token and the index after it, or None

An age is a quantity in "years old", so that ages compare with ages and never with
durations: "dead at 91" and "dies aged 92" give 91 and 92 "years old". A number is an age
after the words of AGE_BEFORE ("aged", "at the age of", "dies at"), unless another number
follows it in a range ("aged five to 11": no one age). "A 91-year-old" and "91 years old"
are still read as durations: read as ages they move the alignment blend's scores, which
then wants refitting (tools/fit_alignment.py).
"""

from __future__ import annotations

from ...models import Detail, Kind
from ...text.lexicon import word_runs, words
from ...text.morphology import singular
from ...text.tokens import Token
from ..numerals import TIME_UNITS, free, number_at

AGE_BEFORE = word_runs("numbers-age-before")
_MOST_BEFORE = max(len(run) for run in AGE_BEFORE)
_RANGE_WORDS = words("numbers-range-joints")


def age_at(text: str, tokens: list[Token], index: int) -> tuple[Detail, int] | None:
    """Return the age at ``index`` and the index after it, or None.

    >>> from factdiff.extract.numerals import TOKEN_RE
    >>> from factdiff.text.tokens import tokenise
    >>> def age(words, at):
    ...     found = age_at(words, tokenise(TOKEN_RE, words), at)
    ...     return found and (found[0].text, found[0].value, found[0].unit)
    >>> age("dies aged 92", 2), age("dead at 91", 2), age("at the age of 91", 4)
    (('92', 92, 'years old'), ('91', 91, 'years old'), ('91', 91, 'years old'))
    >>> age("at 91 Main Street", 1), age("aged 91 days", 1)
    (None, None)
    """
    number = number_at(tokens, index)
    if number is None or number[2] is not None:
        return None
    value, end, _ = number
    if not _age_words_before(tokens, index) or _time_unit_at(tokens, end):
        return None  # "aged 91 days" is a duration
    if free(tokens, end + 1) and tokens[end].low in _RANGE_WORDS and number_at(tokens, end + 1):
        return None  # "aged five to 11": an age range, no one age
    start, stop = tokens[index].start, tokens[end - 1].end
    amount = int(value) if value.denominator == 1 else float(value)
    return Detail(Kind.QUANTITY, text[start:stop], start, stop, amount, "years old"), end


def _age_words_before(tokens: list[Token], index: int) -> bool:
    """Return whether the words of AGE_BEFORE end just before ``index`` ("aged", "dies at")."""
    for size in range(_MOST_BEFORE, 0, -1):
        start = index - size
        if start < 0 or not all(free(tokens, at) for at in range(start, index)):
            continue
        if tuple(t.low for t in tokens[start:index]) in AGE_BEFORE:
            return True
    return False


def _time_unit_at(tokens: list[Token], index: int) -> bool:
    """Return whether a time unit is at ``index``: "aged 91 days" counts days."""
    return free(tokens, index) and singular(tokens[index].low) in TIME_UNITS
