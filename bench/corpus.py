"""The real-news corpus: articles by real outlets, rebuilt from public snapshots.

The articles are not kept in this repository: they are rebuilt, byte for byte, from
pinned commits of the public corpora named in ``SNAPSHOTS`` and checked against the
SHA-256 each one has in ``manifest.json``. Each article keeps the sentences its corpus
gives it (BASIL's sentence lists, ECB+'s and iSTS's tokenised sentences), with their
character offsets, so that the gold labels can name sentences by number.

``python -m bench.corpus build`` writes ``bench/corpus/``; ``select`` chose the events once
and wrote the manifest (kept for provenance: running it again gives the same choice).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
MANIFEST = BENCH / "manifest.json"
CORPUS = BENCH / "corpus"

# Each public corpus: the repository and the commit its articles are read at.
SNAPSHOTS = {
    "basil": ("launchnlp/BASIL", "4fdbc4f68d5ddae648990063cb6dd11424d96222"),
    "ecbplus": ("tommasoc80/EventStoryLine", "46edefee5e82e0917b823abe0a18bf8c7770f15c"),
    "ists": ("AdaSawilska/NLP_iSTS", "05db326b5306c0aff6419ef633e93b64d8b2184a"),
}
CORPUS_NOTES = {
    "basil": "BASIL (Fan et al., EMNLP 2019): Fox News, New York Times and HuffPost "
    "articles on one event each, 2010-2019, sentences as the corpus splits them.",
    "ecbplus": "ECB+ (Cybulska and Vossen, LREC 2014), as kept in the EventStoryLine "
    "repository: Google News articles grouped by event, tokenised; rebuilt as one sentence "
    "a paragraph (the corpus keeps no paragraphs).",
    "ists": "SemEval-2016 task 2 (interpretable STS), headlines, TRAINING files only: "
    "pairs of news headlines from different outlets.",
}

# Never opened, never used: an independent check runs on these (see the developers' guide).
RESERVED_BASIL = frozenset(
    {
        "3ae35b16-7f7f-4a5e-9f24-5ce724106a73",
        "6e502405-bc90-4416-a787-3122918aa648",
        "06ffda2d-1caf-45ba-99e2-268aac1bf0e1",
        "2f3e86b6-8443-47bd-9cd3-491c90a59fe9",
        "eb17fa36-89f2-4d0b-8133-7bb4682228e1",
        "f506aafc-8b43-427a-936e-bbd1ef33e076",
        "79bf99c6-6fca-4ce4-8ae1-8771de026142",
        "aab91277-8d56-4844-a581-45630f873f49",
    }
)
# Articles about Putin's December 2022 visit to Minsk are reserved too; none of these
# corpora is from 2022, and this check makes sure.
_PUTIN = re.compile(r"\bPutin\b")
_MINSK = re.compile(r"\bMinsk\b")


def is_reserved_topic(text: str) -> bool:
    """Return whether a text names both Putin and Minsk (reserved, never used).

    >>> is_reserved_topic("Putin flies to Minsk"), is_reserved_topic("Putin in Moscow")
    (True, False)
    """
    return bool(_PUTIN.search(text) and _MINSK.search(text))


ISTS_TRAIN = "data/Semeval2016/train/train_2015_10_22.utf-8/STSint.input.headlines.sent{}.txt"
ECB_ROOT = "ECB+_LREC2014/ECB+"

# How many events each corpus gives, and how long an article may be for a reader to label.
BASIL_EVENTS = 16
ECB_EVENTS = 14
ECB_ARTICLES = 3
ISTS_EVENTS = 40
ISTS_WITH_NUMBERS = 25
MAX_SENTENCES = 90
HELD_OUT_SHARE = 0.3
SEED = 13


class CorpusError(Exception):
    """The corpus cannot be built: a snapshot is missing or an article changed."""


@dataclass(frozen=True)
class BenchArticle:
    """One article of the corpus: where it came from and how to find its sentences."""

    id: str
    corpus: str
    event: str
    path: str
    outlet: str
    title: str
    date: str | None
    url: str | None
    sha256: str
    sentences: int


@dataclass(frozen=True)
class BuiltArticle:
    """An article's text and its sentences' ``(start, end)`` offsets into it."""

    text: str
    spans: tuple[tuple[int, int], ...]


# --- reading the snapshots -------------------------------------------------------------


def snapshot_dirs() -> list[Path]:
    """Return the folders searched for snapshots, first match wins.

    ``FACTDIFF_SNAPSHOTS`` first, then ``shared/corpora`` beside the checkout (where the
    project's steering session can place them), then the folder the search tool's
    ``fetch`` fills (``/work/.mirror``).
    """
    dirs = [Path(p) for p in os.environ.get("FACTDIFF_SNAPSHOTS", "").split(os.pathsep) if p]
    return [*dirs, BENCH.parent.parent / "shared" / "corpora", Path("/work/.mirror")]


def _git_dir(corpus: str) -> Path:
    repo, _ = SNAPSHOTS[corpus]
    name = repo.replace("/", "+")
    for base in snapshot_dirs():
        for candidate in (base / name / "repo", base / name):
            if (candidate / "HEAD").is_file() or (candidate / ".git").exists():
                return candidate
    raise CorpusError(
        f"no snapshot of {repo}: fetch github:{repo} (it lands in /work/.mirror) "
        f"or point FACTDIFF_SNAPSHOTS at a folder holding {name}/"
    )


def _git(corpus: str, *args: str) -> bytes:
    git_dir = _git_dir(corpus)
    result = subprocess.run(
        [
            "git",
            "--git-dir",
            str(git_dir / ".git" if (git_dir / ".git").exists() else git_dir),
            *args,
        ],
        capture_output=True,
        check=False,
    )
    if result.returncode:
        raise CorpusError(
            f"{SNAPSHOTS[corpus][0]}: git {' '.join(args)}: "
            f"{result.stderr.decode(errors='replace').strip()}"
        )
    return result.stdout


def _show(corpus: str, path: str) -> bytes:
    return _git(corpus, "show", f"{SNAPSHOTS[corpus][1]}:{path}")


def _list(corpus: str, under: str) -> list[str]:
    listing = _git(corpus, "ls-tree", "-r", "--name-only", SNAPSHOTS[corpus][1], under)
    return listing.decode().splitlines()


# --- turning each corpus's format into text with sentence offsets ------------------------

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "'s",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "''",
    "'",
    "’s",
    "’",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def detokenise(tokens: list[str]) -> str:
    """Join a tokenised sentence back into text as a reader would see it.

    >>> detokenise(["He", "said", "``", "no", ",", "''", "and", "left", "."])
    'He said “no,” and left.'
    >>> detokenise(["the", "33", "-", "year", "-", "old", "'s", "rep"])
    "the 33-year-old's rep"
    >>> detokenise(["about", "200", ",", "000", "at", "15", ":", "14", "."])
    'about 200,000 at 15:14.'

    """
    out: list[str] = []
    space = False
    quote_open = False
    glue_next = False
    for index, token in enumerate(tokens):
        shown = token
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token == "``":
            shown = "“"
        elif token == "''":
            shown = "”"
        elif token == '"':
            shown = "”" if quote_open else "“"
        elif token == "`":
            shown = "‘"
        opens = token in ("``", "`") or (token == '"' and not quote_open)
        closes = token in ("''",) or (token == '"' and quote_open)
        if token == '"':
            quote_open = not quote_open
        elif token == "``":
            quote_open = True
        elif token == "''":
            quote_open = False
        # "33 - year", "200 , 000", "15 : 14": the tokeniser cut one word or number.
        hyphen = (token in ("-", "/") and out and out[-1][-1:].isalnum()) or (
            token in (",", ":", ".") and out and out[-1][-1:].isdigit() and following[:1].isdigit()
        )
        if (
            out
            and space
            and not glue_next
            and token not in _NO_SPACE_BEFORE
            and not closes
            and not hyphen
        ):
            out.append(" ")
        out.append(shown)
        glue_next = opens or token in _NO_SPACE_AFTER or hyphen
        space = True
    return "".join(out)


def _join(paragraphs: list[list[str]]) -> BuiltArticle:
    """Lay out paragraphs of sentences as text: a space between sentences, a blank line
    between paragraphs; return the text with each sentence's offsets."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for p_index, paragraph in enumerate(paragraphs):
        if p_index:
            parts.append("\n\n")
            offset += 2
        for s_index, sentence in enumerate(paragraph):
            if s_index:
                parts.append(" ")
                offset += 1
            parts.append(sentence)
            spans.append((offset, offset + len(sentence)))
            offset += len(sentence)
    parts.append("\n")
    return BuiltArticle("".join(parts), tuple(spans))


def _clean(sentence: str) -> str:
    return " ".join(sentence.split())


def _basil_record(path: str) -> dict:
    return json.loads(_show("basil", path))


def _basil_paragraphs(record: dict) -> list[list[str]]:
    title = _clean(record["title"])
    body = [[_clean(s) for s in p if _clean(s)] for p in record["body-paragraphs"]]
    return [[title], *[p for p in body if p]]


def _ecb_sentences(path: str) -> tuple[str | None, list[str]]:
    root = ET.fromstring(_show("ecbplus", path))
    by_sentence: dict[int, list[str]] = {}
    for token in root.iter("token"):
        by_sentence.setdefault(int(token.get("sentence")), []).append(token.text or "")
    sentences = [detokenise(by_sentence[k]) for k in sorted(by_sentence)]
    url = None
    if sentences and re.match(r"https?\s*:", sentences[0]):
        url = re.sub(r"\s+", "", sentences.pop(0))
    return url, [s for s in sentences if s.strip()]


@functools.cache
def _ists_lines() -> list[tuple[str, str]]:
    one = _show("ists", ISTS_TRAIN.format(1)).decode().splitlines()
    two = _show("ists", ISTS_TRAIN.format(2)).decode().splitlines()
    return [(detokenise(a.split()), detokenise(b.split())) for a, b in zip(one, two, strict=True)]


def build_article(article: BenchArticle) -> BuiltArticle:
    """Return an article's text and sentence offsets, rebuilt from its snapshot."""
    if article.corpus == "basil":
        built = _join(_basil_paragraphs(_basil_record(article.path)))
    elif article.corpus == "ecbplus":
        built = _join([[s] for s in _ecb_sentences(article.path)[1]])
    else:
        line, side = article.path.rsplit("#", 1)
        built = _join([[_ists_lines()[int(line) - 1][int(side) - 1]]])
    if is_reserved_topic(built.text):
        raise CorpusError(f"{article.id}: about Putin in Minsk, reserved")
    return built


def fingerprint(text: str) -> str:
    """Return the SHA-256 of an article's text."""
    return hashlib.sha256(text.encode()).hexdigest()


# --- choosing the events ------------------------------------------------------------------


def _select_basil(rng: random.Random) -> list[BenchArticle]:
    names = _list("basil", "articles")
    triplets: dict[str, list[str]] = {}
    for name in names:
        match = re.search(r"/([0-9a-f-]{36})_(\d)\.json$", name)
        if match and match.group(1) not in RESERVED_BASIL:
            triplets.setdefault(match.group(1), []).append(name)
    chosen: list[BenchArticle] = []
    candidates = sorted(t for t, files in triplets.items() if len(files) == 3)
    rng.shuffle(candidates)
    for triplet in candidates:
        records = [_basil_record(p) for p in sorted(triplets[triplet])]
        articles = []
        for path, record in zip(sorted(triplets[triplet]), records, strict=True):
            built = _join(_basil_paragraphs(record))
            if not 6 <= len(built.spans) <= MAX_SENTENCES or is_reserved_topic(built.text):
                break
            articles.append(
                BenchArticle(
                    id=f"basil-{triplet[:8]}-{record['source'].lower()}",
                    corpus="basil",
                    event=f"basil-{triplet[:8]}",
                    path=path,
                    outlet={"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}.get(
                        record["source"].lower(), record["source"]
                    ),
                    title=_clean(record["title"]),
                    date=record.get("date"),
                    url=record.get("url"),
                    sha256=fingerprint(built.text),
                    sentences=len(built.spans),
                )
            )
        if len(articles) == 3:
            chosen.extend(articles)
        if len(chosen) == 3 * BASIL_EVENTS:
            return chosen
    raise CorpusError("BASIL has too few usable triplets")


def _select_ecb(rng: random.Random) -> list[BenchArticle]:
    by_event: dict[str, list[str]] = {}
    for name in _list("ecbplus", ECB_ROOT):
        match = re.search(r"/(\d+)_(\d+)(ecb|ecbplus)\.xml$", name)
        if match:
            by_event.setdefault(f"{match.group(1)}{match.group(3)}", []).append(name)
    topics: dict[str, list[str]] = {}
    for event in sorted(by_event):
        topics.setdefault(re.match(r"\d+", event).group(), []).append(event)
    topic_order = sorted(topics, key=int)
    rng.shuffle(topic_order)
    chosen: list[BenchArticle] = []
    for topic in topic_order:
        event = rng.choice(sorted(topics[topic]))
        files = sorted(by_event[event])
        rng.shuffle(files)
        articles = []
        outlets: set[str] = set()
        for path in files:
            url, sentences = _ecb_sentences(path)
            outlet = (
                re.sub(
                    r"^(www|articles|mobile|edition|news)\.",
                    "",
                    re.match(r"https?://([^/]+)", url).group(1),
                )
                if url
                else "unknown"
            )
            text = "\n".join(sentences)
            if (
                not 6 <= len(sentences) <= MAX_SENTENCES
                or outlet in outlets
                or is_reserved_topic(text)
            ):
                continue
            outlets.add(outlet)
            built = _join([[s] for s in sentences])
            stem = Path(path).stem
            articles.append(
                BenchArticle(
                    id=f"ecb-{stem}",
                    corpus="ecbplus",
                    event=f"ecb-{event}",
                    path=path,
                    outlet=outlet,
                    title=sentences[0],
                    date=None,
                    url=url,
                    sha256=fingerprint(built.text),
                    sentences=len(built.spans),
                )
            )
            if len(articles) == ECB_ARTICLES:
                break
        if len(articles) == ECB_ARTICLES:
            chosen.extend(articles)
        if len(chosen) == ECB_ARTICLES * ECB_EVENTS:
            return chosen
    raise CorpusError("ECB+ has too few usable events")


def _select_ists(rng: random.Random) -> list[BenchArticle]:
    lines = _ists_lines()
    has_number = re.compile(r"\d")
    numbered = [
        i for i, (a, b) in enumerate(lines) if has_number.search(a) and has_number.search(b)
    ]
    others = [i for i in range(len(lines)) if i not in set(numbered)]
    picked = sorted(
        rng.sample(numbered, ISTS_WITH_NUMBERS)
        + rng.sample(others, ISTS_EVENTS - ISTS_WITH_NUMBERS)
    )
    chosen = []
    for index in picked:
        for side in (1, 2):
            text = lines[index][side - 1]
            built = _join([[text]])
            chosen.append(
                BenchArticle(
                    id=f"ists-{index + 1:03d}-{side}",
                    corpus="ists",
                    event=f"ists-{index + 1:03d}",
                    path=f"{index + 1}#{side}",
                    outlet="unknown",
                    title=text,
                    date=None,
                    url=None,
                    sha256=fingerprint(built.text),
                    sentences=1,
                )
            )
    return chosen


def split_of(event: str, events: list[str]) -> str:
    """Return ``"dev"`` or ``"held-out"`` for an event: a fixed share of each corpus's
    events, ordered by a hash of their ids, is held out."""
    ordered = sorted(events, key=lambda e: hashlib.sha256(e.encode()).hexdigest())
    held = round(len(ordered) * HELD_OUT_SHARE)
    return "held-out" if event in ordered[:held] else "dev"


def select() -> dict:
    """Choose the events and articles; return the manifest."""
    rng = random.Random(SEED)
    articles = _select_basil(rng) + _select_ecb(rng) + _select_ists(rng)
    events: dict[str, dict] = {}
    for article in articles:
        events.setdefault(article.event, {"corpus": article.corpus, "articles": []})
        events[article.event]["articles"].append(article.id)
    for corpus in SNAPSHOTS:
        names = [e for e, v in events.items() if v["corpus"] == corpus]
        for event in names:
            events[event]["split"] = split_of(event, names)
    return {
        "format": "factdiff-bench-manifest/1",
        "corpora": {
            name: {"repository": repo, "commit": commit, "note": CORPUS_NOTES[name]}
            for name, (repo, commit) in SNAPSHOTS.items()
        },
        "events": events,
        "articles": [asdict(a) for a in articles],
    }


# --- the manifest and the built corpus ------------------------------------------------------


def load_manifest() -> dict:
    """Return the manifest."""
    return json.loads(MANIFEST.read_text())


def articles() -> list[BenchArticle]:
    """Return the manifest's articles."""
    return [BenchArticle(**a) for a in load_manifest()["articles"]]


def build(target: Path = CORPUS) -> Path:
    """Rebuild every article under ``target``, checking each against its fingerprint."""
    target.mkdir(parents=True, exist_ok=True)
    for article in articles():
        built = build_article(article)
        if fingerprint(built.text) != article.sha256:
            raise CorpusError(f"{article.id}: the rebuilt text differs from the manifest's")
        (target / f"{article.id}.txt").write_text(built.text)
        (target / f"{article.id}.json").write_text(json.dumps({"spans": built.spans}))
    return target


def load(article: BenchArticle, corpus: Path = CORPUS) -> BuiltArticle:
    """Return an article from the built corpus, building the corpus first if needed."""
    text_path = corpus / f"{article.id}.txt"
    if not text_path.exists():
        build(corpus)
    text = text_path.read_text()
    if fingerprint(text) != article.sha256:
        build(corpus)
        text = text_path.read_text()
    spans = json.loads((corpus / f"{article.id}.json").read_text())["spans"]
    return BuiltArticle(text, tuple(tuple(s) for s in spans))


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, or choose its events again."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__)
    parser.add_argument("command", choices=["build", "select"])
    args = parser.parse_args(argv)
    try:
        if args.command == "select":
            MANIFEST.write_text(json.dumps(select(), indent=1, ensure_ascii=False) + "\n")
            print(f"wrote {MANIFEST}", file=sys.stderr)
        else:
            print(f"built {build()}", file=sys.stderr)
    except CorpusError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
