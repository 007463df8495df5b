"""He/she speakers with gender evidence: given names, the honorific before a surname, a person of the
pronoun's gender named in its own sentence, "with X doing" subjects, and a possessed kinship noun."""
from __future__ import annotations

import pytest

from storyline.article.given_names import given_gender
from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def _speaker(text: str, words: str) -> str | None:
    return next(q for q in quotes_of(text) if q.text.startswith(words)).speaker_name


@pytest.mark.parametrize("name, gender", [
    ("Hillary Clinton", "f"), ("Bill Clinton", "m"), ("Chris Evans", ""), ("Jordan Peele", ""), ("", ""),
    ("Mayor Bill de Blasio", "m"), ("Assemblywoman Claudia Tenney", "f"), ("Walker Kate", ""),
])
def test_speakers_gender_given_names(name, gender):
    assert given_gender(name) == gender


def test_speakers_gender_mrs_is_not_the_husband():
    text = ("Former governor Paul Hendry opened the library on Friday.\n"
            "Mrs Hendry said the town “had waited twenty years for this.”\n")
    assert _speaker(text, "had waited") != "Paul Hendry"


def test_speakers_gender_mrs_picks_the_wife_among_namesakes():
    text = ("Susan Hendry and Paul Hendry arrived late.\n"
            "Mrs Hendry said that “the rain was awful all the way from the coast.”\n"
            "Mr Hendry said that “the roads were worse than last year.”\n")
    assert _speaker(text, "the rain was awful") == "Susan Hendry"
    assert _speaker(text, "the roads were") == "Paul Hendry"


def test_speakers_gender_she_skips_a_man_by_his_given_name():
    text = ("Margaret Olsen said the plant would close in March.\n"
            "Robert Haines said on Monday that talks had failed.\n"
            "“It was the hardest decision of my career,” she said.\n")
    assert _speaker(text, "It was the hardest") == "Margaret Olsen"


def test_speakers_gender_she_in_a_subordinate_clause_is_the_woman_named_in_it():
    text = ("Governor Victor Kane called Maria Ortiz a liar after she blamed the floods on “years of "
            "neglect by the state.”\n")
    assert _speaker(text, "years of neglect") == "Maria Ortiz"


def test_speakers_gender_a_with_clause_subject_is_a_candidate():
    text = ("Higher rates would hurt savers, said Karen Holt.\n"
            "The plan has become a campaign issue, with Nancy Brandt attacking it daily.\n"
            "“It is a gift to the banks and nothing else,” she said at the debate.\n")
    assert _speaker(text, "It is a gift") == "Nancy Brandt"


def test_speakers_gender_a_mother_blocks_an_organisation():
    text = ("The Water Bureau says that it will pursue charges against the boy.\n"
            "As he stood outside, his mother opened the door.\n"
            "“Do not say anything to them,” she says.\n")
    assert _speaker(text, "Do not say") is None


def test_speakers_gender_a_with_object_and_its_participle_is_a_candidate():
    text = ("Higher rates would hurt savers, said Karen Holt.\n"
            "It became an issue, with Nancy Brandt — who has called for new taxes — attacking it.\n"
            "“It is a gift to the banks and nothing else,” she said at the debate.\n")
    assert _speaker(text, "It is a gift") == "Nancy Brandt"


def test_speakers_gender_a_main_clause_pronoun_keeps_the_topic_person():
    text = ("Susan Marley spoke to the station on Monday.\n"
            "Asked whether Hillary Clinton would win the state, she said “we will have to wait and see.”\n")
    assert _speaker(text, "we will have to wait") == "Susan Marley"


def test_speakers_gender_a_relative_clause_pronoun_is_the_name_it_hangs_on():
    text = ("Assemblywoman Kay Tenley spoke first.\n"
            "Tenley once helped fight tribal leader Ray Holbrook, who led the campaign because he said "
            "the mascot was “offensive to Native Americans.”\n")
    assert _speaker(text, "offensive to") == "Ray Holbrook"


def test_speakers_gender_a_lone_first_name_of_the_other_gender_is_skipped():
    text = ("On Monday, Bill said the party “must unite before the convention.”\n"
            "“We cannot wait any longer,” she said.\n")
    assert _speaker(text, "We cannot wait") is None
