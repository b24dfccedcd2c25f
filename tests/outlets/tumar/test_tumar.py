"""A fourth outlet is one folder plus one registry entry.

Tumar Times exists only here: its outlet.yaml, page parsers, spider and mirror site are the files
of this folder, and ``QYSYM_OUTLET_DIRS`` registers it. The test crawls it from the sample mirror
through the real Scrapy engine (``qysym crawl``), runs it through the landing gate and dbt into the
marts (``qysym build``), and checks that nothing outside this folder had to name it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from qysym import settings
from qysym.mirror.corpus import build_corpus, write_ground_truth
from qysym.mirror.server import MirrorServer
from qysym.mirror.sites import sites
from scrapers.outlets import outlets
from tests.conftest import files_naming

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SLUG = HERE.name
# Everything the outlet needed: this list is the "add an outlet" guide's checklist (README).
NEEDED = {"__init__.py", "outlet.yaml", "pages.py", "spider.py", "mirror.py", "test_tumar.py"}
START, DAYS = date(2020, 12, 28), 10


@pytest.fixture
def registered(monkeypatch, tmp_path):
    monkeypatch.setenv("QYSYM_OUTLET_DIRS", str(HERE))
    monkeypatch.setenv("QYSYM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("QYSYM_BASE_URL", raising=False)
    return tmp_path / "data"


def qysym(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "qysym.cli", *args], env=dict(os.environ), cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, (args, proc.stdout[-2000:], proc.stderr[-4000:])
    return proc


def test_the_outlet_needed_only_its_own_folder():
    assert {p.name for p in HERE.iterdir() if p.is_file()} == NEEDED
    folder = HERE.relative_to(ROOT).as_posix() + "/"
    # the documentation may point at it as the worked example; no code, data or setting may
    naming = files_naming(SLUG, outside=(folder,))
    assert naming == [], "files outside the outlet's folder name it"


def test_it_is_registered_everywhere_by_one_setting(registered):
    assert SLUG not in outlets() or os.environ.get("QYSYM_OUTLET_DIRS")
    outlet = outlets()[SLUG]
    assert outlet.langs == ("ru", "kk") and outlet.dag_id == f"qysym_crawl_{SLUG}"
    assert outlet.spider_class().name == SLUG
    assert SLUG in sites()
    listed = qysym("outlets", "--json")
    assert SLUG in {row["slug"] for row in json.loads(listed.stdout)}


def test_crawled_from_the_mirror_into_the_marts(registered):
    corpus = build_corpus(seed=20210110, start=START, days=DAYS)
    mine = [a for a in corpus.articles if a.outlet == SLUG]
    assert mine and {a.lang for a in mine} == {"ru", "kk"}
    write_ground_truth(corpus, registered / "mirror")
    until = date.fromordinal(START.toordinal() + DAYS - 1)
    with MirrorServer(corpus) as base_url:
        crawl = qysym("crawl", SLUG, "--since", START.isoformat(), "--until", until.isoformat(),
                      "--base-url", base_url)
    batch = Path(crawl.stdout.strip().splitlines()[-1])
    lines = [json.loads(line) for line in batch.read_text(encoding="utf-8").splitlines()]
    assert {line["native_id"] for line in lines} == {a.native_id for a in mine}
    assert all(line["layers"]["title"] == "selectors" for line in lines)

    qysym("build")
    con = duckdb.connect(str(settings.load().warehouse_path), read_only=True)
    try:
        (editions,) = con.execute("select editions from staging.outlets where slug = ?", [SLUG]).fetchone()
        articles = con.execute("select count(*), count(*) filter (where is_pressure) from marts.articles "
                               "where outlet = ?", [SLUG]).fetchone()
        weeks = con.execute("select count(*) from marts.weekly_pressure where outlet = ?",
                            [SLUG]).fetchone()[0]
    finally:
        con.close()
    assert editions == "ru kk"
    pressure = sum(a.story.is_pressure for a in mine)
    assert articles[0] == len(mine)
    assert abs(articles[1] - pressure) <= max(1, pressure // 5), (articles, pressure)
    assert weeks >= 1
