"""The whole path for a batch of inputs: read, extract (with geocoding), store.

    from sitrep.pipeline import ingest_sources
    outcome = ingest_sources(["reports/"], store)

Each document is stored in its own transaction, so one bad input never
undoes the others; inputs already stored are recognised by their content
hash and left as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from sitrep.errors import InputError, SitrepError
from sitrep.extract import extract
from sitrep.ingest import read
from sitrep.model import Document, Extraction
from sitrep.settings import Settings
from sitrep.store import Store


@dataclass
class IngestOutcome:
    added: list[tuple[Document, Extraction]] = field(default_factory=list)
    unchanged: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def events(self) -> int:
        return sum(len(x.events) for _, x in self.added)

    @property
    def claims(self) -> int:
        return sum(len(x.claims) for _, x in self.added)


def read_all(sources: Iterable[str], *, published: date | None = None, publisher: str | None = None,
             settings: Settings | None = None) -> Iterator[Document | InputError]:
    for source in sources:
        yield from read(source, published=published, publisher=publisher, settings=settings)


def ingest_documents(items: Iterable[Document | InputError], store: Store, *, settings: Settings | None = None,
                     on_item: Callable[[Document | InputError], None] | None = None) -> IngestOutcome:
    """Extract and store each document; collect errors and duplicates instead of stopping."""
    settings = settings or Settings.from_env()
    outcome = IngestOutcome()
    aliases = store.aliases()  # the analysts' own place names, read once for the batch
    for item in items:
        if isinstance(item, InputError):
            outcome.errors.append(item)
        elif store.has_document(item.id):
            outcome.unchanged.append(item)
        else:
            _extract_and_store(item, store, settings, outcome, aliases)
        if on_item:
            on_item(item)
    return outcome


def _extract_and_store(document: Document, store: Store, settings: Settings, outcome: IngestOutcome,
                       aliases: dict[str, str]) -> None:
    label = document.source or document.id
    try:
        extraction = extract(document, settings, aliases=aliases)
    except InputError as error:  # this document is not something extraction can take: skip it, go on
        outcome.errors.append(error)
        return
    except SitrepError:  # settings or vocabularies are wrong: every other document would fail too
        raise
    except Exception as error:  # an extractor bug must not lose the rest of the batch
        outcome.errors.append(InputError(label, f"extraction failed ({type(error).__name__}: {error})"))
        return
    if store.add(document, extraction):
        outcome.added.append((document, extraction))
        outcome.notes.extend(extraction.notes)
    else:
        outcome.unchanged.append(document)


def ingest_sources(sources: Iterable[str], store: Store, *, published: date | None = None, publisher: str | None = None,
                   settings: Settings | None = None) -> IngestOutcome:
    items = read_all(sources, published=published, publisher=publisher, settings=settings)
    return ingest_documents(items, store, settings=settings)
