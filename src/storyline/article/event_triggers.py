"""Event triggers: the nouns and verbs of a parse that name a meeting, call, talks, statement,
agreement, proposal, attack, exchange or visit, with the event type each stands for.

A trigger is kept only when it reports something that happened or is scheduled (realis): not
negated ("no talks"), not wished for ("called for negotiations", "urged talks"), not hypothetical
("potential talks", "for talks to proceed", "a deal would require"). A verb whose object is itself
a trigger ("launched its invasion", "held talks") leaves the event to the noun."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.article.event_senses import (
    SPEECH,
    animate,
    armed,
    call_sense,
    meet_sense,
    military_modified,
    nation_modified,
    offer_sense,
    plan_proposal,
    talk_sense,
)

NOUNS: dict[str, str] = {
    "meeting": "meeting", "summit": "meeting", "encounter": "meeting", "meet": "meeting",
    "call": "call", "conversation": "call", "phonecall": "call",
    "talk": "talks", "negotiation": "talks", "discussion": "talks", "dialogue": "talks",
    "consultation": "talks",
    "statement": "statement", "announcement": "statement", "speech": "statement", "remark": "statement",
    "comment": "statement", "post": "statement", "declaration": "statement", "address": "statement",
    "appeal": "statement", "interview": "statement", "briefing": "statement",
    "agreement": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement",
    "truce": "agreement", "memorandum": "agreement", "pact": "agreement",
    "proposal": "proposal", "offer": "proposal", "plan": "proposal", "initiative": "proposal",
    "attack": "attack", "strike": "attack", "airstrike": "attack", "assault": "attack", "invasion": "attack",
    "offensive": "attack", "bombing": "attack", "shelling": "attack", "raid": "attack",
    "bombardment": "attack",
    "exchange": "exchange", "swap": "exchange", "visit": "other", "trip": "other",
    "ultimatum": "statement", "collapse": "other", "explosion": "other", "blast": "other", "crash": "other",
    "earthquake": "other", "protest": "other", "demonstration": "other", "rally": "other", "walkout": "other",
    "election": "other", "referendum": "other", "vote": "other", "inquiry": "other", "hearing": "other",
    "trial": "other", "verdict": "other", "ruling": "other", "rescue": "other", "evacuation": "other",
}
VERBS: dict[str, str] = {
    "meet": "meeting", "phone": "call", "telephone": "call", "call": "call",
    "talk": "talks", "negotiate": "talks",
    "announce": "statement", "declare": "statement", "post": "statement", "tweet": "statement",
    "agree": "agreement", "sign": "agreement",
    "propose": "proposal", "offer": "proposal",
    "attack": "attack", "strike": "attack", "bomb": "attack", "shell": "attack", "invade": "attack",
    "exchange": "exchange", "swap": "exchange", "visit": "other",
}
# verbs (and nouns) whose object is wished for, not reported: "called for talks", "urged a ceasefire"
WISH = {"urge", "demand", "want", "seek", "push", "insist", "require", "need", "hope", "wish", "ask", "press",
        "welcome", "support", "favour", "favor", "prefer", "reject", "refuse", "oppose", "avoid", "resist",
        "rule", "condition", "prerequisite", "precondition", "pave", "prepare", "openness", "readiness",
        "willingness", "commitment", "refusal", "rejection", "prospect", "chance", "possibility",
        "effort", "willing", "ready", "able", "eager", "keen", "open", "likelihood", "interest", "idea",
        "aim", "intend", "try", "attempt", "promise", "pledge", "vow", "threaten", "offer", "propose",
        "prohibit", "ban", "forbid", "block", "halt", "stop", "suspend", "cancel", "skip"}
HYPOTHETICAL = {"potential", "possible", "future", "further", "proposed", "prospective", "eventual",
                "hypothetical", "any", "new", "substantive", "lasting", "permanent", "serious", "real"}
MODALS = {"would", "could", "might", "may", "should", "must", "can", "cannot", "ca"}
SCHEDULED = {"schedule", "set", "slate", "due", "plan", "expect", "arrange"}
VIOLENCE = {
    "troop", "force", "army", "military", "soldier", "missile", "drone", "rocket", "bomb", "bombing", "shell",
    "shelling", "artillery", "airstrike", "kill", "wound", "injure", "dead", "casualty", "gun", "gunman",
    "shoot", "shooting", "explosive", "blast", "militant", "terrorist", "weapon", "war", "invasion",
    "offensive", "fighter", "jet", "tank", "air", "strike", "civilian", "hostage", "knife", "pirate",
    "piracy", "hijack", "boat", "ship", "police", "victim", "injury", "armed", "raid", "attacker", "suspect",
}
ARGUED = {"plan", "policy", "record", "proposal", "claim", "stance", "position", "budget", "manifesto",
          "leadership", "decision", "bill", "government", "party", "opponent", "rival", "critic"}


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}


@dataclass
class Trigger:
    token: Token
    type: str
    start: int  # characters of the trigger phrase ("phone call", "face-to-face meeting")
    end: int


def _noun_type(tok: Token) -> str | None:
    """The event type of a trigger noun, refined by its modifiers ("phone call", "call for")."""
    if tok.ent_type_ in NAME_LABELS:
        return None  # part of a name: "the Mine Rescue Service", "the Istanbul Agreement Act"
    lemma = tok.lemma_.lower()
    if lemma == "talk" and tok.tag_ != "NNS":
        return None  # "a talk", "talk of peace"
    kind = NOUNS.get(lemma)
    if kind is None:
        return None
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if lemma == "call" and not call_sense(tok):
        return "statement" if preps & {"for", "on"} else None  # "his call for a truce"; "faced a call by X"
    if lemma == "post" and not (preps & {"on", "in"} or any(c.dep_ == "compound" for c in tok.children)):
        return None
    armed_strike = military_modified(tok) or nation_modified(tok) or preps & {"on", "against"}
    if lemma == "strike" and not armed_strike:
        return "other"  # a labour strike
    if kind == "exchange" and not (preps & {"of"} or any(c.dep_ == "compound" and c.pos_ == "NOUN"
                                                          for c in tok.children)):
        return None  # "the Dobrovar exchange": a market, not a swap
    if lemma == "plan" and not plan_proposal(tok):
        return None
    return kind


def _verb_type(tok: Token) -> str | None:
    """The event type of a trigger verb; "call for", "call X Y", "so-called" and reporting uses are not."""
    lemma = tok.lemma_.lower()
    kind = VERBS.get(lemma)
    if kind is None or tok.pos_ != "VERB":
        return None
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")}
    if lemma == "call":
        preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")
                 and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)}  # "called X on Monday"
        if preps & {"for", "on", "off"} or any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in tok.children):
            return "statement" if preps & {"for", "on"} else None
        if not any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "GPE") for c in tok.children):
            return None
    if lemma == "speak" and not preps & {"with", "to"}:
        return None
    if not _verb_sense(tok, lemma):
        return None
    if lemma == "agree" and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return None  # "agreed that ...", "agreed to wait": a stance, not an agreement
    if lemma in ("strike", "exchange") and tok.tag_ == "VBN" and tok.dep_ == "amod":
        return None
    if lemma == "strike" and not {t.lemma_.lower() for t in tok.sent} & (VIOLENCE - {"strike"}):
        return None  # an earthquake struck, workers struck, a deal was struck
    return kind


def _verb_sense(tok: Token, lemma: str) -> bool:
    """Whether a meet/talk/offer verb names an event between parties ("met Putin", "talked with X",
    "the firm offered a deal"), not "meet targets", "stop talking", "figures offer a check"."""
    if lemma == "meet":
        return meet_sense(tok)
    if lemma == "talk":
        return talk_sense(tok)
    if lemma in ("offer", "propose"):
        return offer_sense(tok)
    return True


def _phrase(tok: Token) -> tuple[int, int]:
    """Characters of a noun trigger with its compounds and hyphenated modifiers ("phone call")."""
    left = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "nmod") and c.i >= tok.i - 4
            and c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
    start_tok = min([tok] + [t for c in left for t in c.subtree if t.i < tok.i], key=lambda t: t.i)
    return start_tok.idx, tok.idx + len(tok.text)


def same_line(a: Token, b: Token) -> bool:
    """Whether two tokens sit on one line: the parser joins subheadings to the next paragraph, and
    a dependency across a line break is not trusted."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def _governor(tok: Token) -> Token | None:
    """The verb (or noun) whose argument the trigger is, through prepositions and conjunctions."""
    head = tok
    for _ in range(4):
        if head.head is head or not same_line(head, head.head):
            return None
        head = head.head if head.dep_ in ("pobj", "conj", "appos", "pcomp", "dobj", "nsubj", "nsubjpass",
                                            "attr", "prep") else head.head
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and _wish_noun(head)) \
                or (head.pos_ == "ADJ" and head.lemma_.lower() in WISH):
            return head
    return None


def _wish_noun(tok: Token) -> bool:
    """A noun that holds what is wished or offered: "an offer for a meeting", "the call for talks"."""
    lemma = tok.lemma_.lower()
    return lemma in WISH or NOUNS.get(lemma) == "proposal" or (
        lemma == "call" and any(c.lower_ == "for" for c in tok.children))


def _clause_verb(tok: Token) -> Token | None:
    return tok if tok.pos_ in ("VERB", "AUX") else _governor(tok)


def _irrealis_verb(verb: Token) -> bool:
    """A clause that wishes, negates or supposes rather than reports."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    if aux & {"not", "n't", "never"} or (aux & MODALS and not _scheduled(verb)):
        return True
    if "to" in aux and verb.head is not verb and verb.head.lemma_ in WISH | {"yet", "fail", "refuse"}:
        return True
    if verb.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in verb.children):
        return True
    return verb.dep_ in ("relcl", "advcl") and "to" in aux and any(c.lower_ == "for" for c in verb.children)


def _scheduled(verb: Token) -> bool:
    return verb.lemma_ in SCHEDULED or any(c.lemma_ in SCHEDULED for c in verb.children)


def realis(tok: Token) -> bool:
    """Whether a trigger reports an event that happened or is scheduled."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return False
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL for c in tok.children):
        return False
    if tok.pos_ != "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children) \
            and tok.dep_ == "nsubj":
        return False  # "for talks to proceed"
    verb = _clause_verb(tok)
    if verb is None:
        return True
    if verb.pos_ in ("NOUN", "ADJ"):
        return False
    if (verb.lemma_ in WISH or _wish_noun(verb)) and tok is not verb:
        return False
    if verb.lemma_ == "call" and any(c.lower_ == "for" for c in verb.children) and tok is not verb:
        return False
    return not _irrealis_verb(verb)


def find_triggers(doc: Doc, skip: list[tuple[int, int]] | None = None) -> list[Trigger]:
    """Realis event triggers of ``doc`` in text order; ``skip`` holds character spans (quotes)
    whose words are someone's speech, not the outlet's report."""
    skip = skip or []
    found: list[Trigger] = []
    text = doc.text
    for tok in doc:
        if any(s <= tok.idx < e for s, e in skip):
            continue
        kind = _noun_type(tok) if tok.pos_ in ("NOUN", "PROPN") else _verb_type(tok) if tok.pos_ == "VERB" \
            else None
        if kind is None or _heading(text, tok.idx) or not realis(tok):
            continue
        if kind == "attack" and tok.lemma_.lower() in ("attack", "assault") and not armed(tok):
            kind = "statement" if _verbal(tok) else None  # "Kennedy's attack on the budget"
            if kind is None:
                continue
        if tok.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and (_noun_type(c) is not None)
                                      for c in tok.children):
            continue
        start, end = _phrase(tok) if tok.pos_ != "VERB" else (tok.idx, tok.idx + len(tok.text))
        found.append(Trigger(tok, kind, start, end))
    return _drop_nested(found)


def _heading(text: str, offset: int) -> bool:
    """Whether ``offset`` sits on a subheading line ("Efforts to Reach an Agreement:"), not a sentence."""
    lo, hi = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    line = text[lo:hi if hi >= 0 else len(text)].strip()
    closed = line.endswith((".", "!", "?", "”", '"', "’"))
    return line.endswith(":") or (len(line.split()) <= 12 and not closed)


def _verbal(tok: Token) -> bool:
    """Whether an unarmed "attack" is made of words ("Blair attacked the Tories' plans in a speech",
    "Fox has been attacking the president"): a speech word in its sentence, an argued target
    (plans, record, policy) or a person or organisation on either side."""
    lemmas = {t.lemma_.lower() for t in tok.sent}
    targets = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for o in c.children if o.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj"]
    sides = targets + [c for c in tok.children if c.dep_ in ("nsubj", "poss", "compound")]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        sides += [c for c in tok.head.children if c.dep_ == "nsubj"]
    return bool(lemmas & SPEECH) or any(t.lemma_.lower() in ARGUED or animate(t) for t in sides)


def _drop_nested(triggers: list[Trigger]) -> list[Trigger]:
    """"phone call": one trigger, not two."""
    out: list[Trigger] = []
    for t in triggers:
        if out and out[-1].start <= t.start < out[-1].end:
            continue
        if out and t.start <= out[-1].start < t.end:
            out[-1] = t
            continue
        out.append(t)
    return out
