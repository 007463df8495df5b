"""One catalogue of coded errors (after spaCy's errors.py).

Codes are stable: tests and users match on them."""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # inputs (E1xx)
    "E100": "path does not exist",
    "E101": "file is empty",
    "E102": "file looks binary",
    "E103": "bytes do not decode to sensible text",
    "E104": "HTML page has no extractable main text (truncated or empty page)",
    "E105": "malformed JSON",
    "E106": "JSON record has neither 'text' nor 'html'",
    "E107": "feed could not be parsed or has no entries with content",
    "E108": "WARC record is not an HTML response",
    "E109": "WARC file could not be read",
    "E110": "unsupported file type",
    "E111": "manifest could not be read",
    "E112": "nothing left after cleaning",
    "E113": "could not read file",
    # pipeline (E2xx)
    "E200": "a stage needs something no earlier stage produces",
    "E201": "a stage failed on an article",
    "E202": "an executor could not run the article stages",
    # store (E3xx)
    "E300": "store could not be opened",
    "E301": "store schema is newer than this version of storyline",
    # usage (E4xx)
    "E400": "usage error",
}

# warnings recorded on documents (W1xx)
WARNINGS: dict[str, str] = {
    "W100": "decoded with a fallback encoding",
    "W101": "publication date inferred from the text",
}


class StorylineError(Exception):
    """An error with a stable code from ``CATALOGUE``."""

    def __init__(self, code: str, detail: str = "", path: str | None = None, where: str | None = None):
        self.code = code
        self.detail = detail
        self.path = path
        self.where = where
        base = CATALOGUE.get(code, "error")
        self.reason = f"{base}: {detail}" if detail else base
        loc = f"{path}" + (f" ({where})" if where else "") if path else ""
        super().__init__(f"[{code}] {loc + ': ' if loc else ''}{self.reason}")


class InputError(StorylineError):
    """An input file or record that cannot be used."""


class PipelineError(StorylineError):
    """A pipeline that cannot run as configured."""


class StoreError(StorylineError):
    """The store cannot be opened or written."""


class UsageError(StorylineError):
    """The command line was wrong."""
