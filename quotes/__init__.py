"""Who said what in French news: articles → quote spans → speakers → people → SQLite → Datasette.

The library face; the `quotes` command is a thin layer over these functions::

    import quotes
    for quote in quotes.extract("« Nous tiendrons », a déclaré la maire, Anne Roux.").quotes:
        print(quote.speaker, "—", quote.text)

Imports are lazy, so `import quotes` (and the CLI) start without loading spaCy.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from .articles import Article, InputError
    from .pipeline import Extraction

DEFAULT_MODEL = "fr_core_news_md"

__all__ = ["DEFAULT_MODEL", "extract", "extract_all", "ingest", "read_articles"]


def extract(text: str, *, model: str = DEFAULT_MODEL, id: str = "text", title: str | None = None) -> Extraction:
    """The quotes of one article's text, with their speakers, and the people and mentions they resolve to."""
    from .articles import Article
    from .parse import load_model
    from .pipeline import extract as extract_article

    return extract_article(Article(id, text, title), load_model(model))


def extract_all(
    articles: Iterable[Article], *, model: str = DEFAULT_MODEL, processes: int = 1,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Extraction]:
    """The extractions of many articles, in order, parsed in `processes` worker processes; an article whose
    extraction fails goes to `on_error` (raised without it)."""
    from .parse import load_model
    from .pool import extract_all as extract_articles

    yield from extract_articles(articles, load_model(model), on_error or _raise, processes=processes)


def read_articles(paths: Iterable[str], on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """The articles of `.txt`, `.jsonl` and `.html` files and folders; a bad one is raised, or given to
    `on_error` and skipped."""
    from .readers import read_articles as read

    return read(list(paths), on_error=on_error)


def ingest(
    db: str | sqlite_utils.Database, articles: Iterable[Article], *, model: str = DEFAULT_MODEL, processes: int = 1,
    on_error: Callable[[InputError], None] | None = None,
) -> dict[str, int]:
    """Store the quotes of `articles` in the database at `db` (a path or a sqlite-utils `Database`), skipping
    unchanged articles; returns the counts of articles stored, quotes and articles skipped."""
    from .ingestion import ingest as store
    from .parse import load_model
    from .storage import open_db

    database = open_db(db) if isinstance(db, str) else db
    return store(database, articles, lambda: load_model(model), processes=processes, on_error=on_error)


def _raise(error: Exception) -> None:
    raise error
