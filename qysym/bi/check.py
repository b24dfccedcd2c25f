"""`make bi-check`: the PostgreSQL serving database as BI tools see it, with a real Superset.

``python -m qysym.bi.check --superset .bi-venv/bin/superset``:

1. builds a small warehouse (synthetic landing, the real pipeline) and publishes it to a
   PostgreSQL database (``--url``, default this machine's server, database ``qysym_bi_check``),
   with the read-only role ``qysym_reader`` (a fresh random password);
2. reads it as BI tools do, with that role only: ``psql``, SQLAlchemy's postgresql dialect (the
   inspector BI tools build their column browsers from) and the catalog query they send;
3. starts Apache Superset (its own virtual environment, ``qysym/bi/superset-requirements.txt``),
   registers the database through Superset's REST API as a user would, lists the schema's tables
   and a table's columns with their descriptions, runs the SQL of a chart (the weekly pressure
   index by category), publishes again and runs it again on the same Superset connection.

Prints each step and exits non-zero with one line naming the first thing that did not hold.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

from qysym import pipeline, serving
from qysym import settings as settings_module
from qysym.warehouse import QysymError

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/qysym_bi_check"
CHART_SQL = ("select week_start, category, events, severity_index from qysym.weekly_events "
             "order by week_start, category")
EXPECTED_TABLES = {"articles", "weekly_events", "weekly_pressure_index", "publish_manifest",
                   "check_results"}


def _say(message: str) -> None:
    print(f"[bi-check] {message}", flush=True)


def _fail(message: str) -> QysymError:
    return QysymError(f"bi-check: {message}")


def reader_url(url: str, password: str, driver: str = "postgresql") -> str:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    netloc = f"{serving.READER}:{urllib.parse.quote(password)}@{host}:{parts.port or 5432}"
    return urllib.parse.urlunsplit((driver, netloc, parts.path, "", ""))


def publish_sample(url: str, work: Path) -> tuple[dataclasses.dataclass, str]:
    """A small warehouse built by the real pipeline and published to ``url``."""
    from qysym.synthetic import write_landing

    password = secrets.token_urlsafe(18)
    config = dataclasses.replace(settings_module.load(), data_dir=work / "data", serving_url=url,
                                 serving_reader_password=password)
    serving.ensure_database(url)
    serving.ensure_reader(config)
    write_landing(config.data_dir, 3000, start=date(2020, 10, 1), months=4, seed=21)
    pipeline.build(config)  # synthetic fetch times are old: freshness warns, which does not block
    return config, password


def check_clients(url: str, password: str) -> None:
    """psql, SQLAlchemy's inspector and the catalog query, as the read-only role."""
    dsn = reader_url(url, password)
    if shutil.which("psql"):
        out = subprocess.run(["psql", dsn, "-Atc", "select count(*) from qysym.weekly_pressure_index"],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0 or not out.stdout.strip().isdigit():
            raise _fail(f"psql as {serving.READER}: {out.stderr.strip() or out.stdout.strip()}")
        _say(f"psql: qysym.weekly_pressure_index has {out.stdout.strip()} rows")
    import sqlalchemy as sa

    engine = sa.create_engine(reader_url(url, password, "postgresql+psycopg2"))
    try:
        inspector = sa.inspect(engine)
        tables = set(inspector.get_table_names(schema=serving.SCHEMA))
        if not tables >= EXPECTED_TABLES:
            raise _fail(f"SQLAlchemy lists no {sorted(EXPECTED_TABLES - tables)} in {serving.SCHEMA}")
        described = [c for c in inspector.get_columns("weekly_pressure_index", schema=serving.SCHEMA)
                     if c.get("comment")]
        if not described:
            raise _fail("the columns of weekly_pressure_index carry no description")
        with engine.connect() as con:
            rows = con.execute(sa.text(
                "select c.table_name, c.column_name, c.data_type, col_description("
                "(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass, "
                "c.ordinal_position) from information_schema.columns c where c.table_schema = :s"),
                {"s": serving.SCHEMA}).fetchall()
    finally:
        engine.dispose()
    _say(f"SQLAlchemy: {len(tables)} tables; catalog query: {len(rows)} columns, "
         f"{sum(bool(r[3]) for r in rows)} with a description")


class Superset:
    """A Superset server in a scratch home, driven through its REST API."""

    def __init__(self, executable: Path, home: Path):
        self.executable, self.home = executable, home
        home.mkdir(parents=True, exist_ok=True)
        config = home / "superset_config.py"
        config.write_text(
            f"SECRET_KEY = {secrets.token_urlsafe(32)!r}\n"
            f"SQLALCHEMY_DATABASE_URI = 'sqlite:///{home / 'superset.db'}'\n"
            # a scratch server on loopback, driven by a script holding a bearer token, not a
            # browser session: no CSRF form tokens to carry
            "WTF_CSRF_ENABLED = False\n", encoding="utf-8")
        self.env = dict(os.environ, SUPERSET_CONFIG_PATH=str(config), SUPERSET_HOME=str(home),
                        FLASK_APP="superset")
        self.password = secrets.token_urlsafe(12)
        self.process: subprocess.Popen | None = None
        self.base = ""
        self.token = ""

    def cli(self, *args: str) -> None:
        log = self.home / "cli.log"
        with log.open("a", encoding="utf-8") as out:
            code = subprocess.run([str(self.executable), *args], env=self.env, stdout=out,
                                  stderr=subprocess.STDOUT, timeout=600).returncode
        if code != 0:
            raise _fail(f"superset {args[0]} failed (exit {code}); see {log}")

    def start(self) -> None:
        self.cli("db", "upgrade")
        self.cli("fab", "create-admin", "--username", "admin", "--firstname", "bi", "--lastname",
                 "check", "--email", "bi@example.org", "--password", self.password)
        self.cli("init")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        log = (self.home / "server.log").open("w", encoding="utf-8")
        self.process = subprocess.Popen([str(self.executable), "run", "-h", "127.0.0.1", "-p", str(port)],
                                        env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=5) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(1)
        else:
            raise _fail(f"Superset did not answer on {self.base} in 120 s; see {log.name}")
        self.token = self.call("POST", "/api/v1/security/login", {
            "username": "admin", "password": self.password, "provider": "db", "refresh": False,
        })["access_token"]

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def call(self, method: str, path: str, body: dict | None = None) -> dict:
        request = urllib.request.Request(
            self.base + path, method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json",
                     **({"Authorization": f"Bearer {self.token}"} if self.token else {})})
        try:
            with urllib.request.urlopen(request, timeout=120) as reply:
                return json.loads(reply.read() or b"{}")
        except urllib.error.HTTPError as exc:
            raise _fail(f"Superset {method} {path}: HTTP {exc.code}: "
                        f"{exc.read().decode(errors='replace')[:300]}") from None


def check_superset(superset: Superset, url: str, password: str, republish) -> None:
    database = superset.call("POST", "/api/v1/database/", {
        "database_name": "qysym", "expose_in_sqllab": True,
        "sqlalchemy_uri": reader_url(url, password, "postgresql+psycopg2")})["id"]
    query = urllib.parse.quote(f"(schema_name:{serving.SCHEMA},force:!t)")
    tables = {t["value"] for t in superset.call(
        "GET", f"/api/v1/database/{database}/tables/?q={query}")["result"]}
    if not tables >= EXPECTED_TABLES:
        raise _fail(f"Superset lists no {sorted(EXPECTED_TABLES - tables)} in {serving.SCHEMA}")
    meta = superset.call("GET", f"/api/v1/database/{database}/table_metadata/"
                                f"?name=weekly_events&schema={serving.SCHEMA}")
    described = [c["name"] for c in meta["columns"] if c.get("comment")]
    if not described:
        raise _fail("Superset shows no column description for weekly_events")
    _say(f"Superset: {len(tables)} tables in {serving.SCHEMA}; weekly_events has "
         f"{len(meta['columns'])} columns, {len(described)} described")
    runs = []
    for attempt in ("first", "after a new publish"):
        if attempt != "first":
            republish()
        result = superset.call("POST", "/api/v1/sqllab/execute/", {
            "database_id": database, "sql": CHART_SQL, "schema": serving.SCHEMA, "runAsync": False})
        if result.get("status") != "success" or not result.get("data"):
            raise _fail(f"the chart query {attempt}: {str(result)[:300]}")
        manifest = superset.call("POST", "/api/v1/sqllab/execute/", {
            "database_id": database, "schema": serving.SCHEMA, "runAsync": False,
            "sql": "select distinct run_id from qysym.publish_manifest"})["data"]
        runs.append(manifest[0]["run_id"])
        _say(f"Superset ran the chart query {attempt}: {len(result['data'])} rows "
             f"(publication {runs[-1]})")
    if runs[0] == runs[1]:
        raise _fail("the second publish did not reach Superset's connection")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qysym.bi.check", description=__doc__.split("\n")[0])
    parser.add_argument("--superset", type=Path, required=True, help="the superset executable")
    parser.add_argument("--url", default=DEFAULT_URL,
                        help=f"a PostgreSQL database the check may fill (default {DEFAULT_URL})")
    args = parser.parse_args(argv)
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="qysym-bi-check-"))
    superset = Superset(args.superset, work / "superset")
    try:
        _say(f"building and publishing a sample warehouse to {args.url.rsplit('@', 1)[-1]}")
        config, password = publish_sample(args.url, work)
        check_clients(args.url, password)
        _say("starting Superset (migrations, admin, roles)")
        superset.start()
        check_superset(superset, args.url, password,
                       lambda: pipeline.publish(config, f"bi_check_{int(time.time())}"))
    except QysymError as exc:
        print(f"[bi-check] FAILED: {exc} (work folder kept: {work})", file=sys.stderr)
        return 1
    finally:
        superset.stop()
    shutil.rmtree(work, ignore_errors=True)
    _say(f"passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
