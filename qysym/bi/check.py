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
from qysym.bi import dashboard
from qysym.warehouse import QysymError

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/qysym_bi_check"
CHART_SQL = ("select week_start, category, events, severity_index from qysym.weekly_events "
             "order by week_start, category")
SCREENSHOT = Path(__file__).resolve().parents[2] / "test-output" / "superset-dashboard.png"
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
        return json.loads(self._send(method, path, json.dumps(body).encode() if body is not None
                                     else None, "application/json") or b"{}")

    def download(self, path: str) -> bytes:
        return self._send("GET", path, None, "application/json")

    def upload(self, path: str, name: str, content: bytes, fields: dict[str, str]) -> dict:
        """A multipart form: one file (``name``) and text fields, as Superset's import takes."""
        boundary = secrets.token_hex(16)
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'
                 .encode() for key, value in fields.items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                     f'filename="{name}.zip"\r\nContent-Type: application/zip\r\n\r\n'.encode()
                     + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return json.loads(self._send("POST", path, body, f"multipart/form-data; boundary={boundary}"))

    def _send(self, method: str, path: str, data: bytes | None, content_type: str) -> bytes:
        request = urllib.request.Request(
            self.base + path, method=method, data=data,
            headers={**({"Content-Type": content_type} if data is not None else {}),
                     **({"Authorization": f"Bearer {self.token}"} if self.token else {})})
        try:
            with urllib.request.urlopen(request, timeout=120) as reply:
                return reply.read()
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


def check_dashboard(superset: Superset, url: str, password: str) -> None:
    """Import the shipped dashboard export as a team would, and have Superset run every chart's
    query on the serving database through the read-only login."""
    masked = reader_url(url, "XXXXXXXXXX", "postgresql+psycopg2")
    superset.upload("/api/v1/dashboard/import/", "formData", dashboard.bundle(masked), {
        "passwords": json.dumps({dashboard.DATABASE_FILE: password}), "overwrite": "true"})
    charts = superset.call("GET", f"/api/v1/dashboard/{dashboard.SLUG}/charts")["result"]
    titles = {c["slice_name"] for c in charts}
    expected = {title for title, _, _ in dashboard.CHARTS}
    if titles != expected:
        raise _fail(f"the imported dashboard has charts {sorted(titles)}, not {sorted(expected)}")
    for chart in charts:
        data = superset.call("GET", f"/api/v1/chart/{chart['id']}/data/")["result"][0]
        if data.get("error") or data.get("status") == "failed":
            raise _fail(f"chart {chart['slice_name']!r}: {str(data.get('error'))[:300]}")
        if not data["rowcount"] and "Coverage gaps" not in chart["slice_name"]:
            raise _fail(f"chart {chart['slice_name']!r} returned no rows")
        _say(f"dashboard chart {chart['slice_name']!r}: {data['rowcount']} rows")
    render_dashboard(superset, len(charts))


def render_dashboard(superset: Superset, charts: int, shot: Path = SCREENSHOT) -> None:
    """Open the imported dashboard in headless Chromium, logged in as a user would be: every
    chart draws (a canvas or a table, no error box); the screenshot is kept for a person."""
    from playwright.sync_api import Error, sync_playwright

    chromium = shutil.which("chromium")
    if not chromium:
        raise _fail("chromium is needed to open the dashboard: run `make browser` (as root) or "
                    "apt-get install chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            # Superset's CSP forbids eval, which Playwright's polling uses: bypass it here only
            page = browser.new_page(viewport={"width": 1400, "height": 2400}, bypass_csp=True)
            page.request.post(superset.base + "/login/", form={
                "username": "admin", "password": superset.password})
            page.goto(f"{superset.base}/superset/dashboard/{dashboard.SLUG}/?standalone=1")
            # a chart has drawn when its echarts canvas or its table is there (not a spinner), or
            # it says its query returned nothing (the coverage gaps of a sample without any)
            drawn = ("() => Array.from(document.querySelectorAll('.dashboard-chart')).filter("
                     "c => c.querySelector('[_echarts_instance_] canvas, table') || "
                     "c.textContent.includes('No results were returned')).length")
            try:
                page.wait_for_function(f"({drawn})() >= {charts}", timeout=120_000)
            except Error as exc:
                shot.parent.mkdir(exist_ok=True)
                page.screenshot(path=str(shot), full_page=True)
                raise _fail(f"the dashboard drew {page.evaluate(drawn)} of {charts} charts "
                            f"({str(exc).splitlines()[0]}; screenshot: {shot})") from None
            errors = page.locator(".dashboard-chart .ant-alert-error, .dashboard-chart "
                                  "[role=alert]").count()
            page.wait_for_timeout(2000)  # the charts' entry animation (1 s), before the picture
            shot.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    if errors:
        raise _fail(f"{errors} dashboard chart(s) show an error (screenshot: {shot})")
    _say(f"the dashboard drew all {charts} charts in Chromium (screenshot: {shot})")


def write_dashboard(superset: Superset, url: str, password: str) -> None:
    """Maintainers: build the dashboard through the API and replace the shipped export with
    Superset's export of it (review the diff, then commit qysym/bi/dashboard/)."""
    database = superset.call("POST", "/api/v1/database/", {
        "database_name": "qysym serving database", "expose_in_sqllab": True,
        "sqlalchemy_uri": reader_url(url, password, "postgresql+psycopg2")})["id"]
    built = dashboard.build(superset, database)
    files = dashboard.export(superset, built)
    _say(f"wrote {len(files)} files of the dashboard export to {dashboard.EXPORT}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qysym.bi.check", description=__doc__.split("\n")[0])
    parser.add_argument("--superset", type=Path, required=True, help="the superset executable")
    parser.add_argument("--url", default=DEFAULT_URL,
                        help=f"a PostgreSQL database the check may fill (default {DEFAULT_URL})")
    parser.add_argument("--write-dashboard", action="store_true",
                        help="maintainers: rebuild the shipped dashboard export (qysym/bi/dashboard/)")
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
        if args.write_dashboard:
            write_dashboard(superset, args.url, password)
        check_dashboard(superset, args.url, password)
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
