"""The GX landing gate on real batch files, and quarantine through the pipeline step."""

import json

from expectations.landing import validate_batch
from qysym import pipeline
from qysym import settings as settings_module
from tests.conftest import article, write_batch


def _batch(data_dir, outlet="vlast", name="crawl_20201201_20201231.jsonl"):
    return data_dir / "landing" / f"outlet={outlet}" / "date=2020-12-01" / name


def test_a_good_batch_passes(data_dir):
    path = write_batch(_batch(data_dir), [article(), article(native_id="42002", title="Другая новость")])
    verdict = validate_batch(path, "vlast")
    assert verdict.success, verdict.failures
    assert verdict.rows == 2


def test_duplicate_versions_fail_the_compound_uniqueness_expectation(data_dir):
    path = write_batch(_batch(data_dir), [article(), article()])
    verdict = validate_batch(path, "vlast")
    assert not verdict.success
    assert [f["expectation"] for f in verdict.failures] == ["expect_compound_columns_to_be_unique"]


def test_a_language_outside_the_outlets_editions_is_named(data_dir):
    path = write_batch(_batch(data_dir, "azattyq"), [article(outlet="azattyq", lang="en")])
    verdict = validate_batch(path, "azattyq")
    failed = {(f["expectation"], f["column"]) for f in verdict.failures}
    assert ("expect_column_values_to_be_in_set", "lang") in failed


def test_an_empty_body_and_a_local_time_are_caught(data_dir):
    path = write_batch(_batch(data_dir), [article(body="", published_at="2020-12-08T14:05:00+06:00")])
    failed = {(f["expectation"], f["column"]) for f in validate_batch(path, "vlast").failures}
    assert ("expect_column_value_lengths_to_be_between", "body") in failed
    assert ("expect_column_values_to_match_regex", "published_at") in failed


def test_a_malformed_line_fails_the_batch_with_its_line_number(data_dir):
    path = write_batch(_batch(data_dir), [article()], raw_lines=['{"outlet": "vlast", "title": '])
    verdict = validate_batch(path, "vlast")
    assert not verdict.success
    assert verdict.failures[0]["expectation"] == "batch_is_readable_jsonl"
    assert "line 2" in verdict.failures[0]["observed"]


def test_the_gate_quarantines_only_the_bad_batch(data_dir):
    good = write_batch(_batch(data_dir), [article()])
    bad = write_batch(_batch(data_dir, "tengrinews"), [article(outlet="tengrinews", lang="xx")])
    outcome = pipeline.validate_landing(settings_module.load())
    assert outcome["passed"] == [str(good.relative_to(data_dir / "landing"))]
    assert len(outcome["quarantined"]) == 1
    assert good.exists() and not bad.exists()
    moved = data_dir / "quarantine" / bad.relative_to(data_dir / "landing")
    assert moved.exists(), "the bad batch is kept, not deleted"
    report = json.loads(moved.with_suffix(".validation.json").read_text())
    assert report["success"] is False and report["failures"]
