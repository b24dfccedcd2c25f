"""
### qysym crawl: one DAG per outlet

Each run crawls one outlet for its data interval (a day, in incremental mode) and lands one
batch under `data/landing/outlet=<slug>/date=<interval start>/`. A manual run may widen the
interval with the params `since` / `until` (YYYY-MM-DD): that is the crawler's backfill mode.
On success the task updates the outlet's Asset, which schedules the warehouse DAG.

The crawl runs in its own process (Scrapy's reactor cannot restart), so retries are safe;
`QYSYM_BASE_URL` routes the crawl to the sample mirror instead of the live sites.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import DAG, Param, task

from qysym.contract import OUTLETS
from qysym.orchestration import DEFAULT_ARGS, crawl_interval, landing_asset, on_failure

for outlet in OUTLETS:
    with DAG(
        dag_id=f"qysym_crawl_{outlet}",
        description=f"Crawl {outlet} for the data interval and land one batch",
        doc_md=__doc__,
        schedule="@daily",
        start_date=pendulum.datetime(2020, 9, 1, tz="UTC"),
        catchup=False,
        max_active_runs=1,
        default_args=DEFAULT_ARGS,
        on_failure_callback=on_failure,
        tags=["qysym", "crawl", outlet],
        params={
            "since": Param(None, type=["null", "string"], format="date"),
            "until": Param(None, type=["null", "string"], format="date"),
        },
    ):

        @task(task_id="crawl", outlets=[landing_asset(outlet)],
              retries=2, retry_exponential_backoff=True)
        def crawl(outlet: str = outlet, **context) -> dict:
            return crawl_interval(outlet, context)

        crawl()
