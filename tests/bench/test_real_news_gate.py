"""The real-news benchmark: its size and provenance, its labels, and factdiff's floors on it."""

import json
from collections import Counter

import pytest

from bench import corpus, labels
from bench.run import FLOORS, check_floors, labelled_fingerprint, run


def test_the_benchmark_has_the_promised_size_and_sources():
    manifest = corpus.load_manifest()
    pairs = labels.pairs()
    assert len(manifest["events"]) >= 40
    assert len(pairs) >= 120
    assert len(manifest["corpora"]) >= 3
    for name, info in manifest["corpora"].items():
        assert info["repository"] and len(info["commit"]) == 40, name
    for article in corpus.articles():
        assert article.path and len(article.sha256) == 64, article.id
    splits = Counter(info["split"] for info in manifest["events"].values())
    assert 0.2 <= splits["held-out"] / len(manifest["events"]) <= 0.4


def test_reserved_material_is_never_used():
    triplets = {a.path.rsplit("/", 1)[-1][:36] for a in corpus.articles() if a.corpus == "basil"}
    assert not triplets & corpus.RESERVED_BASIL
    assert not any("/test/" in a.path for a in corpus.articles())


@pytest.mark.usefixtures("built_corpus")
def test_every_pair_is_labelled_and_a_fifth_twice():
    pairs = {p.id for p in labels.pairs()}
    first = labels.reader(labels.FIRST)
    second = labels.reader(labels.SECOND)
    assert set(first) == pairs
    assert set(second) <= pairs
    assert len(second) >= 0.2 * len(pairs)
    assert set(labels.reader(labels.THIRD)) <= pairs


def test_the_corpus_rebuilds_to_the_labelled_text(built_corpus):
    for article in corpus.articles():
        text = (built_corpus / f"{article.id}.txt").read_text()
        assert corpus.fingerprint(text) == article.sha256
        assert not corpus.is_reserved_topic(text)


@pytest.mark.usefixtures("built_corpus")
def test_the_labels_follow_the_guide():
    # reader() checks every sentence number and that the differing words are in them.
    for name in (labels.FIRST, labels.SECOND, labels.THIRD):
        for facts in labels.reader(name).values():
            for fact in facts:
                assert fact.verdict in labels.VERDICTS


def test_the_floors_belong_to_these_labels():
    assert json.loads(FLOORS.read_text())["fingerprint"] == labelled_fingerprint()


@pytest.mark.usefixtures("built_corpus")
def test_factdiff_holds_its_floors_on_the_development_part():
    results = run(systems=["factdiff"], splits=["dev"])
    assert {r.corpus for r in results} == {*corpus.SNAPSHOTS, "all"}
    assert check_floors(results) == []
