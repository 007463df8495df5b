"""Scores of a document clustering against gold clusters: pairwise and B-cubed precision/recall/F1.

Both take ``{doc_id: label}`` maps over the same documents (documents missing from the prediction
count as singletons). Pairwise counts document pairs put together; B-cubed averages, per document,
the share of its predicted cluster that is in its gold cluster (precision) and the share of its gold
cluster that is in its predicted cluster (recall), as in Bagga and Baldwin (1998)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _labels(pred: Mapping[str, object], gold: Mapping[str, object]) -> dict[str, object]:
    """The predicted label of every gold document (a unique singleton label when missing)."""
    return {d: pred.get(d, ("__single__", d)) for d in gold}


def pairwise(pred: Mapping[str, object], gold: Mapping[str, object]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 over the documents of ``gold``."""
    labels = _labels(pred, gold)
    cells = Counter((labels[d], gold[d]) for d in gold)
    pred_sizes, gold_sizes = Counter(labels.values()), Counter(gold.values())

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    tp, n_pred, n_gold = pairs(cells), pairs(pred_sizes), pairs(gold_sizes)
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, _f1(p, r)


def bcubed(pred: Mapping[str, object], gold: Mapping[str, object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the documents of ``gold``."""
    if not gold:
        return 1.0, 1.0, 1.0
    labels = _labels(pred, gold)
    cells = Counter((labels[d], gold[d]) for d in gold)
    pred_sizes, gold_sizes = Counter(labels.values()), Counter(gold.values())
    p = sum(cells[(labels[d], gold[d])] / pred_sizes[labels[d]] for d in gold) / len(gold)
    r = sum(cells[(labels[d], gold[d])] / gold_sizes[gold[d]] for d in gold) / len(gold)
    return p, r, _f1(p, r)


def table_rows(name: str, pred: Mapping[str, object], gold: Mapping[str, object]) -> list[str]:
    """Two printable rows (pairwise, B-cubed) for one level of gold clusters."""
    n_gold, n_pred = len(set(gold.values())), len(set(_labels(pred, gold).values()))
    rows = []
    for metric, fn in (("pairwise", pairwise), ("B-cubed", bcubed)):
        p, r, f = fn(pred, gold)
        rows.append(f"{name:<28} {metric:<9} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"
                    f"   ({n_gold} gold, {n_pred} predicted clusters)")
    return rows
