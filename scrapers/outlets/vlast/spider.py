"""Vlast.kz: archive pagination per section, newest first, stopping at ``since``.

``/<section>/?archive=1``, then ``/<section>/<n>/?archive=1`` up to the page named by
``<link rel="last">``; a section stops paging at the first page whose dated items are all older
than ``since``.
"""

from __future__ import annotations

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from scrapers.outlets.vlast import pages as vlast
from scrapers.pages.dates import local_date
from scrapers.spiders.base import OutletSpider, listing_clock

# A guard against a site that answers every page number with the same page.
MAX_ARCHIVE_PAGES = 5000


class VlastSpider(OutletSpider):
    name = "vlast"
    pages = vlast

    async def start(self):
        for lang in self.editions:
            for section in vlast.SECTIONS[lang]:
                yield self.archive_request(section, 1, None, lang)

    def archive_request(self, section: str, page: int, last: int | None, lang: str):
        return scrapy.Request(
            vlast.archive_url(section, page),
            callback=self.parse_archive,
            errback=self.archive_failed,
            cb_kwargs={"section": section, "page": page, "last": last, "lang": lang},
        )

    def parse_archive(self, response, section: str, page: int, last: int | None, lang: str):
        """Queue the page's articles inside the window, and the next page unless every dated item
        here is older than ``since``.

        Items dated only by a day word ("Сегодня", "Кеше", "Yesterday") carry that day's local
        midnight (``parse_listing_datetime``), counted from when the page was fetched
        (``listing_clock``); as both window checks below compare Almaty calendar days, such an item
        falls on exactly the day the page named: inside on the ``since`` and ``until`` days,
        outside a day beyond either.
        """
        fetched_at = listing_clock(response)
        items, last_here = vlast.parse_archive(response.url, response.body, fetched_at)
        last = last or last_here
        if not items:
            return
        self.discover(len(items))
        older = 0
        for url, when in items:
            if when is not None and local_date(when) < self.since:
                older += 1
                self.count("skipped/out_of_window")
                continue
            if not self.in_window(when):
                self.count("skipped/out_of_window")
                continue
            request = self.article_request(url, vlast.edition_of(url) or lang)
            if request is not None:
                yield request
        if older < len(items) and self._has_next(page, last):
            yield self.archive_request(section, page + 1, last, lang)

    def archive_failed(self, failure: Failure):
        """Count the lost page and go on with the next one: one bad page must not end a section.

        Without a known last page, a 404 past the first page is the end of the archive.
        """
        kwargs = failure.request.cb_kwargs
        if (
            kwargs["last"] is None
            and kwargs["page"] > 1
            and failure.check(HttpError)
            and failure.value.response.status == 404
        ):
            return
        self.discovery_failed(failure)
        if kwargs["last"] is not None and self._has_next(kwargs["page"], kwargs["last"]):
            yield self.archive_request(
                kwargs["section"], kwargs["page"] + 1, kwargs["last"], kwargs["lang"]
            )

    @staticmethod
    def _has_next(page: int, last: int | None) -> bool:
        return page < min(last or MAX_ARCHIVE_PAGES, MAX_ARCHIVE_PAGES)
