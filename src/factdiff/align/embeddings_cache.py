"""Sentence embeddings kept on disk, so that comparing the same articles again encodes nothing.

cached_embeddings(key, texts, encode) -> each text's embedding: stored ones read, the rest
                                         encoded in one batch and stored
cache_folder()                        -> $FACTDIFF_CACHE_DIR, else $XDG_CACHE_HOME/factdiff,
                                         else ~/.cache/factdiff
CACHE_FILE                            -> the file in that folder

Encoding is most of the time of comparing with the sentence encoder, and a reviewer
compares the same articles again and again. The file is an SQLite database: one row per
encoder key (name and version) and text (its SHA-256), holding the float32 embedding.
Writers take turns (write-ahead log, one transaction per batch), so runs side by side
share it safely.

A cache is an aid, never a condition: when the file cannot be opened, read or written
(read-only home, corrupt file, full disk) the texts are encoded as if it were absent, and
one line on standard error says so, once per process, naming the file, so that a run
slowed down every time by a broken cache can be told from a slow machine.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TypeVar

import numpy as np

_Result = TypeVar("_Result")

CACHE_FILE = "embeddings.sqlite3"
# How long a run waits for another to finish writing before it gives the cache up.
_WAIT_SECONDS = 30
# Digests looked up per query: SQLite allows 999 parameters in older builds.
_BATCH = 500
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    encoder TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (encoder, text_sha256)
) WITHOUT ROWID
"""

# The cache files that failed in this process, not tried again; and whether it was said.
_failed: set[Path] = set()
_warned = False


def cache_folder() -> Path:
    """Return the folder of the embeddings cache: $FACTDIFF_CACHE_DIR, else the XDG cache
    folder's ``factdiff`` (``$XDG_CACHE_HOME``, by default ``~/.cache``)."""
    if os.environ.get("FACTDIFF_CACHE_DIR"):
        return Path(os.environ["FACTDIFF_CACHE_DIR"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    # The XDG specification ignores a relative path.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "factdiff"


def cached_embeddings(
    key: str, texts: Sequence[str], encode: Callable[[list[str]], np.ndarray]
) -> list[np.ndarray]:
    """Return the float32 embedding of each text: read from the cache where ``key``'s
    encoder stored it, else from ``encode`` (the missing texts in one batch), then stored."""
    path = cache_folder() / CACHE_FILE
    found: dict[str, np.ndarray] = {}
    with _database(path) as database:
        if database is not None:
            found = _guarded(path, lambda: _read(database, key, texts), {})
        missing = [t for t in texts if t not in found]
        if missing:
            vectors = np.asarray(encode(missing), dtype=np.float32)
            # Stored rows of another length than the encoder gives cannot be its own.
            unlike = [t for t, v in found.items() if v.size != vectors.shape[1]]
            if unlike:
                vectors = np.concatenate([vectors, np.asarray(encode(unlike), np.float32)])
                missing += unlike
            if database is not None and path not in _failed:
                _guarded(path, lambda: _write(database, key, missing, vectors), None)
            found.update(zip(missing, vectors, strict=True))
    return [found[t] for t in texts]


@contextmanager
def _database(path: Path) -> Iterator[sqlite3.Connection | None]:
    """Open the cache at ``path`` for one batch, or yield None when it is not usable.

    The connection lives for one batch only: none is left open when compare forks its
    workers, whose exit could otherwise release this process's locks on the file.
    """
    if path in _failed:
        yield None
        return
    database = _guarded(path, lambda: _opened(path), None)
    if database is None:
        yield None
        return
    with closing(database):
        yield database


def _opened(path: Path) -> sqlite3.Connection:
    """Return a connection to the cache at ``path``, creating the folder and table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    database = sqlite3.connect(path, timeout=_WAIT_SECONDS, isolation_level=None)
    try:
        # Readers go on while one run writes; a crash mid-write leaves the last batch out.
        database.execute("PRAGMA journal_mode=WAL")
        database.execute(_SCHEMA)
    except BaseException:
        database.close()
        raise
    return database


def _read(database: sqlite3.Connection, key: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Return the stored embedding of each text stored under ``key``, by text.

    A row that cannot be an embedding (empty, a torn float, not finite, or of another
    length than the others) is left out, so that its text is encoded anew.
    """
    by_digest = {_digest(t): t for t in texts}
    digests = list(by_digest)
    rows: list[tuple[bytes, bytes]] = []
    for start in range(0, len(digests), _BATCH):
        batch = digests[start : start + _BATCH]
        marks = ",".join("?" * len(batch))
        rows += database.execute(
            f"SELECT text_sha256, vector FROM embeddings WHERE encoder = ? AND text_sha256 IN ({marks})",
            (key, *batch),
        ).fetchall()
    found = {}
    for digest, blob in rows:
        if digest in by_digest and blob and len(blob) % 4 == 0:
            vector = np.frombuffer(blob, dtype=np.float32)
            if np.isfinite(vector).all():
                found[by_digest[digest]] = vector
    sizes = {v.size for v in found.values()}
    return found if len(sizes) <= 1 else {}


def _write(
    database: sqlite3.Connection, key: str, texts: Sequence[str], vectors: np.ndarray
) -> None:
    """Store each text's embedding under ``key``, all in one transaction."""
    rows = [(key, _digest(t), v.tobytes()) for t, v in zip(texts, vectors, strict=True)]
    database.execute("BEGIN IMMEDIATE")
    try:
        # Replacing: a row _read left out is overwritten with a sound one.
        database.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)
        database.execute("COMMIT")
    except BaseException:
        if database.in_transaction:  # SQLite ends it itself on some errors (disk full)
            database.execute("ROLLBACK")
        raise


def _digest(text: str) -> bytes:
    """Return the SHA-256 of ``text``, which any string has (lone surrogates too)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _guarded(path: Path, work: Callable[[], _Result], otherwise: _Result) -> _Result:
    """Return what ``work`` returns, or ``otherwise`` when the cache at ``path`` fails:
    then it is not used again in this process, and the first failure is told."""
    global _warned
    try:
        return work()
    except (sqlite3.Error, OSError) as error:
        _failed.add(path)
        if not _warned:
            _warned = True
            print(
                f"factdiff: warning: embeddings cache {path} not used ({error}); "
                "sentences are encoded anew",
                file=sys.stderr,
            )
        return otherwise
