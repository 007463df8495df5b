"""Definite descriptions of a speaker ("the city", "the agency", "the senator", "the 19-year-old") resolve
to the place, organisation or person the article named before; with nothing fitting they stay unresolved."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def _speaker(text: str, words: str) -> str | None:
    return next(q for q in quotes_of(text) if q.text.startswith(words)).speaker_name


def test_speakers_descriptions_the_city_is_the_place_named_before():
    text = ("Milwaukee sued the state over the water rules on Friday.\n"
            "The city said the new rules were “impossible to meet by any honest measure.”\n")
    assert _speaker(text, "impossible to meet") == "Milwaukee"


def test_speakers_descriptions_the_city_skips_a_country_and_a_state():
    text = ("Officials in Fresno, Calif., met envoys from Canada on Monday.\n"
            "The city said that the talks had been “useful for everyone involved.”\n")
    assert _speaker(text, "useful for everyone") == "Fresno"


def test_speakers_descriptions_the_city_of_names_its_place():
    text = "The city of Dayton said that the ruling would be appealed within a week.\n"
    assert _speaker(text, "the ruling would") == "Dayton"


def test_speakers_descriptions_the_agency_is_the_organisation_named_just_before():
    text = ("Rents rose 4 percent last year, according to the National Housing Board.\n"
            "Prices will keep climbing through the winter, the agency said in a report.\n")
    assert _speaker(text, "Prices will keep") == "National Housing Board"


def test_speakers_descriptions_the_agency_with_no_organisation_nearby_stays_unresolved():
    text = ("Rents rose 4 percent last year in most towns.\n"
            "Prices will keep climbing through the winter, the agency said in a report.\n")
    assert _speaker(text, "Prices will keep") is None


def test_speakers_descriptions_the_department_needs_an_organisation_built_on_it():
    text = ("Greenpeace protested outside the building on Monday.\n"
            "The department said that the permits had been issued lawfully.\n")
    assert _speaker(text, "the permits") is None


def test_speakers_descriptions_the_senator_is_the_person_just_named_and_carries_to_he():
    text = ("Maria Delgado said on Tuesday that she wants to close four tax loopholes.\n"
            "The senator said she would “bring a bill to the floor before the recess.”\n"
            "“We have waited long enough for this,” she added.\n")
    assert _speaker(text, "bring a bill") == "Maria Delgado"
    assert _speaker(text, "We have waited") == "Maria Delgado"


def test_speakers_descriptions_an_age_describes_the_person_just_named():
    text = ("Police cited Kyle Brandt for trespassing at the reservoir.\n"
            "Kyle Brandt was released on Friday. The 19-year-old insisted that he had done nothing wrong.\n")
    assert _speaker(text, "he had done") == "Kyle Brandt"


def test_speakers_descriptions_a_role_skips_a_person_titled_otherwise():
    text = ("Coach Tom Reyes praised the team on Sunday.\n"
            "The senator said that the stadium deal “will never pass in this form.”\n")
    assert _speaker(text, "will never pass") is None


def test_speakers_descriptions_the_nominee_is_not_the_vice_nominee():
    text = ("Voters cheered Republican vice presidential nominee Ray Hollis in Ohio.\n"
            "Anna Petrov spoke in Toledo on Monday.\n"
            "The Republican presidential nominee says that every child deserves a good school.\n")
    assert _speaker(text, "every child") == "Anna Petrov"


def test_speakers_descriptions_a_role_does_not_reach_past_three_sentences():
    text = ("Maria Delgado spoke in the morning. The hall was full. Rain fell all day. Buses were late. "
            "Shops closed early.\n"
            "The senator said that the vote “should wait until spring.”\n")
    assert _speaker(text, "should wait") is None


def test_speakers_descriptions_an_abbreviated_title_fits_its_role():
    text = ("Voters met Ohio Sen. Paul Okafor and Ruth Lane, a banker, in Columbus on Monday.\n"
            "Ruth Lane spoke first.\n"
            "The senator said that the plan “is dead on arrival in this chamber.”\n")
    assert _speaker(text, "is dead on arrival") == "Paul Okafor"


def test_speakers_descriptions_the_city_is_the_place_named_most_not_a_first_name():
    text = ("Portland shut its reservoir after Dallas Smith was seen near the water.\n"
            "Portland officials met on Tuesday. Dallas said he was sorry.\n"
            "Crews drove in from Salem on Wednesday.\n"
            "The city says it will drain 30 million gallons of water by Friday.\n")
    assert _speaker(text, "it will drain") == "Portland"


def test_speakers_descriptions_a_role_stops_at_a_person_titled_otherwise():
    text = ("Maria Delgado spoke to voters in the morning.\n"
            "Coach Tom Reyes praised the team on Sunday.\n"
            "The senator said that the stadium deal “will never pass in this form.”\n")
    assert _speaker(text, "will never pass") is None


def test_speakers_descriptions_a_list_of_cities_is_not_a_city_and_its_state():
    text = ("Chicago sued the Justice Department on Monday. Chicago wants the grants restored.\n"
            "Lawyers from Boston, Denver, and Austin called the city's lawyers.\n"
            "The city claims that the conditions are unlawful.\n")
    assert _speaker(text, "the conditions") == "Chicago"


def test_speakers_descriptions_a_role_skips_the_subject_of_a_subordinate_clause():
    text = ("Mark Dunn says too much is made of the mayor's posts.\n"
            "He spoke in Fort Wayne on Friday, hours after Paul Grady posted a string of insults.\n"
            "The governor said that voters are “tired of the noise from both sides.”\n")
    assert _speaker(text, "tired of the noise") == "Mark Dunn"


def test_speakers_descriptions_a_role_may_mean_a_subordinate_subject_of_its_own_sentence():
    text = ("Tom Reyes spoke first. As Maria Delgado left the hall, the senator acknowledged that "
            "“some people” feel that way.\n")
    assert _speaker(text, "“some people”") == "Maria Delgado"


def test_speakers_descriptions_the_newspaper_is_the_organisation_that_acts_not_its_object():
    text = ("In a scathing opinion piece, The Wall Street Journal called on Acme Corp to drop the deal.\n"
            "“The board needs to stop,” the conservative-leaning newspaper said.\n")
    assert _speaker(text, "The board needs") == "Wall Street Journal"
