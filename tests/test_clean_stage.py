"""CleanStage: fills text, raw_text, title and boilerplate; rejects with E112 when nothing is left."""
from __future__ import annotations

from storyline.article.base import check_requirements
from storyline.article.clean import CleanStage
from storyline.model import Article

RAW = "Share on X\nFerry Line to Open in Spring\nThe harbour authority said the ferry would open soon.\n"


def test_clean_stage_fills_fields():
    article = CleanStage().process(Article(id="a", path="a.txt", text=RAW))
    assert article.raw_text == RAW
    assert article.text == "The harbour authority said the ferry would open soon."
    assert article.title == "Ferry Line to Open in Spring"
    assert article.boilerplate == ["Share on X"]
    assert article.rejection is None


def test_clean_stage_keeps_metadata_title_and_drops_its_copy():
    article = Article(id="a", path="a.txt", text=RAW, title="Ferry Line to Open in Spring (Example News)")
    article = CleanStage().process(article)
    assert article.title == "Ferry Line to Open in Spring (Example News)"
    assert article.text.startswith("The harbour authority")


def test_clean_stage_rejects_empty_result_with_e112():
    article = Article(id="b", path="feed.jsonl", text="Facebook\nAdvertisement\n", record="line 3")
    article = CleanStage().process(article)
    assert article.text == ""
    assert article.rejection is not None
    rejection = article.rejection
    assert (rejection.code, rejection.path, rejection.where) == ("E112", "feed.jsonl", "line 3")
    assert article.boilerplate == ["Facebook", "Advertisement"]


def test_clean_stage_declares_fields():
    stage = CleanStage()
    assert (stage.name, stage.requires) == ("clean", ("text",))
    assert set(stage.produces) == {"text", "title", "boilerplate", "raw_text"}
    check_requirements([stage])


def test_clean_stage_twice_gives_the_same_article():
    stage = CleanStage()
    once = stage.process(Article(id="a", path="a.txt", text=RAW))
    fields = (once.text, once.title, list(once.boilerplate), once.raw_text)
    twice = stage.process(once)
    assert (twice.text, twice.title, twice.boilerplate, twice.raw_text) == fields


def test_clean_stage_metadata_title_with_outlet_suffix_matches_the_headline():
    raw = "Ferry Line to Open in Spring\nThe harbour authority said the ferry would open soon.\n"
    raw += "Ferry Line to Open in Spring\n"
    article = Article(id="a", path="a.html", text=raw, title="Ferry Line to Open in Spring | Example News")
    article = CleanStage().process(article)
    assert article.title == "Ferry Line to Open in Spring | Example News"
    assert article.text == "The harbour authority said the ferry would open soon."
    assert article.boilerplate == ["Ferry Line to Open in Spring"]
