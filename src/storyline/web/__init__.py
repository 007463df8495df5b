"""The web app over the store: ``create_app(db)`` (ASGI) and ``serve(db, host, port)``."""
from __future__ import annotations

from storyline.web.app import create_app, serve

__all__ = ["create_app", "serve"]
