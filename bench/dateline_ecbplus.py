"""Publication dates read from the page text (DatelineStage) on the 502 ECB+ "ecbplus" documents.

    python bench/dateline_ecbplus.py [--data DIR] [--show N]

Data: ../shared/bench/ecbplus/docs.jsonl (ECB+, Cybulska and Vossen 2014). The ecbplus documents
were scraped with their page furniture, so the first lines often hold a date stamp ("May 3, 2013",
"First Published: June 13, 2013 4:59 PM EDT", "Posted on Thu Jun 13, 2013"). ECB+ stores the text
tokenised ("May 3 , 2013"); spaces before , . : and around / are removed first.

Gold: the date in the source URL (sentence 0: ".../2013/05/02/...", ".../2013/may/03/...",
"...-20130504"), for the documents whose URL has one. The URL date and the printed stamp may differ
by a day (time zones, updates), so exact and within-one-day agreement are both printed, with the
share of documents where a date was inferred at all (coverage) and where the text gave none.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

from storyline.article.dateline import infer_published
from storyline.model import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "ecbplus"
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_URL_FORMS = [
    re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)"),
    re.compile(r"/((?:19|20)\d\d)/(" + "|".join(MONTHS) + r")[a-z]*/([0-3]?\d)(?:/|$)"),
    re.compile(r"\D((?:19|20)\d\d)([01]\d)([0-3]\d)(?:\D|$)"),
]


def detokenise(line: str) -> str:
    """ECB+ tokens joined back the way a page prints them ("May 3 , 2013" -> "May 3, 2013")."""
    line = re.sub(r" ([,.:;!?)])", r"\1", line)
    line = re.sub(r" ?/ ?", "/", line)
    line = re.sub(r"(\d) ?([:.-]) ?(?=\d)", r"\1\2", line)
    return re.sub(r"\( ", "(", line)


def url_date(url: str | None) -> str | None:
    """The publication day a URL states, or None."""
    if not url:
        return None
    compact = url.replace(" ", "")
    for form in _URL_FORMS:
        m = form.search(compact)
        if not m:
            continue
        year, month, day = m.groups()
        month_no = MONTHS.index(month[:3]) + 1 if month.isalpha() else int(month)
        try:
            return dt.date(int(year), month_no, int(day)).isoformat()
        except ValueError:
            continue
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements")
    args = parser.parse_args()
    total = judged = found = answered = exact = near = 0
    misses: list[str] = []
    for line in (args.data / "docs.jsonl").read_text().splitlines():
        doc = json.loads(line)
        if doc["subtopic"] != "ecbplus":
            continue
        total += 1
        text = "\n".join(detokenise(s) for s in doc["sentences"][1:])
        inferred = infer_published(Article(id=doc["doc_id"], path=doc["doc_name"], text=text))
        gold = url_date(doc.get("source_url_sentence0"))
        found += inferred is not None
        if gold is None:
            continue
        judged += 1
        if inferred is None:
            continue
        answered += 1
        days = abs((dt.date.fromisoformat(inferred[0]) - dt.date.fromisoformat(gold)).days)
        exact += days == 0
        near += days <= 1
        if days > 1:
            misses.append(f"  {doc['doc_id']}: url {gold}, read {inferred[0]} from {inferred[1]!r}")
    print(f"ECB+ ecbplus documents: {total}; a date inferred for {found} ({found / total:.3f})")
    share = max(answered, 1)
    print(f"with a URL date: {judged}; a date inferred for {answered} ({answered / judged:.3f}); of these "
          f"exact {exact} ({exact / share:.3f}), within a day {near} ({near / share:.3f}), "
          f"further off {len(misses)}")
    for row in misses[:args.show]:
        print(row)


if __name__ == "__main__":
    main()
