"""Who took part in an event and where, read from the parse around its trigger.

Participants come from the trigger's clause: the possessor ("Trump's call", "his meeting"), the
subject and objects of a trigger verb, "with X", "between X and Y", "by X", hyphenated name
compounds ("Trump-Putin call") and nationality adjectives ("a Russian attack"), and for a noun the
subject of the verb that governs it ("Trump said following phone calls"). Names, role nouns ("the
Ukrainian president") and pronouns are resolved to full names by the speaker resolver. The place
is a GPE/LOC/FAC after "in", "near", "at", "outside" or "on the sidelines of", the subject of
"host", or a single place name in compound ("the Istanbul talks")."""
from __future__ import annotations

from spacy.tokens import Token

from storyline.article.event_triggers import same_line
from storyline.article.speaker_words import TITLE_WORDS, norm_word
from storyline.article.speakers import SpeakerResolver

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PARTY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_PREPS = {"in", "near", "at", "outside", "inside"}
PARTY_PREPS = {"with", "between", "among", "by", "against", "to"}
TARGET_PREPS = {"on", "against", "of"}  # "an attack on Kyiv", "the invasion of Ukraine"
VERB_SLOTS = {"nsubj", "dobj", "nsubjpass", "iobj"}
# verbs whose subject takes part in the event named by their object: "held talks", "launched an attack"
LIGHT_VERBS = {
    "hold", "have", "conduct", "make", "launch", "sign", "reach", "attend", "join", "begin", "start",
    "resume", "continue", "wrap", "stage", "carry", "mount", "seal", "strike", "broker", "complete",
    "finish", "conclude", "open", "initiate", "agree", "announce", "deliver", "give", "issue",
    "release", "publish", "post", "schedule", "arrange", "set",
}
# prepositions that place a call or meeting beside the clause's subject: "said following calls with ..."
ALONGSIDE = {"following", "after", "during"}
ROLE_NOUNS = {"president", "leader", "minister", "chancellor", "spokesman", "spokeswoman", "premier"}
NOT_PARTIES = {"reporters", "journalists", "media", "press", "people", "audience", "crowd"}


def _conjuncts(tok: Token) -> list[Token]:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def _name(tok: Token, resolver: SpeakerResolver) -> str | None:
    """The full name a participant token stands for, or None (a common noun, a date)."""
    if tok.lower_ in NOT_PARTIES or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"):
        return None
    if tok.pos_ == "PRON":
        return _pronoun(tok, resolver) if tok.lower_ in ("he", "she", "him", "her", "his", "hers") else None
    if norm_word(tok.text) in TITLE_WORDS:
        return None  # a title word inside a name ("President" in a conjunction)
    if tok.ent_type_ in ("NORP", "GPE", "LOC") and tok.pos_ != "PRON":
        ents = [e for e in tok.doc.ents if e.start <= tok.i < e.end]
        return ents[0].text if ents else tok.text  # "Veldian", not "Veldian air"
    if tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_LABELS:
        return resolver.resolve(tok).name
    if tok.tag_ == "NN" and tok.lemma_.lower() in ROLE_NOUNS:
        return resolver.resolve(tok).name  # "the Ukrainian president"
    return None


def _pronoun(tok: Token, resolver: SpeakerResolver) -> str | None:
    """A personal pronoun's person: the nearest named person before it in its sentence, else the
    most recent person subject (the speaker resolver)."""
    for prev in reversed([t for t in tok.sent if t.i < tok.i and t.pos_ == "PROPN"]):
        name = resolver.full_name(prev)
        if name:
            return name
        if prev.ent_type_ == "PERSON":
            res = resolver.resolve(prev)
            return res.name if res.person else None
    name = resolver.by_pronoun(tok.lower_, tok.idx)
    return name if name in resolver.names else None


def _with_nmods(heads: list[Token]) -> list[Token]:
    """Names hanging from a participant: "Trump and ... Putin" parsed as a name inside a name, an
    apposition ("his counterpart Vladimir Putin"), nationality words ("Ukrainian delegates")."""
    heads = [h for h in heads if same_line(h, h.head)]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("nmod", "appos") and c.pos_ == "PROPN"]


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of ``verb``, or of the verb it hangs from when it has none ("set to discuss")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or verb.dep_ not in ("xcomp", "advcl", "conj", "acl") or verb.head is verb:
            return found
        verb = verb.head
    return []


def _slot_names(heads: list[Token], resolver: SpeakerResolver, skip: set[int] | None = None) -> list[str]:
    """Names of the slot heads and their conjuncts, in text order (tokens in ``skip`` are places)."""
    found: list[tuple[int, str]] = []
    for head in heads:
        for tok in _conjuncts(head):
            if skip and tok.i in skip:
                continue
            names = [(tok.i, _name(tok, resolver))]
            bare = not any(c.dep_ == "appos" for c in tok.children)
            if names[0][1] is None and tok.pos_ == "NOUN" and bare:
                names = [(a.i, _name(a, resolver)) for c in tok.children if c.dep_ == "amod"
                         and c.ent_type_ in ("NORP", "GPE") for a in _conjuncts(c)]  # "Ukrainian delegates"
            found += [(i, n) for i, n in names if n]
    return list(dict.fromkeys(n for _, n in sorted(found)))  # in text order: "Trump and Putin"


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in PLACE_LABELS and tok.pos_ == "PROPN"


def _noun_parties(tok: Token, kind: str) -> list[Token]:
    heads = [c for c in tok.children if c.dep_ == "poss"]
    heads += [c for c in tok.children
              if c.dep_ in ("compound", "amod") and c.ent_type_ in ("PERSON", "NORP", "ORG")]
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "GPE"]
    if len(compounds) > 1:
        heads += compounds
    heads += _prep_objects(tok, PARTY_PREPS | (TARGET_PREPS if kind == "attack" else set()))
    heads += [o for c in tok.children if c.dep_ in ("acl", "relcl") for p in c.subtree
              if p.dep_ == "prep" and p.lower_ in ("with", "between") for o in p.children if o.dep_ == "pobj"]
    gov = tok.head
    if tok.dep_ == "dobj" and gov.pos_ == "VERB" and gov.lemma_ in LIGHT_VERBS:
        heads += clause_subjects(gov) + _prep_objects(gov, {"with", "between", "by"})
    elif tok.dep_ == "nsubjpass" and gov.lemma_ in LIGHT_VERBS:  # "talks were held between X and Y"
        heads += _prep_objects(gov, {"with", "between", "by"})
        heads += [o for c in gov.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    elif tok.dep_ in ("pobj", "dobj") and gov.lower_ in ALONGSIDE and kind in ("call", "meeting", "talks"):
        verb = gov.head
        if verb.pos_ in ("VERB", "AUX"):
            heads += clause_subjects(verb)
    return _with_nmods(heads)


def _verb_parties(tok: Token, kind: str) -> list[Token]:
    heads = [c for c in tok.children if c.dep_ in VERB_SLOTS]
    heads += [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    heads += _prep_objects(tok, PARTY_PREPS)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        heads += clause_subjects(tok)
    return _with_nmods(heads)


FACILITY_NOUNS = {"school", "camp", "hospital", "building", "station", "embassy", "market", "mosque",
                  "church",
                  "compound", "base", "village", "town", "city", "home", "house", "hotel", "shelter", "port",
                  "airport", "bridge", "plant", "facility", "refinery", "synagogue", "temple", "office"}


def _attack_targets(tok: Token, heads: list[Token]) -> set[int]:
    """Token indices of an attack's place-like targets, which are where, not who: a place name
    ("the assault on Gaza", "bombed Kyiv") or a facility and the names in it ("Asma school")."""
    targets = [h for h in heads if h.dep_ in ("dobj", "nsubjpass") and h.head.i == tok.i
               or h.dep_ == "pobj" and h.head.lower_ in TARGET_PREPS and h.head.head.i == tok.i]
    skip: set[int] = set()
    for t in [c for h in targets for c in _conjuncts(h)]:
        if t.lemma_.lower() in FACILITY_NOUNS:
            skip |= {c.i for c in t.subtree if c.i < t.i} | {t.i}
        elif _is_place(t):
            skip.add(t.i)
    return skip


def participants(tok: Token, kind: str, resolver: SpeakerResolver) -> list[str]:
    """Names of the participants of the event whose trigger is ``tok`` (places and attack targets
    that are places or facilities excluded)."""
    heads = _verb_parties(tok, kind) if tok.pos_ == "VERB" else _noun_parties(tok, kind)
    if kind == "attack" and tok.dep_ == "acl" and tok.head.lemma_.lower() in FACILITY_NOUNS:
        heads = [h for h in heads if h.i != tok.head.i]  # "the Gaza school bombed by X"
    preps = PLACE_PREPS | ({"to"} if kind == "other" else set())
    places = [h for h in heads if (h.dep_ == "pobj" and h.head.lower_ in preps)
              or (kind == "other" and h.dep_ == "dobj")]  # "visits Manchester"
    skip = {t.i for h in places for t in _conjuncts(h) if _is_place(t)}
    if kind == "other":  # visits, trips, collapses: places are where, never who
        skip |= {t.i for h in heads for t in _conjuncts(h) if _is_place(t)}
    if kind == "attack":
        skip |= _attack_targets(tok, heads)
    return _slot_names([h for h in heads if h.i not in skip], resolver, skip)


def _place_span(tok: Token) -> str:
    ents = [e for e in tok.doc.ents if e.start <= tok.i < e.end]
    return ents[0].text if ents else tok.text


def place(tok: Token, kind: str = "") -> str | None:
    """The place of the event whose trigger is ``tok``, or None ("a visit to Kyiv": a visit's "to")."""
    preps = PLACE_PREPS | ({"to"} if kind == "other" else set())
    holders = [tok] + _prep_objects(tok, {"with", "between"})
    if tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if kind == "other" and objects and _is_place(objects[0]):
            return _place_span(objects[0])  # "visited Kyiv"
        holders += objects  # "met X in Vienna"
    if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") and tok.head.pos_ in ("VERB", "AUX"):
        holders.append(tok.head)
    for holder in holders:
        for obj in _prep_objects(holder, preps):
            if _is_place(obj):
                return _place_span(obj)
    if tok.head.lemma_ == "host" and tok.dep_ == "dobj":
        hosts = [c for c in tok.head.children if c.dep_ == "nsubj" and _is_place(c)]
        if hosts:
            return _place_span(hosts[0])
    compounds = [c for c in tok.children if c.dep_ == "compound" and _is_place(c)]
    if len(compounds) == 1:
        return _place_span(compounds[0])
    if kind == "attack":  # "the assault on Gaza", "bombardment of Gaza", "bombed Kyiv": the target's place
        targets = _prep_objects(tok, TARGET_PREPS) + [c for c in tok.children if c.dep_ == "dobj"]
        return next((_place_span(t) for t in targets if _is_place(t)), None)
    return None
