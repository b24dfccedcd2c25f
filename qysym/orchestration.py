"""What the DAGs call, and how qysym drives Airflow itself (the demo, tests).

DAG files only wire things together; the task bodies live here, importable and testable, and
import nothing heavy at module level so that DAG files parse fast.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import subprocess
import sys
import urllib.request
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pendulum

from qysym import settings as settings_module
from qysym.settings import PROJECT_ROOT, Settings

DUCKDB_POOL = "duckdb_writer"
# Celery queues: crawl work may run on any worker; warehouse work only on the worker whose machine
# holds the DuckDB volume. Tasks without a queue go to Airflow's "default" queue.
CRAWL_QUEUE = "crawl"
WAREHOUSE_QUEUE = "warehouse"
# The warehouse DAG (the crawl DAGs are named by the outlet registry: Outlet.dag_id).
WAREHOUSE_DAG = "qysym_warehouse"
DEFAULT_ARGS = {
    "owner": "qysym",
    "retries": 2,
    "retry_delay": timedelta(seconds=30),
    "on_failure_callback": None,  # set below, once on_failure is defined
}
# What a new metadata database needs once (docker-compose.yml's airflow-init runs the same).
INIT_COMMANDS: list[list[str]] = [
    ["airflow", "db", "migrate"],
    ["airflow", "pools", "set", DUCKDB_POOL, "1", "DuckDB allows one writer process"],
]
log = logging.getLogger("qysym")


def crawl_window() -> tuple[pendulum.DateTime, pendulum.DateTime | None]:
    """The crawl DAGs' schedule bounds: QYSYM_CRAWL_START (default 2020-09-01, before the
    January 2021 Mazhilis vote) and, for a closed study window, QYSYM_CRAWL_END (default open)."""
    s = settings_module.load()
    start, end = s.crawl_start, s.crawl_end
    return (pendulum.parse(start, tz="UTC"), pendulum.parse(end, tz="UTC") if end else None)


def landing_asset(outlet: str):
    """The Asset an outlet's crawl updates when it lands a batch; the warehouse DAG waits on it."""
    from airflow.sdk import Asset

    return Asset(name=f"landing_{outlet}", uri=f"qysym://landing/{outlet}")


def on_failure(context: dict) -> None:
    """One clear line in the task log and in ``data/logs/alerts.log``, and a POST of the same line
    to QYSYM_ALERT_WEBHOOK when it is configured. Runs once a task has no retries left."""
    ti = context.get("task_instance") or context.get("ti")
    dag_run = context.get("dag_run")
    error = context.get("exception") or context.get("reason") or "see the task log"
    line = (
        f"qysym FAILED: dag={getattr(dag_run, 'dag_id', '?')} run={getattr(dag_run, 'run_id', '?')} "
        f"task={getattr(ti, 'task_id', '?')} try={getattr(ti, 'try_number', '?')}: "
        f"{type(error).__name__ + ': ' if isinstance(error, BaseException) else ''}{error}"
    )
    log.error(line)
    settings = settings_module.load()
    alerts = settings.data_dir / "logs" / "alerts.log"
    try:
        alerts.parent.mkdir(parents=True, exist_ok=True)
        with alerts.open("a", encoding="utf-8") as out:
            out.write(f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} {line}\n")
    except OSError as exc:
        log.error("qysym: could not write %s: %s", alerts, exc)
    webhook = settings.alert_webhook
    if webhook:
        request = urllib.request.Request(
            webhook, data=json.dumps({"text": line}).encode(), headers={"Content-Type": "application/json"}
        )
        try:
            urllib.request.urlopen(request, timeout=10).close()
        except OSError as exc:
            log.error("qysym: the alert webhook failed too: %s", exc)


DEFAULT_ARGS["on_failure_callback"] = on_failure


def interval_from_context(context: dict) -> tuple[date, date]:
    """The crawl interval: params since/until if given (backfill), else the run's data interval."""
    params = context.get("params") or {}
    start, end = context.get("data_interval_start"), context.get("data_interval_end")
    since = date.fromisoformat(params["since"]) if params.get("since") else None
    until = date.fromisoformat(params["until"]) if params.get("until") else None
    if since is None:
        if start is None:
            raise ValueError("this run has no data interval: pass params since/until")
        since = start.date()
    if until is None:
        # A manual run with a logical date has an empty interval (start == end): that one day.
        until = (end - timedelta(microseconds=1)).date() if end is not None and end > start else since
    return since, until


def crawl_interval(outlet: str, context: dict) -> dict:
    """The crawl task. A bad interval is a deterministic failure: it fails at once, no retries;
    a failed crawl (network, the site) raises normally and is retried with backoff."""
    from airflow.sdk.exceptions import AirflowFailException

    from qysym import pipeline

    try:
        since, until = interval_from_context(context)
    except ValueError as exc:
        raise AirflowFailException(f"bad crawl interval: {exc}") from exc
    if since > until:
        raise AirflowFailException(f"bad crawl interval: since {since} is after until {until}")
    s = settings_module.load()
    result = pipeline.crawl(s, outlet, since, until, base_url=s.base_url)
    return {"outlet": outlet, "batch": str(result.batch), "since": since.isoformat(),
            "until": until.isoformat(), "report": result.report}


def run_landing_gate() -> dict:
    from qysym import pipeline

    settings = settings_module.load()
    with pipeline.warehouse_lock(settings):
        return pipeline.validate_landing(settings)


def _checked(step, check_run: str | None) -> object:
    """Run ``step(settings, run)`` in the quality run the landing gate started (``check_run``,
    from its result), so one warehouse DAG run records one quality run, as ``qysym build`` does."""
    from qysym import pipeline, quality

    settings = settings_module.load()
    with pipeline.warehouse_lock(settings), quality.recorded(settings, check_run) as run:
        return step(settings, run)


def run_dbt_build(gate: dict) -> None:
    from qysym import pipeline
    from qysym.warehouse import QysymError

    if not gate.get("passed"):
        raise QysymError("no landed batch passed the landing gate; nothing to build")
    _checked(pipeline.dbt_build, gate.get("check_run"))


def run_warehouse_gate_and_publish(gate: dict | None = None) -> dict:
    """The warehouse gate, then the publish unless a blocking check failed."""
    from qysym import pipeline

    published = _checked(pipeline.check_and_publish, (gate or {}).get("check_run"))
    return {"path": str(published.path), "rows": published.rows,
            "quarantined": (gate or {}).get("quarantined", [])}


def run_report(published: dict, run_id: str | None = None) -> str:
    """The run's summary (articles per outlet, pressure per category, quality, where things are),
    printed to the task log and written to ``data/reports/summary.txt`` for whoever reads next."""
    from qysym import pipeline

    settings = settings_module.load()
    header = f"qysym warehouse run {run_id or '?'} at {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    if published.get("quarantined"):
        header += f"; published without {len(published['quarantined'])} quarantined batch(es)"
    text = header + "\n\n" + pipeline.summary(settings) + "\n"
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    target = settings.reports_dir / "summary.txt"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    print(text, flush=True)
    return str(target)


# --- driving Airflow from qysym (demo and tests) ----------------------------------------------

def airflow_env(settings: Settings, base_url: str | None = None) -> dict[str, str]:
    """A self-contained Airflow home under the data directory (SQLite, no examples)."""
    env = settings_module.tool_env(settings)
    home = settings.airflow_home
    env.update(
        AIRFLOW_HOME=str(home),
        AIRFLOW__CORE__DAGS_FOLDER=str(PROJECT_ROOT / "dags"),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__CORE__UNIT_TEST_MODE="False",
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=env.get(
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", f"sqlite:///{home / 'airflow.db'}"
        ),
        AIRFLOW__LOGGING__BASE_LOG_FOLDER=str(home / "logs"),
        AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE="False",
        GX_ANALYTICS_ENABLED="false",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
    )
    if base_url:
        env["QYSYM_BASE_URL"] = base_url
    return env


def airflow_cli(env: dict[str, str], command: list[str]) -> None:
    """Run one `airflow ...` command of this environment; a failure raises with its last lines."""
    binary = str(Path(sys.executable).parent / command[0])
    proc = subprocess.run([binary, *command[1:]], env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        from qysym.warehouse import QysymError

        tail = " | ".join((proc.stderr or proc.stdout).strip().splitlines()[-3:])
        raise QysymError(f"`{shlex.join(command)}` failed (exit {proc.returncode}): {tail}")


def ensure_airflow(settings: Settings) -> dict[str, str]:
    """Migrate the metadata database and create the DuckDB writer pool, once per Airflow home."""
    env = airflow_env(settings)
    marker = settings.airflow_home / ".qysym-ready"
    if not marker.exists():
        settings.airflow_home.mkdir(parents=True, exist_ok=True)
        print("[qysym] preparing the Airflow home (metadata database, pool)", flush=True)
        for command in INIT_COMMANDS:
            airflow_cli(env, command)
        marker.write_text("ok\n")
    return env


def run_dag_test(settings: Settings, dag_id: str, logical_date: str, conf: dict | None = None,
                 base_url: str | None = None) -> Path:
    """Run one DAG with Airflow's in-process test runner (`airflow dags test`).

    Airflow's own output goes to a log file under the Airflow home; the pipeline's progress lines
    (``[qysym] …``) are shown as they come. On failure the log's tail is shown with its path.
    """
    env = airflow_env(settings, base_url)
    command = [str(Path(sys.executable).parent / "airflow"), "dags", "test", dag_id, logical_date]
    if conf:
        command += ["--conf", json.dumps(conf)]
    log_path = settings.airflow_home / "logs" / f"dags-test-{dag_id}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    print(f"[qysym] airflow dags test {dag_id} {logical_date}  (full log: {log_path})", flush=True)
    tail: list[str] = []
    with log_path.open("w", encoding="utf-8") as log_file:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, errors="replace")
        assert proc.stdout is not None
        for line in proc.stdout:
            log_file.write(line)
            tail = [*tail[-39:], line.rstrip("\n")]
            if line.startswith(("[qysym]", "qysym:")) or "qysym FAILED" in line:
                print("   " + line.rstrip("\n"), flush=True)
        code = proc.wait()
    failed = code != 0 or any("state=failed" in line for line in tail)
    if failed:
        from qysym.warehouse import QysymError

        print("\n".join(tail), file=sys.stderr)
        raise QysymError(f"the DAG {dag_id} failed (exit {code}); the full log is {log_path}")
    return log_path
