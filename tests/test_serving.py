"""The PostgreSQL serving database on a real PostgreSQL: two publishes under a reader that queries
in a loop, the read-only role, a refused password.

The machine's own PostgreSQL trusts every local login, so no password could be refused there: the
test starts a private cluster (initdb, password authentication by scram-sha-256) on a free port.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import psycopg2
import pytest

from qysym import pipeline, serving, settings
from qysym.synthetic import write_landing

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)
ADMIN_PASSWORD, READER_PASSWORD = "admin-secret", "reader-secret"


def _as_postgres(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    """initdb and the server refuse to run as root: run them as the postgres system user."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    if PG_BIN is None:
        pytest.fail("PostgreSQL's server binaries are missing (/usr/lib/postgresql/*/bin)")
    # the server runs as the postgres user, who cannot enter pytest's private temporary folders
    root = Path(tempfile.mkdtemp(prefix="qysym-pg-"))
    os.chmod(root, 0o777)
    data, pwfile = root / "data", root / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    os.chmod(pwfile, 0o644)
    _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "admin", "--auth=scram-sha-256",
                  f"--pwfile={pwfile}"])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"), "-o",
                  f"-p {port} -k {root} -c listen_addresses=127.0.0.1", "start"])
    try:
        admin = f"postgresql://admin:{ADMIN_PASSWORD}@127.0.0.1:{port}/postgres"
        con = psycopg2.connect(admin)
        con.autocommit = True
        con.cursor().execute("create database serving")
        con.close()
        yield port
    finally:
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"])
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory, cluster):
    """A built warehouse (synthetic landing) and settings pointing at the private cluster."""
    data_dir = tmp_path_factory.mktemp("serving") / "data"
    config = dataclasses.replace(
        settings.load(), data_dir=data_dir,
        serving_url=f"postgresql://admin:{ADMIN_PASSWORD}@127.0.0.1:{cluster}/serving",
        serving_reader_password=READER_PASSWORD)
    write_landing(data_dir, 3000, start=date(2021, 1, 1), months=2, seed=3)
    os.environ["QYSYM_FRESHNESS_HOURS"] = "1000000"
    try:
        serving.ensure_reader(config)
        pipeline.build(config)
    finally:
        del os.environ["QYSYM_FRESHNESS_HOURS"]
    return config


def reader(port: int, password: str = READER_PASSWORD):
    return psycopg2.connect(host="127.0.0.1", port=port, dbname="serving", user=serving.READER,
                            password=password)


def test_a_reader_sees_one_whole_publication_across_two_publishes(built, cluster):
    con = reader(cluster)
    con.set_session(isolation_level="REPEATABLE READ", readonly=True)
    seen, errors, stop = [], [], threading.Event()

    def loop():
        while not stop.is_set():
            try:
                with con.cursor() as cur:
                    cur.execute("select run_id, row_count from qysym.publish_manifest "
                                "where table_name = 'articles'")
                    run_id, expected = cur.fetchone()
                    cur.execute("select count(*) from qysym.articles")
                    seen.append((run_id, expected, cur.fetchone()[0]))
                con.commit()
            except Exception as exc:  # any error a BI tool would show
                errors.append(repr(exc))
                con.rollback()
            time.sleep(0.01)

    thread = threading.Thread(target=loop)
    thread.start()
    try:
        first = {r for r, _, _ in seen} or None
        # a second publication with more articles: same landing plus a new month
        write_landing(built.data_dir, 300, start=date(2021, 3, 1), months=1, seed=4,
                      id_offset=10_000_000, run_suffix="_more")
        os.environ["QYSYM_FRESHNESS_HOURS"] = "1000000"
        try:
            pipeline.build(built)
            pipeline.publish(built, "publish_again")
        finally:
            del os.environ["QYSYM_FRESHNESS_HOURS"]
        time.sleep(0.5)
    finally:
        stop.set()
        thread.join()
        con.close()
    assert errors == []
    assert len({run for run, _, _ in seen}) >= 2, (first, seen[-3:])
    # the manifest and the table always came from the same publication
    assert all(expected == counted for _, expected, counted in seen)


def test_the_reader_reads_the_publication_and_nothing_else(built, cluster):
    con = reader(cluster)
    cur = con.cursor()
    cur.execute("select count(*) from qysym.weekly_pressure_index")
    assert cur.fetchone()[0] > 0
    cur.execute("select obj_description('qysym.weekly_pressure_index'::regclass)")
    assert "ISO week" in cur.fetchone()[0]  # the dbt docs, for a BI tool's column browser
    con.rollback()
    for statement in ("insert into qysym.publish_manifest (run_id) values ('x')",
                      "create table qysym.mine (x int)",
                      "create table public.mine (x int)",
                      "delete from qysym.articles"):
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute(statement)
        con.rollback()
    admin = psycopg2.connect(built.serving_url)
    admin.autocommit = True
    admin.cursor().execute("create table if not exists public.private_notes (x int)")
    admin.close()
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        cur.execute("select * from public.private_notes")
    con.close()


def test_a_wrong_password_is_refused(built, cluster):
    with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
        reader(cluster, "not-the-password")


def test_without_a_serving_url_nothing_is_published_there(built):
    config = dataclasses.replace(built, serving_url=None)
    assert serving.publish(config, config.serving_path, ("marts.articles",), "r") is None


def test_the_init_step_creates_a_missing_database_once(built):
    url = built.serving_url.rsplit("/", 1)[0] + "/serving_extra"
    assert serving.ensure_database(url) is True
    assert serving.ensure_database(url) is False
    with pytest.raises(Exception, match="serving database"):
        serving.ensure_database(built.serving_url.replace(ADMIN_PASSWORD, "wrong"))
