"""Numbers that point somewhere instead of counting: footnotes, citations, labels, phone numbers; and
bare numbers that count nothing.

``reference_reason(text, start, end, value)`` judges the characters around a number in digits and
returns a reason code or None:

- ``"footnote"``: digits glued to a closing quote or to the end of a sentence ("of God”24",
  "survives.8 This"), or in square brackets ("[2]").
- ``"citation"``: a page, volume or issue number ("vol. 1", "no. 3", "pp. 77-91", "p. 5"), a page
  after a dated source when nothing follows it ("(Provo, 1991), 77-91;", "[Fall 1984]: 489.",
  "1832-1839, 89;"; not "in 2003, 40 people"), a verse ("Acts 9:1-8").
- ``"label"``: an identifier after a label noun ("Season 3", "Episode 4", "Chapter 2", "Flight 370",
  "Room 101", "Article 5", "Phase 2"): it names an item, it counts nothing.
- ``"phone"``: a toll-free or vanity number ("1-800-273-TALK", its "(8255)"), an emergency number
  to call ("call 911", "dial 999", "911 dispatchers").

``bare_reason(num_token)`` judges a figure for which neither a written unit nor a counted noun was
found (after coordinated figures shared theirs; percentages and money always have a unit). Such a
number stays a figure unless its parse shows it does not count:

- ``"age"``: the value of "be" for a person ("since he was 13", "she is 13"; but "the toll was 40"),
  or the object of "under"/"over"/"above"/"past" after a plural noun ("people under 65").
- ``"bare"``: a small number in digits standing alone as its own sentence (a footnote), or set after a
  proper name or in apposition to a noun ("Joseph Smith Histories, 223", "Ensign, July 1993, 61-63"):
  a page of a cited source.
- ``"label"``: a number right after the noun it names ("draft 2", "Volume 1").

Numbers with a partitive "of" ("two of the bombs", "10 of whom"), subjects and objects ("killing 11 and
wounding six", "four exploded"), objects of prepositions ("fell by 1,132", "stands at 11"), numbers in
parentheses and after weekdays ("on Wednesday, four from friendly fire") stay figures.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.article.timex_patterns import WEEKDAYS

_FOOTNOTE_BEFORE = re.compile(r"(?:[^\s(\[{][”\"’]|[a-z)\]][.!?;])$")
_CITATION_BEFORE = re.compile(
    r"(?:\b(?:vol|vols|no|nos|pp|p|ch|chap|fn|para|art|ed|eds|fig|figs)\.\s*|\bpp\s+|\d:\d+[-–])$",
    re.IGNORECASE,
)
# "(Provo, 1991), 77-91", "Volume 1: 1832-1839, 89;"
_DATED_SOURCE_BEFORE = re.compile(r"\b(?:1[5-9]|20)\d\d(?:[)\]][,:]|,)\s*$")
_ENDS_REFERENCE = re.compile(r"^(?:[-–]\d+)?\s*(?:[;)\]]|[.,](?!\d)|$)")
_LABEL_BEFORE = re.compile(
    r"\b(?:[Ss]eason|[Ss]eries|[Ee]pisode|[Cc]hapter|[Vv]olume|[Pp]art|[Pp]age|[Aa]rticle|[Ss]ection|"
    r"[Cc]lause|[Pp]aragraph|[Rr]oom|[Gg]ate|[Pp]latform|[Rr]oute|[Ff]light|[Hh]ighway|[Ii]nterstate|"
    r"[Ee]xhibit|[Ff]igure|[Tt]able|[Tt]rack|[Pp]hase|[Ss]tage|[Ll]evel|[Rr]ound|[Cc]hannel|[Tt]erminal|"
    r"[Aa]partment|[Ss]uite|Number|No)\s+$"
)
# "1-800-273-8255", "800-273-TALK", "1-800-FLOWERS"
_PHONE_RUN = re.compile(
    r"\b(?:1[-. ])?\d{3}[-. ]\d{3}[-. ](?:\d{4}|[A-Z]{4,})\b|\b\d{1,4}(?:-\d{2,4})+-[A-Z]{3,}\b")
_VANITY_BEFORE = re.compile(r"\d-[A-Z]{3,}\s*\($")  # the "(8255)" spelling out "273-TALK ("
_EMERGENCY = {911.0, 999.0, 112.0}
_CALL_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|phon(?:e|ed|ing)|ring|text|to)\s+$",
                          re.IGNORECASE)
_CALL_AFTER = re.compile(r"^[\s-]*(?:calls?|callers?|dispatch\w*|operators?|emergency)\b", re.IGNORECASE)


def reference_reason(text: str, start: int, end: int, value: float, *,
                     unit_follows: bool = False) -> str | None:
    """Why the digits at ``text[start:end]`` refer to something rather than count: "footnote",
    "citation", "label", "phone"; None when they may count."""
    before, after = text[max(0, start - 24):start], text[end:end + 24]
    if _FOOTNOTE_BEFORE.search(before) or before.endswith("[") and after.startswith("]"):
        return "footnote"  # "God”24", "survives.8", "[2]"
    if _CITATION_BEFORE.search(before):
        return "citation"
    if _DATED_SOURCE_BEFORE.search(before) and _ENDS_REFERENCE.match(after):
        return "citation"
    if _LABEL_BEFORE.search(before) and not unit_follows:
        return "label"
    if _is_call_number(text, start, end, value):
        return "phone"
    return None


def _is_call_number(text: str, start: int, end: int, value: float) -> bool:
    """Inside a toll-free or vanity phone number, or an emergency number that is called."""
    lo = max(0, start - 16)
    if any(m.start() + lo <= start and end <= m.end() + lo for m in _PHONE_RUN.finditer(text[lo:end + 16])):
        return True
    before, after = text[max(0, start - 16):start], text[end:end + 16]
    if _VANITY_BEFORE.search(before):
        return True
    return value in _EMERGENCY and bool(_CALL_BEFORE.search(before) or _CALL_AFTER.match(after))


_PERSON_PRONOUNS = {"he", "she", "i", "you", "him", "her"}
_PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "child", "baby", "son", "daughter", "victim", "suspect", "teenager",
    "mother", "father", "wife", "husband", "brother", "sister", "student", "bride", "pupil",
}
_AGE_PREPS = {"under", "over", "above", "past"}


def bare_reason(tok: Token) -> str | None:
    """Why a number with no unit and no counted noun is not a figure ("bare", "label", "age"), or None
    when it may count something (see the module docstring). ``tok`` is the number's head token."""
    head = tok.head
    if tok.dep_ == "conj" and head.like_num and head.i != tok.i:
        return bare_reason(head)  # "12 and 15" is judged by "12"
    if tok.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        return "age" if _person_subject(head) else None  # "she was 13", but "the toll was 40"
    plural_before = "NNS" in (head.head.tag_, tok.doc[head.i - 1].tag_)
    if tok.dep_ == "pobj" and head.lower_ in _AGE_PREPS and plural_before:
        return "age"  # "people under 65", "voters over 60"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "two of the bombs"
    alone = all(t.is_punct or t.like_num for t in tok.sent if t.i != tok.i)
    if tok.dep_ == "ROOT" and tok.is_digit and len(tok.text) <= 3 and alone:
        return "bare"  # a number standing alone: a footnote or a list item
    if head.i < tok.i and head.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nummod", "appos", "npadvmod",
                                                                          "conj", "compound"):
        return _after_name(tok, head)
    return None


def _after_name(tok: Token, head: Token) -> str | None:
    """A number after a noun it belongs to: "draft 2", "Volume 1" (a label), "Histories, 223" (a page of
    a title); not "(16369.03 up ...)" in parentheses or "on Wednesday, four from friendly fire"."""
    before = tok.doc[tok.i - 1]
    if before.text in ("(", "[") or head.lower_ in WEEKDAYS:
        return None
    if tok.dep_ == "nummod" and before.i == head.i:
        return "label"
    return "bare" if head.pos_ == "PROPN" or tok.dep_ == "appos" else None
def _person_subject(verb: Token) -> bool:
    """Is the subject of this "be" a person (a personal pronoun, a person's name, "the girl")?"""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in _PERSON_PRONOUNS or child.ent_type_ == "PERSON":
                return True
            return child.lemma_.lower() in _PERSON_NOUNS and child.tag_ == "NN"
    return False
