"""The built real-news corpus, for the tests that read it.

The articles are rebuilt from public snapshots (see ``bench/corpus.py``). Where none can
be found the tests that need them are skipped with the reason, except in CI (``CI`` set),
where a missing corpus fails: the gate must have run for a change to land.
"""

import os

import pytest

from bench import corpus


@pytest.fixture(scope="session")
def built_corpus():
    """Return the folder of the built corpus, building it where needed."""
    try:
        return corpus.build()
    except corpus.CorpusError as error:
        if os.environ.get("CI"):
            pytest.fail(f"the real-news corpus cannot be built in CI: {error}")
        pytest.skip(f"real-news corpus not built: {error}")
