"""The article item contract: the one place where the landed record is defined.

Every spider yields items of this shape, the Scrapy item pipeline validates them with
:func:`validate_article`, the landing gate (``expectations/``) checks whole batches against the
same field list, and the dbt sources read exactly these keys. Change a field here and in the
``columns`` of ``models/macros/landing.sql`` together.

One landed line is one *version* of an article: identity is ``(outlet, native_id)``, and an
edited article lands again with a new ``content_hash``.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path


class _Outlets(Mapping):
    """Outlet slug -> the edition languages it publishes, read from the outlet registry
    (scrapers/outlets/) when asked, so an outlet registered by a setting is known everywhere."""

    def _current(self) -> dict[str, tuple[str, ...]]:
        from scrapers.outlets import outlets

        return {slug: outlet.langs for slug, outlet in outlets().items()}

    def __getitem__(self, slug: str) -> tuple[str, ...]:
        return self._current()[slug]

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())

    def __repr__(self) -> str:
        return f"OUTLETS({self._current()!r})"


OUTLETS: Mapping[str, tuple[str, ...]] = _Outlets()

# Where an extracted field came from: the site's own selectors, JSON-LD / OpenGraph, generic
# extraction (trafilatura), or, for the lead only, the body's first paragraph when the page has no
# usable standfirst (its description is missing or site boilerplate).
LAYERS = ("selectors", "jsonld", "generic", "first_paragraph")


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # json type as landed: string, timestamp (ISO 8601 string), list, object
    required: bool
    doc: str


ARTICLE_FIELDS: tuple[Field, ...] = (
    Field("outlet", "string", True, "outlet slug, as registered in scrapers/outlets/"),
    Field("lang", "string", True, "edition language: ru, kk or en"),
    Field("url", "string", True, "canonical URL (after redirects) on the outlet's real domain"),
    Field("native_id", "string", True, "the outlet's own article id; with outlet, the identity"),
    Field("title", "string", True, "headline"),
    Field("lead", "string", False, "standfirst / intro; else the body's first paragraph; empty "
          "string when there is neither"),
    Field("body", "string", True, "body text, paragraphs joined by a blank line, boilerplate removed"),
    Field("authors", "list", True, "author names, possibly empty"),
    Field("section", "string", False, "the outlet's section or rubric"),
    Field("tags", "list", True, "the outlet's tags or keywords, possibly empty"),
    Field("published_at", "timestamp", True, "publication time, UTC, ISO 8601 with offset"),
    Field("modified_at", "timestamp", False, "last modification time, UTC, when the page says"),
    Field("fetched_at", "timestamp", True, "when the page was fetched, UTC"),
    Field("content_hash", "string", True, "sha256 of the normalised title, lead and body"),
    Field("parser_version", "string", True, "version of the page parser that produced the item"),
    Field("layers", "object", True, "field name -> extraction layer (selectors, jsonld, generic, "
          "first_paragraph)"),
    Field("run_id", "string", True, "the crawl run that landed this line"),
)

FIELD_NAMES = tuple(f.name for f in ARTICLE_FIELDS)
REQUIRED = tuple(f.name for f in ARTICLE_FIELDS if f.required)
_SPACE = re.compile(r"\s+")


class ContractError(ValueError):
    """An item does not satisfy the article contract; the message names the field."""


CATEGORIES_SEED = Path(__file__).resolve().parent.parent / "models" / "seeds" / "categories.csv"


@cache
def category_codes() -> tuple[str, ...]:
    """The pressure categories, in the seed's order: models/seeds/categories.csv is their one
    list (the models, the mirror, the evaluation and the tests read it from there)."""
    with CATEGORIES_SEED.open(encoding="utf-8", newline="") as handle:
        return tuple(row["code"] for row in csv.DictReader(handle))


def normalise_text(text: str) -> str:
    """NFC, collapsed white space: what the content hash and comparisons see."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def content_hash(title: str, lead: str, body: str) -> str:
    payload = "\x1f".join(normalise_text(part) for part in (title, lead, body))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _is_utc_iso(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.utcoffset() is not None and parsed.utcoffset().total_seconds() == 0


def validate_article(item: dict, editions: Mapping[str, tuple[str, ...]] | None = None) -> dict:
    """Return the item if it satisfies the contract, else raise ContractError naming the field.

    ``editions``: outlet -> languages, when not the registered outlets (qysym classify's own)."""
    editions = OUTLETS if editions is None else editions
    unknown = set(item) - set(FIELD_NAMES)
    if unknown:
        raise ContractError(f"unknown fields: {', '.join(sorted(unknown))}")
    for f in ARTICLE_FIELDS:
        value = item.get(f.name)
        if value is None or (f.type == "string" and f.required and not str(value).strip()):
            if f.required:
                raise ContractError(f"missing required field {f.name!r}")
            continue
        if f.type == "string" and not isinstance(value, str):
            raise ContractError(f"field {f.name!r} must be a string, got {type(value).__name__}")
        if f.type == "list" and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise ContractError(f"field {f.name!r} must be a list of strings")
        if f.type == "object" and not isinstance(value, dict):
            raise ContractError(f"field {f.name!r} must be an object")
        if f.type == "timestamp" and not _is_utc_iso(value):
            raise ContractError(f"field {f.name!r} must be an ISO 8601 UTC timestamp, got {value!r}")
    if item["outlet"] not in editions:
        raise ContractError(f"unknown outlet {item['outlet']!r}")
    if item["lang"] not in editions[item["outlet"]]:
        raise ContractError(f"language {item['lang']!r} is not an edition of {item['outlet']}")
    bad_layers = {k: v for k, v in item["layers"].items() if v not in LAYERS}
    if bad_layers:
        raise ContractError(f"unknown extraction layers: {bad_layers}")
    expected = content_hash(item["title"], item.get("lead") or "", item["body"])
    if item["content_hash"] != expected:
        raise ContractError("content_hash does not match title, lead and body")
    return item
