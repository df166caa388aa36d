"""Extraction: one article in, its quotes and the people they are attributed to out.

This is the whole pipeline for one article — quotation spans, spaCy parse, attribution, people — as a pure
function of the article and the model, free of database state, so a corpus can be split across processes or
machines and the results stored later.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .articles import Article
from .attribution import Context, Cue, attribute_quotes, find_indirect
from .marks import find_quote_spans
from .people import ArticlePeople, Entity


@dataclass
class Quote:
    article_id: str
    text: str
    start: int
    end: int
    kind: str  # direct, indirect or term
    speaker: str | None = None
    speaker_kind: str | None = None  # person or organisation
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    verb: str | None = None
    about: str | None = None
    confidence: float = 0.0
    sieve: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Mention:
    """A surface form ("M. Kirby", "le porte-parole", "a-t-il") resolved to an entity."""

    entity: Entity
    text: str
    start: int
    end: int


@dataclass
class Extraction:
    article: Article
    quotes: list[Quote]
    people: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def extract(article: Article, nlp: Language) -> Extraction:
    return extract_doc(article, nlp(article.text))


def extract_all(articles: Iterable[Article], nlp: Language, batch_size: int = 32, n_process: int = 1) -> Iterator[Extraction]:
    """Extractions of many articles, parsed in batches with `nlp.pipe` (in `n_process` processes)."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield extract_doc(article, doc)


def extract_doc(article: Article, doc: Doc) -> Extraction:
    spans = find_quote_spans(article.text)
    top = [(span.open_at, span.close_at) for span in spans if span.depth == 0]
    people = ArticlePeople(doc, quoted=top)
    context = Context(doc, spans, [(start, end) for start, end, _ in people.names])
    people.sentence_starts = context.sentence_starts
    found: list[tuple[int, Quote, Cue | None, Span | None]] = []
    for attribution in attribute_quotes(context):
        span = attribution.span
        quote = Quote(article.id, span.text(article.text), span.start, span.end, attribution.kind)
        found.append((span.start, quote, attribution.cue, attribution.about))
    for speech in find_indirect(context):
        quote = Quote(article.id, article.text[speech.start : speech.end], speech.start, speech.end, "indirect")
        found.append((speech.start, quote, speech.cue, None))
    found.sort(key=lambda item: item[0])
    mentions: list[Mention] = []
    for _, quote, cue, about in found:
        _resolve(quote, cue, about, people, mentions)
    quotes = [quote for _, quote, _, _ in found]
    named = {id(m.entity) for m in mentions}
    return Extraction(article, quotes, [e for e in people.entities if id(e) in named], mentions)


def _resolve(quote: Quote, cue: Cue | None, about: Span | None, people: ArticlePeople, mentions: list[Mention]) -> None:
    if quote.kind == "term":
        quote.confidence = 0.7
        quote.sieve = "term"
        return
    if cue is None:
        quote.confidence = 0.3
        quote.sieve = "none"
        return
    quote.sieve, quote.verb = cue.sieve, cue.verb
    quote.confidence = round(cue.confidence, 3)
    if cue.mention is None:
        return
    mention = cue.mention
    resolution = people.resolve(mention)
    quote.speaker_mention = mention.text
    quote.speaker_start, quote.speaker_end = mention.start_char, mention.end_char
    quote.confidence = round(cue.confidence * resolution.confidence, 3)
    if resolution.entity is not None:
        entity = resolution.entity
        people.note_speaker(entity, mention.start_char)
        if not entity.name:  # someone the article does not name ("un automobiliste")
            return
        quote.speaker, quote.speaker_kind = entity.name, entity.kind
        mentions.append(Mention(entity, mention.text, mention.start_char, mention.end_char))
    if about is not None:
        target = people.resolve(about).entity
        if target is not None and target is not resolution.entity:
            quote.about = target.name
            mentions.append(Mention(target, about.text, about.start_char, about.end_char))
