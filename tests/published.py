"""A quotes database built from real articles for the publishing tests: the seed, a few gold articles and an
article whose quote, title, source and url are HTML — all ingested with the real model."""
from __future__ import annotations

import html
import json
import re
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


DATA = Path(__file__).parent / "data"
FIRST_DAY = "2024-01-01"


def annotated_articles() -> list[dict]:
    """Every article of the annotated sets (tests/data/*.jsonl) as an ingestable JSON object.

    The sets carry no outlet or date: the outlet is the set's name and the dates are made up, three days
    apart from FIRST_DAY in file order, so that the browser's charts by outlet, month and week have
    something to show. Both are demo metadata, not facts about the texts."""
    from datetime import date, timedelta

    records = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            day = date.fromisoformat(FIRST_DAY) + timedelta(days=3 * len(records))
            records.append({"id": record["id"], "title": record.get("title"), "text": record["text"],
                            "source": path.stem, "published": day.isoformat()})
    return records


def build_corpus(path: Path, nlp) -> Path:
    """The README's demo database: the seed dispatch plus every annotated article (at least 50)."""
    db = open_db(str(path))
    corpus = [Article(SEED.stem, SEED.read_text(encoding="utf-8"))]
    corpus += [Article(r["id"], r["text"], title=r["title"], source=r["source"], published=r["published"]) for r in annotated_articles()]
    ingest(db, corpus, nlp)
    db.close()
    return path


def visible(markup: str) -> str:
    """The text a reader sees: no style, script, tags or attributes."""
    markup = re.sub(r"<(style|script)\b.*?</\1>", "", markup, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup)))  # no-break spaces become spaces


def assert_reads_like_a_page(text: str):
    seen = visible(text)
    assert not re.search(r"\bNone\b", seen), re.search(r".{60}\bNone\b.{60}", seen)
    assert not re.search(r'\[\s*"|\[\]', seen), re.search(r'.{60}(\[\s*"|\[\]).{60}', seen)
    assert not re.search(r"\b(?:people|articles|quotes): (?:\d+|[^:\s]+(?::\d+-\d+)?)(?=\s|$)(?! rows?\b)", seen)  # « table: id » titles


_corpus: dict[str, Path] = {}


def corpus(tmp_path_factory, nlp) -> Path:
    """build_corpus once per test session, shared by the test modules."""
    if "path" not in _corpus:
        _corpus["path"] = build_corpus(tmp_path_factory.mktemp("corpus") / "quotes.db", nlp)
    return _corpus["path"]


if __name__ == "__main__":  # the annotated sets as JSON lines, for `quotes ingest -` (README, "Browsing the quotes")
    for record in annotated_articles():
        print(json.dumps(record, ensure_ascii=False))
