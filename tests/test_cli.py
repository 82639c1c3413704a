"""The command line: help, exit codes, one-line errors, outputs."""

import json
import re
import subprocess
import sys
from dataclasses import replace

import pytest

import factdiff
from factdiff import cli
from factdiff.models import Verdict

from .conftest import BELARUS, ROOT, THE_WEEK

# Two short reports of one fire that differ over its toll and nothing else: a discrepancy
# factdiff counts. (On the seeds, 3 against 3.5 years is only a possible one: in their
# long sentences a differing figure is too often another measure to count.)
GAZETTE = ROOT / "tests" / "fixtures" / "fire-leeds-gazette.txt"
COURIER = ROOT / "tests" / "fixtures" / "fire-leeds-courier.txt"


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "factdiff", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def test_every_command_has_help_text():
    parser = cli.build_parser()
    assert parser.description
    commands = next(a for a in parser._actions if a.dest == "command")
    for name, subparser in commands.choices.items():
        assert subparser.description, name
        assert all(action.help for action in subparser._actions), name
    assert {action.help for action in commands._choices_actions} != {None}


def test_help_exits_zero():
    result = run("compare", "--help")
    assert result.returncode == 0
    assert "--format" in result.stdout


def test_json_report_to_an_explicit_path(tmp_path):
    output = tmp_path / "out" / "report.json"
    assert cli.main(["compare", str(THE_WEEK), str(BELARUS), "-o", str(output)]) == cli.EXIT_OK
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["format"] == "factdiff-report/1"
    assert [s["id"] for s in report["sources"]] == [THE_WEEK.stem, BELARUS.stem]


def test_several_formats_are_written_beside_each_other(tmp_path):
    output = tmp_path / "seeds.pdf"
    args = ["compare", str(THE_WEEK), str(BELARUS), "-o", str(output), "-f", "json", "-f", "md"]
    assert cli.main(args) == cli.EXIT_OK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.json", "seeds.md"]


def test_default_output_goes_under_reports(tmp_path):
    for path in (THE_WEEK, BELARUS):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    result = run("compare", THE_WEEK.name, BELARUS.name, "-f", "md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = tmp_path / "reports" / f"{THE_WEEK.stem}-vs-{BELARUS.stem}.md"
    assert expected.is_file()


@pytest.mark.parametrize(
    "arguments, code, message",
    [
        (["compare", THE_WEEK], 3, "need at least two articles"),
        (["compare", THE_WEEK, THE_WEEK], 3, "given twice"),
        (["compare", THE_WEEK, "missing.txt"], 3, "missing.txt: no such file"),
        (["compare", THE_WEEK, BELARUS, "-o", "report.docx"], 4, "cannot tell the report format"),
        (["compare", THE_WEEK, BELARUS, "-f", "docx"], 2, "invalid choice"),
        (["compare", THE_WEEK, BELARUS, "--date", "2022-12-19"], 3, "want SOURCE=YYYY-MM-DD"),
        (["compare", THE_WEEK, BELARUS, "--date", "nobody=2022-12-19"], 3, "no such article"),
        (["compare", THE_WEEK, BELARUS, "--date", f"{BELARUS.stem}=19/12/22"], 3, "not a date"),
        (["facts", "missing.txt"], 3, "missing.txt: no such file"),
        (["facts", THE_WEEK, "--date", "yesterday"], 3, "not a date"),
        ([], 2, "required"),
    ],
)
def test_bad_input_gives_one_line_and_an_exit_code(tmp_path, arguments, code, message):
    result = run(*arguments, cwd=tmp_path)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_error_message_is_a_single_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("compare", THE_WEEK, empty, "-o", tmp_path / "r.json")
    assert result.returncode == 3
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("factdiff: error: ")
    assert not (tmp_path / "r.json").exists()


def test_unwritable_output_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("compare", THE_WEEK, BELARUS, "-o", blocker / "r.json")
    assert result.returncode == 4
    assert "Traceback" not in result.stderr


def test_facts_lists_every_detail_with_span_kind_and_value():
    result = run("facts", THE_WEEK)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(
        "“Putin flies to Minsk to meet Lukashenko amid fears that Belarus could join offensive”"
    )
    assert "no date known" in lines[1]
    text = THE_WEEK.read_text(encoding="utf-8")
    start = text.index("three years")
    assert any(
        line.split()[:2] == [f"{start}:{start + 11}", "duration"] and "= 3 years" in line
        for line in lines
    )
    assert any("quote" in line and "speaker Yauheni Preiherman" in line for line in lines)


def test_facts_resolves_relative_dates_against_the_given_date():
    result = run("facts", THE_WEEK, "--date", "2022-12-18", "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["format"] == "factdiff-facts/1"
    assert (facts["date"], facts["date_origin"]) == ("2022-12-18", "given")
    details = [d for s in facts["sentences"] for d in s["details"]]
    monday = next(d for d in details if d["text"] == "Monday")
    assert (monday["kind"], monday["value"]) == ("date", "2022-12-19")
    last_week = next(d for d in details if d["text"] == "last week")
    assert last_week["value"] == "2022-12-05/2022-12-11"


def test_compare_takes_a_date_per_source(tmp_path):
    output = tmp_path / "r.json"
    args = ["compare", str(THE_WEEK), str(BELARUS), "-o", str(output)]
    assert cli.main([*args, "--date", f"{THE_WEEK.stem}=2022-12-18"]) == cli.EXIT_OK
    report = json.loads(output.read_text(encoding="utf-8"))
    assert [s["date"] for s in report["sources"]] == ["2022-12-18", None]


def test_explain_prints_why_each_finding_was_paired(tmp_path):
    result = run("compare", GAZETTE, COURIER, "-o", tmp_path / "r.json", "--explain")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("F")]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(lines) == len(report["findings"])
    assert re.match(r"F-[0-9a-f]{6} discrepancy, confidence ", lines[0])
    assert all("fuzzy " in line and "entities " in line for line in lines)


def test_compare_takes_an_outlet_per_source(tmp_path):
    output = tmp_path / "r.json"
    args = ["compare", str(THE_WEEK), str(BELARUS), "-o", str(output)]
    assert cli.main([*args, "--outlet", f"{BELARUS}=ANKASAM"]) == cli.EXIT_OK
    report = json.loads(output.read_text(encoding="utf-8"))
    assert [(s["outlet"], s["outlet_origin"]) for s in report["sources"]] == [
        ("The Week", "share prompt"),
        ("ANKASAM", "given"),
    ]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("ANKASAM", "--outlet ANKASAM: want SOURCE=NAME"),
        ("nowhere=ANKASAM", "--outlet nowhere: no such article; give one of: "),
        (f"{BELARUS.stem}= ", f"--outlet {BELARUS.stem}= : want SOURCE=NAME"),
    ],
)
def test_a_bad_outlet_is_one_line(tmp_path, given, message):
    result = run("compare", THE_WEEK, BELARUS, "-o", tmp_path / "r.json", "--outlet", given)
    assert result.returncode != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.json").exists()


# --- Unix conventions ----------------------------------------------------------------


def run_with_input(*args, stdin: bytes = b"", cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "factdiff", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"factdiff {factdiff.__version__}"


def test_an_article_from_standard_input_and_a_report_to_standard_output():
    result = run_with_input("compare", "-", COURIER, "-o", "-", stdin=GAZETTE.read_bytes())
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["id"] for s in report["sources"]] == ["stdin", COURIER.stem]
    assert sum(f["verdict"] == "discrepancy" for f in report["findings"]) == 1
    assert result.stderr == b""  # nothing was written to a file, so nothing to say


def test_one_format_to_standard_output_as_asked():
    result = run_with_input("compare", THE_WEEK, BELARUS, "-o", "-", "-f", "md")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("# ")


def test_status_lines_go_to_standard_error_and_quiet_silences_them(tmp_path):
    output = tmp_path / "r.json"
    loud = run("compare", THE_WEEK, BELARUS, "-o", output, "-v")
    assert loud.stdout == ""
    assert f"wrote {output}" in loud.stderr
    assert "reading" in loud.stderr and "rendering the json report" in loud.stderr
    quiet = run("compare", THE_WEEK, BELARUS, "-o", output, "-q")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_exit_code_says_whether_the_sources_contradict_each_other(tmp_path):
    output = tmp_path / "r.json"
    assert run("compare", GAZETTE, COURIER, "-o", output, "--exit-code").returncode == 1
    assert run("compare", GAZETTE, COURIER, "-o", output).returncode == 0
    same = tmp_path / "copy.txt"
    same.write_bytes(THE_WEEK.read_bytes())
    assert run("compare", THE_WEEK, same, "-o", output, "--exit-code").returncode == 0


def test_a_few_bad_bytes_are_named_in_a_warning(tmp_path):
    damaged = tmp_path / "damaged.txt"
    text = THE_WEEK.read_bytes()
    damaged.write_bytes(text[:500] + b"\xff\xfe" + text[500:])
    result = run("compare", damaged, BELARUS, "-o", tmp_path / "r.json")
    assert result.returncode == 0, result.stderr
    warning = f"factdiff: warning: {damaged}: not UTF-8 at bytes 500, 501; read as UTF-8"
    assert warning in result.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["sources"][0]["encoding"] == "utf-8"


def test_running_out_of_memory_is_one_line(monkeypatch, capsys):
    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(cli, "compare", exhausted)
    code = cli.main(["compare", str(THE_WEEK), str(BELARUS), "-o", "-"])
    assert code == cli.EXIT_OUT_OF_MEMORY
    assert capsys.readouterr().err == (
        "factdiff: error: out of memory; compare shorter articles or fewer at once\n"
    )


# --- what the reports found, counted ----------------------------------------------


def _fire_with_possible_discrepancies_only(monkeypatch):
    """Make ``cli.compare`` return the fire reports' comparison with its discrepancies made
    possible."""
    real = factdiff.compare([GAZETTE, COURIER])
    findings = tuple(
        replace(f, verdict=Verdict.POSSIBLE) if f.verdict is Verdict.DISCREPANCY else f
        for f in real.findings
    )
    assert findings != real.findings
    monkeypatch.setattr(cli, "compare", lambda *args, **kwargs: replace(real, findings=findings))
    return real


def _count(number, one, many):
    return f"{number} {one if number == 1 else many}"


def test_status_lines_say_what_the_reports_found(tmp_path):
    output = tmp_path / "r.json"
    result = run("compare", GAZETTE, COURIER, "-o", output)
    assert result.returncode == 0, result.stderr
    counts = json.loads(output.read_text(encoding="utf-8"))["counts"]
    assert counts["discrepancies"] == 1 and counts["possible_discrepancies"] == 0
    assert result.stderr.splitlines()[-2:] == [
        f"wrote {output}",
        f"found 1 discrepancy, {_count(counts['agreements'], 'agreement', 'agreements')}, "
        f"{_count(counts['unique'], 'statement', 'statements')} in one source only",
    ]


def test_possible_discrepancies_are_counted_apart_and_set_no_exit_code(
    tmp_path, monkeypatch, capsys
):
    real = _fire_with_possible_discrepancies_only(monkeypatch)
    output = tmp_path / "r.json"
    code = cli.main(["compare", str(GAZETTE), str(COURIER), "-o", str(output), "--exit-code"])
    assert code == cli.EXIT_OK
    possible = len(real.discrepancies)
    found = capsys.readouterr().err.splitlines()[-1]
    assert found.startswith(
        "found 0 discrepancies, "
        f"{_count(possible, 'possible discrepancy', 'possible discrepancies')} to check, "
        f"{_count(len(real.agreements), 'agreement', 'agreements')}, "
    )
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["counts"]["possible_discrepancies"] == possible
    assert {f["verdict"] for f in report["findings"]} == {"possible discrepancy", "agreement"}


def test_explain_names_a_possible_discrepancy(tmp_path, monkeypatch, capsys):
    _fire_with_possible_discrepancies_only(monkeypatch)
    args = ["compare", str(GAZETTE), str(COURIER), "-o", str(tmp_path / "r.md"), "--explain"]
    assert cli.main(args) == cli.EXIT_OK
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("F")]
    assert re.match(r"F-[0-9a-f]{6} possible discrepancy, confidence ", lines[0])
    assert not any(" discrepancy, " in line.replace("possible discrepancy", "") for line in lines)


def test_csv_writes_the_findings_and_the_unique_statements_beside_them(tmp_path):
    output = tmp_path / "seeds.csv"
    assert cli.main(["compare", str(THE_WEEK), str(BELARUS), "-o", str(output), "-q"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.csv", "seeds.unique.csv"]
    findings = output.read_text(encoding="utf-8-sig").splitlines()
    unique = (tmp_path / "seeds.unique.csv").read_text(encoding="utf-8-sig").splitlines()
    assert findings[0].startswith("id,verdict,confidence,topic,kind,A words,A value,B words")
    assert unique[0].startswith("id,source,text,start,end,likeliest in A,")
    assert all(line.startswith("U-") for line in unique[1:]) and len(unique) > 10


def test_csv_writes_both_files_or_neither(tmp_path):
    (tmp_path / "seeds.unique.csv").mkdir()  # the second part cannot be written
    result = run("compare", THE_WEEK, BELARUS, "-o", tmp_path / "seeds.csv")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "seeds.unique.csv" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["seeds.unique.csv"]


def test_csv_to_standard_output_is_the_findings_part():
    result = run_with_input("compare", GAZETTE, COURIER, "-o", "-", "-f", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("id,verdict,")
    assert any(",discrepancy," in line for line in lines[1:])


def test_csv_and_xlsx_are_written_beside_each_other(tmp_path):
    args = ["compare", str(GAZETTE), str(COURIER), "-o", str(tmp_path / "fire"), "-q"]
    assert cli.main([*args, "-f", "csv", "-f", "xlsx"]) == cli.EXIT_OK
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["fire.csv", "fire.unique.csv", "fire.xlsx"]
    assert (tmp_path / "fire.xlsx").read_bytes().startswith(b"PK")


def test_a_review_is_applied_and_its_stale_ids_are_warned_of(tmp_path, capsys):
    review = tmp_path / "review.json"
    review.write_text(
        json.dumps(
            {
                "reviewer": "Ann Lee",
                "date": "2024-05-02",
                "findings": [{"id": "F-000000", "review": "confirmed"}],
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.json"
    arguments = ["compare", str(THE_WEEK), str(BELARUS), "-o", str(out), "--review", str(review)]
    assert cli.main(arguments) == cli.EXIT_OK
    err = capsys.readouterr().err
    assert (
        "factdiff: warning: reviewed but no longer in this comparison (the report lists them as "
        "stale): F-000000\n"
    ) in err
    report = json.loads(out.read_text("utf-8"))
    assert report["review"]["reviewers"] == ["Ann Lee"]
    assert (report["review"]["date"], report["review"]["stale"]) == ("2024-05-02", ["F-000000"])


def test_a_bad_review_file_stops_the_run_before_any_article_is_read(tmp_path, capsys):
    review = tmp_path / "review.csv"
    review.write_text("id,review\nF-6ced69,maybe\n", encoding="utf-8")
    arguments = ["compare", str(THE_WEEK), str(tmp_path / "missing.txt"), "--review", str(review)]
    assert cli.main([*arguments, "-o", str(tmp_path / "r.pdf")]) == 3
    assert capsys.readouterr().err == (
        f"factdiff: error: {review}: row 2: review 'maybe' is not one of confirmed, dismissed, "
        "unsure\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.csv"]
