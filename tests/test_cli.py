"""The `quotes` command on bad input (one line per problem, never a traceback) and serving read-only."""
import asyncio
import io
import json
import os
import sqlite3
import subprocess
import sys
import unicodedata

import pytest
from click.testing import CliRunner

from quotes.articles import Article
from quotes.cli import cli
from quotes.pipeline import extract
from quotes.publish import datasette_app
from quotes.storage import open_db, save_extractions

QUOTE = "Le maire Jean Dupont a déclaré mardi : « Nous tiendrons bon », a-t-il ajouté.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"


def run(*args, input=None):
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.output
    return result


def stored(db_path, sql):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def bad_inputs(tmp_path):
    """A folder and files with every kind of bad input next to good ones; returns (paths, expected errors)."""
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "bon.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "photo.png").write_bytes(PNG)
    (folder / "scan.pdf").write_bytes(PDF)
    (tmp_path / "latin.txt").write_bytes(QUOTE.encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + QUOTE.encode("utf-8"))
    (tmp_path / "vide.txt").write_text("", encoding="utf-8")
    (tmp_path / "blanc.txt").write_text(" \n\t\n", encoding="utf-8")
    with open(tmp_path / "enorme.txt", "wb") as huge:
        huge.truncate(50 * 1024 * 1024)
    (tmp_path / "page.html").write_text(f"<html><title>Page</title><body><p>{QUOTE}</p></body></html>", encoding="utf-8")
    (tmp_path / "boiteux.txt").write_text("« Bonjour, a dit Jean Dupont.\n\nIl a dit » non » et « oui.", encoding="utf-8")
    (tmp_path / "gigogne.txt").write_text("Jean Dupont a dit : " + "« " * 3000 + "oui" + " »" * 3000 + ".", encoding="utf-8")
    (tmp_path / "balises.txt").write_text(
        "Jean Dupont a déclaré : « Je dis <b>non</b> & <script>alert(1)</script> ».", encoding="utf-8"
    )
    lines = [json.dumps({"id": f"j{n}", "text": QUOTE.replace("mardi", f"le {n} mai")}, ensure_ascii=False) for n in range(1, 21)]
    lines[6] = '{"id": "j7", "text": "coupé'
    lines[11] = '{"id": "j12"}'
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    paths = [
        tmp_path / "absent.txt", folder, *(tmp_path / n for n in ["latin.txt", "bom.txt", "vide.txt", "blanc.txt"]),
        tmp_path / "enorme.txt", tmp_path / "page.html", tmp_path / "boiteux.txt", tmp_path / "gigogne.txt",
        tmp_path / "balises.txt", tmp_path / "corpus.jsonl", folder / "photo.png", folder / "scan.pdf",
    ]
    cp1252 = "if it is Windows-1252 or Latin-1, convert it with iconv -f WINDOWS-1252 -t UTF-8"
    expected = [
        f"Error: {tmp_path / 'absent.txt'}: no such file or directory",
        f"Warning: {folder}: skipped 2 file(s) that are not .txt, .jsonl, .html or .warc (photo.png, scan.pdf)",
        f"Error: {tmp_path / 'latin.txt'}:1: not UTF-8 text (byte 0xe9 at column 25); {cp1252}",
        f"Error: {tmp_path / 'vide.txt'}: empty article",
        f"Error: {tmp_path / 'blanc.txt'}: empty article",
        f"Error: {tmp_path / 'enorme.txt'}: article too long (52,428,800 bytes; the limit is 200,000 characters); split it",
        f"Error: {tmp_path / 'corpus.jsonl'}:7: malformed JSON (Unterminated string starting at column 22)",
        f"Error: {tmp_path / 'corpus.jsonl'}:12: missing \"text\"",
        f"Error: {folder / 'photo.png'}: not an article file (.png); quotes reads .txt, .jsonl, .html or .warc files",
        f"Error: {folder / 'scan.pdf'}: not an article file (.pdf); quotes reads .txt, .jsonl, .html or .warc files",
    ]
    return paths, expected


def test_ingest_reports_each_bad_input_on_one_line_and_stores_the_rest(nlp, tmp_path, bad_inputs):
    paths, expected = bad_inputs
    db_path = tmp_path / "quotes.db"
    result = run("ingest", "--db", db_path, "--processes", 1, *paths)
    assert result.exit_code == 1
    *lines, summary = result.stderr.splitlines()
    assert lines == expected
    assert summary.startswith("24 articles ingested, 0 unchanged skipped,") and summary.endswith("; 9 error(s) above")
    ids = {row[0] for row in stored(db_path, "select id from articles")}
    assert ids == {"bon", "bom", "page", "boiteux", "gigogne", "balises"} | {f"j{n}" for n in range(1, 21)} - {"j7", "j12"}
    assert stored(db_path, "select text from quotes where article = 'balises'") == [
        ("Je dis <b>non</b> & <script>alert(1)</script>",)
    ]
    assert ("Nous tiendrons bon",) in stored(db_path, "select text from quotes where article = 'page'")
    assert ("Bonjour, a dit Jean Dupont.",) in stored(db_path, "select text from quotes where article = 'boiteux'")
    assert stored(db_path, "select count(*) from quotes where article = 'gigogne'")[0][0] >= 1


def test_extract_reports_bad_inputs_the_same_way(nlp, tmp_path, bad_inputs):
    paths, expected = bad_inputs
    result = run("extract", *paths)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == expected
    assert "Nous tiendrons bon" in result.stdout


def test_missing_paths_only_stop_before_loading_the_model(tmp_path):
    result = run("ingest", "--db", tmp_path / "q.db", tmp_path / "a.txt", tmp_path / "b")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path / 'a.txt'}: no such file or directory", f"Error: {tmp_path / 'b'}: no such file or directory"
    ]


def test_stdin_with_a_bad_line(nlp, tmp_path):
    good = json.dumps({"id": "s1", "text": QUOTE}, ensure_ascii=False)
    result = run("ingest", "--db", tmp_path / "q.db", "-", input=f"{good}\nnot json\n")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "Error: <stdin>:2: malformed JSON (Expecting value at column 1)"
    assert stored(tmp_path / "q.db", "select id from articles") == [("s1",)]


@pytest.mark.parametrize("kind", ["directory", "png", "under-a-file"])
def test_a_database_path_that_cannot_be_a_database(tmp_path, kind):
    (tmp_path / "article.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(PNG)
    db_path = {"directory": tmp_path, "png": tmp_path / "photo.png", "under-a-file": tmp_path / "article.txt" / "q.db"}[kind]
    result = run("ingest", "--db", db_path, tmp_path / "article.txt")
    assert result.exit_code in (1, 2)
    last = result.stderr.splitlines()[-1]
    assert last in (
        f"Error: Invalid value for '--db': File '{tmp_path}' is a directory.",
        f"Error: {tmp_path / 'photo.png'}: cannot open the database (file is not a database)",
        f"Error: {db_path}: cannot open the database (File exists: {tmp_path / 'article.txt'})",
    )


def test_a_failing_extraction_is_reported_and_the_ingest_goes_on(nlp, tmp_path, monkeypatch):
    import quotes.pool

    real = quotes.pool.extract_doc

    def fragile(article, doc):
        if article.id == "b":
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, doc)

    monkeypatch.setattr(quotes.pool, "extract_doc", fragile)
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(QUOTE, encoding="utf-8")
    result = run("ingest", "--db", tmp_path / "q.db", "--processes", 1, *(tmp_path / f"{n}.txt" for n in "abc"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "Error: article 'b': extraction failed (RecursionError: maximum recursion depth exceeded); not stored"
    )
    assert stored(tmp_path / "q.db", "select id from articles order by id") == [("a",), ("c",)]


# Serving: the `serve` command is published read-only, bound to localhost, with a SQL time limit.


def test_serve_binds_localhost_unless_told_otherwise(tmp_path, monkeypatch):
    import quotes.publish

    calls = []
    monkeypatch.setattr(quotes.publish, "serve", lambda *args: calls.append(args))
    open_db(str(tmp_path / "q.db")).close()
    assert run("serve", "--db", tmp_path / "q.db").exit_code == 0
    assert run("serve", "--db", tmp_path / "q.db", "--host", "0.0.0.0").exit_code == 0
    assert [host for _, host, _ in calls] == ["127.0.0.1", "0.0.0.0"]


def test_serve_a_missing_database(tmp_path):
    result = run("serve", "--db", tmp_path / "absent.db")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'absent.db'}: no such database; run `quotes ingest` first"


@pytest.fixture
def served_db(nlp, tmp_path):
    db_path = str(tmp_path / "quotes.db")
    db = open_db(db_path)
    text = "Jean Dupont a déclaré : « Je dis <b>non</b> & <script>alert(1)</script> »."
    save_extractions(db, [extract(Article("balises", text), nlp), extract(Article("a", QUOTE), nlp)])
    db.close()
    return db_path


def get(db_path, path):
    return asyncio.run(datasette_app(db_path).client.get(path))


@pytest.mark.parametrize(
    "sql",
    ["delete from quotes", "update quotes set text = 'x'", "drop table quotes", "select 1; delete from quotes",
     "attach database 'other.db' as other"],
)
def test_a_write_through_the_sql_interface_is_refused(served_db, sql):
    before = stored(served_db, "select count(*) from quotes")
    response = get(served_db, "/quotes.json?" + __import__("urllib.parse").parse.urlencode({"sql": sql}))
    assert response.status_code in (400, 403)
    assert stored(served_db, "select count(*) from quotes") == before != [(0,)]


def test_a_long_query_is_stopped_by_the_time_limit(served_db):
    sql = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
    response = get(served_db, "/quotes.json?" + __import__("urllib.parse").parse.urlencode({"sql": sql}))
    assert response.status_code == 400
    assert "took too long" in response.text


def test_markup_in_a_quote_is_escaped_on_the_page(served_db):
    page = get(served_db, "/quotes/quotes").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page


# Losing nothing: ids, collisions and counts; another application's database; hangs and closed input.


def quotes_process(*args, **options) -> subprocess.CompletedProcess:
    """The real command in a subprocess, stopped by the test after 120 s if it hangs."""
    command = [sys.executable, "-m", "quotes", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **options)


def test_same_file_names_in_subfolders_and_duplicate_ids_lose_nothing_silently(nlp, tmp_path):
    for folder in ("2024/01", "2024/02", "site/a", "site/b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
    (tmp_path / "in/2024/01/article.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "in/2024/02/article.txt").write_text(QUOTE.replace("mardi", "mercredi"), encoding="utf-8")
    (tmp_path / "in/site/a/index.html").write_text(f"<html><body><p>{QUOTE}</p></body></html>", encoding="utf-8")
    (tmp_path / "in/site/b/index.html").write_text(f"<html><body><p>{QUOTE.replace('mardi', 'jeudi')}</p></body></html>", encoding="utf-8")
    corpus = tmp_path / "in" / "corpus.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": i, "text": QUOTE.replace("mardi", day)}) for i, day in [(1, "lundi"), ("1", "samedi")]) + "\n"
    )
    result = run("ingest", "--db", tmp_path / "q.db", "--processes", 1, tmp_path / "in")
    assert result.exit_code == 1
    *errors, summary = result.stderr.splitlines()
    assert errors == [f"Error: {corpus}:2: id '1' already read from {corpus}:1; not stored"]
    assert summary.startswith("5 articles ingested, 0 unchanged skipped, 5 quotes stored in")
    assert stored(tmp_path / "q.db", "select id from articles order by id") == [
        ("1",), ("2024/01/article",), ("2024/02/article",), ("site/a/index",), ("site/b/index",)
    ]
    assert stored(tmp_path / "q.db", "select text from articles where id = '1'")[0][0].count("lundi") == 1
    again = run("ingest", "--db", tmp_path / "q.db", "--processes", 1, tmp_path / "in")
    assert again.stderr.splitlines()[-1].startswith("0 articles ingested, 5 unchanged skipped, 0 quotes")


@pytest.mark.parametrize(
    "schema, problem",
    [
        ("create table users (id integer primary key, name text);", "it has tables (users) but no 'articles' table"),
        ("create table articles (id text primary key, text text, sha256 text); create view quotes as select 1 as id;",
         "'quotes' is a view, not a table"),
    ],
)
def test_ingest_into_another_applications_database_is_refused(tmp_path, schema, problem):
    db_path = tmp_path / "other_app.db"
    conn = sqlite3.connect(db_path)
    conn.executescript(schema)
    conn.close()
    before = db_path.read_bytes()
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    result = run("ingest", "--db", db_path, tmp_path / "a.txt")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Error: {db_path}: not a quotes database ({problem}); nothing was written to it"]
    assert db_path.read_bytes() == before


def test_a_fifo_named_as_an_article_does_not_block(tmp_path):
    fifo = tmp_path / "tube.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    result = quotes_process("ingest", "--db", tmp_path / "q.db", "--processes", 1, fifo, tmp_path / "a.txt")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"Error: {fifo}: not a regular file (a FIFO, a device or a socket); quotes reads files"
    assert stored(tmp_path / "q.db", "select id from articles") == [("a",)]


def test_a_long_run_of_quotation_marks_does_not_stall_the_ingest(tmp_path):
    path = tmp_path / "guillemets.txt"
    path.write_text(QUOTE + "«" * 100_000 + "\n\n" + QUOTE.replace("mardi", "mercredi"), encoding="utf-8")
    result = quotes_process("ingest", "--db", tmp_path / "q.db", "--processes", 1, path)
    assert result.returncode == 0, result.stderr
    assert ("Nous tiendrons bon",) in stored(tmp_path / "q.db", "select text from quotes")


def test_a_closed_standard_input_is_one_line(tmp_path):
    result = quotes_process("ingest", "--db", tmp_path / "q.db", "-", stdin=None, preexec_fn=lambda: os.close(0))
    assert result.returncode == 1
    error, summary = result.stderr.splitlines()
    assert error == "Error: <stdin>: standard input is closed"
    assert summary.startswith("0 articles ingested,")


# extract's output formats.


def test_extract_as_a_table_has_a_header_and_an_about_column(nlp, tmp_path):
    path = tmp_path / "austin.txt"
    path.write_text(
        "Le porte-parole du Pentagone, John Kirby, s'est exprimé mardi. L'une des choses souhaitées par Lloyd Austin "
        "« est de mieux comprendre la situation », a précisé M. Kirby.",
        encoding="utf-8",
    )
    lines = run("extract", "--format", "table", path).stdout.splitlines()
    assert lines[0] == "article\tkind\tspeaker\tabout\tverb\ttext"
    assert lines[1:] == ["austin\tdirect\tJohn Kirby\tLloyd Austin\tpréciser\test de mieux comprendre la situation"]


def test_extract_as_json_lines(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    [line] = run("extract", tmp_path / "a.txt").stdout.splitlines()
    assert json.loads(line) | {"speaker": "Jean Dupont", "text": "Nous tiendrons bon"} == json.loads(line)


def test_the_progress_line_counts_the_articles_read_without_a_made_up_total(monkeypatch):
    from quotes import cli as command

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with command._progress() as advance:
        advance(40)
        advance(38)
    assert terminal.getvalue() == "\rIngesting: 40 articles read\rIngesting: 78 articles read\n"


def test_an_article_in_nfd_gives_the_quotes_and_people_of_the_same_article_in_nfc(nlp, tmp_path):
    text = "Le ministre de l'Économie, Frédéric Lefèvre, a déclaré : « Élever les salaires est la priorité », a-t-il ajouté."
    (tmp_path / "nfc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    nfc, nfd = (run("extract", "--format", "table", tmp_path / f"{name}.txt").stdout for name in ("nfc", "nfd"))
    assert "Frédéric Lefèvre" in nfc
    assert nfd == nfc.replace("\tnfc\t", "\tnfd\t").replace("\nnfc\t", "\nnfd\t")


def test_a_clause_two_indirect_cues_end_is_ingested_once(tmp_path):
    article = tmp_path / "rentree.txt"
    article.write_text(
        "Plus de la moitié des collèges manquent de professeurs, selon le rectorat; en 2020, les établissements "
        "employaient 40 % de contractuels, dixit le ministère de l'Éducation nationale.\n",
        encoding="utf-8",
    )
    db = tmp_path / "q.db"
    result = run("ingest", "--db", db, "--processes", 1, article)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from quotes where article = 'rentree'").fetchone() == (1,)
