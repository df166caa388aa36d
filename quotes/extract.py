"""Extraction: one article in, its quotes and the people they are attributed to out.

This is the whole pipeline for one article — quotation spans, spaCy parse, attribution, people — as a pure
function of the article and the model, free of database state, so a corpus can be split across processes or
machines and the results stored later.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .articles import Article
from .attribution import attribute_quotes
from .cues import Context, Cue
from .indirect import find_indirect
from .marks import find_quote_spans
from .parse import parse_texts
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
    return extract_doc(article, parse_texts([article.text], nlp)[0])


def extract_doc(article: Article, doc: Doc) -> Extraction:
    spans = find_quote_spans(article.text)
    top = [(span.open_at, span.close_at) for span in spans if span.depth == 0]
    people = ArticlePeople(doc, quoted=top)
    context = Context(doc, article.text, spans, [(start, end) for start, end, _ in people.names])
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
    """Resolve a quote's speaker mention (and whose aims it reports) to people, and record the mentions."""
    if quote.kind == "term" or cue is None:
        quote.confidence, quote.sieve = (0.7, "term") if quote.kind == "term" else (0.3, "none")
        return
    quote.sieve, quote.verb = cue.sieve, cue.verb
    quote.confidence = round(cue.confidence, 3)
    owner = _resolve_about(quote, about, people, mentions)
    if cue.mention is None:
        return
    mention = cue.mention
    resolution = people.resolve(mention, exclude=owner)  # whose aims are reported is not who reports them
    quote.speaker_mention = mention.text
    quote.speaker_start, quote.speaker_end = mention.start_char, mention.end_char
    quote.confidence = round(cue.confidence * resolution.confidence, 3)
    entity = resolution.entity
    if entity is None:
        return
    people.note_speaker(entity, mention.start_char)
    if entity.name:  # not someone the article leaves unnamed ("un automobiliste")
        quote.speaker, quote.speaker_kind = entity.name, entity.kind
        mentions.append(Mention(entity, mention.text, mention.start_char, mention.end_char))


def _resolve_about(quote: Quote, about: Span | None, people: ArticlePeople, mentions: list[Mention]) -> Entity | None:
    target = people.resolve(about).entity if about is not None else None
    if target is None or not target.name:
        return None
    quote.about = target.name
    mentions.append(Mention(target, about.text, about.start_char, about.end_char))
    return target
