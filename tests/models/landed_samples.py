"""A small landed dataset for the dbt tests: what the spiders would write, edge cases included.

Three weeks of Azattyq (ru, kk) and Vlast (ru, kk, en) around the January 2021 vote; Tengrinews has
no batch at all (only a stray temp file and a gate report), as on the first day of a new outlet.
Articles carry the labels a reader would give them: pressure stories in Russian and Kazakh, and the
hard negatives the gate must reject (traffic fine, ordinary thief, "давление на тенге", blood
pressure, a blocked casino site, Georgia's foreign-agent law).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from qysym.contract import content_hash, validate_article
from tests.models import battery


@dataclass(frozen=True)
class Sample:
    outlet: str
    lang: str
    native_id: str
    title: str
    body: str
    published_at: str
    lead: str = ""
    categories: tuple[str, ...] = ()  # the expected labels of the article
    targets: tuple[str, ...] = ()  # target ids expected among the article's targets
    extra: dict = field(default_factory=dict)

    @property
    def article_id(self) -> str:
        return f"{self.outlet}:{self.native_id}"

    def line(self, fetched_at: str, run_id: str) -> dict:
        item = {
            "outlet": self.outlet,
            "lang": self.lang,
            "url": f"https://example.{self.outlet}.kz/a/{self.native_id}.html",
            "native_id": self.native_id,
            "title": self.title,
            "lead": self.lead,
            "body": self.body,
            "authors": ["Тілші"],
            "section": "news",
            "tags": [],
            "published_at": self.published_at,
            "modified_at": None,
            "fetched_at": fetched_at,
            "content_hash": content_hash(self.title, self.lead, self.body),
            "parser_version": "test-1",
            "layers": {"title": "selectors", "body": "selectors"},
            "run_id": run_id,
        }
        return validate_article(item)


# Week 2021-W01 (4-10 January) ---------------------------------------------------------------
DETENTION_V1 = Sample(
    "azattyq", "ru", "31000001",
    "Митинг в Алматы",
    "В субботу у здания акимата собрались участники акции.\n\nОни требовали отменить выборы.",
    "2021-01-09T08:00:00+00:00",
)
DETENTION_V2 = Sample(  # the same article after an edit: the latest version is what counts
    "azattyq", "ru", "31000001",
    "В Алматы задержали участников митинга",
    "В субботу у здания акимата собрались участники акции.\n\n"
    "Полиция задержала гражданских активистов, их доставили в отдел полиции. "
    "Позже суд назначил им административный арест на 10 суток.",
    "2021-01-09T08:00:00+00:00",
    categories=("detention",),
    targets=("kind:activist",),
)
TENGE = Sample(
    "azattyq", "ru", "31000002",
    "Тенге ослаб к доллару",
    "Давление на тенге усилилось, считают экономисты и журналисты финансовых изданий. "
    "Аналитики ждут стабилизации курса.",
    "2021-01-05T06:00:00+00:00",
)
GEORGIA = Sample(
    "azattyq", "ru", "31000003",
    "В Грузии приняли закон об иноагентах",
    "Парламент одобрил закон, который обязывает НКО с иностранным финансированием "
    "регистрироваться как иноагенты. Правозащитники заявили о давлении на гражданское общество.",
    "2021-01-06T10:00:00+00:00",
)
KK_DETENTION = Sample(
    "azattyq", "kk", "31000004",
    "Алматыда белсенді ұсталды",
    "Сенбі күні Алматыда азаматтық белсенді ұсталды. Ол полиция бөлімшесіне апарылды.",
    "2021-01-09T09:00:00+00:00",
    categories=("detention",),
    targets=("kind:activist",),
)
RU_THIEF = Sample(
    "azattyq", "ru", "31000008",
    "В Алматы задержали вора",
    "Полиция задержала вора, укравшего телефон у журналиста.",
    "2021-01-08T06:00:00+00:00",
)
KK_THIEF = Sample(
    "azattyq", "kk", "31000005",
    "Полиция ұрыны ұстады",
    "Полиция белсендінің үйін тонаған ұрыны ұстады, деп хабарлады тілшілерге департамент.",
    "2021-01-07T09:00:00+00:00",
)
TRAFFIC = Sample(
    "vlast", "ru", "69001",
    "Водителей штрафуют чаще",
    "Журналиста местной газеты оштрафовали за превышение скорости на трассе.",
    "2021-01-05T09:00:00+00:00",
)
FISCAL = Sample(
    "vlast", "ru", "69002",
    "ДГД оштрафовал общественный фонд",
    "ДГД по Алматы оштрафовал общественный фонд «Эхо» за недостоверные сведения в отчете.",
    "2021-01-08T09:00:00+00:00",
    categories=("fiscal",),
    targets=("echo", "kind:ngo"),
)
BLOOD_PRESSURE = Sample(
    "vlast", "ru", "69003",
    "Здоровье активиста",
    "У пожилого активиста подскочило давление, его госпитализировали.",
    "2021-01-06T09:00:00+00:00",
)
CASINO = Sample(
    "vlast", "ru", "69004",
    "Блогер и онлайн-казино",
    "Блогер рекламировал онлайн-казино, после чего КНБ заблокировал сайт.",
    "2021-01-06T11:00:00+00:00",
)
KK_BLOCKED = Sample(
    "vlast", "kk", "69005",
    "Азаттық сайты бұғатталды",
    "Азаттық радиосының сайты Қазақстанда бұғатталды, деп хабарлады редакция.",
    "2021-01-07T11:00:00+00:00",
    categories=("internet_control",),
    targets=("azattyq_media",),
)
EN_WEATHER = Sample(
    "vlast", "en", "69006",
    "Snow expected in Almaty",
    "Forecasters expect heavy snow in Almaty this weekend.",
    "2021-01-08T11:00:00+00:00",
)
# Week 2021-W02 (11-17 January): Sunday 19:30 UTC is Monday 01:30 in Almaty ------------------
LATE_SUNDAY = Sample(
    "azattyq", "ru", "31000006",
    "Итоги голосования",
    "ЦИК подвел предварительные итоги выборов в мажилис.",
    "2021-01-10T19:30:00+00:00",
)
# Week 2021-W03 has no articles at all: a coverage gap. Week 2021-W04 ------------------------
KK_ELECTION = Sample(
    "azattyq", "kk", "31000007",
    "Бақылаушылар учаскеге кіргізілмеді",
    "Тәуелсіз бақылаушыларды сайлау учаскесіне кіргізбеді.",
    "2021-01-25T05:00:00+00:00",
    categories=("election_process",),
    targets=("kind:observer",),
)

# Events (int_events): October-November 2020, before the vote, in editions no test above counts
# (Vlast ru and Azattyq kk before 2021): one incident reported twice, chains of reports, and
# categories that must not merge.
# fiscal x kibhr, two days apart, two outlets and both languages: one multi-outlet event
KIBHR_FISCAL_RU = Sample(
    "vlast", "ru", "69101",
    "Налоговики проверили правозащитное бюро",
    "ДГД по Алматы направил уведомление о нарушении Казахстанскому международному бюро по правам "
    "человека.",
    "2020-10-26T06:00:00+00:00",
    categories=("fiscal",),
    targets=("kibhr",),
)
KIBHR_FISCAL_KK = Sample(
    "azattyq", "kk", "31100001",
    "Халықаралық бюроға айыппұл салынды",
    "Мемлекеттік кірістер департаменті Адам құқықтары жөніндегі халықаралық бюроға айыппұл салды.",
    "2020-10-28T06:00:00+00:00",
    categories=("fiscal",),
    targets=("kibhr",),
)
# the same target between them, another category: its own event
KIBHR_INTIMIDATION = Sample(
    "vlast", "ru", "69105",
    "Сотрудников КМБПЧ вызвали в КНБ",
    "Сотрудников КМБПЧ вызвали на допрос в КНБ.",
    "2020-10-27T06:00:00+00:00",
    categories=("intimidation",),
    targets=("kibhr",),
)
# fiscal x erkindik_kanaty: 5 days apart (two events), then 3 days later (the second goes on),
# and that report is of a reversal: the second event is reversed
ERKINDIK_FINED = Sample(
    "vlast", "ru", "69102",
    "Фонд оштрафовали",
    "Департамент государственных доходов оштрафовал правозащитный фонд «Еркиндик канаты» "
    "за недостоверные сведения.",
    "2020-11-02T06:00:00+00:00",
    categories=("fiscal",),
    targets=("erkindik_kanaty",),
)
ERKINDIK_FINED_AGAIN = Sample(
    "vlast", "ru", "69103",
    "Фонд снова оштрафовали",
    "Налоговые органы повторно оштрафовали фонд «Еркиндик канаты» на 150 МРП.",
    "2020-11-07T06:00:00+00:00",
    categories=("fiscal",),
    targets=("erkindik_kanaty",),
)
ERKINDIK_FINE_CANCELLED = Sample(
    "vlast", "ru", "69104",
    "Штраф фонду отменен",
    "Суд отменил штраф, наложенный налоговыми органами на фонд «Еркиндик канаты».",
    "2020-11-10T06:00:00+00:00",
    categories=("fiscal",),
    targets=("erkindik_kanaty",),
)
# detention without a named target: two reports of one incident (text alike, a day apart) and
# another incident the same day
URALSK_DETENTION = Sample(
    "vlast", "ru", "69106",
    "В Уральске задержали гражданских активистов",
    "Полиция задержала гражданских активистов у здания акимата в Уральске.",
    "2020-11-16T06:00:00+00:00",
    categories=("detention",),
    targets=("kind:activist",),
)
URALSK_DETENTION_AGAIN = Sample(
    "vlast", "ru", "69107",
    "Гражданских активистов задержали в Уральске",
    "В Уральске у здания акимата полиция задержала гражданских активистов.",
    "2020-11-17T06:00:00+00:00",
    categories=("detention",),
    targets=("kind:activist",),
)
SHYMKENT_DETENTION = Sample(
    "vlast", "ru", "69108",
    "В Шымкенте задержали журналиста",
    "Независимого журналиста задержали в Шымкенте после публикации о коррупции.",
    "2020-11-17T08:00:00+00:00",
    categories=("detention",),
    targets=("kind:journalist_media",),
)
EVENTS = (
    KIBHR_FISCAL_RU, KIBHR_FISCAL_KK, KIBHR_INTIMIDATION, ERKINDIK_FINED, ERKINDIK_FINED_AGAIN,
    ERKINDIK_FINE_CANCELLED, URALSK_DETENTION, URALSK_DETENTION_AGAIN, SHYMKENT_DETENTION,
)

# the labelled battery: one Vlast article per case, all in week 2021-W04
BATTERY = tuple(
    Sample(
        "vlast", lang, f"b{number:03d}", battery.TITLES[lang], text,
        f"2021-01-26T{8 + number % 10:02d}:00:00+00:00",
        categories=categories,
    )
    for number, (lang, text, categories) in enumerate(battery.CASES)
)

ALL = (
    DETENTION_V2, TENGE, GEORGIA, RU_THIEF, KK_DETENTION, KK_THIEF, TRAFFIC, FISCAL, BLOOD_PRESSURE,
    CASINO, KK_BLOCKED, EN_WEATHER, LATE_SUNDAY, KK_ELECTION, *EVENTS, *BATTERY,
)
HARD_NEGATIVES = (TENGE, GEORGIA, RU_THIEF, KK_THIEF, TRAFFIC, BLOOD_PRESSURE, CASINO)

# batches: (outlet, partition date, run id, fetched_at, samples)
BATCHES = (
    ("azattyq", "2021-01-09", "run-a1", "2021-01-09T10:00:00+00:00",
     (DETENTION_V1, TENGE, GEORGIA, RU_THIEF, KK_DETENTION, KK_THIEF)),
    # the edit, and a re-crawl of an unchanged article
    ("azattyq", "2021-01-09", "run-a2", "2021-01-10T10:00:00+00:00", (DETENTION_V2, KK_DETENTION)),
    ("azattyq", "2021-01-10", "run-a2", "2021-01-11T10:00:00+00:00", (LATE_SUNDAY,)),
    # a later re-crawl of the edited version
    ("azattyq", "2021-01-09", "run-a3", "2021-01-26T10:00:00+00:00", (DETENTION_V2,)),
    ("azattyq", "2021-01-25", "run-a3", "2021-01-26T10:00:00+00:00", (KK_ELECTION,)),
    ("vlast", "2021-01-08", "run-v1", "2021-01-08T12:00:00+00:00",
     (TRAFFIC, FISCAL, BLOOD_PRESSURE, CASINO, KK_BLOCKED, EN_WEATHER)),
    ("vlast", "2021-01-26", "run-v2", "2021-01-27T12:00:00+00:00", BATTERY),
    ("vlast", "2020-11-01", "run-v0", "2020-11-18T12:00:00+00:00",
     tuple(s for s in EVENTS if s.outlet == "vlast")),
    ("azattyq", "2020-10-28", "run-a0", "2020-10-29T12:00:00+00:00",
     tuple(s for s in EVENTS if s.outlet == "azattyq")),
)


def write_landing(data_dir: Path) -> None:
    """Write the batches as the spiders do, plus files the sources must ignore."""
    landing = data_dir / "landing"
    for outlet, date, run_id, fetched_at, samples in BATCHES:
        partition = landing / f"outlet={outlet}" / f"date={date}"
        partition.mkdir(parents=True, exist_ok=True)
        with (partition / f"{run_id}.jsonl").open("a", encoding="utf-8") as f:
            for sample in samples:
                f.write(json.dumps(sample.line(fetched_at, run_id), ensure_ascii=False) + "\n")
        (partition / f"{run_id}.report.json").write_text('{"success": true}', encoding="utf-8")
    write_ignored_files(data_dir)


def write_ignored_files(data_dir: Path) -> None:
    """Tengrinews has no batch yet: only an interrupted write and a gate report."""
    partition = data_dir / "landing" / "outlet=tengrinews" / "date=2021-01-08"
    partition.mkdir(parents=True, exist_ok=True)
    (partition / "run-t1.jsonl.tmp").write_text("{not json", encoding="utf-8")
    (partition / "run-t1.report.json").write_text('{"success": false}', encoding="utf-8")
