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

import re
from dataclasses import replace

from .extract.spans import single_spaced
from .models import Statement
from .split import citations

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
_JOINTS = frozenset(
    """the and but which who whose where that this his her its their was were has have
    had been will would amid while with from for not according""".split()
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


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
    found = []
    for start, end in spans:
        text = statement.text[start:end]
        absolute_start, absolute_end = statement.start + start, statement.start + end
        found.append(
            replace(
                statement,
                start=absolute_start,
                end=absolute_end,
                text=text,
                details=tuple(
                    d
                    for d in statement.details
                    if absolute_start <= d.start and d.end <= absolute_end
                ),
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
    protected = [m.span() for m in _QUOTED.finditer(text)] + list(taken)
    cuts = []
    if (opening := _OPENING_CLAUSE.match(text)) and not any(
        a < opening.end() and opening.start(1) < b for a, b in protected
    ):
        cuts.append((opening.end(1), opening.end()))
    for match in _CUTS.finditer(text):
        # A cut lies between a clause's end (punctuation kept) and the next one's start.
        end, start = match.start() + (1 if text[match.start()] in ",;" else 0), match.end()
        if any(a < start and end < b for a, b in protected):
            continue
        cuts.append((end, start))
        if _OPENS_ASIDE.match(text, start):
            closing = _CLOSING_COMMA.search(text, start)
            if closing and not any(a < closing.end() and closing.start() < b for a, b in protected):
                cuts.append((closing.start() + 1, closing.end()))
    return _long_enough(text, sorted(set(cuts)))


def _long_enough(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clauses left when every cut leaving a clause too short is undone."""
    bounds = [0, *[b for cut in cuts for b in cut], len(text)]
    spans = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    merged = True
    while merged and len(spans) > 1:
        merged = False
        for k, (start, end) in enumerate(spans):
            words = [w for w in _WORD.findall(text, start, end) if w.lower() not in _JOINTS]
            if len(words) < MIN_WORDS:
                # Join the short clause to its neighbour: the one before unless it is first.
                other = k - 1 if k else k + 1
                low, high = sorted((k, other))
                spans[low : high + 1] = [(spans[low][0], spans[high][1])]
                merged = True
                break
    return spans
