"""Titles and roles of people, read from plain text around a name.

Two shapes are recognised: the title words right before the name in the same noun phrase
("Kremlin spokesman Dmitry Peskov", "Former U.S. President Donald Trump") and an apposition
after it ("Dmitry Peskov, the Kremlin's spokesman, said"). A title must hold a role noun."""
from __future__ import annotations

import re

ROLE_WORDS = {
    "president", "president-elect", "vice-president", "premier", "minister", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "chancellor", "king", "queen", "prince", "princess", "pope", "leader",
    "chief", "head", "governor", "senator", "mayor", "ambassador", "envoy", "general", "commander",
    "chairman", "chairwoman", "chair", "director", "ceo", "founder", "executive", "officer", "judge",
    "justice", "speaker", "representative", "congressman", "congresswoman", "lawmaker", "adviser",
    "advisor", "aide", "counterpart", "deputy", "emir", "sheikh", "sultan", "dictator", "diplomat",
    "negotiator", "official", "attorney", "prosecutor", "coach", "captain", "manager", "editor",
    "correspondent", "analyst", "economist", "professor", "bishop", "cardinal", "archbishop", "mp",
    "mep", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "admiral", "marshal", "colonel", "lieutenant",
    "major", "sergeant", "tsar", "czar", "commissioner", "dean", "rector", "cofounder", "co-founder",
    # occupations news writes before a name ("Broadcaster Chris Evans", "Corporation Counsel Ed Siskel")
    "counsel", "broadcaster", "presenter", "anchor", "columnist", "reporter", "lawyer", "detective",
    "inspector", "activist", "candidate", "nominee", "singer", "actor", "actress", "novelist", "author",
    "photographer", "striker", "midfielder", "goalkeeper", "winger",
}
MODIFIERS = {
    "former", "then", "acting", "interim", "deputy", "vice", "foreign", "prime", "defence", "defense",
    "first", "chief", "top", "senior", "outgoing", "incoming", "new", "late", "ex", "lead", "special",
    "presidential", "press", "national", "security", "state", "interior", "finance", "economy", "trade",
    "general", "executive", "assistant", "associate", "of",
}
STOP_BEFORE = {
    "the", "a", "an", "his", "her", "their", "its", "our", "with", "and", "by", "said", "says", "on", "in",
    "at", "as", "when", "after", "before", "while", "meanwhile", "but", "however", "also", "if",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "during", "for", "from", "to", "between", "against", "under", "over", "about",
}
CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "after", "before", "when", "while", "as", "since",
                "because", "if", "and", "or", "but", "than", "not", "also", "very", "much", "more", "most"}
NOT_ROLES = {"day", "week", "month", "year", "time", "moment", "lot", "few", "number", "bit", "way", "move",
             "decision", "statement", "step", "sign", "result", "source"}
_WORD = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[\w’'&-]+")
_APPOSITION = re.compile(r"^,\s+((?:the\s+)?[^,.;:\n()\"“”]{2,70}?)\s*(?=[,;)]|\.\s|$)")


def is_role(word: str) -> bool:
    """Is ``word`` a role noun ("spokesman", "President-elect", "vice-president")?"""
    w = word.lower().rstrip(".")
    return w in ROLE_WORDS or ("-" in w and any(part in ROLE_WORDS for part in w.split("-")))


def has_role_word(title: str) -> bool:
    """Does a title hold a role noun ("Kremlin spokesman"), not only a description ("shift foreman")?"""
    return any(is_role(w.strip("’'s,")) or is_role(w) for w in title.split())


def _title_word(word: str) -> bool:
    """May ``word`` be part of a title before a name? Capitalised words, acronyms, roles, modifiers."""
    bare = word.strip(".’'")
    if not bare:
        return False
    if bare.lower() in STOP_BEFORE:
        return False
    return bare[0].isupper() or is_role(bare) or bare.lower() in MODIFIERS or bare.endswith(("’s", "'s"))


def title_before(text: str, start: int) -> str | None:
    """The role words right before a name: ``Kremlin spokesman`` for "... Kremlin spokesman Dmitry Peskov"."""
    line_start = max(text.rfind("\n", 0, start), 0)
    words = list(_WORD.finditer(text, max(line_start, start - 80), start))
    picked: list[re.Match] = []
    for m in reversed(words):
        gap = text[m.end():(picked[-1].start() if picked else start)]
        if gap.strip() or not _title_word(m.group()):
            break
        picked.append(m)
    picked.reverse()
    while picked and not is_role(picked[-1].group()):  # "Russian President" ends on its role noun
        picked.pop()
    while picked and (picked[0].group().lower() == "of" or _common_sentence_start(text, picked[0])):
        picked.pop(0)
    if not picked:
        return None
    return text[picked[0].start():picked[-1].end()]


def _common_sentence_start(text: str, word: re.Match) -> bool:
    """A capitalised sentence opener that the text also uses in lower case ("Following ...")."""
    before = text[max(0, word.start() - 2):word.start()]
    if before.strip() not in ("", ".", "!", "?", "”", '"') and not before.endswith("\n"):
        return False
    w = word.group()
    if w.endswith(("ing", "ly")) and not is_role(w):
        return True
    return w[:1].isupper() and not is_role(w) and re.search(rf"\b{re.escape(w.lower())}\b", text) is not None


def title_after(text: str, end: int) -> str | None:
    """An apposition with a role noun: ``the Kremlin's spokesman`` in "Peskov, the Kremlin's spokesman,"."""
    m = _APPOSITION.match(text[end:end + 90])
    if not m:
        return None
    phrase = m.group(1).strip()
    words = phrase.split()
    if described(phrase):
        return re.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.IGNORECASE)
    if len(words) > 8 or not any(is_role(w.strip("’'s")) or is_role(w) for w in words):
        return None
    first = words[0].lower()
    if words[0][0].islower() and not (is_role(first) or first in MODIFIERS or first == "the"):
        return None  # ", who said" or ", said" is not an apposition
    return re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)


def described(phrase: str) -> bool:
    """An apposition that is a plain description of a person by what they do: "a shift foreman",
    "a retired nurse" (an article and lower-case words only; no clause, figure or name)."""
    words = phrase.lower().split()
    if not words or words[0] not in ("a", "an", "the") or not 2 <= len(words) <= 4:
        return False
    if any(w in CLAUSE_WORDS or not re.fullmatch(r"[a-z][a-z-]*", w) for w in words[1:]):
        return False
    return phrase.split()[1:] == words[1:] and words[-1] not in NOT_ROLES


def titles_of(text: str, start: int, end: int) -> list[str]:
    """Every title found around the name at ``text[start:end]``."""
    return [t for t in (title_before(text, start), title_after(text, end)) if t]


_ROMAN = re.compile(r"^[IVX]+$")
GIVEN_NAME_ROLES = {"prince", "princess", "king", "queen", "major", "dean", "earl", "duke", "bishop"}
REGNAL = {"king", "queen", "prince", "princess", "pope", "emperor", "tsar", "czar", "sultan", "emir"}


def strip_role_words(name: str) -> str:
    """A person's name without the job title NER ran into it: "Broadcaster Chris Evans" -> "Chris
    Evans", "Corporation Counsel Ed Siskel" -> "Ed Siskel", "Attorney General Jeff Sessions" -> "Jeff
    Sessions"; at least two capitalised words stay, a regnal name stays whole ("King Charles III") and a
    title that is also a given name stays ("Singer Prince Rogers Nelson" -> "Prince Rogers Nelson")."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return name
    roles = [j for j, w in enumerate(words[:-2]) if w.lower().rstrip(".") in ROLE_WORDS]
    while len(roles) > 1 and words[roles[-1]].lower() in GIVEN_NAME_ROLES:
        roles.pop()  # "Singer Prince Rogers Nelson": Prince is his name
    if not roles or _ROMAN.match(words[-1]) and words[roles[-1]].lower() in REGNAL:
        return name  # "King Charles III" stays whole, "Rep. Joseph Kennedy III" loses "Rep."
    return " ".join(words[roles[-1] + 1:])
