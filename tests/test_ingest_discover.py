"""discover(): files and folders, sorted posix paths, hidden/unknown/manifest files skipped, rejections."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from storyline.ingest.base import SourceFile, article_id, discover, read_source

SEEDS = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "seeds"


def _write(path: Path, text: str = "Some words of an article.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_discover_folder_recursive_sorted_and_skips(tmp_path):
    root = tmp_path / "in"
    for rel in (
        "b.txt",
        "a.html",
        "sub/c.jsonl",
        "sub/deep/d.warc.gz",
        ".hidden.txt",
        ".git/e.txt",
        "notes.docx",
        "manifest.jsonl",
        "sub/manifest.csv",
    ):
        _write(root / rel)
    sources, rejections = discover([str(root)])
    assert [s.path for s in sources] == ["a.html", "b.txt", "sub/c.jsonl", "sub/deep/d.warc.gz"]
    assert rejections == []
    assert all(s.abspath.is_absolute() and s.abspath.exists() for s in sources)


def test_ingest_discover_file_argument_uses_its_name_and_sha1(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    sources, rejections = discover([str(seed)])
    assert rejections == []
    assert sources == [SourceFile(seed.name, seed.resolve(), hashlib.sha1(seed.read_bytes()).hexdigest())]


def test_ingest_discover_missing_path_and_unknown_extension(tmp_path):
    docx = _write(tmp_path / "report.docx")
    missing = tmp_path / "nope" / "gone.txt"
    sources, rejections = discover([str(missing), str(docx)])
    assert sources == []
    assert [(r.path, r.where, r.code) for r in rejections] == [
        (str(missing), None, "E100"),
        (str(docx), None, "E110"),
    ]


def test_ingest_discover_same_file_twice_kept_once(tmp_path):
    f = _write(tmp_path / "x" / "one.txt")
    sources, _ = discover([str(tmp_path / "x"), str(f)])
    assert [s.path for s in sources] == ["one.txt"]


def test_ingest_discover_name_clash_falls_back_to_given_path(tmp_path):
    a = _write(tmp_path / "a" / "same.txt", "First file text.\n")
    b = _write(tmp_path / "b" / "same.txt", "Second file text.\n")
    sources, _ = discover([str(a), str(b)])
    assert sorted(s.path for s in sources) == sorted([a.as_posix(), b.as_posix()])
    assert len({article_id(s.path) for s in sources}) == 2


def test_ingest_article_id_is_stable_and_record_specific():
    assert article_id("x/a.jsonl", "line 1") == article_id("x/a.jsonl", "line 1")
    assert article_id("x/a.jsonl", "line 1") != article_id("x/a.jsonl", "line 2")
    expected = "d" + hashlib.sha1(b"x/a.jsonl#line 1").hexdigest()[:11]
    assert article_id("x/a.jsonl", "line 1") == expected
    assert len(article_id("a.txt")) == 12 and article_id("a.txt").startswith("d")


def test_ingest_read_source_text_file_from_seeds(tmp_path):
    sources, _ = discover([str(SEEDS)])
    texts = [s for s in sources if s.path.endswith(".txt")]
    assert len(texts) >= 1
    for src in texts:
        articles, rejections = read_source(src)
        assert rejections == []
        (article,) = articles
        assert article.text == src.abspath.read_text(encoding="utf-8").lstrip("\ufeff")
        assert article.id == article_id(src.path) and article.record is None
        assert article.source_sha1 == src.sha1 and article.warnings == []


def test_ingest_read_source_empty_and_whitespace_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b" \n\t\r\n")
    sources, _ = discover([str(tmp_path)])
    results = {s.path: read_source(s) for s in sources}
    for name in ("empty.txt", "blank.jsonl"):
        articles, rejections = results[name]
        assert articles == []
        assert [(r.path, r.where, r.code) for r in rejections] == [(name, None, "E101")]


def test_ingest_read_source_unreadable_file_is_e113(tmp_path):
    src = SourceFile("ghost.txt", tmp_path / "ghost.txt", "")
    articles, rejections = read_source(src)
    assert articles == [] and [r.code for r in rejections] == ["E113"]
