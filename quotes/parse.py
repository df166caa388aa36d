"""Parsing: the French spaCy pipeline, loaded once per process, run only where attribution needs it.

Attribution reads the words around a quotation (cues, subjects, names) and the first words of a partial
quote, never the inside of a quoted sentence. So the inside of a long, sentence-like quotation with no
incise in it is only tokenised, and the rest of the article gets the full pipeline; the pieces are joined
back into one `Doc` whose text and offsets are exactly the article's. In quote-heavy news that skips a
third or more of the tagging, parsing and NER (`quotes eval` shows the accuracy is unchanged).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import fold, reporting_verbs
from .marks import QuoteSpan, find_quote_spans

DEFAULT_MODEL = "fr_core_news_md"
UNUSED_COMPONENTS = ["lemmatizer"]  # reporting verbs are matched by form (quotes/data)
LONG_QUOTE_WORDS = 6  # above the longest term (attribution.TERM_MAX_WORDS), whose words must be tagged
PIPE_BATCH = 64  # measured: larger batches of short pieces parse slower
WORD = regex.compile(r"[\w'’-]+")


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `name`, loaded once per process (it takes seconds and hundreds of MB), without the
    components that attribution does not use."""
    try:
        return spacy.load(name, exclude=UNUSED_COMPONENTS)
    except OSError:
        raise RuntimeError(f"spaCy model {name!r} is not installed: pip install {name.replace('_', '-')}") from None


def parse_texts(texts: list[str], nlp: Language) -> list[Doc]:
    """Docs for `texts`, with the full pipeline everywhere except inside long quoted sentences."""
    plans = [parsing_plan(text) for text in texts]
    to_parse = [piece for plan in plans for piece, full in plan if full]
    parsed = iter(nlp.pipe(to_parse, batch_size=PIPE_BATCH))
    return [_assemble(nlp, plan, parsed) for plan in plans]


def parsing_plan(text: str) -> list[tuple[str, bool]]:
    """The article cut into pieces that join back into `text`, each marked for full parsing or not."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for span in find_quote_spans(text):
        if span.depth == 0 and _only_tokenised(text, span):
            pieces += [(text[at : span.start], True), (text[span.start : span.end], False)]
            at = span.end
    pieces.append((text[at:], True))
    return [(piece, full) for piece, full in pieces if piece]


def _only_tokenised(text: str, span: QuoteSpan) -> bool:
    """A long quote that is a sentence of its own (capitalised), with no incise to find inside it."""
    inside = span.text(text)
    words = WORD.findall(inside)
    return len(words) >= LONG_QUOTE_WORDS and inside[:1].isupper() and not _may_hold_an_incise(inside)


def _may_hold_an_incise(inside: str) -> bool:
    """A comma followed within four words by a reporting verb or an inverted subject ("a-t-il")."""
    for part in inside.split(",")[1:]:
        for word in WORD.findall(part)[:4]:
            folded = fold(word)
            if folded in reporting_verbs() or "-t-" in folded or folded.endswith(("-il", "-elle", "-on")):
                return True
    return False


def _assemble(nlp: Language, plan: list[tuple[str, bool]], parsed: Iterator[Doc]) -> Doc:
    docs = [next(parsed) if full else nlp.make_doc(piece) for piece, full in plan]
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
