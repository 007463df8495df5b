"""Junk entities: run-on honorifics, leading adverbs, page furniture and bare role words."""
from __future__ import annotations

import pytest

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.entity_names import clean_surface, is_junk, strip_leading_words
from test_aliases_rules import art, one_owner, owner


def names(index) -> set[str]:
    return {e.name for e in index.entities}


def test_aliases_junk_mention_is_cut_at_an_inner_honorific():
    index = resolve_entities([
        art("a", "Gordon Brown flew out. In Tanzania Mr Brown met farmers. The Policy Centre Mr Straw "
                 "visited was new. Jack Straw spoke.",
            {"Gordon Brown": "PERSON", "Tanzania Mr Brown": "ORG", "Policy Centre Mr Straw": "ORG",
             "Jack Straw": "PERSON"}),
    ])
    assert "Tanzania Mr Brown" not in names(index)
    one_owner(index, "Gordon Brown", "Mr Brown")
    one_owner(index, "Jack Straw", "Mr Straw")
    assert owner(index, "Tanzania") and owner(index, "Policy Centre")


@pytest.mark.parametrize("raw, cleaned", [
    ("Beyond Trump", "Trump"), ("Today the Tories", "Tories"), ("Everything Trump", "Trump"),
    ("Donald Trump", "Donald Trump"), ("With", "With"), ("Beyond", "Beyond"),
    ("details Kowalski", "Kowalski"), ("s Obama", "Obama"), ("bin Salman", "bin Salman"),
    ("de Gaulle", "de Gaulle"), ("eBay Inc", "eBay Inc"), ("5th Circuit", "5th Circuit"),
    ("101st Airborne Division", "101st Airborne Division"),
])
def test_aliases_junk_leading_adverbs_and_prepositions_are_dropped(raw, cleaned):
    assert clean_surface(strip_leading_words(raw)) == cleaned


def test_aliases_junk_titles_keep_their_first_word_except_a_time_adverb():
    assert strip_leading_words("Beyond the Sea", title=True) == "Beyond the Sea"
    assert clean_surface(strip_leading_words("Today the Tories", title=True)) == "Tories"


def test_aliases_junk_leading_word_does_not_make_a_second_person():
    index = resolve_entities([
        art("a", "Donald Trump spoke. Beyond Trump, few agreed.", {"Donald Trump": "PERSON",
                                                                  "Beyond Trump": "PERSON"}),
    ])
    assert "Beyond Trump" not in names(index)
    one_owner(index, "Donald Trump", "Trump")


@pytest.mark.parametrize("text", ["Copyright 2009", "© Copyright 2009 Reuters", "Rated R.", "Rated PG-13"])
def test_aliases_junk_page_furniture_is_not_a_name(text):
    assert is_junk(clean_surface(text))


@pytest.mark.parametrize("text, kept", [
    ("Edward Fitzgerald QC", "Edward Fitzgerald"), ("Jane Smith MP", "Jane Smith"),
    ("Donald Trump Jr.", "Donald Trump Jr."), ("Love in", "Love"), ("Journal of", "Journal"),
    ("Bank of England", "Bank of England"),
])
def test_aliases_junk_post_nominals_and_trailing_function_words_are_cut(text, kept):
    assert clean_surface(text) == kept


def test_aliases_junk_bare_role_words_are_not_entities_but_surnames_are():
    index = resolve_entities([
        art("a", "The President-elect spoke. The Archbishop wrote. John Major said no. Major left.",
            {"President-elect": "PERSON", "Archbishop": "PERSON", "John Major": "PERSON", "Major": "PERSON"}),
    ])
    assert not owner(index, "President-elect") and not owner(index, "Archbishop")
    one_owner(index, "John Major", "Major")
    index = resolve_entities([art("b", "Jane Roe, QC, argued.", {"Jane Roe": "PERSON", "QC": "ORG"})])
    assert not owner(index, "QC")


def test_aliases_junk_unclosed_bracket_and_inner_quote_split_a_mention():
    index = resolve_entities([
        art("a", "Kodi Smit-McPhee stars as a Boy (Kodi Smit-McPhee. Matt Lauer hosted. The Today” Show's "
                 "Matt Lauer asked.",
            {"Kodi Smit-McPhee": "PERSON", "a Boy (Kodi Smit-McPhee": "PERSON", "Matt Lauer": "PERSON",
             "Today” Show's Matt Lauer": "WORK_OF_ART"}),
    ])
    assert names(index) >= {"Kodi Smit-McPhee", "Matt Lauer"}
    assert not any("(" in n or "”" in n for n in names(index))
