"""Ingest: nothing lost, nothing doubled — after a SIGKILL, with two ingests at once, with Datasette reading.

The slow tests run the real `quotes ingest` in subprocesses on a generated corpus of short French articles.
"""
import asyncio
import contextlib
import glob
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from quotes.articles import Article
from quotes.ingestion import ingest
from quotes.publish import datasette_app
from quotes.storage import open_db

FIRST = ["Marie", "Jean", "Sophie", "Pierre", "Camille", "Luc", "Claire", "Antoine", "Julie", "Nicolas", "Inès", "Karim"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Roux", "Benali"]
ROLES = ["maire de Lyon", "ministre de la Santé", "porte-parole du gouvernement", "présidente de la région", "secrétaire général du syndicat"]
TOPICS = ["la réforme des retraites", "le budget de la ville", "la sécurité routière", "l’hôpital public", "les transports"]
SAID = ["Nous ne céderons pas", "Il faut agir vite", "Ce projet est essentiel pour nos concitoyens", "Nous avons entendu la colère", "Rien n’est décidé"]
VERBS = ["a déclaré", "a affirmé", "a estimé", "a assuré"]


def french_article(n: int) -> dict:
    """A short article with two attributed quotes, varied by `n`."""
    name = f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]}"
    other = f"{FIRST[(n + 5) % len(FIRST)]} {LAST[(n + 3) % len(LAST)]}"
    text = (
        f"{name}, {ROLES[n % len(ROLES)]}, s’est exprimé le {n % 28 + 1} mai sur {TOPICS[n % len(TOPICS)]}. "
        f"« {SAID[n % len(SAID)]} », {VERBS[n % len(VERBS)]} {name} devant la presse.\n\n"
        f"« {SAID[(n + 2) % len(SAID)]} pour le dossier numéro {n} », a répondu {other}."
    )
    return {"id": f"art-{n:04d}", "title": f"Dépêche {n}", "text": text}


def write_corpus(path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps(french_article(n), ensure_ascii=False) + "\n")


def quotes_command(*args) -> list[str]:
    return [sys.executable, "-m", "quotes", *map(str, args)]


def start_ingest(corpus, db_path) -> subprocess.Popen:
    command = quotes_command("ingest", "--db", db_path, "--processes", 1, "--batch-size", 16, corpus)
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def read_only(db_path) -> sqlite3.Connection:
    """A reader like Datasette's: read-only, waiting up to 5 s (only ever needed while the file is created)."""
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)


def article_count(db_path) -> int:
    """The committed articles, 0 while the database is being created."""
    try:
        with read_only(db_path) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError as error:
        assert "locked" not in str(error)
        return 0


def assert_every_article_once_with_its_quotes(db_path, count: int) -> None:
    with sqlite3.connect(db_path) as conn:
        ids = [row[0] for row in conn.execute("select id from articles order by id")]
        assert ids == [f"art-{n:04d}" for n in range(count)]
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        assert conn.execute("select count(*) from quotes where article not in (select id from articles)").fetchone() == (0,)
        assert conn.execute("select count(*) from articles where id not in (select article from quotes)").fetchone() == (0,)
        assert conn.execute("select count(*) from quotes where kind = 'direct'").fetchone() == (2 * count,)
        assert conn.execute("select count(*) from mentions where article not in (select id from articles)").fetchone() == (0,)
        assert conn.execute(
            "select count(*) from people where quote_count != (select count(*) from quotes where speaker = people.id)"
        ).fetchone() == (0,)


def test_ingest_stores_each_article_once_and_skips_unchanged(nlp, tmp_path):
    db = open_db(str(tmp_path / "q.db"))
    articles = [Article(**french_article(n)) for n in range(20)]
    assert ingest(db, articles + articles[:5], nlp, batch_size=8)["articles"] == 20
    assert ingest(db, articles, nlp, batch_size=8) == {"articles": 0, "quotes": 0, "skipped": 20}
    assert_every_article_once_with_its_quotes(tmp_path / "q.db", 20)


def test_python_dash_m_quotes_runs_the_command():
    result = subprocess.run(quotes_command("--help"), capture_output=True, text=True, check=True)
    assert "ingest" in result.stdout


@pytest.mark.slow
def test_sigkill_in_the_middle_then_rerun_loses_nothing_and_doubles_nothing(tmp_path):
    corpus, db_path = tmp_path / "corpus.jsonl", tmp_path / "q.db"
    write_corpus(corpus, 1000)
    process = start_ingest(corpus, db_path)
    deadline = time.monotonic() + 120
    while article_count(db_path) < 150:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the ingest committed too few articles in two minutes"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = article_count(db_path)
    assert 150 <= killed_at < 1000

    rerun = subprocess.run(quotes_command("ingest", "--db", db_path, "--processes", 1, corpus), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    summary = rerun.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"{1000 - killed_at} articles ingested, {killed_at} unchanged skipped,")
    assert_every_article_once_with_its_quotes(db_path, 1000)


@pytest.mark.slow
def test_two_ingests_at_once_while_datasette_reads(tmp_path):
    corpus, db_path = tmp_path / "corpus.jsonl", tmp_path / "q.db"
    write_corpus(corpus, 150)
    first, second = start_ingest(corpus, db_path), start_ingest(corpus, db_path)  # both create the database
    while article_count(db_path) == 0:
        assert first.poll() is None or second.poll() is None
        time.sleep(0.05)

    datasette = datasette_app(str(db_path))
    reads, sql = 0, "select count(*) as n from quotes_view"

    async def read_until_done():
        nonlocal reads
        while first.poll() is None or second.poll() is None:
            response = await datasette.client.get("/quotes.json", params={"sql": sql, "_shape": "array"})
            assert response.status_code == 200, response.text
            with read_only(db_path) as conn:
                conn.execute("select count(*) from articles").fetchone()
            reads += 1
            await asyncio.sleep(0.02)

    asyncio.run(read_until_done())
    assert reads > 10
    for process in (first, second):
        _, stderr = process.communicate()
        assert "Traceback" not in stderr
        if process.returncode != 0:  # allowed, if it says why in one line
            assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("Error: "), stderr
    assert first.returncode == 0 or second.returncode == 0
    assert_every_article_once_with_its_quotes(db_path, 150)


# Hanging never: a dead worker, Ctrl-C and SIGTERM end the run in one line; running it again completes it.

STOPPED = "the articles stored so far are complete, run the same command again to store the rest"
CORPUS_SIZE = 400


def snapshot(db_path) -> dict[str, list]:
    """Everything an ingest stores, in an order that does not depend on when it was stored."""
    with sqlite3.connect(db_path) as conn:
        return {
            "articles": conn.execute("select id, sha256 from articles order by id").fetchall(),
            "quotes": conn.execute(
                "select quotes.id, quotes.text, quotes.kind, speaker.name, about.name, verb, sieve, confidence from quotes "
                "left join people speaker on speaker.id = quotes.speaker left join people about on about.id = quotes.about "
                "order by quotes.id"
            ).fetchall(),
            "people": conn.execute(
                "select name, kind, gender, roles, quote_count, about_count, article_count from people order by name"
            ).fetchall(),
            "mentions": conn.execute(
                "select article, name, text, start, end from mentions join people on people.id = person order by 1, 4, 5"
            ).fetchall(),
        }


@pytest.fixture(scope="module")
def corpus_and_clean_snapshot(tmp_path_factory) -> tuple:
    folder = tmp_path_factory.mktemp("clean")
    write_corpus(folder / "corpus.jsonl", CORPUS_SIZE)
    done = subprocess.run(quotes_command("ingest", "--db", folder / "q.db", folder / "corpus.jsonl"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return folder / "corpus.jsonl", snapshot(folder / "q.db")


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (the pool's workers)."""
    found = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = open(stat).read().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.split("/")[2]))
    return found


@pytest.fixture
def ingest_with_workers():
    """Starts a real ingest with two workers, in a session of its own (as a shell job is), and returns once it has
    stored a batch; whatever is left of it (a hung parent, orphaned workers) is killed after the test."""
    started = []

    def start(corpus, db_path) -> subprocess.Popen:
        command = quotes_command("ingest", "--db", db_path, "--processes", 2, "--batch-size", 8, corpus)
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_default_ctrl_c
        )
        started.append(process)
        deadline = time.monotonic() + 120
        while article_count(db_path) < 16:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
            time.sleep(0.05)
        assert len(children(process.pid)) == 2
        return process

    yield start
    for process in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _default_ctrl_c() -> None:
    """A shell's foreground job gets Ctrl-C; a test suite started in the background (`pytest &`) has it ignored,
    and its children inherit that: restore the default so that the ingest sees the interrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def assert_a_rerun_completes_it(corpus, db_path, clean) -> None:
    assert 16 <= article_count(db_path) < CORPUS_SIZE
    rerun = subprocess.run(quotes_command("ingest", "--db", db_path, corpus), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(db_path) == clean


@pytest.mark.slow
def test_a_killed_worker_ends_the_ingest_with_one_line(tmp_path, corpus_and_clean_snapshot, ingest_with_workers):
    corpus, clean = corpus_and_clean_snapshot
    process = ingest_with_workers(corpus, tmp_path / "q.db")
    os.kill(children(process.pid)[0], signal.SIGKILL)  # what the OOM killer does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.splitlines() == [f"Error: a worker process died (out of memory? killed?); {STOPPED}"]
    assert children(process.pid) == []
    assert_a_rerun_completes_it(corpus, tmp_path / "q.db", clean)


@pytest.mark.slow
@pytest.mark.parametrize(
    "signum, to_the_group, status, word",
    [(signal.SIGINT, True, 130, "interrupted"), (signal.SIGTERM, False, 143, "terminated"), (signal.SIGTERM, True, 143, "terminated")],
    ids=["ctrl-c", "sigterm", "sigterm-to-the-group"],
)
def test_ctrl_c_and_sigterm_end_the_ingest_with_one_line(
    tmp_path, corpus_and_clean_snapshot, ingest_with_workers, signum, to_the_group, status, word
):
    corpus, clean = corpus_and_clean_snapshot
    process = ingest_with_workers(corpus, tmp_path / "q.db")
    workers = children(process.pid)
    if to_the_group:  # as a terminal's Ctrl-C does: the parent and its workers all receive it
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == status
    assert stderr.splitlines() == [f"Error: {word}; {STOPPED}"]
    assert not any(os.path.exists(f"/proc/{pid}") for pid in workers)
    assert_a_rerun_completes_it(corpus, tmp_path / "q.db", clean)
