"""Realistic Russian, Kazakh and English news stories with ground-truth labels, for the sample
mirror.

``make_story(rng, lang, kind, when)`` writes one article: neutral news, a *hard negative* (words a
keyword classifier would flag, such as a traffic fine, a detained thief or blood pressure, but no
pressure on civil society), or a pressure story of one category from design/indicators.md. All
randomness comes from ``rng``, so a seed reproduces a corpus exactly.

How it works: stories are assembled from template tables, the data files under ``banks/`` (one
bank per category and language; README.md beside this file describes them), whose ``{slots}``
are filled from a per-story context (context.py): places, dates, amounts, state bodies, the
vote in play and the civic target. Russian slots come in six case forms (``{T}``, ``{T_gen}``,
``{T_dat}``, ``{T_acc}``, ``{T_ins}``, ``{T_prep}``), Kazakh ones with case suffixes chosen by
vowel harmony (``{T_gen}``, ``{T_dat}``, ``{T_acc}``, ``{T_loc}``, ``{T_abl}``), English ones in
a single form with pronouns ``{he}``/``{his}``/``{him}`` ("it"/"its"/"it" for an organisation);
``{x_cap}`` capitalises any slot. Russian past tenses agree with the target through ``{g}`` (full name) and
``{gs}`` (short name): "", "а" or "о".

Labels come from the template and the target that were drawn, never from the generated text.
``topic`` is the rubric a story would run under (``society``, ``politics``, ``law``...); it does
not give the label away. All organisations, people and events marked fictional are invented;
real organisations appear only as targets, never with invented quotes from named real people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from qysym.contract import category_codes
from qysym.mirror.stories import data
from qysym.mirror.stories.context import _context, _Target, _target
from qysym.mirror.stories.data import _Bank, _News, _Tpl
from qysym.mirror.stories.grammar import _fill, _pool, _Slots, _text
from qysym.mirror.stories.grammar import _kk as _kk  # re-exported: tests pin the grammar
from qysym.mirror.stories.grammar import _ru_np as _ru_np
from qysym.mirror.stories.grammar import _ru_word as _ru_word
from qysym.mirror.stories.world import _FRAMES, REAL_TARGETS, _name, _person

__all__ = ["CATEGORIES", "KINDS", "LANGS", "REAL_TARGETS", "TARGET_KINDS", "Story", "make_story"]

CATEGORIES = category_codes()
KINDS = ("neutral", "hard_negative", *CATEGORIES)
LANGS = ("ru", "kk", "en")
TARGET_KINDS = ("ngo", "activist", "journalist_media", "movement_party", "observer")

# The tables, read once from banks/: a category without its bank in every language fails here.
_BANKS = {lang: {category: data.bank(lang, category) for category in CATEGORIES} for lang in LANGS}
_NEUTRAL = {lang: data.news(lang, "neutral") for lang in LANGS}
_HARD_NEGATIVE = {lang: data.news(lang, "hard_negative") for lang in LANGS}
_GENERAL, _TOPIC_EXTRA = {}, {}
for _lang in LANGS:
    _GENERAL[_lang], _TOPIC_EXTRA[_lang] = data.closing(_lang)
_MIN_BODY, _MAX_BODY = 600, 2500


@dataclass
class Story:
    lang: str                 # "ru", "kk" or "en"
    kind: str                 # one of KINDS: what was asked for
    title: str
    lead: str                 # one or two sentences
    paragraphs: list[str]     # 3-8 paragraphs of body text
    is_pressure: bool
    categories: list[str]     # ground-truth category codes, primary first; [] if not pressure
    targets: list[str]        # real target ids, then one "kind:<kind>" per kind involved
    topic: str                # rubric slug
    tags: list[str]           # 2-5 tags in the story's language
    authors: list[str]        # 0-2 invented author names


def _quote(rng: random.Random, lang: str, bank: _Bank, tpl: _Tpl, target: _Target,
           slots: _Slots, when: date, again: bool) -> str | None:
    """A quote paragraph; ``again`` if the template already introduced the spokesperson."""
    if target.person:
        choices = [(pool, spk) for pool, spk in ((tpl.q or bank.q_self, target.self_spk),
                                                 (bank.q_adv, target.other_spk)) if pool]
    else:
        pool = tpl.q or bank.q_org
        choices = [(pool, target.other_spk)] if pool else []
    if not choices:
        return None
    pool, spk = rng.choice(choices)
    quotes = _pool(pool, when)
    if not quotes:
        return None
    slots.update(spk)
    if again:
        slots.update({k[len("again_"):]: v for k, v in spk.items() if k.startswith("again_")})
    frame = rng.choice(_FRAMES[lang])
    return _fill(frame.replace("{q}", rng.choice(quotes)), slots)


def _fit(rng: random.Random, paragraphs: list[str], spare: list[str]) -> list[str]:
    """Add spare paragraphs until the body is long enough, then trim it to the bounds."""
    spare = [p for p in spare if p not in paragraphs]
    rng.shuffle(spare)
    while spare and (len(paragraphs) < 3 or sum(map(len, paragraphs)) < _MIN_BODY):
        paragraphs.append(spare.pop())
    while len(paragraphs) > 3 and (len(paragraphs) > 8 or sum(map(len, paragraphs)) > _MAX_BODY):
        paragraphs.pop()
    return paragraphs


def _authors(rng: random.Random, lang: str) -> list[str]:
    names = [_name(_person(rng, lang)) for _ in range(rng.choice((0, 1, 1, 1, 2)))]
    return list(dict.fromkeys(names))  # a byline never names one person twice


def _tags(rng: random.Random, pool, city: str) -> list[str]:
    tags = rng.sample(pool, min(len(pool), rng.randint(2, 3)))
    if rng.random() < 0.6 and city not in tags:
        tags.append(city)
    return tags


def _tpl_ok(t: _Tpl, when: date, phase: str) -> bool:
    iso = when.isoformat()
    return ((not t.since or iso >= t.since) and (not t.until or iso < t.until)
            and (not t.phase or t.phase == phase))


def _pressure_story(rng: random.Random, lang: str, kind: str, when: date, s: _Slots) -> Story:
    bank = _BANKS[lang][kind]
    tpl = rng.choice([t for t in bank.templates if _tpl_ok(t, when, s["phase"])])
    target = _target(rng, lang, rng.choice(tpl.roles))
    s.update(target.slots)
    title = _fill(rng.choice(tpl.titles), _Slots(s, T=s["Th"]) if "Th" in s else s)
    lead = _fill(rng.choice(tpl.leads), s)
    paragraphs = [_fill(p, s) for p in _pool(tpl.body, when)]
    tail = []
    introduced = any("{spk" in _text(t) for t in tpl.leads + tpl.body)
    quote = _quote(rng, lang, bank, tpl, target, s, when, introduced)
    if quote and rng.random() < 0.85:
        tail.append(quote)
    responses = _pool(tpl.resp or bank.resp, when)
    if responses and rng.random() < 0.8:
        tail.append(_fill(rng.choice(responses), s))
    if rng.random() < 0.3:
        tail.reverse()
    background = [_fill(p, s) for p in _pool(bank.bg, when)]
    general = [_fill(p, s) for p in _pool(_GENERAL[lang], when)]
    rng.shuffle(background)
    paragraphs += tail + background[: rng.choice((1, 2, 2, 3))]
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(general))
    paragraphs = _fit(rng, paragraphs, background + general)
    kinds = list(dict.fromkeys(target.kinds + list(tpl.also)))
    return Story(
        lang=lang, kind=kind, title=title, lead=lead, paragraphs=paragraphs, is_pressure=True,
        categories=list(dict.fromkeys((kind, *tpl.extra))),
        targets=target.ids + [f"kind:{k}" for k in kinds], topic=bank.topic,
        tags=_tags(rng, bank.tags, s["city"]), authors=_authors(rng, lang),
    )


def _group(rng: random.Random, first: str, items: list[str]) -> list[str]:
    """Wire copy: short sentences run together into paragraphs of a few hundred characters."""
    target = max(120, min(rng.choice((180, 240, 320)), sum(map(len, items)) // 2))
    paragraphs, current = [first], ""
    for item in items:
        current = f"{current} {item}" if current else item
        if len(current) >= target:
            paragraphs.append(current)
            current = ""
    if current and len(paragraphs) >= 3 and len(current) < 100:
        paragraphs[-1] += " " + current
    elif current:
        paragraphs.append(current)
    return paragraphs


def _news_story(rng: random.Random, lang: str, kind: str, when: date, s: _Slots,
                table: tuple[_News, ...]) -> Story:
    iso = when.isoformat()
    news = rng.choice([n for n in table if (not n.months or when.month in n.months)
                       and (not n.phase or n.phase == s["phase"])
                       and (not n.since or iso >= n.since) and (not n.until or iso < n.until)])
    title = _fill(rng.choice(news.titles), s)
    lead = _fill(rng.choice(news.leads), s)
    first = _fill(rng.choice(_pool(news.first, when)), s)
    more = [_fill(p, s) for p in _pool(news.more, when)]
    extra = [_fill(p, s) for p in _TOPIC_EXTRA[lang][news.topic]]
    chosen = sorted(rng.sample(range(len(more)), min(len(more), rng.randint(3, 5))))
    items = [more[i] for i in chosen] + rng.sample(extra, rng.randint(1, 3))
    spare = [p for p in more + extra if p not in items]
    rng.shuffle(spare)
    while spare and len(first) + sum(map(len, items)) + len(items) < _MIN_BODY + 40:
        items.append(spare.pop())
    return Story(
        lang=lang, kind=kind, title=title, lead=lead, paragraphs=_group(rng, first, items),
        is_pressure=False, categories=[], targets=[], topic=news.topic,
        tags=_tags(rng, news.tags, s["city"]), authors=_authors(rng, lang),
    )


def make_story(rng: random.Random, lang: str, kind: str, when: date) -> Story:
    """One story in ``lang`` of ``kind``, published on ``when``; deterministic given ``rng``."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    slots = _context(rng, lang, when)
    if kind == "neutral":
        return _news_story(rng, lang, kind, when, slots, _NEUTRAL[lang])
    if kind == "hard_negative":
        return _news_story(rng, lang, kind, when, slots, _HARD_NEGATIVE[lang])
    return _pressure_story(rng, lang, kind, when, slots)
