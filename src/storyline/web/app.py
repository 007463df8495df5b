"""The web app: an ASGI app (Starlette + Jinja2 autoescape) over the store, read-only.

Every page has a ``.json`` twin serving the same records (``/`` has ``/index.json``); errors have
one JSON shape ``{"error": {"status", "code", "message"}}`` on JSON routes and an HTML page
elsewhere; ``/openapi.json`` describes the JSON routes. ``serve()`` runs it with uvicorn."""
from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from storyline.store import open_store
from storyline.web import records
from storyline.web.openapi import openapi_spec
from storyline.web.pages import Renderer
from storyline.web.site import Site
from storyline.web.source import BriefSource

log = logging.getLogger(__name__)
MAX_QUERY, MAX_LIMIT, DEFAULT_LIMIT = 200, 100, 20
ERROR_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 500: "internal_error"}
Builder = Callable[[Request, BriefSource], dict[str, Any]]


def _param(request: Request) -> str:
    return request.path_params["id"]


def _limit(request: Request) -> int:
    raw = request.query_params.get("limit", str(DEFAULT_LIMIT))
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise HTTPException(400, f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return int(raw)


def _search(request: Request, source: BriefSource) -> dict[str, Any]:
    query = request.query_params.get("q", "").strip()
    if len(query) > MAX_QUERY:
        raise HTTPException(400, f"q is longer than {MAX_QUERY} characters")
    limit, site = _limit(request), source.current()
    return records.search_page(site, query, source.search(query, limit) if query else [])


def _by_id(builder: Callable[[Site, str], dict[str, Any]]) -> Builder:
    def build(request: Request, source: BriefSource) -> dict[str, Any]:
        site, ident = source.current(), _param(request)
        try:
            return site.cached((builder, ident), lambda: builder(site, ident))
        except records.NotFound as exc:
            raise HTTPException(404, str(exc)) from exc
    return build


def _whole(builder: Callable[[Site], dict[str, Any]]) -> Builder:
    def build(request: Request, source: BriefSource) -> dict[str, Any]:
        site = source.current()
        return site.cached((builder,), lambda: builder(site))
    return build


# (html path, json path, template, records)
PAGES: list[tuple[str, str, str, Builder]] = [
    ("/", "/index.json", "index", _whole(records.index_page)),
    ("/stories/{id}", "/stories/{id}.json", "story", _by_id(records.story_page)),
    ("/timeline", "/timeline.json", "timeline", _whole(records.timeline_page)),
    ("/quotes", "/quotes.json", "quotes", _whole(records.quotes_page)),
    ("/figures", "/figures.json", "figures", _whole(records.figures_page)),
    ("/disagreements", "/disagreements.json", "disagreements", _whole(records.disagreements_page)),
    ("/entities/{id}", "/entities/{id}.json", "entity", _by_id(records.entity_page)),
    ("/documents/{id}", "/documents/{id}.json", "document", _by_id(records.document_page)),
    ("/search", "/search.json", "search", _search),
]


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error shape of the JSON routes."""
    return {"error": {"status": status, "code": ERROR_CODES.get(status, "error"), "message": message}}


class App:
    """Routes and handlers bound to one store and one renderer."""

    def __init__(self, source: BriefSource, renderer: Renderer):
        self.source, self.renderer = source, renderer

    def page(self, name: str, builder: Builder) -> Callable[[Request], Response]:
        def html(request: Request) -> Response:
            return self.renderer.page(request, name, builder(request, self.source), self.source.current())
        return html

    def twin(self, builder: Builder) -> Callable[[Request], Response]:
        def json(request: Request) -> Response:
            return JSONResponse(builder(request, self.source))
        return json

    def openapi(self, request: Request) -> Response:
        return JSONResponse(openapi_spec())

    def http_error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        message = exc.detail if isinstance(exc, HTTPException) else "the server could not answer this request"
        if status == 500:
            log.exception("error answering %s", request.url.path, exc_info=exc)
        if wants_json(request):
            return JSONResponse(error_body(status, message), status_code=status)
        return self.renderer.error(request, status, ERROR_CODES.get(status, "error"), message)

    def routes(self) -> list[Route]:
        out = [Route("/openapi.json", self.openapi, methods=["GET"])]
        for path, json_path, name, builder in PAGES:
            out.append(Route(json_path, self.twin(builder), methods=["GET"]))
            out.append(Route(path, self.page(name, builder), methods=["GET"]))
        return out


class SecurityHeaders:
    """ASGI middleware: no sniffing, no framing, no referrer on every response."""

    HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
               (b"referrer-policy", b"no-referrer")]

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.HEADERS
            await send(message)
        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


def create_app(db: str | Path) -> Starlette:
    """The ASGI app over the store at ``db`` (which must exist; it is only read)."""
    source = BriefSource(db, Site)
    app = App(source, Renderer())

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        source.close()  # one store per server thread: PostgreSQL connections are released here

    starlette = Starlette(routes=app.routes(), exception_handlers={
        HTTPException: app.http_error, Exception: app.http_error}, lifespan=lifespan)
    starlette.add_middleware(SecurityHeaders)
    starlette.state.source = source
    return starlette


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store at ``db`` (a SQLite file or a ``postgresql://`` URL) on http://host:port until
    interrupted (127.0.0.1 unless told).

    The store must exist. It is opened once for writing first, only to apply pending migrations (the
    search index of a store built by an older version); after that every request reads it read-only."""
    import uvicorn

    open_store(db, read_only=True).close()  # E300 when there is no store (never creates one)
    open_store(db).close()
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


__all__ = ["create_app", "serve", "error_body"]
