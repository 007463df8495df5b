"""One sentence in two versions: two documents of a story give a sentence with the same words but for a
short stretch, and the change alters a fact.

"IBM test results show that the machine managed 70.72 teraflops" in one report and "DOE test results
show that ..." in another: one sentence (a wire copy, an updated version of one story) that no longer
says the same. Sentences are versions of one when their normalised words (``compare_wording``) align with
at least ``MIN_SAME`` words in common making up ``MIN_SHARE`` of each, and each differing stretch is at
most ``MAX_CHANGE`` words long. A differing stretch is a change of fact (``change_of``) when it puts:

- ``who``: one name for another ("IBM" / "DOE"), unless both are names of one entity, share a word, or
  one is the initials of the other, or neither document names the other name (two reports on two
  subjects written to one pattern: "Apple shares rose 3% ..." / "Google shares rose 3% ..."). Two
  sources of an attribution ("..., Reuters reported" / "..., AP reported", "she told the BBC" / "she
  told CNN", "John Ball said" / "Peter Moss said") are two outlets or two spokespeople each rightly
  credited: the pair is left alone, whatever else differs ("Ball said the bridge was safe" / "Moss said
  the bridge was not safe" is a disagreement, not one report garbled);
- ``status``: an act done for an act to come, with the same verb ("The US has pushed Japan off ..." /
  "The US is poised to push Japan off ..."): one side holds a marker of the future (``PROSPECTIVE``);
- ``then``: a past holder for the present one ("The previous top machine" / "The current top machine");
- ``negation``: a "not" or "never" on one side only, the other words the same ("not only", "no fewer
  than" negate nothing).

Every other stretch must change no fact: the same content lemmas (tense: "clocked up"/"clocks up") or
function words only. A sentence whose versions differ in anything else (another content word, a number,
a date) was rewritten: it is left alone, and numbers and dates are compared by their own modules. Only
sentences of different documents are compared (one text repeats a sentence pattern for several people),
each with its closest sentence in the other document (``closest``);
sentences that are mostly direct quotation are the quote comparison's (``compare_quotes``)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from storyline.corpus.compare_scope import SentenceParses, ner_label, tokens_in
from storyline.corpus.compare_wording import GAP, Word, quote_words
from storyline.model import Article

MIN_SAME = 8  # words two versions share
MIN_SHARE = 0.75  # of each version's words
MAX_CHANGE = 4  # words on each side of one differing stretch
SHINGLE = 4  # words in the runs that find candidate pairs
MIN_SHINGLES = 2  # shared runs a candidate pair needs
MAX_POSTING = 20  # sentences sharing one run beyond which it is boilerplate, not a version
QUOTED_SHARE = 0.5  # share of a sentence inside direct quotes that leaves it to the quote comparison
NEGATIONS = {"not", "never", "no"}
# a negation word before these negates nothing: "not only schools but hospitals", "no fewer than", "no doubt"
NOT_NEGATING_NEXT = {"only", "just", "merely", "simply", "solely", "least", "less", "fewer", "doubt"}
# the verbs of an attribution: "..., Reuters reported" / "..., AP reported", "he told the BBC" / "he told CNN"
ATTRIBUTION_VERBS = {"say", "tell", "report", "write", "add", "state", "note", "explain", "comment", "inform",
                     "quote", "cite", "according"}
PROSPECTIVE = {"will", "would", "could", "may", "might", "shall", "poise", "set", "expect", "due", "likely",
               "about", "go", "plan", "bound", "ready"}
THEN_WORDS = {"previous", "former", "outgoing", "erstwhile", "then"}
NOW_WORDS = {"current", "present", "incumbent", "sitting", "reigning"}
# personal pronouns by referent: "He said the plan would save money" / "She said the plan would not" are two
# people ("it" left out: "it" and "they" may be one firm, and a pronoun is only compared with another)
PERSONS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she", "i": "i",
           "me": "i", "my": "i", "we": "we", "us": "we", "our": "we", "you": "you", "your": "you",
           "they": "they", "them": "they", "their": "they"}
WHO_LABELS = {"PERSON", "ORG"}  # NER labels of the names a "who" change puts for each other
FACT_CHANGES = ("who", "status", "then", "negation")
TIME_CHANGES = {"status", "then"}  # what changes between a version written before an event and one after


@dataclass
class Version:
    """A sentence of a document with its normalised words."""

    article: Article
    start: int
    end: int
    words: list[Word]


@dataclass
class Change:
    """One differing stretch of two versions: word index ranges on each side and what it changes."""

    x: tuple[int, int]
    y: tuple[int, int]
    kind: str  # one of FACT_CHANGES, "none" (no fact) or "other" (a rewrite)


def versions_of(articles: list[Article]) -> list[Version]:
    """The sentences of the articles that are not mostly direct quotation, with their words."""
    out = []
    for a in articles:
        quoted = [(q.start, q.end) for q in a.quotes if q.kind == "direct"]
        for s, e in a.sentences:
            inside = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in quoted)
            if inside > QUOTED_SHARE * (e - s):
                continue
            words = quote_words(a.text, s, e)
            if len(words) >= MIN_SAME:
                out.append(Version(a, s, e, words))
    return out


def candidate_pairs(versions: list[Version]) -> list[tuple[Version, Version]]:
    """Pairs of sentences of different documents sharing ``MIN_SHINGLES`` runs of ``SHINGLE`` words."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, v in enumerate(versions):
        norms = [w.norm for w in v.words]
        for run in set(zip(*(norms[k:] for k in range(SHINGLE)), strict=False)):
            index[run].append(i)
    counts: Counter[tuple[int, int]] = Counter()
    for ids in index.values():
        if len(ids) <= MAX_POSTING:
            counts.update((x, y) for x, y in combinations(ids, 2)
                          if versions[x].article.id != versions[y].article.id)
    return [(versions[x], versions[y]) for (x, y), n in sorted(counts.items()) if n >= MIN_SHINGLES]


def differing(x: Version, y: Version) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """The differing stretches of two versions of one sentence; None when they are not versions of one."""
    nx = [f"{GAP}a{i}" if w.norm == GAP else w.norm for i, w in enumerate(x.words)]
    ny = [f"{GAP}b{i}" if w.norm == GAP else w.norm for i, w in enumerate(y.words)]
    ops = SequenceMatcher(None, nx, ny, autojunk=False).get_opcodes()
    same = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if same < MIN_SAME or same < MIN_SHARE * max(len(nx), len(ny)):
        return None
    gaps = [((i1, i2), (j1, j2)) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
    if any(i2 - i1 > MAX_CHANGE or j2 - j1 > MAX_CHANGE for (i1, i2), (j1, j2) in gaps):
        return None
    return gaps


def _side(version: Version, span: tuple[int, int], doc, offset: int) -> list:
    """The parse tokens of a differing stretch (its words' characters), punctuation left out."""
    if span[0] == span[1]:
        return []
    start, end = version.words[span[0]].start, version.words[span[1] - 1].end
    return [t for t in tokens_in(doc, start - offset, end - offset) if not t.is_punct]


def _content(toks: list, skip: set[str] = frozenset()) -> Counter[str]:
    """Lemmas of the content words (not function words, not ``skip``) of a side."""
    return Counter(t.lemma_.lower() for t in toks if not t.is_stop and t.lemma_.lower() not in skip
                   and t.pos_ not in ("AUX", "PART", "DET", "ADP", "CCONJ", "SCONJ", "PRON"))


def _negations(toks) -> int:
    """The negation words of a stretch, not counting those that negate nothing ("not only")."""
    return sum(1 for t in toks if (t.lower_ in NEGATIONS or t.lower_ in ("n't", "n’t"))
               and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in NOT_NEGATING_NEXT))


def _negation(tx: list, ty: list) -> bool:
    return _negations(tx) != _negations(ty) and _content(tx, NEGATIONS) == _content(ty, NEGATIONS)


def _status(tx: list, ty: list) -> bool:
    """An act done on one side, to come on the other, with the same main verb."""
    for done, coming in ((tx, ty), (ty, tx)):
        if (any(t.lemma_.lower() in PROSPECTIVE for t in coming)
                and not any(t.lemma_.lower() in PROSPECTIVE for t in done)
                and any(t.tag_ in ("VBD", "VBN") and t.pos_ == "VERB" for t in done)
                and _content(done, PROSPECTIVE) == _content(coming, PROSPECTIVE)):
            return True
    return False


def _then_now(tx: list, ty: list) -> bool:
    words_x, words_y = {t.lower_ for t in tx}, {t.lower_ for t in ty}
    swapped = (words_x & THEN_WORDS and words_y & NOW_WORDS) or (words_x & NOW_WORDS and words_y & THEN_WORDS)
    skip = THEN_WORDS | NOW_WORDS
    return bool(swapped) and _content(tx, skip) == _content(ty, skip)


def _name_of(toks: list):
    """The whole name (a parse span) a side's words belong to ("Jane" of "Jane Smith" is "Jane Smith"), or
    None when the side holds other words than one name."""
    words = [t for t in toks if t.pos_ not in ("DET", "PART") and t.dep_ != "case"]
    if not words or any(t.pos_ != "PROPN" for t in words):
        return None
    doc, lo, hi = words[0].doc, words[0].i, words[-1].i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN":
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN":
        hi += 1
    return doc[lo:hi + 1]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isalpha()).upper()


def _other_name(name_x: str, name_y: str, same_entity: bool) -> bool:
    """True when two names are two names, not one: other words, not initials, not one entity."""
    words_x, words_y = set(name_x.lower().split()), set(name_y.lower().split())
    if same_entity or words_x & words_y:
        return False
    return name_x.upper() != _initials(name_y) and name_y.upper() != _initials(name_x)


def change_of(tx: list, ty: list, other_names: bool, negated: bool) -> str:
    """What a differing stretch changes, from the parse tokens of its two sides (see the module
    docstring); ``other_names`` tells whether the sides are two names of two things, ``negated`` whether
    one whole version has more negations than the other ("issued no orders" / "not issued any orders"
    is one statement)."""
    persons_x, persons_y = ({PERSONS[t.lower_] for t in toks if t.lower_ in PERSONS} for toks in (tx, ty))
    if persons_x and persons_y and persons_x != persons_y:
        return "other"  # another person: "He said ..." / "She said ...", whatever else differs
    if negated and _negation(tx, ty):
        return "negation"
    if _status(tx, ty):
        return "status"
    if _then_now(tx, ty):
        return "then"
    if other_names:
        return "who"
    return "none" if _content(tx) == _content(ty) else "other"


@dataclass
class Rewrite:
    """Two versions of one sentence and the fact changes between them."""

    x: Version
    y: Version
    changes: list[Change]

    @property
    def in_time(self) -> bool:
        """True when every change is one of time: an act done or to come, a holder past or present."""
        return all(c.kind in TIME_CHANGES for c in self.changes)

    @property
    def documents(self) -> frozenset[str]:
        return frozenset((self.x.article.id, self.y.article.id))


def _changes(x: Version, y: Version, gaps, parses: SentenceParses, entity_of) -> list[Change]:
    doc_x, off_x = parses.get(x.article, x.start, x.end)
    doc_y, off_y = parses.get(y.article, y.start, y.end)
    if not any(t.pos_ == "VERB" for t in doc_x) or not any(t.pos_ == "VERB" for t in doc_y):
        return [Change((0, 0), (0, 0), "other")]  # a list (a team sheet), not a statement
    negated = _negations(doc_x) != _negations(doc_y)
    out = []
    for gx, gy in gaps:
        tx, ty = _side(x, gx, doc_x, off_x), _side(y, gy, doc_y, off_y)
        name_x, name_y = _name_of(tx), _name_of(ty)
        other = _two_names(x, name_x, off_x, y, name_y, off_y, entity_of)
        if other and (_attribution(name_x) and _attribution(name_y) or not _one_cast(x, name_x, y, name_y)):
            out.append(Change(gx, gy, "other"))  # another source, or two reports on two subjects
        else:
            out.append(Change(gx, gy, change_of(tx, ty, other, negated)))
    return out


def _two_names(x: Version, name_x, off_x: int, y: Version, name_y, off_y: int, entity_of) -> bool:
    """True when the two sides are names of two people or organisations (``WHO_LABELS``, one side at least
    so labelled by NER, the other maybe unlabelled: the small model misses acronyms). Not places: a
    place for another is most often one place and the place around it ("set in London" / "set in
    England"); not events, which go by many names ("the Athens Games" / "the Olympics")."""
    if name_x is None or name_y is None:
        return False
    labels = {ner_label(v.article, off, t) for v, off, name in ((x, off_x, name_x), (y, off_y, name_y))
              for t in name}
    if not labels & WHO_LABELS or labels - WHO_LABELS - {""}:
        return False
    id_x, id_y = entity_of(x.article.id, name_x.text), entity_of(y.article.id, name_y.text)
    return _other_name(name_x.text, name_y.text, id_x is not None and id_x == id_y)


def _named_in(article: Article, name: str) -> bool:
    """True when an article names ``name`` (or, for a name of several words, its last word) anywhere."""
    words = name.split()
    forms = {name, words[-1]} if len(words) > 1 and words[-1][:1].isupper() else {name}
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", article.text) for f in forms)


def _one_cast(x: Version, name_x, y: Version, name_y) -> bool:
    """True when one of two documents names both names: two actors of one story, one put for the other
    ("IBM test results" / "DOE test results" where both reports know IBM and DOE). Two reports that each
    name only their own ("Apple shares rose 3% ..." / "Google shares rose 3% ...") are two reports on two
    subjects written to one pattern, not one sentence garbled."""
    return _named_in(x.article, name_y.text) or _named_in(y.article, name_x.text)


def _attribution(name) -> bool:
    """True when a name (a parse span) is itself the source of an attribution (not a modifier of it: "IBM
    engineers said" is the engineers of one company): the subject of a verb of saying
    ("Reuters reported", "A spokesman, John Ball, said"), the one told ("told the BBC"), or the object of
    "according to" or of "by" after such a verb ("as reported by AP")."""
    root = name.root
    while root.dep_ in ("appos", "flat") and root.head is not root:
        root = root.head
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        return head.lemma_.lower() in ATTRIBUTION_VERBS
    if root.dep_ in ("dobj", "dative", "iobj"):
        return head.lemma_.lower() in ("tell", "inform")
    if root.dep_ == "pobj" and head.lower_ in ("to", "by"):
        return head.head.lemma_.lower() in ATTRIBUTION_VERBS or head.head.lower_ == "according"
    return False


def _likeness(x: Version, y: Version) -> float:
    return SequenceMatcher(None, [w.norm for w in x.words], [w.norm for w in y.words], autojunk=False).ratio()


def closest(pairs: list[tuple[Version, Version]]) -> list[tuple[Version, Version]]:
    """The pairs whose sentences are each other's closest in the other's document: when a report gives
    "Smith was sentenced to six years ..." and "Jones was sentenced to six years ...", and another only
    the Jones sentence, that is the version of the Jones sentence, not of the Smith one."""
    scored = [(x, y, _likeness(x, y)) for x, y in pairs]
    best: dict[tuple[int, str], float] = defaultdict(float)
    for x, y, score in scored:
        for v, other in ((x, y), (y, x)):
            key = (id(v), other.article.id)
            best[key] = max(best[key], score)
    return [(x, y) for x, y, score in scored
            if score >= best[(id(x), y.article.id)] and score >= best[(id(y), x.article.id)]]


def rewrites(articles: list[Article], parses: SentenceParses, entity_of) -> list[Rewrite]:
    """Pairs of versions of one sentence whose differences change a fact and nothing else."""
    out = []
    for x, y in closest(candidate_pairs(versions_of(articles))):
        gaps = differing(x, y)
        if not gaps:
            continue
        changes = _changes(x, y, gaps, parses, entity_of)
        kinds = {c.kind for c in changes}
        if "other" not in kinds and kinds & set(FACT_CHANGES):
            out.append(Rewrite(x, y, [c for c in changes if c.kind in FACT_CHANGES]))
    return out


def changed_words(r: Rewrite) -> tuple[str, str]:
    """The words of the first fact change on each side, as written ("" for a side that adds nothing)."""
    c = r.changes[0]
    out = []
    for v, (lo, hi) in ((r.x, c.x), (r.y, c.y)):
        out.append(v.article.text[v.words[lo].start:v.words[hi - 1].end] if hi > lo else "")
    return out[0], out[1]
