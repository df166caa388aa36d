"""Limits on what one request can make the server do, and the search syntax of the whole browser.

Datasette stops a query after 2 s, but one SQL function call can allocate a gigabyte in less
(`randomblob(900000000)`, `printf('%.*c', 900000000, 'x')`): every string or blob is capped at MAX_VALUE
bytes, above the largest article (200,000 characters): the function fails or, for `printf`, returns NULL, before
allocating. `fts3_tokenizer` (which hands out a pointer) is
refused by an authorizer: "not authorized". `fts_query` turns what a reader types into a safe FTS5 query, and
replaces Datasette's `escape_fts` so that a lone `"` in a table's search box finds nothing instead of failing.
"""
from __future__ import annotations

import re
import sqlite3

from datasette import hookimpl

MAX_VALUE = 1_000_000  # bytes: an article is at most 200,000 characters, 4 bytes each at worst
DENIED = ("fts3_tokenizer",)
WORD = re.compile(r"[^\s\"*]+(\*?)")


def fts_query(term: str | None) -> str:
    """An FTS5 query that matches every word of `term` (accents and case are the index's business), a word
    ending in `*` as a prefix (`secur*`); quotes and operators are plain text. With no word, '""', which
    matches nothing (an empty query would be an FTS5 syntax error)."""
    words = []
    for match in WORD.finditer(term or ""):
        word = match.group(0).rstrip("*")
        if any(char.isalnum() for char in word):
            words.append(f'"{word}"' + ("*" if match.group(1) else ""))
    return " ".join(words) or '""'


def _authorizer(action, arg1, arg2, database, source):
    """Every statement may do what Datasette allows, except call a DENIED function."""
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl(trylast=True)  # after Datasette's own escape_fts, so that ours replaces it
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE)
    conn.set_authorizer(_authorizer)
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
