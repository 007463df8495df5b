"""PolNeAR attribution benchmark for the quote stage, with textacy's direct_quotations beside it.

    python bench/polnear.py [--split test|dev|train] [--limit N] [--no-baseline]

Data: ../shared/bench/polnear (Newell et al., LREC 2018; see its SOURCE.md). One annotator per
article (the first of metadata.tsv's list that has a .ann file). A gold relation is *direct*
when its content span (quote marks kept) starts with a quote mark, otherwise *indirect/mixed*.

Metric (ours; PolNeAR has no published system scores):
- content match: character-level Dice overlap between a predicted quote span and a gold content
  span (quote marks and edge punctuation stripped) of at least 0.5 (``--overlap``), one-to-one,
  best pairs first, over all relations; precision is counted by predicted kind, recall by gold kind
  (direct vs indirect/mixed), so a direct prediction may match a gold relation of the other kind;
  the parts of a split quote (one speaker mention) are joined first, as PolNeAR annotates them;
- source match, on matched pairs: the predicted speaker span overlaps the gold source span, or
  the last word of the resolved speaker name occurs in the gold source text;
- P/R/F1 for content; source accuracy on matched gold; end-to-end F1 (content and source right).
The baseline (textacy 0.13 ``extract.triples.direct_quotations``, a bench-only dependency) runs on
the same spaCy docs; it raises on odd quote-mark counts, which counts as finding nothing there.
Develop on train/dev; report test only.

Test split, 84 articles (run 2026-11-23, spaCy en_core_web_sm 3.8, textacy 0.13.0):

| system / kind | P | R | F1 | source acc (matched) | end-to-end F1 | gold | pred |
|---|---|---|---|---|---|---|---|
| storyline direct (Dice >= 0.5) | 0.901 | 0.892 | 0.896 | 0.887 | 0.795 | 427 | 524 |
| storyline indirect/mixed (Dice >= 0.5) | 0.902 | 0.336 | 0.490 | 0.917 | 0.450 | 1617 | 502 |
| textacy direct (Dice >= 0.5) | 0.835 | 0.539 | 0.655 | 0.939 | 0.615 | 427 | 346 |
| storyline direct (Dice >= 0.8) | 0.761 | 0.841 | 0.799 | 0.900 | 0.719 | 427 | 524 |
| storyline indirect/mixed (Dice >= 0.8) | 0.777 | 0.266 | 0.396 | 0.940 | 0.372 | 1617 | 502 |
| textacy direct (Dice >= 0.8) | 0.723 | 0.518 | 0.603 | 0.950 | 0.573 | 427 | 346 |

Quote stage 44 ms/article against 840 ms for the spaCy parse (5.2%). Indirect recall is low by
design: PolNeAR also annotates noun-phrase contents ("called for a ban"), beliefs and intentions,
which the stage leaves out by default (``QuoteStage(beliefs=True, infinitives=True)`` widens it)."""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from storyline.article.nlp import load_nlp
from storyline.article.quotes import QuoteStage
from storyline.model import Article

ROOT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear"
MARKS = "\"“”‘’'«»"
EDGE = MARKS + " \t\n,.;:!?—–-"


@dataclass
class Span:
    """A content span (union of parts) with its source, for one gold or predicted attribution."""

    start: int
    end: int
    direct: bool
    source: tuple[int, int] | None = None
    source_text: str = ""
    speaker_name: str | None = None


def strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def parse_ann(path: Path, text: str) -> list[Span]:
    """Gold relations of one brat .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue  # malformed lines (SOURCE.md: 6 in the corpus)
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            pieces = [tuple(int(x) for x in p.split()) for p in offsets.split(";") if len(p.split()) == 2]
            spans[parts[0]] = (label, pieces)
        elif parts[0].startswith("E"):
            relations.append(dict(a.split(":", 1) for a in parts[1].split() if ":" in a))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if not content or not content[1]:
            continue
        lo, hi = min(p[0] for p in content[1]), max(p[1] for p in content[1])
        direct = text[lo:hi].lstrip()[:1] in MARKS
        start, end = strip_edges(text, lo, hi)
        src = spans.get(rel.get("Source", ""))
        source = (min(p[0] for p in src[1]), max(p[1] for p in src[1])) if src and src[1] else None
        out.append(Span(start, end, direct, source, text[source[0]:source[1]] if source else ""))
    return out


def articles(split: str) -> list[tuple[str, str, Path]]:
    """(name, text, ann path) per article of a split, first listed annotator that has a file."""
    meta = {}
    with open(ROOT / "metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row["annotators"].split("|")
    out = []
    for txt in sorted((ROOT / split / "text").glob("*.txt")):
        found = (ROOT / split / "attributions").glob(txt.stem + "_*.ann")
        anns = {p.stem.rsplit("_", 1)[1]: p for p in found}
        pick = next((a for a in meta.get(txt.stem, []) if a in anns), None)
        pick = pick or (sorted(anns)[0] if anns else None)
        if pick:
            out.append((txt.stem, txt.read_text(encoding="utf-8"), anns[pick]))
    return out


def dice(a: Span, b: Span) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    total = (a.end - a.start) + (b.end - b.start)
    return 2 * inter / total if total else 0.0


def match(gold: list[Span], pred: list[Span], threshold: float) -> list[tuple[Span, Span]]:
    pairs = sorted(((dice(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for score, i, j in pairs:
        if score < threshold:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i], pred[j]))
    return out


def source_ok(g: Span, p: Span) -> bool:
    if g.source is None:
        return p.source is None and not p.speaker_name
    if p.source and p.source[0] < g.source[1] and g.source[0] < p.source[1]:
        return True
    last = re.findall(r"\w+", p.speaker_name or "")
    return bool(last) and last[-1].lower() in g.source_text.lower()


def ours(article: Article) -> list[Span]:
    QuoteStage().process(article)
    out = []
    for q in article.quotes:
        start, end = strip_edges(article.text, q.start, q.end)
        src = (q.speaker_start, q.speaker_end) if q.speaker_start is not None else None
        out.append(Span(start, end, q.kind == "direct", src, q.speaker_text or "", q.speaker_name))
    return out


def textacy_quotes(doc) -> list[Span]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # odd number of quote marks: textacy gives up on the article
        return []
    for t in triples:
        content = t.content
        start, end = strip_edges(doc.text, content.start_char, content.end_char)
        spk = t.speaker
        src = (spk[0].idx, spk[-1].idx + len(spk[-1].text)) if spk else None
        out.append(Span(start, end, True, src, " ".join(x.text for x in spk), None))
    return out


def merge_split(pred: list[Span]) -> list[Span]:
    """Join the parts of a split quote (same speaker mention): PolNeAR annotates them as one relation."""
    out: list[Span] = []
    for p in pred:
        last = out[-1] if out else None
        if last and p.source and last.source == p.source and p.start - last.end < 200:
            direct = last.direct and p.direct
            out[-1] = Span(last.start, p.end, direct, p.source, p.source_text, p.speaker_name)
        else:
            out.append(p)
    return out


class Tally:
    """Counts per system: one matching over all relations, then P by predicted kind, R by gold kind."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, system: str, gold: list[Span], pred: list[Span], threshold: float,
            kinds: tuple[bool, ...] = (True, False)) -> None:
        m = match(gold, pred, threshold)
        for want in kinds:
            key = f"{system} {'direct' if want else 'indirect/mixed'}"
            c = self.counts.setdefault(key, [0, 0, 0, 0, 0])
            c[0] += sum(1 for g, p in m if p.direct == want)  # matched predictions of this kind
            c[1] += sum(1 for g, p in m if g.direct == want)  # matched gold of this kind
            c[2] += sum(1 for g, p in m if g.direct == want and source_ok(g, p))
            c[3] += sum(1 for p in pred if p.direct == want)
            c[4] += sum(1 for g in gold if g.direct == want)

    def rows(self) -> list[str]:
        out = []
        for key, (tp_p, tp_g, src, n_pred, n_gold) in self.counts.items():
            p, r = tp_p / n_pred if n_pred else 0.0, tp_g / n_gold if n_gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            acc = src / tp_g if tp_g else 0.0
            ep, er = p * acc, src / n_gold if n_gold else 0.0
            ef = 2 * ep * er / (ep + er) if ep + er else 0.0
            cells = " | ".join(f"{x:.3f}" for x in (p, r, f, acc, ef))
            out.append(f"| {key} | {cells} | {n_gold} | {n_pred} |")
        return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--overlap", type=float, default=0.5)
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args(argv)
    items = articles(args.split)[: args.limit or None]
    nlp, tally = load_nlp(), Tally()
    t_parse = t_quotes = 0.0
    for name, text, ann in items:
        gold = parse_ann(ann, text)
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        pred = ours(Article(id=name, path=name, text=text, doc=doc))
        t_quotes += time.perf_counter() - t1
        t_parse += t1 - t0
        tally.add("storyline", gold, merge_split(pred), args.overlap)
        if not args.no_baseline:
            tally.add("textacy", gold, merge_split(textacy_quotes(doc)), args.overlap, kinds=(True,))
    print(f"PolNeAR {args.split}: {len(items)} articles, content Dice >= {args.overlap}")
    print("| system / kind | P | R | F1 | source acc (matched) | end-to-end F1 | gold | pred |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(sorted(tally.rows())))
    print(f"time: spaCy parse {t_parse / len(items) * 1000:.0f} ms/article, "
          f"quote stage {t_quotes / len(items) * 1000:.1f} ms/article ({t_quotes / t_parse:.1%} of parse)")


if __name__ == "__main__":
    main(sys.argv[1:])
