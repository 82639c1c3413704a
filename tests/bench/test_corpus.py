"""Rebuilding the corpus: where snapshots are looked for, and what happens when one is off."""

import dataclasses

import pytest

from bench import corpus


def test_a_missing_snapshot_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "snapshot_dirs", lambda: [tmp_path])
    with pytest.raises(corpus.CorpusError, match=r"fetch github:launchnlp/BASIL"):
        corpus.build(tmp_path / "out")


def test_snapshots_are_looked_for_where_the_environment_says_first(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTDIFF_SNAPSHOTS", str(tmp_path))
    assert corpus.snapshot_dirs()[0] == tmp_path


@pytest.mark.usefixtures("built_corpus")
def test_an_article_that_changed_is_refused(tmp_path, monkeypatch):
    first = corpus.articles()[0]
    changed = dataclasses.replace(first, sha256="0" * 64)
    monkeypatch.setattr(corpus, "articles", lambda: [changed])
    with pytest.raises(corpus.CorpusError, match="differs from the manifest"):
        corpus.build(tmp_path)
