"""Each outlet's site in the sample mirror, found through the outlet registry.

An outlet's folder (``scrapers/outlets/<slug>/``) may hold its mirror site: a ``mirror.py`` whose
:class:`OutletSite` subclass says which editions the site publishes in the mirror and how often,
what its article URLs look like, which pages it answers (sitemaps, archives, feeds, robots.txt)
and how it renders them; ``mirror.yaml`` beside it holds the words of its page chrome. The
``outlet.yaml`` names the class (``mirror: mirror:<Class>``).

The mirror is the ground truth the parsers are judged against, so a site module is written from
the public description of the site and shares no code with the outlet's parsers: it imports from
``qysym.mirror`` only (the test suite checks this).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from qysym.mirror.tables import read_table

if TYPE_CHECKING:
    from qysym.mirror.corpus import Article
    from qysym.mirror.server import MirrorSite
    from scrapers.outlets import Outlet


@dataclass(frozen=True)
class MirrorEdition:
    """How one edition publishes in the mirror."""

    lang: str
    per_day: tuple[int, int]  # inclusive range of articles a day
    id_base: int  # the first article number
    sections: tuple[str, ...]  # the sections an article is filed under (one at random)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    article: bool = False  # faults are injected on article pages only


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    """(year, month) of every month from ``start`` to ``end``, inclusive."""
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class OutletSite:
    """One outlet's site. Subclasses set the class attributes and implement :meth:`path`,
    :meth:`route` and :meth:`render_article`."""

    # the editions the site publishes in the mirror; English editions are generated after every
    # outlet's Russian and Kazakh ones, so adding an English edition changes no other article
    editions: tuple[MirrorEdition, ...] = ()
    # languages whose editions number their articles from one shared counter (odd/even by lang)
    shared_counter: tuple[str, ...] = ()
    # hosts that answer with a permanent redirect to another host of the site
    redirect_hosts: ClassVar[dict[str, str]] = {}
    # what a reader of an article page can see (the ground truth holds only that)
    shows_authors: bool = True
    shows_tags: bool = True
    # markup drift (Faults.drift): (old, new) class-name replacements of a template change
    drift: tuple[tuple[str, str], ...] = ()

    def __init__(self, outlet: Outlet):
        self.outlet = outlet
        self.slug = outlet.slug
        table = outlet.folder / "mirror.yaml"
        self.words: dict[str, Any] = read_table(table) if table.is_file() else {}

    # -- the corpus -----------------------------------------------------------------------------
    def host(self, lang: str) -> str:
        """The host the edition's canonical article URLs live on (outlet.yaml)."""
        return self.outlet.editions[lang]

    def hosts(self) -> set[str]:
        return set(self.outlet.editions.values()) | set(self.redirect_hosts)

    def native_id(self, lang: str, number: int) -> str:
        return self.outlet.native_id(lang, number)

    def path(self, number: int, section: str, slug: str) -> str:
        raise NotImplementedError

    def aliases(self, article: Article) -> list[str]:
        """Where discovery lists an article a second time (Faults.duplicate_urls)."""
        return [article.url]

    # -- serving --------------------------------------------------------------------------------
    def route(self, mirror: MirrorSite, host: str, path: str, query: dict[str, list[str]]) -> Reply:
        raise NotImplementedError

    def render_article(self, article: Article, related, *, today: date | None = None,
                       drift: bool = False) -> str:
        raise NotImplementedError

    def drifted(self, markup: str) -> str:
        for old, new in self.drift:
            markup = markup.replace(old, new)
        return markup


def sites() -> dict[str, OutletSite]:
    """slug -> site of every registered outlet that has one in the mirror, in registry order."""
    from scrapers.outlets import outlets

    registered = outlets()
    key = tuple((slug, outlet.folder) for slug, outlet in registered.items())
    if key not in _SITES:
        _SITES[key] = _load(registered)
    return _SITES[key]


_SITES: dict[tuple, dict[str, OutletSite]] = {}


def _load(registered: dict) -> dict[str, OutletSite]:
    found = {}
    for outlet in registered.values():
        if outlet.mirror_ref is None:
            continue
        module, _, name = outlet.mirror_ref.partition(":")
        found[outlet.slug] = getattr(outlet.module(module), name)(outlet)
    return found


def site(slug: str) -> OutletSite:
    return sites()[slug]


__all__ = ["MirrorEdition", "OutletSite", "Reply", "months_between", "site", "sites"]
