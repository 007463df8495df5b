"""Story split: reports of one event in different phrasings, and one story reported in phases (a trial:
indictment, hearing, verdict, also when the court is named only from the hearing on; a border
dispute: talks, a call, a summit), stay one story; two events
of one kind (two earthquakes in two cities and years) are split. Every text here is invented."""

from story_fixtures import article
from storyline.corpus.stories import build_stories, cluster_articles
from storyline.model import Article

# one earthquake, six openings and three closing sentences, combined two ways (a code review's case:
# the cut followed the phrasing and the word "city", in half the reports, marked it)
OPEN = [
    "A magnitude 6.4 earthquake struck the coastal city of Varossa on Tuesday, killing at least 12 people, "
    "officials said.",
    "At least 12 people died when a 6.4 magnitude quake hit Varossa on Tuesday, according to officials.",
    "An earthquake of magnitude 6.4 shook Varossa on Tuesday, leaving 12 people dead, the authorities said.",
    "Twelve people were killed on Tuesday as a strong 6.4 earthquake rocked the city of Varossa, "
    "officials said.",
    "The death toll from Tuesday's magnitude 6.4 earthquake in Varossa rose to 12, officials said.",
    "Rescuers searched rubble in Varossa after a 6.4 magnitude earthquake killed 12 people on Tuesday.",
]
MORE = ["Mayor Ilse Kordan said dozens of buildings had collapsed in the old town.",
        "Hospitals in the city treated more than 80 injured people, Mayor Ilse Kordan said.",
        "Mayor Ilse Kordan asked residents to stay outside overnight because of aftershocks."]

TRIAL_CHARGE = [
    "Prosecutors in Harwick charged former mayor Marek Dolan with fraud on Monday, accusing him of steering "
    "city contracts to a friend's firm{court}",
    "Marek Dolan, the former mayor of Harwick, was indicted on fraud charges over city building contracts"
    "{court}",
    "A grand jury in Harwick indicted ex-mayor Marek Dolan on Monday on charges that he rigged contracts for "
    "a road project{court}",
]
TRIAL_COURT = [
    "Former Harwick mayor Marek Dolan pleaded not guilty at Harwick Crown Court on Thursday to charges of "
    "fraud over city contracts.",
    "At a hearing at Harwick Crown Court, Marek Dolan, the city's former mayor, denied all fraud charges and "
    "was released on bail.",
    "Marek Dolan told Harwick Crown Court on Thursday that he was innocent of fraud, as his lawyers asked "
    "for the case to be dropped.",
    "A jury at Harwick Crown Court found former mayor Marek Dolan guilty of fraud on Friday after a "
    "three-week trial over city contracts.",
    "Marek Dolan, the former mayor of Harwick, was convicted of fraud on Friday and faces up to ten years in "
    "prison, Harwick Crown Court heard.",
    "Jurors convicted ex-mayor Marek Dolan of rigging Harwick's road contracts, ending a trial that gripped "
    "the city.",
    "Harwick's former mayor Marek Dolan was found guilty of fraud on Friday; he will be sentenced next "
    "month, the court said.",
]
BORDER = [
    "Negotiators for President Anya Sorel of Eldoria and Tavonia's President Dario Venn began talks on "
    "Tuesday on ending the border dispute.",
    "Eldoria and Tavonia opened talks over the disputed border on Tuesday; presidents Anya Sorel and Dario "
    "Venn called the first session useful.",
    "Talks on the border dispute between Eldoria and Tavonia started on Tuesday, the offices of Anya Sorel "
    "and Dario Venn said.",
    "President Anya Sorel of Eldoria and Tavonia's President Dario Venn spoke by phone on Friday about the "
    "border dispute.",
    "In a phone call on Friday, President Anya Sorel and President Dario Venn agreed to keep the border "
    "talks going, Eldoria said.",
    "Eldoria's Anya Sorel and Tavonia's Dario Venn discussed the border dispute by telephone on Friday, "
    "their offices said.",
    "Presidents Anya Sorel and Dario Venn met at a summit on Monday and signed a deal ending the border "
    "dispute between Eldoria and Tavonia.",
    "Eldoria and Tavonia ended their border dispute at a summit on Monday, where President Anya Sorel and "
    "President Dario Venn signed an accord.",
    "At Monday's summit, Eldoria's Anya Sorel and Tavonia's Dario Venn shook hands on a border deal after "
    "months of talks.",
    "The border dispute between Eldoria and Tavonia is over: presidents Anya Sorel and Dario Venn signed the "
    "deal at a summit on Monday.",
]
QUAKE_OPEN = [
    "A magnitude {mag} earthquake struck {city} on Tuesday, killing {dead} people, officials said.",
    "At least {dead} people died when a {mag} quake hit {city} on Tuesday, officials said.",
    "An earthquake of magnitude {mag} shook {city} on Tuesday, leaving {dead} people dead.",
    "Rescuers in {city} searched the rubble after a {mag} magnitude earthquake killed {dead} people.",
    "The death toll from Tuesday's earthquake in {city} rose to {dead}, the authorities said.",
    "A strong earthquake of magnitude {mag} rocked {city} on Tuesday; {dead} people were killed.",
]
QUAKE_MORE = ["{gov} said dozens of buildings had collapsed in the {year} quake.",
              "Hospitals treated more than 80 injured people, {gov} said.",
              "It was the strongest earthquake to hit the region since records began, {gov} said of the "
              "{year} disaster."]
QUAKES = (("varossa", "Varossa", "2019", "6.1", "eight", "Governor Lena Ostrik"),
          ("kelmora", "Kelmora", "2023", "6.4", "fourteen", "Governor Pavel Dresk"))


def _one_quake() -> list[Article]:
    """Twelve reports of one earthquake: each opening with two different closing sentences."""
    return [article(f"{'ab'[k]}{i}", ("", OPEN[i] + " " + MORE[(i + k) % 3]), "2025-03-04")
            for i in range(6) for k in range(2)]


def _phases(texts: list[str], prefix: str, per_phase: int = 3) -> list[Article]:
    """One report per text, a week between phases of ``per_phase`` reports (the third takes the rest)."""
    days = [3 + 7 * min(i // per_phase, 2) + i % per_phase for i in range(len(texts))]
    return [article(f"{prefix}{i:02d}", ("", t), f"2025-03-{day:02d}")
            for i, (t, day) in enumerate(zip(texts, days, strict=True))]


def _trial(court_named_at_charge: bool) -> list[Article]:
    court = ", and he will appear at Harwick Crown Court." if court_named_at_charge else "."
    return _phases([t.format(court=court) for t in TRIAL_CHARGE] + TRIAL_COURT, "t")


def _two_quakes() -> list[Article]:
    return [article(f"{key}-{i}", ("", opener.format(mag=mag, city=city, dead=dead) + " "
                                   + QUAKE_MORE[i % 3].format(gov=gov, year=year)), None)
            for key, city, year, mag, dead, gov in QUAKES for i, opener in enumerate(QUAKE_OPEN)]


def test_one_event_in_two_phrasings_stays_one_story():
    articles = _one_quake()
    assert len(cluster_articles(articles).clusterer.stories) == 1
    assert len(build_stories(articles)) == 1


def test_trial_reported_in_three_phases_stays_one_story():
    assert len(cluster_articles(_trial(True)).clusterer.stories) == 1
    assert len(build_stories(_trial(True))) == 1


def test_border_talks_call_and_summit_stay_one_story():
    articles = _phases(BORDER, "d")
    assert len(cluster_articles(articles).clusterer.stories) == 1
    assert len(build_stories(articles)) == 1


def test_trial_whose_court_appears_only_from_the_hearing_stays_one_story():
    assert len(build_stories(_trial(False))) == 1


def test_two_earthquakes_in_two_cities_split():
    articles = _two_quakes()
    assert len(cluster_articles(articles).clusterer.stories) == 1
    stories = sorted(sorted(s.documents) for s in build_stories(articles))
    assert stories == [[f"kelmora-{i}" for i in range(6)], [f"varossa-{i}" for i in range(6)]]
