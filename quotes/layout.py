"""Layout: where sentences, paragraphs and quotations are in one parsed article.

`Context` is what every attribution rule reads: the spaCy `Doc`, the article's text, its top-level quotation
spans and person names, with lookups from character offsets to tokens, sentences and paragraphs. Sentences
are split here once, outside quotation marks, and the same bounds serve attribution, coreference salience
and the sentence stored with each quote.
"""
from __future__ import annotations

from bisect import bisect_right

import regex
from spacy.tokens import Doc, Span

from .lexicon import fold, see_also_openers
from .marks import QuoteSpan, wrapped_line


SENTENCE_END = {".", "!", "?", "…", "..."}


OPENING_MARKS = "«“‹‘\"'"


CLOSING_MARKS = "»”›’\"'"


class Context:
    """One parsed article with its quotation spans: sentence bounds and token lookups by character."""

    def __init__(self, doc: Doc, text: str, spans: list[QuoteSpan], names: list[tuple[int, int]]):
        self.doc = doc
        self.text = text  # the doc's text, which spaCy would rebuild from the tokens at every call
        self.top = [span for span in spans if span.depth == 0]
        self._opens = [span.open_at for span in self.top]
        self.token_starts = doc.to_array("IDX").tolist()
        strings = doc.vocab.strings
        self.words = [fold(strings[orth]) for orth in doc.to_array("ORTH").tolist()]  # cue matching reads them all
        self.name_end = {start: end for start, end in names}
        self.sentence_starts = self._sentence_starts()

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.token_starts, char) - 1)

    def tokens(self, start_char: int, end_char: int) -> Span:
        first = bisect_right(self.token_starts, start_char - 1)
        last = bisect_right(self.token_starts, end_char - 1)
        return self.doc[first:last]

    def inside_quote(self, char: int) -> QuoteSpan | None:
        i = bisect_right(self._opens, char) - 1  # top-level spans are disjoint and sorted
        return self.top[i] if i >= 0 and char < self.top[i].close_at else None

    def _sentence_starts(self) -> list[int]:
        """Sentence starts (char offsets) outside quotes: after . ! ? … before a capital, an opening mark
        or a line break; after a closing mark whose quote ends a sentence; at every paragraph (but not at a
        line wrapped in mid-sentence)."""
        doc, text, starts = self.doc, self.text, [0]
        closes = {span.close_at: span for span in self.top}
        for token in doc:
            end = token.idx + len(token.text)
            if token.is_space and "\n" in token.text and not self.inside_quote(token.idx):
                wrapped = token.text.count("\n") == 1 and wrapped_line(text, token.idx + token.text.index("\n"))
                if not wrapped and not _lead_in_to_a_quote(text, token.idx, end):
                    starts.append(end)
            elif token.text in SENTENCE_END and not self.inside_quote(token.idx) or (
                token.text in CLOSING_MARKS and end in closes and text[closes[end].end - 1 : closes[end].end] in "!?.…"
            ):
                following = _next_char(text, end)
                if following is None or following.isupper() or following in OPENING_MARKS + "—–-":
                    starts.append(end)
        return sorted(set(starts))

    def sentence(self, char: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, char) - 1
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def sentences_around(self, start: int, end: int) -> str:
        """The sentence (or sentences) holding text[start:end], its cue included: « … », a-t-il dit."""
        first, _ = self.sentence(start)
        _, last = self.sentence(max(start, end - 1))
        return self.text[first:last].strip()

    def paragraph(self, char: int) -> tuple[int, int]:
        text = self.text
        end = text.find("\n", char)
        return text.rfind("\n", 0, char) + 1, len(text) if end < 0 else end

    def text_from(self, char: int) -> int:
        """The first character at or after `char` that is not a space (the text's end if none)."""
        while char < len(self.text) and self.text[char].isspace():
            char += 1
        return char

    def previous_paragraph(self, char: int) -> str:
        start, _ = self.paragraph(char)
        before = self.text[:start].rstrip()
        return before[before.rfind("\n") + 1 :]

    def in_question(self, char: int) -> bool:
        """Whether `char` is in an interviewer's question: a paragraph that opens with a dash or ends with "?"."""
        start, end = self.paragraph(char)
        return is_question(self.text[start:end])

    def left(self, index: int) -> Span:
        """Tokens before quote `index` in its sentence, after any earlier quote of that sentence."""
        span = self.top[index]
        start, _ = self.sentence(span.open_at)
        if index and self.top[index - 1].close_at > start:
            start = self.top[index - 1].close_at
        return self.tokens(start, span.open_at)

    def right(self, index: int) -> Span:
        """Tokens after quote `index` up to the end of its sentence or the next quote."""
        span = self.top[index]
        _, end = self.sentence(max(span.close_at - 1, span.open_at))
        if index + 1 < len(self.top) and self.top[index + 1].open_at < end:
            end = self.top[index + 1].open_at
        return self.tokens(span.close_at, end)


def is_heading(line: str) -> bool:
    """A short line with no final full stop or colon: a title or subheading, not a sentence."""
    bare = line.rstrip(" \u00a0\u202f»”\"’")
    return 0 < len(line.split()) <= 12 and not bare.endswith((".", ":", ";", ",", "…"))


def is_see_also(line: str) -> bool:
    """« Lire aussi : … », « À LIRE ÉGALEMENT: … »: a page's link to another article, not part of the story."""
    opening = fold(line.strip()).split(":")[0].strip()
    return opening in see_also_openers()


BYLINE = regex.compile(r"(?:Par|PAR|By)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|du|van|von|et))*\s*")


def is_byline(line: str) -> bool:
    """« Par Nadir Kadi », « Par Anne Roy et Marc Petit » on a line of its own: who wrote the article, never a
    speaker."""
    return BYLINE.fullmatch(line.strip()) is not None


def in_byline(text: str, char: int) -> bool:
    """The line of `text` holding char offset `char` is a byline."""
    end = text.find("\n", char)
    return is_byline(text[text.rfind("\n", 0, char) + 1 : end if end >= 0 else len(text)])


def is_question(paragraph: str) -> bool:
    paragraph = paragraph.strip()
    return paragraph[:1] in "—–" and len(paragraph) > 1 or paragraph.endswith("?") and paragraph[:1] not in OPENING_MARKS


def _lead_in_to_a_quote(text: str, break_at: int, after: int) -> bool:
    """« Cela ne plaît pas à X :⏎« … » »: a line ending on a colon, then a quotation — one sentence."""
    before = break_at - 1
    while before >= 0 and text[before] in " \u00a0\u202f\t":
        before -= 1
    following = _next_char(text, after)
    return before >= 0 and text[before] == ":" and following is not None and following in OPENING_MARKS


def _next_char(text: str, at: int) -> str | None:
    while at < len(text) and text[at] in " \u00a0\u202f\t":
        at += 1
    return text[at] if at < len(text) else None
