"""What an input says about itself, and turning text plus that into a Document."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sitrep.errors import InputError
from sitrep.model import Document


@dataclass(frozen=True)
class Meta:
    """Metadata found in an input; None where the input does not say."""

    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None

    def or_else(self, other: "Meta") -> "Meta":
        """This metadata, with gaps filled from `other`."""
        return replace(self, **{f.name: getattr(other, f.name) for f in fields(self) if getattr(self, f.name) is None})


def language_code(value: str | None) -> str | None:
    """The primary language subtag, lower-cased: 'en-GB' -> 'en'."""
    if not value or not value.strip():
        return None
    return value.strip().replace("_", "-").split("-")[0].lower() or None


def clean(value: object) -> str | None:
    """A metadata string with its whitespace tidied; None when blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def to_document(text: str, meta: Meta, source: str, empty_problem: str = "no text (only whitespace)") -> Document:
    """A Document for `text`, or InputError(source, empty_problem) when it is blank."""
    if not text.strip():
        raise InputError(source, empty_problem)
    extra = {"language": meta.language} if meta.language else {}
    return Document.from_text(
        text,
        title=meta.title,
        publisher=meta.publisher,
        published=meta.published,
        url=meta.url,
        source=source,
        **extra,
    )
