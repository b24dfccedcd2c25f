"""The outlet registry (scrapers/outlets/): one folder per outlet, read by everything else."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from qysym.contract import OUTLETS
from qysym.mirror.sites import sites
from qysym.stack import qysym_dags
from qysym.synthetic import edition_weights
from scrapers.outlets import HERE, RegistryError, outlet, outlets, read_outlet
from scrapers.spiderloader import RegistrySpiderLoader

GOOD = """slug: {slug}
name: A test outlet
editions: {{ru: {slug}.test}}
entry_host: {slug}.test
pages: pages
spider: spider:Spider
"""


def folder(tmp_path: Path, slug: str, text: str | None = None) -> Path:
    path = tmp_path / slug
    path.mkdir()
    (path / "outlet.yaml").write_text(GOOD.format(slug=slug) if text is None else text, encoding="utf-8")
    return path


def test_the_study_outlets_are_registered_in_order():
    assert list(outlets()) == ["azattyq", "vlast", "tengrinews"]
    assert dict(OUTLETS) == {"azattyq": ("ru", "kk"), "vlast": ("ru", "kk", "en"),
                             "tengrinews": ("ru", "kk", "en")}
    assert qysym_dags() == ("qysym_crawl_azattyq", "qysym_crawl_vlast", "qysym_crawl_tengrinews",
                            "qysym_warehouse")
    assert RegistrySpiderLoader().list() == list(outlets())
    assert list(sites()) == list(outlets())
    assert {slug for slug, _ in edition_weights()} == set(outlets())


def test_each_outlet_lives_in_its_own_folder():
    for slug, registered in outlets().items():
        assert registered.folder == HERE / slug
        assert registered.pages.__name__ == f"scrapers.outlets.{slug}.pages"
        assert registered.spider_class().name == slug
        assert slug == registered.pages.OUTLET


def _project_imports(path: Path) -> set[str]:
    """The project modules a file imports (relative ones with their dots)."""
    imported = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            imported.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    return {name for name in imported if name.startswith((".", "scrapers", "qysym"))}


@pytest.mark.parametrize("slug", sorted(outlets()))
def test_a_mirror_site_shares_no_code_with_the_parsers(slug):
    """The mirror is the ground truth the parsers are judged against: its site modules import
    from qysym.mirror and the standard library only."""
    project = _project_imports(HERE / slug / "mirror.py")
    assert project and all(name.startswith("qysym.mirror") for name in project), project


@pytest.mark.parametrize("slug", sorted(outlets()))
def test_the_parsers_and_spider_know_only_the_site_not_the_mirror(slug):
    """The other direction: an outlet's parsers and spider, and the shared scraper code, import
    nothing of the sample mirror (nor the mirror module beside them)."""
    files = [HERE / slug / "pages.py", HERE / slug / "spider.py",
             *HERE.parent.glob("pages/*.py"), *HERE.parent.glob("spiders/*.py")]
    for path in files:
        project = _project_imports(path)
        assert not [n for n in project if "mirror" in n], (path, project)


def test_an_extra_folder_is_registered_by_the_setting(tmp_path, monkeypatch):
    extra = folder(tmp_path, "extra_one")
    monkeypatch.setenv("QYSYM_OUTLET_DIRS", str(extra))
    assert list(outlets())[-1] == "extra_one"
    assert outlet("extra_one").package == "extra_one"
    assert OUTLETS["extra_one"] == ("ru",)
    assert "qysym_crawl_extra_one" in qysym_dags()
    monkeypatch.delenv("QYSYM_OUTLET_DIRS")
    assert "extra_one" not in outlets()


@pytest.mark.parametrize(("text", "message"), [
    ("slug: other\nname: x\neditions: {ru: a.test}\n", "must be the folder's name"),
    ("slug: bad_one\nname: x\n", "missing keys ['editions']"),
    ("slug: bad_one\nname: x\neditions: {ru: a.test}\ncolour: red\n", "unknown keys ['colour']"),
    ("slug: bad_one\nname: x\neditions: {fr: a.test}\n", "editions: a mapping of language"),
    ("slug: bad_one\nname: x\neditions: {ru: a.test}\nspider: Spider\n", "missing keys"),
    ("slug: bad_one\nname: x\neditions: {ru: a.test}\nentry_host: a\npages: p\nspider: Spider\n",
     "spider 'Spider': give module:Class"),
    ("slug: bad_one\nname: x\neditions: {ru: a.test}\norder: first\n", "order 'first': a whole number"),
    ("slug: [bad\n", "not valid YAML"),
])
def test_a_broken_outlet_yaml_is_a_one_line_error_naming_the_file(tmp_path, text, message):
    path = folder(tmp_path, "bad_one", text)
    with pytest.raises(RegistryError) as error:
        read_outlet(path, "bad_one")
    assert str(path / "outlet.yaml") in str(error.value) and message in str(error.value)


def test_registering_a_slug_twice_or_a_missing_folder_fails(tmp_path, monkeypatch):
    twin = tmp_path / "twin"
    twin.mkdir()
    copy = folder(twin, "vlast")
    monkeypatch.setenv("QYSYM_OUTLET_DIRS", str(copy))
    with pytest.raises(RegistryError, match="registered twice"):
        outlets()
    monkeypatch.setenv("QYSYM_OUTLET_DIRS", str(tmp_path / "nowhere"))
    with pytest.raises(RegistryError, match="is not a folder"):
        outlets()
    monkeypatch.delenv("QYSYM_OUTLET_DIRS")
    with pytest.raises(RegistryError, match="unknown outlet 'orda': choose one of azattyq, vlast"):
        outlet("orda")


# Files that name the study's outlets as actors in the news, not as outlets qysym crawls: the
# classifier's targets (a media organisation whose journalists are denied accreditation) and its
# attribution patterns ("reports Vlast.kz", beside Orda and KazTAG, which are not registered), and
# the sample mirror's world of actors. They hold whether or not an outlet is crawled; adding or
# removing an outlet never edits them.
WORLD_KNOWLEDGE = ("models/seeds/targets.csv", "models/seeds/lexicon.csv",
                   "qysym/mirror/stories/banks/world.yaml")


@pytest.mark.parametrize("slug", sorted(outlets()))
def test_an_outlet_is_named_only_in_its_own_folder(slug):
    """Outside its folder, the docs and the tests, only world knowledge names a built-in outlet."""
    from tests.conftest import files_naming

    own = (HERE / slug).relative_to(HERE.parents[1]).as_posix() + "/"
    assert set(files_naming(slug, outside=(own, "tests/"))) <= set(WORLD_KNOWLEDGE)
