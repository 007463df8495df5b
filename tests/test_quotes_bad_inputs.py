"""Inputs that must not break the quote stage: unbalanced marks, huge quotes, only quotes, none."""
from __future__ import annotations

import pytest

from storyline.article.quotes import QuoteStage
from storyline.model import Article
from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def test_quotes_bad_inputs_unbalanced_mark_keeps_the_rest_of_the_article():
    text = ("The council's vote was close and the leaders' “deal was left open.\n"
            "Later, councillor Maya Holt said: “We will try again next month.”\n"
            "“Nothing is lost,” Holt said.")
    found = quotes_of(text)
    texts = [q.text for q in found]
    assert "We will try again next month." in texts and "Nothing is lost," in texts
    assert all(q.speaker_name == "Maya Holt" for q in found)


def test_quotes_bad_inputs_straight_apostrophes_and_odd_marks():
    text = 'Residents\' groups said the plan "was rushed. It\'s the mayor\'s plan, said Tim Cole, "not ours."'
    quotes_of(text)  # must not raise


def test_quotes_bad_inputs_fifty_paragraph_quote():
    paras = [f"“Paragraph {i} of the long speech talks about the harbour and the roads." for i in range(50)]
    text = "Governor Lisa Crane read her statement in full.\n" + "\n".join(paras) + "”\nShe then left."
    found = quotes_of(text)
    assert len(found) == 1  # one quotation over fifty paragraphs, each left open as news style has it
    assert found[0].text.startswith("Paragraph 0") and "Paragraph 49" in found[0].text
    assert found[0].text.count("\n") == 49


def test_quotes_bad_inputs_article_of_only_quotes():
    text = "\n".join(["“We are here.”", "“We will not leave.”", "“This is our land and our river.”"])
    quotes_of(text)  # no speaker anywhere: must not raise


def test_quotes_bad_inputs_no_quotes_at_all():
    assert quotes_of("The river rose by two metres overnight. Schools stayed closed on Monday.") == []


@pytest.mark.parametrize("text", ["", "   \n\n ", "“", "”", '"', "'", "“”", "\"\"\"\""])
def test_quotes_bad_inputs_degenerate_text(text):
    assert quotes_of(text) == []


def test_quotes_bad_inputs_article_without_doc():
    article = QuoteStage().process(Article(id="t", path="t.txt", text="He said “yes”."))
    assert article.quotes == []
