"""Quote wording: normalised words and the alignment of two quotes of one statement (no model needed)."""
from __future__ import annotations

from storyline.corpus.compare_quotes import QuoteText, align
from storyline.corpus.compare_wording import GAP, quote_words
from storyline.model import Article, Quote


def norms(text: str) -> list[str]:
    return [w.norm for w in quote_words(text, 0, len(text))]


def item(doc: str, text: str, speaker: str = "e1") -> QuoteText:
    article = Article(id=doc, path=f"{doc}.txt", text=text)
    return QuoteText(article, Quote(0, len(text), text, "direct"), speaker, quote_words(text, 0, len(text)))


def test_wording_folds_house_style():
    assert norms("We don’t honour the 10 per cent rule") == norms("we do not honor the ten percent rule")
    assert norms("the neighbourhood at 6:00 p.m.") == norms("the neighborhood at 6 p.m.")
    expected = ["it", "is", "the", "center", "of", "the", "e", "mail"]
    assert norms("It's the centre, uh, of the e-mail") == expected


def test_wording_marks_ellipses_brackets_and_quote_marks():
    assert norms("we will … win [the vote] now") == ["we", "will", GAP, "win", GAP, "now"]
    assert norms("I thought f*** it") == ["i", "thought", GAP, "it"]
    assert norms("the (UN) judgement") == ["the", GAP, "judgment"]
    assert quote_words("say “yes” today", 0, 15)[1].norm == GAP


def test_wording_keeps_offsets():
    text = "He said: we won't stop."
    words = quote_words(text, 9, len(text))
    assert [text[w.start:w.end] for w in words] == ["we", "won't", "won't", "stop"]


def test_align_counts_a_real_word_change():
    x = item("a", "The plan will protect every family in this state from the rising cost of power.")
    y = item("b", "The plan will protect every worker in this state from the rising cost of power.")
    found = align(x, y)
    assert found is not None and found.differing == 2


def test_align_ignores_truncation_and_marked_elision():
    full = item("a", "We have worked for months on this deal and we will sign it when the time is right.")
    short = item("b", "on this deal and we will sign it")
    elided = item("c", "We have worked for months … and we will sign it when the time is right.")
    assert align(full, short).differing == 0
    assert align(full, elided).differing == 0


def test_align_ignores_a_left_out_sentence_and_function_words():
    x = item("a", "The river rose overnight. Nobody was hurt. We evacuated the lower town before dawn.")
    y = item("b", "The river rose overnight. We evacuated the lower town before dawn.")
    z = item("c", "I am very honored that he chose to do it during my term in office.")
    w = item("d", "I am very honored he chose to do it during my term in office.")
    assert align(x, y).differing == 0
    assert align(z, w).differing == 0
    short = item("e", "They will be there for 40, 45 years and that is a long time.")
    long = item("f", "They will be there for 40 years or 45 years and that is a long time.")
    assert align(short, long).differing == 0


def test_align_counts_a_negation():
    x = item("a", "We will accept the terms of the agreement as they stand today.")
    y = item("b", "We will not accept the terms of the agreement as they stand today.")
    assert align(x, y).differing == 1


def test_align_rejects_different_statements():
    x = item("a", "The economy is strong and our jobs numbers are the best in years.")
    y = item("b", "Our schools need more teachers and the best books we can buy.")
    assert align(x, y) is None
