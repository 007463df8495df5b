"""Claimants: linking figures to quotes built by hand, "according to" sources and reporting verbs."""
from __future__ import annotations

import pytest

from storyline.article.figures import FigureStage
from storyline.article.nlp import NlpStage
from storyline.model import Article, Quote

pytestmark = pytest.mark.model


def staged(text: str, quotes: list[Quote]) -> Article:
    article = NlpStage().process(Article(id="a", path="a.txt", text=text))
    article.quotes = quotes
    return FigureStage().process(article)


def quote_of(text: str, words: str, speaker: str | None, kind: str = "indirect") -> Quote:
    start = text.index(words)
    return Quote(start, start + len(words), words, kind, speaker_text=speaker, speaker_name=speaker)


def test_figures_claims_figure_inside_a_quote_takes_its_speaker():
    text = "The minister said that 300 troops had crossed the border. The city has 40 schools."
    article = staged(text, [quote_of(text, "300 troops had crossed the border", "Anna Berg")])
    assert [(f.value, f.claimed_by_name) for f in article.figures] == [(300, "Anna Berg"), (40, None)]


def test_figures_claims_smallest_quote_with_a_speaker_wins():
    text = 'Berg wrote: "They told us 300 troops had crossed and we believed them."'
    outer = quote_of(text, "They told us 300 troops had crossed and we believed them.", "Anna Berg", "direct")
    inner = quote_of(text, "300 troops had crossed", "Carl Olsen")
    unnamed = quote_of(text, "300 troops", None)
    article = staged(text, [outer, inner, unnamed])
    assert article.figures[0].claimed_by_name == "Carl Olsen"


def test_figures_claims_according_to_source():
    text = "Some 2,000 homes were flooded, according to the Red Cross."
    article = staged(text, [])
    assert article.figures[0].claimed_by_name == "the Red Cross"


def test_figures_claims_outlet_voice_has_no_claimant():
    article = staged("The bridge is 300 metres long.", [])
    assert article.figures[0].claimed_by_name is None


def test_figures_claims_reporting_verb_subject():
    text = "Maria Lopez cited official figures as 5,000 jobs lost and 200 firms closed."
    article = staged(text, [])
    assert [f.claimed_by_name for f in article.figures] == ["Maria Lopez", "Maria Lopez"]


def test_figures_claims_adverbial_without_claim_noun_is_not_reported():
    text = "Following a meeting lasting over two hours, Peter Hansen said the talks had gone well."
    article = staged(text, [])
    assert article.figures[0].claimed_by_name is None


def test_figures_claims_aside_in_indirect_quote_is_the_outlets():
    text = "Hansen said the talks would end the war, which has lasted for four years."
    quote = quote_of(text, "the talks would end the war, which has lasted for four years", "Peter Hansen")
    article = staged(text, [quote])
    assert article.figures[0].claimed_by_name is None


def test_figures_claims_stage_contract():
    stage = FigureStage()
    assert stage.name == "figures" and stage.requires == ("doc", "quotes") and stage.produces == ("figures",)


def test_figures_claims_article_without_parse_gets_no_figures():
    article = Article(id="a", path="a.txt", text="Some 300 troops crossed.")
    assert FigureStage().process(article).figures == []


def test_figures_claims_described_speaker_is_kept_for_the_corpus_to_resolve():
    text = "The company said that 17 workers were underground when the roof fell."
    quote = quote_of(text, "17 workers were underground when the roof fell", None)
    quote.speaker_text = "The company"
    article = staged(text, [quote])
    assert article.figures[0].claimed_by_name == "The company"


def test_figures_claims_pronoun_speaker_is_not_a_claimant_name():
    text = "She said that 17 workers were underground when the roof fell."
    quote = quote_of(text, "17 workers were underground when the roof fell", None)
    quote.speaker_text = "She"
    assert staged(text, [quote]).figures[0].claimed_by_name is None


def test_figures_claims_report_by_an_organisation_and_a_repeated_figure():
    from storyline.article.quotes import QuoteStage

    text = ("The audit by the National Water Board records a lead level of 40 micrograms at the school. "
            "Mayor Anna Berg repeated the figure of 12 closed wells.")
    article = QuoteStage().process(NlpStage().process(Article(id="a", path="a.txt", text=text)))
    article = FigureStage().process(article)
    claims = {f.value: f.claimed_by_name for f in article.figures}
    assert claims[40] in ("the National Water Board", "National Water Board")
    assert claims[12] == "Anna Berg"
