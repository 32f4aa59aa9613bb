"""Bytes to text: decoding with a clear failure, and the normalisation every input gets.

Only UTF-8 (with or without a BOM) and UTF-16 with a BOM are read.  Guessing
other encodings would silently corrupt the text that extraction later quotes,
so anything else is refused with a hint of what the file probably is.
"""

from __future__ import annotations

import codecs
import re

from sitrep.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text files (tab, newlines, form feed and escape excepted).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def decode(data: bytes, label: str, declared: str | None = None) -> str:
    """Decode `data`, read from the input named `label`, or raise InputError.

    `declared` is a charset the input states for itself (an HTTP header or an
    HTML meta tag); it is tried before UTF-8 when there is no BOM.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(label, "cannot decode text: invalid bytes after a byte-order mark") from None
    if _looks_binary(data):
        raise InputError(label, "not a text file (binary content)")
    for encoding in _candidate_encodings(declared):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(label, f"cannot decode text: unknown encoding ({_encoding_hint(data)}save it as UTF-8)")


_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


def xml_declared_encoding(data: bytes) -> str | None:
    """The encoding an XML document (a feed) names in its `<?xml ...?>` declaration."""
    match = _XML_DECLARATION.match(data[:1024])
    return match.group(1).decode("ascii") if match else None


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:4096]
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    return bool(sample) and controls / len(sample) > 0.05


def _candidate_encodings(declared: str | None) -> list[str]:
    encodings = []
    if declared:
        try:
            encodings.append(codecs.lookup(declared).name)
        except LookupError:
            pass
    encodings.append("utf-8")
    return encodings


def _encoding_hint(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # an optional nicety: the error is clear without it
        return ""
    best = from_bytes(data[:65536]).best()
    return f"it looks like {best.encoding}; " if best is not None else ""


_TRAILING_SPACE = " \t\f\v\u00a0"
_MANY_BLANK_LINES = re.compile(r"\n{4,}")


def normalise(text: str) -> str:
    """Unify line endings, drop trailing spaces and runs of 3+ blank lines.

    Everything else is kept as written: extraction quotes spans of this text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip(_TRAILING_SPACE) for line in text.split("\n"))
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.lstrip("\n").rstrip("\n")


def first_line_title(text: str, *, max_length: int = 300) -> str | None:
    """The first non-empty line, when it is short enough to be a title."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) < max_length else None
    return None
