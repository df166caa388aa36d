"""The `quotes` command: ingest, extract, eval, serve. A thin Click layer over the pipeline functions."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from functools import partial
from pathlib import Path

import click

from . import DEFAULT_MODEL
from .articles import Article, InputError, Skipped
from .readers import read_articles

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


urls_option = click.option(
    "--urls", "url_list", type=click.Path(dir_okay=False), help="A file of URLs (pages or feeds), one a line."
)


@cli.command()
@click.argument("paths", nargs=-1)
@urls_option
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--processes", default=os.cpu_count() or 1, show_default="the machine's cores", type=click.IntRange(1))
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1))
@click.option("--extracted", is_flag=True,
              help="PATHS are extractions (quotes extract --format extracted, or the --out folder of --dask): store them without parsing.")
@model_option
def ingest(paths, url_list, db_path, processes, batch_size, extracted, model) -> None:
    """Store the quotes of PATHS in the database: .txt, .jsonl, .html files, folders, - (JSON lines on stdin),
    URLs of pages or RSS/Atom feeds, feed files (.xml, .rss, .atom) and web archives (.warc, .warc.gz)."""
    from .ingestion import ingest as run_ingest, ingest_extracted, read_extracted
    from .storage import stored_hashes

    started = time.perf_counter()
    errors = ErrorReport()
    paths = _existing(_with_url_list(paths, url_list, errors), errors)
    db = _open_db(db_path)
    kept = "the articles stored so far are complete, run the same command again to store the rest"
    try:
        with _stopped_in_one_line(kept), _progress() as advance:
            if extracted:
                totals = ingest_extracted(db, read_extracted(paths, errors), batch_size, progress=advance)
            else:
                articles = _read_inputs(paths, errors, known=set(stored_hashes(db)))
                load = partial(_load_model, model)  # only when an article has changed: re-ingests stay fast
                totals = run_ingest(db, articles, load, batch_size, processes, progress=advance, on_error=errors)
    except sqlite3.Error as error:  # every article stored so far is complete: running again finishes the job
        raise click.ClickException(f"{db_path}: {_explain(error)}; {kept}") from None
    seconds = time.perf_counter() - started
    click.echo(
        f"{totals['articles']} articles ingested, {totals['skipped']} unchanged skipped, {totals['quotes']} quotes "
        f"stored in {db_path} ({seconds:.1f} s)"
        + "".join(f"; {count} {reason}" for reason, count in errors.skipped.items())
        + (f"; {errors.count} error(s) above" if errors.count else ""),
        err=True,
    )
    if errors.count:
        raise SystemExit(1)


def _open_db(db_path: str):
    from .storage import NotAQuotesDatabase, open_db

    try:
        os.makedirs(os.path.dirname(os.path.abspath(db_path)), exist_ok=True)
        return open_db(db_path)
    except NotAQuotesDatabase as error:
        raise click.ClickException(f"{db_path}: not a quotes database ({error}); nothing was written to it") from None
    except (OSError, sqlite3.Error) as error:  # a file that is not a database, a read-only folder, a held lock…
        raise click.ClickException(f"{db_path}: cannot open the database ({_explain(error)})") from None


def jsonl_lines(extractions: Iterable) -> Iterator[str]:
    """One JSON object per quote, in the format of ../shared/eval/README.md."""
    for extraction in extractions:
        for quote in extraction.quotes:
            yield json.dumps(quote.to_json(), ensure_ascii=False)


def extracted_lines(extractions: Iterable) -> Iterator[str]:
    """One JSON object per article with its quotes, people and mentions: what `ingest --extracted` reads."""
    for extraction in extractions:
        yield json.dumps(extraction.to_json(), ensure_ascii=False)


TABLE_COLUMNS = ("article", "kind", "speaker", "about", "verb", "text")


def table_lines(extractions: Iterable) -> Iterator[str]:
    """A header line, then one tab-separated line per quote; "—" for a quote without speaker."""
    yield "\t".join(TABLE_COLUMNS)
    for quote in (quote for extraction in extractions for quote in extraction.quotes):
        yield "\t".join([quote.article_id, quote.kind, quote.speaker or "—", quote.about or "", quote.verb or "", quote.text])


FORMATTERS = {"jsonl": jsonl_lines, "table": table_lines, "extracted": extracted_lines}


@cli.command()
@click.argument("paths", nargs=-1)
@urls_option
@click.option("--format", "output", type=click.Choice(list(FORMATTERS)), default="jsonl", show_default=True,
              help="jsonl: one JSON object per quote; table: tab-separated columns under a header line; "
              "extracted: one JSON object per article with its quotes, people and mentions (for ingest --extracted)")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1))
@click.option("--dask", "scheduler", metavar="ADDRESS",
              help="Extract on a Dask cluster (tcp://host:8786, or local:N for N local worker processes) into --out.")
@click.option("--out", type=click.Path(file_okay=False), help="With --dask: the folder of the part files (new or empty).")
@click.option("--shard-size", default=64, show_default=True, type=click.IntRange(1), help="With --dask: articles per task.")
@model_option
def extract(paths, url_list, output, processes, scheduler, out, shard_size, model) -> None:
    """Print the quotes of PATHS (files, folders, URLs, feeds, web archives), one per line, without a database;
    with --dask, write every article's extraction to part files in --out."""
    errors = ErrorReport()
    paths = _existing(_with_url_list(paths, url_list, errors), errors)
    if scheduler:
        _extract_on_dask(paths, scheduler, out, shard_size, model, errors)
    else:
        _print_extractions(paths, output, processes, model, errors)
    if errors.count:
        raise SystemExit(1)


def _print_extractions(paths: list[str], output: str, processes: int, model: str, errors: ErrorReport) -> None:
    from .pool import extract_all

    nlp = _load_model(model)
    extractions = extract_all(_read_inputs(paths, errors), nlp, errors, processes=processes)
    with _stopped_in_one_line("the quotes printed so far are complete"), closing(extractions):
        for line in FORMATTERS[output](extractions):
            click.echo(line)


def _extract_on_dask(paths: list[str], scheduler: str, out: str | None, shard_size: int, model: str, errors: ErrorReport) -> None:
    from .distributed import NotEmpty, connect, extract_on_cluster, prepare_output

    if not out:
        raise click.UsageError("--dask needs --out FOLDER, where the workers write their part files")
    started = time.perf_counter()
    try:
        prepare_output(Path(out))  # before a cluster is started for nothing
        with _stopped_in_one_line("the part files written so far are complete"), connect(scheduler, model) as client:
            totals = extract_on_cluster(client, _read_inputs(paths, errors), out, errors, model, shard_size)
    except (NotEmpty, OSError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"{totals['articles']} articles extracted into {totals['shards']} part files in {out} "
        f"({time.perf_counter() - started:.1f} s); store them with: quotes ingest --extracted {out}",
        err=True,
    )


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--errors", is_flag=True, help="List every miss: the quote, the expected and the predicted speaker.")
@click.option("--without", multiple=True, metavar="SIEVE", help="Switch a sieve off to measure what it brings (repeatable).")
@model_option
def evaluate(gold, as_json, errors, without, model) -> None:
    """Score extraction against an annotated GOLD.jsonl: precision, recall, attribution accuracy."""
    from .evaluate import gold_articles_of, read_gold, score
    from .pipeline import Rules, extract

    try:
        gold_records = read_gold(gold)
        rules = Rules.without(without)
    except (InputError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    nlp = _load_model(model)
    predictions = [q.to_json() for article in gold_articles_of(gold_records) for q in extract(article, nlp, rules).quotes]
    figures, misses = score(gold_records, predictions)
    if as_json:
        click.echo(json.dumps(figures))
    else:
        for name, value in figures.items():
            click.echo(f"{name:28} {value}")
    if errors:
        for miss in misses:
            click.echo(f"  [{miss.article}] {miss.kind:8} expected={miss.expected!s:24} predicted={miss.predicted!s:24} {miss.text[:70]!r}")


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Bind address (0.0.0.0 exposes it to the network)")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
def serve(db_path, host, port) -> None:
    """Browse the database with Datasette (read-only: the file is never written, with SQL time and size limits)."""
    from .publish import LOCAL_HOSTS, NotServable, serve as serve_quotes

    if host not in LOCAL_HOSTS:
        click.echo(
            f"Warning: serving on {host}: anyone who can reach this machine can read the database and run SQL on it; "
            "for a public site, put it behind a reverse proxy (see the README, “Browsing the quotes”)",
            err=True,
        )
    try:
        serve_quotes(db_path, host, port)
    except NotServable as error:
        raise click.ClickException(str(error)) from None


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


class Terminated(Exception):
    """SIGTERM, raised in the main thread so that the command stops like on Ctrl-C."""


def _terminate(signum, frame) -> None:
    raise Terminated


@contextmanager
def _stopped_in_one_line(kept: str):
    """Ctrl-C, SIGTERM and a dead worker process end the command with one line saying what was `kept`, and the
    exit status of a shell (130, 143) or 1; worker processes are stopped on the way out."""
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    except KeyboardInterrupt:
        _stop(f"interrupted; {kept}", 130)
    except Terminated:
        _stop(f"terminated; {kept}", 143)
    except BrokenProcessPool:
        _stop(f"a worker process died (out of memory? killed?); {kept}", 1)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stop(message: str, status: int) -> None:
    click.echo(f"Error: {message}", err=True)
    raise SystemExit(status)


@contextmanager
def _progress():
    """On a terminal, a line counting the articles read (their number is not known in advance); nothing otherwise."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    read = 0

    def advance(n: int) -> None:
        nonlocal read
        read += n
        click.echo(f"\rIngesting: {read:,} articles read", nl=False, err=True)

    try:
        yield advance
    finally:
        click.echo(err=True)  # what comes next (the summary, an error) starts on a line of its own
