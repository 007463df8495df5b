"""Audit of the cleaning stage: list every line it removes from bench texts.

    python bench/clean_audit.py [--bbc N] [--show KIND]

Reads /work/shared/bench (BBC News: the first N files, sorted; Multi-News sample: every document),
prints per-kind counts of removed lines, the BBC title agreement with the first line, and the removed
lines themselves (for reading), flagging those shaped like sentences (final punctuation, > 8 words).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from storyline.article.clean import classify_lines, ends_sentence, words

BENCH = Path("/work/shared/bench")


def bbc_texts(n: int) -> list[tuple[str, str]]:
    files = sorted((BENCH / "bbc_news" / "bbc").glob("*/*.txt"))[:n]
    return [(str(f.relative_to(BENCH)), f.read_bytes().decode("utf-8", errors="replace")) for f in files]


def multinews_texts() -> list[tuple[str, str]]:
    path = BENCH / "multinews_test_sample" / "multinews_test_sample250.jsonl"
    out = []
    for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        out += [(f"multinews/{row['sample_id']}/{k}", doc) for k, doc in enumerate(row["documents"])]
    return out


def audit(name: str, texts: list[tuple[str, str]], show: str | None) -> None:
    kinds: Counter[str] = Counter()
    flagged = 0
    titles = first_line_titles = 0
    for where, raw in texts:
        lines = classify_lines(raw)
        first = next((t for t, _ in lines), None)
        for text, kind in lines:
            if kind == "title":
                titles += 1
                first_line_titles += text == first
            elif kind is not None:
                kinds[kind] += 1
                suspect = ends_sentence(text) and words(text) > 8
                flagged += suspect
                if show in (kind, "all") or suspect:
                    print(f"{'!!' if suspect else '  '} {kind:9} {where}: {text[:150]}")
    print(f"\n{name}: {len(texts)} documents, {sum(kinds.values())} removed lines, {flagged} sentence-shaped")
    print(f"  by kind: {dict(kinds.most_common())}")
    print(f"  titles found: {titles} (equal to the first line: {first_line_titles})\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=int, default=500)
    parser.add_argument("--show", default="all", help="kind of removed line to print, 'all' or 'none'")
    args = parser.parse_args()
    audit("BBC", bbc_texts(args.bbc), args.show)
    audit("Multi-News", multinews_texts(), args.show)


if __name__ == "__main__":
    main()
