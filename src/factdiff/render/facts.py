"""List every detail read from one article, for a user who wants to see what was read.

facts_text(source)   -> plain text: each sentence, then one line per detail
facts_json(source)   -> the same as JSON data (``factdiff-facts/1``)

A detail line gives its span (offsets into the article as read), kind, the words as
written, the normalised value, and whatever else was read with it: unit, qualifier,
what it is about, speaker and audience.
"""

from __future__ import annotations

import json

from factdiff.models import Detail, Source
from factdiff.render.display import format_value, shorten
from factdiff.render.json_report import mention

FACTS_FORMAT = "factdiff-facts/1"
_SENTENCE_WIDTH = 96
_EXTRAS = ("unit", "qualifier", "about", "speaker", "audience")


def facts_text(source: Source) -> str:
    """Return every sentence of ``source`` and the details read from it, as plain text."""
    article = source.article
    count = sum(len(s.details) for s in source.statements)
    if article.date:
        dated = f"dated {article.date} ({article.date_origin}): relative dates resolved"
    else:
        dated = "no date known: relative dates are not resolved (give --date YYYY-MM-DD)"
    lines = [
        f"{article.path}: “{article.title}”",
        f"{len(source.statements)} sentences, {count} details; {dated}",
    ]
    for statement in source.statements:
        lines.append("")
        lines.append(
            f"S{statement.index + 1} [{statement.start}:{statement.end}] "
            f"{shorten(statement.text, _SENTENCE_WIDTH)}"
        )
        lines.extend(f"  {_detail_line(d)}" for d in statement.details)
    return "\n".join(lines) + "\n"


def facts_json(source: Source) -> str:
    """Return every sentence of ``source`` and the details read from it, as JSON."""
    article = source.article
    data = {
        "format": FACTS_FORMAT,
        "source": {"id": article.id, "path": article.path, "title": article.title},
        "date": article.date,
        "date_origin": article.date_origin,
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "details": [{"kind": d.kind.value, **mention(s.source, d)} for d in s.details],
            }
            for s in source.statements
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _detail_line(detail: Detail) -> str:
    span = f"{detail.start}:{detail.end}"
    extras = "; ".join(
        f"{name} {getattr(detail, name)}" for name in _EXTRAS if getattr(detail, name)
    )
    line = f"{span:<11} {detail.kind.value:<12} “{detail.text}” = {format_value(detail)}"
    return f"{line}  ({extras})" if extras else line
