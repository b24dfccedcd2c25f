"""Tengrinews.kz: the ``…sitemap-news…`` children of each edition's sitemap index."""

from scrapers.pages import tengrinews
from scrapers.spiders.base import SitemapOutletSpider


class TengrinewsSpider(SitemapOutletSpider):
    name = "tengrinews"
    pages = tengrinews

    def child_sitemaps(self, entries: list) -> list:
        return tengrinews.news_sitemaps(entries)
