"""Which name forms and mentions denote the same entity.

Forms (folded surfaces) are grouped by union-find over blocking keys, never by comparing all
pairs: the transliteration key (Zelenskiy/Zelenskyy, Kyiv/Kiev, "Apple Inc."/"Apple"), a
middle-name key, the consonant skeleton (Kharkiv/Kharkov; a person's surname spelt two ways in two
reports of one story, Osatanakorn/Osoththanakorn) and acronym readings (EU/European Union, DOE/US
Department of Energy), plus the few countries and bodies known by two names (``entity_countries``:
Britain/United Kingdom, Tories/Conservative Party, Downing Street/No 10).
Bare surnames are then resolved mention by mention: "Putin" joins "Vladimir Putin" when that is
the only person of that surname in its document (the nearest one before it when there are two),
or else in the corpus. People whose first names differ are never merged."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from storyline.article.given_names import given_gender
from storyline.article.speaker_words import FEMALE_WORDS, MALE_WORDS
from storyline.corpus.entity_countries import ONE_BODY_ANYWHERE, SAME_BODY, country_links
from storyline.corpus.entity_mentions import NameMention
from storyline.corpus.entity_names import (
    PARTICLES,
    acronym_readings,
    bare_surname,
    fold,
    has_corporate_suffix,
    initials,
    is_acronym,
    key_is_distinctive,
    loose_name_key,
    name_key,
    singular,
    skeleton,
    surname_keys,
    surname_variants,
    syllables,
    tokens,
    translit_token,
    vowel_variants,
)
from storyline.corpus.entity_types import PLACE_LABELS, compatible, elect, group_type, has_org_head, tally

FULL_NAME_VOTE = 0.5  # weight a full-name mention gives its surname when one word is read alone
# bodies every country or state has: named without a place they may be another place's
EVERY_STATE_HAS = {"ministry", "court", "party", "parliament", "government", "army", "police", "senate",
                   "assembly", "congress", "house", "council", "cabinet", "bank", "navy", "military"}
# the last word a newspaper is called by ("the Times", "the Post"); not "the House" of "the White House"
NEWSPAPER_HEADS = {"times", "post", "journal", "telegraph", "guardian", "herald", "tribune", "gazette",
                   "chronicle", "observer", "independent", "mirror", "express", "globe", "examiner",
                   "inquirer", "courier"}
BRAND_HEADS = {"news"}  # "Fox News", "NBC News": a media brand, shortened to its first word
BODY_TYPES = ("ORG", "GROUP", "OTHER")  # types a party or a seat of government is given by NER
TRUNCATION_CUT = 3  # letters a clipped word drops at least ("Lib" for "Liberal", "Dem" for "Democrat")
MAX_BLOCK = 64  # a skeleton block larger than this is too generic to compare within


class UnionFind:
    """Disjoint sets of strings; the root of a set is its smallest member (stable across runs)."""

    def __init__(self, items: Sequence[str]):
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class FormStat:
    """What the corpus says about one folded form."""

    form: str
    displays: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    per_doc: Counter[str] = field(default_factory=Counter)  # mentions in each document
    acronym: bool = False
    common: bool = False  # a one-word form some document also writes in lower case ("Senate", "senate")
    placed: bool = False  # some mention's context reads as a place ("in Delta", "Delta, Georgia")
    ner_place: bool = False  # NER tagged some mention a place

    @property
    def type(self) -> str:
        return elect(self.votes.items())

    @property
    def weight(self) -> float:
        return sum(self.votes.values())

    @property
    def n_words(self) -> int:
        return len(self.form.split())


def form_stats(mentions: Sequence[NameMention]) -> dict[str, FormStat]:
    """Displays, votes and documents per form."""
    stats: dict[str, FormStat] = {}
    for m in mentions:
        st = stats.setdefault(m.form, FormStat(m.form))
        st.displays[m.surface] += 1
        st.votes.update(tally(m.votes))
        st.docs.add(m.doc)
        st.per_doc[m.doc] += 1
        st.acronym = st.acronym or (m.reliable and is_acronym(m.surface))
        st.common = st.common or m.common
        st.placed = st.placed or any(kind == "PLACE" for kind, _ in m.votes[1:])  # [0]: the NER label's vote
        st.ner_place = st.ner_place or m.label in PLACE_LABELS
    for st in stats.values():
        st.acronym = st.acronym and not capitals_of_a_word(st)
    return stats


def capitals_of_a_word(st: FormStat) -> bool:
    """Is an all-caps form ("TRUMP" in a transcript label or headline, "NATO") also written in
    lower or title case in the corpus ("Trump", "Nato")? Then it is that word, not an acronym
    of its own; from 4 letters on (a short "US" or "IT" stays an acronym)."""
    return len(st.form) >= 4 and any(not is_acronym(d) for d in st.displays)


def group_forms(stats: dict[str, FormStat], links: Sequence[tuple[str, str]] = ()) -> UnionFind:
    """Union-find over forms joined by transliteration, middle name, skeleton and acronym keys, and
    by the given ``links`` (an acronym and the name it was defined for)."""
    uf = UnionFind(sorted(stats))
    for a, b in sorted(links):
        if a in stats and b in stats:
            uf.union(a, b)
    for a, b in country_links(f for f, st in stats.items() if st.type == "PLACE"):
        uf.union(a, b)
    for a, b in country_links(_body_forms(stats), SAME_BODY, every_pair=True):
        # met in one document (Italy's Democrats are not the US party), or two names no other body has
        if stats[a].docs & stats[b].docs or {f.removeprefix("the ") for f in (a, b)} <= ONE_BODY_ANYWHERE:
            uf.union(a, b)
    _merge_by_key(stats, uf)
    _merge_run_together(stats, uf)
    _merge_middle_names(stats, uf)
    _merge_loose(stats, uf)
    _merge_skeletons(stats, uf)
    _merge_person_spellings(stats, uf)
    _merge_acronyms(stats, uf)
    _merge_plurals(stats, uf)  # before the merges that want one group per name ("Delta Airline(s)")
    _merge_truncations(stats, uf)
    _merge_org_heads(stats, uf)
    _merge_place_prefixed(stats, uf)
    return uf


SEATS = {row[0] for row in SAME_BODY}  # a body's own first name, a place too ("Downing Street", "Pentagon")


def _body_forms(stats: dict[str, FormStat]) -> list[str]:
    """The forms that may be linked as bodies: not a person; a place only by its context ("at No 10")
    unless it is a seat of government's first name ("Downing Street", a street): never another name NER
    tagged a place ("Number 10" of a street in Leeds)."""
    return [f for f, st in stats.items() if (st.type in BODY_TYPES + ("PLACE",) or not st.weight)
            and (not st.ner_place or f.removeprefix("the ") in SEATS)]


def _singular(form: str) -> str | None:
    """``lib dems`` -> ``lib dem``, ``tories`` -> ``tory``; None for a word too short to tell."""
    last = form.split()[-1]
    stem = singular(last)
    return None if stem == last else form[: len(form) - len(last)] + stem


def _merge_plurals(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """The plural and singular of a group or organisation name ("Lib Dems"/"Lib Dem",
    "Democrats"/"Democrat"): several words when the plural is not a person, one word only when
    both are groups (NORP); never two people ("James Evans"/"James Evan")."""
    types = group_types(stats, uf)
    for st in sorted(stats.values(), key=lambda s: s.form):
        one = _singular(st.form)
        if one is None or one not in stats or st.acronym or stats[one].acronym:
            continue
        kinds = (types[uf.find(st.form)], types[uf.find(one)])
        if (st.n_words > 1 and kinds[0] != "PERSON") or kinds == ("GROUP", "GROUP"):
            uf.union(one, st.form)


def _join_compatible(members: list[FormStat], uf: UnionFind) -> None:
    """Join each member to the heaviest earlier anchor of a compatible type (no OTHER bridges)."""
    anchors: list[FormStat] = []
    for st in sorted(members, key=lambda s: (-s.weight, s.form)):
        anchor = next((a for a in anchors if compatible(a.type, st.type)), None)
        if anchor is None:
            anchors.append(st)
        else:
            uf.union(anchor.form, st.form)


def _merge_by_key(stats: dict[str, FormStat], uf: UnionFind) -> None:
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
            _join_compatible(members, uf)


RUN_TOGETHER_MIN = 8  # letters: "RealClearPolitics"; shorter run-together words are too often other names
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


def _merge_run_together(stats: dict[str, FormStat], uf: UnionFind) -> None:
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


def _merge_loose(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """Names equal under the loose key (Chavkin/Khavkin, Bogdan/Bohdan, Krasnogir/Krasnohir), when
    their types agree; one-word names only from six letters on."""
    buckets: dict[tuple[str, ...], list[FormStat]] = defaultdict(list)
    for st in stats.values():
        key = loose_name_key(st.form)
        if key and not st.acronym and (len(key) > 1 or len(key[0]) >= 6):
            buckets[key].append(st)
    for _key, members in sorted(buckets.items()):
        if len(members) > 1:
            _join_compatible(members, uf)


def group_types(stats: dict[str, FormStat], uf: UnionFind) -> dict[str, str]:
    """The type of every group (root form) from the votes of all its forms."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, list[str]] = defaultdict(list)
    for st in stats.values():
        root = uf.find(st.form)
        votes[root].update(st.votes)
        forms[root].append(st.form)
    return {root: group_type(votes[root], forms[root]) for root in votes}


def _merge_middle_names(stats: dict[str, FormStat], uf: UnionFind) -> None:
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


def _merge_skeletons(stats: dict[str, FormStat], uf: UnionFind) -> None:
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
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                ka, kb = translit_token(a.form), translit_token(b.form)
                if a.type == b.type == "PLACE" and vowel_variants(ka, kb):
                    uf.union(a.form, b.form)


SPELLING_SURNAME_MIN = 9  # letters: shorter surnames with one skeleton are too often two families
# ("Rahmani" and "Rahmouni", "Mansour" and "Mansouri")
SHARED_NAMES_MIN = 2  # other multi-word names two documents share to be about one story


def _merge_person_spellings(stats: dict[str, FormStat], uf: UnionFind) -> None:
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


def _merge_acronyms(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """An acronym joins the one multi-word non-person name whose capitalised initials spell it. Another
    reading (``acronym_readings``: "DOE" for "US Department of Energy") needs a document naming both:
    "DOE" in a report on reactors is not the "Department of Education" of another report."""
    expansions: dict[str, list[tuple[FormStat, bool]]] = defaultdict(list)
    for st in stats.values():
        if st.n_words > 1 and st.type != "PERSON":
            display = st.displays.most_common(1)[0][0]
            for key in acronym_readings(display):
                expansions[key].append((st, key == initials(display)))
    for st in sorted(stats.values(), key=lambda s: s.form):
        if not st.acronym or st.type == "PERSON":
            continue
        roots = {uf.find(e.form): e for e, plain in expansions.get(st.form.replace(" ", ""), [])
                 if plain or e.docs & st.docs}
        choice = _pick_expansion(st, list(roots.values()))
        if choice is not None:
            uf.union(st.form, choice.form)




def _clipped(short: str, long: str) -> bool | None:
    """True when word ``short`` is ``long`` clipped ("lib"/"liberal", "dems"/"democrats"), False when
    the two are the same word, None when neither."""
    if short == long:
        return False
    a, b = singular(short), singular(long)
    return True if len(a) >= 3 and len(b) - len(a) >= TRUNCATION_CUT and b.startswith(a) else None


def _merge_truncations(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """A clipped name joins the one longer name of its type it clips word for word, in a document they
    share ("Lib Dems" / "Liberal Democrats", "Man United" / "Manchester United"); never a person or a
    place ("South Africa" is no clipped "Southern Africa"). The clipped form may have been tagged a
    person or another kind of body ("Lib Dem" read as a name): it joins an organisation or group, a
    person-tagged one only when its last word is clipped too (a surname never is: "Sam Adams" is no
    clipped "Samuel Adams")."""
    # a hyphenated name ("Sun-Times") is a compound, not a clipped "Sunday Times"
    names = [st for st in stats.values() if st.n_words > 1 and st.type != "PLACE"
             and not st.acronym and not any("-" in d for d in st.displays)]
    by_initials: dict[tuple[str, ...], list[FormStat]] = defaultdict(list)
    for st in names:
        by_initials[tuple(w[0] for w in st.form.split())].append(st)
    for st in sorted(names, key=lambda s: s.form):
        words = st.form.split()
        roots = {uf.find(o.form) for o in by_initials[tuple(w[0] for w in words)]
                 if _clip_types(st.type, o.type) and st.docs & o.docs and _clips(words, o.form.split())
                 and (st.type != "PERSON" or _clipped(words[-1], o.form.split()[-1]))}
        roots -= {uf.find(st.form)}
        if len(roots) == 1:
            uf.union(st.form, roots.pop())


def _clip_types(short: str, long: str) -> bool:
    """May a clipped name of type ``short`` stand for a long one of type ``long``? Bodies of one kind,
    or any tagging of the clipped form for an organisation or group; a person's name never is one."""
    if long in ("PERSON", "PLACE"):
        return False
    return short == long or long in BODY_TYPES and short in BODY_TYPES + ("PERSON",)


def _clips(short: list[str], long: list[str]) -> bool:
    marks = [_clipped(a, b) for a, b in zip(short, long, strict=True)]
    return None not in marks and any(marks)


def _merge_org_heads(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """A one-word name ("Ford", "Hollen", "NBC") joins the only multi-word organisation it starts
    ("Ford Motor Company", "Hollen Coal") when at least half the documents using the short name
    also use the long one (the way an article shortens a name it introduced); never a group or a
    person's surname, and a place only when it may be a firm (``_firm_place``) and every document using
    it uses the long name. A word NER took for a person ("Jacob") only joins a name with a
    corporate suffix ("Hollen Coal Company"), not a building named after someone ("Jacob Javits Center").
    Failing a first word, a newspaper's one-word name joins the only one it ends ("Times")."""
    types = group_types(stats, uf)
    starts: dict[str, set[str]] = defaultdict(set)
    ends: dict[str, set[str]] = defaultdict(set)
    incorporated, brands, surnames = set(), set(), set()
    group_docs: dict[str, set[str]] = defaultdict(set)
    for st in stats.values():
        group_docs[uf.find(st.form)] |= st.docs
    for st in stats.values():
        toks, root = tokens(st.form), uf.find(st.form)
        if len(toks) > 1 and types[root] == "ORG" and toks[1] not in ("and", "&"):
            starts[toks[0]].add(root)  # not "Alphabet and Facebook", two names NER ran together
            ends[toks[-1]].add(root)
        if has_corporate_suffix(st.form) or toks[-1] in BRAND_HEADS:
            incorporated.add(root)
            if len(toks) == 2:
                brands.add(root)
        if len(toks) > 1 and types[root] == "PERSON":
            surnames.add(toks[-1])
    for st in sorted(stats.values(), key=lambda s: s.form):
        root = uf.find(st.form)
        place = types[root] == "PLACE"
        if st.n_words != 1 or st.form in surnames or types[root] == "GROUP" or place and not _firm_place(st):
            continue
        roots = _short_name_of(st, types[root], starts.get(st.form, set()), incorporated, brands) - {root}
        if not roots and types[root] in ("ORG", "OTHER") and st.form in NEWSPAPER_HEADS:
            roots = ends.get(st.form, set()) - {root}  # "the Times" in an article on "The New York Times"
        shared = len(st.docs & group_docs[next(iter(roots))]) if len(roots) == 1 else 0
        if shared and (shared == len(st.docs) or not place and 2 * shared >= len(st.docs)):
            uf.union(st.form, roots.pop())


def _firm_place(st: FormStat) -> bool:
    """Is a one-word name read as a place maybe a firm: NER also tags it an organisation and it never
    follows a place preposition ("Delta" of "Delta Airlines": "suspended by Delta", "Delta shares")?"""
    return st.votes["ORG"] > 0 and not st.placed


def _merge_place_prefixed(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """An organisation named without its place ("Water Bureau", "Justice Department") joins the only
    one named with it ("Portland Water Bureau", "U.S. Justice Department") when every document using
    the short name also uses the long one or is about the place (names no other place more often);
    not a body every state has ("Foreign Ministry", "Supreme Court": Moscow's is not Kyiv's)."""
    types = group_types(stats, uf)
    main_place = _main_places(stats, uf, types)
    longer: dict[str, set[str]] = defaultdict(set)
    home_docs: dict[str, set[str]] = defaultdict(set)  # documents using a longer form or about its place
    for st in stats.values():
        toks = st.form.split()
        for k in (1, 2):
            place, tail = " ".join(toks[:k]), " ".join(toks[k:])
            if len(toks) - k >= 2 and place in stats and types[uf.find(place)] == "PLACE" and tail in stats:
                longer[tail].add(uf.find(st.form))
                home_docs[uf.find(st.form)] |= st.docs | {d for d in stats[place].docs
                                                         if uf.find(place) in main_place.get(d, ())}
    for tail, roots in sorted(longer.items()):
        root = uf.find(tail)
        everywhere = tail.split()[-1] in EVERY_STATE_HAS
        if len(roots - {root}) != 1 or types[root] not in ("ORG", "OTHER") or everywhere:
            continue
        other = next(iter(roots - {root}))
        if types[other] == "ORG" and stats[tail].docs <= home_docs[other]:
            uf.union(tail, other)


def _main_places(stats: dict[str, FormStat], uf: UnionFind, types: dict[str, str]) -> dict[str, set[str]]:
    """Each document's most named places (their group roots; several on a tie)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for st in stats.values():
        root = uf.find(st.form)
        if types[root] == "PLACE":
            for doc, n in st.per_doc.items():
                counts[doc][root] += n
    tops = {doc: max(places.values()) for doc, places in counts.items()}
    return {doc: {p for p, n in places.items() if n == tops[doc]} for doc, places in counts.items()}


def _short_name_of(st: FormStat, kind: str, roots: set[str], incorporated: set[str],
                   brands: set[str]) -> set[str]:
    """The organisations a one-word form may shorten by their first word: a common word ("Senate") none;
    an acronym only a two-word brand ("NBC News"); a word NER took for a person only a name with a
    corporate suffix or a brand head ("Fox News"). ``roots``: the organisations it starts."""
    if st.acronym:
        return roots & brands
    if st.common:
        return set()
    return roots & incorporated if kind == "PERSON" else roots


def _pick_expansion(acro: FormStat, options: list[FormStat]) -> FormStat | None:
    """The only expansion, or the only one sharing most documents with the acronym."""
    if len(options) == 1:
        return options[0]
    shared = sorted(((len(acro.docs & o.docs), o.form, o) for o in options), reverse=True)
    if len(shared) > 1 and shared[0][0] > shared[1][0]:
        return shared[0][2]
    return None


def assign_clusters(mentions: Sequence[NameMention], stats: dict[str, FormStat], uf: UnionFind) -> list[str]:
    """The cluster (root form) of every mention, bare surnames attached to their person."""
    types = group_types(stats, uf)
    persons = {root for root, kind in types.items() if kind == "PERSON"}
    persons |= _people_tagged_orgs(stats, uf, types)
    by_surname: dict[str, set[str]] = defaultdict(set)
    local: dict[str, list[tuple[int, str]]] = defaultdict(list)
    kin: dict[str, list[tuple[int, str]]] = defaultdict(list)  # full names introduced as relatives
    for st in stats.values():
        root = uf.find(st.form)
        if root in persons:
            for last in surname_variants(st.displays.most_common(1)[0][0]):
                for key in surname_keys(last):
                    by_surname[key].add(root)
    bare_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        root = uf.find(m.form)
        if (bare := bare_surname(m.surface)) is not None:
            for key in surname_keys(bare):
                bare_votes[key].update(tally(m.votes))
        elif root in persons and (lasts := surname_variants(m.surface)):
            (kin if m.kin else local)[m.doc].append((m.start if m.start is not None else -1, root))
            for key in {k for last in lasts for k in surname_keys(last)}:
                bare_votes[key]["PERSON"] += FULL_NAME_VOTE  # a surname used in full names is a surname
    acronyms = {st.form for st in stats.values() if st.acronym}
    clusters = [_cluster_of(m, uf, by_surname, (local, kin), bare_votes, acronyms) for m in mentions]
    return _attach_first_names(mentions, clusters, persons, set(by_surname))


def _honorific_sex(honorific: str | None) -> str:
    """"m" or "f" for a gendered honorific ("Mr", "Lady"), else ""."""
    word = fold(honorific or "")
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else ""


def _cluster_sexes(mentions: Sequence[NameMention], clusters: list[str]) -> dict[str, str]:
    """Each person cluster's sex: from its full names (their honorific, else a one-gender given name:
    "Sir Keir Starmer", "John Howard"), else from the honorifics of its bare surnames (a tie is read
    as a man: news names a man's wife more often than the reverse); "" when nothing tells."""
    full: dict[str, Counter[str]] = defaultdict(Counter)
    bare: dict[str, Counter[str]] = defaultdict(Counter)
    for m, root in zip(mentions, clusters, strict=True):
        if " " in m.surface:
            sex = _honorific_sex(m.honorific) or given_gender(m.surface)
            full[root][sex] += bool(sex)
        elif sex := _honorific_sex(m.honorific):
            bare[root][sex] += 1
    out = {}
    for root in set(full) | set(bare):
        votes = full[root] if +full[root] else bare[root]
        out[root] = "f" if votes["f"] > votes["m"] else "m" if votes["m"] else ""
    return out


def part_by_gender(mentions: Sequence[NameMention], clusters: list[str]
                   ) -> tuple[list[NameMention], list[str]]:
    """A bare surname whose honorific is of the other sex than its person ("Mrs Howard" put with John
    Howard) leaves that person: it joins the one person of that surname and sex in its document
    ("Sandra Howard"), else it stands as a titled name of its own ("Mrs Howard"). Full names never move."""
    sexes = _cluster_sexes(mentions, clusters)
    namesakes: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (doc, surname, sex) -> clusters
    for m, root in zip(mentions, clusters, strict=True):
        if " " in m.surface and sexes.get(root):
            namesakes[(m.doc, fold(m.surface.split()[-1]), sexes[root])].add(root)
    out_mentions, out_clusters = list(mentions), list(clusters)
    for i, (m, root) in enumerate(zip(mentions, clusters, strict=True)):
        sex = _honorific_sex(m.honorific)
        if " " in m.surface or not sex or sexes.get(root, sex) == sex:
            continue
        homes = namesakes.get((m.doc, m.form, sex), set())
        if len(homes) == 1:
            out_clusters[i] = next(iter(homes))
        else:
            titled = replace(m, surface=f"{m.honorific} {m.surface}", honorific=None)
            out_mentions[i], out_clusters[i] = titled, titled.form
    return out_mentions, out_clusters


def _people_tagged_orgs(stats: dict[str, FormStat], uf: UnionFind, types: dict[str, str]) -> set[str]:
    """Organisation groups that are people the small model mislabelled ("Lester Holt", "Keith Lamont
    Scott"): a name of two or three capitalised words, no organisation word or company suffix, whose
    last word the same documents use alone for a person ("Holt said")."""
    out = set()
    for st in stats.values():
        root, words = uf.find(st.form), st.form.split()
        if types[root] != "ORG" or not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
            continue
        display = st.displays.most_common(1)[0][0]
        if not all(w[:1].isupper() for w in display.split()) or has_org_head(display) \
                or has_corporate_suffix(display):
            continue
        last = stats.get(words[-1])
        if last is not None and types[uf.find(last.form)] == "PERSON" and last.docs & st.docs:
            out.add(root)
    return out


def _full_name(words: list[str]) -> bool:
    """A first name and capitalised further names ("Hillary Clinton", not "Lesotho v Malawi", "J. Smith")."""
    return len(words) > 1 and len(words[0]) > 2 and words[0].isalpha() and all(
        w[:1].isupper() or w in PARTICLES for w in words[1:])


GIVEN_NAME_HONORIFIC_SURNAME_MIN = 8  # letters of a surname in a culture writing "Mr" + given name (Thai)


def _attach_first_names(mentions: Sequence[NameMention], clusters: list[str], persons: set[str],
                        surnames: set[str]) -> list[str]:
    """A person called by first name alone ("Hillary", "Matt") joins the one person of that first name
    in the document (not one in another document: "Chelsea" the club is not Chelsea
    Clinton); never a word that is also someone's surname, nor one the corpus mostly calls a place or an
    organisation ("Jordan" the country beside Jordan Henderson). With an honorific, only a name that is
    no common English given name, of a person with a long surname: Thai news writes "Mr Anupong" for
    Anupong Paojinda, but "Dr Martin" beside Martin Luther King and "Mr Hamid" beside Hamid Karzai are
    people surnamed Martin and Hamid."""
    here: dict[tuple[str, str], set[str]] = defaultdict(set)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    long_surnames: set[str] = set()  # people a given name with an honorific may stand for
    for m, root in zip(mentions, clusters, strict=True):
        words = m.surface.split()
        votes[fold(m.surface)].update(tally(m.votes))
        if root in persons and _full_name(words):
            here[(m.doc, fold(words[0]))].add(root)
            if len(fold(words[-1]).replace(" ", "")) >= GIVEN_NAME_HONORIFIC_SURNAME_MIN:
                long_surnames.add(root)
    full = {root for m, root in zip(mentions, clusters, strict=True) if " " in m.surface}
    out = []
    for m, root in zip(mentions, clusters, strict=True):
        first, key = fold(m.surface), (m.doc, fold(m.surface))
        found = here.get(key, set())
        if (" " in m.surface or root in full or m.label != "PERSON" or first in surnames
                or m.honorific and (given_gender(m.surface) or not found <= long_surnames)
                or len(found) != 1 or votes[first]["PERSON"] < votes[first]["PLACE"] + votes[first]["ORG"]):
            out.append(root)
        else:
            out.append(next(iter(found)))
    return out


def _cluster_of(m: NameMention, uf: UnionFind, by_surname: dict[str, set[str]],
                anchors: tuple[dict[str, list[tuple[int, str]]], ...], bare_votes: dict[str, Counter[str]],
                acronyms: set[str]) -> str:
    """The person a bare surname mention belongs to, or its own form's group (an all-caps "TRUMP"
    is a surname unless the corpus only ever writes that word in capitals). Full names introduced
    as relatives ("his wife Hillary Clinton") are used only when no other full name in the
    document has that surname."""
    own = uf.find(m.form)
    bare = bare_surname(m.surface)
    if bare is None or m.form in acronyms:
        return own
    key = next((k for k in surname_keys(bare) if k in by_surname), None)
    if key is None:
        return own
    candidates = by_surname[key]
    local, kin = anchors
    here = [(pos, root) for pos, root in local.get(m.doc, []) if root in candidates]
    here = here or [(pos, root) for pos, root in kin.get(m.doc, []) if root in candidates]
    if not _eligible(m, bare_votes[surname_keys(bare)[-1]], bool(here)):  # votes of all spellings
        return own
    if here:
        return _nearest(m, here)
    if m.common:  # "Hope", "West": a word the document also writes in lower case needs its full name nearby
        return own
    return next(iter(candidates)) if len(candidates) == 1 else own


def _eligible(m: NameMention, votes: Counter[str], local: bool) -> bool:
    """May a one-word mention be a person's surname? Not after "in"; a place-labelled one only when
    the corpus uses that word mostly for a person; elsewhere, not when the corpus mostly uses it for
    an organisation ("Ford" the carmaker) or a place."""
    if m.place_context:
        return False
    if m.label in PLACE_LABELS:
        return votes["PERSON"] > votes["PLACE"]
    if local:
        return True
    return votes["PERSON"] >= votes["PLACE"] and 2 * votes["PERSON"] >= max(votes["ORG"], votes["GROUP"])


def _nearest(m: NameMention, here: list[tuple[int, str]]) -> str:
    """The person whose full name was used last before the mention (else first after it)."""
    roots = {root for _, root in here}
    if len(roots) == 1:
        return next(iter(roots))
    pos = m.start if m.start is not None else 10**12
    before = [(p, root) for p, root in here if p <= pos]
    if before:
        return max(before)[1]
    return min(here)[1]
