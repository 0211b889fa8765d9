"""The embedded default store: an ArcadeDB server with its Bolt plugin, run as a child process.

Why a child process and not ArcadeDB inside this Python process (JPype): worker processes
can fork safely (never fork a process hosting a JVM), a crashed Python process does not
take the store down mid-write, and several `govkg` commands can share one server. The
server announces itself in `<data>/server.json` (pid, ports, password); a command that
finds a live server there connects to it, otherwise it starts one, and stops it on exit
unless asked to keep it (`govkg server start`, `govkg serve`).
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from importlib.util import find_spec
from pathlib import Path

DATABASE = "govkg"
USER = "root"
BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"
START_TIMEOUT_S = 60.0


class ServerError(RuntimeError):
    """The embedded server could not be started or reached."""


@dataclass
class ServerInfo:
    pid: int
    bolt_port: int
    http_port: int
    password: str
    database: str = DATABASE
    owner: int | None = None  # the process that stops it on exit; None: kept running

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"


def _package_dir() -> Path:
    spec = find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        raise ServerError("the arcadedb-embedded package is not installed (pip install -e .)")
    return Path(list(spec.submodule_search_locations)[0])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child still answers kill(0): reap it if it is ours
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    return True


def _port_open(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


def _password(root: Path) -> str:
    """The root password is made once per data folder: ArcadeDB stores the root user on
    first start and refuses any other password afterwards."""
    path = root / "password"
    if not path.exists():
        path.write_text(secrets.token_hex(12))
        path.chmod(0o600)
    return path.read_text().strip()


def _database_ready(info: ServerInfo) -> bool:
    """The Bolt port opens before the default database exists: ready means a query runs."""
    if not _port_open(info.bolt_port):
        return False
    from neo4j import GraphDatabase  # local: this module must stay importable without a store
    try:
        with GraphDatabase.driver(info.uri, auth=(USER, info.password)) as driver:
            driver.execute_query("RETURN 1 AS ok", database_=info.database)
        return True
    except Exception:  # not ready yet: any driver error means "try again shortly"
        return False


def read_info(root: Path) -> ServerInfo | None:
    """The live server of this data folder, or None."""
    try:
        info = ServerInfo(**json.loads((root / "server.json").read_text()))
    except (OSError, ValueError, TypeError):
        return None
    return info if _pid_alive(info.pid) and _port_open(info.bolt_port) else None


@contextlib.contextmanager
def _lock(root: Path):
    """Serialises start-up so that two commands starting at once share one server."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "server.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _command(root: Path, info: ServerInfo, heap: str) -> list[str]:
    pkg = _package_dir()
    props = {
        "arcadedb.server.rootPath": root / "server",
        "arcadedb.server.databaseDirectory": root / "databases",
        "arcadedb.server.rootPassword": info.password,
        "arcadedb.server.defaultDatabases": f"{DATABASE}[{USER}]",  # created before anyone connects
        "arcadedb.server.plugins": BOLT_PLUGIN,
        "arcadedb.bolt.host": "127.0.0.1",
        "arcadedb.bolt.port": info.bolt_port,
        "arcadedb.server.httpIncomingHost": "127.0.0.1",
        "arcadedb.server.httpIncomingPort": info.http_port,
        "arcadedb.server.mode": "production",
        "java.util.logging.config.file": root / "server" / "logging.properties",
    }
    return [str(pkg / "jre" / "bin" / "java"), f"-Xmx{heap}", "-cp", str(pkg / "jars") + "/*",
            *(f"-D{k}={v}" for k, v in props.items()), "com.arcadedb.server.ArcadeDBServer"]


def start(root: Path, heap: str, keep: bool = False) -> tuple[ServerInfo, bool]:
    """Returns (server, owned_by_us). Reuses a live server of the same data folder; one
    whose owner died without stopping it (killed, crashed) is adopted, so that it stops
    when this command ends. `heap`: the Java heap of a new server (-Xmx, e.g. "1g");
    `keep`: nobody owns it (`govkg server start`)."""
    with _lock(root):
        live = read_info(root)
        if live:
            if keep and live.owner is not None:  # `govkg server start`: nobody stops it now
                live.owner = None
                _write_info(root, live)
            if keep or live.owner is None or _pid_alive(live.owner):
                return live, False
            live.owner = os.getpid()
            _write_info(root, live)
            return live, True
        (root / "server").mkdir(parents=True, exist_ok=True)
        # ArcadeDB logs every start-up step at INFO; keep warnings only, in a file
        (root / "server" / "logging.properties").write_text(
            "handlers=java.util.logging.FileHandler\n"
            f"java.util.logging.FileHandler.pattern={root / 'server' / 'arcadedb.log'}\n"
            "java.util.logging.FileHandler.formatter=java.util.logging.SimpleFormatter\n"
            ".level=WARNING\n")
        info = ServerInfo(pid=0, bolt_port=_free_port(), http_port=_free_port(),
                          password=_password(root), owner=None if keep else os.getpid())
        log = open(root / "server" / "stdout.log", "ab")
        proc = subprocess.Popen(_command(root, info, heap), stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, cwd=root, start_new_session=True)
        info.pid = proc.pid
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _database_ready(info):
            if proc.poll() is not None:
                raise ServerError(f"ArcadeDB exited with status {proc.returncode} at start-up; "
                                  f"see {root / 'server' / 'stdout.log'}")
            if time.monotonic() > deadline:
                proc.kill()
                raise ServerError(f"ArcadeDB did not open its Bolt port in {START_TIMEOUT_S:.0f} s")
            time.sleep(0.1)
        _write_info(root, info)
        return info, True


def _write_info(root: Path, info: ServerInfo) -> None:
    path = root / "server.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(info)))
    tmp.chmod(0o600)
    tmp.replace(path)


def stop(root: Path, timeout: float = 30.0, owner: int | None = None) -> bool:
    """Stops the server of this data folder; False when none was running, or when `owner`
    is given and the server is no longer that process's to stop."""
    info = read_info(root)
    if info is None or (owner is not None and info.owner != owner):
        return False
    os.kill(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _pid_alive(info.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _pid_alive(info.pid):
        os.kill(info.pid, signal.SIGKILL)
    with contextlib.suppress(FileNotFoundError):
        (root / "server.json").unlink()
    return True


if __name__ == "__main__":  # python -m graph.arcadedb [DATA_DIR]: start and print the URI
    from loaders.settings import current
    settings = current().override(data=Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    started, _ = start(settings.data.resolve(), settings.heap, keep=True)
    print(started.uri)
