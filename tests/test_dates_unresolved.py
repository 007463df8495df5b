"""Without a publication date relative expressions stay unresolved; absolute ones still resolve."""
from __future__ import annotations

from storyline.article.dates import DateStage, tag_dates
from storyline.article.nlp import NlpStage, load_nlp
from storyline.model import Article

TEXT = ("The minister resigned on Sunday, two days ago, and recalled the talks of 19 May 2025. "
        "Fighting has continued since 2022 and stopped last August.")


def test_dates_relative_kept_without_value():
    found = {m.text: (m.value, m.relative) for m in tag_dates(TEXT, load_nlp()(TEXT), None)}
    assert found["Sunday"] == (None, True)
    assert found["two days ago"] == (None, True)
    assert found["last August"] == (None, True)
    assert found["19 May 2025"] == ("2025-05-19", False)
    assert found["2022"] == ("2022", False)


def test_dates_stage_fills_article():
    stage = DateStage()
    assert (stage.name, stage.requires, stage.produces) == ("dates", ("doc",), ("dates", "timexes"))
    dated = Article(id="a", path="a.txt", text=TEXT, published="2025-05-21")
    undated = Article(id="b", path="b.txt", text=TEXT)
    dated, undated = stage.process_batch(NlpStage().process_batch([dated, undated]))
    assert {m.text: m.value for m in dated.dates}["Sunday"] == "2025-05-18"
    assert {m.text: m.value for m in undated.dates}["Sunday"] is None
    assert [m.text for m in dated.dates] == [m.text for m in undated.dates]


def test_dates_without_parse_use_defaults():
    found = {m.text: m.value for m in tag_dates("Talks ended on Sunday, 19 May 2025.", None, "2025-05-21")}
    assert found == {"Sunday, 19 May 2025": "2025-05-19"}
    found = {m.text: m.value for m in tag_dates("Talks ended on Sunday.", None, "2025-05-21")}
    assert found == {"Sunday": "2025-05-18"}  # no tense known: the last Sunday on or before


def test_dates_year_first_with_slashes_is_a_full_date():
    text = "Published: 2004/12/13 10:45:21 GMT. The firm's 2004/05 report and a 2004-12/13 typo follow."
    found = [(m.text, m.value) for m in tag_dates(text, load_nlp()(text), None)]
    assert ("2004/12/13", "2004-12-13") in found
    assert not any(value and len(value) == 10 and value != "2004-12-13" for _, value in found)
