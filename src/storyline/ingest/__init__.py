"""Input layer: files and folders of text, HTML, JSON(L), feeds and WARC become ``Article`` records."""

from storyline.ingest.base import SourceFile, article_id, discover, read_source
from storyline.ingest.manifest import apply_manifest, load_manifest

__all__ = ["SourceFile", "article_id", "discover", "read_source", "load_manifest", "apply_manifest"]
