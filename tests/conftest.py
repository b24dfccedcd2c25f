"""Shared test helpers: valid landed article records, built through the contract itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qysym.contract import content_hash


def article(**overrides) -> dict:
    """A valid landed article line; pass fields to override (the content hash follows the text)."""
    record = {
        "outlet": "vlast", "lang": "ru", "url": "https://vlast.kz/novosti/42001-x.html",
        "native_id": "42001", "title": "Заголовок новости", "lead": "",
        "body": "Текст статьи о погоде в Алматы. " * 5,
        "authors": [], "section": "novosti", "tags": [],
        "published_at": "2020-12-08T08:05:00+00:00", "modified_at": None,
        "fetched_at": "2026-01-01T00:00:00+00:00", "content_hash": "",
        "parser_version": "vlast/1", "layers": {"title": "selectors", "body": "selectors"},
        "run_id": "crawl_20201201_20201231",
    }
    record.update(overrides)
    if "content_hash" not in overrides:
        record["content_hash"] = content_hash(record["title"], record["lead"] or "", record["body"])
    return record


def write_batch(path: Path, records: list[dict], raw_lines: list[str] = ()) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A private QYSYM_DATA_DIR for the test."""
    monkeypatch.setenv("QYSYM_DATA_DIR", str(tmp_path))
    return tmp_path


ROOT = Path(__file__).resolve().parents[1]


def tracked_files() -> list[str]:
    """The project's files, relative to its root: git's list in a checkout, else every file of
    the unpacked source tree but generated state."""
    if (ROOT / ".git").exists():
        return subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.split()
    generated = {".venv", ".bi-venv", "data", ".git", "__pycache__", "target", ".pytest_cache"}
    return [p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*") if p.is_file()
            and not generated & set(p.relative_to(ROOT).parts)]


def files_naming(word: str, outside: tuple[str, ...] = ()) -> list[str]:
    """Tracked files, documentation (*.md) aside and the ``outside`` path prefixes, whose text
    names ``word`` (any case)."""
    word = word.lower()
    return [path for path in tracked_files() if not path.endswith(".md")
            and not path.startswith(outside) and (ROOT / path).is_file()
            and word in (ROOT / path).read_bytes().decode("utf-8", "replace").lower()]


QYSYM = str(Path(sys.executable).parent / "qysym")


def run_qysym(env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """``qysym ARGS`` in ``env``; with ``check``, a failure is an assertion with its output."""
    proc = subprocess.run([QYSYM, *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if check and proc.returncode != 0:
        raise AssertionError(f"qysym {' '.join(args)} failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}")
    return proc


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """`qysym demo` twice on three weeks around the January 2021 vote, in a private data dir:
    shared by the end-to-end tests and the report's browser test."""
    data = tmp_path_factory.mktemp("demo-data")
    env = dict(os.environ, QYSYM_DATA_DIR=str(data), QYSYM_MIRROR_START="2020-12-28",
               QYSYM_MIRROR_DAYS="21")
    counts = "select outlet, lang, count(*) from articles group by all order by all"
    first = run_qysym(env, "demo")
    counts_first = run_qysym(env, "sql", counts, "--format", "json").stdout
    second = run_qysym(env, "demo")
    counts_second = run_qysym(env, "sql", counts, "--format", "json").stdout
    return {"data": data, "env": env, "first": first, "second": second,
            "counts": (counts_first, counts_second)}
