"""The command line answers a wrong argument with one clear line and a non-zero exit."""

import subprocess
import sys
from pathlib import Path

import pytest

QYSYM = str(Path(sys.executable).parent / "qysym")


def run(*args, env=None):
    return subprocess.run([QYSYM, *args], capture_output=True, text=True, check=False, env=env)


def test_help_lists_the_commands():
    out = run("--help").stdout
    for command in ("demo", "crawl", "build", "sql", "mirror", "reparse", "check-live", "stack"):
        assert command in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("crawl", "nowhere"), "invalid choice: 'nowhere'"),
        (("crawl", "vlast", "--since", "2021-13-01"), "'2021-13-01' is not a date: use YYYY-MM-DD"),
        (("sql",), "the following arguments are required: query"),
    ],
)
def test_argument_errors_are_one_clear_line(args, message):
    proc = run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr.strip().splitlines()[-1]


def test_an_inverted_interval_is_refused_before_any_crawling(tmp_path):
    import os

    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path))
    proc = run("crawl", "vlast", "--since", "2021-02-01", "--until", "2021-01-01", env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "qysym: error: --since 2021-02-01 is after --until 2021-01-01"
    assert not (tmp_path / "landing").exists()


def test_sql_before_anything_is_published_says_what_to_do(tmp_path):
    import os

    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path))
    proc = run("sql", "select 1", env=env)
    assert proc.returncode == 1
    assert "run `qysym demo` or `qysym build`" in proc.stderr


def test_stack_without_its_database_server_says_what_to_do(tmp_path):
    import os

    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path), QYSYM_PG_PORT="1")
    proc = run("stack", "--database", "qysym_never_created", env=env)
    assert proc.returncode == 1
    line = proc.stderr.strip().splitlines()[-1]
    assert line.startswith("qysym: error: PostgreSQL at 127.0.0.1:1 is unreachable")
    assert "QYSYM_PG_" in line
    assert not (tmp_path / "airflow-celery" / "services").exists()


def test_a_crawl_of_days_after_today_is_refused(tmp_path):
    import os
    from datetime import date, timedelta

    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path))
    later = date.today() + timedelta(days=1)
    proc = run("crawl", "vlast", "--since", later.isoformat(), env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"qysym: error: --since {later} is after today ({date.today()}): "
                                   "nothing can have been published then yet")
    assert not (tmp_path / "landing").exists()


def test_classify_refuses_an_empty_input_file(tmp_path):
    import os

    source = tmp_path / "in.jsonl"
    source.write_text("\n\n", encoding="utf-8")
    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path / "data"))
    proc = run("classify", "--input", str(source), "--output", str(tmp_path / "out.jsonl"), env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith(f"qysym: error: {source}: no texts")
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_classify_names_a_lone_surrogate_escape(tmp_path):
    import os

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Активиста задержали."}\n'
                      '{"id": 2, "text": "broken \\ud83d text"}\n', encoding="utf-8")
    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path / "data"))
    proc = run("classify", "--input", str(source), "--output", str(tmp_path / "out.jsonl"), env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        "qysym: error: in.jsonl line 2: holds the escape \\ud83d, half of a UTF-16 pair and not a "
        "character: fix the text's encoding")
    assert "Traceback" not in proc.stderr


def test_a_second_build_stops_at_once_and_names_the_running_one(tmp_path, monkeypatch):
    import os

    from qysym import pipeline
    from qysym import settings as settings_module

    monkeypatch.setenv("QYSYM_DATA_DIR", str(tmp_path))
    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path))
    with pipeline.warehouse_lock(settings_module.load()):
        proc = run("build", env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        f"qysym: error: another build is running (pid {os.getpid()}) on {tmp_path}: wait for it "
        "to end, then rerun")
    proc = run("build", env=env)  # released: now it gets as far as the (empty) landing folder
    assert proc.returncode == 1 and "another build is running" not in proc.stderr


def _state(pid: int) -> str | None:
    """A process's state letter from /proc (Z: a zombie, dead but not reaped), None if gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def test_killing_qysym_ends_its_child_process(tmp_path):
    # a child started the way qysym starts dbt and Scrapy must not outlive a kill -9 of qysym
    import os
    import signal
    import time

    root = Path(__file__).resolve().parents[1]
    script = (f"import sys; sys.path.insert(0, {str(root)!r}); from qysym import children; "
              "children.run_child(['sleep', '300'])")
    parent = subprocess.Popen([sys.executable, "-c", script])
    try:
        child = None
        for _ in range(100):
            children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
            found = children.read_text().split() if children.exists() else []
            if found:
                child = int(found[0])
                break
            time.sleep(0.1)
        assert child is not None, "the child process never started"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        for _ in range(50):
            if _state(child) in (None, "Z"):
                break
            time.sleep(0.1)
        assert _state(child) in (None, "Z"), f"child {child} outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
