"""Cut long sentences into clauses that each carry one fact, keeping offsets.

clauses(statement)   -> the statement's clauses as statements (itself when it has one)
clause_spans(text)   -> (start, end) of each clause in a sentence's text

One sentence often carries facts that another article spreads over several: "Putin will
fly to Belarus on Monday, his first visit in three years, amid speculation that he
might pressure Minsk to join the war". Aligning such a sentence as a whole pairs it with
one of the other article's sentences and loses the rest. It is cut where English joins
a second fact on: a subordinate clause opening the sentence ("Though …,"), a semicolon, "amid", "while", "whereas", "but", a dash, a participle
clause (", killing ..."), a non-restrictive relative clause (", which ...,") and an
apposition that counts or ranks (", his first visit in three years,"). A cut is kept
only when both sides are long enough to state something, never inside a quotation and
never through a detail (a quote, an attribution) read across it. The clause keeps
the details inside it and its sentence for context.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .models import Detail, Statement
from .split import citations
from .text import lexicon
from .text.tokens import single_spaced

# Where a clause may begin: the cut falls before the group named "start".
_CUTS = re.compile(
    r"""
    ;\s+(?P<semicolon>)
    | ,?\s+(?=(?:amid|amidst)\s)
    | ,\s+(?=(?:while|whereas|but|although|though)\s)
    | \s+[—–]\s+
    | ,\s+(?=(?:which|who|whose|where)\s)
    | ,\s+(?=(?!according|including|during|following|excluding|regarding|concerning)
              [a-z]+ing\s)
    | ,\s+(?=(?:his|her|its|their|the|a|an)\s
              (?:first|last|latest|second|third|fourth|fifth|biggest|largest|worst|
                 highest|lowest|longest|shortest|deadliest|only)\s)
    """,
    re.VERBOSE,
)
# A non-restrictive clause closes at its next comma when the sentence goes on after it
# ("The tax, which would raise prices, was meant to fund rail"): the cut falls there too.
# A subordinate clause that opens the sentence ("Though he had said he would not send
# troops, | the exercises stoked fears") ends at its first comma.
_OPENING_CLAUSE = re.compile(
    r"(?:\w+,\s+)?(?:though|although|even though|while|whereas|if|when|since|because|as)\s"
    r"[^,;]*?(,)\s+",
    re.IGNORECASE,
)
_OPENS_ASIDE = re.compile(r"(?:which|who|whose|where|his|her|its|their|the|a|an)\s")
_CLOSING_COMMA = re.compile(r",\s+(?=\w)")
# A clause states something only with this many words of three letters or more that
# are not mere joints of grammar.
MIN_WORDS = 4
_WORD = re.compile(r"[^\W\d_]{3,}")
_JOINTS = lexicon.words("align-clause-joints")
# A quotation opens with “ or " and closes at the next ” or ".
_OPENING_QUOTE = re.compile(r"[“\"]")
_CLOSING_QUOTE = {"“": "”", '"': '"'}


def clauses(statement: Statement) -> tuple[Statement, ...]:
    """Return the clauses of ``statement`` as statements, or the statement itself alone.

    >>> from factdiff.models import Statement
    >>> text = "Putin flies to Minsk on Monday, his first visit in three years, amid fears of war."
    >>> [c.text for c in clauses(Statement("a", 0, 10, 10 + len(text), text))]
    ['Putin flies to Minsk on Monday,', 'his first visit in three years, amid fears of war.']
    >>> [c.start for c in clauses(Statement("a", 0, 10, 10 + len(text), text))]
    [10, 42]
    """
    # Cut on the text with single spaces, so that a tab or two spaces between words change
    # nothing, and map the cuts back to the text as written.
    flat, where = single_spaced(statement.text)
    back = [0] * (len(statement.text) + 1)
    ends = [*where[1:], len(statement.text)]
    for index, (at, following) in enumerate(zip(where, ends, strict=True)):
        back[at:following] = [index] * (following - at)
    taken = [
        (back[d.start - statement.start], back[d.end - 1 - statement.start] + 1)
        for d in statement.details
        if d.end > d.start
    ]
    spans = [
        (where[start], where[end - 1] + 1)
        for start, end in clause_spans(flat, taken)
        if end > start
    ]
    if len(spans) == 1:
        return (statement,)
    absolute = [(statement.start + start, statement.start + end) for start, end in spans]
    found = []
    for (start, end), details in zip(absolute, _held(statement.details, absolute), strict=True):
        text = statement.text[start - statement.start : end - statement.start]
        found.append(
            replace(
                statement,
                start=start,
                end=end,
                text=text,
                details=details,
                citations=citations(text),
                sentence=statement,
            )
        )
    return tuple(found)


def clause_spans(text: str, taken: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Return the (start, end) of each clause of a sentence; ``taken`` spans are never cut.

    >>> t = "The tax, which would have raised prices by 9 cents, was meant to fund a rail upgrade."
    >>> [t[a:b] for a, b in clause_spans(t)]
    ['The tax, which would have raised prices by 9 cents,', 'was meant to fund a rail upgrade.']
    >>> t = "Though he said he would not send troops, the drills stoked fears of a war."
    >>> [t[a:b] for a, b in clause_spans(t)]
    ['Though he said he would not send troops,', 'the drills stoked fears of a war.']
    >>> t = "She said “we will rebuild; we will not leave” and wept."
    >>> [t[a:b] for a, b in clause_spans(t)]
    ['She said “we will rebuild; we will not leave” and wept.']
    """
    inside = _within([*_quotations(text), *taken])
    closings = list(_CLOSING_COMMA.finditer(text))
    closing_starts = [c.start() for c in closings]
    cuts = []
    if (opening := _OPENING_CLAUSE.match(text)) and not inside(opening.start(1), opening.end()):
        cuts.append((opening.end(1), opening.end()))
    for match in _CUTS.finditer(text):
        # A cut lies between a clause's end (punctuation kept) and the next one's start.
        end, start = match.start() + (1 if text[match.start()] in ",;" else 0), match.end()
        if inside(end, start):
            continue
        cuts.append((end, start))
        if _OPENS_ASIDE.match(text, start):
            # The aside closes at the first comma after its start.
            following = bisect.bisect_left(closing_starts, start)
            if following < len(closings):
                closing = closings[following]
                if not inside(closing.start(), closing.end()):
                    cuts.append((closing.start() + 1, closing.end()))
    return _long_enough(text, sorted(set(cuts)))


def _quotations(text: str) -> list[tuple[int, int]]:
    """Return the spans of the quotations in ``text``, each closed by the next closing mark.

    A mark that no closing mark follows is passed over, and so is every later one like it:
    looked for again from each of them, the closing mark would cost a scan of the rest.

    >>> _quotations('“a” "b" “c')
    [(0, 3), (4, 7)]
    """
    spans, at, unclosed = [], 0, set()
    while (opening := _OPENING_QUOTE.search(text, at)) is not None:
        mark, at = opening[0], opening.end()
        close = -1 if mark in unclosed else text.find(_CLOSING_QUOTE[mark], at)
        if close < 0:
            unclosed.add(mark)
            continue
        spans.append((opening.start(), close + 1))
        at = close + 1
    return spans


def _within(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Return a test of whether a stretch from ``end`` to ``start`` lies inside a span,
    that is whether some span (a, b) has a < start and end < b.

    The spans are sorted once and each test is a binary search, not a pass over them all.
    """
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def inside(end: int, start: int) -> bool:
        count = bisect.bisect_left(starts, start)
        return count > 0 and reach[count - 1] > end

    return inside


def _long_enough(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clauses left when every cut leaving a clause too short is undone.

    The first short clause is joined to its neighbour, the one before unless it is first,
    and the clauses are looked at again, until none is short or one is left. The clauses
    before a join were long enough, so the look starts again at the joined clause.
    """
    bounds = [0, *[b for cut in cuts for b in cut], len(text)]
    pending = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 2, -1, -2)]
    # Cuts fall on white space, never inside a word, so the words of a clause are the
    # words of the sentence that start inside it: counted once, not again at every join.
    words = [w.start() for w in _WORD.finditer(text) if w[0].lower() not in _JOINTS]
    kept: list[tuple[int, int]] = []
    while pending:  # the clauses still to look at, the next one last
        start, end = pending.pop()
        short = bisect.bisect_left(words, end) - bisect.bisect_left(words, start) < MIN_WORDS
        if not short or not (kept or pending):
            kept.append((start, end))
        elif kept:
            pending.append((kept.pop()[0], end))
        else:
            pending.append((start, pending.pop()[1]))
    return kept


def _held(details: Sequence[Detail], spans: Sequence[tuple[int, int]]) -> list[tuple[Detail, ...]]:
    """Return for each span the details wholly inside it, in their order among ``details``."""
    order = sorted(range(len(details)), key=lambda i: details[i].start)
    starts = [details[i].start for i in order]
    held = []
    for start, end in spans:
        first, last = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        inside = sorted(i for i in order[first:last] if details[i].end <= end)
        held.append(tuple(details[i] for i in inside))
    return held
