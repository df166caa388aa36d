"""Web inputs: pages of French outlets through trafilatura, URLs served by a local server, feeds, WARC files,
and the headline and front matter of plain text files. No test reaches the internet."""
import gzip
import io
import json
import sqlite3
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotes.articles import InputError, Skipped
from quotes.readers import read_articles
from quotes.cli import cli
from quotes.pipeline import extract
from quotes.web import (
    ALREADY_STORED, NOT_FRENCH, USER_AGENT, Fetcher, WebReader, article_from_html, feed_entries,
    is_french, warc_articles,
)

PAGES = Path(__file__).parent / "data" / "web"
GAZETTE = (PAGES / "gazette-maternite.html").read_text(encoding="utf-8")
INFO = (PAGES / "info-continu-budget.html").read_text(encoding="utf-8")
ENGLISH = (PAGES / "english-page.html").read_text(encoding="utf-8")
GAZETTE_URL = "https://www.gazette-ouest.example/bretagne/quimperle/maternite-la-maire-repond-12345.html"
INFO_URL = "https://info-continu.example/politique/budget-effort-partage"
# What the reader of each page sees around the article, quotation marks included: none of it is an article.
FURNITURE = [
    "Menu", "Accepter", "Continuer sans accepter", "Tout accepter", "Tous droits réservés", "S'abonner",
    "Abonnez-vous", "À lire aussi", "On travaille à flux tendu", "Sur le même sujet", "La situation est intenable",
    "Toujours les mêmes promesses", "Breizh29", "Partager", "Publié le", "Newsletters", "L'essentiel de la politique",
    "Envoyer par e-mail", "Nous irons jusqu'au bout", "vigilance orange", "Les plus lus", "Mentions légales",
]
BARE_PAGE = (  # a page without og: metadata, for feed entries: the feed's title, date and name fill the gaps
    "<html lang='fr'><body><article><p>Le conseil municipal a voté lundi le nouveau plan de circulation du "
    "centre-ville. « Nous rendons la place aux piétons », a déclaré l'adjoint au maire, Thomas Girard.</p>"
    "<p>Les commerçants ont obtenu un délai de six mois pour les livraisons.</p></article></body></html>"
)


# Pages


@pytest.mark.parametrize("page, url, title, published, source", [
    (GAZETTE, GAZETTE_URL, "« Nous ne fermerons pas la maternité », assure la maire de Quimperlé", "2026-11-24", "La Gazette de l'Ouest"),
    (INFO, INFO_URL, "Budget : le ministre défend un « effort partagé » devant les députés", "2026-11-18", "Info Continu"),
])
def test_a_news_page_gives_its_metadata_and_text_without_furniture(page, url, title, published, source):
    article = article_from_html(page, "page.html", fallback_id="page")
    assert (article.id, article.url, article.title, article.published, article.source) == (url, url, title, published, source)
    assert article.text.startswith(title + "\n\n") and article.body_start == len(title) + 2
    assert [f for f in FURNITURE if f in article.text] == []


def test_the_headline_and_standfirst_stay_in_the_text_before_the_body():
    article = article_from_html(GAZETTE, "page.html")
    headline, standfirst, first, *_ = article.text.split("\n\n")
    assert headline == article.text[: article.body_start].strip()
    assert standfirst.startswith("Après l'annonce de l'agence régionale de santé, Anne Kervella promet")
    assert first.startswith("La nouvelle est tombée lundi soir")
    assert article.text.endswith("Une réunion publique est prévue jeudi à 18 heures à la salle des fêtes.")


def test_no_quote_comes_from_the_page_furniture(nlp):
    quotes = [q for page in (GAZETTE, INFO) for q in extract(article_from_html(page, "page.html"), nlp).quotes]
    texts = [q.text for q in quotes]
    assert "Nous ne fermerons pas la maternité" in texts  # the headline's quote
    assert "On nous demande d'accoucher sur la voie express" in texts
    assert "les collectivités vont payer la note" in texts
    assert [t for t in texts if any(f in t for f in FURNITURE)] == []
    by_text = {q.text: q.speaker for q in quotes}
    assert by_text["Nous ne fermerons pas la maternité"] in (None, "Anne Kervella")  # never someone else
    assert by_text["Rien n'est décidé, mais la sécurité des mères passe avant tout"] == "Marc Le Bihan"


def test_a_saved_page_heavy_with_scripts_is_read(tmp_path):
    path = tmp_path / "lourde.html"
    path.write_text(GAZETTE.replace("</head>", "<script>" + "var x = 1;\n" * 100_000 + "</script></head>"), encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    [article] = read_articles([str(path)])
    assert article.id == GAZETTE_URL and "var x" not in article.text


def test_a_page_not_in_french_is_skipped_not_parsed():
    with pytest.raises(Skipped) as skipped:
        article_from_html(ENGLISH, "english.html")
    assert skipped.value.reason == NOT_FRENCH and str(skipped.value) == "english.html: not in French"


@pytest.mark.parametrize("text, french", [
    ("Le ministre a annoncé mardi que les retraites seraient revalorisées dans les prochains mois.", True),
    ("The minister announced on Tuesday that pensions would be raised in the coming months.", False),
    ("El ministro anunció el martes que las pensiones se revalorizarán en los próximos meses.", False),
    ("Der Minister kündigte am Dienstag an, dass die Renten in den kommenden Monaten steigen.", False),
])
def test_is_french(text, french):
    assert is_french(text) is french


def test_a_line_break_inside_a_paragraph_keeps_the_quote_and_its_incise_together():
    page = "<html><body><article><p>« Nous tiendrons bon »,<br> a-t-il ajouté devant les salariés de l'usine.</p></article></body></html>"
    assert article_from_html(page, "p.html").text == "« Nous tiendrons bon », a-t-il ajouté devant les salariés de l'usine."


def test_quotations_in_blockquotes_lists_and_subheadings_are_kept_one_paragraph_each():
    page = (
        "<html><head><title>Les préfets</title></head><body><article>"
        "<p>Le ministre de l'intérieur a parlé mardi devant les préfets réunis à Paris.</p>"
        "<blockquote>« Nous ne céderons <em>rien</em> », a-t-il martelé.</blockquote>"
        "<blockquote><p>« Premier paragraphe cité.</p><p>« Second paragraphe cité. »</p></blockquote>"
        "<ul><li>Un point « clé »</li><li><p>Deux</p></li></ul><h2>Intertitre</h2>"
        "<p>La suite de l'article, avec d'autres déclarations et des détails sur la réunion.</p></article></body></html>"
    )
    assert article_from_html(page, "p.html").text.split("\n\n") == [
        "Les préfets", "Le ministre de l'intérieur a parlé mardi devant les préfets réunis à Paris.",
        "« Nous ne céderons rien », a-t-il martelé.", "« Premier paragraphe cité.", "« Second paragraphe cité. »",
        "Un point « clé »", "Deux", "Intertitre",
        "La suite de l'article, avec d'autres déclarations et des détails sur la réunion.",
    ]


# Fetching from a local server


class Site:
    """A local web server whose routes are (status, content type, body, extra headers, seconds to wait)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple] = {}
        self.hits: list[tuple[str, str, float]] = []  # (path, user agent, time)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
                status, kind, body, headers, wait = site.route(self.path)
                time.sleep(wait)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                for name, value in headers.items():
                    if value is not None:  # Content-Length=None: no length, the body ends when the connection closes
                        self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client stopped reading a huge page
                    pass

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, path, body="", status=200, kind="text/html; charset=utf-8", wait=0.0, **headers):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, kind, data, {k.replace("_", "-"): v for k, v in headers.items()}, wait)

    def route(self, path):
        route = self.routes.get(path, (404, "text/html", b"introuvable", {}, 0.0))
        if callable(route):
            return route()
        return route

    def count(self, path) -> int:
        return sum(1 for hit in self.hits if hit[0] == path)


@pytest.fixture
def site():
    site = Site()
    yield site
    site.server.shutdown()
    site.server.server_close()


def quick_fetcher(**options) -> Fetcher:
    return Fetcher(**{"timeout": 2.0, "delay": 0.0, "retries": 1, "backoff": 0.05, **options})


def read_web(inputs, fetcher=None, known=()):
    """(articles, error lines, skipped reasons) of reading `inputs` the way the CLI does."""
    errors, skipped = [], []

    def report(error: InputError) -> None:
        (skipped.append(error.reason) if isinstance(error, Skipped) else errors.append(str(error)))

    reader = WebReader(fetcher or quick_fetcher(), known=known, on_error=report)
    return list(reader.read(inputs)), errors, skipped


def test_a_fetched_page_is_read_with_the_tool_s_user_agent(site):
    site.add("/article", GAZETTE)
    [article], errors, _ = read_web([site.url + "/article"])
    assert errors == [] and article.id == GAZETTE_URL
    assert site.hits[0][1] == USER_AGENT and USER_AGENT.startswith(f"quotes/{version('quotes')}")


def test_a_page_in_latin_1_is_decoded_by_its_header_or_its_meta_charset(site):
    site.add("/entete", BARE_PAGE.encode("latin-1"), kind="text/html; charset=iso-8859-1")
    site.add("/meta", BARE_PAGE.replace("<html lang='fr'>", "<html lang='fr'><head><meta charset='iso-8859-1'></head>").encode("latin-1"), kind="text/html")
    articles, errors, _ = read_web([site.url + "/entete", site.url + "/meta"])
    assert errors == [] and all("« Nous rendons la place aux piétons »" in a.text for a in articles) and len(articles) == 2


def test_a_redirect_is_followed_and_a_page_without_canonical_url_is_known_by_its_final_url(site):
    site.add("/ancien", status=301, Location="/nouveau")
    site.add("/nouveau", BARE_PAGE)
    [article], errors, _ = read_web([site.url + "/ancien"])
    assert errors == [] and article.id == article.url == site.url + "/nouveau"


def test_each_failing_url_is_one_line_and_the_others_go_on(site):
    site.add("/bon", GAZETTE)
    site.add("/panne", status=500)
    site.add("/lent", BARE_PAGE, wait=1.0)
    site.add("/doc.pdf", b"%PDF-1.4", kind="application/pdf")
    site.add("/enorme", b"<p>" + b"x" * 30000, Content_Length="30003")
    paths = ["/introuvable", "/panne", "/lent", "/doc.pdf", "/enorme", "/bon"]
    articles, errors, _ = read_web([site.url + p for p in paths], quick_fetcher(timeout=0.3, max_bytes=20_000))
    assert [a.id for a in articles] == [GAZETTE_URL]
    assert errors == [
        f"{site.url}/introuvable: HTTP 404 Not Found",
        f"{site.url}/panne: HTTP 500 Internal Server Error (2 tries)",
        f"{site.url}/lent: timed out after 0.3 s (2 tries)",
        f"{site.url}/doc.pdf: not HTML (application/pdf)",
        f"{site.url}/enorme: too large (30,003 bytes; the limit is 20,000)",
    ]
    assert site.count("/introuvable") == 1 and site.count("/panne") == 2


def test_a_page_without_length_is_cut_off_at_the_limit(site):
    site.add("/flux", b"<p>" + b"x" * 5000, Content_Length=None)  # read until the server closes the connection
    _, errors, _ = read_web([site.url + "/flux"], quick_fetcher(max_bytes=1000))
    assert errors == [f"{site.url}/flux: too large (more than 1,000 bytes)"]


def test_a_server_error_is_retried_with_backoff(site):
    answers = iter([(503, "text/html", b"", {}, 0.0), (200, "text/html", GAZETTE.encode(), {}, 0.0)])
    site.routes["/instable"] = lambda: next(answers)
    [article], errors, _ = read_web([site.url + "/instable"], quick_fetcher(backoff=0.3))
    first, second = [hit[2] for hit in site.hits]
    assert errors == [] and article.id == GAZETTE_URL and second - first >= 0.3


def test_requests_to_one_host_are_spaced_by_the_delay(site):
    for n in range(3):
        site.add(f"/p{n}", BARE_PAGE.replace("lundi", f"le {n + 1} mars"))
    articles, _, _ = read_web([f"{site.url}/p{n}" for n in range(3)], quick_fetcher(delay=0.4))
    times = [hit[2] for hit in site.hits]
    assert len(articles) == 3 and min(b - a for a, b in zip(times, times[1:])) >= 0.38


# Feeds


def rss(site_url: str, *paths: str) -> str:
    items = "".join(
        f"<item><title>Article {n}</title><link>{site_url}{path}?xtor=RSS-3208</link>"
        f"<pubDate>Tue, 2{n} Nov 2026 08:00:00 +0100</pubDate></item>"
        for n, path in enumerate(paths, start=1)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Le Courrier du Val</title>{items}</channel></rss>'


def test_a_feed_url_fetches_its_entries_with_the_feed_s_metadata(site):
    site.add("/rss.xml", rss(site.url, "/circulation", "/maternite", "/anglais"), kind="application/rss+xml")
    site.add("/circulation", BARE_PAGE)
    site.add("/maternite", GAZETTE)
    site.add("/anglais", ENGLISH)
    articles, errors, skipped = read_web([site.url + "/rss.xml"])
    assert errors == [] and skipped == [NOT_FRENCH]
    bare, gazette = articles
    assert (bare.id, bare.title, bare.published, bare.source) == (
        site.url + "/circulation", "Article 1", "2026-11-21T07:00:00+00:00", "Le Courrier du Val"
    )
    assert bare.text.startswith("Article 1\n\nLe conseil municipal")
    assert (gazette.id, gazette.published, gazette.source) == (GAZETTE_URL, "2026-11-24", "La Gazette de l'Ouest")


def test_feed_entries_already_stored_are_not_fetched(site, tmp_path):
    feed = tmp_path / "courrier.rss"
    feed.write_text(rss(site.url, "/circulation", "/maternite"), encoding="utf-8")
    site.add("/circulation", BARE_PAGE)
    site.add("/maternite", GAZETTE)
    articles, errors, skipped = read_web([str(feed)], known={site.url + "/circulation"})
    assert [a.id for a in articles] == [GAZETTE_URL] and errors == [] and skipped == [ALREADY_STORED]
    assert site.count("/circulation") == 0 and site.count("/maternite") == 1


def test_an_atom_feed_gives_its_entries():
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Info Continu</title>'
        '<entry><title>Budget</title><link href="https://info-continu.example/budget?utm_source=rss#top"/>'
        "<updated>2026-11-18T16:20:00+01:00</updated></entry></feed>"
    )
    [entry] = feed_entries(atom, "info.atom")
    assert (entry.link, entry.title, entry.published, entry.source) == (
        "https://info-continu.example/budget", "Budget", "2026-11-18T15:20:00+00:00", "Info Continu"
    )


def test_a_file_that_is_not_a_feed_is_one_error(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<notes><note>rien</note></notes>", encoding="utf-8")
    _, errors, _ = read_web([str(path)])
    assert errors == [f"{path}: not an RSS or Atom feed"]


# Web archives


def write_warc(path: Path, pages: list[tuple[str, str, bytes, str]]) -> None:
    """A WARC.gz of (url, status line, body, content type) responses, each after its request record."""
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=True)
        for url, status, body, kind in pages:
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "exemple")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_a_warc_gives_its_french_html_responses_only(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        ("https://www.gazette-ouest.example/a?x=1", "200 OK", GAZETTE.encode(), "text/html; charset=utf-8"),
        ("https://example.org/news/bridge-plan", "200 OK", ENGLISH.encode(), "text/html"),
        ("https://exemple.fr/rapport.pdf", "200 OK", b"%PDF-1.4", "application/pdf"),
        ("https://exemple.fr/disparu", "404 Not Found", BARE_PAGE.encode(), "text/html"),
        ("https://exemple.fr/ville", "200 OK", BARE_PAGE.encode(), "text/html"),
    ])
    assert gzip.open(path).read(4) == b"WARC"
    articles, errors, skipped = read_web([str(path)])
    assert [(a.id, a.source) for a in articles] == [(GAZETTE_URL, "La Gazette de l'Ouest"), ("https://exemple.fr/ville", "exemple.fr")]
    assert errors == [] and skipped == [NOT_FRENCH]


def test_a_warc_is_read_record_by_record(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, [(f"https://exemple.fr/{n}", "200 OK", BARE_PAGE.replace("lundi", f"le {n}").encode(), "text/html") for n in range(3)])
    articles = warc_articles(str(path))
    assert next(articles).id == "https://exemple.fr/0"  # the first article comes before the rest is read
    assert [a.id for a in articles] == ["https://exemple.fr/1", "https://exemple.fr/2"]


# The command line


def test_ingest_urls_feeds_and_pages_with_their_metadata(nlp, site, tmp_path, monkeypatch):
    monkeypatch.setattr(Fetcher, "delay", 0.0)
    site.add("/rss.xml", rss(site.url, "/circulation", "/maternite"), kind="application/rss+xml")
    site.add("/circulation", BARE_PAGE)
    site.add("/maternite", GAZETTE)
    site.add("/budget", INFO)
    site.add("/anglais", ENGLISH)
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# à suivre\n{site.url}/budget\n\n{site.url}/introuvable\n{site.url}/anglais\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), "--processes", "1", "--urls", str(urls), site.url + "/rss.xml"])
    assert result.exit_code == 1
    *errors, summary = result.stderr.splitlines()
    assert errors == [f"Error: {site.url}/introuvable: HTTP 404 Not Found"]
    assert summary.startswith("3 articles ingested") and "; 1 page(s) not in French skipped; 1 error(s) above" in summary
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select id, url, published, source, title from articles order by id").fetchall()
        quotes = [row[0] for row in conn.execute("select text from quotes")]
    assert rows[0] == (site.url + "/circulation", site.url + "/circulation", "2026-11-21T07:00:00+00:00", "Le Courrier du Val", "Article 1")
    assert rows[1] == (INFO_URL, INFO_URL, "2026-11-18", "Info Continu", "Budget : le ministre défend un « effort partagé » devant les députés")
    assert rows[2][:4] == (GAZETTE_URL, GAZETTE_URL, "2026-11-24", "La Gazette de l'Ouest")
    assert "Nous rendons la place aux piétons" in quotes
    assert [q for q in quotes if any(f in q for f in FURNITURE)] == []
    again = CliRunner().invoke(cli, ["ingest", "--db", str(db), site.url + "/rss.xml"])
    assert again.exit_code == 0 and again.stderr.startswith("0 articles ingested, 1 unchanged skipped")
    assert again.stderr.rstrip().endswith("; 1 feed entr(ies) already stored, not fetched")
    assert site.count("/circulation") == 1  # its id is its link (tracking parameter removed)
    assert site.count("/maternite") == 2  # its canonical URL is another: fetched, then unchanged


def test_extract_reads_a_web_archive(nlp, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://exemple.fr/ville?utm_source=x", "200 OK", BARE_PAGE.encode(), "text/html")])
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0 and result.stderr == ""
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert ("https://exemple.fr/ville", "Nous rendons la place aux piétons") in [(q["article_id"], q["text"]) for q in lines]


def test_ingest_without_paths_or_urls_is_a_usage_error():
    result = CliRunner().invoke(cli, ["ingest"])
    assert result.exit_code == 2 and "give PATHS or --urls FILE" in result.output


# Plain text


def read_one(tmp_path, text):
    path = tmp_path / "depeche.txt"
    path.write_text(text, encoding="utf-8")
    [article] = read_articles([str(path)])
    return article


def test_a_short_first_line_without_full_stop_is_the_headline(tmp_path):
    article = read_one(tmp_path, "« Nous tiendrons bon », promet le maire\n\nLe maire Jean Dupont a parlé mardi.\n")
    assert article.title == "« Nous tiendrons bon », promet le maire"
    assert article.text.startswith(article.title) and article.text[article.body_start:] == "Le maire Jean Dupont a parlé mardi.\n"


@pytest.mark.parametrize("text", [
    "Le maire Jean Dupont a parlé mardi.\n\nIl a dit : « Nous tiendrons bon ».",  # a sentence, not a headline
    "Le maire a parlé\nmardi soir devant le conseil.\n\nSuite.",  # no blank line after the first line
    "x" * 201 + "\n\nSuite.",  # too long for a headline
    "Une seule ligne sans point",  # nothing after it
])
def test_no_headline(tmp_path, text):
    article = read_one(tmp_path, text)
    assert (article.title, article.body_start) == (None, 0)


def test_front_matter_gives_the_metadata_and_is_not_in_the_text(tmp_path):
    article = read_one(
        tmp_path,
        "---\ntitle: Le maire répond\ndate: 2026-11-24\nsource: Le Courrier du Val\nurl: https://courrier.example/maire\n---\n"
        "Titre de une sans point\n\nLe maire a déclaré : « Nous tiendrons bon ».\n",
    )
    assert (article.title, article.published, article.source, article.url) == (
        "Le maire répond", "2026-11-24", "Le Courrier du Val", "https://courrier.example/maire"
    )
    assert article.text == "Titre de une sans point\n\nLe maire a déclaré : « Nous tiendrons bon ».\n" and article.body_start == 0


def test_malformed_front_matter_is_one_error_line(tmp_path):
    path = tmp_path / "depeche.txt"
    path.write_text("---\ntitle: [non fermé\n---\nTexte.\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        list(read_articles([str(path)]))
    assert str(raised.value).startswith(f"{path}:") and "malformed front matter" in str(raised.value)


def test_a_warc_in_a_folder_is_read_with_the_rest(tmp_path):
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    write_warc(folder / "2024" / "crawl.warc.gz", [("https://exemple.fr/ville", "200 OK", BARE_PAGE.encode(), "text/html")])
    (folder / "note.txt").write_text("« Nous tiendrons », a dit Paul Roux.", encoding="utf-8")
    assert sorted(a.id for a in read_articles([str(folder)])) == ["https://exemple.fr/ville", "note"]


def test_extract_reads_a_list_of_urls_too(nlp, site, tmp_path, monkeypatch):
    monkeypatch.setattr(Fetcher, "delay", 0.0)
    site.add("/maternite", GAZETTE)
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site.url}/maternite\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--urls", str(urls)])
    assert result.exit_code == 0, result.stderr
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    assert quotes and {q["article_id"] for q in quotes} == {GAZETTE_URL}
