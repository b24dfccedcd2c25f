"""The Russian morphology the models call through the dbt plugin (pymorphy3).

Was it a state measure (qysym.measures): the civic or private subject of a Russian action's
verb, or a denial, vetoes the hit; the state, the unidentified, a passive or a victim verb do
not. Sentences are normalised as the models give them (lower case, ё as е).

Where a sentence is set (qysym.places): a dictionary place outside Kazakhstan after a locative
preposition; Kazakhstan's own places, names of people and guessed words are not abroad.
Sentences are as published (capitals matter)."""

from __future__ import annotations

import csv

import duckdb
import pytest

from qysym import dbt_plugin, measures, places


@pytest.mark.parametrize(("sentence", "matched", "expected"), [
    # the civic people themselves act
    ("митингующие отказались зайти в здание акимата.", "отказались", "civic:митинговать"),
    ("участники акции отказались покинуть площадь.", "отказались", "civic:участник"),
    ("журналистка отказалась от аккредитации на форум.", "отказалась от аккредитации",
     "civic:журналистка"),
    ("бастующие шахтеры заблокировали въезд на шахту.", "заблокировали", "civic:бастовать"),
    # a private party acts, also across a predicate joined by "и" and a coordinated subject
    ("подрядчик отобрал у журналистки телефон и потребовал удалить видео.", "потребовал удалить",
     "private:подрядчик"),
    ("студенты и декан избили журналистов на пожаре.", "избили", "private:студент"),
    # the state acted against private people (attackers, hooligans), not a civic target
    ("полицейские разняли дерущихся и задержали двоих нападавших, журналисты обратились к врачам.",
     "задержали", "private_object:нападать"),
    ("в таразе задержали трех хулиганов.", "задержали", "private_object:хулиган"),
    ("нападавшие избили журналиста у входа.", "избили", "private:нападать"),
    ("в алматы задержали журналиста.", "задержали", None),
    ("полиция задержала 5 участников пикета.", "задержала", None),
    # the state or someone unidentified acts, or nobody is named: the hit stands
    ("полиция задержала активистку у здания акимата.", "задержала", None),
    ("неизвестные избили журналиста в таразе.", "избили", None),
    ("в алматы задержали активистов.", "задержали", None),
    ("активистов вывели из зала и задержали.", "задержали", None),
    ("активисты вышли на площадь и их задержали.", "задержали", None),
    ("журналисты, которых задержала полиция, вышли на свободу.", "задержала", None),
    # number agreement: a genitive singular that looks like a nominative plural is no subject
    ("работодатель наблюдательницы потребовал отказаться от наблюдения.", "потребовал", None),
    # the civic subject is the one hit (victim verbs), a passive, or a noun: the hit stands
    ("активисты получили отказ в проведении митинга.", "получили отказ", None),
    ("журналисты не смогли согласовать пикет с акиматом.", "не смогли согласовать", None),
    ("активисты задержаны у акимата.", "задержаны", None),
    ("активистам выписали штраф.", "штраф", None),
    # denied: nothing happened
    ("полиция не задерживала участников акции.", "задерживала", "negated:задерживать"),
    ("активист не был задержан.", "задержан", "negated:задержать"),
    ("никаких задержаний журналистов не было.", "задержаний", "negated:задержание"),
    ("задержаний среди активистов не было.", "задержаний", "negated:задержание"),
    ("акция обошлась без арестов.", "арестов", "negated:арест"),
    ("арестов нет, сообщили в полиции.", "арестов", "negated:арест"),
    # not a denial: "не только", a refusal that is itself the measure, a noun in plain use
    ("полиция не только задержала активистов, но и изъяла плакаты.", "задержала", None),
    ("акимат не согласовал митинг.", "не согласовал", None),
    ("задержания активистов продолжаются.", "задержания", None),
    # a match that is not in the sentence, or no text at all
    ("полиция задержала активиста.", "оштрафовала", None),
    (None, "задержали", None),
])
def test_measure_veto(sentence, matched, expected):
    assert measures.measure_veto(sentence, matched) == expected


def test_the_seed_lists_normal_forms_pymorphy_gives():
    """A lemma the analyser never produces would never match: every listed word is its own
    normal form (ё written either way), and every role is known."""
    with measures.SEED.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    analyzer = measures.analyzer()
    for row in rows:
        assert row["role"] in {"civic", "private", "victim_verb", "negatable"}, row
        forms = {measures._plain(p.normal_form) for p in analyzer.parse(row["lemma"])}
        assert measures._plain(row["lemma"]) in forms, row


@pytest.mark.parametrize(("sentence", "expected"), [
    ("В Гомеле задержали журналиста.", "гомель"),
    ("Активиста из Нукуса арестовали на десять суток.", "нукус"),
    ("В Оше милиция задержала пикетчика.", "ош"),
    ("Блогера из Мозыря оштрафовали.", "мозырь"),
    ("Журналиста задержали в Петропавловске-Камчатском.", "петропавловск-камчатский"),
    # Kazakhstan's own places, old names too, and no country
    ("Полиция в Алматы задержала активистов.", None),
    ("В Уральске суд оштрафовал блогера.", None),
    ("Активиста из Петропавловска вызвали в полицию.", None),
    ("Митинг в Джезказгане разогнали.", None),
    ("В Центральной Азии и на Каспии давление на НКО растёт.", None),
    # a person's name ("у памятника Абаю"), a guessed word, a place not after a preposition
    ("Активисты собрались у памятника Абаю.", None),
    ("Семью из Синьцзяне вызвали на беседу.", None),
    ("Москва заявила протест.", None),
    (None, None),
])
def test_foreign_place(sentence, expected):
    assert places.foreign_place(sentence) == expected


def test_the_places_seed_is_kazakhstan_or_no_country():
    with places.SEED.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["kind"] for row in rows} == {"kazakhstan", "no_country"}
    assert {"алматы", "астана", "уральск", "каспий"} <= {row["lemma"] for row in rows}
    assert not {"москва", "бишкек", "минск", "гомель"} & {row["lemma"] for row in rows}


def test_the_duckdb_functions_are_the_python_ones():
    con = duckdb.connect()
    dbt_plugin.register(con)
    got = con.execute("select measure_veto(?, ?), measure_veto(null, 'x'), foreign_place(?), "
                      "foreign_place(null)",
                      ["студенты избили журналиста.", "избили", "В Бишкеке задержали."]).fetchone()
    assert got == ("private:студент", None, "бишкек", None)
