"""Definite descriptions of a speaker resolved inside one article, without a coreference model.

News names a source once and then describes it: "Chicago sued ... The city said", "according to the
Congressional Budget Office ... the agency said", "Sanders said ... The senator said", "Dallas
Swonger ... the 18-year-old insisted". Three kinds are read here, each only after a definite article:

- a place noun ("the city", "the town") -> the nearest city-like place named before it (not a
  country, not the state of "Tulsa, Okla.");
- a generic organisation noun ("the agency", "the group", "the newspaper") -> the nearest
  organisation named before it, in the same sentence or the two before;
- a role or age ("the senator", "the former secretary", "the 18-year-old") the article gave nobody
  -> the most recent named person who is a subject nearby, unless the article titles that person
  with another role.

"the city of Dayton" names its place ("Dayton"). A wrong speaker is worse than none: each rule
looks only backwards and within a short window."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from storyline.article.speaker_words import TITLE_WORDS, norm_word
from storyline.corpus.entity_countries import SAME_COUNTRY
from storyline.corpus.entity_names import fold

PLACE_NOUNS = {"city", "town", "village", "municipality", "borough", "township"}
# nouns any organisation may be called ("the agency" for the Congressional Budget Office) ...
GENERIC_ORG_NOUNS = {"agency", "group", "organization", "organisation", "body", "watchdog", "newspaper",
                     "paper", "outlet", "publication", "nonprofit", "charity", "regulator", "firm"}
# ... and nouns that call it by the word its name is built on ("the department": Justice Department)
ORG_NOUNS = GENERIC_ORG_NOUNS | {"institute", "center", "centre", "office", "department", "ministry",
                                 "company", "network", "bureau", "council", "commission", "union"}
# a role that names someone's job, not a description of them ("the victim" is no one's title)
PERSON_ROLES = TITLE_WORDS - {"state", "foreign", "press", "elect", "vice", "defence", "defense", "crown",
                              "head", "counterpart", "official", "officer"}
COUNTRY_FORMS = {form for group in SAME_COUNTRY for form in group}
ORG_WINDOW = 2  # sentences before the description's own in which its organisation may be named
PERSON_WINDOW = 3  # likewise for the person a role describes
Subject = tuple[int, str | None, str, str]  # (offset, name, kind, gender) as SpeakerResolver keeps them


def definite(span: Span, tok: Token) -> bool:
    """Does the mention open with "the" and have ``tok`` as a common-noun (or age) head?"""
    return len(span) >= 2 and span[0].lower_ == "the" and tok.pos_ in ("NOUN", "ADJ") and tok.i == span[-1].i


def named_of(tok: Token) -> str | None:
    """The proper name of "the city of Dayton", "the group Human Rights Watch"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if objs:
                return _ent_text(objs[0])
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return _ent_text(child)
    return None


def _ent_text(tok: Token) -> str:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return _bare(ent) if ent is not None else tok.text


def place_named(tok: Token, span: Span, in_quote: Callable[[int], bool]) -> str | None:
    """"the city" -> of the places (GPE) named before it, the nearest that reads as a city ("Fresno,
    Calif.", "the city of Fresno"), else the one named most often (the nearest of those). Never a known
    country alias, the state of "Tulsa, Okla.", a person's first name ("Dallas" of "Dallas Smith") or a
    place inside quoted words."""
    if not definite(span, tok) or norm_word(tok.lemma_) not in PLACE_NOUNS:
        return None
    doc = tok.doc
    first_names = {e[0].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    places = []
    for ent in [e for e in doc.ents if e.end <= span.start and e.label_ == "GPE"]:
        if in_quote(ent.start_char) or fold(_bare(ent)) in COUNTRY_FORMS or ent.text in first_names:
            continue
        if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "GPE":
            continue  # "Tulsa, Okla.": the state of a city
        places.append(ent)
    cities = [e for e in places if _city_like(e)]
    if cities:
        return _bare(cities[-1])
    counts = Counter(_bare(e) for e in places)
    nearest_first = dict.fromkeys(_bare(e) for e in reversed(places))
    return max(nearest_first, key=counts.__getitem__) if counts else None


def _city_like(ent: Span) -> bool:
    """A place written as a city: followed by its one-word state ("Fresno, Calif."; not a list "New
    York, San Francisco, Los Angeles"), or named with "city"."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "city":
        return True
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in PLACE_NOUNS:
        return True
    state = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
    if state is None or doc[ent.end].text != "," or len(state) != 1 or doc[ent.start - 1].text == ",":
        return False
    return not _listed(doc, state.end)


def _listed(doc: Doc, i: int) -> bool:
    """Does another listed place follow token ``i`` ("..., Boston", "and Boston", ", and Boston")?"""
    words = [t for t in doc[i:i + 3]]
    if words and words[0].lower_ in ("and", "or"):
        return True
    return len(words) > 1 and words[0].text == "," and (words[1].ent_type_ == "GPE" or words[1].lower_ in
                                                         ("and", "or"))


def _bare(ent: Span) -> str:
    """An entity's text without a leading "the" ("the Congressional Budget Office") or odd spaces."""
    return (ent[1:].text if len(ent) > 1 and ent[0].lower_ == "the" else ent.text).strip()


def org_named(tok: Token, span: Span, in_quote: Callable[[int], bool]) -> str | None:
    """"the agency", "the group" -> the nearest organisation named in its sentence or the two before;
    "the department" -> the nearest one whose name holds "department"."""
    noun = norm_word(tok.lemma_)
    if not definite(span, tok) or noun not in ORG_NOUNS:
        return None
    first = _sentence_back(tok, ORG_WINDOW)
    people = {e[-1].text for e in tok.doc.ents if e.label_ == "PERSON"}
    orgs = [e for e in tok.doc.ents if first <= e.start and e.end <= span.start and e.label_ == "ORG"
            and not in_quote(e.start_char) and not _modifier(e) and e[-1].text not in people]
    built_on = [e for e in orgs if noun in {norm_word(t.lemma_) for t in e}]
    found = built_on or (orgs if noun in GENERIC_ORG_NOUNS else [])
    found = [e for e in found if _source(e)] or found
    return _bare(found[-1]) if found else None


def _source(ent: Span) -> bool:
    """An organisation that acts or is cited in its clause: a subject, or the object of "according to"
    or "by" ("The Wall Street Journal called on Trump", not the object Trump)."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = root.head
    return root.dep_ == "pobj" and (prep.lower_ == "by" or prep.lower_ == "to" and prep.i > 0
                                    and root.doc[prep.i - 1].lower_ == "according")


def _modifier(ent: Span) -> bool:
    """An organisation name that modifies another noun ("a Times article", "the FBI's report")."""
    root = ent.root
    return root.dep_ in ("compound", "poss") and root.head.i >= ent.end


def _sentence_back(tok: Token, n: int) -> int:
    """The first token index of the sentence ``n`` sentences before ``tok``'s own."""
    sent = tok.sent
    for _ in range(n):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return sent.start


def described_role(tok: Token, span: Span) -> bool:
    """"the senator", "the former secretary", "the Democratic presidential nominee", "the 18-year-old"."""
    if not definite(span, tok):
        return False
    if tok.lower_ == "old":
        return any(norm_word(t.text) == "year" for t in span)
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and norm_word(tok.lemma_) in PERSON_ROLES


def recent_person(tok: Token, subjects: Sequence[Subject], other_role: Callable[[str], bool],
                  main: Callable[[int], bool]) -> str | None:
    """The most recent named person who is a subject in ``tok``'s own sentence or of a main clause
    (``main`` of its offset) within ``PERSON_WINDOW`` sentences before it, unless the article titles that
    person with another role (then no one: the description is someone else). "Pence spoke hours after
    Trump tweeted. The governor said": Pence, not the subject of the clause "after Trump tweeted"."""
    start = tok.doc[_sentence_back(tok, PERSON_WINDOW)].idx
    for offset, name, kind, _ in reversed(subjects):
        if offset >= tok.idx or offset < tok.sent.start_char and not main(offset):
            continue  # in its own sentence any clause's subject may be it ("As Ruiz left, the senator said")
        if offset < start:
            return None
        if name and kind == "person":
            return None if other_role(name) else name
    return None


GENERIC_MODS = {"a", "an", "the", "leading", "senior", "top", "former", "local", "one", "another", "other",
                "some", "new", "well-known", "prominent"}


def named_next(tok: Token, is_report: Callable[[Token], bool]) -> Token | None:
    """The person an indefinite description is named as right after: "A Thai provincial governor says
    ... / Chiang Rai Gov. Narongsak Osatanakorn said ...", "A cave rescue expert says ... / Anmar Mirza,
    the cave rescue commission's coordinator, says ...". The next sentence must open a report by a
    person whose name's own description shares a word with this one (not a nationality nor a word such
    as "senior"): "A witness said ... John Smith, a driver, said" names someone else."""
    if not tok.is_lower or tok.tag_ in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    nxt = tok.doc[tok.sent.end:tok.sent.end + 1]
    while nxt and nxt[0].is_space and nxt[0].i + 1 < len(tok.doc):
        nxt = tok.doc[nxt[0].i + 1:nxt[0].i + 2]
    if not nxt:
        return None
    words = _describing_words(t for t in tok.subtree if t.i <= tok.i)
    for subj in nxt[0].sent:
        verb = subj.head
        if subj.dep_ == "nsubj" and subj.ent_type_ == "PERSON" and is_report(verb) and subj.i < verb.i \
                and words & _describing_words(t for t in subj.subtree if t.i < verb.i):
            return subj
    return None


def _describing_words(tokens: Iterable[Token]) -> set[str]:
    """Content words that describe a person, without names, nationalities and places."""
    return {norm_word(t.text) for t in tokens if t.pos_ in ("NOUN", "ADJ", "PROPN")
            and t.ent_type_ not in ("PERSON", "NORP", "GPE", "LOC")} - GENERIC_MODS
