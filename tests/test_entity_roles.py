"""Speakers and claimants named by a description resolve to the one entity of the document that fits."""
from __future__ import annotations

import pytest

from storyline import api
from storyline.corpus.entity_roles import RoleIndex, head_noun
from storyline.model import Entity, Span


def _entity(eid: str, name: str, kind: str, docs: list[str], titles: list[str] = ()) -> Entity:
    return Entity(eid, name, kind, [name], list(titles), [Span(d, 0, 1) for d in docs])


@pytest.mark.parametrize("text, parsed", [
    ("a shift foreman", ("foreman", {"shift"})),
    ("The head", ("head", set())),
    ("the company's lawyers", ("lawyer", {"company"})),
    ("the Kremlin", None),
    ("he", None),
    ("the man who saw it happen at night", None),
    ("Ana Ruiz", None),
])
def test_entity_roles_head_noun(text, parsed):
    assert head_noun(text) == parsed


def test_entity_roles_resolve_by_title_and_by_organisation_head():
    roles = RoleIndex([
        _entity("p1", "Piet Vos", "PERSON", ["d1", "d2"], ["shift foreman"]),
        _entity("p2", "Ana Ruiz", "PERSON", ["d1"], ["head of the Rescue Service"]),
        _entity("o1", "Harbour Ferry Company", "ORG", ["d1"]),
        _entity("o2", "Airline Pilots Association", "ORG", ["d1"]),
    ])
    assert roles.resolve("d1", "the foreman") == "p1"
    assert roles.resolve("d1", "The head") == "p2"
    assert roles.resolve("d1", "the company") == "o1"
    assert roles.resolve("d1", "the pilot") is None  # a word of a name is not what the name is built on
    assert roles.resolve("d3", "the foreman") is None  # not mentioned in that document


def test_entity_roles_two_candidates_leave_it_unresolved():
    roles = RoleIndex([
        _entity("p1", "Piet Vos", "PERSON", ["d1"], ["Dutch minister"]),
        _entity("p2", "Ana Ruiz", "PERSON", ["d1"], ["Spanish minister"]),
    ])
    assert roles.resolve("d1", "the minister") is None
    assert roles.resolve("d1", "the Spanish minister") is None  # a capitalised word: a name, not a role
    assert roles.resolve("d1", "the spanish minister") == "p2"  # a modifier picks the title that has it


FIRST = ("Rescuers reached the flooded tunnel at the Ostrava quarry on Monday, officials said.\n\n"
         "Piet Vos, a shift foreman, said the pumps had failed twice during the night.\n\n"
         "The quarry has been closed since the flooding began.\n")
SECOND = ("Workers at the Ostrava quarry returned on Tuesday as the inquiry into the flooding opened.\n\n"
          "Piet Vos told the inquiry he had warned managers about the pumps.\n\n"
          "\"We asked for new pumps three times and nobody answered,\" the foreman said.\n")


@pytest.mark.model
def test_entity_roles_description_speaker_resolves_across_articles(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    brief = api.build([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db=tmp_path / "s.db").brief
    vos = next(e["id"] for e in brief["entities"] if e["name"].endswith("Vos"))
    quote = next(q for q in brief["quotes"] if q["text"].startswith("We asked for new pumps"))
    assert quote["speaker_text"] == "the foreman"
    assert quote["speaker"] == vos


def test_entity_roles_a_title_modifier_does_not_name_the_person():
    roles = RoleIndex([
        _entity("p1", "Ed Siskel", "PERSON", ["d1"], ["city's corporation counsel"]),
        _entity("p2", "Ann Vos", "PERSON", ["d1"], ["police spokeswoman"]),
    ])
    assert roles.resolve("d1", "the city") is None  # "city" only modifies his role
    assert roles.resolve("d1", "the police") is None
    assert roles.resolve("d1", "the counsel") == "p1"
    assert roles.resolve("d1", "the spokeswoman") == "p2"
