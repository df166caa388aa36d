"""A quotes database built from real articles for the publishing tests: the seed, a few gold articles and an
article whose quote, title, source and url are HTML — all ingested with the real model."""
from __future__ import annotations

import json
from pathlib import Path

from quotes.articles import Article
from quotes.ingestion import ingest
from quotes.storage import open_db

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "ramstein-kirby.txt"
GOLD = Path(__file__).parent / "data" / "gold.jsonl"
SEED_PUBLISHED = "2022-04-22"
HOSTILE = Article(
    "piege",
    "Le maire de Brest, Jean Dupont, a réagi mardi.\n\n"
    "« <script>alert('quote')</script> Nous tiendrons bon », a déclaré Jean Dupont devant la presse.",
    title="<b>Brest</b> : le maire réagit",
    url="javascript:alert('url')",
    published="2020-01-01",
    source="<i>Test</i>",
)


def articles(gold_count: int = 4) -> list[Article]:
    """The seed dispatch (dated), the first `gold_count` gold articles (dated one a day) and HOSTILE."""
    seed = Article(SEED.stem, SEED.read_text(encoding="utf-8"), published=SEED_PUBLISHED, source="seed")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()[:gold_count]]
    dated = [
        Article(a["id"], a["text"], title=a.get("title"), published=f"2024-05-{day:02d}", source="gold")
        for day, a in enumerate(gold, start=1)
    ]
    return [seed, *dated, HOSTILE]


def build(path: Path, nlp) -> Path:
    db = open_db(str(path))
    ingest(db, articles(), nlp)
    db.close()
    return path
