"""Which name forms and mentions denote the same entity.

Forms (folded surfaces) are grouped by union-find over blocking keys, never by comparing all
pairs: the transliteration key (Zelenskiy/Zelenskyy, Kyiv/Kiev, "Apple Inc."/"Apple"), a
middle-name key, the consonant skeleton (Kharkiv/Kharkov; a person's surname spelt two ways in two
reports of one story, Osatanakorn/Osoththanakorn) and acronym readings (EU/European Union, DOE/US
Department of Energy), plus the few countries and bodies known by two names (``entity_countries``:
Britain/United Kingdom, Tories/Conservative Party, Downing Street/No 10). The rules for one name
spelt two ways live in ``entity_spellings``, those for a body's shorter names in ``entity_short_names``;
``group_forms`` runs them in order.
Bare surnames are then resolved mention by mention: "Putin" joins "Vladimir Putin" when that is
the only person of that surname in its document (the nearest one before it when there are two),
or else in the corpus. People whose first names differ are never merged."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from storyline.article.given_names import given_gender
from storyline.article.speaker_words import FEMALE_WORDS, MALE_WORDS
from storyline.corpus.entity_countries import ONE_BODY_ANYWHERE, SAME_BODY, country_links
from storyline.corpus.entity_forms import BODY_TYPES, FormStat, UnionFind, group_types
from storyline.corpus.entity_mentions import NameMention
from storyline.corpus.entity_names import (
    PARTICLES,
    bare_surname,
    fold,
    has_corporate_suffix,
    singular,
    surname_keys,
    surname_variants,
)
from storyline.corpus.entity_short_names import (
    merge_acronyms,
    merge_org_heads,
    merge_place_prefixed,
    merge_truncations,
)
from storyline.corpus.entity_spellings import (
    merge_by_key,
    merge_loose,
    merge_middle_names,
    merge_person_spellings,
    merge_run_together,
    merge_skeletons,
)
from storyline.corpus.entity_types import PLACE_LABELS, has_org_head, tally

FULL_NAME_VOTE = 0.5  # weight a full-name mention gives its surname when one word is read alone


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
    merge_by_key(stats, uf)
    merge_run_together(stats, uf)
    merge_middle_names(stats, uf)
    merge_loose(stats, uf)
    merge_skeletons(stats, uf)
    merge_person_spellings(stats, uf)
    merge_acronyms(stats, uf)
    _merge_plurals(stats, uf)  # before the merges that want one group per name ("Delta Airline(s)")
    merge_truncations(stats, uf)
    merge_org_heads(stats, uf)
    merge_place_prefixed(stats, uf)
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
