"""The GX landing gate on real batch files: every failure mode is caught by its named check, the
bad batch alone is quarantined (kept, with its validation result), the good ones go on."""

from __future__ import annotations

import json

import pytest

from qysym import pipeline
from qysym import settings as settings_module
from tests.conftest import article, write_batch

GOOD_BODY = "Текст статьи о погоде в Алматы и о работе городских служб зимой. " * 3


def batch_path(data_dir, outlet="vlast", run_id="crawl_20201201_20201231", day="2020-12-01"):
    return data_dir / "landing" / f"outlet={outlet}" / f"date={day}" / f"{run_id}.jsonl"


def articles(outlet="vlast", n=5, **overrides) -> list[dict]:
    lang = "kk" if outlet == "azattyq" else "ru"
    return [article(outlet=outlet, lang=lang, native_id=str(1000 + i), body=GOOD_BODY,
                    title=f"Новость номер {i}", published_at=f"2020-12-{8 + i:02d}T08:05:00+00:00",
                    run_id="crawl_20201201_20201231", **overrides) for i in range(n)]


def land(data_dir, records, outlet="vlast", raw_lines=(), report=True, counts=None, **where):
    """A batch and (unless told otherwise) its reconciling crawl report."""
    path = write_batch(batch_path(data_dir, outlet, **where), records, list(raw_lines))
    if report:
        n = len(records) + len(raw_lines)
        base = {"discovered": n, "parsed": n, "failed": 0, "skipped": 0, "landed": n,
                "dropped": 0, "discovery_failed": 0}
        base.update(counts or {})
        path.with_suffix(".report.json").write_text(json.dumps({
            "outlet": outlet, "run_id": path.stem, "since": "2020-12-01", "until": "2020-12-31",
            "status": "ok", "counts": base}))
    return path


def gate(data_dir):
    return pipeline.validate_landing(settings_module.load())


def verdict_of(data_dir, path, quarantined=True):
    base = data_dir / ("quarantine" if quarantined else "validation")
    relative = path.relative_to(data_dir / "landing")
    return json.loads((base / relative.with_suffix(".validation.json")).read_text())


def test_good_batches_pass_and_stay(data_dir):
    good = land(data_dir, articles())
    other = land(data_dir, articles("azattyq"), outlet="azattyq")
    outcome = gate(data_dir)
    assert outcome["quarantined"] == []
    assert sorted(outcome["passed"]) == sorted(
        str(p.relative_to(data_dir / "landing")) for p in (good, other))
    verdict = verdict_of(data_dir, good, quarantined=False)
    assert verdict["success"] and verdict["failures"] == [] and verdict["rows"] == 5


def test_an_edit_of_an_older_article_in_the_window_passes(data_dir):
    """A daily run lands the edits made that day: an article published the day before the window,
    edited within it (Almaty time), is a new version of the window, not a shifted date."""
    records = articles()
    records[0].update(published_at="2020-11-30T11:13:00+00:00",   # 30 Nov, 17:13 in Almaty
                      modified_at="2020-11-30T21:26:00+00:00")    # 1 Dec, 03:26 in Almaty
    path = land(data_dir, records)
    outcome = gate(data_dir)
    assert outcome["quarantined"] == [] and path.exists()
    # the same article, edited the evening before the window too, is out of it
    records[0]["modified_at"] = "2020-11-30T15:00:00+00:00"        # 30 Nov, 21:00 in Almaty
    land(data_dir, records)
    assert gate(data_dir)["quarantined"] == [str(path.relative_to(data_dir / "landing"))]


def _future(records):
    records[2]["published_at"] = "2026-01-02T08:00:00+00:00"  # after its own fetch (2026-01-01)
    return records


def _fallback(records):
    # 9 of the 10 titles and bodies from fallback layers: 90%
    for r in records:
        r["layers"] = {"title": "generic", "body": "jsonld", "published_at": "jsonld"}
    records[0]["layers"]["title"] = "selectors"
    return records


def _missing_field(records):
    del records[1]["authors"]
    return records


def _wrong_type(records):
    records[1]["tags"] = "one tag"
    return records


# failure mode -> (how to make the batch bad, the check that must name it)
FAILURES = {
    "empty bodies": (lambda r: [dict(x, body="") for x in r], "body_length_sane"),
    "dates shifted out of the interval": (
        lambda r: [dict(x, published_at=x["published_at"].replace("2020-12-", "2021-01-")) for x in r],
        "published_within_interval"),
    "dates shifted before the interval": (
        lambda r: [dict(x, published_at=x["published_at"].replace("2020-12-", "2020-11-")) for x in r],
        "published_within_interval"),
    "duplicated ids": (lambda r: [*r, r[0]], "no_duplicate_versions"),
    "90% fallback share": (_fallback, "fallback_share_below_threshold"),
    "a future date": (_future, "not_in_the_future"),
    "a local time instead of UTC": (
        lambda r: [dict(x, published_at="2020-12-08T14:05:00+06:00") for x in r],
        "timestamps_are_utc"),
    "a language that is not an edition": (lambda r: [dict(x, lang="uz") for x in r][:1] + r[1:],
                                          "language_is_an_edition"),
    "a missing field": (_missing_field, "required_fields_present"),
    "a wrongly typed field": (_wrong_type, "schema_and_types"),
    "a blank required field": (lambda r: [dict(x, native_id=" ") for x in r][:1] + r[1:],
                               "required_fields_present"),
    "a one-letter title": (lambda r: [dict(x, title="X") for x in r][:1] + r[1:],
                           "title_length_sane"),
    "another outlet's lines in the batch": (
        lambda r: [dict(x, outlet="tengrinews") for x in r][:1] + r[1:], "outlet_matches_partition"),
}


@pytest.mark.parametrize("mode", sorted(FAILURES))
def test_each_failure_mode_is_caught_by_its_check_and_only_the_bad_batch_leaves(data_dir, mode):
    make_bad, check = FAILURES[mode]
    good = land(data_dir, articles("azattyq"), outlet="azattyq")
    records = make_bad(articles())
    bad = land(data_dir, records)
    outcome = gate(data_dir)

    assert outcome["passed"] == [str(good.relative_to(data_dir / "landing"))]
    assert outcome["quarantined"] == [str(bad.relative_to(data_dir / "landing"))]
    assert good.exists() and not bad.exists()
    moved = data_dir / "quarantine" / bad.relative_to(data_dir / "landing")
    assert moved.exists(), "the bad batch is kept, not deleted"
    assert moved.read_text(encoding="utf-8").count("\n") == len(records), "nothing dropped"
    assert moved.with_suffix(".report.json").exists(), "its crawl report goes with it"
    verdict = verdict_of(data_dir, bad)
    assert verdict["success"] is False
    assert check in {f["check"] for f in verdict["failures"]}, verdict["failures"]
    named = next(f for f in verdict["failures"] if f["check"] == check)
    assert named["expectation"].startswith("expect_") and named["observed"] not in (None, 0)


def test_a_malformed_line_fails_its_batch_with_the_line_number(data_dir):
    good = land(data_dir, articles("azattyq"), outlet="azattyq")
    bad = land(data_dir, articles(n=2), raw_lines=['{"outlet": "vlast", "title": '])
    outcome = gate(data_dir)
    assert outcome["passed"] == [str(good.relative_to(data_dir / "landing"))]
    verdict = verdict_of(data_dir, bad)
    failure = next(f for f in verdict["failures"] if f["check"] == "batch_is_readable_jsonl")
    assert "line 3" in failure["observed"]


def test_the_crawl_report_must_be_there_and_reconcile(data_dir):
    missing = land(data_dir, articles(), report=False)
    unreconciled = land(data_dir, articles("azattyq"), outlet="azattyq",
                        counts={"discovered": 9})  # 9 found, 5 parsed, none failed or skipped
    miscounted = land(data_dir, articles("tengrinews"), outlet="tengrinews", counts={"landed": 7})
    gate(data_dir)
    assert {f["check"] for f in verdict_of(data_dir, missing)["failures"]} == {"crawl_report_present"}
    assert {f["check"] for f in verdict_of(data_dir, unreconciled)["failures"]} == {
        "crawl_report_reconciles"}
    assert {f["check"] for f in verdict_of(data_dir, miscounted)["failures"]} == {
        "crawl_report_reconciles"}


def test_a_moderate_fallback_share_is_a_recorded_warning_not_a_quarantine(data_dir):
    records = articles()
    for r in records:
        r["layers"] = {"title": "selectors", "body": "generic"}  # 50%
    path = land(data_dir, records)
    outcome = gate(data_dir)
    assert outcome["quarantined"] == [] and path.exists()
    verdict = verdict_of(data_dir, path, quarantined=False)
    assert verdict["success"] is True
    assert [w["check"] for w in verdict["warnings"]] == ["fallback_share_high"]
    assert verdict["warnings"][0]["status"] == "warn"


def test_a_batch_that_passed_is_not_validated_again_until_it_changes(data_dir):
    path = land(data_dir, articles())
    first = gate(data_dir)
    again = gate(data_dir)
    assert again["passed"] == first["passed"]
    results = data_dir / "quality" / "results" / f"{again['check_run']}.jsonl"
    assert results.read_text(encoding="utf-8") == "", "an unchanged batch is not checked again"
    # a rerun rewrites the batch: it is checked again, and a bad rewrite is caught
    land(data_dir, [dict(r, body="") for r in articles()])
    third = gate(data_dir)
    assert third["quarantined"] == [str(path.relative_to(data_dir / "landing"))]


def test_every_outcome_lands_as_data_and_in_the_data_docs(data_dir):
    land(data_dir, articles())
    land(data_dir, [dict(r, body="") for r in articles("azattyq")], outlet="azattyq")
    outcome = gate(data_dir)
    results = data_dir / "quality" / "results" / f"{outcome['check_run']}.jsonl"
    rows = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    failed = [r for r in rows if r["status"] == "FAIL"]
    # an empty body is present but too short (an absent one fails required_fields_present)
    assert {r["check"] for r in failed} == {"body_length_sane"}
    assert all(r["subject"].startswith("outlet=azattyq") for r in failed)
    assert any(r["status"] == "pass" and r["subject"].startswith("outlet=vlast") for r in rows)
    index = data_dir / "quality" / "docs" / "index.html"
    assert index.exists()
    assert "landing_articles" in index.read_text(encoding="utf-8")


def test_a_second_quarantine_of_the_same_name_keeps_the_first(data_dir):
    # a good-sized bad batch is quarantined; a later, smaller bad batch of the same name lands
    # and fails too: both stay in quarantine, under different names, each with its report
    first_records = [dict(r, body="") for r in articles(n=5)]
    bad = land(data_dir, first_records)
    assert gate(data_dir)["quarantined"] == [str(bad.relative_to(data_dir / "landing"))]
    again = land(data_dir, [dict(r, body="") for r in articles(n=2)])
    assert again == bad
    assert gate(data_dir)["quarantined"] == [str(bad.relative_to(data_dir / "landing"))]

    moved = data_dir / "quarantine" / bad.relative_to(data_dir / "landing")
    second = moved.with_name(f"{moved.stem}.q2.jsonl")
    assert moved.read_text(encoding="utf-8").count("\n") == 5, "the first quarantine is intact"
    assert second.read_text(encoding="utf-8").count("\n") == 2
    for path in (moved, second):
        assert path.with_suffix(".report.json").exists()
        assert path.with_suffix(".validation.json").exists()


def test_the_gate_verdicts_are_recorded_before_a_build_could_die(data_dir):
    """A build killed after the landing gate (before its run is recorded) still leaves the gate's
    outcomes in quality/results: the next run loads them, so the audit table has no hole."""
    from qysym import quality

    good = land(data_dir, articles())
    settings = settings_module.load()
    run = quality.start(settings)  # not `recorded`: as if the process died after the gate
    quality.landing_gate(settings, run, [("vlast", good)])
    results = data_dir / "quality" / "results" / f"{run.run_id}.jsonl"
    rows = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["gate"] for r in rows} == {"landing"}
    assert {r["check_run"] for r in rows} == {run.run_id}
    verdict = verdict_of(data_dir, good, quarantined=False)
    assert verdict["check_run"] == run.run_id  # the batch counts as checked, and is on record


def test_a_batch_of_an_outlet_no_longer_registered_is_quarantined_not_built(data_dir):
    """The warehouse reads every landing partition, so the gate does too: lines of an outlet
    the registry does not know (unregistered after its crawl) fail their edition check."""
    good = land(data_dir, articles())
    stray = land(data_dir, articles("orda"), outlet="orda")
    outcome = gate(data_dir)
    assert outcome["passed"] == [str(good.relative_to(data_dir / "landing"))]
    assert outcome["quarantined"] == [str(stray.relative_to(data_dir / "landing"))]
    verdict = verdict_of(data_dir, stray)
    assert "language_is_an_edition" in {f["check"] for f in verdict["failures"]}


def _check(*args):
    import os
    import subprocess
    import sys
    from pathlib import Path

    qysym = str(Path(sys.executable).parent / "qysym")
    return subprocess.run([qysym, "check", *args], capture_output=True, text=True, check=False,
                          env=dict(os.environ))


def test_qysym_check_judges_a_bad_batch_as_a_build_would(data_dir):
    """`qysym check` runs the build's own gates: a failed batch left in landing (report only) would
    be built, so the check fails; with --quarantine it is moved out of the build's way, as a build
    does, and the check passes naming it. Without a warehouse, the warehouse gate says so."""
    good = land(data_dir, articles())
    bad = land(data_dir, _future(articles("azattyq")), outlet="azattyq")
    reported = _check("--gate", "landing")
    assert reported.returncode == 1, reported.stdout + reported.stderr
    assert "blocking check(s) failed" in reported.stderr and bad.exists()
    moved = _check("--quarantine")
    assert moved.returncode == 0, moved.stdout + moved.stderr
    relative = str(bad.relative_to(data_dir / "landing"))
    assert f"quarantined, left out of the next build: {relative}" in moved.stdout
    assert "no warehouse yet" in moved.stdout + moved.stderr
    assert 'qysym sql "select * from quality.check_results"' in moved.stdout
    assert not bad.exists() and good.exists() and (data_dir / "quarantine" / relative).exists()
    missing = _check("--gate", "warehouse")
    assert missing.returncode == 1 and "run `qysym build` first" in missing.stderr
