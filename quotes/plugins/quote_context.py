"""Quote in context: the row page of a quote shows it inside its article paragraph.

The quote is highlighted, the speaker mention marked, and the page links to the speaker's other quotes. The
plugin only reads; it hands the template plain strings, which Jinja escapes (a quote `<script>` stays text).
In `quotes_view` and the canned queries, a quote id links to that page.
"""
from __future__ import annotations

from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components
from markupsafe import Markup

QUOTE_SQL = """
select quotes.start, quotes.end, quotes.speaker_start, quotes.speaker_end, speaker.name as speaker,
  about.name as about, articles.id as article, articles.text as article_text, articles.title as article_title,
  articles.url as article_url
from quotes
  join articles on articles.id = quotes.article
  left join people as speaker on speaker.id = quotes.speaker
  left join people as about on about.id = quotes.about
where quotes.id = ?
"""


def in_context(text: str, quote: tuple[int, int], speaker: tuple[int | None, int | None]) -> list[tuple[str, str]]:
    """The paragraph(s) of `text` around the quote and its speaker mention, as (mark, piece) pairs in order.

    `mark` is "quote", "speaker" or "" for the text in between; a missing mention (None, None), or one inside
    the quote, is not marked.
    """
    marks = [(*quote, "quote")]
    if speaker[0] is not None and (speaker[1] <= quote[0] or speaker[0] >= quote[1]):
        marks.append((*speaker, "speaker"))
    marks.sort()
    begin = text.rfind("\n", 0, marks[0][0]) + 1
    stop = text.find("\n", marks[-1][1])
    pieces, at = [], begin
    for start, end, mark in marks:
        pieces += [("", text[at:start]), (mark, text[start:end])]
        at = end
    pieces.append(("", text[at : stop if stop != -1 else len(text)]))
    return [(mark, piece) for mark, piece in pieces if piece]


def is_web_url(url: str | None) -> bool:
    """Only http(s) addresses become links: an ingested `javascript:` url stays inert."""
    return bool(url) and url.lower().startswith(("http://", "https://"))


def quote_url(datasette, database: str, quote_id: str) -> str:
    return datasette.urls.row(database, "quotes", tilde_encode(quote_id))


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or table != "quotes":
        return {}

    async def context():
        (quote_id,) = urlsafe_components(request.url_vars["pks"])
        row = (await datasette.get_database(database).execute(QUOTE_SQL, [quote_id])).first()
        if row is None:
            return {}
        speaker_quotes = None
        if row["speaker"]:
            speaker_quotes = datasette.urls.database(database) + "/quotes_by_person?" + urlencode({"name": row["speaker"]})
        return {
            "quote_context": in_context(
                row["article_text"], (row["start"], row["end"]), (row["speaker_start"], row["speaker_end"])
            ),
            "quote_speaker": row["speaker"],
            "speaker_quotes_url": speaker_quotes,
            "quote_about": row["about"],
            "article_title": row["article_title"] or row["article"],
            "article_row_url": datasette.urls.row(database, "articles", tilde_encode(row["article"])),
            "article_url": row["article_url"] if is_web_url(row["article_url"]) else None,
        }

    return context


@hookimpl
def render_cell(value, column, table, database, datasette):
    """A quote id (`id` in quotes_view, `quote_id` in a query) links to the quote in context."""
    if isinstance(value, str) and ((table == "quotes_view" and column == "id") or (table is None and column == "quote_id")):
        return Markup('<a href="{}">{}</a>').format(quote_url(datasette, database, value), value)
    return None
