"""Org charts: the tree from the graph (structure, people as of a date), its renderings (SVG
via Graphviz with a CJK font, DOT, Mermaid, JSON, the ECharts HTML page in real headless
Chromium), the REST endpoint and the CLI. Charts of graphs written for the tests, and the
acceptance chart of the seeds' 三门峡经济开发区."""
from __future__ import annotations

import socket
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing CliRunner if False else None  # placeholder, replaced below
