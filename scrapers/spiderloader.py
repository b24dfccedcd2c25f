"""Scrapy's spider loader, reading the outlet registry: the spider named ``<slug>`` is the one the
outlet's ``outlet.yaml`` names (``SPIDER_LOADER_CLASS`` in scrapers.settings), so an outlet
registered with ``QYSYM_OUTLET_DIRS`` crawls with ``scrapy crawl <slug>`` like the built-in ones."""

from __future__ import annotations

from scrapers.outlets import outlet, outlets


class RegistrySpiderLoader:
    """A ``scrapy.spiderloader.SpiderLoaderProtocol`` over the registry."""

    def __init__(self, settings=None):
        self.settings = settings

    @classmethod
    def from_settings(cls, settings):
        return cls(settings)

    def load(self, spider_name: str) -> type:
        if spider_name not in outlets() or not outlets()[spider_name].crawled:
            raise KeyError(f"Spider not found: {spider_name}")
        return outlet(spider_name).spider_class()

    def list(self) -> list[str]:
        return [slug for slug, registered in outlets().items() if registered.crawled]

    def find_by_request(self, request) -> list[str]:
        return [slug for slug in self.list() if self.load(slug).handles_request(request)]
