"""A sentence read for speech: its tokens, quotes and names, and what its tokens are.

Sentence(text, taken, analysis=) -> the tokens (each blocked or not, quoted or not), the
                         quotes, the entities of ``entities.find_entities`` by first and
                         last token, and readers of single tokens and short runs over them
tokenise(text, taken=) -> the words and marks of a sentence as speech reads them
Name                  -> a source or audience read from the sentence, by its tokens
Analysed              -> what speech reads of a sentence analysed once
is_word_or_number(tok) -> whether a token is a word or a number (no mark)
is_possessive(tok)    -> whether a word ends in a possessive "'s"
is_adverb(tok)        -> whether a word may stand between a subject and its verb

The readers of longer phrases (roles, names, authors of studies) are functions of a
Sentence in the modules beside this one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ...models import Detail, Kind
from ...text.tokens import Token, lower_straight, reblocked
from ...text.tokens import tokenise as tokenise_with
from ..entities import find_entities
from ..polarity import AUXILIARIES
from .quotes import quote_spans
from .words import (
    ADVERBS,
    ARTICLES,
    CLAUSE_MARKS,
    CLAUSE_SUBJECTS,
    CUE_VERBS,
    FUNCTION_WORDS,
    LOWERCASE_ADVERBS,
    MAX_INVERTED_TAIL,
    NAME_CONNECTORS,
    NAME_ENDS,
    PERSON_ENDINGS,
    PHRASE_OPENERS,
    POSSESSIVE_PRONOUNS,
    POSTMODIFIER_PREPOSITIONS,
    ROLES,
    SOURCE_NOUNS,
    SPACE_RE,
    SUBORDINATORS,
    TAIL_GAP_RE,
    WEEKDAYS,
)


class Analysed(Protocol):
    """What speech reads of a sentence analysed once for every extractor
    (``extract.analysis.SentenceAnalysis``), named here rather than imported, for
    that module imports this one."""

    @property
    def speech_tokens(self) -> tuple[Token, ...]: ...  # pragma: no cover

    @property
    def entities(self) -> tuple[Detail, ...]: ...  # pragma: no cover

    def of(self, text: str) -> Analysed:
        """Return the analysis, checked to be of ``text``."""
        ...  # pragma: no cover


# Other words than polarity's: a hyphen joins a word ("pro-Russian", "Jean-Pierre"),
# and an apostrophe only inside one ("Putin's"). Other than the entity finders' tokens
# (entities.reading): an initialism is letters and marks ("U", ".", "S", ".").
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")


def tokenise(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Return the words and marks of ``text`` as speech reads them, lowercase with
    straight apostrophes, those inside a taken span blocked.

    >>> [t.low for t in tokenise("Putin’s pro-Russian aide, 1,500")]
    ["putin's", 'pro-russian', 'aide', ',', '1,500']
    """
    return tokenise_with(_TOKEN_RE, text, taken, fold=lower_straight)


def is_word_or_number(tok: Token) -> bool:
    """Return whether a token is a word or a number, blocked or not (``Token.is_word``
    is a free word of letters only)."""
    return tok.text[0].isalnum()


def is_possessive(tok: Token) -> bool:
    """Return whether a word ends in a possessive "'s"."""
    return len(tok.low) > 2 and tok.low.endswith("'s")


@dataclass(frozen=True, slots=True)
class Name:
    """A source or audience read from the sentence: tokens ``first`` to ``last``."""

    first: int
    last: int
    value: str
    # where the phrase begins with the titles before a name ("political scientist X")
    reach: int = -1
    # the person's role, lowercase: "political scientist", "director of the council"
    role: str | None = None
    # named as the author of a study, or the employer of researchers: the phrase from
    # ``reach`` ("a study by", "researchers at") is part of the attribution's span
    through: bool = False


def is_adverb(tok: Token) -> bool:
    """Return whether a word may sit between a subject and its verb ("also", "repeatedly")."""
    return is_word_or_number(tok) and (
        tok.low in ADVERBS
        or (tok.low in LOWERCASE_ADVERBS and tok.text.islower())  # "has long maintained"
        or (tok.low.endswith("ly") and len(tok.low) > 4 and tok.text.islower())
    )


class Sentence:
    """A sentence's tokens, its quotes and names, and readers of single tokens and runs.

    Given the ``analysis`` of the sentence (``extract.analysis``), its tokens and
    entities are taken from it rather than read again.
    """

    def __init__(
        self,
        text: str,
        taken: Sequence[tuple[int, int]],
        analysis: Analysed | None = None,
    ) -> None:
        self.text = text
        self.quotes = quote_spans(text, taken)
        self.quote_ends = [end for _, end in self.quotes]
        if analysis is None:
            toks = tokenise(text, taken)
            entities = find_entities(text)
        else:
            toks = reblocked(analysis.of(text).speech_tokens, taken)
            entities = list(analysis.entities)
        self.toks = toks
        quote_starts = [s for s, _ in self.quotes]
        self.quoted: list[bool] = []  # by token: whether it lies inside a quote
        for tok in toks:
            at = bisect.bisect_right(quote_starts, tok.start) - 1
            self.quoted.append(at >= 0 and tok.start < self.quotes[at][1])
        self.entity_at: dict[int, tuple[int, Detail]] = {}  # first token -> (last, entity)
        self.entity_ending: dict[int, tuple[int, Detail]] = {}  # last token -> (first, entity)
        starts = [t.start for t in toks]
        for entity in entities:
            first = bisect.bisect_left(starts, entity.start)
            last = bisect.bisect_left(starts, entity.end) - 1
            if first > last or first >= len(toks) or toks[first].start != entity.start:
                continue
            self.entity_at.setdefault(first, (last, entity))
            if toks[last].end == entity.end:
                self.entity_ending[last] = (first, entity)

    def is_content(self, index: int) -> bool:
        """Return whether token ``index`` is a word that can be part of a noun phrase."""
        tok = self.toks[index]
        if not is_word_or_number(tok) or self.quoted[index]:
            return False
        if tok.text.isupper() and len(tok.text) > 1:
            return True  # an acronym: "WHO", "US"
        return (
            tok.low not in FUNCTION_WORDS
            and tok.low not in AUXILIARIES
            and tok.low not in CUE_VERBS
        )

    def is_capitalised(self, index: int) -> bool:
        """Return whether token ``index`` is a content word starting with a capital."""
        return self.is_content(index) and self.toks[index].text[0].isupper()

    def after_quote(self, index: int) -> bool:
        """Return whether token ``index`` follows a quote's end with only commas between."""
        start = self.toks[index].start
        at = bisect.bisect_right(self.quote_ends, start) - 1
        return at >= 0 and TAIL_GAP_RE.fullmatch(self.text[self.quotes[at][1] : start]) is not None

    def clause_at(self, at: int) -> bool:
        """Return whether a clause reported by a verb starts at token ``at``: "that", or
        a subject pronoun before a word ("maintained he was innocent"), or "his
        innocence" (what "maintained" and "protested" report without a clause).

        >>> sentence = Sentence("She maintained that he maintained his innocence.", ())
        >>> sentence.clause_at(2), sentence.clause_at(5), sentence.clause_at(1)
        (True, True, False)
        """
        toks = self.toks
        if at + 1 >= len(toks):
            return False
        low, following = toks[at].low, toks[at + 1]
        if low == "that":
            return True
        if low in CLAUSE_SUBJECTS and is_word_or_number(following):
            return True
        return low in POSSESSIVE_PRONOUNS and following.low == "innocence"

    def ends_inverted(self, at: int) -> bool:
        """Return whether the source of an inverted cue ("…, said X") may end before ``at``.

        It may when the clause ends there, or a comma, a dash or a subordinate clause
        ("after", "when", "adding") follows, or a phrase of place or time holding no verb
        ("on Tuesday", "in a statement", "of the Red Cross", "last week"); it may not
        when a verb follows, for then X is the subject of a reported clause ("said the
        dam would be closed", "said the dam on the Tua river would be closed").

        >>> Sentence("It ended, said the minister on Tuesday.", ()).ends_inverted(6)
        True
        >>> Sentence("It ended, said the dam on the river would close.", ()).ends_inverted(6)
        False
        """
        toks = self.toks
        if at >= len(toks) or toks[at].text in NAME_ENDS:
            return True
        word = toks[at]
        if word.low in SUBORDINATORS or (is_adverb(word) and word.low.endswith("ly")):
            return True
        if word.low not in PHRASE_OPENERS and word.low not in WEEKDAYS:
            return False
        end = min(len(toks), at + MAX_INVERTED_TAIL)
        for index in range(at + 1, end):
            tok = toks[index]
            if tok.text in NAME_ENDS or tok.low in SUBORDINATORS:
                return True
            if tok.low in AUXILIARIES or tok.low in CUE_VERBS:
                return False  # "said the dam on the river would"
            if (
                tok.text.islower()
                and tok.low.endswith("ed")
                and toks[index - 1].low not in ARTICLES
                and toks[index - 1].low not in POSTMODIFIER_PREPOSITIONS
            ):
                return False  # "said the dam on the river collapsed"
        return True

    def phrase(self, first: int, last: int) -> str:
        """Return the text of tokens ``first`` to ``last`` without a leading article."""
        while first < last and self.toks[first].low in ARTICLES:
            first += 1
        return SPACE_RE.sub(" ", self.text[self.toks[first].start : self.toks[last].end])

    def is_source_head(self, head: int) -> bool:
        """Return whether the noun at ``head`` can head a source ("analysts", "Treasury")."""
        tok = self.toks[head]
        low = tok.low.removesuffix("'s")
        if low in SOURCE_NOUNS or low in ROLES or low.rstrip("s") in ROLES:
            return True
        before = self.toks[head - 1] if head > 0 else None
        if (
            before is not None
            and is_possessive(before)
            and before.text.islower()
            and tok.text.islower()
            and low.endswith(PERSON_ENDINGS)
        ):
            return True  # "the team's physiotherapist"
        if tok.text.isupper() and len(tok.text) > 1:
            return True  # an acronym: "the BLS", "the WHO"
        return head > 0 and tok.text[0].isupper() and self.toks[head - 1].text not in CLAUSE_MARKS

    def name_run(self, first: int) -> int:
        """Return the last token of the capitalised name from ``first`` ("Bank of England").

        Small connectors count when a capitalised word follows them.
        """
        toks = self.toks
        last = first
        while last + 1 < len(toks) and last - first < 6:
            if self.is_capitalised(last + 1):
                last += 1
            elif (
                last + 2 < len(toks)
                and toks[last + 1].low in NAME_CONNECTORS
                and self.is_capitalised(last + 2)
            ):
                last += 2
            else:
                break
        return last

    def name_run_before(self, last: int) -> int:
        """Return the first token of the capitalised name ending at ``last``, reading
        backwards as ``name_run`` reads forwards."""
        toks = self.toks
        first = last
        while first > 0 and last - first < 6:
            if self.is_capitalised(first - 1):
                first -= 1
            elif (
                first >= 2
                and toks[first - 1].low in NAME_CONNECTORS
                and self.is_capitalised(first - 2)
            ):
                first -= 2
            else:
                break
        return first

    def person_at(self, at: int) -> bool:
        """Return whether a person's name starts at token ``at``; a lone source word read
        as one after a title is none ("Ukraine's General Staff")."""
        if at not in self.entity_at:
            return False
        end, entity = self.entity_at[at]
        return entity.kind is Kind.PERSON and (end > at or self.toks[at].low not in SOURCE_NOUNS)

    def possessive_pronoun(self, at: int) -> bool:
        """Return whether token ``at`` is a possessive pronoun before a noun ("his agent").

        "her" is one only before a source word: "told her lawyer", not "told her Monday".
        """
        tok, following = self.toks[at], self.toks[at + 1]
        if tok.low not in POSSESSIVE_PRONOUNS or not self.is_content(at + 1):
            return False
        return tok.low != "her" or (following.text.islower() and self.is_source_head(at + 1))
