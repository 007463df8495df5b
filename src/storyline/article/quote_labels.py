"""Speaker labels written around quotes rather than through a reporting verb.

- Transcripts: a paragraph (quoted or not) opening with a speaker label, "WALLACE: Let's start ...".
- Sign-offs: a quote followed by a dash and a name, "... deserves." ― Martha Aguilar.
- Headings: a paragraph holding only a name and a colon, then the quote in the next one (roundups).
- Embedded posts: a paragraph that ends with a social-media embed's signature, "... — Jane Doe
  (@janedoe) July 5, 2016", the form an embedded X/Twitter post takes once a page is scraped to text.
All return character offsets only; the caller maps them to tokens of the parse."""
from __future__ import annotations

import re

from storyline.article.furniture import KICKER_LABEL

LABEL = re.compile(r"([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}):[ \t]+(?=\S)")
SIGN_OFF = re.compile(r"[\s”\"’']*[—–―-]{1,2}\s*([A-Z][^\n.!?]{1,60}?)\s*\.?\s*$")
MIN_LABELLED_WORDS = 3
HEADING_LABEL = re.compile(r"[ \t]*([A-Z][^\n:.!?\"“”]{1,60}?):[ \t]*$")
MAX_HEADING_WORDS = 6
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
POST_SIGNATURE = re.compile(
    r"\s[—–―-]{1,2}\s*(?P<name>[^\n()—–―@]{1,60}?)\s*\(@(?P<handle>\w{1,15})\)\s*"
    rf"(?P<date>{MONTH} \d{{1,2}},? \d{{4}})\s*$")
TRAILING_LINKS = re.compile(r"(?:\s+(?:https?://|pic\.twitter\.com/|t\.co/)\S*)+\s*$")
EDGE_MARKS = " \t\"“”'‘’"


def transcript_label(text: str, start: int, end: int, known: set[str]) -> tuple[int, int, int] | None:
    """(label start, label end, content start) when ``text[start:end]`` opens with a speaker label.

    The label must be upper case ("PENCE") or end with a name the article knows ("Mike Pence" ->
    "Pence"), and some words must follow it, so a subheading ending in a colon does not count; nor does
    a rubric ("OPINION: ...")."""
    m = LABEL.match(text, start, end)
    if not m:
        return None
    label = m.group(1)
    last = label.split()[-1].strip(".").lower()
    if KICKER_LABEL.match(label) or not (label.isupper() and len(label) > 1 or last in known):
        return None
    if len(text[m.end():end].split()) < MIN_LABELLED_WORDS:
        return None
    return m.start(1), m.end(1), m.end()


def heading_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name when the paragraph ``text[start:end]`` is only a speaker's name and a
    colon, the form of a roundup ("Newt Gingrich:" on its own line, then the quote)."""
    m = HEADING_LABEL.match(text, start, end)
    if not m or len(m.group(1).split()) > MAX_HEADING_WORDS or KICKER_LABEL.match(m.group(1)):
        return None
    return m.start(1), m.end(1)


def sign_off(text: str, quote_end: int, para_end: int) -> tuple[int, int] | None:
    """(start, end) of a name signed after a quote with a dash, to the end of the paragraph."""
    m = SIGN_OFF.match(text, quote_end, para_end)
    if not m or len(m.group(1).split()) > 8:
        return None
    return m.start(1), m.end(1)


def embedded_post(text: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """(body start, body end, name start, name end) when the paragraph ``text[start:end]`` is an embedded
    post signed "— Name (@handle) Month D, YYYY". Links trailing the body and quote marks around it are
    left out of the body."""
    m = POST_SIGNATURE.search(text, start, end)
    if not m:
        return None
    body = text[start:m.start()]
    link = TRAILING_LINKS.search(body)
    if link:
        body = body[:link.start()]
    lead = len(body) - len(body.lstrip(EDGE_MARKS))
    b_start, b_end = start + lead, start + len(body.rstrip(EDGE_MARKS))
    if len(text[b_start:b_end].split()) < MIN_LABELLED_WORDS:
        return None
    return b_start, b_end, m.start("name"), m.end("name")
