"""Extracting many articles: in batches, in order, in forked worker processes that share the loaded model.

Batches are bounded by their number of articles and by their total characters, since parsing memory grows
with the text (one dense 200,000-character article took 1.7 GB): a batch holds at most `MAX_BATCH_CHARS`,
or a single article that is longer.

Workers are forked with the model already loaded (no reload, pages shared) and send back extractions, not
parsed documents: the parse and the attribution both run in the workers, and only small records cross
processes. A worker that dies (the OOM killer, a `kill -9`) ends the run with concurrent.futures'
`BrokenProcessPool` instead of leaving it waiting forever; the batches stored before are complete. Workers
ignore Ctrl-C: the parent handles it and stops them, so an interrupted run prints one line, not a traceback
per worker.
"""
from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from itertools import chain, islice

from spacy.language import Language

from .articles import MAX_ARTICLE_CHARS, Article, InputError, text_to_read
from .pipeline import Extraction, extract_doc
from .parse import parse_texts

BATCH_SIZE = 64
MAX_BATCH_CHARS = MAX_ARTICLE_CHARS  # a batch parses at most one longest article's worth of text
BATCHES_AHEAD = 2  # batches queued per worker: enough to keep each one busy, few enough to bound memory


@dataclass
class Failure:
    """An article whose extraction raised: reported by the caller, never stored."""

    article: Article
    error: str

    def as_error(self) -> InputError:
        return InputError(f"article {self.article.id!r}: extraction failed ({self.error}); not stored")


def extract_all(
    articles: Iterable[Article],
    nlp: Language,
    on_error: Callable[[InputError], None],
    batch_size: int = BATCH_SIZE,
    processes: int = 1,
) -> Iterator[Extraction]:
    """Extractions of many articles, in order; an article whose extraction fails goes to `on_error`."""
    with closing(extract_batches(articles, nlp, batch_size, processes)) as results:
        for batch in results:
            yield from successes(batch, on_error)


def successes(batch: list[Extraction | Failure], on_error: Callable[[InputError], None]) -> list[Extraction]:
    """The extractions of a batch; each failure is reported to `on_error`."""
    for result in batch:
        if isinstance(result, Failure):
            on_error(result.as_error())
    return [result for result in batch if not isinstance(result, Failure)]


def extract_batches(
    articles: Iterable[Article], nlp: Language, batch_size: int = BATCH_SIZE, processes: int = 1
) -> Iterator[list[Extraction | Failure]]:
    """Extractions of `articles`, a batch at a time, in order, in `processes` worker processes.

    A corpus smaller than one batch per worker is done in this process. Raises `BrokenProcessPool` if a worker
    dies. Close the generator (`contextlib.closing`) to stop the workers at once when the caller fails.
    """
    chunks = batches(articles, batch_size, MAX_BATCH_CHARS)
    first = list(islice(chunks, processes))
    if processes == 1 or len(first) < processes:
        for chunk in chain(first, chunks):
            yield extract_batch(nlp, chunk)
        return
    fork = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(processes, fork, initializer=_start_worker, initargs=(nlp,))
    try:
        yield from _in_order(pool, chain(first, chunks), processes * BATCHES_AHEAD)
    finally:
        _stop(pool)


def _in_order(pool: ProcessPoolExecutor, chunks: Iterable[list[Article]], ahead: int) -> Iterator[list]:
    """The results of the chunks in order, with at most `ahead` chunks given to the workers and not yet returned."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(pool.submit(_extract_in_worker, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, busy or not: after an error or an interrupt their work would be thrown away."""
    for process in list(pool._processes.values()):  # the executor has no public way to end busy workers
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def batches(articles: Iterable[Article], size: int, max_chars: int) -> Iterator[list[Article]]:
    """Consecutive batches of at most `size` articles and `max_chars` characters (or one longer article)."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) == size or chars + len(article.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch


_worker_model: Language | None = None


def _start_worker(nlp: Language) -> None:
    global _worker_model
    _worker_model = nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent handles it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, forked with it: end without a word


def _extract_in_worker(articles: list[Article]) -> list[Extraction | Failure]:
    return extract_batch(_worker_model, articles)


def extract_batch(nlp: Language, articles: list[Article]) -> list[Extraction | Failure]:
    """Extractions of `articles`, parsed together; an article whose parse or extraction raises is a Failure.

    If parsing the batch raises, its articles are parsed one by one, so that only the culprit is lost."""
    try:
        docs = parse_texts([text_to_read(article) for article in articles], nlp)
    except Exception as error:
        if len(articles) == 1:
            return [Failure(articles[0], f"{type(error).__name__}: {error}")]
        return [result for article in articles for result in extract_batch(nlp, [article])]
    results: list[Extraction | Failure] = []
    for doc, article in zip(docs, articles):
        try:
            results.append(extract_doc(article, doc))
        except Exception as error:  # one bad article must not sink the batch; the caller reports it
            results.append(Failure(article, f"{type(error).__name__}: {error}"))
    return results
