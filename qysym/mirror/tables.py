"""Reading the mirror's YAML tables (story banks, page chrome) as immutable Python values."""

from __future__ import annotations

from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


def freeze(value):
    """Lists become tuples, all the way down, so no caller can change a shared table."""
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    if isinstance(value, dict):
        return {k: freeze(v) for k, v in value.items()}
    return value


def read_table(path: Path):
    with path.open(encoding="utf-8") as f:
        return freeze(yaml.load(f, Loader=_LOADER))
