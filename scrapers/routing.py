"""Route every HTTP(S) request to one base URL (the sample mirror) while the crawl sees real URLs.

With the setting ``QYSYM_BASE_URL`` (e.g. ``http://127.0.0.1:8765``) a request for
``https://www.example.kz/sitemap.xml`` is sent to ``http://127.0.0.1:8765/sitemap.xml`` with the
header ``Host: www.example.kz``, and the response comes back with its ``url`` set to the real
URL again. Everything above the download handler (robots.txt, redirects to absolute real
``Location`` URLs, offsite filtering, per-domain download slots, item URLs) therefore works
exactly as against the live sites. Without the setting the handler is Scrapy's HTTP/1.1 handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


def routed_url(url: str, base_url: str) -> str:
    """The real URL with scheme and host (and a path prefix, if any) taken from ``base_url``."""
    real, base = urlsplit(url), urlsplit(base_url)
    path = base.path.rstrip("/") + (real.path or "/")
    return urlunsplit((base.scheme, base.netloc, path, real.query, ""))


def host_header(url: str) -> str:
    """What a browser would send as ``Host`` for the real URL (port only when non-default)."""
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    host = parts.hostname or ""
    return host if parts.port in (None, default) else f"{host}:{parts.port}"


class RoutingDownloadHandler(BaseDownloadHandler):
    """HTTP/1.1 download handler that can send every request to ``QYSYM_BASE_URL``."""

    lazy = False

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        base = (crawler.settings.get("QYSYM_BASE_URL") or "").strip()
        if base and urlsplit(base).scheme not in ("http", "https"):
            raise NotConfigured(f"QYSYM_BASE_URL must be an http(s) URL, got {base!r}")
        self.base_url: str | None = base or None
        self._inner = build_from_crawler(HTTP11DownloadHandler, crawler)

    async def download_request(self, request: Request) -> Response:
        if not self.base_url:
            return await self._inner.download_request(request)
        headers = request.headers.copy()
        headers["Host"] = host_header(request.url)
        routed = request.replace(url=routed_url(request.url, self.base_url), headers=headers)
        response = await self._inner.download_request(routed)
        return response.replace(url=request.url)

    async def close(self) -> None:
        await self._inner.close()
