"""Names NER missed: known names found again in the text.

The small spaCy model tags a name in one sentence and misses it in the next ("Zelenskiy blamed
Moscow", "the Severna-3 mine"). Once the corpus has seen a name in body text, every other
occurrence of it is a mention too. Candidates are maximal runs of capitalised words (so "Paris"
inside an untagged "Paris Hilton" is never taken for the city), looked up by folded form: linear
in the text, whatever the number of known names.

An acronym NER never tagged ("ICE") is found in a document that names its expansion in full
("Immigration and Customs Enforcement"): the initials of the organisations a document names are
known names of that document only (a stray "ICE" elsewhere may be ice)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from storyline.corpus.entity_countries import SAME_BODY
from storyline.corpus.entity_mentions import NameMention, make_mention
from storyline.corpus.entity_names import (
    HONORIFICS,
    acronym_readings,
    clean_surface,
    fold,
    is_acronym,
    last_name,
    name_key,
)
from storyline.model import Article

_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*)*")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def known_keys(known: set[str]) -> set[tuple[str, ...]]:
    """Spelling keys of the known names long enough to be matched by key ("Marta Olenych" finds
    "Marta Olenich")."""
    return {name_key(f) for f in known if " " in f or len(f) >= 6}


def known_forms(mentions: Sequence[NameMention]) -> set[str]:
    """Forms seen at least once in reliable body text, the surnames of the people among them, and
    the organisations' names without their place (``org_tails``).
    (A one-word acronym is searched for too, but only where it was not found by NER: see ``_doubtful``.)"""
    known = set()
    for m in mentions:
        if m.reliable and m.label not in ("SPEAKER", "GAZETTEER"):
            known.add(m.form)
            last = last_name(m.surface) if m.label == "PERSON" else None
            if last and len(last) >= 3:
                known.add(last)
    return known | org_tails(mentions)


PLACE_PREFIX_LABELS = ("GPE", "LOC")
TAIL_VOTE = 1.0  # an organisation vote for a name found as the tail of an organisation's name


def org_tails(mentions: Sequence[NameMention]) -> set[str]:
    """Organisations' names without the place of one or two words they open with, when two words or
    more remain ("sun times" of "Chicago Sun-Times", "water bureau" of "Portland Water Bureau")."""
    places = {m.form for m in mentions if m.reliable and m.label in PLACE_PREFIX_LABELS}
    out = set()
    for m in mentions:
        words = m.form.split()
        if m.reliable and m.label == "ORG":
            out |= {" ".join(words[k:]) for k in (1, 2)
                    if len(words) - k >= 2 and " ".join(words[:k]) in places}
    return out


ACRONYM_OF_LABELS = ("ORG", "NORP", "FAC")  # mentions whose initials may be written as an acronym
ACRONYM_MIN = 3  # letters: "ICE", "FBI"; two-letter initials ("Water Bureau" -> WB) are too often other words


def defined_acronyms(existing: Sequence[NameMention]) -> dict[str, str]:
    """Initials (folded) of the multi-word organisations among a document's mentions -> the form of
    the one organisation they stand for (initials shared by two are left out)."""
    found: dict[str, set[str]] = defaultdict(set)
    for m in existing:
        if m.label in ACRONYM_OF_LABELS and m.n_words > 1:
            for letters in acronym_readings(m.surface):
                if len(letters) >= ACRONYM_MIN:
                    found[letters].add(m.form)
    return {letters: forms.pop() for letters, forms in found.items() if len(forms) == 1}


def gazetteer_mentions(article: Article, known: set[str], existing: Sequence[NameMention],
                       keys: set[tuple[str, ...]] | None = None, tails: frozenset[str] = frozenset()
                       ) -> list[NameMention]:
    """Occurrences of known names in ``article`` that overlap none of its ``existing`` mentions, and
    of acronyms of the organisations it names."""
    mine = [m for m in existing if m.doc == article.id]
    spans = sorted((m.start, m.end) for m in mine if m.start is not None)
    starts = [s for s, _ in spans]
    lower_words = set(_LOWER_WORD.findall(article.text))
    keys = known_keys(known) if keys is None else keys
    acronyms = defined_acronyms(mine)
    out = []
    for run in _CAPITALISED_RUN.finditer(article.text):
        for start, end in _candidates(article.text, run):
            form = fold(clean_surface(article.text[start:end]))
            if form not in acronyms and not _is_known(form, known, keys):
                continue
            m = make_mention(article, start, end, "GAZETTEER", True)
            if m is None or not (_defined_acronym(m, acronyms) or _is_known(m.form, known, keys)
                                 and not _doubtful(m, lower_words)):
                break
            if _defined_acronym(m, acronyms):
                m.defines = acronyms[m.form]
            if m.form in tails:
                m.votes.append(("ORG", TAIL_VOTE))  # "Sun-Times" named by its newspaper, whatever the context
            if not _overlaps(spans, starts, m.start, m.end) or _covers(spans, starts, m):
                out.append(m)
            break
    return out


def _covers(spans: list[tuple[int, int]], starts: list[int], m: NameMention) -> bool:
    """Does a known name of several words hold every mention it overlaps, each shorter ("Liberal
    Democrats" where NER tagged only "Democrats")? Then it takes their place."""
    if m.n_words < 2:
        return False
    i = bisect_right(starts, m.end)
    hit = [(s, e) for s, e in spans[max(0, i - 8):i] if s < m.end and m.start < e]
    return all(m.start <= s and e <= m.end and e - s < m.end - m.start for s, e in hit)


def _defined_acronym(m: NameMention, acronyms: dict[str, str]) -> bool:
    return m.form in acronyms and is_acronym(m.surface)


def _is_known(form: str, known: set[str], keys: set[tuple[str, ...]]) -> bool:
    return form in known or ((" " in form or len(form) >= 6) and name_key(form) in keys)


def _doubtful(m: NameMention, lower_words: set[str]) -> bool:
    """A one-word find that may be a common word ("Hope", "Back") or a stray acronym ("U.N." for Un)."""
    return m.n_words == 1 and (m.surface.lower() in lower_words or is_acronym(m.surface))


def _candidates(text: str, run: re.Match) -> list[tuple[int, int]]:
    """The run without honorific, then, when it opens a sentence, without its first word
    ("Later Meloni left" -> "Meloni")."""
    start, end = _strip_honorific(run)
    out = [(start, end)]
    space = text.find(" ", start, end)
    opens = start == 0 or bool(re.search(r"(?:[.!?][\"”’']?\s+|\n)$", text[max(0, start - 3):start]))
    if opens and space > 0:
        out.append((space + 1, end))
    return out


def with_missed(articles: Sequence[Article], mentions: Sequence[NameMention]) -> list[NameMention]:
    """``mentions`` and every occurrence of a known name NER missed (``missed_mentions``); a mention
    inside a longer found name ("Democrats" of "Liberal Democrats") gives way to it."""
    found = missed_mentions(articles, mentions)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in found:
        spans[m.doc].append((m.start, m.end))
    kept = [m for m in mentions if m.start is None
            or not any(s <= m.start and m.end <= e for s, e in spans.get(m.doc, ()))]
    return kept + found


def other_names(article: Article, existing: Sequence[NameMention]) -> list[NameMention]:
    """The other names of a body the article names (``SAME_BODY``: "No 10" and "Number 10" in an
    article naming "Downing Street"), of two words or more, written capitalised, where no mention is."""
    mine = [m for m in existing if m.doc == article.id and m.start is not None]
    forms = {m.form.removeprefix("the ") for m in mine}
    out: list[NameMention] = []
    for row in SAME_BODY:
        if not forms & set(row):
            continue
        for alt in (f for f in row if " " in f and f not in forms):
            hits = [h for h in _written(alt).finditer(article.text)
                    if h.group()[0].isupper() and _names_the_body(article.text, h, row)]
            found = [make_mention(article, h.start(), h.end(), "GAZETTEER", True) for h in hits
                     if not any(m.start < h.end() and h.start() < m.end for m in mine)]
            out += [m for m in found if m is not None]
    return out


# nouns a number counts that make "No 10" no seat of government ("the No 10 shirt", "No. 10 seed")
NUMBERED_THINGS = frozenset({"shirt", "shirts", "jersey", "seed", "spot", "pick", "ranking", "rank",
                             "position", "bus", "route", "platform", "slot", "player", "striker"})
_BEFORE_A_NUMBER = re.compile(r"(?:['’]s|\bworld)\s+$", re.IGNORECASE)  # "England's No 10", "world No. 10"
_NEXT_WORD = re.compile(r"\s+([\w’']+)")


def _names_the_body(text: str, hit: re.Match, row: tuple[str, ...]) -> bool:
    """Is another name of a body, found as written ("No 10"), that body rather than a number: not
    someone's number or a ranking ("England's No 10", "world No. 10"), not a numbered thing ("the No 10
    shirt") and not a house number ("Number 10 Elm Road"; "No 10 Downing Street" is the seat itself)?"""
    if _BEFORE_A_NUMBER.search(text, max(0, hit.start() - 8), hit.start()):
        return False
    nxt = _NEXT_WORD.match(text, hit.end())
    if not nxt:
        return True
    word = nxt.group(1)
    if word[0].isupper():
        rest = fold(text[nxt.start(1):nxt.start(1) + 40])
        return any(rest.startswith(f) for f in row)
    return word.lower() not in NUMBERED_THINGS


@lru_cache(maxsize=256)
def _written(form: str) -> re.Pattern[str]:
    """A folded name as it may be written: any case, a dot after a word ("No. 10")."""
    return re.compile(r"(?<![\w’'])" + r"\.?\s+".join(re.escape(w) for w in form.split()) + r"(?![\w’'])",
                      re.IGNORECASE)


def missed_mentions(articles: Sequence[Article], mentions: Sequence[NameMention]) -> list[NameMention]:
    """Every occurrence of a known name that NER did not tag, over all ``articles``, and the other
    names of the bodies each names (``other_names``)."""
    known = known_forms(mentions)
    keys = known_keys(known)
    tails = frozenset(org_tails(mentions))
    by_doc: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    out: list[NameMention] = []
    for article in articles:
        found = gazetteer_mentions(article, known, by_doc[article.id], keys, tails)
        out += found + other_names(article, by_doc[article.id] + found)
    return out


def _strip_honorific(run: re.Match) -> tuple[int, int]:
    """The run without a leading "Mr"/"Dr" (the mention keeps it as its honorific)."""
    first = run.group().split()[0].rstrip(".")
    if first.lower() in HONORIFICS and " " in run.group():
        return run.start() + run.group().index(" ") + 1, run.end()
    return run.start(), run.end()


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, end)
    return any(s < end and start < e for s, e in spans[max(0, i - 8):i])
