"""The Airflow deployment run natively: the services of docker-compose.yml as local processes.

PostgreSQL is the metadata database and Celery result backend, Redis the Celery broker. Each
service is its own process in its own process group: api-server, scheduler, dag-processor,
triggerer and a Celery worker, started from :data:`SERVICE_COMMANDS`. docker-compose.yml runs the
same commands (``tests/test_compose.py`` checks it). ``qysym stack`` runs this for an engineer
without Docker; the real-scheduler test (``tests/dags/test_real_scheduler.py``) drives it.

A stack owns exactly what it creates: one PostgreSQL database of its own name, the Redis keys
under its own key prefix, one Airflow home. :meth:`LocalAirflow.stop` stops every process it
started (and their children) and, for a throwaway stack, drops the database and the keys.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from qysym.orchestration import (
    CRAWL_QUEUE,
    INIT_COMMANDS,
    WAREHOUSE_DAG,
    WAREHOUSE_QUEUE,
    airflow_cli,
    airflow_env,
)
from qysym.settings import Settings
from qysym.warehouse import QysymError
from scrapers.outlets import outlets

# One worker serving every queue (crawl, warehouse and Airflow's default): a one-machine deployment.
WORKER_QUEUES = f"default,{CRAWL_QUEUE},{WAREHOUSE_QUEUE}"

# The commands each service runs, in docker-compose.yml and here ({port}: the api-server's port).
SERVICE_COMMANDS: dict[str, list[str]] = {
    "airflow-apiserver": ["airflow", "api-server", "--port", "{port}"],
    "airflow-scheduler": ["airflow", "scheduler"],
    "airflow-dag-processor": ["airflow", "dag-processor"],
    "airflow-triggerer": ["airflow", "triggerer"],
    "airflow-worker": ["airflow", "celery", "worker", "--queues", WORKER_QUEUES, "--concurrency", "2"],
}
def qysym_dags() -> tuple[str, ...]:
    """Every DAG qysym defines: one crawl DAG per registered outlet, then the warehouse DAG."""
    return (*(o.dag_id for o in outlets().values() if o.crawled), WAREHOUSE_DAG)


def service_command(service: str, port: int) -> list[str]:
    return [part.format(port=port) for part in SERVICE_COMMANDS[service]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _say(message: str) -> None:
    print(f"[qysym] {message}", flush=True)


@dataclass
class Backends:
    """Where the metadata database and the broker are (defaults: this machine's services)."""

    database: str
    pg_host: str = "127.0.0.1"
    pg_port: int = 5432
    pg_user: str = "postgres"
    pg_password: str = ""
    redis_url: str = "redis://127.0.0.1:6379/0"
    key_prefix: str = ""

    @classmethod
    def from_env(cls, database: str, key_prefix: str = "") -> Backends:
        from qysym import settings as settings_module

        s = settings_module.load()
        return cls(database=database, pg_host=s.pg_host, pg_port=s.pg_port, pg_user=s.pg_user,
                   pg_password=s.pg_password, redis_url=s.redis_url, key_prefix=key_prefix)

    def sqlalchemy_url(self, database: str | None = None) -> str:
        auth = urllib.parse.quote(self.pg_user) + (
            ":" + urllib.parse.quote(self.pg_password) if self.pg_password else "")
        return f"postgresql+psycopg2://{auth}@{self.pg_host}:{self.pg_port}/{database or self.database}"

    def _connect(self, database: str = "postgres"):
        import psycopg2

        return psycopg2.connect(host=self.pg_host, port=self.pg_port, user=self.pg_user,
                                password=self.pg_password or None, dbname=database, connect_timeout=5)

    def _redis(self):
        import redis

        return redis.Redis.from_url(self.redis_url, socket_connect_timeout=5)

    def unreachable(self) -> str | None:
        """Why the stack cannot run here (PostgreSQL or Redis unreachable), or None."""
        try:
            self._connect().close()
        except Exception as exc:
            return f"PostgreSQL at {self.pg_host}:{self.pg_port} is unreachable: {' '.join(str(exc).split())}"
        try:
            self._redis().ping()
        except Exception as exc:
            return f"Redis at {self.redis_url} is unreachable: {' '.join(str(exc).split())}"
        return None

    def database_exists(self) -> bool:
        conn = self._connect()
        try:
            with conn.cursor() as cur:
                cur.execute("select 1 from pg_database where datname = %s", (self.database,))
                return cur.fetchone() is not None
        finally:
            conn.close()

    def _on_server(self, statement: str) -> None:
        """One statement about this stack's database, outside a transaction (CREATE/DROP DATABASE)."""
        from psycopg2 import sql

        conn = self._connect()
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute(sql.SQL(statement).format(sql.Identifier(self.database)))
        finally:
            conn.close()

    def create_database(self) -> None:
        self._on_server("create database {}")

    def drop_database(self) -> None:
        self._on_server("drop database if exists {} with (force)")

    def broker_keys(self) -> list[bytes]:
        if not self.key_prefix:
            return []
        return list(self._redis().scan_iter(match=self.key_prefix + "*", count=1000))

    def delete_broker_keys(self) -> int:
        keys = self.broker_keys()
        if keys:
            self._redis().delete(*keys)
        return len(keys)


@dataclass
class LocalAirflow:
    """Airflow 3 on CeleryExecutor as separate local processes, driven through its REST API.

    ``throwaway``: on stop, drop the database the stack created (and its broker keys). A stack
    never drops a database it did not create.
    """

    settings: Settings
    backends: Backends
    home: Path
    base_url: str | None = None
    api_port: int = 0
    throwaway: bool = True
    extra_env: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    launched: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.api_port = self.api_port or free_port()
        self.jwt_secret = secrets.token_urlsafe(32)
        self.log_ports = (free_port(), free_port())
        self.logs = self.home / "services"
        self.created_database = False

    # -- configuration --------------------------------------------------------------------------
    def env(self) -> dict[str, str]:
        env = airflow_env(self.settings, self.base_url)
        api = f"http://127.0.0.1:{self.api_port}"
        broker = self.backends.redis_url
        env.update(
            AIRFLOW_HOME=str(self.home),
            AIRFLOW__LOGGING__BASE_LOG_FOLDER=str(self.home / "logs"),
            AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
            AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=self.backends.sqlalchemy_url(),
            AIRFLOW__CELERY__BROKER_URL=broker,
            AIRFLOW__CELERY__RESULT_BACKEND="db+" + self.backends.sqlalchemy_url(),
            # Every component signs and checks task tokens with this one secret.
            AIRFLOW__API_AUTH__JWT_SECRET=self.jwt_secret,
            AIRFLOW__CORE__FERNET_KEY=self.fernet_key(),
            AIRFLOW__API__PORT=str(self.api_port),
            AIRFLOW__API__HOST="127.0.0.1",
            AIRFLOW__API__BASE_URL=api,
            AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"{api}/execution/",
            # A loopback-only stack: everyone who can reach it is the admin.
            AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS="True",
            AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=str(self.log_ports[0]),
            AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT=str(self.log_ports[1]),
            AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK="False",
            DO_NOT_TRACK="1",
        )
        if self.backends.key_prefix:
            env["AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__GLOBAL_KEYPREFIX"] = self.backends.key_prefix
        env.update(self.extra_env)
        return env

    def fernet_key(self) -> str:
        """The key Airflow encrypts connections and variables with: made once per Airflow home and
        kept there (owner-only), so a stack restarted on the same database can still read them."""
        path = self.home / "fernet.key"
        if not path.exists():
            self.home.mkdir(parents=True, exist_ok=True)
            path.write_text(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode())
            path.chmod(0o600)
        return path.read_text().strip()

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self, timeout: float = 240) -> LocalAirflow:
        why = self.backends.unreachable()
        if why:
            raise QysymError(why + "; start it, or point QYSYM_PG_*/QYSYM_REDIS_URL at one")
        self.home.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        env = self.env()
        if not self.backends.database_exists():
            self.backends.create_database()
            self.created_database = True
        _say(f"Airflow metadata database {self.backends.database} on "
             f"{self.backends.pg_host}:{self.backends.pg_port}: migrating")
        for command in INIT_COMMANDS:
            airflow_cli(env, command)
        for service in SERVICE_COMMANDS:
            command = service_command(service, self.api_port)
            binary = str(Path(sys.executable).parent / command[0])
            log = (self.logs / f"{service}.log").open("ab")
            self.processes[service] = subprocess.Popen(
                [binary, *command[1:]], env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True, cwd=self.home)
            log.close()
            self.launched[service] = command
        _say(f"started {', '.join(self.processes)}; logs in {self.logs}")
        self.wait_healthy(timeout)
        return self

    def __enter__(self) -> LocalAirflow:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self, grace: float = 30) -> None:
        """SIGTERM every service's process group, SIGKILL what is left after ``grace`` seconds,
        then (for a throwaway stack) drop the database and the broker keys."""
        for proc in self.processes.values():
            _signal_group(proc, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for proc in self.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            _signal_group(proc, signal.SIGKILL)  # children left behind in the group, if any
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
        if self.processes:
            import psutil

            stragglers = self._own_processes()  # task runners in sessions of their own
            for proc in stragglers:
                with contextlib.suppress(psutil.NoSuchProcess):
                    proc.kill()
            psutil.wait_procs(stragglers, timeout=10)
        dropped = self.throwaway and self.created_database
        if dropped:
            self.backends.drop_database()
            self.backends.delete_broker_keys()
            self.created_database = False
        if self.processes:
            _say("stopped every Airflow process"
                 + (f"; dropped database {self.backends.database}" if dropped else ""))
        self.processes.clear()

    def _own_processes(self) -> list:
        """Live processes this stack started, by the Airflow home in their environment: the
        services, their children, and task runners that Airflow puts in sessions of their own."""
        import psutil

        found = []
        for proc in psutil.process_iter(["pid", "cmdline", "status"]):
            try:
                if (proc.info["status"] != psutil.STATUS_ZOMBIE
                        and proc.environ().get("AIRFLOW_HOME") == str(self.home)):
                    found.append(proc)
            except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
                continue
        return found

    def leftovers(self) -> list[str]:
        return [f"{p.pid}: {' '.join(p.info['cmdline'] or [])[:120]}" for p in self._own_processes()]

    def check_alive(self) -> None:
        for service, proc in self.processes.items():
            if proc.poll() is not None:
                raise QysymError(f"{service} exited with {proc.returncode}: "
                                 f"{self.log_tail(service)}; its log is {self.logs / (service + '.log')}")

    def log_tail(self, service: str, lines: int = 5) -> str:
        path = self.logs / f"{service}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return " | ".join(text.strip().splitlines()[-lines:])

    def wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        components = ("metadatabase", "scheduler", "dag_processor", "triggerer")
        status: dict = {}
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                status = self.api("GET", "/api/v2/monitor/health")
            except (OSError, QysymError):
                status = {}
            worker_ready = b" ready." in (self.logs / "airflow-worker.log").read_bytes()
            if worker_ready and all((status.get(c) or {}).get("status") == "healthy" for c in components):
                _say(f"Airflow is up: {self.url}")
                return
            time.sleep(2)
        raise QysymError(f"Airflow did not become healthy in {timeout:.0f} s (health: {status}); "
                         f"see the service logs in {self.logs}")

    # -- REST API -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    def api(self, method: str, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace")[:300]
            raise QysymError(f"{method} {path}: HTTP {exc.code}: {detail}") from exc

    def wait_for_dags(self, dag_ids: tuple[str, ...] | None = None, timeout: float = 180) -> None:
        dag_ids = dag_ids or qysym_dags()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            errors = self.api("GET", "/api/v2/importErrors").get("import_errors", [])
            if errors:
                raise QysymError(f"DAG import errors: {errors[0].get('filename')}: "
                                 f"{errors[0].get('stack_trace', '')[-300:]}")
            found = {d["dag_id"] for d in self.api("GET", "/api/v2/dags?limit=100")["dags"]}
            if set(dag_ids) <= found:
                return
            time.sleep(2)
        raise QysymError(f"the DAGs {sorted(set(dag_ids) - found)} were not parsed in {timeout:.0f} s; "
                         f"see {self.logs / 'airflow-dag-processor.log'}")

    def set_paused(self, dag_id: str, paused: bool) -> None:
        self.api("PATCH", f"/api/v2/dags/{dag_id}", {"is_paused": paused})

    def trigger(self, dag_id: str, logical_date: str | None = None, conf: dict | None = None) -> dict:
        return self.api("POST", f"/api/v2/dags/{dag_id}/dagRuns",
                        {"logical_date": logical_date, "conf": conf or {}})

    def runs(self, dag_id: str) -> list[dict]:
        return self.api("GET", f"/api/v2/dags/{dag_id}/dagRuns?limit=1000&order_by=id")["dag_runs"]

    def wait_run(self, dag_id: str, run_id: str, timeout: float = 600) -> dict:
        """Wait for one run to finish; a failed run raises with its failed tasks' log tails."""
        deadline = time.monotonic() + timeout
        quoted = urllib.parse.quote(run_id, safe="")
        while time.monotonic() < deadline:
            self.check_alive()
            run = self.api("GET", f"/api/v2/dags/{dag_id}/dagRuns/{quoted}")
            if run["state"] == "success":
                return run
            if run["state"] == "failed":
                raise QysymError(f"{dag_id} run {run_id} failed: {self.failure_detail(dag_id, run_id)}")
            time.sleep(2)
        raise QysymError(f"{dag_id} run {run_id} did not finish in {timeout:.0f} s")

    def wait_idle(self, dag_id: str, at_least: int, timeout: float = 900,
                  settle: float = 20) -> list[dict]:
        """Wait until ``dag_id`` has ``at_least`` runs and none queued or running, and stays so for
        ``settle`` seconds; return them. (An Asset-triggered DAG is idle for a moment between the
        last upstream landing and the scheduler's creating the run it triggers: without the
        settling time a wait could end before the run that takes the last landing.)"""
        deadline = time.monotonic() + timeout
        runs: list[dict] = []
        idle_since: float | None = None
        idle_count = -1
        while time.monotonic() < deadline:
            self.check_alive()
            runs = self.runs(dag_id)
            if len(runs) >= at_least and all(r["state"] in ("success", "failed") for r in runs):
                if idle_since is None or len(runs) != idle_count:
                    idle_since, idle_count = time.monotonic(), len(runs)
                elif time.monotonic() - idle_since >= settle:
                    return runs
            else:
                idle_since = None
            time.sleep(3)
        states = [r["state"] for r in runs]
        raise QysymError(f"{dag_id}: {len(runs)} run(s) {states}, not idle after {timeout:.0f} s")

    def failure_detail(self, dag_id: str, run_id: str) -> str:
        folder = self.home / "logs" / f"dag_id={dag_id}" / f"run_id={run_id}"
        lines = []
        for log in sorted(folder.glob("task_id=*/attempt=*.log")):
            text = log.read_text(errors="replace").strip().splitlines()
            errors = [line for line in text if '"level":"error"' in line or "FAILED" in line]
            lines.append(f"{log.parent.name}/{log.name}: {' | '.join((errors or text)[-3:])[:600]}")
        return " || ".join(lines) or f"no task log under {folder}"

    def backfill(self, dag_id: str, since: str, until: str, max_active_runs: int = 2) -> None:
        """Airflow's own backfill (`airflow backfill create`), as an operator would type it."""
        airflow_cli(self.env(), ["airflow", "backfill", "create", "--dag-id", dag_id, "--from-date", since,
                                 "--to-date", until, "--max-active-runs", str(max_active_runs)])

    def wait_backfills(self, dag_id: str, timeout: float = 1800) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            backfills = self.api("GET", f"/api/v2/backfills?dag_id={dag_id}")["backfills"]
            if backfills and all(b.get("completed_at") for b in backfills):
                return backfills[-1]
            time.sleep(3)
        raise QysymError(f"the backfill of {dag_id} did not complete in {timeout:.0f} s")


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)
