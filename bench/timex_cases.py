"""TIMEX3 coverage on our own case suite (bench/timex_cases.tsv): invented news sentences, one
expected TIMEX3 each, written after the TimeML 1.2.1 guidelines and the TIDES 2005 value conventions
for the expression forms HeidelTime's English rules cover (durations, sets, times, dates of every
granularity, references, seasons, quarters, holidays, decades).

    python bench/timex_cases.py [--failures] [--ambiguous] [--category NAME] [--batch N]

Per category: cases, found (a predicted TIMEX3 overlaps the expected extent), strict (same extent),
typed (found with the expected type) and value (found with the expected type and value). A negative
case (extent "-") passes all columns when no TIMEX3 overlaps its word. Cases whose convention is
genuinely ambiguous (note "ambiguous: ...") are run but not counted (``--ambiguous`` lists them).
Batch 1 was written first and drove the first fixes; batch 2 (after "#!batch 2") was written later
and measured before the fixes it motivated: it is the fairer estimate of coverage on new text."""
from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from storyline.article.dates import tag_timexes
from storyline.article.nlp import load_nlp

CASES = Path(__file__).with_name("timex_cases.tsv")


@dataclass
class Case:
    category: str
    dct: str
    sentence: str
    extent: str
    type: str
    value: str
    note: str = ""
    batch: int = 1

    @property
    def ambiguous(self) -> bool:
        return self.note.startswith("ambiguous")


def read_cases(path: Path = CASES) -> list[Case]:
    """The cases of the TSV file (comment lines start with '#')."""
    out, batch = [], 1
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#!batch"):
            batch = int(line.split()[1].rstrip(":"))
        elif line.strip() and not line.startswith("#"):
            cols = (line.split("\t") + [""])[:7]
            out.append(Case(*cols, batch=batch))
    return out


def judge(case: Case, predicted: list) -> tuple[bool, bool, bool, bool, str]:
    """(found, strict, typed, value, what was predicted) for one case."""
    if case.extent == "-":
        start = case.sentence.find(case.value)
        hit = [m for m in predicted if m.start < start + len(case.value) and start < m.end]
        ok = not hit
        return ok, ok, ok, ok, ", ".join(f"{m.text!r}={m.timex_type}:{m.value}" for m in hit)
    start = case.sentence.find(case.extent)
    end = start + len(case.extent)
    over = [m for m in predicted if m.start < end and start < m.end]
    if not over:
        return False, False, False, False, "nothing"
    best = min(over, key=lambda m: abs(m.start - start) + abs(m.end - end))
    typed = best.timex_type == case.type
    return True, (best.start, best.end) == (start, end), typed, typed and best.value == case.value, \
        f"{best.text!r}={best.timex_type}:{best.value}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help="list the counted cases that fail")
    ap.add_argument("--ambiguous", action="store_true", help="list the ambiguous cases and their output")
    ap.add_argument("--category", default=None)
    ap.add_argument("--batch", type=int, default=None, help="only the cases of this batch (1 or 2)")
    args = ap.parse_args()
    nlp = load_nlp()
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    fails, amb = [], []
    for case in read_cases():
        if args.category and case.category != args.category or args.batch and case.batch != args.batch:
            continue
        pred = tag_timexes(case.sentence, nlp(case.sentence), case.dct)
        found, strict, typed, value, got = judge(case, pred)
        line = (f"  [{case.category}] {case.sentence!r}: want {case.extent!r}={case.type}:{case.value}"
                f" got {got}")
        if case.ambiguous:
            amb.append(line + f"  ({case.note})")
            continue
        for i, flag in enumerate((True, found, strict, typed, value)):
            rows[case.category][i] += flag
            rows["ALL"][i] += flag
        if not value or not strict:
            fails.append(("" if value else "VALUE ") + ("" if strict else "EXTENT ") + line)
    print(f"{'category':20} {'cases':>5} {'found':>6} {'strict':>6} {'typed':>6} {'value':>6}")
    for name in sorted(rows, key=lambda n: (n == "ALL", n)):
        n, *counts = rows[name]
        print(f"{name:20} {n:5d} " + " ".join(f"{c:6d}" for c in counts)
              + f"   value {100 * counts[3] / n:5.1f}%")
    print(f"({len(amb)} ambiguous cases run, not counted)")
    for line in (fails if args.failures else []):
        print(line)
    for line in (amb if args.ambiguous else []):
        print(line)


if __name__ == "__main__":
    main()
