"""Ingest: stream articles into the database in batches — skip unchanged ones, parse the rest, store them.

Memory stays flat whatever the corpus size: articles are read lazily, parsed with `nlp.pipe` one batch at a
time and written one transaction per article before the next batch is read.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

import sqlite_utils
from spacy.language import Language

from .articles import Article
from .extract import extract_all
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
) -> dict[str, int]:
    """Store every article with its quotes; returns counts of articles, quotes and skipped articles."""
    totals = {"articles": 0, "quotes": 0, "skipped": 0}
    for batch in batches(articles, batch_size):
        changed = _latest_versions([a for a in batch if not is_unchanged(db, a)])
        totals["skipped"] += len(batch) - len(changed)
        extractions = extract_all(changed, nlp, batch_size=batch_size, n_process=processes if len(changed) > 1 else 1)
        counts = save_extractions(db, extractions)
        for key in totals:
            totals[key] += counts[key]
        progress(len(batch))
    return totals


def _latest_versions(articles: list[Article]) -> list[Article]:
    """One article per id within a batch (the last one read), so a file listed twice is parsed once."""
    return list({article.id: article for article in articles}.values())
