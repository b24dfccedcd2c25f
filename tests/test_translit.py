"""Kazakh in the Latin alphabets, read as Cyrillic (qysym.translit) and the DuckDB function the
models call (qysym.dbt_plugin)."""

from __future__ import annotations

import duckdb
import pytest

from qysym import dbt_plugin, translit

KAZAKH_LETTERS = "әғқңөұүі"


@pytest.mark.parametrize("letter", list(KAZAKH_LETTERS + KAZAKH_LETTERS.upper()))
def test_every_kazakh_letter_round_trips_through_the_2021_alphabet(letter):
    word = f"б{letter}р" if letter.islower() else f"Б{letter}Р"
    assert translit.to_cyrillic(translit.to_latin(word), "2021") == word


def test_a_kazakh_sentence_round_trips():
    sentence = ("Әділет министрлігі қоғамдық бірлестікті тіркеуден бас тартты; Үкімет "
                "шешімін сайлау алдында жариялады, ұйымның үйіне тінту жүргізілді.")
    latin = translit.to_latin(sentence)
    assert not set(latin.lower()) & set("абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")
    assert translit.to_cyrillic(latin) == sentence


def test_merged_letters_come_back_as_the_frequent_one():
    # х and һ are both h; и and й are both i (й after a vowel)
    assert translit.to_cyrillic(translit.to_latin("шаһар"), "2021") == "шахар"
    assert translit.to_cyrillic("bilık jäne üiı", "2021") == "билік және үйі"


@pytest.mark.parametrize(
    ("latin", "alphabet", "cyrillic"),
    [
        ("Belsendı 15 täulıkke qamauğa alyndy", "2021", "Белсенді 15 тәулікке қамауға алынды"),
        ("Qazaqstan Respýblıkasy Úkimeti", "2018", "Қазақстан Республикасы Үкіметі"),
        ("aıyppul saldy, saılaý ótti", "2018", "айыппұл салды, сайлау өтті"),
        ("Respy'bli'kasy a'dilet mi'ni'strligi", "2017", "Республикасы әділет министрлігі"),
        ("Aqtobede belsendi ustaldy, sot shesh", "informal", "Ақтобеде белсенді усталды, сот шеш"),
    ],
)
def test_each_alphabet_is_recognised_and_read(latin, alphabet, cyrillic):
    assert translit.alphabet_of(latin) == alphabet
    assert translit.to_cyrillic(latin) == cyrillic


def test_cyrillic_and_other_text_pass_through():
    assert translit.to_cyrillic("Полиция, 2021 — «Әділ сөз»?", "2021") == "Полиция, 2021 — «Әділ сөз»?"
    assert translit.to_cyrillic(None) is None
    assert translit.to_cyrillic("") == ""


@pytest.mark.parametrize(
    ("text", "kazakh"),
    [
        ("Almatyda azamattyq belsendıler ūstaldy, olar polisia bölımşesıne jetkızıldı.", True),
        ("Qazaqstan Respýblıkasy Ortalyq saılaý komıssııasy baqylaýshylardy tirkedi.", True),
        ("Aqtobede belsendi ustaldy jane sot ony qamauga aldy", True),
        ("Police detained three activists in Almaty after a picket outside the akimat.", False),
        ("The Qazaqstan foundation was fined after a tax inspection of its annual reports.", False),
        ("Белсенділер ұсталды.", False),
        # a real Latin-alphabet page with a stray Cyrillic і (U+0456) in two words
        ("Onyń aldynda baqylaýshyny qaladaǵy referendým ýchaskesіnen shyǵaryp jіbergen.", True),
        ("ok", False),
    ],
)
def test_kazakh_latin_is_told_from_english(text, kazakh):
    assert translit.looks_kazakh_latin(text) is kazakh


def test_the_duckdb_function_is_the_python_one():
    con = duckdb.connect()
    dbt_plugin.register(con)
    rows = ["Belsendı 15 täulıkke qamaldy", "Qazaqstan Respýblıkasy", None, "Полиция"]
    got = [r[0] for r in con.execute(
        "select kazakh_latin_to_cyrillic(t) from unnest(?) as u(t)", [rows]).fetchall()]
    assert got == [translit.to_cyrillic(t) for t in rows]
