"""Publishing: the quotes database in Datasette, read-only, with the project's metadata, templates and plugins.

The database is always served under the name `quotes`, whatever its file is called, so that URLs
(/quotes/quotes_view), metadata.yml, the row template and the plugin hold for any `--db`.
"""
from __future__ import annotations

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
SETTINGS = {"sql_time_limit_ms": 2000, "max_returned_rows": 1000}


def metadata() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8")) if METADATA.exists() else {}


def datasette_app(db_path: str) -> Datasette:
    """A Datasette instance serving `db_path` as `quotes` with the project's metadata, templates and plugins.

    Reads go through read-only connections (Datasette opens a mutable file with `mode=ro`), SQL from the
    web must be a single SELECT, no canned query writes and every query has a time limit.
    """
    ds = Datasette(metadata=metadata(), template_dir=str(TEMPLATES), plugins_dir=str(PLUGINS), settings=SETTINGS)
    ds.remove_database("_memory")
    ds.add_database(Database(ds, path=db_path), name=DATABASE)
    return ds


def serve(db_path: str, host: str, port: int) -> None:
    """Serve the quotes browser until interrupted."""
    uvicorn.run(datasette_app(db_path).app(), host=host, port=port)
