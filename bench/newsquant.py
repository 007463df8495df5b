"""NewsQuant (CQE, EMNLP 2023): value and value+unit F1 of storyline's figure extractor.

    python bench/newsquant.py [--set NewsQuant] [--errors N]

Data: ../shared/bench/newsquant/formatted_test_set/*.json (test only; nothing here is tuned on it).
The metric re-implements the scoring loop of CQE_Evaluation's evaluate_models.py (commit 190c0ce):
per sentence, gold and predicted quantities are sorted by normalized unit; for each gold quantity the
predictions are scanned in order; a value match (numpy.isclose, rtol 1e-5, atol 1e-8; a range must
match a range at both ends) counts as a correct value while the sentence still has uncounted gold
quantities; a value match whose lower-cased unit also matches counts as correct value+unit, removes
that prediction and ends the scan. P = correct / predicted, R = correct / gold (x100, 1 decimal).

Our units are mapped to the benchmark's normalized unit names (percent -> percentage, no unit -> "-",
yen -> japanese yen, ...), as the CQE authors did for every baseline they scored.
Published numbers come from the authors' evaluation_output/*.csv.

Last measured (2026-11-23), value P / R / F1 and value+unit F1:

| NewsQuant (904 quantities) | value P / R / F1 | value+unit F1 |
|---|---|---|
| storyline | 94.2 / 90.5 / 92.3 | 74.2 |
| storyline, keeping ages and pronoun "one" | 93.3 / 93.9 / 93.6 | 73.0 |
| CQE (published) | 92.0 / 91.9 / 92.0 | 85.6 |
| quantulum3 (published) | 65.0 / 83.3 / 73.0 | 47.2 |

NewsQuant has only a test split. Its error categories (not single sentences) were read while developing:
ranges written "from X ... to Y", shared scales ("$10 to $15 billion"), currency codes, scores, names.
The four Recognizers-Text sets were not looked at while developing (``--set all`` prints them); ages are
not figures in storyline, so the age set scores low by design.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from storyline.article.figures import extract_figures
from storyline.article.nlp import load_nlp

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "newsquant"
# what the product drops by design but NewsQuant annotates: ages ("a 50 year-old man") and "one of the X"
BENCH_CONVENTIONS = frozenset({"age", "pronoun", "anaphoric"})
UNIT_NAMES = {
    "percent": "percentage", "pound": "pound sterling", "yen": "japanese yen", "yuan": "chinese yuan",
    "ringgit": "malaysian ringgit", "tonne": "metric ton", "part per billion": "parts-per-billion",
    "revolution per minute": "revolutions per minute", "milliampere hour": "milliampere-hour",
    "rupee": "indian rupee", "rouble": "russian ruble", "swiss franc": "swiss franc", "franc": "swiss franc",
    "lira": "turkish lira", "time": "count",
}


def gold_value(raw: str) -> float | tuple[float, float]:
    """A gold value: "3.5" or a range "3-4" (a leading minus or an exponent is not a range)."""
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-")[:2]
        return float(low), float(high)
    return float(raw)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def values_match(gold, pred) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple):
        return close(pred[0], gold[0]) and close(pred[1], gold[1])
    return close(pred, gold)


def score(rows: list[tuple[list[dict], list[dict]]]) -> dict[str, tuple[float, float, float]]:
    """Value and value+unit P/R/F1 over (gold, predicted) quantity lists, scored as CQE_Evaluation does."""
    n_gold = n_pred = ok_value = ok_unit = 0
    for gold, pred in rows:
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        tags = sorted(pred, key=lambda q: q["unit"])
        budget = len(gold)
        for g in sorted(gold, key=lambda q: q.get("key", q["unit"])):
            for p in list(tags):
                if not values_match(g["value"], p["value"]):
                    continue
                if budget > 0:
                    ok_value, budget = ok_value + 1, budget - 1
                if p["unit"] == g["unit"]:
                    ok_unit += 1
                    tags.remove(p)
                    break
    return {"value": prf(ok_value, n_gold, n_pred), "value+unit": prf(ok_unit, n_gold, n_pred)}


def prf(correct: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p * 100, 1), round(r * 100, 1), round(f * 100, 1)


def predicted(doc, keep: frozenset[str] = frozenset(), ages: bool = False) -> list[dict]:
    """Our figures as benchmark quantities; a rate becomes "unit per period" ("dollar per month").
    On the age set, time units are read as ages ("year of age"), as the CQE authors did for every baseline."""
    out = []
    for fig in extract_figures(doc, keep=keep):
        value = (fig.low, fig.high) if fig.low is not None and fig.high is not None else fig.value
        unit = UNIT_NAMES.get(fig.unit, fig.unit) if fig.unit else "-"
        if fig.rate and unit != "-":
            unit = f"{unit} per {fig.rate}"
        if ages and unit in ("year", "month", "week", "day"):
            unit = f"{unit} of age"
        out.append({"value": value, "unit": unit.lower(), "text": fig.text})
    return out


def published(name: str) -> dict[tuple[str, str], tuple[str, str, str]]:
    path = DATA / "evaluation_output" / f"{name}.csv"
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        return {(r["model"], r["type"]): (r["P"], r["R"], r["F1"]) for r in reader}


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="NewsQuant")
    ap.add_argument("--errors", type=int, default=0, help="print this many sentences with mistakes")
    args = ap.parse_args(argv)
    names = ["NewsQuant", "age-model", "currency-model", "dimension-model", "temperature-model"]
    for name in names if args.set == "all" else [args.set]:
        run(name, args.errors)


def run(name: str, errors: int) -> None:
    """Score one benchmark file and print the comparison table."""
    data = json.loads((DATA / "formatted_test_set" / f"{name}.json").read_text(encoding="utf-8"))
    nlp = load_nlp()
    rows, loose, shown = [], [], 0
    for item, doc in zip(data, nlp.pipe((d["text"] for d in data), batch_size=64), strict=True):
        gold = [{"value": gold_value(q["value"]), "unit": q["normalized_unit"].lower(),
                 "key": q["normalized_unit"]} for q in item["quantities"]]
        pred = predicted(doc)
        rows.append((gold, pred))
        loose.append((gold, predicted(doc, keep=BENCH_CONVENTIONS, ages=name == "age-model")))
        if shown < errors and score([(gold, pred)])["value+unit"][2] < 100 and (gold or pred):
            shown += 1
            print("-", item["text"], "\n  gold:", [(g["value"], g["unit"]) for g in gold],
                  "\n  ours:", [(p["value"], p["unit"], p["text"]) for p in pred])
    ref = published(name)
    print(f"\n{name}: {len(data)} sentences, {sum(len(g) for g, _ in rows)} gold quantities")
    print("| system | value P / R / F1 | value+unit P / R / F1 |\n|---|---|---|")
    results = (("storyline", score(rows)), ("storyline, keeping ages and pronoun 'one'", score(loose)))
    for label, result in results:
        print(f"| {label} | {' / '.join(map(str, result['value']))} | "
              f"{' / '.join(map(str, result['value+unit']))} |")
    for model in ("CQE-Numparser", "quantulum3", "text-recognizer", "ccg_nlp", "GPT3"):
        if (model, "value") in ref:
            v, u = ref[(model, "value")], ref.get((model, "value+unit"), ("-",) * 3)
            print(f"| {model} (published) | {' / '.join(v)} | {' / '.join(u)} |")


if __name__ == "__main__":
    main(sys.argv[1:])
