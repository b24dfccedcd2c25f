"""Every DAG imports cleanly, fast, with no side effects, and carries tags, owner, retries, docs."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DAG_FILES = sorted((ROOT / "dags").glob("*.py"))


@pytest.fixture(scope="module")
def dagbag(tmp_path_factory):
    import os

    home = tmp_path_factory.mktemp("airflow")
    os.environ.setdefault("AIRFLOW_HOME", str(home))
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


def test_dag_files_import_without_errors(dagbag):
    assert dagbag.import_errors == {}
    ids = set(dagbag.dag_ids)
    assert {"qysym_crawl_azattyq", "qysym_crawl_vlast", "qysym_crawl_tengrinews", "qysym_warehouse"} <= ids


def test_every_dag_has_tags_owner_retries_and_docs(dagbag):
    for dag_id, dag in dagbag.dags.items():
        assert dag.tags, dag_id
        assert dag.doc_md and len(dag.doc_md) > 100, dag_id
        for task in dag.tasks:
            assert task.owner == "qysym", (dag_id, task.task_id)
            assert task.retries is not None, (dag_id, task.task_id)
        if dag_id.startswith("qysym_crawl_"):
            assert dag.get_task("crawl").retries >= 1


def test_warehouse_writes_go_through_the_one_slot_pool(dagbag):
    dag = dagbag.dags["qysym_warehouse"]
    # every task that writes the warehouse file (the report only reads the snapshot)
    for task_id in ("landing_gate", "dbt_build", "check_and_publish"):
        assert dag.get_task(task_id).pool == "duckdb_writer", task_id
    assert dag.get_task("report").pool != "duckdb_writer"
    assert dag.get_task("landing_gate").retries == 0


def test_crawls_retry_with_backoff_and_the_deterministic_warehouse_does_not(dagbag):
    for dag_id, dag in dagbag.dags.items():
        for task in dag.tasks:
            assert task.on_failure_callback, (dag_id, task.task_id)
            if dag_id.startswith("qysym_crawl_"):
                assert task.queue == "crawl" and task.retries == 2 and task.retry_exponential_backoff
            else:
                assert task.queue == "warehouse" and task.retries == 0


def test_the_crawl_schedule_follows_the_configured_window(tmp_path):
    """QYSYM_CRAWL_START/END bound the crawl DAGs' schedule (read at parse time, no I/O)."""
    code = (
        "from airflow.dag_processing.dagbag import DagBag\n"
        f"bag = DagBag(dag_folder={str(ROOT / 'dags' / 'qysym_crawl.py')!r})\n"
        "dag = bag.dags['qysym_crawl_vlast']\n"
        "print(dag.start_date.date(), dag.end_date.date() if dag.end_date else None)\n"
    )
    env = {"AIRFLOW_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
           "QYSYM_CRAWL_START": "2020-10-01", "QYSYM_CRAWL_END": "2021-02-28"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split()[-2:] == ["2020-10-01", "2021-02-28"]


@pytest.mark.parametrize("path", DAG_FILES, ids=[p.name for p in DAG_FILES])
def test_dag_file_parses_fast_without_heavy_imports(path, tmp_path):
    """Parse each DAG file in a fresh interpreter: < 1 s beyond importing Airflow itself, none of
    scrapy, dbt, duckdb, great_expectations imported, no network connection attempted, nothing
    written to the data directory, no subprocess started."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    code = (
        "import time, sys, runpy, socket, subprocess\n"
        "import airflow.sdk\n"
        # Airflow's cron support imports croniter lazily, which runs `file` once: not the DAG's doing
        "import croniter\n"
        "attempts = []\n"
        "def refuse(*args, **kwargs):\n"
        "    attempts.append(repr(args)[:80])\n"
        "    raise OSError('no I/O at parse time')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "subprocess.Popen.__init__ = refuse\n"
        "t = time.perf_counter()\n"
        f"runpy.run_path({str(path)!r})\n"
        "elapsed = time.perf_counter() - t\n"
        "heavy = [m for m in ('scrapy', 'dbt', 'duckdb', 'great_expectations') if m in sys.modules]\n"
        "print(str(elapsed) + '|' + ','.join(heavy) + '|' + ';'.join(attempts))\n"
    )
    env = {"AIRFLOW_HOME": str(tmp_path / "airflow"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
           "QYSYM_DATA_DIR": str(data_dir)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    elapsed, heavy, attempts = out.stdout.strip().splitlines()[-1].split("|")
    assert float(elapsed) < 1.0
    assert heavy == ""
    assert attempts == ""
    assert list(data_dir.iterdir()) == []
