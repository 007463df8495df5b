"""Story stage: two clubs' offers to one striker, reported in the same words, are merged by the online
pass; their agreement gap is too small to split them, but the club names mark the two groups, so the
second pass splits them."""
from story_fixtures import article
from storyline.corpus.stories import build_stories, cluster_articles, story_id
from storyline.corpus.story_split import split_stories
from storyline.model import Article

OPENERS = [
    "{club} made an offer for striker Tomas Ekberg on Monday, the player's agent said.",
    "Striker Tomas Ekberg has received an offer from {club}, his agent confirmed on Monday.",
    "{club} want Tomas Ekberg: the club offered the striker a four-year contract on Monday.",
    "Tomas Ekberg, the striker, was offered a four-year deal by {club} on Monday, according to his agent.",
    "An offer from {club} reached striker Tomas Ekberg on Monday, his agent told reporters.",
    "{club} moved for Tomas Ekberg on Monday, offering the striker a four-year contract.",
]
CLOSERS = [
    "{manager} said the squad needed a forward and has watched Ekberg for a season.",
    "The club wants a striker before the transfer window closes, {manager} said.",
    "Fans have waited all summer for a signing, and {manager} has asked for a forward.",
]
CLUBS = (("rovers", "Harwick Rovers", "manager Alma Pike"),
         ("united", "Caldmoor United", "manager Jon Brask"))


def _offers() -> list[Article]:
    """Six reports of each offer; every other report names the club's manager."""
    out = []
    for i in range(6):
        for key, club, manager in CLUBS:
            closer = CLOSERS[i % 3].format(manager=manager if i % 2 == 0 else "the manager")
            text = OPENERS[i].format(club=club) + " " + closer[0].upper() + closer[1:]
            out.append(article(f"{key}-{i}", ("", text), None))
    return out


def test_online_pass_merges_the_two_offers_and_the_gap_alone_keeps_them():
    run = cluster_articles(_offers())
    assert len(run.clusterer.stories) == 1
    parts = split_stories(run.clusterer, run.feats, run.vectors, alpha=None)
    assert len(parts) == 1


def test_club_names_mark_two_offers_and_the_story_splits():
    stories = {s.id: s.documents for s in build_stories(_offers())}
    assert stories == {story_id("rovers-0"): [f"rovers-{i}" for i in range(6)],
                       story_id("united-0"): [f"united-{i}" for i in range(6)]}
