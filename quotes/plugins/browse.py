"""The reader's pages: a person, an article, who gets quoted, search across names and titles, and cells that
show names (linked) where the tables store ids.

Each page is one Datasette row page (or a route) whose template gets plain data from a few SQL queries here;
Jinja escapes every string. Charts are inline SVG drawn by the templates from numbers computed here: no
JavaScript, nothing fetched from elsewhere.
"""
from __future__ import annotations

import json
import os
from datetime import date, timedelta

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_encode, urlsafe_components
from datasette.utils.asgi import Response
from markupsafe import Markup

from quotes.plugins.quote_context import is_web_url, quote_url

PALETTE = ["#ffe08a", "#a8dcff", "#c6f0b0", "#ffc2d6", "#d9c8ff", "#ffd0a8", "#b0efe6", "#f0e0a0", "#e0c0a0", "#c8d8ff"]
UNKNOWN_COLOUR = "#e4e4e4"

# quotes_view: the search box reads the quote, the speaker's and the reported person's names and every form
# an article used for them (« M. Kirby »), and the article's title; accents and case ignored, `secur*` a prefix.
SEARCH_SQL = """id in (
  select quotes.id from quotes_fts join quotes on quotes.rowid = quotes_fts.rowid where quotes_fts match fts_query(:q)
  union
  select quotes.id from quotes where quotes.speaker in (select id from found_people) or quotes.about in (select id from found_people)
  union
  select quotes.id from quotes where quotes.article in (
    select articles.id from articles_fts join articles on articles.rowid = articles_fts.rowid where articles_fts match fts_query(:q))
)"""
FOUND_PEOPLE = """(
  select people.id from people_fts join people on people.rowid = people_fts.rowid where people_fts match fts_query(:q)
  union select mentions.person from mentions_fts join mentions on mentions.rowid = mentions_fts.rowid where mentions_fts match fts_query(:q)
)"""

PERSON_QUOTES = """
select quotes.id, quotes.text, quotes.kind, quotes.verb, quotes.article, coalesce(articles.title, articles.id) as title,
  quotes.source, substr(quotes.published, 1, 10) as day, about.id as about_id, about.name as about
from quotes join articles on articles.id = quotes.article left join people as about on about.id = quotes.about
where quotes.speaker = :id
order by quotes.published desc, quotes.article, quotes.start
limit 1000
"""
PAIRS = """
select other.id, other.name, count(*) as quotes from quotes join people as other on other.id = quotes.{other}
where quotes.{me} = :id group by other.id order by quotes desc, other.name
"""
ALIASES = """
select replace(text, char(160), ' ') as alias, count(*) as times, count(distinct article) as articles
from mentions where person = :id group by 1 order by times desc, alias
"""
MENTIONS = """
select mentions.text, mentions.article, coalesce(articles.title, articles.id) as title
from mentions join articles on articles.id = mentions.article where mentions.person = :id
order by mentions.id desc limit 200
"""
ARTICLE_QUOTES = """
select quotes.id, quotes.start, quotes.end, quotes.kind, quotes.speaker as speaker_id, speaker.name as speaker
from quotes left join people as speaker on speaker.id = quotes.speaker where quotes.article = :id order by quotes.start
"""
QUOTE_ROW = """
select quotes.kind, quotes.verb, quotes.sieve, quotes.confidence, quotes.speaker_mention,
  quotes.speaker as speaker_id, speaker.name as speaker, quotes.about as about_id, about.name as about,
  quotes.article, coalesce(articles.title, articles.id) as title, articles.source, substr(articles.published, 1, 10) as day
from quotes join articles on articles.id = quotes.article
  left join people as speaker on speaker.id = quotes.speaker left join people as about on about.id = quotes.about
where quotes.id = :id
"""

# Who gets quoted: quotes and quoted people by gender, for the whole base or grouped by an expression.
GENDER_SHARE = """
select {group} as grp,
  count(*) filter (where people.gender = 'f') as f_quotes,
  count(*) filter (where people.gender = 'm') as m_quotes,
  count(*) filter (where people.gender is null) as unknown_quotes,
  count(distinct people.id) filter (where people.gender = 'f') as f_people,
  count(distinct people.id) filter (where people.gender = 'm') as m_people,
  count(distinct people.id) filter (where people.gender is null) as unknown_people
from quotes join people on people.id = quotes.speaker
where people.kind = 'person'
group by grp order by grp
"""
KINDS = """
select coalesce(people.kind, 'no speaker found') as kind, count(*) as quotes, count(distinct people.id) as speakers
from quotes left join people on people.id = quotes.speaker group by 1 order by quotes desc
"""
TOP_SPEAKERS = """
select * from (
  select coalesce(counts.source, 'no outlet') as outlet, people.id, people.name, people.kind, counts.quotes,
    row_number() over (partition by counts.source order by counts.quotes desc, people.name) as rank
  from (select source, speaker, count(*) as quotes from quotes where speaker is not null group by source, speaker) as counts
    join people on people.id = counts.speaker
) where rank <= 5 order by outlet, rank
"""


def roles_text(roles: str | None) -> str:
    """« porte-parole du Pentagone ; contre-amiral » from the stored JSON list."""
    try:
        return " ; ".join(json.loads(roles or "[]"))
    except (ValueError, TypeError):
        return roles or ""


def person_url(datasette, database: str, person_id) -> str:
    return datasette.urls.row(database, "people", tilde_encode(str(person_id)))


def article_url(datasette, database: str, article_id: str) -> str:
    return datasette.urls.row(database, "articles", tilde_encode(article_id))


def link(url: str, text) -> Markup:
    return Markup('<a href="{}">{}</a>').format(url, text)


def weekly(days: list[str]) -> list[tuple[str, int]]:
    """(monday, quotes) for every week from the first to the last day given, empty weeks included."""
    mondays = []
    for day in days:
        try:
            d = date.fromisoformat(day[:10])
        except (TypeError, ValueError):
            continue
        mondays.append(d - timedelta(days=d.weekday()))
    if not mondays:
        return []
    counts: dict[date, int] = {}
    for monday in mondays:
        counts[monday] = counts.get(monday, 0) + 1
    week, last, weeks = min(mondays), max(mondays), []
    while week <= last:
        weeks.append((week.isoformat(), counts.get(week, 0)))
        week += timedelta(days=7)
    return weeks


def highlighted(text: str, quotes: list[dict]) -> list[tuple[dict | None, str]]:
    """The article text cut into (quote or None, piece) in order; where quotes nest (a term inside a quote),
    the innermost one owns its words."""
    cuts = sorted({0, len(text), *(q["start"] for q in quotes), *(q["end"] for q in quotes)})
    pieces: list[tuple[dict | None, str]] = []
    for begin, end in zip(cuts, cuts[1:]):
        covering = [q for q in quotes if q["start"] <= begin and end <= q["end"]]
        owner = max(covering, key=lambda q: q["start"]) if covering else None
        if pieces and pieces[-1][0] is owner:
            pieces[-1] = (owner, pieces[-1][1] + text[begin:end])
        else:
            pieces.append((owner, text[begin:end]))
    return pieces


def shares(row: dict) -> dict:
    """Percentages of women among quotes and quoted people whose gender is known, with the counts."""
    def pct(f, m):
        return round(100 * f / (f + m), 1) if f + m else None

    return {
        **row,
        "women_quotes_pct": pct(row["f_quotes"], row["m_quotes"]),
        "women_people_pct": pct(row["f_people"], row["m_people"]),
        "quotes": row["f_quotes"] + row["m_quotes"] + row["unknown_quotes"],
        "people": row["f_people"] + row["m_people"] + row["unknown_people"],
    }


async def rows(db, sql: str, params=None) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params or {})).rows]


@hookimpl
def filters_from_request(request, database, table, datasette):
    if table != "quotes_view" or not request.args.get("_search"):
        return None
    term = request.args["_search"]
    return FilterArguments(
        [SEARCH_SQL.replace("found_people", FOUND_PEOPLE)], {"q": term}, [f'search matches "{term}"']
    )


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if isinstance(value, dict) and "label" in value:  # a foreign key: the name (or the title), linked, no id
        target = {"speaker": "people", "about": "people", "person": "people", "article": "articles"}.get(column)
        if target:
            return link(datasette.urls.row(database, target, tilde_encode(str(value["value"]))), value["label"] or value["value"])
    if table == "people" and column == "name":
        return link(person_url(datasette, database, row["id"]), value)
    if table == "people" and column == "roles":
        return roles_text(value) or Markup("&nbsp;")
    if table == "people" and column == "gender_evidence" and not value:
        return "unknown"
    if table == "quotes_view" and "speaker_id" in row.keys():  # a database made by an older quotes: plain cells
        if column == "quote" and value is not None:
            return link(quote_url(datasette, database, row["id"]), value)
        if column in ("speaker", "about") and value is not None:
            return link(person_url(datasette, database, row[f"{column}_id"]), value)
        if column == "article_title":
            return link(article_url(datasette, database, row["article"]), value)
        if column == "published" and value:
            return value[:10]
    return None


@hookimpl
def register_routes():
    return [(r"^/who-gets-quoted$", who_gets_quoted)]


# Who gets quoted counts every quote: about 2 s at a million. Its figures are kept until the database changes.
_shares: dict[tuple, dict] = {}


def file_state(path: str) -> tuple:
    """What every commit changes: the size and modification time of the database file and of its write-ahead log."""
    return tuple((stat.st_size, stat.st_mtime_ns) for stat in (os.stat(p) for p in (path, path + "-wal") if os.path.exists(p)))


async def who_gets_quoted(datasette, request):
    db = datasette.get_database("quotes")
    key = (db.path, file_state(db.path))
    if key not in _shares:
        context = await shares_context(datasette, db)
        _shares.clear()
        _shares[key] = context
    return Response.html(await datasette.render_template("who-gets-quoted.html", _shares[key], request=request))


async def shares_context(datasette, db) -> dict:
    overall = [shares(r) for r in await rows(db, GENDER_SHARE.format(group="'all'"))]
    by_outlet = [shares(r) for r in await rows(db, GENDER_SHARE.format(group="coalesce(quotes.source, 'no outlet')"))]
    by_month = [shares(r) for r in await rows(db, GENDER_SHARE.format(group="coalesce(substr(quotes.published, 1, 7), 'undated')"))]
    top = await rows(db, TOP_SPEAKERS)
    outlets: dict[str, list[dict]] = {}
    for speaker in top:
        speaker["url"] = person_url(datasette, "quotes", speaker["id"])
        outlets.setdefault(speaker["outlet"], []).append(speaker)
    kinds = await rows(db, KINDS)
    return {
        "overall": overall[0] if overall else None, "by_outlet": by_outlet, "by_month": by_month,
        "top_speakers": outlets, "kinds": kinds, "kind_total": sum(k["quotes"] for k in kinds) or 1,
    }


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name == "table" and table == "quotes_view":
        return {"supports_search": True, "search": request.args.get("_search", "")}
    if view_name != "row" or table not in ("people", "articles", "quotes"):
        return {}

    async def context():
        (key,) = urlsafe_components(request.url_vars["pks"])
        db = datasette.get_database(database)
        if table == "people":
            return await person_context(datasette, db, database, key)
        if table == "articles":
            return await article_context(datasette, db, database, key)
        return await quote_row_context(datasette, db, database, key)

    return context


async def person_context(datasette, db, database, key) -> dict:
    found = await rows(db, "select * from people where id = :id", {"id": key})
    if not found:
        return {}
    person = found[0]
    scope = None
    if person["scope"]:
        (scope,) = await rows(db, "select id, coalesce(title, id) as title from articles where id = :id", {"id": person["scope"]}) or [None]
    quotes = await rows(db, PERSON_QUOTES, {"id": key})
    for quote in quotes:
        quote["url"] = quote_url(datasette, database, quote["id"])
        quote["article_url"] = article_url(datasette, database, quote["article"])
        quote["about_url"] = person_url(datasette, database, quote["about_id"]) if quote["about_id"] else None
    quoted = await rows(db, PAIRS.format(me="speaker", other="about"), {"id": key})
    quoted_by = await rows(db, PAIRS.format(me="about", other="speaker"), {"id": key})
    for other in quoted + quoted_by:
        other["url"] = person_url(datasette, database, other["id"])
    mentions = await rows(db, MENTIONS, {"id": key})
    for mention in mentions:
        mention["url"] = article_url(datasette, database, mention["article"])
    weeks = weekly([q["day"] for q in quotes if q["day"]])
    return {
        "person": person, "roles": roles_text(person["roles"]),
        "scope": scope and {**scope, "url": article_url(datasette, database, scope["id"])},
        "person_quotes": quotes, "quotes_about_them_url": datasette.urls.table(database, "quotes_view") + f"?about_id={key}",
        "quoted": quoted, "quoted_by": quoted_by, "aliases": await rows(db, ALIASES, {"id": key}), "mentions": mentions,
        "weeks": weeks, "week_max": max((n for _, n in weeks), default=0),
    }


async def article_context(datasette, db, database, key) -> dict:
    found = await rows(db, "select * from articles where id = :id", {"id": key})
    if not found:
        return {}
    article = found[0]
    quotes = await rows(db, ARTICLE_QUOTES, {"id": key})
    speakers: dict = {}
    for quote in quotes:
        if quote["speaker_id"] is not None and quote["speaker_id"] not in speakers:
            speakers[quote["speaker_id"]] = {
                "name": quote["speaker"], "url": person_url(datasette, database, quote["speaker_id"]),
                "colour": PALETTE[len(speakers) % len(PALETTE)], "quotes": 0,
            }
        if quote["speaker_id"] is not None:
            speakers[quote["speaker_id"]]["quotes"] += 1
        quote["colour"] = speakers[quote["speaker_id"]]["colour"] if quote["speaker_id"] is not None else UNKNOWN_COLOUR
        quote["url"] = quote_url(datasette, database, quote["id"])
        quote["title"] = f"{quote['speaker'] or 'no speaker found'} ({quote['kind']})"
    return {
        "article": article, "article_pieces": highlighted(article["text"], quotes), "speakers": list(speakers.values()),
        "unattributed": sum(1 for q in quotes if q["speaker_id"] is None), "quote_total": len(quotes),
        "original_url": article["url"] if is_web_url(article["url"]) else None,
    }


async def quote_row_context(datasette, db, database, key) -> dict:
    found = await rows(db, QUOTE_ROW, {"id": key})
    if not found:
        return {}
    quote = found[0]
    return {
        "quote": quote,
        "speaker_url": person_url(datasette, database, quote["speaker_id"]) if quote["speaker_id"] is not None else None,
        "about_url": person_url(datasette, database, quote["about_id"]) if quote["about_id"] is not None else None,
        "quote_article_url": article_url(datasette, database, quote["article"]),
    }
