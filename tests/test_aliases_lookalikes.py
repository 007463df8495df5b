"""Names that look like the variants the alias rules join but are not one entity: different surnames with
one consonant skeleton in two reports of one story, "No 10" as a number, an acronym of another body's
name read with its small words. Invented articles, NER labels given by hand (no model)."""
from __future__ import annotations

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.entity_names import skeleton, syllables
from test_aliases_rules import art, one_owner, owner

STORY = ("Protesters gathered in Tahrir Square as the Interior Ministry and the Muslim Brotherhood "
         "traded blame. ")
PLACES = {"Tahrir Square": "FAC", "Interior Ministry": "ORG", "Muslim Brotherhood": "ORG"}


def _two_reports(first: str, second: str):
    return resolve_entities([
        art("a", STORY + f"{first}, a doctor, said dozens were hurt.", PLACES | {first: "PERSON"}),
        art("b", STORY + f"{second}, a student, said police fired first.", PLACES | {second: "PERSON"}),
    ])


def test_aliases_lookalike_syllables_count_vowel_runs():
    assert syllables("Osoththanakorn") == syllables("Osatanakorn") == 5
    assert skeleton("Mohammadian") == skeleton("Mahmoudian")
    assert syllables("Mohammadian") != syllables("Mahmoudian")


def test_aliases_lookalike_surnames_with_one_skeleton_are_two_people():
    for first, second in [("Ahmed Mohammed", "Ahmed Mahmoud"), ("Adel Mansour", "Adel Mansouri"),
                          ("Karim Rahmani", "Karim Rahmouni"), ("Reza Mohammadian", "Reza Mahmoudian")]:
        index = _two_reports(first, second)
        assert owner(index, first) != owner(index, second), (first, second)


def test_aliases_lookalike_long_romanised_surname_still_joins():
    index = _two_reports("Wiroj Somboonthavorn", "Wiroj Somboontavorn")
    one_owner(index, "Wiroj Somboonthavorn", "Wiroj Somboontavorn")


def _seat(text: str, extra: dict[str, str] | None = None):
    return resolve_entities([art("a", "Ministers met in Downing Street on Monday. " + text,
                                 {"Downing Street": "FAC"} | (extra or {}))])


def test_aliases_lookalike_number_ten_as_a_shirt_rank_or_house_is_no_seat():
    assert owner(_seat("Kane, who wears the No 10 shirt, shook hands."), "No 10") == set()
    assert owner(_seat("Sterling, England's Number 10 last year, stayed home.", {"England": "GPE"}),
                 "Number 10") == set()
    assert owner(_seat("The world No. 10 lost her match."), "No. 10") == set()
    assert owner(_seat("Police searched Number 10 Elm Road in Leeds.", {"Elm Road": "FAC", "Leeds": "GPE"}),
                 "Number 10") == set()


def test_aliases_lookalike_number_ten_before_the_street_and_a_noun_is_the_seat():
    index = _seat("A No 10 spokesman said No 10 Downing Street had not been told.")
    one_owner(index, "Downing Street", "No 10")


def test_aliases_lookalike_acronym_read_with_small_words_needs_one_article_naming_both():
    index = resolve_entities([
        art("a", "The Department of Education cut grants.", {"Department of Education": "ORG"}),
        art("b", "The DOE said reactors were safe. DOE engineers agreed.", {"DOE": "ORG"}),
    ])
    assert owner(index, "DOE") != owner(index, "Department of Education")
    index = resolve_entities([
        art("a", "The UN Human Rights Council met in Geneva.",
            {"UN Human Rights Council": "ORG", "Geneva": "GPE"}),
        art("b", "The HRC, a lobby group, praised the bill. HRC staff cheered.", {"HRC": "ORG"}),
    ])
    assert owner(index, "HRC") != owner(index, "UN Human Rights Council")


def test_aliases_lookalike_plain_initials_still_join_across_articles():
    index = resolve_entities([
        art("a", "The World Food Programme sent trucks.", {"World Food Programme": "ORG"}),
        art("b", "The WFP said roads were closed. WFP staff waited.", {"WFP": "ORG"}),
    ])
    one_owner(index, "World Food Programme", "WFP")


def test_aliases_lookalike_honorific_with_a_given_name_of_a_short_surname_is_someone_else():
    index = resolve_entities([
        art("a", "Hamid Karzai met officials in Kabul. The governor, Mr Hamid, was absent.",
            {"Hamid Karzai": "PERSON", "Kabul": "GPE", "Hamid": "PERSON"}),
    ])
    assert owner(index, "Mr Hamid") != owner(index, "Hamid Karzai")
