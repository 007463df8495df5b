"""One sentence in two versions (compare_sentences), on invented reports run through the real pipeline:
what changes a fact is found, what changes none (or rewrites the sentence) is not."""
from __future__ import annotations

from storyline.corpus.compare_sentences import _other_name
from test_compare_quotes_stage import analysed, found

TAIL = " The results will be published in a journal next year."
CHIP = "{} engineers said on Tuesday that the new chip had {} every safety test in the lab."
CARS = "The city council {} diesel cars from the old town after a year of record pollution."
TOWER = "The {} record holder, the Aurora tower in the desert, stood 828 metres tall for years."
ORDERS = "The minister has so far {} instructions to police on how they should enforce the ban."
MACHINE = "The old machine, built by a team of engineers, {} up a speed record in the test."
MODEL = "It {} be used to model flight missions, climate research and the design of engines."
NOVEL = "Her fourth novel is set in post-war {} and centres on a landlady and her lodgers."


def _pair(one: str, other: str):
    return found(analysed("a", one + TAIL), analysed("b", other + TAIL), kind="sentence")


def test_another_organisation_in_one_sentence_is_a_discrepancy():
    [d] = _pair(CHIP.format("Microsoft", "passed"), CHIP.format("Intel", "passed"))
    assert "Microsoft" in d.about and "Intel" in d.about
    assert sorted(v.doc for v in d.values) == ["a", "b"]
    assert all(v.text.endswith("in the lab.") for v in d.values)


def test_an_act_done_against_one_to_come_is_a_discrepancy():
    [d] = _pair(CARS.format("has banned"), CARS.format("is set to ban"))
    assert "has banned" in d.about and "is set to ban" in d.about


def test_a_past_holder_against_the_present_one_is_a_discrepancy():
    [d] = _pair(TOWER.format("previous"), TOWER.format("current"))
    assert "previous" in d.about and "current" in d.about


def test_a_negation_on_one_side_is_a_discrepancy():
    [d] = _pair("The regional council has approved the plan to close the old library on the high street.",
                "The regional council has not approved the plan to close the old library on the high street.")
    assert "not" in d.about


def test_changes_of_no_fact_are_no_discrepancy():
    # a negation written two ways, a tense, two modals, a place and the place around it
    assert _pair(ORDERS.format("issued no"), ORDERS.format("not issued any")) == []
    assert _pair(MACHINE.format("clocked"), MACHINE.format("clocks")) == []
    assert _pair(MODEL.format("will"), MODEL.format("would")) == []
    assert _pair(NOVEL.format("London"), NOVEL.format("England")) == []


def test_a_rewritten_sentence_or_one_document_is_no_discrepancy():
    # the name changes, but so does another content word: a rewrite, not one sentence in two versions
    assert _pair(CHIP.format("Microsoft", "passed"), CHIP.format("Intel", "failed")) == []
    # one text repeats a sentence pattern for two organisations
    one = analysed("a", CHIP.format("Microsoft", "passed") + " " + CHIP.format("Intel", "passed"))
    assert found(one, kind="sentence") == []


def test_initials_and_shared_words_are_one_name():
    assert not _other_name("DOE", "Department of Energy", False)
    assert not _other_name("Jane Smith", "John Smith", False)
    assert not _other_name("Acme", "Zenith", True)
    assert _other_name("IBM", "DOE", False)
