"""One settings story (issue 14): qysym.settings owns every QYSYM_* variable, reads it when asked
(not at import), names a malformed one in a one-line error, and .env.example lists exactly what
it knows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qysym import settings
from qysym.settings import PROJECT_ROOT
from qysym.warehouse import QysymError

CODE = ("qysym", "scrapers", "dags", "expectations")
# a read of a QYSYM_* variable from the process environment: os.environ[...] / .get / getenv
READ = re.compile(r"""(environ(\.get)?\s*[\[(]|getenv\s*\()\s*f?["']QYSYM_""")


def test_no_module_but_settings_reads_a_qysym_variable():
    readers = []
    for folder in CODE:
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
            if path == Path(settings.__file__):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if READ.search(line):
                    readers.append(f"{path.relative_to(PROJECT_ROOT)}:{number}: {line.strip()}")
    assert not readers, "read these through qysym.settings.load():\n" + "\n".join(readers)


def test_the_check_finds_a_reader():
    assert READ.search('x = os.environ.get("QYSYM_BASE_URL")')
    assert READ.search("os.environ['QYSYM_DATA_DIR']")
    assert READ.search('os.getenv("QYSYM_PG_HOST", "")')
    assert not READ.search('env = dict(os.environ, QYSYM_DATA_DIR="x")')


def test_env_example_lists_every_variable_settings_knows_and_no_other():
    text = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^(QYSYM_[A-Z_]+)=", text, flags=re.M))
    assert listed == set(settings.VARIABLES), (
        f"missing from .env.example: {sorted(set(settings.VARIABLES) - listed)}; "
        f"unknown to Settings: {sorted(listed - set(settings.VARIABLES))}")


def test_every_variable_fills_a_field():
    fields = set(settings.Settings.__dataclass_fields__)
    assert {field for field, _ in settings.VARIABLES.values()} == fields


@pytest.mark.parametrize(("name", "value", "field", "expected"), [
    ("QYSYM_CRAWL_START", "2019-01-01", "crawl_start", "2019-01-01"),
    ("QYSYM_CRAWL_END", "2021-03-01", "crawl_end", "2021-03-01"),
    ("QYSYM_BASE_URL", "http://127.0.0.1:8123", "base_url", "http://127.0.0.1:8123"),
    ("QYSYM_FRESHNESS_HOURS", "12", "freshness_hours", 12.0),
    ("QYSYM_DISABLED_LAYERS", "selectors, jsonld", "disabled_layers",
     frozenset({"selectors", "jsonld"})),
    ("QYSYM_PG_PORT", "5433", "pg_port", 5433),
    ("QYSYM_MAX_FAILED_SHARE", "0.25", "max_failed_share", 0.25),
])
def test_a_variable_is_read_when_settings_are_loaded(monkeypatch, name, value, field, expected):
    default = getattr(settings.load(), field)
    monkeypatch.setenv(name, value)
    assert getattr(settings.load(), field) == expected
    monkeypatch.setenv(name, "")  # empty: the default
    assert getattr(settings.load(), field) == default


@pytest.mark.parametrize(("name", "value"), [
    ("QYSYM_MAX_FAILED_SHARE", "2"), ("QYSYM_FRESHNESS_HOURS", "soon"),
    ("QYSYM_PG_PORT", "five"), ("QYSYM_DBT_THREADS", "1.5"),
])
def test_a_malformed_variable_is_a_one_line_error_naming_it(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(QysymError) as caught:
        settings.load()
    assert str(caught.value).startswith(f"{name}={value!r}: give ") and "\n" not in str(caught.value)


def test_tools_get_the_duckdb_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("QYSYM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("QYSYM_DUCKDB_MEMORY_LIMIT", "2GB")
    env = settings.tool_env()
    assert env["QYSYM_DUCKDB_MEMORY_LIMIT"] == "2GB" and env["QYSYM_DBT_THREADS"] == "2"
    assert env["QYSYM_WAREHOUSE_PATH"] == str(tmp_path.resolve() / "warehouse" / "qysym.duckdb")
