"""The `quotes` command: ingest, extract, eval, serve. A thin Click layer over the pipeline functions."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from functools import partial
import os
import sqlite3
import sys
import time

import click

from . import DEFAULT_MODEL
from .articles import Article, InputError, Skipped, read_articles

DEFAULT_DB = "db/quotes.db"

model_option = click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy French pipeline")


class ErrorReport:
    """Prints each bad input as one line on stderr and remembers that there was one; warnings don't count,
    inputs skipped on purpose (a page not in French, a feed entry already stored) are only counted."""

    def __init__(self) -> None:
        self.count = 0
        self.skipped: Counter = Counter()

    def __call__(self, error: InputError) -> None:
        if isinstance(error, Skipped):
            self.skipped[error.reason] += 1
            return
        self.count += 1
        click.echo(f"Error: {error}", err=True)

    def warning(self, message: str) -> None:
        click.echo(f"Warning: {message}", err=True)


def _load_model(name: str):
    from .parse import load_model

    try:
        return load_model(name)
    except RuntimeError as error:
        raise click.ClickException(str(error)) from None


@click.group()
@click.version_option(package_name="quotes")
def cli() -> None:
    """Find, attribute and publish the quotations of French news articles."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--urls", "url_list", type=click.Path(dir_okay=False), help="A file of URLs (pages or feeds), one a line.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--processes", default=os.cpu_count() or 1, show_default="the machine's cores", type=click.IntRange(1))
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1))
@model_option
def ingest(paths, url_list, db_path, processes, batch_size, model) -> None:
    """Store the quotes of PATHS in the database: .txt, .jsonl, .html files, folders, - (JSON lines on stdin),
    URLs of pages or RSS/Atom feeds, feed files (.xml, .rss, .atom) and web archives (.warc, .warc.gz)."""
    from .ingest import ingest as run_ingest
    from .storage import open_db, stored_hashes

    started = time.perf_counter()
    errors = ErrorReport()
    paths = _existing(_with_url_list(paths, url_list, errors), errors)
    try:
        os.makedirs(os.path.dirname(os.path.abspath(db_path)), exist_ok=True)
        db = open_db(db_path)
    except (OSError, sqlite3.Error) as error:  # a file that is not a database, a read-only folder, a held lock…
        raise click.ClickException(f"{db_path}: cannot open the database ({_explain(error)})") from None
    articles = _read_inputs(paths, errors, known=set(stored_hashes(db)))
    load = partial(_load_model, model)  # only when an article has changed: re-ingests stay fast
    try:
        with _progress() as advance:
            totals = run_ingest(db, articles, load, batch_size, processes, progress=advance, on_error=errors)
        people = db["people"].count
    except sqlite3.Error as error:  # every article stored so far is complete: running again finishes the job
        raise click.ClickException(f"{db_path}: {_explain(error)}; the articles stored so far are complete, run it again") from None
    seconds = time.perf_counter() - started
    click.echo(
        f"{totals['articles']} articles ingested, {totals['skipped']} unchanged skipped, {totals['quotes']} quotes, "
        f"{people} people in {db_path} ({seconds:.1f} s)"
        + "".join(f"; {count} {reason}" for reason, count in errors.skipped.items())
        + (f"; {errors.count} error(s) above" if errors.count else ""),
        err=True,
    )
    if errors.count:
        raise SystemExit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1))
@model_option
def extract(paths, output, processes, model) -> None:
    """Print the quotes of PATHS (files, folders, URLs, feeds, web archives), one per line, without a database."""
    from .extract import extract_all

    errors = ErrorReport()
    paths = _existing(paths, errors)
    nlp = _load_model(model)
    articles = _read_inputs(paths, errors)
    for extraction in extract_all(articles, nlp, on_error=errors, processes=processes):
        for quote in extraction.quotes:
            if output == "jsonl":
                click.echo(json.dumps(quote.to_json(), ensure_ascii=False))
            else:
                speaker = quote.speaker or "—"
                click.echo(f"{quote.article_id}\t{quote.kind}\t{speaker}\t{quote.verb or ''}\t{quote.text}")
    if errors.count:
        raise SystemExit(1)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--errors", is_flag=True, help="List every miss: the quote, the expected and the predicted speaker.")
@model_option
def evaluate(gold, as_json, errors, model) -> None:
    """Score extraction against an annotated GOLD.jsonl: precision, recall, attribution accuracy."""
    from .evaluate import gold_articles_of, read_gold, score
    from .extract import extract_all

    try:
        gold_records = read_gold(gold)
    except InputError as error:
        raise click.ClickException(str(error)) from None
    nlp = _load_model(model)
    errors_seen = ErrorReport()
    extractions = extract_all(gold_articles_of(gold_records), nlp, on_error=errors_seen)
    predictions = [q.to_json() for e in extractions for q in e.quotes]
    figures, misses = score(gold_records, predictions)
    if as_json:
        click.echo(json.dumps(figures))
    else:
        for name, value in figures.items():
            click.echo(f"{name:28} {value}")
    if errors:
        for miss in misses:
            click.echo(f"  [{miss.article}] {miss.kind:8} expected={miss.expected!s:24} predicted={miss.predicted!s:24} {miss.text[:70]!r}")
    if errors_seen.count:
        raise SystemExit(1)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Bind address (0.0.0.0 exposes it to the network)")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
def serve(db_path, host, port) -> None:
    """Browse the database with Datasette (read-only, with a SQL time limit)."""
    from .publish import serve as serve_quotes
    from .storage import open_db

    if not os.path.exists(db_path):
        raise click.ClickException(f"{db_path}: no such database; run `quotes ingest` first")
    open_db(db_path).close()
    serve_quotes(db_path, host, port)


def _with_url_list(paths, url_list: str | None, errors: ErrorReport) -> list[str]:
    """PATHS followed by the URLs of the --urls file."""
    if not paths and not url_list:
        raise click.UsageError("give PATHS or --urls FILE")
    if not url_list:
        return list(paths)
    from .web import read_url_list

    try:
        return [*paths, *read_url_list(url_list)]
    except InputError as error:
        errors(error)
        return list(paths)


def _read_inputs(paths: list[str], errors: ErrorReport, known=()) -> Iterator[Article]:
    """The articles of every input in order: files, folders and stdin through articles.py; URLs, feeds and
    web archives through web.py (imported only then), whose feed entries with an id in `known` are not fetched."""
    reader = None
    for path in paths:
        if not _is_web_input(path):
            yield from read_articles([path], on_error=errors, on_warning=errors.warning)
            continue
        if reader is None:
            from .web import WebReader

            reader = WebReader(known=known, on_error=errors)
        yield from reader.read([path])


def _is_web_input(path: str) -> bool:
    """URLs, feed files and web archives: web.py's inputs, told apart without importing it (and trafilatura)."""
    return path.startswith(("http://", "https://")) or path.lower().endswith((".warc", ".warc.gz", ".xml", ".rss", ".atom"))


def _existing(paths, errors: ErrorReport) -> list[str]:
    """The paths that exist ('-' is stdin, URLs are fetched later); each missing one is reported, and if none
    is left we stop here."""
    found = []
    for path in paths:
        if path == "-" or path.startswith(("http://", "https://")) or os.path.exists(path):
            found.append(path)
        else:
            errors(InputError(f"{path}: no such file or directory"))
    if not found:
        raise SystemExit(1)
    return found


def _explain(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"{error.strerror}: {error.filename}" if error.strerror and error.filename else str(error)
    if "locked" in str(error):
        return f"{error} (another process kept it busy for more than 30 s: is another ingest running?)"
    return str(error)


class _progress:
    """A progress bar on a terminal, nothing otherwise."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return lambda n: None
        self._bar = click.progressbar(length=0, label="Ingesting", file=sys.stderr, show_pos=True)
        self._bar.__enter__()
        return self._bar.update

    def __exit__(self, *exc):
        if hasattr(self, "_bar"):
            self._bar.__exit__(*exc)
