"""Publishing: the quotes database in Datasette, read-only, with the project's metadata, templates and plugins.

The database is always served under the name `quotes`, whatever its file is called, so that URLs
(/quotes/quotes_view), metadata.yml, the row template and the plugin hold for any `--db`.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import uvicorn
import yaml
from datasette.app import Datasette
from datasette.database import Database

ROOT = Path(__file__).parent
METADATA = ROOT.parent / "metadata.yml" if (ROOT.parent / "metadata.yml").exists() else ROOT / "metadata.yml"
TEMPLATES = ROOT / "templates"
PLUGINS = ROOT / "plugins"
DATABASE = "quotes"
# 200 rows of at most 1 MB each (plugins/limits.py): one request cannot make the server hold much more than 200 MB.
SETTINGS = {"sql_time_limit_ms": 2000, "facet_time_limit_ms": 1000, "max_returned_rows": 200, "suggest_facets": False}
TABLES = ("articles", "people", "mentions", "quotes")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


class NotServable(Exception):
    """The file cannot be served as a quotes database; the message is one line for the user."""


def read_only_uri(db_path: str) -> str:
    """How to open `db_path` without changing it: `mode=ro` (it sees an ingest's new commits), or `immutable=1`
    when the file or its folder is read-only (a WAL reader could not create its shared-memory file there)."""
    folder = os.path.dirname(os.path.abspath(db_path))
    # The permission bits too: root may write anywhere, but a file or folder chmod'ed read-only means "do not".
    writable = all(os.access(p, os.W_OK) and os.stat(p).st_mode & 0o222 for p in (db_path, folder))
    return f"file:{db_path}?" + ("mode=ro" if writable else "immutable=1")


def check_database(db_path: str, on_warning=None) -> bool:
    """Raise NotServable unless `db_path` is a quotes database; never writes to it. Returns whether it is mutable
    (see read_only_uri). A database made by an older quotes is served as it is, with a warning."""
    if not os.path.isfile(db_path):
        raise NotServable(f"{db_path}: no such database; run `quotes ingest` first")
    uri = read_only_uri(db_path)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            names = {row[0] for row in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
            current = {"quotes_view": "speaker_id", "people": "gender_evidence", "quotes": "speaker_name"}
            outdated = [table for table, column in current.items() if table in names
                        and column not in {row[1] for row in conn.execute(f"pragma table_info([{table}])")}]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise NotServable(f"{db_path}: cannot read it as a SQLite database ({error})") from None
    missing = [name for name in (*TABLES, "quotes_view") if name not in names]
    if missing:
        raise NotServable(f"{db_path}: not a quotes database (no {', '.join(missing)}); make one with `quotes ingest`")
    if outdated and on_warning:
        on_warning(f"{db_path} was made by an older quotes: some pages will lack links or fail; `quotes ingest --db {db_path} PATH` brings it up to date")
    return uri.endswith("mode=ro")


def metadata() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8")) if METADATA.exists() else {}


def datasette_app(db_path: str, is_mutable: bool = True) -> Datasette:
    """A Datasette instance serving `db_path` as `quotes` with the project's metadata, templates and plugins.

    Reads go through read-only connections (`mode=ro`, or `immutable=1` for a read-only file: see
    read_only_uri), SQL from the web must be a single SELECT, no canned query writes, every query has a time
    limit and every value a size limit (plugins/limits.py).
    """
    ds = Datasette(metadata=metadata(), template_dir=str(TEMPLATES), plugins_dir=str(PLUGINS), settings=SETTINGS)
    ds.remove_database("_memory")
    ds.add_database(Database(ds, path=db_path, is_mutable=is_mutable), name=DATABASE)
    return ds


def serve(db_path: str, host: str, port: int) -> None:
    """Serve the quotes browser until interrupted; raises NotServable first if the file is not servable."""
    warn = lambda message: print(f"Warning: {message}", file=sys.stderr)  # noqa: E731
    uvicorn.run(datasette_app(db_path, check_database(db_path, warn)).app(), host=host, port=port)
