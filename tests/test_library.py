"""The library face: `import quotes` without spaCy, then extract, read and ingest as plain functions."""
import subprocess
import sys

import sqlite_utils

import quotes
from quotes.articles import Article


def test_importing_quotes_does_not_import_spacy():
    code = "import sys, quotes; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_extract_a_text(nlp):
    extraction = quotes.extract("« Nous tiendrons », a déclaré la maire, Anne Roux.")
    assert [(q.speaker, q.text) for q in extraction.quotes] == [("Anne Roux", "Nous tiendrons")]
    assert [p.name for p in extraction.people] == ["Anne Roux"]


def test_read_extract_and_ingest_a_folder(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "un.txt").write_text("« Il pleut », a dit Paul Roux.", encoding="utf-8")
    (folder / "deux.txt").write_text("Selon Anne Morel, « tout va bien ».", encoding="utf-8")
    articles = list(quotes.read_articles([str(folder)]))
    assert {a.text[:5] for a in articles} == {"« Il ", "Selon"}
    speakers = {q.speaker for e in quotes.extract_all(articles) for q in e.quotes}
    assert speakers == {"Paul Roux", "Anne Morel"}
    db_path = str(tmp_path / "q.db")
    assert quotes.ingest(db_path, articles)["quotes"] == 2
    assert quotes.ingest(sqlite_utils.Database(db_path), [Article("trois", "« Oui », a dit Léa Petit.")])["quotes"] == 1
    assert sqlite_utils.Database(db_path)["quotes"].count == 3
