"""Shared fixtures: the real French model (loaded once per session) and the real seed dispatch."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.articles import Article
from quotes.pipeline import extract
from quotes.parse import load_model

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).parent / "data" / "gold.jsonl"


def speakers(quotes) -> list[tuple[str, str | None]]:
    """(kind, speaker) of each quote, for compact assertions."""
    return [(q.kind, q.speaker) for q in quotes]


def direct_speakers(nlp, text):
    return [q.speaker for q in extract(Article("t", text), nlp).quotes if q.kind == "direct"]


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def seed_article() -> Article:
    path = SEEDS / "ramstein-kirby.txt"
    return Article(id=path.stem, text=path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_articles() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def quotes_of(nlp):
    """Extract a small text and return its quotes (kind, text, speaker, about) for compact assertions."""

    def run(text: str, kinds=("direct", "indirect", "term")):
        return [q for q in extract(Article("t", text), nlp).quotes if q.kind in kinds]

    return run
