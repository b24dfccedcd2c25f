"""The whole pipeline, as `make demo` runs it: mirror → HTTP → Scrapy → JSONL → GX → dbt → DuckDB →
snapshot, driven by the real DAGs through Airflow's test runner. Run twice: nothing duplicates."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import QYSYM, ROOT
from tests.conftest import run_qysym as _run

pytestmark = pytest.mark.slow


def _truth(data: Path) -> list[dict]:
    lines = (data / "mirror" / "ground_truth.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_demo_prints_the_summary_and_where_the_files_are(demo):
    out = demo["first"].stdout
    assert "Articles collected" in out and "Pressure articles by category" in out
    assert str(demo["data"] / "warehouse" / "serving.duckdb") in out


def test_every_mirror_article_landed_through_scrapy(demo):
    truth = {(t["outlet"], t["native_id"]): t for t in _truth(demo["data"])}
    landed = {}
    for batch in (demo["data"] / "landing").glob("outlet=*/date=*/*.jsonl"):
        for line in batch.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            landed[(record["outlet"], record["native_id"])] = record
    assert set(landed) == set(truth)
    fields = ("url", "lang", "section", "title", "lead", "authors", "tags", "published_at")
    for key, expected in truth.items():
        got = landed[key]
        assert {f: got[f] for f in fields} == {f: expected[f] for f in fields}, key
        assert " ".join(got["body"].split()) == " ".join(expected["body"].split()), key


def test_every_batch_passed_the_landing_gate(demo):
    # one batch per outlet and demo run: the second run landed its own beside the first's
    records = list((demo["data"] / "validation").rglob("*.validation.json"))
    batches = list((demo["data"] / "landing").rglob("*.jsonl"))
    assert len(records) == len(batches) == 6
    assert all(json.loads(p.read_text())["success"] for p in records)


def test_the_snapshot_holds_exactly_the_mirror_articles(demo):
    truth = _truth(demo["data"])
    count = _run(demo["env"], "sql", "select count(*) as n from articles", "--format", "csv").stdout
    assert count.splitlines()[1] == str(len(truth))


def test_rerunning_the_demo_duplicates_nothing_and_gives_the_same_numbers(demo):
    first, second = demo["counts"]
    assert first == second
    dupes = _run(demo["env"], "sql",
                 "select count(*) - count(distinct (outlet, native_id)) from articles", "--format", "csv")
    assert dupes.stdout.splitlines()[1] == "0"


def test_the_runs_were_driven_by_the_dags(demo):
    db = demo["data"] / "airflow" / "airflow.db"
    with sqlite3.connect(db) as con:
        runs = con.execute("select dag_id, state from dag_run").fetchall()
    succeeded = {dag_id for dag_id, state in runs if state == "success"}
    assert {"qysym_crawl_azattyq", "qysym_crawl_vlast", "qysym_crawl_tengrinews",
            "qysym_warehouse"} <= succeeded


def test_sql_refuses_writes_with_a_clear_message(demo):
    proc = _run(demo["env"], "sql", "drop table articles", check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith("qysym: error: refused: `qysym sql` is read-only")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_sql_into_a_reader_that_stops_early_ends_quietly(demo):
    # `qysym sql ... | head -1`: about 1 MB of rows into a pipe whose reader leaves after one line
    proc = subprocess.Popen([QYSYM, "sql", "select repeat('x', 1000) as x from range(1000)",
                             "--format", "csv"], env=demo["env"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"x"
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_sql_onto_a_full_disk_says_so_in_one_line(demo):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([QYSYM, "sql", "select 1 as n"], env=demo["env"], cwd=ROOT,
                              stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "qysym: error: the disk is full (writing the output): free space, or point "
        "QYSYM_DATA_DIR at a disk with room, then rerun"]
