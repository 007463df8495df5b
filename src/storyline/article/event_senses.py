"""Word senses of event triggers: whether a "strike" or "attack" is armed, a "plan" a proposal,
"meet", "call", "talk" and "offer" an event between people rather than "meet targets", "a call
for X to resign", "stop talking" or "figures offer a check".

Every test reads the parse around the trigger (modifiers, subject, object, entity types); none
names a country, a person or an outlet."""
from __future__ import annotations

from spacy.tokens import Token

PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
NATION_ENTS = {"NORP", "GPE"}
# weapons and armed forces: "an air strike", "a missile attack", "armed raid"
MILITARY = {"air", "missile", "drone", "military", "rocket", "nuclear", "artillery", "airstrike", "army",
            "naval", "pre-emptive", "preemptive", "retaliatory", "precision", "armed", "bomb", "gun",
            "mortar", "tank", "terror", "terrorist", "suicide", "knife", "chemical", "ground", "aerial",
            "cyber", "militant", "rebel", "insurgent", "troop", "grenade", "sniper", "shelling"}
# words that put an attack in armed context when they stand in its sentence
ARMED = MILITARY | {
    "soldier", "force", "missile", "drone", "bombing", "shell", "kill", "wound", "injure", "dead", "death",
    "die", "casualty", "gunman", "gunfire", "shoot", "shooting", "explosive", "blast", "explosion",
    "weapon", "invasion", "offensive", "fighter", "jet", "civilian", "hostage", "pirate", "piracy",
    "hijack", "raid", "attacker", "injury", "victim", "massacre", "bloodshed", "war", "warplane",
    "police", "combat", "battle", "firefight", "stab", "stabbing", "bullet", "gunshot",
}
# concrete targets: an attack on one of these is armed
FACILITIES = {
    "school", "camp", "city", "town", "village", "base", "hospital", "building", "station", "embassy",
    "convoy", "market", "mosque", "church", "synagogue", "temple", "compound", "port", "airport", "bridge",
    "checkpoint", "headquarters", "barracks", "outpost", "position", "home", "house", "train", "bus", "ship",
    "vessel", "tanker", "hotel", "restaurant", "shelter", "refinery", "plant", "facility", "area", "region",
    "district", "neighbourhood", "neighborhood", "capital", "infrastructure", "grid", "depot", "post",
    "patrol", "troop", "soldier", "civilian", "police", "officer",
}
SPEECH = {"say", "speech", "accuse", "criticise", "criticize", "remark", "comment", "describe", "brand",
          "tell", "claim", "interview", "debate", "campaign", "rhetoric", "verbal", "personal"}
PERSON_NOUNS = {
    "leader", "minister", "president", "official", "delegation", "delegate", "counterpart", "envoy", "family",
    "representative", "ambassador", "member", "chief", "head", "king", "queen", "chancellor", "secretary",
    "negotiator", "team", "union", "executive", "group", "student", "worker", "resident", "survivor", "mp",
    "senator", "governor", "mayor", "people", "donor", "investor", "opposition", "rebel", "committee",
    "board", "side", "party", "country", "nation", "government", "administration", "diplomat",
    "general", "commander", "pope", "prince", "premier", "spokesman", "spokeswoman", "partner", "ally",
    "counterparts", "journalist", "reporter", "lawyer", "judge", "council", "parliament", "cabinet", "man",
    "woman", "friend", "supporter", "voter", "owner", "boss", "manager", "director", "ceo", "founder",
}
PERSON_PRONOUNS = {"he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who"}
# verbs that take a "call" as a demand: "escalated his call", "heeded calls", "faced a call by X to ..."
DEMAND_GOVERNORS = {"escalate", "face", "heed", "echo", "renew", "repeat", "reiterate", "answer", "ignore",
                    "reject", "dismiss", "back", "support", "resist", "intensify", "amplify", "grow", "join",
                    "issue", "lead", "spearhead", "sound", "step"}
CALL_MODIFIERS = {"phone", "telephone", "video", "conference", "zoom", "hour", "minute", "private",
                  "lengthy", "long", "brief", "short", "first", "second", "late", "night", "hotline"}
# what an inanimate offer gives: "figures offer a check", "offered no details"
INFO_OBJECTS = {"detail", "comment", "information", "explanation", "evidence", "insight", "glimpse", "check",
                "clue", "view", "update", "reason", "hint", "picture", "snapshot", "perspective", "sign",
                "indication", "opportunity", "chance", "example", "lesson", "reminder", "alternative"}


def animate(tok: Token) -> bool:
    """Whether ``tok`` names a person or an organisation (a name, a personal pronoun, a role noun)."""
    if tok.ent_type_ in PARTY_ENTS or tok.lower_ in PERSON_PRONOUNS:
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "PERCENT"):
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS


def _conjuncts(tok: Token) -> list[Token]:
    return [tok] + list(tok.conjuncts)


def _children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def nation_modified(tok: Token) -> bool:
    """A nationality or country modifier or possessor: "a Syrian strike", "Russia's attack"."""
    return any(c.ent_type_ in NATION_ENTS for c in _children(tok, ("compound", "amod", "nmod", "poss")))


def military_modified(tok: Token) -> bool:
    """A weapon or armed-force modifier: "an air strike", "a drone attack", "armed raid"."""
    return any(c.lemma_.lower() in MILITARY or c.lower_ in MILITARY
               for c in _children(tok, ("compound", "amod", "nmod")))


def _targets(tok: Token) -> list[Token]:
    """What an attack is aimed at: "attack on X", "attacked X", "X was attacked"."""
    found = _prep_objects(tok, {"on", "against", "in", "at"}) + _children(tok, ("dobj", "nsubjpass"))
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        found.append(tok.head)  # "a school attacked by X"
    return [t for f in found for t in _conjuncts(f)]


def _attackers(tok: Token) -> list[Token]:
    found = _children(tok, ("nsubj", "poss", "compound", "amod", "nmod"))
    found += [o for c in _children(tok, ("agent",)) for o in c.children if o.dep_ == "pobj"]
    found += _prep_objects(tok, {"by"})
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        found += _children(tok.head, ("nsubj",))  # "X launched an attack"
    return [t for f in found for t in _conjuncts(f)]


def armed(tok: Token) -> bool:
    """Whether an "attack"/"assault" is armed: a weapon or military word, a concrete target (a place,
    a school, a camp), casualties or fighting in its sentence, or a nation as the attacker in a
    sentence with no speech word."""
    if military_modified(tok) or any(c.ent_type_ == "NORP" for c in _children(tok, ("amod", "compound"))):
        return True  # "an air strike", "the Israeli attack"
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in FACILITIES for t in _targets(tok)):
        return True
    lemmas = {t.lemma_.lower() for t in tok.sent if t.i != tok.i}
    attackers = _attackers(tok)
    if lemmas & ARMED or any(t.lemma_.lower() in ("force", "troop", "army", "militant") for t in attackers):
        return True
    # a nation subject attacks by arms unless words are in play ("Mbeki, tagged a place, attacked X, saying")
    return not lemmas & SPEECH and any(t.ent_type_ in NATION_ENTS for t in attackers)


def plan_proposal(tok: Token) -> bool:
    """A "plan" is a proposal with a noun or adjective modifier ("peace plan", "its recovery plan"
    counts through the possessor), a possessor, or "plan to/for"."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ")
           for c in tok.children):
        return True
    if _children(tok, ("poss",)) or _prep_objects(tok, {"for"}):
        return True
    return any(c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for c in tok.children)


def meet_sense(verb: Token) -> bool:
    """"met X", "X and Y met", "met with X": a person or organisation meets; "meet targets" is not."""
    objects = _children(verb, ("dobj",))
    if objects:
        return any(animate(o) for o in objects)
    if _prep_objects(verb, {"with"}):
        return True
    subjects = [s for s in _children(verb, ("nsubj", "nsubjpass"))] or _clause_subjects(verb)
    return any(animate(s) for s in subjects)


def _clause_subjects(verb: Token) -> list[Token]:
    for _ in range(3):
        found = _children(verb, ("nsubj", "nsubjpass"))
        if found or verb.dep_ not in ("xcomp", "advcl", "conj", "acl") or verb.head is verb:
            return found
        verb = verb.head
    return []


def talk_sense(verb: Token) -> bool:
    """"talked with/to X", "the two sides talked": talks between parties; "talking about" alone and
    "stop talking" are not."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("stop", "keep", "start", "begin", "quit"):
        return False
    if any(animate(o) for o in _prep_objects(verb, {"with", "to"})):
        return True
    subjects = _children(verb, ("nsubj",)) or _clause_subjects(verb)
    return any(len(_conjuncts(s)) > 1 or s.tag_ in ("NNS", "NNPS") and animate(s) for s in subjects)


def demand_call(tok: Token) -> bool:
    """A noun "call" that demands ("a call by X to resign", "escalated his call", "calls to ...")."""
    objects = [o for o in _prep_objects(tok, {"for", "on", "by"}) if o.ent_type_ not in ("DATE", "TIME")]
    if objects or tok.head.lemma_.lower() in DEMAND_GOVERNORS:
        return True
    return any(c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for c in tok.children)


def call_sense(tok: Token) -> bool:
    """A noun "call" is a phone call unless it demands; a phone-like modifier or "with/between X"
    settles it even so."""
    if _prep_objects(tok, {"with", "between"}):
        return True
    mods = _children(tok, ("compound", "amod", "nmod"))
    if any(m.lemma_.lower() in CALL_MODIFIERS or m.ent_type_ in PARTY_ENTS for m in mods):
        return True
    return not demand_call(tok)


def offer_sense(verb: Token) -> bool:
    """An offer by a person or organisation of something other than information or a view."""
    subjects = _children(verb, ("nsubj",)) or _clause_subjects(verb)
    if subjects and not any(animate(s) or s.lower_ == "it" for s in subjects):
        return False
    objects = _children(verb, ("dobj",))
    return not any(o.lemma_.lower() in INFO_OBJECTS or any(c.lower_ == "no" for c in o.children)
                   for o in objects)
