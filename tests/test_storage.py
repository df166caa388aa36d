"""Storage under failure and concurrency: an article is stored with all its quotes or not at all, a second
writer waits for the first, readers are never blocked (WAL)."""
import sqlite3
import threading
import time

import pytest

import quotes.storage
from quotes.articles import Article
from quotes.pipeline import extract
from quotes.storage import open_db, save_extractions

TEXT = "Le maire Jean Dupont a déclaré mardi : « Nous tiendrons bon », a-t-il ajouté. « Rien n’est joué », a dit Marie Durand."


def counts(db) -> dict[str, int]:
    return {table: db[table].count for table in ("articles", "quotes", "mentions", "people")}


def assert_consistent(db) -> None:
    assert db.execute("pragma integrity_check").fetchall() == [("ok",)]
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("select count(*) from quotes where article not in (select id from articles)").fetchone() == (0,)
    assert db.execute(
        """select count(*) from people where quote_count != (select count(*) from quotes where speaker = people.id)
             or about_count != (select count(*) from quotes where about = people.id)
             or article_count != (select count(distinct article) from mentions where person = people.id)
             or article_count = 0"""
    ).fetchone() == (0,)


@pytest.fixture
def extraction(nlp):
    return extract(Article("a1", TEXT), nlp)


def test_an_article_is_stored_with_all_its_quotes_or_not_at_all(tmp_path, extraction, monkeypatch):
    db = open_db(str(tmp_path / "q.db"))

    def crash(db, old, new):
        raise RuntimeError("killed after the quotes were written")

    with monkeypatch.context() as patch:
        patch.setattr(quotes.storage, "_move_counts", crash)
        with pytest.raises(RuntimeError):
            save_extractions(db, [extraction])
    assert counts(db) == {"articles": 0, "quotes": 0, "mentions": 0, "people": 0}
    assert not db.conn.in_transaction
    assert save_extractions(db, [extraction]) == {"articles": 1, "quotes": len(extraction.quotes), "skipped": 0}
    assert save_extractions(db, [extraction])["skipped"] == 1
    assert_consistent(db)


def test_a_failed_update_keeps_the_previous_version(tmp_path, nlp, extraction, monkeypatch):
    db = open_db(str(tmp_path / "q.db"))
    save_extractions(db, [extraction])
    before = counts(db)
    newer = extract(Article("a1", TEXT.replace("mardi", "mercredi")), nlp)
    monkeypatch.setattr(quotes.storage, "_move_counts", lambda db, old, new: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        save_extractions(db, [newer])
    assert counts(db) == before
    assert db.execute("select text from articles").fetchone() == (TEXT,)


def test_a_second_writer_waits_for_the_first(tmp_path, extraction):
    path = str(tmp_path / "q.db")
    db = open_db(path)
    holding = threading.Event()

    def hold_the_write_lock():
        other = sqlite3.connect(path)
        other.execute("begin immediate")
        other.execute("insert into articles (id, text) values ('other', 'x')")
        holding.set()
        time.sleep(1)
        other.commit()
        other.close()

    thread = threading.Thread(target=hold_the_write_lock)
    thread.start()
    holding.wait()
    started = time.perf_counter()
    assert save_extractions(db, [extraction])["articles"] == 1
    assert time.perf_counter() - started > 0.5
    thread.join()
    assert sorted(row[0] for row in db.execute("select id from articles")) == ["a1", "other"]
    assert_consistent(db)


def test_readers_are_not_blocked_by_a_writer(tmp_path, extraction):
    path = str(tmp_path / "q.db")
    save_extractions(open_db(path), [extraction])
    writer = sqlite3.connect(path)
    writer.execute("begin immediate")
    writer.execute("delete from quotes")
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0)
    assert reader.execute("select count(*) from quotes").fetchone()[0] == len(extraction.quotes)
    writer.rollback()


def test_many_first_opens_at_once(tmp_path):
    path = str(tmp_path / "q.db")
    errors = []

    def first_open():
        try:
            open_db(path).close()
        except Exception as error:  # noqa: BLE001 - the test reports whatever went wrong
            errors.append(error)

    threads = [threading.Thread(target=first_open) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    db = open_db(path)
    assert {"articles", "quotes", "people", "mentions", "quotes_fts"} <= set(db.table_names())
    assert db.journal_mode == "wal"
    assert_consistent(db)


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        open_db(str(path))


def other_application_db(path, schema: str) -> bytes:
    conn = sqlite3.connect(path)
    conn.executescript(schema)
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "schema, problem",
    [
        ("create table users (id integer primary key, name text); create table orders (id integer, total real);",
         "it has tables (orders, users) but no 'articles' table"),
        ("create table articles (id integer primary key, body text);", "its 'articles' table has no sha256, text column"),
        ("create table articles (id text primary key, text text, sha256 text); create view quotes as select 1 as id;",
         "'quotes' is a view, not a table"),
    ],
    ids=["other-tables", "other-articles", "quotes-view"],
)
def test_another_applications_database_is_refused_before_anything_is_written(tmp_path, schema, problem):
    path = tmp_path / "other_app.db"
    before = other_application_db(path, schema)
    with pytest.raises(quotes.storage.NotAQuotesDatabase) as refused:
        open_db(str(path))
    assert str(refused.value) == problem
    assert path.read_bytes() == before  # not even the journal mode
    assert not (tmp_path / "other_app.db-wal").exists()


def test_a_database_of_ours_with_a_table_of_someone_elses_is_ours(tmp_path):
    path = str(tmp_path / "q.db")
    open_db(path).execute("create table notes (id integer, text text)")
    assert "notes" in open_db(path).table_names()


def test_the_headlines_end_is_stored_with_the_article(tmp_path, nlp):
    from quotes.articles import Article
    from quotes.pipeline import extract
    from quotes.storage import open_db, save_extractions

    db = open_db(str(tmp_path / "q.db"))
    text = "Le maire lance le chantier\n\n« Nous commençons lundi », a déclaré Paul Girard."
    save_extractions(db, [extract(Article("a", text, title="Le maire lance le chantier", body_start=28), nlp)])
    row = db["articles"].get("a")
    assert row["body_start"] == 28 and row["text"][row["body_start"]:].startswith("« Nous")


def test_counts_follow_articles_replaced_and_people_no_one_speaks_of_are_dropped(tmp_path, nlp):
    db = open_db(str(tmp_path / "q.db"))
    dupont = "« Nous tiendrons bon », a déclaré le maire Jean Dupont. « Rien n’est joué », a-t-il ajouté."
    save_extractions(db, [extract(Article("a1", dupont), nlp), extract(Article("a2", dupont), nlp)])
    assert_consistent(db)
    assert db.execute("select quote_count, article_count from people where name = 'Jean Dupont'").fetchall() == [(4, 2)]
    save_extractions(db, [extract(Article("a2", dupont.replace("Jean Dupont", "Marie Durand").replace("-t-il", "-t-elle")), nlp)])
    assert_consistent(db)
    assert db.execute("select name, quote_count, article_count from people order by name").fetchall() == [
        ("Jean Dupont", 2, 1), ("Marie Durand", 2, 1)]
    save_extractions(db, [extract(Article("a1", "Un texte sans citation."), nlp)])
    assert_consistent(db)
    assert [name for (name,) in db.execute("select name from people")] == ["Marie Durand"]


def test_an_older_database_gets_each_quotes_date_outlet_and_speaker_name(tmp_path, nlp):
    path = str(tmp_path / "q.db")
    db = open_db(path)
    save_extractions(db, [extract(Article("a1", TEXT, published="2024-05-02", source="Le Courrier"), nlp)])
    db.execute("drop view quotes_view")  # the view and these indexes read the columns that older versions lacked
    for index in ("idx_quotes_speaker_published_source_about", "idx_quotes_published", "idx_quotes_source_speaker", "idx_quotes_speaker_name_published"):
        db.execute(f"drop index {index}")
    for column in ("published", "source", "speaker_name"):
        db.execute(f"alter table quotes drop column {column}")
    db.conn.commit()
    again = open_db(path)
    assert sorted(again.execute("select published, source, speaker_name from quotes").fetchall()) == [
        ("2024-05-02", "Le Courrier", "Jean Dupont"), ("2024-05-02", "Le Courrier", "Marie Durand")]
    assert again.execute("select count(*) from quotes_view where published = '2024-05-02' and speaker = 'Jean Dupont'").fetchone() == (1,)
