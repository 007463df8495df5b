"""A hand-made brief (invented articles) shared by the HTML and Markdown export tests, and a parser
that reads the rendered report back. The tests here check the sample itself is consistent."""
from __future__ import annotations

from html.parser import HTMLParser

HOSTILE = "<script>alert(1)</script>"

D1 = (
    "Harbor bridge deal reached\n"
    "Mayor Ana Ruiz said on Tuesday that the council had \"agreed to fund the " + HOSTILE + " repairs\" "
    "after months of talks.\n"
    "The repairs will cost about 12 million dollars, Ruiz told reporters. "
    "Tom O'Neil & \"Partners\" <disagree>.\n"
    "City engineers counted 40 cracked beams in March 2024."
)
D2 = (
    "Council approves bridge repairs\n"
    "The city council voted on 3 June 2024 to repair the Harbor bridge.\n"
    "Councillor Ben Ode said the bill would reach 15 million dollars. \"We cannot wait,\" he said.\n\n"
    "Engineers found 38 cracked beams."
)
D3 = "Council approves bridge repairs\nThe city council voted on 3 June 2024 to repair the Harbor bridge."


def span(doc: str, text: str, phrase: str, nth: int = 0) -> dict:
    """The span of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"doc": doc, "start": start, "end": start + len(phrase)}


def item(doc: str, text: str, phrase: str, **fields) -> dict:
    """A record with the span and text of ``phrase``."""
    return {**span(doc, text, phrase), "text": phrase, **fields}


def _entities() -> list[dict]:
    def ent(eid, name, etype, *phrases, titles=()):
        mentions = [span(*p) for p in phrases]
        aliases = sorted({p[2] for p in phrases})
        return {"id": eid, "name": name, "type": etype, "aliases": aliases, "titles": list(titles),
                "mentions": mentions}

    return [
        ent("e1", "Ana Ruiz", "PERSON", ("d1", D1, "Ana Ruiz"), ("d1", D1, "Ruiz", 1), titles=["Mayor"]),
        ent("e2", "city council", "ORG", ("d2", D2, "city council"), ("d3", D3, "city council")),
        ent("e3", "Ben Ode", "PERSON", ("d2", D2, "Ben Ode")),
        ent("e4", "Harbor bridge", "PLACE", ("d1", D1, "Harbor bridge"), ("d2", D2, "Harbor bridge")),
        ent("e5", "Tom O'Neil & \"Partners\" <b>", "ORG", ("d1", D1, "Tom O'Neil & \"Partners\"")),
    ]


def _records() -> dict:
    return {
        "quotes": [
            item("d1", D1, "agreed to fund the " + HOSTILE + " repairs", id="q1", kind="direct", speaker="e1",
                 speaker_text="Mayor Ana Ruiz", cue="said", channel=None, said_on={"value": "2024-06-04",
                                                                                  "text": "on Tuesday"}),
            item("d2", D2, "We cannot wait,", id="q2", kind="direct", speaker="e3", speaker_text="he",
                 cue="said", channel=None, said_on=None),
            item("d2", D2, "the bill would reach 15 million dollars", id="q3", kind="indirect", speaker="e3",
                 speaker_text="Councillor Ben Ode", cue="said", channel=None, said_on=None),
            item("d1", D1, "The repairs will cost about 12 million dollars", id="q4", kind="indirect",
                 speaker=None, speaker_text="a <b>source</b>", cue="told", channel="reporters", said_on=None),
        ],
        "figures": [
            item("d1", D1, "about 12 million dollars", id="f1", value=12000000, unit="dollar",
                 approximate=True, measure="cost of the bridge repairs", subject="e4", claimed_by="e1"),
            item("d2", D2, "15 million dollars", id="f2", value=15000000.0, unit="dollar", approximate=False,
                 measure="cost of the repairs", subject="e4", claimed_by="e3"),
            item("d1", D1, "40 cracked beams", id="f3", value=40, unit="beam", approximate=False,
                 measure="cracked beams", subject=None, claimed_by=None),
            item("d2", D2, "38 cracked beams", id="f4", value=38, unit="beam", approximate=False,
                 measure="beams found cracked", subject=None, claimed_by=None),
        ],
        "dates": [
            item("d2", D2, "on 3 June 2024", value="2024-06-03"),
            item("d1", D1, "on Tuesday", value="2024-06-04"),
            item("d1", D1, "March 2024", value="2024-03"),
        ],
    }


def _corpus() -> dict:
    return {
        "events": [{"id": "ev1", "type": "agreement", "title": "Council agrees to fund repairs",
                    "date": {"value": "2024-06-03", "text": "on 3 June 2024"}, "participants": ["e2"],
                    "place": "e4", "mentions": [span("d2", D2, "The city council voted on 3 June 2024")]}],
        "stories": [{"id": "s1", "title": "Harbor bridge repairs funded", "documents": ["d1", "d2", "d3"],
                     "events": ["ev1"]}],
        "positions": [{"id": "p1", "actor": "e3", "kind": "demand", "text": "repairs cannot wait",
                       "mentions": [span("d2", D2, "We cannot wait,")]}],
        "discrepancies": [
            {"id": "x1", "about": "cost of the repairs", "values": [
                {**item("d1", D1, "about 12 million dollars"), "claimed_by": "e1"},
                {**item("d2", D2, "15 million dollars"), "claimed_by": "e3"}]},
            {"id": "x2", "about": "cracked beams", "values": [
                {**item("d1", D1, "40 cracked beams"), "claimed_by": None},
                {**item("d2", D2, "38 cracked beams"), "claimed_by": None}]},
        ],
        "summary": [
            {"text": "The council agreed to fund the Harbor bridge repairs.",
             "citations": [span("d2", D2, "The city council voted on 3 June 2024"),
                           span("d1", D1, "Mayor Ana Ruiz said on Tuesday")]},
            {"text": "Estimates of the cost differ.",
             "citations": [span("d1", D1, "about 12 million dollars")]},
        ],
    }


def sample_brief() -> dict:
    """Three invented documents (one a duplicate) with every kind of record."""
    documents = [
        {"id": "d1", "path": "in/bridge <1>.txt", "title": "Harbor bridge deal reached",
         "outlet": "Daily <i>Post</i>",
         "url": "https://example.org/bridge?a=1&b=2", "published": "2024-06-05", "text": D1,
         "duplicate_of": None, "boilerplate": ["Subscribe & save <now>", "Share this article"]},
        {"id": "d2", "path": "in/council.txt", "title": "Council approves bridge repairs",
         "outlet": "City Wire",
         "url": "javascript:alert(1)", "published": "2024-06-04", "text": D2, "duplicate_of": None,
         "boilerplate": [], "author": "Jo <Writer>", "published_inferred": True, "warnings": ["W101"]},
        {"id": "d3", "path": "in/council-copy.txt", "title": None, "outlet": None, "url": None,
         "published": None, "text": D3, "duplicate_of": "d2", "boilerplate": []},
    ]
    return {
        "format": "storyline-brief/1", "documents": documents, "entities": _entities(), **_records(),
        **_corpus(),
        "rejected": [{"path": "in/bad<file>.html", "where": "line 3", "code": "E104",
                      "reason": "HTML page has no <main> text & \"nothing\" left"}],
        "stats": {"articles": 3, "seconds": 1.5, "by_stage": {"clean": 3}},
        "copies": [{"path": "in/council <again>.txt", "record": None, "doc_id": "d2"}],
    }


def empty_brief() -> dict:
    """A brief with every list empty."""
    keys = ["documents", "entities", "quotes", "figures", "dates", "events", "stories", "positions",
            "discrepancies", "summary", "rejected"]
    return {"format": "storyline-brief/1", **{key: [] for key in keys}}


class ReportParser(HTMLParser):
    """Reads a rendered report back: ids, fragment links, external links, and the text of every
    highlighted span (pieces joined) and every document paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.fragments: list[str] = []
        self.links: list[dict[str, str]] = []
        self.scripts: list[dict[str, str]] = []
        self.spans: dict[tuple, str] = {}
        self.paragraphs: dict[str, list[str]] = {}
        self.stack: list[tuple[str, dict]] = []
        self.doc: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a":
            if a.get("href", "").startswith("#"):
                self.fragments.append(a["href"][1:])
            else:
                self.links.append(a)
        if tag == "script":
            self.scripts.append(a)
        if "data-doc" in a:
            self.doc = a["data-doc"]
        if tag == "p" and self.doc is not None:
            self.paragraphs.setdefault(self.doc, []).append("")
        if "data-s" in a:
            key = (self.doc, int(a["data-s"]), int(a["data-e"]), a["class"].split()[1])
            self.spans.setdefault(key, "")
        if tag not in ("meta", "br", "input"):
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, a = self.stack.pop()
            if open_tag == "div" and "data-doc" in a:
                self.doc = None
            if open_tag == tag:
                break

    def handle_data(self, data):
        for _tag, a in self.stack:
            if "data-s" in a:
                key = (self.doc, int(a["data-s"]), int(a["data-e"]), a["class"].split()[1])
                self.spans[key] += data
        if self.doc is not None and any(tag == "p" for tag, _ in self.stack):
            self.paragraphs[self.doc][-1] += data


def parse(html: str) -> ReportParser:
    parser = ReportParser()
    parser.feed(html)
    parser.close()
    return parser


def test_sample_spans_match_their_text():
    brief = sample_brief()
    texts = {d["id"]: d["text"] for d in brief["documents"]}
    for key in ("quotes", "figures", "dates"):
        for record in brief[key]:
            assert texts[record["doc"]][record["start"]:record["end"]] == record["text"]
    ruiz = brief["entities"][0]["mentions"]
    assert [texts["d1"][m["start"]:m["end"]] for m in ruiz] == ["Ana Ruiz", "Ruiz"]
    assert ruiz[0]["start"] != ruiz[1]["start"]


def test_parser_reads_split_pieces_back():
    page = ('<div data-doc="x"><p><span class="hl hl-quote" data-s="0" data-e="5">ab</span>'
            '</p><p><span class="hl hl-quote cont" data-s="0" data-e="5">c&amp;d</span></p></div>')
    parsed = parse(page)
    assert parsed.spans[("x", 0, 5, "hl-quote")] == "abc&d"
    assert parsed.paragraphs["x"] == ["ab", "c&d"]
