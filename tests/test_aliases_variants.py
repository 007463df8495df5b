"""Alias rules for names written two ways: acronym readings, spelling variants of a person's surname,
family names written first, "Mr" with a given name, a seat of government's other names, a firm whose
short name NER reads as a place. Invented articles, NER labels given by hand (no model)."""
from __future__ import annotations

from storyline.corpus.aliases import resolve_entities
from storyline.corpus.entity_names import acronym_readings, skeleton, surname_variants
from test_aliases_rules import art, one_owner, owner


def test_aliases_acronym_readings_spell_small_words_and_drop_a_leading_place():
    assert acronym_readings("US Department of Energy") == {"de", "doe"}
    assert "eeoc" in acronym_readings("US Equal Employment Opportunity Commission")
    assert "boe" in acronym_readings("Bank of England")
    assert "dot" not in acronym_readings("Department of Energy")
    assert acronym_readings("BBC Three") == frozenset()  # a name holding an acronym already
    assert acronym_readings("Kyiv") == frozenset()


def test_aliases_acronym_defined_after_a_name_with_its_country():
    index = resolve_entities([
        art("a", "Grants came from the US Department of Energy (DOE) last year. DOE staff agreed.",
            {"US Department of Energy": "ORG", "DOE": "ORG"}),
        art("b", "The US Department of Energy paid for the machine.", {"US Department of Energy": "ORG"}),
    ])
    one_owner(index, "US Department of Energy", "DOE")


def test_aliases_other_acronym_stays_apart_from_the_department():
    index = resolve_entities([
        art("a", "The Department of Energy and the DOT met on Monday. The DOT said roads come first.",
            {"Department of Energy": "ORG", "DOT": "ORG"}),
    ])
    assert owner(index, "DOT") != owner(index, "Department of Energy")


def test_aliases_one_word_party_and_its_bracketed_acronym():
    index = resolve_entities([
        art("a", "Leaders of the Kuomintang (KMT) met in Taipei. The KMT lost the vote.",
            {"Kuomintang": "ORG", "KMT": "ORG", "Taipei": "GPE"}),
    ])
    one_owner(index, "Kuomintang", "KMT")


def test_aliases_dateline_agency_in_brackets_is_no_acronym_of_the_city():
    index = resolve_entities([
        art("a", "Officials in Moscow (AFP) said talks went on. Moscow denied it.",
            {"Moscow": "GPE", "AFP": "ORG"}),
    ])
    assert owner(index, "AFP") != owner(index, "Moscow")


def test_aliases_long_honorific_is_kept_with_the_surname():
    index = resolve_entities([
        art("a", "The adviser Baroness Hollister wrote it. Hollister declined to comment.",
            {"Hollister": "PERSON"}),
    ])
    assert owner(index, "Baroness Hollister") == owner(index, "Hollister") != set()


def test_aliases_known_longer_name_replaces_the_part_ner_tagged():
    index = resolve_entities([
        art("a", "Leaders of the Green Alliance met. The Green Alliance wants a vote.",
            {"Green Alliance": "ORG"}),
        art("b", "Both Tories and Green Alliance members say so.", {"Alliance": "ORG", "Tories": "NORP"}),
    ])
    ent = next(e for e in index.entities if e.name == "Green Alliance")
    assert {m.doc for m in ent.mentions} == {"a", "b"}
    assert owner(index, "Alliance") == set()  # no stray "Alliance" entity left in b


STORY = "The rescue at Tham Khao cave in Chiang Mai went on. "


def test_aliases_skeleton_leaves_out_a_silent_h():
    assert skeleton("Somboonthavorn") == skeleton("Somboontavorn")
    assert skeleton("Johnson") != skeleton("Jonsson")  # an h after a vowel is kept


def test_aliases_surname_spelt_two_ways_in_two_reports_of_one_story():
    index = resolve_entities([
        art("a", STORY + "Governor Wiroj Somboonthavorn said the boys were safe.",
            {"Tham Khao": "FAC", "Chiang Mai": "GPE", "Wiroj Somboonthavorn": "PERSON"}),
        art("b", STORY + "Governor Wiroj Somboontavorn said the boys were weak.",
            {"Tham Khao": "FAC", "Chiang Mai": "GPE", "Wiroj Somboontavorn": "PERSON"}),
    ])
    one_owner(index, "Wiroj Somboonthavorn", "Wiroj Somboontavorn")


def test_aliases_two_similar_names_in_one_article_are_two_people():
    index = resolve_entities([
        art("a", STORY + "The brothers Wiroj Somboonthavorn and Wiroj Somboontavorn both helped.",
            {"Tham Khao": "FAC", "Chiang Mai": "GPE", "Wiroj Somboonthavorn": "PERSON",
             "Wiroj Somboontavorn": "PERSON"}),
        art("b", STORY + "Wiroj Somboontavorn spoke.",
            {"Tham Khao": "FAC", "Chiang Mai": "GPE", "Wiroj Somboontavorn": "PERSON"}),
    ])
    assert owner(index, "Wiroj Somboonthavorn") != owner(index, "Wiroj Somboontavorn")


def test_aliases_similar_surnames_apart_without_a_shared_story_or_given_name():
    unrelated = resolve_entities([
        art("a", "Wiroj Somboonthavorn opened a shop in Lampang.", {"Wiroj Somboonthavorn": "PERSON"}),
        art("b", "Wiroj Somboontavorn won a race in Phuket.", {"Wiroj Somboontavorn": "PERSON"}),
    ])
    assert owner(unrelated, "Wiroj Somboonthavorn") != owner(unrelated, "Wiroj Somboontavorn")
    others = resolve_entities([
        art("a", STORY + "Wiroj Somboonthavorn spoke.",
            {"Tham Khao": "FAC", "Chiang Mai": "GPE", "Wiroj Somboonthavorn": "PERSON"}),
        art("b", STORY + "Anan Somboontavorn spoke.",
            {"Tham Khao": "FAC", "Chiang Mai": "GPE", "Anan Somboontavorn": "PERSON"}),
    ])
    assert owner(others, "Wiroj Somboonthavorn") != owner(others, "Anan Somboontavorn")
    places = {"Tham Khao": "FAC", "Chiang Mai": "GPE"}
    short = resolve_entities([
        art("a", STORY + "Peter Jansen spoke.", places | {"Peter Jansen": "PERSON"}),
        art("b", STORY + "Peter Jensen spoke.", places | {"Peter Jensen": "PERSON"}),
    ])
    assert owner(short, "Peter Jansen") != owner(short, "Peter Jensen")


def test_aliases_family_name_written_first_is_the_surname():
    assert surname_variants("Tsai Ing-wen") == ["ingwen", "tsai"]
    assert surname_variants("Prayuth Chan-ocha") == ["chanocha"]  # a Thai given name first
    assert surname_variants("Anne-Marie Duff") == ["duff"]
    index = resolve_entities([
        art("a", "Lin Wei-chen won the vote. Ms Lin thanked voters. Lin said more.",
            {"Lin Wei-chen": "PERSON", "Lin": "PERSON"}),
    ])
    one_owner(index, "Lin Wei-chen", "Ms Lin", "Lin")


def test_aliases_honorific_with_a_thai_given_name():
    index = resolve_entities([
        art("a", "Interior Minister Anuwat Chaiyaporn visited. Mr Anuwat said pumps were working.",
            {"Anuwat Chaiyaporn": "PERSON", "Anuwat": "PERSON"}),
    ])
    one_owner(index, "Anuwat Chaiyaporn", "Mr Anuwat")


def test_aliases_honorific_with_an_english_given_name_is_a_surname():
    index = resolve_entities([
        art("a", "A speech by Martin Luther King was read. Dr Martin, a historian, said so.",
            {"Martin Luther King": "PERSON", "Martin": "PERSON"}),
    ])
    assert owner(index, "Dr Martin") != owner(index, "Martin Luther King")


def test_aliases_number_ten_is_downing_street_in_an_article_naming_it():
    index = resolve_entities([
        art("a", "Officials in Downing Street denied it. The text was not written at Number 10, "
                 "nor in No 10 at all.", {"Downing Street": "FAC"}),
    ])
    one_owner(index, "Downing Street", "Number 10", "No 10")


def test_aliases_number_ten_alone_is_no_seat_of_government():
    index = resolve_entities([
        art("a", "He wore the No 10 shirt for Leeds United.", {"Leeds United": "ORG"}),
    ])
    assert owner(index, "No 10") == set()


def test_aliases_firm_short_name_read_as_a_place():
    index = resolve_entities([
        art("a", "Pelican Airlines fired her. Pelican said rules were clear. Pelican shares fell.",
            {"Pelican Airlines": "ORG", "Pelican": "LOC"}),
        art("b", "Pelican Airlines staff were told. A Pelican spokesman agreed.",
            {"Pelican Airlines": "ORG", "Pelican": "ORG"}),
    ])
    one_owner(index, "Pelican Airlines", "Pelican")


def test_aliases_city_beside_its_newspaper_stays_a_city():
    index = resolve_entities([
        art("a", "The Denton Herald reported it. Officials in Denton agreed. Denton said no.",
            {"Denton Herald": "ORG", "Denton": "GPE"}),
        art("b", "Denton Herald staff met. Denton voted.", {"Denton Herald": "ORG", "Denton": "ORG"}),
    ])
    assert owner(index, "Denton") != owner(index, "Denton Herald")


def test_aliases_names_only_one_party_has_link_across_articles():
    index = resolve_entities([
        art("a", "The GOP nominee spoke in Ohio.", {"GOP": "ORG", "Ohio": "GPE"}),
        art("b", "The Republican Party met in Iowa.", {"Republican Party": "ORG", "Iowa": "GPE"}),
        art("c", "In Rome, the Democrats voted no.", {"Democrats": "NORP", "Rome": "GPE"}),
        art("d", "The Democratic Party met in Iowa.", {"Democratic Party": "ORG", "Iowa": "GPE"}),
    ])
    one_owner(index, "GOP", "Republican Party")
    assert owner(index, "Democrats") != owner(index, "Democratic Party")  # Italy's are not the US party
