"""Position kinds read from the parse of a stated clause (position_kinds.classify), real spaCy model."""
from __future__ import annotations

import pytest

from storyline.article.nlp import load_nlp
from storyline.corpus.position_kinds import classify


@pytest.mark.parametrize("text, cue, indirect, kind", [
    ("the talks must be based on the agreements signed in Geneva last year", "said", True, "condition"),
    ("we will sign only if the troops leave first and the border must stay open", "said", False, "condition"),
    ("There should be an immediate halt to the shelling.", "said", False, "demand"),
    ("The blockade must end now.", "said", False, "demand"),
    ("Moldova was ready for a full and unconditional truce", "told", True, "offer"),  # a named state
    ("We are willing to return to the table tomorrow.", "said", False, "offer"),
    ("We will not accept any deal that gives away our land.", "said", False, "refusal"),
    ("we reject the proposal outright", "said", False, "refusal"),
    ("full and unconditional truce", "demanded", False, "demand"),
    ("the plan", "rejected", False, "refusal"),
    ("we propose a joint commission to count the prisoners", "said", False, "proposal"),
    ("it welcomes any inquiry and would cooperate fully", "said", True, "support"),
    ("he does not favor changing the water law", "said", True, "refusal"),
    ("We want a vote on the deal before the summer.", "said", False, "demand"),
    ("The council needs to publish the figures now.", "said", False, "demand"),
    ("You must withdraw your troops from the border.", "said", False, "demand"),
    ("We support the ceasefire, but who will guarantee it?", "said", False, "support"),
])
def test_kinds(text, cue, indirect, kind):
    assert classify(load_nlp()(text), cue, indirect) == kind


@pytest.mark.parametrize("text, cue, indirect", [
    ("The rock is wet and it is moving.", "wrote", False),
    ("the war has lasted for four years", "said", True),
    ("the patient had been in declining health for months", "said", True),
    ("Torches and pitchforks are not going to be necessary.", "said", False),
    ("I don't need to do anything anymore.", "said", False),
    ("the neighbouring state has rejected every offer so far", "said", True),  # an accusation, not a refusal
    ("the jurors asked how many votes he would have to win before they would be willing to act", "said",
     True),
    ("the conditions required to end the strike were set out in June", "said", True),
    ("a sticking plaster", "called", False),
    ("How many times do we have to see this in our town?", "said", False),  # a question
    ("Do we have to accept this deal?", "said", False),
    ("the council backed off its plan to close the library", "said", True),  # a retreat
    ("the union has backed down over the pay claim", "said", True),
    ("We had to rewrite almost all the tools.", "told", False),  # a past obligation: narrative
    ("We just really wanted to make a great album.", "said", False),
    ("You need to be good and you need a lot of luck.", "said", False),  # the generic you
    ("I should like to thank the staff and the fans.", "added", False),  # a courtesy
])
def test_statements_without_a_position(text, cue, indirect):
    assert classify(load_nlp()(text), cue, indirect) is None
