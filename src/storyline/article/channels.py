"""Where something was said: the channel an article names around a quote's cue.

Only the text of the attributing sentence outside the quote marks is read, so a platform
named inside the quoted words does not count. Order matters: a named platform beats the
generic "social media", an outlet ("told the BBC") beats "interview"."""
from __future__ import annotations

import re

from spacy.tokens import Token

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
            return ent.text if ent is not None else tok.text
    return None


def find_channel(sentence: str, cue: Token | None = None) -> str | None:
    """The channel named in ``sentence`` (quoted words already blanked), or None."""
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
