"""Audit of the cleaning stage: list every line it removes from bench texts.

    python bench/clean_audit.py [--bbc N] [--show KIND]

Reads /work/shared/bench (BBC News: the first N files, sorted; Multi-News sample: every document;
PolNeAR: the train split only), prints per-kind counts of removed lines, title agreement (BBC: the
first line; PolNeAR: the metadata title), the removed lines themselves (for reading), flagging those
shaped like sentences (final punctuation, > 8 words), and for PolNeAR the removed lines that hold
annotated attribution content (quotes), which must be none.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path

from storyline.article.clean import classify_lines, clean_text, ends_sentence, words

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


def polnear_audit(show: str | None) -> None:
    """Train split: no removed line may hold annotated quote content; titles against the metadata."""
    root = BENCH / "polnear"
    with open(root / "metadata.tsv", encoding="utf-8") as rows:
        titles = {r["filename"]: r["title"] for r in csv.DictReader(rows, delimiter="\t")}
    removed = hit = docs = agree = found = 0
    for path in sorted((root / "train" / "text").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        docs += 1
        found += cleaned.title is not None
        agree += _same(cleaned.title, titles.get(path.stem))
        contents = _contents(root / "train" / "attributions", path.stem)
        for line in cleaned.boilerplate:
            removed += 1
            held = any(c in line for c in contents)
            hit += held
            if held or show == "all":
                print(f"{'!!' if held else '  '} polnear/{path.stem}: {line[:150]}")
    print(f"\nPolNeAR train: {docs} documents, {removed} removed lines, {hit} holding annotated quotes")
    print(f"  titles found: {found}, equal to the metadata title: {agree}\n")


def _contents(folder: Path, stem: str) -> set[str]:
    out = set()
    for ann in folder.glob(f"{stem}_*.ann"):
        for row in ann.read_text(encoding="utf-8").splitlines():
            parts = row.split("\t")
            if len(parts) == 3 and parts[1].startswith("Content") and len(parts[2]) > 15:
                out.add(parts[2])
    return out


def _same(a: str | None, b: str | None) -> bool:
    fold = lambda t: re.sub(r"\W+", " ", (t or "").casefold()).strip()  # noqa: E731
    return bool(a) and fold(a) == fold(b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=int, default=500)
    parser.add_argument("--show", default="all", help="kind of removed line to print, 'all' or 'none'")
    args = parser.parse_args()
    audit("BBC", bbc_texts(args.bbc), args.show)
    audit("Multi-News", multinews_texts(), args.show)
    polnear_audit(args.show)


if __name__ == "__main__":
    main()
