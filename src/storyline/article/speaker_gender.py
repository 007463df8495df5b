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
    gender is ``want``, outside quoted words, as an argument of the sentence's main verb ("Christie called
    Clinton a disgrace after she ..."); none when the pronoun is the main verb's own subject ("Asked
    whether Clinton would win, she replied")."""
    root = tok.sent.root
    if tok.head.i == root.i:
        return None
    found = None
    for ent in tok.sent.ents:
        if ent.label_ != "PERSON" or ent.end > tok.i or in_quote(ent.start_char) or not _argument(ent, root):
            continue
        name = full_name(ent[-1])
        if name and gender_of(name) == want:
            found = (ent.start_char, name)
    return found


def _argument(ent: Span, root: Token) -> bool:
    """Does a name hang on the main verb, directly or through one preposition?"""
    head = ent.root.head
    return head.i == root.i or ent.root.dep_ == "pobj" and head.head.i == root.i
