"""A change to the models or seeds (a lexicon edit) makes the next pipeline build a full refresh:
an incremental build would leave earlier articles labelled by the old rules."""

from __future__ import annotations

import dataclasses

import duckdb

from qysym import pipeline, settings
from tests.models import landed_samples as samples


def staged_times(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return dict(con.execute("select article_id, staged_at from intermediate.int_articles").fetchall())
    finally:
        con.close()


def test_a_changed_rule_set_rebuilds_every_article(tmp_path, capsys):
    config = dataclasses.replace(settings.load(), data_dir=tmp_path / "data")
    samples.write_landing(config.data_dir)
    stamp = config.warehouse_dir / "model_fingerprint.txt"

    pipeline.build(config)
    assert stamp.read_text().strip() == pipeline.model_fingerprint(config)
    first = staged_times(config.warehouse_path)
    assert first

    first_run = capsys.readouterr().out
    assert "dbt build\n" in first_run, "a first build runs the unit tests with the rest"

    # same rules, nothing new: an incremental build recomputes no article, and skips the unit
    # tests (their inputs are fixed; they were run and recorded when these rules came in)
    pipeline.build(config)
    assert staged_times(config.warehouse_path) == first
    same_rules = capsys.readouterr().out
    assert "full-refresh" not in same_rules
    assert "dbt build --exclude-resource-type unit_test" in same_rules

    # the warehouse was built by another rule set: every article is classified again
    stamp.write_text("0" * 64 + "\n")
    pipeline.build(config)
    assert "dbt build --full-refresh\n" in capsys.readouterr().out, "with the unit tests"
    again = staged_times(config.warehouse_path)
    assert again.keys() == first.keys()
    assert all(again[a] > first[a] for a in first)
    assert stamp.read_text().strip() == pipeline.model_fingerprint(config)
