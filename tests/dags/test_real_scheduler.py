"""Scheduled runs on a real Airflow: PostgreSQL metadata, Redis broker, Celery worker.

api-server, scheduler, dag-processor, triggerer and a Celery worker run as separate processes
(the commands docker-compose.yml runs), against a database and Redis key prefix of the test's
own, with the sample mirror standing in for the sites. The tests run in file order: the crawl DAGs
trigger the warehouse DAG through their Assets; the same interval again leaves the warehouse as it
was; a failed crawl alerts; Airflow's backfill of 30 days lands exactly the mirror's articles;
then everything the stack started is stopped and its database dropped.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest

from qysym import settings as settings_module
from qysym.contract import OUTLETS
from qysym.crawlcheck import compare
from qysym.mirror.corpus import build_corpus
from qysym.mirror.server import MirrorServer
from qysym.stack import SERVICE_COMMANDS, Backends, LocalAirflow, service_command
from scrapers.pages.dates import local_date

pytestmark = pytest.mark.slow

DAY = date(2021, 1, 5)  # five days before the 10 January 2021 Mazhilis vote
BACKFILL = (date(2020, 12, 1), date(2020, 12, 30))  # 30 days
CRAWL_DAGS = [f"qysym_crawl_{outlet}" for outlet in OUTLETS]
WAREHOUSE = "qysym_warehouse"


class _Webhook(BaseHTTPRequestHandler):
    received: ClassVar[list[dict]] = []

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        type(self).received.append(json.loads(self.rfile.read(length) or b"{}"))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def webhook():
    server = HTTPServer(("127.0.0.1", 0), _Webhook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/alert", _Webhook.received
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def corpus():
    s = settings_module.load()
    return build_corpus(s.mirror_seed, date.fromisoformat(s.mirror_start), s.mirror_days)


@pytest.fixture(scope="module")
def truth(corpus):
    return [a.truth() for a in corpus.articles]


@pytest.fixture(scope="module")
def stack(tmp_path_factory, corpus, webhook):
    tag = uuid.uuid4().hex[:10]
    backends = Backends.from_env(f"qysym_test_airflow_{tag}", key_prefix=f"qysym-test-{tag}:")
    why = backends.unreachable()
    if why:
        pytest.skip(f"the real-scheduler test needs PostgreSQL and Redis: {why}")
    data_dir = tmp_path_factory.mktemp("data")
    mp = pytest.MonkeyPatch()
    mp.setenv("QYSYM_DATA_DIR", str(data_dir))
    settings = settings_module.load()
    with MirrorServer(corpus) as base_url:
        airflow = LocalAirflow(
            settings, backends, tmp_path_factory.mktemp("airflow"), base_url=base_url,
            # The mirror ends in February 2021: no scheduled run for "yesterday" gets in the way.
            extra_env={"QYSYM_CRAWL_END": corpus.end.isoformat(), "QYSYM_ALERT_WEBHOOK": webhook[0]},
        )
        with airflow:
            airflow.wait_for_dags()
            for dag_id in [*CRAWL_DAGS, WAREHOUSE]:
                airflow.set_paused(dag_id, False)
            yield airflow
    mp.undo()


def warehouse_runs_after(stack: LocalAirflow, before: int) -> list[dict]:
    """Wait for the warehouse to run on the new Asset events and go idle; its new runs."""
    runs = stack.wait_idle(WAREHOUSE, at_least=before + 1, timeout=900)
    new = runs[before:]
    failed = [r["dag_run_id"] for r in new if r["state"] != "success"]
    assert not failed, [stack.failure_detail(WAREHOUSE, run_id) for run_id in failed]
    return new


def published_articles(stack: LocalAirflow) -> dict[str, set[str]]:
    """outlet:native_id of the published snapshot's articles, by local publication day."""
    con = duckdb.connect(str(stack.settings.serving_path), read_only=True)
    try:
        rows = con.execute("select outlet, native_id, published_at from marts.articles").fetchall()
    finally:
        con.close()
    days: dict[str, set[str]] = {}
    for outlet, native_id, published in rows:
        days.setdefault(local_date(published).isoformat(), set()).add(f"{outlet}:{native_id}")
    return days


def truth_articles(truth: list[dict], since: date, until: date) -> set[str]:
    return {f"{t['outlet']}:{t['native_id']}" for t in truth
            if since <= local_date(datetime.fromisoformat(t["published_at"])) <= until}


# Bookkeeping, not content: when a row was last computed, and where and how often each version
# was landed. Landing is append-only: a rerun lands its own batch, so staging (one row per landed
# line) and the fetch counts of each version grow by design, as the quality log does; what the
# articles say, their versions and every indicator must not change.
BOOKKEEPING = ("staged_at", "landed_file_modified", "fetch_count", "run_count", "landed_files")


def contents(path: Path) -> dict[str, tuple[int, str]]:
    """Every table's row count and an order-independent digest of its rows, without bookkeeping."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        columns: dict[str, list[str]] = {}
        for schema, table, column in con.execute(
                "select table_schema, table_name, column_name from information_schema.columns "
                "where not list_contains(?, column_name) "
                "order by table_schema, table_name, ordinal_position", [list(BOOKKEEPING)]
        ).fetchall():
            columns.setdefault(f'"{schema}"."{table}"', []).append(f'"{column}"')
        digest = "coalesce(md5(string_agg(md5(t::varchar), ',' order by md5(t::varchar))), '')"
        return {
            table.replace('"', ""): con.execute(
                f"select count(*), {digest} from (select {', '.join(cols)} from {table}) t").fetchone()
            for table, cols in columns.items()
        }
    finally:
        con.close()


def warehouse_contents(stack: LocalAirflow) -> dict[str, dict[str, tuple[int, str]]]:
    return {"warehouse": contents(stack.settings.warehouse_path),
            "snapshot": contents(stack.settings.serving_path)}


def test_every_service_is_its_own_process_running_the_compose_command(stack):
    assert set(stack.processes) == set(SERVICE_COMMANDS)
    assert len({p.pid for p in stack.processes.values()}) == len(SERVICE_COMMANDS)
    assert all(p.poll() is None for p in stack.processes.values())
    for service, command in stack.launched.items():
        assert command == service_command(service, stack.api_port)
    health = stack.api("GET", "/api/v2/monitor/health")
    assert {k: v["status"] for k, v in health.items()} == {
        "metadatabase": "healthy", "scheduler": "healthy", "triggerer": "healthy",
        "dag_processor": "healthy"}
    assert stack.backends.broker_keys(), "the broker should use the test's own Redis key prefix"


def test_crawl_dags_land_and_the_warehouse_runs_on_their_assets(stack, truth):
    before = len(stack.runs(WAREHOUSE))
    logical = f"{DAY.isoformat()}T00:00:00Z"
    runs = {dag_id: stack.trigger(dag_id, logical)["dag_run_id"] for dag_id in CRAWL_DAGS}
    for dag_id, run_id in runs.items():
        stack.wait_run(dag_id, run_id)
    new = warehouse_runs_after(stack, before)
    assert {r["run_type"] for r in new} == {"asset_triggered"}
    published = published_articles(stack)
    expected = truth_articles(truth, DAY, DAY)
    assert expected and published.get(DAY.isoformat()) == expected
    assert set(published) == {DAY.isoformat()}
    con = duckdb.connect(str(stack.settings.serving_path), read_only=True)
    try:
        gates = dict(con.execute(
            "select gate, count(*) from quality.check_results group by gate").fetchall())
    finally:
        con.close()
    assert gates.get("landing") and gates.get("warehouse")


def test_triggering_the_same_interval_again_leaves_the_warehouse_identical(stack):
    first = warehouse_contents(stack)
    before = len(stack.runs(WAREHOUSE))
    conf = {"since": DAY.isoformat(), "until": DAY.isoformat()}
    runs = {dag_id: stack.trigger(dag_id, None, conf)["dag_run_id"] for dag_id in CRAWL_DAGS}
    for dag_id, run_id in runs.items():
        stack.wait_run(dag_id, run_id)
    assert warehouse_runs_after(stack, before), "the warehouse should have run again"
    second = warehouse_contents(stack)
    for part in ("warehouse", "snapshot"):
        log_before = first[part].pop("quality.check_results")
        log_after = second[part].pop("quality.check_results")
        assert log_after[0] > log_before[0]
        staged = [t for t in first[part] if t.startswith("staging.stg_")]
        assert bool(staged) == (part == "warehouse"), part  # the snapshot holds no staging
        for table in staged:  # the rerun's batches were staged beside the first ones
            assert second[part].pop(table)[0] > first[part].pop(table)[0], table
        assert second[part] == first[part], part
    batches = sorted(stack.settings.landing_dir.glob(f"outlet=*/date={DAY}/*.jsonl"))
    assert len(batches) == 2 * len(CRAWL_DAGS), batches  # the first run's batches are all kept
    assert len(first["warehouse"]) > 30 and first["snapshot"]["marts.articles"][0] > 0


def test_a_bad_interval_fails_at_once_and_alerts_the_log_and_the_webhook(stack, webhook):
    _, received = webhook
    run = stack.trigger("qysym_crawl_vlast", None, {"since": "2021-01-09", "until": "2021-01-02"})
    with pytest.raises(Exception, match="bad crawl interval"):
        stack.wait_run("qysym_crawl_vlast", run["dag_run_id"])
    tis = stack.api("GET", f"/api/v2/dags/qysym_crawl_vlast/dagRuns/{run['dag_run_id']}/taskInstances")
    crawl = next(t for t in tis["task_instances"] if t["task_id"] == "crawl")
    assert crawl["state"] == "failed" and crawl["try_number"] == 1  # deterministic: not retried
    alerts = (stack.settings.data_dir / "logs" / "alerts.log").read_text(encoding="utf-8")
    line = next(x for x in alerts.splitlines() if run["dag_run_id"] in x and "task=crawl" in x)
    assert "qysym FAILED: dag=qysym_crawl_vlast" in line and "bad crawl interval" in line
    assert any(run["dag_run_id"] in m.get("text", "") for m in received)


def test_a_30_day_backfill_lands_exactly_the_mirrors_articles(stack, truth):
    since, until = BACKFILL
    assert (until - since).days + 1 == 30
    before = len(stack.runs(WAREHOUSE))
    for dag_id in CRAWL_DAGS:
        stack.backfill(dag_id, since.isoformat(), until.isoformat())
    for dag_id in CRAWL_DAGS:
        stack.wait_backfills(dag_id, timeout=1800)
        backfilled = [r for r in stack.runs(dag_id) if r["run_type"] == "backfill"]
        assert len(backfilled) == 30, dag_id
        assert {r["state"] for r in backfilled} == {"success"}, dag_id
    # Landed: one batch per outlet and day, none quarantined, exactly the mirror's articles.
    quarantined = sorted((stack.settings.data_dir / "quarantine").rglob("*.validation.json"))
    assert quarantined == [], [json.loads(q.read_text())["failures"] for q in quarantined]
    items, reports = [], {}
    for outlet in OUTLETS:
        for offset in range(30):
            day = since + timedelta(days=offset)
            folder = stack.settings.landing_dir / f"outlet={outlet}" / f"date={day}"
            batches = list(folder.glob(f"crawl_{day:%Y%m%d}_{day:%Y%m%d}_*.jsonl"))
            assert len(batches) == 1, batches  # each run its own batch; none was retried
            items += [json.loads(x) for x in batches[0].read_text("utf-8").splitlines()]
            report = batches[0].with_suffix(".report.json")
            reports[f"{outlet}/{day}"] = json.loads(report.read_text("utf-8"))

    def day_of(stamp: str) -> date:
        return local_date(datetime.fromisoformat(stamp))

    # A daily run also re-lands the articles edited that day; an edit of an article published
    # before the window is a version of an earlier day, and the same version landed by two days
    # (published on one, edited the next) is one version.
    earlier = [i for i in items if day_of(i["published_at"]) < since]
    assert all(i["modified_at"] and since <= day_of(i["modified_at"]) <= until for i in earlier)
    versions = {(i["outlet"], i["native_id"], i["content_hash"]): i for i in items if i not in earlier}
    result = compare(truth, list(versions.values()), reports, BACKFILL)
    assert result.expected > 100
    assert (result.missing, result.unexpected, result.duplicates, result.date_mismatches) == ([], [], [], [])
    # Published: the warehouse ran on the backfill's Assets and holds exactly those articles.
    warehouse_runs_after(stack, before)
    published = published_articles(stack)
    days = {(since + timedelta(days=n)).isoformat() for n in range(30)}
    landed = set().union(*(published.get(d, set()) for d in days))
    assert landed == truth_articles(truth, since, until)


def test_stopping_leaves_no_process_database_or_broker_key_behind(stack, corpus):
    """Even in the middle of a task: a whole-mirror crawl is running when the stack stops."""
    conf = {"since": corpus.start.isoformat(), "until": corpus.end.isoformat()}
    run_id = stack.trigger("qysym_crawl_vlast", None, conf)["dag_run_id"]
    path = f"/api/v2/dags/qysym_crawl_vlast/dagRuns/{run_id}/taskInstances"
    deadline = time.monotonic() + 120
    while [ti["state"] for ti in stack.api("GET", path)["task_instances"]] != ["running"]:
        assert time.monotonic() < deadline, "the crawl never started"
        time.sleep(1)
    stack.stop()
    assert stack.leftovers() == []
    assert not stack.backends.database_exists()
    assert stack.backends.broker_keys() == []
