"""The details a sentence's quotes and cues make, and which cue gives each quote its speaker.

find_quotes(text, taken=, analysis=)       -> QUOTE details: the quoted words, speaker,
                                              verb, audience and the speaker's role
find_attributions(text, taken=, analysis=) -> ATTRIBUTION details: a detail per cue, from
                                              source to cue
find_speech(text, taken=, analysis=)       -> both, reading the sentence once

With ``analysis``, the sentence read once for every extractor (``extract.analysis``),
the tokens and names are taken from it rather than read again.

A quote's speaker is the source of the cue right after it ("“…,” he told") or right
before it ("Moshes said: “…”"); else of the nearest cue before it in the sentence, else
after it. A cue of a verb that reports words only next to a quote ("called it “…”")
makes an attribution only when it gives a quote its speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ...models import Detail, Kind
from .cues import Cue, read_cues
from .quotes import quoted_words
from .sentence import Analysed, Sentence
from .words import ARTICLES, HEAD_GAP_RE, TAIL_GAP_RE


def _reach(sentence: Sentence, cue: Cue) -> tuple[int, int]:
    """Return the character span of a cue with its source, titles and audience."""
    toks = sentence.toks
    first = min(cue.first, cue.source.reach if cue.source.reach >= 0 else cue.source.first)
    last = max(cue.last, cue.source.last, cue.audience.last if cue.audience else -1)
    return toks[first].start, toks[last].end


def _speakers(sentence: Sentence, cues: list[Cue]) -> list[Cue | None]:
    """Return for each quote of the sentence the cue that gives its speaker, or None."""
    reaches = [_reach(sentence, cue) for cue in cues]
    by_start = sorted(range(len(cues)), key=lambda i: reaches[i][0])
    starts = [reaches[i][0] for i in by_start]
    by_end = sorted(range(len(cues)), key=lambda i: reaches[i][1])
    ends = [reaches[i][1] for i in by_end]
    text = sentence.text
    found: list[Cue | None] = []
    for start, end in sentence.quotes:
        after = bisect.bisect_left(starts, end)
        before = bisect.bisect_right(ends, start) - 1
        following = by_start[after] if after < len(by_start) else None
        preceding = by_end[before] if before >= 0 else None
        if following is not None and TAIL_GAP_RE.fullmatch(text[end : reaches[following][0]]):
            found.append(cues[following])
        elif (
            preceding is not None and HEAD_GAP_RE.fullmatch(text[reaches[preceding][1] : start])
        ) or (preceding is not None and not cues[preceding].quote_only):
            found.append(cues[preceding])
        elif preceding is not None and _follows_in_clause(text, reaches[preceding][1], start):
            found.append(cues[preceding])  # "described the defeat as “unacceptable”"
        elif following is not None and not cues[following].quote_only:
            found.append(cues[following])
        else:
            found.append(None)
    return found


def _follows_in_clause(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` holds no clause break (a quote-only verb's object)."""
    gap = text[start:end]
    return len(gap) <= 80 and not any(mark in gap for mark in ".;!?")


def _read(
    text: str, taken: Sequence[tuple[int, int]], analysis: Analysed | None
) -> tuple[Sentence, list[Cue], list]:
    """Return the sentence read, its cues and each quote's speaking cue."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    sentence = Sentence(text, taken, analysis)
    cues = read_cues(sentence)
    speakers = _speakers(sentence, cues)
    used = {id(cue) for cue in speakers if cue is not None}
    cues = [cue for cue in cues if not cue.quote_only or id(cue) in used]
    return sentence, cues, speakers


def find_quotes(
    text: str,
    *,
    taken: Sequence[tuple[int, int]] = (),
    analysis: Analysed | None = None,
) -> list[Detail]:
    """Return the quotes of a sentence with their words, speaker, verb and audience.

    >>> [(d.text, d.value, d.speaker, d.qualifier, d.audience)
    ...  for d in find_quotes('"It is high," Moshes told reporters.')]
    [('"It is high,"', 'It is high', 'Moshes', 'tell', 'reporters')]
    """
    sentence, _, speakers = _read(text, taken, analysis)
    return _quote_details(sentence, speakers)


def _quote_details(sentence: Sentence, speakers: list) -> list[Detail]:
    """Return the QUOTE details of a sentence read, given each quote's speaking cue."""
    text = sentence.text
    details = []
    for (start, end), cue in zip(sentence.quotes, speakers, strict=True):
        words = quoted_words(text, start, end)
        if not words:
            continue
        details.append(
            Detail(
                Kind.QUOTE,
                text[start:end],
                start,
                end,
                words,
                qualifier=cue.lemma if cue else None,
                about=cue.source.role if cue else None,
                speaker=cue.source.value if cue else None,
                audience=cue.audience.value if cue and cue.audience else None,
            )
        )
    return details


def find_attributions(
    text: str,
    *,
    taken: Sequence[tuple[int, int]] = (),
    analysis: Analysed | None = None,
) -> list[Detail]:
    """Return who each claim of a sentence comes from: a detail per cue, from source to cue.

    >>> [(d.text, d.value, d.qualifier)
    ...  for d in find_attributions("Troops crossed, according to the ISW.")]
    [('according to the ISW', 'ISW', 'according to')]
    """
    sentence, cues, _ = _read(text, taken, analysis)
    return _attribution_details(sentence, cues)


def find_speech(
    text: str,
    *,
    taken: Sequence[tuple[int, int]] = (),
    analysis: Analysed | None = None,
) -> list[Detail]:
    """Return what ``find_quotes`` and ``find_attributions`` return, reading the sentence once."""
    sentence, cues, speakers = _read(text, taken, analysis)
    return _quote_details(sentence, speakers) + _attribution_details(sentence, cues)


def _attribution_details(sentence: Sentence, cues: list[Cue]) -> list[Detail]:
    """Return the ATTRIBUTION details of a sentence read, given its cues."""
    text, toks = sentence.text, sentence.toks
    details = []
    for cue in cues:
        source = cue.source
        wide = (source.role or source.through) and source.reach >= 0
        first = min(cue.first, source.reach if wide else source.first)
        if first == source.first and first > 0 and toks[first - 1].low in ARTICLES:
            first -= 1  # "the ISW said"
        start, end = toks[first].start, toks[max(cue.last, cue.source.last)].end
        details.append(
            Detail(
                Kind.ATTRIBUTION,
                text[start:end],
                start,
                end,
                cue.source.value,
                qualifier=cue.lemma,
                about=cue.source.role,
                audience=cue.audience.value if cue.audience else None,
            )
        )
    return details
