"""Encodings: UTF-8 (BOM or not) silently, Latin-1 / cp1252 with a W100 warning, binary and junk rejected."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from storyline.ingest.base import discover, read_source

SEEDS = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "seeds"
CP1252_TEXT = "The café’s owner said the menu now costs 12 €, up from 9 €.\nShe called it “fair”.\n"
LATIN1_TEXT = "Le café était fermé à Noël ; « très tard », dit Hélène.\nPrix : 3 £.\n"


def _read_one(path: Path):
    sources, rejections = discover([str(path)])
    assert rejections == []
    return read_source(sources[0])


def test_ingest_decode_utf8_with_bom(tmp_path):
    seed_text = sorted(SEEDS.glob("*.txt"))[1].read_text(encoding="utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed_text.encode("utf-8"))
    (article,), rejections = _read_one(path)
    assert rejections == [] and article.text == seed_text and article.warnings == []


@pytest.mark.parametrize("encoding, text", [("cp1252", CP1252_TEXT), ("latin-1", LATIN1_TEXT)])
def test_ingest_decode_fallback_encodings_with_warning(tmp_path, encoding, text):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    (article,), rejections = _read_one(path)
    assert rejections == []
    assert article.text == text
    assert article.warnings == ["W100: decoded as cp1252"]


def test_ingest_decode_seed_reencoded_as_cp1252_roundtrips(tmp_path):
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        try:
            data = text.encode("cp1252")
        except UnicodeEncodeError:
            continue
        path = tmp_path / seed.name
        path.write_bytes(data)
        (article,), _ = _read_one(path)
        assert article.text == text


def test_ingest_decode_binary_with_nul_is_e102(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(2000)) + b"\x00" + b"tail")
    articles, rejections = _read_one(path)
    assert articles == []
    assert [(r.path, r.where, r.code) for r in rejections] == [("blob.txt", None, "E102")]


def test_ingest_decode_control_characters_are_binary(tmp_path):
    path = tmp_path / "ctrl.txt"
    path.write_bytes(bytes(range(1, 9)) * 50 + b"some words")
    articles, rejections = _read_one(path)
    assert articles == [] and [r.code for r in rejections] == ["E102"]


def test_ingest_decode_replacement_heavy_text_is_e103(tmp_path):
    path = tmp_path / "mangled.txt"
    path.write_text("\ufffd\ufffd word \ufffd\ufffd\ufffd other \ufffd" * 20, encoding="utf-8")
    articles, rejections = _read_one(path)
    assert articles == [] and [r.code for r in rejections] == ["E103"]


def test_ingest_decode_crlf_line_ends_become_newlines(tmp_path):
    path = tmp_path / "dos.txt"
    path.write_bytes(b"Headline here\r\nFirst paragraph.\r\nSecond one.\rThird.\r\n")
    (article,), _ = _read_one(path)
    assert article.text == "Headline here\nFirst paragraph.\nSecond one.\nThird.\n"


def test_ingest_decode_random_bytes_without_nul_are_binary(tmp_path):
    rng = random.Random(11)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(3000)))
    articles, rejections = _read_one(path)
    assert articles == [] and [r.code for r in rejections] == ["E102"]
