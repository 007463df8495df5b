"""Which figures are worth comparing across sources, and where their sentences place them.

A discrepancy needs two figures about the same thing. Left out before any comparison: percentages
and other measurements but money (too often about different things), rates and ratios, increments
("12 more"), points in time ("two years ago"), ages (measure "age"), counts used as classifiers
("three-party politics"), a single person ("one supporter"), a poll's sample or a part of it ("surveyed
552 voters", "surveying 1,008 adults, including 848 registered voters"), a threshold ("the 1,237
delegates needed to clinch"), a share ("four in 10 voters"), a part of a series ("the final two
debates") and the second end of a range (``range_end``: the range's first figure holds both ends)."""
from __future__ import annotations

import re

from storyline.corpus.compare_kinds import unit_token
from storyline.corpus.entity_types import PLACE_LABELS
from storyline.model import Article, Figure

TIME_UNITS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.4,
              "year": 365.25, "decade": 3652.5}
MEASUREMENT_UNITS = {
    "percent", "point", "metre", "meter", "kilometre", "kilometer", "mile", "foot", "inch", "tonne", "ton",
    "kilogram", "gram", "pound", "litre", "liter", "gallon", "barrel", "degree", "euro", "dollar", "rouble",
    "ruble", "yuan", "yen", "hryvnia", "franc", "rupee", "time", "cent", "acre", "hectare",
}
# sums of money are compared only when both say what they are (a shared noun: "loss"), see compare_figures
CURRENCY_UNITS = {"euro", "dollar", "rouble", "ruble", "yuan", "yen", "hryvnia", "franc", "rupee"}
_INCREMENT = re.compile(r"\b(?:more(?!\s+than)|another|other|additional|further|extra|new|remaining)\b", re.I)
_OFFSET_AFTER = re.compile(r"\s+(?:before|after|ago|earlier|later|from now|since|into)\b", re.I)
_OFFSET_BEFORE = re.compile(r"\b(?:in|within|after|from)\s+$")
_AGE = re.compile(r"\b(?:years?|months?|weeks?|days?)[\s-]+olds?\b", re.I)
# a poll's sample ("surveyed 552 likely voters"): how a figure was measured, not a disputed fact; only
# determiners and adverbs between ("surveyed the coast after 40 seals were found", "polling stations
# killed 30" and "surveyed the site found 40 bodies" are counts)
_SAMPLE_BEFORE = re.compile(
    r"\b(?:(?:survey|poll|sampl)(?:ed|ing)|(?:sample|poll|survey) of"
    r"|(?:poll|survey|sample) (?:included|covered|reached))\s+"
    r"(?:(?:a|an|the|some|about|around|roughly|approximately|nearly|almost|over|more|than|at|least|only"
    r"|just|online|nationwide|nationally|by|phone|telephone)\s+){0,3}$", re.I)
# ... and a part of it ("surveying 1,008 adults nationwide, including 848 registered voters")
_SUBSAMPLE_BEFORE = re.compile(
    r"\b(?:survey|poll|sampl)(?:ed|ing)\s+[\d,.]+\s+[\w\s-]{0,40}?,?\s+(?:including|among them)\s+$", re.I)
# a part of a series ("the final two debates", "the first 100 days"), not the whole count
_SERIES_PART_BEFORE = re.compile(r"\b(?:first|last|final|next|past|previous|top)\s+$", re.I)
# ... but a span of time after "for the" is a duration ("avoid taxes for the next 18 years")
_SPAN_BEFORE = re.compile(r"\bfor\s+the\s+(?:next|past|last|previous)\s+$", re.I)
# a share ("four in 10 voters"), not a count: only after a bare number
_PROPORTION_AFTER = re.compile(
    r"\s+(?:in|out of)\s+(?:every\s+)?(?:10|ten|100|a hundred|five|5|four|4|three|3)\b", re.I)
_PROPORTION_BEFORE = re.compile(  # "four in [10 voters]", not "in [30 cities]"
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?$",
    re.I)
# a threshold ("the 1,237 delegates needed to clinch", "200,000 jobs will need to be created"): a rule,
# not a count of what happened ("1,500 residents needed to be evacuated" is a count)
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:needed|required|necessary)\s+(?:to|for)\b(?!\s+be\b)"
    r"|(?:will|would|must)\s+need\s+to\b|needs?\s+to\b)", re.I)
_SINGLE = re.compile(r"(?:one|a|an)\b", re.I)  # "one Sanders supporter": a person, not a count
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)


def _number_end(text: str, figure: Figure) -> int:
    """The end of the number a figure opens with ("four" in "four in 10 voters")."""
    m = re.match(r"(?:about|around|nearly|almost|some|roughly)?\s*[\w.,]+", text[figure.start:figure.end],
                 re.I)
    return figure.start + m.end() if m else figure.end


def _series_part(text: str, figure: Figure, unit: str) -> bool:
    """A part of a series ("the final two debates"), not a span "for the next 18 years"."""
    if not _SERIES_PART_BEFORE.search(text, max(0, figure.start - 12), figure.start):
        return False
    return not (unit in TIME_UNITS and _SPAN_BEFORE.search(text, max(0, figure.start - 24), figure.start))


def time_offset(article: Article, figure: Figure) -> bool:
    """A point in time, not a duration: "in about 30 days", "nine days before", "two years ago"."""
    if (figure.unit or "").lower() not in TIME_UNITS:
        return False
    before = article.text[max(0, figure.start - 8):figure.start].lower()
    return bool(_OFFSET_AFTER.match(article.text, figure.end) or _OFFSET_BEFORE.search(before))


def range_end(figure: Figure) -> bool:
    """The second end of a range, a figure of its own ("7,000 jobs" of "between 6,000 and 7,000 jobs"):
    the range's first figure, which holds both ends, stands for it."""
    return figure.high is not None and figure.low != figure.high and figure.value == figure.high


def comparable(article: Article, figure: Figure) -> bool:
    """A count or duration worth comparing (see the module docstring for what is left out)."""
    unit = (figure.unit or "").lower()
    if not unit or unit in MEASUREMENT_UNITS - CURRENCY_UNITS or figure.value <= 0 \
            or _INCREMENT.search(figure.text):
        return False
    if " per " in unit or unit.endswith(" point"):
        return False  # rates and ratios ("14 Mbps", "ng/ml") and percentage points are measurements too
    if unit not in TIME_UNITS and (article.text.startswith("-", _number_end(article.text, figure))
                                   or _AGE.search(figure.text)):
        return False  # "three-party politics", "18 to 24 year olds"; not "50,000 anti-war protesters"
    if figure.value == 1 and _SINGLE.match(figure.text) or figure.measure == "age" or range_end(figure):
        return False  # a single person; a person's age ("Smith, 45,", "aged 45", measure "age")
    text = article.text
    if _SAMPLE_BEFORE.search(text, max(0, figure.start - 40), figure.start) \
            or _SUBSAMPLE_BEFORE.search(text, max(0, figure.start - 90), figure.start) \
            or _series_part(text, figure, unit) \
            or _THRESHOLD_AFTER.match(text, figure.end, figure.end + 40) \
            or _PROPORTION_AFTER.match(text, _number_end(text, figure), figure.end + 20) \
            or _PROPORTION_BEFORE.search(text, max(0, figure.start - 20), figure.start):
        return False
    return not time_offset(article, figure)


def places_of(article: Article, figure: Figure, entity_of) -> set[str]:
    """The places a figure's sentence puts it in: place names after "in", "at", "near" ..., as entity
    ids where the entities stage knows them (so "Kiev" and "Kyiv" are one place)."""
    sent = article.sentence_of(figure.start, figure.end)
    if sent is None:
        return set()
    return {entity_key(article.id, ent.text, entity_of) for ent in article.entities
            if ent.label in PLACE_LABELS and sent[0] <= ent.start < sent[1]
            and _LOCATIVE_BEFORE.search(article.text, max(sent[0], ent.start - 12), ent.start)}


def article_places(article: Article, entity_of) -> set[str]:
    """Every name the article uses, keyed as ``places_of`` keys places (NER may call a place it names
    in passing an organisation)."""
    return {entity_key(article.id, ent.text, entity_of) for ent in article.entities}


def entity_key(doc_id: str, name: str, entity_of) -> str:
    """The entity id of a name as used in a document, else the name in lower case."""
    return entity_of(doc_id, name) or name.lower()


def article_home(article: Article, entity_of) -> set[str]:
    """The places an article names (place-labelled entities), keyed as ``places_of`` keys them."""
    return {entity_key(article.id, ent.text, entity_of) for ent in article.entities
            if ent.label in PLACE_LABELS}


def placed_apart(places_a: set[str], named_a: set[str], places_b: set[str], named_b: set[str],
                 home_a: set[str] | None = None, home_b: set[str] | None = None) -> bool:
    """Are two figures about different places? Both sentences place their figures and neither place is
    named in the other's article ("in Lyon" vs "in Marseille"); or one sentence places its figure ("in
    Georgia") where the other's article never goes, while that article is about places of its own
    (``home``, default: every name it uses) which this article never names. An article that names the
    other's place may be giving the same figure ("in Kharkiv" vs "in Ukraine"), one that names no place
    may be too ("in Lagos" vs "at a crowded bus station"); a figure's own article always names its place,
    so two figures of one article are never placed apart."""
    if not places_a and not places_b:
        return False
    if places_a & named_b or places_b & named_a:
        return False
    if places_a and places_b:
        return True
    other_home, own_named = (named_b if home_b is None else home_b, named_a) if places_a else \
        (named_a if home_a is None else home_a, named_b)
    return bool(other_home) and not other_home & own_named


# verbs whose subject has, gets or sells the counted things: "Cruz has 231 delegates", "the book sold
# 235,000 copies"
HOLDING = {"have", "hold", "win", "own", "keep", "secure", "collect", "amass", "gain", "lead", "sell", "earn"}
RELATIVE = ("who", "which", "that")


def holder_of(article: Article, figure: Figure, doc, offset: int, entity_of) -> str | None:
    """The entity key of ``holder_name`` (an entity id where the entities stage knows it)."""
    name = holder_name(doc, offset, figure)
    return entity_key(article.id, name, entity_of) if name else None


def holder_name(doc, offset: int, figure: Figure) -> str | None:
    """The named holder of what a figure counts: the subject of "has/holds/won/sold N things" (through
    a relative pronoun: "Cruz (who has 231 delegates)"; of the first verb of "published X and sold N
    copies"; the owner named before a common-noun subject: "Trump's manifesto has sold N copies"), the
    name before "with N things", or the name a phrase holding the figure is in apposition to
    ("Gelhaus, a 24-year deputy"); the whole name ("Velo Mobile"), not its last word."""
    tok = unit_token(doc, offset, figure)
    if tok is None:
        return None
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in HOLDING:
        subj = verb_subject(head)
    elif tok.dep_ == "pobj" and head.lower_ == "with":
        subj = head.head if head.head.pos_ == "PROPN" else appositive_owner(head.head)
    else:
        subj = appositive_owner(tok)
    return _whole_name(doc, subj)


def _whole_name(doc, subj) -> str | None:
    """The whole proper name ``subj`` ends ("Velo Mobile"), or that of a common noun's possessor
    ("Trump's manifesto"); None when neither is a name."""
    if subj is not None and subj.pos_ == "NOUN":
        subj = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    words = [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < subj.i]
    return doc[words[0].i:subj.i + 1].text if words else subj.text


def sum_owner(doc, offset: int, figure: Figure) -> str | None:
    """Whose sum of money it is: a possessor on the way up ("Nordair's loss of $1.1 billion"), else
    the named subject of the first verb above the sum ("Nordair posted a loss of $1.1 billion",
    "Skyjet lost $950 million", "Nordair, which posted ..."); None when no name owns it."""
    tok = unit_token(doc, offset, figure)
    named = _named_thing(tok)
    if named is not None:
        return _whole_name(doc, named)
    steps = 0
    while tok is not None and steps < 8:
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is not None:
            return _whole_name(doc, poss)
        if tok.pos_ in ("VERB", "AUX"):  # its own subject: a conjoined verb's may be misparsed
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in RELATIVE and tok.dep_ == "relcl":
                subj = tok.head  # "Nordair, which posted a loss of ..."
            return _whole_name(doc, subj)
        if tok.head is tok:
            return None
        tok, steps = tok.head, steps + 1
    return None


def _named_thing(tok):
    """The name a sum's noun carries ("$1 billion in Trump company losses", "$5 million of Velo debt")."""
    preps = [c for t in ((tok, tok.head) if tok is not None else ()) for c in t.children
             if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    for prep in preps:
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        mods = list(noun.lefts) if noun is not None else []
        while mods:
            mod = mods.pop(0)
            if mod.dep_ in ("compound", "poss", "nmod"):
                if mod.pos_ == "PROPN":
                    return mod
                mods.extend(mod.lefts)
    return None


def sentence_names(article: Article, figure: Figure, entity_of) -> set[str]:
    """The people and organisations a figure's sentence names, keyed as ``holder_of`` keys holders."""
    sent = article.sentence_of(figure.start, figure.end)
    if sent is None:
        return set()
    return {entity_key(article.id, ent.text, entity_of) for ent in article.entities
            if ent.label in ("PERSON", "ORG") and sent[0] <= ent.start < sent[1]}


STATIVE = {"have", "hold", "own", "keep"}


def stative_holding(doc, offset: int, figure: Figure) -> bool:
    """Does the sentence say what its holder has now ("Velo has 400 million subscribers", "Velo, the
    carrier with 630 million subscribers"), not what it won or sold ("Cruz won 25 delegates")?"""
    tok = unit_token(doc, offset, figure)
    if tok is None:
        return False
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in STATIVE \
        or tok.dep_ == "pobj" and tok.head.lower_ == "with"


def same_owner(key_a: str | None, name_a: str | None, key_b: str | None, name_b: str | None) -> bool:
    """May two holders (or subjects) be one: no key on a side, one key, or one name the start or end of
    the other ("Velo" and "Velo Mobile", "Cole" and "Ann Cole"; not "Velo Mobile" and "Velo Telecom")?"""
    if not key_a or not key_b or key_a == key_b:
        return True
    if not name_a or not name_b:
        return False
    wa, wb = name_a.lower().split(), name_b.lower().split()
    short, long_ = sorted((wa, wb), key=len)
    return len(short) < len(long_) and short in (long_[:len(short)], long_[-len(short):])


def appositive_owner(tok):
    """The name a noun phrase describes in apposition ("China Mobile, the largest carrier [with N
    subscribers]", "Gelhaus, a 24-year deputy", "China Unicom, one of the carriers [with N]"), climbing
    at most three modifier steps; None when the phrase is no apposition to a name."""
    for _ in range(4):
        if tok.dep_ == "appos":  # "His partner Mike Sand, an eight-year veteran": the name beside it
            owner = tok.head
            return owner if owner.pos_ == "PROPN" else next(
                (c for c in owner.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if tok.dep_ in ("nmod", "compound", "amod"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
            tok = tok.head.head  # "one of the carriers"
        else:
            return None
    return None


def verb_subject(verb):
    """The subject of ``verb``: its own, that of the verb it is coordinated with, or for a relative
    clause ("who has") the noun the clause belongs to."""
    while True:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
            continue
        if subj is not None and subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head
        return subj


_FUTURE_AUX = {"will", "shall", "'ll", "’ll", "would"}
_PROJECTING = {"expect", "forecast", "predict", "project", "anticipate", "believe", "estimate", "plan",
               "budget"}


def projected(doc, offset: int, figure: Figure) -> bool:
    """Is the figure a projection ("the deficit will remain at close to half a trillion dollars",
    "is expected to reach $5bn", "commentators believe the deficit will ..."), read from the first verb
    above its unit and the verbs governing that one?"""
    tok = unit_token(doc, offset, figure)
    steps = 0
    while tok is not None and steps < 8:
        if tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in _PROJECTING or any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children)):
            return True
        if tok.head is tok:
            return False
        tok, steps = tok.head, steps + 1
    return False
