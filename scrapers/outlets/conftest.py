"""The outlets' own tests (``<slug>/test_<slug>.py``) share the scraper tests' fixtures."""

from tests.scrapers.conftest import page  # noqa: F401  (a pytest fixture, used by name)
