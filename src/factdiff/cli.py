"""The command line: parse arguments, call the library, turn its errors into exit codes.

factdiff compare FILE FILE [FILE ...] [-o OUTPUT] [--format pdf|html|json|md ...]
                 [--date SOURCE=YYYY-MM-DD ...] [--outlet SOURCE=NAME ...] [--explain]
factdiff facts FILE [--date YYYY-MM-DD] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from . import render
from ._version import __version__
from .compare import compare, parse_day, read_facts
from .errors import FactdiffError, InputError, OutputError
from .render.facts import facts_json, facts_text
from .render.view import explain, shorten
from .render.writer import write_atomically

EXIT_OK = 0
EXIT_USAGE = 2  # argparse's own exit code for bad arguments
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a pipeline cut short
DEFAULT_FOLDER = Path("reports")


@dataclass(frozen=True)
class CompareOptions:
    """What the ``compare`` command was asked to do."""

    paths: tuple[Path, ...]
    outputs: tuple[tuple[Path, str], ...]
    dates: tuple[tuple[str, dt.date], ...] = ()
    explain: bool = False
    outlets: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FactsOptions:
    """What the ``facts`` command was asked to do."""

    path: Path
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
        "Markdown report of their agreements, discrepancies and unique statements.",
    )
    compare_parser.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="articles to compare (UTF-8 text)"
    )
    compare_parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="report file; its suffix gives the format unless --format is given "
        f"(default: {DEFAULT_FOLDER}/FIRST-vs-SECOND.pdf)",
    )
    compare_parser.add_argument(
        "-f",
        "--format",
        action="append",
        choices=render.FORMATS,
        help="report format; give it several times to write several reports beside each other",
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
    facts_parser = commands.add_parser(
        "facts",
        help="list every detail read from one article",
        description="Print every sentence of one article and each detail read from it: "
        "span, kind, the words as written and the normalised value.",
    )
    facts_parser.add_argument("file", type=Path, metavar="FILE", help="the article (UTF-8 text)")
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
        stem = "-vs-".join(p.stem for p in paths[:2]) + ("-and-more" if len(paths) > 2 else "")
        output = DEFAULT_FOLDER / f"{stem}.{(args.format or ['pdf'])[0]}"
    else:
        output = args.output
    formats = list(dict.fromkeys(args.format or [render.format_for(output)]))
    dates = tuple(_source_date(given) for given in args.date or ())
    outlets = tuple(_source_value(given, "--outlet", "NAME") for given in args.outlet or ())
    if len(formats) > 1:
        outputs = tuple((output.with_suffix(f".{f}"), f) for f in formats)
    else:
        outputs = ((output, formats[0]),)
    return CompareOptions(paths, outputs, dates, args.explain, outlets)


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

    Every report is rendered before any is written, so a failure leaves none behind.
    """
    _refuse_overwriting_inputs(options)
    comparison = compare(options.paths, dates=dict(options.dates), outlets=dict(options.outlets))
    generated = dt.datetime.now(dt.UTC).replace(microsecond=0)
    reports = [
        (path, render.render(comparison, format=fmt, generated=generated))
        for path, fmt in options.outputs
    ]
    for path, data in reports:
        print(f"wrote {write_atomically(path, lambda data=data: data)}")
    if options.explain:
        for finding in comparison.findings:
            print(
                f"{finding.id} {finding.verdict.value}, confidence {finding.confidence:.2f} "
                f"(blend {finding.similarity:.2f}): {explain(finding)}"
            )
            for statement in finding.statements:
                print(f"    {statement.source}: {shorten(statement.text, 90)}")
    return EXIT_OK


def _refuse_overwriting_inputs(options: CompareOptions) -> None:
    """Raise OutputError if a report would be written over one of the articles."""
    inputs = {path.resolve() for path in options.paths}
    for path, _ in options.outputs:
        if path.resolve() in inputs:
            raise OutputError(
                f"{path}: is one of the articles compared; choose another report path"
            )


def run_facts(options: FactsOptions) -> int:
    """Print every detail read from one article."""
    source = read_facts(options.path, date=options.date)
    sys.stdout.write(facts_json(source) if options.json else facts_text(source))
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error of factdiff."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``factdiff`` command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
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
    except BrokenPipeError:
        # The reader stopped early (`factdiff compare … --explain | head`): that is no
        # error, but Python would still complain when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
