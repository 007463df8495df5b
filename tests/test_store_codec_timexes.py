"""Typed timexes survive the store codec as DateMention records, not plain dicts."""
from __future__ import annotations

import json

from storyline.model import Article, DateMention
from storyline.store.codec import article_from_row, article_to_data


def test_store_codec_timexes_round_trip():
    text = "The talks lasted three days and ended on 4 May 2025."
    a = Article(id="a", path="a.txt", text=text)
    a.timexes = [DateMention(17, 27, "three days", "P3D", timex_type="DURATION"),
                 DateMention(41, 51, "4 May 2025", "2025-05-04")]
    data = json.loads(json.dumps(article_to_data(a)))
    back = article_from_row({"id": a.id, "path": a.path, "text": a.text}, data)
    assert back.timexes == a.timexes
    assert all(isinstance(t, DateMention) for t in back.timexes)


def test_store_codec_plain_equals_asdict_without_its_copies():
    import dataclasses

    from storyline.model import DateValue, Quote
    from storyline.store.codec import plain

    quotes = [Quote(3, 9, "We won", "direct", speaker_name="Ana", said_on=DateValue("2025-05", "May"))]
    assert plain(quotes) == [dataclasses.asdict(q) for q in quotes]
    assert plain({"k": quotes[0]}) == {"k": dataclasses.asdict(quotes[0])}
    assert plain([(0, 5), (5, 9)]) == [(0, 5), (5, 9)]
