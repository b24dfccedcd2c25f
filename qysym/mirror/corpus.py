"""The sample mirror's corpus: which articles exist, where, when, and what they truly say.

The corpus is a pure function of (seed, start date, number of days). Each edition of each outlet
publishes a few articles a day; the share of pressure stories rises in the run-up to the
10 January 2021 Mazhilis vote, fiscal stories cluster in the October–November 2020 tax-notice wave
and the January 2021 penalties, so the demo shows the pattern an analyst would look for.

Ground truth (labels, canonical URLs, UTC times, clean text) is written beside the corpus by
:func:`write_ground_truth` and is never served.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from qysym.contract import content_hash
from qysym.mirror.sites import site, sites
from qysym.mirror.stories import CATEGORIES, Story, make_story

ALMATY = ZoneInfo("Asia/Almaty")


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        (
            "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya "
            "a g q n o u u h i"
        ).split(),
        strict=True,
    )
)


def slugify(title: str, limit: int = 60) -> str:
    chars = [_TRANSLIT.get(c, c) for c in title.lower()]
    text = "".join("" if c == "_" else c for c in chars)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:limit].strip("-") or "news"


@dataclass
class Article:
    outlet: str
    lang: str
    native_id: str
    number: int  # the numeric id as the site prints it
    host: str
    section: str
    slug: str
    path: str  # the article's path on its host (its site's OutletSite.path)
    published_local: datetime  # wall-clock time in Almaty, tz-aware
    story: Story
    modified_local: datetime | None = None
    extra: dict = field(default_factory=dict)
    # An edited article: ``story`` is the final text, ``original`` the text first published
    # (``modified_local`` is when the edit went live). None for an article never edited.
    original: Story | None = None

    @property
    def versions(self) -> int:
        return 2 if self.original is not None else 1

    def first_version(self) -> Article:
        """The article as first published (itself when it was never edited)."""
        if self.original is None:
            return self
        return replace(self, story=self.original, modified_local=None, original=None)

    @property
    def published_utc(self) -> datetime:
        return self.published_local.astimezone(UTC)

    @property
    def modified_utc(self) -> datetime | None:
        return self.modified_local.astimezone(UTC) if self.modified_local else None

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}"

    def truth(self) -> dict:
        s = self.story
        page = site(self.outlet)
        return {
            "outlet": self.outlet,
            "lang": self.lang,
            "native_id": self.native_id,
            "url": self.url,
            "section": self.section,
            "title": s.title,
            "lead": s.lead,
            "body": "\n\n".join(s.paragraphs),
            # The truth is what a reader of the page can see: not every site marks up its
            # authors or shows tags (OutletSite.shows_authors, shows_tags; design/outlets.md).
            "authors": s.authors if page.shows_authors else [],
            "tags": s.tags if page.shows_tags else [],
            "published_at": self.published_utc.isoformat(),
            "modified_at": self.modified_utc.isoformat() if self.modified_utc else None,
            "kind": s.kind,
            "topic": s.topic,
            "is_pressure": s.is_pressure,
            "categories": s.categories,
            "targets": s.targets,
            # Added keys: the edit history, so a test can tell the first version from the final.
            "content_hash": content_hash(s.title, s.lead, "\n\n".join(s.paragraphs)),
            "versions": self.versions,
            "original": _version_truth(self.original) if self.original is not None else None,
        }


def _version_truth(story: Story) -> dict:
    body = "\n\n".join(story.paragraphs)
    return {"title": story.title, "lead": story.lead, "body": body,
            "content_hash": content_hash(story.title, story.lead, body)}


def _pressure_rate(day: date) -> float:
    """Share of pressure stories on a day: higher in the 90 days before the January 2021 vote."""
    vote = date(2021, 1, 10)
    if vote - timedelta(days=90) <= day <= vote:
        return 0.22
    if date(2021, 1, 11) <= day <= date(2021, 2, 4):
        return 0.16  # the NGO penalties and their rescission
    return 0.07


def _category_weights(day: date) -> list[float]:
    weights = {c: 1.0 for c in CATEGORIES}
    if date(2020, 10, 1) <= day <= date(2020, 11, 30) or date(2021, 1, 15) <= day <= date(2021, 1, 25):
        weights["fiscal"] = 6.0
    if date(2020, 12, 1) <= day <= date(2021, 1, 12):
        weights["election_process"] = 5.0
        weights["assembly"] = 2.0
        weights["detention"] = 2.0
    return [weights[c] for c in CATEGORIES]


def _pick_kind(rng: random.Random, day: date) -> str:
    roll = rng.random()
    rate = _pressure_rate(day)
    if roll < rate:
        return rng.choices(CATEGORIES, weights=_category_weights(day))[0]
    if roll < rate + 0.12:
        return "hard_negative"
    return "neutral"


@dataclass
class Corpus:
    seed: int
    start: date
    days: int
    articles: list[Article]
    now: datetime | None = None  # the cut-off: nothing published (or edited) after it exists

    @cached_property
    def by_path(self) -> dict[tuple[str, str], Article]:
        return {(a.host, a.path): a for a in self.articles}

    def edition_articles(self, outlet: str, lang: str) -> list[Article]:
        """Newest first, as listings show them."""
        found = [a for a in self.articles if a.outlet == outlet and a.lang == lang]
        return sorted(found, key=lambda a: (a.published_utc, a.number), reverse=True)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.days - 1)


def build_corpus(seed: int, start: date, days: int, now: datetime | None = None) -> Corpus:
    """The corpus of ``days`` days from ``start``, as the sites stand at the end of the last day.
    With ``now`` (aware), articles published after it do not exist yet and edits made after it
    have not happened, so a corpus can end today."""
    if now is not None and now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    articles: list[Article] = []
    counters: dict[tuple[str, str], int] = {}
    # Every site's Russian and Kazakh editions, then the English ones: English editions came
    # later, and each edition draws from its own seeded generator, so the other articles of a
    # seed stay as they were.
    editions = [(outlet_site, edition) for outlet_site in sites().values()
                for edition in outlet_site.editions]
    editions.sort(key=lambda pair: pair[1].lang == "en")
    for outlet_site, edition in editions:
        outlet = outlet_site.slug
        rng = random.Random(f"{seed}:{outlet}:{edition.lang}")
        # editions that share one id counter (OutletSite.shared_counter) number from one key
        shared = edition.lang in outlet_site.shared_counter
        key = (outlet, "*") if shared else (outlet, edition.lang)
        host = outlet_site.host(edition.lang)
        for offset in range(days):
            day = start + timedelta(days=offset)
            count = rng.randint(*edition.per_day)
            minutes = sorted(rng.sample(range(7 * 60, 23 * 60), count))
            for minute in minutes:
                counters[key] = counters.get(key, 0) + rng.randint(1, 7)
                number = edition.id_base + counters[key] * 2 + (edition.lang == "kk")
                kind = _pick_kind(rng, day)
                story = make_story(rng, edition.lang, kind, day)
                local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=ALMATY)
                section = rng.choice(edition.sections)
                slug = slugify(story.title)
                articles.append(
                    Article(
                        outlet=outlet,
                        lang=edition.lang,
                        native_id=outlet_site.native_id(edition.lang, number),
                        number=number,
                        host=host,
                        section=section,
                        slug=slug,
                        path=outlet_site.path(number, section, slug),
                        published_local=local,
                        story=story,
                    )
                )
    # Identity and routing keys must be unique (a guard for new editions and their id bases).
    if len({(a.outlet, a.native_id) for a in articles}) != len(articles) or len(
        {(a.host, a.number) for a in articles}
    ) != len(articles):
        raise ValueError("two articles share an (outlet, native_id) or a (host, number)")
    # The corpus is the site as it stands at the end of its last day (or at ``now``): edits made
    # later have not happened yet.
    horizon = datetime.combine(start + timedelta(days=days), time(0), tzinfo=ALMATY) - timedelta(
        seconds=1)
    horizon = min(horizon, now) if now is not None else horizon
    articles = [_with_edit(a, seed, horizon) for a in articles
                if now is None or a.published_local <= now]
    return Corpus(seed=seed, start=start, days=days, articles=articles, now=now)


# About 3% of articles are edited after publication: an update appended, or a slip in the first
# version corrected (with or without a note). Decided per article by its own seeded generator,
# so edits never shift the stories of the rest of the corpus.
EDIT_SHARE = 0.03
_UPDATE_NOTES = {
    "ru": ("Материал дополнен комментарием пресс-службы.",
           "Обновлено: в текст добавлены уточнённые данные.",
           "Редакция дополнила материал после публикации."),
    "kk": ("Материал баспасөз қызметінің түсініктемесімен толықтырылды.",
           "Жаңартылды: мәтінге нақтыланған деректер қосылды.",
           "Редакция материалды жарияланғаннан кейін толықтырды."),
    "en": ("This story has been updated with a comment from the press service.",
           "Updated: clarified figures have been added to the text.",
           "The editors added details to this story after publication."),
}
_CORRECTION_NOTES = {
    "ru": ("Исправлено: в первой версии материала была допущена опечатка.",),
    "kk": ("Түзетілді: материалдың алғашқы нұсқасында қате жіберілген.",),
    "en": ("Correction: an earlier version of this story contained a typo.",),
}


def _edit_story(rng: random.Random, story: Story) -> tuple[Story, Story]:
    """(first version, final version) of an edited story."""
    paragraphs = list(story.paragraphs)
    kind = rng.choice(("update", "correction", "silent"))
    if kind == "update":
        note = rng.choice(_UPDATE_NOTES.get(story.lang, _UPDATE_NOTES["ru"]))
        return story, replace(story, paragraphs=[*paragraphs, note])
    # The first version had a slip: one word typed twice.
    index = rng.randrange(len(paragraphs))
    words = paragraphs[index].split(" ")
    plain = [i for i, w in enumerate(words) if w.isalpha()] or [0]
    at = rng.choice(plain)
    words.insert(at, words[at])
    first = [*paragraphs[:index], " ".join(words), *paragraphs[index + 1:]]
    if kind == "correction":
        paragraphs.append(rng.choice(_CORRECTION_NOTES.get(story.lang, _CORRECTION_NOTES["ru"])))
    return replace(story, paragraphs=first), replace(story, paragraphs=paragraphs)


def _with_edit(article: Article, seed: int, now: datetime | None) -> Article:
    rng = random.Random(f"{seed}:edit:{article.outlet}:{article.native_id}")
    if rng.random() >= EDIT_SHARE:
        return article
    hours = rng.choice((rng.uniform(0.3, 12), rng.uniform(12, 96)))
    modified = (article.published_utc + timedelta(minutes=round(hours * 60))).astimezone(ALMATY)
    if now is not None and modified > now:
        return article  # the edit has not happened yet
    article.original, article.story = _edit_story(rng, article.story)
    article.modified_local = modified
    return article


def write_ground_truth(corpus: Corpus, directory: Path) -> Path:
    """Write the labels beside the corpus (never served): one JSON line per article."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "ground_truth.jsonl"
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for article in sorted(corpus.articles, key=lambda a: (a.outlet, a.native_id)):
            out.write(json.dumps(article.truth(), ensure_ascii=False) + "\n")
    tmp.replace(path)
    meta = {"seed": corpus.seed, "start": corpus.start.isoformat(), "days": corpus.days,
            "articles": len(corpus.articles),
            "now": corpus.now.isoformat() if corpus.now else None}
    (directory / "corpus.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return path


__all__ = [
    "Article",
    "Corpus",
    "build_corpus",
    "write_ground_truth",
]
