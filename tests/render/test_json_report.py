"""Tests of the JSON report: format ``factdiff-report/1``, keys in order, values as data."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from importlib.metadata import version

from factdiff.models import Detail, DetailComparison, Kind, Mention, Status
from factdiff.render import render
from factdiff.render.json_report import json_value

from .conftest import A_ID, B_ID


def _load(comparison, generated=None):
    data = render(comparison, format="json", generated=generated)
    assert data.endswith(b"}\n")
    return json.loads(data.decode("utf-8"))


def test_top_level_keys_in_order(comparison):
    report = _load(comparison)
    assert list(report) == [
        "format", "generator", "encoder", "counts", "review", "sources", "findings", "unique",
        "references",
    ]  # fmt: skip
    assert report["review"] is None  # not reviewed
    assert report["format"] == "factdiff-report/1"
    assert report["generator"] == f"factdiff {version('factdiff')}"


def test_counts_match_the_findings(comparison):
    report = _load(comparison)
    verdicts = [f["verdict"] for f in report["findings"]]
    assert report["counts"] == {
        "discrepancies": verdicts.count("discrepancy"),
        "possible_discrepancies": verdicts.count("possible discrepancy"),
        "agreements": verdicts.count("agreement"),
        "unique": len(report["unique"]),
    }
    assert (report["counts"]["discrepancies"], report["counts"]["agreements"]) == (1, 1)


def test_sources(comparison):
    sources = _load(comparison)["sources"]
    assert [list(s) for s in sources] == [
        ["id", "path", "title", "sentences", "words", "date", "date_origin", "outlet",
         "outlet_origin", "encoding"]
    ] * 2  # fmt: skip
    assert [s["id"] for s in sources] == [A_ID, B_ID]
    assert [(s["outlet"], s["outlet_origin"]) for s in sources] == [
        (None, None),
        ("The Week", "share prompt"),
    ]
    assert sources[0]["sentences"] == 6
    assert sources[0]["words"] == comparison.sources[0].words


def test_findings(comparison):
    first, second = _load(comparison)["findings"]
    assert list(first) == [
        "id", "verdict", "confidence", "similarity", "scores", "manual", "review", "statements",
        "details",
    ]  # fmt: skip
    assert (first["manual"], first["review"]) == (False, None)
    assert (first["verdict"], second["verdict"]) == ("discrepancy", "agreement")
    assert (first["confidence"], first["similarity"]) == (0.824, 0.412)
    assert list(first["statements"][0]) == ["source", "text", "start", "end", "sentence"]
    duration = first["details"][0]
    assert list(duration) == ["kind", "topic", "status", "note", "mentions"]
    assert (duration["kind"], duration["status"]) == ("duration", "different")
    assert duration["topic"] == "Time since Putin's last visit"
    assert list(duration["mentions"][0]) == [
        "source", "text", "value", "unit", "qualifier", "about", "speaker", "audience", "start",
        "end",
    ]  # fmt: skip
    assert [m["value"] for m in duration["mentions"]] == [3.5, 3]
    assert [m["unit"] for m in duration["mentions"]] == ["year", "year"]
    assert first["details"][2]["status"] == "one-sided"
    date = second["details"][0]
    assert date["status"] == "compatible"
    assert [m["value"] for m in date["mentions"]] == ["2022-12-19", "monday"]


def test_offsets_point_into_the_articles(comparison):
    report = _load(comparison)
    texts = {s.id: s.article.text for s in comparison.sources}
    spans = [s for f in report["findings"] for s in f["statements"]] + report["unique"]
    spans += [m for f in report["findings"] for d in f["details"] for m in d["mentions"]]
    for span in spans:
        assert texts[span["source"]][span["start"] : span["end"]] == span["text"]


def test_unique_and_references(comparison):
    report = _load(comparison)
    assert len(report["unique"]) == 6
    assert report["references"][0] == {
        "source": A_ID,
        "label": "1",
        "text": comparison.references[0].text,
    }


def test_text_is_utf8_not_escaped(comparison):
    data = render(comparison, format="json")
    assert "Türkçe Русский".encode() in data
    assert b"\\u" not in data


def test_same_output_whatever_the_generated_time(comparison, generated):
    assert render(comparison, format="json") == render(
        comparison, format="json", generated=generated
    )


def test_interval_values_are_lists_with_null_for_infinity(comparison):
    detail = Detail(Kind.QUANTITY, "more than 22", 0, 12, (22, math.inf))
    finding = replace(
        comparison.findings[0],
        details=(DetailComparison(Kind.QUANTITY, Status.ONE_SIDED, (Mention(A_ID, detail),)),),
    )
    report = _load(replace(comparison, findings=(finding,)))
    assert report["findings"][0]["details"][0]["mentions"][0]["value"] == [22, None]


def test_json_value():
    assert json_value((9, 10)) == [9, 10]
    assert json_value((-math.inf, 5.0)) == [None, 5.0]
    assert json_value(2) == 2
    assert json_value("Minsk") == "Minsk"


def test_each_unique_statement_has_its_id(comparison):
    report = _load(comparison)
    assert [u["id"] for u in report["unique"]] == [s.id for s in comparison.unique]
    assert all(re.fullmatch(r"U-[0-9a-f]{6}", u["id"]) for u in report["unique"])
