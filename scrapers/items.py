"""The item the spiders yield: a plain dict shaped by ``qysym.contract`` (the one schema).

Scrapy accepts dicts as items; keeping them plain means the landed JSON line, the validation in
``scrapers.pipelines`` and the dbt sources all read the same keys in the same order.
"""

from __future__ import annotations

from qysym.contract import FIELD_NAMES


def article_item(parsed: dict, run_id: str) -> dict:
    """A parser's output plus ``run_id``, keys in contract order (unknown keys kept last, so the
    validation pipeline can reject them by name)."""
    merged = {**parsed, "run_id": run_id}
    ordered = {name: merged[name] for name in FIELD_NAMES if name in merged}
    ordered.update({k: v for k, v in merged.items() if k not in ordered})
    return ordered


def dedup_key(item: dict) -> tuple[str, str, str]:
    """One version of one article: identity plus content."""
    return (item["outlet"], item["native_id"], item["content_hash"])


def sort_key(item: dict) -> tuple[str, str]:
    """Line order in a landed file, so reruns are byte-stable apart from ``fetched_at``."""
    return (item["native_id"], item["content_hash"])
