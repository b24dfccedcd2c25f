"""Nothing published is lost silently: a build that would publish fewer articles than readers have
stops at the warehouse gate and names the outlet, edition and day; `qysym retract` is the one way
to remove an article on purpose, and it is logged and published as marts.retractions."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import re
import shutil
from datetime import date

import duckdb
import pytest

from qysym import cli, pipeline, quality, retractions, settings
from qysym.synthetic import write_landing
from qysym.warehouse import QysymError


def published_ids(config) -> set[str]:
    con = duckdb.connect(str(config.serving_path), read_only=True)
    try:
        return {row[0] for row in con.execute("select article_id from marts.articles").fetchall()}
    finally:
        con.close()


def build(config) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        pipeline.build(config)
    return out.getvalue()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """1,200 synthetic articles over two months, built and published once."""
    data_dir = tmp_path_factory.mktemp("publication") / "data"
    config = dataclasses.replace(settings.load(), data_dir=data_dir)
    write_landing(data_dir, 1200, start=date(2021, 1, 1), months=2, seed=5)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QYSYM_FRESHNESS_HOURS", "1000000")
        build(config)
    return config


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setenv("QYSYM_FRESHNESS_HOURS", "1000000")


def test_a_batch_that_leaves_after_publication_stops_the_publish_and_names_the_days(published, fresh):
    config = published
    before = published_ids(config)
    snapshot = config.serving_path.read_bytes()
    batch = next((config.landing_dir / "outlet=vlast" / "date=2021-01-01").glob("*.jsonl"))
    vlast_january = {f"vlast:{json.loads(line)['native_id']}"
                     for line in batch.read_text(encoding="utf-8").splitlines()}
    aside = batch.parent.parent / "aside.jsonl"  # outside date=*/: the landing zone lost it
    shutil.move(batch, aside)
    try:
        with pytest.raises(QysymError) as error:
            build(config)
        message = str(error.value)
        assert "would lose articles readers have now" in message
        assert re.search(r"\(vlast (ru|kk|en) 2021-01-\d\d: \d+ of \d+ \(e\.g\. vlast:", message)
        assert "qysym retract" in message and message.count("\n") == 0
        # readers keep every article, byte for byte
        assert config.serving_path.read_bytes() == snapshot
        assert published_ids(config) == before
        # the failure is recorded per outlet, with the days in its sample
        results = sorted((config.data_dir / "quality" / "results").glob("check_*.jsonl"))
        rows = [json.loads(line) for line in results[-1].read_text(encoding="utf-8").splitlines()]
        lost = {r["subject"]: r for r in rows if r["check"] == "nothing_published_is_lost"}
        assert lost["vlast"]["status"] == "FAIL" and lost["vlast"]["blocking"]
        assert lost["vlast"]["observed"] >= 20  # one row per vlast edition-day of January
        assert lost["azattyq"]["status"] == "pass" and lost["tengrinews"]["status"] == "pass"
        assert all(set(row["lost_examples"].split(", ")) <= vlast_january
                   for row in lost["vlast"]["sample"])
    finally:
        shutil.move(aside, batch)
    # with the batch back, the same build publishes again: nothing is lost
    build(config)
    assert published_ids(config) == before


def test_retract_removes_exactly_the_named_articles_and_logs_why(published, fresh, capsys):
    config = published
    before = published_ids(config)
    gone = sorted(i for i in before if i.startswith("tengrinews:"))[:2]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QYSYM_DATA_DIR", str(config.data_dir))
        code = cli.main(["retract", *gone, "--reason", "duplicate of a wire story"])
    assert code == 0, capsys.readouterr().err
    assert "retracted 2 article(s)" in capsys.readouterr().out
    log = retractions.retracted(config)
    assert [e["article_id"] for e in log] == gone
    assert {e["reason"] for e in log} == {"duplicate of a wire story"}
    build(config)
    assert published_ids(config) == before - set(gone)
    con = duckdb.connect(str(config.serving_path), read_only=True)
    try:
        logged = con.execute("select article_id, reason from marts.retractions order by 1").fetchall()
        in_events = con.execute("select count(*) from marts.pressure_events "
                                "where list_has_any(article_ids, ?)", [gone]).fetchone()[0]
    finally:
        con.close()
    assert logged == [(i, "duplicate of a wire story") for i in gone]
    assert in_events == 0
    # the warehouse gate passed: the two are retracted, not lost
    run = quality.start(config)
    outcomes = quality.warehouse_gate(config, run).outcomes
    assert all(o.success for o in outcomes if o.check == "nothing_published_is_lost")
    # a second retraction of the same articles logs nothing new
    assert retractions.retract(config, gone, "again") == []
    assert len(retractions.retracted(config)) == 2


@pytest.mark.parametrize("argv, says", [
    (["retract", "vlast:1", "--reason", "  "], "needs a reason"),
    (["retract", "nosuch:1", "--reason", "x"], "unknown outlet 'nosuch'"),
    (["retract", "vlast", "--reason", "x"], "is not an article id"),
    (["retract", "vlast:does-not-exist", "--reason", "x"], "not in the snapshot or the warehouse"),
    (["retract", "--reason", "x"], "name at least one article id"),
])
def test_a_wrong_retraction_is_one_line_and_logs_nothing(published, argv, says, capsys, monkeypatch):
    monkeypatch.setenv("QYSYM_DATA_DIR", str(published.data_dir))
    before = retractions.retracted(published)
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
    assert retractions.retracted(published) == before
