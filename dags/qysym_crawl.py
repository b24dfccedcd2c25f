"""
### qysym crawl: one DAG per outlet

Each run crawls one outlet for its data interval (a day, in incremental mode) and lands one
batch under `data/landing/outlet=<slug>/date=<interval start>/`. A manual run may widen the
interval with the params `since` / `until` (YYYY-MM-DD): that is the crawler's backfill mode.
On success the task updates the outlet's Asset, which schedules the warehouse DAG.

Runs are daily, keyed by the data interval in UTC: the run for day D starts at 00:00 UTC of D+1
(06:00 in Almaty), after the local day D is over, and crawls the local publication day D.
Airflow's own backfill (`airflow backfill create --dag-id qysym_crawl_<slug> --from-date ...
--to-date ...`) makes one run per past day, each the crawler's date-bounded mode for that day.
The schedule starts at `QYSYM_CRAWL_START` (default 2020-09-01) and, for a closed study window,
ends at `QYSYM_CRAWL_END`.

The crawl runs in its own process (Scrapy's reactor cannot restart), so retries are safe: a failed
crawl is retried twice with exponential backoff; a bad interval fails at once. The task runs on
the Celery queue `crawl` (any worker). `QYSYM_BASE_URL` routes the crawl to the sample mirror
instead of the live sites. A final failure writes one line to the task log and to
`data/logs/alerts.log`, and posts it to `QYSYM_ALERT_WEBHOOK` when that is set.
"""

from __future__ import annotations

from datetime import timedelta

from airflow.sdk import DAG, Param, task

from qysym.orchestration import (
    CRAWL_QUEUE,
    DEFAULT_ARGS,
    crawl_interval,
    crawl_window,
    landing_asset,
)
from scrapers.outlets import outlets

START, END = crawl_window()

for outlet, registered in outlets().items():
    if not registered.crawled:
        continue
    with DAG(
        dag_id=registered.dag_id,
        description=f"Crawl {registered.name} for the data interval and land one batch",
        doc_md=__doc__,
        schedule="@daily",
        start_date=START,
        end_date=END,
        catchup=False,
        max_active_runs=1,
        default_args=DEFAULT_ARGS,
        tags=["qysym", "crawl", outlet],
        params={
            "since": Param(None, type=["null", "string"], format="date"),
            "until": Param(None, type=["null", "string"], format="date"),
        },
    ):

        @task(task_id="crawl", outlets=[landing_asset(outlet)], queue=CRAWL_QUEUE,
              retries=2, retry_exponential_backoff=True, max_retry_delay=timedelta(minutes=30))
        def crawl(outlet: str = outlet, **context) -> dict:
            return crawl_interval(outlet, context)

        crawl()
