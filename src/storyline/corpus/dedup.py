"""Near-duplicate detection with MinHash LSH (datasketch): syndicated or re-scraped copies.

Exact copies never reach this stage (the store keeps one document per text). Sub-quadratic:
LSH proposes candidates, the estimated Jaccard confirms them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from storyline import settings
from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.model import Article

SHINGLE = 5
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signatures(articles: Sequence[Article], num_perm: int) -> list[MinHash]:
    return MinHash.bulk([list(shingles(a.text)) for a in articles], num_perm=num_perm)


def _first(a: Article) -> tuple[str, str]:
    """Order of precedence for the original: earliest publication, then id."""
    return (a.published or "9999", a.id)


def near_duplicates(articles: Sequence[Article], threshold: float, num_perm: int) -> dict[str, str]:
    """Map each near-copy's id to the id of the original it copies."""
    ordered = sorted(articles, key=_first)
    rank = {a.id: i for i, a in enumerate(ordered)}
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    originals: dict[str, MinHash] = {}
    out: dict[str, str] = {}
    for article, sig in zip(ordered, signatures(ordered, num_perm), strict=False):
        hits = [h for h in lsh.query(sig) if originals[h].jaccard(sig) >= threshold]
        if hits:
            out[article.id] = min(hits, key=rank.__getitem__)
            continue
        originals[article.id] = sig
        lsh.insert(article.id, sig)
    return out


class DedupStage(CorpusStage):
    name = "dedup"

    def run(self, ctx: CorpusContext) -> None:
        ctx.duplicate_of = near_duplicates(
            ctx.articles, settings.get("dedup_threshold"), settings.get("dedup_num_perm")
        )
