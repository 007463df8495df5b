"""Direct quotes attributed without a plain "X said" next to them (invented sentences): a cue in the
sentence after the closing mark, retort and "put it" phrases, the verb with a subject among several,
inverted speakers, and lead-ins that end with a colon."""
from __future__ import annotations

import pytest

from storyline.article.nlp import NlpStage
from storyline.article.quote_attribution import preferred_cue
from storyline.article.quotes import QuoteExtractor
from storyline.model import Article
from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def direct(text: str):
    return [q for q in quotes_of(text) if q.kind == "direct"]


@pytest.mark.parametrize("text", [
    "The mayor answered the critics online.\n\n“Everyone laughs at the plan. A sad idea!” he wrote.\n\nNext.",
    "Tanya Rolle answered the critics online.\n\n“Everyone laughs at the plan. A sad idea.” Rolle said.\n\n",
])
def test_quotes_cue_in_the_sentence_after_the_closing_mark(text):
    [q] = direct(text)
    assert q.cue in ("wrote", "said") and q.speaker_text in ("he", "Rolle")


@pytest.mark.parametrize(("text", "cue"), [
    ("“Helen wants to look tough in front of the cameras tonight,” Gomez shot back.", "shot"),
    ("As Professor Ilse Marten put it: “The city does a better job at welcoming newcomers.”", "put"),
    ("“Give me one good reason to stay in this race,” Rivera barked at the moderator.", "barked"),
    ("Councillor Ana Pike gloated: “I told you the budget would never pass this spring.”", "gloated"),
])
def test_quotes_retort_and_put_it_phrases_are_cues(text, cue):
    [q] = direct(text)
    assert q.cue == cue and q.speaker_text and q.speaker_text != "it"


def test_quotes_put_it_on_a_table_is_no_cue():
    [q] = direct("Ms. Cole took the ledger and put it on the table. “We have to see every page of it now.”")
    assert q.cue is None


def test_quotes_asked_participle_gives_way_to_the_speaking_verb():
    text = "Asked about the vote, Oskar Brandt said it."
    doc = NlpStage().process(Article(id="t", path="t", text=text)).doc
    asked, said = doc[0], [t for t in doc if t.lower_ == "said"][0]
    assert preferred_cue([asked, said]) is said
    assert preferred_cue([asked]) is asked and preferred_cue([]) is None


def test_quotes_inverted_speaker_after_a_clause_opening_verb():
    text = ("Roger Falk had more to say about the count.\n\n"
            "Added Mr. Falk, “So I think it is a very real problem for the whole county.”")
    [q] = direct(text)
    assert q.speaker_text == "Mr. Falk" and q.speaker_name == "Roger Falk"


@pytest.mark.parametrize(("text", "speaker"), [
    ("TURNOUT FELL IN THE NORTH - Michael P. Donnelly: “At long last the count of the region is done.”",
     "Michael P. Donnelly"),
    ("The lesson is plain - Carla Bialek: “One of the lessons was simple: keep calling voters late.”",
     "Carla Bialek"),
    ("From the report: “In general, samples with longer field periods produced better results.”",
     "the report"),
    ("According to the Morning Ledger: “The senator has had a mixed record on taxes for years.”",
     "the Morning Ledger"),
    ("Governor Alma Reyes spoke next.\nHere’s Reyes in December 1992: “Our new direction must rest on work.”",
     "Reyes"),
    ("Senator Ted Olsen addressed the hall.\nOlsen called them on it:\n“We will not let the press decide "
     "who runs this party.”", "Olsen"),
])
def test_quotes_lead_in_with_a_colon_names_the_speaker(text, speaker):
    [q] = direct(text)
    assert q.speaker_text == speaker and q.cue is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("According to the Daily Ledger, “America’s porous gun laws empower dangerous people to arm themselves.”",
     "the Daily Ledger"),
    ("The mayor, according to aides, was furious: “We will never accept this deal from the council.”",
     "The mayor"),
])
def test_quotes_according_to_lead_in(text, speaker):
    [q] = direct(text)
    assert q.speaker_text == speaker


def test_quotes_lead_in_without_anyone_gives_no_speaker():
    [q] = direct("Wait, it gets better:\n“By law, the limit is set every fiscal year by the government.”")
    assert q.speaker_text is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Universal dismissal of the outsiders. Underestimation of the senator,” Robert Shrum, a veteran "
     "Democratic strategist, said, naming a few.", "Robert Shrum"),
    ("In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Hillary Clinton "
     "believes that cooperation is essential.”", "Jake Sullivan"),
    ("Band member Flea shared the news on social media last week, writing “Feels great to support a man "
     "of integrity.”", "Band member Flea"),
])
def test_quotes_speaker_the_parse_did_not_attach_to_the_verb(text, speaker):
    [q] = direct(text)
    assert q.speaker_text == speaker


def test_quotes_sentence_of_stop_words_is_not_a_title():
    text = "“Usually we get that back,” Ms. Acosta said, explaining how the bonuses could be justified."
    extractor = QuoteExtractor(NlpStage().process(Article(id="t", path="t", text=text)))
    mark = extractor.marks[0]
    assert not extractor.is_fragment(mark, extractor.tokens_in(mark.start, mark.end))
    [q] = direct(text)
    assert q.speaker_text == "Ms. Acosta"


def test_quotes_next_sentence_reporting_its_own_clause_is_not_the_cue():
    text = ("Douglas Orr studied the bones.\n\n“Not a chance,” Orr said. “I deal with this all the time.” In "
            "fact, he says with confidence that the cuts were made by one person.")
    second = direct(text)[1]
    assert second.cue is None and second.speaker_name == "Douglas Orr"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("When the senator thanked the city and said it was great to be home, a man yelled “Stay there!”",
     "yelled", "a man"),
    ("The crowd waved flags and some chanted “We won! We won!”", "chanted", "some"),
])
def test_quotes_short_exclamation_is_an_utterance(text, cue, speaker):
    [q] = direct(text)
    assert q.cue == cue and q.speaker_text == speaker
