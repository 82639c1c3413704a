"""How quotes and attributions relate: the same words, the same source.

source_key(name)          -> a source's name folded for comparison ("the Kremlin" -> "russia")
source_words(name)        -> the words of a source's name or role, folded so that variants agree
different_speakers(a, b)  -> whether two quotes are known to come from different people
same_quote(first, second) -> whether two quotes in aligned statements stand for the same words
relate_quotes(a, b)       -> (Status, note) of two quotes' words
relate_sources(a, b)      -> (Status, note) of two attributions
PLACE_ALIASES             -> the place a capital or seat of government stands for
                             (align.terms, text/lists/place-aliases.txt)
SOURCE_DESCRIPTIONS       -> how wire copy describes a well-known body on second reference

The rules are in the table of ``relations.py``. The names and words are data:
text/lists/judge-source-descriptions.txt, judge-pronouns.txt,
judge-unnamed-source-stems.txt and judge-name-stopwords.txt.
"""

from __future__ import annotations

import difflib
import re

from ..align.terms import PLACE_ALIASES
from ..models import Detail, Status
from ..text.lexicon import forms, names, words
from ..text.morphology import singular, verb_lemma

__all__ = [
    "PLACE_ALIASES",
    "PRONOUNS",
    "SOURCE_DESCRIPTIONS",
    "UNNAMED_SOURCES",
    "different_speakers",
    "relate_quotes",
    "relate_sources",
    "same_quote",
    "source_key",
    "source_words",
]

# How wire copy names well-known bodies on second reference ("NASA" then "the US space
# agency"), folded by ``source_key``.
SOURCE_DESCRIPTIONS = names("judge-source-descriptions")
# Quotes this short (in words) are a word or a phrase picked from one remark: in aligned
# statements, two of them stand for the same words even when they share none
# ("escalating" / "deteriorating", "a painful but necessary step" / "a regrettable mistake").
SHORT_QUOTE = 5
# Quotes sharing this fraction of the shorter one's words are the same quote.
QUOTE_OVERLAP = 0.5
PRONOUNS = words("judge-pronouns")
# Sources that do not name anyone ("officials", "the government", "the authorities"):
# they never contradict a named source. As ``source_words`` folds them: "officials" -> "offic".
UNNAMED_SOURCES = words("judge-unnamed-source-stems")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+", re.IGNORECASE)
_ELLIPSIS = re.compile(r"\.\.\.|…")
# A contraction a transcript split with a space: "I’ m", "don' t".
_SPLIT_CONTRACTION = re.compile(r"(\w)' (m|s|re|ve|ll|d|t)\b")
# One word's other spellings inside a quote ("Sen.", "&"), and the small words whose
# choice does not change a quote's meaning.
_QUOTE_SPELLINGS = forms("judge-quote-spellings")
_QUOTE_SYMBOLS = {
    spelling: word for spelling, word in _QUOTE_SPELLINGS.items() if not spelling.isalnum()
}
_QUOTE_SMALL_WORDS = words("judge-quote-small-words")
_NESTED = re.compile(r"[‘'][^‘’']*[’']")
_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)\s*$")
_NAME_STOPWORDS = words("judge-name-stopwords")


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


# --- quotes --------------------------------------------------------------------------------


def _quote_words(value: str) -> list[str]:
    """Return a quote's words, folded: case, curly apostrophes, a contraction a transcript
    split ("I’ m"), and one word's other spellings ("&", "Sen.") do not count."""
    text = _SPLIT_CONTRACTION.sub(r"\1'\2", value.casefold().replace("’", "'"))
    for symbol, word in _QUOTE_SYMBOLS.items():
        text = text.replace(symbol, f" {word} ")
    return [_QUOTE_SPELLINGS.get(word, word) for word in _WORD.findall(text)]


def _quote_meaning(words: list[str]) -> list[str]:
    """Return a quote's words without small words, each as its lemma: "I say" for "I
    said", "pew" for "pews"."""
    return [verb_lemma(w) or singular(w) for w in words if w not in _QUOTE_SMALL_WORDS]


def same_quote(first: str, second: str) -> bool:
    """Return whether two quotes in aligned statements stand for the same words.

    Two quotes that frame a nested quote the same way ("My commander said, 'Hold the
    line'") are the same quote, whatever the nested words.

    >>> same_quote("He said, 'Hold the line at all costs'", "He said, 'Pull back if you have to'")
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


def relate_quotes(a: str, b: str) -> tuple[Status, str]:
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
    meaning_short, meaning_long = sorted(map(_quote_meaning, (words_a, words_b)), key=len)
    if meaning_short and _contains(meaning_long, meaning_short):
        if len(meaning_short) < len(meaning_long):
            return Status.COMPATIBLE, "one quotes more of the same words, small words aside"
        difference = _word_difference(words_a, words_b)
        return Status.COMPATIBLE, "the same words but for tense or small words: " + difference
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


def relate_sources(a: Detail, b: Detail) -> tuple[Status, str]:
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

    >>> from factdiff.models import Kind
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
