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
    early_texts = ["Mayor Ann Roe of Tull spoke.", "Ann Roe of Tull spoke again."]
    late_texts = ["Ann Roe of Tull at Kell Court.", "At Kell Court, Ann Roe of Tull.", "Kell Court: Roe."]
    early, late = _words(early_texts), _words(late_texts)
    lines = early_texts + late_texts
    is_name = {"mayor", "ann", "roe", "tull", "kell", "court", "bo", "finn", "marl"}.__contains__
    assert main_names(early, is_name) >= {"ann", "roe", "tull"}
    assert later_phase([early, late], [[1, 2], [5, 6, 7]], "kell", is_name, lines, 2)
    assert not later_phase([early, late], [[1, 2], [5, 6, 7]], "kell", is_name, lines, 3)  # too few to judge
    assert not later_phase([early, late], [[5, 6], [1, 2, 3]], "kell", is_name, lines, 2)  # marked: earlier
    assert not later_phase([early, late], [[1, 2], [5, None, None]], "kell", is_name, lines, 2)  # one dated
    other_texts = ["Bo Finn of Marl at Kell Court.", "At Kell Court, Bo Finn.", "Kell Court: Finn."]
    other = _words(other_texts)
    assert not later_phase([early, other], [[1, 2], [5, 6, 7]], "kell", is_name, early_texts + other_texts, 2)


def test_judged_on_the_dated_articles_only():
    """An undated report in either group is left out of the judgement, not a veto."""
    early_texts = ["Ann Roe of Tull spoke.", "Ann Roe of Tull spoke again.", "Ann Roe of Tull, again."]
    late_texts = ["Ann Roe of Tull at Kell Court.", "At Kell Court, Ann Roe of Tull.",
                  "Kell Court: Roe of Tull."]
    words = [_words(early_texts), _words(late_texts)]
    is_name = {"ann", "roe", "tull", "kell", "court"}.__contains__
    lines = early_texts + late_texts
    assert later_phase(words, [[None, 1, 2], [5, 6, 7]], "kell", is_name, lines, 2)
    assert not later_phase(words, [[None, None, 2], [5, 6, 7]], "kell", is_name, lines, 2)


def test_a_spokesperson_is_no_actor_and_may_be_dropped():
    """Sergeant Holt speaks for the police in every report: the later reports may drop him, and he does
    not count among the names a phase must keep (the town and the walker do)."""
    early_texts = ["Tomas Brek is lost in Dunmore, said Sergeant Ian Holt.",
                   "Sergeant Ian Holt said Tomas Brek left Dunmore.",
                   "Ian Holt, a sergeant, said Tomas Brek of Dunmore is missing."]
    late_texts = ["Tomas Brek was found at Lake Orvel near Dunmore.", "At Lake Orvel, Tomas Brek of Dunmore.",
                  "Lake Orvel: Tomas Brek flown to Dunmore."]
    words = [_words(early_texts), _words(late_texts)]
    is_name = {"tomas", "brek", "dunmore", "sergeant", "ian", "holt", "lake", "orvel"}.__contains__
    lines = early_texts + late_texts
    assert later_phase(words, [[1, 2, 3], [5, 6, 7]], "orvel", is_name, lines, 3)
    assert later_phase(words, [[1, 2, 3], [5, 6, 7]], "holt", is_name, lines, 3)  # dropped spokesperson
    others = [t.replace("Tomas Brek", "Ada Fenn") for t in late_texts]  # the walker dropped: another case
    assert not later_phase([words[0], _words(others)], [[1, 2, 3], [5, 6, 7]], "brek", is_name,
                           early_texts + others, 3)


def test_one_place_and_a_spokesperson_are_too_little_to_tell_a_phase():
    """Only the town and the police spokesperson in common: another event in the same town."""
    early_texts = ["A man was shot in Brenmouth, Ruth Kane of Brenmouth police said.",
                   "Ruth Kane, the chief inspector, said a man was shot in Brenmouth.",
                   "A shooting in Brenmouth, Ruth Kane said."]
    late_texts = ["A boy was shot at Marlow Academy in Brenmouth, Ruth Kane said.",
                  "Ruth Kane said Marlow Academy in Brenmouth was closed.",
                  "Marlow Academy pupils in Brenmouth were sent home, Ruth Kane said."]
    words = [_words(early_texts), _words(late_texts)]
    is_name = {"brenmouth", "ruth", "kane", "marlow", "academy"}.__contains__
    assert not later_phase(words, [[1, 2, 3], [5, 6, 7]], "marlow", is_name, early_texts + late_texts, 3)


def test_two_dated_earthquakes_days_apart_split():
    quakes = [a for a in _two_quakes()]
    for a in quakes:  # the Kelmora quake four days after the Varossa one, its reports over three days
        k, i = a.id.split("-")
        a.published = f"2025-03-{(5 if k == 'kelmora' else 1) + int(i) // 2:02d}"
    stories = sorted(sorted(s.documents) for s in build_stories(quakes))
    assert stories == [[f"kelmora-{i}" for i in range(6)], [f"varossa-{i}" for i in range(6)]]


def _probe_groups(groups: list[tuple[list[str], int, bool]], prefix: str) -> list[Article]:
    """Two reports a day from ``day0`` of March 2025; the first report of a group undated when asked."""
    return [article(f"{prefix}{g}-{i}", ("", t),
                    None if undated_first and i == 0 else f"2025-03-{day0 + i // 2:02d}")
            for g, (texts, day0, undated_first) in enumerate(groups) for i, t in enumerate(texts)]


SPOKEN_A = [
    "A man was shot dead in Brenmouth on Saturday night, Chief Inspector Ruth Kane of Brenmouth police "
    "said.",
    "Brenmouth police are hunting a gunman after a man was shot dead on Saturday, Chief Inspector Ruth "
    "Kane said.",
    "Chief Inspector Ruth Kane appealed for witnesses after a fatal shooting in Brenmouth late on Saturday.",
    "A man died after being shot in Brenmouth on Saturday; Ruth Kane, the chief inspector, said no arrest "
    "had been made.",
    "Detectives in Brenmouth led by Chief Inspector Ruth Kane are investigating Saturday's fatal shooting.",
]
SPOKEN_B = [
    "A teenager was shot dead outside Marlow Academy in Brenmouth on Thursday, Chief Inspector Ruth Kane "
    "said.",
    "Brenmouth police said a boy was shot dead at the gates of Marlow Academy on Thursday; Chief Inspector "
    "Ruth Kane appealed for calm.",
    "Pupils at Marlow Academy in Brenmouth were sent home after a teenager was shot dead, Chief Inspector "
    "Ruth Kane said.",
    "Chief Inspector Ruth Kane said a second gunman may be involved in the Marlow Academy shooting in "
    "Brenmouth.",
    "Flowers were left at Marlow Academy in Brenmouth, where a teenager was shot dead; Ruth Kane said "
    "detectives were at the school.",
]
HOLT = ", said Sergeant Ian Holt"


def test_two_shootings_sharing_only_the_town_and_its_spokesperson_split():
    articles = _probe_groups([(SPOKEN_A, 1, False), (SPOKEN_B, 6, False)], "k")
    assert len(cluster_articles(articles).clusterer.stories) == 1
    stories = sorted(sorted(s.documents) for s in build_stories(articles))
    assert stories == [[f"k0-{i}" for i in range(5)], [f"k1-{i}" for i in range(5)]]


def test_walker_story_whose_later_reports_drop_the_police_spokesperson_stays_one():
    missing = [t.rstrip(".") + HOLT + "." for t in WALKER_MISSING]
    articles = _probe_groups([(missing, 1, False), (WALKER_FOUND, 6, False)], "w")
    assert len(build_stories(articles)) == 1


def test_one_undated_report_leaves_the_phase_rule_on():
    articles = _probe_groups([(WALKER_MISSING, 1, True), (WALKER_FOUND, 6, False)], "u")
    assert articles[0].published is None
    assert len(build_stories(articles)) == 1
