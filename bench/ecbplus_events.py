"""Cross-document event merging on ECB+ (event coreference across news documents).

    python bench/ecbplus_events.py [--topics dev|test|all] [--data DIR]

Data: ../shared/bench/ecbplus/ECBplus_xml.tar.gz (ECB+, Cybulska and Vossen 2014), read at run time.
Each document's tokens are joined with spaces, one sentence per line; the text goes through the
spaCy, date, quote and event stages (no publication dates: ECB+ has none), names through
``resolve_entities``, and the event mentions through the corpus event stage with the gold
subtopic clusters as stories (so that the score is about merging events, not about stories).

Gold: ACTION_* mentions in the sentences ECB+ annotated, with their coreference chains (a mention
without a chain is its own event). A predicted mention is judged when its trigger span overlaps a
gold action mention; pairs are scored among judged mentions (pairwise P/R/F1, within and across
documents), beside two baselines over the same mentions: "one event per story and type" and the
usual "same head word within a story". ``coverage`` is the share of gold action mentions our
triggers find (our types are meetings, calls, talks, statements, agreements, proposals, attacks,
exchanges and a few others; ECB+ annotates every action, so coverage is low by design).

Topics: dev = 2 5 12 18 21 23 34 35, test = 36-45 (as commonly split in cross-document coreference
work; not verified here). Nothing was tuned on the test topics.
"""
from __future__ import annotations

import argparse
import re
import tarfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from storyline.article.dates import DateStage
from storyline.article.events import EventStage
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.corpus.aliases import resolve_entities
from storyline.corpus.events import build_events
from storyline.model import Article, Story

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "ecbplus"
TOPICS = {"dev": {2, 5, 12, 18, 21, 23, 34, 35}, "test": set(range(36, 46)), "all": set(range(1, 46))}


def _annotated(data: Path) -> set[tuple[str, int]]:
    rows = (data / "ECBplus_coreference_sentences.csv").read_text().splitlines()[1:]
    return {(f"{t}_{f}", int(s)) for t, f, s in (r.split(",") for r in rows if r.strip())}


def read_doc(xml: bytes, annotated: set[tuple[str, int]]) -> tuple[Article, list[tuple[int, int, str]]]:
    """The article (tokens joined) and its gold action mentions as (start, end, chain id)."""
    root = ET.fromstring(xml)
    name = root.get("doc_name", "").removesuffix(".xml")
    lines: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        lines[int(tok.get("sentence"))].append((tok.get("t_id"), tok.text or ""))
    text, offsets, sentence_of = "", {}, {}
    for n in sorted(lines):
        if "ecbplus" in name and n == 0:
            continue  # the source URL
        for t_id, word in lines[n]:
            text += "" if not text or text.endswith("\n") else " "
            offsets[t_id] = (len(text), len(text) + len(word))
            sentence_of[t_id] = n
            text += word
        text += "\n"
    chains = {}
    for rel in root.iter():
        if rel.tag in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            target = rel.find("target").get("m_id")
            note = rel.get("note") or f"{name}:{target}"
            for src in rel.findall("source"):
                chains[src.get("m_id")] = note
    gold = []
    for mark in root.find("Markables") or []:
        anchors = [a.get("t_id") for a in mark.findall("token_anchor")]
        if not mark.tag.startswith("ACTION") or not anchors or anchors[0] not in offsets:
            continue
        if (name, sentence_of[anchors[0]]) not in annotated:
            continue
        start, end = offsets[anchors[0]][0], offsets[anchors[-1]][1]
        gold.append((start, end, chains.get(mark.get("m_id"), f"{name}:{mark.get('m_id')}")))
    return Article(id=name, path=f"{name}.xml", text=text.rstrip("\n")), gold


def _load(data: Path, topics: set[int]) -> list[tuple[Article, list]]:
    annotated = _annotated(data)
    docs = []
    with tarfile.open(data / "ECBplus_xml.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            match = re.search(r"/(\d+)_\d+ecb(?:plus)?\.xml$", member.name)
            if match and int(match.group(1)) in topics:
                docs.append(read_doc(tar.extractfile(member).read(), annotated))
    return docs


def _stories(articles: list[Article]) -> list[Story]:
    groups: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        topic, rest = a.id.split("_", 1)
        groups[f"{topic}_{'ecbplus' if rest.endswith('ecbplus') else 'ecb'}"].append(a.id)
    return [Story(key, key, docs) for key, docs in sorted(groups.items())]


def _judged(events, gold_by_doc) -> list[tuple[str, str, str, str, str]]:
    """(mention key, predicted event, gold chain, story-type key, head word) of mentions on gold actions."""
    out = []
    for e in events:
        for m in e.mentions:
            hit = next((g for g in gold_by_doc.get(m.doc, []) if g[0] < m.end and m.start < g[1]), None)
            if hit:
                topic = m.doc.split("_")[0] + ("p" if m.doc.endswith("plus") else "")
                head = e.type
                out.append((f"{m.doc}:{m.start}", e.id, hit[2], f"{topic}:{e.type}", head))
    return out


def _prf(pairs_pred: set, pairs_gold: set) -> tuple[float, float, float]:
    tp = len(pairs_pred & pairs_gold)
    p = tp / len(pairs_pred) if pairs_pred else 0.0
    r = tp / len(pairs_gold) if pairs_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _pairs(items: list[tuple[str, str]]) -> set[frozenset]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, label in items:
        groups[label].append(key)
    return {frozenset(pair) for keys in groups.values() for pair in combinations(sorted(keys), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--topics", choices=sorted(TOPICS), default="dev")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    started = time.perf_counter()
    docs = _load(args.data, TOPICS[args.topics])
    articles = [a for a, _ in docs]
    for stage in (NlpStage(), DateStage(), QuoteStage(), EventStage()):
        articles = stage.process_batch(articles)
    index = resolve_entities(articles)
    dated, undated = build_events(articles, index, _stories(articles))
    events = dated + undated
    gold_by_doc = {a.id: g for a, g in docs}
    judged = _judged(events, gold_by_doc)
    words = {f"{m.doc}:{m.start}": a.text[m.start:m.end].split()[-1].lower()
             for e in events for m in e.mentions for a in [next(x for x in articles if x.id == m.doc)]}
    gold_pairs = _pairs([(k, g) for k, _, g, _, _ in judged])
    rows = [
        ("storyline events", _pairs([(k, p) for k, p, _, _, _ in judged])),
        ("baseline: one per story+type", _pairs([(k, s) for k, _, _, s, _ in judged])),
        ("baseline: same word in story", _pairs([(k, f"{s}:{words[k]}") for k, _, _, s, _ in judged])),
    ]
    n_gold = sum(len(g) for _, g in docs)
    covered = sum(1 for a, g in docs for s, e, _ in g
                  if any(m.start < e and s < m.end for m in a.events))
    print(f"ECB+ {args.topics} topics: {len(articles)} documents, {n_gold} gold action mentions, "
          f"{sum(len(a.events) for a in articles)} event mentions, {len(events)} events, "
          f"{len(judged)} judged mentions, coverage {covered / max(n_gold, 1):.3f}, "
          f"{time.perf_counter() - started:.0f} s")
    print(f"{'system':32} {'pairs':>6} {'P':>6} {'R':>6} {'F1':>6}   (gold pairs {len(gold_pairs)})")
    for label, pairs in rows:
        p, r, f = _prf(pairs, gold_pairs)
        print(f"{label:32} {len(pairs):6d} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    main()
