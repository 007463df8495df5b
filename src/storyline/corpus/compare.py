"""Corpus stage "discrepancies": facts on which the sources disagree, each value with its document,
exact span and claimant.

Three kinds, each in its own module:
- ``number``: the same measure given incompatible figures (``compare_figures``), or figures the
  text says are disputed (``compare_disputes``). Rounding, ranges and bounds are allowed for
  (``compare_values``); a later, higher running total is an update and left out.
- ``date``: one event dated differently (``compare_dates``), or one report of an outlet or office
  dated differently ("X reported Saturday" / "On Sunday, X published", ``compare_reports``).
- ``title``: a "former" title against current-holder titles of documents of the same time
  (``compare_titles``).
- ``name``: a person's name that a text says was wrong, against the right one (``compare_names``), or a
  person's name spelt two ways (``compare_spelling``).
- ``quote``: one statement by one speaker quoted with different words (``compare_quotes``).
- ``sentence``: one sentence in two versions that say different things: another name, an act done
  against one to come, a past holder against the present one, a negation (``compare_sentences``).
Numbers, dates and sentences are compared inside scopes (linked stories, see ``compare_scope``); titles
across the corpus (a person's office does not depend on the story), and quotes across the corpus too (one
statement is one statement whichever story reports it)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from storyline.corpus.base import CorpusContext, CorpusStage
from storyline.corpus.compare_dates import date_conflicts, events_of
from storyline.corpus.compare_disputes import Dispute, disputes_of
from storyline.corpus.compare_figures import about_figures, conflicting_groups, facts_of, figure_values
from storyline.corpus.compare_names import corrections
from storyline.corpus.compare_phrases import value_phrase
from storyline.corpus.compare_quotes import garbled_groups, opening, quote_texts
from storyline.corpus.compare_reports import report_conflicts, reports_of
from storyline.corpus.compare_scope import SentenceParses, scopes
from storyline.corpus.compare_sentences import Rewrite, Version, changed_words, rewrites
from storyline.corpus.compare_spelling import misspellings
from storyline.corpus.compare_titles import title_conflicts
from storyline.model import Article, Discrepancy, DiscrepancyValue


@dataclass
class DiscrepancyRecord(Discrepancy):
    """A ``model.Discrepancy`` with its kind: number | date | title | name | quote | sentence."""

    kind: str = "number"


def _value(article: Article, start: int, end: int, claimed_by: str | None) -> DiscrepancyValue:
    return DiscrepancyValue(article.id, start, end, article.text[start:end], claimed_by)


def _record(kind: str, about: str, values: list[DiscrepancyValue]) -> DiscrepancyRecord:
    key = "|".join([kind, about] + [f"{v.doc}:{v.start}:{v.end}" for v in values])
    return DiscrepancyRecord("d-" + hashlib.sha1(key.encode()).hexdigest()[:10], about, values, kind)


def number_discrepancies(articles: list[Article], claimant, parses: SentenceParses) -> list[Discrepancy]:
    out = []
    for group in conflicting_groups(facts_of(articles, claimant, parses)):
        values = [_value(a, s, e, c) for a, s, e, c in figure_values(group)]
        if len(values) > 1:  # widened to one phrase, the values are one statement
            out.append(_record("number", about_figures(group), values))
    return out + dispute_discrepancies(disputes_of(articles), claimant)


def dispute_discrepancies(disputes: list[Dispute], claimant) -> list[DiscrepancyRecord]:
    """One record per dispute with two values; a lone disputed value joins a record holding its number."""
    records: list[tuple[set[float], list[DiscrepancyValue]]] = []
    for d in disputes:
        sides = [d.before] + ([d.after] if d.after else [])
        values = [_value(d.article, *value_phrase(d.article, f), claimant(d.article.id, f.claimed_by_name))
                  for f in sides]
        numbers = {f.value for f in sides}
        home = next((r for r in records if r[0] & numbers), None)
        if home is not None:
            home[1].extend(v for v in values if (v.doc, v.start) not in {(x.doc, x.start) for x in home[1]})
            home[0].update(numbers)
        elif d.after is not None:
            records.append((numbers, values))
    return [_record("number", _dispute_about(values), values) for _, values in records]


def _dispute_about(values: list[DiscrepancyValue]) -> str:
    words = values[0].text.split()
    noun = words[-1] if len(words) > 1 and words[-1].isalpha() else ""
    return f"number of {noun} (disputed)" if noun else f"disputed figure: {values[0].text}"


def date_discrepancies(articles: list[Article], parses: SentenceParses) -> list[DiscrepancyRecord]:
    out = []
    for group in date_conflicts(events_of(articles, parses)):
        values = [_value(ev.article, ev.start, ev.end, None) for ev in group]
        out.append(_record("date", f"the date of the {group[0].noun}", values))
    return out


def report_discrepancies(articles: list[Article], parses: SentenceParses,
                         entity_of) -> list[DiscrepancyRecord]:
    """One record per report of an outlet or office (or once-in-a-life act) dated two ways, the values the
    dated phrases."""
    out = []
    for group in report_conflicts(reports_of(articles, parses, entity_of)):
        values = [_value(r.article, r.start, r.end, None) for r in group]
        out.append(_record("date", group[0].about, values))
    return out


def title_discrepancies(ctx: CorpusContext) -> list[DiscrepancyRecord]:
    index = ctx.results.get("entities")
    if index is None:
        return []
    articles = {a.id: a for a in ctx.originals()}
    out = []
    for entity in index.entities:
        if entity.type != "PERSON":
            continue
        for group in title_conflicts(entity, articles):
            values = [_value(m.article, m.start, m.end, None) for m in group]
            out.append(_record("title", f"{entity.name}'s office ({group[0].role})", values))
    return out


def name_discrepancies(ctx: CorpusContext) -> list[DiscrepancyRecord]:
    """One record per name correction a text states, the values the wrong and the right name as written."""
    index = ctx.results.get("entities")
    if index is None:
        return []
    people = [e for e in index.entities if e.type == "PERSON"]
    out = []
    for c in corrections({a.id: a for a in ctx.originals()}, people):
        values = [_value(a, m.start, m.end, None) for a, m in c.mentions]
        out.append(_record("name", f"the name of {c.right.name} (also given as {c.wrong.name})", values))
    return out


def spelling_discrepancies(ctx: CorpusContext) -> list[DiscrepancyRecord]:
    """One record per person whose name is spelt two ways, the values the first mention of each spelling
    in each document."""
    index = ctx.results.get("entities")
    if index is None:
        return []
    people = [e for e in index.entities if e.type == "PERSON"]
    out = []
    for s in misspellings(people, {a.id: a for a in ctx.originals()}):
        values = [_value(a, m.start, m.end, None) for a, m in s.mentions]
        out.append(_record("name", f"the spelling of {s.person.name}'s name ({s.forms[0]} / {s.forms[1]})",
                           values))
    return out


def sentence_discrepancies(articles: list[Article], parses: SentenceParses,
                           entity_of) -> list[DiscrepancyRecord]:
    """One record per sentence given in two versions that say different things, the values the sentences.
    Pairs sharing a sentence are one record, and so are the changes in time of one pair of documents (one
    written before an event, one after: "has pushed" / "is poised to push", "previous" / "current")."""
    groups: list[tuple[Rewrite, list[Version]]] = []
    for r in rewrites(articles, parses, entity_of):
        home = next((g for g in groups if any(v is r.x or v is r.y for v in g[1])
                     or (r.in_time and g[0].in_time and g[0].documents == r.documents)), None)
        if home is None:
            groups.append((r, [r.x, r.y]))
        else:
            home[1].extend(v for v in (r.x, r.y) if not any(v is w for w in home[1]))
    out = []
    for first, versions in groups:
        one, other = (w or "(nothing)" for w in changed_words(first))
        values = [_value(v.article, v.start, v.start + len(v.article.text[v.start:v.end].rstrip()), None)
                  for v in versions]
        out.append(_record("sentence", f"one sentence in two versions: “{one}” / “{other}”", values))
    return out


def quote_discrepancies(ctx: CorpusContext) -> list[DiscrepancyRecord]:
    """One record per statement quoted with different words, the values the aligned quote spans."""
    index = ctx.results.get("entities")
    out = []
    for group in garbled_groups(quote_texts(ctx.originals(), ctx.entity_id)):
        speaker = group[0].item.speaker
        entity = index.get(speaker) if index is not None else None
        name = entity.name if entity is not None else group[0].item.quote.speaker_name
        values = [_value(v.item.article, v.start, v.end, speaker) for v in group]
        out.append(_record("quote", f"wording of {name}'s quote “{opening(group[0])}”", values))
    return out


def find_discrepancies(ctx: CorpusContext) -> list[DiscrepancyRecord]:
    """Every discrepancy of the corpus, in a stable order."""
    parses = SentenceParses()
    claimant = ctx.entity_id
    out: list[DiscrepancyRecord] = []
    for articles in scopes(ctx):
        out += number_discrepancies(articles, claimant, parses)
        out += date_discrepancies(articles, parses)
        out += report_discrepancies(articles, parses, claimant)
        out += sentence_discrepancies(articles, parses, claimant)
    out += title_discrepancies(ctx)
    out += name_discrepancies(ctx)
    out += spelling_discrepancies(ctx)
    out += quote_discrepancies(ctx)
    return sorted(out, key=lambda d: (d.kind, d.values[0].doc, d.values[0].start, d.id))


class CompareStage(CorpusStage):
    """Corpus stage "discrepancies": ``ctx.results["discrepancies"]`` = list of ``DiscrepancyRecord``."""

    name = "discrepancies"

    def run(self, ctx: CorpusContext) -> None:
        ctx.results["discrepancies"] = find_discrepancies(ctx)
