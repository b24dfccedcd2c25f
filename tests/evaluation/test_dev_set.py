"""Shape checks for the hand-written development set (tests/evaluation/dev_set.jsonl).

The set is the yardstick for the classifier's precision and recall per category and language
(indicators.md, "Method notes"). It was written in our own words from reading real reports (the
URLs and labels in tests/evaluation/reading/, the codebook in tests/evaluation/LABELLING.md), and
`qysym evaluate` splits it by a fixed hash of each id into a tuning and a test half. These tests
guard its structure and coverage, not its labels' semantics: labels are reviewed by people.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from qysym.contract import category_codes

HERE = Path(__file__).parent
DEV_SET = HERE / "dev_set.jsonl"
SEEDS = HERE.parents[1] / "models" / "seeds"

KEYS = {"id", "lang", "title", "text", "is_pressure", "categories", "targets", "target_kinds", "note"}
# The category codes: the categories seed is their one list.
CATEGORIES = set(category_codes())
TARGET_KINDS = {"ngo", "activist", "journalist_media", "movement_party", "observer"}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

MIN_TOTAL = 600
MIN_PER_LANG = {"ru": 300, "kk": 200, "en": 100}
MIN_PER_CATEGORY = {"ru": 8, "kk": 6, "en": 5}
MIN_NEGATIVE_SHARE = 0.40
# Kazakh written in a Latin alphabet (2018, 2021 and the Turkish-style spellings real coverage uses)
KAZAKH_LATIN_LETTERS = set("äğñöşūüáǵńóúýıŋǧwq")
MIN_KAZAKH_LATIN = 20


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = DEV_SET.read_text(encoding="utf-8").splitlines()
    assert lines, "dev set is empty"
    parsed = []
    for number, line in enumerate(lines, 1):
        assert line.strip(), f"blank line {number}"
        record = json.loads(line)
        assert isinstance(record, dict), f"line {number} is not a JSON object"
        parsed.append(record)
    return parsed


@pytest.fixture(scope="module")
def gazetteer() -> dict[str, set[str]]:
    """target_id -> kinds, from the targets seed."""
    kinds: dict[str, set[str]] = {}
    with (SEEDS / "targets.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kinds.setdefault(row["target_id"], set()).add(row["kind"])
    return kinds


def test_keys_are_exact(rows):
    for r in rows:
        assert set(r) == KEYS, r.get("id")


def test_ids_unique_and_match_language(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for r in rows:
        assert r["lang"] in MIN_PER_LANG, r["id"]
        assert re.fullmatch(rf"dev-{r['lang']}-\d{{3}}", r["id"]), r["id"]


def test_field_types(rows):
    for r in rows:
        assert isinstance(r["is_pressure"], bool), r["id"]
        for key in ("title", "text", "note"):
            assert isinstance(r[key], str) and r[key].strip(), (r["id"], key)
        for key in ("categories", "targets", "target_kinds"):
            assert isinstance(r[key], list), (r["id"], key)
            assert all(isinstance(v, str) for v in r[key]), (r["id"], key)
            assert len(r[key]) == len(set(r[key])), (r["id"], key, "duplicates")


def test_lengths_look_like_news(rows):
    for r in rows:
        assert 5 <= len(r["title"].split()) <= 14, (r["id"], r["title"])
        assert 150 <= len(r["text"]) <= 900, (r["id"], len(r["text"]))


def test_no_duplicate_texts(rows):
    texts = Counter(r["text"] for r in rows)
    assert not [t for t, n in texts.items() if n > 1]


def test_known_codes_only(rows):
    for r in rows:
        assert set(r["categories"]) <= CATEGORIES, r["id"]
        assert set(r["target_kinds"]) <= TARGET_KINDS, r["id"]


def test_targets_exist_in_gazetteer(rows, gazetteer):
    for r in rows:
        for target in r["targets"]:
            assert target in gazetteer, (r["id"], target)
            # a named target's kind is among the kinds labelled for the row
            assert gazetteer[target] & set(r["target_kinds"]), (r["id"], target)


def test_labels_consistent_with_is_pressure(rows):
    for r in rows:
        if r["is_pressure"]:
            assert r["categories"], r["id"]
            assert r["target_kinds"], r["id"]
        else:
            assert r["categories"] == [] and r["targets"] == [] and r["target_kinds"] == [], r["id"]


def test_counts_per_language(rows):
    assert len(rows) >= MIN_TOTAL
    per_lang = Counter(r["lang"] for r in rows)
    for lang, minimum in MIN_PER_LANG.items():
        assert per_lang[lang] >= minimum, (lang, per_lang[lang])


@pytest.mark.parametrize("lang", sorted(MIN_PER_CATEGORY))
def test_every_category_covered(rows, lang):
    counts = Counter(c for r in rows if r["lang"] == lang for c in r["categories"])
    short = {c: counts[c] for c in CATEGORIES if counts[c] < MIN_PER_CATEGORY[lang]}
    assert not short, short


@pytest.mark.parametrize("lang", sorted(MIN_PER_CATEGORY))
def test_some_positives_carry_two_categories(rows, lang):
    assert sum(1 for r in rows if r["lang"] == lang and len(r["categories"]) >= 2) >= 5


def test_hard_negative_share(rows):
    negatives = [r for r in rows if not r["is_pressure"]]
    assert len(negatives) / len(rows) >= MIN_NEGATIVE_SHARE
    for lang in MIN_PER_LANG:
        in_lang = [r for r in rows if r["lang"] == lang]
        assert sum(not r["is_pressure"] for r in in_lang) / len(in_lang) >= 0.30, lang


def test_negatives_explain_themselves(rows):
    for r in rows:
        if not r["is_pressure"]:
            assert r["note"].startswith(("hard negative", "neutral")), r["id"]


def test_kazakh_texts_use_kazakh_letters(rows):
    """Genuine Kazakh, not transliterated Russian: Kazakh-only letters occur throughout the text,
    Cyrillic ones or, for Kazakh written in a Latin alphabet, Latin ones."""
    for r in rows:
        if r["lang"] == "kk":
            text = r["text"].lower()
            latin = not re.search(r"[а-яәғқңөұүһі]", text)
            letters = KAZAKH_LATIN_LETTERS if latin else KAZAKH_LETTERS
            assert sum(ch in letters for ch in text) >= 10, r["id"]


def test_some_kazakh_is_in_the_latin_alphabet(rows):
    latin = [r for r in rows if r["lang"] == "kk" and not re.search(r"[а-яәғқңөұүһі]", r["text"].lower())]
    assert len(latin) >= MIN_KAZAKH_LATIN


def test_english_texts_are_latin(rows):
    for r in rows:
        if r["lang"] == "en":
            assert not re.search(r"[а-яё]", r["text"].lower()), r["id"]


def test_russian_texts_are_cyrillic(rows):
    for r in rows:
        if r["lang"] == "ru":
            assert len(re.findall(r"[а-яё]", r["text"].lower())) > len(r["text"]) / 2, r["id"]
