"""Story names: runs of capitalised words cut at punctuation and possessives, their heads, and the
spokespersons (names mostly met as the speaker of an attribution). Every text here is invented."""
from __future__ import annotations

from storyline.corpus.story_names import heads_of, name_runs, spokespersons


def test_runs_stop_at_a_possessive_a_comma_and_a_lower_case_word():
    runs = list(name_runs(["Volunteers joined Sergeant Ian Holt's search near Lake Orvel, in Dunmore."]))
    assert [r.words for r in runs] == [("volunteers",), ("sergeant", "ian", "holt"), ("lake", "orvel"),
                                       ("dunmore",)]
    assert [r.head for r in runs] == ["volunteers", "holt", "orvel", "dunmore"]


def test_a_title_belongs_to_every_name_it_precedes():
    runs = list(name_runs(["President Anya Sorel met President Dario Venn."]))
    assert heads_of(["president", "anya"], runs) == {"president": {"sorel", "venn"}, "anya": {"sorel"}}


def test_attributions_after_apposition_of_phrase_or_said():
    lines = ["Ruth Kane, the chief inspector, said no arrest had been made.",
             "A man was shot, Chief Inspector Ruth Kane of Brenmouth police said.",
             "No one was hurt, said Ruth Kane.",
             "Ruth Kane appealed for witnesses in Brenmouth.",
             "Brenmouth police said the road was closed."]
    said = {(r.head, r.attribution()) for r in name_runs(lines)}
    assert ("kane", True) in said and ("kane", False) in said
    assert ("brenmouth", True) not in said
    assert spokespersons(name_runs(lines)) == {"kane"}  # three attributions in four mentions


def test_a_name_quoted_half_the_time_is_no_spokesperson():
    lines = ["Tomas Brek said he was cold.", "Rescuers found Tomas Brek at the lake."]
    assert spokespersons(name_runs(lines)) == set()
