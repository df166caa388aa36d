"""Parsing: the French spaCy pipeline, loaded once per process, run only where attribution needs it.

Attribution reads the words around a quotation (cues, subjects, names) and the first words of a partial
quote, never the inside of a quoted sentence. So the inside of a long, sentence-like quotation with no
incise in it is only tokenised, and the rest of the article is tagged and parsed; the pieces are joined
back into one `Doc` whose text and offsets are exactly the article's.

The entity recogniser has its own token-to-vector layer (as costly as the one the tagger and parser share)
and only names matter to us, so it runs on short windows of tokens around capitalised nouns and proper nouns
rather than on whole articles (about half of the tagged tokens in quote-heavy news). Its convolutions see four
tokens on each side, so a window a few tokens wider than that labels a name as the whole article would:
`benchmarks/ingest.py` prints how often the two agree (96 %, the differences going both ways), and
`quotes eval` is unchanged on every annotated set.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import ftfy
import regex
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from . import DEFAULT_MODEL
from .articles import headline
from .lexicon import ELISIONS, fold, hyphenated_words, reporting_verbs
from .marks import QuoteSpan, find_quote_spans

# reporting verbs are matched by form (quotes/data); the attribute ruler only copies POS into TAG
UNUSED_COMPONENTS = ["lemmatizer", "attribute_ruler"]
NER = "ner"
# tokens kept before and after a capitalised word: the NER's convolutions see 4 tokens each side; with fewer
# than 6 before, the window's first words are mislabelled, with fewer than 8 after, long names are cut
NAME_WINDOW = (6, 8)
NAME_TAGS = ("PROPN", "NOUN", "ADJ", "X")
LONG_QUOTE_WORDS = 6  # above the longest term (attribution.TERM_MAX_WORDS), whose words must be tagged
PIPE_BATCH = 64  # measured: larger batches of short pieces parse slower
WORD = regex.compile(r"[\w'’-]+")
# spaCy's tokenizer strips prefixes and suffixes one character at a time, re-matching what is left: quadratic on
# a long run of punctuation without spaces (4,000 « in a row take 0.8 s, 8,000 3 s, 100,000 more than 300 s).
# No word is that long; such a run is given to spaCy as spaces (quotation marks are found on the text itself).
PUNCTUATION_RUN = regex.compile(r"[^\p{L}\p{N}\s]{100,}")  # underscores too
# « A Saran, où … » : the capital À written without its accent, which the tagger takes for a noun subject
UNACCENTED_CAPITAL_A = regex.compile(r"(?<=(?:^|[.!?…«»“”(\n])\s*)A(?= \p{L})")
MISTYPED_APOSTROPHE = regex.compile(r"(?<=\p{L})[`´](?=\p{L})")
MOJIBAKE = regex.compile("[ÃĂÅ]|â€")  # how UTF-8 accents look when read as Latin-1 or Windows-1250
# the word around one, up to a closing mark (« vÅ“ux »: the “ is part of it), so that no mark after it moves
MOJIBAKE_WORD = regex.compile(r"[^\s«»\"()]*(?:[ÃĂÅ]|â€)[^\s«»”\"(),.;:!?]*")
# names that spaCy's French tokenizer cuts like an elision or a hyphenated phrase (« N' Goran », « St - Louis »,
# « CGT - Santé »: an acronym and its branch, whose NER entity would stop at the hyphen)
# a quotation mark typed against a word on both sides (« Lenne,"et puis », « l'"expert" »), which spaCy's
# tokenizer leaves inside one token, so that the name before it took the next word with it
GLUED_QUOTATION_MARK = [r'(?<=\w)[,;](?=["“”«»]\w)', r'(?<=[,;\w\'’])["“”«»](?=\w)', r'(?<=\w)["“”«»](?=[,;.])']
GLUED_COMMA = r"(?<=\w\w),(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])"  # « Dimanche 20 octobre 2019,Justin Trudeau »: a comma typed without its space
GLUED_HONORIFIC = regex.compile(r"(?<![\p{L}.])(M|Mme|Mlle|Me|Dr|Pr)\.(\p{Lu}\p{Ll}+)(?!\p{L})")  # « M.Taboubi »
GLUED_BRACKET = regex.compile(r"(?<![\p{L}'’])(\p{L}+)(\()(\p{Lu}\p{L}*)")  # « Marc Le Fur(LR) », not « O'Neill(SF) »
ELIDED_CAPITALS = "|".join(sorted(word[:-1].capitalize() for word in ELISIONS))  # « Qu », « Lorsqu »: no names
WHOLE_NAME = regex.compile(r"(?<![\p{L}'’-])(?:[NMO]['’]|(?:St|Ste|Saint|Sainte)-)\p{Lu}\p{Ll}[\p{L}-]*"
                           r"|(?<![\p{L}'’-])[NM]['’]\p{Ll}{3,}(?= \p{Lu}\p{Ll})"  # « M’barek Boussoufa », before a surname
                           r"|(?<![\p{L}'’-])\p{Lu}{2,}(?:-\p{Lu}\p{L}*)+(?![\p{L}'’-])"
                           # « Eto’o », « Guivarc’h »: a capitalised word cut at its apostrophe, not an elided « Qu’ », « Lorsqu’ »
                           rf"|(?<![\p{{L}}'’-])(?!(?:{ELIDED_CAPITALS})['’])\p{{Lu}}\p{{Ll}}+['’]\p{{Ll}}+(?![\p{{L}}'’-])")


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `name`, loaded once per process (it takes seconds and hundreds of MB), without the
    components that attribution does not use, and keeping the hyphenated words of quotes/data whole."""
    try:
        nlp = spacy.load(name, exclude=UNUSED_COMPONENTS)
    except OSError:
        raise RuntimeError(f"spaCy model {name!r} is not installed: pip install {name.replace('_', '-')}") from None
    for word in hyphenated_words():
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *GLUED_QUOTATION_MARK, GLUED_COMMA]).finditer
    nlp.tokenizer.add_special_case("):", [{ORTH: ")"}, {ORTH: ":"}])  # « X (troisième ligne): « … » »: the colon of a lead-in
    nlp.add_pipe("name_tokens", first=True)
    return nlp


@Language.component("name_tokens")
def name_tokens(doc: Doc) -> Doc:
    """Names as a reader sees them: one token for « Viviane N'Goran », « Martin St-Louis », « la CGT-Santé » and
    « Samuel Eto’o » (otherwise « Goran », « Louis », « CGT- » and « Eto’ »), two for « M.Taboubi » (an honorific typed without its space),
    three for « Fur(LR » (a party's bracket typed without its space)."""
    spans = [doc.char_span(*match.span()) for match in WHOLE_NAME.finditer(doc.text)]
    with doc.retokenize() as retokenizer:
        for span in filter(None, spans):
            if len(span) > 1:
                retokenizer.merge(span)
    honorifics = [(doc.char_span(*match.span()), [match[1] + ".", match[2]]) for match in GLUED_HONORIFIC.finditer(doc.text)]
    brackets = [(doc.char_span(*match.span()), [match[1], match[2], match[3]]) for match in GLUED_BRACKET.finditer(doc.text)]
    with doc.retokenize() as retokenizer:
        for span, words in honorifics + brackets:
            if span is not None and len(span) == 1:
                retokenizer.split(span[0], words, heads=[(span[0], 0)] * len(words))
    return doc


def parse_texts(texts: list[str], nlp: Language) -> list[Doc]:
    """Docs for `texts`, tagged, parsed and with named entities everywhere except inside long quoted sentences;
    their offsets are those of `texts`, their text too but for what `as_parsed` evens out."""
    plans = [[(as_parsed(piece), full) for piece, full in parsing_plan(text)] for text in texts]
    to_parse = [piece for plan in plans for piece, full in plan if full]
    windowed = recognises_names_alone(nlp)
    parsed = iter(nlp.pipe(to_parse, batch_size=PIPE_BATCH, disable=[NER] if windowed else []))
    docs = [_assemble(nlp, plan, parsed) for plan in plans]
    if windowed:
        recognise_names(docs, nlp)
    return docs


def as_parsed(text: str) -> str:
    """`text` as the pipeline reads it, with the same offsets: long runs of punctuation as spaces, a sentence
    that opens on « A » (« A Paris, … ») opening on « À », a grave or acute accent typed for an apostrophe
    (« l`ex-Premier ministre », « s´est ») an apostrophe, and mojibake repaired (below)."""
    text = MISTYPED_APOSTROPHE.sub("'", UNACCENTED_CAPITAL_A.sub("À", without_punctuation_runs(text)))
    return MOJIBAKE_WORD.sub(_repaired_word, text) if MOJIBAKE.search(text) else text


def _repaired_word(word: regex.Match) -> str:
    """« a dÃ©clarÃ© », « avait fustigĂ© »: UTF-8 accents read as Latin-1 or Windows-1250, which the tokenizer
    cuts into pieces (at « © »), repaired by ftfy and padded with spaces after the word to keep the offsets."""
    repaired = ftfy.fix_encoding(word[0])
    return repaired + " " * (len(word[0]) - len(repaired)) if len(repaired) <= len(word[0]) else word[0]


def without_punctuation_runs(text: str) -> str:
    """`text` with every run of 100 or more punctuation characters replaced by as many spaces: same offsets,
    and a tokenizer that stays linear."""
    return PUNCTUATION_RUN.sub(lambda run: " " * len(run[0]), text)


def recognises_names_alone(nlp: Language) -> bool:
    """Whether the entity recogniser has token vectors of its own (as in spaCy's French pipelines) and so can
    run on windows; one that listens to a shared tok2vec or transformer runs with the whole pipeline."""
    listened = {name for _, component in nlp.pipeline for name in getattr(component, "listening_components", [])}
    return NER in nlp.pipe_names and NER not in listened


def recognise_names(docs: list[Doc], nlp: Language) -> None:
    """Run the entity recogniser on windows around the capitalised words of tagged `docs` and set their entities."""
    windows = [(doc, start, end) for doc in docs for start, end in name_windows(doc)]
    pieces = (Doc(nlp.vocab, words=[t.text for t in doc[start:end]], spaces=[bool(t.whitespace_) for t in doc[start:end]])
              for doc, start, end in windows)
    found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
    for (doc, start, _), piece in zip(windows, nlp.get_pipe(NER).pipe(pieces, batch_size=PIPE_BATCH * 4)):
        found[id(doc)] += [Span(doc, start + ent.start, start + ent.end, ent.label_) for ent in piece.ents]
    for doc in docs:
        doc.set_ents(found[id(doc)], default="outside")


def name_windows(doc: Doc) -> list[tuple[int, int]]:
    """Disjoint token ranges around every capitalised word tagged as a possible name, overlapping ones merged."""
    before, after = NAME_WINDOW
    windows: list[tuple[int, int]] = []
    for token in doc:
        if token.text[:1].isupper() and token.pos_ in NAME_TAGS:
            start, end = max(0, token.i - before), min(len(doc), token.i + after + 1)
            if windows and start <= windows[-1][1]:
                start = windows.pop()[0]
            windows.append((start, end))
    return windows


def parsing_plan(text: str) -> list[tuple[str, bool]]:
    """The article cut into pieces that join back into `text`, each marked for full parsing or not."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for span in find_quote_spans(text):
        if span.depth == 0 and _only_tokenised(text, span):
            pieces += [(text[at : span.start], True), (text[span.start : span.end], False)]
            at = span.end
    pieces.append((text[at:], True))
    _, body = headline(text)
    if body and pieces[0][1] and len(pieces[0][0]) > body:  # a headline has no full stop: never one sentence with the body
        pieces[:1] = [(text[:body], True), (pieces[0][0][body:], True)]
    return [(piece, full) for piece, full in pieces if piece] or [("", True)]  # an empty text is one empty doc


def _only_tokenised(text: str, span: QuoteSpan) -> bool:
    """A long quote that is a sentence of its own (capitalised), with no incise to find inside it."""
    inside = span.text(text)
    words = WORD.findall(inside)
    opens_a_cleft = fold(inside[:8]).startswith(("ce que ", "ce qu'"))  # « Ce que voulait X, c'était … »: X's aims
    return len(words) >= LONG_QUOTE_WORDS and inside[:1].isupper() and not opens_a_cleft and not _may_hold_an_incise(inside)


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
