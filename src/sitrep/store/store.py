"""The Store: documents, events and claims kept in SQLite or PostgreSQL.

    with Store.open("sqlite:///sitrep.db") as store:
        store.add(document, extraction)
        for event in store.events(start=date(2023, 11, 1), end=date(2023, 11, 30)):
            ...

Everything goes in and comes out as domain objects; rows stay inside.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from types import TracebackType

from sqlalchemy import Engine, Select, delete, exists, func, or_, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from sitrep.errors import NotFoundError, SitrepError, StoreError
from sitrep.model import Claim, Document, Event, Extraction, ReviewStatus
from sitrep.store import mapping, schema
from sitrep.store.tables import AuditRow, ClaimRow, DocumentRow, EventActorRow, EventRow, PlaceAliasRow

# Who the store writes into the audit log for changes it makes on its own.
SYSTEM_ACTOR = "sitrep"


class Store:
    """A sitrep database.  Open it with `Store.open(url)`."""

    def __init__(self, engine: Engine, where: str):
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(schema.writer(engine), expire_on_commit=False)
        self.where = where

    # -- opening and migrating ---------------------------------------------------

    @classmethod
    def open(cls, url: str, *, upgrade: bool = True) -> Store:
        """Connect to `url`; with `upgrade`, bring its schema to the newest revision.

        A new SQLite file (and its folder) is created.  Raises StoreError when
        the URL is malformed, the database cannot be reached or read, or it
        holds something other than a sitrep database.
        """
        parsed = schema.parse_url(url)
        where = str(schema.sqlite_path(parsed) or parsed.render_as_string(hide_password=True))
        store = cls(schema.make_engine(parsed), where)
        try:
            with store._translated(f"cannot open {where}"), store._engine.begin() as connection:
                schema.check_is_sitrep(connection, where)
            if upgrade:
                store.upgrade()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.where!r})"

    def upgrade(self) -> str:
        """Apply every migration not yet applied; return the revision now in force."""
        with self._translated(f"cannot migrate {self.where}"), schema.writer(self._engine).begin() as connection:
            schema.upgrade(connection)
            revision = schema.current_revision(connection)
        assert revision is not None
        return revision

    def revision(self) -> str | None:
        """The schema revision in force; None for a database sitrep has not set up."""
        with self._translated(f"cannot read {self.where}"), self._engine.connect() as connection:
            return schema.current_revision(connection)

    # -- writing -------------------------------------------------------------------

    def add(self, document: Document, extraction: Extraction) -> bool:
        """Store a document with its events and claims, all or nothing.

        Returns False, changing nothing, when the document is already stored.
        """
        if extraction.document_id != document.id:
            raise ValueError(f"extraction is for document {extraction.document_id}, not {document.id}")
        try:
            with self._writing(f"cannot store document {document.id}") as session:
                if session.get(DocumentRow, document.id) is not None:
                    return False
                session.add(mapping.document_row(document))
                session.flush()  # the document first, so its children's foreign keys hold
                self._add_extraction(session, extraction)
        except StoreError as error:
            # Another writer may have stored the same document meanwhile.
            if isinstance(error.__cause__, IntegrityError) and self.has_document(document.id):
                return False
            raise
        return True

    def replace_extraction(self, extraction: Extraction) -> None:
        """Swap a reprocessed document's unreviewed events and its claims for new ones.

        Events an analyst has reviewed (confirmed, corrected or rejected) are
        kept exactly as they are, and a new event with the id of a reviewed
        one is skipped.  One transaction: on failure nothing changes.
        """
        document_id = extraction.document_id
        with self._writing(f"cannot replace the extraction of document {document_id}") as session:
            if session.get(DocumentRow, document_id) is None:
                raise NotFoundError(f"no document {document_id} in {self.where}")
            stored = session.execute(
                select(EventRow.id, EventRow.review_status).where(EventRow.document_id == document_id)
            ).all()
            reviewed = {event_id for event_id, status in stored if status != ReviewStatus.UNREVIEWED}
            old_claims = session.scalars(select(ClaimRow.id).where(ClaimRow.document_id == document_id)).all()
            session.execute(
                delete(EventRow).where(
                    EventRow.document_id == document_id, EventRow.review_status == ReviewStatus.UNREVIEWED.value
                )
            )
            session.execute(delete(ClaimRow).where(ClaimRow.document_id == document_id))
            new_events = [event for event in extraction.events if event.id not in reviewed]
            self._add_extraction(session, extraction.model_copy(update={"events": new_events}))
            session.add(
                AuditRow(
                    actor=SYSTEM_ACTOR,
                    entity="document",
                    entity_id=document_id,
                    action="replace_extraction",
                    before={
                        "events": sorted(event_id for event_id, _ in stored if event_id not in reviewed),
                        "claims": sorted(old_claims),
                    },
                    after={
                        "events": [event.id for event in new_events],
                        "claims": [claim.id for claim in extraction.claims],
                        "kept_reviewed": sorted(reviewed),
                    },
                )
            )

    @staticmethod
    def _add_extraction(session: Session, extraction: Extraction) -> None:
        session.add_all(mapping.event_row(event, extraction.document_id) for event in extraction.events)
        session.add_all(mapping.claim_row(claim, extraction.document_id) for claim in extraction.claims)
        session.flush()

    # -- reading -------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self._reading() as session:
            return session.scalar(select(exists().where(DocumentRow.id == document_id))) or False

    def document(self, document_id: str) -> Document:
        with self._reading() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"no document {document_id} in {self.where}")
            return mapping.document_from(row)

    def documents(self) -> list[Document]:
        """Every document, oldest publication first; undated ones last."""
        query = select(DocumentRow).order_by(
            DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id
        )
        with self._reading() as session:
            return [mapping.document_from(row) for row in session.scalars(query)]

    def events(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        kinds: Sequence[str] | None = None,
        actor: str | None = None,
        place: str | None = None,
        document_id: str | None = None,
        include_rejected: bool = False,
    ) -> list[Event]:
        """Events matching every filter given, by start date (undated last), then id.

        start/end: the event's days overlap the window (either end may be
        open); undated events are left out when either is given.
        kinds: any of these kinds (empty or None: all).  actor: an actor's
        dictionary id or name, case-insensitive.  place: part of the place
        as written, as resolved, or of its admin1/admin2, case-insensitive.
        """
        query = _event_query()
        first_day = func.coalesce(EventRow.date_start, EventRow.date_end)
        last_day = func.coalesce(EventRow.date_end, EventRow.date_start)
        if start is not None or end is not None:
            query = query.where(first_day.is_not(None))
        if start is not None:
            query = query.where(last_day >= start)
        if end is not None:
            query = query.where(first_day <= end)
        if kinds:
            query = query.where(EventRow.kind.in_(list(kinds)))
        if actor is not None:
            wanted = actor.lower()
            query = query.where(
                EventRow.actors.any(
                    or_(func.lower(EventActorRow.actor_id) == wanted, func.lower(EventActorRow.name) == wanted)
                )
            )
        if place is not None:
            query = query.where(
                or_(
                    *(
                        column.icontains(place, autoescape=True)
                        for column in (EventRow.place_name, EventRow.resolved_name, EventRow.admin1, EventRow.admin2)
                    )
                )
            )
        if document_id is not None:
            query = query.where(EventRow.document_id == document_id)
        if not include_rejected:
            query = query.where(EventRow.review_status != ReviewStatus.REJECTED.value)
        query = query.order_by(EventRow.date_start.is_(None), EventRow.date_start, EventRow.id)
        with self._reading() as session:
            return [mapping.event_from(row) for row in session.scalars(query)]

    def event(self, event_id: str) -> Event:
        """The event with this id, or the only one whose id starts with it."""
        with self._reading() as session:
            row = session.scalar(_event_query().where(EventRow.id == event_id))
            if row is None and event_id:
                matches = session.scalars(
                    _event_query().where(EventRow.id.startswith(event_id, autoescape=True)).limit(2)
                ).all()
                if len(matches) > 1:
                    raise NotFoundError(f"{event_id!r} matches more than one event; give more of the id")
                row = matches[0] if matches else None
            if row is None:
                raise NotFoundError(f"no event {event_id!r} in {self.where}")
            return mapping.event_from(row)

    def claims(
        self, *, start: date | None = None, end: date | None = None, kinds: Sequence[str] | None = None
    ) -> list[Claim]:
        """Claims whose period, or one of whose named days, overlaps [start, end].

        A period missing one end is the one day it has, as for events.
        Ordered by period start (none last), then id.  Claims with neither a
        period nor days are left out when a window is given.
        """
        query = select(ClaimRow).options(
            selectinload(ClaimRow.actors),
            selectinload(ClaimRow.quantities),
            selectinload(ClaimRow.casualties),
            selectinload(ClaimRow.evidence),
        )
        if kinds:
            query = query.where(ClaimRow.kind.in_(list(kinds)))
        query = query.order_by(ClaimRow.period_start.is_(None), ClaimRow.period_start, ClaimRow.id)
        with self._reading() as session:
            claims = [mapping.claim_from(row) for row in session.scalars(query)]
        if start is None and end is None:
            return claims
        # The named days are JSON, which SQLite and PostgreSQL query differently;
        # claims are few (a handful per report), so the window is applied here.
        return [claim for claim in claims if _claim_in_window(claim, start, end)]

    def counts(self) -> dict[str, int]:
        """How many documents, events (rejected ones included) and claims are stored."""
        with self._reading() as session:
            return {
                name: session.scalar(select(func.count()).select_from(row)) or 0
                for name, row in (("documents", DocumentRow), ("events", EventRow), ("claims", ClaimRow))
            }

    # -- place aliases ---------------------------------------------------------------

    def add_alias(self, alias: str, target_id: str) -> None:
        """Keep an analyst's extra name for a gazetteer place (sitrep.geo.check_alias vets it first)."""
        alias = " ".join(alias.split())
        with self._writing(f"cannot add alias {alias!r} to {self.where}") as session:
            row = session.get(PlaceAliasRow, alias)
            if row is None:
                session.add(PlaceAliasRow(alias=alias, target_id=target_id))
            else:
                row.target_id = target_id

    def aliases(self) -> dict[str, str]:
        """Every stored alias -> gazetteer id, by alias."""
        with self._reading() as session:
            rows = session.execute(select(PlaceAliasRow.alias, PlaceAliasRow.target_id).order_by(PlaceAliasRow.alias)).all()
            return {alias: target for alias, target in rows}

    # -- sessions ------------------------------------------------------------------

    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        """Turn database errors into a one-line StoreError."""
        try:
            yield
        except SitrepError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"{doing}: {_one_line(exc)}") from exc

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self._translated(f"cannot read {self.where}"), self._sessions() as session:
            yield session

    @contextmanager
    def _writing(self, doing: str) -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on any error."""
        with self._translated(doing), self._write_sessions() as session, session.begin():
            yield session


def _event_query() -> Select[tuple[EventRow]]:
    return select(EventRow).options(
        selectinload(EventRow.actors),
        selectinload(EventRow.quantities),
        selectinload(EventRow.casualties),
        selectinload(EventRow.evidence),
    )


def _overlaps(first: date | None, last: date | None, start: date | None, end: date | None) -> bool:
    first, last = first or last, last or first
    if first is None or last is None:
        return False
    return (start is None or last >= start) and (end is None or first <= end)


def _claim_in_window(claim: Claim, start: date | None, end: date | None) -> bool:
    if _overlaps(claim.period_start, claim.period_end, start, end):
        return True
    return any(_overlaps(day, day, start, end) for day in claim.dates)


def _one_line(exc: SQLAlchemyError) -> str:
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__
