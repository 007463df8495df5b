"""Each construction of the date tagger on invented sentences with a fixed publication date."""
from __future__ import annotations

import pytest

from storyline.article.dates import tag_dates
from storyline.article.nlp import load_nlp


def values(text: str, published: str | None) -> dict[str, str | None]:
    """{expression text: value} of a sentence parsed with the real model."""
    return {m.text: m.value for m in tag_dates(text, load_nlp()(text), published)}


MONDAY = "2025-03-17"  # a Monday

CASES = [
    # absolute dates
    ("The treaty was signed on 19 May 2025 in Geneva.", MONDAY, "19 May 2025", "2025-05-19"),
    ("The treaty was signed on May 19, 2025 in Geneva.", MONDAY, "May 19, 2025", "2025-05-19"),
    ("The file is dated 2025-05-19 and stamped.", MONDAY, "2025-05-19", "2025-05-19"),
    ("The vote is set for Tuesday, March 18, 2025.", MONDAY, "Tuesday, March 18, 2025", "2025-03-18"),
    ("He arrived on the 4th of July, 2019.", MONDAY, "4th of July, 2019", "2019-07-04"),
    ("The summit ran on May 19-20, 2025 in Rome.", MONDAY, "May 19-20, 2025", "2025-05-19"),
    # partial dates: the year from publication and tense
    ("The leaders met on November 7 in Geneva.", "2024-12-09", "November 7", "2024-11-07"),
    ("The vote will be held on November 7.", "2024-10-01", "November 7", "2024-11-07"),
    ("The summit will take place on November 7.", "2024-12-09", "November 7", "2025-11-07"),
    ("Troops crossed the border in February 2022.", MONDAY, "February 2022", "2022-02"),
    ("The region was annexed in 2014.", MONDAY, "2014", "2014"),
    # "later" + weekday: that day itself when it is the publication day
    ("The mayor said rallies would be held later Monday.", MONDAY, "Monday", "2025-03-17"),
    ("The mayor said rallies would be held later Tuesday.", MONDAY, "Tuesday", "2025-03-18"),
    ("The minister aimed to calm the markets Friday, telling reporters the bank was sound.", MONDAY,
     "Friday", "2025-03-14"),
    ("The minister plans to meet the unions Friday.", MONDAY, "Friday", "2025-03-21"),
    ("The flag that was hoisted in front of the building Sunday has been replaced.", MONDAY, "Sunday",
     "2025-03-16"),
    ("Activists demanded that a vote be held no later than May 11.", MONDAY, "May 11", "2025-05-11"),
    ("They have not met since 2022.", MONDAY, "2022", "2022"),
    ("The plan was announced in June.", "2024-12-09", "June", "2024-06"),
    ("The talks collapsed in June.", "2024-03-10", "June", "2023-06"),
    ("The talks will resume in June.", "2024-03-10", "June", "2024-06"),
    # weekdays with tense
    ("The minister resigned on Sunday.", MONDAY, "Sunday", "2025-03-16"),
    ("A phone call is scheduled for Tuesday.", MONDAY, "Tuesday", "2025-03-18"),
    ("The two leaders will meet on Tuesday.", MONDAY, "Tuesday", "2025-03-18"),
    ("The ministry announced on Monday that it would cut exports.", MONDAY, "Monday", "2025-03-17"),
    ("The two leaders will meet again on Monday.", MONDAY, "Monday", "2025-03-24"),
    ("Monday’s announcement surprised the markets.", "2025-03-18", "Monday’s", "2025-03-17"),
    ("Friday's vote was postponed.", MONDAY, "Friday's", "2025-03-14"),
    ("The strike has closed the port until Friday.", MONDAY, "Friday", "2025-03-21"),
    # last / next / this
    ("The town was retaken last August.", MONDAY, "last August", "2024-08"),
    ("Elections are due next March.", MONDAY, "next March", "2026-03"),
    ("The offensive began last March.", MONDAY, "last March", "2024-03"),
    ("The envoy visited Kyiv last Friday.", MONDAY, "last Friday", "2025-03-14"),
    ("The envoy will visit Kyiv next Friday.", MONDAY, "next Friday", "2025-03-21"),
    ("Prices rose 5% last year.", MONDAY, "last year", "2024"),
    ("Prices will rise again next year.", MONDAY, "next year", "2026"),
    ("Imports fell last month.", MONDAY, "last month", "2025-02"),
    ("Earlier this month the army withdrew.", MONDAY, "Earlier this month", "2025-03"),
    ("The army withdrew earlier this month.", MONDAY, "earlier this month", "2025-03"),
    ("The bill is expected to pass later this year.", MONDAY, "later this year", "2025"),
    # counted from publication
    ("The convoy left two days ago.", MONDAY, "two days ago", "2025-03-15"),
    ("The convoy left a month ago.", MONDAY, "a month ago", "2025-02"),
    ("The convoy left three years ago.", MONDAY, "three years ago", "2022"),
    ("The convoy left yesterday.", MONDAY, "yesterday", "2025-03-16"),
    ("The convoy leaves today.", MONDAY, "today", "2025-03-17"),
    ("The convoy leaves tomorrow.", MONDAY, "tomorrow", "2025-03-18"),
    # counted from another date of the text
    ("Russia responded on Sunday, a day after the attack.", MONDAY, "a day after", "2025-03-16"),
    ("The Kremlin replied a day after Monday's call.", "2025-03-19", "a day after", "2025-03-18"),
    ("The talks opened on 10 March 2025. The next day, the delegations left.", MONDAY, "The next day",
     "2025-03-11"),
    ("Exports fell in 2023 compared with the previous year.", MONDAY, "the previous year", "2022"),
    ("The talks opened on 10 March 2025. Troops withdrew the same day.", MONDAY, "the same day",
     "2025-03-10"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), CASES)
def test_dates_construction_resolves(text, published, expression, value):
    found = values(text, published)
    assert expression in found, f"{expression!r} not tagged in {text!r}: {found}"
    assert found[expression] == value


def test_dates_mentions_point_into_the_text():
    text = "Trump spoke on Sunday. Zelenskiy replied on Monday, a day after, and will travel in June."
    mentions = tag_dates(text, load_nlp()(text), MONDAY)
    assert len(mentions) == 4
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(m.relative for m in mentions)


@pytest.mark.parametrize("text, published, expr, value", [
    ("The Oct. 7 attack killed more than a thousand people.", "2024-09-01", "Oct. 7", "2023-10-07"),
    ("She won the Nov. 5 election by a wide margin.", "2025-10-01", "Nov. 5", "2024-11-05"),
    ("The offer was extended to Nov. 16.", "2025-10-27", "Nov. 16", "2025-11-16"),
    ("The dividend was payable Dec. 7, the company said.", "2025-10-27", "Dec. 7", "2025-12-07"),
])
def test_dates_a_day_on_a_noun_in_a_past_clause_is_past_unless_a_deadline(text, published, expr, value):
    assert values(text, published)[expr] == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Twenty-two years ago, the paper hailed him.", {"Twenty-two years ago": "2003"}),
    ("The office said in a June report that costs rose.", {"June": "2024-06"}),
    ("Shoppers were expected by its closing time of 1900 GMT.", {}),
])
def test_dates_compound_numbers_month_modifiers_and_clock_times(text, expected):
    assert values(text, MONDAY) == expected


def test_dates_tonight_is_the_publication_day_for_the_brief_but_not_a_show():
    from storyline.article.dates import tonight
    assert [(m.text, m.value) for m in tonight("The candidates meet tonight in Ohio.", MONDAY)] == [
        ("tonight", MONDAY)]
    assert tonight("Tonight, the senate votes.", MONDAY)[0].value == MONDAY
    assert tonight("Fans watched The Tonight Show in New York.", MONDAY) == []
    assert tonight("The candidates meet tonight.", None) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The outcome depends on Sunday's runoff.", "2024-03-13", {"Sunday's": "2024-03-17"}),
    ("Sunday's vote is seen as a test for the government.", "2024-03-13", {"Sunday's": "2024-03-17"}),
    ("The talks follow Tuesday's declaration.", "2024-03-13", {"Tuesday's": "2024-03-12"}),
    ("He starred in an August Wilson play.", "2024-10-05", {}),
    ("She sang a June Carter song.", "2024-10-05", {}),
    ("In 2022 hours worked rose by 3 percent.", "2024-10-05", {"2022": "2022"}),
    ("The family moved Nov. 20 to a shelter.", "2024-11-05", {"Nov. 20": "2023-11-20"}),
    ("The record was set Nov. 22 by a Kenyan runner.", "2024-11-05", {"Nov. 22": "2023-11-22"}),
    ("The board has set Nov. 22 as the deadline.", "2024-11-05", {"Nov. 22": "2024-11-22"}),
    ("The protests lasted until late November, police said.", "2024-10-05", {"November": "2023-11"}),
])
def test_dates_previews_names_and_past_moves_keep_their_day(text, published, expected):
    assert values(text, published) == expected


def test_dates_stage_gives_tonight_to_the_brief_and_keeps_the_typed_time():
    from storyline.article.dates import DateStage
    from storyline.model import Article
    text = "The candidates meet tonight in Ohio. Tonight's vote is close."
    article = Article(id="t", path="t.txt", text=text, published=MONDAY)
    article.doc = load_nlp()(text)
    article = DateStage().process(article)
    assert [(m.text, m.value) for m in article.dates] == [("tonight", MONDAY), ("Tonight", MONDAY)]
    assert [t.timex_type for t in article.timexes if t.text.lower() == "tonight"] == ["TIME", "TIME"]
