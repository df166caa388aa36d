"""Who said what in French news: articles → quote spans → speakers → people → SQLite → Datasette."""

DEFAULT_MODEL = "fr_core_news_md"  # here, not in parse.py, so that the CLI starts without importing spaCy
