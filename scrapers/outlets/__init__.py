"""The outlet registry: the one place that knows which outlets qysym crawls.

Each outlet is a folder, ``scrapers/outlets/<slug>/``, holding an ``outlet.yaml`` (its name,
editions and their hosts, where discovery starts, which of its modules parse pages and crawl,
its share of the synthetic stream) beside those modules. Everything else reads the outlets from
here: the article contract, the spiders, the crawl DAG factory, the stack, the live check, the
synthetic generator, the landing gate and the dbt project (the ``outlets`` model).

The built-in outlets are the folders of this package. ``QYSYM_OUTLET_DIRS`` (``Settings``; paths
separated by ``:``) registers more: each path is an outlet folder of the same shape, wherever it
lives; its folder name is its slug and its import name. Registering an outlet is that one entry.

This module imports no crawler code: an outlet's modules are imported only when asked for
(:meth:`Outlet.module`).
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ("ru", "kk", "en")
_SLUG = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
_KEYS = {"slug", "name", "editions", "entry_host", "pages", "spider", "mirror", "synthetic", "order"}


class RegistryError(ValueError):
    """An outlet folder or its outlet.yaml is not usable; the message names the file."""


@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    editions: dict[str, str]  # language -> host the edition publishes on
    entry_host: str | None  # None: never crawled (qysym classify's texts)
    package: str  # import name of the outlet's folder
    folder: Path
    pages_module: str | None
    spider_ref: str | None  # module:Class, in the folder
    mirror_ref: str | None = None  # module:Class, its site in the sample mirror (qysym.mirror.sites)
    synthetic_weights: dict[str, float] = field(default_factory=dict)
    native_id_format: str = "{serial}"
    order: int | None = None  # where a built-in outlet is listed (the design's order), else by slug

    @property
    def langs(self) -> tuple[str, ...]:
        return tuple(self.editions)

    @property
    def dag_id(self) -> str:
        return f"qysym_crawl_{self.slug}"

    def module(self, name: str) -> ModuleType:
        """One of the outlet's modules (``pages``, ``spider``, ``mirror``), imported now."""
        root = _import_root(self.folder)
        if str(root) not in sys.path:
            sys.path.insert(0, str(root))
        return importlib.import_module(f"{self.package}.{name}")

    @property
    def crawled(self) -> bool:
        return self.spider_ref is not None

    @property
    def pages(self) -> ModuleType:
        if self.pages_module is None:
            raise RegistryError(f"outlet {self.slug!r} has no page parsers (it is never crawled)")
        return self.module(self.pages_module)

    def spider_class(self) -> type:
        if self.spider_ref is None:
            raise RegistryError(f"outlet {self.slug!r} has no spider (it is never crawled)")
        module, _, name = self.spider_ref.partition(":")
        return getattr(self.module(module), name)

    def native_id(self, lang: str, serial: int) -> str:
        return self.native_id_format.format(lang=lang, serial=serial)


def read_outlet(folder: Path, package: str) -> Outlet:
    """The outlet of one folder, checked: a one-line error names the file and what is wrong."""
    path = folder / "outlet.yaml"
    if not path.is_file():
        raise RegistryError(f"{folder}: no outlet.yaml; an outlet folder needs one (see README, "
                            "'Adding an outlet')")
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise RegistryError(f"{path}: not valid YAML ({error})") from error

    def fail(problem: str) -> RegistryError:
        return RegistryError(f"{path}: {problem}")

    if not isinstance(spec, dict):
        raise fail("expected a mapping of keys")
    # an outlet that is crawled names its spider, its parsers and where discovery starts
    crawled = {"entry_host", "pages", "spider"}
    required = {"slug", "name", "editions"} | (crawled if crawled & set(spec) else set())
    missing = sorted(required - set(spec))
    unknown = sorted(set(spec) - _KEYS)
    if missing or unknown:
        raise fail("; ".join(p for p in (missing and f"missing keys {missing}",
                                          unknown and f"unknown keys {unknown}") if p))
    slug = spec["slug"]
    if not isinstance(slug, str) or not _SLUG.match(slug):
        raise fail(f"slug {slug!r}: lower-case letters, digits and _, starting with a letter")
    if slug != folder.name:
        raise fail(f"slug {slug!r} must be the folder's name ({folder.name!r})")
    editions = spec["editions"]
    if not isinstance(editions, dict) or not editions or not set(editions) <= set(LANGS):
        raise fail(f"editions: a mapping of language ({', '.join(LANGS)}) to host, got {editions!r}")
    for key in ("spider", "mirror"):
        if key in spec and ":" not in str(spec[key]):
            raise fail(f"{key} {spec[key]!r}: give module:Class")
    synthetic = spec.get("synthetic") or {}
    weights = {str(k): float(v) for k, v in (synthetic.get("weights") or {}).items()}
    if not set(weights) <= set(editions):
        lacking = sorted(set(weights) - set(editions))
        raise fail(f"synthetic.weights names editions the outlet lacks: {lacking}")
    return Outlet(slug=slug, name=str(spec["name"]), editions={str(k): str(v) for k, v in editions.items()},
                  entry_host=_optional(spec, "entry_host"), package=package, folder=folder,
                  pages_module=_optional(spec, "pages"), spider_ref=_optional(spec, "spider"),
                  mirror_ref=_optional(spec, "mirror"),
                  synthetic_weights=weights, native_id_format=str(synthetic.get("native_id", "{serial}")),
                  order=_order(spec, fail))


def _order(spec: dict, fail) -> int | None:
    order = spec.get("order")
    if order is not None and (isinstance(order, bool) or not isinstance(order, int)):
        raise fail(f"order {order!r}: a whole number (where the outlet is listed)")
    return order


def _optional(spec: dict, key: str) -> str | None:
    return None if spec.get(key) is None else str(spec[key])


def outlets() -> dict[str, Outlet]:
    """Every registered outlet by slug: the built-in folders, then QYSYM_OUTLET_DIRS, in order."""
    from qysym.settings import load

    return _registry(load().outlet_dirs)


@cache
def _registry(extra: tuple[Path, ...]) -> dict[str, Outlet]:
    builtin = [read_outlet(p, f"{__name__}.{p.name}") for p in HERE.iterdir()
               if (p / "outlet.yaml").is_file()]
    # the built-in outlets in their outlet.yaml's order (the study's three as the design lists
    # them), then the extra folders in the setting's order
    builtin.sort(key=lambda o: (o.order is None, o.order or 0, o.slug))
    found = {o.slug: o for o in builtin}
    for folder in extra:
        folder = folder.resolve()
        if not folder.is_dir():
            raise RegistryError(f"QYSYM_OUTLET_DIRS: {folder} is not a folder")
        outlet = read_outlet(folder, _package_of(folder))
        if outlet.slug in found:
            raise RegistryError(f"{folder}: outlet {outlet.slug!r} is registered twice "
                                f"(also {found[outlet.slug].folder})")
        found[outlet.slug] = outlet
    return found


def _import_root(folder: Path) -> Path:
    """The folder's nearest ancestor that is not a package (no __init__.py): where its import
    name starts, as pytest's ``prepend`` import mode has it."""
    root = folder.parent
    while (root / "__init__.py").is_file():
        root = root.parent
    return root


def _package_of(folder: Path) -> str:
    """The import name of an outlet folder: ``dala`` for a folder that is its own package root,
    ``tests.outlets.dala`` inside the test tree (so a test and the registry import one module)."""
    return ".".join(folder.relative_to(_import_root(folder)).parts)


def outlet(slug: str) -> Outlet:
    """The registered outlet ``slug``, or a one-line error listing the registered ones."""
    registered = outlets()
    if slug not in registered:
        raise RegistryError(f"unknown outlet {slug!r}: choose one of {', '.join(registered)}")
    return registered[slug]
