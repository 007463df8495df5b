"""The brief as a readable Markdown document.

Citations are ``[doc-id]`` references (defined as links when the document has an http(s) url).
Every string from the brief is escaped so article text cannot inject HTML or Markdown structure."""
from __future__ import annotations

import re
from typing import Any

from storyline.export.brief_view import BriefView, as_list, as_text, date_text, format_number, items
from storyline.export.html import safe_url

_SPECIAL = re.compile(r"([\\`*\[\]<>|~#])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LOOSE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)")


def md(value: Any) -> str:
    """Inline Markdown for a plain string: special characters escaped, line breaks as spaces."""
    text = " ".join(as_text(value).split())
    text = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))
    text = _LOOSE_UNDERSCORE.sub(r"\\_", text)
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def code(value: Any, in_table: bool = False) -> str:
    """A code span that survives backticks inside the value (and pipes, inside a table cell)."""
    text = " ".join(as_text(value).split())
    if in_table:
        text = text.replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}" if text else ""


def ref(doc_id: Any) -> str:
    """A ``[doc-id]`` citation."""
    return f"[{md(doc_id) or '?'}]"


def _cites(spans: Any) -> str:
    """``[doc-id]`` references for the distinct documents of some spans."""
    docs = []
    for span in as_list(spans):
        if isinstance(span, dict) and span.get("doc") not in docs:
            docs.append(span.get("doc"))
    return " ".join(ref(d) for d in docs)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown (GFM) table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _section(title: str, body: list[str], what: str) -> list[str]:
    """A ``##`` section, or a 'none found' line when the body is empty."""
    return [f"## {title}", ""] + (body or [f"_No {what} found._"]) + [""]


def _summary(view: BriefView) -> list[str]:
    """Numbered summary sentences with citations, story sentences under the story's title."""
    lines = []
    for title, sentences in view.summary_groups():
        lines += [f"### {md(title)}", ""] if title else []
        lines += [f"{i}. {md(s.get('text'))} {_cites(s.get('citations'))}".rstrip()
                  for i, s in enumerate(sentences, 1)]
        lines.append("")
    return lines


def _stories(view: BriefView) -> list[str]:
    """One line per story: title, documents, events."""
    lines = []
    for story in items(view.brief, "stories"):
        docs = " ".join(ref(d) for d in as_list(story.get("documents")))
        events = "; ".join(md(view.event_title(e)) for e in as_list(story.get("events")))
        line = f"- **{md(story.get('title') or story.get('id'))}** — documents: {docs or 'none'}"
        lines.append(line + (f"; events: {events}" if events else ""))
    return lines


def _quote_meta(quote: dict) -> str:
    """The attribution line under a quote: wording, cue, channel, date, kind, source."""
    parts = [md(quote.get("speaker_text")), md(quote.get("cue"))]
    head = " ".join(p for p in parts if p)
    extra = [f"via {md(quote['channel'])}" if quote.get("channel") else "",
             md(date_text(quote.get("said_on"))), md(quote.get("kind"))]
    tail = ", ".join(p for p in extra if p)
    return "> — " + " ".join(p for p in (head, f"({tail})" if tail else "", ref(quote.get("doc"))) if p)


def _quotes(view: BriefView) -> list[str]:
    """Quotes as blockquotes under one heading per speaker."""
    lines = []
    for label, _, quotes in view.quotes_by_speaker():
        lines += [f"### {md(label)} ({len(quotes)})", ""]
        for quote in quotes:
            lines += [f"> {_words(quote)}", ">", _quote_meta(quote), ""]
    return lines


def _words(quote: dict) -> str:
    """The quoted words: in quote marks only when they are the speaker's own (a direct quote); reported
    speech is paraphrase, and a mixed quote carries its own marks."""
    text = md(quote.get("text"))
    return f"“{text}”" if quote.get("kind") == "direct" else text


def _figures(view: BriefView) -> list[str]:
    """The figures table, comparable figures in the same numbered group."""
    rows = []
    for group_no, group in enumerate(view.figure_groups(), 1):
        for f in group:
            value = ("≈ " if f.get("approximate") else "") + md(format_number(f.get("value")))
            source = f"“{md(f.get('text'))}” {ref(f.get('doc'))}"
            rows.append([str(group_no), value, md(f.get("unit")), md(f.get("measure")),
                         md(view.claimant_label(f.get("claimed_by"))), source])
    return _table(["Group", "Value", "Unit", "Measure", "Claimed by", "Source"], rows) if rows else []


def _timeline(view: BriefView) -> list[str]:
    """One heading line per calendar value, then each mention with the sentence it stands in."""
    lines = []
    for value, dates in view.timeline():
        lines.append(f"- **{md(value)}**")
        for d in dates:
            context = view.sentence_around(d) or as_text(d.get("text"))
            lines.append(f"  - “{md(d.get('text'))}”: {md(context)} {ref(d.get('doc'))}")
    return lines


def _discrepancies(view: BriefView) -> list[str]:
    """One heading per disputed point, a bullet per value."""
    lines = []
    for d in items(view.brief, "discrepancies"):
        lines += [f"### {md(d.get('about')) or 'unnamed'}", ""]
        for v in as_list(d.get("values")):
            if isinstance(v, dict):
                who = md(view.claimant_label(v.get("claimed_by")))
                lines.append(f"- “{md(v.get('text'))}” — {who} {ref(v.get('doc'))}")
        lines.append("")
    return lines


def _positions(view: BriefView) -> list[str]:
    """Positions under one heading per actor."""
    lines = []
    for label, _, positions in view.positions_by_actor():
        lines += [f"### {md(label)}", ""]
        lines += [f"- **{md(p.get('kind'))}**: {md(p.get('text'))} {_cites(p.get('mentions'))}".rstrip()
                  for p in positions]
        lines.append("")
    return lines


def _events(view: BriefView) -> list[str]:
    """One line per event, in the brief's order (corpus/timeline: dated by date, then undated)."""
    lines = []
    for e in items(view.brief, "events"):
        who = ", ".join(md(view.entity_name(p) or p) for p in as_list(e.get("participants")))
        where = md(view.entity_name(e.get("place")) or e.get("place"))
        line = f"- **{md(date_text(e.get('date')) or 'undated')}** ({md(e.get('type'))}) {md(e.get('title'))}"
        line += (f"; with {who}" if who else "") + (f"; in {where}" if where else "")
        lines.append(f"{line} {_cites(e.get('mentions'))}".rstrip())
    return lines


def _entities(view: BriefView) -> list[str]:
    """One line per entity, the most mentioned first."""
    lines = []
    for e in sorted(view.entities, key=lambda e: -len(as_list(e.get("mentions")))):
        line = f"- **{md(e.get('name') or e.get('id'))}** ({md(e.get('type') or 'OTHER')}), "
        n = len(as_list(e.get("mentions")))
        line += f"{n} mention" + ("" if n == 1 else "s")
        aliases = ", ".join(md(a) for a in as_list(e.get("aliases")))
        titles = ", ".join(md(t) for t in as_list(e.get("titles")))
        line += (f"; aliases: {aliases}" if aliases else "") + (f"; titles: {titles}" if titles else "")
        lines.append(line)
    return lines


def _documents(view: BriefView) -> list[str]:
    """One line per document: id, title, outlet, date, url, path, duplicates and copies."""
    lines, copies = [], view.copies_by_doc()
    for doc_id, doc in view.doc_by_id.items():
        url = safe_url(doc.get("url"))
        shown = f"<{url}>" if url else code(doc.get("url"))
        parts = [md(doc.get("outlet")), md(date_text(doc.get("published"))), shown,
                 f"path {code(doc.get('path'))}" if doc.get("path") else ""]
        line = f"- {ref(doc_id)} **{md(view.doc_label(doc_id))}** — " + ", ".join(p for p in parts if p)
        if doc.get("duplicate_of"):
            line += f"; duplicate of {ref(doc['duplicate_of'])}"
        if copies.get(doc_id):
            line += "; exact copies: " + ", ".join(code(c) for c in copies[doc_id])
        lines.append(line)
    return lines


def _rejected(view: BriefView) -> list[str]:
    """The rejected inputs table."""
    rows = [[code(r.get("path"), True), md(r.get("where")), code(r.get("code"), True), md(r.get("reason"))]
            for r in items(view.brief, "rejected")]
    return _table(["Path", "Where", "Code", "Reason"], rows) if rows else []


def _definitions(view: BriefView) -> list[str]:
    """Link definitions making each ``[doc-id]`` a link to the document's url, when it has one."""
    lines = []
    for doc_id, doc in view.doc_by_id.items():
        url = safe_url(doc.get("url"))
        if url:
            title = view.doc_label(doc_id).replace('"', "'")
            lines.append(f'[{md(doc_id)}]: <{url.replace(">", "%3E")}> "{md(title)}"')
    return lines


def render_markdown(brief: dict) -> str:
    """The brief as Markdown: title and counts, then summary, stories, quotes, figures,
    discrepancies, timeline, positions, events, entities, documents and rejected inputs."""
    view = BriefView(brief)
    counts = " · ".join(f"{n} {label}" for _, label, n in view.counts())
    lines = [f"# {md(view.title())}", "", counts, ""]
    lines += _section("Summary", _summary(view), "summary sentences")
    lines += _section("Stories", _stories(view), "stories")
    lines += _section("Quotes by speaker", _quotes(view), "quotes")
    lines += _section("Figures", _figures(view), "figures")
    lines += _section("Discrepancies", _discrepancies(view), "discrepancies")
    lines += _section("Timeline", _timeline(view), "dates")
    lines += _section("Positions", _positions(view), "positions")
    lines += _section("Events", _events(view), "events")
    lines += _section("Entities", _entities(view), "entities")
    lines += _section("Documents", _documents(view), "documents")
    lines += _section("Rejected inputs", _rejected(view), "rejected inputs")
    lines += _definitions(view)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).rstrip() + "\n"
