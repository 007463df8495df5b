"""Run the web app with uvicorn in a background thread (tests, benchmarks): a context manager
that yields the base URL once the server listens, and stops it on exit."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storyline.web.app import create_app


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextmanager
def running(db: str | Path, host: str = "127.0.0.1", port: int | None = None,
            timeout: float = 20.0) -> Iterator[str]:
    """Serve the store at ``db`` on ``host`` (a free port unless given); yield ``http://host:port``."""
    import uvicorn

    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(create_app(db), host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="storyline-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        if not server.started:
            raise RuntimeError(f"the web app did not start on {host}:{port}")
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
