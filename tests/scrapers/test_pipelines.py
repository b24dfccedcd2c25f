"""Item pipelines and routing helpers, without a crawl (test_crawl.py runs them for real)."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from qysym.contract import FIELD_NAMES, ContractError, content_hash
from scrapers.items import article_item
from scrapers.pipelines import DedupPipeline, ValidationPipeline, drop_reason
from scrapers.routing import host_header, routed_url


def item(**overrides) -> dict:
    record = {
        "outlet": "vlast", "lang": "ru", "url": "https://vlast.kz/novosti/1-a.html",
        "native_id": "1", "title": "Заголовок", "lead": "", "body": "Текст.", "authors": [],
        "section": "novosti", "tags": [], "published_at": "2019-12-11T05:27:00+00:00",
        "modified_at": None, "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash("Заголовок", "", "Текст."), "parser_version": "vlast/1.0.0",
        "layers": {"title": "selectors"},
    }
    return article_item({**record, **overrides}, "run-1")


def test_items_carry_the_run_id_in_contract_order():
    assert list(item()) == list(FIELD_NAMES)
    assert item()["run_id"] == "run-1"


@pytest.mark.parametrize(
    ("broken", "reason"),
    [
        ({"title": ""}, "missing_title"),
        ({"published_at": "2019-12-11T11:27:00+06:00"}, "invalid_published_at"),
        ({"tags": "НКО"}, "invalid_tags"),
        ({"lang": "en", "outlet": "azattyq"}, "invalid_lang"),
        ({"layers": {"title": "css"}}, "invalid_layers"),
        ({"content_hash": "0" * 64}, "invalid_content_hash"),
        ({"extra": 1}, "unknown_fields"),
    ],
)
def test_invalid_items_are_dropped_and_counted_by_reason(broken, reason):
    crawler = get_crawler()
    pipeline = ValidationPipeline.from_crawler(crawler)
    with pytest.raises(DropItem):
        pipeline.process_item(item(**broken))
    stats = crawler.stats.get_stats()
    assert {k: v for k, v in stats.items() if k.startswith("qysym/")} == {
        f"qysym/dropped/{reason}": 1
    }


def test_valid_items_pass():
    pipeline = ValidationPipeline.from_crawler(get_crawler())
    assert pipeline.process_item(item()) == item()


def test_drop_reason_names_the_field():
    assert drop_reason(ContractError("missing required field 'body'")) == "missing_body"


def test_one_version_of_an_article_lands_once_per_run():
    crawler = get_crawler()
    pipeline = DedupPipeline.from_crawler(crawler)
    pipeline.process_item(item())
    text = "Текст, исправленный."
    pipeline.process_item(item(body=text, content_hash=content_hash("Заголовок", "", text)))
    for again in (item(), item(url="https://vlast.kz/politika/1-a.html")):
        with pytest.raises(DropItem):
            pipeline.process_item(again)
    assert crawler.stats.get_value("qysym/dropped/duplicate_version") == 2


@pytest.mark.parametrize(
    ("url", "base", "routed", "host"),
    [
        ("https://rus.azattyq.org/sitemap.xml", "http://127.0.0.1:8765",
         "http://127.0.0.1:8765/sitemap.xml", "rus.azattyq.org"),
        ("https://vlast.kz/novosti/2/?archive=1", "http://127.0.0.1:8765/",
         "http://127.0.0.1:8765/novosti/2/?archive=1", "vlast.kz"),
        ("https://tengrinews.kz", "http://localhost:1/mirror",
         "http://localhost:1/mirror/", "tengrinews.kz"),
        ("http://vlast.kz:8080/a.html#frag", "http://127.0.0.1:9",
         "http://127.0.0.1:9/a.html", "vlast.kz:8080"),
    ],
)
def test_routing_rewrites_only_scheme_and_host(url, base, routed, host):
    assert routed_url(url, base) == routed
    assert host_header(url) == host
