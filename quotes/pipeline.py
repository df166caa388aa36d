"""The pipeline for one article: its quotes and the people they are attributed to.

This is the whole pipeline for one article — quotation spans, spaCy parse, attribution, people — as a pure
function of the article and the model, free of database state, so a corpus can be split across processes or
machines and the results stored later.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from .articles import Article, sha256, text_to_read
from .attribution import SIEVES, Sieve, attribute_quotes
from .coreference import PERSON, ArticlePeople, Entity
from .cues import Cue
from .indirect import INDIRECT_SIEVES, IndirectSieve, find_indirect
from .layout import Context
from .lexicon import FIRST_PERSON_SINGULAR, PRONOUN_GENDER, answer_verbs, given_name, fold, strip_pronoun
from .marks import find_quote_spans
from .names import find_names
from .parse import parse_texts


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
    sentence: str = ""  # the sentence (or sentences) holding the quote, its cue included

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

    def to_json(self) -> dict:
        """The article (with its sha256), its quotes, people and mentions as plain JSON: `quotes extract --format
        extracted` writes one per line and `quotes ingest --extracted` stores them without parsing again. A
        mention names its person by position in `people`."""
        position = {id(entity): n for n, entity in enumerate(self.people)}
        return {
            "article": {**asdict(self.article), "sha256": sha256(self.article)},
            "quotes": [{k: v for k, v in quote.to_json().items() if k != "article_id"} for quote in self.quotes],
            "people": [_entity_json(entity) for entity in self.people],
            "mentions": [{"person": position[id(m.entity)], "text": m.text, "start": m.start, "end": m.end} for m in self.mentions],
        }

    @classmethod
    def from_json(cls, data: dict) -> "Extraction":
        """The Extraction that `to_json` gave; raises KeyError or TypeError on a record of another shape."""
        article = Article(**{f.name: data["article"][f.name] for f in fields(Article) if f.name in data["article"]})
        people = [_entity_from_json(person) for person in data["people"]]
        return cls(
            article,
            [Quote(article.id, **quote) for quote in data["quotes"]],
            people,
            [Mention(people[m["person"]], m["text"], m["start"], m["end"]) for m in data["mentions"]],
        )


def _entity_json(entity: Entity) -> dict:
    return {"name": entity.name, "kind": entity.kind, "gender": entity.gender, "roles": list(entity.roles),
            "gender_evidence": entity.gender_evidence}


def _entity_from_json(data: dict) -> Entity:
    known = {f.name for f in fields(Entity)}
    return Entity(**{k: v for k, v in data.items() if k in known})


def extract(article: Article, nlp: Language, rules: "Rules | None" = None) -> Extraction:
    """The quotes of one article, with their speakers, and the people and mentions they resolve to."""
    return extract_doc(article, parse_texts([text_to_read(article)], nlp)[0], rules or Rules())


@dataclass(frozen=True)
class Rules:
    """The sieves extraction runs, in order: all of them by default; `without` switches some off by name
    (`quotes eval --without verb` measures what the « verb » sieve brings)."""

    sieves: tuple[Sieve, ...] = tuple(SIEVES)
    indirect: tuple[IndirectSieve, ...] = tuple(INDIRECT_SIEVES)

    @classmethod
    def without(cls, names: Iterable[str]) -> "Rules":
        names = set(names)
        known = {s.name for s in SIEVES} | {s.name for s in INDIRECT_SIEVES}
        if names - known:
            raise ValueError(f"no sieve named {', '.join(sorted(names - known))}; the sieves are {', '.join(sorted(known))}")
        return cls(tuple(s for s in SIEVES if s.name not in names), tuple(s for s in INDIRECT_SIEVES if s.name not in names))


def extract_doc(article: Article, doc: Doc, rules: Rules = Rules()) -> Extraction:
    """The extraction of `article` from `doc`, the parse of `text_to_read(article)`: what a headline read before
    the text says is left out, offsets are the text's."""
    read = text_to_read(article)  # not doc.text, which is the text as the parser read it (« A Paris » as « À Paris »)
    headline = len(read) - len(article.text)
    extraction = _extract_read(replace(article, text=read, body_start=headline) if headline else article, doc, rules)
    return _in_the_text(extraction, article, headline) if headline else extraction


def _in_the_text(extraction: Extraction, article: Article, headline: int) -> Extraction:
    """An extraction of the headline and text read together, for the text alone: the headline's quotes and
    mentions left out, offsets moved back; a speaker named in the headline keeps no offset there."""
    quotes = [replace(q, start=q.start - headline, end=q.end - headline) for q in extraction.quotes if q.start >= headline]
    for quote in quotes:
        in_text = quote.speaker_start is not None and quote.speaker_start >= headline
        quote.speaker_start = quote.speaker_start - headline if in_text else None
        quote.speaker_end = quote.speaker_end - headline if in_text else None
    mentions = [replace(m, start=m.start - headline, end=m.end - headline) for m in extraction.mentions if m.start >= headline]
    return Extraction(article, quotes, extraction.people, mentions)


def _extract_read(article: Article, doc: Doc, rules: Rules) -> Extraction:
    spans = find_quote_spans(article.text)
    names = find_names(doc)
    context = Context(doc, article.text, spans, [(start, end) for start, end, _ in names])
    top = [(span.open_at, span.close_at) for span in context.top]
    people = ArticlePeople(doc, names, context.sentence_starts, quoted=top, body_start=article.body_start)
    found: list[tuple[int, Quote, Cue | None, Span | None]] = []
    for attribution in attribute_quotes(context, rules.sieves):
        span = attribution.span
        quote = Quote(article.id, span.text(article.text), span.start, span.end, attribution.kind)
        found.append((span.start, quote, attribution.cue, attribution.about))
    for speech in find_indirect(context, rules.indirect):
        quote = Quote(article.id, article.text[speech.start : speech.end], speech.start, speech.end, "indirect")
        found.append((speech.start, quote, speech.cue, None))
    found.sort(key=lambda item: item[0])
    mentions: list[Mention] = []
    asker: Entity | None = None  # who asked the question just quoted: not who answers it
    for _, quote, cue, about in found:
        quote.sentence = context.sentences_around(quote.start, quote.end)
        people.follow_subjects(quote.start)
        speaker = _resolve(quote, cue, about, people, mentions, asker if _answers(cue) else None)
        if quote.kind == "direct":
            asker = speaker if quote.text.rstrip(" »”\"").endswith("?") else None
    quotes = [quote for _, quote, _, _ in found]
    named = {id(m.entity) for m in mentions}
    return Extraction(article, quotes, [e for e in people.entities if id(e) in named], mentions)


def _says_i(quote: Quote) -> bool:
    """A direct quote in the first person singular (« je », « mon », « moi »)."""
    return quote.kind == "direct" and any(fold(word) in FIRST_PERSON_SINGULAR for word in WORD.findall(quote.text))


def _may_say_i(entity: Entity) -> bool:
    """A person, or what the tagger took for an organisation but is a given name (« Lilou »); not an organisation
    the article leaves unnamed (« a déclaré la direction »)."""
    return entity.kind == PERSON or bool(entity.name) and given_name(entity.name.split()[0]) is not None


WORD = regex.compile(r"[\w']+")


def _answers(cue: Cue | None) -> bool:
    return cue is not None and cue.verb in answer_verbs()


def _resolve(
    quote: Quote, cue: Cue | None, about: Span | None, people: ArticlePeople, mentions: list[Mention], asker: Entity | None
) -> Entity | None:
    """Resolve a quote's speaker mention (and whose aims it reports) to people, record the mentions, and
    return the speaker."""
    if cue is None:
        quote.confidence, quote.sieve = 0.3, "none"
        return None
    quote.sieve, quote.verb = cue.sieve, cue.verb
    quote.confidence = round(cue.confidence, 3)
    if quote.kind == "term":
        return None
    named_speaker = people.name_in(cue.mention) if cue.mention is not None else None
    owner = _resolve_about(quote, about, people, mentions, named_speaker)
    if cue.mention is None:
        return None
    mention = cue.mention
    # whose aims are reported is not who reports them; who asked is not who answers; who the quote names is not who speaks it
    exclude = tuple(e for e in (owner, asker) if e is not None) + people.named_between(quote.start, quote.end, quote.kind == "direct")
    # « X « s'est résolu à … », assène cet opposant »: someone else comes after (but « X « … », a-t-il martelé » is X)
    named_after = mention.start_char >= quote.end and mention.root.pos_ != "PRON"
    exclude += people.subject_of_the_words(quote.start) if quote.kind == "direct" and named_after else ()
    says_i = _says_i(quote)
    if says_i:  # « Je … » is a person's word: a pronoun before it means a person, not an organisation
        exclude += tuple(e for e in people.entities if not _may_say_i(e))
    resolution = people.resolve(mention, exclude=exclude)
    quote.speaker_mention = mention.text
    quote.speaker_start, quote.speaker_end = mention.start_char, mention.end_char
    quote.confidence = round(cue.confidence * resolution.confidence, 3)
    entity = resolution.entity
    if entity is None or says_i and not _may_say_i(entity):
        return None  # « Je … » is a person's word: an organisation found for it is the wrong antecedent
    if quote.kind == "direct" and any(entity is e for e in people.named_in_the_words(quote.start, quote.end)):
        return None  # « … les absences de Marc (Lessard) … »: nobody speaks of himself by name
    people.note_speaker(entity, max(mention.start_char, quote.end))  # in view until the quote ends
    if resolution.how == "role" and entity.name:
        people.learn_post(entity, mention)  # « le procureur adjoint » was X, and stays X; « le président ukrainien » is not « le président français » X
    if resolution.how == "pronoun" and entity.kind == PERSON:  # « a-t-elle ajouté »: she
        entity.learn_gender(PRONOUN_GENDER.get(strip_pronoun(mention.text)), mention.text.strip())
    if entity.name:  # not someone the article leaves unnamed ("un automobiliste")
        quote.speaker, quote.speaker_kind = entity.name, entity.kind
        mentions.append(Mention(entity, mention.text, mention.start_char, mention.end_char))
    return entity


def _resolve_about(
    quote: Quote, about: Span | None, people: ArticlePeople, mentions: list[Mention], speaker: Entity | None
) -> Entity | None:
    """Whose aims the quote reports: never the speaker the quote names (« Le vœu de l'édile « … », a rapporté
    M. X »: the édile is not X)."""
    exclude = (speaker,) if speaker is not None else ()
    target = people.resolve(about, exclude=exclude).entity if about is not None else None
    if target is None or not target.name or target is speaker:  # a name resolves whatever is excluded
        return None
    quote.about = target.name
    mentions.append(Mention(target, about.text, about.start_char, about.end_char))
    return target
