"""A document speaker with a named or titled author speaks for that person: "Tom Reed's letter", "the
attorney general's statement", "an analysis by Lily Batchelder"; organisations and unknown roles not."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def _speaker(text: str, words: str) -> str | None:
    return next(q for q in quotes_of(text) if q.text.startswith(words)).speaker_name


def test_speakers_authors_a_possessed_letter_speaks_for_its_writer():
    text = "Tom Reed’s letter said that the council vote was “a sham from start to finish.”\n"
    assert _speaker(text, "a sham") == "Tom Reed"


def test_speakers_authors_a_titled_possessor_resolves_through_the_title():
    text = ("Attorney General Jeff Sessions issued a statement on Monday.\n"
            "The attorney general's combative statement, which accused city officials of adopting “an "
            "official policy of protecting criminals,” was well received.\n")
    assert _speaker(text, "an official policy") == "Jeff Sessions"


def test_speakers_authors_an_analysis_by_a_person():
    text = ("Some families would pay more tax under the plan, according to an analysis by Lily Batchelder, "
            "a former aide.\n")
    assert _speaker(text, "Some families") == "Lily Batchelder"


def test_speakers_authors_a_role_nobody_holds_is_no_author():
    text = "The mayor’s statement said that the vote was “a sham from start to finish.”\n"
    assert _speaker(text, "a sham") is None


@pytest.mark.parametrize("text, words, mention", [
    ("Some of those same activists, though, contend the mayor should do even more for migrants.\n",
     "the mayor should", "Some of those same activists"),
    ("Only 52 percent of registered voters agreed that the plan is “good enough to pass.”\n",
     "good enough", "Only 52 percent of registered voters"),
    ("Many of the residents who live near the plant said the water “tasted of metal.”\n",
     "tasted of metal", "Many of the residents"),
])
def test_speakers_authors_a_quantity_keeps_who_it_counts(text, words, mention):
    quote = next(q for q in quotes_of(text) if q.text.startswith(words))
    assert quote.speaker_text == mention


def test_speakers_authors_a_document_subject_is_no_one_a_pronoun_means():
    text = ("Economist Ruth Amadi said Kara Holt's statement did not clarify the matter.\n\n"
            "“I do not see who is left out,” she said.\n")
    assert _speaker(text, "I do not see") == "Ruth Amadi"


def test_speakers_authors_a_quantity_takes_no_name_from_its_of_phrase():
    text = "About half of GOP primary voters said the race was “too close to call.”\n"
    quote = next(q for q in quotes_of(text) if q.text.startswith("too close"))
    assert quote.speaker_text == "half of GOP primary voters" and quote.speaker_name is None
