"""Acceptance: a faulty 60-day backfill of every edition, then a clean rerun, judged by the truth.

Over real HTTP against the sample mirror, through the real Scrapy engine. The window spans the
1 March 2024 clock change (UTC+6 -> UTC+5), so dates are checked across it to the minute.
"""

from __future__ import annotations

from datetime import date

import pytest

from qysym.contract import OUTLETS
from qysym.crawlcheck import compare, crawl_outlets, landed
from qysym.mirror.corpus import build_corpus
from qysym.mirror.server import Faults, MirrorServer
from scrapers.reparse import reparse

pytestmark = pytest.mark.slow

SINCE, DAYS = date(2024, 1, 15), 60
UNTIL = date.fromordinal(SINCE.toordinal() + DAYS - 1)
RUN_ID = f"crawl_{SINCE:%Y%m%d}_{UNTIL:%Y%m%d}"
FAULTS = Faults(server_error=0.05, timeout=0.02, malformed=0.01, timeout_seconds=4.0)
# Timeouts answer after 4 s; give up after 1.5 s, retry once: a faulty page fails in ~3 s.
FAST = {"DOWNLOAD_TIMEOUT": "1.5", "RETRY_TIMES": "1"}


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(seed=20240301, start=SINCE, days=DAYS)


@pytest.fixture(scope="module")
def truth(corpus):
    return [a.truth() for a in corpus.articles]


@pytest.fixture(scope="module")
def runs(corpus, tmp_path_factory):
    """Crawl with faults, then again after they clear; keep both runs' outcomes."""
    data_dir = tmp_path_factory.mktemp("backfill")
    with MirrorServer(corpus, faults=FAULTS) as url:
        faulty = crawl_outlets(data_dir, url, SINCE, UNTIL, settings=FAST)
    faulty_items = {o: landed(data_dir, o, SINCE, RUN_ID) for o in OUTLETS}
    with MirrorServer(corpus) as url:
        clean = crawl_outlets(data_dir, url, SINCE, UNTIL, settings=FAST)
    clean_items = {o: landed(data_dir, o, SINCE, RUN_ID) for o in OUTLETS}
    return data_dir, faulty, faulty_items, clean, clean_items


def test_the_window_holds_every_edition_and_both_sides_of_the_clock_change(truth):
    editions = {(t["outlet"], t["lang"]) for t in truth}
    assert editions == {(o, lang) for o, langs in OUTLETS.items() for lang in langs}
    offsets = {t["published_at"][:10] < "2024-03-01" for t in truth}
    assert offsets == {True, False}


def test_with_faults_every_article_is_landed_or_reported_failed_with_a_reason(runs, truth):
    _, reports, items, _, _ = runs
    every = [i for outlet in OUTLETS for i in items[outlet]]
    result = compare(truth, every, reports, (SINCE, UNTIL))
    assert result.unexpected == [] and result.duplicates == []
    assert result.missing, "the faults should have cost some articles"
    assert result.missing_unreported == []  # nothing disappears without a line in the report
    reasons = {r for report in reports.values() for r in report["failed"]}
    assert {"http_503", "timeout", "parse/truncated"} <= reasons
    for outlet, report in reports.items():
        assert report["reconciles"], (outlet, report["counts"])
        counts = report["counts"]
        assert counts["discovered"] == counts["parsed"] + counts["failed"] + counts["skipped"]
        assert counts["failed"] == len(report["failures"])
        assert all(f["reason"] and f["url"] for f in report["failures"])


def test_after_the_faults_clear_a_rerun_lands_exactly_the_ground_truth(runs, truth):
    _, faulty, _, reports, items = runs
    every = [i for outlet in OUTLETS for i in items[outlet]]
    result = compare(truth, every, reports, (SINCE, UNTIL))
    assert result.summary() | {"bodies_similar_share": None} == {
        "expected": result.expected, "landed": result.expected, "missing": 0,
        "missing_unreported": 0, "unexpected": 0, "duplicates": 0, "date_mismatches": 0,
        "lang_mismatches": 0, "bodies_similar_share": None,
    }
    assert result.expected > 600
    for outlet, report in reports.items():
        assert report["status"] == "ok" and report["reconciles"]
        # Only what failed before went out on the wire again; the rest came from the archive.
        lost_before = faulty[outlet]["counts"]["failed"]
        assert report["archive"]["served"] == report["counts"]["parsed"] - lost_before


def test_dates_match_to_the_minute_across_the_clock_change(runs, truth):
    _, _, _, reports, items = runs
    every = [i for outlet in OUTLETS for i in items[outlet]]
    result = compare(truth, every, reports, (SINCE, UNTIL))
    assert result.date_mismatches == []
    after = [i for i in every if i["published_at"] >= "2024-03-01"]
    assert after and len(after) < len(every)


def test_bodies_match_the_ground_truth(runs, truth):
    _, _, _, reports, items = runs
    every = [i for outlet in OUTLETS for i in items[outlet]]
    result = compare(truth, every, reports, (SINCE, UNTIL))
    assert result.similar_share >= 0.99, sorted(result.body_scores.items(), key=lambda x: x[1])[:5]


def test_reparse_rebuilds_byte_identical_batches_without_the_network(runs, tmp_path):
    data_dir = runs[0]
    before = {o: (data_dir / "landing" / f"outlet={o}" / f"date={SINCE}" / f"{RUN_ID}.jsonl")
              .read_bytes() for o in OUTLETS}
    for path in (data_dir / "landing").glob("outlet=*/date=*/*.jsonl"):
        path.unlink()
    results = reparse(data_dir, run_id=RUN_ID)  # no mirror is running now
    assert sorted(r.outlet for r in results) == sorted(OUTLETS)
    for outlet in OUTLETS:
        path = data_dir / "landing" / f"outlet={outlet}" / f"date={SINCE}" / f"{RUN_ID}.jsonl"
        assert path.read_bytes() == before[outlet], outlet
