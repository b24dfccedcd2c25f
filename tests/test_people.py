"""People a sentence introduces by their civic role (qysym.people), so that a measure told by
surname alone, sentences later, still names a civic target. Sentences are as published
(capitals matter)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml

from qysym import dbt_plugin
from qysym.people import named_people

CASES = [
    # role then name, the surname's case ending dropped from the stem
    ("Публицист Айжан Сатпаева известна постами о закупках.", "ru", ["journalist_media:сатпаев"]),
    ("Полиция задержала активиста Дулата Агадила.", "ru", ["activist:агадил"]),
    ("Серикжан Билаш (по документам — Бияш) — один из первых активистов.", "ru", ["activist:билаш"]),
    ("Независимый наблюдатель Данияр Касымов приехал на участок.", "ru", ["observer:касымов"]),
    ("Журналист Иванов сообщил об этом.", "ru", ["journalist_media:иванов"]),
    # name, then a dash or comma and the role; Kazakh "есімді"
    ("Айгуль Утепова – журналист из Уральска.", "ru", ["journalist_media:утепов"]),
    ("Марат Жыланбаев, белсенді, ұсталды.", "kk", ["activist:жыланбаев"]),
    ("Бауыржан Төлеуов есімді белсенді бейне жариялады.", "kk", ["activist:төлеуов"]),
    ("Белсенді Марат Жыланбаевқа айыппұл салынды.", "kk", ["activist:жыланбаев"]),
    ("Police detained activist Dana Zhaksybek on Monday.", "en", ["activist:zhaksybek"]),
    # a party role (opposition, unregistered or banned), the party's name in quotes or letters
    ("Суд над лидером незарегистрированной оппозиционной партии «Алга» Владимиром Козловым.", "ru",
     ["movement_party:козлов"]),
    ("Член запрещенного движения ДВК Айгуль Сейтова задержана.", "ru", ["movement_party:сейтов"]),
    ("Тіркелмеген «Алға» партиясының жетекшісі Владимир Козлов сотталды.", "kk",
     ["movement_party:козлов"]),
    ("Лидер партии «Аманат» Ерлан Кошанов выступил.", "ru", []),
    # a reporting verb between the name and the role word: the role is the report's source
    ("Об этом рассказал председатель комиссии Александр Малашко, передаёт корреспондент агентства.",
     "ru", []),
    ("Марат Жыланбаев, известный активист, задержан.", "ru", ["activist:жыланбаев"]),
    # no person: a place, an adjective, an outlet, a lone first name, a lone word
    ("Журналисты Западного Казахстана собрались в Актобе.", "ru", []),
    ("Активисты Алматы вышли к акимату.", "ru", []),
    ("Журналист Радио Азаттык задал вопрос.", "ru", []),
    ("Правозащитник Жовтис выступил.", "ru", []),
    ("Journalists Said the vote was calm.", "en", []),
    ("Полиция задержала активиста.", "ru", []),
    ("", "ru", []),
    ("Журналист Иван Петров", "uz", []),
]
PROJECT = Path(__file__).resolve().parent.parent / "models" / "dbt_project.yml"


@pytest.mark.parametrize(("sentence", "lang", "expected"), CASES)
def test_named_people(sentence, lang, expected):
    assert named_people(sentence, lang) == expected


def test_two_people_of_two_roles():
    sentence = "Журналист Нурлан Абенов и правозащитница Гульмира Есенова пришли в суд."
    assert named_people(sentence, "ru") == ["activist:есенов", "journalist_media:абенов"]


def test_the_duckdb_function_is_the_python_one():
    con = duckdb.connect()
    dbt_plugin.register(con)
    got = con.execute("select named_people(?, 'ru'), named_people(null, 'ru')",
                      ["Публицист Айжан Сатпаева пишет."]).fetchone()
    assert got == (["journalist_media:сатпаев"], [])


def test_the_models_cheap_pretest_lets_every_named_person_through():
    # int_lexicon_hits asks the Python function only about sentences that pass this RE2 test
    pretest = yaml.safe_load(PROJECT.read_text(encoding="utf-8"))["vars"]["named_people_pretest"]
    con = duckdb.connect()
    named = [sentence for sentence, _, expected in CASES if expected]
    named.append("Журналист Нурлан Абенов и правозащитница Гульмира Есенова пришли в суд.")
    for sentence in named:
        assert con.execute("select regexp_matches(?, ?)", [sentence, pretest]).fetchone()[0], sentence
    # and it is a real filter: most sentences fail it
    for sentence in ("Полиция задержала активиста.", "В Алматы прошел митинг у акимата.",
                     "Активисты вышли к акимату в Алматы."):
        assert not con.execute("select regexp_matches(?, ?)", [sentence, pretest]).fetchone()[0]
