"""A person's name spelt two ways (compare_spelling): invented reports, entities made by hand as the
entities stage would give them (one person, several spellings)."""
from __future__ import annotations

from storyline.corpus.aliases import EntityIndex
from storyline.corpus.base import CorpusContext
from storyline.corpus.compare import CompareStage
from storyline.corpus.compare_spelling import consonant_key, misspellings
from storyline.model import Article, Entity, Span


def _articles(*texts: str) -> dict[str, Article]:
    return {f"d{i}": Article(id=f"d{i}", path=f"d{i}.txt", text=t) for i, t in enumerate(texts)}


def _person(articles: dict[str, Article], *forms: str) -> Entity:
    """One person entity with a mention of each form wherever an article holds it."""
    mentions = []
    for doc, a in articles.items():
        for form in forms:
            at = a.text.find(form)
            if at >= 0:
                mentions.append(Span(doc, at, at + len(form)))
    return Entity("p1", forms[0], "PERSON", list(forms), [], mentions)


def test_a_surname_with_another_vowel_is_a_second_spelling():
    arts = _articles("Provincial chief Anong Phromsiri said the divers would go in at dawn.",
                     "The divers went in at dawn, said Anong Phramsiri, the provincial chief.",
                     "Anong Phromsiri later thanked the volunteers. Mr Phromsiri was tired.")
    [s] = misspellings([_person(arts, "Anong Phromsiri", "Anong Phramsiri", "Mr Phromsiri")], arts)
    assert set(s.forms) == {"phromsiri", "phramsiri"}
    shown = sorted((a.id, a.text[m.start:m.end]) for a, m in s.mentions)
    assert shown == [("d0", "Anong Phromsiri"), ("d1", "Anong Phramsiri"), ("d2", "Anong Phromsiri")]


def test_romanisations_plurals_and_short_names_are_one_spelling():
    arts = _articles("Ruslan Khavkin led the rescue. Ruslan Chavkin said it was over.",
                     "Ruslan Havkin spoke. Olena Zelenskiy and Olena Zelenskyy met Wei Li and Wei Lee.",
                     "Tom Harding and Tom Hardings were there; so were Ann Tanakorn and Ann Thanakorn.")
    people = [_person(arts, "Ruslan Khavkin", "Ruslan Chavkin", "Ruslan Havkin"),
              _person(arts, "Olena Zelenskiy", "Olena Zelenskyy"), _person(arts, "Wei Li", "Wei Lee"),
              _person(arts, "Tom Harding", "Tom Hardings"), _person(arts, "Ann Tanakorn", "Ann Thanakorn")]
    assert misspellings(people, arts) == []
    assert consonant_key("Khavkin") == consonant_key("Chavkin") == consonant_key("Havkin")


def test_other_first_names_are_other_people():
    arts = _articles("Maria Ostrova and Mario Ostrovo both signed the letter.")
    assert misspellings([_person(arts, "Maria Ostrova", "Mario Ostrovo")], arts) == []


def test_the_stage_gives_a_name_record_with_both_spellings():
    arts = _articles("Provincial chief Anong Phromsiri said the divers would go in at dawn.",
                     "The divers went in at dawn, said Anong Phramsiri, the provincial chief.")
    ctx = CorpusContext(list(arts.values()))
    ctx.results["entities"] = EntityIndex([_person(arts, "Anong Phromsiri", "Anong Phramsiri")])
    CompareStage().run(ctx)
    [d] = [d for d in ctx.results["discrepancies"] if d.kind == "name"]
    assert "Anong Phromsiri" in d.about
    assert sorted(v.text for v in d.values) == ["Anong Phramsiri", "Anong Phromsiri"]


def test_a_name_hyphenated_or_run_together_is_one_spelling():
    arts = _articles("Prime Minister Prayuth Chan-ocha met Lee Jae-myung in Seoul on Monday.",
                     "Prayuth Chanocha and Lee Jaemyung signed a trade pact in Seoul.")
    people = [_person(arts, "Prayuth Chan-ocha", "Prayuth Chanocha"),
              _person(arts, "Lee Jae-myung", "Lee Jaemyung")]
    assert misspellings(people, arts) == []
    # a middle name is no second spelling either, but a surname with another vowel after one is
    arts = _articles("Anong Maria Phromsiri spoke.", "Anong Phramsiri spoke.", "Anong Phromsiri spoke.")
    [s] = misspellings([_person(arts, "Anong Maria Phromsiri", "Anong Phramsiri", "Anong Phromsiri")], arts)
    assert set(s.forms) == {"phramsiri", "phromsiri"}
