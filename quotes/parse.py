"""Loading the French spaCy pipeline once per process."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"


UNUSED_COMPONENTS = ["lemmatizer"]  # reporting verbs are matched by form (quotes/data); a quarter of the parse time


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `name`, loaded once per process (it takes seconds and hundreds of MB), without the
    components that attribution does not use."""
    try:
        return spacy.load(name, exclude=UNUSED_COMPONENTS)
    except OSError:
        raise RuntimeError(f"spaCy model {name!r} is not installed: pip install {name.replace('_', '-')}") from None
