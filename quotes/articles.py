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

HTML files are read by `web.article_from_html` (trafilatura: main text and metadata, page furniture left out);
markup inside a `.txt` file or a JSON `text` is ordinary text and stored as it is. A `.txt` file may open with
front matter (`---`, `title:`, `date:`, `source:`, `url:`, `---`) or with a headline: a short first line without
a final full stop, followed by a blank line, is the title (and stays in the text, where it may hold a quote).
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}
OPTIONAL_FIELDS = ("title", "url", "published", "source")
FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
FRONT_MATTER_FIELDS = {"title": "title", "date": "published", "source": "source", "url": "url"}
MAX_HEADLINE_CHARS = 200
# About 30,000 words, four times a long read. spaCy refuses more than 1,000,000 characters, and parsing that
# many with fr_core_news_md takes 80 s and 4 GB of memory (per process), so we stop well before.
MAX_ARTICLE_CHARS = 200_000
MAX_HTML_BYTES = 5_000_000  # a news page is 50 kB–2 MB of HTML (inline scripts and styles): the text is far less


class InputError(Exception):
    """A problem with one input: the message names the file (and line) and what is wrong."""


class Skipped(InputError):
    """An input left out on purpose (a page not in French, a feed entry already stored): counted by `reason`,
    not reported as an error."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    body_start: int = 0  # where the body begins in `text`: what comes before is the headline


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
    if not text.strip():
        raise InputError(f"{path}: empty article")
    if suffix in HTML_SUFFIXES:
        from .web import article_from_html  # imports trafilatura: only when there is a page to read

        yield article_from_html(text, str(path), fallback_id=path.stem)
        return
    text, fields = front_matter(text, str(path))
    if not text.strip():
        raise InputError(f"{path}: empty article")
    check_length(text, str(path))
    if "title" not in fields:
        fields["title"], fields["body_start"] = headline(text)
    yield Article(id=path.stem, text=text, **fields)


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


def headline(text: str) -> tuple[str | None, int]:
    """(title, where the body starts) if the first line is a headline: short, no final full stop, then a
    blank line; (None, 0) otherwise."""
    first, blank, _ = text.partition("\n\n")
    first = first.strip()
    if blank and first and "\n" not in first and len(first) <= MAX_HEADLINE_CHARS and not first.endswith("."):
        return first, len(text.partition("\n\n")[0]) + 2
    return None, 0


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if path.suffix.lower() in HTML_SUFFIXES:
        if size > MAX_HTML_BYTES:
            raise InputError(f"{path}: page too large ({size:,} bytes; the limit is {MAX_HTML_BYTES:,})")
    elif size > 4 * MAX_ARTICLE_CHARS:  # more characters than the limit whatever the encoding: don't even read it
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

