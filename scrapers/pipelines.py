"""Item pipelines: validate against the contract, drop duplicate versions, land a JSONL batch.

Stats written under ``qysym/`` (by these pipelines and by the spiders) feed the run report that
:class:`LandingPipeline` writes beside the batch:

- ``qysym/discovered`` article pages queued; ``qysym/parsed`` pages turned into items;
- ``qysym/failed/<reason>`` article pages lost (``http_503``, ``timeout``, ``parse/<field>`` …);
- ``qysym/discovery_failed/<reason>`` sitemap or listing pages lost;
- ``qysym/skipped/<reason>`` pages or items left out on purpose (``out_of_window``,
  ``duplicate_url``, ``duplicate``, ``malformed_url`` …);
- ``qysym/dropped/<reason>`` items that broke the contract; ``qysym/landed`` lines written.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
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
            self.inc("skipped/duplicate")
            raise DropItem(f"duplicate version of {key[0]}:{key[1]}", log_level="DEBUG")
        self.seen.add(key)
        return item


class LandingPipeline(_StatsPipeline):
    """Write ``landing/outlet=<slug>/date=<since>/<run_id>.jsonl`` atomically, plus a report.

    Lines are spooled to disk as they arrive, then sorted by (native_id, content_hash) into a
    ``.tmp`` file that is renamed over the batch on close, so a reader never sees half a batch
    and a rerun of the same run_id replaces it. A run that did not finish, or whose discovery
    failed outright, keeps the previous batch and only writes its report.
    """

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.data_dir = Path(crawler.settings.get("QYSYM_DATA_DIR") or "data")
        self.index: list[tuple[tuple[str, str], int, int]] = []
        self.layers: dict[str, Counter] = {}
        self.spool = None

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

    def batch_dir(self) -> Path:
        spider = self.spider
        return (
            self.data_dir / "landing" / f"outlet={spider.name}" / f"date={spider.since.isoformat()}"
        )

    def open_spider(self) -> None:
        directory = self.batch_dir()
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"{self.spider.run_id}.jsonl"
        self.report_path = directory / f"{self.spider.run_id}.report.json"
        self.spool_path = self.path.with_suffix(".jsonl.spool")
        self.spool = self.spool_path.open("w+b")

    def process_item(self, item: dict) -> dict:
        line = json.dumps({k: item.get(k) for k in FIELD_NAMES}, ensure_ascii=False) + "\n"
        data = line.encode("utf-8")
        offset = self.spool.tell()
        self.spool.write(data)
        self.index.append((sort_key(item), offset, len(data)))
        for name in item.get("layers") or {}:
            self.layers.setdefault(name, Counter())[item["layers"][name]] += 1
        self.inc("landed")
        return item

    def close_spider(self) -> None:
        if self.spool is not None:
            self.spool.flush()

    def finalise(self, spider, reason: str) -> None:
        if self.spool is None:
            return
        report = self.build_report(self.crawler.stats.get_stats(), reason)
        try:
            if report["status"] != "failed":
                self._write_batch()
        finally:
            self.spool.close()
            self.spool = None
            self.spool_path.unlink(missing_ok=True)
        report["landing_file"] = str(self.path) if report["status"] != "failed" else None
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        _atomic_write(self.report_path, text.encode("utf-8"))
        logger.info(
            "run %s: %s, %s lines landed in %s",
            report["run_id"], report["status"], report["counts"]["landed"], self.path,
        )

    def _write_batch(self) -> None:
        tmp = self.path.with_suffix(".jsonl.tmp")
        self.spool.flush()
        with tmp.open("wb") as out:
            for _, offset, length in sorted(self.index):
                self.spool.seek(offset)
                out.write(self.spool.read(length))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)

    def build_report(self, stats: dict, reason: str) -> dict:
        def group(kind: str) -> dict[str, int]:
            prefix = f"{STATS_PREFIX}{kind}/"
            return dict(sorted((k[len(prefix):], v) for k, v in stats.items()
                               if k.startswith(prefix)))

        failed, skipped, dropped = group("failed"), group("skipped"), group("dropped")
        discovery_failed = group("discovery_failed")
        discovered = stats.get(f"{STATS_PREFIX}discovered", 0)
        landed = len(self.index)
        if reason != "finished" or (discovered == 0 and discovery_failed):
            status = "failed"
        elif failed or dropped or discovery_failed:
            status = "partial"
        else:
            status = "ok"
        spider = self.spider
        return {
            "outlet": spider.name,
            "run_id": spider.run_id,
            "since": spider.since.isoformat(),
            "until": spider.until.isoformat(),
            "editions": list(spider.editions),
            "status": status,
            "finish_reason": reason,
            "counts": {
                "discovered": discovered,
                "parsed": stats.get(f"{STATS_PREFIX}parsed", 0),
                "landed": landed,
                "failed": sum(failed.values()),
                "discovery_failed": sum(discovery_failed.values()),
                "dropped": sum(dropped.values()),
                "skipped": sum(skipped.values()),
            },
            "failed": failed,
            "discovery_failed": discovery_failed,
            "dropped": dropped,
            "skipped": skipped,
            "layers": {
                name: {layer: round(counts[layer] / landed, 4) for layer in LAYERS}
                for name, counts in sorted(self.layers.items())
            },
        }


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
