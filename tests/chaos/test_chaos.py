"""`make chaos`: kill -9 at random moments, a full disk, readers during publishes.

Each injection is logged with its seed (``data/chaos/log.jsonl`` in the project, and pytest's
output) so a failure can be replayed. What must hold after every injection:

- nothing collected is lost: every file of the data directory before the injection is still there
  with the same bytes (or was moved to quarantine), besides the working files and the snapshot,
  which a publish replaces whole (tests/test_reliability.py, WORKING);
- the snapshot is readable and is either the state before or the state after, never a mix;
- the next ordinary run succeeds and ends where an uninterrupted run ends.

Not part of `make test` (minutes of real crawls and builds); the fast reproductions are in
tests/test_reliability.py, which `make test` runs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import random
import shutil
import signal
import subprocess
import threading
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from qysym import settings as settings_module
from qysym import warehouse
from qysym.mirror.corpus import build_corpus
from qysym.mirror.server import MirrorServer
from tests.test_reliability import QYSYM, assert_only_additions, contents, ok, one_line_error, qysym

pytestmark = pytest.mark.chaos

SINCE, UNTIL, LATER = date(2021, 1, 4), date(2021, 1, 6), date(2021, 1, 9)
KILLS = 10
SNAPSHOT = ("warehouse/serving.duckdb", "exports/")  # replaced whole by a successful publish


def env_for(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, QYSYM_DATA_DIR=str(data_dir), QYSYM_FRESHNESS_HOURS="1000000")


CHAOS_LOG = settings_module.PROJECT_ROOT / "data" / "chaos" / "log.jsonl"


def log(data_dir: Path, **entry) -> None:
    """One line per injection in data/chaos/log.jsonl (outside the disk a test fills)."""
    CHAOS_LOG.parent.mkdir(parents=True, exist_ok=True)
    entry = {"at": time.strftime("%Y-%m-%dT%H:%M:%S"), **entry}
    with CHAOS_LOG.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, default=str) + "\n")
    print("chaos:", json.dumps(entry, default=str))


def processes_of(data_dir: Path) -> list[int]:
    """Live processes started for ``data_dir`` (their environment names it)."""
    marker = f"QYSYM_DATA_DIR={data_dir}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                state = (entry / "stat").read_text().split(") ")[-1][:1]
                if state != "Z":
                    found.append(int(entry.name))
    return found


def wait_for_no_processes(data_dir: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while processes_of(data_dir) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not processes_of(data_dir), "a child outlived the killed qysym"


def kill_after(command: list[str], data_dir: Path, delay: float) -> int | None:
    """Start ``qysym …``, SIGKILL it after ``delay`` s (unless it ended); its exit code or None."""
    proc = subprocess.Popen([QYSYM, *command], env=env_for(data_dir), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        return proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None


def published(data_dir: Path) -> set[str]:
    path = data_dir / "warehouse" / "serving.duckdb"
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {r[0] for r in con.execute("select article_id from marts.articles").fetchall()}
    finally:
        con.close()


def mart_digest(data_dir: Path) -> dict[str, tuple]:
    """Every published mart's rows (without the load timestamps), order-independent."""
    con = duckdb.connect(str(data_dir / "warehouse" / "serving.duckdb"), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("select table_name from information_schema.tables "
                                    "where table_schema = 'marts' order by 1").fetchall():
            cols = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' "
                "and table_name = ? and column_name <> 'staged_at' order by ordinal_position",
                [table]).fetchall()]
            out[table] = con.execute(
                f"select count(*), md5(string_agg(md5(t::varchar), ',' order by md5(t::varchar))) "
                f"from (select {', '.join(cols)} from marts.{table}) t").fetchone()
        return out
    finally:
        con.close()


def without_snapshot(files: dict[str, str]) -> dict[str, str]:
    return {p: d for p, d in files.items() if not p.startswith(SNAPSHOT)}


@dataclasses.dataclass(frozen=True)
class Base:
    data_dir: Path
    before_ids: set[str]  # published now
    after_ids: set[str]  # published after the next build
    reference: dict  # the marts after the next build, uninterrupted
    crawl_seconds: float  # the interrupted crawl, uninterrupted
    build_seconds: float  # the next build, uninterrupted


def interrupted_crawl(url: str) -> list[str]:
    return ["crawl", "tengrinews", "--since", str(SINCE), "--until", str(LATER), "--base-url", url,
            "--refetch"]


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(seed=20210104, start=SINCE, days=(LATER - SINCE).days + 1)


@pytest.fixture(scope="module")
def base(corpus, tmp_path_factory):
    """Published: vlast and tengrinews for SINCE..UNTIL. Then landed, not yet built: vlast for the
    days after (what the next build adds). Plus the outcome of that build, uninterrupted."""
    root = tmp_path_factory.mktemp("chaos")
    data_dir = root / "base" / "data"
    with MirrorServer(corpus) as url:
        for outlet in ("vlast", "tengrinews"):
            ok(qysym(data_dir, "crawl", outlet, "--since", str(SINCE), "--until", str(UNTIL),
                     "--base-url", url))
        ok(qysym(data_dir, "build"))
        ok(qysym(data_dir, "crawl", "vlast", "--since", str(UNTIL), "--until", str(LATER),
                 "--base-url", url))
    reference = root / "reference" / "data"
    shutil.copytree(data_dir, reference)
    started = time.monotonic()
    ok(qysym(reference, "build"))
    build_seconds = time.monotonic() - started
    # how long the crawl the kill tests interrupt takes when nothing interrupts it
    scratch = root / "scratch" / "data"
    shutil.copytree(data_dir, scratch)
    with MirrorServer(corpus) as url:
        started = time.monotonic()
        ok(qysym(scratch, *interrupted_crawl(url)))
        crawl_seconds = time.monotonic() - started
    return Base(data_dir, published(data_dir), published(reference), mart_digest(reference),
                crawl_seconds, build_seconds)


def fresh_copy(base_dir: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(base_dir, data_dir)
    return data_dir


@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_9_during_a_crawl_loses_nothing_and_the_next_crawl_completes(base, corpus, tmp_path,
                                                                          seed):
    data_dir = fresh_copy(base.data_dir, tmp_path)
    # anywhere from the start-up to the end of the crawl, as long as it takes here
    delay = random.Random(seed).uniform(0.05, 1.0) * base.crawl_seconds
    before = contents(data_dir)
    with MirrorServer(corpus) as url:
        code = kill_after(interrupted_crawl(url), data_dir, delay)
        wait_for_no_processes(data_dir)
        log(data_dir, case="kill_crawl", seed=seed, delay=round(delay, 2),
            of_seconds=round(base.crawl_seconds, 2), ended_by_itself=code)
        assert_only_additions(before, contents(data_dir))
        assert published(data_dir) == base.before_ids
        ok(qysym(data_dir, "crawl", "tengrinews", "--since", str(UNTIL), "--until", str(LATER),
                 "--base-url", url))
    ok(qysym(data_dir, "build"))
    assert published(data_dir) >= base.after_ids  # vlast's new days and the whole tengrinews
    leftovers = [p for p in (data_dir / "landing").rglob("*") if p.suffix in (".spool", ".tmp")]
    assert not leftovers, leftovers  # the next crawl cleaned what the killed one left


@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_9_during_a_build_or_publish_leaves_a_whole_snapshot_and_the_next_build_is_right(
        base, tmp_path, seed):
    data_dir = fresh_copy(base.data_dir, tmp_path)
    # anywhere from the landing gate to the publish's last swap, as long as a build takes here
    delay = random.Random(1000 + seed).uniform(0.05, 1.0) * base.build_seconds
    before = without_snapshot(contents(data_dir))
    code = kill_after(["build"], data_dir, delay)
    wait_for_no_processes(data_dir)
    seen = published(data_dir)
    log(data_dir, case="kill_build", seed=seed, delay=round(delay, 2),
        of_seconds=round(base.build_seconds, 2), ended_by_itself=code,
        snapshot="new" if seen == base.after_ids else "old" if seen == base.before_ids else "MIXED")
    assert seen in (base.before_ids, base.after_ids), "the snapshot is neither the old nor the new"
    assert_only_additions(before, without_snapshot(contents(data_dir)))
    ok(qysym(data_dir, "build"))
    assert published(data_dir) == base.after_ids
    assert mart_digest(data_dir) == base.reference
    assert not (data_dir / "warehouse" / "serving.duckdb.tmp").exists()
    # no hole in the audit table: every batch verdict's gate run is on record
    verdicts = {json.loads(p.read_text())["check_run"]
                for p in (data_dir / "validation").rglob("*.validation.json")}
    con = duckdb.connect(str(data_dir / "warehouse" / "serving.duckdb"), read_only=True)
    try:
        on_record = {r[0] for r in con.execute(
            "select distinct check_run from quality.check_results where gate = 'landing'").fetchall()}
    finally:
        con.close()
    assert verdicts <= on_record, verdicts - on_record


PUBLISH = ["python", "-c", "from qysym import settings, warehouse; warehouse.publish(settings.load())"]


@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_9_during_a_publish_leaves_the_old_or_the_new_snapshot_whole(base, tmp_path, seed):
    data_dir = fresh_copy(base.data_dir.parent.parent / "reference" / "data", tmp_path)
    config = dataclasses.replace(settings_module.load(), data_dir=data_dir)
    python = str(Path(QYSYM).parent / "python")

    def timed_publish(where: Path) -> float:
        started = time.monotonic()
        subprocess.run([python, *PUBLISH[1:]], env=env_for(where), check=False, capture_output=True)
        return time.monotonic() - started

    startup = timed_publish(tmp_path / "nothing")  # fails at once: the interpreter's start-up
    whole = timed_publish(data_dir)  # a whole publish of the current warehouse
    old = published(data_dir)
    with duckdb.connect(str(config.warehouse_path)) as con:  # the next build made something new
        con.execute("insert into marts.articles by name select * replace "
                    "(article_id || ':new' as article_id) from marts.articles limit 3")
    # anywhere in the publish's own work, after the start-up
    delay = startup + random.Random(2000 + seed).uniform(0.0, 1.0) * max(whole - startup, 0.05)
    proc = subprocess.Popen([python, *PUBLISH[1:]], env=env_for(data_dir))
    try:
        code = proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        code = None
    seen = published(data_dir)
    log(data_dir, case="kill_publish", seed=seed, delay=round(delay, 3),
        of_seconds=round(whole, 3), ended_by_itself=code,
        snapshot="new" if len(seen) == len(old) + 3 else "old" if seen == old else "MIXED")
    assert seen == old or len(seen) == len(old) + 3
    warehouse.publish(config)  # the next publish cleans what the killed one left
    assert len(published(data_dir)) == len(old) + 3
    assert not list(data_dir.rglob("*.tmp"))
    manifest = json.loads((data_dir / "exports" / "manifest.json").read_text())
    with duckdb.connect() as con:
        exported = con.execute("select count(*) from read_parquet(?)",
                               [str(data_dir / "exports" / "articles.parquet")]).fetchone()[0]
    assert manifest["tables"]["marts.articles"] == exported == len(old) + 3


def test_readers_always_see_a_whole_snapshot_during_20_publishes(base, tmp_path):
    data_dir = fresh_copy(base.data_dir, tmp_path)
    config = dataclasses.replace(settings_module.load(), data_dir=data_dir)
    counts: list[int] = []
    errors: list[str] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                counts.append(warehouse.query(config, "select count(*) from articles").rows[0][0])
            except Exception as exc:  # every failed read is a broken promise
                errors.append(repr(exc))

    reader = threading.Thread(target=read)
    reader.start()
    published_counts = []
    try:
        for number in range(20):
            with duckdb.connect(str(config.warehouse_path)) as con:
                con.execute("insert into marts.articles by name "
                            "select * replace (article_id || ':copy' || ? as article_id) "
                            "from marts.articles limit 1", [number])
                published_counts.append(con.execute("select count(*) from marts.articles").fetchone()[0])
            warehouse.publish(config)
    finally:
        stop.set()
        reader.join()
    log(data_dir, case="readers_during_publishes", publishes=20, reads=len(counts), failed=len(errors))
    assert not errors, errors[:3]
    assert len(counts) > 20
    assert set(counts) <= {len(base.before_ids), *published_counts}
    assert counts == sorted(counts)  # never an older state after a newer one


@pytest.fixture
def small_disk(tmp_path):
    """A 64 MB tmpfs (as root), or a skip saying why not."""
    mount = tmp_path / "disk"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a size-limited tmpfs here: {proc.stderr.strip() or proc.returncode}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(mount: Path, leave_bytes: int) -> Path:
    """Fill the disk but ``leave_bytes``."""
    filler = mount / "filler"
    free = shutil.disk_usage(mount).free
    with filler.open("wb") as handle:
        handle.truncate(0)
        chunk = b"\0" * (1 << 20)
        remaining = free - leave_bytes
        while remaining > 0:
            handle.write(chunk[:min(len(chunk), remaining)])
            remaining -= len(chunk)
    return filler


@pytest.mark.parametrize("step, leave", [("crawl", 200_000), ("build", 2_000_000)])
def test_a_full_disk_is_one_line_loses_nothing_and_the_rerun_after_freeing_space_works(
        base, corpus, small_disk, step, leave):
    data_dir = small_disk / "data"
    shutil.copytree(base.data_dir, data_dir)
    before = without_snapshot(contents(data_dir))
    snapshot = (data_dir / "warehouse" / "serving.duckdb").read_bytes()
    filler = fill(small_disk, leave)
    with MirrorServer(corpus) as url:
        command = (["crawl", "tengrinews", "--since", str(UNTIL), "--until", str(LATER),
                    "--base-url", url, "--refetch"] if step == "crawl" else ["build"])
        proc = qysym(data_dir, *command)
        log(data_dir, case=f"disk_full_{step}", leave_bytes=leave, exit=proc.returncode)
        error = one_line_error(proc)
        assert "disk" in error and ("full" in error or "space" in error), error
        assert (data_dir / "warehouse" / "serving.duckdb").read_bytes() == snapshot
        assert_only_additions(before, without_snapshot(contents(data_dir)))
        filler.unlink()
        ok(qysym(data_dir, *command))
    ok(qysym(data_dir, "build"))
    assert published(data_dir) >= base.after_ids
