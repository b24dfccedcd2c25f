"""``qysym check-live OUTLET``: fetch a handful of recent articles from the real site and show,
field by field, what each extraction layer produced.

For whoever runs qysym with internet access: the first place a layout change shows. The crawl
is the real spider in incremental mode, limited to a few articles, into a scratch data
directory, so nothing lands in the warehouse's landing zone.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from qysym.contract import OUTLETS
from qysym.settings import Settings, tool_env
from qysym.warehouse import QysymError
from scrapers.outlets import outlet as registered

FIELDS = ("title", "lead", "body", "authors", "section", "tags", "published_at", "modified_at")


def reachable(host: str, port: int = 443, timeout: float = 5.0) -> str | None:
    """None when ``host:port`` accepts a TCP connection, else why not (one line)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except OSError as error:
        return f"{type(error).__name__}: {error}"


@dataclass
class LiveCheck:
    outlet: str
    items: list[dict]
    report: dict


def check_live(settings: Settings, outlet: str, limit: int = 5, editions: list[str] | None = None,
               base_url: str | None = None, timeout: float = 600) -> LiveCheck:
    if outlet not in OUTLETS:
        raise QysymError(f"unknown outlet {outlet!r}: choose one of {', '.join(OUTLETS)}")
    if limit < 1:
        raise QysymError("--limit must be at least 1")
    if base_url is None:
        entry_host = registered(outlet).entry_host
        problem = reachable(entry_host)
        if problem:
            raise QysymError(f"cannot reach {entry_host} ({problem}); check-live needs "
                             "internet access to the outlet's site")
    else:
        host = urlsplit(base_url)
        problem = reachable(host.hostname or "", host.port or 80)
        if problem:
            raise QysymError(f"cannot reach {base_url} ({problem})")
    scratch = Path(tempfile.mkdtemp(prefix="qysym-check-live-"))
    try:
        env = tool_env(settings)
        env["QYSYM_DATA_DIR"] = str(scratch)
        command = [sys.executable, "-m", "scrapy", "crawl", outlet, "-a", f"max_articles={limit}",
                   "-a", "run_id=check_live", "-s", "LOG_LEVEL=WARNING",
                   "-s", "QYSYM_ARCHIVE_ENABLED=0", "-s", "HTTPCACHE_ENABLED=0"]
        if editions:
            command += ["-a", f"editions={','.join(editions)}"]
        if base_url:
            command += ["-s", f"QYSYM_BASE_URL={base_url}"]
        print(f"[qysym] fetching up to {limit} recent {outlet} articles"
              + (f" via {base_url}" if base_url else " from the live site"), flush=True)
        proc = subprocess.run(command, env=env, cwd=Path(__file__).resolve().parent.parent,
                              check=False, timeout=timeout)
        if proc.returncode != 0:
            raise QysymError(f"the {outlet} crawl failed (exit {proc.returncode}); see the log above")
        reports = sorted(scratch.glob("landing/outlet=*/date=*/check_live.report.json"))
        if not reports:
            raise QysymError(f"the {outlet} crawl wrote no report")
        report = json.loads(reports[0].read_text(encoding="utf-8"))
        batch = reports[0].with_name("check_live.jsonl")
        items = ([json.loads(line) for line in batch.read_text(encoding="utf-8").splitlines()]
                 if batch.exists() else [])
        return LiveCheck(outlet, items, report)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _preview(value: object, width: int = 70) -> str:
    if value in (None, "", []):
        return "-"
    text = ", ".join(value) if isinstance(value, list) else str(value)
    text = " ".join(text.split())
    suffix = f"  ({len(text)} chars)" if len(text) > width else ""
    return (text[: width - 1] + "…" if len(text) > width else text) + suffix


def format_check(check: LiveCheck) -> str:
    lines = []
    for item in check.items:
        lines.append(f"\n{item['url']}  [{item['lang']}]")
        layers = item.get("layers") or {}
        for name in FIELDS:
            layer = layers.get(name, "missing" if item.get(name) in (None, "", []) else "-")
            lines.append(f"  {name:<13} {layer:<15} {_preview(item.get(name))}")
    report = check.report
    counts = report.get("counts", {})
    lines.append("")
    lines.append(f"{check.outlet}: {counts.get('parsed', 0)} parsed, {counts.get('failed', 0)} "
                 f"failed, {counts.get('discovery_failed', 0)} discovery pages lost")
    for failure in report.get("failures", []):
        lines.append(f"  FAILED {failure['url']}: {failure['reason']}")
    for name, reason in sorted(report.get("discovery_failed", {}).items()):
        lines.append(f"  discovery lost {reason} page(s): {name}")
    shares = report.get("layers", {})
    if shares:
        lines.append("extraction layers (share of articles): " + "; ".join(
            f"{field} " + "/".join(f"{layer} {share:.0%}" for layer, share in s.items() if share)
            for field, s in shares.items()))
    return "\n".join(lines)
