"""Missed merges: particle and hyphenated surnames, plurals, party suffixes, peerage titles."""
from __future__ import annotations

import pytest

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.entity_names import bare_surname, surname_variants
from test_aliases_rules import art, one_owner, owner


@pytest.mark.parametrize("name, variants", [
    ("Bashar al-Assad", ["alassad", "assad"]), ("Charles de Gaulle", ["gaulle", "degaulle"]),
    ("Kodi Smit-McPhee", ["smitmcphee"]), ("Ban Ki-moon", ["kimoon", "ban"]), ("Donald Trump Jr", []),
])
def test_aliases_surnames_variants_of_a_full_name(name, variants):
    assert surname_variants(name) == variants


@pytest.mark.parametrize("text, key", [
    ("Assad", "assad"), ("al-Assad", "alassad"), ("de Gaulle", "degaulle"), ("Smit-McPhee", "smitmcphee"),
    ("Vince Cable", None), ("Labour Party", None),
])
def test_aliases_surnames_bare_surname_keys(text, key):
    assert bare_surname(text) == key


def test_aliases_surnames_particle_and_hyphenated_surnames_join_the_full_name():
    index = resolve_entities([
        art("a", "Bashar al-Assad held on. Assad said little.",
            {"Bashar al-Assad": "PERSON", "Assad": "PERSON"}),
        art("b", "Kodi Smit-McPhee stars. Smit-McPhee is good.",
            {"Kodi Smit-McPhee": "PERSON", "Smit-McPhee": "PERSON"}),
        art("c", "Charles de Gaulle spoke. Later de Gaulle left.",
            {"Charles de Gaulle": "PERSON", "de Gaulle": "PERSON"}),
    ])
    one_owner(index, "Bashar al-Assad", "Assad")
    one_owner(index, "Kodi Smit-McPhee", "Smit-McPhee")
    one_owner(index, "Charles de Gaulle", "de Gaulle")
    assert index.lookup("a", "Assad") == index.lookup("a", "Bashar al-Assad")


def test_aliases_surnames_peerage_title_is_an_honorific():
    index = resolve_entities([
        art("a", "Peter Goldsmith advised ministers. Lord Goldsmith said the war was legal.",
            {"Peter Goldsmith": "PERSON", "Goldsmith": "PERSON"}),
    ])
    one_owner(index, "Peter Goldsmith", "Goldsmith", "Lord Goldsmith")


def test_aliases_surnames_post_nominal_is_stripped_but_junior_is_kept():
    index = resolve_entities([
        art("a", "Edward Fitzgerald QC argued the case. Fitzgerald won.",
            {"Edward Fitzgerald QC": "PERSON", "Fitzgerald": "PERSON"}),
        art("b", "Donald Trump spoke. Donald Trump Jr spoke too.", {"Donald Trump": "PERSON",
                                                                     "Donald Trump Jr": "PERSON"}),
    ])
    one_owner(index, "Edward Fitzgerald", "Fitzgerald")
    assert owner(index, "Donald Trump") != owner(index, "Donald Trump Jr")


def test_aliases_surnames_plural_and_party_suffix_join_an_organisation():
    index = resolve_entities([
        art("a", "The Lib Dems said taxes would rise. Labour disagreed with the Lib Dem plan.",
            {"Lib Dems": "ORG", "Lib Dem": "ORG", "Labour": "ORG"}),
        art("b", "The Labour Party met. The Democrats and a Democrat spoke.",
            {"Labour Party": "ORG", "Democrats": "NORP", "Democrat": "NORP"}),
    ])
    one_owner(index, "Lib Dems", "Lib Dem")
    one_owner(index, "Labour", "Labour Party")
    one_owner(index, "Democrats", "Democrat")


def test_aliases_surnames_plural_never_joins_two_people():
    index = resolve_entities([
        art("a", "James Evans met James Evan. Williams and William spoke.",
            {"James Evans": "PERSON", "James Evan": "PERSON", "Williams": "PERSON", "William": "PERSON"}),
    ])
    assert owner(index, "James Evans") != owner(index, "James Evan")
    assert owner(index, "Williams") != owner(index, "William")


def test_aliases_surnames_relative_introduced_in_passing_does_not_take_the_bare_surname():
    index = resolve_entities([
        art("a", "Bill Clinton spoke in Ohio, joined by his wife Hillary Clinton. Clinton said costs rose.",
            {"Bill Clinton": "PERSON", "Hillary Clinton": "PERSON", "Clinton": "PERSON"}),
        art("b", "Lauri Love smiled as he left with parents Alexander Love and Sirkka-Liisa Love. Love said "
                 "he was glad.",
            {"Lauri Love": "PERSON", "Alexander Love": "PERSON", "Sirkka-Liisa Love": "PERSON",
             "Love": "PERSON"}),
    ])
    assert index.lookup("a", "Clinton") == index.lookup("a", "Bill Clinton")
    assert owner(index, "Clinton") == owner(index, "Bill Clinton")
    assert owner(index, "Love") == owner(index, "Lauri Love")


def test_aliases_surnames_only_relative_in_the_document_still_takes_the_surname():
    index = resolve_entities([
        art("a", "The singer mourned her sister Nancy Motes. Motes was 38.",
            {"Nancy Motes": "PERSON", "Motes": "PERSON"}),
    ])
    one_owner(index, "Nancy Motes", "Motes")


def test_aliases_surnames_group_suffix_joins_the_company_but_not_a_person():
    index = resolve_entities([
        art("a", "The Chrysler Group cut jobs. Chrysler said sales fell. Pat Wagner met the Wagner Group.",
            {"Chrysler Group": "ORG", "Chrysler": "ORG", "Pat Wagner": "PERSON", "Wagner Group": "ORG"}),
    ])
    one_owner(index, "Chrysler Group", "Chrysler")
    assert owner(index, "Pat Wagner") != owner(index, "Wagner Group")
