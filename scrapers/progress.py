"""Progress for whoever runs the crawl: the run's counts as one log record every few seconds.

The record is ``qysym-progress {"discovered": …, "done": …, …}`` (JSON after a fixed prefix), so
the parent process (:class:`qysym.progress.ProgressLine`) can draw one live line from it instead of echoing
Scrapy's own INFO records. Counts come from the run's stats (see :mod:`scrapers.pipelines`):
``done`` is every discovered article that ended (parsed, failed or skipped), so ``discovered -
done`` is the work left. ``QYSYM_PROGRESS_INTERVAL`` (seconds, Scrapy setting) sets the pace; 0
switches the records off.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from scrapy import Spider, signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

from qysym.progress import PREFIX
from scrapers.pipelines import STATS_PREFIX, stats_group

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


def counts(stats: dict) -> dict[str, int]:
    """The counts a progress line shows, from a stats dictionary."""

    parsed = stats.get(f"{STATS_PREFIX}parsed", 0)
    failed = sum(stats_group(stats, "failed").values())
    skipped = sum(stats_group(stats, "skipped").values())
    return {
        "discovered": stats.get(f"{STATS_PREFIX}discovered", 0),
        "done": parsed + failed + skipped,
        "parsed": parsed,
        "failed": failed,
        "skipped": skipped,
        "pages": stats.get("response_received_count", 0),
    }


class CrawlProgress:
    def __init__(self, stats: StatsCollector, interval: float):
        self.stats = stats
        self.interval = interval
        self.task = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        interval = crawler.settings.getfloat("QYSYM_PROGRESS_INTERVAL", 2.0)
        if interval <= 0:
            raise NotConfigured
        extension = cls(crawler.stats, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        self.task = create_looping_call(self.emit, spider)
        self.task.start(self.interval)

    def emit(self, spider: Spider) -> None:
        logger.info(PREFIX + json.dumps(counts(self.stats.get_stats())), extra={"spider": spider})

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.task and self.task.running:
            self.task.stop()
        self.emit(spider)
