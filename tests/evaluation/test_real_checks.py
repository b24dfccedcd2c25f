"""The record of real text read and measured on (tests/evaluation/reading/, real_checks/).

A blind check is honest only if its excerpts are new to whoever tuned the classifier: its URLs
must appear in no earlier check and in no reading list, and its labels must use the codebook's
codes (LABELLING.md). These tests guard that record; the texts themselves stay out of git.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.evaluation.test_dev_set import CATEGORIES

HERE = Path(__file__).parent
CHECKS = sorted((HERE / "real_checks").glob("*.csv"))
READING = sorted((HERE / "reading").glob("*.csv"))
CHECK_NAME = re.compile(r"^(blind\d*)-(ru|kk|en)\.csv$")
MIN_PER_CHECK = 200  # issue 12: at least 200 real excerpts per check


def rows_of(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_check_files_are_named_by_check_and_language():
    assert CHECKS, "no blind check recorded"
    for path in CHECKS:
        match = CHECK_NAME.match(path.name)
        assert match, f"{path.name}: expected blind<N>-<ru|kk|en>.csv"
        assert all(row["lang"] == match.group(2) for row in rows_of(path)), path.name


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.name)
def test_check_labels_use_the_codebook(path):
    for number, row in enumerate(rows_of(path), start=2):
        assert row["url"].startswith(("http://", "https://")), f"{path.name}:{number}"
        assert row["is_pressure"] in {"true", "false"}, f"{path.name}:{number}"
        codes = [code for code in row["categories"].split(";") if code]
        assert set(codes) <= CATEGORIES, f"{path.name}:{number}: {codes}"
        assert bool(codes) == (row["is_pressure"] == "true"), f"{path.name}:{number}"


def test_each_check_has_enough_excerpts():
    sizes = Counter()
    for path in CHECKS:
        sizes[CHECK_NAME.match(path.name).group(1)] += len(rows_of(path))
    small = {check: n for check, n in sizes.items() if n < MIN_PER_CHECK}
    assert not small, f"checks under {MIN_PER_CHECK} excerpts: {small}"


def test_no_url_is_measured_twice_or_was_read_before():
    # the reading lists may share URLs (a report read twice); a check's URL must be new
    read = {row["url"].strip(): path.name for path in READING for row in rows_of(path)}
    measured: dict[str, str] = {}
    for path in CHECKS:
        for row in rows_of(path):
            url = row["url"].strip()
            assert url not in read, f"{path.name}: {url} was read before ({read[url]})"
            assert url not in measured, f"{path.name}: {url} was measured in {measured[url]}"
            measured[url] = path.name


LABELLER = re.compile(r"^(false|true:[a-z_]+(;[a-z_]+)*)$")


def parsed(label: str) -> tuple[bool, frozenset[str]]:
    verdict, _, codes = label.partition(":")
    return verdict == "true", frozenset(code for code in codes.split(";") if code)


@pytest.mark.parametrize("path", [p for p in CHECKS if "labeller_1" in rows_of(p)[0]],
                         ids=lambda p: p.name)
def test_double_labelled_checks_keep_both_labels_and_their_agreement(path):
    """A check labelled twice (LABELLING.md, from check 26) keeps each labeller's own label; where
    the two agree, the recorded label is theirs (the adjudicator decides only disagreements)."""
    for number, row in enumerate(rows_of(path), start=2):
        first, second = row["labeller_1"], row["labeller_2"]
        assert LABELLER.match(first) and LABELLER.match(second), f"{path.name}:{number}"
        assert parsed(first)[1] | parsed(second)[1] <= CATEGORIES, f"{path.name}:{number}"
        recorded = (row["is_pressure"] == "true",
                    frozenset(code for code in row["categories"].split(";") if code))
        if parsed(first) == parsed(second):
            assert recorded == parsed(first), \
                f"{path.name}:{number}: both labellers said {first}, recorded {recorded}"
