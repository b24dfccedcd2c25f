"""Fixtures for the scraper tests: hand-written pages and a frozen fetch time.

Each outlet keeps its hand-written pages beside its parsers (``scrapers/outlets/<slug>/fixtures``);
``outlet_page`` finds one by name in any registered outlet's folder.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrapers.outlets import outlets

# The clock the pages are parsed at: 2024-12-11 11:00 in Almaty (UTC+5 since March 2024).
FETCHED_AT = datetime(2024, 12, 11, 6, 0, tzinfo=UTC)


def outlet_page(name: str) -> bytes:
    """The bytes of the hand-written page ``name`` from the registered outlet that keeps it."""
    found = [o.folder / "fixtures" / name for o in outlets().values()
             if (o.folder / "fixtures" / name).is_file()]
    if len(found) != 1:
        raise LookupError(f"{len(found)} outlet fixture(s) named {name!r}; want exactly one")
    return found[0].read_bytes()


def outlet_page_names(pattern: str = "*") -> list[str]:
    """The names of every registered outlet's hand-written pages matching ``pattern``."""
    return sorted(p.name for o in outlets().values() for p in (o.folder / "fixtures").glob(pattern))


@pytest.fixture
def page():
    return outlet_page
