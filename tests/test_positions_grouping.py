"""positions.group_candidates: one position per actor, kind and overlapping content words."""
from __future__ import annotations

import random

from storyline.corpus.positions import SAME_POSITION, _Candidate, _jaccard, content_words, group_candidates


def cand(actor: str, kind: str, doc: str, start: int, text: str) -> _Candidate:
    return _Candidate(actor, actor.upper(), kind, doc, start, start + len(text), text)


def reference(cands: list[_Candidate]) -> list[list[tuple[str, int]]]:
    """The plain definition: scan every earlier group, join the first of the same actor and kind."""
    groups: list[list[_Candidate]] = []
    for c in sorted(cands, key=lambda c: (c.actor, c.kind, c.doc, c.start)):
        for g in groups:
            if (g[0].actor, g[0].kind) == (c.actor, c.kind) and \
                    _jaccard(content_words(g[0].text), content_words(c.text)) >= SAME_POSITION:
                g.append(c)
                break
        else:
            groups.append([c])
    return [sorted({(c.doc, c.start) for c in g}) for g in groups]


def test_same_words_other_actor_or_kind_stay_apart():
    text = "talks must be based on the Geneva treaty"
    found = group_candidates([cand("e1", "condition", "a", 0, text), cand("e2", "condition", "a", 50, text),
                              cand("e1", "demand", "b", 0, text), cand("e1", "condition", "b", 9, text)])
    assert sorted((p.actor, p.kind, len(p.mentions)) for p in found) == [
        ("e1", "condition", 2), ("e1", "demand", 1), ("e2", "condition", 1)]


def test_overlapping_content_joins_first_group():
    found = group_candidates([cand("e1", "offer", "a", 0, "ready to release all prisoners"),
                              cand("e1", "offer", "b", 0, "ready to release the prisoners at once"),
                              cand("e1", "offer", "c", 0, "willing to reopen the border crossings")])
    assert sorted(len(p.mentions) for p in found) == [1, 2]


def test_matches_the_plain_definition():
    rng = random.Random(7)
    words = ["ceasefire", "prisoners", "border", "talks", "treaty", "troops", "aid", "sanctions", "election",
             "port", "grain"]
    cands = [cand(f"e{rng.randrange(6)}", rng.choice(["demand", "offer", "refusal"]), f"d{rng.randrange(5)}",
                  i * 10, " ".join(rng.sample(words, 3))) for i in range(400)]
    got = [sorted((m.doc, m.start) for m in p.mentions) for p in group_candidates(cands)]
    assert got == reference(cands)
    assert len(got) < len(cands)
