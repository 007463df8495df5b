"""Name strings for alias resolution: cleaning, folding and blocking keys.

Every function here works on plain strings. ``clean_surface`` turns an NER mention into the
alias form kept in the brief; ``fold`` is the case- and punctuation-blind form used to say two
surfaces are the same; ``translit_key`` and ``skeleton`` are the blocking keys under which
transliteration and spelling variants fall together (Zelenskiy/Zelenskyy, Kyiv/Kiev)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

HONORIFICS = {
    "mr", "mrs", "ms", "dr", "miss", "mx", "sir", "dame", "prof", "lord", "lady", "baroness", "rev", "revd",
}
HONORIFIC_PATTERN = r"Mr|Mrs|Ms|Dr|Miss|Mx|Sir|Dame|Prof|Lord|Lady|Baroness|Rev|Revd"
# capitalised words that open a sentence, not a name: "Beyond Trump", "Today the Tories", "Everything ..."
LEADING_WORDS = {
    "beyond", "everything", "everyone", "everybody", "nothing", "nobody", "someone", "something", "today",
    "yesterday", "tomorrow", "tonight", "meanwhile", "however", "also", "then", "now", "earlier", "later",
    "like", "unlike", "despite", "without", "with", "from", "for", "before", "after", "during", "since",
    "until", "while", "when", "as", "but", "and", "or", "so", "yet", "although", "though", "because", "if",
    "unless", "whether", "where", "about", "against", "among", "between", "behind", "across", "around",
    "by", "into", "onto", "over", "under", "upon", "via", "within", "throughout", "toward", "towards", "at",
    "on", "in", "to", "perhaps", "maybe", "indeed", "even", "still", "only", "just", "once", "every", "each",
    "this", "that", "these", "those", "another", "both", "either", "neither", "such", "what", "which",
    "why", "how", "said", "says", "a", "an", "thanks", "last", "next", "instead", "here", "there",
}
# honours and offices written after a name ("Edward Fitzgerald QC"); Jr and Sr are kept (another person)
POST_NOMINALS = {"qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
CORPORATE_SUFFIXES = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "spa",
    "ag", "nv", "gmbh", "llp", "group", "holdings", "party",  # "Labour Party" is "Labour"
}
# words a name may abbreviate ("Mt. Tabor", "Ft. Worth", "Justice Dept.")
ABBREVIATED_WORDS = {"mt": "mount", "ft": "fort", "dept": "department"}
# heads written first or last: "Department of Justice" / "Justice Department", "Ministry of Defence"
HEAD_FIRST_NAMES = {"department", "ministry"}
# lower-case particles that belong to a surname ("Bashar al-Assad", "Charles de Gaulle", "van Gogh")
PARTICLES = {
    "al", "el", "bin", "ibn", "ben", "abu", "van", "von", "de", "da", "di", "du", "del", "della", "der",
    "den", "la", "le", "ter", "ul",
}
FUZZY_SURNAME_MIN = 6  # shortest surname matched by key rather than letter for letter
LOOSE_MIN_LEN = 5  # shortest token compared by the loose key (Gill/Hill must stay apart)
ACRONYM_STOPWORDS = {"of", "the", "and", "for", "de", "on", "in", "du", "des", "la", "le", "&"}
VOWELS = set("aeiouy")
# spaCy's English stop words, less the few that are also surnames (Theresa May, Dan Rather)
FUNCTION_WORDS = {w.replace("'", "’") for w in STOP_WORDS} - {"may", "will", "rather"}
FUNCTION_WORDS |= {"i’m", "i’ve", "i’ll"}

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"(?:'s|s')$|(?<=s)'$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_HONORIFIC_PREFIX = re.compile(rf"^((?:{HONORIFIC_PATTERN})\.?)\s+(?=[A-Z])")  # the dot kept as written
_TRAILING_FUNCTION = re.compile(r"(?:\s+(?:in|on|at|of|to|and|or|for|the|a|an|with|by|from|as))+$")
_FURNITURE = re.compile(r"^(?:©|\(c\)\s|copyright\b|all rights reserved|rated\s+(?:g|pg|pg-13|r|nc-17|x)\b)",
                        re.IGNORECASE)
_EDGE_JUNK = re.compile(r"^[^\w]+|[^\w.]+$|(?<=[a-z]{3})\.$")
_TRANSLIT_RULES = (
    ("kh", "h"), ("zh", "j"), ("tch", "ch"), ("tz", "c"), ("ts", "c"), ("ck", "k"),
    ("ph", "f"), ("w", "v"), ("ie", "e"),
)
_VOWEL_CLASS = str.maketrans({"y": "i", "e": "i"})


def unify_apostrophes(text: str) -> str:
    """Curly and other apostrophes as ``'`` (same length as the input)."""
    return text.translate(_APOSTROPHES)


def ascii_fold(text: str) -> str:
    """Strip accents and unify apostrophes: ``Erdoğan’s`` -> ``Erdogan's``."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def clean_surface(text: str) -> str:
    """The alias form of a mention: no possessive, no leading "the", no edge punctuation or spaces."""
    text = " ".join(text.translate(_APOSTROPHES).split())
    text = _EDGE_JUNK.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = _TRAILING_FUNCTION.sub("", text)  # "Love in" when NER ran on into the next word
    return _strip_post_nominals(text.strip())


def _strip_post_nominals(text: str) -> str:
    """``Edward Fitzgerald QC`` -> ``Edward Fitzgerald`` (only after a name of two words or more)."""
    words = text.split()
    while len(words) > 2 and words[-1].rstrip(".,").lower() in POST_NOMINALS and words[-1][:1].isupper():
        words.pop()
        words[-1] = words[-1].rstrip(",")
    return " ".join(words)


TIME_ADVERBS = {
    "today", "yesterday", "tomorrow", "tonight", "meanwhile", "however", "also", "earlier", "later",
    "now", "then", "perhaps",
}


def strip_leading_words(text: str, title: bool = False) -> str:
    """A name without the sentence adverbs, determiners and prepositions NER took into it:
    ``Beyond Trump`` -> ``Trump``, ``Today the Tories`` -> ``Tories``, ``details Zimmerman`` ->
    ``Zimmerman`` (a particle stays: ``bin Salman``); unchanged when nothing
    capitalised is left after them. A ``title`` (a work of art, an event) loses only a time adverb
    ("Beyond the Sea" stays)."""
    words = text.split()
    lead = TIME_ADVERBS if title else LEADING_WORDS
    i = 0
    while i < len(words) - 1 and words[i][:1].isupper() and words[i].lower() in lead:
        i += 1
    while i < len(words) - 1 and (words[i].lower() == "the" or not title and words[i].isalpha()
                                  and words[i].islower() and words[i] not in PARTICLES):
        i += 1  # and lower-case words run into it: "Report details Zimmerman's" -> "Zimmerman"
    if i == 0 or not words[i][:1].isupper():
        return text
    return " ".join(words[i:])


def _is_dotted(text: str) -> bool:
    """``U.S.`` or ``E.U.``: letters each followed by a dot."""
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", text))


def split_honorific(text: str) -> tuple[str | None, str]:
    """``Mr Putin`` -> ("Mr", "Putin"), ``Mr. Trump`` -> ("Mr.", "Trump"); a name without honorific ->
    (None, name)."""
    m = _HONORIFIC_PREFIX.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, accent and punctuation blind form: ``U.S.`` -> ``us``, ``KIEV`` -> ``kiev``."""
    text = ascii_fold(text).lower().replace(".", "").replace("'", "")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def tokens(text: str) -> list[str]:
    """Folded word tokens of a name."""
    return fold(text).split()


def is_junk(text: str) -> bool:
    """A mention not worth an entity: empty, spanning lines, all lowercase, without letters, or one
    function word ("More", "I'm") that is not an acronym ("WHO" stays)."""
    if not text or "\n" in text or _FURNITURE.match(text):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 2 and not _is_dotted(text):
        return True
    if " " not in text and not text.isupper() and text.lower().replace("'", "’") in FUNCTION_WORDS:
        return True
    return text == text.lower()


def is_acronym(text: str) -> bool:
    """``EU``, ``E.U.``, ``NATO``: 2 to 6 capital letters, dotted or not."""
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def is_all_caps(text: str) -> bool:
    """Headline or dateline case: every letter a capital."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def initials(text: str) -> str | None:
    """Initials of the capitalised words (``World Health Organization`` -> ``who``); None for one word."""
    words = [w for w in re.split(r"[\s\-]+", ascii_fold(text)) if w]
    caps = [w for w in words if w.lower() not in ACRONYM_STOPWORDS]
    if len(caps) < 2 or not all(w[0].isupper() and "." not in w for w in caps):
        return None  # "Mt. Dako" is no expansion of "MD"
    if any(len(w) > 1 and w.isupper() for w in caps):
        return None  # "BBC Three" holds an acronym already: it is not "BT"
    return "".join(w[0].lower() for w in caps)


SPELLED_SMALL_WORDS = {"of", "and", "for", "on", "the"}  # small words an acronym may spell ("DOE", "BoE")
PLACE_ACRONYM_MAX = 3  # letters of a leading place acronym a body's acronym leaves out ("US", "UK", "EU")


@lru_cache(maxsize=1 << 14)
def acronym_readings(text: str) -> frozenset[str]:
    """Every acronym a name may be written as (folded): its ``initials``, also with the small words
    spelled ("Department of Energy" -> "de", "doe"), and the same without a leading place acronym
    ("US Department of Energy" -> "doe", "US Equal Employment Opportunity Commission" -> "eeoc").
    Empty for a name that has no initials."""
    words = [w for w in re.split(r"[\s\-]+", ascii_fold(text)) if w]
    variants = [words]
    if len(words) > 2 and words[0].isupper() and 2 <= len(words[0]) <= PLACE_ACRONYM_MAX:
        variants.append(words[1:])
    out: set[str] = set()
    for ws in variants:
        if initials(" ".join(ws)) is None:
            continue
        readings = [""]
        for w in ws:
            low = w.lower()
            if low in SPELLED_SMALL_WORDS:
                readings += [r + low[0] for r in readings]
            elif low not in ACRONYM_STOPWORDS:
                readings = [r + low[0] for r in readings]
        out.update(readings)
    return frozenset(out)


@lru_cache(maxsize=1 << 16)
def translit_token(token: str) -> str:
    """A folded token under a generic normaliser of Slavic-style transliteration variants.

    Digraphs are unified (kh/h, ts/c, ie/e, w/v ...), y/i/e fall into one vowel class and
    repeated letters collapse: Zelenskiy, Zelensky, Zelenskyy -> ``zilinski``; Kyiv, Kiev -> ``kiv``;
    Yanukovich, Yanukovych -> ``ianukovich``."""
    token = fold(token).replace(" ", "")
    for old, new in _TRANSLIT_RULES:
        token = token.replace(old, new)
    token = token.translate(_VOWEL_CLASS)
    return re.sub(r"(.)\1+", r"\1", token)


@lru_cache(maxsize=1 << 16)
def loose_token(token: str) -> str:
    """A looser key for longer tokens: ch, kh and h, and g and h, fall together (Chavkin/Khavkin,
    Bogdan/Bohdan, Krasnogir/Krasnohir: Slavic х and г in German, English and Russian spellings)."""
    return translit_token(token).replace("ch", "h").replace("g", "h")


def loose_name_key(text: str) -> tuple[str, ...] | None:
    """The loose key of a name whose every token is long enough to be compared loosely; else None."""
    toks = tokens(text)
    while len(toks) > 1 and toks[-1] in CORPORATE_SUFFIXES:
        toks = toks[:-1]
    if not toks or any(len(t) < LOOSE_MIN_LEN and translit_token(t) != loose_token(t) for t in toks):
        return None
    return tuple(loose_token(t) for t in toks)


def has_corporate_suffix(text: str) -> bool:
    """``Hollen Coal Company``, ``Apple Inc.``: a name an organisation gives itself."""
    toks = tokens(text)
    return len(toks) > 1 and toks[-1] in CORPORATE_SUFFIXES


def vowel_variants(a: str, b: str) -> bool:
    """Do two transliteration keys differ only by the Ukrainian/Russian i/o alternation?

    This is a narrow, language-specific rule (Ukrainian ikavism: the o of a closed final syllable
    is written i, Kharkov/Kharkiv, Lvov/Lviv, Frankovsk/Frankivsk), not a general spelling merge.
    Strict guards: keys of 4 letters or more, equal length, exactly one differing letter, that letter
    i in one and o in the other, and only 1 to 3 consonants after it (the last syllable). So
    India/Indio (word end), iPad/iPod (other vowels), Bolton/Bilton (first syllable) and
    Indian/Indiana (length) stay apart. ``entity_merge`` applies it only to one-word names that both
    vote PLACE; Solon/Solin-like pairs of real places would still merge (a known residual risk)."""
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diffs) != 1 or {a[diffs[0]], b[diffs[0]]} != {"i", "o"}:
        return False
    tail = a[diffs[0] + 1:]
    return 1 <= len(tail) <= 3 and not any(ch in VOWELS for ch in tail)


def syllables(token: str) -> int:
    """Runs of vowels in a folded token, a rough syllable count: ``Osoththanakorn`` -> 5, ``Mahmoud`` -> 2."""
    return len(re.findall(r"[aeiouy]+", fold(token)))


def skeleton(token: str) -> str:
    """Consonant skeleton of a transliterated token, an h after a consonant left out (Thai and Indic
    romanisations write t or th, p or ph for one sound): ``Kharkiv`` -> ``hrkv``, ``Osoththanakorn``
    and ``Osatanakorn`` -> ``ostnkrn``."""
    key = re.sub(r"(?<=[^aeiou])h", "", translit_token(token))
    return key[:1] + re.sub(r"(.)\1+", r"\1", "".join(ch for ch in key[1:] if ch not in VOWELS | {"i"}))


def key_is_distinctive(key: str) -> bool:
    """Guard against short keys (``Li``/``Lee``): at least 3 letters of which 2 consonants."""
    consonants = [ch for ch in key if ch not in VOWELS | {"i"}]
    return len(key) >= 3 and len(consonants) >= 2


def name_key(text: str) -> tuple[str, ...]:
    """Blocking key of a name: transliterated tokens without corporate suffixes ("Apple Inc." ->
    "Apple"), keeping middle initials and Jr/Sr so that George W. and George H. W. Bush, or father
    and son, stay apart; abbreviated words written out ("Mt. Tabor" -> "Mount Tabor") and a
    department named either way round ("Department of Justice" -> "Justice Department")."""
    toks = [ABBREVIATED_WORDS.get(t, t) for t in tokens(text)]
    while len(toks) > 1 and toks[-1] in CORPORATE_SUFFIXES:
        toks = toks[:-1]
    if len(toks) > 2 and toks[1] == "of" and toks[0] in HEAD_FIRST_NAMES:
        toks = toks[2:] + toks[:1]
    return tuple(translit_token(t) for t in toks)


def last_name(text: str) -> str | None:
    """The folded last word of a multi-word name, hyphenated parts kept together ("Ban Ki-moon" ->
    "kimoon", so "Moon" is not his surname); None for one word or a name ending in Jr/Sr."""
    words = text.split()
    if len(words) < 2 or fold(words[-1]) in NAME_SUFFIXES:
        return None
    return fold(words[-1]).replace(" ", "") or None


def surname_variants(text: str) -> list[str]:
    """Every folded surname of a full name a bare mention may use: the last word, without a
    hyphenated particle ("Bashar al-Assad" -> "alassad", "assad"), with a separate particle
    ("Charles de Gaulle" -> "gaulle", "degaulle"); a hyphenated surname stays whole
    ("Kodi Smit-McPhee" -> "smitmcphee"); a family name written first is one too
    ("Tsai Ing-wen" -> "ingwen", "tsai")."""
    last = last_name(text)
    if last is None:
        return []
    out = [last]
    parts = fold(text.split()[-1]).split()
    if len(parts) > 1 and parts[0] in PARTICLES:
        out.append("".join(parts[1:]))
    words = text.split()
    if len(words) > 2 and words[-2] in PARTICLES:
        out.append(fold(words[-2]) + last)
    if family_name_first(words):
        out.append(fold(words[0]))
    return out


_SYLLABLE_GIVEN_NAME = re.compile(r"[A-Z][a-z]{0,4}-[a-z]{1,5}")  # "Ing-wen", "Ki-moon", "Jae-in"


def family_name_first(words: list[str]) -> bool:
    """A Chinese or Korean name in its own order: a family name of one short syllable before a
    hyphenated given name ("Tsai Ing-wen", "Ma Ying-jeou", "Ban Ki-moon"); not "Prayuth Chan-ocha"."""
    return len(words) == 2 and words[0].isalpha() and len(words[0]) <= 5 and words[0][:1].isupper() \
        and _SYLLABLE_GIVEN_NAME.fullmatch(words[1]) is not None


def bare_surname(text: str) -> str | None:
    """The folded surname key of a mention that may be a surname alone: one word, hyphens kept
    together ("Smit-McPhee" -> "smitmcphee"), or a lower-case particle and a word ("al-Assad",
    "de Gaulle" -> "degaulle"); None for anything longer."""
    words = text.split()
    if len(words) == 2 and words[0] in PARTICLES:
        return fold(text).replace(" ", "") or None
    if len(words) != 1:
        return None
    return fold(text).replace(" ", "") or None


def surname_keys(word: str) -> list[str]:
    """Keys under which a surname is matched: the exact word, then, for six letters or more, its
    transliteration key (Zelenskyy/Zelensky; not Bill/Biel or Strip/Streep)."""
    keys = ["=" + word]
    if len(word) >= FUZZY_SURNAME_MIN:
        keys.append("~" + surname_token_key(word))
    return keys


def surname_token_key(token: str) -> str:
    """Key of a surname read alone or in a full name: loose for long tokens, strict for short ones."""
    return loose_token(token) if len(fold(token)) >= LOOSE_MIN_LEN else translit_token(token)


# plurals in -ches/-shes whose singular keeps the e ("headaches"); the rest drop "es" ("speeches")
_E_SINGULARS = {"headache", "cache", "niche", "avalanche", "moustache", "mustache", "cliche", "quiche",
                "creche", "douche", "microfiche", "psyche", "attache"}
_SAME_PLURAL = {"news", "series", "species", "means", "whereabouts", "headquarters", "chassis"}


def singular(word: str) -> str:
    """A plural noun's singular by its ending ("tories" -> "tory", "lawyers" -> "lawyer", "speeches" ->
    "speech", "losses" -> "loss", "taxes" -> "tax"); a word too short to tell, ending in "ss", "us" or "is"
    ("virus", "analysis"), or the same in both numbers ("news", "series"), as it is."""
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")) \
            or word.lower() in _SAME_PLURAL:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")) and word[:-1].lower() not in _E_SINGULARS:
        return word[:-2]
    return word[:-1]
