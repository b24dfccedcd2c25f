import re
from pathlib import Path

import pytest
import yaml

from qysym.contract import (
    ARTICLE_FIELDS,
    FIELD_NAMES,
    ContractError,
    content_hash,
    validate_article,
)
from tests.conftest import article


def _item(**overrides):
    return article(**overrides)


def test_a_valid_item_passes():
    assert validate_article(_item())["native_id"] == "42001"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "title"),
        ({"lang": "en", "outlet": "azattyq"}, "language"),
        ({"published_at": "2020-12-08 14:05"}, "published_at"),
        ({"published_at": "2020-12-08T14:05:00+06:00"}, "published_at"),
        ({"authors": "Иванов"}, "authors"),
        ({"layers": {"title": "magic"}}, "layers"),
        ({"content_hash": "0" * 64}, "content_hash"),
        ({"outlet": "nowhere"}, "outlet"),
    ],
)
def test_contract_violations_name_the_field(overrides, message):
    with pytest.raises(ContractError, match=message):
        validate_article(_item(**overrides))


def test_unknown_fields_are_refused():
    item = _item()
    item["extra"] = 1
    with pytest.raises(ContractError, match="unknown fields: extra"):
        validate_article(item)


def test_content_hash_ignores_whitespace_but_not_words():
    assert content_hash("A  b", "", "c\n d") == content_hash("A b", "", "c d")
    assert content_hash("A b", "", "c d") != content_hash("A b", "", "c e")


# --- the contract's three declarations --------------------------------------------------------
# The article contract is declared in Python (qysym/contract.py), in the dbt macro that types the
# landed JSON (models/macros/landing.sql) and in the landing source's column docs
# (models/models/staging/_landing__sources.yml). They must say the same thing.

ROOT = Path(__file__).resolve().parent.parent
# how each contract kind is typed when dbt reads the JSONL (timestamps stay ISO strings)
DUCKDB_TYPE = {"string": "varchar", "timestamp": "varchar", "list": "varchar[]",
               "object": "map(varchar, varchar)"}


def test_the_landing_macro_types_exactly_the_contract_fields_in_order():
    macro = (ROOT / "models" / "macros" / "landing.sql").read_text(encoding="utf-8")
    body = macro.split("{% macro landing_columns() %}", 1)[1].split("{% endmacro %}", 1)[0]
    declared = re.findall(r"\('(\w+)', '([^']+)'\)", body)
    assert declared == [(f.name, DUCKDB_TYPE[f.type]) for f in ARTICLE_FIELDS]


def test_every_landing_source_documents_exactly_the_contract_fields_in_order():
    sources = yaml.safe_load(
        (ROOT / "models" / "models" / "staging" / "_landing__sources.yml").read_text(encoding="utf-8"))
    (landing,) = [s for s in sources["sources"] if s["name"] == "landing"]
    # one table for every registered outlet's partitions (landing/outlet=*/...)
    assert [t["name"] for t in landing["tables"]] == ["article_versions"]
    assert "outlet=*" in landing["config"]["meta"]["external_location"]
    for table in landing["tables"]:
        assert [c["name"] for c in table["columns"]] == list(FIELD_NAMES), table["name"]
        assert all(c.get("description") for c in table["columns"]), table["name"]
