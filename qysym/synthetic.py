"""A synthetic landing zone of any size, for the warehouse benchmark (``make bench``).

Articles are composed from a pool of sample-mirror stories (Russian, Kazakh and English, every
kind, pressure and hard negatives included): each takes one story's headline, lead and paragraphs
and is padded with paragraphs of other stories to a realistic length (log-normal, median about
2,400 characters, as news articles run). They are written as contract-valid landed batches, one
per outlet and month, exactly where crawls land them, so the benchmark builds the real models over
the real source path.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from qysym.contract import FIELD_NAMES, content_hash
from scrapers.outlets import outlets

POOL_PER_LANG = 4000


def edition_weights() -> dict[tuple[str, str], float]:
    """Each edition's share of the stream (roughly the mirror's publishing rates), as every
    registered outlet's outlet.yaml gives it (synthetic.weights; an edition it leaves out: 1)."""
    return {(slug, lang): outlet.synthetic_weights.get(lang, 1.0)
            for slug, outlet in outlets().items() for lang in outlet.langs}


def story_pool(seed: int) -> dict[str, list]:
    from qysym.mirror.stories import KINDS, make_story

    rng = random.Random(seed)
    # As in real coverage: most news is neutral; ~8% pressure stories, ~12% hard negatives.
    pressure_kinds = len(KINDS) - 2
    weights = [0.80 if k == "neutral" else 0.12 if k == "hard_negative" else 0.08 / pressure_kinds
               for k in KINDS]
    pool = {}
    for lang in ("ru", "kk", "en"):
        pool[lang] = [
            make_story(rng, lang, rng.choices(KINDS, weights)[0],
                       date(2016, 1, 1) + timedelta(days=rng.randrange(3650)))
            for _ in range(POOL_PER_LANG)
        ]
    return pool


def _months(start: date, count: int) -> list[date]:
    months, year, month = [], start.year, start.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _month_end(first: date) -> date:
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def write_landing(
    data_dir: Path,
    n_articles: int,
    *,
    start: date = date(2016, 1, 1),
    months: int = 120,
    seed: int = 1,
    id_offset: int = 0,
    run_suffix: str = "",
    progress: Callable[[str], None] | None = None,
    pool: dict[str, list] | None = None,
) -> list[Path]:
    """Write ``n_articles`` articles over ``months`` months from ``start``; return the batches."""
    rng = random.Random(seed)
    pool = pool or story_pool(seed)
    registry = outlets()
    shares = edition_weights()
    editions = list(shares)
    weights = [shares[e] for e in editions]
    month_list = _months(start, months)
    per_month = [n_articles // months + (i < n_articles % months) for i in range(months)]
    written: list[Path] = []
    fetched = datetime(2026, 12, 1, tzinfo=UTC).isoformat()
    serial = id_offset
    for month, count in zip(month_list, per_month, strict=True):
        end = _month_end(month)
        run_id = f"crawl_{month:%Y%m%d}_{end:%Y%m%d}{run_suffix}"
        handles = {}
        lines: dict[str, int] = {}
        try:
            for _ in range(count):
                outlet, lang = rng.choices(editions, weights)[0]
                serial += 1
                story = rng.choice(pool[lang])
                target = int(math.exp(rng.gauss(math.log(2400), 0.45)))
                paragraphs = list(story.paragraphs)
                while sum(map(len, paragraphs)) < target:
                    paragraphs.extend(rng.choice(pool[lang]).paragraphs[:2])
                body = "\n\n".join(paragraphs)
                day = month + timedelta(days=rng.randrange((end - month).days + 1))
                published = datetime(day.year, day.month, day.day, rng.randrange(1, 18),
                                     rng.randrange(60), tzinfo=UTC)
                native_id = registry[outlet].native_id(lang, serial)
                item = {
                    "outlet": outlet, "lang": lang,
                    "url": f"https://synthetic.{outlet}.example/a/{serial}.html",
                    "native_id": native_id, "title": story.title, "lead": story.lead,
                    "body": body, "authors": [], "section": "news", "tags": [],
                    "published_at": published.isoformat(), "modified_at": None,
                    "fetched_at": fetched,
                    "content_hash": content_hash(story.title, story.lead, body),
                    "parser_version": "synthetic/1", "layers": {"title": "selectors",
                                                               "body": "selectors"},
                    "run_id": run_id,
                }
                if outlet not in handles:
                    folder = data_dir / "landing" / f"outlet={outlet}" / f"date={month}"
                    folder.mkdir(parents=True, exist_ok=True)
                    path = folder / f"{run_id}.jsonl"
                    handles[outlet] = path.open("w", encoding="utf-8")
                    written.append(path)
                handles[outlet].write(
                    json.dumps({k: item[k] for k in FIELD_NAMES}, ensure_ascii=False) + "\n")
                lines[outlet] = lines.get(outlet, 0) + 1
        finally:
            for handle in handles.values():
                handle.close()
        for outlet, handle in handles.items():
            # the crawl report a real run writes beside its batch (the landing gate reads it)
            count = lines.get(outlet, 0)
            report = {
                "outlet": outlet, "run_id": run_id, "since": month.isoformat(),
                "until": end.isoformat(), "editions": list(registry[outlet].langs), "status": "ok",
                "finish_reason": "finished",
                "counts": {"discovered": count, "parsed": count, "failed": 0, "skipped": 0,
                           "landed": count, "dropped": 0, "discovery_failed": 0},
                "reconciles": True, "failures": [],
            }
            Path(handle.name).with_suffix(".report.json").write_text(
                json.dumps(report, indent=2) + "\n", encoding="utf-8")
        if progress and month.month == 12:
            progress(f"landed {serial - id_offset:,} of {n_articles:,} synthetic articles")
    return written
