"""Gender evidence for he/she speakers beyond the subjects' order: the honorific before a surname
("Mrs Clinton" is not Bill Clinton) and a person of the pronoun's gender named earlier in its own
sentence ("Christie called Hillary Clinton a disgrace after she blamed ...": she is Clinton)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from storyline.article.speaker_words import FEMALE_WORDS, HONORIFICS, MALE_WORDS


def honorific_gender(run: Span) -> str:
    """"m" or "f" when a gendered honorific stands right before a name run ("Mrs Clinton"), else ""."""
    if run.start == 0:
        return ""
    word = run.doc[run.start - 1].lower_
    if word not in HONORIFICS:
        return ""
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else ""


def sentence_mate(tok: Token, want: str, full_name: Callable[[Token], str | None],
                  gender_of: Callable[[str], str], in_quote: Callable[[int], bool]) -> tuple[int, str] | None:
    """(offset, name) of the last person named before the pronoun ``tok`` in its sentence whose known
    gender is ``want``, outside quoted words, and who governs the pronoun's clause: an argument of a
    verb above it ("Christie called Clinton a disgrace after she ...") or the name its relative clause
    hangs on ("Ray Halbritter, who led the campaign because he ..."). None when the pronoun is the main
    verb's own subject ("Asked whether Clinton would win, she replied")."""
    if tok.head.i == tok.sent.root.i:
        return None
    above = {a.i for a in tok.ancestors}
    found = None
    for ent in tok.sent.ents:
        if ent.label_ != "PERSON" or ent.end > tok.i or in_quote(ent.start_char) or not _governs(ent, above):
            continue
        name = full_name(ent[-1])
        if name and gender_of(name) == want:
            found = (ent.start_char, name)
    return found


def _governs(ent: Span, above: set[int]) -> bool:
    """Is a name above the pronoun, or an argument of a verb above it (directly or through a preposition)?"""
    root = ent.root
    if root.i in above:
        return True
    head = root.head.head if root.dep_ == "pobj" else root.head
    return root.dep_ in ("dobj", "dative", "nsubj", "nsubjpass", "pobj", "attr", "oprd") and head.i in above
