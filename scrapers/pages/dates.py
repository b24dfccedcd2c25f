"""Dates as Kazakhstani news pages print them: machine timestamps, display dates in Russian,
Kazakh and English, listing day words ("Сегодня", "Кеше"), all to UTC.

Sites print Almaty local time without an offset; dateparser reads the named months, and a listing
that shows only a day word is dated from the fetch day.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import dateparser

from scrapers.pages.text import clean_text

logger = logging.getLogger(__name__)

# Sites print Kazakhstan local time without an offset; this zone knows the March 2024 change
# from UTC+6 to UTC+5.
LOCAL_TZ = ZoneInfo("Asia/Almaty")
DATE_LANGUAGES = ["ru", "kk", "en"]


# --- dates -----------------------------------------------------------------------------------


def to_utc_iso(value: datetime | None) -> str | None:
    """Aware datetime -> ``2020-12-08T08:05:00+00:00`` (seconds precision)."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def local_date(value: datetime) -> date:
    """The Kazakhstan calendar date of an aware datetime."""
    return value.astimezone(LOCAL_TZ).date()


def parse_machine_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 / W3C datetime (JSON-LD, ``time[datetime]``, sitemap lastmod) -> aware UTC.

    A value without an offset is read as Kazakhstan local time; a bare date as local midnight.
    """
    value = clean_text(value)
    if not value:
        return None
    text = value.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", value) else value
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if not 1990 <= parsed.year <= 2100:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LOCAL_TZ)
    return parsed.astimezone(UTC)


def _dateparser_settings(fetched_at: datetime) -> dict[str, Any]:
    # Relative forms ("Сегодня 13:02", "3 часа назад") are relative to the site's local clock
    # at fetch time, so the base is fetched_at on the Almaty wall clock.
    base = fetched_at.astimezone(LOCAL_TZ).replace(tzinfo=None, microsecond=0)
    return {
        "TIMEZONE": "Asia/Almaty",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "RELATIVE_BASE": base,
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
    }


def _month_numbers() -> dict[str, int]:
    """Month names and their abbreviations in ru, kk and en, from dateparser's own locale data."""
    from dateparser.data.date_translation_data import en, kk, ru

    names = ("january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december")
    return {
        variant.casefold(): number
        for module in (ru, kk, en)
        for number, name in enumerate(names, 1)
        for variant in module.info[name]
    }


_MONTHS = _month_numbers()
_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})")
_NAMED_DATE = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})")


def _absolute_datetime(text: str) -> datetime | None:
    """The two absolute forms the sites print, read directly (dateparser reads the same, about
    a hundred times slower): ``11.12.2019, 11:27`` and ``8 декабря 2020, 14:05``."""
    if match := _NUMERIC_DATE.fullmatch(text):
        day, month, year, hour, minute = (int(g) for g in match.groups())
    elif (match := _NAMED_DATE.fullmatch(text)) and match[2].casefold() in _MONTHS:
        day, month = int(match[1]), _MONTHS[match[2].casefold()]
        year, hour, minute = int(match[3]), int(match[4]), int(match[5])
    else:
        return None
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ)
    except ValueError:
        return None
    return local.astimezone(UTC) if 1990 <= year <= 2100 else None


def parse_display_datetime(text: str | None, fetched_at: datetime) -> datetime | None:
    """A date as printed on a page (``8 декабря 2020, 14:05``, ``Вчера 13:02``, ``11.12.2019,
    11:27``, ``10 желтоқсан 2024, 13:02``, ``3 часа назад``) in local time -> aware UTC.

    Text without a digit is no date here, a bare day word (``Сегодня``) included: it names a day,
    not a moment, which is too vague for a publication time. Listings, which only need the day,
    read day words with :func:`parse_listing_datetime`.
    """
    text = clean_text(text).replace("|", ",")
    if fast := _absolute_datetime(text.replace(" ,", ",")):
        return fast
    # A bare number is a view counter or a day, never a publication time.
    if not text or not re.search(r"\d", text) or re.fullmatch(r"[\d\s.,:]{1,4}", text):
        return None
    if len(text) > 80:
        return None
    try:
        parsed = dateparser.parse(
            text, languages=DATE_LANGUAGES, settings=_dateparser_settings(fetched_at)
        )
    except Exception:
        # dateparser raises assorted errors (ValueError, OverflowError, KeyError…) on odd
        # strings; for a page, an unreadable date is simply no date from this layer.
        logger.debug("dateparser failed on %r", text, exc_info=True)
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed.astimezone(UTC)


def parse_any_datetime(value: str | None, fetched_at: datetime) -> datetime | None:
    """Machine-readable first, then as displayed text."""
    return parse_machine_datetime(value) or parse_display_datetime(value, fetched_at)


def _day_key(word: str) -> str:
    # Kazakh text on the web often types the Latin "i" for "і" (none of the English words has one).
    return word.casefold().replace("i", "і")


# Day words listings print instead of a date, as days back from the fetch day (ru, kk, en).
_DAY_WORDS = {
    _day_key(word): days_back
    for word, days_back in (
        ("сегодня", 0), ("вчера", 1), ("бүгін", 0), ("кеше", 1), ("today", 0), ("yesterday", 1)
    )
}
# The word alone, with any white space or punctuation (",", "|", "·", an icon) around it.
_DAY_WORD = re.compile(r"[\W_]*([^\W\d_]+)[\W_]*")


def parse_day_word(text: str | None, fetched_at: datetime) -> datetime | None:
    """A bare day word (``Сегодня``, ``вчера,``, ``Бүгін``, ``КЕШЕ``, ``Today``, ``Yesterday``)
    -> the local midnight (Asia/Almaty) that starts that day, as aware UTC; else ``None``.

    The day is counted on the Almaty wall clock at ``fetched_at``: a page fetched at 01:30 on
    11 March local time (19:30 UTC on 10 March) says "Сегодня" about 11 March.

    Why midnight: the listing gives the day and no time, and midnight is the one instant whose
    Kazakhstan calendar date is that day under every rule that consumes it. The crawl window is
    ``since <= local_date(when) <= until`` in whole local days (``OutletSpider.in_window``), and
    an archive spider stops paging at the first page whose items all have ``local_date(when) <
    since``; both see exactly the day the listing named, so an item on the ``since`` or the
    ``until`` day is inside the window and one a day outside is outside. Midnight of "today" is
    also never later than the fetch itself. Anything finer (the fetch time, noon) would claim a
    time the page never showed; an article page's own date stays the authority for
    ``published_at``.
    """
    match = _DAY_WORD.fullmatch(clean_text(text))
    days_back = _DAY_WORDS.get(_day_key(match.group(1))) if match else None
    if days_back is None:
        return None
    day = local_date(fetched_at) - timedelta(days=days_back)
    return datetime.combine(day, time(0), tzinfo=LOCAL_TZ).astimezone(UTC)


def parse_listing_datetime(text: str | None, fetched_at: datetime) -> datetime | None:
    """A date shown in a listing: :func:`parse_display_datetime`, and a bare day word
    (``Сегодня`` / ``Вчера`` / ``Бүгін`` / ``Кеше`` / ``Today`` / ``Yesterday``) as the local
    midnight that starts that day (see :func:`parse_day_word` for why midnight)."""
    return parse_display_datetime(text, fetched_at) or parse_day_word(text, fetched_at)


