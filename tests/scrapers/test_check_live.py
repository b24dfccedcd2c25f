"""`qysym check-live`: a few recent articles, field by field, with the layer that produced each."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from qysym.live import reachable
from qysym.mirror.corpus import ALMATY, build_corpus
from qysym.mirror.server import Faults, MirrorServer
from scrapers.outlets import outlets

QYSYM = str(Path(sys.executable).parent / "qysym")


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QYSYM_DATA_DIR=str(data_dir))
    return subprocess.run([QYSYM, "check-live", *args], capture_output=True, text=True,
                          check=False, env=env, timeout=300)


@pytest.fixture(scope="module")
def recent():
    now = datetime.now(UTC).replace(microsecond=0)
    today = now.astimezone(ALMATY).date()
    return build_corpus(seed=5, start=today - timedelta(days=3), days=4, now=now)


@pytest.mark.parametrize("outlet", sorted(outlets()))
def test_check_live_prints_every_field_and_its_layer(recent, outlet, tmp_path):
    with MirrorServer(recent) as url:
        proc = run(outlet, "--limit", "2", "--base-url", url, data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    urls = [line for line in lines if line.startswith("https://")]
    assert len(urls) == 2
    for field in ("title", "body", "published_at"):
        rows = [line.split() for line in lines if line.strip().startswith(field + " ")]
        assert len(rows) == 2 and all(r[1] in ("selectors", "jsonld", "generic") for r in rows)
    assert f"{outlet}: 2 parsed, 0 failed" in proc.stdout
    # A diagnostic: nothing lands in the data directory's landing zone or archive.
    assert not (tmp_path / "landing").exists() and not (tmp_path / "archive").exists()


def test_check_live_shows_markup_drift_as_fallback_layers(recent, tmp_path):
    with MirrorServer(recent, faults=Faults(drift=1.0)) as url:
        proc = run("vlast", "--limit", "2", "--base-url", url, data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    bodies = [line.split() for line in proc.stdout.splitlines()
              if line.strip().startswith("body ")]
    assert bodies and all(row[1] == "generic" for row in bodies)


def test_an_unreachable_site_is_one_clear_line(tmp_path):
    proc = run("vlast", "--base-url", "http://127.0.0.1:9", data_dir=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("qysym: error: cannot reach http://127.0.0.1:9")


@pytest.mark.live
@pytest.mark.parametrize("outlet", sorted(outlets()))
def test_check_live_against_the_real_site(outlet, tmp_path):
    problem = reachable(outlets()[outlet].entry_host, timeout=5)
    if problem:
        pytest.skip(f"{outlets()[outlet].entry_host} is unreachable from this machine ({problem})")
    proc = run(outlet, "--limit", "3", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert f"{outlet}: " in proc.stdout
