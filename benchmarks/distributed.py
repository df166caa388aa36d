"""Extraction on a local Dask cluster, then `ingest --extracted`: the per-article cost behind the README's estimate
for a million articles.

    .venv/bin/python benchmarks/distributed.py                    # 600 articles of corpus.py on local:2
    .venv/bin/python benchmarks/distributed.py --articles 300 --workers 1

Both commands run as subprocesses, timed from outside (cluster start and model loads included); the cluster's
own start-up (workers loading the model) is timed apart on an empty corpus, so that the steady cost per article
is (run − start-up) ÷ articles. A million articles on N such workers is then start-up + 10⁶ × cost ÷ N, and the
storing (one process, on the database's machine) 10⁶ ÷ its rate, which overlaps nothing: it comes after.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

QUOTES = str(Path(sys.executable).parent / "quotes")


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="quotes-dask-"))
    try:
        corpus = write_corpus(workdir / "corpus.jsonl", args.articles)
        first = workdir / "first.jsonl"
        first.write_text(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
        cluster = f"local:{args.workers}"
        startup = timed([QUOTES, "extract", "--dask", cluster, "--out", str(workdir / "warm"), str(first)])
        run = timed([QUOTES, "extract", "--dask", cluster, "--out", str(workdir / "parts"), str(corpus)])
        store = timed([QUOTES, "ingest", "--extracted", "--db", str(workdir / "q.db"), str(workdir / "parts")])
        per_article = (run - startup) * args.workers / args.articles  # seconds of one worker per article
        rate = args.articles / store
        print(f"{args.articles} articles on {cluster} (load average {os.getloadavg()[0]:.1f}): start-up and one article "
              f"{startup:.1f} s, whole run {run:.1f} s -> {1000 * per_article:.0f} ms of a worker per article; "
              f"ingest --extracted {store:.1f} s ({rate:.0f} articles/s)")
        for workers in (2, 8, 32, 128):
            hours = (startup + 1e6 * per_article / workers) / 3600
            print(f"1,000,000 articles on {workers} workers like these: extraction {hours:.1f} h, then storing {1e6 / rate / 3600:.1f} h")
        print(json.dumps({"per_article_s": per_article, "startup_s": startup, "store_articles_per_s": rate}))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
