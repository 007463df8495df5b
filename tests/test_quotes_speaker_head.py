"""The speaker is the agent of the reporting verb: not its addressee, not a noun inside a modifier."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def _quote(text: str, words: str):
    return next(q for q in quotes_of(text) if q.text.startswith(words))


def test_quotes_speaker_head_shared_subject_not_the_addressee():
    text = ("The legend goes on. A stranger who called himself Tomas appeared and told Mara that "
            "“the river will rise before the harvest.”\n")
    q = _quote(text, "the river")
    assert q.speaker_text == "A stranger" and q.speaker_name is None


def test_quotes_speaker_head_source_close_to_a_person_is_not_that_person():
    text = ("Police found the car near the lake.\n"
            "'Helen tried for years to get her brother to stop driving,' "
            "a source close to Helen told Radar.\n")
    q = _quote(text, "Helen tried")
    assert q.speaker_text.lower().startswith("a source")
    assert q.speaker_name is None


def test_quotes_speaker_head_according_to_skips_measure_nouns():
    text = ("Thefts rose sharply in 2019 across the region, "
            "according to the latest year of police statistics.\n")
    q = _quote(text, "Thefts rose")
    assert q.speaker_text == "police statistics"


@pytest.mark.model
def test_quotes_speaker_with_a_role_apposition_is_a_person_whatever_ner_says():
    from spacy.tokens import Span

    from storyline.article.nlp import load_nlp
    from storyline.article.speakers import SpeakerResolver

    text = ("Marta Olenich, chairwoman of the Dock Workers Union, said the strike would go ahead.\n\n"
            "\"We will not go back,\" she said.")
    doc = load_nlp()(text)
    doc.ents = [Span(doc, 0, 2, label="GPE")]  # the small model's mistake on an unfamiliar name
    resolver = SpeakerResolver(doc, [])
    assert resolver.by_pronoun("she", text.index("she said")) == "Marta Olenich"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Lawyers for Harbour Ferries said that the company had no record of the complaint.",
     "the company had no", "Harbour Ferries"),
    ("Officials at the Danube Water Authority said that the river would crest on Friday.",
     "the river would crest", "Danube Water Authority"),
])
def test_quotes_speaker_unnamed_people_speak_for_their_organisation(text, words, speaker):
    assert _quote(text, words).speaker_name.removeprefix("the ") == speaker


@pytest.mark.model
def test_quotes_speaker_an_aide_to_a_person_is_not_that_person():
    quote = _quote("An aide to Anna Berg said that the minister would resign.", "the minister would")
    assert quote.speaker_name != "Anna Berg"
