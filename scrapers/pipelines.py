"""Item pipelines: validate against the contract, drop duplicate versions, land a JSONL batch.

Stats written under ``qysym/`` (by these pipelines and by the spiders) feed the run report that
:class:`LandingPipeline` writes beside the batch:

- ``qysym/discovered`` article URLs found; each ends in exactly one of
  ``qysym/parsed`` (turned into an item), ``qysym/failed/<reason>`` (lost: ``http_503``,
  ``timeout``, ``parse/<field>``, ``offsite_redirect`` …) or ``qysym/skipped/<reason>`` (left out
  on purpose: ``out_of_window``, ``duplicate_url``, ``malformed_url``, ``robots`` …);
- ``qysym/dropped/<reason>`` parsed items not landed (contract violations, ``duplicate_version``);
  ``qysym/landed`` lines written: ``parsed == landed + dropped``;
- ``qysym/discovery_failed/<reason>``, ``qysym/discovery_skipped/<reason>`` sitemap or listing
  pages lost or not followed; ``qysym/archive/<written|served>`` responses archived or answered
  from the archive.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import secrets
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import DropItem

from qysym.contract import FIELD_NAMES, LAYERS, ContractError, validate_article
from scrapers.items import dedup_key, sort_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
STATS_PREFIX = "qysym/"


def stats_group(stats: dict, kind: str) -> dict[str, int]:
    """The counts under ``qysym/<kind>/`` (``failed``, ``skipped``…) by reason, sorted."""
    prefix = f"{STATS_PREFIX}{kind}/"
    return dict(sorted((k[len(prefix):], v) for k, v in stats.items()
                       if k.startswith(prefix) and isinstance(v, int)))


_REASONS_BY_PREFIX = (
    ("unknown fields", "unknown_fields"),
    ("unknown outlet", "invalid_outlet"),
    ("language", "invalid_lang"),
    ("unknown extraction layers", "invalid_layers"),
    ("content_hash does not match", "invalid_content_hash"),
)


def drop_reason(error: ContractError) -> str:
    """A short stats key for a contract violation: ``missing_title``, ``invalid_published_at``…"""
    message = str(error)
    field = re.search(r"field '([a-z_]+)'", message)
    if message.startswith("missing required field") and field:
        return f"missing_{field.group(1)}"
    if field:
        return f"invalid_{field.group(1)}"
    for prefix, reason in _REASONS_BY_PREFIX:
        if message.startswith(prefix):
            return reason
    return re.sub(r"[^a-z]+", "_", message.lower()).strip("_")[:40] or "invalid"


class _StatsPipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls(crawler)

    def inc(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(STATS_PREFIX + key, count)


class ValidationPipeline(_StatsPipeline):
    """Drop (and count, by reason) every item that does not satisfy ``validate_article``."""

    def process_item(self, item: dict) -> dict:
        try:
            return validate_article(item)
        except ContractError as error:
            reason = drop_reason(error)
            self.inc(f"dropped/{reason}")
            raise DropItem(f"contract: {error} ({item.get('url')})") from error


class DedupPipeline(_StatsPipeline):
    """Land one line per (outlet, native_id, content_hash) within a run."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.seen: set[tuple[str, str, str]] = set()

    def process_item(self, item: dict) -> dict:
        key = dedup_key(item)
        if key in self.seen:
            self.inc("dropped/duplicate_version")
            raise DropItem(f"duplicate version of {key[0]}:{key[1]}", log_level="DEBUG")
        self.seen.add(key)
        return item


class BatchWriter:
    """One landed batch: lines spooled as they come, then sorted into place atomically.

    Lines are spooled to disk as they arrive, then sorted by (native_id, content_hash) into a
    ``.tmp`` file that :meth:`commit` links into place, so a reader never sees half a batch. A
    crawl's batch never replaces an existing file (every run has its own run id: landing is
    append-only); ``qysym reparse`` rebuilds a run's batch in place (``replace=True``) once it has
    checked that the rebuild loses nothing. Used by both, so both write byte-identical files from
    the same items.
    """

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.spool_path = path.with_suffix(".jsonl.spool")
        self.spool = self.spool_path.open("w+b")
        fcntl.flock(self.spool, fcntl.LOCK_EX)  # held while we live: see clean_leftovers
        self.index: list[tuple[tuple[str, str], int, int]] = []
        self.layers: dict[str, Counter] = {}

    def __len__(self) -> int:
        return len(self.index)

    def add(self, item: dict) -> None:
        line = json.dumps({k: item.get(k) for k in FIELD_NAMES}, ensure_ascii=False) + "\n"
        data = line.encode("utf-8")
        offset = self.spool.tell()
        self.spool.write(data)
        self.index.append((sort_key(item), offset, len(data)))
        for name in item.get("layers") or {}:
            self.layers.setdefault(name, Counter())[item["layers"][name]] += 1

    def flush(self) -> None:
        self.spool.flush()

    def commit(self, replace: bool = False) -> None:
        tmp = self.path.with_suffix(".jsonl.tmp")
        self.spool.flush()
        with tmp.open("wb") as out:
            fcntl.flock(out, fcntl.LOCK_EX)
            for _, offset, length in sorted(self.index):
                self.spool.seek(offset)
                out.write(self.spool.read(length))
            out.flush()
            os.fsync(out.fileno())
        if replace:
            os.replace(tmp, self.path)
            return
        try:
            os.link(tmp, self.path)  # fails if the batch exists: landing never overwrites
        finally:
            tmp.unlink(missing_ok=True)

    def close(self) -> None:
        self.spool.close()
        self.spool_path.unlink(missing_ok=True)

    def layer_shares(self) -> dict[str, dict[str, float]]:
        """Per field, the share of landed lines each extraction layer produced."""
        total = len(self.index)
        return {
            name: {layer: round(counts[layer] / total, 4) for layer in LAYERS}
            for name, counts in sorted(self.layers.items())
        }


class LandingPipeline(_StatsPipeline):
    """Write ``landing/outlet=<slug>/date=<since>/<run_id>.jsonl`` atomically, plus a report.

    Append-only: every run has its own run id, and a run whose batch or report already exists is
    refused before it fetches anything. A run that did not finish, or whose discovery failed
    outright, lands no batch and only writes its report; earlier runs' batches are never touched.
    """

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.data_dir = Path(crawler.settings.get("QYSYM_DATA_DIR") or "data")
        self.batch: BatchWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        pipeline = cls(crawler)
        # The batch is finalised on spider_closed, not close_spider: only the signal carries the
        # finish reason, and a run that did not finish must not replace the previous batch.
        crawler.signals.connect(pipeline.finalise, signal=signals.spider_closed)
        return pipeline

    @property
    def spider(self):
        return self.crawler.spider

    def open_spider(self) -> None:
        spider = self.spider
        self.path = batch_path(self.data_dir, spider.name, spider.since.isoformat(), spider.run_id)
        self.report_path = self.path.with_suffix(".report.json")
        for existing in (self.path, self.report_path):
            if existing.exists():
                raise FileExistsError(f"run {spider.run_id} already landed {existing}: landing is "
                                      "append-only, give the run a new run_id")
        for leftover in clean_leftovers(self.data_dir / "landing" / f"outlet={spider.name}"):
            logger.info("removed %s, left by a run that was killed", leftover)
        self.batch = BatchWriter(self.path)

    def process_item(self, item: dict) -> dict:
        self.batch.add(item)
        self.inc("landed")
        return item

    def close_spider(self) -> None:
        if self.batch is not None:
            self.batch.flush()

    def finalise(self, spider, reason: str) -> None:
        if self.batch is None:
            return
        report = self.build_report(self.crawler.stats.get_stats(), reason)
        try:
            if report["status"] != "failed":
                self.batch.commit()
        finally:
            self.batch.close()
        report["landing_file"] = str(self.path) if report["status"] != "failed" else None
        write_report(self.report_path, report)
        self.batch = None
        logger.info(
            "run %s: %s, %s lines landed in %s",
            report["run_id"], report["status"], report["counts"]["landed"], self.path,
        )

    def build_report(self, stats: dict, reason: str) -> dict:
        failed, skipped, dropped = (stats_group(stats, kind) for kind in ("failed", "skipped", "dropped"))
        discovery_failed = stats_group(stats, "discovery_failed")
        discovered = stats.get(f"{STATS_PREFIX}discovered", 0)
        parsed = stats.get(f"{STATS_PREFIX}parsed", 0)
        landed = len(self.batch)
        counts = {
            "discovered": discovered,
            "parsed": parsed,
            "failed": sum(failed.values()),
            "skipped": sum(skipped.values()),
            "landed": landed,
            "dropped": sum(dropped.values()),
            "discovery_failed": sum(discovery_failed.values()),
        }
        reconciles = (
            discovered == parsed + counts["failed"] + counts["skipped"]
            and parsed == landed + counts["dropped"]
        )
        if reason != "finished" or (discovered == 0 and discovery_failed):
            status = "failed"
        elif failed or dropped or discovery_failed or not reconciles:
            status = "partial"
        else:
            status = "ok"
        spider = self.spider
        archive = stats_group(stats, "archive")
        archive["file"] = stats.get(f"{STATS_PREFIX}archive/file")
        return {
            "outlet": spider.name,
            "run_id": spider.run_id,
            "since": spider.since.isoformat(),
            "until": spider.until.isoformat(),
            "editions": list(spider.editions),
            "status": status,
            "finish_reason": reason,
            "counts": counts,
            "reconciles": reconciles,
            "failed": failed,
            "skipped": skipped,
            "dropped": dropped,
            "discovery_failed": discovery_failed,
            "discovery_skipped": stats_group(stats, "discovery_skipped"),
            "failures": sorted(getattr(spider, "failures", []),
                               key=lambda f: (f.get("native_id") or "", f["url"])),
            "discovery_failures": sorted(getattr(spider, "discovery_failures", []),
                                         key=lambda f: f["url"]),
            "layers": self.batch.layer_shares(),
            "archive": archive,
        }


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove the spool and temporary files that killed runs left under ``folder``: a live
    writer holds a lock on its own, so only the dead ones' files can be locked here."""
    removed = []
    for path in sorted([*folder.rglob("*.jsonl.spool"), *folder.rglob("*.jsonl.tmp")]):
        try:
            with path.open("rb") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                path.unlink()
                removed.append(path)
        except (BlockingIOError, FileNotFoundError):
            continue
    return removed


def new_run_id(since: date, until: date, now: datetime | None = None) -> str:
    """A crawl run's id: its interval, when it started (UTC) and a random tag, so that no two
    runs, even of the same interval in the same second, ever share a batch, report or spool."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"crawl_{since:%Y%m%d}_{until:%Y%m%d}_{stamp}_{secrets.token_hex(2)}"


def batch_path(data_dir: Path, outlet: str, since: str, run_id: str) -> Path:
    """Where a run's batch lands: ``landing/outlet=<slug>/date=<since>/<run_id>.jsonl``."""
    return data_dir / "landing" / f"outlet={outlet}" / f"date={since}" / f"{run_id}.jsonl"


def write_report(path: Path, report: dict) -> None:
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    _atomic_write(path, text.encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
