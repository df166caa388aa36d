"""Page load times of the quote browser on the README's demo database (the seed plus every annotated article).

    .venv/bin/python benchmarks/pages.py                 # builds /tmp/quotes-pages.db the README's way, then measures
    .venv/bin/python benchmarks/pages.py --db db/quotes.db --repeat 50

Runs a real `quotes serve` on 127.0.0.1 and times complete GETs (headers and body, one connection each) of
each page the README shows; prints the median and the slowest of `--repeat` loads, in milliseconds.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent
TARGET_MS = 300


def build(db: Path) -> None:
    """The README's flow: the seed folder, then the annotated sets as JSON lines on stdin."""
    if db.exists():
        return
    subprocess.run([str(BIN / "quotes"), "ingest", "--db", str(db), str(ROOT / "seeds")], check=True)
    lines = subprocess.run([sys.executable, str(ROOT / "tests" / "published.py")], check=True, capture_output=True).stdout
    subprocess.run([str(BIN / "quotes"), "ingest", "--db", str(db), "-"], input=lines, check=True)


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def sql(base: str, query: str) -> list[dict]:
    return json.loads(get(base + "/quotes.json?_shape=array&sql=" + urllib.parse.quote(query)))


def pages(base: str) -> dict[str, str]:
    person = sql(base, "select id from people order by quote_count desc, id limit 1")[0]["id"]
    article = sql(base, "select article from quotes group by article order by count(*) desc limit 1")[0]["article"]
    quote = sql(base, "select id from quotes where speaker is not null order by id limit 1")[0]["id"]
    tilde = lambda value: urllib.parse.quote(value.replace("~", "~7E").replace(":", "~3A").replace("/", "~2F"), safe="~")  # noqa: E731
    return {
        "home": "/",
        "quotes view": "/quotes/quotes_view",
        "search « Kirby »": "/quotes/quotes_view?_search=Kirby",
        "search « secur* »": "/quotes/quotes_view?_search=secur*",
        "person (most quoted)": f"/quotes/people/{person}",
        "article (most quotes)": f"/quotes/articles/{tilde(article)}",
        "quote in context": f"/quotes/quotes/{tilde(quote)}",
        "who gets quoted": "/who-gets-quoted",
        "people table": "/quotes/people",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/quotes-pages.db"))
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    build(args.db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(BIN / "quotes"), "serve", "--db", str(args.db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                get(base + "/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        counts = sql(base, "select (select count(*) from articles) as articles, (select count(*) from quotes) as quotes, "
                           "(select count(*) from people) as people")[0]
        print(f"{args.db}: {counts['articles']} articles, {counts['quotes']} quotes, {counts['people']} people; "
              f"{args.repeat} loads per page, load average {os.getloadavg()[0]:.2f}")
        print(f"| page | median ms | slowest ms | under {TARGET_MS} ms |\n| --- | --- | --- | --- |")
        for name, path in pages(base).items():
            get(base + path)  # warm: templates compiled, SQLite pages cached
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                get(base + path)
                times.append(1000 * (time.perf_counter() - started))
            median, slowest = statistics.median(times), max(times)
            print(f"| {name} | {median:.1f} | {slowest:.1f} | {'yes' if slowest < TARGET_MS else 'no'} |")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
