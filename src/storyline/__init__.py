"""storyline: turn a pile of news coverage into a sourced brief.

The public API is ``build``, ``brief`` and ``open_store`` (imported lazily, so that importing a
submodule such as ``storyline.model`` does not load spaCy)."""
from __future__ import annotations

import importlib
import logging
from typing import Any

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["build", "brief", "open_store", "BuildResult"]
__version__ = "0.1.0"

_HOME = {"build": "storyline.api", "brief": "storyline.api", "BuildResult": "storyline.api",
         "open_store": "storyline.store"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(importlib.import_module(_HOME[name]), name)
    raise AttributeError(name)
