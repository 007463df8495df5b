"""The OpenAPI 3.1 description of the JSON routes, written by hand (one place to keep in step with
``app.PAGES``; a test checks that every JSON route is described)."""
from __future__ import annotations

from typing import Any

_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
_Q = {"name": "q", "in": "query", "required": False, "schema": {"type": "string", "maxLength": 200},
      "description": "words to find (all required); empty gives no results"}
_LIMIT = {"name": "limit", "in": "query", "required": False,
          "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}

# path, summary, parameters, required keys of the answer
ROUTES: list[tuple[str, str, list[dict], list[str]]] = [
    ("/index.json", "Stories, documents and section counts", [], ["title", "counts", "stories", "documents"]),
    ("/stories/{id}.json", "One story: documents, events, quotes, figures, disagreements", [_ID],
     ["story", "documents", "events", "quotes", "figures", "disagreements", "dates"]),
    ("/timeline.json", "Events in date order and dated mentions grouped by value", [], ["events", "dates"]),
    ("/quotes.json", "Quotes grouped by speaker", [], ["speakers"]),
    ("/figures.json", "Figures grouped by unit and measure", [], ["groups"]),
    ("/disagreements.json", "Values the sources disagree on", [], ["disagreements"]),
    ("/entities/{id}.json", "One entity: quotes, figures, events, positions, mentions", [_ID],
     ["entity", "documents", "mentions", "quotes", "figures", "events", "positions"]),
    ("/documents/{id}.json", "One document with its text and the items found in it", [_ID],
     ["document", "stories", "quotes", "figures", "dates", "entities"]),
    ("/search.json", "Full-text search over document titles and texts and quotes (BM25 ranked)",
     [_Q, _LIMIT], ["query", "results"]),
]

ERROR = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["status", "code", "message"], "properties": {
        "status": {"type": "integer"},
        "code": {"type": "string",
                 "enum": ["bad_request", "not_found", "method_not_allowed", "internal_error"]},
        "message": {"type": "string"}}}},
}


def _operation(summary: str, params: list[dict], keys: list[str]) -> dict[str, Any]:
    error = {"$ref": "#/components/responses/Error"}
    responses: dict[str, Any] = {"200": {"description": summary, "content": {"application/json": {"schema": {
        "type": "object", "required": keys, "properties": {k: {} for k in keys}}}}}, "500": error}
    if any(p["in"] == "path" for p in params):
        responses["404"] = error
    if any(p["in"] == "query" for p in params):
        responses["400"] = error
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def openapi_spec() -> dict[str, Any]:
    """The OpenAPI document served at ``/openapi.json``."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "storyline", "version": "1",
                 "description": "The brief's records, read-only. Every HTML page has this JSON twin."},
        "paths": {path: _operation(summary, params, keys) for path, summary, params, keys in ROUTES},
        "components": {
            "schemas": {"Error": ERROR},
            "responses": {"Error": {"description": "an error, one shape for every status", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        },
    }
