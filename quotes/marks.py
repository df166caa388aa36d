"""Finding quotation marks: the spans of text between « », “ ”, ‹ ›, ‘ ’ and straight quotes.

A small state machine over the mark characters only (found with one regex), so it runs in linear time on any
input and never raises. French conventions it follows:

* a space, U+00A0 or U+202F (or nothing) may stand inside the marks; it is not part of the quoted text;
* a quote may run over several paragraphs: each following paragraph re-opens with « and only the last one
  closes (the continuation marks stay inside the quoted text, as in the source);
* marks nest (“ ” inside « »); straight quotes alternate open/close within a paragraph;
* a mark left open is closed at the end of its paragraph, flagged `closed=False`.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

OPENERS = "«“‹‘"
CLOSERS = {"»": "«", "”": "“", "›": "‹", "’": "‘"}
INNER_SPACE = " \t\u00a0\u202f\u2009"
MARK_OR_BREAK = regex.compile(r'[«»“”‹›‘’"\n]')


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


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span of `text`, ordered by opening mark; spans nest or are disjoint."""
    spans: list[QuoteSpan] = []
    stack: list[_Open] = []
    skip_until = -1
    for match in MARK_OR_BREAK.finditer(text):
        at, char = match.start(), match.group()
        if at < skip_until:
            continue
        if char == "\n":
            skip_until = _end_of_paragraph(text, at, stack, spans)
        elif char == '"':
            if any(opened.mark == '"' for opened in stack):
                _close(text, at, '"', stack, spans)
            else:
                stack.append(_Open('"', at))
        elif char in CLOSERS and any(opened.mark == CLOSERS[char] for opened in stack):
            _close(text, at, CLOSERS[char], stack, spans)
        elif char in OPENERS:
            if char == "‘" and not stack:
                continue  # a lone ‘ outside any quote is more often an apostrophe than a quote
            stack.append(_Open(char, at))
    _close_unclosed(text, len(text), stack, spans)
    return sorted(spans, key=lambda span: (span.open_at, -span.close_at))


def _close(text: str, at: int, opener: str, stack: list[_Open], spans: list[QuoteSpan]) -> None:
    """Close the innermost `opener`; anything opened inside it and never closed ends here, unclosed."""
    while stack:
        opened = stack.pop()
        if opened.mark == opener:
            spans.append(_span(text, opened, at, at + 1, len(stack), closed=True))
            return
        spans.append(_span(text, opened, at, at, len(stack), closed=False))


def _end_of_paragraph(text: str, at: int, stack: list[_Open], spans: list[QuoteSpan]) -> int:
    """At a line break: continue an open quote if the next paragraph re-opens it, else close what is open.

    Returns the offset up to which the next marks are already dealt with (the continuation mark).
    """
    if not stack:
        return -1
    following = _skip_blank(text, at)
    outer = stack[0]
    if following < len(text) and text[following] == outer.mark and outer.mark in "«“":
        _close_unclosed(text, at, stack[1:], spans, depth_offset=1)
        del stack[1:]
        outer.paragraphs += 1
        return following + 1
    _close_unclosed(text, at, stack, spans)
    stack.clear()
    return -1


def _close_unclosed(text, at, stack, spans, depth_offset=0) -> None:
    end = at
    while end > 0 and text[end - 1] in "\n":
        end -= 1
    for depth in range(len(stack) - 1, -1, -1):
        spans.append(_span(text, stack[depth], end, end, depth + depth_offset, closed=False))


def _skip_blank(text: str, at: int) -> int:
    while at < len(text) and text[at] in "\n" + INNER_SPACE:
        at += 1
    return at


def _span(text: str, opened: _Open, close_mark_at: int, close_at: int, depth: int, closed: bool) -> QuoteSpan:
    start, end = opened.at + 1, close_mark_at
    while start < end and text[start] in INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in INNER_SPACE + "\n":
        end -= 1
    return QuoteSpan(start, end, opened.at, close_at, opened.mark, depth, closed, opened.paragraphs)
