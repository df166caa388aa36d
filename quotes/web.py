"""Reading the web: HTML pages (saved or fetched), URLs, RSS/Atom feeds and WARC archives into `Article`s.

The main text and the metadata of a page come from trafilatura, the field's standard extractor: it drops the
page furniture (menus, cookie banners, related links, comments, footers) and reads the title, date, site
name and canonical URL from og:/article: tags, JSON-LD and the markup. The headline stays in the text, as
its first paragraph (headlines carry quotes: « « … », assure X »); `Article.body_start` says where the body
begins. A web article's id is its canonical URL, so a page read twice — saved, fetched, in a feed or in an
archive — is one article.

Fetching is polite and bounded: a user agent that names the tool, timeouts, a delay between two requests to
the same host, retries with backoff on 5xx, 429 and timeouts, a size limit. Every failure is one
`InputError` line naming the URL (status, timeout, not HTML, too large) and the other URLs go on. Pages that
are not in French, and feed entries already stored, are `Skipped`: counted, never parsed or fetched.
"""
from __future__ import annotations

import calendar
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, metadata
from typing import BinaryIO
from urllib.parse import urlsplit

import courlan
import feedparser
import httpx
import trafilatura
from trafilatura.settings import use_config
from warcio.archiveiterator import ArchiveIterator

from .articles import MAX_HTML_BYTES, Article, InputError, Skipped, check_length

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")

# Furniture of French outlets that trafilatura's English-centred rules miss: subscription prompts, « À lire
# aussi » links inside the body, share buttons, comments and bylines, by their class or id.
FRENCH_FURNITURE = [
    f"//*[contains(@class, '{token}') or contains(@id, '{token}')]"
    for token in ("abonn", "lire-aussi", "a-lire", "partage", "commentaire", "signature")
]
# Below SHORT_PAGE_CHARS of main text trafilatura falls back on a baseline that puts every text node (each
# <b>, <i>, <a>) on a line of its own and breaks quotes; a short page is read again with its threshold lowered.
DEFAULT_CONFIG = use_config()
SHORT_PAGE_CHARS = DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
SHORT_PAGE_CONFIG = use_config()
SHORT_PAGE_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
BLOCK_TAGS = ("head", "p", "quote", "list", "item")  # the blocks of trafilatura's cleaned tree (no tables)
SPACES = re.compile(r"[ \t\r\n\f]+")  # the white space HTML collapses

# Words frequent in any French text and rare in other languages (« de », « la », « que » are Spanish too).
FRENCH_WORDS = frozenset(
    "le les des du et est une qui dans pour pas sur au aux avec il elle ils ce cette ne se sont été "
    "nous vous mais où plus leur son ses très aussi".split()
)
WORD = re.compile(r"[^\W\d_]+")


NOT_FRENCH = "page(s) not in French skipped"
ALREADY_STORED = "feed entr(ies) already stored, not fetched"
OnError = Callable[[InputError], None] | None


def _user_agent() -> str:
    """quotes/<version> (+homepage): who is fetching and where to read about it."""
    try:
        about = metadata("quotes")
    except PackageNotFoundError:
        return "quotes"
    homepage = next((u.split(",", 1)[1].strip() for u in about.get_all("Project-URL") or [] if "," in u), None)
    return f"quotes/{about['Version']}" + (f" (+{homepage})" if homepage else "")


USER_AGENT = _user_agent()


# Pages


def article_from_html(
    html: str | bytes, where: str, url: str | None = None, fallback_id: str | None = None, **defaults: str | None
) -> Article:
    """The article of one HTML page: headline then main text, with trafilatura's metadata.

    `url` is where the page was fetched from (its canonical URL wins if it declares one); `fallback_id` is
    the id when there is no URL at all (a saved page without og:url); `defaults` (title, published, source)
    fill what the page does not say, e.g. from its feed entry. Raises `Skipped` if the text is not French.
    """
    document = _extract(html, url, DEFAULT_CONFIG)
    if document is not None and len(document.text or "") < SHORT_PAGE_CHARS:
        document = _extract(html, url, SHORT_PAGE_CONFIG)
    paragraphs = _paragraphs(document.body) if document is not None and document.body is not None else []
    if not paragraphs:
        raise InputError(f"{where}: empty article (no main text found)")
    title = document.title or defaults.get("title")
    if title and paragraphs[0] == title:
        paragraphs.pop(0)
    body = "\n\n".join(paragraphs)
    if not is_french(body):
        raise Skipped(f"{where}: not in French", NOT_FRENCH)
    headline = f"{title}\n\n" if title else ""
    check_length(headline + body, where)
    canonical = normalize_url(document.url) if document.url else None
    return Article(
        id=canonical or fallback_id or where,
        text=headline + body,
        title=title,
        url=canonical,
        published=document.date or defaults.get("published"),
        source=_source(document, defaults.get("source")),
        body_start=len(headline),
    )


def _source(document, default: str | None) -> str | None:
    """The outlet: og:site_name or the publisher's name, else `default` (a feed's title), else the host name
    (trafilatura's own fallback for `sitename`)."""
    host = urlsplit(document.url or "").netloc.removeprefix("www.")
    named = document.sitename if document.sitename != host else None
    return named or default or document.sitename


def _extract(html: str | bytes, url: str | None, config):
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        prune_xpath=FRENCH_FURNITURE, config=config,
    )


def _paragraphs(body) -> list[str]:
    """One paragraph per block of trafilatura's tree, nested blocks (the <p>s of a <blockquote>) each on their
    own; a line break inside a paragraph is a space, so that « … »,<br> a-t-il dit stays one sentence; text
    loose between blocks (broken markup) is a paragraph of its own."""
    for line_break in body.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    paragraphs, loose = [], []

    def flush() -> None:
        paragraphs.append("".join(loose))
        loose.clear()

    def visit(container) -> None:
        loose.append(container.text or "")
        for child in container:
            if child.tag not in BLOCK_TAGS:
                loose.append("".join(child.itertext()))
            elif any(inner.tag in BLOCK_TAGS for inner in child.iterdescendants()):
                flush()
                visit(child)
                flush()
            else:
                flush()
                paragraphs.append("".join(child.itertext()))
            loose.append(child.tail or "")

    visit(body)
    flush()
    return [text for text in (SPACES.sub(" ", paragraph).strip(" ") for paragraph in paragraphs) if text]


def is_french(text: str) -> bool:
    """A cheap language check: French running text has one word in eight or more among FRENCH_WORDS; English,
    Spanish, German or Italian news has almost none."""
    words = WORD.findall(text[:5000].lower())
    return len(words) >= 5 and sum(word in FRENCH_WORDS for word in words) / len(words) >= 0.08


def normalize_url(url: str) -> str:
    """The URL as an article id: lowercase host, no fragment, no tracking parameters (utm_*, xtor…)."""
    return courlan.normalize_url(url, strict=True)


# Fetching


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes
    encoding: str | None  # from the Content-Type header; None lets trafilatura read <meta charset>

    @property
    def html(self) -> str | bytes:
        return self.body.decode(self.encoding, errors="replace") if self.encoding else self.body


class _Retry(Exception):
    """A failure worth another try later: 5xx, 429 or a timeout."""


@dataclass
class Fetcher:
    """An HTTP client for news sites: one request at a time, `delay` seconds apart per host, `retries` more
    tries after a 5xx, 429 or timeout (waiting `backoff`, then twice as long…), pages up to `max_bytes`."""

    timeout: float = 15.0
    delay: float = 1.0
    retries: int = 2
    backoff: float = 2.0
    max_bytes: int = MAX_HTML_BYTES
    _last: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=self.timeout, follow_redirects=True, max_redirects=5
        )

    def get(self, url: str) -> Page:
        """The page at `url`, or an InputError naming the URL and the problem."""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn(url)
            try:
                return self._get_once(url)
            except _Retry as problem:
                failure = problem
        raise InputError(f"{url}: {failure}" + (f" ({self.retries + 1} tries)" if self.retries else ""))

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).hostname or ""
        wait = self._last.get(host, float("-inf")) + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def _get_once(self, url: str) -> Page:
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 500 or response.status_code == 429:
                    raise _Retry(f"HTTP {response.status_code} {response.reason_phrase}")
                if response.status_code >= 400:
                    raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise InputError(f"{url}: too large ({int(length):,} bytes; the limit is {self.max_bytes:,})")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise InputError(f"{url}: too large (more than {self.max_bytes:,} bytes)")
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return Page(str(response.url), content_type, bytes(body), response.charset_encoding)
        except httpx.TimeoutException:
            raise _Retry(f"timed out after {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise InputError(f"{url}: too many redirects") from None
        except httpx.HTTPError as error:  # refused connection, unknown host, broken TLS, bad URL…
            raise InputError(f"{url}: cannot fetch it ({error or type(error).__name__})") from None


# Feeds


@dataclass(frozen=True)
class Entry:
    link: str
    title: str | None
    published: str | None
    source: str | None  # the feed's title


def feed_entries(data: bytes | str, where: str) -> list[Entry]:
    """The entries of an RSS or Atom feed that have a link, with their title, date and the feed's title."""
    feed = feedparser.parse(data)
    if not feed.entries and (feed.bozo or not feed.version):
        raise InputError(f"{where}: not an RSS or Atom feed")
    source = feed.feed.get("title") or None
    return [
        Entry(normalize_url(entry.link), entry.get("title") or None, _entry_date(entry), source)
        for entry in feed.entries
        if entry.get("link")
    ]


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")  # a UTC struct_time
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc).isoformat()


def _looks_like_feed(page: Page) -> bool:
    start = page.body[:500].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return page.content_type in FEED_TYPES or start.startswith((b"<rss", b"<feed", b"<rdf")) or (
        start.startswith(b"<?xml") and b"<html" not in start
    )


# Web archives


def warc_articles(path: str, on_error: OnError = None) -> Iterator[Article]:
    """The articles of the HTML responses (status 200) of a WARC or WARC.gz file, read record by record:
    memory stays flat whatever the size of the archive. Requests, metadata, images, PDFs are passed over."""
    with open(path, "rb") as stream:
        yield from warc_stream_articles(stream, path, on_error)


def warc_stream_articles(stream: BinaryIO, path: str, on_error: OnError = None) -> Iterator[Article]:
    """The same from an open WARC or WARC.gz stream (a file found in a folder)."""
    for record in ArchiveIterator(stream):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        if record.http_headers.get_statuscode() != "200":
            continue
        content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
        if content_type not in HTML_TYPES:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{path}: {url}"
        try:
            body = record.content_stream().read(MAX_HTML_BYTES + 1)
            if len(body) > MAX_HTML_BYTES:
                raise InputError(f"{where}: too large (more than {MAX_HTML_BYTES:,} bytes)")
            yield article_from_html(body, where, url=url)
        except InputError as error:
            _report(error, on_error)


# All web inputs


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def read_url_list(path: str) -> list[str]:
    """The URLs of a text file, one a line; blank lines and # comments are ignored."""
    try:
        with open(path, encoding="utf-8-sig") as lines:
            return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the list of URLs ({getattr(error, 'strerror', None) or error})") from None


class WebReader:
    """Reads URLs (pages or feeds), feed files and WARC files into articles with one fetcher, so that the
    per-host delay holds across all of them. Feed entries whose URL is in `known` are not fetched."""

    def __init__(self, fetcher: Fetcher | None = None, known: Iterable[str] = (), on_error: OnError = None) -> None:
        self.fetcher = fetcher or Fetcher()
        self.known = set(known)
        self.on_error = on_error

    def read(self, inputs: Iterable[str]) -> Iterator[Article]:
        """The articles of every input in order; each failure goes to `on_error` and the rest go on."""
        for name in inputs:
            try:
                if is_url(name):
                    yield from self._read_url(name)
                elif name.lower().endswith(WARC_SUFFIXES):
                    yield from warc_articles(name, self.on_error)
                else:
                    yield from self._read_feed(_read_file(name), name)
            except InputError as error:
                _report(error, self.on_error)

    def _read_url(self, url: str) -> Iterator[Article]:
        page = self.fetcher.get(url)
        if _looks_like_feed(page):
            yield from self._read_feed(page.body, url)
            return
        if page.content_type not in HTML_TYPES:
            raise InputError(f"{url}: not HTML ({page.content_type or 'no content type'})")
        yield article_from_html(page.html, url, url=page.url)

    def _read_feed(self, data: bytes, where: str) -> Iterator[Article]:
        for entry in feed_entries(data, where):
            try:
                if entry.link in self.known:
                    raise Skipped(f"{entry.link}: already stored", ALREADY_STORED)
                page = self.fetcher.get(entry.link)
                if page.content_type not in HTML_TYPES:
                    raise InputError(f"{entry.link}: not HTML ({page.content_type or 'no content type'})")
                article = article_from_html(
                    page.html, entry.link, url=page.url, title=entry.title, published=entry.published, source=entry.source
                )
                self.known.add(article.id)
                yield article
            except InputError as error:
                _report(error, self.on_error)


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as data:
            return data.read()
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from None


def _report(error: InputError, on_error: OnError) -> None:
    if on_error is None:
        raise error
    on_error(error)
