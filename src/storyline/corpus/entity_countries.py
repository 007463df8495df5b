"""Bodies known by two names that no spelling rule connects ("Britain" and "the United Kingdom",
"the Tories" and "the Conservative Party", "Downing Street" and "No 10").

Transliteration (Kyiv/Kiev), acronyms (UK/United Kingdom), clipped words (Lib Dems/Liberal Democrats)
and case are handled by the general keys of ``entity_merge``; these are only the short lists of common
alternative names that English-language news uses interchangeably, written as folded forms (see
``entity_names.fold``): states (``SAME_COUNTRY``, linked among places) and the parties and seats of
government of the US and UK press (``SAME_BODY``, linked among organisations and groups)."""
from __future__ import annotations

from collections.abc import Iterable

SAME_COUNTRY: tuple[tuple[str, ...], ...] = (
    ("united kingdom", "britain", "great britain", "uk"),
    ("united states", "united states of america", "america", "us", "usa"),
    ("netherlands", "holland"),
    ("myanmar", "burma"),
    ("cote divoire", "ivory coast"),
    ("czech republic", "czechia"),
    ("turkey", "turkiye"),
    ("eswatini", "swaziland"),
    ("north macedonia", "macedonia"),
    ("russia", "russian federation"),
    ("south korea", "republic of korea"),
    ("north korea", "dprk", "democratic peoples republic of korea"),
    ("iran", "islamic republic of iran"),
    ("vatican", "holy see", "vatican city"),
    ("democratic republic of congo", "democratic republic of the congo", "drc", "dr congo"),
    ("united arab emirates", "uae"),
)
SAME_BODY: tuple[tuple[str, ...], ...] = (
    ("conservative party", "conservatives", "tories", "tory party"),
    ("labour party", "labour"),
    ("liberal democrats", "liberal democrat party", "lib dems"),
    ("republican party", "republicans", "gop", "grand old party"),
    ("democratic party", "democrats"),
    ("downing street", "no 10", "number 10", "10 downing street"),
    ("pentagon", "defense department", "department of defense", "us defense department"),
)

# names only one body has, whatever the country an article is about: two of them link across documents
# ("GOP" in one article, "Republican Party" in another); "Democrats" or "Labour" may be another country's
ONE_BODY_ANYWHERE = frozenset({"republican party", "gop", "grand old party"})


def country_links(forms: Iterable[str], table: tuple[tuple[str, ...], ...] = SAME_COUNTRY,
                  every_pair: bool = False) -> list[tuple[str, str]]:
    """Pairs of the given folded forms that name the same country (or, with ``table=SAME_BODY``, the
    same body), a leading "the" ignored: each form with the first of its row, or with ``every_pair``
    every two forms of a row (for a caller that keeps only some pairs)."""
    group_of = {name: i for i, names in enumerate(table) for name in names}
    rows: dict[int, list[str]] = {}
    for form in sorted(forms):
        group = group_of.get(form.removeprefix("the "))
        if group is not None:
            rows.setdefault(group, []).append(form)
    links = []
    for row in rows.values():
        links += [(a, b) for i, a in enumerate(row) for b in row[i + 1:]] if every_pair else \
            [(row[0], b) for b in row[1:]]
    return links
