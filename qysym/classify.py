"""`qysym classify`: the warehouse's classification applied to arbitrary texts.

Classification lives in one place, the dbt project (``models/``). This module does not label
anything itself: it lands the texts as one contract-valid batch in a scratch data directory, as an
outlet of their own (``texts``, registered there and nowhere else: scrapers/outlets/), runs the
real models up to ``marts.articles`` there with one ``dbt build``, and reads the labels back. An
article in the warehouse and the same text given to ``classify`` therefore get the same labels.

Input lines: ``{"id", "title", "text", "lang"?, "published_at"?}``; output lines, in input order:
``{"id", "is_pressure", "categories", "targets", "severity"}``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import yaml

from qysym import settings as settings_module
from qysym.contract import ContractError, content_hash, validate_article
from qysym.settings import Settings
from qysym.translit import looks_kazakh_latin
from qysym.warehouse import QysymError

# The texts land as an outlet of their own, registered only in the scratch directory (an outlet
# folder with an outlet.yaml, QYSYM_OUTLET_DIRS): never crawled, all three editions.
OUTLET = "texts"
LANGS = ("ru", "kk", "en")
OUTLET_SPEC = {"slug": OUTLET, "name": "Texts given to qysym classify",
               "editions": dict.fromkeys(LANGS, "classify.invalid")}
# Texts without a publication time get this one; labels never depend on it.
DEFAULT_PUBLISHED_AT = "2020-01-01T00:00:00+00:00"
RUN_ID = "classify"
# The contract needs a non-empty headline: a text given without a title lands with this one,
# which no pattern matches (the headline is sentence 0, the body starts at sentence 1 as usual).
UNTITLED = "-"
# dbt runs the models that marts.articles depends on (seeds included); data and unit tests are
# the build's business, not classify's.
DBT_ARGS = ("build", "--quiet", "--select", "+articles",
            "--exclude-resource-type", "test", "--exclude-resource-type", "unit_test")

_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# Share of Kazakh-specific letters among Cyrillic letters from which a text counts as Kazakh. In
# the sample mirror Kazakh articles have 10-19 %, Russian ones (quoting Kazakh names) at most 2.3 %;
# a short Russian text naming «Әділ сөз» has about 4 %. Give "lang" when a text is that ambiguous.
KAZAKH_SHARE = 0.06


def _say(message: str) -> None:
    print(f"[qysym] {message}", flush=True)


@dataclass(frozen=True)
class Text:
    """One text to classify, checked."""

    id: object  # as given (a string or an integer), echoed in the output
    key: str  # the id as landed: the article's native_id
    title: str
    text: str
    lang: str
    published_at: str


def detect_lang(text: str) -> str:
    """kk when Kazakh-specific letters are a noticeable share of the Cyrillic ones, ru for other
    Cyrillic text; for Latin text, kk when it reads as Kazakh in a Latin alphabet
    (:func:`qysym.translit.looks_kazakh_latin`), en otherwise."""
    lowered = text.lower()
    cyrillic = sum(1 for c in lowered if "\u0400" <= c <= "\u04ff")
    if not cyrillic:
        return "kk" if looks_kazakh_latin(text) else "en"
    kazakh = sum(1 for c in lowered if c in _KAZAKH_LETTERS)
    return "kk" if kazakh >= KAZAKH_SHARE * cyrillic else "ru"


def _utc_iso(value: str) -> str:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat()


def _unpaired_surrogate(obj: object) -> str | None:
    """The first lone UTF-16 surrogate ("\\ud800" escapes) in a parsed JSON value, if any."""
    if isinstance(obj, str):
        try:
            obj.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"\\u{ord(obj[exc.start]):04x}"
        return None
    values = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else ()
    for value in values:
        found = _unpaired_surrogate(value)
        if found:
            return found
    return None


def make_text(obj: object, where: str) -> Text:
    """Check one input record; QysymError naming ``where`` (e.g. "in.jsonl line 3") if it is bad."""
    if not isinstance(obj, dict):
        raise QysymError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    surrogate = _unpaired_surrogate(obj)
    if surrogate:
        raise QysymError(f"{where}: holds the escape {surrogate}, half of a UTF-16 pair and not a "
                         "character: fix the text's encoding")
    ident = obj.get("id")
    if ident is None:
        raise QysymError(f'{where}: missing "id"')
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        raise QysymError(f'{where}: "id" must be a string or an integer')
    key = str(ident).strip()
    if not key:
        raise QysymError(f'{where}: "id" is empty')
    text = obj.get("text")
    if text is None:
        raise QysymError(f'{where}: missing "text"')
    if not isinstance(text, str) or not text.strip():
        raise QysymError(f'{where}: "text" must be a non-empty string')
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        raise QysymError(f'{where}: "title" must be a string')
    title = title if title and title.strip() else UNTITLED
    lang = obj.get("lang")
    if lang is None:
        lang = detect_lang(f"{title}\n{text}")
    elif lang not in LANGS:
        raise QysymError(f'{where}: "lang" must be one of {", ".join(LANGS)}, got {lang!r}')
    published_at = obj.get("published_at")
    if published_at is None:
        published_at = DEFAULT_PUBLISHED_AT
    else:
        try:
            published_at = _utc_iso(published_at)
        except (TypeError, ValueError):
            raise QysymError(f'{where}: "published_at" is not an ISO 8601 time: {published_at!r}') from None
    return Text(ident, key, title, text, lang, published_at)


def check_unique(texts: Sequence[Text], wheres: Sequence[str]) -> None:
    seen: dict[str, str] = {}
    for text, where in zip(texts, wheres, strict=True):
        if text.key in seen:
            raise QysymError(f"{where}: duplicate id {text.id!r} (first at {seen[text.key]})")
        seen[text.key] = where


def read_jsonl(path: Path) -> list[tuple[int, object]]:
    """(line number, parsed JSON) for every non-blank line; QysymError naming the bad line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise QysymError(f"cannot read {path}: {exc.strerror or exc}") from None
    rows = []
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    rows.append((number, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise QysymError(f"{path.name} line {number}: not JSON ({exc.msg})") from None
        except UnicodeDecodeError:
            raise QysymError(f"{path}: not UTF-8 text") from None
    return rows


def read_inputs(path: Path) -> list[Text]:
    """Every input line checked before anything runs: the first bad line is the error."""
    texts, wheres = [], []
    for number, obj in read_jsonl(path):
        where = f"{path.name} line {number}"
        texts.append(make_text(obj, where))
        wheres.append(where)
    if not texts:
        raise QysymError(f"{path}: no texts (the file is empty): write one JSON object per line, "
                         'with at least "id" and "text"')
    check_unique(texts, wheres)
    return texts


def landed_line(text: Text, number: int) -> dict:
    """The text as one landed article version, checked against the article contract."""
    item = {
        "outlet": OUTLET,
        "lang": text.lang,
        "url": f"https://classify.invalid/{number}",
        "native_id": text.key,
        "title": text.title,
        "lead": "",
        "body": text.text,
        "authors": [],
        "section": "classify",
        "tags": [],
        "published_at": text.published_at,
        "modified_at": None,
        "fetched_at": DEFAULT_PUBLISHED_AT,
        "content_hash": content_hash(text.title, "", text.text),
        "parser_version": "classify/1",
        "layers": {"title": "generic", "body": "generic"},
        "run_id": RUN_ID,
    }
    try:
        return validate_article(item, editions={OUTLET: LANGS})
    except ContractError as exc:  # make_text admits only what the contract accepts
        raise QysymError(f"text {text.id!r} cannot be landed: {exc}") from None


def classify(texts: Sequence[Text], settings: Settings | None = None) -> list[dict]:
    """Labels for the texts, in their order, from one real dbt build in a scratch directory."""
    from qysym import pipeline

    if not texts:
        return []
    check_unique(texts, [f"text {t.id!r}" for t in texts])
    base = settings or settings_module.load()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="qysym-classify-") as scratch:
        folder = Path(scratch) / "outlets" / OUTLET
        folder.mkdir(parents=True)
        (folder / "outlet.yaml").write_text(yaml.safe_dump(OUTLET_SPEC, allow_unicode=True),
                                            encoding="utf-8")
        scratch_settings = dataclasses.replace(base, data_dir=Path(scratch),
                                               outlet_dirs=(*base.outlet_dirs, folder))
        batch = (scratch_settings.landing_dir / f"outlet={OUTLET}"
                 / f"date={DEFAULT_PUBLISHED_AT[:10]}" / f"{RUN_ID}.jsonl")
        batch.parent.mkdir(parents=True)
        with batch.open("w", encoding="utf-8") as out:
            for number, text in enumerate(texts, start=1):
                out.write(json.dumps(landed_line(text, number), ensure_ascii=False) + "\n")
        langs = ", ".join(f"{lang} {sum(t.lang == lang for t in texts)}" for lang in LANGS
                          if any(t.lang == lang for t in texts))
        _say(f"landed {len(texts)} texts ({langs}) in a scratch warehouse; running the models")
        pipeline.dbt(scratch_settings, *DBT_ARGS)
        labels = read_labels(scratch_settings.warehouse_path)
    missing = [t.id for t in texts if t.key not in labels]
    if missing or len(labels) != len(texts):
        raise QysymError(f"the models returned {len(labels)} articles for {len(texts)} texts "
                         f"(missing: {missing[:5]})")
    results = [{"id": t.id, **labels[t.key]} for t in texts]
    pressure = sum(r["is_pressure"] for r in results)
    _say(f"classified {len(results)} texts in {time.monotonic() - started:.1f} s: {pressure} pressure")
    return results


def read_labels(warehouse_path: Path) -> dict[str, dict]:
    """native_id -> labels, as marts.articles has them."""
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        rows = con.execute(
            "select native_id, is_pressure, categories, targets, severity from marts.articles "
            "where outlet = ?", [OUTLET]
        ).fetchall()
    finally:
        con.close()
    return {
        native_id: {"is_pressure": bool(is_pressure), "categories": list(categories),
                    "targets": list(targets), "severity": int(severity)}
        for native_id, is_pressure, categories, targets, severity in rows
    }


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    """Write atomically: the file appears whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def classify_file(input_path: Path, output_path: Path, settings: Settings | None = None) -> list[dict]:
    texts = read_inputs(input_path)
    _say(f"read {len(texts)} texts from {input_path}")
    results = classify(texts, settings)
    write_jsonl(output_path, results)
    _say(f"wrote {len(results)} labels to {output_path}")
    return results
