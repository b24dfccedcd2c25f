"""The dbt project built for real (seeds, models, data tests, unit tests) over a small landing zone.

One `dbt build` per session into a throwaway DuckDB file (conftest.py); the tests then read the marts
the way analysts do. The samples and their expected labels are in landed_samples.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.models import landed_samples as samples

CATEGORIES = 11


def rows(con, sql, *params):
    return con.execute(sql, list(params)).fetchall()


def article(con, sample):
    cur = con.execute("select * from marts.articles where article_id = ?", [sample.article_id])
    names = [d[0] for d in cur.description]
    found = cur.fetchall()
    assert len(found) == 1, f"{sample.article_id}: {len(found)} rows"
    return dict(zip(names, found[0], strict=True))


def test_build_ran_data_tests_and_unit_tests(built):
    log = built.log
    assert "unit_test int_article_labels::test_int_article_labels_russian_gate" in log
    assert "unit_test int_article_labels::test_int_article_labels_kazakh_gate" in log
    assert "matches_its_example_lexicon_pattern" in log  # every pattern vs its example
    assert " ERROR=0 " in log and " WARN=0 " in log


def test_schemas_are_the_configured_names(con):
    tables = {
        (schema, name)
        for schema, name in rows(con, "select table_schema, table_name from information_schema.tables")
    }
    assert ("marts", "articles") in tables
    assert ("staging", "stg_landing__article_versions") in tables
    assert ("staging", "outlets") in tables
    assert ("intermediate", "int_article_labels") in tables
    assert ("seeds", "lexicon") in tables
    assert not {s for s, _ in tables if s.startswith("main_")}


def test_recrawls_are_deduplicated_and_edits_are_versions(con):
    versions = rows(
        con,
        """select version_number, is_latest, title, fetch_count, run_count
           from intermediate.int_article_versions where article_id = ? order by version_number""",
        samples.DETENTION_V2.article_id,
    )
    assert versions == [
        (1, False, samples.DETENTION_V1.title, 1, 1),
        (2, True, samples.DETENTION_V2.title, 2, 2),
    ]
    # landed twice, unchanged: one version
    assert rows(
        con,
        "select count(*), sum(fetch_count) from intermediate.int_article_versions where article_id = ?",
        samples.KK_DETENTION.article_id,
    ) == [(1, 2)]


def test_one_row_per_article_with_its_latest_version(con):
    assert rows(con, "select count(*), count(distinct article_id) from marts.articles") == [
        (len(samples.ALL), len(samples.ALL))
    ]
    edited = article(con, samples.DETENTION_V2)
    assert edited["title"] == samples.DETENTION_V2.title
    assert edited["version_count"] == 2


@pytest.mark.parametrize(
    "sample",
    [s for s in samples.ALL if s.categories],
    ids=lambda s: f"{s.lang}-{s.categories[0]}-{s.native_id}",
)
def test_pressure_articles_are_labelled_with_evidence(con, sample):
    got = article(con, sample)
    assert got["is_pressure"] is True
    assert got["categories"] == sorted(sample.categories)
    assert set(sample.targets) <= set(got["targets"])
    assert got["evidence_sentence"]
    assert got["evidence_pattern_ids"], "the evidence names the patterns that matched"
    assert all(p.split(".")[0] in sample.categories for p in got["evidence_pattern_ids"])
    assert got["evidence_target_ids"]


def test_evidence_points_at_the_sentence_and_words(con):
    got = article(con, samples.DETENTION_V2)
    assert got["evidence_sentence"] == samples.DETENTION_V2.title  # the headline qualifies first
    assert "detention.ru.action.zaderzh" in got["evidence_pattern_ids"]
    assert "задержали" in got["evidence_terms"]
    assert got["severity"] == 2
    fiscal = article(con, samples.FISCAL)
    assert fiscal["severity"] == 1
    assert {"echo", "kind:ngo"} <= set(fiscal["targets"])
    (signal,) = fiscal["signals"]
    assert signal["category"] == "fiscal"
    assert signal["target_ids"]


@pytest.mark.parametrize("sample", samples.HARD_NEGATIVES, ids=lambda s: s.native_id)
def test_hard_negatives_are_not_pressure(con, sample):
    got = article(con, sample)
    assert got["is_pressure"] is False, (got["categories"], got["evidence_sentence"])
    assert got["categories"] == [] and got["severity"] == 0


def test_neutral_articles_are_not_pressure(con):
    for sample in (samples.EN_WEATHER, samples.LATE_SUNDAY):
        assert article(con, sample)["is_pressure"] is False


def test_hard_negatives_were_rejected_by_noise_not_by_missing_words(con):
    # the thief, the fine, the tenge, the blood pressure and the casino all had an action and a
    # civic target in one sentence: the noise patterns are what kept them out
    for sample in (samples.RU_THIEF, samples.KK_THIEF, samples.TRAFFIC, samples.TENGE,
                   samples.BLOOD_PRESSURE, samples.CASINO):
        kinds = {
            kind
            for (kind,) in rows(
                con,
                """select distinct hit_kind from intermediate.int_lexicon_hits
                   where article_id = ? and sentence_index in (
                       select sentence_index from intermediate.int_lexicon_hits
                       where article_id = ? and hit_kind = 'target')""",
                sample.article_id,
                sample.article_id,
            )
        }
        assert {"action", "target", "noise"} <= kinds, (sample.native_id, kinds)


def test_weeks_are_counted_on_kazakhstan_time(con):
    # published Sunday 19:30 UTC = Monday 01:30 in Almaty: the next ISO week
    got = article(con, samples.LATE_SUNDAY)
    assert got["week_start"] == date(2021, 1, 11)
    assert got["iso_week_label"] == "2021-W02"


def test_weekly_pressure_has_every_category_and_its_denominator(con):
    # every outlet x language x week with articles has all categories, each with the denominator
    assert rows(
        con,
        """select count(*) from (
               select outlet, lang, week_start, count(*) as n, min(total_articles) as t
               from marts.weekly_pressure where has_articles
               group by all having n <> ? or t = 0)""",
        CATEGORIES,
    ) == [(0,)]
    week1 = dict(
        rows(
            con,
            """select category, (pressure_articles, total_articles, share)
               from marts.weekly_pressure
               where outlet = 'azattyq' and lang = 'ru' and week_start = '2021-01-04'""",
        )
    )
    # DETENTION_V2, TENGE, GEORGIA, RU_THIEF
    assert week1["detention"] == (1, 4, 0.25)
    assert week1["fiscal"] == (0, 4, 0.0)  # zero-pressure category, denominator kept


def test_zero_pressure_weeks_and_coverage_gaps_are_rows(con):
    by_week = rows(
        con,
        """select week_start, pressure_articles, total_articles, share
           from marts.weekly_pressure
           where outlet = 'azattyq' and lang = 'ru' and category = 'detention'
           order by week_start""",
    )
    assert by_week == [
        (date(2021, 1, 4), 1, 4, 0.25),
        (date(2021, 1, 11), 0, 1, 0.0),  # articles, none under pressure
        (date(2021, 1, 18), 0, 0, None),  # no article at all: a coverage gap, not "no pressure"
        (date(2021, 1, 25), 0, 0, None),
    ]


def test_combined_share_weights_outlets_equally(con):
    (row,) = rows(
        con,
        """select combined_share, outlets_contributing, pressure_articles, total_articles,
                  in_campaign_window, next_vote_id
           from marts.weekly_pressure_combined
           where week_start = '2021-01-04' and category = 'detention'""",
    )
    # azattyq: 2 of 6 (ru 4 + kk 2); vlast: 0 of 6 -> mean of 1/3 and 0, not 2/12
    assert row[0] == pytest.approx((2 / 6 + 0 / 6) / 2)
    assert row[1:4] == (2, 2, 12)
    assert row[4] is True and row[5] == "parliament_2021"


def test_outlet_without_batches_builds_empty(con):
    # tengrinews has only a temp file and a gate report, which the source ignores
    assert rows(con, "select count(*) from staging.stg_landing__article_versions "
                     "where outlet = 'tengrinews'") == [(0,)]
    assert rows(con, "select count(*) from marts.weekly_pressure where outlet = 'tengrinews'") == [
        (0,)
    ]


def test_every_lexicon_category_and_language_is_covered(con):
    counts = rows(
        con,
        """select count(distinct category || lang) from seeds.lexicon
           where kind = 'action' and lang in ('ru', 'kk')""",
    )
    assert counts == [(CATEGORIES * 2,)]


@pytest.mark.parametrize(
    "sample",
    samples.BATTERY,
    ids=lambda s: f"{s.native_id}-{s.lang}-{'-'.join(s.categories) or 'none'}",
)
def test_labelled_battery(con, sample):
    got = article(con, sample)
    assert got["categories"] == sorted(sample.categories), (sample.body, got["evidence_sentence"])


def test_attributions_are_not_targets(con):
    # "сообщили журналистам": recorded as an attribution hit, and no target in that sentence
    (fraud,) = [s for s in samples.BATTERY if "мошенника" in s.body]
    kinds = {k for (k,) in rows(
        con,
        "select distinct hit_kind from intermediate.int_lexicon_hits where article_id = ?",
        fraud.article_id,
    )}
    assert "attribution" in kinds and "target" not in kinds


def test_summaries_for_the_demo(con):
    by_edition = {
        (outlet, lang): (articles, pressure, gaps)
        for outlet, lang, articles, pressure, gaps in rows(
            con,
            """select outlet, lang, articles, pressure_articles, weeks_without_articles
               from marts.outlet_summary""",
        )
    }
    ru = [s for s in samples.ALL if (s.outlet, s.lang) == ("azattyq", "ru")]
    assert by_edition[("azattyq", "ru")] == (len(ru), sum(bool(s.categories) for s in ru), 2)
    categories = dict(rows(con, "select category, pressure_articles from marts.category_summary"))
    assert len(categories) == CATEGORIES
    expected_detention = sum("detention" in s.categories for s in samples.ALL)
    assert categories["detention"] == expected_detention
    assert categories["smear"] == sum("smear" in s.categories for s in samples.ALL)
