"""Serving the app with uvicorn: tolerant of raw UTF-8 in request lines, Nagle off, and
optionally several worker processes.

`curl '127.0.0.1:8000/events?chaired_by=宋黎静'` sends the name as raw UTF-8 bytes. RFC 3986
wants them percent-encoded and uvicorn's parsers (h11, httptools) answer 400; browsers
encode, but shell users should not have to. So bytes >= 0x80 in a request line are
percent-encoded before the parser reads it, which is exactly what a browser would send.

The listening socket is made here with proto=IPPROTO_TCP, so that asyncio sets TCP_NODELAY
on every accepted connection (a socket with proto 0, as uvicorn's own --workers mode makes,
leaves Nagle on and each response waits ~40 ms for the client's delayed ACK). Workers are
forked before any driver or thread exists; the database runs in its own process.
"""
from __future__ import annotations

import os
import re
import signal
import socket
from typing import Callable
from urllib.parse import quote_from_bytes

import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

REQUEST_LINE = re.compile(rb"(?m)^([A-Z]+ )([^\s]*[\x80-\xff][^\s]*)( HTTP/1\.[01]\r?)$")
_VISIBLE_ASCII = bytes(range(0x21, 0x7f))


def quote_request_lines(data: bytes) -> bytes:
    return REQUEST_LINE.sub(lambda m: m[1] + quote_from_bytes(m[2], safe=_VISIBLE_ASCII).encode() + m[3], data)


class UTF8TolerantH11Protocol(H11Protocol):
    def data_received(self, data: bytes) -> None:
        super().data_received(quote_request_lines(data))


try:  # the faster C parser, when uvicorn[standard] brought it
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class UTF8TolerantHttpToolsProtocol(HttpToolsProtocol):
        def data_received(self, data: bytes) -> None:
            super().data_received(quote_request_lines(data))

    PROTOCOL: type = UTF8TolerantHttpToolsProtocol
except ImportError:  # pragma: no cover - plain uvicorn
    PROTOCOL = UTF8TolerantH11Protocol


def listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def config(app: FastAPI) -> uvicorn.Config:
    return uvicorn.Config(app, log_level="warning", access_log=False, http=PROTOCOL,
                          loop="auto", timeout_keep_alive=30)


def run(app: FastAPI, sock: socket.socket) -> None:
    uvicorn.Server(config(app)).run(sockets=[sock])


def run_workers(make_app: Callable[[], FastAPI], sock: socket.socket, workers: int) -> None:
    """`workers` processes sharing `sock`; each builds its own app (and database driver)
    after the fork. Returns when all have stopped (Ctrl+C or SIGTERM stops them)."""
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent relays one SIGTERM
            try:
                run(make_app(), sock)
            finally:
                os._exit(0)
        children.append(pid)

    def stop(*_: object) -> None:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    previous = signal.signal(signal.SIGTERM, stop), signal.signal(signal.SIGINT, stop)
    try:
        for pid in children:
            while True:
                try:
                    os.waitpid(pid, 0)
                    break
                except InterruptedError:
                    continue
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
