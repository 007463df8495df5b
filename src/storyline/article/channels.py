"""Where something was said: the channel an article names around a quote's cue.

Only the reporting verb and its own dependents are read (its prepositional phrases, its object
or addressee, a participial clause such as "Posting on Truth Social", a document subject such as
"a statement"), outside quote marks and outside the reported content, so a platform named
elsewhere in the sentence or inside the quoted words does not count. Order matters: a named platform beats the
generic "social media", an outlet ("told the BBC") beats "interview"."""
from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.article.quote_cues import is_cue

PLATFORMS = [
    (re.compile(r"\btruth\s+social\b", re.I), "Truth Social"),
    (re.compile(r"\b(?:on|via|to|in\s+an?)\s+X\b|\bX\s+(?:post|account)\b"), "X"),
    (re.compile(r"\btwitter\b|\btweet(?:s|ed|ing)?\b", re.I), "X"),
    (re.compile(r"\bfacebook\b", re.I), "Facebook"),
    (re.compile(r"\btelegram\b", re.I), "Telegram"),
    (re.compile(r"\binstagram\b", re.I), "Instagram"),
    (re.compile(r"\btiktok\b", re.I), "TikTok"),
    (re.compile(r"\byoutube\b", re.I), "YouTube"),
    (re.compile(r"\bbluesky\b", re.I), "Bluesky"),
]
GENERIC = [
    (re.compile(r"\b(?:reporters|journalists|the\s+press|the\s+media)\b", re.I), "reporters"),
    (re.compile(r"\b(?:press|news)\s+(?:conference|briefing)\b|\bbriefing\b", re.I), "press conference"),
    (re.compile(r"\binterview\b", re.I), "interview"),
    (re.compile(r"\bstatement\b|\bcommuniqu[eé]\b|\bpress\s+release\b", re.I), "statement"),
    (re.compile(r"\bspeech\b|\baddress(?:ing)?\s+(?:the\s+)?(?:nation|parliament|congress|assembly)\b", re.I),
     "speech"),
    (re.compile(r"\bsocial\s+media\b|\bonline\s+post\b", re.I), "social media"),
]
OUTLET_LABELS = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT"}
CHANNEL_DEPS = {"prep", "agent", "dobj", "dative", "npadvmod", "advcl", "advmod", "prt"}
CHANNEL_SUBJECTS = {"statement", "post", "message", "letter", "release", "communique", "tweet", "note",
                    "video", "interview", "speech", "briefing", "email"}
MEDIUM_VERBS = {"speak", "talk", "appear", "share", "address", "broadcast", "comment", "write", "post"}
QUOTE_CHARS = set("\"“”‘’'")


def cue_phrase(cue: Token) -> set[int]:
    """Token indices of the cue and of its own channel-bearing dependents (not the reported content):
    "said [in a post on Facebook]", "told [the BBC]", "[Posting on Truth Social], he said", "[a
    statement] said"."""
    keep = {cue.i}
    content = {t.i for c in cue.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    for child in cue.children:
        subject_doc = child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in CHANNEL_SUBJECTS
        participle = child.dep_ == "advcl" and child.tag_ == "VBG" and (
            is_cue(child) or child.lemma_.lower() in MEDIUM_VERBS)
        if child.dep_ in CHANNEL_DEPS - {"advcl"} or participle or subject_doc:
            keep.update(t.i for t in child.subtree)
    return (keep | _governing_phrase(cue)) - content


def _governing_phrase(cue: Token) -> set[int]:
    """For a participle cue ("took to his Truth Social platform, stating, ..."), the governing verb's own
    prepositional and object phrases, where the medium is named."""
    participle = cue.tag_ == "VBG" or cue.lower_.endswith("ing")
    if not participle or cue.dep_ not in ("advcl", "xcomp", "conj") or cue.head.pos_ != "VERB":
        return set()
    head = cue.head
    keep = {head.i}
    for child in head.children:
        if child.i != cue.i and child.dep_ in CHANNEL_DEPS - {"advcl"}:
            keep.update(t.i for t in child.subtree)
    return keep


def own_text(sentence: str, start: int, cue: Token) -> str:
    """``sentence`` (starting at offset ``start``) with every character outside the cue's phrase blanked."""
    chars = [" "] * len(sentence)
    for i in cue_phrase(cue):
        tok = cue.doc[i]
        for j in range(max(tok.idx - start, 0), min(tok.idx + len(tok.text) - start, len(sentence))):
            chars[j] = sentence[j]
    return "".join(chars)


def blank(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (which starts at offset ``start``) with the characters inside ``spans`` blanked."""
    chars = list(text)
    for s, e in spans:
        for i in range(max(s - start, 0), min(e - start, len(chars))):
            chars[i] = " "
    return "".join(chars)


def outlet(cue: Token | None) -> str | None:
    """The outlet told or interviewed: "told the BBC", "in an interview with CNN"."""
    if cue is None:
        return None
    candidates = []
    if cue.lemma_ == "tell":
        candidates = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    for prep in cue.subtree:
        if prep.lower_ == "with" and prep.head.lower_ == "interview":
            candidates += [c for c in prep.children if c.dep_ == "pobj"]
    for tok in candidates:
        if tok.ent_type_ in OUTLET_LABELS and tok.lower_ not in ("reporters", "journalists"):
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            return outlet_name(ent, tok) if ent is not None else tok.text
    return None


def outlet_name(ent, tok: Token) -> str:
    """The outlet's name, cut where the entity runs on past it: at a quote mark, a possessive or a
    new name after the outlet's head ("MailOnline Julia", "Today” Show’s Matt Lauer")."""
    doc = ent.doc
    end = ent.end
    for i in range(ent.start, ent.end):
        if doc[i].text in QUOTE_CHARS or doc[i].tag_ == "POS":
            end = i
            break
    if tok.i + 1 < end and doc[tok.i + 1].head.i != tok.i:
        end = tok.i + 1
    return doc[ent.start:end].text if end > ent.start else tok.text


def find_channel(sentence: str, cue: Token | None = None, start: int | None = None) -> str | None:
    """The channel named in ``sentence`` (quoted words already blanked), or None. With ``start``
    (the sentence's offset) and a ``cue``, only the cue's own phrase is read."""
    if cue is not None and start is not None:
        sentence = own_text(sentence, start, cue)
    for pattern, name in PLATFORMS:
        if pattern.search(sentence):
            return name
    named = outlet(cue)
    if named:
        return named
    for pattern, name in GENERIC:
        if pattern.search(sentence):
            return name
    return None
