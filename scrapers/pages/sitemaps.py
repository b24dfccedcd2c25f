"""Sitemaps: plain or gzipped, capped in size after decompression, read with Scrapy's parser."""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass
from datetime import datetime

import lxml.etree
from scrapy.utils.sitemap import Sitemap

from scrapers.pages.dates import parse_machine_datetime
from scrapers.pages.text import clean_text

# A sitemap or page larger than this after decompression is refused (matches DOWNLOAD_MAXSIZE).
MAX_DECOMPRESSED = 10 * 1024 * 1024


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: datetime | None


def maybe_gunzip(body: bytes) -> bytes:
    """Gunzip a ``.xml.gz`` body (capped at MAX_DECOMPRESSED); plain bodies pass through."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            data = fh.read(MAX_DECOMPRESSED + 1)
    except (OSError, EOFError, zlib.error):
        return b""
    return data if len(data) <= MAX_DECOMPRESSED else b""


def parse_sitemap(body: bytes) -> tuple[str | None, list[SitemapEntry]]:
    """A sitemap or sitemap index -> (``"sitemapindex"``/``"urlset"``/``None``, entries)."""
    body = maybe_gunzip(body)
    if not body.strip():
        return None, []
    try:
        sitemap = Sitemap(body)
        kind = sitemap.type
        entries = [
            SitemapEntry(clean_text(d["loc"]), parse_machine_datetime(d.get("lastmod")))
            for d in sitemap
            if d.get("loc")
        ]
    except (lxml.etree.LxmlError, StopIteration, ValueError):
        return None, []
    if kind not in ("sitemapindex", "urlset"):
        return None, []
    return kind, entries


