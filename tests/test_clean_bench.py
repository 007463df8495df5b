"""Cleaning on public benchmark texts (read from /work/shared at run time): no sentence removed."""
from __future__ import annotations

import json

import pytest

from conftest import BENCH
from storyline.article.clean import classify_lines, ends_sentence, words

BBC = BENCH / "bbc_news" / "bbc"
MULTINEWS = BENCH / "multinews_test_sample" / "multinews_test_sample250.jsonl"


def bbc_files(n: int) -> list:
    return sorted(BBC.glob("*/*.txt"))[:n]


@pytest.mark.skipif(not BBC.exists(), reason="BBC bench not available")
def test_clean_bbc_removes_no_sentence_and_finds_the_headline():
    files = bbc_files(200)
    assert len(files) == 200
    for path in files:
        raw = path.read_bytes().decode("utf-8", errors="replace")
        lines = classify_lines(raw)
        removed = [text for text, kind in lines if kind not in (None, "title")]
        assert not [t for t in removed if ends_sentence(t) and words(t) > 8], path.name
        titles = [text for text, kind in lines if kind == "title"]
        assert titles == [raw.split("\n", 1)[0].strip()], path.name


@pytest.mark.model
@pytest.mark.skipif(not MULTINEWS.exists(), reason="Multi-News bench not available")
def test_clean_multinews_removes_sentences_only_as_reader_notices():
    for row in map(json.loads, MULTINEWS.read_text(encoding="utf-8").splitlines()):
        for doc in row["documents"]:
            for text, kind in classify_lines(doc):
                if kind not in (None, "title") and ends_sentence(text) and words(text) > 8:
                    assert kind == "notice", text[:80]


POLNEAR = BENCH / "polnear" / "train"


@pytest.mark.model
@pytest.mark.skipif(not POLNEAR.exists(), reason="PolNeAR bench not available")
def test_clean_polnear_train_never_removes_annotated_quote_content():
    """Quote content, sources and cues stay in the text (or in the title, which left the text)."""
    from storyline.article.clean import clean_text

    for path in sorted((POLNEAR / "text").glob("*.txt"))[:300]:
        cleaned = clean_text(path.read_text(encoding="utf-8"))
        text = " ".join(f"{cleaned.title or ''} {cleaned.text}".split())  # spans cross paragraphs
        for ann in (POLNEAR / "attributions").glob(f"{path.stem}_*.ann"):
            for row in ann.read_text(encoding="utf-8").splitlines():
                parts = row.split("\t")
                continuous = len(parts) == 3 and ";" not in parts[1]
                if continuous and parts[1].startswith(("Content", "Source", "Cue")):
                    assert " ".join(parts[2].split()) in text, (path.name, parts[2][:60])
