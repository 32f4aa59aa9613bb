"""Front matter: a `---` block of `key: value` lines at the top of a text or markdown file.

    ---
    title: 98th month of Coalition operations in Syria
    publisher: SOHR
    published: 2024-12-01
    ---
    Completing the 98th consecutive month...

Known keys become metadata; any other key is ignored.  The block is never
part of the document text.
"""

from __future__ import annotations

import re

from sitrep.errors import InputError
from sitrep.ingest.dates import parse_date
from sitrep.ingest.meta import Meta, clean, language_code

_FENCE = "---"
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


def split(text: str, label: str) -> tuple[Meta | None, str]:
    """(metadata, body) of normalised `text`; (None, text) when it has no front matter.

    Raises InputError when the block is there but its `published` is not a date.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return None, text
    values: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == _FENCE:
            return _meta(values, label), "\n".join(lines[index + 1 :]).lstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_VALUE.match(line.strip())
        if match is None:
            return None, text  # a horizontal rule, not front matter
        values[match["key"].lower()] = _unquote(match["value"].strip())
    return None, text  # no closing fence


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _meta(values: dict[str, str], label: str) -> Meta:
    published = None
    if clean(values.get("published")):
        published = parse_date(values["published"])
        if published is None:
            raise InputError(label, f"front matter 'published' is not a date (YYYY-MM-DD): {values['published']!r}")
    return Meta(
        title=clean(values.get("title")),
        publisher=clean(values.get("publisher")),
        published=published,
        url=clean(values.get("url")),
        language=language_code(values.get("language")),
    )
