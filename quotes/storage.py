"""Storage: the SQLite database, declared in one place and written through sqlite-utils.

`ensure_db_shape` creates (or completes) every table, column, index, full-text index and view, and can run any
number of times. `save_extractions` stores a batch of articles in one transaction each: an article is written
with all its quotes and mentions, and the counts of the people it names, or not at all; an unchanged article
(same sha256) is skipped.

`people` holds one row per person or organisation across the whole database (but a generic noun with no name,
« le ministère », is one row per article: see GENERIC_NAME); `mentions` keeps every surface
form ("M. Kirby", "le porte-parole", "-t-il") that was resolved to a person, with its article and offsets, so a
wrong merge can be found and explained; `quotes_view` joins a quote with its speaker, target and article.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import regex
import sqlite_utils

from .articles import Article, sha256

if TYPE_CHECKING:  # the pipeline (and spaCy) is not needed to read or serve a database
    from .pipeline import Extraction

BUSY_TIMEOUT = 30.0  # seconds a second writer waits for the lock before it fails
FTS_TOKENIZE = "unicode61 remove_diacritics 2"  # "defense" finds "défense", "Etat" finds "État"

TABLES = {
    "articles": (
        {"id": str, "title": str, "url": str, "published": str, "source": str, "text": str, "body_start": int,
         "sha256": str, "ingested_at": str},
        {"pk": "id"},
    ),
    "people": (
        {"id": int, "name": str, "scope": str, "kind": str, "gender": str, "gender_evidence": str, "roles": str,
         "quote_count": int, "about_count": int, "article_count": int},
        {"pk": "id", "not_null": {"name"}, "defaults": {"scope": "", "quote_count": 0, "about_count": 0, "article_count": 0}},
    ),
    "mentions": (
        {"id": int, "article": str, "person": int, "text": str, "start": int, "end": int},
        {"pk": "id", "foreign_keys": [("article", "articles", "id"), ("person", "people", "id")]},
    ),
    "quotes": (
        {
            "id": str, "article": str, "start": int, "end": int, "text": str, "kind": str, "speaker": int,
            "speaker_mention": str, "speaker_start": int, "speaker_end": int, "verb": str, "about": int,
            "sieve": str, "confidence": float, "sentence": str, "published": str, "source": str, "speaker_name": str,
        },
        {"pk": "id", "foreign_keys": [("article", "articles", "id"), ("speaker", "people", "id"), ("about", "people", "id")]},
    ),
}

INDEXES = {
    "people": [["name"], ["name", "scope"]],
    "mentions": [["article"], ["person", "text", "article"]],  # a person's forms, counted from the index alone
    # each one lets a page of the browser read an index instead of a million rows: a person's quotes by date, whose
    # words they report, the shares by outlet and month (speaker, published, source, about); who reports theirs
    # (about, speaker); the facets and sorts of the quotes view (kind, verb, published, speaker_name, source); the
    # top speakers of each outlet (source, speaker)
    "quotes": [["article"], ["speaker", "published", "source", "about"], ["about", "speaker"], ["kind"], ["verb"],
               ["published"], ["source", "speaker"], ["speaker_name", "published"]],
    "articles": [["published"], ["source"], ["sha256"]],
}
UNIQUE_INDEXES = {"people": [["name", "scope"]]}  # a generic noun (« le ministère ») is one row per article
# The article's date and outlet and the speaker's name, copied into each quote: the quotes view sorts, counts and
# facets by them, which over a million quotes only indexes on the quotes themselves make fast (through joins, each
# facet read every row of the table: seconds). A name never changes: a person's row is found by it. The columns,
# when an older database gains them, are filled with these queries.
COPIED = {
    "quotes": {
        "published": "select published from articles where articles.id = quotes.article",
        "source": "select source from articles where articles.id = quotes.article",
        "speaker_name": "select name from people where people.id = quotes.speaker",
    }
}
FTS = {"quotes": ["text"], "articles": ["title"], "people": ["name"], "mentions": ["text"]}  # what search reads
CORE_COLUMNS = {"articles": {"id", "text", "sha256"}, "quotes": {"id", "article", "text"}}  # in every version

# Names and titles through scalar subqueries, not joins: SQLite drops the unused columns of a view, so a count
# or a facet over a million quotes reads one index (milliseconds) instead of every row joined (seconds).
QUOTES_VIEW = """
select
  quotes.id as id,
  quotes.text as quote,
  quotes.speaker_name as speaker,
  (select name from people where people.id = quotes.about) as about,
  quotes.source as source,
  quotes.published as published,
  (select coalesce(title, id) from articles where articles.id = quotes.article) as article_title,
  quotes.kind as kind,
  quotes.verb as verb,
  quotes.speaker as speaker_id,
  quotes.about as about_id,
  quotes.article as article
from quotes
"""
# One article may name « le ministère » without saying which: a lowercase noun phrase with no complement
# (« ministère », « la direction », « police judiciaire », not « ministère de la Santé » nor « ministère de la
# transition écologique ») is a person row of its own article only, never merged with another story's.
GENERIC_NAME = regex.compile(r"^(?:(?:le|la|les)\s+|l['’])?(?!.*(?:\b(?:de|du|des)\s|\bd['’]))[^\p{Lu}\d]+$")


class NotAQuotesDatabase(Exception):
    """The file is another application's SQLite database: nothing of ours is added to it."""


def open_db(path: str) -> sqlite_utils.Database:
    """The database at `path`, in WAL mode (readers are never blocked by an ingest), shaped for quotes.

    Raises NotAQuotesDatabase, before writing anything (not even the journal mode), if it is someone else's."""
    db = sqlite_utils.Database(path)
    db.execute(f"pragma busy_timeout = {int(BUSY_TIMEOUT * 1000)}")  # a second writer waits for the lock, then fails
    refuse_other_databases(db)
    _enable_wal(db)
    db.execute("pragma synchronous = normal")  # safe with WAL: a crash loses at most the last commits, never consistency
    db.execute("pragma foreign_keys = on")  # a no-op inside the transaction below
    db.execute("begin immediate")  # two ingests starting at once must not both create the tables
    try:
        ensure_db_shape(db)
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return db


def _enable_wal(db: sqlite_utils.Database, patience: float = BUSY_TIMEOUT) -> None:
    """Switch to WAL. The switch needs the file to itself, and SQLite reports « database is locked » at once,
    without waiting, while another process is opening the same new file: try again until `patience` runs out."""
    deadline = time.monotonic() + patience
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def refuse_other_databases(db: sqlite_utils.Database) -> None:
    """Raise NotAQuotesDatabase unless the database is empty or has our core tables, as tables."""
    kinds = dict(db.execute("select name, type from sqlite_master where type in ('table', 'view')").fetchall())
    if not kinds:
        return
    for name in TABLES:
        if kinds.get(name, "table") != "table":
            raise NotAQuotesDatabase(f"{name!r} is a {kinds[name]}, not a table")
    for name, columns in CORE_COLUMNS.items():
        if name not in kinds:
            others = ", ".join(sorted(kinds)[:4]) + (", …" if len(kinds) > 4 else "")
            raise NotAQuotesDatabase(f"it has tables ({others}) but no {name!r} table")
        missing = sorted(columns - set(db[name].columns_dict))
        if missing:
            raise NotAQuotesDatabase(f"its {name!r} table has no {', '.join(missing)} column")


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create every table, index, full-text index and view that is missing; safe to run again."""
    db.execute("pragma foreign_keys = on")
    for name, (columns, options) in TABLES.items():
        table = db[name].create(columns, if_not_exists=True, **options)
        for column, kind in columns.items():  # a database made by an older version gains the new columns
            if column not in table.columns_dict:
                table.add_column(column, kind, not_null_default=options.get("defaults", {}).get(column))
                if column in COPIED.get(name, {}):
                    db.execute(f"update [{name}] set [{column}] = ({COPIED[name][column]})")
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True, unique=columns in UNIQUE_INDEXES.get(name, []))
    _people_unique_by_scope(db)
    for table, columns in FTS.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, tokenize=FTS_TOKENIZE, create_triggers=True)
    db.create_view("quotes_view", QUOTES_VIEW, replace=True)


def stored_hashes(db: sqlite_utils.Database) -> dict[str, str]:
    """{article id: sha256} of every stored article, to skip unchanged articles before parsing them."""
    return dict(db.execute("select id, sha256 from articles").fetchall())


def is_unchanged(db: sqlite_utils.Database, article: Article) -> bool:
    rows = db.execute("select sha256 from articles where id = ?", [article.id]).fetchall()
    return bool(rows) and rows[0][0] == sha256(article)


def save_extractions(db: sqlite_utils.Database, extractions: Iterable[Extraction]) -> dict[str, int]:
    """Store a batch of extractions in one transaction, replacing older versions of their articles; an
    article already stored unchanged is skipped. Returns counts of what was stored."""
    counts = {"articles": 0, "quotes": 0, "skipped": 0}
    # One explicit transaction: sqlite-utils commits each write of its own otherwise (`with db.conn` is not
    # enough). IMMEDIATE takes the write lock first, so a concurrent ingest waits (busy_timeout) for it.
    db.execute("begin immediate")
    try:
        for extraction in extractions:
            if is_unchanged(db, extraction.article):
                counts["skipped"] += 1
                continue
            _replace_article(db, extraction)
            counts["articles"] += 1
            counts["quotes"] += len(extraction.quotes)
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return counts


def _replace_article(db: sqlite_utils.Database, extraction: Extraction) -> None:
    """Write one article with its people, mentions and quotes, and move the people's counts by the difference."""
    article = extraction.article
    old_counts = _article_counts(db, article.id)
    db.execute("delete from quotes where article = ?", [article.id])
    db.execute("delete from mentions where article = ?", [article.id])
    db["articles"].upsert(
        {
            "id": article.id, "title": article.title, "url": article.url, "published": article.published,
            "source": article.source, "text": article.text, "body_start": article.body_start, "sha256": sha256(article),
            "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        },
        pk="id",
    )
    ids = {id(entity): _person_id(db, entity, article.id) for entity in extraction.people}
    by_name = {entity.name: ids[id(entity)] for entity in extraction.people}
    db["mentions"].insert_all(
        {"article": article.id, "person": ids[id(m.entity)], "text": m.text, "start": m.start, "end": m.end}
        for m in extraction.mentions
    )
    db["quotes"].insert_all(quote_row(article, q, by_name.get(q.speaker), by_name.get(q.about)) for q in extraction.quotes)
    _move_counts(db, old_counts, _article_counts(db, article.id))


def quote_row(article: Article, quote, speaker: int | None, about: int | None) -> dict:
    """The row of a quote of `article`, with the ids of its speaker and of whom it is about."""
    return {
        "id": f"{article.id}:{quote.start}-{quote.end}", "article": article.id, "start": quote.start, "end": quote.end,
        "text": quote.text, "kind": quote.kind, "speaker": speaker, "speaker_mention": quote.speaker_mention,
        "speaker_start": quote.speaker_start, "speaker_end": quote.speaker_end, "verb": quote.verb, "about": about,
        "sieve": quote.sieve, "confidence": quote.confidence, "sentence": quote.sentence,
        "published": article.published, "source": article.source, "speaker_name": quote.speaker if speaker else None,
    }


def _people_unique_by_scope(db: sqlite_utils.Database) -> None:
    """A database made before `scope` has a unique index on the name alone: make it a plain one."""
    for index in db["people"].indexes:
        if index.unique and index.columns == ["name"]:
            db.execute(f"drop index [{index.name}]")
            db["people"].create_index(["name"], if_not_exists=True)


def _person_id(db: sqlite_utils.Database, entity, article: str) -> int:
    """The row of a person or organisation by name, created on first sight; roles seen are merged.

    A generic noun with no name (« le ministère », « la direction ») is keyed by its article (`scope`)."""
    scope = article if GENERIC_NAME.match(entity.name) else ""
    evidence = entity.gender_evidence if entity.gender else None
    rows = db.execute("select id, roles, gender from people where name = ? and scope = ?", [entity.name, scope]).fetchall()
    if not rows:
        return db["people"].insert(
            {"name": entity.name, "scope": scope, "kind": entity.kind, "gender": entity.gender, "gender_evidence": evidence,
             "roles": json.dumps(entity.roles, ensure_ascii=False)}
        ).last_pk
    person_id, roles, gender = rows[0]
    known = json.loads(roles or "[]")
    merged = known + [role for role in entity.roles if role not in known]
    if merged != known or (gender is None and entity.gender):
        update = {"roles": json.dumps(merged, ensure_ascii=False)}
        if gender is None and entity.gender:
            update.update(gender=entity.gender, gender_evidence=evidence)
        db["people"].update(person_id, update)
    return person_id


def _article_counts(db: sqlite_utils.Database, article: str) -> dict[int, tuple[int, int, int]]:
    """{person: (quotes said, quotes about them, 1 if mentioned)} in one article: its share of people's counts."""
    counts = {}
    for person, said, about, mentioned in db.execute(
        """select person, sum(said), sum(about), max(mentioned) from (
             select speaker as person, 1 as said, 0 as about, 0 as mentioned from quotes where article = :a and speaker is not null
             union all select about, 0, 1, 0 from quotes where article = :a and about is not null
             union all select person, 0, 0, 1 from mentions where article = :a
           ) group by person""",
        {"a": article},
    ):
        counts[person] = (said, about, mentioned)
    return counts


def _move_counts(db: sqlite_utils.Database, old: dict, new: dict) -> None:
    """Add an article's new share of people's counts and take its old share away, then drop the people no
    article speaks of any more. Only this article's rows are read: a person quoted 100,000 times costs no more
    than one quoted once (counting their quotes again took an ingest of a million quotes hours)."""
    for person in old.keys() | new.keys():
        before, after = old.get(person, (0, 0, 0)), new.get(person, (0, 0, 0))
        if before != after:
            said, about, mentioned = (a - b for a, b in zip(after, before))
            db.execute(
                "update people set quote_count = quote_count + ?, about_count = about_count + ?, "
                "article_count = article_count + ? where id = ?", [said, about, mentioned, person])
    gone = [person for person in old if person not in new]
    if gone:
        db.execute(
            f"delete from people where id in ({','.join('?' * len(gone))}) and quote_count = 0 and about_count = 0 and article_count = 0",
            gone)
