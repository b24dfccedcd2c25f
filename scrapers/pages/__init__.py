"""Page parsers, one module per outlet, independent of the crawl (web-poet style).

Each module offers ``parse_article(url, html, fetched_at, lang_hint=None)`` returning the contract
fields less ``run_id``, plus the listing/sitemap helpers its spider uses for discovery.
"""
