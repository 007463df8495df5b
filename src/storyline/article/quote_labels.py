"""Speaker labels written around quotes rather than through a reporting verb.

- Transcripts: a paragraph (quoted or not) opening with a speaker label, "WALLACE: Let's start ...".
- Sign-offs: a quote followed by a dash and a name, "... deserves." ― Martha Aguilar.
Both return character offsets only; the caller maps them to tokens of the parse."""
from __future__ import annotations

import re

LABEL = re.compile(r"([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}):[ \t]+(?=\S)")
SIGN_OFF = re.compile(r"[\s”\"’']*[—–―-]{1,2}\s*([A-Z][^\n.!?]{1,60}?)\s*\.?\s*$")
MIN_LABELLED_WORDS = 3


def transcript_label(text: str, start: int, end: int, known: set[str]) -> tuple[int, int, int] | None:
    """(label start, label end, content start) when ``text[start:end]`` opens with a speaker label.

    The label must be upper case ("PENCE") or end with a name the article knows ("Mike Pence" ->
    "Pence"), and some words must follow it, so a subheading ending in a colon does not count."""
    m = LABEL.match(text, start, end)
    if not m:
        return None
    label = m.group(1)
    last = label.split()[-1].strip(".").lower()
    if not (label.isupper() and len(label) > 1 or last in known):
        return None
    if len(text[m.end():end].split()) < MIN_LABELLED_WORDS:
        return None
    return m.start(1), m.end(1), m.end()


def sign_off(text: str, quote_end: int, para_end: int) -> tuple[int, int] | None:
    """(start, end) of a name signed after a quote with a dash, to the end of the paragraph."""
    m = SIGN_OFF.match(text, quote_end, para_end)
    if not m or len(m.group(1).split()) > 8:
        return None
    return m.start(1), m.end(1)
