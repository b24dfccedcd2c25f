"""Scrapy settings for the qysym crawlers (``SCRAPY_SETTINGS_MODULE=scrapers.settings``).

Paths and the User-Agent come from ``qysym.settings`` (the environment); everything here can be
overridden per run with ``-s NAME=value``. Pointing a crawl at the sample mirror is
``-s QYSYM_BASE_URL=http://127.0.0.1:PORT`` (or the ``QYSYM_BASE_URL`` environment variable);
the spiders then drop the politeness delays, which only matter against the live sites.
"""


from qysym.settings import load

_qysym = load()

BOT_NAME = "qysym"
# One spider per registered outlet (scrapers/outlets/<slug>/outlet.yaml), named by its slug.
SPIDER_LOADER_CLASS = "scrapers.spiderloader.RegistrySpiderLoader"

# --- identity and politeness (live sites) ---
USER_AGENT = _qysym.user_agent
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
# Public crawlers of these sites used 0.5-2 s between requests; AutoThrottle never goes below this.
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
COOKIES_ENABLED = False

# --- robustness ---
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_ENABLED = True
RETRY_ENABLED = True
RETRY_TIMES = 2

# --- archive and cache ---
# Every response goes to a WARC file (scrapers.archive); article pages already archived and parsed
# are answered from it, so a backfill never fetches a page twice (QYSYM_REFETCH=1 overrides).
QYSYM_ARCHIVE_ENABLED = True
QYSYM_REFETCH = False
DOWNLOADER_MIDDLEWARES = {
    "scrapers.archive.ArchiveMiddleware": 950,
    # Just before RedirectMiddleware (600): redirects off the outlet's domains become failures.
    "scrapers.safety.OffsiteRedirectMiddleware": 610,
}
# Discovery pages (sitemaps, listings) go through an RFC 2616 HTTP cache: a site's own
# Cache-Control / ETag decide when they are fetched again. Article pages skip it (dont_cache):
# the archive is their cache.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
HTTPCACHE_DIR = str(_qysym.data_dir / "httpcache")
HTTPCACHE_IGNORE_HTTP_CODES = [403, 404, 408, 429, 500, 502, 503, 504]

# --- routing: every http(s) request goes through the handler that can target the mirror ---
QYSYM_BASE_URL = _qysym.base_url
DOWNLOAD_HANDLERS = {
    "http": "scrapers.routing.RoutingDownloadHandler",
    "https": "scrapers.routing.RoutingDownloadHandler",
}
# Applied by the spiders (at "spider" priority, so -s still wins) when QYSYM_BASE_URL is set.
QYSYM_MIRROR_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0,
    "AUTOTHROTTLE_MAX_DELAY": 5.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 8.0,
    "DOWNLOAD_TIMEOUT": 10,
}

# --- output ---
QYSYM_DATA_DIR = str(_qysym.data_dir)
ITEM_PIPELINES = {
    "scrapers.pipelines.ValidationPipeline": 100,
    "scrapers.pipelines.DedupPipeline": 200,
    "scrapers.pipelines.LandingPipeline": 900,
}
FEED_EXPORT_ENCODING = "utf-8"

# --- operations ---
LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 10
# One progress record every few seconds for the live line `qysym crawl` draws (scrapers/progress.py).
EXTENSIONS = {"scrapers.progress.CrawlProgress": 500}
QYSYM_PROGRESS_INTERVAL = 2.0
# Both consoles run code inside the crawler on request; a scheduled crawler needs neither.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# REQUEST_FINGERPRINTER_IMPLEMENTATION is deliberately absent: Scrapy 2.19 removed the setting
# (its "2.7" value is the only fingerprinter left), so setting it would do nothing.
