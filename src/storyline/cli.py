"""Command line: parses, calls the api, prints.

Exit status: 0 all read, 3 some inputs rejected, 2 usage error, 1 failure."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline import api, settings
from storyline.errors import StorylineError
from storyline.export.files import write_csv, write_html, write_json, write_markdown
from storyline.run import EXECUTORS
from storyline.store import display_name

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def _db(p: argparse.ArgumentParser) -> None:
    shown = display_name(settings.get("db")).replace("%", "%%")  # no password in --help
    p.add_argument("--db", default=settings.get("db"),
                   help=f"the store: a SQLite file or a postgresql:// URL (default: {shown})")


def _outputs(p: argparse.ArgumentParser) -> None:
    _db(p)
    p.add_argument(
        "--out", default=None,
        help="folder for brief.json/.html/.md and the tables/ CSV folder when no single output is named"
    )
    p.add_argument("--json", help="write the brief JSON here")
    p.add_argument("--html", help="write the HTML report here")
    p.add_argument("--md", help="write the Markdown brief here")
    p.add_argument("--csv", help="write one CSV table per section of the brief into this folder")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="storyline", description="Turn news articles into a sourced brief.")
    p.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="ingest files and folders, run the pipeline, write the brief")
    b.add_argument("paths", nargs="+", metavar="PATH")
    b.add_argument("--manifest", help="JSONL or CSV keyed by path: published, outlet, url, title")
    b.add_argument("--workers", type=int, default=None, help="processes (or Ray actors) for the stages")
    b.add_argument("--executor", choices=EXECUTORS, default=None,
                   help=f"where the article stages run (default: {settings.get('executor')})")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    _outputs(b)
    r = sub.add_parser("brief", help="write the brief of the store again, without re-processing")
    _outputs(r)
    s = sub.add_parser("serve", help="serve the store as a read-only web app (pages, JSON twins, search)")
    _db(s)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    s.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    return p


def targets(args: argparse.Namespace) -> dict[str, Path]:
    """Where each output goes: the named files, else all four in --out (default: settings 'out')."""
    named = {k: Path(v) for k in ("json", "html", "md", "csv") if (v := getattr(args, k))}
    if named and not args.out:
        return named
    folder = Path(args.out or settings.get("out"))
    return {"json": folder / "brief.json", "html": folder / "brief.html", "md": folder / "brief.md",
            "csv": folder / "tables", **named}


def write_outputs(brief: dict[str, Any], where: dict[str, Path]) -> None:
    writers = {"json": write_json, "html": write_html, "md": write_markdown, "csv": write_csv}
    for kind, path in where.items():
        writers[kind](brief, path)
        print(f"{kind:5} {path}")


class _Bar:
    """A progress bar on a terminal; nothing when stderr is not one (CI, pipes)."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", desc="articles", file=sys.stderr)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_build(args: argparse.Namespace) -> int:
    bar = _Bar(args.quiet)
    try:
        result = api.build(args.paths, db=args.db, manifest=args.manifest, workers=args.workers, progress=bar,
                           executor=args.executor)
    finally:
        bar.close()
    for r in result.rejected:
        where = f" ({r.where})" if r.where else ""
        print(f"rejected [{r.code}] {r.path}{where}: {r.reason}", file=sys.stderr)
    s = result.stats
    print(
        f"{s.sources_processed} files processed, {s.sources_skipped} unchanged, "
        f"{s.articles_stored} documents stored, {s.exact_copies} exact copies, {s.rejected} rejected; "
        f"{len(result.brief['documents'])} documents in the store ({display_name(args.db)})"
    )
    write_outputs(result.brief, targets(args))
    return EXIT_REJECTED if result.rejected else EXIT_OK


def cmd_brief(args: argparse.Namespace) -> int:
    write_outputs(api.brief(args.db), targets(args))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from storyline.web import serve

    serve(args.db, args.host, args.port)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    commands = {"build": cmd_build, "brief": cmd_brief, "serve": cmd_serve}
    try:
        return commands[args.command](args)
    except StorylineError as exc:
        print(f"storyline: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.code == "E400" else EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
