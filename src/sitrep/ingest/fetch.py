"""Fetching a URL: bounded in time and size, and only for content sitrep can read.

One `Fetcher` serves a whole `ingest.read` call so that a feed's linked pages
reuse its connections.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from sitrep.errors import InputError
from sitrep.ingest.html import declared_charset
from sitrep.ingest.text import decode, xml_declared_encoding
from sitrep.settings import Settings

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/x-rss+xml"}
)
_USER_AGENT = "sitrep (conflict-monitoring report reader)"


@dataclass(frozen=True)
class Page:
    """A fetched response body: `kind` is 'html', 'text' or 'feed'; `url` is after redirects."""

    url: str
    kind: str
    body: bytes
    charset: str | None = None

    def text(self, label: str) -> str:
        """The body decoded: a BOM first, then the charset the server or the page declares, then UTF-8."""
        sniffers = {"html": declared_charset, "feed": xml_declared_encoding}
        declared = self.charset or (sniffers[self.kind](self.body) if self.kind in sniffers else None)
        return decode(self.body, label, declared)


class Fetcher:
    def __init__(self, settings: Settings):
        self.timeout_s = settings.fetch_timeout_s
        self.max_bytes = settings.fetch_max_bytes
        self._client: httpx.Client | None = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                follow_redirects=True, timeout=self.timeout_s, headers={"User-Agent": _USER_AGENT}
            )
        return self._client

    def get(self, url: str) -> Page:
        """The page at `url`, or InputError(url, problem) for any failure."""
        deadline = time.monotonic() + self.timeout_s
        try:
            with self.client.stream("GET", url) as response:
                kind, charset = self._check(url, response)
                body = self._read_body(url, response, deadline)
                final_url = str(response.url)
        except httpx.TimeoutException:
            raise InputError(url, self._timed_out()) from None
        except httpx.TooManyRedirects:
            raise InputError(url, "too many redirects") from None
        except httpx.ConnectError as exc:
            raise InputError(url, f"cannot connect ({_one_line(exc)})") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise InputError(url, f"fetch failed ({_one_line(exc)})") from None
        if kind is None:
            kind = _sniff(body)
        return Page(url=final_url, kind=kind, body=body, charset=charset)

    def _timed_out(self) -> str:
        return f"timed out after {self.timeout_s:g} s"

    def _check(self, url: str, response: httpx.Response) -> tuple[str | None, str | None]:
        if response.status_code >= 400:
            raise InputError(url, f"HTTP error {response.status_code} {response.reason_phrase}".rstrip())
        declared_length = response.headers.get("Content-Length", "")
        if declared_length.isdigit() and int(declared_length) > self.max_bytes:
            raise InputError(url, self._too_large())
        header = response.headers.get("Content-Type", "")
        media_type = header.split(";")[0].strip().lower()
        charset = response.charset_encoding
        if not media_type:
            return None, charset
        if media_type in HTML_TYPES:
            return "html", charset
        if media_type in TEXT_TYPES:
            return "text", charset
        if media_type in FEED_TYPES:
            return "feed", charset
        raise InputError(url, f"unsupported content type {media_type} (expected HTML, plain text or an RSS/Atom feed)")

    def _too_large(self) -> str:
        return f"response larger than {self.max_bytes} bytes (the fetch_max_bytes limit)"

    def _read_body(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise InputError(url, self._too_large())
            if time.monotonic() > deadline:  # a server trickling bytes never trips the read timeout
                raise InputError(url, self._timed_out())
            chunks.append(chunk)
        return b"".join(chunks)


def _sniff(body: bytes) -> str:
    """The kind of a body served without a content type."""
    head = body[:1024].lstrip().lower()
    if b"<html" in head or head.startswith(b"<!doctype html"):
        return "html"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return "feed"
    if head.startswith(b"<"):
        return "html"
    return "text"


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
