"""Direct quotes on invented sentences: marks, split and multi-paragraph quotes, fragments, speakers."""
from __future__ import annotations

import pytest

from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.model import Article, Quote

pytestmark = pytest.mark.model


def quotes_of(text: str, published: str | None = None) -> list[Quote]:
    article = Article(id="t", path="t.txt", text=text, published=published)
    QuoteStage().process(NlpStage().process(article))
    for q in article.quotes:
        assert text[q.start:q.end] == q.text
    return article.quotes


@pytest.mark.parametrize("text", [
    'Maria Lopez, the city mayor, said: "We will rebuild the bridge before winter."',
    "Maria Lopez, the city mayor, said: “We will rebuild the bridge before winter.”",
    "“We will rebuild the bridge before winter,” said Maria Lopez, the city mayor.",
])
def test_quotes_direct_marks_straight_and_curly(text):
    [q] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert q.text.rstrip(",.") == "We will rebuild the bridge before winter"
    assert q.speaker_name == "Maria Lopez"
    assert q.cue == "said"


def test_quotes_direct_split_quote_gives_two_quotes_one_speaker():
    text = "Harbour chief Tom Reyes spoke on Friday. “The port is open,” he said, “and the ships are moving.”"
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in direct] == ["The port is open,", "and the ships are moving."]
    assert {q.speaker_name for q in direct} == {"Tom Reyes"}


def test_quotes_direct_multi_paragraph_quote_continues():
    text = ("Health minister Ana Silva said the plan was ready.\n"
            "“We have hired four hundred nurses and opened two clinics in the north.\n"
            "“Next year we will double that number, because the need is still growing,” she said.\n"
            "The opposition disagreed.")
    [direct] = [q for q in quotes_of(text) if q.kind == "direct"]  # one quotation over two paragraphs
    assert direct.text.startswith("We have hired") and "\n“Next year" in direct.text
    assert direct.speaker_name == "Ana Silva"


def test_quotes_direct_quote_only_paragraph_continues_previous_speaker():
    text = ("“The budget is balanced,” Finance Minister Karl Berg told parliament.\n"
            "“Nobody should expect new taxes this year or the next one.”\n")
    direct = quotes_of(text)
    assert len(direct) == 2
    assert direct[1].speaker_name == "Karl Berg"


def test_quotes_direct_fragment_described_as():
    text = "Prime Minister Elena Novak described the talks as “constructive” after the meeting."
    [q] = quotes_of(text)
    assert q.text == "constructive" and q.kind == "direct"
    assert q.speaker_name == "Elena Novak"


def test_quotes_direct_title_in_marks_is_not_a_quote():
    assert quotes_of("She has read “The Old Man and the Sea” twice this summer.") == []


def test_quotes_direct_scare_quote_without_speech_is_dropped():
    assert quotes_of("The so-called “peace dividend” never arrived in the valley towns.") == []


def test_quotes_direct_transcript_label_and_sign_off():
    text = ("Senator Paula Grant spoke with the host.\n"
            "HOST: Do you think the bill will pass this week?\n"
            "GRANT: I think we have the votes, and we will bring it to the floor.\n"
            "“The town deserves better than this.” ― Omar Haddad")
    found = quotes_of(text)
    by_text = {q.text.split()[0]: q for q in found}
    assert by_text["I"].speaker_name == "Paula Grant"
    assert by_text["The"].speaker_text == "Haddad" or by_text["The"].speaker_name == "Omar Haddad"


def test_quotes_direct_said_on_today_is_publication_date():
    [q] = quotes_of("“We will vote today,” party leader Jan Moravec told reporters today.", "2025-03-04")
    assert q.said_on is not None and q.said_on.value == "2025-03-04"
    assert q.channel == "reporters"
