"""Reading articles: `.txt` files, `.jsonl` files, folders and JSON lines on stdin.

Every reader yields `Article` objects or raises `InputError`, whose message is one line that names the file
(and line) and the problem, so the CLI can report it without a traceback.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = {".txt", ".jsonl"}
OPTIONAL_FIELDS = ("title", "url", "published", "source")


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


def read_articles(paths: list[str], on_error=None) -> Iterator[Article]:
    """Yield the articles of every path in order: files, folders (recursively) or '-' for stdin.

    `on_error(InputError)` is called for a bad file or line and reading goes on with the next one;
    without it the first error is raised.
    """
    for path in paths:
        try:
            yield from _read_path(path, on_error)
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)


def _read_path(path: str, on_error) -> Iterator[Article]:
    if path == "-":
        yield from _read_jsonl_lines(sys.stdin, "<stdin>", on_error)
        return
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or directory")
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                try:
                    yield from _read_file(child, on_error)
                except InputError as error:
                    if on_error is None:
                        raise
                    on_error(error)
        return
    yield from _read_file(p, on_error)


def _read_file(path: Path, on_error) -> Iterator[Article]:
    if path.suffix.lower() == ".jsonl":
        with open(path, encoding="utf-8-sig", errors="strict", newline="") as lines:
            yield from _read_jsonl_lines(lines, str(path), on_error)
    else:
        yield _read_text_file(path)


def _read_text_file(path: Path) -> Article:
    text = decode_text(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(f"{path}: empty article")
    return Article(id=path.stem, text=text)


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); refuse anything else rather than guess and corrupt accents."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not UTF-8 text (invalid byte at offset {error.start}); convert it with iconv -f WINDOWS-1252 -t UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_jsonl_lines(lines, name: str, on_error) -> Iterator[Article]:
    try:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield article_from_json(line, f"{name}:{number}")
            except InputError as error:
                if on_error is None:
                    raise
                on_error(error)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text (invalid byte at offset {error.start})") from None


def article_from_json(line: str, where: str) -> Article:
    """Parse one JSON line into an Article; `where` is "file:line" for error messages."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: malformed JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object")
    text, article_id = record.get("text"), record.get("id")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty \"text\"")
    if article_id is None or str(article_id).strip() == "":
        raise InputError(f"{where}: missing \"id\"")
    extra = {field: _optional_str(record.get(field)) for field in OPTIONAL_FIELDS}
    return Article(id=str(article_id), text=text.replace("\r\n", "\n"), **extra)


def _optional_str(value) -> str | None:
    return None if value is None else str(value)
