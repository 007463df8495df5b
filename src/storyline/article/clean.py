"""Cleaning of plain text as scraped: drop whole lines of page furniture, find the headline.

The unit of judgement is the line (a paragraph, in scraped text). A line is removed only whole,
and every removed line is listed, stripped, in ``Cleaned.boilerplate``. Characters inside kept
lines are never altered, so offsets of later stages point into a text whose sentences are the
scraped ones, verbatim.

Output layout: one kept line per paragraph, paragraphs joined by a single ``"\\n"``; blank lines
are dropped and each line is stripped of leading and trailing whitespace.

Rules, in order:

1. **Never remove a sentence.** A line that ends with sentence punctuation (``. ! ? … ” "``,
   possibly followed by closing quotes or brackets) and has at least ``SENTENCE_WORDS`` words,
   or any line of at least ``LONG_WORDS`` words, is *protected*: no vocabulary or shape rule
   touches it. The one exception is a *notice* addressed to the reader (``NOTICE``: error
   banners with "try again", "enable JavaScript", "Sign up ... newsletter", a line that ends with
   "Learn more" and says "you"), which is page text, not article text.
2. **Furniture vocabulary** (a small, documented, multilingual list) on unprotected lines:
   lone platform names and share/follow prompts (``SOCIAL_WORDS``), "Read also" cues
   (``CUE``), lone timestamps (``TIMESTAMP``), photo credits (``CREDIT``), advertising /
   cookie / subscribe / "Click here" / "Sign up" lines (``PROMO``), error banners
   (``ERROR``), and separator lines without a letter or digit.
3. **Headline**: the first remaining line, if headline-shaped (2 to ``TITLE_WORDS`` words,
   not a lone date, no final ``. : ; ,``), becomes the title when body text follows and it does
   not open a list of headlines. It leaves the text; it is not listed as boilerplate. Lines
   before it that are short labels (navigation, kickers) are boilerplate.
4. **Repetition**: a later non-sentence line equal to the title (or ``known_title``) is boilerplate.
5. **Link lists**: runs of at least ``LINK_RUN`` headline-like lines (``LINK_MIN_WORDS``+ words,
   no sentence punctuation) before the first or after the last sentence of the body, and any
   headline-like lines right after a "Read also"/"Related:" cue, are boilerplate.

Subheadings inside the article ("Talks and Efforts for Peace:") end with a colon or stand alone
between body paragraphs; no rule removes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.article.base import ArticleStage
from storyline.errors import CATALOGUE
from storyline.model import Article, Rejection

SENTENCE_WORDS = 5  # a line ending a sentence with this many words is protected
LONG_WORDS = 25  # a line this long is body text even without final punctuation
TITLE_WORDS = 20  # longest headline
QUESTION_WORDS = 14  # longest headline ending with ? ! or an ellipsis (such a line is sentence-shaped)
LABEL_WORDS = 3  # lines before the headline this short are page labels (navigation, kickers)
LINK_MIN_WORDS = 4  # shortest line counted in a run of linked headlines
LINK_MAX_WORDS = 16
LINK_RUN = 3  # this many headline-like lines in a row at the top or bottom form a link list
NOTICE_WORDS = 100  # longest line a reader-directed notice may be
PROMO_WORDS = 12  # longest advertising / subscription line ("Subscribe to ...")
CTA_WORDS = 50  # longest line ending with a call to action ("... Learn more") that is a notice

_END_CLOSERS = "\"'”’»)]"
_OPEN_QUOTES = "\"'“‘«("
_BULLETS = "•►▶·*-–— "
_SENTENCE_END = ".!?…"
_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_WORD = re.compile(r"[^\W_]", re.UNICODE)

# ---- vocabulary: whole-line furniture phrases (case-insensitive) ----


def _vocab(text: str) -> frozenset[str]:
    return frozenset(text.split())


# lines made only of these words are share/follow prompts or lone platform names
SOCIAL_WORDS = _vocab(
    """facebook twitter x instagram linkedin whatsapp telegram youtube tiktok pinterest reddit snapchat
    threads bluesky mastodon flipboard messenger vk google google+ plus email e-mail mail print share
    shares sharing tweet tweets retweet pin follow like us on via with this article story page copy link
    embed play post comment comments save more options and or to a your friend friends | · • »
    partager suivez-nous suivez teilen folgen compartir síguenos sigue condividi seguici
    sur auf en su em op"""
)
# ... and contain at least one of these
SOCIAL_HEADS = _vocab(
    """google facebook twitter x instagram linkedin whatsapp telegram youtube tiktok pinterest reddit
    snapchat email e-mail print share tweet follow partager teilen compartir condividi"""
)

# "Read also"-type cues that announce links (the line itself and the headlines right after it):
# a prefix followed by anything, or a heading that must stand alone (optionally with a colon)
_CUE_PREFIX = (
    r"read (also|more|next)|also read|see also|related( (stories|story|articles?|content|coverage|links?|"
    r"topics|news|videos?|gallery))?\s*(:|$)|more (on|from|about) .{0,60}:$|\(also on |also:|watch:|video:|"
    r"photos?:|gallery:|listen:|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|"
    r"mehr zum thema|lea también|leer también|ver también|leggi anche|vedi anche|leia também|veja também|"
    r"lees ook|zie ook|"
    r"читайте также"
)
_CUE_ALONE = (
    r"(more stories|more from \S+( \S+)?|recommended( stories| reading)?( for you)?|you may also like|"
    r"most (read|popular|viewed|shared)|top stories|trending( now)?|in other news|further reading)\s*:?$"
)
CUE = re.compile(rf"^[(\[]?\s*({_CUE_PREFIX}|{_CUE_ALONE})", re.IGNORECASE)

# a lone clock time, optionally with a label, a date and a time zone ("Updated 14:05 GMT", "07:30")
_MONTH = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc|märz|okt|dez"
    r"|ene|abr|ago|dic)[a-zà-ÿ]*\.?"
)
_DAY = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
_LABEL = (
    r"((last )?(updated|published|posted|modified|edited|uploaded)( on| at)?:?|date posted:?|mis à jour( le)?"
    r"|publié le"
    r"|aktualisiert( am)?|actualizado)"
)
_CLOCK = r"(\d{1,2}[:.h]\d{2}( ?[ap]\.? ?m\.?)?|\d{1,2} ?[ap]\.? ?m\.?|\d{4} (gmt|utc|bst))"
_ZONE = r"(gmt|utc|bst|cet|cest|msk|et|est|edt|pt|pst|pdt|ct|cst|cdt)([+-]\d{1,2})?"
_DATE = (
    rf"(({_DAY} )?(\d{{1,2}}(st|nd|rd|th)? {_MONTH}(,? \d{{4}})?"
    rf"|{_MONTH} \d{{1,2}}(st|nd|rd|th)?(,? \d{{4}})?)"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})"
)
TIMESTAMP = re.compile(
    rf"^({_LABEL} )?({_DATE},? ?([|•·-] |at )?)?{_CLOCK}( {_ZONE})?(,? (on )?{_DATE})?$"
    rf"|^{_LABEL} {_DATE}$"
    rf"|^({_LABEL} )?(\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$",
    re.IGNORECASE,
)
_LONE_DATE = re.compile(rf"^{_DATE}$", re.IGNORECASE)

# photo credits and captions
_AGENCIES = (
    r"(reuters|afp|ap|epa|pa|getty|getty images|shutterstock|alamy|bloomberg|anadolu|xinhua|tass|"
    r"ria novosti|sipa|dpa|ansa|efe)"
)
_PLATFORMS = r"(twitter|instagram|facebook|youtube|tiktok)"
CREDIT = re.compile(
    r"^(photo|photograph|picture|pic|image|images|video|foto|bild|credit|caption|image caption|media caption|"
    r"image copyright|copyright|file photo|crédit photo|photo credit|source)( ?[:|/©-]|$| by | courtesy)"
    r"|^getty images\b|^media playback is unsupported\b"
    r"|^\(?\s*(photos?|images?|pictures?|credit)\s*:"
    rf"|[/|©]\s*({_AGENCIES}|{_PLATFORMS})( via getty images| photo| images)?\s*\)?$"
    rf"|^\((photo|image)?[^()]*\b{_AGENCIES}\b[^()]*\)$"
    r"|^(image|media) (caption|copyright)\b"
    r"|\((photos?|images?|pictures?|credit)\s*:[^()]*\)$"
    rf"|\([^()]*\b({_AGENCIES} photo|getty images)\b[^()]*\)$",
    re.IGNORECASE,
)

# advertising, subscription, cookie and call-to-action lines
PROMO = re.compile(
    r"^(advertisement|advertising|advert|ad|sponsored( content)?|anzeige|werbung|publicité|publicidad"
    r"|pubblicità)(\s+continue reading( the main story)?)?$"
    r"|^(click|tap) (here|on|the|image|photo|to)\b|^embed\b|\bsign up for (our|the|my)\b.{0,40}\bnewsletter\b"
    r"|^sign (up|in)\b|^log ?in\b|^register\b|^subscribe\b|^newsletter\b"
    r"|^(story |article )?continue(s|d)? (reading|below|after)\b|^scroll (down|to continue)\b"
    r"|^(accept|reject|manage) (all )?cookies\b|^cookie (policy|settings|preferences|consent)\b"
    r"|^download (the|our) app\b|^get (the|our) app\b|^already a subscriber\b|^skip (to|ad)\b"
    r"|^(s'abonner|abonnez-vous|jetzt abonnieren|suscríbete|iscriviti)\b",
    re.IGNORECASE,
)

# error banners of the page
ERROR = re.compile(
    r"^error( message)?$|^(an )?error (has )?occurred\b|^something went wrong\b|^oops\W*$|^page not found$"
    r"|^this (video|content|page) (is|isn't|is not) (available|unavailable)|^loading\W*$",
    re.IGNORECASE,
)

# reader-directed notices: removed even when sentence-shaped (lines up to NOTICE_WORDS words)
NOTICE = re.compile(
    r"^(an )?error (has )?occurred\b.*\b(try again|later|refresh)\b|^something went wrong\b"
    r"|^(please )?(enable|turn on) javascript\b|^your browser (does not|doesn't|is not|isn't)\b"
    r"|^(newsletter )?(sign up|subscribe|register)\b.*\b(newsletter|alerts?|inbox|updates|e-?mails?)\b"
    r"|^get (breaking news|push notifications|news alerts)\b|^media playback is unsupported on your device\b"
    r"|^(this (site|website) uses|we use) cookies\b|(^|please )(upgrade|update) your (flash|browser)\b"
    r"|^(©|copyright|\(c\))\s*(©\s*)?\d{4}\b|^all rights reserved\b",
    re.IGNORECASE,
)
# page navigation and player controls, as whole lines
NAVIGATION = re.compile(
    r"^(page \d+ of \d+|go back|back to top|page content|skip to (main )?content|(show|hide) transcript"
    r"( (show|hide) transcript)?|more videos?\W*|× close\b.*|close|listen to (this )?article\b.*"
    r"|print this( page)?"
    r"|next|previous|prev|home|menu|search|toggle navigation)$",
    re.IGNORECASE,
)
# bylines: "By Jane Roe", "By Jane Roe, Staff Writer" (case-sensitive name)
BYLINE = re.compile(r"^(By|BY) [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}( ?[,|/—–-] ?[\w ,.'’-]*)?$")
# a reader-directed line ("you") ending with a call to action (lines up to CTA_WORDS words)
CALL_TO_ACTION = re.compile(
    r"^(?=.*\byou(r)?\b).*\b(learn more|read more|find out more|click here)\W*$", re.IGNORECASE
)
# platform UI lines, bare links and bracketed inserts ("[Related headline]", "[Image via AP]")
PLATFORM_UI = re.compile(r"^tweet with a location$|^add a location to your tweets?$", re.IGNORECASE)
BARE_LINK = re.compile(r"^(https?://|www\.)\S+$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$", re.IGNORECASE)
BRACKETED = re.compile(r"^\[[^\[\]]*\]$")
# "Follow us on X"-type prompts with more words than SOCIAL_WORDS allow
FOLLOW = re.compile(
    r"^(follow|like|find|join|connect with|subscribe to)\b.{0,60}\bon (facebook|twitter|instagram|youtube|"
    r"tiktok|linkedin|x|tumblr|snapchat|threads|bluesky|telegram|whatsapp)\b",
    re.IGNORECASE,
)


@dataclass
class Cleaned:
    """The result of cleaning one text."""

    text: str  # the cleaned article body: kept lines joined by "\n"
    title: str | None  # a headline found at the top, else None
    boilerplate: list[str] = field(default_factory=list)  # removed lines, in order, stripped


# ---- line shape ----


def words(line: str) -> int:
    """Number of whitespace-separated tokens."""
    return len(line.split())


def ends_sentence(line: str) -> bool:
    """The line ends with sentence punctuation, possibly followed by closing quotes or brackets."""
    if not line:
        return False
    if line[-1] in _SENTENCE_END or line[-1] in "”\"":
        return True
    core = line.rstrip(_END_CLOSERS)
    return core != line and core[-1:] in _SENTENCE_END


def is_protected(line: str) -> bool:
    """A real sentence (or a long paragraph): no vocabulary or shape rule may remove it."""
    n = words(line)
    return n >= LONG_WORDS or (n >= SENTENCE_WORDS and ends_sentence(line))


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
    core = line.rstrip(_END_CLOSERS)
    open_end = core[-1:] not in ".:;,…" or core.endswith(("...", "…"))
    return 2 <= n <= TITLE_WORDS and starts_upper(line) and open_end and not _LONE_DATE.match(line)


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


# ---- vocabulary ----


def is_social(line: str) -> bool:
    """A lone platform name or a share/follow prompt made only of social vocabulary."""
    tokens = [t.strip("!:.,()") for t in line.casefold().split()]
    tokens = [t for t in tokens if t]
    if not tokens or len(tokens) > 8:
        return False
    return all(t in SOCIAL_WORDS for t in tokens) and any(t in SOCIAL_HEADS for t in tokens)


def is_notice(line: str) -> bool:
    """A notice addressed to the reader (error banner, sign-up prompt, "... Learn more")."""
    n = words(line)
    return (n <= NOTICE_WORDS and bool(NOTICE.search(line))) or (
        n <= CTA_WORDS and bool(CALL_TO_ACTION.search(line))
    )


def furniture_kind(line: str) -> str | None:
    """The kind of page furniture a stripped, non-empty line is, or None for content."""
    if is_notice(line):
        return "notice"
    if is_protected(line):
        return None
    if not _WORD.search(line):
        return "separator"
    checks = (
        ("error", ERROR.search),
        ("social", is_social),
        ("social", FOLLOW.search),
        ("social", PLATFORM_UI.match),
        ("link", BARE_LINK.match),
        ("bracketed", BRACKETED.match),
        ("navigation", NAVIGATION.match),
        ("byline", lambda text: words(text) <= PROMO_WORDS and BYLINE.match(text)),
        ("cue", CUE.match),
        ("timestamp", TIMESTAMP.match),
        ("credit", CREDIT.search),
        ("promo", lambda text: words(text) <= PROMO_WORDS and PROMO.search(text)),
    )
    for kind, check in checks:
        if check(line):
            return kind
    return None


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
    parts = [part.strip() for part in _LINE_SPLIT.split(raw)]
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
    known = _norm(known_title) if known_title else None
    for pos, i in enumerate(rest):
        text = lines[i].text
        if (known and _norm(text) == known) or _title_candidate(lines, rest[pos:]):
            for j in rest[:pos]:
                lines[j].kind = "label"
            lines[i].kind = "title"
            return text
        if _is_body(lines[i]) or words(text) > LABEL_WORDS or headline_shaped(text):
            return None
    return None


def _title_candidate(lines: list[_Line], rest: list[int]) -> bool:
    """``rest[0]`` is a headline: headline-shaped, not a long sentence, not opening a list of headlines."""
    first = lines[rest[0]]
    text = first.text
    if not headline_shaped(text) or first.wrapped or (_is_body(first) and words(text) > QUESTION_WORDS):
        return False
    following = [i for i in rest[1:] if _norm(lines[i].text) != _norm(text)][: LINK_RUN]
    return sum(1 for i in following if link_like(lines[i].text)) < LINK_RUN - 1


def mark_repeats(lines: list[_Line], title: str | None, known_title: str | None) -> None:
    """Later non-sentence lines equal to the headline are furniture."""
    heads = {_norm(t) for t in (title, known_title) if t}
    for ln in lines:
        if ln.kind is None and not ln.wrapped and not ends_sentence(ln.text) and _norm(ln.text) in heads:
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
    verbs = iter(has_verb([lines[rest[pos]].text for run in runs for pos in run]))
    for run in runs:
        with_verb = sum(next(verbs) for _ in run)
        if 2 * with_verb >= len(run):
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
        original = article.text
        cleaned = clean_text(original, known_title=article.title)
        if article.raw_text is None:
            article.raw_text = original
        article.text = cleaned.text
        article.title = article.title or cleaned.title
        article.boilerplate = cleaned.boilerplate
        if not cleaned.text.strip():
            detail = f"{len(cleaned.boilerplate)} furniture lines removed" if original.strip() else "no text"
            reason = f"{CATALOGUE['E112']}: {detail}"
            article.rejection = Rejection(article.path, article.record, "E112", reason)
        return article
