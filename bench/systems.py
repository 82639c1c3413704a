"""The systems the benchmark scores, each turned into one shape: ``Output``.

- ``factdiff``: the product, through its library API, as a user runs it on two files.
- ``naive peer``: what a user could write in an hour: sentences cut by a regular
  expression, ``rapidfuzz.process.cdist`` with ``token_set_ratio``, the mutual best pairs
  at 60 or more aligned, and a discrepancy wherever two aligned sentences' sets of numbers
  differ.

Both report character spans; ``sentences_at`` maps them onto the corpus's own sentence
numbers, which the gold labels use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

import factdiff

from . import corpus
from .labels import Pair

Span = tuple[int, int]


@dataclass(frozen=True)
class ReportedDiscrepancy:
    """A discrepancy a system reports: its sentences and the spans of each differing value."""

    a: frozenset[int]
    b: frozenset[int]
    # One entry per differing detail: the spans of its mentions in A and in B.
    details: tuple[tuple[tuple[Span, ...], tuple[Span, ...]], ...]


@dataclass(frozen=True)
class Output:
    """What a system reports on one pair, in the corpus's sentence numbers."""

    aligned: frozenset[tuple[int, int]]
    discrepancies: tuple[ReportedDiscrepancy, ...]
    # Each statement listed as "only in one source": its side ("a" or "b") and sentences.
    unique: tuple[tuple[str, frozenset[int]], ...]
    # Why the system gave no report (it refused the input), else None.
    refused: str | None = None
    # Discrepancies listed apart for a reader to check (factdiff's possible ones).
    possible: tuple[ReportedDiscrepancy, ...] = ()


def sentences_at(spans: Sequence[Span], start: int, end: int) -> frozenset[int]:
    """Return the numbers of the sentences a span lies in.

    A sentence counts when the overlap is at least half the shorter of the two, so that a
    clause maps to its sentence and a span that a different splitter drew across two
    sentences maps to both.

    >>> sentences_at([(0, 10), (11, 30)], 2, 8)
    frozenset({0})
    >>> sentences_at([(0, 10), (11, 30)], 0, 30)
    frozenset({0, 1})
    """
    found = set()
    for number, (s_start, s_end) in enumerate(spans):
        overlap = min(end, s_end) - max(start, s_start)
        if overlap > 0 and overlap * 2 >= min(end - start, s_end - s_start):
            found.add(number)
    return frozenset(found)


def run_factdiff(pair: Pair, folder: Path = corpus.CORPUS) -> Output:
    """Return factdiff's report on a pair, read from the built corpus files."""
    try:
        comparison = compare_pair(pair, folder)
    except factdiff.InputError as error:
        return Output(frozenset(), (), (), refused=str(error).split(": ", 1)[-1])
    at = SentencesOf(pair, folder)
    aligned = set()
    listed: dict[factdiff.Verdict, list[ReportedDiscrepancy]] = {
        factdiff.Verdict.DISCREPANCY: [],
        factdiff.Verdict.POSSIBLE: [],
    }
    for finding in comparison.findings:
        aligned |= at.pairs(finding)
        if finding.verdict in listed:
            listed[finding.verdict].append(at.reported(finding))
    unique = tuple((at.side[s.source], at.sentences(s)) for s in comparison.unique)
    return Output(
        frozenset(aligned),
        tuple(listed[factdiff.Verdict.DISCREPANCY]),
        unique,
        possible=tuple(listed[factdiff.Verdict.POSSIBLE]),
    )


def compare_pair(pair: Pair, folder: Path = corpus.CORPUS) -> factdiff.Comparison:
    """Return factdiff's comparison of a pair's two corpus files, as a user runs it."""
    dates = {a.id: a.date for a in (pair.a, pair.b) if a.date}
    comparison = factdiff.compare(
        [folder / f"{pair.a.id}.txt", folder / f"{pair.b.id}.txt"], dates=dates
    )
    texts = {a.id: corpus.load(a, folder).text for a in (pair.a, pair.b)}
    for source in comparison.sources:
        if source.article.text != texts[source.id]:
            # Offsets would point elsewhere: the scores would be silently wrong.
            raise corpus.CorpusError(f"{source.id}: factdiff read a different text")
    return comparison


class SentencesOf:
    """factdiff's statements and findings on one pair, in the corpus's sentence numbers."""

    def __init__(self, pair: Pair, folder: Path = corpus.CORPUS) -> None:
        self.built = {a.id: corpus.load(a, folder) for a in (pair.a, pair.b)}
        self.side = {pair.a.id: "a", pair.b.id: "b"}

    def sentences(self, statement: factdiff.Statement) -> frozenset[int]:
        """Return the corpus sentences a statement covers."""
        return sentences_at(self.built[statement.source].spans, statement.start, statement.end)

    def pairs(self, finding: factdiff.Finding) -> set[tuple[int, int]]:
        """Return the pairs of A and B sentences a finding aligns."""
        by_side = self._by_side(finding)
        return {(a, b) for a in by_side["a"] for b in by_side["b"]}

    def reported(self, finding: factdiff.Finding) -> ReportedDiscrepancy:
        """Return a discrepant finding as the scoring reads it."""
        by_side = self._by_side(finding)
        details = tuple(
            tuple(
                tuple(
                    (m.detail.start, m.detail.end)
                    for m in difference.mentions
                    if self.side[m.source] == s
                )
                for s in ("a", "b")
            )
            for difference in finding.differences
        )
        return ReportedDiscrepancy(frozenset(by_side["a"]), frozenset(by_side["b"]), details)

    def _by_side(self, finding: factdiff.Finding) -> dict[str, set[int]]:
        by_side: dict[str, set[int]] = {"a": set(), "b": set()}
        for statement in finding.statements:
            by_side[self.side[statement.source]] |= self.sentences(statement)
        return by_side


# --- the naive peer ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
PEER_CUTOFF = 60


def regex_sentences(text: str) -> list[Span]:
    """Return the spans of the sentences a naive regular expression cuts.

    >>> text = "Two died. Three were hurt!\\nHeadline"
    >>> [text[s:e] for s, e in regex_sentences(text)]
    ['Two died.', 'Three were hurt!', 'Headline']
    """
    spans = []
    start = 0
    for cut in [*_SENTENCE_END.finditer(text), None]:
        end = cut.start() if cut else len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = cut.end() if cut else len(text)
    return spans


def _numbers(text: str, start: int, end: int) -> dict[str, Span]:
    found: dict[str, Span] = {}
    for match in _NUMBER.finditer(text, start, end):
        found.setdefault(match.group().replace(",", ""), match.span())
    return found


def run_peer(pair: Pair, folder: Path = corpus.CORPUS) -> Output:
    """Return the naive peer's report on a pair."""
    texts = [corpus.load(pair.a, folder), corpus.load(pair.b, folder)]
    cuts = [regex_sentences(t.text) for t in texts]
    strings = [[t.text[s:e] for s, e in c] for t, c in zip(texts, cuts, strict=True)]
    scores = process.cdist(strings[0], strings[1], scorer=fuzz.token_set_ratio)
    matched_a: set[int] = set()
    matched_b: set[int] = set()
    aligned = set()
    discrepancies = []
    for i, row in enumerate(scores):
        j = int(np.argmax(row))
        if row[j] < PEER_CUTOFF or int(np.argmax(scores[:, j])) != i:
            continue
        matched_a.add(i)
        matched_b.add(j)
        in_a = sentences_at(texts[0].spans, *cuts[0][i])
        in_b = sentences_at(texts[1].spans, *cuts[1][j])
        aligned |= {(a, b) for a in in_a for b in in_b}
        numbers_a = _numbers(texts[0].text, *cuts[0][i])
        numbers_b = _numbers(texts[1].text, *cuts[1][j])
        if set(numbers_a) != set(numbers_b):
            only_a = tuple(span for n, span in numbers_a.items() if n not in numbers_b)
            only_b = tuple(span for n, span in numbers_b.items() if n not in numbers_a)
            discrepancies.append(ReportedDiscrepancy(in_a, in_b, ((only_a, only_b),)))
    unique = tuple(
        (side, sentences_at(texts[k].spans, *span))
        for k, (side, matched) in enumerate((("a", matched_a), ("b", matched_b)))
        for n, span in enumerate(cuts[k])
        if n not in matched
    )
    return Output(frozenset(aligned), tuple(discrepancies), unique)


SYSTEMS: dict[str, Callable[[Pair], Output]] = {
    "factdiff": run_factdiff,
    "naive peer": run_peer,
}
