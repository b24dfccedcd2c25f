"""Tumar Times: the sitemap index of each edition and its monthly children."""

from scrapers.spiders.base import SitemapOutletSpider

from . import pages


class TumarSpider(SitemapOutletSpider):
    name = "tumar"
    pages = pages
