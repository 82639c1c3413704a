"""The appendix: each article's whole text, nothing dropped, sentences marked by finding."""

from factdiff.render.appendix import appendix, sentence_anchor


def test_every_line_of_every_article_is_printed(comparison):
    labels = {s.id: chr(65 + k) for k, s in enumerate(comparison.sources)}
    for source, shown in zip(comparison.sources, appendix(comparison, labels), strict=True):
        article = source.article
        paragraphs = [b for b in shown.blocks if b.kind == "paragraph"]
        assert ["".join(run.text for run in block.runs) for block in paragraphs] == [
            article.text[p.start : p.end] for p in article.paragraphs
        ]
        set_aside = [(b.runs[0].text, b.note) for b in shown.blocks if b.kind == "set-aside"]
        assert set_aside == [(s.text, s.reason) for s in article.set_aside]
        references = [b.runs[0].text for b in shown.blocks if b.kind == "reference"]
        assert references == [r.text for r in article.references]


def test_sentences_carry_their_anchor_and_finding(comparison):
    labels = {s.id: chr(65 + k) for k, s in enumerate(comparison.sources)}
    runs = {
        run.anchor: run
        for shown in appendix(comparison, labels)
        for block in shown.blocks
        for run in block.runs
        if run.anchor
    }
    assert len(runs) == sum(len(s.statements) for s in comparison.sources)
    for finding in comparison.findings:
        for statement in finding.statements:
            run = runs[sentence_anchor(labels[statement.source], statement.index)]
            assert run.finding and run.verdict in ("agreement", "discrepancy")
    for statement in comparison.unique:
        if statement.sentence is None:
            assert runs[sentence_anchor(labels[statement.source], statement.index)].finding == ""
