"""Properties of the whole pipeline that hold for any articles (hypothesis).

For any two texts: the comparison is a valid report or a clear InputError; every
statement's text is its source's text at its offsets; comparing A with B finds what
comparing B with A finds; and spaces or tabs added between words change nothing (a line
break does change a line, which is what boilerplate is recognised by).
The articles are drawn from real sentences of the seeds and the wire fixture, with
their figures changed, mixed with arbitrary text, so that they share facts to align.
"""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factdiff
from factdiff.errors import InputError
from factdiff.read import parse_article
from factdiff.render import render
from factdiff.split import sentence_spans

from .conftest import BELARUS, ROOT, THE_WEEK

WIRE = ROOT / "tests" / "fixtures" / "wire-putin-minsk.txt"


def _sentences() -> list[str]:
    found = []
    for path in (BELARUS, THE_WEEK, WIRE):
        text = path.read_text(encoding="utf-8")
        found += [text[a:b] for a, b in sentence_spans(text) if 40 < b - a < 300]
    return found


SENTENCES = _sentences()
FIGURES = ["three", "three and a half", "four", "2", "9,000", "ten", "nearly 10", "Monday"]

sentence = st.one_of(
    st.sampled_from(SENTENCES),
    st.builds(
        lambda s, old, new: s.replace(old, new, 1),
        st.sampled_from(SENTENCES),
        st.sampled_from(["three", "Monday", "two", "2022"]),
        st.sampled_from(FIGURES),
    ),
    st.text(min_size=1, max_size=80).map(lambda t: t + "."),
)
body = st.lists(sentence, min_size=1, max_size=7).map(" ".join)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def article(source_id: str, title: str, text: str) -> factdiff.Article:
    return parse_article(f"{title}\n\n{text}\n", source_id=source_id)


def compared(a: str, b: str) -> factdiff.Comparison | None:
    try:
        return factdiff.compare_articles([article("a", "First", a), article("b", "Second", b)])
    except InputError:
        return None


def outcome(comparison: factdiff.Comparison) -> set:
    """Return what a comparison found, independent of source order and finding ids."""
    return {
        (
            f.verdict,
            frozenset((s.source, " ".join(s.text.split())) for s in f.statements),
            frozenset((d.kind, d.status) for d in f.details),
        )
        for f in comparison.findings
    }


@PROPERTY
@given(body, body)
def test_any_texts_give_a_valid_report_with_true_offsets(a, b):
    comparison = compared(a, b)
    if comparison is None:
        return
    texts = {s.id: s.article.text for s in comparison.sources}
    statements = [s for f in comparison.findings for s in f.statements]
    statements += list(comparison.unique)
    for statement in statements:
        assert texts[statement.source][statement.start : statement.end] == statement.text
        for detail in statement.details:
            assert texts[statement.source][detail.start : detail.end] == detail.text
    report = json.loads(render(comparison, format="json"))
    assert len(report["findings"]) == len(comparison.findings)
    assert render(comparison, format="md").startswith(b"# ")


@PROPERTY
@given(body, body)
def test_comparing_b_with_a_finds_what_a_with_b_finds(a, b):
    forward = compared(a, b)
    if forward is None:
        return
    backward = factdiff.compare_articles([article("b", "Second", b), article("a", "First", a)])
    assert outcome(backward) == outcome(forward)


@PROPERTY
@given(body, body, st.sampled_from(["  ", "\t", " \t "]))
def test_white_space_between_words_changes_nothing(a, b, space):
    plain = compared(a, b)
    if plain is None:
        return
    wider = compared(re.sub(r"(?<=\w) (?=\w)", space, a), b)
    assert wider is not None
    assert outcome(wider) == outcome(plain)
