"""Reading articles: `.txt`, `.html` and `.jsonl` files, folders and JSON lines on stdin.

Every reader yields `Article` objects or raises `InputError`, whose message is one line that names the file
(and line) and the problem, so the CLI can report it without a traceback. What counts as bad input:

* a path that does not exist, or a file that is not `.txt`, `.jsonl`, `.html` or `.htm` (a PDF, an image…);
  in a folder such files are skipped, with one warning line per folder;
* text that is not UTF-8: it is refused, not guessed (a wrong guess silently corrupts every accent);
  a UTF-8 byte order mark is fine;
* an empty or whitespace-only article, and one longer than `MAX_ARTICLE_CHARS`;
* a JSON line that is malformed, not an object, or without `text` or `id`: that line is reported,
  the other lines of the file are read.

HTML files are reduced to their visible text (one paragraph per block element) with the standard library's
`html.parser`; markup inside a `.txt` file or a JSON `text` is ordinary text and stored as it is.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}
OPTIONAL_FIELDS = ("title", "url", "published", "source")
# About 30,000 words, four times a long read. spaCy refuses more than 1,000,000 characters, and parsing that
# many with fr_core_news_md takes 80 s and 4 GB of memory (per process), so we stop well before.
MAX_ARTICLE_CHARS = 200_000


class InputError(Exception):
    """A problem with one input: the message names the file (and line) and what is wrong."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None


OnError = Callable[[InputError], None] | None
OnWarning = Callable[[str], None] | None


def read_articles(paths: list[str], on_error: OnError = None, on_warning: OnWarning = None) -> Iterator[Article]:
    """Yield the articles of every path in order: files, folders (recursively) or '-' for stdin.

    `on_error(InputError)` is called for a bad file or line and reading goes on with the next one;
    without it the first error is raised. `on_warning(message)` hears of files skipped in a folder.
    """
    for path in paths:
        try:
            yield from _read_path(path, on_error, on_warning)
        except InputError as error:
            _report(error, on_error)


def _report(error: InputError, on_error: OnError) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _read_path(path: str, on_error: OnError, on_warning: OnWarning) -> Iterator[Article]:
    if path == "-":
        yield from _read_jsonl_lines(sys.stdin.buffer, "<stdin>", on_error)
        return
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or directory")
    if p.is_dir():
        yield from _read_folder(p, on_error, on_warning)
    else:
        yield from _read_file(p, on_error)


def _read_folder(folder: Path, on_error: OnError, on_warning: OnWarning) -> Iterator[Article]:
    """The article files under `folder`, hidden files and folders (.git, .DS_Store) left out."""
    skipped = []
    for child in sorted(folder.rglob("*")):
        if not child.is_file() or any(part.startswith(".") for part in child.relative_to(folder).parts):
            continue
        if child.suffix.lower() not in ARTICLE_SUFFIXES:
            skipped.append(child.name)
            continue
        try:
            yield from _read_file(child, on_error)
        except InputError as error:
            _report(error, on_error)
    if skipped and on_warning is not None:
        names = ", ".join(skipped[:3]) + (", …" if len(skipped) > 3 else "")
        on_warning(f"{folder}: skipped {len(skipped)} file(s) that are not .txt, .jsonl or .html ({names})")


def _read_file(path: Path, on_error: OnError) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(f"{path}: not an article file ({suffix or 'no suffix'}); quotes reads .txt, .jsonl and .html files")
    try:
        if suffix == ".jsonl":
            with open(path, "rb") as lines:
                yield from _read_jsonl_lines(lines, str(path), on_error)
            return
        data = _read_bytes(path)
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from None
    text = decode_text(data, str(path))
    title = None
    if suffix in HTML_SUFFIXES:
        title, text = html_text(text)
    if not text.strip():
        raise InputError(f"{path}: empty article")
    check_length(text, str(path))
    yield Article(id=path.stem, text=text, title=title)


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > 4 * MAX_ARTICLE_CHARS:  # more characters than the limit whatever the encoding: don't even read it
        raise InputError(f"{path}: article too long ({size:,} bytes; the limit is {MAX_ARTICLE_CHARS:,} characters); split it")
    return path.read_bytes()


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); refuse anything else rather than guess and corrupt accents."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{name}: UTF-16 text, not UTF-8; convert it with iconv -f UTF-16 -t UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(f"{name}:{line}: {_not_utf8(data[line_start:], error.start - line_start)}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _not_utf8(line: bytes, at: int) -> str:
    """The problem with the byte at offset `at` of `line`, its column counted in characters as an editor does."""
    column = len(line[:at].decode("utf-8-sig")) + 1
    return (
        f"not UTF-8 text (byte 0x{line[at]:02x} at column {column}); if it is Windows-1252 or Latin-1, "
        "convert it with iconv -f WINDOWS-1252 -t UTF-8"
    )


def check_length(text: str, where: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{where}: article too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}); split it"
        )


def _read_jsonl_lines(lines: Iterable[bytes], name: str, on_error: OnError) -> Iterator[Article]:
    """One article per JSON line; a bad line is reported with its number and the next one is read."""
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        try:
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise InputError(f"{where}: {_not_utf8(raw, error.start)}") from None
            if line.strip():
                yield article_from_json(line, where)
        except InputError as error:
            _report(error, on_error)


def article_from_json(line: str, where: str) -> Article:
    """Parse one JSON line into an Article; `where` is "file:line" for error messages."""
    try:
        record = json.loads(line.rstrip("\r\n"))  # so that a truncated line's error has a useful column
    except json.JSONDecodeError as error:
        at = "" if error.msg.endswith(" at") else " at"  # "Unterminated string starting at" column 12
        raise InputError(f"{where}: malformed JSON ({error.msg}{at} column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object")
    text, article_id = record.get("text"), record.get("id")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty \"text\"")
    if article_id is None or str(article_id).strip() == "":
        raise InputError(f"{where}: missing \"id\"")
    check_length(text, where)
    extra = {field: _optional_str(record.get(field)) for field in OPTIONAL_FIELDS}
    return Article(id=str(article_id), text=text.replace("\r\n", "\n"), **extra)


def _optional_str(value) -> str | None:
    return None if value is None else str(value)


BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
}
HIDDEN_TAGS = {"script", "style", "noscript", "template"}
PARAGRAPH = "\x1d"  # stands for a paragraph break while the text is collected
HTML_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML collapses ASCII white space only: U+00A0 and U+202F stay


def html_text(html: str) -> tuple[str | None, str]:
    """The <title> and the visible text of an HTML page: one paragraph per block element, entities decoded."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    paragraphs = (HTML_SPACE.sub(" ", p).strip(" ") for p in "".join(parser.parts).split(PARAGRAPH))
    title = HTML_SPACE.sub(" ", "".join(parser.title)).strip(" ")
    return title or None, "\n\n".join(p for p in paragraphs if p)


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag in BLOCK_TAGS:
            self.parts.append(PARAGRAPH)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in BLOCK_TAGS:
            self.parts.append(PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        (self.title if self._in_title else self.parts).append(data.replace(PARAGRAPH, " "))
