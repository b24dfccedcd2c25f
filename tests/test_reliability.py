"""What was collected is never lost: the operator's reproductions of issue 13, end to end.

Real crawls (the `qysym` command, the Scrapy engine, the sample mirror over HTTP), real builds
(dbt, the gates, the publish). Each injected failure must end with every published article still
published, or with a non-zero exit and one line naming the cause; never exit 0 with fewer. And a
failing run only ever adds to the data directory: every file it held before is still there with
the same bytes (or, for a quarantined batch, under quarantine/), besides the working files listed
in WORKING.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from qysym.mirror.corpus import build_corpus
from qysym.mirror.server import Faults, MirrorServer

QYSYM = str(Path(sys.executable).parent / "qysym")
SINCE, UNTIL = date(2021, 1, 4), date(2021, 1, 6)
# Files a run may rewrite: the build's working warehouse and dbt's artifacts, the archive's index
# (rows are only added to it), the quality store and Data Docs pages, logs, the build lock.
WORKING = ("warehouse/qysym.duckdb", "warehouse/model_fingerprint.txt", "dbt_target/", "logs/",
           "quality/", "build.lock", "archive/outlet=", "validation/")
KEPT_WORKING = ("archive/outlet=",)  # ... but of the archive, only index.sqlite3 may change


def working(relative: str) -> bool:
    if relative.startswith(KEPT_WORKING):
        return relative.endswith("index.sqlite3")
    return relative.startswith(WORKING)


def contents(data_dir: Path) -> dict[str, str]:
    """Every file of the data directory (but the working ones) by path, with its digest."""
    found = {}
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(data_dir).as_posix()
        if path.is_file() and not working(relative):
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def assert_only_additions(before: dict[str, str], after: dict[str, str]) -> None:
    """Every file held before is still there with the same bytes, or was moved to quarantine."""
    quarantined = {digest for path, digest in after.items() if path.startswith("quarantine/")}
    lost = [path for path, digest in before.items()
            if after.get(path) != digest and not (path.startswith("landing/") and digest in quarantined)]
    assert not lost, f"a failing run changed or removed: {lost}"


def qysym(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QYSYM_DATA_DIR=str(data_dir), QYSYM_FRESHNESS_HOURS="1000000")
    return subprocess.run([QYSYM, *args], capture_output=True, text=True, env=env, timeout=900)


def ok(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The failing command's error: exit 1 and a single `qysym: error:` line, no traceback."""
    assert proc.returncode == 1, proc.stdout[-2000:] + proc.stderr[-2000:]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("qysym: error:")]
    assert len(errors) == 1 and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return errors[0]


def published(data_dir: Path) -> set[str]:
    con = duckdb.connect(str(data_dir / "warehouse" / "serving.duckdb"), read_only=True)
    try:
        return {r[0] for r in con.execute("select article_id from marts.articles").fetchall()}
    finally:
        con.close()


def crawl(data_dir: Path, outlet: str, base_url: str, *extra: str) -> subprocess.CompletedProcess:
    return qysym(data_dir, "crawl", outlet, "--since", SINCE.isoformat(), "--until", UNTIL.isoformat(),
                 "--base-url", base_url, *extra)


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(seed=20210104, start=SINCE, days=(UNTIL - SINCE).days + 1)


@pytest.fixture
def collected(corpus, tmp_path):
    """Two outlets crawled completely and published: the state an operator then breaks."""
    data_dir = tmp_path / "data"
    with MirrorServer(corpus) as url:
        for outlet in ("vlast", "tengrinews"):
            ok(crawl(data_dir, outlet, url))
    ok(qysym(data_dir, "build"))
    articles = published(data_dir)
    assert {a.split(":")[0] for a in articles} == {"vlast", "tengrinews"} and len(articles) > 20
    return data_dir, articles


def dead_address() -> str:
    with socket.socket() as sock:  # a port nothing listens on (bound, then released)
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_flaky_recrawl_exits_non_zero_naming_the_cause_and_loses_nothing(corpus, collected):
    data_dir, articles = collected
    before = contents(data_dir)
    with MirrorServer(corpus, faults=Faults(server_error=0.5)) as url:
        proc = crawl(data_dir, "vlast", url, "--refetch")
    error = one_line_error(proc)
    assert "the vlast crawl lost" in error and "HTTP 503 from" in error
    # the terminal got the failures and one progress summary, not Scrapy's INFO flood; the
    # whole Scrapy log is in a file the output names
    assert "] INFO: " not in proc.stderr and "qysym-progress" not in proc.stderr
    summary = [line for line in proc.stderr.splitlines() if line.startswith("[qysym] vlast ")]
    assert len(summary) >= 1 and "articles done" in summary[-1] and "failed" in summary[-1]
    log = Path(proc.stdout.split("the whole Scrapy log: ", 1)[1].split()[0])
    assert "] INFO: " in log.read_text(encoding="utf-8")
    assert "QYSYM_MAX_FAILED_SHARE=0.1" in error and "marked partial" in error
    after = contents(data_dir)
    assert_only_additions(before, after)
    assert len([p for p in after if p.startswith("landing/outlet=vlast") and p.endswith(".jsonl")]) == 2
    # the partial batch only adds: the build publishes every article it published before
    ok(qysym(data_dir, "build"))
    assert published(data_dir) == articles


def test_a_dead_address_exits_non_zero_and_the_next_build_publishes_everything(collected):
    data_dir, articles = collected
    before = contents(data_dir)
    address = dead_address()
    error = one_line_error(crawl(data_dir, "tengrinews", address))
    assert f"connection refused at {address.removeprefix('http://')}" in error
    assert "earlier batches are untouched" in error
    after = contents(data_dir)
    assert_only_additions(before, after)
    reports = [json.loads((data_dir / p).read_text()) for p in after
               if p.startswith("landing/outlet=tengrinews") and p.endswith(".report.json")]
    # the failed run wrote its own report beside the good one, and no batch
    assert sorted((r["status"], r["landing_file"] is None) for r in reports) == [
        ("failed", True), ("ok", False)]
    ok(qysym(data_dir, "build"))
    assert published(data_dir) == articles


def test_a_published_batch_that_turns_bad_stops_the_publish_instead_of_vanishing(collected):
    data_dir, articles = collected
    batch = next((data_dir / "landing" / "outlet=tengrinews").rglob("*.jsonl"))
    with batch.open("a", encoding="utf-8") as handle:
        handle.write('{"outlet": "tengrinews", "title": "cut off mid-li')  # a truncated line
    snapshot = (data_dir / "warehouse" / "serving.duckdb").read_bytes()
    before = contents(data_dir)
    error = one_line_error(qysym(data_dir, "build"))
    assert "would lose articles readers have now (tengrinews " in error
    assert (data_dir / "warehouse" / "serving.duckdb").read_bytes() == snapshot
    assert published(data_dir) == articles
    after = contents(data_dir)
    assert_only_additions(before, after)  # the batch was moved to quarantine, not deleted
    assert any(p.startswith("quarantine/outlet=tengrinews") and p.endswith(".jsonl") for p in after)
