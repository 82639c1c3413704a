"""A review applied to the seeds: dismissed findings set apart, pairs judged, stale ids kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factdiff.errors import InputError
from factdiff.models import Review, ReviewEntry, ReviewPair, Verdict, content_id
from factdiff.render import render
from factdiff.render.table import REVIEW_VERDICTS
from factdiff.review import apply_review

CONFIRMED, DISMISSED, UNSURE = REVIEW_VERDICTS


def _likeliest(comparison):
    """Return the unique statement most likely to have a counterpart, and that counterpart."""
    best = max(comparison.counterparts, key=lambda c: c.confidence)
    return best.statement, best.other


def test_a_dismissed_finding_is_kept_but_counted_with_none(seeds):
    agreement = seeds.agreements[0]
    review = Review(entries=(ReviewEntry(agreement.id, DISMISSED, "Ann", "two visits"),))
    reviewed = apply_review(seeds, review)
    assert reviewed.findings == seeds.findings
    assert reviewed.dismissed == (agreement,)
    assert agreement not in reviewed.agreements
    assert len(reviewed.agreements) == len(seeds.agreements) - 1
    assert reviewed.discrepancies == seeds.discrepancies
    assert reviewed.review.dismissed == {agreement.id}
    assert reviewed.review.stale == ()


def test_a_pair_made_by_hand_is_judged_as_a_finding_and_leaves_the_unique_list(seeds):
    statement, other = _likeliest(seeds)
    review = Review(pairs=(ReviewPair(statement.id, other.id, "Ann", "the same exercises"),))
    reviewed = apply_review(seeds, review)
    (made,) = [f for f in reviewed.findings if f.manual]
    assert {s.id for s in made.statements} == {statement.id, other.id}
    # Sources in the comparison's order, as every finding lists them.
    assert made.sources == tuple(s.id for s in seeds.sources if s.id in made.sources)
    assert made.id == content_id("F", [(s.source, s.text) for s in made.statements])
    assert (made.aligned, made.similarity) == (1.0, 1.0)
    if made.verdict is Verdict.AGREEMENT:
        assert made.confidence == 1.0  # a person paired them
    assert statement not in reviewed.unique
    assert len(reviewed.unique) == len(seeds.unique) - 1 - (other in seeds.unique)
    assert statement.key not in {c.statement.key for c in reviewed.counterparts}
    assert set(seeds.findings) < set(reviewed.findings)
    # Findings stay in the order judge gives them: what disagrees first.
    order = (Verdict.DISCREPANCY, Verdict.POSSIBLE, Verdict.AGREEMENT)
    ranks = [order.index(f.verdict) for f in reviewed.findings]
    assert ranks == sorted(ranks)


def test_a_verdict_on_a_finding_made_by_hand_applies_on_the_next_run(seeds):
    statement, other = _likeliest(seeds)
    pair = ReviewPair(statement.id, other.id)
    made = next(f for f in apply_review(seeds, Review(pairs=(pair,))).findings if f.manual)
    reviewed = apply_review(
        seeds, Review(entries=(ReviewEntry(made.id, CONFIRMED),), pairs=(pair,))
    )
    assert reviewed.review.entry(made.id).verdict == CONFIRMED
    assert reviewed.review.stale == ()


def test_a_pair_within_one_source_is_refused_naming_its_row(seeds):
    one, two = [s for s in seeds.unique if s.source == seeds.sources[0].id][:2]
    review = Review(pairs=(ReviewPair(one.id, two.id, row="r.csv: row 5"),))
    with pytest.raises(InputError) as raised:
        apply_review(seeds, review)
    assert str(raised.value) == (
        f"r.csv: row 5: {one.id} and {two.id} are both statements of {one.source}; pair a "
        "statement with one of another source"
    )


def test_ids_the_comparison_no_longer_has_are_listed_as_stale_never_dropped(seeds):
    kept = seeds.findings[0]
    gone = ReviewEntry("F-000000", CONFIRMED, "Ann", "from last week's run", "r.csv: row 9")
    lost_pair = ReviewPair("U-000000", seeds.unique[0].id, row="r.csv: row 12")
    review = Review(entries=(ReviewEntry(kept.id, UNSURE), gone), pairs=(lost_pair,))
    reviewed = apply_review(seeds, review)
    assert reviewed.review.stale == ("U-000000", "F-000000")
    assert reviewed.review.entries == review.entries
    markdown = render(reviewed, format="md").decode()
    assert "- F-000000: confirmed, “from last week's run” (r.csv: row 9)" in markdown
    assert f"- U-000000: pair with {seeds.unique[0].id} (r.csv: row 12)" in markdown
    assert f"1 of {len(seeds.findings)} findings reviewed: 0 confirmed, 0 dismissed, 1 unsure" in (
        markdown
    )


def test_a_comment_on_a_statement_in_one_source_only_is_shown_with_it(seeds):
    statement = seeds.unique[-1]
    review = Review(entries=(ReviewEntry(statement.id, "", "Ann", "check <this> first"),))
    reviewed = apply_review(seeds, review)
    assert reviewed.review.stale == ()
    html = render(reviewed, format="html").decode()
    assert "Reviewer's comment: “check &lt;this&gt; first”" in html


def test_a_comparison_without_review_renders_as_before(seeds):
    empty = apply_review(seeds, Review())
    assert render(replace(empty, review=None), format="md") == render(seeds, format="md")
    assert "**Reviewed (the reviewer is not named).**" in render(empty, format="md").decode()


def test_a_confirmed_possible_discrepancy_counts_as_a_discrepancy(seeds):
    possible = replace(seeds.findings[0], verdict=Verdict.POSSIBLE)
    compared = replace(seeds, findings=(possible, *seeds.findings[1:]))
    review = Review(entries=(ReviewEntry(possible.id, CONFIRMED, "Ann", "read both"),))
    reviewed = apply_review(compared, review)
    assert possible.id in {f.id for f in reviewed.discrepancies}
    assert possible.id not in {f.id for f in reviewed.possible_discrepancies}
    unsure = apply_review(compared, Review(entries=(ReviewEntry(possible.id, UNSURE, "Ann", ""),)))
    assert possible.id in {f.id for f in unsure.possible_discrepancies}
