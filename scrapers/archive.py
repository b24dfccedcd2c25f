"""The raw archive: every fetched response in WARC files, indexed so pages are never fetched twice.

Layout (per outlet, under ``<data>/archive/outlet=<slug>/``):

- ``<run_id>.<UTC stamp>.warc.gz``: one file per crawl attempt, a request and a response record
  per fetch (sitemaps, listings, robots.txt, redirects and error answers included), each record
  its own gzip member, so a crash leaves every finished record readable;
- ``index.sqlite3``: where each record is (file, offset), plus which article pages each run
  parsed from which record and with what outcome. ``qysym reparse`` rebuilds a run's landed
  batch from exactly those records, without the network.

:class:`ArchiveMiddleware` (a downloader middleware) writes the records and, for article pages
(requests carrying ``meta["qysym_native_id"]``), answers from the archive instead of the network
when the article was already fetched and parsed, unless the sitemap's ``lastmod`` says it changed
since, or the run asked to refetch (``-s QYSYM_REFETCH=1``). That makes any backfill resumable
after a crash: the rerun fetches only what it did not already hold. Discovery pages (sitemaps,
listings) are always fetched: they change.
"""

from __future__ import annotations

import http
import io
import logging
import os
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


class UnreadableRecordError(Exception):
    """An archived response that cannot be read back: its WARC file is truncated or corrupt."""

SCHEMA = """
create table if not exists records (
    id integer primary key,
    warc text not null,          -- path relative to the outlet's archive folder
    offset integer not null,
    length integer not null,
    url text not null,
    status integer not null,
    fetched_at text not null,    -- UTC, seconds precision, as in WARC-Date
    run_id text not null,
    native_id text               -- set for article pages
);
create index if not exists records_by_native_id on records (native_id);
create table if not exists runs (
    run_id text primary key,
    since text not null,
    until text not null,
    editions text not null,
    updated_at text not null
);
create table if not exists pages (
    run_id text not null,
    native_id text not null,
    url text not null,
    lang text not null,
    record_id integer not null references records (id),
    outcome text not null,       -- 'parsed' or 'failed:<reason>'
    attempt text not null,       -- the WARC file of the attempt that noted it
    primary key (run_id, native_id)
);
"""
# Headers about the transfer: the body is stored de-chunked, with its real length.
_TRANSFER_HEADERS = {b"transfer-encoding", b"content-length"}


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class StoredResponse:
    """One archived response, as the parsers need it."""

    record_id: int
    url: str
    status: int
    headers: list[tuple[str, str]]  # Content-Encoding left out: the body is decoded
    body: bytes
    fetched_at: datetime

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


@dataclass(frozen=True)
class ArchivedPage:
    """An article page a run parsed: where its response is and what came of it."""

    native_id: str
    url: str
    lang: str
    record_id: int
    outcome: str


class Archive:
    """One outlet's WARC files and their index."""

    def __init__(self, root: Path, outlet: str):
        self.outlet = outlet
        self.folder = Path(root) / f"outlet={outlet}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.folder / "index.sqlite3", timeout=60, isolation_level=None)
        self.db.execute("pragma journal_mode=wal")
        self.db.execute("pragma synchronous=normal")
        self.db.executescript(SCHEMA)
        self._writer: WARCWriter | None = None
        self._file = None
        self._warc_name: str | None = None
        self._run_id: str | None = None

    # --- writing -----------------------------------------------------------------------------

    @property
    def warc_path(self) -> Path | None:
        return self.folder / self._warc_name if self._warc_name else None

    def start_run(self, run_id: str, since: str, until: str, editions: list[str], user_agent: str):
        """Open this attempt's WARC file and register the run (a rerun updates its window)."""
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        self._warc_name = f"{run_id}.{stamp}.{os.getpid()}.warc.gz"
        self._file = (self.folder / self._warc_name).open("ab")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.0")
        info = {
            "software": "qysym (Scrapy)",
            "format": "WARC File Format 1.0",
            "http-header-user-agent": user_agent,
            "isPartOf": run_id,
        }
        self._write(self._writer.create_warcinfo_record(self._warc_name, info))
        self.db.execute(
            "insert into runs values (?, ?, ?, ?, ?) on conflict (run_id) do update set "
            "since = excluded.since, until = excluded.until, editions = excluded.editions, "
            "updated_at = excluded.updated_at",
            (run_id, since, until, ",".join(editions), _iso(utc_now())),
        )
        self._run_id = run_id

    def _write(self, record) -> tuple[int, int]:
        start = self._file.tell()
        self._writer.write_record(record)
        self._file.flush()
        return start, self._file.tell() - start

    def record(
        self,
        *,
        run_id: str,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        request_headers: list[tuple[str, str]],
        fetched_at: datetime,
        native_id: str | None,
    ) -> int:
        """Append a request and its response to the WARC file; return the response record's id."""
        date = _iso(fetched_at)
        target = url.split("#", 1)[0]
        path = target.split("/", 3)[3] if target.count("/") >= 3 else ""
        request = self._writer.create_warc_record(
            target,
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET /{path} HTTP/1.1", request_headers,
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": date},
        )
        self._write(request)
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        kept = [(k, v) for k, v in headers if k.lower().encode() not in _TRANSFER_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        response = self._writer.create_warc_record(
            target,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=StatusAndHeaders(f"{status} {reason}", kept, protocol="HTTP/1.1"),
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": request.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        offset, length = self._write(response)
        cursor = self.db.execute(
            "insert into records (warc, offset, length, url, status, fetched_at, run_id, native_id)"
            " values (?, ?, ?, ?, ?, ?, ?, ?)",
            (self._warc_name, offset, length, url, status, date, run_id, native_id),
        )
        return cursor.lastrowid

    def note_page(self, run_id: str, native_id: str, url: str, lang: str, record_id: int,
                  outcome: str) -> None:
        self.db.execute(
            "insert or replace into pages values (?, ?, ?, ?, ?, ?, ?)",
            (run_id, native_id, url, lang, record_id, outcome, self._warc_name),
        )

    def finish_run(self) -> None:
        """A finished attempt's page list replaces the older attempts' (pages it no longer
        reached drop out); an attempt that crashed leaves the list to be completed by a rerun."""
        self.db.execute("delete from pages where run_id = ? and attempt != ?",
                        (self._run_id, self._warc_name))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            self._writer = None
        self.db.close()

    # --- reading -----------------------------------------------------------------------------

    def lookup(self, native_id: str, changed_since: datetime | None = None) -> int | None:
        """The newest archived response of an article some run parsed, unless it is older than
        ``changed_since`` (a sitemap ``lastmod`` newer than our copy means the page was edited)."""
        row = self.db.execute(
            "select r.id, r.fetched_at from pages p join records r on r.id = p.record_id "
            "where p.native_id = ? and p.outcome = 'parsed' and r.status = 200 "
            "order by r.fetched_at desc, r.id desc limit 1",
            (native_id,),
        ).fetchone()
        if row is None:
            return None
        if changed_since is not None and _parse_iso(row[1]) < changed_since:
            return None
        return row[0]

    def read(self, record_id: int) -> StoredResponse:
        row = self.db.execute(
            "select warc, offset, url, status, fetched_at from records where id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no archived record {record_id} for {self.outlet}")
        warc, offset, url, status, fetched_at = row
        path = self.folder / warc
        try:
            with path.open("rb") as handle:
                handle.seek(offset)
                record = next(iter(ArchiveIterator(handle)), None)
                if record is None:
                    raise UnreadableRecordError(f"{path}: no record at byte {offset} (the file is "
                                           "truncated)")
                headers = list(record.http_headers.headers) if record.http_headers else []
                # content_stream() undoes any Content-Encoding, as Scrapy did for the crawl.
                body = record.content_stream().read()
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
            raise UnreadableRecordError(f"{path}: the record at byte {offset} cannot be read "
                                   f"({type(exc).__name__}: {exc})") from None
        headers = [(k, v) for k, v in headers if k.lower() != "content-encoding"]
        return StoredResponse(record_id, url, status, headers, body, _parse_iso(fetched_at))

    def runs(self) -> list[dict]:
        rows = self.db.execute("select run_id, since, until, editions from runs order by run_id")
        return [
            {"run_id": r[0], "since": r[1], "until": r[2], "editions": r[3].split(",")}
            for r in rows
        ]

    def pages(self, run_id: str) -> list[ArchivedPage]:
        rows = self.db.execute(
            "select native_id, url, lang, record_id, outcome from pages where run_id = ? "
            "order by native_id",
            (run_id,),
        )
        return [ArchivedPage(*row) for row in rows]

    def stats(self) -> dict:
        records, files = self.db.execute(
            "select count(*), count(distinct warc) from records").fetchone()
        return {"records": records, "files": files}


class ArchiveMiddleware:
    """Write every response to the run's WARC file; answer article pages from the archive.

    Sits closest to the downloader (after the HTTP cache), so it sees responses exactly as they
    came off the wire (redirects and error statuses too) and nothing served from a cache.
    Settings: ``QYSYM_ARCHIVE_ENABLED`` (default on), ``QYSYM_REFETCH`` (fetch article pages
    even when archived).
    """

    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        if not settings.getbool("QYSYM_ARCHIVE_ENABLED", True):
            raise NotConfigured  # no message: a deliberate switch, not worth a warning
        self.crawler = crawler
        self.root = Path(settings.get("QYSYM_DATA_DIR") or "data") / "archive"
        self.refetch = settings.getbool("QYSYM_REFETCH")
        self.user_agent = settings.get("USER_AGENT") or ""
        self.archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider) -> None:
        self.archive = Archive(self.root, spider.name)
        self.archive.start_run(spider.run_id, spider.since.isoformat(), spider.until.isoformat(),
                               list(spider.editions), self.user_agent)
        spider.archive = self.archive
        logger.info("archiving responses to %s", self.archive.warc_path)

    def spider_closed(self, spider, reason: str) -> None:
        if self.archive is not None:
            if reason == "finished":
                self.archive.finish_run()
            self.crawler.stats.set_value("qysym/archive/file", str(self.archive.warc_path))
            self.archive.close()
            spider.archive = None
            self.archive = None

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(f"qysym/archive/{key}")

    def process_request(self, request: Request):
        native_id = request.meta.get("qysym_native_id")
        if self.archive is None or not native_id or self.refetch:
            return None
        record_id = self.archive.lookup(native_id, request.meta.get("qysym_lastmod"))
        if record_id is None:
            return None
        try:
            stored = self.archive.read(record_id)
        except UnreadableRecordError as exc:
            # a truncated or corrupt archive file: fetch the page again rather than fail it
            logger.warning("archived copy unreadable, fetching %s again: %s", request.url, exc)
            self._inc("unreadable")
            return None
        request.meta["qysym_fetched_at"] = stored.fetched_at
        request.meta["qysym_record_id"] = record_id
        self._inc("served")
        headers = Headers(stored.headers)
        cls = responsetypes.from_args(headers=headers, url=stored.url, body=stored.body)
        return cls(url=stored.url, status=stored.status, headers=headers, body=stored.body,
                   flags=["archived"], request=request)

    def process_response(self, request: Request, response: Response):
        if self.archive is None or "archived" in response.flags or "cached" in response.flags:
            return response
        fetched_at = utc_now()
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, values in response.headers.items() for v in values]
        request_headers = [(k.decode("latin-1"), v.decode("latin-1"))
                           for k, values in request.headers.items() for v in values]
        # The body as it came off the wire (still content-encoded, if it was): readers decode it.
        body = response.body
        record_id = self.archive.record(
            run_id=self.crawler.spider.run_id,
            url=response.url,
            status=response.status,
            headers=headers,
            body=body,
            request_headers=request_headers,
            fetched_at=fetched_at,
            native_id=request.meta.get("qysym_native_id"),
        )
        request.meta["qysym_fetched_at"] = fetched_at
        request.meta["qysym_record_id"] = record_id
        self._inc("written")
        return response


