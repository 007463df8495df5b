"""CompareStage on invented articles run through the real article pipeline: garbled quotes ("quote"),
one report dated two ways ("date") and a name the text says was wrong ("name")."""
from __future__ import annotations

from storyline.corpus.base import CorpusContext
from storyline.corpus.compare import CompareStage
from storyline.corpus.runner import EntityStage
from storyline.model import Article
from storyline.pipeline import default_stages


def analysed(doc_id: str, text: str, published: str = "2026-03-04") -> Article:
    a = Article(id=doc_id, path=f"{doc_id}.txt", text=text, published=published)
    for stage in default_stages():
        a = stage.process(a) or a
    return a


def found(*articles: Article, kind: str):
    ctx = CorpusContext(list(articles))
    EntityStage().run(ctx)
    CompareStage().run(ctx)
    return [d for d in ctx.results["discrepancies"] if d.kind == kind]


FARMERS = "We will not accept a trade deal that leaves our farmers behind and our small towns empty."
LEAD = "Senator Jane Roe spoke to farmers in Ohio on Monday. "


def roe(doc_id: str, quote: str) -> Article:
    return analysed(doc_id, LEAD + f"“{quote}” Roe told reporters after the meeting.")


def test_quote_with_a_changed_word_is_a_discrepancy():
    a = roe("a", FARMERS)
    b = roe("b", FARMERS.replace("not", "never").replace("farmers", "workers"))
    [d] = found(a, b, kind="quote")
    assert "Jane Roe" in d.about
    assert sorted(v.doc for v in d.values) == ["a", "b"]
    shown = " | ".join(v.text for v in d.values)
    assert "workers behind" in shown and "farmers behind" in shown
    assert len({v.claimed_by for v in d.values}) == 1 and d.values[0].claimed_by is not None


def test_quote_shortened_spelled_or_elided_is_no_discrepancy():
    a = roe("a", FARMERS)
    b = roe("b", "a trade deal that leaves our farmers behind")
    c = roe("c", "We won’t accept a trade deal that leaves our farmers behind … and our small towns empty")
    assert found(a, b, c, kind="quote") == []


def test_same_words_by_another_speaker_or_other_statement_is_no_discrepancy():
    a = roe("a", FARMERS)
    b = analysed("b", f"Governor Tom Poe visited Ohio on Monday. “{FARMERS.replace('farmers', 'workers')}” "
                      "Poe said.")
    c = roe("c", "Our schools need more teachers, more books and a budget that lasts the whole year.")
    assert found(a, b, c, kind="quote") == []


LEDGER = ("The Daily Ledger reported Saturday that the mayor's 2019 campaign accounts were missing "
          "$40,000 in donations.")


def test_one_report_dated_two_ways():
    a = analysed("a", LEDGER, "2026-03-09")
    b = analysed("b", "On Sunday, the Daily Ledger published records showing the mayor's 2019 campaign "
                      "accounts were missing $40,000.", "2026-03-10")
    dated = [d for d in found(a, b, kind="date") if "report" in d.about]
    assert len(dated) == 1 and dated[0].about == "the day of the report by Daily Ledger"
    assert sorted(v.text for v in dated[0].values) == ["On Sunday, the Daily Ledger published",
                                                       "The Daily Ledger reported Saturday"]


def test_two_reports_of_one_outlet_on_different_days_are_no_discrepancy():
    a = analysed("a", LEDGER, "2026-03-09")
    b = analysed("b", "On Sunday, the Daily Ledger published an interview with the city's new fire chief "
                      "about staffing.", "2026-03-10")
    assert [d for d in found(a, b, kind="date") if "report" in d.about] == []


def test_a_name_the_text_says_was_wrong():
    a = analysed("a", "Police records list an incorrect last name for the driver. His name is Mark Olsen.\n"
                      "Mark Jensen, 19, was cited for speeding on Route 9. Jensen said he was late for work.")
    b = analysed("b", "Mark Olsen, 19, says he was not speeding on Route 9.")
    [d] = found(a, b, kind="name")
    assert "Mark Olsen" in d.about
    assert {(v.doc, v.text) for v in d.values} >= {("a", "Mark Jensen"), ("b", "Mark Olsen")}


def test_two_people_sharing_a_first_name_are_no_name_discrepancy():
    a = analysed("a", "Mark Jensen, 19, was cited for speeding on Route 9. His brother Mark Olsen was not in "
                      "the car, and his name is Mark Olsen on every record.")
    assert found(a, kind="name") == []


def test_a_death_dated_two_ways():
    a = analysed("a", "The writer Anna Berg died Saturday at her home in Oslo, her publisher said.",
                 "2026-03-09")
    b = analysed("b", "Anna Berg, the novelist, died on Sunday after a long illness.", "2026-03-10")
    c = analysed("c", "Her friend Tom Lind died Friday in a car crash.", "2026-03-09")
    [d] = [d for d in found(a, b, c, kind="date") if "death" in d.about]
    assert d.about == "the day of Anna Berg's death"
    assert sorted(v.doc for v in d.values) == ["a", "b"]


def test_quoted_stretch_of_a_mixed_quote_is_compared():
    a = roe("a", FARMERS)
    b = analysed("b", LEAD + "Roe said she would reject “a trade deal that leaves our workers behind and our "
                             "small towns empty” when it reaches the Senate floor.")
    [d] = found(a, b, kind="quote")
    assert any(v.doc == "b" and v.text.startswith("a trade deal that leaves our workers") for v in d.values)
