"""Fixtures for the scraper tests: hand-written pages and a frozen fetch time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
# The clock the pages are parsed at: 2024-12-11 11:00 in Almaty (UTC+5 since March 2024).
FETCHED_AT = datetime(2024, 12, 11, 6, 0, tzinfo=UTC)


@pytest.fixture
def page():
    def read(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return read
