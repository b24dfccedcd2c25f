"""Tengrinews.kz: the ``…sitemap-news…`` children of each edition's sitemap index."""

from scrapers.outlets.tengrinews import pages as tengrinews
from scrapers.spiders.base import SitemapOutletSpider


class TengrinewsSpider(SitemapOutletSpider):
    name = "tengrinews"
    pages = tengrinews

    def child_sitemaps(self, entries: list) -> list:
        return tengrinews.news_sitemaps(entries)
