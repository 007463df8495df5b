"""storyline: turn a pile of news coverage into a sourced brief."""
from __future__ import annotations

import logging

from storyline.api import BuildResult, brief, build
from storyline.store import open_store

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["build", "brief", "open_store", "BuildResult"]
__version__ = "0.1.0"
