"""`qysym evaluate`: how well the warehouse's classification matches hand labels.

Two sets go through :func:`qysym.classify.classify`, the path `qysym classify` takes:

- the development set (``tests/evaluation/dev_set.jsonl``): hand-labelled texts; the lexicon is
  tuned against this set only, and the quality targets apply to it;
- the sample mirror's ground truth (the corpus ``qysym mirror`` serves, from the settings' seed,
  start and days): a held-out check of the generator's stories, never a tuning set.

Figures: precision, recall and F1 of "is pressure", overall and per language; one-vs-rest per
category over the categories the set labels; and the right-category share, the share of detected
true positives whose predicted categories include at least one true category.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qysym import classify as classifier
from qysym import settings as settings_module
from qysym.settings import PROJECT_ROOT, Settings
from qysym.warehouse import QysymError

DEV_SET = PROJECT_ROOT / "tests" / "evaluation" / "dev_set.jsonl"
CATEGORIES_SEED = PROJECT_ROOT / "models" / "seeds" / "categories.csv"
# The quality targets, on the development set.
TARGETS = {"precision": 0.90, "recall": 0.85, "right_category": 0.85}
TUNING_NOTE = ("Tuning happens on the development set only; the sample mirror is held out "
               "(tuning to it would fit the generator's templates, not the news).")


def _say(message: str) -> None:
    print(f"[qysym] {message}", flush=True)


@dataclass(frozen=True)
class Truth:
    id: str
    lang: str
    is_pressure: bool
    categories: tuple[str, ...]


# --- metrics -------------------------------------------------------------------------------------

def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def binary_scores(pairs: Sequence[tuple[bool, bool]]) -> dict:
    """Counts, precision, recall and F1 of (truth, predicted) pairs; a ratio with a zero
    denominator is None (no positives, or nothing predicted)."""
    tp = sum(1 for truth, predicted in pairs if truth and predicted)
    fp = sum(1 for truth, predicted in pairs if predicted and not truth)
    fn = sum(1 for truth, predicted in pairs if truth and not predicted)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _ratio(2 * tp, 2 * tp + fp + fn) if tp else (0.0 if fp + fn else None)
    return {"n": len(pairs), "positives": tp + fn, "predicted": tp + fp, "tp": tp, "fp": fp,
            "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def right_category(rows: Sequence[tuple[Truth, dict]]) -> dict:
    """Among detected true positives: the share whose predicted categories include a true one."""
    detected = [(t, p) for t, p in rows if t.is_pressure and p["is_pressure"]]
    right = sum(1 for t, p in detected if set(t.categories) & set(p["categories"]))
    return {"detected_true_positives": len(detected), "right": right,
            "share": _ratio(right, len(detected))}


def metrics(rows: Sequence[tuple[Truth, dict]], category_order: Sequence[str] = ()) -> dict:
    """Every figure of one set, from (truth, prediction) rows; prediction as `classify` gives it."""
    labelled = {c for truth, _ in rows for c in truth.categories}
    order = [c for c in category_order if c in labelled] + sorted(labelled - set(category_order))
    langs = sorted({truth.lang for truth, _ in rows})
    return {
        "n": len(rows),
        "is_pressure": binary_scores([(t.is_pressure, p["is_pressure"]) for t, p in rows]),
        "right_category": right_category(rows),
        "per_language": {
            lang: {
                **binary_scores([(t.is_pressure, p["is_pressure"]) for t, p in rows if t.lang == lang]),
                "right_category": right_category([(t, p) for t, p in rows if t.lang == lang])["share"],
            }
            for lang in langs
        },
        "per_category": {
            code: binary_scores([(code in t.categories, code in p["categories"]) for t, p in rows])
            for code in order
        },
        "errors": {
            "false_positives": [t.id for t, p in rows if p["is_pressure"] and not t.is_pressure],
            "false_negatives": [t.id for t, p in rows if t.is_pressure and not p["is_pressure"]],
            "wrong_category": [t.id for t, p in rows if t.is_pressure and p["is_pressure"]
                               and not set(t.categories) & set(p["categories"])],
        },
    }


def check_targets(figures: dict) -> dict:
    """Each target with the value reached and whether it is met."""
    values = {
        "precision": figures["is_pressure"]["precision"],
        "recall": figures["is_pressure"]["recall"],
        "right_category": figures["right_category"]["share"],
    }
    return {name: {"target": goal, "value": values[name],
                   "met": values[name] is not None and values[name] >= goal}
            for name, goal in TARGETS.items()}


# --- the two sets --------------------------------------------------------------------------------

def category_codes() -> list[str]:
    with CATEGORIES_SEED.open(encoding="utf-8", newline="") as handle:
        return [row["code"] for row in csv.DictReader(handle)]


def load_dev_set(path: Path, codes: Sequence[str]) -> tuple[list[classifier.Text], list[Truth]]:
    texts, truths, wheres = [], [], []
    for number, obj in classifier.read_jsonl(path):
        where = f"{path.name} line {number}"
        if not isinstance(obj, dict):
            raise QysymError(f"{where}: expected a JSON object")
        if obj.get("lang") is None:
            raise QysymError(f'{where}: missing "lang"')
        text = classifier.make_text(obj, where)
        is_pressure = obj.get("is_pressure")
        if not isinstance(is_pressure, bool):
            raise QysymError(f'{where}: "is_pressure" must be true or false')
        categories = obj.get("categories")
        if categories is None:
            categories = []
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            raise QysymError(f'{where}: "categories" must be a list of category codes')
        unknown = sorted(set(categories) - set(codes))
        if unknown:
            raise QysymError(f"{where}: unknown category code(s) {', '.join(unknown)}")
        texts.append(text)
        truths.append(Truth(text.key, text.lang, is_pressure, tuple(categories)))
        wheres.append(where)
    if not texts:
        raise QysymError(f"the development set {path} has no texts")
    classifier.check_unique(texts, wheres)
    return texts, truths


def mirror_set(settings: Settings) -> tuple[list[classifier.Text], list[Truth], str]:
    """The sample mirror's articles (as `qysym mirror` builds them) with their ground truth."""
    from qysym.mirror.corpus import build_corpus

    corpus = build_corpus(settings.mirror_seed, date.fromisoformat(settings.mirror_start),
                          settings.mirror_days)
    texts, truths = [], []
    for article in corpus.articles:
        row = article.truth()
        key = f"{row['outlet']}:{row['native_id']}"
        body = "\n\n".join(part for part in (row["lead"], row["body"]) if part)
        texts.append(classifier.make_text(
            {"id": key, "title": row["title"], "text": body, "lang": row["lang"],
             "published_at": row["published_at"]}, f"mirror article {key}"))
        truths.append(Truth(key, row["lang"], bool(row["is_pressure"]), tuple(row["categories"])))
    label = (f"seed {corpus.seed}, {corpus.start}..{corpus.end}, {len(texts)} articles")
    return texts, truths, label


def run_set(texts: Sequence[classifier.Text], truths: Sequence[Truth], settings: Settings,
            codes: Sequence[str]) -> dict:
    predictions = classifier.classify(texts, settings)
    return metrics(list(zip(truths, predictions, strict=True)), codes)


# --- report --------------------------------------------------------------------------------------

def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = ["  ".join(str(cell).rjust(w) if i else str(cell).ljust(w)
                       for i, (cell, w) in enumerate(zip(line, widths, strict=True)))
             for line in [header, *rows]]
    return ["    " + line.rstrip() for line in lines]


def _score_row(name: str, s: dict, *extra: str) -> list[str]:
    return [name, str(s["n"]), str(s["positives"]), str(s["predicted"]), str(s["tp"]), str(s["fp"]),
            str(s["fn"]), _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]), *extra]


HEADER = ["", "n", "true", "pred", "TP", "FP", "FN", "prec", "recall", "F1"]


def format_set(title: str, figures: dict, targets: dict) -> str:
    lines = [title]
    right = figures["right_category"]
    lines += _table([*HEADER, "right cat"], [
        _score_row("is_pressure", figures["is_pressure"], _fmt(right["share"])),
        *(_score_row(f"  {lang}", s, _fmt(s["right_category"]))
          for lang, s in figures["per_language"].items()),
    ])
    lines.append(f"    right category share: {_fmt(right['share'])} ({right['right']} of "
                 f"{right['detected_true_positives']} detected true positives)")
    if figures["per_category"]:
        lines.append("    per category (one-vs-rest):")
        lines += _table(HEADER, [_score_row(code, s) for code, s in figures["per_category"].items()])
    lines.append("    targets: " + "; ".join(
        f"{name.replace('_', ' ')} {_fmt(t['value'])} >= {t['target']:.2f} "
        f"{'met' if t['met'] else 'NOT MET'}" for name, t in targets.items()))
    errors = figures["errors"]
    lines.append(f"    errors: {len(errors['false_positives'])} false positives, "
                 f"{len(errors['false_negatives'])} false negatives, "
                 f"{len(errors['wrong_category'])} wrong category (ids in --json)")
    return "\n".join(lines)


def evaluate(dev_set: Path | None = None, mirror: bool = True, json_path: Path | None = None,
             settings: Settings | None = None) -> dict:
    s = settings or settings_module.load()
    codes = category_codes()
    dev_path = Path(dev_set) if dev_set else DEV_SET
    if not dev_path.exists():
        raise QysymError(f"no development set at {dev_path}: pass --dev-set PATH")
    texts, truths = load_dev_set(dev_path, codes)
    _say(f"development set: {len(texts)} texts from {dev_path}")
    report: dict = {"note": TUNING_NOTE, "targets": TARGETS, "sets": {}}
    figures = run_set(texts, truths, s, codes)
    report["sets"]["dev_set"] = {"path": str(dev_path), **figures, "targets": check_targets(figures)}
    if mirror:
        _say("sample mirror: building the corpus and its ground truth")
        texts, truths, label = mirror_set(s)
        figures = run_set(texts, truths, s, codes)
        report["sets"]["mirror"] = {"corpus": label, **figures, "targets": check_targets(figures)}

    print()
    dev = report["sets"]["dev_set"]
    print(format_set(f"DEVELOPMENT SET ({dev_path}): the tuning set; the targets apply here",
                     dev, dev["targets"]))
    if "mirror" in report["sets"]:
        m = report["sets"]["mirror"]
        print()
        print(format_set(f"SAMPLE MIRROR ground truth ({m['corpus']}): held out, never tuned on; "
                         "targets shown for information", m, m["targets"]))
    print()
    print(TUNING_NOTE)
    met = all(t["met"] for t in dev["targets"].values())
    print("Development-set targets (precision >= 0.90, recall >= 0.85 for is_pressure, right "
          f"category >= 85%): {'all met' if met else 'NOT all met'}")
    if json_path:
        path = Path(json_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        _say(f"wrote all figures to {path}")
    return report
