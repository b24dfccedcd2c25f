"""The story data files (``banks/``): read once, as immutable tables.

``banks/world.yaml`` holds the people, organisations, places, votes and figures; ``banks/<lang>/``
holds one bank per pressure category (``<category>.yaml``), the everyday news
(``neutral.yaml``), the hard negatives (``hard_negative.yaml``) and closing paragraphs
(``closing.yaml``). A list entry is text, or ``{text, since, until}`` for text that fits only
stories published in [since, until). The README beside this file describes every field.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

from qysym.mirror.stories.grammar import _Dated
from qysym.mirror.tables import read_table

DATA = Path(__file__).parent / "banks"


@cache
def load(name: str) -> dict:
    """One data file, by its path under ``banks/`` without the ``.yaml``."""
    path = DATA / f"{name}.yaml"
    if not path.is_file():
        raise FileNotFoundError(
            f"story data file {path} is missing: every category in models/seeds/categories.csv "
            "needs a bank per language (see qysym/mirror/stories/README.md)")
    return read_table(path) or {}


def entries(items) -> tuple:
    """Texts as the templates use them: plain strings, or date-bounded :class:`_Dated` ones."""
    return tuple(_Dated(e["text"], e.get("since", ""), e.get("until", "")) if isinstance(e, dict)
                 else e for e in items or ())


class _Tpl(NamedTuple):
    """One way of telling a pressure story: coherent titles, leads and opening paragraphs."""

    roles: tuple[str, ...]   # target roles it can be told about (see world._ORG_ROLES, _PERSON_ROLES)
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    body: tuple              # paragraphs, all used in order (str or _Dated)
    extra: tuple[str, ...]   # secondary categories
    also: tuple[str, ...]    # further target kinds involved
    phase: str               # election stories: "pre" or "post" vote, "" for either
    since: str
    until: str
    resp: tuple              # the state's response when the category's generic ones do not fit
    q: tuple                 # the target's own quotes when the category's generic ones do not fit


class _Bank(NamedTuple):
    """Everything for one category in one language."""

    templates: tuple[_Tpl, ...]
    q_org: tuple = ()    # quotes from the target organisation ("we")
    q_self: tuple = ()   # quotes from the target person ("I")
    q_adv: tuple = ()    # quotes from the target person's lawyer
    resp: tuple = ()     # the state body's response
    bg: tuple = ()       # background paragraphs
    topic: str = ""      # the rubric it runs under: the same slugs neutral news use, so no label
    tags: tuple = ()     # tags in the story's language


class _News(NamedTuple):
    """A neutral or hard-negative story type."""

    topic: str
    tags: tuple[str, ...]
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    first: tuple          # opening paragraphs (one is used)
    more: tuple           # further paragraphs (several are used, in table order)
    months: tuple[int, ...]  # publication months it fits; () for any
    phase: str            # "pre" or "post" the vote in play, "" for either
    since: str
    until: str


_BANK_KEYS = {"category", "lang", "topic", "tags", "shared", "templates", "q_org", "q_self", "q_adv",
              "resp", "bg"}
_TEMPLATE_KEYS = {"roles", "titles", "leads", "body", "extra", "also", "phase", "since", "until",
                  "resp", "q"}
_NEWS_KEYS = {"topic", "tags", "titles", "leads", "first", "more", "months", "phase", "since",
              "until"}


def _check_keys(item: dict, allowed: set[str], where: str) -> None:
    """A misspelt field would otherwise be silently ignored."""
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}; "
                         f"expected some of {', '.join(sorted(allowed))}")


def bank(lang: str, category: str) -> _Bank:
    d = load(f"{lang}/{category}")
    where = f"{DATA / lang / category}.yaml"
    _check_keys(d, _BANK_KEYS, where)
    if d.get("category") != category or d.get("lang") != lang:
        raise ValueError(f"{where} says category {d.get('category')!r}, lang {d.get('lang')!r}: "
                         "the file name and its header must agree")
    for number, t in enumerate(d["templates"], start=1):
        _check_keys(t, _TEMPLATE_KEYS, f"{where}, template {number}")
    shared = {name: entries(items) for name, items in (d.get("shared") or {}).items()}

    def pool(value) -> tuple:
        return shared[value] if isinstance(value, str) else entries(value)

    templates = tuple(
        _Tpl(tuple(t["roles"].split()), tuple(t["titles"]), entries(t["leads"]), entries(t["body"]),
             tuple(t.get("extra", "").split()), tuple(t.get("also", "").split()), t.get("phase", ""),
             t.get("since", ""), t.get("until", ""), pool(t.get("resp")), pool(t.get("q")))
        for t in d["templates"])
    return _Bank(templates, *(pool(d.get(k)) for k in ("q_org", "q_self", "q_adv", "resp", "bg")),
                 topic=d["topic"], tags=tuple(d["tags"]))


def news(lang: str, kind: str) -> tuple[_News, ...]:
    stories = load(f"{lang}/{kind}")["stories"]
    for number, n in enumerate(stories, start=1):
        _check_keys(n, _NEWS_KEYS, f"{DATA / lang / kind}.yaml, story {number}")
    return tuple(
        _News(n["topic"], tuple(n["tags"].split("|")), tuple(n["titles"]), entries(n["leads"]),
              entries(n["first"]), entries(n["more"]),
              tuple(int(m) for m in str(n.get("months", "")).split()), n.get("phase", ""),
              n.get("since", ""), n.get("until", ""))
        for n in stories)


def closing(lang: str) -> tuple[tuple, dict[str, tuple]]:
    """Closing paragraphs: general ones for pressure stories, and per rubric for everyday news."""
    d = load(f"{lang}/closing")
    return entries(d["general"]), {topic: entries(p) for topic, p in d["topic_extra"].items()}
