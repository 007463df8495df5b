"""Name keys, cleaning and titles used by alias resolution."""
from __future__ import annotations

import pytest

from storyline.corpus.entity_names import (
    clean_surface,
    fold,
    initials,
    is_acronym,
    is_junk,
    key_is_distinctive,
    last_name,
    name_key,
    skeleton,
    split_honorific,
    surname_keys,
    translit_token,
)
from storyline.corpus.entity_titles import title_after, title_before
from storyline.corpus.entity_types import elect


@pytest.mark.parametrize("a, b", [
    ("Zelenskiy", "Zelenskyy"), ("Zelensky", "Zelenskyy"), ("Yanukovich", "Yanukovych"), ("Kyiv", "Kiev"),
    ("Dmitriy", "Dmitry"), ("Khodorkovsky", "Hodorkovskiy"), ("Erdoğan", "Erdogan"),
])
def test_aliases_translit_key_unifies_variants(a, b):
    assert translit_token(a) == translit_token(b)


@pytest.mark.parametrize("a, b", [
    ("Gaza", "Giza"), ("Paris", "Peru"), ("Johnson", "Jackson"), ("Oman", "Amman"),
])
def test_aliases_translit_key_keeps_distinct_names_apart(a, b):
    assert translit_token(a) != translit_token(b)


def test_aliases_short_keys_are_not_distinctive():
    assert not key_is_distinctive(translit_token("Lee"))
    assert key_is_distinctive(translit_token("Kyiv"))


def test_aliases_skeleton_of_place_spellings():
    assert skeleton("Kharkiv") == skeleton("Kharkov")
    assert skeleton("Niger") == skeleton("Nigeria")  # same skeleton: the length guard keeps them apart


@pytest.mark.parametrize("raw, clean", [
    ("Donald Trump’s", "Donald Trump"), ("the Global South", "Global South"), ("U.S.", "U.S."),
    ("Jones'", "Jones"), ("“Kremlin", "Kremlin"), ("Apple Inc.", "Apple Inc."),
])
def test_aliases_clean_surface(raw, clean):
    assert clean_surface(raw) == clean


def test_aliases_fold_is_case_and_dot_blind():
    assert fold("U.S.") == fold("US") == "us"
    assert fold("KIEV") == fold("Kiev")


@pytest.mark.parametrize("text, junk", [
    ("Facebook\n\nTrump", True), ("thing", True), ("2024", True), ("Kyiv", False), ("E.U.", False),
])
def test_aliases_is_junk(text, junk):
    assert is_junk(text) is junk


def test_aliases_initials_and_acronyms():
    assert initials("World Health Organization") == "who"
    assert initials("North Atlantic Treaty Organization") == "nato"
    assert initials("Kyiv") is None
    assert is_acronym("E.U.") and is_acronym("NATO") and not is_acronym("Kyiv")


def test_aliases_honorifics_and_keys():
    assert split_honorific("Mr. Putin") == ("Mr.", "Putin")  # the dot as written: "Mr. Putin" is the alias
    assert split_honorific("Putin") == (None, "Putin")
    assert name_key("Apple Inc.") == name_key("Apple")
    assert name_key("George W. Bush") != name_key("George H. W. Bush")
    assert last_name("Donald Trump Jr.") is None
    assert last_name("Ban Ki-moon") == "kimoon"
    assert last_name("Vladimir Putin") == "putin"


def test_aliases_surname_keys_are_fuzzy_only_for_long_names():
    assert set(surname_keys("zelenskyy")) & set(surname_keys("zelensky"))
    assert not set(surname_keys("bill")) & set(surname_keys("biel"))
    assert not set(surname_keys("strip")) & set(surname_keys("streep"))


@pytest.mark.parametrize("text, name, title", [
    ("Kremlin spokesman Dmitry Peskov said", "Dmitry Peskov", "Kremlin spokesman"),
    ("It was Former U.S. President Donald Trump who", "Donald Trump", "Former U.S. President"),
    ("Following U.S. President-elect Donald Trump's call", "Donald Trump", "U.S. President-elect"),
    ("Italy’s Prime Minister Giorgia Meloni confirmed", "Giorgia Meloni", "Italy’s Prime Minister"),
    ("talks between the two mayors. Press Secretary Lena Ortiz said", "Lena Ortiz",
     "Press Secretary"),
    ("with Germany’s Friedrich Merz", "Friedrich Merz", None),
    ("On Monday Emmanuel Macron said", "Emmanuel Macron", None),
])
def test_aliases_title_before_a_name(text, name, title):
    assert title_before(text, text.index(name)) == title


@pytest.mark.parametrize("text, name, title", [
    ("Dmitry Peskov, the Kremlin's spokesman, said", "Dmitry Peskov", "Kremlin's spokesman"),
    ("Ana Lopez, chief executive of Acme, said", "Ana Lopez", "chief executive of Acme"),
    ("Ana Lopez, who spoke first, said", "Ana Lopez", None),
    ("Ana Lopez, Tom Berg and Eva Ruiz met", "Ana Lopez", None),
    ("Piet Vos, a shift foreman, said", "Piet Vos", "shift foreman"),
    ("Piet Vos, a retired nurse, said", "Piet Vos", "retired nurse"),
    ("Piet Vos, a day after the vote, said", "Piet Vos", None),
    ("Piet Vos, a move that surprised many, said", "Piet Vos", None),
    ("Piet Vos, the Dutch coach, said", "Piet Vos", "Dutch coach"),
])
def test_aliases_title_after_a_name(text, name, title):
    assert title_after(text, text.index(name) + len(name)) == title


def test_aliases_type_vote_takes_the_heaviest_and_is_stable():
    assert elect([("PERSON", 0.5), ("PLACE", 1.0)]) == "PLACE"
    assert elect([("PERSON", 1.0), ("ORG", 1.0)]) == "PERSON"
    assert elect([]) == "OTHER"


def test_aliases_a_description_is_a_title_but_names_no_role():
    from storyline.corpus.entity_titles import has_role_word

    assert has_role_word("Kremlin spokesman") and has_role_word("Hollen's chief executive")
    assert not has_role_word("shift foreman") and not has_role_word("eastern city")
