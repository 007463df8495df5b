"""What kind of thing a count counts ("30 political experts", "3,000 American troops") and whether two
counts' kinds exclude each other.

Kind words fall into dimensions, and two counts are of different kinds only when, in some dimension
both use, no word of one matches a word of the other:
- *proper*: a capitalised word, mostly a nationality or a country ("American", "U.S.", "Ukrainian");
  a demonym matches its country ("Ukrainian" and "Ukraine", "American" and "U.S.");
- *age*: "young", "elderly", "teenage" ...;
- *stance*: "anti-government", "pro-democracy": only the same target with the opposite sign, or the
  same sign for different named sides ("pro-Russian" vs "pro-Ukrainian"), excludes;
- *other*: every other word ("political" vs "conservative foreign policy"), matched by lemma.
So "12 Palestinian children" and "18 young children" may be one count (no shared dimension), while
"15 Russian soldiers" and "20 Ukrainian soldiers" are not."""
from __future__ import annotations

import re

from storyline.corpus.compare_scope import tokens_in
from storyline.corpus.entity_countries import SAME_COUNTRY
from storyline.model import Figure

# modifiers that say how sure or how complete a count is, or what state its members are in (which the
# measure words compare), not which group it counts
_NOT_KIND = {
    "total", "estimated", "confirmed", "reported", "known", "official", "possible", "potential", "likely",
    "full", "entire", "whole", "overall", "combined", "only", "single", "individual", "separate",
    "different", "various", "several", "own", "such", "additional", "extra", "new", "recent", "current",
    "final", "first", "last", "next", "previous", "same", "other", "more", "many", "few", "least", "most",
    "missing", "dead", "alive", "injured", "wounded", "trapped", "stranded", "displaced", "homeless",
}
AGE_WORDS = {"young", "younger", "youngest", "old", "older", "oldest", "elderly", "aged", "teenage",
             "teen", "adult", "underage", "minor", "infant", "newborn", "baby", "little", "small", "juvenile"}
_STANCE = re.compile(r"^(anti|pro)-(.+)$", re.I)
# demonyms that no suffix rule reaches ("British" -> "britain")
IRREGULAR_DEMONYMS = {
    "british": "britain", "french": "france", "dutch": "netherlands", "swiss": "switzerland",
    "greek": "greece", "welsh": "wales", "irish": "ireland", "scottish": "scotland", "english": "england",
    "thai": "thailand",
    "filipino": "philippines", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
    "polish": "poland", "spanish": "spain", "turkish": "turkey", "kurdish": "kurdistan",
    "afghan": "afghanistan",
}
_DEMONYM_SUFFIX = re.compile(r"(?:ian|ean|an|ese|ish|i|n)$")
_VOWELS = "aeiouy"
_COUNTRY_GROUP = {key: i for i, names in enumerate(SAME_COUNTRY) for name in names
                  for key in (name.replace(" ", ""), name.replace(" ", "").rstrip(_VOWELS))}


def unit_token(doc, offset: int, figure: Figure):
    """The token of a figure's unit in the parse of its sentence (``offset``: the sentence's start):
    its last noun, else its last token that is not a number."""
    toks = [t for t in tokens_in(doc, figure.start - offset, figure.end - offset) if not t.like_num]
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
    return (nouns or toks or [None])[-1]


def _words_between(doc, first: int, end: int) -> list[list]:
    """Tokens of ``doc[first:end]`` grouped into written words: "anti", "-", "government" is one."""
    groups: list[list] = []
    for t in doc[first:end]:
        if groups and groups[-1][-1].whitespace_ == "" and (t.text == "-" or groups[-1][-1].text == "-"):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


def _kind_word(group: list) -> str | None:
    """The kind a written word names (see the module docstring), or None: proper words keep their
    capital ("American"), others are lower-case lemmas; punctuation, participles and ``_NOT_KIND`` are
    no kind."""
    if len(group) > 1:
        text = "".join(t.text for t in group)
        return text if text[0].isupper() else text.lower()
    t = group[0]
    if not any(c.isalpha() for c in t.text) or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    if t.tag_ in ("VBN", "VBG") or t.lemma_.lower() in _NOT_KIND:
        return None
    return t.text if t.text[0].isupper() and t.i > 0 else t.lemma_.lower()


def is_unit_word(word: str, unit: str) -> bool:
    """Does ``word`` (a lemma) name ``unit`` itself ("soldier" for soldiers; "person" and "people")?"""
    word, unit = word.lower(), unit.lower()
    if not unit:
        return False
    forms = {unit, unit + "s", unit + "es", unit[:-1] + "ies"}
    if unit in ("person", "people"):
        forms |= {"person", "people", "persons"}
    return word in forms


def qualifiers(doc, offset: int, figure: Figure) -> set[str]:
    """What kind of thing a count counts, as said between its number and its unit: the adjectives and
    nouns modifying the unit ("30 political experts" -> {"political"}, "2,000 U.S. troops" -> {"U.S."},
    "50,000 anti-government protesters" -> {"anti-government"}); see ``_kind_word``. The phrase ends at
    the first word naming the figure's unit ("2,500 soldiers dying each week" -> no kind)."""
    unit = unit_token(doc, offset, figure)
    numbers = [t.i for t in doc if t.like_num and figure.start - offset <= t.idx < figure.end - offset]
    if unit is None or not numbers:
        return set()
    named = figure.unit or ""
    end = next((t.i for t in doc[max(numbers) + 1:unit.i] if is_unit_word(t.lemma_, named)), unit.i)
    words = {w for w in (_kind_word(g) for g in _words_between(doc, max(numbers) + 1, end)) if w}
    if title_case(doc):  # a headline's capitals say nothing of nationality ("18 Young Children")
        return {w.lower() for w in words}
    return words


def title_case(doc) -> bool:
    """Is the sentence written in title case (most of its words of four letters or more capitalised)?"""
    long_words = [t.text for t in doc if t.is_alpha and len(t.text) >= 4]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) > 0.7 * len(long_words)


def _dimension(word: str) -> str:
    if _STANCE.match(word):
        return "stance"
    if word[0].isupper():
        return "proper"
    return "age" if word in AGE_WORDS else "other"


def _country_keys(word: str) -> set[str]:
    """Keys of a proper word that a demonym shares with its country: "Ukrainian" and "Ukraine" share
    "ukrain", "German" and "Germany" "german", "American" and "U.S." the United States' group."""
    folded = re.sub(r"[^a-z]", "", word.lower())
    folded = IRREGULAR_DEMONYMS.get(folded, folded)
    stem = _DEMONYM_SUFFIX.sub("", folded) if len(folded) > 5 else folded
    keys = {k for k in (folded.rstrip(_VOWELS), stem.rstrip(_VOWELS)) if k} or {folded}
    groups = {_COUNTRY_GROUP[k] for k in keys | {folded} if k in _COUNTRY_GROUP}
    return keys | {f"#{g}" for g in groups}


def _stance_clash(x: str, y: str) -> bool:
    mx, my = _STANCE.match(x), _STANCE.match(y)
    same_target = bool(_country_keys(mx.group(2)) & _country_keys(my.group(2)))
    if mx.group(1).lower() != my.group(1).lower():
        return same_target
    named = mx.group(2)[:1].isupper() and my.group(2)[:1].isupper()  # "pro-Russian" vs "pro-Ukrainian"
    return not same_target and named


def _match(x: str, y: str, dimension: str) -> bool:
    if dimension == "proper":
        return bool(_country_keys(x) & _country_keys(y))
    if dimension == "stance":
        return not _stance_clash(x, y)
    return x == y


def different_kinds(kinds_a: set[str], kinds_b: set[str]) -> bool:
    """Do two counts count different kinds of things: in a dimension both use, no word of one matches a
    word of the other (see the module docstring)?"""
    for dim in {_dimension(w) for w in kinds_a} & {_dimension(w) for w in kinds_b}:
        xs = [w for w in kinds_a if _dimension(w) == dim]
        ys = [w for w in kinds_b if _dimension(w) == dim]
        if dim == "stance":
            if any(not _match(x, y, dim) for x in xs for y in ys):
                return True
        elif not any(_match(x, y, dim) for x in xs for y in ys):
            return True
    return False


CASUALTY_WORDS = {"deaths", "injuries", "losses"}  # measure-word families of what happened to people


def kind_apart(shared: set[str], words_a: set[str], kinds_a: set[str], words_b: set[str],
               kinds_b: set[str]) -> set[str]:
    """The ``shared`` measure words that say two counts measure the same thing: a kind both counts share
    ("ill" in "47 mentally ill inmates" and "two mentally ill inmates") is none when each figure also
    says what happened to them and one says a casualty (deaths, injuries) the other does not ("sent to
    confinement" vs "deaths"); different verbs of one event ("captured 15" vs "20 ... taken") remain."""
    low_a, low_b = {k.lower() for k in kinds_a}, {k.lower() for k in kinds_b}
    if not (shared and shared <= low_a & low_b):
        return shared
    events_a, events_b = words_a - low_a, words_b - low_b
    if events_a and events_b and events_a & CASUALTY_WORDS != events_b & CASUALTY_WORDS:
        return set()
    return shared
