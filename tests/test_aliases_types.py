"""Entity types: person and organisation evidence from context beats a wrong NER label."""
from __future__ import annotations

from storyline.corpus.aliases import resolve_entities
from test_aliases_rules import art, one_owner


def type_of(index, alias: str) -> str:
    return index.get(one_owner(index, alias)).type


def test_aliases_types_honorific_surname_makes_an_org_labelled_full_name_a_person():
    index = resolve_entities([
        art("a", "For the opposition, Vince Cable attacked the budget.", {"Vince Cable": "ORG"}),
        art("b", "Mr Cable said taxes would rise.", {"Cable": "PERSON"}),
    ])
    assert one_owner(index, "Vince Cable", "Mr Cable")
    assert type_of(index, "Vince Cable") == "PERSON"


def test_aliases_types_one_word_speaker_is_a_person_only_as_someones_surname():
    index = resolve_entities([
        art("a", "Joseph Cirincione runs a fund. Policy matters, Cirincione said. Later Cirincione said no.",
            {"Joseph Cirincione": "PERSON", "Cirincione": "ORG"}),
        art("b", "Shares fell, Google said. Google said it would appeal.", {"Google": "ORG"}),
    ])
    assert type_of(index, "Cirincione") == "PERSON"
    one_owner(index, "Joseph Cirincione", "Cirincione")
    assert type_of(index, "Google") == "ORG"


def test_aliases_types_place_labelled_surname_of_a_speaker_is_the_person():
    index = resolve_entities([
        art("a", "Prime Minister Arseny Petrenko met the envoy. Petrenko told a meeting the border was calm. "
            "Petrenko said that talks would go on. Kharkiv said nothing.",
            {"Arseny Petrenko": "PERSON", "Petrenko": "GPE", "Kharkiv": "GPE"}),
    ])
    one_owner(index, "Arseny Petrenko", "Petrenko")
    assert type_of(index, "Petrenko") == "PERSON"
    assert type_of(index, "Kharkiv") == "PLACE"


def test_aliases_types_country_in_an_organisation_name_is_no_surname():
    index = resolve_entities([
        art("a", "The Bank of China cut rates on Monday. China said growth would pick up.",
            {"Bank of China": "ORG", "China": "GPE"}),
    ])
    assert type_of(index, "China") == "PLACE"


def test_aliases_types_family_possessive_and_speech_verb_speak_for_a_person():
    index = resolve_entities([
        art("a", "Dana Velloro's husband was at home. Later Dana Velloro said she was fine.",
            {"Dana Velloro": "ORG"}),
    ])
    assert type_of(index, "Dana Velloro") == "PERSON"


def test_aliases_types_org_head_word_beats_a_person_label():
    index = resolve_entities([
        art("a", "Mr Johnson told Age Concern that the Association of Police Authorities agreed.",
            {"Age Concern": "PERSON", "Association of Police Authorities": "PERSON"}),
    ])
    assert type_of(index, "Age Concern") == "ORG"
    assert type_of(index, "Association of Police Authorities") == "ORG"


def test_aliases_types_the_before_a_plural_name_and_platform_use_say_org():
    index = resolve_entities([
        art("a", "The Lib Dems said the plan failed. She wrote on Twitter. He posted via Twitter that night. "
                 "The Twitter handle was deleted. The Lib Dems agreed.",
            {"Lib Dems": "PERSON", "Twitter": "PERSON"}),
    ])
    assert type_of(index, "Lib Dems") == "ORG"
    assert type_of(index, "Twitter") == "ORG"


def test_aliases_types_person_evidence_does_not_leak_to_a_place_before_an_apposition():
    index = resolve_entities([
        art("a", "The governor of Unity State, Taban Deng, said so. Rebels are active in Unity State.",
            {"Unity State": "GPE", "Taban Deng": "PERSON"}),
    ])
    assert type_of(index, "Unity State") == "PLACE"
    assert type_of(index, "Taban Deng") == "PERSON"
