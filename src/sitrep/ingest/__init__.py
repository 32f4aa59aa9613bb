"""Ingest: reports in, `Document`s out.

    from sitrep.ingest import read
    for item in read("reports/"):
        ...  # a Document, or an InputError naming the input that failed

`read` takes a file, a folder, an http(s) URL or "-" for stdin, and never
raises for a bad input: each failure is yielded as an `InputError` in the
place of the document it would have been, and the other inputs go on.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from sitrep.errors import InputError
from sitrep.ingest import feeds
from sitrep.ingest.content import html_document, plain_document
from sitrep.ingest.fetch import Fetcher
from sitrep.ingest.files import SUPPORTED_SUFFIXES, read_path
from sitrep.ingest.meta import Meta, clean
from sitrep.ingest.text import decode
from sitrep.model import Document
from sitrep.settings import Settings

__all__ = ["read", "SUPPORTED_SUFFIXES"]

STDIN = "-"
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read(
    source: str | os.PathLike,
    *,
    published: date | None = None,
    publisher: str | None = None,
    settings: Settings | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Document | InputError]:
    """One Document or InputError per input found in `source`.

    `published` and `publisher` fill in for inputs that do not state their own.
    """
    settings = settings or Settings.from_env()
    defaults = Meta(published=published, publisher=clean(publisher))
    with Fetcher(settings) as fetcher:
        if isinstance(source, str) and source == STDIN:
            yield _read_stdin(stdin if stdin is not None else sys.stdin.buffer, defaults)
        elif isinstance(source, str) and _URL_SCHEME.match(source):
            yield from _read_url(source, fetcher, defaults)
        else:
            yield from read_path(Path(source), fetcher, defaults)


def _read_stdin(stream: IO[bytes], defaults: Meta) -> Document | InputError:
    data = stream.read()
    if not data:
        return InputError("stdin", "input is empty")
    try:
        return plain_document(decode(data, "stdin"), source="stdin", defaults=defaults)
    except InputError as error:
        return error


def _read_url(url: str, fetcher: Fetcher, defaults: Meta) -> Iterator[Document | InputError]:
    if not url.lower().startswith(("http://", "https://")):
        yield InputError(url, "unsupported URL scheme (only http and https can be fetched)")
        return
    try:
        page = fetcher.get(url)
        if not page.body.strip():
            raise InputError(url, "response is empty")
        if page.kind == "feed":
            page.text(url)  # binary or undecodable: fail like any other input
            yield from feeds.read_feed(page.body, url, fetcher, defaults)
        elif page.kind == "html":
            yield html_document(page.text(url), source=url, defaults=defaults, overrides=Meta(url=page.url))
        else:
            yield plain_document(page.text(url), source=url, defaults=defaults, overrides=Meta(url=page.url))
    except InputError as error:
        yield error
