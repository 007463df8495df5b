"""Speaker resolution inside one article, built on its spaCy parse (no coreference model).

``SpeakerResolver(doc)`` indexes the article's person names, their surnames, and the titles the
article gives them ("Ukrainian President Volodymyr Zelensky", "Dmitry Peskov, the Kremlin
spokesman"), plus every resolved sentence subject in text order. ``resolve(token)`` then maps
a speaker mention to the full name: a name or surname ("Peskov", "Mr Putin"), a role noun
("the Ukrainian president", "the Russian leader"), or a pronoun (the most recent compatible
subject before it). Organisation speakers ("the Kremlin", "Russia's Foreign Ministry") keep
their own name. The figures stage reuses this to name claimants."""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.article.given_names import given_gender
from storyline.article.quote_cues import is_cue, swallowed_subject
from storyline.article.speaker_descriptions import (
    ORG_NOUNS,
    PLACE_NOUNS,
    described_role,
    named_next,
    named_of,
    org_named,
    place_named,
    recent_person,
)
from storyline.article.speaker_gender import honorific_gender, sentence_mate
from storyline.article.speaker_records import (
    NameUse,
    Resolution,
    SubjectCandidate,
    Title,
    merge_spans,
    same_surname,
    title_fits,
)
from storyline.article.speaker_spans import (
    absolute_subject,
    apposed_names,
    author_of,
    described,
    looks_personal,
    main_subject,
    mention_span,
    name_word,
    org_name,
    propn_run,
    represented,
    role_of_name,
    strip_titles,
)
from storyline.article.speaker_words import (
    FEMALE,
    FEMALE_NOUNS,
    FEMALE_WORDS,
    HONORIFICS,
    KIN_WORDS,
    MALE,
    MALE_NOUNS,
    MALE_WORDS,
    NEUTER,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSONAL_NOUNS,
    PLURAL,
    TITLE_WORDS,
    norm_word,
)
from storyline.corpus.entity_names import fold

_INDEX_KEY = "storyline.speaker_index"  # doc.user_data key of the doc's first resolver (its indexes)


@dataclass
class SpeakerResolver:
    doc: Doc
    quoted: list[tuple[int, int]] = field(default_factory=list)  # char spans inside quote marks
    names: dict[str, int] = field(default_factory=dict)  # full name -> first char offset
    titles: list[Title] = field(default_factory=list)
    # (offset, name, kind, gender of an unnamed person or "")
    subjects: list[tuple[int, str | None, str, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)  # name -> "m" | "f", from honorifics and titles
    uses: dict[str, NameUse] = field(default_factory=dict)  # full name -> how the article mentions it

    def __post_init__(self) -> None:
        self.quoted = merge_spans(self.quoted)
        self._starts = [s for s, _ in self.quoted]
        base = self.doc.user_data.get(_INDEX_KEY)
        if base is None:
            self._index_doc()
            self.doc.user_data[_INDEX_KEY] = self
        else:  # the quote-free indexes of this doc, built by an earlier resolver: shared, never mutated
            self.tokens, self.names, self.titles, self.uses = base.tokens, base.names, base.titles, base.uses
            self._subject_cands = base._subject_cands
            self._base_gender = base._base_gender
            self.gender = dict(self._base_gender)
        self._index_subjects()

    def _index_doc(self) -> None:
        """What does not depend on the quoted spans: names, uses, titles, genders the titles and
        honorifics state, and the candidate subjects resolved without pronouns."""
        self.tokens: list[Token] = list(self.doc)  # spaCy builds a Token object per access: build them once
        self._index_names()
        self._index_family_names()
        self._index_uses()
        self._index_titles()
        self._index_honorifics()
        self._base_gender = dict(self.gender)
        self._subject_cands = self._subject_candidates()

    # ---- indexing ----

    def _index_names(self) -> None:
        """Full person names: PERSON entities and proper-noun runs that follow a title word."""
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                self._add_name(strip_titles(ent))
        for tok in self.tokens:
            titled = norm_word(tok.text) in TITLE_WORDS and tok.pos_ in ("PROPN", "NOUN")
            if titled and tok.i + 1 < len(self.tokens):
                run = propn_run(self.doc, tok.i + 1)
                run = strip_titles(run) if run is not None else None
                if run is not None and not any(t.ent_type_ in ("GPE", "NORP") for t in run):
                    self._add_name(run)
            if tok.dep_ == "appos" and tok.pos_ == "PROPN" and norm_word(tok.head.lemma_) in TITLE_WORDS:
                self._add_name(propn_run(self.doc, tok.i, backwards=True))  # "the Secretary, Theresa May,"
            if tok.dep_ == "nsubj" and is_cue(tok.head) and not tok.is_sent_start:
                run = propn_run(self.doc, tok.i, backwards=True)  # a named speaker the NER missed
                if run is not None and looks_personal(run):
                    self._add_name(run)
            if tok.lower_ in ("who", "whose") and tok.i > 1 and self.tokens[tok.i - 1].text == ",":
                run = propn_run(self.doc, tok.i - 2, backwards=True)  # "Tinnakorn Boonpiem, whose son ...":
                if run is not None and looks_personal(run):          # a person, whatever the NER says
                    self._add_name(run)

    def _index_family_names(self) -> None:
        """Two- or three-word names the NER typed otherwise, whose surname is a known person's or is
        used with an honorific ("Lauri Love" next to "Alexander Love" or "Mr Love")."""
        surnames = {fold(n.split()[-1]) for n in self.names}
        surnames |= {fold(self.tokens[t.i + 1].text) for t in self.tokens[:-1]
                     if t.lower_ in HONORIFICS and self.tokens[t.i + 1].pos_ == "PROPN"}
        for ent in self.doc.ents:
            if ent.label_ in ("ORG", "WORK_OF_ART", "PRODUCT"):
                run = strip_titles(ent)
                if run is not None and looks_personal(run) and all(t.pos_ == "PROPN" for t in run) \
                        and fold(run[-1].text) in surnames:
                    self._add_name(run)

    def _index_uses(self) -> None:
        """Count each full name's mentions, noting speech subjects and kinship descriptions."""
        for tok in self.tokens:
            nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
            if tok.pos_ != "PROPN" or nxt is not None and nxt.pos_ == "PROPN":
                continue
            run = propn_run(self.doc, tok.i, backwards=True)
            if run is None or run.text not in self.names:
                continue
            use = self.uses.setdefault(run.text, NameUse())
            use.count += 1
            use.speaks = use.speaks or tok.dep_ == "nsubj" and is_cue(tok.head)
            use.described_only = use.described_only and described(run)

    def _add_name(self, span: Span | None) -> None:
        if span is None or len(span) < 2 or not all(name_word(t) for t in span):
            return
        self.names.setdefault(span.text, span.start_char)

    def _index_titles(self) -> None:
        """Titles from compounds before a name and from appositions."""
        for tok in self.tokens:
            nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
            if tok.pos_ != "PROPN" or nxt is not None and nxt.pos_ == "PROPN":
                continue
            name = self.full_name(tok)
            if name is None:
                continue
            parts = set(name.split())
            left = [t for t in tok.subtree if t.i < tok.i and t.text not in parts]
            commas = [t.i for t in left if t.text in ",;:(" or t.pos_ == "VERB"]
            left = [t for t in left if not commas or t.i > max(commas)]
            self._add_title(left, name, tok.idx)
            for child in tok.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN":
                    self._add_title([t for t in child.subtree if t.i <= child.i], name, tok.idx)
            role = role_of_name(tok)
            if role is not None:
                self._add_title([t for t in role.subtree if t.i <= role.i], name, tok.idx)

    def _add_title(self, tokens: list[Token], name: str, pos: int) -> None:
        self._note_gender(name, [t.lower_ for t in tokens])
        words = [norm_word(t.text) for t in tokens if t.pos_ not in ("DET", "PUNCT", "PART", "ADP", "CCONJ")]
        heads = [w for w in words if w in TITLE_WORDS - {"elect", "foreign", "state", "press", "vice"}]
        if not heads:
            return
        head = heads[-1]
        self.titles.append(Title(head, frozenset(w for w in words if w != head), name, pos))

    def _note_gender(self, name: str, words: list[str]) -> None:
        """Record a gender the article states through an honorific or a gendered title."""
        found = {"m" for w in words if w in MALE_WORDS} | {"f" for w in words if w in FEMALE_WORDS}
        if len(found) == 1:
            self.gender.setdefault(name, found.pop())

    def _index_honorifics(self) -> None:
        for tok in self.tokens:
            if tok.lower_ in MALE_WORDS | FEMALE_WORDS and tok.i + 1 < len(self.tokens):
                nxt = self.tokens[tok.i + 1]
                run = propn_run(self.doc, nxt.i) if nxt.pos_ == "PROPN" else None
                name = self.full_name(run[-1]) if run is not None else None
                if name:
                    self._note_gender(name, [tok.lower_])

    def _subject_candidates(self) -> list[SubjectCandidate]:
        """Subjects of main clauses and of reporting verbs, in text order, resolved without pronouns
        (which needs neither the quoted spans nor earlier subjects)."""
        out = []
        for tok in self.tokens:
            subject = tok.dep_ in ("nsubj", "nsubjpass") or absolute_subject(tok)
            main = subject and (main_subject(tok) or tok.head.dep_ == "ccomp" and is_cue(tok.head.head)
                                and swallowed_subject(tok.head.head) == [tok])
            if not main or author_of(tok) is not None:
                continue  # "Ivanka Trump's statement did not clarify": a document, no one "she" may mean
            if tok.pos_ == "PRON":
                out.append(SubjectCandidate(tok.idx, tok.lower_, speaks=is_cue(tok.head)))
                continue
            res = self.resolve(tok, use_pronouns=False)
            kind = self.subject_kind(tok, res)
            noun = norm_word(tok.lemma_)
            # unnamed people, groups and organisations ("a spokesman", "Authorities", "A rights group")
            # are kept without a name, so that a later pronoun does not skip past them; those named by
            # a common noun only when they speak ("A woman said", not "A girl handed her flowers")
            speaks = is_cue(tok.head)
            common = speaks and noun in PERSON_NOUNS or noun in KIN_WORDS and _owned(tok)
            keep = bool(res.name) or kind == "person" and (noun in TITLE_WORDS or common) \
                or speaks and (kind == "group" or kind == "org" and noun in ORG_WORDS)
            unnamed_person = keep and not res.name and kind == "person"
            gender = "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else ""
            out.append(SubjectCandidate(tok.idx, None, res.name, kind, res.text, keep,
                                        gender=gender if unnamed_person else "", token=tok.i))
        return out

    def _index_subjects(self) -> None:
        """Subjects of main clauses and of reporting verbs outside quotes, in text order, with their
        kind (person, org, place, nationality, group), for pronoun resolution. An unnamed person
        ("a spokesman") is kept without a name so that a later "he" does not skip past it; a he/she
        subject resolved on the way records that person's gender."""
        for cand in self._subject_cands:
            if self.in_quote(cand.offset):
                continue
            if cand.pronoun is not None:
                if cand.speaks:  # "She said": a gender worth noting; "She has been reconstructed" may
                    self._note_pronoun(cand.pronoun, cand.offset)  # be someone never named or a subject
                continue
            if cand.name and cand.kind == "person":
                self._note_gender(cand.name, cand.text.lower().split()[:-1])  # "Mr Dilbeck"
            if cand.keep:
                name = cand.name
                if name is None and cand.kind == "person":
                    name = self._role_person(cand)
                self.subjects.append((cand.offset, name, cand.kind, cand.gender))

    def _role_person(self, cand: SubjectCandidate) -> str | None:
        """The person an unnamed subject's role describes ("The senator said he ..."), from the
        subjects so far."""
        tok = self.tokens[cand.token]
        span = mention_span(tok)
        if not described_role(tok, span):
            return None
        return recent_person(tok, self.subjects, self._other_role(tok, span), self._main_clause)

    def _note_pronoun(self, word: str, offset: int) -> None:
        if word in MALE | FEMALE:
            name = self.by_pronoun(word, offset)
            if name:
                self.gender.setdefault(name, "m" if word in MALE else "f")

    def subject_kind(self, tok: Token, res: Resolution) -> str:
        """What a resolved subject denotes: a person, an org, a place, a nationality or a group."""
        if tok.tag_ in ("NNS", "NNPS"):
            return "group"
        if res.person and res.name in self.names:
            return "person"
        if any(c.dep_ == "appos" and norm_word(c.lemma_) in TITLE_WORDS for c in tok.children):
            return "person"  # "Marta Olenich, chairwoman of ...": a role outweighs an NER place label
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return "place"
        if tok.ent_type_ == "NORP":
            return "nationality"
        if tok.ent_type_ == "ORG" or norm_word(tok.lemma_) in ORG_WORDS:
            return "org"
        if tok.ent_type_ == "PERSON" or norm_word(tok.lemma_) in PERSONAL_NOUNS | KIN_WORDS:
            return "person"
        return "name" if res.person and not tok.is_sent_start else "org"

    # ---- lookups ----

    def in_quote(self, offset: int) -> bool:
        """Is ``offset`` inside quoted words (or another span added with ``add_quoted``)?"""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def add_quoted(self, start: int, end: int) -> None:
        """Mark ``start:end`` as quoted (a transcript turn may hold quote marks: spans are merged)."""
        self.quoted = merge_spans(self.quoted + [(start, end)])
        self._starts = [s for s, _ in self.quoted]

    def full_name(self, tok: Token) -> str | None:
        """The full name of the person whose name ends at ``tok`` (a name or a surname)."""
        run = propn_run(self.doc, tok.i, backwards=True)
        if run is None:
            return None
        for k in range(len(run) - 1):  # "Rev Alexander Love", "Beyond Trump": the longest known name in it
            if run[k:].text in self.names:
                return run[k:].text
        candidates = self.namesakes(tok)
        wanted = honorific_gender(run)  # "Mrs Clinton": not Bill Clinton
        if wanted:
            candidates = [n for n in candidates if self.gender_of(n) in ("", wanted)]
        return self.most_prominent(candidates)

    def namesakes(self, tok: Token) -> list[str]:
        """Full names whose surname is ``tok``."""
        return [n for n in self.names if same_surname(n.split()[-1], tok.text)]

    def most_prominent(self, candidates: list[str]) -> str | None:
        """The one person among full names sharing a surname: the only one, or the one the article
        mentions outside kinship descriptions, as a speaker, most often; None when tied."""
        if len({n.split()[0] for n in candidates}) <= 1:
            return max(candidates, key=lambda n: (self.rank(n)[2], len(n))) if candidates else None
        ranked = sorted(candidates, key=self.rank, reverse=True)
        return ranked[0] if self.rank(ranked[0]) > self.rank(ranked[1]) else None

    def rank(self, name: str) -> tuple[bool, bool, int]:
        use = self.uses.get(name)
        return use.rank() if use is not None else (False, False, 0)

    def by_title(self, head: str, mods: set[str], offset: int) -> str | None:
        """The named person an article's role noun refers to, most recent first."""
        found = [t for t in self.titles if title_fits(t, head, mods)]
        if not found:
            return None
        before = [t for t in found if t.pos <= offset]
        return (max(before, key=lambda t: t.pos) if before else min(found, key=lambda t: t.pos)).name

    def _other_role(self, tok: Token, span: Span) -> Callable[[str], bool]:
        """For a role description, whether the article titles a person with other roles only."""
        head = norm_word(tok.lemma_)
        mods = {norm_word(t.text) for t in span if t.i != tok.i and t.pos_ not in _SKIP_POS}

        def other(name: str) -> bool:
            own = [t for t in self.titles if t.name == name]
            return bool(own) and tok.lower_ != "old" and not any(title_fits(t, head, mods) for t in own)
        return other

    def by_description(self, tok: Token, span: Span, use_pronouns: bool) -> tuple[str, bool] | None:
        """(name, is a person) for "the city of Dayton", "the city", "the agency", "the senator"."""
        in_quote = self.in_quote if use_pronouns else (lambda _: False)
        if span[0].lower_ == "the" and norm_word(tok.lemma_) in PLACE_NOUNS | ORG_NOUNS:
            name = named_of(tok) or place_named(tok, span, in_quote) or org_named(tok, span, in_quote)
            return (name, False) if name else None
        if use_pronouns and described_role(tok, span):
            name = recent_person(tok, self.subjects, self._other_role(tok, span), self._main_clause)
            return (name, True) if name else None
        return None

    def by_pronoun(self, word: str, offset: int) -> str | None:
        """The most recent compatible subject before ``offset``: for he/she a person of no other known
        gender (None when that is an unnamed person), for "it" an organisation, for they/we an
        organisation or a group; a lone proper name the NER left untyped only when no person fits."""
        before = [(name, kind, gender) for pos, name, kind, gender in self.subjects if pos < offset]
        if word in MALE or word in FEMALE:
            return self._by_gender("m" if word in MALE else "f", offset)
        if word in NEUTER:
            found = [name for name, kind, _ in before if kind == "org"]
        elif word not in PLURAL:
            return None  # I, you: the speaker of a quote, not an earlier subject
        else:
            found = [name for name, kind, _ in before if kind in ("org", "group")]
        return found[-1] if found else None

    def gender_of(self, name: str) -> str:
        """"m", "f" or "": what the article says (honorific, title, pronoun), else the given name's."""
        return self.gender.get(name) or given_gender(name)

    def _by_gender(self, want: str, offset: int) -> str | None:
        """he/she: the most recent subject of no other gender, unless a person of the pronoun's known
        gender is named earlier in the pronoun's own sentence and that subject's gender is not known
        to fit; a lone untyped proper name only when no person fits."""
        other = "f" if want == "m" else "m"
        before = [(pos, name, kind, gender) for pos, name, kind, gender in self.subjects if pos < offset]
        found = [(pos, n, (self.gender_of(n) if n else g)) for pos, n, kind, g in before if kind == "person"]
        found = [f for f in found if f[2] != other]
        tok = self._token_at(offset)
        mate = sentence_mate(tok, want, self.full_name, self.gender_of, self.in_quote) if tok else None
        if mate and not (found and found[-1][0] >= tok.sent.start_char and found[-1][2] == want):
            return mate[1]
        if found:
            return found[-1][1]
        named = [n for _, n, kind, _ in before if kind == "name" and self.gender_of(n or "") != other]
        return named[-1] if named else None

    def _main_clause(self, offset: int) -> bool:
        """Is the subject at ``offset`` the subject of a reporting verb, or of its sentence's root (or of a
        verb joined to it)?"""
        tok = self._token_at(offset)
        if tok is None:
            return False
        head = tok.head.head if tok.head.dep_ == "conj" else tok.head
        if is_cue(tok.head) and tok.head.dep_ != "advcl":  # not "hours after Grady posted ..."
            return True
        return head.dep_ == "ROOT" or head.i == head.head.i

    def _token_at(self, offset: int) -> Token | None:
        """The token that starts at character ``offset``."""
        i = bisect.bisect_left(self.tokens, offset, key=lambda t: t.idx)
        return self.tokens[i] if i < len(self.tokens) and self.tokens[i].idx == offset else None

    # ---- resolution ----

    def resolve(self, tok: Token, use_pronouns: bool = True) -> Resolution:
        """Resolve the speaker mention whose head is ``tok``."""
        full = mention_span(tok)
        res = Resolution(full.text, full.start_char, full.end_char, None)
        span = mention_span(tok, partitive=False)  # "half of GOP voters" is named by "half" alone
        if tok.pos_ == "PRON":
            if use_pronouns:
                word = tok.lower_
                res.name = self.by_pronoun(word, tok.idx)
                res.person = res.name is not None and word not in NEUTER | PLURAL
            return res
        name = self.person_named(tok, span) or self.author_named(tok) or self.named_after(tok)
        org = None if name else represented(tok)
        desc = None if name or org is not None else self.by_description(tok, span, use_pronouns)
        if name:
            res.name, res.person = name, True
        elif org is not None:
            res.name = org_name(org)
        elif desc is not None:
            res.name, res.person = desc
        elif tok.pos_ == "PROPN" and len(self.namesakes(tok)) > 1:
            res.person = True  # a surname several people in the article share, none prominent: unresolved
        elif tok.pos_ == "PROPN":
            res.name = org_name(span)
            res.person = tok.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT")
        elif tok.ent_type_ in ("ORG", "GPE", "NORP") or any(t.pos_ == "PROPN" for t in span):
            res.name = org_name(span)
        elif tok.text[:1].isupper() and not tok.is_sent_start and tok.is_alpha:
            res.name = org_name(span)  # a capitalised name the tagger did not call a proper noun
        return res

    def author_named(self, tok: Token) -> str | None:
        """The person whose statement, letter or analysis speaks ("Sessions' statement", "the attorney
        general's statement", "an analysis by Lily Batchelder"); an organisation author is left to
        ``represented``."""
        author = author_of(tok)
        if author is None or author.ent_type_ in ("ORG", "GPE", "NORP"):
            return None
        return self.person_named(author, mention_span(author))

    def named_after(self, tok: Token) -> str | None:
        """The person an indefinite description is named as in the next sentence (``named_next``)."""
        name = named_next(tok, is_cue)
        return self.full_name(name) if name is not None else None

    def person_named(self, tok: Token, span: Span) -> str | None:
        """The full name a mention denotes: an apposed name ("the Secretary, Theresa May,"), a title
        the article gave someone, a name or surname, or the person whose office speaks."""
        for child in apposed_names(tok):
            name = self.full_name(child)
            if name:
                return name
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.ent_type_ == "PERSON":
            name = self.full_name(tok.head)  # "Willie Yao, a computer engineer who said ...": the description
            if name:                          # in apposition to a name is that person
                return name
        head = norm_word(tok.lemma_)
        if head in TITLE_WORDS or norm_word(tok.text) in TITLE_WORDS:
            mods = {norm_word(t.text) for t in span if t.i != tok.i and t.pos_ not in _SKIP_POS}
            name = self.by_title(head, mods, tok.idx)
            if name:
                return name
        if tok.text[:1].isupper():
            name = self.full_name(tok)
            if name:
                return name
        possessor = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if possessor and tok.lemma_ == "office":
            return self.full_name(possessor[0])
        return None


def _owned(tok: Token) -> bool:
    """A kinship noun with a possessive ("his mother", "Smith's wife"): someone a later pronoun may mean."""
    return any(c.dep_ == "poss" for c in tok.children)


_SKIP_POS = ("DET", "PUNCT", "PART", "ADP", "CCONJ")
