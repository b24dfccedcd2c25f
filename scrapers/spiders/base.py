"""What every outlet spider shares: run arguments, the date window, article requests, accounting.

Spiders only discover pages; extraction is ``scrapers.pages.<outlet>.parse_article``. Arguments
(``-a name=value``):

- ``since``, ``until``: ``YYYY-MM-DD``, inclusive, Kazakhstan calendar dates (Asia/Almaty);
  default: the last two days (yesterday and today) at crawl time;
- ``run_id``: default ``crawl_<since:%Y%m%d>_<until:%Y%m%d>``; names the landed file, so a
  rerun replaces it;
- ``editions``: comma list of languages (``ru,kk``); default: the outlet's default editions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectError, DNSLookupError
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.python.failure import Failure

from qysym.contract import OUTLETS
from scrapers.items import article_item
from scrapers.pages.common import (
    LOCAL_TZ,
    ParseError,
    encoding_from_content_type,
    local_date,
    parse_sitemap,
)

logger = logging.getLogger(__name__)
_RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
INCREMENTAL_DAYS = 2


def failure_reason(failure: Failure) -> str:
    """A short stats key for a lost request: ``http_503``, ``timeout``, ``dns`` …"""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(DownloadTimeoutError, TxTimeoutError):
        return "timeout"
    if failure.check(CannotResolveHostError, DNSLookupError):
        return "dns"
    if failure.check(DownloadConnectionRefusedError, ConnectError):
        return "connection"
    if failure.check(ResponseDataLossError):
        return "dataloss"
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(failure.value).__name__).lower()


def _parse_day(value: str | None, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be YYYY-MM-DD, got {value!r}") from None


class OutletSpider(scrapy.Spider):
    """Base class: subclasses set ``name``, ``pages`` and ``default_editions`` and discover."""

    pages: ModuleType
    default_editions: tuple[str, ...] = ("ru", "kk")

    @classmethod
    def update_settings(cls, settings) -> None:
        super().update_settings(settings)
        # Against the mirror the politeness delays only slow tests down; -s values still win.
        if settings.get("QYSYM_BASE_URL"):
            settings.setdict(settings.getdict("QYSYM_MIRROR_SETTINGS"), priority="spider")

    def __init__(
        self,
        since: str | None = None,
        until: str | None = None,
        run_id: str | None = None,
        editions: str | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.allowed_domains = list(self.pages.ALLOWED_DOMAINS)
        today = datetime.now(LOCAL_TZ).date()
        self.until = _parse_day(until, "until") or today
        self.since = _parse_day(since, "since") or self.until - timedelta(days=INCREMENTAL_DAYS - 1)
        if self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")
        # Same convention as qysym.pipeline.run_id_for, so a bare `scrapy crawl` and the DAG agree.
        self.run_id = run_id or f"crawl_{self.since:%Y%m%d}_{self.until:%Y%m%d}"
        if not _RUN_ID.match(self.run_id):
            raise ValueError(f"run_id may only hold letters, digits, '.', '_', '-': {run_id!r}")
        wanted = tuple(e.strip() for e in editions.split(",") if e.strip()) if editions else None
        self.editions = wanted or self.default_editions
        unknown = set(self.editions) - set(OUTLETS[self.name])
        if unknown:
            raise ValueError(f"{self.name} has no edition(s) {sorted(unknown)}")
        self._queued_ids: set[str] = set()

    # --- accounting ---

    def count(self, key: str, n: int = 1) -> None:
        if n:
            self.crawler.stats.inc_value(f"qysym/{key}", n)

    def in_window(self, when: datetime | None) -> bool:
        """Undated entries are kept: the page itself is the authority then."""
        return when is None or self.since <= local_date(when) <= self.until

    def discovery_failed(self, failure: Failure) -> None:
        self._record_failure(failure, "discovery_failed")

    def article_failed(self, failure: Failure) -> None:
        self._record_failure(failure, "failed")

    def _record_failure(self, failure: Failure, kind: str) -> None:
        url = failure.request.url if hasattr(failure, "request") else "?"
        # HttpError is an IgnoreRequest too, but a lost page, not a deliberate skip.
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            robots = "robots" in str(failure.value)
            self.count(f"skipped/{'robots' if robots else 'ignored'}")
            logger.info("skipped %s: %s", url, failure.value)
            return
        reason = failure_reason(failure)
        self.count(f"{kind}/{reason}")
        logger.warning("%s %s: %s", kind.replace("_", " "), url, reason)

    # --- articles ---

    def article_request(self, url: str, lang: str) -> scrapy.Request | None:
        """A request for an article page, or None when it is out of scope or already queued."""
        native_id = self.pages.native_id_from_url(url)
        if not native_id:
            self.count("skipped/malformed_url")
            return None
        if lang not in self.editions:
            self.count("skipped/other_edition")
            return None
        if native_id in self._queued_ids:
            self.count("skipped/duplicate_url")
            return None
        self._queued_ids.add(native_id)
        self.count("discovered")
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            cb_kwargs={"lang": lang},
        )

    def parse_article(self, response: scrapy.http.Response, lang: str) -> Iterator[dict]:
        fetched_at = datetime.now(UTC).replace(microsecond=0)
        encoding = encoding_from_content_type(response.headers.get("Content-Type"))
        try:
            parsed = self.pages.parse_article(
                response.url, response.body, fetched_at, lang, declared_encoding=encoding
            )
        except ParseError as error:
            self.count(f"failed/parse/{error.field}")
            logger.warning("parse failure %s: %s", response.url, error)
            return
        except Exception:
            # A parser bug must cost one page, not the run; the traceback goes to the log.
            self.count("failed/parse/unexpected")
            logger.exception("parser crashed on %s", response.url)
            return
        self.count("parsed")
        yield article_item(parsed, self.run_id)


class SitemapOutletSpider(OutletSpider):
    """Discovery through sitemap indexes (one per edition) and their child sitemaps.

    Child sitemaps whose ``lastmod`` is before ``since`` are not fetched; article entries are
    kept when their ``lastmod`` falls within since..until (an edit re-lands an older article).
    """

    def child_sitemaps(self, entries: list) -> list:
        return entries

    async def start(self):
        for lang in self.editions:
            yield scrapy.Request(
                self.pages.SITEMAPS[lang],
                callback=self.parse_sitemap,
                errback=self.discovery_failed,
                cb_kwargs={"lang": lang},
            )

    def parse_sitemap(self, response: scrapy.http.Response, lang: str):
        kind, entries = parse_sitemap(response.body)
        if kind is None:
            self.count("discovery_failed/invalid_sitemap")
            logger.warning("not a sitemap: %s", response.url)
            return
        if kind == "sitemapindex":
            children = self.child_sitemaps(entries)
            self.count("skipped/sitemap_not_followed", len(entries) - len(children))
            for entry in children:
                if entry.lastmod is not None and local_date(entry.lastmod) < self.since:
                    self.count("skipped/sitemap_before_since")
                    continue
                yield scrapy.Request(
                    entry.loc,
                    callback=self.parse_sitemap,
                    errback=self.discovery_failed,
                    cb_kwargs={"lang": lang},
                )
            return
        articles = self.pages.article_entries(entries)
        self.count("skipped/malformed_url", len(entries) - len(articles))
        for entry in articles:
            if not self.in_window(entry.lastmod):
                self.count("skipped/out_of_window")
                continue
            request = self.article_request(entry.loc, self.pages.edition_of(entry.loc) or lang)
            if request is not None:
                yield request
