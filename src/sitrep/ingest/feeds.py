"""RSS and Atom feeds: one Document per entry.

Feeds often carry only a teaser.  An entry whose own text is short and that
links to a web page is read from that page instead, so extraction sees the
whole report.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import date

import feedparser

from sitrep.errors import InputError
from sitrep.ingest.content import html_document, plain_document
from sitrep.ingest.dates import parse_date
from sitrep.ingest.fetch import Fetcher
from sitrep.ingest.html import fragment_text
from sitrep.ingest.meta import Meta, clean, language_code, to_document
from sitrep.ingest.text import normalise
from sitrep.model import Document

# Below this many characters an entry's text is taken for a teaser.
FULL_TEXT_MIN_CHARS = 400


def read_feed(data: bytes, label: str, fetcher: Fetcher, defaults: Meta) -> Iterator[Document | InputError]:
    """The entries of the feed in `data`, read from the input named `label`."""
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        yield InputError(label, "not an RSS or Atom feed")
        return
    if not parsed.entries:
        yield InputError(label, "feed has no entries")
        return
    feed = parsed.feed
    feed_meta = Meta(publisher=clean(feed.get("title")), language=language_code(feed.get("language")))
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_document(entry, f"{label} entry {number}", fetcher, feed_meta.or_else(defaults))
        except InputError as error:
            yield error


def _entry_document(entry, label: str, fetcher: Fetcher, fallback: Meta) -> Document:
    link = entry.get("link") if str(entry.get("link", "")).startswith(("http://", "https://")) else None
    own = Meta(title=clean(fragment_text(entry.get("title", ""))), published=_entry_date(entry), url=link)
    text = normalise(_entry_text(entry))
    if len(text.strip()) < FULL_TEXT_MIN_CHARS and link:
        return _linked_page_document(link, fetcher, own, fallback)
    return to_document(text, own.or_else(fallback), label, empty_problem="feed entry has no text and no link")


def _entry_text(entry) -> str:
    """The longest of the entry's content blocks and summary, as plain text."""
    candidates = [block.get("value", "") for block in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    texts = [fragment_text(value) for value in candidates if value]
    return max(texts, key=len, default="")


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        stamp: time.struct_time | None = entry.get(key)
        if stamp:
            return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    return parse_date(entry.get("published") or entry.get("updated"))


def _linked_page_document(link: str, fetcher: Fetcher, entry: Meta, fallback: Meta) -> Document:
    """The page an entry links to; what the entry says about itself comes first, then the page."""
    page = fetcher.get(link)
    if page.kind == "html":
        return html_document(page.text(link), source=link, defaults=fallback, overrides=entry)
    if page.kind == "text":
        return plain_document(page.text(link), source=link, defaults=fallback, overrides=entry)
    raise InputError(link, "linked page is a feed, not an article")
