"""A real headless Chromium against a real `quotes serve` on 127.0.0.1: what the quote browser renders, on the
README's demo database (the seed and every annotated article, tests/published.py).

Each page is rendered by Chromium; its links are followed (with urllib) to check they lead where their text
says. Screenshots go to the test's temporary folder; with QUOTES_SCREENSHOTS=docs they replace those in docs/.
"""
from __future__ import annotations

import html
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

import published
from published import assert_reads_like_a_page, visible

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
    db_path = published.corpus(tmp_path_factory, nlp)
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


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def links(dom: str, prefix: str) -> list[tuple[str, str]]:
    """(href, text) of the links whose address starts with `prefix`, in page order."""
    found = re.findall(r'<a [^>]*?href="(%s[^"]*)"[^>]*>(.*?)</a>' % re.escape(prefix), dom, flags=re.S)
    return [(html.unescape(href), visible(text).strip()) for href, text in found]


def h1(page: str) -> str:
    return visible(re.search(r"<h1[^>]*>(.*?)</h1>", page, flags=re.S).group(1)).strip()


def assert_links_lead_where_they_say(server: str, dom: str, most: int = 4):
    """Every kind of link a reader follows: a person's name opens that person, a title its article, a quote its
    quote-in-context page with those words."""
    people, articles, quotes = links(dom, "/quotes/people/"), links(dom, "/quotes/articles/"), links(dom, "/quotes/quotes/")
    for href, name in dict(people).items() if len(people) <= most else list(dict(people).items())[:most]:
        assert h1(fetch(server + href)) == name, href
    for href, title in list(dict(articles).items())[:most]:
        assert h1(fetch(server + href)) == title, href
    for href, text in list(dict(quotes).items())[:most]:
        page = fetch(server + href)
        assert h1(page).startswith("Quote by") and text.strip("«» ") in visible(page), href
    return people, articles, quotes


def test_home_page_in_chromium(server, chromium, tmp_path):
    dom = chromium(server + "/", "--dump-dom")
    assert_reads_like_a_page(dom)
    assert 'action="/quotes/quotes_view"' in dom and 'name="_search"' in dom
    for href, _ in links(dom, "/"):
        assert fetch(server + href), href
    assert {"/quotes/quotes_view", "/quotes/people", "/who-gets-quoted"} <= {href for href, _ in links(dom, "/")}
    screenshot(chromium, server + "/", "home.png", tmp_path, height=500)


def test_quotes_view_in_chromium(server, chromium, tmp_path):
    url = server + "/quotes/quotes_view"
    dom = chromium(url, "--dump-dom")
    assert_reads_like_a_page(dom)
    assert "sorted by published descending" in dom
    headers = [visible(h).strip("\xa0 ▼▲") for h in re.findall(r'<th class="col-[^"]+" scope="col"[^>]*>(.*?)</th>', dom, flags=re.S)]
    assert 'title="The quoted words, without the quotation marks"' in dom
    assert headers == ["Quote", "Speaker", "About", "Outlet", "Date", "Article"]
    people, articles, quotes = assert_links_lead_where_they_say(server, dom)
    assert people and articles and len(quotes) == 100
    screenshot(chromium, url, "quotes-view.png", tmp_path, height=1600)


def test_person_page_in_chromium(server, chromium, tmp_path):
    sql = "select * from people where kind = 'person' and gender = 'f' order by article_count desc, quote_count desc limit 1"
    everyone = json.loads(fetch(server + "/quotes.json?_shape=array&sql=" + urllib.parse.quote(sql)))
    person = everyone[0]
    url = f"{server}/quotes/people/{person['id']}"
    dom = chromium(url, "--dump-dom")
    assert_reads_like_a_page(dom)
    assert h1(dom) == person["name"] and "woman" in visible(dom)
    weeks = re.findall(r'<rect class="men"[^>]*height="([\d.]+)"', dom)  # quotes per week, empty weeks included
    assert len([h for h in weeks if float(h) > 0]) >= 2 and len(weeks) >= 2
    people, articles, quotes = assert_links_lead_where_they_say(server, dom)
    assert len(quotes) == person["quote_count"] and articles
    screenshot(chromium, url, "person.png", tmp_path, height=1300)


def test_article_page_in_chromium(server, chromium, tmp_path):
    article = json.loads(fetch(server + "/quotes/articles.json?_shape=array&_search=ministre&_size=1"))[0]
    url = f"{server}/quotes/articles/{tilde_encode(article['id'])}"
    dom = chromium(url, "--dump-dom")
    assert_reads_like_a_page(dom)
    assert h1(dom) == visible(html.escape(article["title"])) and article["sha256"] not in dom
    quotes = json.loads(fetch(server + f"/quotes/quotes.json?_shape=array&article={article['id']}&_size=max"))
    assert len({href for href, _ in links(dom, "/quotes/quotes/")}) == len(quotes) > 0
    assert_links_lead_where_they_say(server, dom, most=3)
    screenshot(chromium, url, "article.png", tmp_path, height=1500)


def test_search_in_chromium(server, chromium, tmp_path):
    url = server + "/quotes/quotes_view?_search=Kirby"
    dom = chromium(url, "--dump-dom")
    assert_reads_like_a_page(dom)
    people, _, quotes = assert_links_lead_where_they_say(server, dom)
    assert quotes and {name for _, name in people} >= {"John Kirby"}
    screenshot(chromium, url, "search.png", tmp_path, height=1100)
    prefix = chromium(server + "/quotes/quotes_view?_search=secur*", "--dump-dom")
    assert "sécurit" in prefix


def test_who_gets_quoted_in_chromium(server, chromium, tmp_path):
    url = server + "/who-gets-quoted"
    dom = chromium(url, "--dump-dom")
    assert_reads_like_a_page(dom)
    share = re.search(r"all articles</td>\s*<td class=\"n\">([\d.]+) %", dom)
    assert share and 0 < float(share.group(1)) < 100
    bars = re.findall(r'<rect class="(women|men|unknown)"[^>]*width="([\d.]+)"', dom)
    assert {kind for kind, width in bars if float(width) > 0} >= {"women", "men"}
    assert_links_lead_where_they_say(server, dom)
    screenshot(chromium, url, "who-gets-quoted.png", tmp_path, height=1500)


def test_quote_in_context_in_chromium(server, chromium, tmp_path):
    with urllib.request.urlopen(server + "/quotes/quotes_by_person.json?_shape=array&name=John+Kirby") as response:
        quote = next(row for row in json.load(response) if row["kind"] == "direct")
    url = f"{server}/quotes/quotes/{tilde_encode(quote['quote_id'])}"
    dom = chromium(url, "--dump-dom").replace("&nbsp;", "\xa0")
    assert_reads_like_a_page(dom)
    assert f'<mark class="quote">{quote["quote"]}</mark>' in dom and quote["quote"] in published.SEED.read_text()
    assert '<mark class="speaker">' in dom and "all quotes of John Kirby" in dom
    assert_links_lead_where_they_say(server, dom)
    screenshot(chromium, url, "quote-in-context.png", tmp_path, height=700)
