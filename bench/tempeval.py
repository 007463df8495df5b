"""Temporal tagging accuracy on TempEval-3 platinum (test) and MEANTIME English, the TempEval-3 way.

    python bench/tempeval.py [--tempeval DIR] [--meantime DIR] [--only tempeval|meantime] [--errors N]
    python bench/tempeval.py --only meantime --subcorpora gm,stock   # some MEANTIME sub-corpora only
    python bench/tempeval.py --gold-dir DIR [--errors N]     # development data (e.g. TBAQ-cleaned .tml)

For each document, the text and its creation time (DCT) go to ``tag_timexes`` (after the spaCy
parse), which types every TIMEX3 (DATE, TIME, DURATION, SET) and normalises its value; the
predicted spans are matched one-to-one with the gold TIMEX3 spans. Strict = the same character
span; relaxed = any overlap. Type and value accuracy are over the relaxed matches; type F1 and
value F1 = relaxed F1 x accuracy (TempEval-3's attribute F1: correct / system and correct / gold).
Gold views:
  all types       every gold TIMEX3 against every prediction, as in the official Task A table
  DATE, TIME, DURATION, SET   one gold type against the predictions of that type
  brief DATE-cal  the brief's dates (``tag_dates``, calendar values only) against gold DATE timexes
                  whose value is YYYY, YYYY-MM or YYYY-MM-DD; predictions that overlap an
                  out-of-scope gold timex (PRESENT_REF, 2013-W11, DURATION, ...) are left out
MEANTIME marks the dateline as the CREATION_TIME timex inside the text: it is not scored and
predictions on it are left out. MEANTIME annotates TIMEX3 only in the title, the dateline and the
first four sentences of the body (sentences 0-5, checked over all 120 files), so only that part
of each document is scored. TempEval-3 platinum is a test set: no rule was tuned on it; rules were
developed on the TempEval-3 training data (``--gold-dir``) and on general TimeML conventions."""
from __future__ import annotations

import argparse
import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from storyline.article.dates import tag_dates, tag_timexes
from storyline.article.nlp import load_nlp

TE3 = Path("/work/shared/bench/tempeval3_platinum/te3-platinum")
MEANTIME = Path("/work/shared/bench/meantime_en/intra_cross-doc_annotation")
ANNOTATED_SENTENCES = 5  # MEANTIME: timexes annotated in sentences 0..5 only
CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# HeidelTime at TempEval-3, Task A, English platinum test (all timex types). UzZaman et al. 2013,
# "SemEval-2013 Task 1: TempEval-3", SemEval 2013, https://aclanthology.org/S13-2001/ (Task A table).
# The value F1 77.61 (and SUTime's 67.38) was found quoted in a public research note through the search
# tool; the strict and relaxed P/R/F1 are the paper's table as known to us, not re-read in this session.
HEIDELTIME = {"system": "HeidelTime-t (TE3 Task A)", "strict": (83.85, 78.99, 81.34),
              "relaxed": (93.08, 87.68, 90.30), "value_f1": 77.61}


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass
class Doc:
    name: str
    text: str
    dct: str
    gold: list[Timex]
    skip: list[tuple[int, int]]  # spans not scored (MEANTIME's in-text DCT, its unannotated tail)


# ---------------------------------------------------------------- readers

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> Doc:
    """A TimeML file: plain text of <TEXT> with its TIMEX3 spans, and the DCT value."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S).group(1)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    out, gold, open_timex, pos = [], [], None, 0
    for m in _TAG.finditer(body):
        out.append(html.unescape(body[pos:m.start()]))
        pos = m.end()
        offset = sum(len(s) for s in out)
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            attrs = dict(_ATTR.findall(m.group(3)))
            open_timex = Timex(offset, offset, attrs.get("type", ""), attrs.get("value", ""))
        elif open_timex is not None:
            open_timex.end = offset
            gold.append(open_timex)
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in gold:
        t.text = text[t.start:t.end]
    return Doc(path.stem, text, dct[:10], gold, [])


_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "'s", "’s", "n't", "%", "'", "''"}


def _iso_dct(value: str) -> str:
    """MEANTIME writes a few creation times as DD-MM-YYYY ("03-02-2009" is 3 February 2009)."""
    m = re.match(r"^(\d\d)-(\d\d)-(\d{4})$", value)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else value


def read_meantime(path: Path) -> Doc:
    """A MEANTIME CAT file: tokens detokenised into text, TIMEX3 markables as character spans."""
    root = ET.parse(path).getroot()
    parts, spans, prev_sent, prev_tok, tail = [], {}, None, None, None
    for tok in root.iter("token"):
        sent, word = tok.get("sentence"), tok.text or ""
        if prev_sent is not None:
            glued = word in _NO_SPACE_BEFORE or prev_tok in ("(", "$")
            parts.append("\n" if sent != prev_sent else ("" if glued else " "))
        start = sum(len(p) for p in parts)
        if tail is None and int(sent) > ANNOTATED_SENTENCES:
            tail = start
        parts.append(word)
        spans[tok.get("t_id")] = (start, start + len(word))
        prev_sent, prev_tok = sent, word
    text = "".join(parts)
    gold, skip, dct = [], [], ""
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.iter("token_anchor")]
        if not ids:
            continue
        t = Timex(spans[ids[0]][0], spans[ids[-1]][1], tx.get("type", ""), tx.get("value", ""))
        t.text = text[t.start:t.end]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct, skip = _iso_dct(t.value), skip + [(t.start, t.end)]
        else:
            gold.append(t)
    if tail is not None:
        skip.append((tail, len(text)))
    return Doc(path.stem, text, dct[:10], gold, skip)


# ---------------------------------------------------------------- scoring

def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def match(gold: list[Timex], pred: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one relaxed matching, exact spans first, then the largest overlaps."""
    pairs = []
    for g in gold:
        for p in pred:
            if _overlap(g, p):
                ov = min(g.end, p.end) - max(g.start, p.start)
                pairs.append(((g.start, g.end) == (p.start, p.end), ov, id(g), id(p), g, p))
    pairs.sort(key=lambda x: (x[0], x[1]), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, _, ig, ip, g, p in pairs:
        if ig not in used_g and ip not in used_p:
            used_g.add(ig)
            used_p.add(ip)
            out.append((g, p))
    return out


class Tally:
    """Counts of one gold view: spans matched strict and relaxed, and matched with the right type / value."""

    def __init__(self):
        self.gold = self.pred = self.strict = self.relaxed = self.value = self.type = 0
        self.errors: list[str] = []

    def add(self, doc: Doc, gold: list[Timex], pred: list[Timex]) -> None:
        pairs = match(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.relaxed += len(pairs)
        self.strict += sum((g.start, g.end) == (p.start, p.end) for g, p in pairs)
        self.value += sum(g.value == p.value for g, p in pairs)
        self.type += sum(g.type == p.type for g, p in pairs)
        for g, p in pairs:
            if g.value != p.value or g.type != p.type:
                self.errors.append(f"{doc.name} ({doc.dct}): {p.text!r}={p.type}:{p.value}"
                                   f" gold {g.text!r}={g.type}:{g.value}")
        matched_g, matched_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        self.errors += [f"{doc.name}: missed {g.text!r}={g.type}:{g.value}" for g in gold
                        if id(g) not in matched_g]
        self.errors += [f"{doc.name}: spurious {p.text!r}={p.type}:{p.value}" for p in pred
                        if id(p) not in matched_p]

    def row(self) -> dict:
        def prf(tp):
            p = tp / self.pred if self.pred else 0.0
            r = tp / self.gold if self.gold else 0.0
            return (100 * p, 100 * r, 200 * p * r / (p + r) if p + r else 0.0)

        acc = self.value / self.relaxed if self.relaxed else 0.0
        tacc = self.type / self.relaxed if self.relaxed else 0.0
        return {"strict": prf(self.strict), "relaxed": prf(self.relaxed), "value_acc": 100 * acc,
                "value_f1": prf(self.relaxed)[2] * acc, "type_f1": prf(self.relaxed)[2] * tacc,
                "gold": self.gold, "pred": self.pred}


def _unskipped(doc: Doc, items: list[Timex]) -> list[Timex]:
    return [t for t in items if not any(t.start < e and s < t.end for s, e in doc.skip)]


def predict(doc: Doc, nlp) -> tuple[list[Timex], list[Timex]]:
    """storyline's typed TIMEX3s (``tag_timexes``) and its brief dates (``tag_dates``) for one
    document, minus those on an unscored span. Unresolved mentions count with value None."""
    parsed = nlp(doc.text)
    dates = tag_dates(doc.text, parsed, doc.dct or None)
    timexes = tag_timexes(doc.text, parsed, doc.dct or None, dates)
    typed = [Timex(m.start, m.end, m.timex_type, m.value or "", m.text) for m in timexes]
    brief = [Timex(m.start, m.end, "DATE", m.value, m.text) for m in dates if m.value]
    return _unskipped(doc, typed), _unskipped(doc, brief)


TYPES = ("DATE", "TIME", "DURATION", "SET")


def evaluate(docs: list[Doc], nlp) -> dict[str, Tally]:
    """The gold views: every type (TempEval-3 Task A), each type alone, and the brief's calendar dates."""
    tallies = {"all types": Tally()} | {t: Tally() for t in TYPES} | {"brief DATE-cal": Tally()}
    for doc in docs:
        typed, brief = predict(doc, nlp)
        tallies["all types"].add(doc, doc.gold, typed)
        for t in TYPES:
            tallies[t].add(doc, [g for g in doc.gold if g.type == t], [p for p in typed if p.type == t])
        cal = [g for g in doc.gold if g.type == "DATE" and CALENDAR.match(g.value)]
        out_of_scope = [g for g in doc.gold if g not in cal]
        in_scope = [p for p in brief if not any(_overlap(p, g) for g in out_of_scope)
                    or any(_overlap(p, g) for g in cal)]
        tallies["brief DATE-cal"].add(doc, cal, in_scope)
    return tallies


# ---------------------------------------------------------------- report

def print_table(title: str, tallies: dict[str, Tally], reference: dict | None) -> None:
    print(f"\n{title}")
    print(f"{'gold view':27} {'gold':>5} {'pred':>5} | {'strict P/R/F1':^20} | {'relaxed P/R/F1':^20} |"
          f" {'type F1':>7} {'value acc':>9} {'value F1':>9}")
    for name, t in tallies.items():
        r = t.row()
        s, x = r["strict"], r["relaxed"]
        print(f"{'storyline / ' + name:27} {r['gold']:5d} {r['pred']:5d} |"
              f" {s[0]:5.1f} {s[1]:5.1f} {s[2]:6.1f}   | {x[0]:5.1f} {x[1]:5.1f} {x[2]:6.1f}   |"
              f" {r['type_f1']:7.1f} {r['value_acc']:9.1f} {r['value_f1']:9.1f}")
    if reference:
        s, x = reference["strict"], reference["relaxed"]
        print(f"{reference['system']:27} {'':5} {'':5} | {s[0]:5.1f} {s[1]:5.1f} {s[2]:6.1f}   |"
              f" {x[0]:5.1f} {x[1]:5.1f} {x[2]:6.1f}   | {'':7} {'':9} {reference['value_f1']:9.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tempeval", type=Path, default=TE3)
    ap.add_argument("--meantime", type=Path, default=MEANTIME)
    ap.add_argument("--gold-dir", type=Path, default=None,
                    help="development mode: score only the TimeML (.tml) files of this directory (e.g. the"
                         " TempEval-3 training data TBAQ-cleaned), each against its own DCT, and list errors")
    ap.add_argument("--only", choices=("tempeval", "meantime"), default=None, help="score one test corpus")
    ap.add_argument("--subcorpora", default=None,
                    help="MEANTIME sub-corpora, comma-separated (airbus,apple,gm,stock; default all)")
    ap.add_argument("--errors", type=int, default=0,
                    help="print this many errors (dev dir, MEANTIME); TempEval-3 test errors are not listed")
    args = ap.parse_args()
    nlp = load_nlp()
    print("Typed TIMEX3s from tag_timexes (DATE, TIME, DURATION, SET); 'brief DATE-cal' = the brief's dates.")
    if args.gold_dir is not None:
        corpora = [(f"development: {args.gold_dir}", sorted(args.gold_dir.glob("*.tml")), read_tml, None)]
    else:
        te3, mt = sorted(args.tempeval.glob("*.tml")), sorted(args.meantime.rglob("*.xml"))
        if args.subcorpora:
            wanted = {f"corpus_{name.strip()}" for name in args.subcorpora.split(",")}
            mt = [p for p in mt if wanted & set(p.parts)]
        corpora = [("TempEval-3 platinum (test, 20 docs)", te3, read_tml, HEIDELTIME),
                   (f"MEANTIME English ({len(mt)} Wikinews docs)", mt, read_meantime, None)]
        corpora = [c for c in corpora if args.only is None or args.only in c[0].lower()]
    for title, paths, reader, ref in corpora:
        tallies = evaluate([reader(p) for p in paths], nlp)
        print_table(title, tallies, ref)
        for line in (tallies["all types"].errors[: args.errors] if ref is None else []):
            print("  ", line)
    print("\nHeidelTime-t row: TempEval-3 Task A, all timex types (UzZaman et al. 2013, SemEval-2013 Task 1,"
          " https://aclanthology.org/S13-2001/); compare it with the 'all types' view. Its value F1 77.61 was"
          " checked against a second source; its strict/relaxed figures were not re-read here.")


if __name__ == "__main__":
    main()
