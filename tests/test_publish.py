"""The Datasette quote browser, through `datasette.app.Datasette(...).client`, on real ingested articles."""
from __future__ import annotations

import asyncio
import html
import sqlite3

import pytest
from datasette.utils import tilde_encode

import published
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
    assert {"quote", "speaker", "about", "verb", "kind", "article_title", "source", "published", "url"} <= set(view[0])
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


def test_search_ignores_accents_and_case(ds):
    found = rows(ds, "/quotes/quotes_view.json?_search=DEFENSE")
    assert found and all("defense" in fold(row["quote"]) for row in found)
    assert any("défense" in row["quote"] for row in found)
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
    assert set(visible) == {"articles", "people", "mentions", "quotes", "quotes_view"}
    for name in visible:
        columns = [row["name"] for row in sql(f"pragma table_info([{name}])")]
        assert tables[name]["description"] and set(tables[name]["columns"]) == set(columns), name
    hidden = {table["name"] for table in listed["tables"] if table["hidden"]}
    assert {"quotes_fts", "articles_fts"} <= hidden
