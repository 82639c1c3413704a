"""The view model: a ``Comparison`` turned into display-only rows the templates loop over.

    build_view(comparison, generated=...) -> ReportView    everything a template shows
    tally(comparison) -> "1 discrepancy, 1 agreement, …"    what was found, counted
    method(encoder) -> "Statements were compared by …"      how statements were compared
    generator() -> "factdiff 0.1.0"                         who wrote the report

records.py     the display-only records (ReportView, FindingView, Segment, ...)
display.py     a detail's value and the words around it (format_value, shorten, ...)
highlight.py   which words of a statement to mark, as data
review_view.py what a reviewer said: the first page's summary, each finding's mark
templating.py  the shared Jinja2 setup (environment, render_template, markdown_escape)

Templates only loop and branch: every string they show is computed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import PurePath

from factdiff._version import __version__
from factdiff.models import (
    FIGURE_KINDS,
    Comparison,
    Detail,
    DetailComparison,
    Finding,
    Kind,
    Review,
    Source,
    Statement,
    Status,
)
from factdiff.render.alignment_map import alignment_map
from factdiff.render.appendix import appendix, sentence_anchor
from factdiff.render.display import (
    VERDICT_STYLES,
    explain,
    format_value,
    percent,
    short_title,
    shorten,
    source_label,
)
from factdiff.render.highlight import counterpart, differing_details, highlight
from factdiff.render.records import (
    Column,
    Count,
    DetailView,
    DiscrepancyLine,
    FindingView,
    ReferenceGroup,
    ReferenceView,
    ReportView,
    Segment,
    SourceView,
    StatementView,
    UniqueGroup,
)
from factdiff.render.review_view import finding_review, review_summary, statement_comment
from factdiff.render.topics import PLAIN_TOPICS, topic
from factdiff.text.morphology import plural as plural_noun
from factdiff.values import format_date

__all__ = ["STATUS_LABELS", "TOP_DISCREPANCIES", "build_view", "generator", "method", "tally"]

STATUS_LABELS = {
    Status.SAME: ("=", "same"),
    Status.COMPATIBLE: ("≈", "compatible"),
    Status.DIFFERENT: ("≠", "different"),
    Status.ONE_SIDED: ("◐", "one-sided"),
}
# How many disagreements the first page lists, likeliest first; the rest follow on page 2.
TOP_DISCREPANCIES = 6
# The most characters of an outlet's words a first-page line quotes.
QUOTED_WORDS = 60
# How many possible discrepancies it names under them: what to check first.
TOP_POSSIBLE = 3


def generator() -> str:
    """Return the generator string, e.g. ``"factdiff 0.1.0"``."""
    return f"factdiff {__version__}"


# --- building the view ----------------------------------------------------------------


def _source_view(index: int, source: Source, unique: int) -> SourceView:
    """Return the display record of one source."""
    article = source.article
    title = " ".join(article.title.split()) or PurePath(article.path).name
    return SourceView(
        label=source_label(index),
        id=article.id,
        title=title,
        path=article.path,
        name=PurePath(article.path).name,
        outlet=article.outlet or "",
        date=format_date(article.date) if article.date else "",
        short=article.outlet or short_title(title),
        sentences=len(source.statements),
        words=source.words,
        unique=unique,
        numbers=f"{_count(len(source.statements), 'sentence')} · {_count(source.words, 'word')}",
    )


def _distinct_short_names(sources: tuple[SourceView, ...]) -> tuple[SourceView, ...]:
    """Return the sources with the label added to any short name two of them share."""
    taken = Counter(s.short for s in sources)
    return tuple(
        replace(s, short=f"{s.short} {s.label}") if taken[s.short] > 1 else s for s in sources
    )


def _detail_line(comparison: DetailComparison, finding: Finding, names: dict[str, str]) -> str:
    """Return one line such as ``Time since Putin's last visit: “three years” (The Week) vs
    “three and a half years” (…)``.

    Where the sources differ the line quotes each outlet's own words (the detail table
    beside them gives the values read); where they agree, the value they share. Sources
    that give the same share it: "3.5 years (A, C) ≈ 3 1/2 years (B)".
    """
    differ = comparison.status is Status.DIFFERENT

    def shown(detail: Detail) -> str:
        return f"“{shorten(detail.text, QUOTED_WORDS)}”" if differ else format_value(detail)

    by_value: dict[str, list[str]] = {}
    for source in names:
        values = list(
            dict.fromkeys(shown(m.detail) for m in comparison.mentions if m.source == source)
        )
        if values and not differ:
            # Where the sources agree, one value per source: the one another source gives.
            values = [next((v for v in values if v in by_value), values[0])]
        for value in values:
            by_value.setdefault(value, []).append(names[source])
    parts = (f"{value} ({', '.join(sources)})" for value, sources in by_value.items())
    joiner = {Status.COMPATIBLE: " ≈ ", Status.SAME: " = "}.get(comparison.status, " vs ")
    return f"{topic(comparison, finding)}: {joiner.join(parts)}"


def _shown(comparison: DetailComparison) -> bool:
    """Return whether a compared detail earns a row: a modal only one source uses does not."""
    return not (comparison.kind is Kind.MODALITY and comparison.status is Status.ONE_SIDED)


def _detail_view(comparison: DetailComparison, columns: Sequence[SourceView]) -> DetailView:
    """Return one compared detail with a display value per column."""
    symbol, label = STATUS_LABELS[comparison.status]
    values = tuple(
        "; ".join(
            dict.fromkeys(
                format_value(m.detail) for m in comparison.mentions if m.source == column.id
            )
        )
        or "—"
        for column in columns
    )
    return DetailView(
        kind=comparison.kind.value,
        status=comparison.status.value,
        symbol=symbol,
        status_label=label,
        values=values,
        note=comparison.note,
    )


def _finding_view(
    finding: Finding,
    sources: Sequence[SourceView],
    names: dict[str, str],
    review: Review | None = None,
) -> FindingView:
    """Return one finding with its statements highlighted, one column per source."""
    style = VERDICT_STYLES[finding.verdict]
    columns = tuple(
        Column(
            source=source,
            statements=tuple(
                StatementView(
                    label=source.label,
                    source=source.id,
                    text=statement.text,
                    segments=highlight(
                        statement,
                        counterpart(finding, statement),
                        differing_details(finding, statement),
                    ),
                    **_context(statement),
                    anchor=sentence_anchor(source.label, statement.index),
                )
                for statement in finding.statements
                if statement.source == source.id
            ),
        )
        for source in sources
    )
    details = tuple(_detail_view(c, sources) for c in finding.details if _shown(c))
    differences = [_detail_line(c, finding, names) for c in finding.differences if _shown(c)]
    return FindingView(
        id=finding.id,
        verdict=style.css,
        symbol=style.symbol,
        verdict_label=style.label,
        headline="; ".join(differences) or _agreed_figure(finding, names) or _first_words(finding),
        confidence=percent(finding.confidence),
        why=explain(finding),
        columns=columns,
        details=details,
        review=finding_review(finding, review),
        manual=finding.manual,
    )


def _agreed_figure(finding: Finding, names: dict[str, str]) -> str:
    """Return the headline of an agreement over a figure: its first figure the sources share,
    such as ``Date of Putin's visit: 2022-12-19 (A) ≈ Monday (B)``, or "" if it has none."""
    for comparison in finding.details:
        if (
            # A shared figure names what an agreement is about ("Date of Putin's visit").
            comparison.kind in FIGURE_KINDS
            and comparison.status in (Status.SAME, Status.COMPATIBLE)
            # "Day: Monday" says too little of the fact; the statement's words say more.
            and topic(comparison, finding) not in PLAIN_TOPICS
        ):
            return _detail_line(comparison, finding, names)
    return ""


def _first_words(finding: Finding) -> str:
    """Return a short stand-in headline: the first statement, shortened."""
    return shorten(finding.statements[0].text, 72) if finding.statements else finding.id


def _discrepancy_lines(
    finding: Finding, names: dict[str, str], review: Review | None = None
) -> list[DiscrepancyLine]:
    """Return the first-page lines of one discrepancy: one per differing detail."""
    confidence = percent(finding.confidence)
    reviewed = finding_review(finding, review)
    mark = reviewed.mark if reviewed and reviewed.verdict else ""
    lines = [
        DiscrepancyLine(_detail_line(d, finding, names), d.note, confidence, finding.id, mark)
        for d in finding.differences
        if _shown(d)
    ]
    return lines or [DiscrepancyLine(_first_words(finding), "", confidence, finding.id, mark)]


def _verdict(comparison: Comparison) -> str:
    """Return what the comparison found, as one sentence a reader can repeat.

    Only discrepancies make the sources disagree: possible ones are named as to check.

    >>> from factdiff.models import Comparison
    >>> _verdict(Comparison((), (), ()))
    'The sources share no fact factdiff could find: every statement is in one source only.'
    """
    disagree, agree = len(comparison.discrepancies), len(comparison.agreements)
    possible = len(comparison.possible_discrepancies)
    alone = f"{_count(len(comparison.unique), 'statement')} appear in one source only"
    if possible:
        alone = f"{_count(possible, 'possible discrepancy')} to check; {alone}"
    if not disagree and not agree and not possible:
        return (
            "The sources share no fact factdiff could find: every statement is in one source only."
        )
    if not disagree:
        where = f"agree on {_count(agree, 'fact')} and " if agree else ""
        sure = " factdiff is sure of" if possible else ""
        return f"The sources {where}contradict each other nowhere{sure}; {alone}."
    return f"The sources disagree on {_count(disagree, 'fact')} and agree on {_count(agree, 'fact')}; {alone}."


def _possible_line(possible: int) -> str:
    """Return the first page's line under the discrepancies that counts the possible ones.

    >>> _possible_line(2), _possible_line(0)
    ('2 possible discrepancies to check, listed apart after the discrepancies', '')
    """
    if not possible:
        return ""
    return (
        f"{_count(possible, 'possible discrepancy')} to check, listed apart after the discrepancies"
    )


def tally(comparison: Comparison) -> str:
    """Return what the comparison found, counted: possible discrepancies apart, when any.

    >>> from factdiff.models import Comparison
    >>> tally(Comparison((), (), ()))
    '0 discrepancies, 0 agreements, 0 statements in one source only'
    """
    possible = len(comparison.possible_discrepancies)
    return ", ".join(
        (
            _count(len(comparison.discrepancies), "discrepancy"),
            *([f"{_count(possible, 'possible discrepancy')} to check"] if possible else []),
            _count(len(comparison.agreements), "agreement"),
            f"{_count(len(comparison.unique), 'statement')} in one source only",
        )
    )


def method(encoder: str) -> str:
    """Return how statements were compared: with a sentence encoder, or by their words only.

    >>> method("")
    'Statements were compared by their words only, not by meaning: no sentence encoder ran.'
    """
    if encoder:
        return f"Statements were compared by their words and also by meaning, with the sentence encoder {encoder}."
    return "Statements were compared by their words only, not by meaning: no sentence encoder ran."


def _plain(statement: Statement, label: str, comment: str = "") -> StatementView:
    """Return a statement in one source only, without highlighting, with its id (and a
    reviewer's comment on it, if any)."""
    return StatementView(
        comment=comment,
        label=label,
        source=statement.source,
        text=statement.text,
        segments=(Segment(statement.text),) if statement.text else (),
        **_context(statement),
        anchor=sentence_anchor(label, statement.index),
        id=statement.id,
    )


def _context(clause: Statement) -> dict[str, str]:
    """Return the words of the clause's sentence before and after it (none for a sentence).

    >>> from factdiff.models import Statement
    >>> whole = Statement("a", 0, 0, 26, "Putin flew, amid protests.")
    >>> _context(Statement("a", 0, 12, 26, "amid protests.", sentence=whole))
    {'before': 'Putin flew,', 'after': ''}
    """
    sentence = clause.context
    if sentence is clause:
        return {}
    return {
        "before": sentence.text[: clause.start - sentence.start].strip(),
        "after": sentence.text[clause.end - sentence.start :].strip(),
    }


def _format_generated(generated: datetime) -> str:
    """Return the generated time as ``2024-05-01 12:00 UTC``."""
    zone = generated.tzname()
    return f"{generated:%Y-%m-%d %H:%M}" + (f" {zone}" if zone else "")


def build_view(comparison: Comparison, *, generated: datetime | None = None) -> ReportView:
    """Return the display model of ``comparison``."""
    generated = generated or datetime.now(UTC)
    sources = _source_views(comparison)
    labels = {s.id: s.label for s in sources}
    names = {s.id: s.short for s in sources}
    titles = [s.title for s in sources]
    review = comparison.review

    def shown(findings: Sequence[Finding]) -> tuple[FindingView, ...]:
        return tuple(_finding_view(f, sources, names, review) for f in findings)

    likeliest = sorted(comparison.discrepancies, key=lambda f: -f.confidence)
    lines = [line for f in likeliest for line in _discrepancy_lines(f, names, review)]
    to_check = sorted(comparison.possible_discrepancies, key=lambda f: -f.confidence)
    possible_lines = [line for f in to_check for line in _discrepancy_lines(f, names, review)]
    return ReportView(
        title="factdiff: " + " vs ".join(titles),
        kicker=f"factdiff · fact-by-fact comparison of {_count(len(sources), 'article')}",
        subject=(
            f"Fact-by-fact comparison of {_count(len(sources), 'article')}: {tally(comparison)}"
        ),
        heading=" vs ".join(s.short for s in sources),
        running_title="factdiff: " + " vs ".join(s.short for s in sources),
        generated=_format_generated(generated),
        generator=generator(),
        sources=sources,
        counts=_counts(comparison, sources),
        alignment_map=alignment_map(comparison, labels),
        verdict=_verdict(comparison),
        discrepancy_lines=tuple(lines[:TOP_DISCREPANCIES]),
        more_discrepancies=max(0, len(lines) - TOP_DISCREPANCIES),
        possible_line=_possible_line(len(comparison.possible_discrepancies)),
        possible_lines=tuple(possible_lines[:TOP_POSSIBLE]),
        discrepancies=shown(comparison.discrepancies),
        possible=shown(comparison.possible_discrepancies),
        method=method(comparison.encoder),
        agreements=shown(comparison.agreements),
        unique=_unique_groups(comparison, sources),
        references=_reference_groups(comparison, sources),
        appendix=appendix(comparison, labels),
        review=review_summary(comparison),
        dismissed=shown(comparison.dismissed),
    )


def _source_views(comparison: Comparison) -> tuple[SourceView, ...]:
    """Return the display records of the sources, in order, their short names made distinct."""
    unique_counts = {s.id: 0 for s in comparison.sources}
    for statement in comparison.unique:
        unique_counts[statement.source] = unique_counts.get(statement.source, 0) + 1
    return _distinct_short_names(
        tuple(_source_view(i, s, unique_counts[s.id]) for i, s in enumerate(comparison.sources))
    )


def _counts(comparison: Comparison, sources: Sequence[SourceView]) -> tuple[Count, ...]:
    """Return the summary's numbers: discrepancies, the possible ones apart (when there are
    any), agreements, and each source's own."""
    discrepancies, agreements = len(comparison.discrepancies), len(comparison.agreements)
    possible = len(comparison.possible_discrepancies)
    return (
        Count(discrepancies, _noun(discrepancies, "discrepancy"), "discrepancy"),
        *(
            [Count(possible, f"possible {_noun(possible, 'discrepancy')} to check", "possible")]
            if possible
            else []
        ),
        Count(agreements, _noun(agreements, "agreement"), "agreement"),
        *(Count(s.unique, f"only in {s.label}", "unique") for s in sources),
    )


def _unique_groups(
    comparison: Comparison, sources: Sequence[SourceView]
) -> tuple[UniqueGroup, ...]:
    """Return, for each source that has any, the statements it alone makes."""
    groups = (
        UniqueGroup(
            source=s,
            statements=tuple(
                _plain(u, s.label, statement_comment(u, comparison.review))
                for u in comparison.unique
                if u.source == s.id
            ),
            caption=_count(s.unique, "statement"),
        )
        for s in sources
    )
    return tuple(group for group in groups if group.statements)


def _reference_groups(
    comparison: Comparison, sources: Sequence[SourceView]
) -> tuple[ReferenceGroup, ...]:
    """Return each source's footnotes, for the sources that have any."""
    by_id = {s.id: s for s in sources}
    return tuple(
        ReferenceGroup(
            source=by_id[source.id],
            references=tuple(
                ReferenceView(_reference_label(r.label), r.text) for r in source.article.references
            ),
        )
        for source in comparison.sources
        if source.article.references
    )


def _noun(number: int, word: str) -> str:
    """Return ``word`` as it goes with ``number``: plural (``text.morphology``) unless one.

    >>> _noun(1, "discrepancy"), _noun(2, "discrepancy")
    ('discrepancy', 'discrepancies')
    """
    return word if number == 1 else plural_noun(word)


def _count(number: int, word: str) -> str:
    """Return ``number`` with ``word``, plural unless it is one.

    >>> _count(1, "sentence"), _count(12, "word")
    ('1 sentence', '12 words')
    """
    return f"{number} {_noun(number, word)}"


def _reference_label(label: str) -> str:
    """Return a footnote label in brackets, once.

    >>> _reference_label("1"), _reference_label("[2]")
    ('[1]', '[2]')
    """
    label = label.strip()
    return label if label.startswith("[") else f"[{label}]"
