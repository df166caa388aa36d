"""Web benchmark: pages/s through trafilatura and extraction, the share of each, and WARC memory.

    .venv/bin/python benchmarks/web.py            # 1,000 pages; WARC of 1,000 and 4,000 records (about 6 min)
    .venv/bin/python benchmarks/web.py --quick    # 200 pages; WARC of 200 and 800 records

The pages are the articles of `corpus.py` (renamed people, varied lengths) dressed as a French outlet's page:
og:/article: metadata, a cookie banner, a menu, the headline and a byline, « À lire aussi » and related links
whose titles hold quotes (the titles of other articles), a subscription prompt, reader comments with quotes,
a footer. Then:

- pages: `web.article_from_html` over every page (HTML → Article, timed), then `extract.extract_all` over the
  articles in one process (spaCy + attribution, timed; the model load is not); also how many pages gave back
  exactly the article's paragraphs, and how many leaked a piece of furniture into the text;
- WARC: a WARC.gz of N response records (plus their request records) written with warcio, then, each in a fresh
  subprocess, reading it through `web.warc_articles` (trafilatura only) and `quotes ingest --processes 1` into a
  new database (everything); peak RSS is that process's own high-water mark (VmHWM).
"""
from __future__ import annotations

import argparse
import html
import io
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate, read_sources  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
FURNITURE = ["Accepter et fermer", "Se connecter", "Lire aussi", "Abonnez-vous", "Tous droits réservés", "Commentaires"]

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{title} - {source}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{source}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}T08:00:00+01:00">
<link rel="canonical" href="{url}">
<script>var tags = {{"rubrique": "politique", "titre": "{title}"}};</script>
</head><body>
<div class="bandeau-cookies"><p>Nous utilisons des cookies. En cliquant sur « Accepter et fermer », vous consentez à leur dépôt.</p><button>Accepter et fermer</button></div>
<header><nav><button>Menu</button><ul><li><a href="/politique">Politique</a></li><li><a href="/societe">Société</a></li>
<li><a href="/abonnement">S'abonner</a></li><li><a href="/connexion">Se connecter</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<p class="signature">Par {author} — Publié le {published}</p>
<div class="article-body">
{body}
</div>
<div class="abonnement"><p>Cet article vous a plu ? « Abonnez-vous » pour lire la suite de nos articles.</p></div>
</article>
<section class="related"><h2>Sur le même sujet</h2><ul>{related}</ul></section>
<section id="commentaires"><h2>Commentaires</h2>{comments}</section>
</main>
<footer><p>© {source} – Tous droits réservés. <a href="/mentions-legales">Mentions légales</a></p></footer>
</body></html>
"""
COMMENTS = ["« Enfin une bonne nouvelle », comme on dit chez moi.", "Encore des promesses…", "« Tout ça pour ça » !"]


def pages(count: int, seed: int = 1) -> list[tuple[str, dict, str]]:
    """(url, article, HTML page) of `count` generated articles, each page linking to three others."""
    articles = list(generate(count, seed, read_sources()))
    rng = random.Random(seed)
    result = []
    for n, article in enumerate(articles):
        host = unicodedata.normalize("NFKD", article["source"]).encode("ascii", "ignore").decode().lower().replace(" ", "-")
        url = f"https://www.{host}.example/article/{n:06d}.html"
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n"))
        related = "".join(
            f"<li><a href='/article/{m:06d}.html'>Lire aussi : {html.escape(articles[m]['title'])}</a></li>"
            for m in rng.sample(range(count), 3)
        )
        comments = "".join(f"<div class='comment'><p>{c}</p></div>" for c in rng.sample(COMMENTS, 2))
        page = PAGE.format(
            title=html.escape(article["title"]), source=html.escape(article["source"]), url=url,
            published=article["published"], author="Camille Durand", body=body, related=related, comments=comments,
        )
        result.append((url, article, page))
    return result


def plain_spaces(text: str) -> str:
    """trafilatura turns no-break spaces (U+00A0, U+202F) into plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def bench_pages(count: int, model: str) -> None:
    from quotes.pool import extract_all
    from quotes.parse import load_model
    from quotes.web import article_from_html

    generated = pages(count)
    start = time.perf_counter()
    articles = [article_from_html(page, url) for url, _, page in generated]
    html_seconds = time.perf_counter() - start
    exact = sum(a.text[a.body_start:] == plain_spaces(original["text"]) for a, (_, original, _) in zip(articles, generated))
    leaked = sum(any(f in a.text for f in FURNITURE) for a in articles)
    metadata = sum(bool(a.url and a.published and a.source and a.title) for a in articles)

    start = time.perf_counter()
    nlp = load_model(model)
    load_seconds = time.perf_counter() - start
    start = time.perf_counter()
    quotes = sum(len(e.quotes) for e in extract_all(articles, nlp, on_error=print, batch_size=64, processes=1))
    nlp_seconds = time.perf_counter() - start

    total = html_seconds + nlp_seconds
    html_bytes = sum(len(page.encode()) for _, _, page in generated)
    print(f"pages: {count:,} ({html_bytes / count / 1000:.1f} kB of HTML each), {quotes:,} quotes")
    print(f"  HTML → Article (trafilatura): {html_seconds:.1f} s, {count / html_seconds:.0f} pages/s")
    print(f"  extraction (spaCy + attribution, 1 process): {nlp_seconds:.1f} s ({load_seconds:.1f} s model load not counted)")
    print(f"  together: {count / total:.1f} pages/s; HTML {100 * html_seconds / total:.0f} %, extraction {100 * nlp_seconds / total:.0f} %")
    print(f"  body recovered exactly (no-break spaces aside): {exact}/{count}; furniture in the text: {leaked}/{count}; url+date+source+title: {metadata}/{count}")


def write_warc(path: Path, count: int) -> None:
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=True)
        for url, _, page in pages(count, seed=2):
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "exemple")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            body = io.BytesIO(page.encode("utf-8"))
            writer.write_record(writer.create_warc_record(url, "response", payload=body, http_headers=headers))


# Each measured process reports its own peak (VmHWM): wait4's ru_maxrss would count the pages of this
# process, big with spaCy loaded, that the child had before its exec.
PEAK = "print('peak', next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')), file=sys.stderr)"
READ_WARC = f"""import sys
from quotes.web import warc_articles
print(sum(1 for _ in warc_articles(sys.argv[1])), 'articles')
{PEAK}"""
INGEST = f"""import sys
from quotes.cli import cli
try:
    cli(sys.argv[1:])
finally:
    {PEAK}"""


def peak(command: list[str]) -> tuple[float, int, str]:
    """(seconds, peak RSS in kB, output without the peak line) of a Python subprocess."""
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = (result.stdout + result.stderr).strip().splitlines()
    peaks = [line.split()[1] for line in lines if line.startswith("peak ")]
    if not peaks:
        raise SystemExit(f"{command} failed: {result.stderr}")
    return seconds, int(peaks[0]), "\n".join(line for line in lines if not line.startswith("peak "))


def bench_warc(sizes: list[int], model: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"crawl-{size}.warc.gz"
            write_warc(path, size)
            read_seconds, read_kb, read = peak([PYTHON, "-c", READ_WARC, str(path)])
            db = Path(folder) / f"quotes-{size}.db"
            ingest_seconds, ingest_kb, summary = peak(
                [PYTHON, "-c", INGEST, "ingest", "--db", str(db), "--processes", "1", "--model", model, str(path)]
            )
            print(
                f"WARC {size:,} records ({path.stat().st_size / 1e6:.1f} MB gz): read {read} in {read_seconds:.1f} s, "
                f"peak RSS {read_kb / 1024:.0f} MB; ingest {ingest_seconds:.1f} s, peak RSS {ingest_kb / 1024:.0f} MB"
            )
            print(f"  {summary.splitlines()[-1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 pages, WARC of 200 and 800 records")
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args()
    count = 200 if args.quick else 1000
    print(f"{time.strftime('%Y-%m-%d')}, {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}")
    bench_pages(count, args.model)
    bench_warc([count, 4 * count], args.model)


if __name__ == "__main__":
    main()
