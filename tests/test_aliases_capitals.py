"""Headline and transcript capitals: "TRUMP:" is Donald Trump, "KIEV" is Kiev, "NATO" stays NATO."""
from __future__ import annotations

from storyline.corpus.aliases import resolve_entities
from test_aliases_rules import art, one_owner, owner


def test_aliases_capitals_transcript_label_joins_the_only_person_with_that_surname():
    index = resolve_entities([
        art("a", "Donald Trump gave an interview.\nSANGER: Would you?\nTRUMP: I would. Trump left.",
            {"Donald Trump": "PERSON", "SANGER": "ORG", "TRUMP": "ORG", "Trump": "PERSON"}),
    ])
    one_owner(index, "Donald Trump", "TRUMP", "Trump")
    assert index.get(one_owner(index, "TRUMP")).type == "PERSON"
    assert index.lookup("a", "TRUMP") == index.lookup("a", "Donald Trump")
    assert owner(index, "SANGER") != owner(index, "Donald Trump")
    assert index.get(one_owner(index, "SANGER")).type == "PERSON"  # a transcript turn label is a person


def test_aliases_capitals_headline_surname_in_another_document_joins_the_person():
    index = resolve_entities([
        art("a", "MACRON WARNS ALLIES\nEmmanuel Macron spoke on Monday.", {"MACRON": "ORG",
                                                                         "Emmanuel Macron": "PERSON"}),
        art("b", "Emmanuel Macron said Macron would travel.",
            {"Emmanuel Macron": "PERSON", "Macron": "PERSON"}),
    ])
    one_owner(index, "Emmanuel Macron", "MACRON", "Macron")


def test_aliases_capitals_two_people_with_the_surname_leave_the_label_alone():
    index = resolve_entities([
        art("a", "Bill Clinton spoke.\nCLINTON: Thank you.", {"Bill Clinton": "PERSON", "CLINTON": "ORG"}),
        art("b", "Hillary Clinton spoke.", {"Hillary Clinton": "PERSON"}),
    ])
    assert index.lookup("a", "CLINTON") == index.lookup("a", "Bill Clinton")
    assert owner(index, "Hillary Clinton").isdisjoint(owner(index, "Bill Clinton"))


def test_aliases_capitals_dateline_place_joins_its_spelling():
    index = resolve_entities([
        art("a", "KIEV, March 3 (Reuters) - Talks resumed in Kiev on Monday.",
            {"KIEV": "GPE", "Kiev": "GPE"}),
    ])
    one_owner(index, "KIEV", "Kiev")


def test_aliases_capitals_a_real_acronym_stays_apart_from_a_name():
    index = resolve_entities([
        art("a", "The NATO summit opened. John Nato spoke.", {"NATO": "ORG", "John Nato": "PERSON"}),
        art("b", "The WHO said the UN agreed.", {"WHO": "ORG", "UN": "ORG"}),
    ])
    assert owner(index, "NATO") != owner(index, "John Nato")
    assert owner(index, "WHO") and owner(index, "UN")


def test_aliases_acronym_of_the_last_words_of_a_defined_name():
    from storyline.corpus.aliases import resolve_entities
    from test_aliases_rules import art, one_owner
    index = resolve_entities([
        art("a", "The United Nations World Food Programme (WFP) warned of hunger. The WFP said more.",
            {"United Nations World Food Programme": "ORG", "WFP": "ORG"}),
    ])
    one_owner(index, "United Nations World Food Programme", "WFP")


def test_aliases_name_seen_only_in_capitals_is_title_cased():
    from storyline.corpus.aliases import canonical_name
    assert canonical_name(["NEW YORK"]) == "New York"
    assert canonical_name(["NATO"]) == "NATO"
    assert canonical_name(["KIEV", "Kiev"]) == "Kiev"
