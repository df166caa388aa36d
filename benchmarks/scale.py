"""The browser and `ingest --extracted` at a million quotes, on a generated database.

    .venv/bin/python benchmarks/scale.py                      # 1,000,000 quotes: ~15 min to generate, then pages
    .venv/bin/python benchmarks/scale.py --quotes 100000      # a smaller one
    .venv/bin/python benchmarks/scale.py --ingest             # + ingest --extracted at two sizes (throughput, peak RSS)

The database is generated without spaCy: articles, people, mentions and quotes drawn from realistic
distributions — about 5 quotes an article, speakers by a Zipf law over 50,000 people and organisations (the most
quoted has about 9 % of the quotes), 50 outlets by a Zipf law too, dates over three years, quote and article words
drawn from the annotated sets' vocabulary at their frequencies — and written with sqlite-utils bulk inserts into
the tables of `storage.TABLES` (rows of `storage.quote_row`), then shaped by `storage.ensure_db_shape` (indexes,
full-text indexes, view), as `quotes ingest` would have left it. The same generator writes `Extraction.to_json`
records for `ingest --extracted`.

Pages are timed in process with Datasette's test client (the app `quotes serve` runs), medians of `--repeat`
loads after one warm-up; every page must answer 200 (a timed-out facet or query fails the run).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.articles import Article  # noqa: E402
from quotes.pipeline import Quote  # noqa: E402
from quotes.publish import datasette_app  # noqa: E402
from quotes.articles import sha256  # noqa: E402
from quotes.storage import TABLES, ensure_db_shape, quote_row  # noqa: E402

VOCABULARY_FILES = sorted((ROOT / "tests" / "data").glob("*.jsonl"))
FEMALE = "Amélie Anaïs Brigitte Camille Claire Élise Fanny Hélène Inès Julie Karima Laure Léa Leïla Manon Nadia Sophie Zoé".split()
MALE = "Antoine Bruno Cédric David Éric François Hugo Julien Karim Laurent Marc Mehdi Nicolas Olivier Pierre Thomas Yann".split()
SURNAMES = """Martin Bernard Dubois Durand Lefebvre Leroy Moreau Simon Laurent Michel Garcia Bertrand Roux Vincent Fournier
Morel Girard Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Perrin Morin
Clement Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Boyer Lemaire Duval Joly Roche Meyer Meunier Marchand Dufour
Blanchard Fabre Leclerc Barbier Martinez Schmitt Brun Colin Caron Renard Aubry Picard Benali Haddad Diallo Traoré Nguyen
Cohen Kaya Abadie Castaing Delacroix Ferrand Grimaud Jourdan Keller Lacoste Maillard Pasquier Raynaud Tessier Vidal""".split()
ORGANISATIONS = ["ministère de", "mairie de", "syndicat des", "préfecture de", "association des", "fédération de", "groupe"]
OUTLET_WORDS = ["Courrier", "Écho", "Dépêche", "Journal", "Gazette", "Nouvelles", "Quotidien", "Tribune", "Presse", "Matin"]
REGIONS = ["de l'Ouest", "du Centre", "de Bretagne", "du Nord", "de Provence", "d'Alsace", "du Soir"]
VERBS = "déclarer ajouter affirmer estimer expliquer assurer selon souligner préciser indiquer dire confier poursuivre lancer répondre".split()
KINDS = (["direct"] * 65) + (["indirect"] * 25) + (["term"] * 10)
PAGES_TARGET_MS = {"FTS search in quotes (JSON: the queries)": 50, "quotes view with its five facets": 1000, "person (most quoted)": 300,
                   "person (median)": 300}


@dataclass
class Person:
    name: str
    kind: str
    gender: str | None
    mention: str  # how an article names them after the first time
    roles: list[str] = field(default_factory=list)


def vocabulary() -> list[str]:
    """The words of the annotated sets, repeated as often as they occur: drawing from it gives their frequencies."""
    words = []
    for path in VOCABULARY_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words += re.findall(r"[\w'’-]+", json.loads(line).get("text", ""))
    return words


def make_people(count: int, rng: random.Random) -> list[Person]:
    """`count` distinct people (88 %) and organisations (12 %), in a random order (their rank in the Zipf law)."""
    people, seen = [], set()
    while len(people) < count:
        if rng.random() < 0.12:
            name = f"{rng.choice(ORGANISATIONS)} {rng.choice(SURNAMES)}-{rng.choice(SURNAMES)}"
            person = Person(name, "organisation", None, name.split()[0])
        else:
            female = rng.random() < 0.5
            surname = rng.choice(SURNAMES) + (f"-{rng.choice(SURNAMES)}" if rng.random() < 0.9 else "")
            name = f"{rng.choice(FEMALE if female else MALE)} {surname}"
            known = rng.random() < 0.85
            gender = ("f" if female else "m") if known else None
            person = Person(name, "person", gender, (("Mme " if female else "M. ") if known else "") + surname, ["porte-parole"])
        if person.name not in seen:
            seen.add(person.name)
            people.append(person)
    return people


def zipf_weights(count: int, exponent: float = 1.0) -> list[float]:
    """Cumulative weights of a Zipf law over `count` ranks, for random.choices(cum_weights=…)."""
    total, cumulative = 0.0, []
    for rank in range(1, count + 1):
        total += 1 / rank**exponent
        cumulative.append(total)
    return cumulative


class Generator:
    """Articles with their quotes, people and mentions, drawn from the distributions of the module docstring."""

    def __init__(self, articles: int, seed: int = 1):
        self.rng = random.Random(seed)
        self.words = vocabulary()
        self.articles = articles
        self.people = make_people(max(1000, articles // 4), self.rng)
        self.speaker_weights = zipf_weights(len(self.people))
        self.outlets = [f"{a} {w} {r}" for a in ("Le", "La") for w in OUTLET_WORDS for r in REGIONS][:50]
        self.outlet_weights = zipf_weights(len(self.outlets), 0.8)
        self.start = datetime(2023, 1, 1)

    def sentence(self, low: int, high: int) -> str:
        words = self.rng.choices(self.words, k=self.rng.randint(low, high))
        return " ".join(words).capitalize()

    def extraction(self, number: int) -> dict:
        """One article as an `Extraction.to_json` record."""
        rng = self.rng
        published = (self.start + timedelta(seconds=rng.randrange(3 * 365 * 86400))).isoformat(timespec="seconds")
        source = rng.choices(self.outlets, cum_weights=self.outlet_weights)[0]
        title = self.sentence(6, 12)
        text, quotes, mentions, people = title + "\n\n", [], [], {}
        for _ in range(rng.choice([1, 2, 3, 4, 5, 5, 6, 7, 8, 9])):  # 5 on average
            text += self.sentence(15, 40) + ". "
            speaker = rng.choices(self.people, cum_weights=self.speaker_weights)[0] if rng.random() < 0.88 else None
            kind = rng.choice(KINDS)
            said = self.sentence(6, 30)
            mention = speaker and (speaker.mention if speaker.name in people else speaker.name)
            cue = f", a déclaré {mention}" if mention else ", a-t-on appris"
            sentence_start = len(text)
            start = sentence_start + 2
            text += f"« {said} »{cue}.\n\n"
            quote = {"text": said, "start": start, "end": start + len(said), "kind": kind, "speaker": None,
                     "speaker_kind": None, "speaker_mention": None, "speaker_start": None, "speaker_end": None,
                     "verb": rng.choice(VERBS), "about": None, "confidence": round(rng.random(), 3), "sieve": "incise",
                     "sentence": text[sentence_start:].strip()}
            if speaker is not None and kind != "term":
                people.setdefault(speaker.name, speaker)
                at = text.rindex(mention)
                quote.update(speaker=speaker.name, speaker_kind=speaker.kind, speaker_mention=mention,
                             speaker_start=at, speaker_end=at + len(mention))
                mentions.append({"person": list(people).index(speaker.name), "text": mention, "start": at, "end": at + len(mention)})
                if rng.random() < 0.04:  # whose words the speaker reports
                    about = rng.choices(self.people, cum_weights=self.speaker_weights)[0]
                    if about is not speaker:
                        people.setdefault(about.name, about)
                        quote["about"] = about.name
                        mentions.append({"person": list(people).index(about.name), "text": about.name, "start": at, "end": at + len(mention)})
            quotes.append(quote)
        article = Article(f"https://{source.lower().replace(' ', '-')}.example/{number}", text.strip(), title,
                          f"https://{source.lower().replace(' ', '-')}.example/{number}", published, source)
        return {
            "article": {**article.__dict__, "sha256": sha256(article)},
            "quotes": quotes,
            "people": [{"name": p.name, "kind": p.kind, "gender": p.gender, "roles": p.roles,
                        "gender_evidence": {"f": "Mme", "m": "M."}.get(p.gender)} for p in people.values()],
            "mentions": mentions,
        }

    def extractions(self) -> Iterator[dict]:
        for number in range(self.articles):
            yield self.extraction(number)


def write_database(path: Path, records: Iterator[dict]) -> None:
    """The rows `save_extractions` would write, in bulk: people merged by name, counts computed once."""
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    for name, (columns, options) in TABLES.items():
        db[name].create(columns, **options)
    ids: dict[str, int] = {}
    counts: dict[int, list] = {}
    people_rows, buffers = [], {"articles": [], "mentions": [], "quotes": []}
    for record in records:
        article = Article(**{k: v for k, v in record["article"].items() if k != "sha256"})
        buffers["articles"].append({**record["article"], "ingested_at": "2026-01-01T00:00:00+00:00"})
        for person in record["people"]:
            if person["name"] not in ids:
                ids[person["name"]] = len(ids) + 1
                people_rows.append({"id": ids[person["name"]], "name": person["name"], "scope": "", "kind": person["kind"],
                                    "gender": person["gender"], "gender_evidence": person["gender_evidence"],
                                    "roles": json.dumps(person["roles"], ensure_ascii=False)})
                counts[ids[person["name"]]] = [0, 0, set()]
        for mention in record["mentions"]:
            person = ids[record["people"][mention["person"]]["name"]]
            counts[person][2].add(article.id)
            buffers["mentions"].append({"article": article.id, "person": person, **{k: mention[k] for k in ("text", "start", "end")}})
        for quote in record["quotes"]:
            speaker = ids.get(quote["speaker"])
            if speaker:
                counts[speaker][0] += 1
            if quote["about"]:
                counts[ids[quote["about"]]][1] += 1
            buffers["quotes"].append(quote_row(article, Quote(article.id, **quote), speaker, ids.get(quote["about"])))
        if len(buffers["quotes"]) > 20000:
            _flush(db, buffers)
    _flush(db, buffers)
    for row in people_rows:
        said, about, articles = counts[row["id"]]
        row.update(quote_count=said, about_count=about, article_count=len(articles))
    db["people"].insert_all(people_rows, batch_size=5000)
    ensure_db_shape(db)
    db.execute("vacuum")


def _flush(db: sqlite_utils.Database, buffers: dict[str, list]) -> None:
    with db.conn:
        for table, rows in buffers.items():
            db[table].insert_all(rows, batch_size=2000)
            rows.clear()


def pages(db: sqlite_utils.Database) -> dict[str, str]:
    most = db.execute("select id from people order by quote_count desc limit 1").fetchone()[0]
    median = db.execute("select id from people order by quote_count desc limit 1 offset (select count(*) / 2 from people)").fetchone()[0]
    article = db.execute("select article from quotes order by rowid limit 1").fetchone()[0]
    word = db.execute("select text from quotes order by rowid limit 1").fetchone()[0].split()[-1]
    name = db.execute(f"select name from people where id = {median}").fetchone()[0]
    tilde = lambda value: value.replace("~", "~7E").replace(":", "~3A").replace("/", "~2F").replace(".", "~2E")  # noqa: E731
    most_name = db.execute(f"select name from people where id = {most}").fetchone()[0]
    return {
        "home": "/",
        "quotes view with its five facets": "/quotes/quotes_view",
        "FTS search in quotes (JSON: the queries)": f"/quotes/quotes.json?_search={word}",
        "FTS search in quotes (the page)": f"/quotes/quotes?_search={word}",
        f"search « {word} » in the quotes view, with facets": f"/quotes/quotes_view?_search={word}",
        f"search « {name} » in the quotes view": f"/quotes/quotes_view?_search={name}",
        "search « gouvernement » in the quotes view": "/quotes/quotes_view?_search=gouvernement",
        "quotes view, the largest outlet (15 % of the quotes)": "/quotes/quotes_view?source=Le+Courrier+de+l%27Ouest",
        "quotes view, direct quotes (65 %)": "/quotes/quotes_view?kind=direct",
        "quotes view, the most quoted speaker": f"/quotes/quotes_view?speaker={most_name}",
        "person (most quoted)": f"/quotes/people/{most}",
        "person (median)": f"/quotes/people/{median}",
        "article": f"/quotes/articles/{tilde(article)}",
        "who gets quoted": "/who-gets-quoted",
        "people table": "/quotes/people",
        "quotes table (facets kind, sieve)": "/quotes/quotes",
        "mentions table": "/quotes/mentions",
        "quotes view sorted by speaker": "/quotes/quotes_view?_sort=speaker",
        "canned most_quoted, all dates": "/quotes/most_quoted?since=&until=",
        "canned women_share": "/quotes/women_share",
        "canned who_reports_whom": "/quotes/who_reports_whom?name=",
        "canned search_quotes « gouvernement »": "/quotes/search_quotes?term=gouvernement",
    }


async def time_pages(db_path: Path, repeat: int) -> None:
    """Print the median and slowest of `repeat` loads of each page of `pages`, and whether something timed out."""
    ds = datasette_app(str(db_path))
    print("| page | median ms | slowest ms | target |\n| --- | --- | --- | --- |", flush=True)
    for name, path in pages(sqlite_utils.Database(db_path)).items():
        times, timed_out = [], False
        for _ in range(repeat + 1):
            started = time.perf_counter()
            response = await ds.client.get(path)
            times.append(1000 * (time.perf_counter() - started))
            assert response.status_code in (200, 400), (path, response.status_code, response.text[:500])  # 400: a query timed out
            timed_out |= response.status_code != 200 or "timed out" in response.text.lower()
        median, slowest, target = statistics.median(times[1:]), max(times[1:]), PAGES_TARGET_MS.get(name)
        verdict = f"< {target} ms: {'met' if slowest < target and not timed_out else 'NOT met'}" if target else ""
        print(f"| {name} | {median:.0f} | {slowest:.0f} | {verdict}{' (TIMED OUT)' if timed_out else ''} |", flush=True)


def measure_ingest(records_path: Path, db_path: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `quotes ingest --extracted` in a fresh process."""
    db_path.unlink(missing_ok=True)
    started = time.perf_counter()
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec, so a child would report this process's peak
    command = [sys.executable, "-c", "import sys; from quotes.cli import cli\ntry: cli()\nfinally: "
               "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1], file=sys.stderr)",
               "ingest", "--extracted", "--db", str(db_path), str(records_path)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    return seconds, int(result.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/quotes-scale.db"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="time the pages of an existing --db")
    parser.add_argument("--ingest", action="store_true", help="also time ingest --extracted of 1/10 and all the quotes")
    args = parser.parse_args()
    articles = args.quotes // 5
    if not args.reuse:
        started = time.perf_counter()
        write_database(args.db, Generator(articles).extractions())
        print(f"generated in {time.perf_counter() - started:.0f} s", flush=True)
    db = sqlite_utils.Database(args.db)
    counts = {table: db.execute(f"select count(*) from {table}").fetchone()[0] for table in ("articles", "quotes", "people", "mentions")}
    size = args.db.stat().st_size / 1e6
    print(f"{args.db}: {counts}; {size:.0f} MB, {size * 1e6 / counts['quotes']:.0f} MB per million quotes; "
          f"load average {os.getloadavg()[0]:.1f}")
    asyncio.run(time_pages(args.db, args.repeat))
    if args.ingest:
        for share in (10, 1):
            records = args.db.with_suffix(f".{share}.jsonl")
            with open(records, "w", encoding="utf-8") as out:
                for record in Generator(articles // share, seed=2).extractions():
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            quotes = sum(len(json.loads(line)["quotes"]) for line in open(records, encoding="utf-8"))
            seconds, peak = measure_ingest(records, args.db.with_suffix(f".{share}.ingested.db"))
            print(f"ingest --extracted of {quotes:,} quotes ({articles // share:,} articles): {seconds:.0f} s, "
                  f"{quotes / seconds:,.0f} quotes/s, peak RSS {peak:.0f} MB")
            records.unlink()


if __name__ == "__main__":
    main()
