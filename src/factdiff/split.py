"""Split an article's paragraphs into sentences, keeping character offsets.

split_sentences(article)   -> tuple of Sentence, in reading order
sentence_spans(text, ...)  -> (start, end) of each sentence in a stretch of text
citations(text)            -> the footnote labels a sentence cites ("[1]" -> "1")

One left-to-right pass over the text with a fixed look-behind, so time is linear in
the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .models import Article, Sentence
from .text.lexicon import words

# A candidate sentence end: terminal punctuation, closing quotes or brackets, footnote
# markers (".[1]" ends the sentence after the marker), then white space ("closed"). A run
# of marks is taken whole even when no white space follows it ("......x"): tried again
# from each mark inside the run, the scan would reread the rest of the run every time.
_BOUNDARY = re.compile(
    r"[.!?…]++(?P<closed>[\"'”’»)\]]*(?:\[\d{1,3}\])*(?=\s))?|[。！？]+[」』”’）)]*"
)
# Chinese and Japanese full stops end a sentence with no space after them.
_FULL_WIDTH_STOPS = "。！？"
_NEXT_START = re.compile(r"\s+([\"'“‘«(\[]?)(\w)")
_WORD_BEFORE = re.compile(r"(\S{1,30})$")
# The look-behind reads no further back than the word pattern can reach (30 characters and
# the line break "$" may stand before); searched from the start of the text, it would
# rescan the whole article at every full stop.
_WORD_REACH = 31
_NON_SPACE = re.compile(r"\S")
_HAS_WORD = re.compile(r"[^\W_]")
# A footnote marker in the text: "[1]".
CITATION = re.compile(r"\[(\d{1,3})\]")

# Abbreviations after which a period ends no sentence: before a name ("Dr. Smith") or
# before a number ("Dec. 19", "No. 5").
ABBREVIATIONS_BEFORE_NAMES = words("abbreviations-before-names")
ABBREVIATIONS_BEFORE_NUMBERS = words("abbreviations-before-numbers")


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Return the sentences of every paragraph of ``article``, numbered in reading order."""
    sentences = []
    for paragraph in article.paragraphs:
        for start, end in sentence_spans(article.text, paragraph.start, paragraph.end):
            if not _HAS_WORD.search(article.text, start, end):
                continue  # "* * *" or "---" between sections states nothing
            sentences.append(
                Sentence(article.id, len(sentences), start, end, article.text[start:end])
            )
    return tuple(sentences)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield the span of each sentence in ``text[start:end]``, stripped of white space.

    >>> t = 'Dr. Smith met U.S. envoys on Dec. 19. "It went well," he said. Talks go on.[2] Next.'
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Dr. Smith met U.S. envoys on Dec. 19.', '"It went well," he said.', 'Talks go on.[2]', 'Next.']
    >>> t = "普京周一抵达明斯克。他会见了卢卡申科！ Talks went on."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['普京周一抵达明斯克。', '他会见了卢卡申科！', 'Talks went on.']
    """
    end = len(text) if end is None else end
    sentence_start = start
    for boundary in _BOUNDARY.finditer(text, start, end):
        if _ends_sentence(text, boundary, end):
            yield from _stripped(text, sentence_start, boundary.end())
            sentence_start = boundary.end()
    yield from _stripped(text, sentence_start, end)


def citations(text: str) -> tuple[str, ...]:
    """Return the footnote labels cited in ``text``.

    >>> citations("Analysts agree.[1] Others do not.[12]")
    ('1', '12')
    """
    return tuple(CITATION.findall(text))


def _ends_sentence(text: str, boundary: re.Match[str], end: int) -> bool:
    """Tell whether the punctuation at ``boundary`` ends a sentence."""
    if boundary[0][0] in _FULL_WIDTH_STOPS:
        # Searched, not sliced: a copy of the rest of the paragraph at every stop is quadratic.
        return _NON_SPACE.search(text, boundary.end(), end) is not None
    if boundary["closed"] is None:
        return False
    following = _NEXT_START.match(text, boundary.end(), end)
    if following is None:
        return False
    next_char = following[2]
    if next_char.islower():
        return False
    if not boundary[0].startswith("."):
        return True
    word = _WORD_BEFORE.search(text, max(0, boundary.start() - _WORD_REACH), boundary.start())
    if word is None:
        return True
    token = word[1].lstrip("\"'“‘«([").casefold()
    if token in ABBREVIATIONS_BEFORE_NAMES:
        return False
    if token in ABBREVIATIONS_BEFORE_NUMBERS:
        return not next_char.isdigit()
    # Initials and initialisms: "J. Smith", "U.S. envoys", "i.e. the".
    return not re.fullmatch(r"(?:\w\.)*\w", token)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) trimmed of white space, unless nothing but white space is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end
