"""Story anchors: an event named by its day ("Monday's debate") joins two angles on one event; two
events of one kind on different days share no anchor. Every text here is invented; the date
mentions stand in for the time stage's resolved values."""
from __future__ import annotations

import re
from datetime import date

import numpy as np

from storyline.corpus.story_anchors import anchors, shares_event
from storyline.corpus.story_cluster import ClusterParams, OnlineClusterer
from storyline.corpus.story_features import DocFeatures
from storyline.model import Article, DateMention

DAYS = {"Monday": "2025-03-03", "Thursday": "2025-03-06", "Saturday": "2025-03-08"}


def _article(doc_id: str, text: str) -> Article:
    """An article whose weekday names are resolved date mentions (the days of ``DAYS``)."""
    dates = [DateMention(m.start(), m.end(), m.group(), DAYS[m.group(1)], relative=True)
             for m in re.finditer(r"\b(Monday|Thursday|Saturday)(?:['’]s)?", text)]
    return Article(id=doc_id, path=f"{doc_id}.txt", text=text, published="2025-03-05", dates=dates)


def _day(name: str) -> int:
    return date.fromisoformat(DAYS[name]).toordinal()


def test_possessive_dates_give_firm_anchors_past_ordinals_and_adverbs():
    a = anchors(_article("a", "Polls moved after Monday night's first debate, widely seen as close. "
                              "Monday’s debate widely panned by critics."))
    assert a.firm == {("debate", _day("Monday"))}
    assert anchors(_article("s", "Thursday's statement said talks would go on.")).firm == {
        ("statement", _day("Thursday"))}  # "said" ends the phrase: no event word


def test_the_word_before_a_date_is_only_a_near_anchor():
    a = anchors(_article("a", "The two candidates meet for the first of three debates Monday at Kell Hall."))
    assert a.firm == set() and a.near == {("debate", _day("Monday"))}


def test_unresolved_or_month_dates_give_no_anchor():
    text = "Monday's debate was close."
    art = Article(id="x", path="x.txt", text=text, dates=[DateMention(0, 8, "Monday's", None, relative=True),
                                                         DateMention(0, 8, "Monday's", "2025-03")])
    assert anchors(art).near == set()


def test_one_firm_anchor_against_a_near_one_shares_the_event_and_another_day_does_not():
    polls = anchors(_article("p", "Voters expect a close race in Monday's debate, a new poll shows."))
    moderators = anchors(_article("m", "The candidate questioned the fairness of the moderators of the "
                                       "debates Monday."))
    other = anchors(_article("o", "Voters saw a close race in Thursday's debate, a new poll shows."))
    said = anchors(_article("s", "The candidate said Monday that the moderators were unfair."))
    assert shares_event(moderators, polls.firm, polls.near)
    assert shares_event(polls, moderators.firm, moderators.near)
    assert not shares_event(other, polls.firm, polls.near)
    assert not shares_event(said, moderators.firm, moderators.near)  # two near anchors are not enough


def _doc(doc_id: str, text: str) -> DocFeatures:
    art = _article(doc_id, text)
    return DocFeatures(doc_id, text, None, frozenset({"e1"}), {"debate": 1.0}, frozenset(), anchors(art))


def test_a_shared_event_adds_the_event_bonus_to_the_score():
    clusterer = OnlineClusterer(ClusterParams(join=2.0))  # never join: every article founds a story
    vector = np.ones(384, dtype=np.float32) / np.sqrt(384)
    clusterer.add(_doc("a", "Voters expect a close race in Monday's debate."), vector)
    same = _doc("b", "Moderators were questioned ahead of the debates Monday.")
    other = _doc("c", "Moderators were questioned ahead of the debates Thursday.")
    bonus = clusterer.score(same, 0.5, 0) - clusterer.score(other, 0.5, 0)
    assert abs(bonus - ClusterParams().w_event) < 1e-9
