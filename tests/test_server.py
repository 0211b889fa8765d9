"""The real HTTP server: raw UTF-8 in a request line (as curl sends it) is understood."""
from __future__ import annotations

import json
import socket

import pytest

from api.app import create_app
from api.server import PROTOCOL, UTF8TolerantH11Protocol, quote_request_lines
from live import live_server


def test_quote_request_lines_only_touches_request_lines():
    raw = "GET /events?chaired_by=宋黎静 HTTP/1.1\r\nHost: x\r\nX-Note: 宋\r\n\r\n".encode()
    out = quote_request_lines(raw)
    assert out.startswith(b"GET /events?chaired_by=%E5%AE%8B%E9%BB%8E%E9%9D%99 HTTP/1.1\r\n")
    assert out.endswith("X-Note: 宋\r\n\r\n".encode())
    assert quote_request_lines(b"GET /a%20b?x=1 HTTP/1.1\r\n") == b"GET /a%20b?x=1 HTTP/1.1\r\n"


@pytest.fixture(scope="module")
def http_port(seeded):
    with live_server(create_app(seeded)) as url:
        yield int(url.rsplit(":", 1)[1])


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode("utf-8"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def test_the_fast_parser_is_the_tolerant_one():
    assert issubclass(PROTOCOL, UTF8TolerantH11Protocol) or PROTOCOL.__name__ == "UTF8TolerantHttpToolsProtocol"


def test_curl_style_raw_utf8_query(http_port):
    status, body = raw_get(http_port, "/events?chaired_by=宋黎静")
    assert status == 200, body
    items = json.loads(body)["items"]
    assert items and all("宋黎静" in e["chairs"] for e in items)
