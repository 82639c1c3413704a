"""Run the whole pipeline: read -> split -> extract -> align -> judge.

compare(paths)              -> Comparison of the articles in these files
compare_articles(articles)  -> Comparison of articles already read
statements_of(article)      -> the article's sentences with the details read from each
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .align import align
from .errors import InputError
from .extract import extract_details, resolve_people
from .judge import judge
from .models import Article, Comparison, Source, Statement
from .read import read_article
from .split import citations, split_sentences


def compare(paths: Sequence[str | Path]) -> Comparison:
    """Return the comparison of the articles in the files at ``paths`` (two or more)."""
    if len(paths) < 2:
        raise InputError(f"need at least two articles to compare, got {len(paths)}")
    resolved = [Path(p).resolve() for p in paths]
    for index, path in enumerate(resolved):
        if path in resolved[:index]:
            raise InputError(f"{paths[index]}: given twice; compare different articles")
    ids = _unique_ids([Path(p).stem for p in paths])
    return compare_articles([read_article(p, source_id=i) for p, i in zip(paths, ids, strict=True)])


def compare_articles(articles: Sequence[Article]) -> Comparison:
    """Return the comparison of ``articles`` (two or more, with distinct ids)."""
    if len(articles) < 2:
        raise InputError(f"need at least two articles to compare, got {len(articles)}")
    if len({a.id for a in articles}) != len(articles):
        raise InputError("every article needs its own id: " + ", ".join(a.id for a in articles))
    statements = resolve_people([s for article in articles for s in statements_of(article)])
    per_source = [tuple(s for s in statements if s.source == a.id) for a in articles]
    for article, own in zip(articles, per_source, strict=True):
        if not own:
            raise InputError(f"{article.path}: has no sentence to compare besides its title")
    findings = judge(align(per_source))
    aligned = {s.key for f in findings for s in f.statements}
    return Comparison(
        sources=tuple(Source(a, own) for a, own in zip(articles, per_source, strict=True)),
        findings=findings,
        unique=tuple(s for s in statements if s.key not in aligned),
    )


def statements_of(article: Article) -> tuple[Statement, ...]:
    """Return each sentence of ``article`` as a statement with its details and citations."""
    return tuple(
        Statement(
            source=s.source,
            index=s.index,
            start=s.start,
            end=s.end,
            text=s.text,
            details=extract_details(s.text, offset=s.start),
            citations=citations(s.text),
        )
        for s in split_sentences(article)
    )


def _unique_ids(stems: list[str]) -> list[str]:
    """Return the file stems made unique by a numeric suffix where two are alike."""
    ids: list[str] = []
    for stem in stems:
        candidate, number = stem, 2
        while candidate in ids:
            candidate, number = f"{stem}-{number}", number + 1
        ids.append(candidate)
    return ids
