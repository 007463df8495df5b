"""Write the brief to disk as JSON, HTML, Markdown and a folder of CSV tables."""
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


def write_csv(brief: dict[str, Any], folder: str | Path) -> Path:
    """One ``NAME.csv`` per section of the brief in ``folder`` (see ``export.tables``)."""
    from storyline.export.tables import render_tables

    folder = Path(folder)
    for name, text in render_tables(brief).items():
        _write(folder / f"{name}.csv", text)
    return folder


def _write(path: str | Path, text: str) -> Path:
    """Write atomically: a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
