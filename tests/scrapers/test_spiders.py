"""Spider arguments and the date window (the crawls themselves are in test_crawl.py)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from scrapers.outlets.azattyq.spider import AzattyqSpider
from scrapers.outlets.tengrinews.spider import TengrinewsSpider
from scrapers.outlets.vlast.spider import VlastSpider
from scrapers.pages.dates import LOCAL_TZ


def test_backfill_bounds_name_the_run():
    spider = VlastSpider(since="2019-12-10", until="2019-12-11")
    assert (spider.since, spider.until) == (date(2019, 12, 10), date(2019, 12, 11))
    # its own run id: the interval, the UTC start and a random tag (landing is append-only)
    assert re.fullmatch(r"crawl_20191210_20191211_\d{8}T\d{6}Z_[0-9a-f]{4}", spider.run_id)
    assert VlastSpider(since="2019-12-10", until="2019-12-11").run_id != spider.run_id
    assert spider.editions == ("ru", "kk", "en")  # every edition by default
    assert spider.allowed_domains == ["vlast.kz"]


def test_incremental_default_is_yesterday_and_today_in_almaty():
    spider = TengrinewsSpider()
    today = datetime.now(LOCAL_TZ).date()
    assert (spider.since, spider.until) == (today - timedelta(days=1), today)


def test_editions_and_run_id_arguments():
    spider = AzattyqSpider(since="2020-12-08", until="2020-12-08", editions="kk", run_id="r1")
    assert spider.editions == ("kk",) and spider.run_id == "r1"
    assert set(spider.allowed_domains) == {"azattyq.org", "azattyqasia.org"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"since": "2020-12-09", "until": "2020-12-08"},
        {"since": "08.12.2020"},
        {"editions": "en"},  # Azattyq has no English edition
        {"run_id": "../../etc"},
    ],
)
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(ValueError):
        AzattyqSpider(**kwargs)


def test_the_window_is_inclusive_on_the_almaty_calendar():
    spider = VlastSpider(since="2024-12-10", until="2024-12-10")
    # 2024-12-09 19:30 UTC is 2024-12-10 00:30 in Almaty: inside.
    assert spider.in_window(datetime(2024, 12, 9, 19, 30, tzinfo=UTC))
    assert not spider.in_window(datetime(2024, 12, 9, 18, 30, tzinfo=UTC))
    assert spider.in_window(datetime(2024, 12, 10, 18, 59, tzinfo=UTC))
    assert not spider.in_window(datetime(2024, 12, 10, 19, 0, tzinfo=UTC))
    assert spider.in_window(None)  # undated: the page decides
