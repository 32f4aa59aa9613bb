"""Local inputs: single files of every supported kind, and folders of them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest import feeds, tabular
from sitrep.ingest.content import html_document, plain_document
from sitrep.ingest.fetch import Fetcher
from sitrep.ingest.html import declared_charset
from sitrep.ingest.meta import Meta
from sitrep.ingest.text import decode, xml_declared_encoding
from sitrep.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".jsonl", ".csv"}


def read_path(path: Path, fetcher: Fetcher, defaults: Meta) -> Iterator[Document | InputError]:
    """Items from a file, or from every supported file under a folder."""
    if path.is_dir():
        for child in walk(path):
            yield from read_file(child, fetcher, defaults)
    elif not path.exists():
        yield InputError(str(path), "no such file or folder")
    elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
        supported = " ".join(sorted(SUPPORTED_SUFFIXES))
        yield InputError(str(path), f"unsupported file type '{path.suffix or '(none)'}' (supported: {supported})")
    else:
        yield from read_file(path, fetcher, defaults)


def walk(folder: Path) -> list[Path]:
    """Supported files under `folder`, recursively, in sorted order; hidden files and folders skipped."""
    found = []
    for directory, subdirectories, filenames in os.walk(folder):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        found.extend(
            Path(directory, name)
            for name in filenames
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
        )
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_file(path: Path, fetcher: Fetcher, defaults: Meta) -> Iterator[Document | InputError]:
    label = str(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(label, f"cannot read file ({exc.strerror or exc})")
        return
    if not data:
        yield InputError(label, "file is empty")
        return
    try:
        if suffix in FEED_SUFFIXES:
            decode(data, label, xml_declared_encoding(data))  # binary or undecodable: fail like any other file
            yield from feeds.read_feed(data, label, fetcher, defaults)
        elif suffix == ".jsonl":
            yield from tabular.read_jsonl(decode(data, label), label, defaults)
        elif suffix == ".csv":
            yield from tabular.read_csv(decode(data, label), label, defaults)
        elif suffix in HTML_SUFFIXES:
            yield html_document(decode(data, label, declared_charset(data)), source=label, defaults=defaults)
        else:
            yield plain_document(decode(data, label), source=label, defaults=defaults, markdown=suffix == ".md")
    except InputError as error:
        yield error
