"""Alignment: scorers in range, the right pairs found, symmetric, groups across sources."""

import math

import numpy as np
import pytest

from factdiff.align import SCORERS, Corpus, align, content_words, model_in_use, pair_features
from factdiff.align.overlap import SATURATION
from factdiff.align.scorers import (
    detail_scores,
    phrase_scores,
    rare_word_scores,
    word_match_scores,
)
from factdiff.align.terms import detail_terms
from factdiff.align.words import phrases
from factdiff.clauses import clauses
from factdiff.compare import statements_of
from factdiff.extract import resolve_people
from factdiff.models import Detail, Kind, Statement
from factdiff.read import parse_article, read_article

from .conftest import BELARUS, THE_WEEK


def statements(*articles):
    """Return the statements of each text, read as articles with ids a, b, c, ..."""
    read = [
        parse_article("Title\n\n" + text, source_id=chr(97 + n)) for n, text in enumerate(articles)
    ]
    found = resolve_people([s for article in read for s in statements_of(article)])
    return [[s for s in found if s.source == article.id] for article in read]


def pairs(groups):
    return {tuple(sorted((s.source, s.index) for s in g.statements)) for g in groups}


A = (
    "Russian President Vladimir Putin will fly to Belarus on Monday for talks with Alexander Lukashenko. "
    "The central bank raised interest rates to 12 percent. "
    "Heavy snow closed the airport in Minsk for a day."
)
B = (
    "Flights were cancelled after a snowstorm shut Minsk airport. "
    "Putin travels to Minsk on December 19, 2022 to meet Lukashenko. "
    "Farmers in the south expect a record grain harvest."
)


def test_the_same_facts_are_aligned_and_nothing_else():
    assert pairs(align(statements(A, B))) == {(("a", 0), ("b", 1)), (("a", 2), ("b", 0))}


def test_alignment_is_symmetric():
    forward = pairs(align(statements(A, B)))
    backward = pairs(align(statements(B, A)))
    swap = {"a": "b", "b": "a"}
    assert forward == {tuple(sorted((swap[s], i) for s, i in p)) for p in backward}


def test_scorers_share_a_signature_and_stay_in_range():
    left, right = statements(A, B)
    corpus = Corpus.of(left + right)
    for name, scorer in SCORERS:
        scores = scorer(left, right, corpus=corpus)
        assert scores.shape == (len(left), len(right)), name
        assert np.all((scores >= 0) & (scores <= 1 + 1e-9)), name


def seed_clauses():
    """Return the clauses of the two seed articles, the second's after the first's."""
    found = resolve_people(
        [s for path in (THE_WEEK, BELARUS) for s in statements_of(read_article(path))]
    )
    units = [c for s in found for c in clauses(s)]
    return [u for u in units if u.source == units[0].source], [
        u for u in units if u.source != units[0].source
    ]


def test_every_scorer_scores_b_with_a_as_it_scores_a_with_b():
    left, right = seed_clauses()
    corpus = Corpus.of(left + right)
    for name, scorer in SCORERS:
        forward = scorer(left, right, corpus=corpus)
        backward = scorer(right, left, corpus=corpus)
        assert np.allclose(forward, backward.T, rtol=0, atol=1e-12), name
        assert forward.any(), name
    words = word_match_scores(left, right, corpus=corpus)
    assert np.array_equal(words, word_match_scores(right, left, corpus=corpus).T)


def test_the_set_scorers_give_what_their_definitions_say():
    left, right = seed_clauses()
    corpus = Corpus.of(left + right)
    phrase_sets = [[phrases(s.text) for s in side] for side in (left, right)]
    shared = np.array([[corpus.weight(a & b) for b in phrase_sets[1]] for a in phrase_sets[0]])
    assert np.allclose(phrase_scores(left, right, corpus=corpus), 1 - np.exp(-shared / SATURATION))
    detail_sets = [[detail_terms(s) for s in side] for side in (left, right)]
    jaccard = np.array(
        [
            [corpus.weight(a & b) / corpus.weight(a | b) if a & b else 0.0 for b in detail_sets[1]]
            for a in detail_sets[0]
        ]
    )
    assert np.allclose(detail_scores(left, right, corpus=corpus), jaccard)
    words = [frozenset(content_words(s.text)) for s in (*left, *right)]
    weight = {w: corpus.idf.get(w, 0.0) for found in words for w in found}
    dense = np.array(
        [[weight.get(w, 0.0) if w in found else 0.0 for w in sorted(weight)] for found in words]
    )
    dense /= np.maximum(np.linalg.norm(dense, axis=1, keepdims=True), 1e-300)
    cosine = np.clip(dense[: len(left)] @ dense[len(left) :].T, 0, 1)
    assert np.allclose(rare_word_scores(left, right, corpus=corpus), cosine)


def test_a_shared_rare_name_counts_more_than_a_shared_common_one():
    left, right = statements(
        "Belarus held talks. Belarus and Kyiv traded words.",
        "Belarus was quiet. Kyiv was calm in Belarus.",
    )
    corpus = Corpus.of(left + right)
    [(_, entities)] = [s for s in SCORERS if s[0] == "entities"]
    scores = entities(left, right, corpus=corpus)
    assert scores[1, 1] > scores[0, 0]


def test_a_fact_reported_by_three_sources_is_one_group():
    groups = align(
        statements(
            "Putin will fly to Minsk on Monday to meet Lukashenko.",
            "Vladimir Putin flies to Minsk on Monday for a meeting with Alexander Lukashenko.",
            "On Monday Putin flies to Minsk, where he meets Lukashenko.",
        )
    )
    assert pairs(groups) == {(("a", 0), ("b", 0), ("c", 0))}


def test_one_statement_may_support_two_groups():
    groups = align(
        statements(
            "Putin will fly to Belarus on Monday, his first visit to Minsk in three years.",
            "Putin flies to Belarus on Monday, December 19. It is his first visit to Minsk in three and a half years.",
        )
    )
    assert pairs(groups) == {(("a", 0), ("b", 0)), (("a", 0), ("b", 1))}


def test_unrelated_articles_align_nothing():
    assert (
        align(
            statements("The harvest was poor this year.", "Parliament passed the budget on Friday.")
        )
        == ()
    )


def scorer(name):
    [(_, found)] = [s for s in SCORERS if s[0] == name]
    return found


@pytest.mark.parametrize(
    ("name", "base", "paraphrase", "unrelated"),
    [
        # Words reporters swap for one thing share a meaning in the paraphrase list.
        (
            "synonyms",
            "Two dock workers were killed.",
            "Two stevedores died.",
            "Two goalkeepers trained.",
        ),
        # One stem, different derivations: stemming alone leaves them apart.
        (
            "characters",
            "Prosecutors had sought eight years.",
            "The prosecution asked for more.",
            "The defence asked for more.",
        ),
        # The same figure is evidence of the same fact, in other words.
        (
            "values",
            "The military intercepted most of the 31 drones.",
            "Air defences downed 23 of 31 drones.",
            "Air defences downed 20 of 30 drones.",
        ),
        # A date is evidence of the weekday it fell on, and of no other.
        (
            "values",
            "Putin flew in on Monday.",
            "Putin flew in on December 19, 2022.",
            "Putin flew in on December 20, 2022.",
        ),
        # Words of like meaning match one by one, in a sentence of other words too.
        (
            "word matches",
            "The governing coalition collapsed.",
            "Her three-party alliance fell apart on Thursday after weeks of rows.",
            "Her three-party campaign raised funds on Thursday after weeks of rows.",
        ),
    ],
)
def test_a_scorer_sees_what_the_others_miss(name, base, paraphrase, unrelated):
    left, right = statements(base, f"{paraphrase} {unrelated}")
    scores = scorer(name)(left, right, corpus=Corpus.of(left + right))
    assert scores[0, 0] > scores[0, 1]
    assert scores[0, 0] > 0


def test_confidence_is_calibrated_and_shown_with_the_scores():
    [group] = align(
        statements(
            "Putin will fly to Minsk on Monday to meet Lukashenko.",
            "Vladimir Putin flies to Minsk on Monday for a meeting with Alexander Lukashenko.",
        )
    )
    assert 0.5 < group.confidence < 1
    assert dict(group.scores).keys() == {name for name, _ in SCORERS}


def test_a_long_sentence_is_aligned_by_its_clauses():
    groups = align(
        statements(
            "Putin will fly to Belarus on Monday, his first visit to Minsk in three years, "
            "amid speculation that he might pressure Lukashenko to join the war.",
            "Putin travels to Belarus on Monday. "
            "It is his first visit to Minsk in three and a half years.",
        )
    )
    texts = {tuple(s.text for s in g.statements) for g in groups}
    assert ("Putin will fly to Belarus on Monday,", "Putin travels to Belarus on Monday.") in texts
    assert (
        "his first visit to Minsk in three years,",
        "It is his first visit to Minsk in three and a half years.",
    ) in texts


def test_confidence_is_not_stretched_beyond_the_largest_comparison_fitted_on():
    blend = model_in_use()
    most = blend.most_candidates
    assert blend.confidence(0.9, 100 * most) == blend.confidence(0.9, most)
    # Among more candidates, a pair of the same probability is more often chance.
    assert blend.confidence(0.9, 20) > blend.confidence(0.9, most)


def test_a_pair_with_too_little_evidence_is_never_aligned():
    blend = model_in_use()
    assert blend.least_evidence > 0
    left, right = statements(
        "The central bank raised interest rates to 12 percent.",
        "Farmers in the south expect a record grain harvest.",
    )
    features = pair_features(left, right, corpus=Corpus.of(left + right))
    # Alone in their comparison, each is the other's best candidate by a margin ...
    assert blend.contest(features)["best for both"][0, 0] == 1
    # ... but what they share is too little to be one fact.
    assert blend.evidence_odds(features)[0, 0] < math.log(
        blend.least_evidence / (1 - blend.least_evidence)
    )
    assert blend.probability(features)[0, 0] == 0
    assert align([left, right]) == ()


def test_figures_of_any_size_are_aligned_by_their_value():
    # Python writes out no int of more than 4,300 digits; matching figures by their text
    # failed on one. No article gives such a figure, but a statement may be built with it.
    text = "The army lost many tanks in the war near Minsk on Monday."
    tanks = text.index("many")

    def statement(source, value):
        detail = Detail(Kind.QUANTITY, "many", tanks, tanks + 4, value, "tank")
        return Statement(source, 0, 0, len(text), text, (detail,))

    for value in (10**400, 10**5000, 10**100_000):
        (group,) = align([(statement("a", value),), (statement("b", value),)])
        assert {s.source for s in group.statements} == {"a", "b"}
