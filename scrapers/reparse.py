"""Rebuild landed batches from the raw archive, without the network.

For each archived run, the article pages it parsed (``Archive.pages``) are read back from their
WARC records and parsed again with the current parsers, with the fetch time and the HTTP headers
the crawl saw, then validated, de-duplicated and written exactly as the crawl writes a batch. With
unchanged parsers the result is byte-identical to the crawl's batch; after a parser fix, years of
history are re-extracted in minutes. Pages the crawl failed to parse are tried again too.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from qysym.contract import OUTLETS, ContractError, validate_article
from qysym.warehouse import QysymError
from scrapers.archive import Archive, UnreadableRecordError
from scrapers.items import article_item, dedup_key
from scrapers.outlets import outlet as registered
from scrapers.pages.common import ParseError, encoding_from_content_type
from scrapers.pipelines import BatchWriter, batch_path, drop_reason, write_report
from scrapers.spiders.base import published_after


@dataclass
class ReparseResult:
    outlet: str
    run_id: str
    batch: Path
    pages: int = 0
    landed: int = 0
    failed: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict:
        return {
            "outlet": self.outlet,
            "run_id": self.run_id,
            "landing_file": str(self.batch),
            "pages": self.pages,
            "landed": self.landed,
            "failed": self.failed,
            "dropped": self.dropped,
            "seconds": round(self.seconds, 3),
        }


def archived_runs(data_dir: Path, outlet: str) -> list[dict]:
    folder = data_dir / "archive" / f"outlet={outlet}"
    if not (folder / "index.sqlite3").exists():
        return []
    archive = Archive(data_dir / "archive", outlet)
    try:
        return archive.runs()
    finally:
        archive.close()


def reparse_run(
    data_dir: Path,
    outlet: str,
    run: dict,
    progress: Callable[[str], None] | None = None,
    batch: Path | None = None,
) -> ReparseResult:
    """Parse one run's archived article pages again and write its batch (or ``batch``)."""
    pages_module = registered(outlet).pages
    run_id = run["run_id"]
    target = batch or batch_path(data_dir, outlet, run["since"], run_id)
    result = ReparseResult(outlet, run_id, target)
    failed: Counter = Counter()
    dropped: Counter = Counter()
    seen: set[tuple[str, str, str]] = set()
    until = date.fromisoformat(run["until"])
    started = time.perf_counter()
    archive = Archive(data_dir / "archive", outlet)
    writer = BatchWriter(target)
    unreadable: list[str] = []
    try:
        pages = archive.pages(run_id)
        if not pages and not target.exists():
            return result  # a run that parsed nothing (it failed) has no batch to rebuild
        for number, page in enumerate(pages, 1):
            try:
                stored = archive.read(page.record_id)
            except UnreadableRecordError as exc:
                unreadable.append(str(exc))
                continue
            result.pages += 1
            encoding = encoding_from_content_type(stored.header("Content-Type"))
            try:
                parsed = pages_module.parse_article(
                    stored.url, stored.body, stored.fetched_at, page.lang or None,
                    declared_encoding=encoding,
                )
            except ParseError as error:
                failed[f"parse/{error.field}"] += 1
                continue
            except Exception:  # a parser bug costs one page, as in the crawl
                failed["parse/unexpected"] += 1
                continue
            if published_after(parsed, until):
                continue  # the crawl skipped it too (listed for an edit, published later)
            item = article_item(parsed, run_id)
            try:
                validate_article(item)
            except ContractError as error:
                dropped[drop_reason(error)] += 1
                continue
            key = dedup_key(item)
            if key in seen:
                dropped["duplicate_version"] += 1
                continue
            seen.add(key)
            writer.add(item)
            if progress and number % 1000 == 0:
                progress(f"{outlet} {run_id}: {number}/{len(pages)} pages re-parsed")
        if unreadable:
            # a batch rebuilt without them would hold fewer articles than the one it replaces
            raise QysymError(f"{outlet} run {run_id}: {len(unreadable)} of {len(pages)} archived "
                             f"pages cannot be read (first: {unreadable[0]}); its landed batch was "
                             "left as it was: crawl the interval again with --refetch to fetch "
                             "them again")
        lost = _lost_articles(target, writer)
        if lost:
            raise QysymError(f"{outlet} run {run_id}: the rebuild would lose {len(lost)} article(s) "
                             f"its landed batch holds (e.g. {', '.join(sorted(lost)[:3])}); the "
                             "batch was left as it was (see the parse failures: "
                             f"{dict(sorted(failed.items())) or 'none'})")
        writer.commit(replace=True)
    finally:
        writer.close()
        archive.close()
    result.landed = len(writer)
    result.failed = dict(sorted(failed.items()))
    result.dropped = dict(sorted(dropped.items()))
    result.seconds = time.perf_counter() - started
    if batch is None:
        write_report(target.with_suffix(".reparse.json"), result.to_json())
    return result


def _lost_articles(target: Path, writer: BatchWriter) -> set[str]:
    """Articles (native ids) of the batch at ``target`` that the rebuild in ``writer`` lacks: a
    rebuild replaces its run's batch only when it keeps every article, so a worse parser, a
    broken archive or an empty page list never takes away what was landed."""
    if not target.exists():
        return set()
    before: set[str] = set()
    with target.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                before.add(json.loads(line)["native_id"])
            except (ValueError, KeyError, TypeError):
                continue  # an unreadable line is the landing gate's business
    return before - {key[0] for key, _, _ in writer.index}


def reparse(
    data_dir: Path,
    outlets: list[str] | None = None,
    run_id: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[ReparseResult]:
    """Re-parse every archived run (of ``outlets``, or only ``run_id``) into its landed batch."""
    results = []
    for outlet in outlets or list(OUTLETS):
        for run in archived_runs(data_dir, outlet):
            if run_id and run["run_id"] != run_id:
                continue
            result = reparse_run(data_dir, outlet, run, progress)
            if progress:
                progress(f"{outlet} {run['run_id']}: {result.pages} pages -> {result.landed} "
                         f"lines in {result.batch} ({result.seconds:.1f} s)")
            results.append(result)
    return results
