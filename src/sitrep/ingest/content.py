"""Decoded text of a known kind (plain, markdown, HTML) to a Document.

Files, stdin, fetched pages and feed entries all end here, so a report reads
the same whichever way it arrived.
"""

from __future__ import annotations

import re

from sitrep.errors import InputError
from sitrep.ingest import frontmatter, html
from sitrep.ingest.meta import Meta, to_document
from sitrep.ingest.text import first_line_title, normalise
from sitrep.model import Document

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def plain_document(
    text: str, *, source: str, defaults: Meta, overrides: Meta = Meta(), markdown: bool = False
) -> Document:
    """A text or markdown report, with its front matter read and removed.

    Metadata comes from `overrides`, then the front matter, then `defaults`.
    Without a title, the first line is the title when it is short (the line
    stays in the text).
    """
    own, body = frontmatter.split(normalise(text), source)
    if not body.strip():
        raise InputError(source, "no text (only whitespace)" if own is None else "no text after the front matter")
    own = overrides.or_else(own or Meta())
    if own.title is None:
        title = first_line_title(body)
        if title and markdown:
            title = _MARKDOWN_HEADING.sub("", title).strip() or None
        own = Meta(title=title).or_else(own)
    return to_document(body, own.or_else(defaults), source)


def html_document(page: str, *, source: str, defaults: Meta, overrides: Meta = Meta()) -> Document:
    """An HTML page's main text; metadata from `overrides`, then the page's tags, then `defaults`."""
    text, own = html.extract(page)
    text = normalise(text)
    if not text.strip():
        raise InputError(source, "no main text found in the HTML")
    return to_document(text, overrides.or_else(own).or_else(defaults), source)
