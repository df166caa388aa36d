"""Publishing: Datasette over the quotes database, with the project's metadata, templates and plugins."""
from __future__ import annotations

from pathlib import Path

import yaml
from datasette.app import Datasette

ROOT = Path(__file__).parent
METADATA = ROOT.parent / "metadata.yml" if (ROOT.parent / "metadata.yml").exists() else ROOT / "metadata.yml"
TEMPLATES = ROOT / "templates"
PLUGINS = ROOT / "plugins"
SETTINGS = {"sql_time_limit_ms": 2000, "max_returned_rows": 1000, "allow_signed_tokens": False}


def metadata() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8")) if METADATA.exists() else {}


def datasette_app(db_path: str) -> Datasette:
    """A Datasette instance serving `db_path` read-only with the project's metadata and templates."""
    return Datasette(
        [db_path],
        metadata=metadata(),
        template_dir=str(TEMPLATES) if TEMPLATES.exists() else None,
        plugins_dir=str(PLUGINS) if PLUGINS.exists() else None,
        settings=SETTINGS,
    )


def serve_args(db_path: str, host: str, port: int) -> list[str]:
    """The `datasette serve` arguments for the quotes browser."""
    args = ["serve", db_path, "--host", host, "--port", str(port)]
    if METADATA.exists():
        args += ["--metadata", str(METADATA)]
    if TEMPLATES.exists():
        args += ["--template-dir", str(TEMPLATES)]
    if PLUGINS.exists():
        args += ["--plugins-dir", str(PLUGINS)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, str(value).lower() if isinstance(value, bool) else str(value)]
    return args
