"""Write ``docs/benchmark.md``: the corpus, the labels, the readers' agreement and the tables.

Every number in that document comes from here, so it is regenerated, never edited.
"""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

from factdiff.align import semantic

from . import corpus, labels
from .agreement import agreement
from .run import SPLITS, Result, labelled_fingerprint, table
from .score import RESAMPLES
from .systems import PEER_CUTOFF

DOCUMENT = corpus.BENCH.parent / "docs" / "benchmark.md"


def _corpus_table() -> str:
    manifest = corpus.load_manifest()
    articles = corpus.articles()
    pairs = labels.pairs()
    gold = labels.gold()
    lines = [
        "| corpus | repository @ commit | events (dev / held-out) | pairs (dev / held-out) "
        "| articles | sentences an article (median, longest) | shared facts | discrepancies |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, info in manifest["corpora"].items():
        events = [e for e in manifest["events"].values() if e["corpus"] == name]
        split = Counter(e["split"] for e in events)
        mine = [p for p in pairs if p.corpus == name]
        pair_split = Counter(p.split for p in mine)
        sizes = [a.sentences for a in articles if a.corpus == name]
        facts = [f for p in mine for f in gold.get(p.id, ())]
        lines.append(
            f"| {name} | `{info['repository']}` @ `{info['commit'][:10]}` "
            f"| {len(events)} ({split['dev']} / {split['held-out']}) "
            f"| {len(mine)} ({pair_split['dev']} / {pair_split['held-out']}) "
            f"| {len(sizes)} | {statistics.median(sizes):g}, {max(sizes)} "
            f"| {len(facts)} | {sum(f.verdict == 'discrepancy' for f in facts)} |"
        )
    return "\n".join(lines)


def _shown(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _agreement_table() -> str:
    rows = agreement()
    lines = [
        "| corpus | pairs read twice | sentence pairs (reader 1 / reader 2) | alignment F1 "
        "| discrepancies (reader 1 / reader 2) | discrepancy F1 |",
        "|---|---|---|---|---|---|",
    ]
    for group in [*corpus.SNAPSHOTS, "all"]:
        if group not in rows:
            continue
        a = rows[group]
        lines.append(
            f"| {group} | {a.pairs} | {a.pairs_first} / {a.pairs_second} "
            f"| {_shown(a.alignment_f1)} | {a.discrepancies_first} / {a.discrepancies_second} "
            f"| {_shown(a.discrepancy_f1)} |"
        )
    return "\n".join(lines)


def _encoder_sentence() -> str:
    name = semantic.encoder_name()
    if name:
        return f"statements compared by their words and by meaning, with {name}."
    return "statements compared by their words alone (no sentence encoder ran)."


def render(results: list[Result]) -> str:
    """Return the document's Markdown."""
    pairs = labels.pairs()
    second = labels.reader(labels.SECOND)
    third = labels.reader(labels.THIRD)
    settled = set(third) & set(second)
    gold = [fact for facts in labels.gold().values() for fact in facts]
    facts = len(gold)
    discrepancies = sum(fact.verdict == "discrepancy" for fact in gold)
    tables = "\n\n".join(
        f"### {'Development' if split == 'dev' else 'Held-out'} part\n\n{table(results, split)}"
        for split in SPLITS
    )
    return f"""# The real-news benchmark

<!-- Written by `python -m bench.run --docs` (`make bench-real`); do not edit by hand. -->

What factdiff gets right on real articles by real outlets, labelled by reading them (by
whom, below), beside what a naive script gets on the same pairs. The sets the team wrote (`tests/eval/`)
are regression tests of extraction and judging; these figures are the product's accuracy.

## The corpus

{len({p.event for p in pairs})} events, {len(pairs)} article pairs, from three public corpora.
Every event is two or three articles from different outlets about one event;
each pair of them is labelled.

{_corpus_table()}

- **BASIL**: Fox News, The New York Times and HuffPost on one event each (2010–2019),
  whole articles with their headline, sentences as BASIL splits them.
- **ECB+**: articles of one event (one sub-topic of ECB+: an earthquake, an arrest, a
  signing) from different sites, as tokenised by the corpus and joined again; ECB+ keeps
  no paragraphs, so each sentence stands as one.
- **iSTS**: pairs of news headlines from the SemEval-2016 interpretable-STS *training*
  files, 25 of them with a number on both sides; one headline an "article".

The articles are not in this repository. `python -m bench.corpus build` rebuilds them into
`bench/corpus/` from pinned commits of the public repositories (snapshots found through
`FACTDIFF_SNAPSHOTS`, `../shared/corpora/` or `/work/.mirror/`), and checks each against the
SHA-256 in `bench/manifest.json`, which also records its path, outlet, date and URL.
The events were drawn at random (fixed seed) by `python -m bench.corpus select`, never
from the reserved BASIL triplets nor from any article about Putin's December 2022 visit to
Minsk, and split by event: about 30% of each corpus's events are held out.

## The labels

Each pair was labelled by a reader who saw only the two articles, as numbered sentences,
and the guide (`bench/LABELLING.md`), never factdiff's output. The readers were separate
helper sessions of the language model the team works with, each with its own task folder
and no view of the code, of factdiff's output or of the other readers' labels; they are not
people, and their labels share that model's blind spots. Each wrote the facts both report (as
sentence numbers on each side, one-to-many allowed), each an agreement or a discrepancy
with the differing words on each side. Everything else counts as in one source only.
A second reader labelled {len(second)} of the {len(pairs)} pairs
({len(second) / len(pairs):.0%}) on their own. Their agreement with the first reader, before
any settling (F1 of one reader's sentence pairs against the other's, and of their
discrepancies):

{_agreement_table()}

The readers' questions sharpened the guide (its section 4). A third reader then settled
the {len(settled)} doubly read pairs where the two readings differed, with both in hand, and
reviewed the first reader's discrepancies in the other {len(third) - len(settled)} pairs that
had any against the sharpened guide. The gold labels are the third reading where there is
one, else the first reader's: {facts} shared facts, {discrepancies} of them discrepancies.
The labels are in `bench/labels/readers/` (`r1`, `r2`, `r3`), one JSON file a pair.

## How it is scored

- **Discrepancies**: a reported discrepancy is right when its statements lie in the
  sentences of a gold discrepancy on both sides and one of its differing details lies at
  the gold differing words. Precision over the reported ones, recall over the gold ones.
  factdiff counts a discrepancy only when it finds it at least as likely real as not
  (`factdiff.judge.likelihood`); the others it lists apart as possible discrepancies to
  check. The **with to-check** columns score that whole list: the counted discrepancies
  and the possible ones together.
- **Alignment**: precision, recall and F1 over pairs of sentences (a statement counts as
  the sentences it lies in; a gold fact of A sentences × B sentences gives every pair).
- **One-source precision**: the share of the statements listed as "only in one source"
  whose sentences are in no gold fact.
- Each figure sums the counts of all pairs; in brackets its 95% interval, from {RESAMPLES}
  resamples of the events. "Refused" pairs are those factdiff would not compare; they
  count as finding nothing.
- **The naive peer** is what a user could write in an hour: sentences cut by a regular
  expression, `rapidfuzz.process.cdist` with `token_set_ratio`, each mutual best pair at
  {PEER_CUTOFF} or more aligned, and a discrepancy wherever the two sentences' sets of numbers
  differ (its differing details are those numbers).

## Figures

factdiff as it stands, {_encoder_sentence()} The development part is what changes may be tuned on (the alignment blend and the
discrepancy likelihood are fitted on it: its factdiff figures are not out of sample), the
held-out part is scored to report and never studied. `make test` fails when a factdiff figure on the
development part falls below its floor in `bench/floors.json`; the floors hold a
fingerprint of the manifest and labels (now `{labelled_fingerprint()[:12]}`), so neither
can change under them unnoticed, and `python -m bench.run --floors` refuses to lower one
without `--lower`.

{tables}
"""


def write_document(results: list[Result], path: Path = DOCUMENT) -> Path:
    """Write the document, creating ``docs/`` if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(results))
    return path
