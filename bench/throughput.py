"""Pipeline throughput against bare spaCy on the same BBC News texts, in one run.

    python bench/throughput.py [--n 500] [--workers 2]

Prints words/s of bare spaCy ``nlp.pipe`` (best of 1 and 2 processes), each article stage's share
of the article stages' time (one process), the words/s of the whole storyline build (ingest,
cleaning, every article stage, SQLite writes, corpus stages), then the seconds of each corpus stage
run again over the built store (as the build ran them: lead vectors from the article stage); the
last line is ``throughput ratio: R (pipeline P words/s, spaCy S words/s)``.

Wall-clock rates move with whatever else runs on the machine; the CPU seconds (this process and
its reaped children: the spaCy processes, the build's workers and forked corpus stages) move less,
so the bench also prints both runs' CPU seconds and the words per CPU-second ratio."""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from storyline import api
from storyline.article.nlp import load_nlp

BBC = (
    Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    / "bench/bbc_news/bbc"
)


def sample(n: int) -> list[Path]:
    """n files spread evenly over the sorted corpus (all five categories)."""
    files = sorted(BBC.glob("*/*.txt"))
    step = max(1, len(files) // n)
    return files[::step][:n]


def words(paths: list[Path]) -> tuple[list[str], int]:
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in paths]
    return texts, sum(len(t.split()) for t in texts)


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


CPU: dict[str, float] = {}  # run name -> CPU seconds it took


def spacy_rate(texts: list[str], n_words: int, n_process: int) -> float:
    nlp = load_nlp()
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
        pass
    CPU[f"spacy{n_process}"] = cpu_seconds() - cpu
    return n_words / (time.perf_counter() - start)


def pipeline_rate(paths: list[Path], n_words: int, workers: int) -> tuple[float, dict[str, float]]:
    """Words/s of ``api.build`` into a new store, and the seconds of each corpus stage over that store."""
    with tempfile.TemporaryDirectory() as tmp:
        start, cpu = time.perf_counter(), cpu_seconds()
        api.build([str(p) for p in paths], db=Path(tmp) / "bench.db", workers=workers)
        rate = n_words / (time.perf_counter() - start)
        CPU["build"] = cpu_seconds() - cpu
        return rate, corpus_seconds(Path(tmp) / "bench.db")


def corpus_seconds(db: Path) -> dict[str, float]:
    """Seconds of each corpus stage over the stored articles (no vectors carried but the articles')."""
    from storyline.corpus.base import CorpusContext
    from storyline.corpus.runner import default_corpus_stages
    from storyline.store import open_store

    store = open_store(db)
    try:
        ctx = CorpusContext(list(store.iter_articles()), results={"story_vectors": {}, "stories_before": []})
    finally:
        store.close()
    seconds = {}
    for stage in default_corpus_stages():
        start = time.perf_counter()
        stage.run(ctx)
        seconds[stage.name] = time.perf_counter() - start
    return seconds


def stage_shares(paths: list[Path]) -> dict[str, float]:
    """Seconds each article stage takes over the same articles, in this process, one batch per 16 files."""
    from storyline.ingest.base import discover, read_source
    from storyline.pipeline import default_stages

    sources, _ = discover([str(p) for p in paths])
    stages = default_stages()
    seconds = dict.fromkeys((s.name for s in stages), 0.0)
    for i in range(0, len(sources), 16):
        batch = [a for src in sources[i:i + 16] for a in read_source(src)[0]]
        for stage in stages:
            start = time.perf_counter()
            batch = stage.process_batch(batch)
            seconds[stage.name] += time.perf_counter() - start
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    paths = sample(args.n)
    texts, n_words = words(paths)
    print(f"{len(paths)} BBC articles, {n_words} words")
    rates = {n: spacy_rate(texts, n_words, n) for n in (1, 2)}
    for n, r in rates.items():
        print(f"bare spaCy nlp.pipe n_process={n}: {r:,.0f} words/s")
    best = max(rates.values())
    # the build first: its workers are forked, and ONNX Runtime cannot start in a process forked after
    # its parent ran it (stage_shares runs the lead_vector stage here), see embed.can_embed_here
    rate, corpus = pipeline_rate(paths, n_words, args.workers)
    shares = stage_shares(paths)
    total = sum(shares.values())
    print("article stages in one process (share of their total):")
    for name, sec in shares.items():
        print(f"  {name:10} {sec:7.1f} s  {100 * sec / total:5.1f}%")
    print(f"storyline build, workers={args.workers}: {rate:,.0f} words/s")
    print("corpus stages again over the built store (one process):")
    for name, sec in corpus.items():
        print(f"  {name:14} {sec:6.1f} s")
    spacy_cpu = min(CPU["spacy1"], CPU["spacy2"])
    print(f"CPU seconds: bare spaCy {CPU['spacy1']:.1f} (1 process), {CPU['spacy2']:.1f} (2); "
          f"storyline build {CPU['build']:.1f}; words per CPU-second ratio {spacy_cpu / CPU['build']:.2f}")
    print(f"throughput ratio: {rate / best:.2f} (pipeline {rate:,.0f} words/s, spaCy {best:,.0f} words/s)")


if __name__ == "__main__":
    main()
