"""Manifests (.jsonl and .csv): metadata by path, then by file name; manifest values override; E111."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest.base import discover, read_source
from storyline.ingest.manifest import apply_manifest, load_manifest

SEEDS = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "seeds"


def _seed_folder(tmp_path: Path) -> Path:
    """Two seeds copied under in/ (one in a subfolder), so paths differ from bare file names."""
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(seeds[0].read_text(encoding="utf-8"), encoding="utf-8")
    (root / "sub" / "b.txt").write_text(seeds[1].read_text(encoding="utf-8"), encoding="utf-8")
    return root


def _articles(root: Path, manifest: dict[str, dict]):
    sources, _ = discover([str(root)])
    articles = [a for s in sources for a in read_source(s)[0]]
    for article in articles:
        apply_manifest(article, manifest)
    return {a.path: a for a in articles}


def test_ingest_manifest_jsonl_by_path_and_by_name(tmp_path):
    root = _seed_folder(tmp_path)
    rows = [
        {"path": "a.txt", "published": "2024-12-09T10:00:00Z", "outlet": "Outlet A", "url": "https://a.example/1"},
        {"path": "other/b.txt", "published": "20 May 2025", "title": "Bee", "extra": "ignored"},
        {"path": "nowhere.txt", "published": "2020-01-01"},
    ]
    manifest_path = root / "manifest.jsonl"
    manifest_path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    manifest = load_manifest(str(manifest_path))
    assert manifest["a.txt"] == {"published": "2024-12-09", "outlet": "Outlet A", "url": "https://a.example/1"}
    articles = _articles(root, manifest)
    assert set(articles) == {"a.txt", "sub/b.txt"}  # the manifest inside the folder is not an input
    a, b = articles["a.txt"], articles["sub/b.txt"]
    assert (a.published, a.outlet, a.url, a.title) == ("2024-12-09", "Outlet A", "https://a.example/1", None)
    assert (b.published, b.title) == ("2025-05-20", "Bee")  # matched by file name


def test_ingest_manifest_csv_overrides_extracted_metadata(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    lines = [ln for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
    page = (
        "<html><head><meta property='article:published_time' content='2023-01-02'>"
        f"<title>{lines[0]}</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in lines[1:])
        + "</article></body></html>"
    )
    (root / "page.html").write_text(page, encoding="utf-8")
    manifest_path = tmp_path / "meta.csv"
    manifest_path.write_text(
        "\ufeffpath,published,outlet,title\r\npage.html,2024-12-09,Outlet CSV,\r\n", encoding="utf-8"
    )
    manifest = load_manifest(str(manifest_path))
    assert manifest == {"page.html": {"published": "2024-12-09", "outlet": "Outlet CSV"}}
    article = _articles(root, manifest)["page.html"]
    assert (article.published, article.outlet) == ("2024-12-09", "Outlet CSV")
    assert article.title == lines[0]  # an empty manifest cell keeps the page's own title


def test_ingest_manifest_seeds_manifest_loads():
    manifest = load_manifest(str(SEEDS / "manifest.jsonl"))
    names = {p.name for p in SEEDS.glob("*.txt")}
    assert set(manifest) == names
    assert all(len(entry["published"]) == 10 for entry in manifest.values())


def test_ingest_manifest_ambiguous_file_name_is_not_matched(tmp_path):
    root = _seed_folder(tmp_path)
    manifest = {"x/b.txt": {"outlet": "X"}, "y/b.txt": {"outlet": "Y"}}
    assert _articles(root, manifest)["sub/b.txt"].outlet is None


@pytest.mark.parametrize(
    "name, content, where",
    [
        ("bad.jsonl", '{"path": "a.txt"}\n{"path": ', "line 2"),
        ("nopath.jsonl", '{"published": "2024-12-09"}\n', "line 1"),
        ("list.jsonl", "[1, 2]\n", "line 1"),
        ("nopath.csv", "file,published\na.txt,2024-12-09\n", None),
        ("baddate.csv", "path,published\na.txt,someday\n", "line 2"),
        ("missing.jsonl", None, None),
    ],
)
def test_ingest_manifest_errors_are_e111(tmp_path, name, content, where):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_manifest(str(path))
    assert info.value.code == "E111" and info.value.where == where and info.value.path == str(path)
