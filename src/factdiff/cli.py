"""The command line: parse arguments, call the library, turn its errors into exit codes.

factdiff compare FILE FILE [FILE ...] [-o OUTPUT] [--format pdf|html|json|md|csv|xlsx ...]
                 [--date SOURCE=YYYY-MM-DD ...] [--outlet SOURCE=NAME ...] [--explain]
                 [--exit-code] [--review FILE ...] [-q | -v]
factdiff facts FILE [--date YYYY-MM-DD] [--json]

A FILE of ``-`` is standard input; ``-o -`` writes one report to standard output (of CSV,
the findings part). A CSV report is two files, ``NAME.csv`` and ``NAME.unique.csv``. Reports
and ``facts`` go to standard output or files; status lines, warnings and errors go to
standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from . import render
from ._version import __version__
from .compare import compare, parse_day, read_facts, source_id_of
from .errors import FactdiffError, InputError, OutputError
from .read import STDIN
from .render.display import explain, shorten
from .render.facts import facts_json, facts_text
from .render.view import tally
from .render.writer import write_all
from .review import apply_review, read_review

EXIT_OK = 0
EXIT_DISCREPANCIES = 1  # with --exit-code, as `git diff --exit-code` says "they differ"
EXIT_USAGE = 2  # argparse's own exit code for bad arguments
EXIT_OUT_OF_MEMORY = 5
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a pipeline cut short
EXIT_TERMINATED = 143  # 128 + SIGTERM
DEFAULT_FOLDER = Path("reports")
STDOUT = Path("-")
# The format of a report written to standard output when none is given.
STDOUT_FORMAT = "json"
QUIET, NORMAL, VERBOSE = 0, 1, 2


@dataclass(frozen=True)
class CompareOptions:
    """What the ``compare`` command was asked to do."""

    paths: tuple[str, ...]  # as given: "-" is standard input, a URL is refused by name
    outputs: tuple[tuple[Path, str], ...]
    dates: tuple[tuple[str, dt.date], ...] = ()
    explain: bool = False
    outlets: tuple[tuple[str, str], ...] = ()
    exit_code: bool = False
    verbosity: int = NORMAL
    reviews: tuple[str, ...] = ()  # review files (.xlsx, .csv, .json), applied in order


@dataclass(frozen=True)
class FactsOptions:
    """What the ``facts`` command was asked to do."""

    path: str  # as given, as for compare
    date: dt.date | None
    json: bool


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``factdiff`` command."""
    parser = _Parser(
        prog="factdiff",
        description="Compare news articles fact by fact: what they agree on, where they "
        "contradict each other, and what only one of them says.",
    )
    parser.add_argument("--version", action="version", version=f"factdiff {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    compare_parser = commands.add_parser(
        "compare",
        help="compare two or more articles and write a report",
        description="Compare two or more plain-text articles and write a PDF, HTML, JSON or "
        "Markdown report of their agreements, discrepancies and unique statements, or the "
        "table a reviewer works through (CSV or xlsx).",
    )
    compare_parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="articles to compare (plain text, UTF-8 or another encoding); - reads one from "
        "standard input",
    )
    compare_parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="report file; its suffix gives the format unless --format is given; - writes one "
        f"report ({STDOUT_FORMAT} unless --format says) to standard output "
        f"(default: {DEFAULT_FOLDER}/FIRST-vs-SECOND.pdf)",
    )
    compare_parser.add_argument(
        "-f",
        "--format",
        action="append",
        choices=render.FORMATS,
        help="report format; give it several times to write several reports beside each other "
        "(csv writes two files: NAME.csv, the findings, and NAME.unique.csv, the statements "
        "in one source only)",
    )
    compare_parser.add_argument(
        "--date",
        action="append",
        metavar="SOURCE=YYYY-MM-DD",
        help="the day an article was published, to resolve 'last week' or 'on Friday' against; "
        "SOURCE is the file's name without suffix or its path (overrides a date line)",
    )
    compare_parser.add_argument(
        "--outlet",
        action="append",
        metavar="SOURCE=NAME",
        help="who published an article ('The Week'), as the report should name it; SOURCE as "
        "for --date (overrides an outlet read from a share prompt, copyright line or dateline)",
    )
    compare_parser.add_argument(
        "--explain",
        action="store_true",
        help="also print, for each finding, why its statements were paired: the confidence, "
        "each scorer's score, and the clauses paired",
    )
    compare_parser.add_argument(
        "--exit-code",
        action="store_true",
        help=f"exit with {EXIT_DISCREPANCIES} when the sources contradict each other, "
        f"{EXIT_OK} when they do not (as git diff --exit-code)",
    )
    compare_parser.add_argument(
        "--review",
        action="append",
        metavar="FILE",
        help="a reviewed table (.xlsx or .csv, as exported) or a JSON review: its verdicts, "
        "comments and pairs made by hand are shown in the reports; give it several times "
        "for several files (see docs/review.md)",
    )
    talk = compare_parser.add_mutually_exclusive_group()
    talk.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing on standard error but errors"
    )
    talk.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print each stage and its time on standard error (shown anyway on a terminal)",
    )
    facts_parser = commands.add_parser(
        "facts",
        help="list every detail read from one article",
        description="Print every sentence of one article and each detail read from it: "
        "span, kind, the words as written and the normalised value.",
    )
    facts_parser.add_argument(
        "file", metavar="FILE", help="the article (plain text; - for standard input)"
    )
    facts_parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the day the article was published, to resolve relative dates against",
    )
    facts_parser.add_argument(
        "--json", action="store_true", help="print JSON (factdiff-facts/1) instead of text"
    )
    return parser


def compare_options(args: argparse.Namespace) -> CompareOptions:
    """Return the options of the ``compare`` command: the one place that reads its arguments."""
    paths = tuple(args.files)
    if args.output is None:
        stem = "-vs-".join(source_id_of(p) for p in paths[:2])
        stem += "-and-more" if len(paths) > 2 else ""
        output = DEFAULT_FOLDER / f"{stem}.{(args.format or ['pdf'])[0]}"
    else:
        output = args.output
    if output == STDOUT:
        formats = list(dict.fromkeys(args.format or [STDOUT_FORMAT]))
        if len(formats) > 1:
            raise OutputError("-o - writes one report to standard output; give one --format")
        if args.explain:
            raise OutputError("--explain prints to standard output; write the report to a file")
    else:
        formats = list(dict.fromkeys(args.format or [render.format_for(output)]))
    dates = tuple(_source_date(given) for given in args.date or ())
    outlets = tuple(_source_value(given, "--outlet", "NAME") for given in args.outlet or ())
    if len(formats) > 1:
        outputs = tuple((output.with_suffix(f".{f}"), f) for f in formats)
    else:
        outputs = ((output, formats[0]),)
    verbosity = QUIET if args.quiet else VERBOSE if args.verbose else NORMAL
    return CompareOptions(
        paths,
        outputs,
        dates,
        args.explain,
        outlets,
        args.exit_code,
        verbosity,
        tuple(args.review or ()),
    )


def facts_options(args: argparse.Namespace) -> FactsOptions:
    """Return the options of the ``facts`` command: the one place that reads its arguments."""
    return FactsOptions(args.file, parse_day(args.date) if args.date else None, args.json)


def _source_date(given: str) -> tuple[str, dt.date]:
    """Return the source and the day of a ``--date SOURCE=YYYY-MM-DD`` argument."""
    source, day = _source_value(given, "--date", "YYYY-MM-DD")
    return source, parse_day(day)


def _source_value(given: str, option: str, what: str) -> tuple[str, str]:
    """Return the source and the value of an ``option SOURCE=VALUE`` argument."""
    source, equals, value = given.rpartition("=")
    if not equals or not source or not value.strip():
        raise InputError(f"{option} {given}: want SOURCE={what}")
    return source, value


def run_compare(options: CompareOptions) -> int:
    """Compare the articles and write every report asked for.

    Every report is rendered before any is written, and they are written all or none.
    """
    _refuse_overwriting_inputs(options)
    status = _Status(options.verbosity)
    # Every review file is read before the articles: a malformed one stops the run at once.
    review = read_review(options.reviews) if options.reviews else None
    comparison = compare(
        options.paths,
        dates=dict(options.dates),
        outlets=dict(options.outlets),
        progress=status.stage,
    )
    for source in comparison.sources:
        for note in source.article.notes:
            status.warn(note)
    if review is not None:
        comparison = apply_review(comparison, review)
        stale = comparison.review.stale if comparison.review else ()
        if stale:
            status.warn(
                "reviewed but no longer in this comparison (the report lists them as "
                f"stale): {', '.join(stale)}"
            )
    generated = dt.datetime.now(dt.UTC).replace(microsecond=0)
    reports = []
    for path, fmt in options.outputs:
        status.stage(f"rendering the {fmt} report")
        if path == STDOUT:
            reports.append((path, render.render(comparison, format=fmt, generated=generated)))
        else:
            reports += render.render_files(comparison, path, format=fmt, generated=generated)
    to_stdout = [data for path, data in reports if path == STDOUT]
    written = write_all([(path, data) for path, data in reports if path != STDOUT])
    if to_stdout:
        sys.stdout.buffer.write(to_stdout[0])
    for path in written:
        status.say(f"wrote {path}")
    if written:
        # What the reports found, counted as their summaries count it: possible
        # discrepancies apart from the discrepancies.
        status.say(f"found {tally(comparison)}")
    if options.explain:
        for finding in comparison.findings:
            print(
                f"{finding.id} {finding.verdict.value}, confidence {finding.confidence:.2f} "
                f"(blend {finding.similarity:.2f}): {explain(finding)}"
            )
            for statement in finding.statements:
                print(f"    {statement.source}: {shorten(statement.text, 90)}")
    if options.exit_code and comparison.discrepancies:
        return EXIT_DISCREPANCIES
    return EXIT_OK


class _Status:
    """Status lines on standard error: stages (on a terminal, or with -v), what was
    written and warnings (unless -q)."""

    def __init__(self, verbosity: int) -> None:
        self.verbosity = verbosity
        self.stages = verbosity == VERBOSE or (verbosity == NORMAL and sys.stderr.isatty())
        self.started = time.perf_counter()

    def stage(self, what: str) -> None:
        if self.stages:
            print(f"factdiff: {time.perf_counter() - self.started:6.1f} s  {what}", file=sys.stderr)

    def say(self, line: str) -> None:
        if self.verbosity > QUIET:
            print(line, file=sys.stderr)

    def warn(self, line: str) -> None:
        if self.verbosity > QUIET:
            _warn(line)


def _warn(line: str) -> None:
    print(f"factdiff: warning: {line}", file=sys.stderr)


def _refuse_overwriting_inputs(options: CompareOptions) -> None:
    """Raise OutputError if a report would be written over one of the articles."""
    inputs = {Path(path).resolve() for path in options.paths if path != STDIN}
    for output, fmt in options.outputs:
        if output == STDOUT:
            continue
        for path in render.report_paths(output, fmt):
            if path.resolve() in inputs:
                raise OutputError(
                    f"{path}: is one of the articles compared; choose another report path"
                )


def run_facts(options: FactsOptions) -> int:
    """Print every detail read from one article."""
    source = read_facts(options.path, date=options.date)
    for note in source.article.notes:
        _warn(note)
    sys.stdout.write(facts_json(source) if options.json else facts_text(source))
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error of factdiff."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class _Terminated(BaseException):
    """SIGTERM arrived: unwind like an interrupt, so that no temporary file is left."""


def _terminate(signum: int, frame: object) -> NoReturn:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``factdiff`` command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        if args.command == "facts":
            code = run_facts(facts_options(args))
        else:
            code = run_compare(compare_options(args))
        sys.stdout.flush()  # inside the try: a closed pipe is reported here, not at exit
        return code
    except FactdiffError as error:
        print(f"factdiff: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("factdiff: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("factdiff: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except MemoryError:
        print(
            "factdiff: error: out of memory; compare shorter articles or fewer at once",
            file=sys.stderr,
        )
        return EXIT_OUT_OF_MEMORY
    except BrokenPipeError:
        # The reader stopped early (`factdiff compare … --explain | head`): that is no
        # error, but Python would still complain when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        signal.signal(signal.SIGTERM, previous)
