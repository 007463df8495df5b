"""HTML rendering of the web app's pages: Jinja2 templates with autoescape, one inline stylesheet
pinned by hash in the Content-Security-Policy, no script and nothing fetched from elsewhere."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from storyline.export.brief_view import format_number
from storyline.export.html import csp_hash, safe_url
from storyline.web.document_html import document_html
from storyline.web.site import Site
from storyline.web.timeline_svg import layout

TEMPLATES = Path(__file__).parent / "templates"
NAV = [("/", "Stories"), ("/timeline", "Timeline"), ("/quotes", "Quotes"), ("/figures", "Figures"),
       ("/disagreements", "Disagreements")]


def marked(text: str | None, marks: list[list[int]] | None) -> Markup:
    """``text`` escaped, with the ``[start, end]`` ranges wrapped in ``<mark>``."""
    text, out, last = text or "", [], 0
    for start, end in sorted(marks or []):
        if last <= start < end <= len(text):
            out += [str(escape(text[last:start])), "<mark>", str(escape(text[start:end])), "</mark>"]
            last = end
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


class Renderer:
    """Renders page records with the templates of ``web/templates``."""

    def __init__(self) -> None:
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                               autoescape=select_autoescape(default=True, default_for_string=True),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters.update(marked=marked, number=format_number, safe_url=safe_url)
        self.css = (TEMPLATES / "site.css").read_text(encoding="utf-8")
        self.csp = (f"default-src 'none'; style-src {csp_hash(self.css)}; img-src data:; "
                    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

    def _render(self, template: str, status_code: int, **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(css=Markup(self.css), nav=NAV, **context)
        return HTMLResponse(html, status_code=status_code, headers={"content-security-policy": self.csp})

    def page(self, request: Request, name: str, record: dict[str, Any], site: Site) -> HTMLResponse:
        """One page from its records; a few pages add drawing or marked-up text."""
        extra: dict[str, Any] = {}
        if name == "document":
            doc_id = record["document"]["id"]
            extra["text_html"] = site.cached(("html", doc_id), lambda: document_html(site, doc_id))
        elif name in ("timeline", "story"):
            extra["drawing"] = layout(record)
        elif name == "search":
            extra["query"] = record["query"]
        twin = request.url.path.rstrip("/") + ".json" if request.url.path != "/" else "/index.json"
        if request.url.query:
            twin += "?" + request.url.query
        return self._render(f"{name}.html.j2", 200, page=record, site_title=site.view.title(),
                            path=request.url.path, json_href=twin, **extra)

    def error(self, request: Request, status: int, code: str, message: str) -> HTMLResponse:
        return self._render("error.html.j2", status, status=status, code=code, message=message,
                            site_title="Storyline", path=request.url.path, json_href=None)
