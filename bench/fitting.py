"""The labelled real-news pairs as the fits read them: factdiff's statements and the gold.

labelled_pairs(split)      -> the labelled pairs of one split, as (pair, facts)
read_pair(pair)            -> the pair's two articles read into factdiff's statements
gold_statement_pairs(...)  -> which pairs of those statements hold a gold fact

The alignment blend (``tools/fit_alignment.py``) and the discrepancy likelihood
(``tools/fit_likelihood.py``) are fitted on the development split only; the held-out
split is scored once, by ``bench.run``. The readers labelled the corpus's sentences
(``BuiltArticle.spans``); a statement of factdiff's holds a gold fact when it overlaps one
of the fact's sentences on its side, as ``bench.systems`` maps reports to sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from factdiff.compare import statements_by_source, with_date
from factdiff.models import Statement
from factdiff.read import read_article

from . import corpus, labels
from .systems import sentences_at

# Long articles, and the iSTS pairs of two headlines: one candidate pair each, which the
# blend must still align when the two report one fact.
CORPORA = ("basil", "ecbplus", "ists")
ARTICLE_CORPORA = ("basil", "ecbplus")


def labelled_pairs(
    split: str, corpora: Sequence[str] = CORPORA
) -> list[tuple[labels.Pair, tuple[labels.Fact, ...]]]:
    """Return the labelled pairs of ``split`` ("dev" or "held-out") from ``corpora``."""
    gold = labels.gold()
    return [
        (pair, gold[pair.id])
        for pair in labels.pairs()
        if pair.split == split and pair.corpus in corpora and pair.id in gold
    ]


def read_pair(pair: labels.Pair) -> tuple[tuple[Statement, ...], tuple[Statement, ...]]:
    """Return the statements factdiff reads from the pair's two articles, A's first."""
    articles = []
    for bench_article in (pair.a, pair.b):
        article = read_article(
            corpus.CORPUS / f"{bench_article.id}.txt", source_id=bench_article.id
        )
        articles.append(with_date(article, bench_article.date) if bench_article.date else article)
    left, right = statements_by_source(articles)
    return left, right


def gold_statement_pairs(
    pair: labels.Pair,
    facts: Sequence[labels.Fact],
    left: Sequence[Statement],
    right: Sequence[Statement],
) -> frozenset[tuple[int, int]]:
    """Return the (A index, B index) of every pair of statements that holds a gold fact."""
    gold = {(a, b) for fact in facts for a in fact.a for b in fact.b}
    spans_a, spans_b = corpus.load(pair.a).spans, corpus.load(pair.b).spans
    at_a = {s.index: sentences_at(spans_a, s.start, s.end) for s in left}
    at_b = {s.index: sentences_at(spans_b, s.start, s.end) for s in right}
    return frozenset(
        (a.index, b.index)
        for a in left
        for b in right
        if any((x, y) in gold for x in at_a[a.index] for y in at_b[b.index])
    )
