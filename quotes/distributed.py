"""Extraction on a Dask cluster: the pure function of one article, mapped over shards of a corpus.

The client reads the articles (files, folders, feeds, archives: whatever `quotes extract` reads) and cuts
them into numbered shards; each shard is one task that parses and attributes its articles on a worker and
writes their extractions to `part-NNNNNN.jsonl` in the output folder, one `Extraction.to_json` a line.
`quotes ingest --extracted FOLDER` then stores the parts in order, as `quotes ingest` would have stored the
articles.

- The model is loaded once per worker, when it starts (`LoadModel`, a worker plugin, and parse.load_model's
  per-process cache): a worker that the nanny restarts loads it again before it takes a task.
- A shard is written to a hidden temporary name and renamed: a part file is complete or absent. A worker lost
  mid-shard (killed, out of memory) makes Dask run that shard again elsewhere, which writes the same part
  again, so nothing is lost and nothing doubled.
- An article whose extraction fails is reported to the client and left out of its part; the others go on.
- At most a few shards per worker thread are in flight, so the client's memory stays flat whatever the
  corpus size.
"""
from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from . import DEFAULT_MODEL
from .articles import Article, InputError

SHARD_SIZE = 64
SHARDS_AHEAD = 2  # shards queued per worker thread: enough to keep each busy, few enough to bound memory
LOCAL = re.compile(r"local:(\d+)$")


class NotEmpty(Exception):
    """The output folder already holds parts of another run: mixing them would store stale extractions."""


@dataclass
class ShardResult:
    number: int
    extracted: int
    failures: list  # pool.Failure, for the client to report


class LoadModel(WorkerPlugin):
    """Loads the spaCy model when a worker starts (and restarts), not in its first task."""

    name = "quotes-load-model"

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model

    def setup(self, worker) -> None:
        from .parse import load_model

        load_model(self.model)


@contextmanager
def connect(address: str, model: str = DEFAULT_MODEL) -> Iterator[Client]:
    """A client of the scheduler at `address`, or of a LocalCluster of N worker processes for `local:N`,
    with the model loaded on every worker; a local cluster is stopped on the way out."""
    local = LOCAL.match(address)
    cluster = LocalCluster(n_workers=int(local[1]), threads_per_worker=1, processes=True) if local else None
    try:
        with Client(cluster or address) as client:
            client.register_plugin(LoadModel(model))
            yield client
    finally:
        if cluster is not None:
            cluster.close()


def extract_on_cluster(
    client: Client,
    articles: Iterable[Article],
    out: str | os.PathLike,
    on_error: Callable[[InputError], None],
    model: str = DEFAULT_MODEL,
    shard_size: int = SHARD_SIZE,
    on_shard: Callable[[ShardResult], None] = lambda result: None,
) -> dict[str, int]:
    """Extract `articles` on the cluster into `out`/part-NNNNNN.jsonl; returns counts of articles extracted,
    articles failed and shards. Each failed article goes to `on_error`, each finished shard to `on_shard`."""
    out = Path(out)
    prepare_output(out)
    ahead = SHARDS_AHEAD * max(1, sum(client.nthreads().values()))
    totals = {"articles": 0, "failed": 0, "shards": 0}
    pending = as_completed()
    for number, shard in enumerate(shards(articles, shard_size)):
        pending.add(client.submit(extract_shard, number, shard, str(out), model, pure=False))
        if pending.count() >= ahead:
            _collect(next(pending), totals, on_error, on_shard)
    for future in pending:
        _collect(future, totals, on_error, on_shard)
    for leftover in out.glob(".part-*.tmp"):  # a lost worker's unfinished write; its shard was written again
        leftover.unlink()
    return totals


def _collect(future, totals: dict[str, int], on_error: Callable[[InputError], None], on_shard: Callable[[ShardResult], None]) -> None:
    result: ShardResult = future.result()
    future.release()
    for failure in result.failures:
        on_error(failure.as_error())
    totals["articles"] += result.extracted
    totals["failed"] += len(result.failures)
    totals["shards"] += 1
    on_shard(result)


def prepare_output(out: Path) -> None:
    """Create `out`, or check that it holds no part files of an earlier run; raises NotEmpty."""
    out.mkdir(parents=True, exist_ok=True)
    if next(out.glob("part-*.jsonl"), None) is not None:
        raise NotEmpty(f"{out} already holds part files; give an empty or new folder")


def shards(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    articles = iter(articles)
    while shard := list(islice(articles, size)):
        yield shard


def part_path(out: Path, number: int) -> Path:
    return out / f"part-{number:06d}.jsonl"


def extract_shard(number: int, articles: list[Article], out: str, model: str) -> ShardResult:
    """On a worker: extract one shard and write its part file atomically (temporary name, then rename)."""
    from .parse import load_model
    from .pool import BATCH_SIZE, MAX_BATCH_CHARS, Failure, batches, extract_batch

    nlp = load_model(model)
    results = [result for batch in batches(articles, BATCH_SIZE, MAX_BATCH_CHARS) for result in extract_batch(nlp, batch)]
    target = part_path(Path(out), number)
    temporary = target.with_name(f".{target.stem}.{uuid.uuid4().hex}.tmp")
    with open(temporary, "w", encoding="utf-8") as part:
        for result in results:
            if not isinstance(result, Failure):
                part.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        part.flush()
        os.fsync(part.fileno())
    os.replace(temporary, target)
    failures = [result for result in results if isinstance(result, Failure)]
    return ShardResult(number, len(results) - len(failures), failures)
