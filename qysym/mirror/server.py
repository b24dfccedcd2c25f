"""A loopback HTTP server that answers as the registered outlets' sites would.

It dispatches on the ``Host`` header to the outlet's site (qysym.mirror.sites: each outlet's
``mirror.py`` says what it answers), so a crawler that keeps the real URLs and only routes the
connection here (the spiders' ``QYSYM_BASE_URL``) sees the sites' real URL schemes, redirects,
feeds, sitemaps and robots.txt. Faults can be switched on per server (per run): server errors,
timeouts, slow answers, truncated pages, pages in the wrong charset, markup drift and duplicate URLs
in discovery, chosen deterministically per URL. Edited articles are served in their final version
(or, with ``edited=False``, as first published), and a site that prints "today" and "yesterday"
counts them from the server's ``clock``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from qysym.mirror import render
from qysym.mirror.corpus import ALMATY, Article, Corpus
from qysym.mirror.sites import OutletSite, Reply, sites

RELATED = 14  # other articles of the edition an article page links to (related, most read, latest)
CACHE_PAGES = 512  # rendered article pages kept (a page is 60-200 KB)
# What a server sends for a page encoded in windows-1251: a header that lies (utf-8), one that says
# nothing, one that tells the truth; the page's own <meta charset="utf-8"> lies in every case.
WRONG_CHARSET_HEADERS = ("text/html; charset=utf-8", "text/html", "text/html; charset=windows-1251")


@dataclass(frozen=True)
class Faults:
    """Shares of article requests that fail, decided by a hash of the URL (repeatable per run).

    ``server_error``, ``timeout`` and ``malformed`` exclude each other (one roll, :meth:`pick`). The
    others are rolled independently (:meth:`hit`), so they combine with each other and with those:

    - ``wrong_charset``: the page is encoded in windows-1251 while the Content-Type header says
      utf-8, says nothing, or says windows-1251 (the page's ``<meta charset>`` still says utf-8);
    - ``drift``: the site's templates changed: the class names the parsers' selectors read are
      renamed, so only JSON-LD / OpenGraph / generic extraction find the fields;
    - ``slow``: the answer comes after ``slow_seconds`` (below a crawler's timeout);
    - ``duplicate_urls``: discovery lists the article twice, under the other URLs its site's
      ``aliases`` give (a slug form beside the numeric one, an older slug).

    ``wrong_charset`` and ``drift`` are decided per article (its canonical URL), so every URL of an
    article serves the same page; ``slow`` per requested URL.
    """

    server_error: float = 0.0
    timeout: float = 0.0
    malformed: float = 0.0
    timeout_seconds: float = 30.0
    salt: str = "faults"
    wrong_charset: float = 0.0
    drift: float = 0.0
    slow: float = 0.0
    duplicate_urls: float = 0.0
    slow_seconds: float = 2.0

    def _roll(self, key: str) -> float:
        digest = hashlib.sha256(f"{self.salt}:{key}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64

    def hit(self, name: str, url: str) -> bool:
        """Whether the independent fault ``name`` (a field holding a share) strikes ``url``."""
        share = getattr(self, name)
        return share > 0 and self._roll(f"{name}:{url}") < share

    def charset_header(self, url: str) -> str:
        """The Content-Type a wrong-charset page is sent with (one of WRONG_CHARSET_HEADERS)."""
        index = int(self._roll(f"charset-header:{url}") * len(WRONG_CHARSET_HEADERS))
        return WRONG_CHARSET_HEADERS[index]

    def pick(self, url: str) -> str | None:
        digest = hashlib.sha256(f"{self.salt}:{url}".encode()).digest()
        roll = int.from_bytes(digest[:8], "big") / 2**64
        for name, share in (("server_error", self.server_error), ("timeout", self.timeout),
                            ("malformed", self.malformed)):
            if roll < share:
                return name
            roll -= share
        return None


class MirrorSite:
    """Routes (host, path, query) to a reply; holds the corpus and a cache of rendered pages.

    ``edited``: serve edited articles in their final version (with ``dateModified`` and sitemap
    ``lastmod`` of the edit), else as first published; may be flipped between two crawls.
    ``clock``: the server's aware "now" (default: real time): an edit shows once its time has
    come, and a site that prints ``Сегодня``/``Вчера`` counts them from this clock.
    """

    def __init__(self, corpus: Corpus, faults: Faults | None = None, *, edited: bool = True,
                 clock: Callable[[], datetime] | None = None):
        self.corpus = corpus
        self.faults = faults or Faults()
        self.edited = edited
        self.clock = clock or (lambda: datetime.now(UTC))
        self._by_number: dict[tuple[str, int], Article] = {
            (a.host, a.number): a for a in corpus.articles
        }
        self._cache: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._related_index: dict[tuple[str, int], list[Article]] | None = None
        self._sites = sites()
        self._by_host = {host: outlet_site for outlet_site in self._sites.values()
                         for host in outlet_site.hosts()}

    # -- helpers -------------------------------------------------------------------------------
    def _cached(self, key: tuple, make: Callable[[], str],
                encode: Callable[[str], bytes] = lambda text: text.encode("utf-8")) -> bytes:
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
        if hit is None:
            hit = encode(make())
            with self._lock:
                self._cache[key] = hit
                while len(self._cache) > CACHE_PAGES:
                    self._cache.popitem(last=False)
        return hit

    def now(self) -> datetime:
        now = self.clock()
        if now.tzinfo is None:
            raise ValueError("the mirror's clock must return an aware datetime")
        return now

    def served(self, article: Article, now: datetime | None = None) -> Article:
        """The version of ``article`` the site shows now: final once edited (and the edit's time
        has come, by the clock), else as first published."""
        if article.original is None:
            return article
        now = now or self.now()
        if self.edited and article.modified_utc is not None and article.modified_utc <= now:
            return article
        return article.first_version()

    def related(self, article: Article) -> list[Article]:
        """Other articles of the same edition an article page links to: the ones published just
        before it (newest first), topped up with the next ones at the start of the corpus."""
        if self._related_index is None:
            index: dict[tuple[str, int], list[Article]] = {}
            for outlet, lang in {(a.outlet, a.lang) for a in self.corpus.articles}:
                items = self.corpus.edition_articles(outlet, lang)  # newest first
                for i, a in enumerate(items):
                    older = items[i + 1:i + 1 + RELATED]
                    newer = items[max(0, i - (RELATED - len(older))):i][::-1]
                    index[(a.host, a.number)] = older + newer
            self._related_index = index
        return self._related_index.get((article.host, article.number), [])

    def article_reply(self, article: Article, renderer: Callable[..., str]) -> Reply:
        now = self.now()
        today = now.astimezone(ALMATY).date()
        served = self.served(article, now)
        drift = self.faults.hit("drift", article.url)
        header = self.faults.charset_header(article.url) if self.faults.hit(
            "wrong_charset", article.url) else None
        # The local date is part of the key: a page printing "Сегодня" never outlives its day.
        key = (article.host, article.path, served.versions, served.modified_local, today, drift,
               header is not None)
        body = self._cached(
            key,
            lambda: renderer(served, self.related(article), today=today, drift=drift),
            render.to_windows_1251 if header else lambda text: text.encode("utf-8"),
        )
        if header:
            return Reply(200, body, header, article=True)
        return Reply(200, body, article=True)

    def duplicated(self, article: Article) -> bool:
        return self.faults.hit("duplicate_urls", article.url)

    def aliases(self, articles: list[Article]) -> dict[str, list[str]]:
        """Extra sitemap locations of articles that discovery lists twice (``duplicate_urls``)."""
        return {a.url: self.site_of(a.outlet).aliases(a) for a in articles if self.duplicated(a)}

    def article_at(self, host: str, number: int) -> Article | None:
        return self._by_number.get((host, number))

    def site_of(self, outlet: str) -> OutletSite:
        return self._sites[outlet]

    def edition(self, outlet: str, lang: str) -> list[Article]:
        return self.corpus.edition_articles(outlet, lang)

    def month(self, outlet: str, lang: str, month: tuple[int, int]) -> list[Article]:
        """The month's articles, each in the version served now (sitemap lastmod follows edits)."""
        now = self.now()
        return [self.served(a, now) for a in self.edition(outlet, lang)
                if (a.published_local.year, a.published_local.month) == month]

    def lastmod(self, outlet: str, lang: str, month: tuple[int, int]) -> date:
        """A child sitemap's lastmod is its newest entry's, as sitemap crawlers expect."""
        stamps = [(a.modified_utc or a.published_utc).date() for a in self.month(outlet, lang, month)]
        return max(stamps, default=date(*month, 1))

    # -- dispatch ------------------------------------------------------------------------------
    def route(self, host: str, path: str, query: dict[str, list[str]]) -> Reply:
        outlet_site = self._by_host.get(host)
        if outlet_site is None:
            return Reply(404, b"unknown host")
        if host in outlet_site.redirect_hosts:
            target = f"https://{outlet_site.redirect_hosts[host]}{path}"
            if query:
                target += "?" + "&".join(f"{k}={v[0]}" for k, v in query.items())
            return Reply(301, location=target)
        return outlet_site.route(self, host, path, query)


def make_handler(site: MirrorSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "qysym-mirror/0.1"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass  # a crawl makes thousands of requests; Scrapy's own stats report them

        def do_GET(self) -> None:
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            parts = urlsplit(self.path)
            reply = site.route(host, parts.path, parse_qs(parts.query))
            url = f"https://{host}{self.path}"
            fault = site.faults.pick(url) if reply.article else None
            if fault == "timeout":
                time.sleep(site.faults.timeout_seconds)
            elif reply.article and site.faults.hit("slow", url):
                time.sleep(site.faults.slow_seconds)
            if fault == "server_error":
                reply = Reply(503, b"Service Unavailable")
            body = reply.body
            if fault == "malformed" and reply.status == 200:
                body = body[: len(body) // 3]
            self.send_response(reply.status)
            if reply.location:
                self.send_header("Location", reply.location)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


class MirrorServer:
    """The mirror on a loopback port, in a background thread: ``with MirrorServer(c) as url:``."""

    def __init__(self, corpus: Corpus, host: str = "127.0.0.1", port: int = 0,
                 faults: Faults | None = None, *, edited: bool = True,
                 clock: Callable[[], datetime] | None = None):
        self.site = MirrorSite(corpus, faults, edited=edited, clock=clock)
        self.httpd = ThreadingHTTPServer((host, port), make_handler(self.site))
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> str:
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
