"""The Datasette quote browser, through `datasette.app.Datasette(...).client`, on real ingested articles."""
from __future__ import annotations

import asyncio
import html
import sqlite3

import pytest
from datasette.utils import tilde_encode

import published
from published import assert_reads_like_a_page, visible
from quotes.publish import datasette_app, metadata


@pytest.fixture(scope="module")
def db_path(tmp_path_factory, nlp):
    return published.build(tmp_path_factory.mktemp("publish") / "quotes.db", nlp)


@pytest.fixture(scope="module")
def ds(db_path):
    return datasette_app(str(db_path))


@pytest.fixture(scope="module")
def sql(db_path):
    """Run SQL on the test database directly, to compare with what Datasette shows."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    yield lambda query, params=(): [dict(row) for row in conn.execute(query, params)]
    conn.close()


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def rows(ds, path: str) -> list[dict]:
    response = get(ds, path + ("&" if "?" in path else "?") + "_shape=array&_size=max")
    assert response.status_code == 200, response.text
    return response.json()


def fold(text: str) -> str:
    return text.casefold().replace("é", "e").replace("è", "e").replace("ê", "e")


def test_quotes_view_joins_speaker_and_article_newest_first(ds, sql):
    view = rows(ds, "/quotes/quotes_view.json")
    assert len(view) == sql("select count(*) as n from quotes")[0]["n"]
    assert {"quote", "speaker", "about", "verb", "kind", "article_title", "source", "published"} <= set(view[0])
    dates = [row["published"] for row in view]
    assert dates == sorted(dates, reverse=True)
    kirby = [row for row in view if row["speaker"] == "John Kirby"]
    assert kirby and {row["published"] for row in kirby} == {published.SEED_PUBLISHED}


def test_quotes_view_facets(ds, sql):
    data = get(ds, "/quotes/quotes_view.json").json()
    facets = data["facet_results"]
    assert {"speaker", "kind", "verb", "source", "published"} <= set(facets)
    kinds = {item["value"]: item["count"] for item in facets["kind"]["results"]}
    assert kinds == {row["kind"]: row["n"] for row in sql("select kind, count(*) as n from quotes group by kind")}
    speakers = {item["value"]: item["count"] for item in facets["speaker"]["results"]}
    assert speakers["John Kirby"] == sql("select quote_count from people where name = 'John Kirby'")[0]["quote_count"]
    assert {item["value"] for item in facets["source"]["results"]} == {"seed", "gold", "<i>Test</i>"}


def test_search_ignores_accents_and_case(ds, sql):
    found = {row["id"] for row in rows(ds, "/quotes/quotes_view.json?_search=DEFENSE")}
    in_quotes = {row["id"] for row in sql("select id, text from quotes") if "defense" in fold(row["text"])}
    assert in_quotes and in_quotes <= found  # and the quotes of people an article calls « … de la défense »
    titles = rows(ds, "/quotes/articles.json?_search=reforme")
    assert titles and all("réforme" in row["title"] for row in titles)


def test_quotes_by_person_by_name_and_alias(ds):
    seed = published.SEED.read_text(encoding="utf-8")
    by_name = rows(ds, "/quotes/quotes_by_person.json?name=John+Kirby")
    direct = [row["quote"] for row in by_name if row["kind"] == "direct"]
    assert len(direct) == 2 and all(quote in seed for quote in direct)
    assert {row["speaker"] for row in by_name} == {"John Kirby"}
    assert rows(ds, "/quotes/quotes_by_person.json?name=M.+Kirby") == by_name
    assert rows(ds, "/quotes/quotes_by_person.json?name=") == []


def test_who_reports_whom_counts_pairs(ds, sql):
    expected = sql(
        """select speaker.name as speaker, about.name as about, count(*) as quotes
           from quotes join people speaker on speaker.id = quotes.speaker join people about on about.id = quotes.about
           group by 1, 2"""
    )
    pairs = rows(ds, "/quotes/who_reports_whom.json?name=")
    assert expected and sorted((r["speaker"], r["about"], r["quotes"]) for r in pairs) == sorted(
        (r["speaker"], r["about"], r["quotes"]) for r in expected
    )
    someone = expected[0]["about"]
    filtered = rows(ds, f"/quotes/who_reports_whom.json?name={someone}")
    assert filtered and all(someone in (row["speaker"], row["about"]) for row in filtered)


def test_most_quoted_in_a_date_range(ds, sql):
    day = published.SEED_PUBLISHED
    ranked = rows(ds, f"/quotes/most_quoted.json?since={day}&until={day}")
    expected = sql(
        "select people.name, count(*) as n from quotes join people on people.id = quotes.speaker "
        "join articles on articles.id = quotes.article where articles.published = ? group by 1",
        [day],
    )
    assert {row["name"]: row["quotes"] for row in ranked} == {row["name"]: row["n"] for row in expected}
    everyone = rows(ds, "/quotes/most_quoted.json?since=&until=")
    assert [row["quotes"] for row in everyone] == sorted((row["quotes"] for row in everyone), reverse=True)
    assert len(everyone) > len(ranked)
    assert rows(ds, "/quotes/most_quoted.json?since=2030-01-01&until=") == []


def test_search_quotes_with_the_sentence_around_them(ds, sql):
    found = rows(ds, "/quotes/search_quotes.json?term=defense")
    assert any("défense" in row["quote"] for row in found)
    texts = {row["id"]: row["text"] for row in sql("select id, text from articles")}
    for row in found:
        assert row["quote"] in row["sentence"] and row["sentence"] in texts[row["quote_id"].rsplit(":", 1)[0]]
    assert rows(ds, '/quotes/search_quotes.json?term="') == []


def test_people_one_row_each_with_roles_counts_and_mentions(ds, sql):
    names = [row["name"] for row in sql("select name from people")]
    assert len(names) == len(set(names))
    (kirby,) = rows(ds, "/quotes/people.json?name=John+Kirby")
    assert kirby["kind"] == "person" and "porte-parole du Pentagone" in kirby["roles"]
    assert kirby["quote_count"] == len(rows(ds, "/quotes/quotes_view.json?speaker=John+Kirby"))
    assert kirby["article_count"] == 1
    mentions = rows(ds, f"/quotes/mentions.json?person={kirby['id']}&_labels=on")
    assert {"M. Kirby"} <= {row["text"].replace("\xa0", " ") for row in mentions}
    assert {row["article"]["value"] for row in mentions} == {published.SEED.stem}


def test_context_page_highlights_quote_and_speaker(ds, sql):
    quote = sql("select * from quotes where kind = 'direct' and speaker_mention like '%Kirby%' limit 1")[0]
    page = get(ds, f"/quotes/quotes/{tilde_encode(quote['id'])}")
    assert page.status_code == 200
    assert f'<mark class="quote">{html.escape(quote["text"])}</mark>' in page.text
    assert f'<mark class="speaker">{html.escape(quote["speaker_mention"])}</mark>' in page.text
    assert 'href="/quotes/quotes_by_person?name=John+Kirby"' in page.text


def test_quote_ids_link_to_their_context_page(ds, sql):
    quote_id = sql("select quotes.id from quotes join people on people.id = speaker where name = 'John Kirby'")[0]["id"]
    link = f'<a href="/quotes/quotes/{tilde_encode(quote_id)}">'
    assert link in get(ds, "/quotes/quotes_view?speaker=John+Kirby").text
    assert link in get(ds, "/quotes/quotes_by_person?name=John+Kirby").text


def test_html_in_articles_is_shown_as_text(ds, sql):
    quote = sql("select * from quotes where article = ?", [published.HOSTILE.id])[0]
    assert "<script>" in quote["text"]
    for path in (f"/quotes/quotes/{tilde_encode(quote['id'])}", "/quotes/quotes_view", "/quotes/quotes_view?_search=tiendrons"):
        page = get(ds, path).text
        assert "&lt;script&gt;alert(" in page
        assert "<script>alert(" not in page and "<b>Brest</b>" not in page and "<i>Test</i>" not in page
        assert 'href="javascript:' not in page


def test_read_only_with_a_time_limit(ds, sql):
    before = sql("select count(*) as n from quotes")[0]["n"]
    for statement in ("delete from quotes", "update people set name = 'x'", "drop table quotes"):
        response = get(ds, f"/quotes.json?sql={statement}")
        assert response.status_code == 400 and not response.json()["ok"]
    assert sql("select count(*) as n from quotes")[0]["n"] == before
    queries = metadata()["databases"]["quotes"]["queries"]
    assert not any(query.get("write") for query in queries.values())
    slow = get(ds, "/quotes.json?sql=with recursive n(i) as (select 1 union all select i %2B 1 from n) select count(*) from n")
    assert slow.status_code == 400 and "too long" in slow.json()["error"]


def test_metadata_describes_every_column_and_hides_helpers(ds, sql):
    tables = metadata()["databases"]["quotes"]["tables"]
    listed = get(ds, "/quotes.json").json()
    visible = [table["name"] for table in listed["tables"] if not table["hidden"]] + [view["name"] for view in listed["views"]]
    assert set(visible) == {"articles", "people", "mentions", "quotes", "quotes_view"}, visible
    for name in visible:
        columns = [row["name"] for row in sql(f"pragma table_info([{name}])")]
        assert tables[name]["description"] and set(tables[name]["columns"]) == set(columns), name
    hidden = {table["name"] for table in listed["tables"] if table["hidden"]}
    assert {"quotes_fts", "articles_fts", "people_fts", "mentions_fts"} <= hidden


# Serving never writes, and refuses what is not a quotes database (issue 11).

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli
from quotes.pipeline import Extraction, Mention, Quote
from quotes.coreference import Entity
from quotes.storage import open_db, save_extractions
from quotes.articles import Article


def serve_cli(*args):
    return CliRunner().invoke(cli, ["serve", *map(str, args)])


def test_serve_refuses_a_foreign_sqlite_file_and_leaves_it_unchanged(tmp_path):
    foreign = tmp_path / "photos.db"
    conn = sqlite3.connect(foreign)
    conn.execute("create table photos (id integer primary key, path text)")
    conn.execute("insert into photos (path) values ('a.jpg')")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    result = serve_cli("--db", foreign, "--port", "0")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {foreign}: not a quotes database (no articles, people, mentions, quotes, quotes_view); make one with `quotes ingest`"
    ]
    assert foreign.read_bytes() == before and sorted(os.listdir(tmp_path)) == ["photos.db"]
    text = tmp_path / "notes.db"
    text.write_text("not a database at all\n" * 100)
    result = serve_cli("--db", text)
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot read it as a SQLite database (file is not a database)" in result.stderr


def test_serve_a_locked_database_says_so_in_one_line(tmp_path, db_path):
    locked = tmp_path / "locked.db"
    shutil.copy(db_path, locked)
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("pragma journal_mode = delete")
    holder.execute("begin exclusive")
    try:
        result = serve_cli("--db", locked)
    finally:
        holder.execute("rollback")
        holder.close()
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {locked}: cannot read it as a SQLite database (database is locked)"]


def test_a_public_host_is_warned_about(tmp_path, db_path, monkeypatch):
    import quotes.publish

    calls = []
    monkeypatch.setattr(quotes.publish, "serve", lambda *args: calls.append(args))
    quiet = serve_cli("--db", db_path)
    public = serve_cli("--db", db_path, "--host", "0.0.0.0")
    assert quiet.exit_code == public.exit_code == 0 and quiet.stderr == ""
    assert public.stderr.startswith("Warning: serving on 0.0.0.0: anyone who can reach this machine")
    assert [host for _, host, _ in calls] == ["127.0.0.1", "0.0.0.0"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_a_read_only_file_in_a_read_only_folder(db_path):
    """A real `quotes serve` process on a chmod 0444 file in a 0555 folder (when the tests run as root, which
    the kernel lets write anyway, serving must still honour the bits). The pages work and nothing changes."""
    folder = Path(tempfile.mkdtemp(prefix="quotes-ro-"))
    os.chmod(folder, 0o755)
    copy = folder / "quotes.db"
    shutil.copy(db_path, copy)
    os.chmod(copy, 0o444)
    os.chmod(folder, 0o555)
    before = copy.read_bytes()
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "quotes"), "serve", "--db", str(copy), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd="/",
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/quotes/quotes_view.json?_shape=array&speaker=John+Kirby", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail("quotes serve did not start:\n" + process.stdout.read().decode())
                time.sleep(0.2)
        assert {row["speaker"] for row in __import__("json").load(page)} == {"John Kirby"}
        person = urllib.request.urlopen(f"http://127.0.0.1:{port}/quotes/people/1", timeout=10)
        assert person.status == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
        os.chmod(folder, 0o755)
    assert copy.read_bytes() == before and os.listdir(folder) == ["quotes.db"]
    shutil.rmtree(folder)


@pytest.mark.parametrize(
    "expression", ["printf('%.*c', 900000000, 'x')", "randomblob(900000000)", "zeroblob(900000000)", "hex(zeroblob(600000))"]
)
def test_one_value_cannot_take_a_gigabyte(ds, expression):
    response = get(ds, "/quotes.json?" + __import__("urllib.parse").parse.urlencode({"sql": f"select length({expression})"}))
    refused = response.status_code == 400 and "too big" in response.json()["error"]
    assert refused or (expression.startswith("printf") and response.json()["rows"] == [[None]])  # printf gives NULL
    assert get(ds, "/quotes.json?sql=select+length(randomblob(1000))").json()["rows"] == [[1000]]


def test_dangerous_functions_are_refused(ds):
    response = get(ds, "/quotes.json?sql=select+fts3_tokenizer('simple')")
    assert response.status_code == 400 and "not authorized to use function: fts3_tokenizer" in response.json()["error"]  # no pointer
    assert get(ds, "/quotes.json?sql=select+upper('ok')").json()["rows"] == [["OK"]]


@pytest.mark.parametrize("term", ['"', '""', '" OR', "NEAR(", "*", "-", ""])
def test_search_boxes_take_any_text(ds, term):
    from urllib.parse import quote

    for path in (f"/quotes/quotes_view.json?_search={quote(term)}", f"/quotes/articles.json?_search={quote(term)}",
                 f"/quotes/people.json?_search={quote(term)}", f"/quotes/search_quotes.json?term={quote(term)}"):
        response = get(ds, path)
        assert response.status_code == 200, (path, response.text[:300])


def test_search_quotes_takes_prefixes(ds, sql):
    found = rows(ds, "/quotes/search_quotes.json?term=secur*")
    assert found and all(re.search(r"\bs[ée]cur", fold(row["quote"]).replace("é", "e")) for row in found)
    assert any("sécurit" in row["quote"] for row in found)
    assert rows(ds, "/quotes/search_quotes.json?term=secur") == []  # without the star, a whole word


# The reader's pages, on the demo corpus: the seed and every annotated article (at least 50).


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory, nlp):
    return published.corpus(tmp_path_factory, nlp)


@pytest.fixture(scope="module")
def site(corpus_path):
    return datasette_app(str(corpus_path))


@pytest.fixture(scope="module")
def csql(corpus_path):
    conn = sqlite3.connect(corpus_path)
    conn.row_factory = sqlite3.Row
    yield lambda query, params=(): [dict(row) for row in conn.execute(query, params)]
    conn.close()


def page(ds, path: str) -> str:
    response = get(ds, path)
    assert response.status_code == 200, (path, response.text[:500])
    return response.text


def test_the_corpus_has_every_annotated_article(csql):
    assert csql("select count(*) as n from articles")[0]["n"] == 1 + len(published.annotated_articles()) >= 50


def test_person_page(site, csql):
    person = csql("select * from people where kind = 'person' and gender = 'f' order by quote_count desc, id limit 1")[0]
    text = page(site, f"/quotes/people/{person['id']}")
    assert_reads_like_a_page(text)
    assert f"<h1>{html.escape(person['name'])}</h1>" in text and f"<title>{html.escape(person['name'])} — quotes</title>" in text
    for role in __import__("json").loads(person["roles"]):
        assert html.escape(role) in text
    assert "woman" in visible(text) and "evidence: " + (person["gender_evidence"] or "unknown") in visible(text)
    quotes = csql(
        "select quotes.id, quotes.text, articles.published from quotes join articles on articles.id = quotes.article "
        "where speaker = ? order by articles.published desc, quotes.article, quotes.start", [person["id"]]
    )
    links = re.findall(r'<a href="/quotes/quotes/([^"]+)">« ', text)
    assert links == [tilde_encode(q["id"]) for q in quotes]
    assert "Quotes per week" in text and "<rect" in text
    for alias in {row["text"].replace("\xa0", " ") for row in csql("select text from mentions where person = ?", [person["id"]])}:
        assert f"« {html.escape(alias)} »" in text.replace("&#39;", "'")


def test_person_pages_show_pairs_both_ways(site, csql):
    pair = csql("select speaker, about from quotes where about is not null and speaker is not null limit 1")[0]
    names = {row["id"]: row["name"] for row in csql("select id, name from people where id in (?, ?)", [pair["speaker"], pair["about"]])}
    speaker_page, about_page = page(site, f"/quotes/people/{pair['speaker']}"), page(site, f"/quotes/people/{pair['about']}")
    assert f'<a href="/quotes/people/{pair["about"]}">{html.escape(names[pair["about"]])}</a>' in speaker_page
    assert f'<a href="/quotes/people/{pair["speaker"]}">{html.escape(names[pair["speaker"]])}</a>' in about_page


def test_article_page_highlights_and_links_every_quote(site, csql):
    article = csql("select id, title, sha256 from articles where title is not null order by id limit 1")[0]
    text = page(site, f"/quotes/articles/{tilde_encode(article['id'])}")
    assert_reads_like_a_page(text)
    assert article["sha256"] not in text and "sha256" not in text
    quotes = csql("select id, speaker from quotes where article = ?", [article["id"]])
    linked = set(re.findall(r'<a class="q" href="/quotes/quotes/([^"]+)"', text))
    assert linked == {tilde_encode(q["id"]) for q in quotes}
    speakers = csql("select distinct people.id, people.name from quotes join people on people.id = speaker where article = ?", [article["id"]])
    colours = re.findall(r'<span class="swatch" style="background: (#\w+)"></span><a href="/quotes/people/(\d+)">', text)
    assert {int(pid) for _, pid in colours} == {s["id"] for s in speakers}
    assert len({colour for colour, _ in colours}) == len(colours)  # one colour per speaker
    assert "".join(visible(text).split()).count("".join(visible(html.escape(csql("select text from articles where id = ?", [article["id"]])[0]["text"])).split())) == 1


def test_quotes_view_labels_and_links(site, csql):
    text = page(site, "/quotes/quotes_view")
    assert_reads_like_a_page(text)
    headers = re.findall(r'<th class="col-[\w-]+" scope="col" data-column="(\w+)"', text)
    assert headers == ["quote", "speaker", "about", "source", "published", "article_title"]
    for label in ("Quote", "Speaker", "About", "Outlet", "Date", "Article"):
        assert re.search(rf'rel="nofollow">{label}(&nbsp;[▼▲])?</a>|>{label}</th>', text), label
    first = rows(site, "/quotes/quotes_view.json?_size=5")[0]
    assert f'<a href="/quotes/quotes/{tilde_encode(first["id"])}">{html.escape(first["quote"])}</a>' in text
    if first["speaker"]:
        assert f'<a href="/quotes/people/{first["speaker_id"]}">{html.escape(first["speaker"])}</a>' in text
    assert f'<a href="/quotes/articles/{tilde_encode(first["article"])}">' in text
    dates = [row["published"] for row in rows(site, "/quotes/quotes_view.json") if row["published"]]
    assert dates == sorted(dates, reverse=True)


def test_search_reads_names_aliases_titles_and_prefixes(site, csql):
    kirby = rows(site, "/quotes/quotes_view.json?_search=Kirby")
    assert kirby and {row["speaker"] for row in kirby} >= {"John Kirby"}
    assert rows(site, "/quotes/quotes_view.json?_search=M.+Kirby") == kirby
    title = csql("select id, title from articles where title is not null order by id limit 1")[0]
    word = max(re.findall(r"\w{6,}", title["title"]), key=len)
    assert title["id"] in {row["article"] for row in rows(site, f"/quotes/quotes_view.json?_search={word}")}
    prefix = rows(site, "/quotes/quotes_view.json?_search=secur*")
    assert any("sécurit" in row["quote"] for row in prefix)
    accents = {row["id"] for row in rows(site, "/quotes/quotes_view.json?_search=ines+ramdani")}
    assert accents == {row["id"] for row in rows(site, "/quotes/quotes_view.json?_search=Inès+Ramdani")} != set()


def test_who_gets_quoted_counts(site, csql):
    text = page(site, "/who-gets-quoted")
    assert_reads_like_a_page(text)
    counts = csql(
        "select count(*) filter (where gender = 'f') as f, count(*) filter (where gender = 'm') as m "
        "from quotes join people on people.id = quotes.speaker where people.kind = 'person'"
    )[0]
    share = 100 * counts["f"] / (counts["f"] + counts["m"])
    assert f"{share:.1f} %" in visible(text) and f"{counts['f']} of {counts['f'] + counts['m']}" in visible(text)
    for outlet in {row["source"] for row in csql("select distinct source from articles where source is not null")}:
        assert f"<td>{outlet}</td>" in text
    assert text.count('<rect class="women"') >= 3 and "organisation" in text
    women = rows(site, "/quotes/women_share.json")
    assert sum(row["women_quotes"] for row in women) == counts["f"]


def test_no_page_shows_ids_none_or_json(site, csql):
    quote = csql("select id from quotes where speaker is not null and about is not null limit 1")[0]["id"]
    for path in ("/", "/quotes/quotes_view", "/quotes/people", "/quotes/mentions", "/quotes/quotes",
                 f"/quotes/quotes/{tilde_encode(quote)}", "/quotes/articles/ramstein-kirby", "/who-gets-quoted"):
        text = page(site, path)
        assert_reads_like_a_page(text)
        assert not re.search(r"</a>&nbsp;<em>\d+</em>", text), path  # Datasette's « name id » foreign keys


def test_generic_nouns_stay_in_their_article(tmp_path):
    db = open_db(str(tmp_path / "q.db"))

    def article(article_id, name, gender=None, evidence=None):
        text = f"« Nous verrons », a indiqué {name}."
        entity = Entity(name, kind="organisation" if name[0].islower() else "person", gender=gender)
        if evidence:
            entity.gender_evidence = evidence
        quote = Quote(article_id, "Nous verrons", 2, 14, "direct", speaker=name, speaker_mention=name,
                      speaker_start=text.index(name), speaker_end=text.index(name) + len(name))
        return Extraction(Article(article_id, text), [quote], [entity], [Mention(entity, name, quote.speaker_start, quote.speaker_end)])

    save_extractions(db, [article("budget", "le ministère"), article("defense", "le ministère"),
                          article("a", "ministère de la Santé"), article("b", "ministère de la Santé"),
                          article("c", "Claire Aubineau", "f", "Mme"), article("d", "Paul Martin", "m")])
    people = {(row["name"], row["scope"]): row for row in db["people"].rows}
    assert set(people) == {("le ministère", "budget"), ("le ministère", "defense"), ("ministère de la Santé", ""),
                           ("Claire Aubineau", ""), ("Paul Martin", "")}
    assert people[("le ministère", "budget")]["article_count"] == 1 and people[("ministère de la Santé", "")]["quote_count"] == 2
    assert people[("Claire Aubineau", "")]["gender_evidence"] == "Mme" and people[("Paul Martin", "")]["gender_evidence"] is None
    db.close()
    site = datasette_app(str(tmp_path / "q.db"))
    ministry = people[("le ministère", "budget")]["id"]
    text = page(site, f"/quotes/people/{ministry}")
    assert "<h1>le ministère</h1>" in text and 'as named in one article only: <a href="/quotes/articles/budget">budget</a>' in text
    assert "evidence: Mme" in page(site, f"/quotes/people/{people[('Claire Aubineau', '')]['id']}")
    assert "evidence: unknown" in page(site, f"/quotes/people/{people[('Paul Martin', '')]['id']}")


OLD_QUOTES_VIEW = """select quotes.rowid as rowid, quotes.id as id, quotes.text as quote, speaker.name as speaker,
  about.name as about, quotes.verb as verb, quotes.kind as kind, quotes.speaker_mention as speaker_mention,
  articles.title as article_title, articles.source as source, articles.published as published, articles.url as url,
  quotes.article as article, quotes.confidence as confidence
from quotes join articles on articles.id = quotes.article
  left join people as speaker on speaker.id = quotes.speaker left join people as about on about.id = quotes.about"""


def test_a_database_made_before_people_scope_is_brought_up_to_date_by_ingest_and_served_as_is(tmp_path):
    """The old shape: a unique index on people.name, no scope or gender_evidence, the old quotes_view."""
    path = tmp_path / "old.db"
    db = open_db(str(path))
    for index in ("idx_people_name_scope", "idx_people_name"):
        db.execute(f"drop index {index}")
    for trigger in [row[0] for row in db.execute("select name from sqlite_master where type = 'trigger' and tbl_name = 'people'")]:
        db.execute(f"drop trigger {trigger}")
    db.execute("drop table people_fts")
    db.execute("alter table people drop column scope")
    db.execute("alter table people drop column gender_evidence")
    db.execute("create unique index idx_people_name on people (name)")
    db.create_view("quotes_view", OLD_QUOTES_VIEW, replace=True)
    db.conn.commit()
    db.close()
    warnings = []
    from quotes.publish import check_database

    check_database(str(path), warnings.append)
    assert warnings == [f"{path} was made by an older quotes: some pages will lack links or fail; `quotes ingest --db {path} PATH` brings it up to date"]
    assert "quote" in page(datasette_app(str(path), is_mutable=False), "/quotes/quotes_view")
    db = open_db(str(path))
    assert {index.name: bool(index.unique) for index in db["people"].indexes} == {"idx_people_name": False, "idx_people_name_scope": True}
    entity = lambda: Entity("le ministère", kind="organisation")  # noqa: E731
    for article_id in ("budget", "defense"):
        text = "« Non », a répondu le ministère."
        one = entity()
        save_extractions(db, [Extraction(Article(article_id, text), [Quote(article_id, "Non", 2, 5, "direct", speaker="le ministère")],
                                         [one], [Mention(one, "le ministère", 20, 32)])])
    assert sorted(db.execute("select scope from people where name = 'le ministère'").fetchall()) == [("budget",), ("defense",)]
    db.close()
    warnings.clear()
    check_database(str(path), warnings.append)
    assert warnings == []


FACET_SQL = "select {column} as value, count(*) as count from (select * from quotes_view) where {column} is not null group by {column}"


@pytest.mark.parametrize("query", [
    "select count(*) from (select * from quotes_view)",
    *(FACET_SQL.format(column=column) for column in ("speaker", "kind", "verb", "source", "date(published)")),
    "select * from quotes_view where speaker = 'John Kirby' order by published desc limit 101",
    *(f"select * from quotes_view order by {column} desc limit 101"
      for column in metadata()["databases"]["quotes"]["tables"]["quotes_view"]["sortable_columns"]),
])
def test_the_quotes_view_counts_facets_and_sorts_from_indexes(sql, query):
    """What made the quotes view time out at a million quotes: a count or a facet that reads every row of quotes
    (and joins it to articles and people), or a sort that sorts them all. Each must read one index instead."""
    plan = [row["detail"] for row in sql("explain query plan " + query)]
    assert not [step for step in plan if step.startswith("SCAN quotes") and "INDEX" not in step], plan
    assert not [step for step in plan if "TEMP B-TREE FOR ORDER BY" in step and "limit" in query], plan
    if "count(*)" in query:
        assert all("articles" not in step and "people" not in step for step in plan), plan


def test_who_gets_quoted_is_computed_again_after_an_ingest(tmp_path, nlp):
    from quotes.articles import Article
    from quotes.pipeline import extract
    from quotes.storage import open_db, save_extractions

    db = open_db(str(tmp_path / "q.db"))
    save_extractions(db, [extract(Article("a1", "« Nous tiendrons bon », a déclaré le maire, M. Jean Dupont."), nlp)])
    served = datasette_app(str(tmp_path / "q.db"))
    assert "0 of 1" in visible(get(served, "/who-gets-quoted").text)
    assert "0 of 1" in visible(get(served, "/who-gets-quoted").text)  # from the figures kept
    save_extractions(db, [extract(Article("a2", "« Rien n’est joué », a affirmé la ministre, Mme Marie Durand."), nlp)])
    assert "1 of 2" in visible(get(served, "/who-gets-quoted").text)
