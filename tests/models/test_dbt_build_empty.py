"""The first build of a new installation: no outlet has landed anything yet."""

from __future__ import annotations

from tests.models import landed_samples as samples
from tests.models.dbt_helpers import dbt_build, warehouse


def test_build_with_no_landed_batches(tmp_path):
    data_dir = tmp_path / "data"
    samples.write_ignored_files(data_dir)  # only files the sources must ignore
    result = dbt_build(data_dir, tmp_path)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    con = warehouse(data_dir)
    try:
        for table in ("marts.articles", "marts.weekly_pressure", "marts.weekly_pressure_combined",
                      "marts.outlet_summary", "intermediate.int_lexicon_hits",
                      "intermediate.int_events", "marts.pressure_events", "marts.weekly_events",
                      "marts.weekly_pressure_index", "marts.monthly_pressure_index",
                      "marts.monthly_multi_outlet_rate", "marts.election_window_weeks",
                      "marts.retractions"):
            assert con.execute(f"select count(*) from {table}").fetchone() == (0,), table
        assert con.execute("select count(*) from seeds.lexicon").fetchone()[0] > 0
        # the demo summary still lists every category, with zeros
        assert con.execute(
            "select count(*), sum(pressure_articles) from marts.category_summary"
        ).fetchone() == (11, 0)
        # every vote of the calendar has its row, with no week and no ratio
        assert con.execute(
            """select count(*), sum(baseline_weeks), count(pre_election_index_ratio)
               from marts.pre_election_ratios"""
        ).fetchone() == (9, 0, 0)
    finally:
        con.close()
