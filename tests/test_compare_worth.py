"""Figures that are not worth comparing, and figures placed in different places (invented sentences)."""
from __future__ import annotations

import pytest

from storyline.corpus.compare_worth import comparable
from storyline.model import Article, Figure
from test_compare_stage import discrepancies, fig, make


def figure_in(text: str, phrase: str, value: float, unit: str) -> tuple[Article, Figure]:
    start = text.index(phrase)
    figure = Figure(start, start + len(phrase), phrase, value, unit=unit)
    return Article(id="a", path="a.txt", text=text), figure


@pytest.mark.parametrize(("text", "phrase", "value", "unit"), [
    ("The poll surveyed 552 likely voters in May.", "552 likely voters", 552, "voter"),
    ("The poll included 284 likely primary voters.", "284 likely primary voters", 284, "voter"),
    ("No rival will reach the 1,237 delegates needed to clinch the nomination.", "1,237 delegates", 1237,
     "delegate"),
    ("About 200,000 jobs will need to be created each month.", "200,000 jobs", 200000, "job"),
    ("About four in 10 voters say experience matters.", "four", 4, "voter"),
    ("About four in 10 primary voters say experience matters.", "About four in 10 primary voters", 4,
     "voter"),
    ("About four in 10 primary voters say experience matters.", "10 primary voters", 10, "voter"),
    ("Wrote one union member on the forum.", "one union member", 1, "member"),
    ("Speeds reached 14 Mbps in the trial.", "14 Mbps", 14, "megabit per second"),
    ("She leads by 9.2 percentage points.", "9.2 percentage points", 9.2, "percentage point"),
    ("The pollster called, surveying 1,737 registered voters.", "1,737 registered voters", 1737, "voter"),
    ("It ran the poll by phone, surveying 1,008 adults nationwide, including 848 registered voters.",
     "848 registered voters", 848, "voter"),
    ("That will set the stakes for the final two debates.", "two debates", 2, "debate"),
    ("Her first 100 days in office were busy.", "100 days", 100, "day"),
])
def test_compare_worth_not_a_disputable_count(text, phrase, value, unit):
    assert not comparable(*figure_in(text, phrase, value, unit))


@pytest.mark.parametrize(("text", "phrase", "value", "unit"), [
    ("Police said 12 protesters were arrested.", "12 protesters", 12, "protester"),
    ("Shelling killed 40 civilians in 10 days, the UN said.", "40 civilians", 40, "civilian"),
    ("Some 1,500 residents needed to be evacuated from the valley.", "1,500 residents", 1500, "resident"),
    ("Police have questioned 12 suspects over the attack.", "12 suspects", 12, "suspect"),
    ("Protests erupted in 30 cities on Sunday.", "30 cities", 30, "city"),
    ("The two debates drew record audiences.", "two debates", 2, "debate"),
    ("Volunteers surveyed the coast after 40 seals were found dead.", "40 seals", 40, "seal"),
])
def test_compare_worth_plain_count_is_comparable(text, phrase, value, unit):
    assert comparable(*figure_in(text, phrase, value, unit))


def test_compare_worth_counts_placed_in_different_places_do_not_disagree():
    a = make("a", "Four soldiers were killed in Lyon on Sunday, the army said.", "2026-02-01",
             [fig("Four soldiers", 4, "soldier", "soldiers killed")])
    b = make("b", "Nine soldiers were killed in Marseille on Sunday, the army said.", "2026-02-01",
             [fig("Nine soldiers", 9, "soldier", "soldiers killed")])
    assert discrepancies(a, b) == []
    c = make("c", "Nine soldiers were killed in Lyon on Sunday, a witness said.", "2026-02-01",
             [fig("Nine soldiers", 9, "soldier", "soldiers killed")])
    assert len(discrepancies(a, c)) == 1
    d = make("d", "Nine soldiers were killed in Marseille on Sunday, far from Lyon, the army said.",
             "2026-02-01", [fig("Nine soldiers", 9, "soldier", "soldiers killed")])
    assert len(discrepancies(a, d)) == 1  # the other article names Lyon too: the places may agree


def test_compare_worth_counts_held_by_different_people_do_not_disagree():
    a = make("a", "Senator Ann Cole (who has 231 delegates) must win most of the rest.", "2026-02-01",
             [fig("231 delegates", 231, "delegate", "delegates")])
    b = make("b", "Governor Tom Reyes (who has 25 delegates) said he would stay in the race.", "2026-02-01",
             [fig("25 delegates", 25, "delegate", "delegates")])
    assert discrepancies(a, b) == []
    c = make("c", "Senator Ann Cole now has 250 delegates, her campaign said.", "2026-02-01",
             [fig("250 delegates", 250, "delegate", "delegates")])
    assert discrepancies(b, c) == []


def test_compare_worth_counts_of_different_kinds_do_not_disagree():
    a = make("a", "A group of 30 political experts ranked the candidates this week.", "2026-02-01",
             [fig("30 political experts", 30, "expert", "experts group")])
    b = make("b", "A group of 50 conservative foreign policy experts signed the letter.", "2026-02-01",
             [fig("50 conservative foreign policy experts", 50, "expert", "experts group")])
    assert discrepancies(a, b) == []
    c = make("c", "A group of 50 experts ranked the candidates this week.", "2026-02-01",
             [fig("50 experts", 50, "expert", "experts group")])
    assert len(discrepancies(a, c)) == 1  # no kind said: may be the same group
    d = make("d", "A group of 50 Ukrainian political experts ranked the candidates.", "2026-02-01",
             [fig("50 Ukrainian political experts", 50, "expert", "experts group")])
    assert len(discrepancies(a, d)) == 1  # a shared kind


def test_compare_worth_copies_sold_by_different_owners_do_not_disagree():
    a = make("a", "Ann Cole's memoir has sold 235,000 copies in eight months, her publisher said.",
             "2026-02-01", [fig("235,000 copies", 235000, "copy", "copies sold")])
    b = make("b", "Tom Reyes self-published his novel online and quickly sold 60 copies.", "2026-02-01",
             [fig("60 copies", 60, "copy", "copies sold")])
    assert discrepancies(a, b) == []
    c = make("c", "Ann Cole's memoir has sold 60,000 copies, a bookseller said.", "2026-02-01",
             [fig("60,000 copies", 60000, "copy", "copies sold")])
    assert len(discrepancies(a, c)) == 1


def test_compare_worth_count_placed_where_the_other_article_never_goes_does_not_disagree():
    a = make("a", "In Georgia, early results from the state's 14 congressional districts favoured Cole.",
             "2026-02-01", [fig("14 congressional districts", 14, "district", "congressional districts")])
    b = make("b", "The Indiana primary is on Tuesday. Party insiders are picking three delegates from each "
             "of nine congressional districts.",
             "2026-02-01", [fig("nine congressional districts", 9, "district", "congressional districts")])
    assert discrepancies(a, b) == []  # b is about Indiana, which a never names
    nine = fig("nine congressional districts", 9, "district", "congressional districts")
    c = make("c", "Party insiders in Atlanta are picking delegates in all nine congressional districts of "
             "Georgia.", "2026-02-01", [nine])
    assert len(discrepancies(a, c)) == 1  # the other article names Georgia


@pytest.mark.parametrize(("text", "phrase", "kinds"), [
    ("A group of 30 political experts met.", "30 political experts", {"political"}),
    ("Nearly 50 conservative foreign policy experts signed.", "50 conservative foreign policy experts",
     {"conservative", "foreign", "policy"}),
    ("Rescuers reached 17 trapped miners.", "17 trapped miners", set()),
    ("An estimated 300 people marched.", "300 people", set()),
    ("Some 40 other missing climbers were found.", "40 other missing climbers", set()),
    ("With 2,500 soldiers dying each week, talks resumed.", "2,500 soldiers dying each week", set()),
])
def test_compare_worth_qualifiers_say_what_kind_is_counted(text, phrase, kinds):
    from storyline.article.nlp import load_nlp
    from storyline.corpus.compare_kinds import qualifiers
    start = text.index(phrase)
    figure = Figure(start, start + len(phrase), phrase, 1, unit="soldier" if "soldier" in phrase else "x")
    assert qualifiers(load_nlp()(text), 0, figure) == kinds


def test_compare_worth_placed_apart_needs_a_place_the_other_article_never_names():
    from storyline.corpus.compare_worth import placed_apart
    assert placed_apart({"lyon"}, {"lyon"}, {"marseille"}, {"marseille"})
    assert placed_apart({"georgia"}, {"georgia", "ohio"}, set(), {"indiana"})
    assert not placed_apart({"georgia"}, {"georgia"}, set(), {"indiana", "georgia"})
    assert not placed_apart(set(), {"a"}, set(), {"b"})
    assert not placed_apart({"lyon"}, {"lyon"}, {"marseille"}, {"marseille", "lyon"})


def test_compare_worth_counts_of_names_in_apposition_do_not_disagree():
    a = make("a", "Apple talks to Velo Mobile, the largest carrier with 630 million subscribers.",
             "2026-02-01", [fig("630 million subscribers", 630e6, "subscriber", "subscribers carrier")])
    b = make("b", "Apple works with Tarn Telecom, one of the carriers with 200 million subscribers.",
             "2026-02-01", [fig("200 million subscribers", 200e6, "subscriber", "subscribers carrier")])
    assert discrepancies(a, b) == []
    c = make("c", "Velo Mobile, the largest carrier with 500 million subscribers, declined to comment.",
             "2026-02-01", [fig("500 million subscribers", 500e6, "subscriber", "subscribers carrier")])
    assert len(discrepancies(a, c)) == 1


def test_compare_worth_tenures_of_different_people_do_not_disagree():
    a = make("a", "Deputy Ray Gell, a 24-year veteran, fired first.", "2026-02-01",
             [fig("24-year veteran", 24, "year", "veteran")])
    b = make("b", "His partner Mike Sand, an eight-year veteran with the sheriff's office, did not fire.",
             "2026-02-01", [fig("eight-year veteran", 8, "year", "veteran")])
    assert discrepancies(a, b) == []
    c = make("c", "Deputy Ray Gell, a 30-year veteran, fired first.", "2026-02-01",
             [fig("30-year veteran", 30, "year", "veteran")])
    assert len(discrepancies(a, c)) == 1


def test_compare_worth_a_shared_kind_alone_is_no_shared_measure():
    a = make("a", "The warden sent 47 mentally ill inmates into solitary confinement.", "2026-02-01",
             [fig("47 mentally ill inmates", 47, "inmate", "ill inmates sent confinement")])
    b = make("b", "Reporters disclosed the deaths of two mentally ill inmates.", "2026-02-01",
             [fig("two mentally ill inmates", 2, "inmate", "ill inmates deaths")])
    assert discrepancies(a, b) == []
    c = make("c", "The warden sent 30 mentally ill inmates into solitary confinement.", "2026-02-01",
             [fig("30 mentally ill inmates", 30, "inmate", "ill inmates sent confinement")])
    assert len(discrepancies(a, c)) == 1


def test_compare_worth_kind_apart_keeps_words_beyond_the_kind():
    from storyline.corpus.compare_kinds import kind_apart
    assert kind_apart({"ill"}, {"ill", "confinement"}, {"ill"}, {"ill", "deaths"}, {"ill"}) == set()
    assert kind_apart({"murder"}, {"murder"}, {"murder"}, {"murder"}, {"murder"}) == {"murder"}
    both = {"ill", "deaths"}
    assert kind_apart(both, both, {"ill"}, both, {"ill"}) == both


def test_compare_worth_an_article_naming_no_place_is_not_placed_apart():
    a = make("a", "A car bomb killed 30 people in Lagos on Tuesday, police said.", "2026-02-01",
             [fig("30 people", 30, "people", "people killed")])
    b = make("b", "A car bomb killed 25 people at a crowded market on Tuesday, police said.", "2026-02-01",
             [fig("25 people", 25, "people", "people killed")])
    assert len(discrepancies(a, b)) == 1


def test_compare_worth_placed_apart_asks_the_unplaced_article_for_places_of_its_own():
    from storyline.corpus.compare_worth import placed_apart
    assert not placed_apart({"lagos"}, {"lagos", "police"}, set(), {"police"}, {"lagos"}, set())
    assert placed_apart({"lagos"}, {"lagos"}, set(), {"police", "abuja"}, {"lagos"}, {"abuja"})
    assert not placed_apart({"lagos"}, {"lagos", "abuja"}, set(), {"abuja"}, {"lagos", "abuja"}, {"abuja"})


@pytest.mark.parametrize(("text", "phrase", "value", "unit"), [
    ("Attacks on polling stations killed 30 people on Sunday.", "30 people", 30, "people"),
    ("Rescuers who surveyed the site found 40 bodies.", "40 bodies", 40, "body"),
    ("About 50,000 anti-government protesters marched.", "About 50,000 anti-government protesters", 50000,
     "protester"),
])
def test_compare_worth_a_sample_word_or_hyphen_elsewhere_keeps_a_count(text, phrase, value, unit):
    assert comparable(*figure_in(text, phrase, value, unit))


def test_compare_worth_a_hyphen_on_the_number_is_a_classifier():
    assert not comparable(*figure_in("It ended three-party politics.", "three-party politics", 3, "politics"))


def test_compare_worth_a_short_name_holds_what_its_full_name_holds():
    a = make("a", "Velo Mobile, the largest carrier with 630 million subscribers, is in talks with Apple.",
             "2026-02-01", [fig("630 million subscribers", 630e6, "subscriber", "subscribers carrier with")])
    b = make("b", "Apple is in talks with Velo, which has 400 million subscribers, insiders said.",
             "2026-02-01", [fig("400 million subscribers", 400e6, "subscriber", "subscribers had")])
    assert len(discrepancies(a, b)) == 1
    c = make("c", "Apple is in talks with Velo Telecom, which has 400 million subscribers.", "2026-02-01",
             [fig("400 million subscribers", 400e6, "subscriber", "subscribers had")])
    assert discrepancies(a, c) == []


def test_compare_worth_same_owner_by_key_or_nested_name():
    from storyline.corpus.compare_worth import same_owner
    assert same_owner("e1", "Velo Mobile", "e2", "Velo") and same_owner("e1", "Ann Cole", "e2", "Cole")
    assert not same_owner("e1", "Velo Mobile", "e2", "Velo Telecom")
    assert same_owner(None, None, "e2", "Velo") and same_owner("e1", "A", "e1", "B")
