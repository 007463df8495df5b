"""End to end through the command line: real seeds, a real SQLite file, bad inputs, resume, re-export."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import BENCH, SEEDS, seed_paths
from storyline.cli import main

N_KILL = 30  # files in the killed-run test
BRIEF_KEYS = {
    "format",
    "documents",
    "entities",
    "quotes",
    "figures",
    "dates",
    "events",
    "stories",
    "positions",
    "discrepancies",
    "summary",
    "rejected",
}


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def storyline(capsys):
    """Run the command line in this process (spaCy stays loaded), capturing what it prints."""

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main(list(args))
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return run


def test_cli_build_seeds_brief_has_every_key(seeds_brief):
    assert set(seeds_brief) >= BRIEF_KEYS
    assert seeds_brief["format"] == "storyline-brief/1"
    assert len(seeds_brief["documents"]) == 5


def test_cli_build_seeds_boilerplate_removed_and_listed(seeds_brief, gold):
    docs = {Path(d["path"]).name: d for d in seeds_brief["documents"]}
    for g in gold["documents"]:
        doc = docs[g["id"]]
        for line in g["boilerplate"]:
            assert line in doc["boilerplate"], (g["id"], line)
            assert line not in doc["text"].splitlines(), (g["id"], line)


def test_cli_build_seeds_no_quote_lost(seeds_brief, gold):
    docs = {Path(d["path"]).name: d for d in seeds_brief["documents"]}
    for q in gold["quotes"]:
        assert q["text"] in docs[q["doc"]]["text"], q["text"]


def test_cli_build_seeds_titles_and_dates(seeds_brief, gold):
    docs = {Path(d["path"]).name: d for d in seeds_brief["documents"]}
    for g in gold["documents"]:
        assert docs[g["id"]]["title"] == g["title"], g["id"]
        assert docs[g["id"]]["published"] == g["published"]


def test_cli_build_entity_mentions_are_spans(seeds_brief):
    texts = {d["id"]: d["text"] for d in seeds_brief["documents"]}
    assert seeds_brief["entities"]
    for e in seeds_brief["entities"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(texts[m["doc"]])


def _bad_inputs(folder: Path) -> None:
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "truncated.html").write_text("<html><head><title>Brea")
    lines = [
        json.dumps({"text": "A council spokesperson said the bridge would reopen on Monday.", "outlet": "X"}),
        "{not json",
        json.dumps({"title": "no text"}),
    ]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n")


def test_cli_build_bad_inputs_rejected_rest_stored(tmp_path, storyline):
    folder = tmp_path / "in"
    folder.mkdir()
    _bad_inputs(folder)
    (folder / "good.txt").write_text(seed_paths()[0].read_text(encoding="utf-8"))
    res = storyline(
        "build",
        str(folder),
        str(tmp_path / "missing.txt"),
        "--db",
        str(tmp_path / "s.db"),
        "--out",
        str(tmp_path / "out"),
    )
    assert res.returncode == 3, res.stderr
    brief = json.loads((tmp_path / "out" / "brief.json").read_text())
    codes = {(Path(r["path"]).name, r["where"], r["code"]) for r in brief["rejected"]}
    assert {
        ("empty.txt", None, "E101"),
        ("binary.txt", None, "E102"),
        ("truncated.html", None, "E104"),
        ("records.jsonl", "line 2", "E105"),
        ("records.jsonl", "line 3", "E106"),
        ("missing.txt", None, "E100"),
    } <= codes
    assert len(brief["documents"]) == 2
    for name in ("empty.txt", "binary.txt", "truncated.html", "records.jsonl", "missing.txt"):
        assert name in res.stderr


def test_cli_build_usage_error_is_exit_2(tmp_path, storyline):
    assert storyline("build").returncode == 2
    assert storyline("frobnicate").returncode == 2


def test_cli_build_incremental_and_brief_reexport(tmp_path, storyline):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in seed_paths()[:2]:
        (folder / p.name).write_text(p.read_text(encoding="utf-8"))
    db = str(tmp_path / "s.db")
    first = storyline("build", str(folder), "--db", db, "--out", str(tmp_path / "o1"))
    assert first.returncode == 0, first.stderr
    assert "2 files processed, 0 unchanged" in first.stdout
    (folder / seed_paths()[2].name).write_text(seed_paths()[2].read_text(encoding="utf-8"))
    second = storyline("build", str(folder), "--db", db, "--out", str(tmp_path / "o2"))
    assert "1 files processed, 2 unchanged" in second.stdout
    assert len(json.loads((tmp_path / "o2" / "brief.json").read_text())["documents"]) == 3
    again = storyline("brief", "--db", db, "--json", str(tmp_path / "again.json"))
    assert again.returncode == 0, again.stderr
    brief = json.loads((tmp_path / "again.json").read_text())
    assert [d["id"] for d in brief["documents"]] == [
        d["id"] for d in json.loads((tmp_path / "o2" / "brief.json").read_text())["documents"]
    ]
    with (tmp_path / "o2" / "tables" / "quotes.csv").open(encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == len(brief["quotes"])
    tables = storyline("brief", "--db", db, "--csv", str(tmp_path / "t"))
    assert tables.returncode == 0 and "csv" in tables.stdout
    assert sorted(p.name for p in (tmp_path / "t").iterdir())[:3] == ["dates.csv", "discrepancies.csv",
                                                                     "documents.csv"]


def test_cli_build_same_input_same_ids(tmp_path, storyline):
    ids = []
    for run in ("a", "b"):
        res = storyline(
            "build",
            *map(str, seed_paths()),
            "--db",
            str(tmp_path / f"{run}.db"),
            "--json",
            str(tmp_path / f"{run}.json"),
        )
        assert res.returncode == 0, res.stderr
        brief = json.loads((tmp_path / f"{run}.json").read_text())
        ids.append(
            [(d["id"], len(d["text"])) for d in brief["documents"]] + [e["id"] for e in brief["entities"]]
        )
    assert ids[0] == ids[1]


def test_cli_build_near_copy_of_a_seed_is_marked(tmp_path, storyline):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in seed_paths():
        (folder / p.name).write_text(p.read_text(encoding="utf-8"))
    original = seed_paths()[1]
    text = original.read_text(encoding="utf-8").replace("Kremlin", "Russian government", 1)
    (folder / "zz_syndicated.txt").write_text("Share this story\n" + text)
    res = storyline(
        "build",
        str(folder),
        "--db",
        str(tmp_path / "s.db"),
        "--json",
        str(tmp_path / "b.json"),
        "--manifest",
        str(SEEDS / "manifest.jsonl"),
    )
    assert res.returncode == 0, res.stderr
    docs = {d["path"]: d for d in json.loads((tmp_path / "b.json").read_text())["documents"]}
    assert docs["zz_syndicated.txt"]["duplicate_of"] == docs[original.name]["id"]
    assert sum(1 for d in docs.values() if d["duplicate_of"]) == 1


@pytest.mark.slow
def test_cli_build_killed_run_resumes_without_duplicates(tmp_path, storyline):
    bbc = sorted((BENCH / "bbc_news" / "bbc" / "politics").glob("*.txt"))[:N_KILL]
    folder = tmp_path / "in"
    folder.mkdir()
    for p in bbc:
        (folder / p.name).write_bytes(p.read_bytes())
    db = tmp_path / "s.db"
    env = {**os.environ, "STORYLINE_SHARD_SIZE": "2"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "storyline.cli",
            "build",
            str(folder),
            "--db",
            str(db),
            "--workers",
            "1",
            "--json",
            str(tmp_path / "b.json"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    done = _wait_for_sources(db, 4, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert done < N_KILL, "the run finished before it could be killed"
    res = storyline("build", str(folder), "--db", str(db), "--json", str(tmp_path / "b.json"))
    assert res.returncode == 0, res.stderr
    assert f"{done} unchanged" in res.stdout or "unchanged" in res.stdout
    conn = sqlite3.connect(db)
    paths = [r[0] for r in conn.execute("SELECT path FROM documents")]
    copies = conn.execute("SELECT COUNT(*) FROM copies").fetchone()[0]
    assert len(paths) == len(set(paths))
    assert len(paths) + copies == N_KILL
    assert conn.execute("SELECT COUNT(*) FROM sources WHERE status = 'done'").fetchone()[0] == N_KILL


def _wait_for_sources(db: Path, n: int, proc: subprocess.Popen) -> int:
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                done = sqlite3.connect(db).execute("SELECT COUNT(*) FROM sources").fetchone()[0]
            except sqlite3.OperationalError:
                done = 0
            if done >= n:
                return done
        time.sleep(0.05)
    return N_KILL
