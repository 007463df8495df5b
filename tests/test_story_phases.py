"""Story phases: dated stories whose later reports add a name (a lake where a missing walker is found,
a film's cast, a ferry's operator) stay one story; a second event of the same kind a few days later
(another shooting in the same town, another storm) is still split off. Every text here is invented."""
from __future__ import annotations

from story_fixtures import article
from storyline.corpus.stories import build_stories, cluster_articles
from storyline.corpus.story_phases import later_phase, main_names
from storyline.model import Article
from test_story_split_one_event import _two_quakes

WALKER_MISSING = [
    "Police in Dunmore are searching the Kessel hills for walker Tomas Brek, 54, who has been missing "
    "since Saturday.",
    "Tomas Brek, an experienced walker from Dunmore, has not been seen since he set off into the Kessel "
    "hills on Saturday, police said.",
    "Volunteers joined the search for missing walker Tomas Brek in the Kessel hills above Dunmore as fog "
    "closed in.",
    "Hopes are fading for Tomas Brek, the Dunmore walker missing in the Kessel hills for three days, his "
    "family said.",
]
WALKER_FOUND = [
    "Missing walker Tomas Brek was found alive near Lake Orvel in the Kessel hills, Dunmore police said.",
    "Rescuers found Tomas Brek, the walker from Dunmore, cold but alive on the shore of Lake Orvel after "
    "five days in the Kessel hills.",
    "Tomas Brek, missing for five days in the Kessel hills, walked out of the mist beside Lake Orvel and "
    "was flown to hospital in Dunmore.",
    "A helicopter crew spotted missing Dunmore walker Tomas Brek waving from a hut at Lake Orvel in the "
    "Kessel hills.",
    "Tomas Brek, the walker rescued at Lake Orvel, left hospital in Dunmore and thanked the volunteers who "
    "searched the Kessel hills.",
]
FILM_ANNOUNCED = [
    "Director Lia Maro will adapt the novel Glass Harbour for the screen, her studio Brightwell Pictures "
    "said.",
    "Brightwell Pictures has bought the film rights to Glass Harbour and hired Lia Maro to direct the "
    "adaptation.",
    "Lia Maro is to direct a film of the best-selling novel Glass Harbour for Brightwell Pictures, the "
    "studio announced.",
    "The novel Glass Harbour is heading to cinemas: Brightwell Pictures said Lia Maro would direct the "
    "film.",
]
FILM_CAST = [
    "Ben Alder and Rosa Quill will star in Lia Maro's film of Glass Harbour, Brightwell Pictures said.",
    "Brightwell Pictures cast Ben Alder and Rosa Quill as the leads of Glass Harbour, directed by Lia "
    "Maro.",
    "Rosa Quill joins Ben Alder in Glass Harbour, the Lia Maro adaptation that Brightwell Pictures will "
    "shoot this spring.",
    "Lia Maro has found her stars for Glass Harbour: Ben Alder and Rosa Quill, Brightwell Pictures "
    "announced.",
    "Filming of Glass Harbour with Ben Alder and Rosa Quill began for Brightwell Pictures, director Lia "
    "Maro said.",
]
SHOOTING = [
    "A man was shot dead on {street} in Brenmouth on Saturday night, police said; he was named as {victim}.",
    "Police in Brenmouth named the man shot dead on {street} late on Saturday as {victim}, 31.",
    "{victim}, 31, died after being shot on {street} in Brenmouth, detectives said, appealing for "
    "witnesses.",
    "Detectives investigating the killing of {victim} on {street} in Brenmouth have arrested a 19-year-old "
    "man.",
    "Flowers were left on {street} in Brenmouth, where {victim} was shot dead on Saturday.",
]
SHOOTINGS = (("Carrow Street", "Alan Pike"), ("Hale Road", "Dana Morrow"))
MATCH = [
    "Dunmore Rovers beat {rival} 2-1 on {day} with a late goal from striker Jon Vale.",
    "A late Jon Vale goal gave Dunmore Rovers a 2-1 win over {rival} on {day}.",
    "Dunmore Rovers came from behind to beat {rival} 2-1, Jon Vale scoring the winner on {day}.",
    "Jon Vale struck in the final minute as Dunmore Rovers edged {rival} 2-1 on {day}.",
    "{rival} lost 2-1 to Dunmore Rovers on {day} after Jon Vale's late winner.",
]
MATCH_MORE = ["Manager Ed Sorn praised his side's spirit and said Dunmore Rovers could still win the league.",
              "Ed Sorn, the Dunmore Rovers manager, said the win kept his side top of the table.",
              "Dunmore Rovers stay top of the league; manager Ed Sorn said the players had earned a rest."]
MATCHES = (("Kelso Athletic", "Saturday"), ("Port Ardel", "Wednesday"))


def _dated(texts: list[str], prefix: str, first_day: int) -> list[Article]:
    """One report per text, a day apart from ``first_day`` of March 2025."""
    return [article(f"{prefix}{i:02d}", ("", t), f"2025-03-{first_day + i:02d}") for i, t in enumerate(texts)]


def _shootings() -> list[Article]:
    out = []
    for k, (street, victim) in enumerate(SHOOTINGS):
        texts = [t.format(street=street, victim=victim) for t in SHOOTING]
        out += [article(f"s{k}-{i}", ("", t), f"2025-03-{1 + 5 * k + i // 2:02d}")
                for i, t in enumerate(texts)]
    return out


def _matches() -> list[Article]:
    """One club's two wins, against two rivals four days apart, the same striker scoring and the same
    manager quoted (the reports agree too well for the gap rule: the marker and the phase rule decide)."""
    return [article(f"g{k}-{i}", ("", t.format(rival=rival, day=day) + " " + MATCH_MORE[i % 3]),
                    f"2025-03-{1 + 4 * k + i // 3:02d}")
            for k, (rival, day) in enumerate(MATCHES) for i, t in enumerate(MATCH)]


def test_walker_found_at_a_lake_named_only_then_stays_one_story():
    articles = _dated(WALKER_MISSING, "m", 1) + _dated(WALKER_FOUND, "f", 6)
    assert len(build_stories(articles)) == 1


def test_film_whose_cast_is_named_later_stays_one_story():
    articles = _dated(FILM_ANNOUNCED, "a", 1) + _dated(FILM_CAST, "c", 6)
    assert len(build_stories(articles)) == 1


def test_second_shooting_in_the_same_town_days_later_splits():
    articles = _shootings()
    assert len(cluster_articles(articles).clusterer.stories) == 1
    stories = sorted(sorted(s.documents) for s in build_stories(articles))
    assert stories == [[f"s0-{i}" for i in range(5)], [f"s1-{i}" for i in range(5)]]


def test_one_clubs_two_matches_days_apart_split():
    """The later reports keep the club and the striker but not the first rival: another event."""
    articles = _matches()
    assert len(cluster_articles(articles).clusterer.stories) == 1
    stories = sorted(sorted(s.documents) for s in build_stories(articles))
    assert stories == [[f"g0-{i}" for i in range(5)], [f"g1-{i}" for i in range(5)]]


def _words(texts: list[str]) -> list[set[str]]:
    return [{w.strip(".,:;").lower() for w in t.split()} for t in texts]


def test_later_phase_keeps_the_earlier_main_names():
    early, late = _words(["Mayor Ann Roe of Tull spoke.", "Ann Roe of Tull spoke again."]), \
        _words(["Ann Roe of Tull at Kell Court.", "At Kell Court, Ann Roe of Tull.", "Kell Court: Roe."])
    is_name = {"mayor", "ann", "roe", "tull", "kell", "court", "bo", "finn", "marl"}.__contains__
    assert main_names(early, is_name) >= {"ann", "roe", "tull"}
    assert later_phase([early, late], [[1, 2], [5, 6, 7]], "kell", is_name)
    assert not later_phase([early, late], [[5, 6], [1, 2, 3]], "kell", is_name)  # the marked group is earlier
    assert not later_phase([early, late], [[1, 2], [5, None, 7]], "kell", is_name)  # undated
    other = _words(["Bo Finn of Marl at Kell Court.", "At Kell Court, Bo Finn.", "Kell Court: Finn."])
    assert not later_phase([early, other], [[1, 2], [5, 6, 7]], "kell", is_name)  # Ann Roe, Tull not kept


def test_two_dated_earthquakes_days_apart_split():
    quakes = [a for a in _two_quakes()]
    for a in quakes:  # the Kelmora quake four days after the Varossa one, its reports over three days
        k, i = a.id.split("-")
        a.published = f"2025-03-{(5 if k == 'kelmora' else 1) + int(i) // 2:02d}"
    stories = sorted(sorted(s.documents) for s in build_stories(quakes))
    assert stories == [[f"kelmora-{i}" for i in range(6)], [f"varossa-{i}" for i in range(6)]]
