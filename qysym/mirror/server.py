"""A loopback HTTP server that answers as the three outlets' sites would.

It dispatches on the ``Host`` header, so a crawler that keeps the real URLs and only routes the
connection here (the spiders' ``QYSYM_BASE_URL``) sees the sites' real URL schemes, redirects,
feeds, sitemaps and robots.txt. Faults can be switched on per server (per run): server errors,
timeouts and truncated pages, chosen deterministically per URL.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from qysym.mirror import render
from qysym.mirror.corpus import REDIRECT_HOSTS, Article, Corpus

PAGE_SIZE = 20
AZATTYQ_HOSTS = {"www.azattyqasia.org": "ru", "www.azattyq.org": "kk"}
TENGRI_HOSTS = {"tengrinews.kz": "ru", "kaz.tengrinews.kz": "kk"}
VLAST_SECTIONS_KK = {"vlast-qazaqsha"}


@dataclass(frozen=True)
class Faults:
    """Shares of article requests that fail, decided by a hash of the URL (repeatable per run)."""

    server_error: float = 0.0
    timeout: float = 0.0
    malformed: float = 0.0
    timeout_seconds: float = 30.0
    salt: str = "faults"

    def pick(self, url: str) -> str | None:
        digest = hashlib.sha256(f"{self.salt}:{url}".encode()).digest()
        roll = int.from_bytes(digest[:8], "big") / 2**64
        for name, share in (("server_error", self.server_error), ("timeout", self.timeout),
                            ("malformed", self.malformed)):
            if roll < share:
                return name
            roll -= share
        return None


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    article: bool = False  # faults are injected on article pages only


def _months(start: date, end: date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class MirrorSite:
    """Routes (host, path, query) to a reply; holds the corpus and a cache of rendered pages."""

    def __init__(self, corpus: Corpus, faults: Faults | None = None):
        self.corpus = corpus
        self.faults = faults or Faults()
        self._by_number: dict[tuple[str, int], Article] = {
            (a.host, a.number): a for a in corpus.articles
        }
        self._cache: dict[tuple[str, str], bytes] = {}
        self._lock = threading.Lock()

    # -- helpers -------------------------------------------------------------------------------
    def _cached(self, key: tuple[str, str], make: Callable[[], str]) -> bytes:
        with self._lock:
            hit = self._cache.get(key)
        if hit is None:
            hit = make().encode("utf-8")
            with self._lock:
                self._cache[key] = hit
        return hit

    def _article_reply(self, article: Article, renderer: Callable[[Article], str]) -> Reply:
        body = self._cached((article.host, article.path), lambda: renderer(article))
        return Reply(200, body, article=True)

    def _edition(self, outlet: str, lang: str) -> list[Article]:
        return self.corpus.edition_articles(outlet, lang)

    def _month(self, outlet: str, lang: str, month: tuple[int, int]) -> list[Article]:
        return [a for a in self._edition(outlet, lang)
                if (a.published_local.year, a.published_local.month) == month]

    def _lastmod(self, outlet: str, lang: str, month: tuple[int, int]) -> date:
        """A child sitemap's lastmod is its newest entry's, as sitemap crawlers expect."""
        stamps = [(a.modified_utc or a.published_utc).date() for a in self._month(outlet, lang, month)]
        return max(stamps, default=date(*month, 1))

    # -- dispatch ------------------------------------------------------------------------------
    def route(self, host: str, path: str, query: dict[str, list[str]]) -> Reply:
        if host in REDIRECT_HOSTS:
            target = f"https://{REDIRECT_HOSTS[host]}{path}"
            if query:
                target += "?" + "&".join(f"{k}={v[0]}" for k, v in query.items())
            return Reply(301, location=target)
        if host in AZATTYQ_HOSTS:
            return self._azattyq(host, AZATTYQ_HOSTS[host], path, query)
        if host == "vlast.kz":
            return self._vlast(path, query)
        if host in TENGRI_HOSTS:
            return self._tengrinews(host, TENGRI_HOSTS[host], path)
        return Reply(404, b"unknown host")

    def _azattyq(self, host: str, lang: str, path: str, query: dict) -> Reply:
        if path == "/robots.txt":
            return Reply(200, render.robots(host, ("/sitemap.xml",)).encode(), "text/plain")
        if path == "/sitemap.xml":
            children = [(f"/sitemaps/sitemap-{y}-{m:02d}.xml", self._lastmod("azattyq", lang, (y, m)))
                        for y, m in _months(self.corpus.start, self.corpus.end)]
            return Reply(200, render.sitemap_index(f"https://{host}", children).encode(),
                         "application/xml")
        if m := re.fullmatch(r"/sitemaps/sitemap-(\d{4})-(\d{2})\.xml", path):
            month = (int(m[1]), int(m[2]))
            items = self._month("azattyq", lang, month)
            return Reply(200, render.urlset(items).encode(), "application/xml")
        if m := re.fullmatch(r"/(?:a/(?:[^/]+/)?|content/article/)(\d+)\.html", path):
            article = self._by_number.get((host, int(m[1])))
            return self._article_reply(article, render.azattyq_article) if article else Reply(404)
        if m := re.fullmatch(r"/z/(\d+)", path):
            items = self._edition("azattyq", lang)
            page = int(query.get("p", ["0"])[0] or 0)
            pages = max(1, -(-len(items) // PAGE_SIZE))
            chunk = items[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            html = render.azattyq_zone(chunk, lang, int(m[1]), page, pages)
            return Reply(200, html.encode())
        if path.startswith("/api/"):
            items = self._edition("azattyq", lang)[:30]
            return Reply(200, render.rss("Azattyq", f"https://{host}/", items).encode(),
                         "application/rss+xml")
        return Reply(404)

    def _vlast(self, path: str, query: dict) -> Reply:
        if path == "/robots.txt":
            return Reply(200, render.robots("vlast.kz", ()).encode(), "text/plain")
        if m := re.fullmatch(r"/([a-z-]+)/(\d+)-[^/]*\.html", path):
            article = self._by_number.get(("vlast.kz", int(m[2])))
            if article and article.section == m[1]:
                return self._article_reply(article, render.vlast_article)
            return Reply(404)
        if m := re.fullmatch(r"/([a-z-]+)/(?:(\d+)/)?", path):
            section, page = m[1], int(m[2] or 1)
            lang = "kk" if section in VLAST_SECTIONS_KK else "ru"
            items = [a for a in self._edition("vlast", lang) if a.section == section]
            if not items:
                return Reply(404)
            last = max(1, -(-len(items) // PAGE_SIZE))
            if page > last:
                return Reply(404)
            chunk = items[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            return Reply(200, render.vlast_archive(section, chunk, page, last, lang).encode())
        return Reply(404)

    def _tengrinews(self, host: str, lang: str, path: str) -> Reply:
        if path == "/robots.txt":
            maps = ("/sitemap-index.xml", "/kk-sitemap-index.xml") if lang == "ru" else ()
            return Reply(200, render.robots(host, maps).encode(), "text/plain")
        if host == "tengrinews.kz" and (m := re.fullmatch(r"/(kk-)?sitemap-index\.xml", path)):
            prefix = m[1] or ""
            edition = "kk" if prefix else "ru"
            children = [(f"/sitemaps/{prefix}sitemap-news-{y}-{mo:02d}.xml",
                         self._lastmod("tengrinews", edition, (y, mo)))
                        for y, mo in _months(self.corpus.start, self.corpus.end)]
            return Reply(200, render.sitemap_index("https://tengrinews.kz", children).encode(),
                         "application/xml")
        if host == "tengrinews.kz" and (
            m := re.fullmatch(r"/sitemaps/(kk-)?sitemap-news-(\d{4})-(\d{2})\.xml", path)
        ):
            edition = "kk" if m[1] else "ru"
            month = (int(m[2]), int(m[3]))
            items = self._month("tengrinews", edition, month)
            # The real index carries malformed entries for sub-brands; crawlers must skip them.
            broken = (f"https://tengrinews.kzhttps://tengrisport.kz/football/match-{month[1]}/",)
            return Reply(200, render.urlset(items, broken).encode(), "application/xml")
        if path == "/news.rss":
            items = self._edition("tengrinews", lang)[:30]
            return Reply(200, render.rss("Tengrinews", f"https://{host}/", items).encode(),
                         "application/rss+xml")
        if m := re.fullmatch(r"/([a-z_]+)/[^/]*-(\d+)/", path):
            article = self._by_number.get((host, int(m[2])))
            return self._article_reply(article, render.tengrinews_article) if article else Reply(404)
        return Reply(404)


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
            fault = site.faults.pick(f"https://{host}{self.path}") if reply.article else None
            if fault == "timeout":
                time.sleep(site.faults.timeout_seconds)
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
                 faults: Faults | None = None):
        self.site = MirrorSite(corpus, faults)
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
