"""Run the whole pipeline: read -> split -> extract -> align -> judge.

compare(paths, dates=)      -> Comparison of the articles in these files
compare_articles(articles)  -> Comparison of articles already read
read_facts(path, date=)     -> one article and every detail read from it
statements_by_source(arts)  -> each article's statements, names resolved across all
statements_of(article)      -> the article's sentences with the details read from each
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from .align import Alignment, alignment
from .align.semantic import encoders_used
from .clauses import clauses
from .errors import InputError
from .extract import extract_details, resolve_people, resolve_speakers
from .judge import judge
from .models import Article, Comparison, Counterpart, Sentence, Source, Statement
from .read import STDIN, read_article
from .split import citations, split_sentences

_Given = TypeVar("_Given")
# The longest article compared. Alignment weighs every pair of sentences of two articles,
# so time and memory grow with the product of their lengths: two articles of 1,000
# sentences take about 4 s and 430 MB (see docs/speed.md).
MAX_SENTENCES = 1000
# The longest sentence read for details. No news sentence comes near it; a longer one is
# a paragraph with no full stop or an attack ("Mr. " 500,000 times), and reading its
# details would take minutes.
MAX_SENTENCE_CHARACTERS = 20_000
# The most articles compared at once: every pair of them is aligned, so time grows with
# the square of their number (50 articles of about 30 sentences: under a minute).
MAX_SOURCES = 50
# The fewest sentences, over all articles, read on several cores at once: starting the
# workers takes about 10 ms, and 400 sentences about 200 ms to read on one core.
PARALLEL_FROM = 400


def compare(
    paths: Sequence[str | Path],
    *,
    dates: Mapping[str, dt.date | str] | None = None,
    outlets: Mapping[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Comparison:
    """Return the comparison of the articles in the files at ``paths`` (two or more).

    ``dates`` gives the day an article speaks from, and ``outlets`` who published it, each
    keyed by the article's id (the file's stem) or its path as given; they override what
    is read in the text. ``progress``, if given, is told each stage as it starts.
    """
    tell = progress or (lambda stage: None)
    _check_count(len(paths))
    resolved = [Path(p).resolve() for p in paths]
    for index, path in enumerate(resolved):
        if path in resolved[:index]:
            raise InputError(f"{paths[index]}: given twice; compare different articles")
    ids = _unique_ids([source_id_of(p) for p in paths])
    given_dates = _by_id(dates or {}, paths, ids, option="--date")
    given_outlets = _by_id(outlets or {}, paths, ids, option="--outlet")
    articles = []
    for path, source_id in zip(paths, ids, strict=True):
        tell(f"reading {path}")
        articles.append(read_article(path, source_id=source_id))
    articles = [with_date(a, given_dates[a.id]) if a.id in given_dates else a for a in articles]
    articles = [
        with_outlet(a, given_outlets[a.id]) if a.id in given_outlets else a for a in articles
    ]
    tell(f"comparing {len(articles)} articles: extracting, aligning and judging")
    return compare_articles(articles)


def read_facts(path: str | Path, *, date: dt.date | str | None = None) -> Source:
    """Return one article with its statements and every detail read from them."""
    article = read_article(path, source_id=source_id_of(path))
    if date is not None:
        article = with_date(article, date)
    statements = statements_of(article, readable_sentences(article))
    return Source(article, tuple(resolve_speakers(resolve_people(statements))))


def source_id_of(path: str | Path) -> str:
    """Return the id an article goes by: its file's stem, or "stdin" for ``-``.

    >>> source_id_of("seeds/theweek.txt"), source_id_of("-")
    ('theweek', 'stdin')
    """
    return "stdin" if str(path) == STDIN else Path(path).stem


def with_date(article: Article, date: dt.date | str) -> Article:
    """Return ``article`` speaking from ``date`` (an ISO day), given by the user."""
    return dataclasses.replace(article, date=parse_day(date).isoformat(), date_origin="given")


def with_outlet(article: Article, outlet: str) -> Article:
    """Return ``article`` published by ``outlet``, as the user says."""
    name = " ".join(outlet.split())
    if not name:
        raise InputError(f"{article.id}: an outlet needs a name")
    return dataclasses.replace(article, outlet=name, outlet_origin="given")


def parse_day(value: dt.date | str) -> dt.date:
    """Return the day an ISO date (YYYY-MM-DD) names, or raise InputError naming the bad value.

    >>> parse_day("2022-12-19")
    datetime.date(2022, 12, 19)
    """
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"not a date (want YYYY-MM-DD): {value!r}") from None


def _by_id(
    given: Mapping[str, _Given], paths: Sequence[str | Path], ids: Sequence[str], *, option: str
) -> dict[str, _Given]:
    """Return what was given per article keyed by article id, accepting an id or a path."""
    by_name = {str(p): i for p, i in zip(paths, ids, strict=True)} | {i: i for i in ids}
    found = {}
    for name, value in given.items():
        if name not in by_name:
            raise InputError(f"{option} {name}: no such article; give one of: {', '.join(ids)}")
        found[by_name[name]] = value
    return found


def compare_articles(articles: Sequence[Article]) -> Comparison:
    """Return the comparison of ``articles`` (two or more, with distinct ids)."""
    _check_count(len(articles))
    if len({a.id for a in articles}) != len(articles):
        raise InputError("every article needs its own id: " + ", ".join(a.id for a in articles))
    per_source = statements_by_source(articles, most=MAX_SENTENCES)
    for article, own in zip(articles, per_source, strict=True):
        if not own:
            raise InputError(f"{article.path}: has no sentence to compare besides its title")
    with encoders_used() as encoders:
        aligned_by = alignment(per_source)
    findings = judge(aligned_by.groups)
    aligned: dict[tuple[str, int], set[int]] = {}
    for statement in (s for f in findings for s in f.statements):
        aligned.setdefault((statement.source, statement.index), set()).add(statement.start)
    unique = tuple(u for own in per_source for s in own for u in _unaligned(s, aligned))
    return Comparison(
        sources=tuple(Source(a, own) for a, own in zip(articles, per_source, strict=True)),
        findings=findings,
        unique=unique,
        encoder=", ".join(sorted(encoders)),
        counterparts=tuple(c for u in unique for c in _counterparts(u, aligned_by)),
    )


def _counterparts(statement: Statement, aligned_by: Alignment) -> list[Counterpart]:
    """Return the likeliest counterpart of a statement in one source only, in each other
    source: of its clauses' likeliest partners there, the one most likely."""
    best: dict[str, tuple[Statement, float]] = {}
    for clause in clauses(statement):
        for other, confidence in aligned_by.likeliest.get(clause.key, ()):
            if other.source not in best or confidence > best[other.source][1]:
                best[other.source] = (other, confidence)
    return [Counterpart(statement, other, confidence) for other, confidence in best.values()]


def _check_count(count: int) -> None:
    """Raise InputError unless there are between two and MAX_SOURCES articles."""
    if count < 2:
        raise InputError(f"need at least two articles to compare, got {count}")
    if count > MAX_SOURCES:
        raise InputError(f"{count} articles given; factdiff compares up to {MAX_SOURCES} at once")


def _unaligned(
    statement: Statement, aligned: dict[tuple[str, int], set[int]]
) -> tuple[Statement, ...]:
    """Return what of a statement no finding holds: the whole sentence when none of its
    clauses is aligned, else the clauses left out.

    ``aligned`` holds where the aligned clauses start, by source and sentence.
    """
    starts = aligned.get((statement.source, statement.index))
    if not starts:
        return (statement,)
    parts = clauses(statement)
    left_out = tuple(c for c in parts if c.start not in starts)
    return (statement,) if len(left_out) == len(parts) else left_out


def readable_sentences(article: Article, *, most: int | None = None) -> tuple[Sentence, ...]:
    """Return the sentences of ``article``, or raise InputError when it has more than
    ``most`` of them or one longer than MAX_SENTENCE_CHARACTERS: refused before any
    sentence is read for details."""
    found = split_sentences(article)
    if most is not None and len(found) > most:
        raise InputError(
            f"{article.path}: has {len(found):,} sentences; factdiff compares articles of "
            f"up to {most:,} sentences"
        )
    longest = max(found, key=lambda s: s.end - s.start, default=None)
    if longest is not None and longest.end - longest.start > MAX_SENTENCE_CHARACTERS:
        raise InputError(
            f"{article.path}: has a sentence of {longest.end - longest.start:,} characters "
            f"(at offset {longest.start}); factdiff reads sentences of up to "
            f"{MAX_SENTENCE_CHARACTERS:,} characters"
        )
    return found


def statements_by_source(
    articles: Sequence[Article], *, most: int | None = None
) -> list[tuple[Statement, ...]]:
    """Return each article's statements, people and speakers resolved across all of them.

    An article of more than ``most`` sentences, or with one over MAX_SENTENCE_CHARACTERS,
    is refused before any is read for details (``readable_sentences``).
    """
    sentences = [readable_sentences(article, most=most) for article in articles]
    read = _read_details(articles, sentences)
    statements = resolve_speakers(resolve_people([s for own in read for s in own]))
    return [tuple(s for s in statements if s.source == a.id) for a in articles]


def _read_details(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> list[tuple[Statement, ...]]:
    """Return ``statements_of`` each article, the articles read on several cores at once
    where that pays: reading details is pure Python, so one process uses one core."""

    def here() -> list[tuple[Statement, ...]]:
        return [statements_of(a, found) for a, found in zip(articles, sentences, strict=True)]

    if not _worth_forking(articles, sentences):
        return here()
    workers = min(len(articles), _cores())
    try:
        with (
            _holding(_STOPPING) as release,
            ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork"), initializer=_leave_signals
            ) as pool,
        ):
            reading = [
                pool.submit(statements_of, a, found)
                for a, found in zip(articles, sentences, strict=True)
            ]
            release()
            return [read.result() for read in reading]
    except BrokenProcessPool:
        # A worker was killed (by the kernel, out of memory, say): read here instead,
        # where running out of memory is reported as such.
        return here()


def _worth_forking(articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]) -> bool:
    """Return whether to read the articles in worker processes: there are two cores and
    enough sentences to repay starting workers, and forking is safe here (POSIX, and no
    other thread that a child could inherit holding a lock)."""
    return (
        len(articles) > 1
        and _cores() > 1
        and sum(map(len, sentences)) >= PARALLEL_FROM
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def _cores() -> int:
    """Return how many cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# The signals that stop factdiff; the main process alone handles them.
_STOPPING = frozenset({signal.SIGINT, signal.SIGTERM})


@contextmanager
def _holding(signals: frozenset[signal.Signals]) -> Iterator[Callable[[], None]]:
    """Hold ``signals`` back until the function yielded is called, or the block ends.

    Ctrl-C or SIGTERM while worker processes start would leave the pool half built, and a
    worker not yet ignoring it would print a traceback; held, they arrive once the
    workers run (which inherit them held, then ignore them).
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, signals)

    def release() -> None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)

    try:
        yield release
    finally:
        release()


def _leave_signals() -> None:
    """Let a worker ignore Ctrl-C and SIGTERM: the main process handles them, and a worker
    stopped mid-task would print its own traceback."""
    for stopping in _STOPPING:
        signal.signal(stopping, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)


def statements_of(
    article: Article, sentences: Sequence[Sentence] | None = None
) -> tuple[Statement, ...]:
    """Return each sentence of ``article`` (split here unless given) as a statement with
    its details and citations.

    Relative dates are resolved against the article's date when it is known.
    """
    reference = dt.date.fromisoformat(article.date) if article.date else None
    return tuple(
        Statement(
            source=s.source,
            index=s.index,
            start=s.start,
            end=s.end,
            text=s.text,
            details=extract_details(s.text, offset=s.start, reference=reference),
            citations=citations(s.text),
        )
        for s in (split_sentences(article) if sentences is None else sentences)
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
