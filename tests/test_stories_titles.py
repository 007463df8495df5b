"""Story titles: a real headline, else the first sentence that reads as news, never a gallery label."""
from __future__ import annotations

import pytest

from storyline.corpus.stories import good_title, lead_sentence
from storyline.model import Article


@pytest.mark.parametrize("title, good", [
    ("Ferry runs aground off the harbour", True),
    ("Challenge Overview", False),
    ("Gallery 12 photo Gallery © EPA/JANE ROE Situation in the harbour", False),
    ("Story highlights The ferry ran aground on Sunday night", False),
    ("", False),
    (None, False),
])
def test_stories_titles_good_title(title, good):
    assert good_title(title) is good


def _article(text: str) -> Article:
    sentences, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append((start, start + len(line)))
        start += len(line) + 1
    return Article(id="a", path="a.txt", text=text, sentences=sentences)


def test_stories_titles_lead_sentence_skips_labels_and_datelines():
    text = ("Photos\nGallery 3 photos © Jane Roe\n"
            "HARBOURTON (AP) — The night ferry ran aground off the harbour wall on Sunday, "
            "the coastguard said.\n"
            "Nobody was hurt.")
    assert lead_sentence(_article(text)) == ("The night ferry ran aground off the harbour wall on Sunday, "
                                             "the coastguard said.")


def test_stories_titles_no_sentence_reads_as_news():
    assert lead_sentence(_article("Photos\nShare this\nNobody was hurt.")) is None
