"""Cleaning of plain text as scraped: drop whole lines of page furniture, find the headline.

The unit of judgement is the line (a paragraph, in scraped text). A line is removed only whole,
and every removed line is listed, stripped, in ``Cleaned.boilerplate``. Characters inside kept
lines are never altered (a caption label at the start of a line is the one cut, rule 1), so offsets of
later stages point into a text whose sentences are the scraped ones, verbatim.

Output layout: one kept line per paragraph, joined by a single ``"\n"``; blank lines are dropped
and each line is stripped of leading and trailing whitespace (so " \n \n " separators become "\n").

Rules, in order (vocabulary and one-line shapes in ``storyline.article.furniture``):

1. **Never remove a sentence.** A line that ends with sentence punctuation (``. ! ? … ” "``,
   possibly followed by closing quotes or brackets) and has at least ``SENTENCE_WORDS`` words,
   any line of at least ``LONG_WORDS`` words, and the pieces of a hard-wrapped paragraph (a line
   followed directly by one starting in lowercase) are *body*: no vocabulary or shape rule touches
   them. The one exception is a *notice* addressed to the reader (``NOTICE``: error banners with
   "try again", "enable JavaScript", "Sign up ... newsletter", cookie and copyright notices,
   "Media playback is unsupported on your device", an out-of-date-browser banner, a line that says
   "you" and ends with "Learn more"/"click here"), which is page text, not article text.
   A photo caption ("Rescuers carry a stretcher in Mae Sai, Tuesday, July 3, 2018. (AP Photo/...)")
   is article text: it dates, places and names what the photo shows, and readers annotate it. It is
   kept, with its credit; a bare credit line ("(AP Photo/Jane Roe)", "Photo: Getty Images") is not.
   A caption's label ("Image copyright Reuters Image caption", "Media playback is unsupported on your
   device Media caption") is cut from the start of its line: the only characters cut from a kept line.
2. **Furniture vocabulary** on the other lines: lone platform names and share/follow prompts,
   "Read also"/"Related:" cues, lone timestamps, bare photo credits, advertising /
   cookie / subscribe / "Click here" / "Sign up" lines, error banners, bylines, navigation
   ("Page 1 of 2"), bare URLs and e-mail addresses, whole bracketed inserts, separator lines.
3. **Headline**: the first remaining line, if headline-shaped (2 to ``TITLE_WORDS`` words,
   capitalised, not a lone date, no final ``. : ; ,``; a question of up to ``QUESTION_WORDS``
   words is allowed), becomes the title when body text follows and it does not open a list of
   headlines. It leaves the text and is not listed as boilerplate. Short labels before it
   (kickers, navigation) are boilerplate.
4. **Repetition**: a later non-sentence line equal to the title, or to ``known_title`` (the metadata
   title, also without an " | Outlet" suffix), is boilerplate. A top line equal to ``known_title`` is
   the headline even when it does not look like one.
5. **Link lists**: headline-like lines right after a bare cue ("Related:", "More on the war:"),
   and runs of at least ``LINK_RUN`` headline-like lines (``LINK_MIN_WORDS`` to
   ``LINK_MAX_WORDS`` words, capitalised, no sentence punctuation, not numbered or bulleted) before
   the first or after the last body line whose lines mostly have a verb (spaCy tagger: linked
   headlines have verbs, lists of names, fixtures or rankings do not).

Subheadings inside the article ("Talks and Efforts for Peace:") end with a colon or stand alone
between body paragraphs; no rule removes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.article.base import ArticleStage
from storyline.article.furniture import (
    CUE,
    END_CLOSERS,
    LONE_DATE,
    caption_or_credit,
    caption_text,
    ends_sentence,
    furniture_kind,
    is_protected,
    words,
)
from storyline.errors import CATALOGUE
from storyline.model import Article, Rejection

TITLE_WORDS = 20  # longest headline
QUESTION_WORDS = 14  # longest headline ending with ? ! or an ellipsis (such a line is sentence-shaped)
LABEL_WORDS = 3  # lines before the headline this short are page labels (navigation, kickers)
LINK_MIN_WORDS = 4  # shortest line counted in a run of linked headlines
LINK_MAX_WORDS = 16
LINK_RUN = 3  # this many headline-like lines in a row at the top or bottom form a link list
LINK_SAMPLE = 12  # lines of a run read by the verb test

_OPEN_QUOTES = "\"'“‘«("
_BULLETS = "•►▶·*-–— "
_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


@dataclass
class Cleaned:
    """The result of cleaning one text."""

    text: str  # the cleaned article body: kept lines joined by "\n"
    title: str | None  # a headline found at the top, else None
    boilerplate: list[str] = field(default_factory=list)  # removed lines, in order, stripped


def starts_upper(line: str) -> bool:
    """The first letter or digit is an uppercase letter or a digit, or the first word is a brand
    written in camel case ("iPhone", "eBay")."""
    if re.match(r"[a-z]+[A-Z]", line):
        return True
    for ch in line:
        if ch.isalnum():
            return ch.isupper() or ch.isdigit()
    return False


def headline_shaped(line: str) -> bool:
    """A short capitalised line that could be a headline: it may end with ? ! or an ellipsis, not . : ; ,"""
    n = words(line)
    core = line.rstrip(END_CLOSERS)
    open_end = core[-1:] not in ".:;,…" or core.endswith(("...", "…"))
    return (2 <= n <= TITLE_WORDS and starts_upper(line) and open_end and not LONE_DATE.match(line)
            and not caption_or_credit(line))  # a photo credit or gallery label, not a headline


def link_like(line: str) -> bool:
    """A line shaped like a linked headline: starts with a capital letter (or a quote), a few words,
    no sentence punctuation. Lines opening with a digit or a bullet are list items, not links."""
    n = words(line)
    first = line.lstrip(_OPEN_QUOTES)[:1]
    return (
        LINK_MIN_WORDS <= n <= LINK_MAX_WORDS
        and first.isalpha()
        and first.isupper()
        and not ends_sentence(line)
        and line[-1] not in ".:;,"
    )


def _norm(line: str) -> str:
    return " ".join(line.casefold().split())


# ---- document-level rules ----


@dataclass
class _Line:
    """One stripped, non-blank line and what it was judged to be."""

    text: str
    kind: str | None = None  # None: content; "title"; otherwise a furniture kind
    wrapped: bool = False  # part of a hard-wrapped paragraph: body text, judged with its neighbours


def split_lines(raw: str) -> list[_Line]:
    """Non-blank lines, stripped, with their vocabulary kind.

    A line of a few words directly followed (no blank line between) by a line starting with a lowercase
    letter, and that following line, are pieces of one hard-wrapped paragraph: body text, never furniture."""
    parts = [caption_text(part.strip()) for part in _LINE_SPLIT.split(raw)]
    out = []
    for k, text in enumerate(parts):
        if not text:
            continue
        after = parts[k + 1] if k + 1 < len(parts) else ""
        carried_on = _continues(after) and words(text) > LABEL_WORDS
        wrapped = carried_on or (k > 0 and bool(parts[k - 1]) and _continues(text))
        out.append(_Line(text, None if wrapped else furniture_kind(text), wrapped))
    return out


def _continues(text: str) -> bool:
    """The line carries on a sentence from the line above: it starts with a lowercase letter."""
    return bool(re.match(r"[^\W\d_A-Z][^\W\d_A-Z'’-]*([\s,;.)]|$)", text)) and not text[:1].isupper()


def _remaining(lines: list[_Line]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.kind is None]


def _is_body(line: _Line) -> bool:
    return line.wrapped or is_protected(line.text)


def mark_title(lines: list[_Line], known_title: str | None) -> str | None:
    """Find the headline at the top; mark it "title" and short labels before it "label"."""
    rest = _remaining(lines)
    if not any(_is_body(lines[i]) for i in rest):
        return None  # no body text follows
    for pos, i in enumerate(rest):
        text = lines[i].text
        if _is_kicker(lines, rest[pos:]):
            continue
        if same_headline(text, known_title) or _title_candidate(lines, rest[pos:]):
            for j in rest[:pos]:
                lines[j].kind = "label"
            lines[i].kind = "title"
            return text
        if _is_body(lines[i]) or words(text) > LABEL_WORDS or headline_shaped(text):
            return None
    return None


def _is_kicker(lines: list[_Line], rest: list[int]) -> bool:
    """``rest[0]`` is a short section label ("Russia-Ukraine war") over a longer headline."""
    label = lines[rest[0]].text
    if len(rest) < 2 or words(label) > LABEL_WORDS or not label[:1].isalpha():
        return False
    after = lines[rest[1]]
    longer = words(after.text) > words(label) and not after.wrapped
    return longer and not _is_body(after) and _title_candidate(lines, rest[1:])


def _title_candidate(lines: list[_Line], rest: list[int]) -> bool:
    """``rest[0]`` is a headline: headline-shaped, not a long sentence, not opening a list of headlines."""
    first = lines[rest[0]]
    text = first.text
    if not headline_shaped(text) or first.wrapped or (_is_body(first) and words(text) > QUESTION_WORDS):
        return False
    following = [i for i in rest[1:] if _norm(lines[i].text) != _norm(text)][: LINK_RUN]
    return sum(1 for i in following if link_like(lines[i].text)) < LINK_RUN - 1


def same_headline(line: str, known_title: str | None) -> bool:
    """The line is the known (metadata) title, maybe without its " | Outlet" or " - Outlet" suffix."""
    if not known_title or words(line) > TITLE_WORDS or (ends_sentence(line) and line[-1] == "."):
        return False
    head, known = _norm(line), _norm(known_title)
    suffix = known[len(head) : len(head) + 2]
    return known == head or (known.startswith(head) and suffix in (" |", " -", " –", " —"))


def mark_repeats(lines: list[_Line], title: str | None, known_title: str | None) -> None:
    """Later non-sentence lines equal to the headline are furniture."""
    for ln in lines:
        if ln.kind is not None or ln.wrapped or ends_sentence(ln.text):
            continue
        if (title and _norm(ln.text) == _norm(title)) or same_headline(ln.text, known_title):
            ln.kind = "repeat"


def mark_link_lists(lines: list[_Line]) -> None:
    """Links right after a cue; runs of headlines with verbs before or after the body are furniture."""
    _mark_after_cues(lines)
    rest = _remaining(lines)
    body = [pos for pos, i in enumerate(rest) if _is_body(lines[i])]
    first, last = (body[0], body[-1]) if body else (len(rest), -1)
    runs = [r for r in _link_runs(lines, rest) if len(r) >= LINK_RUN and (r[0] > last or r[-1] < first)]
    if not runs:
        return
    samples = [run[:LINK_SAMPLE] for run in runs]  # the verb test reads at most LINK_SAMPLE lines a run
    verbs = iter(has_verb([lines[rest[pos]].text for sample in samples for pos in sample]))
    for run, sample in zip(runs, samples, strict=True):
        if 2 * sum(next(verbs) for _ in sample) >= len(sample):
            for pos in run:
                lines[rest[pos]].kind = "links"


def has_verb(texts: list[str]) -> list[bool]:
    """Whether each text has a verb, by the spaCy tagger (headlines have verbs, lists of names do not)."""
    from storyline.article.nlp import load_nlp  # spaCy only when a candidate link list exists

    docs = load_nlp().pipe(texts, disable=["parser", "ner", "lemmatizer"])
    return [any(t.pos_ in ("VERB", "AUX") for t in doc) for doc in docs]


def _link_runs(lines: list[_Line], rest: list[int]) -> list[list[int]]:
    """Maximal runs (positions in ``rest``) of consecutive link-like lines."""
    runs: list[list[int]] = []
    current: list[int] = []
    for pos, i in enumerate(rest):
        if link_like(lines[i].text) and not lines[i].wrapped:
            current.append(pos)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def is_bare_cue(line: str) -> bool:
    """A cue that announces links rather than carrying one: "Related:", "Read more", "More on the war:"."""
    match = CUE.match(line)
    if not match:
        return False
    tail = line[match.end():].strip(" :()[]-–—»")
    topic = re.match(r"(read )?more (on|about|from)\b", line, re.IGNORECASE)
    return line.rstrip().endswith(":") or not tail or bool(topic)


def _mark_after_cues(lines: list[_Line]) -> None:
    """Headline-like lines (bullets allowed) directly after a bare cue are the cued links."""
    after_cue = False
    for ln in lines:
        if ln.kind is not None:
            after_cue = ln.kind == "cue" and is_bare_cue(ln.text) or (after_cue and ln.kind != "cue")
        elif after_cue and not ln.wrapped and link_like(ln.text.lstrip(_BULLETS)):
            ln.kind = "links"
        else:
            after_cue = False


def classify_lines(raw: str, known_title: str | None = None) -> list[tuple[str, str | None]]:
    """Every non-blank stripped line with its kind: None (kept), "title", or the furniture kind."""
    lines = split_lines(raw)
    title = mark_title(lines, known_title)
    mark_repeats(lines, title, known_title)
    mark_link_lists(lines)
    return [(ln.text, ln.kind) for ln in lines]


def clean_text(raw: str, known_title: str | None = None) -> Cleaned:
    """Remove page furniture from scraped text, find its headline, list what was removed."""
    lines = classify_lines(raw, known_title)
    title = next((text for text, kind in lines if kind == "title"), None)
    text = "\n".join(text for text, kind in lines if kind is None)
    boilerplate = [text for text, kind in lines if kind not in (None, "title")]
    return Cleaned(text=text, title=title, boilerplate=boilerplate)


class CleanStage(ArticleStage):
    """Article stage: clean ``article.text``, keep the original in ``raw_text``, set the title."""

    name = "clean"
    requires = ("text",)
    produces = ("text", "title", "boilerplate", "raw_text")

    def process(self, article: Article) -> Article:
        """Clean the text before cleaning (``raw_text`` when already set, so a second run gives the same)."""
        if article.raw_text is None:
            article.raw_text = article.text
        original = article.raw_text
        cleaned = clean_text(original, known_title=article.title)
        article.text = cleaned.text
        article.title = article.title or cleaned.title
        article.boilerplate = cleaned.boilerplate
        if not cleaned.text.strip():
            detail = f"{len(cleaned.boilerplate)} furniture lines removed" if original.strip() else "no text"
            reason = f"{CATALOGUE['E112']}: {detail}"
            article.rejection = Rejection(article.path, article.record, "E112", reason)
        return article
