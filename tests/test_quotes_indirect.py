"""Indirect and mixed quotes on invented sentences: content clauses, according to, nesting."""
from __future__ import annotations

import pytest

from test_quotes_direct import quotes_of

pytestmark = pytest.mark.model


def test_quotes_indirect_said_that_clause():
    [q] = quotes_of("Mayor Lena Fischer said that the tram line would reopen in March.")
    assert q.kind == "indirect"
    assert q.text == "the tram line would reopen in March"
    assert q.speaker_name == "Lena Fischer" and q.cue == "said"


@pytest.mark.parametrize("verb", ["warned", "insisted", "stressed", "noted", "announced", "claimed"])
def test_quotes_indirect_reporting_verbs(verb):
    [q] = quotes_of(f"Union leader Pedro Alves {verb} that the strike would continue next week.")
    assert q.cue == verb and q.speaker_name == "Pedro Alves"


def test_quotes_indirect_clause_before_the_verb():
    [q] = quotes_of("The factory will close in June, the company's owner Rita Moss said on Tuesday.")
    assert q.text == "The factory will close in June" and q.speaker_name == "Rita Moss"


@pytest.mark.parametrize("text", [
    "According to the finance ministry, inflation fell to three percent in May.",
    "Inflation fell to three percent in May, according to the finance ministry.",
])
def test_quotes_indirect_according_to(text):
    [q] = quotes_of(text)
    assert q.text.lower() == "inflation fell to three percent in may"
    assert q.speaker_text.endswith("finance ministry") and q.cue == "according to"


def test_quotes_indirect_mixed_when_clause_holds_a_short_fragment():
    text = ("Coach Anna Berg said the team had played with “real courage” despite the injuries "
            "and the weather.")
    [q] = quotes_of(text)
    assert q.kind == "mixed" and "real courage" in q.text
    assert q.speaker_name == "Anna Berg"


def test_quotes_indirect_nested_report_keeps_the_inner_content():
    text = "Governor Ruth Kim said on Monday that she had told the minister that the roads were unsafe."
    found = quotes_of(text)
    assert [q.text for q in found] == ["the roads were unsafe"]
    assert found[0].speaker_name == "Ruth Kim"


def test_quotes_indirect_participle_takes_the_main_subject():
    text = ("Energy Secretary Mark Ode praised the new grid, adding that prices would fall "
            "by the end of the year.")
    [q] = quotes_of(text)
    assert q.speaker_name == "Mark Ode" and q.cue == "adding"


def test_quotes_indirect_quoted_words_inside_a_quote_are_not_reports():
    text = "“I said that we would win, and we did,” coach Ivo Petrov said after the final."
    found = quotes_of(text)
    assert len(found) == 1 and found[0].kind == "direct"


def test_quotes_indirect_beliefs_by_default_infinitives_as_an_option():
    from storyline.article.nlp import NlpStage
    from storyline.article.quotes import QuoteStage
    from storyline.model import Article

    text = "Minister Olga Brandt urged the banks to lower their fees. Brandt believes that prices will fall."
    def run(stage: QuoteStage) -> list:
        return stage.process(NlpStage().process(Article(id="t", path="t", text=text))).quotes

    assert [q.text for q in run(QuoteStage())] == ["prices will fall"]
    assert run(QuoteStage(beliefs=False)) == []
    wide = run(QuoteStage(infinitives=True))
    assert [q.text for q in wide] == ["to lower their fees", "prices will fall"]
    assert {q.speaker_name for q in wide} == {"Olga Brandt"}


@pytest.mark.parametrize("text, content", [
    ("Mayor Lena Fischer said she believed the tram line would reopen in March.",
     "she believed the tram line would reopen in March"),
    ("The union told members that its leaders think the strike will end soon.",
     "its leaders think the strike will end soon"),
])
def test_quotes_indirect_belief_inside_a_report_stays_part_of_it(text, content):
    assert [q.text for q in quotes_of(text)] == [content]


@pytest.mark.parametrize("text", [
    "How do you think the council will vote on the tram line next week?",
    "Voters remember a scandal (think of the mayor's tram deal) for years after it broke.",
])
def test_quotes_indirect_belief_needs_a_subject_other_than_the_reader(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content", [
    ("Ana Ruiz told reporters at the pithead that air was being pumped into the tunnel.",
     "air was being pumped into the tunnel"),
    ("He told reporters outside the hospital that the company would pay for the families' hotel rooms.",
     "the company would pay for the families' hotel rooms"),
])
def test_quotes_indirect_clause_hung_on_a_place_is_still_the_content(text, content):
    found = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]


def test_quotes_indirect_relative_clause_on_a_place_is_not_speech():
    text = "Ana Ruiz spoke at the hotel that hosted the summit and said the talks had failed badly."
    assert all("hosted" not in q.text for q in quotes_of(text))


def test_quotes_indirect_according_to_after_a_comma_takes_what_comes_before():
    text = ("Twelve boats are still missing off the coast, according to the list the harbour office "
            "read out to families on Friday evening.")
    [q] = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert q.text.startswith("Twelve boats are still missing")


@pytest.mark.parametrize("text, content, source", [
    ("In Kyiv, according to the mayor, three people were killed in the overnight strikes.",
     "three people were killed in the overnight strikes", "the mayor"),
    ("On Sunday, according to police, a man was arrested near the station after the attack.",
     "a man was arrested near the station after the attack", "police"),
])
def test_quotes_indirect_according_to_after_a_short_opening_takes_what_follows(text, content, source):
    [q] = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert (q.text, q.speaker_text) == (content, source)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("As the minister noted on Monday, the bridge will stay closed until May.",
     "the bridge will stay closed until May", "the minister"),
    ("The talks ended without a deal, as first reported by the Daily Courier.",
     "The talks ended without a deal", "the Daily Courier"),
])
def test_quotes_indirect_as_reported_by_reports_the_clause_it_hangs_on(text, content, speaker):
    [q] = quotes_of(text)
    assert (q.text, q.speaker_text, q.kind) == (content, speaker, "indirect")


def test_quotes_indirect_as_promised_is_no_report():
    found = quotes_of("She raised the rates in December, just as she said she would, and as expected.")
    assert all("raised the rates" not in q.text for q in found)


def test_quotes_indirect_a_trailing_participle_report_is_the_reporters():
    text = ("The mayor said the bridge would reopen in May, telling reporters that the repairs had cost "
            "two million euros.")
    found = [(q.text, q.speaker_text) for q in quotes_of(text)]
    assert found == [("the bridge would reopen in May", "The mayor"),
                     ("the repairs had cost two million euros", "The mayor")]


def test_quotes_indirect_a_clause_ends_before_a_participle_with_its_own_quote():
    text = ("Mayor Ines Ward said she saw no need to change the plan, telling the council that "
            "“we keep our promises to the city.”")
    found = [(q.kind, q.text, q.speaker_name) for q in quotes_of(text)]
    assert ("indirect", "she saw no need to change the plan", "Ines Ward") in found
    assert any(kind == "direct" and name == "Ines Ward" for kind, _, name in found)


def test_quotes_indirect_that_said_is_a_discourse_marker():
    assert quotes_of("That said, the harbour tends to be quiet in the winter months.") == []


def test_quotes_indirect_another_speakers_report_ends_the_clause():
    text = ("Several fans said the coach had made a good case for the new stadium, while other fans said "
            "they had not heard anything new.")
    found = [(q.text, q.speaker_text) for q in quotes_of(text)]
    assert found == [("the coach had made a good case for the new stadium", "Several fans"),
                     ("they had not heard anything new", "other fans")]


def test_quotes_indirect_as_with_an_object_is_no_aside_report():
    text = "The mayor took a moment to thank the divers, as the governor praised the rescue teams."
    assert quotes_of(text) == []


def test_quotes_indirect_according_to_closing_a_report_is_not_the_speakers_words():
    found = [(q.text, q.speaker_text) for q in quotes_of(
        "The senator said the bill would fail in the House, according to the Daily Courier.")]
    assert ("the bill would fail in the House", "The senator") in found


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor pointed out that the bridge had been closed for a year.",
     "the bridge had been closed for a year"),
    ("Officials are hoping the talks will resume in the spring.", "the talks will resume in the spring"),
])
def test_quotes_indirect_point_out_and_hoping(text, content):
    [q] = quotes_of(text)
    assert q.text == content and q.kind == "indirect"


@pytest.mark.parametrize(("text", "content", "holder"), [
    ("The mayor's claim that the bridge was safe drew sharp criticism.",
     "the bridge was safe", "The mayor's"),
    ("Officials rejected demands by the union that the mine be closed at once.",
     "the mine be closed at once", "the union"),
])
def test_quotes_indirect_a_claim_nouns_that_clause_is_its_holders(text, content, holder):
    [q] = quotes_of(text)
    assert (q.text, q.kind) == (content, "indirect")
    assert q.speaker_text.startswith(holder.removesuffix("'s"))


def test_quotes_indirect_a_claim_noun_that_names_no_one_reports_nothing():
    assert quotes_of("The council rejected the suggestion that the bridge was unsafe.") == []


def test_quotes_indirect_an_adverbial_clause_before_the_verb_is_not_its_content():
    text = ("In a statement issued soon after the governor ended his campaign, Ana Ruiz said she's sure the "
            "governor will keep working for the state.")
    [q] = quotes_of(text)
    assert q.text == "she's sure the governor will keep working for the state"
    assert q.speaker_name == "Ana Ruiz"


def test_quotes_indirect_as_with_a_prepositional_object_is_no_aside_report():
    text = "In 1992 the state flipped to the other party, as voters responded to the new tax on fuel."
    assert quotes_of(text) == []


def test_quotes_indirect_a_for_clause_after_that_stays_content():
    text = ("The ministry added that for peace talks to proceed, Petrov must revoke his decree, restart "
            "dialogue based on the old agreements, and consider the new realities.")
    [q] = quotes_of(text)
    assert q.text.startswith("for peace talks to proceed, Petrov must") and q.speaker_text == "The ministry"


def test_quotes_indirect_a_participle_misread_inside_the_clause_is_not_content():
    text = ('Wind speeds were "one part of the picture", she said, adding that the roof fall itself had been '
            '"unusually violent".')
    mixed = [q.text for q in quotes_of(text) if q.kind == "mixed"]
    assert mixed == ['the roof fall itself had been "unusually violent"']


def test_quotes_indirect_a_second_that_clause_on_the_verb_joins_the_content():
    text = ("By contrast, Ida Holm, a labour economist at the Institute for the Study of Labour, predicted "
            "that base wages would fall somewhat over time, but that the higher overtime payments would more "
            "than offset any loss in regular salary levels.")
    [q] = quotes_of(text)
    assert q.text.startswith("base wages would fall") and q.text.endswith("regular salary levels")


def test_quotes_indirect_a_coordinated_belief_takes_the_first_verbs_subject():
    text = ("She thinks the mayor would have backed the plan anyway, but believes the vote ensures "
            "his support.")
    found = [(q.text, q.speaker_text) for q in quotes_of(text)]
    assert ("the vote ensures his support", "She") in found


def test_quotes_indirect_a_parenthetical_belief_stops_before_the_next_clause():
    text = ("Their leverage, they believe, is not going anywhere, and most do not expect the mayor to back "
            "the plan.")
    assert all("most do not" not in q.text for q in quotes_of(text))
