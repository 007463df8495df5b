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


RIVALS = " Microsoft and Intel have long competed for the chip market."


def _pair(one: str, other: str, tail: str = TAIL):
    return found(analysed("a", one + tail), analysed("b", other + tail), kind="sentence")


def test_another_organisation_in_one_sentence_is_a_discrepancy():
    [d] = _pair(CHIP.format("Microsoft", "passed"), CHIP.format("Intel", "passed"), RIVALS)
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
    assert _pair(CHIP.format("Microsoft", "passed"), CHIP.format("Intel", "failed"), RIVALS) == []
    # one text repeats a sentence pattern for two organisations
    one = analysed("a", CHIP.format("Microsoft", "passed") + " " + CHIP.format("Intel", "passed"))
    assert found(one, kind="sentence") == []


def test_initials_and_shared_words_are_one_name():
    assert not _other_name("DOE", "Department of Energy", False)
    assert not _other_name("Jane Smith", "John Smith", False)
    assert not _other_name("Acme", "Zenith", True)
    assert _other_name("IBM", "DOE", False)


FLOOD = "Heavy rain flooded three coastal towns on Sunday, forcing hundreds of people to leave home, {}."
ARREST = "Two men had been arrested after the raid on the warehouse on Tuesday night, {} said."
BRIDGE = "The new bridge was {}safe for heavy lorries after the inspection last month, {} said."


def test_two_sources_credited_for_one_sentence_are_no_discrepancy():
    # two agencies, two interviewers, two spokespeople: each report credits its own source rightly
    assert _pair(FLOOD.format("Reuters reported"), FLOOD.format("AP reported")) == []
    assert _pair(FLOOD.format("according to Reuters"), FLOOD.format("according to the BBC")) == []
    assert _pair(FLOOD.format("the mayor told the BBC"), FLOOD.format("the mayor told CNN")) == []
    assert _pair(ARREST.format("John Ball"), ARREST.format("Peter Moss")) == []
    # two people disagreeing is a dispute, not one report garbled
    assert _pair(BRIDGE.format("", "John Ball"), BRIDGE.format("not ", "Peter Moss")) == []


def test_a_name_modifying_the_source_still_counts():
    # "Microsoft engineers said" / "Intel engineers said": the engineers are the source, the name whose
    one, other = (CHIP.format(n, "passed")[:-1] + ", Reuters reported." for n in ("Microsoft", "Intel"))
    [d] = _pair(one, other, RIVALS)
    assert "Microsoft" in d.about and "Intel" in d.about


def test_two_reports_each_naming_only_their_own_subject_are_no_discrepancy():
    # one pattern for two subjects (a results story for each firm): neither report knows the other name
    assert _pair(CHIP.format("Microsoft", "passed"), CHIP.format("Intel", "passed")) == []
    shares = " shares rose 3% to close at a record high after a strong week for technology stocks."
    assert _pair("Apple" + shares, "Google" + shares) == []


def test_not_only_negates_nothing():
    strike = "The strike closed {}schools {}hospitals across the region for most of the week, officials said."
    assert _pair(strike.format("", "and "), strike.format("not only ", "but ")) == []


def test_a_sentence_is_compared_with_its_closest_version_only():
    # a report gives the pattern for both men, the other only for Jones: that is the Jones sentence
    jailed = "{} was sentenced to six years in prison for his part in the robbery at the bank in the city."
    both = analysed("a", jailed.format("Tom Smith") + " " + jailed.format("Jack Jones"))
    one = analysed("b", jailed.format("Jack Jones") + " Tom Smith was also jailed on Friday.")
    assert found(both, one, kind="sentence") == []


def test_another_pronoun_is_another_person():
    plan = "{} said the plan would {}save money for the health service this year."
    a = analysed("a", "Health minister Tom Reed defended the plan. " + plan.format("He", ""))
    b = analysed("b", "Union leader Ann Cole attacked the plan. " + plan.format("She", "not "))
    assert found(a, b, kind="sentence") == []
