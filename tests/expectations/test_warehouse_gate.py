"""The warehouse gate on a real build: a missing outlet-day is a reported gap and a flagged week,
a quarantined batch does not stop the other outlets' publish, a broken indicator does, and every
outcome lands in quality.check_results and the Data Docs."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import shutil
from datetime import date

import duckdb
import pytest

from qysym import pipeline, quality, settings
from qysym.synthetic import write_landing
from qysym.warehouse import QysymError

GAP_OUTLET, GAP_DAY = "vlast", "2021-02-10"


def keep_lines(batch, keep) -> int:
    """Rewrite a batch with the lines ``keep(article, seen)`` accepts (``seen``: how many lines
    of the affected days came before), and its crawl report's counts to match, as a crawl that
    really landed less would have; returns how many lines went."""
    lines = batch.read_text(encoding="utf-8").splitlines()
    kept = [line for index, line in enumerate(lines) if keep(json.loads(line), index)]
    batch.write_text("\n".join(kept) + "\n", encoding="utf-8")
    report_path = batch.with_suffix(".report.json")
    report = json.loads(report_path.read_text())
    report["counts"].update(discovered=len(kept), parsed=len(kept), landed=len(kept))
    report_path.write_text(json.dumps(report))
    return len(lines) - len(kept)


def drop_day(batch, day: str) -> int:
    """Remove one day's articles (Kazakhstan's calendar; synthetic times are 01-18 UTC, the same
    local day): a crawl that lost a day."""
    return keep_lines(batch, lambda item, _: not item["published_at"].startswith(day))


def thin_week(batch, days: list[str], keep_every: int = 4) -> None:
    """Keep about one article in ``keep_every`` on those days: a feed that mostly stopped for a
    week (a volume anomaly, while each day still lands more than a gap's worth)."""
    keep_lines(batch, lambda item, index: item["published_at"][:10] not in days
               or index % keep_every == 0)


THIN_OUTLET, THIN_WEEK = "azattyq", "2021-02-15"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """6,000 synthetic articles over two months (~30 a day per outlet), one Vlast day lost, one
    extra Tengrinews batch with a malformed line; built and published by the pipeline."""
    data_dir = tmp_path_factory.mktemp("gate") / "data"
    config = dataclasses.replace(settings.load(), data_dir=data_dir)
    write_landing(data_dir, 6000, start=date(2021, 1, 1), months=2, seed=11)
    february = data_dir / "landing" / f"outlet={GAP_OUTLET}" / "date=2021-02-01"
    dropped = drop_day(next(february.glob("*.jsonl")), GAP_DAY)
    assert dropped > 10
    thinned = data_dir / "landing" / f"outlet={THIN_OUTLET}" / "date=2021-02-01"
    thin_week(next(thinned.glob("*.jsonl")), [f"2021-02-{d}" for d in range(15, 22)])
    bad = data_dir / "landing" / "outlet=tengrinews" / "date=2021-02-01" / "crawl_late.jsonl"
    bad.write_text(next(bad.parent.glob("crawl_2021*.jsonl")).read_text().splitlines()[0]
                   + "\n{broken\n", encoding="utf-8")
    bad.with_suffix(".report.json").write_text(json.dumps({
        "outlet": "tengrinews", "since": "2021-02-01", "until": "2021-02-28",
        "counts": {"discovered": 2, "parsed": 2, "failed": 0, "skipped": 0, "landed": 2}}))
    os.environ["QYSYM_FRESHNESS_HOURS"] = "1000000"
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            published = pipeline.build(config)
    finally:
        del os.environ["QYSYM_FRESHNESS_HOURS"]
    return config, bad, dropped, published, out.getvalue()


def test_a_quarantined_batch_leaves_the_rest_published_and_says_so(built):
    config, bad, dropped, published, out = built
    assert dropped > 10
    assert "QUARANTINED outlet=tengrinews/date=2021-02-01/crawl_late.jsonl" in out
    assert "batch_is_readable_jsonl" in out
    assert "published without 1 quarantined batch(es)" in out
    assert not bad.exists()
    assert (config.quarantine_dir / bad.relative_to(config.landing_dir)).exists()
    con = duckdb.connect(str(published.path), read_only=True)
    outlets = dict(con.execute("select outlet, count(*) from marts.articles group by 1").fetchall())
    con.close()
    assert set(outlets) == {"azattyq", "vlast", "tengrinews"}
    con = duckdb.connect(str(config.warehouse_path), read_only=True)
    landed = con.execute("select count(*) from intermediate.int_articles").fetchone()[0]
    con.close()
    assert sum(outlets.values()) == landed


def test_a_missing_outlet_day_is_a_named_gap_and_flags_its_week(built):
    config = built[0]
    con = duckdb.connect(str(config.serving_path), read_only=True)
    try:
        gaps = con.execute("select outlet, cast(published_date as varchar) from marts.coverage_days "
                           "where is_gap").fetchall()
        flagged = con.execute("select outlet, cast(week_start as varchar) from "
                              "marts.weekly_outlet_pressure where has_coverage_gap").fetchall()
        index = con.execute("select gap_outlets from marts.weekly_pressure_index "
                            "where week_start = '2021-02-08'").fetchone()
        results = con.execute("""
            select "check", subject, status, observed, sample from quality.check_results
            where gate = 'warehouse' and "check" = 'coverage_complete'
        """).fetchall()
    finally:
        con.close()
    assert gaps == [(GAP_OUTLET, GAP_DAY)]
    assert flagged == [(GAP_OUTLET, "2021-02-08")]
    assert index == ([GAP_OUTLET],)
    by_outlet = {subject: (status, observed, sample) for _, subject, status, observed, sample in results}
    assert by_outlet[GAP_OUTLET][0] == "warn"
    assert GAP_DAY in by_outlet[GAP_OUTLET][2]
    assert {by_outlet[o][0] for o in ("azattyq", "tengrinews")} == {"pass"}


# indicator sanity: a tampering of the built marts -> the blocking check that must stop the publish
BROKEN = {
    "shares_are_proportions": (
        "update marts.weekly_outlet_pressure set share = 1.5 "
        "where outlet = 'azattyq' and week_start = '2021-01-11'", "azattyq:2021-01-11"),
    "denominators_present": (
        "update marts.weekly_outlet_pressure set total_articles = null "
        "where outlet = 'vlast' and week_start = '2021-01-18'", "vlast:2021-01-18"),
    "pressure_within_denominator": (
        "update marts.weekly_outlet_pressure set pressure_articles = total_articles + 1 "
        "where outlet = 'tengrinews' and week_start = '2021-01-25'", "tengrinews:2021-01-25"),
    "events_within_articles": (
        "update marts.weekly_events set events = total_articles + 1 "
        "where category = 'fiscal' and week_start = '2021-02-01'", "fiscal:2021-02-01"),
    "events_within_reports": (
        "update marts.weekly_events set events = events + 1000 "
        "where category = 'detention' and week_start = '2021-02-08'", "detention:2021-02-08"),
}


@pytest.mark.parametrize("check", sorted(BROKEN))
def test_a_broken_indicator_stops_the_publish_and_readers_keep_the_snapshot(built, monkeypatch,
                                                                            check):
    config = built[0]
    tamper, row_key = BROKEN[check]
    monkeypatch.setenv("QYSYM_FRESHNESS_HOURS", "1000000")
    before = config.serving_path.read_bytes()
    backup = config.warehouse_path.with_name("backup.duckdb")
    shutil.copy(config.warehouse_path, backup)
    try:
        con = duckdb.connect(str(config.warehouse_path))
        con.execute(tamper)
        con.close()
        run = quality.start(config)
        with pytest.raises(QysymError, match="blocking check"):
            pipeline.check_and_publish(config, run)
    finally:
        shutil.move(backup, config.warehouse_path)
    assert config.serving_path.read_bytes() == before, "readers keep the previous snapshot"
    failed = [o for o in run.blocking_failures if o.check == check]
    assert failed and any(row_key in json.dumps(o.sample) for o in failed)
    # nothing else breaks (an inflated event count can exceed both its articles and its reports)
    assert {o.check for o in run.blocking_failures} <= set(BROKEN)
    rows = (config.data_dir / "quality" / "results" / f"{run.run_id}.jsonl").read_text()
    assert f'"check": "{check}"' in rows and '"status": "FAIL"' in rows


def test_the_dbt_tests_of_the_build_are_recorded_with_the_gate(built):
    config = built[0]
    con = duckdb.connect(str(config.serving_path), read_only=True)
    try:
        rows = con.execute("""
            select expectation, status, count(*) from quality.check_results
            where "check" = 'dbt_tests' group by all
        """).fetchall()
    finally:
        con.close()
    counts = {(e, s): n for e, s, n in rows}
    assert counts.get(("dbt test", "pass"), 0) > 100
    assert counts.get(("dbt unit test", "pass"), 0) >= 5
    assert not [k for k in counts if k[1] != "pass"]


def test_freshness_is_checked_per_outlet(built, monkeypatch):
    config = built[0]
    monkeypatch.setenv("QYSYM_FRESHNESS_HOURS", "0.001")
    run = quality.warehouse_gate(config, quality.start(config))
    stale = {o.subject for o in run.outcomes if o.check == "source_is_fresh" and not o.success}
    assert stale == {"azattyq", "vlast", "tengrinews"}
    assert not any(o.blocking for o in run.outcomes if o.check == "source_is_fresh")


def test_data_docs_show_the_latest_run(built):
    config = built[0]
    index = config.data_dir / "quality" / "docs" / "index.html"
    html = index.read_text(encoding="utf-8")
    latest = sorted((config.data_dir / "quality" / "results").glob("check_*.jsonl"))[-1].stem
    assert latest in html
    pages = list((config.data_dir / "quality" / "docs" / "validations").rglob("*.html"))
    assert any(latest in str(p) for p in pages)


def test_a_week_whose_volume_collapsed_is_a_named_anomaly_not_a_gap(built):
    config = built[0]
    con = duckdb.connect(str(config.serving_path), read_only=True)
    try:
        anomalies = con.execute("select outlet, cast(week_start as varchar) from "
                                "marts.coverage_weeks where is_volume_anomaly").fetchall()
        rows = con.execute("""
            select subject, status, sample from quality.check_results
            where "check" = 'volume_within_trailing_range'
              and check_run = (select max(check_run) from quality.check_results
                               where gate = 'warehouse')
        """).fetchall()
    finally:
        con.close()
    assert anomalies == [(THIN_OUTLET, THIN_WEEK)]
    status = {subject: (state, sample) for subject, state, sample in rows}
    assert status[THIN_OUTLET][0] == "warn" and THIN_WEEK in status[THIN_OUTLET][1]
    assert status[GAP_OUTLET][0] == "pass", "one lost day is a gap, not a volume anomaly"


def test_the_gate_flags_with_the_thresholds_the_marts_were_built_with(built):
    """The coverage thresholds are dbt vars; a --vars override reaches the gate through
    intermediate.int_coverage_thresholds, not a second reading of dbt_project.yml."""
    config = built[0]

    def gap_outlets() -> set[str]:
        run = quality.warehouse_gate(config, quality.start(config))
        return {o.subject for o in run.outcomes if o.check == "coverage_complete" and not o.success}

    assert gap_outlets() == {GAP_OUTLET}
    try:
        pipeline.dbt(config, "run", "--select", "int_coverage_thresholds",
                     "--vars", '{"coverage_gap_ratio": 0.999}')
        assert gap_outlets() == {"azattyq", "vlast", "tengrinews"}
    finally:
        pipeline.dbt(config, "run", "--select", "int_coverage_thresholds")
    assert gap_outlets() == {GAP_OUTLET}
