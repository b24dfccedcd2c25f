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

    # same rules, nothing new: an incremental build recomputes no article
    pipeline.build(config)
    assert staged_times(config.warehouse_path) == first
    assert "full-refresh" not in capsys.readouterr().out

    # the warehouse was built by another rule set: every article is classified again
    stamp.write_text("0" * 64 + "\n")
    pipeline.build(config)
    assert "dbt build --full-refresh" in capsys.readouterr().out
    again = staged_times(config.warehouse_path)
    assert again.keys() == first.keys()
    assert all(again[a] > first[a] for a in first)
    assert stamp.read_text().strip() == pipeline.model_fingerprint(config)
