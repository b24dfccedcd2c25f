"""What every outlet's page parsers share: text, dates, leads, sitemaps, the generic layers.

Each outlet's parsers live in its folder (``scrapers/outlets/<slug>/pages.py``), independent of the
crawl (web-poet style): ``parse_article(url, html, fetched_at, lang_hint=None)`` returns the
contract fields less ``run_id``, plus the listing/sitemap helpers its spider uses for discovery.
"""
