"""Entity types by corpus-level voting.

spaCy's small model mislabels names (a city as PERSON, a surname as WORK_OF_ART or GPE). A type is
therefore never read off one mention: each mention casts weighted votes from its NER label and its
context (a role title or an honorific before it says PERSON, "in"/"from" before it says PLACE), and
the merged group takes the heaviest type."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from storyline.corpus.entity_names import has_corporate_suffix, tokens
from storyline.corpus.entity_titles import is_role

TYPES = ("PERSON", "ORG", "PLACE", "GROUP", "OTHER")
LABEL_TYPE = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "GROUP",
    "EVENT": "OTHER", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER",
}
LABEL_WEIGHT = {"FAC": 0.5, "WORK_OF_ART": 0.5, "PRODUCT": 0.5, "EVENT": 0.5, "LAW": 0.5}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
SPEAKS = "SPEAKS"  # pending vote of a one-word speech subject, settled by entity_mentions.surname_evidence
PERSON_LIKE_LABELS = {"PERSON", "ORG", "SPEAKER", "GAZETTEER", ""}  # labels person evidence may overrule
# prepositions that take a place far more often than a person ("talks in Kyiv", "shelling near Kursk")
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|near|across|outside|inside|into|throughout|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"^['’](?:s\b|(?=\s))")  # "Kyiv's", "Sessions' reply"
# words that head the name of an organisation ("Age Concern", "Association of Police Authorities")
ORG_HEADS = {
    "concern", "centre", "center", "party", "committee", "council", "association", "authority", "authorities",
    "union", "fund", "foundation", "institute", "trust", "society", "agency", "commission", "department",
    "ministry", "office", "university", "college", "federation", "league", "alliance", "coalition",
    "campaign", "organisation", "organization", "bureau", "board", "tribunal", "parliament", "assembly",
    "service", "services", "police", "bank", "group", "network", "institution", "charity", "club",
}
_SPEECH_AFTER = re.compile(
    r"^(?:\s*,\s+[a-z][^,.\n“”\"]{1,80},)?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|argued|warned|insisted|"
    r"explained|wrote|claimed|replied|responded|stated|recalled|admitted|denied)\b")
_FAMILY_AFTER = re.compile(
    r"^['’]s?\s+(?:wife|husband|son|daughter|father|mother|brother|sister|children|family|parents|widow|"
    r"grandson|granddaughter|nephew|niece|girlfriend|boyfriend|fianc[ée]e?)\b")
_PRONOUN_NEXT = re.compile(
    r"^[^.!?\n]{0,120}(?:[.!?][”\"’']?\s+(?:He|She)\b|,\s+(?:he|she)\s+(?:said|added|says))")
# an age in apposition: "Keith Lamont Scott, 43, was killed", "Jane Doe (29)"
_AGE_AFTER = re.compile(r"^(?:,\s+\d{1,3}(?=,|\s+(?:and|was|is|who|had|has)\b)|\s+\(\d{1,3}\))")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PLATFORM_BEFORE = re.compile(r"\b(?:via|(?:tweeted|posted|wrote|written|shared|announced|said)\s+on)\s+$")
_PLATFORM_AFTER = re.compile(
    r"^\s+(?:handle|account|feed|page|post|posts|followers|users|video|livestream)\b")
_AFFILIATION_AFTER = re.compile(r"^\s+([a-z][\w-]+)\s+[A-Z]")
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"^\s*(?:[,.;:!?]|and\b|to\b)")
_PLACE_AFTER = re.compile(
    r"^\s+(?:airports?|streets?|roads?|avenue|stations?|rivers?|square|bridge|valley|county|province|"
    r"district|village)\b")


def label_vote(label: str, n_words: int) -> tuple[str, float]:
    """The type an NER label speaks for and how much it weighs; PERSON and ORG on a one-word mention
    are weak evidence (the small model calls a bare "Trump" ORG and a bare "Kyiv" PERSON)."""
    kind = LABEL_TYPE.get(label, "OTHER")
    weight = LABEL_WEIGHT.get(label, 1.0)
    if n_words == 1 and label in ("PERSON", "ORG"):
        weight = 0.5
    if label == "SPEAKER":  # a name handed over by the quote or figure stage, not by NER
        return "PERSON", 0.3
    if label == "GAZETTEER":  # a known name found again in the text: its group decides the type
        return "OTHER", 0.0
    return kind, weight


def has_org_head(text: str) -> bool:
    """A name headed by an organisation word: "Age Concern", "Labour Party", "Association of X"."""
    toks = tokens(text)
    if len(toks) < 2:
        return False
    return toks[-1] in ORG_HEADS or ("of" in toks and toks[toks.index("of") - 1] in ORG_HEADS)


def context_votes(text: str, start: int, end: int, has_title: bool,
                  has_honorific: bool, label: str = "") -> list[tuple[str, float]]:
    """Votes from the words around a mention: person evidence (a title or honorific, an age in
    apposition, a family possessive, the subject of a speech verb, he/she next), organisation evidence
    (an organisation head word, "the" before a name, a platform used "via" or "posted on") and place
    evidence."""
    votes: list[tuple[str, float]] = []
    surface, before, after = text[start:end], text[max(0, start - 20):start], text[end:end + 200]
    age = _AGE_AFTER.match(after) and label not in PLACE_LABELS  # not "Florida, 29, and Ohio, 18" (votes)
    if has_title or has_honorific or _speaker_label(text, start, end) or age:
        votes.append(("PERSON", 1.5))
    if after_place_preposition(text, start, end) or _PLACE_AFTER.match(after):
        votes.append(("PLACE", 1.0))
    if has_org_head(surface):
        return votes + [("ORG", 2.0)]
    affiliation = _AFFILIATION_AFTER.match(after) if label == "PERSON" and " " in surface.strip() else None
    if affiliation and is_role(affiliation[1]):
        return votes + [("ORG", 1.5)]  # "Lib Dem spokesman Mark Oaten": the name is an affiliation
    plural_or_one = " " not in surface.strip() or surface.rstrip().endswith("s")
    if label == "PERSON" and plural_or_one and _THE_BEFORE.search(before) and not (
            has_title or has_honorific or votes):
        return votes + [("ORG", 1.5)]  # "the Lib Dems", "the Kremlin": people take no article
    elif _PLATFORM_BEFORE.search(before) or (" " not in surface and _PLATFORM_AFTER.match(after)):
        votes.append(("ORG", 1.0))  # "via Twitter", "posted on Facebook", "the Twitter handle"
    elif " " not in surface and _ON_BEFORE.search(before) and _CLAUSE_END_AFTER.match(after):
        votes.append(("ORG", 0.5))  # "policy on Twitter." (a tie-breaker only)
    if label in PERSON_LIKE_LABELS and " " in surface.strip() and not has_corporate_suffix(surface):
        votes += _person_votes(after)
    elif (label in PERSON_LIKE_LABELS or " " not in surface.strip()) and _SPEECH_AFTER.match(after):
        # a one-word speaker: a person only if it is someone's surname; that outweighs a place label
        # ("Yatseniuk said", tagged GPE, after "Prime Minister Arseny Yatseniuk")
        votes.append((SPEAKS, 0.75 if label in PERSON_LIKE_LABELS else 1.5))
    return votes


def _speaker_label(text: str, start: int, end: int) -> bool:
    """A transcript turn label: an all-caps name opening a line, then a colon ("SANGER: Would you ...")."""
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and text[start:end].isupper() and text[end:end + 2].startswith(":")


def _person_votes(after: str) -> list[tuple[str, float]]:
    """Person evidence after a multi-word name: "X's wife", "X said", "X ... . He"."""
    if _FAMILY_AFTER.match(after):
        return [("PERSON", 1.5)]
    votes = [("PERSON", 0.75)] if _SPEECH_AFTER.match(after) else []
    if _PRONOUN_NEXT.match(after):
        votes.append(("PERSON", 0.5))
    return votes


def after_place_preposition(text: str, start: int, end: int) -> bool:
    """Is the mention at ``text[start:end]`` governed by a place preposition ("in Kyiv", not "in Kyiv's")?"""
    if _POSSESSIVE_AFTER.match(text[end:end + 3]):
        return False
    return bool(_PLACE_PREPOSITION.search(text[max(0, start - 20):start]))


def elect(votes: Iterable[tuple[str, float]]) -> str:
    """The heaviest type; ties go to the order of ``TYPES`` so the result is stable."""
    tally: Counter[str] = Counter()
    for kind, weight in votes:
        tally[kind] += weight
    if not tally:
        return "OTHER"
    return max(TYPES, key=lambda t: (tally[t], -TYPES.index(t)))


def group_type(votes: Counter[str], forms: Iterable[str]) -> str:
    """The type of a group of names: ORG when one of them carries a corporate suffix ("Hollen Coal
    Company"), else the heaviest vote."""
    if any(has_corporate_suffix(f) for f in forms):
        return "ORG"
    return elect(votes.items())


def tally(votes: Iterable[tuple[str, float]]) -> Counter[str]:
    """Summed weights per type (a pending ``SPEAKS`` vote counts for nothing)."""
    out: Counter[str] = Counter()
    for kind, weight in votes:
        if kind in TYPES:
            out[kind] += weight
    return out


def compatible(a: str, b: str) -> bool:
    """May groups of types ``a`` and ``b`` be merged? A person never merges with a place or org."""
    if a == b or "OTHER" in (a, b):
        return True
    return "PERSON" not in (a, b)
