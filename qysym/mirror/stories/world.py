"""The world the stories are set in: people, civic targets, places, dates, figures and votes.

The tables are in ``banks/world.yaml``; this module turns them into the forms the templates
need (Russian case forms, the capital of the day, the vote in play).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import NamedTuple

from qysym.mirror.stories.data import load
from qysym.mirror.stories.grammar import _ru_np, _ru_word

_W = load("world")

_RU_MALE, _RU_FEMALE = _W["ru_male"], _W["ru_female"]
_RU_SURNAMES, _RU_PATRONYMS = _W["ru_surnames"], _W["ru_patronyms"]
_KK_MALE, _KK_FEMALE = _W["kk_male"], _W["kk_female"]
_KK_SURNAMES, _KK_PATRONYMS = _W["kk_surnames"], _W["kk_patronyms"]
_EN_MALE, _EN_FEMALE = _W["en_male"], _W["en_female"]
_EN_SURNAMES, _EN_PATRONYMS = _W["en_surnames"], _W["en_patronyms"]
_RU_ROLES, _KK_ROLES, _EN_ROLES = _W["ru_roles"], _W["kk_roles"], _W["en_roles"]
_CAPITALS, _CITIES, _NEW_REGIONS = _W["capitals"], _W["cities"], _W["new_regions"]
_CITY_WEIGHTS = (3, 3, 2) + (1,) * (len(_CITIES) - 3)
_EN_CITIES, _EN_REGIONS = _W["en_cities"], _W["en_regions"]
_RU_COUNTRIES, _KK_COUNTRIES, _EN_COUNTRIES = (_W["ru_countries"], _W["kk_countries"],
                                               _W["en_countries"])
_RU_ABROAD, _KK_ABROAD, _EN_ABROAD = _W["ru_abroad"], _W["kk_abroad"], _W["en_abroad"]
_RU_MONTHS, _RU_MONTHS_NOM = _W["ru_months"], _W["ru_months_nom"]
_KK_MONTHS, _EN_MONTHS, _SEASONS = _W["kk_months"], _W["en_months"], _W["seasons"]
_MRP, _MARKETS, _MACRO, _TEMPS = _W["mrp"], _W["markets"], _W["macro"], _W["temps"]
_RU_MIOR, _KK_MIOR, _EN_MIOR = _W["ru_mior"], _W["kk_mior"], _W["en_mior"]
_SUBJECTS, _FOOTBALL, _SERVICES = _W["subjects"], _W["football"], _W["services"]
_RU_PRECIP, _KK_PRECIP, _EN_PRECIP = _W["ru_precip"], _W["kk_precip"], _W["en_precip"]
_HOCKEY, _EN_HOCKEY = _W["hockey"], _W["en_hockey"]
_RU_RALLY, _KK_RALLY, _EN_RALLY = _W["ru_rally"], _W["kk_rally"], _W["en_rally"]
_RU_POST, _KK_POST, _EN_POST = _W["ru_post"], _W["kk_post"], _W["en_post"]
_FRAMES = {"ru": _W["ru_frames"], "kk": _W["kk_frames"], "en": _W["en_frames"]}
_EN_VOTES = _W["en_votes"]


# ---------------------------------------------------------------------------------------------
# People (all invented)

class _Person(NamedTuple):
    first: str
    last: str
    female: bool


def _person(rng: random.Random, lang: str, female: bool | None = None) -> _Person:
    if female is None:
        female = rng.random() < 0.45
    if lang == "ru":
        first = rng.choice(_RU_FEMALE if female else _RU_MALE)
        if rng.random() < 0.12:
            return _Person(first, rng.choice(_RU_PATRONYMS) + ("кызы" if female else "улы"), female)
        return _Person(first, rng.choice(_RU_SURNAMES) + ("а" if female else ""), female)
    if lang == "en":
        first = rng.choice(_EN_FEMALE if female else _EN_MALE)
        if rng.random() < 0.12:
            return _Person(first, rng.choice(_EN_PATRONYMS) + ("kyzy" if female else "uly"), female)
        return _Person(first, rng.choice(_EN_SURNAMES) + ("a" if female else ""), female)
    first = rng.choice(_KK_FEMALE if female else _KK_MALE)
    if rng.random() < 0.12:
        return _Person(first, rng.choice(_KK_PATRONYMS) + ("қызы" if female else "ұлы"), female)
    return _Person(first, rng.choice(_KK_SURNAMES) + ("а" if female else ""), female)


def _name(p: _Person) -> str:
    return f"{p.first} {p.last}"



def _ru_person(p: _Person, role: str, affil: str = "") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Six case forms of "role [affiliation] First Last", and of the surname alone."""
    gender = "f" if p.female else "m"
    roles = _ru_np(_RU_ROLES[role][p.female], gender, animate=True)
    first = _ru_word(p.first, gender, animate=True, name="first")
    last = _ru_word(p.last, gender, animate=True, name="last")
    affil = f" {affil}" if affil else ""
    full = tuple(f"{roles[i]}{affil} {first[i]} {last[i]}" for i in range(6))
    return full, last


def _kk_person(p: _Person, role: str, affil_gen: str = "") -> str:
    bare, owned = _KK_ROLES[role]
    return f"{affil_gen} {owned} {_name(p)}" if affil_gen else f"{bare} {_name(p)}"


def _ru_pronouns(gender: str, prefix: str = "") -> dict[str, str]:
    forms = {"m": ("он", "его", "ему", "ним", "него"), "f": ("она", "её", "ей", "ней", "неё"),
             "n": ("оно", "его", "ему", "ним", "него")}[gender]
    keys = ("he", "his", "him_dat", "him_i", "him_p")
    return {prefix + k: v for k, v in zip(keys, forms, strict=True)}


_G_END = {"m": "", "f": "а", "n": "о"}   # сообщил{g}: сообщил, сообщила, сообщило
_G_SYA = {"m": "ся", "f": "ась", "n": "ось"}  # пожаловал{g_sya}: пожаловался, пожаловалась


# ---------------------------------------------------------------------------------------------
# Civic targets: the real ones from design/indicators.md and invented ones (tid "")


class _Org(NamedTuple):
    tid: str
    kind: str
    roles: tuple[str, ...]
    ru: tuple[str, ...]        # full name, six cases
    ru_g: str
    ru_short: tuple[str, ...]  # short name, six cases
    ru_gs: str
    kk: str                    # full name; its last word is possessive (қоры, бюросы, радиосы)
    kk_short: str
    kk_short_poss: bool


def _org(tid: str, kind: str, roles: str, ru: tuple[str, str, str], ru_short: tuple[str, str, str],
         kk: str, kk_short: str, kk_short_poss: bool = False) -> _Org:
    return _Org(tid, kind, tuple(roles.split()), _ru_np(ru[0], ru[1], ru[2]), ru[1],
                _ru_np(ru_short[0], ru_short[1], ru_short[2]), ru_short[1], kk, kk_short,
                kk_short_poss)



_NGO, _MEDIA, _PARTY = "ngo", "journalist_media", "movement_party"
_ORGS = tuple(_org(o["tid"] or "", o["kind"], o["roles"], o["ru"], o["ru_short"], o["kk"],
                   o["kk_short"], o.get("kk_short_poss", False)) for o in _W["orgs"])
_EN_ORGS = {org: o["en"] for org, o in zip(_ORGS, _W["orgs"], strict=True)}
REAL_TARGETS = tuple(o.tid for o in _ORGS if o.tid)
_ORG_ROLES = ("ngo", "newngo", "obsorg", "pollster", "media", "site", "foreign_media", "party",
              "movement", "banned")
_ORGS_BY_ROLE = {role: tuple(o for o in _ORGS if role in o.roles) for role in _ORG_ROLES}
_PERSON_ROLES = ("activist", "journalist", "observer", "supporter")


# ---------------------------------------------------------------------------------------------
# Places, dates and figures

def _capital(when: date) -> str:
    return "Нур-Султан" if date(2019, 3, 23) <= when < date(2022, 9, 17) else "Астана"


def _city(rng: random.Random, when: date) -> tuple[str, ...]:
    row = rng.choices(_CITIES, weights=_CITY_WEIGHTS)[0]
    if row[0] == "@capital":
        return _CAPITALS[_capital(when)]
    if row[4] in _NEW_REGIONS:
        before_ru, before_kk, after_ru, after_kk = _NEW_REGIONS[row[4]]
        new = when >= date(2022, 6, 8)
        ru, kk = (after_ru, after_kk) if new else (before_ru, before_kk)
        return (*row[:4], ru, ru, row[6], kk)
    return row


def _ru_date(d: date, when: date) -> str:
    text = f"{d.day} {_RU_MONTHS[d.month - 1]}"
    return text if d.year == when.year else f"{text} {d.year} года"


def _kk_date(d: date, when: date) -> str:
    text = f"{d.day} {_KK_MONTHS[d.month - 1]}"
    return text if d.year == when.year else f"{d.year} жылғы {text}"



def _by_year(table: dict, year: int):
    return table[min(max(year, min(table)), max(table))]


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _dec(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value).replace("-", "−")



class _Vote(NamedTuple):
    day: date | None
    called: date
    ru: tuple[str, ...]
    kk: str
    kk_poss: bool
    ru_when: str = ""   # for a vote without a fixed day: "в августе"
    kk_when: str = ""   # and its month in Kazakh: "тамыз" (slots add the case: "тамызда")


def _ru_vybory(adjectives: str, tail: str) -> tuple[str, ...]:
    """Six case forms of "<plural adjectives> выборы<tail>"."""
    ends = {"ые": ("ые", "ых", "ым", "ые", "ыми", "ых"),
            "ие": ("ие", "их", "им", "ие", "ими", "их")}
    nouns = ("выборы", "выборов", "выборам", "выборы", "выборами", "выборах")
    words = [(w[:-2], ends[w[-2:]]) for w in adjectives.split()]
    return tuple(" ".join([stem + e[i] for stem, e in words] + [nouns[i]]) + tail
                 for i in range(6))

class _InPlay(NamedTuple):
    """The vote a story refers to, and whether it is before ("pre") or after ("post") it."""

    phase: str
    ru: tuple[str, ...]
    kk: str
    kk_poss: bool
    day: date | None
    ru_when: str
    kk_when: str


def _vote(rng: random.Random, when: date) -> _InPlay:
    """The campaign around ``when`` (design/indicators.md calendar); outside any campaign window,
    a local by-election or rural akim election, as happen all year round."""
    for v in _VOTES:
        if v.day is None:
            if v.called <= when < _KURULTAI_MONTH:
                return _InPlay("pre", v.ru, v.kk, v.kk_poss, None, v.ru_when, v.kk_when)
            continue
        if v.called <= when < v.day:
            return _InPlay("pre", v.ru, v.kk, v.kk_poss, v.day, "", "")
        if v.day <= when <= v.day + timedelta(days=10):
            return _InPlay("post", v.ru, v.kk, v.kk_poss, v.day, "", "")
    rural = when >= date(2021, 7, 25) and rng.random() < 0.5
    ru, kk, poss = _RURAL_AKIMS if rural else _BY_ELECTION
    if rng.random() < 0.5:
        return _InPlay("pre", ru, kk, poss, when + timedelta(days=rng.randint(5, 30)), "", "")
    return _InPlay("post", ru, kk, poss, when - timedelta(days=rng.randint(0, 2)), "", "")


def _en_date(d: date, when: date) -> str:
    text = f"{d.day} {_EN_MONTHS[d.month - 1]}"
    return text if d.year == when.year else f"{text} {d.year}"


def _en_money(amount: int) -> str:
    return f"{amount:,}"


def _en_dec(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


def _current(table, when: date) -> str:
    return [text for text, since in table if when.isoformat() >= since][-1]



def _ru_form(spec: dict) -> tuple[str, ...]:
    """A vote's six Russian case forms, from its data: ``vybory`` or a noun phrase ``np``."""
    return _ru_vybory(*spec["vybory"]) if "vybory" in spec else _ru_np(*spec["np"])


_VOTES = tuple(_Vote(v["day"], v["called"], _ru_form(v["ru"]), v["kk"], v["kk_poss"],
                     v.get("ru_when", ""), v.get("kk_when", "")) for v in _W["votes"])
_KURULTAI_MONTH = _W["kurultai_month"]
_BY_ELECTION, _RURAL_AKIMS = ((_ru_form(v["ru"]), v["kk"], v["kk_poss"])
                              for v in (_W["by_election"], _W["rural_akims"]))
