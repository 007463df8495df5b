"""Merge rules for the shorter names of a body: its acronym ("EU", "DOE" for "US Department of
Energy"), a clipped name ("Lib Dems"), its first word ("Ford", "Delta") or a newspaper's last ("the
Times"), and its name without the place ("Justice Department")."""
from __future__ import annotations

from collections import Counter, defaultdict

from storyline.corpus.entity_forms import BODY_TYPES, FormStat, UnionFind, group_types
from storyline.corpus.entity_names import (
    acronym_readings,
    has_corporate_suffix,
    initials,
    singular,
    tokens,
)

# bodies every country or state has: named without a place they may be another place's
EVERY_STATE_HAS = {"ministry", "court", "party", "parliament", "government", "army", "police", "senate",
                   "assembly", "congress", "house", "council", "cabinet", "bank", "navy", "military"}
# the last word a newspaper is called by ("the Times", "the Post"); not "the House" of "the White House"
NEWSPAPER_HEADS = {"times", "post", "journal", "telegraph", "guardian", "herald", "tribune", "gazette",
                   "chronicle", "observer", "independent", "mirror", "express", "globe", "examiner",
                   "inquirer", "courier"}
BRAND_HEADS = {"news"}  # "Fox News", "NBC News": a media brand, shortened to its first word
TRUNCATION_CUT = 3  # letters a clipped word drops at least ("Lib" for "Liberal", "Dem" for "Democrat")


def merge_acronyms(stats: dict[str, FormStat], uf: UnionFind) -> None:
    """An acronym joins the one multi-word non-person name whose capitalised initials spell it. Another
    reading (``acronym_readings``: "DOE" for "US Department of Energy") needs a document naming both:
    "DOE" in a report on reactors is not the "Department of Education" of another report."""
    expansions: dict[str, list[tuple[FormStat, bool]]] = defaultdict(list)
    for st in stats.values():
        if st.n_words > 1 and st.type != "PERSON":
            display = st.displays.most_common(1)[0][0]
            plain = initials(display)
            for key in acronym_readings(display):
                expansions[key].append((st, key == plain))
    for st in sorted(stats.values(), key=lambda s: s.form):
        if not st.acronym or st.type == "PERSON":
            continue
        roots = {uf.find(e.form): e for e, plain in expansions.get(st.form.replace(" ", ""), [])
                 if plain or e.docs & st.docs}
        choice = _pick_expansion(st, list(roots.values()))
        if choice is not None:
            uf.union(st.form, choice.form)


def _pick_expansion(acro: FormStat, options: list[FormStat]) -> FormStat | None:
    """The only expansion, or the only one sharing most documents with the acronym."""
    if len(options) == 1:
        return options[0]
    shared = sorted(((len(acro.docs & o.docs), o.form, o) for o in options), reverse=True)
    if len(shared) > 1 and shared[0][0] > shared[1][0]:
        return shared[0][2]
    return None


def _clipped(short: str, long: str) -> bool | None:
    """True when word ``short`` is ``long`` clipped ("lib"/"liberal", "dems"/"democrats"), False when
    the two are the same word, None when neither."""
    if short == long:
        return False
    a, b = singular(short), singular(long)
    return True if len(a) >= 3 and len(b) - len(a) >= TRUNCATION_CUT and b.startswith(a) else None


def merge_truncations(stats: dict[str, FormStat], uf: UnionFind) -> None:
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


def merge_org_heads(stats: dict[str, FormStat], uf: UnionFind) -> None:
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


def merge_place_prefixed(stats: dict[str, FormStat], uf: UnionFind) -> None:
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
