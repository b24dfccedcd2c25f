"""Publishing and the read-only SQL path, on a real DuckDB warehouse file."""

import dataclasses

import duckdb
import pytest

from qysym import settings as settings_module
from qysym import warehouse
from qysym.warehouse import QysymError


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("QYSYM_DATA_DIR", str(tmp_path))
    s = settings_module.load()
    s.warehouse_dir.mkdir(parents=True)
    with duckdb.connect(str(s.warehouse_path)) as con:
        con.execute("create schema marts")
        con.execute("create schema staging")
        con.execute("create table marts.articles as select range as id, 'ru' as lang from range(5)")
        con.execute("create table staging.scratch as select 1 as x")
    return s


def test_publish_copies_marts_into_a_snapshot_readable_without_the_warehouse(settings):
    published = warehouse.publish(settings)
    assert published.tables == ("marts.articles",)
    assert published.rows == {"marts.articles": 5}
    assert (settings.exports_dir / "articles.parquet").exists()
    settings.warehouse_path.unlink()  # readers never need the build file
    result = warehouse.query(settings, "select count(*) from articles")
    assert result.rows == [(5,)]


def test_republish_replaces_the_snapshot_atomically(settings):
    warehouse.publish(settings)
    with duckdb.connect(str(settings.warehouse_path)) as con:
        con.execute("insert into marts.articles values (99, 'kk')")
    warehouse.publish(settings)
    assert warehouse.query(settings, "select count(*) from articles").rows == [(6,)]
    assert not list(settings.warehouse_dir.glob("*.tmp"))


@pytest.mark.parametrize(
    "sql",
    [
        "create table x as select 1",
        "insert into articles values (1, 'ru')",
        "delete from articles",
        "drop table articles",
        "copy articles to '/tmp/leak.csv'",
        "attach '/tmp/other.duckdb' as o",
        "set enable_external_access = true",
    ],
)
def test_sql_refuses_anything_but_reading(settings, sql):
    warehouse.publish(settings)
    with pytest.raises(QysymError, match=r"read-only|refused"):
        warehouse.query(settings, sql)
    assert warehouse.query(settings, "select count(*) from articles").rows == [(5,)]


def test_sql_without_a_snapshot_says_what_to_do(tmp_path):
    s = dataclasses.replace(settings_module.load(), data_dir=tmp_path)
    with pytest.raises(QysymError, match="qysym demo"):
        warehouse.query(s, "select 1")


def test_sql_errors_are_one_line(settings):
    warehouse.publish(settings)
    with pytest.raises(QysymError) as info:
        warehouse.query(settings, "select nope from articles")
    assert "\n" not in str(info.value) and "SQL error" in str(info.value)


def test_formats(settings):
    warehouse.publish(settings)
    result = warehouse.query(settings, "select id, lang from articles order by id limit 2")
    assert warehouse.format_result(result, "csv") == "id,lang\n0,ru\n1,ru"
    assert warehouse.format_result(result, "json").splitlines()[0] == '{"id": 0, "lang": "ru"}'
    table = warehouse.format_result(result, "table")
    assert table.splitlines()[0].split() == ["id", "lang"] and table.endswith("(2 rows)")


def test_the_exports_are_published_as_a_set_with_the_snapshot(settings):
    import json

    warehouse.publish(settings)
    manifest = json.loads((settings.exports_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"] == {"marts.articles": 5}
    assert manifest["files"] == ["articles.parquet"]
    snapshot = settings.serving_path.read_bytes()
    export = (settings.exports_dir / "articles.parquet").read_bytes()

    # the next publish cannot write one of its exports (a directory is in the way): it fails
    # before the swap, and readers keep the previous snapshot and the previous exports
    with duckdb.connect(str(settings.warehouse_path)) as con:
        con.execute("create table marts.zz_blocked as select 1 as x")
        con.execute("insert into marts.articles values (99, 'kk')")
    (settings.exports_dir / "zz_blocked.parquet.tmp").mkdir()
    (settings.exports_dir / "zz_blocked.parquet.tmp" / "keep").write_text("x")
    with pytest.raises(QysymError, match=r"publishing failed before the swap \(.*zz_blocked"):
        warehouse.publish(settings)
    assert settings.serving_path.read_bytes() == snapshot
    assert (settings.exports_dir / "articles.parquet").read_bytes() == export
    assert json.loads((settings.exports_dir / "manifest.json").read_text())["tables"] == {
        "marts.articles": 5}
