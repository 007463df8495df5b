"""A corpus stage run in a forked child process while the parent goes on with the next stages.

The corpus stages run in the main process on one core, after the article workers are done, so the
machine's other core idles. A stage that only assigns its own outcome (``ctx.results`` keys, or
``ctx.duplicate_of``) and is not read by the very next stages can run beside them: the child
inherits the context as it is (fork), runs the stage and sends back what the stage assigned
(pickled through a pipe); ``join`` puts it into the parent's context. When the child fails, the
stage is run again in the parent, so a failure there is the same as without the fork."""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import pickle
import sys
from dataclasses import dataclass
from typing import Any

from storyline.corpus.base import CorpusContext, CorpusStage

log = logging.getLogger(__name__)


ASIDE_TIMEOUT = 1800.0  # seconds a child may take before it is stopped and the stage runs here
EXIT_GRACE = 5.0  # seconds a child that has answered may take to exit


def can_fork() -> bool:
    """Linux (where fork is the default; macOS forks badly once system libraries run threads), and
    this process is not itself a daemon worker (which may not have children)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and not mp.current_process().daemon


def _outcome(stage: CorpusStage, ctx: CorpusContext) -> dict[str, Any]:
    """Run ``stage`` and return what it assigned: changed ``results`` keys and ``duplicate_of``."""
    before = dict(ctx.results)
    duplicates = ctx.duplicate_of
    stage.run(ctx)
    changed = {k: v for k, v in ctx.results.items() if k not in before or before[k] is not v}
    out: dict[str, Any] = {"results": changed}
    if ctx.duplicate_of is not duplicates:
        out["duplicate_of"] = ctx.duplicate_of
    return out


def _child(stage: CorpusStage, ctx: CorpusContext, conn) -> None:
    try:
        conn.send_bytes(pickle.dumps(("ok", _outcome(stage, ctx)), protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which runs the stage itself
        conn.send_bytes(pickle.dumps(("error", f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


@dataclass
class Aside:
    """One stage running in a child process (``start``), to be joined once (``join``)."""

    stage: CorpusStage
    needed_by: str | None
    process: Any
    conn: Any

    @classmethod
    def start(cls, stage: CorpusStage, ctx: CorpusContext, needed_by: str | None) -> Aside:
        fork = mp.get_context("fork")
        parent_end, child_end = fork.Pipe(duplex=False)
        proc = fork.Process(target=_child, args=(stage, ctx, child_end), daemon=True)
        proc.start()
        child_end.close()
        return cls(stage, needed_by, proc, parent_end)

    def join(self, ctx: CorpusContext) -> None:
        """Put the child's outcome into ``ctx``; run the stage here when the child failed or did not
        answer within ``ASIDE_TIMEOUT`` (a child stuck on a lock a parent thread held at the fork)."""
        status, payload = "error", "no outcome"
        try:
            if not self.conn.poll(ASIDE_TIMEOUT):
                raise TimeoutError(f"no outcome after {ASIDE_TIMEOUT:.0f} s")
            status, payload = pickle.loads(self.conn.recv_bytes())
        except (EOFError, OSError, TimeoutError, pickle.UnpicklingError) as exc:
            status, payload = "error", f"{type(exc).__name__}: {exc}"
        finally:
            self.conn.close()
            self.process.join(EXIT_GRACE if status == "ok" else 0)
            if self.process.is_alive():  # stuck, or lingering after its answer on a thread it started
                self.process.terminate()
                self.process.join()
        if status != "ok":
            log.warning("corpus stage %s failed in its child (%s): run here", self.stage.name, payload)
            self.stage.run(ctx)
            return
        ctx.results.update(payload["results"])
        if "duplicate_of" in payload:
            ctx.duplicate_of = payload["duplicate_of"]

    def stop(self) -> None:
        """End the child without reading its outcome (the parent's run failed)."""
        self.conn.close()
        self.process.terminate()
        self.process.join()
