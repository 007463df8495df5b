"""Parties and seats of government known by two names, clipped party names tagged as a person, and
honorifics of both sexes on one surname (invented articles with given NER labels)."""
from __future__ import annotations

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.entity_countries import SAME_BODY, country_links
from test_aliases_rules import art, one_owner, owner


def test_aliases_bodies_links_only_names_of_one_body():
    forms = ["the tories", "conservative party", "labour", "gop", "republican party"]
    links = country_links(forms, SAME_BODY)
    assert sorted(map(sorted, links)) == [["conservative party", "the tories"], ["gop", "republican party"]]


def test_aliases_bodies_tories_and_conservative_party_are_one_entity():
    index = resolve_entities([
        art("a", "The Conservative Party said the tax plan was fair. The Tories won, Labour said.",
            {"Conservative Party": "ORG", "Tories": "NORP", "Labour": "ORG"}),
        art("b", "The Tories will publish their plan on Monday, Labour said.",
            {"Tories": "NORP", "Labour": "ORG"}),
    ])
    one_owner(index, "Conservative Party", "Tories")
    assert owner(index, "Labour") != owner(index, "Tories")


def test_aliases_bodies_names_never_met_in_one_document_stay_apart():
    index = resolve_entities([
        art("a", "The Democratic Party said the vote in Ohio was close.", {"Democratic Party": "ORG"}),
        art("b", "In Rome, the Democrats said they would vote against the budget.", {"Democrats": "NORP"}),
    ])
    assert owner(index, "Democratic Party") != owner(index, "Democrats")


def test_aliases_bodies_a_place_is_never_linked_as_a_body():
    index = resolve_entities([
        art("a", "Downing Street said the talks were over. Number 10 is a street in Leeds too.",
            {"Downing Street": "ORG", "Number 10": "GPE"}),
    ])
    assert owner(index, "Downing Street") != owner(index, "Number 10")


def test_aliases_bodies_clipped_party_name_tagged_a_person_joins_the_party():
    index = resolve_entities([
        art("a", "The Liberal Democrats want a new tax. Lib Dems leader Ann Vale said so.",
            {"Liberal Democrats": "NORP", "Lib Dems": "PERSON", "Ann Vale": "PERSON"}),
    ])
    one_owner(index, "Liberal Democrats", "Lib Dems")


def test_aliases_bodies_wife_named_by_honorific_is_not_her_husband():
    index = resolve_entities([
        art("a", "Tom Vale spoke in Leeds. Mr Vale said the plan was fair. Mrs Vale, his wife, watched. "
                 "Later Mr Vale left.", {"Tom Vale": "PERSON", "Vale": "PERSON"}),
    ])
    tom = one_owner(index, "Tom Vale", "Mr Vale")
    assert owner(index, "Mrs Vale") and tom not in owner(index, "Mrs Vale")


def test_aliases_bodies_one_sex_of_honorifics_keeps_one_person():
    index = resolve_entities([
        art("a", "Ann Vale spoke in Leeds. Mrs Vale said the plan was fair. Ms Vale left.",
            {"Ann Vale": "PERSON", "Vale": "PERSON"}),
    ])
    one_owner(index, "Ann Vale", "Mrs Vale", "Ms Vale")


def test_aliases_bodies_acronym_ner_missed_joins_the_organisation_its_document_names():
    index = resolve_entities([
        art("a", "Agents of Coastal Border Enforcement raided the port. CBE said 12 people were held.",
            {"Coastal Border Enforcement": "ORG"}),
        art("b", "The CBE ferry left at noon.", {}),
    ])
    cbe = one_owner(index, "Coastal Border Enforcement", "CBE")
    assert index.lookup("a", "CBE") == cbe


def test_aliases_bodies_short_name_in_a_document_naming_the_place_joins_the_long_one():
    index = resolve_entities([
        art("a", "The Dunmore Harbour Board met. Dunmore fishermen waited.",
            {"Dunmore Harbour Board": "ORG", "Dunmore": "GPE"}),
        art("b", "In Dunmore, the Harbour Board said the quay would close.",
            {"Dunmore": "GPE", "Harbour Board": "ORG"}),
    ])
    one_owner(index, "Dunmore Harbour Board", "Harbour Board")


def test_aliases_bodies_short_name_in_a_document_without_the_place_stays_apart():
    index = resolve_entities([
        art("a", "The Dunmore Harbour Board met. Dunmore fishermen waited.",
            {"Dunmore Harbour Board": "ORG", "Dunmore": "GPE"}),
        art("b", "In Ashby, the Harbour Board said the quay would close.",
            {"Ashby": "GPE", "Harbour Board": "ORG"}),
    ])
    assert owner(index, "Harbour Board") != owner(index, "Dunmore Harbour Board")


def test_aliases_bodies_brand_run_together_and_in_words_is_one_name():
    index = resolve_entities([
        art("a", "The average on PollTrackerDaily gives her 3 points.", {"PollTrackerDaily": "PERSON"}),
        art("b", "The Poll Tracker Daily average moved.", {"Poll Tracker Daily": "ORG"}),
    ])
    one_owner(index, "PollTrackerDaily", "Poll Tracker Daily")


def test_aliases_bodies_paper_named_without_its_city_ner_missed_joins_it():
    index = resolve_entities([
        art("a", "The Dunmore Evening-Post said the quay would close. Dunmore fishermen were angry.",
            {"Dunmore Evening-Post": "ORG", "Dunmore": "GPE"}),
        art("b", "Photo: Ann Vale/Evening-Post. In Dunmore, the Evening-Post said the quay would shut.",
            {"Ann Vale": "PERSON", "Dunmore": "GPE"}),
    ])
    one_owner(index, "Dunmore Evening-Post", "Evening-Post")


def test_aliases_bodies_a_knight_keeps_his_full_names_and_his_wife_leaves():
    index = resolve_entities([
        art("a", "Sir Keir Vale spoke. Lady Vale smiled. Keir Vale left. Lady Vale stayed. Lady Vale waved.",
            {"Keir Vale": "PERSON", "Vale": "PERSON"}),
    ])
    keir = one_owner(index, "Keir Vale", "Sir Keir Vale")
    assert keir not in owner(index, "Lady Vale")


def test_aliases_bodies_mrs_joins_the_woman_of_that_surname_in_her_document():
    index = resolve_entities([
        art("a", "John Vale spoke in Leeds. His wife Sandra Vale listened. Mr Vale said the plan was fair. "
                 "Mrs Vale disagreed.", {"John Vale": "PERSON", "Sandra Vale": "PERSON", "Vale": "PERSON"}),
    ])
    assert index.lookup("a", "Mr Vale") == index.lookup("a", "John Vale")
    assert index.lookup("a", "Mrs Vale") == index.lookup("a", "Sandra Vale") != index.lookup("a", "John Vale")


def test_aliases_bodies_a_surname_is_never_a_clipped_word():
    index = resolve_entities([
        art("a", "Samuel Adams beer sold well, Sam Adams said.",
            {"Samuel Adams": "ORG", "Sam Adams": "PERSON"}),
    ])
    assert owner(index, "Samuel Adams") != owner(index, "Sam Adams")


def test_aliases_bodies_run_together_never_joins_a_place_or_two_given_names():
    index = resolve_entities([
        art("a", "BlackRock bought shares. Hikers crossed Black Rock desert. Rose Mary Lopez and "
                 "Rosemary Lopez spoke.",
            {"BlackRock": "ORG", "Black Rock": "LOC",
             "Rose Mary Lopez": "PERSON", "Rosemary Lopez": "PERSON"}),
    ])
    assert owner(index, "BlackRock") != owner(index, "Black Rock")
    assert owner(index, "Rose Mary Lopez") != owner(index, "Rosemary Lopez")


def test_aliases_bodies_short_name_in_a_document_about_another_place_stays_apart():
    index = resolve_entities([
        art("a", "The Texas Board of Water Safety met in Austin.", {"Texas Board of Water Safety": "ORG",
                                                                     "Austin": "GPE"}),
        art("b", "In Arizona, the Board of Water Safety said Arizona lakes were low. Texas sent help.",
            {"Arizona": "GPE", "Board of Water Safety": "ORG", "Texas": "GPE"}),
    ])
    assert owner(index, "Board of Water Safety") != owner(index, "Texas Board of Water Safety")


def test_aliases_bodies_person_the_model_tagged_an_organisation_takes_the_surname():
    index = resolve_entities([
        art("a", "The moderator, Keith Lamont Vale of Channel Nine, spoke. Vale was calm, his family said. "
                 "Vale Bank closed.", {"Keith Lamont Vale": "ORG", "Channel Nine": "ORG", "Vale": "PERSON",
                                       "Vale Bank": "ORG"}),
    ])
    keith = one_owner(index, "Keith Lamont Vale", "Vale")
    assert keith not in owner(index, "Vale Bank")
