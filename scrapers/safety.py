"""Refuse redirects that leave the outlet's domains, before they are followed.

Scrapy's own offsite filter drops such a redirected request silently at scheduling time, so
the article would vanish without a line in the crawl report. This middleware sits just before
``RedirectMiddleware`` and turns the redirect into a failure the spider's errback records as
``offsite_redirect``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host outside the spider's ``allowed_domains``."""


def allowed(host: str, domains: list[str]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


class OffsiteRedirectMiddleware:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OffsiteRedirectMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response):
        location = response.headers.get(b"Location")
        if not (300 <= response.status < 400 and location):
            return response
        domains = list(getattr(self.crawler.spider, "allowed_domains", None) or [])
        target = urljoin(request.url, location.decode("latin-1"))
        host = urlsplit(target).hostname or ""
        if domains and not allowed(host, domains):
            self.crawler.stats.inc_value("qysym/offsite_redirects")
            raise OffsiteRedirect(f"refused redirect outside {', '.join(domains)}: {target}")
        return response
