"""Events and the indicators built on them, read from the session's real dbt build (conftest.py).

The samples are landed_samples.EVENTS (October-November 2020) plus everything else landed: the
clustering rules of design/indicators.md are checked on articles the classifier really labelled,
and the pre-election ratio arithmetic against the weekly rows it is computed from.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from tests.models import landed_samples as samples

ANALYSES = (
    "events_by_category_oct_2020_jan_2021",
    "fiscal_ngo_targets_january_2021",
    "pressure_share_before_2021_vote_by_outlet",
)


def rows(con, sql, *params):
    return con.execute(sql, list(params)).fetchall()


def records(con, sql, *params):
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def event_of(con, sample, category, target_id=None):
    """The event_id of sample's report in category (and for target_id, when it names one)."""
    found = rows(
        con,
        """select event_id from intermediate.int_events
           where article_id = ? and category = ? and target_id is not distinct from ?""",
        sample.article_id, category, target_id,
    )
    assert len(found) == 1, (sample.article_id, category, target_id, found)
    return found[0][0]


def event(con, event_id):
    (found,) = records(con, "select * from marts.pressure_events where event_id = ?", event_id)
    return found


def test_event_unit_tests_ran(built):
    for name in (
        "int_events::test_int_events_clusters_by_target_and_date_then_by_text",
        "int_weeks::test_int_weeks_flags_windows_and_keeps_gaps",
        "pre_election_ratios::test_pre_election_ratios_arithmetic",
        "pre_election_ratios::test_pre_election_ratios_null_without_baseline_weeks",
    ):
        assert f"unit_test {name}" in built.log, name
    assert "assert_every_label_is_in_an_event" in built.log


def test_same_category_and_target_two_days_apart_is_one_multi_outlet_event(con):
    first = event_of(con, samples.KIBHR_FISCAL_RU, "fiscal", "kibhr")
    assert event_of(con, samples.KIBHR_FISCAL_KK, "fiscal", "kibhr") == first
    got = event(con, first)
    assert got["n_articles"] == 2
    assert got["outlets"] == ["azattyq", "vlast"] and got["languages"] == ["kk", "ru"]
    assert got["is_multi_outlet"] and got["is_multi_language"] and got["is_multi_source"]
    assert got["first_article_id"] == samples.KIBHR_FISCAL_RU.article_id
    assert got["first_reported_date"] == date(2020, 10, 26)
    assert got["last_reported_date"] == date(2020, 10, 28)
    assert got["target_name_en"].startswith("Kazakhstan International Bureau")
    assert got["severity"] == 1 and got["clustered_by"] == "target"


def test_five_days_apart_are_two_events_and_chains_run_on(con):
    fined = event_of(con, samples.ERKINDIK_FINED, "fiscal", "erkindik_kanaty")
    again = event_of(con, samples.ERKINDIK_FINED_AGAIN, "fiscal", "erkindik_kanaty")
    cancelled = event_of(con, samples.ERKINDIK_FINE_CANCELLED, "fiscal", "erkindik_kanaty")
    assert fined != again  # 2 November -> 7 November: a new event
    assert again == cancelled  # 7 November -> 10 November: the same one goes on
    assert event(con, fined)["n_articles"] == 1
    assert event(con, again)["n_articles"] == 2


def test_a_reported_reversal_marks_the_event_reversed(con):
    fined = event(con, event_of(con, samples.ERKINDIK_FINED, "fiscal", "erkindik_kanaty"))
    cancelled = event(
        con, event_of(con, samples.ERKINDIK_FINE_CANCELLED, "fiscal", "erkindik_kanaty")
    )
    assert fined["status"] == "imposed"
    assert cancelled["status"] == "reversed"


def test_categories_never_merge(con):
    fiscal = event_of(con, samples.KIBHR_FISCAL_RU, "fiscal", "kibhr")
    intimidation = event_of(con, samples.KIBHR_INTIMIDATION, "intimidation", "kibhr")
    assert fiscal != intimidation  # same target, between the two fiscal reports
    assert rows(
        con,
        """select count(*) from (
               select event_id from intermediate.int_events
               group by event_id having count(distinct category) > 1
                   or count(distinct coalesce(target_id, '')) > 1)""",
    ) == [(0,)]


def test_reports_without_a_named_target_cluster_by_text(con):
    uralsk = event_of(con, samples.URALSK_DETENTION, "detention")
    assert event_of(con, samples.URALSK_DETENTION_AGAIN, "detention") == uralsk
    shymkent = event_of(con, samples.SHYMKENT_DETENTION, "detention")
    assert shymkent != uralsk  # the same day, another incident: its words differ
    got = event(con, uralsk)
    assert got["clustered_by"] == "text" and got["target_id"] is None
    assert got["n_articles"] == 2 and not got["is_multi_source"]


def test_every_pressure_article_is_in_an_event(con):
    assert rows(
        con,
        """select count(*) from marts.articles
           where is_pressure and article_id not in (
               select article_id from intermediate.int_events)""",
    ) == [(0,)]


def test_weekly_events_count_events_not_articles(con):
    week = dict(
        rows(
            con,
            """select category, (events, severity_index, total_articles)
               from marts.weekly_events where week_start = '2020-10-26'""",
        )
    )
    assert len(week) == 11
    # KIBHR_FISCAL_RU + KIBHR_FISCAL_KK: two articles, one event; KIBHR_INTIMIDATION: severity 2
    assert week["fiscal"] == (1, 1, 3)
    assert week["intimidation"] == (1, 2, 3)
    assert week["detention"] == (0, 0, 3)
    (index,) = records(
        con, "select * from marts.weekly_pressure_index where week_start = '2020-10-26'"
    )
    assert (index["events"], index["severity_index"], index["total_articles"]) == (2, 3, 3)
    # vlast 2 of 2, azattyq 1 of 1: every article of that week is a pressure article
    assert index["pressure_share"] == 1.0 and index["outlets_contributing"] == 2


def test_week_spine_covers_the_data_range_with_gaps_visible(con):
    weeks = rows(
        con,
        """select week_start, total_articles, has_articles, pressure_share
           from marts.weekly_pressure_index order by week_start""",
    )
    starts = [w[0] for w in weeks]
    assert starts[0] == date(2020, 10, 26) and starts[-1] == date(2021, 1, 25)
    assert all((b - a).days == 7 for a, b in pairwise(starts))  # no week dropped
    gaps = [w for w in weeks if not w[2]]
    assert date(2020, 12, 7) in [w[0] for w in gaps]
    assert all(total == 0 and share is None for _, total, _, share in gaps)
    months = dict(rows(con, "select month_label, (events, has_articles) from marts.monthly_pressure_index"))
    assert months["2020-12"] == (0, False)  # a month without data is a row, not a missing one


def test_multi_outlet_event_counts_in_the_rate(con):
    by_month = {
        r["month_label"]: r
        for r in records(con, "select * from marts.monthly_multi_outlet_rate")
    }
    october = by_month["2020-10"]
    # fiscal x kibhr (vlast ru + azattyq kk) over it and the single-source intimidation event
    assert (october["multi_source_events"], october["events"]) == (1, 2)
    assert october["multi_source_rate"] == 0.5
    assert october["multi_outlet_events"] == 1 and october["multi_language_events"] == 1
    assert by_month["2020-11"]["multi_source_rate"] == 0.0
    assert by_month["2020-12"]["events"] == 0 and by_month["2020-12"]["multi_source_rate"] is None


def test_target_breadth_counts_named_targets_only(con):
    by_month = {
        r["month_label"]: r for r in records(con, "select * from marts.monthly_target_breadth")
    }
    assert by_month["2020-10"]["target_ids"] == ["kibhr"]
    assert by_month["2020-11"]["target_ids"] == ["erkindik_kanaty"]  # Uralsk: generic words only
    assert by_month["2020-11"]["ngo_targets"] == 1
    assert "echo" in by_month["2021-01"]["target_ids"]
    assert not any(t.startswith("kind:") for r in by_month.values() for t in r["target_ids"])


def window_means(weeks):
    with_articles = [w for w in weeks if w["has_articles"]]
    if not with_articles:
        return None, None
    n = len(with_articles)
    return (
        sum(w["severity_index"] for w in with_articles) / n,
        sum(w["pressure_share"] for w in with_articles) / n,
    )


def test_pre_election_ratio_arithmetic(con):
    weekly = {
        w["week_start"]: w for w in records(con, "select * from marts.weekly_pressure_index")
    }
    window = [
        weekly[week_start]
        for (week_start,) in rows(
            con,
            """select week_start from marts.election_window_weeks
               where vote_id = 'parliament_2021' and window_kind = 'pre_election'""",
        )
    ]
    baseline = [w for w in weekly.values() if w["is_baseline"]]
    # data from 2020-10-26 to 2021-01-25: the window (12 October to 10 January) holds the weeks
    # up to 2021-01-04, the baseline the three weeks after the vote, one of them a coverage gap
    assert len(window) == 11 and sum(w["has_articles"] for w in window) == 5
    assert sorted(w["week_start"] for w in baseline) == [
        date(2021, 1, 11), date(2021, 1, 18), date(2021, 1, 25)
    ]
    window_index, window_share = window_means(window)
    baseline_index, baseline_share = window_means(baseline)

    (got,) = records(
        con, "select * from marts.pre_election_ratios where vote_id = 'parliament_2021'"
    )
    assert got["pre_election_weeks"] == 11 and got["pre_election_weeks_with_articles"] == 5
    assert got["baseline_weeks"] == 3 and got["baseline_weeks_with_articles"] == 2
    assert got["pre_election_severity_index_sum"] == sum(w["severity_index"] for w in window)
    assert got["pre_election_severity_index_mean"] == pytest.approx(window_index)
    assert got["baseline_severity_index_mean"] == pytest.approx(baseline_index)
    assert got["pre_election_index_ratio"] == pytest.approx(window_index / baseline_index)
    assert got["pre_election_share_ratio"] == pytest.approx(window_share / baseline_share)
    # the campaign (21 October to 10 January) covers the same weeks of these data
    assert got["campaign_index_ratio"] == pytest.approx(got["pre_election_index_ratio"])


def test_votes_outside_the_data_have_no_ratio(con):
    by_vote = {r["vote_id"]: r for r in records(con, "select * from marts.pre_election_ratios")}
    assert len(by_vote) == 9  # every vote of the calendar seed
    for vote_id in ("presidential_2019", "referendum_2022", "kurultai_2026"):
        vote = by_vote[vote_id]
        assert vote["pre_election_weeks"] == 0 and vote["campaign_weeks"] == 0
        assert vote["pre_election_index_ratio"] is None and vote["campaign_share_ratio"] is None
    assert by_vote["kurultai_2026"]["pre_election_first_day"] is None  # no day set yet


def test_analyses_compile(built):
    assert sorted(built.analyses) == sorted(ANALYSES)
    for sql in built.analyses.values():
        assert "{{" not in sql and '"marts".' in sql


def test_analysis_pressure_share_before_the_2021_vote(built, con):
    by_outlet = {
        r["outlet"]: r
        for r in records(con, built.analyses["pressure_share_before_2021_vote_by_outlet"])
    }
    assert set(by_outlet) == {"azattyq", "vlast"}
    vlast = by_outlet["vlast"]
    shares = records(
        con,
        """select week_start, share, is_baseline from marts.weekly_outlet_pressure
           where outlet = 'vlast'""",
    )
    in_window = [s["share"] for s in shares if s["week_start"] <= date(2021, 1, 4)]
    in_baseline = [s["share"] for s in shares if s["is_baseline"]]
    assert vlast["window_weeks"] == len(in_window) == 11
    window_mean = sum(s for s in in_window if s is not None) / sum(s is not None for s in in_window)
    baseline_mean = (
        sum(s for s in in_baseline if s is not None) / sum(s is not None for s in in_baseline)
    )
    assert vlast["window_mean_share"] == pytest.approx(window_mean)
    assert vlast["baseline_mean_share"] == pytest.approx(baseline_mean)
    assert vlast["ratio"] == pytest.approx(window_mean / baseline_mean)


def test_analysis_fiscal_ngo_targets_in_january_2021(built, con):
    found = records(con, built.analyses["fiscal_ngo_targets_january_2021"])
    # FISCAL (8 January 2021, ОФ «Эхо»); the October-November fiscal targets are outside January
    assert [(r["target_id"], r["target_name_ru"]) for r in found] == [("echo", "ОФ «Эхо»")]


def test_analysis_counts_events_not_articles(built, con):
    by_category = {
        r["category"]: r for r in records(con, built.analyses["events_by_category_oct_2020_jan_2021"])
    }
    assert len(by_category) == 11
    total = rows(
        con,
        """select count(*) from marts.pressure_events
           where first_reported_date between '2020-10-01' and '2021-01-31'""",
    )[0][0]
    assert sum(r["events"] for r in by_category.values()) == total
    # fiscal: the kibhr pair and the second Erkindik Kanaty pair are one event each
    assert by_category["fiscal"]["articles"] - by_category["fiscal"]["events"] == 2
    assert by_category["detention"]["articles"] > by_category["detention"]["events"]  # Uralsk
