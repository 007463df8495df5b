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
    gender is ``want``, outside quoted words."""
    found = None
    for ent in tok.sent.ents:
        if ent.label_ != "PERSON" or ent.end > tok.i or in_quote(ent.start_char):
            continue
        name = full_name(ent[-1])
        if name and gender_of(name) == want:
            found = (ent.start_char, name)
    return found
