"""Merge rules for one name written two ways: the same words up to transliteration ("Zelenskiy",
"Zelenskyy"), run together ("RealClearPolitics"), a loose key (Chavkin/Khavkin), a middle name left out,
a place's last vowel (Kharkiv/Kharkov) and a person's surname spelt two ways in two reports of one story
(Osatanakorn/Osoththanakorn)."""
from __future__ import annotations

import re
from collections import defaultdict

from storyline.corpus.entity_forms import FormStat, UnionFind, group_types, join_compatible
from storyline.corpus.entity_names import (
    key_is_distinctive,
    loose_name_key,
    name_key,
    skeleton,
    syllables,
    tokens,
    translit_token,
    vowel_variants,
)
from storyline.corpus.entity_types import compatible


def merge_by_key(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """Forms with one transliteration key (``name_key``: "Zelenskiy"/"Zelenskyy", "Apple Inc."/"Apple")."""
    buckets: dict[tuple[str, ...], list[FormStat]] = defaultdict(list)
    for st in stats.values():
        key = name_key(st.form)
        if key and not st.acronym and (len(key) > 1 or key_is_distinctive(key[0])):
            buckets[key].append(st)  # an acronym's letters are not sounds: MIT is not "Met", GOP not "Goop"
    for key, members in sorted(buckets.items()):
        # the same words up to spelling: one name, whatever NER said; but "the Robert Kilroy-Silk Party"
        # is a party named after a person, so it joins only a compatible type
        if len(members) > 1 and len(key) > 1 and not _party_named_after(members):
            for st in members[1:]:
                uf.union(members[0].form, st.form)
        elif len(members) > 1:
            join_compatible(members, uf)


RUN_TOGETHER_MIN = 8  # letters: "RealClearPolitics"; shorter run-together words are too often other names
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


def merge_run_together(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """A brand written run together ("RealClearPolitics") and in words ("Real Clear Politics") is one
    name, whatever type NER gave the run-together word; hyphenated and spaced forms of other names
    ("Sun-Times", "Sun Times") join when their types may be merged (``_may_run_together``)."""
    buckets: dict[str, list[FormStat]] = defaultdict(list)
    for st in stats.values():
        key = st.form.replace(" ", "")
        if len(key) >= RUN_TOGETHER_MIN and not st.acronym:
            buckets[key].append(st)
    for members in buckets.values():
        spaced = [st for st in members if st.n_words > 1]
        for st in members:
            for other in spaced:
                if other is not st and _may_run_together(st, other):
                    uf.union(other.form, st.form)


def _may_run_together(a: FormStat, b: FormStat) -> bool:
    """May two forms that differ only by spaces be one name? Never a place and something else
    ("Black Rock" is no "BlackRock"); two people only when one is written run together or hyphenated
    ("Rose Mary Lopez" and "Rosemary Lopez" are two given names); else a run-together brand whatever
    its type, or compatible types."""
    if "PLACE" in (a.type, b.type) and a.type != b.type:
        return False
    joined = any(_CAMEL.match(d) or "-" in d for d in a.displays | b.displays)
    if a.type == b.type == "PERSON":
        return joined
    return joined or compatible(a.type, b.type)


def _party_named_after(members: list[FormStat]) -> bool:
    """Do the forms of one key hold a party ("... Party") and a person of the same name?"""
    return any(tokens(m.form)[-1] == "party" for m in members) and any(m.type == "PERSON" for m in members)


def merge_loose(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """Names equal under the loose key (Chavkin/Khavkin, Bogdan/Bohdan, Krasnogir/Krasnohir), when
    their types agree; one-word names only from six letters on."""
    buckets: dict[tuple[str, ...], list[FormStat]] = defaultdict(list)
    for st in stats.values():
        key = loose_name_key(st.form)
        if key and not st.acronym and (len(key) > 1 or len(key[0]) >= 6):
            buckets[key].append(st)
    for _key, members in sorted(buckets.items()):
        if len(members) > 1:
            join_compatible(members, uf)


def merge_middle_names(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """"Vladimir Putin" joins "Vladimir Vladimirovich Putin" when that is the only longer form."""
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)
    for st in stats.values():
        toks = tokens(st.form)
        if st.type == "PERSON" and len(toks) > 2:
            longer[(translit_token(toks[0]), translit_token(toks[-1]))].add(st.form)
    for st in stats.values():
        toks = tokens(st.form)
        if st.type == "PERSON" and len(toks) == 2:
            found = longer.get((translit_token(toks[0]), translit_token(toks[-1])), set())
            if len({name_key(f) for f in found}) == 1:
                uf.union(st.form, min(found))


MAX_BLOCK = 64  # a skeleton block larger than this is too generic to compare within


def merge_skeletons(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """One-word places with the same consonant skeleton whose keys differ only by the i/o of the
    last syllable (Kharkiv/Kharkov, Lviv/Lvov; see ``vowel_variants`` for the guards); both forms
    must vote PLACE. Compared only within a skeleton block."""
    blocks: dict[str, list[FormStat]] = defaultdict(list)
    for st in stats.values():
        if st.n_words == 1 and st.type != "PERSON" and not st.acronym:
            blocks[skeleton(st.form)].append(st)
    for _sk, members in sorted(blocks.items()):
        if not 1 < len(members) <= MAX_BLOCK:
            continue
        keys = [translit_token(m.form) for m in members]  # once per member, not once per pair
        for i, a in enumerate(members):
            for j in range(i + 1, len(members)):
                b = members[j]
                if a.type == b.type == "PLACE" and vowel_variants(keys[i], keys[j]):
                    uf.union(a.form, b.form)


SPELLING_SURNAME_MIN = 9  # letters: shorter surnames with one skeleton are too often two families
# ("Rahmani" and "Rahmouni", "Mansour" and "Mansouri")
SHARED_NAMES_MIN = 2  # other multi-word names two documents share to be about one story


def merge_person_spellings(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """A person's surname spelt two ways in two reports of one story ("Narongsak Osatanakorn",
    "Narongsak Osoththanakorn"): two-word people with the same given name (up to transliteration) and
    long surnames of one first letter, consonant skeleton (``skeleton``: vowels and a silent h apart) and
    number of syllables (a romanisation spells a vowel two ways, it adds none: "Mohammadian" is not
    "Mahmoudian").
    Only when those are the only two such spellings, no document names both (two people there, say
    two brothers) and their documents share other multi-word names (one story)."""
    types = group_types(stats, uf)
    docs: dict[str, set[str]] = defaultdict(set)
    blocks: dict[tuple[str, str], set[str]] = defaultdict(set)
    for st in stats.values():
        toks, root = tokens(st.form), uf.find(st.form)
        docs[root] |= st.docs
        if types[root] == "PERSON" and len(toks) == 2 and len(toks[1]) >= SPELLING_SURNAME_MIN:
            blocks[(translit_token(toks[0]), skeleton(toks[1]), syllables(toks[1]))].add(root)
    for _key, roots in sorted(blocks.items()):
        if len(roots) != 2:
            continue
        a, b = sorted(roots)
        if not docs[a] & docs[b] and _one_story(stats, uf, docs[a], docs[b], {a, b}):
            uf.union(a, b)


def _one_story(stats: dict[str, FormStat], uf: UnionFind, docs_a: set[str], docs_b: set[str],
               skip: set[str]) -> bool:
    """Do two sets of documents name at least ``SHARED_NAMES_MIN`` of the same other multi-word names?"""
    shared = {uf.find(st.form) for st in stats.values()
              if st.n_words > 1 and st.docs & docs_a and st.docs & docs_b and uf.find(st.form) not in skip}
    return len(shared) >= SHARED_NAMES_MIN
