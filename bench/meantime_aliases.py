"""Alias resolution on MEANTIME (English): cross-document entity instances.

    python bench/meantime_aliases.py [--data DIR] [--show N]

Data: ../shared/bench/meantime_en (NewsReader MEANTIME, Wikinews, CC BY 4.0), read at run time.
Each article's tokens are joined back into text (title line, date line, body), run through the
spaCy stage, and ``resolve_entities`` resolves the names of all 120 articles at once.

Metric. The gold items are the proper-name mentions (ENTITY_MENTION with syntactic_type NAM)
that REFER_TO a corpus-level entity instance (the instance ids are shared across documents, so
two mentions of "GM" and "General Motors" in different articles carry the same id). Each gold
mention gets a predicted entity in two ways:
  - span:   the resolved entity whose mention overlaps the gold mention by at least 0.4 of the
            longer of the two (none -> singleton); this includes spaCy's NER misses and boundary errors;
  - lookup: ``EntityIndex.lookup(doc, gold mention text)``, alias resolution given the gold name.
Pairwise precision = pairs of gold mentions put in the same predicted entity that share the gold
instance / pairs put in the same predicted entity; recall = those pairs / pairs sharing the gold
instance. Reported over all pairs and over cross-document pairs only (in this folder the gold links
one named mention per document to each instance, so every gold pair is cross-document; the two
differ only by predicted same-document pairs). The baseline groups gold mentions by exact
(case-folded) string.
"""
from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from storyline.article.nlp import NlpStage
from storyline.corpus.aliases import EntityIndex, resolve_entities
from storyline.corpus.entity_names import fold
from storyline.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "meantime_en"
MIN_OVERLAP = 0.4
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "'s", "’s", "n't", "''", "'"}


@dataclass
class GoldMention:
    doc: str
    start: int
    end: int
    text: str
    instance: str


def read_document(path: Path) -> tuple[Article, list[GoldMention]]:
    """Article text rebuilt from tokens, and the gold named mentions with their instance ids."""
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id")
    text, offsets = _detokenize(root.findall("token"))
    instances = {e.get("m_id"): e.get("instance_id") for e in root.iter("ENTITY") if e.get("instance_id")}
    refers = {r.find("source").get("m_id"): r.find("target").get("m_id") for r in root.iter("REFERS_TO")}
    gold = []
    for m in root.iter("ENTITY_MENTION"):
        inst = instances.get(refers.get(m.get("m_id"), ""))
        anchors = [offsets[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in offsets]
        if m.get("syntactic_type") == "NAM" and inst and anchors:
            s, e = min(a[0] for a in anchors), max(a[1] for a in anchors)
            gold.append(GoldMention(doc_id, s, e, text[s:e], inst))
    return Article(id=doc_id, path=path.name, text=text), gold


def _detokenize(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Tokens joined with spaces (none before closing punctuation); title and date on lines of their own."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, last_sentence = 0, None
    for tok in tokens:
        word = {"``": "\"", "''": "\""}.get(tok.text or "", tok.text or "")
        sentence = tok.get("sentence")
        new_line = sentence != last_sentence and last_sentence in ("0", "1")
        sep = "" if not parts else ("\n" if new_line else " ")
        if parts and sep == " " and (tok.text in NO_SPACE_BEFORE or parts[-1] in ("(", "$")):
            sep = ""
        parts.append(sep + word)
        pos += len(sep)
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        pos += len(word)
        last_sentence = sentence
    return "".join(parts), offsets


def pair_counts(labels: list[tuple[str, str]]) -> tuple[int, int]:
    """(all pairs, cross-document pairs) among items labelled (doc, cluster) sharing a cluster."""
    by_cluster: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, cluster in labels:
        by_cluster[cluster][doc] += 1
    total = cross = 0
    for docs in by_cluster.values():
        n = sum(docs.values())
        within = sum(k * (k - 1) // 2 for k in docs.values())
        total += n * (n - 1) // 2
        cross += n * (n - 1) // 2 - within
    return total, cross


def pairwise(gold: list[GoldMention], pred: list[str]) -> dict[str, tuple[float, float, float]]:
    """Pairwise P/R/F1 over all pairs and cross-document pairs."""
    g = pair_counts([(m.doc, m.instance) for m in gold])
    p = pair_counts([(m.doc, c) for m, c in zip(gold, pred, strict=True)])
    both = pair_counts([(m.doc, f"{m.instance}\t{c}") for m, c in zip(gold, pred, strict=True)])
    out = {}
    for i, scope in enumerate(("all", "cross-doc")):
        prec = both[i] / p[i] if p[i] else 0.0
        rec = both[i] / g[i] if g[i] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[scope] = (prec, rec, f1)
    return out


def predict_by_span(index: EntityIndex, gold: list[GoldMention]) -> list[str]:
    """The entity whose mention covers the most of each gold mention, when the overlap is at least
    ``MIN_OVERLAP`` of the longer of the two (MEANTIME's name mentions run on: "Apple's iTunes" is
    not a mention of Apple); a unique singleton id otherwise."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in index.entities:
        for s in e.mentions:
            spans[s.doc].append((s.start, s.end, e.id))
    out = []
    for i, m in enumerate(gold):
        scored = [((min(e, m.end) - max(s, m.start)) / max(e - s, m.end - m.start), eid)
                  for s, e, eid in spans[m.doc]]
        best = max(scored, default=(0.0, ""))
        out.append(best[1] if best[0] >= MIN_OVERLAP else f"none-{i}")
    return out


def predict_by_lookup(index: EntityIndex, gold: list[GoldMention]) -> list[str]:
    return [index.lookup(m.doc, m.text) or f"none-{i}" for i, m in enumerate(gold)]


def show_errors(gold: list[GoldMention], pred: list[str], limit: int) -> None:
    """The gold instances split over several predicted entities and the entities holding several instances."""
    by_inst: dict[str, Counter[str]] = defaultdict(Counter)
    by_pred: dict[str, Counter[str]] = defaultdict(Counter)
    for m, c in zip(gold, pred, strict=True):
        by_inst[m.instance][f"{c[:12]}:{m.text}"] += 1
        by_pred[c][f"{m.instance[:3]}{m.instance[-4:]}:{m.text}"] += 1
    split = [(inst, c) for inst, c in by_inst.items() if len({k.split(':')[0] for k in c}) > 1]
    merged = [(p, c) for p, c in by_pred.items() if len({k.split(':')[0] for k in c}) > 1]
    print(f"\nsplit gold instances: {len(split)}")
    for inst, c in sorted(split, key=lambda x: -sum(x[1].values()))[:limit]:
        print(f"  {inst}: {dict(c)}")
    print(f"wrongly merged entities: {len(merged)}")
    for p, c in sorted(merged, key=lambda x: -sum(x[1].values()))[:limit]:
        print(f"  {p}: {dict(c)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", type=int, default=0, help="print this many error groups")
    ap.add_argument("--mode", default="lookup", choices=("span", "lookup"), help="errors of which method")
    args = ap.parse_args(argv)
    files = sorted((args.data / "intra_cross-doc_annotation").glob("*/*.xml"))
    if not files:
        print(f"no MEANTIME files under {args.data}", file=sys.stderr)
        return 1
    articles, gold = [], []
    for f in files:
        article, mentions = read_document(f)
        articles.append(article)
        gold += mentions
    NlpStage().process_batch(articles)
    index = resolve_entities(articles)
    print(f"MEANTIME en: {len(articles)} docs, {len(gold)} gold named mentions, "
          f"{len({m.instance for m in gold})} gold instances, {len(index.entities)} predicted entities")
    print(f"{'method':28} {'P':>6} {'R':>6} {'F1':>6}   {'P x-doc':>7} {'R x-doc':>7} {'F1 x-doc':>8}")
    rows = {
        "exact string (baseline)": [re.sub(r"\s+", " ", fold(m.text)) for m in gold],
        "resolve_entities (span)": predict_by_span(index, gold),
        "resolve_entities (lookup)": predict_by_lookup(index, gold),
    }
    for name, pred in rows.items():
        r = pairwise(gold, pred)
        a, x = r["all"], r["cross-doc"]
        print(f"{name:28} {a[0]:6.3f} {a[1]:6.3f} {a[2]:6.3f}   {x[0]:7.3f} {x[1]:7.3f} {x[2]:8.3f}")
    if args.show:
        show_errors(gold, rows[f"resolve_entities ({args.mode})"], args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
