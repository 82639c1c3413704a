"""Checks on the shape of the hand-curated paraphrase lexicon (src/factdiff/paraphrases.txt)."""

from pathlib import Path

PARAPHRASES = Path(__file__).resolve().parents[1] / "src" / "factdiff" / "paraphrases.txt"


def _raw_groups() -> list[list[str]]:
    """Return each group line split on commas, members unstripped; comments and blanks skipped."""
    groups = []
    for line in PARAPHRASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        groups.append(line.split(","))
    return groups


def _groups() -> list[list[str]]:
    return [[member.strip() for member in group] for group in _raw_groups()]


def test_file_has_at_least_500_groups():
    assert len(_groups()) >= 500


def test_every_group_has_two_distinct_members():
    small = [group for group in _groups() if len(set(group)) < 2]
    assert not small


def test_no_empty_members():
    empty = [group for group in _groups() if any(not member for member in group)]
    assert not empty


def test_members_are_stripped():
    """Members carry no stray white space: each line reads "a, b, c"."""
    stray = [
        group
        for group in _raw_groups()
        if group[0] != group[0].strip()
        or any(member != " " + member.strip() for member in group[1:])
    ]
    assert not stray


def test_members_are_lower_case():
    upper = [member for group in _groups() for member in group if member != member.lower()]
    assert not upper


def test_members_have_at_most_three_words():
    long = [member for group in _groups() for member in group if len(member.split()) > 3]
    assert not long


def test_members_have_single_spaces():
    spaced = [
        member for group in _groups() for member in group if member != " ".join(member.split())
    ]
    assert not spaced


def test_no_duplicate_groups():
    seen: dict[frozenset[str], list[str]] = {}
    duplicates = []
    for group in _groups():
        key = frozenset(group)
        if key in seen:
            duplicates.append(group)
        seen[key] = group
    assert not duplicates


def test_no_member_repeated_within_a_group():
    repeated = [group for group in _groups() if len(set(group)) != len(group)]
    assert not repeated
