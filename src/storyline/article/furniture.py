"""Page furniture vocabulary and the line shapes that protect sentences (used by ``clean``).

A small, documented list of phrases, matched against whole stripped lines, case-insensitively.
Nothing here looks beyond one line; the document-level rules (headline, repeats, link lists)
live in ``storyline.article.clean``."""
from __future__ import annotations

import re

SENTENCE_WORDS = 5  # a line ending a sentence with this many words is protected
LONG_WORDS = 25  # a line this long is body text even without final punctuation
NOTICE_WORDS = 100  # longest line a reader-directed notice may be
PROMO_WORDS = 12  # longest advertising / subscription line ("Subscribe to ...")
CTA_WORDS = 50  # longest line ending with a call to action ("... Learn more") that is a notice

END_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…"
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
    snapchat email e-mail print share tweet follow comment comments partager teilen compartir condividi"""
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
LONE_DATE = re.compile(rf"^{_DATE}$", re.IGNORECASE)

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
    r"|^\(?(slideshow|gallery|photo gallery|photos)\s*\(?\d+ (photos?|images?|pictures?|slides?)\b"
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
    r"|^(you are using an? |your )(web )?browser (that )?(is )?(out of date|outdated|old|unsupported|"
    r"no longer supported)\b|^(please )?(enable|allow) cookies\b"
    r"|^(newsletter )?(sign up|subscribe|register)\b.*\b(newsletter|alerts?|inbox|updates|e-?mails?)\b"
    r"|^get (breaking news|push notifications|news alerts)\b|^media playback is unsupported on your device\b"
    r"|^(this (site|website) uses|we use) cookies\b|(^|please )(upgrade|update) your (flash|browser)\b"
    r"|^(©|copyright|\(c\))\s*(©\s*)?\d{4}\b|^all rights reserved\b"
    r"|\bcopy this code to your (web ?site|site|blog)\b"  # a video player's embed widget
    r"|^(just watched|must watch)\b.*\b(replay more videos|must watch)\b",  # a video playlist entry
    re.IGNORECASE,
)
# a photo caption: a line ending with an agency credit in brackets ("... (AP Photo/Jane Roe)",
# "... (Associated Press)", "... (Getty Images)", "... (Reuters)"); kept as article text
CAPTION_CREDIT = re.compile(
    r"\((ap|afp|epa|reuters|getty|pa|aa) (photo|images?)\s*/[^()]*\)[\s.]*(\((associated press|ap)\))?$"
    r"|\((associated press|getty images|reuters|afp|epa|ap photo|afp photo)\)[\s.]*$",
    re.IGNORECASE,
)
# the end of an AP-style caption: ", Tuesday, Aug. 4, 2015." (a caption also has a present-tense verb)
WEEKDAY_DATE_END = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (january|february|march|april|may|june|"
    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? "
    r"\d{1,2},? \d{4}[.\s]*$",
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
    core = line.rstrip(END_CLOSERS)
    return core != line and core[-1:] in _SENTENCE_END


def is_protected(line: str) -> bool:
    """A real sentence (or a long paragraph): no vocabulary or shape rule may remove it."""
    n = words(line)
    return n >= LONG_WORDS or (n >= SENTENCE_WORDS and ends_sentence(line))


# ---- classification of one line ----


def is_social(line: str) -> bool:
    """A lone platform name or a share/follow prompt made only of social vocabulary."""
    tokens = [t.strip("!:.,()") for t in line.casefold().split()]
    tokens = [t for t in tokens if t]
    if not tokens or len(tokens) > 8 or (len(tokens) > 1 and ends_sentence(line)):
        return False  # "Instagram and Facebook." is a sentence; "Twitter." is the remnant of an embed
    return all(t in SOCIAL_WORDS for t in tokens) and any(t in SOCIAL_HEADS for t in tokens)


def is_notice(line: str) -> bool:
    """A notice addressed to the reader (error banner, sign-up prompt, "... Learn more")."""
    n = words(line)
    return (n <= NOTICE_WORDS and bool(NOTICE.search(line))) or (
        n <= CTA_WORDS and bool(CALL_TO_ACTION.search(line))
    )


FILE_PHOTO = re.compile(r"^(FILE\s*[—–-]|In this \S+( \S+){0,6} (file )?(photo|picture|image)\b)",
                        re.IGNORECASE)
PHOTO_POSITION = re.compile(r"\((L|R|C|left|right|center|centre|pictured)\)|, (left|right|center|centre|"
                            r"second left|second right),", re.IGNORECASE)
IMAGE_OPENING = re.compile(r"^(?:an? |this |the )?(?:file )?(?:photo|picture|image|screenshot|still"
                           r"|screengrab) (?:of|shows|taken|from)\b", re.IGNORECASE)


# a page section label run into the first line of text: "Story highlights ...", "Gallery 12 photos"
SECTION_LABEL = re.compile(r"^(?:story highlights|gallery|photos:|video:)", re.IGNORECASE)
# a rubric or kicker set before a headline or a link with a colon: "OPINION: ...", "Read more: ..."
KICKER_LABEL = re.compile(
    r"^(?:opinion|analysis|comment(?:ary)?|editorial|exclusive|breaking(?: news)?|updated?|watch|live"
    r"|video|photos?|gallery|read more|also read|related|see also|fact check|correction|editor'?s note"
    r"|note|review|interview|explainer|podcast|listen|poll|trending|sponsored|advertisement)$",
    re.IGNORECASE)


def caption_or_credit(text: str) -> bool:
    """Text shaped like a photo caption or credit, whatever its length: a copyright sign, an agency
    credit in brackets, a "FILE -" / "In this ... photo" / "An image from" opening, or "(L)" / ", left,"
    position notes. The one test the cleaner, story titles and leads, and the summary share."""
    text = text.strip()
    return ("©" in text or bool(CAPTION_CREDIT.search(text) or FILE_PHOTO.match(text)
                                or PHOTO_POSITION.search(text) or IMAGE_OPENING.match(text)))


# a caption label before a caption's text, as BBC pages print it: "Image copyright Reuters Image caption ...",
# "Media playback is unsupported on your device Media caption ..."
CAPTION_LABEL = re.compile(
    r"^(?:media playback is unsupported on your device\s+)?(?:image copyright\s+.{1,60}?\s+)?"
    r"(?:image|media) caption\s+(?=\S)",
    re.IGNORECASE,
)


def caption_text(line: str) -> str:
    """``line`` without a leading caption label (unchanged when it has none)."""
    m = CAPTION_LABEL.match(line)
    return line[m.end():] if m else line


CAPTION_MIN_WORDS = 4  # words before the credit that make a caption rather than a bare credit line


def is_caption(line: str) -> bool:
    """A photo caption closed by an agency credit in brackets, with at least ``CAPTION_MIN_WORDS`` words
    before the credit."""
    m = CAPTION_CREDIT.search(line)
    return bool(m) and words(line[: m.start()]) >= CAPTION_MIN_WORDS


def furniture_kind(line: str) -> str | None:
    """The kind of page furniture a stripped, non-empty line is, or None for content."""
    if is_notice(line):
        return "notice"
    if is_caption(line):
        return None  # a caption is article text (see ``storyline.article.clean``), its credit included
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
