"""The issue's round trip on the seeds: the exported table reviewed, every report showing it.

Export the xlsx, dismiss one finding, confirm one, pair one unique statement by hand with
its likeliest counterpart; re-rendered, the PDF shows all three decisions, the counts agree
and the ids of the untouched findings are those of the run before the review.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from factdiff import cli
from factdiff.models import Verdict
from factdiff.render.table import REVIEW_VERDICTS

from .conftest import SEEDS, export, fill_workbook

CONFIRMED, DISMISSED, UNSURE = REVIEW_VERDICTS


def _report(tmp_path, *review):
    """Return the JSON report of the seeds (with the review files), and the PDF's text."""
    out = tmp_path / "out.pdf"
    arguments = ["compare", *SEEDS, "-o", str(out), "-f", "pdf", "-f", "json", "-q"]
    for path in review:
        arguments += ["--review", str(path)]
    assert cli.main(arguments) == cli.EXIT_OK
    pdf = subprocess.run(
        ["pdftotext", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True, check=True
    )
    return json.loads(out.with_suffix(".json").read_text("utf-8")), " ".join(pdf.stdout.split())


@pytest.fixture(scope="module")
def decisions(seeds):
    """Return the review the test makes: (confirmed, dismissed) findings and a pair."""
    confirmed = (seeds.possible_discrepancies or seeds.discrepancies)[0]
    dismissed = seeds.agreements[-1]
    pair = max(seeds.counterparts, key=lambda c: c.confidence)
    return confirmed, dismissed, pair


def test_a_reviewed_workbook_comes_back_in_every_report(tmp_path, seeds, decisions):
    confirmed, dismissed, pair = decisions
    before, _ = _report(tmp_path / "before")
    workbook = fill_workbook(
        export(tmp_path / "table", "xlsx"),
        {
            confirmed.id: (CONFIRMED, "Ann Lee", "The Week rounds 3.5 years down"),
            dismissed.id: (DISMISSED, "Ann Lee", "Two different visits"),
        },
        {pair.statement.id: (pair.other.id, "Ann Lee", "Both report the exercises")},
    )
    after, text = _report(tmp_path, workbook)

    # The PDF shows all three decisions, who made them and when.
    assert "✓ Confirmed by the reviewer (Ann Lee): “The Week rounds 3.5 years down”" in text
    assert "✗ Dismissed by the reviewer (Ann Lee): “Two different visits”" in text
    assert "paired by the reviewer" in text
    assert "Reviewer's comment (Ann Lee): “Both report the exercises”" in text
    day = after["review"]["date"]
    assert f"Reviewed by Ann Lee on {day}" in text
    assert text.index("Dismissed by the reviewer The reviewer judged") > text.index(
        "Only in one source"
    )

    # The counts agree: one finding more (the pair), the dismissed one counted with none.
    findings = len(before["findings"]) + 1
    assert f"2 of {findings} findings reviewed: 1 confirmed, 1 dismissed, 0 unsure" in text
    assert "1 pair made by the reviewer" in text
    made = next(f for f in after["findings"] if f["manual"])
    counted = dict(before["counts"])
    key = {"agreement": "agreements", "discrepancy": "discrepancies"}.get(
        made["verdict"], "possible_discrepancies"
    )
    counted[key] += 1
    counted["agreements"] -= 1  # the dismissed agreement
    if confirmed.verdict is Verdict.POSSIBLE:  # confirmed: counted as a discrepancy now
        counted["possible_discrepancies"] -= 1
        counted["discrepancies"] += 1
    counted["unique"] -= len({pair.statement.id, pair.other.id} & {s.id for s in seeds.unique})
    assert after["counts"] == counted
    assert after["review"] == {
        "reviewers": ["Ann Lee"],
        "date": day,
        "findings": findings,
        "reviewed": 2,
        CONFIRMED: 1,
        DISMISSED: 1,
        UNSURE: 0,
        "pairs": 1,
        "stale": [],
    }

    # Every finding the review did not make keeps its id and statements, and its verdict
    # unless the reviewer confirmed a possible discrepancy.
    assert sorted(
        (f for f in after["findings"] if not f["manual"]), key=lambda f: f["id"]
    ) == sorted(
        (
            {
                **f,
                "review": _review_of(f["id"], confirmed, dismissed),
                "verdict": "discrepancy" if f["id"] == confirmed.id else f["verdict"],
            }
            for f in before["findings"]
        ),
        key=lambda f: f["id"],
    )


def _review_of(finding_id, confirmed, dismissed):
    if finding_id == confirmed.id:
        return {
            "verdict": CONFIRMED,
            "reviewer": "Ann Lee",
            "comment": "The Week rounds 3.5 years down",
        }
    if finding_id == dismissed.id:
        return {"verdict": DISMISSED, "reviewer": "Ann Lee", "comment": "Two different visits"}
    return None


def test_a_review_still_applies_after_an_unrelated_sentence_is_edited(tmp_path, seeds, decisions):
    confirmed, dismissed, pair = decisions
    review = tmp_path / "review.json"
    review.write_text(
        json.dumps(
            {
                "findings": [
                    {"id": confirmed.id, "review": CONFIRMED},
                    {"id": dismissed.id, "review": DISMISSED},
                ],
                "pairs": [{"id": pair.statement.id, "pair_with": pair.other.id}],
            }
        ),
        encoding="utf-8",
    )
    held = {pair.statement.key, pair.other.key} | {
        s.key for f in seeds.findings for s in f.statements
    }
    edited = next(s for s in seeds.unique if s.key not in held)
    articles = []
    for source in seeds.sources:
        text = source.article.text
        if source.id == edited.source:
            text = text[: edited.start] + edited.text.replace(" ", "  the ", 1) + text[edited.end :]
        path = tmp_path / f"{source.id}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(str(path))
    out = tmp_path / "edited.json"
    arguments = ["compare", *articles, "-o", str(out), "--review", str(review), "-q"]
    assert cli.main(arguments) == cli.EXIT_OK
    report = json.loads(out.read_text("utf-8"))
    assert report["review"]["stale"] == []
    assert (report["review"][CONFIRMED], report["review"][DISMISSED]) == (1, 1)
    assert report["review"]["pairs"] == 1
