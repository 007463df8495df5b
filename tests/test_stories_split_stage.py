"""Story stage: two fires of the same kind on the same night in one town are merged by the online
pass and split again by the second pass; the split-off story is named after its earliest article."""
from story_fixtures import article
from storyline.corpus.stories import build_stories, cluster_articles, story_id

MILL = [
    ("Fire guts Dunmore paper mill",
     "A fire destroyed the Kessler paper mill in Dunmore on Tuesday night. Forty firefighters fought the "
     "blaze for six hours; owner Hal Breck said the night shift of 22 workers escaped unhurt."),
    ("Dunmore paper mill lost to overnight blaze",
     "The Kessler paper mill in Dunmore burned down overnight, owner Hal Breck said, after forty "
     "firefighters battled the flames until dawn. All 22 workers on the night shift got out."),
    ("Kessler mill fire: 22 workers escape",
     "Twenty-two workers escaped when fire swept through the Kessler paper mill in Dunmore late on "
     "Tuesday. Hal Breck, who owns the mill, thanked the forty firefighters."),
]
SAWMILL = [
    ("Fire destroys Dunmore sawmill",
     "A fire destroyed the Varga sawmill in Dunmore on Tuesday night. Twelve firefighters fought the "
     "blaze; owner Ines Varga said a stack of dry oak caught first and nobody was hurt."),
    ("Blaze at Varga sawmill in Dunmore",
     "Owner Ines Varga said the Varga sawmill in Dunmore burned on Tuesday night after dry oak planks "
     "caught fire. Twelve firefighters from the town station put it out by morning."),
    ("Dunmore sawmill burns, no injuries",
     "No one was hurt when the Varga sawmill in Dunmore burned on Tuesday night, owner Ines Varga said. "
     "A dozen firefighters saved the office building next to the oak stacks."),
]


def _fires() -> list:
    """The reports of the two fires, interleaved as a stream would bring them."""
    out = []
    for i in range(3):
        out += [article(f"mill-{i}", MILL[i], "2026-03-03"), article(f"saw-{i}", SAWMILL[i], "2026-03-03")]
    return out


def test_online_pass_alone_merges_the_two_fires():
    run = cluster_articles(_fires())
    assert len(run.clusterer.stories) == 1


def test_second_pass_splits_them_with_stable_ids():
    stories = {s.id: s.documents for s in build_stories(_fires())}
    assert stories == {story_id("mill-0"): ["mill-0", "mill-1", "mill-2"],
                       story_id("saw-0"): ["saw-0", "saw-1", "saw-2"]}


def test_split_stories_are_replayed_when_an_article_is_added():
    before = build_stories(_fires())
    late = article("saw-late", ("Sawmill owner plans to rebuild", SAWMILL[0][1]), "2026-03-04")
    after = {s.id: s.documents for s in build_stories(_fires() + [late], previous=before)}
    assert after[story_id("mill-0")] == ["mill-0", "mill-1", "mill-2"]
    assert after[story_id("saw-0")] == ["saw-0", "saw-1", "saw-2", "saw-late"]
