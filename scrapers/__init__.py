"""The Scrapy project: spiders (discovery), page parsers (extraction), pipelines (landing).

Run a crawl with ``SCRAPY_SETTINGS_MODULE=scrapers.settings python -m scrapy crawl <outlet>``.
"""
