"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder, listening on
a unix socket in that folder only (no TCP port), fsync off, removed afterwards.

Run as root (CI), the server runs as the ``postgres`` user the Debian package creates."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SERVER_OPTIONS = ("-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                  " -c max_connections=50")


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb, pg_ctl and postgres."""
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/postgres")]
    found = [d for d in found if (d / "initdb").exists() and (d / "pg_ctl").exists()]
    return max(found, key=lambda d: int(d.parent.name)) if found else None


class Cluster:
    """``start()`` creates and starts the cluster; ``dsn`` reaches its ``postgres`` database."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@/postgres?host={self.root}"

    def _run(self, *args: str) -> None:
        """Run a server program (as ``postgres`` when we are root); raise with its output on failure."""
        prefix = ["runuser", "-u", "postgres", "--"] if self.owner else []
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120, cwd=self.root)
        if done.returncode:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:1])} failed: {done.stdout}{done.stderr}{log}")

    def start(self) -> None:
        if self.owner:
            os.chown(self.root, self.owner.pw_uid, self.owner.pw_gid)
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = f"-k {self.root} {SERVER_OPTIONS}"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", options, "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
