"""Write the brief to disk as JSON, HTML and Markdown."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_json(brief: dict[str, Any], path: str | Path) -> Path:
    return _write(path, json.dumps(brief, ensure_ascii=False, indent=1))


def write_html(brief: dict[str, Any], path: str | Path) -> Path:
    from storyline.export.html import render_html

    return _write(path, render_html(brief))


def write_markdown(brief: dict[str, Any], path: str | Path) -> Path:
    from storyline.export.markdown import render_markdown

    return _write(path, render_markdown(brief))


def _write(path: str | Path, text: str) -> Path:
    """Write atomically: a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
