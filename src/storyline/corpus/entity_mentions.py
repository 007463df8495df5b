"""Name mentions gathered from articles for alias resolution.

Each NER mention becomes a ``NameMention``: cleaned surface (no possessive, no leading "the"),
the honorific before it ("Mr"), the titles around it and its type votes. Mentions in headline-case
lines, and the pieces of a mention that spans a line break, are unreliable (spaCy joins page
furniture and title-case words to names there): they survive only when their form, or a run of
their words, is seen in reliable body text. Names handed over by other stages (quote speakers,
figure claimants) are registered too, so that ``EntityIndex.lookup`` finds them."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.corpus.entity_names import (
    FUNCTION_WORDS,
    HONORIFIC_PATTERN,
    HONORIFICS,
    POST_NOMINALS,
    acronym_readings,
    clean_surface,
    fold,
    has_corporate_suffix,
    initials,
    is_junk,
    last_name,
    split_honorific,
    strip_leading_words,
    unify_apostrophes,
)
from storyline.corpus.entity_titles import has_role_word, is_role, strip_role_words, titles_of
from storyline.corpus.entity_types import SPEAKS, context_votes, has_org_head, label_vote
from storyline.model import Article

_ODD_SPACE = re.compile(r"[^\S ]| {2}")  # whitespace other than single spaces
_HONORIFIC_BEFORE = re.compile(rf"\b((?:{HONORIFIC_PATTERN})\.?)\s+$")  # "Mr." as written
HONORIFIC_REACH = 10  # characters before a name its honorific may take ("Baroness ")
# an honorific inside a mention starts a new name: "Tanzania Mr Brown", "Foreign Policy Centre Mr Straw"
_INNER_HONORIFIC = re.compile(rf"\s+(?=(?:{HONORIFIC_PATTERN})\.?\s+[A-Z])")
TITLE_LABELS = {"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}  # titles keep their first word ("Beyond the Sea")
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|father|mother|brother|sister|parents?|widow|grandson|granddaughter|"
    r"nephew|niece|cousin|uncle|aunt|fianc[ée]e?|girlfriend|boyfriend)\b[^.!?\n]*$")
_NUMBER_SUFFIX = re.compile(r"-\d{1,4}\b")
_ACRONYM_DEFINITION = re.compile(r"\s*\(\s*([A-Z][A-Za-z&]*[A-Z]|[A-Z](?:\.[A-Z])+\.?)\s*\)")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_SMALL_WORDS = {
    "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "as", "vs", "from",
}


@dataclass
class NameMention:
    """One use of a name in one document; ``start`` is None for a name not found in the text."""

    doc: str
    start: int | None
    end: int | None
    surface: str
    label: str
    honorific: str | None = None
    titles: list[str] = field(default_factory=list)
    votes: list[tuple[str, float]] = field(default_factory=list)
    reliable: bool = True
    place_context: bool = False
    defines: str | None = None  # for "(NMRS)" after a name: the form of the name it abbreviates
    common: bool = False  # the document also writes this one word in lower case ("Hope", "hope")
    kin: bool = False  # introduced as someone's relative ("with parents Alexander Love, 64, and ...")

    @property
    def form(self) -> str:
        return fold(self.surface)

    @property
    def n_words(self) -> int:
        return len(self.form.split())


@lru_cache(maxsize=4096)
def is_headline_line(line: str) -> bool:
    """A short title-case or all-caps line without a closing full stop (headline, subheading, dateline)."""
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if not words or len(words) > 16 or line.rstrip().endswith((".", "”", '"')):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def _line_of(text: str, start: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return text[lo:hi if hi >= 0 else len(text)]


def make_mention(article: Article, start: int, end: int, label: str, reliable: bool) -> NameMention | None:
    """A cleaned mention of ``article.text[start:end]``, or None for junk."""
    raw = article.text[start:end]
    surface = clean_surface(raw)
    surface = clean_surface(strip_leading_words(surface, title=label in TITLE_LABELS))
    if label in ("PERSON", "SPEAKER"):  # SPEAKER: a name the quote or figure stage handed over
        surface = strip_role_words(surface)
    if is_junk(surface):
        return None
    honorific, surface = split_honorific(surface)
    found = _locate(raw, surface)
    if found is None:
        return None
    untouched_end = start + found[1] == start + len(raw.rstrip())
    start, end = start + found[0], start + found[1]
    if not honorific:
        m = _HONORIFIC_BEFORE.search(article.text, max(0, start - HONORIFIC_REACH), start)
        honorific = m.group(1) if m else None
    number = _NUMBER_SUFFIX.match(article.text, end) if untouched_end else None
    if number:  # "Severna-3" when NER stopped at "Severna"
        surface, end = surface + number.group(), number.end()
    mention = NameMention(article.id, start, end, surface, label, honorific, reliable=reliable)
    return _annotate(article, mention)


def _locate(raw: str, surface: str) -> tuple[int, int] | None:
    """Where the cleaned ``surface`` sits in ``raw`` (its spaces and apostrophes may differ)."""
    words = surface.split()
    if not words:
        return None
    unified = unify_apostrophes(raw)
    if not _ODD_SPACE.search(unified):  # single spaces only: "\s+" between words matches one space
        at = unified.find(" ".join(words))
        return (at, at + len(" ".join(words))) if at >= 0 else None
    m = re.search(r"\s+".join(re.escape(w) for w in words), unified)
    return (m.start(), m.end()) if m else None


def _annotate(article: Article, m: NameMention) -> NameMention:
    """Fill titles, context and votes of a mention that has offsets."""
    text = article.text
    lead = m.start - (len(m.honorific) + 1 if m.honorific else 0)
    person_like = m.label in ("PERSON", "SPEAKER") or m.n_words > 1
    m.titles = titles_of(text, max(0, lead), m.end) if person_like else []
    votes = [label_vote(m.label, m.n_words)]
    has_role = any(has_role_word(t) for t in m.titles)  # "a shift foreman" names no role: no person vote
    votes += context_votes(text, max(0, lead), m.end, has_role, bool(m.honorific), m.label)
    # "in Mr Lyons' image", "in Trump company losses": after an honorific or before a noun it modifies,
    # "in" does not make a place
    m.place_context = not m.honorific and not _modifies_a_noun(text, m.end) and any(
        kind == "PLACE" for kind, _ in votes[1:])
    m.kin = bool(_KIN_BEFORE.search(text, max(0, lead - 45), max(0, lead)))
    m.votes = votes
    return m


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _modifies_a_noun(text: str, end: int) -> bool:
    """Is the name followed straight away by a lower-case content word ("Trump company losses")?"""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) not in FUNCTION_WORDS


def article_mentions(article: Article) -> list[NameMention]:
    """The cleaned NER mentions of one article, with the acronyms defined in brackets after a name."""
    out: list[NameMention] = []
    lower_words = set(_LOWER_WORD.findall(article.text))
    people = {clean_surface(article.text[e.start:e.end]) for e in article.entities if e.label == "PERSON"}
    for ent in article.entities:
        pieces = _split_lines(article.text, ent.start, ent.end)
        for ps, pe in pieces:
            reliable = len(pieces) == 1 and not is_headline_line(_line_of(article.text, ps))
            for s, e in _split_honorifics(article.text, ps, pe):
                label = _titled_person(article.text[s:e], ent.label, people)
                m = make_mention(article, s, e, label, reliable)
                if m is not None and not common_word_opener(article.text, m, lower_words):
                    m.common = m.n_words == 1 and m.surface.lower() in lower_words
                    out.append(m)
    return out + _acronym_definitions(article, out)


def _titled_person(raw: str, label: str, people: set[str]) -> str:
    """PERSON for a name NER took for an organisation with a job title in front ("Corporation Counsel
    Ed Siskel", ORG) when the article names that person elsewhere ("Ed Siskel", PERSON)."""
    if label != "ORG":
        return label
    bare = strip_role_words(clean_surface(raw))
    return "PERSON" if bare != clean_surface(raw) and bare in people else label


def common_word_opener(text: str, m: NameMention, lower_words: set[str]) -> bool:
    """A one-word "name" opening a sentence that the text also writes in lower case ("For", "Foreman")."""
    if m.n_words != 1 or m.surface.isupper() or m.surface.lower() not in lower_words:
        return False
    before = text[max(0, m.start - 3):m.start]
    return m.start == 0 or before.endswith("\n") or bool(re.search(r"[.!?][\"”’']?\s+$", before))


def _acronym_definitions(article: Article, mentions: list[NameMention]) -> list[NameMention]:
    """"National Mine Rescue Service (NMRS)", "Kuomintang (KMT)": the bracketed acronym as a mention
    defining the name (a one-word person is no expansion)."""
    taken = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        d = _ACRONYM_DEFINITION.match(article.text, m.end) if m.n_words > 1 or m.label != "PERSON" else None
        if not d or not _spells(d.group(1), m.surface):
            continue
        acronym = taken.get(d.start(1)) or make_mention(article, d.start(1), d.end(1), m.label, m.reliable)
        if acronym is not None:
            acronym.defines = m.form
            if acronym.start not in taken:
                out.append(acronym)
    return out


def _spells(acronym: str, name: str) -> bool:
    """Can ``acronym`` stand for ``name``: the same first letter, an acronym reading of it ("US Department
    of Energy (DOE)"), or the initials of its last words ("United Nations World Food Programme (WFP)")?
    A one-word name must hold the acronym's letters in order from its first ("Kuomintang (KMT)")."""
    letters = acronym.replace(".", "").lower()
    if " " not in name:
        return _letters_in_order(letters, fold(name))
    return acronym[0] == name[0] or letters in acronym_readings(name) \
        or (initials(name) or "").endswith(letters) and len(letters) >= 2


ONE_WORD_ACRONYM_MIN = 3  # letters of an acronym defined for a one-word name ("Kuomintang (KMT)")


def _letters_in_order(letters: str, word: str) -> bool:
    """Is ``letters`` (3 or more) a subsequence of a word at least twice as long, from its first letter?"""
    if len(letters) < ONE_WORD_ACRONYM_MIN or len(word) < 2 * len(letters) or word[:1] != letters[:1]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in letters[1:])


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between line breaks and separators ("Andy Kropa - GETTY",
    "Catherine Rentz/Baltimore Sun"), an unclosed bracket ("Survivors Fund (SURF") and a closing quote
    mark inside ("Today” Show's Matt Lauer")."""
    out, pos = [], start
    for m in re.finditer(r"\n+|\s+[-–—|]\s+|\s*/\s*(?=[A-Z])|\s*\((?![^)]*\))\s*|(?<=\w)[”\"]\s+",
                         text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if e > s]


def _split_honorifics(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` cut before every honorific that is not its first word."""
    cuts = [(m.start(), m.end()) for m in _INNER_HONORIFIC.finditer(text, start, end)]
    bounds = [start] + [c for cut in cuts for c in cut] + [end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2) if bounds[i + 1] > bounds[i]]


def person_surnames(mentions: list[NameMention]) -> set[tuple[str, str]]:
    """(document, last word) of the full names NER or the speaker stages call a person, not of
    organisation names ("Bank of China" gives no surname "China")."""
    return {(m.doc, last_name(m.surface)) for m in mentions
            if m.n_words > 1 and m.label in ("PERSON", "SPEAKER") and not has_org_head(m.surface)
            and " of " not in m.surface}


def drop_bare_roles(mentions: list[NameMention]) -> list[NameMention]:
    """Without the one-word mentions that are only a role, honorific or post-nominal
    ("President-elect", "Archbishop", "Lord", "QC"), unless the corpus also uses the word as a
    surname ("John Major", "Mr King")."""
    surnames = {surname for _, surname in person_surnames(mentions)}
    out = []
    for m in mentions:
        word = fold(m.surface).replace(" ", "")
        bare = " " not in m.surface and (is_role(m.surface) or word in HONORIFICS or word in POST_NOMINALS)
        if bare and not m.honorific and word not in surnames:
            continue
        out.append(m)
    return out


def repair_unreliable(mentions: list[NameMention], articles: dict[str, Article]) -> list[NameMention]:
    """Keep an unreliable mention when its form is known from body text, else cut it to the longest
    known run of its words; an unknown multi-word one is dropped, a one-word one kept."""
    known = {m.form for m in mentions if m.reliable}
    out = []
    for m in mentions:
        if m.reliable or m.form in known:
            out.append(m)
            continue
        fixed = _known_run(m, known, articles[m.doc])
        if fixed is not None:
            out.append(fixed)
        elif m.n_words == 1 or m.label == "SPEAKER":
            out.append(m)
    return out


def _known_run(m: NameMention, known: set[str], article: Article) -> NameMention | None:
    """The longest run of words inside ``m`` whose form is known, as a new mention."""
    if m.start is None:
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.surface)]
        base, text = 0, m.surface
    else:
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", article.text[m.start:m.end])]
        base, text = m.start, article.text[m.start:m.end]
    n = len(words)
    for size in range(n - 1, 0, -1):
        for i in range(n - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            if fold(clean_surface(text[s:e])) in known:
                if m.start is None:
                    return NameMention(m.doc, None, None, clean_surface(text[s:e]), m.label, m.honorific)
                return make_mention(article, base + s, base + e, m.label, True)
    return None


def registered_mentions(article: Article, known_in_doc: set[str]) -> list[NameMention]:
    """Names used by other stages (quote speakers, figure claimants) not already among the doc's names."""
    out: list[NameMention] = []
    seen = set(known_in_doc)
    for name in _stage_names(article):
        surface = clean_surface(name)
        honorific, bare = split_honorific(surface)
        if is_junk(bare) or fold(bare) in seen:
            continue
        seen.add(fold(bare))
        pos = article.text.find(bare)
        if pos >= 0:
            m = _annotate(article, NameMention(article.id, pos, pos + len(bare), bare, "SPEAKER", honorific))
        else:
            m = NameMention(article.id, None, None, bare, "SPEAKER", honorific)
            m.votes = [label_vote("SPEAKER", 1)]
        m.reliable = False
        out.append(m)
    return out


def _stage_names(article: Article) -> Iterable[str]:
    for q in article.quotes:
        if q.speaker_name:
            yield q.speaker_name
    for f in article.figures:
        if f.claimed_by_name:
            yield f.claimed_by_name


def collect_mentions(articles: Sequence[Article]) -> list[NameMention]:
    """Every usable name mention of the corpus, in article order then text order."""
    by_id = {a.id: a for a in articles}
    mentions: list[NameMention] = []
    for article in articles:
        own = article_mentions(article)
        mentions += own
        mentions += registered_mentions(article, {m.form for m in own})
    return surname_evidence(drop_bare_roles(repair_unreliable(mentions, by_id)))


def surname_evidence(mentions: list[NameMention]) -> list[NameMention]:
    """A person vote for every full name whose last word the corpus writes with an honorific
    ("Mr Cable" makes "Vince Cable" a person, whatever NER said); not for organisation names. A
    one-word speech subject ("Cirincione said") is a person when a full name in its document ends
    with it, and casts no vote otherwise ("Google said")."""
    honoured = {m.form for m in mentions if m.honorific and m.n_words == 1}
    surnames = person_surnames(mentions)
    for m in mentions:
        if any(kind == SPEAKS for kind, _ in m.votes):
            person = (m.doc, m.form) in surnames
            m.votes = [("PERSON", w) if kind == SPEAKS else (kind, w) for kind, w in m.votes
                       if kind != SPEAKS or person]
        if m.n_words < 2 or m.label not in ("PERSON", "ORG", "SPEAKER") or m.honorific:
            continue
        if has_org_head(m.surface) or has_corporate_suffix(m.surface):
            continue
        if last_name(m.surface) in honoured and all(w[:1].isupper() for w in m.surface.split()):
            m.votes.append(("PERSON", 1.5))
    return mentions
