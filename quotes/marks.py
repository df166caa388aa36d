"""Finding quotation marks: the spans of text between « », “ ”, ‹ ›, ‘ ’, << >>, two apostrophes and straight quotes.

A small state machine over the mark characters only (found with one regex), so it runs in linear time on any
input and never raises. French conventions it follows:

* a space, U+00A0 or U+202F (or nothing) may stand inside the marks; it is not part of the quoted text;
* a quote may run over several paragraphs: each following paragraph re-opens with « and only the last one
  closes (the continuation marks stay inside the quoted text, as in the source); a paragraph that does not
  re-open but ends the quote (« … alertée.⏎⏎J'ai tout perdu », confie-t-elle) continues it too;
* marks nest (“ ” inside « »); straight quotes alternate open/close within a paragraph, and a » with no « open
  closes an open " (" … », a déclaré X);
* a mark left open is closed at the end of its paragraph, flagged `closed=False`; a single line break inside a
  sentence (copy wrapped at a fixed width) ends no paragraph;
* noisy copy: a mark between two letters (l"hôpital, a stray “ in a word) is no mark, and an opening “ or « in
  closing position (after a word, before a space or punctuation) closes an open one (“texte“, « texte« , as
  some outlets type them), and so do two apostrophes (“texte’’);
* wire copy that lost its « » quotes with a straight ' ('à toutes nos attentes'): it opens after a space and
  before a word, closes after a word, and one never closed was an apostrophe (les années '80, l' autre);
  likewise a curly ‘ opens a quote only where a ’ in closing position follows it (‘très mal’), and a ’ between
  two letters (c’est) closes nothing.
"""
from __future__ import annotations

from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field, replace

import regex

OPENERS = "«“‹‘"
CLOSERS = {"»": "«", "”": "“", "›": "‹", "’": "‘"}
DOUBLE_MARKS = "«»“”"  # never inside a word (« ’ » is an apostrophe too)
INNER_SPACE = " \t\u00a0\u202f\u2009"
LINE_SPACE = INNER_SPACE + "\r"  # what may stand at either side of a line break
APOSTROPHES = "‘’'"
# Two apostrophes stand for a double quotation mark in some copy (‘’manœuvres’’, ‘'…'', ''…''): matched as one
# mark; << >> stand for « » in copy typed without them; a straight ' quotes in wire copy that lost its « »
MARK_OR_BREAK = regex.compile(r"[‘’']{2}|<<|>>|[«»“”‹›‘’'\"\n]")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character of the quoted text, after the opening mark and its space
    end: int  # just after the last character of the quoted text (before the space and the closing mark)
    open_at: int  # offset of the opening mark
    close_at: int  # offset just after the closing mark (the paragraph end when unclosed)
    mark: str  # the opening mark
    depth: int  # 0 for a top-level quote, 1 for a quote inside it, …
    closed: bool = True
    paragraphs: int = 1

    def text(self, article: str) -> str:
        return article[self.start : self.end]


@dataclass
class _Open:
    mark: str
    at: int
    paragraphs: int = 1
    width: int = 1  # characters of the opening mark
    wrapped_at: int | None = None  # the first wrapped line break it ran over


@dataclass
class _Stack:
    """The open marks, innermost last, counted by mark so that `holds` takes constant time."""

    items: list[_Open] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def push(self, opened: _Open) -> None:
        self.items.append(opened)
        self.counts[opened.mark] += 1

    def pop(self) -> _Open:
        opened = self.items.pop()
        self.counts[opened.mark] -= 1
        return opened

    def truncate(self, size: int) -> None:
        while len(self.items) > size:
            self.pop()

    def holds(self, mark: str) -> bool:
        return self.counts[mark] > 0

    def __len__(self) -> int:
        return len(self.items)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span of `text`, ordered by opening mark; spans nest or are disjoint."""
    spans: list[QuoteSpan] = []
    stack = _Stack()
    skip_until = -1
    for match in MARK_OR_BREAK.finditer(text):
        at, char = match.start(), match.group()
        if at < skip_until:
            continue
        if char == "\n":
            if not wrapped_line(text, at):
                skip_until = _end_of_paragraph(text, at, stack, spans)
            elif stack and stack.items[0].wrapped_at is None:
                stack.items[0].wrapped_at = at
        elif _inside_a_word(text, at):
            continue
        elif char == "<<":
            stack.push(_Open("«", at, width=2))
        elif char == ">>":
            if stack.holds("«"):
                _close(text, at, "«", stack, spans, width=2)
        elif len(char) == 2 and char[0] in APOSTROPHES:
            if stack.holds("‘’"):
                _close(text, at, "‘’", stack, spans, width=2)
            elif stack and stack.items[-1].mark in "“«" and _in_closing_position(text, at, width=2):
                _close(text, at, stack.items[-1].mark, stack, spans, width=2)  # “ … ’’: two apostrophes close it
            elif not _in_closing_position(text, at, width=2):
                stack.push(_Open("‘’", at, width=2))
        elif char == "'":
            if stack.holds("'") and _in_closing_position(text, at) and not _elision(text, at):
                _close(text, at, "'", stack, spans)
            elif _in_opening_position(text, at):
                stack.push(_Open("'", at))
        elif char == '"':
            if stack.holds('"'):
                _close(text, at, '"', stack, spans)
            elif _closes_another_mark(text, at, stack):
                _close(text, at, stack.items[-1].mark, stack, spans)  # “ … ", a déclaré X: opened curly, closed straight
            elif not _in_closing_position(text, at):
                stack.push(_Open('"', at))  # but « …Ansongo", a-t-il indiqué »: a closing mark whose opening was lost
        elif char in CLOSERS and stack.holds(CLOSERS[char]):
            _close(text, at, CLOSERS[char], stack, spans)
        elif char in "»”" and _closes_another_mark(text, at, stack):
            _close(text, at, stack.items[-1].mark, stack, spans)  # “ … », a déclaré X, « … ”: a curly mark closed by another
        elif char in "«»" and stack.holds("»"):
            _close(text, at, "»", stack, spans)  # » … « or » … »
        elif char == "”" and stack.holds("”"):
            _close(text, at, "”", stack, spans)  # ” … ”
        elif char in "»”" and stack.holds('"'):
            _close(text, at, '"', stack, spans)  # " … », a déclaré X, " … ” a déclaré Y: opened straight, closed curly
        elif char == "»" and _reversed_pair(text, at) or char in "»”" and _opens_its_paragraph(text, at, char):
            stack.push(_Open(char, at))  # » … «, as some copy types them, or » … » / ” … ” at a paragraph's start
        elif char in "“«" and stack.holds(char) and _in_closing_position(text, at):
            _close(text, at, char, stack, spans)
        elif char in OPENERS:
            if char == "‘" and not stack and not _single_quote_closed_later(text, at):
                continue  # a lone ‘ outside any quote is more often an apostrophe than a quote
            _close_a_stray_over_a_wrapped_line(text, char, stack, spans)
            stack.push(_Open(char, at))
    _close_unclosed(text, len(text), stack.items, spans)
    kept = [span for span in spans if span.closed or span.mark != "'"]
    if len(kept) < len(spans):  # a straight ' never closed was an apostrophe: no span, and the quotes after it are not inside it
        spans = _renested(kept)
    return sorted(_with_words(text, spans), key=lambda span: (span.open_at, -span.close_at))


def _renested(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans with their depths counted again (they nest or are disjoint): one pass over them in order,
    with a stack of the ends of the spans still open."""
    result, ends = [], []
    for span in sorted(spans, key=lambda span: (span.open_at, -span.close_at)):
        while ends and ends[-1] <= span.open_at:
            ends.pop()
        result.append(replace(span, depth=len(ends)))
        ends.append(span.close_at)
    return result


def _with_words(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans that quote at least one letter or digit (an empty « » is no quote), in linear time: a running
    count of letters and digits, not a scan of each span."""
    count = list(accumulate((char.isalnum() for char in text), initial=0))
    return [span for span in spans if count[span.end] > count[span.start]]


REVERSED_REACH = 500  # characters looked ahead for the « that closes a reversed »: bounded, so the finder stays linear


def _rest_of_paragraph(text: str, at: int) -> str:
    """The text after the mark at `at` up to its paragraph's end, at most REVERSED_REACH characters."""
    end = text.find("\n", at, at + REVERSED_REACH)
    return text[at + 1 : end if end >= 0 else at + REVERSED_REACH]


def _opens_its_paragraph(text: str, at: int, mark: str) -> bool:
    """« » Le plan … », a expliqué X » or « ” Les forces … ”, a dit X »: a paragraph that starts with a closing
    mark, closed by a later one of the same paragraph — an opening mark typed the wrong way round; so is one
    glued to the capital that opens a sentence (« … les prix. »Dans le secteur … », annonce X »)."""
    line_start = text.rfind("\n", max(0, at - REVERSED_REACH), at) + 1
    before = text[line_start:at].strip(INNER_SPACE)
    if before and not (before[-1] in ".!?" and text[at + 1 : at + 2].isupper()):
        return False
    rest = _rest_of_paragraph(text, at)
    closing, opening = rest.find(mark), rest.find(CLOSERS[mark])
    return closing >= 0 and (opening < 0 or closing < opening)  # not « » stray. Puis « vrai » »

def _reversed_pair(text: str, at: int) -> bool:
    """A » with no « open, whose paragraph goes on with a « in closing position (no word after it) and then
    no »: reversed guillemets (» … «), not a stray closing mark that would swallow the quotes after it."""
    paragraph = _rest_of_paragraph(text, at)
    opening = paragraph.find("«")
    if opening <= 0 or "»" in paragraph:
        return False
    after = paragraph[opening + 1 :].lstrip(INNER_SPACE)
    return not after[:1].isalnum()


def _closes_another_mark(text: str, at: int, stack: _Stack) -> bool:
    """A closing mark in closing position while the innermost open quote began with another double mark (« “ … " »,
    « “ … » »): sloppy copy's pair, so that the stray opener does not swallow the quotes after it."""
    return bool(stack) and stack.items[-1].mark in "“«" and _in_closing_position(text, at, spaced=text[at] == "»")


def _inside_a_word(text: str, at: int) -> bool:
    """l"hôpital, aujourd“hui: a mark with a letter on each side is a typing slip, not a quotation mark."""
    return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()


def _single_quote_closed_later(text: str, at: int) -> bool:
    """‘très mal’: a ‘ outside any quote, before a word, whose paragraph goes on with a ’ in closing position
    (not the apostrophe of « j’aie » nor of « l’ autre ») quotes, as some African and wire copy types quotes."""
    if at + 1 >= len(text) or not text[at + 1].isalnum():
        return False
    rest = _rest_of_paragraph(text, at)
    closers = (at + 1 + match.start() for match in regex.finditer("’", rest))
    return any(_in_closing_position(text, close) and not _elision(text, close) for close in closers)


def _in_closing_position(text: str, at: int, width: int = 1, spaced: bool = False) -> bool:
    """After a word or final punctuation, before a space, punctuation or the end of the text — not after a
    comma, a colon or an opening bracket, which a quote opens from (« a fait savoir que,’’ c’est … ’’ »,
    « [« on nous a roulés » – ndlr] »). With `spaced`, the spaces French puts before a » are looked past."""
    last = at - 1
    while spaced and last > 0 and text[last] in INNER_SPACE:
        last -= 1
    before = text[last] if last >= 0 else " "
    after = text[at + width] if at + width < len(text) else " "
    return not before.isspace() and before not in ",:([" and (after.isspace() or after in ",.;:!?)»”")


def _in_opening_position(text: str, at: int) -> bool:
    """'à toutes nos attentes': a straight ' after a space, a line break or an opening bracket and before a word
    opens a quote; elsewhere (l'école, les années '80 never closed) it is an apostrophe."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "(«“") and after.isalnum()


ELIDED = {"l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"}


def _elision(text: str, at: int) -> bool:
    """« l' autre », « jusqu' à »: an apostrophe typed with a space after an elided word, which no quote ends on."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:at].lower() in ELIDED


def _close(text: str, at: int, opener: str, stack: _Stack, spans: list[QuoteSpan], width: int = 1) -> None:
    """Close the innermost `opener` with the mark at `at`, `width` characters long; anything opened inside
    it and never closed ends here, unclosed."""
    end = _strip_end(text, at)
    while stack:
        opened = stack.pop()
        if opened.mark == opener:
            spans.append(_span(text, opened, end, at + width, len(stack), closed=True))
            return
        spans.append(_span(text, opened, end, at, len(stack), closed=False))


def _end_of_paragraph(text: str, at: int, stack: _Stack, spans: list[QuoteSpan]) -> int:
    """At a line break: continue an open quote if the next paragraph re-opens it, else close what is open.

    Returns the offset up to which the next marks are already dealt with (the continuation mark).
    """
    if not stack:
        return -1
    following = _skip_blank(text, at)
    outer = stack.items[0]
    reopened = following < len(text) and text[following] == outer.mark
    broken = outer.mark in "«“" and _broken_inside_marks(text, at, following, outer)
    goes_on = outer.mark in '«“"' and _closed_in_next_paragraph(text, following, outer.mark)
    if outer.mark in "«“" and reopened or goes_on or broken:
        _close_unclosed(text, at, stack.items[1:], spans, depth_offset=1)
        stack.truncate(1)
        outer.paragraphs += not broken  # « une «⏎conférence⏎» »: one line of text between the marks
        return following + 1 if reopened else following
    _close_unclosed(text, at, stack.items, spans)
    stack.truncate(0)
    return -1


def wrapped_line(text: str, at: int) -> bool:
    """The line break at `at` wraps a sentence (« nous perdons un⏎grand acteur », « « … »,⏎a déclaré X », copy
    broken at a fixed width): one break, after no full stop (spaces aside) and before a lowercase word or
    punctuation. A blank line, or a line that ends a sentence, starts a paragraph."""
    before = at - 1
    while before >= 0 and text[before] in LINE_SPACE:
        before -= 1
    after = at + 1
    while after < len(text) and text[after] in LINE_SPACE:
        after += 1
    if before < 0 or after >= len(text) or text[before] in "\n.!?…":
        return False
    return text[after].islower() or text[after] in ",;.)"


def _broken_inside_marks(text: str, at: int, following: int, outer: _Open) -> bool:
    """« une «⏎conférence pour l'emploi⏎» et des «⏎mesures⏎» »: copy whose markup left a line break just
    inside each mark — the break right after the opening mark, and the one before the closing mark that opens
    the next line, are inside the quote."""
    after_mark = outer.at + outer.width
    while after_mark < len(text) and text[after_mark] in INNER_SPACE:
        after_mark += 1
    if after_mark >= len(text) or text[after_mark] != "\n":
        return False
    closer = next(close for close, opener in CLOSERS.items() if opener == outer.mark)
    return at == after_mark or following < len(text) and text[following] == closer


def _closed_in_next_paragraph(text: str, following: int, opener: str) -> bool:
    """« Je m'apprêtais …⏎⏎J'ai tout perdu », confie-t-elle (or with straight marks): the paragraph at `following`
    does not re-open the quote, but its first mark is the quote's own closing mark, ending a clause (before punctuation or the
    paragraph's end) — the quote goes on in it. A closing mark before a word (« Il a dit » non ») is a stray."""
    marks = (
        mark for mark in MARK_OR_BREAK.finditer(text, following)
        if mark.group() not in APOSTROPHES and not (mark.group() == "\n" and wrapped_line(text, mark.start()))
    )  # apostrophes, and the breaks of wrapped lines
    first = next(marks, None)
    if not first or CLOSERS.get(first.group()) != opener and not (opener == '"' == first.group()):
        return False
    after = first.end()
    while after < len(text) and text[after] in INNER_SPACE:
        after += 1
    return after >= len(text) or text[after] in "\n,.;:!?)"


def _close_a_stray_over_a_wrapped_line(text: str, mark: str, stack: _Stack, spans: list[QuoteSpan]) -> None:
    """« un « nouveau départ⏎pour la ville. Le préfet a déclaré : « Nous verrons » »: the same mark opening again
    (French copy does not nest « in «) while a quote runs over a wrapped line — that one was a stray, left open
    at the line break, and the new quote is its own."""
    outer = stack.items[0] if len(stack) == 1 else None
    if outer is not None and outer.mark == mark and outer.wrapped_at is not None:
        inner_end = max((span.close_at for span in spans if outer.at < span.open_at < outer.wrapped_at), default=0)  # one opened before the break ends in it
        _close_unclosed(text, max(outer.wrapped_at, inner_end), stack.items, spans)
        stack.truncate(0)


def _close_unclosed(text, at, stack, spans, depth_offset=0) -> None:
    close_at = at
    while close_at > 0 and text[close_at - 1] in "\n":
        close_at -= 1
    end = _strip_end(text, close_at)
    for depth in range(len(stack) - 1, -1, -1):
        spans.append(_span(text, stack[depth], end, close_at, depth + depth_offset, closed=False))


def _skip_blank(text: str, at: int) -> int:
    while at < len(text) and text[at] in "\n" + INNER_SPACE:
        at += 1
    return at


def _strip_end(text: str, at: int) -> int:
    """`at` moved back over the spaces and line breaks before it: the end of a quote closed at `at`.

    Computed once per closing, not once per span closed there, so a pile of unclosed marks stays linear.
    """
    while at > 0 and text[at - 1] in LINE_SPACE + "\n":
        at -= 1
    return at


def _span(text: str, opened: _Open, end: int, close_at: int, depth: int, closed: bool) -> QuoteSpan:
    """The span of `opened`, closed at `close_at`; `end` is the closing position already stripped of spaces."""
    start = opened.at + opened.width
    while start < close_at and (text[start] in INNER_SPACE or text[start] == "\n" and opened.paragraphs == 1):
        start += 1  # « «⏎conférence⏎» »: a line break just inside the mark is no part of the words
    end = max(end, start)
    return QuoteSpan(start, end, opened.at, close_at, opened.mark, depth, closed, opened.paragraphs)
