"""Ingest: stream articles into the database in batches — skip unchanged ones, parse the rest, store them.

Memory stays flat whatever the corpus size: articles are read lazily, parsed with `nlp.pipe` one batch at a
time and written one transaction per article before the next batch is read.

Nothing is lost, nothing doubled: an article is committed with all its quotes or not at all, so an ingest
killed at any moment leaves a consistent database, and running it again stores exactly the articles that are
missing (the others are unchanged, same sha256, and skipped). An article whose extraction fails is reported
through `on_error` and the ingest goes on with the next one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

import sqlite_utils
from spacy.language import Language

from .articles import Article, InputError
from .extract import Extraction, extract_doc
from .storage import is_unchanged, save_extractions


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    db: sqlite_utils.Database,
    articles: Iterable[Article],
    nlp: Language,
    batch_size: int = 64,
    processes: int = 1,
    progress: Callable[[int], None] = lambda n: None,
    on_error: Callable[[InputError], None] | None = None,
) -> dict[str, int]:
    """Store every article with its quotes; returns counts of articles, quotes and skipped articles.

    Without `on_error` an article whose extraction fails stops the ingest with its exception.
    """
    totals = {"articles": 0, "quotes": 0, "skipped": 0}
    for batch in batches(articles, batch_size):
        changed = _latest_versions([a for a in batch if not is_unchanged(db, a)])
        totals["skipped"] += len(batch) - len(changed)
        extractions = _extractions(changed, nlp, batch_size, processes if len(changed) > 1 else 1, on_error)
        counts = save_extractions(db, extractions)
        for key in totals:
            totals[key] += counts[key]
        progress(len(batch))
    return totals


def _latest_versions(articles: list[Article]) -> list[Article]:
    """One article per id within a batch (the last one read), so a file listed twice is parsed once."""
    return list({article.id: article for article in articles}.values())


def _extractions(articles: list[Article], nlp: Language, batch_size: int, processes: int, on_error) -> Iterator[Extraction]:
    """Like `extract.extract_all`, but an article that makes the extraction fail is reported, not fatal."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=processes):
        try:
            yield extract_doc(article, doc)
        except Exception as error:
            if on_error is None:
                raise
            on_error(InputError(f"article {article.id!r}: extraction failed ({type(error).__name__}: {error}); not stored"))
