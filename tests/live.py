"""Test support: the app on a real uvicorn server on loopback (with the production HTTP
protocol), and the Debian Chromium that browser tests drive."""
from __future__ import annotations

import os
import shutil
import threading
import time
from contextlib import contextmanager
from typing import Iterator

import uvicorn
from fastapi import FastAPI

from api.server import config, listen

CHROMIUM = os.environ.get("GOVKG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# background networking off: this machine's closed network refuses Chromium's own calls
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def live_server(app: FastAPI, timeout: float = 30) -> Iterator[str]:
    """Serves `app` in a thread; yields its base URL; stops it afterwards."""
    sock = listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(config(app))  # exactly what `govkg serve` runs
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
