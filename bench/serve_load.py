"""Load on the web app: N concurrent clients (default 20) for S seconds (default 30) against the story
page, then against the search, on 127.0.0.1. Prints requests/s and latency percentiles for each.

The server runs in its own process (so the load generator does not share its interpreter); the
clients are threads with keep-alive http.client connections, each stopping at the deadline.

    python bench/serve_load.py                      # builds the five seeds into a temporary store
    python bench/serve_load.py --db storyline.db    # an existing store
    python bench/serve_load.py --clients 20 --seconds 30
"""
from __future__ import annotations

import argparse
import http.client
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

from storyline.web.background import free_port

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def build_seeds(folder: Path) -> Path:
    from storyline import api

    db = folder / "seeds.db"
    api.build([str(p) for p in sorted(SEEDS.glob("*.txt"))], db=db, manifest=str(SEEDS / "manifest.jsonl"))
    return db


def with_one_story(db: Path, folder: Path) -> tuple[Path, bool]:
    """``db`` itself when its brief has stories; else a copy whose brief gains one story made of all its
    documents (labelled synthetic in the table), so the story page route can still be measured."""
    import shutil

    from storyline.store import open_store

    store = open_store(db)
    try:
        brief = store.get_corpus("brief") or {}
    finally:
        store.close()
    if brief.get("stories"):
        return db, False
    copy = folder / "with_story.db"
    shutil.copyfile(db, copy)
    brief["stories"] = [{"id": "all", "title": "All documents", "events": [],
                         "documents": [d["id"] for d in brief.get("documents", [])]}]
    store = open_store(copy)
    try:
        store.put_corpus("brief", brief)
    finally:
        store.close()
    return copy, True


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = f"from storyline.web.app import serve; serve({str(db)!r}, '127.0.0.1', {port})"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            get(port, "/index.json")
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start: " + proc.stderr.read().decode(errors="replace")[-500:])


def get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def targets(port: int, synthetic: bool) -> list[tuple[str, list[str]]]:
    """(label, paths): the story pages and searches for words of the document titles."""
    index = json.loads(get(port, "/index.json")[1])
    label = "story page (synthetic: all documents)" if synthetic else "story page"
    story = (label, [s["href"] for s in index["stories"]])
    titles = " ".join(d["label"] for d in index["documents"])
    words = list(dict.fromkeys(w for w in re.findall(r"[A-Za-z]{5,}", titles)))[:20] or ["the"]
    return [story, ("search", [f"/search?q={quote(w)}" for w in words])]


def client(port: int, paths: list[str], deadline: float, out: list[float], errors: list[int],
           offset: int) -> None:
    """One client: requests over one keep-alive connection until the deadline, latencies in ``out``."""
    conn, i = http.client.HTTPConnection("127.0.0.1", port, timeout=10), offset
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            conn.request("GET", paths[i % len(paths)])
            response = conn.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            conn.close()
            conn, ok = http.client.HTTPConnection("127.0.0.1", port, timeout=10), False
        out.append(time.perf_counter() - started) if ok else errors.append(1)
        i += 1
    conn.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def load(port: int, paths: list[str], clients: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[int] = []
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(port, paths, deadline, latencies, errors, n))
               for n in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 30)
    elapsed = time.perf_counter() - started
    return {"requests": len(latencies), "errors": len(errors), "rps": len(latencies) / elapsed,
            "p50": percentile(latencies, 50) * 1000, "p95": percentile(latencies, 95) * 1000,
            "max": max(latencies, default=float("nan")) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="an existing store (default: build the seeds into a temporary one)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, synthetic = with_one_story(Path(args.db) if args.db else build_seeds(Path(tmp)), Path(tmp))
        port = free_port()
        server = start_server(db, port)
        try:
            rows = [(label, paths, load(port, paths, args.clients, args.seconds))
                    for label, paths in targets(port, synthetic)]
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"{args.clients} clients x {args.seconds:g} s per target, server on 127.0.0.1 (one uvicorn worker)")
    head = ("target", "paths", "requests", "errors", "req/s", "p50 ms", "p95 ms", "max ms")
    print("{:42} {:>5} {:>8} {:>6} {:>7} {:>7} {:>7} {:>7}".format(*head))
    for label, paths, r in rows:
        print(f"{label:42} {len(paths):5d} {r['requests']:8d} {r['errors']:6d} {r['rps']:7.1f} "
              f"{r['p50']:7.1f} {r['p95']:7.1f} {r['max']:7.1f}")


if __name__ == "__main__":
    main()
