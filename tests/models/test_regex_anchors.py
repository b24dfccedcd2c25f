"""Anchors are necessary: whatever text a lexicon pattern matches contains one of its anchors.

The dbt models skip a pattern on every sentence without one of its anchors, so a wrong anchor
would silently lose hits. Hypothesis generates matching strings for every pattern of the seeds.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qysym.regex_anchors import GROUP_SIZE, _to_python, alternatives, anchor_regex, anchors, match_groups

SEEDS = Path(__file__).resolve().parents[2] / "models" / "seeds"


def seed_patterns() -> list[tuple[str, str, str]]:
    with (SEEDS / "lexicon.csv").open(encoding="utf-8") as handle:
        lexicon = [(r["pattern_id"], r["pattern"], r["example"]) for r in csv.DictReader(handle)]
    with (SEEDS / "targets.csv").open(encoding="utf-8") as handle:
        targets = [(f"target:{r['target_id']}:{r['lang']}", r["alias_pattern"], r["example"])
                   for r in csv.DictReader(handle)]
    return lexicon + targets


PATTERNS = seed_patterns()


@pytest.mark.parametrize(("pattern_id", "pattern", "example"), PATTERNS,
                         ids=[p[0] for p in PATTERNS])
def test_every_match_contains_an_anchor(pattern_id, pattern, example):
    found = anchors(pattern)
    if found is None:
        pytest.skip(f"{pattern_id} has no anchors: it is tested on every sentence")
    compiled = re.compile(_to_python(pattern))

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(compiled))
    def check(text):
        lowered = text
        assert any(a in lowered for a in found), (pattern_id, text, found)

    check()


def test_examples_are_found_through_their_anchors():
    for pattern_id, pattern, example in PATTERNS:
        regex = anchor_regex(pattern)
        text = example.lower().replace("ё", "е")
        if regex is None or not re.search(_to_python(pattern), text):
            continue
        assert re.search(regex, text), pattern_id


def test_anchors_of_simple_shapes():
    assert anchors(r"(^|[^\pL])(нко|нпо)([^\pL]|$)") == ["нко", "нпо"]
    assert anchors(r"налогов\pL* провер\pL*") in (["налогов"], [" провер"], ["провер"])
    assert anchors(r"x?") is None  # matches the empty string: nothing is required
    assert anchor_regex(r"(^|[^\pL])т\.е\. штраф") is not None
    assert "\\." in anchor_regex(r"ст\. 174")


def test_every_seed_pattern_has_anchors():
    missing = [pid for pid, pattern, _ in PATTERNS if anchors(pattern) is None]
    assert missing == []


def test_no_gazetteer_alias_has_a_two_letter_anchor():
    """Gazetteer aliases are tested on every sentence of the warehouse, behind their anchors: an
    anchor of two letters ("иа" for a news agency) is inside countless ordinary words ("материал",
    "специалист") and once made the hits model several times slower at a million articles."""
    short = {pid: sorted(a for a in anchors(pattern) if len(a) < 3)
             for pid, pattern, _ in PATTERNS if pid.startswith("target:")}
    assert {pid: a for pid, a in short.items() if a} == {}


def test_alternatives_split_only_at_the_top_level():
    assert alternatives(r"a|(b|c)d") == ["a", "(b|c)d"]
    assert alternatives(r"[|(]x|\|y|[^]|]z|q") == ["[|(]x", "\\|y", "[^]|]z", "q"]
    assert alternatives(r"(^|[^\pL])нко") == [r"(^|[^\pL])нко"]
    assert alternatives("") == [""]


@pytest.mark.parametrize(("pattern_id", "pattern", "example"), PATTERNS,
                         ids=[p[0] for p in PATTERNS])
def test_match_groups_match_exactly_where_the_pattern_does(pattern_id, pattern, example):
    """The models test a pattern as its groups (a long alternation overflows RE2's fast engine):
    the groups must rebuild the pattern, and find a match in the same texts as it does."""
    groups = match_groups(pattern)
    assert "|".join(groups) == pattern
    assert all(len(alternatives(g)) <= GROUP_SIZE for g in groups)
    whole = re.compile(_to_python(pattern))
    parts = [re.compile(_to_python(g)) for g in groups]  # each one well-formed on its own

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(whole))
    def check(text):
        assert any(p.search(text) for p in parts), (pattern_id, text)

    check()
    text = example.lower().replace("ё", "е")
    assert bool(whole.search(text)) == any(p.search(text) for p in parts), pattern_id
