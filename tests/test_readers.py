"""Reading articles from bad input: every problem is one InputError line naming the file (and line)."""
import json

import pytest

import os
import subprocess
import sys
import unicodedata

from quotes.articles import MAX_ARTICLE_CHARS, MAX_HTML_BYTES, InputError
from quotes.readers import READERS, read_articles

QUOTE = "Le maire a déclaré : « Nous tiendrons bon », a-t-il ajouté.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"


def read_all(*paths):
    """(articles, error lines, warning lines) of reading `paths` the way the CLI does."""
    errors, warnings = [], []
    articles = list(read_articles([str(p) for p in paths], on_error=lambda e: errors.append(str(e)), on_warning=warnings.append))
    return articles, errors, warnings


def one_error(path) -> str:
    with pytest.raises(InputError) as raised:
        list(read_articles([str(path)]))
    message = str(raised.value)
    assert "\n" not in message and str(path) in message
    return message


def test_missing_path(tmp_path):
    assert "no such file or directory" in one_error(tmp_path / "nope.txt")


def test_missing_path_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text(QUOTE, encoding="utf-8")
    articles, errors, _ = read_all(tmp_path / "nope.txt", tmp_path / "good.txt")
    assert [a.id for a in articles] == ["good"]
    assert errors == [f"{tmp_path / 'nope.txt'}: no such file or directory"]


def test_folder_with_a_png_and_a_pdf_reads_the_articles_and_warns_once(tmp_path):
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(PNG)
    (tmp_path / "dossier.pdf").write_bytes(PDF)
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(QUOTE, encoding="utf-8")
    articles, errors, warnings = read_all(tmp_path)
    assert [a.id for a in articles] == ["a", "sub/b"]
    assert errors == []
    assert warnings == [f"{tmp_path}: skipped 2 file(s) that are not .txt, .jsonl, .html or .warc (dossier.pdf, photo.png)"]


@pytest.mark.parametrize("name, data", [("photo.png", PNG), ("dossier.pdf", PDF), ("notes", b"texte")])
def test_a_file_that_is_not_an_article_named_explicitly(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert "not an article file" in one_error(path)


def test_binary_content_in_a_txt_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG)
    assert one_error(path) == f"{path}: binary file, not text"


def test_windows_1252_is_refused_with_the_line_and_the_fix(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Titre\nLe ministre a déclaré : « Non ».\n".encode("cp1252"))
    message = one_error(path)
    assert message.startswith(f"{path}:2: not UTF-8 text (byte 0xe9 at column 16)")
    assert "iconv -f WINDOWS-1252 -t UTF-8" in message


def test_utf16_is_refused(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(QUOTE.encode("utf-16"))
    assert "UTF-16" in one_error(path)


def test_utf8_with_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + QUOTE.replace("\n", "\r\n").encode("utf-8") * 2)
    [article] = read_articles([str(path)])
    assert article.text == QUOTE * 2


@pytest.mark.parametrize("content", ["", "   \n\t\n\u00a0\n"], ids=["empty", "whitespace"])
def test_empty_and_whitespace_only_articles(tmp_path, content):
    path = tmp_path / "vide.txt"
    path.write_text(content, encoding="utf-8")
    assert one_error(path) == f"{path}: empty article"


def test_a_50_mb_article_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: no need to write 50 MB
    assert one_error(path) == f"{path}: article too long (52,428,800 bytes; the limit is 200,000 characters); split it"


def test_an_article_just_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("é" * (MAX_ARTICLE_CHARS + 1), encoding="utf-8")
    assert "article too long (200,001 characters; the limit is 200,000)" in one_error(path)


def test_jsonl_of_10000_lines_reports_the_bad_lines_and_reads_the_others(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"a{n}", "text": f"Article {n}. {QUOTE}"}, ensure_ascii=False) for n in range(10_000)]
    lines[1233] = '{"id": "a1233", "text": "coupé'  # line 1234: malformed
    lines[6788] = json.dumps({"id": "a6788", "title": "Sans texte"})  # line 6789: no text
    lines[9998] = json.dumps({"id": "a9998", "text": "Le maire a déclaré : « Non »."}, ensure_ascii=False)
    data = "\n".join(lines).encode("utf-8") + b"\n\n"
    data = data.replace("« Non »".encode("utf-8"), "« Non »".encode("cp1252"))  # line 9999: Windows-1252
    path.write_bytes(b"\xef\xbb\xbf" + data)
    articles, errors, _ = read_all(path)
    assert len(articles) == 9_997 and articles[0].id == "a0"
    assert len({a.id for a in articles}) == 9_997
    assert errors == [
        f"{path}:1234: malformed JSON (Unterminated string starting at column 25)",
        f"{path}:6789: missing \"text\"",
        f"{path}:9999: not UTF-8 text (byte 0xab at column 47); if it is Windows-1252 or Latin-1, "
        "convert it with iconv -f WINDOWS-1252 -t UTF-8",
    ]


@pytest.mark.parametrize(
    "line, problem",
    [
        ("[1, 2]", "expected a JSON object"),
        ('{"text": "« Oui »"}', 'missing "id"'),
        ('{"id": "x", "text": "   "}', "empty article"),
        ('{"id": "x", "text": "\\u200b \\ufeff\\u2060"}', "empty article"),
        ('{"id": "x"}', 'missing "text"'),
        ('{"id": "x", "text": 12}', '"text" is a number, not a string'),
        ('{"id": "x", "text": "« Oui »", "title": {"nested": true}}', '"title" is an object, not a string'),
        ('{"id": "x", "text": "« Oui »", "source": ["AFP"]}', '"source" is an array, not a string'),
        ('{"id": true, "text": "« Oui »"}', '"id" is a boolean, not a string'),
        ('{"id": 1.5, "text": "« Oui »"}', '"id" is a number, not a string'),
    ],
)
def test_bad_json_lines(tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert one_error(path) == f"{path}:1: {problem}"


def test_html_file_gives_its_main_text_with_the_title_first(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Le maire\n répond</title><style>p { color: red }</style>"
        "<script>var x = '« piège »';</script></head><body><nav><a href='/'>Accueil</a></nav>"
        "<p>Le maire a déclaré&nbsp;: « Nous <b>tiendrons</b> bon &amp; fort\u00a0»,<br> a-t-il ajouté.</p>"
        "<p>Deuxième paragraphe.</p></body></html>",
        encoding="utf-8",
    )
    [article] = read_articles([str(path)])
    assert article.id == "page" and article.title == "Le maire répond"
    assert article.text == (
        "Le maire répond\n\nLe maire a déclaré\u00a0: « Nous tiendrons bon & fort\u00a0», a-t-il ajouté.\n\nDeuxième paragraphe."
    )
    assert article.body_start == len("Le maire répond\n\n")


def test_html_without_text_is_an_empty_article(tmp_path):
    path = tmp_path / "vide.htm"
    path.write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    assert one_error(path) == f"{path}: empty article (no main text found)"


def test_broken_html_does_not_raise(tmp_path):
    path = tmp_path / "casse.html"
    path.write_text("<html><body><p>Il a dit : « <i>non</p></b> », puis il est parti.<div</body></html>", encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.text == "Il a dit : « non\n\n», puis il est parti."


def test_markup_in_a_txt_file_is_kept_as_text(tmp_path):
    path = tmp_path / "balises.txt"
    path.write_text("Il a dit : « <b>non</b> ».", encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.text == "Il a dit : « <b>non</b> »."


# Ids: unique and stable, a collision is an error naming both sources, never an overwrite.


def test_ids_in_a_folder_are_paths_relative_to_it_and_a_file_named_directly_keeps_its_stem(tmp_path):
    for month in ("01", "02"):
        (tmp_path / "2024" / month).mkdir(parents=True)
        (tmp_path / "2024" / month / "article.txt").write_text(f"{QUOTE} ({month})", encoding="utf-8")
    for site in ("a", "b"):
        (tmp_path / "site" / site).mkdir(parents=True)
        (tmp_path / "site" / site / "index.html").write_text(f"<html><body><p>{QUOTE} {site}</p></body></html>", encoding="utf-8")
    articles, errors, _ = read_all(tmp_path / "2024", tmp_path / "site", tmp_path / "2024" / "01" / "article.txt")
    assert [a.id for a in articles] == ["01/article", "02/article", "a/index", "b/index", "article"]
    assert errors == []


def test_a_second_article_with_the_same_id_is_an_error_naming_both_sources_and_is_not_read(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"id": 1, "text": "premier"}\n{"id": "2", "text": "deuxième"}\n{"id": "1", "text": "troisième"}\n', encoding="utf-8"
    )
    (tmp_path / "2.txt").write_text("quatrième", encoding="utf-8")
    articles, errors, _ = read_all(path, tmp_path / "2.txt")
    assert [(a.id, a.text) for a in articles] == [("1", "premier"), ("2", "deuxième")]
    assert errors == [
        f"{path}:3: id '1' already read from {path}:1; not stored",
        f"{tmp_path / '2.txt'}: id '2' already read from {path}:2; not stored",
    ]


# Files that are not regular files: read nothing, block never.


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "tube.txt"
    os.mkfifo(fifo)
    code = f"from quotes.readers import read_articles; list(read_articles([{str(fifo)!r}]))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert f"InputError: {fifo}: not a regular file (a FIFO, a device or a socket); quotes reads files" in result.stderr


def test_a_fifo_in_a_jsonl_name_is_refused_too(tmp_path):
    fifo = tmp_path / "tube.jsonl"
    os.mkfifo(fifo)
    assert one_error(fifo) == f"{fifo}: not a regular file (a FIFO, a device or a socket); quotes reads files"


def test_dev_zero_is_refused():
    assert "not an article file (no suffix)" in one_error("/dev/zero")


def test_readers_by_suffix():
    assert set(READERS) == {".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz"}


# Unicode forms: the same words in NFC and NFD are the same article text; zero-width characters are removed.


def test_nfd_text_title_and_id_are_read_as_nfc(tmp_path):
    nfd = "Le ministre a déclaré : « Élisabeth a raison »."
    decomposed = unicodedata.normalize("NFD", nfd)
    assert decomposed != nfd
    (tmp_path / unicodedata.normalize("NFD", "Été.txt")).write_text(decomposed, encoding="utf-8")
    line = json.dumps({"id": "n", "text": decomposed, "title": decomposed})
    (tmp_path / "corpus.jsonl").write_text(line + "\n", encoding="utf-8")
    articles, errors, _ = read_all(tmp_path)
    assert errors == []
    assert [(a.id, a.text, a.title) for a in articles] == [("Été", nfd, None), ("n", nfd, nfd)]


def test_zero_width_characters_do_not_split_names(tmp_path):
    path = tmp_path / "zw.txt"
    path.write_text("Ma\u200brie Du\u200cpont\u2060 a dit\u200d : « Oui\ufeff ».", encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.text == "Marie Dupont a dit : « Oui »."


def test_an_article_of_zero_width_characters_and_spaces_is_empty(tmp_path):
    path = tmp_path / "zw.txt"
    path.write_text("\u200b \u200c\n\u200d\u2060\ufeff", encoding="utf-8")
    assert one_error(path) == f"{path}: empty article"


# Size: the visible text of an HTML page is limited, not its markup; reading stops at MAX_HTML_BYTES.


def test_a_large_html_page_with_a_short_text_is_read(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><script>{'x' * 1_000_000}</script><p>{QUOTE}</p></html>", encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.text == QUOTE.strip()


def test_an_html_page_over_the_read_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "page.html"
    with open(path, "wb") as file:
        file.truncate(MAX_HTML_BYTES + 1)
    assert one_error(path) == f"{path}: article too long (20,000,001 bytes; the limit is 20,000,000 bytes for an HTML file); split it"


def test_an_html_page_whose_text_is_too_long_is_refused(tmp_path):
    path = tmp_path / "page.html"
    sentence = "Le maire a dit que la séance était levée pour la nuit. "
    path.write_text("<html><body><p>" + sentence * (MAX_ARTICLE_CHARS // len(sentence) + 1) + "</p></body></html>", encoding="utf-8")
    assert "article too long" in one_error(path) and "the limit is 200,000)" in one_error(path)
