"""Marker words: a word most reports of one group use and the other group's reports rarely do is
evidence of two events; words spread evenly over the groups are not."""
import math

import numpy as np

from storyline.corpus.story_cluster import ClusterParams, OnlineClusterer
from storyline.corpus.story_features import DocFeatures
from storyline.corpus.story_markers import marker, name_like, tail_probability
from storyline.corpus.story_split import agreement_gap, pair_similarity, split_members, two_groups


def test_tail_probability_matches_the_hypergeometric_count():
    # 3 carriers among 10 articles, all 3 in a group of 5: C(5,3) / C(10,3) = 10 / 120
    assert math.isclose(tail_probability(3, 5, 0, 5), 10 / 120)
    # at least 2 of 3 carriers in the group of 5: (C(3,2)C(7,3) + C(3,3)C(7,2)) / C(10,5)
    assert math.isclose(tail_probability(2, 5, 1, 5), (3 * 35 + 21) / 252)
    assert tail_probability(0, 5, 3, 5) == 1.0


OFFER = ["offer", "eight-year", "contract", "slugger"]


def _reports(club: str, n: int, extra: str | None = None) -> list[set[str]]:
    return [set(OFFER) | {club} | ({extra} if extra and i % 2 else set()) for i in range(n)]


def test_the_other_club_marks_the_second_offer():
    group_a, group_b = _reports("angels", 8), _reports("boston", 7)
    assert marker(group_a, group_b) in {"angels", "boston"}


def test_words_shared_evenly_mark_nothing():
    # one story cut in two: the same words on both sides, a side word in half of each group
    group_a, group_b = _reports("angels", 8, "vegas"), _reports("angels", 7, "vegas")
    assert marker(group_a, group_b) is None


def test_small_groups_need_stronger_evidence():
    # three reports against three: even a word in all of one side and none of the other is
    # not rare enough by chance (1 in 20) once the words tested are counted
    group_a, group_b = _reports("angels", 3), _reports("boston", 3)
    for j in range(15):  # side words, each in one report on either side (so tested, never markers)
        group_a[j % 3].add(f"side{j}")
        group_b[j % 3].add(f"side{j}")
    assert marker(group_a, group_b) is None
    assert marker(group_a * 3, group_b * 3) in {"angels", "boston"}  # nine against nine is enough
    assert marker([], _reports("boston", 3)) is None


def _unit(*xs: float) -> np.ndarray:
    v = np.zeros(384, dtype=np.float32)
    v[: len(xs)] = xs
    return v / np.linalg.norm(v)


def _two_offers() -> tuple[OnlineClusterer, list[str], dict, dict]:
    """One story forced together: eight reports of one club's offer, eight of another's, whose
    embeddings barely tell them apart (so the agreement gap alone stays small)."""
    c = OnlineClusterer(ClusterParams())
    docs, vectors, members = {}, {}, []
    for i in range(16):
        club = "angels" if i % 2 == 0 else "boston"
        words = set(OFFER) | {club, "winter", "meetings"} | ({"agent"} if i % 3 == 0 else set())
        doc_id = f"o{i}"
        lead = f"The {club.title()} made an eight-year offer to the slugger at the winter meetings."
        docs[doc_id] = DocFeatures(doc_id, lead, None, frozenset({"slugger"}),
                                   {w: 1 / len(words) ** 0.5 for w in words}, frozenset())
        vectors[doc_id] = _unit(1.0, 0.04 if club == "angels" else -0.04, 0.01 * i)
        c.place(docs[doc_id], vectors[doc_id], 0 if i else None)
        members.append(doc_id)
    return c, members, docs, vectors


def test_marker_splits_what_the_gap_alone_keeps_whole():
    c, members, docs, vectors = _two_offers()
    sim = pair_similarity(c, [docs[m] for m in members], [vectors[m] for m in members])
    assert agreement_gap(sim, *two_groups(sim)) < 0.125
    assert split_members(c, members, docs, vectors, alpha=None) is None
    kept, other = split_members(c, members, docs, vectors)
    assert kept == [f"o{i}" for i in range(0, 16, 2)]
    assert other == [f"o{i}" for i in range(1, 16, 2)]


def test_one_sided_common_word_is_no_marker_when_only_names_count():
    # a phrasing word in every report of one group and none of the other (the cut followed it)
    group_a = [set(OFFER) | {"city"} for _ in range(8)]
    group_b = [set(OFFER) for _ in range(8)]
    assert marker(group_a, group_b) == "city"
    assert marker(group_a, group_b, accept=lambda w: name_like(w, ["the coastal city of Varossa"])) is None


def test_names_numbers_and_spelled_numbers_are_name_like():
    texts = ["A quake hit Varossa on Tuesday, killing 12.", "The coastal city of Varossa was hit in 2005."]
    assert name_like("varossa", texts)
    assert name_like("2005", texts) and name_like("6.4", []) and name_like("eight-year", [])
    assert not name_like("city", texts)
    assert not name_like("kordan", texts)  # never seen: no evidence of a name


def test_capitals_at_a_sentence_start_or_in_a_headline_say_nothing():
    texts = ["Rescuers Search City Of Varossa After Quake", "Rescuers searched the city. Rescuers left."]
    assert not name_like("rescuers", texts)
    assert not name_like("city", texts)
    assert name_like("o'brien", ["Coach Jim O’Brien was fired."])


def test_a_word_mostly_in_lower_case_is_no_name():
    assert not name_like("court", ["He told the court, the court said, before the Court of Appeal."])
    assert name_like("court", ["He told Harwick Crown Court; Harwick Crown Court heard it, the court said."])
