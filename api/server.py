"""Serving the app with uvicorn, tolerant of raw UTF-8 in request lines.

`curl '127.0.0.1:8000/events?chaired_by=宋黎静'` sends the name as raw UTF-8 bytes. RFC 3986
wants them percent-encoded and uvicorn's parsers (h11, httptools) answer 400; browsers
encode, but shell users should not have to. So bytes >= 0x80 in a request line are
percent-encoded before h11 reads it, which is exactly what a browser would have sent.
"""
from __future__ import annotations

import re
from urllib.parse import quote_from_bytes

import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

REQUEST_LINE = re.compile(rb"(?m)^([A-Z]+ )([^\s]*[\x80-\xff][^\s]*)( HTTP/1\.[01]\r?)$")


def quote_request_lines(data: bytes) -> bytes:
    return REQUEST_LINE.sub(lambda m: m[1] + quote_from_bytes(m[2], safe=bytes(range(0x21, 0x7f))).encode() + m[3],
                            data)


class UTF8TolerantH11Protocol(H11Protocol):
    def data_received(self, data: bytes) -> None:
        super().data_received(quote_request_lines(data))


def run(app: FastAPI, host: str, port: int) -> None:
    uvicorn.run(app, host=host, port=port, log_level="warning", http=UTF8TolerantH11Protocol)
