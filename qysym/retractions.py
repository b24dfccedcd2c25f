"""Retracting published articles: the one way an article leaves the publication on purpose.

Nothing else may remove a published article: a build whose snapshot would lose an article that
was published before stops at the warehouse gate (check ``nothing_published_is_lost``) unless the
article was retracted here. A retraction is an append-only log line,
``<data>/retractions/retractions.jsonl``: who retracted which article, when and why. The log is
never rewritten; the dbt project reads it (macro ``retracted_articles``), leaves the retracted
articles out of every model from staging on, and publishes the log itself as
``marts.retractions`` so that a reader of the snapshot can see what was removed and why.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from qysym.contract import OUTLETS
from qysym.settings import Settings
from qysym.warehouse import QysymError


def log_path(settings: Settings) -> Path:
    return settings.data_dir / "retractions" / "retractions.jsonl"


def parse_id(text: str) -> tuple[str, str]:
    """``outlet:native_id`` (the article_id of marts.articles) as (outlet, native_id)."""
    outlet, sep, native_id = text.strip().partition(":")
    if not sep or not native_id.strip():
        raise QysymError(f"{text!r} is not an article id: use outlet:native_id, as in "
                         "marts.articles.article_id (<outlet>:<native_id>)")
    if outlet not in OUTLETS:
        raise QysymError(f"{text!r}: unknown outlet {outlet!r}; choose one of {', '.join(OUTLETS)}")
    return outlet, native_id.strip()


def retracted(settings: Settings) -> list[dict]:
    """Every retraction logged so far, oldest first."""
    path = log_path(settings)
    if not path.exists():
        return []
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                raise QysymError(f"{path}:{number} is not a JSON line; the retraction log is "
                                 "append-only: restore the line from a backup") from None
    return entries


def _known_articles(settings: Settings, ids: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of ``ids`` the published snapshot or the warehouse holds."""
    import duckdb

    found: set[tuple[str, str]] = set()
    for path in (settings.serving_path, settings.warehouse_path):
        if not path.exists():
            continue
        con = duckdb.connect(str(path), read_only=True)
        try:
            wanted = [f"{o}:{n}" for o, n in ids]
            rows = con.execute("select outlet, native_id from marts.articles "
                               "where list_contains(?, article_id)", [wanted]).fetchall()
        except duckdb.Error:
            rows = []
        finally:
            con.close()
        found.update(rows)
    return found


def retract(settings: Settings, article_ids: list[str], reason: str,
            now: datetime | None = None) -> list[dict]:
    """Log the retraction of ``article_ids`` with ``reason``; the next build removes them.

    Refuses an empty reason and ids that name no published or built article (a typo must not
    be logged as a retraction). Ids retracted before are reported, not logged twice.
    """
    reason = (reason or "").strip()
    if not reason:
        raise QysymError("a retraction needs a reason: --reason \"why these articles are removed\"")
    ids = list(dict.fromkeys(parse_id(text) for text in article_ids))
    if not ids:
        raise QysymError("name at least one article id (outlet:native_id) to retract")
    before = {(e["outlet"], e["native_id"]) for e in retracted(settings)}
    known = _known_articles(settings, [i for i in ids if i not in before])
    unknown = [f"{o}:{n}" for o, n in ids if (o, n) not in known and (o, n) not in before]
    if unknown:
        raise QysymError(f"not in the snapshot or the warehouse: {', '.join(unknown[:5])}"
                         + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
                         + "; check the ids with qysym sql \"select article_id from articles\"")
    stamp = (now or datetime.now(UTC)).isoformat()
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    entries = [{"outlet": o, "native_id": n, "article_id": f"{o}:{n}", "reason": reason,
                "retracted_at": stamp, "retracted_by": user}
               for o, n in ids if (o, n) not in before]
    if entries:
        path = log_path(settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries).encode("utf-8")
        with path.open("ab") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    return entries
