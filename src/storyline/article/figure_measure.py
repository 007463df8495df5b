"""What a figure counts, read from the parse: the counted noun (unit), a short measure phrase, the subject.

- ``counted_noun(doc, span)``: the noun a number counts: "four Ukrainian regions" -> regions,
  "three-year war" -> year (with "war" as the thing measured), "1,000 prisoners of war" -> prisoners.
- ``measure_phrase(noun, head)``: the noun phrase and its governing verb: "soldiers killed",
  "prisoners of war exchanged", "soldiers dying"; for a hyphenated duration the noun it modifies ("war").
- ``subject_of(noun_or_number)``: the entity the figure is about when the text says so, by a possessive
  ("Ukraine's own casualty figures") or an "of X" complement; else None.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from storyline.article.numbers import FRACTIONS

SUBJECT_LABELS = {"GPE", "ORG", "PERSON", "NORP", "LOC"}
_IRREGULAR = {
    "lose": "lost", "pay": "paid", "sell": "sold", "buy": "bought", "send": "sent", "give": "given",
    "hold": "held", "build": "built", "spend": "spent", "win": "won", "bring": "brought", "leave": "left",
    "keep": "kept", "find": "found", "see": "seen", "take": "taken", "make": "made", "cut": "cut",
    "put": "put", "set": "set", "shoot": "shot", "steal": "stolen", "meet": "met", "hit": "hit",
    "free": "freed", "flee": "fled", "seize": "seized", "hurt": "hurt", "raise": "raised", "get": "got",
    "have": "had", "be": "been", "do": "done", "say": "said", "go": "gone", "come": "come", "run": "run",
    "begin": "begun", "bite": "bitten", "write": "written", "tell": "told", "sink": "sunk", "fly": "flown",
    "eat": "eaten", "fall": "fallen", "grow": "grown", "know": "known", "show": "shown", "wear": "worn",
}
_COUNTABLE_POS = {"NOUN", "PROPN"}
_SKIP_POS = {"ADJ", "PROPN", "NOUN", "ADV", "NUM"}
_NOT_UNITS = {"today", "tonight", "yesterday", "tomorrow", "morning", "evening", "afternoon", "thanks"}
# words that open a time adverbial after a number ("rose to 58.6 last month", "5% this year")
_TIME_DETERMINERS = {"last", "next", "this", "previous", "past"}
_TIME_NOUNS = {"day", "week", "weekend", "month", "year", "quarter", "season", "decade", "century", "night",
               "morning", "afternoon", "evening", "summer", "winter", "spring", "autumn", "fall", "time"}


def participle(lemma: str) -> str:
    """A rough past participle of a verb lemma: "kill" -> "killed", "exchange" -> "exchanged"."""
    lemma = lemma.lower()
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma):
        return lemma + lemma[-1] + "ed"  # "drop" -> "dropped", "ban" -> "banned"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def counted_noun(doc, span: Span) -> tuple[Token | None, Token | None]:
    """(the counted noun, the noun a hyphenated duration modifies) for the number tokens ``span``."""
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ == "plus":
        i += 2  # "15-plus years" counts years
    if i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].pos_ in _COUNTABLE_POS | {"ADJ"}:
        unit = doc[i + 1]
        head = unit.head if unit.head.i > unit.i and unit.head.pos_ in _COUNTABLE_POS else None
        if head is None and i + 2 < len(doc) and doc[i + 2].pos_ == "NOUN":
            head = doc[i + 2]
        return unit, _common_head(head)
    if span[-1].lower_ in FRACTIONS and i + 1 < span.sent.end and doc[i].lower_ == "of":
        objs = [c for c in doc[i].children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        return (objs[0], None) if objs else (None, None)  # "two-thirds of voters"
    noun = _noun_after(doc, i, span.sent.end) or _distant_head(span)
    if noun is not None and (noun.lower_ in _NOT_UNITS or _after_time_determiner(doc, i, noun.i)):
        return None, None
    noun = _phrase_head(noun)
    first = doc[i] if i < span.sent.end else None
    if noun is not None and first is not None and noun.i > i and first.tag_ == "NN" and first.pos_ == "NOUN" \
            and noun.tag_ != "NNS" and span[-1].like_num and span[-1].lower_ not in ("one", "a"):
        return first, noun  # "12 page document", "two year deal" (not "700 heart transplants")
    return noun, None


def _after_time_determiner(doc, start: int, noun_i: int) -> bool:
    """Is the noun a time word after a "last"/"next"/"this"/"previous"/"past" ("58.6 last month"; not
    "12 previous convictions")?"""
    return doc[noun_i].lemma_.lower() in _TIME_NOUNS and any(
        doc[k].lower_ in _TIME_DETERMINERS for k in range(start, noun_i))


def _noun_after(doc, i: int, limit: int) -> Token | None:
    """The last noun of the noun run starting within four tokens after ``i`` ("Ukrainian regions",
    "rushing yards", "first-team players"); "times" ends the run ("6.5 times earnings" counts times)."""
    found, skip_to = None, i
    for j in range(i, min(limit, i + 6)):
        tok = doc[j]
        if j < skip_to or (found is None and tok.is_quote and not tok.whitespace_):
            continue  # an opening quote mark: four "loopholes"
        if j + 2 < limit and doc[j + 1].text == "-" and _modifier_word(doc[j + 2]) and found is None:
            skip_to = j + 3  # "12 trouble-free years": a compound adjective, not the counted noun
            continue
        if tok.pos_ == "NOUN" or _counted_name(tok) or (
                tok.pos_ == "PROPN" and j + 1 < limit and doc[j + 1].pos_ == "NOUN"):
            found = tok
            ends = tok.lower_ in ("times", "time") or tok.tag_ == "NNS"
            if ends or j + 1 >= limit or doc[j + 1].pos_ != "NOUN":
                return found
            continue
        if found is not None or tok.like_num or not _modifier(tok):
            return found
    return found


def _modifier_word(tok: Token) -> bool:
    """The second half of a compound modifier: "free" of "trouble-free", "related" of "drug-related",
    "owned" of "state-owned", "looking" of "forward-looking"."""
    return tok.pos_ == "ADJ" or tok.tag_ in ("VBN", "VBG")


def designation(tok: Token) -> bool:
    """A model or type designation: letters and digits in one word ("S-400", "F-16s", "737s", "A320")."""
    return bool(re.fullmatch(r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z]*-?\d+[A-Za-z]*(?:-\d+)?", tok.text)) \
        and tok.pos_ in ("NOUN", "PROPN", "NUM", "X", "ADJ")


def _counted_name(tok: Token) -> bool:
    """A capitalised word that can be counted: a designation ("three Boeing 737s") or a plural
    nationality ("1,000 Canadians", "three Gazans")."""
    if designation(tok) and not tok.like_num:
        return True
    return tok.pos_ == "PROPN" and tok.text.endswith("s") and (tok.tag_ == "NNPS" or tok.ent_type_ == "NORP")


def _distant_head(span: Span) -> Token | None:
    """The noun a number modifies past a long run of modifiers ("four more S-400 anti-aircraft defence
    systems"), when no other number and no punctuation but hyphens stand between them."""
    root = span.root
    head = root.head
    if root.dep_ != "nummod" or head.pos_ != "NOUN" or not 0 < head.i - span.end < 8:
        return None
    between = span.doc[span.end:head.i]
    return None if any(t.is_punct and t.text != "-" or t.like_num for t in between) else head


def _phrase_head(noun: Token | None) -> Token | None:
    """The noun a designation or noun modifier belongs to: "S-400 anti-missile defence systems" -> systems."""
    if noun is None or noun.dep_ not in ("compound", "nmod", "amod") or not 0 < noun.head.i - noun.i <= 5:
        return noun
    if noun.tag_ in ("NNS", "NNPS") and not designation(noun) and noun.head.tag_ != "NNS":
        return noun  # a plural is counted: "hold 1.5 million residents hostage" (not "police reports")
    head = noun.head
    between = noun.doc[noun.i + 1:head.i]
    if head.pos_ != "NOUN" or any(t.is_punct and t.text != "-" for t in between):
        return noun
    return head


def _common_head(head: Token | None) -> Token | None:
    """A common noun for what a duration modifies: "five-year Department plan" -> plan; "five-year
    Department for International Development funding" -> funding; None when there is none."""
    while head is not None and head.pos_ == "PROPN" and head.dep_ in ("compound", "nmod") \
            and head.head.i > head.i:
        head = head.head
    if head is None or head.pos_ != "PROPN":
        return head
    nouns = [t for t in head.subtree if t.i > head.i and t.pos_ == "NOUN" and t.i - head.i <= 6
             and t.dep_ not in ("compound", "nmod", "amod")]
    return nouns[0] if nouns else None


def unit_name(noun: Token) -> str:
    """The unit of a counted noun: its lower-case lemma ("soldiers" -> soldier); a designation as
    written, with its maker and without a plural s ("Boeing 737s" -> "Boeing 737", "F-16s" -> "F-16");
    a nationality in the singular ("Canadians" -> "Canadian")."""
    if designation(noun):
        return " ".join(_makers(noun) + [re.sub(r"(?<=\d)s$", "", noun.text)])
    if noun.pos_ == "PROPN" and _counted_name(noun):
        return " ".join(_makers(noun) + [noun.text[:-1]])  # "World Cups" -> "World Cup"
    return noun.lemma_.lower()


def _makers(noun: Token) -> list[str]:
    """The proper nouns written right before a counted name and compounded with it ("Boeing" 737s)."""
    words: list[str] = []
    i = noun.i - 1
    while i >= 0 and noun.doc[i].pos_ == "PROPN" and noun.doc[i].dep_ == "compound" \
            and noun.doc[i].head.i > i and not noun.doc[i].like_num:
        words.insert(0, noun.doc[i].text)
        i -= 1
    return words


def _modifier(tok: Token) -> bool:
    """A word that may stand between a number and its noun: adjective, participle, proper noun, hyphen."""
    return tok.pos_ in _SKIP_POS or tok.tag_ in ("VBG", "VBN") or tok.text == "-"


def _of_phrase(noun: Token) -> str:
    """A short "of X" complement: "prisoners of war"."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and len(list(objs[0].subtree)) <= 3:
                return " of " + " ".join(t.text for t in objs[0].subtree)
    return ""


def noun_phrase(noun: Token, after: int = -1) -> str:
    """The noun with its adjective and compound modifiers (those after token ``after``) and a short "of"
    complement."""
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and not t.like_num]
    after = max([after] + [m.i for m in noun.lefts if m.like_num])
    words = [t.text for t in mods if t.i > after]
    return " ".join(words + [noun.text]) + _of_phrase(noun)


def _governing_verb(noun: Token) -> str:
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return " " + child.text
    head = noun.head
    if head.pos_ == "VERB" and noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
        return " " + (head.lower_ if head.tag_ == "VBN" else participle(head.lemma_))
    if head.pos_ == "VERB" and noun.dep_ == "nsubj":
        return " " + head.text
    if noun.dep_ == "pobj" and head.head.pos_ == "NOUN" and head.head.lower_ not in FRACTIONS:
        return " (" + head.head.text + " " + head.text + ")"
    return ""


def measure_phrase(noun: Token | None, head: Token | None) -> str | None:
    """A short phrase saying what is counted, or None when nothing is counted."""
    if head is not None:
        return noun_phrase(head, after=noun.i if noun is not None else -1)
    if noun is None:
        return None
    return noun_phrase(noun) + _governing_verb(noun)


def amount_measure(tok: Token) -> str | None:
    """What an amount with a written unit ("$4.2bn", "7.5 per cent") measures: the noun it modifies
    ("a $700,000 award" -> "award") or the subject and verb of its clause ("inflation rose")."""
    head = tok.head
    if head is tok:
        return None
    if head.pos_ == "NOUN" and head.i > tok.i:
        return noun_phrase(head, after=tok.i)
    node = head
    if node.pos_ == "ADP" and node.head is not node:
        node = node.head  # "rose to 7.5 per cent", "fell by $3bn"
    if node.pos_ in ("VERB", "AUX"):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if subj:
            return noun_phrase(subj[0]) + " " + node.text
    if node.pos_ == "NOUN" and node.i < tok.i:
        return noun_phrase(node)  # "a fine of $5m"
    return None


def _entity_text(tok: Token) -> str | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in SUBJECT_LABELS:
            return ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text
    return None


def _owner(noun: Token) -> str | None:
    """The possessor or "of" complement of ``noun`` when it is a named entity."""
    for child in noun.children:
        if child.dep_ == "poss":
            name = _entity_text(child)
            if name:
                return name
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and _entity_text(obj):
                    return _entity_text(obj)
    return None


def subject_of(tok: Token) -> str | None:
    """The entity a figure is about: the owner of its noun, of a governing noun, or of the verb's object."""
    seen = 0
    node = tok
    while seen < 5:
        if node.pos_ in ("NOUN", "PROPN") and _owner(node):
            return _owner(node)
        if node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if child.dep_ in ("dobj", "attr", "nsubj") and child is not tok and _owner(child):
                    return _owner(child)
        if node.head is node:
            break
        node, seen = node.head, seen + 1
    return None
