"""What every outlet spider shares: run arguments, the date window, article requests, accounting.

Spiders only discover pages; extraction is ``scrapers.pages.<outlet>.parse_article``. Arguments
(``-a name=value``):

- ``since``, ``until``: ``YYYY-MM-DD``, inclusive, Kazakhstan calendar dates (Asia/Almaty);
  default: the last two days (yesterday and today) at crawl time;
- ``run_id``: default ``crawl_<since:%Y%m%d>_<until:%Y%m%d>_<UTC start>_<tag>``; names the
  landed file and report, which no later run replaces (landing is append-only);
- ``editions``: comma list of languages (``ru,kk``); default: every edition of the outlet;
- ``max_articles``: stop queueing article pages after this many (``qysym check-live``).

Accounting: every article URL discovery finds is counted once as ``discovered`` and ends in
exactly one of ``parsed``, ``failed/<reason>`` or ``skipped/<reason>``; the run report checks
``discovered == parsed + failed + skipped`` and lists every failed URL with its reason.
Discovery pages (sitemaps, archive listings) are counted apart, under ``discovery_*``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
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
from scrapers.pages.common import ParseError, encoding_from_content_type
from scrapers.pages.dates import LOCAL_TZ, local_date
from scrapers.pages.sitemaps import parse_sitemap
from scrapers.pipelines import new_run_id
from scrapers.safety import OffsiteRedirect

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
    if failure.check(DownloadCancelledError):
        return "too_large"  # DOWNLOAD_MAXSIZE cancels the download
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(failure.value).__name__).lower()


def published_after(parsed: dict, until: date) -> bool:
    """Whether a parsed article was published after the window's last (Kazakhstan) day."""
    published = datetime.fromisoformat(parsed["published_at"])
    return local_date(published) > until


def listing_clock(response: scrapy.http.Response) -> datetime:
    """The moment a discovery page was fetched: what its relative dates ("Сегодня", "Вчера",
    "3 часа назад") count from.

    The archive's fetch time when it served the page; for a page the HTTP cache answered, the
    ``Date`` the site sent with it (the cached copy says "today" about the day it was fetched, not
    about the day it is read again); else now. A page fetched at 00:05 in Almaty that the cache
    kept from 23:55 would otherwise move every "Сегодня" item one day later, across ``until``.
    """
    try:
        meta = response.meta
    except AttributeError:  # a response built without a request (tests)
        meta = {}
    if meta.get("qysym_fetched_at"):
        return meta["qysym_fetched_at"]
    if "cached" in response.flags:
        sent = response.headers.get("Date")
        try:
            when = parsedate_to_datetime(sent.decode("latin-1")) if sent else None
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and when.tzinfo is not None:
            return when.astimezone(UTC)
    return datetime.now(UTC).replace(microsecond=0)


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
    default_editions: tuple[str, ...] = ()  # empty: every edition the outlet has

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
        max_articles: str | int | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.allowed_domains = list(self.pages.ALLOWED_DOMAINS)
        today = datetime.now(LOCAL_TZ).date()
        self.until = _parse_day(until, "until") or today
        self.since = _parse_day(since, "since") or self.until - timedelta(days=INCREMENTAL_DAYS - 1)
        if self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")
        # Every run its own id (landing is append-only), as qysym.pipeline.crawl gives them.
        self.run_id = run_id or new_run_id(self.since, self.until)
        if not _RUN_ID.match(self.run_id):
            raise ValueError(f"run_id may only hold letters, digits, '.', '_', '-': {run_id!r}")
        wanted = tuple(e.strip() for e in editions.split(",") if e.strip()) if editions else None
        self.editions = wanted or self.default_editions or OUTLETS[self.name]
        unknown = set(self.editions) - set(OUTLETS[self.name])
        if unknown:
            raise ValueError(f"{self.name} has no edition(s) {sorted(unknown)}")
        try:
            self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        except ValueError:
            raise ValueError(f"max_articles must be a whole number, got {max_articles!r}") from None
        self._queued_ids: set[str] = set()
        self.failures: list[dict] = []
        self.discovery_failures: list[dict] = []
        self.archive = None  # set by scrapers.archive.ArchiveMiddleware when archiving is on

    # --- accounting ---

    def count(self, key: str, n: int = 1) -> None:
        if n:
            self.crawler.stats.inc_value(f"qysym/{key}", n)

    def in_window(self, when: datetime | None) -> bool:
        """Undated entries are kept: the page itself is the authority then."""
        return when is None or self.since <= local_date(when) <= self.until

    def discover(self, n: int = 1) -> None:
        """Article URLs found by discovery, before any filtering."""
        self.count("discovered", n)

    def discovery_failed(self, failure: Failure) -> None:
        self._record_failure(failure, "discovery_failed")

    def article_failed(self, failure: Failure) -> None:
        self._record_failure(failure, "failed")

    def _record_failure(self, failure: Failure, kind: str) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        article = kind == "failed"
        # HttpError is an IgnoreRequest too, but a lost page, not a deliberate skip.
        if failure.check(OffsiteRedirect):
            reason = "offsite_redirect"  # refused, and reported: the article is lost to us
        elif failure.check(IgnoreRequest) and not failure.check(HttpError):
            message = str(failure.value)
            prefix = "skipped" if article else "discovery_skipped"
            self.count(f"{prefix}/{'robots' if 'robots' in message else 'ignored'}")
            logger.info("skipped %s: %s", url, failure.value)
            return
        else:
            reason = failure_reason(failure)
        self.count(f"{kind}/{reason}")
        if article:
            self.note_failure(request, url, reason)
        else:
            self.discovery_failures.append({"url": url, "reason": reason})
        logger.warning("%s %s: %s", kind.replace("_", " "), url, reason)

    def note_failure(self, request, url: str, reason: str) -> None:
        """Remember a lost article page for the run report (and the archive's page list)."""
        meta = request.meta if request is not None else {}
        native_id = meta.get("qysym_native_id")
        self.failures.append({"url": url, "native_id": native_id, "reason": reason})
        record_id = meta.get("qysym_record_id")
        if self.archive is not None and native_id and record_id is not None:
            lang = (request.cb_kwargs or {}).get("lang", "")
            self.archive.note_page(self.run_id, native_id, url, lang, record_id, f"failed:{reason}")

    # --- articles ---

    def article_request(
        self, url: str, lang: str, lastmod: datetime | None = None
    ) -> scrapy.Request | None:
        """A request for an article page already counted as discovered, or None when it is out
        of scope or already queued (then counted as skipped, with the reason)."""
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
        if self.max_articles is not None and len(self._queued_ids) >= self.max_articles:
            self.count("skipped/over_limit")
            return None
        self._queued_ids.add(native_id)
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            cb_kwargs={"lang": lang},
            # The archive answers from its copy unless lastmod says the page changed since.
            meta={"qysym_native_id": native_id, "qysym_lastmod": lastmod, "dont_cache": True},
        )

    def parse_article(self, response: scrapy.http.Response, lang: str) -> Iterator[dict]:
        meta = response.meta
        fetched_at = meta.get("qysym_fetched_at") or datetime.now(UTC).replace(microsecond=0)
        native_id = meta.get("qysym_native_id") or self.pages.native_id_from_url(response.url)
        encoding = encoding_from_content_type(response.headers.get("Content-Type"))
        try:
            parsed = self.pages.parse_article(
                response.url, response.body, fetched_at, lang, declared_encoding=encoding
            )
        except ParseError as error:
            reason = f"parse/{error.field}"
            logger.warning("parse failure %s: %s", response.url, error)
        except Exception:
            # A parser bug must cost one page, not the run; the traceback goes to the log.
            reason = "parse/unexpected"
            logger.exception("parser crashed on %s", response.url)
        else:
            self._note_page(native_id, response, lang, "parsed")
            if published_after(parsed, self.until):
                self.count("skipped/out_of_window")  # listed for a later edit, published later
                return
            self.count("parsed")
            yield article_item(parsed, self.run_id)
            return
        self.count(f"failed/{reason}")
        self.failures.append({"url": response.url, "native_id": native_id, "reason": reason})
        self._note_page(native_id, response, lang, f"failed:{reason}")

    def _note_page(self, native_id: str | None, response, lang: str, outcome: str) -> None:
        record_id = response.meta.get("qysym_record_id")
        if self.archive is not None and native_id and record_id is not None:
            self.archive.note_page(self.run_id, native_id, response.url, lang, record_id, outcome)


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
            self.count("discovery_skipped/sitemap_not_followed", len(entries) - len(children))
            for entry in children:
                if entry.lastmod is not None and local_date(entry.lastmod) < self.since:
                    self.count("discovery_skipped/sitemap_before_since")
                    continue
                yield scrapy.Request(
                    entry.loc,
                    callback=self.parse_sitemap,
                    errback=self.discovery_failed,
                    cb_kwargs={"lang": lang},
                )
            return
        articles = self.pages.article_entries(entries)
        self.discover(len(entries))
        self.count("skipped/malformed_url", len(entries) - len(articles))
        for entry in articles:
            # A lastmod before since means nothing new; one after until may be an edit of an
            # article published in the window, so only the page's own date can tell.
            if entry.lastmod is not None and local_date(entry.lastmod) < self.since:
                self.count("skipped/out_of_window")
                continue
            request = self.article_request(
                entry.loc, self.pages.edition_of(entry.loc) or lang, entry.lastmod
            )
            if request is not None:
                yield request
