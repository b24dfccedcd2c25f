"""Warehouse gate: GX suites over the built warehouse, run after dbt and before publish.

Frames are read from the warehouse with DuckDB by the queries in ``expectations/queries/`` (small:
one row per outlet-day, outlet-week, indicator row or outlet), with the coverage thresholds the
marts were built with (the dbt vars, read back from intermediate.int_coverage_thresholds so a
``--vars`` override reaches the gate too), and validated by:

``warehouse_coverage`` (warnings, per outlet): no coverage gap day (marts.coverage_days: an
    outlet that usually publishes dozens landed almost nothing), weekly volume within the trailing
    8 weeks' range (marts.coverage_weeks), and freshness: the newest fetch of each outlet is at
    most QYSYM_FRESHNESS_HOURS old.
``warehouse_indicators`` (blocking): shares in [0, 1], denominators present, events never more
    than the week's articles or the reports they group.
``warehouse_publication`` (blocking, per outlet): nothing published is lost. Every article of the
    previous publication (the snapshot readers have now) is still in the new build, or was
    retracted on purpose (``qysym retract``, marts.retractions). A lost one stops the publish and
    the failure names the outlet, edition and day: a flaky re-crawl, a quarantined or deleted
    batch can add to the publication but never take from it without a word.

The dbt tests ran in the same build (``dbt build``); their results are read from dbt's
run_results.json so that one table holds every check of a run.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from expectations.runner import Outcome, expect, per_subject, query, suite

GATE = "warehouse"


def freshness_hours() -> float:
    from qysym import settings

    return settings.load().freshness_hours


def _frames(warehouse: Path, now: datetime) -> dict:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        frames = {key: con.execute(query(name)).df() for key, name in (
            ("days", "coverage_days"), ("weeks", "coverage_weeks"), ("shares", "indicator_shares"),
            ("events", "indicator_events"), ("thresholds", "thresholds"))}
        frames["fresh"] = con.execute(query("freshness"), {"now": now}).df()
    finally:
        con.close()
    return frames


def publication_frame(warehouse: Path, previous: Path):
    """Per outlet, edition and publication day of the previous publication: its articles and how
    many of them the new build lost without a retraction. None without a previous publication."""
    import duckdb

    if not previous.exists():
        return None
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute("attach '" + str(previous).replace("'", "''") + "' as previous (read_only)")
        if not con.execute("select count(*) from information_schema.tables where table_catalog = "
                           "'previous' and table_schema = 'marts' and table_name = 'articles'"
                           ).fetchone()[0]:
            return None
        return con.execute(query("publication")).df()
    finally:
        con.close()


def publication_suite():
    from great_expectations import expectations as gxe

    return suite("warehouse_publication", [expect(
        gxe.ExpectColumnValuesToBeBetween, "nothing_published_is_lost", column="lost",
        min_value=0, max_value=0,
        description="every article of the previous publication is still published, or was "
                    "retracted with `qysym retract` (per outlet, edition and day)")])


def coverage_suites(hours: float, thresholds: dict[str, float]):
    """``thresholds``: the coverage vars the marts were built with (queries/thresholds.sql)."""
    from great_expectations import expectations as gxe

    days = []
    days.append(expect(
        gxe.ExpectColumnValuesToBeBetween, "coverage_complete", blocking=False,
        column="share_of_usual", min_value=thresholds["coverage_gap_ratio"],
        description="no outlet-day with almost no articles where the outlet usually publishes "
                    "dozens (marts.coverage_days)"))
    weeks = []
    weeks.append(expect(
        gxe.ExpectColumnValuesToBeBetween, "volume_within_trailing_range", blocking=False,
        column="volume_ratio", min_value=thresholds["coverage_volume_low"],
        max_value=thresholds["coverage_volume_high"],
        description="weekly volume within the range of the previous 8 complete weeks"))
    fresh = []
    fresh.append(expect(
        gxe.ExpectColumnValuesToBeBetween, "source_is_fresh", blocking=False,
        column="age_hours", max_value=hours,
        description=f"each outlet fetched within the last {hours:g} hours"))
    return (suite("warehouse_coverage_days", days), suite("warehouse_coverage_weeks", weeks),
            suite("warehouse_freshness", fresh))


def indicator_suites():
    from great_expectations import expectations as gxe

    shares = []
    shares.append(expect(
        gxe.ExpectColumnValuesToBeBetween, "shares_are_proportions", column="share",
        min_value=0, max_value=1, description="every share is in [0, 1]"))
    shares.append(expect(
        gxe.ExpectColumnValuesToNotBeNull, "denominators_present", column="total_articles",
        description="every indicator row carries its denominator"))
    shares.append(expect(
        gxe.ExpectColumnPairValuesAToBeGreaterThanB, "pressure_within_denominator",
        column_A="total_articles", column_B="pressure_articles", or_equal=True,
        ignore_row_if="either_value_is_missing",
        description="pressure articles never exceed all articles"))
    events = []
    events.append(expect(
        gxe.ExpectColumnPairValuesAToBeGreaterThanB, "events_within_articles",
        column_A="total_articles", column_B="events", or_equal=True,
        ignore_row_if="either_value_is_missing",
        description="a week's events of a category never exceed the week's articles"))
    events.append(expect(
        gxe.ExpectColumnPairValuesAToBeGreaterThanB, "events_within_reports",
        column_A="reports", column_B="events", or_equal=True,
        ignore_row_if="either_value_is_missing",
        description="a week's events of a category never exceed its reports (article x target "
                    "memberships): every event starts with one"))
    return (suite("warehouse_indicator_shares", shares),
            suite("warehouse_indicator_events", events))


def dbt_outcomes(run_results: Path) -> list[Outcome]:
    """The data and unit tests of the last dbt build, as outcomes of this gate."""
    if not run_results.exists():
        return []
    results = json.loads(run_results.read_text(encoding="utf-8")).get("results", [])
    outcomes = []
    for item in results:
        unique_id = item.get("unique_id", "")
        if not unique_id.startswith(("test.", "unit_test.")):
            continue
        status = item.get("status")
        outcomes.append(Outcome(
            GATE, "dbt_tests", "dbt unit test" if unique_id.startswith("unit_test.") else "dbt test",
            unique_id.split(".")[2] if unique_id.count(".") >= 2 else unique_id,
            status in ("pass", "success"), status != "warn",
            item.get("failures") if item.get("failures") is not None else status, None,
            [item.get("message")] if item.get("message") and status not in ("pass", "success") else [],
        ))
    return outcomes


def validate(project, warehouse: Path, run_results: Path | None = None,
             now: datetime | None = None, previous: Path | None = None) -> list[Outcome]:
    """The warehouse gate's outcomes; ``previous`` is the snapshot readers have now (the
    publication that nothing may be lost from)."""
    now = now or datetime.now(UTC)
    frames = _frames(warehouse, now)
    outlets = sorted(set(frames["days"]["outlet"]) | set(frames["fresh"]["outlet"]))
    days, weeks, fresh = coverage_suites(freshness_hours(), frames["thresholds"].iloc[0].to_dict())
    shares, events = indicator_suites()
    outcomes: list[Outcome] = []
    runs = (
        ("warehouse_coverage_days", days, frames["days"], ["outlet", "day"]),
        ("warehouse_coverage_weeks", weeks, frames["weeks"], ["outlet", "week_start"]),
        ("warehouse_freshness", fresh, frames["fresh"], ["outlet"]),
    )
    for asset, checks, frame, index in runs:
        if len(frame):
            result = project.validate(asset, checks, frame, index)
            outcomes += per_subject(GATE, result, "outlet", outlets)
    for asset, checks, frame in (("warehouse_indicator_shares", shares, frames["shares"]),
                                 ("warehouse_indicator_events", events, frames["events"])):
        if len(frame):
            result = project.validate(asset, checks, frame, ["row_key"])
            outcomes += per_subject(GATE, result, None, [], default_subject="marts")
    publication = publication_frame(warehouse, previous) if previous is not None else None
    if publication is not None and len(publication):
        result = project.validate("warehouse_publication", publication_suite(), publication,
                                  ["outlet", "lang", "day", "published_before", "lost_examples"])
        outcomes += per_subject(GATE, result, "outlet", sorted(set(publication["outlet"])))
    if run_results is not None:
        outcomes += dbt_outcomes(run_results)
    return outcomes
