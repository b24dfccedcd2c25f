import pytest

from qysym.contract import ContractError, content_hash, validate_article
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
