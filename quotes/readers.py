"""Reading articles: `.txt`, `.html` and `.jsonl` files, folders and JSON lines on stdin, by a registry of
readers by file suffix (`READERS`).

Every reader yields `Article`s or raises `InputError`. Bad input, besides what `articles` refuses:

* a path that does not exist, a file that is not `.txt`, `.jsonl`, `.html` or `.htm` (a PDF, an image…), or
  that is not a regular file (a FIFO or a device would block or never end); in a folder, files of other kinds
  are skipped with one warning line per folder;
* a JSON line that is malformed, not an object, without `text` or `id`, or with a field that is not a string
  (an integer `id` is read as its decimal string): that line is reported, the other lines of the file are read;
* two articles with the same id in one run: the second is reported with both sources and not read, since
  storing it would silently replace the first.

An article's id is the file's stem for a file named directly, and its path relative to the folder without the
suffix (`2024/01/article`) for a file found in a folder, so that `2024/01/article.txt` and `2024/02/article.txt`
stay two articles.

HTML files are read by `web.article_from_html` (trafilatura: main text and metadata, page furniture left out);
markup inside a `.txt` file or a JSON `text` is ordinary text and stored as it is. A `.txt` file may open with
front matter (`---`, `title:`, `date:`, `source:`, `url:`, `---`) or with a headline: a short first line without
a final full stop, followed by a blank line, is the title (and stays in the text, where it may hold a quote).
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import BinaryIO

import yaml

from .articles import (
    MAX_ARTICLE_CHARS, MAX_HTML_BYTES, Article, InputError, article_from_json, decode_text, headline, new_article,
    normalise, not_utf8,
)

MAX_TEXT_BYTES = 4 * MAX_ARTICLE_CHARS  # more characters than the limit whatever the encoding: not even read


FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)


FRONT_MATTER_FIELDS = {"title": "title", "date": "published", "source": "source", "url": "url"}



OnError = Callable[[InputError], None] | None


OnWarning = Callable[[str], None] | None


Located = tuple[str, Article]  # where an article was read ("file" or "file:line"), and the article


def read_articles(paths: list[str], on_error: OnError = None, on_warning: OnWarning = None) -> Iterator[Article]:
    """Yield the articles of every path in order: files, folders (recursively) or '-' for stdin.

    `on_error(InputError)` is called for a bad file or line and reading goes on with the next one;
    without it the first error is raised. `on_warning(message)` hears of files skipped in a folder.
    An article whose id was already read is an error, so that one run never stores two articles under one id.
    """
    first_read: dict[str, str] = {}
    for path in paths:
        try:
            for where, article in _read_path(path, on_error, on_warning):
                if article.id in first_read:
                    duplicate = f"{where}: id {article.id!r} already read from {first_read[article.id]}; not stored"
                    _report(InputError(duplicate), on_error)
                    continue
                first_read[article.id] = where
                yield article
        except InputError as error:
            _report(error, on_error)


def _report(error: InputError, on_error: OnError) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _read_path(path: str, on_error: OnError, on_warning: OnWarning) -> Iterator[Located]:
    if path == "-":
        if sys.stdin is None:  # started with standard input closed (`quotes ingest - <&-`)
            raise InputError("<stdin>: standard input is closed")
        yield from _read_jsonl_lines(sys.stdin.buffer, "<stdin>", on_error)
        return
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or directory")
    if p.is_dir():
        yield from _read_folder(p, on_error, on_warning)
    else:
        yield from _read_file(p, p.stem, on_error)


def _read_folder(folder: Path, on_error: OnError, on_warning: OnWarning) -> Iterator[Located]:
    """The article files under `folder`, hidden files and folders (.git, .DS_Store) left out; each one's id is
    its path relative to `folder` without the suffix, unique within the folder."""
    skipped = []
    for child in sorted(folder.rglob("*")):
        relative = child.relative_to(folder)
        if not child.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if suffix_of(child) not in READERS:
            skipped.append(child.name)
            continue
        try:
            yield from _read_file(child, relative.as_posix()[: -len(suffix_of(child))], on_error)
        except InputError as error:
            _report(error, on_error)
    if skipped and on_warning is not None:
        names = ", ".join(skipped[:3]) + (", …" if len(skipped) > 3 else "")
        on_warning(f"{folder}: skipped {len(skipped)} file(s) that are not {KNOWN} ({names})")


def _read_file(path: Path, article_id: str, on_error: OnError) -> Iterator[Located]:
    suffix = suffix_of(path)
    if suffix not in READERS:
        raise InputError(f"{path}: not an article file ({suffix or 'no suffix'}); quotes reads {KNOWN} files")
    try:
        with _open_regular_file(path) as file:
            yield from READERS[suffix](file, path, article_id, on_error)
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from None


def _open_regular_file(path: Path) -> BinaryIO:
    """The file open for reading, if it is a regular file: a FIFO would block and a device never end.

    It is opened without blocking (opening a FIFO waits for a writer otherwise) and checked once open, so a file
    replaced in between is checked too."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise InputError(f"{path}: not a regular file (a FIFO, a device or a socket); quotes reads files")
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def read_text_file(file: BinaryIO, path: Path, article_id: str, on_error: OnError) -> Iterator[Located]:
    """A `.txt` file is one article, its text as it is."""
    data = _read_at_most(file, path, MAX_TEXT_BYTES, f"{MAX_ARTICLE_CHARS:,} characters")
    text = decode_text(data, str(path))
    text, fields = front_matter(normalise(decode_text(data, str(path))), str(path))
    if "title" not in fields:
        fields["title"], fields["body_start"] = headline(text)
    yield str(path), new_article(str(path), id=article_id, text=text, **fields)


def read_html_file(file: BinaryIO, path: Path, article_id: str, on_error: OnError) -> Iterator[Located]:
    """An `.html` file is one article: its headline and main text, and its metadata (`web.article_from_html`)."""
    from .web import article_from_html  # imports trafilatura: only when there is a page to read

    data = _read_at_most(file, path, MAX_HTML_BYTES, f"{MAX_HTML_BYTES:,} bytes for an HTML file")
    article = article_from_html(normalise(decode_text(data, str(path))), str(path), fallback_id=article_id)
    yield str(path), new_article(str(path), **asdict(article))


def read_warc_file(file: BinaryIO, path: Path, article_id: str, on_error: OnError) -> Iterator[Located]:
    """A web archive (`.warc`, `.warc.gz`) holds pages, each an article under its canonical URL."""
    from .web import warc_stream_articles  # imports trafilatura and warcio: only when there is an archive

    for article in warc_stream_articles(file, str(path), on_error):
        yield f"{path}: {article.id}", article


def read_jsonl_file(file: BinaryIO, path: Path, article_id: str, on_error: OnError) -> Iterator[Located]:
    """A `.jsonl` file holds one article per line, each with its own id."""
    yield from _read_jsonl_lines(file, str(path), on_error)


READERS: dict[str, Callable[[BinaryIO, Path, str, OnError], Iterator[Located]]] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
}


KNOWN = ".txt, .jsonl, .html or .warc"


def suffix_of(path: Path) -> str:
    """The suffix READERS knows a file by: « .warc.gz » is one."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _read_at_most(file: BinaryIO, path: Path, max_bytes: int, limit: str) -> bytes:
    """The file's bytes, refused beyond `max_bytes` without reading more than that (its size may be unknown)."""
    data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = max(os.fstat(file.fileno()).st_size, len(data))
        raise InputError(f"{path}: article too long ({size:,} bytes; the limit is {limit}); split it")
    return data


def front_matter(text: str, where: str) -> tuple[str, dict]:
    """The text after a front matter block (`---` YAML `---`) and its title, date, source and url."""
    match = FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        record = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", 0) + 2  # after the opening ---
        raise InputError(f"{where}:{line}: malformed front matter ({getattr(error, 'problem', error)})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}:2: malformed front matter (expected title:, date:, source:, url: lines)")
    fields = {name: str(record[key]) for key, name in FRONT_MATTER_FIELDS.items() if record.get(key) is not None}
    return text[match.end():].lstrip("\n"), fields


def _read_jsonl_lines(lines: Iterable[bytes], name: str, on_error: OnError) -> Iterator[Located]:
    """One article per JSON line; a bad line is reported with its number and the next one is read."""
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        try:
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise InputError(f"{where}: {not_utf8(raw, error.start)}") from None
            if line.strip():
                yield where, article_from_json(line, where)
        except InputError as error:
            _report(error, on_error)
