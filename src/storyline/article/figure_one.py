"""When a spelled "one" before a noun counts, and when it is only a determiner ("a certain").

News uses "one X" mostly to introduce someone or something, not to count it: "one study found",
"one questioner claimed", "with one notable exception", "one piece of the puzzle". A reader takes "one"
as a count only when the sentence weighs it as a quantity. ``determiner_one(num)`` (``num`` is the token
"one") is True for the determiner use; "one" stays a figure when:

- a word of degree is before it: "only one", "just one", "at least one", "more than one", "nearly one";
- another number in its sentence stands against it: "one person was killed and three were hurt", "one
  in five", "by eight to one" (not when "one X" is itself the source of a report: "Though the plan costs
  $4 trillion, one study found ...");
- its noun is the subject or object of a verb of harm, capture, loss or tally ("one person was killed",
  "killed one soldier", "arrested one man", "won one seat"), or is such a noun ("one death", "one dead");
- it is an amount of change or distance: "rose by one notch", "one level below Russia".
A "One" in a title-case headline ("One Tweet Sums Up ...") introduces its noun as well.
A "one" before an abstract noun ("one piece of", "one reason", "one example") introduces it unless a
word of degree is before it; so does a "one" with a describing word before its noun ("one notable
exception") when nothing above makes it a count. A bare "one man" with none of these stays a figure
(NewsQuant's convention counts it).

A "one" before a unit ("one year", "one percent") is measured, not judged here.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.article.numbers import find_numbers
from storyline.article.quote_cues import EVIDENCE_VERBS, cites_evidence, is_cue

_DEGREE_BEFORE = re.compile(
    r"\b(?:only|just|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|"
    r"exactly|precisely|roughly|approximately|up\s+to|no\s+more\s+than|but|merely|barely|still)\s+$",
    re.IGNORECASE,
)
COUNT_VERBS = {
    "kill", "die", "injure", "wound", "hurt", "shoot", "stab", "arrest", "detain", "charge", "convict",
    "jail", "sentence", "rescue", "save", "free", "release", "capture", "kidnap", "abduct", "hospitalise",
    "hospitalize", "evacuate", "treat", "infect", "test", "confirm", "elect", "win", "lose", "score",
    "concede", "gain", "hold", "miss", "survive", "remain", "count", "record", "report", "find", "recover",
    "identify", "seize", "destroy", "damage", "down", "sink", "fire", "launch", "deport", "execute",
}
COUNT_NOUNS = {"death", "dead", "fatality", "casualty", "injury", "injured", "case", "victim", "survivor",
               "goal", "seat", "vote", "point", "run", "wicket", "try", "medal", "win", "defeat", "loss"}
_OBJECT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr")
# nouns "one" introduces rather than counts: "one piece of the puzzle", "one reason is ..."
ABSTRACT_NOUNS = {
    "piece", "part", "kind", "sort", "type", "example", "reason", "way", "thing", "aspect", "form",
    "exception", "question", "problem", "issue", "factor", "element", "instance", "area", "side", "source",
}
# adjectives that add to a count rather than describe: "one more year", "one extra seat"
_QUANTITY_ADJ = {"more", "less", "fewer", "extra", "additional", "further", "single", "last", "final", "full",
                 "whole", "entire", "other", "same"}
_DEGREE_AFTER = {"below", "above", "behind", "ahead", "short", "more", "less", "fewer", "higher", "lower",
                 "better", "worse", "up", "down", "off", "clear"}


def determiner_one(num: Token) -> bool:
    """Is this "one" (before its noun) a determiner rather than a count (see the module docstring)?"""
    if num.lower_ != "one":
        return False
    doc = num.doc
    if _DEGREE_BEFORE.search(doc.text[max(0, num.idx - 24):num.idx]):
        return False
    noun = num.head if num.dep_ in ("nummod", "quantmod") and num.head.pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        return False
    if _reports(noun) or noun.lemma_.lower() in ABSTRACT_NOUNS or _headline(num, noun):
        return True
    if noun.lemma_.lower() in COUNT_NOUNS or _counted_by_verb(noun) or _amount(noun) or _other_number(num):
        return False
    return _described(num, noun)


def _described(num: Token, noun: Token) -> bool:
    """A describing word between "one" and its noun ("one notable exception", "one female contestant"):
    "one" introduces a kind of thing; a bare "one man" may still count."""
    between = num.doc[num.i + 1:noun.i]
    return any(t.pos_ == "ADJ" and t.dep_ == "amod" and t.ent_type_ != "NORP"
               and t.lower_ not in _QUANTITY_ADJ for t in between)


def _reports(noun: Token) -> bool:
    """Is the noun the subject of a reporting verb or of a verb stating a finding ("one study found")?"""
    while noun.dep_ in ("compound", "appos") and noun.head.i != noun.i:
        noun = noun.head  # "one Twitter user @handle pointed out"
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return is_cue(head) or cites_evidence(head) or head.lemma_.lower() in EVIDENCE_VERBS


def _headline(num: Token, noun: Token) -> bool:
    """A capitalised "One" in a title-case headline ("One Tweet Sums Up The Debate"), not a toll."""
    words = [t for t in num.sent if t.is_alpha]
    capitals = sum(1 for t in words if t.text[:1].isupper())
    return num.text == "One" and noun.text[:1].isupper() and len(words) >= 4 and capitals >= 0.8 * len(words)


def _counted_by_verb(noun: Token) -> bool:
    """Subject or object of a verb of harm, capture, loss or tally ("one soldier was killed")."""
    node = noun
    if node.dep_ == "pobj" and node.head.dep_ == "agent":
        return False  # "killed by one man" counts the victims, not the attacker
    while node.dep_ in ("conj", "appos") and node.head is not node:
        node = node.head
    return node.dep_ in _OBJECT_DEPS and node.head.lemma_.lower() in COUNT_VERBS


def _amount(noun: Token) -> bool:
    """An amount of change or distance: "rose by one notch", "one level below Russia", "one seat short"."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.text in _DEGREE_AFTER:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.pos_ == "VERB"


def _other_number(num: Token) -> bool:
    """Another number in the sentence of ``num`` (not a year): a contrast that makes "one" a count."""
    sent = num.sent
    for found in find_numbers(sent.text):
        start = sent.start_char + found.start
        if start == num.idx:
            continue
        surface = sent.text[found.start:found.end]
        if re.fullmatch(r"1[89]\d\d|20\d\d", surface):
            continue
        return True
    return False
