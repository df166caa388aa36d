"""Articles: what one article is, and what makes an input a bad one.

`Article` is the unit of every stage after reading. `InputError` carries a one-line message that names the file
(and line) and the problem, so the CLI can report it without a traceback; `Skipped` is an input left out on
purpose. An article is refused when its text is empty or whitespace-only, longer than `MAX_ARTICLE_CHARS`, or
not UTF-8 (refused, not guessed: a wrong guess silently corrupts every accent; a byte order mark is fine).
Text, title and id are normalised to Unicode NFC (the same words typed on a Mac and on Windows are the same
words) and zero-width characters are removed (they would split names in two).
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

# About 30,000 words, four times a long read. spaCy refuses more than 1,000,000 characters, and parsing that
# many with fr_core_news_md takes 80 s and 4 GB of memory (per process), so we stop well before.
MAX_ARTICLE_CHARS = 200_000
# An HTML page is mostly markup: its visible text is what MAX_ARTICLE_CHARS limits; this only bounds the reading.
MAX_HTML_BYTES = 20_000_000
MAX_HEADLINE_CHARS = 200
OPTIONAL_FIELDS = ("title", "url", "published", "source")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


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


def new_article(where: str, **fields: str | int | None) -> Article:
    """An Article of normalised `fields` (see `normalise`), refused if its text is empty or too long."""
    article = Article(**{name: normalise(value) if isinstance(value, str) else value for name, value in fields.items()})
    if not article.text.strip():
        raise InputError(f"{where}: empty article")
    check_length(article.text, where)
    return article


def headline(text: str) -> tuple[str | None, int]:
    """(title, where the body starts) if the first line is a headline: short, no final full stop, then a
    blank line; (None, 0) otherwise."""
    line, blank, _ = text.partition("\n\n")
    first = line.strip()
    if blank and first and "\n" not in first and len(first) <= MAX_HEADLINE_CHARS and not first.endswith("."):
        return first, len(line) + 2
    return None, 0


def text_to_read(article: Article) -> str:
    """What is parsed: the text, after the headline when the article keeps its headline apart (a JSON record's
    "title"), so that the people a headline names are in view from the body's first line (« Marc Ferracci
    prévoit de nouvelles fermetures » then « « … », a déclaré le ministre »)."""
    apart = article.title and not article.body_start and not article.text.startswith(article.title)
    return f"{article.title}\n\n{article.text}" if apart else article.text


def normalise(text: str) -> str:
    """NFC (an accent typed as its own character is the same letter), without zero-width characters (which
    would split « Ma\u200brie » in two words) and with \\n line ends."""
    return ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text)).replace("\r\n", "\n").replace("\r", "\n")


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
        raise InputError(f"{name}:{line}: {not_utf8(data[line_start:], error.start - line_start)}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def not_utf8(line: bytes, at: int) -> str:
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


def article_from_json(line: str, where: str) -> Article:
    """Parse one JSON line into an Article; `where` is "file:line" for error messages."""
    try:
        record = json.loads(line.rstrip("\r\n"))  # so that a truncated line's error has a useful column
    except json.JSONDecodeError as error:
        at = "" if error.msg.endswith(" at") else " at"  # "Unterminated string starting at" column 12
        raise InputError(f"{where}: malformed JSON ({error.msg}{at} column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object")
    article_id = record.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)  # 1 and "1" are then the same id, as in a URL or a file name
    if article_id is None or isinstance(article_id, str) and not article_id.strip():
        raise InputError(f"{where}: missing \"id\"")
    if record.get("text") is None:
        raise InputError(f"{where}: missing \"text\"")
    fields = {"id": article_id, "text": record["text"]} | {name: record.get(name) for name in OPTIONAL_FIELDS}
    for name, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: \"{name}\" is {_json_kind(value)}, not a string")
    return new_article(where, **fields)


def _json_kind(value) -> str:
    """How JSON calls the type of `value`, for error messages."""
    if isinstance(value, bool):
        return "a boolean"
    return {dict: "an object", list: "an array", int: "a number", float: "a number"}[type(value)]


def sha256(article: Article) -> str:
    """The article's fingerprint: an article stored with the same one is unchanged and not parsed again."""
    fields = [article.text, article.title or "", article.url or "", article.published or "", article.source or ""]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()
