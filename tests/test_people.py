"""People a sentence introduces by their civic role (qysym.people), so that a measure told by
surname alone, sentences later, still names a civic target. Sentences are as published
(capitals matter)."""

from __future__ import annotations

import duckdb
import pytest

from qysym import dbt_plugin
from qysym.people import named_people


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
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
    # no person: a place, an adjective, an outlet, a lone first name, a lone word
    ("Журналисты Западного Казахстана собрались в Актобе.", "ru", []),
    ("Активисты Алматы вышли к акимату.", "ru", []),
    ("Журналист Радио Азаттык задал вопрос.", "ru", []),
    ("Правозащитник Жовтис выступил.", "ru", []),
    ("Journalists Said the vote was calm.", "en", []),
    ("Полиция задержала активиста.", "ru", []),
    ("", "ru", []),
    ("Журналист Иван Петров", "uz", []),
])
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
