"""CompareStage on small invented articles: contradictions, updates, rounding, disputes, dates, titles."""
from __future__ import annotations

from storyline.article.nlp import fill_from_doc, load_nlp
from storyline.corpus.base import CorpusContext
from storyline.corpus.compare import CompareStage
from storyline.corpus.compare_figures import FigureFact, _different_times, disagree, stated_years
from storyline.corpus.runner import EntityStage
from storyline.model import Article, DateMention, Figure


def make(doc_id: str, text: str, published: str, figures=(), dates=()) -> Article:
    a = Article(id=doc_id, path=f"{doc_id}.txt", text=text, published=published)
    fill_from_doc(a, load_nlp()(text))
    a.doc = None
    a.figures = [f(text) for f in figures]
    a.dates = [d(text) for d in dates]
    return a


def fig(phrase: str, value: float, unit: str | None, measure: str | None = None, claimed: str | None = None,
        approximate: bool = False):
    def build(text: str) -> Figure:
        start = text.index(phrase)
        return Figure(start, start + len(phrase), phrase, value, unit=unit, measure=measure,
                      claimed_by_name=claimed, approximate=approximate)
    return build


def date(phrase: str, value: str):
    def build(text: str) -> DateMention:
        start = text.index(phrase)
        return DateMention(start, start + len(phrase), phrase, value)
    return build


def discrepancies(*articles: Article):
    ctx = CorpusContext(list(articles))
    EntityStage().run(ctx)
    CompareStage().run(ctx)
    return ctx.results["discrepancies"]


def texts(d) -> list[str]:
    return [v.text for v in d.values]


def test_same_measure_different_numbers_across_documents():
    a = make("a", "Police said 12 protesters were arrested in the main square on Sunday.", "2026-02-01",
             [fig("12 protesters", 12, "protester", "protesters arrested")])
    b = make("b", "Organisers said 30 protesters were arrested in the main square.", "2026-02-01",
             [fig("30 protesters", 30, "protester", "protesters arrested")])
    found = discrepancies(a, b)
    assert len(found) == 1 and found[0].kind == "number"
    assert sorted(texts(found[0])) == ["12 protesters", "30 protesters"]
    for v in found[0].values:
        art = a if v.doc == "a" else b
        assert art.text[v.start:v.end] == v.text


def test_later_higher_death_toll_is_an_update_not_a_contradiction():
    a = make("a", "The storm killed 12 people along the coast, officials said.", "2026-02-01",
             [fig("12 people", 12, "person", "people killed")])
    b = make("b", "The storm has now killed 19 people along the coast, officials said.", "2026-02-03",
             [fig("19 people", 19, "person", "people killed")])
    assert discrepancies(a, b) == []


def test_rounding_is_not_a_contradiction():
    a = make("a", "About 400 residents were evacuated from the valley.", "2026-02-01",
             [fig("About 400 residents", 400, "resident", "residents evacuated", approximate=True)])
    b = make("b", "In all 412 residents were evacuated from the valley.", "2026-02-01",
             [fig("412 residents", 412, "resident", "residents evacuated")])
    assert discrepancies(a, b) == []


def test_durations_of_one_thing_disagree_and_the_phrase_takes_the_verb():
    a = make("a", "Talks brought no breakthrough in the three-year war between the two states.", "2026-05-20",
             [fig("three-year war", 3, "year", "war")])
    b = make("b", "Both sides want to end the war, which has lasted for four years.", "2026-05-20",
             [fig("four years", 4, "year", "years")])
    found = discrepancies(a, b)
    assert len(found) == 1
    assert sorted(texts(found[0])) == ["lasted for four years", "three-year war"]


def test_claimants_in_one_document_disagree():
    text = ("Defence Minister Anna Koval said 40 soldiers were killed in the attack. "
            "Rebel commander Oleg Marr said 150 soldiers were killed in the attack.")
    a = make("a", text, "2026-02-01", [fig("40 soldiers", 40, "soldier", "soldiers killed", "Anna Koval"),
                                         fig("150 soldiers", 150, "soldier", "soldiers killed", "Oleg Marr")])
    found = discrepancies(a)
    assert len(found) == 1
    assert texts(found[0]) == ["40 soldiers", "150 soldiers"]
    assert all(v.claimed_by for v in found[0].values)


def test_breakdown_is_shown_whole():
    text = ("Officials said 400 soldiers were lost. The general gave 43 soldiers killed and 370 wounded, "
            "General Ivo Brand said.")
    a = make("a", text, "2026-02-01", [fig("400 soldiers", 400, "soldier", "soldiers lost"),
                                         fig("43 soldiers", 43, "soldier", "soldiers killed", "Ivo Brand"),
                                         fig("370 wounded", 370, "soldier", "soldiers wounded", "Ivo Brand")])
    found = discrepancies(a)
    assert len(found) == 1
    assert texts(found[0]) == ["400 soldiers", "43 soldiers killed and 370 wounded"]


def test_same_claimant_two_different_counts_is_no_discrepancy():
    text = "Defence Minister Anna Koval said 40 soldiers were killed and 150 soldiers were wounded."
    figures = [fig("40 soldiers", 40, "soldier", "soldiers killed", "Anna Koval"),
               fig("150 soldiers", 150, "soldier", "soldiers wounded", "Anna Koval")]
    assert discrepancies(make("a", text, "2026-02-01", figures)) == []


def test_figure_the_text_calls_disputed():
    text = ("The company said 17 miners were missing after the blast. The union put the number higher. "
            "It said 21 of its members had not come back.")
    a = make("a", text, "2026-03-11", [fig("17 miners", 17, "miner", "miners"), fig("21", 21, None)])
    found = discrepancies(a)
    assert len(found) == 1
    assert texts(found[0]) == ["17 miners", "21 of its members"]


def test_one_event_with_two_dates():
    a = make("a", "The explosion happened on Tuesday, police said.", "2026-03-11",
             [], [date("Tuesday", "2026-03-10")])
    b = make("b", "Investigators are still examining the March 9 explosion at the plant.", "2026-03-20",
             [], [date("March 9", "2026-03-09")])
    found = discrepancies(a, b)
    assert len(found) == 1 and found[0].kind == "date"
    assert sorted(texts(found[0])) == ["on Tuesday", "the March 9 explosion"]


def test_event_dates_far_apart_are_different_events():
    a = make("a", "The explosion happened on Tuesday, police said.", "2026-03-11",
             [], [date("Tuesday", "2026-03-10")])
    b = make("b", "Investigators are still examining the February 2 explosion at the plant.", "2026-03-20",
             [], [date("February 2", "2026-02-02")])
    assert discrepancies(a, b) == []


def test_former_title_against_current_holder_of_the_same_time():
    old = make("old", "Interior Minister Petra Lind opened the new bridge in Dornau.", "2026-01-05")
    cur = make("cur", "Interior Minister Petra Lind visited the flooded district on Monday.", "2026-04-08")
    former = make("former", "Former interior minister Petra Lind will testify next week, the panel said.",
                  "2026-04-10")
    found = [d for d in discrepancies(old, cur, former) if d.kind == "title"]
    assert len(found) == 1
    assert texts(found[0]) == ["Former interior minister Petra Lind", "Interior Minister Petra Lind"]
    assert [v.doc for v in found[0].values] == ["former", "cur"]


def test_former_title_much_later_than_the_current_one_is_no_contradiction():
    cur = make("cur", "Interior Minister Petra Lind visited the flooded district on Monday.", "2025-01-08")
    former = make("former", "Former interior minister Petra Lind will testify next week, the panel said.",
                  "2026-04-10")
    assert [d for d in discrepancies(cur, former) if d.kind == "title"] == []


def test_then_title_is_no_former_title():
    cur = make("cur", "Interior Minister Petra Lind visited the flooded district on Monday.", "2026-04-08")
    then = make("then", "The law was drafted by then Interior Minister Petra Lind, the panel said.",
                "2026-04-10")
    assert [d for d in discrepancies(cur, then) if d.kind == "title"] == []


def test_former_title_needs_a_shared_qualifier():
    cur = make("cur", "The vote was announced by minister Petra Lind on Monday.", "2026-04-08")
    former = make("former", "Former immigration minister Petra Lind will testify next week.", "2026-04-10")
    assert [d for d in discrepancies(cur, former) if d.kind == "title"] == []


def test_money_percentages_points_in_time_and_classifiers_are_not_compared():
    a = make("a", "Spending rose 12% to £40m. The deal took effect two days ago in three-party talks.",
             "2026-02-01", [fig("12%", 12, "percent", "spending rose"), fig("£40m", 40e6, "pound"),
                            fig("two days", 2, "day", "deal took"), fig("three-party", 3, "party", "talks")])
    b = make("b", "Spending rose 15% to £55m. The deal took effect five days ago in two-party talks.",
             "2026-02-01", [fig("15%", 15, "percent", "spending rose"), fig("£55m", 55e6, "pound"),
                            fig("five days", 5, "day", "deal took"), fig("two-party", 2, "party", "talks")])
    assert discrepancies(a, b) == []


def test_longer_duration_in_a_later_document_is_an_update():
    a = make("a", "Talks brought no breakthrough in the three-year war between the two states.", "2025-05-20",
             [fig("three-year war", 3, "year", "war")])
    b = make("b", "Both sides want to end the war, which has lasted for four years.", "2026-05-25",
             [fig("four years", 4, "year", "years")])
    assert discrepancies(a, b) == []


def test_documents_of_unlinked_stories_are_not_compared():
    from storyline.model import Story

    a = make("a", "Police said 12 protesters were arrested in the main square on Sunday.", "2026-02-01",
             [fig("12 protesters", 12, "protester", "protesters arrested")])
    b = make("b", "Organisers said 30 protesters were arrested in the main square.", "2026-02-01",
             [fig("30 protesters", 30, "protester", "protesters arrested")])
    ctx = CorpusContext([a, b])
    EntityStage().run(ctx)
    ctx.results["stories"] = [Story("s1", "one", ["a"]), Story("s2", "two", ["b"])]
    CompareStage().run(ctx)
    assert ctx.results["discrepancies"] == []
    ctx.results["stories"][1].continues = ["s1"]
    CompareStage().run(ctx)
    assert len(ctx.results["discrepancies"]) == 1


def test_one_sentence_listing_two_counts_is_no_discrepancy():
    text = ("Court papers charged him with six murder counts and five counts of attempted murder, "
            "prosecutors said.")
    a = make("a", text, "2026-02-01", [fig("six murder counts", 6, "count", "murder counts", "prosecutors"),
                                       fig("five counts", 5, "count", "counts murder")])
    b = make("b", "He faces six murder counts, the court said.", "2026-02-01",
             [fig("six murder counts", 6, "count", "murder counts")])
    assert discrepancies(a, b) == []
    six, five = (FigureFact(a, f, f.claimed_by_name, unit="count") for f in a.figures)
    assert not disagree(six, five)  # different claimants, but one sentence


def test_people_counts_are_about_people():
    a = make("a", "Police said nine people were injured in the clashes.", "2026-02-01",
             [fig("nine people", 9, "people", "people injured", "Police")])
    b = make("b", "Local television said three people were injured in the clashes.", "2026-02-01",
             [fig("three people", 3, "people", "people injured", "Local television")])
    [d] = discrepancies(a, b)
    assert d.about.startswith("number of people")


def test_figures_of_different_years_are_not_compared():
    a = make("a", "He praised the gunman who killed 77 people in July 2011.", "2017-07-14",
             [fig("77 people", 77, "people", "people killed")],
             [date("July 2011", "2011-07")])
    b = make("b", "The truck attack killed 86 people in the city.", "2017-07-14",
             [fig("86 people", 86, "people", "people killed")])
    assert discrepancies(a, b) == []


def test_figures_of_the_same_stated_year_are_compared():
    a = make("a", "The floods of 2024 killed 12 people, police said.", "2026-01-01",
             [fig("12 people", 12, "people", "people killed", "police")], [date("2024", "2024")])
    b = make("b", "The 2024 floods killed 30 people, the Red Cross said.", "2026-01-01",
             [fig("30 people", 30, "people", "people killed", "the Red Cross")], [date("2024", "2024")])
    assert len(discrepancies(a, b)) == 1


def test_two_claimants_in_one_sentence_still_disagree():
    text = "Kyiv put the death toll at 50 people, while Moscow said 5 people had died."
    a = make("a", text, "2026-02-01", [fig("50 people", 50, "people", "people died", "Kyiv"),
                                       fig("5 people", 5, "people", "people died", "Moscow")])
    fa, fb = (FigureFact(a, f, f.claimed_by_name, unit="people") for f in a.figures)
    assert disagree(fa, fb)


def test_a_running_total_since_a_year_is_still_compared():
    a = make("a", "The war has killed 10,000 civilians since February 2022, the UN said.", "2026-02-01",
             [fig("10,000 civilians", 10000, "civilian", "civilians killed", "the UN")],
             [date("February 2022", "2022-02")])
    b = make("b", "The war has killed 30,000 civilians, officials said.", "2026-02-01",
             [fig("30,000 civilians", 30000, "civilian", "civilians killed", "officials")])
    fa, fb = FigureFact(a, a.figures[0], "the UN"), FigureFact(b, b.figures[0], "officials")
    assert stated_years(fa) == set()
    assert not _different_times(fa, fb)
