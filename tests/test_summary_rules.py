"""Summary rules: standalone sentences only, the word budget, event order, stories, determinism, no input."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.article.clean import clean_text
from storyline.corpus.base import CorpusContext
from storyline.corpus.summary import SummaryStage, summarise
from storyline.corpus.summary_rank import Params, select, support
from storyline.corpus.summary_text import (
    DANGLING_OPENERS,
    first_words,
    outside_quotes,
    standalone,
    word_count,
)
from storyline.model import Story
from test_summary_citations import article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

EARLY = (
    "Storm Keira closed the Dunmore coastal railway on Tuesday after waves washed away a section of track.\n"
    "Engineers from the regional rail company inspected the damage near the village of Ashby on Wednesday.\n"
    "They said repairs could take weeks.\n"
    "However, buses will replace trains between Dunmore and Ashby until the line reopens."
)
LATE = (
    "The Dunmore coastal railway reopened on Friday, ten days after Storm Keira washed away its track.\n"
    "Crews laid 300 metres of new rail and rebuilt the sea wall below Ashby in nine days of work.\n"
    "The rail company said the first train from Dunmore ran on time with about 80 passengers aboard."
)


@pytest.fixture(scope="module")
def examples() -> list:
    """The invented example corpus of the repository, cleaned and parsed (plain-text files only)."""
    out = []
    for i, path in enumerate(sorted(EXAMPLES.glob("*.txt"))):
        text = clean_text(path.read_text(encoding="utf-8")).text
        out.append(article(f"ex{i}", text, f"2026-03-{11 + i:02d}"))
    return out


@pytest.mark.parametrize("text", [
    "He said the talks with the delegation from the north would resume next week in the capital.",
    "But the opposition party refused to take part in the vote held on Tuesday evening in parliament.",
    "Meanwhile, prices of bread and fuel rose for a third month in a row across the country.",
    "This is the first time the council has met since the floods destroyed the bridge last year.",
    "Will the government keep its promise to rebuild the bridge before the winter comes to the valley?",
    "Rescuers Work Through The Night At The Collapsed Mine In The North Of The Country",
    "\"We will not accept any deal that leaves our soldiers without protection at the border,\" he said.",
    "\"The ceasefire must hold, and we are ready to talk to anyone who wants peace in the region.\"",
    "Click here to subscribe to our newsletter and get the latest news from the region every morning.",
    "Some parts of this page may not be displayed correctly on older phones and tablets.",
    "and then the minister left the building without answering any questions from the reporters there.",
    "The mine closed.",
    "An image from the harbour festival's fireworks show on Monday night over the old town bridge.",
    "Mayor Speaks Directly To Fishermen After The Latest Harbour Closure.",
    "One Photo Sums Up The Double Standard The Two Candidates Face.",
    "(Except that the bridge was never safe to cross, even before the floods came to the valley.)",
    "\"After thirty days I get it back, so I am selling what I own,\" he told the BBC Today programme.",
])
def test_sentences_that_need_context_are_not_candidates(text):
    assert not standalone(text)


@pytest.mark.parametrize("text", [
    "The harbour authority of Velmora approved a new ferry terminal on Monday after a long dispute.",
    "Mayor Ilse Brandvik said the vote was \"a turning point\" for the island's economy and its fishermen.",
    "\"We have contact,\" rescue chief Ruslan Khavkin told reporters at the pithead on Wednesday morning.",
    "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky met in Istanbul.",
    "Prime Minister Ilse Brandvik of Velmora and the Mayor of Ashby met at the new ferry terminal in May.",
])
def test_standalone_sentences_are_candidates(text):
    assert standalone(text)


def test_no_summary_sentence_opens_with_a_pronoun_or_connective(examples):
    """The first word outside quote marks (the narrator's, not a speaker's) never points back."""
    for budget in (60, 100, 150, 300):
        for c in summarise(examples, budget):
            assert first_words(outside_quotes(c.text))[0] not in DANGLING_OPENERS, c.text


@pytest.mark.parametrize("budget", [15, 40, 100, 150, 400])
def test_word_budget_holds(examples, budget):
    chosen = summarise(examples, budget)
    assert sum(word_count(c.text) for c in chosen) <= budget
    if budget >= 100:
        assert sum(word_count(c.text) for c in chosen) >= budget * 0.6


def test_sentences_follow_publication_dates_then_position():
    late, early = article("late", LATE, "2026-01-20"), article("early", EARLY, "2026-01-10")
    chosen = summarise([late, early], 80)
    keys = [c.order for c in chosen]
    assert keys == sorted(keys)
    assert chosen[0].doc == "early" and chosen[-1].doc == "late"
    assert all(c.text not in ("They said repairs could take weeks.",) for c in chosen)


def test_same_result_whatever_the_input_order(examples):
    first, second = CorpusContext(list(examples)), CorpusContext(list(reversed(examples)))
    SummaryStage().run(first)
    SummaryStage().run(second)
    assert first.results["summary"] == second.results["summary"]
    assert first.results["summary"]


def test_empty_corpus_gives_an_empty_summary():
    ctx = CorpusContext([])
    SummaryStage().run(ctx)
    assert ctx.results["summary"] == []
    blank = CorpusContext([article("blank", "", None)], results={"stories": [Story("s1", "t", ["blank"])]})
    SummaryStage().run(blank)
    assert blank.results["summary"] == []


def test_each_story_gets_its_own_summary_from_its_documents():
    rail, ferry = article("rail", EARLY, "2026-01-10"), article("rail2", LATE, "2026-01-20")
    stories = [Story("s-rail", "Dunmore railway", ["rail", "rail2"]), Story("s-none", "nothing", [])]
    ctx = CorpusContext([rail, ferry], results={"stories": stories})
    SummaryStage(story_words=50, corpus_words=70).run(ctx)
    by_story: dict = {}
    for s in ctx.results["summary"]:
        by_story.setdefault(s.story, []).append(s)
    assert set(by_story) == {None, "s-rail"}
    assert sum(word_count(s.text) for s in by_story["s-rail"]) <= 50
    assert sum(word_count(s.text) for s in by_story[None]) <= 70
    assert list(by_story)[0] is None


def test_agreement_counts_other_documents_only():
    rows = np.eye(3)
    vectors = rows[[0]]
    # the candidate (row 0, document 0) is repeated nowhere else: no agreement
    assert support(vectors, [0], rows, [0, 1, 2]).tolist() == [0.0]
    copies = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    # the same sentence in document 1 but not in document 2: agreement 1/2
    assert support(copies[[0]], [0], copies, [0, 1, 2]).tolist() == [0.5]


def test_mmr_skips_a_repeat_of_a_chosen_sentence():
    vectors = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    chosen = select(np.array([1.0, 0.9, 0.2]), vectors, [10, 10, 10], 30, Params())
    assert chosen == [0, 2]


def test_photo_caption_sentences_are_not_summary_sentences():
    dated = "Family members of the missing climbers wait at the base camp in Nepal, Tuesday, May 5, 2020."
    credited = ("Rescuers carry supplies up the mountain path towards the camp late on Monday... "
                "(AP Photo/Jane Roe)")
    news = "Rescuers reached the missing climbers on Monday after a search that lasted four days."
    assert not standalone(dated)
    assert not standalone(credited)
    assert standalone(news)
