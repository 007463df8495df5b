"""The spaCy stage: line breaks end sentences, and sentence spans carry no surrounding whitespace."""

from __future__ import annotations

import pytest

from storyline.article.nlp import NlpStage, load_nlp
from storyline.model import Article


def test_nlp_sentences_break_at_line_ends():
    text = "Harbour Talks Resume:\nThe mayor said the port would reopen. Workers cheered\nA new line here."
    article = NlpStage().process(Article(id="d", path="p.txt", text=text))
    sentences = [text[s:e] for s, e in article.sentences]
    assert sentences[0] == "Harbour Talks Resume:"
    assert "Workers cheered" in sentences and "A new line here." in sentences


def test_nlp_sentences_spans_are_trimmed_and_entities_kept():
    text = "Mayor Anna Berg visited Dorsten.\n\nShe left on Friday.\n"
    article = NlpStage().process(Article(id="d", path="p.txt", text=text))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in article.sentences)
    assert any(m.text == "Anna Berg" for m in article.entities)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "\"We will not stop,\" Chicago Police Supt. Eddie Johnson said on Monday.",
    "Det. Sgt. Ann Vale and Insp. Tom Reed arrived at the house in Dunmore.",
    "The suspect was seen by Cmdr. Ray Lo and Capt. Jo Ray on the quay.",
    "Asst. Chief Dan Roe and Atty. Gen. Ken Paxton spoke to reporters.",
])
def test_an_abbreviated_title_ends_no_sentence(text):
    doc = load_nlp()(text)
    assert len(list(doc.sents)) == 1
    assert any(t.text.endswith(".") and t.text[:-1].isalpha() and len(t.text) > 2 for t in doc)


@pytest.mark.model
def test_a_title_at_a_line_end_still_ends_its_line():
    doc = load_nlp()("He was promoted to Sgt.\nThe next day it rained in Dunmore.")
    assert [s.text.strip() for s in doc.sents] == ["He was promoted to Sgt.",
                                                   "The next day it rained in Dunmore."]
