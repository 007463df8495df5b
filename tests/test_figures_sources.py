"""Claimants named by news convention: polls, studies and reports by their publisher, "the agency" by the
organisation named before it, a poll's figures running on in its paragraph (invented sentences)."""
from __future__ import annotations

import pytest

from storyline.article.figures import FigureStage
from storyline.article.nlp import NlpStage
from storyline.article.quotes import QuoteStage
from storyline.model import Article

pytestmark = pytest.mark.model


def claims(text: str) -> dict[str, str | None]:
    """Figure text -> claimant, with the article's quotes found by the quote stage."""
    article = NlpStage().process(Article(id="a", path="a.txt", text=text))
    article = FigureStage().process(QuoteStage().process(article))
    return {f.text: f.claimed_by_name for f in article.figures}


def claim_of(text: str, words: str) -> str | None:
    found = claims(text)
    hits = [name for fig, name in found.items() if words in fig]
    assert hits, f"no figure holding {words!r} in {found}"
    return hits[0]


def test_figures_sources_according_to_at_sentence_end_drops_describing_words():
    text = "Water use fell 12 percent last year, according to the independent Harbour Water Authority."
    assert claim_of(text, "12 percent") == "Harbour Water Authority"


def test_figures_sources_agency_refers_to_the_organisation_named_before():
    text = ("Exports rose 8 percent in 2021, according to the National Trade Bureau. "
            "Imports grew 3 percent, the agency said in a June report.")
    assert claim_of(text, "3 percent") == "National Trade Bureau"


def test_figures_sources_group_refers_to_the_last_organisation_as_subject():
    text = ("The Kestrel Policy Center reviewed the plan in May. "
            "Top earners would save $9,000 a year, the group said.")
    assert claim_of(text, "9,000") == "Kestrel Policy Center"


def test_figures_sources_noun_in_a_name_wins_over_a_nearer_organisation():
    text = ("The Institute for Fiscal Studies published its review on Monday. The Treasury declined to "
            "comment. Families would lose 450 pounds a year, the institute said.")
    assert claim_of(text, "450") == "Institute for Fiscal Studies"


def test_figures_sources_poll_named_by_its_publishers():
    text = ("The latest Harbour Daily/Kestrel Research opinion poll shows that Varga leads Moss by "
            "41 percent to 37 percent.")
    assert claim_of(text, "41 percent") == "Harbour Daily/Kestrel Research"


def test_figures_sources_unnamed_study_keeps_its_phrase():
    text = "One study found the scheme would raise bills for 3 million households."
    assert claim_of(text, "3 million") == "One study"


def test_figures_sources_report_that_clause_is_the_publishers():
    text = "The mayor is seizing on a Valley Gazette report that the repairs cost more than $4 million."
    assert claim_of(text, "$4 million") == "Valley Gazette"


def test_figures_sources_organisation_showing_a_figure():
    text = "Averages give Varga a small lead, with Pollwatch showing her ahead by 3 points."
    assert claim_of(text, "3 points") == "Pollwatch"


def test_figures_sources_poll_figures_run_on_within_the_paragraph():
    text = ("A Northgate Institute poll released on Sunday shows Varga at 44 percent. In July, her lead was "
            "6 points.\nThe new bridge is 300 metres long.")
    found = claims(text)
    assert found["44 percent"] == "Northgate Institute"
    assert found["6 points"] == "Northgate Institute"
    assert found["300 metres"] is None


def test_figures_sources_poll_figures_stop_at_a_new_paragraph():
    text = "A Northgate Institute poll shows Varga at 44 percent.\nIn July, her lead was 6 points."
    assert claim_of(text, "6 points") is None


def test_figures_sources_poll_figures_stop_at_a_sentence_with_its_own_source():
    text = "A Northgate Institute poll shows Varga at 44 percent. Moss said 20 percent of voters were unsure."
    assert claim_of(text, "20 percent") == "Moss"


def test_figures_sources_direct_quote_keeps_its_speaker_after_a_poll():
    text = ('A Northgate Institute poll shows Varga at 44 percent. "We expect 50 percent by May," '
            'said Petra Olsen, her campaign manager.')
    assert claim_of(text, "50 percent") == "Petra Olsen"


def test_figures_sources_poll_in_frame_and_this_poll():
    text = ("In the latest Coastline Research poll, Varga led Moss by 5 points. "
            "Crime was the top issue for voters.\n"
            "In this poll, Moss rose 2 points since the debate.")
    found = claims(text)
    assert found["5 points"] == "Coastline Research"
    assert found["2 points"] == "Coastline Research"


def test_figures_sources_poll_as_subject_of_the_method():
    text = "The Coastline Research poll was conducted from May 3 to May 6, surveying 1,204 adults by phone."
    assert claim_of(text, "1,204") == "Coastline Research"


def test_figures_sources_record_subject_of_an_unrelated_clause_is_no_claimant():
    text = "The report comes after 300 people were evacuated from the valley."
    assert claim_of(text, "300") is None


def test_figures_sources_organisation_noun_without_a_named_organisation_stays():
    text = "A group of 40 residents marched to the town hall on Friday."
    assert claim_of(text, "40") is None


def test_figures_sources_gapped_names_after_a_finding():
    text = ("Averages differ, with Pollwatch showing her ahead 3 points, Votecast 4.3 points, and "
            "Surveyline 2.1 points.")
    found = claims(text)
    names = [found[k] for k in ("3 points", "4.3 points", "2.1 points")]
    assert names == ["Pollwatch", "Votecast", "Surveyline"]


def test_figures_sources_gapped_candidate_is_no_claimant():
    text = "Anna Varga spoke on Monday. A Kestrel poll shows Moss at 46 percent, Varga 41 percent."
    assert claim_of(text, "41 percent") != "Varga"


def test_figures_sources_respondents_answer_for_the_last_poll():
    text = ("Varga and Moss are tied, according to a new Harbour Daily poll.\n"
            "However, 63 percent said Varga was right to resign. Some 40 residents said the tap was dry.\n"
            "Among likely voters, she leads Moss by 49 percent to 47 percent.")
    found = claims(text)
    assert found["63 percent"] == "Harbour Daily"
    assert found["49 percent"] == "Harbour Daily"
    assert found["Some 40 residents"] is None


def test_figures_sources_respondents_without_a_poll_have_no_claimant():
    assert claim_of("In the vote, 52 percent backed the plan.", "52 percent") is None


def test_figures_sources_poll_run_on_only_for_poll_measures():
    text = "A Northgate Institute poll shows Varga at 44 percent. Among the dead were 3 children."
    assert claim_of(text, "3 children") is None


def test_figures_sources_figure_describing_the_source_is_not_claimed():
    text = "The Kestrel average of polls taken over the past two weeks shows Varga leading 47 percent to 44."
    found = claims(text)
    assert found["two weeks"] is None
    assert found["47 percent"] == "Kestrel"


def test_figures_sources_coordinated_second_report_inside_a_quote_span():
    text = "Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4% in May."
    found = claims(text)
    assert (found["0.8%"], found["0.4%"]) == ("Halifax", "Nationwide")


def test_figures_sources_broken_coordination_gives_no_claimant():
    text = ("Brenner Steel Company shut two furnaces. The company said on Monday that output had fallen by "
            "roughly 40 percent since the walkout began on 20 March, and analysts at Dobrovar brokerage "
            "Harbour Capital estimate that the strike is costing it between 1.5 million and 2 million euros "
            "a week.")
    assert claim_of(text, "2 million") != "Brenner Steel Company"


def test_figures_sources_share_of_a_polled_group_answers_for_the_poll():
    text = ("Varga and Moss are tied, according to a new Harbour Daily poll. Nearly eight of 10 voters say "
            "they will watch the debate. Eight of 10 doctors say the drug works.")
    found = claims(text)
    assert found["Nearly eight of 10 voters"] == "Harbour Daily"
    assert found["Eight of 10 doctors"] is None


def test_figures_sources_described_group_does_not_refer_back():
    text = ("The Justice Department said two men ran the network. The piracy group required users to share "
            "between 1 and 100 gigabytes of files.")
    assert claim_of(text, "100 gigabytes") != "Justice Department"


def test_figures_sources_party_does_not_take_a_nearby_organisation():
    text = "The Inland Revenue said rules would change. The party says it would set a £5,000 allowance."
    assert claim_of(text, "5,000") != "Inland Revenue"
