"""Countries known by two names that no spelling rule connects ("Britain" and "the United Kingdom").

Transliteration (Kyiv/Kiev), acronyms (UK/United Kingdom) and case are handled by the general
keys of ``entity_merge``; this is only the short list of common alternative names of states that
English-language news uses interchangeably, written as folded forms (see ``entity_names.fold``)."""
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


def country_links(forms: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of the given folded forms that name the same country (a leading "the" ignored)."""
    group_of = {name: i for i, names in enumerate(SAME_COUNTRY) for name in names}
    first: dict[int, str] = {}
    links = []
    for form in sorted(forms):
        group = group_of.get(form.removeprefix("the "))
        if group is None:
            continue
        if group in first:
            links.append((first[group], form))
        else:
            first[group] = form
    return links
