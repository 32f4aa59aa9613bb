"""Batches of reports in one file: JSON Lines (one object a line) and CSV (one row a report).

Both use the same columns: the text in `text` (or `body`, `content`), and
optional `title`, `publisher`, `url`, `published` (or `date`,
`publication_date`) and `language`.  Any `id` column is ignored: a document's
id is the hash of its text.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping

from sitrep.errors import InputError
from sitrep.ingest.dates import parse_date
from sitrep.ingest.meta import Meta, clean, language_code, to_document
from sitrep.ingest.text import normalise
from sitrep.model import Document

TEXT_COLUMNS = ("text", "body", "content")
DATE_COLUMNS = ("published", "date", "publication_date")
_TEXT_COLUMNS_WORDS = "'text', 'body' or 'content'"
# Whole articles in one CSV cell easily pass csv's default 128 KiB field limit.
_CSV_FIELD_LIMIT = 64 * 1024 * 1024


def read_jsonl(text: str, label: str, defaults: Meta) -> Iterator[Document | InputError]:
    """One item per non-blank line of decoded JSON Lines `text`."""
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines: JSON strings may hold U+2028
        if not line.strip():
            continue
        row_label = f"{label} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(row_label, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield InputError(row_label, f"not a JSON object (found {type(record).__name__})")
            continue
        yield _record_document(record, row_label, defaults)


def read_csv(text: str, label: str, defaults: Meta) -> Iterator[Document | InputError]:
    """One item per data row of decoded CSV `text`; its first row names the columns."""
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(min(_CSV_FIELD_LIMIT, sys.maxsize))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        columns = [name.strip().lower() for name in reader.fieldnames or [] if name]
    except csv.Error as exc:
        yield InputError(label, f"not valid CSV ({exc})")
        return
    if not any(name in columns for name in TEXT_COLUMNS):
        found = ", ".join(columns) or "none"
        yield InputError(label, f"no text column (expected {_TEXT_COLUMNS_WORDS}; found: {found})")
        return
    row_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"{label} row {row_number + 1}", f"not valid CSV ({exc}); the rest of the file is skipped")
            return
        row_number += 1
        record = {str(key).strip().lower(): value for key, value in row.items() if key is not None}
        yield _record_document(record, f"{label} row {row_number}", defaults)


def _record_document(record: Mapping[str, object], label: str, defaults: Meta) -> Document | InputError:
    record = {str(key).lower(): value for key, value in record.items()}
    text = next((record[name] for name in TEXT_COLUMNS if isinstance(record.get(name), str) and record[name].strip()), None)
    if text is None:
        return InputError(label, f"no text (expected a non-empty {_TEXT_COLUMNS_WORDS} field)")
    raw_date = next((record[name] for name in DATE_COLUMNS if clean(record.get(name))), None)
    published = parse_date(raw_date) if raw_date is not None else None
    if raw_date is not None and published is None:
        return InputError(label, f"published date not understood: {raw_date!r} (use YYYY-MM-DD)")
    own = Meta(
        title=clean(record.get("title")),
        publisher=clean(record.get("publisher")),
        published=published,
        url=clean(record.get("url")),
        language=language_code(record.get("language") if isinstance(record.get("language"), str) else None),
    )
    try:
        return to_document(normalise(text), own.or_else(defaults), label)
    except InputError as error:
        return error
