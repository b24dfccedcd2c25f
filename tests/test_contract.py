import pytest

from qysym.contract import ContractError, content_hash, validate_article


def _item(**overrides):
    item = {
        "outlet": "vlast", "lang": "ru", "url": "https://vlast.kz/novosti/42001-x.html",
        "native_id": "42001", "title": "Заголовок", "lead": "", "body": "Текст статьи.",
        "authors": [], "section": "novosti", "tags": [], "published_at": "2020-12-08T08:05:00+00:00",
        "modified_at": None, "fetched_at": "2026-01-01T00:00:00+00:00", "content_hash": "",
        "parser_version": "vlast/1", "layers": {"title": "selectors"}, "run_id": "r",
    }
    item.update(overrides)
    item["content_hash"] = overrides.get("content_hash") or content_hash(item["title"], item["lead"], item["body"])
    return item


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
