"""Ingest: stream articles into the database in batches — skip unchanged ones, parse the rest, store them.

Memory stays flat whatever the corpus size: articles are read lazily, parsed and attributed a batch at a
time (in worker processes when there are several), and each batch is written in one transaction before
more is read. Unchanged articles (same sha256) are skipped before they are parsed, from a snapshot of the
stored hashes taken once, so a re-ingest costs a hash per article.

Nothing is lost, nothing doubled: a batch of articles is committed with all their quotes or not at all, so
an ingest killed at any moment leaves a consistent database, and running it again stores exactly the
articles that are missing. An article whose extraction fails is reported through `on_error` and the ingest
goes on with the next one; a worker process that dies ends the ingest with `BrokenProcessPool`.

`ingest_extracted` stores what `quotes extract --format extracted` (or a Dask cluster, distributed.py) wrote:
the same skipping, merging of people and transactions, without spaCy's parse.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from itertools import chain, islice
from typing import TYPE_CHECKING

import json
from pathlib import Path

import sqlite_utils

from .articles import Article, InputError
from .articles import sha256
from .storage import save_extractions, stored_hashes

if TYPE_CHECKING:
    from spacy.language import Language


def ingest(
    db: sqlite_utils.Database,
    articles: Iterable[Article],
    nlp: "Language | Callable[[], Language]",
    batch_size: int = 64,
    processes: int = 1,
    progress: Callable[[int], None] = lambda n: None,
    on_error: Callable[[InputError], None] | None = None,
) -> dict[str, int]:
    """Store every article with its quotes; returns counts of articles, quotes and skipped articles.

    `nlp` may be a function that loads the model: it is then called only if some article has changed, so a
    re-ingest of an unchanged corpus never pays for loading spaCy's pipeline. Without `on_error` an article
    whose extraction fails stops the ingest with an InputError.
    """
    known = stored_hashes(db)
    totals: Counter = Counter(articles=0, quotes=0, skipped=0)
    read = Counter()

    def changed() -> Iterator[Article]:
        for article in articles:
            read["articles"] += 1
            if known.get(article.id) == sha256(article):
                totals["skipped"] += 1
            else:
                yield article

    pending = changed()
    first = next(pending, None)
    reported = 0
    if first is not None:
        from .pool import extract_batches, successes  # imports spaCy (half a second): only when there is work

        model = nlp if hasattr(nlp, "pipe_names") else nlp()
        with closing(extract_batches(chain([first], pending), model, batch_size, processes)) as results:
            for batch in results:
                totals.update(save_extractions(db, successes(batch, on_error or _raise)))
                progress(read["articles"] - reported)
                reported = read["articles"]
    progress(read["articles"] - reported)
    return dict(totals)


def ingest_extracted(
    db: sqlite_utils.Database,
    records: Iterable[dict],
    batch_size: int = 64,
    progress: Callable[[int], None] = lambda n: None,
) -> dict[str, int]:
    """Store extractions given as `Extraction.to_json` records, a batch per transaction; returns the counts.

    A record whose article is stored with the same sha256 is skipped before it is even turned into objects.
    """
    from .pipeline import Extraction

    known = stored_hashes(db)
    totals: Counter = Counter(articles=0, quotes=0, skipped=0)
    records = iter(records)
    while batch := list(islice(records, batch_size)):
        changed = [r for r in batch if known.get(r["article"]["id"]) != r["article"]["sha256"]]
        totals["skipped"] += len(batch) - len(changed)
        totals.update(save_extractions(db, [Extraction.from_json(r) for r in changed]))
        progress(len(batch))
    return dict(totals)


def read_extracted(paths: Iterable[str], on_error: Callable[[InputError], None]) -> Iterator[dict]:
    """The records of JSON-lines files of extractions (a folder: its `*.jsonl` files, by name), in order; an
    unreadable file or a line that is not an extracted article goes to `on_error`."""
    for path in paths:
        files = sorted(Path(path).glob("*.jsonl")) if Path(path).is_dir() else [Path(path)]
        for file in files:
            try:
                with open(file, encoding="utf-8") as lines:
                    for number, line in enumerate(lines, 1):
                        if line.strip():
                            try:
                                yield extracted_record(line, f"{file}:{number}")
                            except InputError as error:
                                on_error(error)
            except (OSError, UnicodeDecodeError) as error:
                on_error(InputError(f"{file}: {getattr(error, 'strerror', None) or error}"))


def extracted_record(line: str, where: str) -> dict:
    """One line of extractions as a dict; raises InputError if it is not one."""
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError(f"{where}: malformed JSON ({error})") from None
    if not isinstance(record, dict) or any(key not in record for key in ("article", "quotes", "people", "mentions")) \
            or not isinstance(record["article"], dict) or "sha256" not in record["article"]:
        raise InputError(f"{where}: not an extracted article (article with its sha256, quotes, people, mentions)")
    from .pipeline import Extraction

    try:
        Extraction.from_json(record)
    except (KeyError, TypeError, IndexError, AttributeError) as error:
        raise InputError(f"{where}: not an extracted article ({type(error).__name__}: {error})") from None
    return record


def _raise(error: InputError) -> None:
    raise error
