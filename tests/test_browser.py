"""A real headless Chromium against a real `quotes serve` on 127.0.0.1: what the quote browser renders.

Screenshots go to the test's temporary folder; with QUOTES_SCREENSHOTS=docs they replace the ones in docs/.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

import published

CHROMIUM = "/usr/bin/chromium"
DOCS = Path(__file__).parent.parent / "docs"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Chromium is not installed (it must be in CI)"
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    """The base URL of `quotes serve` on a database of real ingested articles, with the default host."""
    db_path = published.build(tmp_path_factory.mktemp("browser") / "quotes.db", nlp)
    port = free_port()
    command = [str(Path(sys.executable).parent / "quotes"), "serve", "--db", str(db_path), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("quotes serve did not start:\n" + process.stdout.read().decode())
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def chromium(tmp_path):
    """Run headless Chromium with `args` on a URL; returns its standard output."""

    def run(url: str, *args: str, height: int = 1000) -> str:
        command = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
            f"--window-size=1280,{height}", *args, url,
        ]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout

    return run


def screenshot(chromium, url: str, name: str, tmp_path: Path, height: int) -> Path:
    folder = DOCS if os.environ.get("QUOTES_SCREENSHOTS") == "docs" else tmp_path
    path = folder / name
    chromium(url, f"--screenshot={path}", height=height)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return path


def test_quotes_table_in_chromium(server, chromium, tmp_path):
    url = server + "/quotes/quotes_view"
    dom = chromium(url, "--dump-dom")
    assert "quotes_view (view)" in dom and "sorted by published descending" in dom
    assert "John Kirby" in dom and 'href="/quotes/quotes/ramstein-kirby~3A' in dom
    assert "&lt;script&gt;alert(" in dom and "<script>alert(" not in dom
    screenshot(chromium, url, "quotes-view.png", tmp_path, height=1800)


def test_quote_in_context_in_chromium(server, chromium, tmp_path):
    with urllib.request.urlopen(server + "/quotes/quotes_by_person.json?_shape=array&name=John+Kirby") as response:
        quote = next(row for row in json.load(response) if row["kind"] == "direct")
    url = f"{server}/quotes/quotes/{tilde_encode(quote['quote_id'])}"
    dom = chromium(url, "--dump-dom").replace("&nbsp;", "\xa0")
    assert f'<mark class="quote">{quote["quote"]}</mark>' in dom and quote["quote"] in published.SEED.read_text()
    assert '<mark class="speaker">' in dom and "all quotes of John Kirby" in dom
    screenshot(chromium, url, "quote-in-context.png", tmp_path, height=900)
