"""``qysym report``: one self-contained HTML page that people read, written at every publish.

It is built from the published snapshot (what readers query), so it shows exactly what was
published: the weekly pressure index by category with the vote windows shaded and the coverage
gaps marked, the articles behind the highest weeks with their evidence sentences and source links,
per-outlet volumes, the most pressured named targets, the pre-election ratios with their
denominators, and the data-quality run that let the publication through.

Every script and style is inlined (Plotly's library included), so the file opens from a disk, a
mail attachment or an air-gapped laptop with no network, unlike GX's Data Docs, which load theirs
from CDNs. The charts are Plotly figures; the page is a Jinja2 template beside this module, and the
queries it runs are the ``queries/*.sql`` files beside it.
"""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from qysym.settings import Settings
from qysym.warehouse import QysymError, Result, connect_snapshot

HERE = Path(__file__).resolve().parent
QUERIES = HERE / "queries"
REPORT_NAME = "report.html"
SPIKE_WEEKS = 8  # the highest weeks whose articles the report lists
ARTICLES_PER_SPIKE = 40  # beyond this, the report gives the query that lists them all
TOP_TARGETS = 15
QUALITY_ROWS = 200


class EmptySnapshotError(QysymError):
    """The snapshot holds no articles: there is nothing to chart."""


def report_path(settings: Settings) -> Path:
    return settings.reports_dir / REPORT_NAME


def sql(name: str) -> str:
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")


def load(settings: Settings, check_run: str | None = None) -> dict[str, list[dict]]:
    """Every dataset of the report, read from the published snapshot in one connection."""
    params = {"overview": {}, "weekly_index": {}, "vote_windows": {}, "coverage_gaps": {},
              "outlet_volume": {}, "top_targets": {"limit": TOP_TARGETS}, "ratios": {},
              "spikes": {"weeks": SPIKE_WEEKS}, "quality": {"check_run": check_run}}
    con = connect_snapshot(settings)
    try:
        data = {}
        # a snapshot published without any gate run (a bare dbt build) has no quality schema
        if not con.execute("select count(*) from information_schema.tables where table_schema = "
                           "'quality' and table_name = 'check_results'").fetchone()[0]:
            data["quality"] = []
            del params["quality"]
        for name, bound in params.items():
            try:
                cur = con.execute(sql(name), bound)
                data[name] = Result(tuple(d[0] for d in cur.description), cur.fetchall()).dicts()
            except duckdb.Error as exc:
                raise QysymError(f"the report's query {name}.sql failed on {settings.serving_path}: "
                                 f"{str(exc).splitlines()[0]} (is the snapshot from this version? "
                                 "run `qysym build`)") from None
        return data
    finally:
        con.close()


def write(settings: Settings, check_run: str | None = None, now: datetime | None = None) -> Path:
    """Render the report from the published snapshot and swap it in atomically; returns its path.
    ``check_run`` names the quality run shown (the build's own; default: the latest)."""
    from qysym.report.render import render

    data = load(settings, check_run)
    if not data["overview"] or not data["overview"][0]["articles"]:
        raise EmptySnapshotError(f"the published snapshot {settings.serving_path} has no articles: nothing "
                         "to report (run `qysym build` after a crawl)")
    html = render(data, now or datetime.now(UTC), snapshot=settings.serving_path)
    target = report_path(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        why = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror
        raise QysymError(f"cannot write the report {target} ({why}); the snapshot is published: "
                         "fix that, then run `qysym report`") from None
    return target
