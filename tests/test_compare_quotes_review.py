"""Garbled quotes, review fixes: a name put for another is another statement, an unmarked clause cut is no
garble, quotes published days apart or said to be translated are not compared, pairs per speaker."""
from __future__ import annotations

from storyline.corpus.compare_quotes import QuoteText, align, garbled_groups, quote_texts
from storyline.corpus.compare_wording import quote_words
from storyline.model import Article, Quote


def item(doc: str, text: str, published: str | None = None, speaker: str = "e1") -> QuoteText:
    article = Article(id=doc, path=f"{doc}.txt", text=text, published=published)
    return QuoteText(article, Quote(0, len(text), text, "direct"), speaker, quote_words(text, 0, len(text)))


HARBOUR = "We will keep the harbour at {} open to every ship that brings grain, and we will protect its crews"


def test_one_name_put_for_another_is_another_statement():
    x = item("a", HARBOUR.format("Odesa"))
    y = item("b", HARBOUR.format("Mykolaiv"))
    assert align(x, y) is None
    z = item("c", HARBOUR.format("Odesa").replace("every", "any"))
    assert align(x, z) is not None and align(x, z).differing


def test_an_unmarked_clause_cut_is_no_garble():
    x = item("a", "We cleared the roads, we repaired the pumps, and we rationed the water for a week")
    y = item("b", "We cleared the roads and we rationed the water for a week")
    assert align(x, y).differing == 0


def test_a_changed_clause_still_counts():
    x = item("a", "We cleared the roads, we repaired the pumps, and we rationed the water for a week")
    y = item("b", "We cleared the roads, we closed the schools, and we rationed the water for a week")
    assert align(x, y).differing


GARBLED = ("The budget will give every school in the county two new teachers and a library by June",
           "The budget will give each school in the county two new nurses and a library by June")


def test_quotes_published_days_apart_are_not_compared():
    near = [item("a", GARBLED[0], "2026-05-04"), item("b", GARBLED[1], "2026-05-05")]
    far = [item("a", GARBLED[0], "2026-05-04"), item("b", GARBLED[1], "2026-05-09")]
    undated = [item("a", GARBLED[0]), item("b", GARBLED[1], "2026-05-09")]
    assert len(garbled_groups(near)) == 1 and len(garbled_groups(undated)) == 1
    assert garbled_groups(far) == []


def test_pairs_are_made_per_speaker():
    items = [item("a", GARBLED[0], speaker="e1"), item("b", GARBLED[1], speaker="e2")]
    assert garbled_groups(items) == []


def test_a_translated_quote_is_not_compared():
    text = (f"“{GARBLED[0]},” the minister said in a speech translated by her office. "
            f"“{GARBLED[1]},” she said.")
    article = Article(id="a", path="a.txt", text=text)
    first = text.index(GARBLED[0])
    second = text.index(GARBLED[1])
    article.quotes = [Quote(first, first + len(GARBLED[0]), GARBLED[0], "direct", speaker_name="Ann Lee"),
                      Quote(second, second + len(GARBLED[1]), GARBLED[1], "direct", speaker_name="Ann Lee")]
    article.sentences = [(0, text.index("office.") + 7), (text.index("office.") + 8, len(text))]
    found = quote_texts([article], lambda doc, name: "e1" if name else None)
    assert [q.quote.start for q in found] == [second]
